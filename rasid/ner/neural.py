"""The neural Arabic NER tagger at run time: a BiLSTM-CRF evaluated with numpy alone.

Owns ``NeuralTagger`` (reads a weights file, encodes pieces, runs the forward pass, decodes
tags and their marginals), the input encoding shared with training (``word_key``,
``char_ids``, ``bag``) and the CRF decoding of emission scores (``viterbi``,
``marginals``), and ``run``, the forward pass of the networks of an ensemble together.
The weights are written by ``scripts/train_ner.py`` (PyTorch, a build-time tool only);
nothing here imports torch.

Per piece (``rasid.ner.features.Piece``) the network reads three things:

* a word vector: the piece's stem (its folded form if the stem is unknown, then an
  "unknown" vector), pretrained on unlabelled news and kept fixed in training (the
  networks of an ensemble then share one table);
* a character convolution over the folded word (its letters between a begin and an end
  mark; width 3, max-pooled over the word);
* a bag of the piece's own list and shape features (``rasid.ner.features``: gazetteer,
  catalogue and name-list membership, cue words before it, word clusters, word statistics
  from news, roles in the training names, prefix and shape), each an embedding, summed.

These go through a one-layer bidirectional LSTM and a linear layer to one score per BIO
tag, and a linear-chain CRF (transition, start and end scores) picks the best sequence.
A file may hold several networks trained alike (an ensemble); their emission and
transition scores are averaged before decoding.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasid.errors import DataError
from rasid.ner.features import read_known

__all__ = [
    "BAG_PREFIXES",
    "FORMAT",
    "MAX_CHARS",
    "Network",
    "NeuralTagger",
    "bag",
    "char_ids",
    "marginals",
    "run",
    "viterbi",
    "word_key",
]

#: The version of the weights file layout this module reads.
FORMAT = 1
#: Letters of a word the character convolution reads (the first ones).
MAX_CHARS = 20
#: Reserved ids: 0 pads, 1 is the unknown word, character or feature; characters also
#: have 2 (begin of word) and 3 (end of word).
PAD, UNK, BOW, EOW = 0, 1, 2, 3

#: Which of a piece's own features (``rasid.ner.features.sentence_features``) the network
#: reads; features of neighbours ("-1:...", "1:...") and word identities are left to the LSTM.
BAG_PREFIXES: tuple[str, ...] = (
    "shape=", "pre=", "art", "clitic", "len=", "digit", "given", "c0=", "c1=", "c2=", "c=none",
    "cue=", "cue-1=", "cue-2=", "gaz=", "act=", "wf=", "wa=", "wc=", "ws=", "lst=", "kn=",
)


def bag(features: Sequence[str]) -> list[str]:
    """The features of one piece that go into the network's feature bag."""
    return [f for f in features if f.startswith(BAG_PREFIXES)]


def word_key(stem: str, norm: str, vocabulary: Mapping[str, int]) -> int:
    """The word-vector row of a piece: its stem, else its folded form, else unknown."""
    return vocabulary.get(stem) or vocabulary.get(norm) or UNK


def char_ids(norm: str, alphabet: Mapping[str, int]) -> list[int]:
    """The character ids the convolution reads: begin mark, letters, end mark."""
    return [BOW, *(alphabet.get(ch, UNK) for ch in norm[:MAX_CHARS]), EOW]


# --- decoding --------------------------------------------------------------------------------

def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """The best tag sequence under a linear-chain CRF: ``emissions`` (n, T) per position,
    ``transitions[i, j]`` from tag i to tag j, ``start`` and ``end`` scores."""
    n = len(emissions)
    if n == 0:
        return []
    score = start + emissions[0]
    back = np.zeros((n, emissions.shape[1]), dtype=np.int64)
    for i in range(1, n):
        total = score[:, None] + transitions
        back[i] = total.argmax(axis=0)
        score = total.max(axis=0) + emissions[i]
    best = [int((score + end).argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    top = a.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis=axis) + np.log(np.exp(a - top).sum(axis=axis))


def marginals(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """P(tag at position | sentence) under the CRF (forward-backward), shape (n, T)."""
    n, t = emissions.shape
    if n == 0:
        return np.zeros((0, t))
    alpha = np.empty((n, t))
    beta = np.empty((n, t))
    alpha[0] = start + emissions[0]
    for i in range(1, n):
        alpha[i] = _logsumexp(alpha[i - 1][:, None] + transitions, axis=0) + emissions[i]
    beta[-1] = end
    for i in range(n - 2, -1, -1):
        beta[i] = _logsumexp(transitions + (emissions[i + 1] + beta[i + 1])[None, :], axis=1)
    z = _logsumexp(alpha[-1] + end, axis=0)
    return np.exp(alpha + beta - z)


# --- the network -----------------------------------------------------------------------------

def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


@dataclass(frozen=True)
class Network:
    """The weights of one BiLSTM-CRF (float32 arrays, PyTorch's layouts)."""

    words: np.ndarray       # (V, Dw)
    chars: np.ndarray       # (C, Dc)
    conv_w: np.ndarray      # (F, Dc, 3)
    conv_b: np.ndarray      # (F,)
    feats: np.ndarray       # (B, Df)
    lstm: tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]  # per direction: W_ih, W_hh, bias
    out_w: np.ndarray       # (T, 2H)
    out_b: np.ndarray       # (T,)
    transitions: np.ndarray  # (T, T)
    start: np.ndarray       # (T,)
    end: np.ndarray         # (T,)

    NAMES = ("words", "chars", "conv_w", "conv_b", "feats", "fwd_ih", "fwd_hh", "fwd_b",
             "bwd_ih", "bwd_hh", "bwd_b", "out_w", "out_b", "transitions", "start", "end")

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str, shared: str = "") -> Network:
        """The network stored under ``prefix`` ("m0." ...); without word vectors of its own it
        reads those under ``shared`` (networks trained with the same fixed vectors store them once)."""
        def get(name: str) -> np.ndarray:
            key = prefix + name
            if name == "words" and key not in arrays and shared:
                key = shared + name
            return np.asarray(arrays[key], dtype=np.float32)

        a = {name: get(name) for name in cls.NAMES}
        net = cls(a["words"], a["chars"], a["conv_w"], a["conv_b"], a["feats"],
                  ((a["fwd_ih"], a["fwd_hh"], a["fwd_b"]), (a["bwd_ih"], a["bwd_hh"], a["bwd_b"])),
                  a["out_w"], a["out_b"], a["transitions"], a["start"], a["end"])
        net.check()
        return net

    def check(self) -> None:
        """Raise ``ValueError`` when the shapes do not fit together."""
        hidden = self.lstm[0][1].shape[1]
        tags = self.out_b.shape[0]
        width = self.words.shape[1] + self.conv_w.shape[0] + self.feats.shape[1]
        expected = {
            "conv_w": (self.conv_w.shape, (self.conv_w.shape[0], self.chars.shape[1], 3)),
            "conv_b": (self.conv_b.shape, (self.conv_w.shape[0],)),
            "out_w": (self.out_w.shape, (tags, 2 * hidden)),
            "transitions": (self.transitions.shape, (tags, tags)),
            "start": (self.start.shape, (tags,)),
            "end": (self.end.shape, (tags,)),
        }
        for ih, hh, b in self.lstm:
            expected["lstm"] = ((ih.shape, hh.shape, b.shape), ((4 * hidden, width), (4 * hidden, hidden), (4 * hidden,)))
        for name, (got, want) in expected.items():
            if got != want:
                raise ValueError(f"{name} has shape {got}, expected {want}")

    def inputs(self, words: np.ndarray, chars: np.ndarray, feats: np.ndarray) -> np.ndarray:
        """The LSTM inputs (B, L, D) of a padded batch: word ids (B, L), character ids
        (B, L, K) and feature ids (B, L, M)."""
        b, n = words.shape
        x_w = self.words[words]
        # Character convolution: width 3, zero padding at both ends, max over the word's positions.
        c = self.chars[chars.reshape(b * n, -1)]                          # (N, K, Dc)
        k = c.shape[1]
        padded = np.pad(c, ((0, 0), (1, 1), (0, 0)))
        windows = np.concatenate([padded[:, j:j + k] for j in range(3)], axis=2)  # (N, K, 3*Dc)
        kernel = self.conv_w.transpose(2, 1, 0).reshape(-1, self.conv_w.shape[0])  # (3*Dc, F)
        conv = windows @ kernel + self.conv_b
        valid = (chars.reshape(b * n, -1) != PAD)[:, :, None]
        x_c = np.where(valid, conv, -np.inf).max(axis=1)
        x_c = np.where(np.isfinite(x_c), x_c, 0.0).reshape(b, n, -1)
        x_f = self.feats[feats].sum(axis=2)
        return np.concatenate([x_w, x_c, x_f], axis=2).astype(np.float32)

    @functools.cached_property
    def recurrent(self) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]:
        """Per direction, the LSTM weights with the gates reordered input, forget, output,
        cell (PyTorch's order is input, forget, cell, output), so that the three sigmoid
        gates sit side by side: W_ih (4H, D), W_hh transposed (H, 4H), bias (4H,)."""
        out = []
        for w_ih, w_hh, bias in self.lstm:
            size = w_hh.shape[1]
            order = np.r_[0:2 * size, 3 * size:4 * size, 2 * size:3 * size]
            out.append((np.ascontiguousarray(w_ih[order]), np.ascontiguousarray(w_hh[order].T), bias[order]))
        return tuple(out)

    def emissions(self, words: np.ndarray, chars: np.ndarray, feats: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Tag scores (B, L, T) of a padded batch (see ``inputs``) with each sentence's length."""
        return run([self], words, chars, feats, lengths)[0]


def run(networks: Sequence[Network], words: np.ndarray, chars: np.ndarray, feats: np.ndarray,
        lengths: np.ndarray) -> np.ndarray:
    """Tag scores (N, B, L, T) of networks of one shape on a padded batch; their LSTMs step
    together (one matrix product per step for all of them)."""
    b, n = words.shape
    x = np.stack([net.inputs(words, chars, feats) for net in networks])  # (N, B, L, D)
    mask = np.arange(n)[None, :] < lengths[:, None]                       # (B, L)
    forward = _lstm(x, mask, [net.recurrent[0] for net in networks])
    # The backward direction reads each sentence reversed within its own length.
    order = np.where(mask, lengths[:, None] - 1 - np.arange(n)[None, :], np.arange(n)[None, :])
    rows = np.arange(b)[:, None]
    backward = _lstm(x[:, rows, order], mask, [net.recurrent[1] for net in networks])[:, rows, order]
    h = np.concatenate([forward, backward], axis=3)                       # (N, B, L, 2H)
    out_w = np.stack([net.out_w for net in networks])                     # (N, T, 2H)
    out_b = np.stack([net.out_b for net in networks])
    return np.matmul(h.reshape(len(networks), b * n, -1), out_w.transpose(0, 2, 1)).reshape(
        len(networks), b, n, -1) + out_b[:, None, None, :]


def _lstm(x: np.ndarray, mask: np.ndarray, weights: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> np.ndarray:
    """The hidden states (N, B, L, H) of N LSTMs (``Network.recurrent`` weights) over the
    inputs (N, B, L, D); a sentence's states past its length are zero."""
    count, b, n, _ = x.shape
    size = weights[0][1].shape[0]
    w_ih = np.stack([w for w, _, _ in weights])                           # (N, 4H, D)
    w_hh = np.stack([w for _, w, _ in weights])                           # (N, H, 4H)
    bias = np.stack([v for _, _, v in weights])                           # (N, 4H)
    gates_in = np.matmul(x.reshape(count, b * n, -1), w_ih.transpose(0, 2, 1)).reshape(
        count, b, n, -1) + bias[:, None, None, :]                         # (N, B, L, 4H)
    h = np.zeros((count, b, size), dtype=np.float32)
    c = np.zeros((count, b, size), dtype=np.float32)
    out = np.zeros((count, b, n, size), dtype=np.float32)
    ragged = not mask.all()
    for t in range(n):
        g = gates_in[:, :, t] + np.matmul(h, w_hh)
        s = _sigmoid(g[..., :3 * size])
        c_new = s[..., size:2 * size] * c + s[..., :size] * np.tanh(g[..., 3 * size:])
        h_new = s[..., 2 * size:] * np.tanh(c_new)
        if ragged:
            keep = mask[None, :, t:t + 1]
            c = np.where(keep, c_new, c)
            h = np.where(keep, h_new, h)
            out[:, :, t] = h_new * keep
        else:
            c, h = c_new, h_new
            out[:, :, t] = h
    return out


class NeuralTagger:
    """BIO tags of pieces from one or more BiLSTM-CRF networks (averaged scores)."""

    def __init__(self, tags: Sequence[str], vocabulary: Sequence[str], alphabet: Sequence[str],
                 features: Sequence[str], networks: Sequence[Network],
                 known: Mapping[str, tuple[str, ...]] | None = None) -> None:
        if not networks:
            raise ValueError("no network")
        self.tags = tuple(tags)
        # Ids 0 and 1 are reserved (pad, unknown); characters also 2 and 3 (word marks).
        self.vocabulary = {w: i for i, w in enumerate(vocabulary) if i > UNK}
        self.alphabet = {ch: i for i, ch in enumerate(alphabet) if i > EOW}
        self.features = {f: i for i, f in enumerate(features) if i > UNK}
        self.networks = tuple(networks)
        #: The roles words play in the names of the training corpus (``known_features``).
        self.known = dict(known or {})
        first = self.networks[0]
        for net in self.networks:
            if any(getattr(net, name).shape != getattr(first, name).shape for name in ("words", "feats", "conv_w", "out_w")) \
                    or net.lstm[0][0].shape != first.lstm[0][0].shape:
                raise ValueError("the networks of one file must have the same shapes")
            if net.words.shape[0] != len(vocabulary) or net.chars.shape[0] != len(alphabet) \
                    or net.feats.shape[0] != len(features) or net.out_b.shape[0] != len(self.tags):
                raise ValueError("the vocabularies do not fit the weights")
        self.transitions = np.mean([n.transitions for n in self.networks], axis=0)
        self.start = np.mean([n.start for n in self.networks], axis=0)
        self.end = np.mean([n.end for n in self.networks], axis=0)

    @classmethod
    def load(cls, source: bytes | str | Path) -> NeuralTagger:
        """The tagger of a weights file (``.npz``: its path or bytes); ``DataError`` when it
        cannot be read or does not hold a tagger of this format."""
        name = "packaged" if isinstance(source, bytes) else str(source)
        try:
            data = io.BytesIO(source) if isinstance(source, bytes) else Path(source).read_bytes()
            if isinstance(data, bytes):
                data = io.BytesIO(data)
            with np.load(data, allow_pickle=False) as arrays:
                meta = json.loads(str(arrays["meta"]))
                if meta.get("format") != FORMAT:
                    raise ValueError(f"format {meta.get('format')!r}, this reader knows {FORMAT}")
                names = set(arrays.files)
                stored = {name: arrays[name] for name in names if name.startswith("m")}
                networks = [Network.from_arrays(stored, f"m{k}.", "m0.") for k in range(int(meta["networks"]))]
                known = read_known("\n".join(str(line) for line in arrays["known"]))
                return cls(meta["tags"], [str(w) for w in arrays["vocabulary"]],
                           [str(c) for c in arrays["alphabet"]], [str(f) for f in arrays["features"]], networks,
                           known)
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as exc:
            raise DataError(f"cannot read NER weights {name}: {exc}") from exc

    def encode(self, sentences: Sequence[Sequence[tuple[str, str, Sequence[str]]]]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The padded id arrays of sentences given as (stem, folded form, features) per piece."""
        b = len(sentences)
        n = max((len(s) for s in sentences), default=0)
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        encoded = [[(word_key(stem, norm, self.vocabulary), char_ids(norm, self.alphabet),
                     [self.features[f] for f in bag(feats) if f in self.features]) for stem, norm, feats in s]
                   for s in sentences]
        k = max((len(c) for s in encoded for _, c, _ in s), default=1)
        m = max((len(f) for s in encoded for _, _, f in s), default=0) or 1
        words = np.zeros((b, n), dtype=np.int64)
        chars = np.zeros((b, n, k), dtype=np.int64)
        feats = np.zeros((b, n, m), dtype=np.int64)
        for i, s in enumerate(encoded):
            for j, (w, c, f) in enumerate(s):
                words[i, j] = w
                chars[i, j, :len(c)] = c
                feats[i, j, :len(f)] = f
        return words, chars, feats, lengths

    def emissions(self, sentences: Sequence[Sequence[tuple[str, str, Sequence[str]]]]) -> list[np.ndarray]:
        """Averaged tag scores of each sentence, (length, T) each."""
        if not sentences:
            return []
        words, chars, feats, lengths = self.encode(sentences)
        total = run(self.networks, words, chars, feats, lengths).mean(axis=0)
        return [total[i, :length] for i, length in enumerate(lengths)]

    def tag(self, sentences: Sequence[Sequence[tuple[str, str, Sequence[str]]]]
            ) -> list[tuple[list[str], list[float]]]:
        """BIO tags (Viterbi) of each sentence and each chosen tag's marginal probability."""
        out = []
        for scores in self.emissions(sentences):
            best = viterbi(scores, self.transitions, self.start, self.end)
            probs = marginals(scores, self.transitions, self.start, self.end)
            out.append(([self.tags[t] for t in best], [float(probs[i, t]) for i, t in enumerate(best)]))
        return out
