"""Where an event happened: the place mentions of its sentence, resolved and ranked.

Owns ``locate``: picks the most precise places a sentence names (dropping places that
are only the governorate of another, or part of an actor's name), splits coordinated
places ("Fuaa and Kafraya", "ريفي إدلب واللاذقية") into several locations, and sets
ACLED's geo precision (1 town, 2 near a town or a desert area, 3 a governorate or
region) from the place kind and words like "ريف X" or "near X". Also owns
``unlisted_locations``: villages no gazetteer lists, coded at the unit the text places
them in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasid.actors.romanize import romanize
from rasid.extract import lexicon
from rasid.extract.context import (
    IN_RESPONSE,
    DocContext,
    Sentence,
    as_spoken_of,
    government_by_capital,
    last_words,
    text_after,
    text_before,
    within_phrase,
)
from rasid.gazetteer.resolve import places_km
from rasid.model import Mention, Place, Span
from rasid.text.normalize import fold

_COORDINATORS = {"و", ",", "and", "او", "or", ""}
_COUNTRYSIDE = frozenset(fold(w) for w in lexicon.COUNTRYSIDE_AR + lexicon.COUNTRYSIDE_EN)
_PLACE_CUES = frozenset(fold(w) for w in lexicon.PLACE_CUES_AR + lexicon.PLACE_CUES_EN)
# "قاعدة الاحتلال الأميركي "حرير"": whose post it is stands between the cue and the name
_OWNERS = frozenset(fold(w) for w in ("الاحتلال", "الأميركي", "الأمريكي", "الأميركية", "الأمريكية", "الإسرائيلي",
                                      "الإسرائيلية", "الروسي", "الروسية", "التركي", "التركية"))


@dataclass(frozen=True)
class Location:
    place: Place
    mention: Mention
    precision: int
    text: str


# "وقفة تضامنية نصرةً لغزة", "in solidarity with Gaza": the place the crowd stands up for,
# not where it stands.
_SOLIDARITY = tuple(fold(w) for w in ("نصرة ل", "نصرة", "تضامنا مع", "دعما ل", "داعمة ل", "الداعمة ل", "داعم ل",
                                      "الداعم ل", "مؤيدة ل", "المؤيدة ل", "تضامنية مع", "التضامنية مع", "اسنادا ل",
                                      "دعمها ل", "دعمه ل", "دعمهم ل", "اسنادها ل", "اسناده ل",
                                      "solidarity with", "in support of"))
# "نصرةً لأهالي غزة", "دعماً لشعبنا في غزة": the people of the place the deed is done for
_PEOPLE_OF = frozenset(fold(w) for w in ("أهالي", "لأهالي", "أهل", "لأهل", "شعب", "لشعب", "للشعب", "الشعب", "شعبنا",
                                         "لشعبنا", "الفلسطيني", "الصامد", "الصامدين", "المظلوم", "في", "people",
                                         "the", "of", "in"))
_PEOPLE_REACH = 40


def _supported(ctx: DocContext, mention: Mention) -> bool:
    near = text_before(ctx.doc, mention.span, 16).rstrip()
    if near.endswith(_SOLIDARITY):
        return True
    if near.split()[-1:] and near.split()[-1] not in _PEOPLE_OF:
        return False  # (most places: no people's word before them)
    before = text_before(ctx.doc, mention.span, _PEOPLE_REACH).rstrip()
    words = before.split()
    popped = ""
    while words and words[-1] in _PEOPLE_OF:
        popped = words.pop()
    rest = " ".join(words)
    # ("دعمها للشعب الفلسطيني الصامد في غزة": the preposition glued to the people's noun)
    return bool(popped) and (rest.endswith(_SOLIDARITY) or popped.startswith("ل") and rest.endswith(_SUPPORT_NOUNS))


_SUPPORT_NOUNS = tuple(phrase[:-2] for phrase in _SOLIDARITY if phrase.endswith(" ل"))


_REPORTERS = tuple(fold(w) for w in ("مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "correspondent",
                                     "reporter",
                                     # "أعلنت وزارة الصحة الفلسطينية في رام الله استشهاد ...": the ministry's seat
                                     "وزارة"))


def _reporters_base(ctx: DocContext, mention: Mention) -> bool:
    """"أكد مراسلنا في حلب خروج تظاهرات في إدلب": the place is where the reporter sits."""
    words = last_words(text_before(ctx.doc, mention.span, 40), 4)
    if not words or not (words[-1] in ("في", "in") or words[-1].endswith("في")):
        return False
    return any(w.startswith(_REPORTERS) or w.lstrip("و").startswith(_REPORTERS) for w in words)


_FROM_DIRECTION = tuple(fold(w) for w in ("من اتجاه", "من جهة", "from the direction of", "from the direction",
                                         "نفذ من", "نفذت من", "launched from", "fired from",
                                         "اطلقت من", "انطلقت من", "اطلق من", "انطلق من"))


_LAUNCHED_BY_FROM = re.compile(fold(r"(?:(?:نفذ|اطلق|انطلق)\w*(?: [^ ]+){1,3} من(?: (?:مدينة|بلدة|ريف|مناطق|منطقة))?"
                                    r"|(?:fired|launched|fires|launches)(?: [^ ]+){1,3} from(?: the)?)\s*$"))
_SENT = tuple(fold(w) for w in ("تعزيزات", "لتعزيزات", "التعزيزات", "reinforcements"))
_FROM = frozenset(fold(w) for w in ("من", "from"))
_TRAVELLERS = frozenset(fold(w) for w in ("residents", "evacuees", "civilians", "people", "families", "displaced",
                                          "refugees", "fighters", "أهالي", "المهجرين", "مهجري", "نازحي", "النازحين"))
_SETTLEMENT_NOUNS = frozenset(fold(w) for w in ("مدينة", "بلدة", "قرية", "ريف", "محافظة", "the", "city", "town"))


def _origin(ctx: DocContext, mention: Mention) -> bool:
    """"من اتجاه البحر المتوسط غربي اللاذقية": where the missiles came from, not where they fell;
    "استقدمت تعزيزات عسكرية من مدينة الحسكة": where reinforcements were brought from."""
    if within_phrase(ctx.doc, mention.span, _FROM_DIRECTION, 40):
        return True
    before = text_before(ctx.doc, mention.span, 60)
    if _LAUNCHED_BY_FROM.search(before):
        return True  # "اعتداء بالمسيرات نفذته التنظيمات الإرهابية من إدلب", "fired rockets from Idlib": whence
    before_words = before.split()
    words = [w for w in before_words[-3:] if w not in _SETTLEMENT_NOUNS]
    if bool(words) and words[-1] in _FROM and any(w in before for w in _SENT):
        return True
    # "the 5000 Fuaa and Kafraya residents had waited in Rashidin": a place naming the people, not the spot
    after = text_after(ctx.doc, mention.span, 30).split()
    if after and (after[0] in _TRAVELLERS or after[0] == "and" and len(after) > 2 and after[2] in _TRAVELLERS
                  and _named_next(ctx, mention)):
        return True
    # "a convoy carrying residents from the northern towns of Fuaa and Kafraya": where people came from
    tail = before_words[-9:]
    at = max((i for i, w in enumerate(tail) if w in _FROM), default=None)
    return at is not None and len(tail) - at <= 8 and any(w in _TRAVELLERS for w in tail[max(0, at - 2):at])


def _named_next(ctx: DocContext, mention: Mention) -> bool:
    """Whether the word after next is capitalised, a name ("Fuaa and Kafraya residents")."""
    named_next = ctx.doc.text[mention.span.end:mention.span.end + 30].split()[1:2]
    return bool(named_next) and named_next[0][:1].isupper()


# "Fabius told reporters during a visit to the West Bank city of Ramallah": where a speaker was
_ON_A_VISIT = tuple(fold(w) for w in ("during a visit to", "on a visit to", "while visiting", "خلال زيارة",
                                     "خلال زيارته", "في زيارة الى", "في زيارة إلى", "أثناء زيارة", "أثناء زيارته"))


def _answered(ctx: DocContext, mention: Mention) -> bool:
    """"رداً على اعتداء العدو على المدنيين في بلدة حانين": where the deed answered took place."""
    return within_phrase(ctx.doc, mention.span, IN_RESPONSE, 80)


def _homonym_abroad(sentence: Sentence, ctx: DocContext, mention: Mention) -> bool:
    """"طير حرفا ... القرى اللبنانية الجنوبية": in an article about Lebanon, a sentence that names
    Lebanon and not Syria means no Syrian village by a name only Syrian villages have in our table."""
    focus = ctx.focus_country
    if focus == "Syria" or not sentence.has_cue(f"country:{focus}") or sentence.has_cue("country:Syria"):
        return False
    candidates = ctx.candidates(mention)
    return all(p.country == "Syria" and p.kind in ("community", "neighbourhood", "town") for p in candidates)


def usable_places(sentence: Sentence, ctx: DocContext) -> list[Mention]:
    """Place mentions that really name a place: common-word names need a cue before them, and
    a place abroad needs its country named somewhere in the article."""
    out = []
    mentions = sentence.of("PLACE")
    # (a far homonym is only told in a story, or a sentence, set abroad: asked once for them all)
    abroad = bool(mentions) and (ctx.far_story or ctx.set_abroad(sentence))
    for mention in mentions:
        candidates = ctx.candidates(mention)
        if not any(p.country in ctx.countries for p in candidates):
            continue
        if all(p.kind == "country" for p in candidates):
            continue  # "سوريا" locates nothing an analyst can map
        if abroad and ctx.far_homonym(mention, sentence):
            continue
        if _supported(ctx, mention) or _homonym_abroad(sentence, ctx, mention) or _reporters_base(ctx, mention) \
                or _origin(ctx, mention) or government_by_capital(ctx.doc, mention) or _answered(ctx, mention) \
                or _measured_from(ctx, mention) or within_phrase(ctx.doc, mention.span, _ON_A_VISIT, 50):
            continue
        if mention.get("needs_cue"):
            # (موقع "المطلة": the quotation marks a name takes stand between the cue and it)
            before = [w for w in (w.strip("\"'«»“”") for w in last_words(text_before(ctx.doc, mention.span, 40), 5))
                      if w and w not in _OWNERS][-2:]
            if before[-1:] == ["of"]:
                before = before[:-1]  # "the town of al-Bab"
            if not (before and (before[-1] in _PLACE_CUES or before[-1][:1] in "وب" and before[-1][1:] in _PLACE_CUES)) \
                    and not _placed_by_what_follows(ctx, sentence, mention):
                continue
        out.append(mention)
    # "snipers positioned in Bustan al-Qasr opened fire on locals in al-Masharqa": where the
    # shooters stood, when the sentence says where their fire fell
    positioned: list[Mention] = []
    for m in out:
        if _positioned_in(ctx, m) or positioned and _next_in_list(ctx, positioned[-1], m):
            positioned.append(m)  # "terrorists located in Binnish and Maaret Masrin fired at al-Fouaa"
    placed = [m for m in out if all(m is not p for p in positioned)]
    if positioned and all(all(p.kind in _ADMIN_UNITS for p in ctx.candidates(m)) for m in placed):
        # "فاجأت العشائر قوات قسد المتمركزة في بلدات X وY في ريف دير الزور بهجوم": the units left only
        # place the list; where the force that was hit stood is where it was hit
        placed = []
    # "بين مدينتي الميادين والبوكمال", "between Maarat al-Numan and Saraqib": one stretch of land
    placed = [m for i, m in enumerate(placed) if not (i and _between_it_and(ctx, placed[i - 1], m))]
    # "استهدفت الجماعات المسلحة التي كانت تقصف مواقع في ريف حماة": where the target had been acting
    return [m for m in placed or out if not within_phrase(ctx.doc, m.span, _WHO_HAD_BEEN, 60)]


# "في القائم عند الحدود العراقية السورية", "في الشدادي جنوب الحسكة": a name that is also a word ("the
# standing one") is a place when where it lies follows it
_LIES_AT = frozenset(fold(w) for w in ("عند", "قرب", "على"))
_LIES_TOWARDS = frozenset(fold(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))
_FOLLOWING_REACH = 24


def _placed_by_what_follows(ctx: DocContext, sentence: Sentence, mention: Mention) -> bool:
    after = text_after(ctx.doc, mention.span, _FOLLOWING_REACH).replace("،", " ").split()
    if len(after) >= 2 and after[0] in _LIES_AT and after[1] in _BORDER_WORDS:
        return True
    return bool(after) and after[0] in _LIES_TOWARDS and any(
        0 < m.span.start - mention.span.end <= _FOLLOWING_REACH and not m.get("needs_cue") for m in sentence.of("PLACE"))


_BORDER_WORDS = frozenset(fold(w) for w in ("الحدود", "الحدودي", "الشريط"))


_ADMIN_UNITS = frozenset({"governorate", "district", "subdistrict", "country", "province"})
_WHO_HAD_BEEN = tuple(fold(w) for w in ("التي كانت", "الذين كانوا", "الذي كان", "who had been", "which had been",
                                        "that had been"))
_POSITIONED = frozenset(fold(w) for w in (
    "positioned in", "stationed in", "entrenched in", "located in", "based in", "المتمركزة في", "المتمركزين في",
    "المتمركزون في", "المتحصنة في", "المتحصنين في", "المنتشرة في", "المنتشرين في"))
_AREA_NOUNS = frozenset(fold(w) for w in ("neighborhood", "neighbourhood", "area", "حي", "منطقة"))


def _positioned_in(ctx: DocContext, mention: Mention) -> bool:
    words = [w for w in text_before(ctx.doc, mention.span, 40).split()
             if w not in _SETTLEMENT_NOUNS and w not in _AREA_NOUNS]
    return " ".join(words[-2:]) in _POSITIONED


def _next_in_list(ctx: DocContext, first: Mention, mention: Mention) -> bool:
    gap = fold(ctx.doc.text[first.span.end:mention.span.start]).strip()
    return first.span.end <= mention.span.start and gap in ("", ",", "and", "و", "،")


_BETWEEN = frozenset(fold(w) for w in ("بين", "between"))
_TWO_OF = frozenset(fold(w) for w in ("مدينتي", "بلدتي", "قريتي", "منطقتي", "the", "towns", "villages", "cities"))


def _between_it_and(ctx: DocContext, first: Mention, mention: Mention) -> bool:
    words = [w for w in last_words(text_before(ctx.doc, first.span, 30), 3) if w not in _TWO_OF]
    return bool(words) and words[-1] in _BETWEEN and _next_in_list(ctx, first, mention) \
        and fold(ctx.doc.text[first.span.end:mention.span.start]).strip() in ("and", "و")


_DISTANCE_UNITS = frozenset(fold(w) for w in ("كم", "كلم", "كيلومتر", "كيلومترات", "كيلومترا", "km", "kms",
                                               "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"))


def _measured_from(ctx: DocContext, mention: Mention) -> bool:
    """"القاعدة تقع على بعد 5 كم من معبر اليعربية", "10 km from Manbij": a landmark a distance is
    measured from, not where it happened."""
    words = last_words(text_before(ctx.doc, mention.span, 30), 3)
    return len(words) >= 2 and words[-1] in ("من", "عن", "from", "of") and bool(_DISTANCE_UNITS.intersection(words[:-1]))


_TOWARDS = frozenset(fold(w) for w in ("إلى", "نحو", "باتجاه", "تجاه", "to", "towards", "into"))


def _single_admin1(mention: Mention, ctx: DocContext) -> str | None:
    """The governorate a name surely lies in; a neighbourhood name is never sure (many cities share them)."""
    candidates = ctx.candidates(mention)
    if any(p.kind == "neighbourhood" for p in candidates):
        return None
    admin1s = {p.admin1 for p in candidates}
    return admin1s.pop() if len(admin1s) == 1 else None


def locate(sentence: Sentence, ctx: DocContext, movement: bool = False, near: Span | None = None,
           within: Span | None = None) -> list[Location]:
    """The event locations of a sentence, most precise first; empty if it names none.

    For a movement (reinforcements, withdrawals) the place is where forces went: the first
    place after "إلى/نحو/to", not where they came from. ``near`` (the trigger) ranks places by
    closeness; ``within`` (its clause) keeps the places told there when there are any.
    """
    mentions = usable_places(sentence, ctx)
    # '"أفيفيم" (قرية صلحا اللبنانية المحتلة)': the aside says whose land the settlement stands on
    mentions = [m for m in mentions if not _an_aside_to(ctx, m, sentence)] or mentions
    if within is not None:
        # "..., فيما استهدفت المسيرة الثانية مقراً في قرية X": the place of the trigger's own clause
        mentions = [m for m in mentions if within.covers(m.span)] or mentions
    if not mentions:
        return _spelled_in_the_articles_governorate(sentence, ctx, within)
    # every place the sentence names is context, the reporter's city too ("our reporter in Homs
    # said shells fell on al-Zahraa"), even where it is not the event's place
    usable = {id(m) for m in mentions}
    context = [m for m in sentence.of("PLACE") if not m.get("needs_cue") or id(m) in usable] or mentions
    resolved = [(m, _named_unit(m, ctx) or ctx.resolve(m, context)) for m in mentions]
    if movement:
        towards = [(m, p) for m, p in resolved if set(last_words(text_before(ctx.doc, m.span, 12), 1)) & _TOWARDS]
        if towards:
            m, p = towards[0]
            return [Location(p, m, geo_precision(p, m, ctx), ctx.doc.quote(m.span))]
    else:
        resolved = _drop_road_ends(_drop_route(resolved, ctx), ctx)
        if not resolved:
            return []
    resolved = _drop_foreign_homonyms(resolved, ctx)
    base = ctx.resources.gazetteer.precision_of
    units = [p for _, p in resolved if base(p) > 1]
    resolved = [(m, _placed_elsewhere(m, p, resolved, ctx)) for m, p in resolved]
    resolved = _drop_containers(resolved, ctx)
    # "بلدة أبو ديس، شرقي القدس المحتلة": the city after the bearing only says where the town lies
    resolved = [pair for pair in resolved if not _bearing_point(ctx, pair[0], resolved)] or resolved
    resolved.sort(key=lambda pair: (base(pair[1]), _distance(pair[0].span, near) if near else 0, pair[0].span.start))
    chosen = [resolved[0]]
    items = [m.span for m in mentions] + [m.span for m in sentence.of("UNLISTED")]
    waiting = [pair for pair in resolved[1:] if base(pair[1]) == base(resolved[0][1])]
    while waiting:
        # an item joins through any item already in the list, not only through those before it
        # in closeness to the trigger ("at X Y and Z": Y is listed through Z)
        joining = [pair for pair in waiting if _coordinated(ctx, chosen, pair[0], items)
                   and not _holds_an_item(ctx, chosen, pair[0])]
        if not joining:
            break
        for mention, place in joining:
            if place.place_id not in {p.place_id for _, p in chosen}:
                chosen.append((mention, place))
        waiting = [pair for pair in waiting if pair not in joining]
    chosen.sort(key=lambda pair: pair[0].span.start)
    if base(chosen[0][1]) > 1:
        unlisted = unlisted_locations(sentence, ctx, chosen[0][1], within)
        if unlisted:
            return unlisted
    # "محوري قريتي جلبل وكيمار": what stands before a list applies to every item of it
    precision = geo_precision(chosen[0][1], chosen[0][0], ctx)
    out = []
    for m, p in chosen:
        if _around_the_capital(ctx, m, p):
            out.append(Location(ctx.resources.gazetteer.governorate(GOVERNORATE_AROUND[p.admin1 or ""]), m, 2,
                                ctx.doc.quote(m.span)))
            continue
        out.append(Location(p, m, max(precision, geo_precision(p, m, ctx)), ctx.doc.quote(m.span)))
        if _and_its_countryside(ctx, m) and out[-1].precision == 1:
            # "في مدينة القامشلي وريفها": the city and, apart, its countryside
            out.append(Location(p, m, 2, f"ريف {ctx.doc.quote(m.span)}" if _is_arabic(m, ctx) else
                                f"{ctx.doc.quote(m.span)} countryside"))
    # "بلدات أبو حردوب والجرذي وأبو حمام": a village no gazetteer lists, in a list with listed ones
    listed = [m for m in sentence.of("UNLISTED") if (within is None or within.covers(m.span))
              and _coordinated(ctx, chosen, m, items) and not _an_aside_to(ctx, m, sentence)]
    if listed:
        # the unit the listed places lie in, not one named elsewhere in the sentence ("... supply
        # lines towards Hasakah"); failing one, they lie where the listed places do
        container = next((unit for unit in units if unit.admin1 == chosen[0][1].admin1), chosen[0][1])
        out += unlisted_locations(sentence, ctx, container, within, only=listed)
        out.sort(key=lambda location: location.mention.span.start)
    return out


def _spelled_in_the_articles_governorate(sentence: Sentence, ctx: DocContext,
                                        within: Span | None) -> list[Location]:
    """"rocket shells fell on al-Ramouseh neighborhood" in a story of Aleppo: a name after a
    settlement word, in a sentence that names no listed place, is the settlement of that spelling
    in the governorate the article is most about, if it has exactly one."""
    admin1 = ctx.focus_admin1
    if admin1 is None:
        return []
    out = []
    for mention in sentence.of("UNLISTED"):
        if within is not None and not within.covers(mention.span) or told_as_a_cause(ctx, mention):
            continue
        spelled = _spelled_settlement(ctx, mention, admin1)
        if spelled is not None:
            out.append(Location(spelled, mention, geo_precision(spelled, mention, ctx), ctx.doc.quote(mention.span)))
    return out


_QUARTER_WORDS = (" neighbo", " district", " quarter", " حي")
_QUARTERS = frozenset({"neighbourhood"})
# "the neighborhoods of al-Sabaa Bahrat and al-Sinaa in Damascus city", "حي X": a quarter of the city
_QUARTER_BEFORE = re.compile(r"(?:neighbou?rhoods? of|districts? of|quarters? of|حي|احياء)\s+(?:\S+\s+){0,4}$")


def _quarter_after(ctx: DocContext, mention: Mention) -> bool:
    """"al-Qusour neighborhood", "X district": the word after the name calls it a quarter."""
    return ctx.doc.text[mention.span.end:mention.span.end + 9].startswith(_QUARTER_WORDS)


def _told_as_a_quarter(ctx: DocContext, mention: Mention) -> bool:
    return _quarter_after(ctx, mention) \
        or _QUARTER_BEFORE.search(text_before(ctx.doc, mention.span, 48) + " ") is not None


def _spelled_settlement(ctx: DocContext, mention: Mention, admin1: str | None) -> Place | None:
    """The governorate's settlement spelt like the mention; its quarters first when the text calls
    the place one ("al-Qusour neighborhood": the quarter, not the village Kassar)."""
    quote, gazetteer = ctx.doc.quote(mention.span), ctx.resources.gazetteer
    if _quarter_after(ctx, mention):
        quarter = gazetteer.settlement_in(quote, admin1, _QUARTERS)
        if quarter is not None:
            return quarter
    return gazetteer.settlement_in(quote, admin1)


def told_as_a_cause(ctx: DocContext, mention: Mention) -> bool:
    """"رداً على اعتداء على المدنيين في بلدة حانين", "نصرةً لغزة": a place named as what an attack
    answers or what a crowd stands up for, not where the news happened."""
    return _answered(ctx, mention) or _supported(ctx, mention)


def unlisted_locations(sentence: Sentence, ctx: DocContext, container: Place,
                       within: Span | None = None, only: list[Mention] | None = None) -> list[Location]:
    """"بلدتي الحصان والعزبة في ريف دير الزور": villages no gazetteer lists (``only`` these, if
    given), each an event location coded at the unit the sentence places them in (at least
    precision 2: near a listed village of the list, or within a district or governorate),
    under its own name."""
    candidates = only if only is not None else sentence.of("UNLISTED")
    names = [m for m in candidates if (within is None or within.covers(m.span))
             and not (told_as_a_cause(ctx, m) or _origin(ctx, m) or _reporters_base(ctx, m))]
    precision = max(2, ctx.resources.gazetteer.precision_of(container))
    out = []
    for mention in names:
        quote = ctx.doc.quote(mention.span)
        spelled = _spelled_settlement(ctx, mention, container.admin1)
        around = GOVERNORATE_AROUND.get(container.admin1 or "") \
            if container.kind == "governorate" and not _told_as_a_quarter(ctx, mention) else None
        if spelled is None and around is not None:
            spelled = ctx.resources.gazetteer.settlement_in(quote, around)
        if spelled is not None:
            # "Kefraya", "ذبيان": a spelling the gazetteer lacks of one of the governorate's settlements
            out.append(Location(spelled, mention, geo_precision(spelled, mention, ctx), quote))
            continue
        # the city's own quarters are listed: a town no list has lies in the governorate around it
        home = ctx.resources.gazetteer.governorate(around) if around is not None else container
        out.append(Location(_unlisted_place(quote, mention.key, home), mention, precision, quote))
    return out


# The capital's governorate is the city alone, its quarters all listed: a town no list has, told
# "east of Damascus", lies in the governorate around it.
GOVERNORATE_AROUND = {"Damascus": "Rural Damascus"}


# "غارات على محيط دمشق", "explosions south of Damascus": around the capital is the governorate
# around it, not the city (its own quarters, named, stay in it)
_OUTSKIRTS_WORDS = frozenset(fold(w) for w in (
    "محيط", "بمحيط", "ومحيط", "اطراف", "باطراف", "ضواحي", "جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب",
    "غربي", "near", "outskirts", "suburbs", "around", "outside", "vicinity", "south", "north", "east", "west"))


# "جنوبي العاصمة السورية دمشق", "south of the Syrian capital Damascus": a bearing before the titles of
# the city still points outside it ("محيط العاصمة دمشق" is told of both)
_CAPITAL_TITLES = frozenset(fold(w) for w in ("العاصمة", "السورية", "capital", "syrian"))
_BEARINGS = frozenset(fold(w) for w in ("جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي",
                                        "south", "north", "east", "west"))


_BEARING_REACH = 36  # characters from a place to the one a bearing places it by ("X، شرقي مدينة Y")


def _bearing_point(ctx: DocContext, mention: Mention, resolved: list[tuple[Mention, Place]]) -> bool:
    if len(resolved) < 2 or not any(b in ctx.doc.text[max(0, mention.span.start - 24):mention.span.start]
                                    for b in _BEARING_STEMS):
        return False
    before = text_before(ctx.doc, mention.span, 24).replace("،", " ").replace(",", " ").split()
    while before and before[-1] in _CAPITAL_TITLES | _CITY_WORDS:
        before.pop()
    if not before or before[-1] not in _BEARINGS:
        return False
    here = next(p for m, p in resolved if m is mention)
    # (a village of another country before it is a misreading, not what the bearing places)
    return any(other is not mention and 0 < mention.span.start - other.span.end <= _BEARING_REACH
               and place.country == here.country and ctx.resources.gazetteer.precision_of(place) == 1
               for other, place in resolved)


_CITY_WORDS = frozenset(fold(w) for w in ("مدينة", "بلدة", "قرية", "مدينه", "بلده", "قريه"))
_BEARING_STEMS = ("جنوب", "شمال", "شرق", "غرب", "south", "north", "east", "west", "South", "North", "East", "West")



def _around_the_capital(ctx: DocContext, mention: Mention, place: Place) -> bool:
    if place.admin1 not in GOVERNORATE_AROUND or place.kind not in ("governorate", "district", "subdistrict") \
            and place.name_en != place.admin1:
        return False
    before = [w for w in text_before(ctx.doc, mention.span, 40).split() if w not in ("of", "the")]
    titled = before[-1:] and before[-1] in _CAPITAL_TITLES
    while before and before[-1] in _CAPITAL_TITLES:
        before.pop()
    if not (_BEARINGS if titled else _OUTSKIRTS_WORDS).intersection(before[-1:]):
        return False
    # "near Damascus police headquarters", "the vicinity of Damascus Sheraton Hotel": a place in the city
    following = ctx.doc.text[mention.span.end:mention.span.end + 24].split()[:1]
    return not (following and following[0].lower().strip(".,") in _CITY_FACILITIES)


_CITY_FACILITIES = frozenset({"police", "airport", "hotel", "university", "international", "city", "old",
                              "governorate", "province", "countryside", "sheraton", "hospital", "stadium",
                              "fair", "citadel", "university's", "ministry"})


def _unlisted_place(quote: str, key: str, container: Place) -> Place:
    """A village no gazetteer lists, with the admin units and the point of ``container``."""
    return Place(f"unlisted:{key}@{container.place_id}", romanize(quote), quote, "unlisted", container.country,
                 container.admin1, container.admin2, container.admin3, None, container.latitude, container.longitude)


# "في ريف دير الزور", "بمحافظة حماة": the unit a list of villages is placed in
_PLACED_IN = tuple(fold(w) for w in ("ريف", "بريف", "ريفي", "محافظة", "بمحافظة", "countryside of", "province of"))
# "Al Maleh north of Aleppo", "قرية X شمال حلب": a bearing from a unit puts the village near it,
# not always inside it ("السيدة زينب جنوبي دمشق"); a homonym far away is not the one meant
_BEARING_FROM = tuple(fold(w) for w in (
    "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of",
    "southwest of", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    # "منطقة المعامل الواقعة شماليّ مدينة دير الزور"
    "شمالي مدينة", "جنوبي مدينة", "شرقي مدينة", "غربي مدينة", "شمال مدينة", "جنوب مدينة", "شرق مدينة", "غرب مدينة"))
_BEARING_KM = 100  # a village this far from the unit it is told to lie beside is another of its name
_PLACED_REACH = 80  # characters from a village to the unit that places it
_VILLAGE_KINDS = frozenset({"community", "town", "neighbourhood"})


def _placed_elsewhere(mention: Mention, place: Place, resolved: list[tuple[Mention, Place]],
                      ctx: DocContext) -> Place:
    """"بلدات الحصان والجنينة وشقرا في ريف دير الزور": a village the gazetteer knows only in
    another governorate than the one the text just placed it in is an unlisted village of
    that one (the name is shared, the place is not)."""
    base = ctx.resources.gazetteer.precision_of
    if place.kind not in _VILLAGE_KINDS:
        return place
    for other, unit in resolved:
        if unit.admin1 and unit.admin1 != place.admin1 and unit.country == place.country \
                and 0 <= other.span.start - mention.span.end <= _PLACED_REACH \
                and (base(unit) > 1 and _places_in(ctx, other, place, unit)
                     or base(unit) == 1 and _in_or_around_a_town(ctx, other, place, unit)) \
                and not any(p.admin1 == place.admin1 for _, p in resolved if base(p) > 1):
            return _unlisted_place(ctx.doc.quote(mention.span), fold(ctx.doc.quote(mention.span)), unit)
    return place


# "قرية العيون بريف بلدة مارع": a village told in a town's countryside, its only namesake far away
# "قرية X بريف مدينة Y", "منطقة المزارع في مدينة الميادين": a name placed in or around a town
_IN_OR_AROUND_A_TOWN = tuple(fold(w) for w in ("بريف بلدة", "بريف مدينة", "ريف بلدة", "ريف مدينة", "بريف", "ريف",
                                               "في مدينة", "بمدينة", "في بلدة", "ببلدة", "داخل مدينة"))


def _in_or_around_a_town(ctx: DocContext, town_mention: Mention, place: Place, town: Place) -> bool:
    far = places_km(place, town)
    return text_before(ctx.doc, town_mention.span, 14).rstrip().endswith(_IN_OR_AROUND_A_TOWN) \
        and far is not None and far > _BEARING_KM


def _places_in(ctx: DocContext, unit_mention: Mention, place: Place, unit: Place) -> bool:
    before = text_before(ctx.doc, unit_mention.span, 14).rstrip()
    if before.endswith(_PLACED_IN) or before.endswith(" in") and _UNIT_AFTER.match(
            ctx.doc.text[unit_mention.span.end:unit_mention.span.end + 24]):
        return True  # "... village in Deir Ezzor countryside", "in Idlib's southern countryside"
    far = places_km(place, unit)
    return before.endswith(_BEARING_FROM) and far is not None and far > _BEARING_KM


_UNIT_AFTER = re.compile(r"^(?:'s)?\s+(?:(?:northern|southern|eastern|western)\s+)?(?:countryside|province|governorate)\b",
                         re.IGNORECASE)
_AND_COUNTRYSIDE = re.compile(r"^\s*(?:وريفها|وريفه|وأريافها|واريافها|and its (?:countryside|outskirts|surroundings))")


def _and_its_countryside(ctx: DocContext, mention: Mention) -> bool:
    return bool(_AND_COUNTRYSIDE.match(ctx.doc.text[mention.span.end:mention.span.end + 32]))


def _is_arabic(mention: Mention, ctx: DocContext) -> bool:
    return not ctx.doc.text[mention.span.start:mention.span.start + 1].isascii()


def _distance(span: Span, anchor: Span) -> int:
    return max(span.start - anchor.end, anchor.start - span.end, 0)


_PLACE_NOUNS = frozenset(fold(w) for w in ("مدينة", "بلدة", "قرية", "منطقة", "town", "city", "village", "the"))


def _route_word(ctx: DocContext, mention: Mention) -> str | None:
    words = [w for w in last_words(text_before(ctx.doc, mention.span, 24), 2)]
    if words and words[-1] in _PLACE_NOUNS:
        words = words[:-1]
    if not words:
        return None
    word = words[-1]
    if word in _FROM:
        return "from"
    return "to" if word in _TOWARDS or word.lstrip("و") in _TOWARDS else None


def _drop_route(resolved: list[tuple[Mention, Place]], ctx: DocContext) -> list[tuple[Mention, Place]]:
    """"أثناء توجه دورية من مدينة درعا إلى مدينة طفس": the ends of a journey are not where an
    ambush on the way happened."""
    ends = {id(m): _route_word(ctx, m) for m, _ in resolved}
    if not ("from" in ends.values() and "to" in ends.values()):
        return resolved
    return [(m, p) for m, p in resolved if ends[id(m)] is None]


_ROAD_WORDS = frozenset(fold(w) for w in ("طريق", "الطريق", "عام", "العام", "اوتوستراد", "الاوتوستراد", "road",
                                           "highway"))
_ROAD_END = re.compile(r"\s*[-–—/]\s*\w")


def on_a_road(text: str, span: Span) -> bool:
    """Is the place at ``span`` the first end of a road named by its ends ("طريق القامشلي - عامودا")?"""
    return bool(_ROAD_WORDS.intersection(last_words(fold(text[max(0, span.start - 24):span.start]), 2))) \
        and _ROAD_END.match(text, span.end) is not None


def _drop_road_ends(resolved: list[tuple[Mention, Place]], ctx: DocContext) -> list[tuple[Mention, Place]]:
    """"على طريق عام القامشلي - عامودا", "مطار أبو حجر - خراب الجير": two names joined by a dash are
    a road by its ends or one place by two names, near the name given first, not two events."""
    dropped = {id(second) for (first, _), (second, _) in zip(resolved, resolved[1:])
               if ctx.doc.text[first.span.end:second.span.start].strip() in ("-", "–", "—", "/")}
    return [(m, p) for m, p in resolved if id(m) not in dropped]


_UNIT_NOUNS = {"district": "district", "subdistrict": "subdistrict", "sub-district": "subdistrict"}


def _named_unit(mention: Mention, ctx: DocContext) -> Place | None:
    """"the town in Harem district": a name followed by the unit it names is that unit, not the town
    of the same name at its seat."""
    after = ctx.doc.text[mention.span.end:mention.span.end + 14].split()[:1]
    kind = _UNIT_NOUNS.get(after[0].lower().strip(".,")) if after else None
    if kind is None:
        return None
    return next((p for p in ctx.candidates(mention) if p.kind == kind), None)


def geo_precision(place: Place, mention: Mention, ctx: DocContext) -> int:
    """ACLED geo precision of a place as the text names it: \"ريف X\" widens a town to 2."""
    base = ctx.resources.gazetteer.precision_of(place)
    words = last_words(text_before(ctx.doc, mention.span, 24), 2)
    if base == 1 and any(w in _COUNTRYSIDE or w.lstrip("وب") in _COUNTRYSIDE for w in words):
        return 2
    if base == 1 and on_a_road(ctx.doc.text, mention.span):
        return 2  # "على طريق القامشلي - عامودا": somewhere on the road out of the town
    if base == 3 and words and words[-1].lstrip("وب") in {"ريف", "ريفي", "ارياف"}:
        return 3
    return base


def _drop_foreign_homonyms(resolved: list[tuple[Mention, Place]], ctx: DocContext) -> list[tuple[Mention, Place]]:
    """An ambiguous name resolved outside every governorate the sentence surely names is a wrong reading."""
    sure = {id(m): _single_admin1(m, ctx) for m, _ in resolved}
    containers = as_spoken_of({a for a in sure.values() if a} | {p.admin1 for _, p in resolved
                                                                  if p.kind == "governorate" and p.admin1})
    if not containers:
        return resolved
    kept = [(m, p) for m, p in resolved if sure[id(m)] or p.kind == "governorate" or p.admin1 in containers]
    return kept or resolved


def _drop_containers(resolved: list[tuple[Mention, Place]], ctx: DocContext) -> list[tuple[Mention, Place]]:
    """Drop a governorate or district when a place inside it is also named."""
    precision = ctx.resources.gazetteer.precision_of
    kept = []
    for mention, place in resolved:
        if place.kind in ("governorate", "province", "district", "subdistrict"):
            inner = [
                p for m, p in resolved
                if m is not mention and p.admin1 == place.admin1 and precision(p) < precision(place)
            ]
            if inner:
                continue
        kept.append((mention, place))
    return kept or resolved


_NOT_A_LIST = frozenset(fold(w) for w in ("من", "إلى", "نحو", "باتجاه", "تجاه", "قرب", "بين", "from", "to",
                                           "towards", "near", "between", "التابعة", "التابع",
                                           "فيما", "بينما", "بالتزامن", "تزامنا", "while", "whereas"))
_ADDITION = tuple(fold(w) for w in ("إضافة إلى", "بالإضافة إلى", "فضلا عن", "as well as", "in addition to"))
_ADDITION_GAP = 16  # words: "in addition to" says the places after it are more of the same
_PARTS = frozenset(fold(w) for w in ("أجزاء", "جزء", "معظم", "غالبية", "بعض", "parts", "part", "most"))
_MAX_LIST_GAP = 6  # words between two places of one list ("الصالحية في البوكمال والأحياء السكنية في الميادين")


def _text_between(text: str, start: int, end: int, items: Sequence[Span]) -> str:
    """The text from ``start`` to ``end`` without the spans of ``items`` inside it, nor an aside in
    brackets ('"أفيفيم" (قرية صلحا اللبنانية المحتلة)، ومستعمرة المطلة' lists two settlements)."""
    inside = sorted(i for i in items if start <= i.start and i.end <= end)
    pieces, at = [], start
    for item in inside:
        pieces.append(text[at:item.start])
        at = max(at, item.end)
    pieces.append(text[at:end])
    return _ASIDE.sub(" ", " ".join(pieces))


_ASIDE = re.compile(r"\([^()]{0,80}\)")
_ASIDE_GAP = 3  # characters between a place and the bracket that opens an aside about it


def _an_aside_to(ctx: DocContext, mention: Mention, sentence: Sentence) -> bool:
    text = ctx.doc.text
    opening = text.rfind("(", sentence.span.start, mention.span.start)
    if opening < 0 or ")" in text[opening:mention.span.start] or ")" not in text[mention.span.end:sentence.span.end]:
        return False
    return any(m is not mention and 0 <= opening - m.span.end <= _ASIDE_GAP
               and text[m.span.end:opening].strip(" \"'»”") == "" for m in sentence.of("PLACE"))


_QUOTE_MARKS = str.maketrans({c: " " for c in "\"'«»“”"})  # '"كونيكو" و"القرية الخضراء"' is a list


def _unpartitioned(words: list[str]) -> list[str]:
    """The gap's words less the "من" of a part ("أبو حمام، وأجزاء من بلدات ذيبان"): a list goes on."""
    return [w for i, w in enumerate(words) if not (w in ("من", "of") and i and words[i - 1].lstrip("و") in _PARTS)]


_IN = frozenset(fold(w) for w in ("في", "in"))


def _holds_an_item(ctx: DocContext, chosen: list[tuple[Mention, Place]], mention: Mention) -> bool:
    """"منطقة الصالحية في البوكمال": the town after "in" says where an item lies; it is no item."""
    return any(0 <= mention.span.start - other.span.end <= 6
               and fold(ctx.doc.text[other.span.end:mention.span.start]).split() in ([w] for w in _IN)
               for other, _ in chosen)


def _coordinated(ctx: DocContext, chosen: list[tuple[Mention, Place]], mention: Mention,
                 items: Sequence[Span] = ()) -> bool:
    """Is ``mention`` an item of a list with one already chosen ("X وY", "X, Y and Z", "X والأحياء في Y")?
    Other places of the sentence (``items``) between the two are more items of it ("al-Midan
    al-Sulimaniah and al-Furqan", where al-Midan is not chosen: its homonym lies elsewhere)."""
    for other, _ in chosen:
        first, second = sorted((other.span, mention.span))
        if last_words(text_before(ctx.doc, first, 12), 1) in (["between"], ["بين"]):
            return False  # "between al-Jafra and Conoco": one place between two, not a list
        gap = fold(_text_between(ctx.doc.text, first.end, second.start, items)) \
            .translate(_QUOTE_MARKS).replace(",", " , ").strip()
        words = gap.split()
        if gap in _COORDINATORS:
            return True
        if len(words) <= _ADDITION_GAP and any(phrase in gap for phrase in _ADDITION):
            return True  # "السيطرة على أبو حردوب إضافة إلى دخول بلدة ذيبان", "مقر في X، عند خط التماس، بالإضافة إلى مقار في بلدات Y"
        if len(words) > _MAX_LIST_GAP or set(_unpartitioned(words)) & _NOT_A_LIST:
            continue
        if ctx.doc.text[second.start - 1:second.start] == "و":
            return True  # "إدلب الجنوبي وحلب": the conjunction is the name's proclitic
        if any(w in {",", "and", "و"} or (w.startswith("و") and len(w) > 2) for w in words):
            return True
    return False
