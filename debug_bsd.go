//go:build (darwin || freebsd) && zcalldebug

package zcall

import "syscall"

// debugNames names the system calls a zcalldebug report is most likely to
// be about: zcall's own and the common calls that can wait.
var debugNames = map[uintptr]string{
	SYS_READ:             "read",
	SYS_WRITE:            "write",
	SYS_CLOSE:            "close",
	SYS_KQUEUE:           "kqueue",
	SYS_KEVENT:           "kevent",
	syscall.SYS_ACCEPT:   "accept",
	syscall.SYS_CONNECT:  "connect",
	syscall.SYS_RECVFROM: "recvfrom",
	syscall.SYS_RECVMSG:  "recvmsg",
	syscall.SYS_SENDTO:   "sendto",
	syscall.SYS_SENDMSG:  "sendmsg",
	syscall.SYS_READV:    "readv",
	syscall.SYS_WRITEV:   "writev",
	syscall.SYS_POLL:     "poll",
	syscall.SYS_SELECT:   "select",
	syscall.SYS_WAIT4:    "wait4",
	syscall.SYS_FSYNC:    "fsync",
	syscall.SYS_MMAP:     "mmap",
	syscall.SYS_MUNMAP:   "munmap",
}
