//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The blocking hazard. A raw call does not tell the scheduler that its
// goroutine is in the kernel, so the runtime treats the goroutine as
// running Go code: it sends the thread its preemption signal (SIGURG) when
// it wants the goroutine to stop — for a garbage collection's
// stop-the-world, and from sysmon after 10ms of running — and it cannot
// stop the world until the call returns. These tests show both effects.
// They assert that each effect happens, never how long it lasts; the
// figures they log are what the README quotes.

// TestHazardEINTR: a blocking raw ppoll (no descriptors, a timeout of one
// second) is interrupted by the runtime's preemption signal and fails with
// EINTR long before its timeout, while a goroutine forces collections. The
// kernel never restarts ppoll after a signal handler ran, whatever
// SA_RESTART says, so the raw caller sees EINTR. The same ppoll through
// syscall.Syscall6 is not signalled (the runtime knows the goroutine is in
// a system call) and runs to its timeout.
func TestHazardEINTR(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		// With one P the collector cannot run beside the raw call, and
		// only sysmon's signal remains; that still interrupts ppoll.
		t.Logf("GOMAXPROCS=1: relying on sysmon's preemption signal")
	}
	const timeout = time.Second
	stop := make(chan struct{})
	gcDone := make(chan struct{})
	go func() { // continuous collections: each one signals running goroutines
		defer close(gcDone)
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	}()
	defer func() { close(stop); <-gcDone }()

	const attempts = 20
	sawEINTR := false
	for i := 0; i < attempts && !sawEINTR; i++ {
		// ppoll writes the time left back into its timeout: a fresh one
		// for every attempt.
		ts := unix.NsecToTimespec(int64(timeout))
		start := time.Now()
		r1, errno := zcall.Syscall6(unix.SYS_PPOLL, 0, 0, uintptr(unsafe.Pointer(&ts)), 0, 0, 0)
		took := time.Since(start)
		switch {
		case errno == uintptr(syscall.EINTR):
			if r1 != ^uintptr(0) {
				t.Errorf("ppoll: EINTR with r1 = %#x, want %#x", r1, ^uintptr(0))
			}
			sawEINTR = true
			t.Logf("raw ppoll(timeout %v): EINTR after %v (attempt %d)", timeout, took.Round(time.Microsecond), i+1)
		case errno == 0 && r1 == 0:
			t.Logf("attempt %d: raw ppoll ran to its timeout (%v) without a signal", i+1, took)
		default:
			t.Fatalf("raw ppoll = (%#x, %d), want EINTR or a timeout", r1, errno)
		}
	}
	if !sawEINTR {
		t.Fatalf("raw ppoll was never interrupted with EINTR in %d attempts under continuous GC", attempts)
	}

	// For contrast, the standard library's hooked call: the runtime does
	// not signal a goroutine it knows is in a system call.
	short := unix.NsecToTimespec(int64(100 * time.Millisecond))
	start := time.Now()
	r1, _, e := syscall.Syscall6(unix.SYS_PPOLL, 0, 0, uintptr(unsafe.Pointer(&short)), 0, 0, 0)
	t.Logf("syscall.Syscall6 ppoll(timeout 100ms) under the same collections: (%d, errno %d) after %v", int(r1), e, time.Since(start).Round(time.Microsecond))
}

// TestHazardSysmonEINTR: even with no collection, sysmon signals a
// goroutine that has run for more than 10ms, so a raw ppoll with a longer
// timeout fails with EINTR on its own.
func TestHazardSysmonEINTR(t *testing.T) {
	for i := 0; i < 10; i++ {
		ts := unix.NsecToTimespec(int64(time.Second)) // ppoll writes back the time left
		start := time.Now()
		r1, errno := zcall.Syscall6(unix.SYS_PPOLL, 0, 0, uintptr(unsafe.Pointer(&ts)), 0, 0, 0)
		if errno == uintptr(syscall.EINTR) {
			t.Logf("raw ppoll(timeout 1s), no GC: EINTR after %v", time.Since(start).Round(time.Microsecond))
			return
		}
		if errno != 0 || r1 != 0 {
			t.Fatalf("raw ppoll = (%#x, %d), want EINTR or a timeout", r1, errno)
		}
	}
	t.Fatalf("raw ppoll(1s) was never interrupted by sysmon's preemption signal in 10 attempts")
}

// blockingRead starts a goroutine that reads a blocking timerfd armed to
// expire after d, through zcall.Read (raw) or through syscall.Syscall
// (hooked), and returns once the goroutine is about to make the call. The
// kernel restarts a timerfd read after a signal handler that has
// SA_RESTART, as the runtime's has, so the raw read keeps blocking through
// every preemption signal until the timer expires.
func blockingRead(t *testing.T, raw bool, d time.Duration) (armed time.Time, done <-chan readResult) {
	t.Helper()
	fd, err := unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_CLOEXEC)
	if err != nil {
		t.Fatalf("timerfd_create: %v", err)
	}
	ch := make(chan readResult, 1)
	ready := make(chan struct{}, 1)
	its := unix.ItimerSpec{Value: unix.NsecToTimespec(int64(d))}
	if err := unix.TimerfdSettime(fd, 0, &its, nil); err != nil {
		unix.Close(fd)
		t.Fatalf("timerfd_settime: %v", err)
	}
	armed = time.Now()
	go func() {
		var buf [8]byte
		ready <- struct{}{}
		var r readResult
		if raw {
			r.n, r.errno = zcall.Read(uintptr(fd), buf[:])
		} else {
			n, _, e := syscall.Syscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
			r.n, r.errno = n, uintptr(e)
		}
		r.at = time.Now()
		unix.Close(fd) // before the result is sent, for the test's fd count
		ch <- r
	}()
	<-ready
	return armed, ch
}

type readResult struct {
	n, errno uintptr
	at       time.Time
}

// TestHazardStopTheWorldStall: a stop-the-world waits for a raw call in
// progress. A goroutine blocks in a raw read of a timerfd due to expire
// after 300ms; 20ms later the test calls runtime.GC (and, separately,
// runtime.ReadMemStats, which also stops the world). Each cannot return
// before the read does: it stalls for most of the remaining time. The same
// read through syscall.Syscall does not stall either. The test asserts
// only that the raw case stalls for at least half of the time left on the
// timer and the hooked case for less than that; the figures are logged.
func TestHazardStopTheWorldStall(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("GOMAXPROCS=1: the test goroutine cannot run beside the blocked call, so there is no stall to measure (it would wait for the call itself)")
	}
	const (
		timer = 300 * time.Millisecond
		lead  = 20 * time.Millisecond // let the reader enter the kernel
	)
	stw := []struct {
		name string
		fn   func()
	}{
		{"runtime.GC", runtime.GC},
		{"runtime.ReadMemStats", func() { var m runtime.MemStats; runtime.ReadMemStats(&m) }},
	}
	for _, s := range stw {
		for _, raw := range []bool{true, false} {
			name := s.name + "/syscall.Syscall"
			if raw {
				name = s.name + "/zcall.Read"
			}
			t.Run(name, func(t *testing.T) {
				checkFDs(t)
				// The stall is certain once the reader is in the kernel;
				// a scheduling delay can make the reader late, so an
				// attempt that misses is retried a few times.
				const attempts = 3
				var figures []time.Duration
				for i := 0; i < attempts; i++ {
					armed, done := blockingRead(t, raw, timer)
					time.Sleep(lead)
					start := time.Now()
					s.fn()
					stall := time.Since(start)
					r := <-done
					if r.n != 8 || r.errno != 0 {
						t.Fatalf("timerfd read = (%d, %d), want (8, 0): the read was not restarted after the signal", r.n, r.errno)
					}
					left := timer - start.Sub(armed)
					figures = append(figures, stall.Round(time.Microsecond))
					t.Logf("%s took %v with %v left on the timer (read returned %v after arming)",
						s.name, stall.Round(time.Microsecond), left.Round(time.Microsecond), r.at.Sub(armed).Round(time.Microsecond))
					if raw && stall >= left/2 {
						return
					}
					if !raw && stall < left/2 {
						return
					}
				}
				if raw {
					t.Fatalf("%s never stalled behind the raw read in %d attempts: %v", s.name, attempts, figures)
				}
				t.Fatalf("%s stalled behind the hooked read in all %d attempts: %v", s.name, attempts, figures)
			})
		}
	}
}
