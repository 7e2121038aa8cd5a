"""Train the Arabic NER CRF (PER/LOC/ORG) shipped as rasid/ner/data/ar_crf.model.

Usage: python scripts/train_ner.py [--shared ../shared] [--out rasid/ner/data/ar_crf.model]
                                   [--corpora anercorp] [--holdout K/N]
                                   [--c1 0.02] [--c2 0.02] [--minfreq 1] [--iterations 350]
                                   [--stack 5] [--doc 20]

Writes three files (``rasid.ner.crf`` reads them together): the first-pass model
(``--out``), the names of the training corpus beside it (``ar_crf.known.tsv``: each
word's roles in the annotated names) and the second-pass model (``ar_crf.doc.model``).
The training sentences are grouped into runs of ``--doc`` sentences standing in for
articles; the second pass is trained on first-pass tags of each run from a model that
did not see it (``--stack`` folds), and the known-names features of each fold come from
the names of the other folds only, so that both look on training text as on unseen text.

Corpora (under SHARED/data/ner/, see each folder's MANIFEST.md):

* ANERcorp, CAMeL-style train split (``ANERCorp_CAMeL-style_train.approx.txt``): PERS ->
  PER, LOC, ORG; MISC -> O. Malformed tags (a handful of typos) count as O.
* AQMAR train and dev (``aqmar/train.txt``, ``aqmar/dev.txt``): PER, LOC, ORG; MIS -> O.
* Wojood sample, all three parts (``wojood-sample/{train,val,test}.txt``): nested entities,
  outermost first; each token takes the outermost of its tags that maps (PERS -> PER,
  GPE and LOC -> LOC, ORG; occupations, nationalities, facilities, dates ... -> O).
* NewsFANE gold (``newsfane/NewsFANE_Gold_2014_170K.txt``): the 50 fine classes folded onto
  PER/LOC/ORG (``NEWSFANE_MAP``; products, vehicles, weapons and the rest -> O). NewsFANE is
  ANERcorp's text annotated again, so every NewsFANE sentence that shares text with the
  ANERcorp test split (or with the held-out slice) is dropped before training. Its
  clitics are written apart ("و قال"); they are joined back to the word, as the
  other corpora and news text write them.

The ANERcorp test split is read only to drop the NewsFANE sentences that share its text;
nothing is trained or tuned on it. ``--holdout K/N`` keeps the K-th of N contiguous
blocks of the ANERcorp train split out of training and reports entity-level P/R/F1 on
it: those blocks are what features and hyper-parameters are tuned on.

Tuning (mean micro-F1 over PER/LOC/ORG on held-out blocks 1/5 and 3/5):

    first feature set, c1 0.05, c2 0.05, minfreq 2 ............................ 69.2
    + affixes up to 4, given names, cue classes (incl. verbs of saying) ....... 71.1
    + minfreq 1 ............................................................... 72.2
    c1 0.02, c2 0.02, minfreq 1 (the defaults) ................................ 72.7
    c1 0.01, c2 0.01: 72.7; c1 0.15, c2 0.01: 70.6; c2 0.1: 71.2; L2 only: 69.7
    character trigrams of the stem: 72.3; decoding toward recall (P(O) < t): no gain
    + AQMAR train/dev: 72.2; + NewsFANE: 71.2
    + word clusters (rasid/ner/data/clusters.tsv, scripts/build_word_clusters.py;
      current word and +-1 neighbours at 64/256/1024 clusters) ...................... 73.8
      (blocks 1/5 69.45 -> 70.82, 3/5 75.90 -> 76.85; clusters of stems seen 3+ times
      instead of 2+: 73.7; 200 SVD dims: 73.8; also +-2 neighbours and cluster bigrams:
      73.6; with clusters c1 0.01: 73.8, c1 0.05: 73.9, kept 0.02)
    + name lists (rasid/ner/data/names.tsv, scripts/build_ner_names.py: UniversalPetrarch
      actors, AQMAR and Wojood entity names) ...................................... 75.8
      (1/5 70.82 -> 74.15, 3/5 76.85 -> 77.50; also listing the first and last words
      of their person names separately: 1/5 73.49)
    + word statistics from unlabelled news (rasid/ner/data/wordstats.tsv,
      scripts/build_ner_wordstats.py: frequency, article use, use after a title) ..... 76.0
      (1/5 73.82, 3/5 78.25)
    + roles of the training names (ar_crf.known.tsv, other folds' names in training) . 76.9
      (1/5 75.07, 3/5 78.63)
    an auxiliary CRF trained on AQMAR + Wojood whose tags are features: 1/5 74.15 -> 73.17
    350 iterations instead of 200 (the default now) ................................ 77.2
      (1/5 75.47, 3/5 78.94; c1 0.05 c2 0.01: 1/5 74.79; c1 0.01 c2 0.05: 1/5 74.95)
    + second pass over the first pass's tags in runs of 20 sentences (--stack 5
      --doc 20), block 1/5 scored 20 sentences at a time, 200 iterations: 75.07 -> 76.22 (an earlier
      feature set: 70.82 -> 72.22 with runs of 10; on the test split, the second pass
      gives +3 to +4 when the recognizer is given 20 sentences at a time, +0 to +0.5
      sentence by sentence)

Second round, block 1/5 only, first pass alone (--stack 0) unless said; the same settings
trained twice with a harmless change differ by up to 0.4, and nothing below cleared that:

    the model above, first pass ....................................................... 75.47
    + Wojood sample (--corpora anercorp,wojood): 73.90; + AQMAR and Wojood: 72.41;
      + AQMAR with its features also copied under a corpus prefix, so that weights
      peculiar to Wikipedia text go to the copies ("frustratingly easy" adaptation): 74.33
    BILOU tags instead of BIO: 75.34; feature.possible_states: 75.47; 700 iterations: 75.14
    MISC trained as a fourth type (dropped from the output): 75.36
    character trigrams of stems that are rare or unclustered in news: 75.48
    2-letter affixes of the neighbours: 74.89; a title 3-5 words back: 75.33
    Latin-script runs (place in the run, English organisation head word, acronym): 75.05
    a fourth cluster level (4096 clusters): 75.13
    training on the parts the sentence splitter cuts a corpus sentence into, as tagging
      sees them (kept: it makes training and tagging alike) ........................... 75.43
    with the second pass (--stack 5), block 1/5 scored 20 sentences at a time: 76.65,
      and trained on the splitter's parts 77.06 (the defaults now); the second pass also
      seeing the types the first found possible but did not choose (their marginals),
      here and at the word's other occurrences: 76.44

The cluster features come from the packaged clusters.tsv: rebuild it before retraining,
and retrain whenever it changes (the model's cluster ids are those of the file).

AQMAR (Wikipedia), the Wojood sample (mixed sources, nested types) and NewsFANE (the same
newswire, other guidelines) lowered the held-out score, so the default model is trained on
ANERcorp alone; ``--corpora`` adds them.
The name lists and word statistics come from packaged files: rebuild them (their
scripts) before retraining, and retrain whenever they change.

Every sentence is cut into the pieces the recognizer sees at run time
(``rasid.ner.crf.pieces``: words and punctuation runs); a piece takes the tag of the corpus
token it lies in (B- only on the first word of an entity; punctuation outside words O).
A corpus sentence that the recognizer's sentence splitter would cut (about 7% of the
ANERcorp train split: a colon, a question mark or a period inside it) is trained as the
parts the recognizer tags (``segments``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasid.actors.catalog import default_catalog  # noqa: E402
from rasid.gazetteer.index import default_gazetteer  # noqa: E402
from rasid.model import Span  # noqa: E402
from rasid.ner.crf import (  # noqa: E402
    Piece,
    known_features,
    known_list_path,
    known_roles,
    pieces,
    second_model_path,
    sentence_features,
    stack_features,
)
from rasid.text.normalize import fold  # noqa: E402
from rasid.text.segment import sentences as split_sentences  # noqa: E402

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "ar_crf.model"
Sentence = list[tuple[str, str]]  # (token, BIO tag over PER/LOC/ORG)

ANER_TRAIN = "anercorp/ANERCorp_CAMeL-style_train.approx.txt"
ANER_TEST = "anercorp/ANERCorp_CAMeL-style_test.approx.txt"
AQMAR = ("aqmar/train.txt", "aqmar/dev.txt")
NEWSFANE = "newsfane/NewsFANE_Gold_2014_170K.txt"
WOJOOD = ("wojood-sample/train.txt", "wojood-sample/val.txt", "wojood-sample/test.txt")

ANER_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}
AQMAR_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
# Wojood's types (Jarrar et al. 2022): GPE and LOC are places as in ANERcorp; facilities,
# nationalities (NORP), occupations and the rest are O.
WOJOOD_MAP = {"PERS": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
# NewsFANE fine classes (Alotaibi & Lee 2014) by coarse class; the rest (products,
# vehicles, weapons, facilities, and "Group": nationalities such as العرب) are O.
NEWSFANE_MAP = {
    **dict.fromkeys((
        "Artist", "Athlete", "Businessperson", "Engineer", "Lawyer", "Other_PER", "Politician",
        "Religious_PER", "Scientist", "Police",
    ), "PER"),
    **dict.fromkeys((
        "Continent", "County-or-District", "GPE-Cluster", "Nation", "Population-Center",
        "State-or-Province", "Celestial", "Land-Region-Natural", "Water-Body",
    ), "LOC"),
    **dict.fromkeys((
        "Commercial", "Educational", "Entertainment", "Government", "Media", "Medical-Science",
        "Non-Governmental", "Religious_ORG", "Sports",
    ), "ORG"),
}

_TAG = re.compile(r"^([BI])-(.+)$")
_INVISIBLE = str.maketrans("", "", "\u200e\u200f\ufeff")


# --- reading ------------------------------------------------------------------------------

def read_conll(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    """Sentences of a "token TAG" file (blank line between sentences), tags mapped to
    PER/LOC/ORG and repaired to valid BIO; a token may contain spaces (the tag is the last field)."""
    out: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.translate(_INVISIBLE).strip()
        fields = line.rsplit(None, 1)
        if len(fields) < 2:
            if current:
                out.append(current)
                current = []
            continue
        token, tag = fields
        current.append((token, _map(tag, mapping)))
    if current:
        out.append(current)
    return [repair(s) for s in out]


def read_nested(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    """Sentences of a nested-entity file ("token TAG TAG ...", outermost entity first, as
    in Wojood): each token takes the outermost of its tags that ``mapping`` keeps, so a
    place inside an organisation's name stays part of the organisation. "$#$" (Wojood's
    mark of a break in the source) is dropped."""
    out: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.translate(_INVISIBLE).split()
        if len(fields) < 2:
            if current:
                out.append(current)
                current = []
            continue
        token, tags = fields[0], fields[1:]
        if token == "$#$":
            continue
        mapped = [t for t in (_map(tag, mapping) for tag in tags) if t != "O"]
        current.append((token, mapped[0] if mapped else "O"))
    if current:
        out.append(current)
    return [repair(s) for s in out]


def _map(tag: str, mapping: dict[str, str]) -> str:
    match = _TAG.match(tag)
    if not match or match.group(2) not in mapping:
        return "O"
    return f"{match.group(1)}-{mapping[match.group(2)]}"


def repair(sentence: Sentence) -> Sentence:
    """An I- tag that does not continue an entity of its type becomes B-."""
    out: Sentence = []
    previous = "O"
    for token, tag in sentence:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((token, tag))
        previous = tag
    return out


_PROCLITICS = frozenset("و ف ب ل".split())
_ENCLITICS = frozenset("ه ها هم هما هن كم كما نا ني ي".split())


def join_clitics(sentence: Sentence) -> Sentence:
    """NewsFANE writes "و قال" and "ان ه": glue lone clitics back onto their word."""
    out: Sentence = []
    pending = ""
    for token, tag in sentence:
        if token in _PROCLITICS and tag == "O":
            pending += token
            continue
        if token in _ENCLITICS and out and _arabic(out[-1][0]) and not pending and not tag.startswith("B-"):
            out[-1] = (out[-1][0] + token, out[-1][1])
            continue
        if pending:
            if _arabic(token):
                token = pending + token
            else:
                out.append((pending, "O"))
            pending = ""
        out.append((token, tag))
    if pending:
        out.append((pending, "O"))
    return repair(out)


def _arabic(token: str) -> bool:
    return bool(token) and "\u0600" <= token[0] <= "\u06ff"


# --- keeping NewsFANE away from evaluation text -------------------------------------------

_SHINGLE = 24


def _letters(tokens: Iterable[str]) -> str:
    return "".join(ch for ch in fold("".join(tokens)) if ch.isalnum())


def shingles(sentences: Iterable[Sentence]) -> set[str]:
    """Every run of _SHINGLE letters of the sentences (words run together), and each
    sentence shorter than that whole."""
    out: set[str] = set()
    for s in sentences:
        text = _letters(t for t, _ in s)
        if len(text) < _SHINGLE:
            out.add(text)
        out.update(text[i:i + _SHINGLE] for i in range(len(text) - _SHINGLE + 1))
    return out


def overlaps(sentence: Sentence, seen: set[str], share: float = 0.1) -> bool:
    """Whether a sentence shares text with ``seen`` (``shingles`` of held-out text): a
    tenth of its shingles or more, or, if it is short, all of it."""
    text = _letters(t for t, _ in sentence)
    if len(text) < _SHINGLE:
        return text in seen
    grams = [text[i:i + _SHINGLE] for i in range(len(text) - _SHINGLE + 1)]
    hits = sum(1 for g in grams if g in seen)
    return hits > 0 and hits >= share * len(grams)


# --- pieces and features ------------------------------------------------------------------

def to_pieces(sentence: Sentence) -> tuple[str, list, list[str]]:
    """(text, pieces, piece tags) of a corpus sentence, as the recognizer will see it."""
    text, bounds = join_tokens([t for t, _ in sentence])
    ps = pieces(text)
    tags: list[str] = []
    k = 0
    started: set[int] = set()
    for p in ps:
        while k + 1 < len(bounds) and bounds[k][1] <= p.span.start:
            k += 1
        tag = sentence[k][1]
        if tag == "O" or not p.word:
            tags.append("O")
            continue
        label = tag[2:]
        if tag.startswith("B-") and k not in started:
            tags.append("B-" + label)
            started.add(k)
        else:
            tags.append("I-" + label)
            started.add(k)
    return text, ps, [t for _, t in repair([(p.text, t) for p, t in zip(ps, tags, strict=True)])]


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text (tokens joined by spaces) and each token's [start, end)."""
    bounds = []
    at = 0
    for token in tokens:
        bounds.append((at, at + len(token)))
        at += len(token) + 1
    return " ".join(tokens), bounds


def featurize(sentences: Iterable[Sentence]) -> Iterable[tuple[list[list[str]], list[str]]]:
    gaz, cat = default_gazetteer(), default_catalog()
    for s in sentences:
        text, ps, tags = to_pieces(s)
        if ps:
            yield sentence_features(text, ps, gazetteer=gaz, catalog=cat), tags


Prepared = tuple[list, list[list[str]], list[str]]  # pieces, first-pass features, tags


def prepare(documents: Iterable[Sequence[Sentence]]) -> list[list[Prepared]]:
    """Each document's sentences as the recognizer sees them: pieces, features, gold tags."""
    gaz, cat = default_gazetteer(), default_catalog()
    out = []
    for document in documents:
        rows = []
        for s in document:
            for chunk, ps, tags in segments(*to_pieces(s)):
                rows.append((ps, sentence_features(chunk, ps, gazetteer=gaz, catalog=cat), tags))
        if rows:
            out.append(rows)
    return out


def segments(text: str, ps: Sequence[Piece], tags: Sequence[str]) -> list[tuple[str, list[Piece], list[str]]]:
    """The sentences the recognizer cuts ``text`` into (``rasid.text.segment.sentences``: a
    corpus sentence may hold a colon, a question mark or an inner period), each as its
    text, its pieces (spans into that text) and their tags, so that training sees the
    units that tagging sees."""
    out = []
    for seg in split_sentences(text):
        keep = [k for k, p in enumerate(ps) if seg.start <= p.span.start and p.span.end <= seg.end]
        if not keep:
            continue
        local = [Piece(Span(ps[k].span.start - seg.start, ps[k].span.end - seg.start), ps[k].text,
                       ps[k].norm, ps[k].stem, ps[k].prefix, ps[k].word) for k in keep]
        out.append((text[seg.start:seg.end], local,
                    [t for _, t in repair([(ps[k].text, tags[k]) for k in keep])]))
    return out


def documents_of(sentences: Sequence[Sentence], size: int) -> list[list[Sentence]]:
    """Consecutive runs of ``size`` sentences, standing in for articles (ANERcorp marks none)."""
    return [list(sentences[i:i + size]) for i in range(0, len(sentences), size)]


# --- corpora ------------------------------------------------------------------------------

def load_corpora(ner: Path, names: Sequence[str], holdout: tuple[int, int] | None = None
                 ) -> tuple[dict[str, list[Sentence]], list[Sentence]]:
    """Training sentences per corpus, and the held-out ANERcorp train block (maybe empty).

    ``holdout`` (k, n) keeps the k-th of n contiguous blocks of the ANERcorp train split
    out of training (articles stay whole, as in the train/test split)."""
    aner = read_conll(ner / ANER_TRAIN, ANER_MAP)
    held: list[Sentence] = []
    if holdout is not None:
        k, n = holdout
        lo, hi = len(aner) * k // n, len(aner) * (k + 1) // n
        aner, held = aner[:lo] + aner[hi:], aner[lo:hi]
    out: dict[str, list[Sentence]] = {}
    if "anercorp" in names:
        out["anercorp"] = aner
    if "aqmar" in names:
        out["aqmar"] = [s for name in AQMAR for s in read_conll(ner / name, AQMAR_MAP)]
    if "wojood" in names:
        out["wojood"] = [s for name in WOJOOD for s in read_nested(ner / name, WOJOOD_MAP)]
    if "newsfane" in names:
        fane = [join_clitics(s) for s in read_conll(ner / NEWSFANE, NEWSFANE_MAP)]
        # Text of the ANERcorp test split (read only to keep its sentences out) and of the block.
        seen = shingles(read_conll(ner / ANER_TEST, ANER_MAP)) | shingles(held)
        kept = [s for s in fane if not overlaps(s, seen)]
        print(f"newsfane: {len(fane)} sentences, {len(fane) - len(kept)} dropped as evaluation text",
              file=sys.stderr)
        out["newsfane"] = kept
    return out, held


def fit(rows: Iterable[tuple[list[list[str]], list[str]]], out: Path, params: dict) -> int:
    """Train one CRF on (features, tags) rows and write it to ``out``; the number of rows."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for xseq, yseq in rows:
        trainer.append(xseq, yseq)
        count += 1
    trainer.set_params({**params, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return count


def first_pass_of_folds(docs: Sequence[Sequence[Prepared]], folds: int, params: dict,
                        log: Callable[[str], None]) -> list[list[tuple[list[str], list[float]]]]:
    """The first pass's tags and marginals of every training sentence, each from a model that
    did not see it (``folds`` contiguous blocks of documents, one model per block), so the
    second pass learns how far to trust first-pass tags on unseen text."""
    import pycrfsuite

    out: list[list[tuple[list[str], list[float]]]] = [[] for _ in docs]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            lo, hi = len(docs) * k // folds, len(docs) * (k + 1) // folds
            model = Path(tmp) / f"fold{k}.model"
            started = time.perf_counter()
            fit(((x, y) for d in (*docs[:lo], *docs[hi:]) for _, x, y in d), model, params)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for n in range(lo, hi):
                for _, x, _ in docs[n]:
                    tagger.set(x)
                    tags = tagger.tag()
                    out[n].append((tags, [tagger.marginal(t, i) for i, t in enumerate(tags)]))
            tagger.close()
            log(f"fold {k + 1}/{folds}: documents {lo}-{hi} tagged ({time.perf_counter() - started:.0f} s)")
    return out


def second_pass_rows(docs: Sequence[Sequence[Prepared]],
                     first: Sequence[Sequence[tuple[list[str], list[float]]]]
                     ) -> Iterable[tuple[list[list[str]], list[str]]]:
    for doc, tagged in zip(docs, first, strict=True):
        extra = stack_features([ps for ps, _, _ in doc], [t for t, _ in tagged], [m for _, m in tagged])
        for (_, x, y), e in zip(doc, extra, strict=True):
            yield [a + b for a, b in zip(x, e, strict=True)], y


KNOWN_BLOCKS = 5


def write_known(known: dict[str, tuple[str, ...]], path: Path) -> None:
    path.write_text("# stem\troles (scripts/train_ner.py, names of the training corpus)\n"
                    + "".join(f"{w}\t{'|'.join(r)}\n" for w, r in sorted(known.items())), encoding="utf-8")


def train(data: dict[str, list[Sentence]], out: Path, c1: float, c2: float, minfreq: float,
          iterations: int, log: Callable[[str], None] = print, stack: int = 0, doc: int = 20) -> float:
    """Train and write the model, the names of its training corpus beside it
    (``rasid.ner.crf.known_list_path``) and, with ``stack`` folds, the second-pass model
    (``second_model_path``); returns the seconds spent."""
    started = time.perf_counter()
    params = {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq}
    docs = prepare(d for sentences in data.values() for d in documents_of(sentences, doc))
    # Names of the training corpus as features: each block of documents sees the names of
    # the other blocks only (as unseen text sees the names of all of them), and the model
    # ships with the names of all (``rasid.ner.crf.known_list_path``).
    blocks = max(stack, KNOWN_BLOCKS)
    for k in range(blocks):
        lo, hi = len(docs) * k // blocks, len(docs) * (k + 1) // blocks
        known = known_roles((ps, y) for d in (*docs[:lo], *docs[hi:]) for ps, _, y in d)
        for d in docs[lo:hi]:
            d[:] = [(ps, [a + b for a, b in zip(x, known_features(ps, known), strict=True)], y) for ps, x, y in d]
    write_known(known_roles((ps, y) for d in docs for ps, _, y in d), known_list_path(out))
    log(f"training on {sum(len(d) for d in docs)} sentences in {len(docs)} documents "
        f"({', '.join(f'{k} {len(v)}' for k, v in data.items())}) ...")
    second = second_model_path(out)
    if stack:
        first = first_pass_of_folds(docs, stack, params, log)
        fit(second_pass_rows(docs, first), second, params)
        log(f"second pass written ({time.perf_counter() - started:.0f} s)")
    elif second.exists():
        second.unlink()  # a stale second pass would read this first pass's tags wrongly
    fit(((x, y) for d in docs for _, x, y in d), out, params)
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the model (default rasid/ner/data/ar_crf.model; "
                        "with --holdout a temporary file)")
    parser.add_argument("--corpora", default="anercorp",
                        help="comma-separated, of anercorp, aqmar, wojood, newsfane (default: anercorp, "
                        "which scored best on held-out blocks; see the module docstring)")
    parser.add_argument("--holdout", default=None, metavar="K/N",
                        help="hold out and score the K-th (0-based) of N contiguous blocks of the "
                        "ANERcorp train split (default: train on all of it)")
    parser.add_argument("--c1", type=float, default=0.02, help="L1 regularization")
    parser.add_argument("--c2", type=float, default=0.02, help="L2 regularization")
    parser.add_argument("--minfreq", type=float, default=1, help="feature.minfreq")
    parser.add_argument("--iterations", type=int, default=350)
    parser.add_argument("--stack", type=int, default=5, metavar="K",
                        help="train the second (document) pass on first-pass tags from K folds "
                        "(0: first pass only; default 5)")
    parser.add_argument("--doc", type=int, default=20, metavar="N",
                        help="sentences per document, for training the second pass and scoring "
                        "--holdout (ANERcorp marks no article boundaries)")
    args = parser.parse_args(argv)
    ner = args.shared / "data" / "ner"
    if not ner.is_dir():
        parser.error(f"no NER corpora under {ner}")
    names = [n.strip() for n in args.corpora.split(",") if n.strip()]
    holdout = None
    if args.holdout:
        k, _, n = args.holdout.partition("/")
        holdout = (int(k), int(n))
        if not 0 <= holdout[0] < holdout[1]:
            parser.error("--holdout K/N needs 0 <= K < N")
    data, held = load_corpora(ner, names, holdout)
    out = args.out
    if out is None:
        out = Path(tempfile.mkdtemp()) / "holdout.model" if args.holdout else DEFAULT_OUT
    seconds = train(data, out, args.c1, args.c2, args.minfreq, args.iterations,
                    log=lambda m: print(m, file=sys.stderr), stack=args.stack, doc=args.doc)
    size = out.stat().st_size
    for companion in (second_model_path(out), known_list_path(out)):
        if companion.exists():
            size += companion.stat().st_size
    print(f"trained in {seconds:.1f} s; model {size / 1e6:.2f} MB -> {out}", file=sys.stderr)
    if args.holdout:
        from eval_ner import evaluate, table  # scripts/ is on sys.path when run as a script

        from rasid.ner.crf import EntityRecognizer

        scores = evaluate(EntityRecognizer.load(out), held, doc=args.doc)
        print(table(scores))
        print("HOLDOUT " + json.dumps({**scores["micro"], "size_mb": round(size / 1e6, 2),
                                       "seconds": round(seconds, 1), "params": vars(args) | {
                                           "shared": None, "out": None}}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
