// Command asmgen writes zcall's assembly trampolines.
//
// Each run writes one file, chosen by the name given to -out:
//
//	go -C asmgen run . -out ../zcall_amd64.s
//	go -C asmgen run . -out ../zcall_debug_amd64.s
//
// Every target has two files made by the same code: zcall_<x>.s holds
// Syscall4 and Syscall6 and builds without the zcalldebug tag;
// zcall_debug_<x>.s holds the same trampolines under the names rawSyscall4
// and rawSyscall6 and builds only with it, where zcall_debug.go wraps them
// in timed Go functions. Only the names and the build constraint differ.
//
// The amd64 files are built with avo from the Go declarations in zcall.go;
// the other architectures come from the hand-maintained text templates in
// templates/, which receive frame offsets computed from the same
// declarations. `go generate ./...` at the repository root runs every
// command in turn.
package main

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"go/types"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/mmcloughlin/avo/gotypes"
	"golang.org/x/tools/go/packages"
)

const pkgPath = "code.hybscloud.com/zcall"

// The trampolines, in the order they appear in every generated file.
var funcs = []string{"Syscall4", "Syscall6"}

// debugTag is the build tag that selects the debug variant of each file.
const debugTag = "zcalldebug"

// debugPrefix turns a target's file name into its debug variant's:
// zcall_arm64.s becomes zcall_debug_arm64.s.
const debugPrefix = "zcall_debug_"

// names returns the symbols a file defines: funcs itself, or in a debug
// variant the unexported rawSyscall4 and rawSyscall6 that zcall_debug.go
// declares.
func names(debug bool) []string {
	if !debug {
		return funcs
	}
	var ns []string
	for _, f := range funcs {
		ns = append(ns, "raw"+f)
	}
	return ns
}

// buildExpr is the //go:build expression of t's file: what the file name
// cannot say, and the debug tag (present or negated). and joins two
// expressions; avo's ConstraintExpr wants "," for it.
func buildExpr(t target, debug bool, and string) string {
	tag := "!" + debugTag
	if debug {
		tag = debugTag
	}
	if t.constraint == "" {
		return tag
	}
	return t.constraint + and + tag
}

// Linux reports failure by returning -errno in the result register, and
// errno never exceeds maxErrno (MAX_ERRNO in include/linux/err.h). The rule
// is stated here once and used by every Linux file, so the boundary cannot
// drift between architectures.
const maxErrno = 4095

var linuxRule = []string{
	fmt.Sprintf("Linux error rule: a result r is an error when r >= -%d as unsigned", maxErrno),
	fmt.Sprintf("(0x%x..0xffffffffffffffff), and then errno = -r. No call", uint64(1<<64-maxErrno)),
	fmt.Sprintf("can return -%d or any value below it as an error: those, like every", maxErrno+1),
	"address with the top bit set, are successes and pass through untouched.",
}

var soRule = []string{
	"Error rule: the kernel sets the summary-overflow bit CR0.SO on failure",
	"and leaves the positive errno in R3; SO clear means success, and every",
	"result, including addresses with the top bit set, passes through.",
}

var a3Rule = []string{
	"Error rule: the kernel sets R7 (a3) nonzero on failure and leaves the",
	"positive errno in R2; R7 zero means success, and every result,",
	"including addresses with the top bit set, passes through.",
}

var carryRule = []string{
	"Error rule: the kernel sets the carry flag on failure and leaves the",
	"positive errno in the result register; carry clear means success.",
}

// A target is one generated file.
type target struct {
	goos, goarch string
	constraint   string // //go:build expression beyond what the file name says
	rule         []string
	avo          func(t target, argv []string) ([]byte, error) // nil: use template
	tmpl         string
	params       map[string]string // per-target values a shared template needs
	debug        bool              // write the zcalldebug variant
}

var targets = map[string]target{
	"zcall_amd64.s":         {goos: "linux", goarch: "amd64", constraint: "linux", rule: linuxRule, avo: genAMD64},
	"zcall_freebsd_amd64.s": {goos: "freebsd", goarch: "amd64", rule: carryRule, avo: genAMD64},
	"zcall_arm64.s":         {goos: "linux", goarch: "arm64", constraint: "linux", rule: linuxRule, tmpl: "linux_arm64.s.tmpl"},
	"zcall_darwin_arm64.s": {goos: "darwin", goarch: "arm64", rule: carryRule, tmpl: "bsd_arm64.s.tmpl",
		params: map[string]string{"trap": "SVC $0x80", "num": "R16",
			"note": "Apple does not promise this interface to be stable; Go itself calls libSystem on darwin."}},
	"zcall_freebsd_arm64.s": {goos: "freebsd", goarch: "arm64", rule: carryRule, tmpl: "bsd_arm64.s.tmpl",
		params: map[string]string{"trap": "SVC $0", "num": "R8"}},
	"zcall_riscv64.s": {goos: "linux", goarch: "riscv64", constraint: "linux", rule: linuxRule, tmpl: "linux_riscv64.s.tmpl"},
	"zcall_loong64.s": {goos: "linux", goarch: "loong64", constraint: "linux", rule: linuxRule, tmpl: "linux_loong64.s.tmpl"},
	"zcall_s390x.s":   {goos: "linux", goarch: "s390x", constraint: "linux", rule: linuxRule, tmpl: "linux_s390x.s.tmpl"},
	// One file serves both byte orders: the frame layout is the same.
	"zcall_ppc64x.s":  {goos: "linux", goarch: "ppc64le", constraint: "linux && (ppc64 || ppc64le)", rule: soRule, tmpl: "linux_ppc64x.s.tmpl"},
	"zcall_mips64x.s": {goos: "linux", goarch: "mips64le", constraint: "linux && (mips64 || mips64le)", rule: a3Rule, tmpl: "linux_mips64x.s.tmpl"},
}

//go:embed templates/*.s.tmpl
var templates embed.FS

func main() {
	log.SetFlags(0)
	log.SetPrefix("asmgen: ")
	// avo's build package registers its own flags on flag.CommandLine.
	fs := flag.NewFlagSet("asmgen", flag.ExitOnError)
	out := fs.String("out", "", "file to write; its base name selects the target (e.g. ../zcall_arm64.s)")
	_ = fs.Parse(os.Args[1:])
	base := filepath.Base(*out)
	debug := strings.HasPrefix(base, debugPrefix)
	if debug {
		base = "zcall_" + strings.TrimPrefix(base, debugPrefix)
	}
	t, ok := targets[base]
	if !ok || fs.NArg() != 0 {
		log.Fatalf("usage: go -C asmgen run . -out ../zcall_[debug_]<arch>.s (known: %s)", known())
	}
	t.debug = debug
	// The header names the command as run from the repository root, which is
	// where go generate runs it.
	argv := []string{"go", "-C", "asmgen", "run", ".", "-out", *out}
	var src []byte
	var err error
	if t.avo != nil {
		src, err = t.avo(t, argv)
	} else {
		src, err = genTemplate(t, argv)
	}
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func known() string {
	var names []string
	for n := range targets {
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

// header is the first line of every generated file.
func header(argv []string) string {
	return "// Code generated by command: " + strings.Join(argv, " ") + ". DO NOT EDIT."
}

// withTarget points the go command that package loading runs at t, so the
// declarations are read exactly as t's compiler sees them.
func withTarget(t target) []string {
	env := os.Environ()
	env = append(env, "GOOS="+t.goos, "GOARCH="+t.goarch, "CGO_ENABLED=0", "GOFLAGS="+goflags(t))
	return env
}

// goflags selects the declarations of t's variant: the debug files
// implement what zcall_debug.go declares under the zcalldebug tag.
func goflags(t target) string {
	if t.debug {
		return "-tags=" + debugTag
	}
	return ""
}

// A slot is one named argument or result in an ABI0 frame.
type slot struct {
	Name string
	Off  int64
}

// String formats s as an assembler operand that asmdecl can check.
func (s slot) String() string { return fmt.Sprintf("%s+%d(FP)", s.Name, s.Off) }

// fn is what a template sees of one trampoline.
type fn struct {
	Name     string
	Stub     string   // the Go declaration, as avo prints it above TEXT
	Rule     []string // how the kernel signals an error, as a comment
	ArgSize  int64    // the N of $0-N
	Num      slot     // syscall number
	Args     []slot   // a1..aN
	R1       slot
	Errno    slot
	MaxErrno int
}

// load reads the trampolines' signatures for target t.
func load(t target) (map[string]*types.Signature, error) {
	cfg := &packages.Config{Mode: packages.NeedTypes | packages.NeedDeps | packages.NeedImports, Env: withTarget(t)}
	pkgs, err := packages.Load(cfg, pkgPath)
	if err != nil {
		return nil, err
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		return nil, fmt.Errorf("loading %s for %s/%s: %v", pkgPath, t.goos, t.goarch, pkgs[0].Errors)
	}
	sigs := map[string]*types.Signature{}
	for _, name := range names(t.debug) {
		obj, ok := pkgs[0].Types.Scope().Lookup(name).(*types.Func)
		if !ok {
			return nil, fmt.Errorf("%s: no function %s for %s/%s", pkgPath, name, t.goos, t.goarch)
		}
		sigs[name] = obj.Type().(*types.Signature)
	}
	return sigs, nil
}

// frame lays out sig as an ABI0 frame on goarch: the arguments as a struct
// from offset 0, the results as a struct from the next pointer-aligned
// offset after them.
func frame(name, goarch string, sig *types.Signature, rule []string) (fn, error) {
	sizes := types.SizesFor("gc", goarch)
	word := sizes.Sizeof(types.Typ[types.Uintptr])
	vars := func(tu *types.Tuple) []*types.Var {
		var vs []*types.Var
		for i := 0; i < tu.Len(); i++ {
			vs = append(vs, tu.At(i))
		}
		return vs
	}
	params, results := vars(sig.Params()), vars(sig.Results())
	if len(params) < 1 || len(results) != 2 {
		return fn{}, fmt.Errorf("%s: want (num, a1, ...) (r1, errno), have %s", name, sig)
	}
	f := fn{Name: name, MaxErrno: maxErrno}
	poff := sizes.Offsetsof(params)
	var end int64
	for i, v := range params {
		s := slot{v.Name(), poff[i]}
		if i == 0 {
			f.Num = s
		} else {
			f.Args = append(f.Args, s)
		}
		end = poff[i] + sizes.Sizeof(v.Type())
	}
	rbase := (end + word - 1) / word * word
	roff := sizes.Offsetsof(results)
	f.R1 = slot{results[0].Name(), rbase + roff[0]}
	f.Errno = slot{results[1].Name(), rbase + roff[1]}
	f.ArgSize = rbase + roff[1] + sizes.Sizeof(results[1].Type())
	f.Stub = "func " + name + gotypes.NewSignature(nil, sig).String()
	f.Rule = rule
	return f, nil
}

func genTemplate(t target, argv []string) ([]byte, error) {
	sigs, err := load(t)
	if err != nil {
		return nil, err
	}
	data := struct {
		Header     string
		Constraint string
		GOOS       string
		P          map[string]string
		Funcs      []fn
	}{Header: header(argv), Constraint: buildExpr(t, t.debug, " && "), GOOS: t.goos, P: t.params}
	for _, name := range names(t.debug) {
		f, err := frame(name, t.goarch, sigs[name], t.rule)
		if err != nil {
			return nil, err
		}
		data.Funcs = append(data.Funcs, f)
	}
	tm, err := template.New(t.tmpl).Funcs(template.FuncMap{
		"regs": strings.Fields,
		"tab":  func(s string) string { return strings.Replace(s, " ", "\t", 1) },
		"inc":  func(i int) int { return i + 1 },
	}).ParseFS(templates, "templates/"+t.tmpl)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tm.Execute(&buf, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
