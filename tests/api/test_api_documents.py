"""Documents over HTTP: reading one with its events and claims, pasting and uploading
new articles to be coded, and what the CLI adds for users."""

from __future__ import annotations

from pathlib import Path

import httpx
from api.live_fixtures import PASSWORD, Live
from typer.testing import CliRunner

from rasid.cli import app as cli_app


def test_documents_list_and_detail(viewer: httpx.Client) -> None:
    page = viewer.get("/api/documents", params={"limit": 2}).json()
    assert page["total"] == 4 and len(page["items"]) == 2 and "text" not in page["items"][0]
    document = viewer.get("/api/documents/fx-ar-daraa").json()
    assert document["lang"] == "ar" and document["text"].startswith("اغتال")
    assert document["events"] and all(e["doc_id"] == "fx-ar-daraa" for e in document["events"])
    (claim,) = document["claims"]
    assert (claim["metric"], claim["value"]) == ("attacks", 64)
    span = claim["evidence_span"]
    assert document["text"][span["start"]:span["end"]] == span["text"]


def test_claims_are_listed_apart_from_events(viewer: httpx.Client) -> None:
    claims = viewer.get("/api/claims").json()
    assert claims["total"] == 1 and claims["items"][0]["doc_id"] == "fx-ar-daraa"
    assert viewer.get("/api/claims", params={"doc_id": "fx-en-idlib"}).json()["total"] == 0


def test_actors_and_places_lists(viewer: httpx.Client) -> None:
    actors = viewer.get("/api/actors", params={"name": "russia"}).json()
    assert actors["total"] >= 1 and all("russia" in a["name"].lower() for a in actors["items"])
    places = viewer.get("/api/places", params={"name": "طفس"}).json()
    assert [p["admin1"] for p in places["items"]] == ["Daraa"]


def test_documents_unknown_is_404(viewer: httpx.Client) -> None:
    response = viewer.get("/api/documents/no-such-doc")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_paste_article_is_coded_stage_by_stage(reviewer: httpx.Client) -> None:
    text = "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."
    response = reviewer.post("/api/documents", json={"text": text, "published": "2024-06-03", "title": "غارة"})
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["added"] is True
    assert "rasid.events.v1" in [s["name"] for s in result["stages"]]
    assert result["stages"][-1]["events"] == len(result["document"]["events"]) >= 1
    event = result["document"]["events"][0]
    assert event["admin1"] == "Idlib" and event["date"] == "2024-06-03"
    again = reviewer.post("/api/documents", json={"text": text})
    assert again.status_code == 201 and again.json()["added"] is False
    assert again.json()["doc_id"] == result["doc_id"]


def test_paste_needs_reviewer_and_text(viewer: httpx.Client, reviewer: httpx.Client) -> None:
    assert viewer.post("/api/documents", json={"text": "Shelling hit Ariha."}).status_code == 403
    empty = reviewer.post("/api/documents", json={"text": "  ...  "})
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "validation_error"


def test_paste_with_a_doc_id_of_another_text_is_a_conflict(reviewer: httpx.Client) -> None:
    response = reviewer.post("/api/documents", json={"text": "Shelling hit Ariha on Monday.", "doc_id": "fx-ar-daraa"})
    assert response.status_code == 409 and response.json()["error"]["code"] == "conflict"


def test_upload_article_file(reviewer: httpx.Client) -> None:
    html = ("<html><head><title>Clash in Manbij</title></head><body><article><p>Clashes broke out on "
            "Thursday between the Syrian Democratic Forces and Turkish-backed factions near Manbij, east of "
            "Aleppo, killing two fighters, the Syrian Observatory for Human Rights reported.</p></article>"
            "</body></html>")
    files = {"file": ("manbij.html", html.encode(), "text/html")}
    response = reviewer.post("/api/uploads", files=files)
    assert response.status_code == 201, response.text
    document = response.json()["document"]
    assert "Manbij" in document["text"] and "<p>" not in document["text"]
    assert any(e["admin1"] == "Aleppo" for e in document["events"])
    binary = reviewer.post("/api/uploads", files={"file": ("x.bin", b"MZ\x00\x01\x02\xff", "application/octet-stream")})
    assert binary.status_code == 400 and binary.json()["error"]["code"] == "bad_input"


def test_cli_users_add_and_token_work_against_the_server(live: Live, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(live.seeded.path)
    added = runner.invoke(cli_app, ["users", "add", "cli-user", "--role", "reviewer", "--password", PASSWORD, "--db", db])
    assert added.exit_code == 0, added.output
    token = runner.invoke(cli_app, ["users", "token", "cli-user", "--db", db])
    assert token.exit_code == 0, token.output
    with httpx.Client(base_url=live.url, headers={"Authorization": f"Bearer {token.stdout.strip()}"}) as client:
        assert client.get("/api/auth/me").json()["user"] == {**client.get("/api/auth/me").json()["user"],
                                                            "username": "cli-user", "role": "reviewer"}
    listed = runner.invoke(cli_app, ["users", "list", "--db", db])
    assert "cli-user\treviewer" in listed.stdout
    short = runner.invoke(cli_app, ["users", "add", "x", "--password", "short", "--db", db])
    assert short.exit_code != 0
