#!/usr/bin/env bash
# Page cleaning on real pages: detente beside trafilatura, in one run, on the
# same pages, with the article-extraction benchmark's own score.
#
#   bench/peers/pages.sh [DIR] [--runs R]
#
# DIR holds truth.json ({key: {"articleBody": text}}) and html/KEY.html.gz,
# as the ScrapingHub article-extraction benchmark ships them (MIT); the
# default is $DETENTE_PAGES, else /work/shared/dev/pages. Steps:
#   1. builds detente (release) and unpacks the pages to bench/out/pages/;
#   2. installs trafilatura (pinned in requirements.txt) in bench/out/venv-pages
#      (only it: the other peers of run.sh are not needed here);
#   3. times `detente clean --format json` over all pages in one process,
#      start-up included (median of R runs, default 3), and trafilatura's
#      extract() loop (peer_clean.py: without interpreter start-up or imports,
#      which favours the peer), R runs too;
#   4. scores both answers (score_pages.py: word 4-gram precision/recall,
#      averaged over pages, as the benchmark does) and prints the table, also
#      written to bench/out/pages-results.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${DETENTE_PAGES:-/work/shared/dev/pages}
RUNS=3
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) DIR=$1; shift ;;
  esac
done
[ -f "$DIR/truth.json" ] && [ -d "$DIR/html" ] || { echo "pages.sh: $DIR has no truth.json and html/" >&2; exit 2; }
OUT="$ROOT/bench/out/pages"
VENV="$ROOT/bench/out/venv-pages"
PY="$VENV/bin/python"
log() { echo "pages.sh: $*" >&2; }

log "building detente (release)"
(cd "$ROOT" && cargo build --release -p detente --quiet)
DET="$ROOT/target/release/detente"

rm -rf "$OUT"
mkdir -p "$OUT/html"
python3 - "$DIR" "$OUT" <<'PY'
import gzip, json, os, sys
src, out = sys.argv[1:3]
keys = sorted(json.load(open(os.path.join(src, "truth.json"), encoding="utf-8")))
with open(os.path.join(out, "list.txt"), "w") as lst:
    for k in keys:
        path = os.path.join(out, "html", k + ".html")
        with gzip.open(os.path.join(src, "html", k + ".html.gz")) as f, open(path, "wb") as g:
            g.write(f.read())
        lst.write(path + "\n")
PY

if ! "$PY" -c "import trafilatura" 2>/dev/null; then
  log "installing trafilatura in $VENV"
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet "$(grep '^trafilatura==' "$HERE/requirements.txt")"
fi

load_start=$(cut -d' ' -f1 /proc/loadavg)
log "detente clean, $RUNS runs"
python3 "$HERE/measure.py" --runs "$RUNS" --json "$OUT/detente.measure.json" --stdout "$OUT/detente.out.jsonl" \
  -- xargs -a "$OUT/list.txt" -d '\n' "$DET" clean --format json
for r in $(seq 1 "$RUNS"); do
  log "trafilatura extract(), run $r of $RUNS"
  "$PY" "$HERE/peer_clean.py" trafilatura "$OUT/list.txt" "$OUT/trafilatura.out.jsonl" "$OUT/trafilatura.inner.$r.json"
done
load_end=$(cut -d' ' -f1 /proc/loadavg)

python3 "$HERE/score_pages.py" "$DIR" "$OUT" "$RUNS" "$load_start" "$load_end" \
  "$("$DET" --version)" "$("$PY" -c 'import trafilatura; print(trafilatura.__version__)')" \
  | tee "$ROOT/bench/out/pages-results.md"
