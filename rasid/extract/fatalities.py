"""How many died in an incident, by ACLED's rules.

Owns ``count_fatalities``: a number tied to a death word in the sentence ("مقتل 4",
"4 قتلى", "killed 14", "death toll of 5"); the lowest figure when several are given;
vague words take ACLED's values (several 3, dozens 12, hundreds 100); a death word with
a singular noun and no number counts 1; wounded or damage only counts 0; nothing said
is ``None``.
"""

from __future__ import annotations

from rasid.extract.context import DocContext, Sentence
from rasid.model import Evidence, Mention, Span
from rasid.text.normalize import fold

# Dual nouns after a death word count two: "مقتل عنصرين", "استشهاد طفلين".
_DUAL_STEMS = ("عنصر", "طفل", "جندي", "شخص", "شقيق", "رجل", "ضابط")  # plurals of these differ from duals
_NEAR = 40  # characters between a number and its death word
_CLAUSE = 90  # "11 civilians, among them three children, were killed": number, then people, then the verb


def _distance(a: Span, b: Span) -> int:
    if a.overlaps(b):
        return 0
    return b.start - a.end if a.end <= b.start else a.start - b.end


def _is_subtotal(sentence: Sentence, number: Mention) -> bool:
    return any(0 <= number.span.start - cue.span.end <= 3 for cue in sentence.cues("subtotal"))


def _counts_people(sentence: Sentence, number: Mention) -> bool:
    """Is the number followed by people ("11 civilians", "14 fighters", "أربعة عناصر")?"""
    return any(0 <= m.span.start - number.span.end <= 3 for m in sentence.mentions
               if m.label == "CUE" and m.key in ("civilian", "unit:fighters", "unit:fatalities"))


def _death_numbers(sentence: Sentence) -> list[tuple[int, Mention]]:
    deaths = sentence.cues("death")
    out = []
    for number in sentence.of("NUMBER"):
        value = int(number.key)
        if value <= 0 or value > 5000 or (1900 <= value <= 2100 and not number.get("vague")):
            continue
        if _is_subtotal(sentence, number):
            continue  # "11 killed, among them three children": 3 is part of 11
        if any(_distance(number.span, d.span) <= _NEAR for d in deaths):
            out.append((value, number))
        elif _counts_people(sentence, number) and any(
                0 <= d.span.start - number.span.end <= _CLAUSE for d in deaths):
            out.append((value, number))
    return out


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def count_fatalities(sentence: Sentence, ctx: DocContext) -> tuple[int | None, Evidence | None]:
    """Fatalities stated in the sentence, and where."""
    numbers = _death_numbers(sentence)
    if numbers:
        value, mention = min(numbers, key=lambda pair: pair[0])
        return value, Evidence(mention.span, "fatalities.number")
    deaths = [d for d in sentence.cues("death") if _is_arabic(ctx.doc.text[d.span.start])]
    if deaths:
        after = fold(ctx.doc.text[deaths[0].span.end:deaths[0].span.end + 24]).split()[:3]
        if any(w.endswith(("ين", "ان")) and w.startswith(_DUAL_STEMS) for w in after):
            return 2, Evidence(deaths[0].span, "fatalities.dual")
        return 1, Evidence(deaths[0].span, "fatalities.singular")
    if sentence.cues("injury"):
        return 0, Evidence(sentence.cues("injury")[0].span, "fatalities.wounded_only")
    return None, None
