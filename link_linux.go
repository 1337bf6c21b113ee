package zcall

import (
	"encoding/binary"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// Network links through rtnetlink. Links asks the kernel for one
// RTM_GETLINK dump of every link; LinkByName, LinkByIndex and, for names
// that ioctl(SIOCGIFINDEX) cannot express, IfNameToIndex ask it for the one
// link they name. Each request goes out on a fresh NETLINK_ROUTE socket and
// nothing is kept between calls. Replies are decoded byte by byte in the
// machine's byte order (encoding/binary.NativeEndian), never by casting a
// buffer offset to a structure.
//
// The kernel builds a reply inside the sendto and recvfrom that ask for and
// drain it, under locks (RTNL, the device list) that another task may hold
// for as long as it likes: creating or deleting thousands of links in any
// network namespace does. So every system call here goes through the
// standard library's scheduler-aware path (syscall.Syscall6), never a raw
// trampoline: while the kernel makes one wait, the runtime hands the P to
// another thread and a stop-the-world does not wait for it.

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
	// single link needs more; then the request is repeated with a buffer
	// of the size the kernel reported.
	linkBufLen = 32 << 10

	// linkAttempts bounds the requests one call makes: a dump the kernel
	// marks NLM_F_DUMP_INTR (the link table changed while it was being
	// read), or a reply longer than the buffer, is asked for again, at
	// most linkAttempts times in all.
	linkAttempts = 5
)

// linkWait is the most time one call spends waiting for the kernel to
// queue more of a reply (see [Links]). A variable so tests can shorten it.
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
	// Name is the IFLA_IFNAME attribute without its trailing NUL: the
	// link's name, never one of its alternative names.
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
// Nothing is cached: each call asks the kernel again, and the cost grows
// with the number of links.
//
// It makes several system calls, all through the scheduler-aware path that
// [BlockingSyscall6] takes, none raw: socket(AF_NETLINK,
// SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE), connect to the kernel (so no other
// process can send to the socket), getsockname (the port id replies must
// carry), sendto, a recvfrom with MSG_DONTWAIT|MSG_TRUNC for each datagram
// of the reply, and close, which runs on every path. The kernel builds each
// part of the dump inside the sendto or recvfrom that asks for it, holding
// locks that another task can hold for a long time (creating or deleting
// many links, in any namespace, does): such a call can then take seconds,
// and Links has no bound on that time. While it waits, the P is handed to
// another thread, and a stop-the-world does not wait for it. Should a
// recvfrom find nothing queued (EAGAIN) before NLMSG_DONE, Links waits for
// more with ppoll(2), for at most one second per call in all, and then
// fails with ETIMEDOUT.
//
// A dump the kernel marks NLM_F_DUMP_INTR is repeated on a new socket, up to
// five dumps in all; if every one is interrupted, Links fails with EINTR.
// An NLMSG_ERROR with error 0 (an acknowledgement) is skipped; a negative
// one, or a negative NLMSG_DONE status, fails with that errno. A reply that
// is malformed (shorter than its header, a length beyond the datagram, an
// attribute beyond its message, the wrong sequence number or port id)
// fails with EBADMSG. Every error is an [Errno].
func Links() ([]Link, error) {
	return requestLinks(dialRoute, linkSeq.Add(1), linkQuery{})
}

// LinkByName returns the link that name names, asking the kernel for that
// one link (RTM_GETLINK with IFLA_IFNAME, without NLM_F_DUMP): the cost
// does not grow with the number of links. The kernel matches the whole
// name against each link's name and its alternative names (ip link
// property add ... altname, Linux 5.5 and later), so an alternative name
// finds its link, whose Name is then the link's own name; an alternative
// name IFNAMSIZ bytes or longer cannot be asked for here. The system
// calls, waits and errors are those of [Links] (the scheduler-aware path
// for every call), with one request. Should the kernel refuse the targeted
// request (EOPNOTSUPP or EINVAL, which Linux does not answer to it but
// emulations of rtnetlink may), LinkByName reads the dump as Links does
// and matches the name against each link's Name alone.
//
// A name that is empty or IFNAMSIZ bytes or longer gives EINVAL; one that
// holds a NUL byte, or that no link can have (".", "..", or a '/' or white
// space, as the kernel's dev_valid_name refuses) gives ENODEV, both without
// a system call. No link of that name gives ENODEV, the kernel's answer.
// IfNameToIndex finds the same link for every name.
func LinkByName(name string) (*Link, error) {
	if err := checkLinkName(name); err != nil {
		return nil, err
	}
	return linkBy(dialRoute, linkQuery{name: name})
}

// LinkByIndex returns the link whose index is index, asking the kernel for
// that one link (RTM_GETLINK with ifi_index, without NLM_F_DUMP): the cost
// does not grow with the number of links. The system calls, waits, errors
// and the fallback to a dump are those of [LinkByName]. An index of 0 or
// less gives EINVAL without a system call; no link with that index gives
// ENODEV.
func LinkByIndex(index int) (*Link, error) {
	if index <= 0 {
		return nil, EINVAL
	}
	if index > 1<<31-1 {
		return nil, ENODEV // ifi_index is an int32
	}
	return linkBy(dialRoute, linkQuery{index: int32(index)})
}

// IfNameToIndex returns the index of the link that name names: the link
// [LinkByName] finds for the same name, alternative names included. For
// most names it asks the kernel as if_nametoindex(3) does, with
// ioctl(SIOCGIFINDEX) on a socket(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC) that it
// then closes: three system calls, and the kernel finds the name in a hash
// table, so the cost does not grow with the number of links. The ioctl
// cuts a name at its first ':' (an old alias syntax: "eth0:1" would find
// eth0), so a name that holds a ':', which only an alternative name can,
// is asked for with LinkByName's targeted request instead.
//
// For a name that no link has, the kernel may first run modprobe to load a
// driver called netdev-<name> (when the caller has CAP_NET_ADMIN or
// CAP_SYS_MODULE) and wait for it: every call here goes through the
// scheduler-aware path, as for LinkByName, so that wait does not hold a P.
//
// The name checks are LinkByName's: EINVAL for a name that is empty or
// IFNAMSIZ bytes or longer, ENODEV for one no link can have, both without
// a system call; ENODEV when no link has it. Every error is an [Errno].
func IfNameToIndex(name string) (uint32, error) {
	if err := checkLinkName(name); err != nil {
		return 0, err
	}
	for i := 0; i < len(name); i++ {
		if name[i] == ':' {
			l, err := linkBy(dialRoute, linkQuery{name: name})
			if err != nil {
				return 0, err
			}
			return uint32(l.Index), nil
		}
	}
	// struct ifreq: the name, NUL-padded, then a 24-byte union whose
	// first member the kernel sets to the index (an int).
	var ifr [IFNAMSIZ + 24]byte
	copy(ifr[:], name)
	fd, errno := blocking(syscall.Syscall(SYS_SOCKET, AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC, 0))
	if errno != 0 {
		return 0, Errno(errno)
	}
	_, errno = blocking(syscall.Syscall(SYS_IOCTL, fd, SIOCGIFINDEX, uintptr(unsafe.Pointer(&ifr))))
	closeWaiting(fd)
	if errno != 0 {
		return 0, Errno(errno)
	}
	return uint32(int32(binary.NativeEndian.Uint32(ifr[IFNAMSIZ:]))), nil
}

// checkLinkName checks a name as LinkByName's doc says, without a system
// call. The characters refused are those of the kernel's dev_valid_name
// (net/core/dev.c), whose isspace includes 0xa0; ':' is not among them,
// since an alternative name may hold one.
func checkLinkName(name string) error {
	if len(name) == 0 || len(name) >= IFNAMSIZ {
		return EINVAL
	}
	if name == "." || name == ".." {
		return ENODEV
	}
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case 0, '/', ' ', '\t', '\n', '\v', '\f', '\r', 0xa0:
			return ENODEV
		}
	}
	return nil
}

// closeWaiting closes fd through the scheduler-aware path.
func closeWaiting(fd uintptr) {
	syscall.Syscall(SYS_CLOSE, fd, 0, 0)
}

// linkDialer opens a descriptor from which a reply can be read, sends req
// on it, and returns the descriptor and the port id the reply must carry.
// On failure it has closed what it opened.
type linkDialer func(req []byte) (fd uintptr, port uint32, errno uintptr)

// sockaddrNL is struct sockaddr_nl.
type sockaddrNL struct {
	family uint16
	_      uint16
	pid    uint32
	groups uint32
}

// dialRoute opens a NETLINK_ROUTE socket connected to the kernel (port 0)
// and sends req to it, every call through the scheduler-aware path.
func dialRoute(req []byte) (uintptr, uint32, uintptr) {
	fd, errno := blocking(syscall.Syscall(SYS_SOCKET, AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE))
	if errno != 0 {
		return 0, 0, errno
	}
	kernel := sockaddrNL{family: AF_NETLINK}
	if _, errno = blocking(syscall.Syscall(SYS_CONNECT, fd, uintptr(unsafe.Pointer(&kernel)), sockaddrNLLen)); errno != 0 {
		closeWaiting(fd)
		return 0, 0, errno
	}
	var self sockaddrNL
	n := uint32(sockaddrNLLen)
	if _, errno = blocking(syscall.Syscall(SYS_GETSOCKNAME, fd, uintptr(unsafe.Pointer(&self)), uintptr(unsafe.Pointer(&n)))); errno != 0 {
		closeWaiting(fd)
		return 0, 0, errno
	}
	if n < sockaddrNLLen || self.family != AF_NETLINK {
		closeWaiting(fd)
		return 0, 0, uintptr(EBADMSG)
	}
	for {
		_, errno = blocking(syscall.Syscall6(SYS_SENDTO, fd, uintptr(unsafe.Pointer(unsafe.SliceData(req))), uintptr(len(req)), MSG_DONTWAIT, 0, 0))
		if errno != uintptr(EINTR) {
			break
		}
	}
	if errno != 0 {
		closeWaiting(fd)
		return 0, 0, errno
	}
	return fd, self.pid, 0
}

// A linkQuery says what an RTM_GETLINK request asks for: the link with
// ifi_index index, or else the one named name, or, when both are zero,
// a dump of every link.
type linkQuery struct {
	index int32
	name  string
}

func (q linkQuery) dump() bool { return q.index == 0 && q.name == "" }

// request returns the RTM_GETLINK message for q, numbered seq.
func (q linkQuery) request(seq uint32) []byte {
	ne := binary.NativeEndian
	flags := uint16(NLM_F_REQUEST)
	if q.dump() {
		flags |= NLM_F_DUMP
	}
	// nlmsg_pid 0 lets the kernel fill in the port; ifinfomsg is zero but
	// for ifi_index: AF_UNSPEC.
	req := make([]byte, nlmsgHdrLen+ifinfomsgLen, nlmsgHdrLen+ifinfomsgLen+rtattrHdrLen+IFNAMSIZ)
	ne.PutUint16(req[4:], RTM_GETLINK)
	ne.PutUint16(req[6:], flags)
	ne.PutUint32(req[8:], seq)
	ne.PutUint32(req[nlmsgHdrLen+4:], uint32(q.index))
	if q.name != "" {
		// IFLA_IFNAME: the name and its NUL, padded to 4 bytes.
		req = ne.AppendUint16(req, uint16(rtattrHdrLen+len(q.name)+1))
		req = ne.AppendUint16(req, IFLA_IFNAME)
		req = append(req, q.name...)
		req = append(req, make([]byte, 4-len(q.name)%4)...)
	}
	ne.PutUint32(req[0:], uint32(len(req)))
	return req
}

// linkBy asks through dial for the one link q names. If the kernel refuses
// the targeted request, it reads a dump and looks for the link there.
func linkBy(dial linkDialer, q linkQuery) (*Link, error) {
	links, err := requestLinks(dial, linkSeq.Add(1), q)
	if err == EOPNOTSUPP || err == EINVAL {
		links, err = requestLinks(dial, linkSeq.Add(1), linkQuery{})
		if err != nil {
			return nil, err
		}
		for i := range links {
			if q.index != 0 && links[i].Index == int(q.index) || q.name != "" && links[i].Name == q.name {
				return &links[i], nil
			}
		}
		return nil, ENODEV
	}
	if err != nil {
		return nil, err
	}
	if len(links) != 1 || q.index != 0 && links[0].Index != int(q.index) {
		return nil, EBADMSG
	}
	return &links[0], nil
}

// requestLinks makes up to linkAttempts requests for q through dial,
// numbering the first seq, until a reply is complete and consistent.
func requestLinks(dial linkDialer, seq uint32, q linkQuery) ([]Link, error) {
	var deadline time.Time // set at the first wait
	buf := make([]byte, linkBufLen)
	req := q.request(seq)
	for attempt := 0; attempt < linkAttempts; attempt++ {
		binary.NativeEndian.PutUint32(req[8:], seq)
		fd, port, errno := dial(req)
		if errno != 0 {
			return nil, Errno(errno)
		}
		d := linkDump{seq: seq, port: port, one: !q.dump()}
		need, err := d.receive(fd, buf, &deadline)
		closeWaiting(fd)
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
	if q.dump() {
		return nil, EINTR
	}
	return nil, EMSGSIZE // the reply outgrew every buffer
}

// linkDump is the state of one request's reply.
type linkDump struct {
	seq, port uint32 // what every message must carry
	one       bool   // a targeted request: one RTM_NEWLINK ends the reply
	links     []Link
	done      bool // NLMSG_DONE, or the one link, seen
	intr      bool // NLM_F_DUMP_INTR seen
}

// receive reads datagrams from fd into buf and parses them until the reply
// is done or marked interrupted. If a datagram was longer than buf, it
// returns its length (the request must be repeated with a larger buffer).
// The first wait sets *deadline, which bounds every later one.
func (d *linkDump) receive(fd uintptr, buf []byte, deadline *time.Time) (need int, err error) {
	for !d.done && !d.intr {
		n, errno := blocking(syscall.Syscall6(SYS_RECVFROM, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), MSG_DONTWAIT|MSG_TRUNC, 0, 0))
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
		// ppoll's struct timespec holds two C longs, which Go's int
		// matches on every Linux target (32 bits on the 32-bit ones,
		// whose ppoll is the one with the 32-bit time_t).
		ts := struct{ sec, nsec int }{int(left / time.Second), int(left % time.Second)}
		n, errno := blocking(syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, uintptr(unsafe.Pointer(&ts)), 0, 0, 0))
		switch {
		case errno == uintptr(EINTR):
		case errno != 0:
			return Errno(errno)
		case n > 0:
			return nil // readable, or an error or hang-up recvfrom reports
		}
	}
}

// parse decodes one datagram of a reply, appending its links to d.links.
// It reads only inside b, and reports every inconsistency as an error:
// EBADMSG for a malformed message, the kernel's errno for a negative
// NLMSG_ERROR or NLMSG_DONE status. It stops at NLMSG_DONE, at a message
// marked NLM_F_DUMP_INTR and, for a targeted request, after its link or
// an acknowledgement.
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
			if typ == NLMSG_DONE || d.one {
				d.done = true
				return nil
			}
			// NLMSG_ERROR with error 0: an acknowledgement, which ends a
			// targeted request (with no link) and is skipped in a dump.
		case nlmsgOverrun:
			return ENOBUFS
		case RTM_NEWLINK:
			l, err := parseLink(body)
			if err != nil {
				return err
			}
			d.links = append(d.links, l)
			if d.one {
				d.done = true
				return nil
			}
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
