"""Rule-based PER/LOC/ORG entities in English (Latin-script) sentences.

Owns ``EnglishRecognizer``. A candidate is a run of capitalised words ("Hamza
Division", "Hassan al-Ali"), possibly joined by "of" (and "of the"), by the Arabic
particles al-/el-/ad-/ez-... written on the next word, or by bin/ibn/bint/abu. A
one-word run at the start of a sentence is ignored unless something knows it (a place,
a country, an actor, an acronym of the catalogue), since sentences start with a capital
anyway; leading titles ("President", "Foreign Minister") and demonyms ("Syrian") are
cut off and make the rest a person.

Types, in this order:

* ORG: a head word of organisations (Army, Forces, Front, Brigade, Council, Party,
  Movement, Group, Division, Unit, Ministry, Observatory, Agency ...);
* LOC: a country (or a capital, a region) of a short list;
* PER: after a title (Mr, President, Minister, Sheikh, General ...), or followed by
  "said", "told", ", a spokesman", ", commander" ...;
* LOC: a gazetteer place spelled exactly so, or a place head word (Province, District ...);
* ORG: an actor of the catalogue (not a generic one such as "civilians");
* LOC: after in/near/village/town/city/province/outskirts of ...;
* ORG: an acronym in capitals ("SOHR");
* PER: any other run of two or more words;
* anything else (one unknown capitalised word) is left out.

The score is a fixed confidence of the rule that decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasid.model import Span
from rasid.ner.recognizer import Entity
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.actors.catalog import ActorCatalog
    from rasid.gazetteer.index import Gazetteer

__all__ = ["EnglishRecognizer"]

_LETTER = r"[^\W\d_]"
_PART = rf"{_LETTER}(?:[^\W_]|['’`](?={_LETTER}))*"
_WORD = re.compile(rf"{_PART}(?:-{_PART})*")
# Arabic article and particles written on the next word: al-Ali, ez-Zor, Abu al-Fadl.
_PARTICLE = re.compile(r"^(?:al|el|ad|ed|ar|er|as|es|ash|esh|at|et|az|ez|an|en|ath|adh|dh)-(?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")

_JOINERS = frozenset({"of", "al", "el", "bin", "ibn", "bint", "ben", "abu", "abi", "ould", "da", "de"})

_ORG_HEADS = frozenset(["army", "armies", "forces", "force", "front", "brigade", "brigades", "council", "party", "movement", "group", "groups", "division", "divisions", "unit", "units", "ministry", "observatory", "agency", "committee", "commission", "organisation", "organization", "corps", "battalion", "battalions", "regiment", "militia", "militias", "command", "coalition", "authority", "authorities", "association", "union", "network", "office", "bureau", "directorate", "department", "guard", "guards", "legion", "police", "government", "administration", "assembly", "parliament", "court", "bank", "company", "institute", "foundation", "nations", "alliance", "federation", "league", "service", "services", "squad", "squadron", "fleet", "helmets", "crescent", "cross", "center", "centre", "university", "tribunal"])
_LOC_HEADS = frozenset(["province", "governorate", "district", "subdistrict", "city", "town", "village", "camp", "airport", "airbase", "river", "mountains", "mount", "mountain", "valley", "plain", "plains", "desert", "street", "square", "crossing", "dam", "countryside", "region", "lake", "sea", "gulf", "island", "islands", "heights", "neighbourhood", "neighborhood", "border", "borders", "hills", "hill", "road", "highway", "bridge", "port", "oilfield", "field", "fields", "canal"])
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "president", "vice", "prime", "minister", "sheikh", "shaykh", "general", "gen", "colonel", "col", "lieutenant", "lt", "brigadier", "brig", "major", "maj", "captain", "capt", "commander", "king", "queen", "prince", "princess", "emir", "amir", "imam", "sergeant", "sgt", "senator", "sen", "governor", "gov", "mayor", "chief", "leader", "spokesman", "spokeswoman", "ambassador", "envoy", "foreign", "defence", "defense", "interior", "secretary", "deputy", "pope", "patriarch", "bishop", "judge", "sultan", "sayyed", "sayyid", "mufti", "field", "marshal"])
_PERSON_AFTER = frozenset({"said", "says", "told", "added", "stated", "wrote", "announced", "confirmed",
                           "denied", "warned", "claimed", "declared", "explained", "noted", "tweeted"})
_PERSON_APPOSITION = frozenset({"a", "the", "spokesman", "spokeswoman", "commander", "head", "leader",
                                "director", "chief", "president", "minister", "general", "aged", "who"})
_LOC_BEFORE = frozenset({"in", "near", "village", "town", "city", "province", "governorate", "district",
                         "outskirts", "countryside", "outside", "around", "into", "towards", "toward",
                         "across", "neighbourhood", "neighborhood", "suburb", "suburbs", "camp", "of"})
_LOC_OF = frozenset({"village", "town", "city", "province", "governorate", "district", "outskirts",
                     "countryside", "suburbs", "neighbourhood", "neighborhood", "north", "south", "east",
                     "west", "northeast", "northwest", "southeast", "southwest", "camp",
                     "area", "region", "centre", "center"})
# Capitalised words that end a run of names.
_DATES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])
# Capitalised words that start no run: sentence starters, and the dates.
_BREAKS = _DATES | frozenset(["the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since", "as", "but", "and", "or", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "when", "while", "meanwhile", "also", "several", "some", "many", "two", "three", "four", "five", "according", "local", "if", "although", "though", "despite", "however", "on", "yesterday", "today", "earlier", "later", "last", "next", "one", "no", "not", "all", "both", "each", "every", "other", "such", "what", "which", "who", "whom", "where", "why", "how"])
_DEMONYMS = frozenset(["syrian", "iraqi", "turkish", "kurdish", "russian", "iranian", "israeli", "lebanese", "jordanian", "american", "british", "french", "german", "arab", "sunni", "shia", "shiite", "alawite", "druze", "christian", "muslim", "yazidi", "palestinian", "saudi", "emirati", "qatari", "egyptian", "libyan", "yemeni", "european", "western", "assyrian", "armenian", "circassian", "turkmen", "bedouin", "arabic", "shiite", "shiites", "christians", "muslims", "islamist", "islamists", "jihadist", "jihadists", "pro", "anti", "regime", "opposition"])
# Capitalised words that are no names on their own.
_NOT_NAMES = _BREAKS | _DEMONYMS
_COUNTRIES = frozenset(w.strip().lower() for w in ["\n    Syria", " Iraq", " Turkey", " Türkiye", " Lebanon", " Jordan", " Israel", " Palestine", " Iran", " Russia", " Egypt", " Libya", " Yemen", "\n    Saudi Arabia", " Qatar", " Kuwait", " Bahrain", " Oman", " United Arab Emirates", " UAE", " United States", " US", " USA", " U.S.", "\n    America", " United Kingdom", " UK", " Britain", " France", " Germany", " Italy", " Spain", " China", " Ukraine", " Armenia", "\n    Azerbaijan", " Georgia", " Cyprus", " Greece", " Afghanistan", " Pakistan", " Sudan", " Tunisia", " Algeria", " Morocco", "\n    Europe", " Gaza", " West Bank", " Golan Heights", " Kurdistan", " Rojava", " Middle East", " Levant", " Mediterranean", "\n    Euphrates", " Tigris", " Orontes", " Damascus", " Beirut", " Baghdad", " Amman", " Ankara", " Tehran", " Moscow", " Washington", "\n    Cairo", " Jerusalem", " Geneva", " Astana", " Sochi", " London", " Paris\n"])


@dataclass(frozen=True, slots=True)
class _Word:
    span: Span
    text: str
    lower: str
    cap: bool


class EnglishRecognizer:
    """Capitalised-name rules for English sentences, typed with the gazetteer and the actor catalogue."""

    def __init__(self, gazetteer: Gazetteer, catalog: ActorCatalog) -> None:
        self.gazetteer = gazetteer
        self.catalog = catalog

    def entities(self, text: str, sentence: Span | None = None) -> list[Entity]:
        """The entities of one sentence of ``text`` (the whole text by default), spans into ``text``."""
        sentence = sentence or Span(0, len(text))
        words = _words(text, sentence)
        if not words:
            return []
        places, actors = self._known(text, sentence)
        out: list[Entity] = []
        for first, last in _runs(text, words):
            entity = self._type(text, words, first, last, places, actors)
            if entity is not None:
                out.append(entity)
        return out

    # --- what the gazetteer and catalogue know -------------------------------------------

    def _known(self, text: str, sentence: Span) -> tuple[list[Span], list[Span]]:
        norm = normalize(text[sentence.start:sentence.end])
        shift = sentence.start

        def absolute(span: Span) -> Span:
            return Span(span.start + shift, span.end + shift)

        places = [absolute(norm.span_to_original(m.start, m.end)) for m in self.gazetteer.find(norm)
                  if not m.needs_cue]
        actors = [absolute(norm.span_to_original(m.start, m.end)) for m in self.catalog.find(norm, weak=False)
                  if not m.generic]
        return places, actors

    # --- typing ---------------------------------------------------------------------------

    def _type(self, text: str, words: Sequence[_Word], first: int, last: int,
              places: Sequence[Span], actors: Sequence[Span]) -> Entity | None:
        run = list(words[first:last])
        at_start = first == 0
        person_cue = False
        # Leading titles and demonyms: "Syrian President Bashar al-Assad", "Foreign Minister X".
        while len(run) > 1 and (run[0].lower.rstrip(".") in _TITLES or run[0].lower in _DEMONYMS
                                or run[0].lower in _NOT_NAMES):
            if any(w.lower in _ORG_HEADS for w in run):
                break
            if run[0].lower.rstrip(".") in _TITLES:
                person_cue = True
            run.pop(0)
            at_start = False
        while run and run[-1].lower in _JOINERS and not run[-1].cap:
            run.pop()
        if not run or not run[0].cap:
            return None
        span = Span(run[0].span.start, run[-1].span.end)
        name = text[span.start:span.end]
        lowers = [w.lower for w in run]
        single = len(run) == 1
        if single and lowers[0] in _NOT_NAMES:
            return None
        before = [w.lower for w in words[max(0, first - 2):first]]
        after = _after(text, words, last)
        exact_place = any(p == span for p in places)
        actor = any(a.covers(span) for a in actors) or (not single and any(a.overlaps(span) for a in actors))
        acronym = single and name.isupper() and len(name) >= 2
        if single and at_start and not (name.lower() in _COUNTRIES or exact_place or actor or acronym):
            return None  # a capital that only starts the sentence
        if any(w in _ORG_HEADS for w in lowers[1:]) or (not single and lowers[0] in _ORG_HEADS):
            return Entity(span, "ORG", 0.85)
        if name.lower() in _COUNTRIES:
            return Entity(span, "LOC", 0.9)
        if person_cue or (before and before[-1].rstrip(".") in _TITLES) or _person_after(after):
            return Entity(span, "PER", 0.8)
        if exact_place:
            return Entity(span, "LOC", 0.9)
        if not single and lowers[-1] in _LOC_HEADS:
            return Entity(span, "LOC", 0.8)
        if actor:
            return Entity(span, "ORG", 0.85)
        if before and (before[-1] in _LOC_BEFORE and (before[-1] != "of" or before[:1] and before[0] in _LOC_OF)):
            return Entity(span, "LOC", 0.7)
        if acronym:
            return Entity(span, "ORG", 0.6)
        if single and any(p.covers(span) for p in places):
            return Entity(span, "LOC", 0.6)
        if not single:
            return Entity(span, "PER", 0.6)
        return None


def _words(text: str, sentence: Span) -> list[_Word]:
    out = []
    for match in _WORD.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        raw = match.group()
        possessive = _POSSESSIVE.search(raw)
        if possessive and len(raw) > 2:
            end -= len(possessive.group())
            raw = raw[: len(raw) - len(possessive.group())]
        bare = _PARTICLE.sub("", raw)
        cap = bare[:1].isupper()
        out.append(_Word(Span(start, end), raw, raw.lower(), cap))
    return out


def _runs(text: str, words: Sequence[_Word]) -> list[tuple[int, int]]:
    """[first, last) index ranges of capitalised runs; joiners only between capitalised words."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(words)
    while i < n:
        if not words[i].cap or words[i].lower in _BREAKS:
            i += 1
            continue
        j = i + 1
        while j < n and _adjacent(text, words[j - 1], words[j]):
            w = words[j]
            if w.cap and w.lower not in _DATES:
                j += 1
                continue
            # "of", "of the", "bin" ... joined only when a capitalised word follows; "for" and
            # "for the" only after an organisation's head word ("Observatory for Human Rights").
            joiners = _JOINERS | {"the"}
            if any(x.lower in _ORG_HEADS for x in words[i:j]):
                joiners = joiners | {"for"}
            k = j
            while k < n and words[k].lower in joiners and not words[k].cap and (
                    words[k].lower != "the" or words[k - 1].lower in ("of", "for")) \
                    and _adjacent(text, words[k - 1], words[k]):
                k += 1
            if k > j and k < n and words[k].cap and _adjacent(text, words[k - 1], words[k]) \
                    and words[k].lower not in _DATES:
                j = k + 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _adjacent(text: str, a: _Word, b: _Word) -> bool:
    gap = text[a.span.end:b.span.start]
    return gap.strip() == "" and "\n" not in gap


def _after(text: str, words: Sequence[_Word], last: int) -> tuple[str, str, bool]:
    """The two words after a run, and whether a comma comes between the run and them."""
    nxt = [w.lower for w in words[last:last + 2]] + ["", ""]
    comma = last < len(words) and "," in text[words[last - 1].span.end:words[last].span.start]
    return nxt[0], nxt[1], comma


def _person_after(after: tuple[str, str, bool]) -> bool:
    first, second, comma = after
    if not comma and first in _PERSON_AFTER:
        return True
    return comma and (first in ("spokesman", "spokeswoman", "commander", "head", "leader", "director", "chief")
                      or (first in ("a", "the") and second in _PERSON_APPOSITION))
