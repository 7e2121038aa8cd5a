"""The actor catalogue: canonical ACLED-style actors, their aliases, and finding them in text.

Owns ``ActorEntry`` (one actor: canonical name, inter code, country, kind, parent,
validity dates, Arabic and English aliases), ``ActorMatch`` (an alias found in a
normalized text) and ``ActorCatalog`` (loading, lookup by name, alias matching with
time-bounded resolution, the parent chain of a unit — ``parent_of``, ``root_of`` and
``lineage`` take an entry or a name — and groups the catalogue does not know: naming one
from its surface with ``normalize_unknown_group`` and finding them in a text with
``find_unknown_groups``, which uses ``NAMED_GROUP_PATTERN``).

The data is ``rasid/actors/data/actors.tsv`` (UTF-8, tab-separated, one header line)::

    name  inter  country  kind  parent  valid_from  valid_to  aliases_ar  aliases_en

* ``name`` follows ACLED: its exact spelling for communal, tribal and clan militias and
  for most units ("Shaitat Tribal Militia (Syria)", "YPG: Peoples Protection Units -
  Anti-Terror Unit"), elsewhere the usual English transliteration with ACLED's spelling
  among the English aliases ("Jaysh al-Nukhba" / "JaN: Elite Army"). Units of the Assad
  government's forces carry "(2000-2024)" where ACLED writes "(2000-)".
* ``inter`` is ACLED's inter code (1-8) of the actor in Syria; ``inter_for`` gives 1 to
  a state's own forces inside that state (the Iraqi army in Iraq).
* ``kind`` is one of ``KINDS``. Entries of kind generic, civilians, protesters or
  rioters are *generic*: a category (unknown gunmen, civilians) rather than a named group.
* ``parent`` is the canonical name of the group an entry belongs to (a sub-unit's army,
  a faction's coalition), or empty.
* ``valid_from``/``valid_to`` bound the name in time, half-open: the name applies on
  days ``valid_from <= d < valid_to``. "Military Forces of Syria (2000-2024)" has
  ``valid_to`` 2024-12-08 and "(2024-)" ``valid_from`` 2024-12-08, so an alias both
  carry ("الجيش السوري") resolves by the article date.
* aliases are ``|``-joined. A leading ``~`` marks a *weak* alias: a context-dependent cue
  ("الجيش", "the regime", "terrorists") that loses to any ordinary alias of the same
  phrase and is reported with ``ActorMatch.weak``. Folding (hamza, ta marbuta, ya, case)
  is the matcher's job; the loader also adds the spelling variants ميليشي/مليشي,
  أمريك/أميرك, ديمقراط/ديموقراط, سوريا/سورية and warplanes/war planes. Single-token English acronyms with
  two or more capitals ("IS", "SDF", "TIP", "LaQ") match only with that capitalisation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import overload

from rasid.actors.romanize import INTRODUCERS, romanize_group
from rasid.errors import DataError
from rasid.model import INTER_CODES, ActorRef
from rasid.text.match import PhraseMatcher
from rasid.text.normalize import Normalized, fold, normalize

__all__ = [
    "COLUMNS", "GENERIC_KINDS", "KINDS", "NAMED_GROUP_INTRODUCERS", "NAMED_GROUP_PATTERN", "ActorCatalog",
    "ActorEntry", "ActorMatch", "default_catalog", "normalize_unknown_group",
]

COLUMNS: tuple[str, ...] = (
    "name", "inter", "country", "kind", "parent", "valid_from", "valid_to", "aliases_ar", "aliases_en",
)
KINDS = frozenset({
    "state", "rebel", "militia", "identity", "rioters", "protesters", "civilians", "external", "generic",
})
GENERIC_KINDS = frozenset({"generic", "civilians", "protesters", "rioters"})
WEAK_MARK = "~"
_RESOURCE = "data/actors.tsv"
# "(2000-2024)", "(2024-)": the years a versioned name is in force
_ERA = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)$")

# Orthographic variants of the same word, on folded text (the loader adds the other one).
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("ميليشي", "مليشي"),
    ("امريك", "اميرك"),
    ("ديمقراط", "ديموقراط"),
)
_WORD_VARIANTS: tuple[tuple[str, str], ...] = (("سوريا", "سوريه"), ("warplanes", "war planes"),
                                               ("warplane", "war plane"))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical actor of the catalogue."""

    name: str
    inter: int
    country: str
    kind: str
    parent: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    weak_aliases: frozenset[str] = field(default=frozenset(), compare=False)

    def is_valid_on(self, d: dt.date | None) -> bool:
        """Whether the name applies on day ``d`` (half-open range; ``None`` is always valid)."""
        if d is None:
            return True
        if self.valid_from is not None and d < self.valid_from:
            return False
        return not (self.valid_to is not None and d >= self.valid_to)

    def ref(self, text: str | None = None) -> ActorRef:
        """The ``ActorRef`` coded on an event, with ``text`` as the surface form."""
        return ActorRef(self.name, self.inter, text)

    @property
    def generic(self) -> bool:
        """A category (unknown gunmen, civilians, protesters, rioters), not a named group."""
        return self.kind in GENERIC_KINDS

    @property
    def acronym(self) -> str | None:
        """The short form before the colon of names like "SDF: Syrian Democratic Forces"."""
        head, sep, _ = self.name.partition(": ")
        return head if sep and " " not in head and len(head) <= 8 else None

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.aliases_ar + self.aliases_en

    def inter_for(self, country: str | None) -> int:
        """The inter code where the event happens: a state's forces at home are 1."""
        if country and self.kind == "state" and self.inter == 8 and country == self.country:
            return 1
        return self.inter


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor alias found in ``Normalized.text``: folded [start, end) and the chosen entry.

    ``generic`` is ``entry.generic``; ``weak`` says the alias is a context-dependent cue;
    ``alternatives`` are the other entries the same phrase can name, best first;
    ``alias`` is the folded phrase that matched.
    """

    start: int
    end: int
    entry: ActorEntry
    generic: bool
    weak: bool = False
    alternatives: tuple[ActorEntry, ...] = ()
    alias: str = ""


@dataclass(frozen=True, slots=True)
class _Payload:
    index: int  # row of the entry in the catalogue
    weak: bool
    exact: str | None  # original spelling required (case-sensitive acronyms)


def _key(text: str) -> str:
    """A lookup key insensitive to case, accents, hamza forms and punctuation."""
    return " ".join(re.findall(r"\w+", fold(text)))


def _is_case_sensitive(alias: str) -> bool:
    return alias.isascii() and " " not in alias and sum(ch.isupper() for ch in alias) >= 2


def _spelling_variants(alias: str) -> set[str]:
    out = {fold(alias).strip()}
    for a, b in _VARIANTS:
        for form in list(out):
            if a in form:
                out.add(form.replace(a, b))
            if b in form:
                out.add(form.replace(b, a))
    for a, b in _WORD_VARIANTS:
        for form in list(out):
            words = form.split(" ")
            if a in words:
                out.add(" ".join(b if w == a else w for w in words))
            if b in words:
                out.add(" ".join(a if w == b else w for w in words))
    return out


def _parse_date(value: str, where: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataError(f"{where}: bad date {value!r}") from exc


def _split_aliases(value: str) -> tuple[tuple[str, ...], set[str]]:
    aliases: list[str] = []
    weak: set[str] = set()
    for raw in value.split("|"):
        alias = raw.strip()
        is_weak = alias.startswith(WEAK_MARK)
        alias = alias.lstrip(WEAK_MARK).strip()
        if not alias or alias in aliases:
            continue
        aliases.append(alias)
        if is_weak:
            weak.add(alias)
    return tuple(aliases), weak


def parse_tsv(text: str, source: str = "actors.tsv") -> list[ActorEntry]:
    """The entries of a catalogue file's text; raises ``DataError`` on any malformed row."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise DataError(f"{source}: empty actor catalogue")
    header = tuple(lines[0].split("\t"))
    if header != COLUMNS:
        expected = "\t".join(COLUMNS)
        raise DataError(f"{source}: header must be {expected!r}, got {lines[0]!r}")
    entries: list[ActorEntry] = []
    for number, row in enumerate(csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t",
                                            quoting=csv.QUOTE_NONE), start=2):
        where = f"{source}:{number}"
        if len(row) != len(COLUMNS):
            raise DataError(f"{where}: expected {len(COLUMNS)} columns, got {len(row)}")
        name, inter, country, kind, parent, vfrom, vto, ar, en = (c.strip() for c in row)
        if not name:
            raise DataError(f"{where}: empty name")
        try:
            code = int(inter)
        except ValueError as exc:
            raise DataError(f"{where}: inter code {inter!r} is not a number") from exc
        if code not in INTER_CODES:
            raise DataError(f"{where}: inter code {code} not in 1-8")
        if kind not in KINDS:
            raise DataError(f"{where}: kind {kind!r} not one of {sorted(KINDS)}")
        valid_from, valid_to = _parse_date(vfrom, where), _parse_date(vto, where)
        if valid_from and valid_to and valid_from >= valid_to:
            raise DataError(f"{where}: valid_from {valid_from} is not before valid_to {valid_to}")
        aliases_ar, weak_ar = _split_aliases(ar)
        aliases_en, weak_en = _split_aliases(en)
        entries.append(ActorEntry(
            name=name, inter=code, country=country, kind=kind, parent=parent or None,
            valid_from=valid_from, valid_to=valid_to, aliases_ar=aliases_ar, aliases_en=aliases_en,
            weak_aliases=frozenset(weak_ar | weak_en),
        ))
    return entries


class ActorCatalog:
    """Canonical actors with alias matching over normalized text.

    Build one with ``ActorCatalog.load()`` (the packaged catalogue), ``load(path)`` or
    ``ActorCatalog(entries)``; ``default_catalog()`` shares one packaged instance.
    """

    def __init__(self, entries: Iterable[ActorEntry], *, source: str | None = None,
                 packaged: bool = False) -> None:
        self._entries: tuple[ActorEntry, ...] = tuple(entries)
        self._source = source
        self._packaged = packaged
        self._by_exact: dict[str, ActorEntry] = {}
        for entry in self._entries:
            if entry.name in self._by_exact:
                raise DataError(f"duplicate actor name {entry.name!r}")
            self._by_exact[entry.name] = entry
        for entry in self._entries:
            if entry.parent and entry.parent not in self._by_exact:
                raise DataError(f"{entry.name!r}: unknown parent {entry.parent!r}")
        self._index = {entry.name: i for i, entry in enumerate(self._entries)}
        self._by_key = self._build_name_index()
        phrases: list[tuple[str, _Payload]] = []
        seen: set[tuple[str, int]] = set()
        for i, entry in enumerate(self._entries):
            for alias, weak in [(entry.name, False)] + [(a, a in entry.weak_aliases) for a in entry.aliases]:
                exact = alias if _is_case_sensitive(alias) else None
                for form in _spelling_variants(alias):
                    if (form, i) in seen:
                        continue
                    seen.add((form, i))
                    phrases.append((form, _Payload(i, weak, exact)))
        self._matcher: PhraseMatcher[_Payload] = PhraseMatcher(phrases)
        self._unknown_names: dict[str, str | None] = {}
        self._versions: dict[str, list[ActorEntry]] = {}
        for entry in self._entries:
            if entry.valid_from is not None or entry.valid_to is not None:
                self._versions.setdefault(_ERA.sub("", entry.name), []).append(entry)

    # --- construction ---------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> ActorCatalog:
        """The catalogue in ``path``, or the packaged ``data/actors.tsv`` when ``None``."""
        if path is None:
            try:
                text = resources.files("rasid.actors").joinpath(_RESOURCE).read_text(encoding="utf-8")
            except (FileNotFoundError, ModuleNotFoundError) as exc:
                raise DataError(f"packaged actor catalogue {_RESOURCE} is missing") from exc
            return cls(parse_tsv(text, _RESOURCE), packaged=True)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read actor catalogue {path}: {exc}") from exc
        return cls(parse_tsv(text, str(path)), source=str(path))

    def __reduce__(self) -> tuple:
        if self._packaged:
            return (default_catalog, ())
        if self._source is not None:
            return (ActorCatalog.load, (self._source,))
        return (ActorCatalog, (self._entries,))

    # --- lookup ---------------------------------------------------------------------

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.by_name(name) is not None

    def _build_name_index(self) -> dict[str, ActorEntry]:
        index: dict[str, ActorEntry] = {}
        passes: list[list[tuple[str, ActorEntry]]] = [[], [], [], []]
        for entry in self._entries:
            passes[0].append((entry.name, entry))
            if entry.acronym:
                passes[1].append((entry.acronym, entry))
                passes[1].append((entry.name.partition(": ")[2], entry))
            for alias in entry.aliases_en + entry.aliases_ar:
                passes[3 if alias in entry.weak_aliases else 2].append((alias, entry))
        for level in passes:
            for text, entry in level:
                key = _key(text)
                if key:
                    index.setdefault(key, entry)
        return index

    def by_name(self, name: str) -> ActorEntry | None:
        """The entry a name refers to: canonical name, acronym ("SDF") or alias, folded."""
        if not name:
            return None
        exact = self._by_exact.get(name.strip())
        return exact if exact is not None else self._by_key.get(_key(name))

    def version_on(self, name: str, on: dt.date | None) -> str:
        """The name of the force on day ``on``: "Military Forces of Syria (2024-)" told of a 2017
        event is "Military Forces of Syria (2000-2024)" (an article with no date of its own codes its
        actors by today's names until its events' dates are known)."""
        entry = self._by_exact.get(name)
        if on is None or entry is None or entry.is_valid_on(on):
            return name
        return next((e.name for e in self._versions.get(_ERA.sub("", name), ()) if e.is_valid_on(on)), name)

    def _entry(self, entry: ActorEntry | str) -> ActorEntry | None:
        return self.by_name(entry) if isinstance(entry, str) else entry

    @overload
    def parent_of(self, entry: ActorEntry) -> ActorEntry | None: ...
    @overload
    def parent_of(self, entry: str) -> ActorEntry | None: ...

    def parent_of(self, entry: ActorEntry | str) -> ActorEntry | None:
        """The group ``entry`` belongs to, or ``None``; ``entry`` may be an entry or any name ``by_name`` knows."""
        found = self._entry(entry)
        return self._by_exact.get(found.parent) if found is not None and found.parent else None

    @overload
    def root_of(self, entry: ActorEntry) -> ActorEntry: ...
    @overload
    def root_of(self, entry: str) -> ActorEntry | None: ...

    def root_of(self, entry: ActorEntry | str) -> ActorEntry | None:
        """The top of the parent chain (a division's army, a faction's coalition).

        ``entry`` is an entry (the result is an entry, itself when it has no parent) or a
        name, acronym or alias as ``by_name`` reads it (``None`` when nothing has that name):
        ``root_of("Anti-Terror Units")`` is the SDF entry.
        """
        found = self._entry(entry)
        if found is None:
            return None
        seen = {found.name}
        while (parent := self.parent_of(found)) is not None and parent.name not in seen:
            seen.add(parent.name)
            found = parent
        return found

    def lineage(self, entry: ActorEntry | str) -> tuple[ActorEntry, ...]:
        """The entry and its parents up to the root, nearest first (empty for an unknown name)."""
        found = self._entry(entry)
        chain: list[ActorEntry] = []
        while found is not None and found not in chain:
            chain.append(found)
            found = self.parent_of(found)
        return tuple(chain)

    def localize(self, entry: ActorEntry, country: str | None) -> ActorEntry:
        """The same kind of actor in another country: "Civilians (Syria)" → "Civilians (Iraq)"."""
        if not country:
            return entry
        match = re.fullmatch(r"(.*) \(([^()]*)\)", entry.name)
        if not match or match.group(2) == country:
            return entry
        return self._by_exact.get(f"{match.group(1)} ({country})", entry)

    def lookup(self, phrase: str, on: dt.date | None = None) -> ActorEntry | None:
        """The entry an exact alias names on day ``on`` (no clitics, whole phrase only)."""
        payloads = self._matcher.payloads(phrase)
        if not payloads:
            return self.by_name(phrase)
        ranked = self._rank(payloads, on)
        return self._entries[ranked[0].index] if ranked else None

    # --- matching -------------------------------------------------------------------

    def _rank(self, payloads: Iterable[_Payload], on: dt.date | None) -> list[_Payload]:
        best: dict[int, _Payload] = {}
        for p in payloads:  # one payload per entry: the strong one if any
            if p.index not in best or (best[p.index].weak and not p.weak):
                best[p.index] = p

        def order(p: _Payload) -> tuple:
            e = self._entries[p.index]
            valid = e.is_valid_on(on)
            gap = 0
            if not valid and on is not None:
                if e.valid_from is not None and on < e.valid_from:
                    gap = (e.valid_from - on).days
                elif e.valid_to is not None:
                    gap = (on - e.valid_to).days + 1
            recency = -e.valid_from.toordinal() if e.valid_from else 0
            return (not valid, gap, p.weak, e.generic, recency, p.index)

        return sorted(best.values(), key=order)

    @property
    def matcher(self) -> PhraseMatcher[_Payload]:
        """The matcher of every alias ``find`` uses (to join it to a ``PhraseScan``)."""
        return self._matcher

    def find(self, norm: Normalized, on: dt.date | None = None, *, weak: bool = True) -> list[ActorMatch]:
        """Every actor alias in ``norm.text``, longest match first, resolved for day ``on``.

        Coordinates are folded (``norm.span_to_original`` maps them back). When a phrase
        names several entries the one valid on ``on`` wins, then ordinary over weak
        aliases, named over generic actors, the most recent name, catalogue order.
        ``weak=False`` drops weak aliases altogether.
        """
        candidates: list[tuple[int, int, list[_Payload], str]] = []
        for m in self._matcher.find(norm, longest=False):
            surface: str | None = None
            kept: list[_Payload] = []
            for p in m.payloads:
                if p.weak and not weak:
                    continue
                if p.exact is not None:
                    if surface is None:
                        span = norm.span_to_original(m.start, m.end)
                        surface = norm.original[span.start:span.end]
                    if not (surface == p.exact or (len(p.exact) >= 4 and surface == p.exact.capitalize())):
                        continue
                kept.append(p)
            if kept:
                candidates.append((m.start, m.end, kept, norm.text[m.start:m.end]))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        # The matches taken do not overlap, so kept in text order only the neighbours of a
        # new one can overlap it.
        taken: list[ActorMatch] = []
        starts: list[int] = []
        for start, end, payloads, alias in candidates:
            at = bisect_right(starts, start)
            if (at and taken[at - 1].end > start) or (at < len(taken) and taken[at].start < end):
                continue
            ranked = payloads if len(payloads) == 1 else self._rank(payloads, on)
            entry = self._entries[ranked[0].index]
            taken.insert(at, ActorMatch(
                start=start, end=end, entry=entry, generic=entry.generic, weak=ranked[0].weak,
                alternatives=tuple(self._entries[p.index] for p in ranked[1:]), alias=alias,
            ))
            starts.insert(at, start)
        return taken

    def find_text(self, text: str, on: dt.date | None = None, *, weak: bool = True) -> list[ActorMatch]:
        """``find`` over ``normalize(text)``."""
        return self.find(normalize(text), on, weak=weak)

    # --- groups the catalogue does not know -----------------------------------------

    def normalize_unknown_group(self, surface: str) -> str | None:
        """An English name for "ميليشيا/لواء/كتائب/حركة/جبهة/تجمع/فصيل + name".

        A group the catalogue knows gets its canonical name ("ميليشيا الدفاع الوطني" →
        "NDF: National Defence Forces"); another is romanized ("لواء الباقر" → "Liwa
        al-Baqir", "ميليشيا القاطرجي" → "Al-Qatirji Militia"). ``None`` when the surface
        has no introducer and name, names a generic category, or the introducer is not a
        group ("حركة السير", "اللواء محمد", a rank before a person's name).
        """
        # remembered: the same few group names come back in article after article
        try:
            return self._unknown_names[surface]
        except KeyError:
            pass
        if len(self._unknown_names) >= _MEMO_SIZE:
            self._unknown_names.clear()
        name = self._unknown_names[surface] = _unknown_group(self, surface)
        return name

    def find_unknown_groups(self, norm: Normalized, *,
                            matches: Iterable[ActorMatch] | None = None) -> list[tuple[int, int, str]]:
        """Named groups the catalogue does not know, as (start, end, English name).

        A candidate is an introducer (``NAMED_GROUP_INTRODUCERS``: ميليشيا, فصيل, لواء,
        كتائب, حركة, جبهة, تجمع, فرقة, جيش, قوات, مجموعة, ...) without the article, an
        optional quotation mark and a name of one to three words (``NAMED_GROUP_PATTERN``
        on ``norm.text``). The name stops at a preposition, a relative pronoun, an
        affiliation or nationality word ("التابعة", "الإيرانية"), a time word, a punctuation
        mark or a word the catalogue knows; after its first word it goes on only with words
        that carry the article, name particles ("بن", "أبو", "شاه") or the genitive of a
        head word ("أحرار حوران"). Generic phrases ("فصيل مسلح", "مجموعة من", "قوات
        كبيرة", "حركة السير"), a rank before a person ("برتبة لواء", "لواء حسين") and any
        phrase a catalogue alias covers are skipped; the name is
        ``normalize_unknown_group`` of the surface. Offsets are folded, like ``find``'s,
        and span the introducer and the name. ``matches`` are this text's ``find`` results
        when the caller already has them (they are computed otherwise).
        """
        return _find_unknown_groups(self, norm, matches)


# --- unknown groups ---------------------------------------------------------------------

_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_STOP = frozenset(fold(w) for w in (
    "التابع", "التابعة", "التابعين", "التابعه", "تابع", "تابعة", "الموالي", "الموالية", "الموالين",
    "المدعوم", "المدعومة", "المدعومين", "المقرب", "المقربة", "المحلي", "المحلية", "في", "من", "على",
    "الى", "إلى", "عن", "مع", "ضد", "بعد", "قبل", "الذي", "التي", "الذين", "قرب", "داخل", "خلال",
    "بين", "عند", "لدى", "حيث", "وذلك", "بقيادة", "يقودها", "يتزعمها", "المعروف", "المعروفة",
    "المسلح", "المسلحة", "العاملة", "العامل", "الناشطة", "الناشط", "المتمركزة", "المتمركز",
))
_NOT_GROUPS = frozenset(fold(w) for w in (
    "السير", "المرور", "النزوح", "نزوح", "المدنيين", "الملاحة", "التجارة", "الاحتجاج", "الاحتجاجات",
    "التظاهرات", "الطيران", "النقل", "البيع", "الشراء", "الأسعار", "الأسواق", "الآليات", "السيارات",
    "النازحين", "العودة", "الهجرة", "البناء", "الإعمار", "نشطة", "واسعة", "كبيرة", "عسكرية",
    "السفن", "الشحن", "البضائع", "الركاب", "المسافرين", "الطائرات", "القطارات",
    "تنقلات", "انتشار", "الأهالي", "المعارضة", "التحرير", "الاستقلال", "تصحيحية", "احتجاجية",
    "سياسية", "مدنية", "شعبية", "النظام", "الحكومة", "واحدة", "أخرى", "ثانية", "جديدة",
    # "جبهة الإسناد اللبنانية": the front that backs Gaza, a theatre rather than a group
    "الإسناد", "الاسناد", "المساندة",
))
_PERSONAL = frozenset(fold(w) for w in (
    "محمد", "أحمد", "علي", "حسين", "حسن", "محمود", "عبد", "عبدالله", "خالد", "عمر", "سمير", "جميل",
    "ماهر", "سهيل", "رستم", "جمال", "علاء", "فراس", "كمال", "مصطفى", "يوسف", "إبراهيم", "سليمان",
    "وليد", "رفيق", "غسان", "جميل", "أديب", "زهير", "فهد", "طلال", "بسام", "نزار", "هشام", "قاسم",
))
_LATIN_GROUP = re.compile(
    r"\b(brigade|brigades|militia|battalion|division|front|movement|army|forces|faction|group|"
    r"liwa|kataib|katibat|jaysh|jaish|harakat|jabhat|saraya|legion|corps|regiment)\b", re.I,
)
_INTRO_FOLDED = {fold(k): k for k in INTRODUCERS}

# --- finding unknown groups in a text ----------------------------------------------------

# The introducers ``find_unknown_groups`` looks for, in the construct state (no article):
# "لواء الباقر", not "اللواء الثامن" (an ordinal unit, or a rank before a name).
NAMED_GROUP_INTRODUCERS: tuple[str, ...] = (
    "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "فصيل", "لواء", "كتائب", "كتيبة", "حركة", "جبهة",
    "تجمع", "فرقة", "جيش", "قوات", "مجموعة", "سرايا",
)
# On folded text: an optional proclitic, the introducer, a space and/or an opening quotation
# mark, then up to four words (``find_unknown_groups`` keeps at most three).
_INTRO_WORDS = sorted({fold(w) for w in NAMED_GROUP_INTRODUCERS}, key=len, reverse=True)
NAMED_GROUP_PATTERN = re.compile(
    r"(?<!\w)(?:وب|ول|فب|فل|و|ف|ب|ل|ك)?"
    r"(?P<intro>" + "|".join(_INTRO_WORDS) + r")"
    r"(?: ?[\"'“”«»„‘’] ?| )"
    r"(?P<name>\w+(?: \w+){0,3})"
)
_MAX_NAME_WORDS = 3
_NAME_WORD = re.compile(r"\w+")
_MEMO_SIZE = 1 << 12  # unknown group names remembered per catalogue


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# Words that make "introducer + word" a description rather than a name ("فصيل مسلح",
# "مجموعة من", "قوات كبيرة", "جيش الاحتلال", "فرقة الإطفاء", "تجمع سكني").
_GENERIC_HEADS = _NOT_GROUPS | _folded(
    "مسلح", "مسلحة", "مسلحين", "مسلحون", "معارض", "معارضة", "محلي", "محلية", "موال", "موالي", "موالية",
    "تابع", "تابعة", "آخر", "اخر", "ثان", "جديد", "كبير", "صغير", "صغيرة", "واحد", "عسكري", "أمني", "أمنية",
    "خاص", "خاصة", "نظامي", "نظامية", "وطني", "وطنية", "شعبي", "سوري", "سورية", "عراقي", "عراقية", "إيراني",
    "إيرانية", "تركي", "تركية", "روسي", "روسية", "أمريكي", "أمريكية", "أميركية", "إسرائيلي", "إسرائيلية",
    "لبناني", "لبنانية", "أجنبي", "أجنبية", "حكومي", "حكومية", "إرهابي", "إرهابية", "جهادي", "جهادية",
    "متشدد", "متشددة", "إسلامي", "إسلامية", "مدرع", "مدرعة", "مشاة", "مدفعية", "دبابات", "صاروخية", "برية",
    "بحرية", "جوية", "إضافية", "مشتركة", "ضخمة", "كاملة", "عناصر", "أشخاص", "شبان", "مقاتلين", "مقاتلي",
    "مسلحي", "ركن", "متقاعد", "سكني", "سكنية", "عشائري", "عشائرية", "احتجاجي", "طلابي", "طلابية", "تجارية",
    "خفيفة", "كثيفة", "ضعيفة", "انشقاق", "انشقاقات", "إنقاذ", "رصد", "دول", "ريف", "مدينة", "بلدة", "قرية",
    "منطقة", "محافظة", "حي", "مخيم", "شرقي", "غربي", "شمالي", "جنوبي",
    "من", "في", "على", "عن", "مع", "ضد", "بين", "ضمن", "لصالح", "لعناصر", "لقوات", "لمسلحين",
    "الاحتلال", "العدو", "الأسد", "الأمن", "الشرطة", "الجيش", "الحرس", "المشاة", "المدفعية", "الدبابات",
    "المدرعات", "الهندسة", "الاستطلاع", "الرادار", "الصواريخ", "الإشارة", "الدفاع", "النخبة", "التدخل",
    "الرد", "الاقتحام", "المهام", "الاحتياط", "الصاعقة", "المغاوير", "الكوماندوز", "البحرية", "الجوية",
    "البرية", "الطوارئ", "حفظ", "التحالف", "الفصائل", "العشائر", "القبائل", "المشتركة", "الإطفاء",
    "الإنقاذ", "الإسعاف", "الاستجابة", "الرصد", "الأزمات", "العمل", "السبع", "العشرين", "الدول", "الاتصال",
    "الحماية", "المراقبة", "الأمم", "المرتزقة", "الاغتيالات", "الخطف", "التهريب", "المخدرات", "الموت",
    "العبور", "الشاحنات", "المسافرين", "المعابر", "الطرق", "السفر", "التنقل", "اللاجئين", "الاستيراد",
    "التصدير", "الأموال", "البضائع", "الدخول", "الخروج", "القطارات", "السياحة", "الإنتاج", "الناس",
    "السكان", "القتال", "المواجهة", "المواجهات", "الصراع", "الجو", "الجوفضاء", "سير", "مجرم", "مجرمة", "ما",
    "لا", "قد", "لم", "لن", "إن", "أن", "كان", "هو", "هي", "ذلك", "هذا", "هذه", "تلك", "مدعوم", "مدعومة",
    "مرتبطة", "مؤيدة", "متطرفة", "متطرف", "منشقة", "منشق", "طائفية", "عميلة", "إجرامية", "تكفيرية",
    "انفصالية", "مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "هيئة", "لهيئة",
)
# Nouns with the article that end like an adjective, mostly the object of the verb after
# the group's name ("نفذت كتائب الفرقان العملية").
_NOT_ADJECTIVES = _folded(
    "القرية", "الناحية", "البلدية", "الضاحية", "المديرية", "العملية", "العمليات", "المسؤولية", "الهوية",
    "الاتفاقية", "الأراضي", "المباني", "الأهالي", "النواحي", "الضواحي", "الزاوية", "الأودية", "الحرية",
    "الجمعية", "الشرعية", "القضية", "التسوية", "الحماية", "الأولوية", "التغطية",
)
# Indefinite words ending like an adjective ("انفصالية", "إسلامي") are descriptions, but
# these names end the same way.
_NAMES_LIKE_ADJECTIVES = _folded("معاوية", "سمية", "رقية", "عطية", "صفية", "أمية", "حمية", "علي", "زكي")
# Words that end a name: affiliation, description, nationality and time words.
_NAME_STOP = _STOP | _folded(
    "السوري", "السورية", "الإيراني", "الإيرانية", "الإيرانيين", "العراقي", "العراقية", "الأفغاني",
    "الأفغانية", "الباكستاني", "الباكستانية", "اللبناني", "اللبنانية", "الروسي", "الروسية", "التركي",
    "التركية", "الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "الإسرائيلي", "الإسرائيلية", "الفلسطيني",
    "الفلسطينية", "الأردني", "الأردنية", "الكردي", "الكردية", "الشيشاني", "الشيعي", "الشيعية", "السني",
    "السنية", "العلوي", "العلوية", "الدرزي", "الدرزية", "المتشدد", "المتشددة", "الجهادي", "الجهادية",
    "الإرهابي", "الإرهابية", "المعارض", "المعارضة", "الانفصالي", "الانفصالية", "العميل", "العميلة",
    "الطائفي", "الطائفية", "الإجرامي", "الإجرامية", "الجديد", "الجديدة", "السابق", "السابقة", "المذكور",
    "المذكورة", "نفسه", "نفسها", "الرئيسي", "العسكري", "العسكرية", "الثوري", "الأمني", "الأمنية", "المنحل",
    "المنحلة", "المقاتل", "المقاتلة", "الموالون", "المدعومة", "وهو", "وهي", "اليوم", "أمس", "الأحد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الماضية", "الحالي",
    "الجاري", "الأخير", "الأخيرة", "الفائت", "المقبل", "المقبلة", "مساء", "صباح", "ظهر", "ليلة",
)
# After these a name word needs no article: "أبو الفضل", "بن الوليد", "الإمام علي", "السلطان مراد".
_NAME_CONNECTORS = _folded("أبو", "أبي", "ابن", "بن", "بنت", "عبد", "ذو", "ذي", "ذات", "أم", "آل")
_NAME_TITLES = _folded("الإمام", "الشيخ", "السلطان", "الشهيد", "الملك", "القائد", "سيد", "الحاج", "الأمير",
                       "الصحابي", "الخليفة")
_NAME_TAILS = _folded("شاه", "باشا", "بك", "خان", "بالله")
# Head words of names that take a genitive without an article: "أحرار حوران", "صقور جبل الزاوية".
_NAME_HEADS = _folded(
    "أحرار", "ثوار", "صقور", "أسود", "نسور", "فرسان", "شهداء", "أبناء", "أحفاد", "جند", "أنصار", "أجناد",
    "رجال", "حماة", "درع", "سيف", "سيوف", "فجر", "نور", "بيارق", "رايات", "غرباء", "مغاوير", "ذئاب", "فتيان",
    "شباب", "حراس", "أمراء", "بنيان", "نصر", "عز", "ثورة", "غرفة", "اتحاد", "أهل", "طلائع", "طليعة", "جبل",
    "سهل", "وادي", "ريف", "بادية", "فيلق", "حزب", "جيش", "لواء", "كتائب", "سرايا",
)
_NAME_CONJUNCTS = _folded("والأنصار", "والجهاد", "والبناء", "والسنة", "والجماعة", "والتوحيد", "والتنمية")
_RANK_WORDS = _folded("برتبة", "رتبة", "الرتبة", "ورتبة", "العميد")
# "قيادة كتيبة ليمان", "مقر قيادة لواء حرمون": an army's unit whose headquarters were a target, not a group
_HEADQUARTERS_WORDS = _folded("قيادة", "مقر", "ومقر", "وقيادة", "لقيادة", "بمقر")
_FRONT_LINE_WORDS = _folded("على", "عند", "محور", "طول", "خطوط", "امتداد")
_CLITIC_ARTICLE = ("لل", "بال", "كال", "فال")
_POSSESSIVE_INTROS = _folded("مجموعة", "قوات", "تجمع", "فرقة")


def _last_word(text: str, end: int) -> list[str]:
    """``text[:end].split()[-1:]`` without splitting the whole text before ``end`` (this
    runs for every group introducer of a text)."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return [text[start:stop]] if start < stop else []


def _find_unknown_groups(catalog: ActorCatalog, norm: Normalized,
                         matches: Iterable[ActorMatch] | None) -> list[tuple[int, int, str]]:
    text = norm.text
    known = [(m.start, m.end) for m in (catalog.find(norm) if matches is None else matches)]
    known_names = catalog._by_exact  # the entries' names (a dict: only ``in`` is used)
    found: list[tuple[int, int, str]] = []
    pos = 0
    starts = _group_starts(text)
    while (match := _search_group(text, starts, pos)) is not None:
        pos = match.start("name")  # an introducer inside the name gets its own turn
        intro, start = match.group("intro"), match.start("intro")
        words = [(match.start("name") + w.start(), match.start("name") + w.end(), w.group())
                 for w in _NAME_WORD.finditer(match.group("name"))]
        before = _last_word(text, match.start())
        if before and (before[0] in _RANK_WORDS or before[0] in _HEADQUARTERS_WORDS
                       or (intro == fold("جبهة") and before[0] in _FRONT_LINE_WORDS)):
            continue
        if words[0][2] in _INTRO_FOLDED:  # "ميليشيا لواء ..." : the inner introducer names the group
            continue
        if not any(ch.isalpha() for ch in words[0][2]):
            continue  # "ما مجموعه 1.6 طن" (in all, 1.6 tonnes), "كتيبة 9232": a number names no group

        if words[0][2].startswith("ل") and intro in _POSSESSIVE_INTROS:  # "مجموعة لهيئة ...": whose group
            continue
        name = _name_words(words, known)
        if not name:
            continue
        end = name[-1][1]
        if any(s < name[0][1] and start < e for s, e in known):  # the catalogue knows this phrase
            continue
        span = norm.span_to_original(start, end)
        english = catalog.normalize_unknown_group(norm.original[span.start:span.end])
        if english and english not in known_names:
            found.append((start, end, english))
            pos = end
    return found + _latin_unknown_groups(catalog, norm, known, found)


# "Liwa Ahrar Helfaya", "Jaish al-Ummah": a transliterated head word and one to three capitalised
# or "al-" words; the towns such names often hold are then no event places.
_LATIN_HEADS = ("Liwa", "Liwaa", "Jaish", "Jaysh", "Katibat", "Kataib", "Harakat", "Jabhat", "Saraya", "Faylaq",
                "Tajammu", "Firqat")
_LATIN_NAMED_GROUP = re.compile(
    r"\b(?:" + "|".join(_LATIN_HEADS) + r")"
    r"(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]*|\s+(?:al|el)-[\w'’-]+){1,3}"
)
# A head word anywhere: the search for these alone skips text quickly (it starts with letters, not
# with "\b"), and a text without any (most texts: they are Arabic) has no match of the pattern.
_LATIN_HEAD = re.compile("|".join(_LATIN_HEADS))


def _latin_unknown_groups(catalog: ActorCatalog, norm: Normalized, known: list[tuple[int, int]],
                          taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if not _LATIN_HEAD.search(norm.original):
        return found
    for match in _LATIN_NAMED_GROUP.finditer(norm.original):
        start, end = bisect_left(norm.offsets, match.start()), bisect_left(norm.offsets, match.end() - 1) + 1
        if any(s < end and start < e for s, e in known) or any(s < end and start < e for s, e, _ in taken):
            continue
        english = catalog.normalize_unknown_group(match.group())
        if english and english not in catalog._by_exact:
            found.append((start, end, english))
    return found


def _group_starts(text: str) -> list[int]:
    """Every offset where ``NAMED_GROUP_PATTERN`` may match: an introducer there or after
    a proclitic of one or two letters (``str.find`` looks for them faster than the pattern)."""
    starts: set[int] = set()
    for intro in _INTRO_WORDS:
        at = text.find(intro)
        while at != -1:
            starts.update((at, at - 1, at - 2))
            at = text.find(intro, at + 1)
    return sorted(at for at in starts if at >= 0)


def _search_group(text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """``NAMED_GROUP_PATTERN.search(text, pos)``, tried only where it may match."""
    for start in starts[bisect_left(starts, pos):]:
        match = NAMED_GROUP_PATTERN.match(text, start)
        if match is not None:
            return match
    return None


def _looks_like_adjective(word: str) -> bool:
    """An indefinite nisba adjective or a word with a possessive suffix ("مسؤوليتها")."""
    if word.startswith("ال") or word in _NAMES_LIKE_ADJECTIVES or word in _NAME_HEADS:
        return False
    return (word.endswith("يه") and len(word) >= 4) or (word.endswith("ي") and len(word) >= 5) \
        or (len(word) >= 5 and word.endswith(("تها", "تهم", "يها", "يهم")))


def _continues_name(prev: str, word: str) -> bool:
    """Whether ``word`` goes on the name that has ``prev`` as its last word so far.

    After a particle ("أبو", "بن", "الإمام") any word does; after a number nothing does.
    After a word without the article (a noun in the construct state, "أسود الحسين")
    a word with the article does, and after a head word ("أحرار حوران") one without it;
    a sound plural ("فاطميون") takes no genitive. After a word with the article only an
    adjective ("الفاروق الإسلامية", "نور الدين الزنكي") does: in "هاجمت ميليشيا القاطرجي
    الحاجز" the next word is the verb's object.
    """
    if prev in _NAME_CONNECTORS or prev in _NAME_TITLES:
        return True
    if word in _NAME_CONJUNCTS or word in _NAME_CONNECTORS or word in _NAME_TAILS:
        return True
    if prev.isdigit() or word.isdigit():
        return False
    if not prev.startswith("ال"):
        if prev.endswith("ون") and len(prev) >= 5:
            return False
        return word.startswith("ال") or prev in _NAME_HEADS
    return word.startswith("ال") and word not in _NOT_ADJECTIVES and (
        (word.endswith("يه") and len(word) >= 6) or (word.endswith("ي") and len(word) >= 5))


def _name_words(words: list[tuple[int, int, str]], known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words of a group's name after its introducer (empty when it is not a name)."""
    name: list[tuple[int, int, str]] = []
    for start, end, word in words:
        if len(name) == _MAX_NAME_WORDS:
            break
        prev = name[-1][2] if name else None
        after_particle = prev in _NAME_CONNECTORS or prev in _NAME_TITLES
        if word in _NAME_STOP and not (after_particle and word == fold("علي")):
            break
        if word.startswith(_CLITIC_ARTICLE) and word not in _NAME_TAILS:
            break
        if name and any(s < end and start < e for s, e in known):  # a word the catalogue knows
            break
        if prev is None:
            if word in _GENERIC_HEADS or _looks_like_adjective(word):
                return []
        elif not _continues_name(prev, word):
            break
        name.append((start, end, word))
    while name and name[-1][2] in _NAME_CONNECTORS:
        name.pop()
    return name


def _strip_clitic(word: str) -> str:
    if word in _INTRO_FOLDED or word == "اللواء":
        return word
    for clitic in _CLITICS:
        rest = word[len(clitic):]
        if word.startswith(clitic) and (rest in _INTRO_FOLDED or rest == "اللواء"):
            return rest
    if word.startswith("لل") and "ال" + word[2:] in _INTRO_FOLDED:
        return "ال" + word[2:]
    return word


def _unknown_group(catalog: ActorCatalog, surface: str) -> str | None:
    text = " ".join(re.sub("[\"'«»“”„‘’`()\\[\\]،,:;.!?؟]", " ", surface or "").split())
    if not text:
        return None
    if text.isascii():
        known = catalog.by_name(text) or catalog.lookup(text)
        if known is not None:
            return None if known.generic else known.name
        if not _LATIN_GROUP.search(text):
            return None
        text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
        return text[:1].upper() + text[1:]
    words = text.split()
    folded = [_strip_clitic(fold(w)) for w in words]
    for i, word in enumerate(folded):
        intro = word[2:] if word.startswith("ال") and word[2:] in _INTRO_FOLDED else word
        if intro not in _INTRO_FOLDED and word != "اللواء":
            continue
        name_words: list[str] = []
        for original, f in zip(words[i + 1:], folded[i + 1:]):
            after_particle = bool(name_words) and fold(name_words[-1]) in _NAME_CONNECTORS | _NAME_TITLES
            if (f in _STOP and not (after_particle and f == fold("علي"))) or len(name_words) >= 4:
                break
            name_words.append(original)
        if not name_words:
            return None
        known = _known(catalog, " ".join([words[i]] + name_words))
        if known is not None:
            return None if known.generic else known.name
        known = _known(catalog, " ".join(name_words))
        if known is not None and known.generic:
            return None
        first = fold(name_words[0])
        if first in _GENERIC_HEADS:
            return None
        if intro == "لواء" or word == "اللواء":
            if first in _PERSONAL or (word == "اللواء" and not first.startswith("ال")):
                return None  # a rank before a person's name: "اللواء محمد ..."
        name = romanize_group(_INTRO_FOLDED.get(intro, "لواء"), " ".join(name_words))
        return name or None
    return None


def _known(catalog: ActorCatalog, phrase: str) -> ActorEntry | None:
    """The catalogue entry a phrase names when an alias covers most of it."""
    norm = normalize(phrase)
    best: ActorMatch | None = None
    for m in catalog.find(norm, weak=False):
        if best is None or (m.end - m.start) > (best.end - best.start):
            best = m
    if best is None:
        return None
    return best.entry if (best.end - best.start) * 2 >= len(norm.text) else None


@lru_cache(maxsize=1)
def default_catalog() -> ActorCatalog:
    """The packaged catalogue, loaded once per process."""
    return ActorCatalog.load()


def normalize_unknown_group(surface: str, catalog: ActorCatalog | None = None) -> str | None:
    """``ActorCatalog.normalize_unknown_group`` on ``catalog`` (default: the packaged one)."""
    return (catalog or default_catalog()).normalize_unknown_group(surface)
