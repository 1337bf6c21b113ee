//go:build arm64

package zcall

import "syscall"

// System call numbers. Each takes its value from the standard library's
// syscall package where it defines the name for darwin/arm64, or cites the
// XNU table (bsd/kern/syscalls.master) beside the value. Every number that
// golang.org/x/sys/unix also defines is checked against it at compile time
// in sysnum_darwin_test.go.
const (
	SYS_ACCEPT      = syscall.SYS_ACCEPT
	SYS_BIND        = syscall.SYS_BIND
	SYS_CLOSE       = syscall.SYS_CLOSE
	SYS_CONNECT     = syscall.SYS_CONNECT
	SYS_GETPEERNAME = syscall.SYS_GETPEERNAME
	SYS_GETSOCKNAME = syscall.SYS_GETSOCKNAME
	SYS_GETSOCKOPT  = syscall.SYS_GETSOCKOPT
	SYS_KEVENT      = syscall.SYS_KEVENT
	SYS_KEVENT64    = syscall.SYS_KEVENT64
	SYS_KQUEUE      = syscall.SYS_KQUEUE
	SYS_LISTEN      = syscall.SYS_LISTEN
	SYS_MMAP        = syscall.SYS_MMAP
	SYS_MUNMAP      = syscall.SYS_MUNMAP
	SYS_PIPE        = syscall.SYS_PIPE
	SYS_READ        = syscall.SYS_READ
	SYS_READV       = syscall.SYS_READV
	SYS_RECVFROM    = syscall.SYS_RECVFROM
	SYS_RECVMSG     = syscall.SYS_RECVMSG
	SYS_SENDMSG     = syscall.SYS_SENDMSG
	SYS_SENDTO      = syscall.SYS_SENDTO
	SYS_SETSOCKOPT  = syscall.SYS_SETSOCKOPT
	SYS_SHUTDOWN    = syscall.SYS_SHUTDOWN
	SYS_SOCKET      = syscall.SYS_SOCKET
	SYS_SOCKETPAIR  = syscall.SYS_SOCKETPAIR
	SYS_WRITE       = syscall.SYS_WRITE
	SYS_WRITEV      = syscall.SYS_WRITEV

	// preadv and pwritev came to XNU with macOS 11; neither syscall nor
	// x/sys/unix (whose darwin table stops at 529) lists them.
	SYS_PREADV  = 540 // bsd/kern/syscalls.master: 540 AUE_PREADV ALL { user_ssize_t preadv(int fd, struct iovec *iovp, int iovcnt, off_t offset); }
	SYS_PWRITEV = 541 // bsd/kern/syscalls.master: 541 AUE_PWRITEV ALL { user_ssize_t pwritev(int fd, struct iovec *iovp, int iovcnt, off_t offset); }
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT
