//go:build !zcalldebug

package zcall

// Syscall4 makes system call num with four arguments, without telling the
// Go scheduler. It returns the kernel's result in r1 and errno 0 on success;
// on failure r1 is ^uintptr(0) and errno is the positive error number.
//
// On Linux the kernel reports an error by returning -errno, a value in the
// top 4095 of the unsigned range; every other value, including addresses
// with the top bit set, is a success and is returned untouched. On darwin
// and FreeBSD the kernel sets the carry flag and returns errno itself.
//
// The call runs on the calling goroutine's thread while that thread keeps its
// P, and the runtime takes the goroutine for one running Go code. If the call
// blocks, goroutines queued on the P do not run, and a stop-the-world (a
// garbage collection, runtime.ReadMemStats) cannot complete until the call
// returns: with a raw read of a timerfd in progress that had 280ms left to
// wait, runtime.GC took 280-290ms, against 2-5ms when the same read went
// through syscall.Syscall. Meanwhile the runtime sends the thread its preemption
// signal (SIGURG), on each attempt to stop the world and from sysmon once the
// goroutine has run for 10ms. A call the kernel never restarts after a signal
// handler (ppoll, epoll_wait, nanosleep) then fails with EINTR: a raw ppoll
// with a one-second timeout returned EINTR after 0.3-6ms under continuous
// collections and after 7-20ms with none. A call the kernel restarts (the
// runtime's handler has SA_RESTART), such as a blocking read of a pipe or a
// timerfd, goes back to sleep and keeps blocking. Retry on EINTR, or better,
// use only calls that cannot block (non-blocking file descriptors, zero
// timeouts). The figures come from hazard_linux_test.go, on linux/amd64 and
// under qemu on linux/arm64.
//
// Pointer arguments must be converted with uintptr(unsafe.Pointer(p)) inside
// the call expression itself, so that the object stays alive and in place
// for the duration of the call.
//
// For a call that may wait, use [BlockingSyscall4], which has the same
// signature and result convention but tells the scheduler. Building with
// -tags zcalldebug replaces both trampolines with timed versions that
// report raw calls that took long (see zcall_debug.go).
func Syscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

// Syscall6 is [Syscall4] with six arguments. The same rules apply: raw
// result and positive errno, no scheduler hooks, so the call must not block:
// a blocking call delays every stop-the-world until it returns, and one the
// kernel does not restart after a signal (ppoll, epoll_wait) fails with EINTR
// when the runtime's preemption signal reaches it. See [Syscall4].
func Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)
