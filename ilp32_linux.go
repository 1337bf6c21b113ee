//go:build 386 || arm || mips || mipsle

package zcall

import (
	"syscall"
	"unsafe"
)

// What the four 32-bit Linux architectures (386, arm, mips, mipsle) share
// where the 64-bit ones differ (those are in lp64_linux.go): a C long and a
// pointer are 32 bits. A 64-bit argument (a file offset or length) takes
// two argument words, in the order in which the value lies in memory: low
// word first on little-endian 386, arm and mipsle, high word first on
// big-endian mips (hiFirst, in the defs_ file of each). The arm EABI and
// mips o32 start such a pair at an even argument word, leaving the odd one
// before it unused (evenPairs); i386 does not. preadv(2), pwritev(2),
// preadv2(2) and pwritev2(2) are the exception: they take the offset as two
// longs, low then high, with no alignment, on every architecture (see
// [Preadv]). The layouts are those of the kernel's own 32-bit entry points
// (and of x/sys/unix's generated wrappers for each architecture); a wrong
// one reads or writes at the wrong offset without an error, which the tests
// at offsets beyond 4 GiB catch.
//
// Each wrapper below writes out its argument words once per layout, in
// branches on the constants hiFirst and evenPairs: the compiler keeps only
// the branch of the architecture being built, and the wrapper stays small
// enough to inline into its caller. Where a result is the system call's
// own, the branches assign it to the named results and return them: the
// compiler's inlining cost charges a return of the call's two results
// more than that assignment, and [Pread] and [Pwrite] inline only this way
// (cost 77 of the budget of 80; 83 with the call returned directly).

// oLargefile is the flag [Openat] adds: O_LARGEFILE, which the kernel sets
// itself on 64-bit architectures and which a 32-bit process needs to use a
// file of 2 GiB or more (without it, open fails on one with EOVERFLOW and
// writes beyond 2 GiB with EFBIG). Go's syscall.Open adds it the same way.
const oLargefile = syscall.O_LARGEFILE

// mmap2Unit is the unit of mmap2's offset: 4096 bytes on every
// architecture, whatever its page size.
const mmap2Unit = 4096

// Mmap is mmap(2) with a byte offset: it maps length bytes of fd (or
// anonymous memory) and returns the mapping's address. On failure ptr is
// the kernel's failure value (all bits set), which must not be used, and
// errno is set. Mmap does not block, though touching the mapping may fault.
//
// On the 32-bit architectures the call is mmap2(2), whose offset is in
// 4096-byte units, so offset must be a multiple of 4096 (as mmap(2)
// requires of a page-aligned offset); any other offset fails with EINVAL
// without a system call. An address at or above 2 GiB is a success: the
// result is tested unsigned.
func Mmap(addr unsafe.Pointer, length, prot, flags, fd, offset uintptr) (ptr unsafe.Pointer, errno uintptr) {
	r1, errno := ^uintptr(0), uintptr(EINVAL)
	if offset%mmap2Unit == 0 {
		r1, errno = Syscall6(SYS_MMAP, uintptr(addr), length, prot, flags, fd, offset/mmap2Unit)
	}
	// The address travels through memory rather than through a
	// uintptr-to-pointer conversion, as in mmap.go.
	return *(*unsafe.Pointer)(unsafe.Pointer(&r1)), errno
}

// Iovec is struct iovec (include/uapi/linux/uio.h): one buffer of a vector
// passed to [Readv], [Writev], [Preadv], [Pwritev], [Vmsplice] and in
// [Msghdr]. Base points to the buffer and Len is its length in bytes: a
// 32-bit size_t here (uint64 on the 64-bit architectures), 8 bytes in all.
type Iovec struct {
	Base *byte
	Len  uint32
}

// Msghdr is struct user_msghdr (include/linux/socket.h), the message header
// of [Sendmsg] and [Recvmsg]: Name/Namelen the peer address, Iov/Iovlen the
// data buffers, Control/Controllen the ancillary data, and Flags the MSG_*
// flags the kernel reports on receive. Iovlen and Controllen are 32-bit
// size_t values here (uint64 on the 64-bit architectures), and the
// structure has no padding: 28 bytes.
type Msghdr struct {
	Name       *byte
	Namelen    uint32
	Iov        *Iovec
	Iovlen     uint32
	Control    *byte
	Controllen uint32
	Flags      int32
}

// Mmsghdr is struct mmsghdr (include/linux/socket.h), one element of the
// vectors of [Sendmmsg] and [Recvmmsg]: a message header and the number of
// bytes the kernel sent or received for it; 32 bytes here.
type Mmsghdr struct {
	Hdr Msghdr
	Len uint32
}

// SetLen sets v.Len to n, converted to the field's type (uint32 here),
// so that code that fills an Iovec builds on every architecture.
func (v *Iovec) SetLen(n int) { v.Len = uint32(n) }

// SetIovlen sets m.Iovlen to n, converted to the field's type (uint32
// here).
func (m *Msghdr) SetIovlen(n int) { m.Iovlen = uint32(n) }

// SetControllen sets m.Controllen to n, converted to the field's type
// (uint32 here).
func (m *Msghdr) SetControllen(n int) { m.Controllen = uint32(n) }

// Preadv is preadv(2): [Readv] at file offset offset, leaving the file
// position alone; it returns the total count read. The kernel takes the
// offset as two longs, pos_l and pos_h (fs/read_write.c pos_from_hilo):
// on 32-bit Linux the low and the high 32 bits, in that order on every
// architecture and with no pair alignment. It blocks like [Read].
func Preadv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PREADV, fd, uintptr(iov), iovcnt, uintptr(offset), uintptr(offset>>32), 0)
}

// Pwritev is pwritev(2): [Writev] at file offset offset, leaving the file
// position alone; it returns the total count written. The offset is passed
// as for [Preadv]. It blocks like [Write].
func Pwritev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV, fd, uintptr(iov), iovcnt, uintptr(offset), uintptr(offset>>32), 0)
}

// Preadv2 is preadv2(2): [Preadv] with RWF_* flags (RWF_NOWAIT makes it
// fail with EAGAIN rather than wait for I/O); offset -1 reads at the file
// position and advances it. It returns the total count read and blocks
// like [Read] unless RWF_NOWAIT is given. The offset is passed as for
// [Preadv], so the call has six argument words.
func Preadv2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PREADV2, fd, uintptr(iov), iovcnt, uintptr(offset), uintptr(offset>>32), flags)
}

// Pwritev2 is pwritev2(2): [Pwritev] with RWF_* flags; offset -1 writes at
// the file position and advances it. It returns the total count written
// and blocks like [Write] unless RWF_NOWAIT is given. The offset is passed
// as for [Preadv].
func Pwritev2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV2, fd, uintptr(iov), iovcnt, uintptr(offset), uintptr(offset>>32), flags)
}

// Pread is pread64(2): it reads up to len(buf) bytes from fd at offset,
// without moving the file offset, and returns the count, 0 at end of file.
// Regular files do not block in the scheduler's sense, but the read may
// wait for the disk; on pipes and sockets it fails with ESPIPE. The offset
// takes the fifth and sixth argument words on arm, mips and mipsle (the
// fourth is unused) and the fourth and fifth on 386.
func Pread(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	if hiFirst {
		n, errno = Syscall6(SYS_PREAD64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(offset>>32), uintptr(offset))
	} else if evenPairs {
		n, errno = Syscall6(SYS_PREAD64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(offset), uintptr(offset>>32))
	} else {
		n, errno = Syscall6(SYS_PREAD64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), uintptr(offset>>32), 0)
	}
	return
}

// Pwrite is pwrite64(2): it writes up to len(buf) bytes to fd at offset,
// without moving the file offset, and returns the count written. Like
// [Pread], it may wait for the disk, and the offset is passed as for Pread.
func Pwrite(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	if hiFirst {
		n, errno = Syscall6(SYS_PWRITE64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(offset>>32), uintptr(offset))
	} else if evenPairs {
		n, errno = Syscall6(SYS_PWRITE64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(offset), uintptr(offset>>32))
	} else {
		n, errno = Syscall6(SYS_PWRITE64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), uintptr(offset>>32), 0)
	}
	return
}

// Ftruncate is ftruncate64(2): it sets the size of the file fd to length.
// It does not block in the scheduler's sense, though shrinking a large
// file may take a while. The length takes the third and fourth argument
// words on arm, mips and mipsle (the second is unused) and the second and
// third on 386.
func Ftruncate(fd uintptr, length int64) (errno uintptr) {
	if hiFirst {
		_, errno = Syscall4(SYS_FTRUNCATE, fd, 0, uintptr(length>>32), uintptr(length))
	} else if evenPairs {
		_, errno = Syscall4(SYS_FTRUNCATE, fd, 0, uintptr(length), uintptr(length>>32))
	} else {
		_, errno = syscall3(SYS_FTRUNCATE, fd, uintptr(length), uintptr(length>>32))
	}
	return errno
}

// Fallocate is fallocate(2): it allocates (mode 0), or with
// [FALLOC_FL_PUNCH_HOLE]|[FALLOC_FL_KEEP_SIZE] deallocates, the byte range
// [offset, offset+length) of fd. Like [Ftruncate], it may take a while on
// large ranges but does not wait for events. On tmpfs (a memfd among them)
// the kernel stops it with EINTR when a signal is pending, and the runtime's
// preemption signal can be: repeat the call on EINTR. offset and length
// take two argument words each, the third to sixth, on every 32-bit
// architecture: both pairs start at an even word.
func Fallocate(fd, mode uintptr, offset, length int64) (errno uintptr) {
	if hiFirst {
		_, errno = Syscall6(SYS_FALLOCATE, fd, mode, uintptr(offset>>32), uintptr(offset), uintptr(length>>32), uintptr(length))
	} else {
		_, errno = Syscall6(SYS_FALLOCATE, fd, mode, uintptr(offset), uintptr(offset>>32), uintptr(length), uintptr(length>>32))
	}
	return errno
}
