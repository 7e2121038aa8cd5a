"""The gazetteer index: places loaded from the bundled TSV and found by name in text.

Owns ``Gazetteer`` (load ``places.tsv``; ``find`` place names in a ``Normalized`` text
with the clitic-aware ``PhraseMatcher``; look places up by id, governorate, province
abroad or country, by consonant skeleton (``by_skeleton``), or as one of a governorate's
settlements by a spelling no list has (``settlement_in``);
``admin1_of_point`` / ``admin2_of_point`` by pure-python ray casting on the bundled,
simplified OCHA polygons), ``PlaceMatch`` and ``default_gazetteer()``.

Data format (see ``scripts/build_gazetteer.py`` for how it is derived): ``places.tsv``
has the columns ``COLUMNS``. The primary name (``name_ar``, or ``name_en`` when there is
no Arabic name) needs a place cue when the row's ``needs_cue`` is 1; the other names
need one when listed in ``aliases`` with a leading ``~``. A name listed several times
for one place needs a cue if any listing says so. A match needs a cue
(``PlaceMatch.needs_cue``) only if it does for every candidate.

A ``Gazetteer`` pickles as a reference to its data (the default data or a path) and
is rebuilt, once per process, when unpickled, so it can be handed to process pools.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rasid.errors import DataError
from rasid.model import Place
from rasid.text.match import PhraseMatcher
from rasid.text.normalize import Normalized, fold
from rasid.text.skeleton import arabic_skeleton, latin_skeleton

COLUMNS: tuple[str, ...] = (
    "place_id", "kind", "name_en", "name_ar", "aliases", "country", "admin1", "admin2",
    "admin3", "pcode", "latitude", "longitude", "population", "precision", "needs_cue",
)
KINDS: tuple[str, ...] = (
    "governorate", "district", "subdistrict", "community", "neighbourhood", "town",
    "region", "desert", "camp", "airport", "base", "oilfield", "crossing", "dam", "road",
    "prison", "site", "country", "province",
)
# Used only when a place did not come from the table (e.g. rebuilt from JSON).
_DEFAULT_PRECISION = {
    "governorate": 3, "region": 3, "district": 2, "subdistrict": 2, "desert": 2, "road": 2,
    "country": 3, "province": 3,
}
CUE_MARK = "~"
_MIN_AREA_SKELETON = 3  # consonants: enough among one governorate's settlements ("rtn": Rityan)
_SETTLEMENT_KINDS = frozenset({"community", "neighbourhood", "town", "city", "village", "camp"})
_MIN_SKELETON = 4  # "slm" fits Salamiyeh and a dozen other names; four consonants mostly one
SNAP_DEG = 0.03  # about 3 km: the bundled polygons are simplified to ~0.005 degree


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place name in a text: [start, end) in FOLDED coordinates of the ``Normalized``
    text (like ``PhraseMatch``), every place the name may denote, and whether it may
    only be taken as a place after a cue (قرية، بلدة، مدينة ... village, town ...)."""

    start: int
    end: int
    candidates: tuple[Place, ...]
    needs_cue: bool


@dataclass(frozen=True, slots=True)
class _Info:
    """What the table says about a place beyond ``Place``."""

    precision: int
    needs_cue: bool
    aliases: tuple[str, ...]


Ring = list[tuple[float, float]]


@dataclass(frozen=True, slots=True)
class _Area:
    """One admin polygon for point-in-polygon: name, bounding box, polygons as rings."""

    admin1: str
    name: str
    bbox: tuple[float, float, float, float]
    polygons: tuple[tuple[Ring, ...], ...]


class Gazetteer:
    """All places of the bundled gazetteer, with a name index over them."""

    def __init__(self, places: Sequence[Place], infos: Sequence[_Info],
                 names: Sequence[Sequence[tuple[str, bool]]], source: Path | None = None) -> None:
        if not len(places) == len(infos) == len(names):
            raise ValueError("places, infos and names must be parallel")
        self.places: tuple[Place, ...] = tuple(places)
        self._infos: tuple[_Info, ...] = tuple(infos)
        self._names = tuple(tuple(n) for n in names)
        self._source = source
        self._index = {p.place_id: i for i, p in enumerate(self.places)}
        if len(self._index) != len(self.places):
            raise DataError("duplicate place_id in the gazetteer")
        self._governorates: dict[str, Place] = {}
        for i, place in enumerate(self.places):
            if place.kind == "governorate":
                for name, _ in self._names[i]:
                    self._governorates.setdefault(fold(name), place)
                if place.admin1:
                    self._governorates[fold(place.admin1)] = place
        listed = {fold(name) for entries in self._names for name, _ in entries}
        self._matcher: PhraseMatcher[tuple[int, bool]] = PhraseMatcher(
            (form, (i, cue)) for i, entries in enumerate(self._names) for form, cue in _forms(entries, listed))
        self._areas: dict[int, tuple[_Area, ...]] = {}
        self._denoted: dict[tuple[tuple[tuple[int, bool], ...], bool], tuple[tuple[Place, ...], bool]] = {}

    # --- loading -------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Load ``places.tsv`` from ``path`` (the file or its folder), or the bundled data."""
        if path is None:
            try:
                text = resources.files("rasid.gazetteer").joinpath("data", "places.tsv").read_text("utf-8")
            except (FileNotFoundError, OSError) as exc:
                raise DataError(f"bundled gazetteer data missing: {exc}") from exc
            source = None
        else:
            path = Path(path)
            file = path / "places.tsv" if path.is_dir() else path
            try:
                text = file.read_text("utf-8")
            except OSError as exc:
                raise DataError(f"cannot read gazetteer {file}: {exc}") from exc
            source = file.resolve()
        places, infos, names = _parse(text)
        return cls(places, infos, names, source)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_restore, (None if self._source is None else str(self._source),))

    # --- lookups -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.places)

    def __repr__(self) -> str:
        where = "bundled" if self._source is None else str(self._source)
        return f"<Gazetteer {len(self.places)} places ({where})>"

    def by_id(self, place_id: str) -> Place:
        """The place with this id; KeyError if there is none."""
        try:
            return self.places[self._index[place_id]]
        except KeyError:
            raise KeyError(f"no place with id {place_id!r}") from None

    def governorate(self, admin1: str) -> Place:
        """The Syrian governorate called ``admin1`` (ACLED English name; other spellings
        and the Arabic name also work); KeyError if there is none."""
        try:
            return self._governorates[fold(admin1).strip()]
        except KeyError:
            raise KeyError(f"no governorate {admin1!r}") from None

    def admin1_names(self) -> tuple[str, ...]:
        """The governorate names (ACLED style), in P-code order (Damascus ... Quneitra)."""
        govs = sorted((p for p in self.places if p.kind == "governorate"), key=lambda p: p.pcode or "")
        return tuple(p.admin1 or p.name_en for p in govs)

    def precision_of(self, place: Place) -> int:
        """ACLED geo-precision of a place: 1 town/site, 2 district/desert/road, 3 governorate,
        province (first-level unit abroad), country or large region."""
        i = self._index.get(place.place_id)
        if i is not None and self.places[i].kind == place.kind:
            return self._infos[i].precision
        return _DEFAULT_PRECISION.get(place.kind, 1)

    def needs_cue(self, place: Place) -> bool:
        """Whether the place's primary names are also ordinary words."""
        i = self._index.get(place.place_id)
        return self._infos[i].needs_cue if i is not None else False

    def aliases(self, place: Place) -> tuple[str, ...]:
        """The extra spellings of a place (without cue marks)."""
        i = self._index.get(place.place_id)
        return self._infos[i].aliases if i is not None else ()

    def names_of(self, place: Place) -> tuple[tuple[str, bool], ...]:
        """Every name of a place with whether it needs a cue."""
        i = self._index.get(place.place_id)
        return self._names[i] if i is not None else ()

    # --- text ------------------------------------------------------------------------

    @property
    def matcher(self) -> PhraseMatcher[tuple[int, bool]]:
        """The matcher of every place name ``find`` uses (to join it to a ``PhraseScan``)."""
        return self._matcher

    def find(self, norm: Normalized, *, countries: bool = False) -> list[PlaceMatch]:
        """Every place name in ``norm`` (longest match wins where names overlap).

        Country names (kind "country": سوريا، العراق، Lebanon ...) are matched but reported
        only with ``countries=True``: a country is never an event location, and extraction
        reads country names as cues of its own. A longest match that names only a country
        ("لبنان") is dropped, not replaced by a shorter name inside it ("بنان")."""
        out: list[PlaceMatch] = []
        for match in self._matcher.find(norm):
            # the places a name denotes are worked out once per name (its payloads) and kept
            key = (match.payloads, countries)
            found = self._denoted.get(key)
            if found is None:
                found = self._denoted[key] = self._places_of(match.payloads, countries)
            if found[0]:
                out.append(PlaceMatch(match.start, match.end, found[0], found[1]))
        return out

    def _places_of(self, payloads: tuple[tuple[int, bool], ...], countries: bool) -> tuple[tuple[Place, ...], bool]:
        """The candidates of a name's payloads and whether the name needs a cue (see ``find``)."""
        cue_of: dict[int, bool] = {}
        for i, cue in payloads:
            if countries or self.places[i].kind != "country":
                cue_of[i] = cue_of.get(i, False) or cue
        return tuple(self.places[i] for i in cue_of), all(cue_of.values())

    def country(self, name: str) -> Place:
        """The country row called ``name`` (English or Arabic: "Iraq", "العراق"); KeyError if none."""
        for place in self.lookup(name):
            if place.kind == "country":
                return place
        raise KeyError(f"no country {name!r}")

    def province(self, admin1: str, country: str | None = None) -> Place:
        """The first-level division abroad (kind "province") whose ``admin1`` or name is
        ``admin1`` ("Anbar", "الأنبار", "Hatay"), optionally in ``country``; KeyError if none."""
        key = fold(admin1).strip()
        for place in self.places:
            if place.kind == "province" and (country is None or place.country == country) and \
                    key in (fold(place.admin1 or "").strip(), fold(place.name_en).strip(), fold(place.name_ar).strip()):
                return place
        for place in self.lookup(admin1):
            if place.kind == "province" and (country is None or place.country == country):
                return place
        raise KeyError(f"no province {admin1!r}")

    def warm(self) -> Gazetteer:
        """Build now the skeleton indexes the first lookup by skeleton would build (all: each
        is made from the one before)."""
        getattr(self, "_joined_prefixes")
        return self

    @functools.cached_property
    def _all_skeletons(self) -> dict[str, tuple[int, ...]]:
        """Every skeleton of every place's names, short ones too."""
        index: dict[str, list[int]] = {}
        for i, place in enumerate(self.places):
            if place.kind == "country":
                continue
            keys = set()
            for name, _ in self._names[i]:
                keys.add(_skeleton_of(name))
            for key in keys:
                if key:
                    index.setdefault(key, []).append(i)
        return {key: tuple(ids) for key, ids in index.items()}

    @functools.cached_property
    def _skeletons(self) -> dict[str, tuple[int, ...]]:
        return {key: ids for key, ids in self._all_skeletons.items() if len(key.replace(" ", "")) >= _MIN_SKELETON}

    def settlement_in(self, name: str, admin1: str | None, kinds: frozenset[str] = _SETTLEMENT_KINDS) -> Place | None:
        """The one settlement of governorate ``admin1`` whose name, in any spelling or script,
        has the consonant skeleton of ``name`` ("Kefraya" → Kafriya, "ذبيان" → ذيبان); None if
        there is none or more than one. Within one governorate a short skeleton tells enough.
        ``kinds`` narrows the settlements (a city's quarters, for "al-Qusour neighborhood")."""
        key = _skeleton_of(name)
        if admin1 is None or len(key.replace(" ", "")) < _MIN_AREA_SKELETON:
            return None
        found = {i for i in self._all_skeletons.get(key, ())
                 if self.places[i].admin1 == admin1 and self.places[i].kind in kinds}
        return self.places[found.pop()] if len(found) == 1 else None

    def by_skeleton(self, latin_name: str) -> tuple[Place, ...]:
        """Places whose name, in any spelling or in Arabic, has the consonant skeleton of
        ``latin_name`` ("Kanasba" → Kansaba / كنسبا); empty for skeletons too short to tell."""
        key = latin_skeleton(latin_name)
        joined = key.replace(" ", "")
        if len(joined) < _MIN_SKELETON:
            return ()
        found = self._skeletons.get(key, ())
        if not found:
            # "Kafr Sajna" for Kafrsajna, "Tlajabin" for Tal Jabin: a name's prefix written joined
            # in one spelling and apart in the other (only those words: "Almehemdiya" is no "Lala Mohammed")
            if joined == key:
                found = self._joined_prefixes.get(key, ())
            elif key.partition(" ")[0] in _PREFIX_SKELETONS:
                found = self._skeletons.get(joined, ())
        return tuple(self.places[i] for i in found)

    @functools.cached_property
    def _joined_prefixes(self) -> dict[str, tuple[int, ...]]:
        """The skeletons of names that begin with a word like Tal or Kafr, that word joined to the rest."""
        index: dict[str, tuple[int, ...]] = {}
        for key, ids in self._skeletons.items():
            first, _, rest = key.partition(" ")
            if rest and first in _PREFIX_SKELETONS:
                joined = key.replace(" ", "")
                index[joined] = tuple(dict.fromkeys((*index.get(joined, ()), *ids)))
        return index

    def lookup(self, name: str) -> tuple[Place, ...]:
        """The places exactly called ``name`` (any spelling), in table order."""
        seen = dict.fromkeys(i for i, _ in self._matcher.payloads(name))
        return tuple(self.places[i] for i in seen)

    # --- points ----------------------------------------------------------------------

    def admin1_of_point(self, lat: float, lon: float, snap: float = SNAP_DEG) -> str | None:
        """The governorate (ACLED name) containing the point, or None outside Syria.

        Points within ``snap`` degrees of a governorate (a shore or border the simplified
        polygons cut) count as inside the nearest one."""
        area = _locate(self._polygons(1), lat, lon, snap)
        return area.admin1 if area else None

    def admin2_of_point(self, lat: float, lon: float, snap: float = SNAP_DEG) -> str | None:
        """The district (OCHA name) containing the point, or None outside Syria."""
        area = _locate(self._polygons(2), lat, lon, snap)
        return area.name if area else None

    def _polygons(self, level: int) -> tuple[_Area, ...]:
        if level not in self._areas:
            name = f"admin{level}.geojson"
            try:
                if self._source is None:
                    raw = resources.files("rasid.gazetteer").joinpath("data", name).read_text("utf-8")
                else:
                    raw = (self._source.parent / name).read_text("utf-8")
            except OSError as exc:
                raise DataError(f"gazetteer polygons {name} missing: {exc}") from exc
            self._areas[level] = _parse_areas(raw, level)
        return self._areas[level]


# --- module functions --------------------------------------------------------------------


_ARTICLES = ("al-", "al ", "el-", "el ", "as-", "ash-", "ad-", "ar-", "az-", "at-", "an-", "the ")


def _forms(entries: Sequence[tuple[str, bool]], listed: set[str]) -> list[tuple[str, bool]]:
    """A place's names and their forms with the article. An Arabic name takes the article only
    where no place is listed under that form (the listed homonyms rank better), and then counts
    only after a word like "بلدة" ("الحرية" is freedom)."""
    out = list(entries)
    own = {fold(name) for name, _ in entries}
    for name, cue in entries:
        for form in _with_article(name)[1:]:
            key = fold(form)
            if key in own or (not form[:1].isascii() and key in listed):
                continue
            own.add(key)
            out.append((form, cue or not form[:1].isascii()))
    return out


_AR_ARTICLE_MIN = 4  # letters: "الفطيرة" for "فطيرة", but no article on short names that are common words


def _with_article(name: str) -> tuple[str, ...]:
    """A name and its form with the article: news writes "al-Zahraa" where a table has "Zahraa",
    "الفطيرة" where it has "فطيرة"."""
    if name[:1].isascii():
        if not name[:1].isalpha() or name.lower().startswith(_ARTICLES):
            return (name,)
        return (name, f"al-{name}")
    if " " in name or name.startswith("ال") or len(name) < _AR_ARTICLE_MIN:
        return (name,)
    return (name, f"ال{name}")


# Tal/Tell, Kafr, Deir, Ain, Beit, Khirbet, Jisr, Ras, Umm/Um: words many names begin with
_PREFIX_SKELETONS = frozenset({"tl", "kfr", "dr", "n", "bt", "xrbt", "jsr", "rs", "m"})


def _skeleton_of(name: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in name):
        return arabic_skeleton(fold(name))
    return latin_skeleton(name)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer.load()


@functools.lru_cache(maxsize=4)
def _load_path(path: str) -> Gazetteer:
    return Gazetteer.load(Path(path))


def _restore(path: str | None) -> Gazetteer:
    """Unpickling: the (cached) gazetteer of the same data."""
    return default_gazetteer() if path is None else _load_path(path)


def _parse(text: str) -> tuple[list[Place], list[_Info], list[list[tuple[str, bool]]]]:
    lines = text.splitlines()
    if not lines:
        raise DataError("gazetteer table is empty")
    header = lines[0].split("\t")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DataError(f"gazetteer table lacks columns {missing}")
    col = {name: header.index(name) for name in COLUMNS}
    places: list[Place] = []
    infos: list[_Info] = []
    names: list[list[tuple[str, bool]]] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        f = line.split("\t")
        if len(f) < len(header):
            raise DataError(f"gazetteer line {number}: {len(f)} fields, expected {len(header)}")
        try:
            place = Place(
                place_id=f[col["place_id"]],
                name_en=f[col["name_en"]],
                name_ar=f[col["name_ar"]],
                kind=f[col["kind"]],
                country=f[col["country"]] or "Syria",
                admin1=f[col["admin1"]] or None,
                admin2=f[col["admin2"]] or None,
                admin3=f[col["admin3"]] or None,
                pcode=f[col["pcode"]] or None,
                latitude=float(f[col["latitude"]]) if f[col["latitude"]] else None,
                longitude=float(f[col["longitude"]]) if f[col["longitude"]] else None,
                population=int(f[col["population"]] or 0),
            )
            precision = int(f[col["precision"]] or 1)
            cue = f[col["needs_cue"]] == "1"
        except ValueError as exc:
            raise DataError(f"gazetteer line {number}: {exc}") from exc
        entries = [(place.name_ar or place.name_en, cue)]
        raw_aliases = f[col["aliases"]].split("|")
        if place.name_ar and place.name_en and CUE_MARK + place.name_en not in raw_aliases:
            entries.append((place.name_en, False))  # its own flag, if any, is a "~" alias
        aliases: list[str] = []
        for raw in raw_aliases:
            if not raw:
                continue
            marked = raw.startswith(CUE_MARK)
            alias = raw[1:] if marked else raw
            entries.append((alias, marked))
            if alias not in aliases and alias not in (place.name_ar, place.name_en):
                aliases.append(alias)
        places.append(place)
        infos.append(_Info(precision, cue, tuple(aliases)))
        names.append(entries)
    return places, infos, names


def _parse_areas(raw: str, level: int) -> tuple[_Area, ...]:
    try:
        features = json.loads(raw)["features"]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"bad admin{level} polygons: {exc}") from exc
    areas: list[_Area] = []
    for feature in features:
        props, geom = feature["properties"], feature["geometry"]
        parts = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        polygons = tuple(tuple([(float(x), float(y)) for x, y, *_ in ring] for ring in part) for part in parts)
        xs = [x for poly in polygons for ring in poly for x, _ in ring]
        ys = [y for poly in polygons for ring in poly for _, y in ring]
        name = props.get("admin2" if level == 2 else "admin1", "")
        areas.append(_Area(props.get("admin1", ""), name, (min(xs), min(ys), max(xs), max(ys)), polygons))
    return tuple(areas)


def _locate(areas: Iterable[_Area], lat: float, lon: float, snap: float = 0.0) -> _Area | None:
    """The area containing (lon, lat); else the nearest within ``snap`` degrees."""
    near: list[_Area] = []
    for area in areas:
        x0, y0, x1, y1 = area.bbox
        if not (x0 - snap <= lon <= x1 + snap and y0 - snap <= lat <= y1 + snap):
            continue
        if x0 <= lon <= x1 and y0 <= lat <= y1 and any(_inside(lon, lat, rings) for rings in area.polygons):
            return area
        near.append(area)
    best, best_d = None, snap
    for area in near:
        d = min(_ring_distance(lon, lat, ring) for rings in area.polygons for ring in rings)
        if d <= best_d:
            best, best_d = area, d
    return best


def _ring_distance(x: float, y: float, ring: Ring) -> float:
    """Distance (in degrees, planar) from a point to a ring's edges."""
    best = float("inf")
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
        px, py = x1 + t * dx - x, y1 + t * dy - y
        best = min(best, px * px + py * py)
    return best ** 0.5


def _inside(x: float, y: float, rings: Sequence[Ring]) -> bool:
    """Even-odd ray casting over a polygon's rings (outer ring and holes)."""
    inside = False
    for ring in rings:
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside
