"""Quantities in Arabic and English text (rasid.text.numbers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.numbers import NumberMatch, find_numbers, parse_number


def found(text: str) -> list[tuple[str, int]]:
    return [(m.span.text_of(text), m.value) for m in find_numbers(text)]


def only(text: str) -> NumberMatch:
    matches = find_numbers(text)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    "text, quoted, value",
    [
        ("قتل 35 شخصا في القصف", "35", 35),
        ("قتل ٣٥ شخصا في القصف", "٣٥", 35),
        ("قتل ۳۵ شخصا في القصف", "۳۵", 35),
        ("نزح 7,000 شخص من المخيم", "7,000", 7000),
        ("نزح ٧٬٠٠٠ شخص من المخيم", "٧٬٠٠٠", 7000),
        ("displaced 1,250,000 people", "1,250,000", 1250000),
        ("killed 0 civilians", "0", 0),
    ],
)
def test_numbers_digits_in_every_digit_set(text: str, quoted: str, value: int) -> None:
    assert found(text) == [(quoted, value)]


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("إثنان", 2),
        ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("اربع", 4), ("خمسة", 5), ("ستة", 6), ("ست", 6),
        ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("ثمانى", 8), ("ثمان", 8), ("تسعة", 9),
        ("عشرة", 10), ("عشر", 10), ("ثلاثةٌ", 3), ("خمـسة", 5),
        ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13), ("خمس عشرة", 15), ("تسعة عشر", 19),
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("أربعين", 40), ("خمسون", 50), ("ستين", 60),
        ("سبعون", 70), ("ثمانين", 80), ("تسعون", 90),
        ("مئة", 100), ("مائة", 100), ("مية", 100), ("مئتان", 200), ("مئتين", 200), ("مائتي", 200),
        ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("أربعمئة", 400), ("خمسمائة", 500), ("ستمئة", 600),
        ("سبعمائة", 700), ("ثمانمئة", 800), ("ثمانيمائة", 800), ("تسعمئة", 900), ("ثلاث مئة", 300),
        ("ألف", 1000), ("الف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("مليون", 1000000),
        ("مليونين", 2000000),
    ],
)
def test_numbers_arabic_words_in_all_forms(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value
    assert found(f"وقال المصدر إن {phrase} منهم أصيبوا") == [(phrase, value)]


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("خمسة وثلاثون", 35),
        ("خمسة و ثلاثون", 35),
        ("واحد وعشرون", 21),
        ("أربعة وعشرين", 24),
        ("مئة وخمسون", 150),
        ("مئتان وخمسة", 205),
        ("ثلاثمئة وخمسة وعشرون", 325),
        ("مئة وخمسة عشر", 115),
        ("ثلاثة آلاف وخمسمئة", 3500),
        ("ألف ومئتان", 1200),
        ("ألفين وخمسمئة", 2500),
        ("مئتان وخمسون ألفا", 250000),
        ("مئة ألف", 100000),
        ("أحد عشر ألفا", 11000),
        ("مليون وخمسمئة ألف", 1500000),
        ("ألف و500", 1500),
    ],
)
def test_numbers_arabic_compounds_joined_with_waw(phrase: str, value: int) -> None:
    assert found(f"نزح {phrase} شخص") == [(phrase, value)]


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("سبعة آلاف", 7000),
        ("سبعة ألاف", 7000),
        ("سبعة الاف", 7000),
        ("عشرة آلاف", 10000),
        ("80 ألف", 80000),
        ("3 آلاف", 3000),
        ("٣ آلاف", 3000),
        ("1.5 مليون", 1500000),
        ("1٫5 مليون", 1500000),
        ("2 مليون", 2000000),
        ("ثلاثة ملايين", 3000000),
    ],
)
def test_numbers_multipliers_scale_the_count_before_them(phrase: str, value: int) -> None:
    assert found(f"خرج {phrase} متظاهر") == [(phrase, value)]


@pytest.mark.parametrize(
    "text, quoted, value",
    [
        ("قتل بثمانية صواريخ", "ثمانية", 8),
        ("وأصيب وخمسة آخرون", "خمسة", 5),
        ("أوعز لثلاثة عناصر", "ثلاثة", 3),
        ("حكم عليه بعشر سنوات", "عشر", 10),
        ("وأرسل الإسعاف للعشرات", "لعشرات", 12),
        ("قتل الـ20 راكبا", "20", 20),
        ("أصيب و15 آخرون", "15", 15),
    ],
)
def test_numbers_arabic_words_carrying_proclitics(text: str, quoted: str, value: int) -> None:
    assert found(text) == [(quoted, value)]


@pytest.mark.parametrize(
    "text, quoted, value",
    [
        ("قتل عشرات المدنيين", "عشرات", 12),
        ("سقط العشرات بين قتيل وجريح", "العشرات", 12),
        ("جرح مئات الأشخاص", "مئات", 100),
        ("فر آلاف السكان", "آلاف", 1000),
        ("خرج الآلاف إلى الشوارع", "الآلاف", 1000),
        ("خرج عشرات الآلاف", "عشرات الآلاف", 10000),
        ("نزح مئات الآلاف", "مئات الآلاف", 100000),
        ("نزح بضعة آلاف", "بضعة آلاف", 3000),
        ("وصل بضع مئات", "بضع مئات", 300),
        ("اعتقل عدد من الشبان", "عدد من", 3),
        ("اعتقلت عددا من الشبان", "عددا من", 3),
        ("سقطت عدة قذائف", "عدة", 3),
        ("استمر القصف بضعة أيام", "بضعة", 3),
        ("several soldiers were hurt", "several", 3),
        ("a few houses burned", "a few", 3),
        ("a number of people fled", "a number of", 3),
        ("a couple of cars exploded", "a couple of", 2),
        ("dozens were detained", "dozens", 12),
        ("hundreds marched", "hundreds", 100),
        ("thousands fled", "thousands", 1000),
        ("scores of people were hurt", "scores of", 12),
        ("tens of thousands fled", "tens of thousands", 10000),
        ("hundreds of thousands fled", "hundreds of thousands", 100000),
        ("several hundred marched", "several hundred", 300),
        ("a few thousand marched", "a few thousand", 3000),
    ],
)
def test_numbers_vague_amounts_get_acled_values(text: str, quoted: str, value: int) -> None:
    match = only(text)
    assert (match.span.text_of(text), match.value, match.vague) == (quoted, value, True)


def test_numbers_exact_amounts_are_not_vague() -> None:
    assert not any(m.vague for m in find_numbers("قتل ثلاثة آلاف وخمسمئة و12 شخصا and a dozen more"))


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("one", 1), ("seven", 7), ("ten", 10), ("twelve", 12), ("nineteen", 19), ("twenty", 20),
        ("ninety", 90), ("twenty-five", 25), ("twenty five", 25), ("a hundred", 100),
        ("one hundred", 100), ("two hundred and fifty", 250), ("two hundred fifty", 250),
        ("three thousand", 3000), ("a thousand", 1000), ("four thousand two hundred", 4200),
        ("one million two hundred thousand", 1200000), ("a dozen", 12), ("two dozen", 24),
        ("Thirty-Two", 32), ("twenty five hundred", 2500), ("5 thousand", 5000), ("1.5 million", 1500000),
    ],
)
def test_numbers_english_words_and_compounds(phrase: str, value: int) -> None:
    text = f"officials said {phrase} people were wounded"
    match = only(text)
    assert (match.span.text_of(text), match.value, match.vague) == (phrase, value, False)


@pytest.mark.parametrize(
    "text, values",
    [
        ("five and six", [5, 6]),
        ("خمسة وثلاثة", [5, 3]),
        ("عشرون وخمسة", [20, 5]),
        ("بين 5 و10 قتلى", [5, 10]),
        ("قتل 3 وأصيب 7", [3, 7]),
        ("قتل خمسة، وعشرون جريحا", [5, 20]),
        ("من 10-15 شخصا", [10, 15]),
        ("twenty thirty", [20, 30]),
        ("one two three", [1, 2, 3]),
    ],
)
def test_numbers_separate_numbers_stay_separate(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "في 3/4/2024 قصفت",
        "في ٣/٤/٢٠٢٤ قصفت",
        "بتاريخ 2024-03-03 ",
        "on 03.03.2024",
        "الساعة 1:38 فجرا",
        "at 13:45:10",
        "filed at 0914 the governor said",
        "يوم 3/4",
        "F-16 and T-72 and Su-24",
        "a 120mm shell and the 10th brigade",
        "COVID-19",
        "pic.twitter.com/Ab12Cd http://example.org/7 www.example.org/55",
        "@user123 #5",
        "2024م",
        "الثانية والثالث والخامس والعاشر",
        "first second third",
        "الاثنين والثلاثاء والخميس",
        "أحد المسلحين",
        "قُتل اثنا",
        "tens",
        "ونحو ذلك",
    ],
)
def test_numbers_dates_times_models_and_ordinals_are_not_quantities(text: str) -> None:
    assert find_numbers(text) == ()


def test_numbers_years_are_returned_as_numbers() -> None:
    assert found("في عام 2024 قتل 5") == [("2024", 2024), ("5", 5)]


@pytest.mark.parametrize(
    "text, quoted, value",
    [
        ("قتل نحو 30 شخصا", "30", 30),
        ("قتل حوالي 30 شخصا", "30", 30),
        ("قتل حوالى ثلاثين شخصا", "ثلاثين", 30),
        ("قتل أكثر من مئة شخص", "مئة", 100),
        ("قتل قرابة 30 شخصا", "30", 30),
        ("قتل ما لا يقل عن خمسة أشخاص", "خمسة", 5),
        ("ارتفعت الحصيلة إلى نحو 40", "40", 40),
        ("ارتفعت الحصيلة لأكثر من 40", "40", 40),
        ("قدرت الخسائر بنحو 2 مليون", "2 مليون", 2000000),
        ("about 30 people", "30", 30),
        ("around thirty people", "thirty", 30),
        ("more than 200 people", "200", 200),
        ("at least six people", "six", 6),
        ("nearly 1,000 homes", "1,000", 1000),
    ],
)
def test_numbers_approximate_markers_set_the_flag_outside_the_span(text: str, quoted: str, value: int) -> None:
    match = only(text)
    assert (match.span.text_of(text), match.value, match.approximate) == (quoted, value, True)


@pytest.mark.parametrize("text", ["قتل 30 شخصا", "the 30 people", "أكثر الناس 30", "على بعد 30 مترا"])
def test_numbers_plain_numbers_are_not_approximate(text: str) -> None:
    assert not only(text).approximate


def test_numbers_find_several_in_one_sentence_with_original_spans() -> None:
    text = "قُتِلَ ١٢ مدنياً وأصيب خمسة وعشرون آخرون، ونزح نحو ثلاثة آلاف شخص"
    assert [(m.span.text_of(text), m.value, m.approximate) for m in find_numbers(text)] == [
        ("١٢", 12, False),
        ("خمسة وعشرون", 25, False),
        ("ثلاثة آلاف", 3000, True),
    ]


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("سبعة ألاف", 7000),
        ("twenty five", 25),
        ("عشرات", 12),
        ("مئات", 100),
        ("  ٤٥  ", 45),
        ("نحو 30", 30),
        ("قتيلان", None),
        ("", None),
        ("5 و10", None),
        ("hello", None),
        ("2.5", None),
    ],
)
def test_numbers_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.integers(0, 999_999),
    st.sampled_from(["ascii", "arabic", "ascii-grouped", "arabic-grouped"]),
    st.sampled_from(["قتل {} شخصا", "{}", "نزح {} شخص.", "{} people"]),
)
def test_numbers_digit_round_trip(value: int, style: str, template: str) -> None:
    digits = f"{value:,}" if style.endswith("grouped") else str(value)
    if style.startswith("arabic"):
        digits = digits.translate(ARABIC_INDIC).replace(",", "٬")
    text = template.format(digits)
    match = only(text)
    assert (match.value, match.span.text_of(text), match.vague) == (value, digits, False)


@pytest.mark.parametrize(("text", "value"), [
    ("قتل نحو نصف مليون شخص", 500_000),
    ("half a million people", 500_000),
    ("ربع مليون نازح", 250_000),
    ("مليون ونصف نازح", 1_500_000),
    ("a million and a half people", 1_500_000),
    ("مليون شخص", 1_000_000),
])
def test_a_fraction_scales_a_round_multiplier(text: str, value: int) -> None:
    [number] = find_numbers(text)
    assert number.value == value
