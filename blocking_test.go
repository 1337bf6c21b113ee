//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"os"
	"syscall"
	"testing"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// The siblings' signatures are exactly the trampolines'.
var (
	_ func(num, a1, a2, a3, a4 uintptr) (uintptr, uintptr)         = zcall.BlockingSyscall4
	_ func(num, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) = zcall.BlockingSyscall6
)

var siblings = []call{
	{"BlockingSyscall4", func(num, a1, a2, a3, a4, _, _ uintptr) (uintptr, uintptr) {
		return zcall.BlockingSyscall4(num, a1, a2, a3, a4)
	}},
	{"BlockingSyscall6", zcall.BlockingSyscall6},
}

// TestBlockingConvention: the siblings return what the raw trampolines
// return, success and error alike, and pass pointer arguments through.
func TestBlockingConvention(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	for _, c := range siblings {
		t.Run(c.name, func(t *testing.T) {
			if r1, errno := c.fn(syscall.SYS_GETPID, 0, 0, 0, 0, 0, 0); r1 != uintptr(os.Getpid()) || errno != 0 {
				t.Errorf("getpid = (%d, %d), want (%d, 0)", r1, errno, os.Getpid())
			}
			if r1, errno := c.fn(syscall.SYS_CLOSE, ^uintptr(0), 0, 0, 0, 0, 0); r1 != ^uintptr(0) || errno != uintptr(syscall.EBADF) {
				t.Errorf("close(-1) = (%#x, %d), want (%#x, EBADF)", r1, errno, ^uintptr(0))
			}
			msg := []byte("through the sibling")
			n, errno := c.fn(syscall.SYS_WRITE, uintptr(p[1]), uintptr(unsafe.Pointer(&msg[0])), uintptr(len(msg)), 0, 0, 0)
			if n != uintptr(len(msg)) || errno != 0 {
				t.Fatalf("write = (%d, %d)", n, errno)
			}
			got := make([]byte, 64)
			n, errno = c.fn(syscall.SYS_READ, uintptr(p[0]), uintptr(unsafe.Pointer(&got[0])), uintptr(len(got)), 0, 0, 0)
			if n != uintptr(len(msg)) || errno != 0 || string(got[:n]) != string(msg) {
				t.Fatalf("read = (%d, %d) %q, want %q", n, errno, got[:n], msg)
			}
		})
	}
}
