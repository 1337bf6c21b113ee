//go:build zcalldebug

package zcall

import "syscall"

// debugNames names the system calls a zcalldebug report is most likely to
// be about: zcall's own and the common calls that can wait.
var debugNames = map[uintptr]string{
	SYS_READ:                    "read",
	SYS_WRITE:                   "write",
	SYS_CLOSE:                   "close",
	SYS_EPOLL_CREATE1:           "epoll_create1",
	SYS_EPOLL_CTL:               "epoll_ctl",
	SYS_EPOLL_PWAIT:             "epoll_pwait",
	SYS_FALLOCATE:               "fallocate",
	SYS_FCNTL:                   "fcntl",
	SYS_FUTEX:                   "futex",
	SYS_GETRANDOM:               "getrandom",
	SYS_GETTID:                  "gettid",
	SYS_IOCTL:                   "ioctl",
	SYS_MADVISE:                 "madvise",
	SYS_MPROTECT:                "mprotect",
	SYS_OPENAT:                  "openat",
	SYS_PREAD64:                 "pread64",
	SYS_PWRITE64:                "pwrite64",
	SYS_SCHED_YIELD:             "sched_yield",
	SYS_SENDFILE:                "sendfile",
	SYS_COPY_FILE_RANGE:         "copy_file_range",
	SYS_TGKILL:                  "tgkill",
	SYS_FTRUNCATE:               "ftruncate",
	SYS_IO_URING_ENTER:          "io_uring_enter",
	SYS_IO_URING_SETUP:          "io_uring_setup",
	SYS_IO_URING_REGISTER:       "io_uring_register",
	SYS_ACCEPT4:                 "accept4",
	SYS_CONNECT:                 "connect",
	SYS_RECVFROM:                "recvfrom",
	SYS_RECVMSG:                 "recvmsg",
	SYS_SENDTO:                  "sendto",
	SYS_SENDMSG:                 "sendmsg",
	SYS_READV:                   "readv",
	SYS_WRITEV:                  "writev",
	syscall.SYS_PPOLL:           "ppoll",
	syscall.SYS_PSELECT6:        "pselect6",
	syscall.SYS_NANOSLEEP:       "nanosleep",
	syscall.SYS_CLOCK_NANOSLEEP: "clock_nanosleep",
	syscall.SYS_WAIT4:           "wait4",
	syscall.SYS_WAITID:          "waitid",
	syscall.SYS_FSYNC:           "fsync",
	syscall.SYS_FDATASYNC:       "fdatasync",
	SYS_MMAP:                    "mmap",
	SYS_MUNMAP:                  "munmap",
}
