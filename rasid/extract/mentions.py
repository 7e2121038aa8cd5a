"""Stages that annotate a document before any event is built.

Owns ``annotate_sentences`` (sentence spans and document language) and
``annotate_mentions`` (places, actors, triggers, sources, cue words, dates and numbers
as ``Mention``s with original-text spans and sentence indices; and, as ``UNLISTED``
mentions, the names after a settlement word that no gazetteer entry covers). One
normalization pass feeds every matcher.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate

import ahocorasick

from rasid.extract import lexicon
from rasid.extract.resources import Resources
from rasid.model import Document, Mention, Place, Span, replace
from rasid.text.boilerplate import credit_spans, related_links_span, tag_list_spans
from rasid.text.dates import dateline, find_dates
from rasid.text.lang import document_language
from rasid.text.match import PhraseMatch
from rasid.text.normalize import Normalized, fold, fold_slice, normalize
from rasid.text.numbers import find_numbers
from rasid.text.segment import sentences

_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad|ath)[- ]")
_SITE_WORDS = frozenset(fold(w) for w in ("قاعدة", "base", "garrison"))
_PUBLICATION_LINE = re.compile(r"(?:date of publication|published(?: on)?|updated(?: on)?|تاريخ النشر)[:\s]*$",
                               re.IGNORECASE)
_ENGLISH_WORD_BEFORE = re.compile(r"^(?:at|as|an) (?=[A-Z])")
_DIRECTIONS = frozenset({"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
                         # words some gazetteer spells a village with, that English news uses otherwise
                         "division", "brigade", "battalion", "regiment", "army", "front", "camp", "station"})
# Countries beyond the gazetteer's reach whose English names some Syrian villages share
_FAR_COUNTRIES = frozenset({"qatar", "iran", "egypt", "yemen", "libya", "sudan", "kuwait", "oman", "bahrain",
                            "france", "germany", "russia", "china", "india", "pakistan", "afghanistan",
                            "britain", "america", "americas", "europe", "africa", "asia"})
_SHORT_LATIN = 5
_ADMIN_KINDS = frozenset({"governorate", "district", "subdistrict"})
_TAGGABLE = frozenset({"ACTOR", "PLACE", "TRIGGER", "CUE"})
_JOINED = 8  # characters (quotes, a short word) between a weak actor cue and the name it introduces


def annotate_sentences(doc: Document, resources: Resources) -> Document:
    """Sentence spans, the document language when the input did not say, and the publication
    date the text gives itself at its top when the input said none or another one (a feed's or a
    crawl's date is not the article's; "on Saturday" counts back from the article's)."""
    spans = sentences(doc.text)
    stated = dateline(doc.text)
    published = doc.published
    # (a page dated after its feed entry is the page's date: no feed lists a page before it is written)
    if stated is not None and (published is None or stated > published
                               or (published - stated).days > _DATELINE_SLACK_DAYS):
        published = stated
    return replace(doc, sentences=spans, lang=doc.lang or document_language(doc.text, spans), published=published)


_DATELINE_SLACK_DAYS = 1  # a page dated the day before its feed entry (time zones, late posting) is the same day


def annotate_mentions(doc: Document, resources: Resources) -> Document:
    """Every place, actor, trigger, source, cue, date and number in the text."""
    norm = normalize(doc.text)
    resources.scan.matches(norm.text)  # every matcher below reads this one pass
    starts = [s.start for s in doc.sentences]
    sources = [s for s in _phrases(norm, starts, resources.sources.find(norm), "SOURCE", "source")
               if not _acting(doc, s.span)]
    source_spans = _Spans(s.span for s in sources)
    found: list[Mention] = [m for m in _actors(doc, norm, starts, resources) if not source_spans.overlap(m.span)]
    # "قاعدة التنف", "Hmeimim base": a force named by its base still leaves the base a place
    taken = [m.span for m in found + sources if not _SITE_WORDS.intersection(fold(doc.quote(m.span)).split())]
    taken_spans = _Spans(taken)
    found += [m for m in _places(doc, norm, starts, resources) if not taken_spans.overlap(m.span)]
    # "موقعي الراهب والمرج", 'موقع "الراهب"': the head makes each name a site, over a village that only
    # shares a word with it
    duals = _dual_heads(doc, starts, resources,
                        _Spans(m.span for m in found if not (m.label == "PLACE" and m.get("needs_cue"))))
    duals += _quoted_sites(doc, starts, resources)
    if duals:
        dual_spans = _Spans(m.span for m in duals)
        found = [m for m in found if not (m.label == "PLACE" and dual_spans.overlap(m.span))] + duals
    spelled = _spelled_places(doc, starts, resources, [m.span for m in found],
                              [m.span for m in found if m.label == "PLACE"], _governorates_named(found, resources))
    if spelled:
        # "Kafar Hamra": a village's spelling holds another place's name ("Hamra"), which is no place here
        found = [m for m in found if not (m.label == "PLACE" and any(
            s.span.start <= m.span.start and m.span.end <= s.span.end for s in spelled))] + spelled
    known = _Spans(m.span for m in found)
    found += _unlisted_places(doc, starts, known, resources) + _latin_unlisted(doc, starts, known, resources)
    places = _Spans(m.span for m in found if m.label == "PLACE"
                    and (not m.get("needs_cue") or doc.text[m.span.start:m.span.start + 1].isupper()))
    # "Sarin" the town is no sarin gas: a word inside a place's name triggers nothing
    found += [m for m in _triggers(norm, starts, resources)
              if not (taken_spans.overlap(m.span) and _inside_name(m, taken)) and not places.overlap(m.span)]
    found += sources
    actor_spans = _Spans(m.span for m in found if m.label == "ACTOR")
    found += [m for m in _phrases(norm, starts, resources.cues.find(norm, longest=False), "CUE", "cue")
              if not (m.key == "injury" and _hits_a_target(doc.text, m.span))
              # "كتائب الشهيد عز الدين القسام": the martyr a group is named after died in no incident
              and not (m.key == "death" and actor_spans.overlap(m.span))
              and not (m.key == "aggregate" and _since_this_day(doc.text, m.span))]
    found += _phrases(norm, starts, resources.claim_units.find(norm), "CUE", "unit", prefix="unit:")
    found += _phrases(norm, starts, resources.countries.find(norm), "CUE", "country", prefix="country:")
    for match in find_dates(doc.text, doc.published, norm=norm):
        # "Date of publication 4 October 2016": the page's date, which dates no event
        kind = "publication" if _PUBLICATION_LINE.search(doc.text[max(0, match.span.start - 24):match.span.start]) \
            else match.kind
        found.append(Mention(match.span, "DATE", match.date.isoformat() if match.date else "", "dates",
                             _sentence(starts, match.span),
                             data=(("precision", match.precision), ("kind", kind),
                                   ("end", match.end.isoformat() if match.end else None))))
    for number in find_numbers(doc.text, norm=norm):
        found.append(Mention(number.span, "NUMBER", str(number.value), "numbers", _sentence(starts, number.span),
                             data=(("vague", number.vague), ("approximate", number.approximate))))
    furniture = tag_list_spans(doc.text) + credit_spans(doc.text)
    related = related_links_span(doc.text)
    if related is not None:
        furniture.append(related)
    if furniture:
        # a site's keyword list ("Tags Aleppo Russia ...") names no actor, place or incident of the story
        found = [m for m in found if not (m.label in _TAGGABLE and _inside_any(m.span, furniture))]
    dates = _Spans(m.span for m in found if m.label == "DATE")
    date_spans = [m.span for m in found if m.label == "DATE"]
    # "25 May 2024": the month is no "may" of a possibility; in "الـ9 من تشرين الأول" the day counts
    # nobody and the month is no village called Tishreen
    found = [m for m in found if not (_part_of_a_date(m) and dates.overlap(m.span)
                                      and any(d.covers(m.span) for d in date_spans))]
    found.sort(key=lambda m: (m.span.start, m.span.end))
    return replace(doc, mentions=tuple(found))


_TARGET_WORDS = frozenset(fold(w) for w in ("هدف", "هدفا", "الهدف", "أهداف", "أهدافها", "أهدافه", "الأهداف",
                                              "أهدافهم", "اهدافها", "أهدافاً", "هدفها", "هدفه"))


_THIS_DAY = ("dawn", "daybreak", "midnight", "this morning", "the morning", "morning", "early morning",
             "the early hours", "early this", "noon", "first light")


def _since_this_day(text: str, span: Span) -> bool:
    """"killed 21 since dawn": a day's toll told as it grows, no period's total."""
    return fold(text[span.start:span.end]) == "since" and fold(text[span.end:span.end + 24]).lstrip().startswith(_THIS_DAY)


def _hits_a_target(text: str, span: Span) -> bool:
    """"مؤكدة إصابة أهدافها": "إصابة" hits a target here; nobody is wounded."""
    after = fold(text[span.end:span.end + 16]).split()[:1]
    return bool(after) and after[0] in _TARGET_WORDS


def _sentence(starts: list[int], span: Span) -> int:
    """The sentence a mention belongs to, from the sentences' starts: each mention is made
    with it (a document has a hundred mentions; making them again would cost more)."""
    return max(0, bisect_right(starts, span.start) - 1)


def _part_of_a_date(mention: Mention) -> bool:
    return mention.label in ("NUMBER", "PLACE") or (mention.label == "CUE" and mention.key == "irrealis")


# "استهدف الجيش الإسرائيلي موقعاً", "the Israeli army shelled": a source of news that does the deed is its actor
_DEED_VERBS_BEFORE = frozenset(fold(w) for w in (
    "استهدف", "استهدفت", "قصف", "قصفت", "هاجم", "هاجمت", "شن", "شنت", "نفذ", "نفذت", "اغتال", "اغتالت", "اعتقل",
    "اعتقلت", "اقتحم", "اقتحمت", "دمر", "دمرت", "ضرب", "ضربت", "وقصف", "وقصفت", "واستهدف", "واستهدفت", "وشن", "وشنت"))


def _acting(doc: Document, span: Span) -> bool:
    before = fold(doc.text[max(0, span.start - 16):span.start]).split()[-1:]
    after = doc.text[span.end:span.end + 16].split()[:1]
    return bool(before) and before[0] in _DEED_VERBS_BEFORE or bool(after) and after[0] in lexicon.DEED_VERBS_EN


def _inside_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o.overlaps(span) for o in others)


class _Spans:
    """Spans to test other spans against: ``overlap(span)`` is ``_inside_any(span, spans)``
    with two bisections instead of a pass over all of them (the sorted starts, and the
    largest end among the spans up to each)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._ends = list(accumulate((end for _, end in ordered), max))

    def overlap(self, span: Span) -> bool:
        # the spans starting before ``span`` ends overlap it if one of them ends after it starts
        at = bisect_left(self._starts, span.end)
        return at > 0 and self._ends[at - 1] > span.start


# --- places no gazetteer lists ------------------------------------------------------------

_SETTLEMENT_WORD = re.compile(
    r"(?<![\u0621-\u064a])(?:وب|و|ب|ل)?(" + "|".join(
        sorted((re.escape(w).replace("ا", "[اأإ]", 1) if w.startswith("ا") else re.escape(w)
                for w in lexicon.SETTLEMENT_WORDS_AR + lexicon.SETTLEMENTS_WORDS_AR), key=len, reverse=True))
    + r")(?![\u0621-\u064a])")
_SEVERAL = frozenset(fold(w) for w in lexicon.SETTLEMENTS_WORDS_AR)
_HEADS = frozenset(fold(w) for w in lexicon.TOPONYM_HEADS_AR)
_NOT_TOPONYMS = frozenset(fold(w) for w in lexicon.NOT_TOPONYMS_AR + lexicon.SETTLEMENT_WORDS_AR
                          + lexicon.SETTLEMENTS_WORDS_AR)
_TOKEN = re.compile(r"\s*([\u0621-\u064a\u0640\u064b-\u0652]+)([^\s\u0621-\u064a\u0640\u064b-\u0652]*)")
_MAX_LISTED = 5  # names after one plural settlement word ("بلدات X وY وZ")
_PROCLITIC_LENGTH = 2  # the longest of _SETTLEMENT_WORD's


def _settlement_word_automaton() -> ahocorasick.Automaton:
    """The words of ``_SETTLEMENT_WORD`` in every spelling it takes, each with its length."""
    automaton = ahocorasick.Automaton()
    for word in lexicon.SETTLEMENT_WORDS_AR + lexicon.SETTLEMENTS_WORDS_AR:
        for spelling in {word} | ({alef + word[1:] for alef in "اأإ"} if word.startswith("ا") else set()):
            automaton.add_word(spelling, len(spelling))
    automaton.make_automaton()
    return automaton


_SETTLEMENT_WORDS = _settlement_word_automaton()


def _settlement_words(text: str) -> Iterator[re.Match[str]]:
    """``_SETTLEMENT_WORD.finditer(text)``, the pattern tried only where a match may start: at most
    a proclitic's length before one of its words that ends a written word (the search tries every
    offset of the text, which holds a few of those words at most)."""
    size = len(text)
    starts: set[int] = set()
    for end_index, length in _SETTLEMENT_WORDS.iter(text):
        end = end_index + 1
        if end == size or not "\u0621" <= text[end] <= "\u064a":
            start = end - length
            starts.update(range(max(0, start - _PROCLITIC_LENGTH), start + 1))
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        match = _SETTLEMENT_WORD.match(text, start)
        if match is not None:
            yield match
            done = match.end()


def _unlisted_places(doc: Document, starts: list[int], known: _Spans, resources: Resources) -> list[Mention]:
    """"بلدة الحصان": a name after a settlement word that no gazetteer entry or actor covers.

    The name is kept (label ``UNLISTED``, key its fold) so that an event there is told at that
    name and coded at the governorate or district the text places it in. A plural or dual word
    ("بلدتي الحصان والعزبة") names every item of the list after it.
    """
    out: list[Mention] = []
    text = doc.text
    for cue in _settlement_words(text):
        several = fold(cue.group(1)) in _SEVERAL
        at, first = cue.end(), True
        for _ in range(_MAX_LISTED if several else 1):
            name = _toponym_at(text, at, first, known)
            if name is None:
                break
            span, at, stopped = name
            # "بلدة خان طومان" read as "طومان": the word before a listed name is part of it
            runs_on = not stopped and known.overlap(Span(span.end, span.end + 2))
            if not known.overlap(span) and not runs_on and not resources.gazetteer.lookup(text[span.start:span.end]):
                out.append(Mention(span, "UNLISTED", fold(text[span.start:span.end]), "cue",
                                   _sentence(starts, span)))
            first = False
            if stopped:
                break
    return out


# "the village of Tal Shaeer", "the towns of Kafr Nabudah and Hbeit": an English name after "of"
_LATIN_HEADS = ("Tal", "Tel", "Tell", "Tall", "Deir", "Dayr", "Ain", "Ayn", "Kafr", "Kfar", "Jisr", "Khan", "Abu", "Umm",
                "Beit", "Bayt", "Bab", "Ras", "Khirbet", "Khirbat", "Maarat", "Maaret", "Jabal", "Jebel", "Wadi",
                "Sheikh", "Bir", "Qasr", "Marj", "Bani", "Beni", "Arab", "Hosh", "Mazraat", "Qalaat", "Al", "El",
                "Karam", "Tareeq", "Tariq", "Hay", "Harat", "Souq", "Kafar", "Kfr", "Housh", "Hawsh", "Urm", "Orm",
                "Jubb", "Jub", "Karm", "Ard", "Mashhad", "Bustan", "Hayy", "Maarrat", "Dahiyet", "Tal'at", "Nahr",
                "Rahbet", "Rahbat", "Dahret", "Dahrat", "Daret", "Darat", "Qaryat", "Tallet", "Ein")
# One word, or a toponym's head and its next word ("Tal Zaqqumiyat"), or words joined by "al" ("Urum al Kubra")
_LATIN_NAME = (r"(?:(?:(?:" + "|".join(_LATIN_HEADS) + r") )(?:(?:al|el|Al|El)-)?[A-Z][\w'-]+"
               r"(?: (?:al|el) [A-Z][\w'-]+| (?:al|el)-[A-Za-z][\w'-]+)?"
               # "Tayyebet Alimam": a name's second word with the article glued to it (not "Aleppo")
               r"|(?:(?:al|el|Al|El)-)?[A-Z][\w'-]+(?: (?:al|el) [A-Z][\w'-]+| (?:al|el)-[A-Za-z][\w'-]+"
               r"| Al(?!eppo)[a-z]{3,}\b)?)")
_LATIN_SETTLEMENT = re.compile(
    r"\b(?:village|town|city|neighbou?rhood|district|camp|area|front|surrounding|outskirt|ax(?=es))(e?s)? of\s+("
    + _LATIN_NAME + r")"
    r"((?:(?:,| and|) " + _LATIN_NAME + r")*)")  # (pages that drop commas list names with spaces alone)
_LATIN_ITEM = re.compile(_LATIN_NAME)
# "hitting al-Aziziyeh and al-Sayyed Ali Moghambo and Zaharaa neighborhoods": the unit after a list
_UNIT_WORDS = (" neighbo", " villages", " towns", " districts")
_LATIN_LIST_OF_UNITS = re.compile(
    r"(" + _LATIN_NAME + r"(?:(?:,| and|) " + _LATIN_NAME + r")+) (?:neighbou?rhoods|villages|towns|districts)\b")
# "in al-Shrafiyeh neighborhood": one name with the article or a toponym's head, then its unit
_LATIN_NAME_THEN_UNIT = re.compile(
    r"\b((?:(?:al|el|Al|El)-[A-Z][\w'-]+|(?:" + "|".join(_LATIN_HEADS) + r") [A-Z][\w'-]+))"
    r" (?:neighbou?rhood|district|quarter)\b")
_UNIT_WORD_ONE = (" neighbo", " district", " quarter")
# Capitalised words after "the city of" that name no village: countries and their possessives
_NOT_LATIN_TOPONYMS = frozenset({"syria", "syrias", "syria's", "iraq", "lebanon", "turkey", "jordan", "israel",
                                 "palestine", "iran", "russia", "the"})


def _latin_unlisted(doc: Document, starts: list[int], known: _Spans, resources: Resources) -> list[Mention]:
    out: list[Mention] = []
    if not _CAPITAL.search(doc.text):
        return out  # every name holds a capital (most texts are Arabic: quicker to tell than by the search)
    # (the search is slow where it finds nothing: most texts lack the words it ends with)
    lists = [[Span(match.start(1) + m.start(), match.start(1) + m.end()) for m in _LATIN_ITEM.finditer(match.group(1))]
             for match in _LATIN_LIST_OF_UNITS.finditer(doc.text)] if any(w in doc.text for w in _UNIT_WORDS) else []
    if any(w in doc.text for w in _UNIT_WORD_ONE):
        lists += [[Span(match.start(1), match.end(1))] for match in _LATIN_NAME_THEN_UNIT.finditer(doc.text)]
    for match in _LATIN_SETTLEMENT.finditer(doc.text):
        spans = [Span(match.start(2), match.end(2))]
        if match.group(1) and match.group(3):
            spans += [Span(match.start(3) + m.start(), match.start(3) + m.end())
                      for m in _LATIN_ITEM.finditer(match.group(3))]
        lists.append(spans)
    for span in sorted({span for spans in lists for span in spans}):
        name = doc.text[span.start:span.end]
        first = name.split()[0].lower()
        if not known.overlap(span) and not resources.gazetteer.lookup(name) and first not in _DIRECTIONS \
                and first not in _NOT_LATIN_TOPONYMS and first not in _NOT_NAMES:
            out.append(Mention(span, "UNLISTED", fold(name), "cue", _sentence(starts, span)))
    return out


def _toponym_at(text: str, at: int, first: bool, known: _Spans) -> tuple[Span, int, bool] | None:
    """The name starting at ``at`` (after a settlement word, or "و" in a list), where it ends, and
    whether punctuation closes it; None when the words there name nothing."""
    word = _TOKEN.match(text, at)
    if word is None:
        return None
    start, end = word.start(1), word.end(1)
    if not first:
        if not text[start:end].startswith("و"):
            return None
        start += 1  # "والعزبة": the next name of the list
    head = fold(text[start:end])
    if head in _NOT_TOPONYMS or (head.startswith("و") and head[1:] in _NOT_TOPONYMS) \
            or len(head.removeprefix("ال")) < 3:
        return None
    stopped = bool(word.group(2))
    glued = text.find("ة", start, end - 1)
    if glued != -1:
        # "الملاجةفي": a ta marbuta ends its word, so the text lost a space after it
        return (Span(start, glued + 1), glued + 1, True) if glued + 1 - start > 3 else None
    if not stopped:
        # "دير حافر", "عيتا الشعب": a toponym's head takes the next word; any name takes a second
        # word with the article that no list calls an adjective or a place of its own
        second = _TOKEN.match(text, end)
        if second is not None:
            word = fold(second.group(1))
            if word not in _NOT_TOPONYMS and (head in _HEADS or (word.startswith("ال") and len(word) > 4
                                                                 and not known.overlap(Span(second.start(1), second.end(1))))):
                end, stopped = second.end(1), bool(second.group(2))
    return Span(start, end), end, stopped


_WEAPON_TYPES = frozenset({lexicon.AIR, lexicon.SHELLING, lexicon.IED, lexicon.SUICIDE})
_CROWD_TYPES = frozenset({lexicon.PEACEFUL, lexicon.VIOLENT_DEMO, lexicon.MOB})


def _inside_name(trigger: Mention, names: Iterable[Span]) -> bool:
    """Inside an actor's name ("هيئة تحرير الشام"), except a weapon or attack word the name opens or
    ends with ("الطيران الروسي", "Israeli jets", "العدوان الأميركي")."""
    span = trigger.span
    if trigger.key in _CROWD_TYPES:
        return False  # "protesters", "المتظاهرون": the word names both the crowd and the event
    attack_word = trigger.key in _WEAPON_TYPES or trigger.get("phrase") in lexicon.GENERIC_ATTACK
    return any(o.covers(span) and not (attack_word and (o.start == span.start or o.end == span.end))
               for o in names)


def _span(norm: Normalized, match: PhraseMatch) -> Span:  # type: ignore[type-arg]
    return norm.span_to_original(match.start, match.end)


def _actors(doc: Document, norm: Normalized, starts: list[int], resources: Resources) -> list[Mention]:
    """Actor mentions; a weak cue ("التنظيم") right before a named group is part of its name."""
    matches = resources.actors.find(norm, on=doc.published)
    out = _unknown_groups(norm, starts, resources, matches)
    named = {m.entry.name for m in matches if not _anaphoric(norm, m)}
    for i, match in enumerate(matches):
        following = matches[i + 1] if i + 1 < len(matches) else None
        if match.weak and following is not None and _introduces(norm, match, following):
            continue
        preceding = matches[i - 1] if i > 0 else None
        if match.weak and preceding is not None and not preceding.weak and 0 <= match.start - preceding.end <= 1 \
                and norm.text[match.start:match.end].isascii():
            # "Islamic State militants", "HTS fighters": the word only says what they are (in Arabic
            # the same order is verb-subject-object: "قصف الجيش مسلحين")
            continue
        span = norm.span_to_original(match.start, match.end)
        if match.weak and _dateline(doc.quote(span)):
            continue  # "MOSCOW (Sputnik)": where the story was filed, not Russia acting
        if _system_not_regime(doc, span) or _hamas_for_hamas(doc, span):
            continue
        if match.entry.name not in named:
            continue  # "في صفوف التنظيم" in an article that never names IS means the group just named
        entry = match.entry
        flagged = _foreign_flag(doc, span, entry.name) or _scare_quoted_army(doc, span, entry.name)
        if flagged is not None:
            entry = resources.actors.lookup(flagged, doc.published) or entry
        out.append(Mention(span, "ACTOR", entry.name, "actors.catalog", _sentence(starts, span),
                           data=(("generic", match.generic), ("inter", entry.inter), ("kind", entry.kind),
                                 ("weak", match.weak))))
    return out


# "للدفاع الجوي الإسرائيلي", "سلاح الجو الأميركي": a Syrian force's common name with another state's flag
# after it is that state's force
_FOREIGN_FLAGS = {fold(adjective): force for force, adjectives in lexicon.NATIONALITY_FORCES.items()
                  if force.startswith("Military Forces of") for adjective in adjectives}


def _foreign_flag(doc: Document, span: Span, name: str) -> str | None:
    if not name.startswith("Military Forces of Syria"):
        return None
    following = fold_slice(doc.text, span.end, span.end + 16).split()[:1]
    return _FOREIGN_FLAGS.get(following[0].strip("\"'،,.")) if following else None


def _scare_quoted_army(doc: Document, span: Span, name: str) -> str | None:
    """'"الجيش"', '"جيش" الاحتلال': the army a writer puts in quotation marks is Israel's, whose
    name as an army the outlet will not grant."""
    if name != "Military Forces of Syria (2000-2024)" or fold(doc.quote(span)) not in _BARE_ARMY:
        return None
    quoted = doc.text[span.start - 1:span.start] in _QUOTES and doc.text[span.end:span.end + 1] in _QUOTES
    return "Military Forces of Israel" if quoted and span.start > 0 else None


_BARE_ARMY = frozenset(fold(w) for w in ("الجيش", "جيش", "والجيش", "للجيش"))


# "the organisation", "the commission", "the party": they name a group only where the article named it
_ANAPHORS = frozenset(fold(w) for w in ("التنظيم", "الهيئة", "الحزب"))


_OF_WORDS = frozenset({"of", "the", "so-called", "so", "called", "من", "في", "ما", "يسمى", "يعرف", "ب"})
# "terrorists affiliated to al-Nusra", "الشرطة العسكرية التابعة لقسد": the group they belong to is who
# they are, unless it is a state or a patron named loosely ("الفصائل التابعة لتركيا" are no Turkish army)
_BELONGING_WORDS = frozenset({"affiliated", "to", "with", "linked", "loyal", "belonging", "تابعين", "التابعين",
                              "تابعة", "التابعة", "تابع", "التابع", "ل"})
_OF_OR_BELONGING = _OF_WORDS | _BELONGING_WORDS
_QUOTES = "\"'«»“”"


def _introduces(norm: Normalized, cue: PhraseMatch, name: PhraseMatch) -> bool:  # type: ignore[type-arg]
    """"التنظيم "داعش"", "militants of the so-called Jaysh al-Islam": a weak cue that only
    introduces the name after it."""
    gap = norm.text[cue.end:name.start]
    if len(gap) <= _JOINED:
        return True
    # (the gap may run for paragraphs: its words are read only as far as they all qualify)
    words = gap.split()
    if all(w.strip(_QUOTES) in _OF_WORDS for w in words):
        return True
    return all(w.strip(_QUOTES) in _OF_OR_BELONGING for w in words) and not name.weak \
        and name.entry.inter not in (1, 8)


def _dateline(quote: str) -> bool:
    return len(quote) > 3 and quote.isupper()


def _anaphoric(norm: Normalized, match: PhraseMatch) -> bool:  # type: ignore[type-arg]
    """"التنظيم", "عناصر التنظيم": the alias only refers back to a group named elsewhere."""
    words = norm.text[match.start:match.end].split()
    return bool(words) and words[-1] in _ANAPHORS


_REGIME_WORDS = frozenset({"النظام", "نظام"})
_REGIME_ADJECTIVES = frozenset({"السوري", "الاسدي", "البائد", "السابق"})


def _system_not_regime(doc: Document, span: Span) -> bool:
    """"النظام الصحي", "النظام الدولي": a system, not the regime; "النظام السوري" stays."""
    if fold_slice(doc.text, span.start, span.end) not in _REGIME_WORDS:
        return False
    following = fold_slice(doc.text, span.end, span.end + 20).split()[:1]
    return bool(following) and following[0].startswith("ال") and following[0].endswith(("ي", "يه")) \
        and following[0] not in _REGIME_ADJECTIVES


# "in Hamas northwestern countryside": Hama's, its apostrophe lost (some news files strip them)
_OF_A_PROVINCE = re.compile(r"\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+)?"
                            r"(?:countryside|province|city|governorate|outskirts|suburbs|hinterland)\b")


def _hamas_for_hamas(doc: Document, span: Span) -> bool:
    return doc.text[span.start:span.end] == "Hamas" and _OF_A_PROVINCE.match(doc.text, span.end) is not None


def _unknown_groups(norm: Normalized, starts: list[int], resources: Resources,
                    matches: list) -> list[Mention]:  # type: ignore[type-arg]
    """Named groups no catalogue lists ("ميليشيا القاطرجي"), kept under a normalized English name."""
    return [Mention(span, "ACTOR", name, "actors.unknown_group", _sentence(starts, span),
                    data=(("generic", False), ("inter", 3), ("kind", "militia"), ("weak", False)))
            for start, end, name in resources.actors.find_unknown_groups(norm, matches=matches)
            for span in (norm.span_to_original(start, end),)
            # '"جيش" الاحتلالبمقتل': the occupation's army, its word glued to the next, is no new group
            if _OCCUPATION not in norm.text[start:end]]


_OCCUPATION = fold("الاحتلال")


def _direction_then_name(name: str, candidates: Sequence[Place]) -> bool:
    """"eastern Ghouta": a region's name whose direction word English writes in lower case (but
    "eastern Deir el-Zour" is no village called Eastern Deir)."""
    first, _, rest = name.partition(" ")
    return first in _DIRECTIONS and rest[:1].isupper() and any(p.kind == "region" for p in candidates)


def _places(doc: Document, norm: Normalized, starts: list[int], resources: Resources) -> list[Mention]:
    """Place mentions; a Latin-script name must be capitalised, as names are in English."""
    out = []
    for match in resources.gazetteer.find(norm):
        span = norm.span_to_original(match.start, match.end)
        surface = doc.text[span.start:span.end]
        english_word = _ENGLISH_WORD_BEFORE.match(surface)
        if english_word:  # "at Tanf" matched as the spelling "At-Tanf": the place starts after "at"
            span = Span(span.start + english_word.end(), span.end)
            surface = surface[english_word.end():]
        name = (_ARTICLE.sub("", surface) or surface) if surface[:1].isascii() else surface  # (the article is Latin)
        if name[0].isascii() and name[0].isalpha():
            if not name[0].isupper() and not _direction_then_name(name, match.candidates) or name.lower() in _DIRECTIONS:
                continue  # "in Western Hama", "Division 30": a direction or a unit, not a village of that spelling
            if len(name) < _SHORT_LATIN and name == surface and not english_word and name in _LATIN_HEADS \
                    and all(p.kind not in _ADMIN_KINDS for p in match.candidates):
                continue  # "Tall", "Khan": a word of a longer name more often than a place; "al-Tanf" is a name
        if "\u064b" in doc.text[span.start:span.end + 1]:
            continue  # "لزاماً": a name never takes the accusative tanween; a word does
        if name[:1].isupper() and name.lower() in _FAR_COUNTRIES:
            continue  # "Qatar Red Crescent": the Gulf state, not the Syrian village of that name
        if _describes_a_round(doc.text, span):
            continue  # "القنابل المضيئة": flares, not the village of al-Mudiya
        if _after_kunya(doc.text, span):
            continue  # "أبي هليل الفدعاني": a man called after his son, not the village of that name
        if _a_title_of_office(doc.text, span):
            continue  # "السفيرة السويدية": the Swedish ambassador, not the town of al-Safira
        if _guardians_of(doc.text, span):
            continue  # "درع حماة الولاية", "حماة الديار": guardians of something, not the city of Hama
        if _arenas(doc.text, span):
            continue  # "واحداً من الميادين الهامة": one of the arenas, not the town of al-Mayadin
        if _in_handle_or_link(doc.text, span) or _names_an_organisation(doc.text, span) \
                or _ends_a_personal_name(doc.text, span) or _starts_a_personal_name(doc.text, span) \
                or _dateline_place(doc.text, span) \
                or _names_the_outlet(doc.text, span) \
                or name.lower().removeprefix("al-").removeprefix("al ") in _PERSONAL_NAMES:
            continue
        ids = tuple(p.place_id for p in match.candidates)
        out.append(Mention(span, "PLACE", ids[0], "gazetteer", _sentence(starts, span),
                           data=(("candidates", ids), ("needs_cue", match.needs_cue))))
    return out


# 'موقع "الراهب"', 'ثكنة "راميم"': the quotation marks part the head from the name of a post the
# gazetteer knows as "موقع الراهب", which alone may be no place or a village's name
_QUOTED_SITE = re.compile(r"(?<!\w)[وبل]?(موقع|ثكنة|مستوطنة|مستعمرة|قاعدة|تلة)\s*[\"«“]\s*([^\"»”\n]{2,30}?)\s*[\"»”]")


def _quoted_sites(doc: Document, starts: list[int], resources: Resources) -> list[Mention]:
    out: list[Mention] = []
    if '"' not in doc.text and "«" not in doc.text and "“" not in doc.text:
        return out
    for quoted in _QUOTED_SITE.finditer(doc.text):
        sites = resources.gazetteer.lookup(f"{quoted.group(1)} {quoted.group(2)}")
        if sites:
            span = Span(quoted.start(2), quoted.end(2))
            ids = tuple(p.place_id for p in sites)
            out.append(Mention(span, "PLACE", ids[0], "gazetteer", _sentence(starts, span),
                               data=(("candidates", ids), ("needs_cue", False))))
    return out


# "حقلي كونيكو والعمر", "قاعدتي الشدادي وخراب الجير": a dual head names each site of the pair,
# "العمر" alone being no place (the word "age")
_DUAL_HEADS = {"حقلي": "حقل", "قاعدتي": "قاعدة", "مطاري": "مطار", "مخيمي": "مخيم", "معبري": "معبر",
               "موقعي": "موقع", "ثكنتي": "ثكنة"}
_DUAL_PAIR = re.compile(r"(?<!\w)(" + "|".join(_DUAL_HEADS) + r")[\u064e]?\s+[\"«]?([^\s\"»،,.]+(?: [^\s\"»،,.و][^\s\"»،,.]*)?)"
                        r"[\"»]?\s*،?\s*و[\"«]?([^\s\"»،,.]+(?: [^\s\"»،,.و][^\s\"»،,.]*)?)")


def _dual_heads(doc: Document, starts: list[int], resources: Resources, known: _Spans) -> list[Mention]:
    out: list[Mention] = []
    if not any(head in doc.text for head in _DUAL_HEADS):
        return out  # (most texts: quicker to tell than by the search, which tries every offset)
    for pair in _DUAL_PAIR.finditer(doc.text):
        head = _DUAL_HEADS[pair.group(1)]
        for group in (2, 3):
            words = pair.group(group).split()
            # the longest of "X Y" and "X" that the head makes a known site
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                places = resources.gazetteer.lookup(f"{head} {name}")
                if places:
                    start = pair.start(group)
                    span = Span(start, start + len(name))
                    if not known.overlap(span):
                        ids = tuple(p.place_id for p in places)
                        out.append(Mention(span, "PLACE", ids[0], "gazetteer", _sentence(starts, span),
                                           data=(("candidates", ids), ("needs_cue", False))))
                    break
    return out


_ORGANISATION_NOUNS = frozenset({"party", "movement", "front", "brigade", "brigades", "battalion", "agency", "red",
                                  "street", "square",
                                  "council", "university", "club", "channel", "newspaper", "radio", "hospital",
                                  "school", "mosque", "stadium", "hotel", "brigade's", "news", "tv", "television",
                                  "network"})


def _ends_a_personal_name(text: str, span: Span) -> bool:
    """"Dawood Suleiman al-Shaher", "Ahmad Jarba": a name after a given name (or any capitalised
    word, for an "al-" name) is a family name."""
    before = text[max(0, span.start - 20):span.start].split()[-1:]
    if not before or not before[0].isalpha():
        return False
    if before[0].lower() in _GIVEN_NAMES:
        return True
    after = text[span.end:span.end + 12].split()[:1]
    if after and after[0].strip(",") in _SPEECH_VERBS and before[0][:1].isupper() and before[0] not in _SENTENCE_OPENERS:
        return True  # "Najib Ansari said": a person speaks, a village does not
    return text[span.start:span.start + 3].lower() == "al-" and before[0][:1].isupper() \
        and before[0] not in _SENTENCE_OPENERS


def _starts_a_personal_name(text: str, span: Span) -> bool:
    """"Qasim Halabouni", "Ali Ghanem": a given name that is also a village's, before a capitalised word, is a man."""
    if text[span.start:span.end].lower() not in _GIVEN_NAMES:
        return False
    after = [w.rstrip(",.;:") for w in text[span.end:span.end + 24].split()[:1]]
    return bool(after) and after[0][:1].isupper() and after[0].isalpha() and text[span.end:span.end + 1] == " " \
        and after[0].lower() not in _ORGANISATION_NOUNS


_GIVEN_NAMES = frozenset({
    "ahmad", "ahmed", "mohammed", "muhammad", "mohammad", "mohamed", "ali", "hassan", "hasan", "hussein",
    "husein", "omar", "umar", "khaled", "khalid", "abdel", "abdul", "abdullah", "bashar", "hafez", "rami",
    "maher", "mustafa", "mostafa", "ibrahim", "mahmoud", "youssef", "yusuf", "salim", "saleh", "fadi", "samir",
    "walid", "nasr", "hadi", "riad", "riyad", "ayman", "adnan", "faisal", "fayez", "jamil", "talal", "hazem",
    "mikhail", "sergei", "john", "james", "president", "minister", "sheikh", "general", "commander", "chief",
    "najib", "nabil", "anas", "osama", "usama", "mazen", "bassam", "hamza", "firas", "ghassan", "ziad", "tariq",
    "tarek", "wael", "yasser", "jihad", "zakaria", "majid", "majed", "nizar", "fawaz", "marwan", "qasim", "qassem",
    "kassem", "jassem", "jasim", "malik", "ammar", "amer", "karim", "bilal", "hisham", "imad", "jamal", "sami",
    "shadi", "suhail", "suheil", "yahya", "zaher", "raed", "mohannad", "muhannad",
    # titles: "Dr Ammar al-Assad said"
    "dr", "mr", "mrs", "ms"})
_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "stated", "explained", "reported"})


_SENTENCE_OPENERS = frozenset({"In", "At", "Near", "On", "From", "To", "The", "And", "Of"})


# Latin-script names that news uses for people far more than for the villages that bear them
_PERSONAL_NAMES = frozenset({"assad", "bashar", "nasrallah", "baghdadi", "julani", "jolani", "erdogan", "putin",
                             "rania"})


# The outlet Al Mayadeen shares its name with the town of al-Mayadin: after a verb of telling
# ("مصادر ميدانية تفيد الميادين", "قالت للميادين"), or as "الميادين نت", the name is the outlet's.
_OUTLET_NAMES = frozenset(fold(w) for w in ("الميادين", "للميادين"))
_TELLING = frozenset(fold(w) for w in ("تفيد", "يفيد", "أفادت", "أفاد", "قالت", "قال", "أكدت", "أكد", "كشفت",
                                       "كشف", "ذكرت", "ذكر", "أبلغت", "أبلغ", "تقول", "يقول", "أوضحت", "أوضح",
                                       "صرحت", "صرح", "وتفيد", "ويفيد", "وأفادت", "وأفاد", "وقالت", "وقال"))


# In English: "TV station al-Mayadeen", "told al-Mayadeen", "in separate comments to al-Mayadeen"
_OUTLET_NAMES_EN = frozenset({"al-mayadeen", "al mayadeen", "almayadeen", "mayadeen"})
_TELLING_EN = frozenset({"told", "station", "channel", "network", "broadcaster", "television"})
# "according to the Al Mayadeen broadcaster", "Al-Mayadeen TV reported"
_OUTLET_AFTER_EN = frozenset({"broadcaster", "tv", "television", "channel", "network", "news", "reported",
                              "correspondent", "reporter", "website"})
_SPEAKING_EN = frozenset({"interview", "interviews", "comments", "remarks", "speaking", "spoke", "said"})


def _names_the_outlet(text: str, span: Span) -> bool:
    if text[span.start:span.end].lower() in _OUTLET_NAMES_EN:
        before = text[max(0, span.start - 40):span.start].lower().replace(",", " ").split()
        after = text[span.end:span.end + 16].lower().replace("'s", " ").split()[:1]
        return bool(after) and after[0].strip(".,;:\"'") in _OUTLET_AFTER_EN or bool(before) and (
            before[-1] in _TELLING_EN or before[-1] in ("to", "with") and bool(_SPEAKING_EN.intersection(before[-4:-1])))
    if fold(text[span.start:span.end]) not in _OUTLET_NAMES:
        return False
    before = fold(text[max(0, span.start - 16):span.start]).replace("،", " ").split()[-1:]
    return bool(before) and before[0] in _TELLING or fold(text[span.end:span.end + 4]).strip().startswith("نت")


# "حماة" is also the plural of "guardian": "حماة الديار" (the army's anthem), "حماة الثغور" (a border guard)
_GUARDED = frozenset(fold(w) for w in ("الديار", "الولاية", "الوطن", "الثغور", "الحدود", "الاقصى", "العقيدة",
                                       "الحمى", "الارض", "السماء", "الحق"))


def _guardians_of(text: str, span: Span) -> bool:
    if fold(text[span.start:span.end]) != fold("حماة"):
        return False
    after = fold(text[span.end:span.end + 16]).split()[:1]
    return bool(after) and after[0].strip("\"'«»“”،,.") in _GUARDED


# "الميادين" is also the plural of "ميدان" (square, arena, field): "one of the arenas", "the public
# squares" (an adjective agreeing with a plural) is no town.
_ARENAS = frozenset(fold(w) for w in ("الميادين",))
_ONE_OF = frozenset(fold(w) for w in ("واحدا", "واحدة", "احد", "أحد", "احدى", "إحدى", "بعض", "كل", "جميع", "مختلف"))


def _arenas(text: str, span: Span) -> bool:
    if fold(text[span.start:span.end]).lstrip("وبلف") not in _ARENAS:
        return False
    before = fold(text[max(0, span.start - 20):span.start]).split()[-2:]
    after = fold(text[span.end:span.end + 16]).split()[:1]
    agreeing = bool(after) and after[0].startswith("ال") and after[0].endswith(("ة", "ه", "ات"))
    return agreeing or bool(_ONE_OF.intersection(before))


# Town names that are also titles of office: followed by a country's adjective or "لدى"
# ("accredited to") they name a person.
_OFFICE_HOMONYMS = frozenset(fold(w) for w in ("السفيرة", "سفيرة", "الأمير", "الامير", "القاضي"))


def _a_title_of_office(text: str, span: Span) -> bool:
    if fold(text[span.start:span.end]) not in _OFFICE_HOMONYMS:
        return False
    after = fold(text[span.end:span.end + 24]).split()[:1]
    return bool(after) and (after[0] == "لدى" or (after[0].startswith("ال") and after[0].endswith(("يه", "ية", "ي"))))


def _dateline_place(text: str, span: Span) -> bool:
    """"DAMASCUS (Sputnik) -", "Last updated at Jun 142016 BEIRUT A Daesh ...": where the story was
    filed, not where it happened."""
    quote = text[span.start:span.end]
    if len(quote) <= 3 or not quote.isupper():
        return False
    before = text[max(0, span.start - 12):span.start].split()[-1:]
    # (but "... 2017 KHAN SHEIKHUN Syria A suspected chemical attack": filed from the very town)
    return text[span.end:span.end + 3].lstrip().startswith(("(", "-", "—", "–")) or (
        bool(before) and before[0][-4:].isdigit() and len(before[0]) >= 4
        and not text[span.end:span.end + 7].lstrip().startswith("Syria"))


_KUNYA = frozenset(fold(w) for w in ("أبو", "أبي", "أبا", "ابن", "بن", "أم", "Abu", "Abi"))


_ROUNDS = frozenset(fold(w) for w in ("القنابل", "قنابل", "القذائف", "قذائف", "الصواريخ", "صواريخ"))


def _describes_a_round(text: str, span: Span) -> bool:
    if fold(text[span.start:span.start + 2]) != "ال":
        return False  # (most names: two letters are folded from memory, the words before are not)
    before = fold(text[max(0, span.start - 12):span.start]).split()[-1:]
    return bool(before) and before[0] in _ROUNDS


def _after_kunya(text: str, span: Span) -> bool:
    if not text[span.start - 1:span.start].isspace():
        return False
    before = text[max(0, span.start - 8):span.start].split()[-1:]
    return bool(before) and fold(before[0]) in _KUNYA


def _names_an_organisation(text: str, span: Span) -> bool:
    """"the Baath party", "Raqqa Radio", "the Istanbul-based coalition": an English place name that
    begins an organisation's name or says where it sits."""
    if not text[span.start:span.start + 1].isascii():
        return False
    if text[span.end:span.end + 6].lower() in ("-based", " based"):
        return True  # "the Istanbul-based National Coalition": where it sits, not where anything happened
    following = text[span.end:span.end + 14].lstrip("\"'”’»").split()[:1]  # ('"Cham" TV')
    return bool(following) and following[0].strip(".,;:").lower() in _ORGANISATION_NOUNS


_LATIN_WORD = r"(?:(?:al|el|as|ad|ar|ash|at|az|an)-)?[A-Z][a-z'’]+"
_LATIN_RUN = re.compile(rf"(?<![\w-]){_LATIN_WORD}(?:[- ]{_LATIN_WORD})*")  # "Abdin Kafr Ain Kafr Sajna"
_RUN_WORD = re.compile(r"[^\s-]+(?:-[^\s-]+)*")
_NAME_WORDS = 3  # the longest spelling tried: "Taibet al-Imam", "Tall Abu Dhahab"
_CAPITAL = re.compile("[A-Z]")
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S*")
# Words after which a capitalised name is a place ("the village of Tokhar", "to retake Khalasa").
_PLACE_CUES_EN = frozenset({"in", "of", "near", "at", "on", "into", "from", "retake", "around", "outside", "toward",
                            "towards", "captured", "seized"})  # "town X" is a headline's "town, Source"


# "the besieged Zabadieh district": the unit after a name says it is one
_UNITS_AFTER_EN = frozenset({"district", "neighbourhood", "neighborhood", "quarter"})


_PLURAL_UNITS_EN = frozenset({"villages", "towns", "areas", "neighborhoods", "neighbourhoods", "districts", "axes",
                              "fronts", "surroundings", "outskirts"})
_LIST_GAP = re.compile(r"[\s,]*(?:and\s+)?")
_NOT_NAMES = frozenset({"northern", "southern", "eastern", "western", "central", "city", "province", "town",
                        "village", "area", "region", "countryside", "syria", "syrian", "the", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday",
                        # peoples and creeds: "an alliance of Kurdish and Arab fighters"
                        "kurdish", "kurds", "arab", "arabs", "turkish", "russian", "iranian", "iraqi", "lebanese",
                        "israeli", "american", "british", "french", "islamic", "shia", "shiite", "sunni", "alawite",
                        "druze", "christian", "christians", "yazidi", "turkmen", "assyrian", "armenian",
                        # a wire story's heading and byline run into its first words without a stop:
                        # "... in Syrias Aleppo Monitor AFP Thursday", "Homs Meanwhile two civilians"
                        "monitor", "afp", "reuters", "sana", "meanwhile", "published", "updated", "agency", "news"})


def _governorates_named(found: list[Mention], resources: Resources) -> dict[int, set[str]]:
    """The governorates each sentence names, by sentence."""
    named: dict[int, set[str]] = {}
    for mention in found:
        if mention.label == "PLACE":
            place = resources.gazetteer.by_id(mention.key)
            if place.kind == "governorate" and place.admin1:
                named.setdefault(mention.sentence, set()).add(place.admin1)
    return named


def _spelled_places(doc: Document, starts: list[int], resources: Resources, taken: list[Span],
                    places: list[Span], governorates: dict[int, set[str]]) -> list[Mention]:
    """English spellings no gazetteer lists ("Kanasba" for Kansaba), found by consonant
    skeleton; only after a word that expects a place or next in a list of places ("on
    al-Shaghour, al-Abbasiyyeen and al-Qassaa", or without the commas some pages drop: "in
    Talbisa al-Rastan and Teir Maala"), and only where nothing else matched."""
    out: list[Mention] = []
    if not _CAPITAL.search(doc.text):
        return out  # every name holds a capital (most texts are Arabic: quicker to tell than by the search)
    places = list(places)
    for run in _LATIN_RUN.finditer(doc.text):
        words = [Span(run.start() + w.start(), run.start() + w.end()) for w in _RUN_WORD.finditer(run.group())]
        before = doc.text[max(0, run.start() - 20):run.start()].split()
        gaps = [doc.text[p.end:run.start()] for p in places if 0 <= run.start() - p.end <= 6]
        # "on Sulaiman al-Halabi and al-Midan neighborhoods": first of a list, a known place next
        gaps_after = [doc.text[run.end():p.start] for p in places if 0 < p.start - run.end() <= 6]
        after_place = any(_LIST_GAP.fullmatch(gap) and not gap.isspace() for gap in gaps + gaps_after)
        after_cue = bool(before) and before[-1].lower() in _PLACE_CUES_EN
        # "the towns of Anadan Khan Touman Alzorba Qibtan Aljabal": every name of the run is one of them
        in_a_list = len(before) >= 2 and before[-1] == "of" and before[-2].lower() in _PLURAL_UNITS_EN
        next_to_place = any(gap.isspace() for gap in gaps)  # a place just before, with no comma or "and" between
        index = 0
        while index < len(words):
            word = words[index]
            if _inside_any(word, taken):
                # a name found already: the word after it may be the next of a list
                next_to_place, after_place, after_cue = _inside_any(word, places), False, False
                index += 1
                continue
            found = _spelled_place(doc, words[index:index + _NAME_WORDS], resources, taken,
                                   after_place or after_cue or next_to_place or in_a_list, starts, governorates)
            if found is not None and next_to_place and not in_a_list and not _list_goes_on(doc.text, found.span.end):
                found = None  # "Homs Meanwhile two civilians were killed": a heading, then a sentence
            elif found is not None and _first_word_of_a_name(doc.text, found.span, places, next_to_place or after_place):
                found = None
            if found is None:
                next_to_place = after_place = after_cue = False
                index += 1
                continue
            out.append(found)
            places.append(found.span)
            taken.append(found.span)
            next_to_place, after_place, after_cue = True, False, False
            index += len(_RUN_WORD.findall(doc.quote(found.span)))
    return out


def _first_word_of_a_name(text: str, span: Span, places: list[Span], listed: bool) -> bool:
    """Is a one-word spelling the start of a longer name: "in Masaken Hanano" (a known place's
    name goes on it, where no list is under way), "in Tabaret al-Deibeh" (an unknown word with
    the article)?"""
    if " " in text[span.start:span.end]:
        return False
    following = next((p for p in places if p.start == span.end + 1), None)
    if following is not None:
        return not listed
    return _ARTICLE_WORD.match(text, span.end) is not None


_ARTICLE_WORD = re.compile(r" (?:al|el)-[A-Z]")


def _list_goes_on(text: str, end: int) -> bool:
    """Does a list of names go on after ``end``: "and", a comma or another capitalised name?"""
    return _LIST_GOES_ON.match(text, end) is not None


_LIST_GOES_ON = re.compile(rf" and |,| {_LATIN_WORD}")


def _spelled_place(doc: Document, words: list[Span], resources: Resources, taken: list[Span], expected: bool,
                   starts: list[int], governorates: dict[int, set[str]]) -> Mention | None:
    """The longest name of a Syrian village or neighbourhood by skeleton at the start of
    ``words``, if one starts there and a place is expected there."""
    first = doc.quote(words[0]).lower()
    if first in _NOT_NAMES or first in _DIRECTIONS:
        return None  # "in Southern City of Daraa": a headline's capitals, no name
    for n in range(len(words), 0, -1):
        span = Span(words[0].start, words[n - 1].end)
        name = doc.quote(span)
        if _inside_any(span, taken) and not (n > 1 and doc.quote(words[0]) in _LATIN_HEADS
                                             and not _inside_any(words[0], taken)):
            continue  # (but "Kafar Hamra" is tried whole, though "Hamra" is a place of its own)
        after = doc.text[span.end:span.end + 16].split()[:1]
        unit_after = bool(after) and after[0].lower().strip(".,") in _UNITS_AFTER_EN
        if not expected and not unit_after:
            continue
        if name.endswith("s") and resources.gazetteer.lookup(name[:-1]):
            return None  # "Idlibs eastern neighborhood": a possessive whose apostrophe was lost
        if name.lower() in _FAR_COUNTRIES:
            return None  # "by telephone from Britain": its skeleton is a Turkish province's
        # a spelling no list has is a Syrian village's or neighbourhood's: places abroad and
        # larger units are known by the spellings listed
        candidates = tuple(p for p in resources.gazetteer.by_skeleton(name)
                           if p.country == "Syria" and p.kind not in _ADMIN_KINDS)
        named = governorates.get(_sentence(starts, span))
        if named:
            # "Tal al-Samn ... in Daraa countryside" is no Tal Elsamen of Hasakah
            candidates = tuple(p for p in candidates if p.admin1 in named)
        if candidates:
            ids = tuple(p.place_id for p in candidates)
            return Mention(span, "PLACE", ids[0], "gazetteer.skeleton", _sentence(starts, span),
                           data=(("candidates", ids), ("needs_cue", False)))
    return None


def _in_handle_or_link(text: str, span: Span) -> bool:
    """Inside "@Idlib_Chicken" or "pic.twitter.com/..." a name is not a place."""
    start = max(text.rfind(" ", 0, span.start), text.rfind("\n", 0, span.start)) + 1
    while (space := _SPACE.search(text, start, span.start)) is not None:  # white space other than those
        start = space.end()
    end = _NON_SPACE.match(text, span.end).end()  # type: ignore[union-attr]
    token = text[start:end]
    return any(mark in token for mark in ("@", "_", "/", ".com", "http", "#"))


# "معركة طوفان الأقصى", "معركة "ردع العدوان"", "the battle of 'Euphrates Shield'": a named war or
# offensive is what the text is about, no fight of its own
_NAMED_WAR = frozenset(fold(w) for w in ("معركة", "المعركة", "battle"))
_WAR_NAME_STARTS = tuple(fold(w) for w in ('"', "«", "“", "'", "طوفان", "نبع", "غصن", "درع", "ردع", "فجر"))


def _names_a_war(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    return fold(phrase) in _NAMED_WAR and fold(norm.text[match.end:match.end + 8]).lstrip().startswith(_WAR_NAME_STARTS)


# "an aid convoy", "the evacuation convoy": trucks and buses on the road, no force deploying
_CIVIL_CONVOY = frozenset({"aid", "humanitarian", "relief", "food", "evacuation", "evacuee", "civilian", "medical",
                           "un", "crescent", "cross"})


def _civil_convoy(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    if phrase != "convoy":
        return False
    # "an aid convoy", "a convoy carrying food supplies", "a convoy of aid"
    after = norm.text[match.end:match.end + 24].split()[:2]
    return (norm.text[max(0, match.start - 14):match.start].split() or [""])[-1] in _CIVIL_CONVOY \
        or len(after) == 2 and after[0] in ("carrying", "of", "with", "bringing", "delivering") and after[1] in _CIVIL_CARGO


_CIVIL_CARGO = frozenset({"aid", "food", "humanitarian", "relief", "medicine", "medicines", "medical", "supplies", "fuel",
                          "evacuees", "civilians", "wounded"})


# "دفاعات صاروخية", "منظومة صاروخية", "missile defense systems", "rocket launchers": arms named, not fired
_ARMS_BEFORE = frozenset(fold(w) for w in ("دفاعات", "الدفاعات", "منظومة", "منظومات", "المنظومة", "المنظومات",
                                           "بطاريات", "بطارية", "درع", "الدرع", "مخزون", "ترسانة"))
_ARMS_AFTER = frozenset({"defense", "defence", "defenses", "defences", "shield", "system", "systems", "launchers",
                         "batteries", "arsenal", "stockpile", "program", "programme"})


def _names_arms(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    if phrase in ("صاروخية", "الصاروخية"):
        before = fold(norm.text[max(0, match.start - 16):match.start]).split()
        return bool(before) and before[-1] in _ARMS_BEFORE
    if phrase in ("missile", "rocket"):
        after = norm.text[match.end:match.end + 12].split()
        return bool(after) and after[0].lower() in _ARMS_AFTER
    return False


# "executed a special operation", "نفذت عملية": carried out, not put to death
_CARRIED_OUT = re.compile(r"\s+(?:a|an|the|their|its|several|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:operations?|attacks?|strikes?|raids?|assaults?|offensives?|ambush|manoeuvres?|maneuvers?|plan)\b")


# "مسيرة الحرية", "مسيرة الأعلام", "مسيرة حاشدة": a march, not a drone ("مسيرة إسرائيلية", "مسيرة الاحتلال")
_MARCH_WORDS = frozenset(fold(w) for word in ("حاشدة", "شعبية", "جماهيرية", "احتجاجية", "سلمية", "راجلة", "ضخمة",
                                              "كبرى", "مليونية", "تضامنية", "سنوية", "اسبوعية", "عاشورائية",
                                              "استيطانية", "تهويدية")
                          for w in (word, "ال" + word)) | frozenset(fold(w) for w in (
    # a march's names that end as a feminine adjective would ("مسيرة العودة", "مسيرة الحرية"), and a
    # career ("مسيرته السياسية")
    "العودة", "الحرية", "السياسية", "المهنية", "الاكاديمية", "الصحافية", "الاعلامية", "الفنية", "الرياضية"))
_DRONE_OWNERS = frozenset(fold(w) for w in ("الاحتلال", "العدو", "المقاومة", "الجيش", "التحالف", "الحوثيين", "الحوثي"))


def _a_march(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    if phrase not in ("مسيرة", "مسيرات"):
        return False
    following = fold(norm.text[match.end:match.end + 20]).split()[:1]
    if not following:
        return False
    word = following[0].strip("\"'«»“”،,.")
    # (an adjective after it, "الانقضاضية", "التركية", ends as a feminine word does; a march's name seldom)
    return word in _MARCH_WORDS or word.startswith("ال") and not word.endswith(_FEMININE) and word not in _DRONE_OWNERS


_FEMININE = (fold("ة"), "ة")


# "الرهائن" (the hostages, held since before), "ظل رهينة" (remained hostage to), "كرهائن" (as
# hostages): no one is taken
_HOSTAGE_WORDS = frozenset(fold(w) for w in ("رهائن", "رهينة"))
_HOSTAGE_FIGURES = frozenset(fold(w) for w in ("ظل", "ظلت", "بقي", "بقيت", "اصبح", "اصبحت", "بات", "باتت"))


def _hostages_held(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    if fold(phrase) not in _HOSTAGE_WORDS:
        return False
    if match.prefix.endswith(("ال", "ك")) or norm.text.startswith("ال", match.start):
        return True
    return any(w.removeprefix("و") in _HOSTAGE_FIGURES for w in norm.text[max(0, match.start - 30):match.start].split()[-3:])


# "إسقاط النظام", "أسقطت العملية تلك الركائز": what is brought down is no aircraft
_DOWNING = frozenset(fold(w) for w in ("اسقاط", "اسقطت", "اسقط", "اسقطوا"))
_AIRBORNE_STEMS = tuple(fold(w) for w in ("طائر", "طيار", "مسير", "مروحي", "صاروخ", "صواريخ", "قذيف", "قذائف", "درون",
                                          "طيران", "مقاتل", "هليكوبتر"))


def _downs_no_aircraft(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    if fold(phrase) not in _DOWNING:
        return False
    following = [w.strip(".,،؛:\"'") for w in re.split(r"[.!?؟\n]", norm.text[match.end:match.end + 50])[0].split()[:5]]
    # ("وأسقطت عدداً منها": the missiles told before)
    return not any(stem in word for word in following for stem in _AIRBORNE_STEMS) \
        and not _OF_THEM.intersection(following)


_OF_THEM = frozenset(fold(w) for w in ("منها", "معظمها", "بعضها", "اغلبها", "جميعها", "اكثرها"))


def _carried_out(norm: Normalized, match: PhraseMatch, phrase: str) -> bool:  # type: ignore[type-arg]
    return phrase in ("executed", "execute", "executing") and _CARRIED_OUT.match(norm.text, match.end) is not None


def _triggers(norm: Normalized, starts: list[int], resources: Resources) -> list[Mention]:
    out = []
    for match in resources.triggers.find(norm):
        sub_type, phrase = match.payloads[0]
        if _names_a_war(norm, match, phrase) or _civil_convoy(norm, match, phrase) or _names_arms(norm, match, phrase) \
                or _carried_out(norm, match, phrase) or _a_march(norm, match, phrase) \
                or _hostages_held(norm, match, phrase) or _downs_no_aircraft(norm, match, phrase):
            continue
        weak = phrase in lexicon.WEAK_TRIGGERS
        span = _span(norm, match)
        if sub_type == lexicon.TERRITORY and phrase.endswith("ed") \
                and _PARTICIPLE_BEFORE.search(norm.original, max(0, span.start - 12), span.start):
            continue  # "the liberated parts of the city": a participle that describes, not a deed
        out.append(Mention(span, "TRIGGER", sub_type, "lexicon.trigger", _sentence(starts, span),
                           data=(("phrase", phrase), ("weak", weak))))
    for pattern, sub_type, phrase, hint in _WIRE_FIGHTING:
        if not any(h in norm.original for h in hint):
            continue  # (most texts, the Arabic ones all, hold neither verb)
        for found in pattern.finditer(norm.original):
            span = Span(found.start(), found.start() + len(found.group(1)))
            out.append(Mention(span, "TRIGGER", sub_type, "wire.trigger", _sentence(starts, span),
                               data=(("phrase", phrase), ("weak", True))))
    return out


_PARTICIPLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|newly|recently)\s+$")


# How wire services (SANA and the outlets quoting it) tell the army's daily fighting without a
# weapon word: "units targeted their gatherings in X", "targeted ISIL strongholds", "killed a
# number of terrorists in X". The bare verbs say nothing alone ("targeted" is everywhere), so
# only with these objects; a weapon named in the sentence still says more (lexicon.GENERIC_ATTACK).
_POSITIONS = r"(?:gatherings|strongholds|positions|hideouts|dens|fortifications|concentrations|sites)\b"
_HOW_MANY = r"(?:a (?:large )?number of|numbers of|many|scores of|dozens of|several|\d+)"
_WIRE_FIGHTING = (
    (re.compile(r"(?i)\b(targeted|targeting|pounded|pounding|destroyed|destroying)\s+(?:[\w'’-]+\s+){0,3}?"
                + _POSITIONS),
     lexicon.SHELLING, "targeted positions", ("arget", "ounded", "ounding", "estroy")),
    # "intensified fire power against terrorist dens", "an intense barrage of firepower on their hideouts"
    (re.compile(r"(?i)\b(fire ?power)\s+(?:against|on|at)\s+(?:[\w'’-]+\s+){0,3}?" + _POSITIONS),
     lexicon.SHELLING, "targeted positions", ("power",)),
    # "destroyed a vehicle loaded with terrorists", "a pickup truck transferring terrorists"
    (re.compile(r"(?i)\b(destroy(?:ed|ing))\s+(?:a|an|the|two|three|several|many|\d+)\s+(?:[\w'’-]+\s+){0,2}?"
                r"(?:vehicles?|pickups?|trucks?|cars?|convoy)\s+(?:[\w'’-]+\s+){0,2}?(?:terrorists?|militants)\b"),
     lexicon.SHELLING, "targeted positions", ("estroy",)),
    (re.compile(r"(?i)\b(kill(?:ed|ing))\s+(?:and\s+(?:injur|wound)(?:ed|ing)\s+)?"
                + _HOW_MANY + r"\s+(?:of\s+)?(?:the\s+)?"
                r"(?:(?-i:[A-Z][\w'’-]*)\s+(?:and\s+)?){0,4}"  # "15 ISIS terrorists", "many ISIS and Jabhat al-Nusra terrorists"
                r"(?:terrorists|militants|gunmen|mercenaries|their members)\b"),
     lexicon.CLASH, "killed fighters", ("kill", "Kill")),
    # "eliminated a number of terrorists", "inflicted losses upon terrorists"
    (re.compile(r"(?i)\b(eliminat(?:ed|ing)|inflict(?:ed|ing) (?:heavy )?losses (?:up)?on)\s+"
                r"(?:" + _HOW_MANY + r"\s+)?(?:the\s+)?"
                r"(?:terrorists?|militants|gunmen|mercenaries)\b"),
     lexicon.CLASH, "killed fighters", ("liminat", "losses")),
)


def _phrases(norm: Normalized, starts: list[int], matches: list, label: str, rule: str,  # type: ignore[type-arg]
             prefix: str = "") -> list[Mention]:
    out = []
    for match in matches:
        for key in dict.fromkeys(match.payloads):
            span = _span(norm, match)
            out.append(Mention(span, label, prefix + key, rule, _sentence(starts, span)))  # type: ignore[arg-type]
    return out
