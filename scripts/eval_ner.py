"""Score the NER model on the ANERcorp test split: entity-level P/R/F1 over PER/LOC/ORG.

Usage: python scripts/eval_ner.py [--shared ../shared] [--model rasid/ner/data/ar_ner.npz]
                                  [--doc 20]

The test sentences (tokens joined by spaces) go through ``EntityRecognizer.entities``, the
recognizer's public path, twice:

* each sentence alone, the protocol of the figures published for ANERcorp;
* ``--doc`` consecutive sentences at a time, one sentence a line, as the recognizer sees
  an article: a person's last name found in one sentence is then also found bare in the
  others (``rasid.ner.recognizer.propagate_surnames``).
  ANERcorp marks no article boundaries, so a window may straddle two articles.

A predicted entity is the run of corpus tokens its span touches. As in conlleval, an
entity counts only when its token span and its type both equal a gold entity's; MISC is
not scored (mapped to O as in training). Prints a table per protocol, the tagging speed
(corpus tokens per second through ``entities``, on this machine, gazetteer and catalogue
matching included) and one line ``NER {json}`` (top-level figures: sentences alone;
``in_documents``: the other).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import ANER_MAP, ANER_TEST, Sentence, join_tokens, read_conll  # noqa: E402

from rasid.ner.features import LABELS, decode  # noqa: E402
from rasid.ner.recognizer import EntityRecognizer  # noqa: E402

#: Published, not measured here: AraBERT's macro-F1 on CAMeL Lab's official ANERcorp split
#: (Obeid et al., CAMeL Tools, LREC 2020).
PUBLISHED_ARABERT_F1 = 83.1
#: Sentences given to the recognizer at a time for the document-context table: about an
#: article's length (the second pass is trained on runs of the same size, see train_ner.py).
DOCUMENT = 20


def gold_entities(sentence: Sentence) -> set[tuple[int, int, str]]:
    return set(decode([tag for _, tag in sentence]))


def predicted_entities(recognizer: EntityRecognizer, sentence: Sentence) -> set[tuple[int, int, str]]:
    return predicted_in_document(recognizer, [sentence])[0]


def predicted_in_document(recognizer: EntityRecognizer, document: Sequence[Sentence]
                          ) -> list[set[tuple[int, int, str]]]:
    """The predicted entities of each sentence, the sentences passed as one text (a line
    each), as (first token, last token + 1, type) of that sentence's corpus tokens."""
    lines = [join_tokens([t for t, _ in s]) for s in document]
    text = "\n".join(line for line, _ in lines)
    starts, at = [], 0
    for line, _ in lines:
        starts.append(at)
        at += len(line) + 1
    out: list[set[tuple[int, int, str]]] = [set() for _ in document]
    for entity in recognizer.entities(text):
        k = max(i for i, s in enumerate(starts) if s <= entity.span.start)
        bounds = lines[k][1]
        s0, e0 = entity.span.start - starts[k], entity.span.end - starts[k]
        covered = [n for n, (s, e) in enumerate(bounds) if s < e0 and s0 < e]
        if covered:
            out[k].add((covered[0], covered[-1] + 1, entity.label))
    return out


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "pred": pred, "gold": gold}


def evaluate(recognizer: EntityRecognizer, sentences: Sequence[Sentence], doc: int = 1) -> dict:
    """Per-class and micro P/R/F1 (percent) of ``recognizer`` on gold ``sentences``, given
    to it ``doc`` consecutive sentences at a time (1: each sentence alone)."""
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, pred, gold
    started = time.perf_counter()
    for at in range(0, len(sentences), doc):
        document = sentences[at:at + doc]
        for sentence, pred in zip(document, predicted_in_document(recognizer, document), strict=True):
            gold = gold_entities(sentence)
            for _, _, label in gold:
                counts[label][2] += 1
            for entity in pred:
                counts[entity[2]][1] += 1
                if entity in gold:
                    counts[entity[2]][0] += 1
    seconds = time.perf_counter() - started
    scores: dict = {label: _prf(*counts[label]) for label in LABELS}
    scores["micro"] = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    scores["macro_f1"] = round(sum(scores[label]["f1"] for label in LABELS) / len(LABELS), 2)
    scores["sentences"] = len(sentences)
    scores["sentences_per_s"] = round(len(sentences) / seconds, 1) if seconds else None
    scores["tokens_per_s"] = round(sum(len(s) for s in sentences) / seconds) if seconds else None
    return scores


def table(scores: dict) -> str:
    lines = [f"{'':8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    for name in (*LABELS, "micro"):
        s = scores[name]
        lines.append(f"{name:8}{s['p']:8.2f}{s['r']:8.2f}{s['f1']:8.2f}{s['gold']:8}{s['pred']:8}")
    lines.append(f"{'macro':8}{'':16}{scores['macro_f1']:8.2f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--model", type=Path, default=None, help="a weights file (default: the packaged one)")
    parser.add_argument("--doc", type=int, default=DOCUMENT, metavar="N",
                        help=f"for the second table, give the recognizer N consecutive test sentences "
                        f"as one text (default {DOCUMENT})")
    args = parser.parse_args(argv)
    test = args.shared / "data" / "ner" / ANER_TEST
    if not test.exists():
        parser.error(f"no ANERcorp test split at {test}")
    recognizer = EntityRecognizer.load(args.model)
    recognizer.entities("تحميل")  # load the gazetteer and catalogue before timing
    gold = read_conll(test, ANER_MAP)
    scores = evaluate(recognizer, gold)
    documents = evaluate(recognizer, gold, doc=args.doc)
    print("ANERcorp test (CAMeL-style approximate split), entity level, exact span and type.")
    print("Each sentence alone:")
    print(table(scores))
    print(f"{args.doc} sentences at a time:")
    print(table(documents))
    print(f"tagging speed: {scores['tokens_per_s']} tokens/s sentence by sentence, "
          f"{documents['tokens_per_s']} tokens/s {args.doc} sentences at a time")
    print(f"reference (published, not measured here): AraBERT macro-F1 {PUBLISHED_ARABERT_F1} "
          "on CAMeL Lab's official ANERcorp split")
    print("NER " + json.dumps({
        "per_class": {label: scores[label] for label in LABELS},
        "micro": scores["micro"],
        "macro_f1": scores["macro_f1"],
        "sentences": scores["sentences"],
        "sentences_per_s": scores["sentences_per_s"], "tokens_per_s": scores["tokens_per_s"],
        "in_documents": {"sentences_per_document": args.doc, "micro": documents["micro"],
                         "per_class": {label: documents[label] for label in LABELS},
                         "macro_f1": documents["macro_f1"], "sentences_per_s": documents["sentences_per_s"],
                         "tokens_per_s": documents["tokens_per_s"]},
        "published_reference": {"system": "AraBERT", "macro_f1": PUBLISHED_ARABERT_F1, "measured": False},
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
