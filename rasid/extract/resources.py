"""The read-only resources the extraction stages share, loaded once per process.

Owns ``Resources``: the gazetteer, the actor catalogue and the phrase matchers built
from ``lexicon``. It pickles as "how to load me" (the paths), not as loaded data, so a
pipeline that holds it can be sent to a process pool or a Dask worker cheaply.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from rasid.actors.catalog import ActorCatalog, default_catalog
from rasid.extract import lexicon
from rasid.gazetteer.index import Gazetteer, default_gazetteer
from rasid.text.match import PhraseMatcher, PhraseScan

CUE_LISTS: dict[str, tuple[str, ...]] = {
    "death": lexicon.DEATH_AR + lexicon.DEATH_EN,
    "injury": lexicon.INJURY_AR + lexicon.INJURY_EN,
    "aggregate": lexicon.AGGREGATE_AR + lexicon.AGGREGATE_EN,
    "irrealis": lexicon.IRREALIS_AR + lexicon.IRREALIS_EN,
    "civilian": lexicon.CIVILIAN_AR + lexicon.CIVILIAN_EN,
    "subtotal": lexicon.SUBTOTAL_CUES,
    "background": lexicon.BACKGROUND_AR + lexicon.BACKGROUND_EN,
    "negation": lexicon.NEGATION,
}


def with_article(phrase: str) -> tuple[str, ...]:
    """An Arabic trigger phrase and its definite form ("غارات جوية" → "الغارات الجوية")."""
    words = phrase.split()
    if not words or not "\u0600" <= words[0][0] <= "\u06ff" or any(w.startswith("ال") for w in words):
        return (phrase,)
    return (phrase, " ".join("ال" + w for w in words))


class Resources:
    """Lazily loaded gazetteer, actor catalogue and lexicon matchers."""

    def __init__(self, gazetteer_path: Path | None = None, actors_path: Path | None = None) -> None:
        self.gazetteer_path = gazetteer_path
        self.actors_path = actors_path

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Resources, (self.gazetteer_path, self.actors_path))

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.load(self.gazetteer_path) if self.gazetteer_path else default_gazetteer()

    @cached_property
    def actors(self) -> ActorCatalog:
        return ActorCatalog.load(self.actors_path) if self.actors_path else default_catalog()

    @cached_property
    def triggers(self) -> PhraseMatcher[tuple[str, str]]:
        phrases = [
            (variant, (sub_type, phrase))
            for table in (lexicon.TRIGGERS_AR, lexicon.TRIGGERS_EN)
            for sub_type, words in table.items()
            for phrase in words
            for variant in with_article(phrase)
        ]
        return PhraseMatcher(phrases)

    @cached_property
    def sources(self) -> PhraseMatcher[str]:
        return PhraseMatcher((phrase, name) for name, words in lexicon.SOURCES.items() for phrase in words)

    @cached_property
    def cues(self) -> PhraseMatcher[str]:
        return PhraseMatcher((phrase, kind) for kind, words in CUE_LISTS.items() for phrase in words)

    @cached_property
    def countries(self) -> PhraseMatcher[str]:
        return PhraseMatcher((name, country) for country, names in lexicon.COUNTRY_NAMES.items() for name in names)

    @cached_property
    def claim_units(self) -> PhraseMatcher[str]:
        return PhraseMatcher(
            (phrase, metric)
            for table in (lexicon.CLAIM_METRICS_AR, lexicon.CLAIM_METRICS_EN)
            for metric, words in table.items()
            for phrase in words
        )

    @cached_property
    def scan(self) -> PhraseScan:
        """One pass over a text for the place names, the actor aliases and every lexicon
        matcher (``annotate_mentions`` asks each of them about the same text)."""
        return PhraseScan([self.gazetteer.matcher, self.actors.matcher, self.triggers, self.sources, self.cues,
                           self.countries, self.claim_units], names=[self.gazetteer.matcher, self.actors.matcher])

    def warm(self) -> Resources:
        """Load everything now (before forking workers, or to time loading apart)."""
        for name in ("gazetteer", "actors", "triggers", "sources", "cues", "countries", "claim_units", "scan"):
            getattr(self, name)
        self.gazetteer.warm()
        return self
