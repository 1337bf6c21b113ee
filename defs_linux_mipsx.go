//go:build linux && (mips || mipsle)

package zcall

import "runtime"

// What zcall defines differently for linux/mips and linux/mipsle: system
// call numbers, the values and structure layouts that are not the same on
// every Linux architecture. What the four 32-bit Linux architectures share
// (the split of 64-bit arguments, Mmap as mmap2, Iovec and Msghdr) is in
// ilp32_linux.go; the rest of the Linux API is in the *_linux.go files.

// System call numbers of the o32 ABI: the numbers of
// arch/mips/kernel/syscalls/syscall_o32.tbl plus 4000 (the same on both
// byte orders). Where a call has a 64-bit-offset or 64-bit-time variant on
// 32-bit Linux, the name holds the number of that variant, so that each
// name takes the same arguments as on the 64-bit architectures: SYS_FSTAT
// is fstat64 (into [Stat_t], struct stat64), SYS_MMAP mmap2 (an offset in
// 4096-byte units), SYS_FTRUNCATE ftruncate64, SYS_SENDFILE sendfile64 (a
// 64-bit *offset), and SYS_FUTEX, SYS_RECVMMSG, SYS_TIMERFD_SETTIME and
// SYS_TIMERFD_GETTIME their _time64 variants, which take the 64-bit
// [Timespec].
const (
	SYS_READ              = 4003
	SYS_WRITE             = 4004
	SYS_CLOSE             = 4006
	SYS_IOCTL             = 4054
	SYS_FCNTL             = 4055
	SYS_MUNMAP            = 4091
	SYS_MPROTECT          = 4125
	SYS_READV             = 4145
	SYS_WRITEV            = 4146
	SYS_SCHED_YIELD       = 4162
	SYS_ACCEPT            = 4168
	SYS_BIND              = 4169
	SYS_CONNECT           = 4170
	SYS_GETPEERNAME       = 4171
	SYS_GETSOCKNAME       = 4172
	SYS_GETSOCKOPT        = 4173
	SYS_LISTEN            = 4174
	SYS_RECVFROM          = 4176
	SYS_RECVMSG           = 4177
	SYS_SENDMSG           = 4179
	SYS_SENDTO            = 4180
	SYS_SETSOCKOPT        = 4181
	SYS_SHUTDOWN          = 4182
	SYS_SOCKET            = 4183
	SYS_SOCKETPAIR        = 4184
	SYS_PREAD64           = 4200
	SYS_PWRITE64          = 4201
	SYS_MMAP              = 4210
	SYS_FTRUNCATE         = 4212
	SYS_FSTAT             = 4215
	SYS_MADVISE           = 4218
	SYS_GETTID            = 4222
	SYS_SENDFILE          = 4237
	SYS_EPOLL_CTL         = 4249
	SYS_TGKILL            = 4266
	SYS_OPENAT            = 4288
	SYS_SPLICE            = 4304
	SYS_TEE               = 4306
	SYS_VMSPLICE          = 4307
	SYS_EPOLL_PWAIT       = 4313
	SYS_FALLOCATE         = 4320
	SYS_TIMERFD_CREATE    = 4321
	SYS_SIGNALFD4         = 4324
	SYS_EVENTFD2          = 4325
	SYS_EPOLL_CREATE1     = 4326
	SYS_PIPE2             = 4328
	SYS_PREADV            = 4330
	SYS_PWRITEV           = 4331
	SYS_ACCEPT4           = 4334
	SYS_PRLIMIT64         = 4338
	SYS_SENDMMSG          = 4343
	SYS_GETRANDOM         = 4353
	SYS_MEMFD_CREATE      = 4354
	SYS_COPY_FILE_RANGE   = 4360
	SYS_PREADV2           = 4361
	SYS_PWRITEV2          = 4362
	SYS_TIMERFD_GETTIME   = 4410
	SYS_TIMERFD_SETTIME   = 4411
	SYS_RECVMMSG          = 4417
	SYS_FUTEX             = 4422
	SYS_PIDFD_SEND_SIGNAL = 4424
	SYS_IO_URING_SETUP    = 4425
	SYS_IO_URING_ENTER    = 4426
	SYS_IO_URING_REGISTER = 4427
	SYS_PIDFD_OPEN        = 4434
	SYS_PIDFD_GETFD       = 4438
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT

// evenPairs is true: o32 passes a 64-bit argument in an even/odd pair of
// argument words, so one that would start at an odd word moves to the next
// even one and leaves a word unused (see ilp32_linux.go).
const evenPairs = true

// hiFirst is true on big-endian mips, false on mipsle: o32 passes a 64-bit
// argument's two words in memory order, the high word first on mips
// (see ilp32_linux.go).
const hiFirst = runtime.GOARCH == "mips"

// oSync is [O_SYNC] (arch/mips/include/uapi/asm/fcntl.h: __O_SYNC|O_DSYNC).
const oSync = 0x4010

// SO_REUSEPORT lets several sockets bind one address and port
// (arch/mips/include/uapi/asm/socket.h).
const SO_REUSEPORT = 0x200

// SizeofSigset is the size in bytes of the kernel's sigset_t, the size
// that every call taking a signal mask and its size ([Signalfd4],
// [EpollPwaitBlocking], [IoUringEnter], ...) requires: on mips and mipsle
// _NSIG is 128 (arch/mips/include/uapi/asm/signal.h), so 16 bytes; the
// kernel answers EINVAL for any other size.
const SizeofSigset = 16

// EpollEvent is struct epoll_event (include/uapi/linux/eventpoll.h): 16
// bytes, the 64-bit data word at offset 8, where o32 aligns it. Fd and Pad
// are the two halves of that word in memory order, as in x/sys/unix; the
// kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	_      int32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat64 for the mips o32 ABI
// (arch/mips/include/uapi/asm/stat.h), as filled by [Fstat] (fstat64):
// 32-bit device numbers and timestamps (seconds and nanoseconds, as in the
// kernel header), 64-bit inode number, size and block count. The kernel
// fills the first 104 bytes; the 56 after them are the spare words of the C
// library's struct stat64, which x/sys/unix's Stat_t has too.
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
	Atime     int32
	AtimeNsec int32
	Mtime     int32
	MtimeNsec int32
	Ctime     int32
	CtimeNsec int32
	Blksize   int32
	_         uint32
	Blocks    int64
	_         [14]int32
}
