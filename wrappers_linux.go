//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "unsafe"

// Linux-only wrappers. As in wrappers.go, each converts its arguments and
// calls a trampoline directly, with every pointer converted to uintptr
// inside the call expression.

// Pipe2 is pipe2(2): it creates a pipe, storing the read end in fds[0] and
// the write end in fds[1], with flags such as O_NONBLOCK and O_CLOEXEC. It
// returns errno 0 on success and does not block.
func Pipe2(fds *[2]int32, flags uintptr) (errno uintptr) {
	_, errno = Syscall4(SYS_PIPE2, uintptr(unsafe.Pointer(fds)), flags, 0, 0)
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
// byte count in its Len field. timeout (a Timespec, or nil) bounds a
// blocking call; on a blocking socket without MSG_DONTWAIT it blocks.
func Recvmmsg(fd uintptr, msgvec unsafe.Pointer, vlen, flags uintptr, timeout unsafe.Pointer) (n, errno uintptr) {
	return Syscall6(SYS_RECVMMSG, fd, uintptr(msgvec), vlen, flags, uintptr(timeout), 0)
}

// Preadv is preadv(2): [Readv] at file offset offset, leaving the file
// position alone; it returns the total count read. The kernel takes the
// offset as two longs, pos_l and pos_h (fs/read_write.c pos_from_hilo);
// on 64-bit Linux all of it fits in pos_l and pos_h is 0. It blocks like
// [Read].
func Preadv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PREADV, fd, uintptr(iov), iovcnt, uintptr(offset), 0, 0)
}

// Pwritev is pwritev(2): [Writev] at file offset offset, leaving the file
// position alone; it returns the total count written. The offset is passed
// as for [Preadv]. It blocks like [Write].
func Pwritev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV, fd, uintptr(iov), iovcnt, uintptr(offset), 0, 0)
}

// Preadv2 is preadv2(2): [Preadv] with RWF_* flags (RWF_NOWAIT makes it
// fail with EAGAIN rather than wait for I/O); offset -1 reads at the file
// position and advances it. It returns the total count read and blocks
// like [Read] unless RWF_NOWAIT is given.
func Preadv2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PREADV2, fd, uintptr(iov), iovcnt, uintptr(offset), 0, flags)
}

// Pwritev2 is pwritev2(2): [Pwritev] with RWF_* flags; offset -1 writes at
// the file position and advances it. It returns the total count written
// and blocks like [Write] unless RWF_NOWAIT is given.
func Pwritev2(fd uintptr, iov unsafe.Pointer, iovcnt uintptr, offset int64, flags uintptr) (n, errno uintptr) {
	return Syscall6(SYS_PWRITEV2, fd, uintptr(iov), iovcnt, uintptr(offset), 0, flags)
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
	return Syscall4(SYS_EVENTFD2, initval, flags, 0, 0)
}

// TimerfdCreate is timerfd_create(2): it returns a new timer descriptor on
// clock clockid with TFD_* flags. It does not block; reads of a blocking
// timerfd wait for the next expiration.
func TimerfdCreate(clockid, flags uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_TIMERFD_CREATE, clockid, flags, 0, 0)
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
	_, errno = Syscall4(SYS_TIMERFD_GETTIME, fd, uintptr(currValue), 0, 0)
	return errno
}

// Signalfd4 is signalfd4(2): with fd ^uintptr(0) it returns a new
// descriptor that reads the signals in the maskSize-byte set at mask
// (maskSize is 8, the kernel's sigset size); with an existing signalfd it
// replaces that descriptor's mask and returns fd. It does not block; reads
// of a blocking signalfd wait for a signal.
func Signalfd4(fd uintptr, mask unsafe.Pointer, maskSize, flags uintptr) (newfd, errno uintptr) {
	return Syscall4(SYS_SIGNALFD4, fd, uintptr(mask), maskSize, flags)
}

// MemfdCreate is memfd_create(2): it returns a descriptor for a new
// anonymous file named by the NUL-terminated string at name (used only in
// /proc), with MFD_* flags. It does not block.
func MemfdCreate(name unsafe.Pointer, flags uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_MEMFD_CREATE, uintptr(name), flags, 0, 0)
}

// PidfdOpen is pidfd_open(2): it returns a descriptor referring to process
// pid. It does not block.
func PidfdOpen(pid, flags uintptr) (fd, errno uintptr) {
	return Syscall4(SYS_PIDFD_OPEN, pid, flags, 0, 0)
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
	return Syscall4(SYS_PIDFD_GETFD, pidfd, targetfd, flags, 0)
}

// IoUringSetup is io_uring_setup(2): it creates an io_uring instance with
// room for entries submissions, reading and filling in the io_uring_params
// structure at params (ring offsets for mmap), and returns the ring's
// descriptor. It does not block.
func IoUringSetup(entries uintptr, params unsafe.Pointer) (fd, errno uintptr) {
	return Syscall4(SYS_IO_URING_SETUP, entries, uintptr(params), 0, 0)
}

// IoUringEnter is io_uring_enter(2): it submits up to toSubmit entries
// from the ring of fd and returns how many were consumed. With
// IORING_ENTER_GETEVENTS in flags it also waits until minComplete
// completions are available, so it blocks unless minComplete is 0; sig and
// sigsetSize give a signal mask for the wait (nil and 0 for none).
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
