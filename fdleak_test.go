//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"syscall"
	"testing"
)

// fd hygiene: checkFDs(t) records the descriptors open in the process and,
// when the test and all its cleanups have finished, fails the test if any
// descriptor was added or removed. Call it at the top of a test that creates
// or closes descriptors; the test must not run in parallel with others that
// do (t.Parallel), since the count is process-wide. openFDs and fdTarget
// are per OS: /proc/self/fd on Linux, a probe of every descriptor number
// elsewhere.

// warmRuntimeFDs makes the runtime open the descriptors it opens lazily
// and keeps for the life of the process (the network poller's epoll and
// eventfd), so that their first use inside a test is not taken for a leak.
var warmRuntimeFDs = sync.OnceFunc(func() {
	r, w, err := os.Pipe()
	if err == nil {
		r.Close()
		w.Close()
	}
})

// checkFDs records the open descriptors now and registers a cleanup that
// compares them with those open when the test ends, after its other
// cleanups: a descriptor added is a leak, one removed was closed by the
// test though it did not own it.
func checkFDs(t testing.TB) {
	t.Helper()
	warmRuntimeFDs()
	before := openFDs(t)
	t.Cleanup(func() {
		after := openFDs(t)
		var leaked, lost []int
		for fd := range after {
			if !before[fd] {
				leaked = append(leaked, fd)
			}
		}
		for fd := range before {
			if !after[fd] {
				lost = append(lost, fd)
			}
		}
		slices.Sort(leaked)
		slices.Sort(lost)
		for _, fd := range leaked {
			t.Errorf("fd hygiene: fd %d (%s) left open (%d open before, %d after)", fd, fdTarget(fd), len(before), len(after))
		}
		for _, fd := range lost {
			t.Errorf("fd hygiene: fd %d, open before the test, was closed by it", fd)
		}
	})
}

// TestCheckFDsDetects shows that the helper can fail: a descriptor opened
// inside a fake test and not closed is reported, one closed is not.
func TestCheckFDsDetects(t *testing.T) {
	checkFDs(t)
	var leakedFD int
	ft := &fakeTB{TB: t}
	func() {
		defer ft.runCleanups()
		checkFDs(ft)
		fd, err := syscall.Open(os.DevNull, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		leakedFD = fd
		fd2, err := syscall.Open(os.DevNull, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		syscall.Close(fd2)
	}()
	syscall.Close(leakedFD)
	if len(ft.errors) != 1 {
		t.Fatalf("checkFDs reported %d problems, want 1 (the leaked fd %d): %q", len(ft.errors), leakedFD, ft.errors)
	}
	t.Logf("reported: %s", ft.errors[0])
}

// fakeTB collects a helper's errors and cleanups instead of failing t.
type fakeTB struct {
	testing.TB
	errors   []string
	cleanups []func()
}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) runCleanups() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}
