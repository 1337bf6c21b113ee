// Package instrloop holds the loops that scripts/instrcount.sh runs under
// callgrind to count the user-space instructions of one system call made
// through zcall and through the standard library. The loops live in a test
// file, so the comparison with golang.org/x/sys/unix stays a test-only
// dependency; `go test` checks that every loop makes the call it claims.
package instrloop
