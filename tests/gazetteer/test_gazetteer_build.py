"""Pure helpers of scripts/build_gazetteer.py: spelling variants, glued forms, cue rules, tables."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from rasid.text.normalize import fold

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    pytest.importorskip("shapely")
    spec = importlib.util.spec_from_file_location("build_gazetteer_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


def folded(names: list[str]) -> set[str]:
    return {fold(n) for n in names}


def test_spelling_variants_of_articles_and_endings(build: ModuleType) -> None:
    forms = folded(build.spelling_variants("As-Salamiyeh"))
    assert {fold("al-Salamiyah"), fold("el-Salamiya"), fold("as-Salamiyeh"), fold("al-Salamiyeh")} <= forms
    forms = folded(build.spelling_variants("Deir-ez-Zor"))
    assert {fold("Deir al-Zor"), fold("Dayr az-Zor"), fold("Deir el-Zor")} <= forms
    assert folded(build.spelling_variants("Duma")) >= {"douma", "dumah"}
    assert fold("Jisr ash-Shugur") in folded(build.spelling_variants("Jisr-Ash-Shugur"))
    assert fold("Tal Refaat") in folded(build.spelling_variants("Tall Refaat"))  # doubled consonant
    assert fold("Khan al-Shih") in folded(build.spelling_variants("Khan Elshih"))  # OCHA's glued "El"
    assert fold("Shaykh Miskine") in folded(build.spelling_variants("Sheikh Miskine"))  # ei/ay
    assert build.spelling_variants("حلب") == []
    many = build.spelling_variants("Al-Hasakeh Ash-Shamaliyeh Al-Kubra")
    assert len(many) <= 2 * build.SPELL_MAX


def test_glued_arabic(build: ModuleType) -> None:
    assert build.glued_arabic("دير الزور") == "ديرالزور"
    assert build.glued_arabic("أبو كمال") == "أبوكمال"
    assert build.glued_arabic("دير") is None
    assert build.glued_arabic("تل أبيض") is None
    assert build.glued_arabic("دير مار الياس") is None  # three words: left alone


def test_a_village_s_glued_article_written_apart(build: ModuleType) -> None:
    assert build.unglued_article("Marj Elsultan") == "Marj al-Sultan"
    assert build.unglued_article("Ard Elwata") == "Ard al-Wata"
    assert build.unglued_article("Elzahraa") is None  # a bare name many places share
    assert build.unglued_article("Kafr Nubl") is None


def test_english_cue_rule(build: ModuleType) -> None:
    judge = build.CueJudge.__new__(build.CueJudge)
    judge.english_common = {"old", "city", "camp", "eastern", "dam"}
    assert judge._english_words(["tell"]) and judge._english_words(["al", "thawra"])
    assert judge._english_words(["old", "city"]) and judge._english_words(["eastern", "deir"])
    assert judge._english_words(["abu", "omar"])
    assert not judge._english_words(["ras", "al", "ain"]) and not judge._english_words(["ain", "issa"])
    assert judge._english_words(["tal", "dam"])  # a place word before an English word
    assert not judge._english_words(["manbij"])


def test_province_table_is_complete(build: ModuleType) -> None:
    assert {cc: len(t) for cc, t in build.PROVINCES.items()} == {"IQ": 19, "LB": 8, "JO": 12, "TR": 81}
    for table in build.PROVINCES.values():
        for name_en, name_ar, capital, aliases in table.values():
            assert name_en and capital and build.is_arabic(name_ar)
            assert all("\t" not in a and "|" not in a for a in aliases)
    assert build.GEONAMES_ADMIN1["IQ"]["18"] == "Salah al-Din"


def test_famous_places_abroad_need_no_cue_at_home(build: ModuleType) -> None:
    judge = build.CueJudge.__new__(build.CueJudge)
    judge.arabic_common, judge.english_common, judge.place_tagged, judge.shadowed = {}, set(), set(), {}
    judge.important_names = set()
    haifa = build.Row("rs:il-haifa", "town", "Haifa", "حيفا", country="Israel", population=285_000)
    village = build.Row("C0", "community", "Haifa", "حيفا")
    assert judge.reason("حيفا", haifa) is None and judge.reason("حيفا", village) == "stoplist"
    jerusalem = build.Row("rs:il-jerusalem", "town", "Jerusalem", "القدس", country="Israel", population=970_000)
    assert judge.reason("القدس", jerusalem) == "stoplist"  # Quds Force, Liwa al-Quds
    syria = build.Row("rs:country-syria", "country", "Syria", "سوريا")
    assert judge.reason("سوريا", syria) is None


def test_a_settlement_word_with_a_glued_preposition_needs_a_cue(build: ModuleType) -> None:
    judge = build.CueJudge.__new__(build.CueJudge)
    judge.arabic_common, judge.english_common, judge.place_tagged, judge.shadowed = {}, set(), set(), {}
    judge.important_names = set()
    village = build.Row("C1", "community", "Baqariya", "بقرية")
    assert judge.reason("بقرية", village) == "glued"  # "in the village of"
    assert judge.reason("بلدة", build.Row("C2", "community", "x", "بلدة")) != "glued"
    assert judge.reason("بعيون", build.Row("C3", "community", "Bayun", "بعيون")) is None


def test_english_news_spelling_becomes_the_english_name(build: ModuleType) -> None:
    import collections

    manbij = build.Row("C1767", "community", "Menbij", "منبج", aliases=["Manbij", "Minbij", "~Manbij Town"])
    quiet = build.Row("C9999", "community", "Tal Hamis", "تل حميس", aliases=["Tell Hamis"])
    usage = collections.Counter({"Manbij": 12, "Menbij": 1, "Tell Hamis": 1})
    assert build.prefer_news_spellings([manbij, quiet], usage) == 1
    assert manbij.name_en == "Manbij" and "Menbij" in manbij.aliases  # OCHA's spelling is kept
    assert quiet.name_en == "Tal Hamis"  # one use is no evidence
