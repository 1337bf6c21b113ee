//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// TestUnknownSyscall: a number the kernel does not know fails with ENOSYS.
func TestUnknownSyscall(t *testing.T) {
	for _, num := range []uintptr{4095, 1 << 20, ^uintptr(0) >> 1} {
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

// TestLargeResult: a successful result with high bits set passes through
// whole. lseek on a memfd to 1<<62 returns 1<<62; the reference agrees.
func TestLargeResult(t *testing.T) {
	name := []byte("zcall-test\x00")
	fd, errno := zcall.Syscall4(unix.SYS_MEMFD_CREATE, uintptr(unsafe.Pointer(&name[0])), unix.MFD_CLOEXEC, 0, 0)
	if errno != 0 {
		t.Fatalf("memfd_create: errno %d", errno)
	}
	defer syscall.Close(int(fd))
	for _, off := range []uintptr{1 << 62, 1<<62 + 4097, 1<<63 - 1} {
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
	// the highest 47-bit user address, which every Linux arch here accepts.
	hint := uintptr(1<<47 - 1<<20)
	addr, errno := mmapCall(zcall.Syscall6, hint, size, prot, flags, ^uintptr(0), 0)
	if errno != 0 {
		t.Fatalf("mmap(hint %#x): errno %d", hint, errno)
	}
	defer zcall.Syscall4(syscall.SYS_MUNMAP, addr, size, 0, 0)
	if addr>>32 == 0 {
		t.Logf("kernel ignored the hint: %#x", addr)
	}
	// msync on the exact range succeeds only if addr is the true mapping.
	if r1, errno := zcall.Syscall4(syscall.SYS_MSYNC, addr, size, syscall.MS_ASYNC, 0); r1 != 0 || errno != 0 {
		t.Errorf("msync(%#x) = (%d, %d): address did not pass through whole", addr, r1, errno)
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
	for _, c := range trampolines[1:] { // Syscall6 only
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
