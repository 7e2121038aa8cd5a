"""Ranking of homonymous place candidates: which of the places called X is meant.

Owns ``rank`` and its features, each a small pure function of one ``Place`` (and the
context), so that other stages can reuse or reweigh them. The order is: a district
named in the context, then a governorate named in the context, then Syria before other
countries (``prefer_syria``; a foreign city of 100,000 or more counts as Syrian here, so
"صيدا" is Sidon rather than a Syrian village), then importance (governorate, region,
then settlements and sites by population with a floor per kind; the town that is the
seat of a district or sub-district outranks that unit), then kind, then id.
No I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rasid.model import Place
from rasid.text.normalize import fold

# Importance floor per kind: governorates first, then the Syrian Badia, then sites and
# admin units that are named after their own town; settlements rank by population.
KIND_FLOOR: dict[str, int] = {
    "governorate": 10_000_000,
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
        "governorate", "region", "community", "town", "district", "subdistrict", "neighbourhood",
        "camp", "airport", "base", "oilfield", "crossing", "dam", "road", "desert", "prison", "site",
    ))
}


def _folded(names: Collection[str]) -> frozenset[str]:
    return frozenset(fold(n).strip() for n in names if n)


def admin2_match(place: Place, context_admin2: Collection[str]) -> bool:
    """The place lies in (or is) a district named in the context."""
    return bool(place.admin2) and fold(place.admin2 or "").strip() in _folded(context_admin2)


def admin1_match(place: Place, context_admin1: Collection[str]) -> bool:
    """The place lies in (or is) a governorate named in the context."""
    return bool(place.admin1) and fold(place.admin1 or "").strip() in _folded(context_admin1)


def in_syria(place: Place) -> bool:
    return place.country == "Syria"


def major_city(place: Place) -> bool:
    """A city of 100,000 or more: outranks Syrian villages of the same name (صيدا، كربلاء)."""
    return place.population >= MAJOR_CITY


def admin_seat(place: Place) -> bool:
    """A community or town named like its own district or sub-district (its seat)."""
    if place.kind not in ("community", "town"):
        return False
    name = fold(place.name_en).strip()
    return bool(name) and name in {fold(place.admin2 or "").strip(), fold(place.admin3 or "").strip()}


def importance(place: Place) -> int:
    """Governorate > region > everything else by max(population, floor of its kind or seat)."""
    floor = SEAT_FLOOR if admin_seat(place) else KIND_FLOOR.get(place.kind, 0)
    return max(place.population, floor)


def kind_order(place: Place) -> int:
    return KIND_ORDER.get(place.kind, len(KIND_ORDER))


def rank(
    candidates: Sequence[Place],
    context_admin1: Collection[str] = (),
    context_admin2: Collection[str] = (),
    prefer_syria: bool = True,
) -> list[Place]:
    """The candidates, best first (see module docstring). Pure: no gazetteer needed."""
    ctx1, ctx2 = _folded(context_admin1), _folded(context_admin2)

    def key(place: Place) -> tuple[bool, bool, bool, int, int, str]:
        return (
            not admin2_match(place, ctx2),
            not admin1_match(place, ctx1),
            prefer_syria and not in_syria(place) and not major_city(place),
            -importance(place),
            kind_order(place),
            place.place_id,
        )

    return sorted(dict.fromkeys(candidates), key=key)
