//go:build ((linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))) && !zcalldebug

package zcall

// UntimedSyscall6 is the trampoline itself; in the zcalldebug build it
// skips the timing that Syscall6 adds there.
var UntimedSyscall6 = Syscall6
