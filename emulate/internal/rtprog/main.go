// Command rtprog links the Go runtime's raw system call on Linux and
// nothing of zcall, so that it builds for every Linux GOARCH. The emulator
// checks its arch tables on that function for targets zcall does not
// support yet. It is built, never run.
package main

import (
	"os"
	"syscall"
)

func main() {
	if len(os.Args) < 1000 {
		return
	}
	syscall.RawSyscall6(1, 2, 3, 4, 5, 6, 7)
}
