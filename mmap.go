//go:build !s390x && !386 && !arm && !mips && !mipsle

package zcall

import "unsafe"

// Mmap is mmap(2) with a byte offset: it maps length bytes of fd (or
// anonymous memory) and returns the mapping's address. On failure ptr is
// the kernel's failure value (all bits set), which must not be used, and
// errno is set.
//
// Without flags that ask for it, the kernel only records the mapping and
// Mmap returns at once; touching the mapping later faults its pages in.
// With MAP_POPULATE or MAP_LOCKED on Linux the kernel faults in every
// page inside the call, reading a file's pages from storage and reclaiming
// memory as needed: the raw call then holds its thread and P for as long as
// that takes, which grows with length (for a large mapping, many
// milliseconds). Make such a call through [BlockingSyscall6](SYS_MMAP, ...)
// instead. linux/s390x passes the six values in memory; that Mmap is in
// defs_linux_s390x.go. The 32-bit Linux architectures make it as mmap2(2);
// that Mmap is in ilp32_linux.go.
func Mmap(addr unsafe.Pointer, length, prot, flags, fd, offset uintptr) (ptr unsafe.Pointer, errno uintptr) {
	r1, errno := Syscall6(SYS_MMAP, uintptr(addr), length, prot, flags, fd, offset)
	// The address travels through memory rather than through a
	// uintptr-to-pointer conversion: it points outside the Go heap, and a
	// conversion would draw go vet's unsafeptr warning for no benefit.
	return *(*unsafe.Pointer)(unsafe.Pointer(&r1)), errno
}
