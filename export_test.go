package zcall

// Syscall3 is the unexported three-argument trampoline that the wrappers of
// calls with at most three arguments make (in the zcalldebug build, its
// timed Go function), for the external tests.
var Syscall3 = syscall3
