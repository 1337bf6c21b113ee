package zcall

// What zcall defines differently for linux/386: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. What the four 32-bit Linux architectures share (the split
// of 64-bit arguments, Mmap as mmap2, Iovec and Msghdr) is in
// ilp32_linux.go; the rest of the Linux API is in the *_linux.go files.

// System call numbers, from arch/x86/entry/syscalls/syscall_32.tbl. Where
// a call has a 64-bit-offset or 64-bit-time variant on 32-bit Linux, the
// name holds the number of that variant, so that each name takes the same
// arguments as on the 64-bit architectures: SYS_FSTAT is fstat64 (into
// [Stat_t], struct stat64), SYS_MMAP mmap2 (an offset in 4096-byte units),
// SYS_FTRUNCATE ftruncate64, SYS_SENDFILE sendfile64 (a 64-bit *offset),
// and SYS_FUTEX, SYS_RECVMMSG, SYS_TIMERFD_SETTIME and SYS_TIMERFD_GETTIME
// their _time64 variants, which take the 64-bit [Timespec].
//
// The socket calls are the direct ones that i386 has had since Linux 4.3
// (socket, bind, connect, accept4, sendto, recvfrom, ...), not the
// multiplexed socketcall(2) that older kernels need: zcall does not support
// kernels before 4.3 on linux/386. i386 has no direct accept: SYS_ACCEPT is
// accept4, which with flags 0 is accept.
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
	SYS_MADVISE           = 219
	SYS_GETTID            = 224
	SYS_SENDFILE          = 239
	SYS_EPOLL_CTL         = 255
	SYS_TGKILL            = 270
	SYS_OPENAT            = 295
	SYS_SPLICE            = 313
	SYS_TEE               = 315
	SYS_VMSPLICE          = 316
	SYS_EPOLL_PWAIT       = 319
	SYS_TIMERFD_CREATE    = 322
	SYS_FALLOCATE         = 324
	SYS_SIGNALFD4         = 327
	SYS_EVENTFD2          = 328
	SYS_EPOLL_CREATE1     = 329
	SYS_PIPE2             = 331
	SYS_PREADV            = 333
	SYS_PWRITEV           = 334
	SYS_PRLIMIT64         = 340
	SYS_SENDMMSG          = 345
	SYS_GETRANDOM         = 355
	SYS_MEMFD_CREATE      = 356
	SYS_SOCKET            = 359
	SYS_SOCKETPAIR        = 360
	SYS_BIND              = 361
	SYS_CONNECT           = 362
	SYS_LISTEN            = 363
	SYS_ACCEPT4           = 364
	SYS_GETSOCKOPT        = 365
	SYS_SETSOCKOPT        = 366
	SYS_GETSOCKNAME       = 367
	SYS_GETPEERNAME       = 368
	SYS_SENDTO            = 369
	SYS_SENDMSG           = 370
	SYS_RECVFROM          = 371
	SYS_RECVMSG           = 372
	SYS_SHUTDOWN          = 373
	SYS_COPY_FILE_RANGE   = 377
	SYS_PREADV2           = 378
	SYS_PWRITEV2          = 379
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

	// SYS_ACCEPT is accept4 (see above). A raw call with it passes its
	// fourth argument as accept4's flags.
	SYS_ACCEPT = SYS_ACCEPT4
)

// sysAccept is the call behind [Accept]: accept4 with flags 0.
const sysAccept = SYS_ACCEPT4

// evenPairs is false: i386 passes a 64-bit argument in the next two
// argument words, wherever they fall (see ilp32_linux.go).
const evenPairs = false

// hiFirst is false: the low word of a 64-bit argument comes first, as it
// lies in memory (see ilp32_linux.go).
const hiFirst = false

// oSync is [O_SYNC], __O_SYNC|O_DSYNC (include/uapi/asm-generic/fcntl.h).
const oSync = 0x101000

// SO_REUSEPORT lets several sockets bind one address and port
// (include/uapi/asm-generic/socket.h, which x86 uses).
const SO_REUSEPORT = 15

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: _NSIG is 64 here, so
// 8 bytes (16 on the mips architectures); the kernel answers
// EINVAL for any other size.
const SizeofSigset = 8

// EpollEvent is struct epoll_event (include/uapi/linux/eventpoll.h): on
// i386 a 64-bit member is 4-byte aligned, so it is 12 bytes with the 64-bit
// data word at offset 4, as on amd64. Fd and Pad are the two halves of that
// word, as in x/sys/unix; the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat64 for i386
// (arch/x86/include/uapi/asm/stat.h), as filled by [Fstat] (fstat64): 64-bit
// device numbers, size, block count and inode number, 32-bit timestamps
// (seconds and nanoseconds, as in the kernel header). The inode number is
// the last field; the 32-bit word at offset 12 holds its low half only.
type Stat_t struct {
	Dev       uint64
	_         [4]byte
	_         uint32
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint64
	_         [4]byte
	Size      int64
	Blksize   int32
	Blocks    int64
	Atime     int32
	AtimeNsec int32
	Mtime     int32
	MtimeNsec int32
	Ctime     int32
	CtimeNsec int32
	Ino       uint64
}
