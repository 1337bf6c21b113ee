//go:build (darwin && arm64) || (freebsd && (amd64 || arm64))

package zcall

import "golang.org/x/sys/unix"

// The numbers Kqueue and Kevent use, against x/sys/unix at compile time
// (go vet compiles this for each BSD target). On FreeBSD they are also the
// exported SYS_KQUEUE and SYS_KEVENT.
const (
	_ uint64 = SYS_KQUEUE - unix.SYS_KQUEUE
	_ uint64 = unix.SYS_KQUEUE - SYS_KQUEUE
	_ uint64 = SYS_KEVENT - unix.SYS_KEVENT
	_ uint64 = unix.SYS_KEVENT - SYS_KEVENT
)
