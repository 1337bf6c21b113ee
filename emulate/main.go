// Command emulate runs zcall's system call trampolines, built for every
// supported target, in the Unicorn CPU emulator, and prints how many
// instructions each executes per call, beside the Go runtime's own raw
// system call on the same target. Run it from the repository root:
//
//	go -C emulate run .
//
// It needs cgo and libunicorn (Debian: libunicorn-dev). The tests of this
// module check the trampolines' registers and results on every target the
// same way: go -C emulate test ./...
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"code.hybscloud.com/zcall/internal/targets"
)

// guard is the file that lists the supported targets, relative to this
// module's directory.
const guard = "../unsupported.go"

func main() {
	log.SetFlags(0)
	log.SetPrefix("emulate: ")
	ts, err := targets.Supported(guard)
	if err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "emulate")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	rows, notes, err := table(ts, dir)
	if err != nil {
		log.Print(err)
	}
	fmt.Print(rows)
	for _, n := range notes {
		fmt.Println(n)
	}
	if err != nil {
		os.Exit(1)
	}
}

// table measures every target of ts and returns the instruction table in
// Markdown, with notes below it: the targets not run and why, the
// runtime's calls that answer otherwise than zcall.
func table(ts []targets.Target, dir string) (string, []string, error) {
	var b strings.Builder
	var notes []string
	b.WriteString("| target | Syscall4 | Syscall6 | syscall3 | Close | Go runtime's raw call | its count |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | --- | ---: |\n")
	var failed []string
	for _, t := range ts {
		a, k, err := archOf(t)
		if err != nil {
			if _, ok := unemulated[t.GOARCH]; ok {
				notes = append(notes, err.Error())
				continue
			}
			failed = append(failed, err.Error())
			continue
		}
		if err := canRun(a); err != nil {
			notes = append(notes, fmt.Sprintf("%s: not emulated: %v", t, err))
			continue
		}
		img, err := imageOf(t, a, "", dir)
		if err != nil {
			failed = append(failed, err.Error())
			continue
		}
		fmt.Fprintf(&b, "| %s", t)
		for _, tr := range trampolines {
			n, err := countFn(a, k, img.fns[tr.name])
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", t, err))
			}
			fmt.Fprintf(&b, " | %d / %d", n.ok, n.err)
		}
		n, err := countClose(t, a, k, img)
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", t, err))
		}
		fmt.Fprintf(&b, " | %d / %d", n.ok, n.err)
		if img.runtime == nil {
			fmt.Fprintf(&b, " | none | |\n")
			notes = append(notes, fmt.Sprintf("%s: %s", t, img.note))
			continue
		}
		abi := "ABI0"
		if img.runtime.regABI {
			abi = "register ABI"
		}
		n, err = countFn(a, k, img.runtime)
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", t, err))
		}
		fmt.Fprintf(&b, " | `%s` (%s) | %d / %d |\n", img.runtime.name, abi, n.ok, n.err)
		ds, err := disagreements(a, k, img.runtime)
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", t, err))
		}
		for _, d := range ds {
			notes = append(notes, fmt.Sprintf("%s: %s", t, d))
		}
	}
	if len(failed) > 0 {
		return b.String(), notes, fmt.Errorf("%s", strings.Join(failed, "\n"))
	}
	return b.String(), notes, nil
}
