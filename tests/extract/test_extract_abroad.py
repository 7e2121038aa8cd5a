"""Articles about neighbouring countries: flags after quoted forces, homonyms, actors of the right country."""

from __future__ import annotations

import datetime as dt

import pytest


def test_a_quoted_army_takes_the_flag_after_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'قصف "الجيش" الإسرائيلي اليوم أطراف بلدة الخيام في جنوب لبنان بالمدفعية.'
    events = events_of(text)
    assert events and all(e.actor1.name == "Military Forces of Israel" for e in events)


def test_civilians_are_those_of_the_country_the_event_is_in(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قتل 3 مدنيين اليوم بقصف إسرائيلي على منازل في مخيم النصيرات وسط قطاع غزة."
    [event] = events_of(text)
    assert event.actor2.name == "Civilians (Palestine)"


def test_a_west_bank_town_is_not_its_syrian_homonym(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("اقتحمت قوات الاحتلال الإسرائيلي اليوم مدينة نابلس في الضفة الغربية. "
            "واندلعت اشتباكات بين المقاومين الفلسطينيين وقوات الاحتلال في جنين.")
    events = events_of(text)
    assert events and all(e.place.country == "Palestine" for e in events)


def test_the_health_system_is_not_the_regime(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قتل 5 مدنيين اليوم بقصف على مدينة رفح وسط انهيار النظام الصحي في قطاع غزة."
    [event] = events_of(text)
    assert "Syria" not in (event.actor1.name if event.actor1 else "")


def test_a_call_for_a_ceasefire_is_no_clash(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "دعت الخارجية اليوم إلى وقف فوري لإطلاق النار في غزة."
    assert all(e.event_type != "Battles" for e in events_of(text))


def test_the_unflagged_occupation_is_the_one_the_article_names(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ('أعلنت المقاومة الإسلامية في العراق اليوم استهداف قوات الاحتلال الأميركي في قاعدة الشدادي. '
            'وجاء في بيانها: "هاجمنا قاعدة الاحتلال في حقل كونيكو بريف دير الزور برشقة صاروخية".')
    events = events_of(text)
    assert events and all(e.actor2.name == "Military Forces of the United States" for e in events)


def test_a_sentence_set_in_another_country_borrows_no_place_from_this_one(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State fighters attacked Kurdish positions in the town of Kobane on Monday. "
            "In Iraq meanwhile a suicide bomber killed nine soldiers at a checkpoint on Monday.")
    events = events_of(text)
    assert all(e.place.country == "Iraq" for e in events if e.sub_event_type == "Suicide bomb")
    assert any(e.place.name_en == "Kobane" or "Kobani" in e.place.name_en for e in events)


def test_a_target_placed_in_a_country_borrows_no_place_from_another(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("قصفت الطائرات الإسرائيلية اليوم مدينة غزة. "
            "وتعرّضت القواعد العسكرية الأميركية في العراق اليوم لهجمات بالطائرات المسيرة.")
    events = events_of(text, published=dt.date(2023, 11, 5))
    # (the bases' attack is not a telling of the strike on Gaza: their forces were not its target)
    assert [(e.place.country, e.actor2) for e in events] == [("Palestine", None)]


def test_bases_named_in_quotes_are_found(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of('أعلنت المقاومة الإسلامية في العراق اليوم استهداف قاعدة "عين الأسد" الأميركية بالطائرات المسيرة. '
                       'وأعلنت أيضاً استهداف قاعدة "القرية الخضراء" في ريف دير الزور بالطائرات المسيرة.',
                       published="2024-02-03")
    assert {(e.place.country, e.place.admin1) for e in events} == {("Iraq", "Anbar"), ("Syria", "Deir ez-Zor")}


def test_the_war_on_gaza_named_whole_is_the_backdrop_of_news_from_elsewhere(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدفت طائرة مسيرة اليوم الأحد قاعدة التنف الأميركية في ريف حمص. "
            "ويأتي الهجوم في وقت تشن فيه الطائرات الإسرائيلية غارات على قطاع غزة.")
    events = events_of(text)
    assert events and all(e.place.country == "Syria" for e in events if e.place)


def test_the_war_on_gaza_is_news_where_the_lead_is_about_gaza(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("شنت الطائرات الإسرائيلية اليوم الأحد غارات على قطاع غزة. "
            "وقال الدفاع المدني إن فرقه تعمل على انتشال الجرحى.")
    assert any(e.place and e.place.admin1 == "Gaza Strip" for e in events_of(text))


def test_a_war_going_on_is_no_incident_beside_the_news(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "قصفت مدفعية الجيش اليوم بلدة كفرنبل في ريف إدلب، بينما يستمر العدوان الإسرائيلي على قطاع غزة."
    assert [e.place.admin1 for e in events_of(text) if e.place] == ["Idlib"]


@pytest.mark.parametrize("text", [
    "نعت الفصائل اليوم القائد الذي شارك في معارك البادية ومحيط حلب.",
    "قال المراسل اليوم إن القائد تعرض لعدة محاولات اغتيال خلال الأعوام الماضية في دمشق.",
    'وقالت المراسلة اليوم إن القائد "كان من الثابتين لصد هجوم غربي حلب".',
])
def test_a_commanders_life_story_is_no_incident(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_of(text)


@pytest.mark.parametrize("text", [
    "أحبطت الأجهزة الأمنية اليوم مخططاً لتنظيم داعش يستهدف تفجير مستشفى في بيروت بطائرة مسيرة مفخخة.",
    "Security forces foiled an Islamic State plot to bomb a hospital in Beirut on Monday.",
])
def test_the_target_of_a_foiled_plot_is_not_attacked(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.event_type != "Explosions/Remote violence" for e in events_of(text))


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("قصفت المدفعية الإسرائيلية اليوم أطراف بلدة حولا في جنوب لبنان.", "Lebanon", "Nabatieh"),
    # Israel named by another name, the rockets the means of "targeted" after a long aside
    ("استهدفت المقاومة الإسلامية في لبنان، رداً على الاعتداءات على القرى الجنوبية، ثكنة بيريا في شمال فلسطين "
     "المحتلة بصواريخ الكاتيوشا.", "Israel", "Northern District"),
    ("استهدف حزب الله اليوم مستوطنة شتولا بالصواريخ.", "Israel", "Northern District"),
    ("استهدف حزب الله اليوم موقع السماقة في مزارع شبعا المحتلة بالصواريخ.", "Lebanon", "Nabatieh"),
    ("قصفت المسيرات التركية اليوم مدينة المالكية شمال شرقي الحسكة.", "Syria", "Hasakah"),
    ("استهدفت غارة من مسيرة إسرائيلية اليوم سيارة قرب بلدة الصويري في البقاع الغربي.", "Lebanon", "Beqaa"),
    ("شنت الطائرات الإسرائيلية اليوم غارة على أطراف بلدة سحمر.", "Lebanon", "Beqaa"),
    ("قصفت المدفعية الإسرائيلية اليوم أطراف بلدة شقرا في جنوب لبنان.", "Lebanon", "Nabatieh"),
    ("استهدفت غارة إسرائيلية اليوم دراجة نارية في بلدة طير دبا في قضاء صور جنوب لبنان.", "Lebanon", "South Lebanon"),
])
def test_the_villages_and_posts_of_the_lebanese_front(events_of, text: str, country: str,  # type: ignore[no-untyped-def]
                                                      admin1: str) -> None:
    [event] = events_of(text)
    assert event.place is not None and (event.place.country, event.place.admin1) == (country, admin1)


@pytest.mark.parametrize("text", [
    "أعلنت المقاومة الإسلامية في لبنان اليوم استهدافها موقع راميا في شمال فلسطين المحتلة بالأسلحة المناسبة.",
    # the weapon the sentence names, not the drone of the next one
    "أعلنت المقاومة الإسلامية في لبنان اليوم استهدافها موقع جل العلام في شمال فلسطين المحتلة بصواريخ فلق. "
    "وحلقت مسيرة إسرائيلية فوق المنطقة.",
])
def test_a_post_the_resistance_says_it_targeted_is_shelled(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [event] = events_of(text, published=dt.date(2024, 3, 28))
    assert (event.sub_event_type, event.actor1.name) == ("Shelling/artillery/missile attack", "Hezbollah")


def test_a_states_targeting_named_by_its_adjective_is_its_strike(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "تحدث المراسل في قطاع غزة اليوم عن استهداف إسرائيلي مركّز على مخيم المغازي ودير البلح."
    events = events_of(text)
    assert [e.place.name_en for e in events if e.place] == ["al-Maghazi camp", "Deir al-Balah"]
    assert {(e.event_type, e.actor1.name if e.actor1 else None) for e in events} == {
        ("Explosions/Remote violence", "Military Forces of Israel")}
    # any targeting that may come, and the one told before, are no new strike
    assert not events_of("وحذرت الفصائل في قطاع غزة من أنّ أيّ استهداف إسرائيلي لمخيم المغازي سيواجه برد.")


def test_the_date_of_what_a_relative_clause_recalls_is_lent_to_no_sentence_after_it(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("نشرت المقاومة مشاهد لاستهدافها مبنى في مستوطنة أفيفيم، والذي نفذته الثلاثاء الماضي.\n"
            "بالتوازي، قصفت المدفعية الإسرائيلية أطراف بلدتي حولا ومركبا في جنوب لبنان.")
    events = events_of(text, published=dt.date(2024, 3, 29))
    assert {e.location_text for e in events} >= {"حولا", "مركبا"}
    assert all(e.date == dt.date(2024, 3, 29) for e in events if e.location_text in ("حولا", "مركبا"))


def test_an_undated_sentence_happens_on_the_articles_own_today(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استهدفت المقاومة اليوم الجمعة موقع جل العلام بالصواريخ.\n"
            "وأكدت المقاومة في بيانها أن عملياتها مستمرة.\n"
            "وقال محلل عسكري إن الجبهة تشهد تصعيداً.\n"
            "وقال المراسل إن القصف المدفعي الإسرائيلي استهدف أطراف بلدة مركبا في جنوب لبنان.")
    events = events_of(text, published=dt.date(2024, 3, 30))  # the page is stamped on Saturday
    assert [e.date for e in events] == [dt.date(2024, 3, 29)] * 2


def test_quotation_marks_between_the_cue_and_a_name_keep_the_cue(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'استهدفت المقاومة اليوم موقع "المطلة" بمسيرة انقضاضية.'
    assert [e.location_text for e in events_of(text)] == ["المطلة"]


def test_an_assassination_is_the_strike_that_carried_it_out(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("استشهد القائد اليوم في غارة إسرائيلية استهدفت منطقة السيدة زينب في ريف دمشق.\n"
            "ودانت حركات المقاومة اليوم جريمة اغتيال القائد على يد الاحتلال الإسرائيلي.")
    [event] = events_of(text)
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike", None)


def test_bases_named_after_a_tally_of_attacks_are_the_incidents_tallied(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أعلنت المقاومة الإسلامية في العراق أن مجاهديها استهدفوا 3 قواعد أميركية في العراق وسوريا في 5 هجمات.\n"
            "واستهدفت 3 هجمات قاعدة عين الأسد غربي العراق.\n"
            "كما استهدفت قاعدتا تل بيدر شمالي سوريا، والتنف جنوبيها.")
    events = events_of(text)
    assert {e.place.admin1 for e in events if e.place} >= {"Anbar", "Hasakah", "Homs"}
    assert all(e.event_type == "Explosions/Remote violence" for e in events)


def test_the_force_whose_headquarters_was_hit_is_the_side_hit(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "أعلن حزب الله اليوم استهداف قاعدة يوآف (مقر قيادة الدفاع الجوي) بالصواريخ."
    [event] = events_of(text, published=dt.date(2024, 3, 24))
    assert event.actor1 is not None and event.actor1.name == "Hezbollah"


def test_a_second_strike_told_after_a_comma_and_its_verb_is_an_event_of_its_own(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("أفاد المراسل باستشهاد شخص في غارة من مسيرة إسرائيلية استهدفت سيارة في بلدة البازورية في قضاء صور، "
            "واستهدفت غارة من مسيرة إسرائيلية بلدة عيتا الشعب في جنوب لبنان.")
    events = events_of(text, published=dt.date(2024, 3, 29))
    assert {e.place.admin1 for e in events} == {"South Lebanon", "Nabatieh"}


def test_whose_base_it_is_may_stand_between_the_cue_and_the_name(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'أعلنت المقاومة الإسلامية في العراق استهداف قاعدة الاحتلال الأميركي "حرير" شمالي العراق بطائرتين مسيرتين.'
    [event] = events_of(text, published=dt.date(2023, 11, 7))
    assert (event.place.country, event.place.admin1) == ("Iraq", "Erbil")


def test_a_story_of_sudan_places_nothing_at_a_syrian_village_of_the_same_name(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("الجيش السوداني يصد هجوماً لقوات الدعم السريع في العاصمة الخرطوم.\n"
            "وقال الجيش إن قواته صدت اليوم هجوماً على منطقة الشجرة العسكرية جنوبي الخرطوم.")
    assert not events_of(text, published=dt.date(2023, 8, 25))


def test_a_yemeni_group_condemning_a_strike_in_syria_leaves_it_in_syria(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("حركة أنصار الله اليمنية تدين الغارة الإسرائيلية على سوريا.\n"
            "وكانت غارة إسرائيلية قد استهدفت اليوم مبنى في بلدة الشجرة في ريف درعا الغربي.")
    assert {e.place.admin1 for e in events_of(text, published=dt.date(2023, 12, 26))} == {"Daraa"}
