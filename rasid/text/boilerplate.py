"""Page furniture inside article text: the keyword lists ("Tags Aleppo Syria Russia ...") that
news sites print beside a story and that scrapers keep in its text.

Owns ``tag_list_spans``: the stretches of a text that are such a keyword list, so that the
names in them (a country, a group, a town merely tagged) are not read as the story's; and
``related_links_span``: the list of other stories' headlines ("Related ...") that closes a page.
"""

from __future__ import annotations

import re

from rasid.model import Span

__all__ = ["related_links_span", "tag_list_spans"]

# "Tags" with a capital T (in running text "tags" is a word, not a heading), the rest in any
# case; the T comes first so that the search skips to the capitals T of a text.
_TAGS = re.compile(r"T(?<![\w-]T)(?i:ags?)\b:?")
# Words a keyword list does not have and a sentence does: where they first appear, the story has begun.
_FUNCTION_WORDS = frozenset({
    "the", "of", "a", "an", "were", "was", "is", "are", "has", "have", "had", "been", "in", "at", "on", "by",
    "said", "says", "and", "to", "from", "with", "that", "after", "when", "who", "which",
})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "dozens", "hundreds", "scores", "several"})
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?\n]")


def tag_list_spans(text: str) -> list[Span]:
    """Spans of "Tags ..." keyword lists: from the word "Tags" to the capitalised word that opens
    the story's first sentence after it (or to the end of the line when the list closes a text)."""
    out = []
    for match in _TAGS.finditer(text):
        end_of_line = _SENTENCE_END.search(text, match.end())
        limit = end_of_line.start() if end_of_line else len(text)
        last_capital = None
        first_number = None  # "Hizbollah Four Hizballah members were killed": the count opens the story
        in_lowercase = False
        end = limit
        for word in _WORD.finditer(text, match.end(), limit):
            token = word.group().strip(",;:\"'()")
            if token.lower() in _FUNCTION_WORDS and not (len(token) > 1 and token.isupper()):  # "IS" is a group
                # "... Russia At least four people were": a capitalised "At" opens the story itself
                opens = token[:1].isupper() or last_capital is None
                end = word.start() if opens else (first_number if first_number is not None else last_capital)
                break
            if token[:1].isupper() or token[:1].isdigit():
                if in_lowercase:
                    first_number = None  # a new run of capitalised words begins
                in_lowercase = False
                last_capital = word.start()
                if first_number is None and (token.lower() in _NUMBER_WORDS or token[:1].isdigit()):
                    first_number = word.start()
            else:
                in_lowercase = True
        out.append(Span(match.start(), end))
    return out


_HEADINGS = ("Related", "Read more", "Read also", "See also", "More on this")
_RELATED = re.compile(r"(?<![\w-])(?:" + "|".join(_HEADINGS) + r")\b:?\s+(?=[A-Z0-9\"'])")
_MAX_PERIODS = 1  # headlines carry no full stops; a story running on after the word has them


def related_links_span(text: str) -> Span | None:
    """From a "Related" heading to the end of the text, when what follows is a run of headlines."""
    if not any(heading in text for heading in _HEADINGS):
        return None  # (quicker to tell than by the search, which tries every offset)
    for match in _RELATED.finditer(text):
        rest = text[match.end():]
        if rest.count(". ") + rest.count(".\n") <= _MAX_PERIODS:
            return Span(match.start(), len(text))
    return None
