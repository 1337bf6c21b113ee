//go:build amd64 || arm64 || loong64 || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Stat_t against x/sys/unix's Stat_t, which has the kernel's layout on
// these architectures: size, and every field's offset and size. zcall
// splits each timestamp into seconds and nanoseconds, so Atime and
// AtimeNsec sit where Atim.Sec and Atim.Nsec do. (mips64 is checked in
// layout_stat_mips64x_linux_test.go.)
var (
	st  zcall.Stat_t
	ust unix.Stat_t
)

const (
	_ uintptr = unsafe.Sizeof(st) - unsafe.Sizeof(ust)
	_ uintptr = unsafe.Sizeof(ust) - unsafe.Sizeof(st)
	_ uintptr = unsafe.Offsetof(st.Dev) - unsafe.Offsetof(ust.Dev)
	_ uintptr = unsafe.Offsetof(ust.Dev) - unsafe.Offsetof(st.Dev)
	_ uintptr = unsafe.Sizeof(st.Dev) - unsafe.Sizeof(ust.Dev)
	_ uintptr = unsafe.Sizeof(ust.Dev) - unsafe.Sizeof(st.Dev)
	_ uintptr = unsafe.Offsetof(st.Ino) - unsafe.Offsetof(ust.Ino)
	_ uintptr = unsafe.Offsetof(ust.Ino) - unsafe.Offsetof(st.Ino)
	_ uintptr = unsafe.Sizeof(st.Ino) - unsafe.Sizeof(ust.Ino)
	_ uintptr = unsafe.Sizeof(ust.Ino) - unsafe.Sizeof(st.Ino)
	_ uintptr = unsafe.Offsetof(st.Nlink) - unsafe.Offsetof(ust.Nlink)
	_ uintptr = unsafe.Offsetof(ust.Nlink) - unsafe.Offsetof(st.Nlink)
	_ uintptr = unsafe.Sizeof(st.Nlink) - unsafe.Sizeof(ust.Nlink)
	_ uintptr = unsafe.Sizeof(ust.Nlink) - unsafe.Sizeof(st.Nlink)
	_ uintptr = unsafe.Offsetof(st.Mode) - unsafe.Offsetof(ust.Mode)
	_ uintptr = unsafe.Offsetof(ust.Mode) - unsafe.Offsetof(st.Mode)
	_ uintptr = unsafe.Sizeof(st.Mode) - unsafe.Sizeof(ust.Mode)
	_ uintptr = unsafe.Sizeof(ust.Mode) - unsafe.Sizeof(st.Mode)
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
	_ uintptr = unsafe.Offsetof(st.Blksize) - unsafe.Offsetof(ust.Blksize)
	_ uintptr = unsafe.Offsetof(ust.Blksize) - unsafe.Offsetof(st.Blksize)
	_ uintptr = unsafe.Sizeof(st.Blksize) - unsafe.Sizeof(ust.Blksize)
	_ uintptr = unsafe.Sizeof(ust.Blksize) - unsafe.Sizeof(st.Blksize)
	_ uintptr = unsafe.Offsetof(st.Blocks) - unsafe.Offsetof(ust.Blocks)
	_ uintptr = unsafe.Offsetof(ust.Blocks) - unsafe.Offsetof(st.Blocks)
	_ uintptr = unsafe.Sizeof(st.Blocks) - unsafe.Sizeof(ust.Blocks)
	_ uintptr = unsafe.Sizeof(ust.Blocks) - unsafe.Sizeof(st.Blocks)
	_ uintptr = unsafe.Offsetof(st.Atime) - unsafe.Offsetof(ust.Atim) + unsafe.Offsetof(ust.Atim.Sec)
	_ uintptr = unsafe.Offsetof(ust.Atim) + unsafe.Offsetof(ust.Atim.Sec) - unsafe.Offsetof(st.Atime)
	_ uintptr = unsafe.Sizeof(st.Atime) - unsafe.Sizeof(ust.Atim.Sec)
	_ uintptr = unsafe.Sizeof(ust.Atim.Sec) - unsafe.Sizeof(st.Atime)
	_ uintptr = unsafe.Offsetof(st.AtimeNsec) - unsafe.Offsetof(ust.Atim) + unsafe.Offsetof(ust.Atim.Nsec)
	_ uintptr = unsafe.Offsetof(ust.Atim) + unsafe.Offsetof(ust.Atim.Nsec) - unsafe.Offsetof(st.AtimeNsec)
	_ uintptr = unsafe.Sizeof(st.AtimeNsec) - unsafe.Sizeof(ust.Atim.Nsec)
	_ uintptr = unsafe.Sizeof(ust.Atim.Nsec) - unsafe.Sizeof(st.AtimeNsec)
	_ uintptr = unsafe.Offsetof(st.Mtime) - unsafe.Offsetof(ust.Mtim) + unsafe.Offsetof(ust.Mtim.Sec)
	_ uintptr = unsafe.Offsetof(ust.Mtim) + unsafe.Offsetof(ust.Mtim.Sec) - unsafe.Offsetof(st.Mtime)
	_ uintptr = unsafe.Sizeof(st.Mtime) - unsafe.Sizeof(ust.Mtim.Sec)
	_ uintptr = unsafe.Sizeof(ust.Mtim.Sec) - unsafe.Sizeof(st.Mtime)
	_ uintptr = unsafe.Offsetof(st.MtimeNsec) - unsafe.Offsetof(ust.Mtim) + unsafe.Offsetof(ust.Mtim.Nsec)
	_ uintptr = unsafe.Offsetof(ust.Mtim) + unsafe.Offsetof(ust.Mtim.Nsec) - unsafe.Offsetof(st.MtimeNsec)
	_ uintptr = unsafe.Sizeof(st.MtimeNsec) - unsafe.Sizeof(ust.Mtim.Nsec)
	_ uintptr = unsafe.Sizeof(ust.Mtim.Nsec) - unsafe.Sizeof(st.MtimeNsec)
	_ uintptr = unsafe.Offsetof(st.Ctime) - unsafe.Offsetof(ust.Ctim) + unsafe.Offsetof(ust.Ctim.Sec)
	_ uintptr = unsafe.Offsetof(ust.Ctim) + unsafe.Offsetof(ust.Ctim.Sec) - unsafe.Offsetof(st.Ctime)
	_ uintptr = unsafe.Sizeof(st.Ctime) - unsafe.Sizeof(ust.Ctim.Sec)
	_ uintptr = unsafe.Sizeof(ust.Ctim.Sec) - unsafe.Sizeof(st.Ctime)
	_ uintptr = unsafe.Offsetof(st.CtimeNsec) - unsafe.Offsetof(ust.Ctim) + unsafe.Offsetof(ust.Ctim.Nsec)
	_ uintptr = unsafe.Offsetof(ust.Ctim) + unsafe.Offsetof(ust.Ctim.Nsec) - unsafe.Offsetof(st.CtimeNsec)
	_ uintptr = unsafe.Sizeof(st.CtimeNsec) - unsafe.Sizeof(ust.Ctim.Nsec)
	_ uintptr = unsafe.Sizeof(ust.Ctim.Nsec) - unsafe.Sizeof(st.CtimeNsec)
)
