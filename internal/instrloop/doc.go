//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

// Package instrloop holds the loops that scripts/instrcount.sh runs under
// callgrind to count the user-space instructions of one system call made
// through zcall and through the standard library, and of every raw Linux
// wrapper against the same call through its trampoline, and the limits the
// counts must meet. The loops live in test files, so the comparison with
// golang.org/x/sys/unix stays a test-only dependency; `go test` checks that
// every loop makes the call it claims and gets the errno it expects, and
// that every exported wrapper of package zcall has a loop.
package instrloop
