//go:build amd64

package zcall_test

import "testing"

// platformAllocCases: FreeBSD adds no calls of its own to the benchmarks.
func platformAllocCases(*testing.T) []allocCase { return nil }
