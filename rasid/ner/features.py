"""What the Arabic NER tagger reads of a sentence: pieces, list and shape features, BIO spans.

Owns ``Piece`` and ``pieces`` (the units tagged), ``sentence_features`` and
``known_features`` (the features of each piece, as strings), the word lists they read
(``data/clusters.tsv``, ``data/names.tsv``, ``data/wordstats.tsv``: ``word_clusters``,
``name_list``, ``word_stats``; the names of the training corpus: ``known_roles``,
``read_known``) and ``decode`` (entities of a BIO tag sequence). ``rasid.ner.recognizer``
tags with them at run time and ``scripts/train_ner.py`` trains with them, so both compute
the same features.

A *piece* is a word (``rasid.text.tokens.tokenize``: letters, digits and the marks inside a
word) or a run of punctuation, so tagged spans are spans of the original text: tatweel,
tashkeel and bidi marks stay inside the word they belong to.

The features of a piece are strings: the folded word, the proclitic-stripped stem and its
affixes, shape and script, the words around it (two either side), whether a gazetteer
place name or a catalogue actor alias starts or continues at the word, whether a listed
name does (``data/names.tsv``: actor dictionary and other corpora's entity names,
``scripts/build_ner_names.py``), whether the word is a common given name, whether a cue
word that tends to precede names (قرية، السيد، حركة ..., and verbs of saying) comes just
before it, how the word behaves in unlabelled news (``data/wordstats.tsv``: frequency,
article use, use after a title; ``scripts/build_ner_wordstats.py``), the roles the word
plays in the names of the training corpus, and the distributional word clusters of the word
and of its neighbours (``data/clusters.tsv``, three granularities, learned from unlabelled
news text by ``scripts/build_word_clusters.py``). The neural tagger reads the piece's own
list and shape features (``rasid.ner.neural.bag``); the words themselves and their context
it reads through its word vectors, characters and LSTM.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from rasid.model import Span
from rasid.text.normalize import fold, normalize
from rasid.text.tokens import tokenize

if TYPE_CHECKING:
    from rasid.actors.catalog import ActorCatalog
    from rasid.gazetteer.index import Gazetteer

__all__ = [
    "LABELS",
    "Piece",
    "cue_class",
    "decode",
    "known_features",
    "known_roles",
    "name_list",
    "pieces",
    "read_clusters",
    "read_known",
    "read_names",
    "read_wordstats",
    "sentence_features",
    "word_clusters",
    "word_stats",
]

LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")
_CLUSTERS = ("data", "clusters.tsv")
_NAMES = ("data", "names.tsv")
_WORDSTATS = ("data", "wordstats.tsv")


# --- pieces ---------------------------------------------------------------------------------

# Characters that are neither word nor space but belong to no punctuation piece: the marks
# and invisible controls ``tokenize`` keeps inside words, when they stand alone.
_IGNORED = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")


@dataclass(frozen=True, slots=True)
class Piece:
    """A word or a run of punctuation of a sentence: span, surface, folded form, stem."""

    span: Span
    text: str
    norm: str
    stem: str
    prefix: str
    word: bool


def pieces(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    """The words (``tokenize``) and punctuation runs of ``text[start:end]``, spans into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    out: list[Piece] = []
    at = 0
    for token in tokenize(chunk):
        if token.span.start > at:
            out.extend(_punctuation(chunk, at, token.span.start, start))
        out.append(Piece(Span(token.span.start + start, token.span.end + start), token.text,
                         token.norm, token.stem, token.prefix, True))
        at = token.span.end
    if at < len(chunk):
        out.extend(_punctuation(chunk, at, len(chunk), start))
    return out


def _punctuation(chunk: str, start: int, end: int, offset: int) -> Iterable[Piece]:
    for run in re.finditer(r"\S+", chunk[start:end]):
        raw = run.group()
        if _IGNORED.sub("", raw) == "":
            continue
        s, e = start + run.start() + offset, start + run.end() + offset
        folded = fold(raw) or raw
        yield Piece(Span(s, e), raw, folded, folded, "", False)


# --- features -------------------------------------------------------------------------------

def _folded(words: str) -> frozenset[str]:
    """Folded words, each also without its article (so "للشيخ", stem "شيخ", finds "الشيخ")."""
    out = set()
    for word in words.split():
        w = fold(word)
        out.add(w)
        if w.startswith("ال") and len(w) > 4:
            out.add(w[2:])
    return frozenset(out)


# Words that tend to come right before a name of one type ("trigger-word-before").
_CUES: dict[str, frozenset[str]] = {
    "LOC": _folded(
        "قرية بلدة مدينة قرى بلدات مدن محافظة منطقة ريف حي مخيم ناحية عاصمة العاصمة مطار "
        "معبر جبل نهر بحيرة ولاية إقليم مقاطعة جزيرة ضواحي أطراف مدينتي بلدتي قريتي"
    ),
    "PER": _folded(
        "السيد السيدة الرئيس رئيس وزير وزيرة الوزير الشيخ الملك الأمير الأميرة الدكتور العقيد "
        "العميد النقيب الرائد المقدم الجنرال المشير الإمام القائد الناطق المتحدث الزعيم نائب "
        "المستشار الأستاذ الرئيسة الفنان الفنانة اللاعب المدرب الشاعر الكاتب سمو جلالة فخامة "
        "السفير المبعوث الحاج المهندس المحامي القاضي المطران البابا الكاردينال سماحة"
    ),
    "ORG": _folded(
        "حركة تنظيم جبهة لواء حزب منظمة وكالة شركة جامعة مجلس كتائب كتيبة جيش وزارة جمعية "
        "اتحاد هيئة فرقة ميليشيا مليشيا فصيل تجمع جماعة فيلق سرايا مؤسسة بنك صحيفة نادي "
        "مصرف مركز لجنة فريق منتخب معهد مجموعة إذاعة تلفزيون قناة"
    ),
    # Verbs of saying: a name often follows ("وقال فلان").
    "SAY": _folded(
        "قال قالت أكد أكدت أضاف أضافت أعلن أعلنت أوضح أوضحت صرح صرحت ذكر ذكرت اعتبر اعتبرت "
        "أشار أشارت رأى يقول تقول أبلغ أبلغت حذر حذرت دعا دعت طالب طالبت نفى نفت"
    ),
}
_CUE_OF: dict[str, str] = {w: label for label, words in _CUES.items() for w in words}

# Common given names (folded), a hint for names the training data does not have.
_GIVEN = _folded("""
    محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد إبراهيم إسماعيل يوسف يعقوب موسى عيسى
    سليمان داود صالح سعيد سعد سعود فهد فيصل عبدالله عبد عبدالرحمن عبدالعزيز عبدالكريم عبدالحميد
    عبدالرزاق عبدالقادر عبدالسلام عبدالمجيد عبدالحليم عبدالفتاح عبدالباسط طارق زياد وليد هشام هاني
    هادي رامي سامي سمير ناصر نصر منصور جمال كمال نبيل عادل عماد رياض رشيد ماجد مازن ماهر باسل
    بسام بشار بشير حافظ رفعت رفيق غسان جورج ميشال ميشيل إلياس بطرس أنطوان سليم نجيب حبيب أمين
    نبيه نعيم وائل أيمن أسامة حمزة طلال فواز فراس فادي شادي رائد عصام حسام هيثم مهند معاذ أنس
    بلال جلال عامر عمار ياسر ياسين يحيى زكريا إدريس عباس قاسم جعفر كاظم مهدي حيدر نوري جواد رضا
    كريم حميد مجيد سلمان تركي نايف بندر مشعل سلطان حمد جاسم راشد زايد خليفة صدام عدي قصي إياد
    مسعود برهم صلاح أسعد شوكت رستم غازي نزار زهير فؤاد شفيق توفيق سهيل عزت مروان منذر معن
    عدنان عاطف عاصم ممدوح مختار مالك أكرم أنور أشرف إيهاب حازم حاتم خليل خضر ربيع زهير سالم
    شريف عزيز عوض فاروق فتحي لطفي مجدي مراد منير نادر نبيل هيثم وسيم وجيه يونس أبو ابن بن
    سامر عمرو رامز باسم حسان جهاد معتز مؤيد أيهم أدهم نضال لؤي ثائر قتيبة ضياء علاء همام
    فاطمة عائشة زينب مريم خديجة ليلى سلمى هند نور رانيا لينا سميرة نادية هدى منى سعاد سوسن
    هيفاء رشا ريم دينا سارة أمل إيمان نجلاء نوال وفاء بثينة أسماء رغدة كوندوليزا هيلاري أنجيلا
    جون جاك بيتر ديفيد مايكل وليام روبرت جيمس بول ريتشارد توماس توني دانيال فرانسوا بيار بيير
    كوفي خافيير هانز فلاديمير سيرغي إيغور دونالد باراك نيكولا غيرهارد جاك ديك كولن جوزيف
""")

# --- word clusters -------------------------------------------------------------------------

Clusters = Mapping[str, tuple[str, ...]]


def read_clusters(text: str) -> dict[str, tuple[str, ...]]:
    """The clusters of a ``clusters.tsv`` text: stem -> cluster ids, coarse to fine
    (a header line starting with "#" names the granularities)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, *ids = line.split("\t")
        out[word] = tuple(ids)
    return out


def _packaged_text(parts: Sequence[str]) -> str | None:
    """A data file packaged with rasid.ner, or None when the package was built without it."""
    try:
        return resources.files("rasid.ner").joinpath(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None


@functools.lru_cache(maxsize=1)
def word_clusters() -> Clusters:
    """The packaged word clusters (read once per process); empty when the file is absent."""
    text = _packaged_text(_CLUSTERS)
    return read_clusters(text) if text is not None else {}


def _cluster_of(p: Piece, clusters: Clusters) -> tuple[str, ...]:
    if not p.word:
        return ()
    return clusters.get(p.stem) or clusters.get(p.norm) or ()


# --- word statistics -------------------------------------------------------------------------

WordStats = Mapping[str, tuple[str, str, str]]


def read_wordstats(text: str) -> dict[str, tuple[str, str, str]]:
    """The classes of a ``wordstats.tsv`` text: stem -> (frequency, article, after-cue)."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, *classes = line.split("\t")
        if len(classes) == 3:
            out[word] = (classes[0], classes[1], classes[2])
    return out


@functools.lru_cache(maxsize=1)
def word_stats() -> WordStats:
    """The packaged word statistics (read once per process); empty when the file is absent."""
    text = _packaged_text(_WORDSTATS)
    return read_wordstats(text) if text is not None else {}


def _stats_features(p: Piece, stats: WordStats, at: str = "") -> list[str]:
    """How the word behaves in unlabelled news: frequency, article use, use after a title."""
    if not p.word or not stats:
        return []
    found = stats.get(p.stem)
    if found is None:
        return [at + "ws=unk"]
    f, a, c = found
    if at:
        return [f"{at}wa={a}", f"{at}wc={c}"]
    return [f"wf={f}", f"wa={a}", f"wc={c}", f"wa|wf={a}|{f}"]


# --- names of the training corpus ----------------------------------------------------------

Known = Mapping[str, tuple[str, ...]]

# How often a word must fill a role in the training names, out of all its occurrences there,
# for the role to count: "عبد" starts names, "في" only sits inside a few.
KNOWN_SHARE = 0.2


def known_roles(sentences: Iterable[tuple[Sequence[Piece], Sequence[str]]]) -> dict[str, tuple[str, ...]]:
    """The roles words play in the names of tagged sentences ((pieces, BIO tags) pairs):
    "PER" or "ORG" (a one-word name of that type), "PER-first"/"PER-last" and
    "ORG-first"/"ORG-last" (first or last word of a longer one), "LOC" (first word of a
    place); a role counts when the word fills it in at least ``KNOWN_SHARE`` of its
    occurrences."""
    total: dict[str, int] = {}
    roles: dict[str, dict[str, int]] = {}
    for ps, tags in sentences:
        for p in ps:
            if p.word:
                total[p.stem] = total.get(p.stem, 0) + 1
        for first, last, label in decode(tags):
            words = [k for k in range(first, last) if ps[k].word]
            if not words:
                continue
            marks: list[tuple[int, str]]
            if label == "LOC":
                marks = [(words[0], "LOC")]
            elif len(words) == 1:
                marks = [(words[0], label)]
            else:
                marks = [(words[0], label + "-first"), (words[-1], label + "-last")]
            for k, role in marks:
                counts = roles.setdefault(ps[k].stem, {})
                counts[role] = counts.get(role, 0) + 1
    return {w: tuple(sorted(r for r, n in counts.items() if n >= KNOWN_SHARE * total[w]))
            for w, counts in roles.items() if any(n >= KNOWN_SHARE * total[w] for n in counts.values())}


def read_known(text: str) -> dict[str, tuple[str, ...]]:
    """The roles of a ``known.tsv`` text (``stem<TAB>role|role``)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, roles = line.partition("\t")
            out[word] = tuple(roles.split("|"))
    return out


def known_features(ps: Sequence[Piece], known: Known, neighbours: bool = True) -> list[list[str]]:
    """Per piece, the roles its word and (with ``neighbours``) its neighbours' words play in
    training names."""
    roles = [known.get(p.stem, ()) if p.word else () for p in ps]
    out = []
    for i in range(len(ps)):
        feats = ["kn=" + r for r in roles[i]]
        for d in (-1, 1) if neighbours else ():
            if 0 <= i + d < len(ps):
                feats.extend(f"{d}:kn={r}" for r in roles[i + d])
        out.append(feats)
    return out


# --- name lists ------------------------------------------------------------------------------

NameList = Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]


def read_names(text: str) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """The names of a ``names.tsv`` text (``stems<TAB>type|type``), by first stem: each
    name's stems and types, longest names first."""
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, _, kinds = line.partition("\t")
        words = tuple(phrase.split())
        if words:
            grouped.setdefault(words[0], []).append((words, tuple(kinds.split("|"))))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in grouped.items()}


@functools.lru_cache(maxsize=1)
def name_list() -> NameList:
    """The packaged name lists (read once per process); empty when the file is absent."""
    text = _packaged_text(_NAMES)
    return read_names(text) if text is not None else {}


def _listed(ps: Sequence[Piece], names: NameList) -> list[tuple[str, ...]]:
    """Per piece, "B:type"/"I:type" where a listed name starts or continues (longest match,
    left to right, over consecutive words), () elsewhere."""
    out: list[tuple[str, ...]] = [()] * len(ps)
    i = 0
    while i < len(ps):
        entries = names.get(ps[i].stem) if ps[i].word else None
        matched = 0
        for words, kinds in entries or ():
            n = len(words)
            if i + n <= len(ps) and all(q.word and q.stem == w for q, w in zip(ps[i:i + n], words, strict=True)):
                out[i] = tuple("B:" + k for k in kinds)
                for k in range(i + 1, i + n):
                    out[k] = tuple("I:" + kind for kind in kinds)
                matched = n
                break
        i += matched or 1
    return out


# Features of a neighbour that a piece sees, with the neighbour's offset.
_WINDOW = 2


def _shape(text: str) -> str:
    if text.isdigit():
        return "digit"
    arabic = latin = other = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
        elif not ch.isdigit():
            other += 1
    if arabic and not latin:
        return "ar" if not other else "ar+"
    if latin and not arabic:
        if text[:1].isupper():
            return "LATIN" if text.isupper() else "Latin"
        return "latin"
    if not arabic and not latin:
        return "punct" if other else "mixed-digit"
    return "mixed"


def _annotate(text: str, ps: Sequence[Piece], gazetteer: Gazetteer | None,
              catalog: ActorCatalog | None) -> tuple[list[str], list[str]]:
    """Per piece, the gazetteer and actor features: "B:kind"/"I:kind" where a place name or
    actor alias starts or continues at the piece, "" elsewhere."""
    gaz = [""] * len(ps)
    act = [""] * len(ps)
    if not ps or (gazetteer is None and catalog is None):
        return gaz, act
    norm = normalize(text)

    def mark(store: list[str], span: Span, tag: str) -> None:
        first = True
        for i, p in enumerate(ps):
            if p.span.end <= span.start:
                continue
            if p.span.start >= span.end:
                break
            if p.word and not store[i]:
                store[i] = ("B" if first else "I") + tag
                first = False

    if gazetteer is not None:
        for m in gazetteer.find(norm):
            kind = m.candidates[0].kind if m.candidates else ""
            mark(gaz, norm.span_to_original(m.start, m.end), ":" + ("cue" if m.needs_cue else kind))
    if catalog is not None:
        for a in catalog.find(norm):
            mark(act, norm.span_to_original(a.start, a.end), ":" + ("weak" if a.weak else a.entry.kind))
    return gaz, act


def cue_class(norm: str, stem: str) -> str:
    """The class of cue word (LOC, PER, ORG, SAY) a folded word or its stem is, or ""."""
    return _CUE_OF.get(norm) or _CUE_OF.get(stem) or ""


def _cue(p: Piece) -> str:
    return cue_class(p.norm, p.stem)


def sentence_features(text: str, ps: Sequence[Piece] | None = None, *,
                      gazetteer: Gazetteer | None = None,
                      catalog: ActorCatalog | None = None,
                      clusters: Clusters | None = None,
                      names: NameList | None = None, neighbours: bool = True) -> list[list[str]]:
    """The features of every piece of the sentence ``text`` (``pieces(text)`` by default).

    ``clusters`` are the word clusters (``word_clusters()``, the packaged ones, by default),
    ``names`` the name lists (``name_list()`` by default). Without ``neighbours``, only the
    piece's own features (what ``rasid.ner.neural.bag`` keeps), not its neighbours' words,
    clusters and lists."""
    ps = pieces(text) if ps is None else ps
    clusters = word_clusters() if clusters is None else clusters
    listed = _listed(ps, name_list() if names is None else names)
    stats = word_stats()
    cls = [_cluster_of(p, clusters) for p in ps]
    gaz, act = _annotate(text, ps, gazetteer, catalog)
    cues = [_cue(p) for p in ps]
    shapes = [_shape(p.text) for p in ps]
    out: list[list[str]] = []
    n = len(ps)
    for i, p in enumerate(ps):
        stem, norm = p.stem, p.norm
        feats = ["bias", "w=" + norm, "s=" + stem, "shape=" + shapes[i]]
        if p.word:
            if p.prefix:
                feats.append("pre=" + p.prefix)
                feats.append("art" if p.prefix.endswith(("ال", "لل")) else "clitic")
            for k in (1, 2, 3, 4):
                if len(stem) > k:
                    feats.append(f"p{k}={stem[:k]}")
                    feats.append(f"x{k}={stem[-k:]}")
            feats.append(f"len={min(len(stem), 8)}")
            if norm.isdigit():
                feats.append("digit")
            if stem in _GIVEN or norm in _GIVEN:
                feats.append("given")
        if p.word:
            if cls[i]:
                feats.extend(f"c{g}={c}" for g, c in enumerate(cls[i]))
            else:
                feats.append("c=none")
        if cues[i]:
            feats.append("cue=" + cues[i])
        if gaz[i]:
            feats.append("gaz=" + gaz[i])
            feats.append("gaz=" + gaz[i][0])
        if act[i]:
            feats.append("act=" + act[i])
            feats.append("act=" + act[i][0])
        feats.extend(_stats_features(p, stats))
        for mark in listed[i]:
            feats.append("lst=" + mark)
        if listed[i]:
            feats.append("lst=" + listed[i][0][0])
        # Cue words just before the piece ("trigger-word-before").
        for back in (1, 2):
            if i - back >= 0 and cues[i - back]:
                feats.append(f"cue-{back}={cues[i - back]}")
        if not neighbours:
            out.append(feats)
            continue
        for d in range(-_WINDOW, _WINDOW + 1):
            j = i + d
            if d == 0:
                continue
            if j < 0:
                feats.append(f"{d}:BOS")
                continue
            if j >= n:
                feats.append(f"{d}:EOS")
                continue
            q = ps[j]
            feats.append(f"{d}:w={q.norm}")
            feats.append(f"{d}:s={q.stem}")
            if abs(d) == 1:
                feats.append(f"{d}:shape={shapes[j]}")
                if q.prefix:
                    feats.append(f"{d}:pre={q.prefix}")
                if q.word and (q.stem in _GIVEN or q.norm in _GIVEN):
                    feats.append(f"{d}:given")
                if gaz[j]:
                    feats.append(f"{d}:gaz={gaz[j][0]}")
                if act[j]:
                    feats.append(f"{d}:act={act[j][0]}")
                if listed[j]:
                    feats.append(f"{d}:lst={listed[j][0][0]}")
                feats.extend(_stats_features(q, stats, f"{d}:"))
                if d == 1 and cues[j]:
                    feats.append(f"+1:cue={cues[j]}")
                if cls[j]:
                    feats.extend(f"{d}:c{g}={c}" for g, c in enumerate(cls[j]))
        if i > 0:
            feats.append(f"-1|0={ps[i - 1].stem}|{stem}")
        if i + 1 < n:
            feats.append(f"0|+1={stem}|{ps[i + 1].stem}")
        out.append(feats)
    return out


# --- decoding -------------------------------------------------------------------------------

def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of a BIO tag sequence as (first, last + 1, type); an I- without a B- starts one."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix != "I" or label != kind):
            out.append((start, i, kind))
            start, kind = -1, ""
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label
    return out


