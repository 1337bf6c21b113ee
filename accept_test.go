//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import "code.hybscloud.com/zcall"

// sysAcceptRef is the reference call for zcall.Accept.
const sysAcceptRef = zcall.SYS_ACCEPT
