package zcall_test

import (
	"encoding/binary"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// socket makes a socket through zcall.Socket, closed at cleanup.
func socket(t testing.TB, domain, typ uintptr) uintptr {
	t.Helper()
	fd, e := zcall.Socket(domain, typ|zcall.SOCK_CLOEXEC, 0)
	wantOK(t, "Socket", e)
	closeOnCleanup(t, fd)
	return fd
}

// loopback4 is 127.0.0.1:port as the kernel's sockaddr_in.
func loopback4(port uint16) unix.RawSockaddrInet4 {
	sa := unix.RawSockaddrInet4{Family: zcall.AF_INET, Addr: [4]byte{127, 0, 0, 1}}
	binary.BigEndian.PutUint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:], port)
	return sa
}

// portOf returns the port of a sockaddr_in in host order.
func portOf(sa *unix.RawSockaddrInet4) uint16 {
	return binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:])
}

// boundLoopback binds fd to 127.0.0.1 on a port the kernel picks and
// returns the address, read back with zcall.Getsockname.
func boundLoopback(t testing.TB, fd uintptr) unix.RawSockaddrInet4 {
	t.Helper()
	sa := loopback4(0)
	wantOK(t, "Bind", zcall.Bind(fd, unsafe.Pointer(&sa), unix.SizeofSockaddrInet4))
	var got unix.RawSockaddrInet4
	l := uint32(unix.SizeofSockaddrInet4)
	wantOK(t, "Getsockname", zcall.Getsockname(fd, unsafe.Pointer(&got), unsafe.Pointer(&l)))
	if l != unix.SizeofSockaddrInet4 || got.Family != zcall.AF_INET || got.Addr != sa.Addr || portOf(&got) == 0 {
		t.Fatalf("Getsockname after Bind: %+v (len %d)", got, l)
	}
	return got
}

// waitFor polls fd for events without a timeout, retrying on EINTR.
func waitFor(t testing.TB, fd uintptr, events int16) int16 {
	t.Helper()
	pfd := []unix.PollFd{{Fd: int32(fd), Events: events}}
	for {
		_, err := unix.Poll(pfd, -1)
		if err == nil {
			return pfd[0].Revents
		}
		if err != unix.EINTR {
			t.Fatalf("poll: %v", err)
		}
	}
}

func TestTCPLoopback(t *testing.T) {
	checkFDs(t)
	ln := socket(t, zcall.AF_INET, zcall.SOCK_STREAM|zcall.SOCK_NONBLOCK)
	one := int32(1)
	wantOK(t, "Setsockopt(SO_REUSEADDR)", zcall.Setsockopt(ln, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, unsafe.Pointer(&one), 4))
	var v, vl int32 = 0, 4
	wantOK(t, "Getsockopt(SO_REUSEADDR)", zcall.Getsockopt(ln, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, unsafe.Pointer(&v), unsafe.Pointer(&vl)))
	if v != 1 || vl != 4 {
		t.Fatalf("SO_REUSEADDR reads %d (len %d) after setting 1", v, vl)
	}
	addr := boundLoopback(t, ln)
	wantOK(t, "Listen", zcall.Listen(ln, 8))

	// No connection yet: a non-blocking accept says EAGAIN, as the
	// reference does.
	_, e := zcall.Accept4(ln, nil, nil, zcall.SOCK_NONBLOCK)
	_, want := raw(zcall.SYS_ACCEPT4, ln, 0, 0, zcall.SOCK_NONBLOCK, 0, 0)
	if e != want || e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Accept4 with nothing pending: errno %d, reference %d, want EAGAIN", e, want)
	}

	// Non-blocking connect: EINPROGRESS (or, if the loopback handshake
	// finished inside the call, success); completion shows as
	// writability, and SO_ERROR then reads 0.
	c := socket(t, zcall.AF_INET, zcall.SOCK_STREAM|zcall.SOCK_NONBLOCK)
	e = zcall.Connect(c, unsafe.Pointer(&addr), unix.SizeofSockaddrInet4)
	if e != 0 && e != uintptr(syscall.EINPROGRESS) {
		t.Fatalf("non-blocking Connect: %v, want EINPROGRESS or success", zcall.Errno(e))
	}
	t.Logf("non-blocking connect: errno %d (%v)", e, zcall.Errno(e))
	if waitFor(t, c, zcall.POLLOUT)&zcall.POLLOUT == 0 {
		t.Fatal("connecting socket never became writable")
	}
	var soerr int32 = -1
	vl = 4
	wantOK(t, "Getsockopt(SO_ERROR)", zcall.Getsockopt(c, zcall.SOL_SOCKET, zcall.SO_ERROR, unsafe.Pointer(&soerr), unsafe.Pointer(&vl)))
	if soerr != 0 {
		t.Fatalf("SO_ERROR after connect: %v", zcall.Errno(soerr))
	}

	// Accept4 with the peer's address and SOCK_NONBLOCK on the new fd.
	waitFor(t, ln, zcall.POLLIN)
	var peer unix.RawSockaddrInet4
	pl := uint32(unix.SizeofSockaddrInet4)
	s, e := zcall.Accept4(ln, unsafe.Pointer(&peer), unsafe.Pointer(&pl), zcall.SOCK_NONBLOCK|zcall.SOCK_CLOEXEC)
	wantOK(t, "Accept4", e)
	closeOnCleanup(t, s)
	if fl, _ := unix.FcntlInt(s, unix.F_GETFL, 0); fl&zcall.O_NONBLOCK == 0 {
		t.Fatal("Accept4(SOCK_NONBLOCK) gave a blocking socket")
	}
	var local unix.RawSockaddrInet4
	ll := uint32(unix.SizeofSockaddrInet4)
	wantOK(t, "Getsockname(client)", zcall.Getsockname(c, unsafe.Pointer(&local), unsafe.Pointer(&ll)))
	if pl != unix.SizeofSockaddrInet4 || peer != local {
		t.Fatalf("Accept4 peer %+v, client's own address %+v", peer, local)
	}
	var rem unix.RawSockaddrInet4
	rl := uint32(unix.SizeofSockaddrInet4)
	wantOK(t, "Getpeername", zcall.Getpeername(c, unsafe.Pointer(&rem), unsafe.Pointer(&rl)))
	if rem != addr {
		t.Fatalf("Getpeername %+v, want the listener %+v", rem, addr)
	}

	// Data both ways.
	n, e := zcall.Write(c, []byte("over tcp"))
	wantN(t, "Write", n, e, 8)
	waitFor(t, s, zcall.POLLIN)
	expectRead(t, s, "over tcp")
	n, e = zcall.Sendto(s, []byte("back"), zcall.MSG_DONTWAIT, nil, 0)
	wantN(t, "Sendto", n, e, 4)
	waitFor(t, c, zcall.POLLIN)
	buf := make([]byte, 8)
	n, e = zcall.Recvfrom(c, buf, 0, nil, nil)
	wantN(t, "Recvfrom", n, e, 4)

	// Shutdown(SHUT_WR) on the client: the server reads end of file.
	wantOK(t, "Shutdown", zcall.Shutdown(c, zcall.SHUT_WR))
	waitFor(t, s, zcall.POLLIN)
	n, e = zcall.Read(s, buf)
	wantN(t, "Read after Shutdown", n, e, 0)

	// Plain Accept: a second client, connected the same way.
	c2 := socket(t, zcall.AF_INET, zcall.SOCK_STREAM|zcall.SOCK_NONBLOCK)
	if e = zcall.Connect(c2, unsafe.Pointer(&addr), unix.SizeofSockaddrInet4); e != 0 && e != uintptr(syscall.EINPROGRESS) {
		t.Fatalf("Connect: %v", zcall.Errno(e))
	}
	waitFor(t, ln, zcall.POLLIN)
	s2, e := zcall.Accept(ln, nil, nil)
	wantOK(t, "Accept", e)
	closeOnCleanup(t, s2)
}

func TestUDPLoopback(t *testing.T) {
	checkFDs(t)
	a := socket(t, zcall.AF_INET, zcall.SOCK_DGRAM|zcall.SOCK_NONBLOCK)
	b := socket(t, zcall.AF_INET, zcall.SOCK_DGRAM|zcall.SOCK_NONBLOCK)
	aAddr := boundLoopback(t, a)
	bAddr := boundLoopback(t, b)

	// Sendto an address; Recvfrom reports the sender.
	n, e := zcall.Sendto(a, []byte("datagram"), 0, unsafe.Pointer(&bAddr), unix.SizeofSockaddrInet4)
	wantN(t, "Sendto", n, e, 8)
	waitFor(t, b, zcall.POLLIN)
	buf := make([]byte, 32)
	var from unix.RawSockaddrInet4
	fl := uint32(unix.SizeofSockaddrInet4)
	n, e = zcall.Recvfrom(b, buf, 0, unsafe.Pointer(&from), unsafe.Pointer(&fl))
	wantN(t, "Recvfrom", n, e, 8)
	if string(buf[:n]) != "datagram" || from != aAddr {
		t.Fatalf("Recvfrom %q from %+v, want %q from %+v", buf[:n], from, "datagram", aAddr)
	}
	// An empty datagram is a datagram: sent and received as 0 bytes.
	n, e = zcall.Sendto(a, nil, 0, unsafe.Pointer(&bAddr), unix.SizeofSockaddrInet4)
	wantN(t, "Sendto(empty)", n, e, 0)
	waitFor(t, b, zcall.POLLIN)
	n, e = zcall.Recvfrom(b, nil, 0, nil, nil)
	wantN(t, "Recvfrom(nil)", n, e, 0)
	if _, e = zcall.Recvfrom(b, buf, 0, nil, nil); e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Recvfrom with nothing queued: errno %d, want EAGAIN", e)
	}

	// Sendmsg with a name and two iovecs; Recvmsg gathers into two.
	sv := [2]zcall.Iovec{iovec([]byte("head|")), iovec([]byte("tail"))}
	var sm zcall.Msghdr
	sm.Name = (*byte)(unsafe.Pointer(&bAddr))
	sm.Namelen = unix.SizeofSockaddrInet4
	sm.Iov = &sv[0]
	sm.Iovlen = 2
	n, e = zcall.Sendmsg(a, unsafe.Pointer(&sm), 0)
	wantN(t, "Sendmsg", n, e, 9)
	waitFor(t, b, zcall.POLLIN)
	h, tl := make([]byte, 5), make([]byte, 8)
	rv := [2]zcall.Iovec{iovec(h), iovec(tl)}
	var rfrom unix.RawSockaddrInet4
	var rm zcall.Msghdr
	rm.Name = (*byte)(unsafe.Pointer(&rfrom))
	rm.Namelen = unix.SizeofSockaddrInet4
	rm.Iov = &rv[0]
	rm.Iovlen = 2
	n, e = zcall.Recvmsg(b, unsafe.Pointer(&rm), 0)
	wantN(t, "Recvmsg", n, e, 9)
	if string(h)+string(tl[:4]) != "head|tail" || rfrom != aAddr || rm.Flags&zcall.MSG_TRUNC != 0 {
		t.Fatalf("Recvmsg %q %q from %+v flags %#x", h, tl, rfrom, rm.Flags)
	}

	// Connect a to b; Getpeername now answers.
	wantOK(t, "Connect", zcall.Connect(a, unsafe.Pointer(&bAddr), unix.SizeofSockaddrInet4))
	var peer unix.RawSockaddrInet4
	pl := uint32(unix.SizeofSockaddrInet4)
	wantOK(t, "Getpeername", zcall.Getpeername(a, unsafe.Pointer(&peer), unsafe.Pointer(&pl)))
	if peer != bAddr {
		t.Fatalf("Getpeername %+v, want %+v", peer, bAddr)
	}

	// Sendmmsg three datagrams, each of two iovecs; Recvmmsg them back.
	const count = 3
	payload := [count][2][]byte{{[]byte("one"), []byte("-1")}, {[]byte("two"), []byte("-22")}, {[]byte("three"), nil}}
	var siov [count][2]zcall.Iovec
	var smsgs [count]zcall.Mmsghdr
	for i := range smsgs {
		siov[i] = [2]zcall.Iovec{iovec(payload[i][0]), iovec(payload[i][1])}
		smsgs[i].Hdr.Iov = &siov[i][0]
		smsgs[i].Hdr.Iovlen = 2
	}
	n, e = zcall.Sendmmsg(a, unsafe.Pointer(&smsgs[0]), count, 0)
	wantN(t, "Sendmmsg", n, e, count)
	for i, want := range []uint32{5, 6, 5} {
		if smsgs[i].Len != want {
			t.Fatalf("Sendmmsg message %d: Len %d, want %d", i, smsgs[i].Len, want)
		}
	}
	waitFor(t, b, zcall.POLLIN)
	var bufs [count + 1][16]byte
	var riov [count + 1]zcall.Iovec
	var rmsgs [count + 1]zcall.Mmsghdr
	for i := range rmsgs {
		riov[i] = iovec(bufs[i][:])
		rmsgs[i].Hdr.Iov = &riov[i]
		rmsgs[i].Hdr.Iovlen = 1
	}
	// The datagrams are queued on loopback by the time the first is
	// readable; MSG_DONTWAIT returns what is there, and a non-nil timeout
	// is accepted alongside it.
	timeout := zcall.Timespec{Sec: 5}
	got := uintptr(0)
	for got < count {
		n, e = zcall.Recvmmsg(b, unsafe.Pointer(&rmsgs[got]), uintptr(len(rmsgs))-got, zcall.MSG_DONTWAIT, unsafe.Pointer(&timeout))
		if e == uintptr(syscall.EAGAIN) {
			waitFor(t, b, zcall.POLLIN)
			continue
		}
		// qemu-user 7.2 has no recvmmsg_time64, the call behind Recvmmsg
		// on 32-bit Linux.
		skipIfUnemulated(t, e, zcall.Errno(syscall.ENOSYS), "recvmmsg")
		wantOK(t, "Recvmmsg", e)
		got += n
	}
	if got != count {
		t.Fatalf("Recvmmsg received %d messages, want %d", got, count)
	}
	for i, want := range []string{"one-1", "two-22", "three"} {
		if l := rmsgs[i].Len; string(bufs[i][:l]) != want {
			t.Fatalf("Recvmmsg message %d: %q, want %q", i, bufs[i][:l], want)
		}
	}
	_, e = zcall.Recvmmsg(b, unsafe.Pointer(&rmsgs[0]), 1, zcall.MSG_DONTWAIT, nil)
	if e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Recvmmsg with nothing queued: errno %d, want EAGAIN", e)
	}
}
