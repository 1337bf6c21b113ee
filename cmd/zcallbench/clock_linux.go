package main

import (
	"syscall"
	"time"
	"unsafe"
)

// threadClock: Linux has a per-thread CPU clock.
const threadClock = true

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID (include/uapi/linux/time.h).
const clockThreadCPUTime = 3

// threadTime returns the CPU time, user and kernel, that the calling
// thread has used.
func threadTime() time.Duration {
	var ts syscall.Timespec
	syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}
