//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Every system call number that golang.org/x/sys/unix also defines for
// this target must equal it: each pair below is a constant expression that
// overflows uint, and so fails to compile, when the two differ.
const (
	_ = uint(zcall.SYS_ACCEPT4-unix.SYS_ACCEPT4) + uint(unix.SYS_ACCEPT4-zcall.SYS_ACCEPT4)
	_ = uint(zcall.SYS_BIND-unix.SYS_BIND) + uint(unix.SYS_BIND-zcall.SYS_BIND)
	_ = uint(zcall.SYS_CLOSE-unix.SYS_CLOSE) + uint(unix.SYS_CLOSE-zcall.SYS_CLOSE)
	_ = uint(zcall.SYS_CONNECT-unix.SYS_CONNECT) + uint(unix.SYS_CONNECT-zcall.SYS_CONNECT)
	_ = uint(zcall.SYS_EVENTFD2-unix.SYS_EVENTFD2) + uint(unix.SYS_EVENTFD2-zcall.SYS_EVENTFD2)
	_ = uint(zcall.SYS_FSTAT-unix.SYS_FSTAT) + uint(unix.SYS_FSTAT-zcall.SYS_FSTAT)
	_ = uint(zcall.SYS_FTRUNCATE-unix.SYS_FTRUNCATE) + uint(unix.SYS_FTRUNCATE-zcall.SYS_FTRUNCATE)
	_ = uint(zcall.SYS_GETPEERNAME-unix.SYS_GETPEERNAME) + uint(unix.SYS_GETPEERNAME-zcall.SYS_GETPEERNAME)
	_ = uint(zcall.SYS_GETSOCKNAME-unix.SYS_GETSOCKNAME) + uint(unix.SYS_GETSOCKNAME-zcall.SYS_GETSOCKNAME)
	_ = uint(zcall.SYS_GETSOCKOPT-unix.SYS_GETSOCKOPT) + uint(unix.SYS_GETSOCKOPT-zcall.SYS_GETSOCKOPT)
	_ = uint(zcall.SYS_IO_URING_ENTER-unix.SYS_IO_URING_ENTER) + uint(unix.SYS_IO_URING_ENTER-zcall.SYS_IO_URING_ENTER)
	_ = uint(zcall.SYS_IO_URING_REGISTER-unix.SYS_IO_URING_REGISTER) + uint(unix.SYS_IO_URING_REGISTER-zcall.SYS_IO_URING_REGISTER)
	_ = uint(zcall.SYS_IO_URING_SETUP-unix.SYS_IO_URING_SETUP) + uint(unix.SYS_IO_URING_SETUP-zcall.SYS_IO_URING_SETUP)
	_ = uint(zcall.SYS_LISTEN-unix.SYS_LISTEN) + uint(unix.SYS_LISTEN-zcall.SYS_LISTEN)
	_ = uint(zcall.SYS_MEMFD_CREATE-unix.SYS_MEMFD_CREATE) + uint(unix.SYS_MEMFD_CREATE-zcall.SYS_MEMFD_CREATE)
	_ = uint(zcall.SYS_MMAP-unix.SYS_MMAP) + uint(unix.SYS_MMAP-zcall.SYS_MMAP)
	_ = uint(zcall.SYS_MUNMAP-unix.SYS_MUNMAP) + uint(unix.SYS_MUNMAP-zcall.SYS_MUNMAP)
	_ = uint(zcall.SYS_PIDFD_GETFD-unix.SYS_PIDFD_GETFD) + uint(unix.SYS_PIDFD_GETFD-zcall.SYS_PIDFD_GETFD)
	_ = uint(zcall.SYS_PIDFD_OPEN-unix.SYS_PIDFD_OPEN) + uint(unix.SYS_PIDFD_OPEN-zcall.SYS_PIDFD_OPEN)
	_ = uint(zcall.SYS_PIDFD_SEND_SIGNAL-unix.SYS_PIDFD_SEND_SIGNAL) + uint(unix.SYS_PIDFD_SEND_SIGNAL-zcall.SYS_PIDFD_SEND_SIGNAL)
	_ = uint(zcall.SYS_PIPE2-unix.SYS_PIPE2) + uint(unix.SYS_PIPE2-zcall.SYS_PIPE2)
	_ = uint(zcall.SYS_PREADV-unix.SYS_PREADV) + uint(unix.SYS_PREADV-zcall.SYS_PREADV)
	_ = uint(zcall.SYS_PREADV2-unix.SYS_PREADV2) + uint(unix.SYS_PREADV2-zcall.SYS_PREADV2)
	_ = uint(zcall.SYS_PWRITEV-unix.SYS_PWRITEV) + uint(unix.SYS_PWRITEV-zcall.SYS_PWRITEV)
	_ = uint(zcall.SYS_PWRITEV2-unix.SYS_PWRITEV2) + uint(unix.SYS_PWRITEV2-zcall.SYS_PWRITEV2)
	_ = uint(zcall.SYS_READ-unix.SYS_READ) + uint(unix.SYS_READ-zcall.SYS_READ)
	_ = uint(zcall.SYS_READV-unix.SYS_READV) + uint(unix.SYS_READV-zcall.SYS_READV)
	_ = uint(zcall.SYS_RECVFROM-unix.SYS_RECVFROM) + uint(unix.SYS_RECVFROM-zcall.SYS_RECVFROM)
	_ = uint(zcall.SYS_RECVMMSG-unix.SYS_RECVMMSG) + uint(unix.SYS_RECVMMSG-zcall.SYS_RECVMMSG)
	_ = uint(zcall.SYS_RECVMSG-unix.SYS_RECVMSG) + uint(unix.SYS_RECVMSG-zcall.SYS_RECVMSG)
	_ = uint(zcall.SYS_SENDMMSG-unix.SYS_SENDMMSG) + uint(unix.SYS_SENDMMSG-zcall.SYS_SENDMMSG)
	_ = uint(zcall.SYS_SENDMSG-unix.SYS_SENDMSG) + uint(unix.SYS_SENDMSG-zcall.SYS_SENDMSG)
	_ = uint(zcall.SYS_SENDTO-unix.SYS_SENDTO) + uint(unix.SYS_SENDTO-zcall.SYS_SENDTO)
	_ = uint(zcall.SYS_SETSOCKOPT-unix.SYS_SETSOCKOPT) + uint(unix.SYS_SETSOCKOPT-zcall.SYS_SETSOCKOPT)
	_ = uint(zcall.SYS_SHUTDOWN-unix.SYS_SHUTDOWN) + uint(unix.SYS_SHUTDOWN-zcall.SYS_SHUTDOWN)
	_ = uint(zcall.SYS_SIGNALFD4-unix.SYS_SIGNALFD4) + uint(unix.SYS_SIGNALFD4-zcall.SYS_SIGNALFD4)
	_ = uint(zcall.SYS_SOCKET-unix.SYS_SOCKET) + uint(unix.SYS_SOCKET-zcall.SYS_SOCKET)
	_ = uint(zcall.SYS_SOCKETPAIR-unix.SYS_SOCKETPAIR) + uint(unix.SYS_SOCKETPAIR-zcall.SYS_SOCKETPAIR)
	_ = uint(zcall.SYS_SPLICE-unix.SYS_SPLICE) + uint(unix.SYS_SPLICE-zcall.SYS_SPLICE)
	_ = uint(zcall.SYS_TEE-unix.SYS_TEE) + uint(unix.SYS_TEE-zcall.SYS_TEE)
	_ = uint(zcall.SYS_TIMERFD_CREATE-unix.SYS_TIMERFD_CREATE) + uint(unix.SYS_TIMERFD_CREATE-zcall.SYS_TIMERFD_CREATE)
	_ = uint(zcall.SYS_TIMERFD_GETTIME-unix.SYS_TIMERFD_GETTIME) + uint(unix.SYS_TIMERFD_GETTIME-zcall.SYS_TIMERFD_GETTIME)
	_ = uint(zcall.SYS_TIMERFD_SETTIME-unix.SYS_TIMERFD_SETTIME) + uint(unix.SYS_TIMERFD_SETTIME-zcall.SYS_TIMERFD_SETTIME)
	_ = uint(zcall.SYS_VMSPLICE-unix.SYS_VMSPLICE) + uint(unix.SYS_VMSPLICE-zcall.SYS_VMSPLICE)
	_ = uint(zcall.SYS_WRITE-unix.SYS_WRITE) + uint(unix.SYS_WRITE-zcall.SYS_WRITE)
	_ = uint(zcall.SYS_WRITEV-unix.SYS_WRITEV) + uint(unix.SYS_WRITEV-zcall.SYS_WRITEV)
)
