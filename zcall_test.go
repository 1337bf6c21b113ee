package zcall_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// The trampolines Syscall4, Syscall6 and the unexported syscall3 (which
// the wrappers of calls with at most three arguments make), and the
// scheduler-aware siblings BlockingSyscall4 and BlockingSyscall6, each
// compared with the standard
// library's raw call; the Errno values they return; and how a test tells
// that it runs under qemu-user.

// The trampolines' signatures, checked by the compiler.
var (
	_ func(num, a1, a2, a3 uintptr) (uintptr, uintptr)             = zcall.Syscall3
	_ func(num, a1, a2, a3, a4 uintptr) (uintptr, uintptr)         = zcall.Syscall4
	_ func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) = zcall.Syscall6
)

// The siblings' signatures are exactly the trampolines'.
var (
	_ func(num, a1, a2, a3, a4 uintptr) (uintptr, uintptr)         = zcall.BlockingSyscall4
	_ func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) = zcall.BlockingSyscall6
)

// raw is the reference implementation: the standard library's raw call,
// reduced to zcall's (r1, errno) convention.
func raw(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
	r1, _, e := syscall.RawSyscall6(num, a1, a2, a3, a4, a5, a6)
	return r1, uintptr(e)
}

// call is one system call made through each trampoline, which takes the
// first args of the six arguments; fn panics if a test passes a nonzero
// value beyond them.
type call struct {
	name string
	args int
	fn   func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr)
}

// only panics unless the arguments beyond a trampoline's are all 0.
func only(name string, rest ...uintptr) {
	for _, a := range rest {
		if a != 0 {
			panic(name + " called with a nonzero argument it does not take")
		}
	}
}

var trampolines = []call{
	{"syscall3", 3, func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
		only("syscall3", a4, a5, a6)
		return zcall.Syscall3(num, a1, a2, a3)
	}},
	{"Syscall4", 4, func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
		only("Syscall4", a5, a6)
		return zcall.Syscall4(num, a1, a2, a3, a4)
	}},
	{"Syscall6", 6, zcall.Syscall6},
}

var siblings = []call{
	{"BlockingSyscall4", 4, func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
		only("BlockingSyscall4", a5, a6)
		return zcall.BlockingSyscall4(num, a1, a2, a3, a4)
	}},
	{"BlockingSyscall6", 6, zcall.BlockingSyscall6},
}

func TestGetpid(t *testing.T) {
	want, werr := raw(syscall.SYS_GETPID, 0, 0, 0, 0, 0, 0)
	if werr != 0 || want != uintptr(os.Getpid()) {
		t.Fatalf("reference getpid = (%d, %d), os.Getpid() = %d", want, werr, os.Getpid())
	}
	for _, c := range trampolines {
		t.Run(c.name, func(t *testing.T) {
			r1, errno := c.fn(syscall.SYS_GETPID, 0, 0, 0, 0, 0, 0)
			if r1 != want || errno != 0 {
				t.Errorf("getpid = (%d, %d), want (%d, 0)", r1, errno, want)
			}
		})
	}
}

// TestCloseBadFD checks the error path: close(-1) fails with exactly EBADF
// and r1 = ^uintptr(0), as the reference does.
func TestCloseBadFD(t *testing.T) {
	bad := ^uintptr(0) // fd -1
	wr1, werr := raw(syscall.SYS_CLOSE, bad, 0, 0, 0, 0, 0)
	if werr != uintptr(syscall.EBADF) {
		t.Fatalf("reference close(-1) errno = %d, want EBADF", werr)
	}
	for _, c := range trampolines {
		t.Run(c.name, func(t *testing.T) {
			r1, errno := c.fn(syscall.SYS_CLOSE, bad, 0, 0, 0, 0, 0)
			if r1 != ^uintptr(0) || errno != uintptr(syscall.EBADF) {
				t.Errorf("close(-1) = (%#x, %d), want (%#x, %d)", r1, errno, ^uintptr(0), syscall.EBADF)
			}
			if r1 != wr1 || errno != werr {
				t.Errorf("close(-1) = (%#x, %d), reference (%#x, %d)", r1, errno, wr1, werr)
			}
			if zcall.Errno(errno) != zcall.EBADF {
				t.Errorf("Errno(%d) != zcall.EBADF", errno)
			}
		})
	}
}

// TestMmap maps anonymous memory through the six-argument trampoline (on
// s390x mmap takes its arguments in memory; TestSendto covers six there): the
// address passes through whole (it may have any bit pattern) and the memory
// is usable; munmap then succeeds with r1 = 0.
func TestMmap(t *testing.T) {
	const size = 1 << 16
	prot := uintptr(syscall.PROT_READ | syscall.PROT_WRITE)
	flags := uintptr(syscall.MAP_PRIVATE | syscall.MAP_ANON)
	ref, rerr := mmapCall(raw, 0, size, prot, flags, ^uintptr(0), 0)
	if rerr != 0 {
		t.Fatalf("reference mmap: errno %d", rerr)
	}
	if _, e := raw(syscall.SYS_MUNMAP, ref, size, 0, 0, 0, 0); e != 0 {
		t.Fatalf("reference munmap: errno %d", e)
	}
	addr, errno := mmapCall(zcall.Syscall6, 0, size, prot, flags, ^uintptr(0), 0)
	if errno != 0 || addr == 0 || addr == ^uintptr(0) {
		t.Fatalf("mmap = (%#x, %d)", addr, errno)
	}
	if addr%uintptr(os.Getpagesize()) != 0 {
		t.Errorf("mmap address %#x is not page aligned", addr)
	}
	// The mapping is used through the kernel alone, so that no uintptr is
	// turned back into a Go pointer: bytes piped into it come back out.
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	msg := []byte("through the mapping")
	if n, err := syscall.Write(p[1], msg); n != len(msg) || err != nil {
		t.Fatalf("write: %d, %v", n, err)
	}
	n, errno := zcall.Syscall4(syscall.SYS_READ, uintptr(p[0]), addr+size-uintptr(len(msg)), uintptr(len(msg)), 0)
	if n != uintptr(len(msg)) || errno != 0 {
		t.Fatalf("read into mapping = (%d, %d)", n, errno)
	}
	n, errno = zcall.Syscall4(syscall.SYS_WRITE, uintptr(p[1]), addr+size-uintptr(len(msg)), uintptr(len(msg)), 0)
	if n != uintptr(len(msg)) || errno != 0 {
		t.Fatalf("write from mapping = (%d, %d)", n, errno)
	}
	got := make([]byte, len(msg))
	if n, err := syscall.Read(p[0], got); n != len(msg) || err != nil || string(got) != string(msg) {
		t.Fatalf("read back %q (%d, %v), want %q", got[:max(n, 0)], n, err, msg)
	}
	r1, errno := zcall.Syscall4(syscall.SYS_MUNMAP, addr, size, 0, 0)
	if r1 != 0 || errno != 0 {
		t.Errorf("munmap = (%d, %d), want (0, 0)", r1, errno)
	}
	// Unmapping a misaligned address fails with EINVAL, as the reference says.
	_, werr := raw(syscall.SYS_MUNMAP, addr+1, size, 0, 0, 0, 0)
	r1, errno = zcall.Syscall6(syscall.SYS_MUNMAP, addr+1, size, 0, 0, 0, 0)
	if errno != werr || errno != uintptr(syscall.EINVAL) || r1 != ^uintptr(0) {
		t.Errorf("munmap(misaligned) = (%#x, %d), reference errno %d, want EINVAL", r1, errno, werr)
	}
}

// TestArgumentOrder passes distinct values in every argument slot through a
// call whose result depends on each of them: a write of buf[off:off+n]
// through a pipe, with the data read back.
func TestArgumentOrder(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	msg := []byte("0123456789abcdef")
	for _, c := range trampolines {
		t.Run(c.name, func(t *testing.T) {
			n, errno := c.fn(syscall.SYS_WRITE, uintptr(p[1]), uintptr(unsafe.Pointer(&msg[3])), 5, 0, 0, 0)
			if n != 5 || errno != 0 {
				t.Fatalf("write = (%d, %d), want (5, 0)", n, errno)
			}
			got := make([]byte, 16)
			n, errno = c.fn(syscall.SYS_READ, uintptr(p[0]), uintptr(unsafe.Pointer(&got[0])), uintptr(len(got)), 0, 0, 0)
			if n != 5 || errno != 0 || string(got[:n]) != "34567" {
				t.Fatalf("read = (%d, %d) %q, want (5, 0) \"34567\"", n, errno, got[:n])
			}
		})
	}
}

// TestBlockingConvention: the siblings return what the raw trampolines
// return, success and error alike, and pass pointer arguments through.
func TestBlockingConvention(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	for _, c := range siblings {
		t.Run(c.name, func(t *testing.T) {
			if r1, errno := c.fn(syscall.SYS_GETPID, 0, 0, 0, 0, 0, 0); r1 != uintptr(os.Getpid()) || errno != 0 {
				t.Errorf("getpid = (%d, %d), want (%d, 0)", r1, errno, os.Getpid())
			}
			if r1, errno := c.fn(syscall.SYS_CLOSE, ^uintptr(0), 0, 0, 0, 0, 0); r1 != ^uintptr(0) || errno != uintptr(syscall.EBADF) {
				t.Errorf("close(-1) = (%#x, %d), want (%#x, EBADF)", r1, errno, ^uintptr(0))
			}
			msg := []byte("through the sibling")
			n, errno := c.fn(syscall.SYS_WRITE, uintptr(p[1]), uintptr(unsafe.Pointer(&msg[0])), uintptr(len(msg)), 0, 0, 0)
			if n != uintptr(len(msg)) || errno != 0 {
				t.Fatalf("write = (%d, %d)", n, errno)
			}
			got := make([]byte, 64)
			n, errno = c.fn(syscall.SYS_READ, uintptr(p[0]), uintptr(unsafe.Pointer(&got[0])), uintptr(len(got)), 0, 0, 0)
			if n != uintptr(len(msg)) || errno != 0 || string(got[:n]) != string(msg) {
				t.Fatalf("read = (%d, %d) %q, want %q", n, errno, got[:n], msg)
			}
		})
	}
}

// mmapCall makes mmap(2) through fn. On linux/s390x the mmap system call
// takes a single argument, a pointer to the six values (old_mmap in
// arch/s390/kernel/syscall.c); elsewhere it takes them in registers.
func mmapCall(fn func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr), addr, length, prot, flags, fd, off uintptr) (uintptr, uintptr) {
	if runtime.GOOS == "linux" && runtime.GOARCH == "s390x" {
		args := [6]uintptr{addr, length, prot, flags, fd, off}
		r1, errno := fn(syscall.SYS_MMAP, uintptr(unsafe.Pointer(&args)), 0, 0, 0, 0, 0)
		runtime.KeepAlive(&args)
		return r1, errno
	}
	if runtime.GOOS == "linux" && unsafe.Sizeof(uintptr(0)) == 4 {
		// 32-bit Linux: zcall.SYS_MMAP is mmap2, whose offset is in
		// 4096-byte units (syscall.SYS_MMAP is i386's old_mmap, which takes
		// an argument block, and arm's EABI has none).
		return fn(zcall.SYS_MMAP, addr, length, prot, flags, fd, off/4096)
	}
	return fn(syscall.SYS_MMAP, addr, length, prot, flags, fd, off)
}

var _ error = zcall.Errno(0)

func TestErrnoIs(t *testing.T) {
	tests := []struct {
		err    zcall.Errno
		target error
		want   bool
	}{
		{zcall.ENOENT, fs.ErrNotExist, true},
		{zcall.EEXIST, fs.ErrExist, true},
		{zcall.EACCES, fs.ErrPermission, true},
		{zcall.EPERM, fs.ErrPermission, true},
		{zcall.ENOENT, fs.ErrExist, false},
		{zcall.EBADF, syscall.EBADF, true},
		{zcall.EBADF, syscall.EINVAL, false},
		{zcall.EAGAIN, zcall.EWOULDBLOCK, true},
	}
	for _, tt := range tests {
		if got := errors.Is(tt.err, tt.target); got != tt.want {
			t.Errorf("errors.Is(%v, %v) = %v, want %v", tt.err, tt.target, got, tt.want)
		}
	}
	if !zcall.EAGAIN.Timeout() || !zcall.EINTR.Temporary() || zcall.EBADF.Temporary() {
		t.Error("EAGAIN.Timeout, EINTR.Temporary or !EBADF.Temporary does not hold")
	}
}

// errnoValues are the errors the interoperability checks ask about, as
// one implementation of an errno type produces them.
type errnoValues struct {
	noent, exist, acces, perm, again, intr, badf error
}

// errnoCheck is one way programs use the standard library's errors.
// identity marks the checks that hold only when the value is a
// syscall.Errno (not merely a type with the same methods).
type errnoCheck struct {
	name     string
	identity bool
	holds    func(v errnoValues) bool
}

var errnoChecks = []errnoCheck{
	{"errors.As(err, *syscall.Errno)", true, func(v errnoValues) bool {
		var se syscall.Errno
		return errors.As(v.noent, &se) && se == syscall.ENOENT
	}},
	{"errors.As through %w", true, func(v errnoValues) bool {
		var se syscall.Errno
		return errors.As(fmt.Errorf("open x: %w", v.noent), &se) && se == syscall.ENOENT
	}},
	{"os.IsNotExist", true, func(v errnoValues) bool {
		return os.IsNotExist(v.noent) && !os.IsNotExist(v.exist)
	}},
	{"os.IsNotExist through *os.PathError", true, func(v errnoValues) bool {
		return os.IsNotExist(&os.PathError{Op: "open", Path: "x", Err: v.noent})
	}},
	{"os.IsExist", true, func(v errnoValues) bool {
		return os.IsExist(v.exist) && !os.IsExist(v.noent)
	}},
	{"os.IsPermission", true, func(v errnoValues) bool {
		return os.IsPermission(v.acces) && os.IsPermission(v.perm) && !os.IsPermission(v.noent)
	}},
	{"errors.Is(syscall.EAGAIN, err)", true, func(v errnoValues) bool {
		return errors.Is(syscall.EAGAIN, v.again) && !errors.Is(syscall.EINTR, v.again)
	}},
	{"err == syscall.EAGAIN", true, func(v errnoValues) bool {
		return v.again == error(syscall.EAGAIN)
	}},
	{"type switch on syscall.Errno", true, func(v errnoValues) bool {
		switch e := v.badf.(type) {
		case syscall.Errno:
			return e == syscall.EBADF
		}
		return false
	}},
	{"errors.Is(err, syscall.EAGAIN)", false, func(v errnoValues) bool {
		return errors.Is(v.again, syscall.EAGAIN) && !errors.Is(v.again, syscall.EINTR)
	}},
	{"errors.Is(err, fs.ErrNotExist)", false, func(v errnoValues) bool {
		return errors.Is(v.noent, fs.ErrNotExist) && errors.Is(v.exist, fs.ErrExist) &&
			errors.Is(v.acces, fs.ErrPermission) && !errors.Is(v.noent, fs.ErrExist)
	}},
	{"Temporary and Timeout", false, func(v errnoValues) bool {
		type temporary interface{ Temporary() bool }
		type timeout interface{ Timeout() bool }
		t1, ok1 := v.intr.(temporary)
		t2, ok2 := v.again.(timeout)
		t3, ok3 := v.badf.(timeout)
		return ok1 && ok2 && ok3 && t1.Temporary() && t2.Timeout() && !t3.Timeout()
	}},
}

// distinctErrno is an errno type of its own with syscall.Errno's methods:
// what Errno would be if it were not an alias. The identity checks must fail
// for it, which shows that they can.
type distinctErrno uintptr

func (e distinctErrno) Error() string   { return syscall.Errno(e).Error() }
func (e distinctErrno) Temporary() bool { return syscall.Errno(e).Temporary() }
func (e distinctErrno) Timeout() bool   { return syscall.Errno(e).Timeout() }

// Is matches a syscall.Errno of the same value and what syscall.Errno
// matches.
func (e distinctErrno) Is(target error) bool {
	if t, ok := target.(syscall.Errno); ok {
		return syscall.Errno(e) == t
	}
	return syscall.Errno(e).Is(target)
}

func distinct(e syscall.Errno) error { return distinctErrno(e) }

func distinctValues() errnoValues {
	return errnoValues{distinct(syscall.ENOENT), distinct(syscall.EEXIST), distinct(syscall.EACCES),
		distinct(syscall.EPERM), distinct(syscall.EAGAIN), distinct(syscall.EINTR), distinct(syscall.EBADF)}
}

// TestErrnoStdlib checks that zcall's errors work wherever the standard
// library's syscall.Errno does: errors.As with a *syscall.Errno target,
// os.IsNotExist, os.IsExist and os.IsPermission, errors.Is in both
// directions, ==, type switches, and the Temporary and Timeout interfaces;
// for the constants, for Errno(errno) of a real failed call, and for a
// type assertion err.(zcall.Errno) on the standard library's own errors.
func TestErrnoStdlib(t *testing.T) {
	consts := errnoValues{zcall.ENOENT, zcall.EEXIST, zcall.EACCES, zcall.EPERM, zcall.EAGAIN, zcall.EINTR, zcall.EBADF}
	converted := errnoValues{
		zcall.Errno(uintptr(syscall.ENOENT)), zcall.Errno(uintptr(syscall.EEXIST)), zcall.Errno(uintptr(syscall.EACCES)),
		zcall.Errno(uintptr(syscall.EPERM)), zcall.Errno(uintptr(syscall.EAGAIN)), zcall.Errno(uintptr(syscall.EINTR)),
		zcall.Errno(zcall.Close(^uintptr(0))), // a real EBADF
	}
	for _, c := range errnoChecks {
		if !c.holds(consts) {
			t.Errorf("%s does not hold for zcall's constants", c.name)
		}
		if !c.holds(converted) {
			t.Errorf("%s does not hold for zcall.Errno(errno)", c.name)
		}
	}

	// A type assertion to zcall.Errno: on zcall's errors, and on the
	// standard library's (here from os.Open).
	var err error = zcall.ENOENT
	if e, ok := err.(zcall.Errno); !ok || e != zcall.ENOENT {
		t.Errorf("err.(zcall.Errno) on zcall.ENOENT = %v, %v", e, ok)
	}
	_, err = os.Open(filepath.Join(t.TempDir(), "absent"))
	var ze zcall.Errno
	if !errors.As(err, &ze) || ze != zcall.ENOENT {
		t.Errorf("errors.As(%v, *zcall.Errno) = %v, want ENOENT", err, ze)
	}
	if e, ok := errors.Unwrap(err).(zcall.Errno); !ok || e != zcall.ENOENT {
		t.Errorf("os.Open's errno.(zcall.Errno) = %v, %v", e, ok)
	}
}

// TestErrnoStdlibDistinct runs the checks of TestErrnoStdlib on a type of
// its own with the same methods: every identity check must fail there.
func TestErrnoStdlibDistinct(t *testing.T) {
	v := distinctValues()
	for _, c := range errnoChecks {
		if got := c.holds(v); got == c.identity {
			t.Errorf("%s = %v for a distinct errno type, want %v", c.name, got, !c.identity)
		}
	}
}

// underQEMU reports whether the test runs under qemu-user emulation
// (`go test -exec qemu-aarch64-static`). qemu presents the guest's view of
// /proc/self/exe and /proc/self/maps, but /proc/self/comm still names the
// emulator itself ("qemu-aarch64-st"). darwin and FreeBSD have no such file:
// there it reports false.
var underQEMU = sync.OnceValue(func() bool {
	b, err := os.ReadFile("/proc/self/comm")
	return err == nil && strings.HasPrefix(string(b), "qemu-")
})

// skipIfUnemulated skips the test when errno is exactly want and the test
// runs under qemu-user, which does not implement some calls (io_uring_setup,
// preadv2/pwritev2, seccomp in qemu 7.2). Natively it never skips: the
// caller goes on to report the errno as a failure.
func skipIfUnemulated(t testing.TB, errno uintptr, want zcall.Errno, what string) {
	t.Helper()
	if errno == uintptr(want) && underQEMU() {
		t.Skipf("%s: %v (errno %d) under qemu-user, which does not implement it", what, want, want)
	}
}
