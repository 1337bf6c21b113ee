package main

import (
	"bufio"
	"os"
	"runtime"
	"strings"
	"syscall"
)

// machine describes this machine from /proc/cpuinfo and uname(2).
func machine() Machine {
	m := Machine{CPU: "unknown CPU", Cores: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		GoVersion: runtime.Version(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// x86 has "model name"; arm64 kernels have no name at all,
			// riscv64 has "uarch", loong64 has "Model Name".
			k, v, ok := strings.Cut(sc.Text(), ":")
			k = strings.ToLower(strings.TrimSpace(k))
			if ok && (k == "model name" || k == "uarch" || k == "cpu model") && strings.TrimSpace(v) != "" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	var u syscall.Utsname
	if syscall.Uname(&u) == nil {
		var b strings.Builder
		for _, c := range u.Release {
			if c == 0 {
				break
			}
			b.WriteByte(byte(c))
		}
		m.Kernel = b.String()
	}
	return m
}
