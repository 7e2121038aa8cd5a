"""Ranking homonymous candidates by context, kind, population and country."""

from __future__ import annotations

import pytest

from rasid.gazetteer import Gazetteer, default_gazetteer, rank
from rasid.gazetteer.resolve import admin1_match, admin2_match, admin_seat, importance
from rasid.model import Place
from rasid.text.normalize import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def village(pid: str, admin1: str, admin2: str, country: str = "Syria", population: int = 0) -> Place:
    return Place(pid, "Mansura", "المنصورة", "community", country, admin1, admin2, None, pid, 35.0, 38.0,
                 population)


def test_admin2_context_beats_admin1_context() -> None:
    a = village("a", "Raqqa", "Ath-Thawrah")
    b = village("b", "Aleppo", "Jebel Saman")
    assert rank([a, b], context_admin1=["Raqqa"])[0] is a
    assert rank([a, b], context_admin1=["Raqqa"], context_admin2=["Jebel Saman"])[0] is b
    assert admin2_match(b, ["jebel saman"]) and admin1_match(a, ["RAQQA"])


def test_syria_first_unless_disabled_or_a_major_city() -> None:
    syrian = village("s", "Hama", "Hama")
    iraqi = village("i", "Anbar", "", country="Iraq", population=5_000)
    assert rank([iraqi, syrian])[0] is syrian
    assert rank([iraqi, syrian], prefer_syria=False)[0] is iraqi
    big = village("c", "South Lebanon", "", country="Lebanon", population=160_000)
    assert rank([syrian, big])[0] is big


def test_governorate_then_seat_town_then_units(gaz: Gazetteer) -> None:
    ranked = rank(gaz.lookup("الرقة"))
    assert ranked[0].kind == "governorate" and ranked[0].admin1 == "Raqqa"
    assert ranked[1].kind == "community"  # the city, before district and sub-district
    town = rank(gaz.lookup("تل أبيض"))[0]
    assert town.kind == "community" and admin_seat(town)
    assert importance(town) > importance(gaz.by_id("SY1102"))


def test_homonym_resolved_by_context_from_the_sentence(gaz: Gazetteer) -> None:
    text = "سيطرت القوات على قرية المنصورة في ريف الرقة الغربي"
    norm = normalize(text)
    found = {norm.text[m.start:m.end]: m for m in gaz.find(norm)}
    candidates = found["المنصوره"].candidates
    assert len({p.admin1 for p in candidates}) > 3  # a true homonym
    context = [p.admin1 for p in found["الرقه"].candidates if p.kind == "governorate"]
    best = rank(candidates, context_admin1=context)[0]
    assert best.admin1 == "Raqqa" and best.kind == "community"
    aleppo_best = rank(candidates, context_admin1=["Aleppo"])[0]
    assert aleppo_best.admin1 == "Aleppo"


def test_rank_is_pure_and_stable() -> None:
    a, b = village("a", "Hama", "Hama"), village("b", "Homs", "Homs")
    assert rank([b, a]) == rank([a, b]) == [a, b]
    assert rank([a, a, b]) == [a, b]
    assert rank([]) == []
