"""Events out of rasid: ACLED-layout CSV and GeoJSON.

Owns: ``rasid.export.acled_csv`` and ``rasid.export.geojson``. Works on the event dicts
``Store.events`` returns; imports only ``rasid.model`` and the standard library.
"""

from rasid.export.acled_csv import ACLED_COLUMNS, to_acled_csv, to_acled_rows
from rasid.export.geojson import to_geojson

__all__ = ["ACLED_COLUMNS", "to_acled_csv", "to_acled_rows", "to_geojson"]
