"""Who reports an event or a claim: SOHR, a ministry, the group's own channel, local sources.

Owns ``attribute``: the source named in the sentence, else in the sentences just around
it, else the source the document cites most.
"""

from __future__ import annotations

from collections import Counter

from rasid.extract.context import DocumentMemo, Sentence
from rasid.model import Evidence


def attribute(sentences: list[Sentence], index: int) -> tuple[str | None, Evidence | None]:
    for offset in (0, 1, -1, 2, -2):
        j = index + offset
        if 0 <= j < len(sentences):
            found = sentences[j].of("SOURCE")
            if found:
                return found[0].key, Evidence(found[0].span, f"attribution.sentence{offset:+d}")
    return _cited_most(sentences)


def _cited_most(sentences: list[Sentence]) -> tuple[str | None, Evidence | None]:
    """The source the document cites most, at its first mention."""
    # every event and claim of a document asks about the same sentences
    answers = _CITED.answers(sentences)
    if "cited" in answers:
        return answers["cited"]
    counts = Counter(m.key for s in sentences for m in s.of("SOURCE"))
    cited: tuple[str | None, Evidence | None] = (None, None)
    if counts:
        name = counts.most_common(1)[0][0]
        first = next(m for s in sentences for m in s.of("SOURCE") if m.key == name)
        cited = (name, Evidence(first.span, "attribution.document"))
    answers["cited"] = cited
    return cited


_CITED = DocumentMemo()
