"""The analyst server: JSON API (FastAPI) and the web UI it serves.

Owns: ``create_app`` / ``serve`` (``app``), the routes (``routes``), authentication and
roles (``auth``, ``users``), the error envelope (``errors``), request/response schemas
(``schemas``) and on-demand coding of articles (``coding``). Sits above ingest, export,
pipeline and store, below ``rasid.cli``; imports ``rasid.web`` only for its files.
"""

from rasid.api.app import ServerSettings, create_app, serve

__all__ = ["ServerSettings", "create_app", "serve"]
