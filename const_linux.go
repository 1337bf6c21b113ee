//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

import "syscall"

// Values of the constants below.
//
// A name that the standard library's syscall package defines for every
// supported Linux architecture takes its value from there, at compile time,
// for the architecture being built: O_DIRECT, for one, is 0x4000 on amd64 but
// 0x10000 on arm64, and the right one is picked without a table. A name that
// syscall lacks on at least one of them is written out beside the kernel UAPI
// header that defines it; such values are the same on all four architectures.
// The tests compare every one of these names that golang.org/x/sys/unix also
// defines with it at compile time, on each architecture, and the io_uring names
// with the machine's <linux/io_uring.h>.

// Address families, for [Socket] and socket addresses (from syscall).
const (
	AF_INET   = syscall.AF_INET
	AF_INET6  = syscall.AF_INET6
	AF_LOCAL  = syscall.AF_LOCAL
	AF_PACKET = syscall.AF_PACKET
	AF_UNIX   = syscall.AF_UNIX
)

// Socket types for [Socket] and [Socketpair], and the SOCK_NONBLOCK and
// SOCK_CLOEXEC flags that may be or-ed into the type (from syscall).
const (
	SOCK_CLOEXEC   = syscall.SOCK_CLOEXEC
	SOCK_DGRAM     = syscall.SOCK_DGRAM
	SOCK_NONBLOCK  = syscall.SOCK_NONBLOCK
	SOCK_RAW       = syscall.SOCK_RAW
	SOCK_RDM       = syscall.SOCK_RDM
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

// Socket option levels for [Setsockopt] and [Getsockopt]. SOL_SOCKET,
// SOL_IP, SOL_IPV6 and SOL_TCP are from syscall; the others are written out
// from include/linux/socket.h, where each equals its IPPROTO_ number.
const (
	SOL_IP     = syscall.SOL_IP
	SOL_IPV6   = syscall.SOL_IPV6
	SOL_SOCKET = syscall.SOL_SOCKET
	SOL_TCP    = syscall.SOL_TCP
	SOL_UDP    = 17  // include/linux/socket.h
	SOL_SCTP   = 132 // include/linux/socket.h
)

// Socket-level options (level SOL_SOCKET). Those syscall defines on every
// architecture are from there; the rest are from
// include/uapi/asm-generic/socket.h, which all four architectures use.
const (
	SO_ACCEPTCONN   = syscall.SO_ACCEPTCONN
	SO_BROADCAST    = syscall.SO_BROADCAST
	SO_BSDCOMPAT    = syscall.SO_BSDCOMPAT
	SO_DEBUG        = syscall.SO_DEBUG
	SO_DOMAIN       = syscall.SO_DOMAIN
	SO_DONTROUTE    = syscall.SO_DONTROUTE
	SO_ERROR        = syscall.SO_ERROR
	SO_KEEPALIVE    = syscall.SO_KEEPALIVE
	SO_LINGER       = syscall.SO_LINGER
	SO_NO_CHECK     = syscall.SO_NO_CHECK
	SO_OOBINLINE    = syscall.SO_OOBINLINE
	SO_PRIORITY     = syscall.SO_PRIORITY
	SO_PROTOCOL     = syscall.SO_PROTOCOL
	SO_RCVBUF       = syscall.SO_RCVBUF
	SO_RCVBUFFORCE  = syscall.SO_RCVBUFFORCE
	SO_RCVLOWAT     = syscall.SO_RCVLOWAT
	SO_RCVTIMEO     = syscall.SO_RCVTIMEO
	SO_REUSEADDR    = syscall.SO_REUSEADDR
	SO_SNDBUF       = syscall.SO_SNDBUF
	SO_SNDBUFFORCE  = syscall.SO_SNDBUFFORCE
	SO_SNDLOWAT     = syscall.SO_SNDLOWAT
	SO_SNDTIMEO     = syscall.SO_SNDTIMEO
	SO_TYPE         = syscall.SO_TYPE
	SO_BUSY_POLL    = 46 // include/uapi/asm-generic/socket.h and arch/mips/include/uapi/asm/socket.h
	SO_INCOMING_CPU = 49 // include/uapi/asm-generic/socket.h
	SO_ZEROCOPY     = 60 // include/uapi/asm-generic/socket.h
)

// IPv4 and IPv6 options (levels SOL_IP and SOL_IPV6), from syscall.
const (
	IP_TRANSPARENT    = syscall.IP_TRANSPARENT
	IPV6_HOPLIMIT     = syscall.IPV6_HOPLIMIT
	IPV6_PKTINFO      = syscall.IPV6_PKTINFO
	IPV6_RECVHOPLIMIT = syscall.IPV6_RECVHOPLIMIT
	IPV6_RECVPKTINFO  = syscall.IPV6_RECVPKTINFO
	IPV6_V6ONLY       = syscall.IPV6_V6ONLY
)

// TCP options (level SOL_TCP). Those syscall defines on every architecture
// are from there; the rest are from include/uapi/linux/tcp.h.
const (
	TCP_CONGESTION    = syscall.TCP_CONGESTION
	TCP_CORK          = syscall.TCP_CORK
	TCP_DEFER_ACCEPT  = syscall.TCP_DEFER_ACCEPT
	TCP_INFO          = syscall.TCP_INFO
	TCP_KEEPCNT       = syscall.TCP_KEEPCNT
	TCP_KEEPIDLE      = syscall.TCP_KEEPIDLE
	TCP_KEEPINTVL     = syscall.TCP_KEEPINTVL
	TCP_LINGER2       = syscall.TCP_LINGER2
	TCP_MAXSEG        = syscall.TCP_MAXSEG
	TCP_NODELAY       = syscall.TCP_NODELAY
	TCP_QUICKACK      = syscall.TCP_QUICKACK
	TCP_SYNCNT        = syscall.TCP_SYNCNT
	TCP_WINDOW_CLAMP  = syscall.TCP_WINDOW_CLAMP
	TCP_USER_TIMEOUT  = 18 // include/uapi/linux/tcp.h
	TCP_FASTOPEN      = 23 // include/uapi/linux/tcp.h
	TCP_NOTSENT_LOWAT = 25 // include/uapi/linux/tcp.h
)

// UDP options (level SOL_UDP), from include/uapi/linux/udp.h.
const (
	UDP_CORK    = 1   // include/uapi/linux/udp.h
	UDP_ENCAP   = 100 // include/uapi/linux/udp.h
	UDP_SEGMENT = 103 // include/uapi/linux/udp.h
	UDP_GRO     = 104 // include/uapi/linux/udp.h
)

// Flags for the send and receive calls ([Sendto], [Recvfrom], [Sendmsg],
// [Recvmsg], [Sendmmsg], [Recvmmsg]) and the flags field of [Msghdr]. Those
// syscall defines on every architecture are from there; the rest are from
// include/linux/socket.h.
const (
	MSG_CMSG_CLOEXEC = syscall.MSG_CMSG_CLOEXEC
	MSG_CONFIRM      = syscall.MSG_CONFIRM
	MSG_CTRUNC       = syscall.MSG_CTRUNC
	MSG_DONTROUTE    = syscall.MSG_DONTROUTE
	MSG_DONTWAIT     = syscall.MSG_DONTWAIT
	MSG_EOR          = syscall.MSG_EOR
	MSG_ERRQUEUE     = syscall.MSG_ERRQUEUE
	MSG_FASTOPEN     = syscall.MSG_FASTOPEN
	MSG_FIN          = syscall.MSG_FIN
	MSG_MORE         = syscall.MSG_MORE
	MSG_NOSIGNAL     = syscall.MSG_NOSIGNAL
	MSG_OOB          = syscall.MSG_OOB
	MSG_PEEK         = syscall.MSG_PEEK
	MSG_PROXY        = syscall.MSG_PROXY
	MSG_RST          = syscall.MSG_RST
	MSG_SYN          = syscall.MSG_SYN
	MSG_TRUNC        = syscall.MSG_TRUNC
	MSG_WAITALL      = syscall.MSG_WAITALL
	MSG_WAITFORONE   = syscall.MSG_WAITFORONE
	MSG_BATCH        = 0x40000   // include/linux/socket.h
	MSG_ZEROCOPY     = 0x4000000 // include/linux/socket.h
)

// Arguments for [Shutdown] (from syscall).
const (
	SHUT_RD   = syscall.SHUT_RD
	SHUT_RDWR = syscall.SHUT_RDWR
	SHUT_WR   = syscall.SHUT_WR
)

// Open flags (from syscall, so per architecture where they differ, as
// O_DIRECT does). The eventfd, timerfd, signalfd and pidfd flags below
// derive from O_NONBLOCK and O_CLOEXEC as their kernel headers do.
const (
	O_APPEND   = syscall.O_APPEND
	O_CLOEXEC  = syscall.O_CLOEXEC
	O_CREAT    = syscall.O_CREAT
	O_DIRECT   = syscall.O_DIRECT
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
const (
	PROT_EXEC     = syscall.PROT_EXEC
	PROT_NONE     = syscall.PROT_NONE
	PROT_READ     = syscall.PROT_READ
	PROT_WRITE    = syscall.PROT_WRITE
	MAP_ANONYMOUS = syscall.MAP_ANONYMOUS
	MAP_FIXED     = syscall.MAP_FIXED
	MAP_POPULATE  = syscall.MAP_POPULATE
	MAP_PRIVATE   = syscall.MAP_PRIVATE
	MAP_SHARED    = syscall.MAP_SHARED
)

// Flags for [MemfdCreate], from include/uapi/linux/memfd.h.
const (
	MFD_CLOEXEC       = 0x1  // include/uapi/linux/memfd.h
	MFD_ALLOW_SEALING = 0x2  // include/uapi/linux/memfd.h
	MFD_HUGETLB       = 0x4  // include/uapi/linux/memfd.h
	MFD_NOEXEC_SEAL   = 0x8  // include/uapi/linux/memfd.h
	MFD_EXEC          = 0x10 // include/uapi/linux/memfd.h
)

// Flags for [Eventfd2]. include/uapi/linux/eventfd.h defines EFD_CLOEXEC and
// EFD_NONBLOCK as O_CLOEXEC and O_NONBLOCK, and so does this package.
const (
	EFD_SEMAPHORE = 0x1 // include/uapi/linux/eventfd.h
	EFD_CLOEXEC   = syscall.O_CLOEXEC
	EFD_NONBLOCK  = syscall.O_NONBLOCK
)

// Flags for [TimerfdCreate] and [TimerfdSettime]. include/uapi/linux/timerfd.h
// defines TFD_CLOEXEC and TFD_NONBLOCK as O_CLOEXEC and O_NONBLOCK, and so
// does this package.
const (
	TFD_TIMER_ABSTIME = 0x1 // include/uapi/linux/timerfd.h
	TFD_CLOEXEC       = syscall.O_CLOEXEC
	TFD_NONBLOCK      = syscall.O_NONBLOCK
)

// Flags for [Signalfd4]. include/uapi/linux/signalfd.h defines them as
// O_CLOEXEC and O_NONBLOCK, and so does this package.
const (
	SFD_CLOEXEC  = syscall.O_CLOEXEC
	SFD_NONBLOCK = syscall.O_NONBLOCK
)

// PIDFD_NONBLOCK is the flag for [PidfdOpen] that makes the pidfd
// non-blocking; include/uapi/linux/pidfd.h defines it as O_NONBLOCK.
const PIDFD_NONBLOCK = syscall.O_NONBLOCK

// Clock IDs for [TimerfdCreate], from include/uapi/linux/time.h.
const (
	CLOCK_REALTIME  = 0 // include/uapi/linux/time.h
	CLOCK_MONOTONIC = 1 // include/uapi/linux/time.h
)

// Poll event bits, as used by io_uring's IORING_OP_POLL_ADD, from
// include/uapi/asm-generic/poll.h (which all four architectures use).
const (
	POLLIN    = 0x1    // include/uapi/asm-generic/poll.h
	POLLPRI   = 0x2    // include/uapi/asm-generic/poll.h
	POLLOUT   = 0x4    // include/uapi/asm-generic/poll.h
	POLLERR   = 0x8    // include/uapi/asm-generic/poll.h
	POLLHUP   = 0x10   // include/uapi/asm-generic/poll.h
	POLLNVAL  = 0x20   // include/uapi/asm-generic/poll.h
	POLLRDHUP = 0x2000 // include/uapi/asm-generic/poll.h
)

// Per-call flags for [Preadv2] and [Pwritev2], from include/uapi/linux/fs.h.
const (
	RWF_HIPRI  = 0x1  // include/uapi/linux/fs.h
	RWF_DSYNC  = 0x2  // include/uapi/linux/fs.h
	RWF_SYNC   = 0x4  // include/uapi/linux/fs.h
	RWF_NOWAIT = 0x8  // include/uapi/linux/fs.h
	RWF_APPEND = 0x10 // include/uapi/linux/fs.h
)

// Flags for [Splice], [Tee] and [Vmsplice], from include/linux/splice.h.
const (
	SPLICE_F_MOVE     = 0x1 // include/linux/splice.h
	SPLICE_F_NONBLOCK = 0x2 // include/linux/splice.h
	SPLICE_F_MORE     = 0x4 // include/linux/splice.h
	SPLICE_F_GIFT     = 0x8 // include/linux/splice.h
)
