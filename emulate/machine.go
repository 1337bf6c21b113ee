package main

import (
	"bytes"
	"debug/elf"
	"debug/macho"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"code.hybscloud.com/zcall/emulate/unicorn"
	"code.hybscloud.com/zcall/internal/targets"
)

// A fn is one function taken from a built binary.
type fn struct {
	name string // the Go name, as the tables print it
	sym  string // the symbol it was found under
	addr uint64
	code []byte
	// nargs counts the argument words (the number included), nres the
	// result words: 2 for zcall's (r1, errno), 3 for the runtime's
	// (r1, r2, errno), whose errno is the last.
	nargs, nres int
	// regABI: the function takes its arguments and returns its results
	// in the arch's internal registers (Go's register ABI) instead of
	// the ABI0 frame.
	regABI bool
	// goFunc: compiled Go code, which checks its stack against the
	// goroutine's g on entry.
	goFunc bool
	// callees are the functions f calls, mapped beside it.
	callees []*fn
}

// An image is the functions of one target's build.
type image struct {
	t   targets.Target
	fns map[string]*fn
	// runtime is the Go runtime's raw system call function of the
	// target, or nil (note says why).
	runtime *fn
	note    string
	// close is zcall.Close, Go code that calls syscall3, in the default
	// build.
	close *fn
}

// trampolines are zcall's functions with their argument counts and their
// names in the zcalldebug build, where the exported ones are Go functions
// around these.
var trampolines = []struct {
	name, debug string
	nargs       int
}{{"Syscall4", "rawSyscall4", 5}, {"Syscall6", "rawSyscall6", 7}, {"syscall3", "rawSyscall3", 4}}

// debugTag is the build tag of zcall's debug build, whose trampolines are
// generated into files of their own.
const debugTag = "zcalldebug"

const pkg = "code.hybscloud.com/zcall."

type buildKey struct {
	t    targets.Target
	tags string
}

var (
	builtMu sync.Mutex
	built   = map[buildKey]*image{}
)

// imageOf returns the image of t built with tags ("" or debugTag), built
// once per process into dir.
func imageOf(t targets.Target, a *arch, tags, dir string) (*image, error) {
	builtMu.Lock()
	defer builtMu.Unlock()
	k := buildKey{t, tags}
	if img, ok := built[k]; ok {
		return img, nil
	}
	img, err := build(t, a, tags, dir)
	if err != nil {
		return nil, err
	}
	built[k] = img
	return img, nil
}

// build compiles internal/prog for t, whose arch is a, with the build
// tags tags into dir and reads its functions. The image's fns are keyed
// by the default build's names in either build.
func build(t targets.Target, a *arch, tags, dir string) (*image, error) {
	out := filepath.Join(dir, "prog_"+t.GOOS+"_"+t.GOARCH+"_"+tags)
	cmd := exec.Command("go", "build", "-trimpath", "-tags", tags, "-o", out, "./internal/prog")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.GOOS, "GOARCH="+t.GOARCH)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: go build: %v\n%s", t, err, msg)
	}
	syms, err := readSymbols(out)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", t, err)
	}
	b := &image{t: t, fns: map[string]*fn{}}
	for _, tr := range trampolines {
		name := tr.name
		if tags == debugTag {
			name = tr.debug
		}
		f, err := syms.find(pkg+name, true)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", t, err)
		}
		f.name, f.nargs, f.nres = name, tr.nargs, 2
		b.fns[tr.name] = f
	}
	if tags == "" {
		if b.close, err = syms.find(pkg+"Close", false); err != nil {
			return nil, fmt.Errorf("%s: %v", t, err)
		}
		b.close.name, b.close.nargs, b.close.nres = "Close", 1, 1
		b.close.regABI = b.close.regABI && len(a.internal) > 0
		b.close.goFunc = true
		b.close.callees = []*fn{b.fns["syscall3"]}
	}
	switch t.GOOS {
	case "linux":
		// syscall.RawSyscall6 is Go code around this one.
		b.runtime, err = syms.find("internal/runtime/syscall/linux.Syscall6", false)
	case "freebsd":
		b.runtime, err = syms.find("syscall.RawSyscall6", true)
	default:
		b.note = "Go has no raw system call on " + t.GOOS + ": its syscall package calls libSystem"
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", t, err)
	}
	if b.runtime != nil {
		// Without a register ABI (mips64) no name has the suffix.
		b.runtime.regABI = b.runtime.regABI && len(a.internal) > 0
		b.runtime.name = strings.TrimSuffix(b.runtime.sym, ".abi0")
		b.runtime.nargs, b.runtime.nres = 7, 3
	}
	return b, nil
}

// buildRuntime compiles internal/rtprog, which only the standard library
// makes, for t into dir and reads the Go runtime's raw system call from it:
// the arch tables can be checked on it for a target zcall does not
// support.
func buildRuntime(t targets.Target, a *arch, dir string) (*fn, error) {
	out := filepath.Join(dir, "rtprog_"+t.GOOS+"_"+t.GOARCH)
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./internal/rtprog")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.GOOS, "GOARCH="+t.GOARCH)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: go build: %v\n%s", t, err, msg)
	}
	syms, err := readSymbols(out)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", t, err)
	}
	f, err := syms.find("internal/runtime/syscall/linux.Syscall6", false)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", t, err)
	}
	f.regABI = f.regABI && len(a.internal) > 0
	f.name = strings.TrimSuffix(f.sym, ".abi0")
	f.nargs, f.nres = 7, 3
	return f, nil
}

// symbols are the function symbols of a binary, sorted by address, with
// the bytes of its text.
type symbols struct {
	names []string
	addrs []uint64
	sizes []uint64 // 0 where the format records none (Mach-O)
	text  func(addr, n uint64) ([]byte, error)
	end   uint64 // the end of the text
}

// find returns the function named name, also under the suffix .abi0,
// which the linker gives an assembly function reached through Go's
// register ABI. abi0 says whether the stack ABI is expected: a function
// found under .abi0 or expected to be abi0 uses the frame.
func (s *symbols) find(name string, abi0 bool) (*fn, error) {
	for i, n := range s.names {
		if n != name && n != name+".abi0" {
			continue
		}
		size := s.sizes[i]
		if size == 0 {
			next := s.end
			if i+1 < len(s.addrs) {
				next = s.addrs[i+1]
			}
			size = next - s.addrs[i]
		}
		code, err := s.text(s.addrs[i], size)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
		return &fn{sym: n, addr: s.addrs[i], code: code, regABI: !abi0 && !strings.HasSuffix(n, ".abi0")}, nil
	}
	return nil, fmt.Errorf("no symbol %s in the binary", name)
}

// readSymbols reads the function symbols of the ELF or Mach-O file name.
func readSymbols(name string) (*symbols, error) {
	type sym struct {
		name       string
		addr, size uint64
	}
	var syms []sym
	s := &symbols{}
	if f, err := elf.Open(name); err == nil {
		defer f.Close()
		text := f.Section(".text")
		if text == nil {
			return nil, errors.New("no .text section")
		}
		data, err := text.Data()
		if err != nil {
			return nil, err
		}
		es, err := f.Symbols()
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if elf.ST_TYPE(e.Info) == elf.STT_FUNC || e.Section == elf.SectionIndex(slices.Index(f.Sections, text)) {
				syms = append(syms, sym{e.Name, e.Value, e.Size})
			}
		}
		s.text = slicer(text.Addr, data)
		s.end = text.Addr + text.Size
	} else if f, err := macho.Open(name); err == nil {
		defer f.Close()
		text := f.Section("__text")
		if text == nil {
			return nil, errors.New("no __text section")
		}
		data, err := text.Data()
		if err != nil {
			return nil, err
		}
		if f.Symtab == nil {
			return nil, errors.New("no symbol table")
		}
		for _, m := range f.Symtab.Syms {
			if m.Value >= text.Addr && m.Value < text.Addr+text.Size && m.Type&0x0e == 0x0e { // N_SECT
				syms = append(syms, sym{strings.TrimPrefix(m.Name, "_"), m.Value, 0})
			}
		}
		s.text = slicer(text.Addr, data)
		s.end = text.Addr + text.Size
	} else {
		return nil, fmt.Errorf("%s: neither ELF nor Mach-O", name)
	}
	slices.SortFunc(syms, func(a, b sym) int {
		if a.addr != b.addr {
			if a.addr < b.addr {
				return -1
			}
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	for _, m := range syms {
		s.names = append(s.names, m.name)
		s.addrs = append(s.addrs, m.addr)
		s.sizes = append(s.sizes, m.size)
	}
	return s, nil
}

func slicer(base uint64, data []byte) func(addr, n uint64) ([]byte, error) {
	return func(addr, n uint64) ([]byte, error) {
		if addr < base || addr+n > base+uint64(len(data)) {
			return nil, fmt.Errorf("%#x+%d is outside the text", addr, n)
		}
		return bytes.Clone(data[addr-base : addr-base+n]), nil
	}
}

// The emulated address space: the code at its own addresses, a stack,
// and a page the function returns to, where emulation stops.
const (
	stackBase = 0x03000000
	stackSize = 0x10000
	stackPtr  = stackBase + 0x8000 // the stack pointer at entry
	stopAddr  = 0x02ff0000         // the return address
	gAddr     = 0x02fe0000         // a g for Go code (see gWords)
	tlsAddr   = 0x02fd0800         // the thread-local storage base (x86)
	// stackGuard is how far above the low end of its stack the runtime
	// puts a goroutine's stack guard on Linux: stackNosplit (800) plus
	// abi.StackSmall (128), runtime/stack.go's stackGuard.
	stackGuard = 928
	page       = 0x1000
	// junk fills registers and the stack around the frame.
	junk = 0x5ab5ab5ab5ab5ab5
)

// A call is one run of a function.
type call struct {
	num  uint64
	args []uint64 // the arguments the kernel must see, with num
	// in are the function's argument words; nil: num and args.
	in   []uint64
	ret  uint64 // what the kernel returns in the result register
	flag bool   // the kernel's error flag, where the rule has one
	// guard, if nonzero, replaces the stack guard of the g that Go code
	// gets (see gWords).
	guard uint64
}

// gWords returns the first words of the g that Go code runs with, as the
// runtime's g struct starts: stack.lo and stack.hi, the emulated stack;
// stackguard0, which the prologue of a Go function compares the stack
// pointer with, stackGuard bytes above stack.lo (or guard, if nonzero);
// stackguard1, ^0 as on every goroutine but g0 and gsignal.
func gWords(guard uint64) []uint64 {
	if guard == 0 {
		guard = stackBase + stackGuard
	}
	return []uint64{stackBase, stackBase + stackSize, guard, ^uint64(0)}
}

// A result is what one run observed.
type result struct {
	r1, errno uint64
	traps     int // trap instructions executed
	steps     int // instructions executed, the trap and return included
	pcPast    bool
	faults    []string
}

func (r *result) fault(format string, args ...any) {
	r.faults = append(r.faults, fmt.Sprintf(format, args...))
}

// run emulates f once on a machine of a and k, playing the kernel as c
// says, and returns what it saw. An error means the emulator itself
// failed; faults of the function are in the result.
func run(a *arch, k *kernel, f *fn, c call) (*result, error) {
	e, err := unicorn.Open(a.cpu, a.mode)
	if err != nil {
		return nil, fmt.Errorf("open %s: %v", a.goarch, err)
	}
	defer e.Close()
	mask := ^uint64(0) >> (64 - 8*a.word)
	code := append([]*fn{f}, f.callees...)
	pages := map[uint64]bool{stopAddr: true}
	for _, g := range code {
		for p := g.addr &^ (page - 1); p < g.addr+uint64(len(g.code)); p += page {
			pages[p] = true
		}
	}
	if f.goFunc {
		pages[gAddr&^(page-1)] = true
		pages[tlsAddr&^(page-1)] = true
	}
	for p := range pages {
		if err := e.MemMap(p, page, unicorn.ProtAll); err != nil {
			return nil, fmt.Errorf("map %#x: %v", p, err)
		}
	}
	if err := e.MemMap(stackBase, stackSize, unicorn.ProtAll); err != nil {
		return nil, fmt.Errorf("map the stack: %v", err)
	}
	for _, g := range code {
		if err := e.MemWrite(g.addr, g.code); err != nil {
			return nil, err
		}
	}
	inCode := func(addr uint64) bool {
		for _, g := range code {
			if addr >= g.addr && addr < g.addr+uint64(len(g.code)) {
				return true
			}
		}
		return false
	}
	if a.stop != nil {
		if err := e.MemWrite(stopAddr, bytes.Repeat(a.stop, page/len(a.stop))); err != nil {
			return nil, err
		}
	}
	// The stack: junk everywhere, then the return address (x86) and the
	// argument words; the result words keep their junk.
	stack := make([]byte, stackSize)
	for off := 0; off < stackSize; off += 8 {
		a.order.PutUint64(stack[off:], junk)
	}
	put := func(off int, v uint64) {
		if a.word == 8 {
			a.order.PutUint64(stack[off:], v)
		} else {
			a.order.PutUint32(stack[off:], uint32(v))
		}
	}
	sp := uint64(stackPtr)
	fp := int(sp-stackBase) + a.fp
	if a.link == noReg {
		put(int(sp-stackBase), stopAddr)
	}
	words := c.in
	if words == nil {
		words = append([]uint64{c.num}, c.args...)
	}
	if !f.regABI {
		for i, w := range words {
			put(fp+i*a.word, w)
		}
	}
	want := bytes.Clone(stack)
	if err := e.MemWrite(stackBase, stack); err != nil {
		return nil, err
	}
	set := func(r unicorn.Reg, v uint64) {
		if err == nil {
			err = e.RegWrite(r, v&mask)
		}
	}
	for i, r := range a.gprs {
		set(r, junk+uint64(i)<<8)
	}
	for _, r := range a.zero {
		set(r, 0)
	}
	set(a.sp, sp)
	if a.link != noReg {
		set(a.link, stopAddr)
	}
	if f.goFunc {
		// The g, in the register or the thread-local storage where Go
		// code looks for it.
		ws := gWords(c.guard)
		g := make([]byte, len(ws)*a.word)
		for i, w := range ws {
			if a.word == 8 {
				a.order.PutUint64(g[i*8:], w)
			} else {
				a.order.PutUint32(g[i*4:], uint32(w))
			}
		}
		if err == nil {
			err = e.MemWrite(gAddr, g)
		}
		if (a.g == noReg || a.g == 0) && a.tls == nil && err == nil {
			err = fmt.Errorf("%s: neither a g register nor thread-local storage in the arch table", a.goarch)
		}
		if a.g != noReg {
			set(a.g, gAddr)
		}
		if a.tls != nil && err == nil {
			err = a.tls(e, tlsAddr, gAddr)
		}
	}
	if f.regABI {
		for i, w := range words {
			set(a.internal[i], w)
		}
	}
	if err == nil && a.prepare != nil {
		err = a.prepare(e)
	}
	if err != nil {
		return nil, err
	}
	if k.rule.flag != nil {
		// The kernel, not the state before the call, sets the flag.
		if err := k.rule.flag(e, !c.flag); err != nil {
			return nil, err
		}
	}

	res := &result{}
	kernelCall := func() {
		res.traps++
		get := func(r unicorn.Reg) uint64 {
			v, err := e.RegRead(r)
			if err != nil {
				res.fault("read register %d: %v", r, err)
			}
			return v
		}
		if got, want := get(k.num), (c.num|k.class)&mask; got != want {
			res.fault("at the trap the number register %s holds %#x, want %#x", a.regName(k.num), got, want)
		}
		for i := range c.args {
			var got uint64
			where := ""
			if i < len(a.args) {
				got, where = get(a.args[i]), a.regName(a.args[i])
			} else if j := i - len(a.args); j >= len(a.stackArgs) {
				res.fault("the arch table has no register or stack slot for argument %d", i+1)
				continue
			} else {
				spNow := get(a.sp)
				off := a.stackArgs[j]
				b, err := e.MemRead(spNow+uint64(off), a.word)
				if err != nil {
					res.fault("read the stack argument at %d(SP): %v", off, err)
					continue
				}
				if a.word == 8 {
					got = a.order.Uint64(b)
				} else {
					got = uint64(a.order.Uint32(b))
				}
				where = fmt.Sprintf("the stack slot %d(SP)", off)
			}
			if want := c.args[i] & mask; got != want {
				res.fault("at the trap argument %d (%s) holds %#x, want %#x", i+1, where, got, want)
			}
		}
		for i, r := range append(slices.Clone(a.clobbers), k.clobbers...) {
			if err := e.RegWrite(r, (junk^0xffff)+uint64(i)); err != nil {
				res.fault("clobber: %v", err)
			}
		}
		if err := e.RegWrite(a.result, c.ret&mask); err != nil {
			res.fault("set the result: %v", err)
		}
		if k.rule.flag != nil {
			if err := k.rule.flag(e, c.flag); err != nil {
				res.fault("set the error flag: %v", err)
			}
		}
	}
	if a.cpu == unicorn.ArchX86 && a.word == 8 {
		err = e.HookSyscall(kernelCall)
	} else {
		err = e.HookIntr(func(intno uint32) {
			// Find the trap: the program counter points at it or just
			// past it, depending on the arch's exception handling.
			pc, _ := e.RegRead(a.pc)
			if pc == stopAddr {
				// The function has returned; Unicorn's s390x raises a
				// program interrupt there instead of stopping.
				e.Stop()
				return
			}
			n := uint64(len(k.trap))
			at, _ := e.MemRead(pc, len(k.trap))
			before, _ := e.MemRead(pc-n, len(k.trap))
			switch {
			case bytes.Equal(before, k.trap) && pc-n >= f.addr:
				res.pcPast = true
			case bytes.Equal(at, k.trap):
				if err := e.RegWrite(a.pc, pc+n); err != nil {
					res.fault("step over the trap: %v", err)
				}
			default:
				res.fault("interrupt %d at %#x, not at the system call instruction % x", intno, pc, k.trap)
				e.Stop()
				return
			}
			kernelCall()
		})
	}
	if err != nil {
		return nil, err
	}
	err = e.HookCode(0, ^uint64(0), func(addr uint64, size uint32) {
		if addr == stopAddr {
			// Unicorn's s390x does not stop at Start's until address.
			e.Stop()
			return
		}
		res.steps++
		if !inCode(addr) {
			res.fault("executes %#x, outside %s", addr, f.sym)
			e.Stop()
		}
		if res.steps > 1000 {
			res.fault("more than 1000 instructions")
			e.Stop()
		}
	})
	if err != nil {
		return nil, err
	}
	if err := e.Start(f.addr, stopAddr, 5*time.Second, 0); err != nil {
		pc, _ := e.RegRead(a.pc)
		res.fault("emulation stopped at %#x: %v", pc, err)
		return res, nil
	}
	if pc, _ := e.RegRead(a.pc); pc != stopAddr {
		res.fault("stopped at %#x, not at the return address", pc)
	}
	if res.traps != 1 {
		res.fault("%d system call instructions executed, want 1", res.traps)
	}
	wantSP := sp
	if a.link == noReg {
		wantSP += uint64(a.word)
	}
	if got, _ := e.RegRead(a.sp); got != wantSP {
		res.fault("returns with the stack pointer at %#x, want %#x", got, wantSP)
	}
	got, err := e.MemRead(stackBase, stackSize)
	if err != nil {
		return nil, err
	}
	word := func(b []byte, off int) uint64 {
		if a.word == 8 {
			return a.order.Uint64(b[off:])
		}
		return uint64(a.order.Uint32(b[off:]))
	}
	if f.regABI {
		res.r1, _ = e.RegRead(a.internal[0])
		res.errno, _ = e.RegRead(a.internal[f.nres-1])
		res.r1 &= mask
		res.errno &= mask
	} else {
		r := fp + f.nargs*a.word
		res.r1, res.errno = word(got, r), word(got, r+(f.nres-1)*a.word)
	}
	// The words below the stack pointer at entry are the function's own
	// frame (mips o32 stores the fifth and sixth arguments there); from
	// the stack pointer up they are the caller's.
	for off := int(sp - stackBase); off < stackSize; off += a.word {
		if r := fp + f.nargs*a.word; !f.regABI && off >= r && off < r+f.nres*a.word {
			continue // the results, which the caller compares
		}
		if g, w := word(got, off), word(want, off); g != w {
			res.fault("stack word %+d(FP) is %#x, want %#x", off-fp, g, w)
		}
	}
	return res, nil
}
