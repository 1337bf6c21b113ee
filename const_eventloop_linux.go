//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// Constants of the event-loop and file calls. Values come from the syscall
// package where it defines them with the kernel's value on every Linux
// architecture; the others cite their UAPI header. eventloop_linux_test.go
// checks every one against x/sys/unix where it defines the name.

// epoll_create1(2) flags and epoll_ctl(2) operations.
const (
	EPOLL_CLOEXEC = syscall.EPOLL_CLOEXEC
	EPOLL_CTL_ADD = syscall.EPOLL_CTL_ADD
	EPOLL_CTL_DEL = syscall.EPOLL_CTL_DEL
	EPOLL_CTL_MOD = syscall.EPOLL_CTL_MOD
)

// epoll event bits (include/uapi/linux/eventpoll.h). syscall gives
// EPOLLET as a negative number on amd64; the kernel's value is 1U << 31.
const (
	EPOLLIN        = syscall.EPOLLIN
	EPOLLPRI       = syscall.EPOLLPRI
	EPOLLOUT       = syscall.EPOLLOUT
	EPOLLERR       = syscall.EPOLLERR
	EPOLLHUP       = syscall.EPOLLHUP
	EPOLLRDHUP     = syscall.EPOLLRDHUP
	EPOLLEXCLUSIVE = 0x10000000 // 1U << 28
	EPOLLWAKEUP    = 0x20000000 // 1U << 29
	EPOLLONESHOT   = syscall.EPOLLONESHOT
	EPOLLET        = 0x80000000 // 1U << 31
)

// futex(2) operations and flags (include/uapi/linux/futex.h; x/sys/unix
// does not define them).
const (
	FUTEX_WAIT             = 0
	FUTEX_WAKE             = 1
	FUTEX_WAIT_BITSET      = 9
	FUTEX_WAKE_BITSET      = 10
	FUTEX_PRIVATE_FLAG     = 128
	FUTEX_CLOCK_REALTIME   = 256
	FUTEX_WAIT_PRIVATE     = FUTEX_WAIT | FUTEX_PRIVATE_FLAG
	FUTEX_WAKE_PRIVATE     = FUTEX_WAKE | FUTEX_PRIVATE_FLAG
	FUTEX_BITSET_MATCH_ANY = 0xffffffff
)

// getrandom(2) flags (include/uapi/linux/random.h).
const (
	GRND_NONBLOCK = 0x1
	GRND_RANDOM   = 0x2
	GRND_INSECURE = 0x4
)

// fcntl(2) commands and descriptor flags.
const (
	F_GETFD         = syscall.F_GETFD
	F_SETFD         = syscall.F_SETFD
	F_GETFL         = syscall.F_GETFL
	F_SETFL         = syscall.F_SETFL
	F_DUPFD_CLOEXEC = syscall.F_DUPFD_CLOEXEC
	FD_CLOEXEC      = syscall.FD_CLOEXEC
)

// AT_FDCWD is the dirfd that makes [Openat] resolve a relative path from the
// current directory: -100 (include/uapi/linux/fcntl.h), as a uintptr so that
// it can be passed as is.
const AT_FDCWD = ^uintptr(100 - 1)

// *at(2) flags (include/uapi/linux/fcntl.h).
const (
	AT_SYMLINK_NOFOLLOW = 0x100
	AT_NO_AUTOMOUNT     = 0x800
	AT_EMPTY_PATH       = 0x1000
)

// fallocate(2) modes (include/uapi/linux/falloc.h).
const (
	FALLOC_FL_KEEP_SIZE  = 0x1
	FALLOC_FL_PUNCH_HOLE = 0x2
	FALLOC_FL_ZERO_RANGE = 0x10
)

// madvise(2) advice (include/uapi/asm-generic/mman-common.h, used by every
// architecture here).
const (
	MADV_NORMAL     = syscall.MADV_NORMAL
	MADV_RANDOM     = syscall.MADV_RANDOM
	MADV_SEQUENTIAL = syscall.MADV_SEQUENTIAL
	MADV_WILLNEED   = syscall.MADV_WILLNEED
	MADV_DONTNEED   = syscall.MADV_DONTNEED
	MADV_FREE       = 8
	MADV_HUGEPAGE   = syscall.MADV_HUGEPAGE
	MADV_NOHUGEPAGE = syscall.MADV_NOHUGEPAGE
)
