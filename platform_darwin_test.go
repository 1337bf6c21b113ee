//go:build arm64

package zcall_test

import "testing"

// platformAllocCases: darwin adds no calls of its own to the benchmarks.
func platformAllocCases(*testing.T) []allocCase { return nil }
