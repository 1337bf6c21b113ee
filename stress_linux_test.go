package zcall_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// GC and stack stress. Many goroutines pass heap buffers and stack buffers
// to the wrappers while the collector runs without pause (a runtime.GC loop
// and GOGC=1, so that freed memory is reused at once) and while goroutine
// stacks grow and shrink between calls (deep recursion moves a goroutine's
// stack, and every collection may shrink it again). Data goes out through
// one call and comes back through another; every byte is checked. A buffer
// freed or moved while the kernel used it would show up here as corrupted
// data, in this goroutine or in another one whose allocation reused it.

const (
	stressDuration = 1500 * time.Millisecond // per test, after the minimum
	stressMinIters = 30                      // per goroutine, however slow
)

// pattern fills b with bytes derived from seed.
func pattern(b []byte, seed uint64) {
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		b[i] = byte(x)
	}
}

// checkPattern reports the first byte of b that differs from pattern(seed).
func checkPattern(b []byte, seed uint64) error {
	want := make([]byte, len(b))
	pattern(want, seed)
	for i := range b {
		if b[i] != want[i] {
			return fmt.Errorf("byte %d of %d is %#x, want %#x", i, len(b), b[i], want[i])
		}
	}
	return nil
}

// deep recurses n frames, each with a local array, growing the stack; it
// returns a value so the frames cannot be optimised away.
//
//go:noinline
func deep(n int) byte {
	var pad [128]byte
	pad[n%len(pad)] = byte(n)
	if n <= 0 {
		return pad[0]
	}
	return deep(n-1) + pad[(n*7)%len(pad)]
}

// gcPressure runs collections back to back and allocates garbage, with
// GOGC=1, until stop is closed. It returns a function that stops it and
// restores GOGC.
func gcPressure() (stop func() int) {
	old := debug.SetGCPercent(1)
	done := make(chan struct{})
	var wg sync.WaitGroup
	var cycles atomic.Int64
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
				runtime.GC()
				cycles.Add(1)
			}
		}
	}()
	go func() { // garbage of many sizes, so freed spans are reused at once
		defer wg.Done()
		var keep [64][]byte
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			default:
				keep[i%len(keep)] = make([]byte, 1+i%9000)
			}
		}
	}()
	return func() int {
		close(done)
		wg.Wait()
		debug.SetGCPercent(old)
		return int(cycles.Load())
	}
}

// stressWorker is one goroutine's loop over the wrapper paths.
type stressWorker struct {
	id        int
	pipe      [2]int32 // non-blocking
	dgram     [2]int32 // unix datagram socketpair, non-blocking
	memfd     uintptr
	rng       *rand.Rand
	iters     int
	errs      []error
	bytesSeen int
}

func (w *stressWorker) fail(format string, args ...any) {
	w.errs = append(w.errs, fmt.Errorf("goroutine %d, iteration %d: "+format, append([]any{w.id, w.iters}, args...)...))
}

// heapPath writes a heap buffer to the pipe and reads it back into another,
// with the stack grown before and after each call.
func (w *stressWorker) heapPath(seed uint64) {
	size := 1 + w.rng.IntN(8192)
	src := make([]byte, size)
	pattern(src, seed)
	deep(w.rng.IntN(300))
	if n, errno := zcall.Write(uintptr(w.pipe[1]), src); n != uintptr(size) || errno != 0 {
		w.fail("Write(heap %d bytes) = (%d, %d)", size, n, errno)
		return
	}
	src = nil // only the kernel holds the data now
	deep(w.rng.IntN(300))
	dst := make([]byte, size)
	if n, errno := zcall.Read(uintptr(w.pipe[0]), dst); n != uintptr(size) || errno != 0 {
		w.fail("Read(heap %d bytes) = (%d, %d)", size, n, errno)
		return
	}
	deep(w.rng.IntN(300))
	if err := checkPattern(dst, seed); err != nil {
		w.fail("heap Read: %v", err)
	}
	w.bytesSeen += size
}

// stackPath does the same with arrays on the goroutine's stack: the
// recursion between the calls makes the runtime copy the stack, moving the
// arrays; the pointer passed to each call must be the current one.
//
//go:noinline
func (w *stressWorker) stackPath(seed uint64, depth int) {
	var src, dst [512]byte
	k := 1 + int(seed%512)
	pattern(src[:k], seed)
	deep(depth)
	if n, errno := zcall.Write(uintptr(w.pipe[1]), src[:k]); n != uintptr(k) || errno != 0 {
		w.fail("Write(stack %d bytes) = (%d, %d)", k, n, errno)
		return
	}
	deep(depth * 2)
	if n, errno := zcall.Read(uintptr(w.pipe[0]), dst[:k]); n != uintptr(k) || errno != 0 {
		w.fail("Read(stack %d bytes) = (%d, %d)", k, n, errno)
		return
	}
	deep(depth)
	if err := checkPattern(dst[:k], seed); err != nil {
		w.fail("stack Read: %v", err)
	}
	// The datagram path: Sendto and Recvfrom with the same stack arrays.
	clear(dst[:])
	if n, errno := zcall.Sendto(uintptr(w.dgram[0]), src[:k], 0, nil, 0); n != uintptr(k) || errno != 0 {
		w.fail("Sendto(stack %d bytes) = (%d, %d)", k, n, errno)
		return
	}
	deep(depth)
	if n, errno := zcall.Recvfrom(uintptr(w.dgram[1]), dst[:], 0, nil, nil); n != uintptr(k) || errno != 0 {
		w.fail("Recvfrom(stack) = (%d, %d), want %d bytes", n, errno, k)
		return
	}
	if err := checkPattern(dst[:k], seed); err != nil {
		w.fail("stack Recvfrom: %v", err)
	}
	w.bytesSeen += 2 * k
}

// vectorPath writes three heap buffers with Pwritev to the memfd and reads
// them back with Preadv into three others: the iovec array is itself a
// heap object holding Go pointers that only the kernel follows.
func (w *stressWorker) vectorPath(seed uint64) {
	var sizes [3]int
	total := 0
	for i := range sizes {
		sizes[i] = 1 + w.rng.IntN(3000)
		total += sizes[i]
	}
	iov := make([]zcall.Iovec, 3)
	for i := range iov {
		b := make([]byte, sizes[i])
		pattern(b, seed+uint64(i))
		iov[i] = zcall.Iovec{Base: unsafe.SliceData(b)}
		iov[i].SetLen(len(b))
	}
	deep(w.rng.IntN(200))
	off := int64(w.rng.IntN(1 << 16))
	if n, errno := zcall.Pwritev(w.memfd, unsafe.Pointer(unsafe.SliceData(iov)), 3, off); n != uintptr(total) || errno != 0 {
		w.fail("Pwritev(%d bytes) = (%d, %d)", total, n, errno)
		return
	}
	iov = make([]zcall.Iovec, 3) // the old vector and buffers are garbage now
	outs := make([][]byte, 3)
	for i := range iov {
		outs[i] = make([]byte, sizes[i])
		iov[i] = zcall.Iovec{Base: unsafe.SliceData(outs[i])}
		iov[i].SetLen(sizes[i])
	}
	deep(w.rng.IntN(200))
	if n, errno := zcall.Preadv(w.memfd, unsafe.Pointer(unsafe.SliceData(iov)), 3, off); n != uintptr(total) || errno != 0 {
		w.fail("Preadv(%d bytes) = (%d, %d)", total, n, errno)
		return
	}
	for i, b := range outs {
		if err := checkPattern(b, seed+uint64(i)); err != nil {
			w.fail("Preadv buffer %d: %v", i, err)
		}
	}
	w.bytesSeen += total
}

func TestStressGCAndStacks(t *testing.T) {
	checkFDs(t)
	goroutines := 16
	workers := make([]*stressWorker, goroutines)
	for i := range workers {
		w := &stressWorker{id: i, rng: rand.New(rand.NewPCG(uint64(i), 0x7a63616c6c))}
		if errno := zcall.Pipe2(&w.pipe, uintptr(zcall.O_NONBLOCK|zcall.O_CLOEXEC)); errno != 0 {
			t.Fatalf("pipe2: %v", zcall.Errno(errno))
		}
		if errno := zcall.Socketpair(zcall.AF_UNIX, zcall.SOCK_DGRAM|zcall.SOCK_NONBLOCK|zcall.SOCK_CLOEXEC, 0, &w.dgram); errno != 0 {
			t.Fatalf("socketpair: %v", zcall.Errno(errno))
		}
		name := []byte("zcall-stress\x00")
		fd, errno := zcall.MemfdCreate(unsafe.Pointer(&name[0]), zcall.MFD_CLOEXEC)
		if errno != 0 {
			t.Fatalf("memfd_create: %v", zcall.Errno(errno))
		}
		w.memfd = fd
		t.Cleanup(func() {
			for _, fd := range []int32{w.pipe[0], w.pipe[1], w.dgram[0], w.dgram[1]} {
				zcall.Close(uintptr(fd))
			}
			zcall.Close(w.memfd)
		})
		workers[i] = w
	}

	stop := gcPressure()
	deadline := time.Now().Add(stressDuration)
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w.iters = 0; (w.iters < stressMinIters || time.Now().Before(deadline)) && len(w.errs) == 0; w.iters++ {
				seed := uint64(w.id)<<32 | uint64(w.iters)
				w.heapPath(seed)
				w.stackPath(seed, w.rng.IntN(400))
				w.vectorPath(seed)
				if w.iters%8 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	cycles := stop()

	iters, bytesSeen := 0, 0
	for _, w := range workers {
		for _, err := range w.errs {
			t.Error(err)
		}
		iters += w.iters
		bytesSeen += w.bytesSeen
	}
	if iters < goroutines*stressMinIters {
		t.Errorf("only %d iterations ran, want at least %d", iters, goroutines*stressMinIters)
	}
	t.Logf("%d goroutines, %d iterations, %d bytes verified, %d GC cycles", goroutines, iters, bytesSeen, cycles)
	if cycles == 0 {
		t.Errorf("no collection completed during the stress run")
	}
}
