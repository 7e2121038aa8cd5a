"""Geo precision and place choice of events: towns, areas near a town, governorates, lists."""

from __future__ import annotations

import datetime as dt

import pytest

from rasid.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "admin1", "precision"),
    [
        ("قصفت المدفعية بلدة كفرنبل أمس.", "Idlib", 1),
        ("سقطت قذائف على طريق حمص - تدمر أمس.", "Homs", 2),
        ("استهدفت غارة جوية موقعا في ريف حلب الشمالي أمس.", "Aleppo", 3),
        ("Shells hit a village east of Saraqib on Monday.", "Idlib", 2),
        ("Shells hit the town of Saraqib on Monday.", "Idlib", 1),
    ],
)
def test_geocode_precision_follows_the_wording(pipeline: Pipeline, make_doc, text: str, admin1: str,
                                               precision: int) -> None:
    events = pipeline(make_doc(text)).events
    assert len(events) == 1, events
    assert events[0].place is not None and events[0].place.admin1 == admin1
    assert events[0].geo_precision == precision


def test_geocode_a_list_of_villages_gives_one_event_each(pipeline: Pipeline, make_doc) -> None:
    text = "اندلعت اشتباكات عنيفة أمس في بلدات ذيبان والشحيل والبصيرة بريف دير الزور الشرقي."
    places = sorted(e.location_text for e in pipeline(make_doc(text)).events)
    assert places == ["البصيرة", "الشحيل", "ذيبان"]


def test_geocode_a_country_is_never_the_event_place(pipeline: Pipeline, make_doc) -> None:
    events = pipeline(make_doc("شنت طائرات حربية غارات على مواقع في سوريا أمس.")).events
    assert all(e.place is None or e.place.kind != "country" for e in events)


def test_what_stands_before_a_list_of_villages_applies_to_each(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = 'اندلعت اليوم اشتباكات عنيفة بين "قسد" و"الجيش الوطني" على محوري قريتي جلبل وكيمار في ريف حلب الشمالي.'
    events = pipeline.extract(make_doc(text)).events
    assert {e.place.name_ar for e in events} == {"جلبل", "كيمار"}
    assert {e.geo_precision for e in events} == {2}


def test_the_reporters_city_is_not_where_it_happened(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "أكد مراسلنا في حلب خروج تظاهرات اليوم في مدينة سرمدا بريف إدلب تطالب بالإفراج عن المعتقلين."
    events = pipeline.extract(make_doc(text)).events
    assert events and all(e.place.admin1 == "Idlib" for e in events)


def test_a_neighbourhood_named_in_a_city_is_that_city_s(events_of) -> None:  # type: ignore[no-untyped-def]
    # القصور is a neighbourhood of several cities; "في دير الزور" says which
    text = "استهدفت غارة جوية صباح اليوم حي القصور في دير الزور."
    [event] = events_of(text)
    assert event.place.place_id.startswith("N") and event.place.admin1 == "Deir ez-Zor"


def test_the_place_nearest_the_strike_word_is_where_it_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قالت مصادر محلية إن طائرة مسيرة استهدفت اليوم سيارة قرب بلدة الشحيل أثناء توجهها إلى مدينة "
            "الميادين في ريف دير الزور.")
    [event] = events_of(text)
    assert event.location_text == "الشحيل" and event.geo_precision == 2


def test_where_missiles_came_from_is_not_where_they_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("شنت طائرات إسرائيلية اليوم غارات جوية من اتجاه البحر قبالة مدينة بانياس على مواقع عسكرية في محيط "
            "مدينة مصياف.")
    [event] = events_of(text)
    assert event.location_text == "مصياف"


@pytest.mark.parametrize("text", [
    "قصفت المدفعية التركية اليوم قرية كيمار في ريف حلب الشمالي، بالتزامن مع غارات لطائرات مسيرة تركية على "
    "بلدة عين عيسى في ريف الرقة.",
    "استهدفت طائرة مسيرة تركية اليوم سيارة لقسد في قرية تل تمر، فيما قصفت المدفعية التركية قرية أم الكيف في "
    "ريف الحسكة.",
])
def test_a_second_incident_in_its_own_clause_is_its_own_event(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_ends_of_a_journey_are_not_where_the_ambush_was(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل اليوم ثلاثة عناصر من الشرطة في كمين مسلح قرب بلدة المزيريب بريف درعا الغربي.\n"
            "وقال مصدر إن الكمين وقع أثناء توجه دورية الشرطة من مدينة درعا إلى مدينة طفس.")
    [event] = events_of(text)
    assert event.location_text == "المزيريب" and event.fatalities == 3


def test_a_party_named_after_a_town_is_no_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A bomb attack in northwest Syria killed three people on Sunday, among them a journalist working for a "
            "newspaper of the Baath party.")
    assert all(e.place.admin1 != "Quneitra" for e in events_of(text, published="2013-05-12"))


def test_a_capital_that_speaks_is_its_government_not_a_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قصفت طائرات حربية اليوم مواقع داخل الأراضي السورية، من دون أن تقدم عمان أي توضيح."
    assert all(e.place.country == "Syria" for e in events_of(text))


@pytest.mark.parametrize("text", [
    "شنت طائرات أميركية فجر اليوم غارات على مواقع في ريف دير الزور الشرقي.\n"
    'وقالت الخارجية إن دمشق "تدين الاعتداء الذي شنته القوات الأميركية على بعض المناطق في محافظة دير الزور، '
    'والذي أدى إلى سقوط عدد من الضحايا".',
    "US warplanes struck positions in the eastern countryside of Deir ez-Zor at dawn today.\n"
    "Damascus condemned the attack that US forces carried out on areas of Deir ez-Zor province, which killed "
    "several people.",
    "US warplanes struck positions in the eastern countryside of Deir ez-Zor at dawn today.\n"
    "Later Damascus sent letters to the UN calling for an end to the US air strikes, which it said killed many "
    "civilians.",
])
def test_a_capital_quoted_or_condemning_is_its_government(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text)
    assert events and all(e.place.admin1 == "Deir ez-Zor" for e in events)


@pytest.mark.parametrize("text", [
    "Russia's intervention has gradually helped Damascus regain territory. At least 18 people were wounded in "
    "air raids on Sunday, a monitor said.",
    "وتدعم موسكو دمشق منذ عام 2015. وأصيب 18 شخصاً بجروح في غارات جوية أمس الأحد، بحسب المرصد.",
])
def test_a_capital_backed_is_its_government_not_where_raids_fell(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.place.admin1 != "Damascus" for e in events_of(text, published="2017-11-27"))


@pytest.mark.parametrize(("text", "admin1"), [
    ("Air raids killed eleven civilians in the Bab al-Nasr area of Old Aleppo on Monday.", "Aleppo"),
    ("Barrel bombs killed five people in Douma on Monday, said Jihad, a rescuer who survived the raid.",
     "Rural Damascus"),
    ("An air strike killed a child in Marat Al Noman on Monday, rescuers said.", "Idlib"),
    ("Rebel shells hit Marj al-Sultan on Monday, killing two civilians.", "Rural Damascus"),
    ("Turkish jets struck IS positions in Turkmen Bari north of Aleppo on Monday, Turkey's army said.", "Aleppo"),
    ("Army units clashed with IS fighters near the village of Maksar al-Hussan east of Homs on Monday.", "Homs"),
])
def test_ordinary_words_and_given_names_are_no_villages(events_of, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2016-07-19")
    assert events and all(e.place.admin1 == admin1 for e in events)


@pytest.mark.parametrize("text", [
    '"Everything we know points to a chemical massacre near Damascus on Wednesday," the minister told reporters '
    "during a visit to the West Bank city of Ramallah.",
    "وقال الوزير خلال زيارته إلى مدينة رام الله إن غارات جوية قتلت عشرة مدنيين في مدينة دوما أمس الأربعاء.",
])
def test_where_a_speaker_was_visiting_is_no_place_of_the_incident(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2013-08-22")
    assert events and all(e.place.country == "Syria" for e in events)


@pytest.mark.parametrize(("text", "admin1"), [
    ("قصفت طائرات حربية فجر اليوم مواقع في ريف حلب الغربي.\n"
     "وتزامن القصف مع هجوم بطائرات مسيرة نفذته الفصائل المسلحة من إدلب على مواقع للجيش.", "Aleppo"),
    ("Rebels also fired rockets from Idlib province into the government stronghold of Latakia on Friday, "
     "killing one person.", "Latakia"),
])
def test_where_an_attack_was_launched_from_is_no_place_it_struck(events_of, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2024-03-29")
    assert events and all(e.place.admin1 == admin1 for e in events)


def test_the_reporter_s_city_settles_which_neighbourhood(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A reporter in Homs said that rocket shells landed on the main square in al-Zahraa neighborhood on "
            "Sunday, killing four citizens.")
    [event] = events_of(text, published="2016-11-20")
    assert event.place.admin1 == "Homs" and event.place.kind == "neighbourhood"


def test_a_family_name_with_al_is_no_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen assassinated the lawyer Dawood Suleiman al-Shaher in the town of Mayadin on Sunday."
    [event] = events_of(text, published="2014-08-31")
    assert event.location_text == "Mayadin"


def test_a_people_s_name_is_no_misspelt_village(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "An alliance of Kurdish and Arab fighters clashed with Islamic State near the town of Tabqa on Monday."
    events = events_of(text, published="2017-10-23")
    assert events and all(e.place.admin1 == "Raqqa" for e in events)


def test_a_village_listed_without_the_article_is_found_with_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قصف الجيش اليوم مواقع المسلحين في بلدة الفطيرة جنوبي إدلب."
    [event] = events_of(text)
    assert event.location_text == "الفطيرة" and event.place.admin1 == "Idlib"


@pytest.mark.parametrize("text", [
    "DAMASCUS (Wire) The United States fired cruise missiles at the Ash Shairat airbase near Homs late Thursday.",
    "A suicide bomber killed four people in a hospital in the Assad clan's hometown of Qardaha on Thursday.",
])
def test_datelines_and_a_family_name_are_no_event_places(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2017-04-07")
    assert events and all(e.place.admin1 in ("Homs", "Latakia") for e in events)


@pytest.mark.parametrize("text", [
    "Coalition chief Ahmad Jarba said on Wednesday that dozens of people were killed in shelling on the town of Douma.",
    "Speaking to reporters Najib Ansari said on Wednesday that dozens of people were killed in shelling on Douma.",
    "An activist, Karim Ansari said on Wednesday that dozens of people were killed in shelling on Douma.",
])
def test_a_family_name_after_a_given_name_is_no_place(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2013-08-21")
    assert event.location_text == "Douma"


def test_a_city_and_its_countryside_are_two_events(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'استهدف الطيران التركي اليوم بسلسلة غارات مواقع تابعة لـ"قسد" في مدينة القامشلي وريفها.'
    events = sorted(events_of(text), key=lambda e: e.geo_precision)
    assert [(e.location_text, e.geo_precision) for e in events] == [("القامشلي", 1), ("ريف القامشلي", 2)]


def test_the_place_of_the_trigger_s_own_clause_wins(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("طاول الاستهداف الأول اليوم سيارتين تابعتين لقسد في ريف القامشلي، فيما استهدفت الطائرة المسيرة "
            "الثانية مقراً في مدينة عامودا، ما أدى إلى مقتل أربعة عناصر.")
    events = {e.location_text: e.fatalities for e in events_of(text)}
    assert events.get("عامودا") == 4


def test_a_man_called_abu_x_is_no_village_x(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "اعتقلت قوة أميركية اليوم أبي هليل الفدعاني في بلدة الشحيل بريف دير الزور."
    [event] = events_of(text)
    assert event.location_text == "الشحيل"


def test_a_place_between_two_towns_is_one_event_near_the_first(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "A car bomb exploded on Friday in the area between al-Jafra and Mayadin, killing 20 civilians."
    [event] = events_of(text, published="2017-11-10")
    assert event.geo_precision == 2


def test_where_the_deed_answered_took_place_is_not_the_event_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلن حزب الله اليوم قصف مستعمرة كريات شمونة بعشرات الصواريخ رداً على اعتداء العدو على المدنيين في "
            "بلدة حانين قضاء بنت جبيل.")
    assert all(e.location_text != "بنت جبيل" for e in events_of(text))


def test_a_capitalised_name_before_a_speech_verb_is_a_person(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking to reporters Najib Ansari said warplanes had killed dozens of people on Wednesday."
    assert all(e.location_text != "Ansari" for e in events_of(text, published="2013-08-21"))


def test_a_town_that_says_where_an_organisation_sits_is_no_event_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Istanbul-based opposition coalition said warplanes killed nine people on Sunday."
    assert all(e.location_text != "Istanbul" for e in events_of(text, published="2016-10-23"))


def test_a_town_inside_a_group_s_name_is_no_event_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Fighters of Liwa Ahrar Helfaya shelled the Midan district of Aleppo city on Sunday."
    [event] = events_of(text, published="2016-10-23")
    assert event.place.admin1 == "Aleppo"
    assert event.actor1.name == "Liwa Ahrar Helfaya"


def test_a_direction_word_is_no_place(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Government forces shelled several villages in Western Hama today.")
    assert event.place.admin1 == "Hama"
    assert event.location_text != "Western"


def test_a_word_with_tanween_is_no_village(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("صار لزاماً على الدولة إرسال قوات عسكرية إلى محيط السويداء اليوم، حيث اندلعت اشتباكات.")
    assert events and all(e.location_text == "السويداء" for e in events)


def test_a_far_country_is_no_syrian_village(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Two people were killed in the bombing of a Qatar Red Crescent clinic in Saraqeb today.")
    assert event.location_text == "Saraqeb"


def test_a_gulf_state_alone_places_nothing(events_of) -> None:  # type: ignore[no-untyped-def]
    assert all(e.location_text != "Qatar" for e in events_of("A clinic funded by Qatar was bombed today, killing two."))


def test_a_spelling_next_in_a_list_of_places_is_found_by_its_skeleton(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Government shells fell today on Salma and Kinsabba in Latakia province.")
    assert {e.location_text for e in events} == {"Salma", "Kinsabba"}


def test_a_street_named_after_a_town_is_in_the_city(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Two shells exploded near Thawra Street in Damascus today.")
    assert event.place.admin1 == "Damascus"


def test_a_sentence_set_in_a_far_country_borrows_no_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("اندلعت اليوم اشتباكات بين المقاومين وقوات الاحتلال في مدينة جنين بالضفة الغربية.\n"
            "واشتباكات عنيفة في العاصمة السودانية، والجيش يتحدث عن السيطرة على قاعدة المدرعات.")
    events = events_of(text)
    assert events and all(e.location_text == "مدينة جنين" and e.sub_event_type == "Armed clash" for e in events)


@pytest.mark.parametrize("abroad", [
    "وكشفت مصادر عسكرية في إريتريا عن هجوم مسلح تعرضت له قوات أجنبية في قاعدة بحرية هناك.",
    "Military sources in Eritrea said an armed attack hit foreign troops at a naval base there.",
])
def test_an_attack_told_in_eritrea_borrows_no_syrian_place(events_of, abroad: str) -> None:  # type: ignore[no-untyped-def]
    text = "استهدف قصف صاروخي القاعدة الأميركية في الشدادي بريف الحسكة اليوم.\n" + abroad
    assert {e.place.admin1 for e in events_of(text)} == {"Hasakah"}
    assert len(events_of(text)) == 1


def test_a_count_of_attacks_then_the_list_of_their_targets_is_an_event_at_each(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت فصائل عراقية اليوم تنفيذ 3 هجمات بطائرات مسيّرة على مواقع أميركية في سوريا.\n"
            "وبيّنت أنّ المواقع المستهدفة هي قاعدة الشدادي وقاعدة التنف وحقل العمر.")
    events = events_of(text)
    assert {e.place.admin1 for e in events} == {"Hasakah", "Homs", "Deir ez-Zor"} and len(events) == 3
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_a_launch_shown_in_a_video_is_not_where_the_strike_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("واستهدفت الفصائل اليوم قاعدة حقل العمر بواسطة المسيرات، ونشرت مقطعاً يوثق لحظات إطلاق طائرة مسيرة "
            "نحو القاعدة قرب الشدادي.")
    [event] = events_of(text, published="2024-01-27")
    assert event.place.name_en == "Al-Omar oil field" and event.sub_event_type == "Air/drone strike"


def test_clashes_in_the_area_are_in_the_area_told_before(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Activists in the village of Zaara in Hama province said the electricity was cut on Sunday. One of them "
            "said homes were still dark. The Observatory reported heavy clashes in the area.\n"
            "In the south, rockets set two buildings on fire in a besieged district of Damascus.")
    clashes = [e for e in events_of(text, published="2016-08-14") if e.sub_event_type == "Armed clash"]
    assert [e.place.admin1 for e in clashes] == ["Hama"]


def test_a_name_that_is_also_a_word_is_a_place_where_the_border_follows(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "وأفاد مراسلنا اليوم بأنّ غارات أميركية استهدفت مقار للحشد الشعبي في القائم عند الحدود العراقية السورية."
    [event] = events_of(text, published="2024-01-24")
    assert (event.place.country, event.place.admin1) == ("Iraq", "Anbar")


def test_the_villages_people_flee_are_not_where_reinforcements_went(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("وأشار المراسل إلى أن حركة نزوح للأهالي تشهدها اليوم بلدات درنج والطيانة وذيبان في دير الزور من جراء "
            "وصول تعزيزات عسكرية لقسد.")
    assert all(e.sub_event_type != "Change to group/activity" for e in events_of(text))


def test_a_strike_without_a_place_explains_the_deaths_told_just_before(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Warplanes struck the town of Ariha in Idlib province today, killing 11 civilians.\n"
            "Elsewhere the Observatory said at least eight people were killed today in the town of Rastan.\n"
            "Five of them died in air strikes on the town's market place.")
    events = events_of(text, published="2016-07-13")
    assert {(e.location_text, e.fatalities) for e in events} >= {("Rastan", 5)}


def test_where_reinforcements_came_from_is_not_where_the_fighting_is(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("تجددت اليوم الاشتباكات بين قسد ومقاتلي العشائر في بلدة ذيبان بعد أن استقدمت قسد "
                        "تعزيزات عسكرية من مدينة الحسكة.")
    assert event.place.admin1 == "Deir ez-Zor"


def test_the_outlet_al_mayadeen_is_not_the_town_of_al_mayadin(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("مصادر ميدانية تفيد الميادين بأن طائرة مسيرة استهدفت اليوم قاعدة التنف.")
    assert event.location_text == "قاعدة التنف"


def test_an_ambassador_is_not_the_town_of_al_safira(events_of) -> None:  # type: ignore[no-untyped-def]
    assert events_of("وقال الوزير إن السفيرة السويدية لدى لبنان في إجازة بعد إحراق نسخة من المصحف في ستوكهولم.") == ()


def test_villages_no_gazetteer_lists_are_events_under_their_own_names(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("اندلعت اليوم اشتباكات عنيفة بين قسد وأهالي بلدتي الحصان والعزبة في ريف دير الزور.")
    assert sorted(e.location_text for e in events) == ["الحصان", "العزبة"]
    for event in events:
        assert event.place.kind == "unlisted" and event.place.admin1 == "Deir ez-Zor"
        assert event.geo_precision == 3  # only the governorate is known


@pytest.mark.parametrize("text", [
    "اندلعت اليوم اشتباكات عنيفة في قرى وبلدات ريف دير الزور.",  # a second settlement word names nothing
    "اندلعت اليوم اشتباكات عنيفة في القرية المجاورة في ريف دير الزور.",  # nor does an adjective
])
def test_settlement_words_without_a_name_leave_the_governorate(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.place.kind != "unlisted"


def test_a_village_no_gazetteer_lists_takes_the_governorate_told_before(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("تشهد محافظة دير الزور توتراً أمنياً منذ أيام. "
            "واستهدفت طائرة مسيرة اليوم سيارة عسكرية في قرية الجرذي. "
            "ولم ترد معلومات عن إصابات.")
    [event] = events_of(text)
    assert (event.location_text, event.place.admin1) == ("الجرذي", "Deir ez-Zor")


def test_a_village_the_attack_answers_is_not_where_it_struck(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قصفت المقاومة اليوم موقعاً عسكرياً في الجليل رداً على اعتداء على المدنيين في بلدة حانين "
            "جنوبي لبنان.")
    assert all(e.location_text != "حانين" for e in events_of(text))


def test_an_english_village_no_gazetteer_lists_keeps_its_name(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Five civilians were killed in air strikes on the village of Tal Zaqqumiyat in rural Idlib "
                        "on Sunday.", published="2016-08-14")
    assert (event.location_text, event.place.admin1, event.place.kind) == ("Tal Zaqqumiyat", "Idlib", "unlisted")


def test_a_report_joined_by_and_our_reporter_has_its_own_places(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of('الوساطة تفشل في فك حصار "قسد" عن الحسكة والقامشلي، ومراسل الميادين يفيد بأن قوات العشائر '
                        'هاجمت اليوم مواقع لـ"قسد" في ريف دير الزور الشرقي.')
    assert event.place.admin1 == "Deir ez-Zor"


def test_an_unlisted_village_in_a_list_of_listed_ones_is_one_more_place(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("وشن مقاتلو العشائر اليوم هجوماً على مواقع لقسد في بلدات أبو حردوب والجرذي وأبو حمام "
                       "بريف دير الزور الشرقي.")
    assert sorted(e.location_text for e in events) == ["أبو حردوب", "أبو حمام", "الجرذي"]
    [unlisted] = [e for e in events if e.place.kind == "unlisted"]
    assert unlisted.place.admin1 == "Deir ez-Zor"


def test_the_first_word_of_a_listed_name_is_no_village_of_its_own(events_of) -> None:  # type: ignore[no-untyped-def]
    assert all(e.place.kind != "unlisted" for e in events_of("استعادت قوات الجيش السوري اليوم السيطرة على بلدة خان طومان."))


def test_a_misspelt_village_is_found_among_its_governorate_s_settlements(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("اندلعت اليوم اشتباكات بين قسد ومقاتلي العشائر في بلدة ذبيان بريف دير الزور الشرقي.")
    assert (event.place.place_id, event.geo_precision) == ("C5202", 1)


def test_an_unlisted_name_takes_its_second_word_but_no_adjective(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("استهدفت غارة إسرائيلية اليوم أطراف بلدة عيتا الجبل الحدودية في جنوب لبنان.")
    assert event.location_text == "عيتا الجبل"


def test_a_village_known_only_elsewhere_is_one_of_the_governorate_named(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("واعتقلت قسد اليوم عدداً من الأشخاص في بلدات الحصان وشقرا في ريف دير الزور الشمالي.")
    assert {e.place.admin1 for e in events} == {"Deir ez-Zor"}
    assert "شقرا" in {e.location_text for e in events}


def test_living_conditions_are_no_village(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("وخرج اليوم مئات المحتجين في تظاهرة احتجاجاً على تردي الأوضاع المعيشية.")
    assert all(e.place.place_id not in ("C5085", "N0373") for e in events)


def test_kurdish_sources_are_no_village(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("وأوضحت مصادر كردية أن عناصر من قسد أحرقوا محاصيل القمح في قرية الحصان بريف دير الزور اليوم.")
    assert all(e.location_text != "كردية" for e in events)


def test_places_listed_in_quotes_are_each_a_location(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of('استهدفت طائرات مسيرة اليوم قاعدتي "الشدادي" و"خربة عدنان" في ريف الحسكة.',
                       published="2024-02-03")
    assert {e.location_text for e in events} == {"الشدادي", "خربة عدنان"}


def test_a_spelling_struck_on_is_found_by_its_skeleton(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Government jets carried out air strikes on Talbisseh in Homs province today, killing nine people.")
    assert event.place.name_en == "Talbiseh" and event.fatalities == 9


def test_an_english_spelling_before_the_word_district_is_found(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Two civilians were wounded in the Bustan al-Qasr district of Aleppo on Thursday after "
                        "regime snipers shot into the neighbourhood.", published="2016-09-16")
    assert event.place.name_en == "Bustan Al-Qaser"
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


def test_a_village_told_to_lie_beside_a_far_unit_is_not_its_distant_homonym(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("The Syrian army recaptured the al-Mallah Farms area northwest of Aleppo on Thursday.",
                        published="2016-07-01")
    assert event.place.admin1 == "Aleppo"


def test_a_town_told_to_lie_beside_a_near_city_keeps_its_governorate(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("انفجرت عبوة ناسفة في منطقة السيدة زينب جنوبي دمشق اليوم.", published="2023-07-27")
    assert event.place.admin1 == "Rural Damascus"


def test_a_region_whose_direction_is_written_in_lower_case_is_found(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Five civilians were killed by regime bombs that landed on eastern Ghouta on Thursday.",
                        published="2016-07-01")
    assert event.place.name_en == "Eastern Ghouta"


def test_a_lower_case_direction_before_a_governorate_is_no_village(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Fighters clashed in eastern Deir el-Zour province on Thursday.", published="2016-07-01")
    assert all(e.place.admin1 != "Idlib" for e in events)  # the village called Eastern Deir is in Idlib


def test_a_district_of_a_named_city_is_found_there_under_another_spelling(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Two people were killed when mortars struck central Damascus on Monday. "
            "Air strikes killed 29 people on Sunday in the southern Al-Ferdous district of Aleppo, the monitor said.")
    events = events_of(text, published="2014-04-21")
    assert [(e.place.admin1, e.place.kind) for e in events if e.event_type == "Explosions/Remote violence"
            and "Ferdous" in e.location_text] == [("Aleppo", "neighbourhood")]


def test_a_roll_of_governorates_lends_no_place_to_the_next_sentence(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("تتواصل الحرائق في ريف اللاذقية الشمالي.\n"
            "ووصلت اليوم فرق الإطفاء من محافظات دمشق وحمص وحماة وطرطوس للمساعدة.\n"
            "وأكد المصدر وقوع انفجار عبوة ناسفة اليوم أسفر عن إصابة عنصرين.")
    assert [e.place.admin1 for e in events_of(text)] == ["Latakia"]


@pytest.mark.parametrize("text", [
    "Moscow defended its Damascus ally on Tuesday, saying Syrian aircraft had carried out a strike.",
    "Officials of the Damascus government said on Tuesday that Syrian aircraft had carried out a strike.",
])
def test_the_capital_standing_for_its_government_is_no_place(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Damascus" not in {e.place.admin1 for e in events_of(text)}


@pytest.mark.parametrize("town", ["Zawiyat Nourin", "Marj Sultaniyeh"])  # no list has it; a spelling of Marj Elsultan
def test_a_town_no_list_has_told_near_the_capital_lies_in_rural_damascus(events_of, town: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"East of Damascus, fierce clashes broke out on Sunday between rebels and the army near the town "
            f"of {town}, the monitor said.")
    [event] = events_of(text, published=dt.date(2014, 6, 30))
    assert event.place.admin1 == "Rural Damascus"


def test_a_village_in_a_towns_countryside_is_not_its_namesake_far_away(events_of) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer knows an العيون only in As-Sweida; this one lies by Mare' in Aleppo
    text = "دوى انفجار عنيف اليوم في القاعدة العسكرية التركية في قرية العيون بريف بلدة مارع."
    [event] = events_of(text)
    assert event.place.admin1 == "Aleppo"


def test_a_strike_told_by_its_district_folds_into_the_town_struck_there(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Overnight airstrikes on the town of Armanaz in Idlib province killed 12 people on Saturday. "
            "The monitor said the strikes on the town in Harem district were carried out by Russian jets on Saturday.")
    [event] = events_of(text, published=dt.date(2017, 9, 30))
    assert event.location_text == "Armanaz"


def test_a_foreign_dateline_after_the_updated_date_is_no_event_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Last updated at Jun 142016 BEIRUT A counterattack by Islamic State fighters on government forces "
            "killed 28 militants on Monday, the monitor said.")
    assert [e.place.country for e in events_of(text, published=dt.date(2016, 6, 14))] in ([], ["Syria"])


def test_places_added_with_in_addition_to_are_more_places_of_the_attack(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('وشن مسلحون اليوم هجوماً مسلحاً على مقر لـ"قسد" في جسر الميادين، عند خط التماس مع مناطق سيطرة '
            "الجيش السوري، بالإضافة إلى مقار في بلدتي ذيبان والحوايج بريف دير الزور الشرقي.")
    assert {e.location_text for e in events_of(text)} >= {"ذيبان", "الحوايج"}


def test_aleppo_quarters_as_wire_copy_spells_them(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A police source said terrorists fired rocket shells on Saturday on Saif al-Dawleh al-Muhafaza and Bab al-Faraj "
            "neighborhoods and al-Neel Street in Aleppo city.")
    events = events_of(text, published=dt.date(2016, 4, 30))
    assert {e.location_text for e in events} == {"Saif al-Dawleh", "al-Muhafaza", "Bab al-Faraj", "al-Neel Street"}
    assert {e.place.admin1 for e in events} == {"Aleppo"}


def test_damascus_quarters_as_wire_copy_spells_them(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The army shelled both Barzeh and the Jobar district of the capital on Monday, the monitor said."
    events = events_of(text, published=dt.date(2014, 4, 22))
    assert {e.location_text for e in events} == {"Barzeh", "Jobar"}
    assert {e.place.admin1 for e in events} == {"Damascus"}


def test_parts_of_more_towns_go_on_the_list(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("اندلعت اشتباكات اليوم بين مقاتلي العشائر وقسد، بعد سيطرة مقاتلي العشائر على بلدة أبو حمام، "
            "وأجزاء من بلدتي الطيانة والشعفة في ريف دير الزور.")
    places = {event.location_text for event in events_of(text)}
    assert places == {"أبو حمام", "الطيانة", "الشعفة"}


def test_an_unlisted_village_of_a_list_lies_where_the_list_does(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("اندلعت اشتباكات اليوم بين مقاتلي العشائر وقسد في بلدات الطيانة والشعفة وكفرزيتونة، "
            "وقسد تملك خطوط إمداد باتجاه الحسكة.")
    unlisted = [event for event in events_of(text) if event.location_text == "كفرزيتونة"]
    assert [event.place.admin1 for event in unlisted] == ["Deir ez-Zor"]


def test_the_base_named_again_is_the_base_told_before(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدفت صواريخ القاعدة الأميركية في حقل العمر بريف دير الزور اليوم. "
            "وفي سياق آخر، قتل مسلحون مجهولون شاباً في مدينة الحسكة اليوم. "
            "كما استهدفت صليات صاروخية القاعدة مرتين فجر اليوم.")
    assert {event.place.admin1 for event in events_of(text, published="2024-07-28")} == {"Deir ez-Zor"}


@pytest.mark.parametrize(("text", "admin1"), [
    ("نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً بالصواريخ على محيط دمشق.", "Rural Damascus"),
    ("نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً استهدف نقاطاً جنوبي دمشق.", "Rural Damascus"),
    ("نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً استهدف نقاطاً في دمشق.", "Damascus"),
    ("A suicide bomber blew himself up near Damascus police headquarters on Monday.", "Damascus"),
    ("Clashes between Islamist militants near Damascus Monitor Fierce fighting left 40 dead today.", "Rural Damascus"),
])
def test_around_the_capital_is_the_governorate_around_it(events_of, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.place is not None and event.place.admin1 == admin1


def test_a_road_named_by_its_two_ends_is_one_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "استهدفت مسيرة تركية اليوم سيارة على طريق عام القامشلي - عامودا كانت ترافق رتلاً عسكرياً."
    assert [event.location_text for event in events_of(text)] == ["القامشلي"]


def test_a_base_with_a_double_name_is_one_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'أعلنت المقاومة الإسلامية في العراق اليوم استهداف قاعدة الاحتلال الأميركي في "مطار أبو حجر - خراب الجير" برشقة صاروخية.'
    assert len(events_of(text)) == 1


def test_a_landmark_a_distance_is_measured_from_is_not_the_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("سقطت قذيفتان اليوم على قاعدة مطار خراب الجير الأميركية في ريف الحسكة الشمالي. "
            "وسمعت أصوات انفجارات في القاعدة التي تقع على بعد 5 كم من معبر اليعربية.")
    assert "معبر اليعربية" not in {event.location_text for event in events_of(text)}


def test_a_strike_on_the_road_out_of_a_town_is_the_one_told_at_a_village_on_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("ضربت طائرة مسيّرة تركية سيارة في قرية تل شعير على طريق القامشلي - عامودا في ريف الحسكة اليوم الأربعاء، "
            "ما أدى إلى مقتل سائقها.\nوقالت مصادر إنّ السيارة على طريق القامشلي - عامودا التي استهدفتها المسيرة "
            "التركية كانت ترافق رتلاً للتحالف الدولي، الأمر الذي أدى إلى إصابة صحفيين.")
    assert [event.location_text for event in events_of(text)] == ["تل شعير"]


@pytest.mark.parametrize(("text", "place"), [
    ("On Thursday snipers positioned in Bustan al-Qasr neighborhood opened fire on locals in al-Masharqa "
     "neighborhood leaving two people dead.", "al-Masharqa"),
    ("واستشهد طفل اليوم بقذيفة أطلقتها المجموعات المسلحة المتمركزة في بلدة اللطامنة على بلدة محردة.", "محردة"),
])
def test_where_the_shooters_stood_is_not_where_their_fire_fell(events_of, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert [event.location_text for event in events_of(text, published=dt.date(2016, 4, 28))] == [place]


def test_where_a_strike_was_launched_from_is_not_where_it_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أفاد مصدر عسكري باستشهاد 4 عسكريين اليوم في الاعتداء الإسرائيلي الذي نُفّذ من الجولان المحتل "
            "على مواقع الجيش السوري في ريف درعا.")
    assert [event.place.admin1 for event in events_of(text)] == ["Daraa"]


def test_where_the_target_had_been_acting_is_not_where_it_was_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("واستهدفت الطائرات الحربية اليوم الجماعات المسلحة في ريف إدلب الجنوبي، "
            "التي كانت تقصف مواقع مدنية في ريف حماة.")
    assert [event.place.admin1 for event in events_of(text)] == ["Idlib"]


def test_a_short_name_said_to_be_a_neighbourhood_of_a_city_is_found_in_that_city(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Three children were killed on Thursday in a rebel rocket attack on a school in the Shahba neighbourhood of Aleppo."
    [event] = events_of(text, published=dt.date(2016, 10, 27))
    assert (event.place.admin1, event.place.kind) == ("Aleppo", "neighbourhood")


def test_the_towns_travellers_came_from_are_not_where_they_were_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide car bombing on Saturday hit a convoy carrying residents from the northern towns of Fuaa and "
            "Kafraya as they waited at a transit point in Aleppo.")
    [event] = events_of(text, published=dt.date(2017, 4, 16))
    assert (event.sub_event_type, event.place.admin1) == ("Suicide bomb", "Aleppo")


def test_villages_listed_without_commas_are_one_event_each(events_of) -> None:  # type: ignore[no-untyped-def]
    # some pages lose every comma: the names run on, each found by its own spelling
    events = events_of("Jets struck the towns of Abdin Kafr Ain Kafr Sajna and al-Tamana in Idleb today.")
    assert {e.place.place_id for e in events} == {"C3990", "C3993", "C4110", "C4081"}


def test_a_heading_run_into_the_next_sentence_is_no_list(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Homs Meanwhile two civilians were killed when rocket shells hit the city today.")
    assert [e.location_text for e in events] == ["Homs"]


def test_the_sentence_s_governorate_settles_a_homonym_before_the_story_s(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Shells fell on Damascus on Friday and on Bab Touma. Rockets also hit the neighborhoods of "
            "Sulaiman al-Halabi al-Midan and al-Furqan in Aleppo city on Friday.")
    aleppo = {e.location_text: e.place.admin1 for e in events_of(text, published="2016-09-30")
              if e.location_text in ("Sulaiman al-Halabi", "al-Midan", "al-Furqan")}
    assert aleppo == {"Sulaiman al-Halabi": "Aleppo", "al-Midan": "Aleppo", "al-Furqan": "Aleppo"}


def test_names_listed_before_their_unit_are_places_each(events_of) -> None:  # type: ignore[no-untyped-def]
    # no gazetteer has these spellings: the word "neighborhoods" after the list says they are places
    text = "Rocket shells hit the Moghambo and Zaharaa neighborhoods in Aleppo city on Wednesday."
    events = events_of(text, published="2016-09-28")
    assert {e.location_text for e in events} == {"Moghambo", "Zaharaa"}
    assert all(e.place.admin1 == "Aleppo" for e in events)


def test_every_town_the_shooters_are_located_in_is_not_where_shells_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were injured when gunmen located in Binnish and Maaret Masrin fired mortar shells on Kafraya today."
    assert [e.location_text for e in events_of(text)] == ["Kafraya"]


def test_every_name_after_the_towns_of_is_a_place_without_commas(events_of) -> None:  # type: ignore[no-untyped-def]
    # "Kafar Hamra" holds "Hamra", a unit of Hama; "Urm Alqubra" glues the article; "Babees" no list has
    text = "Jets bombed the towns of Hayyan Kafar Hamra Urm Alqubra and Babees in rural Aleppo on Monday."
    events = events_of(text, published="2016-08-01")
    assert [e.location_text for e in events] == ["Hayyan", "Kafar Hamra", "Urm Alqubra", "Babees"]
    assert {e.place.admin1 for e in events} == {"Aleppo"}


def test_a_spelling_of_a_village_in_another_governorate_than_the_sentence_s_is_not_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Army units shelled gatherings in the towns of Ebtaa Dael Tal al-Samn in Daraa countryside on Sunday."
    events = events_of(text, published="2016-06-12")
    assert events and {e.place.admin1 for e in events} == {"Daraa"}


def test_a_possessive_city_holds_the_district_after_it(events_of) -> None:  # type: ignore[no-untyped-def]
    # (a Jordanian town shares the name, and the sentence names Jordan)
    text = "Army shells hit fighters from Jordan in Daraas Manshiyah district on Sunday, killing three of them."
    events = events_of(text, published="2017-04-09")
    assert events and all(e.place.admin1 == "Daraa" for e in events)


def test_the_axes_of_a_fight_are_places_each(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Army units clashed with militants who attacked posts on the axes of al-Zakat Haseria and al-Latamina in Hama province."
    events = events_of(text, published="2016-06-01")
    assert [e.location_text for e in events] == ["al-Zakat", "Haseria", "al-Latamina"]


def test_the_surroundings_of_a_list_of_villages_are_places_each(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Syrian warplanes targeted militant positions in the surroundings of Rahbet Maarata Daret Ezza and "
            "al-Mansoura in Aleppo today.")
    assert [e.location_text for e in events_of(text)] == ["Rahbet Maarata", "Daret Ezza", "al-Mansoura"]


def test_the_zahra_of_aleppo_is_aleppo_s(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters attacked the Zahra neighbourhood of Aleppo on Wednesday, and the army repelled them."
    events = events_of(text, published="2015-07-08")
    assert events and all(e.place.admin1 == "Aleppo" for e in events)


@pytest.mark.parametrize(("text", "admin1"), [
    ("استهدفت غارات إسرائيلية أمس عدداً من النقاط جنوبي العاصمة السورية دمشق.", "Rural Damascus"),
    ("Israeli jets struck several positions south of the Syrian capital Damascus on Monday.", "Rural Damascus"),
    ("سقطت قذائف أمس على العاصمة السورية دمشق.", "Damascus"),
    ("استهدفت غارات إسرائيلية أمس محيط العاصمة دمشق.", "Damascus"),
])
def test_a_bearing_from_the_titled_capital_points_outside_the_city(events_of, text: str,  # type: ignore[no-untyped-def]
                                                                   admin1: str) -> None:
    [event] = events_of(text)
    assert event.place is not None and event.place.admin1 == admin1


def test_a_strike_on_damascus_and_its_target_in_the_countryside_are_one(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل قائد عسكري اليوم الاثنين في غارة إسرائيلية على دمشق. "
            "وكانت الطائرات الإسرائيلية قد استهدفت ظهر اليوم الاثنين مبنى في منطقة السيدة زينب في ريف دمشق.")
    [event] = events_of(text, published=dt.date(2024, 3, 4))
    assert event.place is not None and event.place.admin1 == "Rural Damascus"


def test_a_strike_on_damascus_by_another_hand_stays_apart(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("سقطت قذائف هاون أطلقتها فصائل المعارضة اليوم الاثنين على دمشق. "
            "وقصفت الطائرات الحربية السورية اليوم الاثنين بلدة يبرود في ريف دمشق.")
    events = events_of(text, published=dt.date(2024, 3, 4))
    assert {e.place.admin1 for e in events if e.place} == {"Damascus", "Rural Damascus"}


def test_a_name_placed_in_a_town_far_from_its_homonym_is_a_spot_of_that_town(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("قصفت طائرات أميركية اليوم منطقة المزارع في مدينة الميادين.")
    assert event.place is not None and event.place.admin1 == "Deir ez-Zor" and event.place.admin2 == "Al Mayadin"


def test_the_land_between_two_towns_is_one_place(events_of) -> None:  # type: ignore[no-untyped-def]
    assert len(events_of("قصفت الطائرات اليوم مواقع بين مدينتي الميادين والبوكمال.")) == 1
    assert len(events_of("قصفت الطائرات اليوم مدينتي الميادين والبوكمال.")) == 2


def test_where_rockets_were_launched_from_is_not_where_they_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "سقطت اليوم صواريخ أطلقت من مدينة الميادين على القاعدة الأميركية في حقل العمر النفطي."
    assert [e.location_text for e in events_of(text)] == ["حقل العمر النفطي"]


def test_a_village_placed_in_a_governorates_countryside_is_not_its_far_homonym(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Army units shelled terrorists in al-Hamediyeh village in Deir Ezzor countryside on Monday."
    [event] = events_of(text, published=dt.date(2016, 2, 2))
    assert event.place is not None and event.place.admin1 == "Deir ez-Zor"


def test_a_dual_head_names_each_site_of_the_pair(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "استهدف قصف صاروخي اليوم قاعدتي التحالف الأميركي في حقلي كونيكو والعمر بريف دير الزور."
    assert sorted(e.location_text for e in events_of(text)) == ["العمر", "كونيكو"]


def test_an_unclaimed_attack_on_a_us_held_base_is_an_armed_groups(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "سقطت اليوم صواريخ على القاعدة الأميركية في حقل العمر النفطي بريف دير الزور."
    [event] = events_of(text)
    assert (event.actor1.name, event.actor2.name) == ("Unidentified Armed Group (Syria)",
                                                      "Military Forces of the United States")


@pytest.mark.parametrize("text", [
    'أنهى الجيش اليوم مناورات "درع حماة الولاية" بإطلاق صواريخ على أهداف وهمية.',
    "قال البيان اليوم إن قصف المدنيين أمر مدان ويجب وقفه.",
])
def test_a_common_word_spelt_like_a_town_is_no_place(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.place and e.place.admin1 in ("Hama", "Hasakah") for e in events_of(text))


def test_sorties_flown_in_a_drill_strike_nothing(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "وفي هذه المناورات، نفذت المقاتلات والطائرات المسيرة اليوم غارات على أهداف في منطقة الرقة."
    assert not events_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Rebel shells hit the Salah-Eddin neighbourhood of Aleppo on Monday, killing two civilians.", "Salah-Eddin"),
    ("Rebel shells hit the al-Kalaseh neighbourhood of Aleppo on Monday, killing two civilians.", "al-Kalaseh"),
])
def test_aleppo_quarters_as_english_wires_spell_them(events_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published=dt.date(2016, 2, 2))
    assert (event.location_text, event.place.admin1, event.geo_precision) == (name, "Aleppo", 1)


def test_a_homs_quarter_wires_spell_like_an_aleppo_one_goes_to_homs(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighting went on in the central city of Homs on Monday.\n"
            "Government troops shelled rebel positions in Khaldiyeh on Monday, killing three fighters.")
    events = [e for e in events_of(text, published=dt.date(2013, 7, 1)) if e.location_text == "Khaldiyeh"]
    assert events and {e.place.admin1 for e in events} == {"Homs"}


def test_a_village_ocha_writes_glued_is_found_as_news_writes_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "On Tuesday an airstrike on the village of Maaret Harmeh in northern Syria killed four people."
    [event] = events_of(text, published=dt.date(2017, 4, 18))
    assert (event.place.admin1, event.geo_precision) == ("Idlib", 1)


def test_a_neighbourhood_spelt_as_no_list_spells_it_is_found_in_the_articles_city(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebel rockets hit residential areas of Aleppo city on Wednesday, killing a man.\n"
            "Other rocket shells fired by the militants on al-Shrafiyeh neighborhood injured two civilians.")
    events = events_of(text, published=dt.date(2016, 6, 2))
    assert "Ashrafiyeh" in {e.place.name_en for e in events if e.place is not None}


def test_a_name_after_a_neighbourhood_word_is_no_place_without_a_governorate_to_look_in(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rocket shells fired by the militants on al-Shrafiyeh neighborhood injured two civilians."
    assert all(e.place is None or e.place.name_en != "Ashrafiyeh" for e in events_of(text, published=dt.date(2016, 6, 2)))


def test_aleppos_mallah_farms_are_no_village_of_sweida(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Syrian troops clashed with rebels in the Mallah Farms on Sunday."
    [event] = events_of(text, published=dt.date(2016, 7, 10))
    assert event.place.admin1 == "Aleppo"


def test_a_given_name_before_a_family_name_is_a_man_not_a_village(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Activists mourned the killing of Qasim Halabouni, a rebel commander, in Duma during clashes with the army on Monday."
    [event] = events_of(text, published=dt.date(2013, 9, 2))
    assert event.place.admin1 == "Rural Damascus"


def test_a_short_english_name_is_a_place_unless_it_heads_longer_names(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels attacked army checkpoints near Adra on Monday, killing two soldiers."
    [event] = events_of(text, published=dt.date(2013, 9, 3))
    assert (event.location_text, event.place.admin1) == ("Adra", "Rural Damascus")


def test_a_place_name_in_quotes_before_tv_names_a_channel(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'Rebels attacked army checkpoints in the town of Adra on Monday, according to the "Cham" TV network.'
    assert {e.place.admin1 for e in events_of(text, published=dt.date(2013, 9, 3))} == {"Rural Damascus"}


def test_a_name_called_a_neighbourhood_is_the_citys_quarter_of_that_spelling(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Militants fired six shells on al-Qusour neighborhood in Deir Ezzor city on Friday, killing two civilians."
    [event] = events_of(text, published=dt.date(2016, 4, 29))
    assert (event.place.name_en, event.geo_precision) == ("Qosour", 1)


def test_al_maleh_north_of_aleppo_is_the_mallah_farms(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Regime troops clashed with rebels around Al Maleh on Wednesday, killing 12 fighters."
    [event] = events_of(text, published=dt.date(2016, 7, 7))
    assert event.place.admin1 == "Aleppo"


@pytest.mark.parametrize(("text", "admin1"), [
    ("Government jets struck Zafaraneh on Sunday, killing five civilians.", "Homs"),
    ("Rebel rockets hit Jamyiat al-Zahraa on Sunday, killing two civilians.", "Aleppo"),
])
def test_wire_spellings_of_homs_and_aleppo_places(events_of, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.place.admin1 for e in events_of(text, published=dt.date(2016, 8, 22))} == {admin1}


def test_a_verb_spelt_like_a_village_places_nothing(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "ونشير إلى أن اشتباكات عنيفة دارت اليوم بين الطرفين."
    assert all(e.place is None or e.place.admin1 != "Tartus" for e in events_of(text, published=dt.date(2023, 9, 23)))


def test_hamas_jibrin_as_wires_spell_it(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("A car bomb exploded in the town of Jibrin on Friday, killing nine people.",
                        published=dt.date(2014, 5, 2))
    assert event.place.admin1 == "Hama"


def test_central_damascus_quarters_as_wires_name_them(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Two shells hit the Shaalan district on Sunday, killing a woman.", published=dt.date(2016, 7, 24))
    assert [(e.place.name_en, e.place.admin1) for e in events] == [("al-Shaalan", "Damascus")]


def test_a_sentence_set_abroad_has_no_syrian_homonyms(events_of) -> None:  # type: ignore[no-untyped-def]
    # Hodeidah shares its name with a Syrian village; the sentence opens in Yemen
    events = events_of("وفي اليمن، خرجت اليوم تظاهرات حاشدة في مدينة الحديدة دعماً لغزة.", published="2024-06-28")
    assert not [e for e in events if e.place is not None and e.place.country == "Syria"]


@pytest.mark.parametrize("text", [
    # Syria has an Abbasiyeh near Homs and a subdistrict Sur; a qadaa is Lebanon's (or Iraq's) district
    "أعلنت وزارة الصحة في لبنان أن غارة إسرائيلية استهدفت اليوم مفرق العباسية قضاء صور، ما أدى إلى إصابة مدنيين.",
    "وقالت الوكالة الوطنية للإعلام في لبنان إن المدفعية الإسرائيلية قصفت اليوم بلدة العباسية في قضاء صور.",
])
def test_a_place_in_a_qadaa_is_lebanese(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2024-08-14")
    assert [(e.place.name_en, e.place.admin1) for e in events] == [("Abbasiyeh", "South Lebanon")]


@pytest.mark.parametrize("support", ["دعماً لشعبنا في غزة", "ونصرةً لأهالي غزة", "ودعمها لقطاع غزة",
                                     "دعماً للشعب الفلسطيني الصامد في قطاع غزة"])
def test_the_people_an_attack_is_for_are_not_where_it_fell(events_of, support: str) -> None:  # type: ignore[no-untyped-def]
    text = f"واستهدفت المقاومة الإسلامية اليوم ثكنة زرعيت الإسرائيلية بالصواريخ، {support}."
    events = events_of(text, published="2024-02-21")
    assert [e.place.name_en for e in events] == ["Zar'it"]


def test_a_town_placed_by_its_bearing_from_a_city_is_the_only_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "استشهد ثلاثة شبان فلسطينيين اليوم في بلدة أبو ديس، شرقي القدس المحتلة، خلال اشتباك مع قوات الاحتلال."
    events = events_of(text, published="2023-11-07")
    assert [e.place.name_en for e in events] == ["Abu Dis"]


def test_a_mourned_fighter_s_hometown_is_not_where_the_next_operations_were(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("المقاومة الإسلامية في لبنان تستهدف ثكنة زرعيت. "
            "استهدفت المقاومة الإسلامية في لبنان اليوم ثكنة زرعيت الإسرائيلية بالصواريخ. "
            "وزفّت المقاومة المجاهد علي حسن من بلدة قصرنبا في البقاع شهيداً على طريق القدس. "
            "وأمس، نفذت المقاومة 10 عمليات عسكرية استهدفت مواقع جيش الاحتلال الإسرائيلي.")
    events = events_of(text, published="2024-02-25")
    assert events and not [e for e in events if e.place and e.place.admin1 == "Beqaa"]


def test_an_aside_on_whose_land_a_settlement_stands_is_no_second_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('أصدرت المقاومة الإسلامية في لبنان بيانها الثالث. وتبنّت المقاومة الإسلامية في بيان اليوم استهداف '
            'مستعمرة "أفيفيم" (قرية صلحا اللبنانية المحتلة)، ومستعمرة المطلة بالأسلحة المناسبة.')
    events = events_of(text, published="2023-12-25")
    assert sorted((e.place.name_en, e.actor1.name) for e in events) == [("Avivim", "Hezbollah"), ("Metula", "Hezbollah")]


def test_a_barracks_flag_before_the_rockets_is_the_target_s(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "استهدفت المقاومة الإسلامية في لبنان اليوم ثكنة زرعيت الإسرائيلية بالصواريخ."
    [event] = events_of(text, published="2024-02-25")
    assert (event.actor1.name, event.actor2.name) == ("Hezbollah", "Military Forces of Israel")


@pytest.mark.parametrize(("post", "name_en"), [('موقع "الراهب"', "al-Raheb position"),
                                              ('ثكنة "راميم"', "Ramim barracks")])
def test_a_quoted_post_name_is_the_post_not_a_village_of_that_word(events_of, post: str, name_en: str) -> None:  # type: ignore[no-untyped-def]
    # al-Raheb is also a Syrian village; Ramim alone names nothing
    text = f"وأعلنت المقاومة الإسلامية في لبنان اليوم استهداف {post} الإسرائيلي بقذائف المدفعية."
    [event] = events_of(text, published="2024-05-23")
    assert (event.place.name_en, event.place.country) == (name_en, "Israel")


def test_a_dual_head_names_two_posts_over_village_homonyms(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'وأعلنت المقاومة الإسلامية في لبنان اليوم استهداف موقعي "الراهب" و"المرج" الإسرائيليين بالصواريخ.'
    events = events_of(text, published="2024-05-23")
    assert {(e.place.name_en, e.place.country) for e in events} == {("al-Raheb position", "Israel"),
                                                                  ("al-Marj position", "Israel")}


def test_a_name_placed_by_its_bearing_from_a_far_city_is_that_city_s(events_of) -> None:  # type: ignore[no-untyped-def]
    # Aleppo has a village of this name; the sentence places the area north of Deir ez-Zor city
    events = events_of("وصلت تعزيزات عسكرية لقسد اليوم إلى منطقة المعامل الواقعة شمالي مدينة دير الزور.",
                       published="2023-09-25")
    assert [e.place.admin1 for e in events if e.place] == ["Deir ez-Zor"]


def test_where_the_force_that_was_hit_stood_is_where_it_was_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "فاجأ مسلحو العشائر عناصر قسد المتمركزين في بلدتي الشحيل وذيبان في ريف دير الزور الشرقي بهجوم كبير."
    events = events_of(text, published="2024-08-07")
    assert len(events) == 2 and {e.place.admin1 for e in events if e.place} == {"Deir ez-Zor"}
    assert all(e.geo_precision == 1 for e in events)


def test_a_place_naming_the_people_is_not_where_the_bomb_went_off(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Fuaa and Kafraya residents had waited in Rashidin for a day before a bomb went off among the buses."
    events = events_of(text, published="2017-04-15")
    assert [(e.place.admin1, e.location_text) for e in events if e.place] == [("Aleppo", "Rashidin")]


def test_a_list_without_commas_keeps_every_listed_place(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants fired rocket shells on Wednesday at the neighborhoods of al-Khalidiye Nile Street al-Faid "
            "al-Sukkari al-Fardous and al-Salihin in Aleppo city, injuring 12 people.")
    places = {e.location_text for e in events_of(text, published="2016-12-14")}
    assert {"Nile Street", "al-Sukkari", "al-Fardous", "al-Salihin"} <= places


def test_the_town_a_listed_district_lies_in_is_no_item_of_the_list(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("وأكد مراسلنا أنّ العدوان الجوي الأميركي استهدف منطقة الصالحية في البوكمال والأحياء السكنية في الميادين "
            "وحي القصور في دير الزور.")
    assert "Abu Kamal" not in {e.place.name_en for e in events_of(text, published="2024-03-26")}
