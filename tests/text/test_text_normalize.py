"""Properties of rasid.text.normalize: the offset map and the folding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.normalize import fold, normalize

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
TASHKEEL = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
TATWEEL = "\u0640"
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069", "\u200b", "\u200c", "\ufeff"]
# Characters that fold to at most one character each.
SIMPLE = ARABIC_LETTERS + "".join(TASHKEEL) + TATWEEL + "".join(BIDI) + "abcXYZ019٠٣٩۴ .,;:!?؟،-_\n\t"

FAST = settings(max_examples=150, deadline=None, database=None)
# Any character, with Arabic presentation forms and the simple alphabet drawn more often.
any_text = st.text(
    st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
        st.sampled_from(SIMPLE),
    ),
    max_size=40,
)
simple_text = st.text(st.sampled_from(SIMPLE), max_size=60)


@FAST
@given(any_text)
def test_normalize_offsets_map_every_folded_character(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= at < len(text) for at in norm.offsets)
    assert all(a <= b for a, b in zip(norm.offsets, norm.offsets[1:]))


@FAST
@given(simple_text)
def test_normalize_offsets_strictly_increase_without_expansions(text: str) -> None:
    offsets = normalize(text).offsets
    assert all(a < b for a, b in zip(offsets, offsets[1:]))


@FAST
@given(any_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@pytest.mark.parametrize("presentation, plain", [("ﺓ", "ه"), ("ﻯ", "ي"), ("ﺋ", "ي"), ("ﮐ", "ك"), ("﹘", "")])
def test_normalize_folds_compatibility_forms_like_plain_letters(presentation: str, plain: str) -> None:
    assert fold("ب" + presentation) == fold("ب" + plain).rstrip()


@FAST
@given(any_text, st.data())
def test_normalize_span_to_original_stays_inside_original(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    span = norm.span_to_original(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    if end > start:
        assert span.start == norm.offsets[start] and span.end == norm.offsets[end - 1] + 1
        assert norm.text[start:end].strip() in fold(span.text_of(text))


@st.composite
def decorated_word(draw: st.DrawFn) -> tuple[str, str]:
    """A bare Arabic word and the same word with tashkeel, tatweel and bidi marks inserted."""
    letters = draw(st.lists(st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=8))
    decorated = []
    for letter in letters:
        decorated.append(draw(st.sampled_from(BIDI)) if draw(st.booleans()) else "")
        decorated.append(letter)
        decorated.extend(draw(st.lists(st.sampled_from([*TASHKEEL, TATWEEL, *BIDI]), max_size=3)))
    return "".join(letters), "".join(decorated)


@FAST
@given(decorated_word())
def test_normalize_ignores_tashkeel_tatweel_and_bidi_inside_words(pair: tuple[str, str]) -> None:
    bare, decorated = pair
    assert fold(decorated) == fold(bare)


@pytest.mark.parametrize(
    "variant, plain",
    [("أحمد", "احمد"), ("إدلب", "ادلب"), ("آمنة", "امنه"), ("مستشفى", "مستشفي"), ("٣٥", "35"), ("۳۵", "35"), ("Ḥomṣ", "homs")],
)
def test_normalize_folds_letter_variants(variant: str, plain: str) -> None:
    assert fold(variant) == plain
