package unicorn

// #include <unicorn/unicorn.h>
import "C"

import "fmt"

// x86 registers (64-bit names; the 32-bit ones for 386).
const (
	X86RAX    Reg = C.UC_X86_REG_RAX
	X86RBX    Reg = C.UC_X86_REG_RBX
	X86RCX    Reg = C.UC_X86_REG_RCX
	X86RDX    Reg = C.UC_X86_REG_RDX
	X86RSI    Reg = C.UC_X86_REG_RSI
	X86RDI    Reg = C.UC_X86_REG_RDI
	X86RBP    Reg = C.UC_X86_REG_RBP
	X86RSP    Reg = C.UC_X86_REG_RSP
	X86RIP    Reg = C.UC_X86_REG_RIP
	X86R8     Reg = C.UC_X86_REG_R8
	X86R9     Reg = C.UC_X86_REG_R9
	X86R10    Reg = C.UC_X86_REG_R10
	X86R11    Reg = C.UC_X86_REG_R11
	X86R14    Reg = C.UC_X86_REG_R14
	X86EFLAGS Reg = C.UC_X86_REG_EFLAGS
	X86FSBase Reg = C.UC_X86_REG_FS_BASE
	X86GSBase Reg = C.UC_X86_REG_GS_BASE
	X86GS     Reg = C.UC_X86_REG_GS
	X86SS     Reg = C.UC_X86_REG_SS
	X86GDTR   Reg = C.UC_X86_REG_GDTR
	X86EAX    Reg = C.UC_X86_REG_EAX
	X86EBX    Reg = C.UC_X86_REG_EBX
	X86ECX    Reg = C.UC_X86_REG_ECX
	X86EDX    Reg = C.UC_X86_REG_EDX
	X86ESI    Reg = C.UC_X86_REG_ESI
	X86EDI    Reg = C.UC_X86_REG_EDI
	X86EBP    Reg = C.UC_X86_REG_EBP
	X86ESP    Reg = C.UC_X86_REG_ESP
	X86EIP    Reg = C.UC_X86_REG_EIP
)

// arm64 special registers; ARM64X names the general ones.
const (
	ARM64SP   Reg = C.UC_ARM64_REG_SP
	ARM64PC   Reg = C.UC_ARM64_REG_PC
	ARM64NZCV Reg = C.UC_ARM64_REG_NZCV
)

// ARM64X returns register Xn, n in 0..30.
func ARM64X(n int) Reg {
	switch {
	case n >= 0 && n <= 28:
		return Reg(C.UC_ARM64_REG_X0 + n)
	case n == 29:
		return C.UC_ARM64_REG_X29
	case n == 30:
		return C.UC_ARM64_REG_X30
	}
	panic(fmt.Sprintf("unicorn: no arm64 register X%d", n))
}

// 32-bit arm special registers; ARMR names the general ones.
const (
	ARMSP Reg = C.UC_ARM_REG_SP
	ARMLR Reg = C.UC_ARM_REG_LR
	ARMPC Reg = C.UC_ARM_REG_PC
)

// ARMR returns register Rn, n in 0..15.
func ARMR(n int) Reg {
	switch {
	case n >= 0 && n <= 12:
		return Reg(C.UC_ARM_REG_R0 + n)
	case n == 13:
		return ARMSP
	case n == 14:
		return ARMLR
	case n == 15:
		return ARMPC
	}
	panic(fmt.Sprintf("unicorn: no arm register R%d", n))
}

// RISCVPC is the riscv program counter; RISCVX names the general registers.
const RISCVPC Reg = C.UC_RISCV_REG_PC

// RISCVX returns register Xn, n in 0..31.
func RISCVX(n int) Reg {
	if n < 0 || n > 31 {
		panic(fmt.Sprintf("unicorn: no riscv register X%d", n))
	}
	return Reg(C.UC_RISCV_REG_X0 + n)
}

// ppc special registers; PPCR names the general ones. PPCCR0 is the
// 4-bit condition field CR0 (LT 8, GT 4, EQ 2, SO 1).
const (
	PPCPC  Reg = C.UC_PPC_REG_PC
	PPCLR  Reg = C.UC_PPC_REG_LR
	PPCCR0 Reg = C.UC_PPC_REG_CR0
)

// PPCR returns register Rn, n in 0..31.
func PPCR(n int) Reg {
	if n < 0 || n > 31 {
		panic(fmt.Sprintf("unicorn: no ppc register R%d", n))
	}
	return Reg(C.UC_PPC_REG_0 + n)
}

// S390XPC is the s390x instruction address, S390XPSWM the PSW mask (its
// condition code is bits 44-45 from the left); S390XR names the general
// registers.
const (
	S390XPC   Reg = C.UC_S390X_REG_PC
	S390XPSWM Reg = C.UC_S390X_REG_PSWM
)

// S390XR returns register Rn, n in 0..15.
func S390XR(n int) Reg {
	if n < 0 || n > 15 {
		panic(fmt.Sprintf("unicorn: no s390x register R%d", n))
	}
	return Reg(C.UC_S390X_REG_R0 + n)
}

// MIPSPC is the mips program counter; MIPSR names the general registers.
const MIPSPC Reg = C.UC_MIPS_REG_PC

// MIPSR returns register Rn, n in 0..31.
func MIPSR(n int) Reg {
	if n < 0 || n > 31 {
		panic(fmt.Sprintf("unicorn: no mips register R%d", n))
	}
	return Reg(C.UC_MIPS_REG_0 + n)
}
