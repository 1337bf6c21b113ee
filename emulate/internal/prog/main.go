// Command prog links zcall's trampolines and the raw system call of Go's
// own syscall package into one binary, whose machine code the emulator
// reads from the symbol table. It is built for each target and never run:
// the calls sit behind a condition that no run meets, which keeps the
// linker from dropping them.
package main

import (
	"os"
	"syscall"

	"code.hybscloud.com/zcall"
)

// closeFn keeps zcall.Close as a function of its own, called through Go's
// register ABI: the emulator runs it to see the frame a Go caller builds
// for a trampoline.
var closeFn = zcall.Close

func main() {
	if len(os.Args) < 1000 {
		return
	}
	zcall.Syscall4(1, 2, 3, 4, 5)
	zcall.Syscall6(1, 2, 3, 4, 5, 6, 7)
	closeFn(1) // the only caller of the unexported syscall3
	syscall.RawSyscall6(1, 2, 3, 4, 5, 6, 7)
}
