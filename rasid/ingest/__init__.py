"""Sources in, stored extractions out: reading, fetching, deduplicating, batching, merging.

Owns: ``files`` (txt, HTML, JSON, JSONL, CSV, directories), ``telegram`` (Telegram
Desktop exports), ``web`` and ``fetch`` (URLs, the one HTTP seam), ``feeds`` (RSS/Atom,
``rasid watch``), ``registry`` (outlets), ``sources`` (``SourceItem``, ``Origin``),
``dedup`` (MinHash near-duplicates), ``batch`` (resumable runs on a process pool or
Dask), ``jobs`` (the entry points the CLI calls) and ``merge`` (one event per incident
across sources). Bad inputs are reported as ``Rejected`` values or batch errors, never
raised, so one broken input does not stop a run.
"""

from rasid.ingest.files import (
    MAX_FILE_BYTES,
    Rejected,
    decode_bytes,
    parse_record,
    read_path,
)

__all__ = ["MAX_FILE_BYTES", "Rejected", "decode_bytes", "parse_record", "read_path"]
