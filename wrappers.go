//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall

import "unsafe"

// Wrappers whose system call is the same on every supported OS. Each one
// converts its arguments and calls a trampoline directly; pointers become
// uintptr inside that call expression, which keeps the memory alive and in
// place for the duration of the call.

// Read is read(2): it reads up to len(buf) bytes from fd into buf and
// returns the count, 0 at end of file. It blocks when fd is a blocking
// descriptor with nothing to read; on a non-blocking one it fails with
// EAGAIN instead. An empty or nil buf is passed to the kernel as is.
func Read(fd uintptr, buf []byte) (n, errno uintptr) {
	return Syscall4(SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
}

// Write is write(2): it writes up to len(buf) bytes from buf to fd and
// returns the count written, which may be short. It blocks when fd is a
// blocking descriptor that is full; on a non-blocking one it fails with
// EAGAIN instead. An empty or nil buf is passed to the kernel as is.
func Write(fd uintptr, buf []byte) (n, errno uintptr) {
	return Syscall4(SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
}

// Close is close(2). It returns errno 0 on success; the descriptor is
// released even when close reports an error (EINTR, EIO), so do not retry.
// Close does not block except on files whose final flush waits on I/O.
func Close(fd uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_CLOSE, fd, 0, 0, 0)
	return errno
}
