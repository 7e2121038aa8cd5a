"""Build rasid/ner/data/names.tsv: name lists that the Arabic NER tagger matches as features.

Usage: python scripts/build_ner_names.py [--shared ../shared] [--out rasid/ner/data/names.tsv]

Sources (under SHARED/data/, see each folder's MANIFEST.md); each entry keeps only the
name and a type, never running text:

* the UniversalPetrarch Arabic actor dictionary (``actors/universalpetrarch_actor_dict_ar_v4
  .parsed.csv``, MIT): leaders, parties, armed groups, agencies and countries. Its CAMEO
  code gives the type: ``P:ctry`` for a bare country code (a place), ``P:actor`` for a
  named actor of a country (mostly people and organisations), ``P:agent`` for a generic
  agent noun with no country ("جيش", "نائب");
* the entities of AQMAR (all parts, CC BY-SA 3.0) and of the Wojood sample (MIT), typed
  ``L:PER``, ``L:LOC`` (Wojood GPE and LOC) or ``L:ORG``.

ANERcorp and NewsFANE are not read: the lists must not hold names because the corpus the
model is scored on has them (NewsFANE repeats ANERcorp's text, test part included).

Each name is written as the recognizer sees words: the stems of ``rasid.text.tokens.tokenize``
(folded, proclitics and the article removed), space-joined; a line is
``stems<TAB>type[|type...]``. The run is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasid.text.tokens import tokenize

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "names.tsv"
PETRARCH = "actors/universalpetrarch_actor_dict_ar_v4.parsed.csv"
LABELLED = {
    "ner/aqmar/train.txt": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "ner/aqmar/dev.txt": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "ner/aqmar/test.txt": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "ner/wojood-sample/train.txt": {"PERS": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"},
    "ner/wojood-sample/val.txt": {"PERS": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"},
    "ner/wojood-sample/test.txt": {"PERS": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"},
}
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_NAMED = re.compile(r"^[A-Z]{3}")
MAX_WORDS = 6


def key(phrase: str) -> str:
    return " ".join(t.stem for t in tokenize(phrase) if t.stem)


def petrarch(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["cameo_codes_with_dates"].split("|")[0].split()[0] if row["cameo_codes_with_dates"].strip() else ""
            kind = "ctry" if _COUNTRY.match(code) else "actor" if _NAMED.match(code) else "agent"
            yield row["phrase_surface_guess"], "P:" + kind


def labelled(path: Path, mapping: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The entities of a "token TAG [TAG...]" file (outermost tags only)."""
    words: list[str] = []
    label = ""

    def flush() -> Iterator[tuple[str, str]]:
        if words and label:
            yield " ".join(words), "L:" + label

    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        tag = fields[1].split("|")[0] if len(fields) >= 2 else "O"
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and label and mapping.get(kind) == label:
            words.append(fields[0])
            continue
        yield from flush()
        words, label = [], ""
        if prefix == "B" and kind in mapping:
            words, label = [fields[0]], mapping[kind]
    yield from flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = args.shared / "data"
    entries: dict[str, set[str]] = defaultdict(set)
    sources = [petrarch(data / PETRARCH)]
    sources += [labelled(data / name, mapping) for name, mapping in LABELLED.items()]
    for source in sources:
        for phrase, kind in source:
            k = key(phrase)
            # Single letters and numbers say nothing; very long phrases are descriptions.
            if len(k) < 2 or k.replace(" ", "").isdigit() or len(k.split()) > MAX_WORDS:
                continue
            entries[k].add(kind)
    lines = [f"{k}\t{'|'.join(sorted(v))}" for k, v in sorted(entries.items())]
    args.out.write_text("# stems\ttypes (scripts/build_ner_names.py)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
