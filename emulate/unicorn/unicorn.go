// Package unicorn is a small cgo binding to the C API of Unicorn 2, the
// CPU emulator (libunicorn; Debian's libunicorn-dev). It binds what a test
// that runs a few machine instructions needs: opening an engine, mapping,
// writing and reading memory, reading and writing registers, hooks on
// interrupts, on the x86 SYSCALL instruction and on every instruction, and
// starting and stopping the emulation.
//
// Callbacks run on the goroutine that called [Engine.Start]. They must not
// panic: the panic would have to unwind through Unicorn's C frames. A
// callback that finds a fault records it and calls [Engine.Stop].
package unicorn

/*
#cgo LDFLAGS: -lunicorn
#include <stdint.h>
#include <unicorn/unicorn.h>

uc_err zc_hook_intr(uc_engine *uc, uc_hook *hh, uintptr_t h);
uc_err zc_hook_insn(uc_engine *uc, uc_hook *hh, uintptr_t h, int insn);
uc_err zc_hook_code(uc_engine *uc, uc_hook *hh, uintptr_t h, uint64_t begin, uint64_t end);
*/
import "C"

import (
	"fmt"
	"runtime/cgo"
	"time"
	"unsafe"
)

// Arch is a CPU architecture (uc_arch).
type Arch int

// The architectures Unicorn emulates.
const (
	ArchARM   Arch = C.UC_ARCH_ARM
	ArchARM64 Arch = C.UC_ARCH_ARM64
	ArchMIPS  Arch = C.UC_ARCH_MIPS
	ArchX86   Arch = C.UC_ARCH_X86
	ArchPPC   Arch = C.UC_ARCH_PPC
	ArchRISCV Arch = C.UC_ARCH_RISCV
	ArchS390X Arch = C.UC_ARCH_S390X
)

// Mode is a hardware mode (uc_mode); the modes of one engine are ORed.
type Mode int

// The modes used with the architectures above.
const (
	ModeLittleEndian Mode = C.UC_MODE_LITTLE_ENDIAN
	ModeBigEndian    Mode = C.UC_MODE_BIG_ENDIAN
	ModeARM          Mode = C.UC_MODE_ARM
	ModeARM64        Mode = C.UC_MODE_ARM
	Mode32           Mode = C.UC_MODE_32
	Mode64           Mode = C.UC_MODE_64
	ModeMIPS32       Mode = C.UC_MODE_MIPS32
	ModeMIPS64       Mode = C.UC_MODE_MIPS64
	ModePPC64        Mode = C.UC_MODE_PPC64
	ModeRISCV64      Mode = C.UC_MODE_RISCV64
)

// Prot is the access allowed to a mapped region (uc_prot).
type Prot int

// The protections; ProtAll is read, write and execute.
const (
	ProtRead  Prot = C.UC_PROT_READ
	ProtWrite Prot = C.UC_PROT_WRITE
	ProtExec  Prot = C.UC_PROT_EXEC
	ProtAll   Prot = C.UC_PROT_ALL
)

// Error is an error code of the C API (uc_err).
type Error int

// Error returns Unicorn's description of the code (uc_strerror).
func (e Error) Error() string {
	return fmt.Sprintf("unicorn: %s (UC_ERR %d)", C.GoString(C.uc_strerror(C.uc_err(e))), int(e))
}

func check(e C.uc_err) error {
	if e != C.UC_ERR_OK {
		return Error(e)
	}
	return nil
}

// Version returns the major and minor version of the library linked in.
func Version() (major, minor int) {
	var ma, mi C.uint
	C.uc_version(&ma, &mi)
	return int(ma), int(mi)
}

// An Engine is one emulated CPU with its memory (uc_engine).
type Engine struct {
	uc      *C.uc_engine
	handles []cgo.Handle
}

// Open makes an engine for arch in mode (uc_open).
func Open(arch Arch, mode Mode) (*Engine, error) {
	var uc *C.uc_engine
	if err := check(C.uc_open(C.uc_arch(arch), C.uc_mode(mode), &uc)); err != nil {
		return nil, err
	}
	return &Engine{uc: uc}, nil
}

// Close frees the engine and the callbacks of its hooks (uc_close).
func (e *Engine) Close() error {
	err := check(C.uc_close(e.uc))
	for _, h := range e.handles {
		h.Delete()
	}
	e.handles = nil
	return err
}

// MemMap maps size bytes at addr, both multiples of 4 KiB, with the access
// prot (uc_mem_map). The memory starts zeroed.
func (e *Engine) MemMap(addr uint64, size int, prot Prot) error {
	return check(C.uc_mem_map(e.uc, C.uint64_t(addr), C.size_t(size), C.uint32_t(prot)))
}

// MemWrite copies b to the emulated memory at addr (uc_mem_write).
func (e *Engine) MemWrite(addr uint64, b []byte) error {
	if len(b) == 0 {
		return nil
	}
	return check(C.uc_mem_write(e.uc, C.uint64_t(addr), unsafe.Pointer(&b[0]), C.size_t(len(b))))
}

// MemRead returns n bytes of the emulated memory at addr (uc_mem_read).
func (e *Engine) MemRead(addr uint64, n int) ([]byte, error) {
	b := make([]byte, n)
	if n == 0 {
		return b, nil
	}
	return b, check(C.uc_mem_read(e.uc, C.uint64_t(addr), unsafe.Pointer(&b[0]), C.size_t(n)))
}

// Reg names a register of the engine's architecture (the uc_*_reg enums).
type Reg int

// RegRead returns the value of r (uc_reg_read). Registers of at most 64
// bits only; a narrower register is zero-extended.
func (e *Engine) RegRead(r Reg) (uint64, error) {
	var v C.uint64_t
	err := check(C.uc_reg_read(e.uc, C.int(r), unsafe.Pointer(&v)))
	return uint64(v), err
}

// RegWrite sets r to v (uc_reg_write); a narrower register takes v's low
// bits.
func (e *Engine) RegWrite(r Reg, v uint64) error {
	cv := C.uint64_t(v)
	return check(C.uc_reg_write(e.uc, C.int(r), unsafe.Pointer(&cv)))
}

// RegWriteTable sets r, the x86 register of a descriptor table (X86GDTR),
// to the table at base whose last byte is at base+limit (uc_reg_write with
// a uc_x86_mmr).
func (e *Engine) RegWriteTable(r Reg, base uint64, limit uint32) error {
	mmr := C.uc_x86_mmr{base: C.uint64_t(base), limit: C.uint32_t(limit)}
	return check(C.uc_reg_write(e.uc, C.int(r), unsafe.Pointer(&mmr)))
}

func (e *Engine) handle(f any) C.uintptr_t {
	h := cgo.NewHandle(f)
	e.handles = append(e.handles, h)
	return C.uintptr_t(h)
}

// HookIntr calls f with the interrupt number whenever the CPU raises an
// interrupt or exception (UC_HOOK_INTR): SVC on arm and arm64, ECALL on
// riscv, sc on ppc, svc on s390x, SYSCALL on mips, INT on x86. Emulation
// resumes at the program counter as f leaves it.
func (e *Engine) HookIntr(f func(intno uint32)) error {
	var hh C.uc_hook
	return check(C.zc_hook_intr(e.uc, &hh, e.handle(f)))
}

// HookSyscall calls f when the x86-64 SYSCALL instruction executes
// (UC_HOOK_INSN with UC_X86_INS_SYSCALL); emulation continues after it.
func (e *Engine) HookSyscall(f func()) error {
	var hh C.uc_hook
	return check(C.zc_hook_insn(e.uc, &hh, e.handle(f), C.UC_X86_INS_SYSCALL))
}

// HookCode calls f before each instruction whose address is in
// [begin, end] executes (UC_HOOK_CODE), with its address and size.
func (e *Engine) HookCode(begin, end uint64, f func(addr uint64, size uint32)) error {
	var hh C.uc_hook
	return check(C.zc_hook_code(e.uc, &hh, e.handle(f), C.uint64_t(begin), C.uint64_t(end)))
}

// Start emulates from begin until the program counter reaches until, a
// callback calls Stop, timeout passes (0: no limit) or count instructions
// have run (0: no limit) (uc_emu_start).
func (e *Engine) Start(begin, until uint64, timeout time.Duration, count int) error {
	return check(C.uc_emu_start(e.uc, C.uint64_t(begin), C.uint64_t(until),
		C.uint64_t(timeout/time.Microsecond), C.size_t(count)))
}

// Stop ends the emulation that Start began, from a callback (uc_emu_stop).
func (e *Engine) Stop() error {
	return check(C.uc_emu_stop(e.uc))
}

//export goIntrHook
func goIntrHook(h C.uintptr_t, intno C.uint32_t) {
	cgo.Handle(h).Value().(func(uint32))(uint32(intno))
}

//export goInsnHook
func goInsnHook(h C.uintptr_t) {
	cgo.Handle(h).Value().(func())()
}

//export goCodeHook
func goCodeHook(h C.uintptr_t, addr C.uint64_t, size C.uint32_t) {
	cgo.Handle(h).Value().(func(uint64, uint32))(uint64(addr), uint32(size))
}
