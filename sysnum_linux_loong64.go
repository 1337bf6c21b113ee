package zcall

import "syscall"

// System call numbers for linux/loong64 that the standard library's syscall
// package does not define for every Linux architecture. loong64 uses the
// generic table, include/uapi/asm-generic/unistd.h; syscall's loong64 list
// is recent enough to hold all of these except fstat, which loong64 gained
// later (Linux 6.11) under the generic number cited below.
const (
	SYS_MEMFD_CREATE      = syscall.SYS_MEMFD_CREATE
	SYS_SENDMMSG          = syscall.SYS_SENDMMSG
	SYS_PREADV2           = syscall.SYS_PREADV2
	SYS_PWRITEV2          = syscall.SYS_PWRITEV2
	SYS_PIDFD_SEND_SIGNAL = syscall.SYS_PIDFD_SEND_SIGNAL
	SYS_IO_URING_SETUP    = syscall.SYS_IO_URING_SETUP
	SYS_IO_URING_ENTER    = syscall.SYS_IO_URING_ENTER
	SYS_IO_URING_REGISTER = syscall.SYS_IO_URING_REGISTER
	SYS_PIDFD_OPEN        = syscall.SYS_PIDFD_OPEN
	SYS_PIDFD_GETFD       = syscall.SYS_PIDFD_GETFD

	SYS_FSTAT = 80 // asm-generic/unistd.h: #define __NR3264_fstat 80
)
