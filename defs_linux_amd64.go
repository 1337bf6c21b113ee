package zcall

// What zcall defines differently for linux/amd64: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers, from arch/x86/entry/syscalls/syscall_64.tbl.
const (
	SYS_READ              = 0
	SYS_WRITE             = 1
	SYS_CLOSE             = 3
	SYS_FSTAT             = 5
	SYS_MMAP              = 9
	SYS_MPROTECT          = 10
	SYS_MUNMAP            = 11
	SYS_IOCTL             = 16
	SYS_PREAD64           = 17
	SYS_PWRITE64          = 18
	SYS_READV             = 19
	SYS_WRITEV            = 20
	SYS_SCHED_YIELD       = 24
	SYS_MADVISE           = 28
	SYS_SENDFILE          = 40
	SYS_SOCKET            = 41
	SYS_CONNECT           = 42
	SYS_ACCEPT            = 43
	SYS_SENDTO            = 44
	SYS_RECVFROM          = 45
	SYS_SENDMSG           = 46
	SYS_RECVMSG           = 47
	SYS_SHUTDOWN          = 48
	SYS_BIND              = 49
	SYS_LISTEN            = 50
	SYS_GETSOCKNAME       = 51
	SYS_GETPEERNAME       = 52
	SYS_SOCKETPAIR        = 53
	SYS_SETSOCKOPT        = 54
	SYS_GETSOCKOPT        = 55
	SYS_FCNTL             = 72
	SYS_FTRUNCATE         = 77
	SYS_GETTID            = 186
	SYS_FUTEX             = 202
	SYS_EPOLL_CTL         = 233
	SYS_TGKILL            = 234
	SYS_OPENAT            = 257
	SYS_SPLICE            = 275
	SYS_TEE               = 276
	SYS_VMSPLICE          = 278
	SYS_EPOLL_PWAIT       = 281
	SYS_TIMERFD_CREATE    = 283
	SYS_FALLOCATE         = 285
	SYS_TIMERFD_SETTIME   = 286
	SYS_TIMERFD_GETTIME   = 287
	SYS_ACCEPT4           = 288
	SYS_SIGNALFD4         = 289
	SYS_EVENTFD2          = 290
	SYS_EPOLL_CREATE1     = 291
	SYS_PIPE2             = 293
	SYS_PREADV            = 295
	SYS_PWRITEV           = 296
	SYS_RECVMMSG          = 299
	SYS_PRLIMIT64         = 302
	SYS_SENDMMSG          = 307
	SYS_GETRANDOM         = 318
	SYS_MEMFD_CREATE      = 319
	SYS_COPY_FILE_RANGE   = 326
	SYS_PREADV2           = 327
	SYS_PWRITEV2          = 328
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
// (include/uapi/asm-generic/socket.h, which x86 uses).
const SO_REUSEPORT = 15

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: _NSIG is 64 here, so
// 8 bytes (16 on the mips architectures); the kernel answers EINVAL for any
// other size.
const SizeofSigset = 8

// EpollEvent is struct epoll_event. On amd64 the kernel declares it packed
// (include/uapi/linux/eventpoll.h, EPOLL_PACKED): 12 bytes, the 64-bit data
// word at offset 4. Fd and Pad are the two halves of that word, as in
// x/sys/unix; the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat for linux/amd64
// (arch/x86/include/uapi/asm/stat.h), as filled by [Fstat]. The timestamps
// are split into seconds and nanoseconds as in the kernel header.
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
	_         [3]int64
}
