"""The corpus readers and alignment of scripts/train_ner.py, on small files written here."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def train_ner() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPTS / "train_ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module


def test_nested_file_keeps_the_outermost_mapped_entity(tmp_path: Path, train_ner: ModuleType) -> None:
    # Nested tags, outermost first: an occupation (unmapped) holds an organisation that
    # holds a place; the organisation wins over the place inside it.
    path = tmp_path / "nested.txt"
    path.write_text(
        "التقى O\n"
        "مدير B-OCC\n"
        "جمعية I-OCC B-ORG\n"
        "أصدقاء I-OCC I-ORG\n"
        "حلب I-OCC I-ORG B-GPE\n"
        "$#$ O\n"
        "بالسيد O\n"
        "رامي B-PERS\n"
        "الخطيب I-PERS\n"
        "في O\n"
        "دمشق B-GPE\n"
        "\n"
        "عام B-DATE\n"
        "2020 I-DATE\n",
        encoding="utf-8",
    )
    sentences = train_ner.read_nested(path, train_ner.WOJOOD_MAP)
    assert sentences == [
        [("التقى", "O"), ("مدير", "O"), ("جمعية", "B-ORG"), ("أصدقاء", "I-ORG"), ("حلب", "I-ORG"),
         ("بالسيد", "O"), ("رامي", "B-PER"), ("الخطيب", "I-PER"), ("في", "O"), ("دمشق", "B-LOC")],
        [("عام", "O"), ("2020", "O")],
    ]


def test_flat_file_maps_types_and_repairs_bio(tmp_path: Path, train_ner: ModuleType) -> None:
    path = tmp_path / "flat.txt"
    path.write_text("زار O\nسمير I-PERS\nنعمان I-PERS\nمدينة O\nحمص B-LOC\nمع O\nفرقة B-MISC\n",
                    encoding="utf-8")
    assert train_ner.read_conll(path, train_ner.ANER_MAP) == [
        [("زار", "O"), ("سمير", "B-PER"), ("نعمان", "I-PER"), ("مدينة", "O"), ("حمص", "B-LOC"),
         ("مع", "O"), ("فرقة", "O")],
    ]


def test_a_corpus_sentence_is_trained_as_the_parts_the_recognizer_tags(train_ner: ModuleType) -> None:
    # One corpus "sentence" that the sentence splitter cuts after the question mark.
    sentence = [("هل", "O"), ("زار", "O"), ("نبيل", "B-PER"), ("حداد", "I-PER"), ("المدينة", "O"),
                ("؟", "O"), ("قال", "O"), ("المجلس", "B-ORG"), ("البلدي", "I-ORG"), ("نعم", "O")]
    parts = train_ner.segments(*train_ner.to_pieces(sentence))
    assert [text for text, _, _ in parts] == ["هل زار نبيل حداد المدينة ؟", "قال المجلس البلدي نعم"]
    for text, ps, tags in parts:
        assert all(text[p.span.start:p.span.end] == p.text for p in ps)
        assert len(ps) == len(tags)
    assert parts[0][2] == ["O", "O", "B-PER", "I-PER", "O", "O"]
    assert parts[1][2] == ["O", "B-ORG", "I-ORG", "O"]
