"""Dates and periods in Arabic and English news text, resolved against the publication date.

Owns ``DateMatch``, ``find_dates`` and ``resolve_weekday``. Recognised: day-month-year
dates with Levantine, Egyptian-Gulf and Maghrebi month names, alone or paired
("6 شباط/فبراير الجاري"), English "March 3, 2024" and "3 March", numeric 03/03/2024
(day first) and 2024-03-03; months ("في آذار", "in May", "March 2024"); relative days
(اليوم، أمس، أول أمس، قبل ثلاثة أيام، الأحد الماضي، ليل الخميس - الجمعة, "yesterday",
"last Friday"); weeks; periods since a start ("منذ مطلع العام"); year ranges
("بين عامي 2015 و2016") and day ranges of one month
("بين الـ17 والـ24 من تشرين الأول", "between October 17 and 24"); and years ("عام 2014", "in 2014").

``date`` is the first day of what was matched, ``precision`` its extent (1 day, 2 week,
3 month, 4 year). ``end`` is set for "since" (the publication date) and "range" (the
last day). A date that needs the publication date to be resolved is None without it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rasid.model import Span
from rasid.text.match import TEXT_WORDS
from rasid.text.normalize import Normalized, normalize
from rasid.text.numbers import parse_number
from rasid.text.tokens import extend_over_marks

DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date or period mentioned in a text; see the module docstring for the fields."""

    span: Span
    date: dt.date | None
    precision: int
    kind: str  # absolute, relative, since, range, year, month
    end: dt.date | None = None


def resolve_weekday(weekday: int, published: dt.date, strictly_before: bool = False) -> dt.date:
    """The latest ``weekday`` (Monday 0 .. Sunday 6) on or, if ``strictly_before``, before ``published``."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


# --- vocabulary (folded spellings: أ إ آ -> ا, ة -> ه, ى -> ي) -----------------------

_AR_MONTHS = {
    "كانون الثاني": 1, "كانون ثاني": 1, "يناير": 1, "جانفي": 1,
    "شباط": 2, "فبراير": 2, "فيفري": 2,
    "اذار": 3, "مارس": 3,
    "نيسان": 4, "ابريل": 4, "افريل": 4,
    "ايار": 5, "مايو": 5,
    "حزيران": 6, "يونيو": 6, "يونيه": 6, "جوان": 6,
    "تموز": 7, "يوليو": 7, "يوليه": 7, "جويليه": 7,
    "اب": 8, "اغسطس": 8, "اوت": 8,
    "ايلول": 9, "سبتمبر": 9,
    "تشرين الاول": 10, "تشرين اول": 10, "اكتوبر": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "نوفمبر": 11,
    "كانون الاول": 12, "كانون اول": 12, "ديسمبر": 12,
}
_EN_MONTH_NAMES = ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                   "august aug", "september sept sep", "october oct", "november nov", "december dec")
_EN_MONTHS = {name: number for number, names in enumerate(_EN_MONTH_NAMES, start=1) for name in names.split()}
_AR_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_EN_WEEKDAYS = {
    name: number
    for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_AR_MONTH = _alternation(_AR_MONTHS)
_MONTHS_PAIR = (
    rf"(?P<m1>{_AR_MONTH})(?:\s*/\s*(?P<m2>{_AR_MONTH})|\s*\(\s*(?P<m3>{_AR_MONTH})\s*\))?"
)
_EN_FULL_MONTHS = [names.split()[0] for names in _EN_MONTH_NAMES]  # the rest may take a period: "Sept. 22"
_EN_SHORT_MONTHS = [name for name in _EN_MONTHS if name not in _EN_FULL_MONTHS]
_EN_MONTH = rf"(?P<mon>{_alternation(_EN_FULL_MONTHS)}|(?:{_alternation(_EN_SHORT_MONTHS)})\.?)"
_AR_WEEKDAY = rf"(?P<wd>{_alternation(_AR_WEEKDAYS)})"
_AR_WEEKDAY2 = rf"(?P<wd2>{_alternation(_AR_WEEKDAYS)})"
_EN_WEEKDAY = rf"(?P<wd>{_alternation(_EN_WEEKDAYS)})"
_DAYTIME = r"(?:صباح|صبيحه|فجر|مساء|ظهر|ظهيره|عصر|يوم)"
_NIGHT = r"(?:ليل|ليله)"
_TIME_OF_DAY = rf"(?:{_DAYTIME}|{_NIGHT})"
_PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته)"
_NEXT = r"(?:المقبل|المقبله|القادم|القادمه)"
_START_OF_WORDS = ("مطلع", "بدايه", "اول", "مستهل", "اوايل")
_START_OF = rf"(?:{'|'.join(_START_OF_WORDS)})"
_YEAR = r"(?:1[89]|2[01])\d\d"
# "اليوم التالي" (the next day) and "اليوم العالمي" (a world day) are not today.
_NOT_TODAY = r"(?!\s+(?:التالي|نفسه|ذاته|العالمي|الدولي|الوطني|الاول|الثاني|الثالث|الاخير|السابق|الموالي))"
_AR_MONTH_CUE = re.compile(
    r"(?<!\w)[وف]?(?:في|خلال|منذ|مطلع|اوايل|اواخر|اواسط|منتصف|بدايه|نهايه|اول|اخر|حتي|قبل|بعد)\s$"
)
_EN_MONTH_CUE = re.compile(
    r"(?<!\w)(?:in|during|since|early|late|mid|throughout|until|before|after|by|of|last|this|next)\s$"
)


def _ar(body: str, cue: str = "") -> re.Pattern[str]:
    """A rule over folded Arabic: an optional و/ف, an optional cue kept out of the span, the body."""
    lead = rf"(?:{cue})\s+" if cue else ""
    return re.compile(rf"(?<!\w)(?:[وف](?=\w))?{lead}(?P<body>{body})(?!\w)")


def _en(body: str, cue: str = "") -> re.Pattern[str]:
    lead = rf"(?:{cue})\s+" if cue else ""
    return re.compile(rf"(?<!\w){lead}(?P<body>{body})(?!\w)")


# --- handlers -----------------------------------------------------------------------

_Found = tuple[str, dt.date | None, int, dt.date | None]  # kind, date, precision, end


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    published: dt.date | None


def _shift(days: int, precision: int = DAY) -> Callable[[re.Match[str], _Context], _Found]:
    def handler(match: re.Match[str], ctx: _Context) -> _Found:
        date = ctx.published - dt.timedelta(days=days) if ctx.published else None
        return "relative", date, precision, None
    return handler


def _days_ago(match: re.Match[str], ctx: _Context) -> _Found | None:
    groups = match.groupdict()
    if groups.get("one"):
        count, unit = 1, 1
    elif groups.get("two"):
        count, unit = 2, 1
    elif groups.get("w1"):
        count, unit = 1, 7
    elif groups.get("w2"):
        count, unit = 2, 7
    else:
        words = groups.get("n") or groups.get("wn") or ""
        count = 1 if words in ("a", "one") else parse_number(words)
        unit = 1 if groups.get("n") else 7
        if count is None or not 0 < count <= 60:
            return None
    precision = DAY if unit == 1 else WEEK
    return _shift(count * unit, precision)(match, ctx)


def _weekday(table: dict[str, int]) -> Callable[[re.Match[str], _Context], _Found]:
    def handler(match: re.Match[str], ctx: _Context) -> _Found:
        groups = match.groupdict()
        weekday = table[groups["wd"]]
        if groups.get("wd2"):
            weekday = table[groups["wd2"]]  # the night of Thursday to Friday is dated Friday
        elif groups.get("night"):
            weekday = (weekday + 1) % 7  # "ليلة الخميس": the night that ends on Friday
        if ctx.published is None:
            return "relative", None, DAY, None
        if groups.get("next"):
            ahead = (weekday - ctx.published.weekday()) % 7 or 7
            return "relative", ctx.published + dt.timedelta(days=ahead), DAY, None
        return "relative", resolve_weekday(weekday, ctx.published, bool(groups.get("past"))), DAY, None
    return handler


def _today(match: re.Match[str], ctx: _Context) -> _Found:
    """"اليوم" is the publication day, unless the weekday named with it is the day before: "مساء
    اليوم الجمعة" in an article stamped after midnight on Saturday is Friday. A weekday further
    off is a slip of the writer, and the publication day stands."""
    weekday = match.groupdict().get("wd")
    if ctx.published is not None and weekday and _AR_WEEKDAYS[weekday] == (ctx.published.weekday() - 1) % 7:
        return "relative", ctx.published - dt.timedelta(days=1), DAY, None
    return _shift(0)(match, ctx)


def _year_of(match: re.Match[str], *names: str) -> int | None:
    for name in names:
        value = match.groupdict().get(name)
        if value:
            year = int(value)
            return year + 2000 if year < 100 else year
    return None


def _since(match: re.Match[str], ctx: _Context) -> _Found | None:
    groups = match.groupdict()
    month = _month_of(match)
    if month is None and groups.get("thismonth") and ctx.published:
        month = ctx.published.month
    year = _year_of(match, "y", "y2")
    if year is None and ctx.published is not None:
        year = ctx.published.year
        if month is not None and month > ctx.published.month:
            year -= 1
    precision = MONTH if month is not None or groups.get("thismonth") else YEAR
    if year is None:
        return "since", None, precision, ctx.published
    return "since", dt.date(year, month or 1, 1), precision, ctx.published


def _range(match: re.Match[str], ctx: _Context) -> _Found | None:
    first, last = _year_of(match, "y1", "y3"), _year_of(match, "y2", "y4")
    if first is None or last is None or last < first:
        return None
    return "range", dt.date(first, 1, 1), YEAR, dt.date(last, 12, 31)


def _day_range(match: re.Match[str], ctx: _Context) -> _Found | None:
    """"بين الـ17 والـ24 من تشرين الأول", "from 17 to 30 October": days of one month, a period
    (two days in a row are rather one night's incident told by its evening and its morning)."""
    groups = match.groupdict()
    month = _month_of(match)
    first, last = int(groups["d1"]), int(groups["d2"])
    if month is None or not 1 <= first < last - 1 or last > 31:
        return None
    year = _year_of(match, "y") or _infer_year(month, last, ctx.published, groups)
    if year is None:
        return "range", None, WEEK, None
    try:
        start, end = dt.date(year, month, first), dt.date(year, month, last)
    except ValueError:
        return None
    return "range", start, WEEK if last - first <= 7 else MONTH, end


def _year(match: re.Match[str], ctx: _Context) -> _Found | None:
    groups = match.groupdict()
    year = _year_of(match, "y")
    if year is None:
        if ctx.published is None:
            return "year", None, YEAR, None
        year = ctx.published.year - (1 if groups.get("last") else 0)
    return "year", dt.date(year, 1, 1), YEAR, None


def _this_month(months_back: int) -> Callable[[re.Match[str], _Context], _Found]:
    def handler(match: re.Match[str], ctx: _Context) -> _Found:
        if ctx.published is None:
            return "month", None, MONTH, None
        index = ctx.published.year * 12 + ctx.published.month - 1 - months_back
        return "month", dt.date(index // 12, index % 12 + 1, 1), MONTH, None
    return handler


_AR_ORDINAL_DAYS = {
    "اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10,
}


def _day_of_this_month(match: re.Match[str], ctx: _Context) -> _Found | None:
    """"الـ25 من الشهر الجاري", "الثاني من هذا الشهر": that day of the month the article was
    published in."""
    day = int(match.group("d")) if match.group("d") else _AR_ORDINAL_DAYS[match.group("ord")]
    if ctx.published is None:
        return ("absolute", None, DAY, None) if 1 <= day <= 31 else None
    try:
        return "absolute", ctx.published.replace(day=day), DAY, None
    except ValueError:
        return None


def _month_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("m1"):
        return _AR_MONTHS[groups["m1"]]
    if groups.get("mon"):
        return _EN_MONTHS[groups["mon"].rstrip(".")]
    return None


def _calendar(cue: re.Pattern[str]) -> Callable[[re.Match[str], _Context], _Found | None]:
    """Day-month(-year) and month(-year) expressions; a bare month needs a cue before it."""

    def handler(match: re.Match[str], ctx: _Context) -> _Found | None:
        groups = match.groupdict()
        month = _month_of(match)
        if month is None:
            return None
        day = int(groups["d"]) if groups.get("d") else _AR_ORDINAL_DAYS.get(groups.get("ord") or "")
        year = _year_of(match, "y")
        if day is None and year is None and not _month_alone_ok(match, ctx, cue):
            return None
        if year is None:
            year = _infer_year(month, day, ctx.published, groups)
        kind, precision = ("absolute", DAY) if day is not None else ("month", MONTH)
        # "منذ 7 أكتوبر", "since October 7": the start of a period that runs to publication
        end = ctx.published if groups.get("since") else None
        kind = "since" if groups.get("since") else kind
        if year is None:
            return (kind, None, precision, end) if day is None or day <= 31 else None
        try:
            return kind, dt.date(year, month, day or 1), precision, end
        except ValueError:
            return None

    return handler


def _month_alone_ok(match: re.Match[str], ctx: _Context, cue: re.Pattern[str]) -> bool:
    groups = match.groupdict()
    if groups.get("cur") or groups.get("past") or groups.get("shahr") or groups.get("m2") or groups.get("m3"):
        return True
    mon = groups.get("mon")
    if mon is not None and mon.rstrip(".") not in _EN_FULL_MONTHS:
        return False  # "Mar" alone is too likely a word
    return cue.search(ctx.text, max(0, match.start() - 12), match.start()) is not None


def _infer_year(
    month: int, day: int | None, published: dt.date | None, groups: dict[str, str | None]
) -> int | None:
    """The year of a date written without one: the latest that is not after publication."""
    if published is None:
        return None
    if groups.get("cur"):
        return published.year
    if groups.get("past"):
        return published.year if month < published.month else published.year - 1
    not_after = (month, day or 1) <= (published.month, published.day)
    return published.year if not_after else published.year - 1


def _numeric(day_first: bool) -> Callable[[re.Match[str], _Context], _Found | None]:
    def handler(match: re.Match[str], ctx: _Context) -> _Found | None:
        groups = match.groupdict()
        year = _year_of(match, "y")
        first, second = int(groups["a"]), int(groups["b"])
        orders = ((second, first), (first, second)) if day_first else ((first, second),)
        for month, day in orders:
            try:
                return "absolute", dt.date(year, month, day), DAY, None  # type: ignore[arg-type]
            except ValueError:
                continue
        return None

    return handler


# --- gates --------------------------------------------------------------------------
#
# Every rule is a regex, and scanning a whole text with each costs more than everything
# else in find_dates; most scans find nothing. A rule's gate names what each of its
# matches must contain, so that a text lacking it skips the rule: groups that must all
# be satisfied, each by one of its alternatives. An alternative is either a folded word
# that must occur as a word of its own, possibly after و or ف (all of them are found in
# one Aho-Corasick pass), or a test of the whole folded text.
#
# A gate with a ``lead`` also says where matches can start: every match holds one of the
# words of the gate's first group of words (or a match of the gate's ``anchor`` pattern: a
# year), at most ``lead`` characters after the start of the match. Every rule starts with (?<!\w) and a word character, so the rule is tried
# only at the word starts that close before those words, with the same matches as a scan
# (see ``_matches``). The leads are measured on folded text, where white space is always
# a single space.

_Test = Callable[[str], bool]
_Hits = dict[str, list[int]]  # gate word -> the offsets where it ends (inclusive)
_YEAR_ANYWHERE = re.compile(_YEAR)
# the first day of a range and the word that joins it to the last ("17 و", "17 الي", "17th and")
_DAY_RANGE_AR = re.compile(r"\d{1,2}\s+(?:و|الي|حتي)")
_DAY_RANGE_EN = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s")
_WORD_START = re.compile(r"(?<!\w)(?=\w)")


@dataclass(frozen=True, slots=True)
class _Gate:
    groups: tuple[tuple[str | _Test, ...], ...]
    lead: int | None  # None: scan the whole text
    anchors: tuple[str, ...]  # the first group of words, when there is a lead
    # The groups made of words only: a text holding none of a group's words anywhere
    # (not even inside other words) is shut out at once, whatever the other groups say.
    word_groups: tuple[frozenset[str], ...] = ()
    # Instead of words, what every match holds at most ``lead`` characters after its start.
    anchor: re.Pattern[str] | None = None


def _has_year(text: str) -> bool:
    return _YEAR_ANYWHERE.search(text) is not None


def _gate(*groups: str | tuple[str, ...] | _Test, lead: int | None = None,
          anchor: re.Pattern[str] | None = None) -> _Gate:
    """A gate from its groups: words separated by spaces, a tuple of words, or a test; with
    an ``anchor`` pattern its matches, not the first group of words, lead to the matches."""
    out: list[tuple[str | _Test, ...]] = []
    for group in groups:
        if isinstance(group, str):
            out.append(tuple(group.split()))
        elif isinstance(group, tuple):
            out.append(group)
        else:
            out.append((group,))
    anchors: tuple[str, ...] = ()
    if lead is not None and anchor is None:
        anchors = next(g for g in out if all(isinstance(word, str) for word in g))  # type: ignore[assignment]
    word_groups = tuple(frozenset(g) for g in out if all(isinstance(word, str) for word in g))
    return _Gate(tuple(out), lead, anchors, word_groups, anchor)  # type: ignore[arg-type]


class _Scan:
    """What the gates know about one folded text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.hits: _Hits = {}
        if text:
            for end, word in TEXT_WORDS.hits(text, _GATE_WORDS):
                ends = self.hits.get(word)
                if ends is None:
                    self.hits[word] = [end]
                else:
                    ends.append(end)
        self.known: dict[str | _Test, bool] = {}
        self.starts: dict[str, list[int]] = {}
        self.found: dict[re.Pattern[str], list[int]] = {}  # where each anchor pattern matches

    def opens(self, gate: _Gate) -> bool:
        hits = self.hits
        for words in gate.word_groups:
            if hits.keys().isdisjoint(words):
                return False
        known = self.known
        for group in gate.groups:
            for alternative in group:
                found = known.get(alternative)
                if found is None:
                    if isinstance(alternative, str):
                        found = alternative in hits and bool(self.word_starts(alternative))
                    else:
                        found = alternative(self.text)
                    known[alternative] = found
                if found:
                    break
            else:
                return False
        return True

    def word_starts(self, word: str) -> list[int]:
        """Where ``word`` occurs as a word of its own (see ``_is_word``)."""
        starts = self.starts.get(word)
        if starts is None:
            text, size = self.text, len(word)
            starts = [end + 1 - size for end in self.hits.get(word, ())]
            starts = self.starts[word] = [at for at in starts if _is_word(text, at, at + size)]
        return starts

    def matches(self, gate: _Gate, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """``pattern.finditer(self.text)``, trying only where the gate lets matches start."""
        if gate.lead is None:
            return pattern.finditer(self.text)
        text = self.text
        starts: set[int] = set()
        for at in self.anchors(gate):
            starts.update(match.start() for match in _WORD_START.finditer(text, max(0, at - gate.lead), at + 1))
        return _matches(pattern, text, sorted(starts))

    def anchors(self, gate: _Gate) -> list[int]:
        """Where the words (or the pattern) the matches of a gate with a lead hold begin."""
        if gate.anchor is not None:
            found = self.found.get(gate.anchor)
            if found is None:
                found = self.found[gate.anchor] = [match.start() for match in gate.anchor.finditer(self.text)]
            return found
        return [at for word in gate.anchors for at in self.word_starts(word)]


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterable[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, given every offset where one may start.

    finditer yields the leftmost match that starts where the one before ended or later (no
    rule matches the empty string): the first such offset of ``starts`` where the pattern
    matches. A match tried there sees the text before it, as in a scan.
    """
    done = 0
    for start in starts:
        if start < done:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            done = match.end()


def _is_word(text: str, start: int, end: int) -> bool:
    r"""Whether text[start:end] is a whole word, or one after a proclitic و or ف.

    That is how every gate word stands in the matches of its rules: after
    (?<!\w)(?:[وف](?=\w))? or after white space, and followed by white space, "/", "(" or
    (?!\w)."""
    if end < len(text) and _is_word_char(text[end]):
        return False
    if start == 0 or not _is_word_char(text[start - 1]):
        return True
    return text[start - 1] in "وف" and (start == 1 or not _is_word_char(text[start - 2]))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # \w


_AR_WEEKDAY_WORDS = tuple(_AR_WEEKDAYS)
_EN_WEEKDAY_WORDS = tuple(_EN_WEEKDAYS)
_AR_MONTH_WORDS = tuple(_AR_MONTHS)
_EN_MONTH_WORDS = tuple(_EN_MONTHS)


# --- rules --------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Context], _Found | None]
_Rule = tuple[_Gate, re.Pattern[str], _Handler]

_FOLDED_RULES: tuple[_Rule, ...] = (
    # Arabic relative days
    (_gate("امس", lead=16), _ar(rf"(?:{_TIME_OF_DAY}\s+)?(?:(?:ال)?اول\s+(?:من\s+)?امس|امس\s+الاول)"), _shift(2)),
    (
        _gate("امس الامس بالامس البارحه", lead=8),
        _ar(rf"(?:{_TIME_OF_DAY}\s+)?(?:(?:بال|ال)?امس|البارحه)(?:\s+{_AR_WEEKDAY})?"),
        _shift(1),
    ),
    (_gate("اليوم", lead=8), _ar(rf"(?:{_TIME_OF_DAY}\s+)?اليوم(?:\s+{_AR_WEEKDAY})?{_NOT_TODAY}"), _today),
    (
        _gate("قبل", lead=8),
        _ar(
            r"قبل\s+(?:(?P<one>يوم(?:\s+واحد)?)|(?P<two>يومين)|(?P<n>\S+(?:\s+عشره?)?)\s+(?:ايام|يوما)"
            r"|(?P<w1>اسبوع(?:\s+واحد)?)|(?P<w2>اسبوعين)|(?P<wn>\S+)\s+اسابيع)(?!\s+(?:من|علي))"
        ),
        _days_ago,
    ),
    (_gate("الاسبوع", lead=8), _ar(rf"الاسبوع\s+{_PAST}"), _shift(7, WEEK)),
    (_gate("الاسبوع", lead=8), _ar(r"هذا\s+الاسبوع|الاسبوع\s+(?:الحالي|الجاري)"), _shift(0, WEEK)),
    (
        _gate("ليل ليله", lead=8),
        _ar(rf"{_NIGHT}\s+{_AR_WEEKDAY}\s*(?:(?:/|علي|الي)\s*)?{_AR_WEEKDAY2}"),
        _weekday(_AR_WEEKDAYS),
    ),
    (
        _gate(_AR_WEEKDAY_WORDS, lead=8),
        _ar(rf"(?:(?P<night>{_NIGHT})\s+|{_DAYTIME}\s+)?{_AR_WEEKDAY}(?:\s+(?:(?P<past>{_PAST})|(?P<next>{_NEXT})))?"),
        _weekday(_AR_WEEKDAYS),
    ),
    # Arabic periods
    (
        _gate("منذ", _START_OF_WORDS, lead=8),
        _ar(
            rf"منذ\s+{_START_OF}\s+(?:(?:هذا\s+العام|هذه\s+السنه|العام|السنه)(?:\s+(?:الحالي|الجاري|الحاليه|الجاريه))?"
            rf"|(?:عام|العام|سنه)\s+(?P<y>{_YEAR})|(?P<y2>{_YEAR}))"
        ),
        _since,
    ),
    (
        _gate("منذ", _START_OF_WORDS, lead=8),
        _ar(
            rf"منذ\s+{_START_OF}\s+(?:(?P<thismonth>هذا\s+الشهر|الشهر(?:\s+(?:الحالي|الجاري))?)"
            rf"|(?:شهر\s+)?{_MONTHS_PAIR}(?:\s+(?:عام\s+)?(?P<y>{_YEAR}))?)"
        ),
        _since,
    ),
    (_gate("منذ", _has_year, lead=8), _ar(rf"منذ\s+(?:(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR})(?!\d)"), _since),
    (
        # the first year stands at most "وبين العامين " after the start
        _gate(_has_year, lead=16, anchor=_YEAR_ANYWHERE),
        _ar(
            rf"بين\s+(?:(?:عامي|العامين|سنتي|عام|العام)\s+)?(?P<y1>{_YEAR})\s+و\s*(?:(?:عام|العام)\s+)?(?P<y2>{_YEAR})"
            rf"|من\s+(?:(?:عام|العام)\s+)?(?P<y3>{_YEAR})\s+(?:الي|حتي)\s+(?:(?:عام|العام)\s+)?(?P<y4>{_YEAR})"
        ),
        _range,
    ),
    (
        # the first day stands at most "وبين ال " after the start
        _gate(_AR_MONTH_WORDS, lead=16, anchor=_DAY_RANGE_AR),
        _ar(
            rf"(?:بين|من)\s+(?:ال\s?)?(?P<d1>\d{{1,2}})\s+(?:و\s*|(?:الي|حتي)\s+)(?:ال\s?)?(?P<d2>\d{{1,2}})\s+"
            rf"(?:من\s+)?(?:شهر\s+)?{_MONTHS_PAIR}"
            rf"(?:\s+(?:(?P<cur>الجاري|الحالي)|(?P<past>{_PAST})|(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR})))?"
        ),
        _day_range,
    ),
    (
        _gate(_has_year, "عام العام سنه السنه لعام بعام", lead=8),
        _ar(rf"(?:عام|العام|سنه|السنه|لعام|بعام)\s+(?P<y>{_YEAR})(?:\s?م)?"),
        _year,
    ),
    (_gate(_has_year, lead=8, anchor=_YEAR_ANYWHERE), _ar(rf"(?P<y>{_YEAR})(?:\s?م)?", cue=r"في|خلال|حتي"), _year),
    (
        _gate("العام السنه", lead=8),
        _ar(
            rf"(?P<last>العام\s+{_PAST}|السنه\s+{_PAST})"
            r"|هذا\s+العام|هذه\s+السنه|العام\s+(?:الحالي|الجاري)|السنه\s+(?:الحاليه|الجاريه)"
        ),
        _year,
    ),
    (
        _gate("الشهر", lead=16),
        _ar(rf"(?:ال)?(?:(?P<d>\d{{1,2}})|(?P<ord>{_alternation(_AR_ORDINAL_DAYS)}))\s+من\s+"
            r"(?:هذا\s+الشهر|الشهر\s+(?:الحالي|الجاري|نفسه|ذاته))"),
        _day_of_this_month,
    ),
    (_gate("الشهر", lead=8), _ar(r"هذا\s+الشهر|الشهر\s+(?:الحالي|الجاري)"), _this_month(0)),
    (_gate("الشهر", lead=8), _ar(rf"الشهر\s+{_PAST}"), _this_month(1)),
    (
        _gate(_AR_MONTH_WORDS, lead=32),
        _ar(
            rf"(?:(?P<since>منذ)\s+)?(?:{_AR_WEEKDAY}\s+(?:الموافق\s+)?)?"
            rf"(?:(?:ال)?(?P<d>\d{{1,2}})\s+(?:من\s+)?|(?<!الاسبوع\s)ال(?P<ord>{_alternation(_AR_ORDINAL_DAYS)})\s+من\s+)?"
            rf"(?P<shahr>شهر\s+)?{_MONTHS_PAIR}"
            rf"(?:\s+(?:(?P<cur>الجاري|الحالي)|(?P<past>{_PAST})"
            rf"|(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR})(?:\s?م)?))?"
        ),
        _calendar(_AR_MONTH_CUE),
    ),
    # English
    (
        _gate("today this tonight overnight", lead=8),
        _en(r"(?:earlier\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|overnight"),
        _shift(0),
    ),
    (
        _gate("yesterday last", lead=8),
        _en(r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night"),
        _shift(1),
    ),
    (_gate("yesterday", lead=16), _en(r"the\s+day\s+before\s+yesterday"), _shift(2)),
    (_gate("ago"), _en(r"(?P<n>\w+)\s+days?\s+ago|(?P<wn>\w+)\s+weeks?\s+ago"), _days_ago),
    (_gate("last", lead=8), _en(r"last\s+week"), _shift(7, WEEK)),
    (_gate("this", lead=8), _en(r"(?:earlier\s+)?this\s+week"), _shift(0, WEEK)),
    (
        _gate(_EN_WEEKDAY_WORDS, lead=8),
        _en(rf"(?:(?P<past>last)\s+|(?P<next>next)\s+)?{_EN_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"),
        _weekday(_EN_WEEKDAYS),
    ),
    (
        _gate("since far", lead=8),
        _en(
            rf"since\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the|this)\s+year|(?P<thismonth>(?:the|this)\s+month)"
            rf"|(?P<y>{_YEAR})|{_EN_MONTH}(?:\s+(?P<y2>{_YEAR}))?)|so\s+far\s+this\s+year"
        ),
        _since,
    ),
    (_gate("since", _has_year, lead=8), _en(rf"since\s+(?:mid[-\s]|early\s+|late\s+)?(?P<y>{_YEAR})(?!\d)"), _since),
    (
        _gate(_has_year, "between from", lead=8),
        _en(
            rf"between\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})"
            rf"|from\s+(?P<y3>{_YEAR})\s+(?:to|until|through)\s+(?P<y4>{_YEAR})"
        ),
        _range,
    ),
    (
        _gate(_EN_MONTH_WORDS, lead=24, anchor=_DAY_RANGE_EN),
        _en(
            rf"(?:between|from)\s+{_EN_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+"
            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _day_range,
    ),
    (
        _gate(_EN_MONTH_WORDS, lead=24, anchor=_DAY_RANGE_EN),
        _en(
            rf"(?:between|from)\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+(?:the\s+)?"
            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _day_range,
    ),
    (
        _gate(_has_year, "in during throughout of by since", lead=16),
        _en(rf"(?:mid[-\s]|early\s+|late\s+)?(?P<y>{_YEAR})", cue=r"(?:in|during|throughout|of|by|since)(?:\s+the)?"),
        _year,
    ),
    (_gate("year", lead=8), _en(r"(?P<last>last\s+year)|this\s+year"), _year),
    (
        _gate(_EN_MONTH_WORDS, lead=16),
        _en(rf"(?:(?P<since>since)\s+)?(?:{_EN_WEEKDAY},?\s+)?{_EN_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"),
        _calendar(_EN_MONTH_CUE),
    ),
    (
        _gate(_EN_MONTH_WORDS, lead=32),
        _en(
            rf"(?:(?P<since>since)\s+)?(?:{_EN_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?{_EN_MONTH}"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _calendar(_EN_MONTH_CUE),
    ),
    (_gate(_EN_MONTH_WORDS, lead=8), _en(rf"{_EN_MONTH}(?:,?\s+(?P<y>{_YEAR}))?"), _calendar(_EN_MONTH_CUE)),
)

# Numeric dates are read from the original text: folding turns their dashes into spaces.
_ORIGINAL_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (
        re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\d|[/.\-]\d)"),
        _numeric(day_first=True),
    ),
    (
        re.compile(r"(?<![\d/.\-])(?P<y>\d{4})(?P<s>[/.\-])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?!\d|[/.\-]\d)"),
        _numeric(day_first=False),
    ),
)
# A digit, a separator, a digit: in every match of _ORIGINAL_RULES. Found from the separator (the
# pattern opens with it), since a search skips quickly to a few characters but tests every one for
# a digit.
_NUMERIC_GATE = re.compile(r"[/.\-](?<=\d[/.\-])(?=\d)")


def _gate_words() -> dict[str, str]:
    """The words of every gate, each its own value."""
    return {alternative: alternative for gate, _, _ in _FOLDED_RULES for group in gate.groups
            for alternative in group if isinstance(alternative, str)}


_GATE_WORDS = TEXT_WORDS.add(_gate_words())


def find_dates(
    text: str, published: dt.date | None, *, norm: Normalized | None = None
) -> tuple[DateMatch, ...]:
    """Every date expression in ``text``, in order, spans into ``text``; overlapping
    candidates are settled in favour of the longest.

    ``norm`` is ``normalize(text)``, for a caller that has it already.
    """
    if norm is None:
        norm = normalize(text)
    elif norm.original != text:
        raise ValueError("norm is not the normalization of text")
    folded = _Context(norm.text, published)
    original = _Context(text, published)
    scan = _Scan(norm.text)
    candidates: list[DateMatch] = []
    for gate, pattern, handler in _FOLDED_RULES:
        if not scan.opens(gate):
            continue
        for match in scan.matches(gate, pattern):
            found = handler(match, folded)
            if found is not None:
                span = extend_over_marks(text, norm.span_to_original(match.start("body"), match.end("body")))
                candidates.append(DateMatch(span, found[1], found[2], found[0], found[3]))
    if _NUMERIC_GATE.search(text):
        for pattern, handler in _ORIGINAL_RULES:
            for match in pattern.finditer(text):
                found = handler(match, original)
                if found is not None:
                    candidates.append(DateMatch(Span(*match.span()), found[1], found[2], found[0], found[3]))
    return _longest_first(candidates)


def _longest_first(candidates: list[DateMatch]) -> tuple[DateMatch, ...]:
    chosen: list[DateMatch] = []
    for candidate in sorted(candidates, key=lambda m: (m.span.start - m.span.end, m.span.start)):
        if not any(candidate.span.overlaps(taken.span) for taken in chosen):
            chosen.append(candidate)
    return tuple(sorted(chosen, key=lambda m: m.span.start))


# "Last updated at Apr 092017": a page's date with the day glued to the year
_GLUED_DATELINE = re.compile(
    r"(?:updated(?: at| on)?|published(?: on)?|posted on)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{2})(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE)
# Words after which a date at the top of a page is the page's own date
_DATELINE_CUES = re.compile(
    r"(?:date of publication|last updated(?: at| on)?|updated(?: at| on)?|published(?: on)?|posted(?: on)?|"
    r"AFP|Reuters|AP|SANA|Sputnik|Xinhua|Agencies|تاريخ النشر)[\s:,.-]*$", re.IGNORECASE)
# "Fri Apr 29 2016 57 civilians killed ...": a weekday alone before the page's date
_WEEKDAY_ONLY = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*", re.IGNORECASE)
_DATELINE_REACH = 200  # characters from the top of the text within which a dateline stands
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS_EN = {name: i for i, names in enumerate((
    (), ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"))) for name in names}


def dateline(text: str) -> dt.date | None:
    """The date a page gives itself at its top ("16 July 2015 At least ...", "Date of publication
    4 October 2016", "... Monitor AFP Saturday 25 Jun 2016 ..."), or None."""
    head = text[:_DATELINE_REACH]
    if not _A_YEAR.search(head):
        return None  # a page's own date gives its year (most texts have none at their top)
    glued = _GLUED_DATELINE.search(head)
    if glued and glued.group("month").lower() in _MONTHS_EN:
        try:
            return dt.date(int(glued.group("year")), _MONTHS_EN[glued.group("month").lower()], int(glued.group("day")))
        except ValueError:
            return None
    for match in find_dates(head, None):
        if match.kind != "absolute" or match.precision != DAY or match.date is None:
            continue
        before = head[:match.span.start]
        if not before.strip() or _DATELINE_CUES.search(before) or _WEEKDAY_ONLY.fullmatch(before):
            return match.date
    return None
