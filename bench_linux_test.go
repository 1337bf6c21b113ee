//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"encoding/binary"
	"testing"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/benchops"
	"code.hybscloud.com/zcall/internal/nopring"
)

// skipOp skips a benchmark whose operation could not be set up when the
// reason is ENOSYS from io_uring_setup under qemu-user; the caller fails it
// otherwise.
func skipOp(b *testing.B, op benchops.Op) {
	skipIfUnemulated(b, op.SkipErrno, zcall.ENOSYS, "io_uring_setup")
}

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
