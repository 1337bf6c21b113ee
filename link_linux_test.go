package zcall_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The link calls are checked three ways: against package net on the real
// kernel (natively and under qemu-user, which forwards rtnetlink to the
// host's kernel), through scripted replies fed to the reply parser over a
// socketpair (every malformed kind, acknowledgements, interrupted dumps,
// waiting for the rest of a reply), and by fuzzing those replies.

var ne = binary.NativeEndian

// bigEndian reports whether the target stores integers big end first.
var bigEndian = ne.Uint16([]byte{1, 0}) == 0x100

// qemuByteOrderNote explains the skips under qemu-user on a big-endian
// target: qemu 7.2's host_to_target_for_each_rtattr stops while 4 bytes
// remain (len > sizeof(struct rtattr)), so an RTM_NEWLINK whose last
// attribute is an empty one (today's kernels end with such a nested
// attribute) keeps that attribute's header in the host's byte order. Every
// reader sees a length beyond the message: package net fails with EINVAL,
// Links with EBADMSG. TestLinksRelayMatchSysfs repairs that one header in a
// relay and checks the links of these targets against /sys/class/net.
const qemuByteOrderNote = "under qemu-user on a big-endian target, whose rtnetlink translation leaves a 4-byte last attribute in host byte order"

// skipNoNetlink skips when qemu-user refuses rtnetlink sockets or garbles
// their replies as qemuByteOrderNote says; natively an error is a failure.
func skipNoNetlink(t *testing.T, err error) {
	t.Helper()
	var e zcall.Errno
	if !errors.As(err, &e) || !underQEMU() {
		return
	}
	switch {
	case e == zcall.Errno(syscall.EAFNOSUPPORT) || e == zcall.Errno(syscall.EPFNOSUPPORT):
		t.Skipf("socket(AF_NETLINK, NETLINK_ROUTE): %v (errno %d) under qemu-user, which does not emulate it", e, uintptr(e))
	case e == zcall.Errno(syscall.EBADMSG) && bigEndian:
		t.Skipf("Links: %v (errno %d) %s", e, uintptr(e), qemuByteOrderNote)
	}
}

// netFlags converts a raw ifi_flags word to the net.Flags that package net
// derives from it.
func netFlags(raw uint32) net.Flags {
	var f net.Flags
	for _, m := range []struct {
		iff uint32
		net net.Flags
	}{
		{zcall.IFF_UP, net.FlagUp},
		{zcall.IFF_BROADCAST, net.FlagBroadcast},
		{zcall.IFF_LOOPBACK, net.FlagLoopback},
		{zcall.IFF_POINTOPOINT, net.FlagPointToPoint},
		{zcall.IFF_MULTICAST, net.FlagMulticast},
		{zcall.IFF_RUNNING, net.FlagRunning},
	} {
		if raw&m.iff != 0 {
			f |= m.net
		}
	}
	return f
}

// stableInterfaces returns net.Interfaces() and the result of call, made
// between two equal answers of net.Interfaces(), so that a link that comes
// or goes during the test is not taken for a difference.
func stableInterfaces[T any](t *testing.T, call func() (T, error)) ([]net.Interface, T) {
	t.Helper()
	for try := 0; ; try++ {
		before, err := net.Interfaces()
		if err != nil && underQEMU() && bigEndian && errors.Is(err, syscall.EINVAL) {
			t.Skipf("net.Interfaces: %v %s", err, qemuByteOrderNote)
		}
		if err != nil {
			t.Fatalf("net.Interfaces: %v", err)
		}
		got, err := call()
		if err != nil {
			skipNoNetlink(t, err)
			t.Fatalf("%v (%#v)", err, err)
		}
		after, err := net.Interfaces()
		if err != nil {
			t.Fatalf("net.Interfaces: %v", err)
		}
		if reflect.DeepEqual(before, after) || try == 4 {
			return after, got
		}
	}
}

func TestLinksMatchNet(t *testing.T) {
	want, links := stableInterfaces(t, zcall.Links)
	if len(links) == 0 {
		t.Fatal("Links: no links (there is always lo)")
	}
	if len(links) != len(want) {
		t.Errorf("Links: %d links, net.Interfaces: %d", len(links), len(want))
	}
	for i := range min(len(links), len(want)) {
		l, w := links[i], want[i]
		if l.Index != w.Index || l.Name != w.Name || l.MTU != w.MTU {
			t.Errorf("link %d: index %d name %q mtu %d, net: index %d name %q mtu %d",
				i, l.Index, l.Name, l.MTU, w.Index, w.Name, w.MTU)
		}
		if strings.IndexByte(l.Name, 0) >= 0 {
			t.Errorf("link %d: name %q holds a NUL", i, l.Name)
		}
		if got := netFlags(l.Flags); got != w.Flags {
			t.Errorf("link %s: flags %#x are %v, net: %v", l.Name, l.Flags, got, w.Flags)
		}
		// net omits an all-zero address and a tunnel's IP address.
		if len(w.HardwareAddr) > 0 && !bytes.Equal(l.HardwareAddr, w.HardwareAddr) {
			t.Errorf("link %s: hardware address %x, net: %x", l.Name, l.HardwareAddr, []byte(w.HardwareAddr))
		}
		t.Logf("%d %-12s mtu %-6d flags %#06x %v addr %x", l.Index, l.Name, l.MTU, l.Flags, w.Flags, l.HardwareAddr)
	}
}

// Every link found by name and by index, and its index by name, as net
// finds them.
func TestLinkByNameIndexMatchNet(t *testing.T) {
	want, _ := stableInterfaces(t, zcall.Links)
	for _, w := range want {
		byName, err := zcall.LinkByName(w.Name)
		if err != nil {
			skipNoNetlink(t, err)
			t.Errorf("LinkByName(%q): %v", w.Name, err)
		} else if byName.Index != w.Index || byName.Name != w.Name || byName.MTU != w.MTU || netFlags(byName.Flags) != w.Flags {
			t.Errorf("LinkByName(%q) = %+v, net: %+v", w.Name, *byName, w)
		}
		byIndex, err := zcall.LinkByIndex(w.Index)
		if err != nil {
			t.Errorf("LinkByIndex(%d): %v", w.Index, err)
		} else if byIndex.Index != w.Index || byIndex.Name != w.Name || byIndex.MTU != w.MTU || netFlags(byIndex.Flags) != w.Flags {
			t.Errorf("LinkByIndex(%d) = %+v, net: %+v", w.Index, *byIndex, w)
		}
		index, err := zcall.IfNameToIndex(w.Name)
		if err != nil || int(index) != w.Index {
			t.Errorf("IfNameToIndex(%q) = %d, %v; net: %d", w.Name, index, err, w.Index)
		}
	}
}

// wantErr fails unless err is the Errno want, as an Errno and through
// errors.Is with the syscall package's value.
func wantErr(t *testing.T, what string, err error, want syscall.Errno) {
	t.Helper()
	e, ok := err.(zcall.Errno)
	if !ok || uintptr(e) != uintptr(want) || !errors.Is(err, want) {
		t.Errorf("%s: error %v (%T), want Errno %v (%d)", what, err, err, want, uintptr(want))
	}
}

// An unused name of each valid length, and never an existing one.
func unusedName(t *testing.T, n int) string {
	t.Helper()
	name := strings.Repeat("z", n)
	if _, err := net.InterfaceByName(name); err == nil {
		t.Skipf("an interface is named %q", name)
	}
	return name
}

func TestLinkErrors(t *testing.T) {
	checkFDs(t)
	for _, name := range []string{"", strings.Repeat("x", zcall.IFNAMSIZ), strings.Repeat("x", 100)} {
		l, err := zcall.LinkByName(name)
		wantErr(t, fmt.Sprintf("LinkByName(%d bytes)", len(name)), err, syscall.EINVAL)
		if l != nil {
			t.Errorf("LinkByName(%d bytes) = %+v with an error", len(name), *l)
		}
		i, err := zcall.IfNameToIndex(name)
		wantErr(t, fmt.Sprintf("IfNameToIndex(%d bytes)", len(name)), err, syscall.EINVAL)
		if i != 0 {
			t.Errorf("IfNameToIndex(%d bytes) = %d with an error", len(name), i)
		}
	}
	// Names no link can have: the kernel's dev_valid_name refuses them.
	invalid := []string{".", "..", "a/b", "a b", "lo\t", "\n", "\v", "\f", "\r", "x\xa0"}
	for _, name := range append([]string{unusedName(t, 1), unusedName(t, zcall.IFNAMSIZ-1), "lo\x00", "\x00", "lo:x", "lo:"}, invalid...) {
		_, err := zcall.IfNameToIndex(name)
		wantErr(t, fmt.Sprintf("IfNameToIndex(%q)", name), err, syscall.ENODEV)
	}
	for _, index := range []int{0, -1, math.MinInt} {
		l, err := zcall.LinkByIndex(index)
		wantErr(t, fmt.Sprintf("LinkByIndex(%d)", index), err, syscall.EINVAL)
		if l != nil {
			t.Errorf("LinkByIndex(%d) = %+v with an error", index, *l)
		}
	}
	for _, name := range append([]string{unusedName(t, 1), unusedName(t, zcall.IFNAMSIZ-1), "lo\x00", "\x00", "lo:x", "lo:"}, invalid...) {
		l, err := zcall.LinkByName(name)
		skipNoNetlink(t, err)
		wantErr(t, fmt.Sprintf("LinkByName(%q)", name), err, syscall.ENODEV)
		if l != nil {
			t.Errorf("LinkByName(%q) = %+v with an error", name, *l)
		}
	}
	links, err := zcall.Links()
	skipNoNetlink(t, err)
	if err != nil {
		t.Fatal(err)
	}
	unused := 1
	for _, l := range links {
		unused = max(unused, l.Index+1)
	}
	indexes := []int{unused, math.MaxInt32}
	if math.MaxInt > math.MaxInt32 { // 64-bit int: indexes beyond the kernel's int
		for _, i := range []int64{1 << 31, 1 << 40} {
			indexes = append(indexes, int(i))
		}
	}
	for _, index := range indexes {
		_, err := zcall.LinkByIndex(index)
		wantErr(t, fmt.Sprintf("LinkByIndex(%d)", index), err, syscall.ENODEV)
	}
}

// TestLinksHardwareAddrCopy: changing a returned address changes nothing
// that a later call returns.
func TestLinksHardwareAddrCopy(t *testing.T) {
	a, err := zcall.Links()
	skipNoNetlink(t, err)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a {
		for j := range a[i].HardwareAddr {
			a[i].HardwareAddr[j] ^= 0xff
		}
	}
	b, err := zcall.Links()
	if err != nil {
		t.Fatal(err)
	}
	for i := range min(len(a), len(b)) {
		if len(a[i].HardwareAddr) > 0 && a[i].Index == b[i].Index && bytes.Equal(a[i].HardwareAddr, b[i].HardwareAddr) {
			t.Errorf("link %s: the inverted address came back", a[i].Name)
		}
	}
}

// TestLinksFDHygiene: no descriptor is left open by any call, on success
// and on error.
func TestLinksFDHygiene(t *testing.T) {
	checkFDs(t)
	for range 3 {
		links, err := zcall.Links()
		if err != nil && !(underQEMU() && bigEndian && errors.Is(err, syscall.EBADMSG)) {
			skipNoNetlink(t, err)
			t.Fatal(err)
		}
		if err != nil {
			t.Logf("Links: %v %s: checking its error path", err, qemuByteOrderNote)
		}
		for _, l := range links {
			zcall.LinkByName(l.Name)
			zcall.LinkByIndex(l.Index)
			zcall.IfNameToIndex(l.Name)
		}
		zcall.LinkByName("zcall-none")
		zcall.LinkByIndex(1 << 30)
		zcall.IfNameToIndex("zcall-none")
		zcall.IfNameToIndex("lo")
	}
}

// relayDial sends the request to the kernel on its own NETLINK_ROUTE
// socket, reads the whole reply with blocking receives, repairs the one
// header that qemu-user leaves in host byte order (see qemuByteOrderNote;
// natively nothing needs repair) and passes the datagrams on through a
// SOCK_SEQPACKET socketpair.
func relayDial(t *testing.T, repaired *int) func(req []byte) (uintptr, uint32, uintptr) {
	return func(req []byte) (uintptr, uint32, uintptr) {
		nl, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
		if err != nil {
			return 0, 0, uintptr(err.(syscall.Errno))
		}
		defer unix.Close(nl)
		if err := unix.Bind(nl, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
			t.Fatalf("relay: bind: %v", err)
		}
		sa, err := unix.Getsockname(nl)
		if err != nil {
			t.Fatalf("relay: getsockname: %v", err)
		}
		if err := unix.Sendto(nl, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
			t.Fatalf("relay: sendto: %v", err)
		}
		fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_SEQPACKET|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatalf("relay: socketpair: %v", err)
		}
		defer unix.Close(fds[1])
		unix.SetsockoptInt(fds[1], unix.SOL_SOCKET, unix.SO_SNDBUF, 4<<20)
		buf := make([]byte, 1<<16)
		for end := false; !end; {
			n, _, err := unix.Recvfrom(nl, buf, 0)
			if err != nil {
				t.Fatalf("relay: recvfrom: %v", err)
			}
			d := buf[:n]
			end = repairLast(d, repaired)
			if err := unix.Sendto(fds[1], d, 0, nil); err != nil {
				t.Fatalf("relay: send %d bytes: %v", len(d), err)
			}
		}
		return uintptr(fds[0]), sa.(*unix.SockaddrNetlink).Pid, 0
	}
}

// repairLast swaps the bytes of an RTM_NEWLINK attribute header that is
// invalid as it stands and exactly fills its message when swapped,
// counting repairs. It reports whether the datagram ends the reply.
func repairLast(d []byte, repaired *int) (end bool) {
	for len(d) >= 16 {
		mlen := int(ne.Uint32(d))
		typ := ne.Uint16(d[4:])
		if mlen < 16 || mlen > len(d) {
			return true // let the parser report it
		}
		if typ == zcall.NLMSG_DONE || typ == zcall.NLMSG_ERROR {
			return true
		}
		if typ == zcall.RTM_NEWLINK && mlen >= 32 {
			a := d[32:mlen]
			for len(a) >= 4 {
				alen := int(ne.Uint16(a))
				if alen < 4 || alen > len(a) {
					if swapped := int(a[0]) | int(a[1])<<8; bigEndian && swapped == len(a) {
						a[0], a[1], a[2], a[3] = a[1], a[0], a[3], a[2]
						*repaired++
					}
					break
				}
				next := (alen + 3) &^ 3
				if next >= len(a) {
					break
				}
				a = a[next:]
			}
		}
		d = d[min((mlen+3)&^3, len(d)):]
	}
	return false
}

// sysNet reads /sys/class/net/<name>/<file>.
func sysNet(t *testing.T, name, file string) string {
	t.Helper()
	b, err := os.ReadFile("/sys/class/net/" + name + "/" + file)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return strings.TrimSpace(string(b))
}

// TestLinksRelayMatchSysfs reads a real dump through relayDial and
// compares the links with /sys/class/net and with IfNameToIndex: on every
// target, and the only comparison with the kernel that big-endian targets
// get under qemu-user.
func TestLinksRelayMatchSysfs(t *testing.T) {
	checkFDs(t)
	var links []zcall.Link
	var repaired int
	var names []string
	for try := 0; ; try++ {
		ents, err := os.ReadDir("/sys/class/net")
		if err != nil {
			t.Skipf("no /sys/class/net: %v", err)
		}
		names = names[:0]
		for _, e := range ents {
			names = append(names, e.Name())
		}
		repaired = 0
		links, err = zcall.DumpLinks(relayDial(t, &repaired), 9)
		if err != nil {
			skipNoNetlink(t, err)
			t.Fatalf("DumpLinks through the relay: %v", err)
		}
		var got []string
		for _, l := range links {
			got = append(got, l.Name)
		}
		slices.Sort(got)
		if slices.Equal(got, names) || try == 4 {
			break
		}
	}
	t.Logf("%d links, %d attribute headers repaired (big-endian %v, qemu %v)", len(links), repaired, bigEndian, underQEMU())
	if !underQEMU() && repaired != 0 {
		t.Errorf("%d headers needed repair natively", repaired)
	}
	if len(links) != len(names) {
		t.Errorf("%d links, /sys/class/net lists %d: %v", len(links), len(names), names)
	}
	for _, l := range links {
		if !slices.Contains(names, l.Name) {
			t.Errorf("link %q is not in /sys/class/net", l.Name)
			continue
		}
		if got := fmt.Sprint(l.Index); got != sysNet(t, l.Name, "ifindex") {
			t.Errorf("%s: index %s, sysfs %s", l.Name, got, sysNet(t, l.Name, "ifindex"))
		}
		if got := fmt.Sprint(l.MTU); got != sysNet(t, l.Name, "mtu") {
			t.Errorf("%s: mtu %s, sysfs %s", l.Name, got, sysNet(t, l.Name, "mtu"))
		}
		// sysfs shows dev->flags; ifi_flags adds IFF_RUNNING and the
		// other operational bits, so compare the configured ones.
		const configured = zcall.IFF_UP | zcall.IFF_BROADCAST | zcall.IFF_LOOPBACK | zcall.IFF_POINTOPOINT | zcall.IFF_MULTICAST
		if got, want := fmt.Sprintf("%#x", l.Flags&configured), sysNet(t, l.Name, "flags"); !flagsMatch(got, want, configured) {
			t.Errorf("%s: flags %#x, sysfs %s", l.Name, l.Flags, want)
		}
		if got := net.HardwareAddr(l.HardwareAddr).String(); len(l.HardwareAddr) > 0 && got != sysNet(t, l.Name, "address") {
			t.Errorf("%s: address %s, sysfs %s", l.Name, got, sysNet(t, l.Name, "address"))
		}
		if index, err := zcall.IfNameToIndex(l.Name); err != nil || int(index) != l.Index {
			t.Errorf("IfNameToIndex(%q) = %d, %v; the dump: %d", l.Name, index, err, l.Index)
		}
	}
}

// flagsMatch compares the mask bits of a Link's flags (got, as %#x) with
// sysfs's flags file (want, hex).
func flagsMatch(got, want string, mask uint32) bool {
	var g, w uint32
	if _, err := fmt.Sscanf(got, "0x%x", &g); err != nil {
		return false
	}
	if _, err := fmt.Sscanf(want, "0x%x", &w); err != nil {
		return false
	}
	return g == w&mask
}

func TestLinkConstants(t *testing.T) {
	for _, c := range []struct {
		name      string
		zcall, ux int64
	}{
		{"AF_NETLINK", zcall.AF_NETLINK, unix.AF_NETLINK},
		{"AF_UNSPEC", zcall.AF_UNSPEC, unix.AF_UNSPEC},
		{"NETLINK_ROUTE", zcall.NETLINK_ROUTE, unix.NETLINK_ROUTE},
		{"NLMSG_ERROR", zcall.NLMSG_ERROR, unix.NLMSG_ERROR},
		{"NLMSG_DONE", zcall.NLMSG_DONE, unix.NLMSG_DONE},
		{"NLM_F_REQUEST", zcall.NLM_F_REQUEST, unix.NLM_F_REQUEST},
		{"NLM_F_ROOT", zcall.NLM_F_ROOT, unix.NLM_F_ROOT},
		{"NLM_F_MATCH", zcall.NLM_F_MATCH, unix.NLM_F_MATCH},
		{"NLM_F_DUMP", zcall.NLM_F_DUMP, unix.NLM_F_DUMP},
		{"RTM_NEWLINK", zcall.RTM_NEWLINK, unix.RTM_NEWLINK},
		{"RTM_GETLINK", zcall.RTM_GETLINK, unix.RTM_GETLINK},
		{"IFLA_ADDRESS", zcall.IFLA_ADDRESS, unix.IFLA_ADDRESS},
		{"IFLA_IFNAME", zcall.IFLA_IFNAME, unix.IFLA_IFNAME},
		{"IFLA_MTU", zcall.IFLA_MTU, unix.IFLA_MTU},
		{"IFNAMSIZ", zcall.IFNAMSIZ, unix.IFNAMSIZ},
		{"IFF_UP", zcall.IFF_UP, unix.IFF_UP},
		{"IFF_BROADCAST", zcall.IFF_BROADCAST, unix.IFF_BROADCAST},
		{"IFF_LOOPBACK", zcall.IFF_LOOPBACK, unix.IFF_LOOPBACK},
		{"IFF_POINTOPOINT", zcall.IFF_POINTOPOINT, unix.IFF_POINTOPOINT},
		{"IFF_RUNNING", zcall.IFF_RUNNING, unix.IFF_RUNNING},
		{"IFF_MULTICAST", zcall.IFF_MULTICAST, unix.IFF_MULTICAST},
		{"SIOCGIFINDEX", zcall.SIOCGIFINDEX, unix.SIOCGIFINDEX},
		{"SYS_IOCTL", zcall.SYS_IOCTL, unix.SYS_IOCTL},
		{"SYS_PRLIMIT64", zcall.SYS_PRLIMIT64, unix.SYS_PRLIMIT64},
	} {
		if c.zcall != c.ux {
			t.Errorf("%s = %#x, x/sys/unix: %#x", c.name, c.zcall, c.ux)
		}
	}
}

// TestPrlimit64 calls prlimit64 through SYS_PRLIMIT64 and compares the
// limit with getrlimit's.
func TestPrlimit64(t *testing.T) {
	var got, want unix.Rlimit
	_, errno := zcall.Syscall6(zcall.SYS_PRLIMIT64, 0, unix.RLIMIT_NOFILE, 0, uintptr(unsafe.Pointer(&got)), 0, 0)
	if errno != 0 {
		t.Fatalf("prlimit64: %v", zcall.Errno(errno))
	}
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &want); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("prlimit64(RLIMIT_NOFILE) = %+v, getrlimit: %+v", got, want)
	}
}

// Scripted replies.

const (
	testPort = 0x1234abcd
	testSeq  = 0x51000000
)

// nlmsg is one netlink message, padded to 4 bytes unless nopad.
func nlmsg(typ, flags uint16, seq, port uint32, body []byte) []byte {
	b := make([]byte, 16, 16+len(body)+3)
	ne.PutUint32(b[0:], uint32(16+len(body)))
	ne.PutUint16(b[4:], typ)
	ne.PutUint16(b[6:], flags)
	ne.PutUint32(b[8:], seq)
	ne.PutUint32(b[12:], port)
	b = append(b, body...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// attr is one rtattr, padded.
func attr(typ uint16, v []byte) []byte {
	b := make([]byte, 4, 4+len(v)+3)
	ne.PutUint16(b[0:], uint16(4+len(v)))
	ne.PutUint16(b[2:], typ)
	b = append(b, v...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

func u32(v uint32) []byte { return ne.AppendUint32(nil, v) }
func i32(v int32) []byte  { return ne.AppendUint32(nil, uint32(v)) }

// ifinfo is an RTM_NEWLINK body: ifinfomsg and attributes.
func ifinfo(index int32, flags uint32, attrs ...[]byte) []byte {
	b := make([]byte, 16)
	b[0] = zcall.AF_UNSPEC
	ne.PutUint16(b[2:], 1) // ARPHRD_ETHER
	ne.PutUint32(b[4:], uint32(index))
	ne.PutUint32(b[8:], flags)
	return slices.Concat(append([][]byte{b}, attrs...)...)
}

// link is an RTM_NEWLINK message for a link with a name, an MTU and an address.
func link(seq uint32, index int32, name string, mtu uint32, addr []byte) []byte {
	return nlmsg(zcall.RTM_NEWLINK, 0x2, seq, testPort, ifinfo(index, zcall.IFF_UP,
		attr(zcall.IFLA_IFNAME, append([]byte(name), 0)),
		attr(zcall.IFLA_MTU, u32(mtu)),
		attr(zcall.IFLA_ADDRESS, addr)))
}

func done(seq uint32) []byte {
	return nlmsg(zcall.NLMSG_DONE, 0x2, seq, testPort, u32(0))
}

func errMsg(seq uint32, code int32) []byte {
	// struct nlmsgerr: the error and the request's header.
	return nlmsg(zcall.NLMSG_ERROR, 0, seq, testPort, append(u32(uint32(code)), make([]byte, 16)...))
}

// script answers each dial with the datagrams reply returns for that
// dial's sequence number and attempt (0 for the first), written to a
// SOCK_SEQPACKET socketpair whose far end is closed afterwards unless
// keepOpen, in which case the far end is handed to hold.
type script struct {
	t        testing.TB
	reply    func(seq uint32, attempt int) [][]byte
	keepOpen bool
	hold     func(peer int)
	reqs     [][]byte
}

func (s *script) dial(req []byte) (uintptr, uint32, uintptr) {
	s.reqs = append(s.reqs, slices.Clone(req))
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_SEQPACKET|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		s.t.Fatalf("socketpair: %v", err)
	}
	seq := ne.Uint32(req[8:])
	for _, d := range s.reply(seq, len(s.reqs)-1) {
		if err := unix.Sendto(fds[1], d, unix.MSG_DONTWAIT, nil); err != nil {
			break // full: the rest is lost, as a reply may be
		}
	}
	if s.keepOpen {
		s.hold(fds[1])
	} else {
		unix.Close(fds[1])
	}
	return uintptr(fds[0]), testPort, 0
}

func fixed(ds ...[]byte) func(uint32, int) [][]byte {
	return func(uint32, int) [][]byte { return ds }
}

var (
	macA = []byte{2, 0, 0, 0, 0, 0xa}
	macB = []byte{2, 0, 0, 0, 0, 0xb}
)

func TestLinkReplies(t *testing.T) {
	checkFDs(t)
	s := uint32(testSeq)
	good := link(s, 1, "lo", 65536, make([]byte, 6))
	cases := []struct {
		name  string
		reply [][]byte
		want  []zcall.Link
		err   syscall.Errno
	}{
		{"one datagram", [][]byte{slices.Concat(good, link(s, 7, "eth0", 1500, macA), done(s))},
			[]zcall.Link{{1, 65536, "lo", make([]byte, 6), zcall.IFF_UP}, {7, 1500, "eth0", macA, zcall.IFF_UP}}, 0},
		{"one message a datagram", [][]byte{good, link(s, 7, "eth0", 1500, macA), link(s, 3, "eth1", 9000, macB), done(s)},
			[]zcall.Link{{1, 65536, "lo", make([]byte, 6), zcall.IFF_UP}, {7, 1500, "eth0", macA, zcall.IFF_UP}, {3, 9000, "eth1", macB, zcall.IFF_UP}}, 0},
		{"ACK is not an error", [][]byte{errMsg(s, 0), good, slices.Concat(errMsg(s, 0), done(s))},
			[]zcall.Link{{1, 65536, "lo", make([]byte, 6), zcall.IFF_UP}}, 0},
		{"no links", [][]byte{done(s)}, nil, 0},
		{"DONE without status", [][]byte{nlmsg(zcall.NLMSG_DONE, 2, s, testPort, nil)}, nil, 0},
		{"NOOP and unknown types skipped", [][]byte{slices.Concat(nlmsg(1, 0, s, testPort, nil), nlmsg(0x30, 0, s, testPort, u32(9)), good, done(s))},
			[]zcall.Link{{1, 65536, "lo", make([]byte, 6), zcall.IFF_UP}}, 0},
		{"name without NUL, nested bit, unknown attribute, unpadded last message", [][]byte{slices.Concat(
			nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, ifinfo(5, 0x11043, attr(0x8000|zcall.IFLA_IFNAME, []byte("abc")), attr(0x55, []byte{1, 2, 3}))),
			done(s)[:20])},
			[]zcall.Link{{5, 0, "abc", nil, 0x11043}}, 0},
		{"name stops at the first NUL", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, ifinfo(5, 0, attr(zcall.IFLA_IFNAME, []byte("ab\x00cd\x00")))), done(s)},
			[]zcall.Link{{5, 0, "ab", nil, 0}}, 0},

		{"empty datagram", [][]byte{{}}, nil, syscall.EBADMSG},
		{"short header", [][]byte{good[:15]}, nil, syscall.EBADMSG},
		{"length below header", [][]byte{func() []byte { b := slices.Clone(good); ne.PutUint32(b, 15); return b }()}, nil, syscall.EBADMSG},
		{"length beyond datagram", [][]byte{func() []byte { b := slices.Clone(good); ne.PutUint32(b, uint32(len(b)+1)); return b }()}, nil, syscall.EBADMSG},
		{"huge length", [][]byte{func() []byte { b := slices.Clone(good); ne.PutUint32(b, ^uint32(0)); return b }()}, nil, syscall.EBADMSG},
		{"trailing fragment", [][]byte{slices.Concat(good, good[:12])}, nil, syscall.EBADMSG},
		{"wrong sequence", [][]byte{link(s+1, 1, "lo", 65536, nil), done(s)}, nil, syscall.EBADMSG},
		{"wrong sequence on DONE", [][]byte{good, done(s - 1)}, nil, syscall.EBADMSG},
		{"wrong port", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort+1, ifinfo(1, 0)), done(s)}, nil, syscall.EBADMSG},
		{"negative NLMSG_ERROR", [][]byte{good, errMsg(s, -int32(syscall.EPERM))}, nil, syscall.EPERM},
		{"NLMSG_ERROR positive", [][]byte{errMsg(s, 1)}, nil, syscall.EBADMSG},
		{"NLMSG_ERROR below -4095", [][]byte{errMsg(s, -4096)}, nil, syscall.EBADMSG},
		{"NLMSG_ERROR MinInt32", [][]byte{errMsg(s, -1<<31)}, nil, syscall.EBADMSG},
		{"NLMSG_ERROR short", [][]byte{nlmsg(zcall.NLMSG_ERROR, 0, s, testPort, []byte{0, 0})}, nil, syscall.EBADMSG},
		{"negative DONE status", [][]byte{good, nlmsg(zcall.NLMSG_DONE, 2, s, testPort, i32(-int32(syscall.EMSGSIZE)))}, nil, syscall.EMSGSIZE},
		{"NLMSG_OVERRUN", [][]byte{nlmsg(4, 0, s, testPort, nil)}, nil, syscall.ENOBUFS},
		{"ifinfomsg short", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, make([]byte, 15)), done(s)}, nil, syscall.EBADMSG},
		{"index 0", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, ifinfo(0, 0)), done(s)}, nil, syscall.EBADMSG},
		{"negative index", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, ifinfo(-3, 0)), done(s)}, nil, syscall.EBADMSG},
		{"attribute header short", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, append(ifinfo(1, 0), 8, 0)), done(s)}, nil, syscall.EBADMSG},
		{"attribute length below header", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, append(ifinfo(1, 0), ne.AppendUint16(ne.AppendUint16(nil, 3), 3)...)), done(s)}, nil, syscall.EBADMSG},
		{"attribute beyond message", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, append(ifinfo(1, 0), ne.AppendUint16(ne.AppendUint16(nil, 12), 3)...)), done(s)}, nil, syscall.EBADMSG},
		{"MTU short", [][]byte{nlmsg(zcall.RTM_NEWLINK, 2, s, testPort, ifinfo(1, 0, attr(zcall.IFLA_MTU, []byte{1, 2}))), done(s)}, nil, syscall.EBADMSG},
		{"end of stream before DONE", [][]byte{good}, nil, syscall.EBADMSG},
		{"nothing at all", nil, nil, syscall.EBADMSG},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFDs(t)
			sc := &script{t: t, reply: fixed(c.reply...)}
			links, err := zcall.DumpLinks(sc.dial, testSeq)
			if c.err != 0 {
				wantErr(t, "DumpLinks", err, c.err)
				if links != nil {
					t.Errorf("links %+v with an error", links)
				}
				return
			}
			if err != nil {
				t.Fatalf("DumpLinks: %v", err)
			}
			if !reflect.DeepEqual(links, c.want) {
				t.Errorf("links\n\t%+v\nwant\n\t%+v", links, c.want)
			}
			if len(sc.reqs) != 1 {
				t.Errorf("%d dumps, want 1", len(sc.reqs))
			}
		})
	}
}

// TestLinkRequest: the request is one RTM_GETLINK dump of every link.
func TestLinkRequest(t *testing.T) {
	sc := &script{t: t, reply: func(seq uint32, _ int) [][]byte { return [][]byte{done(seq)} }}
	if _, err := zcall.DumpLinks(sc.dial, 77); err != nil {
		t.Fatal(err)
	}
	want := make([]byte, 32)
	ne.PutUint32(want[0:], 32)
	ne.PutUint16(want[4:], zcall.RTM_GETLINK)
	ne.PutUint16(want[6:], zcall.NLM_F_REQUEST|zcall.NLM_F_DUMP)
	ne.PutUint32(want[8:], 77)
	if len(sc.reqs) != 1 || !bytes.Equal(sc.reqs[0], want) {
		t.Errorf("requests %x, want one: %x", sc.reqs, want)
	}
}

// TestLinkHardwareAddrIsCopy: the receive buffer is reused for each
// datagram; an address taken from the first must survive the second.
func TestLinkHardwareAddrIsCopy(t *testing.T) {
	s := uint32(testSeq)
	sc := &script{t: t, reply: fixed(link(s, 1, "a", 1500, macA), link(s, 2, "b", 1500, macB), done(s))}
	links, err := zcall.DumpLinks(sc.dial, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || !bytes.Equal(links[0].HardwareAddr, macA) || !bytes.Equal(links[1].HardwareAddr, macB) {
		t.Fatalf("links %+v", links)
	}
	if cap(links[0].HardwareAddr) > 2*len(macA) {
		t.Errorf("address capacity %d: not a copy of its bytes", cap(links[0].HardwareAddr))
	}
}

// linkAttempts is the most dumps one call makes, as Links's doc says.
const linkAttempts = 5

// TestLinkDumpIntr: a dump marked NLM_F_DUMP_INTR is repeated with a new
// request, at most linkAttempts dumps in all, then EINTR.
func TestLinkDumpIntr(t *testing.T) {
	checkFDs(t)
	intr := func(seq uint32) [][]byte {
		return [][]byte{link(seq, 1, "lo", 65536, nil), nlmsg(zcall.RTM_NEWLINK, 0x2|0x10, seq, testPort, ifinfo(2, 0)), done(seq)}
	}
	intrDone := func(seq uint32) [][]byte {
		return [][]byte{link(seq, 1, "lo", 65536, nil), nlmsg(zcall.NLMSG_DONE, 0x2|0x10, seq, testPort, u32(0))}
	}
	for _, c := range []struct {
		name   string
		intr   func(uint32) [][]byte
		clean  int // the first attempt that is not interrupted
		dumps  int
		errno  syscall.Errno
		nlinks int
	}{
		{"once", intr, 1, 2, 0, 2},
		{"on DONE, twice", intrDone, 2, 3, 0, 2},
		{"always", intr, 1 << 30, linkAttempts, syscall.EINTR, 0},
		{"always on DONE", intrDone, 1 << 30, linkAttempts, syscall.EINTR, 0},
		{"all but the last", intr, linkAttempts - 1, linkAttempts, 0, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			sc := &script{t: t, reply: func(seq uint32, attempt int) [][]byte {
				if attempt < c.clean {
					return c.intr(seq)
				}
				return [][]byte{link(seq, 1, "lo", 65536, nil), link(seq, 2, "eth0", 1500, macA), done(seq)}
			}}
			links, err := zcall.DumpLinks(sc.dial, testSeq)
			if len(sc.reqs) != c.dumps {
				t.Errorf("%d dumps, want %d", len(sc.reqs), c.dumps)
			}
			for i, r := range sc.reqs {
				if seq := ne.Uint32(r[8:]); seq != testSeq+uint32(i) {
					t.Errorf("dump %d: sequence %#x, want %#x", i, seq, testSeq+uint32(i))
				}
			}
			if c.errno != 0 {
				wantErr(t, "DumpLinks", err, c.errno)
				return
			}
			if err != nil || len(links) != c.nlinks {
				t.Errorf("DumpLinks = %+v, %v; want %d links", links, err, c.nlinks)
			}
		})
	}
}

// TestLinkLargeDatagram: a datagram longer than the receive buffer is not
// parsed cut short: the dump is repeated with a buffer that holds it.
func TestLinkLargeDatagram(t *testing.T) {
	checkFDs(t)
	big := make([]byte, zcall.LinkBufLen+1000)
	sc := &script{t: t, reply: func(seq uint32, _ int) [][]byte {
		return [][]byte{slices.Concat(
			nlmsg(zcall.RTM_NEWLINK, 2, seq, testPort, ifinfo(4, 0, attr(zcall.IFLA_IFNAME, []byte("big\x00")), attr(0x77, big))),
			nlmsg(zcall.RTM_NEWLINK, 2, seq, testPort, ifinfo(5, 0, attr(zcall.IFLA_IFNAME, []byte("big2\x00")), attr(0x77, big[:100]))),
			done(seq))}
	}}
	links, err := zcall.DumpLinks(sc.dial, testSeq)
	if err != nil || len(links) != 2 || links[0].Name != "big" || links[1].Name != "big2" {
		t.Fatalf("DumpLinks = %+v, %v", links, err)
	}
	if len(sc.reqs) != 2 {
		t.Errorf("%d dumps, want 2 (one cut short, one whole)", len(sc.reqs))
	}
}

// TestLinkWait: a reply that stops before NLMSG_DONE with the sender still
// there is waited for, at most for the bound, then ETIMEDOUT; one whose rest
// arrives during the wait completes.
func TestLinkWait(t *testing.T) {
	checkFDs(t)
	defer zcall.SetLinkWait(50 * time.Millisecond)()
	s := uint32(testSeq)
	var peers []int
	defer func() {
		for _, p := range peers {
			unix.Close(p)
		}
	}()
	sc := &script{t: t, reply: fixed(link(s, 1, "lo", 65536, nil)), keepOpen: true, hold: func(p int) { peers = append(peers, p) }}
	_, err := zcall.DumpLinks(sc.dial, s)
	wantErr(t, "DumpLinks, no DONE", err, syscall.ETIMEDOUT)

	defer zcall.SetLinkWait(time.Minute)()
	late := make(chan error, 1)
	sc = &script{t: t, reply: fixed(link(s, 1, "lo", 65536, nil)), keepOpen: true, hold: func(p int) {
		peers = append(peers, p)
		go func() {
			time.Sleep(20 * time.Millisecond)
			late <- unix.Sendto(p, slices.Concat(link(s, 2, "eth0", 1500, nil), done(s)), 0, nil)
		}()
	}}
	links, err := zcall.DumpLinks(sc.dial, s)
	if err != nil || len(links) != 2 || links[1].Name != "eth0" {
		t.Errorf("DumpLinks, DONE later = %+v, %v", links, err)
	}
	if err := <-late; err != nil {
		t.Fatal(err)
	}
}

// FuzzLinkReply feeds arbitrary replies to the reply parser through a
// socketpair: data is a series of datagrams, each a 2-byte native-endian
// length and that many bytes (the last takes what is left). Replies must
// carry sequence testSeq and port testPort to get past the header checks;
// the seeds do. The parser must never panic; its error is an Errno; its
// links have an index above zero and names without NUL.
func FuzzLinkReply(f *testing.F) {
	s := uint32(testSeq)
	frame := func(ds ...[]byte) []byte {
		var b []byte
		for _, d := range ds {
			b = ne.AppendUint16(b, uint16(len(d)))
			b = append(b, d...)
		}
		return b
	}
	f.Add(frame(slices.Concat(link(s, 1, "lo", 65536, make([]byte, 6)), link(s, 2, "eth0", 1500, macA)), done(s)))
	f.Add(frame(errMsg(s, 0), link(s, 1, "lo", 65536, nil), done(s)))
	f.Add(frame(nlmsg(zcall.RTM_NEWLINK, 0x12, s, testPort, ifinfo(1, 0)), done(s)))
	f.Add(frame(errMsg(s, -1)))
	f.Add(frame(link(s, 1, "lo", 65536, nil)))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ds [][]byte
		for len(data) >= 2 {
			n := int(ne.Uint16(data))
			data = data[2:]
			if n > len(data) {
				n = len(data)
			}
			ds = append(ds, data[:n])
			data = data[n:]
		}
		sc := &script{t: t, reply: fixed(ds...)}
		links, err := zcall.DumpLinks(sc.dial, s)
		if err != nil {
			if _, ok := err.(zcall.Errno); !ok {
				t.Fatalf("error %v is a %T, not an Errno", err, err)
			}
			if links != nil {
				t.Fatalf("links %+v with error %v", links, err)
			}
			return
		}
		for _, l := range links {
			if l.Index <= 0 || strings.IndexByte(l.Name, 0) >= 0 {
				t.Fatalf("link %+v", l)
			}
		}
		if len(sc.reqs) > linkAttempts {
			t.Fatalf("%d dumps", len(sc.reqs))
		}
	})
}

// TestLinkTargetedRequest: LinkByIndex and LinkByName ask for one link,
// without NLM_F_DUMP, by ifi_index or by an IFLA_IFNAME attribute, and
// return the link of the one-message reply.
func TestLinkTargetedRequest(t *testing.T) {
	checkFDs(t)
	for _, c := range []struct {
		index int32
		name  string
	}{{7, ""}, {0, "eth0"}, {0, "abc"}, {0, strings.Repeat("n", zcall.IFNAMSIZ-1)}} {
		sc := &script{t: t, reply: func(seq uint32, _ int) [][]byte {
			return [][]byte{link(seq, 7, "eth0", 1500, macA)}
		}}
		l, err := zcall.LinkBy(sc.dial, c.index, c.name)
		if err != nil || l.Index != 7 || l.Name != "eth0" || !bytes.Equal(l.HardwareAddr, macA) {
			t.Errorf("LinkBy(%d, %q) = %+v, %v", c.index, c.name, l, err)
		}
		if len(sc.reqs) != 1 {
			t.Fatalf("LinkBy(%d, %q): %d requests, want 1", c.index, c.name, len(sc.reqs))
		}
		r := sc.reqs[0]
		// struct ifinfomsg: AF_UNSPEC, no type, the index, no flags.
		body := make([]byte, 16)
		ne.PutUint32(body[4:], uint32(c.index))
		if c.name != "" {
			body = append(body, attr(zcall.IFLA_IFNAME, append([]byte(c.name), 0))...)
		}
		want := nlmsg(zcall.RTM_GETLINK, zcall.NLM_F_REQUEST, ne.Uint32(r[8:]), 0, body)
		if !bytes.Equal(r, want) {
			t.Errorf("LinkBy(%d, %q): request\n\t%x\nwant\n\t%x", c.index, c.name, r, want)
		}
	}
}

// TestLinkTargetedReplies: the kernel's errno for a targeted request
// (ENODEV: no such link) is returned as it is, after one request; a refusal
// of the targeted form (EOPNOTSUPP, EINVAL) falls back to one dump, matched
// by index or by name; a reply that is not one link is EBADMSG.
func TestLinkTargetedReplies(t *testing.T) {
	checkFDs(t)
	dumpOr := func(targeted func(seq uint32) [][]byte) func(uint32, int) [][]byte {
		return func(seq uint32, attempt int) [][]byte {
			if attempt == 0 {
				return targeted(seq)
			}
			return [][]byte{link(seq, 1, "lo", 65536, nil), link(seq, 7, "eth0", 1500, macA), done(seq)}
		}
	}
	refuse := func(e syscall.Errno) func(uint32) [][]byte {
		return func(seq uint32) [][]byte { return [][]byte{errMsg(seq, -int32(e))} }
	}
	for _, c := range []struct {
		what     string
		index    int32
		name     string
		targeted func(seq uint32) [][]byte
		want     int // the index found, 0 for none
		err      syscall.Errno
		reqs     int
	}{
		{"ENODEV by index", 9, "", refuse(syscall.ENODEV), 0, syscall.ENODEV, 1},
		{"ENODEV by name", 0, "zz", refuse(syscall.ENODEV), 0, syscall.ENODEV, 1},
		{"EPERM", 0, "zz", refuse(syscall.EPERM), 0, syscall.EPERM, 1},
		{"EOPNOTSUPP, found by index", 7, "", refuse(syscall.EOPNOTSUPP), 7, 0, 2},
		{"EINVAL, found by name", 0, "eth0", refuse(syscall.EINVAL), 7, 0, 2},
		{"EOPNOTSUPP, not in the dump", 0, "eth1", refuse(syscall.EOPNOTSUPP), 0, syscall.ENODEV, 2},
		{"EINVAL, index not in the dump", 8, "", refuse(syscall.EINVAL), 0, syscall.ENODEV, 2},
		{"another index", 8, "", func(seq uint32) [][]byte { return [][]byte{link(seq, 7, "eth0", 1500, nil)} }, 0, syscall.EBADMSG, 1},
		{"an acknowledgement alone", 0, "eth0", func(seq uint32) [][]byte { return [][]byte{errMsg(seq, 0)} }, 0, syscall.EBADMSG, 1},
		{"DONE alone", 0, "eth0", func(seq uint32) [][]byte { return [][]byte{done(seq)} }, 0, syscall.EBADMSG, 1},
	} {
		sc := &script{t: t, reply: dumpOr(c.targeted)}
		l, err := zcall.LinkBy(sc.dial, c.index, c.name)
		if c.err != 0 {
			wantErr(t, c.what, err, c.err)
			if l != nil {
				t.Errorf("%s: link %+v with an error", c.what, *l)
			}
		} else if err != nil || l.Index != c.want {
			t.Errorf("%s: %+v, %v; want index %d", c.what, l, err, c.want)
		}
		if len(sc.reqs) != c.reqs {
			t.Errorf("%s: %d requests, want %d", c.what, len(sc.reqs), c.reqs)
		}
		for i, r := range sc.reqs {
			if dump := ne.Uint16(r[6:])&zcall.NLM_F_DUMP == zcall.NLM_F_DUMP; dump != (i == 1) {
				t.Errorf("%s: request %d is a dump: %v", c.what, i, dump)
			}
		}
	}
}

// netns runs functions on one thread in a network namespace of its own,
// made by unshare(CLONE_NEWNET); the namespace goes with the thread when
// stop is called.
type netns struct {
	do   chan func()
	done chan struct{}
}

// newNetns makes the namespace, or skips the test where the caller may not
// (EPERM without CAP_SYS_ADMIN) or the kernel cannot (EINVAL: no
// CONFIG_NET_NS); any other error fails it.
func newNetns(tb testing.TB) *netns {
	tb.Helper()
	ns := &netns{do: make(chan func()), done: make(chan struct{})}
	errc := make(chan error)
	go func() {
		// The thread is never unlocked: it ends with the goroutine, and
		// the namespace with it.
		runtime.LockOSThread()
		errc <- unix.Unshare(unix.CLONE_NEWNET)
		for f := range ns.do {
			f()
			ns.done <- struct{}{}
		}
	}()
	if err := <-errc; err != nil {
		close(ns.do)
		if err == syscall.EPERM || err == syscall.EINVAL {
			tb.Skipf("unshare(CLONE_NEWNET): %v (errno %d): not permitted, or no network namespaces in this kernel", err, uintptr(err.(syscall.Errno)))
		}
		tb.Fatalf("unshare(CLONE_NEWNET): %v", err)
	}
	tb.Cleanup(func() { close(ns.do) })
	return ns
}

// run calls f on the namespace's thread and waits for it.
func (ns *netns) run(f func()) {
	ns.do <- f
	<-ns.done
}

// rtnl sends one rtnetlink request with NLM_F_ACK through x/sys/unix and
// returns the kernel's answer (0 for success), or err if the exchange
// itself failed. It may run on any goroutine.
func rtnl(typ, flags uint16, body []byte) (answer syscall.Errno, err error) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_ROUTE)
	if err != nil {
		return 0, fmt.Errorf("socket(AF_NETLINK): %w", err)
	}
	defer unix.Close(fd)
	req := nlmsg(typ, unix.NLM_F_REQUEST|unix.NLM_F_ACK|flags, 1, 0, body)
	if err := unix.Sendto(fd, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return 0, fmt.Errorf("sendto(rtnetlink): %w", err)
	}
	buf := make([]byte, 1<<16)
	n, _, err := unix.Recvfrom(fd, buf, 0)
	if err != nil {
		return 0, fmt.Errorf("recvfrom(rtnetlink): %w", err)
	}
	if n < 20 || ne.Uint16(buf[4:]) != unix.NLMSG_ERROR {
		return 0, fmt.Errorf("rtnetlink answer %x: not an NLMSG_ERROR", buf[:n])
	}
	return syscall.Errno(-int32(ne.Uint32(buf[16:]))), nil
}

// noKernelFeature is the skip message for a request the kernel does not
// know, or "" if e is not such an answer.
func noKernelFeature(what string, e syscall.Errno) string {
	if e == syscall.EOPNOTSUPP || e == syscall.EINVAL {
		return fmt.Sprintf("%s: %v (errno %d): this kernel lacks it", what, e, uintptr(e))
	}
	return ""
}

// TestLinkAltnames: in a namespace of its own, lo gets the alternative
// names "zcall:alt" and "zcall-alt" (RTM_NEWLINKPROP, Linux 5.5 and
// later). LinkByName and IfNameToIndex find lo by each of them and by its
// own name, and neither finds "lo:x", which the kernel's SIOCGIFINDEX
// would cut to "lo".
func TestLinkAltnames(t *testing.T) {
	checkFDs(t)
	ns := newNetns(t)
	var skip string
	var failed error
	ns.run(func() { // t.Error* only: this is not the test's goroutine
		lo, err := zcall.LinkByName("lo")
		if err != nil {
			failed = err
			return
		}
		for _, alt := range []string{"zcall:alt", "zcall-alt"} {
			prop := attr(unix.NLA_F_NESTED|unix.IFLA_PROP_LIST, attr(unix.IFLA_ALT_IFNAME, append([]byte(alt), 0)))
			e, err := rtnl(unix.RTM_NEWLINKPROP, unix.NLM_F_CREATE|unix.NLM_F_APPEND, slices.Concat(ifinfo(int32(lo.Index), 0)[:16], prop))
			if skip = noKernelFeature("RTM_NEWLINKPROP", e); skip != "" {
				return
			}
			if errors.Is(err, syscall.EOPNOTSUPP) && underQEMU() {
				skip = fmt.Sprintf("RTM_NEWLINKPROP: %v under qemu-user, whose rtnetlink translation does not know the message", err)
				return
			}
			if err != nil || e != 0 {
				t.Errorf("RTM_NEWLINKPROP %q: %v, %v", alt, e, err)
				return
			}
		}
		for _, name := range []string{"lo", "zcall:alt", "zcall-alt"} {
			l, err := zcall.LinkByName(name)
			if err != nil || l.Index != lo.Index || l.Name != "lo" {
				t.Errorf("LinkByName(%q) = %+v, %v; want lo, index %d", name, l, err, lo.Index)
			}
			i, err := zcall.IfNameToIndex(name)
			if err != nil || int(i) != lo.Index {
				t.Errorf("IfNameToIndex(%q) = %d, %v; want %d", name, i, err, lo.Index)
			}
		}
		for _, name := range []string{"lo:x", "zcall", "zcall:", "zcall:alt:"} {
			_, err := zcall.LinkByName(name)
			wantErr(t, fmt.Sprintf("LinkByName(%q)", name), err, syscall.ENODEV)
			_, err = zcall.IfNameToIndex(name)
			wantErr(t, fmt.Sprintf("IfNameToIndex(%q)", name), err, syscall.ENODEV)
		}
	})
	if skip != "" {
		t.Skip(skip)
	}
	if failed != nil {
		skipNoNetlink(t, failed)
		t.Fatalf("LinkByName(lo) in a new namespace: %v", failed)
	}
}
