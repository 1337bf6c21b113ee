package zcall

// Kernel structures passed by pointer to the wrappers, laid out as FreeBSD
// reads them on amd64 and arm64. The layout tests check every size and field offset
// against golang.org/x/sys/unix.

// Iovec is struct iovec (sys/sys/_iovec.h): one buffer of a vector passed to
// [Readv], [Writev], [Preadv], [Pwritev] and in a msghdr. Base points to the
// buffer and Len is its length in bytes.
type Iovec struct {
	Base *byte
	Len  uint64
}

// Timespec is struct timespec (sys/sys/_timespec.h): seconds and
// nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Kevent_t is struct kevent of FreeBSD 12 and later (sys/sys/event.h), the
// layout of kevent system call 560: 64 bytes on amd64 and arm64.
type Kevent_t struct {
	Ident  uint64
	Filter int16
	Flags  uint16
	Fflags uint32
	Data   int64
	Udata  *byte
	Ext    [4]uint64
}

// SetLen sets v.Len to n, converted to the field's type, so that code that
// fills an Iovec builds on every target (Len is 32 bits on 32-bit Linux).
func (v *Iovec) SetLen(n int) { v.Len = uint64(n) }
