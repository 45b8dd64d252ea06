#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# compare-ledger.sh [ROWS] [REPS]
#
# Runs libkommune's ledger-bench, the anchors' plain C reference and
# DuckDB (in memory, 2 threads, through the anchors' tools/duckdb.mjs) on
# the same generated ledger, alternating them in each repetition so that
# a slow phase of the machine hits all three, and prints the medians of
# Q0 (load) to Q3 and the ratios (their time / libkommune's time; higher
# means libkommune is faster). The CHECK lines of all three must agree.
#
# Needs the anchor sources beside the project (../shared/bench, only
# read) and a built tree (_build). The generator, the reference and a
# copy of the DuckDB tool with its npm packages go under
# _build/bench-ledger; without node and npm, DuckDB is left out.
set -euo pipefail

rows=${1:-10000000}
reps=${2:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
anchors=${ANCHORS:-$top/../shared/bench}
[ -d "$anchors" ] || anchors=$top/../../shared/bench   # from a worktree one level down
work=$top/_build/bench-ledger
mkdir -p "$work"

[ -f "$anchors/src/ref_kostra.c" ] || { echo "no anchor sources in $anchors" >&2; exit 1; }
gcc -O2 -o "$work/gen_ledger" "$anchors/src/gen_ledger.c" -lm
gcc -O2 -o "$work/ref_kostra" "$anchors/src/ref_kostra.c"
ninja -C "$top/_build" bench/ledger-bench >/dev/null

duckdb=yes
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  duckdb=no
  echo "node or npm missing: comparing with the C reference only" >&2
elif [ ! -d "$work/anchors/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$work/anchors"
  cp -r "$anchors/package.json" "$anchors/tools" "$anchors/sql" "$work/anchors/"
  (cd "$work/anchors" && npm install --no-audit --no-fund >/dev/null 2>&1) || {
    duckdb=no
    echo "npm install of DuckDB failed: comparing with the C reference only" >&2
  }
fi

ledger=$work/ledger_$rows.csv
[ -f "$ledger" ] || "$work/gen_ledger" "$rows" "$ledger" >/dev/null 2>&1

declare -A times m
checks() { grep '^CHECK_' <<<"$1"; }
record() { # tool output
  local q
  for q in Q0 Q1 Q2 Q3; do
    times[$1,$q]+="$(awk -v q=$q '$1 == "TIME" && $2 == q {print $3}' <<<"$2") "
  done
}

tools=(libkommune c-reference)
[ "$duckdb" = yes ] && tools+=(duckdb)
for rep in $(seq "$reps"); do
  ours=$("$top/_build/bench/ledger-bench" "$ledger")
  record libkommune "$ours"
  mbps+="$(awk '$1 == "LOAD_MBPS" {print $2}' <<<"$ours") "
  bpl=$(awk '$1 == "BYTES_PER_LINE" {print $2}' <<<"$ours")
  rss=$(awk '$1 == "RSS_BYTES_PER_LINE" {print $2}' <<<"$ours")
  ref=$("$work/ref_kostra" full "$ledger")
  record c-reference "$ref"
  [ "$(checks "$ours")" = "$(checks "$ref")" ] || { echo "CHECK lines differ from the C reference" >&2; exit 1; }
  if [ "$duckdb" = yes ]; then
    duck=$(cd "$work/anchors" && node tools/duckdb.mjs full "$ledger" :memory: 2)
    record duckdb "$duck"
    [ "$(checks "$ours")" = "$(checks "$duck")" ] || { echo "CHECK lines differ from DuckDB" >&2; exit 1; }
  fi
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "rows: $rows, repetitions: $reps, alternating; medians in seconds"
checks "$ours"
echo "libkommune load: $(median <<<"$mbps") MB/s, $bpl bytes per line in columns, $rss by RSS"
printf '%-12s %10s %10s %10s %10s\n' tool Q0 Q1 Q2 Q3
for tool in "${tools[@]}"; do
  printf '%-12s' "$tool"
  for q in Q0 Q1 Q2 Q3; do
    m[$q]=$(median <<<"${times[$tool,$q]}")
    printf ' %10s' "${m[$q]}"
    eval "med_${tool//-/_}_$q=${m[$q]}"
  done
  echo
done
for tool in "${tools[@]:1}"; do
  printf 'ratio %s / libkommune:' "$tool"
  for q in Q0 Q1 Q2 Q3; do
    a=$(eval echo "\$med_${tool//-/_}_$q")
    b=$(eval echo "\$med_libkommune_$q")
    awk -v q=$q -v a="$a" -v b="$b" 'BEGIN {printf "  %s %.2fx", q, a / b}'
  done
  echo
done
