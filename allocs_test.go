//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"syscall"
	"testing"

	"code.hybscloud.com/zcall"
)

// allocCase is one call whose heap allocations are counted.
type allocCase struct {
	name string
	call func()
}

// checkAllocs asserts that each call allocates nothing, after proving on a
// control that allocates that the count is real.
func checkAllocs(t *testing.T, cases []allocCase) {
	t.Helper()
	var sink []byte
	if n := testing.AllocsPerRun(100, func() { sink = make([]byte, 64+len(sink)%2) }); n != 1 {
		t.Fatalf("control: AllocsPerRun = %v for one make, want 1", n)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(1000, c.call); n != 0 {
				t.Errorf("%v allocations per call, want 0", n)
			}
		})
	}
}

// TestAllocs: every zcall call the benchmarks measure allocates nothing.
func TestAllocs(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	if err := syscall.SetNonblock(p[0], true); err != nil {
		t.Fatal(err)
	}
	r, w := uintptr(p[0]), uintptr(p[1])
	buf := make([]byte, 64)
	var errno uintptr
	cases := []allocCase{
		{"Syscall4", func() { _, errno = zcall.Syscall4(syscall.SYS_GETPPID, 0, 0, 0, 0) }},
		{"Syscall6", func() { _, errno = zcall.Syscall6(syscall.SYS_GETPPID, 0, 0, 0, 0, 0, 0) }},
		{"Read EAGAIN", func() { _, errno = zcall.Read(r, buf) }},
		{"Write+Read", func() {
			zcall.Write(w, buf)
			_, errno = zcall.Read(r, buf)
		}},
		{"Errno", func() {
			_, errno = zcall.Read(r, buf)
			if errno != 0 && zcall.Errno(errno) != zcall.EAGAIN {
				t.Error("unexpected errno")
			}
		}},
	}
	cases = append(cases, platformAllocCases(t)...)
	checkAllocs(t, cases)
	if errno != uintptr(syscall.EAGAIN) {
		t.Errorf("last read: errno %d, want EAGAIN", errno)
	}
}
