"""Quantities written in Arabic or English news text.

Owns ``NumberMatch``, ``find_numbers`` and ``parse_number``. Recognised: digits in any of
the three digit sets, with thousands separators, and decimals when a multiplier makes
them whole ("1.5 مليون"); Arabic number words in their gender, case and common misspelt
forms, with proclitics ("بثمانية"), joined by و ("مئة وخمسون") and scaled ("سبعة آلاف",
"80 ألف"); English number words ("two hundred and fifty", "a dozen"); and vague amounts
at the values ACLED codes them (عشرات and "dozens" 12, مئات and "hundreds" 100, آلاف and
"thousands" 1000, عدة, بضعة, "several" and "a few" 3).

Digits that belong to dates (3/4/2024, 2024-03-03), clock times (1:38, 0914), URLs, handles
and model names (F-16, 120mm) are not quantities and are skipped. Ordinals are not
numbers. Years are returned like any other number: the caller decides what 2024 means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import compress, count
from operator import itemgetter, or_

from rasid.model import Span
from rasid.text.match import TEXT_WORDS
from rasid.text.normalize import Normalized, code_ranges, normalize
from rasid.text.tokens import extend_over_marks


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A quantity: the span of the number expression, its value and how exact it is.

    ``vague`` marks an amount stated without a number (عشرات, "several"); ``approximate``
    a number hedged by a word before it ("about", "نحو"), which stays outside the span.
    """

    span: Span
    value: int
    vague: bool
    approximate: bool


# --- vocabulary ---------------------------------------------------------------------

_UNIT = "unit"  # 1-9
_TEN = "ten"  # 10; in Arabic also the second word of a teen ("خمسة عشر")
_TEEN = "teen"  # 11-19
_TEEN_HEAD = "teen_head"  # أحد / اثنا: numbers only before عشر
_TENS = "tens"  # 20-90
_UNIT_AFTER_TENS = "unit_after_tens"  # English "twenty five": closes the tens
_HUNDREDS = "hundreds"  # Arabic مئة .. تسعمئة: an amount by itself
_HUNDRED = "hundred"  # English "hundred": multiplies what precedes it
_MULT = "mult"  # thousand, million, billion
_DUAL = "dual"  # ألفان, مليونان: two of a multiplier in one word
_DOZEN = "dozen"
_VAGUE = "vague"
_ARTICLE = "article"  # "a" in "a hundred", "a dozen"
_JOIN = "join"  # a free-standing و or "and"
_OF = "of"
_NUM = "num"  # digits
_CLOSED = "closed"  # nothing may be added any more ("two dozen")
_OTHER = "other"

_ADDENDS = frozenset({_UNIT, _TEN, _TEEN, _TENS, _HUNDREDS, _NUM})
# The kinds a number may start with (``_parse`` makes nothing of the others).
_STARTS = _ADDENDS | {_HUNDRED, _MULT, _DUAL, _ARTICLE, _VAGUE}
_BEFORE_HUNDRED = frozenset({_UNIT, _TEN, _TEEN, _TENS, _UNIT_AFTER_TENS, _NUM, _ARTICLE})


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    value: int
    plural: bool = False  # آلاف, "thousands": alone they are a vague amount
    base: int = 0  # what a vague word multiplies a following scale by ("عشرات الآلاف" = 10 × 1000)

    @property
    def fraction(self) -> Fraction:
        return _FRACTIONS[self.value]


def _arabic_vocabulary() -> dict[str, _Entry]:
    table: dict[str, _Entry] = {}

    def add(entry: _Entry, words: str) -> None:
        for word in words.split():
            table[word] = entry

    units = {
        1: "واحد واحده", 2: "اثنان اثنين اثنتان اثنتين ثنتان ثنتين", 3: "ثلاثه ثلاث تلاته تلات",
        4: "اربعه اربع", 5: "خمسه خمس", 6: "سته ست", 7: "سبعه سبع", 8: "ثمانيه ثماني ثمان تمانيه",
        9: "تسعه تسع",
    }
    for value, words in units.items():
        add(_Entry(_UNIT, value), words)
    add(_Entry(_TEN, 10), "عشره عشر")
    add(_Entry(_TEEN_HEAD, 1), "احد احدي")
    add(_Entry(_TEEN_HEAD, 2), "اثنا اثني اثنتا اثنتي")
    tens = {
        20: "عشرون عشرين", 30: "ثلاثون ثلاثين تلاتين", 40: "اربعون اربعين", 50: "خمسون خمسين",
        60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين تمانين", 90: "تسعون تسعين",
    }
    for value, words in tens.items():
        add(_Entry(_TENS, value), words)
    # مئة and مائة fold to ميه and مايه (hamza on ya becomes ya).
    add(_Entry(_HUNDREDS, 100), "ميه مايه")
    add(_Entry(_HUNDREDS, 200), "ميتان ميتين ميتا ميتي مايتان مايتين مايتا مايتي")
    hundred_stems = {3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان ثماني", 9: "تسع"}
    for value, stems in hundred_stems.items():
        add(_Entry(_HUNDREDS, value * 100), " ".join(s + h for s in stems.split() for h in ("ميه", "مايه")))
    add(_Entry(_MULT, 1000), "الف الفا")
    add(_Entry(_MULT, 1000, plural=True), "الاف الالاف")
    add(_Entry(_MULT, 10**6), "مليون مليونا")
    add(_Entry(_MULT, 10**6, plural=True), "ملايين الملايين")
    add(_Entry(_MULT, 10**9), "مليار مليارا")
    add(_Entry(_MULT, 10**9, plural=True), "مليارات")
    add(_Entry(_DUAL, 2000), "الفان الفين الفي")
    add(_Entry(_DUAL, 2 * 10**6), "مليونان مليونين مليوني")
    add(_Entry(_DUAL, 2 * 10**9), "ملياران مليارين")
    add(_Entry(_VAGUE, 12, base=10), "عشرات العشرات")
    add(_Entry(_VAGUE, 100, base=100), "ميات الميات")
    add(_Entry(_VAGUE, 3, base=3), "عده بضعه بضع")
    add(_Entry(_JOIN, 0), "و")
    return table


def _english_vocabulary() -> dict[str, _Entry]:
    table: dict[str, _Entry] = {}
    for value, word in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], start=1):
        table[word] = _Entry(_UNIT, value)
    table["ten"] = _Entry(_TEN, 10)
    teens = "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    for value, word in enumerate(teens.split(), start=11):
        table[word] = _Entry(_TEEN, value)
    for value, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2):
        table[word] = _Entry(_TENS, value * 10)
    table["hundred"] = _Entry(_HUNDRED, 100)
    for word, value in (("thousand", 1000), ("million", 10**6), ("billion", 10**9)):
        table[word] = _Entry(_MULT, value)
        table[word + "s"] = _Entry(_MULT, value, plural=True)
    table["dozen"] = _Entry(_DOZEN, 12)
    table["dozens"] = _Entry(_VAGUE, 12, base=12)
    table["hundreds"] = _Entry(_VAGUE, 100, base=100)
    table["tens"] = _Entry(_VAGUE, 0, base=10)  # only in "tens of thousands"
    table["several"] = _Entry(_VAGUE, 3, base=3)
    table["a"] = table["an"] = _Entry(_ARTICLE, 1)
    table["and"] = _Entry(_JOIN, 0)
    table["of"] = _Entry(_OF, 0)
    return table


_ARABIC = _arabic_vocabulary()
_ENGLISH = _english_vocabulary()

# Multi-word vague amounts; the first word may carry an Arabic proclitic.
_PHRASES: tuple[tuple[tuple[str, ...], _Entry], ...] = (
    (("a", "number", "of"), _Entry(_VAGUE, 3)),
    (("a", "couple", "of"), _Entry(_VAGUE, 2)),
    (("a", "handful", "of"), _Entry(_VAGUE, 3)),
    (("a", "few"), _Entry(_VAGUE, 3, base=3)),
    (("scores", "of"), _Entry(_VAGUE, 12)),
    (("عدد", "من"), _Entry(_VAGUE, 3)),
    (("عددا", "من"), _Entry(_VAGUE, 3)),
)

# Longest first. ل before the article is written لل, so those forms restore the alef.
_PROCLITICS = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_DIGIT_PREFIXES = frozenset(_PROCLITICS) | {"ال", "وال", "بال", "فال"}  # "و15", "الـ20"

# Words that hedge the number right after them; the Arabic ones may carry a proclitic.
_HEDGES_AR = ("نحو", "حوالي", "قرابه", "زهاء", "اكثر من", "ازيد من", "اقل من", "ما لا يقل عن", "لا يقل عن",
              "ما يزيد عن", "ما يزيد علي", "يزيد عن", "يزيد علي", "ما يقارب", "يقارب", "ما يناهز", "يناهز",
              "ما يربو علي", "يربو علي")
_HEDGES_EN = ("about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more than",
              "at least", "up to", "close to", "as many as", "fewer than", "less than", "an estimated", "estimated",
              "upwards of")
_HEDGES = _HEDGES_AR + _HEDGES_EN
_APPROXIMATE = re.compile(
    r"(?<!\w)(?:(?:وب|ول|[وفبل])?(?:" + "|".join(_HEDGES_AR) + ")|" + "|".join(_HEDGES_EN) + r") ?$")
_HEDGE_REACH = 30  # characters before a number searched for a hedge

# Stretches of the original text whose digits are not quantities.
_NOT_QUANTITIES = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[@#]\w+"
    r"|[\w-]+(?:\.[\w-]+)+/\S*"  # pic.twitter.com/abc12
    r"|\d+(?:[/.\-]\d+){2,}"  # 3/4/2024, 2024-03-03, 1.2.3
    r"|\d+/\d+"  # a day and month, or a fraction
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # 1:38
    r"|(?<![\d,.])0\d[0-5]\d(?!\d)"  # 0914: a clock time, as datelines write it
    r"|[A-Za-z]+[-\u2010\u2011]?\d+\w*"  # F-16, T72, Su-24
    r"|\d+[A-Za-z]+"  # 120mm, 10th
)
# Every match of _NOT_QUANTITIES holds one of these (see _Blocked).
_QUANTITY_TRIGGER = re.compile(r"[@#/\d]|www\.")
_NON_SPACE = re.compile(r"\S*")
_GROUP = re.Match.group
_FIRST = itemgetter(0)
_RAW = re.compile(r"[0-9]+(?:[,٬][0-9]{3})+(?![0-9])(?:[.٫][0-9]+)?|[0-9]+(?:[.٫][0-9]+)?|[^\W\d_]+|\S")


# --- lexing -------------------------------------------------------------------------


@dataclass(slots=True)
class _Lexeme:
    start: int  # folded offset where the number itself begins (after any proclitic)
    end: int
    kind: str
    value: Fraction = Fraction(0)
    plural: bool = False
    base: int = 0
    joined: bool = False  # carries a و proclitic or follows a free-standing و / "and"
    arabic: bool = False


def _lexemes(norm: Normalized) -> list[_Lexeme]:
    """The lexemes ``find_numbers`` parses: those of every number expression of ``norm.text``,
    separated by _OTHER lexemes (all that parsing makes of them is that they separate numbers)."""
    if _other_digits(norm.text):
        return _lexemes_of_candidates(norm)
    return _lexemes_near_anchors(norm)


def _add_lexeme(out: list[_Lexeme], lexeme: _Lexeme, other: bool) -> bool:
    """Append ``lexeme`` to ``out``, one _OTHER standing for a whole run of them; whether ``out``
    now ends with an _OTHER lexeme."""
    if lexeme.kind != _OTHER:
        out.append(lexeme)
        return False
    if not other:
        out.append(lexeme)
    return True


def _lexemes_of_candidates(norm: Normalized) -> list[_Lexeme]:
    """The lexemes of ``norm.text``.

    Only tokens that may start a lexeme other than _OTHER are lexed; a run of tokens that
    are not is a single _OTHER lexeme.
    """
    raws = list(_RAW.finditer(norm.text))
    words = list(map(_GROUP, raws))
    # Tokens that are neither digits, number words, phrase starts nor proclitics before
    # digits: _lex_at would return (1, _OTHER) for them whatever surrounds them.
    maybe = map(or_, map(_CANDIDATES.__contains__, words), map(str.isdigit, map(_FIRST, words)))
    blocked = _Blocked(norm.original)
    out: list[_Lexeme] = []
    other = False  # whether ``out`` ends with an _OTHER lexeme
    i = 0  # the first raw token not lexed yet
    for k in compress(count(), maybe):
        if k < i:
            continue  # taken by the lexeme before
        if k > i and not other:
            out.append(_Lexeme(raws[i].start(), raws[i].end(), _OTHER))
            other = True
        taken, lexeme = _lex_at(raws, k, norm, blocked)
        i = k + taken
        other = _add_lexeme(out, lexeme, other)
    if i < len(raws) and not other:
        out.append(_Lexeme(raws[i].start(), raws[i].end(), _OTHER))
    _merge_arabic_teens(out)
    _mark_joins(out)
    return out


def _lexemes_near_anchors(norm: Normalized) -> list[_Lexeme]:
    """``_lexemes_of_candidates`` without lexing every token of the text (a text holds
    hundreds of words and a dozen numbers), for texts whose only digits are ASCII.

    An *anchor* is a token that makes a number by itself: digits, a number word, the
    first word of a vague phrase. The other candidates (و, "and", "a", "of", proclitics
    before digits) only join, introduce or prefix a number next to them: alone they lex
    to nothing a number is parsed from. So only the runs of consecutive candidates that
    hold an anchor are lexed, as ``_lexemes_of_candidates`` lexes them (reading on past
    the run where a lexeme does), and whatever lies between runs is one _OTHER lexeme:
    the numbers parsed are the same.
    """
    text = norm.text
    size = len(text)
    anchors: dict[int, re.Match[str]] = {}
    digits_by_end: dict[int, re.Match[str]] = {}
    for run in _DIGIT_RUN.finditer(text):
        # digits and separators only: the tokens in it are numbers and single marks
        at, stop = run.start(), run.end()
        while at < stop:
            token = _RAW.match(text, at)
            if text[at] <= "9":  # a digit (separators lie above "9")
                anchors[at] = digits_by_end[token.end()] = token  # type: ignore[index,union-attr]
            at = token.end()  # type: ignore[union-attr]
    for end_index, length in TEXT_WORDS.hits(text, _ANCHOR_WORDS):
        end = end_index + 1
        start = end - length
        # a whole run of letters, as _RAW cuts them ([^\W\d_]: no digit here is not ASCII)
        if (end < size and text[end].isalnum() and not text[end].isdigit()) \
                or (start > 0 and text[start - 1].isalnum() and not text[start - 1].isdigit()):
            continue
        anchors[start] = _RAW.match(text, start)  # type: ignore[assignment]
    out: list[_Lexeme] = []
    other = False  # whether ``out`` ends with an _OTHER lexeme
    done = 0  # where the tokens not lexed yet begin
    blocked = _Blocked(norm.original)
    for at in sorted(anchors):
        if at < done:
            continue  # lexed with an anchor before
        run = [anchors[at]]
        while (before := _token_before(text, run[0].start(), digits_by_end)) is not None \
                and _is_candidate(before.group()):
            run.insert(0, before)
        while (after := _RAW.search(text, run[-1].end())) is not None and _is_candidate(after.group()):
            run.append(after)
        for token in run:
            if token.start() < done:
                continue  # part of the lexeme before
            if not other and _A_TOKEN.search(text, done, token.start()):
                out.append(_Lexeme(done, done, _OTHER))
                other = True
            ahead = [token]
            for _ in range(_LOOKAHEAD):
                following = _RAW.search(text, ahead[-1].end())
                if following is None:
                    break
                ahead.append(following)
            taken, lexeme = _lex_at(ahead, 0, norm, blocked)
            done = ahead[taken - 1].end()
            other = _add_lexeme(out, lexeme, other)
    _merge_arabic_teens(out)
    _mark_joins(out)
    return out


def _token_before(text: str, start: int, digits_by_end: dict[int, re.Match[str]]) -> re.Match[str] | None:
    """The token of ``_RAW`` that ends last before ``start``, a token's start."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    last = text[end - 1]
    if "0" <= last <= "9":
        return digits_by_end[end]  # a number token ends with a digit
    begin = end - 1
    if last.isalnum():
        while begin > 0 and text[begin - 1].isalnum() and not text[begin - 1].isdigit():
            begin -= 1
    return _RAW.match(text, begin)


def _is_candidate(word: str) -> bool:
    return word in _CANDIDATES or word[0].isdigit()


def _other_digits(text: str) -> bool:
    """Whether ``text`` holds a digit that is not ASCII (the lexers tell such tokens apart)."""
    return any(ch.isdigit() for ch in _UNUSUAL.findall(text))


class _Blocked:
    """Where the original text holds no quantities: the matches of ``_NOT_QUANTITIES``,
    worked out for one run of non-space characters at a time, as lexing asks about them.

    Those matches hold no white space and each holds @, #, /, a digit or "www.", so a run
    without those holds none, and a search of the whole text starts afresh at the start
    of every run anyway.
    """

    def __init__(self, original: str) -> None:
        self._original = original
        self._runs: dict[int, list[tuple[int, int]]] = {}

    def overlaps(self, start: int, end: int) -> bool:
        """Whether original [start, end), inside one run of non-space characters, overlaps a match."""
        text = self._original
        begin = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
        while (space := _SPACE.search(text, begin, start)) is not None:  # white space other than those
            begin = space.end()
        spans = self._runs.get(begin)
        if spans is None:
            stop = _NON_SPACE.match(text, begin).end()  # type: ignore[union-attr]
            spans = self._runs[begin] = [match.span() for match in _NOT_QUANTITIES.finditer(text, begin, stop)] \
                if _QUANTITY_TRIGGER.search(text, begin, stop) else []
        return any(lo < end and start < hi for lo, hi in spans)


def _lex_at(
    raws: Sequence[re.Match[str]], i: int, norm: Normalized, blocked: _Blocked
) -> tuple[int, _Lexeme]:
    """The lexeme starting at raw token ``i`` and how many raw tokens it used."""
    raw = raws[i]
    start, end, word = raw.start(), raw.end(), raw.group()
    nxt = raws[i + 1] if i + 1 < len(raws) else None
    glued = nxt is not None and nxt.start() == end
    if _is_blocked(norm, start, end, blocked):
        return 1, _Lexeme(start, end, _OTHER)
    if word[0].isdigit():
        if glued and nxt.group()[0].isalpha():  # "5km", "2024م"
            return 1, _Lexeme(start, end, _OTHER)
        return 1, _Lexeme(start, end, _NUM, _digits_value(word))
    if not word[0].isalpha():
        return 1, _Lexeme(start, end, _OTHER)
    if glued and nxt.group()[0].isdigit():
        if word in _DIGIT_PREFIXES and not _is_blocked(norm, nxt.start(), nxt.end(), blocked):
            following = raws[i + 2] if i + 2 < len(raws) else None
            if following is None or following.start() != nxt.end() or not following.group()[0].isalpha():
                value = _digits_value(nxt.group())
                return 2, _Lexeme(nxt.start(), nxt.end(), _NUM, value, joined=word.startswith("و"))
        return 1, _Lexeme(start, end, _OTHER)
    phrase = _phrase_at(raws, i)
    if phrase is not None:
        count, entry, prefix = phrase
        end = raws[i + count - 1].end()
        return count, _from_entry(entry, start + len(prefix), end, prefix, _is_arabic(word))
    found = _lookup(word)
    if found is None:
        return 1, _Lexeme(start, end, _OTHER)
    entry, prefix = found
    return 1, _from_entry(entry, start + len(prefix), end, prefix, _is_arabic(word))


def _is_blocked(norm: Normalized, start: int, end: int, blocked: _Blocked) -> bool:
    """Whether folded [start, end) (a token: no white space) overlaps a stretch that holds no quantities."""
    span = norm.span_to_original(start, end)
    return blocked.overlaps(span.start, span.end)


def _digits_value(digits: str) -> Fraction:
    # Fractions are immutable, and parsing one from a string is slow: each is made once
    value = _VALUES.get(digits)
    if value is None:
        if len(_VALUES) >= _MEMO_SIZE:
            _VALUES.clear()
        value = _VALUES[digits] = Fraction(digits.replace(",", "").replace("٬", "").replace("٫", "."))
    return value


def _from_entry(entry: _Entry, start: int, end: int, prefix: str, arabic: bool) -> _Lexeme:
    return _Lexeme(
        start, end, entry.kind, entry.fraction, entry.plural, entry.base,
        joined=prefix.startswith("و"), arabic=arabic,
    )


_MEMO_SIZE = 1 << 12
_VALUES: dict[str, Fraction] = {}


def _lookup(word: str) -> tuple[_Entry, str] | None:
    """The vocabulary entry of a folded word and the proclitic in front of it, if any."""
    return _LOOKUP.get(word)


def _find_entry(word: str) -> tuple[_Entry, str] | None:
    """What ``_lookup`` returns, worked out (``_LOOKUP`` holds it for every word that has one)."""
    if word in _ENGLISH:
        return _ENGLISH[word], ""
    if word in _ARABIC:
        return _ARABIC[word], ""
    for prefix in _PROCLITICS:
        if not word.startswith(prefix) or len(word) == len(prefix):
            continue
        rest = word[len(prefix):]
        if prefix.endswith("لل"):
            prefix, rest = prefix[:-1], "ا" + word[len(prefix) - 1:]  # "للعشرات" is ل + العشرات
        entry = _ARABIC.get(rest)
        # A bare ل or ب in front of a two-letter word is too often part of another word ("لست").
        if entry is not None and entry.kind != _JOIN and (len(rest) >= 3 or prefix == "و"):
            return entry, prefix
    return None


def _lookup_table() -> dict[str, tuple[_Entry, str]]:
    """``_find_entry`` of every word it finds something for: vocabulary words, and a
    proclitic before an Arabic one (before its article's "ل" for the forms in "لل")."""
    words = set(_ENGLISH) | set(_ARABIC)
    for prefix in _PROCLITICS:
        for word in _ARABIC:
            words.add(prefix + word)
            if prefix.endswith("لل"):
                words.add(prefix[:-1] + word[1:])
    table = {}
    for word in words:
        found = _find_entry(word)
        if found is not None:
            table[word] = found
    return table


def _phrase_table() -> dict[str, tuple[tuple[tuple[str, ...], _Entry, str], ...]]:
    """For every first word a phrase may start with, those phrases (in order) and the proclitic."""
    table: dict[str, list[tuple[tuple[str, ...], _Entry, str]]] = {}
    for words, entry in _PHRASES:
        for prefix in ("", *_PROCLITICS):
            table.setdefault(prefix + words[0], []).append((words, entry, prefix))
    return {first: tuple(phrases) for first, phrases in table.items()}


def _phrase_at(raws: Sequence[re.Match[str]], i: int) -> tuple[int, _Entry, str] | None:
    for words, entry, prefix in _PHRASE_STARTS.get(raws[i].group(), ()):
        if i + len(words) > len(raws):
            continue
        if all(raws[i + k].group() == words[k] for k in range(1, len(words))):
            return len(words), entry, prefix
    return None


_LOOKUP = _lookup_table()
_FRACTIONS = {entry.value: Fraction(entry.value) for entry, _ in _LOOKUP.values()} | {
    entry.value: Fraction(entry.value) for _, entry in _PHRASES}
_PHRASE_STARTS = _phrase_table()
# The words _lex_at may turn into something other than _OTHER (besides those starting
# with a digit).
_CANDIDATES = frozenset(_LOOKUP) | frozenset(_PHRASE_STARTS) | _DIGIT_PREFIXES
_LOOKAHEAD = max(len(words) for words, _ in _PHRASES) - 1  # tokens _lex_at reads after its own
_LINKS = frozenset({_JOIN, _ARTICLE, _OF})  # lexemes that only join, introduce or scale a neighbour


def _anchor_words() -> dict[str, int]:
    """The candidates that make a number by themselves (see ``_lexemes_near_anchors``), with their lengths."""
    anchors = {}
    for word in _CANDIDATES:
        if not _WORD.fullmatch(word):
            raise AssertionError(f"candidate {word!r} is not one token")
        found = _LOOKUP.get(word)
        if word in _PHRASE_STARTS or (found is not None and found[0].kind not in _LINKS):
            anchors[word] = len(word)
    return anchors


_WORD = re.compile(r"[^\W\d_]+")
_ANCHOR_WORDS = TEXT_WORDS.add(_anchor_words())
_DIGIT_RUN = re.compile(r"[0-9][0-9,٬.٫]*")
_SPACE = re.compile(r"\s")
_A_TOKEN = re.compile(r"\S")  # every character but white space is (part of) a token
# Any character but the common ones that are no digits (or ASCII digits).
_UNUSUAL = re.compile("[^" + code_ranges([c for start, end in ((0, 0x800), (0x2000, 0x2070)) for c in range(start, end)
                                          if not chr(c).isdigit() or chr(c).isascii()]) + "]")


def _merge_arabic_teens(lexemes: list[_Lexeme]) -> None:
    """Fold "خمسة عشر" and "أحد عشر" into one teen; a teen head left alone is no number."""
    i = 0
    while i < len(lexemes):
        lex = lexemes[i]
        nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
        if lex.arabic and lex.kind in (_UNIT, _TEEN_HEAD):
            if nxt is not None and nxt.kind == _TEN and nxt.arabic and not nxt.joined:
                teen = lex.value + 10
                lexemes[i] = _Lexeme(lex.start, nxt.end, _TEEN, teen, joined=lex.joined, arabic=True)
                del lexemes[i + 1]
            elif lex.kind == _TEEN_HEAD:
                lexemes[i] = _Lexeme(lex.start, lex.end, _OTHER)
        i += 1


def _mark_joins(lexemes: list[_Lexeme]) -> None:
    for lex, nxt in zip(lexemes, lexemes[1:]):
        if lex.kind == _JOIN:
            nxt.joined = True


# --- parsing ------------------------------------------------------------------------


class _Amount:
    """The value of a compound number read left to right.

    ``group`` is the part below the last multiplier seen ("five hundred" in "two thousand
    five hundred"); ``ceiling`` that multiplier, which what follows must stay under.
    """

    def __init__(self) -> None:
        self.total = Fraction(0)
        self.group = Fraction(0)
        self.last = ""
        self.ceiling: Fraction | None = None

    @property
    def value(self) -> Fraction:
        return self.total + self.group

    def start(self, lex: _Lexeme) -> bool:
        if lex.kind in _ADDENDS or lex.kind == _HUNDRED:
            self.group, self.last = lex.value, lex.kind
        elif lex.kind == _MULT and not lex.plural:
            self.total, self.ceiling, self.last = lex.value, lex.value, _MULT
        elif lex.kind == _DUAL:
            self.total, self.ceiling, self.last = lex.value, lex.value / 2, _MULT
        elif lex.kind == _ARTICLE:
            self.group, self.last = Fraction(1), _ARTICLE
        else:
            return False
        return True

    def take(self, lex: _Lexeme) -> bool:
        """Extend the number with ``lex`` if the grammar allows it."""
        if lex.kind == _MULT and not lex.joined:
            return self._scale(lex)
        if lex.kind == _HUNDRED and not lex.joined:
            return self._times(100, _BEFORE_HUNDRED, _HUNDRED)
        if lex.kind == _HUNDREDS and lex.value == 100 and lex.arabic and not lex.joined:
            return self._times(100, {_UNIT}, _HUNDREDS)  # "ثلاث مئة" written apart
        if lex.kind == _DOZEN and not lex.joined:
            return self._times(12, {_UNIT, _TEN, _TEEN, _NUM, _ARTICLE}, _CLOSED)
        if lex.kind in _ADDENDS:
            return self._add(lex)
        return False

    def _scale(self, lex: _Lexeme) -> bool:
        if self.group == 0 or self.last in (_MULT, _CLOSED) or (lex.plural and self.last == _ARTICLE):
            return False
        if self.ceiling is not None and lex.value >= self.ceiling:
            return False
        self.total += self.group * lex.value
        self.group, self.ceiling, self.last = Fraction(0), lex.value, _MULT
        return True

    def _times(self, factor: int, after: frozenset[str] | set[str], becomes: str) -> bool:
        if self.last not in after or not 0 < self.group < 100:
            return False
        self.group *= factor
        self.last = becomes
        return True

    def _add(self, lex: _Lexeme) -> bool:
        if self.last in (_HUNDREDS, _HUNDRED, _MULT):
            # Arabic joins every part with و; English may ("and fifty") or may not.
            if (lex.arabic or lex.kind == _NUM) and not lex.joined:
                return False
            if lex.kind == _NUM and self.last != _MULT:
                return False
            if lex.kind == _HUNDREDS and self.last != _MULT:
                return False
            limit = self.ceiling if self.last == _MULT else 100
            if limit is None or lex.value >= limit:
                return False
            self.group += lex.value
            self.last = lex.kind
            return True
        if self.last == _UNIT and lex.kind == _TENS and lex.arabic and lex.joined:
            self.group += lex.value  # "خمسة وعشرون": units come before tens
            self.last = _TENS
            return True
        if self.last == _TENS and lex.kind == _UNIT and not lex.arabic and not lex.joined:
            self.group += lex.value  # "twenty five"
            self.last = _UNIT_AFTER_TENS
            return True
        return False


def _parse(lexemes: Sequence[_Lexeme], i: int) -> tuple[int, Fraction, bool] | None:
    """(index of the last lexeme used, value, vague) of the number starting at ``i``."""
    first = lexemes[i]
    if first.kind == _VAGUE:
        return _parse_vague(lexemes, i)
    if first.kind == _MULT and first.plural:
        return i, first.value, True  # "آلاف", "thousands" with no count before them
    amount = _Amount()
    if not amount.start(first):
        return None
    last = i
    j = i + 1
    while j < len(lexemes):
        if lexemes[j].kind == _JOIN:
            j += 1
            continue
        if not amount.take(lexemes[j]):
            break
        last = j
        j += 1
    if amount.last == _ARTICLE or amount.value.denominator != 1:
        return None
    return last, amount.value, False


def _parse_vague(lexemes: Sequence[_Lexeme], i: int) -> tuple[int, Fraction, bool] | None:
    """A vague amount, scaled when a multiplier follows ("عشرات الآلاف", "several hundred")."""
    first = lexemes[i]
    nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if first.base and nxt is not None and not nxt.joined:
        scale = _vague_scale(first, nxt)
        if scale:
            return i + 1, first.base * scale, True
        after = lexemes[i + 2] if i + 2 < len(lexemes) else None
        if nxt.kind == _OF and after is not None and after.kind == _MULT and after.plural:
            return i + 2, first.base * after.value, True  # "tens of thousands"
    if first.value == 0:
        return None
    return i, first.value, True


def _vague_scale(first: _Lexeme, nxt: _Lexeme) -> Fraction | None:
    if nxt.kind == _MULT and (first.arabic or not nxt.plural):
        return nxt.value  # "بضعة آلاف", "several thousand"
    if nxt.kind in (_HUNDRED, _DOZEN) and not first.arabic:
        return nxt.value  # "several hundred", "a few dozen"
    if nxt.kind == _VAGUE and nxt.arabic and first.arabic and nxt.base == 100 and first.base < 100:
        return nxt.value  # "بضع مئات"
    return None


# --- public -------------------------------------------------------------------------


def find_numbers(text: str, *, norm: Normalized | None = None) -> tuple[NumberMatch, ...]:
    """Every quantity in ``text``, in order, with spans into ``text``.

    ``norm`` is ``normalize(text)``, for a caller that has it already.
    """
    if norm is None:
        norm = normalize(text)
    elif norm.original != text:
        raise ValueError("norm is not the normalization of text")
    lexemes = _lexemes(norm)
    out: list[NumberMatch] = []
    i = 0
    while i < len(lexemes):
        parsed = _parse(lexemes, i) if lexemes[i].kind in _STARTS else None
        if parsed is None:
            i += 1
            continue
        last, value, vague = parsed
        start, end = lexemes[i].start, lexemes[last].end
        if value in _ROUND_MULTIPLIERS:
            value, start, end = _fraction_of(norm.text, value, start, end)
        approximate = _hedged(norm.text, start)
        span = extend_over_marks(text, norm.span_to_original(start, end))
        out.append(NumberMatch(span, int(value), vague, approximate))
        i = last + 1
    return tuple(out)


def _hedged(text: str, start: int) -> bool:
    """Whether a hedge ("about", "نحو") ends right before ``start``, a space apart at most.

    The pattern is searched for only where the text there ends with a hedge's words (most
    numbers have none before them): its "$" matches at the end, or before a final line break."""
    begin = max(0, start - _HEDGE_REACH)
    if not text[begin:start].removesuffix("\n").removesuffix(" ").endswith(_HEDGES):
        return False
    return _APPROXIMATE.search(text, begin, start) is not None


# "نصف مليون", "half a million", "ربع مليون"; "مليون ونصف", "a million and a half"
_FRACTION_BEFORE = re.compile(r"(?:(?<![^\s])(نصف|ربع)|\b(half|quarter)(?: of)?(?: a)?)\s+$")
_HALF_AFTER = re.compile(r"^\s+(?:ونصف|and a half)\b")
_ROUND_MULTIPLIERS = frozenset({1000, 10**6, 10**9})  # "مليون", "a million": what a fraction may scale
_FRACTION_WORDS = {"نصف": Fraction(1, 2), "half": Fraction(1, 2), "ربع": Fraction(1, 4), "quarter": Fraction(1, 4)}


def _fraction_of(text: str, value: Fraction, start: int, end: int) -> tuple[Fraction, int, int]:
    """A multiplier standing alone, with the fraction before or after it that scales it."""
    before = _FRACTION_BEFORE.search(text, max(0, start - 16), start)
    if before:
        return value * _FRACTION_WORDS[before.group(1) or before.group(2)], before.start(), end
    after = _HALF_AFTER.match(text[end:end + 16])
    if after:
        return value * Fraction(3, 2), start, end + after.end()
    return value, start, end


def parse_number(phrase: str) -> int | None:
    """The value of a short phrase holding exactly one quantity ("سبعة ألاف" -> 7000)."""
    matches = find_numbers(phrase)
    return matches[0].value if len(matches) == 1 else None


def _is_arabic(text: str) -> bool:
    return "\u0600" <= text[0] <= "\u06ff"
