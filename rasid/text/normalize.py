"""Normalization for matching, with a map back to the original character offsets.

Owns the one folding every matcher uses: Arabic letter variants (hamza forms of alef,
alef maqsura, ta marbuta, hamza on waw/ya), tashkeel and tatweel removed, Arabic-Indic
and Persian digits to ASCII, bidi control characters removed, Latin case-folded and
accents stripped, dashes and underscores to spaces, runs of white space collapsed.
Matching happens on ``Normalized.text``; ``Normalized.span_to_original`` turns a match
back into a span of the original text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rasid.model import Span

# Each entry maps one original character to its folded replacement ("" deletes it).
_FOLD: dict[str, str] = {}
for _c in "أإآٱٲٳٵ":
    _FOLD[_c] = "ا"
_FOLD.update({"ى": "ي", "ئ": "ي", "ی": "ي", "ي": "ي", "ة": "ه", "ۀ": "ه", "ؤ": "و", "ک": "ك", "ڪ": "ك"})
for _i, _c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _FOLD[_c] = str(_i)
for _i, _c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _FOLD[_c] = str(_i)
_TASHKEEL = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # harakat, superscript alef, tatweel
_BIDI = {
    "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff",
}
for _c in _TASHKEEL | _BIDI:
    _FOLD[_c] = ""
for _c in "-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
    _FOLD[_c] = " "
_FOLD["\u060c"] = ","  # Arabic comma
_FOLD["\u061b"] = ";"  # Arabic semicolon
_FOLD["\u061f"] = "?"  # Arabic question mark


def fold_char(ch: str) -> str:
    """The folded form of one character (may be empty or, rarely, longer)."""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch.isspace():
        return " "
    if ord(ch) < 0x0600 or ord(ch) > 0x06FF:
        if ch.isascii():
            return ch.lower()
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base == ch:
            return base.casefold()
        # Compatibility forms (Arabic presentation forms, full-width and small signs)
        # decompose into characters that have folds of their own ("ﺓ" -> "ة" -> "ه"):
        # fold those too, so that folding is idempotent.
        return "".join(fold_char(c) for c in base)
    return ch


@dataclass(frozen=True, slots=True)
class Normalized:
    """A folded text and, for every folded character, the original offset it came from."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """The original offset of folded position ``index`` (``len(text)`` maps to the end)."""
        if index >= len(self.offsets):
            return len(self.original)
        return self.offsets[index]

    def span_to_original(self, start: int, end: int) -> Span:
        """The original span covering folded characters [start, end)."""
        if end <= start:
            at = self.to_original(start)
            return Span(at, at)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching, keeping the offset map (see module docstring)."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True  # also strips leading space
    for index, ch in enumerate(text):
        for folded in fold_char(ch):
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
    return Normalized(text, "".join(out), tuple(offsets))


def fold(text: str) -> str:
    """Just the folded string, for keys and lookups."""
    return normalize(text).text


def strip_controls(text: str) -> str:
    """Remove bidi and zero-width control characters, keeping everything else as is."""
    return "".join(ch for ch in text if ch not in _BIDI)
