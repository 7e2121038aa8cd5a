"""The numpy BiLSTM-CRF of rasid.ner.neural on tiny hand-built weights: decoding against
brute force, the batched forward pass against a plain one-sentence-at-a-time version
written here, and the errors of a bad weights file."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from rasid.errors import DataError
from rasid.ner.neural import (
    BOW,
    EOW,
    FORMAT,
    Network,
    NeuralTagger,
    bag,
    char_ids,
    marginals,
    viterbi,
    word_key,
)

TAGS = ("O", "B-PER", "I-PER")


def sequence_score(tags: tuple[int, ...], em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> float:
    score = start[tags[0]] + em[0, tags[0]] + end[tags[-1]]
    for i in range(1, len(tags)):
        score += trans[tags[i - 1], tags[i]] + em[i, tags[i]]
    return float(score)


def test_viterbi_and_marginals_agree_with_enumerating_every_sequence() -> None:
    rng = np.random.default_rng(3)
    em, trans = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    every = list(itertools.product(range(3), repeat=4))
    scores = np.array([sequence_score(t, em, trans, start, end) for t in every])
    assert tuple(viterbi(em, trans, start, end)) == every[int(scores.argmax())]
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    expected = np.zeros((4, 3))
    for t, p in zip(every, probs, strict=True):
        for i, tag in enumerate(t):
            expected[i, tag] += p
    np.testing.assert_allclose(marginals(em, trans, start, end), expected, atol=1e-9)


def test_a_forbidden_transition_is_never_chosen() -> None:
    # The emissions alone say O then I-PER; a -inf-like O -> I-PER score forces B-PER I-PER.
    em = np.array([[2.0, 1.5, 0.0], [0.0, 0.0, 3.0]])
    trans = np.zeros((3, 3))
    trans[0, 2] = -100.0
    assert viterbi(em, trans, np.zeros(3), np.zeros(3)) == [1, 2]
    assert viterbi(np.zeros((0, 3)), trans, np.zeros(3), np.zeros(3)) == []


def tiny_network(seed: int = 0, words: int = 6, chars: int = 8, feats: int = 4, hidden: int = 3) -> Network:
    rng = np.random.default_rng(seed)
    dw, dc, f, df, t = 4, 2, 3, 2, len(TAGS)
    width = dw + f + df

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.7, size=shape).astype(np.float32)

    w, c, fe = r(words, dw), r(chars, dc), r(feats, df)
    w[0] = c[0] = fe[0] = 0.0  # the padding rows
    return Network(w, c, r(f, dc, 3), r(f), fe,
                   ((r(4 * hidden, width), r(4 * hidden, hidden), r(4 * hidden)),
                    (r(4 * hidden, width), r(4 * hidden, hidden), r(4 * hidden))),
                   r(t, 2 * hidden), r(t), r(t, t), r(t), r(t))


def plain_emissions(net: Network, words: list[int], chars: list[list[int]], feats: list[list[int]]) -> np.ndarray:
    """One sentence, written out loop by loop: what ``Network.emissions`` computes in batches."""
    def sigmoid(x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-x))

    inputs = []
    for w, cs, fs in zip(words, chars, feats, strict=True):
        e = [net.chars[c] for c in cs]
        conv = []
        for t in range(len(cs)):
            total = net.conv_b.astype(np.float64).copy()
            for k in range(3):
                j = t + k - 1
                if 0 <= j < len(cs):
                    total += net.conv_w[:, :, k] @ e[j]
            conv.append(total)
        pooled = np.max(conv, axis=0)
        bagged = sum((net.feats[f] for f in fs), np.zeros(net.feats.shape[1]))
        inputs.append(np.concatenate([net.words[w], pooled, bagged]))

    def run(xs: list[np.ndarray], weights: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[np.ndarray]:
        w_ih, w_hh, b = weights
        size = w_hh.shape[1]
        h, c, out = np.zeros(size), np.zeros(size), []
        for x in xs:
            g = w_ih @ x + w_hh @ h + b
            i, f, z, o = sigmoid(g[:size]), sigmoid(g[size:2 * size]), np.tanh(g[2 * size:3 * size]), sigmoid(g[3 * size:])
            c = f * c + i * z
            h = o * np.tanh(c)
            out.append(h)
        return out

    forward = run(inputs, net.lstm[0])
    backward = run(inputs[::-1], net.lstm[1])[::-1]
    return np.array([net.out_w @ np.concatenate([a, b]) + net.out_b for a, b in zip(forward, backward, strict=True)])


def test_batched_forward_pass_equals_the_plain_one_for_sentences_of_different_lengths() -> None:
    net = tiny_network()
    sentences = [
        ([2, 3, 4], [[BOW, 4, 5, EOW], [BOW, 6, EOW], [BOW, 7, 4, 5, 6, EOW]], [[2], [], [2, 3]]),
        ([5], [[BOW, 5, EOW]], [[3]]),
        ([1, 2, 3, 4, 5], [[BOW, 4, EOW]] * 5, [[], [2], [3], [], [2]]),
    ]
    b, n, k, m = len(sentences), 5, 6, 2
    words, chars, feats = np.zeros((b, n), int), np.zeros((b, n, k), int), np.zeros((b, n, m), int)
    for i, (ws, cs, fs) in enumerate(sentences):
        words[i, :len(ws)] = ws
        for j, (c, f) in enumerate(zip(cs, fs, strict=True)):
            chars[i, j, :len(c)] = c
            feats[i, j, :len(f)] = f
    lengths = np.array([len(s[0]) for s in sentences])
    batched = net.emissions(words, chars, feats, lengths)
    for i, (ws, cs, fs) in enumerate(sentences):
        np.testing.assert_allclose(batched[i, :len(ws)], plain_emissions(net, ws, cs, fs), rtol=1e-4, atol=1e-5)


def tagger(networks: list[Network]) -> NeuralTagger:
    words = ["<pad>", "<unk>", "سامر", "حلبي", "قال", "."]
    alphabet = ["<pad>", "<unk>", "<w>", "</w>", "س", "ا", "م", "ر"]
    return NeuralTagger(TAGS, words, alphabet, ["<pad>", "<unk>", "given", "cue-1=PER"], networks,
                        known={"حلبي": ("PER-last",)})


def test_tagging_a_sentence_alone_or_beside_a_longer_one_gives_the_same_tags() -> None:
    t = tagger([tiny_network(1), tiny_network(2)])
    short = [("سامر", "سامر", ["given", "bias"])]
    long = [("قال", "وقال", []), ("سامر", "سامر", ["cue-1=PER", "given"]), ("حلبي", "الحلبي", []), (".", ".", [])]
    alone = t.tag([short])[0]
    together = t.tag([long, short])
    assert together[1][0] == alone[0]
    np.testing.assert_allclose(together[1][1], alone[1], atol=1e-6)
    tags, probs = together[0]
    assert len(tags) == 4 and all(tag in TAGS for tag in tags) and all(0 < p <= 1 for p in probs)


def test_an_ensemble_averages_the_scores_of_its_networks() -> None:
    a, b = tiny_network(1), tiny_network(2)
    sentence = [("قال", "قال", []), ("سامر", "سامر", ["given"])]
    both = tagger([a, b]).emissions([sentence])[0]
    one, two = tagger([a]).emissions([sentence])[0], tagger([b]).emissions([sentence])[0]
    np.testing.assert_allclose(both, (one + two) / 2, atol=1e-6)


def test_input_encoding() -> None:
    vocabulary = {"حلبي": 2, "الحلبي": 3}
    assert word_key("حلبي", "الحلبي", vocabulary) == 2
    assert word_key("غريب", "الحلبي", vocabulary) == 3
    assert word_key("غريب", "الغريب", vocabulary) == 1
    assert char_ids("سام", {"س": 4, "ا": 5}) == [BOW, 4, 5, 1, EOW]
    assert bag(["bias", "w=الحلبي", "given", "-1:given", "cue-1=PER", "kn=PER-last", "1:kn=PER"]) == [
        "given", "cue-1=PER", "kn=PER-last"]


# --- the weights file ------------------------------------------------------------------------

def weights_file(network: Network, meta: dict | None = None) -> bytes:
    arrays = dict(zip(Network.NAMES, (network.words, network.chars, network.conv_w, network.conv_b, network.feats,
                                      *network.lstm[0], *network.lstm[1], network.out_w, network.out_b,
                                      network.transitions, network.start, network.end), strict=True))
    buffer = io.BytesIO()
    np.savez(buffer, meta=np.array(json.dumps(meta or {"format": FORMAT, "tags": list(TAGS), "networks": 1})),
             vocabulary=np.array(["<pad>", "<unk>", "سامر", "حلبي", "قال", "."]),
             alphabet=np.array(["<pad>", "<unk>", "<w>", "</w>", "س", "ا", "م", "ر"]),
             features=np.array(["<pad>", "<unk>", "given", "cue-1=PER"]),
             known=np.array(["حلبي\tPER-last"]), **{f"m0.{k}": v.astype(np.float16) for k, v in arrays.items()})
    return buffer.getvalue()


def test_a_weights_file_round_trips(tmp_path: Path) -> None:
    net = tiny_network()
    data = weights_file(net)
    path = tmp_path / "w.npz"
    path.write_bytes(data)
    loaded = NeuralTagger.load(path)
    assert loaded.tags == TAGS and loaded.known == {"حلبي": ("PER-last",)}
    assert NeuralTagger.load(data).tag([[("سامر", "سامر", ["given"])]]) == loaded.tag([[("سامر", "سامر", ["given"])]])
    # Stored as float16: the weights read back are the float16 values.
    np.testing.assert_array_equal(loaded.networks[0].out_w, net.out_w.astype(np.float16).astype(np.float32))


def test_a_corrupt_or_foreign_weights_file_is_a_data_error(tmp_path: Path) -> None:
    data = weights_file(tiny_network())
    with pytest.raises(DataError, match="cannot read NER weights"):
        NeuralTagger.load(data[: len(data) // 2])  # cut short
    with pytest.raises(DataError, match="format"):
        NeuralTagger.load(weights_file(tiny_network(), {"format": FORMAT + 1, "tags": list(TAGS), "networks": 1}))
    with pytest.raises(DataError, match="m1"):
        NeuralTagger.load(weights_file(tiny_network(), {"format": FORMAT, "tags": list(TAGS), "networks": 2}))
    with pytest.raises(DataError, match="cannot read NER weights"):
        NeuralTagger.load(tmp_path / "absent.npz")


def test_weights_of_the_wrong_shape_are_a_data_error() -> None:
    net = tiny_network()
    broken = Network(net.words, net.chars, net.conv_w, net.conv_b, net.feats, net.lstm,
                     net.out_w[:, :-1], net.out_b, net.transitions, net.start, net.end)
    with pytest.raises(DataError, match="out_w"):
        NeuralTagger.load(weights_file(broken))


def test_networks_may_share_one_table_of_word_vectors() -> None:
    a, b = tiny_network(1), tiny_network(2)
    data = io.BytesIO(weights_file(a))
    with np.load(data) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["meta"] = np.array(json.dumps({"format": FORMAT, "tags": list(TAGS), "networks": 2}))
    for name in Network.NAMES[1:]:  # all but the word vectors, which m1 reads from m0
        arrays[f"m1.{name}"] = getattr(b, name) if hasattr(b, name) else None
    arrays.update({"m1.fwd_ih": b.lstm[0][0], "m1.fwd_hh": b.lstm[0][1], "m1.fwd_b": b.lstm[0][2],
                   "m1.bwd_ih": b.lstm[1][0], "m1.bwd_hh": b.lstm[1][1], "m1.bwd_b": b.lstm[1][2]})
    buffer = io.BytesIO()
    np.savez(buffer, **{k: v for k, v in arrays.items() if v is not None})
    loaded = NeuralTagger.load(buffer.getvalue())
    assert len(loaded.networks) == 2
    np.testing.assert_array_equal(loaded.networks[1].words, loaded.networks[0].words)
    np.testing.assert_array_equal(loaded.networks[1].out_w, b.out_w)
