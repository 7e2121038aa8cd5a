"""SQLite-first storage of documents, extracted events and claims, and human review.

Owns: the database schema (``schema``), its recorded migrations (``migrations``) and
the ``Store`` repository (``repository``). Imports only ``rasid.model``,
``rasid.errors``, the standard library and SQLAlchemy.

    with Store.open("rasid.db") as store:
        store.add_document(doc)
        store.save_extraction(doc, ExtractionResult.from_document(doc))
        rows = store.events(EventFilter(admin1="Idlib"))
"""

from rasid.store.migrations import MIGRATIONS, Migration, applied_migrations, migrate
from rasid.store.repository import EDITABLE_FIELDS, EventFilter, Store
from rasid.store.schema import EVENT_FIELDS, STATUSES

__all__ = [
    "EDITABLE_FIELDS",
    "EVENT_FIELDS",
    "MIGRATIONS",
    "STATUSES",
    "EventFilter",
    "Migration",
    "Store",
    "applied_migrations",
    "migrate",
]
