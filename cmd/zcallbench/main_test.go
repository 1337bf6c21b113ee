//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"code.hybscloud.com/zcall/internal/benchops"
)

// TestRun: a short run measures every operation through every path and
// the three outputs (table, JSON, SVG) carry its figures.
func TestRun(t *testing.T) {
	var progress bytes.Buffer
	rep, err := run(3, time.Millisecond, &progress)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress.String(), "round 3/3") {
		t.Errorf("progress lacks the last round:\n%s", progress.String())
	}
	if rep.Machine.Cores < 1 || rep.Machine.GoVersion == "" {
		t.Errorf("machine: %+v", rep.Machine)
	}
	var table bytes.Buffer
	if err := printTable(&table, rep); err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if !strings.Contains(table.String(), r.Name) {
			t.Errorf("table lacks %q:\n%s", r.Name, table.String())
		}
		if r.Skip != "" {
			continue
		}
		for _, p := range r.Paths {
			if len(r.Rounds[p]) != 3 || r.NsPerOp[p] <= 0 {
				t.Errorf("%s/%s: rounds %v, median %v", r.Name, p, r.Rounds[p], r.NsPerOp[p])
			}
		}
		if r.Speedup[benchops.Syscall] <= 0 {
			t.Errorf("%s: no speed-up against syscall.Syscall: %v", r.Name, r.Speedup)
		}
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
