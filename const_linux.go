package zcall

import "syscall"

// Constants shared by the nine Linux architectures.
//
// A name that the standard library's syscall package defines for every
// supported Linux architecture takes its value from there, at compile time,
// for the architecture being built: O_DIRECT, for one, is 0x4000 on amd64,
// 0x10000 on arm64 and 0x8000 on mips64, and O_NONBLOCK, SOCK_STREAM,
// SOL_SOCKET and most SO_ options differ on mips64 too; syscall keeps those
// per-architecture tables, so the right value is picked without one here. A
// name that syscall lacks on at least one architecture is written out beside
// the kernel UAPI header that defines it, here when its value is the same on
// all nine, in defs_linux_<arch>.go (with the system call numbers and
// structure layouts) when it is not. The tests compare every name that
// golang.org/x/sys/unix also defines with it, on each architecture, and the
// io_uring names with the machine's <linux/io_uring.h>.

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
// include/uapi/asm-generic/socket.h (mips, which has its own socket.h,
// gives them the same values).
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
	O_SYNC     = oSync // syscall's, but on arm (see defs_linux_arm.go)
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
// include/uapi/asm-generic/poll.h (which every Linux architecture here uses).
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

// epoll_create1(2) flags and epoll_ctl(2) operations.
const (
	EPOLL_CLOEXEC = syscall.EPOLL_CLOEXEC
	EPOLL_CTL_ADD = syscall.EPOLL_CTL_ADD
	EPOLL_CTL_DEL = syscall.EPOLL_CTL_DEL
	EPOLL_CTL_MOD = syscall.EPOLL_CTL_MOD
)

// epoll event bits (include/uapi/linux/eventpoll.h). syscall gives
// EPOLLET as a negative number on amd64; the kernel's value is 1U << 31.
const (
	EPOLLIN        = syscall.EPOLLIN
	EPOLLPRI       = syscall.EPOLLPRI
	EPOLLOUT       = syscall.EPOLLOUT
	EPOLLERR       = syscall.EPOLLERR
	EPOLLHUP       = syscall.EPOLLHUP
	EPOLLRDHUP     = syscall.EPOLLRDHUP
	EPOLLEXCLUSIVE = 0x10000000 // 1U << 28
	EPOLLWAKEUP    = 0x20000000 // 1U << 29
	EPOLLONESHOT   = syscall.EPOLLONESHOT
	EPOLLET        = 0x80000000 // 1U << 31
)

// futex(2) operations and flags (include/uapi/linux/futex.h; x/sys/unix
// does not define them). FUTEX_REQUEUE, FUTEX_CMP_REQUEUE and FUTEX_WAKE_OP
// read the fourth argument as an integer (val2): make them through
// [FutexRequeue].
const (
	FUTEX_WAIT                = 0
	FUTEX_WAKE                = 1
	FUTEX_REQUEUE             = 3
	FUTEX_CMP_REQUEUE         = 4
	FUTEX_WAKE_OP             = 5
	FUTEX_WAIT_BITSET         = 9
	FUTEX_WAKE_BITSET         = 10
	FUTEX_PRIVATE_FLAG        = 128
	FUTEX_CLOCK_REALTIME      = 256
	FUTEX_WAIT_PRIVATE        = FUTEX_WAIT | FUTEX_PRIVATE_FLAG
	FUTEX_WAKE_PRIVATE        = FUTEX_WAKE | FUTEX_PRIVATE_FLAG
	FUTEX_REQUEUE_PRIVATE     = FUTEX_REQUEUE | FUTEX_PRIVATE_FLAG
	FUTEX_CMP_REQUEUE_PRIVATE = FUTEX_CMP_REQUEUE | FUTEX_PRIVATE_FLAG
	FUTEX_WAKE_OP_PRIVATE     = FUTEX_WAKE_OP | FUTEX_PRIVATE_FLAG
	FUTEX_BITSET_MATCH_ANY    = 0xffffffff
)

// getrandom(2) flags (include/uapi/linux/random.h).
const (
	GRND_NONBLOCK = 0x1
	GRND_RANDOM   = 0x2
	GRND_INSECURE = 0x4
)

// fcntl(2) commands and descriptor flags.
const (
	F_GETFD         = syscall.F_GETFD
	F_SETFD         = syscall.F_SETFD
	F_GETFL         = syscall.F_GETFL
	F_SETFL         = syscall.F_SETFL
	F_DUPFD_CLOEXEC = syscall.F_DUPFD_CLOEXEC
	FD_CLOEXEC      = syscall.FD_CLOEXEC
)

// AT_FDCWD is the dirfd that makes [Openat] resolve a relative path from the
// current directory: -100 (include/uapi/linux/fcntl.h), as a uintptr so that
// it can be passed as is.
const AT_FDCWD = ^uintptr(100 - 1)

// *at(2) flags (include/uapi/linux/fcntl.h).
const (
	AT_SYMLINK_NOFOLLOW = 0x100
	AT_NO_AUTOMOUNT     = 0x800
	AT_EMPTY_PATH       = 0x1000
)

// fallocate(2) modes (include/uapi/linux/falloc.h).
const (
	FALLOC_FL_KEEP_SIZE  = 0x1
	FALLOC_FL_PUNCH_HOLE = 0x2
	FALLOC_FL_ZERO_RANGE = 0x10
)

// madvise(2) advice (include/uapi/asm-generic/mman-common.h, used by every
// architecture here).
const (
	MADV_NORMAL     = syscall.MADV_NORMAL
	MADV_RANDOM     = syscall.MADV_RANDOM
	MADV_SEQUENTIAL = syscall.MADV_SEQUENTIAL
	MADV_WILLNEED   = syscall.MADV_WILLNEED
	MADV_DONTNEED   = syscall.MADV_DONTNEED
	MADV_FREE       = 8
	MADV_HUGEPAGE   = syscall.MADV_HUGEPAGE
	MADV_NOHUGEPAGE = syscall.MADV_NOHUGEPAGE
)

// io_uring constants. Neither syscall nor golang.org/x/sys/unix defines
// them, so each value is written out from include/uapi/linux/io_uring.h of
// Linux 6.19; they are the same on every architecture. TestDefs
// compares each with the machine's <linux/io_uring.h> wherever that header
// defines the name (older headers lack the newer ones).

// Flags for the params.flags field of [IoUringSetup]
// (include/uapi/linux/io_uring.h, IORING_SETUP_*).
const (
	IORING_SETUP_IOPOLL             = 1 << 0  // busy-poll for I/O completions
	IORING_SETUP_SQPOLL             = 1 << 1  // a kernel thread polls the SQ
	IORING_SETUP_SQ_AFF             = 1 << 2  // sq_thread_cpu is valid
	IORING_SETUP_CQSIZE             = 1 << 3  // cq_entries is valid
	IORING_SETUP_CLAMP              = 1 << 4  // clamp SQ/CQ sizes
	IORING_SETUP_ATTACH_WQ          = 1 << 5  // share the wq_fd ring's workers
	IORING_SETUP_R_DISABLED         = 1 << 6  // start disabled
	IORING_SETUP_SUBMIT_ALL         = 1 << 7  // submit all SQEs despite errors
	IORING_SETUP_COOP_TASKRUN       = 1 << 8  // no IPI for task work
	IORING_SETUP_TASKRUN_FLAG       = 1 << 9  // flag pending task work in sq_flags
	IORING_SETUP_SQE128             = 1 << 10 // 128-byte SQEs
	IORING_SETUP_CQE32              = 1 << 11 // 32-byte CQEs
	IORING_SETUP_SINGLE_ISSUER      = 1 << 12 // one task submits
	IORING_SETUP_DEFER_TASKRUN      = 1 << 13 // run task work only on enter
	IORING_SETUP_NO_MMAP            = 1 << 14 // rings in application memory
	IORING_SETUP_REGISTERED_FD_ONLY = 1 << 15 // return a registered ring index
	IORING_SETUP_NO_SQARRAY         = 1 << 16 // no SQ index array
	IORING_SETUP_HYBRID_IOPOLL      = 1 << 17 // hybrid completion polling
	IORING_SETUP_CQE_MIXED          = 1 << 18 // 16- and 32-byte CQEs mixed
	IORING_SETUP_SQE_MIXED          = 1 << 19 // 64- and 128-byte SQEs mixed
)

// Flags for the flags argument of [IoUringEnter]
// (include/uapi/linux/io_uring.h, IORING_ENTER_*).
const (
	IORING_ENTER_GETEVENTS       = 1 << 0 // wait for minComplete completions
	IORING_ENTER_SQ_WAKEUP       = 1 << 1 // wake the SQPOLL thread
	IORING_ENTER_SQ_WAIT         = 1 << 2 // wait for SQ space (SQPOLL)
	IORING_ENTER_EXT_ARG         = 1 << 3 // sig points to io_uring_getevents_arg
	IORING_ENTER_REGISTERED_RING = 1 << 4 // fd is a registered ring index
	IORING_ENTER_ABS_TIMER       = 1 << 5 // the timeout is absolute
	IORING_ENTER_EXT_ARG_REG     = 1 << 6 // the ext arg is in registered memory
	IORING_ENTER_NO_IOWAIT       = 1 << 7 // do not account the wait as iowait
)

// Flags for the flags field of a submission queue entry
// (include/uapi/linux/io_uring.h, IOSQE_* = 1 << IOSQE_*_BIT).
const (
	IOSQE_FIXED_FILE       = 1 << 0 // fd is a registered file index
	IOSQE_IO_DRAIN         = 1 << 1 // start after all earlier SQEs complete
	IOSQE_IO_LINK          = 1 << 2 // link with the next SQE
	IOSQE_IO_HARDLINK      = 1 << 3 // link that survives errors
	IOSQE_ASYNC            = 1 << 4 // always go async
	IOSQE_BUFFER_SELECT    = 1 << 5 // pick a provided buffer
	IOSQE_CQE_SKIP_SUCCESS = 1 << 6 // no CQE on success
)

// Opcodes for the opcode field of a submission queue entry: the members of
// enum io_uring_op in include/uapi/linux/io_uring.h, numbered from 0.
const (
	IORING_OP_NOP              = 0
	IORING_OP_READV            = 1
	IORING_OP_WRITEV           = 2
	IORING_OP_FSYNC            = 3
	IORING_OP_READ_FIXED       = 4
	IORING_OP_WRITE_FIXED      = 5
	IORING_OP_POLL_ADD         = 6
	IORING_OP_POLL_REMOVE      = 7
	IORING_OP_SYNC_FILE_RANGE  = 8
	IORING_OP_SENDMSG          = 9
	IORING_OP_RECVMSG          = 10
	IORING_OP_TIMEOUT          = 11
	IORING_OP_TIMEOUT_REMOVE   = 12
	IORING_OP_ACCEPT           = 13
	IORING_OP_ASYNC_CANCEL     = 14
	IORING_OP_LINK_TIMEOUT     = 15
	IORING_OP_CONNECT          = 16
	IORING_OP_FALLOCATE        = 17
	IORING_OP_OPENAT           = 18
	IORING_OP_CLOSE            = 19
	IORING_OP_FILES_UPDATE     = 20
	IORING_OP_STATX            = 21
	IORING_OP_READ             = 22
	IORING_OP_WRITE            = 23
	IORING_OP_FADVISE          = 24
	IORING_OP_MADVISE          = 25
	IORING_OP_SEND             = 26
	IORING_OP_RECV             = 27
	IORING_OP_OPENAT2          = 28
	IORING_OP_EPOLL_CTL        = 29
	IORING_OP_SPLICE           = 30
	IORING_OP_PROVIDE_BUFFERS  = 31
	IORING_OP_REMOVE_BUFFERS   = 32
	IORING_OP_TEE              = 33
	IORING_OP_SHUTDOWN         = 34
	IORING_OP_RENAMEAT         = 35
	IORING_OP_UNLINKAT         = 36
	IORING_OP_MKDIRAT          = 37
	IORING_OP_SYMLINKAT        = 38
	IORING_OP_LINKAT           = 39
	IORING_OP_MSG_RING         = 40
	IORING_OP_FSETXATTR        = 41
	IORING_OP_SETXATTR         = 42
	IORING_OP_FGETXATTR        = 43
	IORING_OP_GETXATTR         = 44
	IORING_OP_SOCKET           = 45
	IORING_OP_URING_CMD        = 46
	IORING_OP_SEND_ZC          = 47
	IORING_OP_SENDMSG_ZC       = 48
	IORING_OP_READ_MULTISHOT   = 49
	IORING_OP_WAITID           = 50
	IORING_OP_FUTEX_WAIT       = 51
	IORING_OP_FUTEX_WAKE       = 52
	IORING_OP_FUTEX_WAITV      = 53
	IORING_OP_FIXED_FD_INSTALL = 54
	IORING_OP_FTRUNCATE        = 55
	IORING_OP_BIND             = 56
	IORING_OP_LISTEN           = 57
	IORING_OP_RECV_ZC          = 58
	IORING_OP_EPOLL_WAIT       = 59
	IORING_OP_READV_FIXED      = 60
	IORING_OP_WRITEV_FIXED     = 61
	IORING_OP_PIPE             = 62
	IORING_OP_NOP128           = 63
	IORING_OP_URING_CMD128     = 64
)

// Opcodes for [IoUringRegister]: the members of enum io_uring_register_op in
// include/uapi/linux/io_uring.h, numbered from 0, and the
// IORING_REGISTER_USE_REGISTERED_RING flag that may be or-ed into them.
const (
	IORING_REGISTER_BUFFERS             = 0
	IORING_UNREGISTER_BUFFERS           = 1
	IORING_REGISTER_FILES               = 2
	IORING_UNREGISTER_FILES             = 3
	IORING_REGISTER_EVENTFD             = 4
	IORING_UNREGISTER_EVENTFD           = 5
	IORING_REGISTER_FILES_UPDATE        = 6
	IORING_REGISTER_EVENTFD_ASYNC       = 7
	IORING_REGISTER_PROBE               = 8
	IORING_REGISTER_PERSONALITY         = 9
	IORING_UNREGISTER_PERSONALITY       = 10
	IORING_REGISTER_RESTRICTIONS        = 11
	IORING_REGISTER_ENABLE_RINGS        = 12
	IORING_REGISTER_FILES2              = 13
	IORING_REGISTER_FILES_UPDATE2       = 14
	IORING_REGISTER_BUFFERS2            = 15
	IORING_REGISTER_BUFFERS_UPDATE      = 16
	IORING_REGISTER_IOWQ_AFF            = 17
	IORING_UNREGISTER_IOWQ_AFF          = 18
	IORING_REGISTER_IOWQ_MAX_WORKERS    = 19
	IORING_REGISTER_RING_FDS            = 20
	IORING_UNREGISTER_RING_FDS          = 21
	IORING_REGISTER_PBUF_RING           = 22
	IORING_UNREGISTER_PBUF_RING         = 23
	IORING_REGISTER_SYNC_CANCEL         = 24
	IORING_REGISTER_FILE_ALLOC_RANGE    = 25
	IORING_REGISTER_PBUF_STATUS         = 26
	IORING_REGISTER_NAPI                = 27
	IORING_UNREGISTER_NAPI              = 28
	IORING_REGISTER_CLOCK               = 29
	IORING_REGISTER_CLONE_BUFFERS       = 30
	IORING_REGISTER_SEND_MSG_RING       = 31
	IORING_REGISTER_ZCRX_IFQ            = 32
	IORING_REGISTER_RESIZE_RINGS        = 33
	IORING_REGISTER_MEM_REGION          = 34
	IORING_REGISTER_QUERY               = 35
	IORING_REGISTER_ZCRX_CTRL           = 36
	IORING_REGISTER_USE_REGISTERED_RING = 1 << 31
)

// Address families, the rtnetlink protocol and the netlink message types
// and flags that the link calls use (include/uapi/linux/socket.h, netlink.h,
// rtnetlink.h); the same values on every Linux architecture.
const (
	AF_UNSPEC     = 0x0
	AF_NETLINK    = 0x10
	NETLINK_ROUTE = 0x0

	NLMSG_ERROR = 0x2 // an error or, with error code 0, an acknowledgement
	NLMSG_DONE  = 0x3 // the end of a dump

	NLM_F_REQUEST = 0x1   // a request
	NLM_F_ROOT    = 0x100 // return the whole table
	NLM_F_MATCH   = 0x200 // return every entry that matches
	NLM_F_DUMP    = 0x300 // NLM_F_ROOT | NLM_F_MATCH

	RTM_NEWLINK = 0x10 // a link, in a reply
	RTM_GETLINK = 0x12 // ask for links
)

// Link attributes (IFLA_*, include/uapi/linux/if_link.h) that a Link
// carries, and IFNAMSIZ, the size of an interface name with its NUL
// (include/uapi/linux/if.h).
const (
	IFLA_ADDRESS = 0x1
	IFLA_IFNAME  = 0x3
	IFLA_MTU     = 0x4

	IFNAMSIZ = 0x10
)

// Interface flags of [Link.Flags] (IFF_*, include/uapi/linux/if.h): the
// ones that package net also reports.
const (
	IFF_UP          = 0x1
	IFF_BROADCAST   = 0x2
	IFF_LOOPBACK    = 0x8
	IFF_POINTOPOINT = 0x10
	IFF_RUNNING     = 0x40
	IFF_MULTICAST   = 0x1000
)

// SIOCGIFINDEX is the ioctl request that maps an interface name to its
// index (include/uapi/linux/sockios.h); 0x8933 on every Linux architecture.
const SIOCGIFINDEX = 0x8933
