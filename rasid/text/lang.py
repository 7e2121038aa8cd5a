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


def document_language(text: str) -> str:
    """The main script, "ar" or "en", by majority of letters.

    "mixed" when a whole sentence of at least four words is written in the other script
    (an English tweet quoted in an Arabic article, say); "other" when the text has no
    Arabic or Latin letters at all.
    """
    arabic, latin, _ = _letter_counts(text)
    if arabic == 0 and latin == 0:
        return "other"
    main, minority = ("ar", "en") if arabic >= latin else ("en", "ar")
    for span in sentences(text):
        sentence = span.text_of(text)
        if script_of(sentence) == minority and len(_WORD.findall(sentence)) >= MIN_FOREIGN_WORDS:
            return "mixed"
    return main


def _letter_counts(text: str) -> tuple[int, int, int]:
    arabic = latin = other = 0
    for ch in text:
        if not ch.isalpha() or ch == "\u0640":  # tatweel is a letter to Python, not to a reader
            continue
        if _is_arabic_script(ch):
            arabic += 1
        elif _is_latin(ch):
            latin += 1
        else:
            other += 1
    return arabic, latin, other


def _is_arabic_script(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A
