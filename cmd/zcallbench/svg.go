package main

import (
	"fmt"
	"html"
	"math"
	"strings"

	"code.hybscloud.com/zcall/internal/benchops"
)

// Bar colours, one per path, in the order of the columns.
var colours = map[string]string{
	benchops.Zcall:   "#1f77b4",
	benchops.Syscall: "#d62728",
	benchops.Raw:     "#ff7f0e",
	benchops.Func:    "#7f7f7f",
	benchops.Unix:    "#2ca02c",
}

// drawSVG draws the report as horizontal bars, one group per operation,
// one bar per path, each with a whisker over the 95% confidence interval
// of its median where the rounds give one, labelled with ns/op and the
// ratio to zcall ("~" when the difference is not significant).
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
	fmt.Fprintf(&b, `<text x="10" y="20" font-size="15" font-weight="bold">zcall, the standard library and x/sys/unix: ns per call (shorter is faster), median of %d rounds</text>`+"\n", rep.Rounds)
	fmt.Fprintf(&b, `<text x="10" y="38" fill="#444">%s</text>`+"\n", e(rep.Machine.String()))
	// Legend.
	x := 10
	for _, p := range columns {
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
			end := float64(left) + w
			if ci, ok := r.CI[p]; ok {
				// The bars are scaled to the largest median; a whisker
				// reaching past the bars' room is cut there, without
				// its end mark.
				edge := float64(width - right)
				x0, x1 := float64(left)+ci[0]*scale, float64(left)+ci[1]*scale
				mid := float64(y) + barH/2
				d := fmt.Sprintf("M%.1f %.1fH%.1fM%.1f %.1fV%.1f", x0, mid, math.Min(x1, edge), x0, mid-4, mid+4)
				if x1 <= edge {
					d += fmt.Sprintf("M%.1f %.1fV%.1f", x1, mid-4, mid+4)
				}
				fmt.Fprintf(&b, `<path d="%s" stroke="#000" fill="none"/>`+"\n", d)
				end = math.Max(end, math.Min(x1, edge))
			}
			label := fmt.Sprintf("%.1f ns", ns)
			if x := ratio(r, p); x != "" {
				label += " (" + x + ")"
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`+"\n", end+4, y+barH-3, e(label))
			y += barH + gap
		}
		y += groupGp
	}
	fmt.Fprintf(&b, `<text x="10" y="%d" fill="#444">(Nx) = that path's median / zcall's; (~) = no significant difference (Mann–Whitney U, p ≥ 0.05). Whiskers: 95%% CI of the median.</text>`+"\n", height-28)
	fmt.Fprintf(&b, `<text x="10" y="%d" fill="#444">Clock: %s.</text>`+"\n", height-12, e(rep.Clock))
	b.WriteString("</svg>\n")
	return b.String()
}
