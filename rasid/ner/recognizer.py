"""Named entities (PER, LOC, ORG) in Arabic and English text, for names no list has.

Owns ``Entity``, ``EntityRecognizer``, ``default_recognizer`` and ``propagate_surnames``.
Arabic sentences are tagged by the neural tagger of ``rasid.ner.neural`` (weights
``data/ar_ner.npz``, trained by ``scripts/train_ner.py``) over the pieces and features of
``rasid.ner.features``, all the Arabic sentences of a text together; a person's last name
found with confidence in one sentence is then tagged where it stands bare in the others
(``propagate_surnames``). Latin-script sentences go to the rule-based recognizer of
``rasid.ner.english``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasid.errors import DataError
from rasid.model import Span
from rasid.ner.features import (
    LABELS,
    Piece,
    cue_class,
    decode,
    known_features,
    pieces,
    sentence_features,
    word_clusters,
)
from rasid.ner.neural import NeuralTagger
from rasid.text.lang import script_of
from rasid.text.segment import sentences

if TYPE_CHECKING:
    from rasid.actors.catalog import ActorCatalog
    from rasid.gazetteer.index import Gazetteer
    from rasid.ner.english import EnglishRecognizer

__all__ = ["Entity", "EntityRecognizer", "default_recognizer", "propagate_surnames"]

_WEIGHTS = ("data", "ar_ner.npz")
#: Sentences the tagger runs through the network at once (padded to the longest of them).
BATCH = 32


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: its span of the original text, its type and the tagger's confidence.

    ``label`` is "PER", "LOC" or "ORG"; ``score`` is in [0, 1] (for the Arabic tagger the
    mean marginal probability of the entity's tags, for the English rules a fixed value per rule).
    """

    span: Span
    label: str
    score: float

    def to_json(self, text: str) -> dict[str, Any]:
        """The entity as JSON, with its words quoted from ``text`` (the text it was found in)."""
        return {"text": text[self.span.start:self.span.end], "label": self.label, "start": self.span.start,
                "end": self.span.end, "score": round(self.score, 3)}


class EntityRecognizer:
    """PER/LOC/ORG entities in text: a neural tagger for Arabic sentences, rules for English ones.

    ``load(path)`` reads a weights file (``None``: the packaged one). Pickles as a
    reference to its weights (packaged or path) and is loaded again, once per process,
    when unpickled.
    """

    def __init__(self, tagger: NeuralTagger, path: Path | None = None) -> None:
        self._path = path
        self._tagger = tagger
        self._known = tagger.known
        self._gazetteer: Gazetteer | None = None
        self._catalog: ActorCatalog | None = None
        self._english: EnglishRecognizer | None = None
        self._clusters = word_clusters()

    @classmethod
    def load(cls, path: str | Path | None = None) -> EntityRecognizer:
        """The recognizer with the weights file at ``path``, or the packaged one when ``None``;
        ``DataError`` when the file is missing or unreadable."""
        if path is None:
            try:
                data = resources.files("rasid.ner").joinpath(*_WEIGHTS).read_bytes()
            except (FileNotFoundError, OSError) as exc:
                raise DataError(f"packaged NER weights missing: {exc}") from exc
            return cls(NeuralTagger.load(data))
        file = Path(path)
        return cls(NeuralTagger.load(file), file.resolve())

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_restore, (None if self._path is None else str(self._path),))

    def __repr__(self) -> str:
        return f"<EntityRecognizer {'packaged' if self._path is None else self._path}>"

    # --- resources ------------------------------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from rasid.gazetteer.index import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @property
    def catalog(self) -> ActorCatalog:
        if self._catalog is None:
            from rasid.actors.catalog import default_catalog

            self._catalog = default_catalog()
        return self._catalog

    @property
    def english(self) -> EnglishRecognizer:
        if self._english is None:
            from rasid.ner.english import EnglishRecognizer

            self._english = EnglishRecognizer(self.gazetteer, self.catalog)
        return self._english

    # --- tagging --------------------------------------------------------------------------

    def entities(self, text: str) -> tuple[Entity, ...]:
        """The entities of ``text`` in order, spans into ``text``."""
        found: dict[int, list[Entity]] = {}
        arabic: list[tuple[int, Span]] = []
        spans = sentences(text)
        for k, sentence in enumerate(spans):
            if _is_latin(sentence.text_of(text)):
                found[k] = list(self.english.entities(text, sentence))
            else:
                arabic.append((k, sentence))
        for (k, _), entities in zip(arabic, self._document(text, [s for _, s in arabic]), strict=True):
            found[k] = entities
        return tuple(e for k in range(len(spans)) for e in found.get(k, ()))

    def arabic(self, text: str, sentence: Span | None = None) -> list[Entity]:
        """The tagger's entities in one sentence of ``text`` (the whole text by default)."""
        return self._document(text, [sentence or Span(0, len(text))])[0]

    def _document(self, text: str, spans: Sequence[Span]) -> list[list[Entity]]:
        """The tagger's entities in each of the sentences ``spans`` of ``text``."""
        whole = [pieces(text, s.start, s.end) for s in spans]
        chunks = [text[s.start:s.end] for s in spans]
        local = [[Piece(Span(p.span.start - s.start, p.span.end - s.start), p.text, p.norm, p.stem,
                        p.prefix, p.word) for p in ps] for s, ps in zip(spans, whole, strict=True)]
        out = []
        for ps, (tags, probs) in zip(whole, self.tag_document(chunks, local), strict=True):
            entities = []
            for first, last, label in decode(tags):
                words = [k for k in range(first, last) if ps[k].word]
                if not words or label not in LABELS:
                    continue
                span = Span(ps[words[0]].span.start, ps[words[-1]].span.end)
                score = sum(probs[first:last]) / (last - first)
                entities.append(Entity(span, label, round(score, 4)))
            out.append(entities)
        return out

    def tag(self, text: str, ps: Sequence[Piece]) -> tuple[list[str], list[float]]:
        """BIO tags (Viterbi) of the pieces ``ps`` of the sentence ``text``, and each tag's marginal."""
        return self.tag_document([text], [ps])[0]

    def tag_document(self, texts: Sequence[str], documents: Sequence[Sequence[Piece]]
                     ) -> list[tuple[list[str], list[float]]]:
        """BIO tags and marginals of the pieces of each sentence (``texts[k]`` has the pieces
        ``documents[k]``, spans into it); sentences of similar length go through the
        network together."""
        own = [[f + k for f, k in zip(
            sentence_features(t, ps, gazetteer=self.gazetteer, catalog=self.catalog, clusters=self._clusters,
                              neighbours=False),
            known_features(ps, self._known, neighbours=False), strict=True)] if ps else []
            for t, ps in zip(texts, documents, strict=True)]
        rows = [[(p.stem, p.norm, f) for p, f in zip(ps, fs, strict=True)] for ps, fs in zip(documents, own, strict=True)]
        order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
        out: list[tuple[list[str], list[float]]] = [([], [])] * len(rows)
        for at in range(0, len(order), BATCH):
            batch = [k for k in order[at:at + BATCH] if rows[k]]
            for k, tagged in zip(batch, self._tagger.tag([rows[k] for k in batch]), strict=True):
                out[k] = tagged
        return propagate_surnames(documents, out)


#: How sure (mean marginal) a person's name must be for its last word to be tagged elsewhere.
SURNAME_SURE = 0.8


def propagate_surnames(documents: Sequence[Sequence[Piece]], tagged: Sequence[tuple[list[str], list[float]]]
                       ) -> list[tuple[list[str], list[float]]]:
    """Tag as a person the untagged occurrences, in the other sentences of the text, of the
    last word of a person's name the tagger found with confidence: a name written in full
    once ("الرئيس سامر الحلبي") is often bare later ("ورفض الحلبي"), where the sentence alone
    says little."""
    sure: dict[str, dict[int, float]] = {}  # stem -> sentence -> confidence
    for j, (ps, (tags, probs)) in enumerate(zip(documents, tagged, strict=True)):
        for first, last, label in decode(tags):
            words = [k for k in range(first, last) if ps[k].word]
            score = sum(probs[first:last]) / (last - first)
            if label != "PER" or not words or score < SURNAME_SURE:
                continue
            p = ps[words[-1]]
            if len(p.stem) >= 3 and not p.stem.isdigit() and not cue_class(p.norm, p.stem):
                found = sure.setdefault(p.stem, {})
                found[j] = max(score, found.get(j, 0.0))
    if not sure:
        return list(tagged)
    out = []
    for j, (ps, (tags, probs)) in enumerate(zip(documents, tagged, strict=True)):
        tags, probs = list(tags), list(probs)
        for i, p in enumerate(ps):
            elsewhere = [v for k, v in sure.get(p.stem, {}).items() if k != j] if p.word else []
            if tags[i] == "O" and elsewhere:
                before = tags[i - 1] if i else "O"
                tags[i] = "I-PER" if before.endswith("PER") else "B-PER"
                probs[i] = max(elsewhere)
        out.append((tags, probs))
    return out


def _is_latin(text: str) -> bool:
    script = script_of(text)
    if script in ("en", "ar"):
        return script == "en"
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return latin > arabic


@functools.lru_cache(maxsize=1)
def default_recognizer() -> EntityRecognizer:
    """The recognizer with the packaged weights, loaded once per process."""
    return EntityRecognizer.load()


@functools.lru_cache(maxsize=4)
def _load_path(path: str) -> EntityRecognizer:
    return EntityRecognizer.load(path)


def _restore(path: str | None) -> EntityRecognizer:
    """Unpickling: the (cached) recognizer of the same weights."""
    return default_recognizer() if path is None else _load_path(path)

