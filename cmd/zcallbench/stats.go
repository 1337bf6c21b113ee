package main

import (
	"fmt"
	"math"
	"slices"
)

// The statistics are the ones benchstat (golang.org/x/perf/cmd/benchstat)
// uses by default, so that the table and benchstat, given the same rounds,
// agree: the median of the rounds, its 95% confidence interval from the
// order statistics, and the two-sided Mann–Whitney U test at α = 0.05.

const (
	// alpha is the level below which a p-value counts as a significant
	// difference.
	alpha = 0.05
	// confidence is the level of the median's confidence interval.
	confidence = 0.95
	// exactLimit and tiesExactLimit are the largest sample sizes for
	// which the U test uses the exact distribution of U, without and
	// with tied values; above them it uses the normal approximation.
	exactLimit     = 50
	tiesExactLimit = 25
)

// median returns the median of v (the mean of the two middle values when
// len(v) is even).
func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// medianCI returns a confidence interval, at level conf, for the median
// of the population v was drawn from: two of v's order statistics,
// chosen from the binomial distribution of how many of the values fall
// below the population's median. Starting from the middle, it widens the
// interval one order statistic at a time on the more probable side (the
// lower one when both are equal) until it covers conf. A bound the sample
// is too small to give is infinite.
func medianCI(v []float64, conf float64) (lo, hi float64) {
	n := len(v)
	if n == 0 {
		return math.Inf(-1), math.Inf(1)
	}
	s := slices.Clone(v)
	slices.Sort(s)
	// pmf(k) is the probability that exactly k values fall below the
	// population median, which is then between s[k-1] and s[k].
	pmf := func(k int) float64 {
		if k < 0 || k > n {
			return 0
		}
		return math.Exp(lchoose(n, k) - float64(n)*math.Ln2)
	}
	// [l, r) are the values of k summed; the interval is the l-th to the
	// r-th order statistic (1-based), s[l-1] to s[r-1].
	l := (n+1+1)/2 - 1 // ceil((n+1)/2) - 1: the lower mode
	r := l + 1
	acc := pmf(l)
	for acc < conf {
		lp, rp := pmf(l-1), pmf(r)
		if lp == 0 && rp == 0 {
			break
		}
		if lp >= rp {
			acc += lp
			l--
		} else {
			acc += rp
			r++
		}
	}
	lo, hi = math.Inf(-1), math.Inf(1)
	if l >= 1 {
		lo = s[l-1]
	}
	if r <= n {
		hi = s[r-1]
	}
	return lo, hi
}

// lchoose returns ln C(n, k).
func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// spread formats the half-width of the confidence interval [lo, hi]
// around the median m as a percentage of m, as benchstat does: the larger
// of the two sides, rounded to a whole percent, "∞" when the interval is
// unbounded.
func spread(m, lo, hi float64) string {
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return "±∞"
	}
	if m == 0 {
		return "±0%"
	}
	if (lo < 0) != (m < 0) || (hi < 0) != (m < 0) {
		return "±?" // the interval crosses zero: no percentage
	}
	return fmt.Sprintf("±%.0f%%", 100*math.Max(hi/m-1, 1-lo/m))
}

// uTest returns the two-sided p-value of the Mann–Whitney U test of the
// hypothesis that x and y come from the same distribution (against the
// alternative that one tends to be larger). Tied values get the mean of
// their ranks. For samples of up to exactLimit values each (tiesExactLimit
// when there are ties) the p-value comes from the exact distribution of
// the rank sum given those ranks; for larger samples from the normal
// approximation with the tie and continuity corrections. When every value
// is the same, or a sample is empty, it returns 1.
func uTest(x, y []float64) float64 {
	n1, n2 := len(x), len(y)
	if n1 == 0 || n2 == 0 {
		return 1
	}
	type obs struct {
		v     float64
		fromX bool
	}
	all := make([]obs, 0, n1+n2)
	for _, v := range x {
		all = append(all, obs{v, true})
	}
	for _, v := range y {
		all = append(all, obs{v, false})
	}
	slices.SortFunc(all, func(a, b obs) int {
		switch {
		case a.v < b.v:
			return -1
		case a.v > b.v:
			return 1
		}
		return 0
	})
	n := n1 + n2
	// Ranks are doubled, so that mean ranks of ties are integers: values
	// at sorted positions i..j-1 share the rank (i+1+j)/2.
	ranks := make([]int, n)
	rx := 0      // doubled rank sum of x
	tieSum := 0. // Σ (t³ - t) over groups of t tied values
	groups := 0
	for i := 0; i < n; {
		j := i
		for j < n && all[j].v == all[i].v {
			j++
		}
		for k := i; k < j; k++ {
			ranks[k] = i + 1 + j
			if all[k].fromX {
				rx += i + 1 + j
			}
		}
		t := float64(j - i)
		tieSum += t*t*t - t
		groups++
		i = j
	}
	if groups == 1 {
		return 1
	}
	ties := groups < n
	if (!ties && n1 <= exactLimit && n2 <= exactLimit) || (ties && n1 <= tiesExactLimit && n2 <= tiesExactLimit) {
		return exactP(ranks, n1, rx)
	}
	return normalP(rx, n1, n2, tieSum)
}

// normalP returns the two-sided p-value of the doubled rank sum rx of n1
// values against n2 from the normal approximation: U of the first sample
// is its rank sum less n1(n1+1)/2; under the hypothesis its mean is
// n1·n2/2 and its variance n1·n2/12 · ((N+1) - Σ(t³-t)/(N(N-1))), with t
// the sizes of the groups of tied values; |U - mean| is lessened by 1/2
// for continuity.
func normalP(rx, n1, n2 int, tieSum float64) float64 {
	u := float64(rx)/2 - float64(n1*(n1+1))/2
	mean := float64(n1*n2) / 2
	nn := float64(n1 + n2)
	sd := math.Sqrt(float64(n1*n2) / 12 * ((nn + 1) - tieSum/(nn*(nn-1))))
	z := math.Max(math.Abs(u-mean)-0.5, 0) / sd
	return math.Erfc(z / math.Sqrt2)
}

// exactP returns the two-sided p-value of the rank sum rx of k values
// drawn from ranks: twice the probability of the smaller tail at rx,
// counting every k-subset of ranks as equally likely, at most 1.
func exactP(ranks []int, k, rx int) float64 {
	g := 0
	for _, r := range ranks {
		g = gcd(g, r)
	}
	total := 0
	for _, r := range ranks {
		total += r / g
	}
	rx /= g
	// count[j][s] is the number of j-subsets of the ranks seen so far
	// whose sum is s. The counts stay below C(100, 50) < 1.01e29; a
	// float64 holds them to 16 digits, and exactly up to C(50, 25).
	count := make([][]float64, k+1)
	for j := range count {
		count[j] = make([]float64, total+1)
	}
	count[0][0] = 1
	top := 0 // the largest sum reached so far
	for _, r := range ranks {
		r /= g
		top += r
		for j := k; j >= 1; j-- {
			for s := top; s >= r; s-- {
				count[j][s] += count[j-1][s-r]
			}
		}
	}
	var below, above, all float64
	for s, c := range count[k] {
		all += c
		if s <= rx {
			below += c
		}
		if s >= rx {
			above += c
		}
	}
	return math.Min(1, 2*math.Min(below, above)/all)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
