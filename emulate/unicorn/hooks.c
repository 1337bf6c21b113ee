#include <stdint.h>
#include <unicorn/unicorn.h>
#include "_cgo_export.h"

// The callbacks Unicorn calls. Each passes the user_data pointer on as the
// integer handle it was made from, so the Go side never converts an
// integer to a pointer.

static void intr_cb(uc_engine *uc, uint32_t intno, void *user_data) {
	goIntrHook((uintptr_t)user_data, intno);
}

static void syscall_cb(uc_engine *uc, void *user_data) {
	goInsnHook((uintptr_t)user_data);
}

static void code_cb(uc_engine *uc, uint64_t address, uint32_t size, void *user_data) {
	goCodeHook((uintptr_t)user_data, address, size);
}

uc_err zc_hook_intr(uc_engine *uc, uc_hook *hh, uintptr_t h) {
	return uc_hook_add(uc, hh, UC_HOOK_INTR, (void *)intr_cb, (void *)h, 1, 0);
}

uc_err zc_hook_insn(uc_engine *uc, uc_hook *hh, uintptr_t h, int insn) {
	return uc_hook_add(uc, hh, UC_HOOK_INSN, (void *)syscall_cb, (void *)h, 1, 0, insn);
}

uc_err zc_hook_code(uc_engine *uc, uc_hook *hh, uintptr_t h, uint64_t begin, uint64_t end) {
	return uc_hook_add(uc, hh, UC_HOOK_CODE, (void *)code_cb, (void *)h, begin, end);
}
