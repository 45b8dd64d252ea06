#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# compare-anchors.sh [ROWS] [REPS]
#
# Measures libkommune's ledger-totals against the plain C reference of the
# anchor benchmarks in the same run, on the same generated ledger, and
# prints the ratio (libkommune time / C reference time; lower is better).
# Needs the anchor sources beside the project (../shared/bench) and a
# built tree (_build); nothing in the build or the tests depends on them.
set -euo pipefail

rows=${1:-1000000}
reps=${2:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
anchors=${ANCHORS:-$top/../shared/bench}
work=$top/_build/bench-anchors
mkdir -p "$work"

[ -f "$anchors/src/ref_kostra.c" ] || { echo "no anchor sources in $anchors" >&2; exit 1; }
gcc -O2 -o "$work/gen_ledger" "$anchors/src/gen_ledger.c" -lm
gcc -O2 -o "$work/ref_kostra" "$anchors/src/ref_kostra.c"
ninja -C "$top/_build" bench/ledger-totals >/dev/null

ledger=$work/ledger_$rows.csv
[ -f "$ledger" ] || "$work/gen_ledger" "$rows" "$ledger" >/dev/null

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ours=() ; ref_q0=() ; ref_q3=()
for _ in $(seq "$reps"); do
  out=$("$top/_build/bench/ledger-totals" "$ledger")
  ours+=("$(awk '/^TIME/ {print $3}' <<<"$out")")
  total=$(awk '/^CHECK_TOTAL_KRONER/ {print $2}' <<<"$out")
  ref=$("$work/ref_kostra" full "$ledger")
  ref_q0+=("$(awk '$1 == "TIME" && $2 == "Q0" {print $3}' <<<"$ref")")
  ref_q3+=("$(awk '$1 == "TIME" && $2 == "Q3" {print $3}' <<<"$ref")")
  ref_total=$(awk '$1 == "CHECK_Q3" {print $4}' <<<"$ref")
done

m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_q0=$(printf '%s\n' "${ref_q0[@]}" | median)
m_q3=$(printf '%s\n' "${ref_q3[@]}" | median)
echo "rows: $rows, repetitions: $reps (medians, seconds)"
echo "libkommune ledger-totals (parse every amount exactly + checked Q3 totals): $m_ours"
echo "C reference Q0 load + Q3: $m_q0 + $m_q3"
awk -v a="$m_ours" -v b="$m_q0" -v c="$m_q3" 'BEGIN {printf "ratio libkommune / C reference: %.2fx\n", a / (b + c)}'
echo "grand total: libkommune $total kr, C reference ${ref_total:-?} kr"
