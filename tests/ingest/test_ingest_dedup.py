"""Exact and near-duplicate texts across outlets: linked where they were seen, never coded twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.ingest.batch import run_batch
from rasid.ingest.dedup import NearDuplicateIndex, shingles, signature, similarity
from rasid.ingest.merge import merged_events
from rasid.ingest.sources import Origin, SourceItem
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store

from ingest_helpers import article

BYLINE = "دمشق - مراسل الوكالة: "


def _item(doc_id: str, text: str, outlet: str, published: str = "2024-05-14") -> SourceItem:
    import datetime as dt

    doc = Document(doc_id=doc_id, text=text, published=dt.date.fromisoformat(published), source=outlet,
                   url=f"https://{outlet.lower().replace(' ', '')}.example/{doc_id}")
    return SourceItem(doc, Origin(key=f"test:{outlet}:{doc_id}", kind="url", outlet=outlet, url=doc.url))


def test_dedup_signature_sees_spelling_variants_and_bylines_as_near() -> None:
    text = article(3)
    variant = BYLINE + text.replace("أ", "ا").replace("ة", "ه") + " وتابعوا التفاصيل على موقعنا."
    assert shingles(text) != shingles(variant)
    assert similarity(signature(text), signature(variant)) >= 0.8
    assert similarity(signature(text), signature(article(4))) < 0.5


def test_dedup_index_finds_the_closest_and_forgets_on_remove() -> None:
    index = NearDuplicateIndex()
    index.add("a", signature(article(1)))
    index.add("b", signature(article(2)))
    found = index.find(signature(BYLINE + article(2)))
    assert found is not None and found.key == "b" and found.similarity >= 0.8
    assert index.find(signature(article(50))) is None
    index.remove("b")
    assert index.find(signature(BYLINE + article(2))) is None and len(index) == 1


def test_dedup_text_without_words_has_no_signature() -> None:
    with pytest.raises(ValueError):
        signature(" ... !!! ")


def test_dedup_syndicated_copies_are_linked_not_recoded(store: Store, pipeline: Pipeline) -> None:
    original = _item("sana-1", article(7), "SANA")
    exact = _item("enab-1", article(7), "Enab Baladi")
    near = _item("halab-1", BYLINE + article(7) + " وتابعوا التفاصيل.", "Halab Today")
    other = _item("sana-2", article(8), "SANA")
    first = run_batch([original, other], store, pipeline, inputs=["first"])
    events_before = store.counts()["events"]
    second = run_batch([exact, near], store, pipeline, inputs=["second"])
    assert (first.added, second.added, second.unchanged, second.duplicates) == (2, 0, 1, 1)
    assert store.counts()["events"] == events_before  # nothing coded twice
    assert store.document("halab-1") is not None  # the copy's text is kept
    from rasid.store import EventFilter

    assert store.events(EventFilter(doc_id="halab-1")) == []
    assert [(d["doc_id"], d["canonical_doc_id"]) for d in store.duplicates()] == [("halab-1", "sana-1")]
    seen = store.sightings("sana-1")
    assert [(s["outlet"], s["match"]) for s in seen] == [
        ("SANA", "new"), ("Enab Baladi", "exact"), ("Halab Today", "near")]
    (event,) = [e for e in merged_events(store) if e["doc_id"] == "sana-1"]
    assert event["sources"][-3:] == ["SANA", "Enab Baladi", "Halab Today"]


def test_dedup_near_duplicates_within_one_batch(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    items = [_item("a-1", article(11), "A"), _item("b-1", BYLINE + article(11), "B"),
             _item("c-1", article(12), "C")]
    report = run_batch(items, store, pipeline, inputs=["one batch"])
    assert (report.added, report.duplicates) == (2, 1)
    assert [d["doc_id"] for d in store.duplicates()] == ["b-1"]


def test_signature_is_datasketch_minhash_of_the_shingles() -> None:
    """The shingles hashed in one go give the MinHash datasketch's own hashing gives."""
    from datasketch import MinHash

    from rasid.ingest.dedup import _SCHEME, _SEED, NUM_PERM

    for text in ("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب صباح اليوم", "one two", "The army shelled Raqqa.",
                 "four words in_all", "قُتل ٣ مدنيين،\nو  أُصيب 12_x في «الرقة»... Raqqa-city", "\u0640\u0640 \u064b"):
        reference = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
        reference.update_batch([s.encode("utf-8") for s in shingles(text)])
        assert signature(text) == reference.hashvalues.astype("<u8").tobytes()


def test_encoded_shingles_are_the_shingles_encoded() -> None:
    from rasid.ingest.dedup import _encoded_shingles

    for text in ("", "\u0640\u0640", "one", "one two three four", "one two three four five",
                 "قُتل ٣ مدنيين،\nو  أُصيب 12_x في «الرقة»... Raqqa-city Raqqa-city Raqqa-city",
                 "ALEPH\u00a0Aleph  \t aleph_1 ١٢ 😀 word"):
        assert _encoded_shingles(text) == {s.encode("utf-8") for s in shingles(text)}
