//go:build !zcalldebug

package zcall

// UntimedSyscall6 is the trampoline itself; in the zcalldebug build it
// skips the timing that Syscall6 adds there.
var UntimedSyscall6 = Syscall6
