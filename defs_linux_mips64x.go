//go:build linux && (mips64 || mips64le)

package zcall

// What zcall defines differently for linux/mips64 and linux/mips64le: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers of the n64 ABI: the numbers of
// arch/mips/kernel/syscalls/syscall_n64.tbl plus 5000 (the same on both byte
// orders).
const (
	SYS_READ              = 5000
	SYS_WRITE             = 5001
	SYS_CLOSE             = 5003
	SYS_FSTAT             = 5005
	SYS_MMAP              = 5009
	SYS_MPROTECT          = 5010
	SYS_MUNMAP            = 5011
	SYS_IOCTL             = 5015
	SYS_PREAD64           = 5016
	SYS_PWRITE64          = 5017
	SYS_READV             = 5018
	SYS_WRITEV            = 5019
	SYS_SCHED_YIELD       = 5023
	SYS_MADVISE           = 5027
	SYS_SENDFILE          = 5039
	SYS_SOCKET            = 5040
	SYS_CONNECT           = 5041
	SYS_ACCEPT            = 5042
	SYS_SENDTO            = 5043
	SYS_RECVFROM          = 5044
	SYS_SENDMSG           = 5045
	SYS_RECVMSG           = 5046
	SYS_SHUTDOWN          = 5047
	SYS_BIND              = 5048
	SYS_LISTEN            = 5049
	SYS_GETSOCKNAME       = 5050
	SYS_GETPEERNAME       = 5051
	SYS_SOCKETPAIR        = 5052
	SYS_SETSOCKOPT        = 5053
	SYS_GETSOCKOPT        = 5054
	SYS_FCNTL             = 5070
	SYS_FTRUNCATE         = 5075
	SYS_GETTID            = 5178
	SYS_FUTEX             = 5194
	SYS_EPOLL_CTL         = 5208
	SYS_TGKILL            = 5225
	SYS_OPENAT            = 5247
	SYS_SPLICE            = 5263
	SYS_TEE               = 5265
	SYS_VMSPLICE          = 5266
	SYS_EPOLL_PWAIT       = 5272
	SYS_FALLOCATE         = 5279
	SYS_TIMERFD_CREATE    = 5280
	SYS_TIMERFD_GETTIME   = 5281
	SYS_TIMERFD_SETTIME   = 5282
	SYS_SIGNALFD4         = 5283
	SYS_EVENTFD2          = 5284
	SYS_EPOLL_CREATE1     = 5285
	SYS_PIPE2             = 5287
	SYS_PREADV            = 5289
	SYS_PWRITEV           = 5290
	SYS_ACCEPT4           = 5293
	SYS_RECVMMSG          = 5294
	SYS_PRLIMIT64         = 5297
	SYS_SENDMMSG          = 5302
	SYS_GETRANDOM         = 5313
	SYS_MEMFD_CREATE      = 5314
	SYS_COPY_FILE_RANGE   = 5320
	SYS_PREADV2           = 5321
	SYS_PWRITEV2          = 5322
	SYS_PIDFD_SEND_SIGNAL = 5424
	SYS_IO_URING_SETUP    = 5425
	SYS_IO_URING_ENTER    = 5426
	SYS_IO_URING_REGISTER = 5427
	SYS_PIDFD_OPEN        = 5434
	SYS_PIDFD_GETFD       = 5438
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT

// SO_REUSEPORT lets several sockets bind one address and port
// (arch/mips/include/uapi/asm/socket.h).
const SO_REUSEPORT = 0x200

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: on mips64 and
// mips64le _NSIG is 128 (arch/mips/include/uapi/asm/signal.h), so 16 bytes;
// the kernel answers EINVAL for any other size.
const SizeofSigset = 16

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

// Stat_t is the kernel's struct stat for the mips n64 ABI
// (arch/mips/include/uapi/asm/stat.h, _MIPS_SIM == _MIPS_SIM_ABI64), as
// filled by [Fstat]: 32-bit device numbers and 32-bit timestamps.
//
// This is not x/sys/unix's Stat_t for mips64, which has glibc's layout
// (16-byte timespecs) and is filled by converting from this one; the
// fields up to Size have the same offsets in both, and the test checks the
// rest against the kernel header.
type Stat_t struct {
	Dev       uint32
	_         [3]uint32
	Ino       uint64
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint32
	_         [3]uint32
	Size      int64
	Atime     uint32
	AtimeNsec uint32
	Mtime     uint32
	MtimeNsec uint32
	Ctime     uint32
	CtimeNsec uint32
	Blksize   uint32
	_         uint32
	Blocks    int64
}
