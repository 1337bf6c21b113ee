//go:build !(386 || arm || mips || mipsle)

package zcall

import (
	"syscall"
	"unsafe"
)

// What the 64-bit Linux architectures share where the 32-bit ones differ
// (those are in ilp32_linux.go): a C long and a pointer are 64 bits, so a
// 64-bit file offset or length is one argument word of the wrappers below,
// and Iovec and Msghdr have 64-bit length fields.

// oLargefile is the flag [Openat] adds: none, as the kernel sets
// O_LARGEFILE itself on 64-bit architectures.
const oLargefile = 0

// oSync is [O_SYNC]: syscall's value.
const oSync = syscall.O_SYNC

// Iovec is struct iovec (include/uapi/linux/uio.h): one buffer of a vector
// passed to [Readv], [Writev], [Preadv], [Pwritev], [Vmsplice] and in
// [Msghdr]. Base points to the buffer and Len is its length in bytes
// (uint32 on 32-bit Linux: set it with [Iovec.SetLen] in portable code).
type Iovec struct {
	Base *byte
	Len  uint64
}

// Msghdr is struct user_msghdr (include/linux/socket.h), the message header
// of [Sendmsg] and [Recvmsg]: Name/Namelen the peer address, Iov/Iovlen the
// data buffers, Control/Controllen the ancillary data, and Flags the MSG_*
// flags the kernel reports on receive. Iovlen and Controllen are uint32
// on 32-bit Linux ([Msghdr.SetIovlen], [Msghdr.SetControllen]).
type Msghdr struct {
	Name       *byte
	Namelen    uint32
	_          [4]byte // alignment of Iov
	Iov        *Iovec
	Iovlen     uint64
	Control    *byte
	Controllen uint64
	Flags      int32
	_          [4]byte // size rounded to 8
}

// Mmsghdr is struct mmsghdr (include/linux/socket.h), one element of the
// vectors of [Sendmmsg] and [Recvmmsg]: a message header and the number of
// bytes the kernel sent or received for it.
type Mmsghdr struct {
	Hdr Msghdr
	Len uint32
	_   [4]byte // size rounded to 8
}

// SetLen sets v.Len to n, converted to the field's type (uint64 here),
// so that code that fills an Iovec builds on every architecture.
func (v *Iovec) SetLen(n int) { v.Len = uint64(n) }

// SetIovlen sets m.Iovlen to n, converted to the field's type (uint64
// here).
func (m *Msghdr) SetIovlen(n int) { m.Iovlen = uint64(n) }

// SetControllen sets m.Controllen to n, converted to the field's type
// (uint64 here).
func (m *Msghdr) SetControllen(n int) { m.Controllen = uint64(n) }

// Preadv is preadv(2): [Readv] at file offset offset, leaving the file
// position alone; it returns the total count read. The kernel takes the
// offset as two longs, pos_l and pos_h (fs/read_write.c pos_from_hilo);
// on 64-bit Linux all of it fits in pos_l and pos_h is 0. It blocks like
// [Read].
func Preadv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PREADV, fd, uintptr(iov), iovcnt, uintptr(offset), 0, 0)
}

// Pwritev is pwritev(2): [Writev] at file offset offset, leaving the file
// position alone; it returns the total count written. The offset is passed
// as for [Preadv]. It blocks like [Write].
func Pwritev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV, fd, uintptr(iov), iovcnt, uintptr(offset), 0, 0)
}

// Preadv2 is preadv2(2): [Preadv] with RWF_* flags (RWF_NOWAIT makes it
// fail with EAGAIN rather than wait for I/O); offset -1 reads at the file
// position and advances it. It returns the total count read and blocks
// like [Read] unless RWF_NOWAIT is given.
func Preadv2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PREADV2, fd, uintptr(iov), iovcnt, uintptr(offset), 0, flags)
}

// Pwritev2 is pwritev2(2): [Pwritev] with RWF_* flags; offset -1 writes at
// the file position and advances it. It returns the total count written
// and blocks like [Write] unless RWF_NOWAIT is given.
func Pwritev2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV2, fd, uintptr(iov), iovcnt, uintptr(offset), 0, flags)
}

// Pread is pread64(2): it reads up to len(buf) bytes from fd at offset,
// without moving the file offset, and returns the count, 0 at end of file.
// Regular files do not block in the scheduler's sense, but the read may
// wait for the disk; on pipes and sockets it fails with ESPIPE.
func Pread(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PREAD64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), 0, 0)
}

// Pwrite is pwrite64(2): it writes up to len(buf) bytes to fd at offset,
// without moving the file offset, and returns the count written. Like
// [Pread], it may wait for the disk.
func Pwrite(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PWRITE64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), 0, 0)
}

// Ftruncate is ftruncate(2): it sets the size of the file fd to length. It
// does not block in the scheduler's sense, though shrinking a large file
// may take a while.
func Ftruncate(fd uintptr, length int64) (errno uintptr) {
	_, errno = syscall3(SYS_FTRUNCATE, fd, uintptr(length), 0)
	return errno
}

// Fallocate is fallocate(2): it allocates (mode 0), or with
// [FALLOC_FL_PUNCH_HOLE]|[FALLOC_FL_KEEP_SIZE] deallocates, the byte range
// [offset, offset+length) of fd. Like [Ftruncate], it may take a while on
// large ranges but does not wait for events. On tmpfs (a memfd among them)
// the kernel stops it with EINTR when a signal is pending, and the runtime's
// preemption signal can be: repeat the call on EINTR.
func Fallocate(fd, mode uintptr, offset, length int64) (errno uintptr) {
	_, errno = Syscall4(SYS_FALLOCATE, fd, mode, uintptr(offset), uintptr(length))
	return errno
}
