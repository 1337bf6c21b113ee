//go:build zcalldebug

package zcall_test

import (
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// slowPpoll makes a raw ppoll that waits out a 50ms timeout on an empty
// pipe, with every signal blocked so that nothing cuts it short. It returns
// the line of the call.
func slowPpoll(r uintptr) (line int, n, errno uintptr) {
	pfd := unix.PollFd{Fd: int32(r), Events: unix.POLLIN}
	ts := unix.NsecToTimespec(int64(50 * time.Millisecond))
	mask, masksize := allSignals()
	_, _, line, _ = runtime.Caller(0)
	n, errno = zcall.Syscall6(unix.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, uintptr(unsafe.Pointer(&ts)), uintptr(unsafe.Pointer(mask)), masksize, 0)
	return line + 1, n, errno
}

// slowRead reads a blocking timerfd through the Read wrapper, which waits
// until the timer fires 30ms later (signals interrupting the read restart
// it). It returns the line of the call.
func slowRead(t *testing.T, tfd int) (line int, n, errno uintptr) {
	spec := unix.ItimerSpec{Value: unix.NsecToTimespec(int64(30 * time.Millisecond))}
	if err := unix.TimerfdSettime(tfd, 0, &spec, nil); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 8)
	_, _, line, _ = runtime.Caller(0)
	n, errno = zcall.Read(uintptr(tfd), buf)
	return line + 1, n, errno
}

// TestDebugReportsSlowCallSites: in the zcalldebug build, a raw call that
// takes longer than the threshold is reported once per call site, with its
// number, name and the caller outside package zcall (through the inlined
// Read wrapper too); fast calls are not reported.
func TestDebugReportsSlowCallSites(t *testing.T) {
	const threshold = 10 * time.Millisecond
	reports, restore := zcall.DebugCapture(threshold)
	defer restore()

	r, _ := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	var ppollLine int
	for range 2 {
		line, n, errno := slowPpoll(r)
		if n != 0 || errno != 0 {
			t.Fatalf("ppoll = (%d, %d), want a timeout (0, 0)", n, errno)
		}
		ppollLine = line
	}
	tfd, err := unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_CLOEXEC)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(tfd)
	var readLine int
	for range 2 {
		line, n, errno := slowRead(t, tfd)
		if n != 8 || errno != 0 {
			t.Fatalf("read(timerfd) = (%d, %d), want (8, 0)", n, errno)
		}
		readLine = line
	}
	// Fast calls, raw and through a wrapper, are not reported.
	for range 100 {
		zcall.Syscall4(syscall.SYS_GETPID, 0, 0, 0, 0)
		zcall.Gettid()
	}

	got := reports()
	want := []struct {
		num  uintptr
		name string
		fn   string
		line int
	}{
		{unix.SYS_PPOLL, "ppoll", "code.hybscloud.com/zcall_test.slowPpoll", ppollLine},
		{unix.SYS_READ, "read", "code.hybscloud.com/zcall_test.slowRead", readLine},
	}
	if len(got) != len(want) {
		t.Fatalf("%d reports, want %d (one per slow call site):\n%v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Num != w.num || g.Name != w.name || g.Function != w.fn || filepath.Base(g.File) != "debug_linux_test.go" || g.Line != w.line || g.Took < threshold {
			t.Errorf("report %d = %+v, want syscall %d (%s) at %s (debug_linux_test.go:%d), took >= %v", i, g, w.num, w.name, w.fn, w.line, threshold)
		}
		if s := g.String(); !strings.Contains(s, "raw system call "+strconv.FormatUint(uint64(w.num), 10)+" ("+w.name+")") || !strings.Contains(s, w.fn) {
			t.Errorf("report text %q lacks the number, name or caller", s)
		}
	}
}

func TestDebugThresholdFromEnvironment(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Duration
	}{
		{"", time.Millisecond},
		{"10ms", 10 * time.Millisecond},
		{"250us", 250 * time.Microsecond},
		{"2s", 2 * time.Second},
		{"soon", time.Millisecond},
		{"-5ms", time.Millisecond},
		{"0", time.Millisecond},
	} {
		if got := zcall.DebugParseThreshold(c.in); got != c.want {
			t.Errorf("ZCALL_DEBUG_THRESHOLD=%q gives %v, want %v", c.in, got, c.want)
		}
	}
}

// TestDebugLinksMakeNoRawCall: the link functions make every system call
// through the scheduler-aware path, never a raw trampoline, because the
// kernel can make rtnetlink requests wait (and SIOCGIFINDEX wait for
// modprobe). With a threshold of one nanosecond, any raw call they made
// would be reported.
func TestDebugLinksMakeNoRawCall(t *testing.T) {
	reports, restore := zcall.DebugCapture(time.Nanosecond)
	defer restore()
	// A raw call this test makes itself must be reported, or the check
	// below proves nothing.
	zcall.Syscall4(unix.SYS_GETPID, 0, 0, 0, 0)
	if len(reports()) != 1 {
		t.Fatalf("a raw getpid gave %d reports at a 1ns threshold, want 1", len(reports()))
	}
	calls := []struct {
		name string
		call func() error
	}{
		{"Links", func() error { _, err := zcall.Links(); return err }},
		{"LinkByName", func() error { _, err := zcall.LinkByName("lo"); return err }},
		{"LinkByName, none", func() error { zcall.LinkByName("zcall-none"); return nil }},
		{"LinkByIndex", func() error { _, err := zcall.LinkByIndex(1); return err }},
		{"IfNameToIndex", func() error { _, err := zcall.IfNameToIndex("lo"); return err }},
		{"IfNameToIndex, none", func() error { zcall.IfNameToIndex("zcall-none"); return nil }},
		{"IfNameToIndex, ':'", func() error { zcall.IfNameToIndex("lo:0"); return nil }},
	}
	for _, c := range calls {
		before := len(reports())
		if err := c.call(); err != nil {
			skipNoNetlink(t, err)
			t.Fatalf("%s: %v", c.name, err)
		}
		if r := reports(); len(r) != before {
			t.Errorf("%s made a raw call: %v", c.name, r[before:])
		}
	}
}
