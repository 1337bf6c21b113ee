package zcall_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// File and vector I/O on Linux: positioned and vectored reads and writes,
// openat and fstat, ftruncate and fallocate, sendfile, copy_file_range,
// splice, fcntl and ioctl.

// cstr is s as a NUL-terminated C string.
func cstr(s string) []byte { return append([]byte(s), 0) }

func TestMemfdVectors(t *testing.T) {
	checkFDs(t)
	fd := memfd(t, nil)
	// A far offset (above 4 GiB) shows the whole 64-bit offset reaches the
	// kernel in pos_l; the file stays sparse.
	for _, off := range []int64{0, 4096, 1<<33 + 3} {
		out := [3]zcall.Iovec{iovec([]byte("alpha")), iovec(nil), iovec([]byte("-omega"))}
		n, e := zcall.Pwritev(fd, unsafe.Pointer(&out[0]), 3, off)
		wantN(t, "Pwritev", n, e, 11)
		a, b := make([]byte, 6), make([]byte, 5)
		in := [2]zcall.Iovec{iovec(a), iovec(b)}
		n, e = zcall.Preadv(fd, unsafe.Pointer(&in[0]), 2, off)
		wantN(t, "Preadv", n, e, 11)
		if string(a)+string(b) != "alpha-omega" {
			t.Fatalf("Preadv at %d got %q %q", off, a, b)
		}
		// Cross-check with x/sys/unix's pread.
		c := make([]byte, 11)
		if m, err := unix.Pread(int(fd), c, off); err != nil || string(c[:m]) != "alpha-omega" {
			t.Fatalf("unix.Pread at %d: %q, %v", off, c[:m], err)
		}
	}
	// The file position never moved.
	if pos, err := unix.Seek(int(fd), 0, 1); err != nil || pos != 0 {
		t.Fatalf("position after Preadv/Pwritev: %d, %v", pos, err)
	}

}

// TestPreadv2Pwritev2: the RWF-flag variants, with an explicit offset and
// with -1 (the file position, which they advance).
func TestPreadv2Pwritev2(t *testing.T) {
	checkFDs(t)
	fd := memfd(t, nil)
	head := [1]zcall.Iovec{iovec([]byte("alpha-omega"))}
	n, e := zcall.Pwritev(fd, unsafe.Pointer(&head[0]), 1, 0)
	wantN(t, "Pwritev", n, e, 11)
	out := [1]zcall.Iovec{iovec([]byte("v2data"))}
	n, e = zcall.Pwritev2(fd, unsafe.Pointer(&out[0]), 1, 100, 0)
	skipIfUnemulated(t, e, zcall.Errno(syscall.ENOSYS), "pwritev2")
	wantN(t, "Pwritev2", n, e, 6)
	got := make([]byte, 6)
	in := [1]zcall.Iovec{iovec(got)}
	n, e = zcall.Preadv2(fd, unsafe.Pointer(&in[0]), 1, 100, 0)
	skipIfUnemulated(t, e, zcall.Errno(syscall.ENOSYS), "preadv2")
	wantN(t, "Preadv2", n, e, 6)
	if string(got) != "v2data" {
		t.Fatalf("Preadv2 got %q", got)
	}
	n, e = zcall.Preadv2(fd, unsafe.Pointer(&in[0]), 1, -1, 0)
	wantN(t, "Preadv2(-1)", n, e, 6)
	if string(got) != "alpha-" {
		t.Fatalf("Preadv2 at the file position got %q", got)
	}
	if pos, _ := unix.Seek(int(fd), 0, 1); pos != 6 {
		t.Fatalf("position after Preadv2(-1): %d, want 6", pos)
	}
	// Unknown RWF flags: EOPNOTSUPP from both zcall and the reference.
	_, e = zcall.Preadv2(fd, unsafe.Pointer(&in[0]), 1, 0, 1<<30)
	_, _, want := syscall.RawSyscall6(zcall.SYS_PREADV2, fd, uintptr(unsafe.Pointer(&in[0])), 1, 0, 0, 1<<30)
	if e != uintptr(want) || want != syscall.EOPNOTSUPP {
		t.Fatalf("Preadv2 bad flags: errno %d, reference %d, want EOPNOTSUPP", e, want)
	}
}

func TestPreadPwrite(t *testing.T) {
	fd := memfd(t, nil)
	msg := []byte("hello, world")
	if n, errno := zcall.Pwrite(fd, msg, 100); n != uintptr(len(msg)) || errno != 0 {
		t.Fatalf("pwrite = (%d, %d)", n, errno)
	}
	buf := make([]byte, 5)
	if n, errno := zcall.Pread(fd, buf, 107); n != 5 || errno != 0 || string(buf) != "world" {
		t.Fatalf("pread = (%d, %d) %q, want (5, 0) \"world\"", n, errno, buf)
	}
	if n, errno := zcall.Pread(fd, buf, 1000); n != 0 || errno != 0 {
		t.Errorf("pread past the end = (%d, %d), want (0, 0)", n, errno)
	}
	// Neither call moved the file offset.
	if off, err := unix.Seek(int(fd), 0, unix.SEEK_CUR); off != 0 || err != nil {
		t.Errorf("file offset %d (%v) after pread/pwrite, want 0", off, err)
	}
	if _, errno := zcall.Pread(fd, buf, -1); errno != uintptr(syscall.EINVAL) {
		t.Errorf("pread at -1: errno %d, want EINVAL", errno)
	}
	r, w := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	if _, errno := zcall.Pread(r, buf, 0); errno != uintptr(syscall.ESPIPE) {
		t.Errorf("pread on a pipe: errno %d, want ESPIPE", errno)
	}
	if _, errno := zcall.Pwrite(w, buf, 0); errno != uintptr(syscall.ESPIPE) {
		t.Errorf("pwrite on a pipe: errno %d, want ESPIPE", errno)
	}
}

func TestOpenatFstat(t *testing.T) {
	dir := t.TempDir()
	path := cstr(filepath.Join(dir, "f"))
	fd, errno := zcall.Openat(zcall.AT_FDCWD, unsafe.Pointer(&path[0]), unix.O_RDWR|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC, 0o640)
	if errno != 0 {
		t.Fatalf("openat(AT_FDCWD, O_CREAT): errno %d", errno)
	}
	defer unix.Close(int(fd))
	if _, err := unix.Pwrite(int(fd), make([]byte, 12345), 0); err != nil {
		t.Fatal(err)
	}
	if _, errno := zcall.Openat(zcall.AT_FDCWD, unsafe.Pointer(&path[0]), unix.O_RDWR|unix.O_CREAT|unix.O_EXCL, 0o640); errno != uintptr(syscall.EEXIST) {
		t.Errorf("openat(O_EXCL) of an existing file: errno %d, want EEXIST", errno)
	}
	// Relative to a directory descriptor.
	dpath := cstr(dir)
	dfd, errno := zcall.Openat(zcall.AT_FDCWD, unsafe.Pointer(&dpath[0]), unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if errno != 0 {
		t.Fatalf("openat(dir): errno %d", errno)
	}
	defer unix.Close(int(dfd))
	rel := cstr("f")
	fd2, errno := zcall.Openat(dfd, unsafe.Pointer(&rel[0]), unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if errno != 0 {
		t.Fatalf("openat(dirfd, \"f\"): errno %d", errno)
	}
	defer unix.Close(int(fd2))
	missing := cstr("missing")
	if r1, errno := zcall.Openat(dfd, unsafe.Pointer(&missing[0]), unix.O_RDONLY, 0); r1 != ^uintptr(0) || errno != uintptr(syscall.ENOENT) {
		t.Errorf("openat of a missing file = (%#x, %d), want ENOENT", r1, errno)
	}

	var st zcall.Stat_t
	if errno := zcall.Fstat(fd2, &st); errno != 0 {
		t.Fatalf("fstat: errno %d", errno)
	}
	var ust unix.Stat_t
	if err := unix.Fstat(int(fd2), &ust); err != nil {
		t.Fatal(err)
	}
	type field struct {
		name      string
		got, want uint64
	}
	for _, f := range []field{
		{"Dev", uint64(st.Dev), uint64(ust.Dev)},
		{"Ino", uint64(st.Ino), uint64(ust.Ino)},
		{"Mode", uint64(st.Mode), uint64(ust.Mode)},
		{"Nlink", uint64(st.Nlink), uint64(ust.Nlink)},
		{"Uid", uint64(st.Uid), uint64(ust.Uid)},
		{"Gid", uint64(st.Gid), uint64(ust.Gid)},
		{"Rdev", uint64(st.Rdev), uint64(ust.Rdev)},
		{"Size", uint64(st.Size), uint64(ust.Size)},
		{"Blksize", uint64(st.Blksize), uint64(ust.Blksize)},
		{"Blocks", uint64(st.Blocks), uint64(ust.Blocks)},
		{"Atime", uint64(st.Atime), uint64(ust.Atim.Sec)},
		{"AtimeNsec", uint64(st.AtimeNsec), uint64(ust.Atim.Nsec)},
		{"Mtime", uint64(st.Mtime), uint64(ust.Mtim.Sec)},
		{"MtimeNsec", uint64(st.MtimeNsec), uint64(ust.Mtim.Nsec)},
		{"Ctime", uint64(st.Ctime), uint64(ust.Ctim.Sec)},
		{"CtimeNsec", uint64(st.CtimeNsec), uint64(ust.Ctim.Nsec)},
	} {
		if f.got != f.want {
			t.Errorf("Stat_t.%s = %d, unix.Fstat says %d", f.name, f.got, f.want)
		}
	}
	if st.Size != 12345 || st.Mode&unix.S_IFMT != unix.S_IFREG || st.Mode&0o777 != 0o640 {
		t.Errorf("fstat: size %d mode %o, want 12345, regular file 0640", st.Size, st.Mode)
	}
	// fstat reads its fd as an unsigned int: AT_FDCWD, which statx takes
	// for the working directory, is no descriptor to it.
	for _, bad := range []uintptr{^uintptr(0), zcall.AT_FDCWD, uintptr(1<<31 - 1), ^uintptr(1 << 31)} {
		if errno := zcall.Fstat(bad, &st); errno != ebadf {
			t.Errorf("fstat(%d): errno %d, want EBADF", int32(bad), errno)
		}
	}
}

func TestFtruncateFallocate(t *testing.T) {
	fd := memfd(t, []byte("data"))
	size := func() int64 {
		var st zcall.Stat_t
		if errno := zcall.Fstat(fd, &st); errno != 0 {
			t.Fatalf("fstat: errno %d", errno)
		}
		return st.Size
	}
	const page = 1 << 16 // a multiple of every architecture's page size
	if errno := zcall.Ftruncate(fd, 3*page); errno != 0 || size() != 3*page {
		t.Fatalf("ftruncate(3 pages): errno %d, size %d", errno, size())
	}
	if errno := zcall.Ftruncate(fd, -1); errno != uintptr(syscall.EINVAL) {
		t.Errorf("ftruncate(-1): errno %d, want EINVAL", errno)
	}
	// shmem_fallocate stops with EINTR when a signal is pending, and the
	// runtime's preemption signal can be: such a call is repeated.
	fallocate := func(mode uintptr, offset, length int64) uintptr {
		for {
			if errno := zcall.Fallocate(fd, mode, offset, length); errno != uintptr(syscall.EINTR) {
				return errno
			}
		}
	}
	if errno := fallocate(0, 0, 5*page); errno != 0 || size() != 5*page {
		t.Fatalf("fallocate(5 pages): errno %d, size %d", errno, size())
	}
	blocks := func() int64 {
		var st unix.Stat_t
		if err := unix.Fstat(int(fd), &st); err != nil {
			t.Fatal(err)
		}
		return int64(st.Blocks)
	}
	before := blocks()
	if errno := fallocate(zcall.FALLOC_FL_PUNCH_HOLE|zcall.FALLOC_FL_KEEP_SIZE, page, 2*page); errno != 0 {
		t.Fatalf("fallocate(PUNCH_HOLE): errno %d", errno)
	}
	if after := blocks(); size() != 5*page || after >= before {
		t.Errorf("after punching a hole: size %d (want %d), blocks %d -> %d (want fewer)", size(), 5*page, before, after)
	}
	if errno := fallocate(zcall.FALLOC_FL_PUNCH_HOLE, 0, page); errno != uintptr(syscall.EOPNOTSUPP) {
		t.Errorf("PUNCH_HOLE without KEEP_SIZE: errno %d, want EOPNOTSUPP", errno)
	}
}

func TestSendfileCopyFileRange(t *testing.T) {
	data := []byte("0123456789abcdef")
	src := memfd(t, data)
	r, w := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	off := int64(2)
	if n, errno := zcall.Sendfile(w, src, &off, 5); n != 5 || errno != 0 || off != 7 {
		t.Fatalf("sendfile = (%d, %d), offset %d, want (5, 0), 7", n, errno, off)
	}
	got := make([]byte, 16)
	if n, err := unix.Read(int(r), got); err != nil || string(got[:n]) != "23456" {
		t.Fatalf("read %q (%v), want \"23456\"", got[:n], err)
	}
	if _, errno := zcall.Sendfile(w, ^uintptr(0), nil, 5); errno != ebadf {
		t.Errorf("sendfile from -1: errno %d, want EBADF", errno)
	}

	dst := memfd(t, nil)
	in, out := int64(10), int64(3)
	n, errno := zcall.CopyFileRange(src, &in, dst, &out, 6, 0)
	if n != 6 || errno != 0 || in != 16 || out != 9 {
		t.Fatalf("copy_file_range = (%d, %d), offsets %d %d, want (6, 0), 16 9", n, errno, in, out)
	}
	buf := make([]byte, 9)
	if n, err := unix.Pread(int(dst), buf, 0); n != 9 || err != nil || string(buf[3:]) != "abcdef" {
		t.Fatalf("copied %q (%d, %v), want \"abcdef\" at 3", buf, n, err)
	}
	if _, errno := zcall.CopyFileRange(src, &in, dst, &out, 6, 1); errno != uintptr(syscall.EINVAL) {
		t.Errorf("copy_file_range with flags 1: errno %d, want EINVAL", errno)
	}
}

func TestSpliceTeeVmsplice(t *testing.T) {
	checkFDs(t)
	r1, w1 := pipe(t, zcall.O_NONBLOCK)
	r2, w2 := pipe(t, zcall.O_NONBLOCK)

	// vmsplice two user buffers into the first pipe.
	segs := [2]zcall.Iovec{iovec([]byte("spliced ")), iovec([]byte("bytes"))}
	n, e := zcall.Vmsplice(w1, unsafe.Pointer(&segs[0]), 2, zcall.SPLICE_F_NONBLOCK)
	wantN(t, "Vmsplice", n, e, 13)

	// tee duplicates them into the second pipe without consuming them.
	n, e = zcall.Tee(r1, w2, 64, zcall.SPLICE_F_NONBLOCK)
	wantN(t, "Tee", n, e, 13)
	expectRead(t, r2, "spliced bytes")

	// splice moves them from the first pipe into a file at an explicit
	// offset, which the kernel advances; the file position does not move.
	fd := memfd(t, nil)
	off := int64(10)
	n, e = zcall.Splice(r1, nil, fd, &off, 64, zcall.SPLICE_F_NONBLOCK)
	wantN(t, "Splice pipe->file", n, e, 13)
	if off != 23 {
		t.Fatalf("Splice left offOut at %d, want 23", off)
	}
	if pos, _ := unix.Seek(int(fd), 0, 1); pos != 0 {
		t.Fatalf("file position %d after Splice with an offset, want 0", pos)
	}
	// And back from the file (offset 10) into the second pipe.
	in := int64(10)
	n, e = zcall.Splice(fd, &in, w2, nil, 13, zcall.SPLICE_F_NONBLOCK)
	wantN(t, "Splice file->pipe", n, e, 13)
	expectRead(t, r2, "spliced bytes")

	// An empty pipe with SPLICE_F_NONBLOCK: EAGAIN.
	if _, e = zcall.Tee(r1, w2, 64, zcall.SPLICE_F_NONBLOCK); e != uintptr(syscall.EAGAIN) {
		t.Fatalf("Tee from an empty pipe: errno %d, want EAGAIN", e)
	}
	// vmsplice from a pipe's read end into user memory.
	n, e = zcall.Write(w1, []byte("gift"))
	wantN(t, "Write", n, e, 4)
	dst := make([]byte, 4)
	dv := [1]zcall.Iovec{iovec(dst)}
	n, e = zcall.Vmsplice(r1, unsafe.Pointer(&dv[0]), 1, 0)
	wantN(t, "Vmsplice from the read end", n, e, 4)
	if string(dst) != "gift" {
		t.Fatalf("Vmsplice read %q", dst)
	}
}

func TestFcntl(t *testing.T) {
	r, _ := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	fl, errno := zcall.Fcntl(r, zcall.F_GETFL, 0)
	want, err := unix.FcntlInt(r, unix.F_GETFL, 0)
	if errno != 0 || err != nil || fl != uintptr(want) || fl&unix.O_NONBLOCK == 0 {
		t.Fatalf("F_GETFL = (%#x, %d), unix says %#x (%v)", fl, errno, want, err)
	}
	if _, errno := zcall.Fcntl(r, zcall.F_SETFL, fl&^unix.O_NONBLOCK); errno != 0 {
		t.Fatalf("F_SETFL: errno %d", errno)
	}
	if got, _ := unix.FcntlInt(r, unix.F_GETFL, 0); got&unix.O_NONBLOCK != 0 {
		t.Errorf("F_SETFL did not clear O_NONBLOCK: %#x", got)
	}
	nfd, errno := zcall.Fcntl(r, zcall.F_DUPFD_CLOEXEC, 100)
	if errno != 0 || nfd < 100 {
		t.Fatalf("F_DUPFD_CLOEXEC = (%d, %d)", nfd, errno)
	}
	defer unix.Close(int(nfd))
	if fd, errno := zcall.Fcntl(nfd, zcall.F_GETFD, 0); errno != 0 || fd&zcall.FD_CLOEXEC == 0 {
		t.Errorf("F_GETFD on the duplicate = (%#x, %d), want FD_CLOEXEC", fd, errno)
	}
	if r1, errno := zcall.Fcntl(^uintptr(0), zcall.F_GETFL, 0); r1 != ^uintptr(0) || errno != ebadf {
		t.Errorf("fcntl(-1) = (%#x, %d), want EBADF", r1, errno)
	}
}

func TestIoctl(t *testing.T) {
	r, w := pipe(t, zcall.O_NONBLOCK|zcall.O_CLOEXEC)
	if _, err := unix.Write(int(w), []byte("12345")); err != nil {
		t.Fatal(err)
	}
	var n int32
	if errno := zcall.Ioctl(r, unix.TIOCINQ, unsafe.Pointer(&n)); errno != 0 || n != 5 {
		t.Fatalf("FIONREAD = errno %d, count %d, want 5", errno, n)
	}
	if want, err := unix.IoctlGetUint32(int(r), unix.TIOCINQ); err != nil || uint32(n) != want {
		t.Errorf("FIONREAD says %d, unix says %d (%v)", n, want, err)
	}
	var ws unix.Winsize
	if errno := zcall.Ioctl(r, unix.TIOCGWINSZ, unsafe.Pointer(&ws)); errno != uintptr(syscall.ENOTTY) {
		t.Errorf("TIOCGWINSZ on a pipe: errno %d, want ENOTTY", errno)
	}
	if errno := zcall.Ioctl(^uintptr(0), unix.TIOCINQ, unsafe.Pointer(&n)); errno != uintptr(syscall.EBADF) {
		t.Errorf("FIONREAD on fd -1: errno %d, want EBADF", errno)
	}
}

// TestIoctlResult gets an ioctl's answer from its return value, as Ioctl's
// doc says: Syscall4 with SYS_IOCTL. NS_GET_NSTYPE on a network namespace
// descriptor returns CLONE_NEWNET.
func TestIoctlResult(t *testing.T) {
	fd, err := unix.Open("/proc/self/ns/net", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("open /proc/self/ns/net: %v", err)
	}
	defer unix.Close(fd)
	r1, errno := zcall.Syscall4(zcall.SYS_IOCTL, uintptr(fd), unix.NS_GET_NSTYPE, 0, 0)
	skipIfUnemulated(t, errno, zcall.ENOSYS, "ioctl(NS_GET_NSTYPE)")
	if errno != 0 || r1 != unix.CLONE_NEWNET {
		t.Fatalf("ioctl(NS_GET_NSTYPE) = (%#x, %d), want (%#x, 0)", r1, errno, unix.CLONE_NEWNET)
	}
	if errno := zcall.Ioctl(uintptr(fd), unix.NS_GET_NSTYPE, nil); errno != 0 {
		t.Errorf("Ioctl(NS_GET_NSTYPE) = errno %d, want 0", errno)
	}
}

// TestOffsetsBeyond4GiB uses every wrapper that passes a 64-bit file offset
// or length at values beyond 4 GiB, where both 32-bit halves are nonzero,
// on a sparse file in TMPDIR. On 32-bit Linux each such value takes two
// argument words, and a wrong word order or a missing pad word makes the
// kernel read or write at another offset without an error: every write is
// checked with x/sys/unix's Pread at the intended offset and at the offset
// of its low half alone, every read against x/sys/unix's Pwrite, and every
// size with x/sys/unix's Fstat.
func TestOffsetsBeyond4GiB(t *testing.T) {
	const (
		size = 6<<30 + 12345 // the file's size after Ftruncate
		base = 5<<30 + 4097  // where the markers go
	)
	path := filepath.Join(t.TempDir(), "sparse")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stSize := func(fd uintptr) int64 {
		t.Helper()
		var st unix.Stat_t
		if err := unix.Fstat(int(fd), &st); err != nil {
			t.Fatal(err)
		}
		var zst zcall.Stat_t
		if errno := zcall.Fstat(fd, &zst); errno != 0 {
			t.Fatalf("Fstat: errno %d", errno)
		}
		if zst.Size != st.Size {
			t.Errorf("Fstat size %d, x/sys/unix's Fstat %d", zst.Size, st.Size)
		}
		return st.Size
	}
	if errno := zcall.Ftruncate(f.Fd(), size); errno != 0 {
		t.Fatalf("Ftruncate(%#x): errno %d", int64(size), errno)
	}
	if got := stSize(f.Fd()); got != size {
		t.Fatalf("size %#x after Ftruncate(%#x)", got, int64(size))
	}
	// Openat opens a file of more than 2 GiB: on 32-bit Linux only with the
	// O_LARGEFILE it adds (EOVERFLOW otherwise).
	fd, errno := zcall.Openat(zcall.AT_FDCWD, unsafe.Pointer(&cstr(path)[0]), zcall.O_RDWR|zcall.O_CLOEXEC, 0)
	if errno != 0 {
		t.Fatalf("Openat of a %d-byte file: errno %d", int64(size), errno)
	}
	closeOnCleanup(t, fd)

	// refRead reads n bytes at off with x/sys/unix.
	refRead := func(off int64, n int) []byte {
		t.Helper()
		b := make([]byte, n)
		if m, err := unix.Pread(int(fd), b, off); m != n || err != nil {
			t.Fatalf("unix.Pread(%#x) = (%d, %v)", off, m, err)
		}
		return b
	}
	zero := make([]byte, 16)
	writers := []struct {
		name  string
		write func(b []byte, off int64) (uintptr, uintptr)
		nosys string // the call qemu-user does not implement, if any
	}{
		{"Pwrite", func(b []byte, off int64) (uintptr, uintptr) { return zcall.Pwrite(fd, b, off) }, ""},
		{"Pwritev", func(b []byte, off int64) (uintptr, uintptr) {
			iov := [1]zcall.Iovec{iovec(b)}
			return zcall.Pwritev(fd, unsafe.Pointer(&iov[0]), 1, off)
		}, ""},
		{"Pwritev2", func(b []byte, off int64) (uintptr, uintptr) {
			iov := [1]zcall.Iovec{iovec(b)}
			return zcall.Pwritev2(fd, unsafe.Pointer(&iov[0]), 1, off, 0)
		}, "pwritev2"},
	}
	readers := []struct {
		name  string
		read  func(b []byte, off int64) (uintptr, uintptr)
		nosys string
	}{
		{"Pread", func(b []byte, off int64) (uintptr, uintptr) { return zcall.Pread(fd, b, off) }, ""},
		{"Preadv", func(b []byte, off int64) (uintptr, uintptr) {
			iov := [1]zcall.Iovec{iovec(b)}
			return zcall.Preadv(fd, unsafe.Pointer(&iov[0]), 1, off)
		}, ""},
		{"Preadv2", func(b []byte, off int64) (uintptr, uintptr) {
			iov := [1]zcall.Iovec{iovec(b)}
			return zcall.Preadv2(fd, unsafe.Pointer(&iov[0]), 1, off, 0)
		}, "preadv2"},
	}
	for i, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			off := int64(base) + int64(i)<<20
			marker := []byte(fmt.Sprintf("%-16s", w.name+"@5G"))
			n, errno := w.write(marker, off)
			if w.nosys != "" {
				skipIfUnemulated(t, errno, zcall.ENOSYS, w.nosys)
			}
			wantN(t, w.name, n, errno, uintptr(len(marker)))
			if got := refRead(off, len(marker)); !bytes.Equal(got, marker) {
				t.Errorf("%s(%#x): unix.Pread there reads %q, want %q", w.name, off, got, marker)
			}
			if got := refRead(int64(uint32(off)), len(zero)); !bytes.Equal(got, zero) {
				t.Errorf("%s(%#x) wrote at %#x, the offset's low half: %q", w.name, off, uint32(off), got)
			}
		})
	}
	for i, r := range readers {
		t.Run(r.name, func(t *testing.T) {
			off := int64(base) + int64(3+i)<<20
			marker := []byte(fmt.Sprintf("%-16s", r.name+"@5G"))
			if m, err := unix.Pwrite(int(fd), marker, off); m != len(marker) || err != nil {
				t.Fatalf("unix.Pwrite(%#x) = (%d, %v)", off, m, err)
			}
			got := make([]byte, len(marker))
			n, errno := r.read(got, off)
			if r.nosys != "" {
				skipIfUnemulated(t, errno, zcall.ENOSYS, r.nosys)
			}
			wantN(t, r.name, n, errno, uintptr(len(marker)))
			if !bytes.Equal(got, marker) {
				t.Errorf("%s(%#x) read %q, want %q", r.name, off, got, marker)
			}
		})
	}

	// shmem_fallocate stops with EINTR when a signal is pending, and the
	// runtime's preemption signal can be: such a call is repeated.
	fallocate := func(mode uintptr, offset, length int64) uintptr {
		for {
			if errno := zcall.Fallocate(fd, mode, offset, length); errno != uintptr(syscall.EINTR) {
				return errno
			}
		}
	}
	t.Run("Fallocate", func(t *testing.T) {
		// Punch a hole over a marker at 5 GiB + 64 KiB: it reads back as
		// zeros, and a decoy at the offset's low half is left alone.
		var off int64 = 5<<30 + 1<<16
		marker := []byte("punch-me-out-now")
		decoy := []byte("decoy-at-low-32b")
		for _, p := range []struct {
			b   []byte
			off int64
		}{{marker, off}, {decoy, int64(uint32(off))}} {
			if m, err := unix.Pwrite(int(fd), p.b, p.off); m != len(p.b) || err != nil {
				t.Fatalf("unix.Pwrite(%#x) = (%d, %v)", p.off, m, err)
			}
		}
		errno := fallocate(zcall.FALLOC_FL_PUNCH_HOLE|zcall.FALLOC_FL_KEEP_SIZE, off, 1<<16)
		if errno == uintptr(syscall.EOPNOTSUPP) {
			t.Skipf("fallocate(PUNCH_HOLE) on %s: EOPNOTSUPP, the file system of TMPDIR cannot punch holes", path)
		}
		wantOK(t, "Fallocate(PUNCH_HOLE)", errno)
		if got := refRead(off, len(marker)); !bytes.Equal(got, zero[:len(marker)]) {
			t.Errorf("after punching [%#x, +64K): %q there", off, got)
		}
		if got := refRead(int64(uint32(off)), len(decoy)); !bytes.Equal(got, decoy) {
			t.Errorf("punching at %#x changed %#x, the offset's low half: %q", off, uint32(off), got)
		}
		if got := stSize(fd); got != size {
			t.Errorf("size %#x after punching with KEEP_SIZE, want %#x", got, int64(size))
		}
		// Allocate 8 KiB at 7 GiB + 4 KiB: the file grows to end there,
		// which takes both halves of the offset and of the length.
		const at, length = 7<<30 + 4096, 8192
		wantOK(t, "Fallocate(7 GiB)", fallocate(0, at, length))
		if got := stSize(fd); got != at+length {
			t.Errorf("size %#x after Fallocate(%#x, %#x), want %#x", got, int64(at), length, int64(at+length))
		}
	})
	t.Run("Ftruncate", func(t *testing.T) {
		for _, n := range []int64{4<<30 + 1, 1<<32 - 1, 9<<30 + 3} {
			if errno := zcall.Ftruncate(fd, n); errno != 0 {
				t.Fatalf("Ftruncate(%#x): errno %d", n, errno)
			}
			if got := stSize(fd); got != n {
				t.Errorf("size %#x after Ftruncate(%#x)", got, n)
			}
		}
	})
}
