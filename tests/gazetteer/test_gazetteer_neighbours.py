"""Syria's neighbours: countries, first-level provinces, Israel and Palestine, cue rules."""

from __future__ import annotations

import pytest

from rasid.gazetteer import Gazetteer, PlaceMatch, default_gazetteer, rank
from rasid.text.normalize import normalize

# GeoNames first-level units per country: all of them must be provinces of the gazetteer.
PROVINCE_COUNT = {"Iraq": 19, "Lebanon": 8, "Jordan": 12, "Turkey": 81, "Israel": 6, "Palestine": 2}
COUNTRIES = {
    "سوريا": "Syria", "العراق": "Iraq", "لبنان": "Lebanon", "الأردن": "Jordan", "تركيا": "Turkey",
    "إسرائيل": "Israel", "فلسطين": "Palestine",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def found(gaz: Gazetteer, text: str, surface: str, countries: bool = False) -> PlaceMatch:
    norm = normalize(text)
    for match in gaz.find(norm, countries=countries):
        if norm.span_to_original(match.start, match.end).text_of(text) == surface:
            return match
    raise AssertionError(f"{surface!r} not found in {text!r}")


@pytest.mark.parametrize(("arabic", "english"), sorted(COUNTRIES.items()))
def test_country_rows(gaz: Gazetteer, arabic: str, english: str) -> None:
    country = gaz.country(arabic)
    assert country is gaz.country(english)
    assert country.kind == "country" and country.country == english and country.name_en == english
    assert country.name_ar == arabic and gaz.precision_of(country) == 3 and not gaz.needs_cue(country)
    assert country.latitude is not None and country.longitude is not None
    match = found(gaz, f"عاد الوفد إلى {arabic} أمس", arabic, countries=True)
    assert country in match.candidates and not match.needs_cue
    assert rank(match.candidates)[0] is country


def test_country_names_are_found_only_on_request(gaz: Gazetteer) -> None:
    text = "قصف على ريف إدلب في شمال سوريا"
    plain = [m for m in gaz.find(normalize(text)) if any(p.kind == "country" for p in m.candidates)]
    assert plain == []
    assert found(gaz, text, "سوريا", countries=True).candidates[0].kind == "country"
    with pytest.raises(KeyError):
        gaz.country("Atlantis")


@pytest.mark.parametrize("country", sorted(PROVINCE_COUNT))
def test_every_first_level_unit_is_a_province(gaz: Gazetteer, country: str) -> None:
    provinces = [p for p in gaz.places if p.kind == "province" and p.country == country]
    assert len(provinces) == PROVINCE_COUNT[country]
    for province in provinces:
        assert province.name_en and province.name_ar and province.admin1
        assert province.latitude is not None and province.longitude is not None
        assert gaz.precision_of(province) == 3
        assert gaz.province(province.admin1, country) is province
    # every town abroad lies in a province of the table
    admin1s = {p.admin1 for p in provinces}
    towns = [p for p in gaz.places if p.kind == "town" and p.country == country]
    assert all(t.admin1 in admin1s for t in towns), {t.admin1 for t in towns} - admin1s


def test_province_lookups_and_names(gaz: Gazetteer) -> None:
    anbar = gaz.province("الأنبار")
    assert anbar.country == "Iraq" and anbar.admin1 == "Anbar" and anbar is gaz.province("Al Anbar")
    hatay = gaz.province("Hatay", "Turkey")
    assert hatay.name_ar == "هاتاي" and abs(hatay.latitude - 36.2) < 0.1  # at Antakya
    assert found(gaz, "مقتل جنديين في ولاية هاتاي", "ولاية هاتاي").candidates[0] is hatay
    saladin = gaz.province("Salah al-Din")
    assert gaz.needs_cue(saladin)  # "صلاح الدين" is also a man's name ...
    assert not found(gaz, "هجوم في محافظة صلاح الدين", "محافظة صلاح الدين").needs_cue  # ... not with محافظة
    with pytest.raises(KeyError):
        gaz.province("Atlantis")


def test_foreign_province_outranks_a_syrian_village(gaz: Gazetteer) -> None:
    kilis = rank(gaz.lookup("كلس"))[0]
    assert kilis.kind == "province" and kilis.country == "Turkey"


def test_turkish_border_towns_have_arabic_names(gaz: Gazetteer) -> None:
    for arabic, english in (("جيلان بينار", "Ceylanpınar"), ("أقجة قلعة", "Akçakale"), ("سروج", "Suruç"),
                            ("قرقميش", "Karkamış"), ("الريحانية", "Reyhanlı")):
        towns = [p for p in gaz.lookup(arabic) if p.country == "Turkey"]
        assert towns and towns[0].name_en == english, arabic


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("تل أبيب", "Israel", "Tel Aviv District"), ("حيفا", "Israel", "Haifa District"), ("إيلات", "Israel", "Southern District"),
    ("كريات شمونة", "Israel", "Northern District"), ("نهاريا", "Israel", "Northern District"),
    ("غزة", "Palestine", "Gaza Strip"), ("خان يونس", "Palestine", "Gaza Strip"), ("رفح", "Palestine", "Gaza Strip"),
    ("رام الله", "Palestine", "West Bank"), ("نابلس", "Palestine", "West Bank"),
    ("Tel Aviv", "Israel", "Tel Aviv District"), ("Kiryat Shmona", "Israel", "Northern District"),
])
def test_israel_and_palestine_towns_need_no_cue(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    match = found(gaz, f"سقطت صواريخ على {name} مساء أمس / rockets hit {name}", name)
    assert not match.needs_cue
    best = rank(match.candidates, prefer_syria=False)[0]
    assert best.country == country and best.admin1 == admin1 and best.kind == "town"


def test_jerusalem_metula_and_golan_keep_their_cues(gaz: Gazetteer) -> None:
    # القدس is also the Quds Force, Liwa al-Quds and a newspaper: only a cue makes it a place.
    assert found(gaz, "أعلن لواء القدس مقتل عنصرين", "القدس").needs_cue
    assert not found(gaz, "اقتحام في مدينة القدس المحتلة", "القدس المحتلة").needs_cue
    assert not any(p.kind == "province" for p in gaz.lookup("لواء القدس"))
    jerusalem = gaz.by_id("rs:il-jerusalem")
    assert jerusalem in gaz.lookup("Jerusalem") and gaz.needs_cue(jerusalem)
    assert gaz.by_id("rs:ps-east-jerusalem").country == "Palestine"
    # the region's press calls the whole city occupied; its incidents are East Jerusalem's, as ACLED codes them
    occupied = found(gaz, "اقتحام في مدينة القدس المحتلة", "القدس المحتلة")
    assert {(p.country, p.admin1) for p in occupied.candidates} == {("Palestine", "West Bank")}
    # المطلة is also "overlooking"
    assert found(gaz, "التلال المطلة على الطريق", "المطلة").needs_cue
    metula = gaz.lookup("Metula")[0]
    assert metula.country == "Israel" and metula.admin1 == "Northern District"
    # the occupied Golan stays Syrian, as OCHA's polygons draw it
    majdal = rank(gaz.lookup("مجدل شمس"))[0]
    assert majdal.country == "Syria" and majdal.admin1 == "Quneitra"
    golan = rank(gaz.lookup("الجولان"))[0]
    assert golan.kind == "region" and golan.country == "Syria"


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("استهدفت المقاومة مستوطنتي غورن وشلومي بالصواريخ", "غورن", "Israel", "Northern District"),
    ("قصفت المقاومة ثكنة بيريا بالصواريخ", "ثكنة بيريا", "Israel", "Northern District"),
    ("قصفت السرايا موقع كيسوفيم بقذائف الهاون", "موقع كيسوفيم", "Israel", "Southern District"),
    ("غارات على حي الزيتون جنوب شرقي مدينة غزة", "حي الزيتون", "Palestine", "Gaza Strip"),
    ("اشتباكات عنيفة في الشجاعية شرقي مدينة غزة", "الشجاعية", "Palestine", "Gaza Strip"),
    ("قصف مدفعي على مخيم البريج وسط القطاع", "مخيم البريج", "Palestine", "Gaza Strip"),
    ("قصف إسرائيلي استهدف مجموعة من الأشخاص في قاع القرين", "قاع القرين", "Palestine", "Gaza Strip"),
    ("غارة على منزل في حي التفاح شرق مدينة غزة", "حي التفاح", "Palestine", "Gaza Strip"),
    # the post in the Kfarchouba hills, not Jordan's Ramtha
    ("استهدفت المقاومة موقع الرمثا في تلال كفرشوبا", "موقع الرمثا", "Lebanon", "Nabatieh"),
    ("استهدفت المقاومة ثكنة ميتات بالصواريخ", "ثكنة ميتات", "Israel", "Northern District"),
    ("قصفت المقاومة موقع البغدادي بالقذائف", "موقع البغدادي", "Israel", "Northern District"),
    ("سقطت صواريخ على مستوطنة بيت هيلل", "مستوطنة بيت هيلل", "Israel", "Northern District"),
    ("اندلع حريق في حرج برعام", "حرج برعام", "Israel", "Northern District"),
    ("هاجمت مسيرة مستوطنة أبيريم", "مستوطنة أبيريم", "Israel", "Northern District"),
    ("اقتحمت قوات الاحتلال بلدة سلواد شرق رام الله", "بلدة سلواد", "Palestine", "West Bank"),
    ("مواجهات في مخيم الفارعة جنوب طوباس", "مخيم الفارعة", "Palestine", "West Bank"),
    ("غارات أميركية على منطقة رأس عيسى في الحديدة", "رأس عيسى", "Yemen", "Al Hudaydah"),
])
def test_front_and_gaza_places_are_found(gaz: Gazetteer, text: str, name: str, country: str, admin1: str) -> None:
    best = rank(found(gaz, text, name).candidates, prefer_syria=False)[0]
    assert (best.country, best.admin1) == (country, admin1)


def test_israeli_district_names_are_not_syrian_words(gaz: Gazetteer) -> None:
    # "المنطقة الشمالية" is an ordinary phrase: it needs a cue, the country's names don't
    assert found(gaz, "اشتباكات في المنطقة الشمالية من المدينة", "المنطقة الشمالية").needs_cue
    north = gaz.province("Northern District", "Israel")
    assert not found(gaz, "صفارات الإنذار في شمال إسرائيل", "شمال إسرائيل").needs_cue
    assert north in gaz.lookup("شمال إسرائيل")
    gaza = gaz.province("Gaza Strip")
    assert found(gaz, "غارات على قطاع غزة", "قطاع غزة").candidates == (gaza,)
