//go:build !zcalldebug

package zcall

// UntimedSyscall6 is the trampoline itself; in the zcalldebug build it
// skips the timing that Syscall6 adds there.
var UntimedSyscall6 = Syscall6

// Syscall3 is the unexported three-argument trampoline that the wrappers of
// calls with at most three arguments make (in the zcalldebug build, its
// timed Go function), for the external tests.
var Syscall3 = syscall3
