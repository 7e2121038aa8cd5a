"""Train the Arabic NER CRF (PER/LOC/ORG) shipped as rasid/ner/data/ar_crf.model.

Usage: python scripts/train_ner.py [--shared ../shared] [--out rasid/ner/data/ar_crf.model]
                                   [--corpora anercorp] [--holdout K/N]
                                   [--c1 0.02] [--c2 0.02] [--minfreq 1] [--iterations 200]

Corpora (under SHARED/data/ner/, see each folder's MANIFEST.md):

* ANERcorp, CAMeL-style train split (``ANERCorp_CAMeL-style_train.approx.txt``): PERS ->
  PER, LOC, ORG; MISC -> O. Malformed tags (a handful of typos) count as O.
* AQMAR train and dev (``aqmar/train.txt``, ``aqmar/dev.txt``): PER, LOC, ORG; MIS -> O.
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

The cluster features come from the packaged clusters.tsv: rebuild it before retraining,
and retrain whenever it changes (the model's cluster ids are those of the file).

AQMAR (Wikipedia) and NewsFANE (the same newswire, other guidelines) lowered the
held-out score, so the default model is trained on ANERcorp alone; ``--corpora`` adds them.

Every sentence is cut into the pieces the recognizer sees at run time
(``rasid.ner.crf.pieces``: words and punctuation runs); a piece takes the tag of the corpus
token it lies in (B- only on the first word of an entity; punctuation outside words O).
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
from rasid.ner.crf import pieces, sentence_features  # noqa: E402
from rasid.text.normalize import fold  # noqa: E402

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "ar_crf.model"
Sentence = list[tuple[str, str]]  # (token, BIO tag over PER/LOC/ORG)

ANER_TRAIN = "anercorp/ANERCorp_CAMeL-style_train.approx.txt"
ANER_TEST = "anercorp/ANERCorp_CAMeL-style_test.approx.txt"
AQMAR = ("aqmar/train.txt", "aqmar/dev.txt")
NEWSFANE = "newsfane/NewsFANE_Gold_2014_170K.txt"

ANER_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}
AQMAR_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
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
    if "newsfane" in names:
        fane = [join_clitics(s) for s in read_conll(ner / NEWSFANE, NEWSFANE_MAP)]
        # Text of the ANERcorp test split (read only to keep its sentences out) and of the block.
        seen = shingles(read_conll(ner / ANER_TEST, ANER_MAP)) | shingles(held)
        kept = [s for s in fane if not overlaps(s, seen)]
        print(f"newsfane: {len(fane)} sentences, {len(fane) - len(kept)} dropped as evaluation text",
              file=sys.stderr)
        out["newsfane"] = kept
    return out, held


def train(data: dict[str, list[Sentence]], out: Path, c1: float, c2: float, minfreq: float,
          iterations: int, log: Callable[[str], None] = print) -> float:
    """Train and write the model; returns the seconds spent."""
    import pycrfsuite

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for sentences in data.values():
        for xseq, yseq in featurize(sentences):
            trainer.append(xseq, yseq)
            count += 1
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq,
        "feature.possible_transitions": True,
    })
    log(f"training on {count} sentences ({', '.join(f'{k} {len(v)}' for k, v in data.items())}) ...")
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the model (default rasid/ner/data/ar_crf.model; "
                        "with --holdout a temporary file)")
    parser.add_argument("--corpora", default="anercorp",
                        help="comma-separated, of anercorp, aqmar, newsfane (default: anercorp, "
                        "which scored best on held-out blocks; see the module docstring)")
    parser.add_argument("--holdout", default=None, metavar="K/N",
                        help="hold out and score the K-th (0-based) of N contiguous blocks of the "
                        "ANERcorp train split (default: train on all of it)")
    parser.add_argument("--c1", type=float, default=0.02, help="L1 regularization")
    parser.add_argument("--c2", type=float, default=0.02, help="L2 regularization")
    parser.add_argument("--minfreq", type=float, default=1, help="feature.minfreq")
    parser.add_argument("--iterations", type=int, default=200)
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
                    log=lambda m: print(m, file=sys.stderr))
    size = out.stat().st_size
    print(f"trained in {seconds:.1f} s; model {size / 1e6:.2f} MB -> {out}", file=sys.stderr)
    if args.holdout:
        from eval_ner import evaluate, table  # scripts/ is on sys.path when run as a script

        from rasid.ner.crf import EntityRecognizer

        scores = evaluate(EntityRecognizer.load(out), held)
        print(table(scores))
        print("HOLDOUT " + json.dumps({**scores["micro"], "size_mb": round(size / 1e6, 2),
                                       "seconds": round(seconds, 1), "params": vars(args) | {
                                           "shared": None, "out": None}}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
