//go:build arm64

package zcall

import "unsafe"

// darwin-only wrappers. As in wrappers.go, each converts its arguments and
// calls a trampoline directly, with every pointer converted to uintptr
// inside the call expression. Apple does not promise a stable system call
// interface; these follow XNU's bsd/kern/syscalls.master.

// Preadv is preadv(2) (macOS 11 and later): [Readv] at file offset offset,
// leaving the file position alone; it returns the total count read. It
// blocks like [Read].
func Preadv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall4(SYS_PREADV, fd, uintptr(iov), iovcnt, uintptr(offset))
}

// Pwritev is pwritev(2) (macOS 11 and later): [Writev] at file offset
// offset, leaving the file position alone; it returns the total count
// written. It blocks like [Write].
func Pwritev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall4(SYS_PWRITEV, fd, uintptr(iov), iovcnt, uintptr(offset))
}
