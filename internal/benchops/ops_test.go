package benchops_test

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"code.hybscloud.com/zcall/internal/benchops"
)

// TestPaths: every path of every operation makes its call and gets the
// result it must (a count, or EAGAIN), so the timings compare like with like.
func TestPaths(t *testing.T) {
	s, err := benchops.New()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.Ops) < 5 {
		t.Fatalf("%d operations, want at least 5", len(s.Ops))
	}
	for _, op := range s.Ops {
		t.Run(op.Name, func(t *testing.T) {
			if op.Skip != "" {
				// Only io_uring may be missing, with ENOSYS, and only
				// under emulation.
				if op.SkipErrno != uintptr(syscall.ENOSYS) || !underQEMU() {
					t.Fatalf("cannot run: %s", op.Skip)
				}
				t.Skipf("%s: ENOSYS under qemu-user, which does not implement io_uring", op.Skip)
			}
			if op.Path(benchops.Zcall) == nil || op.Path(benchops.Syscall) == nil || op.Path(benchops.Raw) == nil {
				t.Fatalf("paths %v: want zcall, Syscall and RawSyscall", op.Paths)
			}
			if op.Unix == nil || op.Unix.Name != benchops.Unix {
				t.Errorf("x/sys/unix path: %v", op.Unix)
			}
			paths := op.Paths
			if op.Unix != nil {
				paths = append(paths[:len(paths):len(paths)], *op.Unix)
			}
			for _, p := range paths {
				if bad := p.Run(10); bad != 0 {
					t.Errorf("%s: errno %d", p.Name, bad)
				}
			}
		})
	}
}

func underQEMU() bool {
	b, err := os.ReadFile("/proc/self/comm")
	return err == nil && strings.HasPrefix(string(b), "qemu-")
}
