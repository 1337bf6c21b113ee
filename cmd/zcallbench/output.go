package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"code.hybscloud.com/zcall/internal/benchops"
)

// benchPath maps a path to its sub-benchmark key in -format=bench: a
// name without spaces or slashes, which benchmark names cannot hold.
var benchPath = map[string]string{
	benchops.Zcall:   "zcall",
	benchops.Syscall: "Syscall",
	benchops.Raw:     "RawSyscall",
	benchops.Func:    "func",
	benchops.Unix:    "unix",
}

// benchName turns an operation's name into a benchmark name: its words
// capitalized and joined ("read EAGAIN" gives ReadEAGAIN, "io_uring NOP"
// IoUringNOP). A parallel operation's name ends in xGOMAXPROCS, which
// becomes Parallel, so that runs with different GOMAXPROCS compare.
func benchName(r Result) string {
	name := r.Name
	if r.Parallel {
		if i := strings.LastIndex(name, " x"); i > 0 {
			name = name[:i]
		}
		name += " parallel"
	}
	var b strings.Builder
	b.WriteString("Benchmark")
	for _, w := range strings.FieldsFunc(name, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c)
	}) {
		c, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(c))
		b.WriteString(w[n:])
	}
	return b.String()
}

// printBench writes every round as a Go benchmark result line, after the
// header lines go test prints, in the format benchstat reads:
//
//	BenchmarkReadEAGAIN/path=zcall-2  1234567  250.90 ns/op
//
// The -N suffix is GOMAXPROCS, left out when it is 1, as go test does.
func printBench(w io.Writer, rep *Report) error {
	fmt.Fprintf(w, "goos: %s\ngoarch: %s\npkg: code.hybscloud.com/zcall/cmd/zcallbench\ncpu: %s\n",
		rep.Machine.GOOS, rep.Machine.GOARCH, rep.Machine.CPU)
	suffix := ""
	if rep.Machine.GOMAXPROCS != 1 {
		suffix = fmt.Sprintf("-%d", rep.Machine.GOMAXPROCS)
	}
	for _, r := range rep.Results {
		if r.Skip != "" {
			continue
		}
		name := benchName(r)
		for _, p := range r.Paths {
			for _, ns := range r.Rounds[p] {
				fmt.Fprintf(w, "%s/path=%s%s\t%d\t%.2f ns/op\n", name, benchPath[p], suffix, r.Iters[p], ns)
			}
		}
	}
	_, err := fmt.Fprintln(w, "PASS")
	return err
}

// ratio formats the comparison of a path with zcall: the ratio of the
// medians, or "~" when the rounds do not differ significantly.
func ratio(r Result, p string) string {
	x, ok := r.Speedup[p]
	if !ok {
		return ""
	}
	if r.P[p] >= alpha {
		return "~"
	}
	return fmt.Sprintf("%.2fx", x)
}

// testNote formats the U test's p-value and the rounds behind it, as
// benchstat does: n=15, or n=15+14 when the sides differ.
func testNote(r Result, p string) string {
	pv, ok := r.P[p]
	if !ok {
		return ""
	}
	n1, n2 := len(r.Rounds[p]), len(r.Rounds[benchops.Zcall])
	n := fmt.Sprint(n1)
	if n1 != n2 {
		n = fmt.Sprintf("%d+%d", n1, n2)
	}
	return fmt.Sprintf("(p=%.3f n=%s)", pv, n)
}

// printTable writes the human-readable table, one row per operation and
// path.
func printTable(w io.Writer, rep *Report) error {
	fmt.Fprintf(w, "machine: %s\n", rep.Machine)
	fmt.Fprintf(w, "ns/op: median of %d rounds of %s, ± the 95%% confidence interval of the median; clock: %s\n", rep.Rounds, rep.Time, rep.Clock)
	fmt.Fprintf(w, "vs zcall: the path's median / zcall's (above 1x, zcall took less time); ~: no significant difference (Mann–Whitney U test, p ≥ %g)\n\n", rep.Alpha)
	rows := [][]string{{"operation", "path", "ns/op", "", "vs zcall", ""}}
	for _, r := range rep.Results {
		if r.Skip != "" {
			rows = append(rows, []string{r.Name, "skipped: " + r.Skip})
			continue
		}
		for i, p := range r.Paths {
			op := ""
			if i == 0 {
				op = r.Name
			}
			m := r.NsPerOp[p]
			lo, hi := math.Inf(-1), math.Inf(1)
			if ci, ok := r.CI[p]; ok {
				lo, hi = ci[0], ci[1]
			}
			rows = append(rows, []string{op, p, fmt.Sprintf("%.1f", m), spread(m, lo, hi), ratio(r, p), testNote(r, p)})
		}
	}
	// Names are aligned left, figures right.
	right := []bool{false, false, true, false, true, false}
	var width [6]int
	for _, row := range rows {
		if len(row) < 6 {
			// A skipped operation's note runs on past the columns.
			width[0] = max(width[0], utf8.RuneCountInString(row[0]))
			continue
		}
		for i, c := range row {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", max(0, width[i]-utf8.RuneCountInString(c)))
			switch i {
			case 0:
			case 3:
				b.WriteString(" ") // the ± goes with its figure
			default:
				b.WriteString("  ")
			}
			if right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintln(w)
	if rep.Rounds < 6 {
		fmt.Fprintf(w, "With fewer than 6 rounds the median has no finite 95%% confidence interval (±∞).\n")
	}
	if rep.Rounds < 4 {
		fmt.Fprintf(w, "With fewer than 4 rounds no difference can be significant at p < %g: every ratio is ~.\n", rep.Alpha)
	}
	fmt.Fprintf(w, "syscall.Syscall tells the scheduler (entersyscall/exitsyscall); syscall.RawSyscall and zcall do not.\n")
	fmt.Fprintf(w, "\"syscall func\" is syscall.Getppid/Read/Write where one exists; x/sys/unix is golang.org/x/sys/unix's function for the call.\n")
	_, err := fmt.Fprintf(w, "GOMAXPROCS=%d\n", rep.Machine.GOMAXPROCS)
	return err
}
