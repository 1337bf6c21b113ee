//go:build amd64 || arm64

package zcall

import "syscall"

// System call numbers. Each takes its value from the standard library's
// syscall package for freebsd/amd64 (sys/kern/syscalls.master), and is
// checked against golang.org/x/sys/unix at compile time in
// sysnum_freebsd_test.go.
const (
	SYS_ACCEPT      = syscall.SYS_ACCEPT
	SYS_ACCEPT4     = syscall.SYS_ACCEPT4
	SYS_BIND        = syscall.SYS_BIND
	SYS_CLOSE       = syscall.SYS_CLOSE
	SYS_CONNECT     = syscall.SYS_CONNECT
	SYS_FSTAT       = syscall.SYS_FSTAT
	SYS_FTRUNCATE   = syscall.SYS_FTRUNCATE
	SYS_GETPEERNAME = syscall.SYS_GETPEERNAME
	SYS_GETSOCKNAME = syscall.SYS_GETSOCKNAME
	SYS_GETSOCKOPT  = syscall.SYS_GETSOCKOPT
	SYS_LISTEN      = syscall.SYS_LISTEN
	SYS_MMAP        = syscall.SYS_MMAP
	SYS_MUNMAP      = syscall.SYS_MUNMAP
	SYS_PIPE2       = syscall.SYS_PIPE2
	SYS_PREADV      = syscall.SYS_PREADV
	SYS_PWRITEV     = syscall.SYS_PWRITEV
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

	// FreeBSD has no recvmmsg or sendmmsg system call: its libc builds
	// them from recvmsg and sendmsg (lib/libc/sys/recvmmsg.c, sendmmsg.c),
	// and so do Recvmmsg and Sendmmsg here. These names hold the numbers
	// those wrappers actually call.
	SYS_RECVMMSG = SYS_RECVMSG
	SYS_SENDMMSG = SYS_SENDMSG
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT
