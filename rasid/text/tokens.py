"""Word tokens with their folded form and a light Arabic stem.

Owns ``Token``, ``tokenize``, ``split_proclitics`` and ``extend_over_marks``. A token
is a run of letters and digits (any script); tashkeel, tatweel and zero-width characters
inside a word stay in it, so "قذيـفةٍ" and "لـقذيفة" are single tokens. ``norm`` is the shared folding of
``rasid.text.normalize``; ``stem`` drops Arabic proclitics (و ف ب ك ل and the article).

The stem is a guess made without a lexicon: it refuses to leave fewer than two letters
after an article or three after a bare proclitic, and a list of common words whose
first letter belongs to the root ("بلدة", "لبنان", "كتيبة") is never split. Matchers
should try ``norm`` before ``stem``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rasid.model import Span
from rasid.text.normalize import fold

_MARKS = "\u0300-\u036f\u064b-\u065f\u0670"
_CONTROLS = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c"
_TOKEN = re.compile(
    rf"(?!\u0640)[^\W_](?:[^\W_]|[{_MARKS}]|[{_CONTROLS}]+(?=[^\W_{_MARKS}]))*"
)

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")


def _article_forms() -> tuple[str, ...]:
    forms = set()
    for conj in _CONJUNCTIONS:
        for prep in _PREPOSITIONS:
            # ل + ال is written لل: the alef of the article drops.
            forms.add(conj + ("لل" if prep == "ل" else prep + "ال"))
    return tuple(sorted(forms, key=len, reverse=True))


def _bare_forms() -> tuple[str, ...]:
    forms = {conj + prep for conj in _CONJUNCTIONS for prep in _PREPOSITIONS} - {""}
    return tuple(sorted(forms, key=len, reverse=True))


ARTICLE_PREFIXES = _article_forms()
BARE_PREFIXES = _bare_forms()
_ALL_PREFIXES = frozenset(ARTICLE_PREFIXES + BARE_PREFIXES)

# Folded words that begin with و ف ب ك ل or ال as part of the word itself; splitting them
# would produce a wrong stem ("بلده" is a town, not ب + لده).
_KEEP = frozenset("""
    بلد بلده بلدات بلدي بلديه بلاد بلدان بيان بيانات بيت بيوت بيروت بغداد بنغازي بريطانيا
    بريطاني بريطانيه بحر برلمان بنك بوابه بنايه بنايات بعدما بينما بينهم بلغ بلغت بدا بدات
    لبنان لبناني لبنانيه ليبيا ليبي لواء الويه ليله ليلا لجنه لجان لقاء لقي لقيت لاجي
    لاجيين لاجيون لكنه لكنها لديه لديها لدي ليس ليست
    فلسطين فلسطيني فلسطينيه فلسطينيين فرنسا فرنسي فرنسيه فصيل فصايل فرقه فريق فتره فندق
    فيلق فجر فجرا فجرت فيما فيه فيها فيديو
    كتيبه كتايب كركوك كمين كنيسه كلمه كلمات كبير كبيره كثير كثيره كانت كانوا كافه كيلومتر كيلومترات
    وزير وزراء وزاره وزارات وحده وحدات ولايه ولايات وكاله وكالات وادي والي واقع وثيقه
    وجود وصول وصل وصلت وسط وفد وفاه وفيات وقف وقع وقعت ولد واحد واحده واشنطن وفقا
    الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي الان الله اللهم الف الفا
    الاف الفين الفان المانيا الماني المانيه
""".split())


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its span in the original text, surface, folded form, stem and proclitics."""

    span: Span
    text: str
    norm: str
    stem: str
    prefix: str


def tokenize(text: str) -> tuple[Token, ...]:
    """The words of ``text`` in order, with spans into ``text``."""
    tokens = []
    analyses = _ANALYSES
    for match in _TOKEN.finditer(text):
        word = match.group()
        analysis = analyses.get(word)
        if analysis is None:
            norm = fold(word)
            prefix, stem = split_proclitics(norm)
            if len(analyses) >= _ANALYSES_SIZE:
                analyses.clear()
            analysis = analyses[word] = (norm, stem, prefix)
        tokens.append(Token(Span(match.start(), match.end()), word, *analysis))
    return tuple(tokens)


# (norm, stem, prefix) of words seen lately: news repeats its words.
_ANALYSES: dict[str, tuple[str, str, str]] = {}
_ANALYSES_SIZE = 1 << 14


def extend_over_marks(text: str, span: Span) -> Span:
    """``span`` grown over the tashkeel and tatweel that follow it, which belong to its last word.

    A span mapped back from folded text ends at the last letter, so "ثلاثةٌ" would
    otherwise lose its tanween.
    """
    end = span.end
    while end < len(text) and _is_mark(text[end]):
        end += 1
    return Span(span.start, end) if end != span.end else span


def _is_mark(ch: str) -> bool:
    return ch == "\u0640" or unicodedata.category(ch) == "Mn"


def split_proclitics(norm: str) -> tuple[str, str]:
    """(proclitics, stem) of a folded word; ("", norm) when nothing can safely be removed."""
    if not norm or not _is_arabic(norm[0]):
        return "", norm
    kept = _protected_split(norm)
    if kept is not None:
        return kept
    rest_digits = norm.lstrip("".join(_PREPOSITIONS + _CONJUNCTIONS))
    if rest_digits.isdigit() and norm[: len(norm) - len(rest_digits)] in _ALL_PREFIXES:
        return norm[: len(norm) - len(rest_digits)], rest_digits  # "و15"
    for prefix in ARTICLE_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            return prefix, norm[len(prefix):]
    for prefix in BARE_PREFIXES:
        # Arabic roots are mostly three letters: never leave fewer after a bare proclitic.
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            return prefix, norm[len(prefix):]
    return "", norm


def _protected_split(norm: str) -> tuple[str, str] | None:
    """The split that keeps a known word whole, if the word is one (possibly with proclitics)."""
    for cut in range(0, min(len(norm), 4) + 1):
        head, rest = norm[:cut], norm[cut:]
        if rest in _KEEP and (not head or head in _ALL_PREFIXES):
            return head, rest
    return None


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"
