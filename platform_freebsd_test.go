//go:build amd64 || arm64

package zcall_test

import (
	"testing"

	"code.hybscloud.com/zcall/internal/benchops"
)

// platformAllocCases: FreeBSD adds no calls of its own to the benchmarks.
func platformAllocCases(*testing.T) []allocCase { return nil }

// skipOp never skips here: every operation runs on this OS, so one that
// could not be set up fails its benchmark.
func skipOp(*testing.B, benchops.Op) {}
