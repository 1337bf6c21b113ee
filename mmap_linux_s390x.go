package zcall

import "unsafe"

// Mmap is mmap(2) with a byte offset: it maps length bytes of fd (or
// anonymous memory) and returns the mapping's address. On failure ptr is
// the kernel's failure value (all bits set), which must not be used, and
// errno is set. Mmap does not block, though touching the mapping may fault.
//
// linux/s390x's mmap takes a single argument, a pointer to the six values
// (struct mmap_arg_struct in arch/s390/kernel/syscall.c); the array lives
// on Mmap's stack, which cannot move during the trampoline call.
func Mmap(addr unsafe.Pointer, length, prot, flags, fd, offset uintptr) (ptr unsafe.Pointer, errno uintptr) {
	args := [6]uintptr{uintptr(addr), length, prot, flags, fd, offset}
	r1, errno := Syscall4(SYS_MMAP, uintptr(unsafe.Pointer(&args)), 0, 0, 0)
	// The address travels through memory rather than through a
	// uintptr-to-pointer conversion: it points outside the Go heap, and a
	// conversion would draw go vet's unsafeptr warning for no benefit.
	return *(*unsafe.Pointer)(unsafe.Pointer(&r1)), errno
}
