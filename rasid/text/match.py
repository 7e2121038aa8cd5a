"""Clitic-aware multi-pattern matching (Aho-Corasick) over normalized text.

Owns ``PhraseMatcher``: many names (places, actors, triggers) found in one pass over
``Normalized.text``. A match must end at a word boundary and start either at a word
boundary or after Arabic proclitics only (و ف ب ل ك and their combinations), so
"وبريف" and "لدير الزور" match but "مدير" does not match "دير". A pattern starting
with the article "ال" also matches the "لل" spelling it takes after the preposition ل.
"""

from __future__ import annotations

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
        for key in self._table:
            self._automaton.add_word(key, (key, False))
            if key.startswith("ال") and len(key) > 3:
                lam_form = key[1:]  # "ل" + rest: the text reads "لل..." after ل
                if lam_form not in self._table:
                    self._automaton.add_word(lam_form, (key, True))
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
        taken: list[PhraseMatch[T]] = []
        for match in matches:
            if all(match.end <= t.start or match.start >= t.end for t in taken):
                taken.append(match)
        return sorted(taken, key=lambda m: m.start)

    def _iter(self, text: str) -> Iterator[PhraseMatch[T]]:
        if not self._table:
            return
        for end_index, (key, lam_form) in self._automaton.iter(text):
            end = end_index + 1
            start = end - (len(key) - 1 if lam_form else len(key))
            if end < len(text) and is_word_char(text[end]):
                continue
            word_start = start
            while word_start > 0 and is_word_char(text[word_start - 1]):
                word_start -= 1
            prefix = text[word_start:start]
            if lam_form and prefix not in _AFTER_LAM:
                continue
            if prefix and not lam_form and (prefix not in PROCLITICS or not _is_arabic(text[start])):
                continue
            yield PhraseMatch(start, end, self._table[key], prefix)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"
