//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// System call numbers. Each takes its value from the standard library's
// syscall package where it defines the name, or cites the kernel header.
const (
	SYS_CLOSE = syscall.SYS_CLOSE
	SYS_READ  = syscall.SYS_READ
	SYS_WRITE = syscall.SYS_WRITE
)
