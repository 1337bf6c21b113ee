package zcall_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The io_uring wrappers' signatures, checked by the compiler.
var (
	_ func(uintptr, unsafe.Pointer) (uintptr, uintptr)                                     = zcall.IoUringSetup
	_ func(uintptr, uintptr, uintptr, uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr) = zcall.IoUringEnter
	_ func(uintptr, uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                   = zcall.IoUringRegister
	_ func(uintptr, uintptr, uintptr, uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr) = zcall.IoUringEnterBlocking
)

// The mmap offsets of the rings, from include/uapi/linux/io_uring.h. The
// package does not export them; the test keeps its own.
const (
	ioringOffSQRing = 0          // #define IORING_OFF_SQ_RING 0ULL
	ioringOffCQRing = 0x8000000  // #define IORING_OFF_CQ_RING 0x8000000ULL
	ioringOffSQEs   = 0x10000000 // #define IORING_OFF_SQES 0x10000000ULL
)

// ioSqringOffsets is struct io_sqring_offsets (40 bytes).
type ioSqringOffsets struct {
	Head, Tail, RingMask, RingEntries, Flags, Dropped, Array, Resv1 uint32
	UserAddr                                                        uint64
}

// ioCqringOffsets is struct io_cqring_offsets (40 bytes).
type ioCqringOffsets struct {
	Head, Tail, RingMask, RingEntries, Overflow, Cqes, Flags, Resv1 uint32
	UserAddr                                                        uint64
}

// ioUringParams is struct io_uring_params (120 bytes).
type ioUringParams struct {
	SqEntries, CqEntries, Flags, SqThreadCPU, SqThreadIdle, Features, WqFd uint32
	Resv                                                                   [3]uint32
	SqOff                                                                  ioSqringOffsets
	CqOff                                                                  ioCqringOffsets
}

// ioUringSQE is the 64-byte struct io_uring_sqe, with the fields a NOP uses.
type ioUringSQE struct {
	Opcode, Flags uint8
	Ioprio        uint16
	Fd            int32
	Off, Addr     uint64
	Len, RWFlags  uint32
	UserData      uint64
	_             [24]byte
}

// ioUringCQE is the 16-byte struct io_uring_cqe.
type ioUringCQE struct {
	UserData uint64
	Res      int32
	Flags    uint32
}

var (
	_ [40]byte  = [unsafe.Sizeof(ioSqringOffsets{})]byte{}
	_ [40]byte  = [unsafe.Sizeof(ioCqringOffsets{})]byte{}
	_ [120]byte = [unsafe.Sizeof(ioUringParams{})]byte{}
	_ [64]byte  = [unsafe.Sizeof(ioUringSQE{})]byte{}
	_ [16]byte  = [unsafe.Sizeof(ioUringCQE{})]byte{}
	_ [32]byte  = [unsafe.Offsetof(ioUringSQE{}.UserData)]byte{}
)

// mapRing maps one region of the ring fd with zcall.Mmap, unmapped at cleanup.
func mapRing(t testing.TB, fd, size, off uintptr) unsafe.Pointer {
	t.Helper()
	p, e := zcall.Mmap(nil, size, zcall.PROT_READ|zcall.PROT_WRITE, zcall.MAP_SHARED|zcall.MAP_POPULATE, fd, off)
	wantOK(t, "Mmap of the ring", e)
	t.Cleanup(func() {
		if e := zcall.Munmap(p, size); e != 0 {
			t.Errorf("Munmap: %v", zcall.Errno(e))
		}
	})
	return p
}

func u32at(p unsafe.Pointer, off uint32) *uint32 { return (*uint32)(unsafe.Add(p, off)) }

func TestIoUringNop(t *testing.T) {
	checkFDs(t)
	const entries = 8
	var params ioUringParams
	fd, e := zcall.IoUringSetup(entries, unsafe.Pointer(&params))
	skipIfUnemulated(t, e, zcall.Errno(syscall.ENOSYS), "io_uring_setup")
	wantOK(t, "IoUringSetup", e)
	closeOnCleanup(t, fd)
	if params.SqEntries != entries || params.CqEntries < entries {
		t.Fatalf("ring sizes sq %d cq %d for %d entries", params.SqEntries, params.CqEntries, entries)
	}

	sqSize := uintptr(params.SqOff.Array) + uintptr(params.SqEntries)*4
	cqSize := uintptr(params.CqOff.Cqes) + uintptr(params.CqEntries)*unsafe.Sizeof(ioUringCQE{})
	sq := mapRing(t, fd, sqSize, ioringOffSQRing)
	cq := mapRing(t, fd, cqSize, ioringOffCQRing)
	sqesP := mapRing(t, fd, uintptr(params.SqEntries)*unsafe.Sizeof(ioUringSQE{}), ioringOffSQEs)
	sqes := unsafe.Slice((*ioUringSQE)(sqesP), params.SqEntries)
	cqes := unsafe.Slice((*ioUringCQE)(unsafe.Add(cq, params.CqOff.Cqes)), params.CqEntries)
	array := unsafe.Slice((*uint32)(unsafe.Add(sq, params.SqOff.Array)), params.SqEntries)
	sqMask := *u32at(sq, params.SqOff.RingMask)
	cqMask := *u32at(cq, params.CqOff.RingMask)

	// Register an eventfd: each completion then bumps its counter.
	efd, e := zcall.Eventfd2(0, zcall.EFD_NONBLOCK|zcall.EFD_CLOEXEC)
	wantOK(t, "Eventfd2", e)
	closeOnCleanup(t, efd)
	efd32 := int32(efd)
	r1, e := zcall.IoUringRegister(fd, zcall.IORING_REGISTER_EVENTFD, unsafe.Pointer(&efd32), 1)
	wantN(t, "IoUringRegister(IORING_REGISTER_EVENTFD)", r1, e, 0)

	// Submit N NOPs, each with its own user_data.
	const n = 5
	tail := atomic.LoadUint32(u32at(sq, params.SqOff.Tail))
	for i := uint32(0); i < n; i++ {
		idx := (tail + i) & sqMask
		sqes[idx] = ioUringSQE{Opcode: zcall.IORING_OP_NOP, Fd: -1, UserData: 0xC0FFEE00 + uint64(i)}
		array[idx] = idx
	}
	atomic.StoreUint32(u32at(sq, params.SqOff.Tail), tail+n)
	got, e := zcall.IoUringEnter(fd, n, n, zcall.IORING_ENTER_GETEVENTS, nil, 0)
	wantN(t, "IoUringEnter", got, e, n)

	// Reap the completions.
	var seen []uint64
	head := atomic.LoadUint32(u32at(cq, params.CqOff.Head))
	ctail := atomic.LoadUint32(u32at(cq, params.CqOff.Tail))
	for ; head != ctail; head++ {
		c := cqes[head&cqMask]
		if c.Res != 0 {
			t.Fatalf("NOP completion %#x: res %d", c.UserData, c.Res)
		}
		seen = append(seen, c.UserData)
	}
	atomic.StoreUint32(u32at(cq, params.CqOff.Head), head)
	sort.Slice(seen, func(i, j int) bool { return seen[i] < seen[j] })
	if len(seen) != n {
		t.Fatalf("%d completions, want %d", len(seen), n)
	}
	for i, u := range seen {
		if u != 0xC0FFEE00+uint64(i) {
			t.Fatalf("completion user_data %#x, want %#x", u, 0xC0FFEE00+uint64(i))
		}
	}

	// The eventfd saw the completions.
	var b [8]byte
	m, e := zcall.Read(efd, b[:])
	wantN(t, "Read of the registered eventfd", m, e, 8)
	if c := binary.NativeEndian.Uint64(b[:]); c == 0 || c > n {
		t.Fatalf("eventfd count %d after %d completions", c, n)
	}
	r1, e = zcall.IoUringRegister(fd, zcall.IORING_UNREGISTER_EVENTFD, nil, 0)
	wantN(t, "IoUringRegister(IORING_UNREGISTER_EVENTFD)", r1, e, 0)

	// Nothing left to reap: GETEVENTS with min_complete 0 returns at once.
	got, e = zcall.IoUringEnter(fd, 0, 0, zcall.IORING_ENTER_GETEVENTS, nil, 0)
	wantN(t, "IoUringEnter(0, 0)", got, e, 0)
}

// TestIoUringErrors: the io_uring wrappers return the kernel's errno for
// bad input, the same errno the standard library's raw call gets.
func TestIoUringErrors(t *testing.T) {
	checkFDs(t)
	r, _ := pipe(t, zcall.O_NONBLOCK)
	var params ioUringParams
	_, probe := zcall.IoUringSetup(0, unsafe.Pointer(&params))
	skipIfUnemulated(t, probe, zcall.Errno(syscall.ENOSYS), "io_uring_setup")
	tests := []struct {
		name string
		want syscall.Errno
		num  uintptr
		args [6]uintptr
		zc   func() (uintptr, uintptr)
	}{
		{"Setup/zero-entries-EINVAL", syscall.EINVAL, zcall.SYS_IO_URING_SETUP, [6]uintptr{0, uintptr(unsafe.Pointer(&zeroParams))}, func() (uintptr, uintptr) {
			return zcall.IoUringSetup(0, unsafe.Pointer(&zeroParams))
		}},
		{"Setup/nil-params-EFAULT", syscall.EFAULT, zcall.SYS_IO_URING_SETUP, [6]uintptr{4}, func() (uintptr, uintptr) { return zcall.IoUringSetup(4, nil) }},
		{"Enter/EBADF", syscall.EBADF, zcall.SYS_IO_URING_ENTER, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.IoUringEnter(badFD, 0, 0, 0, nil, 0) }},
		{"Enter/not-a-ring-EOPNOTSUPP", syscall.EOPNOTSUPP, zcall.SYS_IO_URING_ENTER, [6]uintptr{r}, func() (uintptr, uintptr) { return zcall.IoUringEnter(r, 0, 0, 0, nil, 0) }},
		// fd -2, not -1: since Linux 6.13, fd -1 selects "blind" register
		// operations that need no ring, and an unknown one gives EINVAL.
		{"Register/EBADF", syscall.EBADF, zcall.SYS_IO_URING_REGISTER, [6]uintptr{badFD - 1, zcall.IORING_UNREGISTER_EVENTFD}, func() (uintptr, uintptr) {
			return zcall.IoUringRegister(badFD-1, zcall.IORING_UNREGISTER_EVENTFD, nil, 0)
		}},
		{"Register/not-a-ring-EOPNOTSUPP", syscall.EOPNOTSUPP, zcall.SYS_IO_URING_REGISTER, [6]uintptr{r, zcall.IORING_UNREGISTER_EVENTFD}, func() (uintptr, uintptr) {
			return zcall.IoUringRegister(r, zcall.IORING_UNREGISTER_EVENTFD, nil, 0)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, want := raw(tt.num, tt.args[0], tt.args[1], tt.args[2], tt.args[3], tt.args[4], tt.args[5])
			if want != uintptr(tt.want) {
				t.Fatalf("reference call: %v, want %v", zcall.Errno(want), tt.want)
			}
			r1, e := tt.zc()
			if e != want || r1 != ^uintptr(0) {
				t.Fatalf("(%#x, %v), want (^0, %v)", r1, zcall.Errno(e), tt.want)
			}
		})
	}

	// An unknown register opcode on a real ring: EINVAL.
	fd, e := zcall.IoUringSetup(2, unsafe.Pointer(&params))
	wantOK(t, "IoUringSetup", e)
	closeOnCleanup(t, fd)
	_, e = zcall.IoUringRegister(fd, 9999, nil, 0)
	_, want := raw(zcall.SYS_IO_URING_REGISTER, fd, 9999, 0, 0, 0, 0)
	if e != want || e != uintptr(syscall.EINVAL) {
		t.Fatalf("IoUringRegister(9999): %v, reference %v, want EINVAL", zcall.Errno(e), zcall.Errno(want))
	}
}

// zeroParams stays zero: io_uring_setup rejects 0 entries before it
// writes anything back.
var zeroParams ioUringParams

// TestIoUringEnterBlocking waits on a real ring: with nothing submitted,
// an enter that asks for one completion and passes a 1ms timeout through
// IORING_ENTER_EXT_ARG waits and fails with ETIME.
func TestIoUringEnterBlocking(t *testing.T) {
	var params ioUringParams
	fd, errno := zcall.Syscall4(unix.SYS_IO_URING_SETUP, 4, uintptr(unsafe.Pointer(&params)), 0, 0)
	skipIfUnemulated(t, errno, zcall.ENOSYS, "io_uring_setup")
	if errno != 0 {
		t.Fatalf("io_uring_setup: errno %d", errno)
	}
	defer unix.Close(int(fd))
	if n, errno := zcall.IoUringEnterBlocking(fd, 0, 0, 0, nil, 0); n != 0 || errno != 0 {
		t.Errorf("enter with nothing to do = (%d, %d), want (0, 0)", n, errno)
	}
	// struct io_uring_getevents_arg { u64 sigmask; u32 sigmask_sz; u32 min_wait_usec; u64 ts; }
	// The timespec is reached only through a uintptr, so it must not live on
	// a stack that can move: allocate it, and keep it alive past the call.
	ts := new(zcall.Timespec)
	*ts = kernelTimespec(time.Millisecond)
	arg := struct {
		sigmask            uint64
		sigmaskSz, minWait uint32
		ts                 uint64
	}{ts: uint64(uintptr(unsafe.Pointer(ts)))}
	const getEvents, extArg = 1, 8 // IORING_ENTER_GETEVENTS, IORING_ENTER_EXT_ARG
	for {
		_, errno = zcall.IoUringEnterBlocking(fd, 0, 1, getEvents|extArg, unsafe.Pointer(&arg), unsafe.Sizeof(arg))
		if errno != uintptr(syscall.EINTR) {
			break
		}
	}
	runtime.KeepAlive(ts)
	if errno != uintptr(syscall.ETIME) {
		t.Errorf("enter waiting for one completion: errno %d, want ETIME", errno)
	}
	if _, errno := zcall.IoUringEnterBlocking(^uintptr(0), 0, 0, 0, nil, 0); errno != ebadf {
		t.Errorf("enter on fd -1: errno %d, want EBADF", errno)
	}
}

// Setting up an io_uring ring: io_uring_setup fills in the parameters
// (struct io_uring_params, 120 bytes, from include/uapi/linux/io_uring.h)
// with the ring sizes and the offsets to mmap the rings at. The result
// depends on the kernel (ENOSYS where io_uring is missing or disabled), so
// this example has no fixed output.
func ExampleIoUringSetup() {
	var params struct {
		SqEntries, CqEntries, Flags, SqThreadCPU, SqThreadIdle, Features, WqFd uint32
		Resv                                                                   [3]uint32
		SqOff, CqOff                                                           [10]uint32
	}
	fd, errno := zcall.IoUringSetup(8, unsafe.Pointer(&params))
	if errno != 0 {
		fmt.Println("io_uring_setup:", zcall.Errno(errno))
		return
	}
	defer zcall.Close(fd)
	fmt.Printf("ring fd %d: %d SQ entries, %d CQ entries, features %#x\n",
		fd, params.SqEntries, params.CqEntries, params.Features)

	// The submission ring: IORING_OFF_SQ_RING (0), sized to reach the end of
	// its index array (sq_off.array is the 7th field of sq_off).
	size := uintptr(params.SqOff[6]) + uintptr(params.SqEntries)*4
	ring, errno := zcall.Mmap(nil, size, zcall.PROT_READ|zcall.PROT_WRITE, zcall.MAP_SHARED, fd, 0)
	if errno != 0 {
		fmt.Println("mmap:", zcall.Errno(errno))
		return
	}
	defer zcall.Munmap(ring, size)
	mask := *(*uint32)(unsafe.Add(ring, params.SqOff[2])) // sq_off.ring_mask
	fmt.Println("SQ ring mask", mask)
}

// uringReadBuf receives TestIoUringReadBeyond4GiB's read: a package
// variable, so the kernel writes to memory that never moves.
var uringReadBuf [16]byte

// TestIoUringReadBeyond4GiB reads a marker at 5 GiB of a sparse file in
// TMPDIR through an IORING_OP_READ: the ring offsets map through Mmap (mmap2
// on 32-bit Linux, in 4096-byte units) and the SQE carries the 64-bit offset
// whole on every architecture.
func TestIoUringReadBeyond4GiB(t *testing.T) {
	var params ioUringParams
	fd, e := zcall.IoUringSetup(4, unsafe.Pointer(&params))
	skipIfUnemulated(t, e, zcall.Errno(syscall.ENOSYS), "io_uring_setup")
	wantOK(t, "IoUringSetup", e)
	closeOnCleanup(t, fd)

	f, err := os.Create(filepath.Join(t.TempDir(), "sparse"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const off = 5<<30 + 12345
	marker := []byte("io_uring@5GiB+12")
	if n, err := f.WriteAt(marker, off); n != len(marker) || err != nil {
		t.Fatalf("WriteAt(%#x) = (%d, %v)", int64(off), n, err)
	}

	sq := mapRing(t, fd, uintptr(params.SqOff.Array)+uintptr(params.SqEntries)*4, ioringOffSQRing)
	cq := mapRing(t, fd, uintptr(params.CqOff.Cqes)+uintptr(params.CqEntries)*unsafe.Sizeof(ioUringCQE{}), ioringOffCQRing)
	sqesP := mapRing(t, fd, uintptr(params.SqEntries)*unsafe.Sizeof(ioUringSQE{}), ioringOffSQEs)
	sqes := unsafe.Slice((*ioUringSQE)(sqesP), params.SqEntries)
	array := unsafe.Slice((*uint32)(unsafe.Add(sq, params.SqOff.Array)), params.SqEntries)
	cqes := unsafe.Slice((*ioUringCQE)(unsafe.Add(cq, params.CqOff.Cqes)), params.CqEntries)

	uringReadBuf = [16]byte{}
	tail := atomic.LoadUint32(u32at(sq, params.SqOff.Tail))
	idx := tail & *u32at(sq, params.SqOff.RingMask)
	sqes[idx] = ioUringSQE{Opcode: zcall.IORING_OP_READ, Fd: int32(f.Fd()), Off: off,
		Addr: uint64(uintptr(unsafe.Pointer(&uringReadBuf[0]))), Len: uint32(len(uringReadBuf)), UserData: 0x5ead}
	array[idx] = idx
	atomic.StoreUint32(u32at(sq, params.SqOff.Tail), tail+1)
	var got uintptr
	for {
		got, e = zcall.IoUringEnter(fd, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0)
		if e != uintptr(syscall.EINTR) {
			break
		}
	}
	wantN(t, "IoUringEnter", got, e, 1)
	head := atomic.LoadUint32(u32at(cq, params.CqOff.Head))
	if ctail := atomic.LoadUint32(u32at(cq, params.CqOff.Tail)); ctail == head {
		t.Fatal("no completion after IoUringEnter with min_complete 1")
	}
	c := cqes[head&*u32at(cq, params.CqOff.RingMask)]
	atomic.StoreUint32(u32at(cq, params.CqOff.Head), head+1)
	if c.UserData != 0x5ead || c.Res != int32(len(marker)) {
		t.Fatalf("completion user_data %#x res %d, want %#x %d", c.UserData, c.Res, 0x5ead, len(marker))
	}
	if !bytes.Equal(uringReadBuf[:], marker) {
		t.Fatalf("read at %#x: %q, want %q", int64(off), uringReadBuf[:], marker)
	}
}
