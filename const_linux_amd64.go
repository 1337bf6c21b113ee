package zcall

// SO_REUSEPORT lets several sockets bind one address and port. syscall
// lacks it on linux/amd64 only; the value is
// include/uapi/asm-generic/socket.h's, which x86 uses. The other Linux
// architectures take it from syscall (see sockopt_linux.go): mips numbers it 0x200.
const SO_REUSEPORT = 15
