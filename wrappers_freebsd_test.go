package zcall

import (
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mmsghdr is FreeBSD's struct mmsghdr: a struct msghdr and an ssize_t.
type mmsghdr struct {
	Hdr unix.Msghdr
	Len int64
}

// The layout Recvmmsg and Sendmmsg assume, checked against x/sys/unix.
var (
	_ [sizeofMsghdrFreeBSD]byte  = [unix.SizeofMsghdr]byte{}
	_ [sizeofMmsghdrFreeBSD]byte = [unsafe.Sizeof(mmsghdr{})]byte{}
	_ [sizeofMsghdrFreeBSD]byte  = [unsafe.Offsetof(mmsghdr{}.Len)]byte{}
)

// TestMmsgEmulation: Sendmmsg and Recvmmsg, built from sendmsg and recvmsg
// on FreeBSD, move several datagrams and fill in each one's length.
func TestMmsgEmulation(t *testing.T) {
	var fds [2]int32
	if e := Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM, 0, &fds); e != 0 {
		t.Fatal(Errno(e))
	}
	defer Close(uintptr(fds[0]))
	defer Close(uintptr(fds[1]))

	data := [][]byte{[]byte("a"), []byte("bb"), []byte("ccc")}
	var iov [3]unix.Iovec
	var out [3]mmsghdr
	for i := range out {
		iov[i].Base = &data[i][0]
		iov[i].SetLen(len(data[i]))
		out[i].Hdr.Iov = &iov[i]
		out[i].Hdr.SetIovlen(1)
	}
	n, e := Sendmmsg(uintptr(fds[0]), unsafe.Pointer(&out[0]), 3, 0)
	if e != 0 || n != 3 {
		t.Fatalf("Sendmmsg = %d, %v", n, Errno(e))
	}
	var bufs [4][8]byte
	var riov [4]unix.Iovec
	var in [4]mmsghdr
	for i := range in {
		riov[i].Base = &bufs[i][0]
		riov[i].SetLen(8)
		in[i].Hdr.Iov = &riov[i]
		in[i].Hdr.SetIovlen(1)
	}
	n, e = Recvmmsg(uintptr(fds[1]), unsafe.Pointer(&in[0]), 4, unix.MSG_DONTWAIT, nil)
	if e != 0 || n != 3 {
		t.Fatalf("Recvmmsg = %d, %v", n, Errno(e))
	}
	for i := range data {
		if in[i].Len != int64(len(data[i])) || string(bufs[i][:in[i].Len]) != string(data[i]) {
			t.Fatalf("message %d: %q (len %d)", i, bufs[i][:in[i].Len], in[i].Len)
		}
	}
	if _, e = Recvmmsg(uintptr(fds[1]), unsafe.Pointer(&in[0]), 1, unix.MSG_DONTWAIT, nil); e != uintptr(unix.EAGAIN) {
		t.Fatalf("Recvmmsg on an empty socket: %v, want EAGAIN", Errno(e))
	}
}
