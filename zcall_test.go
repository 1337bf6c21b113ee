package zcall_test

import (
	"errors"
	"io/fs"
	"os"
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
	return fn(syscall.SYS_MMAP, addr, length, prot, flags, fd, off)
}

var _ error = zcall.Errno(0)

// TestErrnoMatchesSyscall compares every error number's text and
// classification with syscall.Errno's.
func TestErrnoMatchesSyscall(t *testing.T) {
	for e := uintptr(1); e < 200; e++ {
		z, s := zcall.Errno(e), syscall.Errno(e)
		if z.Error() != s.Error() {
			t.Errorf("Errno(%d).Error() = %q, syscall says %q", e, z.Error(), s.Error())
		}
		if z.Temporary() != s.Temporary() || z.Timeout() != s.Timeout() {
			t.Errorf("Errno(%d) Temporary/Timeout = %v/%v, syscall says %v/%v", e, z.Temporary(), z.Timeout(), s.Temporary(), s.Timeout())
		}
		for _, target := range []error{fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, errors.ErrUnsupported} {
			if errors.Is(z, target) != errors.Is(s, target) {
				t.Errorf("errors.Is(Errno(%d), %v) = %v, syscall says %v", e, target, errors.Is(z, target), errors.Is(s, target))
			}
		}
		if !errors.Is(z, s) || !errors.Is(z, zcall.Errno(e)) {
			t.Errorf("Errno(%d) does not match itself as syscall.Errno or Errno", e)
		}
		if errors.Is(z, syscall.Errno(e+1)) || errors.Is(z, zcall.Errno(e+1)) {
			t.Errorf("Errno(%d) matches errno %d", e, e+1)
		}
	}
}

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
