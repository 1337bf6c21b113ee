package instrloop

import (
	"encoding/binary"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/nopring"
)

// fixture holds the descriptors the loops use.
type fixture struct {
	rfd  uintptr // read end of an empty non-blocking pipe: read fails with EAGAIN
	efd  uintptr // a non-blocking eventfd
	buf  []byte  // 64 bytes
	one  []byte  // an eventfd increment of 1
	ring *nopring.Ring
}

func newFixture(withRing bool) (*fixture, syscall.Errno, error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC); err != nil {
		return nil, 0, fmt.Errorf("pipe2: %w", err)
	}
	efd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		return nil, 0, fmt.Errorf("eventfd: %w", err)
	}
	f := &fixture{rfd: uintptr(p[0]), efd: uintptr(efd), buf: make([]byte, 64), one: binary.NativeEndian.AppendUint64(nil, 1)}
	if withRing {
		ring, errno := nopring.New(8)
		if errno != 0 {
			return nil, syscall.Errno(errno), fmt.Errorf("io_uring_setup: %v", syscall.Errno(errno))
		}
		f.ring = ring
	}
	return f, 0, nil
}

// A loop makes n calls of one operation through one path and returns the
// last call's errno (0 on success), which must be errno.
type loop struct {
	op, path string
	errno    syscall.Errno
	run      func(f *fixture, n int) syscall.Errno
}

func (l loop) name() string { return l.op + "|" + l.path }

// The loops. Each body is one call whose errno is kept, as a caller would
// keep it; the script subtracts the empty loop's own increment and branch.
var loops = []loop{
	{"empty loop", "-", 0, func(f *fixture, n int) syscall.Errno {
		for i := 0; i < n; i++ {
		}
		return 0
	}},

	{"getppid/4", "zcall.Syscall4", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"getppid/4", "syscall.Syscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"getppid/4", "syscall.RawSyscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"getppid/4", "unix.Getppid", 0, func(f *fixture, n int) syscall.Errno {
		for i := 0; i < n; i++ {
			unix.Getppid()
		}
		return 0
	}},

	{"getppid/6", "zcall.Syscall6", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"getppid/6", "syscall.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"getppid/6", "syscall.RawSyscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"getppid/6", "unix.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for i := 0; i < n; i++ {
			_, _, e = unix.Syscall6(unix.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},

	{"read EAGAIN", "zcall.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, errno = zcall.Read(fd, buf)
		}
		return syscall.Errno(errno)
	}},
	{"read EAGAIN", "zcall.Syscall4", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, errno = zcall.Syscall4(zcall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
		}
		return syscall.Errno(errno)
	}},
	{"read EAGAIN", "syscall.Syscall", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
		}
		return e
	}},
	{"read EAGAIN", "syscall.RawSyscall", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		fd, buf := f.rfd, f.buf
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
		}
		return e
	}},
	{"read EAGAIN", "syscall.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, buf := int(f.rfd), f.buf
		for i := 0; i < n; i++ {
			_, err = syscall.Read(fd, buf)
		}
		return errnoOf(err)
	}},
	{"read EAGAIN", "unix.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, buf := int(f.rfd), f.buf
		for i := 0; i < n; i++ {
			_, err = unix.Read(fd, buf)
		}
		return errnoOf(err)
	}},

	{"eventfd write", "zcall.Write", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, one := f.efd, f.one
		for i := 0; i < n; i++ {
			_, errno = zcall.Write(fd, one)
		}
		return syscall.Errno(errno)
	}},
	{"eventfd write", "syscall.Syscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		fd, one := f.efd, f.one
		for i := 0; i < n; i++ {
			_, _, e = syscall.Syscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one)))
		}
		return e
	}},
	{"eventfd write", "syscall.RawSyscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		fd, one := f.efd, f.one
		for i := 0; i < n; i++ {
			_, _, e = syscall.RawSyscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one)))
		}
		return e
	}},
	{"eventfd write", "syscall.Write", 0, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, one := int(f.efd), f.one
		for i := 0; i < n; i++ {
			_, err = syscall.Write(fd, one)
		}
		return errnoOf(err)
	}},
	{"eventfd write", "unix.Write", 0, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, one := int(f.efd), f.one
		for i := 0; i < n; i++ {
			_, err = unix.Write(fd, one)
		}
		return errnoOf(err)
	}},

	// io_uring: each iteration also queues the NOP and reaps its
	// completion in user space, the same work on every path.
	{"io_uring NOP", "zcall.IoUringEnter", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		r := f.ring
		for i := 0; i < n; i++ {
			r.PrepNOP(1)
			_, errno = zcall.IoUringEnter(r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0)
			r.Reap()
		}
		return syscall.Errno(errno)
	}},
	{"io_uring NOP", "syscall.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for i := 0; i < n; i++ {
			r.PrepNOP(1)
			_, _, e = syscall.Syscall6(zcall.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
	}},
	{"io_uring NOP", "syscall.RawSyscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for i := 0; i < n; i++ {
			r.PrepNOP(1)
			_, _, e = syscall.RawSyscall6(zcall.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
	}},
	{"io_uring NOP", "unix.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for i := 0; i < n; i++ {
			r.PrepNOP(1)
			_, _, e = unix.Syscall6(unix.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
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
// (INSTRLOOP="<op>|<path>:<count>", or "list" for the names); otherwise it
// runs the tests.
func TestMain(m *testing.M) {
	spec := os.Getenv("INSTRLOOP")
	if spec == "" {
		os.Exit(m.Run())
	}
	// Keep the loop on this thread. callgrind counts per thread from the
	// entry of measured; a goroutine that a syscall.Syscall path hands to
	// another thread (when sysmon retakes its P during the call) would
	// stop being counted there.
	runtime.LockOSThread()
	if err := runSpec(spec); err != nil {
		fmt.Fprintln(os.Stderr, "instrloop:", err)
		os.Exit(2)
	}
	os.Exit(0)
}

func runSpec(spec string) error {
	if spec == "list" {
		for _, l := range loops {
			fmt.Println(l.name())
		}
		return nil
	}
	name, count, ok := strings.Cut(spec, ":")
	n, err := strconv.Atoi(count)
	if !ok || err != nil || n < 0 {
		return fmt.Errorf("INSTRLOOP=%q: want OP|PATH:COUNT or list", spec)
	}
	for _, l := range loops {
		if l.name() != name {
			continue
		}
		f, _, err := newFixture(l.op == "io_uring NOP")
		if err != nil {
			return err
		}
		if e := measured(l.run, f, n); n > 0 && e != l.errno {
			return fmt.Errorf("%s: errno %d (%v), want %d (%v)", name, e, e, l.errno, l.errno)
		}
		return nil
	}
	return fmt.Errorf("no loop %q", name)
}

// TestLoops: every loop makes the call it names and gets the expected
// result, so that the instruction counts measure the path they claim to.
func TestLoops(t *testing.T) {
	for _, l := range loops {
		t.Run(l.name(), func(t *testing.T) {
			f, errno, err := newFixture(l.op == "io_uring NOP")
			if errno == syscall.ENOSYS && underQEMU() {
				t.Skip("io_uring_setup: ENOSYS under qemu-user, which does not implement it")
			}
			if err != nil {
				t.Fatal(err)
			}
			if e := l.run(f, 3); e != l.errno {
				t.Errorf("errno %d (%v), want %d (%v)", e, e, l.errno, l.errno)
			}
		})
	}
}

func underQEMU() bool {
	b, err := os.ReadFile("/proc/self/comm")
	return err == nil && strings.HasPrefix(string(b), "qemu-")
}
