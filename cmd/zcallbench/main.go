//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

// Command zcallbench compares the cost of one non-blocking system call made
// through zcall with the same call made through the standard library's
// paths, on the machine it runs on.
//
//	go run ./cmd/zcallbench [-rounds N] [-time D] [-json] [-svg FILE]
//
// Each operation (getppid, a read that fails with EAGAIN, a pipe round
// trip, and on Linux an eventfd write and an io_uring NOP) is made in a
// loop through zcall, syscall.Syscall (which tells the scheduler, via
// entersyscall/exitsyscall), syscall.RawSyscall (which does not) and the
// standard library's typed function where there is one. The paths are
// timed in rounds, interleaved and in a rotating order, and the median of
// the rounds is reported, so that a noisy moment of the machine falls on
// every path alike instead of inventing a winner. On Linux a path runs on
// one locked thread and is timed by that thread's CPU time (user and
// kernel), which other processes' load on the machine does not inflate;
// the parallel row, and darwin and FreeBSD, use the wall clock. Progress
// goes to standard error; the table (or, with -json, a JSON document) to
// standard output. With -svg the same figures are also drawn as a bar
// chart.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"code.hybscloud.com/zcall/internal/benchops"
)

// Result holds the figures of one operation.
type Result struct {
	Name    string               `json:"name"`
	What    string               `json:"what"`
	Skip    string               `json:"skip,omitempty"`
	NsPerOp map[string]float64   `json:"ns_per_op,omitempty"` // median of the rounds, per path
	Rounds  map[string][]float64 `json:"rounds_ns,omitempty"` // every round, per path
	Speedup map[string]float64   `json:"speedup,omitempty"`   // path's median / zcall's median
	Paths   []string             `json:"paths,omitempty"`     // the paths measured, in column order
}

// Report is what -json prints.
type Report struct {
	Machine Machine  `json:"machine"`
	Rounds  int      `json:"rounds"`
	Time    string   `json:"time_per_round"`
	Clock   string   `json:"clock"` // what the ns/op figures measure
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

func main() {
	rounds := flag.Int("rounds", 15, "timed `rounds` per path; the median is reported")
	per := flag.Duration("time", 10*time.Millisecond, "length of one path's run in a round")
	asJSON := flag.Bool("json", false, "print the results as JSON instead of a table")
	svg := flag.String("svg", "", "also draw the results as an SVG bar chart into `file`")
	flag.Parse()
	if flag.NArg() != 0 || *rounds < 1 || *per <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	rep, err := run(*rounds, *per, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "zcallbench:", err)
		os.Exit(1)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = printTable(os.Stdout, rep)
	}
	if err == nil && *svg != "" {
		err = os.WriteFile(*svg, []byte(drawSVG(rep)), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "zcallbench:", err)
		os.Exit(1)
	}
}

// run measures every operation: first it sizes each path's loop to last
// about per, then it times rounds of all paths interleaved.
func run(rounds int, per time.Duration, progress io.Writer) (*Report, error) {
	set, err := benchops.New()
	if err != nil {
		return nil, err
	}
	defer set.Close()
	rep := &Report{Machine: machine(), Rounds: rounds, Time: per.String(), Clock: "wall clock"}
	if threadClock {
		rep.Clock = "CPU time of the calling thread; wall clock for the parallel row"
	}
	fmt.Fprintf(progress, "zcallbench: %s\n", rep.Machine)

	type job struct {
		res  *Result
		path benchops.Path
		n    int
		wall bool
	}
	var jobs []job
	rep.Results = make([]Result, len(set.Ops))
	for i, op := range set.Ops {
		r := &rep.Results[i]
		*r = Result{Name: op.Name, What: op.What, Skip: op.Skip}
		if op.Skip != "" {
			fmt.Fprintf(progress, "skipping %s: %s\n", op.Name, op.Skip)
			continue
		}
		r.NsPerOp, r.Rounds, r.Speedup = map[string]float64{}, map[string][]float64{}, map[string]float64{}
		for _, name := range benchops.Paths {
			p := op.Path(name)
			if p == nil {
				continue
			}
			r.Paths = append(r.Paths, name)
			n, err := size(*p, per)
			if err != nil {
				return nil, fmt.Errorf("%s through %s: %v", op.Name, name, err)
			}
			jobs = append(jobs, job{r, *p, n, op.Parallel})
		}
	}
	fmt.Fprintf(progress, "timing %d paths, %d rounds of %v each\n", len(jobs), rounds, per)
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
			j.res.Rounds[j.path.Name] = append(j.res.Rounds[j.path.Name], ns)
		}
	}
	for i := range rep.Results {
		r := &rep.Results[i]
		if r.Skip != "" {
			continue
		}
		for name, ns := range r.Rounds {
			r.NsPerOp[name] = median(ns)
		}
		for name, ns := range r.NsPerOp {
			if name != benchops.Zcall && r.NsPerOp[benchops.Zcall] > 0 {
				r.Speedup[name] = ns / r.NsPerOp[benchops.Zcall]
			}
		}
	}
	return rep, nil
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

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// printTable writes the human-readable table.
func printTable(w io.Writer, rep *Report) error {
	fmt.Fprintf(w, "machine: %s\n", rep.Machine)
	fmt.Fprintf(w, "ns/op, median of %d rounds of %s (%s); speed-up = that path's ns/op / zcall's\n\n", rep.Rounds, rep.Time, rep.Clock)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"operation"}
	head = append(head, benchops.Paths...)
	head = append(head, "vs Syscall", "vs RawSyscall", "vs func", "")
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rep.Results {
		row := []string{r.Name}
		if r.Skip != "" {
			row = append(row, "skipped: "+r.Skip)
			fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
			continue
		}
		for _, p := range benchops.Paths {
			if ns, ok := r.NsPerOp[p]; ok {
				row = append(row, fmt.Sprintf("%.1f", ns))
			} else {
				row = append(row, "-")
			}
		}
		for _, p := range []string{benchops.Syscall, benchops.Raw, benchops.Func} {
			if x, ok := r.Speedup[p]; ok {
				row = append(row, fmt.Sprintf("%.2fx", x))
			} else {
				row = append(row, "-")
			}
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nsyscall.Syscall tells the scheduler (entersyscall/exitsyscall); syscall.RawSyscall and zcall do not.\n")
	fmt.Fprintf(w, "\"syscall func\" is syscall.Getppid/Read/Write where one exists.\n")
	_, err := fmt.Fprintf(w, "GOMAXPROCS=%d\n", runtime.GOMAXPROCS(0))
	return err
}
