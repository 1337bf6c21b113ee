package zcall_test

import (
	"encoding/binary"
	"testing"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/benchops"
	"code.hybscloud.com/zcall/internal/nopring"
)

// BenchmarkEventfdWrite: an 8-byte increment written to a non-blocking
// eventfd through zcall.Write and the other paths.
func BenchmarkEventfdWrite(b *testing.B) {
	benchOp(b, "eventfd write", func(s *benchops.Set) []benchops.Path {
		fd, one := int(s.Eventfd), binary.NativeEndian.AppendUint64(nil, 1)
		return []benchops.Path{{Name: "unix.Write", Run: func(n int) (bad uintptr) {
			for range n {
				if m, _ := unix.Write(fd, one); m != 8 {
					bad = ^uintptr(0)
				}
			}
			return bad
		}}}
	})
}

// BenchmarkIoUringNOP: one NOP submitted and completed per io_uring_enter
// through zcall.IoUringEnter, syscall.Syscall6, syscall.RawSyscall6 and
// unix.Syscall6. Under qemu-user, which does not implement io_uring, the
// setup fails with ENOSYS and the benchmark is skipped with that reason.
func BenchmarkIoUringNOP(b *testing.B) {
	benchOp(b, "io_uring NOP", func(s *benchops.Set) []benchops.Path {
		ring := s.Ring.(*nopring.Ring)
		return []benchops.Path{{Name: "unix.Syscall6", Run: func(n int) (bad uintptr) {
			for i := range n {
				ring.PrepNOP(uint64(i))
				if m, _, _ := unix.Syscall6(zcall.SYS_IO_URING_ENTER, ring.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0); m != 1 {
					bad = ^uintptr(0)
				}
				if _, res, ok := ring.Reap(); !ok || res != 0 {
					bad = ^uintptr(0)
				}
			}
			return bad
		}}}
	})
}

func init() { platformAllocCases = linuxAllocCases }

// linuxAllocCases: the Linux-only calls the benchmarks measure.
func linuxAllocCases(t *testing.T) []allocCase {
	efd, errno := zcall.Eventfd2(0, zcall.EFD_NONBLOCK|zcall.EFD_CLOEXEC)
	if errno != 0 {
		t.Fatalf("eventfd2: %v", zcall.Errno(errno))
	}
	t.Cleanup(func() { zcall.Close(efd) })
	one := binary.NativeEndian.AppendUint64(nil, 1)
	cases := []allocCase{
		{"Write eventfd", func() {
			if _, errno := zcall.Write(efd, one); errno != 0 {
				t.Errorf("eventfd write: %v", zcall.Errno(errno))
			}
		}},
	}
	return cases
}

// TestAllocsIoUring: zcall.IoUringEnter of one NOP allocates nothing.
func TestAllocsIoUring(t *testing.T) {
	ring, errno := nopring.New(8)
	skipIfUnemulated(t, errno, zcall.ENOSYS, "io_uring_setup")
	if errno != 0 {
		t.Fatalf("io_uring_setup: %v", zcall.Errno(errno))
	}
	defer ring.Close()
	checkAllocs(t, []allocCase{{"IoUringEnter NOP", func() {
		ring.PrepNOP(1)
		if n, errno := zcall.IoUringEnter(ring.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0); n != 1 {
			t.Errorf("io_uring_enter: (%d, %v)", n, zcall.Errno(errno))
		}
		ring.Reap()
	}}})
}
