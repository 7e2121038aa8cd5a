"""Duplicate texts: exact (content hash) and near (MinHash signatures, LSH index).

Owns: ``signature`` (a MinHash of a text's word shingles, as bytes), ``similarity``,
``NearDuplicateIndex`` (an LSH index of stored signatures, banded as datasketch's
``MinHashLSH``) and the settings ``SIGNATURE_METHOD``, ``NEAR_DUPLICATE_THRESHOLD``.

Texts are folded first (``rasid.text.normalize.fold``: hamza and alef forms, ta
marbuta, diacritics, digits, Latin case), so a syndicated copy that differs in
spelling variants, punctuation or an added byline still matches. Exact duplicates need
no signature: ``rasid.model.content_hash`` is the document's identity in the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from hashlib import sha1

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from rasid.text.normalize import fold

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "NUM_PERM",
    "SHINGLE_WORDS",
    "SIGNATURE_METHOD",
    "NearDuplicate",
    "NearDuplicateIndex",
    "shingles",
    "signature",
    "similarity",
]

#: Words per shingle.
SHINGLE_WORDS = 4
#: MinHash permutations (signature length).
NUM_PERM = 128
#: Estimated Jaccard similarity of shingle sets from which two texts are one story.
NEAR_DUPLICATE_THRESHOLD = 0.8
_SCHEME_NAME = "affine32"
#: Stored with each signature; signatures of another method are not compared.
SIGNATURE_METHOD = f"minhash-{_SCHEME_NAME}-w{SHINGLE_WORDS}-p{NUM_PERM}-v1"
_SEED = 1
_SCHEME = _SCHEME_NAME  # datasketch's default permutation family since 2.0; named so it never drifts
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``size``-word runs of the folded text (the whole text if it is shorter)."""
    words = _WORD.findall(fold(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)))))


def _encoded_shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """``shingles(text)``, each encoded as UTF-8 (what a shingle's hash is taken of).

    A word holds no space, so the encoded words are the encoded words of the text joined
    by spaces, split at spaces: one encoding for the whole text, where encoding every
    shingle string took a sixth of the signature's time.
    """
    words = _WORD.findall(fold(text))
    if not words:
        return set()
    encoded = " ".join(words).encode("utf-8").split(b" ")
    if len(encoded) <= size:
        return {b" ".join(encoded)}
    return set(map(b" ".join, zip(*(encoded[i:] for i in range(size)))))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The permutations (a, b) of the scheme and seed, as datasketch draws them."""
    a, b = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
    return a.reshape(1, -1), b.reshape(1, -1)


def _hashvalues(text: str) -> np.ndarray:
    """The MinHash values of a text's shingles, as datasketch's MinHash computes them.

    A shingle's hash is what datasketch's default hash function gives (the first four
    bytes of its SHA-1, little-endian); the scheme then mixes each hash (MurmurHash3's
    32-bit finalizer), maps it by every permutation (a * h + b modulo 2**32) and keeps
    the least value of each. That arithmetic is done here on all the shingles of a text
    at once, in the scheme's unsigned 32-bit integers, where datasketch would first turn
    the hashes into Python ints one by one; the test suite checks the two agree.
    """
    digests = b"".join(map(_DIGEST, map(sha1, _encoded_shingles(text))))
    if not digests:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    hashes = np.frombuffer(digests, dtype="<u4")[::_DIGEST_WORDS].astype(np.uint32).reshape(-1, 1)
    hashes ^= hashes >> np.uint32(16)
    hashes *= np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    hashes ^= hashes >> np.uint32(16)
    a, b = _permutations()
    values = hashes * a
    values += b  # in place: one shingles-by-permutations array fewer to allocate and fault in
    return values.min(axis=0)  # type: ignore[no-any-return]


_DIGEST = type(sha1()).digest
_DIGEST_WORDS = sha1().digest_size // 4  # a SHA-1 digest is five four-byte words
_EMPTY = (1 << 32) - 1  # the value of a permutation no shingle reached
_VALUE_BYTES = 8  # a signature holds its values as little-endian uint64


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as little-endian uint64 bytes.

    Raises ``ValueError`` for a text without a word (all such texts would look alike).
    """
    if not _WORD.search(text):
        raise ValueError("a text without words has no signature")
    return _hashvalues(text).astype("<u8").tobytes()


def _checked(data: bytes) -> bytes:
    """A stored signature as bytes; ``ValueError`` if it does not have ``NUM_PERM`` values."""
    data = bytes(data)
    if len(data) != NUM_PERM * _VALUE_BYTES:
        raise ValueError(f"a signature has {NUM_PERM} values, not {len(data) / _VALUE_BYTES:g}")
    return data


def _from_bytes(data: bytes) -> LeanMinHash:
    values = np.frombuffer(_checked(data), dtype="<u8")
    return LeanMinHash(seed=_SEED, hashvalues=values.astype(np.uint64), scheme=_SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets two signatures stand for."""
    return float(_from_bytes(a).jaccard(_from_bytes(b)))


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    key: str
    similarity: float


class NearDuplicateIndex:
    """An LSH index of signatures: which stored text does a new one nearly repeat?

    A stored text is a candidate when one band of its signature equals the same band of
    the new one; the bands are the ones datasketch's ``MinHashLSH`` chooses for the
    threshold, so the candidates are the ones it would find. The index keeps each band
    as a slice of the signature's bytes (equal slices, equal values) in a dict: the
    ingest writer looks up and indexes every text it stores, and ``MinHashLSH`` spends
    most of that time turning band values into keys one by one in Python.
    """

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._bands = tuple((start * _VALUE_BYTES, end * _VALUE_BYTES) for start, end in lsh.hashranges)
        self._buckets: tuple[dict[bytes, set[str]], ...] = tuple({} for _ in self._bands)
        self._signatures: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: bytes) -> None:
        """Index a text's signature under ``key`` (a content hash); a known key is ignored."""
        if key in self._signatures:
            return
        sig = _checked(sig)
        self._signatures[key] = sig
        for (start, end), buckets in zip(self._bands, self._buckets, strict=True):
            buckets.setdefault(sig[start:end], set()).add(key)

    def remove(self, key: str) -> None:
        """Forget a text (e.g. one whose write was rolled back); an unknown key is ignored."""
        sig = self._signatures.pop(key, None)
        if sig is None:
            return
        for (start, end), buckets in zip(self._bands, self._buckets, strict=True):
            band = sig[start:end]
            keys = buckets[band]
            keys.discard(key)
            if not keys:
                del buckets[band]

    def find(self, sig: bytes) -> NearDuplicate | None:
        """The most similar indexed text at or above the threshold, or ``None``."""
        sig = _checked(sig)
        candidates: set[str] = set()
        for (start, end), buckets in zip(self._bands, self._buckets, strict=True):
            keys = buckets.get(sig[start:end])
            if keys:
                candidates |= keys
        values = np.frombuffer(sig, dtype="<u8")
        best: NearDuplicate | None = None
        for key in candidates:
            # as datasketch's MinHash.jaccard computes it
            score = float(np.count_nonzero(values == np.frombuffer(self._signatures[key], dtype="<u8"))) / NUM_PERM
            if score >= self.threshold and (best is None or (score, key) > (best.similarity, best.key)):
                best = NearDuplicate(key, score)
        return best
