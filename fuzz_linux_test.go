package zcall_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Differential fuzzing. Each target makes one system call twice, on two
// fresh and identical sets of kernel objects and buffers: once through
// zcall and once through golang.org/x/sys/unix. The results, the buffers
// and the objects' state afterwards must be equal.
//
// Safety of fuzzed arguments: the kernel may only ever write into memory
// the test owns, and only descriptors the test owns may be closed or
// replaced. So a pointer argument is nil, a small invalid address below
// the first page, a page mapped PROT_NONE (all three fail with EFAULT), or
// a pointer into the side's own buffer; a length is clamped to the room
// left at that pointer; behind the buffer lies a canary region that must
// come back untouched. Descriptors are the test's objects or numbers that
// cannot be open (-1, 0x7fffffff, both above RLIMIT_NOFILE), and dup3's
// target is a descriptor the side reserved for it. Unknown system call
// numbers are kept in a range no kernel assigns, with no upper bits set
// (the kernel truncates the number to 32 bits).
//
// Each target's seeds are a few chosen cases, added with f.Add below (the
// comment on each names it), plus the inputs under testdata/fuzz/<Target>/,
// each of which once showed a difference. Both run as plain tests:
//
//	go test -run '^Fuzz' .
//
// To fuzz one target, for as long as -fuzztime says:
//
//	go test -run '^$' -fuzz '^FuzzSyscall6$' -fuzztime=60s .
//
// A failing input is written to testdata/fuzz/<Target>/<hash>, and the
// failure names the fields that differ. Run it alone with
// go test -run '^FuzzSyscall6/<hash>$' . and find whose difference it is:
// zcall's (fix zcall) or the comparison's (fix the test, as for the
// addresses qemu-user writes past the reported length). Then keep the
// input: rename it to say what it shows and commit it with the fix, saying
// in the message what it showed.

// seedData is the data of every seed that names none: not a multiple of 8
// bytes, and unlike the bytes newSide fills its buffer with when there is
// no data.
var seedData = []byte("zcall differential seed 0123456789")

// count4k is 4096 bytes counting up from 0: a full page of data.
var count4k = func() []byte {
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// orSeedData is data, or seedData when data is nil.
func orSeedData(data []byte) []byte {
	if data == nil {
		return seedData
	}
	return data
}

const (
	fuzzBufLen = 4096 // the part of a side's buffer the kernel may touch
	canaryLen  = 256  // after it: must come back untouched
	canaryByte = 0xA5
)

// guardMapping is a PROT_NONE mapping, never unmapped: any access to it
// faults, so the kernel answers EFAULT for a pointer into it.
var guardMapping = sync.OnceValues(func() ([]byte, error) {
	return unix.Mmap(-1, 0, os.Getpagesize(), unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANON)
})

// guardPointer is the start of the PROT_NONE page, as a pointer that may
// be handed to a wrapper taking an unsafe.Pointer (it is not Go memory).
func guardPointer(t *testing.T) unsafe.Pointer {
	m, err := guardMapping()
	if err != nil {
		t.Fatalf("mmap PROT_NONE: %v", err)
	}
	return unsafe.Pointer(unsafe.SliceData(m))
}

// ptrArg is one fuzzed pointer argument: a Go pointer into the side's
// buffer (p), or a raw address the process does not map (v).
type ptrArg struct {
	p    unsafe.Pointer
	off  int // p's index in the buffer
	v    uintptr
	room int // bytes from the pointer that the kernel may touch
}

// pickPtr chooses the pointer for mode (0..3) and offset from x.
func pickPtr(t *testing.T, mode uint8, x uint64, buf []byte) ptrArg {
	page := os.Getpagesize()
	switch mode & 3 {
	case 0:
		return ptrArg{room: 1024}
	case 1: // below the first page, which no process maps
		off := 8 + int(x%1024)
		return ptrArg{v: uintptr(off), room: 1024}
	case 2:
		off := int(x % uint64(page/2))
		return ptrArg{v: uintptr(guardPointer(t)) + uintptr(off), room: page / 2}
	default:
		off := int(x % (fuzzBufLen + 1))
		return ptrArg{p: unsafe.Pointer(&buf[off]), off: off, room: fuzzBufLen - off}
	}
}

// side is one of the two runs: through zcall or through the reference.
type side struct {
	zcall  bool
	buf    []byte
	lenBox *[2]uint32 // a socklen_t and a canary word after it
	owned  map[int]bool
	t      *testing.T
}

func newSide(t *testing.T, useZcall bool, data []byte) *side {
	s := &side{zcall: useZcall, t: t, owned: map[int]bool{}, lenBox: new([2]uint32)}
	s.buf = make([]byte, fuzzBufLen+canaryLen)
	for i := range fuzzBufLen {
		if len(data) > 0 {
			s.buf[i] = data[i%len(data)] ^ byte(i/len(data))
		} else {
			s.buf[i] = byte(i*31 + 7)
		}
	}
	for i := fuzzBufLen; i < len(s.buf); i++ {
		s.buf[i] = canaryByte
	}
	s.lenBox[1] = 0xA5A5A5A5
	t.Cleanup(s.closeAll)
	return s
}

func (s *side) own(fd int, err error) int {
	if err != nil {
		s.t.Fatalf("setup: %v", err)
	}
	s.owned[fd] = true
	return fd
}

func (s *side) closeAll() {
	for fd := range s.owned {
		unix.Close(fd)
	}
	clear(s.owned)
}

// call makes num with value arguments.
func (s *side) call(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
	if s.zcall {
		return zcall.Syscall6(num, a1, a2, a3, a4, a5, a6)
	}
	r1, _, e := unix.RawSyscall6(num, a1, a2, a3, a4, a5, a6)
	return r1, uintptr(e)
}

// call2 makes num with a pointer in the second argument. A Go pointer is
// converted inside the call expression, as the unsafe.Pointer rules ask.
func (s *side) call2(num, a1 uintptr, a2 ptrArg, a3, a4 uintptr) (uintptr, uintptr) {
	if a2.p == nil {
		return s.call(num, a1, a2.v, a3, a4, 0, 0)
	}
	if s.zcall {
		return zcall.Syscall6(num, a1, uintptr(a2.p), a3, a4, 0, 0)
	}
	r1, _, e := unix.RawSyscall6(num, a1, uintptr(a2.p), a3, a4, 0, 0)
	return r1, uintptr(e)
}

// call45 makes num with pointers in the fourth and fifth arguments.
func (s *side) call45(num, a1, a2, a3 uintptr, a4, a5 ptrArg) (uintptr, uintptr) {
	var r1 uintptr
	var e syscall.Errno
	switch {
	case a4.p == nil && a5.p == nil:
		return s.call(num, a1, a2, a3, a4.v, a5.v, 0)
	case a4.p != nil && a5.p == nil:
		if s.zcall {
			return zcall.Syscall6(num, a1, a2, a3, uintptr(a4.p), a5.v, 0)
		}
		r1, _, e = unix.RawSyscall6(num, a1, a2, a3, uintptr(a4.p), a5.v, 0)
	case a4.p == nil && a5.p != nil:
		if s.zcall {
			return zcall.Syscall6(num, a1, a2, a3, a4.v, uintptr(a5.p), 0)
		}
		r1, _, e = unix.RawSyscall6(num, a1, a2, a3, a4.v, uintptr(a5.p), 0)
	default:
		if s.zcall {
			return zcall.Syscall6(num, a1, a2, a3, uintptr(a4.p), uintptr(a5.p), 0)
		}
		r1, _, e = unix.RawSyscall6(num, a1, a2, a3, uintptr(a4.p), uintptr(a5.p), 0)
	}
	return r1, uintptr(e)
}

// Descriptor kinds a fuzzed call may target.
const (
	kindMemfd   = iota // read-write memfd holding the data, offset set
	kindMemfdRO        // the same file reopened read-only
	kindPipeR          // read end of a non-blocking pipe holding the data
	kindPipeW          // its write end
	kindSocket         // a socket: unix stream, tcp4, udp4 or unix dgram
	kindTimerfd        // a timerfd, armed or not
	kindBadNeg         // -1
	kindBadHigh        // 0x7fffffff
	numKinds
)

// objects are the kernel objects of one side, made fresh for one call.
type objects struct {
	fd      int // the descriptor the call targets (low 32 bits)
	memfd   int // an extra descriptor sharing the memfd's open file, or -1
	pipeR   int // an extra descriptor for the pipe's read end, or -1
	resv    int // dup3's target, owned by the side
	resvIno uint64
}

// makeObjects creates the object of the kind selected by sel for side s.
func (s *side) makeObjects(sel uint8, data []byte, off uint64, withResv bool) objects {
	o := objects{fd: -1, memfd: -1, pipeR: -1, resv: -1}
	kind := int(sel&7) % numKinds
	switch kind {
	case kindMemfd, kindMemfdRO:
		mfd := s.own(unix.MemfdCreate("zcall-fuzz", unix.MFD_CLOEXEC))
		if len(data) > 0 {
			if _, err := unix.Pwrite(mfd, data, 0); err != nil {
				s.t.Fatalf("setup pwrite: %v", err)
			}
		}
		o.fd = mfd
		if kind == kindMemfdRO {
			o.fd = s.own(unix.Open(fmt.Sprintf("/proc/self/fd/%d", mfd), unix.O_RDONLY|unix.O_CLOEXEC, 0))
		}
		if _, err := unix.Seek(o.fd, int64(off%uint64(len(data)+16)), 0); err != nil {
			s.t.Fatalf("setup lseek: %v", err)
		}
		o.memfd = s.own(unix.FcntlInt(uintptr(o.fd), unix.F_DUPFD_CLOEXEC, 0))
	case kindPipeR, kindPipeW:
		var p [2]int
		if err := unix.Pipe2(p[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
			s.t.Fatalf("setup pipe2: %v", err)
		}
		s.own(p[0], nil)
		s.own(p[1], nil)
		if len(data) > 0 {
			if _, err := unix.Write(p[1], data[:min(len(data), 4096)]); err != nil {
				s.t.Fatalf("setup write: %v", err)
			}
		}
		o.pipeR = s.own(unix.FcntlInt(uintptr(p[0]), unix.F_DUPFD_CLOEXEC, 0))
		o.fd = p[kind-kindPipeR]
	case kindSocket:
		switch (sel >> 4) & 3 {
		case 0, 3:
			typ := unix.SOCK_STREAM
			if (sel>>4)&3 == 3 {
				typ = unix.SOCK_DGRAM
			}
			sp, err := unix.Socketpair(unix.AF_UNIX, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				s.t.Fatalf("setup socketpair: %v", err)
			}
			s.own(sp[0], nil)
			s.own(sp[1], nil)
			o.fd = sp[0]
		case 1:
			o.fd = s.own(unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0))
		case 2:
			o.fd = s.own(unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0))
		}
	case kindTimerfd:
		o.fd = s.own(unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_NONBLOCK|unix.TFD_CLOEXEC))
		if sel&0x40 != 0 {
			its := unix.ItimerSpec{Interval: unix.Timespec{Sec: 7, Nsec: 5}, Value: unix.Timespec{Sec: 3600}}
			if err := unix.TimerfdSettime(o.fd, 0, &its, nil); err != nil {
				s.t.Fatalf("setup timerfd_settime: %v", err)
			}
		}
	case kindBadNeg:
		o.fd = -1
	case kindBadHigh:
		o.fd = 0x7fffffff
	}
	if withResv {
		mfd := s.own(unix.MemfdCreate("zcall-fuzz-resv", unix.MFD_CLOEXEC))
		o.resv = s.own(unix.FcntlInt(uintptr(mfd), unix.F_DUPFD_CLOEXEC, 1000))
		var st unix.Stat_t
		if err := unix.Fstat(o.resv, &st); err != nil {
			s.t.Fatalf("setup fstat: %v", err)
		}
		o.resvIno = st.Ino
	}
	return o
}

// bit32 is bit 32 of an argument word, above the unsigned int that the
// kernel reads there; 0 on 32-bit Linux, where the word has no such bit.
const bit32 = uintptr(1 << 32 & uint64(^uintptr(0)))

// fdArg is the descriptor as passed: the fd, with garbage in the upper 32
// bits when sel asks (the kernel takes an unsigned int).
func fdArg(fd int, sel uint8) uintptr {
	a := uintptr(uint32(int32(fd)))
	if fd < 0 {
		a = uintptr(fd) // sign-extended, as a Go program would pass -1
	}
	if sel&8 != 0 {
		a ^= bit32
	}
	return a
}

// offsetArg picks a file offset: small, any, negative or very large.
func offsetArg(mode uint8, c uint64) uintptr {
	switch mode & 3 {
	case 0:
		return uintptr(c % 16384)
	case 1:
		return uintptr(c)
	case 2:
		return uintptr(^(c % 100)) // -1 .. -100
	default:
		return uintptr(1<<62 + c%8192)
	}
}

// state is what a call left behind, compared across the two sides.
type state struct {
	R1, Errno         uintptr
	Buf               []byte
	LenBox            [2]uint32
	FDFlags, FLFlags  [2]uintptr // F_GETFD and F_GETFL of the target: (r1, errno)
	Size, Off         int64      // memfd size and offset
	Head, Window      []byte     // memfd contents: the start, and around the call's offset
	Pipe              []byte     // what the pipe still holds
	ResvFlags         [2]uintptr // F_GETFD of dup3's target
	ResvSame, ResvOld bool       // dup3's target now refers to the target's file / still to its own
}

func fstatIno(fd int) (uint64, bool) {
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return 0, false
	}
	return st.Ino, true
}

func rawPair(num, a1, a2, a3 uintptr) [2]uintptr {
	r1, _, e := unix.RawSyscall(num, a1, a2, a3)
	return [2]uintptr{r1, uintptr(e)}
}

// capture records the state after a call made with the given result.
func (s *side) capture(o objects, r1, errno uintptr, winOff uintptr, winLen int) state {
	st := state{R1: r1, Errno: errno, Buf: bytes.Clone(s.buf), LenBox: *s.lenBox, Size: -1, Off: -1}
	if o.fd >= 0 {
		st.FDFlags = rawPair(unix.SYS_FCNTL, uintptr(o.fd), unix.F_GETFD, 0)
		st.FLFlags = rawPair(unix.SYS_FCNTL, uintptr(o.fd), unix.F_GETFL, 0)
	}
	if o.memfd >= 0 {
		var fs unix.Stat_t
		if err := unix.Fstat(o.memfd, &fs); err == nil {
			st.Size = fs.Size
		}
		st.Off, _ = unix.Seek(o.memfd, 0, 1)
		st.Head = make([]byte, 8192)
		n, _ := unix.Pread(o.memfd, st.Head, 0)
		st.Head = st.Head[:max(n, 0)]
		if int64(winOff) >= 0 && winLen > 0 {
			st.Window = make([]byte, winLen+1)
			n, _ := unix.Pread(o.memfd, st.Window, int64(winOff))
			st.Window = st.Window[:max(n, 0)]
		}
	}
	if o.pipeR >= 0 {
		b := make([]byte, 1<<16)
		n, _ := unix.Read(o.pipeR, b)
		st.Pipe = b[:max(n, 0)]
	}
	if o.resv >= 0 {
		st.ResvFlags = rawPair(unix.SYS_FCNTL, uintptr(o.resv), unix.F_GETFD, 0)
		ino, ok := fstatIno(o.resv)
		st.ResvOld = ok && ino == o.resvIno
		if tino, tok := fstatIno(o.fd); ok && tok {
			st.ResvSame = ino == tino
		}
	}
	// The canary behind the buffer must be intact.
	for i := fuzzBufLen; i < len(s.buf); i++ {
		if s.buf[i] != canaryByte {
			s.t.Fatalf("zcall=%v: the kernel wrote past the buffer at byte %d", s.zcall, i)
		}
	}
	if s.lenBox[1] != 0xA5A5A5A5 {
		s.t.Fatalf("zcall=%v: the kernel wrote past the socklen_t", s.zcall)
	}
	return st
}

// Socket option levels and names tried by getsockopt: each name is one
// that only reads state, plus one that no kernel defines.
var sockopts = []struct {
	level uintptr
	names []uintptr
}{
	{unix.SOL_SOCKET, []uintptr{unix.SO_DEBUG, unix.SO_REUSEADDR, unix.SO_TYPE, unix.SO_ERROR,
		unix.SO_DONTROUTE, unix.SO_BROADCAST, unix.SO_SNDBUF, unix.SO_RCVBUF, unix.SO_KEEPALIVE,
		unix.SO_OOBINLINE, unix.SO_PRIORITY, unix.SO_LINGER, unix.SO_REUSEPORT, unix.SO_PASSCRED,
		unix.SO_PEERCRED, unix.SO_RCVLOWAT, unix.SO_SNDLOWAT, unix.SO_RCVTIMEO, unix.SO_SNDTIMEO,
		unix.SO_ACCEPTCONN, unix.SO_PROTOCOL, unix.SO_DOMAIN, unix.SO_BINDTODEVICE, unix.SO_PEERNAME, 9999}},
	{unix.IPPROTO_TCP, []uintptr{unix.TCP_NODELAY, unix.TCP_MAXSEG, unix.TCP_KEEPIDLE,
		unix.TCP_KEEPINTVL, unix.TCP_KEEPCNT, unix.TCP_CONGESTION, unix.TCP_USER_TIMEOUT, 9999}},
	{unix.IPPROTO_IP, []uintptr{unix.IP_TTL, unix.IP_TOS, unix.IP_MULTICAST_TTL, unix.IP_MULTICAST_LOOP, 9999}},
	{0x7fff, []uintptr{1, 9999}},
}

// Operations of FuzzSyscall6.
const (
	opRead = iota
	opWrite
	opPread
	opPwrite
	opLseek
	opFcntl
	opDup3
	opClose
	opGetsockopt
	opTimerfdGettime
	opUnknown
	numOps
)

var opNames = [numOps]string{"read", "write", "pread64", "pwrite64", "lseek", "fcntl", "dup3", "close",
	"getsockopt", "timerfd_gettime", "unknown"}

// unknownSyscall maps a to a number no kernel assigns: 1000 and up, below
// 2^20, or -1 in 32 or 64 bits.
func unknownSyscall(a uint64) uintptr {
	if runtime.GOARCH == "arm" { // larger numbers raise SIGILL there
		return armUnknownSyscalls[a%uint64(len(armUnknownSyscalls))]
	}
	switch a % 4 {
	case 0:
		return ^uintptr(0)
	case 1:
		return ^uintptr(0) >> 1
	default:
		return uintptr(1000 + (a>>2)%(1<<20-1000))
	}
}

// runOp makes the call selected by op on side s and returns its state.
func (s *side) runOp(op, fdSel, ptrSel, aux uint8, a, b, c uint64, data []byte) state {
	o := s.makeObjects(fdSel, data, c>>32, op == opDup3)
	fd := fdArg(o.fd, fdSel)
	var r1, errno uintptr
	var winOff uintptr
	var winLen int
	switch op {
	case opRead, opWrite, opPread, opPwrite:
		p := pickPtr(s.t, ptrSel, a, s.buf)
		n := uintptr(b % uint64(p.room+1))
		num := map[uint8]uintptr{opRead: unix.SYS_READ, opWrite: unix.SYS_WRITE,
			opPread: unix.SYS_PREAD64, opPwrite: unix.SYS_PWRITE64}[op]
		off := offsetArg(aux, c)
		r1, errno = s.call2(num, fd, p, n, off)
		winOff, winLen = off, int(n)
	case opLseek:
		r1, errno = s.call(unix.SYS_LSEEK, fd, offsetArg(aux, c), uintptr(aux>>2)%8, 0, 0, 0)
	case opFcntl:
		cmd := uintptr(unix.F_GETFD)
		if aux&1 != 0 {
			cmd = unix.F_GETFL
		}
		if aux&2 != 0 {
			cmd |= bit32 // the kernel takes an unsigned int
		}
		r1, errno = s.call(unix.SYS_FCNTL, fd, cmd, uintptr(c), 0, 0, 0)
	case opDup3:
		var newfd uintptr
		switch aux & 3 {
		case 0:
			newfd = uintptr(o.resv)
		case 1:
			newfd = fd
		case 2:
			newfd = ^uintptr(0)
		case 3:
			newfd = 0x7fffffff
		}
		if aux&4 != 0 {
			newfd ^= bit32
		}
		flags := uintptr(0)
		if c&1 != 0 {
			flags = unix.O_CLOEXEC
		}
		if c&2 != 0 {
			flags |= uintptr(uint32(c >> 2))
		}
		r1, errno = s.call(unix.SYS_DUP3, fd, newfd, flags, 0, 0, 0)
		if errno == 0 && int(r1) != o.resv {
			s.t.Fatalf("dup3 made fd %d, not the reserved %d", int(r1), o.resv)
		}
	case opClose:
		r1, errno = s.call(unix.SYS_CLOSE, fd, 0, 0, 0, 0, 0)
		if errno == 0 {
			if !s.owned[o.fd] {
				s.t.Fatalf("close succeeded on fd %d, which the test does not own", o.fd)
			}
			delete(s.owned, o.fd)
		}
	case opGetsockopt:
		opt := sockopts[int(aux)%len(sockopts)]
		name := opt.names[int(c%uint64(len(opt.names)))]
		val := pickPtr(s.t, ptrSel, a, s.buf)
		var lenp ptrArg
		switch (ptrSel >> 2) & 3 {
		case 0:
		case 1:
			lenp.v = 8
		case 2:
			lenp = pickPtr(s.t, 2, 0, nil)
		default:
			lenp.p = unsafe.Pointer(s.lenBox)
		}
		s.lenBox[0] = uint32(b % uint64(val.room+1)) // never negative: see the file comment
		asked := int(s.lenBox[0])
		r1, errno = s.call45(unix.SYS_GETSOCKOPT, fd, opt.level, name, val, lenp)
		if underQEMU() && errno == 0 && val.p != nil && lenp.p != nil && int(s.lenBox[0]) < asked {
			// qemu-user 7.2 writes past the length it reports (a byte of
			// garbage for SO_BINDTODEVICE with length 0): under
			// emulation only, bytes past the reported length are not
			// compared.
			clear(s.buf[val.off+int(s.lenBox[0]) : val.off+asked])
		}
	case opTimerfdGettime:
		p := pickPtr(s.t, ptrSel, a, s.buf)
		if p.p != nil && p.room < int(unsafe.Sizeof(unix.ItimerSpec{})) {
			p = ptrArg{p: unsafe.Pointer(&s.buf[fuzzBufLen-32]), off: fuzzBufLen - 32, room: 32}
		}
		r1, errno = s.call2(unix.SYS_TIMERFD_GETTIME, fd, p, 0, 0)
		if underQEMU() && errno != 0 && p.p != nil {
			// qemu-user 7.2 copies its uninitialised host itimerspec to
			// the guest even when the call fails: under emulation only,
			// the buffer is not compared after a failure.
			clear(s.buf[p.off : p.off+32])
		}
		if errno == 0 && fdSel&0x40 != 0 && p.p != nil {
			// it_value counts down and differs between the two timers:
			// check it is plausible, then mask it.
			// The buffer may be misaligned: decode by hand. The struct
			// itimerspec of this call is four longs (32-bit ones on 32-bit
			// Linux), it_value the last two.
			long := int(unsafe.Sizeof(uintptr(0)))
			value := s.buf[p.off+2*long : p.off+4*long]
			sec := uint64(binary.NativeEndian.Uint32(value))
			if long == 8 {
				sec = binary.NativeEndian.Uint64(value)
			}
			if sec > 3600 || sec < 3000 {
				s.t.Errorf("zcall=%v: timerfd_gettime it_value.tv_sec = %d, want about 3600", s.zcall, sec)
			}
			clear(value)
		}
	case opUnknown:
		r1, errno = s.call(unknownSyscall(a), uintptr(b), uintptr(c), fd, uintptr(aux), 0, uintptr(len(data)))
	}
	return s.capture(o, r1, errno, winOff, winLen)
}

// FuzzSyscall6 compares zcall.Syscall6 with unix.RawSyscall6 over the safe
// set of calls above, each on fresh objects.
func FuzzSyscall6(f *testing.F) {
	// fdSel: bits 0-2 the object (kindMemfd...), bits 4-5 the socket type
	// (unix stream, tcp4, udp4, unix dgram), bit 3 garbage in the upper half
	// of the fd, bit 6 an armed timer. ptrSel: bits 0-1 the pointer (nil,
	// below the first page, PROT_NONE, the buffer), bits 2-3 getsockopt's
	// length pointer. aux: the offset mode, or whence, cmd, newfd or the
	// socket option level. The getsockopt seeds with SO_BINDTODEVICE and the
	// timerfd_gettime seed that fails with a buffer are where qemu-user 7.2
	// writes bytes the kernel does not (see runOp).
	for _, s := range []struct {
		op, fdSel, ptrSel, aux uint8
		a, b, c                uint64
		data                   []byte // nil: seedData
	}{
		{opRead, 0x00, 0x03, 0x00, 100, 300, 5, nil},                  // read-memfd-buf
		{opRead, 0x00, 0x02, 0x00, 3, 64, 0, nil},                     // read-memfd-protnone
		{opRead, 0x00, 0x00, 0x00, 3, 64, 0, nil},                     // read-memfd-nil
		{opRead, 0x08, 0x03, 0x00, 10, 20, 0, nil},                    // read-memfd-fd-upper-bits
		{opRead, 0x00, 0x03, 0x00, 4096, 10, 0, nil},                  // read-memfd-buffer-end
		{opRead, 0x02, 0x03, 0x00, 100, 300, 5, nil},                  // read-pipe-r-buf
		{opRead, 0x06, 0x03, 0x00, 100, 300, 5, nil},                  // read-fd-1-buf
		{opWrite, 0x01, 0x03, 0x00, 100, 300, 5, nil},                 // write-memfd-ro-buf
		{opWrite, 0x24, 0x03, 0x00, 0, 100, 0, nil},                   // write-udp4
		{opPread, 0x00, 0x03, 0x02, 0, 100, 0x1234567890abcdef, nil},  // pread64-memfd-offset-negative
		{opPread, 0x02, 0x03, 0x00, 100, 300, 5, nil},                 // pread64-pipe-r-buf
		{opPwrite, 0x00, 0x03, 0x03, 0, 100, 0x1234567890abcdef, nil}, // pwrite64-memfd-offset-huge
		{opLseek, 0x00, 0x00, 0x0a, 0, 0, 20, nil},                    // lseek-memfd-whence2-negative
		{opFcntl, 0x00, 0x00, 0x03, 0, 0, 99, nil},                    // fcntl-getfl-cmd-upper-bits
		{opDup3, 0x00, 0x00, 0x00, 0, 0, 1, nil},                      // dup3-memfd-to-reserved-cloexec
		{opDup3, 0x00, 0x00, 0x01, 0, 0, 0, nil},                      // dup3-memfd-to-same-noflags
		{opDup3, 0x00, 0x00, 0x07, 0, 0, 0, nil},                      // dup3-memfd-to-fd-high-upper-noflags
		{opClose, 0x08, 0x00, 0x00, 0, 0, 0, nil},                     // close-memfd-upper-bits
		{opGetsockopt, 0x14, 0x0f, 0x01, 0, 3, 5, nil},                // getsockopt-tcp4-congestion-short
		{opGetsockopt, 0x24, 0x0f, 0x00, 64, 64, 22, nil},             // getsockopt-udp4-sol-socket-22
		{opGetsockopt, 0x04, 0x0b, 0x00, 8, 4, 6, nil},                // getsockopt-unix-stream-sndbuf-val-buf-len-protnone
		{opTimerfdGettime, 0x45, 0x03, 0x00, 7, 0, 0, nil},            // timerfd_gettime-armed-buf
		{opTimerfdGettime, 0x00, 0x03, 0x00, 0, 0, 0, nil},            // timerfd_gettime-memfd
		{opUnknown, 0x00, 0x00, 0xff, 0, 0xffffffffffffffff, 8, nil},  // unknown-minus1
		{opUnknown, 0x00, 0x00, 0xff, 2, 0xffffffffffffffff, 8, nil},  // unknown-1000
	} {
		f.Add(s.op, s.fdSel, s.ptrSel, s.aux, s.a, s.b, s.c, orSeedData(s.data))
	}
	f.Fuzz(func(t *testing.T, op, fdSel, ptrSel, aux uint8, a, b, c uint64, data []byte) {
		checkFDs(t)
		op %= numOps
		if len(data) > 8192 {
			data = data[:8192]
		}
		// One side at a time, its objects closed before the next side's
		// are made, so that both get the same descriptor numbers.
		zs := newSide(t, true, data)
		z := zs.runOp(op, fdSel, ptrSel, aux, a, b, c, data)
		zs.closeAll()
		r := newSide(t, false, data).runOp(op, fdSel, ptrSel, aux, a, b, c, data)
		if !reflect.DeepEqual(z, r) {
			t.Errorf("%s(fdSel %#x ptrSel %#x aux %#x a %#x b %#x c %#x, %d data bytes): differ in %s\nzcall     %s\nreference %s",
				opNames[op], fdSel, ptrSel, aux, a, b, c, len(data), diffFields(z, r), describe(z), describe(r))
		}
	})
}

// diffFields names the fields in which two states differ, with the first
// differing byte of a byte slice.
func diffFields(a, b any) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	var out []string
	for i := range va.NumField() {
		fa, fb := va.Field(i).Interface(), vb.Field(i).Interface()
		if reflect.DeepEqual(fa, fb) {
			continue
		}
		name := va.Type().Field(i).Name
		ba, aok := fa.([]byte)
		bb, bok := fb.([]byte)
		if aok && bok {
			j := 0
			for j < len(ba) && j < len(bb) && ba[j] == bb[j] {
				j++
			}
			name += fmt.Sprintf(" (lengths %d and %d, first difference at byte %d)", len(ba), len(bb), j)
		} else {
			name += fmt.Sprintf(" (%v and %v)", fa, fb)
		}
		out = append(out, name)
	}
	return fmt.Sprint(out)
}

// describe summarises a state for a failure message.
func describe(s state) string {
	return fmt.Sprintf("r1=%#x errno=%d buf=%x… lenBox=%v fd=%v fl=%v size=%d off=%d head=%d bytes window=%x pipe=%d bytes resv=%v same=%v old=%v",
		s.R1, s.Errno, s.Buf[:min(16, len(s.Buf))], s.LenBox, s.FDFlags, s.FLFlags, s.Size, s.Off, len(s.Head),
		s.Window[:min(16, len(s.Window))], len(s.Pipe), s.ResvFlags, s.ResvSame, s.ResvOld)
}

// The []byte wrappers, each fuzzed against its x/sys/unix counterpart on
// fresh objects: the count and errno, the buffer, and what is left in (or
// arrived at) the object must be equal.

// Descriptor kinds for the I/O wrappers.
const (
	ioMemfd     = iota // read-write memfd holding the data
	ioMemfdRO          // the same file, reopened read-only
	ioPipeR            // read end of a pipe holding the data
	ioPipeEmpty        // read end of an empty pipe
	ioPipeW            // write end of a 4096-byte pipe holding the data
	ioStream           // unix stream socket; the peer sent the data
	ioDgram            // unix datagram socket; the peer sent the data
	ioEventfd          // eventfd whose counter is len(data)
	ioTimerfd          // unarmed timerfd
	ioDir              // a directory
	ioBadNeg           // -1
	ioBadHigh          // 0x7fffffff
	numIOKinds
)

var ioKindNames = [numIOKinds]string{"memfd", "memfd-ro", "pipe-r", "pipe-empty", "pipe-w", "unix-stream",
	"unix-dgram", "eventfd", "timerfd", "dir", "fd -1", "fd 0x7fffffff"}

// ioObj is one side's object for an I/O wrapper, and the descriptors that
// let the test look at it afterwards.
type ioObj struct {
	fd     int
	memfd  int // shares fd's open file (offset), or -1
	drain  int // where what is left (or what was written) can be read, or -1
	drain2 int // the other direction of a socket, or -1
	evfd   int // eventfd to read the counter from, or -1
}

// ioState is what an I/O wrapper call left behind.
type ioState struct {
	N, Errno   uintptr
	Buf        []byte
	Size, Off  int64
	Head       []byte
	Left, Sent []byte
	Counter    uint64
}

func (s *side) makeIO(kind uint8, data []byte, off uint16) ioObj {
	o := ioObj{fd: -1, memfd: -1, drain: -1, drain2: -1, evfd: -1}
	nb := unix.O_NONBLOCK | unix.O_CLOEXEC
	switch int(kind) % numIOKinds {
	case ioMemfd, ioMemfdRO:
		mfd := s.own(unix.MemfdCreate("zcall-fuzz", unix.MFD_CLOEXEC))
		if len(data) > 0 {
			if _, err := unix.Pwrite(mfd, data, 0); err != nil {
				s.t.Fatalf("setup pwrite: %v", err)
			}
		}
		o.fd = mfd
		if int(kind)%numIOKinds == ioMemfdRO {
			o.fd = s.own(unix.Open(fmt.Sprintf("/proc/self/fd/%d", mfd), unix.O_RDONLY|unix.O_CLOEXEC, 0))
		}
		if _, err := unix.Seek(o.fd, int64(int(off)%(len(data)+16)), 0); err != nil {
			s.t.Fatalf("setup lseek: %v", err)
		}
		o.memfd = s.own(unix.FcntlInt(uintptr(o.fd), unix.F_DUPFD_CLOEXEC, 0))
	case ioPipeR, ioPipeEmpty, ioPipeW:
		var p [2]int
		if err := unix.Pipe2(p[:], nb); err != nil {
			s.t.Fatalf("setup pipe2: %v", err)
		}
		s.own(p[0], nil)
		s.own(p[1], nil)
		if int(kind)%numIOKinds == ioPipeW {
			// A one-page pipe, so that a write may be short or fail
			// with EAGAIN.
			if _, err := unix.FcntlInt(uintptr(p[1]), unix.F_SETPIPE_SZ, 4096); err != nil {
				s.t.Fatalf("setup F_SETPIPE_SZ: %v", err)
			}
		}
		if int(kind)%numIOKinds != ioPipeEmpty && len(data) > 0 {
			if _, err := unix.Write(p[1], data[:min(len(data), 4096)]); err != nil {
				s.t.Fatalf("setup write: %v", err)
			}
		}
		o.fd = p[0]
		if int(kind)%numIOKinds == ioPipeW {
			o.fd = p[1]
		}
		o.drain = p[0]
	case ioStream, ioDgram:
		typ := unix.SOCK_STREAM
		if int(kind)%numIOKinds == ioDgram {
			typ = unix.SOCK_DGRAM
		}
		sp, err := unix.Socketpair(unix.AF_UNIX, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			s.t.Fatalf("setup socketpair: %v", err)
		}
		s.own(sp[0], nil)
		s.own(sp[1], nil)
		if len(data) > 0 {
			// Two messages, so that a datagram read takes only the first.
			h := len(data) / 2
			if _, err := unix.Write(sp[1], data[:h]); err != nil && h > 0 {
				s.t.Fatalf("setup write: %v", err)
			}
			if _, err := unix.Write(sp[1], data[h:]); err != nil {
				s.t.Fatalf("setup write: %v", err)
			}
		}
		o.fd, o.drain, o.drain2 = sp[0], sp[0], sp[1]
	case ioEventfd:
		o.fd = s.own(unix.Eventfd(uint(len(data)), unix.EFD_NONBLOCK|unix.EFD_CLOEXEC))
		o.evfd = o.fd
	case ioTimerfd:
		o.fd = s.own(unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_NONBLOCK|unix.TFD_CLOEXEC))
	case ioDir:
		o.fd = s.own(unix.Open("/", unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0))
	case ioBadNeg:
		o.fd = -1
	case ioBadHigh:
		o.fd = 0x7fffffff
	}
	return o
}

func drainFD(fd int) []byte {
	if fd < 0 {
		return nil
	}
	var out []byte
	b := make([]byte, 1<<16)
	for range 64 {
		n, err := unix.Read(fd, b)
		if n <= 0 || err != nil {
			break
		}
		out = append(out, b[:n]...)
	}
	return out
}

func (s *side) captureIO(o ioObj, n, errno uintptr) ioState {
	st := ioState{N: n, Errno: errno, Buf: bytes.Clone(s.buf), Size: -1, Off: -1}
	if o.memfd >= 0 {
		var fs unix.Stat_t
		if unix.Fstat(o.memfd, &fs) == nil {
			st.Size = fs.Size
		}
		st.Off, _ = unix.Seek(o.memfd, 0, 1)
		st.Head = make([]byte, 16384)
		k, _ := unix.Pread(o.memfd, st.Head, 0)
		st.Head = st.Head[:max(k, 0)]
	}
	st.Left = drainFD(o.drain)
	st.Sent = drainFD(o.drain2)
	if o.evfd >= 0 {
		var c [8]byte
		if k, err := unix.Read(o.evfd, c[:]); k == 8 && err == nil {
			st.Counter = binary.NativeEndian.Uint64(c[:])
		}
	}
	for i := fuzzBufLen; i < len(s.buf); i++ {
		if s.buf[i] != canaryByte {
			s.t.Fatalf("zcall=%v: the kernel wrote past the buffer at byte %d", s.zcall, i)
		}
	}
	return st
}

// pickSlice chooses the []byte argument: nil, empty, or a window of the
// side's buffer (never past fuzzBufLen).
func (s *side) pickSlice(mode uint8, off, n uint16) []byte {
	switch mode % 3 {
	case 0:
		return nil
	case 1:
		o := int(off) % (fuzzBufLen + 1)
		return s.buf[o:o:o]
	default:
		o := int(off) % (fuzzBufLen + 1)
		l := int(n) % (fuzzBufLen - o + 1)
		return s.buf[o : o+l : o+l]
	}
}

// unixResult turns x/sys/unix's (n, err) into zcall's (n, errno).
func unixResult(t *testing.T, n int, err error) (uintptr, uintptr) {
	if err == nil {
		return uintptr(n), 0
	}
	e, ok := err.(syscall.Errno)
	if !ok {
		t.Fatalf("x/sys/unix returned %T %v, not an errno", err, err)
	}
	return ^uintptr(0), uintptr(e)
}

// ioSeed is one seed of FuzzRead or FuzzWrite: the object (ioMemfd...),
// the buffer (pickSlice's mode, offset and length) and the data.
type ioSeed struct {
	kind, bufMode uint8
	off, n        uint16
	data          []byte // nil: seedData
}

func fuzzIO(f *testing.F, name string, seeds []ioSeed, do func(s *side, fd int, buf []byte) (uintptr, uintptr)) {
	for _, s := range seeds {
		f.Add(s.kind, s.bufMode, s.off, s.n, orSeedData(s.data))
	}
	f.Fuzz(func(t *testing.T, kind, bufMode uint8, off, n uint16, data []byte) {
		checkFDs(t)
		if len(data) > 8192 {
			data = data[:8192]
		}
		var st [2]ioState
		for i, useZcall := range []bool{true, false} {
			s := newSide(t, useZcall, data)
			o := s.makeIO(kind, data, off)
			r, e := do(s, o.fd, s.pickSlice(bufMode, off, n))
			st[i] = s.captureIO(o, r, e)
			s.closeAll()
		}
		if !reflect.DeepEqual(st[0], st[1]) {
			t.Errorf("%s(%s, bufMode %d, off %d, n %d, %d data bytes): differ in %s\nzcall     %s\nreference %s",
				name, ioKindNames[int(kind)%numIOKinds], bufMode%3, off, n, len(data), diffFields(st[0], st[1]), describeIO(st[0]), describeIO(st[1]))
		}
	})
}

func describeIO(s ioState) string {
	return fmt.Sprintf("n=%#x errno=%d buf=%x… size=%d off=%d head=%d bytes left=%d bytes sent=%d bytes counter=%d",
		s.N, s.Errno, s.Buf[:16], s.Size, s.Off, len(s.Head), len(s.Left), len(s.Sent), s.Counter)
}

// FuzzRead compares zcall.Read with unix.Read.
func FuzzRead(f *testing.F) {
	fuzzIO(f, "Read", []ioSeed{
		{ioMemfd, 2, 100, 64, nil},      // memfd-window
		{ioMemfd, 2, 4096, 9, nil},      // memfd-buffer-end
		{ioMemfd, 2, 3, 4096, count4k},  // memfd-4k-data
		{ioPipeEmpty, 2, 0, 8, nil},     // pipe-empty-len8
		{ioDgram, 2, 0, 7, nil},         // unix-dgram-len7
		{ioEventfd, 2, 0, 7, nil},       // eventfd-len7
		{ioEventfd, 2, 3, 50, []byte{}}, // eventfd-no-data
		{ioTimerfd, 2, 0, 8, nil},       // timerfd-len8
		{ioDir, 2, 0, 8, nil},           // dir-len8
		{ioBadNeg, 0, 100, 64, nil},     // fd-1-nil
	}, func(s *side, fd int, buf []byte) (uintptr, uintptr) {
		if s.zcall {
			return zcall.Read(uintptr(fd), buf)
		}
		n, err := unix.Read(fd, buf)
		return unixResult(s.t, n, err)
	})
}

// FuzzWrite compares zcall.Write with unix.Write.
func FuzzWrite(f *testing.F) {
	fuzzIO(f, "Write", []ioSeed{
		{ioMemfd, 2, 100, 64, nil},                                       // memfd-window
		{ioMemfdRO, 2, 0, 8, nil},                                        // memfd-ro-len8
		{ioPipeW, 2, 3, 4096, count4k},                                   // pipe-w-4k-data
		{ioDgram, 1, 100, 64, nil},                                       // unix-dgram-empty
		{ioEventfd, 2, 0, 8, []byte("\xff\xff\xff\xff\xff\xff\xff\xff")}, // eventfd-all-ones
		{ioEventfd, 2, 0, 8, []byte("\xfe\xff\xff\xff\xff\xff\xff\x7f")}, // eventfd-near-overflow
		{ioTimerfd, 2, 0, 8, nil},                                        // timerfd-len8
		{ioDir, 2, 0, 1, nil},                                            // dir-len1
		{ioBadNeg, 0, 100, 64, nil},                                      // fd-1-nil
	}, func(s *side, fd int, buf []byte) (uintptr, uintptr) {
		if s.zcall {
			return zcall.Write(uintptr(fd), buf)
		}
		n, err := unix.Write(fd, buf)
		return unixResult(s.t, n, err)
	})
}

// Socket kinds for Sendto and Recvfrom.
const (
	sockUnixStream = iota // unix stream socketpair
	sockUnixDgram         // unix datagram socketpair
	sockUDP               // udp4 on 127.0.0.1, not connected
	sockUDPConn           // udp4 on 127.0.0.1, connected to the peer (Sendto) / nothing queued (Recvfrom)
	sockTCP               // tcp4, not connected
	sockMemfd             // not a socket
	sockBadNeg            // -1
	sockBadHigh           // 0x7fffffff
	numSockKinds
)

var sockKindNames = [numSockKinds]string{"unix-stream", "unix-dgram", "udp4", "udp4-connected/empty", "tcp4",
	"memfd", "fd -1", "fd 0x7fffffff"}

// sockObj is one side's socket for Sendto or Recvfrom.
type sockObj struct {
	fd    int
	drain int                   // where sent data arrives or unread data stays, or -1
	peer  unix.RawSockaddrInet4 // the udp peer's address (receiver for Sendto)
	port  [2]byte               // the udp sender's port, network order (Recvfrom)
}

func (s *side) udpSocket() (int, int) {
	fd := s.own(unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0))
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		s.t.Fatalf("setup bind: %v", err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		s.t.Fatalf("setup getsockname: %v", err)
	}
	return fd, sa.(*unix.SockaddrInet4).Port
}

// waitReadable waits up to a second for fd to have something to read.
func waitReadable(t *testing.T, fd int) {
	pfd := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		_, err := unix.Poll(pfd, 1000)
		if err != syscall.EINTR {
			return
		}
	}
}

// makeSock makes the socket of kind for side s; for Recvfrom (queue) the
// data is queued on it first.
func (s *side) makeSock(kind uint8, data []byte, queue bool) sockObj {
	o := sockObj{fd: -1, drain: -1}
	switch int(kind) % numSockKinds {
	case sockUnixStream, sockUnixDgram:
		typ := unix.SOCK_STREAM
		if int(kind)%numSockKinds == sockUnixDgram {
			typ = unix.SOCK_DGRAM
		}
		sp, err := unix.Socketpair(unix.AF_UNIX, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			s.t.Fatalf("setup socketpair: %v", err)
		}
		s.own(sp[0], nil)
		s.own(sp[1], nil)
		o.fd, o.drain = sp[0], sp[1]
		if queue {
			h := len(data) / 2
			unix.Write(sp[1], data[:h])
			unix.Write(sp[1], data[h:])
			o.drain = sp[0]
		}
	case sockUDP, sockUDPConn:
		recv, rport := s.udpSocket()
		send, sport := s.udpSocket()
		o.peer = loopback4(uint16(rport))
		o.port = [2]byte{byte(sport >> 8), byte(sport)}
		if queue {
			o.fd, o.drain = recv, recv
			if int(kind)%numSockKinds == sockUDP {
				if err := unix.Sendto(send, data[:min(len(data), 4096)], 0, &unix.SockaddrInet4{Port: rport, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
					s.t.Fatalf("setup sendto: %v", err)
				}
				waitReadable(s.t, recv)
			}
		} else {
			o.fd, o.drain = send, recv
			if int(kind)%numSockKinds == sockUDPConn {
				if err := unix.Connect(send, &unix.SockaddrInet4{Port: rport, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
					s.t.Fatalf("setup connect: %v", err)
				}
			}
		}
	case sockTCP:
		o.fd = s.own(unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0))
	case sockMemfd:
		o.fd = s.own(unix.MemfdCreate("zcall-fuzz", unix.MFD_CLOEXEC))
	case sockBadNeg:
		o.fd = -1
	case sockBadHigh:
		o.fd = 0x7fffffff
	}
	return o
}

// sockState is what a Sendto or Recvfrom call left behind. The udp ports
// differ between the sides, so the address is compared without its port,
// and PortOK says whether the port was the expected one.
type sockState struct {
	N, Errno uintptr
	Buf      []byte
	Drained  []byte
	AddrLen  uint32
	Addr     []byte // the returned address, port bytes zeroed
	PortOK   bool
}

var sendFlags = []uintptr{0, unix.MSG_OOB, unix.MSG_MORE, unix.MSG_EOR, unix.MSG_CONFIRM, unix.MSG_PEEK}

// FuzzSendto compares zcall.Sendto with unix.Sendto (and with
// unix.RawSyscall6 for the malformed addresses unix.Sendto cannot express).
func FuzzSendto(f *testing.F) {
	// addrMode: none, the peer's, truncated, of the wrong family,
	// unreadable; flagSel: an index into sendFlags.
	for _, s := range []struct {
		kind, bufMode, addrMode, flagSel uint8
		off, n                           uint16
		data                             []byte // nil: seedData
	}{
		{sockUDP, 2, 1, 0, 10, 7, nil},         // udp4-addr-peer
		{sockUDP, 2, 2, 0, 10, 7, nil},         // udp4-addr-truncated
		{sockUDP, 2, 3, 0, 10, 7, nil},         // udp4-addr-inet6-family
		{sockUDP, 2, 4, 0, 10, 7, nil},         // udp4-addr-protnone
		{sockUDPConn, 2, 0, 0, 10, 7, nil},     // udp4-connected-addr-none
		{sockTCP, 1, 1, 0, 10, 20, nil},        // tcp4-empty
		{sockUnixStream, 2, 0, 1, 10, 20, nil}, // unix-stream-flags-oob
		{sockUnixDgram, 2, 1, 0, 0, 4096, nil}, // unix-dgram-4k
		{sockBadHigh, 0, 1, 0, 10, 20, nil},    // fd-high-nil
	} {
		f.Add(s.kind, s.bufMode, s.addrMode, s.flagSel, s.off, s.n, orSeedData(s.data))
	}
	f.Fuzz(func(t *testing.T, kind, bufMode, addrMode, flagSel uint8, off, n uint16, data []byte) {
		checkFDs(t)
		if len(data) > 8192 {
			data = data[:8192]
		}
		flags := uintptr(unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL) | sendFlags[int(flagSel)%len(sendFlags)]
		var st [2]sockState
		for i, useZcall := range []bool{true, false} {
			s := newSide(t, useZcall, data)
			o := s.makeSock(kind, data, false)
			buf := s.pickSlice(bufMode, off, n)
			addr := o.peer
			addrlen := uintptr(unix.SizeofSockaddrInet4)
			var r, e uintptr
			switch addrMode % 5 {
			case 0: // no address
				if useZcall {
					r, e = zcall.Sendto(uintptr(o.fd), buf, flags, nil, 0)
				} else {
					r, e = unixResult(t, len(buf), unix.Sendto(o.fd, buf, int(flags), nil))
				}
			case 1: // the peer's address
				if useZcall {
					r, e = zcall.Sendto(uintptr(o.fd), buf, flags, unsafe.Pointer(&addr), addrlen)
				} else {
					pb := (*[2]byte)(unsafe.Pointer(&addr.Port)) // network byte order
					port := int(pb[0])<<8 | int(pb[1])
					r, e = unixResult(t, len(buf), unix.Sendto(o.fd, buf, int(flags), &unix.SockaddrInet4{Port: port, Addr: addr.Addr}))
				}
			case 2, 3: // truncated, or of the wrong family
				if addrMode%5 == 2 {
					addrlen = uintptr(n) % unix.SizeofSockaddrInet4
				} else {
					addr.Family = unix.AF_INET6
				}
				if useZcall {
					r, e = zcall.Sendto(uintptr(o.fd), buf, flags, unsafe.Pointer(&addr), addrlen)
				} else {
					var en syscall.Errno
					r, _, en = unix.RawSyscall6(unix.SYS_SENDTO, uintptr(o.fd), uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, uintptr(unsafe.Pointer(&addr)), addrlen)
					e = uintptr(en)
				}
			case 4: // an unreadable address
				if useZcall {
					r, e = zcall.Sendto(uintptr(o.fd), buf, flags, guardPointer(t), addrlen)
				} else {
					var en syscall.Errno
					r, _, en = unix.RawSyscall6(unix.SYS_SENDTO, uintptr(o.fd), uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, uintptr(guardPointer(t)), addrlen)
					e = uintptr(en)
				}
			}
			if e == 0 && o.drain >= 0 && flags&unix.MSG_MORE == 0 && int(kind)%numSockKinds != sockUnixStream {
				waitReadable(t, o.drain)
			}
			st[i] = sockState{N: r, Errno: e, Buf: bytes.Clone(s.buf), Drained: drainFD(o.drain)}
			s.closeAll()
		}
		if !reflect.DeepEqual(st[0], st[1]) {
			t.Errorf("Sendto(%s, bufMode %d, addrMode %d, flags %#x, off %d, n %d, %d data bytes): differ in %s\nzcall     n=%#x errno=%d drained %d bytes\nreference n=%#x errno=%d drained %d bytes",
				sockKindNames[int(kind)%numSockKinds], bufMode%3, addrMode%5, flags, off, n, len(data), diffFields(st[0], st[1]),
				st[0].N, st[0].Errno, len(st[0].Drained), st[1].N, st[1].Errno, len(st[1].Drained))
		}
	})
}

var recvFlags = []uintptr{0, unix.MSG_PEEK, unix.MSG_TRUNC, unix.MSG_WAITALL, unix.MSG_OOB, unix.MSG_PEEK | unix.MSG_TRUNC}

// FuzzRecvfrom compares zcall.Recvfrom with unix.Recvfrom (and with
// unix.RawSyscall6 for the address buffers unix.Recvfrom does not offer).
func FuzzRecvfrom(f *testing.F) {
	// addrMode: none, through unix.Recvfrom, a short buffer, a length but
	// no buffer, an unwritable length, an unwritable buffer; flagSel: an
	// index into recvFlags.
	for _, s := range []struct {
		kind, bufMode, addrMode, flagSel uint8
		off, n                           uint16
		data                             []byte // nil: seedData
	}{
		{sockUDP, 2, 1, 0, 10, 7, nil},       // udp4-addr-full
		{sockUDP, 2, 2, 0, 0, 2, nil},        // udp4-addrlen2
		{sockUDP, 2, 3, 0, 10, 7, nil},       // udp4-addr-len-only
		{sockUDP, 2, 4, 0, 10, 7, nil},       // udp4-addr-len-protnone
		{sockUDP, 2, 5, 0, 10, 7, nil},       // udp4-addr-addr-protnone
		{sockUDP, 2, 1, 5, 10, 5, nil},       // udp4-flags-peek-trunc
		{sockUDPConn, 2, 1, 0, 10, 7, nil},   // udp4-empty-addr-full
		{sockUnixDgram, 2, 1, 2, 10, 5, nil}, // unix-dgram-flags-trunc
		{sockTCP, 0, 1, 2, 10, 20, nil},      // tcp4-nil
		{sockBadNeg, 2, 0, 0, 10, 7, nil},    // fd-1-addr-none
	} {
		f.Add(s.kind, s.bufMode, s.addrMode, s.flagSel, s.off, s.n, orSeedData(s.data))
	}
	f.Fuzz(func(t *testing.T, kind, bufMode, addrMode, flagSel uint8, off, n uint16, data []byte) {
		checkFDs(t)
		if len(data) > 8192 {
			data = data[:8192]
		}
		flags := uintptr(unix.MSG_DONTWAIT) | recvFlags[int(flagSel)%len(recvFlags)]
		var st [2]sockState
		for i, useZcall := range []bool{true, false} {
			s := newSide(t, useZcall, data)
			o := s.makeSock(kind, data, true)
			buf := s.pickSlice(bufMode, off, n)
			var rsa unix.RawSockaddrAny
			addrlen := uint32(unix.SizeofSockaddrAny)
			var r, e uintptr
			mode := addrMode % 6
			if mode == 2 {
				addrlen = uint32(n) % (unix.SizeofSockaddrAny + 1)
			}
			room := addrlen // how much of rsa the kernel may write
			// The address and length pointers each side passes.
			ap, lp := unsafe.Pointer(&rsa), unsafe.Pointer(&addrlen)
			switch mode {
			case 0:
				ap, lp = nil, nil
			case 3: // a length but no address buffer
				ap = nil
			case 4: // an unwritable length
				lp = guardPointer(t)
			case 5: // an unwritable address
				ap = guardPointer(t)
			}
			switch {
			case useZcall:
				r, e = zcall.Recvfrom(uintptr(o.fd), buf, flags, ap, lp)
			case mode == 1:
				k, from, err := unix.Recvfrom(o.fd, buf, int(flags))
				r, e = unixResult(t, k, err)
				if sa, ok := from.(*unix.SockaddrInet4); ok {
					rsa4 := loopback4(uint16(sa.Port))
					rsa4.Addr = sa.Addr
					*(*unix.RawSockaddrInet4)(unsafe.Pointer(&rsa)) = rsa4
				} else if from != nil {
					t.Fatalf("reference Recvfrom: unexpected address %T", from)
				}
			default:
				var en syscall.Errno
				r, _, en = unix.RawSyscall6(unix.SYS_RECVFROM, uintptr(o.fd), uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, uintptr(ap), uintptr(lp))
				e = uintptr(en)
			}
			st[i] = s.sockResult(o, r, e, mode, &rsa, addrlen, room)
			s.closeAll()
		}
		if !reflect.DeepEqual(st[0], st[1]) {
			t.Errorf("Recvfrom(%s, bufMode %d, addrMode %d, flags %#x, off %d, n %d, %d data bytes): differ in %s\nzcall     %+v\nreference %+v",
				sockKindNames[int(kind)%numSockKinds], bufMode%3, addrMode%6, flags, off, n, len(data), diffFields(st[0], st[1]),
				summary(st[0]), summary(st[1]))
		}
	})
}

// sockResult records a Recvfrom result. In modes 0 and 1 one side used an
// API that hides the address length (zcall with nil pointers, or
// unix.Recvfrom), so there the length is derived from the family.
//
// The kernel writes min(room, addrlen) bytes of the address and reports its
// full length: PortOK checks the port bytes among those written.
func (s *side) sockResult(o sockObj, r, e uintptr, mode uint8, rsa *unix.RawSockaddrAny, addrlen, room uint32) sockState {
	st := sockState{N: r, Errno: e, Buf: bytes.Clone(s.buf), Drained: drainFD(o.drain)}
	raw := (*[unix.SizeofSockaddrAny]byte)(unsafe.Pointer(rsa))
	if mode <= 1 {
		if mode == 0 {
			return st // no address asked for on the zcall side: compare none
		}
		if rsa.Addr.Family == unix.AF_INET {
			addrlen = unix.SizeofSockaddrInet4
		} else {
			addrlen = 0
		}
	}
	st.AddrLen = addrlen
	st.Addr = bytes.Clone(raw[:min(int(addrlen), len(raw))])
	if rsa.Addr.Family == unix.AF_INET {
		written := int(min(room, addrlen))
		st.PortOK = true
		for i := 2; i < 4 && i < len(st.Addr); i++ {
			if i < written {
				st.PortOK = st.PortOK && st.Addr[i] == o.port[i-2]
			}
			st.Addr[i] = 0
		}
	}
	for i := fuzzBufLen; i < len(s.buf); i++ {
		if s.buf[i] != canaryByte {
			s.t.Fatalf("zcall=%v: the kernel wrote past the buffer at byte %d", s.zcall, i)
		}
	}
	return st
}

func summary(s sockState) string {
	return fmt.Sprintf("n=%#x errno=%d buf=%x… drained=%d bytes addrlen=%d addr=%x portOK=%v",
		s.N, s.Errno, s.Buf[:16], len(s.Drained), s.AddrLen, s.Addr, s.PortOK)
}
