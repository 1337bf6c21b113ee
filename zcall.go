//go:build !zcalldebug

package zcall

// Syscall4 makes system call num with four arguments, without telling the
// Go scheduler. It returns the kernel's raw result: r1 and errno 0 on
// success; on failure r1 is ^uintptr(0) and errno the positive error number.
// Convert pointer arguments with uintptr(unsafe.Pointer(p)) inside the call
// expression. The call can block, and a raw call that blocks holds its
// thread and P, delays every stop-the-world and may fail with EINTR: use it
// for calls that cannot wait, and [BlockingSyscall4] for the others. See the
// package documentation.
func Syscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

// Syscall6 is [Syscall4] with six arguments: the same raw result and errno
// convention, no scheduler hooks, and the same hazards if it blocks (use
// [BlockingSyscall6] for calls that wait).
func Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)

// syscall3 is [Syscall4] for calls of at most three arguments: the same raw
// call, result and hazards, with one argument fewer to store and load. The
// wrappers of such calls make it.
func syscall3(num, a1, a2, a3 uintptr) (r1, errno uintptr)
