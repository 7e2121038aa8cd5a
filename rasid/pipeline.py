"""The extraction pipeline: named, versioned stages run in order over a Document.

Owns ``Stage``, ``Pipeline`` and ``default_pipeline``. A stage is a module-level
function ``(Document, Resources) -> Document`` declaring what it requires and assigns;
``Pipeline`` checks the order when it is built (as spaCy's pipe analysis does) and is
picklable, so the same object runs inline, in a process pool or on Dask workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rasid.errors import EmptyDocumentError, PipelineError
from rasid.extract.claims import build_claims
from rasid.extract.events import build_events
from rasid.extract.mentions import annotate_mentions, annotate_sentences
from rasid.extract.notes import write_notes
from rasid.extract.resources import Resources
from rasid.model import Document, ExtractionResult

StageFunction = Callable[[Document, Resources], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    function: StageFunction
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("rasid.sentences.v1", annotate_sentences, ("text",), ("sentences", "lang")),
    Stage("rasid.mentions.v1", annotate_mentions, ("sentences",), ("mentions",)),
    Stage("rasid.claims.v1", build_claims, ("mentions",), ("claims",)),
    Stage("rasid.events.v1", build_events, ("mentions",), ("events", "claims")),
    Stage("rasid.notes.v1", write_notes, ("events",), ("events",)),
)


class Pipeline:
    """Ordered stages plus the resources they share; call it on a Document."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES, resources: Resources | None = None,
                 min_confidence: float = 0.0) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise PipelineError(f"min_confidence must lie between 0 and 1, not {min_confidence}")
        self.stages = tuple(stages)
        self.resources = resources or Resources()
        self.min_confidence = min_confidence
        _check_order(self.stages)

    @property
    def name(self) -> str:
        return "+".join(stage.name for stage in self.stages)

    def __call__(self, doc: Document) -> Document:
        if not any(ch.isalnum() for ch in doc.text):
            raise EmptyDocumentError(f"document {doc.doc_id!r} has no text")
        for stage in self.stages:
            doc = stage.function(doc, self.resources)
        return doc

    def extract(self, doc: Document) -> ExtractionResult:
        return self.extract_result(self(doc))

    def extract_result(self, annotated: Document) -> ExtractionResult:
        """The output record of a document this pipeline has already annotated."""
        result = ExtractionResult.from_document(annotated, self.name)
        if self.min_confidence:
            # claims carry no confidence: only events, the guesses, are thinned
            confident = tuple(e for e in result.events if e.confidence >= self.min_confidence)
            result = replace(result, events=confident)
        return result


def _check_order(stages: Sequence[Stage]) -> None:
    available = {"text"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(f"stage {stage.name} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """One shared pipeline per process (its resources load on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def process_text(text: str, published: dt.date | None = None, doc_id: str = "text",
                 title: str | None = None, lang: str | None = None) -> ExtractionResult:
    """Extract events and claims from one text with the default pipeline."""
    doc = Document(doc_id=doc_id, text=text, published=published, title=title, lang=lang)
    return default_pipeline().extract(doc)
