//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"runtime"
	"sync"
	"sync/atomic"
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

// others runs, beside the test on GOMAXPROCS=1, a goroutine that counts
// its turns and one that counts completed garbage collections. It returns
// their counters; cleanup stops them and restores GOMAXPROCS.
func others(t *testing.T) (spins, gcs *atomic.Int64) {
	prev := runtime.GOMAXPROCS(1)
	spins, gcs = new(atomic.Int64), new(atomic.Int64)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			spins.Add(1)
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
			gcs.Add(1)
		}
	}()
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
		runtime.GOMAXPROCS(prev)
	})
	return spins, gcs
}

// TestBlockingLetsOthersRun shows the difference between a raw wait and a
// wait through the scheduler-aware path, on GOMAXPROCS=1. A raw ppoll that
// waits on an empty pipe holds the only P: no other goroutine runs and no
// garbage collection completes until it returns, so both counters stand
// still across it. The same wait through BlockingSyscall6, or through the
// Blocking wrappers, hands the P over: both counters move while the call
// waits. Nothing is timed; each blocking wait is repeated until both
// counters have moved (or a generous deadline passes).
func TestBlockingLetsOthersRun(t *testing.T) {
	r, _ := pipe(t) // nothing is ever written
	mask, masksize := allSignals()
	epfd, errno := zcall.EpollCreate1(zcall.EPOLL_CLOEXEC)
	if errno != 0 {
		t.Fatalf("epoll_create1: errno %d", errno)
	}
	defer unix.Close(int(epfd))
	ev := zcall.EpollEvent{Events: zcall.EPOLLIN, Fd: int32(r)}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_ADD, r, &ev); errno != 0 {
		t.Fatalf("epoll_ctl: errno %d", errno)
	}
	const wait = 50 * time.Millisecond
	spins, gcs := others(t)

	t.Run("raw ppoll holds the P", func(t *testing.T) {
		pfd := unix.PollFd{Fd: int32(r), Events: unix.POLLIN}
		ts := unix.NsecToTimespec(int64(wait))
		// UntimedSyscall6 is Syscall6, or in the zcalldebug build the same
		// trampoline without the timing code, which runs after the kernel
		// returns and may yield the P before the counters are read. It is
		// called through a variable, so the arguments are kept alive
		// explicitly; the trampoline does not grow the stack.
		runtime.Gosched() // start a fresh time slice: nothing preempts us before the call
		s0, g0 := spins.Load(), gcs.Load()
		n, errno := zcall.UntimedSyscall6(unix.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1,
			uintptr(unsafe.Pointer(&ts)), uintptr(unsafe.Pointer(mask)), masksize, 0)
		s1, g1 := spins.Load(), gcs.Load()
		runtime.KeepAlive(&pfd)
		runtime.KeepAlive(&ts)
		runtime.KeepAlive(mask)
		if n != 0 || errno != 0 {
			t.Fatalf("raw ppoll = (%d, %d), want a timeout (0, 0)", n, errno)
		}
		if s1 != s0 || g1 != g0 {
			t.Errorf("during a raw ppoll on GOMAXPROCS=1 another goroutine ran %d times and %d collections completed; want none",
				s1-s0, g1-g0)
		}
	})

	blocking := []struct {
		name string
		wait func() (uintptr, uintptr)
	}{
		{"BlockingSyscall6 ppoll", func() (uintptr, uintptr) {
			pfd := unix.PollFd{Fd: int32(r), Events: unix.POLLIN}
			ts := unix.NsecToTimespec(int64(wait))
			return zcall.BlockingSyscall6(unix.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1,
				uintptr(unsafe.Pointer(&ts)), uintptr(unsafe.Pointer(mask)), masksize, 0)
		}},
		{"EpollPwaitBlocking", func() (uintptr, uintptr) {
			events := make([]zcall.EpollEvent, 1)
			return zcall.EpollPwaitBlocking(epfd, events, int(wait/time.Millisecond), unsafe.Pointer(mask), masksize)
		}},
		{"FutexWaitBlocking", func() (uintptr, uintptr) {
			word := new(uint32)
			ts := unix.NsecToTimespec(int64(wait))
			errno := zcall.FutexWaitBlocking(word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(&ts))
			if errno == uintptr(syscall.ETIMEDOUT) {
				return 0, 0
			}
			return 0, errno
		}},
	}
	for _, b := range blocking {
		t.Run(b.name+" lets others run", func(t *testing.T) {
			s0, g0 := spins.Load(), gcs.Load()
			deadline := time.Now().Add(time.Minute)
			for spins.Load() == s0 || gcs.Load() == g0 {
				if time.Now().After(deadline) {
					t.Fatalf("after a minute of waits, another goroutine ran %d times and %d collections completed; want both > 0",
						spins.Load()-s0, gcs.Load()-g0)
				}
				if n, errno := b.wait(); errno != 0 && errno != uintptr(syscall.EINTR) || n != 0 {
					t.Fatalf("wait = (%d, %d), want a timeout", n, errno)
				}
			}
		})
	}
}
