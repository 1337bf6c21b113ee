package zcall

import "unsafe"

// What zcall defines differently for linux/s390x: system call numbers,
// the values and structure layouts that are not the same on every Linux
// architecture. The rest of the Linux API is in the *_linux.go files.

// System call numbers, from arch/s390/kernel/syscalls/syscall.tbl.
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
	SYS_PREAD64           = 180
	SYS_PWRITE64          = 181
	SYS_SENDFILE          = 187
	SYS_MADVISE           = 219
	SYS_GETTID            = 236
	SYS_FUTEX             = 238
	SYS_TGKILL            = 241
	SYS_EPOLL_CTL         = 250
	SYS_OPENAT            = 288
	SYS_SPLICE            = 306
	SYS_TEE               = 308
	SYS_VMSPLICE          = 309
	SYS_EPOLL_PWAIT       = 312
	SYS_FALLOCATE         = 314
	SYS_TIMERFD_CREATE    = 319
	SYS_TIMERFD_SETTIME   = 320
	SYS_TIMERFD_GETTIME   = 321
	SYS_SIGNALFD4         = 322
	SYS_EVENTFD2          = 323
	SYS_PIPE2             = 325
	SYS_EPOLL_CREATE1     = 327
	SYS_PREADV            = 328
	SYS_PWRITEV           = 329
	SYS_PRLIMIT64         = 334
	SYS_GETRANDOM         = 349
	SYS_MEMFD_CREATE      = 350
	SYS_RECVMMSG          = 357
	SYS_SENDMMSG          = 358
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
	SYS_COPY_FILE_RANGE   = 375
	SYS_PREADV2           = 376
	SYS_PWRITEV2          = 377
	SYS_PIDFD_SEND_SIGNAL = 424
	SYS_IO_URING_SETUP    = 425
	SYS_IO_URING_ENTER    = 426
	SYS_IO_URING_REGISTER = 427
	SYS_PIDFD_OPEN        = 434
	SYS_PIDFD_GETFD       = 438

	// SYS_ACCEPT is accept4: s390x has no accept(2) of its own (only
	// socketcall's), and accept4 with flags 0 is the same call in the
	// kernel (net/socket.c). A raw call with it passes its fourth argument
	// as accept4's flags.
	SYS_ACCEPT = SYS_ACCEPT4
)

// sysAccept is the call behind [Accept]: accept4 with flags 0.
const sysAccept = SYS_ACCEPT4

// SO_REUSEPORT lets several sockets bind one address and port
// (include/uapi/asm-generic/socket.h, which s390 uses).
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

// Stat_t is the kernel's struct stat for linux/s390x
// (arch/s390/include/uapi/asm/stat.h, the __s390x__ layout), as filled by
// [Fstat]. Unlike most architectures, the timestamps come before Blksize
// and Blocks; they are split into seconds and nanoseconds as in the header.
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
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	Blksize   int64
	Blocks    int64
	_         [3]uint64
}

// Mmap is mmap(2) with a byte offset: it maps length bytes of fd (or
// anonymous memory) and returns the mapping's address. On failure ptr is
// the kernel's failure value (all bits set), which must not be used, and
// errno is set. As on every target (see mmap.go), MAP_POPULATE and
// MAP_LOCKED make the kernel fault in every page inside the raw call, which
// then holds its thread and P: make such a call through
// [BlockingSyscall6] instead.
//
// linux/s390x's mmap takes a single argument, a pointer to the six values
// (struct mmap_arg_struct in arch/s390/kernel/syscall.c); the array lives
// on the caller's stack, which cannot move during the trampoline call.
// Every other target's Mmap is in mmap.go.
func Mmap(addr unsafe.Pointer, length, prot, flags, fd, offset uintptr) (ptr unsafe.Pointer, errno uintptr) {
	// The address is stored into ptr through a *uintptr view of it rather
	// than converted: it points outside the Go heap, and a conversion would
	// draw go vet's unsafeptr warning for no benefit. The array literal in
	// the call and the bare return keep Mmap within the inlining budget.
	*(*uintptr)(unsafe.Pointer(&ptr)), errno = Syscall4(SYS_MMAP,
		uintptr(unsafe.Pointer(&[6]uintptr{uintptr(addr), length, prot, flags, fd, offset})), 0, 0, 0)
	return
}
