// Package nopring is a minimal io_uring, set up and mapped through zcall,
// that submits NOP requests one at a time. The benchmarks and zcallbench use
// it to time io_uring_enter; it exists on Linux only.
package nopring
