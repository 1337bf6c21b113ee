//go:build tools

package main

// The generator reads the zcall package through the module graph (avo's
// Package and go/packages), so this module must require it; the blank
// import keeps `go mod tidy` from dropping that requirement.
import _ "code.hybscloud.com/zcall"
