package zcall_test

// Checks of what each supported target compiles to: the sources loaded and
// type-checked per target (TestAPI and TestDefs use them), and the
// inlining of every wrapper (TestInline).

import (
	"bufio"
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
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

// targetsEnv names the targets that the per-target checks (TestAPI,
// TestDefs, TestInline) sweep.
const targetsEnv = "ZCALL_TARGETS"

// sweptTargets returns the targets the per-target checks sweep. Each
// target costs a type-check of its standard library and x/sys/unix from
// source and two builds of the package, so by default they check the
// target the tests run for alone; ZCALL_TARGETS=all (which .ci/run sets)
// sweeps every supported target, and ZCALL_TARGETS=linux/arm64,darwin/arm64
// the ones it names. A name that is not a supported target fails the test.
func sweptTargets(t *testing.T) []targets.Target {
	t.Helper()
	all := supportedTargets(t)
	env := os.Getenv(targetsEnv)
	switch env {
	case "all":
		return all
	case "":
		env = runtime.GOOS + "/" + runtime.GOARCH
		t.Logf("checking %s only; %s=all checks all %d supported targets", env, targetsEnv, len(all))
	}
	var ts []targets.Target
	for _, name := range strings.Split(env, ",") {
		i := slices.IndexFunc(all, func(tg targets.Target) bool { return tg.String() == name })
		if i < 0 {
			t.Fatalf("%s=%q: %q is not a supported target (%v)", targetsEnv, os.Getenv(targetsEnv), name, all)
		}
		ts = append(ts, all[i])
	}
	return ts
}

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

// inlineExceptions are the exported functions that are not expected to
// inline, each where it is declared so (a GOOS, GOOS/GOARCH pairs, the
// zcalldebug build, or everywhere), with the reason. Every other exported
// function makes one raw call and must inline, so that the call into the
// trampoline is made straight from the caller's code. Functions whose name
// holds "Blocking" are exempt by name: they call through package syscall's
// scheduler-aware path, which is a call the compiler charges in full
// (57 of the budget of 80), followed by the conversion of its result.
var inlineExceptions = []struct{ name, where, reason string }{
	{"LinkByName", "linux", "asks rtnetlink for one link on a socket of its own: several scheduler-aware calls"},
	{"LinkByIndex", "linux", "asks rtnetlink for one link on a socket of its own: several scheduler-aware calls"},
	{"IfNameToIndex", "linux", "opens a socket, makes ioctl(SIOCGIFINDEX) (or LinkByName's request) and closes it: " +
		"several scheduler-aware calls"},
	{"Fstat", "linux/loong64", "makes statx(2) (kernels before 6.11 have no fstat there) and converts its 16 fields " +
		"to Stat_t; the call and its statx buffer alone cost 77 of the budget of 80"},
	{"Sendmmsg", "freebsd", "FreeBSD has no sendmmsg: it is a loop of sendmsg(2) calls; a loop around one call " +
		"costs 72 of the budget of 80 before its error handling and length stores"},
	{"Recvmmsg", "freebsd", "FreeBSD has no recvmmsg: it is a loop of recvmsg(2) calls; a loop around one call " +
		"costs 72 of the budget of 80 before its error handling and length stores"},
	{"Links", "linux/386 linux/arm", "its sequence number's atomic add is a call there, not an intrinsic: cost 136 " +
		"of the budget of 80"},
	{"Mmap", "linux/386 linux/arm linux/mips linux/mipsle", "mmap2 takes the offset in 4096-byte units: the call " +
		"with the offset shifted and the address returned through memory costs 77 of the budget of 80, and the " +
		"alignment check that fails with EINVAL without a call 11 more, 88 in all"},
	{"Syscall4", "zcalldebug", "a timed Go function with //go:uintptrescapes, which the compiler never inlines"},
	{"Syscall6", "zcalldebug", "a timed Go function with //go:uintptrescapes, which the compiler never inlines"},
}

// inlineBuilds are the builds TestInline checks: the default one and the
// zcalldebug one, whose Syscall4 and Syscall6 are Go functions that the
// wrappers call like the trampolines.
var inlineBuilds = []string{"", "zcalldebug"}

// TestInline builds the package with -gcflags=-m=2 for every target that
// sweptTargets returns (every supported one with ZCALL_TARGETS=all), in the
// default and the zcalldebug build, and fails unless the compiler reports
// every exported function (methods aside) as inlinable, but for
// inlineExceptions. It also fails if an exception declared for a target it
// built no longer applies there, so the list stays short.
func TestInline(t *testing.T) {
	needSources(t)
	skipIfEmulated(t)
	gocmd := filepath.Join(build.Default.GOROOT, "bin", "go")
	if _, err := os.Stat(gocmd); err != nil {
		t.Skipf("no go command to build with: %v", err)
	}

	type result struct {
		target string
		report string // the failures, one a line
		used   []int  // indexes into inlineExceptions that applied
	}
	var (
		wg      sync.WaitGroup
		sem     = make(chan struct{}, runtime.NumCPU())
		results []*result
	)
	swept := sweptTargets(t)
	for _, tg := range swept {
		for _, tags := range inlineBuilds {
			r := &result{target: tg.GOOS + "/" + tg.GOARCH}
			if tags != "" {
				r.target += " -tags " + tags
			}
			results = append(results, r)
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				r.report, r.used = checkInline(gocmd, tg.GOOS, tg.GOARCH, tags)
			})
		}
	}
	wg.Wait()

	used := make([]bool, len(inlineExceptions))
	for _, r := range results {
		if r.report != "" {
			t.Errorf("%s:\n%s", r.target, r.report)
		}
		for _, i := range r.used {
			used[i] = true
		}
	}
	for i, ok := range used {
		e := inlineExceptions[i]
		if !slices.ContainsFunc(swept, func(tg targets.Target) bool {
			return e.where == "" || e.where == tg.GOOS || e.where == tg.String() || slices.Contains(inlineBuilds, e.where)
		}) {
			continue // declared for a target not swept
		}
		if !ok {
			t.Errorf("inlineExceptions: %s (%s) inlines wherever it is declared, or is gone; drop the exception", e.name, e.where)
		}
	}
}

// inlineLine is one of the compiler's -m=2 reports on whether a function
// can be inlined.
var inlineLine = regexp.MustCompile(`^(\S+\.go:\d+):\d+: (can|cannot) inline ([\w.()*]+)(.*)$`)

// checkInline builds the package for goos/goarch with tags and returns a
// report of the exported functions the compiler did not report inlinable
// and are not excepted, and the exceptions that applied.
func checkInline(gocmd, goos, goarch, tags string) (report string, used []int) {
	funcs, err := exportedFuncs(goos, goarch, tags)
	if err != nil {
		return err.Error(), nil
	}
	cmd := exec.Command(gocmd, "build", "-tags", tags, "-gcflags=-m=2", ".")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Sprintf("go build -gcflags=-m=2: %v\n%s", err, out), nil
	}
	can := map[string]bool{}
	why := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if m := inlineLine.FindStringSubmatch(sc.Text()); m != nil {
			if m[2] == "can" {
				can[m[3]] = true
			} else {
				why[m[3]] = m[1] + ": cannot inline " + m[3] + m[4]
			}
		}
	}
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(funcs)) {
		if can[name] {
			continue
		}
		if strings.Contains(name, "Blocking") {
			continue
		}
		if i := inlineException(name, goos, goarch, tags); i >= 0 {
			used = append(used, i)
			continue
		}
		msg := why[name]
		if msg == "" {
			msg = funcs[name] + ": " + name + ": no inlining report"
		}
		fmt.Fprintf(&b, "\t%s\n", msg)
	}
	return b.String(), used
}

// inlineException returns the index in inlineExceptions of the exception
// for name on goos/goarch with tags, or -1.
func inlineException(name, goos, goarch, tags string) int {
	for i, e := range inlineExceptions {
		if e.name == name && (e.where == "" || e.where == goos || slices.Contains(strings.Fields(e.where), goos+"/"+goarch) ||
			e.where == tags) {
			return i
		}
	}
	return -1
}

// exportedFuncs returns the exported functions with a body (methods aside)
// that the package declares for goos/goarch with tags, by name, with
// their positions.
func exportedFuncs(goos, goarch, tags string) (map[string]string, error) {
	ctxt := targetContext(goos, goarch)
	if tags != "" {
		ctxt.BuildTags = append(slices.Clone(ctxt.BuildTags), tags)
	}
	bp, err := ctxt.ImportDir(".", 0)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	funcs := map[string]string{}
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Body != nil && fd.Name.IsExported() {
				p := fset.Position(fd.Pos())
				funcs[fd.Name.Name] = fmt.Sprintf("%s:%d", name, p.Line)
			}
		}
	}
	if len(funcs) == 0 {
		return nil, fmt.Errorf("no exported functions in %s for %s/%s", bp.Dir, goos, goarch)
	}
	return funcs, nil
}
