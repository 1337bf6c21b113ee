// Command hello writes a greeting to standard output through zcall.Write.
package main

import (
	"fmt"
	"os"

	"code.hybscloud.com/zcall"
)

func main() {
	msg := []byte("Hello from zcall!\n")
	n, errno := zcall.Write(1, msg)
	if errno != 0 {
		fmt.Fprintln(os.Stderr, "hello:", zcall.Errno(errno))
		os.Exit(1)
	}
	if n != uintptr(len(msg)) {
		fmt.Fprintf(os.Stderr, "hello: short write: %d of %d bytes\n", n, len(msg))
		os.Exit(1)
	}
}
