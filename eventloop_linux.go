//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "unsafe"

// Event-loop and file calls in zcall's raw convention: each converts its
// arguments and calls a trampoline directly, pointers becoming uintptr
// inside that call expression; the result is the kernel's, errno 0 on
// success. None of them may wait: calls that can block say how to avoid it,
// and the ones whose point is to wait have a Blocking variant in
// blocking_linux.go.

// EpollCreate1 is epoll_create1(2): it returns a new epoll descriptor;
// flags is 0 or [EPOLL_CLOEXEC]. It does not block.
func EpollCreate1(flags uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_EPOLL_CREATE1, flags, 0, 0, 0)
}

// EpollCtl is epoll_ctl(2): it adds, modifies or removes (op
// [EPOLL_CTL_ADD], [EPOLL_CTL_MOD], [EPOLL_CTL_DEL]) the interest of epfd
// in fd; event may be nil for EPOLL_CTL_DEL. It does not block.
func EpollCtl(epfd, op, fd uintptr, event *EpollEvent) (errno uintptr) {
	_, errno = Syscall4(SYS_EPOLL_CTL, epfd, op, fd, uintptr(unsafe.Pointer(event)))
	return errno
}

// EpollPwait is epoll_pwait(2) with a timeout of 0 and no signal mask: it
// fills events with the ready events of epfd and returns their count, 0 when
// none is ready. It never waits; to wait for events, use
// [EpollPwaitBlocking]. An empty events fails with EINVAL.
func EpollPwait(epfd uintptr, events []EpollEvent) (n, errno uintptr) {
	return Syscall6(SYS_EPOLL_PWAIT, epfd, uintptr(unsafe.Pointer(unsafe.SliceData(events))), uintptr(len(events)), 0, 0, 0)
}

// Futex is futex(2): op (e.g. [FUTEX_WAKE_PRIVATE]) on the futex word at
// addr, with val, timeout, addr2 and val3 as op defines them; r1 is op's
// result (for FUTEX_WAKE, the number of waiters woken). Waking does not
// block; a FUTEX_WAIT whose word still holds val waits, so make waits
// through [FutexWaitBlocking], and use Futex only for wakes, requeues and
// waits that cannot sleep (a word that no longer holds val fails at once
// with EAGAIN).
func Futex(addr *uint32, op, val uintptr, timeout unsafe.Pointer, addr2 *uint32, val3 uintptr) (r1, errno uintptr) {
	return Syscall6(SYS_FUTEX, uintptr(unsafe.Pointer(addr)), op, val, uintptr(timeout), uintptr(unsafe.Pointer(addr2)), val3)
}

// Getrandom is getrandom(2): it fills buf with random bytes and returns the
// count, which may be short for large requests. Without [GRND_NONBLOCK] it
// blocks until the kernel's pool is initialised (early boot only); with it,
// it fails with EAGAIN instead.
func Getrandom(buf []byte, flags uintptr) (n, errno uintptr) {
	return Syscall4(SYS_GETRANDOM, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, 0)
}

// Fcntl is fcntl(2) with an integer argument (e.g. [F_GETFL], [F_SETFL],
// [F_DUPFD_CLOEXEC]); r1 is the command's result. Commands that take a
// pointer need [Syscall4] with the pointer converted in that call. Record
// locks with F_SETLKW block; the commands named here do not.
func Fcntl(fd, cmd, arg uintptr) (r1, errno uintptr) {
	return Syscall4(SYS_FCNTL, fd, cmd, arg, 0)
}

// Ioctl is ioctl(2) with a pointer argument (arg may be nil); r1 is the
// request's result. Requests that take an integer need [Syscall4]. Whether
// it blocks depends on the request and the device.
func Ioctl(fd, req uintptr, arg unsafe.Pointer) (r1, errno uintptr) {
	return Syscall4(SYS_IOCTL, fd, req, uintptr(arg), 0)
}

// Pread is pread64(2): it reads up to len(buf) bytes from fd at offset,
// without moving the file offset, and returns the count, 0 at end of file.
// Regular files do not block in the scheduler's sense, but the read may
// wait for the disk; on pipes and sockets it fails with ESPIPE.
func Pread(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PREAD64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), 0, 0)
}

// Pwrite is pwrite64(2): it writes up to len(buf) bytes to fd at offset,
// without moving the file offset, and returns the count written. Like
// [Pread], it may wait for the disk.
func Pwrite(fd uintptr, buf []byte, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PWRITE64, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), uintptr(offset), 0, 0)
}

// Openat is openat(2): it opens path, a NUL-terminated byte string,
// relative to dirfd ([AT_FDCWD] for the current directory), with flags
// (O_RDONLY, O_CLOEXEC, ...) and, when creating, mode; it returns the new
// descriptor. Opening a FIFO without O_NONBLOCK blocks until the other end
// opens, and opening files on slow file systems may wait.
func Openat(dirfd uintptr, path unsafe.Pointer, flags, mode uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_OPENAT, dirfd, uintptr(path), flags, mode)
}

// Ftruncate is ftruncate(2): it sets the size of the file fd to length. It
// does not block in the scheduler's sense, though shrinking a large file
// may take a while.
func Ftruncate(fd uintptr, length int64) (errno uintptr) {
	_, errno = Syscall4(SYS_FTRUNCATE, fd, uintptr(length), 0, 0)
	return errno
}

// Fallocate is fallocate(2): it allocates (mode 0), or with
// [FALLOC_FL_PUNCH_HOLE]|[FALLOC_FL_KEEP_SIZE] deallocates, the byte range
// [offset, offset+length) of fd. Like [Ftruncate], it may take a while on
// large ranges but does not wait for events.
func Fallocate(fd, mode uintptr, offset, length int64) (errno uintptr) {
	_, errno = Syscall4(SYS_FALLOCATE, fd, mode, uintptr(offset), uintptr(length))
	return errno
}

// Sendfile is sendfile(2): it copies up to count bytes from inFd (a file
// that supports mmap-like reads) to outFd and returns the count. With a
// non-nil offset it reads from *offset and advances *offset instead of
// inFd's file offset. It blocks when outFd is a blocking socket or pipe
// that is full; make outFd non-blocking to get EAGAIN instead.
func Sendfile(outFd, inFd uintptr, offset *int64, count uintptr) (n, errno uintptr) {
	return Syscall4(SYS_SENDFILE, outFd, inFd, uintptr(unsafe.Pointer(offset)), count)
}

// CopyFileRange is copy_file_range(2): it copies up to length bytes from
// fdIn to fdOut inside the kernel and returns the count; a nil offIn or
// offOut uses and advances that descriptor's file offset, a non-nil one is
// read and advanced instead. flags must be 0. It may take a while for large
// ranges but does not wait for events.
func CopyFileRange(fdIn uintptr, offIn *int64, fdOut uintptr, offOut *int64, length, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_COPY_FILE_RANGE, fdIn, uintptr(unsafe.Pointer(offIn)), fdOut, uintptr(unsafe.Pointer(offOut)), length, flags)
}

// Madvise is madvise(2): it gives the kernel advice ([MADV_DONTNEED],
// [MADV_WILLNEED], ...) about the page-aligned range [addr, addr+length).
// It does not block.
func Madvise(addr unsafe.Pointer, length, advice uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_MADVISE, uintptr(addr), length, advice, 0)
	return errno
}

// Mprotect is mprotect(2): it sets the protection (PROT_READ, PROT_WRITE,
// PROT_EXEC, PROT_NONE) of the page-aligned range [addr, addr+length). It
// does not block.
func Mprotect(addr unsafe.Pointer, length, prot uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_MPROTECT, uintptr(addr), length, prot, 0)
	return errno
}

// SchedYield is sched_yield(2): it gives up the CPU to another runnable
// thread of the same priority; the Go scheduler is not told, so other
// goroutines on this P do not run (use runtime.Gosched for that). It
// always succeeds.
func SchedYield() (errno uintptr) {
	_, errno = Syscall4(SYS_SCHED_YIELD, 0, 0, 0, 0)
	return errno
}

// Gettid is gettid(2): the kernel's id of the calling thread. A goroutine
// may move between threads unless it called runtime.LockOSThread. It
// cannot fail or block.
func Gettid() (tid uintptr) {
	tid, _ = Syscall4(SYS_GETTID, 0, 0, 0, 0)
	return tid
}

// Tgkill is tgkill(2): it sends signal sig to thread tid of thread group
// (process) tgid. It does not block.
func Tgkill(tgid, tid, sig uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_TGKILL, tgid, tid, sig, 0)
	return errno
}
