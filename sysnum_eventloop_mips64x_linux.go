//go:build mips64 || mips64le

package zcall

import "syscall"

// Numbers the syscall package does not define for linux/mips64 and
// linux/mips64le (the n64 ABI, numbered from 5000), from
// arch/mips/kernel/syscalls/syscall_n64.tbl; checked against x/sys/unix in
// eventloop_linux_test.go.
const (
	SYS_COPY_FILE_RANGE = 5320
	SYS_GETRANDOM       = syscall.SYS_GETRANDOM
)
