//go:build (linux && (amd64 || arm64 || riscv64 || loong64)) || (darwin && arm64) || (freebsd && amd64)

// Package nopring is a minimal io_uring, set up and mapped through zcall,
// that submits NOP requests one at a time. The benchmarks and zcallbench use
// it to time io_uring_enter; it exists on Linux only.
package nopring
