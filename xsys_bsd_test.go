//go:build darwin || freebsd

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Compile-time checks against x/sys/unix (go vet compiles them for each
// BSD target): each pair only compiles when both sides are equal.
const (
	_ int64 = zcall.EVFILT_READ - unix.EVFILT_READ
	_ int64 = unix.EVFILT_READ - zcall.EVFILT_READ
	_ int64 = zcall.EVFILT_WRITE - unix.EVFILT_WRITE
	_ int64 = unix.EVFILT_WRITE - zcall.EVFILT_WRITE
	_ int64 = zcall.EVFILT_USER - unix.EVFILT_USER
	_ int64 = unix.EVFILT_USER - zcall.EVFILT_USER
	_ int64 = zcall.EV_ADD - unix.EV_ADD
	_ int64 = unix.EV_ADD - zcall.EV_ADD
	_ int64 = zcall.EV_DELETE - unix.EV_DELETE
	_ int64 = unix.EV_DELETE - zcall.EV_DELETE
	_ int64 = zcall.EV_ENABLE - unix.EV_ENABLE
	_ int64 = unix.EV_ENABLE - zcall.EV_ENABLE
	_ int64 = zcall.EV_DISABLE - unix.EV_DISABLE
	_ int64 = unix.EV_DISABLE - zcall.EV_DISABLE
	_ int64 = zcall.EV_ONESHOT - unix.EV_ONESHOT
	_ int64 = unix.EV_ONESHOT - zcall.EV_ONESHOT
	_ int64 = zcall.EV_CLEAR - unix.EV_CLEAR
	_ int64 = unix.EV_CLEAR - zcall.EV_CLEAR
	_ int64 = zcall.EV_EOF - unix.EV_EOF
	_ int64 = unix.EV_EOF - zcall.EV_EOF
	_ int64 = zcall.EV_ERROR - unix.EV_ERROR
	_ int64 = unix.EV_ERROR - zcall.EV_ERROR
	_ int64 = zcall.NOTE_TRIGGER - unix.NOTE_TRIGGER
	_ int64 = unix.NOTE_TRIGGER - zcall.NOTE_TRIGGER
)

var (
	kev  zcall.Kevent_t
	ukev unix.Kevent_t
)

const (
	_ uintptr = unsafe.Sizeof(kev) - unsafe.Sizeof(ukev)
	_ uintptr = unsafe.Sizeof(ukev) - unsafe.Sizeof(kev)
	_ uintptr = unsafe.Offsetof(kev.Ident) - unsafe.Offsetof(ukev.Ident)
	_ uintptr = unsafe.Offsetof(ukev.Ident) - unsafe.Offsetof(kev.Ident)
	_ uintptr = unsafe.Sizeof(kev.Ident) - unsafe.Sizeof(ukev.Ident)
	_ uintptr = unsafe.Sizeof(ukev.Ident) - unsafe.Sizeof(kev.Ident)
	_ uintptr = unsafe.Offsetof(kev.Filter) - unsafe.Offsetof(ukev.Filter)
	_ uintptr = unsafe.Offsetof(ukev.Filter) - unsafe.Offsetof(kev.Filter)
	_ uintptr = unsafe.Sizeof(kev.Filter) - unsafe.Sizeof(ukev.Filter)
	_ uintptr = unsafe.Sizeof(ukev.Filter) - unsafe.Sizeof(kev.Filter)
	_ uintptr = unsafe.Offsetof(kev.Flags) - unsafe.Offsetof(ukev.Flags)
	_ uintptr = unsafe.Offsetof(ukev.Flags) - unsafe.Offsetof(kev.Flags)
	_ uintptr = unsafe.Sizeof(kev.Flags) - unsafe.Sizeof(ukev.Flags)
	_ uintptr = unsafe.Sizeof(ukev.Flags) - unsafe.Sizeof(kev.Flags)
	_ uintptr = unsafe.Offsetof(kev.Fflags) - unsafe.Offsetof(ukev.Fflags)
	_ uintptr = unsafe.Offsetof(ukev.Fflags) - unsafe.Offsetof(kev.Fflags)
	_ uintptr = unsafe.Sizeof(kev.Fflags) - unsafe.Sizeof(ukev.Fflags)
	_ uintptr = unsafe.Sizeof(ukev.Fflags) - unsafe.Sizeof(kev.Fflags)
	_ uintptr = unsafe.Offsetof(kev.Data) - unsafe.Offsetof(ukev.Data)
	_ uintptr = unsafe.Offsetof(ukev.Data) - unsafe.Offsetof(kev.Data)
	_ uintptr = unsafe.Sizeof(kev.Data) - unsafe.Sizeof(ukev.Data)
	_ uintptr = unsafe.Sizeof(ukev.Data) - unsafe.Sizeof(kev.Data)
	_ uintptr = unsafe.Offsetof(kev.Udata) - unsafe.Offsetof(ukev.Udata)
	_ uintptr = unsafe.Offsetof(ukev.Udata) - unsafe.Offsetof(kev.Udata)
	_ uintptr = unsafe.Sizeof(kev.Udata) - unsafe.Sizeof(ukev.Udata)
	_ uintptr = unsafe.Sizeof(ukev.Udata) - unsafe.Sizeof(kev.Udata)
)
