//go:build mips64 || mips64le

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// On mips64, x/sys/unix's Stat_t is glibc's layout, which it fills by
// converting from the kernel's (its unexported stat_t); zcall's Stat_t is
// the kernel's (arch/mips/include/uapi/asm/stat.h). Up to Size both agree
// and are checked against x/sys/unix; the 32-bit timestamps, Blksize and
// Blocks are checked against the kernel header's offsets. TestFstat
// compares every field's value with unix.Fstat.
var (
	st  zcall.Stat_t
	ust unix.Stat_t
)

const (
	_ uintptr = unsafe.Offsetof(st.Dev) - unsafe.Offsetof(ust.Dev)
	_ uintptr = unsafe.Offsetof(ust.Dev) - unsafe.Offsetof(st.Dev)
	_ uintptr = unsafe.Sizeof(st.Dev) - unsafe.Sizeof(ust.Dev)
	_ uintptr = unsafe.Sizeof(ust.Dev) - unsafe.Sizeof(st.Dev)
	_ uintptr = unsafe.Offsetof(st.Ino) - unsafe.Offsetof(ust.Ino)
	_ uintptr = unsafe.Offsetof(ust.Ino) - unsafe.Offsetof(st.Ino)
	_ uintptr = unsafe.Sizeof(st.Ino) - unsafe.Sizeof(ust.Ino)
	_ uintptr = unsafe.Sizeof(ust.Ino) - unsafe.Sizeof(st.Ino)
	_ uintptr = unsafe.Offsetof(st.Mode) - unsafe.Offsetof(ust.Mode)
	_ uintptr = unsafe.Offsetof(ust.Mode) - unsafe.Offsetof(st.Mode)
	_ uintptr = unsafe.Sizeof(st.Mode) - unsafe.Sizeof(ust.Mode)
	_ uintptr = unsafe.Sizeof(ust.Mode) - unsafe.Sizeof(st.Mode)
	_ uintptr = unsafe.Offsetof(st.Nlink) - unsafe.Offsetof(ust.Nlink)
	_ uintptr = unsafe.Offsetof(ust.Nlink) - unsafe.Offsetof(st.Nlink)
	_ uintptr = unsafe.Sizeof(st.Nlink) - unsafe.Sizeof(ust.Nlink)
	_ uintptr = unsafe.Sizeof(ust.Nlink) - unsafe.Sizeof(st.Nlink)
	_ uintptr = unsafe.Offsetof(st.Uid) - unsafe.Offsetof(ust.Uid)
	_ uintptr = unsafe.Offsetof(ust.Uid) - unsafe.Offsetof(st.Uid)
	_ uintptr = unsafe.Sizeof(st.Uid) - unsafe.Sizeof(ust.Uid)
	_ uintptr = unsafe.Sizeof(ust.Uid) - unsafe.Sizeof(st.Uid)
	_ uintptr = unsafe.Offsetof(st.Gid) - unsafe.Offsetof(ust.Gid)
	_ uintptr = unsafe.Offsetof(ust.Gid) - unsafe.Offsetof(st.Gid)
	_ uintptr = unsafe.Sizeof(st.Gid) - unsafe.Sizeof(ust.Gid)
	_ uintptr = unsafe.Sizeof(ust.Gid) - unsafe.Sizeof(st.Gid)
	_ uintptr = unsafe.Offsetof(st.Rdev) - unsafe.Offsetof(ust.Rdev)
	_ uintptr = unsafe.Offsetof(ust.Rdev) - unsafe.Offsetof(st.Rdev)
	_ uintptr = unsafe.Sizeof(st.Rdev) - unsafe.Sizeof(ust.Rdev)
	_ uintptr = unsafe.Sizeof(ust.Rdev) - unsafe.Sizeof(st.Rdev)
	_ uintptr = unsafe.Offsetof(st.Size) - unsafe.Offsetof(ust.Size)
	_ uintptr = unsafe.Offsetof(ust.Size) - unsafe.Offsetof(st.Size)
	_ uintptr = unsafe.Sizeof(st.Size) - unsafe.Sizeof(ust.Size)
	_ uintptr = unsafe.Sizeof(ust.Size) - unsafe.Sizeof(st.Size)
	_ uintptr = unsafe.Offsetof(st.Atime) - 64
	_ uintptr = 64 - unsafe.Offsetof(st.Atime)
	_ uintptr = unsafe.Sizeof(st.Atime) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.Atime)
	_ uintptr = unsafe.Offsetof(st.AtimeNsec) - 68
	_ uintptr = 68 - unsafe.Offsetof(st.AtimeNsec)
	_ uintptr = unsafe.Sizeof(st.AtimeNsec) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.AtimeNsec)
	_ uintptr = unsafe.Offsetof(st.Mtime) - 72
	_ uintptr = 72 - unsafe.Offsetof(st.Mtime)
	_ uintptr = unsafe.Sizeof(st.Mtime) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.Mtime)
	_ uintptr = unsafe.Offsetof(st.MtimeNsec) - 76
	_ uintptr = 76 - unsafe.Offsetof(st.MtimeNsec)
	_ uintptr = unsafe.Sizeof(st.MtimeNsec) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.MtimeNsec)
	_ uintptr = unsafe.Offsetof(st.Ctime) - 80
	_ uintptr = 80 - unsafe.Offsetof(st.Ctime)
	_ uintptr = unsafe.Sizeof(st.Ctime) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.Ctime)
	_ uintptr = unsafe.Offsetof(st.CtimeNsec) - 84
	_ uintptr = 84 - unsafe.Offsetof(st.CtimeNsec)
	_ uintptr = unsafe.Sizeof(st.CtimeNsec) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.CtimeNsec)
	_ uintptr = unsafe.Offsetof(st.Blksize) - 88
	_ uintptr = 88 - unsafe.Offsetof(st.Blksize)
	_ uintptr = unsafe.Sizeof(st.Blksize) - 4
	_ uintptr = 4 - unsafe.Sizeof(st.Blksize)
	_ uintptr = unsafe.Offsetof(st.Blocks) - 96
	_ uintptr = 96 - unsafe.Offsetof(st.Blocks)
	_ uintptr = unsafe.Sizeof(st.Blocks) - 8
	_ uintptr = 8 - unsafe.Sizeof(st.Blocks)
	_ uintptr = unsafe.Sizeof(st) - 104
	_ uintptr = 104 - unsafe.Sizeof(st)
)
