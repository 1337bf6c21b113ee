package zcall_test

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"code.hybscloud.com/zcall/internal/targets"
)

// updateAPI appends the lines of new exported names to api/*.txt:
//
//	go test -run TestAPI -update-api
//
// It never removes or changes a published line.
var updateAPI = flag.Bool("update-api", false, "append new exported names to api/<goos>_<goarch>.txt")

// TestAPI type-checks the package's sources as selected for each target and
// checks two things of its exported API:
//
//   - lines: it writes the API in the format of api/*.txt and fails for
//     every published line that is missing or changed, since the published
//     API may only grow, and for every exported name that the file does not
//     list yet (-update-api appends those).
//   - documented: every exported name has a doc comment, on its declaration
//     or, inside a grouped const, var or type declaration, on the group.
//
// It reads the sources of each target it checks (see sweptTargets: the
// target it runs for, or every one with ZCALL_TARGETS=all) wherever it
// runs; nothing is cross-compiled.
func TestAPI(t *testing.T) {
	needSources(t)
	holdTargets(t)
	ts := supportedTargets(t)
	// A file of api/ that no supported target reads is a target that left
	// the guard, or a misspelt name.
	apiFiles, err := filepath.Glob(filepath.Join("api", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range apiFiles {
		if !slices.ContainsFunc(ts, func(tg targets.Target) bool { return filepath.Base(f) == tg.GOOS+"_"+tg.GOARCH+".txt" }) {
			t.Errorf("%s: no supported target reads it (unsupported.go lists %v)", f, ts)
		}
	}
	for _, tg := range sweptTargets(t) {
		t.Run(tg.GOOS+"_"+tg.GOARCH, func(t *testing.T) {
			t.Parallel()
			pkg, files, err := loadForTarget(tg.GOOS, tg.GOARCH)
			if err != nil {
				t.Fatal(err)
			}
			t.Run("lines", func(t *testing.T) {
				checkAPILines(t, filepath.Join("api", tg.GOOS+"_"+tg.GOARCH+".txt"), pkg)
			})
			t.Run("documented", func(t *testing.T) {
				checkDocumented(t, files)
			})
		})
	}
}

func checkAPILines(t *testing.T, apiFile string, pkg *types.Package) {
	want, err := readAPIFile(apiFile)
	if err != nil {
		t.Fatal(err)
	}
	have, implied := apiLines(pkg)
	if len(have) == 0 {
		t.Fatal("no exported API found")
	}
	problems := apiMissing(want, have, implied)
	for _, p := range problems {
		t.Error(p)
	}
	wantSet := map[string]bool{}
	for _, l := range want {
		wantSet[l] = true
	}
	var extra []string
	for _, l := range have {
		if !wantSet[l] {
			extra = append(extra, l)
		}
	}
	if len(extra) > 0 && *updateAPI {
		if err := appendAPILines(apiFile, want, extra); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: appended %d lines", apiFile, len(extra))
	} else if len(extra) > 0 {
		t.Errorf("%d exported names are not in %s yet (go test -run TestAPI -update-api adds them):\n\t%s",
			len(extra), apiFile, strings.Join(extra, "\n\t"))
	}
	t.Logf("%s: %d published lines, %d missing or changed; %d lines in all", apiFile, len(want), len(problems), len(have))
}

// apiMissing returns a message for every line of want that neither have
// nor implied holds: "missing: LINE", or "changed: LINE" with the lines
// that now declare the same name. implied holds the lines an alias
// satisfies without writing them (see apiLines): a published
// "type Errno uintptr" and its method lines hold when Errno is an alias of
// a type with that underlying type and those methods.
func apiMissing(want, have, implied []string) []string {
	haveSet := map[string]bool{}
	byKey := map[string][]string{}
	for _, l := range have {
		haveSet[l] = true
		byKey[apiKey(l)] = append(byKey[apiKey(l)], l)
	}
	for _, l := range implied {
		haveSet[l] = true
	}
	var problems []string
	for _, l := range want {
		if haveSet[l] {
			continue
		}
		if now := byKey[apiKey(l)]; len(now) > 0 {
			problems = append(problems, fmt.Sprintf("changed: %s\n\tnow: %s", l, strings.Join(now, "\n\tnow: ")))
		} else {
			problems = append(problems, "missing: "+l)
		}
	}
	return problems
}

// TestAPIAlias checks that apiMissing accepts the published Errno lines
// for the alias of syscall.Errno and refuses them for an alias of another
// type or for a distinct type without the methods.
func TestAPIAlias(t *testing.T) {
	needSources(t)
	holdTargets(t)
	pkg, _, err := loadForTarget("linux", "amd64")
	if err != nil {
		t.Fatal(err)
	}
	var sys *types.Package
	for _, p := range pkg.Imports() {
		if p.Path() == "syscall" {
			sys = p
		}
	}
	if sys == nil {
		t.Fatal("zcall does not import syscall")
	}
	published := []string{
		"method (Errno) Error() string",
		"method (Errno) Is(target error) bool",
		"method (Errno) Temporary() bool",
		"method (Errno) Timeout() bool",
		"type Errno uintptr",
	}
	fake := func(decl func(p *types.Package, tn *types.TypeName)) *types.Package {
		p := types.NewPackage("example.com/p", "p")
		tn := types.NewTypeName(0, p, "Errno", nil)
		decl(p, tn)
		p.Scope().Insert(tn)
		return p
	}
	for _, c := range []struct {
		name    string
		pkg     *types.Package
		missing int
	}{
		{"alias of syscall.Errno", fake(func(_ *types.Package, tn *types.TypeName) {
			types.NewAlias(tn, sys.Scope().Lookup("Errno").Type())
		}), 0},
		{"alias of syscall.Signal", fake(func(_ *types.Package, tn *types.TypeName) {
			types.NewAlias(tn, sys.Scope().Lookup("Signal").Type())
		}), 5},
		{"distinct uintptr type", fake(func(_ *types.Package, tn *types.TypeName) {
			types.NewNamed(tn, types.Typ[types.Uintptr], nil)
		}), 4},
	} {
		have, implied := apiLines(c.pkg)
		if got := apiMissing(published, have, implied); len(got) != c.missing {
			t.Errorf("%s: have %q, implied %q: %d problems, want %d:\n\t%s",
				c.name, have, implied, len(got), c.missing, strings.Join(got, "\n\t"))
		}
	}
}

func checkDocumented(t *testing.T, files []*ast.File) {
	var n int
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Recv != nil && !exportedRecv(d.Recv) {
					continue
				}
				n++
				if d.Doc == nil {
					t.Errorf("%s: %s has no doc comment", fsetPos(d.Pos()), d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					var names []*ast.Ident
					var doc *ast.CommentGroup
					switch s := s.(type) {
					case *ast.ValueSpec:
						names, doc = s.Names, s.Doc
					case *ast.TypeSpec:
						names, doc = []*ast.Ident{s.Name}, s.Doc
					}
					for _, id := range names {
						if !id.IsExported() {
							continue
						}
						n++
						if doc == nil && d.Doc == nil {
							t.Errorf("%s: %s has no doc comment", fsetPos(id.Pos()), id.Name)
						}
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no exported declarations found")
	}
}

func exportedRecv(recv *ast.FieldList) bool {
	x := recv.List[0].Type
	if s, ok := x.(*ast.StarExpr); ok {
		x = s.X
	}
	id, ok := x.(*ast.Ident)
	return ok && id.IsExported()
}

// readAPIFile returns the non-empty lines of an api file.
func readAPIFile(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		if l := strings.TrimSpace(s.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, s.Err()
}

// appendAPILines writes the published lines and the new ones, sorted, to
// name. Published lines are kept as they are.
func appendAPILines(name string, published, extra []string) error {
	all := slices.Concat(published, extra)
	slices.Sort(all)
	return os.WriteFile(name, []byte(strings.Join(slices.Compact(all), "\n")+"\n"), 0o644)
}

// apiLines writes pkg's exported API, one declaration a line, sorted:
//
//	const NAME TYPE            (TYPE "untyped int" for untyped constants)
//	var NAME TYPE
//	func NAME(p1 T1, p2 T2) (r1 R1, r2 R2)
//	method (T) NAME(...) ...   (or (*T) for pointer receivers)
//	type T UNDERLYING          (for structs: "type T struct" and one
//	type T struct, FIELD TYPE   line per exported field)
//	type T = P.U               (an alias)
//
// Parameters and results are written one by one, each with its name.
// implied holds, for each alias of a named type, the lines that type would
// have if it were declared under the alias's name (for
// "type Errno = syscall.Errno": "type Errno uintptr" and a method line per
// method of syscall.Errno). Code written against such lines compiles
// against the alias unchanged; they are not written to the api files.
func apiLines(pkg *types.Package) (lines, implied []string) {
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	typ := func(t types.Type) string { return types.TypeString(t, qual) }
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			lines = append(lines, "const "+name+" "+typ(obj.Type()))
		case *types.Var:
			lines = append(lines, "var "+name+" "+typ(obj.Type()))
		case *types.Func:
			lines = append(lines, "func "+name+signature(obj.Type().(*types.Signature), typ))
		case *types.TypeName:
			if obj.IsAlias() {
				target := types.Unalias(obj.Type())
				lines = append(lines, "type "+name+" = "+typ(target))
				if named, ok := target.(*types.Named); ok {
					implied = append(implied, typeLines(name, named, typ)...)
				}
				continue
			}
			lines = append(lines, typeLines(name, obj.Type(), typ)...)
		}
	}
	slices.Sort(lines)
	slices.Sort(implied)
	return lines, implied
}

// typeLines writes the lines of a type declared as name with type t: the
// type line, its exported struct fields or interface methods, and the
// exported methods of a named t.
func typeLines(name string, t types.Type, typ func(types.Type) string) []string {
	var lines []string
	switch u := t.Underlying().(type) {
	case *types.Struct:
		lines = append(lines, "type "+name+" struct")
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() {
				if f.Embedded() {
					lines = append(lines, "type "+name+" struct, embedded "+typ(f.Type()))
				} else {
					lines = append(lines, "type "+name+" struct, "+f.Name()+" "+typ(f.Type()))
				}
			}
		}
	case *types.Interface:
		lines = append(lines, "type "+name+" interface")
		for i := range u.NumMethods() {
			if m := u.Method(i); m.Exported() {
				lines = append(lines, "type "+name+" interface, "+m.Name()+signature(m.Type().(*types.Signature), typ))
			}
		}
	default:
		lines = append(lines, "type "+name+" "+typ(u))
	}
	if named, ok := t.(*types.Named); ok {
		for i := range named.NumMethods() {
			m := named.Method(i)
			if !m.Exported() {
				continue
			}
			sig := m.Type().(*types.Signature)
			recv := name
			if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
				recv = "*" + name
			}
			lines = append(lines, "method ("+recv+") "+m.Name()+signature(sig, typ))
		}
	}
	return lines
}

// signature writes sig as "(a T, b U) R" or "(a T) (r R, errno E)".
func signature(sig *types.Signature, typ func(types.Type) string) string {
	tuple := func(t *types.Tuple, variadic bool) string {
		var parts []string
		for i := range t.Len() {
			v := t.At(i)
			s := typ(v.Type())
			if variadic && i == t.Len()-1 {
				s = "..." + typ(v.Type().(*types.Slice).Elem())
			}
			if v.Name() != "" {
				s = v.Name() + " " + s
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", ")
	}
	s := "(" + tuple(sig.Params(), sig.Variadic()) + ")"
	switch r := sig.Results(); {
	case r.Len() == 0:
	case r.Len() == 1 && r.At(0).Name() == "":
		s += " " + typ(r.At(0).Type())
	default:
		s += " (" + tuple(r, false) + ")"
	}
	return s
}

// apiKey is the part of an api line that names the declaration: the kind
// and name, plus the field for struct field lines and the receiver for
// methods. Two lines with the same key describe the same declaration.
func apiKey(line string) string {
	if i := strings.IndexByte(line, '('); i >= 0 && !strings.HasPrefix(line, "method ") {
		line = line[:i]
	}
	f := strings.Fields(line)
	switch {
	case len(f) >= 4 && f[0] == "type" && strings.HasSuffix(f[2], ","):
		return strings.Join(f[:4], " ")
	case len(f) >= 3 && f[0] == "method":
		name, _, _ := strings.Cut(f[2], "(")
		return f[0] + " " + f[1] + " " + name
	case len(f) >= 2:
		return f[0] + " " + f[1]
	}
	return line
}
