"""A web article in the app: opened from a URL, its next page fetched with F, annotations on the
first page kept where they were, and reopened from the library's copy with no network."""

from __future__ import annotations

import pytest
import webpages
from uihelpers import status

from reader.core.store import Store
from reader.ui.launch import build_app, build_library


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


async def test_a_url_its_next_page_and_its_copy(private_database):
    with webpages.serve() as base:
        app, _ = build_app([f"{base}/markt/1"], db=str(private_database), lang="de")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.reader_screen
            assert screen.state.article.title == webpages.MARKET_TITLE
            await pilot.press("j", "1")  # a claim on page 1
            claim = screen.state.session.all()[0]
            await pilot.press("G", "space")
            assert "F fetches it" in status(app)
            await pilot.press("F")
            await app.workers.wait_for_complete()
            await pilot.pause()
            state = screen.state
            assert len(state.article.pages_present) == 2
            assert "Parkplätze fallen an Markttagen weg" in state.article.text
            [again] = state.session.all()
            assert (again.start, again.end, again.exact) == (claim.start, claim.end, claim.exact)
            await pilot.press("q")
    # the server is gone: the library opens the article from its stored pages
    app = build_library(str(private_database))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        state = app.reader_screen.state
        assert "Parkplätze fallen an Markttagen weg" in state.article.text
        assert len(state.session.all()) == 1
    with Store(private_database) as store:
        [record] = store.articles()
        assert [f["kind"] for f in record["files"]] == ["html", "html"]
