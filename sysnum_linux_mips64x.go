//go:build linux && (mips64 || mips64le)

package zcall

import "syscall"

// System call numbers for linux/mips64 and linux/mips64le (the n64 ABI,
// numbered from 5000) that the standard library's syscall package does not
// define for every Linux architecture. Values syscall lacks are cited from
// arch/mips/kernel/syscalls/syscall_n64.tbl, plus 5000.
const (
	SYS_FSTAT        = syscall.SYS_FSTAT
	SYS_MEMFD_CREATE = syscall.SYS_MEMFD_CREATE
	SYS_SENDMMSG     = syscall.SYS_SENDMMSG

	SYS_PREADV2           = 5321 // syscall_n64.tbl: 321 n64 preadv2
	SYS_PWRITEV2          = 5322 // syscall_n64.tbl: 322 n64 pwritev2
	SYS_PIDFD_SEND_SIGNAL = 5424 // syscall_n64.tbl: 424 n64 pidfd_send_signal
	SYS_IO_URING_SETUP    = 5425 // syscall_n64.tbl: 425 n64 io_uring_setup
	SYS_IO_URING_ENTER    = 5426 // syscall_n64.tbl: 426 n64 io_uring_enter
	SYS_IO_URING_REGISTER = 5427 // syscall_n64.tbl: 427 n64 io_uring_register
	SYS_PIDFD_OPEN        = 5434 // syscall_n64.tbl: 434 n64 pidfd_open
	SYS_PIDFD_GETFD       = 5438 // syscall_n64.tbl: 438 n64 pidfd_getfd
)
