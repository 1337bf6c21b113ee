package zcall_test

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
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

// BenchmarkLinkLookup: LinkByName, LinkByIndex and IfNameToIndex for the
// last of n links, and Links, in a network namespace of the benchmark's own
// with n = 1, 1,000 and 10,000 links (dummy links, or bridges where the
// kernel has no dummy driver). The lookups ask for one link, so their cost
// stays flat as n grows; Links reads all n. It needs CAP_SYS_ADMIN and
// CAP_NET_ADMIN (root) and skips without them.
func BenchmarkLinkLookup(b *testing.B) {
	for _, n := range []int{1, 1000, 10000} {
		ns := newNetns(b)
		var last zcall.Link
		var err error
		ns.run(func() { last, err = addLinks(n) })
		if err != nil {
			b.Skip(err)
		}
		for _, op := range []struct {
			name string
			call func() error
		}{
			{"LinkByName", func() error { _, err := zcall.LinkByName(last.Name); return err }},
			{"LinkByIndex", func() error { _, err := zcall.LinkByIndex(last.Index); return err }},
			{"IfNameToIndex", func() error { _, err := zcall.IfNameToIndex(last.Name); return err }},
			{"Links", func() error { _, err := zcall.Links(); return err }},
		} {
			b.Run(fmt.Sprintf("%s/links=%d", op.name, n), func(b *testing.B) {
				b.ResetTimer()
				ns.run(func() { // b.Error only: this is not the benchmark's goroutine
					for range b.N {
						if err := op.call(); err != nil {
							b.Errorf("%s: %v", op.name, err)
							return
						}
					}
				})
			})
		}
	}
}

// addLinks makes n links named zb0, zb1, ... in the calling thread's network
// namespace, of the first kind the kernel has (dummy, then bridge), and
// returns the last. Its error says why it could not.
func addLinks(n int) (zcall.Link, error) {
	var kind string
	var tried []string
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("zb%d", i)
		for _, k := range []string{"dummy", "bridge"} {
			if kind != "" && k != kind {
				continue
			}
			info := attr(unix.NLA_F_NESTED|unix.IFLA_LINKINFO, attr(unix.IFLA_INFO_KIND, []byte(k)))
			body := slices.Concat(make([]byte, 16), attr(zcall.IFLA_IFNAME, append([]byte(name), 0)), info)
			e, err := rtnl(unix.RTM_NEWLINK, unix.NLM_F_CREATE|unix.NLM_F_EXCL, body)
			if err != nil {
				return zcall.Link{}, err
			}
			if e == 0 {
				kind = k
				break
			}
			tried = append(tried, fmt.Sprintf("%s: %v (errno %d)", k, e, uintptr(e)))
		}
		if kind == "" {
			return zcall.Link{}, fmt.Errorf("RTM_NEWLINK of %s", strings.Join(tried, ", "))
		}
	}
	l, err := zcall.LinkByName(fmt.Sprintf("zb%d", n-1))
	if err != nil {
		return zcall.Link{}, fmt.Errorf("LinkByName of the last link made: %v", err)
	}
	return *l, nil
}
