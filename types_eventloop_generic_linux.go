//go:build arm64 || loong64 || riscv64

package zcall

// Stat_t is the kernel's struct stat for the asm-generic architectures
// arm64, loong64 and riscv64 (include/uapi/asm-generic/stat.h), as filled
// by [Fstat]. The timestamps are split into seconds and nanoseconds as in
// the kernel header.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Mode      uint32
	Nlink     uint32
	Uid       uint32
	Gid       uint32
	Rdev      uint64
	_         uint64
	Size      int64
	Blksize   int32
	_         int32
	Blocks    int64
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	_         [2]uint32
}
