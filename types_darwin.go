package zcall

// Kernel structures passed by pointer to the wrappers, laid out as XNU
// reads them on amd64 and arm64: both are LP64 with 8-byte aligned 64-bit
// integers, so every size and offset is the same on the two. The layout
// tests check every size and field offset against golang.org/x/sys/unix
// for each.

// Iovec is struct iovec (bsd/sys/_types/_iovec_t.h): one buffer of a vector
// passed to [Readv], [Writev], [Preadv], [Pwritev] and in a msghdr. Base
// points to the buffer and Len is its length in bytes.
type Iovec struct {
	Base *byte
	Len  uint64
}

// Timespec is struct timespec (bsd/sys/_types/_timespec.h): seconds and
// nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Kevent_t is darwin's struct kevent (sys/event.h, __DARWIN_64_BIT_INO_T
// layout on amd64 and arm64): 32 bytes.
type Kevent_t struct {
	Ident  uint64
	Filter int16
	Flags  uint16
	Fflags uint32
	Data   int64
	Udata  *byte
}

// SetLen sets v.Len to n, converted to the field's type, so that code that
// fills an Iovec builds on every target (Len is 32 bits on 32-bit Linux).
func (v *Iovec) SetLen(n int) { v.Len = uint64(n) }
