//go:build amd64 || arm64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import (
	"syscall"
	"unsafe"
)

// sysFstat is fstat's number; the published SYS_FSTAT is defined elsewhere.
const sysFstat = syscall.SYS_FSTAT

// Fstat is fstat(2): it fills st with the status of the file fd. It does not
// block in the scheduler's sense. (On loong64, where older kernels have no
// fstat, it is statx(2) with AT_EMPTY_PATH, converted to the same Stat_t.)
func Fstat(fd uintptr, st *Stat_t) (errno uintptr) {
	_, errno = Syscall4(sysFstat, fd, uintptr(unsafe.Pointer(st)), 0, 0)
	return errno
}
