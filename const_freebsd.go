package zcall

import "syscall"

// Values of the constants below.
//
// A name that the standard library's syscall package defines for FreeBSD
// takes its value from there at compile time, for the target being built. The few it lacks
// are derived from another syscall name where FreeBSD defines them that way;
// SO_ZEROCOPY and MSG_ZEROCOPY, which FreeBSD does not have at all, are
// explained where they are defined. The tests compare every name that
// golang.org/x/sys/unix also defines with it at compile time.

// Address families, for [Socket] and socket addresses (from syscall).
const (
	AF_INET  = syscall.AF_INET
	AF_INET6 = syscall.AF_INET6
	AF_LOCAL = syscall.AF_LOCAL
	AF_UNIX  = syscall.AF_UNIX
)

// Socket types for [Socket] and [Socketpair], and the SOCK_NONBLOCK and
// SOCK_CLOEXEC flags that may be or-ed into the type (from syscall).
const (
	SOCK_CLOEXEC   = syscall.SOCK_CLOEXEC
	SOCK_DGRAM     = syscall.SOCK_DGRAM
	SOCK_NONBLOCK  = syscall.SOCK_NONBLOCK
	SOCK_RAW       = syscall.SOCK_RAW
	SOCK_SEQPACKET = syscall.SOCK_SEQPACKET
	SOCK_STREAM    = syscall.SOCK_STREAM
)

// IP protocol numbers, the protocol argument of [Socket] and the level of
// protocol socket options (from syscall).
const (
	IPPROTO_ICMP = syscall.IPPROTO_ICMP
	IPPROTO_IP   = syscall.IPPROTO_IP
	IPPROTO_IPV6 = syscall.IPPROTO_IPV6
	IPPROTO_RAW  = syscall.IPPROTO_RAW
	IPPROTO_SCTP = syscall.IPPROTO_SCTP
	IPPROTO_TCP  = syscall.IPPROTO_TCP
	IPPROTO_UDP  = syscall.IPPROTO_UDP
)

// Socket option levels for [Setsockopt] and [Getsockopt]. SOL_SOCKET is
// from syscall. FreeBSD has no SOL_IP, SOL_TCP, SOL_UDP or SOL_IPV6: a
// protocol's options are at the level of its IPPROTO_ number
// (sys/netinet/in.h), so the Linux names are defined here as those numbers,
// taken from syscall.
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

// SO_ZEROCOPY is Linux's socket option that enables zero-copy sends
// (include/uapi/asm-generic/socket.h, 60). FreeBSD has no such option; the
// name keeps Linux's number, which FreeBSD's sosetopt does not know, so
// [Setsockopt] with it fails with ENOPROTOOPT and a program learns at setup
// that zero-copy sends are not available, instead of believing it enabled
// them.
const SO_ZEROCOPY = 60

// TCP options (level SOL_TCP), from syscall.
const (
	TCP_KEEPCNT   = syscall.TCP_KEEPCNT
	TCP_KEEPIDLE  = syscall.TCP_KEEPIDLE
	TCP_KEEPINIT  = syscall.TCP_KEEPINIT
	TCP_KEEPINTVL = syscall.TCP_KEEPINTVL
	TCP_MAXSEG    = syscall.TCP_MAXSEG
	TCP_NODELAY   = syscall.TCP_NODELAY
	TCP_NOPUSH    = syscall.TCP_NOPUSH
)

// Flags for the send and receive calls ([Sendto], [Recvfrom], [Sendmsg],
// [Recvmsg], [Sendmmsg], [Recvmmsg]), from syscall.
const (
	MSG_CTRUNC    = syscall.MSG_CTRUNC
	MSG_DONTROUTE = syscall.MSG_DONTROUTE
	MSG_DONTWAIT  = syscall.MSG_DONTWAIT
	MSG_EOF       = syscall.MSG_EOF
	MSG_EOR       = syscall.MSG_EOR
	MSG_NOSIGNAL  = syscall.MSG_NOSIGNAL
	MSG_OOB       = syscall.MSG_OOB
	MSG_PEEK      = syscall.MSG_PEEK
	MSG_TRUNC     = syscall.MSG_TRUNC
	MSG_WAITALL   = syscall.MSG_WAITALL
)

// MSG_ZEROCOPY is Linux's per-send zero-copy flag. FreeBSD has no such flag,
// and its send calls ignore flag bits they do not know, so no value could make
// a send fail; it is 0, which adds nothing to the flags and cannot collide
// with a flag FreeBSD assigns later. Linux, too, sends by copying when
// MSG_ZEROCOPY is given without SO_ZEROCOPY, and on FreeBSD enabling
// [SO_ZEROCOPY] fails with ENOPROTOOPT.
const MSG_ZEROCOPY = 0

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
	O_NONBLOCK = syscall.O_NONBLOCK
	O_RDONLY   = syscall.O_RDONLY
	O_RDWR     = syscall.O_RDWR
	O_TRUNC    = syscall.O_TRUNC
	O_WRONLY   = syscall.O_WRONLY
)

// Memory protection and mapping flags for [Mmap] (from syscall).
const (
	PROT_EXEC     = syscall.PROT_EXEC
	PROT_NONE     = syscall.PROT_NONE
	PROT_READ     = syscall.PROT_READ
	PROT_WRITE    = syscall.PROT_WRITE
	MAP_ANONYMOUS = syscall.MAP_ANONYMOUS
	MAP_FIXED     = syscall.MAP_FIXED
	MAP_PRIVATE   = syscall.MAP_PRIVATE
	MAP_SHARED    = syscall.MAP_SHARED
)

// System call numbers, the same on every FreeBSD architecture
// (sys/kern/syscalls.master). Each takes its value from the standard
// library's syscall package, and the tests check it against
// golang.org/x/sys/unix.
const (
	SYS_ACCEPT      = syscall.SYS_ACCEPT
	SYS_ACCEPT4     = syscall.SYS_ACCEPT4
	SYS_BIND        = syscall.SYS_BIND
	SYS_CLOSE       = syscall.SYS_CLOSE
	SYS_CONNECT     = syscall.SYS_CONNECT
	SYS_FSTAT       = syscall.SYS_FSTAT
	SYS_FTRUNCATE   = syscall.SYS_FTRUNCATE
	SYS_GETPEERNAME = syscall.SYS_GETPEERNAME
	SYS_GETSOCKNAME = syscall.SYS_GETSOCKNAME
	SYS_GETSOCKOPT  = syscall.SYS_GETSOCKOPT
	SYS_LISTEN      = syscall.SYS_LISTEN
	SYS_MMAP        = syscall.SYS_MMAP
	SYS_MUNMAP      = syscall.SYS_MUNMAP
	SYS_PIPE2       = syscall.SYS_PIPE2
	SYS_PREADV      = syscall.SYS_PREADV
	SYS_PWRITEV     = syscall.SYS_PWRITEV
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

	// FreeBSD has no recvmmsg or sendmmsg system call: its libc builds
	// them from recvmsg and sendmsg (lib/libc/sys/recvmmsg.c, sendmmsg.c),
	// and so do Recvmmsg and Sendmmsg here. These names hold the numbers
	// those wrappers actually call.
	SYS_RECVMMSG = SYS_RECVMSG
	SYS_SENDMMSG = SYS_SENDMSG
)

// sysAccept is the call behind [Accept].
const sysAccept = SYS_ACCEPT

// kqueue's numbers on FreeBSD. syscall.SYS_KEVENT is 363, the FreeBSD 11
// kevent with the old, smaller struct kevent; FreeBSD 12 and later number
// the current one 560 (sys/kern/syscalls.master), which Kevent_t matches.
// The tests check both against x/sys/unix.
const (
	SYS_KQUEUE = syscall.SYS_KQUEUE
	SYS_KEVENT = 560
)
