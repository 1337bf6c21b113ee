//go:build ppc64 || ppc64le

package zcall

// Numbers the syscall package does not define for linux/ppc64 and
// linux/ppc64le, from arch/powerpc/kernel/syscalls/syscall.tbl; checked
// against x/sys/unix in eventloop_linux_test.go.
const (
	SYS_COPY_FILE_RANGE = 379
	SYS_GETRANDOM       = 359
)
