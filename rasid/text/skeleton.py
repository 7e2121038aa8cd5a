"""Consonant skeletons: one key for the many Latin spellings of an Arabic name.

Owns ``latin_skeleton`` and ``arabic_skeleton``. English news spells a Syrian village the
way its reporter heard it ("Kanasba", "Kinsabba"), gazetteers another way ("Kansaba"),
and the Arabic name is a third source of truth (كنسبا). Dropping vowels, the article,
long-vowel letters (و ي), ʿayn and hamza, and folding digraphs (kh, sh, dh, th, gh) to
one letter leaves a key those spellings share: "knsb". The key is deliberately lossy;
callers use it only for words that are capitalised and sit where a place is expected,
and rank the candidates by context like any other place name.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "$"), ("ch", "$"), ("gh", "g"), ("dh", "d"), ("th", "t"),
                   ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("v", "f"), ("j", "j"), ("g", "g"))
_LATIN_DROPPED = re.compile(r"[aeiouwy'`ʿʾ’‘-]")
_ARTICLE_LATIN = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|ed|es|et|ez|er)[- ](?=\w)")
_ARABIC_LETTERS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "$", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "گ": "g", "چ": "j", "پ": "b", "ڤ": "f",
}
_DOUBLED = re.compile(r"(.)\1+")


def _collapse(key: str) -> str:
    return _DOUBLED.sub(r"\1", key)


@functools.lru_cache(maxsize=1 << 14)  # place ranking asks for the same few names over and over
def latin_skeleton(name: str) -> str:
    """The skeleton of a Latin-script name: "As-Salamiyeh" → "slm", "Tall Tawil" → "tl tl"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = []
    for word in re.split(r"[\s/]+", text):
        word = _ARTICLE_LATIN.sub("", word)
        word = re.sub(r"[^a-z'`ʿʾ’‘-]", "", word)
        for digraph, letter in _LATIN_DIGRAPHS:
            word = word.replace(digraph, letter)
        word = _LATIN_DROPPED.sub("", word)
        word = word[:-1] if len(word) > 2 and word.endswith("h") else word  # "Salamiyah": a final ta marbuta
        if word:
            words.append(_collapse(word))
    return " ".join(words)


def arabic_skeleton(name: str) -> str:
    """The skeleton of an Arabic name: "السلمية" → "slm", "تل طويل" → "tl tl"."""
    words = []
    for word in name.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        key = "".join(_ARABIC_LETTERS.get(c, "") for c in word.rstrip("ةه") or word)
        if key:
            words.append(_collapse(key))
    return " ".join(words)
