//go:build arm64

package zcall

import "syscall"

// System call numbers, from the standard library's syscall package.
const (
	SYS_CLOSE = syscall.SYS_CLOSE
	SYS_READ  = syscall.SYS_READ
	SYS_WRITE = syscall.SYS_WRITE
)
