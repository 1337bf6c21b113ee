//go:build darwin || freebsd

package zcall

import (
	"syscall"
	"unsafe"
)

// Wrappers that darwin and FreeBSD share: preadv and pwritev, and the
// kqueue calls. As in wrappers.go, each converts its arguments and calls a
// trampoline directly, with every pointer converted to uintptr inside the
// call expression. On darwin, Apple does not promise a stable raw system
// call interface (see the package documentation); these follow XNU's
// bsd/kern/syscalls.master.

// Preadv is preadv(2) (on darwin, macOS 11 and later): [Readv] at file
// offset offset, leaving the file position alone; it returns the total
// count read. It blocks like [Read].
func Preadv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall4(SYS_PREADV, fd, uintptr(iov), iovcnt, uintptr(offset))
}

// Pwritev is pwritev(2) (on darwin, macOS 11 and later): [Writev] at file
// offset offset, leaving the file position alone; it returns the total
// count written. It blocks like [Write].
func Pwritev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall4(SYS_PWRITEV, fd, uintptr(iov), iovcnt, uintptr(offset))
}

// zeroTimeout is the struct timespec {0, 0} that makes kevent poll; a
// global never moves, so its address is valid in any call.
var zeroTimeout [2]int64

// Kqueue is kqueue(2): it returns a new kernel event queue descriptor. It
// does not block.
func Kqueue() (fd, errno uintptr) {
	return Syscall4(SYS_KQUEUE, 0, 0, 0, 0)
}

// Kevent is kevent(2) with a zero timeout: it applies changes to kq, then
// fills events with the pending events and returns their count, 0 when
// none is pending. It never waits; to wait for events, use
// [KeventBlocking]. changes and events may be empty.
func Kevent(kq uintptr, changes, events []Kevent_t) (n, errno uintptr) {
	// Assigned, then returned bare: the compiler's inlining cost of
	// "return Syscall6(...)" is 6 higher, which would put Kevent over the
	// budget.
	n, errno = Syscall6(SYS_KEVENT, kq, uintptr(unsafe.Pointer(unsafe.SliceData(changes))), uintptr(len(changes)),
		uintptr(unsafe.Pointer(unsafe.SliceData(events))), uintptr(len(events)), uintptr(unsafe.Pointer(&zeroTimeout)))
	return
}

// KeventBlocking is kevent(2) through the standard library's
// scheduler-aware path: like [Kevent], but it waits up to timeout (a
// struct timespec; nil: without limit) for events, and returns 0 on
// timeout. It fails with EINTR when a signal arrives first, the runtime's
// preemption signal included.
func KeventBlocking(kq uintptr, changes, events []Kevent_t, timeout unsafe.Pointer) (n, errno uintptr) {
	return blocking(syscall.Syscall6(SYS_KEVENT, kq, uintptr(unsafe.Pointer(unsafe.SliceData(changes))), uintptr(len(changes)),
		uintptr(unsafe.Pointer(unsafe.SliceData(events))), uintptr(len(events)), uintptr(timeout)))
}
