"""Who did it and to whom: actor1, actor2 and associated actors of an event.

Owns ``assign_roles``: from the actor mentions of a sentence, the words around them
("اشتباكات بين X و Y", "برصاص X", "استهدف X ... Y", "by X", "against Y") and the event
type, picks actor1 (the initiator) and actor2 (the target), and applies ACLED's
conventions: the victim of violence against civilians is always the civilians actor of
the country; an attack on armed men is a battle, not violence against civilians.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from rasid.extract.context import (
    IN_RESPONSE,
    DocContext,
    DocumentMemo,
    Sentence,
    last_words,
    text_after,
    text_before,
    within_phrase,
)
from rasid.extract import lexicon as lx
from rasid.extract.lexicon import COUNTRY_NAMES, NATIONALITY_FORCES
from rasid.model import ActorRef, Mention
from rasid.text.normalize import fold

_ADJECTIVES = {fold(adj): name for name, adjs in NATIONALITY_FORCES.items() for adj in adjs}

_AGENT_CUES = frozenset(fold(w) for w in (
    "برصاص", "بنيران", "يد", "قبل", "by", "شنت", "شن", "نفذت", "نفذ", "لمسلحين", "لعناصر", "بين", "من جانب",
    "نفذها", "نفذتها", "نفذه", "شنها", "شنتها", "شنه", "اطلقها", "اطلقتها", "اطلقه", "استهدفت", "استهدف", "قصفت", "قصف", "هاجمت", "هاجم", "اطلقت", "استهدفها", "غارات", "غارة",
))
_PATIENT_CUES = frozenset(fold(w) for w in (
    "على", "ضد", "مواقع", "نقاط", "مقر", "مقرات", "صفوف", "قاعدة", "قاعدتي", "رتل", "دورية", "حاجز",
    "targeting", "against", "on", "positions", "base", "bases", "مقتل", "استشهاد", "اصابة", "عنصر", "عناصر",
    "من", "of", "killed", "targeted", "hit", "struck", "مسلحي", "مقاتلي", "تابعة", "التابعة", "التابع",
    "مركبة", "سيارة", "عربة", "استهداف", "مناطق", "جنود", "جندي", "عسكريين", "اعضاء", "قيادي", "قياديا",
    "قيادات", "قادة", "قائد",
    "members", "fighters", "soldiers", "troops", "held", "controlled", "ملاحقة", "لملاحقة", "تعقب", "مطاردة",
    "لمطاردة",
    # "تعرضت القوات الأميركية لهجوم": what underwent the attack
    "تعرضت", "تعرض", "تتعرض", "يتعرض", "وتعرضت", "وتعرض",
    # "قاعدة الشدادي التي تضم قوات أميركية": the forces a base that was hit houses
    "تضم", "يضم", "تستضيف", "يستضيف", "houses", "housing", "hosts", "hosting",
))
# Words that introduce a name without saying its role ("مع ميليشيا لواء القدس"): look past them.
_DESIGNATORS = frozenset(fold(w) for w in ("ميليشيا", "ميليشيات", "مليشيا", "حركة", "فصيل", "تنظيم", "جماعة",
                                            "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "militia", "group"))


_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "who", "which", "that"))
# "مجموعة تابعة لقسد": a group of the named force, which is the force acting, not what was hit.
_GROUP_NOUNS = frozenset(fold(w) for w in ("مجموعة", "مجموعات", "خلية", "خلايا", "قوة", "قوات", "مسلحين",
                                            "عناصر", "فرقة", "كتيبة"))


def _among(word: str, vocabulary: frozenset[str]) -> bool:
    """``word`` is in ``vocabulary``, also after "و" and without the accusative alif ("مقراً")."""
    bare = word.lstrip("و")
    return word in vocabulary or bare in vocabulary or (bare.endswith("ا") and bare[:-1] in vocabulary)
_ASSOC_CUES = frozenset(fold(w) for w in ("مع", "with", "بمشاركة", "alongside", "بمساندة"))
# "الجيش الوطني التابع لتركيا", "backed by the US": a patron named, not a party to the event.
_AFFILIATION_CUES = frozenset(fold(w) for w in ("التابع", "التابعة", "الموالي", "الموالية", "المدعوم", "المدعومة",
                                                 "المدعومين", "backed", "affiliated", "allied", "loyal"))
# Facilities and formations: an actor named after them is what was hit ("القاعدة الأميركية").
_TARGET_NOUNS = frozenset(fold(w) for w in (
    "قاعدة", "القاعدة", "قاعدتي", "قاعدتين", "القاعدتين", "قواعد", "القواعد", "مقر", "مقرات", "مقار", "مواقع", "موقع", "نقاط", "نقطة",
    "حاجز", "حواجز",
    "تجمع", "تجمعا", "تجمعات", "ثكنة", "جنود", "مرابض", "آليات", "اليات", "دبابة", "ناقلة",
    "رتل", "دورية", "قافلة", "base", "bases", "positions", "checkpoint", "convoy", "headquarters"))
_COLUMNS = frozenset(fold(w) for w in ("رتل", "رتلا", "ارتال", "قافلة", "دورية", "تعزيزات"))
# The places a force holds; unlike "تجمع" or "رتل" none of them is also a verb or a moving column.
_POSTS = frozenset(fold(w) for w in (
    "قاعدة", "القاعدة", "قاعدتي", "قاعدتين", "القاعدتين", "قواعد", "القواعد", "مقر", "مقرات", "مقار", "مواقع", "موقع", "نقاط", "نقطة",
    "حاجز", "حواجز", "ثكنة", "مرابض"))
_COMMAND = frozenset(fold(w) for w in ("قيادة", "القيادة"))


def _post_of(words_before: list[str]) -> bool:
    """The name follows a post in construct: "مواقع X", "مقر قيادة X" (X's posts, its command's headquarters)."""
    return bool(words_before) and (words_before[-1] in _POSTS or (
        len(words_before) > 1 and words_before[-1] in _COMMAND and words_before[-2] in _POSTS))


_REACHED = frozenset(fold(w) for w in ("طال", "طالت", "يطال", "تطال"))
_KILLED = frozenset(fold(w) for w in ("قتل", "قتلوا", "قتلا", "قتلت"))
_INJURED = tuple(fold(w) for w in ("اصيب", "أصيب", "جرح"))
_FACILITY_AFTER = frozenset({"station", "stations", "base", "bases", "post", "posts", "checkpoint", "checkpoints",
                             "convoy", "patrol", "headquarters", "positions", "position", "outpost", "barracks",
                             "building", "office", "vehicle", "vehicles"})
# "مصدر في قيادة الشرطة", "a source in the SDF": the organisation speaks, it does not act.
_SPOKESPERSON_CUES = frozenset(fold(w) for w in ("مصدر", "مصادر", "مسؤول", "المتحدث", "باسم", "source", "sources",
                                                  "spokesman", "spokesperson", "official"))
_REPORT_VERBS = frozenset(fold(w) for w in ("أعلن", "أعلنت", "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أشار", "أشارت", "أكد",
                                             "أكدت", "بيان", "said", "announced", "reported", "claimed"))
# Attack verbs: an actor just before one is its subject ("مسلحون مجهولون اغتالوا ...", "gunmen attacked").
_ATTACK_VERBS = frozenset(fold(w) for w in (
    "هاجم", "هاجمت", "هاجموا", "اغتال", "اغتالت", "اغتالوا", "قتل", "قتلت", "قتلوا", "استهدف", "استهدفت",
    "استهدفوا", "قصف", "قصفت", "قصفوا", "فجر", "فجرت", "فجروا", "اطلق", "اطلقت", "اطلقوا", "خطف", "خطفت",
    "خطفوا", "اختطف", "اختطفت", "اختطفوا", "شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "اعتدى", "اعتدت",
    "اعتدوا", "اقتحم", "اقتحمت", "اقتحموا", "اعتقل", "اعتقلت", "اعتقلوا", "سيطر", "سيطرت", "سيطروا",
    "attacked", "killed", "shelled", "fired", "kidnapped", "abducted", "stormed", "struck", "bombed", "targeted",
    "launched", "shot", "seized", "captured", "arrested", "detained", "ambushed", "hit",
    "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "managed"))
_ATTACK_ADJECTIVES = frozenset(fold(w) for w in ("آخر", "اخر", "جديد", "واسع", "مماثل", "مباغت", "مفاجئ"))
_ATTACK_NOUNS = frozenset(fold(w) for w in ("كمين", "كمينا", "هجوم", "هجوما", "غارة", "غارات", "قصف", "تسلل",
                                            "هجمات", "اعتداء", "اقتحام", "attack", "assault", "offensive"))
# "نفذه مسلحو X", "تسلل لـX", "launched by X": the words that name who started the fight; they
# outrank the order of "بين X و Y".
_INITIATOR_CUES = frozenset(fold(w) for w in (
    "نفذه", "نفذها", "نفذتها", "شنه", "شنها", "شنتها", "اطلقه", "اطلقها", "launched"))
# "تصدى الجيش لهجوم", "repelled": the actor named after these defended.
_DEFENCE_VERBS = frozenset(fold(w) for w in (
    "تصدى", "تصدت", "تصدوا", "تصدي", "التصدي", "صد", "صدت", "احبط", "احبطت", "احبطوا", "افشل", "افشلت", "repelled", "thwarted",
    "foiled", "repulsed"))
# "الخاضعة لسيطرة X", "held by X": X controls the place; it is not a party to the event.
_STRIKES = frozenset({lx.AIR, lx.SHELLING})
_CONTROL_CUES = frozenset(fold(w) for w in ("لسيطرة", "الخاضعة", "الخاضع", "نفوذ", "لنفوذ", "held", "controlled",
                                             "siege", "besieged", "المحاصرة", "حصار"))
_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
_HINT_RANK = {hint: rank for rank, hint in enumerate(
    ("initiator", "agent", "defender", "patient", "assoc", "reporter", None, "patron", "controller", "speaker",
     "cause"))}


_NO_PARTY = frozenset({"patron", "speaker", "controller", "cause"})


@dataclass(frozen=True)
class Roles:
    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc1: tuple[str, ...] = ()
    victims_civilian: bool = False
    actor2_hit: bool = False  # actor2 was named as what the attack hit
    attacker_named: bool = True  # False when actor1 is only the first of several actors that were hit


def coded_name(ctx: DocContext, name: str) -> tuple[str, int | None]:
    """The name an event is coded with: a unit rolls up to its force ("… 4th Armored Division",
    "Military Police (SDF)"), a Sweida faction to the communal militias, a kind of civilian to the
    civilians of the country."""
    catalog = ctx.resources.actors
    entry = catalog.by_name(name)
    parent = catalog.parent_of(entry) if entry else None
    if entry is None or parent is None:
        return name, entry.inter if entry else None
    suffix = parent.name.split(":")[0].strip()
    # Sweida's named factions ("رجال الكرامة") are coded as its communal militias, as the codebook does
    if (entry.name.startswith(parent.name) or entry.name.endswith(f"({suffix})")
            or parent.name.startswith("Civilians") or "communal militias" in parent.name):
        return parent.name, parent.inter
    return entry.name, entry.inter


def _ref(ctx: DocContext, mention: Mention) -> ActorRef:
    quote = ctx.doc.quote(mention.span)
    if _unflagged_text(quote) or _unflagged_force(quote):
        # "الطيران المروحي الأميركي": the flag comes after the aircraft
        following = _clause_after(ctx, mention, 24).translate(_QUOTES).split()[:1]
        flag = _adjective(following[0].strip("\"'()،,.")) if following else None
        entry = ctx.resources.actors.lookup(flag, ctx.doc.published) if flag else None
        if entry is not None:
            return ActorRef(entry.name, entry.inter, quote)
    believed = _BELIEVED.match(_clause_after(ctx, mention, 48).translate(_QUOTES).strip())
    if believed:
        # "طائرات مجهولة يعتقد أنها إسرائيلية", "a drone believed to be American": the suspected flag
        name = _adjective(believed.group(1).strip("\"'()،,."))
        entry = ctx.resources.actors.lookup(name, ctx.doc.published) if name else None
        if entry is not None:
            return ActorRef(entry.name, entry.inter, quote)
    if mention.key == "Military Forces of Israel" and _unflagged_occupation(quote):
        occupier = _occupier(ctx)
        if occupier is not None:
            return ActorRef(occupier.name, occupier.inter, quote)
    name, inter = coded_name(ctx, mention.key)
    return ActorRef(name, inter if inter is not None else mention.get("inter"), quote)


_BELIEVED = re.compile(r"^(?:\S+\s+)?(?:يعتقد|يرجح|يشتبه|believed|thought|suspected)\s+"
                       r"(?:انها|انه|بانها|بانه|to be|to be an|to be a)\s+(\S+)")
_OCCUPATION_WORDS = frozenset(fold(w) for w in ("الاحتلال", "قوات الاحتلال", "جيش الاحتلال", "جنود الاحتلال",
                                                 "طيران الاحتلال", "قاعدة الاحتلال", "قواعد الاحتلال"))


def _unflagged_occupation(text: str) -> bool:
    words = fold(text).strip()
    # (the matcher may keep "للاحتلال" as "لاحتلال")
    return words in _OCCUPATION_WORDS or words[1:] in _OCCUPATION_WORDS \
        or (words[:1] == "ل" and "ال" + words[1:] in _OCCUPATION_WORDS)


def _occupier(ctx: DocContext):  # type: ignore[no-untyped-def]
    """"قاعدة الاحتلال في حقل كونيكو": in an article that says "الاحتلال الأميركي" more often than
    "الاحتلال الإسرائيلي", the unflagged occupation is the American one."""
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.label == "ACTOR" and "احتلال" in fold(ctx.doc.quote(m.span)) and not _unflagged_occupation(ctx.doc.quote(m.span)):
            counts[m.key] = counts.get(m.key, 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda k: counts[k])
    if name == "Military Forces of Israel" or counts[name] <= counts.get("Military Forces of Israel", 0):
        return None
    return ctx.resources.actors.by_name(name)


_CLAUSE_END = re.compile(r"[.!?؟\n]")


def _clause_after(ctx: DocContext, mention: Mention, chars: int) -> str:
    """Up to ``chars`` folded characters after the mention, not past the end of its sentence."""
    return _CLAUSE_END.split(text_after(ctx.doc, mention.span, chars), maxsplit=1)[0]


_QUOTES = str.maketrans({c: " " for c in "\"'«»“”()"})


def _words_before(ctx: DocContext, mention: Mention, n: int) -> list[str]:
    """The last ``n`` words before the mention, quotes dropped and "لـ" split off its word."""
    # the role rules ask about the words before each actor several times, for several ``n``
    answers = _WORDS_BEFORE.answers(ctx.doc.text, ctx.doc.sentences)
    words = answers.get(mention.span.start)
    if words is None:
        words = answers[mention.span.start] = _all_words_before(ctx, mention)
    return words[-n:]


_WORDS_BEFORE = DocumentMemo()


def _all_words_before(ctx: DocContext, mention: Mention) -> list[str]:
    # (no more words than characters: all the words of the stretch)
    words = last_words(text_before(ctx.doc, mention.span, _BEFORE_REACH).translate(_QUOTES), _BEFORE_REACH)
    if words and words[-1] != "ل" and words[-1].startswith("ل") and fold(words[-1][1:]) in _ATTACK_OR_TARGET_NOUNS:
        words = [*words[:-1], words[-1][1:], "ل"]
    return words


_BEFORE_REACH = 40  # characters before a mention whose words the role rules read
_ATTACK_OR_TARGET_NOUNS = _ATTACK_NOUNS | _TARGET_NOUNS


_GUARDED_AGAINST = tuple(fold(w) for w in ("من تسلل", "لمنع تسلل", "منع تسلل", "from infiltration by",
                                             "to prevent infiltration"))
_BELONGING = frozenset(fold(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعتين", "تابعين", "التابعين", "التابعتين"))


def _follows_actor(ctx: DocContext, mention: Mention, reach: int = 25) -> bool:
    """Whether another actor is named within ``reach`` characters before the mention (before "التابع لـ"
    that one is this one's ward)."""
    start = mention.span.start
    ends = _actor_ends(ctx.doc.mentions)
    at = bisect_left(ends, start - reach)
    return at < len(ends) and ends[at] < start


def _actor_ends(mentions: tuple[Mention, ...]) -> list[int]:
    """Where the document's actor mentions end, in order (asked for every actor of every event)."""
    answers = _ACTOR_ENDS.answers(mentions)
    if "ends" not in answers:
        answers["ends"] = sorted(m.span.end for m in mentions if m.label == "ACTOR")
    return answers["ends"]


_ACTOR_ENDS = DocumentMemo()


# "استهدف" after a strike or a weapon ("قصفاً استهدف", "صاروخ استهدف", "بالطائرات المسيرة استهدف"):
# the sentence's subject is the strike, so the force named after the verb was its target.
_TARGETING_VERBS = frozenset(fold(w) for w in ("استهدف", "استهدفت", "طال", "طالت", "أصاب", "أصابت", "ضرب", "ضربت"))
_WEAPON_NOUNS = frozenset(fold(w) for w in (
    "قصف", "قصفا", "هجوم", "هجوما", "غارة", "غارات", "طائرة", "طائرات", "مسيرة", "مسيرات", "المسيرة",
    "المسيرات", "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "عبوة", "انفجار", "الطيران", "المسير",
    "مسير", "آخر", "اخر", "جديد", "صاروخي", "صاروخيا", "مدفعي", "مدفعيا", "جوي", "جويا"))

_ADVERBS = frozenset(fold(w) for w in ("أيضاً", "أيضا", "ايضا", "مجدداً", "مجددا", "كذلك", "اليوم", "أمس", "امس"))
_WEAPON_ADJECTIVES = frozenset(fold(w) for w in ("مسيرة", "مسيرات", "حربية", "انتحارية", "مفخخة", "مجهولة"))


def _names_weapon(word: str) -> bool:
    bare = word.lstrip("وفب")
    return word in _WEAPON_NOUNS or bare in _WEAPON_NOUNS or (bare.startswith("ال") and bare[2:] in _WEAPON_NOUNS)


def _role_hint(ctx: DocContext, mention: Mention, backers: bool = True, moving: bool = False) -> str | None:
    """"initiator", "agent", "patient", "defender", "assoc", "patron", "controller", "speaker", "cause" or
    "reporter" from the words around the mention, or None. Without ``backers`` a force named as backing
    a side is not made its associate (in an air strike, whose air strikes back a side, strikes). With
    ``moving`` (reinforcements, a deployment) what belongs to a force is the force on the move."""
    after = [w for w in _clause_after(ctx, mention, 30).translate(_QUOTES).replace("،", " ").split()
             if w not in _RELATIVES][:2]
    near = _words_before(ctx, mention, 3)
    if near[-2:] == ["and", "other"] or near[-2:] == ["وغيرها", "من"]:
        return "assoc"  # "Jabhat al-Nusra terrorists and other terrorist groups": the group named leads
    if near[-1:] == ["of"] and any(w in _BRANCH_WORDS for w in near[:-1]):
        return "patron"  # "al-Nusra Front, the Syrian branch of al-Qaeda, hit ...": an apposition
    if _affiliate_follows(ctx, mention):
        return "patron"  # "al-Qaeda's Syrian affiliate al-Nusra Front": the parent names no party
    if after and after[0] in _FACILITY_AFTER:
        return "patient"  # "a police station", "an army checkpoint": the force's post was hit
    if _post_of(near):
        return "patient"  # "مقر قيادة الدفاع الجوي", "مواقع الجيش": the force's post was hit
    if after and after[0] in ("spokesman", "spokeswoman", "spokesperson", "spokesmen"):
        return "speaker"  # "Jaish al-Islam spokesman ... said that al-Nusra executed ...": it tells, it is no party
    if _undergoes(ctx, mention):
        return "patient"  # "القوات الأميركية في قاعدة كونيكو تتعرض للاستهداف"
    if any(w.lstrip("و") in _REACHED for w in near[-2:]):
        return "patient"  # "الاستهداف الصاروخي الذي طال القوات الأميركية": what the attack reached
    if after[:2] in (["came", "under"], ["come", "under"], ["comes", "under"]):
        return "patient"  # "Russian forces came under attack"
    if len(after) > 1 and after[0] in _KILLED and after[1].lstrip("و").startswith(_INJURED):
        return "patient"  # "جنود قتلوا وأصيب 25": read "were killed", as the wounded beside them say
    if _counted_dead(ctx, mention, after):
        return "patient"  # "40 terrorists killed in an army offensive": the number counts the dead
    if _allied(ctx, mention):
        return "assoc"  # "the army and its allies from Hezbollah seized ...": Hezbollah fights beside the army
    if any(w in _ATTACK_VERBS or w.lstrip("و") in _ATTACK_VERBS for w in after):
        return "initiator"
    if _answered(ctx, mention):
        return "cause"  # "رداً على دعم واشنطن لإسرائيل": what the attack answers, not a party to it
    if within_phrase(ctx.doc, mention.span, _GUARDED_AGAINST, 45):
        return "cause"  # "نقطة تحمي المدينة من تسلل عناصر داعش": a threat guarded against, not a party
    if _origin_country(ctx, mention):
        return "cause"  # "fighters who had crossed the border from Turkey": where they came from
    if any(w in _MEMBER_WORDS for w in near[:-1]) and _reports_after(ctx, mention):
        return "speaker"  # "a member of the Kurdish National Council, Mustafa Sino, said"
    if _held_by(ctx, mention):
        return "controller"
    if backers and _backing(ctx, mention):
        return "assoc"
    bare = [w for w in near if w != "the"]
    if bare[-1:] == ["of"] and len(bare) > 1 and bare[-2] in _MEMBERSHIP:
        if any(w in _GATHERINGS for w in _words_before(ctx, mention, 7)):
            return "controller"  # "the wedding of a member of the SDF": a family party, not the force
        return "patient"  # "killed five members of the SDF": the people hit belonged to it
    if any(w in _CONTROL_CUES or w.lstrip("و") in _CONTROL_CUES for w in near) or near[-2:] == ["تحت", "سيطرة"]:
        return "controller"
    if any(w in _INITIATOR_CUES for w in near[-2:]):
        return "initiator"
    if near and (near[-1] in _DEFENCE_VERBS or near[-1].lstrip("و") in _DEFENCE_VERBS):
        return "defender"
    if any(w in _SPOKESPERSON_CUES for w in near[:-1]) and any(w in {"في", "من", "in", "from", "of", "at"} for w in near[1:]):
        return "speaker"
    # "killed 10 ISIS members", "مقتل 5 من عناصر": a count between the cue and the name says nothing
    words = [w for w in _words_before(ctx, mention, 4) if not w.isdigit()][-3:]
    if words and words[-1] in _DESIGNATORS:
        words = words[:-1]
    words = words[-2:]
    own_first = fold(ctx.doc.quote(mention.span)).split()[:1]
    if own_first and own_first[0] in _TARGET_NOUNS:
        return "patient"
    if not words:
        return None
    last = words[-1]
    if last in _EN_ARTICLES and len(words) > 1 and words[-2] in _EN_STRIKE_VERBS:
        return "patient"  # "drones targeted the US base"
    if last in _ASSOC_CUES and not (len(words) > 1 and words[-2] in _FIGHT_NOUNS):
        return "assoc"  # (but "clashes with the army": the side fought)
    if last in _SPOKESPERSON_CUES or (len(words) > 1 and words[-2] in _SPOKESPERSON_CUES and last in {"في", "من", "in", "from", "of", "at"}):
        return "speaker"
    if last in _REPORT_VERBS or last.lstrip("و") in _REPORT_VERBS:
        return "reporter"
    if last == "ل" and len(words) > 1 and words[-2] in _BELONGING and not _follows_actor(ctx, mention):
        owner = _words_before(ctx, mention, 3)
        if owner and owner[0] in _WEAPONS_OWNED:
            return "initiator"  # "طائرة مسيرة تابعة للجماعات المسلحة": its weapon struck
        if moving:
            return "agent"  # "وصلت التعزيزات التابعة لقسد": its own reinforcements arrived
        return None if owner and owner[0] in _GROUP_NOUNS else "patient"  # "سيارتين عسكريتين تابعتين لـقسد": what belonged to it was hit
    if last in _AFFILIATION_CUES or (last == "ل" and len(words) > 1 and words[-2] in _AFFILIATION_CUES) \
            or (last == "by" and len(words) > 1 and words[-2] in _AFFILIATION_CUES):
        return "patron"
    if last == "ل" and len(words) > 1:
        if moving and _among(words[-2], _COLUMNS):
            return "agent"  # "رتلاً للاحتلال دخل المدينة": its own convoy moved
        if _among(words[-2], _TARGET_NOUNS):
            return "patient"
        if words[-2] in _ATTACK_NOUNS:
            return "initiator"
        wider = _words_before(ctx, mention, 4)
        if words[-2] in _ATTACK_ADJECTIVES and len(wider) > 2 and wider[-3] in _ATTACK_NOUNS:
            return "initiator"  # "هجوم آخر لحركة أحرار الشام"
        return None
    if last == "of" and len(words) > 1 and words[-2] in _EN_GROUP_NOUNS and not _struck_group(ctx, mention):
        return None  # "units of the army advanced": the force named, its role not yet said
    if _among(last, _PATIENT_CUES) or _among(last, _POSTS):
        return "patient"  # (and "قواعد الاحتلال الأميركي", "مواقع الجيش": the force whose post was hit)
    core = [w for w in _words_before(ctx, mention, 4) if w not in _ADVERBS]
    if len(core) > 1 and core[-1] in _TARGETING_VERBS and _names_weapon(core[-2]):
        # "قصفاً بالمسيرات استهدف (أيضاً) القوات الأميركية": the weapon is the subject, the force its object
        return "patient"
    if last in _WEAPON_ADJECTIVES and any(w in _TARGETING_VERBS or w in _ATTACK_VERBS for w in _words_before(ctx, mention, 3)[:-1]):
        # "استهدفت طائرات مسيرة القوات الأميركية": verb, weapon, then the target (but in
        # "نفذت طائرات الاحتلال" the force owns the aircraft, which no adjective closed)
        return "patient"
    if last in _AGENT_CUES or last.lstrip("و") in _AGENT_CUES:
        return "agent"
    return None


# "X and its allies from Y", "X وحلفاؤه من Y": Y is on X's side.
_ALLY_WORDS = frozenset(fold(w) for w in (
    "allies", "ally", "حلفاء", "حلفاؤه", "حلفائه", "حلفاؤها", "حلفائها", "حلفاؤهم", "حلفائهم", "حليفه", "حليفها"))
_ALLY_REACH = 6  # words: "its allies from the Lebanese militia" before the ally's name


_ALLY_LINKS = frozenset(fold(w) for w in ("from", "of", "the", "in", "its", "their", "من", "في"))
_ENGLISH_NON_NAMES = frozenset({"are", "is", "was", "were", "have", "has", "had", "also", "then", "with", "against",
                                "on", "and", "to", "by"})


def _allied(ctx: DocContext, mention: Mention) -> bool:
    """Whether the mention names an ally of an actor named just before it ("the army and its allies
    from Hezbollah"): only the ally's description may stand between the word and the name, not a
    verb ("the army and allies clashed with the militants")."""
    words = _words_before(ctx, mention, _ALLY_REACH)
    at = max((i for i, w in enumerate(words) if _among(w, _ALLY_WORDS)), default=None)
    return (at is not None and all(_describes_ally(w) for w in words[at + 1:])
            and _follows_actor(ctx, mention, _BACKED_REACH))


def _describes_ally(word: str) -> bool:
    """A word that may stand between "allies" and the ally's name: a link, a designator, an adjective."""
    if word in _ALLY_LINKS or word in _DESIGNATORS or word in _ADJECTIVES:
        return True
    if word.isascii():
        return word not in _ENGLISH_NON_NAMES and not word.endswith(("ed", "ing"))
    return word.startswith("ال")


# "backed by regime and Russian air strikes", "بدعم من الطيران الروسي": the force named helps the side
# that acts; it is an associate of actor1, not its opponent.
_BACKING_CUES = frozenset(fold(w) for w in ("بدعم", "وبدعم", "بغطاء", "وبغطاء", "بإسناد", "وبإسناد", "بمؤازرة"))
_BACKING_VERBS = frozenset({"backed", "supported", "aided", "assisted"})
_BACKING_REACH = 5  # words: the cue, "by"/"من", and a short list of helpers before this one
_BACKED_REACH = 60  # characters from the side backed to the backer


def _backing(ctx: DocContext, mention: Mention) -> bool:
    """Whether the mention names who backs an actor named just before ("Government forces backed by
    Russia"); what backs an unnamed side ("fighters from the area backed by Kurdish forces") may be
    that side's own force."""
    if not _follows_actor(ctx, mention, _BACKED_REACH):
        return False
    words = _words_before(ctx, mention, _BACKING_REACH)
    for i, word in enumerate(words):
        opens = word in _BACKING_CUES or (word in _BACKING_VERBS and words[i + 1:i + 2] == ["by"])
        between = words[i + 1:]
        if opens and not any(w in _ATTACK_VERBS or w.lstrip("و") in _ATTACK_VERBS or w in _RELATIVES for w in between):
            return True
    return False


_FIGHT_NOUNS = frozenset(fold(w) for w in ("clashes", "fighting", "battles", "battle", "confrontations",
                                            "اشتباكات", "اشتباك", "مواجهات", "معارك", "مواجهة", "الاشتباكات"))
_DIED_EN = frozenset({"killed", "dead", "died", "wounded", "injured"})


def _counted_dead(ctx: DocContext, mention: Mention, after: list[str]) -> bool:
    """A number before the name and a death word after it: the people counted were hit."""
    words = [w for w in after if w not in ("were", "are", "have", "been", "was")][:1]
    if not words or words[0].strip(",.") not in _DIED_EN:
        return False
    start = mention.span.start
    return any(m.label == "NUMBER" and 0 <= start - m.span.end <= _COUNT_GAP for m in ctx.doc.mentions)


_COUNT_GAP = 12  # characters between a count and the people counted ("30 Syrian rebels")


_WEAPONS_OWNED = frozenset(fold(w) for w in ("مسيرة", "مسيرات", "طائرة", "طائرات", "مدفعية", "صواريخ", "قذائف",
                                              "راجمات", "دبابات", "دبابة", "مقاتلات", "مروحية", "مروحيات"))
_UNDERGO = frozenset(fold(w) for w in ("تتعرض", "تعرضت", "يتعرض", "تعرض", "تعرضوا", "يتعرضون"))


def _undergoes(ctx: DocContext, mention: Mention) -> bool:
    """Whether the mention is the subject of "تتعرض لـ" (undergoes) later in its clause, with no other
    actor named before the verb."""
    after = _clause_after(ctx, mention, 90)
    words = after.replace("،", " ").replace(",", " ").split()
    verb = next((i for i, w in enumerate(words) if w.lstrip("و") in _UNDERGO), None)
    if verb is None or any(w in _RELATIVES or w.lstrip("و") in _ATTACK_VERBS for w in words[:verb]):
        return False  # "هاجمت قسد قرية ذيبان التي تتعرض لقصف": the village undergoes it, not قسد
    reach = mention.span.end + len(" ".join(words[:verb])) + 2
    return not any(m.label == "ACTOR" and m is not mention and mention.span.end <= m.span.start < reach
                   for m in ctx.doc.mentions)


_EN_ARTICLES = frozenset({"the", "a", "an"})
_EN_STRIKE_VERBS = frozenset({"targeted", "hit", "struck", "attacked", "shelled", "bombed", "raided", "ambushed",
                              "stormed", "targeting", "hitting", "striking", "attacking", "shelling", "bombing"})
_MEMBER_WORDS = frozenset(fold(w) for w in ("member", "members", "official", "officials", "leader", "commander",
                                              "عضو", "قيادي", "مسؤول"))
_TOLD = frozenset(fold(w) for w in ("said", "told", "says", "added", "قال", "قالت", "أضاف", "صرح"))


def _answered(ctx: DocContext, mention: Mention) -> bool:
    return within_phrase(ctx.doc, mention.span, IN_RESPONSE, 40)


_FROM_WORDS = frozenset(fold(w) for w in ("from", "across", "via", "من", "عبر"))


def _origin_country(ctx: DocContext, mention: Mention) -> bool:
    if fold(ctx.doc.quote(mention.span)).strip() not in _COUNTRY_WORDS:
        return False
    before = text_before(ctx.doc, mention.span, 16).split()[-1:]
    return bool(before) and before[0].lstrip("و") in _FROM_WORDS


def _reports_after(ctx: DocContext, mention: Mention) -> bool:
    words = _clause_after(ctx, mention, 40).translate(_QUOTES).replace("،", " ").replace(",", " ").split()[:4]
    return any(w in _TOLD or w.lstrip("و") in _TOLD for w in words)


def _held_by(ctx: DocContext, mention: Mention) -> bool:
    """"rebel-held east Aleppo", "IS-controlled": the actor holds the place, it does not act."""
    after = ctx.doc.text[mention.span.end:mention.span.end + 12].lower()
    return after.startswith(("-held", "-controlled", " held", " controlled", "-run"))


_MEMBERSHIP = frozenset({"member", "members", "fighters", "commander", "commanders", "leader", "officer",
                         "officers", "soldiers"})
_GATHERINGS = frozenset({"wedding", "funeral", "family", "families", "relatives", "home", "house", "party"})
_BRANCH_WORDS = frozenset({"branch", "affiliate", "offshoot", "wing", "franchise", "arm"})
_AFFILIATE = re.compile(r"^(?:'s|’s|s)?\s*(?:syrian\s+|syria\s+|local\s+)?(?:affiliate|branch|offshoot|franchise)\b")


def _affiliate_follows(ctx: DocContext, mention: Mention) -> bool:
    return bool(_AFFILIATE.match(ctx.doc.text[mention.span.end:mention.span.end + 30].lower()))


_EN_GROUP_NOUNS = frozenset({"units", "elements", "troops", "forces", "fighters", "members", "militants", "soldiers"})
_KILL_WORDS = frozenset(fold(w) for w in ("killed", "killing", "kills", "wounded", "injured", "targeted", "hit",
                                           "struck", "captured", "arrested", "detained", "executed", "against", "on"))


def _struck_group(ctx: DocContext, mention: Mention) -> bool:
    """"killed 10 members of the group": the members were hit; "units of the army retook": they acted."""
    words = [w for w in _words_before(ctx, mention, 6) if w != "the" and not w.isdigit()]
    return any(w in _KILL_WORDS for w in words[-4:-2])


def _after_attack_verb(ctx: DocContext, mention: Mention) -> bool:
    words = last_words(text_before(ctx.doc, mention.span, 24), 1)
    return bool(words) and (words[0] in _ATTACK_VERBS or words[0].lstrip("و") in _ATTACK_VERBS)


_GROUP_INTERS = frozenset({2, 3, 4})


_BELONGING_AFTER = frozenset(fold(w) for w in ("يتبعون", "تابعون", "تابعين", "التابعين", "ينتمون", "المنتمين",
                                                "belonging", "affiliated", "loyal"))
_BELONGING_REACH = 40  # characters from the gunmen to the faction they are said to belong to


def _belongs_to(ctx: DocContext, gunmen: Mention, group: Mention) -> bool:
    if group.span.start - gunmen.span.end > _BELONGING_REACH:
        return False
    between = fold(ctx.doc.text[gunmen.span.end:group.span.start]).replace("،", " ").replace(",", " ").split()
    return any(w.lstrip("و") in _BELONGING_AFTER for w in between)


def _vague(mention: Mention) -> bool:
    return bool(mention.get("generic")) or bool(mention.get("weak"))


def _named_first(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: bool(m.get("generic")) or bool(m.get("weak")))


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def assign_roles(sentence: Sentence, ctx: DocContext, sub_type: str, civilian_victims: bool,
                 fallback: list[Mention] | None = None) -> Roles:
    """actor1/actor2 for an event built from ``sentence``; ``fallback`` mentions come from nearby sentences."""
    every = [m for m in sentence.of("ACTOR") if m.key != "Civilians (Syria)" or not civilian_victims]
    if not every and fallback:
        every = list(fallback)
    raw = {id(m): _role_hint(ctx, m, backers=sub_type != lx.AIR, moving=sub_type == lx.CHANGE) for m in every}
    for m in every:
        if raw[id(m)] is None and _after_attack_verb(ctx, m):
            # VSO "استهدفت الطائرات ..." names the attacker; SVO "مسلحون اغتالوا العميد" the target
            subject_before = any(raw[id(o)] == "initiator" and o.span.end <= m.span.start for o in every)
            raw[id(m)] = "patient" if subject_before else "agent"
    mentions = _distinct(every)
    # An actor named twice takes its most telling role: "بين مسلحي الجيش الوطني ومسلحي قسد ... تسلل لـقسد".
    strongest = {}
    for m in every:
        hint = raw[id(m)]
        if m.key not in strongest or _HINT_RANK[hint] < _HINT_RANK[strongest[m.key]]:
            strongest[m.key] = hint
    hints = {id(m): strongest[m.key] for m in mentions}
    initiators = [m for m in mentions if hints[id(m)] == "initiator"]
    for m in mentions:
        if hints[id(m)] == "initiator":
            hints[id(m)] = "agent"
        elif hints[id(m)] == "defender":
            # alone it is the side struck by a strike ("تصدي الدفاعات الجوية للعدوان"), and the side
            # that acts when the event is the interception itself
            hints[id(m)] = "patient" if len(mentions) > 1 or sub_type in _STRIKES else None
        elif hints[id(m)] == "agent" and initiators:
            hints[id(m)] = "patient"
    associates = [m for m in mentions if hints[id(m)] == "assoc"]
    mentions = [m for m in mentions if m not in associates
                and hints[id(m)] not in _NO_PARTY]
    agents = [m for m in mentions if hints[id(m)] == "agent"]
    patients = [m for m in mentions if hints[id(m)] == "patient" and m not in agents]
    others = [m for m in mentions if m not in agents and m not in patients and hints[id(m)] != "reporter"]
    others += [m for m in mentions if hints[id(m)] == "reporter"]
    ordered_agents = [m for m in agents + others if m.get("inter") != 7]
    # A named group says more than a description ("المسلحين ... هيئة تحرير الشام").
    patients = _named_first(patients)
    if not agents:
        # a named group outranks a description, but the one that only reports stays last:
        # "أعلنت الأسايش قيام مجهولين بإحراق مقرين" was done by the unknown men
        speaking = [m for m in ordered_agents if hints[id(m)] == "reporter"]
        ordered_agents = _named_first([m for m in ordered_agents if m not in speaking]) + _named_first(speaking)
    # two sides hit and none named as the attacker: the first is coded first, unless it is civilians,
    # who are never the side that attacks
    struck = [m for m in patients if m.get("kind") != "civilians"]
    actor1 = ordered_agents[0] if ordered_agents else (struck[0] if len(patients) > 1 and struck else None)
    if actor1 is not None and _vague(actor1):
        # "مسلحون، يتبعون فصيل جيش العشائر، شنوا هجوماً": the gunmen are the faction they belong to
        actor1 = next((m for m in every if m.span.start > actor1.span.end and m.key != actor1.key
                       and not m.key.startswith("Unidentified Armed Group") and _belongs_to(ctx, actor1, m)), actor1)
    coded1 = coded_name(ctx, actor1.key)[0] if actor1 else None
    # a unit and its force are one side: "الدفاع الذاتي التابع لقسد" is no opponent of قسد
    rest = [m for m in patients + ordered_agents if m is not actor1 and coded_name(ctx, m.key)[0] != coded1]
    actor2 = rest[0] if rest else None
    if actor1 is None and patients and not civilian_victims:
        actor2 = patients[0]
    if actor2 is not None and _vague(actor2):
        # "استهدف الطيران المسلحين ... أهدافاً لهيئة تحرير الشام": the group named says who the armed men were
        actor2 = next((m for m in rest if not _vague(m) and m.get("inter") in _GROUP_INTERS
                       and actor2.get("inter") in _GROUP_INTERS), actor2)
    ref1 = _ref(ctx, actor1) if actor1 else None
    ref2 = _ref(ctx, actor2) if actor2 else None
    assoc = tuple(m.key for m in associates + [m for m in rest[1:] if hints[id(m)] != "patient"])[:2]
    return Roles(ref1, ref2, assoc, civilian_victims, bool(actor2 and hints.get(id(actor2)) == "patient"),
                 attacker_named=bool(ordered_agents))


_ADJECTIVE_STOP = _TARGET_NOUNS | frozenset(fold(w) for w in ("على", "في", "ضد", "on", "in", "against", "at"))


_GLUED_MIN = 6  # "الأميركياستهدف": news text sometimes loses the space after a long adjective


def _adjective(word: str) -> str | None:
    if word in _ADJECTIVES:
        return _ADJECTIVES[word]
    if len(word) > _GLUED_MIN + 2:
        for adjective in sorted((a for a in _ADJECTIVES if len(a) >= _GLUED_MIN and word.startswith(a)), key=len,
                                reverse=True):
            return _ADJECTIVES[adjective]
    return None


# "Syrian fighter jets": right before the strike word the country's adjective is its air force;
# elsewhere ("fire from Syrian rebels", "shelling of Syrian cities") it names no state force.
_FLAG_BEFORE = {"syrian": "regime forces"}


def attacker_by_adjective(ctx: DocContext, trigger: Mention) -> ActorRef | None:
    """"غارة جوية روسية", "Russian air strike": the nationality next to a strike word names the attacker.

    Reading stops at a preposition, a target noun or a verb: in "قصف القاعدة الأميركية" and
    "غارة استهدفت القوات الأميركية" the adjective belongs to the force that was hit.
    """
    after = []
    english = ctx.doc.quote(trigger.span)[:1].isascii()
    for word in text_after(ctx.doc, trigger.span, 40).split()[:4]:
        # English flags come before the noun ("US drones") or after "believed to be"; "drones
        # targeted the US base" names the target's flag
        if word in _ADJECTIVE_STOP or english and (word in _EN_ARTICLES or word in _EN_STRIKE_VERBS):
            break
        if not english and (word in _ATTACK_VERBS or word in _TARGETING_VERBS or word in _UNFLAGGED_FORCES):
            break  # "قصفاً استهدف القوات الأميركية", "طائرات مسيرة القوات الأميركية": the flag is the target's
        after.append(word)
    before = text_before(ctx.doc, trigger.span, 12).split()[-1:]
    if not english and fold(ctx.doc.quote(trigger.span)).startswith("ب"):
        before = []  # "ثكنة زرعيت الإسرائيلية بالصواريخ": the flag is the barracks', the rockets are the means
    for word in after + before:
        name = _adjective(word.strip("\"'()،,.")) or (_FLAG_BEFORE.get(word) if word in before else None)
        if name:
            entry = ctx.resources.actors.lookup(name, ctx.doc.published)
            if entry is not None:
                return ActorRef(entry.name, entry.inter, ctx.doc.quote(trigger.span))
    return None


_TARGET_ADJECTIVE_WORDS = 4  # "موقع فيكتوريا العسكري الأميركي": the flag may follow a name and "military"


def target_by_adjective(ctx: DocContext, sentence: Sentence) -> ActorRef | None:
    """"قاعدة كونيكو الأميركية", "موقع فيكتوريا العسكري الأميركي": a base or post whose flag
    follows it names the force that was hit."""
    words = fold(ctx.doc.quote(sentence.span)).translate(_QUOTES).replace("،", " ").split()
    for i, word in enumerate(words):
        if not _among(word, _TARGET_NOUNS):
            continue
        for following in words[i + 1:i + 1 + _TARGET_ADJECTIVE_WORDS]:
            name = _adjective(following.strip(".,"))
            if name:
                entry = ctx.resources.actors.lookup(name, ctx.doc.published)
                if entry is not None:
                    return ActorRef(entry.name, entry.inter, " ".join(words[i:i + 1 + _TARGET_ADJECTIVE_WORDS]))
            if following in ("في", "على", "من", "in", "on", "at"):
                break
    return None


def is_armed(ref: ActorRef | None) -> bool:
    return bool(ref and ref.inter in _ARMED_INTERS)


_DRONE_WORDS = tuple(fold(w) for w in ("مسير", "طيار", "drone", "uav"))


_COUNTRY_WORDS = frozenset(fold(w) for names in COUNTRY_NAMES.values() for w in names) | frozenset(
    fold(w) for w in ("روسيا", "russia", "ايران", "iran", "الولايات المتحدة", "واشنطن", "موسكو", "انقرة"))


def flies(ref: ActorRef | None) -> bool:
    """State and foreign forces have aircraft; armed groups fly at most drones. A country named
    as such ("from Turkey") is where something came from, not an air force."""
    if ref is None or ref.name.startswith("Police"):
        return False
    if ref.text and fold(ref.text).strip() in _COUNTRY_WORDS:
        return False
    return ref.inter in (1, 8) or ref.name.startswith("Military Forces")


_AIR_DEFENCE_WORDS = tuple(fold(w) for w in ("الدفاعات الجوية", "الدفاع الجوي", "دفاعنا الجوي", "air defence",
                                               "air defense", "air defences", "air defenses"))


def air_defence(ref: ActorRef | None) -> bool:
    """Named by its air defences: a force that fires at what flies in, never the one that strikes."""
    return ref is not None and bool(ref.text) and any(w in fold(ref.text) for w in _AIR_DEFENCE_WORDS)


def is_drone(trigger: Mention) -> bool:
    phrase = fold(str(trigger.get("phrase") or ""))
    return any(word in phrase for word in _DRONE_WORDS)


# "الطيران الحربي", "warplanes": aircraft with no flag; the article names whose they are elsewhere.
_UNFLAGGED_AIR = frozenset(fold(w) for w in (
    "الطيران الحربي", "طيران حربي", "الطائرات الحربية", "طائرات حربية", "المقاتلات", "مقاتلات", "الطيران",
    "الطيران المروحي", "طيران مروحي", "الطيران المسير", "الطيران الحربي والمسير",
    "المروحيات", "مروحيات", "warplanes", "jets", "fighter jets", "helicopters", "aircraft"))


_AIRCRAFT_WORDS = tuple(fold(w) for w in ("طيران", "طائر", "مقاتلات", "غارات", "غارة", "سلاح الجو", "مروحي",
                                           "jets", "warplane", "aircraft", "air force", "helicopter", "aerospace",
                                           "air strike", "airstrike", "air raid"))


def names_aircraft(ref: ActorRef) -> bool:
    return bool(ref.text) and any(word in fold(ref.text) for word in _AIRCRAFT_WORDS)


def _unflagged_text(text: str) -> bool:
    words = fold(text).strip()
    # the matcher may keep a proclitic in the quote: "للطيران المروحي" → "لطيران المروحي"
    return words in _UNFLAGGED_AIR or (words[:1] == "ل" and "ال" + words[1:] in _UNFLAGGED_AIR) \
        or words[1:] in _UNFLAGGED_AIR


# "الجيش" الإسرائيلي, "the army": forces named without their flag, which may follow in quotes.
_UNFLAGGED_FORCES = frozenset(fold(w) for w in ("الجيش", "جيش", "القوات", "قوات", "الجنود", "جنود", "army", "the army",
                                                 "forces", "troops", "soldiers"))


def _unflagged_force(text: str) -> bool:
    words = fold(text).strip().lstrip("\"'«“")
    return words in _UNFLAGGED_FORCES or (words[:1] in "لبو" and words[1:] in _UNFLAGGED_FORCES)


def unflagged(ref: ActorRef | None) -> bool:
    return bool(ref and ref.text and _unflagged_text(ref.text))


def air_force(sentences: list[Sentence], index: int, ctx: DocContext, *, drones: bool = False) -> ActorRef | None:
    """The force an air strike is credited to when its sentence names no flagged aircraft: the
    nearest state or foreign force named before it (in that sentence or earlier), preferring a
    flagged one ("الطيران التركي") to unflagged warplanes. Drones are flown by armed groups
    too: for a drone strike, any actor named as the one who attacked counts."""
    fallback = None
    for i in range(index, -1, -1):
        for m in reversed(sentences[i].of("ACTOR")):
            ref = _ref(ctx, m)
            hint = _role_hint(ctx, m)
            if drones and hint == "initiator" and index - i <= 1:
                return ref
            if not flies(ref) or not (hint in ("initiator", "agent") or names_aircraft(ref)):
                continue
            if not unflagged(ref):
                return ref
            fallback = fallback or ref
    return fallback
