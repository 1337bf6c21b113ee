//go:build ((linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))) && zcalldebug

package zcall

import "time"

// This file replaces zcall.go in a build with -tags zcalldebug. The
// trampolines themselves are the same code under other names
// (zcall_debug_<arch>.s, written by asmgen beside zcall_<arch>.s); Syscall4
// and Syscall6 become Go functions that time each call and report, once
// per call site, a call that took longer than the threshold (see debug.go).
//
// A Go function taking uintptr arguments gets none of the keepalive the
// compiler gives to an assembly function: an object whose address the
// caller converted with uintptr(unsafe.Pointer(p)) could be freed or moved
// before the kernel uses it. //go:uintptrescapes restores the guarantee:
// such objects escape to the heap and stay alive until the call returns.
// The cost, in this debug build only, is a heap allocation for every object
// that would otherwise have lived on the caller's stack, and that the
// functions are not inlined.

// Syscall4 is the zcalldebug build of the raw four-argument system call: it
// makes the same raw call as the default build (rawSyscall4, no scheduler
// hooks, so it must not block), with the same result convention, and
// reports it if it took longer than the threshold.
//
//go:uintptrescapes
func Syscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr) {
	start := time.Now()
	r1, errno = rawSyscall4(num, a1, a2, a3, a4)
	if d := time.Since(start); d > debugThreshold {
		debugSlow(num, d)
	}
	return r1, errno
}

// Syscall6 is [Syscall4] with six arguments.
//
//go:uintptrescapes
func Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr) {
	start := time.Now()
	r1, errno = rawSyscall6(num, a1, a2, a3, a4, a5, a6)
	if d := time.Since(start); d > debugThreshold {
		debugSlow(num, d)
	}
	return r1, errno
}

// rawSyscall4 is the trampoline Syscall4 is in the default build.
func rawSyscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

// rawSyscall6 is the trampoline Syscall6 is in the default build.
func rawSyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)
