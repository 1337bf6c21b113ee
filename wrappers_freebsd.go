package zcall

import (
	"syscall"
	"unsafe"
)

// FreeBSD-only wrappers. As in wrappers.go, each converts its arguments and
// calls a trampoline directly, with every pointer converted to uintptr
// inside the call expression.

// Pipe2 is pipe2(2): it creates a pipe, storing the read end in fds[0] and
// the write end in fds[1], with flags such as O_NONBLOCK and O_CLOEXEC. It
// returns errno 0 on success and does not block.
func Pipe2(fds *[2]int32, flags uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_PIPE2, uintptr(unsafe.Pointer(fds)), flags, 0, 0)
	return errno
}

// Accept4 is accept4(2): [Accept] with flags (SOCK_NONBLOCK, SOCK_CLOEXEC)
// applied to the new descriptor. It blocks on a blocking listener with no
// pending connection; a non-blocking one returns EAGAIN.
func Accept4(fd uintptr, addr, addrlen unsafe.Pointer, flags uintptr) (nfd, errno uintptr) {
	return Syscall4(SYS_ACCEPT4, fd, uintptr(addr), uintptr(addrlen), flags)
}

// FreeBSD's struct mmsghdr (sys/socket.h): a 48-byte struct msghdr followed
// by an 8-byte ssize_t msg_len. The sizes are checked against
// golang.org/x/sys/unix in wrappers_freebsd_test.go.
const (
	sizeofMsghdrFreeBSD  = 48
	sizeofMmsghdrFreeBSD = 56
)

// Sendmmsg sends up to vlen messages from the struct mmsghdr array at
// msgvec and returns how many were sent, storing each one's byte count in
// its msg_len. FreeBSD has no sendmmsg system call: like FreeBSD's libc,
// Sendmmsg calls sendmsg(2) once per message and stops at the first
// failure, returning that errno only when no message was sent. It blocks
// like [Sendmsg].
func Sendmmsg(fd uintptr, msgvec unsafe.Pointer, vlen, flags uintptr) (n, errno uintptr) {
	for ; n < vlen; n++ {
		r1, e := Syscall4(SYS_SENDMSG, fd, uintptr(unsafe.Add(msgvec, n*sizeofMmsghdrFreeBSD)), flags, 0)
		if e != 0 {
			if n == 0 {
				return r1, e
			}
			break
		}
		*(*int64)(unsafe.Add(msgvec, n*sizeofMmsghdrFreeBSD+sizeofMsghdrFreeBSD)) = int64(r1)
	}
	return n, 0
}

// Recvmmsg receives up to vlen messages into the struct mmsghdr array at
// msgvec and returns how many arrived, storing each one's byte count in
// its msg_len. FreeBSD has no recvmmsg system call: like FreeBSD's libc,
// Recvmmsg calls recvmsg(2) once per message, adding MSG_DONTWAIT after the
// first message when flags has MSG_WAITFORONE, and returns an errno only
// when no message arrived. timeout is not used (libc waits for it with
// ppoll, which a raw wrapper does not do). Each call blocks like [Recvmsg].
func Recvmmsg(fd uintptr, msgvec unsafe.Pointer, vlen, flags uintptr, timeout unsafe.Pointer) (n, errno uintptr) {
	const msgWaitforone = 0x80000 // sys/socket.h: #define MSG_WAITFORONE 0x00080000
	for ; n < vlen; n++ {
		r1, e := Syscall4(SYS_RECVMSG, fd, uintptr(unsafe.Add(msgvec, n*sizeofMmsghdrFreeBSD)), flags, 0)
		if e != 0 {
			if n == 0 {
				return r1, e
			}
			break
		}
		*(*int64)(unsafe.Add(msgvec, n*sizeofMmsghdrFreeBSD+sizeofMsghdrFreeBSD)) = int64(r1)
		if flags&msgWaitforone != 0 {
			flags |= syscall.MSG_DONTWAIT
		}
	}
	return n, 0
}
