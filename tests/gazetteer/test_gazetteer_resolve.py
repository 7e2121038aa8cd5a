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


def unit(pid: str, kind: str, admin1: str, admin2: str | None = None, admin3: str | None = None,
         name_ar: str = "كسب", name_en: str = "Kasab", country: str = "Syria", population: int = 0) -> Place:
    return Place(pid, name_en, name_ar, kind, country, admin1, admin2, admin3, pid, 35.9, 35.98, population)


def test_major_place_abroad_is_not_demoted() -> None:
    from rasid.gazetteer.resolve import major_place

    syrian = village("s", "Aleppo", "Azaz")
    province = unit("p", "province", "Anbar", country="Iraq")
    country = unit("c", "country", "", country="Iraq")
    small_town = unit("t", "town", "Anbar", country="Iraq", population=5_000)
    assert major_place(province) and major_place(country) and not major_place(small_town)
    assert rank([syrian, province])[0] is province
    assert rank([syrian, small_town])[0] is syrian
    assert rank([province, country])[0] is country


def test_seat_among_candidates_outranks_its_unit() -> None:
    from rasid.gazetteer.resolve import seat_among

    sub = unit("SY060005", "subdistrict", "Latakia", "Lattakia", "Kasab")
    seat = unit("C3557", "community", "Latakia", "Lattakia", "Kasab", name_en="Kiseb")  # English names differ
    other = unit("C9999", "community", "Latakia", "Jablah", "Qteilbiyyeh", name_en="Kiseb")
    assert seat_among(seat, [sub, seat, other]) and not seat_among(other, [sub, seat, other])
    assert not seat_among(seat, [seat, other])  # no unit among the candidates
    assert rank([sub, other, seat])[:2] == [seat, sub]


def test_exact_name_breaks_ties_between_villages() -> None:
    from rasid.gazetteer.resolve import exact_name

    own = unit("C5224", "community", "Tartus", name_ar="بزاق", name_en="Bezzaq")
    alias = unit("C5375", "community", "Tartus", name_ar="الروضة", name_en="Rawda")  # has بزاق as an alias
    assert exact_name(own, "بزاق") and exact_name(own, "BEZZAQ") and not exact_name(alias, "بزاق")
    assert not exact_name(own, None)
    assert rank([alias, own], name="بزاق")[0] is own
    assert rank([alias, own])[0] is own  # without a name: by id


def test_seat_named_by_an_alias_is_no_seat() -> None:
    from rasid.gazetteer.resolve import admin_seat, counts_as_seat, importance

    seat = Place("C5375", "Rawda", "الروضة", "community", "Syria", "Tartus", "Banyas", "Rawda", "C5375", 35.07, 35.91)
    own = unit("C5224", "community", "Tartus", name_ar="بزاق", name_en="Bezzaq")
    assert admin_seat(seat) and counts_as_seat(seat, [seat, own]) and counts_as_seat(seat, [seat], "الروضة")
    assert not counts_as_seat(seat, [seat, own], "بزاق")
    assert importance(seat) == importance(seat, True) > importance(seat, False)
    assert rank([seat, own], name="بزاق")[0] is own
    assert rank([seat, own])[0] is seat  # extraction passes no name: the seat rule as before


def test_kind_before_exact_name() -> None:
    community = unit("C1953", "community", "Aleppo", name_ar="كورك كيتان", name_en="Kork Kitan")
    quarter = unit("N0138", "neighbourhood", "Aleppo", name_ar="الميدان", name_en="Midan")
    assert rank([quarter, community], name="الميدان")[0] is community
