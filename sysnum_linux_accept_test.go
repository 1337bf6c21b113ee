//go:build linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64)

package zcall_test

import (
	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// SYS_ACCEPT, where the architecture has it, equals x/sys/unix's (the
// expression overflows, and fails to compile, when they differ).
const _ = uint(zcall.SYS_ACCEPT-unix.SYS_ACCEPT) + uint(unix.SYS_ACCEPT-zcall.SYS_ACCEPT)

// sysAcceptRef is the reference call for zcall.Accept.
const sysAcceptRef = zcall.SYS_ACCEPT
