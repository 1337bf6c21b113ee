package main

import (
	"fmt"

	"code.hybscloud.com/zcall/internal/targets"
)

// A kcase is one answer the emulated kernel gives and what the function
// must make of it.
type kcase struct {
	label string
	ret   uint64 // the result register
	flag  bool   // the error flag, where the rule has one
	r1    uint64 // the function's r1 and errno
	errno uint64
}

// cases returns every answer the kernel of k gives on a: successes
// (among them a value with the top bit set), and each error form. Under
// Linux's -errno rule they include -4096, the largest value that is no
// error, and -4095, the smallest that is.
func cases(a *arch, k *kernel) []kcase {
	bits := 8 * a.word
	mask := ^uint64(0) >> (64 - bits)
	neg := func(n uint64) uint64 { return -n & mask }
	top := uint64(1)<<(bits-1) | 0x1234
	fail := ^uint64(0) & mask
	if k.rule.flag == nil {
		return []kcase{
			{label: "success 0", ret: 0, r1: 0},
			{label: "success 42", ret: 42, r1: 42},
			{label: "success with the top bit set", ret: top, r1: top},
			{label: "success -4097", ret: neg(4097), r1: neg(4097)},
			{label: "success -4096", ret: neg(4096), r1: neg(4096)},
			{label: "error -4095", ret: neg(4095), r1: fail, errno: 4095},
			{label: "error -22", ret: neg(22), r1: fail, errno: 22},
			{label: "error -1", ret: neg(1), r1: fail, errno: 1},
		}
	}
	return []kcase{
		{label: "success 0", ret: 0, r1: 0},
		{label: "success 42", ret: 42, r1: 42},
		{label: "success with the top bit set", ret: top, r1: top},
		{label: "success -1 (the flag decides)", ret: fail, r1: fail},
		{label: "success -22 (the flag decides)", ret: neg(22), r1: neg(22)},
		{label: "error 1", ret: 1, flag: true, r1: fail, errno: 1},
		{label: "error 22", ret: 22, flag: true, r1: fail, errno: 22},
		{label: "error 4095", ret: 4095, flag: true, r1: fail, errno: 4095},
	}
}

// The representative answers the instruction counts are taken with.
const (
	countSuccess = "success 42"
	countError   = "error -22" // or "error 22" under a flag rule
)

// callOf returns the call of f that plays c.
func callOf(a *arch, f *fn, c kcase) call {
	mask := ^uint64(0) >> (64 - 8*a.word)
	cl := call{num: 0x1b5, ret: c.ret, flag: c.flag}
	for i := 1; i < f.nargs; i++ {
		// Distinct in every byte and in the low 32 bits.
		cl.args = append(cl.args, (0x0f0e0d0c0b0a0908+0x1111111111111111*uint64(i))&mask)
	}
	return cl
}

// checkFn runs f once for each answer of the kernel and returns every
// fault: a number or argument not where the kernel reads it, a wrong r1
// or errno, a stack word it should not have written, a return elsewhere.
func checkFn(a *arch, k *kernel, f *fn) ([]string, error) {
	var faults []string
	for _, c := range cases(a, k) {
		res, err := run(a, k, f, callOf(a, f, c))
		if err != nil {
			return nil, fmt.Errorf("%s, %s: %v", f.name, c.label, err)
		}
		for _, m := range res.faults {
			faults = append(faults, fmt.Sprintf("%s, %s: %s", f.name, c.label, m))
		}
		if res.r1 != c.r1 || res.errno != c.errno {
			faults = append(faults, fmt.Sprintf("%s, %s: returns (r1 %#x, errno %d), want (%#x, %d)",
				f.name, c.label, res.r1, res.errno, c.r1, c.errno))
		}
	}
	return faults, nil
}

// A count is the instructions of one call on the success and the error
// path, the trap and the return included.
type count struct{ ok, err int }

// countFn counts the instructions of f on the representative success
// and error answers. It fails if either run has a fault.
func countFn(a *arch, k *kernel, f *fn) (count, error) {
	var n count
	for _, c := range cases(a, k) {
		if c.label != countSuccess && c.label != countError && c.label != "error 22" {
			continue
		}
		res, err := run(a, k, f, callOf(a, f, c))
		if err != nil {
			return n, err
		}
		if len(res.faults) > 0 {
			return n, fmt.Errorf("%s, %s: %s", f.name, c.label, res.faults[0])
		}
		if res.r1 != c.r1 || res.errno != c.errno {
			return n, fmt.Errorf("%s, %s: returns (r1 %#x, errno %d), want (%#x, %d)",
				f.name, c.label, res.r1, res.errno, c.r1, c.errno)
		}
		if c.flag || c.errno != 0 {
			n.err = res.steps
		} else {
			n.ok = res.steps
		}
	}
	return n, nil
}

// disagreements returns the answers on which f, the Go runtime's raw
// call, returns other than zcall's rule says, as notes: the runtime's
// boundaries are its own and not checked here.
func disagreements(a *arch, k *kernel, f *fn) ([]string, error) {
	var notes []string
	for _, c := range cases(a, k) {
		res, err := run(a, k, f, callOf(a, f, c))
		if err != nil {
			return nil, err
		}
		if len(res.faults) > 0 {
			notes = append(notes, fmt.Sprintf("%s, %s: %s", f.name, c.label, res.faults[0]))
			continue
		}
		if res.r1 != c.r1 || res.errno != c.errno {
			notes = append(notes, fmt.Sprintf("%s, %s: returns (r1 %#x, errno %d) where zcall returns (%#x, %d)",
				f.name, c.label, res.r1, res.errno, c.r1, c.errno))
		}
	}
	return notes, nil
}

// sysClose is SYS_CLOSE of each target whose Go code the emulator can run.
var sysClose = map[string]uint64{
	"linux/amd64": 3, "linux/arm64": 57, "linux/riscv64": 57, "linux/s390x": 6,
	"linux/ppc64": 6, "linux/mips64": 5003, "linux/mips64le": 5003, "linux/loong64": 57,
	"darwin/amd64": 6, "darwin/arm64": 6, "freebsd/amd64": 6, "freebsd/arm64": 6,
	"linux/386": 6, "linux/arm": 6, "linux/mips": 4006, "linux/mipsle": 4006,
}

// closeFD is the descriptor zcall.Close is called with.
const closeFD = 0x1d2c3b4a

// closeCall returns the call of zcall.Close on t that plays c: the kernel
// must see SYS_CLOSE, the descriptor and two zeros.
func closeCall(t targets.Target, c kcase) (call, error) {
	num, ok := sysClose[t.String()]
	if !ok {
		return call{}, fmt.Errorf("no SYS_CLOSE for %s in sysClose", t)
	}
	return call{num: num, args: []uint64{closeFD, 0, 0}, in: []uint64{closeFD}, ret: c.ret, flag: c.flag}, nil
}

// checkClose runs f, zcall.Close of t or a copy of it, once for each
// answer of the kernel, with guard as the stack guard of its g (0: the
// usual one, see gWords), and returns every fault: those of the machine
// and a wrong errno.
func checkClose(t targets.Target, a *arch, k *kernel, f *fn, guard uint64) ([]string, error) {
	var faults []string
	for _, c := range cases(a, k) {
		cl, err := closeCall(t, c)
		if err != nil {
			return nil, err
		}
		cl.guard = guard
		res, err := run(a, k, f, cl)
		if err != nil {
			return nil, fmt.Errorf("zcall.Close, %s: %v", c.label, err)
		}
		for _, m := range res.faults {
			faults = append(faults, fmt.Sprintf("Close, %s: %s", c.label, m))
		}
		if res.errno != c.errno {
			faults = append(faults, fmt.Sprintf("Close, %s: returns errno %d, want %d", c.label, res.errno, c.errno))
		}
	}
	return faults, nil
}

// countClose counts the instructions of zcall.Close, Go code around
// syscall3, on the representative answers. It fails if a run has a fault
// or returns the wrong errno.
func countClose(t targets.Target, a *arch, k *kernel, img *image) (count, error) {
	var n count
	for _, c := range cases(a, k) {
		if c.label != countSuccess && c.label != countError && c.label != "error 22" {
			continue
		}
		cl, err := closeCall(t, c)
		if err != nil {
			return n, err
		}
		res, err := run(a, k, img.close, cl)
		if err != nil {
			return n, err
		}
		if len(res.faults) > 0 {
			return n, fmt.Errorf("zcall.Close, %s: %s", c.label, res.faults[0])
		}
		if res.errno != c.errno {
			return n, fmt.Errorf("zcall.Close, %s: returns errno %d, want %d", c.label, res.errno, c.errno)
		}
		if c.errno != 0 {
			n.err = res.steps
		} else {
			n.ok = res.steps
		}
	}
	return n, nil
}
