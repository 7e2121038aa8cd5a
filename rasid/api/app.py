"""The analyst server: one FastAPI app with the JSON API, its OpenAPI docs and the web UI.

Owns: ``ServerSettings``, ``create_app`` (wires the store, routers, error envelope,
static files and security headers) and ``serve`` (what ``rasid serve`` calls).

The app holds one ``Store`` (one Engine): SQLite allows one writer, and the store's
write transactions take the lock up front, so concurrent requests queue rather than
fail. Route functions are plain ``def``, run by FastAPI in its thread pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from rasid import __version__ as rasid_version
from rasid.api import auth
from rasid.api.errors import install_error_handlers
from rasid.api.routes import documents, events, exports, reference, users
from rasid.store import Store
from rasid.web import INDEX_HTML, STATIC_DIR, vendor_dirs

__all__ = ["ServerSettings", "create_app", "serve"]

OPENAPI_URL = "/api/openapi.json"


@dataclass(frozen=True)
class ServerSettings:
    """How the server runs. ``tiles_url`` is an optional raster tile template
    (``https://{s}.tile.example.org/{z}/{x}/{y}.png``) shown under the offline basemap."""

    tiles_url: str | None = None
    tiles_attribution: str | None = None
    secure_cookies: bool = False


def _content_security_policy(settings: ServerSettings) -> str:
    images = "'self' data: blob:"
    if settings.tiles_url:
        parts = urlsplit(settings.tiles_url.replace("{s}.", "*."))
        images += f" {parts.scheme}://{parts.netloc}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")


def create_app(store: Store, settings: ServerSettings | None = None) -> FastAPI:
    """The app over an open store (the caller closes the store)."""
    settings = settings or ServerSettings()
    app = FastAPI(
        title="rasid analyst API", version=rasid_version, openapi_url=OPENAPI_URL, docs_url=None,
        redoc_url=None,
        description="ACLED-style conflict events from Arabic and English news. Errors always have "
                    'the body {"error": {"code", "message", "detail"}}; lists are {items, total, limit, offset}.',
    )
    app.state.store = store
    app.state.settings = settings
    install_error_handlers(app)
    for router in (auth.router, events.router, documents.router, documents.uploads, documents.extractions,
                   reference.router, exports.router, users.router):
        app.include_router(router)
    _mount_static(app)
    _add_security_headers(app, _content_security_policy(settings))
    return app


def _mount_static(app: FastAPI) -> None:
    app.mount("/static/app", StaticFiles(directory=STATIC_DIR), name="app-static")
    for name, folder in vendor_dirs().items():
        app.mount(f"/static/vendor/{name}", StaticFiles(directory=folder), name=f"vendor-{name}")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(INDEX_HTML, media_type="text/html; charset=utf-8")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=OPENAPI_URL, title="rasid API",
            swagger_js_url="/static/vendor/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger/favicon-32x32.png",
        )


def _add_security_headers(app: FastAPI, csp: str) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.url.path.startswith("/api/docs"):
            return response  # Swagger UI runs an inline start-up script
        response.headers.setdefault("Content-Security-Policy", csp)
        return response


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, settings: ServerSettings | None = None) -> None:
    """Open the database and run the server until interrupted."""
    import uvicorn

    store = Store.open(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = create_app(store, settings)
    app.router.lifespan_context = lifespan
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
