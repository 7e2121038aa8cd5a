"""The bundled gazetteer files: shape, sizes and internal consistency."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from rasid.gazetteer import Gazetteer, default_gazetteer
from rasid.gazetteer.index import COLUMNS, KINDS

DATA = resources.files("rasid.gazetteer").joinpath("data")
ADMIN1 = {
    "Aleppo", "Hasakah", "Raqqa", "Deir ez-Zor", "Idlib", "Latakia", "Tartus", "Hama", "Homs",
    "Damascus", "Rural Damascus", "Daraa", "Suwayda", "Quneitra",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def test_files_exist_and_are_compact() -> None:
    sizes = {name: len(DATA.joinpath(name).read_bytes()) for name in
             ("places.tsv", "admin1.geojson", "admin2.geojson", "NOTICE")}
    assert sum(sizes.values()) < 3_000_000
    assert sizes["admin1.geojson"] < 300_000
    assert sizes["admin2.geojson"] < 400_000
    notice = DATA.joinpath("NOTICE").read_text("utf-8")
    assert "OCHA" in notice and "GeoNames" in notice and "CC BY" in notice


def test_header_and_rows() -> None:
    lines = DATA.joinpath("places.tsv").read_text("utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == COLUMNS
    assert all(line.count("\t") == len(COLUMNS) - 1 for line in lines[1:])


def test_places_are_consistent(gaz: Gazetteer) -> None:
    counts: dict[str, int] = {}
    for place in gaz.places:
        counts[place.kind] = counts.get(place.kind, 0) + 1
        assert place.kind in KINDS
        assert place.name_ar or place.name_en
        assert gaz.precision_of(place) in (1, 2, 3)
        assert place.latitude is not None and place.longitude is not None
        # the Levant, Turkey and Iraq, and south to Yemen (Aden, Socotra, al-Mahrah)
        assert 12.0 < place.latitude < 43.0 and 25.0 < place.longitude < 55.0
        if place.latitude < 29.0:
            assert place.country in ("Yemen", "Israel", "Jordan"), place
        if place.country == "Syria" and place.admin1 is not None:
            assert place.admin1 in ADMIN1, place
    assert counts["governorate"] == 14
    assert sum(1 for p in gaz.places if p.kind == "district" and p.country == "Syria") == 62  # (Yemen's too)
    assert counts["subdistrict"] == 272
    assert counts["community"] == 5251
    assert counts["neighbourhood"] >= 414


def test_syrian_places_have_admin_units(gaz: Gazetteer) -> None:
    missing = [p.place_id for p in gaz.places
               if p.country == "Syria" and p.kind not in ("region", "road", "country") and not p.admin1]
    assert missing == []


def test_admin1_polygons_name_every_governorate() -> None:
    features = json.loads(DATA.joinpath("admin1.geojson").read_text("utf-8"))["features"]
    assert {f["properties"]["admin1"] for f in features} == ADMIN1


def test_aliases_have_no_cue_marks(gaz: Gazetteer) -> None:
    for place in gaz.places[:2000]:
        assert not any(a.startswith("~") for a in gaz.aliases(place))


def test_bare_names_of_ocha_qualified_communities_are_aliases() -> None:
    from rasid.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    assert "C3952" in {p.place_id for p in gaz.lookup("كفريا")}  # OCHA: "كفريا معرتمصرين"
    assert "C1224" in {p.place_id for p in gaz.lookup("أم خرزة")}  # OCHA: "أم خرزة الباب"
    assert not gaz.lookup("خربة")  # a head word of many names is no name of its own
