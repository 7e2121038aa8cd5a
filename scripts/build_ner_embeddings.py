"""Train word vectors for the neural NER tagger on unlabelled Arabic text (a build step).

Usage: python scripts/build_ner_embeddings.py [--shared ../shared] [--out build/ner_vectors.npz]
                                              [--dim 100] [--epochs 5] [--min-count 2]

Needs PyTorch (``pip install -e .[ner-train]``); the file it writes is an input of
``scripts/train_ner.py`` and is not shipped: the tagger keeps the vectors of its
own, pruned vocabulary inside its weights file.

A skip-gram model with negative sampling (Mikolov et al. 2013), written here with PyTorch:
each word predicts the words up to ``--window`` either side of it (a window size drawn per
word, so near words count more), against ``--negatives`` words drawn from the unigram
distribution to the power 3/4; frequent words are subsampled. The unit is the word as the
tagger sees it: the folded, proclitic-stripped stem of ``rasid.text.tokens.tokenize``
("والحكومة" -> "حكومه").

Text (under SHARED/data/, see each folder's MANIFEST.md): the full text of the AlMayadeen
articles (``news/almayadeen/*.jsonl``, each article once) and the tokens of the ANERcorp
train split, of all parts of AQMAR and of the Wojood sample, about 1.9 million words.
The ANERcorp test split and NewsFANE (which is ANERcorp's text, test part included) are
not read. Takes about 5 minutes on two idle cores (five epochs; 36,266 words seen twice or
more).
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

from rasid.text.tokens import tokenize

NEWS = ("news/almayadeen/almayadeen_incident_keyword_subset.jsonl", "news/almayadeen/almayadeen_syria_subset.jsonl")
TOKEN_FILES = (
    "ner/anercorp/ANERCorp_CAMeL-style_train.approx.txt",
    "ner/aqmar/train.txt", "ner/aqmar/dev.txt", "ner/aqmar/test.txt",
    "ner/wojood-sample/train.txt", "ner/wojood-sample/val.txt", "ner/wojood-sample/test.txt",
)
SEED = 13


def texts(shared: Path) -> Iterator[str]:
    """The unlabelled texts: each news article once, then each corpus sentence."""
    seen: set[str] = set()
    for name in NEWS:
        with (shared / "data" / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                key = str(record.get("postId") or record.get("url"))
                if key in seen:
                    continue
                seen.add(key)
                yield "\n".join(str(record.get(f) or "") for f in ("title", "full_text"))
    for name in TOKEN_FILES:
        words: list[str] = []
        for line in (shared / "data" / name).read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if fields:
                words.append(fields[0])
            elif words:
                yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def stems(text: str) -> list[str]:
    return [t.stem for t in tokenize(text)]


def corpus(shared: Path) -> list[list[str]]:
    return [s for s in (stems(t) for t in texts(shared)) if s]


def train(docs: Sequence[Sequence[str]], dim: int = 100, window: int = 5, negatives: int = 5,
          epochs: int = 5, min_count: int = 2, sample: float = 1e-4, batch: int = 1024,
          lr: float = 0.025, seed: int = SEED) -> tuple[list[str], np.ndarray]:
    """Skip-gram vectors of the words seen ``min_count`` times or more: (words, matrix)."""
    import torch

    rng = np.random.default_rng(seed)
    counts = Counter(w for d in docs for w in d)
    words = [w for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= min_count]
    index = {w: i for i, w in enumerate(words)}
    freq = np.array([counts[w] for w in words], dtype=np.float64)
    total = freq.sum()
    keep_p = np.minimum(1.0, np.sqrt(sample * total / freq) + sample * total / freq)
    noise = freq ** 0.75
    noise /= noise.sum()
    ids = [np.array([index[w] for w in d if w in index], dtype=np.int64) for d in docs]
    ids = [a for a in ids if len(a) > 1]

    # Plain SGD on the two tables, gradients written out (faster than autograd's sparse ones).
    generator = torch.Generator().manual_seed(seed)
    inp = (torch.rand(len(words), dim, generator=generator) - 0.5) / dim
    out = torch.zeros(len(words), dim)
    cumulative = np.cumsum(noise)

    def pairs() -> tuple[np.ndarray, np.ndarray]:
        centres, contexts = [], []
        for a in ids:
            a = a[rng.random(len(a)) < keep_p[a]]
            n = len(a)
            if n < 2:
                continue
            reach = rng.integers(1, window + 1, size=n)
            for d in range(1, window + 1):
                if d >= n:
                    break
                left = np.arange(n - d)
                ok = reach[left] >= d
                centres.append(a[left[ok]])
                contexts.append(a[left[ok] + d])
                ok = reach[left + d] >= d
                centres.append(a[left[ok] + d])
                contexts.append(a[left[ok]])
        c, x = np.concatenate(centres), np.concatenate(contexts)
        order = rng.permutation(len(c))
        return c[order], x[order]

    steps_total = 0
    c, x = pairs()
    planned = epochs * len(c) // batch + 1
    started = time.perf_counter()
    for epoch in range(epochs):
        if epoch:
            c, x = pairs()
        lost = 0.0
        for at in range(0, len(c), batch):
            rate = lr * max(1e-4, 1 - steps_total / planned)
            centre = torch.from_numpy(c[at:at + batch])
            context = torch.from_numpy(x[at:at + batch])
            draws = np.searchsorted(cumulative, rng.random(len(centre) * negatives) * cumulative[-1])
            neg = torch.from_numpy(np.minimum(draws, len(words) - 1)).view(len(centre), negatives)
            v, u_pos, u_neg = inp[centre], out[context], out[neg]
            g_pos = torch.sigmoid((v * u_pos).sum(-1)) - 1                      # d loss / d score
            g_neg = torch.sigmoid(torch.bmm(u_neg, v.unsqueeze(-1)).squeeze(-1))
            inp.index_add_(0, centre, g_pos[:, None] * u_pos + (g_neg[:, :, None] * u_neg).sum(1), alpha=-rate)
            out.index_add_(0, context, g_pos[:, None] * v, alpha=-rate)
            out.index_add_(0, neg.reshape(-1), (g_neg[:, :, None] * v[:, None, :]).reshape(-1, dim), alpha=-rate)
            lost += float(-torch.log(-g_pos + 1e-7).mean() - torch.log(1 - g_neg + 1e-7).sum(1).mean())
            steps_total += 1
        print(f"epoch {epoch + 1}/{epochs}: {len(c)} pairs, loss {lost / max(1, -(-len(c) // batch)):.3f} "
              f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return words, inp.numpy().astype(np.float32)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "ner_vectors.npz")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--negatives", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = corpus(args.shared)
    print(f"{len(docs)} texts, {sum(len(d) for d in docs)} words ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    words, vectors = train(docs, dim=args.dim, window=args.window, negatives=args.negatives,
                           epochs=args.epochs, min_count=args.min_count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, words=np.array(words), vectors=vectors)
    print(f"{len(words)} words x {vectors.shape[1]} -> {args.out} ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
