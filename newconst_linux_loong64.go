package zcall

// SYS_PRLIMIT64 is prlimit64(2), which gets and sets a process's resource
// limits; loong64 numbers it 261 (include/uapi/asm-generic/unistd.h).
const SYS_PRLIMIT64 = 261
