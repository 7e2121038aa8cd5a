"""The analyst UI in Debian Chromium (Playwright) against a real server and SQLite file:
the map, filters and the timeline brush, the event detail with highlighted evidence in
Arabic, review with its audit log, a viewer who cannot edit, coding a pasted article,
and source text that stays text."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from web.browser_support import login, wait_loaded

pytestmark = pytest.mark.browser

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _rows(page: Any) -> list[dict[str, str]]:
    headers = ["date", "event_type", "sub_event_type", "actor1", "actor2", "location_en", "admin1", "fatalities", "status"]
    out = []
    for row in page.query_selector_all("#events-table tbody tr"):
        cells = [cell.inner_text().strip() for cell in row.query_selector_all("td")]
        out.append(dict(zip(headers, cells, strict=True)) | {"id": row.get_attribute("data-event-id")})
    return out


def _api_total(url: str, token_page: Any, **params: str) -> int:
    # the page's own session cookie, so the check asks the server what the UI should show
    cookies = {c["name"]: c["value"] for c in token_page.context.cookies()}
    response = httpx.get(f"{url}/api/events", params={"limit": 1, **params}, cookies=cookies)
    return int(response.json()["total"])


def _shoot(page: Any, artifacts: Path, name: str) -> Path:
    path = artifacts / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def _keep_for_docs(path: Path, update: bool) -> None:
    """Refresh the README's screenshot when asked to (``pytest --update-screenshots``)."""
    if update and DOCS_SCREENSHOTS.is_dir():
        shutil.copyfile(path, DOCS_SCREENSHOTS / path.name)


def test_web_map_loads_with_markers_choropleth_and_timeline(browser: Any, server_url: str, artifacts: Path,
                                                            update_screenshots: bool) -> None:
    page = login(browser, server_url, "viewer")
    total = _api_total(server_url, page)
    assert total >= 6
    page.wait_for_selector(".event-marker, .cluster-icon")
    markers = page.locator("path.event-marker").count()
    clusters = sum(int(n.inner_text()) for n in page.query_selector_all(".cluster-icon span"))
    assert markers + clusters == total  # every fixture event is located
    shaded = page.eval_on_selector_all(
        ".leaflet-overlay-pane path", "paths => paths.filter(p => Number(p.getAttribute('fill-opacity')) > 0).length")
    assert shaded >= 4  # Deir ez-Zor, Idlib, Aleppo, Daraa, Raqqa have events
    assert page.locator("#timeline rect.bar").count() >= 4
    assert len(_rows(page)) == total
    assert page.inner_text("#summary").startswith(f"{total} events")
    _keep_for_docs(_shoot(page, artifacts, "map"), update_screenshots)
    assert page.errors == []
    page.context.close()


def test_web_filter_by_type_and_dates(browser: Any, server_url: str) -> None:
    page = login(browser, server_url, "viewer")
    stamp = page.evaluate("document.body.dataset.loaded")
    page.select_option("#filters [name=event_type]", "Explosions/Remote violence")
    page.click("#filters button[type=submit]")
    wait_loaded(page, stamp)
    rows = _rows(page)
    assert rows and {r["event_type"] for r in rows} == {"Explosions/Remote violence"}
    assert len(rows) == _api_total(server_url, page, event_type="Explosions/Remote violence")

    stamp = page.evaluate("document.body.dataset.loaded")
    page.fill("#filters [name=date_from]", "2024-05-01")
    page.fill("#filters [name=date_to]", "2024-05-31")
    page.click("#filters button[type=submit]")
    wait_loaded(page, stamp)
    rows = _rows(page)
    assert rows and all("2024-05-01" <= r["date"] <= "2024-05-31" for r in rows)
    assert all(r["event_type"] == "Explosions/Remote violence" for r in rows)
    assert page.locator("#timeline .brush").count() == 1
    assert page.errors == []
    page.context.close()


def test_web_timeline_brush_filters_map_and_table(browser: Any, server_url: str) -> None:
    page = login(browser, server_url, "viewer")
    before = len(_rows(page))
    box = page.locator("#timeline").bounding_box()
    stamp = page.evaluate("document.body.dataset.loaded")
    # drag across the last few weeks (the May events)
    page.mouse.move(box["x"] + box["width"] * 0.78, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 3, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    wait_loaded(page, stamp)
    date_from = page.input_value("#filters [name=date_from]")
    date_to = page.input_value("#filters [name=date_to]")
    assert date_from and date_to and date_from <= date_to
    rows = _rows(page)
    assert 0 < len(rows) < before
    assert all(date_from <= r["date"] <= date_to for r in rows)
    markers = page.locator("path.event-marker").count() + sum(
        int(n.inner_text()) for n in page.query_selector_all(".cluster-icon span"))
    assert markers == len(rows)
    page.click("#timeline-clear")
    page.wait_for_function("(n) => document.querySelectorAll('#events-table tbody tr').length === n", arg=before)
    page.context.close()


def _open_event(page: Any, location: str) -> None:
    page.locator("#events-table tbody tr", has_text=location).first.click()
    page.wait_for_selector("#detail .document-text")


def test_web_event_detail_highlights_evidence_in_arabic(browser: Any, server_url: str, artifacts: Path,
                                                        update_screenshots: bool) -> None:
    page = login(browser, server_url, "viewer", language="ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.inner_text("#filters h2") == "التصفية"
    _open_event(page, "Thiban")
    text = page.locator("#detail .document-text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    marks = {m.get_attribute("data-fields"): m.inner_text() for m in text.locator("mark").all()}
    place = next(v for k, v in marks.items() if "location" in k.split())
    assert place == "ذيبان"
    assert any("trigger" in k.split() for k in marks)
    # the paragraph reads right to left: its first character is laid out at the right edge
    first = page.evaluate("""() => {
        const p = document.querySelector('#detail .document-text p');
        const range = document.createRange(); range.setStart(p.firstChild.firstChild || p.firstChild, 0);
        range.setEnd(p.firstChild.firstChild || p.firstChild, 1);
        const r = range.getBoundingClientRect(), box = p.getBoundingClientRect();
        return {right: box.right - r.right, left: r.left - box.left};
    }""")
    assert first["right"] < first["left"]
    assert "Syrian Democratic Forces" in page.inner_text("#detail .notes-text")
    assert page.locator("#detail .review").count() == 0  # a viewer has no review controls
    _keep_for_docs(_shoot(page, artifacts, "event-detail-ar"), update_screenshots)
    assert page.errors == []
    page.context.close()


def test_web_reviewer_edits_and_finds_the_change_in_the_audit_log(browser: Any, server_url: str,
                                                                  artifacts: Path, update_screenshots: bool) -> None:
    page = login(browser, server_url, "reviewer")
    _open_event(page, "Ariha")
    page.click("#detail .review button.edit")
    page.fill("#detail .edit-form [name=fatalities]", "6")
    page.fill("#detail .edit-form [name=notes]", "Shelling of Ariha; hospital count of six.")
    page.locator("#detail .review").scroll_into_view_if_needed()
    _keep_for_docs(_shoot(page, artifacts, "review"), update_screenshots)
    stamp = page.evaluate("document.body.dataset.loaded")
    page.click("#detail .edit-form button.save")
    page.wait_for_selector("#detail .status-edited")
    wait_loaded(page, stamp)
    assert "6" in page.inner_text("#detail .fields")
    assert page.inner_text("#detail .notes-text") == "Shelling of Ariha; hospital count of six."
    history = page.inner_text("#detail .history")
    assert "reviewer" in history and "fatalities" in history
    row = next(r for r in _rows(page) if r["location_en"] == "Ariha")
    assert (row["fatalities"], row["status"]) == ("6", "edited")
    _shoot(page, artifacts, "review-saved")

    page.click("#detail .close")
    page.click(".tab[data-tab=review]")
    page.wait_for_selector("#audit-table tbody tr")
    entries = [[c.inner_text() for c in r.query_selector_all("td")] for r in page.query_selector_all("#audit-table tbody tr")]
    assert any(e[1] == "reviewer" and e[3] == "fatalities" and e[5] == "6" for e in entries)
    assert any(e[3] == "notes" and e[5] == "Shelling of Ariha; hospital count of six." for e in entries)
    _shoot(page, artifacts, "audit-log")
    assert page.errors == []
    page.context.close()


def test_web_viewer_cannot_edit(browser: Any, server_url: str) -> None:
    page = login(browser, server_url, "viewer")
    assert page.locator(".tab[data-tab=review]").is_hidden()
    assert page.locator(".tab[data-tab=code]").is_hidden()
    _open_event(page, "Tafs")
    assert page.locator("#detail .review").count() == 0
    event_id = page.get_attribute("#detail", "data-event-id")
    # even a hand-made request with the session's CSRF token is refused
    outcome = page.evaluate("""async (id) => {
        const me = await (await fetch('/api/auth/me')).json();
        const r = await fetch('/api/events/' + id, {method: 'PATCH', headers: {'Content-Type': 'application/json',
            'X-CSRF-Token': me.csrf_token}, body: JSON.stringify({fatalities: 50})});
        return {status: r.status, body: await r.json()};
    }""", event_id)
    assert outcome["status"] == 403 and outcome["body"]["error"]["code"] == "forbidden"
    page.context.close()


def test_web_paste_article_is_coded_and_source_text_stays_text(browser: Any, server_url: str, artifacts: Path) -> None:
    page = login(browser, server_url, "reviewer")
    page.click(".tab[data-tab=code]")
    hostile = ('Unknown gunmen shot dead two civilians in the town of Azaz, north of Aleppo, on Friday, '
               'local sources said. '
               '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>')
    page.fill("#code-form [name=text]", hostile)
    page.fill("#code-form [name=published]", "2024-06-08")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#code-result .coded-events li, #code-result .document-text", timeout=30_000)
    page.wait_for_selector("#code-result .document-text")
    stages = page.inner_text("#code-result .stages")
    assert "rasid.events.v1" in stages
    shown = page.inner_text("#code-result .document-text")
    assert "<img src=x" in shown and "<script>" in shown
    assert page.locator("#code-result img, #code-result script").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    coded = page.locator("#code-result .coded-events li")
    assert coded.count() >= 1 and "Aleppo" in coded.first.inner_text()
    _shoot(page, artifacts, "code-article")
    coded.first.locator("button").click()
    page.wait_for_selector("#detail .document-text")
    assert page.locator("#detail img, #detail script").count() == 0
    assert page.errors == []
    page.context.close()
