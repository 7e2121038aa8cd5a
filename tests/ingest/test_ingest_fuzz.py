"""Malformed inputs of every kind (bytes, HTML, feeds, Telegram JSON) never crash a batch."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.errors import InputError
from rasid.ingest.batch import BatchOptions
from rasid.ingest.feeds import parse_feed
from rasid.ingest.files import Document, Rejected, html_document
from rasid.ingest.jobs import ingest
from rasid.ingest.telegram import read_export
from rasid.pipeline import Pipeline
from rasid.store import Store

from ingest_helpers import article

FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
_counter = itertools.count()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "type", "text", "date", "messages", "href", "forwarded_from", "name", "x"]),
        inner, max_size=5),
    max_leaves=20)
html_parts = st.lists(st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div", ">", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;",
    "<meta charset='bogus'>", "<article>", "قصفت قوات النظام مدينة سراقب", "\x00", "\ufffd", "<![CDATA[", "]]>",
    "<title>", "</title>", " ", "\n"]), max_size=40).map("".join)


def _run_dir(root: Path, files: dict[str, bytes], pipeline: Pipeline) -> None:
    folder = root / f"case{next(_counter)}"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "zz-good.txt").write_text(article(5), encoding="utf-8")
    with Store.open(folder / "rasid.db") as store:
        report = ingest([folder / n for n in [*files, "zz-good.txt"]], store, pipeline, BatchOptions(chunk_size=3))
        assert report.items == report.added + report.unchanged + report.duplicates + len(report.errors)
        assert store.document("zz-good") is not None
        assert all(e.reason for e in report.errors)


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".csv", ".bin"]))
def test_fuzz_random_bytes_never_crash_a_batch(tmp_path: Path, pipeline: Pipeline, data: bytes, suffix: str) -> None:
    _run_dir(tmp_path, {f"input{suffix}": data}, pipeline)


@FUZZ
@given(markup=html_parts)
def test_fuzz_html_is_a_document_or_a_reason(tmp_path: Path, pipeline: Pipeline, markup: str) -> None:
    result = html_document(markup.encode("utf-8", errors="surrogatepass"), "page.html", "page")
    assert isinstance(result, Document | Rejected)
    _run_dir(tmp_path, {"page.html": markup.encode("utf-8", errors="replace")}, pipeline)


@FUZZ
@given(value=json_values)
def test_fuzz_telegram_json_never_crashes(tmp_path: Path, pipeline: Pipeline, value: object) -> None:
    shaped = {"name": "قناة", "id": 1, "messages": value if isinstance(value, list) else [value]}
    for item in read_export(shaped, "result.json"):
        assert isinstance(item, tuple) or item.doc.text.strip()
    _run_dir(tmp_path, {"result.json": json.dumps(shaped, ensure_ascii=False).encode("utf-8")}, pipeline)


@FUZZ
@given(head=st.binary(max_size=60), cut=st.integers(0, 400), tail=st.binary(max_size=60))
def test_fuzz_feeds_parse_or_say_why(head: bytes, cut: int, tail: bytes) -> None:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title>'
            "<link>http://x.example/a</link><description>نص</description></item></channel></rss>").encode("utf-8")
    data = head + feed[:cut] + tail
    try:
        entries = parse_feed(data, "http://x.example/feed")
    except InputError as e:
        assert "not a feed" in str(e)
    else:
        assert all(e.link.startswith("http") for e in entries)


@pytest.mark.parametrize("data", [b"", b"\x00" * 50, b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00\xd8",
                                  b'{"messages": [{"id": {}, "text": [{"type": 1}]}]}'])
def test_fuzz_known_nasty_inputs(tmp_path: Path, pipeline: Pipeline, data: bytes) -> None:
    _run_dir(tmp_path, {"nasty.json": data, "nasty.txt": data}, pipeline)
