"""Places: the bundled gazetteer of Syria and its neighbours, name lookup in text, ranking.

Owns the gazetteer data (``data/places.tsv``, ``data/admin1.geojson``,
``data/admin2.geojson``, built by ``scripts/build_gazetteer.py``), ``Gazetteer`` (names
found in normalized text, places by id or governorate, point-in-governorate) and
``rank`` (ordering homonymous candidates by context). Imports only rasid.model,
rasid.text and rasid.errors; reads only its bundled data or a path it is given.
"""

from rasid.gazetteer.index import Gazetteer, PlaceMatch, default_gazetteer
from rasid.gazetteer.resolve import rank

__all__ = ["Gazetteer", "PlaceMatch", "default_gazetteer", "rank"]
