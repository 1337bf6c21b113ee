package zcall

// SYS_PRLIMIT64 is prlimit64(2), which gets and sets a process's resource
// limits; ppc64le numbers it 325 (arch/powerpc/kernel/syscalls/syscall.tbl).
const SYS_PRLIMIT64 = 325
