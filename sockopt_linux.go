//go:build arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// SO_REUSEPORT lets several sockets bind one address and port. Its value
// differs by architecture (15 in asm-generic, 0x200 on mips); syscall has it
// for every Linux architecture but amd64, which const_linux_amd64.go covers.
const SO_REUSEPORT = syscall.SO_REUSEPORT
