package zcall

import (
	"runtime"
	"syscall"
)

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
// number. On Linux a kernel result of -4095 is an error (errno 4095) here as
// in Syscall4, although syscall.Syscall6 itself reports it as a success on
// linux/amd64. A signal that arrives while the call waits, the runtime's
// preemption signal included, can end it with EINTR, as for Syscall4.
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

// errorInValue is true where the kernel's result alone says whether a call
// failed: Linux, except mips and mips64 (the a3 register) and ppc64
// (CR0.SO), which flag an error beside the value, as darwin and FreeBSD do
// with the carry.
const errorInValue = runtime.GOOS == "linux" && runtime.GOARCH != "mips64" && runtime.GOARCH != "mips64le" &&
	runtime.GOARCH != "mips" && runtime.GOARCH != "mipsle" &&
	runtime.GOARCH != "ppc64" && runtime.GOARCH != "ppc64le"

// blocking reduces syscall.Syscall6's results to zcall's convention. Where
// the value decides, a result from -4095 to -1 is an error, as the kernel's
// IS_ERR_VALUE and the trampolines count it; the standard library's
// linux/amd64 path takes -4095 (MAX_ERRNO) for a success, so the value is
// checked again here.
func blocking(r1, _ uintptr, e syscall.Errno) (uintptr, uintptr) {
	if e != 0 {
		return ^uintptr(0), uintptr(e)
	}
	if errorInValue && r1 > ^uintptr(0)-4095 {
		return ^uintptr(0), -r1
	}
	return r1, 0
}
