package zcall_test

import (
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/benchops"
)

// The benchmarks make the same non-blocking call through zcall and through
// syscall.Syscall, syscall.RawSyscall, the standard library's typed
// function and golang.org/x/sys/unix, each a loop of b.N calls, side by
// side as sub-benchmarks:
//
//	go test -run '^$' -bench . -benchmem
//
// cmd/zcallbench runs the same loops (internal/benchops) in interleaved
// rounds and prints a table.

// benchOp runs every path of the operation called name, plus extra paths.
func benchOp(b *testing.B, name string, extra func(s *benchops.Set) []benchops.Path) {
	s, err := benchops.New()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, op := range s.Ops {
		if op.Name != name {
			continue
		}
		if op.Skip != "" {
			// Only io_uring_setup may fail, with ENOSYS under qemu-user.
			skipIfUnemulated(b, op.SkipErrno, zcall.ENOSYS, "io_uring_setup")
			b.Fatal(op.Skip)
		}
		paths := op.Paths
		if extra != nil {
			paths = append(paths, extra(s)...)
		}
		for _, p := range paths {
			b.Run(p.Name, func(b *testing.B) {
				if bad := p.Run(b.N); bad != 0 {
					b.Fatalf("errno %d", bad)
				}
			})
		}
		return
	}
	b.Fatalf("no operation %q", name)
}

// BenchmarkSyscall4: getppid through zcall.Syscall4, syscall.Syscall,
// syscall.RawSyscall, syscall.Getppid and unix.Getppid.
func BenchmarkSyscall4(b *testing.B) {
	benchOp(b, "getppid/4", func(*benchops.Set) []benchops.Path {
		return []benchops.Path{{Name: "unix.Getppid", Run: func(n int) (bad uintptr) {
			for range n {
				if unix.Getppid() <= 0 {
					bad = ^uintptr(0)
				}
			}
			return bad
		}}}
	})
}

// BenchmarkSyscall6: getppid through zcall.Syscall6, syscall.Syscall6,
// syscall.RawSyscall6 and unix.Syscall6.
func BenchmarkSyscall6(b *testing.B) {
	benchOp(b, "getppid/6", func(*benchops.Set) []benchops.Path {
		return []benchops.Path{{Name: "unix.Syscall6", Run: func(n int) (bad uintptr) {
			for range n {
				if _, _, e := unix.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0); e != 0 {
					bad = uintptr(e)
				}
			}
			return bad
		}}}
	})
}

// BenchmarkReadEAGAIN: a 64-byte read from an empty non-blocking pipe,
// which fails with EAGAIN, through zcall.Read and the other paths.
func BenchmarkReadEAGAIN(b *testing.B) {
	benchOp(b, "read EAGAIN", func(s *benchops.Set) []benchops.Path {
		fd, buf := int(s.EmptyPipe), make([]byte, 64)
		return []benchops.Path{{Name: "unix.Read", Run: func(n int) (bad uintptr) {
			for range n {
				if _, err := unix.Read(fd, buf); err != unix.EAGAIN {
					bad = ^uintptr(0)
				}
			}
			return bad
		}}}
	})
}

// BenchmarkWriteRead: 64 bytes written into a pipe and read back.
func BenchmarkWriteRead(b *testing.B) {
	benchOp(b, "write+read 64B", func(s *benchops.Set) []benchops.Path {
		r, w := int(s.PipeR), int(s.PipeW)
		msg, in := make([]byte, 64), make([]byte, 64)
		return []benchops.Path{{Name: "unix.Write+Read", Run: func(n int) (bad uintptr) {
			for range n {
				if m, _ := unix.Write(w, msg); m != 64 {
					bad = ^uintptr(0)
				}
				if m, _ := unix.Read(r, in); m != 64 {
					bad = ^uintptr(0)
				}
			}
			return bad
		}}}
	})
}

// BenchmarkContention: GOMAXPROCS goroutines (b.RunParallel), each reading
// its own empty non-blocking pipe (EAGAIN) in a loop; ns/op is the total
// time over the total count, so lower means more throughput.
func BenchmarkContention(b *testing.B) {
	type path struct {
		name string
		call func(fd uintptr, buf []byte) uintptr
	}
	for _, p := range []path{
		{"zcall", func(fd uintptr, buf []byte) uintptr {
			_, errno := zcall.Read(fd, buf)
			return errno
		}},
		{"syscall.Syscall", func(fd uintptr, buf []byte) uintptr {
			_, _, e := syscall.Syscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
			return uintptr(e)
		}},
		{"syscall.RawSyscall", func(fd uintptr, buf []byte) uintptr {
			_, _, e := syscall.RawSyscall(syscall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
			return uintptr(e)
		}},
		{"unix.Read", func(fd uintptr, buf []byte) uintptr {
			_, err := unix.Read(int(fd), buf)
			if e, ok := err.(unix.Errno); ok {
				return uintptr(e)
			}
			return ^uintptr(0)
		}},
	} {
		b.Run(p.name, func(b *testing.B) {
			b.RunParallel(func(pb *testing.PB) {
				var fds [2]int
				if err := syscall.Pipe(fds[:]); err != nil {
					b.Error(err)
					return
				}
				defer syscall.Close(fds[0])
				defer syscall.Close(fds[1])
				if err := syscall.SetNonblock(fds[0], true); err != nil {
					b.Error(err)
					return
				}
				fd, buf := uintptr(fds[0]), make([]byte, 64)
				for pb.Next() {
					if errno := p.call(fd, buf); errno != uintptr(syscall.EAGAIN) {
						b.Errorf("errno %d, want EAGAIN", errno)
						return
					}
				}
			})
		})
	}
}

// allocCase is one call whose heap allocations are counted.
type allocCase struct {
	name string
	call func()
}

// checkAllocs asserts that each call allocates nothing, after proving on a
// control that allocates that the count is real.
func checkAllocs(t *testing.T, cases []allocCase) {
	t.Helper()
	var sink []byte
	if n := testing.AllocsPerRun(100, func() { sink = make([]byte, 64+len(sink)%2) }); n != 1 {
		t.Fatalf("control: AllocsPerRun = %v for one make, want 1", n)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(1000, c.call); n != 0 {
				t.Errorf("%v allocations per call, want 0", n)
			}
		})
	}
}

// TestAllocs: every zcall call the benchmarks measure allocates nothing.
func TestAllocs(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	if err := syscall.SetNonblock(p[0], true); err != nil {
		t.Fatal(err)
	}
	r, w := uintptr(p[0]), uintptr(p[1])
	buf := make([]byte, 64)
	var errno uintptr
	cases := []allocCase{
		{"Syscall4", func() { _, errno = zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0) }},
		{"Syscall6", func() { _, errno = zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0) }},
		{"Read EAGAIN", func() { _, errno = zcall.Read(r, buf) }},
		{"Write+Read", func() {
			zcall.Write(w, buf)
			_, errno = zcall.Read(r, buf)
		}},
		{"Errno", func() {
			_, errno = zcall.Read(r, buf)
			if errno != 0 && zcall.Errno(errno) != zcall.EAGAIN {
				t.Error("unexpected errno")
			}
		}},
	}
	if platformAllocCases != nil {
		cases = append(cases, platformAllocCases(t)...)
	}
	checkAllocs(t, cases)
	if errno != uintptr(syscall.EAGAIN) {
		t.Errorf("last read: errno %d, want EAGAIN", errno)
	}
}

// platformAllocCases, when set, adds to TestAllocs the calls that only one
// OS benchmarks (bench_linux_test.go sets it).
var platformAllocCases func(t *testing.T) []allocCase
