package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"testing"

	"code.hybscloud.com/zcall/emulate/unicorn"
	"code.hybscloud.com/zcall/internal/targets"
)

var buildDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "emulate")
	if err != nil {
		panic(err)
	}
	buildDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// supported returns the targets of the package's guard file.
func supported(t *testing.T) []targets.Target {
	t.Helper()
	ts, err := targets.Supported(guard)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// runnable returns the arch, kernel and image of tg built with tags, or
// skips the test with the reason the emulator cannot run tg. A target with
// no table and no reason fails.
func runnable(t *testing.T, tg targets.Target, tags string) (*arch, *kernel, *image) {
	t.Helper()
	a, k, err := archOf(tg)
	if err != nil {
		if _, ok := unemulated[tg.GOARCH]; ok {
			t.Skip(err)
		}
		t.Fatalf("%v: add the arch and its kernel to arch.go, or name it in unemulated with the reason", err)
	}
	if err := canRun(a); err != nil {
		t.Skipf("%s: not emulated: %v", tg, err)
	}
	img, err := imageOf(tg, a, tags, buildDir)
	if err != nil {
		t.Fatal(err)
	}
	return a, k, img
}

// TestTrampolines runs Syscall4, Syscall6 and syscall3 of every supported
// target in the emulator against every answer of its kernel: the number
// and arguments must be in the registers the kernel reads when the trap
// executes, and r1 and errno in the result slots afterwards. It does the
// same for the zcalldebug build's trampolines, which are generated into
// files of their own.
func TestTrampolines(t *testing.T) {
	for _, tg := range supported(t) {
		for _, tags := range []string{"", debugTag} {
			name := strings.ReplaceAll(tg.String(), "/", "_")
			if tags != "" {
				name += "_" + tags
			}
			t.Run(name, func(t *testing.T) {
				a, k, img := runnable(t, tg, tags)
				for _, tr := range trampolines {
					faults, err := checkFn(a, k, img.fns[tr.name])
					if err != nil {
						t.Fatal(err)
					}
					for _, f := range faults {
						t.Error(f)
					}
				}
				if tags == "" {
					t.Logf("at the trap the program counter %s", trapPC(t, a, k, img))
				}
			})
		}
	}
}

// trapPC says where Unicorn leaves the program counter when the trap
// raises its interrupt on a, which the hook has to allow for.
func trapPC(t *testing.T, a *arch, k *kernel, img *image) string {
	if a.cpu == unicorn.ArchX86 && a.word == 8 {
		return "does not matter: the SYSCALL hook returns to the next instruction"
	}
	f := img.fns["Syscall4"]
	res, err := run(a, k, f, callOf(a, f, cases(a, k)[0]))
	if err != nil {
		t.Fatal(err)
	}
	if res.pcPast {
		return "points past the trap already"
	}
	return "points at the trap, and the hook moves it past"
}

// TestCount prints the instruction table: go -C emulate test -run Count -v.
func TestCount(t *testing.T) {
	rows, notes, err := table(supported(t), buildDir)
	t.Logf("instructions per call, success / error:\n%s%s", rows, strings.Join(notes, "\n"))
	if err != nil {
		t.Fatal(err)
	}
}

// TestUnemulatedReasons checks the reasons of unemulated that the library
// can answer for.
func TestUnemulatedReasons(t *testing.T) {
	e, err := unicorn.Open(unicorn.ArchPPC, unicorn.ModePPC64|unicorn.ModeLittleEndian)
	if err == nil {
		e.Close()
		t.Errorf("unicorn.Open(PPC, PPC64|little-endian) works: unemulated[ppc64le] is out of date")
	}
	for goarch := range unemulated {
		if _, ok := arches[goarch]; ok {
			t.Errorf("%s has a table and is named unemulated", goarch)
		}
	}
}

// TestCoverage checks that archOf fails for a target with no table and
// no reason, which is how TestTrampolines fails for a target added to the
// guard before the emulator knows it.
func TestCoverage(t *testing.T) {
	if _, _, err := archOf(targets.Target{GOOS: "linux", GOARCH: "sparc64"}); err == nil {
		t.Error("archOf(linux/sparc64) found a table")
	}
	if _, _, err := archOf(targets.Target{GOOS: "netbsd", GOARCH: "amd64"}); err == nil {
		t.Error("archOf(netbsd/amd64) found a kernel")
	}
}

// A breakage is a change to a trampoline's machine code that the checker
// must report.
type breakage struct {
	target, fn string
	what       string
	// edit changes code in place and reports whether it found what it
	// changes.
	edit func(code []byte, order binary.ByteOrder) bool
	want string // a fault must contain this
}

// replace changes the first occurrence of old in code to new.
func replace(code, old, new []byte) bool {
	i := bytes.Index(code, old)
	if i < 0 {
		return false
	}
	copy(code[i:], new)
	return true
}

// arm64Words applies f to each instruction word of code, which changes it
// where f returns true.
func arm64Words(code []byte, f func(w uint32) (uint32, bool)) bool {
	changed := false
	for i := 0; i+4 <= len(code); i += 4 {
		if w, ok := f(binary.LittleEndian.Uint32(code[i:])); ok {
			binary.LittleEndian.PutUint32(code[i:], w)
			changed = true
		}
	}
	return changed
}

var breakages = []breakage{
	{
		target: "linux/amd64", fn: "Syscall6", what: "a1 and a2 loaded into each other's register",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// MOVQ a1+8(FP), DI and MOVQ a2+16(FP), SI (8(FP) is 16(SP))
			// exchange their frame offsets.
			return replace(code, []byte{0x48, 0x8b, 0x7c, 0x24, 0x10}, []byte{0x48, 0x8b, 0x7c, 0x24, 0x18}) &&
				replace(code, []byte{0x48, 0x8b, 0x74, 0x24, 0x18}, []byte{0x48, 0x8b, 0x74, 0x24, 0x10})
		},
		want: "argument 1 (DI)",
	},
	{
		target: "linux/amd64", fn: "Syscall4", what: "the error test off by one (-4096 taken for an error)",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// CMPQ AX, $-4095 becomes CMPQ AX, $-4096.
			return replace(code, []byte{0x48, 0x3d, 0x01, 0xf0, 0xff, 0xff}, []byte{0x48, 0x3d, 0x00, 0xf0, 0xff, 0xff})
		},
		want: "success -4096",
	},
	{
		target: "darwin/amd64", fn: "syscall3", what: "the carry test inverted (JCS to JCC)",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// SYSCALL; JCS error becomes SYSCALL; JCC error.
			i := bytes.Index(code, []byte{0x0f, 0x05, 0x72})
			if i < 0 {
				return false
			}
			code[i+2] = 0x73
			return true
		},
		want: "error 22: returns",
	},
	{
		target: "freebsd/amd64", fn: "Syscall4", what: "the number loaded from the slot of a1",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// MOVQ num+0(FP), AX becomes MOVQ a1+8(FP), AX.
			return replace(code, []byte{0x48, 0x8b, 0x44, 0x24, 0x08}, []byte{0x48, 0x8b, 0x44, 0x24, 0x10})
		},
		want: "number register AX",
	},
	{
		target: "darwin/arm64", fn: "Syscall6", what: "the carry test inverted (BCS to BCC)",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			return arm64Words(code, func(w uint32) (uint32, bool) {
				// B.cond: 0101010 0 imm19 0 cond; CS is 0b0010, CC 0b0011.
				if w&0xff000010 == 0x54000000 && w&0xf == 2 {
					return w ^ 1, true
				}
				return w, false
			})
		},
		want: "error 22: returns",
	},
	{
		target: "linux/arm64", fn: "Syscall4", what: "a1 and a2 swapped between R0 and R1",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			return arm64Words(code, func(w uint32) (uint32, bool) {
				// LDR Xt, [RSP, #imm]: 0xf94003e0 | imm12<<10 | Rt.
				if w&0xffc003e0 != 0xf94003e0 {
					return w, false
				}
				switch w & 0x1f {
				case 0:
					return w | 1, true
				case 1:
					return w &^ 1, true
				}
				return w, false
			})
		},
		want: "argument 1 (R0)",
	},
	{
		target: "freebsd/arm64", fn: "Syscall4", what: "errno stored in the r1 slot (r1 slot offset changed)",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// MOVD R0, errno+48(FP) (STR X0, [RSP, #56]) becomes a
			// store to r1+40(FP) (STR X0, [RSP, #48]).
			return arm64Words(code, func(w uint32) (uint32, bool) {
				if w == 0xf90003e0|7<<10 {
					return 0xf90003e0 | 6<<10, true
				}
				return w, false
			})
		},
		want: "error 1: returns",
	},
	{
		target: "linux/s390x", fn: "syscall3", what: "the number in R2 and a1 in R1",
		edit: func(code []byte, _ binary.ByteOrder) bool {
			// lg %r1,8(%r15) and lg %r2,16(%r15): e3 10 f0 08 00 04, e3 20 f0 10 00 04.
			return replace(code, []byte{0xe3, 0x10, 0xf0, 0x08}, []byte{0xe3, 0x20, 0xf0, 0x08}) &&
				replace(code[6:], []byte{0xe3, 0x20, 0xf0, 0x10}, []byte{0xe3, 0x10, 0xf0, 0x10})
		},
		want: "number register R1",
	},
}

// TestBreakagesAreCaught breaks copies of trampolines on purpose and
// checks that the checker of TestTrampolines reports each: a check that
// cannot fail proves nothing.
func TestBreakagesAreCaught(t *testing.T) {
	byName := map[string]targets.Target{}
	for _, tg := range supported(t) {
		byName[tg.String()] = tg
	}
	for _, b := range breakages {
		t.Run(b.target+" "+b.fn+" "+b.what, func(t *testing.T) {
			tg, ok := byName[b.target]
			if !ok {
				t.Skipf("%s is not a supported target", b.target)
			}
			a, k, img := runnable(t, tg, "")
			orig := img.fns[b.fn]
			f := *orig
			f.code = bytes.Clone(orig.code)
			if !b.edit(f.code, a.order) {
				t.Fatalf("the instruction to break is not in %s's code: % x", f.sym, f.code)
			}
			if bytes.Equal(f.code, orig.code) {
				t.Fatal("the edit changed nothing")
			}
			faults, err := checkFn(a, k, &f)
			if err != nil {
				t.Fatal(err)
			}
			if len(faults) == 0 {
				t.Fatalf("the checker reports nothing for %s", b.what)
			}
			found := false
			for _, m := range faults {
				if strings.Contains(m, b.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no fault mentions %q; faults:\n%s", b.want, strings.Join(faults, "\n"))
			}
			t.Logf("%d faults, first: %s", len(faults), faults[0])
			// The original still passes.
			if faults, _ := checkFn(a, k, orig); len(faults) > 0 {
				t.Errorf("the unbroken %s faults: %s", orig.sym, faults[0])
			}
		})
	}
}

// TestArchTables checks every arch table, those of targets zcall does not
// support included, on the Go runtime's raw system call for Linux on that
// arch: the number and arguments must reach the kernel's registers (and,
// on mips o32, its stack slots), and the function must leave the caller's
// frame but for its results alone and return. Its r1 and errno are not
// checked: the runtime's bounds are its own (TestCount prints where they
// differ from zcall's).
func TestArchTables(t *testing.T) {
	var goarches []string
	for goarch := range arches {
		goarches = append(goarches, goarch)
	}
	slices.Sort(goarches)
	for _, goarch := range goarches {
		t.Run(goarch, func(t *testing.T) {
			tg := targets.Target{GOOS: "linux", GOARCH: goarch}
			a, k, err := archOf(tg)
			if err != nil {
				t.Fatal(err)
			}
			if err := canRun(a); err != nil {
				t.Skipf("%s: not emulated: %v", tg, err)
			}
			f, err := buildRuntime(tg, a, buildDir)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cases(a, k) {
				res, err := run(a, k, f, callOf(a, f, c))
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range res.faults {
					t.Errorf("%s, %s: %s", f.name, c.label, m)
				}
			}
		})
	}
}

// TestArchTableBreakages breaks the runtime's raw call on two 32-bit
// arches, so that the checks TestArchTables makes on their tables are
// shown to fail: mips o32's fifth argument stored to the wrong stack slot,
// and 386's first two arguments exchanged.
func TestArchTableBreakages(t *testing.T) {
	for _, b := range []struct {
		goarch string
		what   string
		old    []byte
		new    []byte
		want   string
	}{
		// MOVW R8, 16(R29) (sw $8, 16($29)) becomes a store to 24(R29).
		{"mipsle", "a5 stored to 24(R29)", []byte{0x10, 0x00, 0xa8, 0xaf}, []byte{0x18, 0x00, 0xa8, 0xaf},
			"argument 5 (the stack slot 16(SP))"},
		// MOVL a1+4(FP), BX (8b 5c 24 08) and MOVL a2+8(FP), CX
		// (8b 4c 24 0c) exchange their frame offsets.
		{"386", "a1 and a2 exchanged", []byte{0x8b, 0x5c, 0x24, 0x08, 0x8b, 0x4c, 0x24, 0x0c},
			[]byte{0x8b, 0x5c, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08}, "argument 1 (BX)"},
	} {
		t.Run(b.goarch, func(t *testing.T) {
			tg := targets.Target{GOOS: "linux", GOARCH: b.goarch}
			a, k, err := archOf(tg)
			if err != nil {
				t.Fatal(err)
			}
			f, err := buildRuntime(tg, a, buildDir)
			if err != nil {
				t.Fatal(err)
			}
			broken := *f
			broken.code = bytes.Clone(f.code)
			if !replace(broken.code, b.old, b.new) {
				t.Fatalf("% x is not in %s: % x", b.old, f.sym, f.code)
			}
			res, err := run(a, k, &broken, callOf(a, &broken, cases(a, k)[1]))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, m := range res.faults {
				found = found || strings.Contains(m, b.want)
			}
			if !found {
				t.Errorf("%s: no fault mentions %q; faults: %q", b.what, b.want, res.faults)
			}
		})
	}
}

// TestGoCaller runs zcall.Close, compiled Go code, which calls syscall3:
// the frame the Go compiler builds for the call must be the one the
// trampoline reads (the kernel must see SYS_CLOSE, the descriptor and two
// zeros), and Close must return the errno of every answer of the kernel.
// TestTrampolines lays the frame out from the arch table; this checks
// the table's layout against the compiler's.
func TestGoCaller(t *testing.T) {
	for _, tg := range supported(t) {
		t.Run(strings.ReplaceAll(tg.String(), "/", "_"), func(t *testing.T) {
			a, k, img := runnable(t, tg, "")
			faults, err := checkClose(tg, a, k, img.close, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range faults {
				t.Error(m)
			}
		})
	}
}

// errnoStores are the error path's store of errno in syscall3 of the
// 32-bit Linux targets, each with the same store moved to the r1 slot,
// one word lower.
var errnoStores = map[string]struct{ store, moved []byte }{
	// MOVL AX, errno+20(FP) (MOVL AX, 0x18(SP)).
	"linux/386": {[]byte{0x89, 0x44, 0x24, 0x18}, []byte{0x89, 0x44, 0x24, 0x14}},
	// MOVW R0, errno+20(FP) (STR R0, [R13, #0x18]).
	"linux/arm": {[]byte{0x18, 0x00, 0x8d, 0xe5}, []byte{0x14, 0x00, 0x8d, 0xe5}},
	// MOVW R2, errno+20(FP) (sw $2, 24($29)).
	"linux/mips":   {[]byte{0xaf, 0xa2, 0x00, 0x18}, []byte{0xaf, 0xa2, 0x00, 0x14}},
	"linux/mipsle": {[]byte{0x18, 0x00, 0xa2, 0xaf}, []byte{0x14, 0x00, 0xa2, 0xaf}},
}

// TestGoCallerBreakages shows that the checks of TestGoCaller fail. On
// every target it runs, a g whose stack guard lies above the stack
// pointer must send Close's prologue to the runtime's morestack before
// the trap, which the emulator reports (it maps no code but Close's and
// syscall3's): the prologue reads the g the emulator lays out, in the
// register or thread-local storage the arch table names. On the 32-bit
// Linux targets, a copy of syscall3 that stores errno to the r1 slot on
// the error path must make Close return the wrong errno.
func TestGoCallerBreakages(t *testing.T) {
	for _, tg := range supported(t) {
		t.Run(strings.ReplaceAll(tg.String(), "/", "_"), func(t *testing.T) {
			a, k, img := runnable(t, tg, "")
			c := cases(a, k)[1]
			for _, guard := range []uint64{0, stackPtr + page} {
				cl, err := closeCall(tg, c)
				if err != nil {
					t.Fatal(err)
				}
				cl.guard = guard
				res, err := run(a, k, img.close, cl)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case guard == 0 && (res.traps != 1 || len(res.faults) > 0):
					t.Errorf("Close, %s, the usual g: %d traps, faults %q", c.label, res.traps, res.faults)
				case guard != 0 && (res.traps != 0 || len(res.faults) == 0):
					t.Errorf("Close, %s, a g whose stack guard is above the stack pointer: %d traps, faults %q; want 0 traps and a fault",
						c.label, res.traps, res.faults)
				case guard != 0:
					t.Logf("a stack guard above the stack pointer: %s", res.faults[0])
				}
			}
			st, ok := errnoStores[tg.String()]
			if !ok {
				return
			}
			orig := img.close.callees[0]
			broken := *orig
			broken.code = bytes.Clone(orig.code)
			if !replace(broken.code, st.store, st.moved) {
				t.Fatalf("% x is not in %s: % x", st.store, orig.sym, orig.code)
			}
			f := *img.close
			f.callees = []*fn{&broken}
			faults, err := checkClose(tg, a, k, &f, 0)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, m := range faults {
				// The answer -22 (22 with mips's flag) and its errno.
				found = found || strings.Contains(m, "22: returns errno") && strings.HasSuffix(m, "want 22")
			}
			if !found {
				t.Errorf("errno stored to the r1 slot: no fault names the errno 22; faults: %q", faults)
			} else {
				t.Logf("errno stored to the r1 slot: %d faults, first: %s", len(faults), faults[0])
			}
		})
	}
}
