package zcall_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestDefs type-checks zcall, golang.org/x/sys/unix and syscall as each
// target that sweptTargets returns (every supported one with
// ZCALL_TARGETS=all) selects them, on any machine, and compares:
//
//   - every exported constant that x/sys/unix (or else syscall) defines
//     under the same name, SYS_* numbers included, by value modulo 2^64
//     (zcall types AT_FDCWD, -100, as a uintptr);
//   - every struct type of the same name: size, alignment, and the offset
//     and size of every named field (renamedDefs and fieldPaths hold the
//     few types and fields that are spelled differently, with the reason);
//   - every exported constant that neither defines, against ownNames: a
//     Linux UAPI header installed under /usr/include, or a relation to
//     x/sys/unix's values.
//
// A new name is checked with no new code: a constant or struct that x/sys/unix
// defines is compared, and one it does not must be listed in ownNames.
// TestDefsReportsChanges proves that each kind of check reports a changed
// value.
func TestDefs(t *testing.T) {
	needSources(t)
	skipIfEmulated(t)
	holdTargets(t)
	for _, tg := range sweptTargets(t) {
		t.Run(tg.GOOS+"_"+tg.GOARCH, func(t *testing.T) {
			t.Parallel()
			d, err := loadDefs(tg.GOOS, tg.GOARCH, nil)
			if err != nil {
				t.Fatal(err)
			}
			r := compareDefs(d)
			for _, p := range r.problems {
				t.Error(p)
			}
			t.Logf("%s/%s: %d constants compared with x/sys/unix and %d with syscall, %d SYS numbers, "+
				"%d structs (%d fields), %d own names by relation, %d by UAPI header",
				tg.GOOS, tg.GOARCH, r.consts, r.syscallConsts, r.sysnums, r.structs, r.fields, r.related, r.headerChecked)
			for _, n := range r.notes {
				t.Log(n)
			}
			for _, h := range r.missingHeaders {
				t.Run(h.header, func(t *testing.T) {
					skipNoHeader(t, h.header, "%d names (%s, ...) not checked against the kernel: %v (linux-libc-dev installs it)",
						len(h.names), h.names[0], h.err)
				})
			}
		})
	}
}

// TestDefsReportsChanges changes one value of each kind that TestDefs
// compares in a copy of linux/amd64's parsed sources (a constant, a SYS
// number, a struct layout, a timestamp field of Stat_t, a name checked
// against a UAPI header, one checked as another x/sys/unix name and one by a
// relation to x/sys/unix's values) and checks that the comparison reports
// each, and only after the change.
func TestDefsReportsChanges(t *testing.T) {
	needSources(t)
	skipIfEmulated(t)
	holdTargets(t)
	const goos, goarch = "linux", "amd64"
	d, err := loadDefs(goos, goarch, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := compareDefs(d); len(r.problems) > 0 {
		t.Fatalf("the unchanged sources already differ:\n%s", strings.Join(r.problems, "\n"))
	}
	uvals := constValues(d.unix)
	firstConst := func(ok func(name string) bool) string {
		for _, name := range d.zcall.Scope().Names() {
			if _, isConst := d.zcall.Scope().Lookup(name).(*types.Const); isConst && ast.IsExported(name) && ok(name) {
				return name
			}
		}
		return ""
	}
	var firstStruct string
	for _, name := range d.zcall.Scope().Names() {
		if tn, ok := d.zcall.Scope().Lookup(name).(*types.TypeName); ok && d.unix.Scope().Lookup(name) != nil {
			if _, ok := tn.Type().Underlying().(*types.Struct); ok {
				firstStruct = name
				break
			}
		}
	}
	_, hdrErr := loadCHeader("linux/io_uring.h", goarch)
	cases := []struct {
		kind, name string
		change     func(files []*ast.File, name string) bool
		skip       error
	}{
		{"constant", firstConst(func(n string) bool { _, ok := uvals[n]; return ok && !strings.HasPrefix(n, "SYS_") }), flipConst, nil},
		{"SYS number", firstConst(func(n string) bool { _, ok := uvals[n]; return ok && strings.HasPrefix(n, "SYS_") }), flipConst, nil},
		{"struct layout", firstStruct, padStruct, nil},
		{"Stat_t timestamp", "Stat_t", func(files []*ast.File, name string) bool {
			return retypeField(files, name, "AtimeNsec", "int32")
		}, nil},
		{"UAPI header", firstConst(func(n string) bool { return strings.HasPrefix(n, "IORING_OP_") }), flipConst, hdrErr},
		{"another x/sys/unix name", "SOL_SCTP", flipConst, nil},
		{"relation to x/sys/unix", "SizeofSigset", flipConst, nil},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.kind, " ", "_"), func(t *testing.T) {
			if c.skip != nil {
				skipNoHeader(t, "linux/io_uring.h", "%v (linux-libc-dev installs it)", c.skip)
			}
			if c.name == "" {
				t.Fatalf("no %s to change", c.kind)
			}
			s, err := loadTarget(goos, goarch)
			if err != nil {
				t.Fatal(err)
			}
			files, err := s.imp.parseDir(".")
			if err != nil {
				t.Fatal(err)
			}
			if !c.change(files, c.name) {
				t.Fatalf("no declaration of %s to change", c.name)
			}
			d, err := loadDefs(goos, goarch, files)
			if err != nil {
				t.Fatal(err)
			}
			r := compareDefs(d)
			var hit bool
			for _, p := range r.problems {
				hit = hit || strings.Contains(p, " "+c.name+" ") || strings.Contains(p, " "+c.name+".") ||
					strings.Contains(p, " "+c.name+":")
			}
			if !hit {
				t.Errorf("%s %s changed; reported: %q", c.kind, c.name, r.problems)
			}
			t.Logf("%s %s changed; reported:\n\t%s", c.kind, c.name, strings.Join(r.problems, "\n\t"))
		})
	}
}

// TestDefsReportsKernelStructs is TestDefsReportsChanges for the structs
// compared with a kernel layout rather than x/sys/unix (kernelStructs):
// it pads Timespec in a copy of linux/386's parsed sources and checks that
// the comparison reports it, and only after the change.
func TestDefsReportsKernelStructs(t *testing.T) {
	needSources(t)
	skipIfEmulated(t)
	holdTargets(t)
	const goos, goarch = "linux", "386"
	d, err := loadDefs(goos, goarch, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := compareDefs(d); len(r.problems) > 0 {
		t.Fatalf("the unchanged sources already differ:\n%s", strings.Join(r.problems, "\n"))
	}
	s, err := loadTarget(goos, goarch)
	if err != nil {
		t.Fatal(err)
	}
	files, err := s.imp.parseDir(".")
	if err != nil {
		t.Fatal(err)
	}
	if !padStruct(files, "Timespec") {
		t.Fatal("no declaration of Timespec to change")
	}
	if d, err = loadDefs(goos, goarch, files); err != nil {
		t.Fatal(err)
	}
	r := compareDefs(d)
	if !slices.ContainsFunc(r.problems, func(p string) bool { return strings.Contains(p, " Timespec") }) {
		t.Errorf("Timespec padded; reported: %q", r.problems)
	}
	t.Logf("Timespec padded; reported:\n\t%s", strings.Join(r.problems, "\n\t"))
}

// skipNoHeader skips t for want of the UAPI header under /usr/include: go
// test needs only Go. With ZCALL_REQUIRE_UAPI=1 in the environment (.ci/run,
// which installs linux-libc-dev) it fails t instead, unless header is an
// asm/ one, which only the host architecture's multiarch directory holds.
func skipNoHeader(t *testing.T, header, format string, args ...any) {
	t.Helper()
	if os.Getenv("ZCALL_REQUIRE_UAPI") == "1" && !strings.HasPrefix(header, "asm/") {
		t.Fatalf("ZCALL_REQUIRE_UAPI=1: "+format, args...)
	}
	t.Skipf(format, args...)
}

// flipConst changes the value of constant name to value^1.
func flipConst(files []*ast.File, name string) bool {
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if id.Name == name && i < len(vs.Values) {
						vs.Values[i] = &ast.BinaryExpr{X: &ast.ParenExpr{X: vs.Values[i]}, Op: token.XOR,
							Y: &ast.BasicLit{Kind: token.INT, Value: "1"}}
						return true
					}
				}
			}
		}
	}
	return false
}

// structType returns the declaration of struct type name.
func structType(files []*ast.File, name string) *ast.StructType {
	for _, f := range files {
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, spec := range gd.Specs {
					if ts := spec.(*ast.TypeSpec); ts.Name.Name == name {
						st, _ := ts.Type.(*ast.StructType)
						return st
					}
				}
			}
		}
	}
	return nil
}

// padStruct puts an 8-byte padding field first in struct name.
func padStruct(files []*ast.File, name string) bool {
	st := structType(files, name)
	if st == nil {
		return false
	}
	pad := &ast.Field{Names: []*ast.Ident{ast.NewIdent("_")}, Type: ast.NewIdent("uint64")}
	st.Fields.List = append([]*ast.Field{pad}, st.Fields.List...)
	return true
}

// retypeField gives field of struct name the type typ.
func retypeField(files []*ast.File, name, field, typ string) bool {
	st := structType(files, name)
	if st == nil {
		return false
	}
	for i, f := range st.Fields.List {
		for j, id := range f.Names {
			if id.Name != field {
				continue
			}
			// Split the field off its line's other names.
			var list []*ast.Field
			if j > 0 {
				list = append(list, &ast.Field{Names: f.Names[:j], Type: f.Type})
			}
			list = append(list, &ast.Field{Names: []*ast.Ident{id}, Type: ast.NewIdent(typ)})
			if j+1 < len(f.Names) {
				list = append(list, &ast.Field{Names: f.Names[j+1:], Type: f.Type})
			}
			st.Fields.List = slices.Concat(st.Fields.List[:i], list, st.Fields.List[i+1:])
			return true
		}
	}
	return false
}

// renamedDefs are zcall's names for things x/sys/unix spells differently
// (constants and struct types); each is compared with the x/sys/unix name.
var renamedDefs = []struct {
	targets string // "goos" or "goos/goarch", space-separated
	name    string // zcall's name
	ref     string // x/sys/unix's name
	why     string
}{
	{"linux", "Itimerspec", "ItimerSpec", "x/sys/unix names struct __kernel_itimerspec ItimerSpec"},
	{"linux/mips64 linux/mips64le", "Stat_t", "stat_t",
		"on mips64 x/sys/unix's Stat_t is glibc's layout, converted from the kernel's, which it keeps as the unexported stat_t; " +
			"zcall's Stat_t is the kernel's (arch/mips/include/uapi/asm/stat.h)"},
	{"linux/loong64", "statx", "Statx_t", "loong64's Fstat is statx(2), into zcall's unexported struct statx"},
	{"linux/loong64", "statxTimestamp", "StatxTimestamp", "the timestamps of struct statx"},
	{"linux/loong64", "statxBasicStats", "STATX_BASIC_STATS", "the mask loong64's Fstat passes to statx(2)"},
	{ilp32, "SYS_FSTAT", "SYS_FSTAT64", "on 32-bit Linux the name holds the call that takes fstat64, into struct stat64, as on 64-bit Linux"},
	{ilp32, "SYS_FTRUNCATE", "SYS_FTRUNCATE64", "on 32-bit Linux the name holds the call that takes a 64-bit length, as on 64-bit Linux"},
	{ilp32, "SYS_MMAP", "SYS_MMAP2", "on 32-bit Linux the name holds the call that takes an offset in 4096-byte units (arm has no mmap at all), as on 64-bit Linux"},
	{ilp32, "SYS_SENDFILE", "SYS_SENDFILE64", "on 32-bit Linux the name holds the call that takes a 64-bit *offset, as on 64-bit Linux"},
	{ilp32, "SYS_FUTEX", "SYS_FUTEX_TIME64", "on 32-bit Linux the name holds the call that takes the 64-bit Timespec, as on 64-bit Linux"},
	{ilp32, "SYS_RECVMMSG", "SYS_RECVMMSG_TIME64", "on 32-bit Linux the name holds the call that takes the 64-bit Timespec, as on 64-bit Linux"},
	{ilp32, "SYS_TIMERFD_SETTIME", "SYS_TIMERFD_SETTIME64", "on 32-bit Linux the name holds the call that takes the 64-bit Itimerspec, as on 64-bit Linux"},
	{ilp32, "SYS_TIMERFD_GETTIME", "SYS_TIMERFD_GETTIME64", "on 32-bit Linux the name holds the call that takes the 64-bit Itimerspec, as on 64-bit Linux"},
	{"freebsd", "sizeofMsghdrFreeBSD", "SizeofMsghdr", "the stride of the msghdr array the emulated Recvmmsg and Sendmmsg walk"},
}

// ilp32 are the 32-bit Linux targets.
const ilp32 = "linux/386 linux/arm linux/mips linux/mipsle"

// kernelStructs are zcall's structs whose x/sys/unix counterpart of the same
// name is another kernel structure on some targets; there they are compared
// with the layout written here, from the kernel header.
var kernelStructs = []kernelStruct{
	{ilp32, "Timespec", 16, map[string][2]int64{"Sec": {0, 8}, "Nsec": {8, 8}},
		"struct __kernel_timespec (include/uapi/linux/time_types.h); x/sys/unix's Timespec is the 32-bit struct timespec"},
	{ilp32, "Itimerspec", 32, map[string][2]int64{"Interval": {0, 16}, "Value": {16, 16}},
		"struct __kernel_itimerspec (include/uapi/linux/time_types.h); x/sys/unix's ItimerSpec has 32-bit timespecs"},
}

type kernelStruct struct {
	targets string
	name    string
	size    int64
	fields  map[string][2]int64 // name: offset, size
	why     string
}

// goTypes are zcall's struct types that are Go values built from a kernel
// reply, not layouts the kernel reads or writes; they are not compared.
var goTypes = map[string]string{
	"Link": "built field by field from an RTM_NEWLINK message by Links",
}

// fieldPaths are the struct fields whose x/sys/unix counterpart has another
// shape; any other field is matched by name, ignoring case and underscores
// (AttributesMask is Attributes_mask).
var fieldPaths = []struct {
	typ, field string // zcall's struct and field
	ref        string // the field path in x/sys/unix's struct of the same name
}{
	// zcall splits each struct timespec of struct stat into its seconds
	// and nanoseconds, as the kernel's asm-generic/stat.h spells them
	// (st_atime, st_atime_nsec); x/sys/unix keeps a Timespec.
	{"Stat_t", "Atime", "Atim.Sec"},
	{"Stat_t", "AtimeNsec", "Atim.Nsec"},
	{"Stat_t", "Mtime", "Mtim.Sec"},
	{"Stat_t", "MtimeNsec", "Mtim.Nsec"},
	{"Stat_t", "Ctime", "Ctim.Sec"},
	{"Stat_t", "CtimeNsec", "Ctim.Nsec"},
}

// ownNames are zcall's exported constants that neither x/sys/unix nor
// syscall defines for the target, with where their values come from and how
// they are checked: against the Linux UAPI header (under /usr/include)
// that defines them, as another x/sys/unix name, or by a relation to
// x/sys/unix's values. A name ending in "*" covers every name with that
// prefix.
//
// A header under linux/ or asm-generic/ holds the same values for every
// architecture and is checked for every Linux target; one under asm/ is the
// installed architecture's (/usr/include/<multiarch>/asm) and checks only the
// targets whose multiarch directory is installed, normally the host's.
var ownNames = []ownName{
	{targets: "linux", name: "IORING_*", header: "linux/io_uring.h"},
	{targets: "linux", name: "IOSQE_*", header: "linux/io_uring.h"},
	{targets: "linux", name: "FUTEX_*", header: "linux/futex.h"},
	{targets: "linux", name: "SOL_SCTP", same: "IPPROTO_SCTP",
		why: "include/linux/socket.h (not a UAPI header) defines SOL_SCTP as 132, IPPROTO_SCTP"},
	{targets: "linux", name: "SizeofSigset",
		why: "the kernel's sigset_t, _NSIG bits in 64-bit words; x/sys/unix has _NSIG as the unexported _C__NSIG " +
			"(which counts one more) and sizes its signalfd and rt_sigprocmask masks the same way",
		check: func(v, ref defsValues) error {
			nsig, ok := ref["_C__NSIG"]
			if !ok {
				return fmt.Errorf("x/sys/unix has no _C__NSIG to compare it with")
			}
			if want := (nsig - 1 + 63) / 64 * 8; v.get("SizeofSigset") != want {
				return fmt.Errorf("x/sys/unix's _C__NSIG %d gives %d bytes", nsig, want)
			}
			return nil
		}},

	{targets: "linux/386 linux/s390x", name: "SYS_ACCEPT", same: "SYS_ACCEPT4",
		why: "i386 and s390x have no accept(2) of their own (only socketcall's); accept4 with flags 0 is accept"},

	{targets: "darwin freebsd", name: "SOL_IP", same: "IPPROTO_IP", why: "the BSDs' option levels are the IPPROTO_ numbers"},
	{targets: "darwin freebsd", name: "SOL_IPV6", same: "IPPROTO_IPV6", why: "as SOL_IP"},
	{targets: "darwin freebsd", name: "SOL_TCP", same: "IPPROTO_TCP", why: "as SOL_IP"},
	{targets: "darwin freebsd", name: "SOL_UDP", same: "IPPROTO_UDP", why: "as SOL_IP"},

	{targets: "darwin", name: "EOPNOTSUPP_ALT", same: "ENOTSUP", why: "XNU's sys/errno.h: ENOTSUP is 45, EOPNOTSUPP 102"},
	{targets: "darwin", name: "SYS_PREADV",
		why: "XNU bsd/kern/syscalls.master 540; x/sys/unix's darwin table ends below SYS_MAXSYSCALL",
		check: func(v, ref defsValues) error {
			if v.get("SYS_PREADV") < ref.get("SYS_MAXSYSCALL") {
				return fmt.Errorf("below x/sys/unix's SYS_MAXSYSCALL %d, inside its table", ref.get("SYS_MAXSYSCALL"))
			}
			return nil
		}},
	{targets: "darwin", name: "SYS_PWRITEV", why: "XNU bsd/kern/syscalls.master 541, next to preadv",
		check: func(v, _ defsValues) error {
			if v.get("SYS_PWRITEV") != v.get("SYS_PREADV")+1 {
				return fmt.Errorf("not SYS_PREADV+1")
			}
			return nil
		}},
	{targets: "darwin", name: "SOCK_*",
		why: "SOCK_NONBLOCK and SOCK_CLOEXEC are flags XNU does not have: two distinct single bits above every " +
			"socket type (SOCK_MAXADDRLEN bounds them), so that or-ed into a type they name one XNU has no protocol for",
		check: func(v, ref defsValues) error {
			nb, ce := v.get("SOCK_NONBLOCK"), v.get("SOCK_CLOEXEC")
			switch {
			case nb&(nb-1) != 0 || ce&(ce-1) != 0 || nb == ce:
				return fmt.Errorf("SOCK_NONBLOCK %#x and SOCK_CLOEXEC %#x are not two distinct single bits", nb, ce)
			case nb <= ref.get("SOCK_MAXADDRLEN") || ce <= ref.get("SOCK_MAXADDRLEN"):
				return fmt.Errorf("not above SOCK_MAXADDRLEN %d", ref.get("SOCK_MAXADDRLEN"))
			}
			return nil
		}},

	{targets: "freebsd", name: "SYS_RECVMMSG", same: "SYS_RECVMSG",
		why: "FreeBSD has no recvmmsg; the name holds the number the emulating Recvmmsg calls"},
	{targets: "freebsd", name: "SYS_SENDMMSG", same: "SYS_SENDMSG", why: "as SYS_RECVMMSG"},
	{targets: "freebsd", name: "MSG_ZEROCOPY", why: "FreeBSD has no such flag: the name adds no bit",
		check: func(v, _ defsValues) error {
			if v.get("MSG_ZEROCOPY") != 0 {
				return fmt.Errorf("not 0")
			}
			return nil
		}},
	{targets: "freebsd", name: "SO_ZEROCOPY",
		why: "FreeBSD has no such option: the value must be no socket-level option's, so that setting it fails " +
			"with ENOPROTOOPT (SO_PROTOTYPE, SO_PROTOCOL's alias, and the SO_TS_* values of SO_TS_CLOCK aside)",
		check: func(v, ref defsValues) error {
			for name, r := range ref {
				if strings.HasPrefix(name, "SO_") && name != "SO_PROTOTYPE" && !strings.HasPrefix(name, "SO_TS_") &&
					r == v.get("SO_ZEROCOPY") {
					return fmt.Errorf("is %s", name)
				}
			}
			return nil
		}},
}

type ownName struct {
	targets string                        // "goos" or "goos/goarch", space-separated
	name    string                        // a name, or a prefix followed by "*"
	header  string                        // a UAPI header, relative to /usr/include
	same    string                        // or: the x/sys/unix name of the same value
	check   func(v, ref defsValues) error // or: a relation to x/sys/unix's values
	why     string                        // where the value comes from
}

// defsValues are integer constants by name, modulo 2^64.
type defsValues map[string]uint64

func (v defsValues) get(name string) uint64 { return v[name] }

// defsPackages are zcall, x/sys/unix and syscall as one target selects
// them.
type defsPackages struct {
	goos, goarch        string
	zcall, unix, syscal *types.Package
	sizes               types.Sizes
}

// loadDefs type-checks the three packages for goos/goarch; files, when
// not nil, replace zcall's parsed files.
func loadDefs(goos, goarch string, files []*ast.File) (*defsPackages, error) {
	dir, err := xsysUnixDir()
	if err != nil {
		return nil, err
	}
	s, err := loadTarget(goos, goarch)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := &defsPackages{goos: goos, goarch: goarch, sizes: s.imp.sizes, zcall: s.zcall}
	if files != nil {
		if d.zcall, err = s.imp.checkZcall(files); err != nil {
			return nil, err
		}
	}
	if d.unix, err = s.imp.importDir("golang.org/x/sys/unix", dir); err != nil {
		return nil, err
	}
	if d.syscal, err = s.imp.Import("syscall"); err != nil {
		return nil, err
	}
	return d, nil
}

func targetMatches(targets, goos, goarch string) bool {
	for _, tg := range strings.Fields(targets) {
		if tg == goos || tg == goos+"/"+goarch {
			return true
		}
	}
	return false
}

func nameMatches(pattern, name string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(name, prefix)
	}
	return pattern == name
}

// defsResult is what compareDefs found for one target.
type defsResult struct {
	problems                       []string
	notes                          []string
	missingHeaders                 []missingHeader
	consts, syscallConsts, sysnums int
	structs, fields                int
	related, headerChecked         int
}

type missingHeader struct {
	header string
	names  []string
	err    error
}

// compareDefs compares zcall's constants and structs with x/sys/unix's,
// syscall's and the UAPI headers', as TestDefs describes.
func compareDefs(d *defsPackages) *defsResult {
	r := &defsResult{}
	target := d.goos + "/" + d.goarch
	problem := func(format string, args ...any) {
		r.problems = append(r.problems, target+": "+fmt.Sprintf(format, args...))
	}
	rename := map[string]string{}
	for _, rn := range renamedDefs {
		if targetMatches(rn.targets, d.goos, d.goarch) {
			rename[rn.name] = rn.ref
		}
	}
	zvals, uvals := constValues(d.zcall), constValues(d.unix)
	byHeader := map[string][]string{}
	scope := d.zcall.Scope()
	for _, name := range scope.Names() {
		ref, renamed := rename[name]
		if !ast.IsExported(name) && !renamed {
			continue
		}
		if !renamed {
			ref = name
		}
		switch obj := scope.Lookup(name).(type) {
		case *types.Const:
			if obj.Val().Kind() != constant.Int {
				continue
			}
			v := zvals[name]
			// A typed constant narrower than 64 bits (a uintptr on 32-bit
			// Linux: AT_FDCWD) is compared in its own width.
			mask := ^uint64(0)
			if b, ok := obj.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsUntyped == 0 {
				if sz := d.sizes.Sizeof(b); sz < 8 {
					mask = 1<<(8*sz) - 1
				}
			}
			if u, ok := d.unix.Scope().Lookup(ref).(*types.Const); ok {
				if w := mod64(u.Val()) & mask; v != w {
					problem("%s = %#x, x/sys/unix's %s = %#x", name, v, ref, w)
				}
				if strings.HasPrefix(name, "SYS_") {
					r.sysnums++
				} else {
					r.consts++
				}
				continue
			}
			if s, ok := d.syscal.Scope().Lookup(ref).(*types.Const); ok {
				if w := mod64(s.Val()) & mask; v != w {
					problem("%s = %#x, syscall's %s = %#x", name, v, ref, w)
				}
				r.syscallConsts++
				continue
			}
			i := slices.IndexFunc(ownNames, func(o ownName) bool {
				return targetMatches(o.targets, d.goos, d.goarch) && nameMatches(o.name, name)
			})
			if i < 0 {
				problem("%s: neither x/sys/unix nor syscall defines it; list it in ownNames with its source", name)
				continue
			}
			switch o := ownNames[i]; {
			case o.header != "":
				byHeader[o.header] = append(byHeader[o.header], name)
			case o.same != "":
				w, ok := uvals[o.same]
				if !ok {
					problem("%s: x/sys/unix has no %s to compare it with", name, o.same)
				} else if v != w {
					problem("%s = %#x, x/sys/unix's %s = %#x (%s)", name, v, o.same, w, o.why)
				}
				r.related++
			case o.check != nil:
				if err := o.check(zvals, uvals); err != nil {
					problem("%s = %#x: %v (%s)", name, v, err, o.why)
				}
				r.related++
			}
		case *types.TypeName:
			st, ok := obj.Type().Underlying().(*types.Struct)
			if !ok || goTypes[name] != "" {
				continue
			}
			if i := slices.IndexFunc(kernelStructs, func(k kernelStruct) bool {
				return k.name == name && targetMatches(k.targets, d.goos, d.goarch)
			}); i >= 0 {
				r.structs++
				r.fields += compareKernelStruct(d.sizes, name, st, kernelStructs[i].size, kernelStructs[i].fields,
					kernelStructs[i].why, problem)
				continue
			}
			u, ok := d.unix.Scope().Lookup(ref).(*types.TypeName)
			if !ok {
				problem("struct %s: x/sys/unix has no %s to compare its layout with", name, ref)
				continue
			}
			ust, ok := u.Type().Underlying().(*types.Struct)
			if !ok {
				problem("struct %s: x/sys/unix's %s is not a struct", name, ref)
				continue
			}
			r.structs++
			r.fields += compareStruct(d.sizes, name, st, ref, ust, problem)
		}
	}
	for _, header := range slices.Sorted(maps.Keys(byHeader)) {
		checkHeader(r, target, d.goarch, header, byHeader[header], zvals)
	}
	return r
}

// compareStruct compares the size and alignment of zcall's struct name and
// x/sys/unix's ref, and the offset and size of each of name's named fields
// with those of its counterpart; it returns the number of fields compared.
func compareStruct(sizes types.Sizes, name string, st *types.Struct, ref string, ust *types.Struct,
	problem func(string, ...any)) int {
	if a, b := sizes.Sizeof(st), sizes.Sizeof(ust); a != b {
		problem("struct %s: size %d, x/sys/unix's %s %d", name, a, ref, b)
	}
	if a, b := sizes.Alignof(st), sizes.Alignof(ust); a != b {
		problem("struct %s: alignment %d, x/sys/unix's %s %d", name, a, ref, b)
	}
	offsets := sizes.Offsetsof(structFields(st))
	var n int
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Name() == "_" {
			continue
		}
		path := ""
		for _, fp := range fieldPaths {
			if fp.typ == name && fp.typ == ref && fp.field == f.Name() {
				path = fp.ref
			}
		}
		off, size, err := fieldAt(sizes, ust, f.Name(), path)
		if err != nil {
			problem("%s.%s: x/sys/unix's %s: %v", name, f.Name(), ref, err)
			continue
		}
		n++
		if offsets[i] != off || sizes.Sizeof(f.Type()) != size {
			problem("%s.%s: offset %d size %d, x/sys/unix's %s: offset %d size %d",
				name, f.Name(), offsets[i], sizes.Sizeof(f.Type()), ref, off, size)
		}
	}
	return n
}

// compareKernelStruct compares the size of zcall's struct name and the
// offset and size of each of its named fields with a kernel layout; it
// returns the number of fields compared.
func compareKernelStruct(sizes types.Sizes, name string, st *types.Struct, size int64, fields map[string][2]int64,
	why string, problem func(string, ...any)) int {
	if a := sizes.Sizeof(st); a != size {
		problem("struct %s: size %d, %d in the kernel (%s)", name, a, size, why)
	}
	offsets := sizes.Offsetsof(structFields(st))
	seen := 0
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Name() == "_" {
			continue
		}
		want, ok := fields[f.Name()]
		if !ok {
			problem("%s.%s: no such field in the kernel's layout (%s)", name, f.Name(), why)
			continue
		}
		seen++
		if offsets[i] != want[0] || sizes.Sizeof(f.Type()) != want[1] {
			problem("%s.%s: offset %d size %d, the kernel's: offset %d size %d (%s)",
				name, f.Name(), offsets[i], sizes.Sizeof(f.Type()), want[0], want[1], why)
		}
	}
	if seen != len(fields) {
		problem("struct %s: %d of the kernel's %d fields (%s)", name, seen, len(fields), why)
	}
	return seen
}

func structFields(st *types.Struct) []*types.Var {
	fields := make([]*types.Var, st.NumFields())
	for i := range fields {
		fields[i] = st.Field(i)
	}
	return fields
}

// fieldAt returns the offset and size of the field of st that path names
// ("Atim.Sec"), or, for an empty path, of the one whose name equals name
// ignoring case and underscores.
func fieldAt(sizes types.Sizes, st *types.Struct, name, path string) (off, size int64, err error) {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	steps := strings.Split(path, ".")
	if path == "" {
		steps = []string{name}
	}
	var t types.Type = st
	for k, step := range steps {
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return 0, 0, fmt.Errorf("%s is not a struct", strings.Join(steps[:k], "."))
		}
		offsets := sizes.Offsetsof(structFields(s))
		i := slices.IndexFunc(structFields(s), func(f *types.Var) bool {
			return f.Name() == step || path == "" && f.Name() != "_" && norm(f.Name()) == norm(step)
		})
		if i < 0 {
			return 0, 0, fmt.Errorf("no field %s", strings.Join(steps[:k+1], "."))
		}
		off += offsets[i]
		t = s.Field(i).Type()
	}
	return off, sizes.Sizeof(t), nil
}

// constValues returns pkg's integer constants, modulo 2^64.
func constValues(pkg *types.Package) defsValues {
	vals := defsValues{}
	for _, name := range pkg.Scope().Names() {
		if c, ok := pkg.Scope().Lookup(name).(*types.Const); ok && c.Val().Kind() == constant.Int {
			vals[name] = mod64(c.Val())
		}
	}
	return vals
}

var two64 = new(big.Int).Lsh(big.NewInt(1), 64)

// mod64 is v modulo 2^64: -100 and uintptr(1<<64-100) are the same value.
func mod64(v constant.Value) uint64 {
	b, ok := constant.Val(constant.ToInt(v)).(*big.Int)
	if !ok {
		b = big.NewInt(constant.Val(constant.ToInt(v)).(int64))
	}
	return new(big.Int).Mod(b, two64).Uint64()
}

// multiarchDirs are Debian's multiarch include directories, where
// /usr/include/<dir>/asm holds that architecture's asm/ headers.
var multiarchDirs = map[string]string{
	"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu", "riscv64": "riscv64-linux-gnu",
	"loong64": "loongarch64-linux-gnu", "ppc64": "powerpc64-linux-gnu", "ppc64le": "powerpc64le-linux-gnu",
	"s390x": "s390x-linux-gnu", "mips64": "mips64-linux-gnuabi64", "mips64le": "mips64el-linux-gnuabi64",
}

// includeDir is where the UAPI headers are installed (linux-libc-dev).
const includeDir = "/usr/include"

// checkHeader compares names with the values that header gives them.
func checkHeader(r *defsResult, target, goarch, header string, names []string, zvals defsValues) {
	h, err := loadCHeader(header, goarch)
	if err != nil {
		r.missingHeaders = append(r.missingHeaders, missingHeader{header, names, err})
		return
	}
	var checked int
	var missing []string
	for _, name := range names {
		if !h.defines(name) {
			missing = append(missing, name)
			continue
		}
		v, err := h.value(name)
		if err != nil {
			r.problems = append(r.problems, fmt.Sprintf("%s: %s: %s: %v", target, name, header, err))
			continue
		}
		checked++
		if w := mod64(v); zvals[name] != w {
			r.problems = append(r.problems, fmt.Sprintf("%s: %s = %#x, %s has %#x", target, name, zvals[name], h.path, w))
		}
	}
	r.headerChecked += checked
	if checked == 0 {
		r.problems = append(r.problems, fmt.Sprintf("%s: none of %d names could be checked against %s", target, len(names), h.path))
	}
	if _, noted := headerNoted.LoadOrStore(h.path, true); !noted && len(missing) > 0 {
		r.notes = append(r.notes, fmt.Sprintf("%s: %d of %d names checked; %d newer than the installed header: %s",
			h.path, checked, len(names), len(missing), strings.Join(missing, " ")))
	}
}

var (
	cHeaders    sync.Map // path -> *cHeaderOnce
	headerNoted sync.Map // path -> true once the names it lacks are logged
)

type cHeaderOnce struct {
	once sync.Once
	h    *cHeader
	err  error
}

// loadCHeader parses header (relative to /usr/include, "asm/" ones from
// goarch's multiarch directory) and the headers it includes.
func loadCHeader(header, goarch string) (*cHeader, error) {
	path, err := headerPath(header, goarch)
	if err != nil {
		return nil, err
	}
	e, _ := cHeaders.LoadOrStore(path, &cHeaderOnce{})
	c := e.(*cHeaderOnce)
	c.once.Do(func() {
		var srcs []string
		seen := map[string]bool{}
		var read func(header, path string) error
		read = func(header, path string) error {
			if seen[path] {
				return nil
			}
			seen[path] = true
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			srcs = append(srcs, string(b))
			for _, m := range cInclude.FindAllStringSubmatch(string(b), -1) {
				if p, err := headerPath(m[1], goarch); err == nil {
					if _, err := os.Stat(p); err == nil {
						if err := read(m[1], p); err != nil {
							return err
						}
					}
				}
			}
			return nil
		}
		if c.err = read(header, path); c.err == nil {
			// The named header first: its definitions win over the
			// included ones'.
			c.h = parseCHeader(strings.Join(srcs, "\n"))
			c.h.path = path
		}
	})
	return c.h, c.err
}

func headerPath(header, goarch string) (string, error) {
	if rest, ok := strings.CutPrefix(header, "asm/"); ok {
		dir, ok := multiarchDirs[goarch]
		if !ok {
			return "", fmt.Errorf("no multiarch directory known for %s", goarch)
		}
		return filepath.Join(includeDir, dir, "asm", rest), nil
	}
	return filepath.Join(includeDir, header), nil
}

// TestParseCHeader checks the header parser itself on the constructs that
// the UAPI headers use.
func TestParseCHeader(t *testing.T) {
	h := parseCHeader(`
/* comment, enum { X, } */
#define A_FLAG		(1U << 3)	/* trailing */
#define B_FLAG		(1U << B_BIT) // line comment
#define LONGVAL		0x10UL
#define MULTI		(A_FLAG | \
			 LONGVAL)
#define NEG		(-100)
#define FIRST		1
#define FIRST		2
enum {
	A_BIT,
	B_BIT,		/* 1 */
	C_BIT = 7,
	D_BIT,
};
enum io_uring_thing {
	T_ZERO,
	T_ONE,
	T_LAST
};
enum named_op {
	R_A = 0,
	R_B = 1,
	R_LAST,
	R_FLAG = 1U << 31
};
`)
	want := map[string]int64{
		"A_FLAG": 8, "B_FLAG": 2, "LONGVAL": 16, "MULTI": 24, "NEG": -100, "FIRST": 1,
		"A_BIT": 0, "B_BIT": 1, "C_BIT": 7, "D_BIT": 8,
		"T_ZERO": 0, "T_ONE": 1, "T_LAST": 2,
		"R_A": 0, "R_B": 1, "R_LAST": 2, "R_FLAG": 1 << 31,
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			v, err := h.value(name)
			if err != nil {
				t.Fatal(err)
			}
			if i, ok := constant.Int64Val(v); !ok || i != w {
				t.Errorf("got %v, want %d", v, w)
			}
		})
	}
	if h.defines("X") {
		t.Error("a name inside a comment was taken as defined")
	}
}

// cHeader holds the object-like macros and enum members of a C header.
type cHeader struct {
	path   string
	macros map[string]string         // name -> replacement text
	enums  map[string]constant.Value // name -> value
	busy   map[string]bool           // macros being expanded (cycle guard)
	mu     sync.Mutex                // busy is per evaluation
}

var (
	cComment   = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	cInclude   = regexp.MustCompile(`(?m)^[ \t]*#[ \t]*include[ \t]+<([^>]+)>`)
	cDefine    = regexp.MustCompile(`(?m)^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.*)$`)
	cEnum      = regexp.MustCompile(`(?s)\benum\b[ \t\n]*(?:\w+[ \t\n]*)?\{(.*?)\}`)
	cIntSuffix = regexp.MustCompile(`\b(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]+\b`)
	cCast      = regexp.MustCompile(`\([ \t]*(?:__[us](?:8|16|32|64)|unsigned(?: int| long)*|int|long)[ \t]*\)`)
)

// parseCHeader collects the macros and enum members of src; a name defined
// twice keeps its first definition.
func parseCHeader(src string) *cHeader {
	src = cComment.ReplaceAllString(src, " ")
	src = strings.ReplaceAll(src, "\\\n", " ")
	h := &cHeader{
		macros: map[string]string{},
		enums:  map[string]constant.Value{},
		busy:   map[string]bool{},
	}
	for _, m := range cDefine.FindAllStringSubmatch(src, -1) {
		if _, dup := h.macros[m[1]]; !dup {
			h.macros[m[1]] = strings.TrimSpace(m[2])
		}
	}
	for _, m := range cEnum.FindAllStringSubmatch(src, -1) {
		next := constant.MakeInt64(0)
		for _, item := range strings.Split(m[1], ",") {
			item = strings.TrimSpace(item)
			if item == "" {
				continue
			}
			name, expr, hasValue := strings.Cut(item, "=")
			name = strings.TrimSpace(name)
			v := next
			if hasValue {
				var err error
				if v, err = h.eval(expr); err != nil {
					v = constant.MakeUnknown()
				}
			}
			if _, dup := h.enums[name]; !dup {
				h.enums[name] = v
			}
			next = constant.BinaryOp(v, token.ADD, constant.MakeInt64(1))
		}
	}
	return h
}

func (h *cHeader) defines(name string) bool {
	_, isMacro := h.macros[name]
	_, isEnum := h.enums[name]
	return isMacro || isEnum
}

// value evaluates name, a macro or an enum member, to an integer constant.
func (h *cHeader) value(name string) (constant.Value, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lookup(name)
}

func (h *cHeader) lookup(name string) (constant.Value, error) {
	if v, ok := h.enums[name]; ok {
		if v.Kind() != constant.Int {
			return nil, fmt.Errorf("enum member %s has a value this parser cannot evaluate", name)
		}
		return v, nil
	}
	text, ok := h.macros[name]
	if !ok {
		return nil, fmt.Errorf("%s is not defined", name)
	}
	if h.busy[name] {
		return nil, fmt.Errorf("%s is defined in terms of itself", name)
	}
	h.busy[name] = true
	defer delete(h.busy, name)
	return h.eval(text)
}

// eval evaluates a C integer constant expression: literals with U/L
// suffixes, casts to integer types, names, parentheses, unary - and ~,
// and the binary arithmetic, shift and bitwise operators.
func (h *cHeader) eval(expr string) (constant.Value, error) {
	expr = cIntSuffix.ReplaceAllString(expr, "$1")
	expr = cCast.ReplaceAllString(expr, "")
	expr = strings.ReplaceAll(expr, "~", "^")
	x, err := parser.ParseExpr(expr)
	if err != nil {
		return nil, fmt.Errorf("parsing %q: %v", expr, err)
	}
	return h.evalNode(x)
}

func (h *cHeader) evalNode(x ast.Expr) (constant.Value, error) {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.INT {
			return nil, fmt.Errorf("not an integer: %s", x.Value)
		}
		return constant.MakeFromLiteral(x.Value, x.Kind, 0), nil
	case *ast.Ident:
		return h.lookup(x.Name)
	case *ast.ParenExpr:
		return h.evalNode(x.X)
	case *ast.UnaryExpr:
		v, err := h.evalNode(x.X)
		if err != nil {
			return nil, err
		}
		switch x.Op {
		case token.SUB, token.ADD, token.XOR:
			return constant.UnaryOp(x.Op, v, 0), nil
		}
	case *ast.BinaryExpr:
		a, err := h.evalNode(x.X)
		if err != nil {
			return nil, err
		}
		b, err := h.evalNode(x.Y)
		if err != nil {
			return nil, err
		}
		switch x.Op {
		case token.SHL, token.SHR:
			n, ok := constant.Uint64Val(b)
			if !ok || n > 63 {
				return nil, fmt.Errorf("bad shift count %v", b)
			}
			return constant.Shift(a, x.Op, uint(n)), nil
		case token.ADD, token.SUB, token.MUL, token.OR, token.AND, token.XOR:
			return constant.BinaryOp(a, x.Op, b), nil
		}
	}
	return nil, fmt.Errorf("unsupported expression %T", x)
}
