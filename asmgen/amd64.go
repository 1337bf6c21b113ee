package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/gotypes"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/pass"
	"github.com/mmcloughlin/avo/printer"
	"github.com/mmcloughlin/avo/reg"
)

// amd64Table heads each amd64 file, as the register table of a template
// heads the others (avo writes no file comment of its own).
var amd64Table = map[string]string{
	"linux": `// linux/amd64 system calls:
//
//	instruction  SYSCALL (clobbers CX and R11)
//	number       AX
//	arguments    DI, SI, DX, R10, R8, R9
//	result       AX
//	error        AX holds -errno: an error exactly when AX > -` + fmt.Sprint(maxErrno+1) + ` as unsigned.
`,
	"freebsd": `// freebsd/amd64 system calls:
//
//	instruction  SYSCALL (clobbers CX and R11)
//	number       AX
//	arguments    DI, SI, DX, R10, R8, R9
//	result       AX
//	error        carry flag set, AX holds errno
`,
}

var amd64Args = []reg.Register{reg.RDI, reg.RSI, reg.RDX, reg.R10, reg.R8, reg.R9}

// genAMD64 builds the amd64 trampolines for t with avo, implementing the
// declarations avo reads from the zcall package for t's GOOS.
func genAMD64(t target, argv []string) ([]byte, error) {
	// avo loads the package through the go command, which takes the target
	// from the environment.
	for k, v := range map[string]string{"GOOS": t.goos, "GOARCH": t.goarch, "CGO_ENABLED": "0", "GOFLAGS": goflags(t)} {
		if err := os.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	ctx := build.NewContext()
	ctx.Package(pkgPath)
	ctx.ConstraintExpr(buildExpr(t, t.debug, ","))
	for _, name := range names(t.debug) {
		ctx.Implement(name)
		ctx.Attributes(attr.NOSPLIT)
		ctx.Comment(t.rule...)
		ctx.Load(ctx.Param("num"), reg.RAX)
		for i := 0; ; i++ {
			p := ctx.Param(fmt.Sprintf("a%d", i+1))
			if _, err := p.Resolve(); err != nil {
				break
			}
			if i >= len(amd64Args) {
				return nil, fmt.Errorf("%s: more than %d arguments", name, len(amd64Args))
			}
			ctx.Load(p, amd64Args[i])
		}
		ctx.SYSCALL()
		r1, errno := addr(ctx.Return("r1")), addr(ctx.Return("errno"))
		if t.goos == "linux" {
			ctx.CMPQ(reg.RAX, operand.I32(-maxErrno))
			ctx.JCC(operand.LabelRef("error"))
		} else {
			ctx.JCS(operand.LabelRef("error"))
		}
		ctx.MOVQ(reg.RAX, r1)
		ctx.MOVQ(operand.I32(0), errno)
		ctx.RET()
		ctx.Label("error")
		if t.goos == "linux" {
			ctx.NEGQ(reg.RAX)
		}
		ctx.MOVQ(operand.I32(-1), r1)
		ctx.MOVQ(reg.RAX, errno)
		ctx.RET()
	}
	f, err := ctx.Result()
	if err != nil {
		return nil, err
	}
	if err := pass.Compile.Execute(f); err != nil {
		return nil, err
	}
	src, err := printer.NewGoAsm(printer.Config{Argv: argv, Pkg: "zcall"}).Print(f)
	if err != nil {
		return nil, err
	}
	const include = "#include \"textflag.h\"\n"
	if !bytes.Contains(src, []byte(include)) {
		return nil, fmt.Errorf("avo output has no %q", include)
	}
	return bytes.Replace(src, []byte(include), []byte(amd64Table[t.goos]+"\n"+include), 1), nil
}

// addr is the frame operand of a named argument or result, such as
// errno+64(FP).
func addr(c gotypes.Component) operand.Mem {
	b, err := c.Resolve()
	if err != nil {
		panic(err)
	}
	return b.Addr
}
