package zcall

// EpollEvent is struct epoll_event. On amd64 the kernel declares it packed
// (include/uapi/linux/eventpoll.h, EPOLL_PACKED): 12 bytes, the 64-bit data
// word at offset 4. Fd and Pad are the two halves of that word, as in
// x/sys/unix; the kernel hands back whatever was stored there.
type EpollEvent struct {
	Events uint32
	Fd     int32
	Pad    int32
}

// Stat_t is the kernel's struct stat for linux/amd64
// (arch/x86/include/uapi/asm/stat.h), as filled by [Fstat]. The timestamps
// are split into seconds and nanoseconds as in the kernel header.
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
	_         [3]int64
}
