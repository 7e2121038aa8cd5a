"""Ranking of homonymous place candidates: which of the places called X is meant.

Owns ``rank`` and its features, each a small pure function of one ``Place`` (and the
context), so that other stages can reuse or reweigh them. The order is: a district
named in the context, then a governorate named in the context, then Syria before other
countries (``prefer_syria``; a foreign city of 100,000 or more, a country or a
first-level province abroad counts as Syrian here, so "صيدا" is Sidon rather than a
Syrian village and "الأنبار" the Iraqi province), then importance (country, governorate
or province, region, then settlements and sites by population with a floor per kind;
the town that is the seat of a district or sub-district outranks that unit, whether its
English name says so or the unit is among the candidates), then kind, then whether the
matched name (``name=``, optional) is the place's own name rather than an alias, then id.
No I/O.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from rasid.model import Place
from rasid.text.normalize import fold
from rasid.text.skeleton import latin_skeleton

# Importance floor per kind: countries, then governorates and provinces abroad, then the
# Syrian Badia, then sites and admin units that are named after their own town;
# settlements rank by population.
KIND_FLOOR: dict[str, int] = {
    "country": 20_000_000,
    "governorate": 10_000_000,
    "province": 10_000_000,
    "region": 5_000_000,
    "airport": 30_000, "base": 30_000, "camp": 30_000, "crossing": 30_000, "dam": 30_000,
    "oilfield": 30_000, "prison": 30_000, "site": 30_000,
    "road": 25_000,
    "desert": 15_000,
    "district": 15_000,
    "subdistrict": 10_000,
}
# A town that is the seat of its district or sub-district (same name) outranks the unit.
SEAT_FLOOR = 20_000
MAJOR_CITY = 100_000
# Tie-break between kinds of equal importance (lower first).
KIND_ORDER: dict[str, int] = {
    kind: i for i, kind in enumerate((
        "country", "governorate", "province", "region", "community", "town", "district", "subdistrict", "neighbourhood",
        "camp", "airport", "base", "oilfield", "crossing", "dam", "road", "desert", "prison", "site",
    ))
}


def _folded(names: Collection[str]) -> frozenset[str]:
    return frozenset(fold(n).strip() for n in names if n)


def _named_in(admin: str | None, folded: frozenset[str]) -> bool:
    return bool(admin) and fold(admin or "").strip() in folded


def admin2_match(place: Place, context_admin2: Collection[str]) -> bool:
    """The place lies in (or is) a district named in the context."""
    return _named_in(place.admin2, _folded(context_admin2))


def admin1_match(place: Place, context_admin1: Collection[str]) -> bool:
    """The place lies in (or is) a governorate named in the context."""
    return _named_in(place.admin1, _folded(context_admin1))


def in_syria(place: Place) -> bool:
    return place.country == "Syria"


def major_city(place: Place) -> bool:
    """A city of 100,000 or more: outranks Syrian villages of the same name (صيدا، كربلاء)."""
    return place.population >= MAJOR_CITY


def major_place(place: Place) -> bool:
    """A major city, a country or a first-level province abroad: not demoted by ``prefer_syria``."""
    return major_city(place) or place.kind in ("country", "province")


def seat_among(place: Place, candidates: Sequence[Place]) -> bool:
    """A community or town that lies in a district or sub-district of the same name that is
    also a candidate (the candidates share the matched name): the unit's seat, however
    the English names are spelled ("Kassab" in "Kisreh")."""
    if place.kind not in ("community", "town") or not place.admin1:
        return False
    for unit in candidates:
        if unit.admin1 != place.admin1:
            continue
        if unit.kind == "subdistrict" and unit.admin3 and unit.admin3 == place.admin3 and unit.admin2 == place.admin2:
            return True
        if unit.kind == "district" and unit.admin2 and unit.admin2 == place.admin2:
            return True
    return False


def exact_name(place: Place, name: str | None) -> bool:
    """The matched name is the place's own (Arabic or English) name, not one of its aliases."""
    if not name:
        return False
    key = fold(name).strip()
    return bool(key) and key in (fold(place.name_ar).strip(), fold(place.name_en).strip())


def admin_seat(place: Place) -> bool:
    """A community or town named like its own district or sub-district (its seat)."""
    if place.kind not in ("community", "town"):
        return False
    # compared by consonant skeleton: a town's news spelling ("Azaz") and its district's
    # OCHA spelling ("A'zaz") are one name
    name = latin_skeleton(place.name_en)
    return bool(name) and name in {latin_skeleton(place.admin2 or ""), latin_skeleton(place.admin3 or "")}


def importance(place: Place, seat: bool | None = None) -> int:
    """Country > governorate/province > region > everything else by max(population, floor
    of its kind or seat). ``seat``: whether the place counts as a seat (default: ``admin_seat``)."""
    if seat is None:
        seat = admin_seat(place)
    floor = SEAT_FLOOR if seat else KIND_FLOOR.get(place.kind, 0)
    return max(place.population, floor)


def counts_as_seat(place: Place, candidates: Sequence[Place], name: str | None = None) -> bool:
    """Whether ``importance`` gives the place the seat floor: it is the seat of a unit among
    the candidates, or its English name is its unit's and the text names it by its own name
    (a seat matched through an alias of another village is no seat for that name)."""
    if seat_among(place, candidates):
        return True
    return admin_seat(place) and (name is None or exact_name(place, name))


def kind_order(place: Place) -> int:
    return KIND_ORDER.get(place.kind, len(KIND_ORDER))


def rank(
    candidates: Sequence[Place],
    context_admin1: Collection[str] = (),
    context_admin2: Collection[str] = (),
    prefer_syria: bool = True,
    *,
    name: str | None = None,
    document_admin1: Collection[str] = (),
) -> list[Place]:
    """The candidates, best first (see module docstring). Pure: no gazetteer needed.

    ``name``: the name as matched in the text (optional): a place whose own name it is
    ranks before one that only has it as an alias, other things being equal, and a seat
    matched through an alias is no seat (``counts_as_seat``). ``document_admin1``: the
    governorates the rest of the text is about, which count after those of ``context_admin1``
    (the places around the name)."""
    # admin2_match and admin1_match against the folded context, folded once for all candidates
    ctx1, ctx2 = _folded(_folded(context_admin1)), _folded(_folded(context_admin2))
    ctx_doc = _folded(_folded(document_admin1))
    unique = list(dict.fromkeys(candidates))
    seats = {p.place_id for p in unique if counts_as_seat(p, unique, name)}

    def key(place: Place) -> tuple[bool, bool, bool, bool, int, int, bool, str]:
        return (
            not _named_in(place.admin2, ctx2),
            not _named_in(place.admin1, ctx1),
            not _named_in(place.admin1, ctx_doc),
            prefer_syria and not in_syria(place) and not major_place(place),
            -importance(place, place.place_id in seats),
            kind_order(place),
            not exact_name(place, name),
            place.place_id,
        )

    return sorted(unique, key=key)


_EARTH_RADIUS_KM = 6371.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    phi1, lam1, phi2, lam2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin((lam2 - lam1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def places_km(a: Place, b: Place) -> float | None:
    """Kilometres between two places, or None when either has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
