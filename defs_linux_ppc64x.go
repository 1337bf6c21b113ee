//go:build linux && (ppc64 || ppc64le)

package zcall

// What zcall defines differently for linux/ppc64 and linux/ppc64le: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers, from arch/powerpc/kernel/syscalls/syscall.tbl (the
// same on both byte orders).
const (
	SYS_READ              = 3
	SYS_WRITE             = 4
	SYS_CLOSE             = 6
	SYS_IOCTL             = 54
	SYS_FCNTL             = 55
	SYS_MMAP              = 90
	SYS_MUNMAP            = 91
	SYS_FTRUNCATE         = 93
	SYS_FSTAT             = 108
	SYS_MPROTECT          = 125
	SYS_READV             = 145
	SYS_WRITEV            = 146
	SYS_SCHED_YIELD       = 158
	SYS_PREAD64           = 179
	SYS_PWRITE64          = 180
	SYS_SENDFILE          = 186
	SYS_MADVISE           = 205
	SYS_GETTID            = 207
	SYS_FUTEX             = 221
	SYS_EPOLL_CTL         = 237
	SYS_TGKILL            = 250
	SYS_SPLICE            = 283
	SYS_TEE               = 284
	SYS_VMSPLICE          = 285
	SYS_OPENAT            = 286
	SYS_EPOLL_PWAIT       = 303
	SYS_TIMERFD_CREATE    = 306
	SYS_FALLOCATE         = 309
	SYS_TIMERFD_SETTIME   = 311
	SYS_TIMERFD_GETTIME   = 312
	SYS_SIGNALFD4         = 313
	SYS_EVENTFD2          = 314
	SYS_EPOLL_CREATE1     = 315
	SYS_PIPE2             = 317
	SYS_PREADV            = 320
	SYS_PWRITEV           = 321
	SYS_PRLIMIT64         = 325
	SYS_SOCKET            = 326
	SYS_BIND              = 327
	SYS_CONNECT           = 328
	SYS_LISTEN            = 329
	SYS_ACCEPT            = 330
	SYS_GETSOCKNAME       = 331
	SYS_GETPEERNAME       = 332
	SYS_SOCKETPAIR        = 333
	SYS_SENDTO            = 335
	SYS_RECVFROM          = 337
	SYS_SHUTDOWN          = 338
	SYS_SETSOCKOPT        = 339
	SYS_GETSOCKOPT        = 340
	SYS_SENDMSG           = 341
	SYS_RECVMSG           = 342
	SYS_RECVMMSG          = 343
	SYS_ACCEPT4           = 344
	SYS_SENDMMSG          = 349
	SYS_GETRANDOM         = 359
	SYS_MEMFD_CREATE      = 360
	SYS_COPY_FILE_RANGE   = 379
	SYS_PREADV2           = 380
	SYS_PWRITEV2          = 381
	SYS_PIDFD_SEND_SIGNAL = 424
	SYS_IO_URING_SETUP    = 425
	SYS_IO_URING_ENTER    = 426
	SYS_IO_URING_REGISTER = 427
	SYS_PIDFD_OPEN        = 434
	SYS_PIDFD_GETFD       = 438
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT

// SO_REUSEPORT lets several sockets bind one address and port
// (include/uapi/asm-generic/socket.h, which powerpc's socket.h includes).
const SO_REUSEPORT = 15

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: _NSIG is 64 here, so
// 8 bytes (16 on the mips architectures); the kernel answers EINVAL for any
// other size.
const SizeofSigset = 8

// EpollEvent is struct epoll_event (include/uapi/linux/eventpoll.h): 16
// bytes, the 64-bit data word at offset 8 (only amd64 packs it into 12).
// Fd and Pad are the two halves of that word in memory order, as in
// x/sys/unix; the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	_      int32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat for linux/ppc64 and linux/ppc64le
// (arch/powerpc/include/uapi/asm/stat.h, the __powerpc64__ layout), as
// filled by [Fstat]. The timestamps are split into seconds and nanoseconds
// as in the kernel header.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	_         int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	_         [3]uint64
}
