package main

import "time"

// threadClock: the standard library offers no per-thread CPU clock on
// darwin, so zcallbench times by the wall clock there.
const threadClock = false

func threadTime() time.Duration { return 0 }
