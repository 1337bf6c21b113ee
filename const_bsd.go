//go:build darwin || freebsd

package zcall

import "syscall"

// kevent filters, flags and filter flags, from the syscall package (which
// takes them from sys/event.h of each OS); EVFILT_USER differs between
// FreeBSD (-11) and darwin (-10). The tests check every one against
// x/sys/unix.
const (
	EVFILT_READ  = syscall.EVFILT_READ
	EVFILT_WRITE = syscall.EVFILT_WRITE
	EVFILT_USER  = syscall.EVFILT_USER

	EV_ADD     = syscall.EV_ADD
	EV_DELETE  = syscall.EV_DELETE
	EV_ENABLE  = syscall.EV_ENABLE
	EV_DISABLE = syscall.EV_DISABLE
	EV_ONESHOT = syscall.EV_ONESHOT
	EV_CLEAR   = syscall.EV_CLEAR
	EV_EOF     = syscall.EV_EOF
	EV_ERROR   = syscall.EV_ERROR

	NOTE_TRIGGER = syscall.NOTE_TRIGGER
)
