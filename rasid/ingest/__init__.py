"""Turning files into ``Document`` objects: text, HTML, JSON and JSON Lines.

Owns: ``read_path`` and its helpers (``rasid.ingest.files``). Bad inputs are reported
as ``Rejected`` values, never raised, so one broken file does not stop an ingest run.
"""

from rasid.ingest.files import (
    MAX_FILE_BYTES,
    Rejected,
    decode_bytes,
    parse_record,
    read_path,
)

__all__ = ["MAX_FILE_BYTES", "Rejected", "decode_bytes", "parse_record", "read_path"]
