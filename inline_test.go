package zcall_test

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
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
)

// inlineExceptions are the exported functions that are not expected to
// inline, each where it is declared so (a GOOS, a GOOS/GOARCH, the
// zcalldebug build, or everywhere), with the reason. Every other exported
// function makes one raw call and must inline, so that the call into the
// trampoline is made straight from the caller's code. Functions whose name
// holds "Blocking" are exempt by name: they call through package syscall's
// scheduler-aware path, which is a call the compiler charges in full
// (57 of the budget of 80), followed by the conversion of its result.
var inlineExceptions = []struct{ name, where, reason string }{
	{"LinkByName", "linux", "reads and searches a whole rtnetlink dump: several calls"},
	{"LinkByIndex", "linux", "reads and searches a whole rtnetlink dump: several calls"},
	{"IfNameToIndex", "linux", "reads and searches a whole rtnetlink dump: several calls"},
	{"Fstat", "linux/loong64", "makes statx(2) (kernels before 6.11 have no fstat there) and converts its 16 fields " +
		"to Stat_t; the call and its statx buffer alone cost 77 of the budget of 80"},
	{"Sendmmsg", "freebsd", "FreeBSD has no sendmmsg: it is a loop of sendmsg(2) calls; a loop around one call " +
		"costs 72 of the budget of 80 before its error handling and length stores"},
	{"Recvmmsg", "freebsd", "FreeBSD has no recvmmsg: it is a loop of recvmsg(2) calls; a loop around one call " +
		"costs 72 of the budget of 80 before its error handling and length stores"},
	{"Syscall4", "zcalldebug", "a timed Go function with //go:uintptrescapes, which the compiler never inlines"},
	{"Syscall6", "zcalldebug", "a timed Go function with //go:uintptrescapes, which the compiler never inlines"},
}

// inlineBuilds are the builds TestInline checks: the default one and the
// zcalldebug one, whose Syscall4 and Syscall6 are Go functions that the
// wrappers call like the trampolines.
var inlineBuilds = []string{"", "zcalldebug"}

// TestInline builds the package with -gcflags=-m=2 for every supported
// target, in the default and the zcalldebug build, and fails unless the
// compiler reports every exported function (methods aside) as inlinable,
// but for inlineExceptions. It also fails if an exception no longer
// applies anywhere, so the list stays short.
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
	for _, tg := range supportedTargets(t) {
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
		if e := inlineExceptions[i]; !ok {
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
		if e.name == name && (e.where == "" || e.where == goos || e.where == goos+"/"+goarch || e.where == tags) {
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
