"""Build rasid/ner/data/clusters.tsv: distributional word clusters for the Arabic NER tagger.

Usage: python scripts/build_word_clusters.py [--shared ../shared] [--out rasid/ner/data/clusters.tsv]
                                             [--vocab 60000] [--dim 100] [--sizes 64,256,1024]

Unlabelled text (no labels are read):

* AlMayadeen news articles, ``SHARED/data/news/almayadeen/*.jsonl`` (``title`` and ``full_text``);
* the token text of the NER *training* corpora: the ANERcorp CAMeL-style train split and
  AQMAR train/dev. The ANERcorp test split (and ``ANERCorp_original.txt`` and NewsFANE,
  which contain its text) are not read, so nothing is learned from the evaluation text.

Every word is tokenized as the recognizer sees it (``rasid.text.tokens.tokenize``: the
folded form of ``rasid.text.normalize.fold`` with proclitics stripped by
``split_proclitics``, i.e. the token's ``stem``). For the ``--vocab`` most frequent stems
(seen at least ``--mincount`` times) a co-occurrence matrix over a +-2 window is turned
into positive PMI (context counts smoothed with exponent 0.75), reduced by truncated SVD
to ``--dim`` dimensions (rows scaled by sqrt of the singular values, then unit-normalised),
and clustered by k-means (k-means++ start, fixed seed) at each granularity of ``--sizes``.
The output lists ``stem<TAB>c64<TAB>c256<TAB>c1024`` by descending frequency; it holds
statistics only, no running text. The run is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasid.text.segment import sentences  # noqa: E402
from rasid.text.tokens import tokenize  # noqa: E402

DEFAULT_OUT = REPO / "rasid" / "ner" / "data" / "clusters.tsv"
NER_TEXT = ("anercorp/ANERCorp_CAMeL-style_train.approx.txt", "aqmar/train.txt", "aqmar/dev.txt")
SEED = 20240601


# --- text ---------------------------------------------------------------------------------

def news_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                record = json.loads(line)
                for field in ("title", "full_text"):
                    value = record.get(field)
                    if isinstance(value, str) and value.strip():
                        yield value


def corpus_sentences(path: Path) -> Iterator[str]:
    """The token text of a "token TAG" file, one string per sentence (tags dropped)."""
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.strip().rsplit(None, 1)
        if len(fields) < 2:
            if current:
                yield " ".join(current)
                current = []
            continue
        current.append(fields[0])
    if current:
        yield " ".join(current)


def sequences(shared: Path) -> Iterator[list[str]]:
    """Stems of every sentence of the unlabelled text."""
    seen: set[str] = set()
    for text in news_texts(shared / "data" / "news" / "almayadeen"):
        if text in seen:  # titles and articles repeat across the subsets
            continue
        seen.add(text)
        for s in sentences(text):
            words = [t.stem for t in tokenize(s.text_of(text))]
            if words:
                yield words
    for name in NER_TEXT:
        path = shared / "data" / "ner" / name
        if not path.is_file():
            print(f"missing {path}, skipped", file=sys.stderr)
            continue
        for sentence in corpus_sentences(path):
            words = [t.stem for t in tokenize(sentence)]
            if words:
                yield words


# --- statistics ---------------------------------------------------------------------------

def cooccurrence(seqs: Sequence[list[str]], index: dict[str, int], window: int):
    """Symmetric word-by-word counts within ``window`` (out-of-vocabulary words dropped
    after positions are fixed, so distances are those of the text)."""
    from scipy import sparse

    n = len(index)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for words in seqs:
        ids = np.fromiter((index.get(w, -1) for w in words), dtype=np.int64, count=len(words))
        for d in range(1, window + 1):
            if len(ids) <= d:
                break
            a, b = ids[:-d], ids[d:]
            keep = (a >= 0) & (b >= 0)
            rows.append(a[keep])
            cols.append(b[keep])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float64)
    m = sparse.coo_matrix((data, (r, c)), shape=(n, n)).tocsr()
    m.sum_duplicates()
    return (m + m.T).tocsr()


def ppmi(m, alpha: float = 0.75):
    """Positive pointwise mutual information, context distribution smoothed by ``alpha``."""
    m = m.tocoo()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** alpha
    col_total = col.sum()
    # log p(w,c) / (p(w) p_alpha(c)) = log n_wc - log n_w - log n_c^a + log sum_c n_c^a
    pmi = np.log(m.data) - np.log(row[m.row]) - np.log(col[m.col]) + np.log(col_total)
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def embed(m, dim: int) -> np.ndarray:
    from scipy.sparse.linalg import svds

    rng = np.random.default_rng(SEED)
    v0 = rng.standard_normal(min(m.shape))
    u, s, _ = svds(m, k=dim, v0=v0, random_state=SEED)
    order = np.argsort(-s)
    u, s = u[:, order], s[order]
    # svds' sign per component is arbitrary; fix it so the output does not depend on it.
    signs = np.sign(u[np.argmax(np.abs(u), axis=0), np.arange(u.shape[1])])
    u = u * signs
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    return x


def kmeans(x: np.ndarray, k: int, iterations: int = 30, seed: int = SEED) -> np.ndarray:
    """Spherical-ish k-means (Euclidean on unit rows), k-means++ start; labels per row."""
    rng = np.random.default_rng(seed + k)
    n = len(x)
    sq = (x * x).sum(axis=1)
    # k-means++ seeding, with a few candidates per step.
    centers = np.empty((k, x.shape[1]))
    centers[0] = x[rng.integers(n)]
    best = ((x - centers[0]) ** 2).sum(axis=1)
    for j in range(1, k):
        probs = best / best.sum()
        candidates = rng.choice(n, size=4, p=probs)
        dists = sq[None, :] - 2 * x[candidates] @ x.T + sq[candidates][:, None]
        pick = int(np.argmin(np.minimum(best[None, :], dists).sum(axis=1)))
        centers[j] = x[candidates[pick]]
        best = np.minimum(best, np.maximum(dists[pick], 0))
    labels = np.full(n, -1)
    for _ in range(iterations):
        d = sq[:, None] - 2 * x @ centers.T + (centers * centers).sum(axis=1)[None, :]
        new = np.argmin(d, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        counts = np.bincount(labels, minlength=k)
        empty = counts == 0
        centers[~empty] = sums[~empty] / counts[~empty, None]
        if empty.any():  # re-seed empty clusters at the points farthest from their centre
            far = np.argsort(-d[np.arange(n), labels])[: int(empty.sum())]
            centers[empty] = x[far]
    return _renumber(labels)


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Cluster ids in order of first appearance (rows are by frequency): stable, readable."""
    mapping: dict[int, int] = {}
    return np.array([mapping.setdefault(int(v), len(mapping)) for v in labels])


# --- main ---------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--vocab", type=int, default=60000, help="most frequent stems to cluster")
    parser.add_argument("--mincount", type=int, default=2, help="least count of a clustered stem")
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--dim", type=int, default=100, help="SVD dimensions")
    parser.add_argument("--sizes", default="64,256,1024", help="k-means granularities")
    args = parser.parse_args(argv)
    if not (args.shared / "data").is_dir():
        parser.error(f"no data under {args.shared}")
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()

    seqs = list(sequences(args.shared))
    counts = Counter(w for s in seqs for w in s)
    words = [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
             if c >= args.mincount and any(ch.isalpha() for ch in w)][: args.vocab]
    index = {w: i for i, w in enumerate(words)}
    print(f"{len(seqs)} sentences, {sum(counts.values())} tokens, {len(counts)} stems; "
          f"clustering {len(words)}", file=sys.stderr)

    m = cooccurrence(seqs, index, args.window)
    x = embed(ppmi(m), min(args.dim, len(words) - 1))
    print(f"embedded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    columns = []
    for k in sizes:
        columns.append(kmeans(x, min(k, len(words))))
        print(f"k={k} done at {time.perf_counter() - started:.1f} s", file=sys.stderr)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("#stem\t" + "\t".join(f"c{k}" for k in sizes) + "\n")
        for i, w in enumerate(words):
            handle.write(w + "\t" + "\t".join(str(int(col[i])) for col in columns) + "\n")
    size = args.out.stat().st_size
    print(f"wrote {len(words)} stems, {size / 1e6:.2f} MB -> {args.out} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
