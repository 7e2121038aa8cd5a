"""The analyst web UI: a single page, its JavaScript and CSS, and the vendored libraries.

Owns: ``STATIC_DIR`` (our own files: ``index.html``, ``js/*.js``, ``css/app.css``,
written for rasid, no build step) and ``vendor_dirs`` (Leaflet, Leaflet.markercluster
and Swagger UI from their Python packages, so nothing loads from a CDN and the UI works
offline). The page talks only to the JSON API; ``rasid.api`` serves both.

Rules the scripts keep: source text is put in the page with ``textContent`` and DOM
nodes, never ``innerHTML``; Arabic goes in ``dir="rtl"`` blocks with
``unicode-bidi: plaintext`` where languages mix.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["INDEX_HTML", "STATIC_DIR", "vendor_dirs"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"


def vendor_dirs() -> dict[str, Path]:
    """URL name -> folder of each third-party asset package the page uses."""
    import swagger_ui_bundle
    import xstatic.pkg.leaflet_markercluster as markercluster
    from xstatic.pkg import leaflet

    return {
        "leaflet": Path(leaflet.BASE_DIR),
        "markercluster": Path(markercluster.BASE_DIR),
        "swagger": Path(swagger_ui_bundle.swagger_ui_path),
    }
