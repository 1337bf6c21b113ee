package zcall_test

import (
	"encoding/binary"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The trampolines on Linux: unknown numbers, results with the high bits
// set, a call whose six arguments all matter, and the error boundary, the
// values around -4095 that decide between a result and an errno.

// TestUnknownSyscall: a number the kernel does not know fails with ENOSYS.
func TestUnknownSyscall(t *testing.T) {
	low := uintptr(4095)
	if strings.HasPrefix(runtime.GOARCH, "mips") {
		// 4000-4999 are o32 numbers, which a mips kernel serves to every
		// process, 64-bit ones included (4095 is o32 fchown); 3999 is below
		// every ABI's.
		low = 3999
	}
	nums := []uintptr{low, 1 << 20, ^uintptr(0) >> 1}
	if runtime.GOARCH == "arm" {
		nums = armUnknownSyscalls
	}
	for _, num := range nums {
		_, werr := raw(num, 0, 0, 0, 0, 0, 0)
		if werr != uintptr(syscall.ENOSYS) {
			t.Fatalf("reference syscall %#x: errno %d, want ENOSYS", num, werr)
		}
		for _, c := range trampolines {
			r1, errno := c.fn(num, 0, 0, 0, 0, 0, 0)
			if r1 != ^uintptr(0) || errno != uintptr(syscall.ENOSYS) {
				t.Errorf("%s(%#x) = (%#x, %d), want (%#x, ENOSYS)", c.name, num, r1, errno, ^uintptr(0))
			}
		}
	}
}

// armUnknownSyscalls are numbers that linux/arm does not know and answers
// with ENOSYS: one below its private calls, and the last of those. Any
// number from 0x0f0000 (__ARM_NR_BASE) up that is not one of the private
// calls 0x0f0000..0x0f07ff is a bad system call there, which the kernel
// answers with SIGILL (arch/arm/kernel/traps.c, bad_syscall).
var armUnknownSyscalls = []uintptr{4095, 0x0effff, 0x0f07ff}

// TestLargeResult: a successful result with high bits set passes through
// whole. lseek on a memfd to 1<<62 returns 1<<62 (1<<30 on 32-bit Linux,
// whose lseek returns a 32-bit off_t); the reference agrees.
func TestLargeResult(t *testing.T) {
	name := []byte("zcall-test\x00")
	fd, errno := zcall.Syscall4(unix.SYS_MEMFD_CREATE, uintptr(unsafe.Pointer(&name[0])), unix.MFD_CLOEXEC, 0, 0)
	if errno != 0 {
		t.Fatalf("memfd_create: errno %d", errno)
	}
	defer syscall.Close(int(fd))
	const top = ^uintptr(0)>>1 + 1 // the top bit: 1<<63, or 1<<31
	for _, off := range []uintptr{top / 2, top/2 + 4097, top - 1} {
		want, werr := raw(unix.SYS_LSEEK, fd, off, unix.SEEK_SET, 0, 0, 0)
		if werr != 0 || want != off {
			t.Fatalf("reference lseek(%#x) = (%#x, %d)", off, want, werr)
		}
		for _, c := range trampolines {
			r1, errno := c.fn(unix.SYS_LSEEK, fd, off, unix.SEEK_SET, 0, 0, 0)
			if r1 != off || errno != 0 {
				t.Errorf("%s: lseek(%#x) = (%#x, %d), want (%#x, 0)", c.name, off, r1, errno, off)
			}
		}
	}
	// A negative offset is refused with EINVAL by both.
	_, werr := raw(unix.SYS_LSEEK, fd, ^uintptr(0), unix.SEEK_SET, 0, 0, 0)
	for _, c := range trampolines {
		r1, errno := c.fn(unix.SYS_LSEEK, fd, ^uintptr(0), unix.SEEK_SET, 0, 0, 0)
		if r1 != ^uintptr(0) || errno != uintptr(syscall.EINVAL) || errno != werr {
			t.Errorf("%s: lseek(-1) = (%#x, %d), reference errno %d, want EINVAL", c.name, r1, errno, werr)
		}
	}
}

// TestMmapHighAddress maps at a hint near the top of the user address
// space, so the address has as many high bits set as the architecture
// allows; it must come back whole and equal to what the kernel chose.
func TestMmapHighAddress(t *testing.T) {
	const size = 1 << 16
	prot := uintptr(syscall.PROT_READ | syscall.PROT_WRITE)
	flags := uintptr(syscall.MAP_PRIVATE | syscall.MAP_ANON)
	// A hint is only a hint: the kernel picks a free range near it. Ask for
	// the highest 47-bit user address, which every 64-bit Linux arch here
	// accepts; on 32-bit Linux for 0xa0000000, inside the user space of 386
	// and arm (an address that is negative as an int32) and beyond that of
	// mips, which ends at 2 GiB.
	hint := uintptr(0xa0000000)
	if h := uint64(1<<47 - 1<<20); unsafe.Sizeof(hint) == 8 {
		hint = uintptr(h)
	}
	// Two sizes are mapped and the upper one unmapped again, so that the
	// range past the mapping is free even where the kernel ignores the hint
	// (mips64's 40-bit user space) and places the mapping below another.
	addr, errno := mmapCall(zcall.Syscall6, hint, 2*size, prot, flags, ^uintptr(0), 0)
	if errno != 0 {
		t.Fatalf("mmap(hint %#x): errno %d", hint, errno)
	}
	if _, errno := zcall.Syscall4(syscall.SYS_MUNMAP, addr+size, size, 0, 0); errno != 0 {
		t.Fatalf("munmap of the upper half: errno %d", errno)
	}
	defer zcall.Syscall4(syscall.SYS_MUNMAP, addr, size, 0, 0)
	if addr < hint/2 {
		t.Logf("kernel ignored the hint: %#x", addr)
	}
	// msync on the exact range succeeds only if addr is the true mapping.
	if r1, errno := zcall.Syscall4(syscall.SYS_MSYNC, addr, size, syscall.MS_ASYNC, 0); r1 != 0 || errno != 0 {
		t.Errorf("msync(%#x) = (%d, %d): address did not pass through whole", addr, r1, errno)
	}
	if unsafe.Sizeof(uintptr(0)) == 4 && underQEMU() {
		// qemu-user keeps a 32-bit guest's whole address space reserved and
		// unmaps by mapping PROT_NONE memory over the range: msync there
		// succeeds. A real kernel answers ENOMEM.
		t.Logf("under qemu-user with a 32-bit guest: msync past the mapping not checked")
		return
	}
	if _, errno := zcall.Syscall4(syscall.SYS_MSYNC, addr+size, size, syscall.MS_ASYNC, 0); errno != uintptr(syscall.ENOMEM) {
		t.Errorf("msync past the mapping: errno %d, want ENOMEM", errno)
	}
}

// TestSendto makes a call in which all six arguments matter: sendto on a
// UDP socket to a second socket's address, with the datagram read back.
// A wrong length, flag or address length would change the result.
func TestSendto(t *testing.T) {
	mk := func() int {
		fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { syscall.Close(fd) })
		return fd
	}
	src, dst := mk(), mk()
	if err := syscall.Bind(dst, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(dst)
	if err != nil {
		t.Fatal(err)
	}
	// struct sockaddr_in: family (host order), port (network order), addr.
	var to [16]byte
	*(*uint16)(unsafe.Pointer(&to[0])) = syscall.AF_INET
	to[2], to[3] = byte(sa.(*syscall.SockaddrInet4).Port>>8), byte(sa.(*syscall.SockaddrInet4).Port)
	copy(to[4:8], []byte{127, 0, 0, 1})
	msg := []byte("six arguments")
	for _, c := range trampolines {
		if c.args < 6 {
			continue
		}
		n, errno := c.fn(unix.SYS_SENDTO, uintptr(src), uintptr(unsafe.Pointer(&msg[0])), 3,
			syscall.MSG_DONTWAIT, uintptr(unsafe.Pointer(&to[0])), uintptr(len(to)))
		if n != 3 || errno != 0 {
			t.Fatalf("sendto = (%d, %d), want (3, 0)", n, errno)
		}
		got := make([]byte, 64)
		m, _, err := syscall.Recvfrom(dst, got, 0)
		if err != nil || string(got[:m]) != "six" {
			t.Fatalf("received %q (%v), want %q", got[:m], err, "six")
		}
		// An address length one byte short of sockaddr_in is EINVAL.
		_, errno = c.fn(unix.SYS_SENDTO, uintptr(src), uintptr(unsafe.Pointer(&msg[0])), 3,
			syscall.MSG_DONTWAIT, uintptr(unsafe.Pointer(&to[0])), uintptr(len(to)-1))
		if errno != uintptr(syscall.EINVAL) {
			t.Errorf("sendto with a short address: errno %d, want EINVAL", errno)
		}
	}
}

// The error boundary cannot be reached with ordinary calls: no kernel call
// returns -4096 or -4095 by itself. A seccomp filter with a user-space
// supervisor can: SECCOMP_RET_USER_NOTIF suspends the filtered call, and the
// supervisor's SECCOMP_IOCTL_NOTIF_SEND answer (error 0, val v) makes the
// call return v exactly, whatever 64-bit value v is. The test filters
// getppid(cookie, v) on one locked thread and lets the supervisor return v,
// so every value near the boundary goes through the real trampolines and
// through BlockingSyscall4 and BlockingSyscall6, which must agree with them.

const boundaryCookie = 0x5a63616c // "Zcal"

// Layouts from include/uapi/linux/seccomp.h.
type seccompNotif struct {
	ID    uint64
	PID   uint32
	Flags uint32
	Nr    int32
	Arch  uint32
	IP    uint64
	Args  [6]uint64
}

type seccompNotifResp struct {
	ID    uint64
	Val   int64
	Error int32
	Flags uint32
}

// _IOWR('!', 1, struct seccomp_notif_resp) for the asm-generic ioctl encoding.
const seccompIoctlNotifSend = 0xc0182101

var _ [80]byte = [unsafe.Sizeof(seccompNotif{})]byte{}
var _ [24]byte = [unsafe.Sizeof(seccompNotifResp{})]byte{}

func TestErrorBoundary(t *testing.T) {
	const top = ^uintptr(0)>>1 + 1 // the top bit: 1<<63, or 1<<31 on 32-bit Linux
	cases := []struct {
		ret       uintptr // what the kernel returns
		r1, errno uintptr // what the trampolines must report
	}{
		{0, 0, 0},
		{1, 1, 0},
		{top - 1, top - 1, 0},
		{top, top, 0}, // top bit set: an address, not an error
		{^uintptr(0) - 4096, ^uintptr(0) - 4096, 0},                                     // -4097
		{^uintptr(0) - 4095, ^uintptr(0) - 4095, 0},                                     // -4096: the highest success
		{^uintptr(0) - 4094, ^uintptr(0), 4095},                                         // -4095: the lowest error, MAX_ERRNO
		{^uintptr(0) - 132, ^uintptr(0), 133},                                           // -133
		{^uintptr(0) - 1, ^uintptr(0), 2},                                               // -2
		{^uintptr(0), ^uintptr(0), 1},                                                   // -1
		{^uintptr(0) - uintptr(syscall.EBADF) + 1, ^uintptr(0), uintptr(syscall.EBADF)}, // -EBADF
	}

	// mips and mips64 flag an error in a3, and an answer with error 0
	// clears it: there every value, -1 included, comes back as a success,
	// and the trampolines must follow the flag, not the value.
	if strings.HasPrefix(runtime.GOARCH, "mips") {
		for i := range cases {
			cases[i].r1, cases[i].errno = cases[i].ret, 0
		}
	}
	// The filtered goroutine waits for the supervisor inside a raw call,
	// holding its P: the supervisor needs a second P, and a stop-the-world
	// (a garbage collection) would wait for the raw call while stopping the
	// supervisor that ends it.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))

	type result struct{ r1, errno uintptr }
	// Syscall4, Syscall6, syscall3, BlockingSyscall4, BlockingSyscall6,
	// and the reference syscall.RawSyscall6 last.
	names := []string{"Syscall4", "Syscall6", "syscall3", "BlockingSyscall4", "BlockingSyscall6"}
	const ref = 5
	results := make([][ref + 1]result, len(cases))
	done := make(chan error, 1)
	listener := make(chan uintptr, 1)

	go func() {
		// The filter binds this thread only and dies with it: the goroutine
		// never unlocks, so the runtime retires the thread when it exits.
		runtime.LockOSThread()
		if _, _, e := unix.RawSyscall6(unix.SYS_PRCTL, unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0); e != 0 {
			done <- e
			listener <- ^uintptr(0)
			return
		}
		off := uint32(16) // seccomp_data.args[0], low word
		if binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
			off += 4
		}
		filter := []unix.SockFilter{
			{Code: unix.BPF_LD | unix.BPF_W | unix.BPF_ABS, K: 0}, // nr
			{Code: unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K, Jt: 0, Jf: 3, K: unix.SYS_GETPPID},
			{Code: unix.BPF_LD | unix.BPF_W | unix.BPF_ABS, K: off},
			{Code: unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K, Jt: 0, Jf: 1, K: boundaryCookie},
			{Code: unix.BPF_RET | unix.BPF_K, K: unix.SECCOMP_RET_USER_NOTIF},
			{Code: unix.BPF_RET | unix.BPF_K, K: unix.SECCOMP_RET_ALLOW},
		}
		prog := unix.SockFprog{Len: uint16(len(filter)), Filter: &filter[0]}
		fd, _, e := unix.RawSyscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER,
			unix.SECCOMP_FILTER_FLAG_NEW_LISTENER, uintptr(unsafe.Pointer(&prog)))
		if e != 0 {
			done <- e
			listener <- ^uintptr(0)
			return
		}
		listener <- fd
		// A signal (the runtime's preemption) that interrupts the wait for
		// the answer withdraws the notification. The kernel restarts the
		// call, except on mips64, where it returns ERESTARTSYS (512), an
		// errno meant never to reach user space: the call is repeated then.
		const erestartsys = 512
		call := func(f func() (uintptr, uintptr)) result {
			for {
				if r1, errno := f(); errno != erestartsys {
					return result{r1: r1, errno: errno}
				}
			}
		}
		for i, c := range cases {
			results[i][0] = call(func() (uintptr, uintptr) {
				return zcall.Syscall4(unix.SYS_GETPPID, boundaryCookie, c.ret, 0, 0)
			})
			results[i][1] = call(func() (uintptr, uintptr) {
				return zcall.Syscall6(unix.SYS_GETPPID, boundaryCookie, c.ret, 0, 0, 0, 0)
			})
			results[i][2] = call(func() (uintptr, uintptr) {
				return zcall.Syscall3(unix.SYS_GETPPID, boundaryCookie, c.ret, 0)
			})
			results[i][3] = call(func() (uintptr, uintptr) {
				return zcall.BlockingSyscall4(unix.SYS_GETPPID, boundaryCookie, c.ret, 0, 0)
			})
			results[i][4] = call(func() (uintptr, uintptr) {
				return zcall.BlockingSyscall6(unix.SYS_GETPPID, boundaryCookie, c.ret, 0, 0, 0, 0)
			})
			results[i][ref] = call(func() (uintptr, uintptr) {
				r1, _, e := syscall.RawSyscall6(unix.SYS_GETPPID, boundaryCookie, c.ret, 0, 0, 0, 0)
				return r1, uintptr(e)
			})
		}
		done <- nil
	}()

	fd := <-listener
	if fd == ^uintptr(0) {
		err := (<-done).(syscall.Errno)
		skipIfUnemulated(t, uintptr(err), zcall.Errno(err), "seccomp(SECCOMP_SET_MODE_FILTER, NEW_LISTENER)")
		t.Fatalf("installing the seccomp filter: %v", err)
	}
	defer syscall.Close(int(fd))
	// Answer every intercepted call with the value it carries in a2, until
	// the filtered goroutine is done. A signal (the runtime's preemption)
	// that interrupts a filtered call withdraws its notification (RECV or
	// SEND then fails with ENOENT) and the call is repeated; the kernel also
	// drops an answer that SEND accepted when the signal came at the same
	// time (seccomp_do_user_notification), so the number of notifications is
	// not known in advance. Returning closes the listener, which ends a
	// pending call with ENOSYS.
	var answered, idle int
	for finished := false; !finished; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			finished = true
			continue
		default:
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, 100)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			t.Fatalf("poll: %v", err)
		}
		if n == 0 {
			if idle++; idle == 100 {
				t.Fatalf("%d calls answered; no seccomp notification within 10s and the calls are not done", answered)
			}
			continue
		}
		idle = 0
		if fds[0].Revents&unix.POLLIN == 0 {
			// POLLHUP alone: no thread runs under the filter any more. The
			// filtered goroutine has returned and its locked thread has
			// exited, so nothing will be notified again, and RECV would
			// wait for ever: take its result instead.
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
				finished = true
			case <-time.After(10 * time.Second):
				t.Fatalf("%d calls answered; the listener hung up (poll revents %#x) but the calls are not done", answered, fds[0].Revents)
			}
			continue
		}
		var notif seccompNotif
		if _, _, e := unix.Syscall(unix.SYS_IOCTL, fd, unix.SECCOMP_IOCTL_NOTIF_RECV, uintptr(unsafe.Pointer(&notif))); e == unix.ENOENT {
			continue
		} else if e != 0 {
			t.Fatalf("SECCOMP_IOCTL_NOTIF_RECV: %v", e)
		}
		resp := seccompNotifResp{ID: notif.ID, Val: int64(notif.Args[1])}
		if _, _, e := unix.Syscall(unix.SYS_IOCTL, fd, seccompIoctlNotifSend, uintptr(unsafe.Pointer(&resp))); e == unix.ENOENT {
			continue
		} else if e != 0 {
			t.Fatalf("SECCOMP_IOCTL_NOTIF_SEND: %v", e)
		}
		answered++
	}
	if want := len(results[0]) * len(cases); answered < want {
		t.Errorf("%d calls answered, want at least %d", answered, want)
	}
	for i, c := range cases {
		for j, name := range names {
			got := results[i][j]
			if got.r1 != c.r1 || got.errno != c.errno {
				t.Errorf("%s: kernel returns %#x: got (%#x, %d), want (%#x, %d)", name, c.ret, got.r1, got.errno, c.r1, c.errno)
			}
		}
		ref := results[i][ref]
		if ref.r1 == c.r1 && ref.errno == c.errno {
			continue
		}
		// Go's syscall package on linux/amd64, linux/386 and linux/arm
		// treats -4095 as a success (it compares with -4095 and takes
		// "lower or same" for success: JLS, BLS); the kernel's IS_ERR_VALUE
		// (include/linux/err.h) counts it as an error, as zcall does.
		if (runtime.GOARCH == "amd64" || runtime.GOARCH == "386" || runtime.GOARCH == "arm") && c.ret == ^uintptr(0)-4094 {
			t.Logf("syscall.RawSyscall6: kernel returns %#x: (%#x, %d), zcall (%#x, %d)", c.ret, ref.r1, ref.errno, c.r1, c.errno)
			continue
		}
		t.Errorf("reference syscall.RawSyscall6: kernel returns %#x: (%#x, %d), want (%#x, %d)", c.ret, ref.r1, ref.errno, c.r1, c.errno)
	}
}
