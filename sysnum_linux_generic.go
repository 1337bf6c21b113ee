//go:build linux && (arm64 || riscv64)

package zcall

import "syscall"

// System call numbers for linux/arm64 and linux/riscv64 that the standard
// library's syscall package does not define for every Linux architecture.
// Both use the generic table, include/uapi/asm-generic/unistd.h; values
// syscall lacks for these two are cited from that header beside the value.
const (
	SYS_FSTAT        = syscall.SYS_FSTAT
	SYS_MEMFD_CREATE = syscall.SYS_MEMFD_CREATE
	SYS_SENDMMSG     = syscall.SYS_SENDMMSG

	SYS_PREADV2           = 286 // asm-generic/unistd.h: #define __NR_preadv2 286
	SYS_PWRITEV2          = 287 // asm-generic/unistd.h: #define __NR_pwritev2 287
	SYS_PIDFD_SEND_SIGNAL = 424 // asm-generic/unistd.h: #define __NR_pidfd_send_signal 424
	SYS_IO_URING_SETUP    = 425 // asm-generic/unistd.h: #define __NR_io_uring_setup 425
	SYS_IO_URING_ENTER    = 426 // asm-generic/unistd.h: #define __NR_io_uring_enter 426
	SYS_IO_URING_REGISTER = 427 // asm-generic/unistd.h: #define __NR_io_uring_register 427
	SYS_PIDFD_OPEN        = 434 // asm-generic/unistd.h: #define __NR_pidfd_open 434
	SYS_PIDFD_GETFD       = 438 // asm-generic/unistd.h: #define __NR_pidfd_getfd 438
)
