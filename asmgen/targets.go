package main

import "fmt"

// targets lists every target zcall has trampolines for, one entry each.
// Adding a target means adding its entry here (plus, outside this module,
// its Go files and one line in the package's list of supported targets).
//
// An entry makes two files in the package directory: zcall_<name>.s, which
// defines the trampolines (funcs in main.go) and builds without the
// zcalldebug tag, and zcall_debug_<name>.s, the same code under the names
// of variant.names, which builds only with it.
var targets = []target{
	{name: "amd64", goos: "linux", goarch: "amd64", constraint: "linux", errs: linuxErrors, gen: amd64},
	{name: "darwin_amd64", goos: "darwin", goarch: "amd64", errs: carryErrors, gen: amd64,
		params: map[string]string{"class": "0x2000000", "note": appleNote}},
	{name: "freebsd_amd64", goos: "freebsd", goarch: "amd64", errs: carryErrors, gen: amd64},
	{name: "arm64", goos: "linux", goarch: "arm64", constraint: "linux", errs: linuxErrors, gen: tmpl("linux_arm64")},
	{name: "darwin_arm64", goos: "darwin", goarch: "arm64", errs: carryErrors, gen: tmpl("bsd_arm64"),
		params: map[string]string{"trap": "SVC $0x80", "num": "R16", "note": appleNote}},
	{name: "freebsd_arm64", goos: "freebsd", goarch: "arm64", errs: carryErrors, gen: tmpl("bsd_arm64"),
		params: map[string]string{"trap": "SVC $0", "num": "R8"}},
	{name: "riscv64", goos: "linux", goarch: "riscv64", constraint: "linux", errs: linuxErrors, gen: tmpl("linux_riscv64")},
	{name: "loong64", goos: "linux", goarch: "loong64", constraint: "linux", errs: linuxErrors, gen: tmpl("linux_loong64")},
	// One file serves both byte orders of ppc64 and of mips64: the frame
	// layout is the same, so the declarations are read for one of them.
	{name: "ppc64x", goos: "linux", goarch: "ppc64le", constraint: "linux && (ppc64 || ppc64le)", errs: soErrors, gen: tmpl("linux_ppc64x")},
	{name: "s390x", goos: "linux", goarch: "s390x", constraint: "linux", errs: linuxErrors, gen: tmpl("linux_s390x")},
	{name: "mips64x", goos: "linux", goarch: "mips64le", constraint: "linux && (mips64 || mips64le)", errs: a3Errors, gen: tmpl("linux_mips64x")},
	// The 32-bit architectures. avo writes amd64 code only, so 386 comes
	// from a template like the others.
	{name: "386", goos: "linux", goarch: "386", constraint: "linux", errs: linux32Errors, gen: tmpl("linux_386")},
	{name: "arm", goos: "linux", goarch: "arm", constraint: "linux", errs: linux32Errors, gen: tmpl("linux_arm")},
	{name: "mipsx", goos: "linux", goarch: "mipsle", constraint: "linux && (mips || mipsle)", errs: a3Errors, gen: tmpl("linux_mipsx")},
}

// A target is one entry of targets.
//
// params holds the values a shared template needs (the bsd_arm64 template:
// trap, the trap instruction; num, the number register) and, for any
// generator, note, a paragraph added below the register table. The amd64
// generator also reads class, an immediate ORed into the number before
// SYSCALL (darwin's 0x2000000, the Unix class).
type target struct {
	name         string // zcall_<name>.s and zcall_debug_<name>.s
	goos, goarch string // the target whose declarations are read
	constraint   string // //go:build expression beyond what the file name says, joined with &&
	errs         errorRule
	gen          generator
	params       map[string]string
}

// A generator writes the body of one file: everything after the header.
type generator func(t target, v variant, sigs []signature) ([]byte, error)

// tmpl is the generator that executes templates/<name>.s.tmpl.
func tmpl(name string) generator {
	return func(t target, v variant, sigs []signature) ([]byte, error) {
		return genTemplate(name+".s.tmpl", t, v, sigs)
	}
}

// appleNote heads darwin files.
const appleNote = "Apple does not promise this interface to be stable; Go itself calls libSystem on darwin."

// An errorRule is how a target's kernel reports failure.
type errorRule struct {
	// comment opens the body of every trampoline.
	comment []string
	// negated: the result register holds -errno on failure, and the value
	// alone decides (Linux, bounded by maxErrno). Otherwise a flag decides
	// and the register holds the positive errno.
	negated bool
}

// Linux reports failure by returning -errno in the result register, and
// errno never exceeds maxErrno (MAX_ERRNO in include/linux/err.h). The rule
// is stated here once and used by every Linux file (the amd64 generator and
// the templates read it as .MaxErrno), so the boundary cannot drift between
// architectures.
const maxErrno = 4095

var linuxErrors = errorRule{negated: true, comment: []string{
	fmt.Sprintf("Linux error rule: a result r is an error when r >= -%d as unsigned", maxErrno),
	fmt.Sprintf("(0x%x..0xffffffffffffffff), and then errno = -r. No call", uint64(1<<64-maxErrno)),
	fmt.Sprintf("can return -%d or any value below it as an error: those, like every", maxErrno+1),
	"address with the top bit set, are successes and pass through untouched.",
}}

// linux32Errors is linuxErrors for the 32-bit registers of linux/386 and
// linux/arm.
var linux32Errors = errorRule{negated: true, comment: []string{
	fmt.Sprintf("Linux error rule: a result r is an error when r >= -%d as unsigned", maxErrno),
	fmt.Sprintf("(0x%x..0xffffffff), and then errno = -r. No call can return", uint32(1<<32-maxErrno)),
	fmt.Sprintf("-%d or any value below it as an error: those, like every address", maxErrno+1),
	"with the top bit set, are successes and pass through untouched.",
}}

var soErrors = errorRule{comment: []string{
	"Error rule: the kernel sets the summary-overflow bit CR0.SO on failure",
	"and leaves the positive errno in R3; SO clear means success, and every",
	"result, including addresses with the top bit set, passes through.",
}}

var a3Errors = errorRule{comment: []string{
	"Error rule: the kernel sets R7 (a3) nonzero on failure and leaves the",
	"positive errno in R2; R7 zero means success, and every result,",
	"including addresses with the top bit set, passes through.",
}}

var carryErrors = errorRule{comment: []string{
	"Error rule: the kernel sets the carry flag on failure and leaves the",
	"positive errno in the result register; carry clear means success.",
}}
