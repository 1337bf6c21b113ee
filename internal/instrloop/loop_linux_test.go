package instrloop

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/nopring"
)

// fixture holds the descriptors and memory the loops use. The wrapper
// loops pass these to calls that fail early (a descriptor that is not
// open, a misaligned address, an unknown flag), so the kernel reads little
// or none of it.
type fixture struct {
	rfd  uintptr // read end of an empty non-blocking pipe: read fails with EAGAIN
	efd  uintptr // a non-blocking eventfd
	buf  []byte  // 64 bytes
	one  []byte  // an eventfd increment of 1
	ring *nopring.Ring

	bad    uintptr           // a descriptor that is not open: EBADF
	odd    unsafe.Pointer    // an address that is not page aligned
	iov    unsafe.Pointer    // one Iovec over buf
	path   unsafe.Pointer    // "x\0"
	word   unsafe.Pointer    // a uint32
	sa     unsafe.Pointer    // 128 bytes for a socket address
	salen  unsafe.Pointer    // a uint32 socket address length
	msg    unsafe.Pointer    // a Msghdr
	mmsg   unsafe.Pointer    // one Mmsghdr
	its    unsafe.Pointer    // an Itimerspec
	mask   unsafe.Pointer    // an 8-byte signal set
	params unsafe.Pointer    // 120 bytes for io_uring_params
	st     *zcall.Stat_t     //
	off    *int64            //
	fds    *[2]int32         //
	ev     *zcall.EpollEvent //
	evs    []zcall.EpollEvent
}

// badFD is not an open descriptor: it is above any descriptor limit a test
// process gets.
const badFD = 1 << 30

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
	f.bad = badFD
	page := make([]byte, 2*os.Getpagesize())
	f.odd = unsafe.Pointer(&page[1])
	if uintptr(f.odd)%uintptr(os.Getpagesize()) == 0 {
		f.odd = unsafe.Pointer(&page[2])
	}
	iov := &zcall.Iovec{Base: &f.buf[0]}
	iov.SetLen(len(f.buf))
	f.iov = unsafe.Pointer(iov)
	f.path = unsafe.Pointer(&[]byte("x\x00")[0])
	f.word = unsafe.Pointer(new(uint32))
	f.sa = unsafe.Pointer(new([128]byte))
	f.salen = unsafe.Pointer(new(uint32))
	f.msg = unsafe.Pointer(new(zcall.Msghdr))
	f.mmsg = unsafe.Pointer(new(zcall.Mmsghdr))
	f.its = unsafe.Pointer(new(zcall.Itimerspec))
	f.mask = unsafe.Pointer(new(uint64))
	f.params = unsafe.Pointer(new([120]byte))
	f.st, f.off, f.fds = new(zcall.Stat_t), new(int64), new([2]int32)
	f.ev, f.evs = new(zcall.EpollEvent), make([]zcall.EpollEvent, 1)
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
		for range n {
		}
		return 0
	}},

	{"getppid/4", "zcall.Syscall4", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		for range n {
			_, errno = zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"getppid/4", "syscall.Syscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		for range n {
			_, _, e = syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"getppid/4", "syscall.RawSyscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		for range n {
			_, _, e = syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0)
		}
		return e
	}},
	{"getppid/4", "unix.Getppid", 0, func(f *fixture, n int) syscall.Errno {
		for range n {
			unix.Getppid()
		}
		return 0
	}},

	{"getppid/6", "zcall.Syscall6", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		for range n {
			_, errno = zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return syscall.Errno(errno)
	}},
	{"getppid/6", "syscall.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for range n {
			_, _, e = syscall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"getppid/6", "syscall.RawSyscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for range n {
			_, _, e = syscall.RawSyscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},
	{"getppid/6", "unix.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		for range n {
			_, _, e = unix.Syscall6(unix.SYS_GETPPID, 0, 0, 0, 0, 0, 0)
		}
		return e
	}},

	{"read EAGAIN", "zcall.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for range n {
			_, errno = zcall.Read(fd, buf)
		}
		return syscall.Errno(errno)
	}},
	{"read EAGAIN", "zcall.Syscall4", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, buf := f.rfd, f.buf
		for range n {
			_, errno = zcall.Syscall4(zcall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
		}
		return syscall.Errno(errno)
	}},
	{"read EAGAIN", "syscall.Syscall", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		fd, buf := f.rfd, f.buf
		for range n {
			_, _, e = syscall.Syscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
		}
		return e
	}},
	{"read EAGAIN", "syscall.RawSyscall", syscall.EAGAIN, func(f *fixture, n int) (e syscall.Errno) {
		fd, buf := f.rfd, f.buf
		for range n {
			_, _, e = syscall.RawSyscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
		}
		return e
	}},
	{"read EAGAIN", "syscall.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, buf := int(f.rfd), f.buf
		for range n {
			_, err = syscall.Read(fd, buf)
		}
		return errnoOf(err)
	}},
	{"read EAGAIN", "unix.Read", syscall.EAGAIN, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, buf := int(f.rfd), f.buf
		for range n {
			_, err = unix.Read(fd, buf)
		}
		return errnoOf(err)
	}},

	{"eventfd write", "zcall.Write", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		fd, one := f.efd, f.one
		for range n {
			_, errno = zcall.Write(fd, one)
		}
		return syscall.Errno(errno)
	}},
	{"eventfd write", "syscall.Syscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		fd, one := f.efd, f.one
		for range n {
			_, _, e = syscall.Syscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one)))
		}
		return e
	}},
	{"eventfd write", "syscall.RawSyscall", 0, func(f *fixture, n int) (e syscall.Errno) {
		fd, one := f.efd, f.one
		for range n {
			_, _, e = syscall.RawSyscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one)))
		}
		return e
	}},
	{"eventfd write", "syscall.Write", 0, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, one := int(f.efd), f.one
		for range n {
			_, err = syscall.Write(fd, one)
		}
		return errnoOf(err)
	}},
	{"eventfd write", "unix.Write", 0, func(f *fixture, n int) syscall.Errno {
		var err error
		fd, one := int(f.efd), f.one
		for range n {
			_, err = unix.Write(fd, one)
		}
		return errnoOf(err)
	}},

	// io_uring: each iteration also queues the NOP and reaps its
	// completion in user space, the same work on every path.
	{"io_uring NOP", "zcall.IoUringEnter", 0, func(f *fixture, n int) syscall.Errno {
		var errno uintptr
		r := f.ring
		for range n {
			r.PrepNOP(1)
			_, errno = zcall.IoUringEnter(r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0)
			r.Reap()
		}
		return syscall.Errno(errno)
	}},
	{"io_uring NOP", "syscall.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for range n {
			r.PrepNOP(1)
			_, _, e = syscall.Syscall6(zcall.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
	}},
	{"io_uring NOP", "syscall.RawSyscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for range n {
			r.PrepNOP(1)
			_, _, e = syscall.RawSyscall6(zcall.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
	}},
	{"io_uring NOP", "unix.Syscall6", 0, func(f *fixture, n int) (e syscall.Errno) {
		r := f.ring
		for range n {
			r.PrepNOP(1)
			_, _, e = unix.Syscall6(unix.SYS_IO_URING_ENTER, r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0)
			r.Reap()
		}
		return e
	}},
}

// A wrapper is one raw Linux wrapper measured on one cheap path: wrapper
// makes n calls of it, raw makes the same n calls with the same arguments
// through the exported trampoline, Syscall4 or Syscall6. via names the
// trampoline the wrapper itself makes; when it is syscall3, the
// unexported three-argument trampoline, raw passes 0 as the fourth
// argument of Syscall4 (syscall3 is that call without the fourth
// argument's store and load). TestEveryWrapperMeasured checks the table
// against the package's source.
type wrapper struct {
	name, family, via string
	errno             syscall.Errno
	wrapper, raw      func(f *fixture, n int) syscall.Errno
}

// wrappers is filled on linux/amd64 (wrappers_linux_amd64_test.go).
var wrappers []wrapper

// A named loop is one entry of the list the script runs, in order.
type namedLoop struct {
	name  string
	errno syscall.Errno
	ring  bool
	run   func(f *fixture, n int) syscall.Errno
}

// allLoops lists every loop: the comparisons, then each wrapper and its
// trampoline call, named "wrapper|NAME" and "raw|NAME".
func allLoops() []namedLoop {
	var ls []namedLoop
	for _, l := range loops {
		ls = append(ls, namedLoop{l.name(), l.errno, l.op == "io_uring NOP", l.run})
	}
	for _, w := range wrappers {
		ls = append(ls, namedLoop{"wrapper|" + w.name, w.errno, false, w.wrapper})
		ls = append(ls, namedLoop{"raw|" + w.name, w.errno, false, w.raw})
	}
	return ls
}

// measured runs one loop. The script counts only the instructions executed
// inside it (callgrind --toggle-collect), which leaves out the program's
// start and exit, the fixtures and the runtime's other threads, and dumps
// the count after each call (--dump-after), one file per loop.
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

// TestMain runs the loops when INSTRLOOP says so, and otherwise the tests:
//
//	INSTRLOOP=list          the loops' names, in the order all runs them
//	INSTRLOOP=all:N         every loop once, N calls each
//	INSTRLOOP=NAME:N        one loop
//	INSTRLOOP=report:N      read "NAME COUNT" lines (callgrind's counts of
//	                        N-call loops) from standard input, print the
//	                        tables and exit 1 if a limit is missed
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
	if os.Getenv("INSTRLOOP_VALGRIND") != "" {
		readTicks()
	}
	ok, err := runSpec(spec, os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "instrloop:", err)
		os.Exit(2)
	}
	if !ok {
		fmt.Fprintln(os.Stderr, "instrloop: a limit was missed")
		os.Exit(1)
	}
	os.Exit(0)
}

// readTicks makes the runtime read the CPU's time-stamp counter
// (runtime.cputicks, which the block profiler calls for a blocked receive),
// as it does on its own whenever one of its locks is contended: on a busy
// machine, at any moment. Where the CPU has RDTSCP the runtime uses it,
// and valgrind 3.19 reports RDTSCP in CPUID but stops the program with
// SIGILL when it runs: scripts/instrcount.sh sets GODEBUG=cpu.rdtscp=off,
// which makes the runtime use RDTSC. Run under valgrind before the loops,
// readTicks makes a run without that setting fail at once, whatever the
// load, instead of now and then.
func readTicks() {
	runtime.SetBlockProfileRate(1)
	defer runtime.SetBlockProfileRate(0)
	c := make(chan struct{})
	go func() {
		time.Sleep(time.Millisecond)
		close(c)
	}()
	<-c
}

func runSpec(spec string, in io.Reader, out io.Writer) (ok bool, err error) {
	ls := allLoops()
	if spec == "list" {
		for _, l := range ls {
			fmt.Fprintln(out, l.name)
		}
		return true, nil
	}
	name, count, found := strings.Cut(spec, ":")
	n, err := strconv.Atoi(count)
	if !found || err != nil || n <= 0 {
		return false, fmt.Errorf("INSTRLOOP=%q: want list, all:N, report:N or NAME:N", spec)
	}
	if name == "report" {
		return report(in, out, n)
	}
	var ring *fixture // one io_uring for every loop that needs it
	ran := false
	for _, l := range ls {
		if name != "all" && l.name != name {
			continue
		}
		ran = true
		f, _, err := newFixture(false)
		if err != nil {
			return false, err
		}
		if l.ring {
			if ring == nil {
				if ring, _, err = newFixture(true); err != nil {
					return false, err
				}
			}
			f = ring
		}
		e := measured(l.run, f, n)
		if e == syscall.ENOSYS && l.errno != 0 && os.Getenv("INSTRLOOP_VALGRIND") != "" {
			// valgrind answers ENOSYS for a system call it does not
			// implement (3.19: pidfd_open, ...), without asking the kernel.
			// The wrapper and its trampoline call both get it, and the
			// user-space path is the same error path as the expected one.
			fmt.Fprintf(os.Stderr, "instrloop: note: %s: ENOSYS from valgrind, not %v from the kernel\n", l.name, l.errno)
			continue
		}
		if e != l.errno {
			return false, fmt.Errorf("%s: errno %d (%v), want %d (%v)", l.name, e, e, l.errno, l.errno)
		}
	}
	if !ran {
		return false, fmt.Errorf("no loop %q", name)
	}
	return true, nil
}

// TestLoops: every loop makes the call it names and gets the expected
// result, so that the instruction counts measure the path they claim to.
func TestLoops(t *testing.T) {
	for _, l := range allLoops() {
		t.Run(l.name, func(t *testing.T) {
			f, errno, err := newFixture(l.ring)
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
