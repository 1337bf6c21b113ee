//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"errors"
	"io/fs"
	"syscall"
	"testing"

	"code.hybscloud.com/zcall"
)

var _ error = zcall.Errno(0)

// TestErrnoMatchesSyscall compares every error number's text and
// classification with syscall.Errno's.
func TestErrnoMatchesSyscall(t *testing.T) {
	for e := uintptr(1); e < 200; e++ {
		z, s := zcall.Errno(e), syscall.Errno(e)
		if z.Error() != s.Error() {
			t.Errorf("Errno(%d).Error() = %q, syscall says %q", e, z.Error(), s.Error())
		}
		if z.Temporary() != s.Temporary() || z.Timeout() != s.Timeout() {
			t.Errorf("Errno(%d) Temporary/Timeout = %v/%v, syscall says %v/%v", e, z.Temporary(), z.Timeout(), s.Temporary(), s.Timeout())
		}
		for _, target := range []error{fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, errors.ErrUnsupported} {
			if errors.Is(z, target) != errors.Is(s, target) {
				t.Errorf("errors.Is(Errno(%d), %v) = %v, syscall says %v", e, target, errors.Is(z, target), errors.Is(s, target))
			}
		}
		if !errors.Is(z, s) || !errors.Is(z, zcall.Errno(e)) {
			t.Errorf("Errno(%d) does not match itself as syscall.Errno or Errno", e)
		}
		if errors.Is(z, syscall.Errno(e+1)) || errors.Is(z, zcall.Errno(e+1)) {
			t.Errorf("Errno(%d) matches errno %d", e, e+1)
		}
	}
}

func TestErrnoIs(t *testing.T) {
	tests := []struct {
		err    zcall.Errno
		target error
		want   bool
	}{
		{zcall.ENOENT, fs.ErrNotExist, true},
		{zcall.EEXIST, fs.ErrExist, true},
		{zcall.EACCES, fs.ErrPermission, true},
		{zcall.EPERM, fs.ErrPermission, true},
		{zcall.ENOENT, fs.ErrExist, false},
		{zcall.EBADF, syscall.EBADF, true},
		{zcall.EBADF, syscall.EINVAL, false},
		{zcall.EAGAIN, zcall.EWOULDBLOCK, true},
	}
	for _, tt := range tests {
		if got := errors.Is(tt.err, tt.target); got != tt.want {
			t.Errorf("errors.Is(%v, %v) = %v, want %v", tt.err, tt.target, got, tt.want)
		}
	}
	if !zcall.EAGAIN.Timeout() || !zcall.EINTR.Temporary() || zcall.EBADF.Temporary() {
		t.Error("EAGAIN.Timeout, EINTR.Temporary or !EBADF.Temporary does not hold")
	}
}
