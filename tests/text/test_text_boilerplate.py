"""Page furniture inside a story's text (keyword lists, related headlines, photo credits), found so
that their names are not the story's."""

from __future__ import annotations

import pytest

from rasid.text.boilerplate import credit_spans, tag_list_spans


@pytest.mark.parametrize(("text", "tagged"), [
    ("Tags Hama Syria nerve gas Turkey At least six people died in the town on Monday.",
     "Tags Hama Syria nerve gas Turkey "),
    ("Tags Raqqa Kurds Islamic State Twelve fighters of the group were killed.", "Tags Raqqa Kurds Islamic State "),
    ("Six people died in the town, the monitor said. Tags Hama Syria Turkey war.", "Tags Hama Syria Turkey war"),
])
def test_a_tag_list_ends_where_the_story_begins(text: str, tagged: str) -> None:
    assert [text[s.start:s.end] for s in tag_list_spans(text)] == [tagged]


def test_the_word_tags_in_a_sentence_is_no_list() -> None:
    assert tag_list_spans("Rebels removed the tags from the crates in the town of Douma.") == []


def test_a_tagged_country_is_no_attacker(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Tags Hama Syria nerve gas Turkey At least six people died after a gas attack on the town of Lataminah on Monday."
    [event] = events_of(text, published="2017-03-27")
    assert event.actor1 is None or "Turkey" not in event.actor1.name


def test_a_closing_list_of_related_headlines_is_furniture() -> None:
    from rasid.text.boilerplate import related_links_span
    text = ("Shells hit the town on Monday. The monitor said four died.\n"
            "Related Rebels Shell Kurdish District of Aleppo Army Retakes Hills Near Palmyra")
    span = related_links_span(text)
    assert span is not None and text[span.start:].startswith("Related Rebels")
    assert related_links_span("The attack was related to a feud. Police said. Two died. Four fled.") is None


def test_an_acronym_in_a_tag_list_does_not_end_it() -> None:
    text = "Tags Syria IS barrel bombs Observatory At least 11 civilians were killed in the town."
    assert [text[s.start:s.end] for s in tag_list_spans(text)] == ["Tags Syria IS barrel bombs Observatory "]


@pytest.mark.parametrize(("text", "credits"), [
    ("The agency said so. AP Photo Jane Roe Rebels Seize Hills Near Hama The army shelled the hills on Monday.",
     ["AP Photo Jane Roe Rebels Seize Hills Near Hama"]),
    ("Fighters rest near the town on May 2 2016. REUTERS/John Doe The advance went on.", ["REUTERS/John Doe"]),
    ("Smoke rises over the city on July 1 2016. (AFP Photo) Shells killed four people.", ["(AFP Photo)"]),
    ("AFP said that shells killed four people; AP said five.", []),
])
def test_photo_credits_and_the_headline_after_one_are_furniture(text: str, credits: list[str]) -> None:
    assert [text[s.start:s.end] for s in credit_spans(text)] == credits


def test_another_storys_headline_after_a_credit_places_no_event(events_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Two civilians were killed in shelling on the town of Azaz on Monday. AP Photo Jane Roe "
            "Army Jets Pound Rebels in Idlib The governor said the town was badly damaged.")
    assert {e.place.admin1 for e in events_of(text, published="2017-04-10")} == {"Aleppo"}
