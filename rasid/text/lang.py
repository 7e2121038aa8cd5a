"""Which script a text, a sentence or a whole document is written in.

Owns ``script_of``, ``sentence_languages`` and ``document_language``. The decision is
made by counting letters: Arabic-script letters mean "ar", Latin letters "en" (rasid
reads only Arabic and English, so Latin stands for English). A span with no letters is
"other"; one where no script reaches DOMINANT of the letters is "mixed".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasid.model import Span
from rasid.text.normalize import code_ranges
from rasid.text.segment import sentences

DOMINANT = 0.8
MIN_FOREIGN_WORDS = 4  # a minority-script sentence this long makes a document "mixed"

_WORD = re.compile(r"[^\W\d_]+")


def script_of(text: str) -> str:
    """One of "ar", "en", "mixed" or "other" (no letters, or mostly another script)."""
    arabic, latin, other = _letter_counts(text)
    total = arabic + latin + other
    if total == 0:
        return "other"
    if arabic >= DOMINANT * total:
        return "ar"
    if latin >= DOMINANT * total:
        return "en"
    if other >= DOMINANT * total:
        return "other"
    return "mixed"


def sentence_languages(text: str, spans: Iterable[Span]) -> tuple[str, ...]:
    """``script_of`` each span of ``text``, in the order given."""
    return tuple(script_of(span.text_of(text)) for span in spans)


def document_language(text: str, spans: Iterable[Span] | None = None) -> str:
    """The main script, "ar" or "en", by majority of letters.

    "mixed" when a whole sentence of at least four words is written in the other script
    (an English tweet quoted in an Arabic article, say); "other" when the text has no
    Arabic or Latin letters at all. ``spans`` are ``sentences(text)``, for a caller that
    has them already.
    """
    latin = _letters(_LATIN_LETTERS, text)
    # Only whether the Arabic letters are none, and whether they are at least as many as the
    # Latin ones, matters here: counted only that far (a whole Arabic text holds thousands).
    arabic = _letters(_ARABIC_LETTERS, text, enough=max(latin, 1))
    if arabic == 0 and latin == 0:
        return "other"
    main, minority = ("ar", "en") if arabic >= latin else ("en", "ar")
    if (latin if minority == "en" else arabic) == 0:
        return main  # a sentence in the minority script needs some of its letters
    letter = _LATIN_LETTERS if minority == "en" else _ARABIC_LETTERS
    for span in sentences(text) if spans is None else spans:
        sentence = span.text_of(text)
        if not letter.search(sentence):
            continue  # (most sentences: quicker to tell than by counting their letters)
        if script_of(sentence) == minority and len(_WORD.findall(sentence)) >= MIN_FOREIGN_WORDS:
            return "mixed"
    return main


def _letters(runs: re.Pattern[str], text: str, enough: int | None = None) -> int:
    """How many letters the runs of one script in ``text`` hold; once that reaches ``enough``,
    at least that many."""
    total = 0
    for run in runs.finditer(text):
        total += run.end() - run.start()
        if enough is not None and total >= enough:
            break
    return total


def _letter_counts(text: str) -> tuple[int, int, int]:
    """(Arabic-script, Latin, other) letters of ``text``; tatweel is a letter to Python, not
    to a reader."""
    without_arabic = _ARABIC_LETTERS.sub("", text)
    rest = _LATIN_LETTERS.sub("", without_arabic)
    other = sum(1 for ch in _ELSEWHERE.findall(rest) if ch.isalpha())
    return len(text) - len(without_arabic), len(without_arabic) - len(rest), other


_ARABIC_SCRIPT = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_LATIN_SCRIPT = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0xFF21, 0xFF5A))


def _char_class(ranges: tuple[tuple[int, int], ...], letters_only: bool) -> str:
    """The inside of a regex character class for the code points in ``ranges`` (inclusive),
    only the letters (but tatweel) if ``letters_only``."""
    codes = [
        code for first, last in ranges for code in range(first, last + 1)
        if not letters_only or (chr(code).isalpha() and code != 0x0640)
    ]
    return code_ranges(codes)


def _runs_of(char_class: str) -> re.Pattern[str]:
    """Runs of the characters of a class, as "[c][c]*" rather than "[c]+": a search for a pattern
    that opens with a class skips quickly to where the class matches, instead of trying every offset."""
    return re.compile(f"[{char_class}][{char_class}]*")


# Runs of letters of each script, and single characters of neither script's ranges.
_ARABIC_LETTERS = _runs_of(_char_class(_ARABIC_SCRIPT, True))
_LATIN_LETTERS = _runs_of(_char_class(_LATIN_SCRIPT, True))
_ELSEWHERE = re.compile(f"[^{_char_class(_ARABIC_SCRIPT + _LATIN_SCRIPT, False)}]")
