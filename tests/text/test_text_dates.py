"""Dates and periods resolved against the publication date (rasid.text.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.dates import DAY, MONTH, WEEK, YEAR, DateMatch, dateline, find_dates, resolve_weekday

WEDNESDAY = dt.date(2024, 3, 6)  # the publication date of most cases below


def only(text: str, published: dt.date | None = WEDNESDAY) -> DateMatch:
    matches = find_dates(text, published)
    assert len(matches) == 1, matches
    return matches[0]


def quoted(text: str, match: DateMatch) -> str:
    return match.span.text_of(text)


MONTH_NAMES = [
    ("كانون الثاني", 1), ("يناير", 1), ("شباط", 2), ("فبراير", 2), ("آذار", 3), ("مارس", 3),
    ("نيسان", 4), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("أيار", 5), ("مايو", 5),
    ("حزيران", 6), ("يونيو", 6), ("تموز", 7), ("يوليو", 7), ("آب", 8), ("أغسطس", 8), ("اغسطس", 8),
    ("أيلول", 9), ("سبتمبر", 9), ("تشرين الأول", 10), ("أكتوبر", 10), ("اكتوبر", 10),
    ("تشرين الثاني", 11), ("نوفمبر", 11), ("كانون الأول", 12), ("ديسمبر", 12),
]


@pytest.mark.parametrize("name, month", MONTH_NAMES)
def test_dates_arabic_month_names_with_day_and_year(name: str, month: int) -> None:
    text = f"وقع الهجوم في 5 {name} 2023 قرب الحاجز"
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (
        f"5 {name} 2023", dt.date(2023, month, 5), DAY, "absolute",
    )


@pytest.mark.parametrize(
    "text, expected_quote, date",
    [
        ("قتل مدنيان في 6 شباط/فبراير 2023", "6 شباط/فبراير 2023", dt.date(2023, 2, 6)),
        ("قتل مدنيان في 6 شباط / فبراير 2023", "6 شباط / فبراير 2023", dt.date(2023, 2, 6)),
        ("قتل مدنيان في 6 شباط (فبراير) 2023", "6 شباط (فبراير) 2023", dt.date(2023, 2, 6)),
        ("قتل مدنيان في 6 فبراير/شباط", "6 فبراير/شباط", dt.date(2024, 2, 6)),
        ("وقع الهجوم في ٣ آذار ٢٠٢٤", "٣ آذار ٢٠٢٤", dt.date(2024, 3, 3)),
        ("وقع الهجوم في 3 آذار عام 2022", "3 آذار عام 2022", dt.date(2022, 3, 3)),
        ("وقع الهجوم في 3 من آذار 2022", "3 من آذار 2022", dt.date(2022, 3, 3)),
        ("وقع الهجوم يوم الأحد 3 آذار", "الأحد 3 آذار", dt.date(2024, 3, 3)),
    ],
)
def test_dates_arabic_paired_and_decorated_forms(text: str, expected_quote: str, date: dt.date) -> None:
    match = only(text)
    assert (quoted(text, match), match.date, match.kind) == (expected_quote, date, "absolute")


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("قتل ثلاثة في 6 شباط/فبراير الجاري", dt.date(2024, 2, 20), dt.date(2024, 2, 6)),
        ("قتل ثلاثة في 6 شباط الحالي", dt.date(2024, 2, 20), dt.date(2024, 2, 6)),
        ("قتل ثلاثة في 5 آذار", WEDNESDAY, dt.date(2024, 3, 5)),
        ("قتل ثلاثة في 28 كانون الأول", WEDNESDAY, dt.date(2023, 12, 28)),
        ("قتل ثلاثة في 20 آذار", WEDNESDAY, dt.date(2023, 3, 20)),
        ("قتل ثلاثة في 20 كانون الثاني الماضي", WEDNESDAY, dt.date(2024, 1, 20)),
    ],
)
def test_dates_arabic_dates_without_a_year_take_it_from_publication(
    text: str, published: dt.date, date: dt.date
) -> None:
    match = only(text, published)
    assert (match.date, match.precision, match.kind) == (date, DAY, "absolute")


@pytest.mark.parametrize(
    "text, date",
    [
        ("اندلعت اشتباكات في آذار 2023", dt.date(2023, 3, 1)),
        ("اندلعت اشتباكات في شهر أيار", dt.date(2023, 5, 1)),
        ("اندلعت اشتباكات خلال شهر شباط", dt.date(2024, 2, 1)),
        ("اندلعت اشتباكات في آذار الماضي", dt.date(2023, 3, 1)),
        ("تصاعد القصف منذ مطلع الشهر الجاري", None),
        ("اندلعت اشتباكات الشهر الماضي", dt.date(2024, 2, 1)),
        ("clashes erupted in May", dt.date(2023, 5, 1)),
        ("clashes erupted in March 2022", dt.date(2022, 3, 1)),
        ("by mid-February the town had fallen", dt.date(2024, 2, 1)),
    ],
)
def test_dates_months_have_month_precision(text: str, date: dt.date | None) -> None:
    match = only(text)
    assert match.precision == MONTH
    if date is not None:
        assert (match.date, match.kind) == (date, "month")


@pytest.mark.parametrize(
    "text",
    ["مارس الجيش ضغوطا على السكان", "troops may attack at dawn", "the march was peaceful", "Mar 2 was not checked"],
)
def test_dates_month_words_used_otherwise_are_ignored(text: str) -> None:
    assert [m for m in find_dates(text, WEDNESDAY) if m.kind == "month"] == []
    assert all(m.kind != "month" for m in find_dates(text, WEDNESDAY))


@pytest.mark.parametrize(
    "text, expected_quote, date",
    [
        ("The strike on March 3, 2024 killed four.", "March 3, 2024", dt.date(2024, 3, 3)),
        ("The strike on 3 March 2024 killed four.", "3 March 2024", dt.date(2024, 3, 3)),
        ("The strike on 16 July 2015 killed four.", "16 July 2015", dt.date(2015, 7, 16)),
        ("The strike on Mar. 3 killed four.", "Mar. 3", dt.date(2024, 3, 3)),
        ("The strike on March 3rd killed four.", "March 3rd", dt.date(2024, 3, 3)),
        ("The strike on the 3rd of March 2021 killed four.", "the 3rd of March 2021", dt.date(2021, 3, 3)),
        ("The strike on Sunday, March 3, 2024 killed four.", "Sunday, March 3, 2024", dt.date(2024, 3, 3)),
        ("The strike on Dec. 30 killed four.", "Dec. 30", dt.date(2023, 12, 30)),
        ("The offensive began on Sept. 22 in the east.", "Sept. 22", dt.date(2023, 9, 22)),
    ],
)
def test_dates_english_calendar_dates(text: str, expected_quote: str, date: dt.date) -> None:
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (expected_quote, date, DAY, "absolute")


@pytest.mark.parametrize(
    "text, expected_quote, date",
    [
        ("بتاريخ 03/03/2024 قصف", "03/03/2024", dt.date(2024, 3, 3)),
        ("بتاريخ 04/03/2024 قصف", "04/03/2024", dt.date(2024, 3, 4)),
        ("بتاريخ 4/3/24 قصف", "4/3/24", dt.date(2024, 3, 4)),
        ("بتاريخ ٠٤/٠٣/٢٠٢٤ قصف", "٠٤/٠٣/٢٠٢٤", dt.date(2024, 3, 4)),
        ("on 2024-03-03.", "2024-03-03", dt.date(2024, 3, 3)),
        ("on 2024/03/04", "2024/03/04", dt.date(2024, 3, 4)),
        ("on 13.12.2023", "13.12.2023", dt.date(2023, 12, 13)),
        ("on 12/31/2023", "12/31/2023", dt.date(2023, 12, 31)),
    ],
)
def test_dates_numeric_dates_are_day_first(text: str, expected_quote: str, date: dt.date) -> None:
    match = only(text)
    assert (quoted(text, match), match.date, match.precision) == (expected_quote, date, DAY)


@pytest.mark.parametrize("text", ["on 31/02/2024", "on 45/13/2024", "version 1.2.3", "ratio 3/4"])
def test_dates_impossible_numeric_dates_are_dropped(text: str) -> None:
    assert find_dates(text, WEDNESDAY) == ()


@pytest.mark.parametrize(
    "phrase, days_back",
    [
        ("اليوم", 0), ("اليوم الأحد", 0), ("صباح اليوم", 0), ("فجر اليوم", 0), ("مساء اليوم", 0),
        ("ليل اليوم", 0), ("أمس", 1), ("البارحة", 1), ("أمس الأحد", 1), ("يوم أمس", 1),
        ("مساء أمس", 1), ("فجر أمس", 1), ("ليل أمس", 1), ("ليلة أمس", 1), ("بالأمس", 1),
        ("أول أمس", 2), ("أول من أمس", 2), ("الأول من أمس", 2), ("قبل يومين", 2), ("قبل ثلاثة أيام", 3), ("قبل 4 أيام", 4),
        ("قبل أحد عشر يوما", 11), ("today", 0), ("yesterday", 1), ("this morning", 0), ("overnight", 0),
        ("tonight", 0), ("earlier today", 0), ("last night", 1), ("the day before yesterday", 2),
        ("two days ago", 2), ("3 days ago", 3),
    ],
)
def test_dates_relative_days(phrase: str, days_back: int) -> None:
    text = f"قال المصدر إن الهجوم وقع {phrase} قرب البلدة"
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (
        phrase, WEDNESDAY - dt.timedelta(days=days_back), DAY, "relative",
    )


@pytest.mark.parametrize(
    "phrase, days_back",
    [("الأسبوع الماضي", 7), ("last week", 7), ("قبل أسبوع", 7), ("قبل أسبوعين", 14), ("this week", 0)],
)
def test_dates_relative_weeks(phrase: str, days_back: int) -> None:
    match = only(f"وقع ذلك {phrase}")
    assert (match.date, match.precision, match.kind) == (WEDNESDAY - dt.timedelta(days=days_back), WEEK, "relative")


@pytest.mark.parametrize(
    "phrase, date",
    [
        ("الأحد", dt.date(2024, 3, 3)),
        ("يوم الاثنين", dt.date(2024, 3, 4)),
        ("الإثنين", dt.date(2024, 3, 4)),
        ("الثلاثاء", dt.date(2024, 3, 5)),
        ("الأربعاء", WEDNESDAY),
        ("الاربعاء", WEDNESDAY),
        ("الخميس", dt.date(2024, 2, 29)),
        ("الجمعة", dt.date(2024, 3, 1)),
        ("السبت", dt.date(2024, 3, 2)),
        ("صباح السبت", dt.date(2024, 3, 2)),
        ("الجمعة الماضي", dt.date(2024, 3, 1)),
        ("الأربعاء الماضي", dt.date(2024, 2, 28)),
        ("الأربعاء الماضية", dt.date(2024, 2, 28)),
        ("الجمعة المقبلة", dt.date(2024, 3, 8)),
        ("ليل الخميس - الجمعة", dt.date(2024, 3, 1)),
        ("ليل الخميس – الجمعة", dt.date(2024, 3, 1)),
        ("ليل الخميس الجمعة", dt.date(2024, 3, 1)),
        ("ليلة الخميس على الجمعة", dt.date(2024, 3, 1)),
        ("ليلة الخميس", dt.date(2024, 3, 1)),
        ("Sunday", dt.date(2024, 3, 3)),
        ("Tuesday", dt.date(2024, 3, 5)),
        ("Wednesday", WEDNESDAY),
        ("last Friday", dt.date(2024, 3, 1)),
        ("last Wednesday", dt.date(2024, 2, 28)),
    ],
)
def test_dates_weekdays_resolve_to_the_latest_such_day(phrase: str, date: dt.date) -> None:
    text = f"وقع القصف {phrase} قرب الجسر"
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (phrase, date, DAY, "relative")


def test_dates_english_on_weekday_keeps_on_outside_the_span() -> None:
    text = "Rebels attacked the post on Tuesday."
    assert quoted(text, only(text)) == "Tuesday"


@pytest.mark.parametrize(
    "text",
    ["في اليوم التالي انسحبوا", "احتفل السكان باليوم العالمي للطفل", "في اليوم نفسه"],
)
def test_dates_today_words_about_other_days_are_ignored(text: str) -> None:
    assert find_dates(text, WEDNESDAY) == ()


@pytest.mark.parametrize(
    "phrase, date, precision",
    [
        ("منذ مطلع العام الحالي", dt.date(2024, 1, 1), YEAR),
        ("منذ بداية العام", dt.date(2024, 1, 1), YEAR),
        ("منذ مطلع العام الجاري", dt.date(2024, 1, 1), YEAR),
        ("منذ بداية هذا العام", dt.date(2024, 1, 1), YEAR),
        ("منذ مطلع عام 2023", dt.date(2023, 1, 1), YEAR),
        ("منذ عام 2011", dt.date(2011, 1, 1), YEAR),
        ("منذ بداية الشهر", dt.date(2024, 3, 1), MONTH),
        ("منذ مطلع الشهر الجاري", dt.date(2024, 3, 1), MONTH),
        ("منذ مطلع شباط", dt.date(2024, 2, 1), MONTH),
        ("since the start of the year", dt.date(2024, 1, 1), YEAR),
        ("since the beginning of the year", dt.date(2024, 1, 1), YEAR),
        ("since the beginning of 2023", dt.date(2023, 1, 1), YEAR),
        ("since the start of the month", dt.date(2024, 3, 1), MONTH),
        ("since the beginning of February", dt.date(2024, 2, 1), MONTH),
        ("since 2011", dt.date(2011, 1, 1), YEAR),
        ("so far this year", dt.date(2024, 1, 1), YEAR),
        ("منذ الـ9 من تشرين الأول/أكتوبر الماضي", dt.date(2023, 10, 9), DAY),
        ("منذ 12 شباط", dt.date(2024, 2, 12), DAY),
        ("منذ الثامن من كانون الثاني", dt.date(2024, 1, 8), DAY),
        ("منذ تموز الماضي", dt.date(2023, 7, 1), MONTH),
        ("since October 9", dt.date(2023, 10, 9), DAY),
        ("since 12 February 2024", dt.date(2024, 2, 12), DAY),
    ],
)
def test_dates_since_periods_end_at_publication(phrase: str, date: dt.date, precision: int) -> None:
    text = f"قتل 200 شخص {phrase} in the area"
    match = only(text)
    assert (quoted(text, match), match.date, match.end, match.precision, match.kind) == (
        phrase, date, WEDNESDAY, precision, "since",
    )


@pytest.mark.parametrize(
    "phrase",
    ["بين عامي 2015 و2016", "بين عامي 2015 و 2016", "بين 2015 و2016", "من عام 2015 حتى عام 2016", "between 2015 and 2016"],
)
def test_dates_year_ranges(phrase: str) -> None:
    text = f"قتل 300 شخص {phrase} في المنطقة"
    match = only(text)
    assert (quoted(text, match), match.date, match.end, match.precision, match.kind) == (
        phrase, dt.date(2015, 1, 1), dt.date(2016, 12, 31), YEAR, "range",
    )


@pytest.mark.parametrize(
    "phrase, first, last, precision",
    [
        ("بين الـ3 والـ5 من شباط الماضي", dt.date(2024, 2, 3), dt.date(2024, 2, 5), WEEK),
        ("ما بين 10 و25 كانون الثاني/يناير", dt.date(2024, 1, 10), dt.date(2024, 1, 25), MONTH),
        ("من الـ 1 إلى الـ 4 من شهر آذار الجاري", dt.date(2024, 3, 1), dt.date(2024, 3, 4), WEEK),
        ("في الفترة من 12 حتى 20 تشرين الأول 2023", dt.date(2023, 10, 12), dt.date(2023, 10, 20), MONTH),
        ("between February 3 and 5", dt.date(2024, 2, 3), dt.date(2024, 2, 5), WEEK),
        ("from the 10th to the 25th of January", dt.date(2024, 1, 10), dt.date(2024, 1, 25), MONTH),
    ],
)
def test_dates_day_ranges_of_one_month(phrase: str, first: dt.date, last: dt.date, precision: int) -> None:
    text = f"قتل 30 شخصا {phrase} في المنطقة"
    match = only(text)
    assert (match.date, match.end, match.precision, match.kind) == (first, last, precision, "range")
    assert quoted(text, match) in phrase


@pytest.mark.parametrize("phrase, day", [("ليل 4 و5 آذار", 5), ("between 4 and 5 March", 5), ("بين 5 و3 آذار", 3)])
def test_dates_two_days_in_a_row_or_backwards_are_no_period(phrase: str, day: int) -> None:
    match = only(f"قصفت الطائرات البلدة {phrase}")
    assert (match.date, match.kind) == (dt.date(2024, 3, day), "absolute")


@pytest.mark.parametrize(
    "text, expected_quote, year",
    [
        ("سيطرت القوات على البلدة عام 2014", "عام 2014", 2014),
        ("سيطرت القوات على البلدة في عام 2020", "عام 2020", 2020),
        ("سيطرت القوات على البلدة في العام 2019", "العام 2019", 2019),
        ("سيطرت القوات على البلدة سنة 2018م", "سنة 2018م", 2018),
        ("سيطرت القوات على البلدة في 2017", "2017", 2017),
        ("سيطرت القوات على البلدة العام الماضي", "العام الماضي", 2023),
        ("The army took the town in 2014.", "2014", 2014),
        ("The army took the town last year.", "last year", 2023),
    ],
)
def test_dates_years(text: str, expected_quote: str, year: int) -> None:
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (
        expected_quote, dt.date(year, 1, 1), YEAR, "year",
    )


@pytest.mark.parametrize("text", ["قتل 2014 شخصا", "in 2500 homes", "بين 5 و10 قتلى"])
def test_dates_numbers_that_are_not_years(text: str) -> None:
    assert find_dates(text, WEDNESDAY) == ()


@pytest.mark.parametrize(
    "text, kind",
    [("قتل أمس الأحد", "relative"), ("الجمعة الماضية", "relative"), ("منذ مطلع العام", "since"),
     ("في 6 شباط الجاري", "absolute"), ("in May", "month"), ("last year", "year"), ("قبل ثلاثة أيام", "relative")],
)
def test_dates_without_publication_date_keep_the_match_but_no_date(text: str, kind: str) -> None:
    match = only(text, None)
    assert (match.date, match.kind) == (None, kind)


def test_dates_absolute_dates_with_a_year_need_no_publication_date() -> None:
    assert only("وقع الهجوم في 3 آذار 2024", None).date == dt.date(2024, 3, 3)


def test_dates_longest_overlapping_expression_wins_and_order_is_kept() -> None:
    text = "قتل اليوم الأحد شخصان، وأصيب أمس ثلاثة، وقتل 10 منذ مطلع العام الجاري بحسب بيان 2024-03-01"
    assert [(quoted(text, m), m.kind) for m in find_dates(text, WEDNESDAY)] == [
        ("اليوم الأحد", "relative"),
        ("أمس", "relative"),
        ("منذ مطلع العام الجاري", "since"),
        ("2024-03-01", "absolute"),
    ]


def test_dates_spans_cover_diacritics_in_the_original_text() -> None:
    text = "وقع القصفُ أمسِ"
    assert quoted(text, only(text)) == "أمسِ"


@pytest.mark.parametrize(
    "weekday, strictly, expected",
    [
        (2, False, WEDNESDAY),
        (2, True, dt.date(2024, 2, 28)),
        (1, False, dt.date(2024, 3, 5)),
        (1, True, dt.date(2024, 3, 5)),
        (3, False, dt.date(2024, 2, 29)),
        (6, False, dt.date(2024, 3, 3)),
    ],
)
def test_dates_resolve_weekday(weekday: int, strictly: bool, expected: dt.date) -> None:
    assert resolve_weekday(weekday, WEDNESDAY, strictly) == expected


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(0, 6), st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.booleans())
def test_dates_resolve_weekday_properties(weekday: int, published: dt.date, strictly: bool) -> None:
    resolved = resolve_weekday(weekday, published, strictly)
    back = (published - resolved).days
    assert resolved.weekday() == weekday
    assert (1 <= back <= 7) if strictly else (0 <= back <= 6)


def test_a_day_of_this_month() -> None:
    published = dt.date(2023, 12, 30)
    [match] = find_dates("وفي الـ25 من الشهر الجاري، اغتيل القائد في ريف دمشق", published)
    assert (match.date, match.kind) == (dt.date(2023, 12, 25), "absolute")
    [match] = find_dates("في 3 من هذا الشهر", published)
    assert match.date == dt.date(2023, 12, 3)
    [match] = find_dates("وقبلها في 22 من الشهر نفسه", published)
    assert match.date == dt.date(2023, 12, 22)


def test_today_named_as_the_day_before_publication_is_that_day() -> None:
    published = dt.date(2023, 3, 25)  # a Saturday: the article went out after midnight
    [match] = find_dates("أفاد مراسلنا، مساء اليوم الجمعة، بوقوع قصف", published)
    assert match.date == dt.date(2023, 3, 24)
    [match] = find_dates("اليوم السبت", published)
    assert match.date == published


def test_an_ordinal_day_of_this_month() -> None:
    [match] = find_dates("وفي الثاني من هذا الشهر، تعرضت القاعدة لهجوم", dt.date(2023, 11, 8))
    assert match.date == dt.date(2023, 11, 2)


def test_a_year_told_as_its_middle_or_start_is_that_year() -> None:
    published = dt.date(2016, 10, 27)
    assert [m.kind for m in find_dates("the city has been divided since mid-2012", published)] == ["since"]
    [match] = find_dates("in early 2013 the rebels entered", published)
    assert match.date == dt.date(2013, 1, 1)


@pytest.mark.parametrize(
    "text, expected_quote, date",
    [
        ("وقع الهجوم في الـ14 من شباط الماضي", "الـ14 من شباط الماضي", dt.date(2024, 2, 14)),
        ("وقع الهجوم في الثالث من آذار", "الثالث من آذار", dt.date(2024, 3, 3)),
    ],
)
def test_dates_arabic_days_with_the_article_or_as_ordinals(text: str, expected_quote: str, date: dt.date) -> None:
    match = only(text)
    assert (quoted(text, match), match.date, match.precision, match.kind) == (expected_quote, date, DAY, "absolute")


def test_dates_the_first_week_of_a_month_is_no_first_day() -> None:
    assert all(m.date != dt.date(2024, 3, 1) or m.precision != DAY for m in find_dates("في الأسبوع الأول من آذار", WEDNESDAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("Last updated at Apr 092017 At least 15 civilians were killed on Saturday.", dt.date(2017, 4, 9)),
    ("Strikes kill 12 in north Syria Monitor AFP Monday 2 Feb 2015 Government aircraft struck ...", dt.date(2015, 2, 2)),
    ("Date of publication 4 October 2016 At least 22 people were killed on Monday.", dt.date(2016, 10, 4)),
    ("16 July 2015 At least 11 civilians were killed in the town.", dt.date(2015, 7, 16)),
    ("Fri Apr 29 2016 Yesterday shells killed 18 civilians in the city.", dt.date(2016, 4, 29)),
    ("Families fled Apr 29 2016 after the shelling of the town.", None),
    ("On 5 April 2017 a chemical attack killed dozens in the town.", None),
    ("قتل 5 مدنيين اليوم في قصف على بلدة في ريف إدلب.", None),
])
def test_the_date_a_page_gives_itself_at_its_top(text: str, expected: dt.date | None) -> None:
    assert dateline(text) == expected
