#!/usr/bin/env python3
"""Scores and times page cleaning on real pages (pages.sh writes the inputs).

    score_pages.py DIR OUT RUNS LOAD_START LOAD_END DETENTE_VERSION TRAFILATURA_VERSION

The score is the article-extraction benchmark's: for each page, the
multisets of word 4-grams (\\w+ tokens) of the truth and of the answer give
tp/fp/fn normalised to sum 1; precision and recall are averaged over pages
and F1 is taken from the two averages. Pages per second: detente's whole
process (start-up included, median of the runs) against trafilatura's
extract() loop (median of the runs, no start-up). Standard library only.
"""
import json, os, re, statistics, sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    t = TOKEN.findall(text or "")
    return Counter(tuple(t[i:i + n]) for i in range(max(0, len(t) - n + 1)))


def counts(truth, answer):
    a, b = shingles(truth), shingles(answer)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(c):
    tp, fp, fn = c
    p = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    r = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return p, r


def score(truth, answers):
    cs = {k: counts(truth[k].get("articleBody", ""), answers.get(k, "")) for k in truth}
    ps = [prf(c)[0] for c in cs.values() if c[0] + c[1] > 0]
    rs = [prf(c)[1] for c in cs.values() if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    d, out, runs, load0, load1, det_v, traf_v = sys.argv[1:8]
    truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    det = {}
    for line in open(os.path.join(out, "detente.out.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        det[os.path.splitext(os.path.basename(o["file"]))[0]] = o["text"]
    traf = {}
    for line in open(os.path.join(out, "trafilatura.out.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        traf[o["id"]] = o["text"]
    m = json.load(open(os.path.join(out, "detente.measure.json")))
    inner = [json.load(open(os.path.join(out, f"trafilatura.inner.{r}.json"))) for r in range(1, int(runs) + 1)]
    n = len(truth)
    mb = sum(os.path.getsize(os.path.join(out, "html", k + ".html")) for k in truth) / 1e6
    det_s = m["median_s"]
    traf_s = statistics.median(i["seconds"] for i in inner)
    rows = [("detente clean", det, det_s, f"whole process, median of {runs}"),
            ("trafilatura extract()", traf, traf_s, f"extract() loop only, median of {runs}")]
    print(f"## Page cleaning on {n} real pages ({mb:.1f} MB)\n")
    print(f"detente {det_v}; trafilatura {traf_v}; load average {load0} at start, {load1} at end.\n")
    print("| tool | F1 | precision | recall | seconds | pages/s | timed |")
    print("|---|---|---|---|---|---|---|")
    for name, ans, secs, how in rows:
        p, r, f = score(truth, ans)
        print(f"| {name} | {f:.3f} | {p:.3f} | {r:.3f} | {secs:.2f} | {n / secs:.0f} | {how} |")
    traf_cpu = statistics.median(i["cpu_seconds"] for i in inner)
    print(f"\ndetente / trafilatura pages per second: {traf_s / det_s:.1f}x "
          f"(by CPU time: {traf_cpu / m['cpu_s']:.1f}x, {m['cpu_s']:.2f} s against {traf_cpu:.2f} s)")


if __name__ == "__main__":
    main()
