"""Stages that annotate a document before any event is built.

Owns ``annotate_sentences`` (sentence spans and document language) and
``annotate_mentions`` (places, actors, triggers, sources, cue words, dates and numbers
as ``Mention``s with original-text spans and sentence indices). One normalization
pass feeds every matcher.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from rasid.extract.resources import Resources
from rasid.extract import lexicon
from rasid.model import Document, Mention, Span, replace
from rasid.text.dates import find_dates
from rasid.text.lang import document_language
from rasid.text.match import PhraseMatch
from rasid.text.normalize import Normalized, normalize
from rasid.text.numbers import find_numbers
from rasid.text.segment import sentences


def annotate_sentences(doc: Document, resources: Resources) -> Document:
    """Sentence spans, and the document language when the input did not say."""
    lang = doc.lang or document_language(doc.text)
    return replace(doc, sentences=sentences(doc.text), lang=lang)


def annotate_mentions(doc: Document, resources: Resources) -> Document:
    """Every place, actor, trigger, source, cue, date and number in the text."""
    norm = normalize(doc.text)
    starts = [s.start for s in doc.sentences]
    found: list[Mention] = []
    found += _actors(doc, norm, resources)
    actor_spans = [m.span for m in found]
    found += [m for m in _places(norm, resources) if not _inside_any(m.span, actor_spans)]
    found += [m for m in _triggers(norm, resources) if not _inside_any(m.span, actor_spans)]
    found += _phrases(norm, resources.sources.find(norm), "SOURCE", "source")
    found += _phrases(norm, resources.cues.find(norm, longest=False), "CUE", "cue")
    found += _phrases(norm, resources.claim_units.find(norm), "CUE", "unit", prefix="unit:")
    for match in find_dates(doc.text, doc.published):
        found.append(Mention(match.span, "DATE", match.date.isoformat() if match.date else "", "dates",
                             data=(("precision", match.precision), ("kind", match.kind),
                                   ("end", match.end.isoformat() if match.end else None))))
    for number in find_numbers(doc.text):
        found.append(Mention(number.span, "NUMBER", str(number.value), "numbers",
                             data=(("vague", number.vague), ("approximate", number.approximate))))
    placed = [replace(m, sentence=max(0, bisect_right(starts, m.span.start) - 1)) for m in found]
    placed.sort(key=lambda m: (m.span.start, m.span.end))
    return replace(doc, mentions=tuple(placed))


def _inside_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o.overlaps(span) for o in others)


def _span(norm: Normalized, match: PhraseMatch) -> Span:  # type: ignore[type-arg]
    return norm.span_to_original(match.start, match.end)


def _actors(doc: Document, norm: Normalized, resources: Resources) -> list[Mention]:
    out = []
    for match in resources.actors.find(norm, on=doc.published):
        span = norm.span_to_original(match.start, match.end)
        entry = match.entry
        out.append(Mention(span, "ACTOR", entry.name, "actors.catalog",
                           data=(("generic", match.generic), ("inter", entry.inter), ("kind", entry.kind))))
    return out


def _places(norm: Normalized, resources: Resources) -> list[Mention]:
    out = []
    for match in resources.gazetteer.find(norm):
        ids = tuple(p.place_id for p in match.candidates)
        out.append(Mention(norm.span_to_original(match.start, match.end), "PLACE", ids[0], "gazetteer",
                           data=(("candidates", ids), ("needs_cue", match.needs_cue))))
    return out


def _triggers(norm: Normalized, resources: Resources) -> list[Mention]:
    out = []
    for match in resources.triggers.find(norm):
        sub_type, phrase = match.payloads[0]
        weak = phrase in lexicon.WEAK_TRIGGERS
        out.append(Mention(_span(norm, match), "TRIGGER", sub_type, "lexicon.trigger",
                           data=(("phrase", phrase), ("weak", weak))))
    return out


def _phrases(norm: Normalized, matches: list, label: str, rule: str, prefix: str = "") -> list[Mention]:  # type: ignore[type-arg]
    out = []
    for match in matches:
        for key in dict.fromkeys(match.payloads):
            out.append(Mention(_span(norm, match), label, prefix + key, rule))  # type: ignore[arg-type]
    return out
