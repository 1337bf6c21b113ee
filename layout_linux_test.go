//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Linux-only structures, checked as in layout_test.go. x/sys/unix names
// struct __kernel_itimerspec ItimerSpec.
const (
	_ = unsafe.Sizeof(zcall.Msghdr{}) - unsafe.Sizeof(unix.Msghdr{}) + (unsafe.Sizeof(unix.Msghdr{}) - unsafe.Sizeof(zcall.Msghdr{}))
	_ = unsafe.Alignof(zcall.Msghdr{}) - unsafe.Alignof(unix.Msghdr{}) + (unsafe.Alignof(unix.Msghdr{}) - unsafe.Alignof(zcall.Msghdr{}))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Name) - unsafe.Offsetof(unix.Msghdr{}.Name) + (unsafe.Offsetof(unix.Msghdr{}.Name) - unsafe.Offsetof(zcall.Msghdr{}.Name))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Namelen) - unsafe.Offsetof(unix.Msghdr{}.Namelen) + (unsafe.Offsetof(unix.Msghdr{}.Namelen) - unsafe.Offsetof(zcall.Msghdr{}.Namelen))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Iov) - unsafe.Offsetof(unix.Msghdr{}.Iov) + (unsafe.Offsetof(unix.Msghdr{}.Iov) - unsafe.Offsetof(zcall.Msghdr{}.Iov))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Iovlen) - unsafe.Offsetof(unix.Msghdr{}.Iovlen) + (unsafe.Offsetof(unix.Msghdr{}.Iovlen) - unsafe.Offsetof(zcall.Msghdr{}.Iovlen))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Control) - unsafe.Offsetof(unix.Msghdr{}.Control) + (unsafe.Offsetof(unix.Msghdr{}.Control) - unsafe.Offsetof(zcall.Msghdr{}.Control))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Controllen) - unsafe.Offsetof(unix.Msghdr{}.Controllen) + (unsafe.Offsetof(unix.Msghdr{}.Controllen) - unsafe.Offsetof(zcall.Msghdr{}.Controllen))
	_ = unsafe.Offsetof(zcall.Msghdr{}.Flags) - unsafe.Offsetof(unix.Msghdr{}.Flags) + (unsafe.Offsetof(unix.Msghdr{}.Flags) - unsafe.Offsetof(zcall.Msghdr{}.Flags))

	_ = unsafe.Sizeof(zcall.Mmsghdr{}) - unsafe.Sizeof(unix.Mmsghdr{}) + (unsafe.Sizeof(unix.Mmsghdr{}) - unsafe.Sizeof(zcall.Mmsghdr{}))
	_ = unsafe.Alignof(zcall.Mmsghdr{}) - unsafe.Alignof(unix.Mmsghdr{}) + (unsafe.Alignof(unix.Mmsghdr{}) - unsafe.Alignof(zcall.Mmsghdr{}))
	_ = unsafe.Offsetof(zcall.Mmsghdr{}.Hdr) - unsafe.Offsetof(unix.Mmsghdr{}.Hdr) + (unsafe.Offsetof(unix.Mmsghdr{}.Hdr) - unsafe.Offsetof(zcall.Mmsghdr{}.Hdr))
	_ = unsafe.Offsetof(zcall.Mmsghdr{}.Len) - unsafe.Offsetof(unix.Mmsghdr{}.Len) + (unsafe.Offsetof(unix.Mmsghdr{}.Len) - unsafe.Offsetof(zcall.Mmsghdr{}.Len))

	_ = unsafe.Sizeof(zcall.Itimerspec{}) - unsafe.Sizeof(unix.ItimerSpec{}) + (unsafe.Sizeof(unix.ItimerSpec{}) - unsafe.Sizeof(zcall.Itimerspec{}))
	_ = unsafe.Alignof(zcall.Itimerspec{}) - unsafe.Alignof(unix.ItimerSpec{}) + (unsafe.Alignof(unix.ItimerSpec{}) - unsafe.Alignof(zcall.Itimerspec{}))
	_ = unsafe.Offsetof(zcall.Itimerspec{}.Interval) - unsafe.Offsetof(unix.ItimerSpec{}.Interval) + (unsafe.Offsetof(unix.ItimerSpec{}.Interval) - unsafe.Offsetof(zcall.Itimerspec{}.Interval))
	_ = unsafe.Offsetof(zcall.Itimerspec{}.Value) - unsafe.Offsetof(unix.ItimerSpec{}.Value) + (unsafe.Offsetof(unix.ItimerSpec{}.Value) - unsafe.Offsetof(zcall.Itimerspec{}.Value))
)
