package zcall_test

import (
	"fmt"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// A non-blocking pipe: write, read back, then read again from the empty
// pipe, which answers EAGAIN rather than blocking.
func ExamplePipe2() {
	var fds [2]int32
	if errno := zcall.Pipe2(&fds, zcall.O_NONBLOCK|zcall.O_CLOEXEC); errno != 0 {
		fmt.Println("pipe2:", zcall.Errno(errno))
		return
	}
	r, w := uintptr(fds[0]), uintptr(fds[1])
	defer zcall.Close(r)
	defer zcall.Close(w)

	n, errno := zcall.Write(w, []byte("through a pipe"))
	fmt.Println("wrote", n, "errno", errno)
	buf := make([]byte, 32)
	n, errno = zcall.Read(r, buf)
	fmt.Printf("read %d: %s\n", n, buf[:n])
	_, errno = zcall.Read(r, buf)
	fmt.Println("again:", zcall.Errno(errno) == zcall.EAGAIN)
	// Output:
	// wrote 14 errno 0
	// read 14: through a pipe
	// again: true
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
