// Command list prints the targets zcall supports, one goos/goarch a line,
// as the build constraint of unsupported.go states them (see package
// targets). Run it from the repository root:
//
//	go run ./internal/targets/list
//
// With -name it prints instead the name of the type that the guard's error
// message names, spelled from the same list.
package main

import (
	"flag"
	"fmt"
	"log"

	"code.hybscloud.com/zcall/internal/targets"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("list: ")
	guard := flag.String("guard", "unsupported.go", "the guard file whose build constraint lists the targets")
	name := flag.Bool("name", false, "print the guard's type name instead of the targets")
	flag.Parse()
	if flag.NArg() > 0 {
		log.Fatal("usage: go run ./internal/targets/list [-guard file] [-name]")
	}
	ts, err := targets.Supported(*guard)
	if err != nil {
		log.Fatal(err)
	}
	if *name {
		fmt.Println(targets.GuardTypeName(ts))
		return
	}
	for _, t := range ts {
		fmt.Println(t)
	}
}
