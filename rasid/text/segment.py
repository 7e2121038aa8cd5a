"""Sentence and paragraph boundaries of Arabic and English news text.

Owns ``sentences`` and ``paragraphs``: spans into the original text, trimmed of white
space and invisible format characters, never empty. A sentence ends at a line break or
at . ! ? ؟ ؛ … followed by space, a quote or the end of the line; a period does not end
one inside a decimal, a URL, an abbreviation (Mr. U.S. a.m. Jan. No. 5, "آر. بي. جي") or
after a single initial. A photo caption ends at its credit ("(File photo) (AFP)") before a
capitalised word. Overlong sentences are cut after "، و" so later stages see bounded units.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from rasid.model import Span

MAX_SENTENCE = 600

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_RARE_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"  # the line breaks of _LINE but "\n"
# A run of terminators, then the closing quotes or brackets that belong to that sentence (the run
# written "[t][t]*": a search for a pattern that opens with a class skips quickly to where it matches).
_END = re.compile(r"[.!?؟؛…][.!?؟؛…]*[\"'»”’)\]]*")
_OPENERS = "«“‘\"'("
_URL = re.compile(
    r"(?:https?://|www\.)[^\s]*[^\s.,!?؟؛:;)\]»\"'”’]"
    r"|[\w-]+(?:\.[\w-]+)+/[^\s]*[^\s.,!?؟؛:;)\]»\"'”’]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_URL_TRIGGER = re.compile(r"[/@]|www\.")  # in every match of _URL
# _URL_TRIGGER for a text without "www." (most texts): a pattern that opens with a class is searched
# for quickly, one with a choice of a class or a word by trying every offset
_SLASH_OR_AT = re.compile("[/@]")
_NON_SPACE = re.compile(r"\S*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen col lt sgt capt maj brig adm gov sen rep rev jr sr mt ft "
    "vs approx est dept inc ltd co corp fig vol jan feb mar apr jun jul aug sep sept oct "
    "nov dec".split()
)
_BEFORE_NUMBER = frozenset({"no", "nos", "art", "p", "pp"})  # "No. 5": an abbreviation only before a number
_CLOCK = frozenset({"a.m", "p.m"})
# Capitalised words that commonly follow "5 p.m." inside the same sentence.
_CLOCK_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december gmt utc local".split()
)
# Latin letters as Arabic spells them ("آر. بي. جي" = R.P.G.)
_LETTER_NAMES_AR = frozenset(
    "إيه أيه بي سي دي إي إف جي إتش آي جيه كيه إل إم إن أو بيه كيو آر إس تي يو في واي إكس زد".split()
)
_PREVIOUS_WORD = re.compile(r"[\w.]+$")
_WORD_RUN = re.compile(r"[\w.]+")
_NEXT_WORD = re.compile(r"\s*[\"'«“(]*(\w+)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S, e.g, a.m
_LONG_CUT = re.compile(r"،\s+(?=و)")


def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans of ``text`` in order (see module docstring for the rules)."""
    protected = _urls(text)
    out: list[Span] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for end in _line_boundaries(text, line_start, line_end, protected):
            out.extend(_split_long(text, _trimmed(text, start, end)))
            start = end
        out.extend(_split_long(text, _trimmed(text, start, line_end)))
    return tuple(span for span in out if span is not None)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_LINE.finditer(text)``: cut at "\n" alone when the text holds no other line
    break (most texts), which is quicker than the pattern's test of every character."""
    if any(brk in text for brk in _RARE_BREAKS):
        yield from (line.span() for line in _LINE.finditer(text))
        return
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line:
            yield start, end
        start = end + 1


def _urls(text: str) -> list[tuple[int, int]]:
    """The spans of ``_URL.finditer(text)``, found faster.

    Those matches hold no white space and each holds "/", "@" or "www.", so only the runs
    of non-space characters around those need to be searched: the search of the whole
    text starts afresh at the start of every run anyway.
    """
    spans: list[tuple[int, int]] = []
    done = 0
    for trigger in (_URL_TRIGGER if "www." in text else _SLASH_OR_AT).finditer(text):
        at = trigger.start()
        if at < done:
            continue
        start = at
        while start > done and not text[start - 1].isspace():
            start -= 1
        done = _NON_SPACE.match(text, at).end()  # type: ignore[union-attr]
        spans.extend(match.span() for match in _URL.finditer(text, start, done))
    return spans


def paragraphs(text: str) -> tuple[Span, ...]:
    """One span per non-blank line, trimmed."""
    spans = (_trimmed(text, m.start(), m.end()) for m in _LINE.finditer(text))
    return tuple(span for span in spans if span is not None)


def _line_boundaries(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> list[int]:
    """Offsets where a sentence ends inside one line (exclusive ends, before the gap)."""
    cuts: list[int] = []
    for match in _END.finditer(text, start, end):
        after = match.end()
        if not _is_boundary(text, match.start(), after, end, protected):
            continue
        if after < end:
            cuts.append(after)
    if "(" in text[start:end]:
        # "... near the border (File photo) (TRT World and Agencies) A bomb killed six people ...": a
        # photo caption ends at its credit, which has no full stop
        cuts += [m.end() for m in _CAPTION_CREDIT.finditer(text, start, end) if m.end() < end]
        cuts.sort()
    return cuts


_CAPTION_CREDIT = re.compile(
    r"\((?:[^()\n]{0,40}\b(?:Agencies|Agency|[Pp]hoto|AFP|Reuters|REUTERS|AP|Getty Images|EPA|SANA))\)"
    r"(?=\s+[\"'“(]?[A-Z])")


def _is_boundary(text: str, at: int, after: int, line_end: int, protected: list[tuple[int, int]]) -> bool:
    if any(lo <= at < hi for lo, hi in protected):
        return False
    if after < line_end and not _opens_next(text, at, after):
        return False
    if text[at:after].rstrip("\"'»”’)]") == ".":
        return not _period_is_abbreviation(text, at, line_end)
    return True


def _opens_next(text: str, at: int, after: int) -> bool:
    """Whether what follows the terminator can start a new sentence."""
    nxt = text[after]
    if nxt.isspace() or nxt in _OPENERS:
        return True
    # "الحدث.وقال": a missing space between Arabic words, which no URL or number produces.
    return after == at + 1 and _is_arabic_letter(nxt) and at > 0 and _is_arabic_letter(text[at - 1])


def _period_is_abbreviation(text: str, at: int, line_end: int) -> bool:
    found = _previous_word(text, at)
    if found is None:
        return False
    word_start, word = found
    word = word.lstrip(".")
    lower = word.lower()
    next_match = _NEXT_WORD.match(text, at + 1, line_end)
    next_word = next_match.group(1) if next_match else ""
    if lower in _CLOCK:
        # "at 5 p.m. The army said" ends a sentence; "at 5 p.m. Sunday" does not.
        return not (next_word[:1].isupper() and next_word.lower() not in _CLOCK_FOLLOWERS)
    if lower in _ABBREVIATIONS or _DOTTED.fullmatch(word):
        return True
    if next_word in _LETTER_NAMES_AR and all(part in _LETTER_NAMES_AR for part in word.split(".")):
        return True  # "قذائف آر. بي. جي", "آر.بي.جي": Latin letters spelled in Arabic, one abbreviation
    if lower in _BEFORE_NUMBER:
        return next_word[:1].isdigit()
    if len(word) == 1 and _is_initial(text, word_start, word):
        return True  # "J. Smith", "د. أحمد"
    # "1. First item": a list number at the start of a line is not a sentence of its own.
    return word.isdigit() and len(word) <= 2 and not text[_line_start(text, at):word_start].strip()


def _previous_word(text: str, at: int) -> tuple[int, str] | None:
    """The start and the text of ``_PREVIOUS_WORD.search(text, max(0, at - 40), at)``.

    That match is the run of word characters and periods ending at ``at`` (cut 40
    characters back), which a match of the reversed stretch reads in a step per
    character, where the search tries every offset of the 40. (Only after a line break
    can the search's "$" match elsewhere: before that final newline.)
    """
    begin = max(0, at - 40)
    if at > begin and text[at - 1] == "\n":
        match = _PREVIOUS_WORD.search(text, begin, at)
        return None if match is None else (match.start(), match.group())
    run = _WORD_RUN.match(text[begin:at][::-1])
    return None if run is None else (at - run.end(), text[at - run.end():at])


def _is_initial(text: str, at: int, letter: str) -> bool:
    standalone = at == 0 or text[at - 1].isspace() or text[at - 1] in _OPENERS
    return standalone and letter.isalpha() and (letter.isupper() or not letter.isascii())


def _line_start(text: str, at: int) -> int:
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and _is_blank(text[start]):
        start += 1
    while end > start and _is_blank(text[end - 1]):
        end -= 1
    return Span(start, end) if end > start else None


def _is_blank(ch: str) -> bool:
    # Bidi marks and zero-width characters are invisible: trim them like spaces.
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _split_long(text: str, span: Span | None) -> list[Span | None]:
    """Cut a sentence longer than MAX_SENTENCE after "، و", as close to the limit as possible."""
    if span is None or span.end - span.start <= MAX_SENTENCE:
        return [span]
    cuts = [m.start() + 1 for m in _LONG_CUT.finditer(text, span.start, span.end)]
    pieces: list[Span | None] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        inside = [c for c in cuts if start < c <= start + MAX_SENTENCE]
        later = [c for c in cuts if c > start + MAX_SENTENCE]
        cut = inside[-1] if inside else (later[0] if later else None)
        if cut is None:
            break
        pieces.append(_trimmed(text, start, cut))
        start = cut
    pieces.append(_trimmed(text, start, span.end))
    return pieces


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"
