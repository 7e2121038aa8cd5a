"""Word tokens, their folded form and proclitic stripping (rasid.text.tokens)."""

from __future__ import annotations

import pytest

from rasid.model import Span
from rasid.text.tokens import Token, split_proclitics, tokenize


def test_tokens_keep_tatweel_and_tashkeel_inside_one_word() -> None:
    text = "سقطت قذيـفةٍ على السوق"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["سقطت", "قذيـفةٍ", "على", "السوق"]
    assert tokens[1] == Token(Span(5, 12), "قذيـفةٍ", "قذيفه", "قذيفه", "")


def test_tokens_spans_index_the_original_text() -> None:
    text = "Two  killed,\tفي  \u200fإدلب!"
    tokens = tokenize(text)
    assert [t.span.text_of(text) for t in tokens] == [t.text for t in tokens]
    assert [t.text for t in tokens] == ["Two", "killed", "في", "إدلب"]


def test_tokens_split_on_punctuation_underscores_and_hyphens() -> None:
    assert [t.text for t in tokenize("F-16، #حلب_الآن (2024)")] == ["F", "16", "حلب", "الآن", "2024"]


def test_tokens_join_a_tatweel_proclitic_to_its_word() -> None:
    (token,) = tokenize("لـقذيفة")
    assert (token.norm, token.prefix, token.stem) == ("لقذيفه", "ل", "قذيفه")


def test_tokens_bidi_marks_around_words_stay_outside() -> None:
    text = "\u200fحلب\u200f"
    (token,) = tokenize(text)
    assert token.span == Span(1, 4)


@pytest.mark.parametrize(
    "word, prefix, stem",
    [
        ("والمدنيين", "وال", "مدنيين"),
        ("وبالقصف", "وبال", "قصف"),
        ("فالقوات", "فال", "قوات"),
        ("للمدنيين", "لل", "مدنيين"),
        ("وللجيش", "ولل", "جيش"),
        ("كالعادة", "كال", "عاده"),
        ("بالمدفعية", "بال", "مدفعيه"),
        ("الجيش", "ال", "جيش"),
        ("وقصف", "و", "قصف"),
        ("بقذائف", "ب", "قذايف"),
        ("لثلاثة", "ل", "ثلاثه"),
        ("فقتل", "ف", "قتل"),
        ("وبقصف", "وب", "قصف"),
        ("و15", "و", "15"),
    ],
)
def test_tokens_stem_removes_proclitics(word: str, prefix: str, stem: str) -> None:
    (token,) = tokenize(word)
    assert (token.prefix, token.stem) == (prefix, stem)
    assert token.prefix + token.stem == token.norm


@pytest.mark.parametrize(
    "word",
    ["بلدة", "لبنان", "كتيبة", "فصائل", "وزارة", "كانت", "الذي", "ألف", "آلاف", "كان", "ولد", "لكم", "بين", "الى"],
)
def test_tokens_stem_keeps_words_whose_first_letters_are_their_own(word: str) -> None:
    (token,) = tokenize(word)
    assert (token.prefix, token.stem) == ("", token.norm)


@pytest.mark.parametrize("word, stem", [("وبلدة", "بلده"), ("ولبنان", "لبنان"), ("والكتيبة", "كتيبه")])
def test_tokens_stem_protects_known_words_behind_proclitics(word: str, stem: str) -> None:
    assert split_proclitics(tokenize(word)[0].norm)[1] == stem


@pytest.mark.parametrize("word", ["Aleppo", "convoy", "2024", "x"])
def test_tokens_latin_and_digits_are_not_stemmed(word: str) -> None:
    (token,) = tokenize(word)
    assert (token.prefix, token.stem, token.norm) == ("", word.lower(), word.lower())


def test_tokens_stem_leaves_at_least_two_letters_after_an_article() -> None:
    assert split_proclitics("اله") == ("", "اله")
    assert split_proclitics("الحي") == ("ال", "حي")


def test_tokens_of_empty_and_punctuation_only_text() -> None:
    assert tokenize("") == ()
    assert tokenize(" .، - ؟ ") == ()
