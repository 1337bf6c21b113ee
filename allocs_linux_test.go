//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"encoding/binary"
	"testing"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/nopring"
)

// platformAllocCases: the Linux-only calls the benchmarks measure.
func platformAllocCases(t *testing.T) []allocCase {
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
