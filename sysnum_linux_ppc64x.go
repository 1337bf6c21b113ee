//go:build linux && (ppc64 || ppc64le)

package zcall

import "syscall"

// System call numbers for linux/ppc64 and linux/ppc64le that the standard
// library's syscall package does not define for every Linux architecture.
// Values syscall lacks are cited from arch/powerpc/kernel/syscalls/syscall.tbl
// (the same numbers on both byte orders).
const (
	SYS_FSTAT    = syscall.SYS_FSTAT
	SYS_SENDMMSG = syscall.SYS_SENDMMSG

	SYS_MEMFD_CREATE      = 360 // syscall.tbl: 360 common memfd_create
	SYS_PREADV2           = 380 // syscall.tbl: 380 common preadv2
	SYS_PWRITEV2          = 381 // syscall.tbl: 381 common pwritev2
	SYS_PIDFD_SEND_SIGNAL = 424 // syscall.tbl: 424 common pidfd_send_signal
	SYS_IO_URING_SETUP    = 425 // syscall.tbl: 425 common io_uring_setup
	SYS_IO_URING_ENTER    = 426 // syscall.tbl: 426 common io_uring_enter
	SYS_IO_URING_REGISTER = 427 // syscall.tbl: 427 common io_uring_register
	SYS_PIDFD_OPEN        = 434 // syscall.tbl: 434 common pidfd_open
	SYS_PIDFD_GETFD       = 438 // syscall.tbl: 438 common pidfd_getfd
)
