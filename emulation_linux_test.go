//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"os"
	"strings"
	"testing"

	"code.hybscloud.com/zcall"
)

// underQEMU reports whether the test runs under qemu-user emulation
// (`go test -exec qemu-aarch64-static`). qemu presents the guest's view of
// /proc/self/exe and /proc/self/maps, but /proc/self/comm still names the
// emulator itself ("qemu-aarch64-st").
func underQEMU() bool {
	b, err := os.ReadFile("/proc/self/comm")
	return err == nil && strings.HasPrefix(string(b), "qemu-")
}

// skipIfUnemulated skips the test when errno is exactly want and the test
// runs under qemu-user, which does not implement some calls (io_uring_setup,
// preadv2/pwritev2, seccomp in qemu 7.2). Natively it never skips: the
// caller goes on to report the errno as a failure.
func skipIfUnemulated(t testing.TB, errno uintptr, want zcall.Errno, what string) {
	t.Helper()
	if errno == uintptr(want) && underQEMU() {
		t.Skipf("%s: %v (errno %d) under qemu-user, which does not implement it", what, want, want)
	}
}
