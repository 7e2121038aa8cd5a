"""Consonant skeletons: spellings of one name share a key, different names do not."""

from __future__ import annotations

import pytest

from rasid.text.skeleton import arabic_skeleton, latin_skeleton


@pytest.mark.parametrize("spellings", [
    ("Kanasba", "Kinsabba", "Kansaba"),
    ("Tall Tawil", "Tal Tawil", "Tel Taweel"),
    ("Deir ez-Zor", "Dayr az-Zawr", "Deir al-Zor"),
    ("As-Salamiyeh", "Salamiyah", "Salamiya"),
    ("Khan Shaykhun", "Khan Sheikhoun", "Khan Shaykhoun"),
])
def test_latin_spellings_of_one_name_share_a_skeleton(spellings: tuple[str, ...]) -> None:
    assert len({latin_skeleton(s) for s in spellings}) == 1


@pytest.mark.parametrize(("arabic", "latin"), [
    ("كنسبا", "Kanasba"),
    ("تل طويل", "Tall Tawil"),
    ("السلمية", "Salamiyeh"),
    ("خان شيخون", "Khan Shaykhun"),
    ("الضمير", "al-Dumayr"),
])
def test_arabic_and_latin_names_meet(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(latin)


def test_different_names_keep_different_skeletons() -> None:
    assert latin_skeleton("Kafr Nabl") != latin_skeleton("Kafr Nubl al-Gharbi")
    assert latin_skeleton("Homs") != latin_skeleton("Hama")
