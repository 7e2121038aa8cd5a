"""Reading txt, html, json and jsonl files into Documents; bad inputs become Rejected."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.errors import EmptyDocumentError, InputError
from rasid.ingest import MAX_FILE_BYTES, Rejected, decode_bytes, parse_record, read_path
from rasid.model import Document

ARABIC = "قصفت قوات الحكومة بلدة أريحا في ريف إدلب يوم الأحد، ما أدى إلى مقتل مدنيين اثنين."
ENGLISH = "Government forces shelled the town of Ariha in rural Idlib on Sunday."
# Right-to-left mark, embedding/pop, isolate, Arabic letter mark: all must survive.
RTL_TEXT = "\u202bقصف\u202c على \u2067أريحا\u2069\u200f اليوم\u061c ثم 3 قتلى"


def read_all(path: Path, **kw: object) -> list[Document | Rejected]:
    return list(read_path(path, **kw))


def only_doc(path: Path, **kw: object) -> Document:
    (item,) = read_all(path, **kw)
    assert isinstance(item, Document), item
    return item


def only_rejected(path: Path) -> Rejected:
    (item,) = read_all(path)
    assert isinstance(item, Rejected), item
    return item


# --- text encodings --------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_txt_in_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ariha.txt"
    raw = ARABIC + "\n" + ENGLISH
    data = raw.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these need their BOM to be recognised
        data = ("\ufeff" + raw).encode(encoding)
    path.write_bytes(data)
    doc = only_doc(path)
    assert doc.text == raw  # BOM gone, nothing else changed
    assert doc.doc_id == "ariha"
    assert doc.lang is None
    assert doc.published is None


def test_txt_in_arabic_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert only_doc(path).text == ARABIC


def test_non_utf8_non_arabic_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Les forces ont bombardé la ville à l'aube.".encode("latin-1"))
    assert only_rejected(path).reason.startswith("not UTF-8 text")


def test_newlines_are_normalized(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"first line\r\nsecond line\rthird line\n")
    assert only_doc(path).text == "first line\nsecond line\nthird line\n"


def test_rtl_controls_are_kept_and_offsets_are_stable(tmp_path: Path) -> None:
    path = tmp_path / "rtl.txt"
    path.write_bytes(RTL_TEXT.encode("utf-8-sig"))
    doc = only_doc(path)
    assert doc.text == RTL_TEXT
    for control in "\u202b\u202c\u2067\u2069\u200f\u061c":
        assert control in doc.text
    start = RTL_TEXT.index("أريحا")
    assert doc.text[start:start + len("أريحا")] == "أريحا"
    # Reading again, or from JSON Lines, gives the same text and so the same offsets.
    assert only_doc(path).content_hash == doc.content_hash
    jsonl = tmp_path / "rtl.jsonl"
    jsonl.write_text(json.dumps({"text": RTL_TEXT}) + "\n", encoding="utf-8")
    assert only_doc(jsonl).text == doc.text


# --- bad files -------------------------------------------------------------------------


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    rejected = only_rejected(path)
    assert rejected.source == str(path)
    assert "binary" in rejected.reason


def test_control_character_soup_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes(range(1, 32)) * 4)
    assert "binary" in only_rejected(path).reason


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert only_rejected(path).reason == "empty"


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff \n".encode("utf-16"))
    assert only_rejected(path).reason == "empty"


def test_too_large_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    assert only_rejected(path).reason.startswith("too large")


def test_unsupported_and_missing_paths_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert "unsupported file type" in only_rejected(tmp_path / "notes.docx").reason
    assert only_rejected(tmp_path / "absent.txt").reason == "no such file or directory"


# --- JSON and JSON Lines ---------------------------------------------------------------


def test_jsonl_malformed_line_is_rejected_and_the_rest_load(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ENGLISH, "title": "Ariha", "published": "2024-03-03"}),
        '{"text": "unterminated',
        "",
        json.dumps({"doc_id": "given-id", "full_text": ARABIC, "lang": "ar"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [d.doc_id for d in docs] == ["feed-1", "given-id"]
    assert docs[0].published == dt.date(2024, 3, 3)
    assert docs[0].title == "Ariha"
    assert docs[1].text == ARABIC
    assert docs[1].lang == "ar"
    assert [r.reason.split(":")[0] for r in rejected] == ["line 2", "line 5", "line 6", "line 7"]
    assert "malformed JSON" in rejected[0].reason
    assert rejected[3].reason == "line 7: empty"
    assert all(r.source == str(path) for r in rejected)


def test_published_argument_wins_over_the_record(tmp_path: Path) -> None:
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "date": "2024-03-03T08:15:00+03:00"}) + "\n")
    assert only_doc(path).published == dt.date(2024, 3, 3)
    assert only_doc(path, published=dt.date(2024, 1, 1)).published == dt.date(2024, 1, 1)


def test_json_object_and_list_with_alternative_keys(tmp_path: Path) -> None:
    one = tmp_path / "single.json"
    one.write_text(json.dumps({"content": ENGLISH, "published_time": "2024-03-05T10:00:00Z",
                               "url": "https://example.org/a", "source": "Example News"}))
    doc = only_doc(one)
    assert (doc.doc_id, doc.text, doc.published) == ("single", ENGLISH, dt.date(2024, 3, 5))
    assert (doc.url, doc.source) == ("https://example.org/a", "Example News")

    many = tmp_path / "batch.json"
    many.write_text(json.dumps([
        {"body": "First report of shelling near Saraqib."},
        {"article_content": ["Paragraph one.", "Paragraph two."]},
        42,
        {"text": ENGLISH, "doc_id": 7},
    ]))
    items = read_all(many)
    assert [getattr(i, "doc_id", None) for i in items] == ["batch-1", "batch-2", None, "7"]
    assert items[1].text == "Paragraph one.\n\nParagraph two."
    assert items[2] == Rejected(f"{many}[3]", "not a JSON object")


def test_malformed_json_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "missing brace"')
    assert only_rejected(path).reason.startswith("malformed JSON")


def test_parse_record_errors() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_record({"title": "headline only"}, "rec-1", None)
    with pytest.raises(EmptyDocumentError):
        parse_record({"text": " \n "}, "rec-1", None)
    with pytest.raises(InputError, match="not a string"):
        parse_record({"text": {"nested": True}}, "rec-1", None)
    doc = parse_record({"text": "a\r\nb", "published": "not a date"}, "rec-1", None)
    assert (doc.doc_id, doc.text, doc.published) == ("rec-1", "a\nb", None)


def test_decode_bytes_errors() -> None:
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(b"abc\x00def", "x.txt")
    with pytest.raises(InputError, match="not UTF-8"):
        decode_bytes(b"caf\xe9 au lait", "x.txt")
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbfok \xff", "x.txt")


# --- HTML ------------------------------------------------------------------------------


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Shelling hits Ariha - Example News</title>
<meta property="og:title" content="Shelling hits Ariha">
<meta property="article:published_time" content="2024-03-03T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Shelling hits Ariha</h1>
<p>Government forces shelled the town of Ariha in rural Idlib on Sunday morning,
killing two civilians, according to a local monitoring group.</p>
<p>Residents said several houses near the main market were damaged and that
rescue teams worked for hours to clear the rubble.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "ariha-shelling.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = only_doc(path)
    assert doc.doc_id == "ariha-shelling"
    assert doc.title == "Shelling hits Ariha"
    assert doc.published == dt.date(2024, 3, 3)
    assert "shelled the town of Ariha" in doc.text
    assert "rescue teams" in doc.text
    assert "Copyright" not in doc.text
    assert "\r" not in doc.text
    assert only_doc(path, published=dt.date(2024, 3, 4)).published == dt.date(2024, 3, 4)


def test_arabic_html_in_windows_1256(tmp_path: Path) -> None:
    page = ("<html><head><meta charset=\"windows-1256\"><title>قصف أريحا</title></head>"
            f"<body><article><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>")
    path = tmp_path / "arabic.htm"
    path.write_bytes(page.encode("cp1256"))
    doc = only_doc(path)
    assert ARABIC in doc.text
    assert doc.title == "قصف أريحا"


def test_malformed_html_is_best_effort_or_rejected(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><div><p>Clashes were reported near Saraqib on Monday"
                      " between two armed groups<p>unclosed <b>tags everywhere", encoding="utf-8")
    assert "Clashes were reported near Saraqib" in only_doc(broken).text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing here</title></head><body></body></html>")
    assert isinstance(only_rejected(empty), Rejected)


# --- directories -----------------------------------------------------------------------


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "z.txt").write_text("Last file at the top level.")
    (tmp_path / "b" / "one.txt").write_text("A file in b.")
    (tmp_path / "a" / "two.txt").write_text("A file in a.")
    (tmp_path / "a" / "deeper" / "three.jsonl").write_text('{"text": "Deep line."}\n')
    (tmp_path / ".hidden" / "secret.txt").write_text("Not read.")
    (tmp_path / "a" / "empty.txt").write_text("")
    items = read_all(tmp_path)
    assert [getattr(i, "doc_id", "REJECTED") for i in items] == [
        "three-1", "REJECTED", "two", "one", "z"]
    assert items[1] == Rejected(str(tmp_path / "a" / "empty.txt"), "empty")


# --- properties ------------------------------------------------------------------------


SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".htm"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_decode_bytes_raises_only_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "random.bin")
    except InputError:
        return
    assert isinstance(text, str)
    assert "\r" not in text
    assert not text.startswith("\ufeff")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"<html><body><p>", b"{\"text\": ", b"[{\"content\": 1}]", b"\xff\xfe\x00"]),
), suffix=st.sampled_from(SUFFIXES))
def test_read_path_never_raises_on_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    for item in read_path(path):
        assert isinstance(item, Document | Rejected)
        if isinstance(item, Document):
            assert item.text.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_text_round_trips_exactly(text: str, encoding: str) -> None:
    text = text.lstrip("\ufeff")
    assert decode_bytes(text.encode(encoding), "t.txt") == text


def test_ingest_jsonl_larger_than_the_file_limit_is_streamed(tmp_path, monkeypatch) -> None:
    import json as _json

    from rasid.ingest import files

    path = tmp_path / "big.jsonl"
    lines = [_json.dumps({"doc_id": f"d{i}", "text": f"خبر رقم {i} عن قصف في ريف حلب."}, ensure_ascii=False)
             for i in range(50)]
    path.write_text("\n".join(lines[:20] + ["{broken"] + lines[20:]) + "\n", encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 200)  # far smaller than the file, larger than a line
    items = list(files.read_path(path))
    docs = [i for i in items if isinstance(i, files.Document)]
    rejected = [i for i in items if isinstance(i, files.Rejected)]
    assert [d.doc_id for d in docs] == [f"d{i}" for i in range(50)]
    assert len(rejected) == 1 and "line 21" in rejected[0].reason
