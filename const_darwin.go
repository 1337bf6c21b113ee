package zcall

import "syscall"

// Values of the constants below.
//
// A name that the standard library's syscall package defines for darwin
// takes its value from there at compile time, for the architecture being
// built (darwin/amd64 and darwin/arm64 share every value below). The few it lacks are derived
// from another syscall name where XNU defines them that way, or written out
// beside the XNU header that defines them; SOCK_NONBLOCK and SOCK_CLOEXEC,
// which XNU does not have at all, are explained where they are defined. The
// tests compare every name that golang.org/x/sys/unix also defines with it at
// compile time.

// Address families, for [Socket] and socket addresses (from syscall).
const (
	AF_INET  = syscall.AF_INET
	AF_INET6 = syscall.AF_INET6
	AF_LOCAL = syscall.AF_LOCAL
	AF_UNIX  = syscall.AF_UNIX
)

// Socket types for [Socket] and [Socketpair] (from syscall).
const (
	SOCK_DGRAM     = syscall.SOCK_DGRAM
	SOCK_RAW       = syscall.SOCK_RAW
	SOCK_SEQPACKET = syscall.SOCK_SEQPACKET
	SOCK_STREAM    = syscall.SOCK_STREAM
)

// SOCK_NONBLOCK and SOCK_CLOEXEC are Linux and FreeBSD flags that may be
// or-ed into the type argument of socket(2); XNU has no such flags (use
// fcntl(2) with O_NONBLOCK and FD_CLOEXEC on darwin instead). They are
// defined here so that portable code compiles, with FreeBSD's values
// (0x20000000 and 0x10000000, sys/sys/socket.h), not with 0: XNU's socreate
// looks the protocol up by the exact type value, so a type that carries
// either bit matches no protocol and [Socket] and [Socketpair] fail with
// EPROTONOSUPPORT (EPROTOTYPE when a protocol is named) rather than silently
// creating a blocking or inheritable descriptor that the caller believes is
// neither.
const (
	SOCK_NONBLOCK = 0x20000000
	SOCK_CLOEXEC  = 0x10000000
)

// IP protocol numbers, the protocol argument of [Socket] and the level of
// protocol socket options (from syscall).
const (
	IPPROTO_ICMP = syscall.IPPROTO_ICMP
	IPPROTO_IP   = syscall.IPPROTO_IP
	IPPROTO_IPV6 = syscall.IPPROTO_IPV6
	IPPROTO_RAW  = syscall.IPPROTO_RAW
	IPPROTO_TCP  = syscall.IPPROTO_TCP
	IPPROTO_UDP  = syscall.IPPROTO_UDP
)

// Socket option levels for [Setsockopt] and [Getsockopt]. SOL_SOCKET is
// from syscall. XNU has no SOL_IP, SOL_TCP, SOL_UDP or SOL_IPV6: a protocol's
// options are at the level of its IPPROTO_ number (bsd/netinet/in.h), so the
// Linux names are defined here as those numbers, taken from syscall.
const (
	SOL_SOCKET = syscall.SOL_SOCKET
	SOL_IP     = syscall.IPPROTO_IP
	SOL_TCP    = syscall.IPPROTO_TCP
	SOL_UDP    = syscall.IPPROTO_UDP
	SOL_IPV6   = syscall.IPPROTO_IPV6
)

// Socket-level options (level SOL_SOCKET), from syscall.
const (
	SO_ACCEPTCONN = syscall.SO_ACCEPTCONN
	SO_BROADCAST  = syscall.SO_BROADCAST
	SO_DEBUG      = syscall.SO_DEBUG
	SO_DONTROUTE  = syscall.SO_DONTROUTE
	SO_ERROR      = syscall.SO_ERROR
	SO_KEEPALIVE  = syscall.SO_KEEPALIVE
	SO_LINGER     = syscall.SO_LINGER
	SO_NOSIGPIPE  = syscall.SO_NOSIGPIPE
	SO_OOBINLINE  = syscall.SO_OOBINLINE
	SO_RCVBUF     = syscall.SO_RCVBUF
	SO_RCVLOWAT   = syscall.SO_RCVLOWAT
	SO_RCVTIMEO   = syscall.SO_RCVTIMEO
	SO_REUSEADDR  = syscall.SO_REUSEADDR
	SO_REUSEPORT  = syscall.SO_REUSEPORT
	SO_SNDBUF     = syscall.SO_SNDBUF
	SO_SNDLOWAT   = syscall.SO_SNDLOWAT
	SO_SNDTIMEO   = syscall.SO_SNDTIMEO
	SO_TYPE       = syscall.SO_TYPE
)

// TCP options (level SOL_TCP), from syscall. TCP_KEEPALIVE is XNU's name for
// the idle time before keepalive probes (Linux's TCP_KEEPIDLE).
// TCP_KEEPINTVL and TCP_KEEPCNT are written out from bsd/netinet/tcp.h: the
// syscall package defines them for darwin/arm64 but not for darwin/amd64,
// and XNU's values are the same on both.
const (
	TCP_KEEPALIVE = syscall.TCP_KEEPALIVE
	TCP_KEEPCNT   = 0x102
	TCP_KEEPINTVL = 0x101
	TCP_MAXSEG    = syscall.TCP_MAXSEG
	TCP_NODELAY   = syscall.TCP_NODELAY
)

// Flags for the send and receive calls ([Sendto], [Recvfrom], [Sendmsg],
// [Recvmsg]). All but MSG_NOSIGNAL are from syscall.
const (
	MSG_CTRUNC    = syscall.MSG_CTRUNC
	MSG_DONTROUTE = syscall.MSG_DONTROUTE
	MSG_DONTWAIT  = syscall.MSG_DONTWAIT
	MSG_EOF       = syscall.MSG_EOF
	MSG_OOB       = syscall.MSG_OOB
	MSG_PEEK      = syscall.MSG_PEEK
	MSG_TRUNC     = syscall.MSG_TRUNC
	MSG_WAITALL   = syscall.MSG_WAITALL

	// MSG_NOSIGNAL suppresses SIGPIPE for one send on a broken stream
	// (bsd/sys/socket.h; the syscall package does not define it).
	MSG_NOSIGNAL = 0x80000
)

// Arguments for [Shutdown] (from syscall).
const (
	SHUT_RD   = syscall.SHUT_RD
	SHUT_RDWR = syscall.SHUT_RDWR
	SHUT_WR   = syscall.SHUT_WR
)

// Open flags (from syscall).
const (
	O_APPEND   = syscall.O_APPEND
	O_CLOEXEC  = syscall.O_CLOEXEC
	O_CREAT    = syscall.O_CREAT
	O_EXCL     = syscall.O_EXCL
	O_NOCTTY   = syscall.O_NOCTTY
	O_NONBLOCK = syscall.O_NONBLOCK
	O_RDONLY   = syscall.O_RDONLY
	O_RDWR     = syscall.O_RDWR
	O_SYNC     = syscall.O_SYNC
	O_TRUNC    = syscall.O_TRUNC
	O_WRONLY   = syscall.O_WRONLY
)

// Memory protection and mapping flags for [Mmap] (from syscall).
// MAP_ANONYMOUS is XNU's other name for MAP_ANON (bsd/sys/mman.h) and takes
// syscall's MAP_ANON.
const (
	PROT_EXEC     = syscall.PROT_EXEC
	PROT_NONE     = syscall.PROT_NONE
	PROT_READ     = syscall.PROT_READ
	PROT_WRITE    = syscall.PROT_WRITE
	MAP_FIXED     = syscall.MAP_FIXED
	MAP_PRIVATE   = syscall.MAP_PRIVATE
	MAP_SHARED    = syscall.MAP_SHARED
	MAP_ANONYMOUS = syscall.MAP_ANON
)

// System call numbers. Each takes its value from the standard library's
// syscall package where it defines the name for darwin, or cites the
// XNU table (bsd/kern/syscalls.master) beside the value. XNU numbers its
// calls once for every architecture. The tests check every number that
// golang.org/x/sys/unix also defines against it.
const (
	SYS_ACCEPT      = syscall.SYS_ACCEPT
	SYS_BIND        = syscall.SYS_BIND
	SYS_CLOSE       = syscall.SYS_CLOSE
	SYS_CONNECT     = syscall.SYS_CONNECT
	SYS_GETPEERNAME = syscall.SYS_GETPEERNAME
	SYS_GETSOCKNAME = syscall.SYS_GETSOCKNAME
	SYS_GETSOCKOPT  = syscall.SYS_GETSOCKOPT
	SYS_KEVENT      = syscall.SYS_KEVENT
	SYS_KEVENT64    = syscall.SYS_KEVENT64
	SYS_KQUEUE      = syscall.SYS_KQUEUE
	SYS_LISTEN      = syscall.SYS_LISTEN
	SYS_MMAP        = syscall.SYS_MMAP
	SYS_MUNMAP      = syscall.SYS_MUNMAP
	SYS_PREAD       = syscall.SYS_PREAD  // 153: pread(fd, buf, nbyte, offset)
	SYS_PWRITE      = syscall.SYS_PWRITE // 154: pwrite(fd, buf, nbyte, offset)
	SYS_READ        = syscall.SYS_READ
	SYS_READV       = syscall.SYS_READV
	SYS_RECVFROM    = syscall.SYS_RECVFROM
	SYS_RECVMSG     = syscall.SYS_RECVMSG
	SYS_SENDMSG     = syscall.SYS_SENDMSG
	SYS_SENDTO      = syscall.SYS_SENDTO
	SYS_SETSOCKOPT  = syscall.SYS_SETSOCKOPT
	SYS_SHUTDOWN    = syscall.SYS_SHUTDOWN
	SYS_SOCKET      = syscall.SYS_SOCKET
	SYS_SOCKETPAIR  = syscall.SYS_SOCKETPAIR
	SYS_WRITE       = syscall.SYS_WRITE
	SYS_WRITEV      = syscall.SYS_WRITEV

	// SYS_PIPE is pipe(2), which returns its two descriptors in two
	// registers (x0 and x1 on arm64, AX and DX on amd64) and writes no
	// memory. Syscall4 and Syscall6 return only the first register, so a
	// raw pipe through them loses the write end, which stays open; zcall has
	// no pipe wrapper on darwin. Use syscall.Pipe, or [Socketpair] for a
	// pair of connected descriptors.
	SYS_PIPE = syscall.SYS_PIPE

	// preadv and pwritev came to XNU with macOS 11; neither syscall nor
	// x/sys/unix (whose darwin table stops at 529) lists them.
	SYS_PREADV  = 540 // bsd/kern/syscalls.master: 540 AUE_PREADV ALL { user_ssize_t preadv(int fd, struct iovec *iovp, int iovcnt, off_t offset); }
	SYS_PWRITEV = 541 // bsd/kern/syscalls.master: 541 AUE_PWRITEV ALL { user_ssize_t pwritev(int fd, struct iovec *iovp, int iovcnt, off_t offset); }
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT
