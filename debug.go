//go:build zcalldebug

package zcall

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// This file replaces zcall.go in a build with -tags zcalldebug. The
// trampolines themselves are the same code under other names
// (zcall_debug_*.s, written by asmgen beside zcall_*.s); Syscall4,
// Syscall6 and syscall3 become Go functions that time each call and report, once per
// call site, a call that took longer than the threshold (see debugSlow).
//
// A Go function taking uintptr arguments gets none of the keepalive the
// compiler gives to an assembly function: an object whose address the
// caller converted with uintptr(unsafe.Pointer(p)) could be freed or moved
// before the kernel uses it. //go:uintptrescapes restores the guarantee:
// such objects escape to the heap and stay alive until the call returns.
// The cost, in this debug build only, is a heap allocation for every object
// that would otherwise have lived on the caller's stack, and that the
// functions are not inlined.

// Syscall4 is the zcalldebug build of the raw four-argument system call: it
// makes the same raw call as the default build (rawSyscall4, no scheduler
// hooks, so it must not block), with the same result convention, and
// reports it if it took longer than the threshold.
//
//go:uintptrescapes
func Syscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr) {
	start := time.Now()
	r1, errno = rawSyscall4(num, a1, a2, a3, a4)
	if d := time.Since(start); d > debugThreshold {
		debugSlow(num, d)
	}
	return r1, errno
}

// Syscall6 is [Syscall4] with six arguments.
//
//go:uintptrescapes
func Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr) {
	start := time.Now()
	r1, errno = rawSyscall6(num, a1, a2, a3, a4, a5, a6)
	if d := time.Since(start); d > debugThreshold {
		debugSlow(num, d)
	}
	return r1, errno
}

// syscall3 is [Syscall4] with three arguments, timed in the same way; the
// wrappers of three-argument calls make it.
//
//go:uintptrescapes
func syscall3(num, a1, a2, a3 uintptr) (r1, errno uintptr) {
	start := time.Now()
	r1, errno = rawSyscall3(num, a1, a2, a3)
	if d := time.Since(start); d > debugThreshold {
		debugSlow(num, d)
	}
	return r1, errno
}

// rawSyscall3 is the trampoline syscall3 is in the default build.
func rawSyscall3(num, a1, a2, a3 uintptr) (r1, errno uintptr)

// rawSyscall4 is the trampoline Syscall4 is in the default build.
func rawSyscall4(num, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

// rawSyscall6 is the trampoline Syscall6 is in the default build.
func rawSyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)

// The zcalldebug build finds raw calls that block. Each raw call (through
// Syscall4, Syscall6 or any wrapper) is timed; one that
// takes longer than the threshold is reported on standard error, once per
// call site, with its system call number, its name where zcall knows it,
// and the first caller outside package zcall:
//
//	zcall: raw system call 7 (ppoll) took 51.2ms (threshold 1ms) at main.loop (/src/app/loop.go:42); a call that can wait belongs on BlockingSyscall4/6 or a Blocking wrapper
//
// The threshold comes from the environment variable ZCALL_DEBUG_THRESHOLD,
// a Go duration such as "500us" or "10ms", read once at start-up. The
// default, 1ms, sits far above what a non-blocking call costs (a few
// microseconds, a few tens under emulation or with a cold cache) and well
// below what a call that waits for I/O or a timeout usually takes, and it
// is about where a call stalls its P long enough to matter: the runtime
// hands the P of a cooperative system call to another thread after 20µs to
// 10ms. A thread that the operating system deschedules mid-call, or a page
// fault under memory pressure, can push a harmless call over it; raise the
// threshold if that shows up.

const debugEnv = "ZCALL_DEBUG_THRESHOLD"

const debugDefaultThreshold = time.Millisecond

// debugThreshold is read by every call, written only at init and by tests
// before they make calls.
var debugThreshold = debugParseThreshold(os.Getenv(debugEnv))

// debugParseThreshold turns the environment value into a threshold: the
// default when unset, and the default with a warning when it does not parse
// as a positive duration.
func debugParseThreshold(s string) time.Duration {
	if s == "" {
		return debugDefaultThreshold
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		fmt.Fprintf(os.Stderr, "zcall: %s=%q is not a positive duration; using %v\n", debugEnv, s, debugDefaultThreshold)
		return debugDefaultThreshold
	}
	return d
}

// A debugReport is one slow call, as written to standard error.
type debugReport struct {
	Num      uintptr       // system call number
	Name     string        // its name, "" when zcall does not know it
	Took     time.Duration // how long the call took
	Function string        // caller outside package zcall, package-qualified
	File     string
	Line     int
}

func (r debugReport) String() string {
	num := fmt.Sprint(r.Num)
	if r.Name != "" {
		num += " (" + r.Name + ")"
	}
	return fmt.Sprintf("zcall: raw system call %s took %v (threshold %v) at %s (%s:%d); a call that can wait belongs on BlockingSyscall4/6 or a Blocking wrapper",
		num, r.Took, debugThreshold, r.Function, r.File, r.Line)
}

// debugOutput receives each report; tests replace it.
var debugOutput = func(r debugReport) { fmt.Fprintln(os.Stderr, r) }

type debugSite struct {
	file string
	line int
}

var debugSeen struct {
	sync.Mutex
	sites map[debugSite]bool
}

// zcallPrefix starts the name of every function in package zcall, and of
// nothing else (zcall_test. and zcall/... do not match).
const zcallPrefix = "code.hybscloud.com/zcall."

// debugSlow reports a slow call of num once for its call site: the first
// frame outside package zcall. runtime.CallersFrames expands inlined calls,
// so a wrapper inlined into its caller is seen through.
func debugSlow(num uintptr, took time.Duration) {
	var pcs [32]uintptr
	n := runtime.Callers(2, pcs[:]) // skip runtime.Callers and debugSlow
	frames := runtime.CallersFrames(pcs[:n])
	var f runtime.Frame
	for {
		fr, more := frames.Next()
		if !strings.HasPrefix(fr.Function, zcallPrefix) {
			f = fr
			break
		}
		if !more {
			f = fr
			break
		}
	}
	site := debugSite{f.File, f.Line}
	debugSeen.Lock()
	if debugSeen.sites == nil {
		debugSeen.sites = map[debugSite]bool{}
	}
	seen := debugSeen.sites[site]
	debugSeen.sites[site] = true
	debugSeen.Unlock()
	if seen {
		return
	}
	debugOutput(debugReport{Num: num, Name: debugNames[num], Took: took, Function: f.Function, File: f.File, Line: f.Line})
}
