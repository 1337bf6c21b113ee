package zcall

import (
	"syscall"
	"unsafe"
)

// Blocking wrappers: calls whose point is to wait. Each calls the standard
// library's syscall.Syscall6 directly, which tells the scheduler, and
// converts its pointers inside that call expression, where the compiler
// keeps them alive: no heap allocation, unlike [BlockingSyscall6]. Results
// follow zcall's convention.

// EpollPwaitBlocking is epoll_pwait(2) through the scheduler-aware path:
// it waits up to msec milliseconds (-1: without limit, 0: not at all) for
// events on epfd, with the signal mask sigmask (nil: unchanged; sigsetsize
// is then ignored, else it must be [SizeofSigset], the kernel's sigset
// size: 8 bytes, 16 on mips, mipsle, mips64 and mips64le, or the kernel answers EINVAL) in
// force while it waits, and returns the count of events written to events,
// 0 on timeout. It fails with EINTR when a signal arrives first (the
// runtime's preemption signal included, unless sigmask blocks it). For the
// non-waiting form, use [EpollPwait].
func EpollPwaitBlocking(epfd uintptr, events []EpollEvent, msec int, sigmask unsafe.Pointer, sigsetsize uintptr) (n, errno uintptr) {
	return blocking(syscall.Syscall6(SYS_EPOLL_PWAIT, epfd, uintptr(unsafe.Pointer(unsafe.SliceData(events))), uintptr(len(events)), uintptr(msec), uintptr(sigmask), sigsetsize))
}

// FutexWaitBlocking is futex(2) FUTEX_WAIT through the scheduler-aware
// path: if the word at addr still holds val, it sleeps until a
// FUTEX_WAKE on addr, a signal (EINTR) or the relative timeout (a
// *[Timespec], measured on CLOCK_MONOTONIC; nil: no limit; on 32-bit Linux
// the call is futex_time64, which takes that 64-bit layout) expires
// (ETIMEDOUT); if the word holds another value it fails at
// once with EAGAIN. flags is 0 or [FUTEX_PRIVATE_FLAG] for a futex not
// shared between processes. [FUTEX_CLOCK_REALTIME] applies only to
// FUTEX_WAIT_BITSET, whose timeout is absolute: with FUTEX_WAIT the kernel
// answers ENOSYS. Wake with [Futex] and [FUTEX_WAKE] (or
// [FUTEX_WAKE_PRIVATE] to match a private wait); a waiter moved by
// [FutexRequeue] is woken on the word it was moved to.
func FutexWaitBlocking(addr *uint32, val, flags uintptr, timeout unsafe.Pointer) (errno uintptr) {
	_, errno = blocking(syscall.Syscall6(SYS_FUTEX, uintptr(unsafe.Pointer(addr)), FUTEX_WAIT|flags, val, uintptr(timeout), 0, 0))
	return errno
}

// IoUringEnterBlocking is io_uring_enter(2) through the scheduler-aware
// path, for an enter that waits: with IORING_ENTER_GETEVENTS and
// minComplete > 0 it submits toSubmit entries, then waits until at least
// minComplete completions are available (or, with IORING_ENTER_EXT_ARG, a
// timeout passes). It returns the number of entries submitted. The
// arguments are those of the raw IoUringEnter, which must not wait (a
// signal mask sig takes sigsetSize [SizeofSigset]); a signal that arrives
// during the wait, the runtime's preemption signal included, ends it with
// EINTR.
func IoUringEnterBlocking(fd, toSubmit, minComplete, flags uintptr, sig unsafe.Pointer, sigsetSize uintptr) (r1, errno uintptr) {
	return blocking(syscall.Syscall6(SYS_IO_URING_ENTER, fd, toSubmit, minComplete, flags, uintptr(sig), sigsetSize))
}
