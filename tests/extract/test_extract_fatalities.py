"""Fatalities by ACLED's rules, and tolls shared by several events, on sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from rasid.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("أدى القصف على بلدة كفرنبل اليوم إلى ارتقاء 7 شهداء عسكريين ومدني واحد.", 8),
    ("قتل 3 جنود و2 مدنيين اليوم بقصف على بلدة كفرنبل في ريف إدلب.", 5),
    ("An air strike killed 12 soldiers and a civilian in the town of Saraqeb in Idlib on Monday.", 13),
    ("توفي اليوم 14 مدنياً وأصيب 8 آخرون بانفجار لغم أرضي قرب بلدة السخنة.", 14),
    ("Six people were killed and four people injured by an air strike on the village of Sarmin in Idlib on Monday.", 6),
    ("استشهد مدنيان اليوم بغارة بمسيرة على بلدة القصير في ريف حمص.", 2),
    ("ارتقاء شهيدين اليوم بغارة بمسيرة إسرائيلية استهدفت شاحنة قرب مدينة القصير.", 2),
    ("توفي اليوم 14 مدنياً بانفجار لغم أرضي قرب السخنة، فيما شهد يوم أمس مقتل 12 شخصاً بانفجار آخر.", 14),
    ("قتل جندي أميركي وأصيب 6 آخرون اليوم بهجوم بطائرة مسيرة على موقع قرب بلدة الشدادي في ريف الحسكة.", 1),
    ("An air strike today killed 18 people including five children and two women in the town of Saraqeb.", 18),
    ("Six civilians including a woman and two children were killed today by rocket shells fired on Aleppo.", 6),
    ("قتل اليوم 7 مدنيين بينهم 3 أطفال و2 من النساء في قصف على بلدة سراقب.", 7),
    ("A bomb exploded aboard a bus near the city of Homs today, killing a woman and wounding 25.", 1),
    ("A soldier was killed when a roadside bomb exploded near the town of Daraa today.", 1),
    ("Air strikes killed at least 22 people in the town of Saraqeb today, seven of them children.", 22),
    ("Six children were among 19 civilians killed today in regime bombing of the town of Saraqeb.", 19),
    ("Five of them died today in air strikes on the market of the town of Rastan.", 5),
    ("Two women and two children were among eight people killed today when a barrel bomb hit a building in Aleppo.", 8),
    ("A mortar shell fired on the town of Jaramana today left a child dead and a woman injured.", 1),
    ("A 5-year-old child was killed and six other civilians were injured today as a mortar shell hit Jaramana.", 1),
])
def test_counts_join_and_the_wounded_stay_apart(events_of, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities == expected


def test_martyrs_without_a_number_do_not_lower_a_toll_told_later(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("شهداء وجرحى بانفجار سيارة مفخخة وسط سوق مدينة أعزاز. "
            "وأفاد مراسلنا اليوم باستشهاد 7 أشخاص في حصيلة أولية لانفجار السيارة المفخخة في مدينة أعزاز.")
    [event] = events_of(text)
    assert event.fatalities == 7


def test_a_toll_told_for_several_places_is_a_claim(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "قتل 8 عسكريين اليوم بغارات أميركية استهدفت بلدة الصالحية ومدينة الميادين في ريف دير الزور."
    result = pipeline.extract(make_doc(text))
    assert len(result.events) == 2
    assert all(e.fatalities is None for e in result.events)
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 8.0)]


def test_hours_are_not_people(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Dozens of fighters were killed in less than 24 hours of fierce clashes in Aleppo province, SOHR said."
    result = pipeline.extract(make_doc(text))
    assert all(c.value != 24 for c in result.claims)
    assert all(e.fatalities != 24 for e in result.events)
    assert any(e.fatalities == 12 for e in result.events) or any(c.value == 12 for c in result.claims)


def test_a_killing_twice_in_a_morning_is_an_attacks_count(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The base in the Omar oil field came under rocket fire twice in the early hours of Saturday, local sources said."
    result = pipeline.extract(make_doc(text))
    assert result.events == ()


@pytest.mark.parametrize("text", [
    "أفادت مصادر محلية اليوم بوقوع أكثر من 50 قتيلاً وجريحاً بغارات على بلدة سرمين في ريف إدلب.",
    "Air strikes on the town of Saraqeb in Idlib left 30 dead and wounded on Monday, activists said.",
])
def test_dead_and_wounded_together_are_no_death_toll(pipeline: Pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text))
    assert all(e.fatalities in (None, 0) for e in result.events)
    assert all(c.metric != "fatalities" for c in result.claims)


def test_the_day_of_a_date_counts_no_dead(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "A car bomb killed 18 people, among them 11 children, in the city of Hama on Friday 2 May 2014."
    [event] = pipeline.extract(make_doc(text, published="2014-05-04")).events
    assert event.fatalities == 18


def test_a_summary_toll_goes_to_the_one_incident_it_sums_up(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل اليوم خمسة عناصر من القوات الرديفة في غارة لطائرة مسيرة في ريف دير الزور.\n"
            "وقالت مصادر محلية إن طائرة مسيرة أمريكية استهدفت سيارتهم قرب بلدة الشحيل.")
    [event] = events_of(text)
    assert event.location_text == "الشحيل" and event.fatalities == 5


def test_a_later_sentence_about_the_clashes_gives_their_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("اندلعت اليوم اشتباكات بين عناصر قسد وعناصر مجلس دير الزور العسكري في بلدة الصور.\n"
            "وأوضحت المصادر أن الاشتباكات أسفرت عن مقتل أحد عناصر المجلس.")
    [event] = events_of(text)
    assert event.fatalities == 1


def test_deaths_that_prompted_the_strikes_are_not_their_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدف الطيران التركي اليوم مواقع لقسد في مدينة القامشلي.\n"
            "وتأتي هذه الغارات رداً على مقتل 5 جنود أتراك في هجوم شمالي العراق.")
    [event] = events_of(text)
    assert event.fatalities in (None, 0)


def test_an_age_in_brackets_counts_no_dead(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قال مصدر أمني إن قذيفتين أطلقتهما طائرة مسيرة سقطتا اليوم قرب مستوصف القرداحة، ما أدى إلى استشهاد "
            "المهندس سامر خليل (31 عاماً).")
    [event] = events_of(text)
    assert event.fatalities == 1


@pytest.mark.parametrize("text", [
    "نصب الجيش اليوم كميناً لمجموعة مسلحة قرب بلدة كفرنبل وقتل كل عناصرها.",
    "وقعت مجموعة مسلحة اليوم في كمين للجيش قرب بلدة كفرنبل أسفر عن قتلى في صفوفها.",
    "قصفت المدفعية اليوم أطراف بلدة كفرنبل، ما أدى إلى سقوط قتلى.",
])
def test_deaths_without_a_number_count_as_several(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities == 3


def test_a_number_of_villages_is_no_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State militants killed more than 50 people in an attack on two government-held villages near Salamiyeh on Thursday."
    [event] = events_of(text, published="2017-05-18")
    assert event.fatalities == 50


def test_civilians_dying_in_a_strike_are_its_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Coalition air strikes hit the town of Manbij at dawn on Tuesday, resulting in 56 civilians dying."
    [event] = events_of(text, published="2016-07-19")
    assert event.fatalities == 56


def test_people_executed_are_dead(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State militants executed 18 people in the town of al-Bab on Friday."
    [event] = events_of(text, published="2016-06-24")
    assert event.fatalities == 18


def test_a_toll_told_beside_one_place_is_that_place_s(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian air strikes killed 10 ISIS members near the town of Palmyra, while other raids destroyed "
            "several vehicles and ammunition depots on the outskirts of the town of Suran on Monday.")
    events = {e.location_text: e.fatalities for e in events_of(text, published="2016-02-01")}
    assert events.get("Palmyra") == 10 and not events.get("Suran")


@pytest.mark.parametrize("text, expected", [
    ("قصف استهدف اليوم مواقع في مدينة حلب يسفر عن مقتل 38 شخصاً.\n"
     "ونددت الخارجية بالقصف على حلب اليوم، الذي أدى إلى مقتل عدد من الجنود والمدنيين.", 38),
    ("Dozens killed in car bomb attack on rebels in Azaz today.\n"
     "At least 20 people were killed in a car bomb blast today at a checkpoint in Azaz.", 20),
])
def test_a_stated_toll_outranks_a_vague_one_told_elsewhere(events_of, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities == expected


def test_the_figure_a_death_toll_rose_to_is_the_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("The death toll from the car bomb attack on buses near Kafraya rose to 41 on Sunday.",
                        published="2017-04-16")
    assert event.fatalities == 41


def test_hitting_its_targets_wounds_nobody(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("أعلنت المقاومة الإسلامية في العراق اليوم استهداف القاعدة الأميركية في حقل العمر "
                        "برشقة صاروخية، مؤكدة إصابة أهدافها بشكل مباشر.")
    assert event.fatalities is None


def test_a_toll_since_dawn_is_the_day_s_incident(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("Government air strikes killed 12 civilians in the town of Saraqeb since dawn, "
                                       "the civil defence said."))
    assert [e.fatalities for e in result.events] == [12]
    assert not result.claims


def test_a_count_described_before_its_passive_verb_is_a_total(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("At least 412 people, more than half of them jihadists, have been killed in and "
                                       "around Kobane since mid-September, the monitor said."))
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 412.0)]
    assert not result.events


@pytest.mark.parametrize("text", [
    'قتل جندي من الكتيبة "931" خلال معارك اليوم في مدينة رفح جنوبي قطاع غزة.',
    "A soldier of Battalion 931 was killed in clashes in the town of Rafah today.",
])
def test_a_formation_s_number_counts_nobody(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities != 931


def test_the_dead_with_the_article_are_dead(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("وارتفع عدد الشهداء منذ مطلع الشهر الجاري إلى 45 مدنياً في ريف إدلب الجنوبي."))
    assert ("fatalities", 45.0) in {(c.metric, c.value) for c in result.claims}


def test_the_figure_the_count_of_the_dead_rose_to_is_a_total(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("وبذلك يرتفع عدد القتلى في صفوف قوات النظام منذ مطلع العام الحالي وحتى اليوم "
                                       "إلى 140 عنصراً، بحسب المرصد."))
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 140.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Six civilians from one family were killed in airstrikes on the town of Atareb west of Aleppo today.", 6),
    ("قتل 5 مدنيين من عائلة واحدة اليوم بغارة جوية على مدينة أريحا في ريف إدلب.", 5),
])
def test_one_family_counts_the_family_not_the_dead(events_of, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities == expected


def test_a_strike_named_again_with_its_village_is_placed_there(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("An air strike killed 15 civilians including four children in Idlib province on Saturday, a monitor said. "
            "The monitor said the strike on the village of Urum al-Joz was probably carried out by Russian planes.")
    [event] = events_of(text, published="2016-06-26")
    assert (event.location_text, event.fatalities) == ("Urum al-Joz", 15)
    assert event.actor1.name == "Military Forces of Russia"


def test_a_strike_named_again_without_striking_a_place_is_not_placed_there(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("An air strike killed 15 civilians including four children in Idlib province on Saturday, a monitor said. "
            "The strike came as rebels began an offensive near the village of Urum al-Joz.")
    assert all(e.location_text != "Urum al-Joz" for e in events_of(text, published="2016-06-26")
               if e.event_type == "Explosions/Remote violence")


def test_a_toll_told_before_the_place_goes_to_the_strike_placed_next(events_of) -> None:  # type: ignore[no-untyped-def]
    # a wire lead glued to its headline and dateline, naming the dead but no place the gazetteer has
    text = ("Russia regime strikes kill 23 in east Syria Monitor AFP Saturday 25 Jun 2016 Russian and regime air "
            "strikes killed 23 people and wounded dozens more on Saturday in a militant-held town in eastern Syria "
            "a monitor said. The monitor said the raids hit the town of Al-Quriyah which the Islamic State group "
            "holds in Deir Ezzor province.")
    [event] = events_of(text, published="2016-06-05")
    assert (event.location_text, event.fatalities) == ("Al-Quriyah", 23)


def test_a_toll_since_yesterday_is_one_fight(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = ("The monitor said 30 soldiers and 19 rebels had been killed in battles around the town of Hreitan "
            "in Aleppo province since Wednesday afternoon.")
    result = pipeline.extract(make_doc(text, published="2016-07-07"))
    assert [e.event_type for e in result.events] == ["Battles"]
    assert result.events[0].fatalities
    assert not result.claims


def test_a_toll_since_a_day_last_week_is_a_total(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = ("The monitor said 49 people had been killed in battles around the town of Hreitan "
            "in Aleppo province since Saturday.")
    result = pipeline.extract(make_doc(text, published="2016-07-07"))
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 49.0)]


@pytest.mark.parametrize("text", [
    "More than 170000 people have been killed in Syria's conflict, the monitor said on Sunday.",
    "وقال المتحدث إن القوات تعرضت لهجمات 12 مرة منفصلة في سوريا خلال الأسابيع الأخيرة.",
])
def test_a_war_toll_or_a_tally_of_separate_attacks_is_a_claim(pipeline: Pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text))
    assert result.claims and not result.events


def test_the_wounded_in_the_accusative_are_not_added_to_the_dead(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("ارتفعت حصيلة التفجير الذي استهدف منطقة السيدة زينب بريف دمشق اليوم إلى 6 شهداء و23 مصاباً.",
                        published="2023-07-27")
    assert event.fatalities == 6


@pytest.mark.parametrize(("text", "expected"), [
    ("The war has left an estimated 220000 dead and displaced approximately 12 million people, the agency said.",
     {("fatalities", 220000.0), ("other", 12000000.0)}),
    ("The conflict has killed at least 400000 people and displaced 11 million, the monitor said.",
     {("fatalities", 400000.0), ("other", 11000000.0)}),
    ("One civilian was killed on Monday and at least 17 others were injured in several attacks across the country.",
     {("injured", 17.0)}),
])
def test_each_number_of_a_war_toll_counts_its_own_people(pipeline: Pipeline, make_doc, text: str,
                                                          expected: set[tuple[str, float]]) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text))
    assert {(c.metric, c.value) for c in result.claims} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no period word: a toll this large is the war's, whatever the sentence says about time
    ("Since the uprising began the country has known no peace. More than 250000 people have been killed "
     "and millions have fled their homes.", {("fatalities", 250000.0)}),
    ("The war in Syria, which has lasted six years, has killed more than 310000 people.", {("fatalities", 310000.0)}),
    # "put the death toll ... at": the number the toll was put at, past the war's length
    ("A research centre in Damascus has put the death toll from the six-year conflict at more than 460000 people.",
     {("fatalities", 460000.0)}),
    # "hundreds of thousands" is the war's toll in a word, as coders write it: 100000
    ("Monitors say hundreds of thousands of civilians have been killed in the war, most of them by air raids.",
     {("fatalities", 100000.0)}),
    ("أسفرت الحرب عن مقتل مئات الآلاف من السوريين وتهجير الملايين.", {("fatalities", 100000.0)}),
])
def test_a_war_scale_toll_is_a_claim_without_a_period_word(pipeline: Pipeline, make_doc, text: str,
                                                           expected: set[tuple[str, float]]) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text))
    assert {(c.metric, c.value) for c in result.claims if c.metric == "fatalities"} == expected
    assert not result.events


@pytest.mark.parametrize("text", [
    # a disaster's dead are not the conflict's
    "قال الدفاع المدني إن الزلزال أودى بحياة أكثر من 45000 شخص في البلدين.",
    # "tens of thousands of dead, wounded and missing" lumps more than the dead
    "وخلفت الحرب على القطاع عشرات آلاف الشهداء والجرحى والمفقودين.",
    # a dateline that lost its space ("Jun 182016") counts nobody
    "Last updated at Jun 182016 BEIRUT At least seven people died in shelling on the Sheikh Maqsoud district "
    "of Aleppo on Saturday.",
])
def test_no_war_scale_claim_from_disasters_lumped_counts_or_dates(pipeline: Pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text))
    assert not [c for c in result.claims if c.value >= 10000]


def test_a_war_toll_told_in_passing_leaves_the_strike_of_the_sentence(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "وفي حين تجاوز عدد الضحايا 20 ألف قتيل، شنت طائرات حربية إسرائيلية اليوم غارات على مدينة خان يونس."
    result = pipeline.extract(make_doc(text, published="2023-11-20"))
    assert ("fatalities", 20000.0) in {(c.metric, c.value) for c in result.claims}
    assert [e.sub_event_type for e in result.events] == ["Air/drone strike"]


def test_a_running_total_over_hours_leaves_the_strike_told_beside_it(pipeline: Pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 12 civilians were killed by air strikes on the Marjeh district of Aleppo on Monday, bringing "
            "the number killed in 24 hours of bombardment on the city to 45.")
    result = pipeline.extract(make_doc(text, published="2016-10-17"))
    assert [e.sub_event_type for e in result.events] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "expected"), [
    # dead and wounded with no count: the dead are "several", ACLED's 3
    ("أكدت مصادر محلية اليوم وقوع قتلى وجرحى جراء غارات جوية على بلدة سرجة في ريف إدلب.", 3),
    # counted together, the dead are not known apart from the wounded
    ("شنت طائرات حربية اليوم غارات على بلدة سرجة في ريف إدلب أوقعت 15 قتيلاً وجريحاً.", 0),
])
def test_dead_and_wounded_told_together(events_of, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.fatalities == expected


def test_one_past_incident_s_toll_is_no_claim(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("In August last year another car bomb killed at least 27 people in the same "
                                       "suburb of Homs.", published="2016-06-11"))
    assert not result.claims


def test_a_month_s_toll_of_many_strikes_is_a_claim(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("In May the air strikes killed at least 127 civilians across Idlib province.",
                                       published="2016-06-11"))
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 127.0)]


def test_the_toll_of_the_attack_since_which_is_no_total(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc("It was the first death in the town since a chemical attack on Tuesday that killed "
                                       "87 civilians.", published="2017-04-08"))
    assert all(c.value != 87 for c in result.claims)


@pytest.mark.parametrize(("text", "injured"), [
    ("Four citizens were killed and 17 injured on Friday in rocket attacks on the neighborhoods of al-Midan, "
     "Bab Touma and al-Qassaa in Damascus.", 17.0),
    ("مصدر عسكري يؤكد استشهاد 5 عسكريين، وإصابة 11 عسكرياً و4 مدنيين، جراء العدوان الذي استهدف مواقع في "
     "البوكمال والميادين فجر اليوم.", 15.0),
])
def test_the_wounded_told_with_a_shared_toll_are_a_claim_too(pipeline, make_doc, text: str,
                                                              injured: float) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2016-11-18"))
    assert ("injured", injured) in {(c.metric, c.value) for c in result.claims}


def test_a_city_s_toll_summing_its_quarters_is_a_claim(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = ("Aleppo saw another day of violence. Rebel rocket attacks killed six civilians in Aleppo on Thursday. "
            "A rocket shell killed three civilians in the al-Hamdaniyeh neighborhood of Aleppo on Thursday. "
            "Another rocket shell killed two civilians in the al-Shahba neighborhood of Aleppo on Thursday.")
    result = pipeline.extract(make_doc(text, published="2016-10-27"))
    assert sorted(e.fatalities for e in result.events) == [2, 3]
    assert [(c.metric, c.value) for c in result.claims] == [("fatalities", 6.0)]


@pytest.mark.parametrize("text", [
    "وجاءت الغارات بعد التصعيد الذي نفذته الفصائل ضد الأحياء السكنية في بلدات السقيلبية ومحردة وسلحب بريف حماة، "
    "باستخدام الصواريخ والطائرات المسيرة، والذي أسفر عن 6 شهداء بينهم امرأة.",
    "The raids came after the escalation that the factions waged against homes in Suqaylabiyah, Mhardeh and "
    "Salhab with rockets and drones, which left 6 civilians dead.",
])
def test_the_toll_of_an_escalation_over_several_places_is_a_claim(pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2023-06-25"))
    assert ("fatalities", 6.0) in {(c.metric, c.value) for c in result.claims}
    assert all(e.fatalities != 6 for e in result.events)


@pytest.mark.parametrize("text", [
    "قتلت غارات جوية 10 مدنيين في مدينة دوما أمس الأربعاء.",
    "أودت غارات جوية بحياة 10 مدنيين في مدينة دوما أمس الأربعاء.",
])
def test_a_feminine_verb_of_killing_counts_the_dead(pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = pipeline.extract(make_doc(text, published="2013-08-22")).events
    assert event.fatalities == 10


@pytest.mark.parametrize("text", [
    "وقال الجيش إن الفصائل أطلقت نحو 2500 صاروخ باتجاه البلدات الحدودية منذ بداية الحرب.",
    "The army said the factions have fired some 2500 rockets at the border towns since the start of the war.",
])
def test_rockets_counted_over_a_war_are_a_claim_not_an_incident(pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2023-11-20"))
    assert ("other", 2500.0) in {(c.metric, c.value) for c in result.claims}
    assert result.events == ()


@pytest.mark.parametrize("text", [
    "وأطلقت الفصائل 15 صاروخاً على القاعدة في الشهر الماضي.",
    "The factions fired 30 rockets at the base so far today.",
])
def test_a_salvo_of_rockets_is_no_claim(pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2023-11-20"))
    assert not [c for c in result.claims if c.metric == "other"]


@pytest.mark.parametrize(("text", "counts"), [
    ("وأقرت الوزارة بأن قواتها تعرضت للهجوم 9 مرات على الأقل في العراق و5 مرات في سوريا خلال الأسبوع الماضي.",
     {9.0, 5.0}),
    ("The ministry said its troops had been attacked at least 9 times in Iraq and 5 times in Syria last week.",
     {9.0, 5.0}),
    ("تعرضت القاعدة الأميركية في حقل العمر لهجوم صاروخي لمرتين فجر اليوم.", {2.0}),
    ("The US base at the al-Omar oil field was attacked twice with rockets on Monday.", {2.0}),
    ("وقالت الصحيفة إنّ الحزب هاجم مستوطنات تبعد أكثر من 5 كيلومترات عن الحدود 16 مرة خلال الأسبوع الأخير.", {16.0}),
    ("وأشارت الصحيفة إلى ارتفاع عدد الهجمات على القوات الأميركية خلال نهاية الأسبوع من 30 إلى 38.", {38.0}),
    ("وقالت الوزارة إنّ قواتها تعرضت للهجوم 46 مرة على الأقل منذ الشهر الماضي، منها 24 في العراق و22 في سوريا.",
     {46.0, 24.0, 22.0}),
])
def test_attacks_counted_in_times_are_a_claim(pipeline, make_doc, text: str, counts: set[float]) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2023-11-20"))
    assert {c.value for c in result.claims if c.metric == "attacks"} == counts


def test_a_base_attacked_twice_is_an_incident_and_a_claim(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "كذلك، استهدفت الفصائل، أمس الثلاثاء، قاعدة حقل العمر الأميركية، مرتين، في ريف دير الزور."
    result = pipeline.extract(make_doc(text, published="2024-01-24"))
    assert [e.place.name_en for e in result.events] == ["Al-Omar oil field"]
    assert [(c.metric, c.value) for c in result.claims] == [("attacks", 2.0)]


@pytest.mark.parametrize("text", [
    "وارتفعت الأسعار 3 مرات خلال العام الماضي.",
    "Prices in the city rose twice last month, traders said.",
    "The bombs used in the attacks on the town were three times bigger than the ones used before.",
])
def test_times_with_no_attack_count_nothing(pipeline, make_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(make_doc(text, published="2023-11-20"))
    assert not [c for c in result.claims if c.metric == "attacks"]


_SCORES_KILLED = ("Scores of people have been killed in air strikes on Aleppo in recent days, a monitoring group "
                  "said on Monday. The Observatory said air strikes killed 29 people on Sunday in the Al-Ferdous "
                  "district of Aleppo. ")


@pytest.mark.parametrize(("then", "tolls"), [
    # more dead told after a toll are another incident's
    ("Another 14 people were killed in the Baeedeen neighbourhood in barrel bomb attacks, the group said.", [14, 29]),
    # a second source's figure for the same raid is still that raid
    ("Another monitoring group said the raid on Al-Ferdous was carried out by Russian jets and put the toll at 30.",
     [29]),
])
def test_more_dead_are_another_incident_a_second_source_s_toll_is_not(pipeline, make_doc, then: str,  # type: ignore[no-untyped-def]
                                                                       tolls: list[int]) -> None:
    result = pipeline.extract(make_doc(_SCORES_KILLED + then, published="2014-04-21"))
    assert sorted(e.fatalities for e in result.events) == tolls


def test_strikes_on_a_city_several_times_in_a_day_are_its_event(events_of) -> None:  # type: ignore[no-untyped-def]
    # "عدة مرات" dated to one day is no tally over weeks, and counts no dead; the martyr the
    # Qassam Brigades are named after died in no incident; a Gaza group targets Tel Aviv from afar
    text = 'واستهدفت كتائب الشهيد عز الدين القسام "تل أبيب" عدة مرات أمس الأربعاء رداً على المجازر الإسرائيلية.'
    [event] = events_of(text, published=dt.date(2023, 10, 26))
    assert (event.place.name_en, event.sub_event_type, event.date) == (
        "Tel Aviv", "Shelling/artillery/missile attack", dt.date(2023, 10, 25))
    assert event.actor1.name == "Hamas Movement" and event.fatalities is None


def test_a_martyr_in_a_groups_name_is_no_toll(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("وقصفت قوات الشهيد عمر القاسم اليوم تحشداً للجيش الإسرائيلي شرقي جحر الديك بقذيفتي هاون.")
    assert event.fatalities is None and event.actor1.name.startswith("DFLP")


def test_the_wounded_over_a_past_period_are_a_claim(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "وفي الفترة الماضية، أقرّت وزارة الدفاع الأميركية بإصابة نحو 70 جندياً في هجمات على قواعدها."
    result = pipeline.extract(make_doc(text, published="2024-01-27"))
    assert [(c.metric, c.value) for c in result.claims] == [("injured", 70.0)]
