"""Resolution of every OCHA community named in a sentence with its governorate.

For each of the 5,251 communities of ``../shared`` (OCHA 2015 admin4 points) the test
writes "<Arabic name> في محافظة <governorate>", finds the place names in it, takes the
match that opens the sentence (the community's name, or the first part of a name such
as "X_Y" or "X - <district>"), ranks its candidates with the governorate as context and
checks that the best one is the community itself (a district that OCHA's name adds,
"X - <district>", is context as well). Skipped where ../shared is absent.

Known misses (about 1%): a community named like its governorate ("حلب في محافظة حلب":
the governorate ranks first by design), two villages of one name in one governorate
that nothing in the sentence tells apart, and a village whose name is also the name of
a site named after it (حميميم: the airbase).
"""

from __future__ import annotations

import collections
import csv
from pathlib import Path

import pytest

from rasid.gazetteer import Gazetteer, PlaceMatch, default_gazetteer, rank
from rasid.model import Place
from rasid.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
COMMUNITIES = SHARED / "data" / "gazetteer" / "syria-communities-ocha-2015" / "syr_communities_admin4_2015.csv"
ADMIN1 = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
    "SY06": "Latakia", "SY07": "Idlib", "SY08": "Hasakah", "SY09": "Deir ez-Zor", "SY10": "Tartus",
    "SY11": "Raqqa", "SY12": "Daraa", "SY13": "Suwayda", "SY14": "Quneitra",
}
MIN_RATE = 0.98

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not COMMUNITIES.exists(), reason="../shared is not available"),
]


def sentence(name_ar: str, governorate_ar: str) -> str:
    return f"{name_ar} في محافظة {governorate_ar}"


def opening_match(matches: list[PlaceMatch], name_end: int) -> PlaceMatch | None:
    """The match for the community's name: the earliest one inside it, the longest of those."""
    inside = [m for m in matches if m.start < name_end]
    return min(inside, key=lambda m: (m.start, -m.end)) if inside else None


def category(own: Place, best: Place, candidates: tuple[Place, ...], admin1: str) -> str:
    if own not in candidates:
        return "community not among the candidates"
    if own.admin1 != admin1:
        return "community's point lies in another governorate"
    if best.kind == "governorate":
        return "name of its governorate (governorate ranks first)"
    if best.kind == own.kind and best.admin1 == own.admin1:
        return "homonym in the same governorate"
    return f"{best.kind} of the same name ranks first"


def test_communities_resolve_to_themselves(gaz: Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    with COMMUNITIES.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5251
    right = 0
    misses: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for row in rows:
        admin1 = ADMIN1[row["ADMIN1_COD"]]
        norm = normalize(sentence(row["NAME_ARA"], gaz.governorate(admin1).name_ar))
        matches = gaz.find(norm)
        match = opening_match(matches, len(normalize(row["NAME_ARA"]).text))
        if match is None:
            misses["name not found"] += 1
            continue
        # a district named elsewhere in the sentence ("الحجلية - جرابلس") is context too,
        # as for extraction's nearby places
        name = norm.text[match.start:match.end]
        admin2 = [p.admin2 or "" for m in matches
                  if norm.text[m.start:m.end] != name and all(p.kind != "governorate" for p in m.candidates)
                  for p in m.candidates if p.kind == "district"]
        best = rank(match.candidates, context_admin1=[admin1], context_admin2=admin2, name=name)[0]
        if best.place_id == row["PCODE"]:
            right += 1
            continue
        why = category(gaz.by_id(row["PCODE"]), best, match.candidates, admin1)
        misses[why] += 1
        examples[why].append(f"{row['PCODE']} {row['NAME_ARA']} -> {best.place_id} {best.name_ar}")
    rate = right / len(rows)
    with capsys.disabled():
        print(f"\ncommunity resolution: {right}/{len(rows)} = {rate:.2%}; misses: {dict(misses)}")
    detail = {why: examples[why][:5] for why in misses}
    assert rate >= MIN_RATE, f"{rate:.2%} < {MIN_RATE:.0%}: {detail}"
    assert misses["name not found"] == 0


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()
