"""The table-based Arabic romanizer used to name groups the catalogue does not know."""

from __future__ import annotations

import pytest

from rasid.actors.romanize import romanize, romanize_group, romanize_word


@pytest.mark.parametrize(("arabic", "latin"), [
    ("القاطرجي", "al-Qatirji"),
    ("الباقر", "al-Baqir"),
    ("حمزة", "Hamza"),
    ("الكرامة", "al-Karama"),
    ("جاسم", "Jasim"),
    ("الشرقية", "al-Sharqiya"),
    ("الناصرية", "al-Nasiriya"),
    ("الحارث", "al-Harith"),
    ("خالد", "Khalid"),
    ("الغاب", "al-Ghab"),
    ("أبو الفضل العباس", "Abu al-Fadl al-Abbas"),
    ("صقور الشمال", "Suqur al-Shamal"),
    ("عمر بن الخطاب", "Omar bin al-Khattab"),
    ("الإسلام", "al-Islam"),
])
def test_romanize(arabic, latin):
    assert romanize(arabic) == latin


def test_letters_follow_acled_conventions():
    assert romanize_word("شذا") == "Shadha"
    assert romanize_word("خثغ").startswith("Kh")
    assert "gh" in romanize_word("غصن").lower()
    assert romanize_word("ظاهر") == "Zahir"


def test_diacritics_quotes_and_latin_pass_through():
    assert romanize("«البَاقِر»") == "al-Baqir"
    assert romanize("Liwa") == "Liwa"
    assert romanize("") == ""


@pytest.mark.parametrize(("introducer", "name", "expected"), [
    ("لواء", "الباقر", "Liwa al-Baqir"),
    ("ميليشيا", "القاطرجي", "Al-Qatirji Militia"),
    ("مليشيا", "القاطرجي", "Al-Qatirji Militia"),
    ("كتائب", "الفرقان", "Kataib al-Furqan"),
    ("حركة", "أحرار الشام", "Harakat Ahrar al-Sham"),
    ("جبهة", "الجنوب", "Jabhat al-Janub"),
    ("فصيل", "صقور الشمال", "Suqur al-Shamal Faction"),
    ("قوات", "الفجر", "Al-Fajr Forces"),
    ("مجموعة", "العاصفة", "Al-Asifa Group"),
    ("لواء", "الفرسان", "Liwa al-Fursan"),
])
def test_romanize_group(introducer, name, expected):
    assert romanize_group(introducer, name) == expected


def test_romanize_group_without_a_name():
    assert romanize_group("لواء", "") == ""
