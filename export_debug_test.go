//go:build zcalldebug

package zcall

import (
	"sync"
	"time"
)

// Test hooks of the zcalldebug build, for the external tests.

// DebugReport is one report of a slow raw call.
type DebugReport = debugReport

// DebugParseThreshold is how ZCALL_DEBUG_THRESHOLD is read.
var DebugParseThreshold = debugParseThreshold

// DebugCapture sets the threshold, forgets the call sites already reported
// and collects reports instead of printing them, until restore is called.
func DebugCapture(threshold time.Duration) (reports func() []DebugReport, restore func()) {
	var mu sync.Mutex
	var got []DebugReport
	prevThreshold, prevOutput := debugThreshold, debugOutput
	reset := func() {
		debugSeen.Lock()
		debugSeen.sites = nil
		debugSeen.Unlock()
	}
	reset()
	debugThreshold = threshold
	debugOutput = func(r debugReport) {
		mu.Lock()
		got = append(got, r)
		mu.Unlock()
	}
	reports = func() []DebugReport {
		mu.Lock()
		defer mu.Unlock()
		return append([]DebugReport(nil), got...)
	}
	restore = func() {
		debugThreshold, debugOutput = prevThreshold, prevOutput
		reset()
	}
	return reports, restore
}

// UntimedSyscall6 is the trampoline itself, without the timing and
// reporting that Syscall6 adds in this build (whose Go code, run after the
// kernel returns, may yield the P).
var UntimedSyscall6 = rawSyscall6

// Syscall3 is the unexported three-argument trampoline that the wrappers of
// calls with at most three arguments make (in the zcalldebug build, its
// timed Go function), for the external tests.
var Syscall3 = syscall3
