//go:build darwin || freebsd

package zcall_test

import (
	"syscall"
	"testing"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// The kqueue wrappers' signatures, checked by the compiler.
var (
	_ func() (uintptr, uintptr)                                                            = zcall.Kqueue
	_ func(uintptr, []zcall.Kevent_t, []zcall.Kevent_t) (uintptr, uintptr)                 = zcall.Kevent
	_ func(uintptr, []zcall.Kevent_t, []zcall.Kevent_t, unsafe.Pointer) (uintptr, uintptr) = zcall.KeventBlocking
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
