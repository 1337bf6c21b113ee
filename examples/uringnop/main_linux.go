// Command uringnop sets up an io_uring with zcall alone — IoUringSetup,
// Mmap of the three rings, NOP submission queue entries, IoUringEnter —
// and measures NOP round trips per second (submit one NOP, wait for its
// completion, reap it) through zcall.IoUringEnter and through the same
// loop with syscall.Syscall6. It prints both rates and their ratio. The
// rates are per second of the calling thread's CPU time (user and kernel),
// so that other processes competing for the CPU do not distort them.
//
//	go run ./examples/uringnop [-n COUNT] [-rounds N]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// The mmap offsets and structure sizes of include/uapi/linux/io_uring.h.
const (
	offSQRing = 0          // IORING_OFF_SQ_RING
	offCQRing = 0x8000000  // IORING_OFF_CQ_RING
	offSQEs   = 0x10000000 // IORING_OFF_SQES
	sqeSize   = 64         // sizeof(struct io_uring_sqe)
	cqeSize   = 16         // sizeof(struct io_uring_cqe)
)

// params is struct io_uring_params (include/uapi/linux/io_uring.h), with
// its io_sqring_offsets and io_cqring_offsets members written out.
type params struct {
	sqEntries, cqEntries, flags, sqThreadCPU, sqThreadIdle, features, wqFD uint32
	resv                                                                   [3]uint32

	sqHead, sqTail, sqRingMask, sqRingEntries, sqFlags, sqDropped, sqArray, sqResv1 uint32
	sqUserAddr                                                                      uint64

	cqHead, cqTail, cqRingMask, cqRingEntries, cqOverflow, cqCQEs, cqFlags, cqResv1 uint32
	cqUserAddr                                                                      uint64
}

// ring is a mapped io_uring.
type ring struct {
	fd                     uintptr
	sqHead, sqTail, sqMask *uint32
	sqArray                unsafe.Pointer
	sqes                   unsafe.Pointer
	cqHead, cqTail, cqMask *uint32
	cqes                   unsafe.Pointer
}

func setup(entries uint32) (*ring, error) {
	var p params
	fd, errno := zcall.IoUringSetup(uintptr(entries), unsafe.Pointer(&p))
	if errno != 0 {
		return nil, fmt.Errorf("io_uring_setup: %w", zcall.Errno(errno))
	}
	const prot = zcall.PROT_READ | zcall.PROT_WRITE
	const flags = zcall.MAP_SHARED | zcall.MAP_POPULATE
	sq, errno := zcall.Mmap(nil, uintptr(p.sqArray)+uintptr(p.sqEntries)*4, prot, flags, fd, offSQRing)
	if errno != 0 {
		return nil, fmt.Errorf("mmap SQ ring: %w", zcall.Errno(errno))
	}
	cq, errno := zcall.Mmap(nil, uintptr(p.cqCQEs)+uintptr(p.cqEntries)*cqeSize, prot, flags, fd, offCQRing)
	if errno != 0 {
		return nil, fmt.Errorf("mmap CQ ring: %w", zcall.Errno(errno))
	}
	sqes, errno := zcall.Mmap(nil, uintptr(p.sqEntries)*sqeSize, prot, flags, fd, offSQEs)
	if errno != 0 {
		return nil, fmt.Errorf("mmap SQEs: %w", zcall.Errno(errno))
	}
	// The process exits when done, which unmaps the rings and closes fd.
	return &ring{
		fd:      fd,
		sqHead:  (*uint32)(unsafe.Add(sq, p.sqHead)),
		sqTail:  (*uint32)(unsafe.Add(sq, p.sqTail)),
		sqMask:  (*uint32)(unsafe.Add(sq, p.sqRingMask)),
		sqArray: unsafe.Add(sq, p.sqArray),
		sqes:    sqes,
		cqHead:  (*uint32)(unsafe.Add(cq, p.cqHead)),
		cqTail:  (*uint32)(unsafe.Add(cq, p.cqTail)),
		cqMask:  (*uint32)(unsafe.Add(cq, p.cqRingMask)),
		cqes:    unsafe.Add(cq, p.cqCQEs),
	}, nil
}

// prepNOP writes a NOP entry with user data ud at the tail of the
// submission queue and publishes it.
func (r *ring) prepNOP(ud uint64) {
	tail := atomic.LoadUint32(r.sqTail)
	i := tail & *r.sqMask
	sqe := (*[sqeSize]byte)(unsafe.Add(r.sqes, uintptr(i)*sqeSize))
	*sqe = [sqeSize]byte{}
	sqe[0] = zcall.IORING_OP_NOP                        // opcode
	*(*uint64)(unsafe.Pointer(&sqe[32])) = ud           // user_data
	*(*uint32)(unsafe.Add(r.sqArray, uintptr(i)*4)) = i // SQ index array
	atomic.StoreUint32(r.sqTail, tail+1)                // publish to the kernel
}

// reap consumes one completion and checks that it is NOP ud's, with res 0.
func (r *ring) reap(ud uint64) error {
	head := atomic.LoadUint32(r.cqHead)
	if head == atomic.LoadUint32(r.cqTail) {
		return fmt.Errorf("no completion for NOP %d", ud)
	}
	cqe := unsafe.Add(r.cqes, uintptr(head&*r.cqMask)*cqeSize)
	got, res := *(*uint64)(cqe), *(*int32)(unsafe.Add(cqe, 8))
	atomic.StoreUint32(r.cqHead, head+1)
	if got != ud || res != 0 {
		return fmt.Errorf("completion (user data %d, res %d), want (%d, 0)", got, res, ud)
	}
	return nil
}

// The two loops are the same but for the call that enters the kernel.
// Each NOP completes inline during the submission, so min_complete 1 with
// IORING_ENTER_GETEVENTS returns at once.

func loopZcall(r *ring, n int) error {
	for i := range n {
		r.prepNOP(uint64(i))
		if got, errno := zcall.IoUringEnter(r.fd, 1, 1, zcall.IORING_ENTER_GETEVENTS, nil, 0); errno != 0 || got != 1 {
			return fmt.Errorf("io_uring_enter: (%d, %v)", got, zcall.Errno(errno))
		}
		if err := r.reap(uint64(i)); err != nil {
			return err
		}
	}
	return nil
}

func loopSyscall(r *ring, n int) error {
	for i := range n {
		r.prepNOP(uint64(i))
		if got, _, e := syscall.Syscall6(zcall.SYS_IO_URING_ENTER, r.fd, 1, 1, zcall.IORING_ENTER_GETEVENTS, 0, 0); e != 0 || got != 1 {
			return fmt.Errorf("io_uring_enter: (%d, %v)", got, e)
		}
		if err := r.reap(uint64(i)); err != nil {
			return err
		}
	}
	return nil
}

// threadCPU returns the CPU time the calling thread has used, from
// clock_gettime(CLOCK_THREAD_CPUTIME_ID) (include/uapi/linux/time.h: 3).
func threadCPU() time.Duration {
	const clockThreadCPUTimeID = 3
	var ts zcall.Timespec
	if _, errno := zcall.Syscall4(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0, 0); errno != 0 {
		fmt.Fprintln(os.Stderr, "uringnop: clock_gettime:", zcall.Errno(errno))
		os.Exit(1)
	}
	return time.Duration(ts.Sec)*time.Second + time.Duration(ts.Nsec)
}

func main() {
	n := flag.Int("n", 200000, "NOP round trips per round and path")
	rounds := flag.Int("rounds", 5, "rounds, alternating the paths; the median is reported")
	flag.Parse()
	if *n < 1 || *rounds < 1 || flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	// One thread runs every loop, so that its CPU clock covers them.
	runtime.LockOSThread()
	r, err := setup(8)
	if err != nil {
		fmt.Fprintln(os.Stderr, "uringnop:", err)
		os.Exit(1)
	}
	paths := []struct {
		name string
		loop func(*ring, int) error
		rate []float64
	}{
		{name: "zcall.IoUringEnter", loop: loopZcall},
		{name: "syscall.Syscall6", loop: loopSyscall},
	}
	for round := range *rounds {
		for k := range paths {
			p := &paths[(k+round)%len(paths)]
			start := threadCPU()
			if err := p.loop(r, *n); err != nil {
				fmt.Fprintf(os.Stderr, "uringnop: %s: %v\n", p.name, err)
				os.Exit(1)
			}
			p.rate = append(p.rate, float64(*n)/(threadCPU()-start).Seconds())
		}
	}
	med := func(v []float64) float64 {
		slices.Sort(v)
		return v[len(v)/2]
	}
	z, s := med(paths[0].rate), med(paths[1].rate)
	fmt.Printf("NOP round trips per second of thread CPU time (median of %d rounds of %d):\n", *rounds, *n)
	fmt.Printf("  %-20s %12.0f\n", paths[0].name, z)
	fmt.Printf("  %-20s %12.0f\n", paths[1].name, s)
	fmt.Printf("  ratio (zcall / syscall.Syscall6): %.2fx\n", z/s)
}
