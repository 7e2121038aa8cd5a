"""Work shared between the stages gives what each would work out alone.

The normalization of the document being extracted stands in for folds of its stretches
(``fold_slice``) and of the whole text; one ``PhraseScan`` stands in for each matcher's own
pass; the remembered consonant skeletons and content hashes are those computed afresh.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import content_hash
from rasid.text import normalize as normalize_module
from rasid.text import skeleton
from rasid.text.match import PhraseMatcher, PhraseScan, unglued
from rasid.text.normalize import fold, fold_slice, normalize

SETTINGS = settings(max_examples=150, deadline=None, database=None)

PIECES = [
    "قصفت الطائرات", "بلدة الرّقّة", "  ", "\n\n", "\u200f", "ـ", "ﻻ", "-", "The Army SAID", "،", " ً ",
    "\t", "ﷺ", "x", "٣٥", "وبالرقة", "للجيش", "الجيش", "أ", "\x00", "Raqqa", "e\u0301",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


@SETTINGS
@given(texts, st.data())
def test_fold_slice_is_the_fold_of_the_slice(text: str, data: st.DataObject) -> None:
    normalize(text)  # the document last normalized, when it is long enough to count as one
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(start, len(text) + 30))
    assert fold_slice(text, start, end) == fold(text[start:end])


def test_fold_slice_of_the_document_being_extracted() -> None:
    text = ("قالت مصادر محلية إنّ   الطائرات الحربيّة قصفت بلدة «الرّقّة» صباح اليوم، "
            "وأضافت أن القصف أسفر عن مقتل ثلاثة مدنيين.\n\nThe Army SAID nothing. ") * 3
    normalize(text)
    for start in range(0, len(text), 7):
        for length in (0, 1, 5, 16, 30, 40, 400):
            assert fold_slice(text, start, start + length) == fold(text[start:start + length])
    other = "x" + text[1:]  # another document: read by folding
    assert fold_slice(other, 3, 40) == fold(other[3:40])


def test_normalize_remembers_only_the_very_same_text() -> None:
    text = "قصفت الطائرات الحربية بلدة الرقة صباح اليوم، وأسفر القصف عن مقتل ثلاثة مدنيين. " * 4
    first = normalize(text)
    assert normalize(text) is first
    copy = "".join(list(text))  # equal, but another object: worked out again, to the same result
    assert copy is not text
    again = normalize(copy)
    assert again is not first and again == first
    assert fold(copy) == first.text


def test_a_short_text_does_not_replace_the_document() -> None:
    document = "بلدة الرقة " * 40
    norm = normalize(document)
    normalize("الرقة")
    assert normalize_module._last_document is norm


def _matchers() -> list[PhraseMatcher[str]]:
    return [
        PhraseMatcher([("الرقة", "raqqa"), ("دير الزور", "deir"), ("Raqqa", "raqqa-en"), ("ريف", "rif")]),
        PhraseMatcher([("الجيش", "army"), ("الجيش السوري", "saa"), ("قسد", "sdf"), ("الرقة", "raqqa-actor")]),
        PhraseMatcher([("قصف", "shelling"), ("الطائرات", "air"), ("ريف الرقة", "countryside")]),
    ]


SENTENCES = [
    "قصف الجيش السوري ريف الرقة وبدير الزور، وللجيش مواقع في الرقة",
    "Raqqa: the army shelled the countryside of Raqqa",
    "مدير المدرسة في الرقةالجديدة",
    "",
]


def test_a_shared_scan_finds_what_each_matcher_finds_alone() -> None:
    alone = _matchers()
    joined = _matchers()
    PhraseScan(joined)
    for sentence in SENTENCES * 2:  # each text twice: the second time from what was kept
        norm = normalize(sentence)
        for own, shared in zip(alone, joined, strict=True):
            for longest in (True, False):
                assert shared.find(norm, longest=longest) == own.find(norm, longest=longest)


def test_a_shared_scan_keeps_no_matches_of_another_text() -> None:
    matchers = _matchers()
    scan = PhraseScan(matchers)
    long_one = SENTENCES[0] * 10
    other = SENTENCES[1] * 10
    scan.matches(long_one)
    assert matchers[0].find(normalize(other)) == _matchers()[0].find(normalize(other))
    assert [m.payloads for m in matchers[0].find(normalize(long_one))] == \
        [m.payloads for m in _matchers()[0].find(normalize(long_one))]


def test_skeletons_and_content_hashes_are_remembered_as_computed() -> None:
    for name in ("As-Salamiyeh", "Tall Tawil", "Kanasba", "al-Bab", ""):
        assert skeleton.latin_skeleton(name) == skeleton.latin_skeleton.__wrapped__(name)
        assert skeleton.latin_skeleton(name) == skeleton.latin_skeleton.__wrapped__(name)
    text = "قصفت الطائرات بلدة الرقة"
    assert content_hash(text) == content_hash("".join(list(text)))
    assert content_hash(text) != content_hash(text + " ")


def test_a_name_glued_to_a_common_next_word_is_found() -> None:
    matcher = PhraseMatcher([("الشدادي", "shaddadi"), ("العراق", "iraq"), ("دير", "deir")])
    text = "القاعدة في الشداديجنوبي الحسكة، والمقاومة في العراقاستهداف لها، ومديرية الدير"
    found = {(text[m.start:m.end], m.payloads) for m in matcher.find(normalize(text))}
    assert found == {("الشدادي", ("shaddadi",)), ("العراق", ("iraq",))}


@pytest.mark.parametrize(("folded", "expected"), [
    ("والمقاومة في العراقاستهداف القوات", "والمقاومة في العراق استهداف القوات"),
    ("قرب القاعدةالاستهداف", "قرب القاعدة الاستهداف"),
    ("والاستهداف وللاستهداف باستهداف", "والاستهداف وللاستهداف باستهداف"),
])
def test_a_glued_targeting_word_is_spaced_off_the_word_before(folded: str, expected: str) -> None:
    assert unglued(folded) == expected


def test_only_names_take_a_possessive_without_its_apostrophe() -> None:
    places = PhraseMatcher([("Aleppo", "aleppo")])
    triggers = PhraseMatcher([("bombing", "air")])
    PhraseScan([places, triggers], names=[places])
    text = normalize("Bombings near Aleppos old city")
    assert [m.payloads for m in places.find(text)] == [("aleppo",)]
    assert triggers.find(text) == []


def test_a_phrase_glued_to_the_preposition_before_it_is_found() -> None:
    matcher = PhraseMatcher([("وقفة تضامنية", "protest"), ("عدوان", "air"), ("الميادين", "town"), ("وان", "short")])
    text = "جاءت كلمته خلالوقفة تضامنية، وتحدث عنعدوان، في حديثه إلىالميادين، بعنوان"
    found = [text[m.start:m.end] for m in matcher.find(normalize(text))]
    assert found == ["وقفة تضامنية", "عدوان"]
