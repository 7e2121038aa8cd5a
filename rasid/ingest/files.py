"""Read articles from files and directories into ``Document`` objects.

Owns: ``read_path`` and ``read_items`` (txt, html/htm, json, jsonl, csv, Telegram
Desktop JSON exports, directories), ``parse_record``, ``decode_bytes``, ``html_document``,
``Rejected`` and the input limits. ``read_items`` also says where each document came
from (an ``Origin``: the file and record, the outlet the registry gives its URL).

Bad inputs never stop a run: ``read_path`` yields a ``Rejected(source, reason)`` for
each one (binary, undecodable, empty, too large, malformed JSON line, ...) and goes on.
``parse_record`` and ``decode_bytes`` raise ``rasid.errors.InputError`` instead.

Text is kept as it is - bidi controls, tatweel, diacritics and all - except that a
byte-order mark is removed and newlines are normalized to ``\\n``; evidence offsets
are offsets into exactly that string. ``Document.lang`` is left for the pipeline,
unless a JSON record states it.
"""

from __future__ import annotations

import codecs
import copy
import csv
import datetime as dt
import email.utils
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasid.errors import EmptyDocumentError, InputError
from rasid.ingest.registry import SourceRegistry
from rasid.ingest.sources import Origin, SourceItem
from rasid.ingest.telegram import is_telegram_export, read_export
from rasid.model import Document, replace

__all__ = [
    "BODY_KEYS",
    "DATE_KEYS",
    "EXTENSIONS",
    "MAX_FILE_BYTES",
    "Rejected",
    "decode_bytes",
    "html_document",
    "parse_record",
    "read_items",
    "read_path",
]

#: Files larger than this are rejected unread.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: The file types ``read_path`` reads (lower-case suffixes).
EXTENSIONS: tuple[str, ...] = (".txt", ".html", ".htm", ".json", ".jsonl", ".csv")
#: Record keys that may hold the article text, in order of preference.
BODY_KEYS: tuple[str, ...] = ("text", "full_text", "content", "body", "article_content")
#: Record keys that may hold the publication date, in order of preference.
DATE_KEYS: tuple[str, ...] = ("published", "published_time", "date")

# C0 controls other than tab, LF, VT, FF, CR (and DEL): a few stray ones are tolerated
# in text, many mean the bytes are not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True)
class Rejected:
    """An input that was not read, and why (``source`` is the file, maybe with a line)."""

    source: str
    reason: str


Item = Document | SourceItem | Rejected


# --- decoding ------------------------------------------------------------------------


def _normalize(text: str) -> str:
    """Remove a leading byte-order mark and turn CRLF and CR into LF; nothing else."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _NEWLINES.sub("\n", text)


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL.findall(text))
    return controls > max(2, len(text) // 100)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file's bytes; raise ``InputError`` saying why they are not text.

    Accepts UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM and, as a last
    resort, Windows-1256 (Arabic Windows) when that decodes cleanly and yields Arabic
    letters. Returns the text with BOM removed and newlines normalized to ``\\n``.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{source}: starts with a {codec.upper()} byte-order mark but is not "
                    f"valid {codec.upper()} ({e.reason} at byte {e.start})"
                ) from None
            if "\x00" in text or _looks_binary(text):
                raise InputError(f"{source}: binary data, not text (control characters)")
            return _normalize(text)
    if b"\x00" in data:
        raise InputError(f"{source}: binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = f"{e.reason} at byte {e.start}"
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            text = ""
        if text and _ARABIC_LETTER.search(text) and not _CONTROL.search(text):
            return _normalize(text)
        raise InputError(
            f"{source}: not UTF-8 text ({utf8_error}) and not Arabic Windows-1256 text"
        ) from None
    if _looks_binary(text):
        raise InputError(f"{source}: binary data, not text (control characters)")
    return _normalize(text)


# --- records -------------------------------------------------------------------------


def _parse_date(value: Any) -> dt.date | None:
    """A date from an ISO date/datetime or RFC 2822 string; ``None`` if it is none of those."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    for candidate in (raw, raw[:10]):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            pass
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _str_field(obj: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool) and key == "doc_id":
            return str(value)
    return None


def parse_record(obj: dict[str, Any], fallback_id: str, published: dt.date | None) -> Document:
    """A ``Document`` from a JSON object; raise ``InputError`` if it has no usable text.

    The text is the first of ``BODY_KEYS`` present (a list of strings is joined with
    blank lines); ``published`` (the argument) wins over the record's ``DATE_KEYS``;
    ``doc_id`` defaults to ``fallback_id``. Title, URL, source and lang are taken when
    they are strings. An unparseable date is ignored, not an error.
    """
    if not isinstance(obj, Mapping):
        raise InputError(f"{fallback_id}: not a JSON object")
    body: Any = None
    for key in BODY_KEYS:
        if obj.get(key) is not None:
            body = obj[key]
            break
    if body is None:
        raise InputError(f"{fallback_id}: no text (expected one of {', '.join(BODY_KEYS)})")
    if isinstance(body, list) and all(isinstance(part, str) for part in body):
        body = "\n\n".join(body)
    if not isinstance(body, str):
        raise InputError(f"{fallback_id}: the text field is a {type(body).__name__}, not a string")
    text = _normalize(body)
    if not text.strip():
        raise EmptyDocumentError("empty")
    if published is None:
        for key in DATE_KEYS:
            published = _parse_date(obj.get(key))
            if published is not None:
                break
    return Document(
        doc_id=_str_field(obj, "doc_id") or fallback_id,
        text=text,
        published=published,
        title=_str_field(obj, "title"),
        lang=_str_field(obj, "lang"),
        url=_str_field(obj, "url"),
        source=_str_field(obj, "source"),
    )


# --- files ---------------------------------------------------------------------------


def _reason(error: InputError, source: str) -> str:
    """The message of an InputError without the ``source: `` prefix Rejected repeats."""
    message = str(error)
    prefix = f"{source}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _decoded(path: Path, data: bytes) -> str | Rejected:
    """The file's text, or why it has none."""
    source = str(path)
    try:
        text = decode_bytes(data, source)
    except InputError as e:
        return Rejected(source, _reason(e, source))
    return text if text.strip() else Rejected(source, "empty")


def _read_txt(path: Path, data: bytes, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    text = _decoded(path, data)
    if isinstance(text, Rejected):
        yield text
        return
    yield Document(doc_id=path.stem, text=text, published=published)


def html_document(data: bytes, source: str, doc_id: str, published: dt.date | None = None,
                  url: str | None = None) -> Document | Rejected:
    """The main text, title, date and site of an HTML page (trafilatura), or why there is none.

    ``published`` overrides the page's date; ``url`` is used when the page names none.
    """
    import trafilatura  # imported here: slow to import and needed only for HTML

    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Rejected(source, "binary data, not HTML (contains NUL bytes)")
    content: str | bytes
    try:
        content = decode_bytes(data, source)
    except InputError:
        content = data  # let trafilatura use the page's declared or detected charset
    # trafilatura and lxml can fail in many ways on broken markup; any failure is
    # reported as a rejected input rather than stopping the run.
    try:
        tree = trafilatura.load_html(content)
        if tree is None:
            return Rejected(source, "no HTML content could be parsed")
        meta = trafilatura.extract_metadata(copy.deepcopy(tree), extensive=False)
        text = trafilatura.extract(
            tree, include_comments=False, include_tables=True, favor_recall=True,
            deduplicate=False, with_metadata=False,
        )
    except Exception as e:  # noqa: BLE001 - third-party parser on untrusted input
        return Rejected(source, f"HTML could not be parsed: {type(e).__name__}: {e}")
    text = _normalize(text or "")
    if not text.strip():
        return Rejected(source, "empty (no main text found in the HTML)")
    title = getattr(meta, "title", None) or None
    if published is None:
        published = _parse_date(getattr(meta, "date", None))
    return Document(
        doc_id=doc_id,
        text=text,
        published=published,
        title=title.strip() if isinstance(title, str) else None,
        url=getattr(meta, "url", None) or url,
        source=getattr(meta, "sitename", None) or None,
    )


def _read_html(path: Path, data: bytes, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    yield html_document(data, str(path), path.stem, published)


def _read_json(path: Path, data: bytes, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    source = str(path)
    text = _decoded(path, data)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as e:
        yield Rejected(source, f"malformed JSON: {e}")
        return
    if is_telegram_export(value):
        for item in read_export(value, source, published, registry):
            yield item if isinstance(item, SourceItem) else Rejected(*item)
        return
    if isinstance(value, dict):
        items: list[tuple[str, str, Any]] = [(source, path.stem, value)]
    elif isinstance(value, list):
        items = [(f"{source}[{i}]", f"{path.stem}-{i}", item) for i, item in enumerate(value, 1)]
    else:
        yield Rejected(source, f"JSON {type(value).__name__} is neither an object nor a list")
        return
    for item_source, fallback_id, item in items:
        if not isinstance(item, dict):
            yield Rejected(item_source, "not a JSON object")
            continue
        try:
            yield parse_record(item, fallback_id, published)
        except InputError as e:
            yield Rejected(item_source, _reason(e, fallback_id))


def _read_jsonl(path: Path, data: bytes, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    text = _decoded(path, data)
    if isinstance(text, Rejected):
        yield text
        return
    yield from _jsonl_lines(path, enumerate(text.split("\n"), 1), published)


def _stream_jsonl(path: Path, published: dt.date | None) -> Iterator[Document | Rejected]:
    """A JSON Lines file too large to hold whole, read a line at a time (UTF-8)."""
    source = str(path)
    with open(path, "rb") as handle:
        lines = []
        for line_no, raw in enumerate(handle, 1):
            if len(raw) > MAX_FILE_BYTES:
                yield Rejected(source, f"line {line_no}: too large: {len(raw)} bytes (limit {MAX_FILE_BYTES})")
                continue
            try:
                lines.append((line_no, decode_bytes(raw, source).rstrip("\n")))
            except InputError as e:
                yield Rejected(source, f"line {line_no}: {_reason(e, source)}")
                continue
            yield from _jsonl_lines(path, lines, published)
            lines.clear()


def _jsonl_lines(path: Path, lines: Iterable[tuple[int, str]], published: dt.date | None) -> Iterator[Document | Rejected]:
    source = str(path)
    for line_no, line in lines:
        if not line.strip():
            continue
        fallback_id = f"{path.stem}-{line_no}"
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield Rejected(source, f"line {line_no}: malformed JSON: {e}")
            continue
        if not isinstance(item, dict):
            yield Rejected(source, f"line {line_no}: not a JSON object")
            continue
        try:
            yield parse_record(item, fallback_id, published)
        except InputError as e:
            yield Rejected(source, f"line {line_no}: {_reason(e, fallback_id)}")


def _read_csv(path: Path, data: bytes, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    """One document per row; the header names the columns (``text``, ``title``, ``published``...)."""
    source = str(path)
    text = _decoded(path, data)
    if isinstance(text, Rejected):
        yield text
        return
    csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.DictReader(text.split("\n"))
    try:
        header = reader.fieldnames or []
        if not any(key in header for key in BODY_KEYS):
            yield Rejected(source, f"CSV has no text column (expected one of {', '.join(BODY_KEYS)})")
            return
        for row in reader:
            line = reader.line_num
            if None in row:
                yield Rejected(source, f"line {line}: more cells than the header has columns")
                continue
            if not any((value or "").strip() for value in row.values()):
                continue
            fallback_id = f"{path.stem}-{line}"
            try:
                yield parse_record({k: v for k, v in row.items() if v != ""}, fallback_id, published)
            except InputError as e:
                yield Rejected(source, f"line {line}: {_reason(e, fallback_id)}")
    except csv.Error as e:
        yield Rejected(source, f"malformed CSV at line {reader.line_num}: {e}")


_READERS = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}


def _read_file(path: Path, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    source = str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield Rejected(source, f"unsupported file type {path.suffix or '(none)'!r}; "
                               f"expected one of {', '.join(EXTENSIONS)}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and reader is _read_jsonl:
            yield from _stream_jsonl(path, published)
            return
        if size > MAX_FILE_BYTES:
            yield Rejected(source, f"too large: {size} bytes (limit {MAX_FILE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as e:
        yield Rejected(source, f"cannot read: {e.strerror or e}")
        return
    if len(data) > MAX_FILE_BYTES:  # grew between stat and read
        yield Rejected(source, f"too large: {len(data)} bytes (limit {MAX_FILE_BYTES})")
        return
    if not data.strip():
        yield Rejected(source, "empty")
        return
    yield from reader(path, data, published, registry)


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` sorted by path (component-wise), without hidden ones."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / name for name in filenames if not name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_any(path: Path, published: dt.date | None, registry: SourceRegistry) -> Iterator[Item]:
    path = Path(path)
    if path.is_dir():
        for file in _walk(path):
            yield from _read_file(file, published, registry)
    elif path.exists():
        yield from _read_file(path, published, registry)
    else:
        yield Rejected(str(path), "no such file or directory")


def read_path(path: Path, published: dt.date | None = None) -> Iterator[Document | Rejected]:
    """The documents in a file or (recursively, in sorted order) a directory.

    Yields a ``Document`` per article and a ``Rejected`` per input that could not be
    read; never raises for bad content. ``published`` overrides any date found in the
    input. ``doc_id`` defaults to the file's stem (``{stem}-{n}`` for the n-th line of
    a JSONL or CSV file or item of a JSON list).
    """
    for item in _read_any(path, published, SourceRegistry()):
        yield item.doc if isinstance(item, SourceItem) else item


def read_items(path: Path, published: dt.date | None = None,
               registry: SourceRegistry | None = None) -> Iterator[SourceItem | Rejected]:
    """Like ``read_path``, with each document's origin (file and record) and outlet.

    The outlet is the registry's for the document's URL or source name; when the
    registry knows it, ``Document.source`` becomes the outlet's registered name.
    """
    registry = registry or SourceRegistry()
    resolved = Path(path).resolve()  # once, not for every document of the file
    for item in _read_any(path, published, registry):
        if isinstance(item, Document):
            yield _file_item(item, resolved, registry)
        else:
            yield item


def file_item(doc: Document, path: Path, registry: SourceRegistry) -> SourceItem:
    """A document read from ``path``, with its origin and its outlet's registered name."""
    return _file_item(doc, path.resolve(), registry)


def _file_item(doc: Document, resolved: Path, registry: SourceRegistry) -> SourceItem:
    outlet = registry.for_url(doc.url) or registry.named(doc.source)
    if outlet is not None and doc.source != outlet.name:
        doc = replace(doc, source=outlet.name)
    origin = Origin(key=f"file:{resolved}:{doc.doc_id}", kind="file", outlet=doc.source, url=doc.url)
    return SourceItem(doc, origin)
