package targets

import (
	"go/ast"
	"go/build"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// guard is the package's unsupported.go, from this directory.
var guard = filepath.Join("..", "..", "unsupported.go")

// TestGuard checks the package's guard against the list read from it: the
// type its error converts to spells exactly the supported targets, and the
// go command's own file matching (go/build) builds the guard on every pair
// of `go tool dist list` that is not listed and on none that is, but for
// android and ios, which go/build also treats as linux and darwin.
func TestGuard(t *testing.T) {
	ts, err := Supported(guard)
	if err != nil {
		t.Fatal(err)
	}
	want := GuardTypeName(ts)
	f, err := parser.ParseFile(token.NewFileSet(), guard, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, s := range g.Specs {
				if n := s.(*ast.TypeSpec).Name.Name; strings.HasPrefix(n, "zcall_supports_only") {
					names = append(names, n)
				}
			}
		}
	}
	if !slices.Equal(names, []string{want}) {
		t.Errorf("%s declares %q; its constraint lists %v, spelled %s", guard, names, ts, want)
	}

	pairs, err := distList()
	if err != nil {
		t.Fatal(err)
	}
	dir, name := filepath.Split(guard)
	for _, p := range pairs {
		ctxt := build.Default
		ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = p.GOOS, p.GOARCH, false
		built, err := ctxt.MatchFile(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		listed := slices.Contains(ts, p)
		switch {
		case p.GOOS == "android" || p.GOOS == "ios":
			if listed {
				t.Errorf("%v is listed", p)
			}
		case built == listed:
			t.Errorf("%v: listed %v, and go/build builds %s: %v", p, listed, name, built)
		}
	}
}

// TestSupported checks the evaluation and the order on a constraint of its
// own, and that a tag which is no GOOS or GOARCH is refused.
func TestSupported(t *testing.T) {
	pairs := []Target{{"darwin", "amd64"}, {"darwin", "arm64"}, {"freebsd", "amd64"},
		{"linux", "386"}, {"linux", "amd64"}, {"linux", "arm64"}, {"windows", "amd64"}}
	parse := func(line string) constraint.Expr {
		x, err := constraint.Parse(line)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	ts, err := supported("g.go", parse("//go:build !(linux && (arm64 || amd64)) && !(darwin && arm64)"), pairs)
	if err != nil {
		t.Fatal(err)
	}
	want := []Target{{"linux", "arm64"}, {"linux", "amd64"}, {"darwin", "arm64"}}
	if !slices.Equal(ts, want) {
		t.Errorf("supported: %v, want %v", ts, want)
	}
	if n, want := GuardTypeName(ts), "zcall_supports_only_linux_arm64_amd64_darwin_arm64"; n != want {
		t.Errorf("GuardTypeName: %s, want %s", n, want)
	}
	for _, line := range []string{"//go:build !(linux && amd64) && !cgo", "//go:build !(linux && amd46)"} {
		if ts, err := supported("g.go", parse(line), pairs); err == nil {
			t.Errorf("%s: %v, want an error naming the unknown tag", line, ts)
		} else {
			t.Log(err)
		}
	}
	if ts, err := supported("g.go", parse("//go:build linux || !linux"), pairs); err == nil {
		t.Errorf("a constraint true everywhere: %v, want an error", ts)
	}
}

// TestReadConstraint checks that the //go:build line is found before the
// package clause only.
func TestReadConstraint(t *testing.T) {
	dir := t.TempDir()
	for src, ok := range map[string]bool{
		"// comment\n\n//go:build linux && amd64\n\npackage p\n": true,
		"package p\n\n//go:build linux\n":                        false,
	} {
		name := filepath.Join(dir, "g.go")
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		x, err := readConstraint(name)
		if (err == nil) != ok {
			t.Errorf("%q: %v, %v", src, x, err)
		}
	}
}
