#!/usr/bin/env python3
"""Build rasid's bundled gazetteer (``rasid/gazetteer/data``) from the shared source data.

Usage (from the repository root)::

    python scripts/build_gazetteer.py [--shared ../shared] [--out rasid/gazetteer/data]

Reads, never writes, ``<shared>/data/gazetteer/``:

* ``syria-admin-ocha/``: OCHA/UNCS COD-AB v02 tables (governorates, districts,
  sub-districts, city neighbourhoods) and polygons;
* ``syria-communities-ocha-2015/``: the 5,251 OCHA communities (admin4 points);
* ``geonames-levant/``: GeoNames towns (cities500) of SY, IQ, LB, JO and TR;

plus ``scripts/gazetteer_supplement.tsv`` (hand-curated: countries, Israel and Palestine,
regions, deserts, mountains, camps, airports, bases, oil fields, crossings, dams,
prisons, roads, towns the sources lack) and, only to decide ``needs_cue`` and which
spelling of a Syrian town is its English name (the one English news uses most, where it
uses one; ``prefer_news_spellings``), the NER corpora under ``<shared>/data/ner/`` and the
English FA-KES articles under ``<shared>/data/news/fakes-en/`` less those the evaluation
sets hold (nothing of them is copied into the output).

Writes ``places.tsv``, ``admin1.geojson``, ``admin2.geojson`` and ``NOTICE``.
Needs shapely (the ``build`` extra); the runtime package does not.

places.tsv
----------
UTF-8, tab-separated, one header row, columns ``COLUMNS`` below:

* ``place_id``: the OCHA P-code for OCHA rows (``SY09`` governorate, ``SY0901``
  district, ``SY090100`` sub-district, ``C5086`` community, ``N0419`` neighbourhood,
  ``A008`` Damascus area), ``gn:<geonameid>`` for GeoNames towns, ``gn:<CC>.<code>``
  for the first-level divisions of IQ, LB, JO and TR (GeoNames admin1 codes,
  ``gn:IQ.01`` Anbar), ``rs:<slug>`` for supplement rows.
* ``kind``: country, governorate, province (a first-level division abroad), district,
  subdistrict, community, neighbourhood, town (GeoNames, or a supplement town), region,
  desert, camp, airport, base, oilfield, crossing, dam, road, prison, site.
* ``name_en`` / ``name_ar``: display names (``name_ar`` may be empty for GeoNames
  towns without an Arabic name). OCHA's "مركز " / "Markaz " prefix is stripped.
* ``aliases``: ``|``-joined extra Arabic and Latin spellings. An alias written with a
  leading ``~`` must only match after a place cue (see needs_cue).
* ``country``; ``admin1`` (ACLED-style governorate names for Syria: Aleppo, Hasakah,
  Raqqa, Deir ez-Zor, Idlib, Latakia, Tartus, Hama, Homs, Damascus, Rural Damascus,
  Daraa, Suwayda, Quneitra; GeoNames first-level names elsewhere, and for Israel and
  Palestine: Northern District, Haifa, Central District, Tel Aviv, Jerusalem, Southern
  District, West Bank, Gaza Strip); ``admin2`` /
  ``admin3`` (OCHA English names); ``pcode`` (the row's own P-code, or for rows
  without one the P-code of the sub-district the point falls in).
* ``latitude`` / ``longitude`` (WGS84, 5 decimals). Governorates, districts and
  sub-districts carry the coordinates of their capital when OCHA marks one, else
  OCHA's representative point of the polygon; provinces abroad the point of their
  capital town; countries a central point.
* ``population``: GeoNames population when known (merged into OCHA communities), else 0.
* ``precision``: 1 town/village/neighbourhood/site; 2 district or sub-district, desert
  named after a town, mountain, road; 3 country, governorate, province or large region.
* ``needs_cue``: 1 if the place's primary name (``name_ar``; ``name_en`` for rows
  without Arabic) is also an ordinary word and must only be taken as this place after
  a place cue (قرية، بلدة، مدينة، حي، village, town ...).

The needs_cue rule
------------------
A name needs a cue when, after ``rasid.text.normalize.fold``:

1. it is in the curated stoplists below (``ARABIC_STOP``, ``ENGLISH_STOP``: common
   nouns, news vocabulary, adjectives, months, slogans, given names, and famous places
   outside the five countries, e.g. القدس، جنين، الرياض, that are also village names);
2. it has at most 3 letters (spaces ignored) and no important place has that name
   (important: governorate, district, sub-district, supplement site or region, a capital
   per OCHA ``CAPIT_LVL``, or a GeoNames town of population >= 10,000);
3. (Arabic) it has the shape of a person's name: honorific or kunya + given name
   (أبو عبيدة، الشيخ أحمد) or "X الدين" (عز الدين، صلاح الدين);
4. (Arabic) it is a one- or two-word name whose form occurs at least ``CORPUS_MIN``
   times in the Arabic NER corpora (ANERcorp, AQMAR, Wojood sample) and is tagged as
   something other than a place (O, PERS, ORG, DATE ...) in at least ``CORPUS_SHARE``
   of its occurrences; tokens "وال/بال/فال/كال/لل + word" also count as "ال + word";
5. (Arabic, unimportant places only) the corpora tag it as a place at least
   ``CORPUS_MIN`` times: a famous place elsewhere (القاهرة، مشهد) shares the name;
6. (Arabic) a proclitic + the name is a token seen at least
   ``2 * CORPUS_MIN`` times while the name alone is ten times rarer (بنان in لبنان):
   the clitic-aware matcher would find it inside that word;
   and (Arabic) a one-word name that is a proclitic glued to a settlement noun
   (بقرية: "in the village of") needs one too;
7. (Latin) it is one word that the English FA-KES articles write in lower case at
   least twice and in at least half of its occurrences (a common English word), or a
   word of ``ENGLISH_STOP``; a name of several words needs a cue when its words besides
   articles are all such words ("Al-Thawra", "Old Deir", "Abu Omar"), unless it opens
   with a place word (``PLACE_HEADS``: ras, ain, tal, deir ...) followed by a word that
   is no common English word ("Ras al-Ain", "Ain Issa", "Tal Hassan").

Governorate and country names never need a cue; a famous place abroad in the stoplist
(``FAMOUS_OWN``: حيفا، غزة، شبعا ...) needs none for its own country's row. The row flag
is computed on the primary name
(``name_ar``, or ``name_en`` when there is no Arabic name). Every other name carries its
own flag: aliases are written with ``~`` when they need a cue, and a non-primary
``name_en`` that needs one is repeated in the aliases with ``~``. Community names split
from OCHA's "A_B" / "A - B" / "A / B" forms take as primary the first part that needs
no cue.

Other derivations
-----------------
* Latin names with an article (Al-, Al , Ar-, As-, Ash-, At-, Ath-, Az-, Ad-, An-, El-)
  get "al-" + rest and, when rest has >= 5 letters and is not a common English word,
  the bare rest; names with apostrophes (', ’, ‘, ʿ, ʾ) also get forms with ASCII ' and
  without any, names with Turkish dotless ı a form with i; Arabic article forms are left
  to the matcher.
* A part of a split community name that is an admin unit name (OCHA's way of saying
  "X in district Y", e.g. "الحجلية- الباب") is dropped.
* GeoNames SY towns within 3 km of an OCHA community with the same name (folded, article
  ignored, Arabic or Latin) are merged into the community: names become aliases, the
  population is kept. Other SY towns and supplement rows get admin1-3 and the P-code by
  point-in-polygon on the OCHA sub-district polygons (nearest polygon within ~10 km for
  points on a border).
* Curated spellings (``VARIANTS``) of governorates and main towns are added to every
  Syrian row with that Arabic name in that governorate.
* Systematic spellings (``spelling_variants``) for the governorates and for Syrian
  communities and towns of at least ``SPELL_MIN_POP`` people (GeoNames population) or
  that are an admin capital (OCHA ``CAPIT_LVL``), from their OCHA name and their first
  Latin alias: every article as al-/el-/assimilated (as-, ash-, at-, az- ...), the last
  word's ending as -eh/-ah/-a, ou/u, ei/ay, doubled consonants single; Arabic
  "دير X" / "أبو X" also glued ("ديرالزور", ``glued_arabic``). Each spelling gets its own
  cue flag like any alias.
* Provinces (``PROVINCES``): one row per GeoNames admin1 code of IQ, LB, JO and TR, with
  the Arabic name and extra spellings of the table, at its capital's point; the build
  fails if GeoNames has a code the table lacks. ``FOREIGN_NAMES`` adds the Arabic names
  of Turkish border towns that GeoNames lacks.
* ``Gazetteer.find`` reports country rows only on request (see rasid.gazetteer.index).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rasid.text.normalize import fold  # noqa: E402

try:
    import shapely
    from shapely.geometry import Point, mapping, shape
    from shapely.strtree import STRtree
except ImportError:  # pragma: no cover - build-time dependency
    sys.exit("build_gazetteer.py needs shapely (pip install -e '.[build]')")

COLUMNS = (
    "place_id", "kind", "name_en", "name_ar", "aliases", "country", "admin1", "admin2",
    "admin3", "pcode", "latitude", "longitude", "population", "precision", "needs_cue",
)
KIND_ORDER = (
    "country", "governorate", "province", "district", "subdistrict", "community", "neighbourhood",
    "town", "region", "desert", "camp", "airport", "base", "oilfield", "crossing", "dam", "road",
    "prison", "site",
)
PRECISION = {
    "governorate": 3, "region": 3, "district": 2, "subdistrict": 2, "desert": 2, "road": 2,
    "country": 3, "province": 3,
}

# OCHA governorate P-code -> ACLED-style English name.
ADMIN1_NAME = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
    "SY05": "Hama", "SY06": "Latakia", "SY07": "Idlib", "SY08": "Hasakah",
    "SY09": "Deir ez-Zor", "SY10": "Tartus", "SY11": "Raqqa", "SY12": "Daraa",
    "SY13": "Suwayda", "SY14": "Quneitra",
}
COUNTRY = {"SY": "Syria", "IQ": "Iraq", "LB": "Lebanon", "JO": "Jordan", "TR": "Turkey"}
# First-level divisions of the neighbours (kind "province"): GeoNames admin1 code ->
# (English name as used in the ``admin1`` column, Arabic name, the GeoNames ``name`` of
# its capital, whose point the province takes, extra spellings). Names and capitals are
# public facts (GeoNames admin1 list, the countries' administrative divisions).
# Every GeoNames admin1 code of IQ, LB, JO and TR must be here: the build checks it.
PROVINCES: dict[str, dict[str, tuple[str, str, str, tuple[str, ...]]]] = {
    "IQ": {
        "01": ("Anbar", "الأنبار", "Ramadi", ("Al Anbar", "al-Anbar", "Anbar Governorate", "محافظة الأنبار")),
        "02": ("Basra", "البصرة", "Basrah", ("Basrah", "Basra Governorate", "محافظة البصرة")),
        "03": ("Muthanna", "المثنى", "As Samawah", ("Al Muthanna", "al-Muthanna", "محافظة المثنى")),
        "04": ("Qadisiyah", "القادسية", "Al Diwaniyah", (
            "Al-Qadisiyyah", "Qadisiyyah", "al-Qadisiyah", "Diwaniyah Governorate", "محافظة القادسية",
            "محافظة الديوانية")),
        "05": ("Sulaymaniyah", "السليمانية", "Sulaymaniyah", (
            "Sulaimaniya", "Sulaimani", "Slemani", "Suleimaniyah", "محافظة السليمانية")),
        "06": ("Babil", "بابل", "Al Hillah", ("Babylon Governorate", "Babil Governorate", "محافظة بابل")),
        "07": ("Baghdad", "بغداد", "Baghdad", ("Baghdad Governorate", "محافظة بغداد")),
        "08": ("Duhok", "دهوك", "Dihok", ("Dohuk", "Dahuk", "Duhok Governorate", "محافظة دهوك")),
        "09": ("Dhi Qar", "ذي قار", "Nasiriyah", ("Thi Qar", "Dhiqar", "محافظة ذي قار")),
        "10": ("Diyala", "ديالى", "Baqubah", ("Diyala Governorate", "محافظة ديالى", "ديالا")),
        "11": ("Erbil", "أربيل", "Erbil", ("Arbil", "Irbil", "Hawler", "Erbil Governorate", "محافظة أربيل", "هولير")),
        "12": ("Karbala", "كربلاء", "Karbala", ("Kerbala", "Karbala Governorate", "محافظة كربلاء")),
        "13": ("Kirkuk", "كركوك", "Kirkuk", (
            "Kirkuk Governorate", "Tamim", "al-Tamim", "محافظة كركوك", "محافظة التأميم")),
        "14": ("Maysan", "ميسان", "Al ‘Amārah", ("Missan", "Maysan Governorate", "محافظة ميسان")),
        "15": ("Nineveh", "نينوى", "Mosul", (
            "Ninawa", "Ninewa", "Nineveh Governorate", "Ninawa Governorate", "محافظة نينوى")),
        "16": ("Wasit", "واسط", "Al-Kut", ("Wassit", "Wasit Governorate", "محافظة واسط")),
        "17": ("Najaf", "النجف", "Najaf", ("al-Najaf", "Najaf Governorate", "محافظة النجف")),
        "18": ("Salah al-Din", "صلاح الدين", "Tikrīt", (
            "Salahuddin", "Salah ad-Din", "Saladin", "Salaheddine", "Salah al-Din Governorate",
            "محافظة صلاح الدين")),
        "19": ("Halabja", "حلبجة", "Halabja", ("Halabja Governorate", "محافظة حلبجة")),
    },
    "LB": {
        "04": ("Beirut", "بيروت", "Beirut", ("Beirut Governorate", "محافظة بيروت")),
        "05": ("Mount Lebanon", "جبل لبنان", "Baabda", (
            "Mount Lebanon Governorate", "Jabal Lubnan", "محافظة جبل لبنان")),
        "06": ("South Lebanon", "جنوب لبنان", "Sidon", (
            "South Governorate", "South Lebanon Governorate", "محافظة الجنوب", "محافظة جنوب لبنان")),
        "07": ("Nabatieh", "النبطية", "Nabatîyé et Tahta", (
            "Nabatiyeh", "Nabatiye", "Nabatieh Governorate", "محافظة النبطية")),
        "08": ("Beqaa", "البقاع", "Zahlé", (
            "Bekaa", "Beqaa Valley", "Bekaa Valley", "Beqaa Governorate", "محافظة البقاع", "سهل البقاع")),
        "09": ("North Lebanon", "لبنان الشمالي", "Tripoli", (
            "North Governorate", "North Lebanon Governorate", "محافظة الشمال", "محافظة لبنان الشمالي", "شمال لبنان")),
        "10": ("Akkar", "عكار", "Halba", ("Akkar Governorate", "محافظة عكار")),
        "11": ("Baalbek-Hermel", "بعلبك الهرمل", "Baalbek", (
            "Baalbek-Hermel Governorate", "Baalbek Hermel", "محافظة بعلبك الهرمل", "بعلبك - الهرمل")),
    },
    "JO": {
        "02": ("Balqa", "البلقاء", "As Salţ", ("Al-Balqa", "Balqa Governorate", "محافظة البلقاء")),
        "09": ("Karak", "الكرك", "Karak City", ("Kerak", "Al-Karak", "Karak Governorate", "محافظة الكرك")),
        "12": ("Tafilah", "الطفيلة", "Aţ Ţafīlah", ("Tafila", "Al-Tafilah", "Tafilah Governorate", "محافظة الطفيلة")),
        "15": ("Mafraq", "المفرق", "Mafraq", ("Al-Mafraq", "Mafraq Governorate", "محافظة المفرق")),
        "16": ("Amman", "العاصمة", "Amman", (
            "Amman Governorate", "Capital Governorate", "محافظة العاصمة", "محافظة عمان")),
        "17": ("Zarqa", "الزرقاء", "Zarqa", ("Az-Zarqa", "Zarqa Governorate", "محافظة الزرقاء")),
        "18": ("Irbid", "إربد", "Irbid", ("Irbid Governorate", "محافظة إربد", "محافظة اربد")),
        "19": ("Maan", "معان", "Ma'an", ("Ma'an", "Ma'an Governorate", "Maan Governorate", "محافظة معان")),
        "20": ("Ajloun", "عجلون", "‘Ajlūn", ("Ajlun", "Ajloun Governorate", "محافظة عجلون")),
        "21": ("Aqaba", "العقبة", "Aqaba", ("Al-Aqaba", "Aqaba Governorate", "محافظة العقبة")),
        "22": ("Jerash", "جرش", "Jarash", ("Jarash", "Jerash Governorate", "محافظة جرش")),
        "23": ("Madaba", "مادبا", "Mādabā", ("Madaba Governorate", "محافظة مادبا")),
    },
    "TR": {
        "02": ("Adiyaman", "أديامان", "Adıyaman", ("Adıyaman", "Adiyaman Province", "ولاية أديامان")),
        "03": ("Afyonkarahisar", "أفيون قره حصار", "Afyonkarahisar", ("Afyon", "ولاية أفيون قره حصار")),
        "04": ("Agri", "أغري", "Ağrı", ("Ağrı", "Agri Province", "ولاية أغري")),
        "05": ("Amasya", "أماسيا", "Amasya", ("Amasya Province", "ولاية أماسيا")),
        "07": ("Antalya", "أنطاليا", "Antalya", ("Antalya Province", "ولاية أنطاليا", "انطاليا")),
        "08": ("Artvin", "أرتفين", "Artvin", ("Artvin Province", "ولاية أرتفين")),
        "09": ("Aydin", "آيدين", "Aydın", ("Aydın", "Aydin Province", "ولاية آيدين")),
        "10": ("Balikesir", "باليكسير", "Balıkesir", ("Balıkesir", "Balikesir Province", "ولاية باليكسير")),
        "11": ("Bilecik", "بيلجيك", "Bilecik", ("Bilecik Province", "ولاية بيلجيك")),
        "12": ("Bingol", "بينغول", "Bingöl", ("Bingöl", "Bingol Province", "ولاية بينغول")),
        "13": ("Bitlis", "بتليس", "Bitlis", ("Bitlis Province", "ولاية بتليس", "بدليس")),
        "14": ("Bolu", "بولو", "Bolu", ("Bolu Province", "ولاية بولو")),
        "15": ("Burdur", "بوردور", "Burdur", ("Burdur Province", "ولاية بوردور")),
        "16": ("Bursa", "بورصة", "Bursa", ("Bursa Province", "ولاية بورصة", "ولاية بورصا")),
        "17": ("Canakkale", "جناق قلعة", "Çanakkale", (
            "Çanakkale", "Canakkale Province", "ولاية جناق قلعة", "تشاناكالي")),
        "19": ("Corum", "تشوروم", "Çorum", ("Çorum", "Corum Province", "ولاية تشوروم", "جوروم")),
        "20": ("Denizli", "دنيزلي", "Denizli", ("Denizli Province", "ولاية دنيزلي")),
        "21": ("Diyarbakir", "ديار بكر", "Diyarbakır", (
            "Diyarbakır", "Diyarbakir Province", "ولاية ديار بكر", "دياربكر")),
        "22": ("Edirne", "أدرنة", "Edirne", ("Edirne Province", "ولاية أدرنة")),
        "23": ("Elazig", "إلازيغ", "Elazığ", ("Elazığ", "Elazig Province", "ولاية إلازيغ")),
        "24": ("Erzincan", "أرزينجان", "Erzincan", ("Erzincan Province", "ولاية أرزينجان")),
        "25": ("Erzurum", "أرضروم", "Erzurum", ("Erzurum Province", "ولاية أرضروم", "أرزروم")),
        "26": ("Eskisehir", "إسكي شهير", "Eskişehir", ("Eskişehir", "Eskisehir Province", "ولاية إسكي شهير")),
        "28": ("Giresun", "غيرسون", "Giresun", ("Giresun Province", "ولاية غيرسون")),
        "31": ("Hatay", "هاتاي", "Antakya", ("Hatay Province", "ولاية هاتاي", "لواء إسكندرون", "لواء اسكندرونة")),
        "32": ("Mersin", "مرسين", "Mersin", ("Mersin Province", "İçel", "ولاية مرسين")),
        "33": ("Isparta", "إسبرطة", "Isparta", ("Isparta Province", "ولاية إسبرطة")),
        "34": ("Istanbul", "إسطنبول", "Istanbul", ("İstanbul", "Istanbul Province", "ولاية إسطنبول", "اسطنبول")),
        "35": ("Izmir", "إزمير", "İzmir", ("İzmir", "Izmir Province", "ولاية إزمير")),
        "37": ("Kastamonu", "قسطموني", "Kastamonu", ("Kastamonu Province", "ولاية قسطموني")),
        "38": ("Kayseri", "قيصري", "Kayseri", ("Kayseri Province", "ولاية قيصري")),
        "39": ("Kirklareli", "قرقلر ايلي", "Kırklareli", ("Kırklareli", "Kirklareli Province", "ولاية قرقلر ايلي")),
        "40": ("Kirsehir", "قيرشهير", "Kırşehir", ("Kırşehir", "Kirsehir Province", "ولاية قيرشهير")),
        "41": ("Kocaeli", "كوجالي", "İzmit", ("Kocaeli Province", "ولاية كوجالي", "قوجه ايلي")),
        "43": ("Kutahya", "كوتاهيا", "Kütahya", ("Kütahya", "Kutahya Province", "ولاية كوتاهيا")),
        "44": ("Malatya", "ملاطية", "Malatya", ("Malatya Province", "ولاية ملاطية", "ملاطيا")),
        "45": ("Manisa", "مانيسا", "Manisa", ("Manisa Province", "ولاية مانيسا")),
        "46": ("Kahramanmaras", "كهرمان مرعش", "Kahramanmaraş", (
            "Kahramanmaraş", "Kahramanmaras Province", "Maras", "Marash", "ولاية كهرمان مرعش", "مرعش")),
        "48": ("Mugla", "موغلا", "Muğla", ("Muğla", "Mugla Province", "ولاية موغلا")),
        "49": ("Mus", "موش", "Muş", ("Muş", "Mus Province", "ولاية موش")),
        "50": ("Nevsehir", "نوشهر", "Nevşehir", ("Nevşehir", "Nevsehir Province", "ولاية نوشهر", "نيفشهير")),
        "52": ("Ordu", "أوردو", "Ordu", ("Ordu Province", "ولاية أوردو")),
        "53": ("Rize", "ريزه", "Rize", ("Rize Province", "ولاية ريزه")),
        "54": ("Sakarya", "سكاريا", "Adapazarı", ("Sakarya Province", "ولاية سكاريا", "صقاريا")),
        "55": ("Samsun", "سامسون", "Samsun", ("Samsun Province", "ولاية سامسون")),
        "57": ("Sinop", "سينوب", "Sinop", ("Sinop Province", "ولاية سينوب")),
        "58": ("Sivas", "سيواس", "Sivas", ("Sivas Province", "ولاية سيواس")),
        "59": ("Tekirdag", "تكيرداغ", "Tekirdağ", ("Tekirdağ", "Tekirdag Province", "ولاية تكيرداغ")),
        "60": ("Tokat", "توقات", "Tokat", ("Tokat Province", "ولاية توقات")),
        "61": ("Trabzon", "طرابزون", "Trabzon", ("Trabzon Province", "ولاية طرابزون")),
        "62": ("Tunceli", "تونجلي", "Tunceli", ("Tunceli Province", "Dersim", "ولاية تونجلي", "ديرسم")),
        "63": ("Sanliurfa", "شانلي أورفا", "Şanlıurfa", (
            "Şanlıurfa", "Sanliurfa Province", "Urfa", "ولاية شانلي أورفا", "أورفا", "أورفة", "شانلي أورفة")),
        "64": ("Usak", "أوشاك", "Uşak", ("Uşak", "Usak Province", "ولاية أوشاك")),
        "65": ("Van", "وان", "Van", ("Van Province", "ولاية وان", "فان")),
        "66": ("Yozgat", "يوزغات", "Yozgat", ("Yozgat Province", "ولاية يوزغات")),
        "68": ("Ankara", "أنقرة", "Ankara", ("Ankara Province", "ولاية أنقرة")),
        "69": ("Gumushane", "غوموشهانه", "Gümüşhane", ("Gümüşhane", "Gumushane Province", "ولاية غوموشهانه")),
        "70": ("Hakkari", "هكاري", "Hakkâri", ("Hakkâri", "Hakkari Province", "ولاية هكاري")),
        "71": ("Konya", "قونية", "Konya", ("Konya Province", "ولاية قونية")),
        "72": ("Mardin", "ماردين", "Mardin", ("Mardin Province", "ولاية ماردين")),
        "73": ("Nigde", "نيغدة", "Niğde", ("Niğde", "Nigde Province", "ولاية نيغدة")),
        "74": ("Siirt", "سعرد", "Siirt", ("Siirt Province", "ولاية سعرد", "سيرت")),
        "75": ("Aksaray", "أقسراي", "Aksaray", ("Aksaray Province", "ولاية أقسراي")),
        "76": ("Batman", "بطمان", "Batman", ("Batman Province", "ولاية بطمان", "باتمان")),
        "77": ("Bayburt", "بايبورت", "Bayburt", ("Bayburt Province", "ولاية بايبورت")),
        "78": ("Karaman", "قرمان", "Karaman", ("Karaman Province", "ولاية قرمان")),
        "79": ("Kirikkale", "قيريق قلعة", "Kırıkkale", ("Kırıkkale", "Kirikkale Province", "ولاية قيريق قلعة")),
        "80": ("Sirnak", "شرناق", "Şırnak", ("Şırnak", "Sirnak Province", "ولاية شرناق", "شرنخ")),
        "81": ("Adana", "أضنة", "Adana", ("Adana Province", "ولاية أضنة")),
        "82": ("Cankiri", "تشانقيري", "Çankırı", ("Çankırı", "Cankiri Province", "ولاية تشانقيري")),
        "83": ("Gaziantep", "غازي عنتاب", "Gaziantep", (
            "Gaziantep Province", "Antep", "Aintab", "ولاية غازي عنتاب", "عنتاب", "غازي عينتاب")),
        "84": ("Kars", "قارص", "Kars", ("Kars Province", "ولاية قارص")),
        "85": ("Zonguldak", "زونغولداك", "Zonguldak", ("Zonguldak Province", "ولاية زونغولداك")),
        "86": ("Ardahan", "أردهان", "Ardahan", ("Ardahan Province", "ولاية أردهان")),
        "87": ("Bartin", "بارتين", "Bartın", ("Bartın", "Bartin Province", "ولاية بارتين")),
        "88": ("Igdir", "إغدير", "Iğdır", ("Iğdır", "Igdir Province", "ولاية إغدير")),
        "89": ("Karabuk", "قره بوك", "Karabük", ("Karabük", "Karabuk Province", "ولاية قره بوك")),
        "90": ("Kilis", "كلس", "Kilis", ("Kilis Province", "ولاية كلس", "كيليس")),
        "91": ("Osmaniye", "عثمانية", "Osmaniye", ("Osmaniye Province", "ولاية عثمانية", "العثمانية")),
        "92": ("Yalova", "يالوفا", "Yalova", ("Yalova Province", "ولاية يالوفا")),
        "93": ("Duzce", "دوزجه", "Düzce", ("Düzce", "Duzce Province", "ولاية دوزجه")),
    },
}
# GeoNames first-level division codes -> English names (the ``admin1`` of foreign towns).
GEONAMES_ADMIN1 = {cc: {code: entry[0] for code, entry in table.items()} for cc, table in PROVINCES.items()}
# Extra names of GeoNames towns abroad that news use and GeoNames lacks (mostly the Arabic
# names of Turkish border towns): geonameid -> names.
FOREIGN_NAMES: dict[str, tuple[str, ...]] = {
    "318668": ("جيلان بينار", "جيلان بنار", "Ceylanpinar"),  # Ceylanpınar (opposite Ras al-Ain)
    "324944": ("أقجة قلعة", "اقجه قلعه", "Akcakale"),  # Akçakale (opposite Tal Abyad)
    "297466": ("يايلاداغ", "Yayladagi"),  # Yayladağı (opposite Kasab)
    "323906": ("ألتين أوزو", "Altinozu"),  # Altınözü
    "300075": ("سروج", "Suruc"),  # Suruç (opposite Kobani)
    "321062": ("بيره جك", "بيرجك"),  # Birecik
    "309134": ("قرقميش", "Karkamis", "Karkemish"),  # Karkamış (opposite Jarablus)
    "307084": ("قزل تبه", "قيزل تبه", "Kiziltepe"),  # Kızıltepe
    "318253": ("جزيرة ابن عمر", "جزرة", "Jazirat Ibn Umar"),  # Cizre
    "300797": ("سلوبي", "سيلوبي"),  # Silopi
    "312531": ("حران",),  # Harran
    "303798": ("نزيب", "نيزيب"),  # Nizip
    "298033": ("ويران شهر", "فيران شهير"),  # Viranşehir
    "303750": ("Nusaybin", "Nisibis"),  # Nusaybin (opposite Qamishli)
    "302355": ("Reyhanli",),  # Reyhanlı
}

# Curated spellings: (Arabic name as OCHA writes it, ACLED admin1, extra spellings).
# They are added to every Syrian row with that (folded) Arabic name in that governorate.
VARIANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("دمشق", "Damascus", ("Damascus", "Dimashq", "Damas")),
    ("ريف دمشق", "Rural Damascus", (
        "Rural Damascus", "Rif Dimashq", "Reef Dimashq", "Rif Damascus", "Damascus countryside",
        "Damascus Rural", "Rural Damascus Governorate")),
    ("حلب", "Aleppo", ("Aleppo", "Halab", "Haleb", "Alep", "Old Aleppo")),
    ("حمص", "Homs", ("Homs", "Hims", "Hums", "Old Homs")),
    ("حماة", "Hama", ("Hama", "Hamah", "Hamat")),
    ("اللاذقية", "Latakia", ("Latakia", "Lattakia", "Latakiya", "Lattaquie", "al-Ladhiqiyah", "Ladhiqiyah")),
    ("طرطوس", "Tartus", ("Tartus", "Tartous", "Tartoos", "Tartos")),
    ("إدلب", "Idlib", ("Idlib", "Idleb", "Edlib", "Idlib city")),
    ("الحسكة", "Hasakah", (
        "Hasakah", "Hasakeh", "Al-Hasakah", "Al-Hasakeh", "Hassakeh", "Hasaka", "Al-Hasaka",
        "Hassake", "Hasake", "Hassakah", "Al-Hassakeh", "Hassaka")),
    ("دير الزور", "Deir ez-Zor", (
        "Deir ez-Zor", "Deir ez Zor", "Deir-ez-Zor", "Deir Ez-Zor", "Deir al-Zor", "Deir al-Zour",
        "Deir el-Zor", "Deir el-Zour", "Deir al-Zur", "Dayr az Zawr", "Dayr az-Zawr",
        "Dayr al-Zawr", "Deir Ezzor", "Deir Ezzour", "Deir Azzor", "Deir Alzour", "Dair al-Zour",
        "Der Ezzor", "Deirezzor", "Deir-Ezzor", "Deir Ezzur", "Deir Ezour", "Deir az-Zour", "Deir ez-Zour",
        "Dayr az-Zour", "ديرالزور")),
    ("الرقة", "Raqqa", ("Raqqa", "Raqqah", "Al-Raqqa", "Ar-Raqqa", "Ar-Raqqah", "Al-Raqqah", "Rakka", "Raqa")),
    ("درعا", "Daraa", ("Daraa", "Deraa", "Dara'a", "Dar'a", "Der'a", "Dera'a", "Daraa city")),
    ("السويداء", "Suwayda", (
        "Suwayda", "Sweida", "As-Suwayda", "As-Sweida", "Al-Suwayda", "Suweida", "Suwaida",
        "Soueida", "Sweyda", "Swaida", "السويدا")),
    ("القنيطرة", "Quneitra", ("Quneitra", "Qunaitra", "Al-Quneitra", "Kuneitra", "Qunaytirah", "Qunaytira")),
    ("تدمر", "Homs", ("Palmyra", "Tadmur", "Tadmor", "بالميرا")),
    ("منبج", "Aleppo", ("Manbij", "Menbij", "Minbij", "Membij", "Manbej")),
    # Aleppo's al-Zahraa as English news spells it (without these only Homs' Zahra' has "Zahra")
    ("الزهراء", "Aleppo", ("Zahra", "al-Zahra", "Jamiyat al-Zahraa", "Jamiyat al-Zahra", "Jamiyat al Zahra",
                          "Jamiat al-Zahraa", "Jamyiat al-Zahraa", "Jamiyet al-Zahraa")),
    # the Rastan district's al-Zafaraniya, which wires spell like the Tartus village Zafarana
    ("الزعفرانية", "Homs", ("Zafaraneh", "Zafaranah", "al-Zafaraneh", "Zaafaraniyeh", "Zafaraniyeh", "Zafarana")),
    ("عين العرب", "Aleppo", ("Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab", "Ain Al Arab", "كوباني", "كوباني")),
    ("القامشلي", "Hasakah", ("Qamishli", "Qamishly", "Kamishli", "Al-Qamishli", "Qamishlo", "Quamishli", "قامشلو")),
    ("عفرين", "Aleppo", ("Afrin", "Efrin", "Afreen")),
    ("اعزاز", "Aleppo", ("Azaz", "A'zaz", "Aazaz", "I'zaz", "Ezaz", "عزاز")),
    ("الباب", "Aleppo", ("al-Bab", "Al Bab city")),
    # Damascus's quarters as English wire and SANA copy spell them
    ("الصالحية", "Damascus", ("al-Salihiya", "al-Salyhiah", "Salihiya", "al-Salhiyeh", "al-Salihiyah")),
    ("المزة", "Damascus", ("al-Mazzeh", "al-Mazza", "Mezzeh", "Mazza")),
    ("ركن الدين", "Damascus", ("Rukn al-Din", "Ruken Eddin", "Rukneddin", "Rukn Eddin")),
    ("جوبر", "Damascus", ("Jobar", "Jubar")),
    ("دمشق القديمة", "Damascus", ("Old Damascus", "Old City of Damascus", "Damascus Old City", "Damascus old city")),
    ("برزة", "Damascus", ("Barzeh", "Barza", "Berzeh")),
    ("كفرسوسة", "Damascus", ("Kafr Sousa", "Kafarsouseh", "Kfar Sousa", "Kafr Souseh")),
    ("القصاع", "Damascus", ("al-Qassaa", "al-Qassa", "Qassaa", "al-Qasaa")),
    # Aleppo city's quarters as English wire and SANA copy spell them
    ("شارع النيل", "Aleppo", ("al-Neel Street", "Neel Street", "al-Nil Street")),
    ("جميلية", "Aleppo", ("al-Jamilyeh", "al-Jamiliyeh", "Jamilyeh", "al-Jamiliya", "al-Jamiliyah", "Jameliaiah",
                         "الجميلية")),
    ("السليمانية", "Aleppo", ("al-Sulimaniah", "Sulimaniah", "al-Sulaymaniyah", "al-Suleimaniyeh")),
    ("مشارقة", "Aleppo", ("al-Masharqeh", "Masharqeh", "al-Mashariqa", "المشارقة")),
    ("المحافظة", "Aleppo", ("al-Muhafaza", "al-Muhafazah", "Muhafaza")),
    ("الحمدانية", "Aleppo", ("Hamdaniyeh", "al-Hamdaniyeh", "Hamadaniyah", "al-Hamadaniyah", "al-Hamadaniyeh",
                            "Hamadaniyeh", "Hamadanyiah", "al-Hamadanyiah", "al-Hamdaniyah")),
    ("العرقوب", "Aleppo", ("al-Arqoub", "Arqoub", "al-Arqub", "al-Orqoub")),
    ("براغيدة", "Aleppo", ("Baragitah", "Baraghida", "Baraghidah", "Braghida", "Baraghideh")),
    ("كلاسة", "Aleppo", ("al-Kalaseh", "Kalaseh", "al-Kalasa", "al-Kallaseh", "al-Kalasah")),
    ("بستان القصر", "Aleppo", ("Bustan al-Qasr", "Bustan al-Qasser", "Bustan al-Kasr", "Bustan Al Qasr")),
    ("صلاح الدين", "Aleppo", ("Salaheddin", "Salah Eddin", "Salah-Eddin", "Salahedin", "Salah al-Din district",
                             "Salahuddin", "Salaheddine", "Salah al-Din", "Salah ad-Din")),
    ("دير حافر", "Aleppo", ("Der Hafir", "Dair Hafer", "Deir Hafr")),
    ("خطاب", "Hama", ("Khatab", "Khattab town")),
    # the villages north of Aleppo of the 2015-2016 battles, as wires spell them
    ("باشكوي سمعان", "Aleppo", ("Bashkuwi", "Bashkoy", "Bashkuy", "Bashkawi")),
    ("حردتنين", "Aleppo", ("Hardatain", "Hardatnin", "Hardetnin", "Hardeteen")),
    ("رتيان", "Aleppo", ("Ratain", "Ratyan", "Retyan", "Rityan", "Ratian")),
    ("الفوعة", "Idlib", ("al-Fouaa", "Fouaa", "Fuaa", "al-Fuaa", "Foua", "al-Foua", "al-Fu'ah", "Fua")),
    ("كرم القاطرجي", "Aleppo", ("Qaterji", "al-Qaterji", "Qatirji", "Karm al-Qatirji")),
    ("كرم ميسر", "Aleppo", ("Mayssar", "Maysar", "Myassar", "al-Mayssar", "Karm Maysar", "Karm Mayssar")),
    ("أورم الكبرى", "Aleppo", ("Urum al-Kubra", "Orum al-Kubra", "Urum al-Kubrah", "Orem al-Kubra", "Urm al-Kubra")),
    # Deir ez-Zor city's quarters as wires spell them (Aleppo has a village Hamidiyeh too: context decides)
    ("الحميدية", "Deir ez-Zor", ("al-Hamidiyeh", "Hamidiyeh", "al-Hamidiyah", "al-Hamidiya")),
    ("الرشدية", "Deir ez-Zor", ("al-Rushdiyeh", "Rushdiyeh", "al-Rashdiyeh", "al-Rushdiyah")),
    ("الشيخ مقصود", "Aleppo", ("Sheikh Maqsoud", "Sheikh Maksoud", "Sheikh Maqsood", "al-Sheikh Maqsoud",
                             "Sheikh Masoud", "Sheikh Maqsud")),
    ("الشعار", "Aleppo", ("al-Shaar", "al-Sha'ar", "Shaar district")),
    ("الصاخور", "Aleppo", ("al-Sakhour", "Sakhur", "al-Sakhur")),
    ("بستان الباشا", "Aleppo", ("Bustan al-Basha", "Bustan al-Pasha")),
    ("الليرمون", "Aleppo", ("Layramoun", "al-Layramoun", "Lairamoun", "Leramoun", "al-Lairamoun")),
    ("الزبدية", "Aleppo", ("Zebdiyeh", "al-Zebdieh", "al-Zabdiya", "al-Zebdiyeh")),
    ("السبيل", "Aleppo", ("al-Sabil", "al-Sabeel")),
    ("القابون", "Damascus", ("Qaboun", "Qabun", "al-Qaboun", "al-Qabun")),
    ("باب توما", "Damascus", ("Bab Touma", "Bab Tuma", "Bab Toma")),
    ("التضامن", "Damascus", ("Tadamon", "al-Tadamon", "Tadamun", "al-Tadamun")),
    ("الشاغور", "Damascus", ("Shaghour", "al-Shaghour", "Shaghur")),
    ("جرابلس", "Aleppo", ("Jarablus", "Jarabulus", "Jerablus", "Jarabulus")),
    ("الراموسة/ المنطقة الصناعية", "Aleppo", ("الراموسة", "حي الراموسة", "al-Ramouseh", "Ramouseh", "al-Ramousa",
                                              "Ramousa", "al-Ramoussa", "Ramosa")),
    # OCHA writes Maarat Hurma glued ("معرتحرمة"); news separates it and spells it in English
    ("معرتحرمة", "Idlib", ("معرة حرمة", "Maaret Harmeh", "Maarat Harmeh", "Maarat Hurmah", "Maaret Hurmeh",
                          "Ma'arat Harma", "Maarat Harma")),
    # Hama's villages of the 2014 car bombings, which OCHA spells "Jirbeen" and "Hmeiri"
    ("جبرين", "Hama", ("Jibrin", "Jibreen", "Jabrin")),
    ("الحميري", "Hama", ("Al-Humeiri", "al-Humeiri", "Humeiri", "al-Hmeiri")),
    # Homs city's quarters as English wire and SANA copy spell them
    ("خالدية", "Homs", ("Khaldiyeh", "al-Khaldiyeh", "Khalidiya", "al-Khalidiya", "Khalidiyeh", "al-Khalidiyeh")),
    ("بابا عمرو", "Homs", ("Baba Amr", "Baba Amro", "Bab Amr", "Baba Amru")),
    ("الوعر", "Homs", ("al-Waer", "Waer", "al-Wa'er", "al-Waar", "Alwaer")),
    ("وادي الذهب", "Homs", ("Wadi al-Dahab", "Wadi al-Thahab", "Wadi al-Zahab", "Wadi Dahab", "Wadi al-Dhahab")),
    ("عكرمة", "Homs", ("Akrama", "Ekrima", "Akruma", "Ikrimah", "Akrameh")),
    ("كرم الزيتون", "Homs", ("Karm al-Zeitoun", "Karm al-Zaytoun", "Karm al-Zaitoun")),
    ("جورة الشياح", "Homs", ("Jouret al-Shayyah", "Jouret al-Shiyah", "Jourat al-Shayah", "Jouret al-Shayah")),
    ("باب السباع", "Homs", ("Bab al-Sebaa", "Bab al-Sibaa", "Bab Sbaa", "Bab al-Sbaa")),
    ("باب هود", "Homs", ("Bab Hood", "Bab Houd", "Bab Hud")),
    ("تل أبيض", "Raqqa", ("Tal Abyad", "Tell Abyad", "Tel Abyad", "Tal Abiad", "Tell Abiad", "Gire Spi", "كري سبي")),
    ("رأس العين", "Hasakah", (
        "Ras al-Ain", "Ras al-Ayn", "Ras al-Ein", "Ras el-Ain", "Ras Al Ain", "Serekaniye",
        "Sere Kaniye", "Sari Kani", "سري كانيه", "سري كانييه")),
    ("البوكمال", "Deir ez-Zor", (
        "Abu Kamal", "Albukamal", "Al-Bukamal", "Bukamal", "Al Bukamal", "Abukamal", "Boukamal",
        "Al-Boukamal", "Albu Kamal", "أبو كمال")),
    ("الميادين", "Deir ez-Zor", ("Mayadin", "al-Mayadin", "al-Mayadeen", "Mayadeen", "Meyadin", "Mayadine")),
    ("الثورة", "Raqqa", (
        "Tabqa", "al-Tabqa", "Tabaqa", "al-Tabaqah", "al-Thawrah", "الطبقة", "مدينة الثورة", "مدينة الطبقة")),
    ("السخنة", "Homs", ("Sukhnah", "al-Sukhnah", "Sokhneh", "Al-Sukhna", "Sukhna")),
    ("دوما", "Rural Damascus", ("Douma", "Duma")),
    ("معرة النعمان", "Idlib", (
        "Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat al-Nouman", "Maaret al-Numan",
        "Maarat an-Numan", "Maarrat al-Numan", "Ma'arat al-Nu'man", "Maarrat an-Nu'man", "Ma'arrat an-Nu'man",
        "Maarat al-Nuaman", "Marat al-Numan", "Maarat Alnuman", "Marat Al Noman", "Maarat al-Noman",
        "معرةالنعمان")),
    ("سراقب", "Idlib", ("Saraqib", "Saraqeb")),
    ("خان شيخون", "Idlib", ("Khan Shaykhun", "Khan Sheikhoun", "Khan Sheikhun", "Khan Shaykhoun")),
    ("جسر الشغور", "Idlib", ("Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shughour", "Jisr al-Shoghour")),
    ("الشدادة", "Hasakah", ("Shaddadi", "al-Shaddadi", "Shadadi", "al-Shadadi", "al-Shaddadah", "الشدادي")),
    ("هجين", "Deir ez-Zor", ("Hajin",)),
    ("القصير", "Homs", ("Qusayr", "al-Qusayr", "Qusair", "al-Qusair")),
    ("السلمية", "Hama", ("Salamiyah", "Salamiyeh", "Salamieh", "al-Salamiyah", "Salamiya")),
    ("تلكلخ", "Homs", ("Tal Kalakh", "Tall Kalakh", "Talkalakh", "Tell Kalakh")),
    ("الرستن", "Homs", ("Rastan", "al-Rastan", "Ar-Rastan")),
    ("تلبيسة", "Homs", ("Talbiseh", "Talbisah", "Talbiseh")),
    ("داريا", "Rural Damascus", ("Darayya", "Daraya", "Dariya")),
    ("الزبداني", "Rural Damascus", ("Zabadani", "al-Zabadani", "Az-Zabadani")),
    ("جبلة", "Latakia", ("Jableh", "Jablah", "Jebleh", "Jabla")),
    ("بانياس", "Tartus", ("Baniyas", "Banias", "Banyas")),
    ("نوى", "Daraa", ("Nawa",)),
    ("الصنمين", "Daraa", ("Sanamayn", "al-Sanamayn", "As-Sanamayn", "Sanamein")),
    ("بصرى الشام", "Daraa", ("Busra al-Sham", "Bosra", "Busra ash-Sham", "Bosra al-Sham", "Busra", "بصرى")),
    ("شهبا", "Suwayda", ("Shahba",)),
    ("صلخد", "Suwayda", ("Salkhad",)),
    ("مصياف", "Hama", ("Masyaf", "Misyaf", "Masyaf city")),
    ("محردة", "Hama", ("Mhardeh", "Mahardah", "Muhradah", "Maharda")),
    ("السقيلبية", "Hama", ("Suqaylabiyah", "Squeilbiyeh", "al-Suqaylabiyah", "Skeilbiyeh")),
    ("عين عيسى", "Raqqa", ("Ain Issa", "Ayn Issa", "Ain Eissa", "Ain Aissa")),
    ("تل تمر", "Hasakah", ("Tal Tamr", "Tell Tamer", "Tal Tamer", "Tell Tamr")),
    ("المالكية", "Hasakah", ("al-Malikiyah", "Malikiyah", "Derik", "ديريك")),
    ("عامودا", "Hasakah", ("Amuda", "Amouda")),
    ("الدرباسية", "Hasakah", ("Darbasiyah", "al-Darbasiyah", "Derbasiyeh", "Darbasiyeh")),
    ("اليعربية", "Hasakah", ("Yarubiyah", "al-Yarubiyah", "Ya'rubiyah", "Tal Kocher", "تل كوجر")),
    ("الهول", "Hasakah", ("al-Hol", "al-Hawl", "Hol", "Hawl", "al-Houl")),
    ("الصور", "Deir ez-Zor", ("al-Sour", "al-Sur", "Sur")),
    # more of the largest towns and the towns news name most (Latin spellings of the wires,
    # ACLED and NGOs; Arabic glued or colloquial forms)
    ("حرستا", "Rural Damascus", ("Harasta", "Harastah", "Haresta", "Harista")),
    ("عربين", "Rural Damascus", ("Arbin", "Irbin", "Arbeen", "Erbin")),
    ("زملكا", "Rural Damascus", ("Zamalka", "Zamalkah", "Zamelka")),
    ("عين ترما", "Rural Damascus", ("Ain Tarma", "Ein Tarma", "Ayn Tarma", "Ain Terma")),
    ("سقبا", "Rural Damascus", ("Saqba", "Saqbah", "Sakba")),
    ("كفر بطنا", "Rural Damascus", ("Kafr Batna", "Kafrbatna", "Kafar Batna", "Kfar Batna", "Kfr Batna")),
    ("جسرين", "Rural Damascus", ("Jisreen", "Jisrin", "Jesrin")),
    ("الصبورة", "Rural Damascus", ("al-Sabboura", "al-Sabura", "Sabboura", "Sabura", "As-Sabboura")),
    ("المليحة", "Rural Damascus", ("al-Mleiha", "Mleiha", "al-Maliha", "Mliha")),
    ("عدرا", "Rural Damascus", ("Adra",)),
    ("قدسيا", "Rural Damascus", ("Qudsaya", "Qudsiya", "Qudsayya")),
    ("الهامة", "Rural Damascus", ("al-Hameh", "Hameh", "al-Hamah")),
    ("معضمية الشام", "Rural Damascus", (
        "Moadamiyeh", "Moadamiya", "Muadamiyat al-Sham", "Moadamiyet al-Sham", "al-Muadamiyah", "Mouadamiyeh",
        "Mouadamiya", "Moadamiyah", "معضمية", "المعضمية")),
    ("مضايا", "Rural Damascus", ("Madaya",)),
    ("بلودان", "Rural Damascus", ("Bloudan", "Bludan")),
    ("يلدا", "Rural Damascus", ("Yalda",)),
    ("ببيلا", "Rural Damascus", ("Babbila", "Babila", "Bebila")),
    ("بيت سحم", "Rural Damascus", ("Beit Sahem", "Beit Sahm", "Bayt Sahm")),
    ("السيدة زينب", "Rural Damascus", (
        "Sayyida Zaynab", "Sayeda Zeinab", "Sayyidah Zaynab", "Sayyida Zeinab", "Sitt Zaynab")),
    ("بيت جن", "Rural Damascus", ("Beit Jinn", "Bayt Jinn", "Beit Jin")),
    ("سعسع", "Rural Damascus", ("Sa'sa'", "Sasa", "Saasaa")),
    ("جديدة عرطوز", "Rural Damascus", ("Jdeidet Artouz", "Jdeidat Artouz", "Jdeidet Artuz", "Judaydat Artuz")),
    ("معلولا", "Rural Damascus", ("Maaloula", "Ma'loula", "Maalula")),
    ("الرحيبة", "Rural Damascus", ("al-Ruhaybah", "Ruhaybah", "Ruhaibeh", "al-Ruhaiba")),
    ("الضمير", "Rural Damascus", ("al-Dumayr", "Dumayr", "Dmeir", "al-Dmeir", "Dumeir")),
    ("دير عطية", "Rural Damascus", ("Deir Atiyah", "Deir Attiyeh", "Dayr Atiyah", "Deir Atiyeh")),
    ("جيرود", "Rural Damascus", ("Jayrud", "Jairoud", "Jirud")),
    ("صيدنايا", "Rural Damascus", ("Saydnaya", "Sednaya", "Saidnaya", "Sidnaya", "Seidnaya")),
    ("قطنا", "Rural Damascus", ("Qatana", "Katana", "Qatanah")),
    ("الكسوة", "Rural Damascus", ("al-Kiswah", "Kisweh", "Kiswah", "al-Kiswa")),
    ("صحنايا", "Rural Damascus", ("Sahnaya", "Sahnaiya", "Sehnaya")),
    ("جرمانا", "Rural Damascus", ("Jaramana", "Jaramanah", "Jeramana")),
    ("النبك", "Rural Damascus", ("al-Nabk", "Nabk", "Nebek", "an-Nabk")),
    ("يبرود", "Rural Damascus", ("Yabroud", "Yabrud", "Yabrod")),
    ("القطيفة", "Rural Damascus", ("al-Qutayfah", "Qutayfah", "Qteifeh", "al-Qutaifah")),
    ("قارة", "Rural Damascus", ("Qara", "Qarah", "Qarra")),
    ("تل رفعت", "Aleppo", (
        "Tell Rifaat", "Tal Rifaat", "Tel Rifaat", "Tall Rifaat", "Tell Rifat", "Tal Rifat", "Tal Refaat")),
    ("الأتارب", "Aleppo", ("al-Atarib", "Atarib", "al-Atareb", "Atareb")),
    ("قباسين", "Aleppo", ("Qabasin", "Qabbasin", "Kabbasin")),
    ("بزاعة", "Aleppo", ("Bza'a", "Bzaa", "Bizaa", "Buza'a")),
    ("مارع", "Aleppo", ("Marea", "Mare'", "Mari'", "Mare")),
    ("نبل", "Aleppo", ("Nubl", "Nubbul")),
    ("الراعي", "Aleppo", ("al-Rai", "al-Ra'i", "ar-Ra'i", "Al-Rai town")),
    ("دير حافر", "Aleppo", ("Deir Hafer", "Dayr Hafir", "Deir Hafir")),
    ("مسكنة", "Aleppo", ("Maskanah", "Maskana", "Meskene")),
    ("السفيرة", "Aleppo", ("al-Safira", "As-Safira", "Safirah", "al-Safirah")),
    ("عندان", "Aleppo", ("Anadan", "Andan")),
    ("حريتان", "Aleppo", ("Haritan", "Hreitan", "Huraytan")),
    ("جنديرس", "Aleppo", ("Jindires", "Jinderes", "Jandairis", "Jindiris")),
    ("صرين", "Aleppo", ("Sarrin", "Sirrin", "Serrin")),
    ("دابق", "Aleppo", ("Dabiq", "Dabeq")),
    ("الزربة", "Aleppo", ("al-Zirbah", "Zirbah", "al-Zerba")),
    ("الحاضر", "Aleppo", ("al-Hader", "al-Hadir", "Hader")),
    ("خناصر", "Aleppo", ("Khanasir", "Khanaser", "Khanasser")),
    ("دارة عزة", "Aleppo", ("Darat Izza", "Daret Azza", "Darat Azza")),
    ("تادف", "Aleppo", ("Tadef", "Tadif")),
    ("أخترين", "Aleppo", ("Akhtarin", "Akhterin", "Akhtareen", "Aktharin")),
    # the villages of the 2016 Euphrates Shield front north of Aleppo as the wires spelled them
    ("تركمان بارح", "Aleppo", ("Turkman Bareh", "Turkmen Bari", "Turkman Bari", "Turkmen Bareh")),
    ("زيادية", "Aleppo", ("Ziyadiyah", "Zayadiyah", "Ziyadiyeh")),
    ("دويبق", "Aleppo", ("Duvaybik", "Duwaybiq", "Dweibiq")),
    ("عنجارة", "Aleppo", ("Anjara", "Ain Jara", "Ain Jarah", "Ein Jara")),
    ("احسم", "Idlib", ("Ehsem", "Ehsim", "Ihsim", "Ihsem")),
    ("مكسر الحصان", "Homs", ("Maksar Elhisan", "Maksar al-Hisan", "Maksar al-Hissan", "Maksar al-Hussan",
                             "Maksar al-Hisn")),
    ("كفر نبل", "Idlib", ("Kafr Nabl", "Kafranbel", "Kafr Nabel", "Kafrnabel", "Kafranbal", "Kfar Nabl")),
    ("أريحا", "Idlib", ("Ariha", "Areeha", "Eriha")),
    ("سرمدا", "Idlib", ("Sarmada", "Sarmadah", "Sarmeda")),
    ("دركوش", "Idlib", ("Darkush", "Darkoush", "Darkosh", "Derkush")),
    ("حارم", "Idlib", ("Harim", "Harem")),
    ("سلقين", "Idlib", ("Salqin", "Salqeen", "Selqin")),
    ("اطمه", "Idlib", ("Atmeh", "Atma", "Atmah", "Atme", "أطمة")),
    ("معرة مصرين", "Idlib", ("Maarat Misrin", "Maarrat Misrin", "Ma'arat Misrin", "Maaret Misrin", "Maarrat Tamasrin")),
    ("بنش", "Idlib", ("Binnish", "Binnesh", "Benesh", "Binish")),
    ("تفتناز", "Idlib", ("Taftanaz", "Teftnaz")),
    ("الدانا", "Idlib", ("al-Dana", "ad-Dana")),
    ("حزانو", "Idlib", ("Hazano", "Hazanu", "Hazzano")),
    ("كفر تخاريم", "Idlib", ("Kafr Takharim", "Kafrtakharim", "Kafr Tekharim")),
    ("حيش", "Idlib", ("Heish", "Haish", "Hish")),
    ("كفر نبودة", "Hama", ("Kafr Nabuda", "Kafr Nabudah", "Kafrnabuda", "Kafr Naboudeh", "كفرنبودة")),
    ("اللطامنة", "Hama", ("al-Lataminah", "Latamneh", "Lataminah", "al-Latamneh")),
    ("قلعة المضيق", "Hama", ("Qalaat al-Madiq", "Qalat al-Madiq", "Qalaat al-Mudiq", "Qal'at al-Madiq")),
    ("كرناز", "Hama", ("Karnaz",)),
    ("طيبة الإمام", "Hama", ("Taybat al-Imam", "Tayyibat al-Imam", "Tibet al-Imam", "Taibet al-Imam")),
    ("مورك", "Hama", ("Morek", "Murek", "Mourek")),
    ("حلفايا", "Hama", ("Halfaya", "Helfaya")),
    ("كفر زيتا", "Hama", ("Kafr Zita", "Kafr Zeita", "Kafrzita", "Kafr Zayta")),
    ("عقيربات", "Hama", ("Uqayribat", "Oqeirbat", "Aqeirbat")),
    ("السعن", "Hama", ("al-Saan", "As-Saan", "Saan")),
    ("القريتين", "Homs", ("al-Qaryatayn", "Qaryatayn", "Qaryatain", "al-Qaryatain", "Qaryatein")),
    ("تلدو", "Homs", ("Taldou", "Taldo")),
    ("الفرقلس", "Homs", ("al-Furqlus", "Furqlus", "Farqalas", "al-Furuqlus")),
    ("مهين", "Homs", ("Mahin", "Muhin", "Mheen")),
    ("صدد", "Homs", ("Sadad",)),
    ("القرداحة", "Latakia", ("Qardaha", "al-Qardaha", "Qurdaha")),
    ("الحفة", "Latakia", ("al-Haffa", "Haffeh", "Haffah")),
    ("كسب", "Latakia", ("Kessab", "Kasab", "Kassab", "Kesab")),
    ("صلنفة", "Latakia", ("Slinfah", "Salanfa", "Slenfeh", "Slanfeh")),
    ("صافيتا", "Tartus", ("Safita",)),
    ("الدريكيش", "Tartus", ("Dreikish", "al-Duraykish", "Draikish")),
    ("الشيخ بدر", "Tartus", ("al-Shaykh Badr", "Shaykh Badr")),
    ("طفس", "Daraa", ("Tafas", "Tafs")),
    ("الشيخ مسكين", "Daraa", ("Sheikh Maskin", "al-Sheikh Maskin", "Shaykh Maskin", "Sheikh Miskeen")),
    ("ازرع", "Daraa", ("Izraa", "Izra", "Ezraa", "Izra'")),
    ("الحراك", "Daraa", ("al-Hirak", "Hirak", "al-Harak")),
    ("جاسم", "Daraa", ("Jasim", "Jassem", "Jasem")),
    ("أنخل", "Daraa", ("Inkhil", "Inkhel", "Ankhal")),
    ("داعل", "Daraa", ("Dael", "Da'el", "Da'il")),
    ("مزيريب", "Daraa", ("Muzayrib", "al-Muzayrib", "Mzeireb", "Mzerib", "al-Mzerib", "المزيريب")),
    ("الجيزة", "Daraa", ("al-Jiza", "Jiza", "al-Jizah")),
    ("نصيب", "Daraa", ("Nasib", "Naseeb", "Nassib")),
    ("المسيفرة", "Daraa", ("al-Musayfirah", "Musayfira", "Msefra", "al-Museifra")),
    ("القريا", "Suwayda", ("al-Qrayya", "Qurayya", "al-Quraya")),
    ("خان أرنبة", "Quneitra", ("Khan Arnabah", "Khan Arnaba", "Khan Arnabeh")),
    ("معدان", "Raqqa", ("Maadan", "Ma'dan")),
    ("السبخة", "Raqqa", ("al-Sabkha", "Sabkha", "al-Sabkhah")),
    ("تل حميس", "Hasakah", ("Tal Hamis", "Tell Hamis", "Tal Hmis", "Tel Hamis")),
    ("تل براك", "Hasakah", ("Tal Brak", "Tell Brak", "Tel Brak")),
    ("مركدة", "Hasakah", ("Markadah", "Markada", "al-Markadah")),
    ("القحطانية", "Hasakah", ("Qahtaniyah", "al-Qahtaniyah", "Tirbespiye", "Tirbespi", "تربه سبي")),
    ("الجوادية", "Hasakah", ("Jawadiyah", "al-Jawadiyah", "Chil Agha", "Cil Axa", "جل آغا")),
    ("المعبدة", "Hasakah", ("Maabadah", "al-Maabadah", "Girke Lege", "كركي لكي")),
    ("السوسة", "Deir ez-Zor", ("al-Susah", "Susa", "al-Sousa", "Sousa")),
    ("الشعفة", "Deir ez-Zor", ("al-Shafa", "Shafa", "al-Sha'fa")),
    ("البصيرة", "Deir ez-Zor", ("al-Busayrah", "Busayrah", "al-Basira", "Basira", "al-Busaira")),
    ("الشحيل", "Deir ez-Zor", ("al-Shuhayl", "Shuhayl", "al-Shuhail", "Shheil")),
    ("خشام", "Deir ez-Zor", ("Khasham", "Khusham")),
    ("ذيبان", "Deir ez-Zor", ("Dhiban", "Thiban", "Diban")),
    ("العشارة", "Deir ez-Zor", ("al-Asharah", "Ashara", "al-Ashara")),
    ("القورية", "Deir ez-Zor", ("al-Quriyah", "Quriyah", "al-Quriya")),
    ("صبيخان", "Deir ez-Zor", ("Subaykhan", "Sbeikhan", "Subaikhan")),
    ("موحسن", "Deir ez-Zor", ("Mohasan", "Muhassan", "Mo Hassan")),
    ("الطيانة", "Deir ez-Zor", ("al-Tayyana", "Tayana", "al-Tayana")),
    ("غرانيج", "Deir ez-Zor", ("Gharanij", "Ghranij")),
    ("أبو حمام", "Deir ez-Zor", ("Abu Hamam", "Abu Hammam")),
    ("الكشكية", "Deir ez-Zor", ("al-Kishkiyah", "Kishkiyeh", "Kashkiyeh")),
    ("التبني", "Deir ez-Zor", ("al-Tibni", "al-Tabni", "Tibni")),
)

# Curated Arabic names that are ordinary words or name something else first (folded
# before use). Every entry is also the name of a place in the sources.
ARABIC_STOP_TEXT = """
# geographic and urban common nouns
الشيخ الجبل حي عين تل المدينة البلد القرية البلدة الحي الريف الوادي السهل النهر البحر
الساحل الجزيرة الشام البادية الصحراء الغابة الحرش الكرم البستان المزرعة مزرعة الضيعة الحارة
السوق الساحة الشارع الطريق الجسر السد المعبر المخيم الحاجز الدوار الكراج المحطة المطار
المعمل المعامل المصنع المدرسة الجامع المسجد الكنيسة كنيسة الكنائس الملعب الحديقة القلعة القصر
البيت الدار الفرن الطاحونة المشفى المستشفى السجن الفرع المركز الصناعة المنطقة القطاع الجبهة
المحور الخط الحدود المقبرة المقابر البرج ابراج الكتيبة اللواء الفوج الخان الحمام المغارة
الرصيف العمود المساكن الطوق المنطقة الصناعية مركز المدينة القاعة المضافة الجورة الكروم
المشتل البيدر البحرة القطعة العبارة الحفر المزارع الشجر شجرة التربة الرمال الوديان مفرق
# rivers and regions named as such
الفرات دجلة العاصي بردى
# settlements that are also given names (an officer called Itamar)
ايتمار
# slogans and abstract nouns
السلام النصر العمر الثورة الحرية الوحدة العروبة عروبة الوطن الاستقلال التحرير الشهداء الشهيد
الفداء الجلاء البعث الاشتراكية الامل الفجر النور الهدى الايمان الخير الرحمة العدل الامان
السلامة الكرامة العزة النهضة التقدم الوفاء الصمود المقاومة الانتصار الفتح العودة الامين
الرشيد الخلود البطولة التضامن الاخاء المحبة الربيع الزهور الورود الياسمين ياسمين الروضة
الجنة الفردوس النعيم النضال الشكر البركة الفرقان التوبة العبودية التصحيح الشروق الزينة
# conflict and news vocabulary
اسقاط جروح صراع مقتله كشفه حينه مخرج دخان ضمير الخريطة مركب قنوات المنكوبة عالقين حداثة
الصرخة المعزولة الحصبة الثلاثية الاربعين الليلية العديدة ثروة قطرة عابرة مصيدة الجمركية
العادلة الاصيلة المباركة المرتفعة المعلقة معلقة محفورة حريصون غرور ترمي لقطة الظهر مقبلة
واليه قسمين الخفية الحاضرة شواهد السين الميدان السرايا القاسم الحراك بشرية وحشية سيدة الديك
الجنينة الارمن اراك امان الطفلة عيون رفيعة الدرة بركة الشورى التونسية السويدية سلمية زيتون
الناعمة ملكة عتبة مهاجرين حكما الشمسية عمارة زراعة خالص القلم الخضر السكري بنين جبين رمانة
بحركة جيزة برقة حرير بور مدان مدانة نشير
# words the clitic-aware matcher finds inside another word (ب+ايدن = بايدن، و+تيرة = وتيرة ...)
بنان ايدن تيرة رقة ليفين
# months and days
كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
الجمعة السبت الاحد الاثنين الثلاثاء الاربعاء الخميس
# adjectives and directions
الكبير الصغير الكبيرة الصغيرة الجديد الجديدة القديم القديمة الشرقي الغربي الشمالي الجنوبي
الشرقية الغربية الشمالية الجنوبية الوسطى الفوقاني التحتاني العليا السفلى الاوسط الاعلى
كبير صغير كبيرة صغيرة جديد جديدة قديم قديمة شرقي غربي شمالي جنوبي فوقاني تحتاني
الحمرا الحمراء البيضاء الخضراء السوداء الزرقاء الصفراء البارد باردة الحلوة المالحة اليابسة
الجبلية الجبلي السهلية البرية الحرة الوعرة غريبة سعيدة حزينة فرحة الحسنة البديع
المعيشية
# nationality and community adjectives ("مصادر كردية": Kurdish sources, not the village Kurdiyeh)
كردية كردي عربية عربي تركمانية تركماني
# given names, family names and titles
محمد احمد علي حسن حسين عمر خالد سعيد محمود ابراهيم يوسف عيسى موسى سليمان صالح عثمان عباس
العباس جمال كمال نبيل كريم سالم سليم عادل فيصل حمزة طارق زياد ماهر بشار حافظ باسل عدنان
غسان عمار عياش عاشور ريان تميم يعرب رامي الرامي سرحان صياد حداد البيطار النقيب المفتي
العبد مظلوم زينب فاطمة عائشة مريم خديجة سلمى سلمي ريما ريمة ليلى هند سعاد الزهراء
# famous places outside the gazetteer's countries (Palestine, Lebanon's south, Egypt, Gulf, Iran)
القدس الضفة الخليل جنين نابلس طولكرم قلقيلية بيت لحم رام الله غزة رفح خان يونس البريج
النصيرات الشاطئ جباليا بيت حانون بيت لاهيا خزاعة الشجاعية تل الهوى حيفا يافا عكا صفد
طبريا النقب الجليل المطلة الرملة الطيرة دير ياسين بني نعيم شبعا كفرشوبا الخيام الناقورة عيتا الشعب
حولا ميس الجبل العديسة مارون الراس القاهرة الاسكندرية سيناء شرم الشيخ الرياض جدة مكة الدوحة
دبي المنامة مسقط صنعاء عدن مارب تعز طهران مشهد اصفهان موسكو جنيف
"""
ARABIC_STOP: set[str] = set()
for _line in ARABIC_STOP_TEXT.splitlines():
    if _line and not _line.startswith("#"):
        ARABIC_STOP |= {fold(w) for w in _line.split()}
# multi-word entries
ARABIC_STOP |= {fold(w) for w in (
    "كانون الثاني", "كانون الاول", "تشرين الاول", "تشرين الثاني", "ابو", "ام", "بني", "ابن",
    "المنطقة الصناعية", "مركز المدينة", "بيت لحم", "رام الله", "خان يونس", "بيت حانون",
    "بيت لاهيا", "تل الهوى", "دير ياسين", "بني نعيم", "عيتا الشعب", "ميس الجبل", "مارون الراس",
    "شرم الشيخ", "عز الدين", "ابو عبيدة", "حاج قاسم", "الحاج قاسم", "شارع النيل",
    # generic "northern/southern/central region": also Israel's district names
    "المنطقة الشمالية", "المنطقة الجنوبية", "المنطقة الوسطى", "المنطقة الشرقية", "المنطقة الغربية",
)}
# Famous places abroad in the stoplist above (kept from Syrian and other homonyms) that
# now have rows of their own: the row of that country needs no cue for the name (the
# other rules still apply). Not القدس (Quds Force, Liwa al-Quds, al-Quds al-Arabi),
# المطلة ("overlooking"), الضفة ("bank"), الخيام ("the tents").
FAMOUS_OWN: dict[str, str] = {fold(name): country for country, names in {
    "Israel": ("حيفا", "يافا", "عكا", "صفد", "طبريا"),
    "Palestine": ("غزة", "رفح", "خان يونس", "جباليا", "بيت حانون", "بيت لاهيا", "النصيرات", "الخليل",
                  "جنين", "نابلس", "طولكرم", "قلقيلية", "بيت لحم", "رام الله"),
    "Lebanon": ("شبعا", "كفرشوبا", "الناقورة", "عيتا الشعب", "ميس الجبل", "العديسة", "مارون الراس", "حولا"),
}.items() for name in names}
# A one-letter proclitic glued to a settlement noun: "بقرية" (a village of Latakia) is above
# all "in the village of", the words before a name.
GLUE_LETTERS = frozenset("بلوفك")
SETTLEMENT_NOUNS = {fold(w) for w in "قرية بلدة مدينة حي مخيم مزرعة ضاحية منطقة ناحية".split()}
# Person-name shapes: honorific or kunya + given name, and "X al-Din" names.
HONORIFICS = {fold(w) for w in "ابو ام الشيخ شيخ السيد سيد الحاج حاج الامام".split()}
GIVEN_NAMES = {fold(w) for w in """
محمد احمد علي حسن حسين عمر خالد سعيد محمود ابراهيم يوسف عيسى موسى سليمان صالح عثمان عباس
جمال كمال نبيل كريم سالم سليم عادل فيصل حمزة طارق زياد ماهر بشار حافظ باسل عبيدة قاسم
جعفر مصطفى يحيى زكريا داود اسماعيل يعقوب هارون نوح ادريس الياس ايوب يونس عدنان غسان عمار
ياسر ناصر منصور رامي سامي هاني فادي وائل مازن حازم نزار رياض فؤاد مروان ياسين رضوان بكر
""".split()}

ENGLISH_STOP = set("""
al el as at an ar ash az ad ath the of and in on to by up
sheikh sheik shaykh shaikh sheykh tal tall tell tel ain ayn ein bab deir dayr kafr kfar ras
jebel jabal jabel wadi khirbet kherbet khirbat beit bayt abu um umm ibn bani beni
salam nasr nour nur huda amal rahma hurriya hurriyah thawra thawrah wahda jadida jdideh
omar ali hassan hussein mohammed muhammad ahmed ahmad khaled khalid saleh ibrahim yusuf
moussa issa karim jamal mahmoud hamza bashar hafez basel abbas
new old north south east west upper lower big little great small central center centre
city town village camp station market bazaar palace castle fort port harbour harbor
van side of batman kale merkez center bor hit ana khan
sham al sham ash sham assad asad al assad bashar hafez mustafa khalil faraj samira hayat sultan
aziz noman wael hatem bandar safi salah nasrallah abdullah abdallah saddam fadi sami hani mazen
nizar fouad marwan yasin yassin radwan jamil nabil adel faisal tariq ziad maher bilal jihad
quds
""".split()) | {"al sham", "ash sham", "al assad", "al quds", "northern district", "southern district",
                "central district", "north governorate", "south governorate"}

LATIN_ARTICLES = frozenset("al el ar as ash at ath az ad an".split())
# Words that open Arabic place names ("Ras al-Ain", "Tal Hassan"): see CueJudge._english_words.
PLACE_HEADS = frozenset("""
ras ain ayn ein tal tall tell tel deir dayr dair kafr kfar khan bab beit bayt jabal jebel jabel
wadi khirbet kherbet khirbat
""".split())

# Important names whose common-word sense is rare in conflict reporting (never need a cue):
# "دوما" (Duma) is 5 times "the Russian Duma" in ANERcorp, but that one is written "الدوما";
# "دمشق القديمة" and "قاسيون" are tagged as places in the corpora because they are famous.
# "البقاع" (Lebanon's Beqaa) is 5 times "the spots" or part of a name in the corpora.
NEVER_CUE: set[str] = {fold(w) for w in ("دوما", "دمشق القديمة", "قاسيون", "البقاع")}

PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "س", "وس")  # as rasid.text.match
CORPUS_MIN = 5
CORPUS_SHARE = 0.75
PLACE_TAGS = re.compile(
    r"(LOC|GPE|FAC|Population-Center|State-or-Province|County-or-District|Nation|"
    r"Land-Region|Water|Airport|Building-Grounds|Path|Continent|GPE-Cluster)"
)
NER_FILES = (
    "anercorp/ANERCorp_original.txt", "aqmar/train.txt", "aqmar/dev.txt", "aqmar/test.txt",
    "wojood-sample/train.txt", "wojood-sample/val.txt", "wojood-sample/test.txt",
)
FAKES = "news/fakes-en/FA-KES-Dataset.utf8.csv"

ARTICLE_RE = re.compile(r"^(al|el|ar|as|ash|at|ath|az|ad|an)[-\s]+(.+)$", re.IGNORECASE)
APOSTROPHES = "'’‘ʿʾ`´"
MARKAZ_AR = re.compile(r"^مركز\s*")
MARKAZ_EN = re.compile(r"^markaz\s+", re.IGNORECASE)
SPLIT_AR = re.compile(r"\s*[_/()]\s*|\s+-\s*|\s*-\s+|(?<=\S)-(?=\S)")
SPLIT_EN = re.compile(r"\s*[_/()]\s*|\s+-\s+")
NON_ARABIC_SCRIPT = set("پچژگڵەێۆڕۊ")  # Persian/Kurdish letters: not Arabic spellings
MERGE_KM = 3.0


# --- helpers -------------------------------------------------------------------------


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in fold(text))


def strip_article(folded: str) -> str:
    """A folded name without a leading Arabic or Latin article (for name comparison)."""
    if folded.startswith("ال") and len(folded) > 4:
        return folded[2:]
    match = ARTICLE_RE.match(folded)
    return match.group(2) if match else folded


def loose(name: str) -> str:
    """A comparison key: folded, article dropped, non-letters removed."""
    key = strip_article(fold(name))
    return "".join(ch for ch in key if ch.isalpha())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def clean(text: str | None) -> str:
    text = (text or "").strip()
    if text in ("<Null>", "None", "null"):
        return ""
    text = text.replace("\t", " ").replace("|", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def strip_markaz(name: str) -> str:
    return MARKAZ_EN.sub("", MARKAZ_AR.sub("", name)).strip()


def latin_ok(name: str) -> bool:
    """A usable Latin alternate name: letters, spaces, hyphens, apostrophes only."""
    if not name or is_arabic(name) or any(ch.isdigit() for ch in name):
        return False
    base = unicodedata.normalize("NFKD", name)
    base = "".join(ch for ch in base if not unicodedata.combining(ch)).replace("ı", "i")
    if not all(ch.isascii() and (ch.isalpha() or ch in " -.") or ch in APOSTROPHES for ch in base):
        return False
    if name.isupper() or name.islower():  # codes (BGW) and GeoNames' search keys
        return False
    return letters(name) >= 3


def arabic_ok(name: str) -> bool:
    return bool(name) and is_arabic(name) and not (set(name) & NON_ARABIC_SCRIPT) and not re.search(
        r"[A-Za-z0-9]", name)


# Systematic spellings (towns of >= SPELL_MIN_POP people or admin capitals, see
# ``spelling_variants``): the article as transliterations write it before a sun letter.
SPELL_MIN_POP = 5_000
SPELL_MAX = 24  # variants per source name, at most
SUN_ARTICLE = (("sh", "ash"), ("th", "ath"), ("dh", "adh"), ("t", "at"), ("d", "ad"), ("r", "ar"),
               ("z", "az"), ("s", "as"), ("n", "an"))
ENDINGS = (("iyeh", ("iyah", "iya")), ("iyah", ("iyeh", "iya")), ("eh", ("ah", "a")), ("ah", ("eh", "a")))
GLUED_AR = ("دير ", "ابو ")  # "دير الزور" -> "ديرالزور", "أبو كمال" -> "أبوكمال"


def ascii_latin(name: str) -> str:
    """A Latin name in plain ASCII letters: accents and apostrophes dropped, dotless i -> i."""
    base = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    base = "".join(ch for ch in base if not unicodedata.combining(ch) and ch not in APOSTROPHES)
    return re.sub(r"\s+", " ", base).strip()


def _word_forms(text: str) -> list[str]:
    """Spellings of an article-less name: endings of its last word, ou/u, ei/ay, doubled consonants."""
    forms = {text: None}

    def grow(make: Callable[[str], Iterable[str]]) -> None:
        for form in list(forms):
            for new in make(form):
                if new and len(forms) < SPELL_MAX:
                    forms.setdefault(new, None)

    def endings(form: str) -> Iterable[str]:
        head, _, last = form.rpartition(" ")
        low = last.lower()
        prefix = f"{head} " if head else ""
        for end, others in ENDINGS:
            if low.endswith(end) and len(low) > len(end) + 1:
                return [prefix + last[: -len(end)] + other for other in others]
        if len(low) >= 4 and low.endswith("a") and low[-2] not in "aeiouy":
            return [prefix + last + "h"]
        return []

    def vowels(form: str) -> Iterable[str]:
        out = []
        if "ou" in form.lower():
            out.append(re.sub("ou", "u", form, flags=re.IGNORECASE))
        elif re.search(r"(?<=[^aeiouy\s-])u", form, re.IGNORECASE):
            out.append(re.sub(r"(?<=[^aeiouAEIOUyY\s-])u", "ou", form))
        if re.search("ei", form, re.IGNORECASE):
            out.append(re.sub("ei", "ay", form, flags=re.IGNORECASE))
        elif re.search("ay", form, re.IGNORECASE):
            out.append(re.sub("ay", "ei", form, flags=re.IGNORECASE))
        return out

    def doubles(form: str) -> Iterable[str]:
        single = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", form, flags=re.IGNORECASE)
        return [single] if single != form else []

    for make in (endings, vowels, doubles):
        grow(make)
    return list(forms)


ARTICLES = frozenset("al el il ad ar as ash at ath az an ed er es esh et ez en".split())


def spelling_variants(name: str) -> list[str]:
    """Systematic Latin spellings of a town name: "As-Salamiyeh" -> "al-Salamiyah",
    "el-Salamiya", "as-Salamiyeh" ...; "Deir-ez-Zor" -> "Deir al-Zor", "Dayr az-Zor" ...;
    "Douma" -> "Duma".

    Every article (al-, el-, ad-, ar-, as-, ash-, at-, az-, an-, ez- ...) is written as
    "al-", as "el-" and assimilated to the following sun letter; then the last word's
    ending as -eh/-ah/-a (-iyeh/-iyah/-iya), "ou" for "u" and back, "ay" for "ei" and back,
    and doubled consonants single. The bare name without a leading article is left to
    ``latin_variants``."""
    plain = ascii_latin(name)
    if not plain or is_arabic(plain):
        return []
    words: list[str] = []
    for word in re.split(r"[\s-]+", plain):
        glued = re.fullmatch(r"El([a-z]{4,})", word)  # OCHA's "Khan Elshih", "Maaret Elnaasan"
        words += ["el", glued.group(1).capitalize()] if glued else [word] if word else []
    has_article = any(w.lower() in ARTICLES for w in words[:-1])
    skeletons: dict[str, None] = {}
    for style in ("al", "el", "sun") if has_article else ("",):
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if word.lower() in ARTICLES and i + 1 < len(words):
                following = words[i + 1]
                article = style
                if style == "sun":
                    low = following.lower()
                    article = next((art for start, art in SUN_ARTICLE if low.startswith(start)), "al")
                out.append(f"{article}-{following}")
                i += 2
            else:
                out.append(word)
                i += 1
        skeletons.setdefault(" ".join(out), None)
    forms: dict[str, None] = {}
    for skeleton in skeletons:
        for form in _word_forms(skeleton):
            forms.setdefault(form, None)
    return list(forms)[: SPELL_MAX * 2]


def glued_arabic(name: str) -> str | None:
    """The glued spelling of "دير X" / "أبو X" ("ديرالزور"), or None."""
    folded = fold(name)
    for prefix in GLUED_AR:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 2 and " " not in folded[len(prefix):]:
            return name.split(" ", 1)[0] + name.split(" ", 1)[1]
    return None


def unglued_article(name: str) -> str | None:
    """OCHA's glued article written as news write it: "Marj Elsultan" -> "Marj al-Sultan",
    "Ard Elwata" -> "Ard al-Wata"."""
    words = name.split()
    if len(words) < 2:
        return None  # "Elzahraa" alone: a name that many places share, found by its other spellings
    out = [f"al-{m.group(1).capitalize()}" if (m := re.fullmatch(r"El([a-z]{3,})", w)) else w for w in words]
    return " ".join(out) if out != words else None


def add_unglued_articles(rows: list[Row]) -> None:
    """Give the Syrian villages too small for ``spelling_variants`` their name with OCHA's glued
    article written apart, unless another place is already known by it ("Bab Elfaraj", a village,
    must not take "Bab al-Faraj" from Aleppo's quarter)."""
    taken = {fold(n) for r in rows for n in (r.name_en, r.name_ar, *r.aliases) if n}
    for row in rows:
        if row.spell or row.country != "Syria" or not row.name_en:
            continue
        form = unglued_article(row.name_en)
        if form and fold(form) not in taken:
            row.aliases.append(form)


def latin_variants(name: str, english_common: set[str]) -> list[str]:
    """Article and apostrophe variants of a Latin name (see module docstring)."""
    out: list[str] = []
    forms = [name]
    if "ı" in name:  # Turkish dotless i has no decomposition: Şanlıurfa -> Şanliurfa
        forms.append(name.replace("ı", "i"))
    if any(ch in name for ch in APOSTROPHES):
        ascii_form = "".join("'" if ch in APOSTROPHES else ch for ch in name)
        bare = "".join(ch for ch in name if ch not in APOSTROPHES)
        forms += [ascii_form, bare]
    for form in forms:
        out.append(form)
        match = ARTICLE_RE.match(form.strip())
        if match:
            rest = match.group(2).strip()
            out.append("al-" + rest)
            rest_f = fold(rest)
            if letters(rest) >= 5 and " " not in rest_f and rest_f not in english_common \
                    and rest_f not in ENGLISH_STOP:
                out.append(rest)
    return out


# --- rows ------------------------------------------------------------------------------


@dataclass
class Row:
    place_id: str
    kind: str
    name_en: str
    name_ar: str
    country: str = "Syria"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    pcode: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    aliases: list[str] = field(default_factory=list)
    capital: int = 0  # OCHA CAPIT_LVL (1 governorate .. 3 sub-district capital), 0 none
    needs_cue: bool = False
    precision_set: int | None = None  # the supplement's own precision
    spell: bool = False  # gets systematic spelling variants (``spelling_variants``)

    def add(self, *names: str) -> None:
        for name in names:
            name = clean(name)
            if name and name not in self.aliases:
                self.aliases.append(name)

    @property
    def precision(self) -> int:
        return self.precision_set or PRECISION.get(self.kind, 1)

    def important(self) -> bool:
        return (
            self.kind in ("country", "governorate", "province", "district", "subdistrict")
            or 1 <= self.capital <= 3
            or self.population >= 10_000
        )


class CueJudge:
    """Decides whether a name is also an ordinary word (see module docstring)."""

    def __init__(self, shared_data: Path) -> None:
        self.arabic_common: dict[str, tuple[int, int]] = {}
        self.english_common: set[str] = set()
        self.important_names: set[str] = set()  # folded names of important places
        self.place_tagged: set[str] = set()
        self.shadowed: dict[str, int] = {}
        self._load_ner(shared_data / "ner")
        self._load_english(shared_data / FAKES)

    def _load_ner(self, ner: Path) -> None:
        other: collections.Counter[str] = collections.Counter()
        place: collections.Counter[str] = collections.Counter()
        found = 0
        for rel in NER_FILES:
            path = ner / rel
            if not path.exists():
                continue
            found += 1
            previous: tuple[str, bool] | None = None
            with path.open(encoding="utf-8-sig", errors="replace") as fh:
                for line in fh:
                    parts = line.replace("\u200e", "").replace("\u200f", "").split()
                    if len(parts) < 2:
                        previous = None
                        continue
                    token, tags = fold(parts[0]), parts[1:]
                    is_place = any(PLACE_TAGS.search(tag) for tag in tags if tag != "O")
                    forms = {token}
                    for proclitic in ("وال", "فال", "بال", "كال"):
                        if token.startswith(proclitic) and len(token) > len(proclitic) + 1:
                            forms.add("ال" + token[len(proclitic):])
                    if token.startswith("لل") and len(token) > 3:
                        forms.add("ال" + token[2:])
                    if previous is not None:
                        forms |= {f"{previous[0]} {form}" for form in list(forms)}
                        is_place_pair = is_place or previous[1]
                    for form in forms:
                        pair = " " in form
                        flag = is_place_pair if pair else is_place
                        (place if flag else other)[form] += 1
                    previous = (token, is_place)
        if not found:
            print("warning: no NER corpora found; needs_cue uses the stoplists only", file=sys.stderr)
        for form, count in other.items():
            total = count + place[form]
            if count >= CORPUS_MIN and count / total >= CORPUS_SHARE:
                self.arabic_common[form] = (count, total)
        self.place_tagged = {form for form, count in place.items() if count >= CORPUS_MIN}
        # "لبنان" = ل + "بنان": a frequent token that is a proclitic + X, X rarely alone.
        totals = other + place
        for token, count in totals.items():
            if count < 2 * CORPUS_MIN or " " in token:
                continue
            for proclitic in PROCLITICS:
                rest = token[len(proclitic):]
                if token.startswith(proclitic) and len(rest) >= 3 and totals[rest] * 10 < count:
                    self.shadowed[rest] = max(self.shadowed.get(rest, 0), count)

    def _load_english(self, path: Path) -> None:
        if not path.exists():
            print("warning: FA-KES not found; English needs_cue uses the stoplist only", file=sys.stderr)
            return
        lower: collections.Counter[str] = collections.Counter()
        total: collections.Counter[str] = collections.Counter()
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            for rec in csv.DictReader(fh):
                text = f"{rec.get('article_title', '')} {rec.get('article_content', '')}"
                for tok in re.findall(r"[A-Za-z]+", text):
                    key = tok.lower()
                    total[key] += 1
                    if tok.islower():
                        lower[key] += 1
        self.english_common = {t for t, n in total.items() if lower[t] >= 2 and lower[t] / n >= 0.5}

    def _english_words(self, words: list[str]) -> bool:
        """A Latin name made of common words: its words besides articles are all common
        English words or stop words ("Tell", "Al-Thawra", "Old Deir", "Abu Omar"), unless it
        opens with a place word (ras, ain, tal, deir, kafr ...) followed by a word that is no
        English word: "Ras al-Ain", "Ain Issa", "Tal Hassan" are names."""
        content = [w for w in words if w not in LATIN_ARTICLES] or words
        common = [w in self.english_common or w in ENGLISH_STOP for w in content]
        if not all(common):
            return False
        if len(content) > 1 and content[0] in PLACE_HEADS:
            return all(w in self.english_common for w in content[1:])
        return True

    def reason(self, name: str, row: Row) -> str | None:
        """Why ``name`` needs a cue for ``row``, or None."""
        key = fold(name).strip()
        if not key or row.kind in ("governorate", "country") or key in NEVER_CUE:
            return None
        own = FAMOUS_OWN.get(key) == row.country
        if (key in ARABIC_STOP and not own) or key in ENGLISH_STOP:
            return "stoplist"
        important = row.important() or key in self.important_names
        if len(key.replace(" ", "")) <= 3 and not important:
            return "short"
        if is_arabic(key):
            words = key.split()
            if len(words) == 2 and (words[1] == "الدين" or (words[0] in HONORIFICS and words[1] in GIVEN_NAMES)):
                return "person"
            if len(words) <= 2 and key in self.arabic_common:
                return "corpus"
            if not important and key in self.place_tagged:
                return "elsewhere"
            if key in self.shadowed:
                return "clitic"
            if len(words) == 1 and key[:1] in GLUE_LETTERS and key[1:] in SETTLEMENT_NOUNS:
                return "glued"
        elif self._english_words(key.split()):
            return "english"
        return None


# --- sources ---------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def fnum(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "", "<Null>") else None
    except ValueError:
        return None


class Admin:
    """OCHA admin tables and polygons: names by P-code, point-in-polygon."""

    def __init__(self, ocha: Path) -> None:
        tables, geo = ocha / "tables", ocha / "geojson"
        self.adm1 = {r["adm1_pcode"]: r for r in read_csv(tables / "syr_admin1.csv")}
        self.adm2 = {r["adm2_pcode"]: r for r in read_csv(tables / "syr_admin2.csv")}
        self.adm3 = {r["adm3_pcode"]: r for r in read_csv(tables / "syr_admin3.csv")}
        with (geo / "syr_admin3_simplified.geojson").open(encoding="utf-8") as fh:
            feats = json.load(fh)["features"]
        self.shapes = [shape(f["geometry"]) for f in feats]
        self.codes = [f["properties"]["adm3_pcode"] for f in feats]
        self.tree = STRtree(self.shapes)
        # All admin unit names (Arabic and English, folded, "مركز" stripped): used to
        # recognise "X - <district>" qualifiers in community names.
        names: set[str] = set()
        for table, level in ((self.adm1, 1), (self.adm2, 2), (self.adm3, 3)):
            for rec in table.values():
                for col in (f"adm{level}_name", f"adm{level}_name1", f"adm{level}_ref_n"):
                    if rec.get(col):
                        names.add(fold(strip_markaz(rec[col])))
        self.names = names

    def names_of(self, adm3: str = "", adm2: str = "", adm1: str = "") -> tuple[str, str, str]:
        """(admin1 ACLED name, admin2 OCHA name, admin3 OCHA name) for the given codes."""
        rec3 = self.adm3.get(adm3)
        if rec3:
            adm2, adm1 = rec3["adm2_pcode"], rec3["adm1_pcode"]
        rec2 = self.adm2.get(adm2)
        if rec2:
            adm1 = rec2["adm1_pcode"]
        return (
            ADMIN1_NAME.get(adm1, ""),
            strip_markaz(rec2["adm2_name"]) if rec2 else "",
            strip_markaz(rec3["adm3_name"]) if rec3 else "",
        )

    def locate(self, lat: float, lon: float, max_deg: float = 0.1) -> str | None:
        """The admin3 P-code of the polygon containing the point (or the nearest within max_deg)."""
        pt = Point(lon, lat)
        hits = self.tree.query(pt, predicate="intersects")
        if len(hits):
            return self.codes[int(hits[0])]
        idx = self.tree.nearest(pt)
        if idx is not None and self.shapes[int(idx)].distance(pt) <= max_deg:
            return self.codes[int(idx)]
        return None

    def place(self, row: Row, keep_pcode: bool = False) -> bool:
        """Fill row.admin1-3 (and pcode) by point-in-polygon; False if outside Syria."""
        if row.lat is None or row.lon is None:
            return False
        code = self.locate(row.lat, row.lon)
        if code is None:
            return False
        row.admin1, row.admin2, row.admin3 = self.names_of(code)
        if not keep_pcode:
            row.pcode = code
        return True


def capital_points(communities: list[dict[str, str]]) -> dict[str, tuple[float, float]]:
    """Admin P-code -> coordinates of its capital community (OCHA CAPIT_LVL)."""
    out: dict[str, tuple[float, float]] = {}
    for rec in sorted(communities, key=lambda r: (r["CAPIT_LVL"] or "9", r["PCODE"])):
        level = rec["CAPIT_LVL"]
        if level not in ("1", "2", "3"):  # one row has 0: not a capital
            continue
        point = (float(rec["LATITUDE"]), float(rec["LONGITUDE"]))
        if level == "1":
            out.setdefault(rec["ADMIN1_COD"], point)
        if level in ("1", "2"):
            out.setdefault(rec["ADMIN2_COD"], point)
        out.setdefault(rec["ADMIN3_COD"], point)
    return out


def admin_rows(admin: Admin, capitals: dict[str, tuple[float, float]]) -> list[Row]:
    rows: list[Row] = []
    for level, kind, table in ((1, "governorate", admin.adm1), (2, "district", admin.adm2),
                               (3, "subdistrict", admin.adm3)):
        for code, rec in sorted(table.items()):
            name_en = strip_markaz(clean(rec[f"adm{level}_name"]))
            name_ar = strip_markaz(clean(rec[f"adm{level}_name1"]))
            if level == 1:
                name_en = ADMIN1_NAME[code]
            a1, a2, a3 = admin.names_of(code if level == 3 else "", code if level == 2 else "",
                                        code if level == 1 else "")
            lat, lon = capitals.get(code) or (fnum(rec["rep_point_lat"]), fnum(rec["rep_point_lon"]))
            row = Row(code, kind, name_en, name_ar, admin1=a1, admin2=a2, admin3=a3, pcode=code,
                      lat=lat, lon=lon)
            row.add(strip_markaz(clean(rec[f"adm{level}_name"])), strip_markaz(clean(rec[f"adm{level}_ref_n"])))
            rows.append(row)
    return rows


def neighbourhood_rows(admin: Admin, path: Path) -> list[Row]:
    rows: list[Row] = []
    areas: dict[str, list[Row]] = collections.defaultdict(list)
    area_names: dict[str, tuple[str, str]] = {}
    for rec in read_csv(path):
        name_en, name_ar = clean(rec["neighborho"]), clean(rec["neighbor_1"])
        a1, a2, a3 = admin.names_of(rec["adm3_pcode"])
        row = Row(clean(rec["neighbor_2"]), "neighbourhood", name_en, name_ar, admin1=a1, admin2=a2,
                  admin3=a3, pcode=clean(rec["neighbor_2"]),
                  lat=fnum(rec["rep_point_lat"]), lon=fnum(rec["rep_point_lon"]))
        row.add(clean(rec["neighbor_3"]), re.sub(r"\s*\(.*\)\s*$", "", clean(rec["neighbor_4"])))
        rows.append(row)
        area = clean(rec["areapcode"])
        if area:
            areas[area].append(row)
            area_names[area] = (clean(rec["areaname_e"]), clean(rec["areaname_a"]))
    # Damascus areas (دمر، برزة، جوبر ...) group neighbourhoods; news names them as places.
    for area, members in sorted(areas.items()):
        name_en, name_ar = area_names[area]
        pts = [(m.lat, m.lon) for m in members if m.lat is not None]
        lat = round(sum(p[0] for p in pts) / len(pts), 5)
        lon = round(sum(p[1] for p in pts) / len(pts), 5)
        first = members[0]
        rows.append(Row(area, "neighbourhood", name_en, name_ar, admin1=first.admin1, admin2=first.admin2,
                        admin3=first.admin3, pcode=area, lat=lat, lon=lon))
    return rows


def important_names(admin_units: list[Row], communities: list[dict[str, str]], geonames: Path) -> set[str]:
    """Folded names of governorates, districts, sub-districts, capitals and towns >= 10,000."""
    names = {fold(n) for r in admin_units for n in (r.name_ar, r.name_en, *r.aliases) if n}
    for rec in communities:
        if rec["CAPIT_LVL"] in ("1", "2", "3"):
            names |= {fold(p) for p in split_parts(rec["NAME_ARA"], SPLIT_AR)[:1] + split_parts(rec["NAME_EN"], SPLIT_EN)[:1]}
    for rec in read_csv(geonames):
        if int(rec["population"] or 0) >= 10_000:
            names |= {fold(clean(n)) for n in [rec["name"], *rec["names_ar"].split("|")] if clean(n)}
    return names - {""}


def split_parts(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [p for p, _ in split_with_separators(text, pattern)]


def split_with_separators(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """The parts of a name and, for each, the separator before it ("" for the first)."""
    out: list[tuple[str, str]] = []
    separator, position = "", 0
    for sep in pattern.finditer(text):
        part = clean(text[position:sep.start()])
        if part:
            out.append((part, separator))
        separator = sep.group().strip()
        position = sep.end()
    part = clean(text[position:])
    if part:
        out.append((part, separator))
    return out


def is_qualifier(part: str, separator: str, admin: Admin) -> bool:
    """A later part after "-" or "/" that names an admin unit: "الحجلية - الباب" = Hjeileh (Al Bab)."""
    return separator in ("-", "/") and fold(part) in admin.names


GENERIC_HEADS = {fold(w) for w in (
    "خربة", "خربه", "دير", "معرة", "معارة", "كفر", "تل", "عين", "بئر", "قرية", "مزرعة", "جب", "حوش", "ام", "أم",
    "ابو", "أبو", "بيت", "قصر", "جسر", "سد", "راس", "رأس", "حي", "kafr", "kfar", "tal", "tall", "tell", "deir",
    "ein", "ain", "khirbet", "kherbet", "maaret", "maarat", "mazraa", "beit", "jeb", "um", "umm", "abu", "ras",
    "qasr", "jisr", "hay")}


def suffix_key(name: str) -> str:
    """A loose key for name suffixes: "معرة تمصرين" and "معرتمصرين" meet, as do "Elbab" and "Al Bab"."""
    key = re.sub(r"ه(?=\s|$)", "ت", strip_article(fold(name)))
    key = re.sub(r"^(?:el|al)[- ]?", "", key.replace(" ", "").replace("-", "").replace("'", ""))
    return re.sub(r"(.)\1+", r"\1", key)


def without_place_suffix(name: str, suffixes: set[str]) -> str | None:
    """"كفريا معرتمصرين" → "كفريا", "Kafraya Maar Tamsarin" → "Kafraya": OCHA tells homonyms
    apart by adding the district or a nearby town; news writes the bare name."""
    words = name.split()
    for cut in (1, 2):
        if len(words) > cut and suffix_key(" ".join(words[-cut:])) in suffixes:
            bare = " ".join(words[:-cut])
            if letters(bare) < 3 or strip_article(fold(bare)) in GENERIC_HEADS:
                return None  # "خربة", "Kafr": the head word of a hundred names, no name itself
            return bare
    return None


def community_rows(admin: Admin, path: Path, judge: CueJudge) -> list[Row]:
    rows: list[Row] = []
    records = read_csv(path)
    # names OCHA appends to tell homonyms apart: admin units and the towns that head them
    suffixes = {suffix_key(n) for n in admin.names} | {
        suffix_key(rec[key]) for rec in records if rec["CAPIT_LVL"] in ("1", "2", "3")
        for key in ("NAME_ARA", "NAME_EN") if rec[key]}
    for rec in records:
        code = rec["PCODE"]
        lat, lon = float(rec["LATITUDE"]), float(rec["LONGITUDE"])
        capital = int(rec["CAPIT_LVL"]) if rec["CAPIT_LVL"] in ("1", "2", "3") else 0
        row = Row(code, "community", "", "", pcode=code, lat=lat, lon=lon, capital=capital)
        if rec["ADMIN3_COD"] in admin.adm3:
            row.admin1, row.admin2, row.admin3 = admin.names_of(rec["ADMIN3_COD"])
        elif not admin.place(row, keep_pcode=True):
            row.admin1, row.admin2, row.admin3 = admin.names_of("", rec["ADMIN2_COD"], rec["ADMIN1_COD"])
        ar_parts = split_with_separators(rec["NAME_ARA"], SPLIT_AR)
        en_parts = split_with_separators(rec["NAME_EN"], SPLIT_EN)
        aligned = len(ar_parts) == len(en_parts)
        keep_ar: list[str] = []
        keep_en: list[str] = []
        for i, (part, separator) in enumerate(ar_parts):
            if i > 0 and is_qualifier(part, separator, admin):
                continue  # "X - <district>": a qualifier, not another name
            keep_ar.append(part)
            if aligned:
                keep_en.append(en_parts[i][0])
        if not aligned:
            keep_en = [p for i, (p, sep) in enumerate(en_parts) if i == 0 or not is_qualifier(p, sep, admin)]
        if not keep_ar:
            keep_ar = [ar_parts[0][0]] if ar_parts else [clean(rec["NAME_ARA"])]
        # primary = the first part that needs no cue
        primary = next((i for i, p in enumerate(keep_ar) if judge.reason(p, row) is None), 0)
        row.name_ar = keep_ar[primary]
        row.name_en = keep_en[primary] if aligned and primary < len(keep_en) else (keep_en or [""])[0]
        row.add(*keep_ar, *keep_en)
        row.add(*(bare for name in keep_ar + keep_en for bare in [without_place_suffix(name, suffixes)] if bare))
        if rec["NAM_EN_REF"] and rec["NAM_EN_REF"] != rec["NAME_EN"]:
            row.add(*split_parts(rec["NAM_EN_REF"], SPLIT_EN)[:1])
        rows.append(row)
    return rows


def geonames_rows(path: Path, admin: Admin, communities: list[Row]) -> tuple[list[Row], int]:
    """GeoNames towns; SY towns that duplicate an OCHA community are merged into it."""
    rows: list[Row] = []
    merged = 0
    by_cell: dict[tuple[int, int], list[Row]] = collections.defaultdict(list)
    for com in communities:
        by_cell[(int(com.lat * 10), int(com.lon * 10))].append(com)
    for rec in read_csv(path):
        cc = rec["countrycode"]
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        names_ar = [clean(n) for n in rec["names_ar"].split("|") if arabic_ok(clean(n))]
        alternates = [clean(n) for n in rec["alternatenames_other"].split("|")]
        limit = 12 if cc == "SY" else 6
        latin = [clean(rec["name"])] + [n for n in dict.fromkeys(alternates) if latin_ok(n)][:limit]
        population = int(rec["population"] or 0)
        if cc == "SY":
            keys = {k for k in (loose(n) for n in names_ar + latin) if len(k) >= 3}
            best: Row | None = None
            best_d = MERGE_KM
            cy, cx = int(lat * 10), int(lon * 10)
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for com in by_cell.get((cy + dy, cx + dx), ()):
                        com_keys = {loose(n) for n in [com.name_ar, com.name_en, *com.aliases]}
                        if keys & com_keys:
                            d = km(lat, lon, com.lat, com.lon)
                            if d <= best_d:
                                best, best_d = com, d
            if best is not None:
                best.add(*names_ar, *latin)
                best.population = max(best.population, population)
                merged += 1
                continue
        extra = FOREIGN_NAMES.get(rec["geonameid"], ()) if cc != "SY" else ()
        names_ar += [n for n in extra if is_arabic(n) and n not in names_ar]
        name_ar = names_ar[0] if names_ar else ""
        row = Row(f"gn:{rec['geonameid']}", "town", latin[0], name_ar, country=COUNTRY[cc],
                  lat=round(lat, 5), lon=round(lon, 5), population=population)
        row.add(*names_ar[1:], *latin[1:], *(n for n in extra if not is_arabic(n)))
        if cc == "SY":
            if not admin.place(row):
                row.admin1 = ""
        else:
            row.admin1 = GEONAMES_ADMIN1.get(cc, {}).get(rec["admin1code"], "")
        rows.append(row)
    return rows, merged


def province_rows(path: Path) -> list[Row]:
    """One row per first-level division of IQ, LB, JO and TR (``PROVINCES``), at its capital.

    Fails when GeoNames has a town in a division the table lacks, or a capital is missing."""
    recs = [r for r in read_csv(path) if r["countrycode"] in PROVINCES]
    used = {(r["countrycode"], r["admin1code"]) for r in recs}
    missing = sorted(k for k in used if k[1] not in PROVINCES[k[0]])
    if missing:
        raise SystemExit(f"PROVINCES lacks GeoNames admin1 codes {missing}")
    rows: list[Row] = []
    for cc, table in PROVINCES.items():
        for code, (name_en, name_ar, capital, aliases) in table.items():
            found = [r for r in recs if r["countrycode"] == cc and r["name"] == capital]
            found.sort(key=lambda r: (r["admin1code"] != code, -int(r["population"] or 0)))
            if not found:
                raise SystemExit(f"capital {capital!r} of {cc}.{code} {name_en} is not in GeoNames")
            rec = found[0]
            row = Row(f"gn:{cc}.{code}", "province", name_en, name_ar, country=COUNTRY[cc], admin1=name_en,
                      lat=round(float(rec["latitude"]), 5), lon=round(float(rec["longitude"]), 5))
            row.add(*aliases)
            rows.append(row)
    return rows


def supplement_rows(path: Path, admin: Admin) -> list[Row]:
    """Rows of the curated supplement; '#' lines are comments; admin1 '-' means 'none'."""
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for rec in csv.DictReader(lines, delimiter="\t"):
        row = Row(rec["place_id"], rec["kind"], clean(rec["name_en"]), clean(rec["name_ar"]),
                  country=clean(rec["country"]) or "Syria", lat=fnum(rec["latitude"]),
                  lon=fnum(rec["longitude"]), population=int(rec["population"] or 0))
        row.add(*[a for a in (rec["aliases"] or "").split("|")])
        if rec["admin1"] == "-":
            pass  # spans several governorates: no admin units
        elif rec["admin1"]:
            row.admin1, row.admin2, row.admin3 = rec["admin1"], rec["admin2"], rec["admin3"]
            row.pcode = rec["pcode"]
        elif row.country == "Syria" and not admin.place(row):
            print(f"warning: supplement {row.place_id} is outside Syria's polygons", file=sys.stderr)
        if rec.get("precision"):
            row.precision_set = int(rec["precision"])
        rows.append(row)
    return rows


# --- finishing -------------------------------------------------------------------------


def apply_variants(rows: list[Row]) -> None:
    index: dict[tuple[str, str], list[Row]] = collections.defaultdict(list)
    for row in rows:
        if row.country == "Syria":
            index[(fold(row.name_ar), row.admin1)].append(row)
            for alias in row.aliases:
                if is_arabic(alias):
                    index[(fold(alias), row.admin1)].append(row)
    for name_ar, admin1, spellings in VARIANTS:
        targets = index.get((fold(name_ar), admin1), [])
        if not targets:
            print(f"warning: variant {name_ar} ({admin1}) matched no row", file=sys.stderr)
        for target in {id(t): t for t in targets}.values():
            target.add(*spellings)


NEWS_NAME_MIN = 2  # uses in English news before a spelling replaces OCHA's


def english_usage(fakes: Path, eval_dir: Path) -> collections.Counter[str]:
    """How often English news writes each run of one to three words (FA-KES, leaving out the
    articles the evaluation sets hold, so that their spellings do not leak into the data)."""
    held_out: set[int] = set()
    for split in ("dev", "test"):
        path = eval_dir / f"{split}.docs.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc_id = json.loads(line).get("doc_id", "") if line.strip() else ""
                if doc_id.startswith("fakes-"):
                    held_out.add(int(doc_id.split("-")[1]))
    counts: collections.Counter[str] = collections.Counter()
    if not fakes.exists():
        return counts
    with fakes.open(encoding="utf-8", errors="replace", newline="") as fh:
        for index, rec in enumerate(csv.DictReader(fh)):
            if index in held_out:
                continue
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", rec.get("article_content", ""))
            for n in (1, 2, 3):
                counts.update(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    return counts


def prefer_news_spellings(rows: list[Row], usage: collections.Counter[str]) -> int:
    """The English name of a Syrian town is the spelling English news uses most ("Manbij",
    "Azaz"), where it uses one at least NEWS_NAME_MIN times more than OCHA's ("Menbij",
    "A'zaz"); OCHA's stays an alias. Returns how many names changed."""
    changed = 0
    for row in rows:
        if row.country != "Syria" or row.kind not in ("community", "town") or not row.name_en:
            continue
        latin = [n for n in dict.fromkeys([row.name_en, *row.aliases])
                 if n and not is_arabic(n) and not n.startswith("~")]
        best = max(latin, key=lambda n: (usage[ascii_latin(n)], n == row.name_en))
        if usage[ascii_latin(best)] >= NEWS_NAME_MIN and usage[ascii_latin(best)] > usage[ascii_latin(row.name_en)]:
            row.add(row.name_en)
            row.name_en = ascii_latin(best)
            changed += 1
    return changed


def finish(row: Row, judge: CueJudge) -> None:
    """Expand Latin variants, decide needs_cue, dedupe aliases by folded form."""
    primary = row.name_ar or row.name_en
    row.needs_cue = judge.reason(primary, row) is not None
    names: list[str] = []
    sources = [row.name_en, *row.aliases]
    if row.spell:
        latin = [n for n in sources if n and not is_arabic(n)][:2]  # OCHA's and GeoNames' names
        sources += [v for n in latin for v in spelling_variants(n)]
        sources += [g for n in [row.name_ar, *row.aliases] if n and is_arabic(n) for g in [glued_arabic(n)] if g]
    for alias in sources:
        if alias and not is_arabic(alias):
            names.extend(latin_variants(alias, judge.english_common))
        elif alias:
            names.append(alias)
    seen = {fold(row.name_ar), fold(row.name_en)} - {""}
    out: list[str] = []
    if row.name_ar and row.name_en and judge.reason(row.name_en, row) is not None:
        out.append("~" + row.name_en)  # name_en is not the primary name: its own flag
    for name in names:
        key = fold(name).strip()
        if not key or key in seen or len(key) < 2:
            continue
        seen.add(key)
        out.append(("~" + name) if judge.reason(name, row) is not None else name)
    row.aliases = out


def write_tsv(rows: list[Row], path: Path) -> None:
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    rows = sorted(rows, key=lambda r: (order[r.kind], r.country != "Syria", r.country, r.place_id))
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            values = (
                r.place_id, r.kind, r.name_en, r.name_ar, "|".join(r.aliases), r.country, r.admin1,
                r.admin2, r.admin3, r.pcode,
                "" if r.lat is None else f"{r.lat:.5f}".rstrip("0").rstrip("."),
                "" if r.lon is None else f"{r.lon:.5f}".rstrip("0").rstrip("."),
                str(r.population), str(r.precision), "1" if r.needs_cue else "0",
            )
            for v in values:
                if "\t" in v or "\n" in v:
                    raise ValueError(f"bad field in {r.place_id}: {v!r}")
            fh.write("\t".join(values) + "\n")


def round_coords(obj: object, ndigits: int) -> object:
    if isinstance(obj, float):
        return round(obj, ndigits)
    if isinstance(obj, (list, tuple)):
        return [round_coords(x, ndigits) for x in obj]
    return obj


def write_polygons(src: Path, dst: Path, level: int, tolerance: float) -> None:
    with src.open(encoding="utf-8") as fh:
        feats = json.load(fh)["features"]
    geoms = [shape(f["geometry"]) for f in feats]
    geoms = [g if g.is_valid else g.buffer(0) for g in geoms]  # OCHA's Dar'a has a self-intersection
    try:  # coverage simplification keeps neighbouring units free of gaps and overlaps
        simplified = list(shapely.coverage_simplify(geoms, tolerance))
    except (AttributeError, shapely.errors.GEOSException):
        simplified = [g.simplify(tolerance, preserve_topology=True) for g in geoms]
    out = []
    for f, geom in zip(feats, simplified, strict=True):
        p = f["properties"]
        props = {"admin1": ADMIN1_NAME[p["adm1_pcode"]], "pcode": p[f"adm{level}_pcode"],
                 "name_ar": strip_markaz(p[f"adm{level}_name1"])}
        if level == 2:
            props["admin2"] = strip_markaz(p["adm2_name"])
        geo = mapping(geom)
        out.append({"type": "Feature", "properties": props,
                    "geometry": {"type": geo["type"], "coordinates": round_coords(geo["coordinates"], 4)}})
    out.sort(key=lambda f: f["properties"]["pcode"])
    collection = {"type": "FeatureCollection", "features": out}
    dst.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


NOTICE = """\
rasid gazetteer data (places.tsv, admin1.geojson, admin2.geojson)
=================================================================

Derived by scripts/build_gazetteer.py from the following sources. The derived files
keep names, codes, coordinates and simplified boundaries only.

* Syrian administrative boundaries, governorates, districts, sub-districts and city
  neighbourhoods: UN Cartographic Section / OCHA, "Syrian Arab Republic - Subnational
  Administrative Boundaries" (COD-AB), version v02, valid on 2020-12-17, via the
  Humanitarian Data Exchange. Attribution: UNCS/OCHA Syria COD-AB. Licence: Creative
  Commons Attribution for Intergovernmental Organisations (CC BY-IGO).
  Boundaries are simplified (admin1 ~0.005 degree, admin2 ~0.003 degree) and do not
  imply official endorsement or acceptance by the United Nations.
* Syrian communities (populated places, admin4): OCHA Syria common operational
  dataset, 2015 snapshot (5,251 communities). Attribution: OCHA. Licence: CC BY-IGO.
* Towns of Syria, Iraq, Lebanon, Jordan and Turkey with population >= 500 and their
  alternate names: GeoNames (www.geonames.org), "cities500", licensed under Creative
  Commons Attribution 4.0 (CC BY 4.0).
* First-level divisions of Iraq, Lebanon, Jordan and Turkey: GeoNames admin1 codes and
  names (CC BY 4.0), at the point of their capital town; Arabic names compiled by the
  rasid authors.
* Supplement (countries, Israel and Palestine, Lebanon's south, Yemen's governorates and towns, regions, deserts, mountains, camps,
  airports, bases, oil fields, crossings, dams, prisons, roads, towns the sources lack,
  spelling variants): compiled by the rasid authors from public facts
  (scripts/gazetteer_supplement.tsv); many coordinates are approximate.

The needs_cue flags were decided with word statistics from ANERcorp, AQMAR, the Wojood
sample and the FA-KES articles; no text of those corpora is included.
"""


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--out", default="rasid/gazetteer/data", help="output folder")
    parser.add_argument("--supplement", default=str(REPO / "scripts" / "gazetteer_supplement.tsv"))
    args = parser.parse_args(list(argv) if argv is not None else None)

    shared = Path(args.shared)
    if not shared.is_absolute() and not shared.exists():
        shared = (REPO / args.shared).resolve()
    data = shared / "data"
    gaz = data / "gazetteer"
    if not gaz.is_dir():
        print(f"error: {gaz} not found (use --shared)", file=sys.stderr)
        return 2
    out = Path(args.out)
    if not out.is_absolute():
        out = Path.cwd() / out
    out.mkdir(parents=True, exist_ok=True)

    judge = CueJudge(data)
    admin = Admin(gaz / "syria-admin-ocha")
    communities_src = read_csv(gaz / "syria-communities-ocha-2015" / "syr_communities_admin4_2015.csv")
    capitals = capital_points(communities_src)

    geonames = gaz / "geonames-levant" / "geonames_cities500_SY_IQ_LB_JO_TR.csv"
    rows = admin_rows(admin, capitals) + province_rows(geonames)
    supplement = supplement_rows(Path(args.supplement), admin)
    judge.important_names = important_names(rows + supplement, communities_src, geonames)
    rows += neighbourhood_rows(admin, gaz / "syria-admin-ocha" / "tables" / "syr_neighborhoods.csv")
    communities = community_rows(admin, gaz / "syria-communities-ocha-2015" / "syr_communities_admin4_2015.csv",
                                 judge)
    rows += communities
    towns, merged = geonames_rows(geonames, admin, communities)
    rows += towns
    rows += supplement

    ids = collections.Counter(r.place_id for r in rows)
    dupes = [k for k, n in ids.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate place ids: {dupes[:10]}")
    apply_variants(rows)
    for row in rows:
        row.spell = row.country == "Syria" and (
            row.kind == "governorate"
            or (row.kind in ("community", "town") and (row.population >= SPELL_MIN_POP or 1 <= row.capital <= 3)))
    renamed = prefer_news_spellings(rows, english_usage(data / FAKES, shared / "eval"))
    add_unglued_articles(rows)
    for row in rows:
        finish(row, judge)

    write_tsv(rows, out / "places.tsv")
    write_polygons(gaz / "syria-admin-ocha" / "geojson" / "syr_admin1.geojson", out / "admin1.geojson", 1, 0.005)
    write_polygons(gaz / "syria-admin-ocha" / "geojson" / "syr_admin2.geojson", out / "admin2.geojson", 2, 0.003)
    (out / "NOTICE").write_text(NOTICE, encoding="utf-8")

    kinds = collections.Counter(r.kind for r in rows)
    cues = sum(r.needs_cue for r in rows)
    print(f"wrote {len(rows)} places to {out / 'places.tsv'} ({merged} GeoNames SY towns merged into communities)")
    print("  " + ", ".join(f"{k} {kinds[k]}" for k in KIND_ORDER if kinds[k]))
    print(f"  needs_cue: {cues} places; {sum(a.startswith('~') for r in rows for a in r.aliases)} cue aliases")
    print(f"  English names taken from news usage: {renamed}")
    for name in ("places.tsv", "admin1.geojson", "admin2.geojson", "NOTICE"):
        print(f"  {name}: {(out / name).stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
