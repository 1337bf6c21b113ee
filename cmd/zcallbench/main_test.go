package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"code.hybscloud.com/zcall/internal/benchops"
)

// TestRun: a short run measures every operation through every path, the
// x/sys/unix one included, and the outputs (table, bench lines, JSON,
// SVG) carry its figures.
func TestRun(t *testing.T) {
	var progress bytes.Buffer
	rep, err := run(6, time.Millisecond, &progress)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"timing getppid/4, ", "round 6/6"} {
		if !strings.Contains(progress.String(), want) {
			t.Errorf("progress lacks %q:\n%s", want, progress.String())
		}
	}
	if rep.Machine.Cores < 1 || rep.Machine.GoVersion == "" {
		t.Errorf("machine: %+v", rep.Machine)
	}
	var table bytes.Buffer
	if err := printTable(&table, rep); err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(r.Name) + ` `).MatchString(table.String()) {
			t.Errorf("table has no row starting with %q:\n%s", r.Name, table.String())
		}
		if r.Skip != "" {
			continue
		}
		if !slices.Contains(r.Paths, benchops.Unix) {
			t.Errorf("%s: no x/sys/unix path in %v", r.Name, r.Paths)
		}
		for _, p := range r.Paths {
			if len(r.Rounds[p]) != 6 || r.NsPerOp[p] <= 0 || r.Iters[p] < 1 {
				t.Errorf("%s/%s: rounds %v, median %v, iterations %d", r.Name, p, r.Rounds[p], r.NsPerOp[p], r.Iters[p])
			}
			if ci, ok := r.CI[p]; !ok || ci[0] > r.NsPerOp[p] || ci[1] < r.NsPerOp[p] {
				t.Errorf("%s/%s: median %v outside its interval %v", r.Name, p, r.NsPerOp[p], ci)
			}
		}
		if r.Speedup[benchops.Syscall] <= 0 || r.P[benchops.Syscall] <= 0 || r.P[benchops.Syscall] > 1 {
			t.Errorf("%s: against syscall.Syscall: ratio %v, p %v", r.Name, r.Speedup, r.P)
		}
	}
	var bench bytes.Buffer
	if err := printBench(&bench, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bench.String(), "\nBenchmarkReadEAGAIN/path=zcall") {
		t.Errorf("bench output lacks ReadEAGAIN/path=zcall:\n%s", bench.String())
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil || len(back.Results) != len(rep.Results) {
		t.Fatalf("JSON round trip: %v, %d results", err, len(back.Results))
	}
	svg := drawSVG(rep)
	var doc struct {
		XMLName xml.Name
		Rects   []struct{} `xml:"rect"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Fatalf("SVG does not parse as svg: %v", err)
	}
	if len(doc.Rects) < 2 {
		t.Errorf("SVG has %d rects", len(doc.Rects))
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}, {[]float64{9, 1, 1, 1, 9}, 1}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestMedianCI: the 95% interval of the median is the pair of order
// statistics the binomial tables give (n=6: 1st and 6th, coverage
// 0.969; n=10: 2nd and 9th, 0.979; n=15: 4th and 12th, 0.965). With 5
// values, 1st to 5th covers only 30/32, so the interval reaches to -∞ on
// the side taken first (up to the 5th: 31/32); with 1, to both sides.
func TestMedianCI(t *testing.T) {
	for _, c := range []struct {
		n, lo, hi int // 1-based order statistics; 0 and n+1 for -∞ and +∞
	}{{1, 0, 2}, {5, 0, 5}, {6, 1, 6}, {10, 2, 9}, {15, 4, 12}} {
		v := make([]float64, c.n)
		for i := range v {
			v[i] = float64(100 + (i*7)%c.n) // 100..100+n-1, shuffled
		}
		order := func(k int) float64 {
			switch k {
			case 0:
				return math.Inf(-1)
			case c.n + 1:
				return math.Inf(1)
			}
			return float64(99 + k)
		}
		lo, hi := medianCI(v, confidence)
		if lo != order(c.lo) || hi != order(c.hi) {
			t.Errorf("n=%d: [%v, %v], want [%v, %v]", c.n, lo, hi, order(c.lo), order(c.hi))
		}
	}
}

func TestSpread(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		m, lo, hi float64
		want      string
	}{
		{100, 95, 108, "±8%"},
		{100, 88, 101, "±12%"},
		{250, 250, 250, "±0%"},
		{100, -inf, 120, "±∞"},
		{100, 90, inf, "±∞"},
		{1, -1, 2, "±?"},
	} {
		if got := spread(c.m, c.lo, c.hi); got != c.want {
			t.Errorf("spread(%v, %v, %v) = %q, want %q", c.m, c.lo, c.hi, got, c.want)
		}
	}
}

// TestUTestKnown: p-values of the two-sided test against values from
// scipy.stats.mannwhitneyu 1.10.1 (method="exact" for the small samples
// without ties, method="asymptotic" with the continuity correction for the
// large ones, which corrects for ties as well).
func TestUTestKnown(t *testing.T) {
	seq := func(from, to float64) []float64 {
		var v []float64
		for x := from; x <= to; x++ {
			v = append(v, x)
		}
		return v
	}
	var tiedX, tiedY []float64
	for i := range 60 {
		tiedX = append(tiedX, float64((i*7)%13))
	}
	for i := range 55 {
		tiedY = append(tiedY, float64((i*5)%11+1))
	}
	for _, c := range []struct {
		name string
		x, y []float64
		want float64
	}{
		{"3 against 3, apart", seq(1, 3), seq(4, 6), 0.1},
		{"4 against 4, apart", seq(1, 4), seq(5, 8), 2.0 / 70},
		{"5 against 5, apart", seq(1, 5), seq(6, 10), 0.007936507936507936},
		{"8 against 10, interleaved",
			[]float64{251.3, 249.8, 260.1, 255.0, 248.2, 252.7, 250.5, 258.9},
			[]float64{262.4, 259.7, 251.9, 270.3, 265.8, 261.1, 257.6, 268.0, 263.3, 256.4},
			0.0043877690936514465},
		{"60 against 60, half overlapping", seq(1, 60), seq(31, 90), 1.4065275903970576e-12},
		{"60 against 55, many ties", tiedX, tiedY, 0.8353507551590542},
	} {
		got := uTest(c.x, c.y)
		if math.Abs(got-c.want) > 1e-9*math.Max(c.want, 1e-3) {
			t.Errorf("%s: p = %v, want %v", c.name, got, c.want)
		}
		if back := uTest(c.y, c.x); back != got {
			t.Errorf("%s: p = %v one way, %v the other", c.name, got, back)
		}
	}
}

// TestUTestExact: for small samples, with and without ties, the p-value
// is twice the smaller tail of the rank sum over every way of splitting
// the pooled values into groups of n1 and n2, counted one by one here.
func TestUTestExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 4))
	for range 300 {
		n1, n2 := 1+rng.IntN(7), 1+rng.IntN(7)
		levels := 2 + rng.IntN(12) // few levels: many ties
		x, y := make([]float64, n1), make([]float64, n2)
		for i := range x {
			x[i] = float64(rng.IntN(levels))
		}
		for i := range y {
			y[i] = float64(rng.IntN(levels) + rng.IntN(3))
		}
		want := bruteP(x, y)
		if got := uTest(x, y); math.Abs(got-want) > 1e-12 {
			t.Errorf("x=%v y=%v: p = %v, counting gives %v", x, y, got, want)
		}
	}
}

// bruteP counts, over every n1-subset of the pooled values, how many
// have a rank sum at most and at least that of x.
func bruteP(x, y []float64) float64 {
	pool := append(slices.Clone(x), y...)
	rank := func(v float64) float64 { // mean rank of v in the pool
		below, equal := 0, 0
		for _, w := range pool {
			if w < v {
				below++
			} else if w == v {
				equal++
			}
		}
		return float64(below) + float64(equal+1)/2
	}
	if slices.Min(pool) == slices.Max(pool) {
		return 1
	}
	sum := func(mask int) (s float64) {
		for i, v := range pool {
			if mask&(1<<i) != 0 {
				s += rank(v)
			}
		}
		return s
	}
	obs := sum(1<<len(x) - 1)
	var below, above, all float64
	for mask := range 1 << len(pool) {
		if popcount(mask) != len(x) {
			continue
		}
		s := sum(mask)
		all++
		if s <= obs+1e-9 {
			below++
		}
		if s >= obs-1e-9 {
			above++
		}
	}
	return math.Min(1, 2*math.Min(below, above)/all)
}

func popcount(m int) (n int) {
	for ; m != 0; m &= m - 1 {
		n++
	}
	return n
}

// TestUTestApprox: at sizes where either method may be used, the normal
// approximation and the exact distribution agree closely.
func TestUTestApprox(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20 {
		x, y := make([]float64, 40), make([]float64, 40)
		for i := range x {
			x[i] = rng.NormFloat64()
			y[i] = rng.NormFloat64() + 0.4
		}
		exact := uTest(x, y) // 40+40 without ties: exact
		var rx int
		pool := append(slices.Clone(x), y...)
		for _, v := range x {
			for _, w := range pool {
				if w <= v {
					rx += 2 // doubled rank: count of values at or below v
				}
			}
		}
		approx := normalP(rx, 40, 40, 0)
		if math.Abs(exact-approx) > 0.005 {
			t.Errorf("exact p %v, normal approximation %v", exact, approx)
		}
	}
}

// TestUTestDegenerate: empty samples and samples of one value throughout
// show no difference; three rounds a side never can (the smallest p is
// 0.1), four can (2/70).
func TestUTestDegenerate(t *testing.T) {
	if p := uTest(nil, []float64{1, 2}); p != 1 {
		t.Errorf("empty sample: p = %v", p)
	}
	if p := uTest([]float64{5, 5, 5}, []float64{5, 5}); p != 1 {
		t.Errorf("all equal: p = %v", p)
	}
	if p := uTest([]float64{1, 2, 3}, []float64{7, 8, 9}); p < alpha {
		t.Errorf("3 rounds a side: p = %v, below %v", p, alpha)
	}
	if p := uTest([]float64{1, 2, 3, 4}, []float64{7, 8, 9, 10}); p >= alpha {
		t.Errorf("4 rounds a side: p = %v, not below %v", p, alpha)
	}
}

func TestBenchName(t *testing.T) {
	for _, c := range []struct {
		r    Result
		want string
	}{
		{Result{Name: "getppid/4"}, "BenchmarkGetppid4"},
		{Result{Name: "read EAGAIN"}, "BenchmarkReadEAGAIN"},
		{Result{Name: "write+read 64B"}, "BenchmarkWriteRead64B"},
		{Result{Name: "io_uring NOP"}, "BenchmarkIoUringNOP"},
		{Result{Name: "read EAGAIN x16", Parallel: true}, "BenchmarkReadEAGAINParallel"},
	} {
		if got := benchName(c.r); got != c.want {
			t.Errorf("benchName(%q) = %q, want %q", c.r.Name, got, c.want)
		}
	}
}

// report returns a report of two operations with made-up rounds: read
// EAGAIN, where syscall.Syscall's rounds lie apart from zcall's and
// syscall.RawSyscall's among them, and a skipped one.
func report(gomaxprocs int) *Report {
	r := Result{Name: "read EAGAIN", Paths: []string{benchops.Zcall, benchops.Syscall, benchops.Raw}, Rounds: map[string][]float64{
		benchops.Zcall:   {100, 101, 102, 103, 104, 105},
		benchops.Syscall: {150, 151, 152, 153, 154, 155},
		benchops.Raw:     {99.5, 100.5, 101.5, 102.5, 103.5, 104.5},
	}, Iters: map[string]int{benchops.Zcall: 1000, benchops.Syscall: 700, benchops.Raw: 990}}
	summarize(&r)
	return &Report{
		Machine: Machine{CPU: "Test CPU", Cores: 2, GOMAXPROCS: gomaxprocs, GOOS: "linux", GOARCH: "amd64"},
		Rounds:  6, Time: "10ms", Clock: "test clock", Alpha: alpha,
		Results: []Result{r, {Name: "io_uring NOP", Skip: "io_uring_setup: ENOSYS"}},
	}
}

func TestPrintTable(t *testing.T) {
	var b bytes.Buffer
	if err := printTable(&b, report(2)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^ *read EAGAIN +zcall +102\.5 ±2%$`),
		regexp.MustCompile(`(?m)^ +syscall\.Syscall +152\.5 ±2% +1\.49x +\(p=0\.002 n=6\)$`),
		regexp.MustCompile(`(?m)^ +syscall\.RawSyscall +102\.0 ±2% +~ +\(p=0\.\d+ n=6\)$`),
		regexp.MustCompile(`(?m)^io_uring NOP +skipped: io_uring_setup: ENOSYS$`),
	} {
		if !want.MatchString(out) {
			t.Errorf("table does not match %s:\n%s", want, out)
		}
	}
}

func TestPrintBench(t *testing.T) {
	for _, c := range []struct {
		gomaxprocs int
		suffix     string
	}{{2, "-2"}, {1, ""}} {
		var b bytes.Buffer
		if err := printBench(&b, report(c.gomaxprocs)); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		head := []string{"goos: linux", "goarch: amd64", "pkg: code.hybscloud.com/zcall/cmd/zcallbench", "cpu: Test CPU"}
		if !slices.Equal(lines[:4], head) {
			t.Errorf("header %q, want %q", lines[:4], head)
		}
		line := regexp.MustCompile(`^BenchmarkReadEAGAIN/path=(zcall|Syscall|RawSyscall)` + c.suffix + `\t(1000|700|990)\t\d+\.\d\d ns/op$`)
		body := lines[4 : len(lines)-1]
		if len(body) != 18 || lines[len(lines)-1] != "PASS" {
			t.Errorf("%d result lines (want 18, one per round and path), last line %q", len(body), lines[len(lines)-1])
		}
		for _, l := range body {
			if !line.MatchString(l) {
				t.Errorf("line %q does not match %s", l, line)
			}
		}
		if !strings.Contains(b.String(), "path=Syscall"+c.suffix+"\t700\t155.00 ns/op\n") {
			t.Errorf("the last syscall.Syscall round is missing:\n%s", b.String())
		}
	}
}

// TestFlags: -h describes the tool; a command line it cannot use fails
// at once with a message naming the fault.
func TestFlags(t *testing.T) {
	var help bytes.Buffer
	if _, err := parseArgs([]string{"-h"}, &help); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v", err)
	}
	for _, want := range []string{"zcallbench times", "Table columns:", "vs zcall", "Mann–Whitney", "-format", "benchstat", "-svg file"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("-h lacks %q:\n%s", want, help.String())
		}
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-rounds", "0"}, "-rounds 0: need at least 1"},
		{[]string{"-time", "0s"}, "-time 0s: need a positive duration"},
		{[]string{"-time", "soon"}, `invalid value "soon" for flag -time`},
		{[]string{"-format", "xml"}, `-format "xml": want table, json or bench`},
		{[]string{"-json", "-format", "bench"}, "-json and -format=bench: choose one"},
		{[]string{"-no-such-flag"}, "flag provided but not defined: -no-such-flag"},
		{[]string{"extra"}, `unexpected argument "extra"`},
	} {
		var stderr bytes.Buffer
		if _, err := parseArgs(c.args, &stderr); err == nil || !strings.Contains(stderr.String(), c.msg) {
			t.Errorf("%q: error %v, message %q; want %q", c.args, err, stderr.String(), c.msg)
		}
	}
	if c, err := parseArgs([]string{"-json"}, &help); err != nil || c.format != "json" {
		t.Errorf("-json: %+v, %v", c, err)
	}
}

// TestBadSVG: an -svg path that cannot be written fails with exit code 2
// before anything is measured.
func TestBadSVG(t *testing.T) {
	dir := t.TempDir()
	for _, path := range []string{filepath.Join(dir, "no-such-dir", "chart.svg"), dir} {
		var stdout, stderr bytes.Buffer
		if code := mainCode([]string{"-svg", path}, &stdout, &stderr); code != 2 {
			t.Errorf("-svg %s: exit code %d, want 2", path, code)
		}
		if !strings.HasPrefix(stderr.String(), "zcallbench: -svg: ") || strings.Contains(stderr.String(), "round") || stdout.Len() != 0 {
			t.Errorf("-svg %s: stderr %q, stdout %q", path, stderr.String(), stdout.String())
		}
	}
}

// TestMainCode, end to end: one short run prints bench lines and writes the
// chart.
func TestMainCode(t *testing.T) {
	svg := filepath.Join(t.TempDir(), "chart.svg")
	var stdout, stderr bytes.Buffer
	if code := mainCode([]string{"-rounds", "2", "-time", "1ms", "-format=bench", "-svg", svg}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\nBenchmarkGetppid4/path=zcall") {
		t.Errorf("no bench lines:\n%s", stdout.String())
	}
	b, err := os.ReadFile(svg)
	if err != nil || !bytes.HasPrefix(b, []byte("<svg ")) {
		t.Errorf("chart: %v, %.40q", err, b)
	}
}
