// Package zcall provides raw system call entry points for Go programs.
//
// [Syscall4] and [Syscall6] are small assembly trampolines: they load the
// arguments into the kernel's registers, trap into the kernel, and decode the
// kernel's error convention into a result and a positive errno. Unlike
// syscall.Syscall they do not call the runtime's entersyscall and
// exitsyscall hooks, which makes them several times cheaper per call. The
// typed wrappers (Read, Write, Sendmsg, IoUringEnter, ...) convert their
// arguments and call a trampoline directly; they hide nothing: every wrapper
// returns the kernel's raw result and errno, and errno is 0 on success.
//
// The price of skipping the runtime's hooks is that the scheduler does not
// know a goroutine is in the kernel. A raw call that blocks keeps its thread
// and its P: other goroutines queued on that P do not run, and a garbage
// collection stop-the-world waits until the call returns. The runtime's
// preemption signal interrupts such a call: one the kernel never restarts
// (ppoll, epoll_wait, nanosleep) fails with EINTR, one it restarts (a
// blocking read) goes back to sleep.
// Use zcall for calls that do not block: non-blocking file descriptors,
// io_uring submission without waiting, socket options, memory mapping.
//
// For calls made to wait (epoll_pwait or ppoll with a timeout, io_uring_enter
// with min_complete > 0, futex waits), use [BlockingSyscall4] and
// [BlockingSyscall6], which keep the (r1, errno) convention but go through
// the standard library's scheduler-aware syscall.Syscall6, or the Blocking
// wrappers ([EpollPwaitBlocking], [FutexWaitBlocking],
// [IoUringEnterBlocking], KeventBlocking), which call it directly.
//
// Built with -tags zcalldebug, every raw call is timed, and one that takes
// longer than ZCALL_DEBUG_THRESHOLD (a Go duration, default 1ms) is reported
// on standard error once per call site, with its system call number and
// caller: a way to find raw calls that block. The default build is
// unaffected.
//
// Supported targets are Linux on amd64, arm64, riscv64, loong64, ppc64,
// ppc64le, s390x, mips64 and mips64le, darwin/arm64, and FreeBSD on amd64
// and arm64. The list is written once, in unsupported.go: on any other
// target that file stops the build (and go vet) with an error that names
// the target and the list:
//
//	cannot convert unsupported (constant "zcall: unsupported target windows/amd64" of type string) to type zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_darwin_arm64_freebsd_amd64_arm64
//
// Apple does not promise a stable raw system call interface on darwin (Go
// itself calls libSystem there); zcall's darwin support is for programs that
// accept that risk.
//
// Errors: errno is a raw uintptr so that the hot path stays free of
// interfaces. Convert it with [Errno] when an error value is wanted:
//
//	n, errno := zcall.Read(fd, buf)
//	if errno != 0 {
//		return zcall.Errno(errno)
//	}
package zcall

//go:generate go -C asmgen run . -out ../zcall_amd64.s
//go:generate go -C asmgen run . -out ../zcall_freebsd_amd64.s
//go:generate go -C asmgen run . -out ../zcall_arm64.s
//go:generate go -C asmgen run . -out ../zcall_darwin_arm64.s
//go:generate go -C asmgen run . -out ../zcall_freebsd_arm64.s
//go:generate go -C asmgen run . -out ../zcall_riscv64.s
//go:generate go -C asmgen run . -out ../zcall_loong64.s
//go:generate go -C asmgen run . -out ../zcall_ppc64x.s
//go:generate go -C asmgen run . -out ../zcall_s390x.s
//go:generate go -C asmgen run . -out ../zcall_mips64x.s
//go:generate go -C asmgen run . -out ../zcall_debug_amd64.s
//go:generate go -C asmgen run . -out ../zcall_debug_freebsd_amd64.s
//go:generate go -C asmgen run . -out ../zcall_debug_arm64.s
//go:generate go -C asmgen run . -out ../zcall_debug_darwin_arm64.s
//go:generate go -C asmgen run . -out ../zcall_debug_freebsd_arm64.s
//go:generate go -C asmgen run . -out ../zcall_debug_riscv64.s
//go:generate go -C asmgen run . -out ../zcall_debug_loong64.s
//go:generate go -C asmgen run . -out ../zcall_debug_ppc64x.s
//go:generate go -C asmgen run . -out ../zcall_debug_s390x.s
//go:generate go -C asmgen run . -out ../zcall_debug_mips64x.s
