"""Script and language detection (rasid.text.lang)."""

from __future__ import annotations

import pytest

from rasid.model import Span
from rasid.text.lang import document_language, script_of, sentence_languages
from rasid.text.segment import sentences


@pytest.mark.parametrize(
    "text, script",
    [
        ("قصفت المدفعية أطراف البلدة", "ar"),
        ("Artillery shelled the outskirts of the town", "en"),
        ("قصفت المدفعية بلدة Kafr Nabl", "mixed"),
        ("قتل خمسة أشخاص في قصف على مدينة Idlib", "ar"),
        ("2024-03-03 12:00 !!", "other"),
        ("", "other"),
        ("Обстрел города", "other"),
        ("قـــصــف", "ar"),
    ],
)
def test_lang_script_of_counts_letters(text: str, script: str) -> None:
    assert script_of(text) == script


def test_lang_sentence_languages_follow_the_spans() -> None:
    text = "قتل ثلاثة مدنيين. The army denied it. 12:30"
    assert sentence_languages(text, sentences(text)) == ("ar", "en", "other")
    assert sentence_languages(text, [Span(0, 3), Span(18, 21)]) == ("ar", "en")


@pytest.mark.parametrize(
    "text, language",
    [
        ("قتل ثلاثة مدنيين في قصف على البلدة. وقال الدفاع المدني إن الفرق تعمل.", "ar"),
        ("Three civilians were killed in shelling. Rescue teams are at work.", "en"),
        (
            "قال المتحدث في تغريدة:\nOur forces struck a weapons depot near the airport.\nوأضاف أن العملية مستمرة.",
            "mixed",
        ),
        ("قال مراسل وكالة Reuters إن الطريق مغلق. وأكد ذلك شاهد عيان.", "ar"),
        ("قتل جندي في الهجوم. Breaking news now.", "ar"),
        ("The agency quoted an official as saying: لا تعليق لدينا على هذا الخبر الآن.", "en"),
        ("The agency quoted an official.\nلا تعليق لدينا على هذا الخبر الآن.", "mixed"),
        ("12/03/2024 — 14:00", "other"),
    ],
)
def test_lang_document_language(text: str, language: str) -> None:
    assert document_language(text) == language
