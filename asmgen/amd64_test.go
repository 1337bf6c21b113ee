package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// decls stands in for the zcall package: the trampolines' declarations alone.
const decls = `package zcall

func Syscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr)
func Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)
func syscall3(num, a1, a2, a3 uintptr) (r1, errno uintptr)
`

func declSigs(t *testing.T) []signature {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "zcall.go", decls, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("code.hybscloud.com/zcall", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var sigs []signature
	for _, name := range funcs {
		sigs = append(sigs, signature{name: name, pkg: pkg, sig: pkg.Scope().Lookup(name).Type().(*types.Signature)})
	}
	return sigs
}

// assemble runs the Go assembler on src for goos/amd64.
func assemble(t *testing.T, goos, src string) {
	t.Helper()
	dir := t.TempDir()
	s := filepath.Join(dir, "zcall.s")
	if err := os.WriteFile(s, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	include := filepath.Join(strings.TrimSpace(string(goroot)), "pkg", "include")
	cmd := exec.Command("go", "tool", "asm", "-p", "zcall", "-I", include,
		"-o", filepath.Join(dir, "zcall.o"), s)
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go tool asm: %v\n%s\n%s", err, out, src)
	}
}

// TestAMD64Class checks the amd64 generator's support for a target whose
// numbers carry a class (darwin's Unix class) and report errors by the
// carry flag: the class is ORed into AX before SYSCALL, the carry flag
// selects the error path, errno is not negated, and the file assembles.
func TestAMD64Class(t *testing.T) {
	tg := target{name: "darwin_amd64", goos: "darwin", goarch: "amd64", errs: carryErrors, gen: amd64,
		params: map[string]string{"class": "0x2000000", "note": appleNote}}
	body, err := tg.gen(tg, variant{}, declSigs(t))
	if err != nil {
		t.Fatal(err)
	}
	src := header() + "\n" + string(body)
	for _, want := range []string{
		"//go:build !zcalldebug\n",
		"// darwin/amd64 system calls:\n",
		"//\tnumber       AX, with the class 0x2000000 ORed in\n",
		"// " + appleNote + "\n",
		"\tMOVQ num+0(FP), AX\n\tORQ  $0x02000000, AX\n\tMOVQ a1+8(FP), DI\n",
		"\tSYSCALL\n\tJCS  error\n",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated file lacks %q:\n%s", want, src)
		}
	}
	if strings.Contains(src, "NEGQ") {
		t.Errorf("carry-flag target negates errno:\n%s", src)
	}
	assemble(t, "darwin", src)
}

// TestAMD64Linux checks the other branch: no class, and the -errno bound
// taken from maxErrno.
func TestAMD64Linux(t *testing.T) {
	tg := target{name: "amd64", goos: "linux", goarch: "amd64", constraint: "linux", errs: linuxErrors, gen: amd64}
	body, err := tg.gen(tg, variant{debug: true}, declSigs(t))
	if err != nil {
		t.Fatal(err)
	}
	src := header() + "\n" + string(body)
	for _, want := range []string{
		"//go:build linux && zcalldebug\n",
		"\tSYSCALL\n\tCMPQ AX, $-4095\n\tJCC  error\n",
		"error:\n\tNEGQ AX\n",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated file lacks %q:\n%s", want, src)
		}
	}
	if strings.Contains(src, "ORQ") {
		t.Errorf("target without a class ORs the number:\n%s", src)
	}
	assemble(t, "linux", src)
}
