"""Clitic-aware multi-pattern matching (Aho-Corasick) over normalized text.

Owns ``PhraseMatcher``: many names (places, actors, triggers) found in one pass over
``Normalized.text``, and ``PhraseScan``, which finds the names of several matchers in
one pass, and ``WordScan``, where the words of several plain lists (the date and number
finders' cue words) occur in a text, found in one pass. A match must end at a word boundary and start either at a word
boundary or after Arabic proclitics only (و ف ب ل ك and their combinations), so
"وبريف" and "لدير الزور" match but "مدير" does not match "دير". A pattern starting
with the article "ال" also matches the "لل" spelling it takes after the preposition ل.
A match may also end inside a written word when the rest of it is a common next word
that lost its space ("الشداديجنوبي", "العراقاستهداف").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from rasid.text.normalize import Normalized, fold

T = TypeVar("T")

PROCLITICS = frozenset({
    "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "س", "وس",
})
_AFTER_LAM = frozenset({"ل", "ول", "فل"})
if max(map(len, PROCLITICS | _AFTER_LAM)) > 2:
    raise AssertionError("PhraseScan looks at most two letters back for a proclitic")


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


class PhraseMatch(NamedTuple, Generic[T]):
    """A match in folded coordinates: [start, end) of ``Normalized.text``, and its payloads.

    A named tuple: a text has hundreds of matches, and a tuple is made faster than a
    frozen dataclass instance."""

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
        # The scan this matcher's matches come from: its own, built when first needed,
        # unless ``PhraseScan`` joined it to others.
        self._scan: PhraseScan | None = None
        self._slot = 0

    def __len__(self) -> int:
        return len(self._table)

    def _keys(self) -> Iterator[tuple[str, tuple[int, bool, tuple[T, ...]]]]:
        """What an automaton holds for each key: its length in the text, whether it is the
        "لل" form of a key, the payloads (so that a match costs no look-ups)."""
        for key, payloads in self._table.items():
            yield key, (len(key), False, payloads)
            if key.startswith("ال") and len(key) > 3:
                lam_form = key[1:]  # "ل" + rest: the text reads "لل..." after ل
                if lam_form not in self._table:
                    yield lam_form, (len(lam_form), True, payloads)

    def payloads(self, phrase: str) -> tuple[T, ...]:
        return self._table.get(fold(phrase).strip(), ())

    def find(self, norm: Normalized, longest: bool = True) -> list[PhraseMatch[T]]:
        """All valid matches; with ``longest`` overlapping matches keep only the longest."""
        if self._scan is None:
            PhraseScan([self])
        matches = list(self._scan.matches(norm.text)[self._slot])  # type: ignore[union-attr]
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


class PhraseScan:
    """Several ``PhraseMatcher``s found in one pass over a text.

    Extraction looks for places, actors, triggers, sources and cue words in every text;
    one automaton over all their phrases scans a text once instead of once per matcher.
    Joining makes each matcher take its matches from this scan (the last one it was
    joined to). Each matcher gets the matches its own scan would give, in the same order:
    a match's text is that of its phrase whichever matcher it belongs to. The matches of
    the last document scanned (the very object) are kept for the next matcher that asks;
    short phrases looked up in between do not replace them. The same pass finds the words
    of ``TEXT_WORDS`` in a document and hands their hits to it.
    """

    def __init__(self, matchers: Sequence[PhraseMatcher[Any]], names: Sequence[PhraseMatcher[Any]] = ()) -> None:
        # the matchers of names (places, actors): only a name takes an English "'s"
        self._name_slots = frozenset(slot for slot, matcher in enumerate(matchers) if any(matcher is n for n in names))
        entries: dict[str, tuple[tuple[int, int, bool, tuple[Any, ...]], ...]] = {}
        for slot, matcher in enumerate(matchers):
            for key, (length, lam_form, payloads) in matcher._keys():
                found = entries.get(key)
                entry = (slot, length, lam_form, payloads)
                entries[key] = (entry,) if found is None else (*found, entry)
        self._size = len(matchers)
        words = TEXT_WORDS.entries()
        self._word_lists = TEXT_WORDS.lists()
        self._automaton: ahocorasick.Automaton | None = None
        if entries:
            # each key's entries as a phrase, and as a word of the text layer's lists
            self._automaton = ahocorasick.Automaton()
            for key in dict.fromkeys([*entries, *words]):
                self._automaton.add_word(key, (entries.get(key, ()), words.get(key, ())))
            self._automaton.make_automaton()
        self._last: tuple[str, tuple[list[PhraseMatch[Any]], ...]] | None = None
        for slot, matcher in enumerate(matchers):
            matcher._scan, matcher._slot = self, slot

    def matches(self, text: str) -> tuple[list[PhraseMatch[Any]], ...]:
        """The valid matches in ``text`` of each matcher, in the order joined (do not change them)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found: tuple[list[PhraseMatch[Any]], ...] = tuple([] for _ in range(self._size))
        word_hits: tuple[list[tuple[int, Any]], ...] = tuple([] for _ in range(self._word_lists))
        if self._automaton is not None:
            self._scan_text(text, found, word_hits)
        if len(text) >= _DOCUMENT_LENGTH:
            self._last = (text, found)
            if self._automaton is not None:
                TEXT_WORDS.remember(text, word_hits)
        return found

    def _scan_text(self, text: str, found: tuple[list[PhraseMatch[Any]], ...],
                   word_hits: tuple[list[tuple[int, Any]], ...]) -> None:
        # is_word_char inlined (str.isalnum): this loop runs for every match of every
        # phrase in every text, most of them inside longer words and dropped.
        size = len(text)
        name_slots = self._name_slots
        for end_index, (entries, words) in self._automaton.iter(text):  # type: ignore[union-attr]
            if words:
                for listed, value in words:
                    word_hits[listed].append((end_index, value))
                if not entries:
                    continue
            end = end_index + 1
            possessive = False
            if end < size and text[end].isalnum() and (text[end] not in _GLUE_START or not _glued_word_after(text, end)):
                if not (name_slots and _possessive_without_apostrophe(text, end)):
                    continue
                possessive = True
            for slot, length, lam_form, payloads in entries:
                if possessive and slot not in name_slots:
                    continue
                start = end - length
                if start == 0 or not text[start - 1].isalnum():
                    if not lam_form:  # the "لل" form needs the ل before it
                        found[slot].append(PhraseMatch(start, end, payloads, ""))
                    continue
                # the word goes on before the match: by a proclitic (two letters at most) or more
                if start > 1 and text[start - 2].isalnum():
                    if start > 2 and text[start - 3].isalnum():
                        if not _glued_start(text, start, length):
                            continue
                        if lam_form:
                            continue
                        found[slot].append(PhraseMatch(start, end, payloads, ""))
                        continue
                    prefix = text[start - 2:start]
                    if prefix in _GLUED_FUNCTION_WORDS and not lam_form and _glued_start(text, start, length):
                        found[slot].append(PhraseMatch(start, end, payloads, ""))  # "عنعدوان"
                        continue
                    if prefix == "ان" and text.startswith("ال", start):
                        # "إنّالعدوان": no word begins "انال"; a dropped space after إنّ / أنّ
                        if not lam_form:
                            found[slot].append(PhraseMatch(start, end, payloads, ""))
                        continue
                else:
                    prefix = text[start - 1:start]
                if lam_form:
                    if prefix not in _AFTER_LAM:
                        continue
                elif prefix not in PROCLITICS or not "\u0600" <= text[start] <= "\u06ff":
                    continue
                found[slot].append(PhraseMatch(start, end, payloads, prefix))


_DOCUMENT_LENGTH = 200  # characters: a text this long is a document, not a phrase


class WordScan:
    """Where the words of several lists occur in a text, found in one pass for all of them.

    The date and the number finders each look for their own words all over the same folded
    document; one automaton over every list scans it once (and ``PhraseScan`` folds these
    words into its own pass over a document, and hands their hits over). Each list gets the
    hits an automaton of its own words would give, in the same order. The hits of the last
    document scanned (the very object) are kept for the next list that asks; phrases scanned
    in between do not replace them.
    """

    def __init__(self) -> None:
        self._lists: list[dict[str, Any]] = []
        self._automaton: ahocorasick.Automaton | None = None
        self._last: tuple[str, tuple[list[tuple[int, Any]], ...]] | None = None

    def add(self, words: dict[str, Any]) -> int:
        """Add a list of words, each with the value its hits carry; the list's number, for ``hits``."""
        self._lists.append(dict(words))
        self._automaton = ahocorasick.Automaton()
        for word, found in self.entries().items():
            self._automaton.add_word(word, found)
        self._automaton.make_automaton()
        self._last = None
        return len(self._lists) - 1

    def lists(self) -> int:
        """How many lists were added."""
        return len(self._lists)

    def entries(self) -> dict[str, tuple[tuple[int, Any], ...]]:
        """Each word with the (list number, value) of every list that holds it, in the order added."""
        entries: dict[str, tuple[tuple[int, Any], ...]] = {}
        for number, listed in enumerate(self._lists):
            for word, value in listed.items():
                entries[word] = (*entries.get(word, ()), (number, value))
        return entries

    def remember(self, text: str, found: tuple[list[tuple[int, Any]], ...]) -> None:
        """Keep the hits of every list in document ``text``, found by another automaton that holds
        all their words (and more), for the lists to ask for; unless lists were added since."""
        if len(found) == len(self._lists):
            self._last = (text, found)

    def hits(self, text: str, number: int) -> list[tuple[int, Any]]:
        """(offset of the last character, value) of every occurrence in ``text`` of a word of list
        ``number``, as ``iter`` of an automaton of that list gives them (do not change them)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1][number]
        found: tuple[list[tuple[int, Any]], ...] = tuple([] for _ in self._lists)
        if text:
            for end_index, entries in self._automaton.iter(text):  # type: ignore[union-attr]
                for listed, value in entries:
                    found[listed].append((end_index, value))
        if len(text) >= _DOCUMENT_LENGTH:
            self._last = (text, found)
        return found[number]


# The word lists of the text layer's finders, scanned for together (see ``WordScan``).
TEXT_WORDS = WordScan()

# News pages lose the space before a common word after a name ("الشداديجنوبي الحسكة",
# "العراقاستهداف"): a name still ends where the rest of its written word is one of these.
_GLUED_WORDS = frozenset(fold(w) for w in (
    "في", "قرب", "بريف", "جنوبي", "شمالي", "شرقي", "غربي", "بمحافظة", "استهداف", "استهدفت", "استهدف", "وقاعدة"))
_WORD_REST = re.compile(r"\w+")
_GLUE_START = frozenset(w[0] for w in _GLUED_WORDS)


# News pages that drop a link also drop the spaces around it: "أفادت مصادرالميادينباستهداف".
# The outlet's name is a word of its own wherever it stands: a phrase glued after it (and maybe
# a proclitic) still starts a word, and ``unglued`` puts the spaces back in folded text.
_GLUED_OUTLETS = tuple(fold(w) for w in ("الميادين", "للميادين"))
_OUTLET_CORE = "لميادين"  # in both spellings: most texts lack it, and are returned at once
_GLUED_OUTLET = re.compile("|".join(rf"(?<=\w){re.escape(w)}|{re.escape(w)}(?=\w)" for w in _GLUED_OUTLETS))


def _after_glued_outlet(text: str, start: int) -> bool:
    return text.endswith(_GLUED_OUTLETS, 0, start) or (
        text[start - 1] in "وبل" and text.endswith(_GLUED_OUTLETS, 0, start - 1))


# The words for "targeting" and "targeted" glued after a name ("المقاومة الإسلامية في العراقاستهداف القوات"): no
# written word ends in it but with proclitics and the article, so whatever else goes before it
# is the word before.
_GLUED_TARGETING = re.compile(r"(\w+?)((?:ال)?استهد(?:اف|ف))")
_TARGETING_PREFIXES = frozenset(p + a for p in ("", *PROCLITICS, "لل", "ولل", "فلل") for a in ("", "ال"))


def unglued(folded: str) -> str:
    """Folded text with spaces put back around a glued outlet name and a glued "استهداف"."""
    if "استهد" in folded:
        folded = _GLUED_TARGETING.sub(_spaced_targeting, folded)
    if _OUTLET_CORE not in folded:
        return folded

    def spaced(m: re.Match[str]) -> str:
        before = " " if m.start() > 0 and folded[m.start() - 1].isalnum() else ""
        after = " " if m.end() < len(folded) and folded[m.end()].isalnum() else ""
        return f"{before}{m.group(0)}{after}"
    return _GLUED_OUTLET.sub(spaced, folded)


# Pages that drop a link also glue a phrase to the preposition before it ("خلالوقفة تضامنية",
# "علىمطار حلب", "عنعدوان"): no word starts with one of these and goes on with a phrase this long
# (one longer after a two-letter one: "عنصرين" is no "عن صرين").
_GLUED_FUNCTION_WORDS = frozenset(fold(w) for w in (
    "خلال", "على", "إلى", "عن", "في", "بعد", "قبل", "عند", "حول", "نحو", "ضد", "منذ", "جراء"))
_GLUED_PHRASE_LENGTH = 4


def _glued_start(text: str, start: int, length: int) -> bool:
    """Whether a phrase that begins inside a written word starts a word of its own there: after
    the outlet's name, as a targeting word glued to a name, or after a preposition."""
    if _after_glued_outlet(text, start):
        return True
    word_start = start
    while word_start and text[word_start - 1].isalnum():
        word_start -= 1
    before = text[word_start:start]
    if text.startswith("استهد", start):
        return before not in _TARGETING_PREFIXES  # "روسيةاستهدفت"
    # "في حديثه إلىالميادين": the outlet, never the town
    return before in _GLUED_FUNCTION_WORDS and length >= _GLUED_PHRASE_LENGTH + (len(before) == 2) \
        and "\u0600" <= text[start] <= "\u06ff" and not text.startswith(_GLUED_OUTLETS, start)


def _spaced_targeting(m: re.Match[str]) -> str:
    before = m.group(1)
    return m.group(0) if before in _TARGETING_PREFIXES else f"{before} {m.group(2)}"


def _possessive_without_apostrophe(text: str, end: int) -> bool:
    """"the armys artillery", "Aleppos Military Academy": an English name whose "'s" lost its
    apostrophe (some news files strip punctuation) still ends there."""
    return text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalnum()) \
        and "a" <= text[end - 1] <= "z" and text[end - 1] != "s"


def _glued_word_after(text: str, end: int) -> bool:
    if not "\u0600" <= text[end - 1] <= "\u06ff":
        return False
    rest = _WORD_REST.match(text, end)
    return rest is not None and rest.group() in _GLUED_WORDS
