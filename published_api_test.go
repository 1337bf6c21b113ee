package zcall_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// publishedEnv names the directory of the published API's files,
// <goos>_<goarch>.txt, which programs written against zcall compile
// against. By default TestPublishedAPI looks for them in ../shared/api,
// beside the module, and skips where that directory does not exist; with
// the variable set (as .ci/run sets it), a missing directory fails.
const publishedEnv = "ZCALL_PUBLISHED_API"

// publishedDiffs are the published lines that the project's api files hold
// in another form on some targets, each with the line that holds instead
// and the reason. Every other published line must be in the target's api
// file as written.
var publishedDiffs = []struct{ targets, line, now, why string }{
	{"all", "type Errno uintptr", "type Errno = syscall.Errno",
		"Errno is an alias of syscall.Errno: the same underlying type and method set (TestAPIAlias)"},
	{"all", "method (Errno) Error() string", "type Errno = syscall.Errno", "syscall.Errno's method"},
	{"all", "method (Errno) Is(target error) bool", "type Errno = syscall.Errno", "syscall.Errno's method"},
	{"all", "method (Errno) Temporary() bool", "type Errno = syscall.Errno", "syscall.Errno's method"},
	{"all", "method (Errno) Timeout() bool", "type Errno = syscall.Errno", "syscall.Errno's method"},

	{ilp32, "type Iovec struct, Len uint64", "type Iovec struct, Len uint32",
		"struct iovec's iov_len is a size_t, 32 bits there: the kernel's 8-byte struct has no room for a uint64 " +
			"(SetLen sets it on every target)"},
	{ilp32, "type Msghdr struct, Iovlen uint64", "type Msghdr struct, Iovlen uint32",
		"struct user_msghdr's msg_iovlen is a __kernel_size_t, 32 bits there (SetIovlen sets it on every target)"},
	{ilp32, "type Msghdr struct, Controllen uint64", "type Msghdr struct, Controllen uint32",
		"struct user_msghdr's msg_controllen is a __kernel_size_t, 32 bits there (SetControllen sets it on every target)"},
}

// TestPublishedAPI checks the project's api/<goos>_<goarch>.txt of every
// supported target (which TestAPI holds to the package's exported API)
// against the published API: a target with a published file of its own
// must hold each of its lines, and a target without one each line of its
// OS's published amd64 file (the other Linux and FreeBSD architectures
// carry the same names with their own values), but for publishedDiffs.
func TestPublishedAPI(t *testing.T) {
	needSources(t)
	dir := os.Getenv(publishedEnv)
	if dir == "" {
		dir = filepath.Join("..", "shared", "api")
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			t.Skipf("no published API beside the module (%v); %s names its directory", err, publishedEnv)
		}
	}
	checked := map[string]bool{}
	for _, tg := range supportedTargets(t) {
		name := tg.GOOS + "_" + tg.GOARCH + ".txt"
		pub := filepath.Join(dir, name)
		if _, err := os.Stat(pub); os.IsNotExist(err) {
			pub = filepath.Join(dir, tg.GOOS+"_amd64.txt")
		}
		published, err := readAPIFile(pub)
		if err != nil {
			t.Fatalf("%s: %v", tg, err)
		}
		have, err := readAPIFile(filepath.Join("api", name))
		if err != nil {
			t.Fatalf("%s: %v", tg, err)
		}
		checked[filepath.Base(pub)] = true
		for _, p := range publishedMissing(tg.String(), published, have) {
			t.Errorf("%s, against %s: %s", tg, pub, p)
		}
	}
	// Every published file is some target's: a published target that
	// left the guard would otherwise go unchecked.
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no published api files in %s (%v)", dir, err)
	}
	for _, f := range files {
		if !checked[filepath.Base(f)] {
			t.Errorf("%s: no supported target is checked against it", f)
		}
	}
}

// publishedMissing returns a message for every line of published that
// have, the api file of target ("goos/goarch"), does not hold: not as
// written, nor in the form publishedDiffs gives for target. It also
// reports each of target's publishedDiffs that no longer applies (the line
// holds as written, or is not published), so that the list stays short.
func publishedMissing(target string, published, have []string) []string {
	haveSet := map[string]bool{}
	for _, l := range have {
		haveSet[l] = true
	}
	pubSet := map[string]bool{}
	for _, l := range published {
		pubSet[l] = true
	}
	diffs := map[string]string{} // published line -> the line that holds instead
	var problems []string
	for _, d := range publishedDiffs {
		if d.targets != "all" && !slices.Contains(strings.Fields(d.targets), target) {
			continue
		}
		switch {
		case !pubSet[d.line]:
			problems = append(problems, fmt.Sprintf("publishedDiffs: %q is not published", d.line))
		case haveSet[d.line]:
			problems = append(problems, fmt.Sprintf("publishedDiffs: %q holds as written now", d.line))
		default:
			diffs[d.line] = d.now
		}
	}
	for _, l := range published {
		now, ok := diffs[l]
		switch {
		case haveSet[l]:
		case ok && haveSet[now]:
		case ok:
			problems = append(problems, fmt.Sprintf("missing: %s\n\tnor what holds instead: %s", l, now))
		default:
			problems = append(problems, "missing: "+l)
		}
	}
	return problems
}

// TestPublishedMissing shows that publishedMissing reports each kind of
// breakage: a published line missing, a field whose type changed without a
// publishedDiffs entry, a diff whose replacement is missing, and a diff
// that no longer applies.
func TestPublishedMissing(t *testing.T) {
	published := []string{
		"func Close(fd uintptr) (errno uintptr)",
		"type Errno uintptr",
		"type Iovec struct, Len uint64",
	}
	for _, c := range []struct {
		name, target string
		have         []string
		want         []string // substrings of the problems, in order
	}{
		{"holds", "linux/arm", []string{"func Close(fd uintptr) (errno uintptr)", "type Errno = syscall.Errno",
			"type Iovec struct, Len uint32"}, nil},
		{"a line missing", "linux/amd64", []string{"type Errno = syscall.Errno", "type Iovec struct, Len uint64"},
			[]string{"missing: func Close"}},
		{"a type changed with no diff", "linux/amd64", []string{"func Close(fd uintptr) (errno uintptr)",
			"type Errno = syscall.Errno", "type Iovec struct, Len uint32"}, []string{"missing: type Iovec struct, Len uint64"}},
		{"the replacement missing", "linux/arm", []string{"func Close(fd uintptr) (errno uintptr)", "type Errno = syscall.Errno"},
			[]string{"nor what holds instead: type Iovec struct, Len uint32"}},
		{"a diff that no longer applies", "linux/mips", []string{"func Close(fd uintptr) (errno uintptr)",
			"type Errno = syscall.Errno", "type Iovec struct, Len uint64"}, []string{"holds as written now"}},
	} {
		got := publishedMissing(c.target, published, c.have)
		// The diffs whose lines this small published list lacks are
		// reported too; leave those out.
		got = slices.DeleteFunc(got, func(p string) bool { return strings.Contains(p, "is not published") })
		ok := len(got) == len(c.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.Contains(got[i], c.want[i])
		}
		if !ok {
			t.Errorf("%s: got %q, want problems containing %q", c.name, got, c.want)
		}
	}
}
