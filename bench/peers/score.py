#!/usr/bin/env python3
"""Score and tabulate the side-by-side benchmark written by run.sh.

    score.py RUNS_DIR CORPUS_DIR > results.md

RUNS_DIR holds, per measured run NAME, NAME.out.jsonl (the tool's output),
NAME.measure.json (measure.py: wall time, peak memory) and, for the Python
peers, NAME.inner.json (the time of their processing loop), plus
manifest.json (what was run, on how many documents) and machine.json.
CORPUS_DIR is the detente-corpus directory (truth.jsonl, corpus.jsonl, html/).

Accuracy, the same for every tool:
- page cleaning: bag of words (lower-cased `\\w+` tokens, counted with
  multiplicity) of the extracted text against the truth `main_text`,
  micro-averaged over the pages: precision = shared words / extracted words,
  recall = shared words / truth words.
- people: per document, a found name matches a planted person when its last
  word equals the first or the last word of the planted name (the word a
  person is referred to by is one of the two: surname last for most names,
  first for Chinese and Korean names), case- and accent-insensitive, doubled
  letters folded (Zelenskyy = Zelensky). Recall = planted people matched by
  some found name; precision = distinct found names (by that word) that
  match a planted person of the document.
- dates: a planted date is found when some date found in the document has
  the same resolved value, or the planted value (YYYY, YYYY-MM or YYYY-MM-DD)
  is a prefix of the found one (dateparser always resolves to a day).
  Precision = found date mentions whose value matches a planted date.
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

RUNS, CORPUS = sys.argv[1:3]
manifest = json.load(open(os.path.join(RUNS, "manifest.json")))
machine = json.load(open(os.path.join(RUNS, "machine.json")))

truth = {}
with open(os.path.join(CORPUS, "truth.jsonl"), encoding="utf-8") as f:
    for line in f:
        t = json.loads(line)
        truth[t["id"]] = t
corpus_order = []
corpus_text = {}
with open(os.path.join(CORPUS, "corpus.jsonl"), encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        corpus_order.append(d["id"])
        corpus_text[d["id"]] = d["text"]


def load(name):
    path = os.path.join(RUNS, name + ".out.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def measure(name):
    m = json.load(open(os.path.join(RUNS, name + ".measure.json")))
    inner_path = os.path.join(RUNS, name + ".inner.json")
    if os.path.exists(inner_path):
        inner = json.load(open(inner_path))
        m["seconds"] = inner["seconds"]
        m["setup_s"] = inner["setup_seconds"]
        m["timed"] = "loop"
        m["cpu"] = inner.get("cpu_seconds")
    else:
        m["seconds"] = m["median_s"]
        m["cpu"] = m.get("cpu_s")
        m["timed"] = "process"
    return m


# ------------------------------------------------------------------ scoring

WORD = re.compile(r"\w+")


def bag(text):
    return Counter(WORD.findall(text.lower()))


def score_clean(texts):
    """texts: {id: extracted text}; micro P/R/F1 of words against main_text."""
    shared = found = wanted = 0
    for doc_id, text in texts.items():
        got, ref = bag(text), bag(truth[doc_id]["main_text"])
        shared += sum((got & ref).values())
        found += sum(got.values())
        wanted += sum(ref.values())
    p = shared / found if found else 0.0
    r = shared / wanted if wanted else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def fold(word):
    word = word.replace("ı", "i").replace("İ", "I")
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c)).lower()
    word = re.sub(r"['’]s$", "", word)
    word = re.sub(r"[^a-z0-9-]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def name_words(name):
    return [w for w in (fold(x) for x in name.split()) if w]


def score_people(found_by_doc):
    """found_by_doc: {id: [names]} -> (precision, recall, found, correct, planted, recalled)."""
    planted = recalled = found_n = correct = 0
    for doc_id, names in found_by_doc.items():
        people = [name_words(p["name"]) for p in truth[doc_id]["people"]]
        keys = {name_words(n)[-1] for n in names if name_words(n)}
        hit = set()
        for key in keys:
            found_n += 1
            ok = False
            for i, words in enumerate(people):
                if words and key in (words[0], words[-1]):
                    ok = True
                    hit.add(i)
            correct += ok
        planted += len(people)
        recalled += len(hit)
    return (correct / found_n if found_n else 0.0, recalled / planted if planted else 0.0,
            found_n, correct, planted, recalled)


def date_match(planted, found):
    return bool(found) and (found == planted or found.startswith(planted))


def score_dates(found_by_doc):
    planted_n = recalled = found_n = correct = 0
    for doc_id, values in found_by_doc.items():
        planted = [d["value"] for d in truth[doc_id]["dates"]]
        planted_n += len(planted)
        recalled += sum(1 for p in planted if any(date_match(p, v) for v in values))
        found_n += len(values)
        correct += sum(1 for v in values if any(date_match(p, v) for p in planted))
    return (correct / found_n if found_n else 0.0, recalled / planted_n if planted_n else 0.0,
            found_n, correct, planted_n, recalled)


def detente_clean_texts(name):
    return {os.path.splitext(os.path.basename(r["file"]))[0]: r.get("text") or "" for r in load(name)}


def peer_clean_texts(name):
    return {r["id"]: r["text"] for r in load(name)}


def detente_extract(name):
    people, dates = {}, {}
    for r in load(name):
        doc_id = r["document"]["external_id"]
        people[doc_id] = [e["name"] for e in r.get("entities", []) if e.get("kind") == "person"]
        dates[doc_id] = [d.get("value") or "" for d in r.get("dates", [])]
    return people, dates


def peer_nlp(name):
    people, dates = {}, {}
    for r in load(name):
        people[r["id"]] = r["people"]
        dates[r["id"]] = [d["value"] for d in r["dates"]]
    return people, dates


# ------------------------------------------------------------------ formatting


def verdict(whole, loop, bar):
    if whole >= bar:
        return True
    return "only without start-up" if loop >= bar else False


def pct(x):
    return f"{100 * x:.1f}%"


def num(x):
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio(det_rate, peer_rate):
    r = det_rate / peer_rate
    return f"**{r:,.0f}x**" if r >= 100 else (f"**{r:.1f}x**" if r >= 1 else f"**{r:.2f}x**")


def mb(bytes_):
    return bytes_ / 1e6


def html_bytes(ids):
    return sum(os.path.getsize(os.path.join(CORPUS, "html", i + ".html")) for i in ids)


def text_bytes(ids):
    return sum(len(corpus_text[i].encode("utf-8")) for i in ids)


def text_words(ids):
    return sum(len(corpus_text[i].split()) for i in ids)


out = []
p = out.append
bars = []

p(f"Command: `{manifest['command']}`  ")
p(f"Corpus: detente-corpus seed {manifest['seed']}, {manifest['docs']:,} documents "
  f"({mb(html_bytes(corpus_order)):.1f} MB of HTML, {mb(text_bytes(corpus_order)):.1f} MB of text).  ")
p(f"Machine: {machine['cpu']}, {machine['nproc']} cores (nproc), {machine['mem_gib']:.1f} GiB; "
  f"load average {machine['load_start']} at the start, {machine.get('load_end', '?')} at the end; "
  f"{machine['rustc']}; Python {machine['python']}.  ")
p(f"detente: {machine.get('detente', '?')}.  ")
p("Peers: " + ", ".join(machine.get("peers", [])) + ".")
p("")
p("Every tool runs in its own process, one thread, on the same files in the same run. "
  + (f"detente's time is the median wall time of {manifest['runs']} runs of the whole process"
     if manifest["runs"] > 1 else "detente's time is the wall time of the whole process")
  + " (start-up and file reading included); a Python peer's "
  "time is its processing loop only (reading files and writing output included; interpreter start-up, "
  "imports, model loading and warm-up excluded, which favours the peer). Peak MB is the process's "
  "maximum resident set (`/usr/bin/time -f %M`). The ratio column is detente's throughput divided by "
  "the peer's, both on the same documents.")
clean_only = manifest.get("clean_only", False)
startup_clean = measure("startup-clean")["median_s"]
if clean_only:
    p(f"detente's start-up (loading its knowledge base) is {1000 * startup_clean:.0f} ms for `clean` of "
      "one page; the bars below also give the ratio with it left out, as it is for the peers. "
      "Page cleaning only (`--clean-only`).")
else:
    startup_extract = measure("startup-extract")["median_s"]
    p(f"detente's start-up (loading its knowledge base) is {1000 * startup_extract:.0f} ms for `extract` "
      f"and {1000 * startup_clean:.0f} ms for `clean` of one page; the bars below also give the ratio with it "
      "left out, as it is for the peers.")
p("")


def both(det_m, peer_m, startup):
    """Speed ratio detente/peer on the same documents: whole process, without
    detente's start-up, and by CPU time (which other load disturbs less)."""
    whole = peer_m["seconds"] / det_m["seconds"]
    loop = peer_m["seconds"] / max(det_m["seconds"] - startup, 1e-9)
    fmt = (lambda r: f"{r:,.0f}x") if whole >= 10 else (lambda r: f"{r:.2f}x")
    text = f"{fmt(whole)} ({fmt(loop)} without detente's start-up"
    if det_m.get("cpu") and peer_m.get("cpu"):
        text += f"; {fmt(peer_m['cpu'] / det_m['cpu'])} by CPU time"
    return text + ")", whole, loop

# --- page cleaning
kc = manifest["clean_docs"]
clean_ids = corpus_order[:kc]
hb = html_bytes(clean_ids)
p(f"### Page cleaning: HTML page to article text (first {kc:,} pages, {mb(hb):.1f} MB of HTML)")
p("")
p("| tool | pages/s | MB/s of HTML | peak MB | detente speed / peer | word precision | word recall | word F1 |")
p("|---|---:|---:|---:|---:|---:|---:|---:|")
det = measure("clean-detente")
det_rate = kc / det["seconds"]
dp, dr, df = score_clean(detente_clean_texts("clean-detente"))
p(f"| detente clean | {num(det_rate)} | {num(mb(hb) / det['seconds'])} | {det['peak_kb'] / 1024:.0f} | 1x "
  f"| {pct(dp)} | {pct(dr)} | {pct(df)} |")
clean_scores = {}
for tool, label in manifest["clean_peers"]:
    name = "clean-" + tool
    m = measure(name)
    rate = kc / m["seconds"]
    cp, cr, cf = score_clean(peer_clean_texts(name))
    clean_scores[tool] = (m, cp, cr, cf)
    p(f"| {label} | {num(rate)} | {num(mb(hb) / m['seconds'])} | {m['peak_kb'] / 1024:.0f} | "
      f"{ratio(det_rate, rate)} | {pct(cp)} | {pct(cr)} | {pct(cf)} |")
if manifest["docs"] > kc:
    m = measure("clean-detente-all")
    n = manifest["docs"]
    ap, ar, af = score_clean(detente_clean_texts("clean-detente-all"))
    p(f"| detente clean, all {n:,} pages | {num(n / m['seconds'])} | "
      f"{num(mb(html_bytes(corpus_order)) / m['seconds'])} | {m['peak_kb'] / 1024:.0f} | | "
      f"{pct(ap)} | {pct(ar)} | {pct(af)} |")
p("")
for tool in ("trafilatura", "trafilatura-fast"):
    if tool in clean_scores:
        pm, cp, cr, cf = clean_scores[tool]
        label = dict(manifest["clean_peers"])[tool]
        text, whole, loop = both(det, pm, startup_clean)
        bars.append((f"page cleaning ≥ 3x the speed of {label}", text, verdict(whole, loop, 3)))
        bars.append((f"page cleaning at least as accurate as {label} (word F1)",
                     f"{pct(df)} vs {pct(cf)}", df >= cf))

# --- names, dates, pipeline
if not clean_only:
    kn = manifest["nlp_docs"]
    nlp_ids = corpus_order[:kn]
    tb, tw = text_bytes(nlp_ids), text_words(nlp_ids)
    detx = measure("extract-detente")
    detx_rate = kn / detx["seconds"]
    det_people, det_dates = detente_extract("extract-detente")
    spacy_on = manifest["spacy"]

    p(f"### People: plain text to person names (first {kn:,} articles, {mb(tb):.2f} MB, {tw:,} words)")
    p("")
    p("| tool | articles/s | words/s | peak MB | detente speed / peer | precision | recall |")
    p("|---|---:|---:|---:|---:|---:|---:|")
    pp, pr, *pc = score_people(det_people)
    p(f"| detente extract (whole pipeline; persons of `entities`) | {num(detx_rate)} | {num(tw / detx['seconds'])} "
      f"| {detx['peak_kb'] / 1024:.0f} | 1x | {pct(pp)} ({pc[1]}/{pc[0]}) | {pct(pr)} ({pc[3]}/{pc[2]}) |")
    # Names alone (no events): the like-for-like comparison with an NER.
    names_m = detx
    if os.path.exists(os.path.join(RUNS, "names-detente.measure.json")):
        names_m = measure("names-detente")
        np_, nr_, *nc = score_people(detente_extract("names-detente")[0])
        p(f"| detente extract --no-events (people, states, places, dates, quotes) | {num(kn / names_m['seconds'])} "
          f"| {num(tw / names_m['seconds'])} | {names_m['peak_kb'] / 1024:.0f} | {detx['seconds'] / names_m['seconds']:.2f}x "
          f"| {pct(np_)} ({nc[1]}/{nc[0]}) | {pct(nr_)} ({nc[3]}/{nc[2]}) |")
    if spacy_on:
        m = measure("nlp-spacy")
        rate = kn / m["seconds"]
        sp, sr, *sc = score_people(peer_nlp("nlp-spacy")[0])
        p(f"| spaCy {machine['spacy_version']} {manifest['spacy_model']} NER (PERSON; tok2vec+ner, batches of 8) | {num(rate)} "
          f"| {num(tw / m['seconds'])} | {m['peak_kb'] / 1024:.0f} | {ratio(detx_rate, rate)} "
          f"| {pct(sp)} ({sc[1]}/{sc[0]}) | {pct(sr)} ({sc[3]}/{sc[2]}) |")
        p(f"| (same spaCy run, against `--no-events`) | | | | {ratio(kn / names_m['seconds'], rate)} | | |")
        text, whole, loop = both(names_m, m, startup_extract)
        label = "names only (`--no-events`)" if names_m is not detx else "whole pipeline"
        bars.append((f"≥ 100x spaCy NER's speed on articles ({label})", text, verdict(whole, loop, 100)))
        wt, _, _ = both(detx, m, startup_extract)
        bars.append(("(for reference) the whole pipeline against spaCy NER", wt, "–"))
        bars.append(("people recall ≥ spaCy's", f"{pct(pr)} vs {pct(sr)}", pr >= sr))
    else:
        p(f"| spaCy NER | not run: {manifest['spacy_reason']} | | | | | |")
        bars.append(("≥ 100x spaCy NER's speed on articles", "not measured (no spaCy model)", None))
        bars.append(("people recall ≥ spaCy's", "not measured (no spaCy model)", None))
    p("")

    p(f"### Dates: plain text to resolved dates (same {kn:,} articles)")
    p("")
    p("| tool | articles/s | MB/s | peak MB | detente speed / peer | precision | recall |")
    p("|---|---:|---:|---:|---:|---:|---:|")
    ep, er, *ec = score_dates(det_dates)
    p(f"| detente extract (whole pipeline; `dates`) | {num(detx_rate)} | {num(mb(tb) / detx['seconds'])} "
      f"| {detx['peak_kb'] / 1024:.0f} | 1x | {pct(ep)} ({ec[1]}/{ec[0]}) | {pct(er)} ({ec[3]}/{ec[2]}) |")
    m = measure("nlp-dateparser")
    rate = kn / m["seconds"]
    qp, qr, *qc = score_dates(peer_nlp("nlp-dateparser")[1])
    p(f"| dateparser {machine['dateparser_version']} search_dates | {num(rate)} | {num(mb(tb) / m['seconds'])} "
      f"| {m['peak_kb'] / 1024:.0f} | {ratio(detx_rate, rate)} | {pct(qp)} ({qc[1]}/{qc[0]}) | {pct(qr)} ({qc[3]}/{qc[2]}) |")
    bars.append(("date recall ≥ dateparser's", f"{pct(er)} vs {pct(qr)}", er >= qr))
    p("")

    p(f"### Whole pipeline: text to events (first {kn:,} articles)")
    p("")
    p("| tool | docs/s | MB/s | peak MB | detente speed / peer | what it produces |")
    p("|---|---:|---:|---:|---:|---|")
    p(f"| detente extract | {num(detx_rate)} | {num(mb(tb) / detx['seconds'])} | {detx['peak_kb'] / 1024:.0f} | 1x "
      "| events, quotes, people, dates, places |")
    if spacy_on:
        m = measure("nlp-pipeline")
        rate = kn / m["seconds"]
        p(f"| spaCy NER + dateparser (Python reference) | {num(rate)} | {num(mb(tb) / m['seconds'])} "
          f"| {m['peak_kb'] / 1024:.0f} | {ratio(detx_rate, rate)} | person names and dates only, no events |")
    if manifest["docs"] > kn:
        m = measure("extract-detente-all")
        n = manifest["docs"]
        ab = text_bytes(corpus_order)
        p(f"| detente extract, all {n:,} articles | {num(n / m['seconds'])} | {num(mb(ab) / m['seconds'])} "
          f"| {m['peak_kb'] / 1024:.0f} | | events, quotes, people, dates, places |")
        ap_, ar_, *_ = score_people(detente_extract("extract-detente-all")[0])
        dp_, dr_, *_ = score_dates(detente_extract("extract-detente-all")[1])
        p("")
        p(f"On all {n:,} articles detente's people precision/recall is {pct(ap_)}/{pct(ar_)} and its date "
          f"precision/recall {pct(dp_)}/{pct(dr_)}.")
    p("")

# --- the parser in the pipeline (issue of the parse stage)
if not clean_only and os.path.exists(os.path.join(RUNS, "parse-detente.measure.json")):
    kn = manifest["nlp_docs"]
    tb = text_bytes(corpus_order[:kn])
    detx = measure("extract-detente")
    full_on = manifest["spacy"] and os.path.exists(os.path.join(RUNS, "nlp-spacy-full.measure.json"))
    p(f"### Whole pipeline, parser included, beside spaCy's whole pipeline (first {kn:,} articles, {mb(tb):.2f} MB)")
    p("")
    p("| tool | docs/s | MB/s | peak MB | detente speed / peer | what it runs |")
    p("|---|---:|---:|---:|---:|---|")
    det_mbs = mb(tb) / detx["seconds"]
    p(f"| **detente extract** (whole pipeline, parser included) | {num(kn / detx['seconds'])} | {num(det_mbs)} "
      f"| {detx['peak_kb'] / 1024:.0f} | 1x | clean, split, tagger + lemmatiser + parser, people, states, places, "
      "dates, quotes, events, JSON records |")
    if full_on:
        m = measure("nlp-spacy-full")
        rate = kn / m["seconds"]
        text, _, _ = both(detx, m, startup_extract)
        p(f"| spaCy {machine['spacy_version']} {manifest['spacy_model']}, whole pipeline (batches of 8) | {num(rate)} "
          f"| {num(mb(tb) / m['seconds'])} | {m['peak_kb'] / 1024:.0f} | {ratio(kn / detx['seconds'], rate)} "
          "| tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner (nothing disabled); no events |")
        bars.append(("(for reference) detente's whole pipeline against spaCy's whole pipeline", text, "–"))
    else:
        p("| spaCy whole pipeline | not run | | | | |")
    p("")
    bars.append(("whole pipeline, parser included, ≥ 2 MB/s on one core (`detente extract`, whole process)",
                 f"{det_mbs:.2f} MB/s", det_mbs >= 2))

    pm = measure("parse-detente")
    sp = measure("startup-parse")["median_s"]
    chunks = sum(1 for _ in open(os.path.join(RUNS, "parse-in.txt")))
    p(f"### Parsing alone: plain text to tags, lemmas and dependency trees (same {kn:,} articles)")
    p("")
    p("| tool | docs/s | MB/s | peak MB | detente speed / peer | what it runs |")
    p("|---|---:|---:|---:|---:|---|")
    bare = max(pm["seconds"] - chunks * sp, 1e-9)
    p(f"| **detente parse** ({chunks} processes, one per file of at most 1 MB) | {num(kn / pm['seconds'])} "
      f"| {num(mb(tb) / pm['seconds'])} | {pm['peak_kb'] / 1024:.0f} | 1x | clean, split, tagger, lemmatiser, "
      f"arc-eager parser, CoNLL-U out; {chunks} start-ups of {1000 * sp:.0f} ms included "
      f"(without them {num(mb(tb) / bare)} MB/s) |")
    if manifest["spacy"] and os.path.exists(os.path.join(RUNS, "nlp-spacy-parse.measure.json")):
        m = measure("nlp-spacy-parse")
        rate = kn / m["seconds"]
        text, _, _ = both(pm, m, chunks * sp)
        p(f"| spaCy {machine['spacy_version']} {manifest['spacy_model']}, NER disabled (batches of 8) | {num(rate)} "
          f"| {num(mb(tb) / m['seconds'])} | {m['peak_kb'] / 1024:.0f} | {ratio(kn / pm['seconds'], rate)} "
          "| tok2vec, tagger, parser, attribute_ruler, lemmatizer; CoNLL-U out |")
        bars.append(("(for reference) `detente parse` against spaCy's tagger and parser", text, "–"))
    p("")

p("### The bars of issue 7")
p("")
p("| bar | measured | holds |")
p("|---|---|---|")
for bar, value, ok in bars:
    shown = ok if isinstance(ok, str) else ("yes" if ok else ("n/a" if ok is None else "**no**"))
    p(f"| {bar} | {value} | {shown} |")
p("")
print("\n".join(out))
