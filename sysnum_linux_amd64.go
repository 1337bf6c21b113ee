package zcall

import "syscall"

// System call numbers for linux/amd64 that are not shared with the other
// Linux architectures: amd64 keeps its own table,
// arch/x86/entry/syscalls/syscall_64.tbl, whose numbers differ from the
// asm-generic ones used by arm64, riscv64 and loong64. Where the standard
// library's syscall package defines the name, the value comes from it;
// otherwise the table line is cited beside the value.
const (
	SYS_FSTAT = syscall.SYS_FSTAT

	SYS_SENDMMSG          = 307 // syscall_64.tbl: 307 common sendmmsg
	SYS_MEMFD_CREATE      = 319 // syscall_64.tbl: 319 common memfd_create
	SYS_PREADV2           = 327 // syscall_64.tbl: 327 64 preadv2
	SYS_PWRITEV2          = 328 // syscall_64.tbl: 328 64 pwritev2
	SYS_PIDFD_SEND_SIGNAL = 424 // syscall_64.tbl: 424 common pidfd_send_signal
	SYS_IO_URING_SETUP    = 425 // syscall_64.tbl: 425 common io_uring_setup
	SYS_IO_URING_ENTER    = 426 // syscall_64.tbl: 426 common io_uring_enter
	SYS_IO_URING_REGISTER = 427 // syscall_64.tbl: 427 common io_uring_register
	SYS_PIDFD_OPEN        = 434 // syscall_64.tbl: 434 common pidfd_open
	SYS_PIDFD_GETFD       = 438 // syscall_64.tbl: 438 common pidfd_getfd
)
