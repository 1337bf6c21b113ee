#!/usr/bin/env bash
# instrcount.sh: user-space instructions per system call made through zcall
# and through the standard library, counted by callgrind, so the figures do
# not depend on the machine's noise.
#
#   bash scripts/instrcount.sh [-annotate]
#
# It builds the loops of internal/instrloop (a test binary) and runs all of
# them, N calls each (INSTRCOUNT_N, default 100000), in one process under
#   valgrind --tool=callgrind --toggle-collect='*instrloop.measured' \
#     --dump-after='*instrloop.measured'
# with GOMAXPROCS=1, GOGC=off, asynchronous preemption off and RDTSCP off
# (GODEBUG=cpu.rdtscp=off: valgrind 3.19 lists RDTSCP in CPUID but stops
# with SIGILL when it runs, and the runtime reads the time-stamp counter
# whenever one of its locks is contended, so on a busy machine at any
# moment; the loop binary reads it once before the loops, so a run without
# the setting fails every time): one count per loop. It does that three times and keeps each loop's least count; the
# test binary then subtracts the empty loop's count, divides by N and
# prints the tables. What remains per call is everything the caller's loop
# does for the call: argument stores, the call, result loads, the register
# reloads a call forces, and the called code down to the kernel (kernel
# time is not counted). -annotate also prints callgrind_annotate's
# per-function split of every zcall loop.
#
# The script exits 1 if a raw wrapper costs more than 2 instructions over
# the same call made through the trampoline (every raw Linux wrapper is
# measured on linux/amd64), or, on linux/amd64, if Syscall4 (getppid)
# costs more than 22, Syscall6 (getppid) more than 26 or Read on EAGAIN
# more than 27. The limits live in internal/instrloop.
set -euo pipefail
cd "$(dirname "$0")/.."

annotate=0
case "${1:-}" in
-annotate) annotate=1 ;;
"") ;;
*) echo "usage: $0 [-annotate]" >&2; exit 2 ;;
esac

n=${INSTRCOUNT_N:-100000}
runs=3

command -v valgrind >/dev/null || { echo "instrcount: valgrind not found (Debian package valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=$tmp/instrloop.test
CGO_ENABLED=0 go test -c -o "$bin" ./internal/instrloop

mapfile -t names < <(INSTRLOOP=list "$bin")
declare -a best
notes=""
for ((r = 1; r <= runs; r++)); do
	echo "instrcount: run $r of $runs: ${#names[@]} loops of $n calls under callgrind" >&2
	out=$tmp/run$r.out
	if ! log=$(GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 GOGC=off INSTRLOOP="all:$n" INSTRLOOP_VALGRIND=1 \
		valgrind --tool=callgrind --log-file="$tmp/valgrind$r.log" --toggle-collect='*instrloop.measured' \
		--dump-after='*instrloop.measured' --callgrind-out-file="$out" "$bin" 2>&1); then
		echo "instrcount: the loops failed:" >&2
		printf '%s\n' "$log" >&2
		grep -v 'unhandled amd64-linux syscall\|own handler\|README_MISSING\|Nevertheless we consider\|valgrind.org/support' "$tmp/valgrind$r.log" | tail -20 >&2
		exit 1
	fi
	[ $r -ne 1 ] || notes=$log
	# Dump k (callgrind's file $out.k) is the k-th loop's count.
	for i in "${!names[@]}"; do
		f=$out.$((i + 1))
		[ -f "$f" ] || { echo "instrcount: no callgrind dump for ${names[$i]} ($f)" >&2; exit 1; }
		c=$(sed -n 's/^summary: \([0-9]*\)$/\1/p' "$f")
		[ -n "$c" ] || { echo "instrcount: no count in $f" >&2; exit 1; }
		if [ -z "${best[$i]:-}" ] || [ "$c" -lt "${best[$i]}" ]; then
			best[$i]=$c
		fi
	done
	[ ! -f "$out.$((${#names[@]} + 1))" ] || { echo "instrcount: more dumps than loops in run $r" >&2; exit 1; }
done

[ -z "$notes" ] || printf '%s\n\n' "$notes"
status=0
for i in "${!names[@]}"; do
	printf '%s\t%s\n' "${names[$i]}" "${best[$i]}"
done | INSTRLOOP="report:$n" "$bin" || status=$?

if [ $annotate -eq 1 ]; then
	for i in "${!names[@]}"; do
		case "${names[$i]}" in *"|zcall."* | "io_uring NOP|syscall.RawSyscall6") ;; *) continue ;; esac
		echo
		echo "== ${names[$i]}: instructions by function ($n calls, run 1)"
		callgrind_annotate "$tmp/run1.out.$((i + 1))" |
			awk '/file:function/ { on = 1; next } on && (NF == 0 || /^--/) { exit } on'
	done
fi
exit $status
