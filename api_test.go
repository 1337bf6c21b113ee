package zcall_test

import (
	"bufio"
	"flag"
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
// It reads the sources of every target wherever it runs; nothing is
// cross-compiled.
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
	for _, tg := range ts {
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
	have := apiLines(pkg)
	if len(have) == 0 {
		t.Fatal("no exported API found")
	}
	haveSet := map[string]bool{}
	byKey := map[string][]string{}
	for _, l := range have {
		haveSet[l] = true
		byKey[apiKey(l)] = append(byKey[apiKey(l)], l)
	}
	wantSet := map[string]bool{}
	var bad int
	for _, l := range want {
		wantSet[l] = true
		if haveSet[l] {
			continue
		}
		bad++
		if now := byKey[apiKey(l)]; len(now) > 0 {
			t.Errorf("changed: %s\n\tnow: %s", l, strings.Join(now, "\n\tnow: "))
		} else {
			t.Errorf("missing: %s", l)
		}
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
	t.Logf("%s: %d published lines, %d missing or changed; %d lines in all", apiFile, len(want), bad, len(have))
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
//
// Parameters and results are written one by one, each with its name.
func apiLines(pkg *types.Package) []string {
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	typ := func(t types.Type) string { return types.TypeString(t, qual) }
	var lines []string
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
				lines = append(lines, "type "+name+" = "+typ(obj.Type()))
				continue
			}
			switch u := obj.Type().Underlying().(type) {
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
			if named, ok := obj.Type().(*types.Named); ok {
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
		}
	}
	slices.Sort(lines)
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
