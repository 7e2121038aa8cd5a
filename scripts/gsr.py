"""Shared by the GSR evaluation scripts: the command line and the annotated sentences."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasid.extract.mentions import annotate_mentions, annotate_sentences
from rasid.extract.resources import Resources
from rasid.model import Document

GSR = "data/events/petrarch-arabic-gsr/arabic_gsr_assault_protest.jsonl"


def parse_args(description: str, show_help: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--show", type=int, default=0, help=show_help)
    return parser.parse_args()


def annotated_sentences(shared: Path) -> Iterator[tuple[dict[str, Any], Document, Resources]] | None:
    """Each GSR record with its sentence annotated by rasid's mention stage; None if absent."""
    path = shared / GSR
    if not path.exists():
        print(f"not found: {path}", file=sys.stderr)
        return None
    resources = Resources().warm()

    def records() -> Iterator[tuple[dict[str, Any], Document, Resources]]:
        with open(path, encoding="utf-8") as handle:
            for record in map(json.loads, handle):
                doc = Document(record["id"], record["text"])
                yield record, annotate_mentions(annotate_sentences(doc, resources), resources), resources

    return records()
