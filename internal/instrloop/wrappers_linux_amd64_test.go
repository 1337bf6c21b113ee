package instrloop

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// keep receives results that a loop must not discard.
var keep uintptr

// Arguments that make a call fail before it does any work.
const (
	badDomain     = 1000  // socket domain: EAFNOSUPPORT
	badClock      = 1000  // timerfd clock: EINVAL
	badFutexOp    = 100   // futex op: ENOSYS
	badMemfdFlags = 0x100 // memfd_create flag: EINVAL
	badGrndFlags  = 0x100 // getrandom flag: EINVAL
)

// The raw Linux wrappers of linux/amd64, each on one cheap path: the loop
// of the wrapper, then the loop of the same call through Syscall4 or
// Syscall6 with the same arguments, written as the wrapper writes them (a
// nil pointer is converted with uintptr(unsafe.Pointer(...)), as the
// wrapper converts it, not passed as a literal 0). Most paths fail early with EBADF or
// EINVAL; Read fails with EAGAIN on an empty non-blocking pipe; Write,
// SchedYield and Gettid succeed.
func init() {
	wrappers = []wrapper{
		{"Read", "I/O", "syscall3", syscall.EAGAIN,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fd, buf := f.rfd, f.buf
				for range n {
					_, e = zcall.Read(fd, buf)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fd, buf := f.rfd, f.buf
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_READ, fd, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0)
				}
				return syscall.Errno(e)
			}},
		{"Write", "I/O", "syscall3", 0,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fd, one := f.efd, f.one
				for range n {
					_, e = zcall.Write(fd, one)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fd, one := f.efd, f.one
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_WRITE, fd, uintptr(unsafe.Pointer(unsafe.SliceData(one))), uintptr(len(one)), 0)
				}
				return syscall.Errno(e)
			}},
		{"Close", "I/O", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.Close(bad)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_CLOSE, bad, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Readv", "I/O", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Readv(bad, iov, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_READV, bad, uintptr(iov), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Writev", "I/O", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Writev(bad, iov, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_WRITEV, bad, uintptr(iov), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Pread", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Pread(bad, buf, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PREAD64, bad, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Pwrite", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Pwrite(bad, buf, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PWRITE64, bad, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Preadv", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Preadv(bad, iov, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PREADV, bad, uintptr(iov), 1, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Pwritev", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Pwritev(bad, iov, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PWRITEV, bad, uintptr(iov), 1, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Preadv2", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Preadv2(bad, iov, 1, 0, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PREADV2, bad, uintptr(iov), 1, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Pwritev2", "I/O", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Pwritev2(bad, iov, 1, 0, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_PWRITEV2, bad, uintptr(iov), 1, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Openat", "files", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, path := f.bad, f.path
				for range n {
					_, e = zcall.Openat(bad, path, zcall.O_RDONLY, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, path := f.bad, f.path
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_OPENAT, bad, uintptr(path), zcall.O_RDONLY, 0)
				}
				return syscall.Errno(e)
			}},
		{"Fstat", "files", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, st := f.bad, f.st
				for range n {
					e = zcall.Fstat(bad, st)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, st := f.bad, f.st
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_FSTAT, bad, uintptr(unsafe.Pointer(st)), 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Fcntl", "files", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Fcntl(bad, zcall.F_GETFL, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_FCNTL, bad, zcall.F_GETFL, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Ioctl", "files", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p := f.bad, f.word
				for range n {
					e = zcall.Ioctl(bad, zcall.SIOCGIFINDEX, p)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p := f.bad, f.word
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_IOCTL, bad, zcall.SIOCGIFINDEX, uintptr(p), 0)
				}
				return syscall.Errno(e)
			}},
		{"Ftruncate", "files", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.Ftruncate(bad, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_FTRUNCATE, bad, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Fallocate", "files", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.Fallocate(bad, 0, 0, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_FALLOCATE, bad, 0, 0, 1)
				}
				return syscall.Errno(e)
			}},
		{"Sendfile", "files", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, off := f.bad, f.off
				for range n {
					_, e = zcall.Sendfile(bad, bad, off, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, off := f.bad, f.off
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SENDFILE, bad, bad, uintptr(unsafe.Pointer(off)), 1)
				}
				return syscall.Errno(e)
			}},
		{"CopyFileRange", "files", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, off := f.bad, f.off
				for range n {
					_, e = zcall.CopyFileRange(bad, off, bad, off, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, off := f.bad, f.off
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_COPY_FILE_RANGE, bad, uintptr(unsafe.Pointer(off)), bad, uintptr(unsafe.Pointer(off)), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Pipe2", "pipes", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fds := f.fds
				for range n {
					e = zcall.Pipe2(fds, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fds := f.fds
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_PIPE2, uintptr(unsafe.Pointer(fds)), 1, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Splice", "pipes", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Splice(bad, nil, bad, nil, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_SPLICE, bad, uintptr(unsafe.Pointer((*int64)(nil))), bad, uintptr(unsafe.Pointer((*int64)(nil))), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Tee", "pipes", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Tee(bad, bad, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_TEE, bad, bad, 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Vmsplice", "pipes", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Vmsplice(bad, iov, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, iov := f.bad, f.iov
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_VMSPLICE, bad, uintptr(iov), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Socket", "sockets", "syscall3", syscall.EAFNOSUPPORT,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Socket(badDomain, zcall.SOCK_DGRAM, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SOCKET, badDomain, zcall.SOCK_DGRAM, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Socketpair", "sockets", "Syscall4", syscall.EAFNOSUPPORT,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fds := f.fds
				for range n {
					e = zcall.Socketpair(badDomain, zcall.SOCK_DGRAM, 0, fds)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				fds := f.fds
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SOCKETPAIR, badDomain, zcall.SOCK_DGRAM, 0, uintptr(unsafe.Pointer(fds)))
				}
				return syscall.Errno(e)
			}},
		{"Bind", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa := f.bad, f.sa
				for range n {
					e = zcall.Bind(bad, sa, 16)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa := f.bad, f.sa
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_BIND, bad, uintptr(sa), 16, 0)
				}
				return syscall.Errno(e)
			}},
		{"Connect", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa := f.bad, f.sa
				for range n {
					e = zcall.Connect(bad, sa, 16)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa := f.bad, f.sa
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_CONNECT, bad, uintptr(sa), 16, 0)
				}
				return syscall.Errno(e)
			}},
		{"Listen", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.Listen(bad, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_LISTEN, bad, 1, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Accept", "sockets", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Accept(bad, sa, salen)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Syscall4(syscall.SYS_ACCEPT, bad, uintptr(sa), uintptr(salen), 0)
				}
				return syscall.Errno(e)
			}},
		{"Accept4", "sockets", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Accept4(bad, sa, salen, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_ACCEPT4, bad, uintptr(sa), uintptr(salen), 0)
				}
				return syscall.Errno(e)
			}},
		{"Getsockname", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					e = zcall.Getsockname(bad, sa, salen)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_GETSOCKNAME, bad, uintptr(sa), uintptr(salen), 0)
				}
				return syscall.Errno(e)
			}},
		{"Getpeername", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					e = zcall.Getpeername(bad, sa, salen)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, sa, salen := f.bad, f.sa, f.salen
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_GETPEERNAME, bad, uintptr(sa), uintptr(salen), 0)
				}
				return syscall.Errno(e)
			}},
		{"Setsockopt", "sockets", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p := f.bad, f.word
				for range n {
					e = zcall.Setsockopt(bad, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, p, 4)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p := f.bad, f.word
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_SETSOCKOPT, bad, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, uintptr(p), 4, 0)
				}
				return syscall.Errno(e)
			}},
		{"Getsockopt", "sockets", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p, salen := f.bad, f.word, f.salen
				for range n {
					e = zcall.Getsockopt(bad, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, p, salen)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, p, salen := f.bad, f.word, f.salen
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_GETSOCKOPT, bad, zcall.SOL_SOCKET, zcall.SO_REUSEADDR, uintptr(p), uintptr(salen), 0)
				}
				return syscall.Errno(e)
			}},
		{"Shutdown", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.Shutdown(bad, zcall.SHUT_RDWR)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SHUTDOWN, bad, zcall.SHUT_RDWR, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Sendto", "sockets", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Sendto(bad, buf, 0, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_SENDTO, bad, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(unsafe.Pointer(nil)), 0)
				}
				return syscall.Errno(e)
			}},
		{"Recvfrom", "sockets", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Recvfrom(bad, buf, 0, nil, nil)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, buf := f.bad, f.buf
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_RECVFROM, bad, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), 0, uintptr(unsafe.Pointer(nil)), uintptr(unsafe.Pointer(nil)))
				}
				return syscall.Errno(e)
			}},
		{"Sendmsg", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, msg := f.bad, f.msg
				for range n {
					_, e = zcall.Sendmsg(bad, msg, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, msg := f.bad, f.msg
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SENDMSG, bad, uintptr(msg), 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Recvmsg", "sockets", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, msg := f.bad, f.msg
				for range n {
					_, e = zcall.Recvmsg(bad, msg, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, msg := f.bad, f.msg
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_RECVMSG, bad, uintptr(msg), 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Sendmmsg", "sockets", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mmsg := f.bad, f.mmsg
				for range n {
					_, e = zcall.Sendmmsg(bad, mmsg, 1, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mmsg := f.bad, f.mmsg
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SENDMMSG, bad, uintptr(mmsg), 1, 0)
				}
				return syscall.Errno(e)
			}},
		{"Recvmmsg", "sockets", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mmsg := f.bad, f.mmsg
				for range n {
					_, e = zcall.Recvmmsg(bad, mmsg, 1, 0, nil)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mmsg := f.bad, f.mmsg
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_RECVMMSG, bad, uintptr(mmsg), 1, 0, uintptr(unsafe.Pointer(nil)), 0)
				}
				return syscall.Errno(e)
			}},
		{"EpollCreate1", "events", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.EpollCreate1(1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_EPOLL_CREATE1, 1, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"EpollCtl", "events", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, ev := f.bad, f.ev
				for range n {
					e = zcall.EpollCtl(bad, zcall.EPOLL_CTL_ADD, bad, ev)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, ev := f.bad, f.ev
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_EPOLL_CTL, bad, zcall.EPOLL_CTL_ADD, bad, uintptr(unsafe.Pointer(ev)))
				}
				return syscall.Errno(e)
			}},
		{"EpollPwait", "events", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, evs := f.bad, f.evs
				for range n {
					_, e = zcall.EpollPwait(bad, evs)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, evs := f.bad, f.evs
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_EPOLL_PWAIT, bad, uintptr(unsafe.Pointer(unsafe.SliceData(evs))), uintptr(len(evs)), 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Eventfd2", "events", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Eventfd2(0, 2)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_EVENTFD2, 0, 2, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"TimerfdCreate", "events", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.TimerfdCreate(badClock, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_TIMERFD_CREATE, badClock, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"TimerfdSettime", "events", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, its := f.bad, f.its
				for range n {
					e = zcall.TimerfdSettime(bad, 0, its, nil)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, its := f.bad, f.its
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_TIMERFD_SETTIME, bad, 0, uintptr(its), uintptr(unsafe.Pointer(nil)))
				}
				return syscall.Errno(e)
			}},
		{"TimerfdGettime", "events", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, its := f.bad, f.its
				for range n {
					e = zcall.TimerfdGettime(bad, its)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, its := f.bad, f.its
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_TIMERFD_GETTIME, bad, uintptr(its), 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Signalfd4", "events", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mask := f.bad, f.mask
				for range n {
					_, e = zcall.Signalfd4(bad, mask, 8, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad, mask := f.bad, f.mask
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SIGNALFD4, bad, uintptr(mask), 8, 0)
				}
				return syscall.Errno(e)
			}},
		{"PidfdOpen", "events", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.PidfdOpen(0, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_PIDFD_OPEN, 0, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"PidfdSendSignal", "events", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					e = zcall.PidfdSendSignal(bad, 0, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_PIDFD_SEND_SIGNAL, bad, 0, uintptr(unsafe.Pointer(nil)), 0)
				}
				return syscall.Errno(e)
			}},
		{"PidfdGetfd", "events", "syscall3", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.PidfdGetfd(bad, 0, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_PIDFD_GETFD, bad, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Futex", "events", "Syscall6", syscall.ENOSYS,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				word := f.word
				for range n {
					_, e = zcall.Futex((*uint32)(word), badFutexOp, 0, nil, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				word := f.word
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_FUTEX, uintptr(word), badFutexOp, 0, uintptr(unsafe.Pointer(nil)), uintptr(unsafe.Pointer((*uint32)(nil))), 0)
				}
				return syscall.Errno(e)
			}},
		{"FutexRequeue", "events", "Syscall6", syscall.ENOSYS,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				word := f.word
				for range n {
					_, e = zcall.FutexRequeue((*uint32)(word), badFutexOp, 0, 0, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				word := f.word
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_FUTEX, uintptr(word), badFutexOp, 0, 0, uintptr(unsafe.Pointer((*uint32)(nil))), 0)
				}
				return syscall.Errno(e)
			}},
		{"IoUringSetup", "io_uring", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				params := f.params
				for range n {
					_, e = zcall.IoUringSetup(0, params)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				params := f.params
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_IO_URING_SETUP, 0, uintptr(params), 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"IoUringEnter", "io_uring", "Syscall6", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.IoUringEnter(bad, 0, 0, 0, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_IO_URING_ENTER, bad, 0, 0, 0, uintptr(unsafe.Pointer(nil)), 0)
				}
				return syscall.Errno(e)
			}},
		{"IoUringRegister", "io_uring", "Syscall4", syscall.EBADF,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.IoUringRegister(bad, 0, nil, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				bad := f.bad
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_IO_URING_REGISTER, bad, 0, uintptr(unsafe.Pointer(nil)), 0)
				}
				return syscall.Errno(e)
			}},
		{"Mmap", "memory", "Syscall6", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Mmap(nil, 0, zcall.PROT_READ, zcall.MAP_PRIVATE|zcall.MAP_ANONYMOUS, ^uintptr(0), 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall6(zcall.SYS_MMAP, uintptr(unsafe.Pointer(nil)), 0, zcall.PROT_READ, zcall.MAP_PRIVATE|zcall.MAP_ANONYMOUS, ^uintptr(0), 0)
				}
				return syscall.Errno(e)
			}},
		{"Munmap", "memory", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					e = zcall.Munmap(odd, 1)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_MUNMAP, uintptr(odd), 1, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Mprotect", "memory", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					e = zcall.Mprotect(odd, 1, zcall.PROT_READ)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_MPROTECT, uintptr(odd), 1, zcall.PROT_READ, 0)
				}
				return syscall.Errno(e)
			}},
		{"Madvise", "memory", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					e = zcall.Madvise(odd, 1, zcall.MADV_DONTNEED)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				odd := f.odd
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_MADVISE, uintptr(odd), 1, zcall.MADV_DONTNEED, 0)
				}
				return syscall.Errno(e)
			}},
		{"MemfdCreate", "memory", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				name := f.path
				for range n {
					_, e = zcall.MemfdCreate(name, badMemfdFlags)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				name := f.path
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_MEMFD_CREATE, uintptr(name), badMemfdFlags, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Getrandom", "process", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				buf := f.buf
				for range n {
					_, e = zcall.Getrandom(buf, badGrndFlags)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				buf := f.buf
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_GETRANDOM, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), uintptr(len(buf)), badGrndFlags, 0)
				}
				return syscall.Errno(e)
			}},
		{"SchedYield", "process", "syscall3", 0,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					e = zcall.SchedYield()
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_SCHED_YIELD, 0, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
		{"Gettid", "process", "syscall3", 0,
			func(f *fixture, n int) syscall.Errno {
				var e, tid uintptr
				for range n {
					tid = zcall.Gettid()
				}
				keep = tid
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e, tid uintptr
				for range n {
					tid, _ = zcall.Syscall4(zcall.SYS_GETTID, 0, 0, 0, 0)
				}
				keep = tid
				return syscall.Errno(e)
			}},
		{"Tgkill", "process", "syscall3", syscall.EINVAL,
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					e = zcall.Tgkill(0, 0, 0)
				}
				return syscall.Errno(e)
			},
			func(f *fixture, n int) syscall.Errno {
				var e uintptr
				for range n {
					_, e = zcall.Syscall4(zcall.SYS_TGKILL, 0, 0, 0, 0)
				}
				return syscall.Errno(e)
			}},
	}
}

// notWrappers are the exported functions of package zcall on linux/amd64
// that are not raw wrappers, with the reason.
var notWrappers = map[string]string{
	"Syscall4":             "trampoline: measured as getppid/4 and read EAGAIN",
	"Syscall6":             "trampoline: measured as getppid/6",
	"BlockingSyscall4":     "scheduler-aware: syscall.Syscall6",
	"BlockingSyscall6":     "scheduler-aware: syscall.Syscall6",
	"EpollPwaitBlocking":   "scheduler-aware: syscall.Syscall6",
	"FutexWaitBlocking":    "scheduler-aware: syscall.Syscall6",
	"IoUringEnterBlocking": "scheduler-aware: syscall.Syscall6",

	"LinkByName":    "rtnetlink request for one link: several scheduler-aware calls",
	"LinkByIndex":   "rtnetlink request for one link: several scheduler-aware calls",
	"Links":         "rtnetlink dump: several scheduler-aware calls",
	"IfNameToIndex": "socket, ioctl and close, scheduler-aware",
}

// trampolineNames are the functions a raw wrapper calls.
var trampolineNames = []string{"syscall3", "Syscall4", "Syscall6"}

// TestEveryWrapperMeasured reads package zcall's source as the linux/amd64
// compiler sees it and checks the table against it: every exported
// function is a measured wrapper or listed in notWrappers; every measured
// wrapper makes exactly one trampoline call, through the trampoline the
// table names; and every entry of notWrappers exists. A new wrapper
// without a loop fails here.
func TestEveryWrapperMeasured(t *testing.T) {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled, ctx.BuildTags = "linux", "amd64", false, nil
	dir := filepath.Join("..", "..")
	pkg, err := ctx.ImportDir(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	via := map[string][]string{} // exported function -> trampolines it calls
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !fd.Name.IsExported() {
				continue
			}
			calls := []string{}
			if fd.Body != nil {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if c, ok := n.(*ast.CallExpr); ok {
						if id, ok := c.Fun.(*ast.Ident); ok && slices.Contains(trampolineNames, id.Name) {
							calls = append(calls, id.Name)
						}
					}
					return true
				})
			}
			via[fd.Name.Name] = calls
		}
	}
	if len(via) < len(wrappers) {
		t.Fatalf("found %d exported functions in %s, fewer than the %d wrappers measured", len(via), dir, len(wrappers))
	}
	measured := map[string]bool{}
	for _, w := range wrappers {
		if measured[w.name] {
			t.Errorf("%s: measured twice", w.name)
		}
		measured[w.name] = true
		calls, found := via[w.name]
		switch {
		case !found:
			t.Errorf("%s: measured, but package zcall has no such function on linux/amd64", w.name)
		case len(calls) != 1:
			t.Errorf("%s: makes %d trampoline calls %v, want 1", w.name, len(calls), calls)
		case calls[0] != w.via:
			t.Errorf("%s: makes %s, the table says %s", w.name, calls[0], w.via)
		}
	}
	for name := range via {
		if !measured[name] && notWrappers[name] == "" {
			t.Errorf("%s: exported function with no loop in wrappers_linux_amd64_test.go and not in notWrappers", name)
		}
	}
	for name := range notWrappers {
		if _, found := via[name]; !found {
			t.Errorf("notWrappers lists %s, which package zcall does not have on linux/amd64", name)
		}
		if measured[name] {
			t.Errorf("%s: both measured and in notWrappers", name)
		}
	}
}
