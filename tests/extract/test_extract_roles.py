"""Who attacked whom: role rules on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest


def test_the_side_that_repelled_an_attack_is_its_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "تصدى الجيش السوري اليوم لهجوم نفذه مسلحو هيئة تحرير الشام على محور بلدة كفرنبل جنوبي إدلب."
    [event] = events_of(text)
    assert event.actor1.name == "HTS: Hayat Tahrir al-Sham"
    assert event.actor2.name.startswith("Military Forces of Syria")


def test_who_tried_to_infiltrate_started_the_clash(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'اندلعت اشتباكات بين مسلحي "الجيش الوطني" ومسلحي "قسد" إثر محاولة تسلل لـ"قسد" على قرية كيمار في ريف حلب الشمالي.'
    [event] = events_of(text)
    assert event.actor1.name == "SDF: Syrian Democratic Forces"
    assert event.actor2.name == "SNA: Syrian National Army"


def test_vehicles_belonging_to_a_group_make_it_the_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'استهدف الطيران التركي اليوم سيارة عسكرية تابعة لـ"قسد" في مدينة القامشلي.'
    [event] = events_of(text)
    assert event.actor1.name == "Military Forces of Turkey"
    assert event.actor2.name == "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize("text", [
    "قصفت طائرات حربية روسية اليوم مواقع لتنظيم داعش في بادية السخنة.",
    "Russian warplanes struck Islamic State positions near the town of Palmyra on Monday.",
])
def test_an_armed_group_named_in_an_air_strike_is_what_was_hit(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Russia"
    assert event.actor2.name == "Islamic State (Syria)"


def test_unflagged_warplanes_are_the_air_force_named_before(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدف الطيران التركي اليوم مواقع لقسد في ريف الحسكة. "
            "وقالت مصادر محلية إن الطيران الحربي نفذ غارات على محطة كهرباء في مدينة القامشلي.")
    events = events_of(text)
    assert events and all(e.actor1.name == "Military Forces of Turkey" for e in events)


def test_the_group_controlling_a_town_is_no_party_to_a_bombing_there(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'قتل 5 مدنيين اليوم بانفجار سيارة مفخخة في مدينة أعزاز الخاضعة لسيطرة "الجيش الوطني".'
    [event] = events_of(text)
    assert event.actor1.name == "Unidentified Armed Group (Syria)"
    assert event.actor2.name == "Civilians (Syria)"


def test_a_police_source_is_not_the_bomber(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "أكد مصدر في قيادة شرطة دمشق مقتل شخص بانفجار عبوة ناسفة في سيارته بحي المزة اليوم."
    [event] = events_of(text)
    assert event.actor1.name == "Unidentified Armed Group (Syria)"


def test_reinforcements_have_no_target_unless_one_is_named(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "أرسلت ميليشيا لواء القدس تعزيزات عسكرية إلى البادية السورية بعد نشاط خلايا تنظيم داعش."
    [event] = events_of(text)
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor2 is None


def test_an_english_spelling_no_gazetteer_lists_is_found(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Russian jets killed 12 fighters in the village of Kinsabba in Latakia countryside on Sunday."
    [event] = events_of(text)
    assert event.place.name_en == "Kansaba"
    assert event.geo_precision == 1


def test_a_later_sentence_naming_no_actor_continues_the_incident(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل 5 عسكريين اليوم في غارات شنتها الطائرات الأميركية على ريف دير الزور. "
            "وأكد مراسلنا أن الغارات استهدفت بلدة الصالحية في ريف البوكمال.")
    events = events_of(text)
    assert events and all(e.actor1.name == "Military Forces of the United States" for e in events)


def test_an_adjective_glued_to_the_next_word_still_names_the_attacker(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "أكد مراسلنا اليوم أن العدوان الجوي الأميركياستهدف بلدة الصالحية في ريف البوكمال."
    [event] = events_of(text)
    assert event.actor1.name == "Military Forces of the United States"


def test_a_police_source_in_english_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Three rocket shells fired by terrorists hit al-Sulaimaniyeh neighborhood in Aleppo on Monday killing "
            "3 children, a source at Aleppo Police Command said.")
    [event] = events_of(text)
    assert not event.actor1.name.startswith("Police")


def test_a_president_is_not_a_village(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Government warplanes killed 12 civilians in Douma on Monday, a blow to opponents of President Assad."
    events = events_of(text)
    assert events and all(e.place.admin1 == "Rural Damascus" for e in events)


def test_opposition_shelling_names_the_rebels(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Opposition shelling killed 12 civilians in the Hamdaniyeh neighbourhood of Aleppo on Sunday."
    [event] = events_of(text)
    assert event.actor1.name == "Opposition Rebels (Syria)"


def test_soldiers_killed_by_a_bomb_are_its_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "A tunnel blast killed 38 members of government forces in the old city of Aleppo on Monday."
    [event] = events_of(text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.name == "Unidentified Armed Group (Syria)"
    assert event.actor2.name.startswith("Military Forces of Syria")


def test_a_foiled_attack_is_a_battle(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "SDF fighters foiled an attack by Islamic State militants near the town of Manbij on Monday."
    [event] = events_of(text)
    assert event.sub_event_type == "Armed clash"


def test_the_organisation_means_isis_only_where_isis_is_named(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('استهدفت طائرة تركية مسيرة اليوم مقرا تابعا لـ"قسد" في مدينة عامودا، ما أدى إلى مقتل ثلاثة '
            "من عناصر التنظيم.")
    assert all(e.actor2 is None or e.actor2.name != "Islamic State (Syria)" for e in events_of(text))


def test_a_named_group_says_who_the_armed_men_were(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('استهدف سلاح الجو السوري اليوم المسلحين في بلدة كفرنبل، في غارات على مواقع لـ"هيئة تحرير الشام".')
    [event] = events_of(text)
    assert event.actor2.name == "HTS: Hayat Tahrir al-Sham"


def test_forces_auxiliary_to_the_army_are_the_ndf(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قتل اليوم أربعة عناصر من القوات الرديفة للجيش السوري بغارة لطائرة مسيرة أمريكية قرب بلدة الشحيل."
    [event] = events_of(text)
    assert event.actor2.name == "NDF: National Defence Forces"


def test_militants_of_a_named_group_are_that_group(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants of the so-called Jaysh al-Islam terrorist group fired rocket shells on Monday at homes in "
            "Douma, killing two citizens.")
    [event] = events_of(text, published="2016-03-08")
    assert event.actor1.name == "Jaish al-Islam"


def test_a_dateline_city_is_no_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "MOSCOW (Wire) An explosion occurred near a police station in the town of Jableh on Monday, media said."
    [event] = events_of(text, published="2016-03-08")
    assert event.actor1 is None or event.actor1.name.startswith("Unidentified")
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Syria")


def test_a_base_flagged_after_its_name_is_the_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "سقطت ثلاثة صواريخ اليوم على قاعدة خراب الجير العسكرية الأميركية في ريف المالكية."
    [event] = events_of(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"


def test_an_actor_of_an_incident_elsewhere_lends_no_role(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State militants executed two men in the town of Mayadin in Deir Ezzor on Sunday.\n"
            "In Damascus, a mortar shell hit the neighbourhood of al-Shaghour on Sunday, wounding a woman.")
    shelling = [e for e in events_of(text, published="2014-08-31") if e.sub_event_type.startswith("Shelling")]
    assert len(shelling) == 1 and (shelling[0].actor1 is None or "Islamic State" not in shelling[0].actor1.name)


def test_militants_after_a_group_name_are_that_group(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State militants executed two men in the town of Mayadin in Deir Ezzor on Sunday."
    [event] = events_of(text, published="2014-08-31")
    assert event.sub_event_type == "Attack" and event.actor1.name == "Islamic State (Syria)"


def test_soldiers_killed_beside_the_wounded_were_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'أعلنت القيادة الأميركية اليوم أن "ثلاثة من الجنود الأميركيين قتلوا وأصيب 20 في هجوم بطائرة مسيرة على قاعدة في شمال شرق الأردن".'
    [event] = events_of(text)
    assert event.place.admin1 == "Mafraq"
    assert event.actor2.name == "Military Forces of the United States"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_the_group_holding_a_district_is_not_its_shelling_s_author(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Artillery shells hit a market in rebel-held Douma on Monday, killing four civilians."
    [event] = events_of(text, published="2016-10-10")
    assert event.actor1 is None or "Rebels" not in event.actor1.name


def test_a_member_who_speaks_for_a_party_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded in the town of Qamishli on Monday, killing three people, a member of the "
            "Kurdish National Council, Ahmad Ali, said.")
    [event] = events_of(text, published="2016-10-10")
    assert all(a is None or "Kurdish National Council" not in a.name for a in (event.actor1, event.actor2))


def test_russia_s_aerospace_forces_strike_from_the_air(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's Aerospace Forces attacked Islamic State positions near the town of Mayadin on Monday."
    [event] = events_of(text, published="2017-10-02")
    assert event.actor1.name == "Military Forces of Russia" and event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(("text", "actor1"), [
    ("Terrorist organizations affiliated to Jabhat al-Nusra fired a mortar shell on a neighborhood in Daraa city "
     "on Friday.", "Al-Nusra Front"),
    ("President Bashar al-Assads air force attacked a crowded market in the town of Douma on Friday, killing 11 "
     "people.", "Military Forces of Syria (2000-2024)"),
])
def test_who_fired_is_the_group_named(events_of, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2016-07-01")
    assert event.actor1.name == actor1


@pytest.mark.parametrize(("text", "sub_type"), [
    ("استهدفت القوات المسلحة اليمنية اليوم مدينة إيلات جنوبي فلسطين المحتلة.", "Shelling/artillery/missile attack"),
    ("قال متحدث عسكري في صنعاء إن القوات المسلحة اليمنية استهدفت اليوم بطائرات مسيرة مدينة إيلات في فلسطين المحتلة.",
     "Air/drone strike"),
])
def test_yemen_s_armed_forces_strike_eilat_from_afar(events_of, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2023-12-26")
    assert (event.actor1.name, event.sub_event_type, event.place.name_en) == (
        "Military Forces of Yemen (2017-) Houthi", sub_type, "Eilat")


def test_the_islamic_resistance_without_its_country_is_the_one_the_article_names(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أصدرت المقاومة الإسلامية في لبنان بياناً جديداً. وفي هذا الإطار، استهدفت المقاومة الإسلامية، اليوم، "
            'ثكنة "راميم" الإسرائيلية بالأسلحة الصاروخية.')
    events = events_of(text, published="2024-02-25")
    assert [(e.place.name_en, e.actor1.name) for e in events] == [("Ramim barracks", "Hezbollah")]


def test_the_army_in_scare_quotes_is_israel_s(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'وأعلن "الجيش" اليوم مقتل جندي بصاروخ مضاد للدروع أطلق من لبنان على مستوطنة المطلة.'
    events = events_of(text, published="2024-04-26")
    named = {e.actor1.name for e in events if e.actor1} | {e.actor2.name for e in events if e.actor2}
    assert "Military Forces of Israel" in named
    assert not {n for n in named if n.startswith("Military Forces of Syria") or n.startswith("Jaysh")}


def test_who_besieges_a_base_did_not_bomb_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Two suicide bombers blew themselves up inside an army base in the town of Tabqa, under siege by opposition forces, on Monday."
    [event] = events_of(text, published="2014-03-04")
    assert event.actor1 is None or "Rebels" not in event.actor1.name


@pytest.mark.parametrize("text", [
    "Militants fired rocket shells at residential neighborhoods in the town of Douma on Thursday.",
    "أطلق مسلحون اليوم قذائف صاروخية على الأحياء السكنية في مدينة محردة.",
])
def test_shells_on_homes_target_civilians(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2016-03-10")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"


@pytest.mark.parametrize(("text", "actor1"), [
    ("استهدفت طائرات مجهولة يعتقد أنها إسرائيلية، اليوم، رتل شاحنات قرب معبر البوكمال.", "Military Forces of Israel"),
    ("A drone believed to be American struck a car near the town of Mayadin on Sunday.",
     "Military Forces of the United States"),
])
def test_aircraft_believed_to_be_a_country_s_are_coded_to_it(events_of, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2023-01-29")
    assert event.actor1.name == actor1


def test_another_attack_by_a_group_makes_it_the_attacker(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'وتزامن ذلك اليوم مع هجوم آخر لحركة "أحرار الشام" على محور بلدة حزارين جنوبي إدلب.'
    [event] = events_of(text)
    assert event.actor1.name == "Ahrar al-Sham"


def test_what_an_attack_answers_names_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('رداً على دعم واشنطن لـ"إسرائيل" في عدوانها على غزة، استهدفت المقاومة الإسلامية في العراق اليوم '
            "قاعدة الشدادي الأميركية بطائرة مسيرة.")
    [event] = events_of(text)
    assert event.actor2.name == "Military Forces of the United States"


def test_the_parent_of_an_affiliate_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber from al-Qaeda's Syrian affiliate al-Nusra Front killed 25 soldiers in western Aleppo "
            "on Monday.")
    [event] = events_of(text, published="2015-07-07")
    assert all(a is None or a.name != "Al Qaeda" for a in (event.actor1, event.actor2))


def test_the_group_a_branch_belongs_to_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Shells fired by al-Nusra Front, the Syrian branch of al-Qaeda, hit the town of Nubbul on Friday, "
            "killing two civilians.")
    [event] = events_of(text, published="2016-06-24")
    assert all(a is None or a.name != "Al Qaeda" for a in (event.actor1, event.actor2))


def test_a_wedding_of_a_member_of_a_force_is_a_civilian_gathering(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber blew himself up inside a hall in the village of Tal Tawil during the wedding of a "
            "member of the Syrian Democratic Forces on Monday, killing at least 22 civilians.")
    [event] = events_of(text, published="2016-10-04")
    assert event.actor1 is None or "Democratic" not in event.actor1.name
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"


def test_members_of_a_force_who_were_killed_were_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "A roadside bomb killed five members of the Syrian Democratic Forces near the town of Shaddadi on Monday."
    [event] = events_of(text, published="2016-10-04")
    assert event.actor2 is not None and event.actor2.name == "SDF: Syrian Democratic Forces"


def test_unknown_aircraft_named_elsewhere_as_a_state_s_are_its(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدفت طائرات مجهولة اليوم رتل شاحنات قرب معبر البوكمال.\n"
            "وأكدت المصادر أن طائرات مجهولة يعتقد أنها إسرائيلية استهدفت الرتل قرب معبر البوكمال.")
    [event] = events_of(text)
    assert event.actor1.name == "Military Forces of Israel"


def test_a_group_whose_members_were_killed_was_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Russian warplanes killed 10 ISIS members near the town of Palmyra on Monday."
    [event] = events_of(text, published="2016-02-01")
    assert event.actor2 is not None and event.actor2.name == "Islamic State (Syria)"


def test_the_two_armies_strike_as_the_syrian_army(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'قتل اليوم عشرة مسلحين في غارات للجيشين السوري والروسي على مواقع "هيئة تحرير الشام" في بلدة سرجة.'
    [event] = events_of(text, published="2023-06-27")
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(("text", "actor2"), [
    ('اندلعت اليوم اشتباكات عنيفة بين عناصر "قسد" وأهالي بلدة الشحيل في ريف دير الزور.',
     "Unidentified Tribal Militia (Syria)"),
    ("اندلعت اليوم اشتباكات بين عناصر الجيش السوري وأهالي بلدة طفس في ريف درعا.", "Unidentified Armed Group (Syria)"),
])
def test_residents_who_fight_are_armed_locals(events_of, text: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.sub_event_type == "Armed clash" and event.actor2 is not None and event.actor2.name == actor2


def test_a_party_to_another_clause_is_no_party_to_reinforcements(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('استقدمت القوات الأميركية اليوم تعزيزات إلى قاعدة حقل العمر، بالتزامن مع هجوم العشائر على '
            '"قسد" في ريف دير الزور.')
    changes = [e for e in events_of(text) if e.sub_event_type == "Change to group/activity"]
    assert changes and all(e.actor2 is None for e in changes)


def test_the_country_fighters_came_from_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian air strikes killed 17 militants in the village of Kanasba on Tuesday who had been crossing "
            "the border from Turkey.")
    [event] = events_of(text, published="2016-03-08")
    assert all(a is None or "Turkey" not in a.name for a in (event.actor1, event.actor2))


def test_a_peaceful_protest_keeps_no_second_party_when_merged(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('خرجت اليوم تظاهرة في مدينة إدلب للمطالبة بإسقاط زعيم "هيئة تحرير الشام"، وفشل الجهاز الأمني في '
            "تفريق المتظاهرين.\n"
            "وأكد المراسل خروج التظاهرة في مدينة إدلب اليوم.")
    peaceful = [e for e in events_of(text) if e.sub_event_type == "Peaceful protest"]
    assert all(e.actor2 is None for e in peaceful)


def test_a_fight_that_goes_on_keeps_its_two_sides(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('تصدى الجيش السوري اليوم لهجوم نفذه مسلحو "أنصار التوحيد" على محور بلدة الملاجة جنوبي إدلب.\n'
            "وأكدت المراسلة أن الاشتباكات مستمرة قرب بلدة حزارين مع عمليات تمشيط واسعة للجيش السوري.")
    battles = {e.location_text: e for e in events_of(text)}
    assert battles["حزارين"].actor1.name == "Ansar al-Tawhid"


def test_units_of_an_army_that_retook_ground_are_its_actors(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Units of the army regained control over several hills near the town of al-Qaryatain on Tuesday."
    [event] = events_of(text, published="2016-03-08")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.name.startswith("Military Forces of Syria")


def test_the_ministry_of_defence_before_december_2024_is_the_old_army(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت وزارة الدفاع اليوم أن وحدات الجيش نفذت ضربات مدفعية على مقار الإرهابيين في ريف حماة الشمالي.")
    events = events_of(text, published="2023-08-23")
    assert events and all(e.actor1 is None or e.actor1.name != "Military Forces of Syria (2024-)" for e in events)


def test_the_same_hand_elsewhere_does_not_carry_its_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('استهدف الطيران التركي اليوم مواقع لـ"قسد" في مدينة القامشلي، بالتزامن مع قصف مدفعي على قرى في '
            "ريف عفرين.")
    shelling = [e for e in events_of(text) if e.sub_event_type.startswith("Shelling")]
    assert len(shelling) == 1 and shelling[0].actor2 is None


def test_the_force_that_announces_an_arson_did_not_commit_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('أعلنت قوى الأمن الداخلي الكردية "الأسايش" اليوم في بيان قيام مجهولين بإحراق مقر المجلس الوطني الكردي '
            "في مدينة القامشلي.")
    [event] = events_of(text)
    assert event.actor1.name == "Unidentified Armed Group (Syria)"


def test_an_unclaimed_bombing_goes_to_the_group_that_claimed_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber blew himself up at a wedding hall in the town of Tal Tamr on Monday, killing 22 "
            "civilians.\nIslamic State said in a statement that one of its fighters had struck a gathering near "
            "Hassakeh city.")
    [event] = events_of(text, published="2016-10-04")
    assert event.actor1.name == "Islamic State (Syria)"


def test_a_claim_for_an_attack_elsewhere_credits_nothing_here(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("سقطت قذيفتان صاروخيتان اليوم على حقل العمر النفطي في ريف دير الزور.\n"
            "وتبنت المقاومة الإسلامية في العراق أمس استهداف قاعدة في محافظة الأنبار غرب العراق.")
    shelling = [e for e in events_of(text) if e.location_text == "حقل العمر النفطي"]
    assert shelling and all(e.actor1 is None or e.actor1.name.startswith("Unidentified") for e in shelling)


def test_the_group_named_right_after_as_behind_an_attack_did_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قتل اليوم ثلاثة جنود أميركيين في هجوم بطائرة مسيرة على قاعدة في شمال شرق الأردن.\n"
            'وقال الرئيس الأميركي إن "الهجوم نفذته جماعات متشددة مدعومة من إيران".')
    [event] = events_of(text)
    assert event.actor1.name == "Iran-backed militias (Syria)"


@pytest.mark.parametrize("text", [
    "تعرضت القوات الأميركية في حقل العمر لهجوم صاروخي اليوم.",
    "وكانت تتعرض القواعد الأميركية في حقل العمر لقصف صاروخي عنيف صباح اليوم.",
    "US forces came under attack near al-Omar oil field today.",
    "القوات الأميركية في قاعدة حقل العمر، شرقي دير الزور، تتعرض لقصف صاروخي اليوم.",
])
def test_the_force_that_underwent_an_attack_is_its_target(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.actor2.name == "Military Forces of the United States"
    assert event.actor1 is None or event.actor1.name.startswith("Unidentified")


@pytest.mark.parametrize(("text", "place"), [
    ("Drones targeted the US base at al-Tanf today.", "al-Tanf"),
    ("استهدفت طائرة مسيرة قاعدة التنف صباح اليوم.", "قاعدة التنف"),
    ("تعرضت قاعدة حميميم الروسية لهجوم بطائرات مسيرة صباح اليوم.", "قاعدة حميميم"),
])
def test_a_base_that_names_a_force_is_still_the_place_hit(events_of, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.location_text == place
    assert event.place is not None and event.place.kind in ("base", "airport")
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of")
    assert event.actor1 is None or event.actor1.name.startswith("Unidentified")


def test_a_group_whose_spokesman_tells_of_an_attack_is_no_party_to_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Jaish al-Islam spokesman Abu Omar said on Friday that IS fighters had shelled the town of Douma."
    [event] = events_of(text, published="2016-07-02")
    assert "Jaish al-Islam" not in {event.actor1.name, event.actor2 and event.actor2.name}


def test_the_group_a_drone_belongs_to_flew_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قتل اليوم مدنيان بقصف من طائرة مسيرة تابعة للجماعات المسلحة على قرية الربيعة بريف حماة."
    [event] = events_of(text)
    assert event.actor2.name == "Civilians (Syria)"
    assert event.actor1.name != "Civilians (Syria)"


def test_the_anti_jihadist_coalition_is_the_global_coalition(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Warplanes from the international anti-jihadist coalition struck Syrian forces near Deir Ezzor today."
    [event] = events_of(text)
    assert event.actor1.name == "Global Coalition Against Daesh"
    assert event.actor2.name.startswith("Military Forces of Syria")


def test_a_sweida_faction_is_coded_as_the_communal_militias(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("هاجم مسلحو حركة رجال الكرامة اليوم حاجزاً لقوات النظام في مدينة السويداء.")
    assert event.actor1.name == "Sweida communal militias (Syria)"


def test_coalition_warplanes_are_the_us_led_coalition(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Coalition warplanes struck IS positions near Raqqa today.")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of the United States", "Islamic State (Syria)")


def test_unflagged_soldiers_in_gaza_are_the_israeli_army(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("وأوضحت أن مقاتليها تمكنوا اليوم من قنص 3 جنود في حي القصاصيب بمخيم جباليا شمالي قطاع غزة.")
    assert event.actor2.name == "Military Forces of Israel"


def test_a_village_that_undergoes_shelling_leaves_its_attacker_the_attacker(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("هاجمت قسد اليوم قرية ذيبان التي تتعرض لقصف متواصل.")
    assert event.actor1.name == "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize(("published", "expected"), [
    ("2015-06-16", "YPG: People's Protection Units"),  # before the SDF was formed
    ("2017-06-16", "SDF: Syrian Democratic Forces"),
])
def test_kurdish_fighters_are_the_force_of_their_time(events_of, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Kurdish fighters seized the village of Tal Abyad today.", published=published)
    assert event.actor1.name == expected


@pytest.mark.parametrize("text", [
    "Government forces backed by Russia recaptured the town of Palmyra today.",
    "استعادت قوات الجيش السوري بدعم من القوات الروسية السيطرة على بلدة خان طومان اليوم.",
])
def test_a_backer_is_no_opponent_of_the_side_it_backs(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.actor1.name.startswith("Military Forces of Syria")
    assert event.actor2 is None or event.actor2.name != "Military Forces of Russia"


def test_whose_warplanes_back_a_side_carries_out_the_air_strike(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("The SDF backed by coalition warplanes attacked IS positions near Tabqa today.",
                        published="2017-03-10")
    assert event.sub_event_type == "Air/drone strike"
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of the United States", "Islamic State (Syria)")


def test_a_threat_a_post_guards_against_is_no_party(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("استهدفت طائرة مسيرة أميركية اليوم سيارة عسكرية قرب بلدة الدوير في ريف دير الزور "
                        "أثناء توجهها إلى نقطة تحمي مدينة البوكمال من تسلل عناصر تنظيم داعش.")
    assert event.actor1.name == "Military Forces of the United States"
    assert event.actor2 is None or event.actor2.name != "Islamic State (Syria)"


def test_syrian_fighter_jets_are_the_syrian_air_force(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Syrian fighter jets targeted IS positions in the town of al-Bab today.",
                        published="2016-02-17")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Syria (2000-2024)", "Islamic State (Syria)")


def test_syrian_rebels_firing_rockets_are_not_the_army(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("A barrage of rocket fire from Syrian rebels killed 14 people in Aleppo today.",
                        published="2016-08-10")
    assert not event.actor1.name.startswith("Military Forces of Syria")


def test_the_people_a_number_counts_as_killed_were_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("More than 30 Syrian rebels were killed in an IS suicide blast near Aleppo today.",
                        published="2016-08-15")
    assert (event.actor1.name, event.actor2.name) == ("Islamic State (Syria)", "Opposition Rebels (Syria)")


def test_the_side_fought_in_clashes_with_is_no_associate(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Seventy militants were killed in clashes with the Syrian army near Aleppo today.",
                        published="2016-08-18")
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"
    assert event.assoc_actor_1 == ()


def test_civilians_hit_with_soldiers_are_never_the_attackers(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Two car bombs killed 25 people and wounded soldiers at a checkpoint in Homs today.",
                        published="2014-04-09")
    assert event.actor1 is None or event.actor1.name != "Civilians (Syria)"


def test_the_force_whose_bases_were_hit_is_the_target(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("واستهدفت مسيرات اليوم قواعد الاحتلال الأميركي في حقل كونيكو بريف دير الزور.")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"
    assert event.actor1 is None or event.actor1.name != "Military Forces of the United States"


def test_the_resistance_is_the_one_resistance_group_the_article_names(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت المقاومة الإسلامية في العراق أمس استهداف قاعدة حرير في أربيل. "
            "كما استهدفت المقاومة اليوم قواعد الاحتلال الأميركي في حقل كونيكو بريف دير الزور بضربات صاروخية.")
    [event] = [e for e in events_of(text) if e.place and e.place.admin1 == "Deir ez-Zor"]
    assert event.actor1.name == "Islamic Resistance in Iraq"


def test_resistance_factions_are_no_one_group(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت المقاومة الإسلامية في العراق أمس استهداف قاعدة حرير في أربيل. "
            "واستهدفت فصائل المقاومة اليوم القاعدة الأميركية في حقل كونيكو بريف دير الزور بضربات صاروخية.")
    [event] = [e for e in events_of(text) if e.place and e.place.admin1 == "Deir ez-Zor"]
    assert event.actor1 is None or event.actor1.name != "Islamic Resistance in Iraq"


def test_army_units_are_the_syrian_army(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("On Tuesday army units destroyed a convoy of terrorists vehicles near Quneitra.",
                        published="2015-02-24")
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


def test_protesters_who_gathered_are_no_target(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("وتجمع المتظاهرون اليوم في ساحة مدينة السويداء مطالبين بتحسين الأوضاع المعيشية.")
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")


@pytest.mark.parametrize("text", [
    "Government troops and their allies from the Lebanese militia Hezbollah seized the town of Qusayr today.",
    "استعاد الجيش السوري وحلفاؤه من حزب الله اللبناني اليوم مدينة القصير في ريف حمص.",
])
def test_allies_named_after_a_force_fight_beside_it(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text)
    assert event.actor1.name.startswith("Military Forces of Syria")
    assert event.actor2 is None or event.actor2.name != "Hezbollah"


def test_reinforcements_belonging_to_a_force_are_that_force_moving(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of('وصلت اليوم تعزيزات عسكرية تابعة لـ"قسد" إلى مدينة دير الزور قادمة من الحسكة.')
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1.name == "SDF: Syrian Democratic Forces"
    assert event.actor2 is None


@pytest.mark.parametrize("text", [
    "Helicopters dropped barrel bombs on the town of Darayya in Rural Damascus today, killing five civilians.",
    "ألقت مروحيات براميل متفجرة على بلدة كفرنبل في ريف إدلب اليوم ما أدى إلى مقتل ثلاثة مدنيين.",
])
def test_barrel_bombs_nobody_is_credited_with_are_the_government_s(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2016-05-14")
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


def test_barrel_bombs_credit_no_force_after_the_government_fell(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Helicopters dropped barrel bombs on the town of Darayya in Rural Damascus today.",
                       published="2025-03-01")
    assert all(e.actor1 is None or not e.actor1.name.startswith("Military Forces of Syria") for e in events)


def test_war_planes_in_two_words_are_warplanes(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Syrian regime war planes bombed the town of Sarmada in Idlib province today, killing six.",
                        published="2016-05-14")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize("text", [
    "قال مصدر محلي إن قصفاً بالطائرات المسيرة استهدف القوات الأميركية في الشدادي بريف الحسكة اليوم.",
    "استهدفت طائرات مسيرة القوات الأميركية في الشدادي بريف الحسكة اليوم.",
])
def test_a_force_named_after_the_strike_and_its_verb_was_the_target(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published="2024-02-03")
    assert event.actor2.name == "Military Forces of the United States"
    assert event.actor1.name == "Unidentified Armed Group (Syria)"


def test_aircraft_of_a_force_are_its_own(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("نفذت طائرات الاحتلال الإسرائيلي غارات على مواقع في ريف حلب الجنوبي فجر اليوم.",
                        published="2024-02-03")
    assert event.actor1.name == "Military Forces of Israel"


@pytest.mark.parametrize("text", [
    "وأفادت مصادر محلية بأن قصفاً صاروخياً استهدف أيضاً، القوات الأميركية في الشدادي بريف الحسكة اليوم.",
    "أعلنت المقاومة الإسلامية في العراق اليوم استهدافها قاعدة الشدادي، التي تضم قوات أميركية، بطائرة مسيرة.",
    "أعلنت المقاومة الإسلامية في العراق اليوم استهداف القاعدتين الأميركيتين في الشدادي وخراب الجير بالطائرات المسيرة.",
])
def test_the_forces_a_targeted_base_houses_are_the_target(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(text, published="2024-01-11")
    assert events and all(e.actor2 is not None and e.actor2.name == "Military Forces of the United States"
                          and e.actor1.name != e.actor2.name for e in events)


def test_the_resistance_named_in_full_flies_the_drones_it_is_said_to_strike_with(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قالت القوات الأميركية إنها رصدت تحركات في المنطقة. أعلنت المقاومة الإسلامية للعراق استهداف قاعدة "
            "للاحتلال الأميركي. وقالت إن المقاومة استهدفت اليوم قاعدة الشدادي بطائرتين مسيرتين.")
    events = events_of(text, published="2023-10-30")
    assert events and all(e.actor1.name == "Islamic Resistance in Iraq" for e in events)


def test_a_force_named_by_its_air_strikes_flies_those_told_next(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Beirut Syrian government air strikes on rebel-held towns across the country killed at least 30 people on "
            "Monday and wounded dozens a monitor said. In Jassem in the southern province of Daraa 16 civilians "
            "were killed in four air strikes while 20 were wounded the monitor said.")
    events = events_of(text, published="2015-02-02")
    assert events and all(e.actor1.name == "Military Forces of Syria (2000-2024)" for e in events)


def test_a_convoy_of_the_occupation_that_entered_a_town_is_its_deployment(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("كثفت قوات الاحتلال الأميركي تحركاتها في سوريا. وأفادت مصادر محلية بأن رتلاً للاحتلال مكوناً من "
            "30 ناقلة تحرسها عربات مدرعة دخلت مدينة الشدادي جنوبي الحسكة.")
    [event] = events_of(text, published="2023-07-29")
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1.name == "Military Forces of the United States" and event.actor2 is None


def test_a_zionist_air_attack_is_israel_s(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("قتل مستشار عسكري إيراني جراء اعتداء جوي صهيوني على دير الزور شرق سوريا يوم أمس.",
                        published="2024-03-26")
    assert event.actor1.name == "Military Forces of Israel"


def test_a_force_targeted_after_a_glued_outlet_name_is_the_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "وأكدت مصادرالمياديناستهداف القوات الأميركية في قاعدة تل بيدر بريف الحسكة اليوم."
    [event] = events_of(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified")


def test_a_force_targeted_after_a_glued_place_name_is_the_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "وأعلنت المقاومة الإسلامية في العراقاستهداف القوات الأميركية قرب مطار أربيل بطائرة مسيرة اليوم."
    [event] = events_of(text)
    assert event.actor1 is not None and event.actor1.name == "Islamic Resistance in Iraq"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"


def test_air_defences_that_met_a_strike_are_its_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "وليل أمس، تحدث مصدر عسكري عنعدوان إسرائيلي استهدف نقاطاً في محيط مدينة حمص، مؤكداً تصدي الدفاعات الجوية للعدوان."
    [event] = events_of(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Syria")
    assert event.actor1 is None or not event.actor1.name.startswith("Military Forces of Syria")


def test_an_attack_on_a_us_held_base_hits_the_us_forces(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("تواصل القوات الأميركية تعزيز مواقعها في ريف دير الزور.\n"
            "وسقطت اليوم عدة صواريخ على حقل كونيكو في ريف دير الزور الشمالي.")
    [event] = events_of(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"


def test_the_group_named_leads_the_other_groups_with_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("On Friday 16 civilians were killed when Jabhat al-Nusra terrorists and other terrorist groups "
            "targeted with dozens of rocket shells al-Midan neighborhood in Aleppo.")
    [event] = events_of(text, published=dt.date(2016, 4, 30))
    assert event.actor1 is not None and event.actor1.name == "Al-Nusra Front"


def test_the_two_air_forces_named_in_the_dual_lead_with_the_syrian_one(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "نفّذ سلاحا الجو السوري والروسي صباح اليوم سلسلة غارات على مواقع للمسلحين في بلدة سرجة بريف إدلب."
    [event] = events_of(text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria (2000-2024)"


def test_gunmen_belonging_to_a_faction_are_that_faction(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('وشنّ مسلحون، يتبعون فصيل "جيش مقاتلي العشائر"، اليوم هجوماً مسلحاً على مقر لـ"قسد" '
            "في بلدة ذيبان بريف دير الزور الشرقي.")
    [event] = events_of(text)
    assert event.actor1 is not None and event.actor1.name == "Unidentified Tribal Militia (Syria)"


def test_a_possessive_that_lost_its_apostrophe_still_names_the_side(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "On Thursday the Syrian armys artillery pounded ISILs positions in the town of al-Qaryatain."
    [event] = events_of(text, published=dt.date(2016, 8, 18))
    assert event.actor1 is not None and event.actor1.name.startswith("Military Forces of Syria")
    assert event.actor2 is not None and event.actor2.name == "Islamic State (Syria)"


def test_the_force_an_attack_reached_is_its_target(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "ولفت المسؤول إلى الاستهداف الصاروخي الذي طال القوات الأميركية في قاعدة الشدادي صباح اليوم."
    [event] = events_of(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of the United States"
    assert event.actor1 is None or event.actor1.name != "Military Forces of the United States"


def test_a_news_source_that_does_the_deed_is_its_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("استهدف الجيش الإسرائيلي اليوم موقعاً قرب بلدة السيدة زينب في ريف دمشق.", published="2023-12-25")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel"


def test_an_undated_article_names_forces_as_on_its_events_day(events_of) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of("Syrian army shelling killed six people in the Salah al-Din district of Aleppo on 19 April 2017.",
                        published=None)
    assert event.actor1.name == "Military Forces of Syria (2000-2024)"


def test_an_actorless_sentence_does_not_borrow_the_hands_of_another_story(events_of) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(["ويرى محللون أن المنطقة كلها تقف على حافة مرحلة جديدة من الصراع السياسي والعسكري."] * 6)
    text = ("اشتبك مقاتلو حركة حماس اليوم مع الجيش الإسرائيلي في مدينة خان يونس جنوبي قطاع غزة. " + filler +
            " وتحولت الأحداث اليوم إلى عمليات اقتحام وسيطرة على مواقع في بلدة ذيبان بريف دير الزور الشرقي.")
    events = [e for e in events_of(text, published="2024-08-07") if e.place and e.place.admin1 == "Deir ez-Zor"]
    assert events and all(e.actor1 is None or "Israel" not in e.actor1.name for e in events)
