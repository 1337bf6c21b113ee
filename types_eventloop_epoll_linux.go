//go:build arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

// EpollEvent is struct epoll_event (include/uapi/linux/eventpoll.h): 16
// bytes on every architecture but amd64, with the 64-bit data word at
// offset 8. Fd and Pad are the two halves of that word in memory order, as
// in x/sys/unix; the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	_      int32
	Fd     int32
	Pad    int32
}
