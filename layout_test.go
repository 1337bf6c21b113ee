//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// The kernel structures' layouts must equal golang.org/x/sys/unix's on every
// target. unsafe.Sizeof and unsafe.Offsetof are constants of type uintptr,
// and a negative uintptr constant is a compile error, so each pair a-b, b-a
// below builds only when a == b; the per-target go vet checks all of them.
// Field types are checked by the api test.
const (
	_ = unsafe.Sizeof(zcall.Iovec{}) - unsafe.Sizeof(unix.Iovec{}) + (unsafe.Sizeof(unix.Iovec{}) - unsafe.Sizeof(zcall.Iovec{}))
	_ = unsafe.Alignof(zcall.Iovec{}) - unsafe.Alignof(unix.Iovec{}) + (unsafe.Alignof(unix.Iovec{}) - unsafe.Alignof(zcall.Iovec{}))
	_ = unsafe.Offsetof(zcall.Iovec{}.Base) - unsafe.Offsetof(unix.Iovec{}.Base) + (unsafe.Offsetof(unix.Iovec{}.Base) - unsafe.Offsetof(zcall.Iovec{}.Base))
	_ = unsafe.Offsetof(zcall.Iovec{}.Len) - unsafe.Offsetof(unix.Iovec{}.Len) + (unsafe.Offsetof(unix.Iovec{}.Len) - unsafe.Offsetof(zcall.Iovec{}.Len))

	_ = unsafe.Sizeof(zcall.Timespec{}) - unsafe.Sizeof(unix.Timespec{}) + (unsafe.Sizeof(unix.Timespec{}) - unsafe.Sizeof(zcall.Timespec{}))
	_ = unsafe.Alignof(zcall.Timespec{}) - unsafe.Alignof(unix.Timespec{}) + (unsafe.Alignof(unix.Timespec{}) - unsafe.Alignof(zcall.Timespec{}))
	_ = unsafe.Offsetof(zcall.Timespec{}.Sec) - unsafe.Offsetof(unix.Timespec{}.Sec) + (unsafe.Offsetof(unix.Timespec{}.Sec) - unsafe.Offsetof(zcall.Timespec{}.Sec))
	_ = unsafe.Offsetof(zcall.Timespec{}.Nsec) - unsafe.Offsetof(unix.Timespec{}.Nsec) + (unsafe.Offsetof(unix.Timespec{}.Nsec) - unsafe.Offsetof(zcall.Timespec{}.Nsec))
)

// The same structures convert to x/sys/unix's: a conversion between struct
// types compiles only when their fields have identical names and types in
// the same order.
var (
	_ = unix.Iovec(zcall.Iovec{})
	_ = unix.Timespec(zcall.Timespec{})
)
