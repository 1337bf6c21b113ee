//go:build (linux && (amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)) || (darwin && arm64) || (freebsd && (amd64 || arm64))

package main

import (
	"fmt"
	"html"
	"math"
	"strings"

	"code.hybscloud.com/zcall/internal/benchops"
)

// Bar colours, one per path, in the order of benchops.Paths.
var colours = map[string]string{
	benchops.Zcall:   "#1f77b4",
	benchops.Syscall: "#d62728",
	benchops.Raw:     "#ff7f0e",
	benchops.Func:    "#7f7f7f",
}

// drawSVG draws the report as horizontal bars, one group per operation,
// one bar per path, labelled with ns/op and zcall's speed-up.
func drawSVG(rep *Report) string {
	const (
		width   = 860
		left    = 150 // operation names
		right   = 110 // room for the labels after a bar
		barH    = 14
		gap     = 3
		groupGp = 16
		top     = 64
	)
	var maxNs float64
	var rows int
	for _, r := range rep.Results {
		if r.Skip != "" {
			rows++
			continue
		}
		for _, ns := range r.NsPerOp {
			maxNs = math.Max(maxNs, ns)
		}
		rows += len(r.Paths)
	}
	if maxNs == 0 {
		maxNs = 1
	}
	scale := float64(width-left-right) / maxNs
	height := top + rows*(barH+gap) + len(rep.Results)*groupGp + 54

	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#ffffff"/>`+"\n")
	fmt.Fprintf(&b, `<text x="10" y="20" font-size="15" font-weight="bold">zcall vs the standard library: ns per call (shorter is faster), median of %d rounds</text>`+"\n", rep.Rounds)
	fmt.Fprintf(&b, `<text x="10" y="38" fill="#444">%s</text>`+"\n", e(rep.Machine.String()))
	// Legend.
	x := 10
	for _, p := range benchops.Paths {
		fmt.Fprintf(&b, `<rect x="%d" y="47" width="10" height="10" fill="%s"/><text x="%d" y="56">%s</text>`+"\n", x, colours[p], x+14, e(p))
		x += 24 + 7*len(p)
	}
	y := top
	for _, r := range rep.Results {
		labelY := y + barH
		fmt.Fprintf(&b, `<text x="10" y="%d" font-weight="bold">%s</text>`+"\n", labelY, e(r.Name))
		if r.Skip != "" {
			fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#888">skipped: %s</text>`+"\n", left, labelY, e(r.Skip))
			y += barH + gap + groupGp
			continue
		}
		for _, p := range r.Paths {
			ns := r.NsPerOp[p]
			w := math.Max(1, ns*scale)
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %.1f ns/op</title></rect>`+"\n",
				left, y, w, barH, colours[p], e(p), ns)
			label := fmt.Sprintf("%.1f ns", ns)
			if x, ok := r.Speedup[p]; ok {
				label += fmt.Sprintf(" (%.2fx)", x)
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`+"\n", float64(left)+w+4, y+barH-3, e(label))
			y += barH + gap
		}
		y += groupGp
	}
	fmt.Fprintf(&b, `<text x="10" y="%d" fill="#444">(Nx) = that path's time / zcall's time. syscall.Syscall tells the scheduler; RawSyscall and zcall do not.</text>`+"\n", height-28)
	fmt.Fprintf(&b, `<text x="10" y="%d" fill="#444">Clock: %s.</text>`+"\n", height-12, e(rep.Clock))
	b.WriteString("</svg>\n")
	return b.String()
}
