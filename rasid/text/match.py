"""Clitic-aware multi-pattern matching (Aho-Corasick) over normalized text.

Owns ``PhraseMatcher``: many names (places, actors, triggers) found in one pass over
``Normalized.text``. A match must end at a word boundary and start either at a word
boundary or after Arabic proclitics only (و ف ب ل ك and their combinations), so
"وبريف" and "لدير الزور" match but "مدير" does not match "دير". A pattern starting
with the article "ال" also matches the "لل" spelling it takes after the preposition ل.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from rasid.text.normalize import Normalized, fold

T = TypeVar("T")

PROCLITICS = frozenset({
    "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "س", "وس",
})
_AFTER_LAM = frozenset({"ل", "ول", "فل"})


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """A match in folded coordinates: [start, end) of ``Normalized.text``, and its payloads."""

    start: int
    end: int
    payloads: tuple[T, ...]
    prefix: str = ""


class PhraseMatcher(Generic[T]):
    """Finds every known phrase in a text; each phrase carries one or more payloads."""

    def __init__(self, phrases: Iterable[tuple[str, T]], min_length: int = 2) -> None:
        table: dict[str, list[T]] = {}
        for phrase, payload in phrases:
            key = fold(phrase).strip()
            if len(key) < min_length:
                continue
            table.setdefault(key, []).append(payload)
        self._table = {key: tuple(values) for key, values in table.items()}
        self._automaton = ahocorasick.Automaton()
        # Each entry carries what _iter needs of it (its length in the text, whether it is
        # the "لل" form, the payloads), so a match costs no look-ups.
        for key, payloads in self._table.items():
            self._automaton.add_word(key, (len(key), False, payloads))
            if key.startswith("ال") and len(key) > 3:
                lam_form = key[1:]  # "ل" + rest: the text reads "لل..." after ل
                if lam_form not in self._table:
                    self._automaton.add_word(lam_form, (len(lam_form), True, payloads))
        if self._table:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._table)

    def payloads(self, phrase: str) -> tuple[T, ...]:
        return self._table.get(fold(phrase).strip(), ())

    def find(self, norm: Normalized, longest: bool = True) -> list[PhraseMatch[T]]:
        """All valid matches; with ``longest`` overlapping matches keep only the longest."""
        matches = list(self._iter(norm.text))
        if not longest:
            return matches
        matches.sort(key=lambda m: (-(m.end - m.start), m.start))
        # The matches taken do not overlap, so kept in text order only the neighbours
        # of a new one can overlap it (instead of testing every match taken so far).
        taken: list[PhraseMatch[T]] = []
        starts: list[int] = []
        for match in matches:
            at = bisect_right(starts, match.start)
            if at and taken[at - 1].end > match.start:
                continue
            if at < len(taken) and taken[at].start < match.end:
                continue
            taken.insert(at, match)
            starts.insert(at, match.start)
        return taken

    def _iter(self, text: str) -> Iterator[PhraseMatch[T]]:
        if not self._table:
            return
        # is_word_char inlined (str.isalnum): this loop runs for every match of every
        # matcher in every text, most of them inside longer words and dropped.
        size = len(text)
        for end_index, (length, lam_form, payloads) in self._automaton.iter(text):
            end = end_index + 1
            if end < size and text[end].isalnum():
                continue
            start = end - length
            word_start = start
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            if word_start == start:
                if lam_form:
                    continue  # the "لل" form needs the ل before it
                yield PhraseMatch(start, end, payloads, "")
                continue
            prefix = text[word_start:start]
            if lam_form:
                if prefix not in _AFTER_LAM:
                    continue
            elif prefix not in PROCLITICS or not _is_arabic(text[start]):
                continue
            yield PhraseMatch(start, end, payloads, prefix)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"
