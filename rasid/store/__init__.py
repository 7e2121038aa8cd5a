"""SQLite-first storage of documents, extracted events and claims, and human review.

Owns: the database schema (``schema``), its recorded migrations (``migrations``), the
``Store`` repository (``repository``), an extraction's row values computed ahead of
the write (``prepared``), the batched write of one extraction (``extraction``), the ingest
writer's write of many texts at once (``bulk``), event queries and statistics (``queries``), the FTS5 search index
(``search``) and user accounts (``accounts``). Imports only
``rasid.model``, ``rasid.errors``, ``rasid.text`` (to fold search text), the standard
library and SQLAlchemy.

    with Store.open("rasid.db") as store:
        store.add_document(doc)
        store.save_extraction(doc, ExtractionResult.from_document(doc))
        rows = store.events(EventFilter(admin1="Idlib"))
"""

from rasid.store.accounts import token_digest
from rasid.store.migrations import MIGRATIONS, Migration, applied_migrations, migrate
from rasid.store.queries import SORTABLE_COLUMNS, EventFilter
from rasid.store.repository import EDITABLE_FIELDS, Store
from rasid.store.schema import EVENT_FIELDS, ROLES, STATUSES

__all__ = [
    "EDITABLE_FIELDS",
    "EVENT_FIELDS",
    "MIGRATIONS",
    "ROLES",
    "SORTABLE_COLUMNS",
    "STATUSES",
    "EventFilter",
    "Migration",
    "Store",
    "applied_migrations",
    "migrate",
    "token_digest",
]
