//go:build amd64 || arm64

package zcall

import "syscall"

// kqueue's numbers on FreeBSD. syscall.SYS_KEVENT is 363, the FreeBSD 11
// kevent with the old, smaller struct kevent; FreeBSD 12 and later number
// the current one 560 (sys/kern/syscalls.master), which Kevent_t matches.
// kqueue_bsd_test.go checks both against x/sys/unix at compile time.
const (
	SYS_KQUEUE = syscall.SYS_KQUEUE
	SYS_KEVENT = 560
)
