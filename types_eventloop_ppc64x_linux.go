//go:build ppc64 || ppc64le

package zcall

// Stat_t is the kernel's struct stat for linux/ppc64 and linux/ppc64le
// (arch/powerpc/include/uapi/asm/stat.h, the __powerpc64__ layout), as
// filled by [Fstat]. The timestamps are split into seconds and nanoseconds
// as in the kernel header.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	_         int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	_         [3]uint64
}
