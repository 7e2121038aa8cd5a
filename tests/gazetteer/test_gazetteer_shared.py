"""Coverage against the source tables in ../shared (skipped where ../shared is absent)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rasid.gazetteer import Gazetteer, default_gazetteer
from rasid.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GAZ = SHARED / "data" / "gazetteer"
COMMUNITIES = GAZ / "syria-communities-ocha-2015" / "syr_communities_admin4_2015.csv"
ADMIN3 = GAZ / "syria-admin-ocha" / "tables" / "syr_admin3.csv"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not COMMUNITIES.exists(), reason="../shared is not available"),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def found_ids(gaz: Gazetteer, text: str) -> set[str]:
    return {p.place_id for m in gaz.find(normalize(text)) for p in m.candidates}


def test_every_ocha_community_is_found_by_its_arabic_name(gaz: Gazetteer) -> None:
    rows = [r for r in read(COMMUNITIES) if r["name_ar_truncated"] != "True"]
    assert len(rows) > 5200
    missed = [(r["PCODE"], r["NAME_ARA"]) for r in rows if r["PCODE"] not in found_ids(gaz, r["NAME_ARA"])]
    assert missed == []


def test_every_subdistrict_is_found_by_its_arabic_name(gaz: Gazetteer) -> None:
    missed = []
    for r in read(ADMIN3):
        name = re.sub(r"^مركز\s*", "", r["adm3_name1"]).strip()
        if r["adm3_pcode"] not in found_ids(gaz, name):
            missed.append((r["adm3_pcode"], name))
    assert missed == []


def test_community_admin_codes_match_the_source(gaz: Gazetteer) -> None:
    source = {r["PCODE"]: r for r in read(COMMUNITIES)}
    admin1 = {"SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
              "SY05": "Hama", "SY06": "Latakia", "SY07": "Idlib", "SY08": "Hasakah",
              "SY09": "Deir ez-Zor", "SY10": "Tartus", "SY11": "Raqqa", "SY12": "Daraa",
              "SY13": "Suwayda", "SY14": "Quneitra"}
    wrong = [code for code, r in source.items()
             if gaz.by_id(code).admin1 != admin1[r["ADMIN1_COD"]]]
    assert len(wrong) < 30  # a few 2015 points lie across the 2020 boundaries
