//go:build amd64 || arm64

package zcall

// Kevent_t is struct kevent of FreeBSD 12 and later (sys/sys/event.h), the
// layout of kevent system call 560: 64 bytes on amd64 and arm64.
type Kevent_t struct {
	Ident  uint64
	Filter int16
	Flags  uint16
	Fflags uint32
	Data   int64
	Udata  *byte
	Ext    [4]uint64
}
