//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

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

// allSignals is a signal mask that blocks every signal for the duration of
// a ppoll, so that the runtime's preemption signal cannot cut the wait
// short with EINTR. The kernel's sigset_t is 64 bits, 128 on mips.
func allSignals() (mask *[2]uint64, size uintptr) {
	size = 8
	if runtime.GOARCH == "mips64" || runtime.GOARCH == "mips64le" {
		size = 16
	}
	return &[2]uint64{^uint64(0), ^uint64(0)}, size
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
	spinR, spinW := nbPipe(t)
	gcR, gcW := nbPipe(t)
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
			*ts = unix.NsecToTimespec(int64(wait))
			errno := zcall.FutexWaitBlocking(ev.word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(ts))
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
