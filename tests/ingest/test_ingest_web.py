"""URLs and feeds against a real local HTTP server: politeness, retries, conditional GET, watch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.ingest.fetch import FetchPolicy, Fetcher
from rasid.ingest.feeds import FeedState, backoff_delay, parse_feed, poll_feed, read_feed_list, watch
from rasid.ingest.files import Rejected
from rasid.ingest.registry import Outlet, SourceRegistry
from rasid.ingest.sources import SourceItem
from rasid.ingest.web import read_url
from rasid.pipeline import Pipeline
from rasid.store import Store

from conftest import Answer, Server
from ingest_helpers import article

HTML = "text/html; charset=utf-8"


def page(title: str, body: str, date: str = "2024-05-14") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{date}">'
            f'</head><body><nav>الرئيسية | أخبار | اتصل بنا</nav><article><h1>{title}</h1>{paragraphs}'
            f"</article><footer>جميع الحقوق محفوظة</footer></body></html>").encode("utf-8")


def rss(server: Server, links: list[str], summaries: list[str]) -> bytes:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{server.url(link)}</link><guid>{link}</guid>"
        f"<pubDate>Tue, 14 May 2024 08:0{i}:00 GMT</pubDate><description>{summary}</description></item>"
        for i, (link, summary) in enumerate(zip(links, summaries, strict=True)))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
            f"{items}</channel></rss>").encode("utf-8")


def fetcher(**policy: object) -> Fetcher:
    return Fetcher(FetchPolicy(backoff=0.01, timeout=5, **policy))  # type: ignore[arg-type]


def test_web_article_text_title_date_and_outlet(http_server: Server) -> None:
    http_server.routes["/news/1"] = Answer(200, page("قصف على سراقب", article(1)), {"Content-Type": HTML})
    registry = SourceRegistry([Outlet("Test News", language="ar", domains=("127.0.0.1",))])
    with fetcher() as web:
        item = read_url(http_server.url("/news/1"), web, registry)
    assert isinstance(item, SourceItem), item
    assert "قصفت قوات النظام" in item.doc.text and "جميع الحقوق" not in item.doc.text
    assert item.doc.title == "قصف على سراقب" and item.doc.published == dt.date(2024, 5, 14)
    assert item.doc.source == item.origin.outlet == "Test News"
    assert item.origin.key == f"url:{http_server.url('/news/1')}"
    (headers,) = http_server.hits("/news/1")
    assert headers["user-agent"].startswith("rasid/")


def test_web_robots_txt_is_obeyed_and_read_once(http_server: Server) -> None:
    http_server.routes["/robots.txt"] = Answer(200, b"User-agent: *\nDisallow: /private/\n")
    http_server.routes["/open"] = Answer(200, page("t", article(2)), {"Content-Type": HTML})
    http_server.routes["/private/x"] = Answer(200, page("t", article(3)), {"Content-Type": HTML})
    with fetcher() as web:
        assert isinstance(read_url(http_server.url("/open"), web), SourceItem)
        blocked = read_url(http_server.url("/private/x"), web)
    assert isinstance(blocked, Rejected) and "robots.txt" in blocked.reason
    assert http_server.hits("/private/x") == [] and len(http_server.hits("/robots.txt")) == 1


def test_web_server_errors_are_retried_then_reported(http_server: Server) -> None:
    calls = {"n": 0}

    def flaky(_headers: dict[str, str]) -> Answer:
        calls["n"] += 1
        return Answer(503) if calls["n"] < 3 else Answer(200, page("t", article(4)), {"Content-Type": HTML})

    http_server.routes["/flaky"] = flaky
    http_server.routes["/down"] = Answer(500, b"oops")
    with fetcher(retries=2) as web:
        assert isinstance(read_url(http_server.url("/flaky"), web), SourceItem)
        down = read_url(http_server.url("/down"), web)
    assert calls["n"] == 3
    assert isinstance(down, Rejected) and down.reason == "HTTP 500 (after 3 attempts)"


@pytest.mark.parametrize(("answer", "reason"), [
    (Answer(404, b"no"), "HTTP 404"),
    (Answer(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}), "not an article"),
    (Answer(200, b"<html><body></body></html>", {"Content-Type": HTML}), "no main text"),
    (Answer(200, b"x" * 3000, {"Content-Type": "text/plain"}), "too large"),
])
def test_web_bad_answers_are_rejected_with_a_reason(http_server: Server, answer: Answer, reason: str) -> None:
    http_server.routes["/x"] = answer
    with fetcher(max_bytes=2000) as web:
        item = read_url(http_server.url("/x"), web)
    assert isinstance(item, Rejected) and reason in item.reason


def test_web_unreachable_host_is_rejected() -> None:
    with fetcher(retries=1) as web:
        item = read_url("http://127.0.0.1:9/nothing", web)  # the discard port: nothing listens
    assert isinstance(item, Rejected) and "attempts" in item.reason


def test_feed_conditional_get_with_etag_and_last_modified(http_server: Server) -> None:
    body = rss(http_server, ["/a"], ["ملخص"])

    def feed(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"v1"' or headers.get("if-modified-since") == "Tue, 14 May 2024":
            return Answer(304)
        return Answer(200, body, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                  "Last-Modified": "Tue, 14 May 2024"})

    http_server.routes["/feed"] = feed
    state = FeedState(http_server.url("/feed"))
    with fetcher() as web:
        assert [e.link for e in poll_feed(state, web)] == [http_server.url("/a")]
        assert poll_feed(state, web) == []
    assert (state.etag, state.last_modified, state.polls, state.not_modified) == ('"v1"', "Tue, 14 May 2024", 2, 1)
    assert http_server.hits("/feed")[1]["if-none-match"] == '"v1"'


def test_feed_parse_rejects_what_is_not_a_feed() -> None:
    with pytest.raises(InputError, match="not a feed"):
        parse_feed(b"<html><body>hello</body></html>", "http://x/feed")
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title>'
            b'<link href="http://x/e1"/><id>e1</id><updated>2024-05-14T08:00:00Z</updated>'
            b"<summary>text here</summary></entry></feed>")
    (entry,) = parse_feed(atom, "http://x/feed")
    assert (entry.link, entry.published, entry.text) == ("http://x/e1", dt.date(2024, 5, 14), "text here")


def test_feed_backoff_grows_and_is_capped() -> None:
    assert [backoff_delay(60, n) for n in (0, 1, 2, 3)] == [60, 120, 240, 480]
    assert backoff_delay(60, 50) == 6 * 3600


def test_feed_list_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\nhttps://a.example/rss\n\nhttps://b.example/atom  # second\nhttps://a.example/rss\n")
    assert read_feed_list(path) == ["https://a.example/rss", "https://b.example/atom"]
    path.write_text("ftp://nope\n")
    with pytest.raises(InputError, match="not an http"):
        read_feed_list(path)


def test_watch_ingests_new_entries_once_and_backs_off_failing_feeds(
        http_server: Server, store: Store, pipeline: Pipeline) -> None:
    long_summary = article(21)  # its article page is missing: the entry's own text is used
    http_server.routes["/good"] = lambda h: (
        Answer(304) if h.get("if-none-match") == '"1"' else
        Answer(200, rss(http_server, ["/art/20", "/art/21"], ["قصير", long_summary]),
               {"Content-Type": "application/rss+xml", "ETag": '"1"'}))
    http_server.routes["/art/20"] = Answer(200, page("خبر", article(20)), {"Content-Type": HTML})
    http_server.routes["/bad"] = Answer(500, b"down")
    rounds = []
    with fetcher(retries=0) as web:
        states = watch([http_server.url("/good"), http_server.url("/bad")], store, pipeline, 0.0,
                       fetcher=web, rounds=3, on_round=lambda done, _s: rounds.append(done))
    first = rounds[0].report
    assert first is not None and (first.added, first.errors) == (2, [])
    assert all(r.report is None for r in rounds[1:])  # 304: nothing fetched, nothing added
    assert len(http_server.hits("/art/20")) == 1
    bad = states[http_server.url("/bad")]
    assert bad.failures == 1 and "HTTP 500" in (bad.last_error or "")
    # backing off: the failing feed waits, the good one is polled every round
    assert (len(http_server.hits("/bad")), len(http_server.hits("/good"))) == (1, 3)
    assert states[http_server.url("/good")].failures == 0
    assert store.counts()["documents"] == 2
    (fallback,) = [d for d in store.documents() if d["url"].endswith("/art/21")]
    (seen,) = store.sightings(fallback["doc_id"])
    assert seen["kind"] == "feed" and seen["data"]["text_from"] == "feed entry"
