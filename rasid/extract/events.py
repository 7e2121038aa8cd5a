"""From trigger words to ACLED events: typing, frames, ACLED's conventions, merging.

Owns ``build_events``: each sentence with an event trigger that is not background, a
threat or a statistic becomes an event frame; the frame takes its place, date, actors,
fatalities and source from the sentence (and its neighbours when the sentence is
silent); coordinated places split it into several events; repeated mentions of one
incident merge, and a strike during a battle at the same place and day folds into the
battle (ACLED's precedence). An opinion or analysis piece (``is_commentary``, by its URL
section) keeps only the incidents it dates.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from rasid.extract import lexicon as lx
from rasid.extract.attribution import attribute
from rasid.extract.claims import aggregate_sentences, injured_told_with
from rasid.extract.context import (
    IN_RESPONSE,
    DocContext,
    DocumentMemo,
    Sentence,
    last_words,
    sentence_views,
    text_after,
    text_before,
    within_phrase,
)
from rasid.extract.fatalities import count_fatalities
from rasid.extract.geocode import (GOVERNORATE_AROUND, Location, locate, on_a_road, told_as_a_cause,
                                   unlisted_locations)
from rasid.extract.resources import Resources
from rasid.extract.roles import (
    Roles,
    air_defence,
    air_force,
    assign_roles,
    attacker_by_adjective,
    coded_name,
    flies,
    is_armed,
    is_drone,
    names_aircraft,
    target_by_adjective,
    unflagged,
)
from rasid.model import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Span,
    event_type_of,
    replace,
)
from rasid.text.normalize import fold, fold_slice

# Specific before generic; a battle (a clash, territory taken) outranks strikes: a strike during a
# battle is part of the battle.
TYPE_PRIORITY: tuple[str, ...] = (
    lx.SUICIDE, lx.CHEMICAL, lx.GRENADE, lx.TERRITORY, lx.CLASH, lx.IED, lx.AIR, lx.SHELLING, lx.VAC_ATTACK,
    lx.ABDUCTION, lx.SEXUAL, lx.ARRESTS, lx.EXCESSIVE, lx.INTERVENTION, lx.VIOLENT_DEMO,
    lx.MOB, lx.PEACEFUL, lx.DISRUPTED, lx.LOOTING, lx.TRANSFER, lx.BASE, lx.AGREEMENT, lx.CHANGE,
)
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_MOVEMENT = frozenset({lx.CHANGE, lx.TRANSFER})
MIN_CONFIDENCE = 0.55  # chosen on dev: F1 0.748 at 0.50, 0.781 at 0.55, 0.767 at 0.60, 0.748 at 0.65
# Types whose trigger words are often used loosely (background, figures of speech) start lower.
_LOOSE_TYPES = frozenset({lx.LOOTING, lx.TRANSFER, lx.DISRUPTED, lx.AGREEMENT, lx.CHEMICAL, lx.BASE, lx.CHANGE,
                          lx.ARRESTS, lx.VAC_ATTACK})
_UNKNOWN_ATTACKER_TYPES = frozenset({lx.SHELLING, lx.IED, lx.GRENADE, lx.SUICIDE, lx.CLASH})
_BACKGROUND_DAYS = 31
# An incident dated more than this many days before the article was reported before: the
# article only recalls it ("last Wednesday's strike"), so it is background here.
_STALE_DAYS = 2
_LAST_WEEKDAY = frozenset(fold(w) for w in ("الماضي", "الماضية", "last"))
_CONTINUATION = 600  # characters: how far a later sentence may lean on an earlier event's place


@dataclass(frozen=True)
class Trigger:
    sub_type: str
    mention: Mention
    weak: bool
    launched: bool = False  # "launched a sweep", "شنّ هجوماً": told as an act, not a topic
    struck: bool = False  # "destroyed a convoy": a movement word that names what an attack hit


def build_events(doc: Document, resources: Resources) -> Document:
    """The events of a document (see the module docstring)."""
    ctx = DocContext(doc, resources)
    sentences = sentence_views(doc)
    statistics = aggregate_sentences(doc, sentences)
    seen_texts: set[str] = set()
    body: list[Event] = []
    lead: list[Event] = []
    unplaced: Sentence | None = None
    for sentence in sentences:
        text = doc.quote(sentence.span)
        if text in seen_texts or sentence.index in statistics:
            continue  # a lead repeated at the end of the article, or a statistic
        seen_texts.add(text)
        previous = (body or lead)[-1:]
        found = _events_of(sentence, sentences, ctx, previous)
        if found and unplaced is not None and unplaced.index == sentence.index - 1:
            found = _with_earlier_toll(found, unplaced, sentence, ctx)
        unplaced = sentence if not found else None
        (lead if sentence.index == 0 else body).extend(found)
        if not found and previous:
            told = body or lead
            told[-1:] = _places_told_after(_with_later_toll(told[-1], sentence, ctx), sentence, ctx)
            _toll_places_of_a_sibling(told, sentence, ctx)
    # a toll the lead gives for several places is no one event's, even once the lead folds into the body
    lead, lead_tolls = _split_shared_tolls(lead)
    events, tolls = consolidate(_fold_lead(lead, body) + body, doc.text)
    tolls = lead_tolls + tolls
    tolls += [injured for toll in tolls for injured in injured_told_with(toll, sentences, doc)]
    events = _credit_claimant(events, sentences, ctx)
    events = _without_backdrop_theatres(events, sentences, ctx)
    events = [_named_as_on_its_day(event, ctx) for event in events]
    if is_commentary(doc):
        # an opinion piece retells the war to argue about it: only an incident it dates is news
        events = [event for event in events if "date" in event.evidence]
    return replace(doc, events=tuple(events), claims=doc.claims + tuple(tolls))


def _named_as_on_its_day(event: Event, ctx: DocContext) -> Event:
    """Forces by the names they bore on the event's day (see ``ActorCatalog.version_on``)."""
    day = event.date
    if day is None:
        return event
    version = ctx.resources.actors.version_on

    def named(ref: ActorRef | None) -> ActorRef | None:
        return None if ref is None else replace(ref, name=version(ref.name, day))

    return replace(event, actor1=named(event.actor1), actor2=named(event.actor2),
                   assoc_actor_1=tuple(version(name, day) for name in event.assoc_actor_1),
                   assoc_actor_2=tuple(version(name, day) for name in event.assoc_actor_2))


_LEAD_SENTENCES = 1
# Theatres the region's press names as the backdrop of other news ("as the war on Gaza goes on"); an
# Iraqi governorate named whole ("a base in Erbil") is where an attack struck, so not every country.
_BACKDROP_COUNTRIES = frozenset({"Palestine"})


def _without_backdrop_theatres(events: list[Event], sentences: list[Sentence], ctx: DocContext) -> list[Event]:
    """An article about Syria that says "while the war on the Gaza Strip goes on" names a whole
    theatre as the backdrop of its news: an event placed only at the level of a governorate or
    region (precision 3) that the lead (the first sentence) never names is dropped when the lead names
    other places."""
    lead_units: set[str] = set()
    for sentence in sentences[:_LEAD_SENTENCES]:
        for mention in sentence.of("PLACE"):
            for place in ctx.candidates(mention)[:1]:
                if place.admin1:
                    lead_units.add(place.admin1)
    if not lead_units:
        return events
    return [e for e in events if not (e.geo_precision == 3 and e.place is not None and e.place.admin1
                                      and e.place.country in _BACKDROP_COUNTRIES and e.place.admin1 not in lead_units)]


# Sections news sites file analysis and opinion under (the first parts of an article's URL path).
_COMMENTARY_SECTIONS = frozenset({
    "articles", "analysis", "opinion", "opinions", "op-ed", "oped", "column", "columns", "comment",
    "commentary", "editorial", "editorials", "blog", "blogs", "views", "research-papers", "podcasts"})


def is_commentary(doc: Document) -> bool:
    """Whether the document's URL files it under analysis or opinion rather than news."""
    if not doc.url:
        return False
    parts = urlsplit(doc.url).path.lower().strip("/").split("/")[:2]
    return any(part in _COMMENTARY_SECTIONS for part in parts)


_RESPONSIBILITY = re.compile(
    r"claimed responsibility|claimed the (?:attack|bombing|blast)|claimed by|one of its (?:fighters|members)"
    r"|carried out by|was behind|were behind"
    r"|تبنى|تبنت|يتبنى|تتبنى|مسؤوليته|مسؤوليتها|المسؤولية عن|نفذته|نفذتها|تقف وراء|يقف وراء|وقف وراء")
_CLAIMANT_REACH = 60  # characters between a group's name and the words that it claimed the attack


def _claimant(sentences: list[Sentence], ctx: DocContext) -> tuple[ActorRef, frozenset[str], frozenset[int]] | None:
    """The armed group the article says claimed an attack ("IS said one of its fighters blew himself
    up", "تبنى تنظيم داعش التفجير", "الهجوم نفذته جماعات مدعومة من إيران"), if exactly one group is
    named so, with the governorates the claim names and the sentences it stands in."""
    found: dict[str, set[str]] = {}
    where: set[int] = set()
    for sentence in sentences:
        for cue in _RESPONSIBILITY.finditer(fold(ctx.doc.quote(sentence.span))):
            at = sentence.span.start + cue.start()
            near = [m for m in sentence.of("ACTOR") if abs(m.span.start - at) <= _CLAIMANT_REACH
                    and m.get("inter") in (2, 3, 4) and not m.get("generic")]
            if near:
                areas = {p.admin1 for m in sentence.of("PLACE") if not m.get("needs_cue")
                         for p in ctx.candidates(m)[:1] if p.admin1}
                found.setdefault(min(near, key=lambda m: abs(m.span.start - at)).key, set()).update(areas)
                where.add(sentence.index)
    if len(found) != 1:
        return None
    name, areas = found.popitem()
    entry = ctx.resources.actors.by_name(name)
    return ActorRef(name, entry.inter if entry else 2), frozenset(areas), frozenset(where)


def _credit_claimant(events: list[Event], sentences: list[Sentence], ctx: DocContext) -> list[Event]:
    """Violence whose author the report leaves unknown goes to the group that claimed an attack
    in that governorate ("IS said one of its fighters struck near Hassakeh")."""
    unknown = [e for e in events if e.event_type in _VIOLENT and e.event_type != "Battles"
               and (e.actor1 is None or e.actor1.name.startswith("Unidentified Armed Group"))]
    claim = _claimant(sentences, ctx) if unknown else None
    if claim is None:
        return events
    claimant, areas, where = claim
    starts = [s.span.start for s in sentences]

    def told_beside(e: Event) -> bool:
        # "... في هجوم بطائرة مسيرة. الهجوم نفذته جماعات مدعومة من إيران": the very next sentence
        return e.span is not None and not areas and bisect_right(starts, e.span.start) in where

    def credited(e: Event) -> bool:
        return e in unknown and (e.actor2 is None or e.actor2.name != claimant.name) and (
            (e.place is not None and e.place.admin1 in areas) or told_beside(e))

    return [replace(e, actor1=claimant) if credited(e) else e for e in events]



_ANAPHORA_BONUS = 0.1


def _goes_back_to_a_toll(trigger: Trigger, sentence: Sentence, sentences: list[Sentence], ctx: DocContext) -> bool:
    """"Air strikes killed 47 people ... The raids hit the town of X": a loose word made definite
    goes back to the incident the sentence before told with its dead; this one says where."""
    if not trigger.weak or not _definite(ctx, trigger.mention) or sentence.index == 0 \
            or trigger.sub_type == lx.CLASH and trigger.mention.get("phrase") in lx.GENERIC_ATTACK:
        return False  # ("the attack" may go back to any kind of attack told before)
    before = sentences[sentence.index - 1]
    if not (before.has_cue("death") or before.has_cue("injury")):
        return False
    return any(t.sub_type == trigger.sub_type for t in _candidate_triggers(before, ctx))


# States whose forces attack in Syria from the air or from beyond its border, hardly ever on its
# ground (ACLED codes Israel's attacks there, and the US-led coalition's, as air or missile strikes)
_STRIKING_FROM_AFAR = frozenset({"Military Forces of Israel", "Military Forces of the United States"})


_STRUCK_VERBS = frozenset(fold(w) for w in (
    "hit", "hits", "targeted", "struck", "pounded", "killed", "on", "against", "targeting", "استهدف", "استهدفت",
    "طال", "طالت", "ضرب", "ضربت", "اصاب", "اصابت", "على"))
_STRUCK_REACH = 60  # characters from "the raids" to the place they hit


def _struck_there(trigger: Trigger, location: Location, ctx: DocContext) -> bool:
    """"the raids hit the town of X", "the strike on the village of X": a verb of striking, or "on",
    stands between the strike word and the place."""
    gap = location.mention.span.start - trigger.mention.span.end
    if not 0 < gap <= _STRUCK_REACH:
        return False
    words = fold(ctx.doc.text[trigger.mention.span.end:location.mention.span.start]).split()
    return any(w.lstrip("و") in _STRUCK_VERBS for w in words)


def _with_earlier_toll(found: list[Event], before: Sentence, sentence: Sentence, ctx: DocContext) -> list[Event]:
    """"Air strikes killed 47 people in a town in eastern Syria. The raids hit the town of X": the
    sentence before told the toll of this incident but no place, so it made no event; this one,
    going back to it ("the raids"), places it. Its first event without a toll takes that toll."""
    if len(found) != 1 or found[0].fatalities or found[0].event_type not in _VIOLENT:
        return found
    event = found[0]
    kinds = {event_type_of(_refine_type(t.sub_type, None, None, False)) for t in _candidate_triggers(before, ctx)}
    if event.event_type not in kinds:
        return found
    if not any(event_type_of(_refine_type(t.sub_type, None, None, False)) == event.event_type
               and _definite(ctx, t.mention) for t in _candidate_triggers(sentence, ctx)):
        return found
    fatalities, evidence = count_fatalities(before, ctx)
    if not fatalities or evidence is None:
        return found
    return [replace(event, fatalities=fatalities, evidence={**event.evidence, "fatalities": evidence})]


def _with_later_toll(event: Event, sentence: Sentence, ctx: DocContext) -> Event:
    """"وأوضحت المصادر أن الاشتباكات أسفرت عن مقتل فلان": a sentence that only goes back to the
    incident just told ("the clashes", no place of its own) gives its toll when it had none."""
    if event.fatalities or event.event_type not in _VIOLENT or sentence.of("PLACE"):
        return event
    if event.span is None or sentence.span.start - event.span.end > _CONTINUATION:
        return event
    if not any(t.sub_type != lx.TERRITORY and event_type_of(t.sub_type) == event.event_type
               and _definite(ctx, t.mention) for t in _candidate_triggers(sentence, ctx)):
        return event
    fatalities, evidence = count_fatalities(sentence, ctx)
    if not fatalities or evidence is None:
        return event
    return replace(event, fatalities=fatalities, evidence={**event.evidence, "fatalities": evidence})


def _places_told_after(event: Event, sentence: Sentence, ctx: DocContext) -> list[Event]:
    """"Strikes hit the Qaterji quarter ... Nine were killed in Qaterji and two in the Mayssar
    quarter": a sentence with no deed of its own that tells the incident's dead place by place adds
    the incident at each other place it names (in the same governorate, told right after); one
    place told in a region the incident was placed in only makes it precise."""
    if event.place is None or event.event_type not in _VIOLENT or event.span is None \
            or sentence.span.start - event.span.end > _CONTINUATION:
        return [event]
    places = _toll_places(sentence, ctx, least=1)
    if not any(loc.place.place_id == event.place.place_id or loc.place.admin1 == event.place.admin1
               and event.place.kind != "neighbourhood" for loc in places):
        return [event]
    others = [loc for loc in places
              if loc.place.admin1 == event.place.admin1 and loc.place.place_id != event.place.place_id]
    at = [replace(event, place=loc.place, location_text=loc.text, geo_precision=loc.precision,
                  evidence={**event.evidence, "location": Evidence(loc.mention.span, "toll-by-place")})
          for loc in others]
    if len(at) == 1 and event.place.kind in _AREA_KINDS:
        return at
    if len(places) < 2:
        return [event]
    if event.fatalities is None:
        event = _with_place_toll(event, sentence, places)
    return [event] + [_with_place_toll(e, sentence, places) for e in at]


def _toll_places_of_a_sibling(told: list[Event], sentence: Sentence, ctx: DocContext) -> None:
    """"Rockets hit Ain Tarma, Zamalka and Jobar. 150 bodies were counted in Hammouriya, 100 in Kafr
    Batna ...": when the last event of the sentence before (Jobar, in the city) is not where the dead
    are told, another event of that sentence (in the countryside) may be."""
    last = told[-1]
    if last.span is None or len(told) < 2:
        return
    for i in range(len(told) - 2, -1, -1):
        sibling = told[i]
        if sibling.span != last.span:
            return
        if last.place is not None and sibling.place is not None and sibling.place.admin1 == last.place.admin1:
            continue  # (the last one was tried in its governorate)
        spread = _places_told_after(sibling, sentence, ctx)
        if spread != [sibling]:
            told[i:i + 1] = spread
            return


def _with_place_toll(event: Event, told: Sentence, places: list[Location]) -> Event:
    """The dead told for the event's own place in a sentence that gives them place by place
    ("nine were killed in Qaterji and two in the Mayssar quarter": two), else none."""
    spans = sorted(loc.mention.span for loc in places)
    own = next((loc.mention.span for loc in places if event.place and loc.place.place_id == event.place.place_id), None)
    at = spans.index(own) if own is not None else None
    evidence = {k: v for k, v in event.evidence.items() if k != "fatalities"}
    if at is None:
        return replace(event, fatalities=None, evidence=evidence)
    start = spans[at - 1].end if at > 0 else told.span.start
    numbers = [m for m in told.of("NUMBER") if start <= m.span.start < spans[at].start and str(m.key).isdigit()]
    if not numbers or not any(d.span.start < spans[at].start for d in told.cues("death")):
        return replace(event, fatalities=None, evidence=evidence)
    return replace(event, fatalities=int(numbers[-1].key),
                   evidence={**evidence, "fatalities": Evidence(numbers[-1].span, "fatalities.by-place")})


def _definite(ctx: DocContext, mention: Mention) -> bool:
    words = fold(ctx.doc.quote(mention.span)).split()
    return bool(words) and words[0].lstrip("وب").startswith(("ال", "هذا", "هذه")) or \
        text_before(ctx.doc, mention.span, 8).split()[-1:] in (["هذا"], ["هذه"], ["the"], ["this"])


def _wire_capital(lead: Event, body: Event) -> bool:
    """"Army kills 30 in Damascus ambush": an English lead names the capital for the countryside around it,
    where the body places the same sides' incident."""
    return bool(lead.place and body.place and lead.location_text) and lead.location_text[:1].isascii() \
        and (lead.geo_precision or 1) > 1 and GOVERNORATE_AROUND.get(lead.place.admin1 or "") == body.place.admin1 \
        and bool(_actor_names(lead) & _actor_names(body))


def _actor_names(event: Event) -> set[str]:
    return {a.name for a in (event.actor1, event.actor2) if a is not None}


def _fold_lead(lead: list[Event], body: list[Event]) -> list[Event]:
    """The lead sentence summarises the article: its event goes where the body tells the same
    one (same type and governorate, and the same place unless the lead's is vaguer)."""
    def told(event: Event, other: Event) -> bool:
        if not (event.place and other.place):
            return False
        if other.place.admin1 != event.place.admin1 and not _wire_capital(event, other):
            return False
        if _generic_attack(event) and other.event_type == "Explosions/Remote violence" and other.date == event.date:
            return True  # "killed in terrorist attacks in Aleppo": the rocket fire the body tells there
        if other.event_type != event.event_type:
            return False
        return other.place.place_id == event.place.place_id or (event.geo_precision or 1) > 1
    kept = []
    for event in lead:
        twin = next((i for i, other in enumerate(body) if told(event, other)), None)
        if twin is None:
            kept.append(event)
        else:
            body[twin] = _combine(body[twin], event)  # the body's telling, with what only the lead said
    return kept


_CIRCUMSTANTIAL = tuple(fold(w) for w in lx.CIRCUMSTANTIAL)


def _circumstantial(ctx: DocContext, mention: Mention) -> bool:
    before = text_before(ctx.doc, mention.span, 28).split()
    if " ".join(before[-3:]).endswith(_CIRCUMSTANTIAL):
        return True
    while before and before[-1] in _INTENSITY:
        before.pop()  # "amid intense clashes": how fierce says nothing of whether it is the news
    return bool(before) and before[-1] in _AMID  # ("while violent clashes raged" may well be news)


_AMID = frozenset(fold(w) for w in ("amid", "وسط"))
_INTENSITY = frozenset(fold(w) for w in ("intense", "heavy", "fierce", "violent", "ongoing", "continued",
                                          "renewed", "sporadic", "العنيفة", "عنيفة", "المستمرة", "العنيف"))


_WEAPON_TYPES = frozenset({lx.IED, lx.AIR, lx.SHELLING, lx.GRENADE})
_SETTLEMENTS = frozenset({"community", "neighbourhood", "town", "camp", "airport", "base", "oilfield", "crossing",
                          "dam", "prison", "site"})
_VIOLENT_TRIGGER_TYPES = _WEAPON_TYPES | {lx.CLASH, lx.VAC_ATTACK, lx.SUICIDE, lx.TERRITORY}
_DISRUPTED_OBJECT = 16  # characters between "تفكيك" and the weapon it names ("عدة", "ثلاث")
_LAUNCH_VERBS = frozenset(fold(w) for w in ("شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "launched", "carried",
                                             "conducted", "conducts",
                                             # "3 عمليات قصف", "عمليتي قصف": counted operations of it
                                             "عملية", "عمليتي", "عمليتا", "عمليات"))


_RECALLED_AFTER = tuple(fold(w) for w in lx.RECALLED_AFTER)
# one of them as a word starting within the first 20 characters after the trigger
_RECALLED_INSIDE = re.compile(r".{0,19} (?:" + "|".join(map(re.escape, _RECALLED_AFTER)) + ")", re.DOTALL)


_RECALLED_BEFORE = frozenset(fold(w) for w in lx.RECALLED_BEFORE)


def _recalled(ctx: DocContext, mention: Mention) -> bool:
    before = [w.strip("\"'«»“”") for w in text_before(ctx.doc, mention.span, 30).split()[-4:]]
    if any(w.lstrip("و") in _RECALLED_BEFORE for w in before[-1:]) \
            or any(" ".join(before[i:i + 2]) in _RECALLED_BEFORE for i in range(len(before))):
        # "مع استمرار العدوان على قطاع غزة", "after years of bombardment": a war going on, no incident
        return True
    after = text_after(ctx.doc, mention.span, 40)
    if after.lstrip().startswith(_RECALLED_AFTER) or _RECALLED_INSIDE.match(after):
        return True
    if _names_the_war(ctx, mention, after):
        return True  # "الحياد عن العدوان الإسرائيلي على غزة": the war by its name, no incident
    if before and before[-1] in _THE_DEAD_OF and _FUNERAL.search(text_before(ctx.doc, mention.span, 80)) \
            or _opens_with_a_funeral(ctx, mention):
        return True  # "وشيّع الأهالي شهداء الاستهداف الإسرائيلي": the funeral is the news, the strike told before
    return bool(before) and before[-1] in _AFTER_WORDS and _told_above(ctx, mention)


# The region's press names the wars on Gaza and Lebanon "the aggression on ..." (definite, or "its
# aggression"); "عدواناً جديداً على" is one more attack.
_WAR_NAMES = frozenset(fold(w) for w in ("العدوان", "عدوانه", "عدوانها", "الحرب", "حربه", "حربها", "عدوان", "حرب"))
_WAR_ON = re.compile(fold(r"\s*(?:(?:الاحتلال|العدو|إسرائيل|اسرائيل|الإسرائيلي|الاسرائيلي|الصهيوني|الأميركي|الأمريكي"
                          r"|المستمر|المتواصل)\s+){0,3}(?:على|في)\s+(?:قطاع\s+)?(?:غزة|غزّة|لبنان)"))


_THE_DEAD_OF = frozenset(fold(w) for w in ("شهداء", "ضحايا", "قتلى", "victims"))
_FUNERAL = re.compile(fold(r"شيع|تشييع|جنازة|جنازات|funeral|mourners|buried"))


_FUNERAL_VERBS = frozenset(fold(w) for w in ("شيع", "وشيع", "شيعت", "وشيعت", "يشيع", "تشيع", "ويشيع", "وتشيع"))


def _opens_with_a_funeral(ctx: DocContext, mention: Mention) -> bool:
    """"وشيّع أهالي البلدة اليوم ضحايا الصاروخ الذي سقط أمس": a funeral told, the deed that killed recalled."""
    if not 0 <= mention.sentence < len(ctx.doc.sentences):
        return False
    opening = fold_slice(ctx.doc.text, ctx.doc.sentences[mention.sentence].start, mention.span.start).split()[:2]
    if not _FUNERAL_VERBS.intersection(opening):
        return False
    # (the dead of clashes "فجر اليوم" were killed in the news of the day)
    return _TODAY not in text_after(ctx.doc, mention.span, 40).split()


_TODAY = fold("اليوم")


def _names_the_war(ctx: DocContext, mention: Mention, after: str) -> bool:
    word = fold(ctx.doc.quote(mention.span)).strip()
    if word not in _WAR_NAMES or not _WAR_ON.match(after):
        return False
    # a bare "عدوان" names the war only as the occupation's ("عدوان الاحتلال على غزة")
    return word not in ("عدوان", "حرب") or after.split()[:1] in (["الاحتلال"], ["العدو"], ["اسرائيل"])


# "وحلّق الطيران ... بعد القصف الصاروخي": after the attack the article told above, not another one
# (the dead "after the shelling" are its toll)
_AFTER_WORDS = frozenset(fold(w) for w in ("بعد", "عقب"))


def _told_above(ctx: DocContext, mention: Mention) -> bool:
    """A definite trigger ("القصف الصاروخي") of the kind of one in an earlier sentence, in a
    sentence that tells no dead or wounded."""
    if not fold(ctx.doc.quote(mention.span)).startswith("ال"):
        return False
    sentence = next((s for s in reversed(ctx.doc.sentences) if s.start <= mention.span.start), None)
    if sentence is None or any(m.label == "CUE" and m.key in ("death", "injury") and sentence.covers(m.span)
                               for m in ctx.doc.mentions):
        return False
    return any(m.label == "TRIGGER" and m.key == mention.key and m.span.end <= sentence.start
               for m in ctx.doc.mentions)


_CONDEMNING = frozenset(fold(w) for w in ("منددين", "منددا", "تنديدا", "للتنديد", "مستنكرين", "condemning",
                                           "denouncing", "against", "وقف", "بوقف", "لوقف", "ووقف", "ceasefire",
                                           "halt", "stop", "end", "انهاء", "لانهاء"))


def _condemned(ctx: DocContext, mention: Mention) -> bool:
    """"تجمعوا منددين بالعدوان على غزة", "دعا إلى وقف فوري لإطلاق النار": the attack is what is
    protested or asked to stop, not an event here; "describing it as a massacre": a name given to an
    incident told by other words."""
    before = text_before(ctx.doc, mention.span, 40)
    return bool(set(before.split()[-3:]) & _CONDEMNING) or _NAMED_AS.search(before) is not None


_NAMED_AS = re.compile(r"(?:describ\w* (?:it|this|them|the \w+) as|call\w* it|term\w* it|dubb\w* it|label\w* it)"
                       r"\s+(?:a|an|the)?\s*[\"“']?$")


# "الاستعداد والتجهيز لمعركة البادية", "preparing for an offensive", "ready to", "to postpone": the
# fight is still to come
_PREPARING = frozenset(fold(w) for w in ("الاستعداد", "استعدادا", "الاستعدادات", "استعدادات", "التجهيز", "التحضير", "للتحضير", "تحضيرا",
                                          "تستعد", "يستعد", "تتحضر", "يتحضر", "preparing", "preparations",
                                          "prepare", "prepares",
                                          # "ليس مستعداً بعد لشن هجوم", "agreed to postpone the ground attack"
                                          "مستعدا", "مستعدة", "مستعد", "جاهزا", "جاهزة", "ready", "ارجاء", "تاجيل",
                                          "بتاجيل", "بارجاء", "postpone", "postponed", "postponing", "delay",
                                          "delayed", "delaying"))


# "أننا أمام معركة حاسمة", "في هذه المعركة", "we face a war": the war ahead, or as the topic
_FACING = frozenset(fold(w) for w in ("أمام", "امام", "نواجه", "تواجه", "هذه", "تلك", "facing", "faces", "face",
                                      "this"))


def _prepared_for(ctx: DocContext, mention: Mention) -> bool:
    """Also a war faced or pointed at ("أمام معركة", "هذه المعركة"): talked about, not fought."""
    before = text_before(ctx.doc, mention.span, 30).split()
    if before and before[-1] in _FACING and fold(ctx.doc.quote(mention.span)).strip() in _WAR_NOUNS:
        return True
    return any(w.lstrip("و") in _PREPARING for w in before[-4:])


_SIDE_NOUNS = frozenset({"rebels", "fighters", "forces", "militias", "groups", "troops", "units", "factions",
                         "militants", "brigades", "men", "tribes"})


def _describes_a_side(ctx: DocContext, mention: Mention) -> bool:
    """"18 rebels fighting against Daesh": a participle that says who the people are, not a fight."""
    if ctx.doc.quote(mention.span).lower() != "fighting":
        return False
    before = text_before(ctx.doc, mention.span, 16).split()[-1:]
    return bool(before) and before[0] in _SIDE_NOUNS and text_after(ctx.doc, mention.span, 10).split()[:1] == ["against"]


_OPERATION_WORDS = frozenset(fold(w) for w in ("معركة", "المعركة", "battle"))


def _named_operation(ctx: DocContext, mention: Mention) -> bool:
    """"معركة "طوفان الأقصى"": a campaign's name, talked about as a whole, is no incident."""
    if fold(ctx.doc.quote(mention.span)).strip() not in _OPERATION_WORDS:
        return False
    after = ctx.doc.text[mention.span.end:mention.span.end + 3].lstrip()
    return after[:1] in "\"«“'" and after != ""


_ADVANCE_WORDS = frozenset(fold(w) for w in ("تقدم", "تقدمت", "تقدموا", "وتقدمت", "وتقدم"))
# "مشروع القرار الذي تقدمت به الجزائر", "تقدم بشكوى": "تقدم بـ" submits, it does not advance
_SUBMITTED = tuple(fold(w) for w in ("به ", "بها ", "بطلب", "بمشروع", "بشكوى", "باقتراح", "بمبادرة", "بالشكر",
                                     "بالتعازي", "بالتهنئة", "بمقترح", "بطعن", "بدعوى"))


_PEOPLE_TAKEN = frozenset({"pilot", "pilots", "soldier", "soldiers", "fighter", "fighters", "militant", "militants",
                           "him", "them", "hostage", "hostages", "prisoner", "prisoners", "members", "man", "men",
                           "journalist", "journalists", "civilians", "officer", "officers", "commander", "leader"})
_RELATIVE_SUBJECTS = frozenset({"they", "he", "she", "it", "who", "that", "which", "rebels", "militants"})
_GOAL_WORDS = frozenset(fold(w) for w in ("حتى", "إنهاء", "لإنهاء", "بهدف", "هدفها", "هدفه", "تهدف", "يهدف",
                                            "until", "aim", "aims", "aimed", "goal"))
# "وتقدم المجلس إلى أهالي البلدة بخالص العزاء": condolences, thanks, congratulations offered
_OFFERED = tuple(fold(w) for w in ("بخالص", "بالعزاء", "بالتعازي", "بأحر", "بالشكر", "بالتهنئة", "بالتبريكات"))


def _purpose(ctx: DocContext, mention: Mention) -> bool:
    """"سعيه للسيطرة على", "هجوم لتحرير كافة الأراضي", "the goal is to seize": taking ground as an
    aim, not as news; "تقدمت به": a text submitted, no advance."""
    if mention.key != lx.TERRITORY or mention.span.start == 0:
        return False
    if fold(ctx.doc.quote(mention.span)).strip() in _ADVANCE_WORDS and (
            text_after(ctx.doc, mention.span, 12).lstrip().startswith(_SUBMITTED)
            or any(w in text_after(ctx.doc, mention.span, 48) for w in _OFFERED)):
        return True
    if text_before(ctx.doc, mention.span, 6).split()[-1:] == ["to"]:
        return True
    if any(w.lstrip("و") in _GOAL_WORDS for w in text_before(ctx.doc, mention.span, 20).split()[-2:]):
        return True  # "ستتواصل حتى تحرير المنطقة وإنهاء سيطرتها على ...": the goal of a fight, not a gain
    before = text_before(ctx.doc, mention.span, 24).split()[-2:]
    after = text_after(ctx.doc, mention.span, 24).split()[:3]
    if (after[:1] != ["by"] and _PEOPLE_TAKEN.intersection(after)) or (
            len(before) == 2 and before[0] in _PEOPLE_TAKEN and before[1] in _RELATIVE_SUBJECTS):
        return True  # "seized two soldiers", "a pilot they captured": people taken, not ground
    return ctx.doc.text[mention.span.start - 1] == "ل" or fold(ctx.doc.quote(mention.span)).startswith("ل")


_AIR_FORCE_DEED = re.compile(r"^\s*(?:(?:continues|continued|went on|kept) to (?:\w+ly )?)?(\w+)")


def _launched(ctx: DocContext, mention: Mention) -> bool:
    """"شنّ مقاتلو العشائر هجوماً": a loose word made definite by the verb that launched it;
    "المسلحون هجموا على بلدة": an attack verb right after the group that did it; "بأربع مسيرات",
    "بمسيرات": drones as the instrument of a strike (no march is)."""
    if any(w in _LAUNCH_VERBS or w.lstrip("و") in _LAUNCH_VERBS
           for w in text_before(ctx.doc, mention.span, 30).split()[-4:]):
        return True
    if fold(ctx.doc.quote(mention.span)).startswith("ل") and any(
            w.lstrip("وف") in _UNDERGONE for w in text_before(ctx.doc, mention.span, 20).split()[-2:]):
        return True  # "القوات الأميركية تتعرّض للاستهداف": subjected to an attack, which happened
    if mention.key == lx.CHANGE and fold(str(mention.get("phrase") or "")) in _CONVOY_NOUNS and any(
            w.lstrip("و") in _ARRIVAL_VERBS for w in _SENTENCE_END.split(text_after(ctx.doc, mention.span, _ARRIVAL_REACH))[0].split()):
        return True  # "رتلاً ... مكوناً من 30 ناقلة ... دخلت مدينة الشدادي": a convoy that arrived
    if fold(str(mention.get("phrase") or "")) in _DRONE_NOUNS:
        quote = fold(ctx.doc.quote(mention.span))
        before = text_before(ctx.doc, mention.span, 12).split()[-1:]
        if quote.startswith("ب") or (before and before[0].startswith("ب") and (
                before[0][1:].isdigit() or before[0][1:].removeprefix("ال") in _COUNT_WORDS)):
            return True
    verb = fold(ctx.doc.quote(mention.span)).strip()
    if verb in _AIR_FORCES and set(_AIR_FORCE_DEED.findall(text_after(ctx.doc, mention.span, 40))[:1]) & lx.DEED_VERBS_EN:
        # "the Syrian Air Force destroyed command centers in ...", "the air force continues to
        # relentlessly hit ...": the force struck
        return True
    return verb in _ACTED and any(m.label == "ACTOR" and 0 <= mention.span.start - m.span.end <= 3
                                  for m in ctx.doc.mentions)


_AIR_FORCES = frozenset({"air force", "air forces"})


_CONVOY_NOUNS = frozenset(fold(w) for w in ("رتل", "رتلا", "ارتال", "تعزيزات", "convoy", "reinforcements"))
_ARRIVAL_VERBS = frozenset(fold(w) for w in ("دخل", "دخلت", "وصل", "وصلت", "عبر", "عبرت", "entered", "arrived",
                                             "crossed", "reached"))
_ARRIVAL_REACH = 200  # characters from a convoy to the verb that says it arrived, within its sentence
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_UNDERGONE = frozenset(fold(w) for w in ("تعرض", "تعرضت", "تتعرض", "يتعرض", "تعرضوا", "يتعرضون", "بتعرض", "لتعرض"))
_DRONE_NOUNS = frozenset(fold(w) for w in ("مسيرة", "مسيرات", "مسيرتين"))
_COUNT_WORDS = frozenset(fold(w) for w in ("اثنتين", "ثلاث", "أربع", "اربع", "خمس", "ست", "سبع", "ثماني", "ثمان",
                                           "تسع", "عشر", "عدة", "عدد"))
_ACTED = frozenset(fold(w) for w in ("هجموا", "هاجموا", "هاجم", "هاجمت", "قصف", "قصفت", "قصفوا", "attacked", "stormed",
                                    "bombed", "shelled"))


# "دوي انفجارات", "explosions were heard": what was heard, not the weapon; rockets or a drone
# named in the same sentence say what it was.
_BARE_EXPLOSIONS = frozenset({"انفجار", "انفجارات", "انفجارين", "explosion", "explosions", "blast", "blasts"})


# "استهداف قاعدة كونيكو": a base targeted, weapon unsaid; the article names the drones or rockets nearby,
# or, naming none, it was rockets or shells (no ground fight is told).
_BARE_TARGETING = frozenset({"استهداف", "استهدف", "استهدفت", "تستهدف", "يستهدف", "استهدفوا", "استهدافها", "استهدافه",
                             "استهدافهم"})
_BASE_WORDS = frozenset(fold(w) for w in ("قاعدة", "القاعدة", "قاعدتي", "قواعد", "القواعد", "مركزا", "مقرا", "مقرات", "مقار",
                                         "مستوطنة", "مستوطنات", "ثكنة", "ثكنات", "موقع", "موقعي", "مواقع"))


_AIRCRAFT_NOUNS = frozenset(fold(w) for w in ("طائرات", "الطائرات", "طائرة", "الطائرة", "طائرتان", "طائرتين"))


def _aircraft_after(ctx: DocContext, trigger: Trigger) -> bool:
    """"استهداف طائرات العدو": the word after a bare "targeted" is who targeted, here aircraft;
    in the English passive ("were targeted by the Syrian army aircraft") the agent's head word."""
    phrase = trigger.mention.get("phrase")
    if phrase in _TARGETED_BY:
        return bool(_AIRCRAFT_EN.intersection(text_after(ctx.doc, trigger.mention.span, 40).split()[:5]))
    if phrase not in _BARE_TARGETING:
        return False
    return text_after(ctx.doc, trigger.mention.span, 12).split()[:1] in ([w] for w in _AIRCRAFT_NOUNS)


_TARGETED_BY = frozenset({"were targeted by", "was targeted by"})
_AIRCRAFT_EN = frozenset({"aircraft", "aircrafts", "warplanes", "warplane", "jets", "helicopters", "helicopter",
                          "drones", "drone", "planes", "bombers", "air"})


# "استهدفت المقاومة ... مستوطنتي غورن وشلومي بصواريخ البركان": rockets named as the means of a deed
# told in the past tense
_PAST_STRIKE_VERBS = frozenset(fold(w) for w in ("استهدفت", "استهدف", "استهدفوا", "قصفت", "قصف", "قصفوا", "دكت"))


def _means_of_a_strike(ctx: DocContext, sentence: Sentence, mention: Mention) -> bool:
    if mention.key not in (lx.SHELLING, lx.AIR) or not _glued_by(ctx, mention):
        return False
    before = fold_slice(ctx.doc.text, sentence.span.start, mention.span.start).split()
    return any(word.removeprefix("و") in _PAST_STRIKE_VERBS for word in before)


# "تحدّث المراسل عن استهداف إسرائيلي مركّز على منطقتي X وY": a state's targeting, named by the
# state's adjective, is its strike
_STATE_ADJECTIVES = frozenset(fold(w) for w in ("إسرائيلي", "الإسرائيلي", "أميركي", "الأميركي", "أمريكي", "تركي",
                                                "التركي", "روسي", "الروسي"))


def _a_states_targeting(ctx: DocContext, mention: Mention) -> bool:
    if mention.get("phrase") != "استهداف" or fold(ctx.doc.quote(mention.span)).startswith("ال"):
        return False  # ("الاستهداف الأميركي": the one told before)
    before = text_before(ctx.doc, mention.span, 8).split()[-1:]
    if before and before[0].endswith("اي") and len(before[0]) <= 5:
        return False  # ("أيّ استهداف إسرائيلي سيواجه ...", "أنّأيّ": any that may come)
    following = text_after(ctx.doc, mention.span, 14).split()[:1]
    return bool(following) and following[0].strip("،,.\"") in _STATE_ADJECTIVES


_BASE_REACH = 40  # characters from "استهدفت" to the base it names
_POST_REACH = 60  # ... to a post named by the word for one ("استهداف تموضع لجنود الاحتلال في محيط موقع X")
# "موقع حانيتا": a town's name after the word for a post names the post by it
_POST_WORDS = [[fold(w)] for w in ("موقع", "ثكنة", "قاعدة", "مقر", "وموقع", "وثكنة")]
_SITE_KINDS = frozenset({"base", "airport", "oilfield"})
_FEW_SITES = 2


def _targets_across_the_line(ctx: DocContext, actor: ActorRef | None, locations: list[Location]) -> bool:
    """An armed group of another country targets places in Israel, or Iraq's and Yemen's groups
    strike beyond their borders: from across the line (Hezbollah fought on the ground in Syria)."""
    entry = ctx.resources.actors.by_name(actor.name) if actor is not None else None
    if entry is None or not entry.country or not locations \
            or entry.inter not in (2, 3, 4) and entry.country not in _STRIKING_FROM_AFAR_STATES:
        return False
    abroad = all(loc.place.country != entry.country for loc in locations)
    return abroad and (entry.country in _STRIKING_FROM_AFAR_GROUPS
                       or all(loc.place.country == "Israel" for loc in locations))


_STRIKING_FROM_AFAR_GROUPS = frozenset({"Iraq", "Yemen"})
_STRIKING_FROM_AFAR_STATES = frozenset({"Yemen"})  # Sanaa's forces reach Israel and the sea only with missiles and drones


def _targets_a_base(sentence: Sentence, trigger: Mention, ctx: DocContext) -> bool:
    """"واستهدفت 3 هجمات قاعدة عين الأسد", "استهداف موقع راميا": a bare "targeted" whose object is a
    military base or post the gazetteer knows tells an attack, not a figure of speech."""
    if trigger.get("phrase") not in _BARE_TARGETING:
        return False
    sites = [(m, _BASE_REACH) for m in sentence.of("PLACE") if any(p.kind in _SITE_KINDS for p in ctx.candidates(m)[:1])]
    raw = ctx.doc.text[sentence.span.start:sentence.span.end]
    if "موقع" in raw or "ثكن" in raw or "قاعد" in raw or "مقر" in raw:
        sites += [(m, _POST_REACH) for m in sentence.of("PLACE")
                  if text_before(ctx.doc, m.span, 12).translate(_QUOTE_MARKS).split()[-1:] in _POST_WORDS]
    # (a roll of bases, "عين الأسد، التنف، حرير، كونيكو ...", tallies what a group claimed over days)
    return len({id(m) for m, _ in sites}) <= _FEW_SITES and any(
        0 <= m.span.start - trigger.span.end <= reach for m, reach in sites)


def _names_a_base(sentence: Sentence, ctx: DocContext) -> bool:
    # "فيقاعدة": pages that drop a link glue the word before it
    if any(word in _BASE_WORDS or word.startswith("في") and word[2:] in _BASE_WORDS
           for word in fold(ctx.doc.quote(sentence.span)).translate(_QUOTE_MARKS).split()):
        return True
    # "استهداف القوات الأميركية في إربيل و"التنف"": a base the US holds, named without the word
    return any(_US_HELD.intersection(m.get("candidates") or (m.key,)) for m in sentence.of("PLACE"))


_QUOTE_MARKS = str.maketrans("", "", "\"'«»“”،,")


def _the_attack_told(trigger: Trigger, previous: list[Event], ctx: DocContext) -> bool:
    return bool(previous) and previous[-1].event_type == "Explosions/Remote violence" \
        and trigger.mention.get("phrase") in lx.GENERIC_ATTACK and _definite(ctx, trigger.mention)


def _weapon_told_nearby(sentence: Sentence, sentences: list[Sentence]) -> str | None:
    """"دوت انفجارات في القاعدة" after "استهداف القاعدة بصاروخين": the explosions heard were the
    rockets (or drones) the sentence itself names, or the article around it, or its lead."""
    for index in (sentence.index, sentence.index - 1, sentence.index + 1, sentence.index - 2, sentence.index + 2, 0):
        if 0 <= index < len(sentences):
            # (the wire's "targeted their gatherings" names no weapon)
            weapons = [m.key for m in sentences[index].of("TRIGGER") if m.key in (lx.AIR, lx.SHELLING)
                       and m.get("phrase") not in _BARE_EXPLOSIONS and m.rule != "wire.trigger"]
            if weapons:
                return weapons[0]
    return None


_FOILING = frozenset(fold(w) for w in ("foiled", "thwarted", "احباط", "احبطت"))
_FOILED_OBJECT = 30  # characters from "foiled" to the attack it names ("foiled on Saturday an attack")
_MASSACRE = frozenset(fold(w) for w in ("massacre", "massacres", "مجزرة", "المجزرة", "مجازر", "مذبحة"))


def _choose_trigger(sentence: Sentence, ctx: DocContext) -> Trigger | None:
    triggers = _candidate_triggers(sentence, ctx)
    if not triggers:
        return None

    def rank(t: Trigger) -> tuple[object, ...]:
        # (and "rocket and sniper fire": the shots say less than the weapon beside them)
        generic = t.mention.get("phrase") in lx.GENERIC_ATTACK or t.mention.get("phrase") in _BARE_EXPLOSIONS \
            or t.mention.get("phrase") in _BARE_FIRE
        # "العدوان الإسرائيلي الذي استهدف ...": a word that names the weapon says more than "targeted"
        vague = generic and t.sub_type in (lx.CLASH, lx.VAC_ATTACK)
        return (t.weak, generic, vague, TYPE_PRIORITY.index(t.sub_type), t.mention.span.start)

    chosen = min(triggers, key=rank)
    if chosen.mention.get("phrase") in _BARE_FIRE:
        # "إطلاق نار ... سقوط 3 صواريخ": the rockets named, even bare, say what the fire was (a drone
        # named is more often what was fired at)
        weapons = [t for t in triggers if t.sub_type == lx.SHELLING]
        if weapons:
            return replace(weapons[0], weak=chosen.weak)
    if chosen.sub_type == lx.AIR and fold(str(chosen.mention.get("phrase") or "")) in _RAIDS \
            and not sentence.has_cue("death"):
        # "اعتقلت قيادياً في داعش بعد تنفيذ غارة عبر مروحية": a heliborne raid that took a man is an arrest
        arrest = next((t for t in triggers if t.sub_type == lx.ARRESTS and not t.weak), None)
        if arrest is not None:
            return arrest
    if chosen.sub_type == lx.DISRUPTED and fold(str(chosen.mention.get("phrase") or "")) in _FOILING:
        # "the army foiled on Saturday an attack by terrorist organizations on its posts": an attack
        # beaten back is a fight (ACLED: armed clash), not a weapon disrupted
        attack = next((t for t in triggers if t.sub_type == lx.CLASH
                       and 0 < t.mention.span.start - chosen.mention.span.end <= _FOILED_OBJECT), None)
        if attack is not None:
            return replace(attack, weak=chosen.weak)
    if chosen.sub_type == lx.VAC_ATTACK and fold(str(chosen.mention.get("phrase") or "")) in _MASSACRE:
        # "Massacre by Russian Air Force in the town of Atareb": the weapon beside it is how it was done
        # (an air force named as the hand, though no verb of its says it struck)
        weapon = next((m for m in sentence.of("TRIGGER") if m.key in (lx.AIR, lx.SHELLING)), None)
        if weapon is not None:
            return replace(chosen, sub_type=weapon.key, mention=weapon)
    if chosen.sub_type == lx.CLASH:
        # "هاجمت منشأة بواسطة قصف مدفعي", "attacked the base using drones": the means names the attack
        means = [t for t in triggers if t.sub_type in _WEAPON_TYPES and t.mention.span.start > chosen.mention.span.start
                 and (last_words(text_before(ctx.doc, t.mention.span, 16), 1) in ([w] for w in _BY_MEANS_OF)
                      or t.sub_type == lx.AIR and (_glued_by(ctx, t.mention) or _by_a_swarm(ctx, t.mention)))]
        if means:
            return replace(means[0], weak=chosen.weak)
    return chosen


_DAY_AFTER = tuple(fold(w) for w in ("a day after", "one day after", "the day after", "بعد يوم من", "غداة"))
_DAY_AFTER_REACH = 60
def _recently(ctx: DocContext, mention: Mention) -> bool:
    """"the Ramouseh area recently seized by rebels", "oil facilities captured by the Islamic State
    group": the ground's story told as a description of it, not as news."""
    before = text_before(ctx.doc, mention.span, 20).split()[-2:]
    if set(before) & _RECENTLY:
        return True
    return text_after(ctx.doc, mention.span, 4).split()[:1] == ["by"] and bool(before) \
        and before[-1].isalpha() and before[-1].islower() and before[-1] not in _BEFORE_A_PASSIVE_VERB


_RECENTLY = frozenset({"recently", "newly", "previously", "earlier", "مؤخرا", "سابقا"})
# "the town was captured by": a verb's own words; any other word before "captured by" is a noun it describes
_BEFORE_A_PASSIVE_VERB = frozenset({"was", "were", "been", "being", "is", "are", "be", "had", "has", "have", "and",
                                    "then", "later", "reportedly", "allegedly", "eventually", "finally", "fully",
                                    "quickly", "also", "not", "once", "subsequently"})


# "احتشد المئات ... مندّدين بالزيارة ومطالبين نتنياهو بمغادرة البلدة": a crowd that denounces or
# demands is a protest told as one
_PROTEST_MANNER = frozenset(fold(w) for w in (
    "منددين", "مندّدين", "مطالبين", "رافعين", "هاتفين", "رافضين", "مرددين", "chanting"))


def _voiced(ctx: DocContext, mention: Mention) -> bool:
    return mention.key == lx.PEACEFUL and any(
        w.lstrip("و") in _PROTEST_MANNER for w in text_after(ctx.doc, mention.span, 80).replace("،", " ").split())


_RAIDS = frozenset(fold(w) for w in ("غارة", "الغارة", "غارات", "raid", "raids"))


# "نشر مقطعاً مصوراً يوثق لحظات إطلاق طائرة مسيّرة", "the moments of the launch": a deed shown
# in a video is not what the sentence tells, where it tells another
_DEPICTING = frozenset(fold(w) for w in ("لحظات", "moments"))


def _depicted(ctx: DocContext, mention: Mention) -> bool:
    return bool(_DEPICTING.intersection(text_before(ctx.doc, mention.span, 40).split()[-4:]))


# "رداً على اعتداء العدو على بلدة X", "awaiting the response to the assassination": the deed
# answered is the cause told, not the news
_ANSWERING = IN_RESPONSE + tuple(fold(w) for w in ("الرد على", "للرد على", "الرد الايراني على", "response to"))
_ANSWERED_REACH = 30
_BY_MEANS_OF = frozenset(fold(w) for w in ("بواسطة", "باستخدام", "مستخدما", "مستخدمة", "مستخدمين", "using",
                                           "عبر"))  # ("عبر مسيّرتين انقضاضيتين")


# "شنّت هجوماً جوياً بسرب من المسيّرات": drones as the means
_SWARM = frozenset(fold(w) for w in ("بسرب من", "سرب من", "باسراب من"))


def _by_a_swarm(ctx: DocContext, mention: Mention) -> bool:
    return " ".join(last_words(text_before(ctx.doc, mention.span, 20), 2)) in _SWARM


def _glued_by(ctx: DocContext, mention: Mention) -> bool:
    """"هاجموا القاعدة بالطائرات المسيّرة": drones as the means, the preposition glued to them."""
    start = mention.span.start
    text = ctx.doc.text
    return start >= 2 and text[start - 1] == "ب" and not text[start - 2].isalnum()



def _candidate_triggers(sentence: Sentence, ctx: DocContext) -> list[Trigger]:
    """The sentence's trigger words that may head an event, with how loosely each is used."""
    mentions = sentence.of("TRIGGER")
    # "تفكيك عبوات ناسفة", "إسقاط طائرة مسيرة", "intercepted a missile": the weapon is what was
    # disrupted; it did not strike
    disrupted = [(m, w) for m in mentions if m.key == lx.DISRUPTED for w in mentions
                 if w.key in _WEAPON_TYPES and 0 <= w.span.start - m.span.end <= _DISRUPTED_OBJECT]
    objects = {id(w) for _, w in disrupted}
    definite = {id(m) for m, _ in disrupted}
    triggers = [Trigger(m.key, m, (bool(m.get("weak")) and not launched and id(m) not in definite
                                   and not _voiced(ctx, m) and not _targets_a_base(sentence, m, ctx)
                                   and not _means_of_a_strike(ctx, sentence, m) and not _a_states_targeting(ctx, m))
                        or _circumstantial(ctx, m), launched)
                for m in mentions if id(m) not in objects and not _recalled(ctx, m) and not _purpose(ctx, m)
                and not _a_trend(ctx, m)
                and not _named_operation(ctx, m) and not _prepared_for(ctx, m) and not _describes_a_side(ctx, m)
                and not within_phrase(ctx.doc, m.span, _ANSWERING, _ANSWERED_REACH)
                and not (m.key in _VIOLENT_TRIGGER_TYPES and _condemned(ctx, m))
                for launched in (_launched(ctx, m),)]
    shown = [t for t in triggers if _depicted(ctx, t.mention)]
    if shown and len(shown) < len(triggers):
        triggers = [t for t in triggers if t not in shown]
    # "a bomb blast hit a bus convoy": a convoy struck is a fight, unless a weapon word says how
    armed = any(t.sub_type in _WEAPON_TYPES and not t.weak for t in triggers)
    if not any(t.sub_type not in (lx.DISRUPTED, lx.CLASH) and not t.weak for t in triggers):
        triggers = [replace(t, sub_type=lx.CLASH) if t.sub_type == lx.DISRUPTED
                    and _manned_aircraft_downed(ctx, t.mention) else t for t in triggers]
    deadly = sentence.has_cue("death")
    return [replace(t, sub_type=lx.CLASH, struck=True, weak=armed)
            if t.sub_type == lx.CHANGE and _struck(ctx, t.mention) else
            replace(t, sub_type=lx.CLASH, weak=t.weak or armed)
            if t.sub_type == lx.CHANGE and fold(str(t.mention.get("phrase"))) in _FIGHTING_OPERATIONS
            and (deadly or _against(ctx, t.mention)) else t
            for t in triggers if not (t.sub_type == lx.AIR and (_flight_service(ctx, t.mention)
                                                                or _course_of(ctx, t.mention)
                                                                or _air_force_not_striking(ctx, t.mention)
                                                                or _air_support(ctx, t.mention)))
            and not (t.sub_type in _WEAPON_TYPES and _destroyed(ctx, t.mention))
            and not (t.sub_type in _WEAPON_TYPES and (_cargo(ctx, t.mention) or _harmless_round(ctx, t.mention)))
            and not (t.sub_type == lx.AGREEMENT and not _agreed(ctx, t.mention))
            and not (t.sub_type == lx.TERRITORY and (_things_seized(ctx, t.mention) or _recently(ctx, t.mention)
                                                     or _people_freed(ctx, t.mention)))
            and not (t.sub_type == lx.CLASH and (_front_line(ctx, t.mention) or _into_the_air(ctx, t.mention)
                                                 or _townsfolk_set_upon(ctx, t.mention)))]


_SHOOTING_DOWN = frozenset(fold(w) for w in ("shot down", "shoots down", "shooting down", "اسقطت", "اسقط", "اسقطوا",
                                               "اسقاط", "اسقاط طائرة"))
# a helicopter or a warplane with its crew brought down from the ground is a fight with its side; a drone
# or a missile brought down is a weapon disrupted
_MANNED_AIRCRAFT = re.compile(fold(r"\b(?:helicopters?|choppers?|warplanes?|war planes?|fighter jets?|jets?|planes?|"
                                   r"aircraft|mi-\d+|sukhoi|su-\d+|mig-\d+|مروحية|مروحيات|حوامة|طائرة حربية|"
                                   r"طائرة مروحية|مقاتلة)"))
_UNMANNED = re.compile(fold(r"drones?|radio-controlled|unmanned|missiles?|rockets?|مسيرة|مسيّرة|استطلاع|صاروخ|صواريخ"))


_NOT_TOLD_AS_DONE = frozenset(fold(w) for w in ("have", "has", "whether", "if"))  # "have been shot down since 2011"


def _manned_aircraft_downed(ctx: DocContext, mention: Mention) -> bool:
    if fold(ctx.doc.quote(mention.span)) not in _SHOOTING_DOWN:
        return False
    before = text_before(ctx.doc, mention.span, 50)
    if _NOT_TOLD_AS_DONE.intersection(before.split()[-4:]):
        return False
    around = before + " " + text_after(ctx.doc, mention.span, 40)
    return _MANNED_AIRCRAFT.search(around) is not None and _UNMANNED.search(around) is None


_SET_UPON = frozenset(fold(w) for w in ("هاجم", "هاجموا", "هاجمت", "attacked", "heckled"))
_TOWNSFOLK = frozenset(fold(w) for w in ("اهالي", "سكان", "سكانا", "الاهالي", "السكان", "residents", "locals",
                                         "villagers", "mourners"))


def _townsfolk_set_upon(ctx: DocContext, mention: Mention) -> bool:
    """"هاجم أهالي مجدل شمس وزراء الاحتلال", "residents attacked visiting ministers": townsfolk turning on
    officials at a funeral is a protest (told by its own words), not a battle."""
    if fold(ctx.doc.quote(mention.span)).lstrip("و") not in _SET_UPON:
        return False
    near = text_before(ctx.doc, mention.span, 45).split()[-6:] + text_after(ctx.doc, mention.span, 20).split()[:2]
    return bool(_TOWNSFOLK.intersection(w.lstrip("و") for w in near))


_AIR_SHOTS = tuple(fold(w) for w in ("the air", "air", "في الهواء", "بالهواء", "في الجو"))


def _into_the_air(ctx: DocContext, mention: Mention) -> bool:
    """"shots fired into the air", "أطلقوا النار في الهواء": celebration or a warning, no fight."""
    after = text_after(ctx.doc, mention.span, 16).lstrip()
    return any(after.startswith(w) and after[len(w):len(w) + 1] in ("", " ", ".", ",", "،") for w in _AIR_SHOTS)


_FRONT_WORDS = frozenset(fold(w) for w in ("محاور", "محور", "خطوط", "خط", "جبهات", "جبهة", "نقاط", "front",
                                            "fronts", "lines"))


def _front_line(ctx: DocContext, mention: Mention) -> bool:
    """"على محاور الاشتباك", "خطوط التماس": a front line named, not a fight reported ("Al-Nusra Front
    attacked" names a group)."""
    if not any(w.lstrip("وب") in _FRONT_WORDS for w in text_before(ctx.doc, mention.span, 12).split()[-1:]):
        return False
    return not any(m.label == "ACTOR" and 0 <= mention.span.start - m.span.end <= 2 for m in ctx.doc.mentions)


_AGREEING = tuple(fold(w) for w in (
    "reached", "signed", "agreed", "announced", "brokered", "concluded", "struck", "took effect", "came into",
    "توصل", "توصلت", "وقع", "وقعت", "وقعا", "اتفق", "اتفقت", "اتفقا", "تم الاتفاق", "ابرم", "ابرمت", "اعلن",
    "اعلنت", "دخل حيز", "بدء سريان", "سريان"))


def _agreed(ctx: DocContext, mention: Mention) -> bool:
    """"a deal reached between", "تم التوصل إلى اتفاق": an agreement made, not one talked about or broken
    ("in violation of a cease-fire", "the ceasefire was supposed to")."""
    if set(text_before(ctx.doc, mention.span, 36).split()[-6:]) & _TIMED_BY:
        return False  # "killed just hours after the new US-Russian agreement was reached": a time, not news
    near = f" {text_before(ctx.doc, mention.span, 40)} {text_after(ctx.doc, mention.span, 40)} "
    # English words whole ("breached" holds "reached"); Arabic ones start a word, after و or ف
    # ("وتوصلت"), and "الموقعة" (the one signed, long ago) is no signing
    starts = near.split() + [w[1:] for w in near.split() if w[:1] in "وف" and len(w) > 3]
    return any(f" {w} " in near if w.isascii() else
               (w in near if " " in w else any(start.startswith(w) for start in starts)) for w in _AGREEING)


_TIMED_BY = frozenset(fold(w) for w in ("after", "before", "since", "بعد", "قبل", "منذ", "عقب"))


_CARGO = frozenset(fold(w) for w in ("filled", "loaded", "laden", "carrying", "stockpile", "depot", "depots", "cache",
                                      "equipped", "armed", "محملة", "المحملة", "محمل", "مليئة", "مستودع",
                                      "مستودعات", "مخزن", "مزودة", "المزودة", "مزود", "بالذخائر"))


def _cargo(ctx: DocContext, mention: Mention) -> bool:
    """"a truck filled with explosives", "مستودع للمتفجرات": explosives carried or stored, not set off."""
    return any(w in _CARGO for w in text_before(ctx.doc, mention.span, 24).split()[-3:])


_DESTROYING = frozenset(fold(w) for w in ("destroyed", "destroying", "destroy", "دمر", "دمرت", "تدمير", "بتدمير",
                                           "وتدمير", "seized", "seizing", "captured", "confiscated", "ضبط",
                                           "صادرت"))


_HARMLESS_ROUNDS = frozenset(fold(w) for w in ("المضيئة", "مضيئة", "الضوئية", "ضوئية", "الدخانية", "دخانية",
                                                "illumination", "illuminating", "flare", "smoke"))


def _harmless_round(ctx: DocContext, mention: Mention) -> bool:
    """"أطلقت القنابل المضيئة", "illumination shells": flares and smoke light or hide, they strike nothing."""
    after = text_after(ctx.doc, mention.span, 16).split()[:1]
    before = text_before(ctx.doc, mention.span, 16).split()[-1:]
    return any(w in _HARMLESS_ROUNDS for w in after + before)


_DESTROYING_VERBS_AR = frozenset(fold(w) for w in ("دمر", "دمرت"))


_SEIZED_THINGS = frozenset(fold(w) for w in (
    "weapons", "arms", "rifles", "launchers", "ammunition", "munitions", "cache", "vehicles", "tanks", "documents",
    "اسلحة", "الاسلحة", "ذخائر", "الذخائر", "ذخيرة", "اليات", "الاليات", "اسلحه", "الاسلحه"))


def _things_seized(ctx: DocContext, mention: Mention) -> bool:
    """"grenade launchers seized by the Kurdish fighters", "ضبط أسلحة": weapons taken, no ground."""
    return any(w.lstrip("و") in _SEIZED_THINGS for w in text_before(ctx.doc, mention.span, 30).split()[-3:])


# "قُتل في محاولة لتحرير الأسرى": captives freed, no ground taken
_CAPTIVES = frozenset(fold(w) for w in ("الاسرى", "اسرى", "الاسير", "اسير", "الرهائن", "رهائن", "المختطفين",
                                        "المخطوفين", "المحتجزين", "hostages", "captives", "prisoners"))


def _people_freed(ctx: DocContext, mention: Mention) -> bool:
    following = text_after(ctx.doc, mention.span, 16).split()[:1]
    return bool(following) and following[0].strip("\"'،,.") in _CAPTIVES


def _destroyed(ctx: DocContext, mention: Mention) -> bool:
    """"destroying 8 artillery pieces", "a mortar were destroyed", "a rocket launcher": the weapon
    was what got destroyed or seized, or names the launcher, not a shot."""
    before = text_before(ctx.doc, mention.span, 64).split()
    if before and before[-1].lstrip("و") in _DESTROYING_VERBS_AR:
        return False  # "دمرت طائرة مسيرة سيارة": right after the verb the weapon is its subject
    if ctx.doc.text[mention.span.start - 1:mention.span.start] == "ب":
        return False  # "بالمدفعية": the weapon used, whatever it destroyed
    words = [w for w in before[-5:] if not w.isdigit()]
    reach = 4  # "destroying 8 artillery pieces", "دمر الجيش اليوم 5 طائرات مسيرة": the verb, its subject and a time word
    if "and" in words[-2:] or "و" in words[-2:]:
        # "destroying their armored vehicles and mortar shells": the verb governs the whole list
        words, reach = [w for w in before[-8:] if not w.isdigit()], 7
    after = [w.strip(".,;:،") for w in text_after(ctx.doc, mention.span, 24).split()[:2]]
    return any(w.lstrip("و") in _DESTROYING for w in words[-reach:]) \
        or after[:1] in (["launcher"], ["launchers"], ["propelled"]) \
        or (len(after) > 1 and after[0] in ("was", "were") and after[1] in _DESTROYING)


_FLYING = frozenset(fold(w) for w in ("حلق", "وحلق", "حلقت", "وحلقت", "يحلق", "تحلق", "وتحلق", "تحليق", "وتحليق",
                                      "التحليق", "والتحليق", "بتحليق", "flew", "flying", "overflew", "hovered",
                                      "hovering"))
_FLIGHT_SERVICE = frozenset(fold(w) for w in ("هبوط", "لهبوط", "اقلاع", "لاقلاع", "واقلاع", "مدرج", "takeoff",
                                               "landing", "hangar", "hangars"))


_FAILED = tuple(fold(w) for w in ("فشل", "فشلت", "إخفاق", "failed to", "failure to", "failed"))


def _failed(ctx: DocContext, mention: Mention) -> bool:
    before = text_before(ctx.doc, mention.span, 36)
    return any(w in before for w in _FAILED)


def _flight_service(ctx: DocContext, mention: Mention) -> bool:
    """"مجهزة لهبوط الطائرات المروحية وإقلاع الطائرات المسيرة": a base described, not a strike."""
    return any(w in _FLIGHT_SERVICE for w in text_before(ctx.doc, mention.span, 16).split()[-2:]) \
        or _flying(ctx, mention)


_AIR_FORCE_MODIFIERS = frozenset({"the", "its", "their", "army", "armys", "syrian", "russian", "regime", "regimes"})
_AIR_FORCE_OWNED = frozenset({"pilot", "pilots", "base", "bases", "commander", "commanders", "officer", "officers",
                              "intelligence", "academy", "spokesman", "general", "chief"})


def _air_force_not_striking(ctx: DocContext, mention: Mention) -> bool:
    """"army units backed by the air force", "an air force pilot": the force named, no strike of its own."""
    if fold(ctx.doc.quote(mention.span)) != "air force":
        return False
    before = [w for w in text_before(ctx.doc, mention.span, 30).split() if w not in _AIR_FORCE_MODIFIERS][-1:]
    after = text_after(ctx.doc, mention.span, 16).split()[:1]
    return before in (["by"], ["with"]) or bool(after) and after[0].strip(".,") in _AIR_FORCE_OWNED


# "They are backed by air strikes launched by the coalition", "under the cover of coalition airstrikes":
# the air support of a ground push, no strike told on its own
_BACKED_BY = re.compile(r"(?:backed by|backing of|cover of|with the support of|supported by|"
                        r"بغطاء|بدعم|باسناد)\s+(?:\S+\s+){0,3}$")


def _air_support(ctx: DocContext, mention: Mention) -> bool:
    return _BACKED_BY.search(text_before(ctx.doc, mention.span, 48) + " ") is not None


# "the regime has recently intensified aerial attacks on", "a surge in bombing raids": a trend, no incident
_TREND = re.compile(r"(?:(?:has|have|is|are)(?: recently| also| been)? (?:intensified|intensifying|stepped up|stepping up|"
                    r"escalated|escalating)|(?:up)?surge in)"
                    r"(?: (?:its|their|the))?(?: \S+)?\s*$")


# "ممارساتها في الجولان من اعتقالٍ وقتلٍ وتهجير", "its policy of arrests and displacement": what a side
# is charged with doing, told as a kind of deed
_PRACTICE = re.compile(fold(r"(?:(?:ممارسات|جرائم|انتهاكات|سياسات|سياسة)\w*(?: [^ ]+){0,6} من|"
                            r"(?:practices|policy|policies|crimes) (?:of|such as|including))"
                            r"(?: [^ ]+){0,3}\s*$"
                            # "بينما يواصل الاحتلال ارتكاب جريمة الإخفاء القسري": a crime it keeps committing
                            r"|(?:يواصل|تواصل|يواصلون|يستمر في|تستمر في)(?: [^ ]+){0,2} [\"«]?ارتكاب (?:جريمة|جرائم)\s*$"))


def _a_trend(ctx: DocContext, mention: Mention) -> bool:
    """A trend ("have recently intensified air strikes") or a practice a side is charged with."""
    trends, practices = _tells_of_trends(ctx.doc.text)
    return trends and _TREND.search(text_before(ctx.doc, mention.span, 48)) is not None \
        or practices and _PRACTICE.search(text_before(ctx.doc, mention.span, 72)) is not None


# a word every trend phrase holds, and one every practice phrase holds: most documents have none,
# and need no search at each trigger
_TREND_WORDS = re.compile(r"intensif|stepp|escalat|surge")
_PRACTICE_WORDS = re.compile(fold(r"ممارسات|جرائم|جريمة|انتهاكات|سياسات|سياسة|practices|polic|crimes"))


def _tells_of_trends(text: str) -> tuple[bool, bool]:
    answers = _TREND_WORDS_HELD.answers(text)
    if "held" not in answers:
        folded = fold(text)
        answers["held"] = (_TREND_WORDS.search(folded) is not None, _PRACTICE_WORDS.search(folded) is not None)
    return answers["held"]


_TREND_WORDS_HELD = DocumentMemo()


def _flying(ctx: DocContext, mention: Mention) -> bool:
    """Aircraft that flew over ("وحلّق الطيران الحربي في أجواء ...", "التحليق المكثف للطيران"), or
    broke airspace rules ("6 انتهاكات نفذتها 4 مقاتلات")."""
    before = text_before(ctx.doc, mention.span, 40).split()
    heard = _HEARD.match(text_after(ctx.doc, mention.span, 24)) is not None  # "warplanes were heard overhead"
    return heard or any(w in _FLYING for w in before[-2:]) or any(w.lstrip("و") in _VIOLATIONS for w in before[-5:])


_HEARD = re.compile(r"^\s*(?:were|was|could be|can be)\s+heard\b")


_VIOLATIONS = frozenset(fold(w) for w in ("انتهاك", "انتهاكات", "انتهاكا", "خرق", "خروقات", "خرقا", "violations",
                                          "violation", "violated", "violating"))


_MARCH_WORDS = frozenset(fold(w) for w in ("مسيرة", "مسيرات", "بمسيرة", "ومسيرة", "المسيرة", "لمسيرة"))
_DRONE_OWNERS = frozenset(fold(w) for w in ("الاحتلال", "العدو", "التحالف", "الجيش"))
_AIRCRAFT = frozenset(fold(w) for w in ("طائرة", "الطائرة", "طائرات", "الطائرات"))


def _course_of(ctx: DocContext, mention: Mention) -> bool:
    """"مسيرة العلاقات الثنائية", "مسيرة النضال": the course of something, not a drone; a drone's flag
    follows it as an adjective ("المسيرة الإسرائيلية")."""
    if fold(ctx.doc.quote(mention.span)) not in _MARCH_WORDS:
        return False
    if any(w in _AIRCRAFT for w in text_before(ctx.doc, mention.span, 12).split()[-1:]):
        return False
    following = text_after(ctx.doc, mention.span, 24).split()[:1]
    if not following or not following[0].startswith("ال") or following[0] in _DRONE_OWNERS:
        return False
    return not following[0].endswith(("ي", "يه", "يين", "يون"))


_STRIKING_VERBS = frozenset(fold(w) for w in (
    "destroyed", "targeted", "struck", "hit", "ambushed", "bombed", "attacked", "دمر", "دمرت", "استهدف",
    "استهدفت", "استهداف", "قصف", "قصفت", "تدمير"))


# "20 IS members were killed in a military operation by the Turkish army": an operation that kills is
# a fight, not a change of posture
_FIGHTING_OPERATIONS = frozenset(fold(w) for w in ("military operation", "عملية عسكرية", "اطلاق عملية", "military operations",
                                                   "عمليات عسكرية"))


# "نفّذ حزب الله 7 عمليات عسكرية ضد مواقع الاحتلال": operations against a side are attacks on it
_AGAINST = frozenset(fold(w) for w in ("ضد", "against", "على"))


def _against(ctx: DocContext, mention: Mention) -> bool:
    return text_after(ctx.doc, mention.span, 12).split()[:1] in ([w] for w in _AGAINST)


def _struck(ctx: DocContext, mention: Mention) -> bool:
    """"The air force destroyed a convoy", "استهدفت رتلاً": the convoy was hit, it did not deploy; nor
    did the soldiers of "عمليات ضد مواقع الاحتلال وانتشار جنوده", the second object of "against"."""
    words = text_before(ctx.doc, mention.span, 40).split()
    if any(w.lstrip("و") in _STRIKING_VERBS for w in words[-3:]):
        return True
    # ("عمليات عسكريةضد": pages that drop a link glue the word before it)
    return words[-1:] == ["و"] and any(w.endswith(_AGAINST_AR) or w == "against" for w in words[-5:-1])


_AGAINST_AR = fold("ضد")


# "وتعتدي تلك المجموعات على المناطق الآمنة بالقذائف", "وتواصل المقاومة استهداف القواعد": a sentence
# opening on one of these present-tense verbs, with no date, tells what a side keeps doing
_HABITUAL_OPENERS = frozenset(fold(w) for w in (
    "تعتدي", "يعتدي", "تواصل", "يواصل", "تستمر", "يستمر", "تشن", "يشن", "تقصف", "يقصف", "تستهدف", "يستهدف",
    "تنفذ", "ينفذ", "تهاجم", "يهاجم", "تتواصل", "يتواصل"))


# "وفي وقتٍ سابق، ردّت إيران ..." with no day: an earlier incident the article recalls ("في وقت
# سابق اليوم" names its day, and a date word keeps it). "وفي وقت سابق، أفادت مصادر ..." dates the
# report, not the incident, which may be the news itself.
_SOME_TIME_BEFORE = re.compile(fold(r"في\s+وقت\s+سابق[\s,،]+(?!(?:أفاد|أكد|ذكر|نقل|أعلن|تحدث|أشار|قال|كشف)\w*)\w"))


def _habitual(sentence: Sentence, ctx: DocContext) -> bool:
    """Also undated: what a side keeps doing, or what it did "some time before"."""
    if sentence.of("DATE"):
        return False
    first = fold_slice(ctx.doc.text, sentence.span.start, min(sentence.span.end, sentence.span.start + 30)).split()[:3]
    if len(first) == 3 and first[0] in ("في", "وفي") and first[1].endswith((",", "،")):
        first = first[2:]  # "وفي الشمال، تواصل المقاومة ...": the side's front, then what it keeps doing
    if bool(first) and (first[0] in _HABITUAL_OPENERS or first[0][:1] == "و" and first[0][1:] in _HABITUAL_OPENERS):
        return True
    folded = fold_slice(ctx.doc.text, sentence.span.start, sentence.span.end)
    # (the pattern is tried at every "في" of the sentence: only where its rarer word stands)
    return "سابق" in folded and _SOME_TIME_BEFORE.search(folded) is not None


_ASIDES = frozenset(fold(w) for w in ("يذكر ان", "ويذكر ان", "وسبق ذلك", "سبق ذلك",
                                      # "استهدفت القسام تل أبيب عدة مرات أمس": several strikes on one day
                                      "عدة مرات", "مرات عدة", "مرات عديدة")) | frozenset(
    # "the attack comes a day after an airstrike on Monday killed 12": the news it follows, told with its day
    fold(w) for w in lx.BACKGROUND_EN if w.startswith(("came ", "comes ")))
# The background cues of more than one word, glued to the word after them: the scan, which
# needs a word to end where a phrase ends, misses them (on folded text).
_GLUED_BACKGROUND = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(fold(w)) for w in sorted(lx.BACKGROUND_AR, key=len, reverse=True) if " " in w
) + r")(?=[\u0621-\u064a])")


def _dated_aside(sentence: Sentence, ctx: DocContext) -> bool:
    """"يُذكر أنّ مصدراً عسكرياً أفاد اليوم بـ...": "it is worth noting" brings in background, unless
    what it notes is dated to the last days (the date checks below still apply)."""
    return all(fold(ctx.doc.quote(cue.span)).strip() in _ASIDES for cue in sentence.cues("background")) \
        and any(m.get("kind") in ("relative", "absolute") for m in sentence.of("DATE"))


_EARLY_IN_MONTH = 10  # days: "early this month" told later than this is weeks ago
_EARLY = frozenset(fold(w) for w in ("مطلع", "بداية", "أوائل", "اوائل", "مستهل", "early", "beginning"))


def _early_in(ctx: DocContext, mention: Mention) -> bool:
    """"مطلع أيار", "early May", "the beginning of May": the first days of the month named."""
    before = text_before(ctx.doc, mention.span, 24).split()
    return any(w.lstrip("وفب") in _EARLY for w in before[-3:])


def _goes_on_with_background(sentence: Sentence, sentences: list[Sentence], ctx: DocContext) -> bool:
    """"وفي مطلع أيار، تصدت الدفاعات لعدوان استهدف مطار حلب. وتحدث المراسل عن خروج مطار حلب عن
    الخدمة جراء الصواريخ.": an undated sentence at the place of the recalled incident just told
    tells more of it."""
    if sentence.index == 0 or sentence.of("DATE"):
        return False
    before = sentences[sentence.index - 1]
    if not before.of("TRIGGER") or not before.of("DATE") or not _is_background(before, ctx):
        return False  # (dated old: a cue word alone may recall a side-note, not the incident)
    own = [m for m in sentence.of("PLACE") if not m.get("needs_cue")]
    opening = fold(ctx.doc.text[sentence.span.start:sentence.span.start + 16]).split()[:1]
    if not own and opening and opening[0] in _OF_THOSE_JUST_TOLD:
        return True  # "An earlier attack in July left 270 dead. Most were executed ...": those dead
    places = {m.key for m in before.of("PLACE") if not m.get("needs_cue")}
    return bool(places) and any(m.key in places for m in own)


# Words a sentence opens with that take up the people of the sentence before
_OF_THOSE_JUST_TOLD = frozenset(fold(w) for w in ("most", "many", "some", "they", "all", "معظمهم", "أغلبهم", "بعضهم",
                                                  "جميعهم", "غالبيتهم"))


def _is_background(sentence: Sentence, ctx: DocContext, trigger: Trigger | None = None) -> bool:
    """History and recalled incidents: a past year or range of years, an older date, "قبل أيام",
    and what a side keeps doing ("وتواصل المقاومة استهداف ..."); a date of another deed told in a
    clause after ``trigger`` says nothing of it."""
    if _habitual(sentence, ctx) or sentence.has_cue("background") and not _dated_aside(sentence, ctx):
        return True
    if _GLUED_BACKGROUND.search(fold_slice(ctx.doc.text, sentence.span.start, sentence.span.end)):
        return True  # "قد نشرت منذ أياممشاهد": a cue whose space to the next word was lost
    published = ctx.doc.published
    for mention in sentence.of("DATE"):
        if trigger is not None and _dates_another_deed(sentence, trigger, mention, ctx):
            continue
        kind = mention.get("kind")
        if kind == "range":
            return True
        if kind == "since":
            return True  # "divided since mid-2012", "130 hospitals hit since the start of the year": a span, no incident
        if published is None or not mention.key:
            continue
        day = dt.date.fromisoformat(mention.key)
        if kind in ("year", "month") and (day.year, day.month if kind == "month" else 0) < (
            published.year, published.month if kind == "month" else 0
        ):
            return True
        if kind == "month" and (day.year, day.month) == (published.year, published.month) \
                and published.day > _EARLY_IN_MONTH and _early_in(ctx, mention) \
                and not any(m.get("kind") in ("relative", "absolute") for m in sentence.of("DATE")):
            return True  # "وفي مطلع أيار" told on 29 May: weeks before
        if kind == "absolute" and (published - day).days > _BACKGROUND_DAYS:
            return True
        if kind in ("absolute", "relative") and (published - day).days > _STALE_DAYS:
            return True
        if day > published:
            return True  # a plan or a deadline, not something that happened
    return False


def _confidence(trigger: Trigger, sentence: Sentence, locations: list[Location], irrealis: bool,
                question: bool = False) -> float:
    score = 0.35 if trigger.weak else 0.45 if trigger.sub_type in _LOOSE_TYPES else 0.55
    if trigger.launched and not trigger.weak:
        score += 0.05
    if any(m.get("kind") in ("relative", "absolute") for m in sentence.of("DATE")):
        score += 0.1
    elif trigger.mention.rule == "wire.trigger":
        score += 0.05  # a wire round-up of the army's day dates its lead, not each unit's report
    if locations and (locations[0].precision == 1 or locations[0].place.kind in _SETTLEMENTS):
        score += 0.1  # a named town or site, even "near" it, is a place someone reported from
    elif locations:
        score += 0.05
    if sentence.has_cue("death") or sentence.has_cue("injury"):
        score += 0.1
    if sentence.of("ACTOR"):
        score += 0.05
    if irrealis:
        score -= 0.3
    if trigger.mention.get("phrase") in lx.GENERIC_ATTACK and not locations:
        score -= 0.1  # "the repeated attacks on ...", nowhere in particular: commentary more than a report
    if trigger.mention.get("phrase") in _WAR_NOUNS and not locations:
        score -= 0.15  # "المعركة", "the war": the conflict as a topic, not one fight somewhere
    if question:
        score -= 0.3  # "فكيف تحطمت نظرية الأمن في المعركة؟": a question reports nothing
    return round(max(0.0, min(1.0, score)), 2)


# "..., فيما لم ترد معلومات عن حجم الأضرار", "no group has yet claimed it": what is not yet known
# about an incident, said after it, does not make the incident unreal.
_UNKNOWN_DETAIL = re.compile(fold(
    r"^(?:لم|ولم) (?:ترد|يرد|تتضح|يتضح|تعرف|يعرف|تعلن|يعلن|تتبن|يتبن|تتبنى|يتبنى|تذكر|يذكر|تكشف|يكشف|تصدر|يصدر|تحدد|يحدد)"
    r"|^did not (?:say|specify|give details|identify|elaborate|disclose)"))


def _irrealis(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> bool:
    cues = sentence.cues("irrealis")
    if trigger.sub_type in _CROWD_TYPES:
        # "خرجت مظاهرات طالبت بإسقاط الجولاني", "protesters called for": a crowd's demands are what it
        # marched for, not a doubt that it marched
        cues = [c for c in cues if c.span.start < trigger.mention.span.start
                or fold(ctx.doc.quote(c.span)).strip() not in _DEMANDS]
    return any(cue.span.start < trigger.mention.span.start
               or not _UNKNOWN_DETAIL.match(fold(ctx.doc.text[cue.span.start:cue.span.end + 24]))
               and fold(ctx.doc.quote(cue.span)).strip() not in _PURPOSES | _HELD_OR_TO_COME
               for cue in cues)


# "يمتلك الحزب قذائف هاون", "ستقوم واشنطن بإرسال ...": arms held and what will be done say so of the
# weapons told after them; told after an attack, they belong to another clause
_HELD_OR_TO_COME = frozenset(fold(w) for w in ("يمتلك", "تمتلك", "يملك", "تملك", "تستطيع", "يستطيع", "القدرة على",
                                             "قدرة على", "ستقوم", "سيقوم", "ستبدأ", "سيبدأ",
                                             # "قصفت خيام نازحين ... وطلب منهم الإخلاء": a request after the deed
                                             "طلب", "طلبت", "طلبن", "طلبوا"))


# "pounded their positions to prevent them from advancing": a purpose after the deed leaves it done
_PURPOSES = frozenset(fold(w) for w in ("لمنع", "بهدف منع", "to prevent", "to stop", "aimed at preventing"))


_CROWD_TYPES = frozenset({lx.PEACEFUL, lx.INTERVENTION, lx.EXCESSIVE, lx.VIOLENT_DEMO, lx.MOB})
_DEMANDS = frozenset(fold(w) for w in ("طالب", "طالبت", "يطالب", "تطالب", "يطالبون", "دعا", "دعت", "called for", "demanded"))


_WAR_NOUNS = frozenset(fold(w) for w in (
    "معركة", "المعركة", "معارك", "المعارك", "حرب", "الحرب", "مواجهات", "المواجهات", "مواجهة", "المواجهة",
    "battle", "battles", "war", "fighting", "conflict"))


def _is_question(sentence: Sentence, ctx: DocContext) -> bool:
    return ctx.doc.quote(sentence.span).rstrip().rstrip("\"'»”!").endswith(("؟", "?"))


# "أفاد مسؤول، فجر الأحد، بأنّ هجوماً استهدف، أمس السبت، القاعدة": a date before the "that" of a
# report dates the report; the incident's own date comes after it.
_THAT = re.compile(r"(?<!\w)[بو]?[أإا]ن(?:ه|ها)?(?!\w)|(?<!\w)that(?!\w)", re.IGNORECASE)


# "نشر الإعلام الحربي مشاهد توثّق استهدافها مبنى ...، والذي نفّذته الثلاثاء الماضي": the date of
# what a relative clause recalls is that thing's own, lent to no sentence after it
_RELATIVE_PRONOUNS = frozenset(fold(w) for w in ("الذي", "التي", "والذي", "والتي", "which"))


_BACK_WORDS = frozenset(fold(w) for w in ("الماضي", "الماضية", "last"))


def _dates_a_relative_clause(ctx: DocContext, date: Mention) -> bool:
    """(only a day "last" something: "الذي استهدف يومي الخميس والجمعة" may well be the news itself)"""
    return bool(_RELATIVE_PRONOUNS.intersection(text_before(ctx.doc, date.span, 24).replace("،", " ").split()[-3:])) \
        and bool(_BACK_WORDS.intersection(fold(ctx.doc.quote(date.span)).split()))


_SINCE = frozenset(fold(w) for w in ("since", "منذ"))
_RECALLED_DEED_DAYS = 60
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("where", "which", "when", "حيث", "الذي", "التي", "والذي", "والتي"))
_WORD_OR_COMMA = re.compile(r"[^\s,،]+")


def _dates_another_deed(sentence: Sentence, trigger: Trigger, date: Mention, ctx: DocContext) -> bool:
    """"air raids hit numerous towns including Urum al-Kubra, where a deadly attack on an aid convoy
    took place on 19 September": a clause opened after the trigger that tells a deed of its own
    dates that deed, not the trigger's."""
    if date.span.start <= trigger.mention.span.end or date.get("kind") not in ("relative", "absolute") \
            or _SINCE.intersection(text_before(ctx.doc, date.span, 10).split()[-2:]) \
            or ctx.doc.published is None or (ctx.doc.published - dt.date.fromisoformat(date.key)).days > _RECALLED_DEED_DAYS:
        return False  # (a year, a "since" or a day long past still sets the whole sentence in the past)
    openers = [word.start() for word in _WORD_OR_COMMA.finditer(ctx.doc.text, trigger.mention.span.end, date.span.start)
               if fold(word.group()) in _CLAUSE_OPENERS]
    return bool(openers) and any(openers[-1] <= m.span.start < date.span.start for m in sentence.of("TRIGGER")
                                 if m.span != trigger.mention.span)


def _event_date(sentence: Sentence, sentences: list[Sentence], ctx: DocContext,
                trigger: Trigger) -> tuple[dt.date | None, int, Evidence | None]:
    for index in (sentence.index, sentence.index - 1, sentence.index - 2):
        if index < 0:
            break
        dated = [m for m in sentences[index].of("DATE") if m.key and m.get("kind") in ("relative", "absolute")
                 and (index == sentence.index and not _dates_another_deed(sentence, trigger, m, ctx)
                      or index != sentence.index and m.get("precision") == 1 and not _dates_a_relative_clause(ctx, m))]
        if dated:
            best = dated[0]
            if len(dated) > 1:
                # the trigger's own sentence: the "that" opening the trigger's clause; a sentence
                # before, lending its date: the "that" of its report
                until = trigger.mention.span.start if index == sentence.index else dated[-1].span.start
                best = _incident_date(dated, until, ctx) or best
            precision = min(3, int(best.get("precision") or 1))
            return dt.date.fromisoformat(best.key), precision, Evidence(best.span, f"date.sentence{index - sentence.index:+d}")
    return ctx.article_today or ctx.doc.published, 1, None


_DAY_PAIR_JOINS = frozenset({"و", "and", "&"})


def _on_the_second_day(events: list[Event], sentence: Sentence, ctx: DocContext) -> list[Event]:
    """"غارات على البلدة يومي الخميس والجمعة", "struck the town on Thursday and Friday": an incident
    told of two days is an event on each (ACLED codes one per day); a toll told for both is no one
    day's, and consolidation keeps it as a claim."""
    days = [m for m in sentence.of("DATE") if m.key and m.get("kind") in ("relative", "absolute")
            and int(m.get("precision") or 1) == 1]
    if len(days) != 2 or not events:
        return []
    first, second = days
    between = fold(ctx.doc.text[first.span.end:second.span.start]).strip(" ،,")
    if between not in _DAY_PAIR_JOINS and not (between == "" and fold(ctx.doc.quote(second.span)).startswith("و")):
        return []
    told = [e for e in events if "date" in e.evidence and e.evidence["date"].span == first.span]
    if not told or first.key == second.key:
        return []
    day = dt.date.fromisoformat(second.key)
    return [replace(e, date=day, evidence={**e.evidence, "date": Evidence(second.span, "date.second-day")})
            for e in told]


def _incident_date(dated: list[Mention], until: int, ctx: DocContext) -> Mention | None:
    """"أفاد مراسلنا، اليوم الاثنين، بأنّ العدوان ... ليل أمس الأحد": of a sentence's dates, the first
    after the last "that" before ``until``, when the sentence's first date stands before that "that"
    (the first date is the report's)."""
    that = [m.end() for m in _THAT.finditer(ctx.doc.text, dated[0].span.end, until)]
    if not that:
        return None
    return next((m for m in dated[1:] if m.span.start >= that[-1]), None)


_FAR_COUNTRIES = frozenset(fold(w) for w in lx.FAR_COUNTRIES)
_MANY_PLACES = tuple(fold(w) for w in (
    "عدد من المحافظات", "عدة محافظات", "مختلف المحافظات", "عدد من المدن", "عدة مدن", "مختلف المناطق",
    "several provinces", "several cities", "across the country", "across syria", "in many cities"))


def _fallback_locations(sentence: Sentence, sentences: list[Sentence], ctx: DocContext,
                        previous: list[Event]) -> list[Location]:
    """A sentence naming no place continues the last event's place, else a neighbour's, else the focus;
    one that says it happened in many places ("في عدد من المحافظات") has no one place to borrow."""
    quote = fold(ctx.doc.quote(sentence.span))
    if any(w in quote for w in _MANY_PLACES) or _FAR_COUNTRIES.intersection(quote.replace(",", " ").split()):
        return []  # many places, or a country the gazetteer does not cover: none to borrow
    setting = _country_set_in(sentence, ctx)
    if setting:
        found = _fallback_locations_anywhere(sentence, sentences, ctx, previous)
        return [loc for loc in found if loc.place.country in setting or not loc.place.country]
    return _fallback_locations_anywhere(sentence, sentences, ctx, previous)


# "In Iraq meanwhile ...", "وفي العراق،", "in northwestern Syria": a country named as where the sentence
# happens, at its head or after a direction
_HEAD_WORDS = 4
_DIRECTIONS = frozenset(fold(w) for w in (
    "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern",
    "central", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"))
_COUNTRY_NOUNS = frozenset(fold(w) for w in (
    "سوريا", "سورية", "العراق", "لبنان", "الاردن", "تركيا", "اسرائيل", "فلسطين", "اليمن", "syria", "iraq", "lebanon",
    "jordan", "turkey", "turkiye", "israel", "yemen"))
_IN_WORDS = tuple([fold(w)] for w in ("في", "وفي", "داخل", "على"))
_OCCUPIED = fold("المحتلة")


def _country_set_in(sentence: Sentence, ctx: DocContext) -> set[str]:
    """The countries a sentence says it happens in, which the place it borrows must lie in; a country
    in a name ("المقاومة الإسلامية في العراق") sets nothing."""
    actors = [m.span for m in sentence.of("ACTOR")]
    found = set()
    for cue in sentence.mentions:
        if cue.label != "CUE" or not cue.key.startswith("country:") or any(cue.span.overlaps(a) for a in actors) \
                or fold(ctx.doc.quote(cue.span)).removeprefix("و") not in _COUNTRY_NOUNS:
            continue
        before = fold_slice(ctx.doc.text, sentence.span.start, cue.span.start).split()
        listed = before
        while listed and (listed[-1] in _COUNTRY_NOUNS or listed[-1] in ("و", "and", "،", ",")):
            listed = listed[:-1]  # "في سوريا والعراق": the second of a list of countries
        # (at its head, or after "في" anywhere: "تعرّض القواعد الأميركية في العراق لهجمات")
        head = listed[-1:] in _IN_WORDS or len(before) < _HEAD_WORDS and before[-1:] == ["in"]
        directed = bool(set(before[-2:]) & _DIRECTIONS)
        if head or directed:
            found.add(cue.key.removeprefix("country:"))
            if cue.key == "country:Palestine" and fold_slice(ctx.doc.text, cue.span.end, cue.span.end + 10).startswith(
                    _OCCUPIED):
                found.add("Israel")  # "داخل فلسطين المحتلة": Israel, in the words of the region's press
    return found


_ROLL_OF_GOVERNORATES = 4
_BASE_LOOKBACK = 6  # sentences
_THE_BASE = frozenset(fold(w) for w in ("القاعدة", "بالقاعدة", "للقاعدة", "والقاعدة", "the base"))


def _the_base(sentence: Sentence, ctx: DocContext, named: bool = False) -> bool:
    """Whether the sentence speaks of "the base" (or, ``named``, of a base: "قاعدة X", "the base");
    never al-Qaeda, whose Arabic name is the same word."""
    words = fold(ctx.doc.quote(sentence.span)).replace("،", " ").split()
    if not (_THE_BASE.intersection(words) or "the base" in " ".join(words) or named and _BASE_WORDS.intersection(words)):
        return False
    return not any(m.key.startswith("Al-Qaeda") or "qaeda" in m.key.lower() for m in sentence.of("ACTOR"))


# "زفّت المقاومة المجاهد ... من بلدة قصرنبا شهيداً": a fighter mourned, whose death the next sentence's
# operations did not cause
_OBITUARY = frozenset(fold(w) for w in ("زفت", "وزفت", "زف", "تزف", "يزف", "نعت", "ونعت", "نعى", "تنعى", "ينعى"))


def _mourns(sentence: Sentence, ctx: DocContext) -> bool:
    raw = ctx.doc.text[sentence.span.start:sentence.span.end]
    if "زف" not in raw and "نع" not in raw:
        return False
    return not _OBITUARY.isdisjoint(fold_slice(ctx.doc.text, sentence.span.start, sentence.span.end).split())


_MANY_COUNTRIES = 3


def _fallback_locations_anywhere(sentence: Sentence, sentences: list[Sentence], ctx: DocContext,
                                 previous: list[Event]) -> list[Location]:
    last = previous[-1] if previous else None
    if _the_base(sentence, ctx):
        # "صليات صاروخية استهدفت القاعدة": the base the article told of before
        for index in range(sentence.index - 1, max(-1, sentence.index - _BASE_LOOKBACK), -1):
            if _the_base(sentences[index], ctx, named=True):
                found = locate(sentences[index], ctx)
                if found:
                    return found[:1]
    before = sentences[sentence.index - 1] if sentence.index > 0 else None
    if before is not None and before.has_cue("death") and not before.of("TRIGGER") \
            and not _mourns(before, ctx) \
            and (last is None or last.span is None or before.span.start >= last.span.end):
        # "... eight people were killed in the town of Rastan. Five of them died in air strikes": the
        # deaths told just before, at a place, are the ones this sentence explains
        found = locate(before, ctx)
        if found:
            return _toll_places(before, ctx) or found[:1]
    if last is not None and last.place and last.span and sentence.span.start - last.span.end < _CONTINUATION:
        loc = last.evidence["location"]
        return [Location(last.place, Mention(loc.span, "PLACE", last.place.place_id, "continuation"),
                         last.geo_precision or 1, last.location_text or "")]
    # "The Observatory reported heavy clashes in the area": the area told before, not the next story's
    around = (sentence.index - 1, sentence.index - 2) if _THE_AREA.search(fold(ctx.doc.quote(sentence.span))) \
        else (sentence.index - 1, sentence.index + 1, sentence.index - 2)
    for index in around:
        if 0 <= index < len(sentences) and not _mourns(sentences[index], ctx):
            found = locate(sentences[index], ctx)
            # "أفواج إطفاء من محافظات دمشق، حمص، حماة، طرطوس": a roll of governorates places nothing
            if found and len({loc.place.admin1 for loc in found}) < _ROLL_OF_GOVERNORATES:
                if index == sentence.index + 1:
                    return _toll_places(sentences[index], ctx) or _listed_targets(sentence, sentences[index], ctx) \
                        or found[:1]
                return found[:1]
    focus = ctx.focus_admin1
    if focus:
        anchors = [m for m in ctx.doc.mentions if m.label == "PLACE" and not m.get("needs_cue")
                   and any(p.admin1 == focus for p in ctx.candidates(m)) and not told_as_a_cause(ctx, m)]
        if not anchors:
            return []
        # the governorate's own name, where the article gives it, is the best evidence of the focus
        anchor = min(anchors, key=lambda m: all(p.kind != "governorate" for p in ctx.candidates(m)))
        place = next(p for p in ctx.candidates(anchor) if p.admin1 == focus)
        try:
            place = ctx.resources.gazetteer.governorate(focus)
        except KeyError:
            pass  # a province abroad: keep the named place in it
        return [Location(place, anchor, 3, ctx.doc.quote(anchor.span))]
    return []


_COUNT_GAP = 14  # characters between a count and its noun ("5 هجمات", "three attacks")


def _listed_targets(sentence: Sentence, listing: Sentence, ctx: DocContext) -> list[Location]:
    """"تبنّت المقاومة 5 هجمات استهدفت القواعد الأميركية. وأوضحت أنّ القواعد هي: قاعدة الشدادي، قاعدة
    الركبان ...": a count of attacks placed nowhere, then a sentence with no deed of its own that
    lists the places they struck ("والرابعة استهدفت ..." names no deed of its own): an event at
    each (as many as the count at most)."""
    if any(m.get("phrase") not in lx.GENERIC_ATTACK for m in listing.of("TRIGGER")):
        return []
    units = sentence.cues("unit:attacks")
    counts = [int(n.key) for n in sentence.of("NUMBER") if not n.get("vague") and str(n.key).isdigit()
              and any(0 <= u.span.start - n.span.end <= _COUNT_GAP for u in units)]
    if not counts or max(counts) < 2:
        return []
    found = _places_named(listing, ctx)
    return found[:max(counts)] if len(found) >= 2 else []


_THE_AREA = re.compile(fold(r"\b(?:in|around|near) the (?:area|region|vicinity)\b|(?<!\w)(?:في|ب)\s?المنطقة(?!\w)"))


def _toll_places(told: Sentence, ctx: DocContext, least: int = 2) -> list[Location]:
    """"Airstrikes killed nine civilians in the Eastern Ghouta. Four were killed in Arbin and one in
    each of Harasta and Douma": a sentence with no deed of its own that tells the dead place by
    place tells where the strikes fell (ACLED: an event at each). Empty unless it names ``least``."""
    if told.of("TRIGGER") or not told.has_cue("death"):
        return []
    found = _places_named(told, ctx)
    return found if len(found) >= least else []


def _places_named(sentence: Sentence, ctx: DocContext) -> list[Location]:
    """The settlements and sites a sentence names, each once, in its order (no governorate or region)."""
    found: dict[str, Location] = {}
    for mention in sentence.of("PLACE"):
        for loc in locate(sentence, ctx, within=mention.span):
            if loc.mention.span.overlaps(mention.span) and loc.place.kind not in _AREA_KINDS:
                found.setdefault(loc.place.place_id, loc)
    return list(found.values())


_AREA_KINDS = frozenset({"governorate", "region", "province", "district", "subdistrict"})


_BARREL_BOMBS = frozenset(fold(w) for w in (
    "براميل متفجرة", "برميل متفجر", "البراميل المتفجرة", "بالبراميل المتفجرة", "barrel bomb", "barrel bombs",
    "barrel bomb attack", "barrel bomb attacks", "barrel bombing", "barrel bombings"))
_SYRIAN_ARMY = "Military Forces of Syria (2000-2024)"
_BARREL_BOMB_YEARS = (dt.date(2012, 1, 1), dt.date(2024, 12, 8))  # the former government's air force


def _barrel_bomber(trigger: Trigger, ctx: DocContext) -> ActorRef | None:
    """Barrel bombs that no sentence credits to a force: the Syrian government's air force dropped
    them (ACLED codes them so); no other party in the war did."""
    published = ctx.doc.published
    if fold(trigger.mention.get("phrase") or "") not in _BARREL_BOMBS or published is None \
            or not _BARREL_BOMB_YEARS[0] <= published < _BARREL_BOMB_YEARS[1]:
        return None
    return ActorRef(_SYRIAN_ARMY, 1, ctx.doc.quote(trigger.mention.span))


def _trigger_event_type(trigger: Trigger) -> str:
    return "Battles" if trigger.sub_type == lx.TERRITORY else event_type_of(trigger.sub_type)


def _with_focus(place: Place, ctx: DocContext) -> Place:
    """A region without a governorate (the Syrian Badia) takes the document's focus governorate."""
    if place.admin1 or not ctx.focus_admin1:
        return place
    return replace(place, admin1=ctx.focus_admin1)


_SHOOTING = frozenset(fold(w) for w in (
    "قنص", "برصاص قناص", "اطلاق نار", "اطلاق النار", "اطلقوا النار", "اطلق النار", "اطلقت النار", "فتحت النار",
    "فتحوا النار", "اعيرة نارية", "برصاص", "بنيران", "الرشاشات", "بالرشاشات", "بالاسلحة الرشاشة",
    "sniper fire", "sniper", "snipers", "fired into", "shot into"))


# Shots that say less than a weapon named beside them ("rocket and sniper fire")
_BARE_FIRE = frozenset({"sniper fire", "sniper", "snipers",
                      # "إطلاق نار من سوريا ... سقوط 3 صواريخ": the fire Israeli media report is the rockets
                      *(fold(w) for w in ("إطلاق نار", "إطلاق النار", "اطلاق نار", "اطلاق النار"))})


# "41 FSA rebels were rounded up and executed", "ISIL massacred 250 troops taken hostage": fighters
# put to death once captured are out of the fight; the killing is violence against them, not a battle
_EXECUTIONS = frozenset(fold(w) for w in ("executed", "execution", "executions", "beheaded", "massacre", "massacred",
                                          "اعدام", "اعدم", "اعدمت", "اعدموا", "اعدام ميداني"))


def _executed(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> bool:
    return trigger.sub_type == lx.VAC_ATTACK and (
        fold(str(trigger.mention.get("phrase") or "")) in _EXECUTIONS
        or any(m.key == lx.VAC_ATTACK and fold(str(m.get("phrase") or "")) in _EXECUTIONS
               for m in sentence.of("TRIGGER")))


def _refine_type(sub_type: str, actor1: ActorRef | None, actor2: ActorRef | None, civilians: bool) -> str:
    if sub_type == lx.TERRITORY:
        return lx.GOV_TERRITORY if actor1 and actor1.inter == 1 else lx.NSA_TERRITORY
    if sub_type == lx.VAC_ATTACK and is_armed(actor2) and not civilians:
        return lx.CLASH
    return sub_type


def _same_story(sentence: Sentence, trigger: Trigger, previous: list[Event],
                locations: list[Location]) -> Event | None:
    """The last event of the same kind told before, when this sentence names no actor at all."""
    if sentence.of("ACTOR") or trigger.sub_type == lx.TERRITORY:
        return None
    kind = event_type_of(trigger.sub_type)
    # (an incident told paragraphs before, in another governorate, is another story of the article)
    admin1s = {loc.place.admin1 for loc in locations}
    return next((e for e in reversed(previous) if e.event_type == kind and e.actor1 is not None
                 and (e.span is None or sentence.span.start - e.span.end <= _CONTINUATION
                      or e.place is not None and e.place.admin1 in admin1s)), None)


def _sides_told_before(actor: ActorRef, previous: list[Event]) -> tuple[ActorRef, ActorRef] | None:
    """"الاشتباكات مستمرة مع عمليات تمشيط للجيش": one side named, the fight just told goes on; its
    two sides, in the order told, are this one's."""
    last = previous[-1] if previous else None
    if last is None or last.event_type != "Battles" or last.actor1 is None or last.actor2 is None:
        return None
    if actor.name in (last.actor1.name, last.actor2.name):
        return last.actor1, last.actor2
    return None


def _same_area(other: Sentence, locations: list[Location], ctx: DocContext) -> bool:
    """Whether a neighbouring sentence may lend its actors: it names no place, or one in the
    event's governorate (not an incident elsewhere told just before)."""
    places = [m for m in other.of("PLACE") if not m.get("needs_cue")]
    admin1s = {loc.place.admin1 for loc in locations if loc.place.admin1}
    if not places or not admin1s:
        return True
    return any(p.admin1 in admin1s for m in places for p in ctx.candidates(m))


_SIMILAR = tuple(fold(w) for w in ("similar", "مماثل", "مماثلة", "مماثلا", "مشابه", "مشابهة"))


def _likened(ctx: DocContext, trigger: Trigger, previous: list[Event]) -> Event | None:
    """"Five more were killed in similar attacks on X": the attack is of the kind just told, by the same hand."""
    if not previous or trigger.mention.get("phrase") not in lx.GENERIC_ATTACK:
        return None
    near = text_before(ctx.doc, trigger.mention.span, 12) + " " + text_after(ctx.doc, trigger.mention.span, 12)
    if not any(w in near for w in _SIMILAR):
        return None
    last = previous[-1]
    return last if last.event_type in _VIOLENT and last.actor1 is not None else None


_GOES_ON_OPENERS = frozenset(fold(w) for w in ("وقد", "كما", "وكما", "كذلك", "وكذلك"))


def _goes_on(sentence: Sentence, ctx: DocContext, trigger: Trigger, previous: list[Event]) -> bool:
    """"العدوان على حلب شنّته طائرات إسرائيلية. وقد استهدف جبرين ومنطقة السفيرة.": a bare "targeted"
    opening a sentence that names nobody goes on with the strike told in the sentence before."""
    if not previous or trigger.mention.get("phrase") not in _BARE_TARGETING:
        return False
    if any(0 <= actor.span.start - trigger.mention.span.end <= _SUBJECT_REACH for actor in sentence.of("ACTOR")):
        return False  # "وقد استهدف الطيران الحربي ...": the verb's own subject follows it
    last = previous[-1]
    if last.event_type != "Explosions/Remote violence" or last.span is None \
            or sentence.span.start - last.span.end > _GOES_ON_GAP:
        return False
    opening = fold_slice(ctx.doc.text, sentence.span.start, trigger.mention.span.start).replace("،", " ").split()
    return not opening or (len(opening) == 1 and opening[0].strip(",") in _GOES_ON_OPENERS)


_GOES_ON_GAP = 200  # characters between the strike told and the sentence that goes on with it
_SUBJECT_REACH = 12  # characters after a verb within which its subject stands; a side named later is its object


_RESIDENTS = frozenset(fold(w) for w in ("أهالي", "اهالي", "أبناء", "ابناء", "residents", "locals", "villagers",
                                          "tribesmen"))
_TRIBAL_EAST = frozenset({"Deir ez-Zor", "Hasakah", "Raqqa"})


def _armed_residents(ctx: DocContext, sentence: Sentence) -> bool:
    """"اشتباكات بين عناصر قسد وأهالي بلدتي X وY": the residents who fight are an armed side."""
    return any(fold(ctx.doc.quote(m.span)).lstrip("و") in _RESIDENTS for m in sentence.of("ACTOR"))


def _armed_locals(place: Place) -> ActorRef:
    """ACLED's name for armed residents: tribal militia in the tribal east, else an unidentified group."""
    if place.country == "Syria" and place.admin1 in _TRIBAL_EAST:
        return ActorRef("Unidentified Tribal Militia (Syria)", 4)
    return ActorRef(f"Unidentified Armed Group ({place.country})", 3)


def _civilian_victims(sentence: Sentence) -> bool:
    return sentence.has_cue("civilian") and (sentence.has_cue("death") or sentence.has_cue("injury"))


_HOMES = tuple(fold(w) for w in (
    "الاحياء السكنية", "الأحياء السكنية", "حي سكني", "احياء سكنية", "المناطق السكنية", "منطقة سكنية", "منازل",
    "المنازل", "منزل", "سوق", "السوق", "residential", "homes", "houses", "a house", "market", "marketplace"))


def _hits_homes(ctx: DocContext, trigger: Trigger) -> bool:
    """"استهدف الأحياء السكنية", "shells hit residential neighborhoods": civilians were the target."""
    after = text_after(ctx.doc, trigger.mention.span, 70)
    return any(w in after for w in _HOMES)


_CAUSED_BY = tuple(fold(w) for w in ("من جراء", "جراء", "بسبب", "نتيجة", "due to", "because of"))


def _events_of(sentence: Sentence, sentences: list[Sentence], ctx: DocContext,
               previous: list[Event]) -> list[Event]:
    if not sentence.of("TRIGGER") or _goes_on_with_background(sentence, sentences, ctx):
        return []
    trigger = _choose_trigger(sentence, ctx)
    if trigger is None or _is_background(sentence, ctx, trigger) or _protests_of_the_setting(trigger, sentence, ctx):
        return []
    like = _likened(ctx, trigger, previous)
    if like is not None:
        trigger = replace(trigger, sub_type=like.sub_event_type)
    elif _goes_on(sentence, ctx, trigger, previous):
        trigger = replace(trigger, sub_type=previous[-1].sub_event_type, weak=False)
    if any(c.span.end <= trigger.mention.span.start and not _withheld_detail(ctx, c) for c in sentence.cues("negation")):
        return []  # "نفت ... وقوع اشتباكات", "denied that any clashes took place"
    if _halted(ctx, trigger.mention):
        return []
    if trigger.sub_type == lx.DISRUPTED and _failed(ctx, trigger.mention):
        return []  # "فشل الدفاعات الجوية في اعتراض الطائرة": nothing was intercepted
    locations = locate(sentence, ctx, movement=trigger.sub_type in _MOVEMENT, near=trigger.mention.span,
                       within=_trigger_clause(trigger, sentence, ctx))
    if trigger.sub_type in _MOVEMENT and within_phrase(ctx.doc, trigger.mention.span, _CAUSED_BY, 16):
        # "نزوح الأهالي في بلدات X وY من جراء وصول تعزيزات": the places before the cause are where people
        # fled from; the forces are only where the text sends them
        locations = [loc for loc in locations if loc.mention.span.start > trigger.mention.span.start]
        if not locations:
            return []
    confidence = _confidence(trigger, sentence, locations, _irrealis(trigger, sentence, ctx),
                             question=_is_question(sentence, ctx))
    if confidence < MIN_CONFIDENCE and locations and _goes_back_to_a_toll(trigger, sentence, sentences, ctx) \
            and _struck_there(trigger, locations[0], ctx):
        confidence = round(confidence + _ANAPHORA_BONUS, 2)
    if confidence < MIN_CONFIDENCE:
        return []
    if not locations and trigger.sub_type in _CROWD_TYPES \
            and len({m.key for m in sentence.of("CUE") if m.key.startswith("country:")}) >= _MANY_COUNTRIES:
        return []  # "وشهد كل من لبنان والعراق واليمن تظاهرات": crowds across a roll of countries, no one place
    if not locations:
        locations = _fallback_locations(sentence, sentences, ctx, previous)
        if locations and locations[0].precision > 1:
            # "استهدفت مسيرة قرية X" in a story placed in a governorate the sentence does not repeat
            locations = unlisted_locations(sentence, ctx, locations[0].place,
                                           _trigger_clause(trigger, sentence, ctx)) or locations
    if not locations:
        return []
    if all(loc.place.kind in _AREA_KINDS for loc in locations) and sentence.index + 1 < len(sentences):
        # "air strikes on the Eastern Ghouta. Three were killed in Arbin and one in Douma": where in it
        areas = {loc.place.admin1 for loc in locations}
        within_area = [loc for loc in _toll_places(sentences[sentence.index + 1], ctx) if loc.place.admin1 in areas]
        locations = within_area if len(within_area) > 1 else locations
    events = _events_at(trigger, locations, confidence, sentence, sentences, ctx, previous)
    events += _on_the_second_day(events, sentence, ctx)
    # the main incident last: a following sentence that names no place goes on with it
    return _other_clause_events(sentence, trigger, events, sentences, ctx, previous) + events


_PROTEST_TYPES = frozenset({lx.PEACEFUL, lx.INTERVENTION, lx.EXCESSIVE})
# "air forces halted airstrikes in Aleppo for a 48-hour pause", "طالبوا بوقف القصف": what stops is not done
_HALTING = frozenset(fold(w) for w in (
    "halted", "halt", "halting", "suspended", "suspend", "suspending", "stopped", "stop", "stopping", "paused",
    "pause", "ceased", "cease", "أوقف", "أوقفت", "إيقاف", "لإيقاف", "وقف", "بوقف", "لوقف", "تعليق", "علقت", "علق",
    "الوقف", "بالوقف", "immediate"))
# "بالوقف الفوري لإطلاق النار", "an immediate halt to the strikes"
_HALT_GAP_WORDS = frozenset(fold(w) for w in ("the", "their", "its", "all", "to", "الفوري", "فوري", "ل", "an", "a"))


def _halted(ctx: DocContext, mention: Mention) -> bool:
    before = text_before(ctx.doc, mention.span, 24).split()[-3:]
    while before and before[-1] in _HALT_GAP_WORDS:
        before.pop()
    return bool(before) and before[-1] in _HALTING


_THE_SETTING = re.compile(fold(r"في هذا الإطار|في هذا السياق|في هذا الصدد|in this context|against this backdrop"))


def _protests_of_the_setting(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> bool:
    """"وقد شهدت السويداء تجمعات احتجاجية في هذا الإطار": undated protests told as the setting of
    the news, not as a gathering on a day."""
    return trigger.sub_type in _PROTEST_TYPES and not sentence.of("DATE") \
        and _THE_SETTING.search(fold_slice(ctx.doc.text, sentence.span.start, sentence.span.end)) is not None


# "did not give a death toll for the ambush", "لم يحدد عدد القتلى": what a source left untold is a
# detail of the incident, which the negation does not deny
_TELLING_VERBS = frozenset(fold(w) for w in (
    "give", "say", "specify", "mention", "report", "provide", "disclose", "identify", "elaborate", "name",
    "يذكر", "تذكر", "يحدد", "تحدد", "يوضح", "توضح", "يكشف", "تكشف", "يعلن", "تعلن"))


def _withheld_detail(ctx: DocContext, negation: Mention) -> bool:
    following = text_after(ctx.doc, negation.span, 16).split()[:1]
    return bool(following) and following[0].strip(".,،") in _TELLING_VERBS


# "..., فيما استهدفت المسيرة الثانية مقراً في قرية X", "بالتزامن مع قصف مدفعي على ريف عفرين":
# a second incident told in its own clause, at its own place.
_CLAUSE_WORDS = ("فيما", "بينما", "في حين", "وفي حين", "بالتزامن مع", "وبالتزامن مع", "تزامنا مع", "تزامناً مع",
                 "whereas", "while", "coincided with", "in conjunction with",
                 # "killed scores of terrorists in X and targeted ISIL strongholds in Y": the wire's next deed
                 "and targeted",
                 # "..., ومراسل الميادين يفيد بأن ...": a report of something else begins
                 "ومراسل", "ومراسلة", "ومراسلنا", "ومصادر")
# "..., واستهدفت غارة أخرى بلدة Y": a comma, then "and" glued to a verb of striking, opens another strike
_AND_STRUCK = r"[،,]\s*(?=(?:و|كما\s+)(?:استهدف|قصف|شن|اغار|أغار|سيطر|هاجم|اقتحم))"
_CLAUSE_SPLIT = re.compile(r"[،,]?\s(?:" + "|".join(_CLAUSE_WORDS) + r")\s|;|" + _AND_STRUCK)
_AND_STRUCK_WORDS = ("واستهدف", "وقصف", "وشن", "واغار", "وأغار", "كما ")


def _clauses(ctx: DocContext, sentence: Sentence) -> list[Span]:
    # the frame of an event asks for the clauses of its sentence several times
    answers = _CLAUSES.answers(ctx.doc.text)
    found = answers.get(sentence.span)
    if found is None:
        text = ctx.doc.text[sentence.span.start:sentence.span.end]
        # most sentences hold none of the words: quicker to tell than by the search
        cuts = [sentence.span.start + m.start() for m in _CLAUSE_SPLIT.finditer(text)] \
            if ";" in text or any(w in text for w in _CLAUSE_WORDS) or any(w in text for w in _AND_STRUCK_WORDS) else []
        bounds = [sentence.span.start, *cuts, sentence.span.end]
        found = answers[sentence.span] = [Span(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    return list(found)


_CLAUSES = DocumentMemo()


def _actors_clause(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> Sentence:
    """The sentence as far as roles go: the trigger's clause when it names an actor ("US
    reinforcements arrived, بالتزامن مع هجوم العشائر على قسد": قسد is no party to them)."""
    clause = _trigger_clause(trigger, sentence, ctx)
    if clause is None:
        return sentence
    mentions = tuple(m for m in sentence.mentions if m.label != "ACTOR" or clause.covers(m.span))
    if not any(m.label == "ACTOR" for m in mentions):
        return sentence
    return Sentence(sentence.index, sentence.span, mentions)


def _trigger_clause(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> Span | None:
    """The clause of the sentence the trigger stands in, when the sentence has several."""
    clause = next((c for c in _clauses(ctx, sentence) if c.covers(trigger.mention.span)), None)
    return None if clause is None or clause == sentence.span else clause


def _other_clause_events(sentence: Sentence, trigger: Trigger, events: list[Event], sentences: list[Sentence],
                         ctx: DocContext, previous: list[Event]) -> list[Event]:
    clauses = _clauses(ctx, sentence)
    if len(clauses) < 2 or not events:
        return []
    taken = {e.place.place_id for e in events if e.place}
    out: list[Event] = []
    for clause in clauses:
        if clause.covers(trigger.mention.span):
            continue
        part = Sentence(sentence.index, clause, tuple(m for m in sentence.mentions if clause.covers(m.span)))
        # "بالتزامن مع قصف": the word that makes a trigger circumstantial is what opens this clause
        triggers = [t for t in _candidate_triggers(part, ctx)
                    if (not t.mention.get("weak") or t.mention.rule == "wire.trigger")
                    and t.sub_type in _VIOLENT_TRIGGER_TYPES]
        if not triggers:
            continue
        chosen = replace(min(triggers, key=lambda t: (TYPE_PRIORITY.index(t.sub_type), t.mention.span.start)),
                         weak=False)
        locations = [loc for loc in locate(part, ctx, near=chosen.mention.span) if loc.place.place_id not in taken]
        if not locations:
            continue
        confidence = _confidence(chosen, part, locations, _irrealis(chosen, part, ctx))
        if confidence < MIN_CONFIDENCE:
            continue
        out += _events_at(chosen, locations, confidence, part, sentences, ctx, previous + events + out)
    return out


_UNIDENTIFIED = "Unidentified Armed Group"
# (and "استهدفت المقاومة الإسلامية، اليوم، ...": the full name without its country)
_BARE_RESISTANCE = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:ال|لل)مقاوم[ةه](?:\s+(?:الإسلامية|الاسلامية)"
                              r"(?!\s*(?:في\s+(?:لبنان|العراق|فلسطين|اليمن|سوريا|سورية|البحرين)|[-–])))?"
                              r"(?![\u0621-\u064a])(?!\s+(?:الإسلامية|الاسلامية|العراقية|الفلسطينية|اللبنانية|الوطنية|الشعبية))")


def _the_resistance(trigger: Trigger, sentence: Sentence, ctx: DocContext) -> ActorRef | None:
    """"استهدفت المقاومة قاعدة التنف": the bare word names the one resistance group the article
    names in full ("المقاومة الإسلامية في العراق"), if it names exactly one."""
    clause = _trigger_clause(trigger, sentence, ctx) or sentence.span
    bare = _BARE_RESISTANCE.search(ctx.doc.text, clause.start, clause.end)
    if bare is None or set(text_before(ctx.doc, Span(bare.start(), bare.end()), 12).split()[-1:]) & _OF_MANY:
        return None  # "فصائل المقاومة", "محور المقاومة": factions or an alliance, no one group
    named = {m.key for m in ctx.doc.mentions if m.label == "ACTOR"
             and fold(ctx.doc.quote(m.span)).lstrip("و").startswith(_RESISTANCE_WORD)}
    if len(named) != 1:
        return None
    name, inter = coded_name(ctx, named.pop())
    return ActorRef(name, inter, bare.group(0))


_RESISTANCE_WORD = fold("المقاومة")
_OF_MANY = frozenset(fold(w) for w in ("فصائل", "فصيل", "قوى", "محور", "حركات", "جبهة", "مجموعات", "كتائب"))


def _same_force(a: ActorRef, b: ActorRef) -> bool:
    """One state's forces, under the same name or two ("Military Forces of Syria (2000-2024)" and
    "(2024-)": the army under two governments)."""
    return a.name.split(" (")[0] == b.name.split(" (")[0] and a.name.startswith("Military Forces of")


def _events_at(trigger: Trigger, locations: list[Location], confidence: float, sentence: Sentence,
               sentences: list[Sentence], ctx: DocContext, previous: list[Event]) -> list[Event]:
    """The events of one trigger at its places, with date, toll, actors and source."""
    date, time_precision, date_evidence = _event_date(sentence, sentences, ctx, trigger)
    if date and within_phrase(ctx.doc, trigger.mention.span, _DAY_AFTER, _DAY_AFTER_REACH) \
            and (date_evidence is None or date_evidence.span.start < trigger.mention.span.start):
        # "... just a day after deadly airstrikes on a school in Idlib": the strike was the day before
        # (unless the words after it give it its own day: "a day after an airstrike on Monday")
        date, date_evidence = date - dt.timedelta(days=1), None
    if date and ctx.doc.published and date > ctx.doc.published:
        date, time_precision, date_evidence = ctx.doc.published, 1, None
    if date and ctx.doc.published and (ctx.doc.published - date).days > _STALE_DAYS:
        return []  # dated by the sentences before it to last week: recalled, not reported
    if date and ctx.doc.published and (ctx.doc.published - date).days > 1 and date_evidence is not None \
            and _LAST_WEEKDAY.intersection(fold(ctx.doc.quote(date_evidence.span)).split()):
        return []  # "يوم الجمعة الماضي": a day the text calls past is recalled, not yesterday's news
    fatalities, fatalities_evidence = count_fatalities(sentence, ctx, trigger.mention.span)
    civilians = _civilian_victims(sentence)
    told_before = _same_story(sentence, trigger, previous, locations) or _likened(ctx, trigger, previous) \
        or (previous[-1] if _goes_on(sentence, ctx, trigger, previous) else None)
    if told_before is not None:
        # "من جانبه أكد مراسلنا أن العدوان استهدف ...": no actor named, the incident told above goes on
        # the same hand goes on; what it hit elsewhere ("قسد" sites in Qamishli) is not what it hits here
        same_place = told_before.place is not None and any(
            loc.place.place_id == told_before.place.place_id for loc in locations)
        target = told_before.actor2 if same_place else None
        roles = Roles(told_before.actor1, target, (), civilians, target is not None)
    else:
        nearby = [m for i in (sentence.index - 1, sentence.index + 1) if 0 <= i < len(sentences)
                  and _same_area(sentences[i], locations, ctx) for m in sentences[i].of("ACTOR")
                  if not _flying(ctx, m)]  # aircraft that only flew over struck nothing
        roles = assign_roles(_actors_clause(trigger, sentence, ctx), ctx, trigger.sub_type, civilians,
                             fallback=nearby)
    actor1, actor2 = roles.actor1, roles.actor2
    resistance = _the_resistance(trigger, sentence, ctx) if actor1 is None or actor1.name.startswith(_UNIDENTIFIED) \
        or not roles.attacker_named else None
    actor1 = resistance or actor1
    if trigger.sub_type in (lx.AIR, lx.SHELLING) or _a_states_targeting(ctx, trigger.mention):
        attacker = attacker_by_adjective(ctx, trigger.mention)
        if attacker and actor1 is not None and _same_force(actor1, attacker):
            if actor1.name != attacker.name:
                actor1 = attacker  # "Syrian fighter jets": the force in front attacks; it is not its own target
        elif attacker and (actor1 is None or actor1.name != attacker.name):
            # the named attacker leads; whoever was in front becomes the target if none was named
            in_front = actor1
            actor1, actor2 = attacker, actor2 or actor1
            if actor2 is not None and actor2.name != actor1.name and _same_force(actor1, actor2):
                actor2 = None if in_front is None or _same_force(in_front, attacker) else in_front
    if trigger.sub_type == lx.AIR and not is_drone(trigger.mention) and not flies(actor1):
        # armed groups fly no aircraft: the group named in front was hit, not the attacker
        # (air defences that met the strike, the only side named, were hit too)
        if flies(actor2) and not (actor1 is None and air_defence(actor2)):
            actor1, actor2 = actor2, actor1
        else:
            actor1, actor2 = air_force(sentences, sentence.index, ctx), actor2 or actor1
    elif trigger.sub_type == lx.AIR and (unflagged(actor1) or not roles.attacker_named) and resistance is None:
        actor1 = air_force(sentences, sentence.index, ctx, drones=is_drone(trigger.mention)) or actor1
    if trigger.sub_type == lx.AIR and actor1 is None:
        actor1 = _barrel_bomber(trigger, ctx)
    if trigger.sub_type == lx.DISRUPTED and actor2 is not None and actor2.inter == 1 and (
            actor1 is None or actor1.inter != 1):
        actor1, actor2 = actor2, actor1  # the force that defused or shot down acts; "planted by X" is X's loss
    if trigger.sub_type == lx.SUICIDE and actor1 is not None and actor1.inter in (1, 8):
        actor1, actor2 = actor2, actor1  # no state force sends suicide bombers: it was the target
    if trigger.sub_type == lx.IED and not roles.attacker_named and actor1 is not None and actor1.inter in (1, 8):
        actor1, actor2 = None, actor2 or actor1  # "38 soldiers killed in the blast": hit, not bombers
    if actor2 is None and _trigger_event_type(trigger) in _VIOLENT:
        flagged = target_by_adjective(ctx, sentence)
        if flagged is not None and (actor1 is None or flagged.name != actor1.name):
            actor2 = flagged
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None  # one side named twice ("قوات الاحتلال الأميركي ... القاعدة الأميركية") is not two
    if trigger.sub_type == lx.CHANGE and not roles.actor2_hit:
        actor2 = None  # reinforcements "after IS activity": the group that prompted them is no party
    if trigger.sub_type == lx.CLASH and actor1 is not None and actor2 is None:
        actor1, actor2 = _sides_told_before(actor1, previous) or (actor1, actor2)
    sub_type = _refine_type(trigger.sub_type, actor1, actor2, civilians or _executed(trigger, sentence, ctx))
    if sub_type == lx.CLASH and civilians and trigger.mention.get("phrase") in _SHOOTING \
            and not (is_armed(actor1) and is_armed(actor2) and not actor1.name.startswith(_UNIDENTIFIED)):
        # "قتل مدني برصاص قناص", "troops shot into the neighbourhood, wounding two civilians": shots
        # that hit civilians, with no second armed side, are an attack on them, not a fight
        sub_type = lx.VAC_ATTACK
        if (actor1 is None or actor1.name.startswith(_UNIDENTIFIED)) and is_armed(actor2):
            actor1, actor2 = actor2, None
    if trigger.mention.get("phrase") in _BARE_EXPLOSIONS:
        sub_type = _weapon_told_nearby(sentence, sentences) or sub_type
    elif sub_type == lx.CLASH and told_before is None and _the_attack_told(trigger, previous, ctx):
        # "samples of the casualties from the attack in Idlib": the attack is the strike told above
        sub_type = previous[-1].sub_event_type
    elif sub_type == lx.CLASH and (trigger.mention.get("phrase") in _BARE_TARGETING or trigger.struck) \
            and _names_a_base(sentence, ctx):
        # a base is hit from afar: rockets or shells unless the article names drones
        sub_type = _weapon_told_nearby(sentence, sentences) or lx.SHELLING
    elif sub_type == lx.CLASH and trigger.mention.get("phrase") in _BARE_TARGETING \
            and _targets_across_the_line(ctx, actor1, locations):
        # "استهدفت كتائب القسام تل أبيب": a group outside Israel targets it with what it fires
        sub_type = _weapon_told_nearby(sentence, sentences) or lx.SHELLING
    if told_before is None and sub_type == lx.CLASH and _aircraft_after(ctx, trigger):
        sub_type = lx.AIR  # "استهداف طائرات العدو نقاطاً", "استهدفت طائرات حربية": aircraft did the targeting
    if told_before is None and actor1 is not None and names_aircraft(actor1) and (
            sub_type == lx.SHELLING or sub_type == lx.CLASH and (
            trigger.struck or trigger.mention.get("phrase") in lx.GENERIC_ATTACK)):
        sub_type = lx.AIR  # "سلاح الجو الروسي استهدف بالصواريخ", "Russia's Aerospace Forces attacked": from the air
    elif told_before is None and sub_type == lx.CLASH and actor1 is not None and actor1.name in _STRIKING_FROM_AFAR \
            and trigger.mention.get("phrase") in lx.GENERIC_ATTACK \
            and all(loc.place.country == "Syria" for loc in locations):
        sub_type = lx.AIR  # "عدوان إسرائيلي استهدف محيط السيدة زينب": Israel attacks in Syria from the air
    elif told_before is None and sub_type == lx.CLASH and _a_states_targeting(ctx, trigger.mention):
        sub_type = _weapon_told_nearby(sentence, sentences) or lx.AIR  # "استهداف إسرائيلي مركّز على": from afar
    if sub_type in _CROWD_CONFRONTED and _crowd_confrontation(sentence, ctx):
        sub_type = lx.VIOLENT_DEMO
        rioters = ActorRef(f"Rioters ({locations[0].place.country})", 5)
        force = next((a for a in (actor1, actor2) if a is not None and a.inter in (1, 8)), None)
        actor1, actor2 = rioters, force
    event_type = event_type_of(sub_type)
    source, source_evidence = attribute(sentences, sentence.index)
    events = []
    for location in locations:
        place = _with_focus(location.place, ctx)
        victims = ActorRef(f"Civilians ({place.country})", 7) if civilians or event_type == "Violence against civilians" \
            or (event_type == "Explosions/Remote violence" and actor2 is None and _hits_homes(ctx, trigger)) else None
        struck = actor2 if roles.actor2_hit or not victims or event_type == "Battles" else None
        a1, a2 = _conventional_actors(event_type, sub_type, _of_country(actor1, place), _of_country(struck, place),
                                      victims, place)
        if event_type == "Battles" and a2 is None and a1 is not None and _armed_residents(ctx, sentence):
            a2 = _armed_locals(place)
        if event_type == "Explosions/Remote violence" and place.place_id in _US_HELD:
            a1, a2 = _at_a_us_base(ctx, a1, a2, place)
        if a1 is None and (sub_type in _UNKNOWN_ATTACKER_TYPES or sub_type == lx.AIR and is_drone(trigger.mention)
                           or sub_type == lx.VAC_ATTACK and trigger.mention.get("phrase") in _SHOOTING):
            # a drone nobody claims: armed groups fly them too
            a1 = ActorRef(f"Unidentified Armed Group ({place.country})", 3)
        evidence = {"event": Evidence(sentence.span, f"trigger:{trigger.mention.get('phrase')}"),
                    "trigger": Evidence(trigger.mention.span, "lexicon.trigger"),
                    "location": Evidence(location.mention.span, "geocode")}
        for name, ev in (("date", date_evidence), ("fatalities", fatalities_evidence), ("attribution", source_evidence)):
            if ev is not None:
                evidence[name] = ev
        events.append(Event(
            event_type=event_type, sub_event_type=sub_type, actor1=a1, actor2=a2,
            assoc_actor_1=tuple(a for a in roles.assoc1 if a not in {x.name for x in (a1, a2) if x}),
            place=place, location_text=location.text, geo_precision=location.precision,
            date=date, time_precision=time_precision,
            fatalities=fatalities if event_type in _VIOLENT or sub_type == lx.EXCESSIVE else None,
            attribution=source, evidence=evidence, confidence=confidence,
        ))
    return events


_GENERIC_OF_COUNTRY = ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group", "Unidentified Tribal Militia")


_BARE_SOLDIERS = frozenset(fold(w) for w in ("جنود", "الجنود", "جندي", "جنديا", "جنديًا", "جندياً", "عسكريين",
                                              "soldiers", "soldier", "troops"))


# "مواجهات بين الشبان وقوات الاحتلال أطلقت خلالها قنابل الغاز": youths facing troops with stones while
# tear gas and rubber bullets answer them riot, whatever word heads the sentence; a march dispersed is
# a protest, and armed men firing back fight a battle.
_CROWD_CONFRONTED = frozenset({lx.CLASH, lx.INTERVENTION, lx.IED})
_CONFRONTATIONS = frozenset(fold(w) for w in ("مواجهات", "المواجهات", "مواجهة", "مواجهات عنيفة", "واشتبكت مع اهالي"))
_CROWD_CONTROL = tuple(fold(w) for w in (
    "الغاز المسيل للدموع", "قنابل الغاز", "قنابل الصوت", "الرصاص المطاطي", "الرصاص المعدني", "بالاختناق",
    "بالحجارة", "الحجارة", "الشبان", "شبان"))
_ARMED_FIGHT = tuple(fold(w) for w in ("مقاومين", "المقاومين", "مسلحين", "المسلحين", "المقاومة", "عبوات", "عبوة",
                                       "اشتباكات مسلحة", "اشتبك مقاومون", "كتيبة", "سرايا", "كتائب"))
_MARCH = tuple(fold(w) for w in ("مسيرة", "تظاهرة", "تظاهرات", "وقفة", "اعتصام", "المتظاهرين", "المحتجين"))


def _crowd_confrontation(sentence: Sentence, ctx: DocContext) -> bool:
    if "مواجه" not in ctx.doc.text[sentence.span.start:sentence.span.end]:
        return False  # (most sentences: quicker to tell than by folding them)
    text = fold_slice(ctx.doc.text, sentence.span.start, sentence.span.end)
    words = set(text.replace("،", " ").replace(",", " ").split())
    if words.isdisjoint(_CONFRONTATIONS) or not any(w in text for w in _CROWD_CONTROL):
        return False
    return not any(w in text for w in _ARMED_FIGHT) and not any(w in text for w in _MARCH)


def _of_country(actor: ActorRef | None, place: Place) -> ActorRef | None:
    """"Civilians (Syria)" in Gaza are the civilians of Palestine: generic actors take the event's country."""
    if actor is None or not place.country:
        return actor
    if place.country in ("Israel", "Palestine") and actor.name.startswith("Military Forces of Syria") \
            and fold(actor.text or "").split()[-1:] and fold(actor.text or "").split()[-1] in _BARE_SOLDIERS:
        # "قنص 3 جنود" in Gaza: soldiers named by no flag are the army fighting there
        return ActorRef("Military Forces of Israel", 8, actor.text)
    for generic in _GENERIC_OF_COUNTRY:
        if actor.name.startswith(f"{generic} (") and actor.name != f"{generic} ({place.country})":
            return ActorRef(f"{generic} ({place.country})", actor.inter, actor.text)
    return actor


def _conventional_actors(event_type: str, sub_type: str, actor1: ActorRef | None, actor2: ActorRef | None,
                         victims: ActorRef | None, place: Place) -> tuple[ActorRef | None, ActorRef | None]:
    if event_type == "Violence against civilians" and victims:
        return (actor1 if actor1 and actor1.inter != 7 else actor2), victims
    if event_type == "Protests":
        protesters = actor1 if actor1 and actor1.inter == 6 else ActorRef(f"Protesters ({place.country})", 6)
        if sub_type == lx.PEACEFUL:
            return protesters, None  # a peaceful protest has no second party; what it protests is no actor
        other = next((a for a in (actor1, actor2) if a is not None and a.inter not in (6, 7)), None)
        return protesters, other
    if event_type == "Riots" and (actor1 is None or actor1.inter != 5):
        return ActorRef(f"Rioters ({place.country})", 5), actor2
    if event_type == "Explosions/Remote violence" and victims and actor2 is None:
        return actor1, victims
    return actor1, actor2


# --- merging ------------------------------------------------------------------------


def _merge_key(event: Event) -> tuple[object, ...]:
    place = event.place
    admin1 = place.admin1 if place else None
    if event.event_type not in _VIOLENT:
        return (event.sub_event_type, admin1, event.actor1.name if event.actor1 else None)
    return (event.event_type, admin1, place.place_id if place else None, event.date)


def _combine(keep: Event, other: Event) -> Event:
    # a sentence naming only the wounded states no toll: it does not lower one told elsewhere
    fatalities = [f for f in (keep.fatalities, other.fatalities) if f] or \
        [f for f in (keep.fatalities, other.fatalities) if f is not None]
    # a stated figure outranks a vague word ("38 killed" over "عدد من الشهداء"), and a vague word one
    # read off a singular noun ("تسبب باستشهاد عناصرها")
    for rule in ("fatalities.number", "fatalities.vague"):
        stated = [e.fatalities for e in (keep, other) if e.fatalities
                  and getattr(e.evidence.get("fatalities"), "rule", "") == rule]
        if stated:
            fatalities = stated
            break
    evidence = {**other.evidence, **keep.evidence}
    toll = min(fatalities) if fatalities else None
    source = next((e for e in (keep, other) if e.fatalities == toll and "fatalities" in e.evidence), None)
    if source is not None:
        evidence["fatalities"] = source.evidence["fatalities"]
    dates = [e.date for e in (keep, other) if e.date and "date" in e.evidence]
    if keep.event_type in _VIOLENT:
        # one incident has one day: the telling that dates it, else the first telling's
        dated = keep if "date" in keep.evidence or "date" not in other.evidence else other
        dates = [dated.date] if dated.date else []
    actor1 = keep.actor1 or other.actor1
    if actor1 is not None and actor1.name == "Unidentified Military Forces" and other.actor1 is not None \
            and other.actor1.name.startswith("Military Forces of"):
        actor1 = other.actor1  # "طائرات مجهولة" here, "يعتقد أنها إسرائيلية" there: the state is named
    if actor1 is not None and actor1.name.startswith(_UNIDENTIFIED) and other.actor1 is not None \
            and not other.actor1.name.startswith("Unidentified") \
            and other.actor1.name not in {a.name for a in (keep.actor2, other.actor2) if a is not None}:
        actor1 = other.actor1  # one telling names who fired, another leaves it unsaid
    # two tellings may name the same force on different sides; one side is never both
    actor2 = next((a for a in (keep.actor2, other.actor2) if a is not None and (actor1 is None or a.name != actor1.name)),
                  None)
    if keep.sub_event_type == lx.PEACEFUL:
        actor2 = None  # a peaceful protest has no second party, whatever another telling named
    return replace(
        keep,
        actor1=actor1,
        actor2=actor2,
        fatalities=toll,
        attribution=keep.attribution or other.attribution,
        date=min(dates) if dates else keep.date,
        evidence=evidence,
        confidence=max(keep.confidence, other.confidence),
    )


def _same_or_wider_place(a: Event, b: Event) -> bool:
    """Two tellings can be one incident if they name the same place or one names only the region:
    bombs defused in two named towns are two events, "in Daraa countryside" is not a third."""
    if a.place is None or b.place is None or a.place.place_id == b.place.place_id:
        return True
    return _regional(a) or _regional(b)


def _regional(event: Event) -> bool:
    """Told only at a governorate or region: a village no gazetteer lists is coded at one, yet
    it is a named place, not a vaguer telling of another."""
    if event.place is not None and event.place.kind == "governorate":
        return True  # also "around Damascus", coded near (2) in the governorate around the capital
    return (event.geo_precision or 1) >= 3 and not (event.place and event.place.kind == "unlisted")


def _split_by_sentence(a: Event, b: Event) -> bool:
    """One sentence told them apart ("في مدينة القامشلي وريفها"): two events, not repeats."""
    return a.span == b.span and a.geo_precision != b.geo_precision


def _same_day(a: Event, b: Event) -> bool:
    """Equal dates, or one of them only assumed (no date word in the text)."""
    return a.date == b.date or "date" not in a.evidence or "date" not in b.evidence


def consolidate(events: list[Event], text: str) -> tuple[list[Event], list[Claim]]:
    """One event per incident (exact repeats merge, vague repeats fold into precise ones), and
    the tolls that several events share, as claims.

    A toll told once for several places ("the strikes on X, Y and Z killed 8") belongs to
    no one of them: ACLED would not invent a split, so it is kept as a fatalities claim and
    the events get no toll of their own.
    """
    events, tolls = _split_shared_tolls(events)
    merged: list[Event] = []
    for event in events:
        key = _merge_key(event)
        twin = next((i for i, e in enumerate(merged) if _merge_key(e)[:3] == key[:3] and _same_day(e, event)
                     and _same_or_wider_place(e, event) and not _split_by_sentence(e, event)
                     and not _more_dead(e, event, text)), None)
        if twin is None:
            merged.append(event)
        elif (merged[twin].geo_precision or 1) > (event.geo_precision or 1):
            merged[twin] = _combine(event, merged[twin])  # the precise telling keeps its place
        else:
            merged[twin] = _combine(merged[twin], event)
    out, folded_tolls = _fold_vague(merged, text)
    return _fold_assassinations(_fold_interceptions(_fold_hierarchy(_as_the_day_s_weapon(
        _fold_generic(_fold_retold_toll(out))), text))), \
        tolls + folded_tolls


# "six more died", "another 14 people were killed" ("killed along with two other people" is the same blast)
_MORE_AFTER = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


def _more_dead(told: Event, event: Event, text: str) -> bool:
    """"15 were killed in raids on Manbij ... six more died in a village near Manbij": a toll told as
    more dead, beside one of its own, is another incident's."""
    if not told.fatalities or not event.fatalities or told.fatalities == event.fatalities:
        return False
    evidence = event.evidence.get("fatalities")
    if evidence is None:
        return False
    start, end = evidence.span.start, evidence.span.end
    return _MORE_AFTER.match(text, end) is not None or _MORE_BEFORE.search(text[max(0, start - 12):start]) is not None


def _toll_claim(event: Event) -> Claim:
    place = event.place
    return Claim("fatalities", float(event.fatalities or 0), period=event.date.isoformat() if event.date else None,
                 area=place.admin1 if place else None, attribution=event.attribution,
                 evidence=event.evidence.get("fatalities"))


_OWN_TOLL = 60  # characters: a toll this near one place, and far from the others, is that place's


def _owner_of_toll(events: list[Event], group: list[int]) -> int | None:
    """"killed 10 IS members in the Qadahat valley in Homs, destroying artillery in Hama": the toll
    stands by one place of the sentence; the others lie in another clause."""
    toll = events[group[0]].evidence["fatalities"].span

    def distance(i: int) -> int:
        place = events[i].evidence["location"].span
        return max(place.start - toll.end, toll.start - place.end, 0)

    ranked = sorted(group, key=distance)
    nearest, runner_up = distance(ranked[0]), distance(ranked[1])
    return ranked[0] if nearest <= _OWN_TOLL and runner_up > max(2 * nearest, _OWN_TOLL) else None


def _split_shared_tolls(events: list[Event]) -> tuple[list[Event], list[Claim]]:
    by_toll: dict[tuple[int, int], list[int]] = {}
    for i, event in enumerate(events):
        evidence = event.evidence.get("fatalities")
        if event.fatalities and evidence is not None:
            by_toll.setdefault((evidence.span.start, evidence.span.end), []).append(i)
    shared: set[int] = set()
    for key, group in list(by_toll.items()):
        if len({(events[i].place.place_id, events[i].date) for i in group if events[i].place}) <= 1:
            continue  # (a toll told for one place on two days is no one day's either)
        owner = _owner_of_toll(events, group)
        if owner is not None:
            shared.update(i for i in group if i != owner)
            by_toll[key] = [owner]  # the others lose the toll; no claim is needed
        else:
            shared.update(group)
    claims = [_toll_claim(events[group[0]]) for group in by_toll.values() if group[0] in shared]
    kept = [replace(e, fatalities=None, evidence={k: v for k, v in e.evidence.items() if k != "fatalities"})
            if i in shared else e for i, e in enumerate(events)]
    return kept, claims


def _struck_back(a: Event, b: Event) -> bool:
    """One side's attack and the other's reply ("rockets on the US base" and "a US air strike"):
    the attacker of each is the target of the other, each with its own weapon."""
    if a.sub_event_type == b.sub_event_type:
        return False  # (sides are often read the wrong way round; a weapon of its own is surer)
    return any(x.actor1 is not None and y.actor2 is not None and x.actor1.name == y.actor2.name
               and not x.actor1.name.startswith(_UNIDENTIFIED) for x, y in ((a, b), (b, a)))


def _district_wide(event: Event) -> bool:
    return event.place is not None and event.place.kind in ("district", "subdistrict")


def _fold_vague(events: list[Event], text: str) -> tuple[list[Event], list[Claim]]:
    """A governorate-level event that repeats a precise one (same type, governorate, day) goes:
    into that event when it is the only one, else its toll stays as a claim. A district-level one
    likewise, within its district."""
    kept = list(events)
    claims = []
    for event in events:
        inside = _unit_of(event, text, kept) if event.event_type in _VIOLENT else None
        near = inside is None and event.event_type in _VIOLENT and _on_a_road_out_of_town(event, text)
        if near:
            # "على طريق القامشلي - عامودا" after "في قرية تل شعير": on a road out of a town, the one
            # incident told at a village of its district
            inside = lambda e, near_event=event: _same_district_precise(near_event, e)  # noqa: E731
        if inside is None:
            continue
        twins = [i for i, e in enumerate(kept) if e is not event and not _regional(e) and not _district_wide(e)
                 and e.event_type == event.event_type and e.date == event.date and e.place and inside(e)]
        if not twins or near and len(twins) > 1:
            continue
        if len(twins) == 1:
            kept[twins[0]] = _combine(kept[twins[0]], event)  # the summary's toll is the precise event's
        elif event.fatalities and all(kept[i].fatalities != event.fatalities for i in twins):
            claims.append(_toll_claim(event))  # the city's dead, summed over the quarters told one by one
        kept = [e for e in kept if e is not event]
    return kept, claims


def _on_a_road_out_of_town(event: Event, text: str) -> bool:
    where = event.evidence.get("location")
    return where is not None and event.place is not None and event.place.admin2 is not None \
        and on_a_road(text, where.span)


def _same_district_precise(near: Event, event: Event) -> bool:
    return event.place is not None and near.place is not None and event.geo_precision == 1 \
        and event.place.admin2 == near.place.admin2 and event.place.place_id != near.place.place_id \
        and (near.actor1 is None or event.actor1 is None or near.actor1.name == event.actor1.name)


def _unit_of(event: Event, text: str, events: list[Event]) -> Callable[[Event], bool] | None:
    """For an event told only by its district or governorate, which precise events lie in that unit."""
    place = event.place
    if place is None:
        return None
    if _district_wide(event):
        return lambda e: e.place is not None and e.place.admin2 == place.admin2
    if _regional(event):
        around = _around_the_city(event, text)
        if not around and place.admin1 in GOVERNORATE_AROUND:
            # "غارة إسرائيلية على دمشق" told with the strike on السيدة زينب in the countryside:
            # the one incident, by the same hand, when the city itself has no precise telling of that day
            if event.actor1 is not None and not any(
                    e.place is not None and e.place.admin1 == place.admin1 and not _regional(e)
                    and e.event_type == event.event_type and e.date == event.date for e in events):
                return lambda e: e.place is not None and _within_governorate(e.place, place, True) \
                    and e.actor1 is not None and e.actor1.name == event.actor1.name
        return lambda e: e.place is not None and _within_governorate(e.place, place, around) \
            and not _struck_back(e, event)
    return None


# "غارات على محيط دمشق" and the strike on السيدة زينب: what is told as around the capital lies in
# the governorate around it ("in Damascus" stays in the city).
_AROUND_WORDS = frozenset(fold(w) for w in (
    "محيط", "بمحيط", "ومحيط", "اطراف", "ضواحي", "جنوبي", "شمالي", "شرقي", "غربي", "جنوب", "شمال", "شرق", "غرب",
    "قرب", "بالقرب", "ريف", "بريف", "near", "outskirts", "suburb", "suburbs", "around", "outside", "south", "north",
    "east", "west", "southern", "northern", "eastern", "western"))


def _around_the_city(event: Event, text: str) -> bool:
    where = event.evidence.get("location")
    if where is None:
        return False
    before = fold(text[max(0, where.span.start - 30):where.span.start]).split()[-3:]
    after = fold(text[where.span.end:where.span.end + 12]).split()[:1]
    return bool(_AROUND_WORDS.intersection(before + [w.rstrip(".,،") for w in after]))


def _within_governorate(precise: Place, regional: Place, around: bool) -> bool:
    return precise.admin1 == regional.admin1 or (around and _one_area(precise, regional))


def _fold_retold_toll(events: list[Event]) -> list[Event]:
    """"ما تقوم به سلطات الاحتلال في جنين ... أدت إلى استشهاد 10": an undated telling with the same
    place and the same toll as a dated incident is that incident, whatever word it uses for it."""
    def dated_here(event: Event) -> bool:
        return "date" in event.evidence and event.span is not None and event.span.covers(event.evidence["date"].span)

    kept = list(events)
    for event in events:
        if dated_here(event) or not event.fatalities or event.fatalities < 2 or event.event_type not in _VIOLENT:
            continue
        twin = next((i for i, e in enumerate(kept) if e is not event and dated_here(e)
                     and e.fatalities == event.fatalities and e.event_type in _VIOLENT
                     and e.place and event.place and e.place.place_id == event.place.place_id), None)
        if twin is not None:
            kept[twin] = _combine(kept[twin], event)
            kept = [e for e in kept if e is not event]
    return kept


def _generic_attack(event: Event) -> bool:
    rule = event.evidence["event"].rule if "event" in event.evidence else ""
    return event.sub_event_type == lx.CLASH and rule.removeprefix("trigger:") in lx.GENERIC_ATTACK


def _near_same_place(a: Event, b: Event) -> bool:
    if a.place is None or b.place is None or max(a.geo_precision or 1, b.geo_precision or 1) > 2:
        return False
    return a.place.place_id == b.place.place_id or (a.place.admin3 is not None and a.place.admin3 == b.place.admin3)


def _same_toll_in_region(vague: Event, precise: Event) -> bool:
    """"22 killed in an attack in Hassakeh province" and the suicide bombing in a town there that
    killed 22: one incident told twice, the second time by its province."""
    return (vague.geo_precision or 1) >= 3 and bool(vague.fatalities) and vague.fatalities == precise.fatalities \
        and vague.place is not None and precise.place is not None and vague.place.admin1 == precise.place.admin1


def _fold_generic(events: list[Event]) -> list[Event]:
    """"استهداف القاعدة", "the attack": a telling that names no weapon, at the place and on the day of a
    strike or bombing told with its weapon, is that strike again."""
    kept = list(events)
    for event in events:
        if not _generic_attack(event):
            continue
        twin = next((i for i, e in enumerate(kept) if e is not event and e.event_type == "Explosions/Remote violence"
                     and e.date == event.date and (_near_same_place(e, event) or _same_toll_in_region(event, e)
                                                   or _sums_up(event, e))),
                    None)
        if twin is None:
            continue
        # (a city's toll that sums its quarters' is no one bombing's)
        telling = replace(event, fatalities=None) if _sums_up(event, kept[twin]) else event
        kept[twin] = _combine(kept[twin], telling)
        kept = [e for e in kept if e is not event]
    return kept


def _as_the_day_s_weapon(events: list[Event]) -> list[Event]:
    """"Air strikes hit al-Shaar and al-Sakhour ... An attack on the village of Batbo killed 19": in a
    story whose other incidents of that day are all told with one weapon (two at least), an attack
    told with none is one more of them."""
    out = []
    for event in events:
        if _generic_attack(event) and event.date is not None:
            weapons = {e.sub_event_type for e in events if e is not event and e.date == event.date
                       and e.event_type in _VIOLENT and not _generic_attack(e)}
            told = [e for e in events if e is not event and e.date == event.date and e.sub_event_type in weapons]
            hands = {e.actor1.name if e.actor1 else None for e in told}
            own = event.actor1.name if event.actor1 and not event.actor1.name.startswith(_UNIDENTIFIED) else None
            if len(weapons) == 1 and len(told) >= 2 and next(iter(weapons)) in _WEAPON_TYPES \
                    and (own is None or own in hands):
                weapon = told[0]  # (an attack by a hand of its own is that hand's, not one more strike)
                event = replace(event, event_type=weapon.event_type, sub_event_type=weapon.sub_event_type,
                                actor1=event.actor1 if own is not None else weapon.actor1)
        out.append(event)
    return out


def _sums_up(vague: Event, precise: Event) -> bool:
    """"18 civilians killed yesterday in terrorist attacks on Aleppo city", then the shells on its
    quarters: attacks on civilians told of a whole city or governorate that day sum up the bombings
    told at its places (their toll, a sum, is no one bombing's)."""
    return (vague.geo_precision or 1) >= 3 and (precise.geo_precision or 1) == 1 and vague.place is not None \
        and precise.place is not None and vague.place.admin1 == precise.place.admin1 \
        and vague.actor2 is not None and vague.actor2.name.startswith("Civilians")


# Bases the US-led coalition holds in Syria and Iraq, and Tower 22: an attack there, when the
# article speaks of US forces, hits them.
_US_HELD = frozenset({"rs:field-omar", "rs:field-conoco", "rs:base-tanf", "rs:base-shaddadi", "rs:base-rmelan",
                      "rs:base-kharab-jir", "rs:base-tower22", "rs:base-ain-asad", "rs:base-harir",
                      "rs:base-tal-baydar", "rs:base-qasrak", "rs:airport-erbil"})
_US_FORCES = "Military Forces of the United States"


def _tells_of_us_forces(ctx: DocContext) -> bool:
    return any(m.label == "ACTOR" and m.key == _US_FORCES for m in ctx.doc.mentions)


def _at_a_us_base(ctx: DocContext, a1: ActorRef | None, a2: ActorRef | None,
                  place: Place) -> tuple[ActorRef | None, ActorRef | None]:
    """"سقطت صواريخ على حقل كونيكو": rockets or drones on a base the US holds hit the US forces; no
    one strikes their own base, so US forces read as the attacker there are its target."""
    unknown = ActorRef(f"Unidentified Armed Group ({place.country})", 3)
    if a1 is not None and a1.name == _US_FORCES:
        return (a2 if a2 is not None else unknown), a1
    if a2 is None and _tells_of_us_forces(ctx):
        a2 = ActorRef(*coded_name(ctx, _US_FORCES), None)
    if a1 is None and a2 is not None and a2.name == _US_FORCES:
        return unknown, a2  # the attack on the base was not claimed: an armed group's, unnamed
    return a1, a2


_ASSASSINATION = frozenset(fold(w) for w in ("اغتيال", "الاغتيال", "عملية اغتيال", "عملية الاغتيال", "assassination",
                                             "assassinated", "assassinating"))


def _fold_assassinations(events: list[Event]) -> list[Event]:
    """"جريمة اغتيال موسوي" and the strike that killed him at that place and day, by the same hand: the
    killing is the strike (ACLED codes a killing by missile as the strike), not an attack of its own."""
    kept = list(events)
    for event in events:
        rule = event.evidence["event"].rule.removeprefix("trigger:") if "event" in event.evidence else ""
        if event.sub_event_type != lx.VAC_ATTACK or fold(rule) not in _ASSASSINATION or event.actor1 is None:
            continue
        twin = next((i for i, e in enumerate(kept) if e.event_type == "Explosions/Remote violence" and e.date == event.date
                     and e.place and event.place and (e.place.place_id == event.place.place_id
                                                      or _regional(event) and e.place.admin1 == event.place.admin1)
                     and e.actor1 is not None and e.actor1.name == event.actor1.name), None)
        if twin is not None:
            # (the one killed is no civilian by default: a commander, mostly)
            kept[twin] = _combine(kept[twin], replace(event, actor2=None))
            kept = [e for e in kept if e is not event]
    return kept


def _fold_interceptions(events: list[Event]) -> list[Event]:
    """"تصدت الدفاعات الجوية لصواريخ العدوان وأسقطت بعضها" beside the strike those missiles made:
    the interception is told as part of the strike (ACLED codes the strike), not an event of its own."""
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence" and e.place and e.actor1]

    def answers(event: Event, strike: Event) -> bool:
        if strike.date != event.date or not _one_area(strike.place, event.place):  # type: ignore[arg-type]
            return False
        if event.actor2 is not None:
            return strike.actor1.name == event.actor2.name  # type: ignore[union-attr]  # the attacker whose missiles were met
        # the attacker unnamed, or read as the one who acted: the strike at that very place, or by it
        if strike.place.place_id == event.place.place_id or (  # type: ignore[union-attr]
                event.actor1 is not None and strike.actor1.name == event.actor1.name):  # type: ignore[union-attr]
            return True
        # Syria's air defences meeting missiles from afar (Israel's, the coalition's): told with the
        # defenders as the side that acted, or with no side at all
        return event.place.country == "Syria" and strike.actor1.name in _STRIKING_FROM_AFAR and (  # type: ignore[union-attr]
            event.actor1 is None or strike.actor2 is not None and strike.actor2.name == event.actor1.name)

    def answers_a_strike(event: Event) -> bool:
        return event.sub_event_type == lx.DISRUPTED and event.place is not None and any(
            answers(event, strike) for strike in strikes)

    return [_the_strike_met(e) for e in events if not answers_a_strike(e)]


def _the_strike_met(event: Event) -> Event:
    """"تصدت الدفاعات الجوية السورية لعدوان إسرائيلي على محيط دمشق", told with no strike of its own:
    the strike those defences met is the event (ACLED codes Israel's and the coalition's attacks
    there as strikes, intercepted or not), by that state, on the forces that met it."""
    if event.sub_event_type != lx.DISRUPTED:
        return event
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    attacker = next((a for a in sides if a.name in _STRIKING_FROM_AFAR), None)
    if attacker is None or event.place is None or event.place.country != "Syria":
        return event
    defender = next((a for a in sides if a is not attacker), None)
    return replace(event, event_type="Explosions/Remote violence", sub_event_type=lx.AIR, actor1=attacker,
                   actor2=defender)


def _one_area(a: Place, b: Place) -> bool:
    """The same governorate, or the capital and the governorate around it (missiles over Qatana
    are part of a strike told as "around Damascus")."""
    return a.admin1 == b.admin1 or GOVERNORATE_AROUND.get(a.admin1 or "") == b.admin1 \
        or GOVERNORATE_AROUND.get(b.admin1 or "") == a.admin1


# "Artillery and aircraft were used in the battle": the strike is told as a weapon of a battle
_BATTLE_WORDS = re.compile(r"\b(?:battle|battles|clashes)\b|(?:اشتباك|معارك|المعركة|معركة)")


def _fold_hierarchy(events: list[Event], text: str) -> list[Event]:
    """A strike told in the same breath as a battle at that place and day, or told as used in a
    battle the article places there that day, is part of the battle (ACLED's hierarchy)."""
    def key(e: Event) -> tuple[object, ...]:
        return (e.place.place_id if e.place else None, e.date, e.span)

    battles = {key(e) for e in events if e.event_type == "Battles"}
    kept = [e for e in events if not (e.event_type == "Explosions/Remote violence" and key(e) in battles)]
    for event in list(kept):
        if event.event_type != "Explosions/Remote violence" or event.span is None or event.place is None \
                or not _BATTLE_WORDS.search(text, event.span.start, event.span.end):
            continue
        battle = next((i for i, e in enumerate(kept) if e.event_type == "Battles" and e.place is not None
                       and e.place.place_id == event.place.place_id and e.date == event.date), None)
        if battle is not None:
            kept[battle] = _combine(kept[battle], event)
            kept = [e for e in kept if e is not event]
    return kept
