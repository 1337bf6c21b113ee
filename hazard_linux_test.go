package zcall_test

import (
	"runtime"
	"sync"
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
// stop the world until the call returns. A raw call that waits also keeps
// its P, so on GOMAXPROCS=1 no other goroutine runs until it returns. The
// tests below show each effect, and that the scheduler-aware path
// (BlockingSyscall6, EpollPwaitBlocking, FutexWaitBlocking) lets other
// goroutines run while it waits. They assert that each effect happens,
// never how long it lasts; the figures they log are what the README quotes.

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

// allSignals is a signal mask that blocks every signal for the duration of
// a ppoll, so that the runtime's preemption signal cannot cut the wait
// short with EINTR. The kernel's sigset_t is zcall.SizeofSigset bytes, 16
// at most.
func allSignals() (mask *[2]uint64, size uintptr) {
	return &[2]uint64{^uint64(0), ^uint64(0)}, zcall.SizeofSigset
}

// The other goroutines of TestBlockingLetsOthersRun leave evidence that
// only the kernel sees: the spinner writes a byte to spin and wakes word on
// each turn, the collector writes a byte to gc after each completed
// garbage collection. A wait on those pipes or that word therefore ends
// early exactly when another goroutine ran while the caller was in the
// kernel; no counter is read and nothing is timed.
type evidence struct {
	spinR, gcR uintptr
	word       *uint32
}

// others starts the spinner and the collector on GOMAXPROCS=1; cleanup
// stops them and restores GOMAXPROCS.
func others(t *testing.T) evidence {
	spinR, spinW := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	gcR, gcW := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	ev := evidence{spinR: spinR, gcR: gcR, word: new(uint32)}
	prev := runtime.GOMAXPROCS(1)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	one := []byte{1}
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			zcall.Write(spinW, one) // EAGAIN once the pipe is full: fine
			zcall.Futex(ev.word, zcall.FUTEX_WAKE_PRIVATE, 1, nil, nil, 0)
			runtime.Gosched()
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			runtime.GC()
			zcall.Write(gcW, one)
		}
	}()
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
		runtime.GOMAXPROCS(prev)
	})
	return ev
}

// watch is the pollfd descriptor for fd: fd itself when it is watched, -1
// (which ppoll skips) when not.
func watch(fd uintptr, need bool) int32 {
	if need {
		return int32(fd)
	}
	return -1
}

// drain empties a non-blocking pipe with raw reads, which never yield the P.
func drain(fd uintptr) {
	var buf [4096]byte
	for {
		if _, errno := zcall.Read(fd, buf[:]); errno != 0 {
			return
		}
	}
}

// TestBlockingLetsOthersRun shows the difference between a raw wait and a
// wait through the scheduler-aware path, on GOMAXPROCS=1. A raw ppoll on
// the evidence pipes holds the only P: no other goroutine runs and no
// collection completes while it waits, so it times out with nothing to
// read. The same wait through BlockingSyscall6, EpollPwaitBlocking or
// FutexWaitBlocking hands the P over, and ends early because the spinner
// and the collector wrote to the pipes (or woke the futex) meanwhile. Each
// blocking wait is repeated until both goroutines have been seen, within a
// generous deadline.
func TestBlockingLetsOthersRun(t *testing.T) {
	mask, masksize := allSignals()
	const wait = 50 * time.Millisecond
	ev := others(t)
	epfd, errno := zcall.EpollCreate1(zcall.EPOLL_CLOEXEC)
	if errno != 0 {
		t.Fatalf("epoll_create1: errno %d", errno)
	}
	defer unix.Close(int(epfd))
	for _, fd := range []uintptr{ev.spinR, ev.gcR} {
		e := zcall.EpollEvent{Events: zcall.EPOLLIN, Fd: int32(fd)}
		if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_ADD, fd, &e); errno != 0 {
			t.Fatalf("epoll_ctl: errno %d", errno)
		}
	}
	// Everything a wait passes to the kernel is allocated up front, so
	// that nothing between draining the pipes and entering the kernel
	// allocates (an allocation may assist the collector and yield).
	pfds := &[2]unix.PollFd{{Fd: int32(ev.spinR), Events: unix.POLLIN}, {Fd: int32(ev.gcR), Events: unix.POLLIN}}
	ts := new(unix.Timespec)
	*ts = unix.NsecToTimespec(int64(wait))
	events := make([]zcall.EpollEvent, 2)

	t.Run("raw ppoll holds the P", func(t *testing.T) {
		// UntimedSyscall6 is Syscall6, or in the zcalldebug build the same
		// trampoline without the timing code around it. It is called
		// through a variable, so the arguments are kept alive explicitly.
		runtime.Gosched() // a fresh time slice: nothing preempts us before the call
		drain(ev.spinR)
		drain(ev.gcR)
		n, errno := zcall.UntimedSyscall6(unix.SYS_PPOLL, uintptr(unsafe.Pointer(pfds)), 2,
			uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)), masksize, 0)
		runtime.KeepAlive(pfds)
		runtime.KeepAlive(ts)
		runtime.KeepAlive(mask)
		if n != 0 || errno != 0 {
			t.Errorf("raw ppoll on GOMAXPROCS=1 = (%d, %d), revents spinner %#x collector %#x; want a timeout (0, 0): another goroutine ran during the raw wait",
				n, errno, pfds[0].Revents, pfds[1].Revents)
		}
	})

	blocking := []struct {
		name string
		// wait waits once for the evidence still needed and reports which
		// goroutines ran meanwhile. (The spinner runs first whenever the P
		// is free, so a wait that watched both would rarely outlast it.)
		wait func(t *testing.T, needSpinner, needCollector bool) (spinner, collector bool)
	}{
		{"BlockingSyscall6 ppoll", func(t *testing.T, needSpinner, needCollector bool) (bool, bool) {
			pfds[0].Fd, pfds[1].Fd = watch(ev.spinR, needSpinner), watch(ev.gcR, needCollector)
			*ts = unix.NsecToTimespec(int64(wait)) // ppoll leaves the time remaining in it
			n, errno := zcall.BlockingSyscall6(unix.SYS_PPOLL, uintptr(unsafe.Pointer(pfds)), 2,
				uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)), masksize, 0)
			if errno != 0 || n > 2 {
				t.Fatalf("ppoll = (%d, %d)", n, errno)
			}
			return pfds[0].Revents&unix.POLLIN != 0, pfds[1].Revents&unix.POLLIN != 0
		}},
		{"EpollPwaitBlocking", func(t *testing.T, needSpinner, needCollector bool) (spinner, collector bool) {
			for fd, need := range map[uintptr]bool{ev.spinR: needSpinner, ev.gcR: needCollector} {
				e := zcall.EpollEvent{Fd: int32(fd)}
				if need {
					e.Events = zcall.EPOLLIN
				}
				if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_MOD, fd, &e); errno != 0 {
					t.Fatalf("epoll_ctl(MOD): errno %d", errno)
				}
			}
			n, errno := zcall.EpollPwaitBlocking(epfd, events, int(wait/time.Millisecond), unsafe.Pointer(mask), masksize)
			if errno != 0 || n > 2 {
				t.Fatalf("epoll_pwait = (%d, %d)", n, errno)
			}
			for _, e := range events[:n] {
				spinner = spinner || e.Fd == int32(ev.spinR)
				collector = collector || e.Fd == int32(ev.gcR)
			}
			return spinner, collector
		}},
		{"FutexWaitBlocking", func(t *testing.T, _, _ bool) (bool, bool) {
			// Only the spinner wakes the word; a wake reaches only a
			// thread that is waiting, so errno 0 means it ran meanwhile.
			// A full timeout each time: an earlier ppoll may have left ts
			// at zero, and a zero wait is over before the spinner runs.
			// The futex takes zcall's 64-bit Timespec, not ppoll's.
			kts := new(zcall.Timespec)
			*kts = kernelTimespec(wait)
			errno := zcall.FutexWaitBlocking(ev.word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(kts))
			if errno != 0 && errno != uintptr(syscall.ETIMEDOUT) && errno != uintptr(syscall.EINTR) {
				t.Fatalf("futex wait: errno %d", errno)
			}
			return errno == 0, true
		}},
	}
	for _, b := range blocking {
		t.Run(b.name+" lets others run", func(t *testing.T) {
			var spinner, collector bool
			deadline := time.Now().Add(time.Minute)
			for !spinner || !collector {
				if time.Now().After(deadline) {
					t.Fatalf("after a minute of waits: spinner seen %v, collector seen %v; want both", spinner, collector)
				}
				runtime.Gosched()
				drain(ev.spinR)
				drain(ev.gcR)
				s, c := b.wait(t, !spinner, !collector)
				spinner, collector = spinner || s, collector || c
			}
		})
	}
}
