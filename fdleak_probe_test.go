//go:build (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"fmt"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// openFDs lists the open descriptors by asking fcntl(F_GETFD) about every
// number below the soft RLIMIT_NOFILE (at most 65536): darwin and FreeBSD
// have no /proc/self/fd, and FreeBSD's /dev/fd shows only 0-2 unless
// fdescfs is mounted.
func openFDs(t testing.TB) map[int]bool {
	t.Helper()
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		t.Fatalf("fd hygiene: getrlimit: %v", err)
	}
	limit := int(min(rl.Cur, 1<<16))
	fds := make(map[int]bool)
	for fd := range limit {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
			fds[fd] = true
		}
	}
	return fds
}

// fdTarget names the type of file an open descriptor refers to.
func fdTarget(fd int) string {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return "?"
	}
	switch uint32(st.Mode) & syscall.S_IFMT {
	case syscall.S_IFSOCK:
		return "socket"
	case syscall.S_IFIFO:
		return "pipe"
	case syscall.S_IFREG:
		return "file"
	case syscall.S_IFDIR:
		return "directory"
	case syscall.S_IFCHR:
		return "character device"
	}
	return fmt.Sprintf("mode %#o", st.Mode)
}
