package zcall

// Kernel structures passed by pointer to the wrappers, laid out as the
// kernel reads them on 64-bit Linux. The layout tests check every size and
// field offset against golang.org/x/sys/unix on each architecture.

// Iovec is struct iovec (include/uapi/linux/uio.h): one buffer of a vector
// passed to [Readv], [Writev], [Preadv], [Pwritev], [Vmsplice] and in
// [Msghdr]. Base points to the buffer and Len is its length in bytes.
type Iovec struct {
	Base *byte
	Len  uint64
}

// Msghdr is struct user_msghdr (include/linux/socket.h), the message header
// of [Sendmsg] and [Recvmsg]: Name/Namelen the peer address, Iov/Iovlen the
// data buffers, Control/Controllen the ancillary data, and Flags the MSG_*
// flags the kernel reports on receive.
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

// Timespec is struct __kernel_timespec (include/uapi/linux/time_types.h):
// seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Itimerspec is struct __kernel_itimerspec
// (include/uapi/linux/time_types.h), the timer setting of [TimerfdSettime]
// and [TimerfdGettime]: Value is the time until the next expiration (zero
// disarms) and Interval the period after it (zero for a one-shot timer).
type Itimerspec struct {
	Interval Timespec
	Value    Timespec
}
