// Command zcallbench compares the cost of one non-blocking system call made
// through zcall with the same call made through the standard library's
// paths and through golang.org/x/sys/unix, on the machine it runs on.
//
//	go run ./cmd/zcallbench [-rounds N] [-time D] [-format table|json|bench] [-svg FILE]
//
// Each operation (getppid, a read that fails with EAGAIN, a pipe round
// trip, and on Linux an eventfd write and an io_uring NOP) is made in a
// loop through zcall, syscall.Syscall (which tells the scheduler, via
// entersyscall/exitsyscall), syscall.RawSyscall (which does not), the
// standard library's typed function where there is one, and x/sys/unix
// where it has the same call. The paths are timed in rounds, interleaved
// and in a rotating order, so that a noisy moment of the machine falls on
// every path alike. On Linux a path runs on one locked thread and is timed
// by that thread's CPU time (user and kernel), so that time spent waiting
// for a CPU that other processes hold is not counted; the parallel row,
// and darwin and FreeBSD, use the wall clock.
//
// The table gives, per path, the median of the rounds with the 95%
// confidence interval of the median, and the ratio of its median to
// zcall's, shown as "~" when the Mann–Whitney U test on the rounds finds
// no significant difference (p ≥ 0.05): the statistics benchstat uses.
// With -format=bench it prints the rounds as Go benchmark lines, for
// benchstat (golang.org/x/perf/cmd/benchstat) to compare runs, machines
// and Go versions; with -format=json, a JSON document. With -svg the
// figures are also drawn as a bar chart. Progress goes to standard error,
// the results to standard output.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"time"

	"code.hybscloud.com/zcall/internal/benchops"
)

// Result holds the figures of one operation.
type Result struct {
	Name string `json:"name"`
	What string `json:"what"`
	Skip string `json:"skip,omitempty"`
	// Parallel is set for the operation made in GOMAXPROCS goroutines
	// at once, timed by the wall clock.
	Parallel bool                  `json:"parallel,omitempty"`
	NsPerOp  map[string]float64    `json:"ns_per_op,omitempty"` // median of the rounds, per path
	CI       map[string][2]float64 `json:"ci_ns,omitempty"`     // 95% confidence interval of the median, where the rounds give one
	Rounds   map[string][]float64  `json:"rounds_ns,omitempty"` // every round, per path
	Iters    map[string]int        `json:"iterations,omitempty"`
	Speedup  map[string]float64    `json:"speedup,omitempty"` // path's median / zcall's median
	P        map[string]float64    `json:"p,omitempty"`       // Mann–Whitney U test of the path's rounds against zcall's
	Paths    []string              `json:"paths,omitempty"`   // the paths measured, in row order
}

// Report is what -format=json prints.
type Report struct {
	Machine Machine  `json:"machine"`
	Rounds  int      `json:"rounds"`
	Time    string   `json:"time_per_round"`
	Clock   string   `json:"clock"` // what the ns/op figures measure
	Alpha   float64  `json:"alpha"` // a p-value below it is a significant difference
	Results []Result `json:"results"`
}

// Machine names the machine the figures come from.
type Machine struct {
	CPU        string `json:"cpu"`
	Cores      int    `json:"cores"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	Kernel     string `json:"kernel"`
	GoVersion  string `json:"go"`
	GOOS       string `json:"goos"`
	GOARCH     string `json:"goarch"`
}

func (m Machine) String() string {
	return fmt.Sprintf("%s, %d cores, %s %s, %s %s/%s", m.CPU, m.Cores, m.GOOS, m.Kernel, m.GoVersion, m.GOOS, m.GOARCH)
}

// columns lists the paths in the order of the table's rows.
var columns = append(append([]string(nil), benchops.Paths...), benchops.Unix)

// config holds the parsed command line.
type config struct {
	rounds int
	per    time.Duration
	format string
	svg    string
}

const usageText = `zcallbench times one non-blocking system call made through zcall and the
same call made through the standard library's paths and golang.org/x/sys/unix,
on this machine, and prints the figures with their spread and significance.

Usage:

	go run ./cmd/zcallbench [flags]

Operations: getppid through the 4- and 6-argument entry points; a 64-byte
read from an empty non-blocking pipe (EAGAIN); 64 bytes written into a pipe
and read back; on Linux an eventfd write and one io_uring NOP; last, the
EAGAIN read in GOMAXPROCS goroutines at once.

Paths (the "bench name" is the sub-benchmark key of -format=bench):

	path                bench name  the call
	zcall               zcall       zcall.Syscall4/Syscall6/Read/Write/IoUringEnter
	syscall.Syscall     Syscall     syscall.Syscall/Syscall6: tells the scheduler
	                                (entersyscall/exitsyscall)
	syscall.RawSyscall  RawSyscall  syscall.RawSyscall/RawSyscall6: does not
	syscall func        func        syscall.Getppid/Read/Write, where one exists
	x/sys/unix          unix        unix.Getppid/Syscall6/Read/Write

The paths are timed in interleaved rounds. On Linux each runs on one locked
thread and is timed by that thread's CPU time (user and kernel); the parallel
row, and darwin and FreeBSD, use the wall clock.

Table columns:

	operation  the call
	path       how it is made
	ns/op      median over the rounds, ± the 95% confidence interval of the
	           median as a percentage of it ("±∞" with fewer than 6 rounds)
	vs zcall   the path's median / zcall's (above 1x, zcall took less time);
	           "~" when the Mann–Whitney U test on the two paths' rounds
	           finds no significant difference (p ≥ 0.05; it never can with
	           fewer than 4 rounds)
	p, n       that test's p-value and the rounds on each side

These are benchstat's statistics: -format=bench feeds it the same rounds.

	go install golang.org/x/perf/cmd/benchstat@latest
	go run ./cmd/zcallbench -format=bench > old.txt
	# change something: the Go version, the machine, the code
	go run ./cmd/zcallbench -format=bench > new.txt
	benchstat old.txt new.txt       # each path, old against new
	benchstat -col /path new.txt    # the paths side by side

Flags:

`

// parseArgs parses the command line. It returns flag.ErrHelp for -h, and
// an error naming the fault for anything it cannot use.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("zcallbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.rounds, "rounds", 15, "timed `rounds` per path (at least 1; 6 or more for a finite ±, 4 or more for a significant difference)")
	fs.DurationVar(&c.per, "time", 10*time.Millisecond, "length of one path's run in a round")
	fs.StringVar(&c.format, "format", "table", "output: `table`, json (every figure and round) or bench (Go benchmark lines for benchstat)")
	asJSON := fs.Bool("json", false, "same as -format=json")
	fs.StringVar(&c.svg, "svg", "", "also draw the results as an SVG bar chart into `file`")
	fs.Usage = func() {} // printed below for -h; a fault gets one line
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, usageText)
			fs.PrintDefaults()
		} else {
			fmt.Fprintln(stderr, "zcallbench: see -h for the flags") // after the flag package's line naming the fault
		}
		return c, err
	}
	fail := func(format string, a ...any) (config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintf(stderr, "zcallbench: %v (see -h)\n", err)
		return c, err
	}
	if fs.NArg() != 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if c.rounds < 1 {
		return fail("-rounds %d: need at least 1", c.rounds)
	}
	if c.per <= 0 {
		return fail("-time %v: need a positive duration", c.per)
	}
	if *asJSON {
		if c.format != "table" && c.format != "json" {
			return fail("-json and -format=%s: choose one", c.format)
		}
		c.format = "json"
	}
	switch c.format {
	case "table", "json", "bench":
	default:
		return fail("-format %q: want table, json or bench", c.format)
	}
	return c, nil
}

// outFile is a file opened before the measurements, so that a path that
// cannot be written fails at once, and written after them.
type outFile struct {
	f       *os.File
	created bool
}

func openOut(path string) (*outFile, error) {
	_, statErr := os.Lstat(path)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	return &outFile{f, statErr != nil}, nil
}

// write replaces the file's content with data and closes it.
func (o *outFile) write(data []byte) error {
	err := o.f.Truncate(0)
	if err == nil {
		_, err = o.f.WriteAt(data, 0)
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// abandon closes the file and removes it if it did not exist before.
func (o *outFile) abandon() {
	o.f.Close()
	if o.created {
		os.Remove(o.f.Name())
	}
}

func main() {
	os.Exit(mainCode(os.Args[1:], os.Stdout, os.Stderr))
}

// mainCode runs the command and returns its exit code: 0 when done, 1 when
// a measurement or an output failed, 2 for a command line it cannot use.
func mainCode(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	var svg *outFile
	if cfg.svg != "" {
		if svg, err = openOut(cfg.svg); err != nil {
			fmt.Fprintf(stderr, "zcallbench: -svg: %v\n", err)
			return 2
		}
	}
	rep, err := run(cfg.rounds, cfg.per, stderr)
	if err == nil {
		switch cfg.format {
		case "json":
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			err = enc.Encode(rep)
		case "bench":
			err = printBench(stdout, rep)
		default:
			err = printTable(stdout, rep)
		}
	}
	if svg != nil {
		if err == nil {
			err = svg.write([]byte(drawSVG(rep)))
		} else {
			svg.abandon()
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "zcallbench:", err)
		return 1
	}
	return 0
}

// run measures every operation: first it sizes each path's loop to last
// about per, then it times rounds of all paths interleaved. It says on
// progress what it is about to do before it starts.
func run(rounds int, per time.Duration, progress io.Writer) (*Report, error) {
	rep := &Report{Machine: machine(), Rounds: rounds, Time: per.String(), Clock: "wall clock", Alpha: alpha}
	if threadClock {
		rep.Clock = "CPU time of the calling thread; wall clock for the parallel row"
	}
	fmt.Fprintf(progress, "zcallbench: %s\n", rep.Machine)
	set, err := benchops.New()
	if err != nil {
		return nil, err
	}
	defer set.Close()

	type job struct {
		res  *Result
		path benchops.Path
		n    int
		wall bool
	}
	var jobs []job
	var names []string
	rep.Results = make([]Result, len(set.Ops))
	for i, op := range set.Ops {
		r := &rep.Results[i]
		*r = Result{Name: op.Name, What: op.What, Skip: op.Skip, Parallel: op.Parallel}
		if op.Skip != "" {
			fmt.Fprintf(progress, "skipping %s: %s\n", op.Name, op.Skip)
			continue
		}
		names = append(names, op.Name)
		for _, name := range columns {
			p := op.Path(name)
			if name == benchops.Unix {
				p = op.Unix
			}
			if p == nil {
				continue
			}
			r.Paths = append(r.Paths, name)
			jobs = append(jobs, job{res: r, path: *p, wall: op.Parallel})
		}
	}
	// Sizing takes about a quarter of per a path.
	est := time.Duration(rounds*len(jobs))*per + time.Duration(len(jobs))*per/3
	fmt.Fprintf(progress, "timing %s through up to %d paths each: %d rounds of %v per path, about %v\n",
		strings.Join(names, ", "), len(columns), rounds, per, est.Round(100*time.Millisecond))
	for k := range jobs {
		j := &jobs[k]
		if j.n, err = size(j.path, per); err != nil {
			return nil, fmt.Errorf("%s through %s: %v", j.res.Name, j.path.Name, err)
		}
	}
	for round := range rounds {
		fmt.Fprintf(progress, "round %d/%d\n", round+1, rounds)
		// Rotate the order each round so that no path always runs
		// right after the same neighbour.
		for k := range jobs {
			j := jobs[(k+round*len(jobs)/rounds)%len(jobs)]
			ns, err := timeRun(j.path, j.n, j.wall)
			if err != nil {
				return nil, fmt.Errorf("%s through %s: %v", j.res.Name, j.path.Name, err)
			}
			if j.res.Rounds == nil {
				j.res.Rounds, j.res.Iters = map[string][]float64{}, map[string]int{}
			}
			j.res.Rounds[j.path.Name] = append(j.res.Rounds[j.path.Name], ns)
			j.res.Iters[j.path.Name] = j.n
		}
	}
	for i := range rep.Results {
		summarize(&rep.Results[i])
	}
	return rep, nil
}

// summarize fills in the medians, their intervals, the ratios to zcall and
// the U tests from r.Rounds.
func summarize(r *Result) {
	if r.Skip != "" || len(r.Rounds) == 0 {
		return
	}
	r.NsPerOp, r.CI = map[string]float64{}, map[string][2]float64{}
	r.Speedup, r.P = map[string]float64{}, map[string]float64{}
	for name, ns := range r.Rounds {
		r.NsPerOp[name] = median(ns)
		if lo, hi := medianCI(ns, confidence); !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
			r.CI[name] = [2]float64{lo, hi}
		}
	}
	base, ok := r.NsPerOp[benchops.Zcall]
	if !ok || base <= 0 {
		return
	}
	for name, ns := range r.NsPerOp {
		if name != benchops.Zcall {
			r.Speedup[name] = ns / base
			r.P[name] = uTest(r.Rounds[name], r.Rounds[benchops.Zcall])
		}
	}
}

// size returns a loop count for which p takes about per.
func size(p benchops.Path, per time.Duration) (int, error) {
	n := 100
	for {
		start := time.Now()
		if bad := p.Run(n); bad != 0 {
			return 0, fmt.Errorf("errno %d", bad)
		}
		d := time.Since(start)
		if d >= per/4 || n >= 1<<30 {
			k := int(float64(n) * float64(per) / float64(max(d, time.Microsecond)))
			return max(k, 1), nil
		}
		n *= 8
	}
}

// timeRun runs p n times and returns the nanoseconds per call. Unless
// wall is set, and where the platform has a per-thread CPU clock, it runs
// p on one locked thread and measures that thread's CPU time (user and
// kernel), so that time the thread spends waiting for a CPU that other
// processes hold is not charged to the path.
func timeRun(p benchops.Path, n int, wall bool) (float64, error) {
	var d time.Duration
	var bad uintptr
	if !wall && threadClock {
		runtime.LockOSThread()
		start := threadTime()
		bad = p.Run(n)
		d = threadTime() - start
		runtime.UnlockOSThread()
	} else {
		start := time.Now()
		bad = p.Run(n)
		d = time.Since(start)
	}
	if bad != 0 {
		return 0, fmt.Errorf("errno %d", bad)
	}
	return float64(d.Nanoseconds()) / float64(n), nil
}
