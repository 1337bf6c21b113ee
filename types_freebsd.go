//go:build amd64 || arm64

package zcall

// Kernel structures passed by pointer to the wrappers, laid out as FreeBSD
// reads them on amd64. The layout tests check every size and field offset
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
