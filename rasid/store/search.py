"""Full-text search over events and documents, in SQLite FTS5.

Owns: the two FTS5 tables (``event_search``: an event's actors, places, notes and
evidence quote; ``document_search``: a document's title and text), keeping them in step
with the rows they index, and ``search_condition`` (the WHERE clause ``q=`` adds to an
event query).

Both sides are folded with ``rasid.text.normalize.fold`` (hamza and alef forms, ta
marbuta, tashkeel, digits, Latin case and accents), so "الرقة" finds "الرّقّة" and "Raqqa"
finds "RAQQA". Arabic words are indexed a second time without a leading proclitic
(و ف ب ل ك) and article, so "الجيش" also finds "والجيش" and "جيش".

The user's query is never FTS5 syntax: it is split into words and each word becomes a
quoted FTS5 string (a prefix match), bound as a parameter, so no input can break the
query. All words must match. On databases other than SQLite the condition falls back
to case-insensitive substring matching on a few columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasid.store.schema import documents, events
from rasid.text.normalize import fold

__all__ = [
    "add_document_to_index",
    "add_events_to_index",
    "create_search_tables",
    "event_body",
    "index_documents",
    "index_events",
    "match_expression",
    "search_condition",
    "searchable",
    "unindex_events",
]

_EVENT_TEXT_COLUMNS = (
    "event_type", "sub_event_type", "actor1", "actor1_text", "assoc_actor_1", "actor2",
    "actor2_text", "assoc_actor_2", "location_text", "location_en", "location_ar", "admin1",
    "admin2", "admin3", "attribution", "evidence", "notes",
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_PROCLITICS = "وفبلك"
# The Arabic words that may have extra forms (see _stems): longer than three letters,
# starting with a proclitic or with the alef of the article. Half of a text's words.
_STEMMABLE_WORD = re.compile(rf"(?<![\u0621-\u064a])[{_PROCLITICS}ا][\u0621-\u064a]{{3,}}")
_WORD = re.compile(r"\w+", re.UNICODE)
# Chunk size for IN (...) lists: well under SQLite's bound-parameter limit.
_CHUNK = 500
# The index rows go to the driver as plain tuples: the ingest writer adds one per event
# and per document, and SQLAlchemy's handling of each parameter set adds nothing to
# these two untyped columns. (SQLite only, like the tables: the driver's "?" style.)
_INSERT_EVENT_BODIES = "INSERT INTO event_search (rowid, body) VALUES (?, ?)"
_INSERT_DOCUMENT_BODIES = "INSERT INTO document_search (rowid, body) VALUES (?, ?)"


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def create_search_tables(conn: Connection) -> None:
    """Create the FTS5 tables (SQLite only) and index every stored row."""
    if not _is_sqlite(conn):
        return
    for name in ("event_search", "document_search"):
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} "
            "USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
        )
    index_events(conn, [row.id for row in conn.execute(sa.select(events.c.id))])
    index_documents(conn, [row.id for row in conn.execute(sa.select(documents.c.id))])


# A news text repeats its words: remembering a word's forms saves most of the work of
# indexing a document, which the single ingest writer does for every text it stores.
@lru_cache(maxsize=1 << 16)
def _stems(word: str) -> tuple[str, ...]:
    """Extra index forms of an Arabic word: without one proclitic, without the article."""
    forms = []
    stripped = word
    if len(stripped) > 3 and stripped[0] in _PROCLITICS:
        stripped = stripped[1:]
        forms.append(stripped)
    if stripped.startswith("ال") and len(stripped) > 3:
        forms.append(stripped[2:])
    elif stripped.startswith("ل") and len(stripped) > 3 and word[0] in _PROCLITICS:
        forms.append(stripped[1:])  # "للجيش" = ل + (ا)لجيش
    return tuple(forms)


def searchable(*parts: str | None) -> str:
    """The folded text the index holds for some strings, with extra Arabic word forms."""
    # the folds of the strings joined by spaces are the fold of the strings joined by spaces
    # (folding goes character by character, then collapses and trims white space), and
    # the document just extracted is folded already
    folded = " ".join(f for f in map(fold, filter(None, parts)) if f)
    # map and chain keep the loop over a text's words (the cached _stems of each) in C.
    extra = list(chain.from_iterable(map(_stems, _STEMMABLE_WORD.findall(folded))))
    return folded + (" " + " ".join(extra) if extra else "")


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def unindex_events(conn: Connection, event_ids: Iterable[int]) -> None:
    """Remove events from the search index (before their rows are deleted)."""
    if not _is_sqlite(conn):
        return
    for chunk in _chunks(list(event_ids)):
        conn.execute(sa.text("DELETE FROM event_search WHERE rowid IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)), {"ids": chunk})


def event_body(values: Mapping[str, Any]) -> str:
    """The search index body of an event, from its column values."""
    return searchable(*(values[name] for name in _EVENT_TEXT_COLUMNS))


def add_events_to_index(conn: Connection, rows: Iterable[tuple[int, str | Mapping[str, Any]]]) -> None:
    """Index events just inserted, from (id, body) or (id, column values) pairs: nothing
    is read back, and a body computed beforehand (by an ingest worker) is used as it is."""
    if not _is_sqlite(conn):
        return
    params = [(event_id, values if isinstance(values, str) else event_body(values)) for event_id, values in rows]
    if params:
        conn.exec_driver_sql(_INSERT_EVENT_BODIES, params)


def index_events(conn: Connection, event_ids: Iterable[int]) -> None:
    """(Re)index events from their current column values."""
    if not _is_sqlite(conn):
        return
    ids = list(event_ids)
    unindex_events(conn, ids)
    cols = [events.c.id, *(events.c[name] for name in _EVENT_TEXT_COLUMNS)]
    for chunk in _chunks(ids):
        rows = conn.execute(sa.select(*cols).where(events.c.id.in_(chunk))).all()
        add_events_to_index(conn, [(row.id, row._mapping) for row in rows])


def add_document_to_index(conn: Connection, bodies: list[tuple[int, str]], *, replace: bool) -> None:
    """Index documents from (row id, ``searchable(title, text)``) pairs; ``replace`` drops
    older entries first."""
    if not _is_sqlite(conn) or not bodies:
        return
    if replace:
        conn.execute(sa.text("DELETE FROM document_search WHERE rowid IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)), {"ids": [pk for pk, _ in bodies]})
    conn.exec_driver_sql(_INSERT_DOCUMENT_BODIES, bodies)


def index_documents(conn: Connection, document_pks: Iterable[int]) -> None:
    """(Re)index documents' titles and texts."""
    if not _is_sqlite(conn):
        return
    ids = list(document_pks)
    for chunk in _chunks(ids):
        conn.execute(sa.text("DELETE FROM document_search WHERE rowid IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)), {"ids": chunk})
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.title, documents.c.text)
            .where(documents.c.id.in_(chunk))
        ).all()
        if rows:
            conn.exec_driver_sql(_INSERT_DOCUMENT_BODIES, [(row.id, searchable(row.title, row.text)) for row in rows])


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string for a user's query, or None if it has no words.

    Every word must match, as a prefix; an Arabic word with a proclitic or the article
    may also match without them ("الاشتباكات" finds "اشتباكات").
    """
    words = _WORD.findall(fold(query))
    if not words:
        return None
    terms = []
    for word in words:
        forms = [word, *(_stems(word) if _ARABIC_WORD.fullmatch(word) else ())]
        terms.append(_quoted(word) if len(forms) == 1 else "(" + " OR ".join(map(_quoted, forms)) + ")")
    return " AND ".join(terms)


def search_condition(query: str, dialect: str) -> Any:
    """The WHERE clause selecting events whose own text or document matches ``query``."""
    expression = match_expression(query)
    if expression is None:
        return sa.true()
    if dialect != "sqlite":
        escaped = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        return sa.or_(*(events.c[name].ilike(pattern, escape="\\") for name in ("actor1", "actor2", "location_en",
                                                                    "location_ar", "notes", "evidence")))
    by_event = sa.text("SELECT rowid FROM event_search WHERE event_search MATCH :event_q") \
        .bindparams(event_q=expression).columns(sa.column("rowid", sa.Integer))
    by_document = sa.text("SELECT rowid FROM document_search WHERE document_search MATCH :doc_q") \
        .bindparams(doc_q=expression).columns(sa.column("rowid", sa.Integer))
    # One set of event ids (matched events, and the events of matched documents through
    # the document_id index) instead of an OR of two IN tests, which SQLite can only
    # answer by testing every row of the events table.
    of_documents = events.alias("of_matched_document")
    return events.c.id.in_(sa.union_all(
        by_event.subquery().select(),
        sa.select(of_documents.c.id).where(of_documents.c.document_id.in_(by_document.subquery().select())),
    ))
