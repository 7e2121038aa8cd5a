"""Named entities (PER, LOC, ORG) in Arabic and English text, for names no list has.

Owns ``Entity``, ``EntityRecognizer`` and ``default_recognizer``, the CRF features
(``pieces``, ``sentence_features``) and the tag-sequence decoding (``decode``).
Arabic sentences are tagged by a linear-chain CRF (python-crfsuite) trained by
``scripts/train_ner.py``; Latin-script sentences go to the rule-based recognizer of
``rasid.ner.english``.

The CRF sees one *piece* per word (``rasid.text.tokens.tokenize``: letters, digits and
the marks inside a word) and one per run of punctuation, so its spans are spans of the
original text: tatweel, tashkeel and bidi marks stay inside the word they belong to.
Its features are the folded word, the proclitic-stripped stem and its affixes, shape
and script, the words around it (two either side), whether a gazetteer place name or a
catalogue actor alias starts or continues at the word, whether the word is a common
given name, whether a cue word that tends to precede names (قرية، السيد، حركة ...,
and verbs of saying) comes just before it, and the distributional word clusters of the
word and of its neighbours (``data/clusters.tsv``, three granularities, learned from
unlabelled news text by ``scripts/build_word_clusters.py``). The training script imports these
functions, so training and tagging compute the same features.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasid.errors import DataError
from rasid.model import Span
from rasid.text.lang import script_of
from rasid.text.normalize import fold, normalize
from rasid.text.segment import sentences
from rasid.text.tokens import tokenize

if TYPE_CHECKING:
    from rasid.actors.catalog import ActorCatalog
    from rasid.gazetteer.index import Gazetteer
    from rasid.ner.english import EnglishRecognizer

__all__ = [
    "LABELS", "Entity", "EntityRecognizer", "Piece", "decode", "default_recognizer", "pieces", "read_clusters",
    "sentence_features", "word_clusters",
]

LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")
_RESOURCE = ("data", "ar_crf.model")
_CLUSTERS = ("data", "clusters.tsv")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: its span of the original text, its type and the tagger's confidence.

    ``label`` is "PER", "LOC" or "ORG"; ``score`` is in [0, 1] (for the CRF the mean
    marginal probability of the entity's tags, for the English rules a fixed value per rule).
    """

    span: Span
    label: str
    score: float


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


@functools.lru_cache(maxsize=1)
def word_clusters() -> Clusters:
    """The packaged word clusters (read once per process); empty when the file is absent."""
    try:
        text = resources.files("rasid.ner").joinpath(*_CLUSTERS).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return read_clusters(text)


def _cluster_of(p: Piece, clusters: Clusters) -> tuple[str, ...]:
    if not p.word:
        return ()
    return clusters.get(p.stem) or clusters.get(p.norm) or ()


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


def _cue(p: Piece) -> str:
    return _CUE_OF.get(p.norm) or _CUE_OF.get(p.stem) or ""


def sentence_features(text: str, ps: Sequence[Piece] | None = None, *,
                      gazetteer: Gazetteer | None = None,
                      catalog: ActorCatalog | None = None,
                      clusters: Clusters | None = None) -> list[list[str]]:
    """The CRF features of every piece of the sentence ``text`` (``pieces(text)`` by default).

    ``clusters`` are the word clusters (``word_clusters()``, the packaged ones, by default)."""
    ps = pieces(text) if ps is None else ps
    clusters = word_clusters() if clusters is None else clusters
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
        # Cue words just before the piece ("trigger-word-before").
        for back in (1, 2):
            if i - back >= 0 and cues[i - back]:
                feats.append(f"cue-{back}={cues[i - back]}")
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


# --- the recognizer -------------------------------------------------------------------------

class EntityRecognizer:
    """PER/LOC/ORG entities in text: a CRF for Arabic sentences, rules for English ones.

    ``load(path)`` reads a CRF model file (``None``: the packaged one). Pickles as a
    reference to its model (packaged or path) and is loaded again, once per process,
    when unpickled.
    """

    def __init__(self, model: bytes, path: Path | None = None) -> None:
        import pycrfsuite

        self._path = path
        self._model = model  # the tagger reads this buffer in place: keep it alive
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open_inmemory(model)
        except (ValueError, OSError) as exc:
            raise DataError(f"cannot read NER model {path or 'packaged'}: {exc}") from exc
        self._gazetteer: Gazetteer | None = None
        self._catalog: ActorCatalog | None = None
        self._english: EnglishRecognizer | None = None
        self._clusters = word_clusters()

    @classmethod
    def load(cls, path: str | Path | None = None) -> EntityRecognizer:
        """The recognizer with the model at ``path``, or the packaged model when ``None``."""
        if path is None:
            try:
                model = resources.files("rasid.ner").joinpath(*_RESOURCE).read_bytes()
            except (FileNotFoundError, OSError) as exc:
                raise DataError(f"packaged NER model missing: {exc}") from exc
            return cls(model)
        file = Path(path)
        try:
            model = file.read_bytes()
        except OSError as exc:
            raise DataError(f"cannot read NER model {file}: {exc}") from exc
        return cls(model, file.resolve())

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_restore, (None if self._path is None else str(self._path),))

    def __repr__(self) -> str:
        return f"<EntityRecognizer {'packaged' if self._path is None else self._path}>"

    # --- resources ------------------------------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from rasid.gazetteer.index import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @property
    def catalog(self) -> ActorCatalog:
        if self._catalog is None:
            from rasid.actors.catalog import default_catalog

            self._catalog = default_catalog()
        return self._catalog

    @property
    def english(self) -> EnglishRecognizer:
        if self._english is None:
            from rasid.ner.english import EnglishRecognizer

            self._english = EnglishRecognizer(self.gazetteer, self.catalog)
        return self._english

    # --- tagging --------------------------------------------------------------------------

    def entities(self, text: str) -> tuple[Entity, ...]:
        """The entities of ``text`` in order, spans into ``text``."""
        out: list[Entity] = []
        for sentence in sentences(text):
            chunk = sentence.text_of(text)
            if _is_latin(chunk):
                out.extend(self.english.entities(text, sentence))
            else:
                out.extend(self.arabic(text, sentence))
        return tuple(out)

    def arabic(self, text: str, sentence: Span | None = None) -> list[Entity]:
        """The CRF's entities in one sentence of ``text`` (the whole text by default)."""
        sentence = sentence or Span(0, len(text))
        ps = pieces(text, sentence.start, sentence.end)
        if not ps:
            return []
        chunk = text[sentence.start:sentence.end]
        local = [Piece(Span(p.span.start - sentence.start, p.span.end - sentence.start), p.text, p.norm,
                       p.stem, p.prefix, p.word) for p in ps]
        tags, marginals = self.tag(chunk, local)
        out = []
        for first, last, label in decode(tags):
            words = [k for k in range(first, last) if ps[k].word]
            if not words or label not in LABELS:
                continue
            span = Span(ps[words[0]].span.start, ps[words[-1]].span.end)
            score = sum(marginals[first:last]) / (last - first)
            out.append(Entity(span, label, round(score, 4)))
        return out

    def tag(self, text: str, ps: Sequence[Piece]) -> tuple[list[str], list[float]]:
        """BIO tags (Viterbi) of the pieces ``ps`` of the sentence ``text``, and each tag's marginal."""
        xseq = sentence_features(text, ps, gazetteer=self.gazetteer, catalog=self.catalog,
                                 clusters=self._clusters)
        tagger = self._tagger
        tagger.set(xseq)
        tags = tagger.tag()
        return tags, [tagger.marginal(tag, i) for i, tag in enumerate(tags)]


def _is_latin(text: str) -> bool:
    script = script_of(text)
    if script in ("en", "ar"):
        return script == "en"
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return latin > arabic


@functools.lru_cache(maxsize=1)
def default_recognizer() -> EntityRecognizer:
    """The recognizer with the packaged model, loaded once per process."""
    return EntityRecognizer.load()


@functools.lru_cache(maxsize=4)
def _load_path(path: str) -> EntityRecognizer:
    return EntityRecognizer.load(path)


def _restore(path: str | None) -> EntityRecognizer:
    """Unpickling: the (cached) recognizer of the same model."""
    return default_recognizer() if path is None else _load_path(path)
