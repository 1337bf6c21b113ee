package nopring

import (
	"sync/atomic"
	"unsafe"

	"code.hybscloud.com/zcall"
)

// mmap offsets and sizes from include/uapi/linux/io_uring.h.
const (
	offSQRing = 0          // IORING_OFF_SQ_RING
	offCQRing = 0x8000000  // IORING_OFF_CQ_RING
	offSQEs   = 0x10000000 // IORING_OFF_SQES

	sqeSize = 64 // sizeof(struct io_uring_sqe)
	cqeSize = 16 // sizeof(struct io_uring_cqe)
)

// params is struct io_uring_params, with io_sqring_offsets and
// io_cqring_offsets flattened into it (120 bytes).
type params struct {
	sqEntries, cqEntries, flags, sqThreadCPU, sqThreadIdle, features, wqFD uint32
	resv                                                                   [3]uint32
	// struct io_sqring_offsets
	sqHead, sqTail, sqRingMask, sqRingEntries, sqFlags, sqDropped, sqArray, sqResv1 uint32
	sqUserAddr                                                                      uint64
	// struct io_cqring_offsets
	cqHead, cqTail, cqRingMask, cqRingEntries, cqOverflow, cqCQEs, cqFlags, cqResv1 uint32
	cqUserAddr                                                                      uint64
}

// Ring is an io_uring whose rings are mapped into the process.
type Ring struct {
	FD uintptr // the ring's descriptor, for io_uring_enter

	sq, cq, sqes unsafe.Pointer // the three mappings
	sqLen, cqLen uintptr
	sqesLen      uintptr

	sqHead, sqTail, sqMask *uint32
	sqArray                unsafe.Pointer
	cqHead, cqTail, cqMask *uint32
	cqes                   unsafe.Pointer
}

// New sets up a ring of entries slots with zcall.IoUringSetup and maps it
// with zcall.Mmap. The errno is io_uring_setup's or mmap's; ENOSYS means the
// kernel (or an emulator) has no io_uring.
func New(entries uint32) (*Ring, uintptr) {
	var p params
	fd, errno := zcall.IoUringSetup(uintptr(entries), unsafe.Pointer(&p))
	if errno != 0 {
		return nil, errno
	}
	r := &Ring{FD: fd}
	r.sqLen = uintptr(p.sqArray) + uintptr(p.sqEntries)*4
	r.cqLen = uintptr(p.cqCQEs) + uintptr(p.cqEntries)*cqeSize
	r.sqesLen = uintptr(p.sqEntries) * sqeSize
	const prot = zcall.PROT_READ | zcall.PROT_WRITE
	const flags = zcall.MAP_SHARED | zcall.MAP_POPULATE
	if r.sq, errno = zcall.Mmap(nil, r.sqLen, prot, flags, fd, offSQRing); errno != 0 {
		r.Close()
		return nil, errno
	}
	if r.cq, errno = zcall.Mmap(nil, r.cqLen, prot, flags, fd, offCQRing); errno != 0 {
		r.Close()
		return nil, errno
	}
	if r.sqes, errno = zcall.Mmap(nil, r.sqesLen, prot, flags, fd, offSQEs); errno != 0 {
		r.Close()
		return nil, errno
	}
	r.sqHead = (*uint32)(unsafe.Add(r.sq, p.sqHead))
	r.sqTail = (*uint32)(unsafe.Add(r.sq, p.sqTail))
	r.sqMask = (*uint32)(unsafe.Add(r.sq, p.sqRingMask))
	r.sqArray = unsafe.Add(r.sq, p.sqArray)
	r.cqHead = (*uint32)(unsafe.Add(r.cq, p.cqHead))
	r.cqTail = (*uint32)(unsafe.Add(r.cq, p.cqTail))
	r.cqMask = (*uint32)(unsafe.Add(r.cq, p.cqRingMask))
	r.cqes = unsafe.Add(r.cq, p.cqCQEs)
	return r, 0
}

// PrepNOP queues one NOP request carrying userData in the submission ring.
// The ring has room because every request is reaped before the next.
func (r *Ring) PrepNOP(userData uint64) {
	tail := atomic.LoadUint32(r.sqTail)
	i := tail & *r.sqMask
	sqe := (*[sqeSize]byte)(unsafe.Add(r.sqes, uintptr(i)*sqeSize))
	*sqe = [sqeSize]byte{}
	sqe[0] = zcall.IORING_OP_NOP
	*(*uint64)(unsafe.Pointer(&sqe[32])) = userData
	*(*uint32)(unsafe.Add(r.sqArray, uintptr(i)*4)) = i
	atomic.StoreUint32(r.sqTail, tail+1)
}

// Reap consumes one completion and returns its user data and result; ok is
// false when the completion ring is empty.
func (r *Ring) Reap() (userData uint64, res int32, ok bool) {
	head := atomic.LoadUint32(r.cqHead)
	if head == atomic.LoadUint32(r.cqTail) {
		return 0, 0, false
	}
	cqe := unsafe.Add(r.cqes, uintptr(head&*r.cqMask)*cqeSize)
	userData = *(*uint64)(cqe)
	res = *(*int32)(unsafe.Add(cqe, 8))
	atomic.StoreUint32(r.cqHead, head+1)
	return userData, res, true
}

// Close unmaps the rings and closes the descriptor.
func (r *Ring) Close() {
	for _, m := range []struct {
		p unsafe.Pointer
		n uintptr
	}{{r.sq, r.sqLen}, {r.cq, r.cqLen}, {r.sqes, r.sqesLen}} {
		if m.p != nil {
			zcall.Munmap(m.p, m.n)
		}
	}
	r.sq, r.cq, r.sqes = nil, nil, nil
	zcall.Close(r.FD)
}
