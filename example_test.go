package zcall_test

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Basic I/O through a connected socket pair: write on one end, read on the
// other. Results are raw: a count or an errno, never a Go error.
func ExampleWrite() {
	var fds [2]int32
	if errno := zcall.Socketpair(zcall.AF_UNIX, zcall.SOCK_STREAM, 0, &fds); errno != 0 {
		fmt.Println("socketpair:", zcall.Errno(errno))
		return
	}
	defer zcall.Close(uintptr(fds[0]))
	defer zcall.Close(uintptr(fds[1]))

	n, errno := zcall.Write(uintptr(fds[0]), []byte("Hello from zcall!"))
	fmt.Println("wrote", n, "errno", errno)

	buf := make([]byte, 64)
	n, errno = zcall.Read(uintptr(fds[1]), buf)
	fmt.Printf("read %d errno %d: %s\n", n, errno, buf[:n])
	// Output:
	// wrote 17 errno 0
	// read 17 errno 0: Hello from zcall!
}

// A non-blocking receive: with nothing queued, MSG_DONTWAIT makes recvfrom
// return EAGAIN at once instead of holding the thread. A datagram sent
// with Sendmsg then arrives through the same call.
func ExampleRecvfrom() {
	var fds [2]int32
	if errno := zcall.Socketpair(zcall.AF_UNIX, zcall.SOCK_DGRAM, 0, &fds); errno != 0 {
		fmt.Println("socketpair:", zcall.Errno(errno))
		return
	}
	defer zcall.Close(uintptr(fds[0]))
	defer zcall.Close(uintptr(fds[1]))
	a, b := uintptr(fds[0]), uintptr(fds[1])

	buf := make([]byte, 64)
	_, errno := zcall.Recvfrom(b, buf, zcall.MSG_DONTWAIT, nil, nil)
	fmt.Println("empty socket:", zcall.Errno(errno) == zcall.EAGAIN)

	// One datagram gathered from two buffers.
	head, tail := []byte("non-"), []byte("blocking")
	iov := [2]unix.Iovec{{Base: &head[0]}, {Base: &tail[0]}}
	iov[0].SetLen(len(head))
	iov[1].SetLen(len(tail))
	var msg unix.Msghdr
	msg.Iov = &iov[0]
	msg.SetIovlen(len(iov))
	n, errno := zcall.Sendmsg(a, unsafe.Pointer(&msg), 0)
	fmt.Println("sent", n, "errno", errno)

	n, errno = zcall.Recvfrom(b, buf, zcall.MSG_DONTWAIT, nil, nil)
	fmt.Printf("received %d errno %d: %s\n", n, errno, buf[:n])
	// Output:
	// empty socket: true
	// sent 12 errno 0
	// received 12 errno 0: non-blocking
}
