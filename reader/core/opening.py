"""One way to open an article, for the app, the headless commands and `reader parse`.

Parse the files, then settle the language: `--lang`, else the database's cached answer for this
version, else detection. The app asks for a provisional answer instead of waiting for detection
(a cheap stop-word guess paints the first pane; langdetect confirms it in the background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.article import Article
from reader.core.fetch import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from reader.core.fetch import Progress
    from reader.core.store import Store


def open_article(
    files: list[str],
    lang: str | None = None,
    store: Store | None = None,
    *,
    provisional: bool = False,
    cache: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    all_pages: bool = False,
    progress: Progress | None = None,
) -> tuple[Article, bool]:
    """(the article with its language, whether that language is settled). `files` are paths
    or web addresses (`reader.core.sources`); `timeout`, `all_pages` and `progress` are for
    the addresses: seconds per page fetched, follow the article's next pages, report bytes."""
    from reader.core.sources import open_sources

    article = open_sources(files, timeout=timeout, all_pages=all_pages, progress=progress)
    return settle_language(article, lang, store, provisional=provisional, cache=cache)


def settle_language(
    article: Article,
    lang: str | None = None,
    store: Store | None = None,
    *,
    provisional: bool = False,
    cache: bool = True,
) -> tuple[Article, bool]:
    """`article` with its language: --lang, the page's declared language, the store's cache, a
    provisional guess or detection.
    A detected language is cached in the store when `cache` (and the store can be written)."""
    if lang:
        return article.with_language(lang, 1.0), True
    if article.meta.lang:  # the language a web page declares (`<html lang>`)
        return article.with_language(article.meta.lang, 1.0), True
    cached = store.cached_language(article.id) if store is not None else None
    if cached:
        return article.with_language(*cached), True
    if provisional:
        from reader.core.language import guess_language

        return article.with_language(guess_language(article.text), 0.0), False
    from reader.core.language import detect_language

    detected = detect_language(article.text)
    if store is not None and cache and not getattr(store, "read_only", False):
        store.cache_language(article.id, *detected)
    return article.with_language(*detected), True
