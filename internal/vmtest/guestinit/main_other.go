//go:build !linux

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "guestinit: runs as /init of a Linux guest only")
	os.Exit(2)
}
