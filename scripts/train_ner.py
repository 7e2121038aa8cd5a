"""Train the Arabic NER tagger (PER/LOC/ORG) shipped as rasid/ner/data/ar_ner.npz.

Usage: python scripts/train_ner.py [--shared ../shared] [--vectors build/ner_vectors.npz]
                                   [--out rasid/ner/data/ar_ner.npz] [--holdout K/N]
                                   [--epochs 15] [--seeds 1] [--first-seed 1] [--tune-vectors]
                                   [--lm-epochs 0] [--float32] [--verify] [--cache DIR]
       python scripts/train_ner.py --merge a.npz b.npz ... --out rasid/ner/data/ar_ner.npz

Needs PyTorch (``pip install -e ".[ner-train]"``, the CPU build of torch 2.13.0) and the
word vectors of ``scripts/build_ner_embeddings.py``; the file it writes is read with numpy
alone by ``rasid.ner.neural`` (PyTorch is a build-time tool only). The network, described
there: fixed pretrained word vectors, a character convolution, a bag of the recognizer's
list and shape features (``rasid.ner.features``), a bidirectional LSTM and a CRF over BIO
tags; trained with Adam on the CRF's negative log-likelihood, dropout 0.5, words replaced
by "unknown" at random (``--word-dropout``) so that the unknown vector is learned.
``--seeds N`` trains N networks (seeds FIRST..FIRST+N-1) into one file, whose scores the
tagger averages; ``--merge`` joins files trained apart (e.g. in parallel) into one.
``--verify`` tags the ANERcorp test sentences with the written file twice, through numpy
and through PyTorch networks holding the same stored weights, and reports how many
sentences' tags differ (the test text is read for that only; nothing is scored or tuned
on it).

Corpus (under SHARED/data/ner/, see its MANIFEST.md): ANERcorp, CAMeL-style train split
(``ANERCorp_CAMeL-style_train.approx.txt``): PERS -> PER, LOC, ORG; MISC -> O. Malformed
tags (a handful of typos) count as O. Every sentence is cut into the pieces the recognizer
sees at run time (``rasid.ner.features.pieces``: words and punctuation runs); a piece takes
the tag of the corpus token it lies in (B- only on the first word of an entity; punctuation
outside words O). A corpus sentence that the recognizer's sentence splitter would cut
(about 7% of the train split: a colon, a question mark or a period inside it) is trained as
the parts the recognizer tags (``segments``). The roles of the training names
(``known_features``) come, for each fifth of the training documents, from the other four
fifths only, so that training text looks like unseen text; the file ships with those of all.
The readers of the other corpora in ../shared (AQMAR, Wojood sample, NewsFANE) are kept
for experiments (``load_corpora``); the shipped tagger is trained on ANERcorp alone: more
training data from them made the network no better on held-out text (below).

``--holdout K/N`` keeps the K-th of N contiguous blocks of the ANERcorp train split out of
training, reports entity-level micro-F1 on it after every epoch (pieces as tagged), keeps the
best epoch's weights and finally scores the block through the recognizer's public path, as
``scripts/eval_ner.py`` scores the test split. Held-out block 1/5 is what the settings
below were chosen on; the test split was only read to report.

The shipped file is three networks trained on the whole train split and joined::

    python scripts/build_ner_embeddings.py                # about 5 minutes on two idle cores
    python scripts/train_ner.py --seeds 3 --verify        # about 8 minutes a network on one core

(or ``--first-seed 1``, ``2`` and ``3`` in parallel with ``--out`` each, then ``--merge``).

Held-out block 1/5, micro-F1 over PER/LOC/ORG (pieces as tagged, best epoch; "recognizer":
through ``EntityRecognizer.entities``, sentence by sentence). Seeds differ by about 0.8:

    the CRF this tagger replaced (python-crfsuite, same features plus word identities and
      neighbours; its first pass alone), recognizer ................................ 75.34
      its marginals decoded toward recall (an entity tag wherever P(O) < t): Viterbi
      75.61 (pieces); t 0.5: 75.55, 0.7: 75.97, 0.8: 74.80: no gain
    BiLSTM-CRF, random word vectors: 72.4 after 5 epochs (stopped; 63.9 after 1)
    word vectors from news, tuned with the rest (--tune-vectors): 74.04 at epoch 10,
      falling loss but no better after epoch 6 (stopped)
    word vectors from news, fixed (the default), 15 epochs ........................... 77.14
      (recognizer 76.95); seeds 2 and 3: 77.70 and 77.94 (recognizer 77.52 and 77.68)
    + what the word's other occurrences in a 20-sentence text say (a bag of features of
      the same stem elsewhere: a title or cue word before it, a list match, a given name
      before it, the article): 76.75 at epoch 10 against 76.33 without, 76.34 and 75.93
      at epochs 11-12 (stopped: no clear gain; removed)
    the LSTMs first trained as forward and backward language models on the news text
      (--lm-epochs 2, 2.2 million pieces, negative sampling against the word vectors):
      faster start (68.7 after one epoch against 62.8) but 77.54 at best, within the
      spread of the seeds
    an ensemble of the three seeds, recognizer ....................................... 78.65
      (two: 78.05); an "O" score lowered by 0.5 before decoding (recall for precision):
      78.18, by 1.0: 77.32, by 1.5: 75.92
    20 sentences at a time, with ``propagate_surnames`` (a person's last name found with
      mean marginal >= 0.8 tagged where it stands bare in the text's other sentences),
      ensemble of three ................................................................ 79.25
      (without 78.65; one network: 76.95 -> 77.67, threshold 0.5: 77.16, 0.7: 77.51,
      0.9: 77.45)

More training data (one network per seed, seeds 1-3, 15 epochs on ANERcorp, the same word
vectors, rebuilt for the comparison; "best": the best held-out epoch, mean of the seeds;
"last": the last epoch, mean; then the ensemble of the three through the recognizer, sentence
by sentence / 20 sentences at a time). The extra corpora were added with their tags mapped to
PER/LOC/ORG as in ``load_corpora``, their documents taking training-name roles from the
other blocks as ANERcorp's do (a NewsFANE document in the block of the ANERcorp text it
repeats):

    ANERcorp alone, retrained alongside: 77.26, 78.76, 77.69 (best 77.90, last 76.83);
      ensemble 78.39 / 79.04
    + NewsFANE (ANERcorp's own text annotated anew, 3,395 sentences once the held-out block
      and the test split are filtered out): 76.79, 76.96, 78.20 (best 77.32, last 76.78);
      ensemble 77.80 / 78.30
    + NewsFANE, AQMAR (train and dev) and the Wojood sample (its three parts): faster start,
      lower plateau; 76.17 and 76.36 for seeds 1-2 (last 75.78, 76.06), stopped
    + AQMAR and the Wojood sample: 75.88, 75.16, 75.89 (best 75.64, last 75.12); ensemble
      76.25 / 77.02 (LOC precision 86.8 against 90.5)
    five epochs on NewsFANE, AQMAR and Wojood alone (70.3-71.8 on the block after them), then
      ANERcorp alone: 77.18, 78.14, 77.64 (best 77.65, last 77.18); ensemble 78.34 / 78.69;
      after five epochs on ANERcorp instead of 15: 76.59, 76.08, 76.73
    five epochs on NewsFANE alone (70.1-71.2), then ANERcorp alone: 77.48, 76.91, 77.02
      (best 77.14, last 76.59); ensemble 77.55 / 78.07

No more unlabelled Arabic text was at hand to widen the word vectors with: they already read
the token text of ANERcorp's train split, of AQMAR and of the Wojood sample besides the news,
and NewsFANE is ANERcorp's text, test split included.

A hidden size of 200 (instead of 128) was started but not finished. On the ANERcorp test
split (read only to report) the shipped ensemble scores 73.09 sentence by sentence and 74.66
20 sentences at a time (the CRF: 71.74 and 74.52): the test articles are harder than the
held-out block for every model tried.

The name lists, word statistics and clusters the features read come from packaged files
(``scripts/build_ner_names.py``, ``scripts/build_ner_wordstats.py``,
``scripts/build_word_clusters.py``): rebuild them before retraining, and retrain whenever
they change.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasid.actors.catalog import default_catalog
from rasid.gazetteer.index import default_gazetteer
from rasid.model import Span
from rasid.ner.features import (
    Piece,
    decode,
    known_features,
    known_roles,
    pieces,
    sentence_features,
)
from rasid.ner.neural import FORMAT, PAD, UNK, NeuralTagger, bag
from rasid.text.normalize import fold
from rasid.text.segment import sentences as split_sentences

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


_PROCLITICS = frozenset(["و", "ف", "ب", "ل"])
_ENCLITICS = frozenset(["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ي"])


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


Prepared = tuple[list, list[list[str]], list[str]]  # pieces, first-pass features, tags


def prepare(documents: Iterable[Sequence[Sentence]]) -> list[list[Prepared]]:
    """Each document's sentences as the recognizer sees them: pieces, features, gold tags."""
    gaz, cat = default_gazetteer(), default_catalog()
    out = []
    for document in documents:
        rows = []
        for s in document:
            for chunk, ps, tags in segments(*to_pieces(s)):
                rows.append((ps, sentence_features(chunk, ps, gazetteer=gaz, catalog=cat, neighbours=False), tags))
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


KNOWN_BLOCKS = 5


def add_known(docs: Sequence[list[Prepared]], known: dict[str, tuple[str, ...]] | None = None,
              blocks: int = KNOWN_BLOCKS) -> None:
    """Add the features of the names of the training corpus to prepared documents, in place.

    With ``known`` (the names of the whole training corpus), every document sees those, as
    unseen text does. Without, each of ``blocks`` contiguous blocks of documents sees the
    names of the other blocks only, so that training text looks like unseen text; the model
    ships with the names of all (``rasid.ner.crf.known_list_path``)."""
    for k in range(1 if known is not None else blocks):
        lo, hi = (0, len(docs)) if known is not None else (len(docs) * k // blocks, len(docs) * (k + 1) // blocks)
        names = known if known is not None else known_roles(
            (ps, y) for d in (*docs[:lo], *docs[hi:]) for ps, _, y in d)
        for d in docs[lo:hi]:
            d[:] = [(ps, [a + b for a, b in zip(x, known_features(ps, names, neighbours=False), strict=True)], y)
                    for ps, x, y in d]


# --- the neural tagger ---------------------------------------------------------------------

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "ar_ner.npz"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
#: Sentences per training document (ANERcorp marks no article boundaries).
DOCUMENT = 20


def piece_key(p) -> str:
    return p.stem if p.word else p.norm


# --- vocabularies ----------------------------------------------------------------------------

def vocabularies(docs: Sequence[Sequence[Prepared]], pretrained: Sequence[str], max_words: int,
                 min_feature: int = 2) -> tuple[list[str], list[str], list[str]]:
    """Words (every training word, then pretrained words by frequency up to ``max_words``),
    characters and bag features of the training sentences; ids 0 and 1 (and 2, 3 for
    characters) reserved."""
    seen = Counter(piece_key(p) for d in docs for ps, _, _ in d for p in ps)
    words = ["<pad>", "<unk>", *sorted(seen)]
    have = set(words)
    for w in pretrained:
        if len(words) >= max_words:
            break
        if w not in have:
            words.append(w)
            have.add(w)
    chars = Counter(ch for d in docs for ps, _, _ in d for p in ps for ch in p.norm)
    alphabet = ["<pad>", "<unk>", "<w>", "</w>", *sorted(c for c, n in chars.items() if n >= 2)]
    feats = Counter(f for d in docs for _, xs, _ in d for x in xs for f in set(bag(x)))
    features = ["<pad>", "<unk>", *sorted(f for f, n in feats.items() if n >= min_feature)]
    return words, alphabet, features


def rows_of(docs: Sequence[Sequence[Prepared]]) -> list[tuple[list[tuple[str, str, list[str]]], list[int]]]:
    index = {t: i for i, t in enumerate(TAGS)}
    return [([(p.stem, p.norm, x) for p, x in zip(ps, xs, strict=True)], [index[t] for t in ys])
            for d in docs for ps, xs, ys in d if ps]


# --- the network (PyTorch, mirrors rasid.ner.neural.Network) ---------------------------------

def build_network(n_words: int, n_chars: int, n_feats: int, vectors: np.ndarray | None, args: argparse.Namespace):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            dw = args.word_dim if vectors is None else vectors.shape[1]
            self.words = nn.Embedding(n_words, dw, padding_idx=PAD)
            if vectors is not None:
                with torch.no_grad():
                    self.words.weight.copy_(torch.from_numpy(vectors))
                self.words.weight.requires_grad_(not getattr(args, "freeze", False))
            self.chars = nn.Embedding(n_chars, args.char_dim, padding_idx=PAD)
            self.conv = nn.Conv1d(args.char_dim, args.filters, 3, padding=1)
            self.feats = nn.Embedding(n_feats, args.feat_dim, padding_idx=PAD)
            width = dw + args.filters + args.feat_dim
            self.fwd = nn.LSTM(width, args.hidden, batch_first=True)
            self.bwd = nn.LSTM(width, args.hidden, batch_first=True)
            self.out = nn.Linear(2 * args.hidden, len(TAGS))
            self.transitions = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.drop = nn.Dropout(args.dropout)

        def emissions(self, words, chars, feats, lengths):
            forward, backward = self.states(words, chars, feats, lengths)
            return self.out(self.drop(torch.cat([forward, backward], dim=2)))

        def states(self, words, chars, feats, lengths):
            """The forward and backward LSTM outputs (B, L, H) each."""
            b, n = words.shape
            x_w = self.words(words)
            flat = chars.view(b * n, -1)
            conv = self.conv(self.chars(flat).transpose(1, 2)).transpose(1, 2)
            conv = conv.masked_fill((flat == PAD).unsqueeze(-1), float("-inf")).max(dim=1).values
            x_c = torch.where(torch.isfinite(conv), conv, torch.zeros_like(conv)).view(b, n, -1)
            x_f = self.feats(feats).sum(dim=2)
            x = self.drop(torch.cat([x_w, x_c, x_f], dim=2))
            steps = torch.arange(n)
            mask = steps[None, :] < lengths[:, None]
            order = torch.where(mask, lengths[:, None] - 1 - steps[None, :], steps[None, :])
            rows = torch.arange(b)[:, None]
            forward = self.fwd(x)[0]
            backward = self.bwd(x[rows, order])[0][rows, order]
            return forward, backward

        def nll(self, em, tags, lengths):
            b, n, _ = em.shape
            mask = torch.arange(n)[None, :] < lengths[:, None]
            rows = torch.arange(b)
            score = self.start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
            alpha = self.start[None, :] + em[:, 0]
            for t in range(1, n):
                m = mask[:, t]
                step = self.transitions[tags[:, t - 1], tags[:, t]] + em[rows, t, tags[:, t]]
                score = score + step * m
                nxt = torch.logsumexp(alpha[:, :, None] + self.transitions[None], dim=1) + em[:, t]
                alpha = torch.where(m[:, None], nxt, alpha)
            score = score + self.end[tags[rows, lengths - 1]]
            z = torch.logsumexp(alpha + self.end[None, :], dim=1)
            return (z - score).sum()

    return Net()


def export(net, prefix: str) -> dict[str, np.ndarray]:
    """The network's weights under the names ``rasid.ner.neural.Network`` reads."""
    def arr(t) -> np.ndarray:
        return t.detach().cpu().numpy().astype(np.float32)

    out = {
        "words": arr(net.words.weight), "chars": arr(net.chars.weight),
        "conv_w": arr(net.conv.weight), "conv_b": arr(net.conv.bias), "feats": arr(net.feats.weight),
        "out_w": arr(net.out.weight), "out_b": arr(net.out.bias),
        "transitions": arr(net.transitions), "start": arr(net.start), "end": arr(net.end),
    }
    for name, lstm in (("fwd", net.fwd), ("bwd", net.bwd)):
        out[f"{name}_ih"] = arr(lstm.weight_ih_l0)
        out[f"{name}_hh"] = arr(lstm.weight_hh_l0)
        out[f"{name}_b"] = arr(lstm.bias_ih_l0 + lstm.bias_hh_l0)
    return {prefix + k: v for k, v in out.items()}


def network_from(arrays, prefix: str):
    """A PyTorch network holding the weights ``export`` wrote (for checking the numpy forward pass)."""
    import torch

    shape = {k.removeprefix(prefix): v.shape for k, v in arrays.items() if k.startswith(prefix)}
    dims = argparse.Namespace(word_dim=shape["words"][1], char_dim=shape["chars"][1], filters=shape["conv_w"][0],
                              feat_dim=shape["feats"][1], hidden=shape["fwd_hh"][1], dropout=0.0)
    net = build_network(shape["words"][0], shape["chars"][0], shape["feats"][0], None, dims)
    get = {k.removeprefix(prefix): torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in arrays.items()
           if k.startswith(prefix)}
    with torch.no_grad():
        for name, param in (("words", net.words.weight), ("chars", net.chars.weight), ("conv_w", net.conv.weight),
                            ("conv_b", net.conv.bias), ("feats", net.feats.weight), ("out_w", net.out.weight),
                            ("out_b", net.out.bias), ("transitions", net.transitions), ("start", net.start),
                            ("end", net.end)):
            param.copy_(get[name])
        for name, lstm in (("fwd", net.fwd), ("bwd", net.bwd)):
            lstm.weight_ih_l0.copy_(get[f"{name}_ih"])
            lstm.weight_hh_l0.copy_(get[f"{name}_hh"])
            lstm.bias_ih_l0.copy_(get[f"{name}_b"])
            lstm.bias_hh_l0.zero_()
    return net.eval()


def torch_viterbi(em, transitions, start, end, lengths) -> list[list[int]]:
    """Best tag sequences of a padded batch, computed with PyTorch (batched max-product)."""
    import torch

    b, n, t = em.shape
    score = start[None, :] + em[:, 0]
    backs = []
    same = torch.arange(t)[None, :].expand(b, t)
    for i in range(1, n):
        best, idx = (score[:, :, None] + transitions[None]).max(dim=1)
        live = (i < lengths)[:, None]
        score = torch.where(live, best + em[:, i], score)
        backs.append(torch.where(live, idx, same))
    last = (score + end[None, :]).argmax(dim=1)
    path = [last]
    for back in reversed(backs):
        last = back.gather(1, last[:, None]).squeeze(1)
        path.append(last)
    tags = torch.stack(path[::-1], dim=1)
    return [tags[k, :int(lengths[k])].tolist() for k in range(b)]


def verify(out: Path, rows) -> tuple[int, int, float]:
    """Tag ``rows`` with the weights file ``out`` twice, through ``rasid.ner.neural`` (numpy)
    and through PyTorch networks holding the same stored weights; (sentences, sentences
    whose tags differ, largest difference of an emission score)."""
    import torch

    tagger = NeuralTagger.load(out)
    with np.load(out) as z:
        arrays = {k: z[k] for k in z.files}
    count = int(json.loads(str(arrays["meta"]))["networks"])
    for k in range(count):  # word vectors stored once for all networks (``merge``)
        arrays.setdefault(f"m{k}.words", arrays["m0.words"])
    nets = [network_from(arrays, f"m{k}.") for k in range(count)]
    differ, gap = 0, 0.0
    with torch.no_grad():
        transitions = torch.stack([n.transitions for n in nets]).mean(0)
        start = torch.stack([n.start for n in nets]).mean(0)
        end = torch.stack([n.end for n in nets]).mean(0)
        for at in range(0, len(rows), 64):
            batch = [r for r, _ in rows[at:at + 64]]
            words, chars, feats, lengths = (torch.from_numpy(a) for a in tagger.encode(batch))
            em = torch.stack([n.emissions(words, chars, feats, lengths) for n in nets]).mean(0)
            ours = tagger.emissions(batch)
            for k, e in enumerate(ours):
                gap = max(gap, float(np.abs(e - em[k, :len(e)].numpy()).max()))
            theirs = torch_viterbi(em, transitions, start, end, lengths)
            mine = [[tagger.tags.index(t) for t in tags] for tags, _ in tagger.tag(batch)]
            differ += sum(a != b for a, b in zip(mine, theirs, strict=True))
    return len(rows), differ, gap


def check(shared: Path, out: Path, known: dict[str, tuple[str, ...]], log: Callable[[str], None]) -> dict:
    """``verify`` on the sentences of the ANERcorp test split (their text only)."""
    test_docs = prepare(documents_of(read_conll(shared / "data" / "ner" / ANER_TEST, ANER_MAP), DOCUMENT))
    add_known(test_docs, known)
    sentences, differ, gap = verify(out, rows_of(test_docs))
    log(f"numpy against PyTorch on the ANERcorp test sentences: {differ} of {sentences} differ "
        f"(largest emission gap {gap:.2g})")
    return {"sentences": sentences, "differ": differ, "max_emission_gap": gap}


# --- training --------------------------------------------------------------------------------

def entity_counts(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for g, p in zip(gold, pred, strict=True):
        ge, pe = set(decode(g)), set(decode(p))
        tp += len(ge & pe)
        n_pred += len(pe)
        n_gold += len(ge)
    return tp, n_pred, n_gold


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 200 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


# --- language-model pretraining --------------------------------------------------------------

def news_rows(shared: Path, known: dict[str, tuple[str, ...]], cache: Path | None, name: str = "all"
              ) -> list[list[tuple[str, str, list[str]]]]:
    """The sentences of the unlabelled text of ``scripts/build_ner_embeddings.py`` as the
    tagger sees them (pieces with their own features), for language-model pretraining."""
    from build_ner_embeddings import texts  # scripts/ is on sys.path

    file = None if cache is None else cache / f"news-rows-{name}.pickle"
    if file is not None and file.exists():
        with file.open("rb") as f:
            return pickle.load(f)
    gaz, cat = default_gazetteer(), default_catalog()
    out = []
    for text in texts(shared):
        for span in split_sentences(text):
            chunk = text[span.start:span.end]
            ps = pieces(chunk)
            if len(ps) < 3:
                continue
            own = sentence_features(chunk, ps, gazetteer=gaz, catalog=cat, neighbours=False)
            names = known_features(ps, known, neighbours=False)
            out.append([(p.stem, p.norm, a + b) for p, a, b in zip(ps, own, names, strict=True)])
    if file is not None:
        with file.open("wb") as f:
            pickle.dump(out, f)
    return out


def pretrain(net, rows, tagger: NeuralTagger, args: argparse.Namespace, seed: int,
             log: Callable[[str], None]) -> None:
    """Train the network's inputs and LSTMs as two language models on unlabelled sentences,
    in place: the forward LSTM's state at a word predicts the next word, the backward one's
    the word before, each scored against the (fixed) word vectors with negative sampling."""
    import torch
    from torch import nn

    rng = np.random.default_rng(seed)
    dim = net.words.weight.shape[1]
    heads = nn.ModuleList([nn.Linear(args.hidden, dim, bias=False) for _ in range(2)])
    params = [p for p in net.parameters() if p.requires_grad] + list(heads.parameters())
    optimizer = torch.optim.Adam(params, lr=args.lm_lr)
    rows = [r[:args.lm_max_len] for r in rows]
    words, chars, feats, lengths = tagger.encode(rows)
    counts = np.bincount(words[words > UNK], minlength=len(net.words.weight)).astype(np.float64)
    noise = torch.tensor(counts ** 0.75 / (counts ** 0.75).sum(), dtype=torch.float)
    order = np.argsort(lengths, kind="stable")
    batches = [order[i:i + args.lm_batch] for i in range(0, len(order), args.lm_batch)]
    table = net.words.weight.detach()
    started = time.perf_counter()
    net.train()
    for epoch in range(args.lm_epochs):
        lost, count = 0.0, 0
        for k in rng.permutation(len(batches)):
            idx = batches[k]
            n = int(lengths[idx].max())
            w = words[idx, :n].copy()
            target = torch.from_numpy(w.copy())
            drop = (rng.random(w.shape) < args.word_dropout) & (w != PAD)
            w[drop] = UNK
            c = chars[idx, :n]
            c = c[:, :, :max(1, int((c != PAD).sum(axis=2).max()))]
            f = feats[idx, :n]
            f = f[:, :, :max(1, int((f != PAD).sum(axis=2).max()))]
            forward, backward = net.states(torch.from_numpy(w), torch.from_numpy(np.ascontiguousarray(c)),
                                           torch.from_numpy(np.ascontiguousarray(f)), torch.from_numpy(lengths[idx]))
            loss = 0.0
            for head, states, goal in ((heads[0], forward[:, :-1], target[:, 1:]),
                                       (heads[1], backward[:, 1:], target[:, :-1])):
                keep = goal > UNK
                h = head(net.drop(states[keep]))                                  # (N, dim)
                pos = (h * table[goal[keep]]).sum(-1)
                neg = torch.multinomial(noise, len(h) * args.lm_negatives, replacement=True).view(len(h), -1)
                negs = torch.bmm(table[neg], h.unsqueeze(-1)).squeeze(-1)
                loss = loss - (nn.functional.logsigmoid(pos).mean() + nn.functional.logsigmoid(-negs).sum(1).mean())
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, args.clip)
            optimizer.step()
            lost += loss.item()
            count += 1
        log(f"language model epoch {epoch + 1}: loss {lost / max(1, count):.3f} ({time.perf_counter() - started:.0f} s)")


def train_one(seed: int, train_rows, held_rows, lists: Lists, vectors: np.ndarray | None,
              args: argparse.Namespace, log: Callable[[str], None]) -> tuple[dict[str, np.ndarray], list[float]]:
    """One network: its exported weights (the best held-out epoch's, or the last) and the
    held-out micro-F1 after each epoch."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = build_network(*(len(x) for x in lists), vectors, args)
    tagger = tagger_of(lists, [export(net, "m0.")])
    if args.lm_epochs:
        pretrain(net, args.lm_rows, tagger, args, seed, log)
    optimizer = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    order = sorted(range(len(train_rows)), key=lambda i: len(train_rows[i][0]))
    batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
    encoded = tagger.encode([r for r, _ in train_rows])
    best: tuple[float, dict[str, np.ndarray]] = (-1.0, {})
    history: list[float] = []
    started = time.perf_counter()
    for epoch in range(args.epochs):
        net.train()
        lost = 0.0
        for k in rng.permutation(len(batches)):
            idx = batches[k]
            lengths = np.array([len(train_rows[i][0]) for i in idx])
            n = lengths.max()
            words = encoded[0][idx, :n].copy()
            if args.word_dropout:
                drop = (rng.random(words.shape) < args.word_dropout) & (words != PAD)
                words[drop] = UNK
            chars = encoded[1][idx, :n]
            chars = chars[:, :, :max(1, int((chars != PAD).sum(axis=2).max()))]
            feats = encoded[2][idx, :n]
            feats = feats[:, :, :max(1, int((feats != PAD).sum(axis=2).max()))]
            tags = np.zeros((len(idx), n), dtype=np.int64)
            for j, i in enumerate(idx):
                tags[j, :lengths[j]] = train_rows[i][1]
            t_len = torch.from_numpy(lengths)
            em = net.emissions(torch.from_numpy(words), torch.from_numpy(np.ascontiguousarray(chars)),
                               torch.from_numpy(np.ascontiguousarray(feats)), t_len)
            loss = net.nll(em, torch.from_numpy(tags), t_len) / len(idx)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), args.clip)
            optimizer.step()
            lost += loss.item()
        weights = export(net, "m0.")
        if held_rows:
            score = f1(*evaluate([weights], lists, held_rows))
            history.append(score)
            if score > best[0]:
                best = (score, weights)
            log(f"seed {seed} epoch {epoch + 1}: loss {lost / len(batches):.3f}, held-out F1 {score:.2f} "
                f"({time.perf_counter() - started:.0f} s)")
        else:
            best = (0.0, weights)
            log(f"seed {seed} epoch {epoch + 1}: loss {lost / len(batches):.3f} ({time.perf_counter() - started:.0f} s)")
    return best[1], history


Lists = tuple[list[str], list[str], list[str]]  # words, characters, bag features


def tagger_of(lists: Lists, weights: Sequence[dict[str, np.ndarray]]) -> NeuralTagger:
    from rasid.ner.neural import Network

    return NeuralTagger(TAGS, *lists, [Network.from_arrays(w, "m0.") for w in weights])


def evaluate(weights: Sequence[dict[str, np.ndarray]], lists: Lists, rows) -> tuple[int, int, int]:
    """Entity counts (true positives, predicted, gold) of the averaged networks on ``rows``."""
    scored = tagger_of(lists, weights)
    pred = []
    for at in range(0, len(rows), 64):
        pred.extend(t for t, _ in scored.tag([r for r, _ in rows[at:at + 64]]))
    gold = [[TAGS[i] for i in y] for _, y in rows]
    return entity_counts(gold, pred)


def prepared(shared: Path, holdout: tuple[int, int] | None, cache: Path | None
             ) -> tuple[list[list[Prepared]], list[list[Prepared]], dict[str, tuple[str, ...]]]:
    """Training and held-out documents as the recognizer sees them (pieces, features with
    the training names', tags), and the names of the training corpus; kept in ``cache``
    (a folder) when given, since computing the features takes a minute or two."""
    file = None
    if cache is not None:
        name = 'all' if holdout is None else f'{holdout[0]}-{holdout[1]}'
        file = cache / f"prepared-{name}.pickle"
        if file.exists():
            with file.open("rb") as f:
                return pickle.load(f)
    data, held = load_corpora(shared / "data" / "ner", ["anercorp"], holdout)
    docs = prepare(d for sentences in data.values() for d in documents_of(sentences, DOCUMENT))
    add_known(docs)
    known = known_roles((ps, y) for d in docs for ps, _, y in d)
    held_docs = prepare(documents_of(held, DOCUMENT))
    add_known(held_docs, known)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        with file.open("wb") as f:
            pickle.dump((docs, held_docs, known), f)
    return docs, held_docs, known


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--vectors", type=Path, default=REPO / "build" / "ner_vectors.npz",
                        help="pretrained word vectors (scripts/build_ner_embeddings.py); 'none' for random")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--holdout", default=None, metavar="K/N")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--seeds", type=int, default=1, help="networks to train and average")
    parser.add_argument("--first-seed", type=int, default=1, help="the seed of the first network")
    parser.add_argument("--max-words", type=int, default=30000, help="word vectors kept")
    parser.add_argument("--word-dim", type=int, default=100, help="without pretrained vectors")
    parser.add_argument("--char-dim", type=int, default=25)
    parser.add_argument("--filters", type=int, default=50)
    parser.add_argument("--feat-dim", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--word-dropout", type=float, default=0.05)
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--clip", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--lm-epochs", type=int, default=0,
                        help="first train the LSTMs as language models on the unlabelled text for N epochs")
    parser.add_argument("--lm-lr", type=float, default=0.001)
    parser.add_argument("--lm-batch", type=int, default=32)
    parser.add_argument("--lm-max-len", type=int, default=60)
    parser.add_argument("--lm-negatives", type=int, default=10)
    parser.add_argument("--no-bag", action="store_true", help="leave the list and shape features out")
    parser.add_argument("--cache", type=Path, default=None,
                        help="a folder to keep the prepared sentences in between runs")
    parser.add_argument("--float32", dest="float16", action="store_false",
                        help="store the weights as float32 (default: float16)")
    parser.add_argument("--tune-vectors", dest="freeze", action="store_false",
                        help="tune the pretrained word vectors too (default: keep them fixed)")
    parser.add_argument("--verify", action="store_true",
                        help="check that numpy (rasid.ner.neural) tags the ANERcorp test sentences as PyTorch "
                        "does with the written weights (reads the test text only, scores nothing)")
    parser.add_argument("--merge", type=Path, nargs="+", default=None, metavar="NPZ",
                        help="write the networks of these weights files into --out as one ensemble, and stop")
    args = parser.parse_args(argv)
    if args.merge:
        out = args.out or DEFAULT_OUT
        merge(args.merge, out, np.float16 if args.float16 else np.float32)
        if args.verify:
            check(args.shared, out, NeuralTagger.load(out).known, lambda m: print(m, file=sys.stderr))
        return 0

    import torch

    torch.set_num_threads(args.threads)
    log = lambda m: print(m, file=sys.stderr, flush=True)
    started = time.perf_counter()
    holdout = None
    if args.holdout:
        k, _, n = args.holdout.partition("/")
        holdout = (int(k), int(n))
    docs, held_docs, known = prepared(args.shared, holdout, args.cache)
    if args.no_bag:
        for d in (*docs, *held_docs):
            d[:] = [(ps, [[] for _ in xs], ys) for ps, xs, ys in d]
    log(f"prepared {sum(len(d) for d in docs)} training and {sum(len(d) for d in held_docs)} held-out "
        f"sentences ({time.perf_counter() - started:.0f} s)")

    pretrained: list[str] = []
    table: dict[str, np.ndarray] = {}
    if str(args.vectors) != "none":
        with np.load(args.vectors) as z:
            pretrained = [str(w) for w in z["words"]]
            matrix = z["vectors"]
        table = dict(zip(pretrained, matrix, strict=True))
    words, alphabet, features = vocabularies(docs, pretrained, args.max_words)
    vectors = None
    if table:
        dim = next(iter(table.values())).shape[0]
        rng = np.random.default_rng(0)
        scale = float(np.std(np.stack(list(table.values())[:5000])))
        vectors = np.stack([table[w] if w in table else rng.normal(0, scale, dim).astype(np.float32)
                            for w in words]).astype(np.float32)
        vectors[PAD] = 0
        log(f"{len(words)} words, {sum(w in table for w in words)} pretrained; {len(alphabet)} characters; "
            f"{len(features)} features")
    lists = (words, alphabet, features)
    train_rows, held_rows = rows_of(docs), rows_of(held_docs)
    name = "all" if holdout is None else f"{holdout[0]}-{holdout[1]}"
    args.lm_rows = news_rows(args.shared, known, args.cache, name) if args.lm_epochs else []
    if args.lm_epochs:
        log(f"{len(args.lm_rows)} unlabelled sentences for the language models ({time.perf_counter() - started:.0f} s)")
    nets, histories = [], []
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        weights, history = train_one(seed, train_rows, held_rows, lists, vectors, args, log)
        nets.append(weights)
        histories.append(history)
    result: dict = {"seconds": round(time.perf_counter() - started, 1)}
    if held_rows:
        tp, n_pred, n_gold = evaluate(nets, lists, held_rows)
        result.update(f1=round(f1(tp, n_pred, n_gold), 2), p=round(100 * tp / max(1, n_pred), 2),
                      r=round(100 * tp / max(1, n_gold), 2),
                      best_epochs=[int(np.argmax(h)) + 1 for h in histories],
                      histories=[[round(x, 2) for x in h] for h in histories])
    out = args.out or (Path(tempfile.mkdtemp()) / "holdout.npz" if args.holdout else DEFAULT_OUT)
    write(out, nets, words, alphabet, features, known, args)
    result["size_mb"] = round(out.stat().st_size / 1e6, 2)
    result["out"] = str(out)
    if args.verify:
        result["verify"] = check(args.shared, out, known, log)
    if args.holdout:
        # The held-out block through the recognizer's public path, as scripts/eval_ner.py scores.
        from eval_ner import evaluate as score_recognizer  # scripts/ is on sys.path
        from eval_ner import table

        from rasid.ner.recognizer import EntityRecognizer

        _, held_sentences = load_corpora(args.shared / "data" / "ner", [], holdout)
        recognizer = EntityRecognizer.load(out)
        for doc in (1, DOCUMENT):
            scores = score_recognizer(recognizer, held_sentences, doc=doc)
            log(f"held-out block, {doc} sentence(s) at a time:\n{table(scores)}")
            result[f"recognizer_f1_doc{doc}"] = scores["micro"]["f1"]
    print("NEURAL " + json.dumps(result | {"params": {k: v for k, v in vars(args).items()
                                                      if k not in ("shared", "out", "vectors", "cache", "lm_rows")}}, sort_keys=True))
    return 0


def merge(files: Sequence[Path], out: Path, dtype: type = np.float16) -> None:
    """One weights file holding the networks of several (an ensemble): their vocabularies,
    characters, features and training names must be the same (the same training data and
    settings, other seeds)."""
    first = np.load(files[0])
    shared = ("vocabulary", "alphabet", "features", "known")
    arrays: dict[str, np.ndarray] = {k: first[k] for k in shared}
    count = 0
    for file in files:
        with np.load(file) as z:
            for k in shared:
                if not np.array_equal(z[k], arrays[k]):
                    raise SystemExit(f"{file}: its {k} differ from those of {files[0]}")
            for m in range(int(json.loads(str(z["meta"]))["networks"])):
                for name in z.files:
                    if name.startswith(f"m{m}."):
                        key = name.removeprefix(f"m{m}.")
                        # Fixed word vectors are the same in every network: stored once, as m0's.
                        if count and key == "words" and np.array_equal(z[name].astype(dtype), arrays["m0.words"]):
                            continue
                        arrays[f"m{count}.{key}"] = z[name].astype(dtype)
                count += 1
    meta = json.loads(str(first["meta"])) | {"networks": count}
    np.savez_compressed(out, meta=np.array(json.dumps(meta)), **arrays)


def write(out: Path, nets: Sequence[dict[str, np.ndarray]], words: list[str], alphabet: list[str],
          features: list[str], known: dict[str, tuple[str, ...]], args: argparse.Namespace) -> None:
    """The weights file ``rasid.ner.neural.NeuralTagger.load`` reads."""
    dtype = np.float16 if args.float16 else np.float32
    arrays: dict[str, np.ndarray] = {}
    for k, net in enumerate(nets):
        for name, value in net.items():
            key = name.removeprefix("m0.")
            # Fixed word vectors are the same in every network: stored once, as m0's.
            if k and key == "words" and np.array_equal(value.astype(dtype), arrays["m0.words"]):
                continue
            arrays[f"m{k}.{key}"] = value.astype(dtype)
    meta = {"format": FORMAT, "tags": list(TAGS), "networks": len(nets)}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, meta=np.array(json.dumps(meta)), vocabulary=np.array(words),
                        alphabet=np.array(alphabet), features=np.array(features),
                        known=np.array([f"{w}\t{'|'.join(r)}" for w, r in sorted(known.items())]), **arrays)


if __name__ == "__main__":
    raise SystemExit(main())
