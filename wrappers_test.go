package zcall_test

import (
	"bytes"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The signatures of the wrappers common to every OS, checked by the compiler.
var (
	_ func(uintptr, []byte) (uintptr, uintptr)                                                    = zcall.Read
	_ func(uintptr, []byte) (uintptr, uintptr)                                                    = zcall.Write
	_ func(uintptr) uintptr                                                                       = zcall.Close
	_ func(uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                                   = zcall.Readv
	_ func(uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                                   = zcall.Writev
	_ func(uintptr, unsafe.Pointer, uintptr, int64) (uintptr, uintptr)                            = zcall.Preadv
	_ func(uintptr, unsafe.Pointer, uintptr, int64) (uintptr, uintptr)                            = zcall.Pwritev
	_ func(unsafe.Pointer, uintptr, uintptr, uintptr, uintptr, uintptr) (unsafe.Pointer, uintptr) = zcall.Mmap
	_ func(unsafe.Pointer, uintptr) uintptr                                                       = zcall.Munmap
	_ func(uintptr, uintptr, uintptr) (uintptr, uintptr)                                          = zcall.Socket
	_ func(uintptr, uintptr, uintptr, *[2]int32) uintptr                                          = zcall.Socketpair
	_ func(uintptr, unsafe.Pointer, uintptr) uintptr                                              = zcall.Bind
	_ func(uintptr, unsafe.Pointer, uintptr) uintptr                                              = zcall.Connect
	_ func(uintptr, uintptr) uintptr                                                              = zcall.Listen
	_ func(uintptr, unsafe.Pointer, unsafe.Pointer) (uintptr, uintptr)                            = zcall.Accept
	_ func(uintptr, unsafe.Pointer, unsafe.Pointer) uintptr                                       = zcall.Getsockname
	_ func(uintptr, unsafe.Pointer, unsafe.Pointer) uintptr                                       = zcall.Getpeername
	_ func(uintptr, uintptr, uintptr, unsafe.Pointer, uintptr) uintptr                            = zcall.Setsockopt
	_ func(uintptr, uintptr, uintptr, unsafe.Pointer, unsafe.Pointer) uintptr                     = zcall.Getsockopt
	_ func(uintptr, uintptr) uintptr                                                              = zcall.Shutdown
	_ func(uintptr, []byte, uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                  = zcall.Sendto
	_ func(uintptr, []byte, uintptr, unsafe.Pointer, unsafe.Pointer) (uintptr, uintptr)           = zcall.Recvfrom
	_ func(uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                                   = zcall.Sendmsg
	_ func(uintptr, unsafe.Pointer, uintptr) (uintptr, uintptr)                                   = zcall.Recvmsg
)

// badFD is -1 as the kernel sees it: never an open descriptor.
const badFD = ^uintptr(0)

// closeOnCleanup closes fd through zcall when the test ends and fails the
// test if that close fails.
func closeOnCleanup(t testing.TB, fd uintptr) {
	t.Helper()
	t.Cleanup(func() {
		if e := zcall.Close(fd); e != 0 {
			t.Errorf("close(%d): %v", fd, zcall.Errno(e))
		}
	})
}

// socketpair makes a connected AF_UNIX pair of type typ, closed at cleanup.
func socketpair(t testing.TB, typ uintptr) (a, b uintptr) {
	t.Helper()
	var fds [2]int32
	if e := zcall.Socketpair(zcall.AF_UNIX, typ, 0, &fds); e != 0 {
		t.Fatalf("Socketpair: %v", zcall.Errno(e))
	}
	a, b = uintptr(fds[0]), uintptr(fds[1])
	closeOnCleanup(t, a)
	closeOnCleanup(t, b)
	return a, b
}

// iovec describes b as a zcall.Iovec.
func iovec(b []byte) zcall.Iovec {
	v := zcall.Iovec{Base: unsafe.SliceData(b)}
	v.SetLen(len(b))
	return v
}

// uiovec describes b as a unix.Iovec, for the unix.Msghdr used where zcall
// has no Msghdr (darwin, FreeBSD).
func uiovec(b []byte) unix.Iovec {
	v := unix.Iovec{Base: unsafe.SliceData(b)}
	v.SetLen(len(b))
	return v
}

// wantOK fails the test when errno is not 0.
func wantOK(t testing.TB, what string, errno uintptr) {
	t.Helper()
	if errno != 0 {
		t.Fatalf("%s: %v (errno %d)", what, zcall.Errno(errno), errno)
	}
}

// wantN fails the test unless the call succeeded with result n.
func wantN(t testing.TB, what string, got, errno, n uintptr) {
	t.Helper()
	wantOK(t, what, errno)
	if got != n {
		t.Fatalf("%s = %d, want %d", what, got, n)
	}
}

func TestSocketpairIO(t *testing.T) {
	checkFDs(t)
	a, b := socketpair(t, zcall.SOCK_STREAM)

	// Read and Write, with empty and nil buffers going to the kernel too.
	n, e := zcall.Write(a, []byte("ping"))
	wantN(t, "Write", n, e, 4)
	for _, empty := range [][]byte{nil, {}} {
		n, e = zcall.Write(a, empty)
		wantN(t, "Write(empty)", n, e, 0)
		n, e = zcall.Read(b, empty)
		wantN(t, "Read(empty)", n, e, 0)
	}
	buf := make([]byte, 16)
	n, e = zcall.Read(b, buf)
	wantN(t, "Read", n, e, 4)
	if string(buf[:n]) != "ping" {
		t.Fatalf("Read got %q", buf[:n])
	}

	// Writev and Readv across two buffers each.
	out := [2]zcall.Iovec{iovec([]byte("hello, ")), iovec([]byte("vectors"))}
	n, e = zcall.Writev(a, unsafe.Pointer(&out[0]), 2)
	wantN(t, "Writev", n, e, 14)
	p1, p2 := make([]byte, 5), make([]byte, 9)
	in := [2]zcall.Iovec{iovec(p1), iovec(p2)}
	n, e = zcall.Readv(b, unsafe.Pointer(&in[0]), 2)
	wantN(t, "Readv", n, e, 14)
	if string(p1)+string(p2) != "hello, vectors" {
		t.Fatalf("Readv got %q %q", p1, p2)
	}

	// Sendto and Recvfrom without addresses (connected sockets).
	n, e = zcall.Sendto(b, []byte("reply"), 0, nil, 0)
	wantN(t, "Sendto", n, e, 5)
	n, e = zcall.Recvfrom(a, buf, 0, nil, nil)
	wantN(t, "Recvfrom", n, e, 5)
	if string(buf[:n]) != "reply" {
		t.Fatalf("Recvfrom got %q", buf[:n])
	}
	// Nothing queued: MSG_DONTWAIT makes the raw call return EAGAIN.
	_, e = zcall.Recvfrom(a, buf, zcall.MSG_DONTWAIT, nil, nil)
	if e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Recvfrom on an empty socket: errno %d, want EAGAIN", e)
	}

	// Sendmsg and Recvmsg with two iovecs each.
	sv := [2]unix.Iovec{uiovec([]byte("msg-")), uiovec([]byte("part"))}
	var sm unix.Msghdr
	sm.Iov = &sv[0]
	sm.SetIovlen(2)
	n, e = zcall.Sendmsg(a, unsafe.Pointer(&sm), 0)
	wantN(t, "Sendmsg", n, e, 8)
	r1, r2 := make([]byte, 3), make([]byte, 5)
	rv := [2]unix.Iovec{uiovec(r1), uiovec(r2)}
	var rm unix.Msghdr
	rm.Iov = &rv[0]
	rm.SetIovlen(2)
	n, e = zcall.Recvmsg(b, unsafe.Pointer(&rm), 0)
	wantN(t, "Recvmsg", n, e, 8)
	if string(r1)+string(r2) != "msg-part" {
		t.Fatalf("Recvmsg got %q %q", r1, r2)
	}

	// Socket options: SO_TYPE reads back the socket type; SO_SNDBUF set
	// then read back is at least what was asked for.
	var v, vlen int32 = 0, 4
	wantOK(t, "Getsockopt(SO_TYPE)", zcall.Getsockopt(a, zcall.SOL_SOCKET, zcall.SO_TYPE, unsafe.Pointer(&v), unsafe.Pointer(&vlen)))
	if v != zcall.SOCK_STREAM || vlen != 4 {
		t.Fatalf("SO_TYPE = %d (len %d), want %d", v, vlen, zcall.SOCK_STREAM)
	}
	want := int32(1 << 16)
	wantOK(t, "Setsockopt(SO_SNDBUF)", zcall.Setsockopt(a, zcall.SOL_SOCKET, zcall.SO_SNDBUF, unsafe.Pointer(&want), 4))
	got, err := unix.GetsockoptInt(int(a), zcall.SOL_SOCKET, zcall.SO_SNDBUF)
	if err != nil || int32(got) < want {
		t.Fatalf("SO_SNDBUF after Setsockopt: %d, %v; want >= %d", got, err, want)
	}

	// Getsockname on an unnamed AF_UNIX socket: the family comes back.
	var sa unix.RawSockaddrAny
	salen := uint32(unsafe.Sizeof(sa))
	wantOK(t, "Getsockname", zcall.Getsockname(a, unsafe.Pointer(&sa), unsafe.Pointer(&salen)))
	if sa.Addr.Family != zcall.AF_UNIX {
		t.Fatalf("Getsockname family %d, want AF_UNIX", sa.Addr.Family)
	}
	salen = uint32(unsafe.Sizeof(sa))
	wantOK(t, "Getpeername", zcall.Getpeername(a, unsafe.Pointer(&sa), unsafe.Pointer(&salen)))

	// Shutdown(SHUT_WR): the peer reads end of file.
	wantOK(t, "Shutdown", zcall.Shutdown(a, zcall.SHUT_WR))
	n, e = zcall.Read(b, buf)
	wantN(t, "Read after Shutdown", n, e, 0)
}

func TestMmapAnonymous(t *testing.T) {
	checkFDs(t)
	const size = 1 << 16
	p, e := zcall.Mmap(nil, size, zcall.PROT_READ|zcall.PROT_WRITE, zcall.MAP_PRIVATE|unix.MAP_ANON, badFD, 0)
	wantOK(t, "Mmap", e)
	m := unsafe.Slice((*byte)(p), size)
	copy(m[size-5:], "tail!")
	if !bytes.Equal(m[size-5:], []byte("tail!")) || m[0] != 0 {
		t.Fatalf("anonymous mapping does not hold what was written")
	}
	wantOK(t, "Munmap", zcall.Munmap(p, size))
}

// Valid arguments for the bad-descriptor table, at fixed addresses so that
// the reference call may take them as uintptr. With everything but the fd
// valid, EBADF is the only possible answer, natively and under qemu-user
// (which checks pointers and counts before it forwards a call).
var (
	gBuf     [8]byte
	gIov     = [1]zcall.Iovec{{Base: &gBuf[0], Len: 8}}
	gUIov    = [1]unix.Iovec{{Base: &gBuf[0], Len: 8}}
	gMsg     unix.Msghdr
	gSA      unix.RawSockaddrInet4
	gSALen   = uint32(unix.SizeofSockaddrInet4)
	gOpt     = int32(1)
	gOptLen  = uint32(4)
	gIovP    = uintptr(unsafe.Pointer(&gIov[0]))
	gMsgP    = uintptr(unsafe.Pointer(&gMsg))
	gSAP     = uintptr(unsafe.Pointer(&gSA))
	gSALenP  = uintptr(unsafe.Pointer(&gSALen))
	gOptP    = uintptr(unsafe.Pointer(&gOpt))
	gOptLenP = uintptr(unsafe.Pointer(&gOptLen))
)

func init() {
	gMsg.Iov = &gUIov[0]
	gMsg.SetIovlen(1)
	gSA.Family = zcall.AF_INET
	gSA.Addr = [4]byte{127, 0, 0, 1}
}

// refAccept, as the number of a reference call, stands for acceptErrno.
const refAccept = ^uintptr(0)

// acceptErrno is the reference for Accept: the errno of syscall.Accept,
// which makes accept4 or accept, whichever the target has (linux/s390x has
// no accept).
func acceptErrno(fd int) uintptr {
	nfd, _, err := syscall.Accept(fd)
	if err == nil {
		syscall.Close(nfd)
		return 0
	}
	return uintptr(err.(syscall.Errno))
}

// TestCommonBadFD: every fd-taking wrapper common to all OSes returns the
// kernel's EBADF for a descriptor that is not open, exactly as the standard
// library's raw call does, and never panics on nil or empty buffers.
func TestCommonBadFD(t *testing.T) {
	checkFDs(t)
	tests := []struct {
		name string
		num  uintptr
		args [6]uintptr
		zc   func() (uintptr, uintptr)
	}{
		{"Read", zcall.SYS_READ, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.Read(badFD, nil) }},
		{"Write", zcall.SYS_WRITE, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.Write(badFD, []byte{}) }},
		{"Close", zcall.SYS_CLOSE, [6]uintptr{badFD}, func() (uintptr, uintptr) { return ^uintptr(0), zcall.Close(badFD) }},
		{"Readv", zcall.SYS_READV, [6]uintptr{badFD, gIovP, 1}, func() (uintptr, uintptr) { return zcall.Readv(badFD, unsafe.Pointer(&gIov[0]), 1) }},
		{"Writev", zcall.SYS_WRITEV, [6]uintptr{badFD, gIovP, 1}, func() (uintptr, uintptr) { return zcall.Writev(badFD, unsafe.Pointer(&gIov[0]), 1) }},
		{"Preadv", zcall.SYS_PREADV, [6]uintptr{badFD, gIovP, 1}, func() (uintptr, uintptr) { return zcall.Preadv(badFD, unsafe.Pointer(&gIov[0]), 1, 0) }},
		{"Pwritev", zcall.SYS_PWRITEV, [6]uintptr{badFD, gIovP, 1}, func() (uintptr, uintptr) { return zcall.Pwritev(badFD, unsafe.Pointer(&gIov[0]), 1, 0) }},
		{"Bind", zcall.SYS_BIND, [6]uintptr{badFD, gSAP, uintptr(gSALen)}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Bind(badFD, unsafe.Pointer(&gSA), uintptr(gSALen))
		}},
		{"Connect", zcall.SYS_CONNECT, [6]uintptr{badFD, gSAP, uintptr(gSALen)}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Connect(badFD, unsafe.Pointer(&gSA), uintptr(gSALen))
		}},
		{"Listen", zcall.SYS_LISTEN, [6]uintptr{badFD, 1}, func() (uintptr, uintptr) { return ^uintptr(0), zcall.Listen(badFD, 1) }},
		{"Accept", refAccept, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.Accept(badFD, nil, nil) }},
		{"Getsockname", zcall.SYS_GETSOCKNAME, [6]uintptr{badFD, gSAP, gSALenP}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Getsockname(badFD, unsafe.Pointer(&gSA), unsafe.Pointer(&gSALen))
		}},
		{"Getpeername", zcall.SYS_GETPEERNAME, [6]uintptr{badFD, gSAP, gSALenP}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Getpeername(badFD, unsafe.Pointer(&gSA), unsafe.Pointer(&gSALen))
		}},
		{"Setsockopt", zcall.SYS_SETSOCKOPT, [6]uintptr{badFD, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, gOptP, 4}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Setsockopt(badFD, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, unsafe.Pointer(&gOpt), 4)
		}},
		{"Getsockopt", zcall.SYS_GETSOCKOPT, [6]uintptr{badFD, zcall.SOL_SOCKET, zcall.SO_TYPE, gOptP, gOptLenP}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Getsockopt(badFD, zcall.SOL_SOCKET, zcall.SO_TYPE, unsafe.Pointer(&gOpt), unsafe.Pointer(&gOptLen))
		}},
		{"Shutdown", zcall.SYS_SHUTDOWN, [6]uintptr{badFD, zcall.SHUT_RDWR}, func() (uintptr, uintptr) {
			return ^uintptr(0), zcall.Shutdown(badFD, zcall.SHUT_RDWR)
		}},
		{"Sendto", zcall.SYS_SENDTO, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.Sendto(badFD, nil, 0, nil, 0) }},
		{"Recvfrom", zcall.SYS_RECVFROM, [6]uintptr{badFD}, func() (uintptr, uintptr) { return zcall.Recvfrom(badFD, nil, 0, nil, nil) }},
		{"Sendmsg", zcall.SYS_SENDMSG, [6]uintptr{badFD, gMsgP}, func() (uintptr, uintptr) { return zcall.Sendmsg(badFD, unsafe.Pointer(&gMsg), 0) }},
		{"Recvmsg", zcall.SYS_RECVMSG, [6]uintptr{badFD, gMsgP}, func() (uintptr, uintptr) { return zcall.Recvmsg(badFD, unsafe.Pointer(&gMsg), 0) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want uintptr
			if tt.num == refAccept {
				want = acceptErrno(-1)
			} else {
				_, want = raw(tt.num, tt.args[0], tt.args[1], tt.args[2], tt.args[3], tt.args[4], tt.args[5])
			}
			if want != uintptr(syscall.EBADF) {
				t.Fatalf("reference %s: errno %d, want EBADF", tt.name, want)
			}
			r1, e := tt.zc()
			if e != want || r1 != ^uintptr(0) {
				t.Fatalf("%s = (%#x, %d), want (^0, EBADF)", tt.name, r1, e)
			}
		})
	}
}
