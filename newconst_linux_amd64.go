package zcall

// SYS_PRLIMIT64 is prlimit64(2), which gets and sets a process's resource
// limits; amd64 numbers it 302 (arch/x86/entry/syscalls/syscall_64.tbl).
const SYS_PRLIMIT64 = 302
