"""The search index body of some strings is the fold of the strings joined by spaces."""

from __future__ import annotations

from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.store.search import _ARABIC_WORD, _stems, searchable
from rasid.text.normalize import fold, normalize

PIECES = ["قصفت الطائرات", "  ", "\n", "\u200f", "ـ", "ﻻ", "-", "The Army", "،", " ً ", "وبالرقة", "للجيش", "x", ""]


def joined_first(*parts: str | None) -> str:
    """``searchable`` as defined: fold the strings joined by spaces."""
    folded = fold(" ".join(p for p in parts if p))
    extra = list(chain.from_iterable(map(_stems, _ARABIC_WORD.findall(folded))))
    return folded + (" " + " ".join(extra) if extra else "")


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.one_of(st.none(), st.lists(st.sampled_from(PIECES), max_size=8).map("".join)), max_size=4))
def test_search_bodies_fold_their_parts_apart(parts: list[str | None]) -> None:
    assert searchable(*parts) == joined_first(*parts)


def test_search_body_of_the_document_being_extracted() -> None:
    text = "قصفت الطائرات الحربية بلدة «الرّقّة» صباح اليوم،   وأسفر القصف عن مقتل ثلاثة مدنيين. " * 5
    normalize(text)  # as the pipeline has just done
    assert searchable("عنوان: الرقة ", text) == joined_first("عنوان: الرقة ", text)
    assert searchable(None, text, "  ") == joined_first(None, text, "  ")
