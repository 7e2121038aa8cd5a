"""Page furniture inside article text: the keyword lists ("Tags Aleppo Syria Russia ...") that
news sites print beside a story and that scrapers keep in its text.

Owns ``tag_list_spans``: the stretches of a text that are such a keyword list, so that the
names in them (a country, a group, a town merely tagged) are not read as the story's; and
``related_links_span``: the list of other stories' headlines ("Related ...") that closes a page;
and ``credit_spans``: photo credits ("REUTERS/Name Name", "AP Photo Name Name") and the other
story's headline that some sites print right after one.
"""

from __future__ import annotations

import re

from rasid.model import Span

__all__ = ["credit_spans", "related_links_span", "tag_list_spans"]

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


# "REUTERS/Rodi Said", "AP Photo/Hassan Ammar", "AP Photo Pavel Golovkin", "(AFP Photo)": who took the
# picture above the story, two capitalised words at most
_CREDIT = re.compile(r"\(?\b(?:REUTERS|AP Photo|AFP Photo|AFP|AP)(?:/| )?(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?\)?"
                     r"(?<=[\w)])(?=\s)")
_CREDIT_CUES = ("REUTERS/", "AP Photo", "AFP Photo", "AFP/", "AP/")
# Words a headline keeps in lower case among its capitalised ones
_HEADLINE_SMALL = frozenset({"of", "to", "in", "on", "at", "for", "from", "with", "and", "the", "a", "an", "by", "as",
                             "-", "–"})
_OPENERS = frozenset({"The", "A", "An", "According", "In", "On", "At", "Over", "After", "Since", "During", "Earlier",
                      "Meanwhile", "Later", "Yesterday", "Today"})
_SUBJECT_WORDS = 3  # the capitalised words before a headline's first lower-case word that open the story's sentence


def credit_spans(text: str) -> list[Span]:
    """Photo credits, and after an "AP Photo Name Name" credit the run of capitalised words that is
    another story's headline ("... AP Photo Pavel Golovkin Russian Military Delivers Aid to Hama The Air
    Force shelled ..."), up to the few capitalised words that open the sentence going on after it."""
    if not any(cue in text for cue in _CREDIT_CUES):
        return []  # (quicker to tell than by the search)
    out = []
    for match in _CREDIT.finditer(text):
        credit = match.group().strip("()")
        if credit in ("AP", "AFP") or not any(credit.startswith(cue.rstrip("/")) for cue in _CREDIT_CUES):
            continue  # "AP" or "AFP" alone is the agency a sentence cites, not a credit
        end = match.end()
        if credit.startswith("AP Photo ") and len(credit.split()) == 4:
            words = list(_WORD.finditer(text, end))
            run = []
            for word in words:
                token = word.group().strip("\"'“”,")
                if token[:1].isupper() or token[:1].isdigit() or token.lower() in _HEADLINE_SMALL:
                    run.append(word)
                    continue
                break
            # the sentence opens at a word that opens sentences ("The", "According", a quotation), else
            # the last few capitalised words are its subject
            tail = range(len(run) - 1, max(0, len(run) - 1 - _SUBJECT_WORDS), -1)
            opener = next((i for i in tail if run[i].group().lstrip("\"'“")[:1].isupper()
                           and (run[i].group().strip("\"'“”,") in _OPENERS or run[i].group()[:1] in "\"'“")), None)
            headline = run[:opener] if opener is not None else run[:-_SUBJECT_WORDS] if len(run) > _SUBJECT_WORDS else []
            if headline:
                end = headline[-1].end()
        out.append(Span(match.start(), end))
    return out
