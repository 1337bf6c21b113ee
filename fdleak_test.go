package zcall_test

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
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

// openFDs lists the open descriptors: from /proc/self/fd where it exists
// (Linux), without the one that reading the directory itself uses;
// elsewhere by asking fcntl(F_GETFD) about every number below the soft
// RLIMIT_NOFILE (at most 65536), since darwin and FreeBSD have no
// /proc/self/fd and FreeBSD's /dev/fd shows only 0-2 unless fdescfs is
// mounted.
func openFDs(t testing.TB) map[int]bool {
	t.Helper()
	if d, err := os.Open("/proc/self/fd"); err == nil {
		self := int(d.Fd())
		names, err := d.Readdirnames(-1)
		d.Close()
		if err != nil {
			t.Fatalf("fd hygiene: reading /proc/self/fd: %v", err)
		}
		fds := make(map[int]bool, len(names))
		for _, name := range names {
			fd, err := strconv.Atoi(name)
			if err != nil || fd == self {
				continue
			}
			fds[fd] = true
		}
		return fds
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		t.Fatalf("fd hygiene: getrlimit: %v", err)
	}
	limit := int(min(rl.Cur, 1<<16))
	fds := make(map[int]bool)
	for fd := range limit {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
			fds[fd] = true
		}
	}
	return fds
}

// fdTarget names what an open descriptor refers to: its /proc/self/fd
// link where there is one, else the type of file.
func fdTarget(fd int) string {
	if target, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd)); err == nil {
		return target
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return "?"
	}
	switch uint32(st.Mode) & syscall.S_IFMT {
	case syscall.S_IFSOCK:
		return "socket"
	case syscall.S_IFIFO:
		return "pipe"
	case syscall.S_IFREG:
		return "file"
	case syscall.S_IFDIR:
		return "directory"
	case syscall.S_IFCHR:
		return "character device"
	}
	return fmt.Sprintf("mode %#o", st.Mode)
}
