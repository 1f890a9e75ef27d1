#!/usr/bin/env bash
# How detente's throughput scales with corpus size and from 1 to 2 cores.
#
#   bench/peers/scale.sh [--seed S] [--sizes "1000 10000 100000"] [--clean-sizes "1000 10000"] [--runs R]
#
# For each size of --sizes: `detente extract --input-format jsonl` on the
# whole corpus in one process, then the corpus split in two halves run by two
# processes at once (total throughput = documents / wall time of the pair).
# The same for `detente clean --format json` on the HTML pages of
# --clean-sizes. detente is single-threaded, so two processes are how two
# cores are used today. Runs of up to 10,000 documents are repeated R times
# (default 3; the median counts), larger ones once. Writes a markdown table
# to stdout and bench/out/peers-scale.md; corpora go to bench/out/peers/scale/.
set -euo pipefail

SEED=42
SIZES="1000 10000 100000"
CLEAN_SIZES="1000 10000"
RUNS=3
ARGS=("$@")
die() { echo "scale.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) [ $# -ge 2 ] || die "--seed needs a value"; SEED=$2; shift 2 ;;
    --sizes) [ $# -ge 2 ] || die "--sizes needs a value"; SIZES=$2; shift 2 ;;
    --clean-sizes) [ $# -ge 2 ] || die "--clean-sizes needs a value"; CLEAN_SIZES=$2; shift 2 ;;
    --runs) [ $# -ge 2 ] || die "--runs needs a value"; RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
for n in $SEED $SIZES $CLEAN_SIZES $RUNS; do
  [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
for n in $SIZES $CLEAN_SIZES; do
  [ "$n" -ge 2 ] && [ "$n" -le 100000 ] || die "sizes must be between 2 and 100000"
done
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out
WORK=$OUT/peers/scale
STARTED=$(date +%s)
log() { echo "scale.sh [$(( $(date +%s) - STARTED ))s] $*" >&2; }

log "building detente and detente-corpus (release)"
(cd "$ROOT" && cargo build --release --quiet -p detente -p detente-corpus)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
case "$TARGET" in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac
# Copies, so that a rebuild in the shared target directory during the run
# cannot swap the binary under the benchmark.
mkdir -p "$WORK/bin"
for b in detente detente-corpus; do
  cp "$TARGET/release/$b" "$WORK/bin/$b.tmp" && mv -f "$WORK/bin/$b.tmp" "$WORK/bin/$b"
done
DET=$WORK/bin/detente
GEN=$WORK/bin/detente-corpus
mkdir -p "$WORK"
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)

# time NAME RUNS CMD...: writes $WORK/NAME.json (median wall time, peak memory)
timed() {
  local name=$1 runs=$2
  shift 2
  python3 "$HERE/measure.py" --runs "$runs" --json "$WORK/$name.json" -- "$@"
}
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
runs_for() { if [ "$1" -gt 10000 ]; then echo 1; else echo "$RUNS"; fi; }

ROWS=()
row() {  # job docs bytes one.json two.json
  ROWS+=("$(python3 - "$@" <<'PY'
import json, sys
job, docs, size, one, two = sys.argv[1:6]
docs, size = int(docs), int(size)
a, b = json.load(open(one)), json.load(open(two))
r1, r2 = docs / a["median_s"], docs / b["median_s"]
print(f"| {job} | {docs:,} | {size / 1e6:.1f} | {r1:,.0f} | {size / 1e6 / a['median_s']:.2f} | "
      f"{a['peak_kb'] / 1024:.0f} | {r2:,.0f} | {size / 1e6 / b['median_s']:.2f} | {r2 / r1:.2f}x | "
      f"{b['cpu_s'] / b['median_s']:.2f} |")
PY
)")
}

for n in $SIZES; do
  jsonl=$WORK/corpus-s$SEED-n$n.jsonl
  if [ ! -s "$jsonl" ] || [ "$(wc -l < "$jsonl")" != "$n" ]; then
    log "generating $n texts (seed $SEED)"
    "$GEN" --seed "$SEED" --docs "$n" --format jsonl > "$jsonl.tmp" 2>/dev/null
    mv "$jsonl.tmp" "$jsonl"
  fi
  half=$(( n / 2 ))
  head -n "$half" "$jsonl" > "$WORK/half-a.jsonl"
  tail -n +"$(( half + 1 ))" "$jsonl" > "$WORK/half-b.jsonl"
  r=$(runs_for "$n")
  log "detente extract, $n texts, 1 process"
  timed "extract-$n-1p" "$r" "$DET" extract --input-format jsonl "$jsonl"
  log "detente extract, $n texts, 2 processes on halves"
  timed "extract-$n-2p" "$r" bash -c '"$0" extract --input-format jsonl "$1" >/dev/null & p=$!; "$0" extract --input-format jsonl "$2" >/dev/null; wait "$p"' \
    "$DET" "$WORK/half-a.jsonl" "$WORK/half-b.jsonl"
  row "extract (text to events)" "$n" "$(wc -c < "$jsonl")" "$WORK/extract-$n-1p.json" "$WORK/extract-$n-2p.json"
  rm -f "$WORK/half-a.jsonl" "$WORK/half-b.jsonl"
done

for n in $CLEAN_SIZES; do
  dir=$WORK/pages-s$SEED-n$n
  if [ ! -s "$dir/truth.jsonl" ] || [ "$(wc -l < "$dir/truth.jsonl")" != "$n" ]; then
    log "generating $n pages (seed $SEED)"
    rm -rf "$dir" "$dir.tmp"
    "$GEN" --seed "$SEED" --docs "$n" --out "$dir.tmp" 2>/dev/null
    mv "$dir.tmp" "$dir"
  fi
  find "$dir/html" -name '*.html' | sort > "$WORK/pages.txt"
  half=$(( n / 2 ))
  head -n "$half" "$WORK/pages.txt" > "$WORK/pages-a.txt"
  tail -n +"$(( half + 1 ))" "$WORK/pages.txt" > "$WORK/pages-b.txt"
  bytes=$(xargs -a "$WORK/pages.txt" -d '\n' cat | wc -c)
  r=$(runs_for "$n")
  log "detente clean, $n pages, 1 process"
  timed "clean-$n-1p" "$r" xargs -a "$WORK/pages.txt" -d '\n' "$DET" clean --format json
  log "detente clean, $n pages, 2 processes on halves"
  timed "clean-$n-2p" "$r" bash -c 'xargs -a "$1" -d "\n" "$0" clean --format json >/dev/null & p=$!; xargs -a "$2" -d "\n" "$0" clean --format json >/dev/null; wait "$p"' \
    "$DET" "$WORK/pages-a.txt" "$WORK/pages-b.txt"
  row "clean (HTML page to text)" "$n" "$bytes" "$WORK/clean-$n-1p.json" "$WORK/clean-$n-2p.json"
done

{
  echo "## detente: scaling with corpus size and cores"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/peers/scale.sh ${ARGS[*]:-}\`; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, load average $LOAD_START at the start and $(cut -d' ' -f1 /proc/loadavg) at the end. Median of $RUNS runs up to 10,000 documents, one run above. MB = input size (JSON Lines text, or HTML pages). The last column is the pair's CPU time over its wall time: below 2, other processes on the machine held a core part of the time."
  echo
  echo "| job | docs | MB | 1 process docs/s | MB/s | peak MB | 2 processes docs/s | MB/s | 2 vs 1 | cores the pair got |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} > "$OUT/peers-scale.md"
cat "$OUT/peers-scale.md"
