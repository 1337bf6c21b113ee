package zcall

import (
	"syscall"
	"unsafe"
)

// loong64 kernels before 6.11 have neither fstat nor newfstatat (nor has
// qemu-user 7.2); x/sys/unix and glibc use statx there, and so does Fstat.

const sysStatx = syscall.SYS_STATX

// statx mask bits and the layout of struct statx (include/uapi/linux/stat.h);
// the test checks the layout against x/sys/unix's Statx_t.
const statxBasicStats = 0x7ff // STATX_BASIC_STATS

type statxTimestamp struct {
	Sec  int64
	Nsec uint32
	_    int32
}

type statx struct {
	Mask           uint32
	Blksize        uint32
	Attributes     uint64
	Nlink          uint32
	Uid            uint32
	Gid            uint32
	Mode           uint16
	_              uint16
	Ino            uint64
	Size           uint64
	Blocks         uint64
	AttributesMask uint64
	Atime          statxTimestamp
	Btime          statxTimestamp
	Ctime          statxTimestamp
	Mtime          statxTimestamp
	RdevMajor      uint32
	RdevMinor      uint32
	DevMajor       uint32
	DevMinor       uint32
	_              [14]uint64
}

// emptyPath is the "" that AT_EMPTY_PATH asks for; a global never moves.
var emptyPath = [1]byte{}

// Fstat is fstat(2), made as statx(fd, "", AT_EMPTY_PATH|AT_NO_AUTOMOUNT,
// STATX_BASIC_STATS) and converted to the asm-generic Stat_t that fstat
// fills on the other asm-generic architectures (device numbers encoded as
// glibc's makedev does). It returns statx's errno and does not block in the
// scheduler's sense.
func Fstat(fd uintptr, st *Stat_t) (errno uintptr) {
	var x statx
	_, errno = Syscall6(sysStatx, fd, uintptr(unsafe.Pointer(&emptyPath)), AT_EMPTY_PATH|AT_NO_AUTOMOUNT, statxBasicStats, uintptr(unsafe.Pointer(&x)), 0)
	if errno != 0 {
		return errno
	}
	*st = Stat_t{
		Dev:       makedev(x.DevMajor, x.DevMinor),
		Ino:       x.Ino,
		Mode:      uint32(x.Mode),
		Nlink:     x.Nlink,
		Uid:       x.Uid,
		Gid:       x.Gid,
		Rdev:      makedev(x.RdevMajor, x.RdevMinor),
		Size:      int64(x.Size),
		Blksize:   int32(x.Blksize),
		Blocks:    int64(x.Blocks),
		Atime:     x.Atime.Sec,
		AtimeNsec: int64(x.Atime.Nsec),
		Mtime:     x.Mtime.Sec,
		MtimeNsec: int64(x.Mtime.Nsec),
		Ctime:     x.Ctime.Sec,
		CtimeNsec: int64(x.Ctime.Nsec),
	}
	return 0
}

// makedev encodes a device number as glibc's makedev and x/sys/unix's
// Mkdev do.
func makedev(major, minor uint32) uint64 {
	return uint64(major&0xfffff000)<<32 | uint64(major&0xfff)<<8 |
		uint64(minor&0xffffff00)<<12 | uint64(minor&0xff)
}
