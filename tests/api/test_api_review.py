"""Review over HTTP: roles, edits with their audit trail, confirm, reject, merge, edits
that survive re-extraction, and CSRF protection of the session cookie."""

from __future__ import annotations

import httpx
import pytest
from api.live_fixtures import PASSWORD, Live


def _event_of(client: httpx.Client, doc_id: str, event_type: str) -> dict:
    items = client.get("/api/events", params={"doc_id": doc_id, "event_type": event_type, "status": "any"}).json()["items"]
    assert items, (doc_id, event_type)
    return items[0]


def test_review_reviewer_edit_is_applied_and_audited(reviewer: httpx.Client) -> None:
    event = _event_of(reviewer, "fx-ar-deir", "Battles")
    response = reviewer.patch(f"/api/events/{event['id']}", json={"fatalities": 5, "notes": "Clash near Thiban."})
    assert response.status_code == 200, response.text
    edited = response.json()
    assert (edited["fatalities"], edited["notes"], edited["status"]) == (5, "Clash near Thiban.", "edited")
    audit = reviewer.get(f"/api/events/{event['id']}/audit").json()["items"]
    changes = {(a["field"], a["user"]): (a["before"], a["after"]) for a in audit}
    assert changes[("fatalities", "reviewer")] == (event["fatalities"], 5)
    assert changes[("notes", "reviewer")] == (event["notes"], "Clash near Thiban.")
    assert changes[("status", "reviewer")] == ("machine", "edited")
    log = reviewer.get("/api/audit").json()
    assert log["total"] >= 3 and log["items"][0]["event_id"] == event["id"]  # newest first


def test_review_edit_survives_re_extraction(reviewer: httpx.Client) -> None:
    event = _event_of(reviewer, "fx-en-raqqa", "Protests")
    reviewer.patch(f"/api/events/{event['id']}", json={"fatalities": 1, "admin2": "Ar-Raqqa"}).raise_for_status()
    response = reviewer.post("/api/extractions", json={"doc_id": "fx-en-raqqa"})
    assert response.status_code == 200, response.text
    events = response.json()["document"]["events"]
    kept = [e for e in events if e["id"] == event["id"]]
    assert kept and (kept[0]["fatalities"], kept[0]["admin2"], kept[0]["status"]) == (1, "Ar-Raqqa", "edited")
    # the machine events of the document were replaced, and none duplicates the edited one
    assert sum(e["event_type"] == "Protests" for e in events) == 1


def test_review_viewer_cannot_edit(viewer: httpx.Client) -> None:
    event = _event_of(viewer, "fx-en-idlib", "Explosions/Remote violence")
    response = viewer.patch(f"/api/events/{event['id']}", json={"fatalities": 99})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert viewer.get(f"/api/events/{event['id']}").json()["fatalities"] == event["fatalities"]
    assert viewer.post(f"/api/events/{event['id']}/confirm").status_code == 403
    assert viewer.get("/api/audit").status_code == 403


def test_review_invalid_edits_are_refused(reviewer: httpx.Client) -> None:
    event = _event_of(reviewer, "fx-en-idlib", "Explosions/Remote violence")
    for body, status in [({"fatalities": -1}, 422), ({"no_such_field": 1}, 422), ({"event_type": "Battles"}, 422),
                         ({"sub_event_type": None}, 422), ({"date": "yesterday"}, 422), ({"date": 0}, 422)]:
        response = reviewer.patch(f"/api/events/{event['id']}", json=body)
        assert response.status_code == status, (body, response.text)
        assert set(response.json()["error"]) == {"code", "message", "detail"}


def test_review_confirm_then_reject_hides_the_event(reviewer: httpx.Client) -> None:
    event = _event_of(reviewer, "fx-ar-daraa", "Violence against civilians")
    assert reviewer.post(f"/api/events/{event['id']}/confirm").json()["status"] == "confirmed"
    assert reviewer.post(f"/api/events/{event['id']}/reject").json()["status"] == "rejected"
    default_ids = {e["id"] for e in reviewer.get("/api/events", params={"limit": 1000}).json()["items"]}
    assert event["id"] not in default_ids
    rejected = reviewer.get("/api/events", params={"status": "rejected"}).json()["items"]
    assert event["id"] in {e["id"] for e in rejected}
    fields = [a["after"] for a in reviewer.get(f"/api/events/{event['id']}/audit").json()["items"]]
    assert fields == ["confirmed", "rejected"]


def test_review_merge_folds_duplicates(reviewer: httpx.Client) -> None:
    target = _event_of(reviewer, "fx-en-idlib", "Explosions/Remote violence")
    others = [e for e in reviewer.get("/api/events", params={"doc_id": "fx-en-idlib"}).json()["items"]
              if e["id"] != target["id"]]
    assert others
    response = reviewer.post(f"/api/events/{target['id']}/merge", json={"event_ids": [others[0]["id"]]})
    assert response.status_code == 200, response.text
    assert response.json()["status"] in ("confirmed", "edited")
    merged = reviewer.get(f"/api/events/{others[0]['id']}").json()
    assert (merged["status"], merged["merged_into"]) == ("merged", target["id"])
    again = reviewer.post(f"/api/events/{target['id']}/merge", json={"event_ids": [others[0]["id"]]})
    assert again.status_code == 409 and "already merged" in again.json()["error"]["message"]
    assert reviewer.post(f"/api/events/{target['id']}/merge", json={"event_ids": [target["id"]]}).status_code == 409


def _login(live: Live, username: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=live.url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    assert "httponly" in response.headers["set-cookie"].lower()
    return client, response.json()["csrf_token"]


def test_session_changes_need_the_csrf_token(live: Live) -> None:
    client, csrf = _login(live, "reviewer")
    try:
        assert client.get("/api/auth/me").json()["user"]["role"] == "reviewer"
        event = _event_of(client, "fx-ar-deir", "Explosions/Remote violence")
        forged = client.post(f"/api/events/{event['id']}/confirm")
        assert forged.status_code == 403 and forged.json()["error"]["code"] == "csrf_failed"
        wrong = client.post(f"/api/events/{event['id']}/confirm", headers={"X-CSRF-Token": "guess"})
        assert wrong.status_code == 403
        ok = client.post(f"/api/events/{event['id']}/confirm", headers={"X-CSRF-Token": csrf})
        assert ok.status_code == 200 and ok.json()["status"] == "confirmed"
        assert client.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
        assert client.get("/api/auth/me").status_code == 401
    finally:
        client.close()


@pytest.mark.parametrize(("username", "password"), [("reviewer", "wrong password"), ("nobody", "whatever!")])
def test_login_with_bad_credentials_fails(live: Live, username: str, password: str) -> None:
    with httpx.Client(base_url=live.url) as client:
        response = client.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_credentials"
    assert "set-cookie" not in response.headers


def test_admin_creates_users_others_cannot(live: Live) -> None:
    body = {"username": "newcomer", "password": "long enough pw", "role": "viewer"}
    with live.client("reviewer") as reviewer:
        assert reviewer.post("/api/users", json=body).status_code == 403
    with live.client("admin") as admin:
        created = admin.post("/api/users", json=body)
        assert created.status_code == 201 and created.json()["role"] == "viewer"
        assert "newcomer" in {u["username"] for u in admin.get("/api/users").json()}
        taken = admin.post("/api/users", json={**body, "username": "admin", "role": "viewer"})
        assert taken.status_code == 409  # an admin cannot be demoted by creating their name again
    with httpx.Client(base_url=live.url) as client:
        assert client.post("/api/auth/login", json={"username": "newcomer", "password": "long enough pw"}).status_code == 200
