// Package targets reads the list of targets zcall supports from the one
// place that states it: the //go:build line of the package's unsupported.go,
// whose constraint is the negation of that list. A target is supported when
// that constraint is false for it, that is, when the guard file is not
// built. The tests and .ci/run (through the list command) take the list from
// here, so adding a target to the guard adds it to every test and vet loop.
package targets

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/build"
	"go/build/constraint"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// A Target is one GOOS/GOARCH pair.
type Target struct {
	GOOS, GOARCH string
}

// String returns the target as goos/goarch, as `go tool dist list` spells it.
func (t Target) String() string { return t.GOOS + "/" + t.GOARCH }

// Supported returns the targets for which the build constraint of the file
// guard (the package's unsupported.go) is false: the pairs of
// `go tool dist list` on which the go command does not build that file.
//
// The constraint is evaluated with the pair's GOOS and GOARCH as the only
// tags, and every tag it names must be a GOOS or GOARCH that the go command
// knows, so a misspelt name or a tag such as cgo or unix is an error. A
// GOOS that the go command treats as also satisfying another (android
// satisfies linux, ios darwin) is listed under its own name only: android
// and ios are not listed, although the guard as written does not stop their
// builds.
//
// The targets come in the order in which the constraint first names their
// GOOS, and within one GOOS in the order in which it first names their
// GOARCH, which is the order the guard's type name spells them in.
func Supported(guard string) ([]Target, error) {
	expr, err := readConstraint(guard)
	if err != nil {
		return nil, err
	}
	pairs, err := distList()
	if err != nil {
		return nil, err
	}
	return supported(guard, expr, pairs)
}

// supported evaluates expr, the constraint of the file named guard, for
// every pair of pairs.
func supported(guard string, expr constraint.Expr, pairs []Target) ([]Target, error) {
	known := map[string]bool{}
	for _, p := range pairs {
		known[p.GOOS], known[p.GOARCH] = true, true
	}
	// order is each tag's position of first appearance in expr.
	order := map[string]int{}
	var unknown []string
	walk(expr, func(tag string) {
		if _, ok := order[tag]; !ok {
			order[tag] = len(order)
			if !known[tag] {
				unknown = append(unknown, tag)
			}
		}
	})
	if len(unknown) > 0 {
		return nil, fmt.Errorf("%s: build constraint names %s, which is no GOOS or GOARCH of `go tool dist list`",
			guard, strings.Join(unknown, ", "))
	}
	var ts []Target
	for _, p := range pairs {
		if !expr.Eval(func(tag string) bool { return tag == p.GOOS || tag == p.GOARCH }) {
			ts = append(ts, p)
		}
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("%s: the build constraint holds for every pair of `go tool dist list`: no target is supported", guard)
	}
	slices.SortStableFunc(ts, func(a, b Target) int {
		if c := order[a.GOOS] - order[b.GOOS]; c != 0 {
			return c
		}
		return order[a.GOARCH] - order[b.GOARCH]
	})
	return ts, nil
}

// walk calls f for every tag of x, left to right.
func walk(x constraint.Expr, f func(tag string)) {
	switch x := x.(type) {
	case *constraint.TagExpr:
		f(x.Tag)
	case *constraint.NotExpr:
		walk(x.X, f)
	case *constraint.AndExpr:
		walk(x.X, f)
		walk(x.Y, f)
	case *constraint.OrExpr:
		walk(x.X, f)
		walk(x.Y, f)
	}
}

// GuardTypeName is the name of the type that the guard converts its
// message to, which spells ts, grouped by GOOS in their order:
// zcall_supports_only_linux_amd64_arm64_darwin_arm64 for linux/amd64,
// linux/arm64 and darwin/arm64.
func GuardTypeName(ts []Target) string {
	var b strings.Builder
	b.WriteString("zcall_supports_only")
	for i, t := range ts {
		if i == 0 || ts[i-1].GOOS != t.GOOS {
			b.WriteString("_" + t.GOOS)
		}
		b.WriteString("_" + t.GOARCH)
	}
	return b.String()
}

// readConstraint returns the //go:build constraint of the Go file name.
func readConstraint(name string) (constraint.Expr, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	s := bufio.NewScanner(bytes.NewReader(src))
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if constraint.IsGoBuild(line) {
			expr, err := constraint.Parse(line)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			return expr, nil
		}
		if strings.HasPrefix(line, "package ") {
			break
		}
	}
	return nil, fmt.Errorf("%s: no //go:build line before the package clause", name)
}

// distList returns the pairs of `go tool dist list`, run with the go
// command of the Go installation this program was built with (or else the
// one on PATH).
func distList() ([]Target, error) {
	gocmd := filepath.Join(build.Default.GOROOT, "bin", "go")
	if _, err := os.Stat(gocmd); err != nil {
		gocmd = "go"
	}
	out, err := exec.Command(gocmd, "tool", "dist", "list").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%v: %s", err, ee.Stderr)
		}
		return nil, fmt.Errorf("go tool dist list: %v", err)
	}
	var ts []Target
	for _, line := range strings.Fields(string(out)) {
		goos, goarch, ok := strings.Cut(line, "/")
		if !ok {
			return nil, fmt.Errorf("go tool dist list: unexpected line %q", line)
		}
		ts = append(ts, Target{goos, goarch})
	}
	return ts, nil
}
