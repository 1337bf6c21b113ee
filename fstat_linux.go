//go:build !loong64

package zcall

import "unsafe"

// Fstat is fstat(2): it fills st with the status of the file fd. It does not
// block in the scheduler's sense. linux/loong64 makes it as statx(2)
// instead; that Fstat is in defs_linux_loong64.go.
func Fstat(fd uintptr, st *Stat_t) (errno uintptr) {
	_, errno = syscall3(SYS_FSTAT, fd, uintptr(unsafe.Pointer(st)), 0)
	return errno
}
