"""Claims: totals, statistics, force sizes and areas, kept apart from incidents.

Owns ``build_claims`` and ``aggregate_sentences``. A number becomes a claim when a
metric word stands next to it ("35 عربة", "7000 fighters", "80 ألف كيلومتر مربع") and,
for deaths, attacks, injuries and arrests, when its sentence speaks of a period or a
total ("منذ مطلع العام", "since 2011", "in total", "بينهم"). A sentence that states such
a total yields no event: ACLED does not code year-to-date figures as incidents.
"""

from __future__ import annotations

import datetime as dt
import re
from rasid.extract.attribution import attribute
from rasid.extract.context import (
    DocumentMemo,
    Sentence,
    counts_casualties,
    measures_time_or_distance,
    names_a_unit,
    sentence_views,
    text_after,
    text_before,
)
from rasid.extract.lexicon import GENERIC_ATTACK, SUBTOTAL_CUES
from rasid.extract.resources import Resources
from rasid.model import Claim, Document, Evidence, Mention, Span, replace
from rasid.text.normalize import fold

# Counts that are statistics by nature, whatever the sentence says about time: force sizes,
# fleets, areas, numbers of attacks, targets or demonstrations, mass arrests.
_ALWAYS = frozenset({"fighters", "vehicles", "area_km2", "attacks", "other", "arrests"})
_ALWAYS_MIN = {"arrests": 5, "attacks": 20}  # "نحو 12 غارة" in one day is the incident told; "158 هجوماً" is a tally
_TOTALS = frozenset({"fatalities", "injured", "attacks", "projectiles"})  # totals of these make a sentence a statistic
# Rockets, shells and drones fired are counted among the guidelines' "other" metrics, and only
# over a period and by the score ("9500 rockets since the war began"): "15 صاروخاً" last month
# or "30 rockets so far" today is one bombardment told.
_PERIOD_ONLY = {"projectiles": "other"}
_MIN_PROJECTILES = 40
_UNIT_GAP = 14  # characters between a number and its metric word: the unit follows the number
_MIN_FORCE = 20  # a force size is a claim from this many fighters up; fewer is a casualty report
_DEATH_GAP = 30
_SCOPE = 90  # characters between a total's number and its period words, or between it and a trigger
_SUBTOTAL = tuple(fold(cue) for cue in SUBTOTAL_CUES)
# So many dead or wounded are a war's or a period's toll whatever the sentence says about time:
# ACLED codes no single incident that large. "Hundreds of thousands" is such a toll in a word.
_WAR_SCALE = 10000
# In a word, only "hundreds of thousands" (مئات الآلاف) is told as the war's toll; "tens of thousands
# of dead and wounded and missing" lumps more than the dead, "millions" is a slip for the displaced.
_WAR_SCALE_VAGUE = 100000
_MONTHS_EN = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))
# deaths that are not the conflict's: a disaster's toll is no claim of this record
_DISASTER_WORDS = tuple(fold(w) for w in ("زلزال", "الزلزال", "earthquake", "quake"))


def _war_scale(number: Mention, metric: str | None, sentence: Sentence, doc: Document) -> bool:
    value = int(number.key)
    if metric not in ("fatalities", "injured") or value < _WAR_SCALE:
        return False
    if number.get("vague") and value != _WAR_SCALE_VAGUE:
        return False
    if _word_before(doc, number.span) in _MONTHS_EN:
        return False  # "Last updated at Jun 182016": a date that lost its space
    folded = fold(doc.quote(sentence.span))
    return not any(word in folded for word in _DISASTER_WORDS)


def _gap(a: Span, b: Span) -> int:
    if a.overlaps(b):
        return 0
    return b.start - a.end if a.end <= b.start else a.start - b.end


def _is_year(number: Mention) -> bool:
    return 1900 <= int(number.key) <= 2100 and not number.get("vague")


_PLACE_WORDS = frozenset(fold(w) for w in ("في", "على", "ب", "in", "on", "at"))


def _unit_gap_ok(gap: str) -> bool:
    """"35 عربة", "7000 من المقاتلين"; not "20 في هجوم", where the number counts something else, nor
    "killed 290000 and displaced millions", where the word after "and" counts the next number."""
    words = fold(gap).split()
    return len(words) <= 1 and not (words and (words[0] in _PLACE_WORDS or words[0] in ("and", "و")))


_PEOPLE_NOUNS = frozenset({"people", "persons", "syrians", "civilians", "families", "residents", "children"})


def _describes_people(unit: Mention, doc: Document) -> bool:
    """"killed 26 displaced people": the word describes the people counted, who are the dead."""
    following = doc.text[unit.span.end:unit.span.end + 16].split()[:1]
    return bool(following) and following[0].lower().strip(".,") in _PEOPLE_NOUNS


def _metric_of(number: Mention, sentence: Sentence, doc: Document) -> str | None:
    # the statistics test and the claims stage both ask, about the same mentions of the same text
    answers = _METRICS.answers(doc.text, doc.mentions)
    key = (id(number), id(sentence))
    known = answers.get(key)
    if known is None:
        # (the mention and the sentence are kept with their metric, so their ids stay theirs)
        known = answers[key] = (number, sentence, _metric_of_number(number, sentence, doc))
    return known[2]


_METRICS = DocumentMemo()


def _metric_of_number(number: Mention, sentence: Sentence, doc: Document) -> str | None:
    if measures_time_or_distance(doc, number.span) or counts_casualties(doc, number.span) \
            or names_a_unit(doc, number.span):
        return None
    units = [m for m in sentence.mentions if m.label == "CUE" and m.key.startswith("unit:")
             and m.span.start >= number.span.end and m.span.start - number.span.end <= _UNIT_GAP
             and _unit_gap_ok(doc.text[number.span.end:m.span.start]) and not _describes_people(m, doc)]
    deaths = [m for m in sentence.cues("death") if _gap(number.span, m.span) <= _DEATH_GAP]
    injuries = [m for m in sentence.cues("injury") if _gap(number.span, m.span) <= _DEATH_GAP]
    before_deaths = [m for m in deaths if m.span.end <= number.span.start]
    arrest_verbs = [m for m in sentence.mentions if m.key == "unit:arrest_verb"
                    and 0 <= number.span.start - m.span.end <= _DEATH_GAP]
    if arrest_verbs and not before_deaths:
        return "arrests"
    told_after = [m for m in deaths + injuries if 0 <= m.span.start - number.span.end <= _VERB_AFTER_GAP
                  and _PASSIVE.intersection(doc.text[number.span.end:m.span.start].lower().split())]
    if told_after and min(told_after, key=lambda m: m.span.start).key == "injury":
        return "injured"  # "one killed, and 17 others were injured": the passive after the number counts it
    displaced = [m for m in sentence.mentions if m.key == "unit:other" and fold(doc.quote(m.span)) == "displaced"
                 and 0 <= number.span.start - m.span.end <= _DEATH_GAP]
    if displaced and all(m.span.end <= displaced[-1].span.start for m in before_deaths):
        return "other"  # "has left 220000 dead and displaced 12 million people"
    before_injuries = [m for m in injuries if m.span.end <= number.span.start]
    if before_injuries and (not before_deaths or max(m.span.end for m in before_injuries)
                            > max(m.span.end for m in before_deaths)) and (not units or units[0].key != "unit:fatalities"):
        return "injured"  # "بمقتل 512 شخصاً وإصابة 4193": the nearer word before the number counts it
    if (before_deaths or _toll_risen_to(number, sentence, doc)) \
            and (not units or units[0].key in ("unit:fighters", "unit:fatalities")):
        return "fatalities"
    if before_deaths and units and units[0].key == "unit:injured" and _counts_next(units[0], sentence, doc):
        return "fatalities"  # "has killed more than 220000 people, wounded a million": "wounded" counts the next
    units = [m for m in units if m.key != "unit:arrest_verb"]
    if not units and (_counts_attacks_in_times(number, sentence, doc) or _attacks_risen_to(number, doc)
                      or _part_of_an_attacks_count(number, sentence, doc)):
        return "attacks"
    if units:
        metric = min(units, key=lambda m: m.span.start).key.removeprefix("unit:")
        if metric == "fighters" and deaths:
            return "fatalities"
        if metric == "fighters" and injuries:
            return "injured"
        return metric
    if deaths:
        return "fatalities"
    if injuries:
        return "injured"
    if _killed_later(number, sentence, doc):
        return "fatalities"
    return None


_TIMES = frozenset(fold(w) for w in ("مرة", "مرات", "times"))
_ATTACK_WORDS = frozenset(fold(w) for w in GENERIC_ATTACK if " " not in w) | frozenset(
    fold(w) for w in ("للهجوم", "لهجوم", "لهجمات", "هوجمت", "هوجم", "لاستهداف", "تعرضت", "تعرض", "هاجم", "هاجمت",
                      "هاجموا", "استهدف"))
_ATTACK_REACH = 60  # characters from an attack word to the count of its times
_COMPARATIVES = frozenset(fold(w) for w in ("bigger", "larger", "more", "higher", "greater", "اكبر", "اكثر", "اعلى"))


# "ارتفاع عدد الهجمات على القوات الأميركية ... من 30 إلى 38": the count of attacks it rose to
_ATTACK_COUNTS = tuple(fold(w) for w in ("عدد الهجمات", "عدد العمليات", "عدد الاعتداءات", "number of attacks"))
_TO = frozenset(fold(w) for w in ("إلى", "الى", "to"))


def _attacks_risen_to(number: Mention, doc: Document) -> bool:
    before = text_before(doc, number.span, _ATTACK_REACH * 2)
    return before.split()[-1:] in ([w] for w in _TO) and any(phrase in before for phrase in _ATTACK_COUNTS)


# "تعرضت القوات للهجوم 46 مرة، منها 24 في العراق و22 في سوريا": the parts of a count of attacks
_OF_WHICH = frozenset(fold(w) for w in ("منها", "بينها", "of which", "including"))
_PART_GAP = 30  # characters from one part of the breakdown to the next
_WHOLE_GAP = 80  # characters from the count to the first of its parts


def _part_of_an_attacks_count(number: Mention, sentence: Sentence, doc: Document) -> bool:
    words = text_before(doc, number.span, 16).split()[-2:]
    reach = _WHOLE_GAP if _OF_WHICH.intersection(words) else _PART_GAP
    earlier = [m for m in sentence.of("NUMBER") if m.span.end <= number.span.start
               and number.span.start - m.span.end <= reach]
    if not earlier:
        return False
    before = earlier[-1]
    if _OF_WHICH.intersection(words):
        return _metric_of(before, sentence, doc) == "attacks"
    # "و22 في سوريا" after "منها 24 في العراق": the next part of the same breakdown
    between = fold(doc.text[before.span.end:number.span.start]).split()
    return between[-1:] == ["و"] and _part_of_an_attacks_count(before, sentence, doc)


def _attack_word_before(doc: Document, span: Span) -> bool:
    words = text_before(doc, span, _ATTACK_REACH).split()
    return any(w in _ATTACK_WORDS or w.removeprefix("و").removeprefix("ل") in _ATTACK_WORDS for w in words)


def _counts_attacks_in_times(number: Mention, sentence: Sentence, doc: Document) -> bool:
    """"تعرضت القوات للهجوم 12 مرة في العراق و4 مرات في سوريا", "attacked at least 10 times": the
    number counts attacks; the next count of times in the sentence goes on counting them."""
    following = fold(doc.text[number.span.end:number.span.end + 24]).split()[:2]
    if following[:1] not in ([w] for w in _TIMES) or following[1:] and following[1] in _COMPARATIVES:
        return False  # (nor "three times bigger")
    if _attack_word_before(doc, number.span):
        return True
    earlier = [n for n in sentence.of("NUMBER") if n.span.end <= number.span.start]
    return bool(earlier) and _counts_attacks_in_times(earlier[-1], sentence, doc)


_TWICE = frozenset(fold(w) for w in ("مرتين", "لمرتين", "twice"))
_TWICE_RULE = "claim.twice"


def _attacked_twice(sentence: Sentence, doc: Document) -> list[Mention]:
    """"تعرضت القاعدة لهجوم صاروخي لمرتين", "the base was attacked twice": two attacks counted in a
    word, as the count 2 (the incident told stands beside it)."""
    out = []
    for cue in sentence.cues("aggregate"):
        if fold(doc.quote(cue.span)) not in _TWICE:
            continue
        if _attack_word_before(doc, cue.span):
            out.append(Mention(cue.span, "NUMBER", "2", _TWICE_RULE, sentence.index))
    return out


_VERB_AFTER_GAP = 20  # characters from a number to "were injured" or "were killed" after it
_PASSIVE = frozenset({"were", "was", "been", "are", "is"})


_LATE_DEATH_GAP = 70
_TOLL_NOUNS = frozenset(fold(w) for w in ("عدد", "حصيلة", "toll", "number"))
_RISEN_TO = frozenset(fold(w) for w in ("إلى", "الى", "to", "بلغ", "بلغت", "at"))
# words that qualify a number between "rose to" / "put at" and it: "at more than 470000"
_APPROXIMATORS = frozenset(fold(w) for w in ("more", "than", "as", "high", "least", "over", "about", "nearly",
                                              "almost", "around", "some", "approximately", "نحو", "قرابة",
                                              "حوالي", "اكثر", "من", "ما", "يزيد", "عن"))


def _toll_risen_to(number: Mention, sentence: Sentence, doc: Document) -> bool:
    """"يرتفع عدد القتلى منذ مطلع العام إلى 140 عنصراً", "put the death toll from the conflict at more
    than 470000": the number the count of the dead rose to or was put at, however many words tell
    the period between them."""
    words = text_before(doc, number.span, 40).split()
    while words and words[-1] in _APPROXIMATORS:
        words.pop()
    if not words or words[-1] not in _RISEN_TO:
        return False
    return any(0 <= number.span.start - death.span.end <= _LATE_DEATH_GAP
               and (_word_before(doc, death.span) in _TOLL_NOUNS or doc.quote(death.span).lower().endswith("toll"))
               and not any(death.span.end <= n.span.start < number.span.start and not _counts_years(doc, n.span)
                           for n in sentence.of("NUMBER"))
               for death in sentence.cues("death"))


def _counts_years(doc: Document, span: Span) -> bool:
    """"the five-year conflict", "six years of war": a length of time, not a count."""
    return doc.text[span.end:span.end + 6].lower().lstrip(" -").startswith("year")


def _word_before(doc: Document, span: Span) -> str:
    return (text_before(doc, span, 10).split() or [""])[-1]


def _killed_later(number: Mention, sentence: Sentence, doc: Document) -> bool:
    """"At least 412 people, more than half of them jihadists, have been killed": the passive verb comes
    after a description of the people counted, with no other count between."""
    for death in sentence.cues("death"):
        if number.span.end <= death.span.start <= number.span.end + _LATE_DEATH_GAP:
            passive = _PASSIVE.intersection(fold(doc.text[death.span.start - 16:death.span.start]).split()[-2:])
            return bool(passive) and not any(number.span.end <= n.span.start < death.span.start
                                             for n in sentence.of("NUMBER"))
    return False


_NEXT_COUNT = 24  # characters from a verb to the number it governs ("wounded at least one million")


def _counts_next(word: Mention, sentence: Sentence, doc: Document) -> bool:
    """Whether an injury word is the verb of the count after it, not the noun of the one before."""
    return any(0 <= n.span.start - word.span.end <= _NEXT_COUNT and not measures_time_or_distance(doc, n.span)
               and not _PREPOSITIONS.intersection(fold(doc.text[word.span.end:n.span.start]).split())
               for n in sentence.of("NUMBER"))


# "90 others wounded in two explosions": a number after a preposition counts something else
_PREPOSITIONS = frozenset(fold(w) for w in ("in", "by", "during", "from", "on", "after", "of", "في", "ب", "خلال",
                                            "جراء", "بسبب", "من"))


_SINCE_GAP = 3  # characters between "since" and the day it names
_PART_OF_DAY = re.compile(r"(?i)afternoon|evening|night|morning|dawn|midnight|yesterday")
_ONE_FIGHT_DAYS = 1  # "since yesterday", "since Wednesday afternoon" told on Thursday: one fight's hours


def _since_hours_ago(cue: Mention, sentence: Sentence, doc: Document) -> bool:
    """"killed in battles since Wednesday afternoon" (told on Thursday), "since yesterday": a fight of
    some hours, not a period's total; "since Monday" is days' toll."""
    if doc.quote(cue.span).lower() != "since" or doc.published is None:
        return False
    for date in sentence.of("DATE"):
        if 0 <= date.span.start - cue.span.end <= _SINCE_GAP and date.get("kind") == "relative" \
                and _PART_OF_DAY.search(doc.quote(date.span)):
            try:
                day = dt.date.fromisoformat(str(date.key)[:10])
            except ValueError:
                return False
            return 0 <= (doc.published - day).days <= _ONE_FIGHT_DAYS
    return False


def _aggregate_markers(sentence: Sentence, doc: Document) -> list[Span]:
    """Where the sentence speaks of a period or a total: aggregate cue words, "since"/range/year dates;
    not a month or a year that dates one incident ("In August last year another car bomb killed 27":
    an incident's toll told as background is no claim)."""
    singles = _singular_incidents(sentence, doc)
    cues = [m for m in sentence.cues("aggregate") if not _since_hours_ago(m, sentence, doc)
            and not _about_one_incident(m, singles, doc)]
    dates = [m for m in sentence.of("DATE") if m.get("kind") in ("since", "range", "year", "month")]
    if not cues and singles and all(m.get("kind") in ("year", "month") for m in dates):
        return []
    return [m.span for m in cues] + [m.span for m in dates]


_ONE_OF = frozenset({"a", "an", "another", "the"})
_INCIDENT_REACH = 40  # characters between "since" or "has claimed" and the incident it speaks of


def _singular_incidents(sentence: Sentence, doc: Document) -> list[Mention]:
    """Strong trigger words in the singular after an article: "another car bomb", "a suspected chemical attack"."""
    out = []
    for trigger in sentence.of("TRIGGER"):
        if trigger.get("weak") or doc.quote(trigger.span).endswith("s"):
            continue
        if _ONE_OF.intersection(text_before(doc, trigger.span, 30).split()[-3:]):
            out.append(trigger)
    return out


def _about_one_incident(cue: Mention, singles: list[Mention], doc: Document) -> bool:
    """"since a suspected chemical attack on Tuesday that killed 87", "A double bombing in Homs has claimed
    the lives of 18": the words speak of one incident (of ``singles``) and its toll, not of a period's total."""
    word = fold(doc.quote(cue.span)).strip()
    if word == "since":
        return text_after(doc, cue.span, 8).split()[:1] in (["a"], ["an"], ["the"]) and any(
            0 <= t.span.start - cue.span.end <= _INCIDENT_REACH for t in singles)
    if word == "has claimed":
        return any(0 <= cue.span.start - t.span.end <= _INCIDENT_REACH for t in singles)
    return False


_SHORT_PERIODS = frozenset(fold(w) for w in ("hours", "hour", "day", "days", "ساعة", "ساعات", "الساعات", "يومين",
                                              "ايام", "الايام", "يوم"))


def _short_window(sentence: Sentence, doc: Document) -> bool:
    """Whether the sentence's period is hours or days ("in less than 24 hours", "خلال الساعات الماضية")."""
    return any(_SHORT_PERIODS.intersection(fold(doc.quote(Span(m.span.start, m.span.end + 12))).split())
               for m in sentence.cues("aggregate"))


def _is_aggregate(sentence: Sentence, doc: Document) -> bool:
    return bool(_aggregate_markers(sentence, doc))


def _in_scope(number: Mention, markers: list[Span]) -> bool:
    """A total's period words stand near its number, not in another clause of a long sentence."""
    return any(_gap(number.span, marker) <= _SCOPE for marker in markers)


def _is_subtotal(number: Mention, sentence: Sentence, doc: Document) -> bool:
    before = text_before(doc, number.span, 16).strip()
    return any(before.endswith(cue) for cue in _SUBTOTAL)


# "بعد التصعيد الذي نفّذه المسلحون ضد قرى جورين وسلحب والقرداحة ... والذي أسفر عن 4 شهداء": the toll of
# an escalation, a run of attacks on several places, however far from its number the word stands
_ESCALATION = re.compile(fold(r"التصعيد (?:الذي|الاخير)|موجة التصعيد|escalation (?:that|which)|recent escalation"))
_ESCALATION_REACH = 400


def _tolls_an_escalation(number: Mention, sentence: Sentence, doc: Document) -> bool:
    return len({m.key for m in sentence.of("PLACE")}) > 1 \
        and _ESCALATION.search(text_before(doc, number.span, _ESCALATION_REACH)) is not None


def _claims_of(sentence: Sentence, whole: bool, doc: Document) -> list[tuple[str, Mention, bool]]:
    """Claims of a sentence, each with whether only its size makes it one (no period word near);
    totals count where period words are near, or anywhere when ``whole``."""
    out: list[tuple[str, Mention, bool]] = [("attacks", twice, True) for twice in _attacked_twice(sentence, doc)]
    numbers = sentence.of("NUMBER")
    if not numbers:
        return out
    markers = _aggregate_markers(sentence, doc)
    for number in numbers:
        aggregate = whole or _in_scope(number, markers) or _tolls_an_escalation(number, sentence, doc)
        if _is_year(number) or int(number.key) <= 1:
            continue
        if number.get("vague") and not aggregate and int(number.key) < _WAR_SCALE:
            continue
        metric = _metric_of(number, sentence, doc)
        war_scale = _war_scale(number, metric, sentence, doc)
        if number.get("vague") and not war_scale and (metric != "fatalities" or not _short_window(sentence, doc)):
            # "dozens killed in less than 24 hours" is ACLED's 12 dead in a day; "hundreds killed since
            # 2013" is the war's toll in a word, and "dozens of rockets" counts nothing
            continue
        if metric is None and out and _is_subtotal(number, sentence, doc):
            metric = out[-1][0]
        if metric is None:
            continue
        if metric == "fighters" and (int(number.key) < _MIN_FORCE or sentence.has_cue("death")
                                     or sentence.has_cue("injury")):
            continue
        if metric in _PERIOD_ONLY and (not aggregate or int(number.key) < _MIN_PROJECTILES):
            continue
        if metric == "attacks" and _counts_attacks_in_times(number, sentence, doc):
            out.append((metric, number, False))  # a count of several attacks by its very form
        elif (metric in _ALWAYS and int(number.key) >= _ALWAYS_MIN.get(metric, 2)) or aggregate:
            out.append((metric, number, False))
        elif war_scale:
            out.append((metric, number, True))
    return out


_WITH_THE_TOLL = 60  # characters from a toll to the count of wounded told with it


def injured_told_with(toll: Claim, sentences: list[Sentence], doc: Document) -> list[Claim]:
    """"6 citizens killed, 22 injured in attacks on Damascus, Aleppo and Idleb": when the toll of
    several places is kept as a claim, the wounded counted beside it are one too."""
    if toll.metric != "fatalities" or toll.evidence is None:
        return []
    span = toll.evidence.span
    sentence = next((s for s in sentences if s.span.covers(span)), None)
    if sentence is None:
        return []
    counts = [number for number in sentence.of("NUMBER")
              if 0 < number.span.start - span.end <= _WITH_THE_TOLL and not number.get("vague")
              and str(number.key).isdigit() and _metric_of(number, sentence, doc) == "injured"]
    if not counts:
        return []
    # "وإصابة 19 عسكرياً و13 مدنياً": the wounded counted in parts, side by side, add up
    parts = [counts[0]]
    for number in counts[1:]:
        between = fold(doc.text[parts[-1].span.end:number.span.start]).split()
        if len(between) > 3 or not any(w == "and" or w.startswith("و") for w in between):
            break
        parts.append(number)
    return [replace(toll, metric="injured", value=float(sum(int(n.key) for n in parts)),
                    evidence=Evidence(Span(parts[0].span.start, parts[-1].span.end), "claim.injured-with-toll"))]


def aggregate_sentences(doc: Document, sentences: list[Sentence] | None = None) -> set[int]:
    """Indices of sentences that state a total or statistic (these yield no event)."""
    global _last_aggregates
    sentences = sentences if sentences is not None else sentence_views(doc)
    # the claim and the event stages both ask, about the same sentences of the same text
    last = _last_aggregates
    if last is not None and last[0] is doc.text and last[1] == sentences:
        return set(last[2])
    found: set[int] = set()
    for sentence in sentences:
        strong = [m for m in sentence.of("TRIGGER") if not m.get("weak")]
        carried = sentence.index - 1 in found and not strong
        # a war's toll told in passing ("on day 24: ten thousand dead; the raids on Gaza go on")
        # leaves the incident of the sentence standing
        # ("لمرتين", "twice": two attacks counted beside the incident told, which stands)
        totals = [n for metric, n, by_size in _claims_of(sentence, carried, doc)
                  if metric in _TOTALS and not (by_size and strong) and n.rule != _TWICE_RULE]
        # The incident told in another clause of the same sentence still stands.
        if totals and (not strong or any(_gap(t.span, n.span) <= _SCOPE for t in strong for n in totals)):
            found.add(sentence.index)
    _last_aggregates = (doc.text, list(sentences), frozenset(found))
    return found


_last_aggregates: tuple[str, list[Sentence], frozenset[int]] | None = None


def _period(sentence: Sentence, doc: Document) -> str | None:
    for mention in sentence.of("DATE"):
        if mention.get("kind") in ("since", "range", "year", "month"):
            return doc.quote(mention.span)
    aggregate = sentence.cues("aggregate")
    return doc.quote(aggregate[0].span) if aggregate else None


def build_claims(doc: Document, resources: Resources) -> Document:
    """The claims of a document, one per (metric, value)."""
    sentences = sentence_views(doc)
    statistics = aggregate_sentences(doc, sentences)
    claims: dict[tuple[str, int], Claim] = {}
    for sentence in sentences:
        carried = sentence.index in statistics and not _is_aggregate(sentence, doc)
        for metric, number, _ in _claims_of(sentence, carried, doc):
            metric = _PERIOD_ONLY.get(metric, metric)
            key = (metric, int(number.key))
            if key in claims:
                continue
            # a name that is also a common word ("المحافظة") names the area only with a cue the claim lacks
            places = [m for m in sentence.of("PLACE") if not m.get("needs_cue")]
            source, _ = attribute(sentences, sentence.index)
            claims[key] = Claim(
                metric=metric,
                value=float(number.key),
                period=_period(sentence, doc),
                area=doc.quote(places[0].span) if places else None,
                attribution=source,
                evidence=Evidence(sentence.span, f"claim.{metric}"),
            )
    return replace(doc, claims=tuple(claims.values()))
