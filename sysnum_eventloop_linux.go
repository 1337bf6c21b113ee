//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// System call numbers of the event-loop and file calls, from the standard
// library's syscall package, which defines each of them on every Linux
// architecture. The numbers it lacks on some architectures are in
// sysnum_eventloop_<arch>_linux.go.
const (
	SYS_EPOLL_CREATE1 = syscall.SYS_EPOLL_CREATE1
	SYS_EPOLL_CTL     = syscall.SYS_EPOLL_CTL
	SYS_EPOLL_PWAIT   = syscall.SYS_EPOLL_PWAIT
	SYS_FALLOCATE     = syscall.SYS_FALLOCATE
	SYS_FCNTL         = syscall.SYS_FCNTL
	SYS_FUTEX         = syscall.SYS_FUTEX
	SYS_GETTID        = syscall.SYS_GETTID
	SYS_IOCTL         = syscall.SYS_IOCTL
	SYS_MADVISE       = syscall.SYS_MADVISE
	SYS_MPROTECT      = syscall.SYS_MPROTECT
	SYS_OPENAT        = syscall.SYS_OPENAT
	SYS_PREAD64       = syscall.SYS_PREAD64
	SYS_PWRITE64      = syscall.SYS_PWRITE64
	SYS_SCHED_YIELD   = syscall.SYS_SCHED_YIELD
	SYS_SENDFILE      = syscall.SYS_SENDFILE
	SYS_TGKILL        = syscall.SYS_TGKILL
)
