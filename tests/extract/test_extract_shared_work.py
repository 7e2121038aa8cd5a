"""What the extraction stages keep between them is what they would work out again.

The sentence views and the statistics of the last document are shared by the claim and
event stages; a sentence indexes its mentions; a document context keeps each place's
candidates; mentions are tested against sets of spans by bisection.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.extract import claims, context, mentions
from rasid.extract.context import DocContext, Sentence, sentence_views
from rasid.model import Document, Mention, Span, replace
from rasid.pipeline import Pipeline

TEXT = ("قال المرصد إن 35 عنصراً من قوات النظام قتلوا منذ مطلع العام في ريف حمص. "
        "وقصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب صباح اليوم، ما أسفر عن مقتل ثلاثة مدنيين.")


def _document(text: str) -> Document:
    return Document(doc_id="shared-work", text=text)


def _annotated(pipeline: Pipeline, text: str = TEXT) -> Document:
    doc = _document(text)
    for stage in pipeline.stages[:2]:  # sentences and mentions
        doc = stage.function(doc, pipeline.resources)
    return doc


def _fresh_views(doc: Document) -> list[Sentence]:
    return [Sentence(i, span, tuple(m for m in doc.mentions if m.sentence == i)) for i, span in enumerate(doc.sentences)]


def test_sentence_views_follow_the_document_they_are_asked_for(pipeline: Pipeline) -> None:
    doc = _annotated(pipeline)
    views = sentence_views(doc)
    assert views == _fresh_views(doc)
    again = sentence_views(doc)
    assert again == views and again is not views  # a list of its own
    fewer = replace(doc, mentions=doc.mentions[1:])
    assert sentence_views(fewer) == _fresh_views(fewer) != views
    other = _annotated(pipeline, "اشتباكات عنيفة في ريف درعا الغربي بين الجيش ومسلحين.")
    assert sentence_views(other) == _fresh_views(other)


def test_statistics_are_worked_out_again_for_other_sentences_or_another_text(pipeline: Pipeline) -> None:
    doc = _annotated(pipeline)
    views = sentence_views(doc)
    found = claims.aggregate_sentences(doc, views)
    assert found == {0}
    found.add(7)  # the caller's own set
    assert claims.aggregate_sentences(doc, views) == {0}
    without_first = [Sentence(s.index, s.span, ()) if s.index == 0 else s for s in views]
    assert claims.aggregate_sentences(doc, without_first) == set()
    moved = _document(TEXT.replace("35", "53"))
    moved = replace(moved, sentences=doc.sentences, mentions=doc.mentions)
    assert claims.aggregate_sentences(moved, views) == {0}


def test_a_sentence_hands_out_copies_of_its_mentions() -> None:
    found = [Mention(Span(0, 4), "CUE", "death", "cue"), Mention(Span(5, 9), "PLACE", "p1", "gazetteer"),
             Mention(Span(10, 12), "CUE", "injury", "cue"), Mention(Span(13, 15), "CUE", "death", "cue")]
    sentence = Sentence(0, Span(0, 20), tuple(found))
    assert sentence.of("CUE") == [found[0], found[2], found[3]]
    assert sentence.cues("death") == [found[0], found[3]]
    assert sentence.has_cue("injury") and not sentence.has_cue("civilian")
    assert sentence.of("ACTOR") == [] and sentence.cues("civilian") == []
    sentence.of("CUE").clear()
    sentence.cues("death").append(found[1])
    assert sentence.of("CUE") == [found[0], found[2], found[3]]
    assert sentence.cues("death") == [found[0], found[3]]


def test_place_candidates_are_kept_per_document_and_handed_out_as_copies(pipeline: Pipeline) -> None:
    doc = _annotated(pipeline)
    ctx = DocContext(doc, pipeline.resources)
    place = next(m for m in doc.mentions if m.label == "PLACE")
    first = ctx.candidates(place)
    first.clear()
    assert ctx.candidates(place) and ctx.candidates(place) == DocContext(doc, pipeline.resources).candidates(place)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: Span(p[0], p[0] + p[1])),
                 max_size=12)


@settings(max_examples=300, deadline=None, database=None)
@given(spans, spans)
def test_spans_overlap_as_tested_one_by_one(others: list[Span], probes: list[Span]) -> None:
    tested = mentions._Spans(others)
    for probe in probes:
        assert tested.overlap(probe) == mentions._inside_any(probe, others)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.sampled_from("ab رد،.,:؛"), max_size=60), st.lists(st.sampled_from(context.IN_RESPONSE + (
    "من اتجاه", "من جهة")), min_size=1, max_size=3).map(tuple), st.integers(0, 90))
def test_within_phrase_as_looked_for_opener_by_opener(before: str, openers: tuple[str, ...], reach: int) -> None:
    text = before + " ردا على الهجوم في الرقة"
    doc = _document(text)
    span = Span(len(text) - 5, len(text))
    window = context.text_before(doc, span, reach)
    cut = max(window.rfind(w) for w in openers)
    expected = cut >= 0 and not any(p in window[cut:] for p in "،,.")
    assert context.within_phrase(doc, span, openers, reach) == expected
