#!/usr/bin/env python3
"""Build the inputs of rasid's own gold sets (eval/*.gold.jsonl) from the news in ../shared.

    python scripts/make_eval_docs.py [--shared ../shared]

The gold files hold codings only (doc_id, published, lang, events, claims), no article text:
this script joins each doc_id to its article in the AlMayadeen (both subsets) and FA-KES files and writes
eval/SET.docs.jsonl beside each eval/SET.gold.jsonl (not committed). Score as with the shared sets:

    rasid extract --jsonl eval/dev3.docs.jsonl --output dev3.pred.jsonl
    python3 ../shared/eval/score.py --gold eval/dev3.gold.jsonl --pred dev3.pred.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _almayadeen(news: Path) -> Iterator[tuple[str, dict]]:
    # the incident-keyword subset holds articles of other countries' pages that report Syria too
    for subset in ("almayadeen_syria_subset.jsonl", "almayadeen_incident_keyword_subset.jsonl"):
        with open(news / "almayadeen" / subset, encoding="utf-8") as handle:
            for article in map(json.loads, handle):
                yield f"almayadeen-{article['postId']}", {
                    "title": article["title"], "lang": "ar", "text": article["full_text"], "url": article["url"]}


def _fakes(news: Path) -> Iterator[tuple[str, dict]]:
    with open(news / "fakes-en" / "FA-KES-Dataset.utf8.csv", encoding="utf-8") as handle:
        for row, article in enumerate(csv.DictReader(handle)):
            yield f"fakes-{row}", {"title": article["article_title"], "lang": "en",
                                   "text": article["article_content"], "url": ""}


def write_docs(gold: Path, out: Path, shared: Path) -> Path:
    """The inputs of one gold file, joined to their articles in ``shared``, written to ``out``."""
    news = shared / "data" / "news"
    articles = dict(_almayadeen(news))
    articles.update(_fakes(news))
    with open(gold, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for record in map(json.loads, source):
            doc = {"doc_id": record["doc_id"], **articles[record["doc_id"]], "published": record["published"]}
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


def build(shared: Path) -> list[Path]:
    return [write_docs(gold, gold.with_name(gold.name.replace(".gold.", ".docs.")), shared)
            for gold in sorted((ROOT / "eval").glob("*.gold.jsonl"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    for path in build(args.shared):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
