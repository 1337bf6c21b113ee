//go:build !s390x && !386 && !arm && !mips && !mipsle

package zcall

import "unsafe"

// Mmap is mmap(2) with a byte offset: it maps length bytes of fd (or
// anonymous memory) and returns the mapping's address. On failure ptr is
// the kernel's failure value (all bits set), which must not be used, and
// errno is set. Mmap does not block, though touching the mapping may fault.
// linux/s390x passes the six values in memory instead; that Mmap is in
// defs_linux_s390x.go. The 32-bit Linux architectures make it as mmap2(2);
// that Mmap is in ilp32_linux.go.
func Mmap(addr unsafe.Pointer, length, prot, flags, fd, offset uintptr) (ptr unsafe.Pointer, errno uintptr) {
	r1, errno := Syscall6(SYS_MMAP, uintptr(addr), length, prot, flags, fd, offset)
	// The address travels through memory rather than through a
	// uintptr-to-pointer conversion: it points outside the Go heap, and a
	// conversion would draw go vet's unsafeptr warning for no benefit.
	return *(*unsafe.Pointer)(unsafe.Pointer(&r1)), errno
}
