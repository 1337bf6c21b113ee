package zcall

import "unsafe"

// Wrappers whose system call is the same on every supported OS. Each one
// converts its arguments and calls a trampoline directly; pointers become
// uintptr inside that call expression, which keeps the memory alive and in
// place for the duration of the call.

// Read is read(2): it reads up to len(buf) bytes from fd into buf and
// returns the count, 0 at end of file. It blocks when fd is a blocking
// descriptor with nothing to read; on a non-blocking one it fails with
// EAGAIN instead. An empty or nil buf is passed to the kernel as is.
func Read(fd uintptr, buf []byte) (n, errno uintptr) {
	return syscall3(SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
}

// Write is write(2): it writes up to len(buf) bytes from buf to fd and
// returns the count written, which may be short. It blocks when fd is a
// blocking descriptor that is full; on a non-blocking one it fails with
// EAGAIN instead. An empty or nil buf is passed to the kernel as is.
func Write(fd uintptr, buf []byte) (n, errno uintptr) {
	return syscall3(SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)))
}

// Close is close(2). It returns errno 0 on success; the descriptor is
// released even when close reports an error (EINTR, EIO), so do not retry.
// Close does not block except on files whose final flush waits on I/O.
func Close(fd uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_CLOSE, fd, 0, 0)
	return errno
}

// Readv is readv(2): it reads into the iovcnt buffers described by the
// Iovec array at iov and returns the total count, 0 at end of file. It
// blocks like [Read] on a blocking descriptor.
func Readv(fd uintptr, iov unsafe.Pointer, iovcnt uintptr) (n, errno uintptr) {
	return syscall3(SYS_READV, fd, uintptr(iov), iovcnt)
}

// Writev is writev(2): it writes the iovcnt buffers described by the Iovec
// array at iov and returns the total count written, which may be short. It
// blocks like [Write] on a blocking descriptor.
func Writev(fd uintptr, iov unsafe.Pointer, iovcnt uintptr) (n, errno uintptr) {
	return syscall3(SYS_WRITEV, fd, uintptr(iov), iovcnt)
}

// Munmap is munmap(2): it removes the mappings in [addr, addr+length) and
// returns errno 0 on success. It does not block.
func Munmap(addr unsafe.Pointer, length uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_MUNMAP, uintptr(addr), length, 0)
	return errno
}

// Socket is socket(2): it returns a new socket descriptor. Add the
// platform's non-blocking type flag (or set O_NONBLOCK) for calls that
// must not block. Socket itself does not block.
func Socket(domain, typ, protocol uintptr) (fd, errno uintptr) {
	return syscall3(SYS_SOCKET, domain, typ, protocol)
}

// Socketpair is socketpair(2): it creates a pair of connected sockets and
// stores their descriptors in fds. It returns errno 0 on success and does
// not block.
func Socketpair(domain, typ, protocol uintptr, fds *[2]int32) (errno uintptr) {
	_, errno = Syscall4(SYS_SOCKETPAIR, domain, typ, protocol, uintptr(unsafe.Pointer(fds)))
	return errno
}

// Bind is bind(2): it assigns the addrlen-byte socket address at addr to
// fd and returns errno 0 on success. It does not block.
func Bind(fd uintptr, addr unsafe.Pointer, addrlen uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_BIND, fd, uintptr(addr), addrlen)
	return errno
}

// Connect is connect(2): it connects fd to the addrlen-byte address at addr
// and returns errno 0 on success. On a blocking stream socket it blocks
// until the connection is made; on a non-blocking one it returns
// EINPROGRESS and completion is signalled by writability (read SO_ERROR).
func Connect(fd uintptr, addr unsafe.Pointer, addrlen uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_CONNECT, fd, uintptr(addr), addrlen)
	return errno
}

// Listen is listen(2): it marks fd as accepting connections with the given
// backlog and returns errno 0 on success. It does not block.
func Listen(fd, backlog uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_LISTEN, fd, backlog, 0)
	return errno
}

// Accept is accept(2): it returns the descriptor of the next pending
// connection on fd, storing the peer's address at addr (in and out length
// at addrlen, a 32-bit socklen_t) unless addr is nil. It blocks on a
// blocking listener with no pending connection; a non-blocking one returns
// EAGAIN. It passes a zero fourth argument: on s390x, which has no
// accept(2), sysAccept is accept4(2), whose fourth argument is its flags.
func Accept(fd uintptr, addr, addrlen unsafe.Pointer) (nfd, errno uintptr) {
	return Syscall4(sysAccept, fd, uintptr(addr), uintptr(addrlen), 0)
}

// Getsockname is getsockname(2): it stores fd's local address at addr, with
// the in and out length (a 32-bit socklen_t) at addrlen. It returns errno 0
// on success and does not block.
func Getsockname(fd uintptr, addr, addrlen unsafe.Pointer) (errno uintptr) {
	_, errno = syscall3(SYS_GETSOCKNAME, fd, uintptr(addr), uintptr(addrlen))
	return errno
}

// Getpeername is getpeername(2): it stores the address of fd's peer at
// addr, with the in and out length (a 32-bit socklen_t) at addrlen. It
// returns errno 0 on success (ENOTCONN if fd has no peer) and does not
// block.
func Getpeername(fd uintptr, addr, addrlen unsafe.Pointer) (errno uintptr) {
	_, errno = syscall3(SYS_GETPEERNAME, fd, uintptr(addr), uintptr(addrlen))
	return errno
}

// Setsockopt is setsockopt(2): it sets option optname at level to the
// optlen bytes at optval and returns errno 0 on success. It does not block.
func Setsockopt(fd, level, optname uintptr, optval unsafe.Pointer, optlen uintptr) (errno uintptr) {
	_, errno = Syscall6(SYS_SETSOCKOPT, fd, level, optname, uintptr(optval), optlen, 0)
	return errno
}

// Getsockopt is getsockopt(2): it reads option optname at level into
// optval, with the in and out length (a 32-bit socklen_t) at optlen. It
// returns errno 0 on success and does not block.
func Getsockopt(fd, level, optname uintptr, optval, optlen unsafe.Pointer) (errno uintptr) {
	_, errno = Syscall6(SYS_GETSOCKOPT, fd, level, optname, uintptr(optval), uintptr(optlen), 0)
	return errno
}

// Shutdown is shutdown(2): it shuts down reading, writing or both (how is
// SHUT_RD, SHUT_WR or SHUT_RDWR) on fd and returns errno 0 on success. It
// does not block.
func Shutdown(fd, how uintptr) (errno uintptr) {
	_, errno = syscall3(SYS_SHUTDOWN, fd, how, 0)
	return errno
}

// Sendto is sendto(2): it sends buf on fd, to the addrlen-byte address at
// addr unless addr is nil, and returns the count sent. It blocks on a
// blocking socket whose send buffer is full unless flags asks otherwise
// (MSG_DONTWAIT where the platform has it). An empty or nil buf is passed
// to the kernel as is.
func Sendto(fd uintptr, buf []byte, flags uintptr, addr unsafe.Pointer, addrlen uintptr) (n, errno uintptr) {
	return Syscall6(SYS_SENDTO, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, uintptr(addr), addrlen)
}

// Recvfrom is recvfrom(2): it receives into buf from fd and returns the
// count, storing the sender's address at addr (in and out length at
// addrlen, a 32-bit socklen_t) unless addr is nil. It blocks on a blocking
// socket with nothing queued unless flags asks otherwise. An empty or nil
// buf is passed to the kernel as is.
func Recvfrom(fd uintptr, buf []byte, flags uintptr, addr, addrlen unsafe.Pointer) (n, errno uintptr) {
	return Syscall6(SYS_RECVFROM, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), flags, uintptr(addr), uintptr(addrlen))
}

// Sendmsg is sendmsg(2): it sends the message described by the msghdr at
// msg and returns the count of bytes sent. It blocks like [Sendto].
func Sendmsg(fd uintptr, msg unsafe.Pointer, flags uintptr) (n, errno uintptr) {
	return syscall3(SYS_SENDMSG, fd, uintptr(msg), flags)
}

// Recvmsg is recvmsg(2): it receives one message into the msghdr at msg
// and returns the count of bytes received; the kernel updates the header's
// name length, control length and flags. It blocks like [Recvfrom].
func Recvmsg(fd uintptr, msg unsafe.Pointer, flags uintptr) (n, errno uintptr) {
	return syscall3(SYS_RECVMSG, fd, uintptr(msg), flags)
}
