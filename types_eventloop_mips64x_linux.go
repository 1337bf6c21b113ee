//go:build mips64 || mips64le

package zcall

// Stat_t is the kernel's struct stat for the mips n64 ABI
// (arch/mips/include/uapi/asm/stat.h, _MIPS_SIM == _MIPS_SIM_ABI64), as
// filled by [Fstat]: 32-bit device numbers and 32-bit timestamps.
//
// This is not x/sys/unix's Stat_t for mips64, which has glibc's layout
// (16-byte timespecs) and is filled by converting from this one; the
// fields up to Size have the same offsets in both, and the test checks the
// rest against the kernel header.
type Stat_t struct {
	Dev       uint32
	_         [3]uint32
	Ino       uint64
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint32
	_         [3]uint32
	Size      int64
	Atime     uint32
	AtimeNsec uint32
	Mtime     uint32
	MtimeNsec uint32
	Ctime     uint32
	CtimeNsec uint32
	Blksize   uint32
	_         uint32
	Blocks    int64
}
