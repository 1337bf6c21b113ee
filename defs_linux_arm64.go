package zcall

// What zcall defines differently for linux/arm64: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers, from include/uapi/asm-generic/unistd.h.
const (
	SYS_EVENTFD2          = 19
	SYS_EPOLL_CREATE1     = 20
	SYS_EPOLL_CTL         = 21
	SYS_EPOLL_PWAIT       = 22
	SYS_FCNTL             = 25
	SYS_IOCTL             = 29
	SYS_FTRUNCATE         = 46
	SYS_FALLOCATE         = 47
	SYS_OPENAT            = 56
	SYS_CLOSE             = 57
	SYS_PIPE2             = 59
	SYS_READ              = 63
	SYS_WRITE             = 64
	SYS_READV             = 65
	SYS_WRITEV            = 66
	SYS_PREAD64           = 67
	SYS_PWRITE64          = 68
	SYS_PREADV            = 69
	SYS_PWRITEV           = 70
	SYS_SENDFILE          = 71
	SYS_SIGNALFD4         = 74
	SYS_VMSPLICE          = 75
	SYS_SPLICE            = 76
	SYS_TEE               = 77
	SYS_FSTAT             = 80
	SYS_TIMERFD_CREATE    = 85
	SYS_TIMERFD_SETTIME   = 86
	SYS_TIMERFD_GETTIME   = 87
	SYS_FUTEX             = 98
	SYS_SCHED_YIELD       = 124
	SYS_TGKILL            = 131
	SYS_GETTID            = 178
	SYS_SOCKET            = 198
	SYS_SOCKETPAIR        = 199
	SYS_BIND              = 200
	SYS_LISTEN            = 201
	SYS_ACCEPT            = 202
	SYS_CONNECT           = 203
	SYS_GETSOCKNAME       = 204
	SYS_GETPEERNAME       = 205
	SYS_SENDTO            = 206
	SYS_RECVFROM          = 207
	SYS_SETSOCKOPT        = 208
	SYS_GETSOCKOPT        = 209
	SYS_SHUTDOWN          = 210
	SYS_SENDMSG           = 211
	SYS_RECVMSG           = 212
	SYS_MUNMAP            = 215
	SYS_MMAP              = 222
	SYS_MPROTECT          = 226
	SYS_MADVISE           = 233
	SYS_ACCEPT4           = 242
	SYS_RECVMMSG          = 243
	SYS_PRLIMIT64         = 261
	SYS_SENDMMSG          = 269
	SYS_GETRANDOM         = 278
	SYS_MEMFD_CREATE      = 279
	SYS_COPY_FILE_RANGE   = 285
	SYS_PREADV2           = 286
	SYS_PWRITEV2          = 287
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
// (include/uapi/asm-generic/socket.h).
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

// Stat_t is the kernel's struct stat for the asm-generic architectures
// arm64, loong64 and riscv64 (include/uapi/asm-generic/stat.h), as filled
// by [Fstat]. The timestamps are split into seconds and nanoseconds as in
// the kernel header.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint64
	_         uint64
	Size      int64
	Blksize   int32
	_         int32
	Blocks    int64
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	_         [2]uint32
}
