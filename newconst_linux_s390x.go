package zcall

// SYS_PRLIMIT64 is prlimit64(2), which gets and sets a process's resource
// limits; s390x numbers it 334 (arch/s390/kernel/syscalls/syscall.tbl).
const SYS_PRLIMIT64 = 334
