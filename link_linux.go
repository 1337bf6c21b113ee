package zcall

import (
	"encoding/binary"
	"sync/atomic"
	"time"
	"unsafe"
)

// Network links through rtnetlink. Each of Links, LinkByName and
// LinkByIndex asks the kernel for one RTM_GETLINK dump on a fresh
// NETLINK_ROUTE socket and keeps nothing between calls; IfNameToIndex asks
// ioctl(SIOCGIFINDEX). Replies are decoded byte by byte in the machine's
// byte order (encoding/binary.NativeEndian), never by casting a buffer
// offset to a structure.

// Netlink details that the published API does not name.
const (
	nlmsgHdrLen   = 16 // struct nlmsghdr
	ifinfomsgLen  = 16 // struct ifinfomsg
	rtattrHdrLen  = 4  // struct rtattr
	sockaddrNLLen = 12 // struct sockaddr_nl

	nlmsgNoop    = 0x1  // NLMSG_NOOP: nothing, skipped
	nlmsgOverrun = 0x4  // NLMSG_OVERRUN: data was lost
	nlmFDumpIntr = 0x10 // NLM_F_DUMP_INTR: the dump was inconsistent
	nlaTypeMask  = 0x3fff

	pollIn = 0x1 // POLLIN

	// linkBufLen is the receive buffer. The kernel sizes the later
	// datagrams of a dump by the reader's buffer, up to 32 KiB less its
	// own overhead, so one this size takes every datagram whole unless a
	// single link needs more; then the dump is repeated with a buffer of
	// the size the kernel reported.
	linkBufLen = 32 << 10

	// linkAttempts bounds the dumps one call makes: a dump the kernel
	// marks NLM_F_DUMP_INTR (the link table changed while it was being
	// read) is repeated, at most linkAttempts times in all.
	linkAttempts = 5
)

// linkWait is the most time one call spends waiting for the kernel to
// queue more of a dump (see [Links]). A variable so tests can shorten it.
var linkWait = time.Second

// linkSeq numbers the requests, so that no two calls expect the same
// sequence number.
var linkSeq atomic.Uint32

// Link is one network interface as the kernel's RTM_NEWLINK message
// describes it.
type Link struct {
	// Index is the interface index (ifi_index), greater than zero.
	Index int
	// MTU is the IFLA_MTU attribute, 0 if the kernel sent none.
	MTU int
	// Name is the IFLA_IFNAME attribute without its trailing NUL.
	Name string
	// HardwareAddr is a copy of the IFLA_ADDRESS attribute (6 bytes for
	// Ethernet, none for a link without an address).
	HardwareAddr []byte
	// Flags is the raw ifi_flags word: IFF_UP, IFF_RUNNING and the rest
	// of the IFF_* bits, including those that this package does not name.
	Flags uint32
}

// Links returns every network link of the calling thread's network
// namespace, in the kernel's order, from one rtnetlink RTM_GETLINK dump.
// Nothing is cached: each call asks the kernel again.
//
// It makes several system calls, each one raw: socket(AF_NETLINK,
// SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE), connect to the kernel (so no other
// process can send to the socket), getsockname (the port id replies must
// carry), sendto, a recvfrom with MSG_DONTWAIT|MSG_TRUNC for each datagram
// of the reply, and close, which runs on every path. The kernel queues the
// first part of a dump before sendto returns and each further part before
// the recvfrom that drains the previous one returns, so no recvfrom waits.
// Should one still find nothing queued (EAGAIN) before NLMSG_DONE, Links
// waits for more with ppoll(2) through [BlockingSyscall6], the
// scheduler-aware call, for at most one second per call in all, and then
// fails with ETIMEDOUT. Links blocks for no longer than that.
//
// A dump the kernel marks NLM_F_DUMP_INTR is repeated on a new socket, up to
// five dumps in all; if every one is interrupted, Links fails with EINTR.
// An NLMSG_ERROR with error 0 (an acknowledgement) is skipped; a negative
// one, or a negative NLMSG_DONE status, fails with that errno. A reply that
// is malformed (shorter than its header, a length beyond the datagram, an
// attribute beyond its message, the wrong sequence number or port id)
// fails with EBADMSG. Every error is an [Errno].
func Links() ([]Link, error) {
	return dumpLinks(dialRoute, linkSeq.Add(1))
}

// LinkByName returns the link named name, from one RTM_GETLINK dump as
// [Links] makes it, with the same system calls, waits and errors. A name
// that is empty or IFNAMSIZ bytes or longer gives EINVAL and one that
// holds a NUL byte ENODEV, both without a system call; no link of that name
// gives ENODEV.
func LinkByName(name string) (*Link, error) {
	if len(name) == 0 || len(name) >= IFNAMSIZ {
		return nil, EINVAL
	}
	if hasNUL(name) {
		return nil, ENODEV
	}
	links, err := Links()
	if err != nil {
		return nil, err
	}
	for i := range links {
		if links[i].Name == name {
			return &links[i], nil
		}
	}
	return nil, ENODEV
}

// LinkByIndex returns the link whose index is index, from one RTM_GETLINK
// dump as [Links] makes it, with the same system calls, waits and errors.
// An index of 0 or less gives EINVAL without a system call; no link with
// that index gives ENODEV.
func LinkByIndex(index int) (*Link, error) {
	if index <= 0 {
		return nil, EINVAL
	}
	if index > 1<<31-1 {
		return nil, ENODEV // ifi_index is an int32
	}
	links, err := Links()
	if err != nil {
		return nil, err
	}
	for i := range links {
		if links[i].Index == index {
			return &links[i], nil
		}
	}
	return nil, ENODEV
}

// IfNameToIndex returns the index of the interface named name, asking the
// kernel as if_nametoindex(3) does: ioctl(SIOCGIFINDEX) on a socket(AF_UNIX,
// SOCK_DGRAM|SOCK_CLOEXEC) that it then closes, three raw system calls in
// all, none of which waits. The kernel finds the name in a hash table, so
// the cost does not grow with the number of links as a dump's does. A name
// that is empty or IFNAMSIZ bytes or longer gives EINVAL and one that holds
// a NUL byte ENODEV, both without a system call; no interface of that name
// gives ENODEV (the kernel's answer). Every error is an [Errno].
func IfNameToIndex(name string) (uint32, error) {
	if len(name) == 0 || len(name) >= IFNAMSIZ {
		return 0, EINVAL
	}
	if hasNUL(name) {
		return 0, ENODEV
	}
	// struct ifreq: the name, NUL-padded, then a 24-byte union whose
	// first member the kernel sets to the index (an int).
	var ifr [IFNAMSIZ + 24]byte
	copy(ifr[:], name)
	fd, errno := Socket(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC, 0)
	if errno != 0 {
		return 0, Errno(errno)
	}
	errno = Ioctl(fd, SIOCGIFINDEX, unsafe.Pointer(&ifr))
	Close(fd)
	if errno != 0 {
		return 0, Errno(errno)
	}
	return uint32(int32(binary.NativeEndian.Uint32(ifr[IFNAMSIZ:]))), nil
}

func hasNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}

// linkDialer opens a descriptor from which a dump's reply can be read,
// sends req on it, and returns the descriptor and the port id the reply
// must carry. On failure it has closed what it opened.
type linkDialer func(req []byte) (fd uintptr, port uint32, errno uintptr)

// sockaddrNL is struct sockaddr_nl.
type sockaddrNL struct {
	family uint16
	_      uint16
	pid    uint32
	groups uint32
}

// dialRoute opens a NETLINK_ROUTE socket connected to the kernel (port 0)
// and sends req to it.
func dialRoute(req []byte) (uintptr, uint32, uintptr) {
	fd, errno := Socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE)
	if errno != 0 {
		return 0, 0, errno
	}
	kernel := sockaddrNL{family: AF_NETLINK}
	if errno = Connect(fd, unsafe.Pointer(&kernel), sockaddrNLLen); errno != 0 {
		Close(fd)
		return 0, 0, errno
	}
	var self sockaddrNL
	n := uint32(sockaddrNLLen)
	if errno = Getsockname(fd, unsafe.Pointer(&self), unsafe.Pointer(&n)); errno != 0 {
		Close(fd)
		return 0, 0, errno
	}
	if n < sockaddrNLLen || self.family != AF_NETLINK {
		Close(fd)
		return 0, 0, uintptr(EBADMSG)
	}
	for {
		_, errno = Sendto(fd, req, MSG_DONTWAIT, nil, 0)
		if errno != uintptr(EINTR) {
			break
		}
	}
	if errno != 0 {
		Close(fd)
		return 0, 0, errno
	}
	return fd, self.pid, 0
}

// dumpLinks makes up to linkAttempts dumps through dial, numbering the
// first request seq, until one is complete and consistent.
func dumpLinks(dial linkDialer, seq uint32) ([]Link, error) {
	var deadline time.Time // set at the first wait
	buf := make([]byte, linkBufLen)
	var req [nlmsgHdrLen + ifinfomsgLen]byte
	for attempt := 0; attempt < linkAttempts; attempt++ {
		ne := binary.NativeEndian
		ne.PutUint32(req[0:], uint32(len(req)))
		ne.PutUint16(req[4:], RTM_GETLINK)
		ne.PutUint16(req[6:], NLM_F_REQUEST|NLM_F_DUMP)
		ne.PutUint32(req[8:], seq)
		// nlmsg_pid 0 lets the kernel fill in the port; ifinfomsg is all
		// zero: AF_UNSPEC, every link.
		fd, port, errno := dial(req[:])
		if errno != 0 {
			return nil, Errno(errno)
		}
		d := linkDump{seq: seq, port: port}
		need, err := d.receive(fd, buf, &deadline)
		Close(fd)
		switch {
		case err != nil:
			return nil, err
		case need > len(buf):
			buf = make([]byte, need)
		case !d.intr:
			return d.links, nil
		}
		seq++
	}
	return nil, EINTR
}

// linkDump is the state of one dump's reply.
type linkDump struct {
	seq, port uint32 // what every message must carry
	links     []Link
	done      bool // NLMSG_DONE seen
	intr      bool // NLM_F_DUMP_INTR seen
}

// receive reads datagrams from fd into buf and parses them until the dump
// is done or marked interrupted. If a datagram was longer than buf, it
// returns its length (the dump must be repeated with a larger buffer).
// The first wait sets *deadline, which bounds every later one.
func (d *linkDump) receive(fd uintptr, buf []byte, deadline *time.Time) (need int, err error) {
	for !d.done && !d.intr {
		n, errno := Recvfrom(fd, buf, MSG_DONTWAIT|MSG_TRUNC, nil, nil)
		switch errno {
		case 0:
		case uintptr(EINTR):
			continue
		case uintptr(EAGAIN):
			if deadline.IsZero() {
				*deadline = time.Now().Add(linkWait)
			}
			if err := waitReadable(fd, *deadline); err != nil {
				return 0, err
			}
			continue
		default:
			return 0, Errno(errno)
		}
		if n > uintptr(len(buf)) {
			return int(n), nil
		}
		if err := d.parse(buf[:n]); err != nil {
			return 0, err
		}
	}
	return 0, nil
}

// waitReadable waits with ppoll until fd is readable or deadline passes.
func waitReadable(fd uintptr, deadline time.Time) error {
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return ETIMEDOUT
		}
		pfd := struct {
			fd      int32
			events  int16
			revents int16
		}{fd: int32(fd), events: pollIn}
		ts := struct{ sec, nsec int64 }{int64(left / time.Second), int64(left % time.Second)}
		n, errno := BlockingSyscall6(sysPpoll, uintptr(unsafe.Pointer(&pfd)), 1, uintptr(unsafe.Pointer(&ts)), 0, 0, 0)
		switch {
		case errno == uintptr(EINTR):
		case errno != 0:
			return Errno(errno)
		case n > 0:
			return nil // readable, or an error or hang-up recvfrom reports
		}
	}
}

// parse decodes one datagram of a dump's reply, appending its links to
// d.links. It reads only inside b, and reports every inconsistency as an
// error: EBADMSG for a malformed message, the kernel's errno for a
// negative NLMSG_ERROR or NLMSG_DONE status. It stops at NLMSG_DONE and
// at a message marked NLM_F_DUMP_INTR.
func (d *linkDump) parse(b []byte) error {
	ne := binary.NativeEndian
	if len(b) < nlmsgHdrLen {
		return EBADMSG
	}
	for len(b) >= nlmsgHdrLen {
		mlen := ne.Uint32(b[0:])
		typ := ne.Uint16(b[4:])
		flags := ne.Uint16(b[6:])
		if mlen < nlmsgHdrLen || uint64(mlen) > uint64(len(b)) {
			return EBADMSG
		}
		if ne.Uint32(b[8:]) != d.seq || ne.Uint32(b[12:]) != d.port {
			return EBADMSG
		}
		if flags&nlmFDumpIntr != 0 {
			d.intr = true
			return nil
		}
		body := b[nlmsgHdrLen:mlen]
		switch typ {
		case nlmsgNoop:
		case NLMSG_ERROR, NLMSG_DONE:
			if len(body) < 4 {
				if typ == NLMSG_DONE && len(body) == 0 {
					d.done = true // some kernels send no status
					return nil
				}
				return EBADMSG
			}
			code := int32(ne.Uint32(body))
			if code > 0 || code < -4095 {
				return EBADMSG
			}
			if code < 0 {
				return Errno(-code)
			}
			if typ == NLMSG_DONE {
				d.done = true
				return nil
			}
			// NLMSG_ERROR with error 0: an acknowledgement.
		case nlmsgOverrun:
			return ENOBUFS
		case RTM_NEWLINK:
			l, err := parseLink(body)
			if err != nil {
				return err
			}
			d.links = append(d.links, l)
		}
		// Messages are 4-byte aligned; the last may lack its padding.
		next := (uint64(mlen) + 3) &^ 3
		if next >= uint64(len(b)) {
			return nil
		}
		b = b[next:]
	}
	return EBADMSG // a trailing fragment shorter than a header
}

// parseLink decodes the body of an RTM_NEWLINK message: struct ifinfomsg,
// then 4-byte aligned attributes.
func parseLink(b []byte) (Link, error) {
	ne := binary.NativeEndian
	if len(b) < ifinfomsgLen {
		return Link{}, EBADMSG
	}
	l := Link{
		Index: int(int32(ne.Uint32(b[4:]))),
		Flags: ne.Uint32(b[8:]),
	}
	if l.Index <= 0 {
		return Link{}, EBADMSG
	}
	b = b[ifinfomsgLen:]
	for len(b) > 0 {
		if len(b) < rtattrHdrLen {
			return Link{}, EBADMSG
		}
		alen := int(ne.Uint16(b[0:]))
		if alen < rtattrHdrLen || alen > len(b) {
			return Link{}, EBADMSG
		}
		v := b[rtattrHdrLen:alen]
		switch ne.Uint16(b[2:]) & nlaTypeMask {
		case IFLA_IFNAME:
			for i, c := range v {
				if c == 0 {
					v = v[:i]
					break
				}
			}
			l.Name = string(v)
		case IFLA_MTU:
			if len(v) < 4 {
				return Link{}, EBADMSG
			}
			l.MTU = int(ne.Uint32(v))
		case IFLA_ADDRESS:
			l.HardwareAddr = append([]byte(nil), v...)
		}
		next := (alen + 3) &^ 3
		if next >= len(b) {
			break
		}
		b = b[next:]
	}
	return l, nil
}
