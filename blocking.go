package zcall

import "syscall"

// Choosing between the raw call and the blocking sibling
//
// [Syscall4] and [Syscall6] skip the runtime's entersyscall/exitsyscall
// hooks: cheap, but a call that waits holds its thread and its P, so other
// goroutines queued on that P do not run and a garbage collection
// stop-the-world waits for it. [BlockingSyscall4] and [BlockingSyscall6] have
// the same signature and the same (r1, errno) convention but go through the
// standard library's syscall.Syscall6, which tells the scheduler: while the
// call waits, the runtime hands the P to another thread and the GC can stop
// the world. They cost a few hundred instructions more per call.
//
// Use the raw calls for anything that cannot wait: non-blocking
// descriptors, zero timeouts, io_uring submission without min_complete,
// wakes. Use the blocking siblings (or the Blocking wrappers, which call
// syscall.Syscall6 directly) for calls made to wait: epoll_pwait or ppoll
// with a timeout, io_uring_enter with min_complete > 0, futex waits, reads
// on blocking descriptors.

// BlockingSyscall4 makes system call num with four arguments through the
// standard library's scheduler-aware path (syscall.Syscall6), so the call
// may block: the runtime hands this goroutine's P to another thread while it
// waits. The result follows [Syscall4]: r1 is the kernel's result and errno
// 0 on success; on failure r1 is ^uintptr(0) and errno the positive error
// number.
//
// BlockingSyscall4 is a Go function, and the compiler keeps a
// uintptr(unsafe.Pointer(p)) argument of a Go function alive only because of
// the //go:uintptrescapes directive: an object whose address is converted in
// the call expression escapes to the heap and stays alive until the call
// returns. Convert pointers inside the call expression, as for Syscall4; the
// price is a heap allocation for each object that could otherwise have lived
// on the stack. The Blocking wrappers avoid that cost by calling
// syscall.Syscall6 directly.
//
//go:uintptrescapes
func BlockingSyscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr) {
	return blocking(syscall.Syscall6(num, a1, a2, a3, a4, 0, 0))
}

// BlockingSyscall6 is [BlockingSyscall4] with six arguments: the standard
// library's scheduler-aware call, zcall's result convention, and pointers
// kept alive by //go:uintptrescapes (at the cost of a heap allocation).
//
//go:uintptrescapes
func BlockingSyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr) {
	return blocking(syscall.Syscall6(num, a1, a2, a3, a4, a5, a6))
}

// blocking reduces syscall.Syscall6's results to zcall's convention.
func blocking(r1, _ uintptr, e syscall.Errno) (uintptr, uintptr) {
	if e != 0 {
		return ^uintptr(0), uintptr(e)
	}
	return r1, 0
}
