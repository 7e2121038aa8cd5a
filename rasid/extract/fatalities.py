"""How many died in an incident, by ACLED's rules.

Owns ``count_fatalities``: a number tied to a death word in the sentence ("مقتل 4",
"4 قتلى", "killed 14", "death toll of 5"); the lowest figure when several are given;
vague words take ACLED's values (several 3, dozens 12, hundreds 100); a death word with
a singular noun and no number counts 1; wounded or damage only counts 0; nothing said
is ``None``.
"""

from __future__ import annotations

import re

from rasid.extract.context import (
    IN_RESPONSE,
    DocContext,
    Sentence,
    counts_casualties,
    measures_time_or_distance,
    names_a_unit,
    text_before,
    within_phrase,
)
from rasid.model import Evidence, Mention, Span
from rasid.text.normalize import fold

# Dual nouns after a death word count two: "مقتل عنصرين", "استشهاد طفلين".
_DUAL_STEMS = ("عنصر", "طفل", "جندي", "شخص", "شقيق", "رجل", "ضابط", "شهيد", "قتيل", "مدني")  # plurals of these differ from duals
_PLURAL_DEATHS = frozenset(fold(w) for w in ("شهداء", "قتلى", "ضحايا", "جثث", "جثامين", "الشهداء", "القتلى",
                                              "الضحايا"))
_SEVERAL = 3  # ACLED's figure for deaths told in the plural with no number
_ALL = frozenset(fold(w) for w in ("كل", "جميع", "كافة"))
_NEAR = 40  # characters between a number and its death word
_CLAUSE = 90  # "11 civilians, among them three children, were killed": number, then people, then the verb


def _distance(a: Span, b: Span) -> int:
    if a.overlaps(b):
        return 0
    return b.start - a.end if a.end <= b.start else a.start - b.end


_SUBTOTAL_REACH = 60
# "seven of them children" is part of a toll; "Five of them died in the strike" is a toll of its own
_PART_OF = re.compile(r"\s+of them\s+(?:were\s+)?(?:children|women|civilians|soldiers|fighters|members|minors|"
                      r"girls|boys|rebels|militants)\b|(?:\s+\w+){0,4}?\s+(?:were|was)\s+among\b|\s+\w+\s+among\b")


def _is_subtotal(ctx: DocContext, sentence: Sentence, number: Mention) -> bool:
    """"18 people including five children and two women": both counts after "including" are part of
    18, up to a death word or the end of the clause."""
    if _PART_OF.match(ctx.doc.text[number.span.end:number.span.end + 40]):
        return True  # "22 people ..., seven of them children", "six children were among 19 killed"
    deaths = sentence.cues("death")
    for cue in sentence.cues("subtotal"):
        gap = number.span.start - cue.span.end
        if 0 <= gap <= _SUBTOTAL_REACH and not any(cue.span.end <= d.span.start < number.span.start for d in deaths) \
                and not re.search(r"[.;:!?؟]", ctx.doc.text[cue.span.end:number.span.start]):
            return True
    return False


def _counts_people(sentence: Sentence, number: Mention) -> bool:
    """Is the number followed by people ("11 civilians", "14 fighters", "أربعة عناصر")?"""
    return any(0 <= m.span.start - number.span.end <= 3 for m in sentence.mentions
               if m.label == "CUE" and m.key in ("civilian", "unit:fighters", "unit:fatalities"))


_COORDINATION = re.compile(r"(?:^|\s)(?:and|و)(?:\s|$)|[,،]|\sو(?=\S)")


def _nearer_injury(ctx: DocContext, sentence: Sentence, number: Mention, deaths: list[Mention]) -> bool:
    """"مقتل أميركي وإصابة 6 آخرين", "14 قتيلاً و8 جرحى", "six killed and four injured": the
    number counts the wounded when an injury word is its own, with no "and" between them."""
    injuries = sentence.cues("injury")
    if not injuries or not deaths:
        return False

    def joined(cue: Mention) -> bool:
        first, second = sorted((number.span, cue.span), key=lambda span: span.start)
        return not _COORDINATION.search(ctx.doc.text[first.end:second.start])

    own_injury = [i for i in injuries if joined(i)]
    own_death = [d for d in deaths if joined(d)]
    if own_injury and not own_death:
        return True
    if own_death and not own_injury:
        return False
    return min(_distance(number.span, i.span) for i in injuries) < min(_distance(number.span, d.span) for d in deaths)


_THINGS = frozenset(fold(w) for w in (
    "villages", "towns", "cities", "positions", "vehicles", "cars", "buses", "rockets", "missiles", "shells",
    "drones", "houses", "buildings", "days", "hours", "checkpoints", "bases", "sites", "targets", "strikes", "raids",
    "قرى", "قريتين", "بلدات", "بلدتين", "مواقع", "موقعين", "سيارات", "سيارتين", "آليات", "صواريخ", "صاروخين",
    "قذائف", "قذيفتين", "مسيرات", "منازل", "مبان", "مباني", "حواجز", "غارات", "غارتين", "أهداف", "نقاط", "نقطتين",
    # "عدة مرات", "several times": how often, not how many
    "times", "مرات", "مرة", "مرتين"))


# "five civilians of one family", "all from one tribe", "من عائلة واحدة": "one" counts the
# family, not the dead
_KIN_GROUPS = frozenset(fold(w) for w in ("family", "tribe", "clan", "عائلة", "عشيرة", "قبيلة", "أسرة"))


def _one_kin_group(ctx: DocContext, number: Mention) -> bool:
    if number.key != "1":
        return False
    after = fold(ctx.doc.text[number.span.end:number.span.end + 12]).split()[:1]
    before = fold(ctx.doc.text[max(0, number.span.start - 12):number.span.start]).split()[-1:]
    return any(w.strip(".,،").lstrip("و") in _KIN_GROUPS for w in after + before)


def _counts_things(ctx: DocContext, span: Span) -> bool:
    """"an attack on two government-held villages", "بثلاثة صواريخ": the number counts no people."""
    following = fold(ctx.doc.text[span.end:span.end + 30]).replace("-", " ").split()[:3]
    return any(w.strip(".,،()\"'") in _THINGS for w in following)


def _prompted(ctx: DocContext, span: Span) -> bool:
    """"رداً على مقتل 6 جنود": the deaths that prompted the attack, not its toll."""
    return within_phrase(ctx.doc, span, IN_RESPONSE, 24)


def _death_numbers(sentence: Sentence, ctx: DocContext) -> list[tuple[int, Mention]]:
    deaths = sentence.cues("death")
    dates = [d.span for d in sentence.of("DATE")]
    out = []
    for number in sentence.of("NUMBER"):
        if any(number.span.overlaps(d) for d in dates):
            continue  # "Friday 2 May 2014": a day of the month counts no dead
        value = int(number.key)
        if value <= 0 or value > 5000 or (1900 <= value <= 2100 and not number.get("vague")):
            continue
        if _is_subtotal(ctx, sentence, number):
            continue  # "11 killed, among them three children": 3 is part of 11
        if measures_time_or_distance(ctx.doc, number.span) or counts_casualties(ctx.doc, number.span) \
                or names_a_unit(ctx.doc, number.span):
            continue  # "killed in less than 24 hours", "50 قتيلاً وجريحاً", "جندي من الكتيبة 931"
        if _nearer_injury(ctx, sentence, number, deaths):
            continue
        if _prompted(ctx, number.span) or _counts_things(ctx, number.span) or _one_kin_group(ctx, number):
            continue
        if any(_distance(number.span, d.span) <= _NEAR for d in deaths) or _counts_people(sentence, number) and any(
                0 <= d.span.start - number.span.end <= _CLAUSE for d in deaths) or _toll_reaches(ctx, sentence, number):
            out.append((value, number))
    return out


# "the death toll from the rocket attacks on Aleppo rises to 8": the number the toll reached
_RISES_TO = re.compile(r"(?:rises|rose|risen|climbed|climbs|jumped|reached|increased)\s+to\s*$")
_TOLL = re.compile(r"\b(?:death|casualty) toll\b", re.IGNORECASE)


def _toll_reaches(ctx: DocContext, sentence: Sentence, number: Mention) -> bool:
    before = ctx.doc.text[max(sentence.span.start, number.span.start - 16):number.span.start]
    return bool(_RISES_TO.search(before.lower())) and bool(
        _TOLL.search(ctx.doc.text, sentence.span.start, number.span.start))


_PEOPLE = r"(?:مدني|مدنيا|طفل|طفلا|امراة|سيدة|شخص|شخصا|عنصر|عنصرا|جندي|جنديا|رجل|عسكري|عسكريا|civilian|child|woman|soldier|man|person|fighter)"
# "7 عسكريين ومدني واحد", "12 soldiers and a civilian": one more person joined to the count
_ONE_MORE = re.compile(r"^\s*(?:\S+\s+){1,2}(?:و|and (?:a |an |one )?)" + _PEOPLE + r"(?:\s+واحد)?(?![\w])")
# "3 جنود و2 مدنيين", "3 soldiers and 2 civilians": a second count joined to the first
_JOINED = re.compile(r"^\s*(?:\S+\s+){1,2}(?:و\s*|and\s+)$")


def _addend(ctx: DocContext, numbers: list[tuple[int, Mention]], number: Mention) -> int:
    """People joined to a count by "و"/"and": one more for a singular noun, or the next count."""
    after = fold(ctx.doc.text[number.span.end:number.span.end + 40])
    if _ONE_MORE.match(after):
        return 1
    for value, other in numbers:
        if other.span.start > number.span.end and _JOINED.match(fold(ctx.doc.text[number.span.end:other.span.start])):
            return value
    return 0


def _continues(ctx: DocContext, numbers: list[tuple[int, Mention]], number: Mention) -> bool:
    """Is this count the second half of "3 جنود و2 مدنيين"?"""
    for _, other in numbers:
        if other.span.end >= number.span.start:
            continue
        gap = fold(ctx.doc.text[other.span.end:number.span.start])
        if _JOINED.match(gap):
            return True
        one_more = _ONE_MORE.match(fold(ctx.doc.text[other.span.end:other.span.end + 40]))
        if one_more and number.span.start - other.span.end < one_more.end():
            return True  # the "واحد" of "ومدني واحد"
    return False


_ONE_PERSON_EN = (r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:woman|man|child|boy|girl|civilian|soldier|fighter|person|"
                  r"member|officer|policeman|journalist|doctor|teenager|pilot|commander)")
# "killing a woman", "a 5-year-old child was killed", "left a child dead": one dead, told in English
# with no number
_ONE_KILLED_EN = re.compile(rf"\b(?:killing|killed|kills)\s+{_ONE_PERSON_EN}\b"
                            rf"|\b{_ONE_PERSON_EN}\s+(?:was|has been)\s+killed\b"
                            rf"|\bleaving\s+{_ONE_PERSON_EN}\s+dead\b|\bleft\s+{_ONE_PERSON_EN}\s+dead\b",
                            re.IGNORECASE)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


_CLAUSE_BREAK = re.compile(r"[،,]?\s(?:فيما|بينما|في حين|وفي حين|whereas|while)\s|;")


def _clause_of(ctx: DocContext, sentence: Sentence, anchor: Span) -> Span:
    """The part of the sentence around ``anchor`` up to "فيما", "بينما", "while" or ";"."""
    text = ctx.doc.text[sentence.span.start:sentence.span.end]
    start, end = sentence.span.start, sentence.span.end
    for match in _CLAUSE_BREAK.finditer(text):
        cut = sentence.span.start + match.start()
        if cut <= anchor.start:
            start = sentence.span.start + match.end()
        elif cut >= anchor.end:
            end = min(end, cut)
    return Span(start, end)


# "سقوط قتلى وجرحى": dead and wounded told with no count are dead all the same ("several", ACLED's
# 3); "عشرات القتلى والجرحى", "50 قتيلاً وجريحاً" count the two together, and no one knows how many died.
_QUANTITIES = frozenset(fold(w) for w in ("عشرات", "مئات", "آلاف", "الاف", "عدد", "مئة", "الف", "ألف"))


def _counted(sentence: Sentence, ctx: DocContext, span: Span) -> bool:
    if any(0 <= span.start - number.span.end <= 3 for number in sentence.of("NUMBER")):
        return True
    before = text_before(ctx.doc, span, 16).split()[-1:]
    return bool(before) and before[0].lstrip("و") in _QUANTITIES


def count_fatalities(sentence: Sentence, ctx: DocContext, anchor: Span | None = None) -> tuple[int | None, Evidence | None]:
    """Fatalities stated in the sentence, and where; with ``anchor`` (the trigger), a toll in
    another clause ("..., فيما شهد يوم السبت مقتل 12") belongs to another incident."""
    numbers = _death_numbers(sentence, ctx)
    if numbers and anchor is not None:
        clause = _clause_of(ctx, sentence, anchor)
        numbers = [(v, m) for v, m in numbers if clause.start <= m.span.start < clause.end] or numbers
    if numbers:
        parts = {id(m) for _, m in numbers if _continues(ctx, numbers, m)}
        totals = [(value + _addend(ctx, numbers, m), m) for value, m in numbers if id(m) not in parts]
        value, mention = min(totals or numbers, key=lambda pair: pair[0])
        return value, Evidence(mention.span, "fatalities.vague" if mention.get("vague") else "fatalities.number")
    deaths = [d for d in sentence.cues("death") if _is_arabic(ctx.doc.text[d.span.start])
              and not (counts_casualties(ctx.doc, d.span, opens=True) and _counted(sentence, ctx, d.span))
              and not _prompted(ctx, d.span)]
    # ("سقوط قتلى": the last word of the cue says how many)
    if deaths and all(fold(ctx.doc.quote(d.span)).split()[-1].lstrip("وب") in _PLURAL_DEATHS for d in deaths):
        return _SEVERAL, Evidence(deaths[0].span, "fatalities.plural")  # "أسفر عن قتلى": several, ACLED's 3
    if deaths:
        after = fold(ctx.doc.text[deaths[0].span.end:deaths[0].span.end + 24]).split()[:3]
        if after and after[0] in _ALL:
            return _SEVERAL, Evidence(deaths[0].span, "fatalities.plural")  # "قتل كل عناصرها": no number
        if any(w.endswith(("ين", "ان")) and w.startswith(_DUAL_STEMS) for w in after):
            return 2, Evidence(deaths[0].span, "fatalities.dual")
        return 1, Evidence(deaths[0].span, "fatalities.singular")
    english_one = _ONE_KILLED_EN.search(ctx.doc.text, sentence.span.start, sentence.span.end)
    if english_one:
        return 1, Evidence(Span(*english_one.span()), "fatalities.singular")
    if sentence.cues("injury"):
        return 0, Evidence(sentence.cues("injury")[0].span, "fatalities.wounded_only")
    return None, None
