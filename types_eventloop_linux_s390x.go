package zcall

// Stat_t is the kernel's struct stat for linux/s390x
// (arch/s390/include/uapi/asm/stat.h, the __s390x__ layout), as filled by
// [Fstat]. Unlike most architectures, the timestamps come before Blksize
// and Blocks; they are split into seconds and nanoseconds as in the header.
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
	Atime     int64
	AtimeNsec int64
	Mtime     int64
	MtimeNsec int64
	Ctime     int64
	CtimeNsec int64
	Blksize   int64
	Blocks    int64
	_         [3]uint64
}
