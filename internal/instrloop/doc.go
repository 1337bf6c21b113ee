// Package instrloop holds the loops that scripts/instrcount.sh runs under
// callgrind to count the user-space instructions of one system call made
// through zcall and through the standard library, and of every raw Linux
// wrapper against the same call through its trampoline, and the limits the
// counts must meet. The loops live in test files, so the comparison with
// golang.org/x/sys/unix stays a test-only dependency; `go test` checks that
// every loop makes the call it claims and gets the errno it expects, and
// that every exported wrapper of package zcall has a loop.
package instrloop
