//go:build amd64 || arm64 || riscv64 || loong64

package instrloop

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// fixture holds the descriptors the loops use: the read end of an empty
// non-blocking pipe (read fails with EAGAIN) and a non-blocking eventfd.
type fixture struct {
	rfd, wfd uintptr // empty pipe
	efd      uintptr // eventfd, counter 0
	buf      []byte
	one      []byte // an eventfd increment of 1
}

func newFixture() (*fixture, error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC); err != nil {
		return nil, fmt.Errorf("pipe2: %w", err)
	}
	efd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("eventfd: %w", err)
	}
	return &fixture{
		rfd: uintptr(p[0]), wfd: uintptr(p[1]), efd: uintptr(efd),
		buf: make([]byte, 64),
		one: []byte{1, 0, 0, 0, 0, 0, 0, 0},
	}, nil
}

// A loop makes n calls and returns the last call's errno (0 on success),
// which the test compares with what the call must give.
type loop struct {
	name  string
	errno syscall.Errno
	run   func(f *fixture, n int) syscall.Errno
}

// The loops. Each body is one call, its results discarded, so that the
// instructions counted are those of the call itself plus the loop's own
// increment and branch (measured by "empty" and subtracted by the script).
var loops = []loop{
	{"empty", 0, func(f *fixture, n int) syscall.Errno {
		for i := 0; i < n; i++ {
		}
		return 0
	}},

	{"zcall.Syscall4 getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		var errno uintptr
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"zcall.Syscall6 getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		var errno uintptr
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"zcall.Read EAGAIN", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, errno = zcall.Read(fd, buf)
		}
		return syscall.Errno(errno)
	}},
	{"zcall.Syscall4 read EAGAIN", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall4(zcall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
		}
		return syscall.Errno(errno)
	}},
	{"zcall.Read discard EAGAIN", 0, func(f *fixture, n int) (e syscall.Errno) {
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			zcall.Read(fd, buf)
		}
		return 0
	}},
	{"zcall.Write eventfd", 0, func(f *fixture, n int) (e syscall.Errno) {
		var errno uintptr
		fd, one := f.efd, f.one
		for i := 0; i < n; i++ {
			_, errno = zcall.Write(fd, one)
		}
		return syscall.Errno(errno)
	}},

	{"syscall.Syscall getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"syscall.Syscall6 getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"syscall.RawSyscall getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"syscall.RawSyscall6 getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"syscall.Read EAGAIN", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		var err error
		fd, buf := int(f.rfd), f.buf
		for i := 0; i < n; i++ {
			_, err = syscall.Read(fd, buf)
		}
		return errnoOf(err)
	}},
	{"syscall.Write eventfd", 0, func(f *fixture, n int) (e syscall.Errno) {
		var err error
		fd, one := int(f.efd), f.one
		for i := 0; i < n; i++ {
			_, err = syscall.Write(fd, one)
		}
		return errnoOf(err)
	}},
	{"unix.Getppid", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			unix.Getppid()
		}
		return 0
	}},
	{"unix.Read EAGAIN", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		var err error
		fd, buf := int(f.rfd), f.buf
		for i := 0; i < n; i++ {
			_, err = unix.Read(fd, buf)
		}
		return errnoOf(err)
	}},
	{"unix.Write eventfd", 0, func(f *fixture, n int) (e syscall.Errno) {
		var err error
		fd, one := int(f.efd), f.one
		for i := 0; i < n; i++ {
			_, err = unix.Write(fd, one)
		}
		return errnoOf(err)
	}},
}

// measured runs one loop. The script counts only the instructions executed
// inside it (callgrind --toggle-collect), which leaves out the program's
// start and exit and the runtime's other threads.
//
//go:noinline
func measured(run func(*fixture, int) syscall.Errno, f *fixture, n int) syscall.Errno {
	return run(f, n)
}

func errnoOf(err error) syscall.Errno {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return e
	}
	return syscall.Errno(^uintptr(0))
}

// TestMain runs one loop and exits when INSTRLOOP names it
// (INSTRLOOP="<loop name>:<count>"); otherwise it runs the tests.
func TestMain(m *testing.M) {
	spec := os.Getenv("INSTRLOOP")
	if spec == "" {
		os.Exit(m.Run())
	}
	if err := runSpec(spec); err != nil {
		fmt.Fprintln(os.Stderr, "instrloop:", err)
		os.Exit(2)
	}
	os.Exit(0)
}

func runSpec(spec string) error {
	if spec == "list" {
		for _, l := range loops {
			fmt.Println(l.name)
		}
		return nil
	}
	i := len(spec) - 1
	for i >= 0 && spec[i] != ':' {
		i--
	}
	if i < 0 {
		return fmt.Errorf("INSTRLOOP=%q: want NAME:COUNT or list", spec)
	}
	n, err := strconv.Atoi(spec[i+1:])
	if err != nil || n < 0 {
		return fmt.Errorf("INSTRLOOP=%q: bad count", spec)
	}
	f, err := newFixture()
	if err != nil {
		return err
	}
	for _, l := range loops {
		if l.name == spec[:i] {
			if e := measured(l.run, f, n); n > 0 && e != l.errno {
				return fmt.Errorf("%s: errno %d (%v), want %d (%v)", l.name, e, e, l.errno, l.errno)
			}
			return nil
		}
	}
	return fmt.Errorf("no loop %q", spec[:i])
}

// TestLoops: every loop makes the call it names and gets the expected
// result, so that the instruction counts measure the path they claim to.
func TestLoops(t *testing.T) {
	f, err := newFixture()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range loops {
		t.Run(l.name, func(t *testing.T) {
			if e := l.run(f, 3); e != l.errno {
				t.Errorf("errno %d (%v), want %d (%v)", e, e, l.errno, l.errno)
			}
		})
	}
}
