//go:build arm64

package zcall_test

import (
	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Every system call number that golang.org/x/sys/unix also defines for
// this target must equal it: each pair below is a constant expression that
// overflows uint, and so fails to compile, when the two differ.
const (
	_ = uint(zcall.SYS_ACCEPT-unix.SYS_ACCEPT) + uint(unix.SYS_ACCEPT-zcall.SYS_ACCEPT)
	_ = uint(zcall.SYS_BIND-unix.SYS_BIND) + uint(unix.SYS_BIND-zcall.SYS_BIND)
	_ = uint(zcall.SYS_CLOSE-unix.SYS_CLOSE) + uint(unix.SYS_CLOSE-zcall.SYS_CLOSE)
	_ = uint(zcall.SYS_CONNECT-unix.SYS_CONNECT) + uint(unix.SYS_CONNECT-zcall.SYS_CONNECT)
	_ = uint(zcall.SYS_GETPEERNAME-unix.SYS_GETPEERNAME) + uint(unix.SYS_GETPEERNAME-zcall.SYS_GETPEERNAME)
	_ = uint(zcall.SYS_GETSOCKNAME-unix.SYS_GETSOCKNAME) + uint(unix.SYS_GETSOCKNAME-zcall.SYS_GETSOCKNAME)
	_ = uint(zcall.SYS_GETSOCKOPT-unix.SYS_GETSOCKOPT) + uint(unix.SYS_GETSOCKOPT-zcall.SYS_GETSOCKOPT)
	_ = uint(zcall.SYS_KEVENT-unix.SYS_KEVENT) + uint(unix.SYS_KEVENT-zcall.SYS_KEVENT)
	_ = uint(zcall.SYS_KEVENT64-unix.SYS_KEVENT64) + uint(unix.SYS_KEVENT64-zcall.SYS_KEVENT64)
	_ = uint(zcall.SYS_KQUEUE-unix.SYS_KQUEUE) + uint(unix.SYS_KQUEUE-zcall.SYS_KQUEUE)
	_ = uint(zcall.SYS_LISTEN-unix.SYS_LISTEN) + uint(unix.SYS_LISTEN-zcall.SYS_LISTEN)
	_ = uint(zcall.SYS_MMAP-unix.SYS_MMAP) + uint(unix.SYS_MMAP-zcall.SYS_MMAP)
	_ = uint(zcall.SYS_MUNMAP-unix.SYS_MUNMAP) + uint(unix.SYS_MUNMAP-zcall.SYS_MUNMAP)
	_ = uint(zcall.SYS_PIPE-unix.SYS_PIPE) + uint(unix.SYS_PIPE-zcall.SYS_PIPE)
	_ = uint(zcall.SYS_READ-unix.SYS_READ) + uint(unix.SYS_READ-zcall.SYS_READ)
	_ = uint(zcall.SYS_READV-unix.SYS_READV) + uint(unix.SYS_READV-zcall.SYS_READV)
	_ = uint(zcall.SYS_RECVFROM-unix.SYS_RECVFROM) + uint(unix.SYS_RECVFROM-zcall.SYS_RECVFROM)
	_ = uint(zcall.SYS_RECVMSG-unix.SYS_RECVMSG) + uint(unix.SYS_RECVMSG-zcall.SYS_RECVMSG)
	_ = uint(zcall.SYS_SENDMSG-unix.SYS_SENDMSG) + uint(unix.SYS_SENDMSG-zcall.SYS_SENDMSG)
	_ = uint(zcall.SYS_SENDTO-unix.SYS_SENDTO) + uint(unix.SYS_SENDTO-zcall.SYS_SENDTO)
	_ = uint(zcall.SYS_SETSOCKOPT-unix.SYS_SETSOCKOPT) + uint(unix.SYS_SETSOCKOPT-zcall.SYS_SETSOCKOPT)
	_ = uint(zcall.SYS_SHUTDOWN-unix.SYS_SHUTDOWN) + uint(unix.SYS_SHUTDOWN-zcall.SYS_SHUTDOWN)
	_ = uint(zcall.SYS_SOCKET-unix.SYS_SOCKET) + uint(unix.SYS_SOCKET-zcall.SYS_SOCKET)
	_ = uint(zcall.SYS_SOCKETPAIR-unix.SYS_SOCKETPAIR) + uint(unix.SYS_SOCKETPAIR-zcall.SYS_SOCKETPAIR)
	_ = uint(zcall.SYS_WRITE-unix.SYS_WRITE) + uint(unix.SYS_WRITE-zcall.SYS_WRITE)
	_ = uint(zcall.SYS_WRITEV-unix.SYS_WRITEV) + uint(unix.SYS_WRITEV-zcall.SYS_WRITEV)
)

// x/sys/unix's darwin table ends at 529 (SYS_MAXSYSCALL 530), before
// preadv and pwritev; their numbers are cited from XNU in sysnum_darwin.go.
// Here they must sit just above that table and next to each other.
const (
	_ = uint(zcall.SYS_PREADV - unix.SYS_MAXSYSCALL)
	_ = uint(zcall.SYS_PWRITEV - zcall.SYS_PREADV - 1)
	_ = uint(zcall.SYS_PREADV + 1 - zcall.SYS_PWRITEV)
)

// sysAcceptRef is the reference call for zcall.Accept.
const sysAcceptRef = zcall.SYS_ACCEPT
