//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

// Package nopring is a minimal io_uring, set up and mapped through zcall,
// that submits NOP requests one at a time. The benchmarks and zcallbench use
// it to time io_uring_enter; it exists on Linux only.
package nopring
