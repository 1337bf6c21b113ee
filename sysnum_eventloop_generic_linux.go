//go:build arm64 || loong64 || riscv64

package zcall

import "syscall"

// arm64, loong64 and riscv64 share the asm-generic table
// (include/uapi/asm-generic/unistd.h). Numbers the syscall package lacks
// for some of them are cited from that header and checked against
// x/sys/unix in eventloop_linux_test.go.
const (
	SYS_COPY_FILE_RANGE = 285
	SYS_GETRANDOM       = syscall.SYS_GETRANDOM
)
