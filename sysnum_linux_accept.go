//go:build linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64)

package zcall

import "syscall"

// SYS_ACCEPT is accept(2), which every Linux architecture zcall supports has
// except s390x (arch/s390/kernel/syscalls/syscall.tbl lists accept4 only).
const SYS_ACCEPT = syscall.SYS_ACCEPT

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT
