package zcall_test

import (
	"encoding/binary"
	"math/bits"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Readiness, wakeups and signals on Linux: epoll, futex, eventfd, timerfd,
// signalfd, pidfd and the thread calls (sched_yield, gettid, tgkill).

func TestEpoll(t *testing.T) {
	epfd, errno := zcall.EpollCreate1(zcall.EPOLL_CLOEXEC)
	if errno != 0 {
		t.Fatalf("epoll_create1: errno %d", errno)
	}
	defer unix.Close(int(epfd))
	if fl, err := unix.FcntlInt(epfd, unix.F_GETFD, 0); err != nil || fl&unix.FD_CLOEXEC == 0 {
		t.Errorf("epoll fd flags %#x (%v): EPOLL_CLOEXEC not applied", fl, err)
	}
	if _, errno := zcall.EpollCreate1(1); errno != uintptr(syscall.EINVAL) {
		t.Errorf("epoll_create1(1): errno %d, want EINVAL", errno)
	}
	r, w := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	ev := zcall.EpollEvent{Events: zcall.EPOLLIN, Fd: int32(r), Pad: 0x5a5a}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_ADD, r, &ev); errno != 0 {
		t.Fatalf("epoll_ctl(ADD): errno %d", errno)
	}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_ADD, r, &ev); errno != uintptr(syscall.EEXIST) {
		t.Errorf("second epoll_ctl(ADD): errno %d, want EEXIST", errno)
	}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_ADD, ^uintptr(0), &ev); errno != ebadf {
		t.Errorf("epoll_ctl(ADD, -1): errno %d, want EBADF", errno)
	}
	events := make([]zcall.EpollEvent, 4)
	if n, errno := zcall.EpollPwait(epfd, events); n != 0 || errno != 0 {
		t.Fatalf("epoll_pwait on an empty pipe = (%d, %d), want (0, 0)", n, errno)
	}
	if _, err := unix.Write(int(w), []byte("x")); err != nil {
		t.Fatal(err)
	}
	n, errno := zcall.EpollPwait(epfd, events)
	if n != 1 || errno != 0 {
		t.Fatalf("epoll_pwait after a write = (%d, %d), want (1, 0)", n, errno)
	}
	if got := events[0]; got.Events&zcall.EPOLLIN == 0 || got.Fd != int32(r) || got.Pad != 0x5a5a {
		t.Errorf("event %+v, want EPOLLIN with Fd %d and Pad 0x5a5a", got, r)
	}
	// x/sys/unix reads the same event.
	uevents := make([]unix.EpollEvent, 4)
	if un, err := unix.EpollWait(int(epfd), uevents, 0); un != 1 || err != nil ||
		uevents[0].Events != events[0].Events || uevents[0].Fd != events[0].Fd || uevents[0].Pad != events[0].Pad {
		t.Errorf("unix.EpollWait = %d %v %+v, zcall read %+v", un, err, uevents[0], events[0])
	}
	// The blocking form returns at once when an event is ready.
	if n, errno := zcall.EpollPwaitBlocking(epfd, events, -1, nil, 0); n != 1 || errno != 0 {
		t.Errorf("EpollPwaitBlocking with an event ready = (%d, %d), want (1, 0)", n, errno)
	}
	ev.Events = zcall.EPOLLOUT
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_MOD, r, &ev); errno != 0 {
		t.Fatalf("epoll_ctl(MOD): errno %d", errno)
	}
	if n, errno := zcall.EpollPwait(epfd, events); n != 0 || errno != 0 {
		t.Errorf("epoll_pwait for EPOLLOUT on a read end = (%d, %d), want (0, 0)", n, errno)
	}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_DEL, r, nil); errno != 0 {
		t.Fatalf("epoll_ctl(DEL): errno %d", errno)
	}
	if errno := zcall.EpollCtl(epfd, zcall.EPOLL_CTL_DEL, r, nil); errno != uintptr(syscall.ENOENT) {
		t.Errorf("second epoll_ctl(DEL): errno %d, want ENOENT", errno)
	}
	if n, errno := zcall.EpollPwait(epfd, nil); n != ^uintptr(0) || errno != uintptr(syscall.EINVAL) {
		t.Errorf("epoll_pwait with no room = (%#x, %d), want EINVAL", n, errno)
	}
	// With nothing registered, the blocking form waits out its timeout.
	for {
		n, errno := zcall.EpollPwaitBlocking(epfd, events, 5, nil, 0)
		if errno == uintptr(syscall.EINTR) {
			continue
		}
		if n != 0 || errno != 0 {
			t.Errorf("EpollPwaitBlocking with nothing to wait for = (%d, %d), want (0, 0)", n, errno)
		}
		break
	}
}

func TestFutex(t *testing.T) {
	word := new(uint32)
	if n, errno := zcall.Futex(word, zcall.FUTEX_WAKE_PRIVATE, 1, nil, nil, 0); n != 0 || errno != 0 {
		t.Errorf("wake with no waiter = (%d, %d), want (0, 0)", n, errno)
	}
	// A wait on a word that no longer holds val fails at once, raw or not.
	if _, errno := zcall.Futex(word, zcall.FUTEX_WAIT_PRIVATE, 1, nil, nil, 0); errno != uintptr(syscall.EAGAIN) {
		t.Errorf("raw wait with a stale value: errno %d, want EAGAIN", errno)
	}
	if errno := zcall.FutexWaitBlocking(word, 1, zcall.FUTEX_PRIVATE_FLAG, nil); errno != uintptr(syscall.EAGAIN) {
		t.Errorf("blocking wait with a stale value: errno %d, want EAGAIN", errno)
	}
	// A wait that nobody wakes ends with ETIMEDOUT.
	ts := kernelTimespec(2 * time.Millisecond)
	for {
		errno := zcall.FutexWaitBlocking(word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(&ts))
		if errno == uintptr(syscall.EINTR) {
			continue
		}
		if errno != uintptr(syscall.ETIMEDOUT) {
			t.Errorf("timed wait: errno %d, want ETIMEDOUT", errno)
		}
		break
	}
	// A real wait, woken by a raw wake: wake until the waiter is counted.
	long := kernelTimespec(time.Minute)
	done := make(chan uintptr)
	go func() {
		for {
			errno := zcall.FutexWaitBlocking(word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(&long))
			if errno != uintptr(syscall.EINTR) {
				done <- errno
				return
			}
		}
	}()
	deadline := time.Now().Add(time.Minute)
	for {
		n, errno := zcall.Futex(word, zcall.FUTEX_WAKE_PRIVATE, 1, nil, nil, 0)
		if errno != 0 {
			t.Fatalf("wake: errno %d", errno)
		}
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the waiter never waited")
		}
		time.Sleep(time.Millisecond)
	}
	if errno := <-done; errno != 0 {
		t.Errorf("woken wait: errno %d, want 0", errno)
	}
	if _, errno := zcall.Futex(nil, zcall.FUTEX_WAIT_PRIVATE, 0, nil, nil, 0); errno != uintptr(syscall.EFAULT) {
		t.Errorf("wait on a nil word: errno %d, want EFAULT", errno)
	}
	// FUTEX_CLOCK_REALTIME belongs to FUTEX_WAIT_BITSET: with FUTEX_WAIT the
	// kernel refuses it before looking at the word.
	if errno := zcall.FutexWaitBlocking(word, 0, zcall.FUTEX_PRIVATE_FLAG|zcall.FUTEX_CLOCK_REALTIME, unsafe.Pointer(&ts)); errno != uintptr(syscall.ENOSYS) {
		t.Errorf("FUTEX_WAIT with FUTEX_CLOCK_REALTIME: errno %d, want ENOSYS", errno)
	}
}

// kernelTimespec is d as a zcall.Timespec, the 64-bit struct
// __kernel_timespec that zcall's futex, timerfd, recvmmsg and io_uring calls
// take on every architecture. x/sys/unix's Timespec is the 32-bit struct
// timespec on 32-bit Linux, which those calls would misread there.
func kernelTimespec(d time.Duration) zcall.Timespec {
	return zcall.Timespec{Sec: int64(d / time.Second), Nsec: int64(d % time.Second)}
}

// futexWaiter waits on word (holding 0) through FutexWaitBlocking, for at
// most a minute, and sends the errno on done.
func futexWaiter(word *uint32, done chan<- uintptr) {
	limit := kernelTimespec(time.Minute)
	done <- zcall.FutexWaitBlocking(word, 0, zcall.FUTEX_PRIVATE_FLAG, unsafe.Pointer(&limit))
}

// TestFutexRequeue moves waiters between futex words with
// FUTEX_CMP_REQUEUE through FutexRequeue, whose val2 is a count: two
// goroutines wait on a; a requeue with val2 2 and no wake moves both to b
// (repeated until both have arrived); one requeue from b wakes one and moves
// the other to c; a wake on c ends the second wait.
//
// Two things outside the test can take a waiter from where the requeues put
// it, and either voids the attempt, which is made again: a signal whose
// handler runs ends the wait with EINTR, and an interruption that runs no
// handler (a stop and continue, or task work such as io_uring's completion
// notification) makes the kernel restart the wait through futex_wait_restart,
// on the word the waiter first waited on (a), not on the one it was moved to.
func TestFutexRequeue(t *testing.T) {
	const attempts = 5
	for range attempts {
		if futexRequeueAttempt(t) {
			return
		}
	}
	t.Skipf("a waiter was interrupted (EINTR, or restarted on its first word) in each of %d attempts", attempts)
}

func futexRequeueAttempt(t *testing.T) (done bool) {
	t.Helper()
	a, b, c := new(uint32), new(uint32), new(uint32)
	waiters := make(chan uintptr, 2)
	for range 2 {
		go futexWaiter(a, waiters)
	}
	// However the attempt ends, no waiter outlives it: a word that holds 1
	// refuses a wait that has not begun yet or is restarted (EAGAIN), and
	// the wakes end those that wait.
	defer func() {
		for _, w := range []*uint32{a, b, c} {
			atomic.StoreUint32(w, 1)
			zcall.Futex(w, zcall.FUTEX_WAKE_PRIVATE, 1<<30, nil, nil, 0)
		}
	}()
	// strayed handles a waiter that is not where the requeues put it: it
	// either ended (the attempt is void for EINTR, the test fails for any
	// other errno) or waits on a again (void); strayed waits a minute for
	// one or the other. The first woken waiters to end may end with 0.
	strayed := func(where string, woken uintptr) bool {
		deadline := time.Now().Add(time.Minute)
		for {
			select {
			case errno := <-waiters:
				if errno == 0 && woken > 0 {
					woken--
					continue
				}
				if errno != uintptr(syscall.EINTR) {
					t.Fatalf("a waiter ended %s with errno %d", where, errno)
				}
				return false
			default:
			}
			if n, _ := zcall.Futex(a, zcall.FUTEX_WAKE_PRIVATE, 2, nil, nil, 0); n != 0 {
				return false
			}
			if time.Now().After(deadline) {
				t.Fatalf("a waiter missing %s neither returned nor waited on a again for a minute", where)
			}
			time.Sleep(time.Millisecond)
		}
	}

	// Both waiters on a move to b: val2 = 2, no wake. More than two moves
	// in all means a waiter came back to a and was moved again.
	deadline := time.Now().Add(time.Minute)
	for moved := uintptr(0); moved < 2; {
		select {
		case errno := <-waiters:
			if errno != uintptr(syscall.EINTR) {
				t.Fatalf("a waiter ended before the requeue with errno %d", errno)
			}
			return false
		default:
		}
		n, errno := zcall.FutexRequeue(a, zcall.FUTEX_CMP_REQUEUE_PRIVATE, 0, 2, b, 0)
		if errno != 0 || n > 2 {
			t.Fatalf("requeue a to b = (%d, %d), want at most 2 moved", n, errno)
		}
		if moved += n; moved > 2 {
			return strayed("from b", 0)
		}
		if moved < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("after a minute, %d of 2 waiters had waited on a", moved)
			}
			time.Sleep(time.Millisecond)
		}
	}

	// A requeue whose check fails (b holds 0, not 7) moves no one.
	if n, errno := zcall.FutexRequeue(b, zcall.FUTEX_CMP_REQUEUE_PRIVATE, 1, 1, c, 7); errno != uintptr(syscall.EAGAIN) {
		t.Fatalf("requeue with a stale val3 = (%d, %d), want EAGAIN", n, errno)
	}

	// Wake one on b and move the other to c: r1 counts both.
	n, errno := zcall.FutexRequeue(b, zcall.FUTEX_CMP_REQUEUE_PRIVATE, 1, 1, c, 0)
	if errno != 0 || n > 2 {
		t.Fatalf("requeue b to c, wake 1 = (%d, %d), want (2, 0)", n, errno)
	}
	if n < 2 {
		// Fewer than two were on b (the first it found, if any, is
		// woken): one left it, or the requeue failed to move one, which
		// then remains on b.
		if left, _ := zcall.Futex(b, zcall.FUTEX_WAKE_PRIVATE, 2, nil, nil, 0); left != 0 {
			t.Fatalf("requeue b to c, wake 1 = (%d, 0), and %d waiters remained on b", n, left)
		}
		return strayed("from b", n)
	}
	// One of them ends now: the woken one with 0, or the other one, if
	// interrupted first, with EINTR.
	if errno := <-waiters; errno != 0 {
		if errno != uintptr(syscall.EINTR) {
			t.Fatalf("a waiter ended after the requeue to c with errno %d, want 0", errno)
		}
		return false
	}
	// Nothing is left on b; the second waiter is on c.
	if n, errno := zcall.Futex(b, zcall.FUTEX_WAKE_PRIVATE, 1, nil, nil, 0); n != 0 || errno != 0 {
		t.Fatalf("wake on b after the requeue = (%d, %d), want (0, 0)", n, errno)
	}
	n, errno = zcall.Futex(c, zcall.FUTEX_WAKE_PRIVATE, 1, nil, nil, 0)
	if errno == 0 && n == 0 {
		return strayed("from c", 0)
	}
	if errno != 0 || n != 1 {
		t.Fatalf("wake on c = (%d, %d), want (1, 0)", n, errno)
	}
	if errno := <-waiters; errno != 0 {
		t.Fatalf("the waiter moved to c: errno %d, want 0", errno)
	}
	return true
}

// TestFutexWakeOp makes FUTEX_WAKE_OP through FutexRequeue with no
// waiters: the operation encoded in val3 still changes the word at addr2.
// val3 is (op<<28 | cmp<<24 | oparg<<12 | cmparg), include/uapi/linux/futex.h:
// FUTEX_OP_ADD is 1 and FUTEX_OP_CMP_EQ 0.
func TestFutexWakeOp(t *testing.T) {
	word, word2 := new(uint32), new(uint32)
	*word2 = 40
	const add2 = 1<<28 | 0<<24 | 2<<12 | 40
	n, errno := zcall.FutexRequeue(word, zcall.FUTEX_WAKE_OP_PRIVATE, 1, 1, word2, add2)
	if swapped := bits.ReverseBytes32(bits.ReverseBytes32(40) + 2); errno == 0 && *word2 == swapped && underQEMU() {
		t.Skipf("FUTEX_WAKE_OP: word %#x, 40+2 in the other byte order: qemu-user applies the operation in the host's byte order", *word2)
	}
	if errno != 0 || n != 0 || *word2 != 42 {
		t.Fatalf("FUTEX_WAKE_OP add 2 = (%d, %d), word %d; want (0, 0), 42", n, errno, *word2)
	}
	if _, errno := zcall.FutexRequeue(word, zcall.FUTEX_WAKE_OP_PRIVATE, 1, 1, nil, add2); errno != uintptr(syscall.EFAULT) {
		t.Errorf("FUTEX_WAKE_OP on a nil word2: errno %d, want EFAULT", errno)
	}
}

func TestEventfd(t *testing.T) {
	checkFDs(t)
	fd, e := zcall.Eventfd2(3, zcall.EFD_NONBLOCK|zcall.EFD_CLOEXEC)
	wantOK(t, "Eventfd2", e)
	closeOnCleanup(t, fd)
	var b [8]byte
	binary.NativeEndian.PutUint64(b[:], 4)
	n, e := zcall.Write(fd, b[:])
	wantN(t, "Write", n, e, 8)
	n, e = zcall.Read(fd, b[:])
	wantN(t, "Read", n, e, 8)
	if v := binary.NativeEndian.Uint64(b[:]); v != 7 {
		t.Fatalf("eventfd counter %d, want 7", v)
	}
	// Counter is 0 now: non-blocking read gives EAGAIN.
	if _, e = zcall.Read(fd, b[:]); e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Read of a zero eventfd: errno %d, want EAGAIN", e)
	}
	// A buffer shorter than 8 bytes: EINVAL, as for the reference.
	_, e = zcall.Read(fd, b[:4])
	_, _, want := syscall.RawSyscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(&b[0])), 4)
	if e != uintptr(want) || want != syscall.EINVAL {
		t.Fatalf("short read: errno %d, reference %d, want EINVAL", e, want)
	}
}

func TestTimerfd(t *testing.T) {
	checkFDs(t)
	fd, e := zcall.TimerfdCreate(zcall.CLOCK_MONOTONIC, zcall.TFD_NONBLOCK|zcall.TFD_CLOEXEC)
	wantOK(t, "TimerfdCreate", e)
	closeOnCleanup(t, fd)
	var b [8]byte
	if _, e = zcall.Read(fd, b[:]); e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Read of a disarmed timer: errno %d, want EAGAIN", e)
	}

	// Arm for an hour, every 2 s; read it back.
	long := zcall.Itimerspec{Value: zcall.Timespec{Sec: 3600}, Interval: zcall.Timespec{Sec: 2}}
	wantOK(t, "TimerfdSettime", zcall.TimerfdSettime(fd, 0, unsafe.Pointer(&long), nil))
	var cur zcall.Itimerspec
	wantOK(t, "TimerfdGettime", zcall.TimerfdGettime(fd, unsafe.Pointer(&cur)))
	if cur.Interval != long.Interval || cur.Value.Sec > 3600 || cur.Value.Sec < 0 || (cur.Value.Sec == 0 && cur.Value.Nsec == 0) {
		t.Fatalf("TimerfdGettime = %+v after setting %+v", cur, long)
	}

	// Re-arm for 1 ms, one shot, taking back the old setting; then wait
	// for the expiration and read its count.
	short := zcall.Itimerspec{Value: zcall.Timespec{Nsec: 1e6}}
	var old zcall.Itimerspec
	wantOK(t, "TimerfdSettime", zcall.TimerfdSettime(fd, 0, unsafe.Pointer(&short), unsafe.Pointer(&old)))
	if old.Interval != long.Interval || old.Value.Sec > 3600 {
		t.Fatalf("old value %+v, want the hour timer", old)
	}
	pfd := []unix.PollFd{{Fd: int32(fd), Events: zcall.POLLIN}}
	for {
		if _, err := unix.Poll(pfd, -1); err != unix.EINTR {
			break
		}
	}
	n, e := zcall.Read(fd, b[:])
	wantN(t, "Read of an expired timer", n, e, 8)
	if c := binary.NativeEndian.Uint64(b[:]); c != 1 {
		t.Fatalf("expirations %d, want 1 (one-shot)", c)
	}
	wantOK(t, "TimerfdGettime", zcall.TimerfdGettime(fd, unsafe.Pointer(&cur)))
	if cur != (zcall.Itimerspec{}) {
		t.Fatalf("expired one-shot timer reads %+v, want zero", cur)
	}
}

func TestSignalfd(t *testing.T) {
	checkFDs(t)
	// SIGUSR1 is ignored process-wide while the test runs, so a stray
	// delivery cannot kill it; a signal that is blocked on the receiving
	// thread is still queued there for the signalfd (Linux never discards
	// a blocked signal as ignored).
	signal.Ignore(syscall.SIGUSR1)
	defer signal.Reset(syscall.SIGUSR1)

	type result struct {
		fd, n, errno, again uintptr
		info                unix.SignalfdSiginfo
		fatal               string
	}
	done := make(chan result)
	go func() {
		// The thread's signal mask is changed: keep it locked and let it
		// exit with the goroutine rather than return it to the scheduler.
		runtime.LockOSThread()
		var res result
		defer func() { done <- res }()
		set := unix.Sigset_t{}
		set.Val[0] = 1 << (uint(syscall.SIGUSR1) - 1)
		if err := unix.PthreadSigmask(unix.SIG_BLOCK, &set, nil); err != nil {
			res.fatal = "rt_sigprocmask: " + err.Error()
			return
		}
		// A kernel sigset_t: zcall.SizeofSigset bytes, 16 at most.
		mask := [2]uint64{1 << (uint(syscall.SIGUSR1) - 1)}
		fd, e := zcall.Signalfd4(badFD, unsafe.Pointer(&mask), zcall.SizeofSigset, zcall.SFD_NONBLOCK|zcall.SFD_CLOEXEC)
		if e != 0 {
			res.fatal = "Signalfd4: " + zcall.Errno(e).Error()
			return
		}
		res.fd = fd
		// Replacing the mask of an existing signalfd returns the same fd.
		if same, e := zcall.Signalfd4(fd, unsafe.Pointer(&mask), zcall.SizeofSigset, 0); e != 0 || same != fd {
			res.fatal = "Signalfd4 on an existing fd did not return it"
			return
		}
		buf := make([]byte, unsafe.Sizeof(res.info))
		_, res.again = zcall.Read(fd, buf)
		if err := unix.Tgkill(unix.Getpid(), unix.Gettid(), syscall.SIGUSR1); err != nil {
			res.fatal = "tgkill: " + err.Error()
			return
		}
		res.n, res.errno = zcall.Read(fd, buf)
		res.info = *(*unix.SignalfdSiginfo)(unsafe.Pointer(&buf[0]))
	}()
	res := <-done
	if res.fd != 0 {
		closeOnCleanup(t, res.fd)
	}
	if res.fatal != "" {
		t.Fatal(res.fatal)
	}
	if res.again != uintptr(syscall.EAGAIN) {
		t.Fatalf("Read of a signalfd with nothing pending: errno %d, want EAGAIN", res.again)
	}
	// qemu-user catches host signals in its own handler and queues them for
	// the guest, so the host signalfd never sees one.
	skipIfUnemulated(t, res.errno, zcall.Errno(syscall.EAGAIN), "signalfd read after tgkill")
	wantN(t, "Read of signalfd", res.n, res.errno, unsafe.Sizeof(res.info))
	if res.info.Signo != uint32(syscall.SIGUSR1) || res.info.Pid != uint32(os.Getpid()) {
		t.Fatalf("signalfd_siginfo: signo %d pid %d, want %d from %d", res.info.Signo, res.info.Pid, syscall.SIGUSR1, os.Getpid())
	}
}

func TestPidfd(t *testing.T) {
	checkFDs(t)
	pid := uintptr(os.Getpid())
	pfd, e := zcall.PidfdOpen(pid, 0)
	wantOK(t, "PidfdOpen", e)
	closeOnCleanup(t, pfd)
	wantOK(t, "PidfdSendSignal(0)", zcall.PidfdSendSignal(pfd, 0, nil, 0))

	// pidfd_getfd on our own descriptor needs PTRACE_MODE_ATTACH_REALCREDS
	// over ourselves, which a Yama or seccomp policy may refuse: the errno
	// must then be the kernel's, the same x/sys/unix gets.
	r, w := pipe(t, zcall.O_NONBLOCK)
	_ = r
	dup, e := zcall.PidfdGetfd(pfd, w, 0)
	ref, err := unix.PidfdGetfd(int(pfd), int(w), 0)
	if err == nil {
		unix.Close(ref)
	}
	if e != 0 {
		if err == nil || uintptr(err.(syscall.Errno)) != e {
			t.Fatalf("PidfdGetfd: errno %d, x/sys/unix: %v", e, err)
		}
		t.Logf("PidfdGetfd refused by the kernel: %v (x/sys/unix agrees)", zcall.Errno(e))
		return
	}
	if err != nil {
		t.Fatalf("PidfdGetfd succeeded, x/sys/unix failed: %v", err)
	}
	closeOnCleanup(t, dup)
	// The duplicate is the pipe's write end.
	n, e := zcall.Write(dup, []byte("dup"))
	wantN(t, "Write to the duplicate", n, e, 3)
	expectRead(t, r, "dup")
}

func TestSchedYieldGettidTgkill(t *testing.T) {
	if errno := zcall.SchedYield(); errno != 0 {
		t.Errorf("sched_yield: errno %d", errno)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tid := zcall.Gettid()
	if tid != uintptr(unix.Gettid()) {
		t.Fatalf("gettid = %d, unix.Gettid = %d", tid, unix.Gettid())
	}
	pid := uintptr(os.Getpid())
	if errno := zcall.Tgkill(pid, tid, 0); errno != 0 {
		t.Errorf("tgkill(self, 0): errno %d", errno)
	}
	if errno := zcall.Tgkill(pid, 1<<30, 0); errno != uintptr(syscall.ESRCH) {
		t.Errorf("tgkill to a missing thread: errno %d, want ESRCH", errno)
	}
	if errno := zcall.Tgkill(pid, tid, 1000); errno != uintptr(syscall.EINVAL) {
		t.Errorf("tgkill with signal 1000: errno %d, want EINVAL", errno)
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	defer signal.Stop(c)
	if errno := zcall.Tgkill(pid, tid, uintptr(syscall.SIGUSR1)); errno != 0 {
		t.Fatalf("tgkill(self, SIGUSR1): errno %d", errno)
	}
	select {
	case s := <-c:
		if s != syscall.SIGUSR1 {
			t.Errorf("received %v, want SIGUSR1", s)
		}
	case <-time.After(time.Minute):
		t.Error("SIGUSR1 sent with tgkill never arrived")
	}
}
