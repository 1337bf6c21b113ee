package benchops

import (
	"encoding/binary"
	"fmt"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
	"code.hybscloud.com/zcall/internal/nopring"
)

// addPlatformOps adds the Linux-only operations: an eventfd write and one
// io_uring NOP round trip.
func (s *Set) addPlatformOps() error {
	efd, errno := zcall.Eventfd2(0, zcall.EFD_NONBLOCK|zcall.EFD_CLOEXEC)
	if errno != 0 {
		return fmt.Errorf("eventfd2: %v", zcall.Errno(errno))
	}
	s.Eventfd = efd
	s.closers = append(s.closers, func() { zcall.Close(efd) })
	one := binary.NativeEndian.AppendUint64(nil, 1) // an increment of 1, in host byte order
	s.Ops = append(s.Ops, Op{
		Name: "eventfd write", What: "write(2) of an 8-byte increment to a non-blocking eventfd",
		Paths: []Path{
			{Zcall, func(n int) (bad uintptr) {
				for range n {
					if m, errno := zcall.Write(efd, one); m != 8 {
						bad = short(errno)
					}
				}
				return bad
			}},
			{Syscall, func(n int) (bad uintptr) {
				for range n {
					if m, _, e := syscall.Syscall(syscall.SYS_WRITE, efd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one))); m != 8 {
						bad = short(uintptr(e))
					}
				}
				return bad
			}},
			{Raw, func(n int) (bad uintptr) {
				for range n {
					if m, _, e := syscall.RawSyscall(syscall.SYS_WRITE, efd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one))); m != 8 {
						bad = short(uintptr(e))
					}
				}
				return bad
			}},
			{Func, func(n int) (bad uintptr) {
				for range n {
					if m, err := syscall.Write(int(efd), one); m != 8 {
						bad = short(errnoOf(err))
					}
				}
				return bad
			}},
		},
		Unix: &Path{Unix, func(n int) (bad uintptr) {
			for range n {
				if m, err := unix.Write(int(efd), one); m != 8 {
					bad = short(errnoOf(err))
				}
			}
			return bad
		}},
	})

	const name = "io_uring NOP"
	const what = "io_uring_enter(2) submitting one NOP and reaping its completion"
	ring, errno := nopring.New(8)
	if errno != 0 {
		s.Ops = append(s.Ops, Op{Name: name, What: what, SkipErrno: errno,
			Skip: fmt.Sprintf("io_uring_setup: %v (errno %d)", zcall.Errno(errno), errno)})
		return nil
	}
	s.Ring = ring
	s.closers = append(s.closers, ring.Close)
	rfd := ring.FD
	// Each path queues a NOP, enters the kernel once to submit it (it
	// completes inline), and reaps the completion.
	reap := func(bad uintptr) uintptr {
		if _, res, ok := ring.Reap(); !ok || res != 0 {
			return ^uintptr(0)
		}
		return bad
	}
	s.Ops = append(s.Ops, Op{
		Name: name, What: what,
		Paths: []Path{
			{Zcall, func(n int) (bad uintptr) {
				for i := range n {
					ring.PrepNOP(uint64(i))
					if m, errno := zcall.IoUringEnter(rfd, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0); m != 1 {
						bad = short(errno)
					}
					bad = reap(bad)
				}
				return bad
			}},
			{Syscall, func(n int) (bad uintptr) {
				for i := range n {
					ring.PrepNOP(uint64(i))
					if m, _, e := syscall.Syscall6(zcall.SYS_IO_URING_ENTER, rfd, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0); m != 1 {
						bad = short(uintptr(e))
					}
					bad = reap(bad)
				}
				return bad
			}},
			{Raw, func(n int) (bad uintptr) {
				for i := range n {
					ring.PrepNOP(uint64(i))
					if m, _, e := syscall.RawSyscall6(zcall.SYS_IO_URING_ENTER, rfd, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0); m != 1 {
						bad = short(uintptr(e))
					}
					bad = reap(bad)
				}
				return bad
			}},
		},
		Unix: &Path{Unix, func(n int) (bad uintptr) {
			for i := range n {
				ring.PrepNOP(uint64(i))
				if m, _, e := unix.Syscall6(zcall.SYS_IO_URING_ENTER, rfd, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0); m != 1 {
					bad = short(uintptr(e))
				}
				bad = reap(bad)
			}
			return bad
		}},
	})
	return nil
}
