"""One way to open an article, for the app, the headless commands and `reader parse`.

Read the files or fetch the pages (their bytes are kept for the library's stored copy), parse
them, settle the
language (`--lang`, else the database's cached answer for this version, else detection; the app
asks for a provisional answer instead of waiting: a cheap stop-word guess paints the first pane,
langdetect confirms it in the background), and, with a database, find which article of the
library they are (`reader.core.library.identify`): the article's `key`.

`open_from_library` opens an article by its key: from its files where they still are as they
were, else from the stored copies, and says which.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.article import Article
from reader.core.fetch import DEFAULT_TIMEOUT
from reader.core.library import copy_store
from reader.core.sources import RawFile, is_url, parse_raw, read_all, read_files, stored_source
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.fetch import Progress
    from reader.core.store import Store


@dataclass
class Opened:
    article: Article
    language_known: bool
    raw: list[RawFile]  # the files as read, in the article's page order
    notice: str = ""  # what the reader should be told (a file gone or changed)


def open_files(
    files: list[str],
    lang: str | None = None,
    store: Store | None = None,
    *,
    provisional: bool = False,
    cache: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    all_pages: bool = False,
    progress: Progress | None = None,
) -> Opened:
    """Read (or fetch), parse, settle the language and (with a store) recognise the article.
    `files` are paths or web addresses; `timeout`, `all_pages` and `progress` are for the
    addresses: seconds per page fetched, follow the article's next pages, report bytes."""
    try:
        raws = read_all(files, timeout=timeout, all_pages=all_pages, progress=progress)
    except ReaderError as exc:
        if store is not None and exc.reason == "no such file" and exc.path:
            _refuse_if_known_elsewhere(store, exc.path)
        raise
    article, raw = parse_raw(raws)
    notice = ""
    if store is not None:
        from reader.core.library import identify

        article.key = identify(store, article, raw)
        later = _later_pages(store, article.key, raw)
        if later:
            key = article.key
            article, raw = parse_raw(raw + later)
            article.key = key
            pages = ", ".join(Path(r.location).name or r.location for r in later)
            notice = f"Also opened from the library's copy, as you read it before: {pages}"
    article, known = settle_language(article, lang, store, provisional=provisional, cache=cache)
    return Opened(article, known, raw, notice)


def _refuse_if_known_elsewhere(store: Store, name: str) -> None:
    """A file named that is gone, but the library read it: say how to open its copy (a moved
    file by its old path was only "no such file")."""
    where = os.path.abspath(os.path.expanduser(name))
    for rec in store.articles():
        if where in (rec.get("sources") or []):
            title = str(rec.get("title") or rec.get("key"))
            short = title if len(title) <= 50 else title[:49] + "…"
            raise ReaderError(
                name,
                f"no such file, but the library has a copy of it: `reader library` opens “{short}”",
            )


def _later_pages(store: Store, key: str, raw: list[RawFile]) -> list[RawFile]:
    """The pages after the ones opened that the library read with them before (page 2 fetched
    with F, or named after page 1), rebuilt from its copies: reopening page 1 alone would
    otherwise be another article, its page-2 annotations orphaned. Only when the pages opened
    are the first ones of that record, each the same file or address, and every later page's
    copy is there."""
    rec = store.article(key)
    files = (rec or {}).get("files") or []
    if len(files) <= len(raw):
        return []
    for opened, known in zip(raw, files, strict=False):
        same_place = (opened.location or opened.name) == known.get("location")
        if not same_place and opened.sha256 != known.get("sha256"):
            return []
    copies = copy_store(store)
    later = []
    for f in files[len(raw) :]:
        sha = f.get("sha256")
        if not sha or not copies.has(sha):
            return []
        try:
            later.append(_from_copy(f, copies.get(sha)))
        except ReaderError:
            return []  # a damaged copy: open what was named, as named
    return later


def _from_copy(f: dict[str, Any], data: bytes) -> RawFile:
    """One file of a library record rebuilt from its stored copy (no file, no network)."""
    kind = str(f.get("kind", "text"))
    return stored_source(str(f.get("location")), data, kind, f.get("url"), f.get("charset"))


def open_article(
    files: list[str],
    lang: str | None = None,
    store: Store | None = None,
    **kwargs: Any,
) -> tuple[Article, bool]:
    """(the article with its language, whether that language is settled)."""
    opened = open_files(files, lang, store, **kwargs)
    return opened.article, opened.language_known


def open_from_library(
    store: Store, key: str, lang: str | None = None, *, provisional: bool = False
) -> Opened:
    """The article `key` of the library: each file from where it was if it is still there and
    unchanged, else — a file moved, deleted or changed since — from the stored copy; a changed
    file is opened as it is now (its annotations are re-attached, as for `reader FILE`)."""
    rec = store.article(key)
    if rec is None:
        raise ReaderError(key, "no such article in the library")
    copies = copy_store(store)
    raw, gone, changed = [], [], []
    for f in rec.get("files") or [{"location": s} for s in rec.get("sources") or []]:
        location, sha = str(f.get("location")), f.get("sha256")
        data, here = None, None
        if not is_url(location) and os.path.isfile(location):
            try:
                here = read_files([location])[0]
                data = here.data
            except ReaderError:
                data = None
        if data is not None and sha and copies.has(sha) and data != copies.get(sha):
            changed.append(location)
        if data is None:
            if not sha:
                raise ReaderError(location, "is gone, and the library has no copy of it")
            data = copies.get(sha)  # ReaderError if the copy is missing or damaged
            if not is_url(location):
                gone.append(location)
            here = None
        if here is None:  # a web page, or a file that is gone: rebuilt from the copy
            here = _from_copy(f, data)
        raw.append(here)
    article, raw = parse_raw(raw)
    article.key = key
    article, known = settle_language(article, lang, store, provisional=provisional)
    notice = ""
    if gone:
        notice = f"Opened from the library's copy: {Path(gone[0]).name} is no longer where it was"
    elif changed:
        notice = f"{Path(changed[0]).name} has changed since you last read it"
    return Opened(article, known, raw, notice)


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
