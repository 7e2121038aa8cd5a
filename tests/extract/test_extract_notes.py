"""Notes: English sentences written from an event's fields alone."""

from __future__ import annotations

import datetime as dt

from rasid.extract.notes import actor_phrase, note_for
from rasid.model import ActorRef, Event, Place

_MAYADIN = Place("C4001", "Al Mayadin", "الميادين", "community", admin1="Deir ez-Zor", admin2="Al Mayadin")


def _event(**fields) -> Event:  # type: ignore[no-untyped-def]
    base = dict(event_type="Battles", sub_event_type="Armed clash",
                actor1=ActorRef("SDF: Syrian Democratic Forces", 2), actor2=ActorRef("Islamic State (Syria)", 2),
                place=_MAYADIN, geo_precision=1, date=dt.date(2024, 3, 3), fatalities=4, attribution="SOHR")
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_a_clash_note_says_when_who_where_toll_and_source() -> None:
    assert note_for(_event()) == (
        "On 3 March 2024, Syrian Democratic Forces clashed with Islamic State in Al Mayadin (Deir ez-Zor)."
        " 4 people were reported killed. (SOHR)")


def test_a_note_leaves_out_what_the_fields_do_not_say() -> None:
    note = note_for(_event(actor2=None, fatalities=None, attribution=None))
    assert note == "On 3 March 2024, Syrian Democratic Forces clashed in Al Mayadin (Deir ez-Zor)."


def test_near_for_a_place_known_only_roughly_and_zero_deaths_said() -> None:
    note = note_for(_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                           actor1=ActorRef("Military Forces of Russia", 8), geo_precision=2, fatalities=0))
    assert "Military Forces of Russia carried out an air or drone strike on Islamic State near Al Mayadin" in note
    assert "No fatalities were reported." in note


def test_generic_actors_read_as_common_nouns() -> None:
    assert actor_phrase(ActorRef("Unidentified Armed Group (Syria)", 3)) == "an unidentified armed group"
    assert actor_phrase(ActorRef("Civilians (Syria)", 7)) == "civilians"
    assert actor_phrase(ActorRef("Military Forces of Syria (2000-2024)", 1)) == "Military Forces of Syria"


def test_every_sub_type_has_its_own_wording() -> None:
    from rasid.extract import lexicon as lx
    from rasid.extract.notes import _ACTIONS
    from rasid.model import SUB_EVENT_TYPES

    wording = {sub for subs in SUB_EVENT_TYPES.values() for sub in subs if sub != "Other"}
    assert wording <= set(_ACTIONS), wording - set(_ACTIONS)
    assert lx.CLASH in _ACTIONS


def test_the_pipeline_notes_every_event(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "قتل 3 عناصر من قوات النظام باشتباكات مع تنظيم داعش في بادية السخنة اليوم، بحسب المرصد السوري."
    events = pipeline.extract(make_doc(text)).events
    assert events and all(e.notes and e.notes.startswith("On ") for e in events)


ARABIC_REPORTS = [
    "قتل 3 عناصر من قوات النظام اليوم باشتباكات مع تنظيم داعش في بادية السخنة، بحسب المرصد السوري.",
    "استهدف الطيران التركي اليوم سيارة عسكرية تابعة لـ\"قسد\" في مدينة القامشلي، ما أدى إلى مقتل عنصرين.",
    "قتل مدني اليوم بانفجار عبوة ناسفة في بلدة طفس بريف درعا الغربي.",
    "قصف الجيش السوري اليوم بالمدفعية بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي.",
    "خرجت اليوم تظاهرة في مدينة السويداء تطالب بتحسين الأوضاع المعيشية.",
]


def test_a_note_read_back_gives_the_event_again(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    """English readers get the Arabic event: the note, extracted as English text, codes the same."""
    for text in ARABIC_REPORTS:
        [event] = pipeline.extract(make_doc(text)).events
        again = pipeline.extract(make_doc(event.notes, lang="en")).events
        assert again, event.notes
        assert again[0].sub_event_type == event.sub_event_type, event.notes
        assert again[0].place.admin1 == event.place.admin1, event.notes
        assert again[0].actor1.name == event.actor1.name, event.notes
