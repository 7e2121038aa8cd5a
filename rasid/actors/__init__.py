"""Actors: the canonical ACLED-style actor catalogue and finding actors in text.

Public API: ``ActorCatalog`` (``load``, ``by_name``, ``find``, ``lookup``, ``localize``,
``parent_of``, ``root_of``, ``lineage``, ``normalize_unknown_group``,
``find_unknown_groups``), ``ActorEntry``, ``ActorMatch``, ``default_catalog()``,
``normalize_unknown_group()`` and ``romanize``/``romanize_group`` for group names.
Depends only on rasid.model, rasid.text and rasid.errors.
"""

from rasid.actors.catalog import (
    ActorCatalog,
    ActorEntry,
    ActorMatch,
    default_catalog,
    normalize_unknown_group,
)
from rasid.actors.romanize import romanize, romanize_group

__all__ = [
    "ActorCatalog",
    "ActorEntry",
    "ActorMatch",
    "default_catalog",
    "normalize_unknown_group",
    "romanize",
    "romanize_group",
]
