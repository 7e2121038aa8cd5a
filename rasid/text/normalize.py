"""Normalization for matching, with a map back to the original character offsets.

Owns the one folding every matcher uses: Arabic letter variants (hamza forms of alef,
alef maqsura, ta marbuta, hamza on waw/ya), tashkeel and tatweel removed, Arabic-Indic
and Persian digits to ASCII, bidi control characters removed, Latin case-folded and
accents stripped, dashes and underscores to spaces, runs of white space collapsed.
Matching happens on ``Normalized.text``; ``Normalized.span_to_original`` turns a match
back into a span of the original text. ``normalize`` remembers the last document it was
given, so that ``fold`` of that text and ``fold_slice`` (the fold of a stretch of it, which
the extraction rules ask for hundreds of times per document) are read off it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rasid.model import Span


def code_ranges(codes: list[int]) -> str:
    """The inside of a regex character class for sorted code points, runs written as ranges."""
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(f"\\U{codes[i]:08x}" if i == j else f"\\U{codes[i]:08x}-\\U{codes[j]:08x}")
        i = j + 1
    return "".join(parts)


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
    folded = _FOLDED.get(ch)
    if folded is None:
        folded = _FOLDED[ch] = _fold_char(ch)
    return folded


def _fold_char(ch: str) -> str:
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


# Every character folded so far, filled lazily by ``fold_char``.
_FOLDED: dict[str, str] = {}


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
    global _last_document
    last = _last_document
    if last is not None and last.original is text:
        return last
    if len(text) >= _SHORT:
        pre = _fold_one_to_one(text)
        norm = _collapse(text, pre) if pre is not None else _normalize_chars(text)
    else:
        norm = _normalize_chars(text)
    if len(text) >= _DOCUMENT_LENGTH:
        _last_document = norm
    return norm


def fold_slice(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])`` for ``0 <= start``; read off the normalization of ``text``
    when ``text`` (the very object) is the document ``normalize`` was last given.

    Extraction folds hundreds of short stretches around mentions of one document ("the
    30 characters before this trigger"); the document's normalization already holds them.
    Folding a stretch is folding its characters one by one, collapsing runs of white
    space and trimming it, so it is the stretch of the folded document whose characters
    come from ``text[start:end]``, trimmed: a run of white space is kept there as its
    first character, and every character a fold turns into several carries one offset.
    """
    norm = _last_document
    if norm is None or norm.original is not text or start < 0 or end < 0:
        return fold(text[start:end])
    offsets = norm.offsets
    return norm.text[bisect_left(offsets, start):bisect_left(offsets, end)].strip(" ")


def fold(text: str) -> str:
    """Just the folded string, for keys and lookups."""
    if len(text) > _MEMO_LENGTH:
        last = _last_document
        if last is not None and last.original is text:
            return last.text  # the document being extracted, folded already
        return _fold(text)
    folded = _FOLD_MEMO.get(text)
    if folded is None:
        if len(_FOLD_MEMO) >= _MEMO_SIZE:
            _FOLD_MEMO.clear()
        folded = _FOLD_MEMO[text] = _fold(text)
    return folded


def _fold(text: str) -> str:
    if len(text) >= _SHORT:
        pre = _fold_one_to_one(text)
        if pre is not None:
            # After the one-to-one pass the only white space left is " " (see there).
            return " ".join(pre.replace(_DELETED, "").split())
    # The characters' folds, white space collapsed and trimmed: ``_normalize_chars`` without
    # the offsets (the folds hold no white space but " ").
    return " ".join("".join(map(fold_char, text)).split())


# --- how normalize is computed quickly ------------------------------------------------
#
# ``_normalize_chars`` is the definition: fold character by character, drop white space
# at the start, after other white space and at the end. It is used for short texts and
# for texts holding a character that folds to more than one character.
#
# For the rest, ``_fold_one_to_one`` replaces every character by its fold with str.replace
# (deleted characters by the placeholder _DELETED), giving a string exactly as long as the
# text, and ``_collapse`` then drops placeholders and surplus spaces: the offsets of what
# is left are positions in that string, which are positions in the text.

_SHORT = 12  # below this the character loop is faster than the string passes
_FEW = 64  # above this the frequent characters are replaced without looking for them first
_MEMO_LENGTH = 24  # ``fold`` remembers the folds of strings up to this long ...
_MEMO_SIZE = 1 << 14  # ... this many at a time
_FOLD_MEMO: dict[str, str] = {}
# ``normalize`` remembers the last text at least this long that it was given (a document,
# not a phrase), for ``fold_slice`` and for the stages that normalize the same text again.
_DOCUMENT_LENGTH = 200
_last_document: Normalized | None = None

_DELETED = "\x00"  # stands for a deleted character; texts holding it take the slow path
# The characters that change most often in news text, replaced unconditionally.
_FREQUENT = tuple(
    (ch, fold_char(ch) or _DELETED)
    for ch in "ةأ،إىئ\nؤآ\u0651\u064b\u064f\u064d\u0640\u064e\u0650"
)


def _normalize_chars(text: str) -> Normalized:
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True  # also strips leading space
    folds = _FOLDED
    for index, ch in enumerate(text):
        folded = folds.get(ch)
        if folded is None:
            folded = fold_char(ch)
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        elif len(folded) == 1:
            previous_space = False
        else:
            for part in folded:
                if part == " ":
                    if previous_space:
                        continue
                    previous_space = True
                else:
                    previous_space = False
                out.append(part)
                offsets.append(index)
            continue
        out.append(folded)
        offsets.append(index)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return Normalized(text, "".join(out), tuple(offsets))


class _Classes:
    """What is known about characters' folds, for the one-to-one pass."""

    def __init__(self) -> None:
        self.plain: set[str] = set()  # fold to themselves
        self.changed: dict[str, str] = {}  # fold to one other character, or to _DELETED
        self.irregular: set[str] = set()  # fold to several characters, or need care
        self.learned = 0  # plain characters learned since ``special`` was compiled
        for start, end in ((0x0000, 0x0800), (0x2000, 0x2070)):
            for code in range(start, end):
                self.learn(chr(code))
        self.learned = 0
        self.special = self._compile()

    def learn(self, ch: str) -> None:
        folded = fold_char(ch)
        if ch == _DELETED:
            self.irregular.add(ch)
        elif folded == ch:
            self.plain.add(ch)
            self.learned += 1
        elif folded == "":
            self.changed[ch] = _DELETED
        elif len(folded) == 1 and fold_char(folded) == folded and folded != _DELETED:
            self.changed[ch] = folded
        else:
            self.irregular.add(ch)

    def _compile(self) -> re.Pattern[str]:
        """A pattern for one character not known to fold to itself (nor the placeholder)."""
        return re.compile(f"[^{code_ranges(sorted(ord(ch) for ch in self.plain | {_DELETED}))}]")

    def refresh(self) -> None:
        """Recompile ``special`` once enough plain characters were learned since the last time."""
        if self.learned >= 32:
            self.learned = 0
            self.special = self._compile()


_CLASSES = _Classes()


def _fold_one_to_one(text: str) -> str | None:
    """``text`` with every character replaced by its fold (_DELETED for none), or None when
    some character folds to several characters or is _DELETED itself."""
    if _DELETED in text:
        return None
    classes = _CLASSES
    pre = text
    if len(text) > _FEW:
        for ch, folded in _FREQUENT:
            pre = pre.replace(ch, folded)
    found = classes.special.findall(pre)
    if not found:
        return pre
    for ch in set(found):
        folded = classes.changed.get(ch)
        if folded is None:
            if ch not in classes.plain and ch not in classes.irregular:
                classes.learn(ch)
                folded = classes.changed.get(ch)
            if ch in classes.irregular:
                return None
            if folded is None:
                continue  # folds to itself
        pre = pre.replace(ch, folded)
    classes.refresh()
    return pre


def _collapse(text: str, pre: str) -> Normalized:
    """The Normalized of ``text`` from its one-to-one fold ``pre``."""
    positions = _positions(len(pre))  # where the characters of ``pre`` are in ``text``
    if _DELETED in pre:
        pieces = pre.split(_DELETED)
        kept: list[int] = []
        at = 0
        for piece in pieces:
            if piece:
                kept += positions[at:at + len(piece)]
            at += len(piece) + 1
        pre = "".join(pieces)
        positions = kept
    n = len(pre)
    if pre[:1] != " " and pre[-1:] != " " and "  " not in pre:
        return Normalized(text, pre, tuple(positions[:n]))
    start = n - len(pre.lstrip(" "))
    end = len(pre.rstrip(" "))
    if start >= end:
        return Normalized(text, "", ())
    parts: list[str] = []
    offsets: list[int] = []
    for run in _SPACES.finditer(pre, start, end):
        cut = run.start() + 1  # the first space of the run stays
        parts.append(pre[start:cut])
        offsets += positions[start:cut]
        start = run.end()
    parts.append(pre[start:end])
    offsets += positions[start:end]
    return Normalized(text, "".join(parts), tuple(offsets))


_SPACES = re.compile("  +")
_RANGE_LIMIT = 1 << 16
_range: tuple[int, ...] = tuple(range(4096))


def _positions(n: int) -> Sequence[int]:
    """A sequence starting 0, 1, .. n - 1 whose slices are cheap: for texts up to
    _RANGE_LIMIT long, one tuple shared by all calls (so its numbers are made once)."""
    global _range
    if n > len(_range):
        if n > _RANGE_LIMIT:
            return range(n)
        _range = tuple(range(min(max(n, 2 * len(_range)), _RANGE_LIMIT)))
    return _range


def strip_controls(text: str) -> str:
    """Remove bidi and zero-width control characters, keeping everything else as is."""
    return "".join(ch for ch in text if ch not in _BIDI)
