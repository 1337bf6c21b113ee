package zcall

// Kernel structures passed by pointer to the wrappers that have the same
// layout on every Linux architecture, 32-bit ones included. Iovec, Msghdr
// and Mmsghdr, whose fields are C longs and pointers, are in lp64_linux.go
// and ilp32_linux.go. The layout tests check every size and field offset
// against golang.org/x/sys/unix on each architecture.

// Timespec is struct __kernel_timespec (include/uapi/linux/time_types.h):
// seconds and nanoseconds, both 64 bits on every architecture. On the
// 32-bit ones (386, arm, mips, mipsle) it is not x/sys/unix's Timespec,
// which is the older 32-bit struct timespec: the calls that zcall makes
// with a Timespec are the _time64 ones there (SYS_FUTEX,
// SYS_TIMERFD_SETTIME, ... hold their numbers), and io_uring reads this
// layout everywhere.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Itimerspec is struct __kernel_itimerspec
// (include/uapi/linux/time_types.h), the timer setting of [TimerfdSettime]
// and [TimerfdGettime]: Value is the time until the next expiration (zero
// disarms) and Interval the period after it (zero for a one-shot timer).
type Itimerspec struct {
	Interval Timespec
	Value    Timespec
}
