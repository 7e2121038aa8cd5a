"""Who reports an event or a claim: SOHR, a ministry, the group's own channel, local sources.

Owns ``attribute``: the source named in the sentence, else in the sentences just around
it, else the source the document cites most.
"""

from __future__ import annotations

from collections import Counter

from rasid.extract.context import Sentence
from rasid.model import Evidence


def attribute(sentences: list[Sentence], index: int) -> tuple[str | None, Evidence | None]:
    for offset in (0, 1, -1, 2, -2):
        j = index + offset
        if 0 <= j < len(sentences):
            found = sentences[j].of("SOURCE")
            if found:
                return found[0].key, Evidence(found[0].span, f"attribution.sentence{offset:+d}")
    counts = Counter(m.key for s in sentences for m in s.of("SOURCE"))
    if counts:
        name = counts.most_common(1)[0][0]
        first = next(m for s in sentences for m in s.of("SOURCE") if m.key == name)
        return name, Evidence(first.span, "attribution.document")
    return None, None
