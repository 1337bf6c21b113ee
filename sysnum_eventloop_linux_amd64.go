package zcall

// Numbers the syscall package does not define for linux/amd64, from
// arch/x86/entry/syscalls/syscall_64.tbl; checked against x/sys/unix in
// eventloop_linux_test.go.
const (
	SYS_COPY_FILE_RANGE = 326
	SYS_GETRANDOM       = 318
)
