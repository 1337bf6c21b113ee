package main

import (
	"encoding/binary"
	"fmt"
	"time"

	"code.hybscloud.com/zcall/emulate/unicorn"
	"code.hybscloud.com/zcall/internal/targets"
)

// noReg marks an arch without a link register: its call instruction
// pushes the return address (x86).
const noReg unicorn.Reg = -1

// An arch is what the emulator needs to know about one GOARCH: how to make
// a CPU for it, where ABI0 puts the arguments, and the registers its
// system call instruction reads and writes. The parts that differ by OS
// (the number register, the trap, the error convention) are in a kernel.
type arch struct {
	goarch string
	word   int // bytes in a uintptr
	order  binary.ByteOrder
	cpu    unicorn.Arch
	mode   unicorn.Mode

	sp, pc unicorn.Reg
	// link holds the return address at entry; noReg: the call pushed it
	// at 0(SP).
	link unicorn.Reg
	// fp is the offset from the stack pointer at entry of the first
	// argument word, ABI0's 0(FP): the return address on x86, the fixed
	// frame (the slot saved link registers go to, ppc64's 32-byte ELF
	// header) elsewhere.
	fp int
	// gprs are the general registers, filled with junk before each run so
	// that a value the trampoline forgets to load cannot pass by chance.
	gprs []unicorn.Reg
	// zero are registers that Go's ABI keeps zero (ppc64's R0).
	zero []unicorn.Reg

	// args are the registers the kernel reads the arguments from, in
	// order; stackArgs the offsets from the stack pointer, at the trap, of
	// those it reads from the stack after them (mips o32's fifth and sixth).
	args      []unicorn.Reg
	stackArgs []int
	// result is the register the kernel returns the value or errno in.
	result unicorn.Reg
	// clobbers are the registers the kernel may change besides result
	// (and the error flag): the hook writes junk to them, so a trampoline
	// that reads one after the trap is caught.
	clobbers []unicorn.Reg
	// internal are the integer registers of Go's register ABI, in order;
	// nil where the arch has none. Only the runtime's own system call
	// function is called with it.
	internal []unicorn.Reg
	// linuxRule is Linux's error convention on this arch.
	linuxRule rule
	// g is the register Go code keeps the goroutine's g in; noReg on
	// 386, where Go code loads g from thread-local storage whenever it
	// needs it. tls, if set, lays out the thread-local storage at base so
	// that Go code finds the g at address g there, and points the thread
	// pointer at base (amd64 reloads g from there after an ABI0 call).
	g   unicorn.Reg
	tls func(e *unicorn.Engine, base, g uint64) error
	// regName names a register as Go's assembler does, for messages.
	regName func(r unicorn.Reg) string
	// stop, if set, fills the page the function returns to: an
	// instruction the emulator can decode there, where it otherwise
	// raises an exception before the stop takes effect (s390x).
	stop []byte
	// prepare, if set, runs after the registers are set (a mode in a
	// status register).
	prepare func(e *unicorn.Engine) error
	// probe, if set, checks that the library can run this arch's 64-bit
	// loads at all: Unicorn 2.0.1, the release Debian 12 ships, cannot
	// on ppc64 and mips64 (see canRun).
	probe func(a *arch) error
}

// A kernel is one target's system call interface.
type kernel struct {
	trap     []byte      // the trap instruction as the target encodes it
	num      unicorn.Reg // the register the kernel reads the number from
	class    uint64      // ORed into the number (darwin/amd64's Unix class)
	rule     rule
	clobbers []unicorn.Reg // besides the arch's
}

// A rule is how a kernel reports failure. With flag nil (Linux on most
// arches) the result register holds -errno and an error is exactly a
// value of -4095..-1; otherwise flag sets (on) or clears a flag and the
// result register holds the positive errno on failure.
type rule struct {
	name string
	flag func(e *unicorn.Engine, on bool) error
}

var negated = rule{name: "-errno in the result register (-4095..-1)"}

// setBit sets or clears bit mask of register r.
func setBit(e *unicorn.Engine, r unicorn.Reg, mask uint64, on bool) error {
	v, err := e.RegRead(r)
	if err != nil {
		return err
	}
	if on {
		v |= mask
	} else {
		v &^= mask
	}
	return e.RegWrite(r, v)
}

var (
	x86Carry = rule{name: "carry flag (EFLAGS.CF) set, errno in AX", flag: func(e *unicorn.Engine, on bool) error {
		return setBit(e, unicorn.X86EFLAGS, 1, on)
	}}
	arm64Carry = rule{name: "carry flag (NZCV.C) set, errno in R0", flag: func(e *unicorn.Engine, on bool) error {
		return setBit(e, unicorn.ARM64NZCV, 1<<29, on)
	}}
	ppcSO = rule{name: "CR0.SO set, errno in R3", flag: func(e *unicorn.Engine, on bool) error {
		return setBit(e, unicorn.PPCCR0, 1, on)
	}}
	mipsA3 = rule{name: "R7 (a3) nonzero, errno in R2", flag: func(e *unicorn.Engine, on bool) error {
		v := uint64(0)
		if on {
			v = 1
		}
		return e.RegWrite(unicorn.MIPSR(7), v)
	}}
)

// numbered returns a regName for registers numbered from base on, with
// prefix.
func numbered(prefix string, base unicorn.Reg) func(unicorn.Reg) string {
	return func(r unicorn.Reg) string { return fmt.Sprintf("%s%d", prefix, r-base) }
}

// x86Names names the x86 registers.
var x86Names = map[unicorn.Reg]string{
	unicorn.X86RAX: "AX", unicorn.X86RBX: "BX", unicorn.X86RCX: "CX", unicorn.X86RDX: "DX",
	unicorn.X86RSI: "SI", unicorn.X86RDI: "DI", unicorn.X86RBP: "BP", unicorn.X86R8: "R8",
	unicorn.X86R9: "R9", unicorn.X86R10: "R10", unicorn.X86R11: "R11", unicorn.X86R14: "R14",
	unicorn.X86EAX: "AX", unicorn.X86EBX: "BX", unicorn.X86ECX: "CX", unicorn.X86EDX: "DX",
	unicorn.X86ESI: "SI", unicorn.X86EDI: "DI", unicorn.X86EBP: "BP",
}

func x86Name(r unicorn.Reg) string { return x86Names[r] }

func regs(f func(int) unicorn.Reg, ns ...int) []unicorn.Reg {
	rs := make([]unicorn.Reg, len(ns))
	for i, n := range ns {
		rs[i] = f(n)
	}
	return rs
}

func span(lo, hi int) []int {
	var ns []int
	for n := lo; n <= hi; n++ {
		ns = append(ns, n)
	}
	return ns
}

// arches is the table of the arches the emulator runs, by GOARCH. A
// supported target whose GOARCH is missing here fails the tests, unless
// unemulated names it.
var arches = map[string]*arch{
	"amd64": {
		goarch: "amd64", word: 8, order: binary.LittleEndian, cpu: unicorn.ArchX86, mode: unicorn.Mode64,
		sp: unicorn.X86RSP, pc: unicorn.X86RIP, link: noReg, fp: 8,
		gprs: []unicorn.Reg{unicorn.X86RAX, unicorn.X86RBX, unicorn.X86RCX, unicorn.X86RDX, unicorn.X86RSI,
			unicorn.X86RDI, unicorn.X86RBP, unicorn.X86R8, unicorn.X86R9, unicorn.X86R10, unicorn.X86R11, unicorn.X86R14},
		args:     []unicorn.Reg{unicorn.X86RDI, unicorn.X86RSI, unicorn.X86RDX, unicorn.X86R10, unicorn.X86R8, unicorn.X86R9},
		result:   unicorn.X86RAX,
		clobbers: []unicorn.Reg{unicorn.X86RCX, unicorn.X86R11}, // SYSCALL writes RIP and RFLAGS to them
		internal: []unicorn.Reg{unicorn.X86RAX, unicorn.X86RBX, unicorn.X86RCX, unicorn.X86RDI, unicorn.X86RSI,
			unicorn.X86R8, unicorn.X86R9, unicorn.X86R10, unicorn.X86R11},
		linuxRule: negated,
		g:         unicorn.X86R14, tls: func(e *unicorn.Engine, base, g uint64) error {
			// linux and FreeBSD read g at -8(FS), darwin at 0x30(GS).
			w := binary.LittleEndian.AppendUint64(nil, g)
			if err := e.MemWrite(base-8, w); err != nil {
				return err
			}
			if err := e.MemWrite(base+0x30, w); err != nil {
				return err
			}
			if err := e.RegWrite(unicorn.X86FSBase, base); err != nil {
				return err
			}
			return e.RegWrite(unicorn.X86GSBase, base)
		},
		regName: x86Name,
	},
	"arm64": {
		goarch: "arm64", word: 8, order: binary.LittleEndian, cpu: unicorn.ArchARM64, mode: unicorn.ModeARM64,
		sp: unicorn.ARM64SP, pc: unicorn.ARM64PC, link: unicorn.ARM64X(30), fp: 8,
		gprs:      regs(unicorn.ARM64X, span(0, 29)...),
		args:      regs(unicorn.ARM64X, 0, 1, 2, 3, 4, 5),
		result:    unicorn.ARM64X(0),
		internal:  regs(unicorn.ARM64X, span(0, 15)...),
		linuxRule: negated,
		g:         unicorn.ARM64X(28),
		regName:   numbered("R", unicorn.ARM64X(0)),
	},
	"riscv64": {
		goarch: "riscv64", word: 8, order: binary.LittleEndian, cpu: unicorn.ArchRISCV, mode: unicorn.ModeRISCV64,
		sp: unicorn.RISCVX(2), pc: unicorn.RISCVPC, link: unicorn.RISCVX(1), fp: 8,
		gprs:      regs(unicorn.RISCVX, append([]int{3, 4}, span(5, 31)...)...),
		args:      regs(unicorn.RISCVX, 10, 11, 12, 13, 14, 15),
		result:    unicorn.RISCVX(10),
		internal:  regs(unicorn.RISCVX, 10, 11, 12, 13, 14, 15, 16, 17, 8, 9, 18, 19, 20, 21, 22, 23),
		linuxRule: negated,
		g:         unicorn.RISCVX(27),
		regName:   numbered("X", unicorn.RISCVX(0)),
	},
	"s390x": {
		goarch: "s390x", word: 8, order: binary.BigEndian, cpu: unicorn.ArchS390X, mode: unicorn.ModeBigEndian,
		sp: unicorn.S390XR(15), pc: unicorn.S390XPC, link: unicorn.S390XR(14), fp: 8,
		gprs:      regs(unicorn.S390XR, span(0, 13)...),
		args:      regs(unicorn.S390XR, 2, 3, 4, 5, 6, 7),
		result:    unicorn.S390XR(2),
		internal:  regs(unicorn.S390XR, 2, 3, 4, 5, 6, 7, 8, 9),
		linuxRule: negated,
		g:         unicorn.S390XR(13),
		regName:   numbered("R", unicorn.S390XR(0)),
		stop:      []byte{0x07, 0x00}, // nopr (bcr 0,%r0)
		prepare: func(e *unicorn.Engine) error {
			// The PSW's extended and basic addressing bits: 64-bit
			// addresses, as Linux runs user programs.
			return setBit(e, unicorn.S390XPSWM, 3<<31, true)
		},
	},
}

// ppc64 returns the arch of ppc64 (big-endian; see unemulated for
// ppc64le).
func ppc64(goarch string, order binary.ByteOrder) *arch {
	return &arch{
		goarch: goarch, word: 8, order: order, cpu: unicorn.ArchPPC, mode: unicorn.ModePPC64 | unicorn.ModeBigEndian,
		sp: unicorn.PPCR(1), pc: unicorn.PPCPC, link: unicorn.PPCLR, fp: 32,
		gprs: regs(unicorn.PPCR, append([]int{2}, span(3, 31)...)...),
		zero: []unicorn.Reg{unicorn.PPCR(0)},
		args: regs(unicorn.PPCR, 3, 4, 5, 6, 7, 8), result: unicorn.PPCR(3),
		// The kernel's syscall64 ABI: r0 and r4-r12 are volatile.
		clobbers:  regs(unicorn.PPCR, append([]int{0}, span(4, 12)...)...),
		internal:  regs(unicorn.PPCR, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17),
		linuxRule: ppcSO,
		g:         unicorn.PPCR(30),
		regName:   numbered("R", unicorn.PPCR(0)),
		// ld r3, 0(r4) with 0x1122334455667788 at r4.
		probe: probeLoad(0xe8640000, unicorn.PPCR(4), unicorn.PPCR(3), 0x1122334455667788),
	}
}

// mips64 returns the arch of mips64 or mips64le (n64 ABI).
func mips64(goarch string, order binary.ByteOrder, mode unicorn.Mode) *arch {
	return &arch{
		goarch: goarch, word: 8, order: order, cpu: unicorn.ArchMIPS, mode: unicorn.ModeMIPS64 | mode,
		sp: unicorn.MIPSR(29), pc: unicorn.MIPSPC, link: unicorn.MIPSR(31), fp: 8,
		gprs: regs(unicorn.MIPSR, span(1, 28)...),
		args: regs(unicorn.MIPSR, 4, 5, 6, 7, 8, 9), result: unicorn.MIPSR(2),
		// at, v1, a6, a7 and the temporaries t0-t3, t8, t9 are the kernel's to
		// change.
		clobbers:  regs(unicorn.MIPSR, 1, 3, 10, 11, 12, 13, 14, 15, 24, 25),
		linuxRule: mipsA3,
		g:         unicorn.MIPSR(30),
		regName:   numbered("R", unicorn.MIPSR(0)),
		// ld $3, 0($4) with 0x1122334455667788 at $4.
		probe: probeLoad(0xdc830000, unicorn.MIPSR(4), unicorn.MIPSR(3), 0x1122334455667788),
	}
}

// mips32 returns the arch of mips or mipsle (o32 ABI): the kernel reads
// the fifth and sixth arguments from 16(R29) and 20(R29).
func mips32(goarch string, order binary.ByteOrder, mode unicorn.Mode) *arch {
	return &arch{
		goarch: goarch, word: 4, order: order, cpu: unicorn.ArchMIPS, mode: unicorn.ModeMIPS32 | mode,
		sp: unicorn.MIPSR(29), pc: unicorn.MIPSPC, link: unicorn.MIPSR(31), fp: 4,
		gprs: regs(unicorn.MIPSR, span(1, 28)...),
		args: regs(unicorn.MIPSR, 4, 5, 6, 7), stackArgs: []int{16, 20}, result: unicorn.MIPSR(2),
		// v1, at and the temporaries t0-t9 are the kernel's to change.
		clobbers:  regs(unicorn.MIPSR, append([]int{1, 3, 24, 25}, span(8, 15)...)...),
		linuxRule: mipsA3,
		g:         unicorn.MIPSR(30),
		regName:   numbered("R", unicorn.MIPSR(0)),
	}
}

func init() {
	arches["386"] = &arch{
		goarch: "386", word: 4, order: binary.LittleEndian, cpu: unicorn.ArchX86, mode: unicorn.Mode32,
		sp: unicorn.X86ESP, pc: unicorn.X86EIP, link: noReg, fp: 4,
		gprs: []unicorn.Reg{unicorn.X86EAX, unicorn.X86EBX, unicorn.X86ECX, unicorn.X86EDX,
			unicorn.X86ESI, unicorn.X86EDI, unicorn.X86EBP},
		args: []unicorn.Reg{unicorn.X86EBX, unicorn.X86ECX, unicorn.X86EDX,
			unicorn.X86ESI, unicorn.X86EDI, unicorn.X86EBP},
		result:    unicorn.X86EAX,
		linuxRule: negated,
		g:         noReg,
		tls:       tls386,
		regName:   x86Name,
	}
	arches["arm"] = &arch{
		goarch: "arm", word: 4, order: binary.LittleEndian, cpu: unicorn.ArchARM, mode: unicorn.ModeARM,
		sp: unicorn.ARMSP, pc: unicorn.ARMPC, link: unicorn.ARMLR, fp: 4,
		gprs:      regs(unicorn.ARMR, span(0, 12)...),
		args:      regs(unicorn.ARMR, 0, 1, 2, 3, 4, 5),
		result:    unicorn.ARMR(0),
		linuxRule: negated,
		g:         unicorn.ARMR(10),
		regName:   numbered("R", unicorn.ARMR(0)),
	}
	arches["mips"] = mips32("mips", binary.BigEndian, unicorn.ModeBigEndian)
	arches["mipsle"] = mips32("mipsle", binary.LittleEndian, unicorn.ModeLittleEndian)
	arches["ppc64"] = ppc64("ppc64", binary.BigEndian)
	arches["mips64"] = mips64("mips64", binary.BigEndian, unicorn.ModeBigEndian)
	arches["mips64le"] = mips64("mips64le", binary.LittleEndian, unicorn.ModeLittleEndian)
}

// The 386 thread-local storage, as Go's runtime sets it up on Linux
// (runtime·setldt in runtime/sys_linux_386.s): GS selects a GDT entry,
// which set_thread_area fills, whose base holds its own address, the
// ELF thread pointer, with g in the word below it. Compiled code loads g
// as MOVL 0(GS), CX; MOVL -4(CX), CX. Unicorn 2.0.1 ignores writes to
// UC_X86_REG_GS_BASE in 32-bit mode, so the GDT is laid out here.
const (
	gdtAddr = 0x02fc0000 // the GDT
	// tlsEntry is the GDT entry of the thread-local storage,
	// GDT_ENTRY_TLS_MIN of Linux's i386 kernels; stackEntry that of the
	// stack segment, GDT_ENTRY_KERNEL_DS.
	tlsEntry   = 6
	stackEntry = 13
)

// descriptor returns the GDT entry of a 32-bit, present, writable data
// segment at base with the limit 0xfffff counted in 4 KiB pages (the
// whole address space above base), of privilege level dpl, with the
// available bit set: the flags of runtime·setldt's user_desc.
func descriptor(base uint32, dpl byte) []byte {
	return []byte{
		0xff, 0xff, // limit 15..0
		byte(base), byte(base >> 8), byte(base >> 16), // base 23..0
		0x80 | dpl<<5 | 0x10 | 0x2, // present, DPL, not a system segment, writable data
		0xd0 | 0x0f,                // 4 KiB granularity, 32-bit, available; limit 19..16
		byte(base >> 24),           // base 31..24
	}
}

// tls386 lays out 386's thread-local storage at base with g below it and
// loads GS with the selector of a GDT entry whose base is base. Loading
// a segment register makes the CPU recompute the stack's address size
// from SS's descriptor, which Unicorn's reset state leaves 16-bit: SS
// is loaded too, with a flat 32-bit segment. Unicorn runs 32-bit code at
// privilege level 0 and refuses an SS of level 3, so that segment's is 0.
func tls386(e *unicorn.Engine, base, g uint64) error {
	w := make([]byte, 8)
	binary.LittleEndian.PutUint32(w, uint32(g))
	binary.LittleEndian.PutUint32(w[4:], uint32(base))
	if err := e.MemWrite(base-4, w); err != nil {
		return err
	}
	if err := e.MemMap(gdtAddr, page, unicorn.ProtRead|unicorn.ProtWrite); err != nil {
		return err
	}
	if err := e.MemWrite(gdtAddr+8*tlsEntry, descriptor(uint32(base), 3)); err != nil {
		return err
	}
	if err := e.MemWrite(gdtAddr+8*stackEntry, descriptor(0, 0)); err != nil {
		return err
	}
	if err := e.RegWriteTable(unicorn.X86GDTR, gdtAddr, 8*(stackEntry+1)-1); err != nil {
		return err
	}
	if err := e.RegWrite(unicorn.X86GS, 8*tlsEntry+3); err != nil { // RPL 3
		return fmt.Errorf("load GS: %v", err)
	}
	if err := e.RegWrite(unicorn.X86SS, 8*stackEntry); err != nil {
		return fmt.Errorf("load SS: %v", err)
	}
	return nil
}

// unemulated names the GOARCHes that Unicorn cannot run, and why.
var unemulated = map[string]string{
	"loong64": "Unicorn 2 has no LoongArch CPU",
	// TestUnemulatedReasons checks this one.
	"ppc64le": "Unicorn opens PowerPC only big-endian (uc_open answers UC_ERR_MODE without UC_MODE_BIG_ENDIAN)",
}

// word32 encodes an instruction word in order.
func word32(order binary.ByteOrder, w uint32) []byte {
	b := make([]byte, 4)
	order.PutUint32(b, w)
	return b
}

// kernelOf returns the system call interface of t on a.
func kernelOf(t targets.Target, a *arch) (*kernel, error) {
	switch t.GOOS + "/" + a.goarch {
	case "linux/amd64":
		return &kernel{trap: []byte{0x0f, 0x05}, num: unicorn.X86RAX, rule: a.linuxRule}, nil
	case "darwin/amd64":
		// The second result comes back in DX.
		return &kernel{trap: []byte{0x0f, 0x05}, num: unicorn.X86RAX, class: 0x2000000, rule: x86Carry,
			clobbers: []unicorn.Reg{unicorn.X86RDX}}, nil
	case "freebsd/amd64":
		return &kernel{trap: []byte{0x0f, 0x05}, num: unicorn.X86RAX, rule: x86Carry,
			clobbers: []unicorn.Reg{unicorn.X86RDX}}, nil
	case "linux/arm64":
		return &kernel{trap: word32(a.order, 0xd4000001), num: unicorn.ARM64X(8), rule: a.linuxRule}, nil // SVC #0
	case "darwin/arm64":
		return &kernel{trap: word32(a.order, 0xd4001001), num: unicorn.ARM64X(16), rule: arm64Carry, // SVC #0x80
			clobbers: []unicorn.Reg{unicorn.ARM64X(1)}}, nil
	case "freebsd/arm64":
		return &kernel{trap: word32(a.order, 0xd4000001), num: unicorn.ARM64X(8), rule: arm64Carry,
			clobbers: []unicorn.Reg{unicorn.ARM64X(1)}}, nil
	case "linux/riscv64":
		return &kernel{trap: word32(a.order, 0x00000073), num: unicorn.RISCVX(17), rule: a.linuxRule}, nil // ECALL
	case "linux/ppc64", "linux/ppc64le":
		return &kernel{trap: word32(a.order, 0x44000002), num: unicorn.PPCR(0), rule: a.linuxRule}, nil // sc
	case "linux/s390x":
		return &kernel{trap: []byte{0x0a, 0x00}, num: unicorn.S390XR(1), rule: a.linuxRule}, nil // svc 0
	case "linux/386":
		return &kernel{trap: []byte{0xcd, 0x80}, num: unicorn.X86EAX, rule: a.linuxRule}, nil // INT $0x80
	case "linux/arm":
		return &kernel{trap: word32(a.order, 0xef000000), num: unicorn.ARMR(7), rule: a.linuxRule}, nil // SWI $0
	case "linux/mips64", "linux/mips64le", "linux/mips", "linux/mipsle":
		return &kernel{trap: word32(a.order, 0x0000000c), num: unicorn.MIPSR(2), rule: a.linuxRule}, nil // SYSCALL
	}
	return nil, fmt.Errorf("%s: the emulator has no system call table for this target", t)
}

// archOf returns the arch and kernel of t, or an error naming why the
// emulator cannot run it.
func archOf(t targets.Target) (*arch, *kernel, error) {
	a, ok := arches[t.GOARCH]
	if !ok {
		if why, ok := unemulated[t.GOARCH]; ok {
			return nil, nil, fmt.Errorf("%s: not emulated: %s", t, why)
		}
		return nil, nil, fmt.Errorf("%s: the emulator has no table for GOARCH %s", t, t.GOARCH)
	}
	if a.regName == nil {
		return nil, nil, fmt.Errorf("%s: the arch table of %s has no regName", t, a.goarch)
	}
	k, err := kernelOf(t, a)
	if err != nil {
		return nil, nil, err
	}
	return a, k, nil
}

// probeLoad returns a probe that runs the one instruction insn, a 64-bit
// load from the address in base into dst, and checks that dst then holds
// want.
func probeLoad(insn uint32, base, dst unicorn.Reg, want uint64) func(a *arch) error {
	return func(a *arch) error {
		e, err := unicorn.Open(a.cpu, a.mode)
		if err != nil {
			return err
		}
		defer e.Close()
		const code, data = 0x10000, 0x20000
		data8 := make([]byte, 8)
		a.order.PutUint64(data8, want)
		steps := []func() error{
			func() error { return e.MemMap(code, page, unicorn.ProtAll) },
			func() error { return e.MemMap(data, page, unicorn.ProtAll) },
			func() error { return e.MemWrite(code, word32(a.order, insn)) },
			func() error { return e.MemWrite(data, data8) },
			func() error { return e.RegWrite(base, data) },
			func() error { return e.Start(code, code+4, time.Second, 1) },
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return fmt.Errorf("a 64-bit load (%08x) does not run: %v", insn, err)
			}
		}
		if got, err := e.RegRead(dst); err != nil || got != want {
			return fmt.Errorf("a 64-bit load (%08x) loads %#x, want %#x (%v)", insn, got, want, err)
		}
		return nil
	}
}

// canRun reports why the linked library cannot emulate a, or nil.
func canRun(a *arch) error {
	if a.probe == nil {
		return nil
	}
	if err := a.probe(a); err != nil {
		major, minor := unicorn.Version()
		return fmt.Errorf("the linked Unicorn %d.%d cannot run %s: %v (%s)", major, minor, a.goarch, err, knownBugs[a.cpu])
	}
	return nil
}

// knownBugs names the bugs of Unicorn 2.0.1 that the probes meet.
var knownBugs = map[unicorn.Arch]string{
	unicorn.ArchPPC: "in PPC64 mode Unicorn 2.0.1 raises an exception (interrupt 70) after each instruction, " +
		"whose effect is lost; unicorn-engine/unicorn issues 1591 and 1779",
	unicorn.ArchMIPS: "Unicorn 2.0.1 writes the MIPS64 program counter 32 bits wide at the start and raises " +
		"reserved-instruction on 64-bit instructions; unicorn-engine/unicorn issue 2109 and pull request 2111",
}
