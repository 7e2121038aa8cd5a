"""Curated places (military sites, fields, dams, crossings, prisons, camps, deserts,
mountains, roads) and spelling variants of the governorates and main towns."""

from __future__ import annotations

import pytest

from rasid.gazetteer import Gazetteer, default_gazetteer, rank
from rasid.text.normalize import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def best(gaz: Gazetteer, name: str) -> object:
    places = gaz.lookup(name)
    assert places, f"{name!r} is not in the gazetteer"
    return rank(places, prefer_syria=False, name=name)[0]


# name -> (kind, admin1 or, abroad, country)
SITES = {
    "الفرقة 17": ("base", "Raqqa"), "اللواء 93": ("base", "Raqqa"), "مطار كويرس": ("airport", "Aleppo"),
    "مطار النيرب": ("airport", "Aleppo"), "مطار المزة": ("airport", "Damascus"),
    "مطار الضمير": ("airport", "Rural Damascus"), "مطار الشعيرات": ("airport", "Homs"),
    "مطار التيفور": ("airport", "Homs"), "قاعدة حميميم": ("airport", "Latakia"),
    "قاعدة طرطوس البحرية": ("base", "Tartus"), "قاعدة الشدادي": ("base", "Hasakah"),
    "قاعدة رميلان": ("base", "Hasakah"), "قاعدة خراب الجير": ("base", "Hasakah"), "قاعدة التنف": ("base", "Homs"),
    "قاعدة عين الأسد": ("base", "Iraq"), "البرج 22": ("base", "Jordan"), "قاعدة فيكتوريا": ("base", "Iraq"),
    "مطار بغداد": ("airport", "Iraq"),
    "حقل العمر": ("oilfield", "Deir ez-Zor"), "حقل كونيكو": ("oilfield", "Deir ez-Zor"),
    "حقل التنك": ("oilfield", "Deir ez-Zor"), "حقل الجفرة": ("oilfield", "Deir ez-Zor"),
    "حقل الشاعر": ("oilfield", "Homs"), "حقل جزل": ("oilfield", "Homs"), "حقل التيم": ("oilfield", "Deir ez-Zor"),
    "حقل الورد": ("oilfield", "Deir ez-Zor"),
    "سد الفرات": ("dam", "Raqqa"), "سد تشرين": ("dam", "Aleppo"), "سد البعث": ("dam", "Raqqa"),
    "معبر البوكمال": ("crossing", "Deir ez-Zor"), "معبر القائم": ("crossing", "Deir ez-Zor"),
    "معبر نصيب": ("crossing", "Daraa"), "معبر باب الهوى": ("crossing", "Idlib"),
    "معبر باب السلامة": ("crossing", "Aleppo"), "معبر جرابلس": ("crossing", "Aleppo"),
    "معبر اليعربية": ("crossing", "Hasakah"), "معبر ربيعة": ("crossing", "Hasakah"),
    "معبر سيمالكا": ("crossing", "Hasakah"), "معبر جديدة يابوس": ("crossing", "Rural Damascus"),
    "معبر القنيطرة": ("crossing", "Quneitra"), "معبر الجوسية": ("crossing", "Homs"),
    "سجن صيدنايا": ("prison", "Rural Damascus"), "سجن غويران": ("prison", "Hasakah"),
    "سجن الرقة المركزي": ("prison", "Raqqa"),
    "مخيم الهول": ("camp", "Hasakah"), "مخيم الركبان": ("camp", "Homs"), "مخيم روج": ("camp", "Hasakah"),
    "مخيم اليرموك": ("community", "Damascus"),  # OCHA's community Yarmuk is the camp
    "مخيم النيرب": ("camp", "Aleppo"), "مخيم حندرات": ("camp", "Aleppo"),
    "مخيم كويت الرحمة": ("camp", "Aleppo"),
    "بادية الرصافة": ("desert", "Raqqa"), "بادية الشولا": ("desert", "Deir ez-Zor"), "بادية الكوم": ("desert", "Homs"),
    "بادية البشري": ("desert", "Deir ez-Zor"), "بادية أبو خشب": ("desert", "Deir ez-Zor"),
    "بادية تدمر": ("desert", "Homs"),
    "بادية السخنة": ("desert", "Homs"), "جبل البشري": ("region", None),
    "جبل الزاوية": ("region", "Idlib"), "جبل الأكراد": ("region", "Latakia"), "جبل التركمان": ("region", "Latakia"),
    "جبل قاسيون": ("region", "Damascus"), "جبل الشيخ": ("region", "Rural Damascus"),
    "طريق M4": ("road", None), "طريق M5": ("road", None), "طريق دمشق - حلب الدولي": ("road", None),
    "أوتوستراد دير الزور - تدمر": ("road", None), "طريق حمص - تدمر": ("road", "Homs"),
    "طريق أثريا - خناصر": ("road", None),
}


@pytest.mark.parametrize("name", sorted(SITES))
def test_curated_site(gaz: Gazetteer, name: str) -> None:
    kind, where = SITES[name]
    place = best(gaz, name)
    assert place.kind == kind
    if where in ("Iraq", "Jordan"):
        assert place.country == where and place.admin1
    else:
        assert place.country == "Syria" and place.admin1 == where
    expected = 2 if kind in ("desert", "road", "region") else 1
    assert gaz.precision_of(place) == expected
    norm = normalize(f"وقع الهجوم في {name} فجر اليوم")
    assert any(place in m.candidates and not m.needs_cue for m in gaz.find(norm)), name


def test_sites_named_after_a_village_keep_the_village(gaz: Gazetteer) -> None:
    # the bare village name is the village's, the site has its own name
    kweires = [p.kind for p in gaz.lookup("كويرس")]
    assert "community" in kweires and "airport" not in kweires
    assert {p.kind for p in gaz.lookup("مطار كويرس")} == {"airport"}


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("Deir ez-Zor", "C5086"), ("Deir al-Zor", "C5086"), ("Dayr az Zawr", "C5086"), ("Deir Ezzor", "C5086"),
    ("Deir el-Zour", "C5086"), ("Al-Hasakah", "C4360"), ("Hasakah", "C4360"), ("Hassakeh", "C4360"),
    ("Hasakeh", "C4360"), ("Raqqa", "C5710"), ("Al-Raqqah", "C5710"), ("Rakka", "C5710"),
    ("Qamishli", "C4564"), ("Al-Qamishli", "C4564"), ("Kamishli", "C4564"), ("Abu Kamal", "C5167"),
    ("Albu Kamal", "C5167"), ("Al-Bukamal", "C5167"), ("Boukamal", "C5167"), ("Mayadin", "C5192"),
    ("Al-Mayadeen", "C5192"), ("Mayadeen", "C5192"), ("Kobani", "C1946"), ("Ayn al-Arab", "C1946"),
    ("Ain al-Arab", "C1946"), ("Manbij", "C1767"), ("Menbij", "C1767"), ("Azaz", "C1564"), ("A'zaz", "C1564"),
    ("Aazaz", "C1564"), ("Jarablus", "C2227"), ("Tal Abyad", None), ("Tell Abiad", None),
    ("Ras al-Ain", None), ("Serekaniye", None), ("Afrin", "C1366"), ("Efrin", "C1366"), ("Tabqa", "C5929"),
    ("Palmyra", "C2889"), ("Tadmur", "C2889"), ("Salamiyah", "C3244"),
    ("Salamiyeh", "C3244"), ("Salamiya", "C3244"), ("Douma", "C2338"), ("Duma", "C2338"), ("Harasta", "C2342"),
    ("Zabadani", "C2429"), ("Az-Zabadani", "C2429"), ("Qusayr", "C2733"), ("Al-Qusayr", "C2733"),
    ("Tabaqa", "C5929"), ("Ras al-Ayn", None), ("Ain Issa", None), ("Tal Tamr", None), ("Shaddadi", None),
    ("Tell Rifaat", "C1621"), ("Maarat al-Numan", None), ("Maarrat an-Nu'man", None), ("Saraqib", "C3916"),
    ("Jisr al-Shughur", "C4199"), ("Khan Shaykhun", "C3987"), ("Khan Sheikhoun", "C3987"),
    ("Kafr Nabl", "C4068"), ("Kafranbel", "C4068"), ("Ariha", None), ("Sarmada", "C4121"),
    ("Darkush", None), ("Darkoush", None), ("Deir Hafer", None), ("Dayr Hafir", None),
    ("ديرالزور", "C5086"), ("أبوكمال", "C5167"), ("ديرحافر", None), ("ديرعطية", None),
])
def test_spelling_variants_of_main_towns(gaz: Gazetteer, spelling: str, place_id: str | None) -> None:
    norm = normalize(f"Reports from {spelling} today")
    matches = [m for m in gaz.find(norm) if norm.text[m.start:m.end] == normalize(spelling).text]
    assert matches, spelling
    (match,) = matches
    assert not match.needs_cue
    top = rank(match.candidates, name=spelling)[0]
    assert top.country == "Syria" and top.kind in ("governorate", "community", "district")
    if place_id is not None:
        assert place_id in {p.place_id for p in match.candidates}


def test_al_thawra_is_tabqa_only_after_a_cue(gaz: Gazetteer) -> None:
    # "Al-Thawra" (the revolution; a state newspaper) is Tabqa's official name
    norm = normalize("Al-Thawra reported the news")
    (match,) = [m for m in gaz.find(norm) if norm.text[m.start:m.end] == "al thawra"]
    assert match.needs_cue and gaz.by_id("C5929") in match.candidates


@pytest.mark.parametrize("admin1", [
    "Damascus", "Aleppo", "Rural Damascus", "Homs", "Hama", "Latakia", "Idlib", "Hasakah", "Deir ez-Zor",
    "Tartus", "Raqqa", "Daraa", "Suwayda", "Quneitra",
])
def test_every_governorate_has_latin_variants(gaz: Gazetteer, admin1: str) -> None:
    gov = gaz.governorate(admin1)
    latin = [a for a in gaz.aliases(gov) if a.isascii()]
    assert len(latin) >= 1, latin
    for alias in latin:
        assert gaz.governorate(alias) is gov or gov in gaz.lookup(alias)
