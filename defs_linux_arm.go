package zcall

// What zcall defines differently for linux/arm: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. What the four 32-bit Linux architectures share (the split
// of 64-bit arguments, Mmap as mmap2, Iovec and Msghdr) is in
// ilp32_linux.go; the rest of the Linux API is in the *_linux.go files.

// System call numbers of the EABI, from arch/arm/tools/syscall.tbl. Where
// a call has a 64-bit-offset or 64-bit-time variant on 32-bit Linux, the
// name holds the number of that variant, so that each name takes the same
// arguments as on the 64-bit architectures: SYS_FSTAT is fstat64 (into
// [Stat_t], struct stat64), SYS_MMAP mmap2 (an offset in 4096-byte units;
// the EABI has no mmap), SYS_FTRUNCATE ftruncate64, SYS_SENDFILE sendfile64
// (a 64-bit *offset), and SYS_FUTEX, SYS_RECVMMSG, SYS_TIMERFD_SETTIME and
// SYS_TIMERFD_GETTIME their _time64 variants, which take the 64-bit
// [Timespec].
const (
	SYS_READ              = 3
	SYS_WRITE             = 4
	SYS_CLOSE             = 6
	SYS_IOCTL             = 54
	SYS_FCNTL             = 55
	SYS_MUNMAP            = 91
	SYS_MPROTECT          = 125
	SYS_READV             = 145
	SYS_WRITEV            = 146
	SYS_SCHED_YIELD       = 158
	SYS_PREAD64           = 180
	SYS_PWRITE64          = 181
	SYS_MMAP              = 192
	SYS_FTRUNCATE         = 194
	SYS_FSTAT             = 197
	SYS_MADVISE           = 220
	SYS_GETTID            = 224
	SYS_SENDFILE          = 239
	SYS_EPOLL_CTL         = 251
	SYS_TGKILL            = 268
	SYS_SOCKET            = 281
	SYS_BIND              = 282
	SYS_CONNECT           = 283
	SYS_LISTEN            = 284
	SYS_ACCEPT            = 285
	SYS_GETSOCKNAME       = 286
	SYS_GETPEERNAME       = 287
	SYS_SOCKETPAIR        = 288
	SYS_SENDTO            = 290
	SYS_RECVFROM          = 292
	SYS_SHUTDOWN          = 293
	SYS_SETSOCKOPT        = 294
	SYS_GETSOCKOPT        = 295
	SYS_SENDMSG           = 296
	SYS_RECVMSG           = 297
	SYS_OPENAT            = 322
	SYS_SPLICE            = 340
	SYS_TEE               = 342
	SYS_VMSPLICE          = 343
	SYS_EPOLL_PWAIT       = 346
	SYS_TIMERFD_CREATE    = 350
	SYS_FALLOCATE         = 352
	SYS_SIGNALFD4         = 355
	SYS_EVENTFD2          = 356
	SYS_EPOLL_CREATE1     = 357
	SYS_PIPE2             = 359
	SYS_PREADV            = 361
	SYS_PWRITEV           = 362
	SYS_ACCEPT4           = 366
	SYS_PRLIMIT64         = 369
	SYS_SENDMMSG          = 374
	SYS_GETRANDOM         = 384
	SYS_MEMFD_CREATE      = 385
	SYS_COPY_FILE_RANGE   = 391
	SYS_PREADV2           = 392
	SYS_PWRITEV2          = 393
	SYS_TIMERFD_GETTIME   = 410
	SYS_TIMERFD_SETTIME   = 411
	SYS_RECVMMSG          = 417
	SYS_FUTEX             = 422
	SYS_PIDFD_SEND_SIGNAL = 424
	SYS_IO_URING_SETUP    = 425
	SYS_IO_URING_ENTER    = 426
	SYS_IO_URING_REGISTER = 427
	SYS_PIDFD_OPEN        = 434
	SYS_PIDFD_GETFD       = 438
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT

// evenPairs is true: the EABI passes a 64-bit argument in an even/odd
// register pair, so one that would start at an odd argument word moves to
// the next even one and leaves a word unused (see ilp32_linux.go).
const evenPairs = true

// hiFirst is false: the low word of a 64-bit argument comes first, as it
// lies in memory (see ilp32_linux.go).
const hiFirst = false

// oSync is [O_SYNC], __O_SYNC|O_DSYNC (include/uapi/asm-generic/fcntl.h).
// Go's syscall package has O_SYNC = 0x1000 for linux/arm, the value from
// before Linux 2.6.33, which is O_DSYNC alone.
const oSync = 0x101000

// SO_REUSEPORT lets several sockets bind one address and port
// (include/uapi/asm-generic/socket.h, which arm uses).
const SO_REUSEPORT = 15

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: _NSIG is 64 here, so
// 8 bytes (16 on the mips architectures); the kernel answers
// EINVAL for any other size.
const SizeofSigset = 8

// EpollEvent is struct epoll_event (include/uapi/linux/eventpoll.h): 16
// bytes, the 64-bit data word at offset 8, where the EABI aligns it. Fd and
// Pad are the two halves of that word in memory order, as in x/sys/unix;
// the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	_      int32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat64 for arm
// (arch/arm/include/uapi/asm/stat.h), as filled by [Fstat] (fstat64), with
// the padding the EABI's 8-byte alignment of 64-bit members puts in it:
// 64-bit device numbers, size, block count and inode number, 32-bit
// timestamps (seconds and nanoseconds, as in the kernel header). The inode
// number is the last field; the 32-bit word at offset 12 holds its low half
// only.
type Stat_t struct {
	Dev       uint64
	_         [4]byte
	_         uint32
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint64
	_         [8]byte
	Size      int64
	Blksize   int32
	_         [4]byte
	Blocks    int64
	Atime     int32
	AtimeNsec int32
	Mtime     int32
	MtimeNsec int32
	Ctime     int32
	CtimeNsec int32
	Ino       uint64
}
