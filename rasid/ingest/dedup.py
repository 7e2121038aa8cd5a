"""Duplicate texts: exact (content hash) and near (MinHash signatures, LSH index).

Owns: ``signature`` (a MinHash of a text's word shingles, as bytes), ``similarity``,
``NearDuplicateIndex`` (datasketch ``MinHashLSH`` over stored signatures) and the
settings ``SIGNATURE_METHOD``, ``NEAR_DUPLICATE_THRESHOLD``.

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
    digests = b"".join(map(_DIGEST, map(sha1, map(str.encode, shingles(text)))))
    if not digests:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    hashes = np.frombuffer(digests, dtype="<u4")[::_DIGEST_WORDS].astype(np.uint32).reshape(-1, 1)
    hashes ^= hashes >> np.uint32(16)
    hashes *= np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    hashes ^= hashes >> np.uint32(16)
    a, b = _permutations()
    return (hashes * a + b).min(axis=0)  # type: ignore[no-any-return]


_DIGEST = type(sha1()).digest
_DIGEST_WORDS = sha1().digest_size // 4  # a SHA-1 digest is five four-byte words
_EMPTY = (1 << 32) - 1  # the value of a permutation no shingle reached


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as little-endian uint64 bytes.

    Raises ``ValueError`` for a text without a word (all such texts would look alike).
    """
    if not _WORD.search(text):
        raise ValueError("a text without words has no signature")
    return _hashvalues(text).astype("<u8").tobytes()


def _from_bytes(data: bytes) -> LeanMinHash:
    values = np.frombuffer(data, dtype="<u8")
    if values.size != NUM_PERM:
        raise ValueError(f"a signature has {NUM_PERM} values, not {values.size}")
    return LeanMinHash(seed=_SEED, hashvalues=values.astype(np.uint64), scheme=_SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets two signatures stand for."""
    return float(_from_bytes(a).jaccard(_from_bytes(b)))


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    key: str
    similarity: float


class NearDuplicateIndex:
    """An LSH index of signatures: which stored text does a new one nearly repeat?"""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}
        # The ingest writer looks a new text's signature up, then adds it: read it once.
        self._last: tuple[bytes, LeanMinHash] | None = None

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: bytes) -> None:
        """Index a text's signature under ``key`` (a content hash); a known key is ignored."""
        if key in self._signatures:
            return
        lean = self._read(sig)
        self._signatures[key] = lean
        self._lsh.insert(key, lean)

    def remove(self, key: str) -> None:
        """Forget a text (e.g. one whose write was rolled back); an unknown key is ignored."""
        if self._signatures.pop(key, None) is not None:
            self._lsh.remove(key)

    def _read(self, sig: bytes) -> LeanMinHash:
        last = self._last
        if last is not None and last[0] is sig:
            return last[1]
        lean = _from_bytes(sig)
        self._last = (sig, lean)
        return lean

    def find(self, sig: bytes) -> NearDuplicate | None:
        """The most similar indexed text at or above the threshold, or ``None``."""
        lean = self._read(sig)
        best: NearDuplicate | None = None
        for key in self._lsh.query(lean):
            score = float(lean.jaccard(self._signatures[key]))
            if score >= self.threshold and (best is None or (score, key) > (best.similarity, best.key)):
                best = NearDuplicate(key, score)
        return best
