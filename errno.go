package zcall

import "syscall"

// Errno is a positive error number as returned in the errno result of the
// trampolines and wrappers. It is the standard library's syscall.Errno under
// another name, on every supported OS: its values and texts are the
// platform's own, and errors.Is, errors.As with a *syscall.Errno target,
// os.IsNotExist, os.IsExist, os.IsPermission and type switches on
// syscall.Errno treat zcall's errors exactly as they treat the standard
// library's. A type assertion err.(zcall.Errno) is the same as
// err.(syscall.Errno).
//
// Its methods are syscall.Errno's: Error returns the platform's text; Is
// matches the portable errors (errors.Is(zcall.ENOENT, fs.ErrNotExist) holds,
// as do the checks against fs.ErrExist, fs.ErrPermission and
// errors.ErrUnsupported); Temporary reports EINTR, EMFILE, ENFILE and the
// Timeout errors; Timeout reports EAGAIN, EWOULDBLOCK and ETIMEDOUT.
//
// The zero Errno means success; callers test the raw uintptr against 0 and
// convert only when an error value is wanted, so no error ever holds errno 0
// by accident:
//
//	if errno != 0 {
//		return zcall.Errno(errno)
//	}
type Errno = syscall.Errno
