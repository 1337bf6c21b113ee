package main

import (
	"runtime"
	"syscall"
)

// machine describes this machine from sysctl.
func machine() Machine {
	m := Machine{CPU: "unknown CPU", Cores: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		GoVersion: runtime.Version(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH}
	if s, err := syscall.Sysctl("hw.model"); err == nil && s != "" {
		m.CPU = s
	}
	if s, err := syscall.Sysctl("kern.osrelease"); err == nil {
		m.Kernel = s
	}
	return m
}
