package zcall

// SYS_PRLIMIT64 is prlimit64(2), which gets and sets a process's resource
// limits; mips64le numbers it 5297 (arch/mips/kernel/syscalls/syscall_n64.tbl, 5000 + 297).
const SYS_PRLIMIT64 = 5297
