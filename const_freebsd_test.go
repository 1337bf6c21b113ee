//go:build amd64 || arm64

package zcall_test

import (
	"golang.org/x/sys/unix"

	"code.hybscloud.com/zcall"
)

// Every constant of the published API that golang.org/x/sys/unix also
// defines for this target must equal it, on every architecture the per-target
// go vet and test builds compile this file for. Each line is a pair of
// constant expressions, a-b and b-a, converted to uint64: a constant
// conversion that does not fit is a compile error ("overflows uint64"), so a
// negative difference fails to build, and the pair builds only when a == b.
// That holds whatever the signs, for any value that fits in 64 bits. The
// Errno names are typed: their differences are Errno (a uintptr) constants,
// which fail the same way when negative.
const (
	_ = uint64(zcall.AF_INET-unix.AF_INET) + uint64(unix.AF_INET-zcall.AF_INET)
	_ = uint64(zcall.AF_INET6-unix.AF_INET6) + uint64(unix.AF_INET6-zcall.AF_INET6)
	_ = uint64(zcall.AF_LOCAL-unix.AF_LOCAL) + uint64(unix.AF_LOCAL-zcall.AF_LOCAL)
	_ = uint64(zcall.AF_UNIX-unix.AF_UNIX) + uint64(unix.AF_UNIX-zcall.AF_UNIX)
	_ = uint64(zcall.IPPROTO_ICMP-unix.IPPROTO_ICMP) + uint64(unix.IPPROTO_ICMP-zcall.IPPROTO_ICMP)
	_ = uint64(zcall.IPPROTO_IP-unix.IPPROTO_IP) + uint64(unix.IPPROTO_IP-zcall.IPPROTO_IP)
	_ = uint64(zcall.IPPROTO_IPV6-unix.IPPROTO_IPV6) + uint64(unix.IPPROTO_IPV6-zcall.IPPROTO_IPV6)
	_ = uint64(zcall.IPPROTO_RAW-unix.IPPROTO_RAW) + uint64(unix.IPPROTO_RAW-zcall.IPPROTO_RAW)
	_ = uint64(zcall.IPPROTO_SCTP-unix.IPPROTO_SCTP) + uint64(unix.IPPROTO_SCTP-zcall.IPPROTO_SCTP)
	_ = uint64(zcall.IPPROTO_TCP-unix.IPPROTO_TCP) + uint64(unix.IPPROTO_TCP-zcall.IPPROTO_TCP)
	_ = uint64(zcall.IPPROTO_UDP-unix.IPPROTO_UDP) + uint64(unix.IPPROTO_UDP-zcall.IPPROTO_UDP)
	_ = uint64(zcall.MAP_ANONYMOUS-unix.MAP_ANONYMOUS) + uint64(unix.MAP_ANONYMOUS-zcall.MAP_ANONYMOUS)
	_ = uint64(zcall.MAP_FIXED-unix.MAP_FIXED) + uint64(unix.MAP_FIXED-zcall.MAP_FIXED)
	_ = uint64(zcall.MAP_PRIVATE-unix.MAP_PRIVATE) + uint64(unix.MAP_PRIVATE-zcall.MAP_PRIVATE)
	_ = uint64(zcall.MAP_SHARED-unix.MAP_SHARED) + uint64(unix.MAP_SHARED-zcall.MAP_SHARED)
	_ = uint64(zcall.MSG_CTRUNC-unix.MSG_CTRUNC) + uint64(unix.MSG_CTRUNC-zcall.MSG_CTRUNC)
	_ = uint64(zcall.MSG_DONTROUTE-unix.MSG_DONTROUTE) + uint64(unix.MSG_DONTROUTE-zcall.MSG_DONTROUTE)
	_ = uint64(zcall.MSG_DONTWAIT-unix.MSG_DONTWAIT) + uint64(unix.MSG_DONTWAIT-zcall.MSG_DONTWAIT)
	_ = uint64(zcall.MSG_EOF-unix.MSG_EOF) + uint64(unix.MSG_EOF-zcall.MSG_EOF)
	_ = uint64(zcall.MSG_EOR-unix.MSG_EOR) + uint64(unix.MSG_EOR-zcall.MSG_EOR)
	_ = uint64(zcall.MSG_NOSIGNAL-unix.MSG_NOSIGNAL) + uint64(unix.MSG_NOSIGNAL-zcall.MSG_NOSIGNAL)
	_ = uint64(zcall.MSG_OOB-unix.MSG_OOB) + uint64(unix.MSG_OOB-zcall.MSG_OOB)
	_ = uint64(zcall.MSG_PEEK-unix.MSG_PEEK) + uint64(unix.MSG_PEEK-zcall.MSG_PEEK)
	_ = uint64(zcall.MSG_TRUNC-unix.MSG_TRUNC) + uint64(unix.MSG_TRUNC-zcall.MSG_TRUNC)
	_ = uint64(zcall.MSG_WAITALL-unix.MSG_WAITALL) + uint64(unix.MSG_WAITALL-zcall.MSG_WAITALL)
	_ = uint64(zcall.O_APPEND-unix.O_APPEND) + uint64(unix.O_APPEND-zcall.O_APPEND)
	_ = uint64(zcall.O_CLOEXEC-unix.O_CLOEXEC) + uint64(unix.O_CLOEXEC-zcall.O_CLOEXEC)
	_ = uint64(zcall.O_CREAT-unix.O_CREAT) + uint64(unix.O_CREAT-zcall.O_CREAT)
	_ = uint64(zcall.O_EXCL-unix.O_EXCL) + uint64(unix.O_EXCL-zcall.O_EXCL)
	_ = uint64(zcall.O_NONBLOCK-unix.O_NONBLOCK) + uint64(unix.O_NONBLOCK-zcall.O_NONBLOCK)
	_ = uint64(zcall.O_RDONLY-unix.O_RDONLY) + uint64(unix.O_RDONLY-zcall.O_RDONLY)
	_ = uint64(zcall.O_RDWR-unix.O_RDWR) + uint64(unix.O_RDWR-zcall.O_RDWR)
	_ = uint64(zcall.O_TRUNC-unix.O_TRUNC) + uint64(unix.O_TRUNC-zcall.O_TRUNC)
	_ = uint64(zcall.O_WRONLY-unix.O_WRONLY) + uint64(unix.O_WRONLY-zcall.O_WRONLY)
	_ = uint64(zcall.PROT_EXEC-unix.PROT_EXEC) + uint64(unix.PROT_EXEC-zcall.PROT_EXEC)
	_ = uint64(zcall.PROT_NONE-unix.PROT_NONE) + uint64(unix.PROT_NONE-zcall.PROT_NONE)
	_ = uint64(zcall.PROT_READ-unix.PROT_READ) + uint64(unix.PROT_READ-zcall.PROT_READ)
	_ = uint64(zcall.PROT_WRITE-unix.PROT_WRITE) + uint64(unix.PROT_WRITE-zcall.PROT_WRITE)
	_ = uint64(zcall.SHUT_RD-unix.SHUT_RD) + uint64(unix.SHUT_RD-zcall.SHUT_RD)
	_ = uint64(zcall.SHUT_RDWR-unix.SHUT_RDWR) + uint64(unix.SHUT_RDWR-zcall.SHUT_RDWR)
	_ = uint64(zcall.SHUT_WR-unix.SHUT_WR) + uint64(unix.SHUT_WR-zcall.SHUT_WR)
	_ = uint64(zcall.SOCK_CLOEXEC-unix.SOCK_CLOEXEC) + uint64(unix.SOCK_CLOEXEC-zcall.SOCK_CLOEXEC)
	_ = uint64(zcall.SOCK_DGRAM-unix.SOCK_DGRAM) + uint64(unix.SOCK_DGRAM-zcall.SOCK_DGRAM)
	_ = uint64(zcall.SOCK_NONBLOCK-unix.SOCK_NONBLOCK) + uint64(unix.SOCK_NONBLOCK-zcall.SOCK_NONBLOCK)
	_ = uint64(zcall.SOCK_RAW-unix.SOCK_RAW) + uint64(unix.SOCK_RAW-zcall.SOCK_RAW)
	_ = uint64(zcall.SOCK_SEQPACKET-unix.SOCK_SEQPACKET) + uint64(unix.SOCK_SEQPACKET-zcall.SOCK_SEQPACKET)
	_ = uint64(zcall.SOCK_STREAM-unix.SOCK_STREAM) + uint64(unix.SOCK_STREAM-zcall.SOCK_STREAM)
	_ = uint64(zcall.SOL_SOCKET-unix.SOL_SOCKET) + uint64(unix.SOL_SOCKET-zcall.SOL_SOCKET)
	_ = uint64(zcall.SO_ACCEPTCONN-unix.SO_ACCEPTCONN) + uint64(unix.SO_ACCEPTCONN-zcall.SO_ACCEPTCONN)
	_ = uint64(zcall.SO_BROADCAST-unix.SO_BROADCAST) + uint64(unix.SO_BROADCAST-zcall.SO_BROADCAST)
	_ = uint64(zcall.SO_DEBUG-unix.SO_DEBUG) + uint64(unix.SO_DEBUG-zcall.SO_DEBUG)
	_ = uint64(zcall.SO_DONTROUTE-unix.SO_DONTROUTE) + uint64(unix.SO_DONTROUTE-zcall.SO_DONTROUTE)
	_ = uint64(zcall.SO_ERROR-unix.SO_ERROR) + uint64(unix.SO_ERROR-zcall.SO_ERROR)
	_ = uint64(zcall.SO_KEEPALIVE-unix.SO_KEEPALIVE) + uint64(unix.SO_KEEPALIVE-zcall.SO_KEEPALIVE)
	_ = uint64(zcall.SO_LINGER-unix.SO_LINGER) + uint64(unix.SO_LINGER-zcall.SO_LINGER)
	_ = uint64(zcall.SO_OOBINLINE-unix.SO_OOBINLINE) + uint64(unix.SO_OOBINLINE-zcall.SO_OOBINLINE)
	_ = uint64(zcall.SO_RCVBUF-unix.SO_RCVBUF) + uint64(unix.SO_RCVBUF-zcall.SO_RCVBUF)
	_ = uint64(zcall.SO_RCVLOWAT-unix.SO_RCVLOWAT) + uint64(unix.SO_RCVLOWAT-zcall.SO_RCVLOWAT)
	_ = uint64(zcall.SO_RCVTIMEO-unix.SO_RCVTIMEO) + uint64(unix.SO_RCVTIMEO-zcall.SO_RCVTIMEO)
	_ = uint64(zcall.SO_REUSEADDR-unix.SO_REUSEADDR) + uint64(unix.SO_REUSEADDR-zcall.SO_REUSEADDR)
	_ = uint64(zcall.SO_REUSEPORT-unix.SO_REUSEPORT) + uint64(unix.SO_REUSEPORT-zcall.SO_REUSEPORT)
	_ = uint64(zcall.SO_SNDBUF-unix.SO_SNDBUF) + uint64(unix.SO_SNDBUF-zcall.SO_SNDBUF)
	_ = uint64(zcall.SO_SNDLOWAT-unix.SO_SNDLOWAT) + uint64(unix.SO_SNDLOWAT-zcall.SO_SNDLOWAT)
	_ = uint64(zcall.SO_SNDTIMEO-unix.SO_SNDTIMEO) + uint64(unix.SO_SNDTIMEO-zcall.SO_SNDTIMEO)
	_ = uint64(zcall.SO_TYPE-unix.SO_TYPE) + uint64(unix.SO_TYPE-zcall.SO_TYPE)
	_ = uint64(zcall.TCP_KEEPCNT-unix.TCP_KEEPCNT) + uint64(unix.TCP_KEEPCNT-zcall.TCP_KEEPCNT)
	_ = uint64(zcall.TCP_KEEPIDLE-unix.TCP_KEEPIDLE) + uint64(unix.TCP_KEEPIDLE-zcall.TCP_KEEPIDLE)
	_ = uint64(zcall.TCP_KEEPINIT-unix.TCP_KEEPINIT) + uint64(unix.TCP_KEEPINIT-zcall.TCP_KEEPINIT)
	_ = uint64(zcall.TCP_KEEPINTVL-unix.TCP_KEEPINTVL) + uint64(unix.TCP_KEEPINTVL-zcall.TCP_KEEPINTVL)
	_ = uint64(zcall.TCP_MAXSEG-unix.TCP_MAXSEG) + uint64(unix.TCP_MAXSEG-zcall.TCP_MAXSEG)
	_ = uint64(zcall.TCP_NODELAY-unix.TCP_NODELAY) + uint64(unix.TCP_NODELAY-zcall.TCP_NODELAY)
	_ = uint64(zcall.TCP_NOPUSH-unix.TCP_NOPUSH) + uint64(unix.TCP_NOPUSH-zcall.TCP_NOPUSH)
)

// The errno constants, as above.
const (
	_ = (zcall.E2BIG - zcall.Errno(unix.E2BIG)) + (zcall.Errno(unix.E2BIG) - zcall.E2BIG)
	_ = (zcall.EACCES - zcall.Errno(unix.EACCES)) + (zcall.Errno(unix.EACCES) - zcall.EACCES)
	_ = (zcall.EADDRINUSE - zcall.Errno(unix.EADDRINUSE)) + (zcall.Errno(unix.EADDRINUSE) - zcall.EADDRINUSE)
	_ = (zcall.EADDRNOTAVAIL - zcall.Errno(unix.EADDRNOTAVAIL)) + (zcall.Errno(unix.EADDRNOTAVAIL) - zcall.EADDRNOTAVAIL)
	_ = (zcall.EAFNOSUPPORT - zcall.Errno(unix.EAFNOSUPPORT)) + (zcall.Errno(unix.EAFNOSUPPORT) - zcall.EAFNOSUPPORT)
	_ = (zcall.EAGAIN - zcall.Errno(unix.EAGAIN)) + (zcall.Errno(unix.EAGAIN) - zcall.EAGAIN)
	_ = (zcall.EALREADY - zcall.Errno(unix.EALREADY)) + (zcall.Errno(unix.EALREADY) - zcall.EALREADY)
	_ = (zcall.EAUTH - zcall.Errno(unix.EAUTH)) + (zcall.Errno(unix.EAUTH) - zcall.EAUTH)
	_ = (zcall.EBADF - zcall.Errno(unix.EBADF)) + (zcall.Errno(unix.EBADF) - zcall.EBADF)
	_ = (zcall.EBADMSG - zcall.Errno(unix.EBADMSG)) + (zcall.Errno(unix.EBADMSG) - zcall.EBADMSG)
	_ = (zcall.EBADRPC - zcall.Errno(unix.EBADRPC)) + (zcall.Errno(unix.EBADRPC) - zcall.EBADRPC)
	_ = (zcall.EBUSY - zcall.Errno(unix.EBUSY)) + (zcall.Errno(unix.EBUSY) - zcall.EBUSY)
	_ = (zcall.ECANCELED - zcall.Errno(unix.ECANCELED)) + (zcall.Errno(unix.ECANCELED) - zcall.ECANCELED)
	_ = (zcall.ECAPMODE - zcall.Errno(unix.ECAPMODE)) + (zcall.Errno(unix.ECAPMODE) - zcall.ECAPMODE)
	_ = (zcall.ECHILD - zcall.Errno(unix.ECHILD)) + (zcall.Errno(unix.ECHILD) - zcall.ECHILD)
	_ = (zcall.ECONNABORTED - zcall.Errno(unix.ECONNABORTED)) + (zcall.Errno(unix.ECONNABORTED) - zcall.ECONNABORTED)
	_ = (zcall.ECONNREFUSED - zcall.Errno(unix.ECONNREFUSED)) + (zcall.Errno(unix.ECONNREFUSED) - zcall.ECONNREFUSED)
	_ = (zcall.ECONNRESET - zcall.Errno(unix.ECONNRESET)) + (zcall.Errno(unix.ECONNRESET) - zcall.ECONNRESET)
	_ = (zcall.EDEADLK - zcall.Errno(unix.EDEADLK)) + (zcall.Errno(unix.EDEADLK) - zcall.EDEADLK)
	_ = (zcall.EDESTADDRREQ - zcall.Errno(unix.EDESTADDRREQ)) + (zcall.Errno(unix.EDESTADDRREQ) - zcall.EDESTADDRREQ)
	_ = (zcall.EDOM - zcall.Errno(unix.EDOM)) + (zcall.Errno(unix.EDOM) - zcall.EDOM)
	_ = (zcall.EDOOFUS - zcall.Errno(unix.EDOOFUS)) + (zcall.Errno(unix.EDOOFUS) - zcall.EDOOFUS)
	_ = (zcall.EDQUOT - zcall.Errno(unix.EDQUOT)) + (zcall.Errno(unix.EDQUOT) - zcall.EDQUOT)
	_ = (zcall.EEXIST - zcall.Errno(unix.EEXIST)) + (zcall.Errno(unix.EEXIST) - zcall.EEXIST)
	_ = (zcall.EFAULT - zcall.Errno(unix.EFAULT)) + (zcall.Errno(unix.EFAULT) - zcall.EFAULT)
	_ = (zcall.EFBIG - zcall.Errno(unix.EFBIG)) + (zcall.Errno(unix.EFBIG) - zcall.EFBIG)
	_ = (zcall.EFTYPE - zcall.Errno(unix.EFTYPE)) + (zcall.Errno(unix.EFTYPE) - zcall.EFTYPE)
	_ = (zcall.EHOSTDOWN - zcall.Errno(unix.EHOSTDOWN)) + (zcall.Errno(unix.EHOSTDOWN) - zcall.EHOSTDOWN)
	_ = (zcall.EHOSTUNREACH - zcall.Errno(unix.EHOSTUNREACH)) + (zcall.Errno(unix.EHOSTUNREACH) - zcall.EHOSTUNREACH)
	_ = (zcall.EIDRM - zcall.Errno(unix.EIDRM)) + (zcall.Errno(unix.EIDRM) - zcall.EIDRM)
	_ = (zcall.EILSEQ - zcall.Errno(unix.EILSEQ)) + (zcall.Errno(unix.EILSEQ) - zcall.EILSEQ)
	_ = (zcall.EINPROGRESS - zcall.Errno(unix.EINPROGRESS)) + (zcall.Errno(unix.EINPROGRESS) - zcall.EINPROGRESS)
	_ = (zcall.EINTEGRITY - zcall.Errno(unix.EINTEGRITY)) + (zcall.Errno(unix.EINTEGRITY) - zcall.EINTEGRITY)
	_ = (zcall.EINTR - zcall.Errno(unix.EINTR)) + (zcall.Errno(unix.EINTR) - zcall.EINTR)
	_ = (zcall.EINVAL - zcall.Errno(unix.EINVAL)) + (zcall.Errno(unix.EINVAL) - zcall.EINVAL)
	_ = (zcall.EIO - zcall.Errno(unix.EIO)) + (zcall.Errno(unix.EIO) - zcall.EIO)
	_ = (zcall.EISCONN - zcall.Errno(unix.EISCONN)) + (zcall.Errno(unix.EISCONN) - zcall.EISCONN)
	_ = (zcall.EISDIR - zcall.Errno(unix.EISDIR)) + (zcall.Errno(unix.EISDIR) - zcall.EISDIR)
	_ = (zcall.ELOOP - zcall.Errno(unix.ELOOP)) + (zcall.Errno(unix.ELOOP) - zcall.ELOOP)
	_ = (zcall.EMFILE - zcall.Errno(unix.EMFILE)) + (zcall.Errno(unix.EMFILE) - zcall.EMFILE)
	_ = (zcall.EMLINK - zcall.Errno(unix.EMLINK)) + (zcall.Errno(unix.EMLINK) - zcall.EMLINK)
	_ = (zcall.EMSGSIZE - zcall.Errno(unix.EMSGSIZE)) + (zcall.Errno(unix.EMSGSIZE) - zcall.EMSGSIZE)
	_ = (zcall.EMULTIHOP - zcall.Errno(unix.EMULTIHOP)) + (zcall.Errno(unix.EMULTIHOP) - zcall.EMULTIHOP)
	_ = (zcall.ENAMETOOLONG - zcall.Errno(unix.ENAMETOOLONG)) + (zcall.Errno(unix.ENAMETOOLONG) - zcall.ENAMETOOLONG)
	_ = (zcall.ENEEDAUTH - zcall.Errno(unix.ENEEDAUTH)) + (zcall.Errno(unix.ENEEDAUTH) - zcall.ENEEDAUTH)
	_ = (zcall.ENETDOWN - zcall.Errno(unix.ENETDOWN)) + (zcall.Errno(unix.ENETDOWN) - zcall.ENETDOWN)
	_ = (zcall.ENETRESET - zcall.Errno(unix.ENETRESET)) + (zcall.Errno(unix.ENETRESET) - zcall.ENETRESET)
	_ = (zcall.ENETUNREACH - zcall.Errno(unix.ENETUNREACH)) + (zcall.Errno(unix.ENETUNREACH) - zcall.ENETUNREACH)
	_ = (zcall.ENFILE - zcall.Errno(unix.ENFILE)) + (zcall.Errno(unix.ENFILE) - zcall.ENFILE)
	_ = (zcall.ENOATTR - zcall.Errno(unix.ENOATTR)) + (zcall.Errno(unix.ENOATTR) - zcall.ENOATTR)
	_ = (zcall.ENOBUFS - zcall.Errno(unix.ENOBUFS)) + (zcall.Errno(unix.ENOBUFS) - zcall.ENOBUFS)
	_ = (zcall.ENODEV - zcall.Errno(unix.ENODEV)) + (zcall.Errno(unix.ENODEV) - zcall.ENODEV)
	_ = (zcall.ENOENT - zcall.Errno(unix.ENOENT)) + (zcall.Errno(unix.ENOENT) - zcall.ENOENT)
	_ = (zcall.ENOEXEC - zcall.Errno(unix.ENOEXEC)) + (zcall.Errno(unix.ENOEXEC) - zcall.ENOEXEC)
	_ = (zcall.ENOLCK - zcall.Errno(unix.ENOLCK)) + (zcall.Errno(unix.ENOLCK) - zcall.ENOLCK)
	_ = (zcall.ENOLINK - zcall.Errno(unix.ENOLINK)) + (zcall.Errno(unix.ENOLINK) - zcall.ENOLINK)
	_ = (zcall.ENOMEM - zcall.Errno(unix.ENOMEM)) + (zcall.Errno(unix.ENOMEM) - zcall.ENOMEM)
	_ = (zcall.ENOMSG - zcall.Errno(unix.ENOMSG)) + (zcall.Errno(unix.ENOMSG) - zcall.ENOMSG)
	_ = (zcall.ENOPROTOOPT - zcall.Errno(unix.ENOPROTOOPT)) + (zcall.Errno(unix.ENOPROTOOPT) - zcall.ENOPROTOOPT)
	_ = (zcall.ENOSPC - zcall.Errno(unix.ENOSPC)) + (zcall.Errno(unix.ENOSPC) - zcall.ENOSPC)
	_ = (zcall.ENOSYS - zcall.Errno(unix.ENOSYS)) + (zcall.Errno(unix.ENOSYS) - zcall.ENOSYS)
	_ = (zcall.ENOTBLK - zcall.Errno(unix.ENOTBLK)) + (zcall.Errno(unix.ENOTBLK) - zcall.ENOTBLK)
	_ = (zcall.ENOTCAPABLE - zcall.Errno(unix.ENOTCAPABLE)) + (zcall.Errno(unix.ENOTCAPABLE) - zcall.ENOTCAPABLE)
	_ = (zcall.ENOTCONN - zcall.Errno(unix.ENOTCONN)) + (zcall.Errno(unix.ENOTCONN) - zcall.ENOTCONN)
	_ = (zcall.ENOTDIR - zcall.Errno(unix.ENOTDIR)) + (zcall.Errno(unix.ENOTDIR) - zcall.ENOTDIR)
	_ = (zcall.ENOTEMPTY - zcall.Errno(unix.ENOTEMPTY)) + (zcall.Errno(unix.ENOTEMPTY) - zcall.ENOTEMPTY)
	_ = (zcall.ENOTRECOVERABLE - zcall.Errno(unix.ENOTRECOVERABLE)) + (zcall.Errno(unix.ENOTRECOVERABLE) - zcall.ENOTRECOVERABLE)
	_ = (zcall.ENOTSOCK - zcall.Errno(unix.ENOTSOCK)) + (zcall.Errno(unix.ENOTSOCK) - zcall.ENOTSOCK)
	_ = (zcall.ENOTSUP - zcall.Errno(unix.ENOTSUP)) + (zcall.Errno(unix.ENOTSUP) - zcall.ENOTSUP)
	_ = (zcall.ENOTTY - zcall.Errno(unix.ENOTTY)) + (zcall.Errno(unix.ENOTTY) - zcall.ENOTTY)
	_ = (zcall.ENXIO - zcall.Errno(unix.ENXIO)) + (zcall.Errno(unix.ENXIO) - zcall.ENXIO)
	_ = (zcall.EOPNOTSUPP - zcall.Errno(unix.EOPNOTSUPP)) + (zcall.Errno(unix.EOPNOTSUPP) - zcall.EOPNOTSUPP)
	_ = (zcall.EOVERFLOW - zcall.Errno(unix.EOVERFLOW)) + (zcall.Errno(unix.EOVERFLOW) - zcall.EOVERFLOW)
	_ = (zcall.EOWNERDEAD - zcall.Errno(unix.EOWNERDEAD)) + (zcall.Errno(unix.EOWNERDEAD) - zcall.EOWNERDEAD)
	_ = (zcall.EPERM - zcall.Errno(unix.EPERM)) + (zcall.Errno(unix.EPERM) - zcall.EPERM)
	_ = (zcall.EPFNOSUPPORT - zcall.Errno(unix.EPFNOSUPPORT)) + (zcall.Errno(unix.EPFNOSUPPORT) - zcall.EPFNOSUPPORT)
	_ = (zcall.EPIPE - zcall.Errno(unix.EPIPE)) + (zcall.Errno(unix.EPIPE) - zcall.EPIPE)
	_ = (zcall.EPROCLIM - zcall.Errno(unix.EPROCLIM)) + (zcall.Errno(unix.EPROCLIM) - zcall.EPROCLIM)
	_ = (zcall.EPROCUNAVAIL - zcall.Errno(unix.EPROCUNAVAIL)) + (zcall.Errno(unix.EPROCUNAVAIL) - zcall.EPROCUNAVAIL)
	_ = (zcall.EPROGMISMATCH - zcall.Errno(unix.EPROGMISMATCH)) + (zcall.Errno(unix.EPROGMISMATCH) - zcall.EPROGMISMATCH)
	_ = (zcall.EPROGUNAVAIL - zcall.Errno(unix.EPROGUNAVAIL)) + (zcall.Errno(unix.EPROGUNAVAIL) - zcall.EPROGUNAVAIL)
	_ = (zcall.EPROTO - zcall.Errno(unix.EPROTO)) + (zcall.Errno(unix.EPROTO) - zcall.EPROTO)
	_ = (zcall.EPROTONOSUPPORT - zcall.Errno(unix.EPROTONOSUPPORT)) + (zcall.Errno(unix.EPROTONOSUPPORT) - zcall.EPROTONOSUPPORT)
	_ = (zcall.EPROTOTYPE - zcall.Errno(unix.EPROTOTYPE)) + (zcall.Errno(unix.EPROTOTYPE) - zcall.EPROTOTYPE)
	_ = (zcall.ERANGE - zcall.Errno(unix.ERANGE)) + (zcall.Errno(unix.ERANGE) - zcall.ERANGE)
	_ = (zcall.EREMOTE - zcall.Errno(unix.EREMOTE)) + (zcall.Errno(unix.EREMOTE) - zcall.EREMOTE)
	_ = (zcall.EROFS - zcall.Errno(unix.EROFS)) + (zcall.Errno(unix.EROFS) - zcall.EROFS)
	_ = (zcall.ERPCMISMATCH - zcall.Errno(unix.ERPCMISMATCH)) + (zcall.Errno(unix.ERPCMISMATCH) - zcall.ERPCMISMATCH)
	_ = (zcall.ESHUTDOWN - zcall.Errno(unix.ESHUTDOWN)) + (zcall.Errno(unix.ESHUTDOWN) - zcall.ESHUTDOWN)
	_ = (zcall.ESOCKTNOSUPPORT - zcall.Errno(unix.ESOCKTNOSUPPORT)) + (zcall.Errno(unix.ESOCKTNOSUPPORT) - zcall.ESOCKTNOSUPPORT)
	_ = (zcall.ESPIPE - zcall.Errno(unix.ESPIPE)) + (zcall.Errno(unix.ESPIPE) - zcall.ESPIPE)
	_ = (zcall.ESRCH - zcall.Errno(unix.ESRCH)) + (zcall.Errno(unix.ESRCH) - zcall.ESRCH)
	_ = (zcall.ESTALE - zcall.Errno(unix.ESTALE)) + (zcall.Errno(unix.ESTALE) - zcall.ESTALE)
	_ = (zcall.ETIMEDOUT - zcall.Errno(unix.ETIMEDOUT)) + (zcall.Errno(unix.ETIMEDOUT) - zcall.ETIMEDOUT)
	_ = (zcall.ETOOMANYREFS - zcall.Errno(unix.ETOOMANYREFS)) + (zcall.Errno(unix.ETOOMANYREFS) - zcall.ETOOMANYREFS)
	_ = (zcall.ETXTBSY - zcall.Errno(unix.ETXTBSY)) + (zcall.Errno(unix.ETXTBSY) - zcall.ETXTBSY)
	_ = (zcall.EUSERS - zcall.Errno(unix.EUSERS)) + (zcall.Errno(unix.EUSERS) - zcall.EUSERS)
	_ = (zcall.EWOULDBLOCK - zcall.Errno(unix.EWOULDBLOCK)) + (zcall.Errno(unix.EWOULDBLOCK) - zcall.EWOULDBLOCK)
	_ = (zcall.EXDEV - zcall.Errno(unix.EXDEV)) + (zcall.Errno(unix.EXDEV) - zcall.EXDEV)
)

// Names that x/sys/unix does not define for freebsd.
const (
	// FreeBSD's option levels are the IPPROTO_ numbers.
	_ = uint64(zcall.SOL_IP-unix.IPPROTO_IP) + uint64(unix.IPPROTO_IP-zcall.SOL_IP)
	_ = uint64(zcall.SOL_TCP-unix.IPPROTO_TCP) + uint64(unix.IPPROTO_TCP-zcall.SOL_TCP)
	_ = uint64(zcall.SOL_UDP-unix.IPPROTO_UDP) + uint64(unix.IPPROTO_UDP-zcall.SOL_UDP)
	_ = uint64(zcall.SOL_IPV6-unix.IPPROTO_IPV6) + uint64(unix.IPPROTO_IPV6-zcall.SOL_IPV6)

	// MSG_ZEROCOPY adds no flag bit.
	_ = uint64(zcall.MSG_ZEROCOPY) + uint64(-zcall.MSG_ZEROCOPY)
)

// SO_ZEROCOPY must be no FreeBSD socket-level option, so that setting it
// fails with ENOPROTOOPT: a duplicate constant case in an expression switch
// is a compile error. (SO_PROTOTYPE, an alias of SO_PROTOCOL, and the
// SO_TS_* values, which are not options but values of SO_TS_CLOCK, are left
// out.)
func _(opt int) {
	switch opt {
	case zcall.SO_ZEROCOPY,
		unix.SO_ACCEPTCONN, unix.SO_ACCEPTFILTER, unix.SO_BINTIME, unix.SO_BROADCAST,
		unix.SO_DEBUG, unix.SO_DOMAIN, unix.SO_DONTROUTE, unix.SO_ERROR,
		unix.SO_KEEPALIVE, unix.SO_LABEL, unix.SO_LINGER, unix.SO_LISTENINCQLEN,
		unix.SO_LISTENQLEN, unix.SO_LISTENQLIMIT, unix.SO_MAX_PACING_RATE,
		unix.SO_NOSIGPIPE, unix.SO_NO_DDP, unix.SO_NO_OFFLOAD, unix.SO_OOBINLINE,
		unix.SO_PEERLABEL, unix.SO_PROTOCOL, unix.SO_RCVBUF, unix.SO_RCVLOWAT,
		unix.SO_RCVTIMEO, unix.SO_RERROR, unix.SO_REUSEADDR, unix.SO_REUSEPORT,
		unix.SO_REUSEPORT_LB, unix.SO_SETFIB, unix.SO_SNDBUF, unix.SO_SNDLOWAT,
		unix.SO_SNDTIMEO, unix.SO_TIMESTAMP, unix.SO_TS_CLOCK, unix.SO_TYPE,
		unix.SO_USELOOPBACK, unix.SO_USER_COOKIE:
	}
}
