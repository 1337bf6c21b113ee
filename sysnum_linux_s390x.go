package zcall

import "syscall"

// System call numbers for linux/s390x that the standard library's syscall
// package does not define for every Linux architecture. Values syscall lacks
// are cited from arch/s390/kernel/syscalls/syscall.tbl.
const (
	SYS_FSTAT        = syscall.SYS_FSTAT
	SYS_MEMFD_CREATE = syscall.SYS_MEMFD_CREATE
	SYS_SENDMMSG     = syscall.SYS_SENDMMSG

	SYS_PREADV2           = 376 // syscall.tbl: 376 common preadv2
	SYS_PWRITEV2          = 377 // syscall.tbl: 377 common pwritev2
	SYS_PIDFD_SEND_SIGNAL = 424 // syscall.tbl: 424 common pidfd_send_signal
	SYS_IO_URING_SETUP    = 425 // syscall.tbl: 425 common io_uring_setup
	SYS_IO_URING_ENTER    = 426 // syscall.tbl: 426 common io_uring_enter
	SYS_IO_URING_REGISTER = 427 // syscall.tbl: 427 common io_uring_register
	SYS_PIDFD_OPEN        = 434 // syscall.tbl: 434 common pidfd_open
	SYS_PIDFD_GETFD       = 438 // syscall.tbl: 438 common pidfd_getfd
)

// sysAccept is the call behind [Accept]: s390x has no accept(2), and
// accept4 with flags 0 is the same call in the kernel (net/socket.c).
const sysAccept = SYS_ACCEPT4
