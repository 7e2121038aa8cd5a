"""Events out of rasid: ACLED-layout CSV, GeoJSON, JSON Lines, and comparison with ACLED.

Owns: ``rasid.export.acled_csv``, ``rasid.export.geojson``, ``rasid.export.jsonl`` and
``rasid.export.compare``. Works on the event dicts
``Store.events`` returns; imports only ``rasid.model`` and the standard library.
"""

from rasid.export.acled_csv import ACLED_COLUMNS, to_acled_csv, to_acled_rows
from rasid.export.compare import CompareOptions, Comparison, compare_events, comparison_rows, read_acled_csv
from rasid.export.geojson import to_geojson
from rasid.export.jsonl import to_jsonl

__all__ = [
    "ACLED_COLUMNS",
    "CompareOptions",
    "Comparison",
    "compare_events",
    "comparison_rows",
    "read_acled_csv",
    "to_acled_csv",
    "to_acled_rows",
    "to_geojson",
    "to_jsonl",
]
