package zcall

import "unsafe"

// Linux-only wrappers. As in wrappers.go, each converts its arguments and
// calls a trampoline directly, with every pointer converted to uintptr
// inside the call expression; the result is the kernel's, errno 0 on
// success. Calls that can block say how to avoid it; the ones whose point is
// to wait have a Blocking variant in blocking_linux.go. Fstat is in
// fstat_linux.go (defs_linux_loong64.go on loong64). The wrappers that pass
// a 64-bit file offset or length (Pread, Pwrite, Preadv, Pwritev, Preadv2,
// Pwritev2, Ftruncate, Fallocate) are in lp64_linux.go and, for 32-bit
// Linux, where such a value takes two argument words, in ilp32_linux.go.

// Pipe2 is pipe2(2): it creates a pipe, storing the read end in fds[0] and
// the write end in fds[1], with flags such as O_NONBLOCK and O_CLOEXEC. It
// returns errno 0 on success and does not block.
func Pipe2(fds *[2]int32, flags uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_PIPE2, uintptr(unsafe.Pointer(fds)), flags, 0)
	return errno
}

// Accept4 is accept4(2): [Accept] with flags (SOCK_NONBLOCK, SOCK_CLOEXEC)
// applied to the new descriptor. It blocks on a blocking listener with no
// pending connection; a non-blocking one returns EAGAIN.
func Accept4(fd uintptr, addr, addrlen unsafe.Pointer, flags uintptr) (nfd, errno uintptr) {
	return Syscall4(SYS_ACCEPT4, fd, uintptr(addr), uintptr(addrlen), flags)
}

// Sendmmsg is sendmmsg(2): it sends up to vlen messages from the Mmsghdr
// array at msgvec and returns how many were sent, storing each one's byte
// count in its Len field. It blocks like [Sendmsg].
func Sendmmsg(fd uintptr, msgvec unsafe.Pointer, vlen, flags uintptr) (n, errno uintptr) {
	return Syscall4(SYS_SENDMMSG, fd, uintptr(msgvec), vlen, flags)
}

// Recvmmsg is recvmmsg(2): it receives up to vlen messages into the
// Mmsghdr array at msgvec and returns how many arrived, storing each one's
// byte count in its Len field. On a blocking socket without MSG_DONTWAIT
// it waits for the first message, and then for each further one, holding
// its thread and P. timeout (a *Timespec, or nil) does not bound that wait:
// the kernel checks it only after each message arrives (recvmmsg(2),
// BUGS), so a call with a 100ms timeout returns when messages come, however
// late. For a bounded wait, pass MSG_DONTWAIT (or use a non-blocking
// socket) and wait for readiness with [EpollPwaitBlocking].
func Recvmmsg(fd uintptr, msgvec unsafe.Pointer, vlen, flags uintptr, timeout unsafe.Pointer) (n, errno uintptr) {
	return Syscall6(SYS_RECVMMSG, fd, uintptr(msgvec), vlen, flags, uintptr(timeout), 0)
}

// Splice is splice(2): it moves up to length bytes from fdIn to fdOut, one
// of which must be a pipe, and returns the count moved. A non-nil offIn or
// offOut gives the offset in a non-pipe descriptor and is advanced by the
// kernel; nil uses the file position. It blocks on pipes unless flags has
// SPLICE_F_NONBLOCK (and the other end is non-blocking too).
func Splice(fdIn uintptr, offIn *int64, fdOut uintptr, offOut *int64, length, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_SPLICE, fdIn, uintptr(unsafe.Pointer(offIn)), fdOut, uintptr(unsafe.Pointer(offOut)), length, flags)
}

// Tee is tee(2): it duplicates up to length bytes from pipe fdIn into pipe
// fdOut without consuming them and returns the count. It blocks unless
// flags has SPLICE_F_NONBLOCK.
func Tee(fdIn, fdOut, length, flags uintptr) (n, errno uintptr) {
	return Syscall4(SYS_TEE, fdIn, fdOut, length, flags)
}

// Vmsplice is vmsplice(2): it splices the nrSegs user buffers described by
// the Iovec array at iov into (or, on a read end, out of) pipe fd and
// returns the byte count. It blocks on a full or empty pipe unless flags
// has SPLICE_F_NONBLOCK.
func Vmsplice(fd uintptr, iov unsafe.Pointer, nrSegs, flags uintptr) (n, errno uintptr) {
	return Syscall4(SYS_VMSPLICE, fd, uintptr(iov), nrSegs, flags)
}

// Eventfd2 is eventfd2(2): it returns a new eventfd descriptor whose
// counter starts at initval, with EFD_* flags. It does not block; reads of
// a blocking eventfd wait while the counter is 0.
func Eventfd2(initval, flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_EVENTFD2, initval, flags, 0)
}

// TimerfdCreate is timerfd_create(2): it returns a new timer descriptor on
// clock clockid with TFD_* flags. It does not block; reads of a blocking
// timerfd wait for the next expiration.
func TimerfdCreate(clockid, flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_TIMERFD_CREATE, clockid, flags, 0)
}

// TimerfdSettime is timerfd_settime(2): it arms or disarms timer fd with
// the Itimerspec at newValue (TFD_TIMER_ABSTIME in flags for an absolute
// time) and stores the previous setting at oldValue unless it is nil. It
// returns errno 0 on success and does not block.
func TimerfdSettime(fd, flags uintptr, newValue, oldValue unsafe.Pointer) (errno uintptr) {
	_, errno = Syscall4(SYS_TIMERFD_SETTIME, fd, flags, uintptr(newValue), uintptr(oldValue))
	return errno
}

// TimerfdGettime is timerfd_gettime(2): it stores the time until the next
// expiration and the interval of timer fd as an Itimerspec at currValue.
// It returns errno 0 on success and does not block.
func TimerfdGettime(fd uintptr, currValue unsafe.Pointer) (errno uintptr) {
	_, errno = syscall3(SYS_TIMERFD_GETTIME, fd, uintptr(currValue), 0)
	return errno
}

// Signalfd4 is signalfd4(2): with fd ^uintptr(0) it returns a new
// descriptor that reads the signals in the maskSize-byte set at mask
// (maskSize must be [SizeofSigset], the kernel's sigset size: 8 bytes, 16
// on mips, mipsle, mips64 and mips64le; any other size fails with EINVAL);
// with an existing signalfd it replaces that descriptor's mask and returns
// fd. It does not block; reads of a blocking signalfd wait for a signal.
func Signalfd4(fd uintptr, mask unsafe.Pointer, maskSize, flags uintptr) (newfd, errno uintptr) {
	return Syscall4(SYS_SIGNALFD4, fd, uintptr(mask), maskSize, flags)
}

// MemfdCreate is memfd_create(2): it returns a descriptor for a new
// anonymous file named by the NUL-terminated string at name (used only in
// /proc), with MFD_* flags. It does not block.
func MemfdCreate(name unsafe.Pointer, flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_MEMFD_CREATE, uintptr(name), flags, 0)
}

// PidfdOpen is pidfd_open(2): it returns a descriptor referring to process
// pid. It does not block.
func PidfdOpen(pid, flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_PIDFD_OPEN, pid, flags, 0)
}

// PidfdSendSignal is pidfd_send_signal(2): it sends signal sig (0 only
// checks that the process exists and may be signalled) to the process of
// pidfd, with the siginfo at info unless it is nil. It returns errno 0 on
// success and does not block.
func PidfdSendSignal(pidfd, sig uintptr, info unsafe.Pointer, flags uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_PIDFD_SEND_SIGNAL, pidfd, sig, uintptr(info), flags)
	return errno
}

// PidfdGetfd is pidfd_getfd(2): it returns a duplicate, in the calling
// process, of descriptor targetfd of the process of pidfd. It needs
// ptrace access to that process (EPERM otherwise) and does not block.
func PidfdGetfd(pidfd, targetfd, flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_PIDFD_GETFD, pidfd, targetfd, flags)
}

// IoUringSetup is io_uring_setup(2): it creates an io_uring instance with
// room for entries submissions, reading and filling in the io_uring_params
// structure at params (ring offsets for mmap), and returns the ring's
// descriptor. It does not block.
func IoUringSetup(entries uintptr, params unsafe.Pointer) (fd, errno uintptr) {
	return syscall3(SYS_IO_URING_SETUP, entries, uintptr(params), 0)
}

// IoUringEnter is io_uring_enter(2): it submits up to toSubmit entries
// from the ring of fd and returns how many were consumed. With
// IORING_ENTER_GETEVENTS in flags it also waits until minComplete
// completions are available, so it blocks unless minComplete is 0; sig and
// sigsetSize give a signal mask for the wait (nil and 0 for none; with a
// mask, sigsetSize must be [SizeofSigset] or the kernel answers EINVAL), or
// with [IORING_ENTER_EXT_ARG] a struct io_uring_getevents_arg and its size.
// With [IORING_ENTER_EXT_ARG_REG] the kernel reads the fifth argument as an
// offset into the wait region registered with IORING_REGISTER_MEM_REGION
// (flag IORING_MEM_REGION_REG_WAIT_ARG), not as a pointer: pass that offset
// through [Syscall6] with [SYS_IO_URING_ENTER] (or [BlockingSyscall6] for a
// wait), never as sig. A wait can end with EINTR when a signal arrives, the
// runtime's preemption signal included.
func IoUringEnter(fd, toSubmit, minComplete, flags uintptr, sig unsafe.Pointer, sigsetSize uintptr) (r1, errno uintptr) {
	return Syscall6(SYS_IO_URING_ENTER, fd, toSubmit, minComplete, flags, uintptr(sig), sigsetSize)
}

// IoUringRegister is io_uring_register(2): it performs IORING_REGISTER_*
// operation opcode on the ring of fd with nrArgs arguments at arg and
// returns the operation's result. Some operations wait for the ring's
// in-flight requests to settle; none waits on I/O from outside.
func IoUringRegister(fd, opcode uintptr, arg unsafe.Pointer, nrArgs uintptr) (r1, errno uintptr) {
	return Syscall4(SYS_IO_URING_REGISTER, fd, opcode, uintptr(arg), nrArgs)
}

// EpollCreate1 is epoll_create1(2): it returns a new epoll descriptor;
// flags is 0 or [EPOLL_CLOEXEC]. It does not block.
func EpollCreate1(flags uintptr) (fd, errno uintptr) {
	return syscall3(SYS_EPOLL_CREATE1, flags, 0, 0)
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

// Futex is futex(2) for the operations whose fourth argument is a timeout
// pointer or unused: op (e.g. [FUTEX_WAKE_PRIVATE], [FUTEX_WAIT_PRIVATE],
// [FUTEX_WAKE_BITSET]) on the futex word at addr, with val, timeout (a
// *[Timespec], or nil; on 32-bit Linux the call is futex_time64, which
// takes that 64-bit layout), addr2 and val3 as op defines them; r1 is op's
// result (for FUTEX_WAKE, the number of waiters woken). Do not use it for
// [FUTEX_REQUEUE], [FUTEX_CMP_REQUEUE] or [FUTEX_WAKE_OP], which read the
// fourth argument as an integer count: use [FutexRequeue]. Waking does not
// block; a FUTEX_WAIT whose word still holds val waits, so make waits
// through [FutexWaitBlocking], and use Futex only for wakes and waits that
// cannot sleep (a word that no longer holds val fails at once with EAGAIN).
func Futex(addr *uint32, op, val uintptr, timeout unsafe.Pointer, addr2 *uint32, val3 uintptr) (r1, errno uintptr) {
	return Syscall6(SYS_FUTEX, uintptr(unsafe.Pointer(addr)), op, val, uintptr(timeout), uintptr(unsafe.Pointer(addr2)), val3)
}

// FutexRequeue is futex(2) for the operations that read the fourth argument
// as an integer, val2, rather than a timeout pointer:
//
//   - [FUTEX_CMP_REQUEUE] (or [FUTEX_CMP_REQUEUE_PRIVATE]): if the word at
//     addr still holds val3 (else EAGAIN), wake up to val waiters on addr
//     and move up to val2 of the others to wait on addr2;
//   - [FUTEX_REQUEUE]: the same without the check of val3;
//   - [FUTEX_WAKE_OP]: apply the operation encoded in val3 to the word at
//     addr2, wake up to val waiters on addr and, if the comparison encoded
//     in val3 holds for addr2's old value, up to val2 waiters on addr2.
//
// r1 is the kernel's count: for the requeue operations, the waiters woken
// plus those moved; for FUTEX_WAKE_OP, the waiters woken on both words. It
// does not block.
func FutexRequeue(addr *uint32, op, val, val2 uintptr, addr2 *uint32, val3 uintptr) (r1, errno uintptr) {
	return Syscall6(SYS_FUTEX, uintptr(unsafe.Pointer(addr)), op, val, val2, uintptr(unsafe.Pointer(addr2)), val3)
}

// Getrandom is getrandom(2): it fills buf with random bytes and returns the
// count, which may be short for large requests. Without [GRND_NONBLOCK] it
// blocks until the kernel's pool is initialised (early boot only); with it,
// it fails with EAGAIN instead.
func Getrandom(buf []byte, flags uintptr) (n, errno uintptr) {
	return syscall3(SYS_GETRANDOM, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags)
}

// Fcntl is fcntl(2) with an integer argument (e.g. [F_GETFL], [F_SETFL],
// [F_DUPFD_CLOEXEC]); r1 is the command's result. Commands that take a
// pointer need [Syscall4] with the pointer converted in that call. Record
// locks with F_SETLKW block; the commands named here do not.
func Fcntl(fd, cmd, arg uintptr) (r1, errno uintptr) {
	return syscall3(SYS_FCNTL, fd, cmd, arg)
}

// Ioctl is ioctl(2) with a pointer argument (arg may be nil): it performs
// request req on fd and returns errno only, which suits the requests that
// answer through *arg (SIOCGIFINDEX, FIONREAD, TIOCGWINSZ, ...). For a
// request whose answer is the call's return value (NS_GET_NSTYPE, ...), or
// one that takes an integer argument, call [Syscall4] with [SYS_IOCTL]:
//
//	r1, errno := zcall.Syscall4(zcall.SYS_IOCTL, fd, req, arg, 0)
//
// converting a pointer argument with uintptr(unsafe.Pointer(p)) inside that
// call. Whether it blocks depends on the request and the device.
func Ioctl(fd, req uintptr, arg unsafe.Pointer) (errno uintptr) {
	_, errno = syscall3(SYS_IOCTL, fd, req, uintptr(arg))
	return errno
}

// Openat is openat(2): it opens path, a NUL-terminated byte string,
// relative to dirfd ([AT_FDCWD] for the current directory), with flags
// (O_RDONLY, O_CLOEXEC, ...) and, when creating, mode; it returns the new
// descriptor. Opening a FIFO without O_NONBLOCK blocks until the other end
// opens, and opening files on slow file systems may wait.
//
// On 32-bit Linux it adds O_LARGEFILE to flags, which the kernel adds
// itself on 64-bit Linux (as does Go's syscall.Open), so that files of
// 2 GiB or more open there too.
func Openat(dirfd uintptr, path unsafe.Pointer, flags, mode uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_OPENAT, dirfd, uintptr(path), flags|oLargefile, mode)
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
	_, errno = syscall3(SYS_MADVISE, uintptr(addr), length, advice)
	return errno
}

// Mprotect is mprotect(2): it sets the protection (PROT_READ, PROT_WRITE,
// PROT_EXEC, PROT_NONE) of the page-aligned range [addr, addr+length). It
// does not block.
func Mprotect(addr unsafe.Pointer, length, prot uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_MPROTECT, uintptr(addr), length, prot)
	return errno
}

// SchedYield is sched_yield(2): it gives up the CPU to another runnable
// thread of the same priority; the Go scheduler is not told, so other
// goroutines on this P do not run (use runtime.Gosched for that). It
// always succeeds.
func SchedYield() (errno uintptr) {
	_, errno = syscall3(SYS_SCHED_YIELD, 0, 0, 0)
	return errno
}

// Gettid is gettid(2): the kernel's id of the calling thread. A goroutine
// may move between threads unless it called runtime.LockOSThread. It
// cannot fail or block.
func Gettid() (tid uintptr) {
	tid, _ = syscall3(SYS_GETTID, 0, 0, 0)
	return tid
}

// Tgkill is tgkill(2): it sends signal sig to thread tid of thread group
// (process) tgid. It does not block.
func Tgkill(tgid, tid, sig uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_TGKILL, tgid, tid, sig)
	return errno
}
