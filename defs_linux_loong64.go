package zcall

import "unsafe"

// What zcall defines differently for linux/loong64: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers, from include/uapi/asm-generic/unistd.h. SYS_FSTAT
// (__NR3264_fstat) exists on loong64 from Linux 6.11 only; [Fstat] uses
// statx instead (see below).
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

// sysStatx is statx(2), which [Fstat] makes on loong64: kernels before 6.11
// have neither fstat nor newfstatat there (nor has qemu-user 7.2), and
// x/sys/unix and glibc use statx too.
const sysStatx = 291 // include/uapi/asm-generic/unistd.h: #define __NR_statx 291

// statx mask bits and the layout of struct statx (include/uapi/linux/stat.h);
// the test checks the layout against x/sys/unix's Statx_t.
const statxBasicStats = 0x7ff // STATX_BASIC_STATS

type statxTimestamp struct {
	Sec  int64
	Nsec uint32
	_    int32
}

type statx struct {
	Mask           uint32
	Blksize        uint32
	Attributes     uint64
	Nlink          uint32
	Uid            uint32
	Gid            uint32
	Mode           uint16
	_              uint16
	Ino            uint64
	Size           uint64
	Blocks         uint64
	AttributesMask uint64
	Atime          statxTimestamp
	Btime          statxTimestamp
	Ctime          statxTimestamp
	Mtime          statxTimestamp
	RdevMajor      uint32
	RdevMinor      uint32
	DevMajor       uint32
	DevMinor       uint32
	_              [14]uint64
}

// emptyPath is the "" that AT_EMPTY_PATH asks for; a global never moves.
var emptyPath = [1]byte{}

// Fstat is fstat(2), made on loong64 as statx(fd, "",
// AT_EMPTY_PATH|AT_NO_AUTOMOUNT, STATX_BASIC_STATS) and converted to the
// asm-generic Stat_t that fstat fills on arm64 and riscv64 (device numbers
// encoded as glibc's makedev does). It returns statx's errno and does not
// block in the scheduler's sense. Every other Linux target's Fstat is in
// fstat_linux.go.
//
// fstat reads fd as an unsigned int and statx as an int, for which
// AT_FDCWD (-100) means the working directory: a descriptor that is
// negative as an int gives EBADF without a system call, as fstat gives on
// every other arch, rather than the working directory's status.
func Fstat(fd uintptr, st *Stat_t) (errno uintptr) {
	if int32(fd) < 0 {
		return uintptr(EBADF)
	}
	var x statx
	_, errno = Syscall6(sysStatx, fd, uintptr(unsafe.Pointer(&emptyPath)), AT_EMPTY_PATH|AT_NO_AUTOMOUNT, statxBasicStats, uintptr(unsafe.Pointer(&x)), 0)
	if errno != 0 {
		return errno
	}
	*st = Stat_t{
		Dev:       makedev(x.DevMajor, x.DevMinor),
		Ino:       x.Ino,
		Mode:      uint32(x.Mode),
		Nlink:     x.Nlink,
		Uid:       x.Uid,
		Gid:       x.Gid,
		Rdev:      makedev(x.RdevMajor, x.RdevMinor),
		Size:      int64(x.Size),
		Blksize:   int32(x.Blksize),
		Blocks:    int64(x.Blocks),
		Atime:     x.Atime.Sec,
		AtimeNsec: int64(x.Atime.Nsec),
		Mtime:     x.Mtime.Sec,
		MtimeNsec: int64(x.Mtime.Nsec),
		Ctime:     x.Ctime.Sec,
		CtimeNsec: int64(x.Ctime.Nsec),
	}
	return 0
}

// makedev encodes a device number as glibc's makedev and x/sys/unix's
// Mkdev do.
func makedev(major, minor uint32) uint64 {
	return uint64(major&0xfffff000)<<32 | uint64(major&0xfff)<<8 |
		uint64(minor&0xffffff00)<<12 | uint64(minor&0xff)
}
