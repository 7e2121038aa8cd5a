"""Helpers of the browser tests: log in and wait for the page to settle."""

from __future__ import annotations

from typing import Any

from api.live_fixtures import PASSWORD


def login(browser: Any, url: str, username: str, language: str = "en") -> Any:
    """A new browser page, logged in as ``username``, with the map, table and timeline loaded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    context.add_init_script(f"localStorage.setItem('rasid.lang', '{language}')")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # checked by the tests: the page must not throw
    page.goto(url + "/")
    page.wait_for_selector("#login:not([hidden])")  # the form is wired once it shows
    page.fill("#login-form [name=username]", username)
    page.fill("#login-form [name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    wait_loaded(page)
    return page


def wait_loaded(page: Any, after: str | None = None) -> None:
    """Wait until the page finished a refresh (newer than ``after`` when given)."""
    if after is None:
        page.wait_for_selector("body[data-loaded]", state="attached", timeout=20_000)
    else:
        page.wait_for_function("(stamp) => document.body.dataset.loaded && document.body.dataset.loaded !== stamp",
                               arg=after, timeout=20_000)
