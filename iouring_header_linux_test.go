//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package zcall_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strings"
	"testing"

	"code.hybscloud.com/zcall"
)

// ioUringHeader is the UAPI header installed by Debian's linux-libc-dev.
const ioUringHeader = "/usr/include/linux/io_uring.h"

// ioUringNames are the io_uring constants of the published API, which
// neither syscall nor golang.org/x/sys/unix defines.
var ioUringNames = []struct {
	name  string
	value uint64
}{
	{"IORING_ENTER_ABS_TIMER", zcall.IORING_ENTER_ABS_TIMER},
	{"IORING_ENTER_EXT_ARG", zcall.IORING_ENTER_EXT_ARG},
	{"IORING_ENTER_EXT_ARG_REG", zcall.IORING_ENTER_EXT_ARG_REG},
	{"IORING_ENTER_GETEVENTS", zcall.IORING_ENTER_GETEVENTS},
	{"IORING_ENTER_NO_IOWAIT", zcall.IORING_ENTER_NO_IOWAIT},
	{"IORING_ENTER_REGISTERED_RING", zcall.IORING_ENTER_REGISTERED_RING},
	{"IORING_ENTER_SQ_WAIT", zcall.IORING_ENTER_SQ_WAIT},
	{"IORING_ENTER_SQ_WAKEUP", zcall.IORING_ENTER_SQ_WAKEUP},
	{"IORING_OP_ACCEPT", zcall.IORING_OP_ACCEPT},
	{"IORING_OP_ASYNC_CANCEL", zcall.IORING_OP_ASYNC_CANCEL},
	{"IORING_OP_BIND", zcall.IORING_OP_BIND},
	{"IORING_OP_CLOSE", zcall.IORING_OP_CLOSE},
	{"IORING_OP_CONNECT", zcall.IORING_OP_CONNECT},
	{"IORING_OP_EPOLL_CTL", zcall.IORING_OP_EPOLL_CTL},
	{"IORING_OP_EPOLL_WAIT", zcall.IORING_OP_EPOLL_WAIT},
	{"IORING_OP_FADVISE", zcall.IORING_OP_FADVISE},
	{"IORING_OP_FALLOCATE", zcall.IORING_OP_FALLOCATE},
	{"IORING_OP_FGETXATTR", zcall.IORING_OP_FGETXATTR},
	{"IORING_OP_FILES_UPDATE", zcall.IORING_OP_FILES_UPDATE},
	{"IORING_OP_FIXED_FD_INSTALL", zcall.IORING_OP_FIXED_FD_INSTALL},
	{"IORING_OP_FSETXATTR", zcall.IORING_OP_FSETXATTR},
	{"IORING_OP_FSYNC", zcall.IORING_OP_FSYNC},
	{"IORING_OP_FTRUNCATE", zcall.IORING_OP_FTRUNCATE},
	{"IORING_OP_FUTEX_WAIT", zcall.IORING_OP_FUTEX_WAIT},
	{"IORING_OP_FUTEX_WAITV", zcall.IORING_OP_FUTEX_WAITV},
	{"IORING_OP_FUTEX_WAKE", zcall.IORING_OP_FUTEX_WAKE},
	{"IORING_OP_GETXATTR", zcall.IORING_OP_GETXATTR},
	{"IORING_OP_LINKAT", zcall.IORING_OP_LINKAT},
	{"IORING_OP_LINK_TIMEOUT", zcall.IORING_OP_LINK_TIMEOUT},
	{"IORING_OP_LISTEN", zcall.IORING_OP_LISTEN},
	{"IORING_OP_MADVISE", zcall.IORING_OP_MADVISE},
	{"IORING_OP_MKDIRAT", zcall.IORING_OP_MKDIRAT},
	{"IORING_OP_MSG_RING", zcall.IORING_OP_MSG_RING},
	{"IORING_OP_NOP", zcall.IORING_OP_NOP},
	{"IORING_OP_NOP128", zcall.IORING_OP_NOP128},
	{"IORING_OP_OPENAT", zcall.IORING_OP_OPENAT},
	{"IORING_OP_OPENAT2", zcall.IORING_OP_OPENAT2},
	{"IORING_OP_PIPE", zcall.IORING_OP_PIPE},
	{"IORING_OP_POLL_ADD", zcall.IORING_OP_POLL_ADD},
	{"IORING_OP_POLL_REMOVE", zcall.IORING_OP_POLL_REMOVE},
	{"IORING_OP_PROVIDE_BUFFERS", zcall.IORING_OP_PROVIDE_BUFFERS},
	{"IORING_OP_READ", zcall.IORING_OP_READ},
	{"IORING_OP_READV", zcall.IORING_OP_READV},
	{"IORING_OP_READV_FIXED", zcall.IORING_OP_READV_FIXED},
	{"IORING_OP_READ_FIXED", zcall.IORING_OP_READ_FIXED},
	{"IORING_OP_READ_MULTISHOT", zcall.IORING_OP_READ_MULTISHOT},
	{"IORING_OP_RECV", zcall.IORING_OP_RECV},
	{"IORING_OP_RECVMSG", zcall.IORING_OP_RECVMSG},
	{"IORING_OP_RECV_ZC", zcall.IORING_OP_RECV_ZC},
	{"IORING_OP_REMOVE_BUFFERS", zcall.IORING_OP_REMOVE_BUFFERS},
	{"IORING_OP_RENAMEAT", zcall.IORING_OP_RENAMEAT},
	{"IORING_OP_SEND", zcall.IORING_OP_SEND},
	{"IORING_OP_SENDMSG", zcall.IORING_OP_SENDMSG},
	{"IORING_OP_SENDMSG_ZC", zcall.IORING_OP_SENDMSG_ZC},
	{"IORING_OP_SEND_ZC", zcall.IORING_OP_SEND_ZC},
	{"IORING_OP_SETXATTR", zcall.IORING_OP_SETXATTR},
	{"IORING_OP_SHUTDOWN", zcall.IORING_OP_SHUTDOWN},
	{"IORING_OP_SOCKET", zcall.IORING_OP_SOCKET},
	{"IORING_OP_SPLICE", zcall.IORING_OP_SPLICE},
	{"IORING_OP_STATX", zcall.IORING_OP_STATX},
	{"IORING_OP_SYMLINKAT", zcall.IORING_OP_SYMLINKAT},
	{"IORING_OP_SYNC_FILE_RANGE", zcall.IORING_OP_SYNC_FILE_RANGE},
	{"IORING_OP_TEE", zcall.IORING_OP_TEE},
	{"IORING_OP_TIMEOUT", zcall.IORING_OP_TIMEOUT},
	{"IORING_OP_TIMEOUT_REMOVE", zcall.IORING_OP_TIMEOUT_REMOVE},
	{"IORING_OP_UNLINKAT", zcall.IORING_OP_UNLINKAT},
	{"IORING_OP_URING_CMD", zcall.IORING_OP_URING_CMD},
	{"IORING_OP_URING_CMD128", zcall.IORING_OP_URING_CMD128},
	{"IORING_OP_WAITID", zcall.IORING_OP_WAITID},
	{"IORING_OP_WRITE", zcall.IORING_OP_WRITE},
	{"IORING_OP_WRITEV", zcall.IORING_OP_WRITEV},
	{"IORING_OP_WRITEV_FIXED", zcall.IORING_OP_WRITEV_FIXED},
	{"IORING_OP_WRITE_FIXED", zcall.IORING_OP_WRITE_FIXED},
	{"IORING_REGISTER_BUFFERS", zcall.IORING_REGISTER_BUFFERS},
	{"IORING_REGISTER_BUFFERS2", zcall.IORING_REGISTER_BUFFERS2},
	{"IORING_REGISTER_BUFFERS_UPDATE", zcall.IORING_REGISTER_BUFFERS_UPDATE},
	{"IORING_REGISTER_CLOCK", zcall.IORING_REGISTER_CLOCK},
	{"IORING_REGISTER_CLONE_BUFFERS", zcall.IORING_REGISTER_CLONE_BUFFERS},
	{"IORING_REGISTER_ENABLE_RINGS", zcall.IORING_REGISTER_ENABLE_RINGS},
	{"IORING_REGISTER_EVENTFD", zcall.IORING_REGISTER_EVENTFD},
	{"IORING_REGISTER_EVENTFD_ASYNC", zcall.IORING_REGISTER_EVENTFD_ASYNC},
	{"IORING_REGISTER_FILES", zcall.IORING_REGISTER_FILES},
	{"IORING_REGISTER_FILES2", zcall.IORING_REGISTER_FILES2},
	{"IORING_REGISTER_FILES_UPDATE", zcall.IORING_REGISTER_FILES_UPDATE},
	{"IORING_REGISTER_FILES_UPDATE2", zcall.IORING_REGISTER_FILES_UPDATE2},
	{"IORING_REGISTER_FILE_ALLOC_RANGE", zcall.IORING_REGISTER_FILE_ALLOC_RANGE},
	{"IORING_REGISTER_IOWQ_AFF", zcall.IORING_REGISTER_IOWQ_AFF},
	{"IORING_REGISTER_IOWQ_MAX_WORKERS", zcall.IORING_REGISTER_IOWQ_MAX_WORKERS},
	{"IORING_REGISTER_MEM_REGION", zcall.IORING_REGISTER_MEM_REGION},
	{"IORING_REGISTER_NAPI", zcall.IORING_REGISTER_NAPI},
	{"IORING_REGISTER_PBUF_RING", zcall.IORING_REGISTER_PBUF_RING},
	{"IORING_REGISTER_PBUF_STATUS", zcall.IORING_REGISTER_PBUF_STATUS},
	{"IORING_REGISTER_PERSONALITY", zcall.IORING_REGISTER_PERSONALITY},
	{"IORING_REGISTER_PROBE", zcall.IORING_REGISTER_PROBE},
	{"IORING_REGISTER_QUERY", zcall.IORING_REGISTER_QUERY},
	{"IORING_REGISTER_RESIZE_RINGS", zcall.IORING_REGISTER_RESIZE_RINGS},
	{"IORING_REGISTER_RESTRICTIONS", zcall.IORING_REGISTER_RESTRICTIONS},
	{"IORING_REGISTER_RING_FDS", zcall.IORING_REGISTER_RING_FDS},
	{"IORING_REGISTER_SEND_MSG_RING", zcall.IORING_REGISTER_SEND_MSG_RING},
	{"IORING_REGISTER_SYNC_CANCEL", zcall.IORING_REGISTER_SYNC_CANCEL},
	{"IORING_REGISTER_USE_REGISTERED_RING", zcall.IORING_REGISTER_USE_REGISTERED_RING},
	{"IORING_REGISTER_ZCRX_CTRL", zcall.IORING_REGISTER_ZCRX_CTRL},
	{"IORING_REGISTER_ZCRX_IFQ", zcall.IORING_REGISTER_ZCRX_IFQ},
	{"IORING_SETUP_ATTACH_WQ", zcall.IORING_SETUP_ATTACH_WQ},
	{"IORING_SETUP_CLAMP", zcall.IORING_SETUP_CLAMP},
	{"IORING_SETUP_COOP_TASKRUN", zcall.IORING_SETUP_COOP_TASKRUN},
	{"IORING_SETUP_CQE32", zcall.IORING_SETUP_CQE32},
	{"IORING_SETUP_CQE_MIXED", zcall.IORING_SETUP_CQE_MIXED},
	{"IORING_SETUP_CQSIZE", zcall.IORING_SETUP_CQSIZE},
	{"IORING_SETUP_DEFER_TASKRUN", zcall.IORING_SETUP_DEFER_TASKRUN},
	{"IORING_SETUP_HYBRID_IOPOLL", zcall.IORING_SETUP_HYBRID_IOPOLL},
	{"IORING_SETUP_IOPOLL", zcall.IORING_SETUP_IOPOLL},
	{"IORING_SETUP_NO_MMAP", zcall.IORING_SETUP_NO_MMAP},
	{"IORING_SETUP_NO_SQARRAY", zcall.IORING_SETUP_NO_SQARRAY},
	{"IORING_SETUP_REGISTERED_FD_ONLY", zcall.IORING_SETUP_REGISTERED_FD_ONLY},
	{"IORING_SETUP_R_DISABLED", zcall.IORING_SETUP_R_DISABLED},
	{"IORING_SETUP_SINGLE_ISSUER", zcall.IORING_SETUP_SINGLE_ISSUER},
	{"IORING_SETUP_SQE128", zcall.IORING_SETUP_SQE128},
	{"IORING_SETUP_SQE_MIXED", zcall.IORING_SETUP_SQE_MIXED},
	{"IORING_SETUP_SQPOLL", zcall.IORING_SETUP_SQPOLL},
	{"IORING_SETUP_SQ_AFF", zcall.IORING_SETUP_SQ_AFF},
	{"IORING_SETUP_SUBMIT_ALL", zcall.IORING_SETUP_SUBMIT_ALL},
	{"IORING_SETUP_TASKRUN_FLAG", zcall.IORING_SETUP_TASKRUN_FLAG},
	{"IORING_UNREGISTER_BUFFERS", zcall.IORING_UNREGISTER_BUFFERS},
	{"IORING_UNREGISTER_EVENTFD", zcall.IORING_UNREGISTER_EVENTFD},
	{"IORING_UNREGISTER_FILES", zcall.IORING_UNREGISTER_FILES},
	{"IORING_UNREGISTER_IOWQ_AFF", zcall.IORING_UNREGISTER_IOWQ_AFF},
	{"IORING_UNREGISTER_NAPI", zcall.IORING_UNREGISTER_NAPI},
	{"IORING_UNREGISTER_PBUF_RING", zcall.IORING_UNREGISTER_PBUF_RING},
	{"IORING_UNREGISTER_PERSONALITY", zcall.IORING_UNREGISTER_PERSONALITY},
	{"IORING_UNREGISTER_RING_FDS", zcall.IORING_UNREGISTER_RING_FDS},
	{"IOSQE_ASYNC", zcall.IOSQE_ASYNC},
	{"IOSQE_BUFFER_SELECT", zcall.IOSQE_BUFFER_SELECT},
	{"IOSQE_CQE_SKIP_SUCCESS", zcall.IOSQE_CQE_SKIP_SUCCESS},
	{"IOSQE_FIXED_FILE", zcall.IOSQE_FIXED_FILE},
	{"IOSQE_IO_DRAIN", zcall.IOSQE_IO_DRAIN},
	{"IOSQE_IO_HARDLINK", zcall.IOSQE_IO_HARDLINK},
	{"IOSQE_IO_LINK", zcall.IOSQE_IO_LINK},
}

// TestIoUringHeader compares every io_uring constant with the value that the
// machine's <linux/io_uring.h> gives it: #define macros and enum members
// (IORING_OP_* and IORING_REGISTER_* are members of enums counted from 0).
// The installed header may be older than the names; those it lacks are
// listed and not checked, but at least one name must be checked.
func TestIoUringHeader(t *testing.T) {
	src, err := os.ReadFile(ioUringHeader)
	if err != nil {
		t.Fatalf("%v (install linux-libc-dev)", err)
	}
	h := parseCHeader(string(src))
	var checked int
	var missing []string
	for _, c := range ioUringNames {
		if !h.defines(c.name) {
			missing = append(missing, c.name)
			continue
		}
		v, err := h.value(c.name)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		checked++
		if u, ok := constant.Uint64Val(v); !ok || u != c.value {
			t.Errorf("%s = %#x, %s has %v", c.name, c.value, ioUringHeader, v)
		}
	}
	t.Logf("%s: %d of %d io_uring names checked, %d not defined there: %s",
		ioUringHeader, checked, len(ioUringNames), len(missing), strings.Join(missing, " "))
	if checked == 0 {
		t.Fatalf("no io_uring name could be checked against %s", ioUringHeader)
	}
}

// TestParseCHeader checks the header parser itself on the constructs that
// io_uring.h uses.
func TestParseCHeader(t *testing.T) {
	h := parseCHeader(`
/* comment, enum { X, } */
#define A_FLAG		(1U << 3)	/* trailing */
#define B_FLAG		(1U << B_BIT) // line comment
#define LONGVAL		0x10UL
#define MULTI		(A_FLAG | \
			 LONGVAL)
enum {
	A_BIT,
	B_BIT,		/* 1 */
	C_BIT = 7,
	D_BIT,
};
enum io_uring_thing {
	T_ZERO,
	T_ONE,
	T_LAST
};
enum named_op {
	R_A = 0,
	R_B = 1,
	R_LAST,
	R_FLAG = 1U << 31
};
`)
	want := map[string]uint64{
		"A_FLAG": 8, "B_FLAG": 2, "LONGVAL": 16, "MULTI": 24,
		"A_BIT": 0, "B_BIT": 1, "C_BIT": 7, "D_BIT": 8,
		"T_ZERO": 0, "T_ONE": 1, "T_LAST": 2,
		"R_A": 0, "R_B": 1, "R_LAST": 2, "R_FLAG": 1 << 31,
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			v, err := h.value(name)
			if err != nil {
				t.Fatal(err)
			}
			if u, ok := constant.Uint64Val(v); !ok || u != w {
				t.Errorf("got %v, want %#x", v, w)
			}
		})
	}
	if h.defines("X") {
		t.Error("a name inside a comment was taken as defined")
	}
}

// cHeader holds the object-like macros and enum members of a C header.
type cHeader struct {
	macros map[string]string         // name -> replacement text
	enums  map[string]constant.Value // name -> value
	busy   map[string]bool           // macros being expanded (cycle guard)
}

var (
	cComment   = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	cDefine    = regexp.MustCompile(`(?m)^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.*)$`)
	cEnum      = regexp.MustCompile(`(?s)\benum\b[ \t\n]*(?:\w+[ \t\n]*)?\{(.*?)\}`)
	cIntSuffix = regexp.MustCompile(`\b(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]+\b`)
	cCast      = regexp.MustCompile(`\([ \t]*(?:__[us](?:8|16|32|64)|unsigned(?: int| long)*|int|long)[ \t]*\)`)
)

func parseCHeader(src string) *cHeader {
	src = cComment.ReplaceAllString(src, " ")
	src = strings.ReplaceAll(src, "\\\n", " ")
	h := &cHeader{
		macros: map[string]string{},
		enums:  map[string]constant.Value{},
		busy:   map[string]bool{},
	}
	for _, m := range cDefine.FindAllStringSubmatch(src, -1) {
		h.macros[m[1]] = strings.TrimSpace(m[2])
	}
	for _, m := range cEnum.FindAllStringSubmatch(src, -1) {
		next := constant.MakeInt64(0)
		for _, item := range strings.Split(m[1], ",") {
			item = strings.TrimSpace(item)
			if item == "" {
				continue
			}
			name, expr, hasValue := strings.Cut(item, "=")
			name = strings.TrimSpace(name)
			v := next
			if hasValue {
				var err error
				if v, err = h.eval(expr); err != nil {
					v = constant.MakeUnknown()
				}
			}
			h.enums[name] = v
			next = constant.BinaryOp(v, token.ADD, constant.MakeInt64(1))
		}
	}
	return h
}

func (h *cHeader) defines(name string) bool {
	_, isMacro := h.macros[name]
	_, isEnum := h.enums[name]
	return isMacro || isEnum
}

// value evaluates name, a macro or an enum member, to an integer constant.
func (h *cHeader) value(name string) (constant.Value, error) {
	if v, ok := h.enums[name]; ok {
		if v.Kind() != constant.Int {
			return nil, fmt.Errorf("enum member %s has a value this parser cannot evaluate", name)
		}
		return v, nil
	}
	text, ok := h.macros[name]
	if !ok {
		return nil, fmt.Errorf("%s is not defined", name)
	}
	if h.busy[name] {
		return nil, fmt.Errorf("%s is defined in terms of itself", name)
	}
	h.busy[name] = true
	defer delete(h.busy, name)
	return h.eval(text)
}

// eval evaluates a C integer constant expression: literals with U/L
// suffixes, casts to integer types, names, parentheses, unary - and ~,
// and the binary arithmetic, shift and bitwise operators.
func (h *cHeader) eval(expr string) (constant.Value, error) {
	expr = cIntSuffix.ReplaceAllString(expr, "$1")
	expr = cCast.ReplaceAllString(expr, "")
	expr = strings.ReplaceAll(expr, "~", "^")
	x, err := parser.ParseExpr(expr)
	if err != nil {
		return nil, fmt.Errorf("parsing %q: %v", expr, err)
	}
	return h.evalNode(x)
}

func (h *cHeader) evalNode(x ast.Expr) (constant.Value, error) {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.INT {
			return nil, fmt.Errorf("not an integer: %s", x.Value)
		}
		return constant.MakeFromLiteral(x.Value, x.Kind, 0), nil
	case *ast.Ident:
		return h.value(x.Name)
	case *ast.ParenExpr:
		return h.evalNode(x.X)
	case *ast.UnaryExpr:
		v, err := h.evalNode(x.X)
		if err != nil {
			return nil, err
		}
		switch x.Op {
		case token.SUB, token.ADD, token.XOR:
			return constant.UnaryOp(x.Op, v, 0), nil
		}
	case *ast.BinaryExpr:
		a, err := h.evalNode(x.X)
		if err != nil {
			return nil, err
		}
		b, err := h.evalNode(x.Y)
		if err != nil {
			return nil, err
		}
		switch x.Op {
		case token.SHL, token.SHR:
			n, ok := constant.Uint64Val(b)
			if !ok || n > 63 {
				return nil, fmt.Errorf("bad shift count %v", b)
			}
			return constant.Shift(a, x.Op, uint(n)), nil
		case token.ADD, token.SUB, token.MUL, token.OR, token.AND, token.XOR:
			return constant.BinaryOp(a, x.Op, b), nil
		}
	}
	return nil, fmt.Errorf("unsupported expression %T", x)
}
