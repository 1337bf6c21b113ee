package zcall

import "syscall"

// Errno is a positive error number as returned in the errno result of the
// trampolines and wrappers. Its values and texts are the platform's own: an
// Errno converts losslessly to and from syscall.Errno.
//
// The zero Errno means success; callers test the raw uintptr against 0 and
// convert only when an error value is wanted, so no error ever holds errno 0
// by accident:
//
//	if errno != 0 {
//		return zcall.Errno(errno)
//	}
type Errno uintptr

// Error returns the platform's text for e, taken from the standard library's
// table (the same text as syscall.Errno(e).Error()).
func (e Errno) Error() string { return syscall.Errno(e).Error() }

// Is reports whether e matches target. It matches a syscall.Errno or Errno of
// the same value, and the portable errors that syscall.Errno matches:
// errors.Is(zcall.ENOENT, fs.ErrNotExist) holds, as do the checks against
// fs.ErrExist, fs.ErrPermission and errors.ErrUnsupported.
func (e Errno) Is(target error) bool {
	switch t := target.(type) {
	case Errno:
		return e == t
	case syscall.Errno:
		return syscall.Errno(e) == t
	}
	return syscall.Errno(e).Is(target)
}

// Temporary reports whether the operation may succeed if retried, as
// syscall.Errno's method of the same name does (EINTR, EMFILE, ENFILE, and
// the Timeout errors).
func (e Errno) Temporary() bool { return syscall.Errno(e).Temporary() }

// Timeout reports whether e means that an operation timed out or would block
// (EAGAIN, EWOULDBLOCK, ETIMEDOUT), as syscall.Errno's method does.
func (e Errno) Timeout() bool { return syscall.Errno(e).Timeout() }
