"""Every error, whoever raises it, has the one envelope; the OpenAPI document and the
offline docs page are served."""

from __future__ import annotations

import httpx
import pytest


def _envelope(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(("method", "path", "params", "status", "code"), [
    ("GET", "/api/nowhere", None, 404, "not_found"),
    ("DELETE", "/api/events", None, 405, "method_not_allowed"),
    ("GET", "/api/events", {"limit": 0}, 422, "validation_error"),
    ("GET", "/api/events", {"date_from": "last week"}, 422, "validation_error"),
    ("GET", "/api/events", {"date_to": "0"}, 422, "validation_error"),
    ("GET", "/api/events", {"event_type": "Picnics"}, 422, "validation_error"),
    ("GET", "/api/events", {"bbox": "1,2,3"}, 422, "validation_error"),
    ("GET", "/api/events", {"sort": "password_hash"}, 422, "validation_error"),
    ("GET", "/api/events/0", None, 422, "validation_error"),
    ("GET", "/api/boundaries/admin9", None, 422, "validation_error"),
])
def test_errors_use_the_envelope(viewer: httpx.Client, method: str, path: str, params: dict | None,
                                 status: int, code: str) -> None:
    response = viewer.request(method, path, params=params)
    assert response.status_code == status, response.text
    assert _envelope(response)["code"] == code


def test_errors_405_lists_every_allowed_method(viewer: httpx.Client) -> None:
    response = viewer.request("PUT", "/api/events/1")
    assert response.status_code == 405 and response.headers["allow"] == "GET, PATCH"
    assert viewer.request("DELETE", "/api/documents").headers["allow"] == "GET, POST"


def test_errors_validation_detail_names_the_field(viewer: httpx.Client) -> None:
    error = _envelope(viewer.get("/api/events", params={"limit": 5000}))
    assert error["detail"][0]["location"] == ["query", "limit"]
    assert error["message"].startswith("limit:")


def test_errors_malformed_json_body(reviewer: httpx.Client) -> None:
    response = reviewer.patch("/api/events/1", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and _envelope(response)["code"] == "validation_error"


def test_openapi_and_offline_docs(anonymous: httpx.Client) -> None:
    spec = anonymous.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents", "/api/claims", "/api/actors",
                 "/api/places", "/api/stats", "/api/exports/events.csv", "/api/auth/login"):
        assert path in spec["paths"], path
    docs = anonymous.get("/api/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert anonymous.get("/static/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_security_headers_on_the_page(anonymous: httpx.Client) -> None:
    response = anonymous.get("/")
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
