//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall

// io_uring constants. Neither syscall nor golang.org/x/sys/unix defines
// them, so each value is written out from include/uapi/linux/io_uring.h of
// Linux 6.19; they are the same on every architecture. TestIoUringHeader
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
