package zcall

import "syscall"

// Numbers the syscall package does not define for linux/s390x, from
// arch/s390/kernel/syscalls/syscall.tbl; checked against x/sys/unix in
// eventloop_linux_test.go.
const (
	SYS_COPY_FILE_RANGE = 375
	SYS_GETRANDOM       = syscall.SYS_GETRANDOM
)
