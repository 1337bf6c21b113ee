//go:build !(linux && (amd64 || arm64 || riscv64 || loong64 || ppc64 || ppc64le || s390x || mips64 || mips64le || 386 || arm || mips || mipsle)) && !(darwin && (amd64 || arm64)) && !(freebsd && (amd64 || arm64))

package zcall

import "runtime"

// This file holds the one list of the targets zcall supports. Its build
// constraint is the negation of that list, so it is compiled exactly on the
// targets zcall does not support, and there it stops the build with an
// error that names the target being built and the supported list:
//
//	cannot convert unsupported (constant "zcall: unsupported target windows/amd64" of type string) to type zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_386_arm_mips_mipsle_darwin_amd64_arm64_freebsd_amd64_arm64
//
// Every other file is selected by its name alone (_linux, _darwin,
// _freebsd, _<arch>) and the zcalldebug tag. Adding a target means adding
// it to the constraint above and to the type name below, writing its
// defs_<goos>_<arch>.go where it has values of its own (every Linux target
// does), and adding it to asmgen, which writes its trampoline files. The
// tests and .ci/run take the list from the constraint above
// (internal/targets; `go run ./internal/targets/list` prints it), and a
// test checks that the type name spells the same list.

// unsupported names the target being built.
const unsupported = "zcall: unsupported target " + runtime.GOOS + "/" + runtime.GOARCH

// zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_386_arm_mips_mipsle_darwin_amd64_arm64_freebsd_amd64_arm64
// spells the supported targets in the error.
type zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_386_arm_mips_mipsle_darwin_amd64_arm64_freebsd_amd64_arm64 int

// The conversion of a string to an integer type fails to compile. A type
// declaration is checked before every constant, variable and function of
// the package, so this is the first error reported, before those that the
// missing per-target definitions cause.
type _ [zcall_supports_only_linux_amd64_arm64_riscv64_loong64_ppc64_ppc64le_s390x_mips64_mips64le_386_arm_mips_mipsle_darwin_amd64_arm64_freebsd_amd64_arm64(unsupported)]byte
