"""The rule-based English recognizer, reached through EntityRecognizer.entities.

All sentences are written for these tests. No labelled English NER data is available
locally, so there is no score here, only behaviour."""

from __future__ import annotations

import pytest

from rasid.ner import EntityRecognizer, default_recognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return default_recognizer()


def found(recognizer: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    return {(e.span.text_of(text), e.label) for e in recognizer.entities(text)}


def test_commander_of_a_division(recognizer: EntityRecognizer) -> None:
    text = "Hassan al-Ali, commander of the Hamza Division, said the convoy was hit at dawn."
    assert found(recognizer, text) >= {("Hassan al-Ali", "PER"), ("Hamza Division", "ORG")}


def test_titles_are_cut_off_and_make_a_person(recognizer: EntityRecognizer) -> None:
    text = "Officials said Foreign Minister Karim Haddad will travel to Amman on Monday."
    entities = found(recognizer, text)
    assert ("Karim Haddad", "PER") in entities
    assert ("Amman", "LOC") in entities
    assert not any(surface == "Monday" for surface, _ in entities)


def test_organisation_head_words_and_joiners(recognizer: EntityRecognizer) -> None:
    text = "The statement came from the Ministry of Defence and the Observatory for Local Affairs."
    entities = found(recognizer, text)
    assert ("Ministry of Defence", "ORG") in entities
    assert ("Observatory for Local Affairs", "ORG") in entities


def test_places_from_the_gazetteer_and_after_cues(recognizer: EntityRecognizer) -> None:
    text = "Shells fell on the village of Umm Zaytoun near Deir ez-Zor, residents said."
    entities = found(recognizer, text)
    assert ("Umm Zaytoun", "LOC") in entities
    assert ("Deir ez-Zor", "LOC") in entities


def test_catalogue_actor_is_an_organisation(recognizer: EntityRecognizer) -> None:
    text = "Clashes broke out between the Syrian Democratic Forces and local gunmen in Manbij."
    entities = found(recognizer, text)
    assert ("Syrian Democratic Forces", "ORG") in entities
    assert ("Manbij", "LOC") in entities


def test_sentence_initial_common_words_are_not_names(recognizer: EntityRecognizer) -> None:
    text = "Yesterday the bakery reopened. Several shops followed. After that, Nadia Rahal spoke."
    entities = found(recognizer, text)
    assert entities == {("Nadia Rahal", "PER")}


def test_person_before_said(recognizer: EntityRecognizer) -> None:
    text = "The road was closed for hours, Haddad said."
    assert ("Haddad", "PER") in found(recognizer, text)


def test_possessive_is_not_part_of_the_name(recognizer: EntityRecognizer) -> None:
    text = "Residents criticised Mayor Tarek Nasser's decision."
    assert ("Tarek Nasser", "PER") in found(recognizer, text)


def test_mixed_document_routes_each_sentence(recognizer: EntityRecognizer) -> None:
    text = ("Hassan al-Ali, commander of the Hamza Division, said the convoy was hit.\n"
            "وأعلنت منظمة الصحة العالمية أنها أرسلت شحنة أدوية إلى المستشفيات.")
    entities = found(recognizer, text)
    assert ("Hamza Division", "ORG") in entities
    assert ("منظمة الصحة العالمية", "ORG") in entities
