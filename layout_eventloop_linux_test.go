//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Compile-time checks against x/sys/unix, for the target being built (go
// vet compiles them for every target). Each pair "_ uint64 = a - b" and
// "_ uint64 = b - a" only compiles when a == b: a negative constant
// overflows an unsigned type.

// System call numbers.
const (
	_ uint64 = zcall.SYS_EPOLL_CREATE1 - unix.SYS_EPOLL_CREATE1
	_ uint64 = unix.SYS_EPOLL_CREATE1 - zcall.SYS_EPOLL_CREATE1
	_ uint64 = zcall.SYS_EPOLL_CTL - unix.SYS_EPOLL_CTL
	_ uint64 = unix.SYS_EPOLL_CTL - zcall.SYS_EPOLL_CTL
	_ uint64 = zcall.SYS_EPOLL_PWAIT - unix.SYS_EPOLL_PWAIT
	_ uint64 = unix.SYS_EPOLL_PWAIT - zcall.SYS_EPOLL_PWAIT
	_ uint64 = zcall.SYS_FUTEX - unix.SYS_FUTEX
	_ uint64 = unix.SYS_FUTEX - zcall.SYS_FUTEX
	_ uint64 = zcall.SYS_GETRANDOM - unix.SYS_GETRANDOM
	_ uint64 = unix.SYS_GETRANDOM - zcall.SYS_GETRANDOM
	_ uint64 = zcall.SYS_FCNTL - unix.SYS_FCNTL
	_ uint64 = unix.SYS_FCNTL - zcall.SYS_FCNTL
	_ uint64 = zcall.SYS_IOCTL - unix.SYS_IOCTL
	_ uint64 = unix.SYS_IOCTL - zcall.SYS_IOCTL
	_ uint64 = zcall.SYS_PREAD64 - unix.SYS_PREAD64
	_ uint64 = unix.SYS_PREAD64 - zcall.SYS_PREAD64
	_ uint64 = zcall.SYS_PWRITE64 - unix.SYS_PWRITE64
	_ uint64 = unix.SYS_PWRITE64 - zcall.SYS_PWRITE64
	_ uint64 = zcall.SYS_OPENAT - unix.SYS_OPENAT
	_ uint64 = unix.SYS_OPENAT - zcall.SYS_OPENAT
	_ uint64 = zcall.SYS_FALLOCATE - unix.SYS_FALLOCATE
	_ uint64 = unix.SYS_FALLOCATE - zcall.SYS_FALLOCATE
	_ uint64 = zcall.SYS_SENDFILE - unix.SYS_SENDFILE
	_ uint64 = unix.SYS_SENDFILE - zcall.SYS_SENDFILE
	_ uint64 = zcall.SYS_COPY_FILE_RANGE - unix.SYS_COPY_FILE_RANGE
	_ uint64 = unix.SYS_COPY_FILE_RANGE - zcall.SYS_COPY_FILE_RANGE
	_ uint64 = zcall.SYS_MADVISE - unix.SYS_MADVISE
	_ uint64 = unix.SYS_MADVISE - zcall.SYS_MADVISE
	_ uint64 = zcall.SYS_MPROTECT - unix.SYS_MPROTECT
	_ uint64 = unix.SYS_MPROTECT - zcall.SYS_MPROTECT
	_ uint64 = zcall.SYS_SCHED_YIELD - unix.SYS_SCHED_YIELD
	_ uint64 = unix.SYS_SCHED_YIELD - zcall.SYS_SCHED_YIELD
	_ uint64 = zcall.SYS_GETTID - unix.SYS_GETTID
	_ uint64 = unix.SYS_GETTID - zcall.SYS_GETTID
	_ uint64 = zcall.SYS_TGKILL - unix.SYS_TGKILL
	_ uint64 = unix.SYS_TGKILL - zcall.SYS_TGKILL
)

// Constants that x/sys/unix defines (it has no FUTEX_* names; the futex
// tests exercise those against the kernel).
const (
	_ uint64 = zcall.EPOLL_CLOEXEC - unix.EPOLL_CLOEXEC
	_ uint64 = unix.EPOLL_CLOEXEC - zcall.EPOLL_CLOEXEC
	_ uint64 = zcall.EPOLL_CTL_ADD - unix.EPOLL_CTL_ADD
	_ uint64 = unix.EPOLL_CTL_ADD - zcall.EPOLL_CTL_ADD
	_ uint64 = zcall.EPOLL_CTL_DEL - unix.EPOLL_CTL_DEL
	_ uint64 = unix.EPOLL_CTL_DEL - zcall.EPOLL_CTL_DEL
	_ uint64 = zcall.EPOLL_CTL_MOD - unix.EPOLL_CTL_MOD
	_ uint64 = unix.EPOLL_CTL_MOD - zcall.EPOLL_CTL_MOD
	_ uint64 = zcall.EPOLLIN - unix.EPOLLIN
	_ uint64 = unix.EPOLLIN - zcall.EPOLLIN
	_ uint64 = zcall.EPOLLPRI - unix.EPOLLPRI
	_ uint64 = unix.EPOLLPRI - zcall.EPOLLPRI
	_ uint64 = zcall.EPOLLOUT - unix.EPOLLOUT
	_ uint64 = unix.EPOLLOUT - zcall.EPOLLOUT
	_ uint64 = zcall.EPOLLERR - unix.EPOLLERR
	_ uint64 = unix.EPOLLERR - zcall.EPOLLERR
	_ uint64 = zcall.EPOLLHUP - unix.EPOLLHUP
	_ uint64 = unix.EPOLLHUP - zcall.EPOLLHUP
	_ uint64 = zcall.EPOLLRDHUP - unix.EPOLLRDHUP
	_ uint64 = unix.EPOLLRDHUP - zcall.EPOLLRDHUP
	_ uint64 = zcall.EPOLLEXCLUSIVE - unix.EPOLLEXCLUSIVE
	_ uint64 = unix.EPOLLEXCLUSIVE - zcall.EPOLLEXCLUSIVE
	_ uint64 = zcall.EPOLLWAKEUP - unix.EPOLLWAKEUP
	_ uint64 = unix.EPOLLWAKEUP - zcall.EPOLLWAKEUP
	_ uint64 = zcall.EPOLLONESHOT - unix.EPOLLONESHOT
	_ uint64 = unix.EPOLLONESHOT - zcall.EPOLLONESHOT
	_ uint64 = zcall.EPOLLET - unix.EPOLLET
	_ uint64 = unix.EPOLLET - zcall.EPOLLET
	_ uint64 = zcall.GRND_NONBLOCK - unix.GRND_NONBLOCK
	_ uint64 = unix.GRND_NONBLOCK - zcall.GRND_NONBLOCK
	_ uint64 = zcall.GRND_RANDOM - unix.GRND_RANDOM
	_ uint64 = unix.GRND_RANDOM - zcall.GRND_RANDOM
	_ uint64 = zcall.GRND_INSECURE - unix.GRND_INSECURE
	_ uint64 = unix.GRND_INSECURE - zcall.GRND_INSECURE
	_ uint64 = zcall.F_GETFD - unix.F_GETFD
	_ uint64 = unix.F_GETFD - zcall.F_GETFD
	_ uint64 = zcall.F_SETFD - unix.F_SETFD
	_ uint64 = unix.F_SETFD - zcall.F_SETFD
	_ uint64 = zcall.F_GETFL - unix.F_GETFL
	_ uint64 = unix.F_GETFL - zcall.F_GETFL
	_ uint64 = zcall.F_SETFL - unix.F_SETFL
	_ uint64 = unix.F_SETFL - zcall.F_SETFL
	_ uint64 = zcall.F_DUPFD_CLOEXEC - unix.F_DUPFD_CLOEXEC
	_ uint64 = unix.F_DUPFD_CLOEXEC - zcall.F_DUPFD_CLOEXEC
	_ uint64 = zcall.FD_CLOEXEC - unix.FD_CLOEXEC
	_ uint64 = unix.FD_CLOEXEC - zcall.FD_CLOEXEC
	_ uint64 = uint64(zcall.AT_FDCWD) - (1<<64 + unix.AT_FDCWD)
	_ uint64 = (1<<64 + unix.AT_FDCWD) - uint64(zcall.AT_FDCWD)
	_ uint64 = zcall.AT_SYMLINK_NOFOLLOW - unix.AT_SYMLINK_NOFOLLOW
	_ uint64 = unix.AT_SYMLINK_NOFOLLOW - zcall.AT_SYMLINK_NOFOLLOW
	_ uint64 = zcall.AT_NO_AUTOMOUNT - unix.AT_NO_AUTOMOUNT
	_ uint64 = unix.AT_NO_AUTOMOUNT - zcall.AT_NO_AUTOMOUNT
	_ uint64 = zcall.AT_EMPTY_PATH - unix.AT_EMPTY_PATH
	_ uint64 = unix.AT_EMPTY_PATH - zcall.AT_EMPTY_PATH
	_ uint64 = zcall.FALLOC_FL_KEEP_SIZE - unix.FALLOC_FL_KEEP_SIZE
	_ uint64 = unix.FALLOC_FL_KEEP_SIZE - zcall.FALLOC_FL_KEEP_SIZE
	_ uint64 = zcall.FALLOC_FL_PUNCH_HOLE - unix.FALLOC_FL_PUNCH_HOLE
	_ uint64 = unix.FALLOC_FL_PUNCH_HOLE - zcall.FALLOC_FL_PUNCH_HOLE
	_ uint64 = zcall.FALLOC_FL_ZERO_RANGE - unix.FALLOC_FL_ZERO_RANGE
	_ uint64 = unix.FALLOC_FL_ZERO_RANGE - zcall.FALLOC_FL_ZERO_RANGE
	_ uint64 = zcall.MADV_NORMAL - unix.MADV_NORMAL
	_ uint64 = unix.MADV_NORMAL - zcall.MADV_NORMAL
	_ uint64 = zcall.MADV_RANDOM - unix.MADV_RANDOM
	_ uint64 = unix.MADV_RANDOM - zcall.MADV_RANDOM
	_ uint64 = zcall.MADV_SEQUENTIAL - unix.MADV_SEQUENTIAL
	_ uint64 = unix.MADV_SEQUENTIAL - zcall.MADV_SEQUENTIAL
	_ uint64 = zcall.MADV_WILLNEED - unix.MADV_WILLNEED
	_ uint64 = unix.MADV_WILLNEED - zcall.MADV_WILLNEED
	_ uint64 = zcall.MADV_DONTNEED - unix.MADV_DONTNEED
	_ uint64 = unix.MADV_DONTNEED - zcall.MADV_DONTNEED
	_ uint64 = zcall.MADV_FREE - unix.MADV_FREE
	_ uint64 = unix.MADV_FREE - zcall.MADV_FREE
	_ uint64 = zcall.MADV_HUGEPAGE - unix.MADV_HUGEPAGE
	_ uint64 = unix.MADV_HUGEPAGE - zcall.MADV_HUGEPAGE
	_ uint64 = zcall.MADV_NOHUGEPAGE - unix.MADV_NOHUGEPAGE
	_ uint64 = unix.MADV_NOHUGEPAGE - zcall.MADV_NOHUGEPAGE
)

// EpollEvent: size and every field's offset and size.
var (
	ev  zcall.EpollEvent
	uev unix.EpollEvent
)

const (
	_ uintptr = unsafe.Sizeof(ev) - unsafe.Sizeof(uev)
	_ uintptr = unsafe.Sizeof(uev) - unsafe.Sizeof(ev)
	_ uintptr = unsafe.Offsetof(ev.Events) - unsafe.Offsetof(uev.Events)
	_ uintptr = unsafe.Offsetof(uev.Events) - unsafe.Offsetof(ev.Events)
	_ uintptr = unsafe.Sizeof(ev.Events) - unsafe.Sizeof(uev.Events)
	_ uintptr = unsafe.Sizeof(uev.Events) - unsafe.Sizeof(ev.Events)
	_ uintptr = unsafe.Offsetof(ev.Fd) - unsafe.Offsetof(uev.Fd)
	_ uintptr = unsafe.Offsetof(uev.Fd) - unsafe.Offsetof(ev.Fd)
	_ uintptr = unsafe.Sizeof(ev.Fd) - unsafe.Sizeof(uev.Fd)
	_ uintptr = unsafe.Sizeof(uev.Fd) - unsafe.Sizeof(ev.Fd)
	_ uintptr = unsafe.Offsetof(ev.Pad) - unsafe.Offsetof(uev.Pad)
	_ uintptr = unsafe.Offsetof(uev.Pad) - unsafe.Offsetof(ev.Pad)
	_ uintptr = unsafe.Sizeof(ev.Pad) - unsafe.Sizeof(uev.Pad)
	_ uintptr = unsafe.Sizeof(uev.Pad) - unsafe.Sizeof(ev.Pad)
)
