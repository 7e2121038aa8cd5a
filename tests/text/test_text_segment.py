"""Sentence and paragraph splitting (rasid.text.segment)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.segment import MAX_SENTENCE, paragraphs, sentences


def texts_of(text: str) -> list[str]:
    return [span.text_of(text) for span in sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "قصفت الطائرات البلدة فجرا. وقال الدفاع المدني إن ثلاثة أطفال أصيبوا!",
            ["قصفت الطائرات البلدة فجرا.", "وقال الدفاع المدني إن ثلاثة أطفال أصيبوا!"],
        ),
        ("هل توقف القصف؟ لم يتوقف بعد", ["هل توقف القصف؟", "لم يتوقف بعد"]),
        ("انسحب المقاتلون من الحي؛ ودخلت القوات", ["انسحب المقاتلون من الحي؛", "ودخلت القوات"]),
        ("The convoy was hit? Yes. It burned!", ["The convoy was hit?", "Yes.", "It burned!"]),
        ("Smoke rose... Then silence.", ["Smoke rose...", "Then silence."]),
    ],
)
def test_segment_splits_on_terminal_punctuation(text: str, expected: list[str]) -> None:
    assert texts_of(text) == expected


def test_segment_splits_on_newlines() -> None:
    text = "عنوان الخبر\nالفقرة الأولى من دون نقطة\r\n\r\nThe last line"
    assert texts_of(text) == ["عنوان الخبر", "الفقرة الأولى من دون نقطة", "The last line"]


@pytest.mark.parametrize(
    "text",
    [
        "The shell weighed 3.5 tonnes and fell near the school.",
        "Mr. Haddad and Dr. Saleh met Gen. Ali on St. George street.",
        "The U.S. envoy arrived at 10 a.m. on Monday.",
        "The raid began at 5 p.m. Sunday and ended later.",
        "Building No. 5 was hit on Jan. 12 near the market.",
        "A report by J. Smith was quoted by the agency.",
        "See pic.twitter.com/AbC123x for the footage of the strike.",
        "The statement at http://example.org/news/a.html?id=3 was removed.",
        "قال د. أحمد إن الجرحى نقلوا إلى المستشفى.",
        "بلغت الحصيلة 12.5 بالمئة من السكان.",
    ],
)
def test_segment_keeps_abbreviations_decimals_and_urls_inside_one_sentence(text: str) -> None:
    assert texts_of(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strike hit at 5 p.m. The army denied it.", ["The strike hit at 5 p.m.", "The army denied it."]),
        ("Read http://example.org/x. It is long.", ["Read http://example.org/x.", "It is long."]),
        ('He said "we left." Then the shelling began.', ['He said "we left."', "Then the shelling began."]),
        ("قال المصدر: «انتهى الهجوم.» ثم صمت", ["قال المصدر: «انتهى الهجوم.»", "ثم صمت"]),
        ("انتهى الاجتماع.وقال المتحدث إنه مثمر", ["انتهى الاجتماع.", "وقال المتحدث إنه مثمر"]),
        ("The answer was no. Nobody asked again.", ["The answer was no.", "Nobody asked again."]),
    ],
)
def test_segment_still_splits_after_clock_urls_and_quotes(text: str, expected: list[str]) -> None:
    assert texts_of(text) == expected


def test_segment_spans_point_into_the_original_text_and_are_trimmed() -> None:
    text = "  \u200fقتل شخصان.   \n\n  Two died.  "
    spans = sentences(text)
    assert [span.text_of(text) for span in spans] == ["قتل شخصان.", "Two died."]
    assert spans[0].start == 3


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u200f \u200e"])
def test_segment_blank_text_has_no_sentences_or_paragraphs(text: str) -> None:
    assert sentences(text) == ()
    assert paragraphs(text) == ()


def test_segment_cuts_overlong_sentences_after_comma_waw() -> None:
    clause = "تقدمت القوات نحو القرى المجاورة وسط قصف مدفعي كثيف على الأطراف الشرقية"
    text = "، و".join([clause] * 20)
    spans = sentences(text)
    assert len(spans) > 1
    assert all(span.end - span.start <= MAX_SENTENCE for span in spans)
    assert all(span.text_of(text).endswith("،") for span in spans[:-1])
    assert all(span.text_of(text).startswith("و") for span in spans[1:])


def test_segment_leaves_long_sentences_without_cut_points_whole() -> None:
    text = "كلمة " * 200
    assert texts_of(text) == [text.strip()]


def test_segment_paragraphs_are_non_blank_lines() -> None:
    text = "الفقرة الأولى. وفيها جملتان.\n\n  الفقرة الثانية  \r\nThird"
    assert [span.text_of(text) for span in paragraphs(text)] == [
        "الفقرة الأولى. وفيها جملتان.",
        "الفقرة الثانية",
        "Third",
    ]


PIECES = ["قتل", "شخص", "3.5", "U.S.", "Mr.", " ", "  ", "\n", ".", "!", "؟", "؛", "،", '"', "»", "a.m.", "x", "\u200f"]


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80))
def test_segment_sentences_are_ordered_disjoint_inside_and_stripped(text: str) -> None:
    spans = sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.text_of(text)
        assert piece == piece.strip() and piece
        previous_end = span.end


@pytest.mark.parametrize("text", [
    'وقصف مسلحون بقذائف "آر.بي.جي" مقراً في جسر الميادين. وقال المصدر إن الهجوم استمر.',
    "وقصف مسلحون بقذائف آر. بي. جي مقراً في جسر الميادين. وقال المصدر إن الهجوم استمر.",
])
def test_latin_letters_spelled_in_arabic_are_one_abbreviation(text: str) -> None:
    assert len(sentences(text)) == 2


def test_a_photo_caption_ends_at_its_credit() -> None:
    text = ("A boy hurt in Saturday's blast sits in a tent near the border (File photo) (TRT World and Agencies) "
            "A bomb killed six people in Aleppo on Wednesday, state television said.")
    assert [text[s.start:s.end] for s in sentences(text)][-1] == (
        "A bomb killed six people in Aleppo on Wednesday, state television said.")
