//go:build arm64

package zcall

// Kevent_t is darwin's struct kevent (sys/event.h, __DARWIN_64_BIT_INO_T
// layout on arm64): 32 bytes.
type Kevent_t struct {
	Ident  uint64
	Filter int16
	Flags  uint16
	Fflags uint32
	Data   int64
	Udata  *byte
}
