// Package benchops holds the operations that cmd/zcallbench and the
// package's benchmarks time: the same non-blocking system call made through
// zcall, through the standard library's paths and through
// golang.org/x/sys/unix, each path a loop of n calls written out in full,
// so that nothing but the call differs.
package benchops

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Path names, in the order of a table's columns.
const (
	Zcall   = "zcall"
	Syscall = "syscall.Syscall" // scheduler-aware: entersyscall/exitsyscall
	Raw     = "syscall.RawSyscall"
	Func    = "syscall func" // the standard library's typed function, if any
	Unix    = "x/sys/unix"   // golang.org/x/sys/unix's function for the same call (Op.Unix)
)

// Paths lists the names of the paths in Op.Paths, in column order. Unix
// is not among them: it is kept apart in Op.Unix.
var Paths = []string{Zcall, Syscall, Raw, Func}

// A Path makes the operation n times. It returns the errno of the last
// call that did not give the expected result (0 when all did).
type Path struct {
	Name string
	Run  func(n int) uintptr
}

// An Op is one operation made through several paths.
type Op struct {
	Name  string
	What  string // one line: the call and what it returns
	Paths []Path
	// Unix makes the same call through golang.org/x/sys/unix (nil when
	// x/sys has no such call). It is kept out of Paths so that a caller
	// chooses whether to time it.
	Unix *Path
	// Parallel ops run their calls in several goroutines; time them by
	// the wall clock.
	Parallel bool
	Skip     string // why the op cannot run here ("" when it can)
	// SkipErrno is the errno behind Skip, when a system call failed.
	SkipErrno uintptr
}

// Path returns the path called name, or nil.
func (o *Op) Path(name string) *Path {
	for i := range o.Paths {
		if o.Paths[i].Name == name {
			return &o.Paths[i]
		}
	}
	return nil
}

// Set holds the descriptors the operations use.
type Set struct {
	Ops []Op

	// The descriptors, for callers that add paths of their own.
	EmptyPipe    uintptr // read end of a pipe that stays empty
	PipeR, PipeW uintptr // a pipe for the write+read round trip
	Eventfd      uintptr // a non-blocking eventfd (Linux)
	Ring         any     // the *nopring.Ring of "io_uring NOP" (Linux), or nil

	closers []func()
}

// Close releases the descriptors.
func (s *Set) Close() {
	for _, c := range s.closers {
		c()
	}
	s.closers = nil
}

func eagain(errno uintptr) uintptr {
	if errno == uintptr(syscall.EAGAIN) {
		return 0
	}
	if errno == 0 {
		return ^uintptr(0) // the read should have failed
	}
	return errno
}

func errnoOf(err error) uintptr {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return uintptr(e)
	}
	return ^uintptr(0)
}

// nonblockingPipe returns a pipe whose ends do not block.
func nonblockingPipe() (r, w int, err error) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		return -1, -1, fmt.Errorf("pipe: %w", err)
	}
	for _, fd := range p {
		if err := syscall.SetNonblock(fd, true); err != nil {
			return -1, -1, fmt.Errorf("set non-blocking: %w", err)
		}
	}
	return p[0], p[1], nil
}

// New sets up every operation. An operation the platform cannot run has
// Skip set; an error means the common setup itself failed.
func New() (*Set, error) {
	s := &Set{}
	empty, emptyW, err := nonblockingPipe()
	if err != nil {
		return nil, err
	}
	pr, pw, err := nonblockingPipe()
	if err != nil {
		return nil, err
	}
	s.EmptyPipe, s.PipeR, s.PipeW = uintptr(empty), uintptr(pr), uintptr(pw)
	s.closers = append(s.closers, func() {
		for _, fd := range []int{empty, emptyW, pr, pw} {
			syscall.Close(fd)
		}
	})

	s.Ops = append(s.Ops, Op{
		Name: "getppid/4", What: "getppid through the 4-argument entry points",
		Paths: []Path{
			{Zcall, func(n int) (bad uintptr) {
				for range n {
					if _, errno := zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0); errno != 0 {
						bad = errno
					}
				}
				return bad
			}},
			{Syscall, func(n int) (bad uintptr) {
				for range n {
					if _, _, e := syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0); e != 0 {
						bad = uintptr(e)
					}
				}
				return bad
			}},
			{Raw, func(n int) (bad uintptr) {
				for range n {
					if _, _, e := syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0); e != 0 {
						bad = uintptr(e)
					}
				}
				return bad
			}},
			{Func, func(n int) (bad uintptr) {
				for range n {
					if syscall.Getppid() <= 0 {
						bad = ^uintptr(0)
					}
				}
				return bad
			}},
		},
		Unix: &Path{Unix, func(n int) (bad uintptr) {
			for range n {
				if unix.Getppid() <= 0 {
					bad = ^uintptr(0)
				}
			}
			return bad
		}},
	})

	s.Ops = append(s.Ops, Op{
		Name: "getppid/6", What: "getppid through the 6-argument entry points",
		Paths: []Path{
			{Zcall, func(n int) (bad uintptr) {
				for range n {
					if _, errno := zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0); errno != 0 {
						bad = errno
					}
				}
				return bad
			}},
			{Syscall, func(n int) (bad uintptr) {
				for range n {
					if _, _, e := syscall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0); e != 0 {
						bad = uintptr(e)
					}
				}
				return bad
			}},
			{Raw, func(n int) (bad uintptr) {
				for range n {
					if _, _, e := syscall.RawSyscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0); e != 0 {
						bad = uintptr(e)
					}
				}
				return bad
			}},
		},
		Unix: &Path{Unix, func(n int) (bad uintptr) {
			for range n {
				// syscall's number: x/sys/unix marks its darwin SYS_*
				// constants deprecated (it wants libSystem calls there).
				if _, _, e := unix.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0); e != 0 {
					bad = uintptr(e)
				}
			}
			return bad
		}},
	})

	s.Ops = append(s.Ops, Op{
		Name: "read EAGAIN", What: "read(2) of 64 bytes from an empty non-blocking pipe: EAGAIN",
		Paths: readPaths(uintptr(empty)),
		Unix:  readUnix(uintptr(empty)),
	})

	msg := make([]byte, 64)
	for i := range msg {
		msg[i] = byte(i)
	}
	in := make([]byte, 64)
	r, w := uintptr(pr), uintptr(pw)
	s.Ops = append(s.Ops, Op{
		Name: "write+read 64B", What: "write(2) 64 bytes into a pipe, read(2) them back",
		Paths: []Path{
			{Zcall, func(n int) (bad uintptr) {
				for range n {
					if m, errno := zcall.Write(w, msg); m != 64 {
						bad = short(errno)
					}
					if m, errno := zcall.Read(r, in); m != 64 {
						bad = short(errno)
					}
				}
				return bad
			}},
			{Syscall, func(n int) (bad uintptr) {
				for range n {
					if m, _, e := syscall.Syscall(syscall.SYS_WRITE, w, uintptr(unsafe.Pointer(unsafe.SliceData(msg))), uintptr(len(msg))); m != 64 {
						bad = short(uintptr(e))
					}
					if m, _, e := syscall.Syscall(syscall.SYS_READ, r, uintptr(unsafe.Pointer(unsafe.SliceData(in))), uintptr(len(in))); m != 64 {
						bad = short(uintptr(e))
					}
				}
				return bad
			}},
			{Raw, func(n int) (bad uintptr) {
				for range n {
					if m, _, e := syscall.RawSyscall(syscall.SYS_WRITE, w, uintptr(unsafe.Pointer(unsafe.SliceData(msg))), uintptr(len(msg))); m != 64 {
						bad = short(uintptr(e))
					}
					if m, _, e := syscall.RawSyscall(syscall.SYS_READ, r, uintptr(unsafe.Pointer(unsafe.SliceData(in))), uintptr(len(in))); m != 64 {
						bad = short(uintptr(e))
					}
				}
				return bad
			}},
			{Func, func(n int) (bad uintptr) {
				for range n {
					if m, err := syscall.Write(int(w), msg); m != 64 {
						bad = short(errnoOf(err))
					}
					if m, err := syscall.Read(int(r), in); m != 64 {
						bad = short(errnoOf(err))
					}
				}
				return bad
			}},
		},
		Unix: &Path{Unix, func(n int) (bad uintptr) {
			for range n {
				if m, err := unix.Write(int(w), msg); m != 64 {
					bad = short(errnoOf(err))
				}
				if m, err := unix.Read(int(r), in); m != 64 {
					bad = short(errnoOf(err))
				}
			}
			return bad
		}},
	})

	if err := s.addPlatformOps(); err != nil {
		s.Close()
		return nil, err
	}

	// Contention: GOMAXPROCS goroutines make the same non-blocking call at
	// once, each on its own empty pipe; n is the total count, shared among
	// them.
	p := runtime.GOMAXPROCS(0)
	var perG [][]Path
	var perGUnix []Path
	for range p {
		r, w, err := nonblockingPipe()
		if err != nil {
			s.Close()
			return nil, err
		}
		s.closers = append(s.closers, func() { syscall.Close(r); syscall.Close(w) })
		perG = append(perG, readPaths(uintptr(r)))
		perGUnix = append(perGUnix, *readUnix(uintptr(r)))
	}
	par := Op{
		Name:     fmt.Sprintf("read EAGAIN x%d", p),
		What:     "read EAGAIN in GOMAXPROCS goroutines at once, each on its own pipe; ns per call of the total",
		Parallel: true,
	}
	for i, first := range perG[0] {
		var each []Path
		for g := range perG {
			each = append(each, perG[g][i])
		}
		par.Paths = append(par.Paths, fanOut(first.Name, each))
	}
	u := fanOut(Unix, perGUnix)
	par.Unix = &u
	s.Ops = append(s.Ops, par)
	return s, nil
}

// fanOut returns a path that runs each of paths in a goroutine of its own,
// all at once, sharing n among them.
func fanOut(name string, paths []Path) Path {
	p := len(paths)
	return Path{name, func(n int) uintptr {
		var wg sync.WaitGroup
		bad := make([]uintptr, p)
		for g := range p {
			k := n / p
			if g < n%p {
				k++
			}
			wg.Go(func() { bad[g] = paths[g].Run(k) })
		}
		wg.Wait()
		for _, e := range bad {
			if e != 0 {
				return e
			}
		}
		return 0
	}}
}

// short turns the errno of a short transfer into a failure value.
func short(errno uintptr) uintptr {
	if errno == 0 {
		return ^uintptr(0)
	}
	return errno
}

// readPaths returns the paths of a 64-byte read from fd, an empty
// non-blocking pipe: each call must fail with EAGAIN.
func readPaths(fd uintptr) []Path {
	buf := make([]byte, 64)
	return []Path{
		{Zcall, func(n int) (bad uintptr) {
			for range n {
				if _, errno := zcall.Read(fd, buf); errno != uintptr(syscall.EAGAIN) {
					bad = eagain(errno)
				}
			}
			return bad
		}},
		{Syscall, func(n int) (bad uintptr) {
			for range n {
				if _, _, e := syscall.Syscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf))); e != syscall.EAGAIN {
					bad = eagain(uintptr(e))
				}
			}
			return bad
		}},
		{Raw, func(n int) (bad uintptr) {
			for range n {
				if _, _, e := syscall.RawSyscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf))); e != syscall.EAGAIN {
					bad = eagain(uintptr(e))
				}
			}
			return bad
		}},
		{Func, func(n int) (bad uintptr) {
			for range n {
				if _, err := syscall.Read(int(fd), buf); err != syscall.EAGAIN {
					bad = eagain(errnoOf(err))
				}
			}
			return bad
		}},
	}
}

// readUnix returns the path of readPaths through unix.Read.
func readUnix(fd uintptr) *Path {
	buf := make([]byte, 64)
	return &Path{Unix, func(n int) (bad uintptr) {
		for range n {
			if _, err := unix.Read(int(fd), buf); err != unix.EAGAIN {
				bad = eagain(errnoOf(err))
			}
		}
		return bad
	}}
}
