//go:build (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall_test

import (
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

var (
	_ func() (uintptr, uintptr)                                                            = zcall.Kqueue
	_ func(uintptr, []zcall.Kevent_t, []zcall.Kevent_t) (uintptr, uintptr)                 = zcall.Kevent
	_ func(uintptr, []zcall.Kevent_t, []zcall.Kevent_t, unsafe.Pointer) (uintptr, uintptr) = zcall.KeventBlocking
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

// TestKqueue registers a user event, triggers it and reads it back with a
// zero timeout; an empty queue yields no event.
func TestKqueue(t *testing.T) {
	kq, errno := zcall.Kqueue()
	if errno != 0 {
		t.Fatalf("kqueue: errno %d", errno)
	}
	defer syscall.Close(int(kq))
	events := make([]zcall.Kevent_t, 2)
	if n, errno := zcall.Kevent(kq, nil, events); n != 0 || errno != 0 {
		t.Fatalf("kevent on an empty queue = (%d, %d), want (0, 0)", n, errno)
	}
	add := []zcall.Kevent_t{{Ident: 7, Filter: zcall.EVFILT_USER, Flags: zcall.EV_ADD | zcall.EV_CLEAR}}
	if n, errno := zcall.Kevent(kq, add, nil); n != 0 || errno != 0 {
		t.Fatalf("kevent(EV_ADD) = (%d, %d)", n, errno)
	}
	trigger := []zcall.Kevent_t{{Ident: 7, Filter: zcall.EVFILT_USER, Fflags: zcall.NOTE_TRIGGER}}
	n, errno := zcall.Kevent(kq, trigger, events)
	if n != 1 || errno != 0 || events[0].Ident != 7 || events[0].Filter != zcall.EVFILT_USER {
		t.Fatalf("kevent(NOTE_TRIGGER) = (%d, %d) %+v, want the user event", n, errno, events[0])
	}
	if _, errno := zcall.Kevent(^uintptr(0), nil, events); errno != uintptr(syscall.EBADF) {
		t.Errorf("kevent(-1): errno %d, want EBADF", errno)
	}
}
