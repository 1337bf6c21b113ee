//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// System call numbers shared by every Linux architecture's list in the
// standard library's syscall package, which supplies each value for the
// target being built. Numbers that syscall lacks for some architecture live
// in sysnum_linux_amd64.go, sysnum_linux_generic.go (arm64, riscv64),
// sysnum_linux_loong64.go, sysnum_linux_ppc64x.go, sysnum_linux_s390x.go and
// sysnum_linux_mips64x.go, each citing the kernel table it comes from;
// SYS_ACCEPT is in sysnum_linux_accept.go, as linux/s390x has no accept.
// Every number is checked against golang.org/x/sys/unix in
// sysnum_linux_test.go.
const (
	SYS_ACCEPT4         = syscall.SYS_ACCEPT4
	SYS_BIND            = syscall.SYS_BIND
	SYS_CLOSE           = syscall.SYS_CLOSE
	SYS_CONNECT         = syscall.SYS_CONNECT
	SYS_EVENTFD2        = syscall.SYS_EVENTFD2
	SYS_FTRUNCATE       = syscall.SYS_FTRUNCATE
	SYS_GETPEERNAME     = syscall.SYS_GETPEERNAME
	SYS_GETSOCKNAME     = syscall.SYS_GETSOCKNAME
	SYS_GETSOCKOPT      = syscall.SYS_GETSOCKOPT
	SYS_LISTEN          = syscall.SYS_LISTEN
	SYS_MMAP            = syscall.SYS_MMAP
	SYS_MUNMAP          = syscall.SYS_MUNMAP
	SYS_PIPE2           = syscall.SYS_PIPE2
	SYS_PREADV          = syscall.SYS_PREADV
	SYS_PWRITEV         = syscall.SYS_PWRITEV
	SYS_READ            = syscall.SYS_READ
	SYS_READV           = syscall.SYS_READV
	SYS_RECVFROM        = syscall.SYS_RECVFROM
	SYS_RECVMMSG        = syscall.SYS_RECVMMSG
	SYS_RECVMSG         = syscall.SYS_RECVMSG
	SYS_SENDMSG         = syscall.SYS_SENDMSG
	SYS_SENDTO          = syscall.SYS_SENDTO
	SYS_SETSOCKOPT      = syscall.SYS_SETSOCKOPT
	SYS_SHUTDOWN        = syscall.SYS_SHUTDOWN
	SYS_SIGNALFD4       = syscall.SYS_SIGNALFD4
	SYS_SOCKET          = syscall.SYS_SOCKET
	SYS_SOCKETPAIR      = syscall.SYS_SOCKETPAIR
	SYS_SPLICE          = syscall.SYS_SPLICE
	SYS_TEE             = syscall.SYS_TEE
	SYS_TIMERFD_CREATE  = syscall.SYS_TIMERFD_CREATE
	SYS_TIMERFD_GETTIME = syscall.SYS_TIMERFD_GETTIME
	SYS_TIMERFD_SETTIME = syscall.SYS_TIMERFD_SETTIME
	SYS_VMSPLICE        = syscall.SYS_VMSPLICE
	SYS_WRITE           = syscall.SYS_WRITE
	SYS_WRITEV          = syscall.SYS_WRITEV
)
