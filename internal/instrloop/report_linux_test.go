package instrloop

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
)

// floors are the ceilings held on linux/amd64, in user-space instructions
// per call with the empty loop subtracted: a change that makes one of
// these calls dearer fails the script.
var floors = map[string]float64{
	"getppid/4|zcall.Syscall4": 22,
	"getppid/6|zcall.Syscall6": 26,
	"read EAGAIN|zcall.Read":   27,
}

// wrapperSlack is how many instructions a wrapper may cost beyond the
// same call made through the trampoline directly.
const wrapperSlack = 2

// report reads "NAME COUNT" lines, the instructions callgrind counted in
// each loop of n calls, and prints the per-call figures: the comparison of
// zcall with the standard library and x/sys/unix, then every wrapper
// against its trampoline call, then a summary by family. ok is false if a
// floor (linux/amd64) or the wrapper limit is missed.
func report(in io.Reader, out io.Writer, n int) (ok bool, err error) {
	counts := map[string]float64{}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		name, c, found := strings.Cut(strings.TrimSpace(sc.Text()), "\t")
		v, err := strconv.ParseFloat(c, 64)
		if !found || err != nil {
			return false, fmt.Errorf("report: bad line %q (want NAME<tab>COUNT)", sc.Text())
		}
		counts[name] = v
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	const emptyName = "empty loop|-"
	empty, found := counts[emptyName]
	if !found {
		return false, fmt.Errorf("report: no count for %q", emptyName)
	}
	per := func(name string) (float64, error) {
		c, found := counts[name]
		if !found {
			return 0, fmt.Errorf("report: no count for %q", name)
		}
		// Tenths: a count that a rare event (a page fault, a timer
		// signal) raised by a few instructions in 100000 calls rounds away.
		return math.Round((c-empty)/float64(n)*10) / 10, nil
	}
	amd64 := runtime.GOOS == "linux" && runtime.GOARCH == "amd64"
	ok = true

	fmt.Fprintf(out, "user-space instructions per call: callgrind, %s/%s, %s, %s\n", runtime.GOOS, runtime.GOARCH, runtime.Version(), cpuName())
	fmt.Fprintf(out, "least of the runs of %d calls per loop, GOMAXPROCS=1 GOGC=off; the empty loop (%.1f/iteration) subtracted\n", n, empty/float64(n))
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "operation\tpath\tinstr/call\tlimit\t")
	for _, l := range loops {
		if l.name() == emptyName {
			continue
		}
		v, err := per(l.name())
		if err != nil {
			return false, err
		}
		note := ""
		if t, found := floors[l.name()]; found && amd64 {
			note = fmt.Sprintf("<= %g ok", t)
			if v > t {
				note = fmt.Sprintf("<= %g MISSED", t)
				ok = false
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%s\t\n", l.op, l.path, v, note)
	}
	tw.Flush()
	if len(wrappers) == 0 {
		return ok, nil
	}

	type family struct {
		name             string
		count            int
		lo, hi, maxExtra float64
	}
	var fams []*family
	byName := map[string]*family{}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "every raw wrapper against the same call through the trampoline (limit: +%d)\n", wrapperSlack)
	fmt.Fprintln(out)
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "wrapper\tpath\tinstr/call\ttrampoline call\tinstr/call\tdiff\t\t")
	for _, w := range wrappers {
		v, err := per("wrapper|" + w.name)
		if err != nil {
			return false, err
		}
		r, err := per("raw|" + w.name)
		if err != nil {
			return false, err
		}
		extra := v - r
		call := w.via
		if w.via == "syscall3" {
			call = "Syscall4, a4 = 0 (*)"
		}
		note := "ok"
		if extra > wrapperSlack {
			note = "MISSED"
			ok = false
		}
		path := "ok"
		if w.errno != 0 {
			path = errnoName(w.errno)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%s\t%.1f\t%+.1f\t%s\t\n", w.name, path, v, call, r, extra, note)
		f := byName[w.family]
		if f == nil {
			f = &family{name: w.family, lo: math.Inf(1), hi: math.Inf(-1), maxExtra: math.Inf(-1)}
			byName[w.family] = f
			fams = append(fams, f)
		}
		f.count++
		f.lo, f.hi, f.maxExtra = min(f.lo, v), max(f.hi, v), max(f.maxExtra, extra)
	}
	tw.Flush()
	fmt.Fprintln(out, "(*) the wrapper makes syscall3, the unexported three-argument trampoline:")
	fmt.Fprintln(out, "    the same call as Syscall4 with a 0 fourth argument, without that argument's store and load")

	fmt.Fprintln(out)
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "family\twrappers\tinstr/call\tmost over the trampoline call\t")
	for _, f := range fams {
		fmt.Fprintf(tw, "%s\t%d\t%.0f–%.0f\t%+.0f\t\n", f.name, f.count, f.lo, f.hi, f.maxExtra)
	}
	tw.Flush()
	return ok, nil
}

// errnoName is the symbolic name of an errno a wrapper loop expects.
func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.EAGAIN:
		return "EAGAIN"
	case syscall.EBADF:
		return "EBADF"
	case syscall.EINVAL:
		return "EINVAL"
	case syscall.ENOSYS:
		return "ENOSYS"
	case syscall.EAFNOSUPPORT:
		return "EAFNOSUPPORT"
	}
	return e.Error()
}

func cpuName() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, found := strings.Cut(line, ":"); found && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
