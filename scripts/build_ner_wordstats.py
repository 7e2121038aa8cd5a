"""Build rasid/ner/data/wordstats.tsv: how each word behaves in unlabelled news, for the NER tagger.

Usage: python scripts/build_ner_wordstats.py [--shared ../shared] [--out rasid/ner/data/wordstats.tsv]
                                            [--mincount 2]

Arabic has no capital letters; what marks a name instead is how the word is used. Over
the same unlabelled text as the word clusters (``build_word_clusters.sequences``:
AlMayadeen news and the token text of the ANERcorp *train* split and AQMAR train/dev; the
ANERcorp test split and NewsFANE are not read) this counts, for every stem
(``rasid.text.tokens.tokenize``), how often it occurs, how often it carries the article
(a common noun or adjective takes "ال" freely, a foreign or personal name rarely does),
and how often it comes right after a title or a verb of saying (``rasid.ner.features`` cue
words: "الرئيس X", "وقال X"). The output lists ``stem<TAB>frequency class<TAB>article
class<TAB>after-cue class`` (small integers, see ``classes``) for stems seen at least
``--mincount`` times; statistics only, no running text. The run is deterministic.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_word_clusters import NER_TEXT, corpus_sentences, news_texts

from rasid.ner.features import cue_class
from rasid.text.segment import sentences
from rasid.text.tokens import tokenize

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "wordstats.tsv"


def texts(shared: Path):
    seen: set[str] = set()
    for text in news_texts(shared / "data" / "news" / "almayadeen"):
        if text in seen:
            continue
        seen.add(text)
        for s in sentences(text):
            yield s.text_of(text)
    for name in NER_TEXT:
        path = shared / "data" / "ner" / name
        if path.is_file():
            yield from corpus_sentences(path)


def classes(count: int, article: int, cued: int) -> tuple[int, int, int]:
    """Frequency class (log2 of the count, capped), article class (0: never, 1: under a
    tenth, 2: under half, 3: half or more) and after-cue class (0: never, 1: under a
    tenth, 2: a tenth or more)."""
    freq = min(int(math.log2(count)), 12)
    share = article / count
    art = 0 if article == 0 else 1 if share < 0.1 else 2 if share < 0.5 else 3
    cue = cued / count
    return freq, art, 0 if cued == 0 else 1 if cue < 0.1 else 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--mincount", type=int, default=2)
    args = parser.parse_args(argv)
    count: Counter[str] = Counter()
    article: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    for sentence in texts(args.shared):
        previous = ""
        for token in tokenize(sentence):
            stem = token.stem
            count[stem] += 1
            if token.prefix.endswith(("ال", "لل")):
                article[stem] += 1
            if previous in ("PER", "SAY"):
                cued[stem] += 1
            previous = cue_class(token.norm, stem)
    rows = [(w, *classes(n, article[w], cued[w])) for w, n in count.most_common() if n >= args.mincount]
    args.out.write_text("# stem\tfrequency\tarticle\tafter-cue (scripts/build_ner_wordstats.py)\n"
                        + "".join(f"{w}\t{f}\t{a}\t{c}\n" for w, f, a, c in rows), encoding="utf-8")
    print(f"{len(rows)} stems", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
