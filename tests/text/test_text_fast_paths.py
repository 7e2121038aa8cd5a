"""The fast paths of rasid.text give what the straightforward definitions give.

Each test pits an optimised piece against a plain reference kept here: normalize against
a character loop, the lexer of find_numbers against one that looks at every token, the
gated date rules against running every rule, the letter counts against a loop.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import Span
from rasid.text import dates, lang, numbers, segment, tokens
from rasid.text.normalize import Normalized, fold, normalize
from rasid.text.segment import sentences
from rasid.text.tokens import extend_over_marks

FAST = settings(max_examples=200, deadline=None, database=None)

# --- normalize -------------------------------------------------------------------------

_TASHKEEL = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
_BIDI = {
    "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff",
}
_FOLD = {c: "ا" for c in "أإآٱٲٳٵ"}
_FOLD.update({"ى": "ي", "ئ": "ي", "ی": "ي", "ي": "ي", "ة": "ه", "ۀ": "ه", "ؤ": "و", "ک": "ك", "ڪ": "ك"})
_FOLD.update({c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})
_FOLD.update({c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_FOLD.update({c: "" for c in _TASHKEEL | _BIDI})
_FOLD.update({c: " " for c in "-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_FOLD.update({"\u060c": ",", "\u061b": ";", "\u061f": "?"})


def reference_fold_char(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch.isspace():
        return " "
    if ord(ch) < 0x0600 or ord(ch) > 0x06FF:
        if ch.isascii():
            return ch.lower()
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base == ch:
            return base.casefold()
        return "".join(reference_fold_char(c) for c in base)
    return ch


def reference_normalize(text: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, ch in enumerate(text):
        for folded in reference_fold_char(ch):
            if folded == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            out.append(folded)
            offsets.append(index)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), tuple(offsets)


# Characters that exercise every branch: plain and folded letters, deletions, all sorts of
# white space and dashes, expansions (ligatures, presentation forms), the NUL character.
TRICKY = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "ءآأإؤئةىیکۀ" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "\u200e\u200f\u200b\u200c\ufeff\u061c" "٠١٢٣٩۰۴" "0123456789" "abcxyzABCXYZ" "ÉéÀçĦḤṣ"
    "   \n\n\t\r\xa0\u2028\u3000" "-_–—\u2212" "،؛؟.,;:!?/@#()«»\"'"
    "ﻻﷲﺓﻯﺋﮐ﹘ﬁ½²①™ǅ" "\x00"
)
tricky_text = st.text(
    st.one_of(st.sampled_from(TRICKY), st.characters(exclude_categories=("Cs",))), max_size=300
)


@FAST
@given(tricky_text)
def test_normalize_matches_the_character_loop(text: str) -> None:
    norm = normalize(text)
    assert (norm.text, norm.offsets) == reference_normalize(text)
    assert fold(text) == norm.text


@FAST
@given(st.lists(st.sampled_from([
    "قالت وزارة الصحة إنّ ", "استشهد ٣ فلسطينيين", "\n\n", "  ", "-", "The Army SAID", " ً ", "ـ",
    "\u200f", "ﻻ", "x", "\t", "\x00",
]), max_size=40))
def test_normalize_matches_the_character_loop_on_long_texts(parts: list[str]) -> None:
    text = "".join(parts)
    norm = normalize(text)
    assert (norm.text, norm.offsets) == reference_normalize(text)
    assert fold(text) == norm.text


def test_normalize_learns_characters_it_has_not_seen() -> None:
    text = "بلغ عدد الضحايا 𝟓 اليوم " * 4 + "中文字符 Ωμέγα ﷺ"
    for _ in range(2):  # once to learn the characters, once knowing them
        norm = normalize(text)
        assert (norm.text, norm.offsets) == reference_normalize(text)


# --- numbers ---------------------------------------------------------------------------

NUMBER_PIECES = [
    *numbers._ARABIC, *numbers._ENGLISH, "عدد", "عددا", "من", "number", "couple", "handful", "few", "scores",
    "عدد من", "وبعدد من", "لعددا من", "a number of", "a few", "scores of", "a couple of",
    "و", "ف", "ب", "ل", "ال", "لل", "ول", "الـ", "3", "15", "2024", "1,250", "٧٬٠٠٠", "1.5", "٣٥",
    "F-16", "120mm", "3/4/2024", "1:38", "@user12", "#tag5", "www.x.com/a1", "pic.twitter.com/ab12",
    "site.com/news", "https://x.org/path", "a@b.co",
    "قتل", "شخصا", "killed", "people", "about", "نحو", "أكثر من", "ثلاثة", "آلاف", "مئة", "مائتي",
    "a", "an", "and", "of", "tens", "dozen", "the", "١٢", "५", "²", "x7", "7x", "و٣", "_",
]
number_text = st.lists(
    st.tuples(st.sampled_from(NUMBER_PIECES), st.sampled_from([" ", " ", " ", "", "، ", ". ", "-", "\n"])),
    max_size=25,
).map(lambda parts: "".join(piece + gap for piece, gap in parts))


def reference_lookup(word: str):
    return numbers._find_entry(word)


def reference_phrase_at(raws, i):
    for words, entry in numbers._PHRASES:
        if i + len(words) > len(raws):
            continue
        first = raws[i].group()
        prefix = ""
        if first != words[0]:
            prefix = first[: len(first) - len(words[0])]
            if not first.endswith(words[0]) or prefix not in numbers._PROCLITICS:
                continue
        if all(raws[i + k].group() == words[k] for k in range(1, len(words))):
            return len(words), entry, prefix
    return None


class ReferenceBlocked:
    """Every match of _NOT_QUANTITIES in the whole text."""

    def __init__(self, original: str) -> None:
        self.spans = [m.span() for m in numbers._NOT_QUANTITIES.finditer(original)]

    def overlaps(self, start: int, end: int) -> bool:
        return any(lo < end and start < hi for lo, hi in self.spans)


def reference_lexemes(norm: Normalized):
    blocked = ReferenceBlocked(norm.original)
    raws = list(numbers._RAW.finditer(norm.text))
    out = []
    i = 0
    with mock.patch.object(numbers, "_phrase_at", reference_phrase_at), \
            mock.patch.object(numbers, "_lookup", reference_lookup):
        while i < len(raws):
            taken, lexeme = numbers._lex_at(raws, i, norm, blocked)
            out.append(lexeme)
            i += taken
    numbers._merge_arabic_teens(out)
    numbers._mark_joins(out)
    return out


def shape(lexemes) -> list:
    """The lexemes with every run of _OTHER as one marker: all that parsing sees of them."""
    out: list = []
    for lex in lexemes:
        if lex.kind == numbers._OTHER:
            if not out or out[-1] != "other":
                out.append("other")
        else:
            out.append((lex.start, lex.end, lex.kind, lex.value, lex.plural, lex.base, lex.joined, lex.arabic))
    return out


@FAST
@given(number_text)
def test_find_numbers_matches_lexing_every_token(text: str) -> None:
    norm = normalize(text)
    assert shape(numbers._lexemes_of_candidates(norm)) == shape(reference_lexemes(norm))
    with mock.patch.object(numbers, "_lexemes", reference_lexemes):
        expected = numbers.find_numbers(text)
    assert numbers.find_numbers(text) == expected
    assert numbers.find_numbers(text, norm=norm) == expected
    with mock.patch.object(numbers, "_lexemes", numbers._lexemes_of_candidates):
        assert numbers.find_numbers(text) == expected


@pytest.mark.parametrize("text", [
    "قتل خمسة وعشرون شخصا و3 جرحى", "a few of them, and a number of others", "tens of thousands and a hundred",
    "عدد من القتلى و 15 جريحا بينهم احد عشر طفلا", "and and a of و و", "F-16 و15 الـ20 ب 5km 120mm",
    "٣ قتلى و ٥ جرحى", "killed ५ people", "², ③ and 4", "the number of the dead rose to 12",
])
def test_numbers_near_anchors_and_every_candidate_agree(text: str) -> None:
    expected = numbers.find_numbers(text)
    with mock.patch.object(numbers, "_lexemes", reference_lexemes):
        assert numbers.find_numbers(text) == expected


@FAST
@given(st.lists(st.sampled_from([*numbers._PROCLITICS, "ال", "ا", "ن", "ت", "ي", ""]), max_size=3),
       st.sampled_from([*numbers._ARABIC, *numbers._ENGLISH, "لست", "بك", "عشراتها"]))
def test_number_word_table_holds_every_word_with_an_entry(prefixes: list[str], word: str) -> None:
    for candidate in ("".join(prefixes) + word, "".join(prefixes) + word[1:], "".join(prefixes) + word[2:]):
        assert numbers._lookup(candidate) == numbers._find_entry(candidate)


@FAST
@given(number_text, st.data())
def test_blocked_stretches_are_what_the_plain_search_finds(text: str, data: st.DataObject) -> None:
    blocked, reference = numbers._Blocked(text), ReferenceBlocked(text)
    tokens = [m.span() for m in re.finditer(r"\S+", text)]
    for start, end in tokens:
        a = data.draw(st.integers(start, end - 1))
        b = data.draw(st.integers(a + 1, end))
        assert blocked.overlaps(a, b) == reference.overlaps(a, b)


def test_find_numbers_refuses_the_normalization_of_another_text() -> None:
    with pytest.raises(ValueError):
        numbers.find_numbers("قتل 5 أشخاص", norm=normalize("قتل 6 أشخاص"))


# --- dates -----------------------------------------------------------------------------

DATE_PIECES = [
    *dates._AR_MONTHS, *dates._EN_MONTHS, *dates._AR_WEEKDAYS, *dates._EN_WEEKDAYS, "آب", "أمس", "الأمس",
    "بالأمس", "البارحة", "اليوم", "اليومي", "قبل", "يومين", "أيام", "ثلاثة", "أسابيع", "الأسبوع", "الماضي",
    "المقبل", "الجاري", "هذا", "هذه", "الشهر", "شهر", "العام", "عام", "عامي", "السنة", "لعام", "منذ", "مطلع",
    "بداية", "أول", "بين", "من", "إلى", "حتى", "في", "خلال", "ليل", "ليلة", "صباح", "مساء", "الموافق", "الخامس",
    "الكتاب", "الأحداث", "يمارس", "today", "tonight", "yesterday", "last", "this", "next", "week", "year",
    "ago", "days", "since", "the", "start", "of", "so", "far", "between", "and", "from", "to", "in", "by",
    "morning", "3", "15", "2014", "2024", "1999", "03/03/2024", "2024-03-03", "6", "و", "ف", "st",
]
DATE_GAPS = [" ", " ", " ", "", "/", " / ", "، ", ". ", "-", "("]
date_text = st.lists(
    st.tuples(st.sampled_from(DATE_PIECES), st.sampled_from(DATE_GAPS)), max_size=20
).map(lambda parts: "".join(piece + gap for piece, gap in parts))


def reference_find_dates(text: str, published: dt.date | None) -> tuple[dates.DateMatch, ...]:
    """find_dates running every rule, gate or no gate."""
    norm = normalize(text)
    folded = dates._Context(norm.text, published)
    original = dates._Context(text, published)
    candidates = []
    for _, pattern, handler in dates._FOLDED_RULES:
        for match in pattern.finditer(norm.text):
            found = handler(match, folded)
            if found is not None:
                span = extend_over_marks(text, norm.span_to_original(match.start("body"), match.end("body")))
                candidates.append(dates.DateMatch(span, found[1], found[2], found[0], found[3]))
    for pattern, handler in dates._ORIGINAL_RULES:
        for match in pattern.finditer(text):
            found = handler(match, original)
            if found is not None:
                candidates.append(dates.DateMatch(Span(*match.span()), found[1], found[2], found[0], found[3]))
    return dates._longest_first(candidates)


@FAST
@given(date_text, st.sampled_from([None, dt.date(2024, 3, 6)]))
def test_find_dates_matches_running_every_rule(text: str, published: dt.date | None) -> None:
    expected = reference_find_dates(text, published)
    assert dates.find_dates(text, published) == expected
    assert dates.find_dates(text, published, norm=normalize(text)) == expected


def check_rules_one_by_one(text: str) -> None:
    """Each rule on its own gets through its gate where it matches, and finds the same
    matches near its anchor words as in a scan of the whole text."""
    folded = normalize(text).text
    scan = dates._Scan(folded)
    for gate, pattern, _ in dates._FOLDED_RULES:
        expected = [m.span() for m in pattern.finditer(folded)]
        if expected:
            assert scan.opens(gate), pattern.pattern
        if gate.lead is not None:
            anchors = scan.anchors(gate)
            for match in pattern.finditer(folded):  # each starts at most ``lead`` before an anchor
                assert any(match.start() <= at <= match.start() + gate.lead for at in anchors), pattern.pattern
        if scan.opens(gate):
            assert [m.span() for m in scan.matches(gate, pattern)] == expected, pattern.pattern
    if any(pattern.search(text) for pattern, _ in dates._ORIGINAL_RULES):
        assert dates._NUMERIC_GATE.search(text)


@FAST
@given(date_text)
def test_every_rule_match_gets_through_its_gate(text: str) -> None:
    check_rules_one_by_one(text)


@pytest.mark.parametrize(
    "phrase",
    [  # the forms of each rule with the most text before its anchor word
        "وصبيحة أول من أمس", "وظهيرة بالأمس", "وصبيحة اليوم", "وقبل ثلاثة عشر يوما", "والأسبوع المنصرم",
        "وهذا الأسبوع", "وليلة الأربعاء / الخميس", "وظهيرة الثلاثاء الماضي", "ومنذ مطلع هذا العام الحالي",
        "ومنذ مستهل شهر كانون الثاني/يناير عام 2024", "ومنذ العام 2014", "وبين عامي 2015 و2016",
        "ومن الـ 17 إلى الـ 24 من شهر تشرين الأول/أكتوبر الماضي", "between the 17th and the 24th of October 2023",
        "ولعام 2014", "وفي 2014 م", "وهذه السنة", "وهذا الشهر", "والشهر الماضي",
        "والأربعاء الموافق 12 من شهر تشرين الثاني/نوفمبر عام 2024", "و6 من شهر آب (أغسطس) الماضي",
        "earlier today", "later today", "yesterday evening", "the day before yesterday", "two days ago",
        "earlier this week", "last week", "next Wednesday morning", "since the beginning of September 2023",
        "so far this year", "since 2014", "from 2015 to 2016", "throughout 2014", "last year",
        "Wednesday, September 12th, 2024", "Wednesday, the 12th of September, 2024", "in Sept. 2024",
    ],
)
def test_every_rule_match_gets_through_its_gate_in_long_forms(phrase: str) -> None:
    text = f"قال المصدر {phrase}، وأضاف"
    assert dates.find_dates(text, dt.date(2024, 12, 6)), phrase
    check_rules_one_by_one(text)
    check_rules_one_by_one(phrase)


def test_find_dates_refuses_the_normalization_of_another_text() -> None:
    with pytest.raises(ValueError):
        dates.find_dates("أمس", dt.date(2024, 3, 6), norm=normalize("اليوم"))


# --- segment and lang ------------------------------------------------------------------

url_text = st.lists(
    st.sampled_from(["https://t.co/ab", "www.x.com", "a.b/c", "x@y.org", "user@", "/", "@", "w", "www.",
                     "مرحبا", "word.", " ", " ", "\n", ".", "..", "-"]),
    max_size=30,
).map("".join)


@FAST
@given(url_text)
def test_urls_finds_what_the_plain_search_finds(text: str) -> None:
    assert segment._urls(text) == [m.span() for m in segment._URL.finditer(text)]


def reference_letter_counts(text: str) -> tuple[int, int, int]:
    arabic = latin = other = 0
    for ch in text:
        if not ch.isalpha() or ch == "\u0640":
            continue
        code = ord(ch)
        if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
                or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
            arabic += 1
        elif code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A:
            latin += 1
        else:
            other += 1
    return arabic, latin, other


def reference_document_language(text: str) -> str:
    arabic, latin, _ = reference_letter_counts(text)
    if arabic == 0 and latin == 0:
        return "other"
    main, minority = ("ar", "en") if arabic >= latin else ("en", "ar")
    for span in sentences(text):
        sentence = span.text_of(text)
        if lang.script_of(sentence) == minority and len(re.findall(r"[^\W\d_]+", sentence)) >= 4:
            return "mixed"
    return main


lang_text = st.lists(
    st.one_of(
        st.sampled_from([
            "قال الجيش", "The army said", "a b c d", "ب ت ث ج", ". ", "\n", "ـ", "ﻻ", "Ωμέγα", "中文", "ʼ", "²",
            "5", " ",
        ]),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=40,
).map("".join)


@FAST
@given(lang_text)
def test_letter_counts_and_language_match_the_loop(text: str) -> None:
    assert lang._letter_counts(text) == reference_letter_counts(text)
    assert lang.document_language(text) == reference_document_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "قال الجيش الإسرائيلي في بيان اليوم. a b c d",
        "قال الجيش الإسرائيلي في بيان اليوم.\nThe army said so",
        "The army said that the strike hit a building. ب ت ث ج",
        "The army said that the strike hit a building. بيان",
        "قال الجيش. x",
        "",
        "١٢٣ ...",
    ],
)
def test_document_language_matches_the_loop(text: str) -> None:
    assert lang.document_language(text) == reference_document_language(text)


def test_tokenize_remembers_words_without_changing_them() -> None:
    text = "وبالقذيفة قذيفةٍ لبنان، Beirut ٣٥ قذيفةٍ"
    tokens._ANALYSES.clear()
    first = tokens.tokenize(text)
    assert tokens.tokenize(text) == first  # from what it remembers
    assert [(t.norm, t.stem, t.prefix) for t in first] == [
        (fold(t.text), *reversed(tokens.split_proclitics(fold(t.text)))) for t in first
    ]
