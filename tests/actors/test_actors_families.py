"""The analyst-grade catalogue: actor families, sub-units and roles, unknown named groups."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from rasid.actors import ActorCatalog, default_catalog
from rasid.actors.catalog import NAMED_GROUP_INTRODUCERS, NAMED_GROUP_PATTERN
from rasid.text.normalize import fold, normalize

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ACLED_LIST = SHARED / "data" / "actors" / "acled_syria_actor_list.csv"
FALL_OF_ASSAD = dt.date(2024, 12, 8)
BEFORE = dt.date(2022, 9, 14)
AFTER = dt.date(2025, 4, 20)
OLD_ARMY = "Military Forces of Syria (2000-2024)"
NEW_ARMY = "Military Forces of Syria (2024-)"


@pytest.fixture(scope="module")
def catalog() -> ActorCatalog:
    return default_catalog()


def names(catalog: ActorCatalog, text: str, on: dt.date | None = None) -> list[str]:
    return [m.entry.name for m in catalog.find(normalize(text), on)]


# --- size and shape -------------------------------------------------------------------


def test_catalogue_has_at_least_260_actors(catalog):
    assert len(catalog) >= 260
    assert len({e.name for e in catalog.entries}) == len(catalog)


def test_every_entry_has_aliases_in_both_languages_or_is_a_country_slot(catalog):
    for entry in catalog.entries:
        if entry.generic and "(" in entry.name and not entry.aliases_ar:
            continue  # "Unidentified Armed Group (Turkey)": a slot reached through localize()
        assert entry.aliases_ar, entry.name
        assert entry.aliases_en, entry.name


# --- each new family from an Arabic alias with clitics and an English alias ------------

FAMILIES = [
    # communal and tribal militias
    ("Busaraya Tribal Militia (Syria)", "واشتبك مسلحي البوسرايا مع دورية", "Busaraya tribe gunmen blocked the road"),
    ("Al Bakeer Tribal Militia (Syria)", "هاجم أبناء البكير حاجزا قرب ذيبان", "the Bakir clan said it would respond"),
    ("Al Mawali Tribal Militia (Syria)", "وأعلنت قبيلة الموالي النفير", "elders of the Mawali tribe met"),
    ("Al Jaghayfa Tribal Militia (Syria)", "بين عشيرة الجغايفة وعشيرة أخرى", "the Jaghayfa tribe buried its dead"),
    ("Al-Afadilah Tribal Militia (Syria)", "ولأبناء العفادلة مطالب", "an Afadila tribe notable was wounded"),
    ("Al Jabbour Tribal Militia (Syria)", "فمقاتلي الجبور تقدموا", "Jabbour tribe fighters advanced"),
    ("Hadidiyin Tribal Militia (Syria)", "وقبيلة الحديديين ترفض", "the Hadidiyin tribe refused"),
    ("Shammar Clan Militia (Syria)", "بمسلحين من قبيلة شمر", "Shammar tribesmen guarded the crossing"),
    ("As-Sweida Bedouins Tribal Militia (Syria)", "وهاجم مسلحون من عشائر البدو قرية", "Bedouin gunmen attacked a village"),
    ("Kurdish Ethnic Militia (Syria)", "ومسلحين أكراد أطلقوا النار", "Kurdish gunmen fired at the car"),
    ("Dar'a Communal Militia (Syria)", "ولمجموعات محلية في درعا دور", "Daraa local gunmen clashed with police"),
    ("Tafas Communal Militia (Syria)", "ومسلحي طفس ردوا على الهجوم", "Tafas gunmen returned fire"),
    ("Shiheil Communal Militia (Syria)", "فمسلحين من الشحيل هاجموا", "Shiheil gunmen seized a post"),
    # 2025 coastal insurgents and remnants
    ("Coastal Shield Brigade", "وتبنى لواء درع الساحل الكمين", "the Coastal Shield Brigade claimed the ambush"),
    ("Military Council for the Liberation of Syria", "وأعلن المجلس العسكري لتحرير سوريا تشكيله",
     "the Military Council for the Liberation of Syria was announced"),
    ("Syrian Popular Resistance", "وتبنت المقاومة الشعبية السورية التفجير", "Syrian Popular Resistance claimed it"),
    ("Islamic Resistance Front in Syria", "ولجبهة المقاومة الإسلامية في سوريا بيان",
     "a statement by the Islamic Resistance Front in Syria"),
    ("Saraya Ansar al-Sunna", "وتبنت سرايا أنصار السنة الهجوم", "Saraya Ansar al-Sunna claimed the attack"),
    # the post-2024 government's units
    ("Military Forces of Syria (2024-) Border Guards", "وأحبطت إدارة حرس الحدود عملية تهريب",
     "the Border Guard Administration stopped a convoy"),
    ("Police Forces of Syria (2024-) General Intelligence Service", "وداهم جهاز الاستخبارات العامة منزلا",
     "the General Intelligence Service raided a house"),
    # SDF sub-units
    ("YPG: Peoples Protection Units - Anti-Terror Unit", "ونفذت وحدات مكافحة الإرهاب التابعة لقسد عملية إنزال",
     "YAT commandos raided the village"),
    ("QSD: Syrian Democratic Forces - Intelligence", "واعتقلت استخبارات قسد شابين", "SDF intelligence detained two men"),
    ("Ar-Raqqa Military Council", "ولمجلس الرقة العسكري نقاط", "the Raqqa Military Council deployed"),
    ("Tabqa Military Council", "بمجلس الطبقة العسكري", "the Tabqa Military Council said"),
    ("Hajin Military Council", "ومجلس هجين العسكري أرسل تعزيزات", "the Hajin Military Council sent men"),
    ("Menbij Internal Security Forces", "وأسايش منبج أغلقت الطريق", "Manbij Asayish closed the road"),
    ("Northern Sun Battalion", "ولكتائب شمس الشمال مقر", "the Northern Sun Battalion withdrew"),
    # SNA factions
    ("Jaysh al-Nukhba", "ومقاتلي جيش النخبة", "Jaysh al-Nukhba fighters"),
    ("Faylaq al-Majd", "وفيلق المجد رد بالقصف", "Faylaq al-Majd shelled the village"),
    ("Sultan Malek Shah Brigade", "بلواء السلطان ملك شاه", "the Sultan Malik Shah Brigade"),
    ("Liwa Samarkand", "ولواء سمرقند انسحب", "the Samarkand Brigade pulled out"),
    ("Al-Muntasir Billah Brigade", "وللواء المنتصر بالله حاجز", "a Muntasir Billah Brigade checkpoint"),
    ("Northern Hawks Brigade", "وفصيل صقور الشمال رفض الاندماج", "the Northern Hawks Brigade refused"),
    ("Azm Operations Room", "وغرفة عمليات عزم تعلن", "the Azm Operations Room announced"),
    ("Harakat Tahrir wal-Binaa", "ولحركة التحرير والبناء مقرات", "the Liberation and Construction Movement"),
    ("Fajr al-Hurriya Operations Room", "وبدأت عملية فجر الحرية", "Operation Dawn of Freedom began"),
    ("Northern Storm Brigade", "ولواء عاصفة الشمال", "the Northern Storm Brigade"),
    # Iraqi PMF brigades and fronts
    ("Kataib al-Imam Ali", "ولكتائب الإمام علي مواقع في البوكمال", "Kataib al-Imam Ali moved into Syria"),
    ("Kataib Jund al-Imam", "وكتائب جند الإمام تنسحب", "Kataib Jund al-Imam withdrew"),
    ("Saraya al-Khorasani", "وسرايا الخراساني أرسلت مقاتلين", "Saraya al-Khorasani sent fighters"),
    ("Saraya Awliya al-Dam", "وتبنت سرايا أولياء الدم القصف", "Saraya Awliya al-Dam claimed the rockets"),
    ("Ashab al-Kahf", "وألوية أصحاب الكهف تهدد", "Ashab al-Kahf threatened convoys"),
    ("Shiite Muslim Militia (Iraq)", "والميليشيات الشيعية العراقية", "Iraqi Shiite militias crossed"),
    # Iranian units
    ("Quds Force (IRGC)", "ولفيلق القدس مستودعات", "the IRGC Quds Force lost a general"),
    # pro-Assad militias
    ("Qalamoun Shield Forces", "وقوات درع القلمون", "the Qalamoun Shield Forces"),
    ("Quneitra Hawks", "وصقور القنيطرة", "the Quneitra Hawks"),
    ("Al-Bustan Association", "ولجمعية البستان مسلحون", "the al-Bustan Charity militia"),
    ("PFLP-GC: Popular Front for the Liberation of Palestine - General Command",
     "وعناصر الجبهة الشعبية القيادة العامة", "PFLP-GC fighters in Yarmouk"),
    ("Fatah al-Intifada", "ولحركة فتح الانتفاضة", "Fatah al-Intifada gunmen"),
    ("Quwat al-Ridha", "وقوات الرضا في ريف حمص", "al-Ridha Forces recruited"),
    ("Liwa Zulfiqar", "وللواء ذو الفقار", "Liwa Zulfiqar fighters"),
    ("Military Forces of Syria (2000-2024) 11th Armored Division", "وللفرقة الحادية عشرة دبابات مواقع",
     "the 11th Armored Division shelled"),
    ("Military Forces of Syria (2000-2024) 15th Special Forces Division", "والفرقة 15 قوات خاصة",
     "the 15th Special Forces Division"),
    # neighbouring states' forces and police
    ("Police Forces of Israel", "وشرطة الاحتلال اعتقلت", "Israeli police arrested two"),
    ("Police Forces of Jordan", "والأمن العام الأردني أعلن", "the Jordanian Public Security Directorate said"),
    ("Police Forces of Jordan Gendarmerie", "وقوات الدرك الأردنية", "Jordanian Gendarmerie units"),
    ("Police Forces of Iraq", "والشرطة العراقية اعتقلت", "Iraqi police detained"),
    ("Military Forces of Iraq Counter-Terrorism Service", "وجهاز مكافحة الإرهاب العراقي", "the Iraqi Counter-Terrorism Service"),
    ("Military Forces of Turkey Gendarmerie", "وأطلقت الجندرما النار", "Turkish gendarmerie fired on refugees"),
    ("Police Forces of Turkey", "والشرطة التركية اعتقلت", "Turkish police detained"),
    ("Police Forces of Turkey National Intelligence Organization", "وبالمخابرات التركية",
     "Turkish intelligence said"),
    ("Grey Wolves", "وللذئاب الرمادية", "the Grey Wolves rallied"),
    ("Amal Movement", "وحركة أمل تنعى", "the Amal Movement mourned"),
    ("Unidentified Clan Militia (Lebanon)", "ومسلحين من العشائر اللبنانية", "Lebanese clan gunmen fired"),
    ("Military Forces of Russia Military Police", "وللشرطة العسكرية الروسية دورية", "Russian military police patrolled"),
    # UN forces
    ("UNIFIL: United Nations Interim Force in Lebanon", "ولقوات اليونيفيل", "UNIFIL peacekeepers reported"),
    # generic actors of neighbouring countries
    ("Protesters (Jordan)", "والمتظاهرين الأردنيين", "Jordanian protesters gathered"),
    ("Protesters (Turkey)", "والمتظاهرين الأتراك", "Turkish protesters marched"),
    ("Protesters (Israel)", "والمتظاهرين الإسرائيليين", "Israeli protesters blocked a road"),
    ("Rioters (Turkey)", "وحشود تركية غاضبة", "a Turkish mob attacked shops"),
    ("Rioters (Jordan)", "ومثيري شغب أردنيين", "Jordanian rioters"),
    ("Rioters (Israel)", "ومثيري شغب إسرائيليين", "Israeli rioters"),
    # other armed groups
    ("Firqat al-Ghuraba", "وفرقة الغرباء تتحصن", "French jihadists barricaded"),
    ("Liwa al-Aqsa", "ولواء الأقصى", "Liwa al-Aqsa fighters"),
    ("Union of the Forces of Jabal al-Sheikh", "واتحاد قوات جبل الشيخ", "the Union of the Forces of Jabal al-Sheikh"),
    ("Former Islamic State (Syria)", "واعتقل عنصر سابق في داعش", "former ISIS members were released"),
    ("Private Security Forces (Syria)", "ولشركة أمنية خاصة", "private security contractors guarded"),
    ("National Police Forces", "والشرطة الوطنية انتشرت", "the National Police deployed"),
]


@pytest.mark.parametrize(("expected", "arabic", "english"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_new_families_resolve_in_both_languages(catalog, expected, arabic, english):
    assert catalog.by_name(expected) is not None and catalog.by_name(expected).name == expected
    on = AFTER if catalog.by_name(expected).valid_from else BEFORE
    assert expected in names(catalog, arabic, on), names(catalog, arabic, on)
    assert expected in names(catalog, english, on), names(catalog, english, on)


def test_arabic_aliases_after_each_proclitic(catalog):
    for clitic in ("و", "ف", "ب", "ل", "وب", "ول", "فل"):
        assert names(catalog, f"{clitic}لواء درع الساحل", AFTER) == ["Coastal Shield Brigade"], clitic
    assert names(catalog, "للفرقة الحادية عشرة", BEFORE) == [
        "Military Forces of Syria (2000-2024) 11th Armored Division"]


@pytest.mark.parametrize(("query", "expected"), [
    ("Shaitat Tribal Militia (Syria)", "Shaitat Tribal Militia (Syria)"),
    ("Albu Saraya Tribal Militia (Syria)", "Busaraya Tribal Militia (Syria)"),
    ("JaN: Elite Army", "Jaysh al-Nukhba"),
    ("Muntasr Billah Battalion", "Al-Muntasir Billah Brigade"),
    ("Military Forces of Iran (1989-) Quds Force", "Quds Force (IRGC)"),
    ("Military Forces of Turkey (2016-) Gendarmerie", "Military Forces of Turkey Gendarmerie"),
    ("Police Forces of Turkey (2016-) National Intelligence Organization",
     "Police Forces of Turkey National Intelligence Organization"),
    ("Military Forces of Syria (2000-) 15th Division Special Forces",
     "Military Forces of Syria (2000-2024) 15th Special Forces Division"),
    ("QSF: Qalamoon Shield Forces", "Qalamoun Shield Forces"),
    ("YAT", "YPG: Peoples Protection Units - Anti-Terror Unit"),
    ("UNIFIL", "UNIFIL: United Nations Interim Force in Lebanon"),
    ("PFLP-GC", "PFLP-GC: Popular Front for the Liberation of Palestine - General Command"),
])
def test_acled_spellings_and_acronyms_find_the_entry(catalog, query, expected):
    assert catalog.by_name(query).name == expected


def test_moved_aliases_left_their_old_entries(catalog):
    # Sub-units took the aliases that named them; the parent keeps its own.
    assert names(catalog, "فيلق القدس") == ["Quds Force (IRGC)"]
    assert names(catalog, "الحرس الثوري") == ["IRGC: Islamic Revolutionary Guard Corps"]
    assert names(catalog, "الجندرمة التركية") == ["Military Forces of Turkey Gendarmerie"]
    assert names(catalog, "الجيش التركي") == ["Military Forces of Turkey"]
    assert names(catalog, "الشرطة العسكرية الروسية") == ["Military Forces of Russia Military Police"]


# --- time bounds ----------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "old", "new"), [
    ("حرس الحدود السوري", "Military Forces of Syria (2000-2024) Border Guards", "Military Forces of Syria (2024-) Border Guards"),
    ("Syrian border guards", "Military Forces of Syria (2000-2024) Border Guards", "Military Forces of Syria (2024-) Border Guards"),
    ("الشرطة العسكرية السورية", "Military Forces of Syria (2000-2024) Military Police",
     "Military Forces of Syria (2024-) Military Police"),
    ("Syrian military police", "Military Forces of Syria (2000-2024) Military Police",
     "Military Forces of Syria (2024-) Military Police"),
])
def test_units_of_both_governments_resolve_by_date(catalog, alias, old, new):
    assert names(catalog, alias, BEFORE) == [old]
    assert names(catalog, alias, AFTER) == [new]
    assert names(catalog, alias, FALL_OF_ASSAD - dt.timedelta(days=1)) == [old]
    assert names(catalog, alias, FALL_OF_ASSAD) == [new]
    [match] = catalog.find(normalize(alias), AFTER)
    assert [e.name for e in match.alternatives] == [old]


def test_bare_border_guards_is_a_weak_syrian_cue(catalog):
    [m] = catalog.find(normalize("وأسقط حرس الحدود طائرة مسيرة"), AFTER)
    assert m.entry.name == "Military Forces of Syria (2024-) Border Guards" and m.weak
    assert names(catalog, "أطلق حرس الحدود التركي النار", AFTER) == ["Military Forces of Turkey Gendarmerie"]
    assert names(catalog, "حرس الحدود الأردني", AFTER) == ["Military Forces of Jordan"]


def test_validity_of_new_units_follows_the_change_of_government(catalog):
    for entry in catalog.entries:
        if entry.name.startswith(OLD_ARMY) or entry.name.startswith("Police Forces of Syria (2000-2024)"):
            assert entry.valid_to == FALL_OF_ASSAD and entry.valid_from is None, entry.name
        if entry.name.startswith(NEW_ARMY) or entry.name.startswith("Police Forces of Syria (2024-)"):
            assert entry.valid_from == FALL_OF_ASSAD and entry.valid_to is None, entry.name
    for name in ("Coastal Shield Brigade", "Military Council for the Liberation of Syria", "Syrian Popular Resistance"):
        entry = catalog.by_name(name)
        assert entry.valid_from == FALL_OF_ASSAD and not entry.is_valid_on(BEFORE) and entry.is_valid_on(AFTER)


def test_every_parent_chain_ends_and_stays_in_time(catalog):
    for entry in catalog.entries:
        chain = catalog.lineage(entry)
        assert chain[0] is entry and len(chain) <= 5
        for child, parent in zip(chain, chain[1:]):
            # a unit of a state's forces cannot outlive the force it belongs to
            if parent.valid_to is not None and child.kind == "state":
                assert child.valid_to is not None and child.valid_to <= parent.valid_to, (child.name, parent.name)


# --- roles: parents and roots by name ---------------------------------------------------


@pytest.mark.parametrize(("name", "root"), [
    ("Anti-Terror Units", "SDF: Syrian Democratic Forces"),
    ("YPG: Peoples Protection Units - Anti-Terror Unit", "SDF: Syrian Democratic Forces"),
    ("Hajin Military Council", "SDF: Syrian Democratic Forces"),
    ("Menbij Internal Security Forces", "SDF: Syrian Democratic Forces"),
    ("Military Forces of Syria (2000-2024) 8th Brigade", OLD_ARMY),
    ("Military Forces of Syria (2024-) Border Guards", NEW_ARMY),
    ("Quds Force", "Military Forces of Iran"),
    ("Al Bakeer Tribal Militia (Syria)", "Ekeidat Tribal Militia (Syria)"),
    ("Jaysh al-Nukhba", "SNA: Syrian National Army"),
    ("Kataib al-Imam Ali", "Military Forces of Iraq"),
    ("Coastal Shield Brigade", "Former Military Forces of Syria (2000-2024)"),
    ("Hezbollah", "Hezbollah"),
])
def test_root_of_a_name(catalog, name, root):
    assert catalog.root_of(name).name == root
    assert catalog.root_of(catalog.by_name(name)).name == root


def test_root_and_parent_of_unknown_names(catalog):
    assert catalog.root_of("Liwa of the Imaginary Brigade") is None
    assert catalog.parent_of("Liwa of the Imaginary Brigade") is None
    assert catalog.lineage("nobody") == ()
    assert catalog.parent_of("Hajin Military Council").name == "Deir ez-Zor Military Council"
    assert [e.name for e in catalog.lineage("Hajin Military Council")] == [
        "Hajin Military Council", "Deir ez-Zor Military Council", "SDF: Syrian Democratic Forces"]


# --- named groups the catalogue does not know --------------------------------------------


def unknown(catalog: ActorCatalog, text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    out = []
    for start, end, name in catalog.find_unknown_groups(norm):
        assert 0 <= start < end <= len(norm.text)
        span = norm.span_to_original(start, end)
        out.append((text[span.start:span.end], name))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("قُتل عنصران من ميليشيا أسود الحسين الإيرانية بانفجار لغم قرب المياذين",
     [("ميليشيا أسود الحسين", "Usud al-Hussein Militia")]),
    ("وأعلن تجمع أحرار حوران مقتل شاب برصاص مجهولين في ريف درعا",
     [("تجمع أحرار حوران", "Tajammu Ahrar Hawran")]),
    ("اندلعت اشتباكات بين قسد وفصيل \"صقور الفرات\" في محيط القرية",
     [("فصيل \"صقور الفرات", "Suqur al-Furat Faction")]),
    ("هاجمت قوات الفجر المدعومة من روسيا مواقع التنظيم في البادية",
     [("قوات الفجر", "Al-Fajr Forces")]),
    ("قال مصدر إن لواء صقور جبل الزاوية أرسل تعزيزات إلى سراقب",
     [("لواء صقور جبل الزاوية", "Liwa Suqur Jabal al-Zawiya")]),
    ("تبنّت كتائب الفرقان التابعة للهيئة الهجوم، بينما نفت جيش الأحفاد أي علاقة",
     [("كتائب الفرقان", "Kataib al-Furqan"), ("جيش الأحفاد", "Jaysh al-Ahfad")]),
])
def test_find_unknown_groups(catalog, text, expected):
    assert unknown(catalog, text) == expected


@pytest.mark.parametrize("text", [
    "أطلق فصيل مسلح النار على سيارة مدنية",
    "هاجمت مجموعة من المسلحين حاجزا للأمن العام",
    "قصف جيش الاحتلال أطراف القرية بالمدفعية",
    "توقفت حركة السير على الطريق الدولي",
    "قُتل ضابط برتبة لواء في الانفجار",
    "انتشرت قوات كبيرة في محيط المدينة",
    "دارت اشتباكات على جبهة ريف إدلب الجنوبي",
    "تمكنت فرقة الإطفاء من إخماد الحريق",
    "ميليشيا القاطرجي ولواء الباقر وقوات النظام",  # all three are in the catalogue
    "وصلت تعزيزات لـ\"لواء القدس\" إلى تدمر",
    "أطلقت الجماعة صواريخ تزن ما مجموعه 1.6 طن",  # "in all": a number names no group
    "قُتل جندي من كتيبة 9232 في الاشتباك",
    # an army's unit whose headquarters were the target
    "استهدفت المقاومة مقر قيادة كتيبة \"ليمان\" بالقذائف",
    "",
])
def test_find_unknown_groups_skips_generic_and_known_phrases(catalog, text):
    assert unknown(catalog, text) == []


def test_find_unknown_groups_names_what_an_empty_catalogue_does_not_know():
    empty = ActorCatalog([])
    assert [n for _, _, n in empty.find_unknown_groups(normalize("هاجمت ميليشيا القاطرجي الحاجز"))] == [
        "Al-Qatirji Militia"]
    assert [n for _, _, n in empty.find_unknown_groups(normalize("وصلت تعزيزات للواء الباقر"))] == ["Liwa al-Baqir"]
    # an introducer inside a name gives the inner one
    assert [n for _, _, n in empty.find_unknown_groups(normalize("عناصر ميليشيا لواء الفرسان"))] == [
        "Liwa al-Fursan"]


def test_unknown_group_offsets_are_folded_and_skip_the_proclitic(catalog):
    text = "وتبنّى فصيلُ «نسور البادية» الهجوم"
    norm = normalize(text)
    [(start, end, name)] = catalog.find_unknown_groups(norm)
    assert norm.text[start:end].startswith("فصيل")
    assert name == "Nusur al-Badiya Faction"


def test_named_group_pattern_covers_the_introducers():
    for word in NAMED_GROUP_INTRODUCERS:
        assert NAMED_GROUP_PATTERN.search(fold(f"و{word} الاسم")), word
    assert NAMED_GROUP_PATTERN.search(fold("اللواء الثامن")) is None
    assert NAMED_GROUP_PATTERN.search(fold("جيشا كبيرا")) is None


# --- against ACLED's actor list ----------------------------------------------------------


def _acled() -> dict[str, set[int]]:
    if not ACLED_LIST.is_file():
        pytest.skip("../shared/data/actors/acled_syria_actor_list.csv is not available")
    out: dict[str, set[int]] = {}
    with ACLED_LIST.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            codes = {int(c.split(":")[0]) for c in row["inter_codes"].split(";") if c.strip()}
            out[row["acled_actor_name"]] = codes
    return out


@pytest.mark.shared
def test_inter_codes_agree_with_acled(catalog):
    acled = _acled()
    for entry in catalog.entries:
        # as scripts/check_actors.py: the codes ACLED gives any of the entry's names
        codes = set().union(*(acled.get(name, set()) for name in (entry.name, *entry.aliases_en)))
        assert not codes or entry.inter in codes, (entry.name, codes)


@pytest.mark.shared
def test_communal_and_tribal_militias_use_acled_names(catalog):
    acled = _acled()
    militias = [e.name for e in catalog.entries
                if re.search(r"(Tribal|Communal|Clan) Militia( \(Syria\))?$", e.name) and "Unidentified" not in e.name]
    assert len(militias) >= 25
    assert [name for name in militias if name not in acled] == []


@pytest.mark.shared
def test_check_actors_script_reports_no_inter_disagreement(capsys):
    if not ACLED_LIST.is_file():
        pytest.skip("../shared/data/actors/acled_syria_actor_list.csv is not available")
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "check_actors.py"
    spec = importlib.util.spec_from_file_location("check_actors", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--strict", "--top", "3", "--acled", str(ACLED_LIST)]) == 0
    report = capsys.readouterr().out
    assert "2. inter codes that differ from ACLED (0)" in report
    assert "4. aliases two entries valid on the same day share" in report


def test_find_unknown_groups_reuses_the_callers_matches(catalog):
    norm = normalize("اشتبك فصيل نسور البادية مع قسد")
    matches = catalog.find(norm)
    assert catalog.find_unknown_groups(norm, matches=matches) == catalog.find_unknown_groups(norm)
    assert [n for _, _, n in catalog.find_unknown_groups(norm, matches=[])] == ["Nusur al-Badiya Faction"]
