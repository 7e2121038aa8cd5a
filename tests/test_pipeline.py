"""``rasid.pipeline``: stage order checks, empty input, pickling and process pools."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from rasid.errors import EmptyDocumentError, InputError, PipelineError
from rasid.extract.claims import build_claims
from rasid.extract.events import build_events
from rasid.extract.mentions import annotate_mentions, annotate_sentences
from rasid.extract.notes import write_notes
from rasid.model import Document, ExtractionResult, result_to_json
from rasid.pipeline import DEFAULT_STAGES, Pipeline, Stage, default_pipeline, process_text

TEXTS = (
    "اندلعت أمس اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في قرية ذيبان بريف دير الزور "
    "الشرقي، ما أسفر عن مقتل 5 مقاتلين.",
    "Russian warplanes bombed the town of Sarmin in Idlib province on Sunday, killing six civilians, "
    "including two children, according to the Syrian Observatory for Human Rights.",
    "استقدمت قوات النظام تعزيزات عسكرية إلى بلدة سراقب في ريف إدلب الشرقي، أمس، تضم 40 عربة عسكرية.",
    "A roadside bomb exploded near a military bus in the city of Daraa on Tuesday, killing three soldiers.",
    "ووثق المرصد السوري منذ مطلع العام الحالي 64 عملية لخلايا التنظيم في البادية السورية.",
    "Government forces shelled the village of Kansafra in southern Idlib on Monday.",
)


@pytest.fixture(scope="module")
def docs(make_doc) -> list[Document]:
    return [make_doc(text, doc_id=f"doc-{i}") for i, text in enumerate(TEXTS)]


def as_json(result: ExtractionResult, doc: Document) -> dict[str, Any]:
    """The full JSON form, evidence spans included (Event equality leaves evidence out)."""
    return result_to_json(result, doc.text)


# --- construction -----------------------------------------------------------------------


def test_pipeline_default_stages_run_in_order(pipeline: Pipeline) -> None:
    assert [s.function for s in pipeline.stages] == [annotate_sentences, annotate_mentions, build_claims,
                                                     build_events, write_notes]
    assert pipeline.name == "+".join(s.name for s in DEFAULT_STAGES)


@pytest.mark.parametrize(
    "stages",
    [
        pytest.param([Stage("events", build_events, ("mentions",), ("events",))], id="missing-mentions"),
        pytest.param([Stage("mentions", annotate_mentions, ("sentences",), ("mentions",)),
                      Stage("sentences", annotate_sentences, ("text",), ("sentences", "lang"))], id="wrong-order"),
        pytest.param([*DEFAULT_STAGES[:1], Stage("custom", build_claims, ("mentions", "translation"), ("claims",))],
                     id="unknown-requirement"),
    ],
)
def test_pipeline_unmet_requirement_raises_pipeline_error(stages: list[Stage]) -> None:
    with pytest.raises(PipelineError, match=r"requires"):
        Pipeline(stages)


def test_pipeline_error_names_the_stage() -> None:
    with pytest.raises(PipelineError, match="late-events"):
        Pipeline([DEFAULT_STAGES[0], Stage("late-events", build_events, ("mentions",), ("events",))])


def test_pipeline_without_events_stage_still_works(make_doc) -> None:
    partial = Pipeline(DEFAULT_STAGES[:2])
    doc = partial(make_doc(TEXTS[0]))
    assert doc.mentions and doc.events == () and doc.claims == ()


# --- input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="spaces"),
        pytest.param("\n\n\t \n", id="newlines-and-tabs"),
        pytest.param("\u200f \u00a0\u200e", id="only-bidi-marks"),
    ],
)
def test_pipeline_empty_document_raises(pipeline: Pipeline, make_doc, text: str) -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        pipeline(make_doc(text))
    with pytest.raises(InputError):  # EmptyDocumentError is an InputError
        pipeline.extract(make_doc(text))


def test_pipeline_result_carries_document_fields(pipeline: Pipeline, docs: list[Document]) -> None:
    result = pipeline.extract(docs[0])
    assert result.doc_id == "doc-0"
    assert result.published == docs[0].published
    assert result.lang == "ar"
    assert result.pipeline == pipeline.name
    assert result.events


def test_pipeline_process_text_matches_the_default_pipeline(docs: list[Document]) -> None:
    result = process_text(docs[1].text, published=docs[1].published, doc_id="doc-1")
    assert as_json(result, docs[1]) == as_json(default_pipeline().extract(docs[1]), docs[1])
    assert default_pipeline() is default_pipeline()


# --- pickling and processes --------------------------------------------------------------


def test_pipeline_pickles_and_the_copy_gives_the_same_result(pipeline: Pipeline, docs: list[Document]) -> None:
    data = pickle.dumps(pipeline)
    copy = pickle.loads(data)
    assert isinstance(copy, Pipeline) and copy is not pipeline
    assert copy.name == pipeline.name
    for doc in docs:
        assert as_json(copy.extract(doc), doc) == as_json(pipeline.extract(doc), doc)


def test_pipeline_pickles_as_how_to_load_not_loaded_data(pipeline: Pipeline) -> None:
    # The warmed pipeline holds a gazetteer and an actor catalogue; the pickle must not.
    assert len(pickle.dumps(pipeline)) < 20_000


def test_pipeline_annotated_document_pickles(pipeline: Pipeline, docs: list[Document]) -> None:
    annotated = pipeline(docs[0])
    copy = pickle.loads(pickle.dumps(annotated))
    assert copy == annotated
    assert [e.evidence for e in copy.events] == [e.evidence for e in annotated.events]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_pipeline_process_pool_gives_the_same_results_as_inline(
    pipeline: Pipeline, docs: list[Document], method: str
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} not available here")
    inline = [as_json(pipeline.extract(doc), doc) for doc in docs]
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context(method)) as pool:
        pooled = [as_json(result, doc) for result, doc in zip(pool.map(pipeline.extract, docs), docs)]
    assert pooled == inline
    assert sum(len(r["events"]) for r in inline) >= 4  # the comparison is not between empty results
