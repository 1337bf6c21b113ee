//go:build amd64 || arm64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "unsafe"

// Fstat is fstat(2): it fills st with the status of the file fd. It does not
// block in the scheduler's sense. (On loong64, where older kernels have no
// fstat, it is statx(2) with AT_EMPTY_PATH, converted to the same Stat_t.)
func Fstat(fd uintptr, st *Stat_t) (errno uintptr) {
	_, errno = Syscall4(SYS_FSTAT, fd, uintptr(unsafe.Pointer(st)), 0, 0)
	return errno
}
