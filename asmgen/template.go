package main

import (
	"bytes"
	"embed"
	"fmt"
	"go/types"
	"strings"
	"text/template"

	"github.com/mmcloughlin/avo/gotypes"
)

//go:embed templates/*.s.tmpl
var templates embed.FS

// A slot is one named argument or result in an ABI0 frame.
type slot struct {
	Name string
	Off  int64
}

// String formats s as an assembler operand that asmdecl can check.
func (s slot) String() string { return fmt.Sprintf("%s+%d(FP)", s.Name, s.Off) }

// fn is what a template sees of one trampoline.
type fn struct {
	Name    string
	Stub    string   // the Go declaration, as avo prints it above TEXT
	Rule    []string // how the kernel signals an error, as a comment
	ArgSize int64    // the N of $0-N
	Num     slot     // syscall number
	Args    []slot   // a1..aN
	R1      slot
	Errno   slot
}

// frame lays out sig as an ABI0 frame on goarch: the arguments as a struct
// from offset 0, the results as a struct from the next pointer-aligned
// offset after them.
func frame(s signature, goarch string, rule []string) (fn, error) {
	sizes := types.SizesFor("gc", goarch)
	word := sizes.Sizeof(types.Typ[types.Uintptr])
	vars := func(tu *types.Tuple) []*types.Var {
		var vs []*types.Var
		for i := 0; i < tu.Len(); i++ {
			vs = append(vs, tu.At(i))
		}
		return vs
	}
	params, results := vars(s.sig.Params()), vars(s.sig.Results())
	if len(params) < 1 || len(results) != 2 {
		return fn{}, fmt.Errorf("%s: want (num, a1, ...) (r1, errno), have %s", s.name, s.sig)
	}
	f := fn{Name: s.name}
	poff := sizes.Offsetsof(params)
	var end int64
	for i, v := range params {
		sl := slot{v.Name(), poff[i]}
		if i == 0 {
			f.Num = sl
		} else {
			f.Args = append(f.Args, sl)
		}
		end = poff[i] + sizes.Sizeof(v.Type())
	}
	rbase := (end + word - 1) / word * word
	roff := sizes.Offsetsof(results)
	f.R1 = slot{results[0].Name(), rbase + roff[0]}
	f.Errno = slot{results[1].Name(), rbase + roff[1]}
	f.ArgSize = rbase + roff[1] + sizes.Sizeof(results[1].Type())
	f.Stub = "func " + s.name + gotypes.NewSignature(nil, s.sig).String()
	f.Rule = rule
	return f, nil
}

// genTemplate executes the template file name for t's file in variant v.
func genTemplate(name string, t target, v variant, sigs []signature) ([]byte, error) {
	data := struct {
		Constraint string
		GOOS       string
		P          map[string]string
		MaxErrno   int
		Funcs      []fn
	}{Constraint: v.buildExpr(t, " && "), GOOS: t.goos, P: t.params, MaxErrno: maxErrno}
	for _, s := range sigs {
		f, err := frame(s, t.goarch, t.errs.comment)
		if err != nil {
			return nil, err
		}
		data.Funcs = append(data.Funcs, f)
	}
	tm, err := template.New(name).Funcs(template.FuncMap{
		"regs": strings.Fields,
		"tab":  func(s string) string { return strings.Replace(s, " ", "\t", 1) },
		"inc":  func(i int) int { return i + 1 },
		// neg32 is -i as a 32-bit register holds it.
		"neg32": func(i int) uint32 { return uint32(-i) },
	}).ParseFS(templates, "templates/"+name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tm.Execute(&buf, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
