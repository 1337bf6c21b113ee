package zcall_test

import (
	"debug/elf"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"code.hybscloud.com/zcall/internal/targets"
)

// supportedTargets returns the targets zcall supports, as the build
// constraint of unsupported.go states them (package internal/targets);
// api/<goos>_<goarch>.txt lists the published API of each, one declaration
// a line. It needs the go command (`go tool dist list`).
func supportedTargets(t *testing.T) []targets.Target {
	t.Helper()
	ts, err := readSupportedTargets()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

var readSupportedTargets = sync.OnceValues(func() ([]targets.Target, error) {
	return targets.Supported("unsupported.go")
})

var apiFset = token.NewFileSet()

func fsetPos(p token.Pos) string { return apiFset.Position(p).String() }

// needSources skips t where the sources that the type-checking tests read
// are absent: the standard library's under GOROOT and the package's own
// (a test binary copied to a machine without a Go installation, such as a
// VM's initramfs, has neither).
func needSources(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", "syscall")); err != nil {
		t.Skipf("standard library sources not found (GOROOT %q): %v", build.Default.GOROOT, err)
	}
	if _, err := build.ImportDir(".", 0); err != nil {
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			t.Skipf("the package's sources are not here: %v", err)
		}
	}
}

// skipIfEmulated skips t where the test binary's architecture is not the
// go command's (GOROOT/bin/go), as under qemu-user: what the type-checking
// tests compare does not depend on the machine they run on, and emulated they
// take minutes.
func skipIfEmulated(t *testing.T) {
	t.Helper()
	gocmd := filepath.Join(build.Default.GOROOT, "bin", "go")
	self, err := os.Executable()
	if err != nil {
		return
	}
	a, errA := elf.Open(self)
	b, errB := elf.Open(gocmd)
	if errA != nil || errB != nil {
		return // not ELF: a native darwin or FreeBSD run, or no go command
	}
	defer a.Close()
	defer b.Close()
	if a.Machine != b.Machine || a.Data != b.Data {
		t.Skipf("the test binary is %v %v and %s is %v %v: emulated, and the result is the same on every machine",
			a.Machine, a.Data, gocmd, b.Machine, b.Data)
	}
}

// xsysUnixDir returns the directory of golang.org/x/sys/unix as this
// module requires it, from `go list`.
var xsysUnixDir = sync.OnceValues(func() (string, error) {
	gocmd := filepath.Join(build.Default.GOROOT, "bin", "go")
	if _, err := os.Stat(gocmd); err != nil {
		return "", fmt.Errorf("no go command: %v", err)
	}
	cmd := exec.Command(gocmd, "list", "-f", "{{.Dir}}", "golang.org/x/sys/unix")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%v: %s", err, ee.Stderr)
		}
		return "", fmt.Errorf("go list golang.org/x/sys/unix: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
})

// loadForTarget parses the package's non-test Go files that goos/goarch
// selects (file names and //go:build lines, as go/build applies them) and
// type-checks them against the standard library's sources for that target.
// A target is loaded once while tests hold the loaded ones (holdTargets).
func loadForTarget(goos, goarch string) (*types.Package, []*ast.File, error) {
	s, err := loadTarget(goos, goarch)
	if err != nil {
		return nil, nil, err
	}
	return s.zcall, s.files, nil
}

// targetState is the package as one target selects it, and the importer
// that loaded its imports, which mu guards.
type targetState struct {
	mu    sync.Mutex
	imp   *targetImporter
	zcall *types.Package
	files []*ast.File
}

var targetStates sync.Map // "goos/goarch" -> func() (*targetState, error)

// holdTargets keeps what loadTarget loads until t and every other test
// holding it end; then it is dropped, with apiFset, so that the few
// hundred megabytes of type information do not stay live for (and slow the
// garbage collections of) the tests that follow.
func holdTargets(t *testing.T) {
	targetHolds.Lock()
	targetHolds.n++
	targetHolds.Unlock()
	t.Cleanup(func() {
		targetHolds.Lock()
		defer targetHolds.Unlock()
		if targetHolds.n--; targetHolds.n == 0 {
			targetStates.Clear()
			apiFset = token.NewFileSet()
		}
	})
}

var targetHolds struct {
	sync.Mutex
	n int
}

func loadTarget(goos, goarch string) (*targetState, error) {
	load, _ := targetStates.LoadOrStore(goos+"/"+goarch, sync.OnceValues(func() (*targetState, error) {
		s := &targetState{imp: newTargetImporter(goos, goarch)}
		var err error
		if s.files, err = s.imp.parseDir("."); err != nil {
			return nil, err
		}
		if s.zcall, err = s.imp.checkZcall(s.files); err != nil {
			return nil, err
		}
		return s, nil
	}))
	return load.(func() (*targetState, error))()
}

// targetContext is go/build's context for goos/goarch with cgo off.
func targetContext(goos, goarch string) *build.Context {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH = goos, goarch
	ctxt.CgoEnabled = false
	// The default tool tags describe the host's GOARCH; the register ABI's
	// experiment tags would select the wrong internal/abi files for an
	// architecture without it (mips64), so they go, and each architecture's
	// files select its own ABI by GOARCH as the compiler's do.
	ctxt.ToolTags = slices.DeleteFunc(slices.Clone(ctxt.ToolTags), func(tag string) bool {
		return strings.HasPrefix(tag, "goexperiment.regabi")
	})
	return &ctxt
}

// targetImporter imports packages from source as ctxt selects them, checking
// declarations only (function bodies are skipped), so the standard library
// of any target can be loaded on any machine.
type targetImporter struct {
	ctxt  *build.Context
	sizes types.Sizes
	pkgs  map[string]*types.Package
}

func newTargetImporter(goos, goarch string) *targetImporter {
	return &targetImporter{
		ctxt:  targetContext(goos, goarch),
		sizes: types.SizesFor("gc", goarch),
		pkgs:  map[string]*types.Package{},
	}
}

// parseDir parses the non-test Go files of the package in dir that the
// importer's target selects.
func (p *targetImporter) parseDir(dir string) ([]*ast.File, error) {
	bp, err := p.ctxt.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	return parseFiles(bp.Dir, bp.GoFiles)
}

// checkZcall type-checks files, function bodies included, as the package
// in the current directory.
func (p *targetImporter) checkZcall(files []*ast.File) (*types.Package, error) {
	bp, err := p.ctxt.ImportDir(".", 0)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: p, Sizes: p.sizes}
	pkg, err := conf.Check(bp.ImportPath, apiFset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("type-checking for %s/%s: %v", p.ctxt.GOOS, p.ctxt.GOARCH, err)
	}
	return pkg, nil
}

// importDir imports the package in dir (declarations only) under the
// import path path.
func (p *targetImporter) importDir(path, dir string) (*types.Package, error) {
	if pkg, ok := p.pkgs[path]; ok {
		return pkg, nil
	}
	bp, err := p.ctxt.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	bp.ImportPath = path
	return p.importPackage(bp)
}

func parseFiles(dir string, names []string) ([]*ast.File, error) {
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(apiFset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

func (p *targetImporter) Import(path string) (*types.Package, error) {
	return p.ImportFrom(path, "", 0)
}

func (p *targetImporter) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := p.ctxt.Import(path, dir, 0)
	if err != nil {
		return nil, err
	}
	return p.importPackage(bp)
}

func (p *targetImporter) importPackage(bp *build.Package) (*types.Package, error) {
	if pkg, ok := p.pkgs[bp.ImportPath]; ok {
		return pkg, nil
	}
	files, err := parseFiles(bp.Dir, bp.GoFiles)
	if err != nil {
		return nil, err
	}
	conf := types.Config{
		Importer:         p,
		Sizes:            p.sizes,
		IgnoreFuncBodies: true,
		FakeImportC:      true,
	}
	pkg, err := conf.Check(bp.ImportPath, apiFset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("importing %s: %v", bp.ImportPath, err)
	}
	p.pkgs[bp.ImportPath] = pkg
	return pkg, nil
}
