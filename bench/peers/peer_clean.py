#!/usr/bin/env python3
"""Page cleaning with a peer library: HTML page in, article text out.

    peer_clean.py TOOL LIST.txt OUT.jsonl TIMING.json

TOOL is one of:
  trafilatura       trafilatura.extract(html)                 (defaults: fallbacks on)
  trafilatura-fast  trafilatura.extract(html, fast=True)      (no fallback extractors)
  readability       readability.Document(html).summary(), turned into text with lxml
  resiliparse       resiliparse extract_plain_text(html, main_content=True)

LIST.txt names one HTML file per line. Writes {"id", "text"} per page to
OUT.jsonl and {"docs", "bytes", "seconds", "setup_seconds", "errors"} to
TIMING.json, where `seconds` is the time of the loop that reads, decodes and
extracts every page and writes the output — interpreter start-up and imports
are not counted (they are in `setup_seconds`), which favours the peer.
"""
import json
import os
import sys
import time

t0 = time.perf_counter()
TOOL, LIST, OUT, TIMING = sys.argv[1:5]

BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "td", "th", "section", "article",
    "header", "footer", "figure", "figcaption", "dd", "dt", "hr", "aside", "main",
}

if TOOL in ("trafilatura", "trafilatura-fast"):
    import trafilatura

    FAST = TOOL == "trafilatura-fast"

    def extract(html: str) -> str:
        if FAST:
            return trafilatura.extract(html, fast=True) or ""
        return trafilatura.extract(html) or ""

elif TOOL == "readability":
    import lxml.html
    from readability import Document

    def extract(html: str) -> str:
        summary = Document(html).summary()
        root = lxml.html.fromstring(summary)
        # Block elements become line breaks, so words of adjacent paragraphs
        # are not glued together by text_content().
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag in BLOCK:
                el.text = "\n" + (el.text or "")
                el.tail = "\n" + (el.tail or "")
        return root.text_content()

elif TOOL == "resiliparse":
    from resiliparse.extract.html2text import extract_plain_text

    def extract(html: str) -> str:
        return extract_plain_text(html, main_content=True)

else:
    sys.exit(f"peer_clean.py: unknown tool {TOOL}")

paths = [line.rstrip("\n") for line in open(LIST, encoding="utf-8") if line.strip()]
setup = time.perf_counter() - t0

errors = 0
total_bytes = 0
start, start_cpu = time.perf_counter(), time.process_time()
with open(OUT, "w", encoding="utf-8") as out:
    for path in paths:
        with open(path, "rb") as f:
            raw = f.read()
        total_bytes += len(raw)
        html = raw.decode("utf-8", errors="replace")
        try:
            text = extract(html)
        except Exception as exc:  # a peer failing on a page scores an empty text
            errors += 1
            print(f"peer_clean.py: {TOOL} failed on {path}: {exc}", file=sys.stderr)
            text = ""
        doc_id = os.path.splitext(os.path.basename(path))[0]
        out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - start_cpu

with open(TIMING, "w") as f:
    json.dump({"tool": TOOL, "docs": len(paths), "bytes": total_bytes, "seconds": seconds, "cpu_seconds": cpu_seconds,
               "setup_seconds": setup, "errors": errors}, f, indent=1)
