//go:build arm64

package zcall

import "syscall"

// The published SYS_KQUEUE and SYS_KEVENT of darwin are defined elsewhere;
// Kqueue and Kevent use these unexported copies.
const (
	sysKqueue = syscall.SYS_KQUEUE
	sysKevent = syscall.SYS_KEVENT
)
