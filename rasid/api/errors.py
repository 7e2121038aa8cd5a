"""The one error envelope of the API, and the handlers that produce it.

Owns: ``ApiError`` (raise it from a route), the ``ErrorEnvelope`` schema shown in the
OpenAPI document, and ``install_error_handlers``. Every 4xx and 5xx response, whether
from our routes, FastAPI's request validation, Starlette's routing (404, 405) or an
unexpected exception, has the body::

    {"error": {"code": "not_found", "message": "no event with id 7", "detail": null}}

``code`` is a stable machine-readable word; ``message`` is for people; ``detail``
carries structured extras (e.g. the list of invalid fields).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasid.errors import InputError, StoreError

__all__ = ["ERROR_RESPONSES", "ApiError", "ErrorEnvelope", "install_error_handlers"]

log = logging.getLogger("rasid.api")

_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "validation_error", 500: "internal_error",
}


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorEnvelope(BaseModel):
    """The body of every error response."""

    error: ErrorBody


#: The error responses every route may give, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": code.replace("_", " ")}
    for status, code in _CODES.items() if status in (400, 401, 403, 404, 409, 422)
}


class ApiError(Exception):
    """An error a route reports to the client with a status and a code."""

    def __init__(self, status: int, message: str, code: str | None = None, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.detail = detail


def envelope(status: int, code: str, message: str, detail: Any = None,
             headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": jsonable_encoder(detail)}}
    return JSONResponse(body, status_code=status, headers=headers)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return envelope(exc.status, exc.code, exc.message, exc.detail, headers)


def _allowed_methods(request: Request) -> str:
    """The methods the OpenAPI document lists for this path (Starlette's own 405 names
    only the first route's methods, although several routes may share a path)."""
    app = request.app
    table = getattr(app.state, "allowed_methods", None)
    if table is None:
        table = []
        for template, operations in app.openapi()["paths"].items():
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            table.append((re.compile(f"^{pattern}$"), {m.upper() for m in operations}))
        app.state.allowed_methods = table
    methods = set().union(*(m for regex, m in table if regex.match(request.url.path)))
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "error")
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    return envelope(exc.status_code, _CODES.get(exc.status_code, "error"), message, headers=headers or None)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"location": [str(part) for part in error.get("loc", ())], "message": error.get("msg", ""),
         "type": error.get("type", "")}
        for error in exc.errors()
    ]
    first = problems[0] if problems else {"location": [], "message": "invalid request"}
    where = ".".join(first["location"][1:]) or "request"
    return envelope(422, "validation_error", f"{where}: {first['message']}", problems)


async def _store_error(_request: Request, exc: Exception) -> JSONResponse:
    # The store raises StoreError both for input it refuses (unknown field, bad value:
    # the client's fault) and for database failures, which it chains to the driver's
    # exception: those are ours, logged and reported as 500 without their internals.
    if exc.__cause__ is not None:
        log.error("database failure", exc_info=exc)
        return envelope(500, "database_error", "the database could not complete the request")
    return envelope(400, "bad_request", str(exc))


async def _input_error(_request: Request, exc: Exception) -> JSONResponse:
    return envelope(400, "bad_input", str(exc))


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return envelope(500, "internal_error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through the envelope."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(Exception, _unexpected)
