"""Views over an annotated document that the event and claim stages read.

Owns ``Sentence`` (one sentence's mentions by label) and ``DocContext`` (the document's
place focus: which governorates and districts it is about), plus small text probes
around a span and ``DocumentMemo`` (what the stages ask again of one document). Pure
functions of a Document; nothing here decides an event.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from typing import Any

from rasid.extract.resources import Resources
from rasid.extract.lexicon import FAR_COUNTRIES, MEASURE_WORDS
from rasid.gazetteer.resolve import rank
from rasid.model import Document, Mention, Place, Span
from rasid.text.match import unglued
from rasid.text.normalize import fold, fold_slice


class DocumentMemo:
    """Answers remembered for one document at a time: the stages ask the same questions of the
    same text again and again. The document is told by the very objects that make it (its text,
    its sentences, its mentions), so nothing of one document answers for another, and only the
    last document's answers are held (a worker of a pool or a cluster keeps nothing between them)."""

    __slots__ = ("_of", "_answers")

    def __init__(self) -> None:
        self._of: tuple[object, ...] = ()
        self._answers: dict[Any, Any] = {}

    def answers(self, *of: object) -> dict[Any, Any]:
        """The answers kept for the document made of ``of`` (empty for a new document)."""
        known = self._of
        if len(of) == len(known):
            for new, old in zip(of, known):
                if new is not old:
                    break
            else:
                return self._answers
        self._of, self._answers = of, {}
        return self._answers


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document with its mentions."""

    index: int
    span: Span
    mentions: tuple[Mention, ...]
    # The mentions by label and the cue mentions by kind, in text order: the event and claim
    # rules ask a sentence for them hundreds of times per document.
    _labels: dict[str, list[Mention]] = field(init=False, repr=False, compare=False)
    _cues: dict[str, list[Mention]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        labels: dict[str, list[Mention]] = {}
        cues: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            found = labels.get(mention.label)
            if found is None:
                labels[mention.label] = [mention]
            else:
                found.append(mention)
            if mention.label == "CUE":
                found = cues.get(mention.key)
                if found is None:
                    cues[mention.key] = [mention]
                else:
                    found.append(mention)
        object.__setattr__(self, "_labels", labels)
        object.__setattr__(self, "_cues", cues)

    def of(self, label: str) -> list[Mention]:
        return list(self._labels.get(label, ()))  # a copy: callers may change theirs

    def cues(self, kind: str) -> list[Mention]:
        return list(self._cues.get(kind, ()))

    def has_cue(self, kind: str) -> bool:
        return kind in self._cues


def sentence_views(doc: Document) -> list[Sentence]:
    # The claim and the event stages both ask for the views of the same annotations (stages
    # pass ``doc.sentences`` and ``doc.mentions`` on unchanged): the last ones are kept.
    global _last_views
    last = _last_views
    if last is not None and last[0] is doc.sentences and last[1] is doc.mentions:
        return list(last[2])
    grouped: dict[int, list[Mention]] = {i: [] for i in range(len(doc.sentences))}
    for mention in doc.mentions:
        grouped.setdefault(mention.sentence, []).append(mention)
    views = [Sentence(i, span, tuple(grouped.get(i, ()))) for i, span in enumerate(doc.sentences)]
    _last_views = (doc.sentences, doc.mentions, tuple(views))
    return views


_last_views: tuple[tuple[Span, ...], tuple[Mention, ...], tuple[Sentence, ...]] | None = None


def text_before(doc: Document, span: Span, chars: int = 30) -> str:
    """The folded text just before ``span`` within its sentence, for cue checks like "ريف" or "by"
    (the end of the sentence before says nothing about this one)."""
    last = _last_probed  # (inlined: this runs for nearly every mention, half the time again)
    if last is None or last.text is not doc.text or last.sentences is not doc.sentences:
        last = _probed(doc)
    key = (span.start, chars)
    found = last.before.get(key)
    if found is None:
        start = span.start - chars
        starts = last.starts
        at = bisect_right(starts, span.start) - 1
        if at >= 0 and starts[at] > start:
            start = starts[at]
        found = last.before[key] = unglued(fold_slice(doc.text, start if start > 0 else 0, span.start))
    return found


@dataclass(slots=True)
class _Probed:
    """What ``text_before`` knows of the document it was last asked about: where its sentences
    start, and the text before each offset it was asked for (the stages ask for the same again)."""

    text: str
    sentences: tuple[Span, ...]
    starts: list[int]
    before: dict[tuple[int, int], str]


_last_probed: _Probed | None = None


def _probed(doc: Document) -> _Probed:
    global _last_probed
    _last_probed = _Probed(doc.text, doc.sentences, [sentence.start for sentence in doc.sentences], {})
    return _last_probed


def text_after(doc: Document, span: Span, chars: int = 30) -> str:
    return unglued(fold_slice(doc.text, span.end, span.end + chars))


_MEASURES = frozenset(fold(w) for w in MEASURE_WORDS)
_AREA = frozenset(fold(w) for w in ("مربع", "مربعا", "square"))


def measures_time_or_distance(doc: Document, span: Span) -> bool:
    """"24 hours", "خلال 48 ساعة", "الساعات الـ24", "10 كم": the number counts no people."""
    following = [w.strip(".,،()[]\"'") for w in fold_slice(doc.text, span.end, span.end + 24).replace("-", " ").split()[:2]]
    if len(following) > 1 and following[1] in _AREA:
        return False  # "80 ألف كيلومتر مربع" is an area, a claim of its own
    if following and following[0] in _MEASURES:
        return True
    before = text_before(doc, span, 20)
    if not before.endswith("ال"):
        return False
    words = before.removesuffix("ال").split()
    return bool(words) and words[-1].removeprefix("ال") in _MEASURES


_UNIT_NOUNS = frozenset(fold(w) for w in (
    "كتيبة", "الكتيبة", "لواء", "اللواء", "فرقة", "الفرقة", "فوج", "الفوج", "رقم", "battalion", "brigade",
    "division", "regiment", "unit", "number", "no"))


def names_a_unit(doc: Document, span: Span) -> bool:
    """"الكتيبة 931", "الفرقة 17", "Battalion 50": the number is a formation's name, not a count."""
    before = text_before(doc, span, 16).translate(_NAME_QUOTES).split()
    return bool(before) and before[-1] in _UNIT_NOUNS


_NAME_QUOTES = str.maketrans({q: " " for q in "\"'«»“”"})


_CASUALTIES = tuple(fold(w) for w in (
    "قتيلا وجريحا", "قتيل وجريح", "بين قتيل وجريح", "شهيدا وجريحا", "شهيد وجريح", "بين شهيد وجريح",
    "قتلى وجرحى", "شهداء وجرحى", "killed and wounded", "killed or wounded", "dead and wounded",
    "dead or wounded", "killed and injured", "killed or injured", "casualties"))


def counts_casualties(doc: Document, span: Span, *, opens: bool = False) -> bool:
    """"أكثر من 50 قتيلاً وجريحاً", "30 casualties": dead and wounded together, no death toll.
    With ``opens`` the span is the death word itself ("قتيلاً" of "قتيلاً وجريحاً")."""
    start = span.start if opens else span.end
    following = fold_slice(doc.text, start, start + 30).strip().lstrip("-").strip()
    return following.startswith(_CASUALTIES)


# "رداً على مقتل 6 جنود", "in retaliation for": what follows is the deed an attack answers
IN_RESPONSE = tuple(fold(w) for w in ("ردا على", "رداً على", "in response to", "in retaliation for",
                                      "retaliation for", "انتقاما ل", "ثأرا ل", "in revenge for"))


def within_phrase(doc: Document, span: Span, openers: tuple[str, ...], reach: int) -> bool:
    """Whether one of the folded ``openers`` stands in the ``reach`` characters before ``span``
    with no comma or full stop after it: the span belongs to the phrase it opens."""
    before = text_before(doc, span, reach)
    if not _any_of(openers).search(before):
        return False  # (mostly: one search instead of one per opener)
    cut = max(before.rfind(w) for w in openers)
    return cut >= 0 and not any(p in before[cut:] for p in "،,.")


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


def last_words(text: str, n: int) -> list[str]:
    return text.replace("،", " ").replace(",", " ").split()[-n:]


_CAPITALS = frozenset(fold(w) for w in (
    "دمشق", "عمان", "موسكو", "واشنطن", "أنقرة", "طهران", "بيروت", "بغداد", "الرياض", "القاهرة", "Damascus",
    "Amman", "Moscow", "Washington", "Ankara", "Tehran", "Beirut", "Baghdad", "Riyadh", "Cairo"))
_STATEMENT_VERBS = frozenset(fold(w) for w in (
    "قالت", "أعلنت", "ترى", "تشترط", "تقدم", "تقدّم", "تؤكد", "أكدت", "نفت", "تنفي", "رفضت", "ترفض", "طالبت",
    "تطالب", "اتهمت", "تتهم", "حذرت", "تحذر", "أبلغت", "دعت", "تدعو", "تعتبر", "اعتبرت", "أدانت", "تدين",
    "رحبت", "ترحب", "حملت", "تحمل", "شددت", "تشدد",
    "said", "says", "accused", "warned", "denied", "demanded", "announced", "insists", "rejected",
    "condemned", "condemns", "blamed", "urged", "welcomed", "sent", "sends", "called", "calls"))


def government_by_capital(doc: Document, mention: Mention) -> bool:
    """"من دون أن تقدم عمّان أي بيان", "Moscow said": the capital speaks for its government; it is
    no place where something happened."""
    if fold(doc.quote(mention.span)).strip() not in _CAPITALS:
        return False
    two_before = last_words(text_before(doc, mention.span, 24), 2)
    before = two_before[-1:]
    after = [fold(w.strip(".,،\"'«»“”")) for w in text_after(doc, mention.span, 16).split()[:1]]
    # (the backer may stand between its verb and the capital: "وتدعم موسكو دمشق")
    backed = any(w.lstrip("و") in _BACKING_VERBS for w in two_before)
    return backed or bool(before and (before[0].lstrip("و") in _STATEMENT_VERBS or before[0] in _POSSESSIVES)) or bool(
        after and (after[0] in _STATEMENT_VERBS or after[0] in _GOVERNMENT_NOUNS))


# "has gradually helped Damascus regain territory", "تدعم دمشق": a state is backed, not a city
_BACKING_VERBS = frozenset(fold(w) for w in (
    "helped", "help", "helping", "helps", "backs", "backed", "backing", "supports", "supported", "supporting",
    "ساعدت", "تساعد", "ساعد", "يساعد", "دعمت", "تدعم", "دعم", "يدعم", "لدعم", "لمساعدة"))
# "its Damascus ally", "the Damascus government": the capital stands for the state
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_GOVERNMENT_NOUNS = frozenset({"ally", "allies", "government", "regime", "authorities", "officials"})


_CONTAINED_IN = frozenset({"في", "ب", "in", "قضاء", "في قضاء"})  # "مفرق العباسية قضاء صور"
# "the Al-Ferdous district of Aleppo": a unit word and "of" before the container
_UNIT_OF = frozenset({"district of", "neighbourhood of", "neighborhood of", "quarter of", "area of"})
_UNIT_OF_GAP = 20
_CONTAINED_GAP = 10
_QADAA_COUNTRIES = frozenset({"Lebanon", "Iraq"})
_POSSESSIVE_GAPS = frozenset({"s ", "'s ", "’s "})


_TODAY_WORDS = frozenset(fold(w) for w in ("اليوم", "today"))
# (Iran is far, but a story of its advisers in Syria is news of Syria)
_FAR_COUNTRIES = frozenset(fold(w) for w in FAR_COUNTRIES if "ايران" not in fold(w))
_FAR_LANDS = frozenset(w for w in _FAR_COUNTRIES if not w.endswith(("ي", "يه", "ian", "ese", "eni", "ptian", "yan")))
_ARMY_WORDS = frozenset(fold(w) for w in ("الجيش", "جيش", "army", "military", "forces", "القوات"))
_SETTING_WORDS = 4  # a sentence's scene is set in its first words ("وفي اليمن،")


# "بلدة شقرا في جنوب لبنان": the press's south of Lebanon is both southern governorates
_SPOKEN_OF_AS = {"South Lebanon": ("Nabatieh",)}


def as_spoken_of(admin1s: set[str]) -> set[str]:
    """First-level units with those the press includes when it names them."""
    return admin1s | {a for unit in admin1s for a in _SPOKEN_OF_AS.get(unit, ())}


# Reports from the Lebanese front name Israel by other names ("شمال فلسطين المحتلة", "مستوطنتي غورن
# وشلومي"); its places may be meant where they do.
_ISRAEL_BY_OTHER_NAMES = tuple(fold(w) for w in (
    "فلسطين المحتلة", "الأراضي المحتلة", "مستوطنة", "مستوطنتي", "مستوطنات", "مستعمرة", "مستعمرات",
    "occupied palestine"))


@dataclass
class DocContext:
    """Where a document is about: governorates and districts its places point to."""

    doc: Document
    resources: Resources
    # ``candidates`` by the place ids of a mention: asked for every place at every step
    _candidates: dict[tuple[str, ...], tuple[Place, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def admin1_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for mention in self.doc.mentions:
            if mention.label != "PLACE" or mention.get("needs_cue") or government_by_capital(self.doc, mention):
                continue
            if self.far_homonym(mention):
                continue
            admin1s = {p.admin1 for p in self.candidates(mention) if p.admin1}
            if len(admin1s) == 1:
                counts[admin1s.pop()] += 1
        return counts

    @property
    def focus_admin1(self) -> str | None:
        common = self.admin1_counts.most_common(1)
        return common[0][0] if common else None

    @cached_property
    def article_today(self) -> dt.date | None:
        """"اليوم الجمعة" in a page stamped on Saturday: the article's own today, when it is the day
        before its stamp (a late post); what the article tells undated happened then."""
        published = self.doc.published
        if published is None:
            return None
        for mention in self.doc.mentions:
            if mention.label == "DATE" and mention.key and mention.get("kind") == "relative" \
                    and _TODAY_WORDS.intersection(fold(self.doc.quote(mention.span)).split()):
                day = dt.date.fromisoformat(mention.key)
                return day if (published - day).days == 1 else None
        return None

    @cached_property
    def far_story(self) -> bool:
        """The title or the lead tells of a country the gazetteer does not cover ("الجيش السوداني يصد
        هجوماً في الخرطوم") and names no place it covers: a village there that shares a Syrian
        village's name ("الشجرة") is no Syrian village."""
        lead = self.doc.sentences[0] if self.doc.sentences else Span(0, 0)
        told = [w.lstrip("وبل") for w in fold(f"{self.doc.title or ''} {self.doc.text[lead.start:lead.end]}")
                .replace("،", " ").split()]
        # the country named, or its army ("الجيش السوداني"); a group's adjective ("أنصار الله اليمنية",
        # which condemns a strike in Syria) sets no scene
        if not any(w in _FAR_LANDS or (w in _FAR_COUNTRIES and before in _ARMY_WORDS)
                   for before, w in zip(["", *told], told)):
            return False
        return not any(m.label == "PLACE" and not m.get("needs_cue") and lead.start <= m.span.start < lead.end
                       for m in self.doc.mentions)

    def set_abroad(self, sentence: Sentence) -> bool:
        """"في اليمن، عدوان أميركي يستهدف مطار الحديدة", "In Sudan, ...": a sentence that opens in a
        country the gazetteer does not cover (a news bulletin's item from there)."""
        words = [w.lstrip("و") for w in fold_slice(self.doc.text, sentence.span.start, sentence.span.end)
                 .replace("،", " ").replace(",", " ").split()[:_SETTING_WORDS]]
        return any(w in ("في", "in") and after in _FAR_LANDS for w, after in zip(words, words[1:]))

    def far_homonym(self, mention: Mention, sentence: Sentence | None = None) -> bool:
        """In a far story, a place below a governorate's level ("منطقة الشجرة جنوبي الخرطوم") is the far
        country's, not the Syrian village its name spells."""
        return (self.far_story or sentence is not None and self.set_abroad(sentence)) \
            and all(p.kind not in ("governorate", "country") for p in self.candidates(mention))

    @cached_property
    def countries(self) -> frozenset[str]:
        """Countries besides Syria that the article names: only their places may be meant."""
        named = {m.key.removeprefix("country:") for m in self.doc.mentions
                 if m.label == "CUE" and m.key.startswith("country:")}
        if "Israel" not in named:
            text = fold(self.doc.text)
            if any(name in text for name in _ISRAEL_BY_OTHER_NAMES):
                named.add("Israel")
        return frozenset({"Syria"} | named)

    def candidates(self, mention: Mention) -> list[Place]:
        ids = mention.get("candidates", (mention.key,))
        found = self._candidates.get(ids)
        if found is None:
            gaz = self.resources.gazetteer
            places = [gaz.by_id(pid) for pid in ids]
            found = self._candidates[ids] = tuple([p for p in places if p.country in self.countries] or places)
        if len(ids) > 1 and self._names_a_qadaa and text_before(self.doc, mention.span, 8).split()[-1:] == ["قضاء"]:
            # "قضاء صور": a qadaa is a district of Lebanon or Iraq, not Syria's Sur
            gaz = self.resources.gazetteer
            return [p for p in map(gaz.by_id, ids) if p.country in _QADAA_COUNTRIES] or list(found)
        return list(found)

    def resolve(self, mention: Mention, near: list[Mention] | None = None) -> Place:
        """The best candidate for a place mention given nearby places and the document focus.

        A name that is a governorate's ("القنيطرة", "Idlib") means the governorate: a village
        of the same name elsewhere needs more than a bare mention.
        """
        governorates = [p for p in self.candidates(mention) if p.kind == "governorate"]
        if governorates:
            return governorates[0]
        container = self._container(mention, near or [])
        if container:
            # "حي القصور في دير الزور": the place it is said to be in decides between homonyms
            inside = [p for p in self.candidates(mention) if p.admin1 in container]
            quote = self.doc.quote(mention.span)
            if not inside and quote[:1].isascii():
                # "the Al-Ferdous district of Aleppo": the container's place of that spelling, which
                # the gazetteer lists under another one ("Fardos")
                inside = [p for p in self.resources.gazetteer.by_skeleton(quote) if p.admin1 in container] or [
                    p for p in map(partial(self.resources.gazetteer.settlement_in, quote), sorted(container)) if p]
            if inside:
                return rank(inside, prefer_syria=self.focus_country == "Syria")[0]
        near_admin1: list[str] = []
        near_admin2: list[str] = []
        for other in near or ():
            if other is mention:
                continue
            for place in self.candidates(other)[:1]:
                if place.kind in ("governorate", "district") or place.admin1:
                    near_admin1.append(place.admin1 or "")
                if place.kind == "district":
                    near_admin2.append(place.admin2 or "")
        # the places around a name tell which of its homonyms is meant before the rest of the
        # text does ("al-Midan al-Sulimaniah and al-Furqan in Aleppo" in a story that names Damascus too)
        ranked = rank(self.candidates(mention), context_admin1=near_admin1, context_admin2=near_admin2,
                      prefer_syria=self.focus_country == "Syria",
                      document_admin1=[a for a, _ in self.admin1_counts.most_common(3)])
        return ranked[0]

    def _container(self, mention: Mention, near: list[Mention]) -> set[str]:
        """The governorates of the place named right after this one as its container ("X في Y", "X بY")."""
        for other in near:
            gap = self.doc.text[mention.span.end:other.span.start]
            if 0 < len(gap) <= _CONTAINED_GAP and fold(gap).strip() in _CONTAINED_IN or \
                    0 < len(gap) <= _UNIT_OF_GAP and fold(gap).strip() in _UNIT_OF or \
                    self.doc.text[other.span.end:mention.span.start] in _POSSESSIVE_GAPS:
                # "... في Y", "X in Y", "Daraa's Manshiyah district" (the apostrophe often lost)
                return as_spoken_of({p.admin1 for p in self.candidates(other) if p.admin1})
        return set()

    @cached_property
    def _names_a_qadaa(self) -> bool:
        return "قضاء" in self.doc.text

    @cached_property
    def focus_country(self) -> str:
        """The country most of the article's unambiguous places lie in (Syria when it names none):
        in an article about the West Bank, "جنين" is not the Syrian village of that name."""
        counts: Counter[str] = Counter()
        for mention in self.doc.mentions:
            if mention.label != "PLACE" or mention.get("needs_cue"):
                continue
            countries = {p.country for p in self.candidates(mention)}
            if len(countries) == 1:
                counts[countries.pop()] += 1
        if not counts:
            return "Syria"
        (country, n), = counts.most_common(1)
        return country if n > counts.get("Syria", 0) else "Syria"
