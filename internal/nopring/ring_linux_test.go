package nopring_test

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/nopring"
)

// TestNOP: every NOP submitted through zcall.IoUringEnter comes back with
// its user data and result 0.
func TestNOP(t *testing.T) {
	r, errno := nopring.New(8)
	if errno == uintptr(syscall.ENOSYS) && underQEMU() {
		t.Skip("io_uring_setup: ENOSYS under qemu-user, which does not implement it")
	}
	if errno != 0 {
		t.Fatalf("nopring.New: %v", zcall.Errno(errno))
	}
	defer r.Close()
	for i := uint64(1); i <= 20; i++ {
		r.PrepNOP(i)
		n, errno := zcall.IoUringEnter(r.FD, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0)
		if errno != 0 || n != 1 {
			t.Fatalf("io_uring_enter: (%d, %v), want (1, 0)", n, zcall.Errno(errno))
		}
		ud, res, ok := r.Reap()
		if !ok || ud != i || res != 0 {
			t.Fatalf("completion %d: (%d, %d, %v), want (%d, 0, true)", i, ud, res, ok, i)
		}
		if _, _, ok := r.Reap(); ok {
			t.Fatalf("completion %d: a second completion for one NOP", i)
		}
	}
}

func underQEMU() bool {
	b, err := os.ReadFile("/proc/self/comm")
	return err == nil && strings.HasPrefix(string(b), "qemu-")
}
