"""A small table-based Arabic-to-Latin romanizer for armed-group names.

Owns ``romanize`` (a phrase such as "القاطرجي" → "al-Qatirji") and
``romanize_group`` (an introducer word and a name, such as "لواء الباقر" →
"Liwa al-Baqir", "ميليشيا القاطرجي" → "Al-Qatirji Militia"). The style follows the
English names ACLED gives Syrian groups: the article is "al-", ق q, خ kh, ش sh, ث th,
ذ dh, غ gh, emphatic letters without dots (ص s, ض d, ط t, ظ z, ح h), ع as an apostrophe
inside a word. Short vowels are not written in Arabic, so two cheap guesses fill them
in: a word never starts with two consonants ("حمزة" → "hamza") and the participle
pattern CāCC takes an "i" ("باقر" → "baqir"). Common words of group names come from a
table. The output is a readable label, not a scholarly transliteration.
"""

from __future__ import annotations

import re

__all__ = ["INTRODUCERS", "romanize", "romanize_group", "romanize_word"]

_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_QUOTES = re.compile("[\"'«»“”„‘’`()\\[\\]{}<>،,:;.!?؟]")

_LETTERS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
    "ک": "k", "ی": "y",
}
_ALEFS = "اأإآٱ"

# Whole words (without the article) that have a conventional spelling in group names.
_WORDS: dict[str, str] = {
    "لواء": "Liwa", "ألوية": "Alwiya", "الوية": "Alwiya", "كتائب": "Kataib", "كتيبة": "Katibat",
    "حركة": "Harakat", "جبهة": "Jabhat", "تجمع": "Tajammu", "جيش": "Jaysh", "سرايا": "Saraya",
    "فيلق": "Faylaq", "فرقة": "Firqat", "قوات": "Quwat", "أنصار": "Ansar", "انصار": "Ansar",
    "أحرار": "Ahrar", "احرار": "Ahrar", "جند": "Jund", "أجناد": "Ajnad", "اجناد": "Ajnad",
    "شهداء": "Shuhada", "شهيد": "Shahid", "صقور": "Suqur", "أسود": "Usud", "اسود": "Usud",
    "أبو": "Abu", "ابو": "Abu", "أبي": "Abi", "ابي": "Abi", "ابن": "Ibn", "بن": "bin",
    "بنت": "bint", "عبد": "Abd", "محمد": "Muhammad", "أحمد": "Ahmad", "احمد": "Ahmad",
    "محمود": "Mahmoud", "علي": "Ali", "عمر": "Omar", "عثمان": "Uthman", "حسين": "Hussein",
    "حسن": "Hassan", "حمزة": "Hamza", "خالد": "Khalid", "سعد": "Saad", "يوسف": "Youssef",
    "إبراهيم": "Ibrahim", "ابراهيم": "Ibrahim", "عباس": "Abbas", "جعفر": "Jafar",
    "زينب": "Zaynab", "فاطمة": "Fatima", "مصطفى": "Mustafa", "صلاح": "Salah",
    "الله": "Allah", "إسلام": "Islam", "اسلام": "Islam", "إسلامي": "Islami", "اسلامي": "Islami",
    "إسلامية": "Islamiya", "اسلامية": "Islamiya", "شام": "Sham", "حق": "Haqq", "دين": "Din",
    "رحمن": "Rahman", "رسول": "Rasul", "مهدي": "Mahdi", "إمام": "Imam", "امام": "Imam",
    "جنوب": "Janub", "شمال": "Shamal", "شرقية": "Sharqiya", "غربية": "Gharbiya",
    "فاروق": "Faruq", "توحيد": "Tawhid", "فتح": "Fath", "نصر": "Nasr", "درع": "Dir'",
    "ساحل": "Sahil", "قدس": "Quds", "كرامة": "Karama", "جبل": "Jabal", "عباسي": "Abbasi",
    "مغاوير": "Maghawir", "ثورة": "Thawra", "ثوار": "Thuwar", "مجاهدين": "Mujahideen",
    "مهاجرين": "Muhajireen", "سنة": "Sunna", "أمة": "Umma", "امة": "Umma", "عشائر": "Asha'ir",
    "قبائل": "Qaba'il", "حرس": "Haras", "وطني": "Watani", "شعبي": "Shaabi", "مقاومة": "Muqawama",
    "حزب": "Hizb", "رجال": "Rijal", "عز": "Izz", "نور": "Nur", "بدر": "Badr", "فجر": "Fajr",
    "يرموك": "Yarmouk", "حوران": "Hawran", "جولان": "Golan", "فرات": "Furat", "بادية": "Badiya",
    "مدينة": "Madina", "ملك": "Malik", "سلطان": "Sultan", "شاه": "Shah", "مراد": "Murad",
    "معتصم": "Mu'tasim", "نسور": "Nusur", "فرقان": "Furqan", "خطاب": "Khattab",
    "زوبعة": "Zawba'a", "حمزات": "Hamzat", "عمشات": "Amshat", "مختار": "Mukhtar",
    "فرسان": "Fursan", "ليوث": "Liyuth", "أمجاد": "Amjad", "امجاد": "Amjad", "بيارق": "Bayariq",
}

# Introducer word (folded spelling variants) → (style, English word). "prefix" writes
# "Liwa al-X"; "suffix" writes "Al-X Militia", "Al-Fajr Forces", "Al-Asifa Group".
INTRODUCERS: dict[str, tuple[str, str]] = {
    "ميليشيا": ("suffix", "Militia"), "مليشيا": ("suffix", "Militia"),
    "ميليشيات": ("suffix", "Militia"), "مليشيات": ("suffix", "Militia"),
    "فصيل": ("suffix", "Faction"), "فرقة": ("suffix", "Division"),
    "لواء": ("prefix", "Liwa"), "كتائب": ("prefix", "Kataib"), "كتيبة": ("prefix", "Katibat"),
    "حركة": ("prefix", "Harakat"), "جبهة": ("prefix", "Jabhat"), "تجمع": ("prefix", "Tajammu"),
    "جيش": ("prefix", "Jaysh"), "سرايا": ("prefix", "Saraya"),
    "قوات": ("suffix", "Forces"), "مجموعة": ("suffix", "Group"),
}


def _clean(text: str) -> str:
    text = _TASHKEEL.sub("", text)
    text = _QUOTES.sub(" ", text)
    return " ".join(text.split())


def _is_vowel(token: str) -> bool:
    return token in ("a", "i", "u")


def _core(word: str) -> str:
    """Romanize one word without its article, guessing short vowels."""
    tokens: list[str] = []
    long_vowel: list[bool] = []
    n = len(word)
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < n else "$"  # "$": end of word, never a letter
        prev_vowel = bool(tokens) and _is_vowel(tokens[-1])
        if ch in _ALEFS:
            tokens.append("i" if ch == "إ" else "a")
            long_vowel.append(i > 0)
        elif ch == "ى":
            tokens.append("a")
            long_vowel.append(True)
        elif ch == "ة":
            tokens.append("a" if i == n - 1 else "at")
            long_vowel.append(False)
        elif ch == "و":
            if i == 0 or prev_vowel or nxt in _ALEFS or nxt == "ي":
                tokens.append("w")
                long_vowel.append(False)
            else:
                tokens.append("u")
                long_vowel.append(True)
        elif ch == "ي":
            if i == 0 or prev_vowel or nxt in _ALEFS or nxt in "وة":
                if nxt == "ة" and not prev_vowel:
                    tokens.append("i")
                    long_vowel.append(False)
                    tokens.append("y")
                    long_vowel.append(False)
                else:
                    tokens.append("y")
                    long_vowel.append(False)
            else:
                tokens.append("i")
                long_vowel.append(True)
        elif ch == "ع" and i == 0:
            tokens.append("a")
            long_vowel.append(False)
        elif ch == "ء" and i == n - 1:
            continue
        elif ch in _LETTERS:
            tokens.append(_LETTERS[ch])
            long_vowel.append(False)
        elif ch.isascii() and ch.isalnum():
            tokens.append(ch.lower())
            long_vowel.append(False)
        # anything else (stray marks) is dropped
    if not tokens:
        return ""
    # A word never starts with two consonants: "حمزة" → ham-za, "كرامة" → ka-rama.
    if len(tokens) >= 2 and not _is_vowel(tokens[0]) and not _is_vowel(tokens[1]):
        tokens.insert(1, "a")
        long_vowel.insert(1, False)
    # Participle CāCC → CāCiC: "باقر" → baqir, "قاطرجي" → qatirji, "ناصرية" → nasiriya.
    for i in range(1, len(tokens) - 2):
        if (
            tokens[i] == "a" and long_vowel[i]
            and not _is_vowel(tokens[i + 1]) and not _is_vowel(tokens[i + 2])
        ):
            tokens.insert(i + 2, "i")
            long_vowel.insert(i + 2, False)
            break
    out = "".join(tokens)
    out = re.sub(r"([aiu])\1+", r"\1", out)  # long vowels are written once
    out = out.strip("'")
    return out


def romanize_word(word: str) -> str:
    """One Arabic word (article and conjunction "و" included) in Latin letters."""
    word = _clean(word)
    if not word:
        return ""
    if not any("\u0600" <= ch <= "\u06ff" for ch in word):
        return word
    if word in _WORDS:
        return _WORDS[word]
    conj = ""
    if word.startswith("وال") and len(word) > 4:
        conj, word = "wa", word[1:]
    if word.startswith("ال") and len(word) > 3:
        rest = word[2:]
        body = _WORDS.get(rest) or _core(rest).capitalize()
        return ("wal-" if conj else "al-") + body
    return _WORDS.get(word) or _core(word).capitalize()


def romanize(text: str) -> str:
    """A phrase in Latin letters, word by word ("لواء الباقر" → "Liwa al-Baqir")."""
    words = [romanize_word(w) for w in _clean(text).split()]
    return " ".join(w for w in words if w)


def romanize_group(introducer: str, name: str) -> str:
    """An English group name from an Arabic introducer word and the name after it.

    >>> romanize_group("لواء", "الباقر")
    'Liwa al-Baqir'
    >>> romanize_group("ميليشيا", "القاطرجي")
    'Al-Qatirji Militia'
    """
    body = romanize(name)
    if not body:
        return ""
    style, word = INTRODUCERS.get(_clean(introducer).replace("أ", "ا"), ("suffix", "Group"))
    if style == "prefix":
        return f"{word} {body}"
    return f"{body[0].upper()}{body[1:]} {word}"
