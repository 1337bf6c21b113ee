// Package zcall provides raw system call entry points for Go programs.
//
// [Syscall4] and [Syscall6] are small assembly trampolines: they load the
// arguments into the kernel's registers, trap into the kernel, and decode the
// kernel's error convention into a result and a positive errno. Unlike
// syscall.Syscall they do not call the runtime's entersyscall and
// exitsyscall hooks, so a call runs several times fewer user-space
// instructions (21 against 226 for getppid on linux/amd64, counted by
// scripts/instrcount.sh). In time the gain is smaller, because the kernel's
// own work is most of a cheap call; cmd/zcallbench measures it on your
// machine.
//
// The typed wrappers (Read, Write, Sendmsg, IoUringEnter, ...) convert their
// arguments and call a trampoline directly; they hide nothing: every wrapper
// returns the kernel's raw result and errno, and errno is 0 on success.
//
// # Results and errors
//
// A trampoline returns the kernel's result in r1 and errno 0 on success; on
// failure r1 is ^uintptr(0) and errno is the positive error number. On
// Linux the kernel reports an error by returning -errno, a value in the top
// 4095 of the unsigned range; every other value, including addresses with
// the top bit set, is a success and is returned untouched (ppc64 flags an
// error separately, in CR0.SO, and mips and mips64 in R7). On the 32-bit
// architectures the test is made on the 32-bit register, so an mmap address
// at or above 2 GiB is a success there too. On darwin and FreeBSD the
// kernel sets the carry flag and returns errno itself.
//
// errno is a raw uintptr so that the hot path stays free of interfaces.
// Convert it with [Errno] when an error value is wanted:
//
//	n, errno := zcall.Read(fd, buf)
//	if errno != 0 {
//		return zcall.Errno(errno)
//	}
//
// [Errno] is syscall.Errno (type Errno = syscall.Errno) on every supported
// OS, so errors.Is, errors.As with a *syscall.Errno target, os.IsNotExist
// and its siblings, and type switches on syscall.Errno treat zcall's errors
// as they treat the standard library's.
//
// Pointer arguments must be converted with uintptr(unsafe.Pointer(p)) inside
// the call expression itself, so that the object stays alive and in place
// for the duration of the call.
//
// # The race detector
//
// The race detector does not see memory that the kernel reads or writes on
// behalf of a raw call: syscall.Read and its siblings tell it, a trampoline
// cannot. Under -race, a buffer handed from one goroutine to another through
// a raw write and read of a pipe is reported as a race that is not one, and
// a goroutine that touches a buffer while the kernel fills it for a raw read
// is not reported. Order every access to a buffer the kernel uses with Go
// synchronisation (a channel, a mutex, a sync.WaitGroup), never with the
// system call alone, and use the standard library's calls where the race
// detector must check the kernel's accesses too.
//
// # Calls that block
//
// The price of skipping the runtime's hooks is that the scheduler does not
// know a goroutine is in the kernel. The call runs on the calling
// goroutine's thread while that thread keeps its P, and the runtime takes
// the goroutine for one running Go code. If the call blocks, goroutines
// queued on the P do not run, and a stop-the-world (a garbage collection,
// runtime.ReadMemStats) cannot complete until the call returns: with a raw
// read of a timerfd in progress that had 280ms left to wait, runtime.GC took
// 280-290ms, against 2-5ms when the same read went through syscall.Syscall.
// Meanwhile the runtime sends the thread its preemption signal (SIGURG), on
// each attempt to stop the world and from sysmon once the goroutine has run
// for 10ms. A call the kernel never restarts after a signal handler (ppoll,
// epoll_wait, nanosleep) then fails with EINTR: a raw ppoll with a one-second
// timeout returned EINTR after 0.3-6ms under continuous collections and
// after 7-20ms with none. A call the kernel restarts (the runtime's handler
// has SA_RESTART), such as a blocking read of a pipe or a timerfd, goes back
// to sleep and keeps blocking. The figures come from the TestHazard tests,
// on linux/amd64 and under qemu on linux/arm64.
//
// Some calls that do not wait for an event also stop with EINTR when a
// signal, the preemption signal included, is pending: fallocate on tmpfs is
// one; the doc of each such wrapper says so.
//
// Use zcall for calls that do not block: non-blocking file descriptors,
// io_uring submission without waiting, socket options, memory mapping, zero
// timeouts; retry on EINTR where a call may be interrupted. For calls made
// to wait (epoll_pwait or ppoll with a timeout, io_uring_enter with
// min_complete > 0, futex waits), use [BlockingSyscall4] and
// [BlockingSyscall6], which keep the (r1, errno) convention but go through
// the standard library's scheduler-aware syscall.Syscall6, or the Blocking
// wrappers ([EpollPwaitBlocking], [FutexWaitBlocking],
// [IoUringEnterBlocking], KeventBlocking), which call it directly.
//
// # The debug build
//
// Built with -tags zcalldebug, every raw call is timed, and one that takes
// longer than ZCALL_DEBUG_THRESHOLD (a Go duration, default 1ms) is reported
// on standard error once per call site, with its system call number and
// caller: a way to find raw calls that block. The default build is
// unaffected.
//
// # Targets
//
// Supported targets are Linux on amd64, arm64, riscv64, loong64, ppc64,
// ppc64le, s390x, mips64, mips64le, 386, arm, mips and mipsle, darwin on amd64 and arm64, and
// FreeBSD on amd64 and arm64. The list is written once, in unsupported.go:
// on any other target that file stops the build (and go vet) with an error
// that names the target and the list:
//
//	cannot convert unsupported (constant "zcall: unsupported target windows/amd64" of type string) to type zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_386_arm_mips_mipsle_darwin_amd64_arm64_freebsd_amd64_arm64
//
// What differs for one Linux target (system call numbers, Stat_t,
// EpollEvent, ...) is in its defs_linux_<arch>.go; what the 32-bit Linux
// architectures share (64-bit arguments split into two words, Mmap as
// mmap2, Iovec and Msghdr with 32-bit lengths) is in ilp32_linux.go, and
// its 64-bit counterpart in lp64_linux.go; what an OS shares across
// its architectures is in the <kind>_<goos>.go files. Apple does not promise
// a stable raw system call interface on darwin (Go itself calls libSystem
// there); zcall's darwin support is for programs that accept that risk.
package zcall

//go:generate go -C asmgen run .
