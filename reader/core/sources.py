"""What the user names — files and web addresses — as raw sources, and one Article from them.

A name is a web address when it starts with http:// or https:// (it is fetched), else a path
(read by `loading.read_source`, which refuses devices, sockets and the like). A source is a web
page by its extension (.html, .htm, .xhtml), its content type (for a fetched one), or by how its
bytes begin (`<!doctype html`, `<html`); otherwise it is article text. Several sources are the
pages of one article (text files put in their own page order by their markers). The bytes are
kept (`RawSource`): the library stores them as the article's copy, with where they came from. Web pages go through `reader.core.html` (and so trafilatura),
which is imported only when there is one: a text article never loads it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.core.article import Article, is_web_address
from reader.core.copies import digest
from reader.core.fetch import DEFAULT_TIMEOUT
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.fetch import Progress
    from reader.core.html import WebPage

MAX_FOLLOWED_PAGES = 20  # next pages --all-pages follows, at most
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

SourceKind = Literal["text", "html"]


@dataclass(frozen=True)
class RawSource:
    """One page of an article as bytes, before anything is made of them."""

    name: str  # what the user named (a path or an address), or the next page's address
    data: bytes
    kind: SourceKind
    url: str | None = None  # where a fetched page was found (after redirects)
    charset: str | None = None  # the charset the server declared for it
    location: str = ""  # where it is: an absolute path, or the address it was fetched from
    size: int = 0  # a file's size and time when it was read (the library notices a change)
    mtime_ns: int = 0
    inode: tuple[int, int] | None = None  # a file's (device, inode): a hard link is the same file

    @property
    def sha256(self) -> str:
        return digest(self.data)


# the library's word for one file of an article as read
RawFile = RawSource


def is_url(location: str) -> bool:
    return is_web_address(location)


def _sniff(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_named(
    name: str, *, timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None
) -> RawSource:
    """Read (or fetch) one source the user named; ReaderError names it when that fails."""
    if any("\udc80" <= ch <= "\udcff" for ch in name):
        # a byte that is not UTF-8 in the name: kept, it would be a lone surrogate in the
        # database and in every export, which cannot be written back out as text
        raise ReaderError(name, "has a name that is not UTF-8 text; rename the file")
    if is_web_address(name):
        from reader.core.fetch import fetch

        got = fetch(name, timeout=timeout, progress=progress)
        kind: SourceKind = "html" if got.kind == "html" else "text"
        return RawSource(
            name, got.data, kind, url=got.url, charset=got.charset, location=name,
            size=len(got.data),
        )  # fmt: skip
    if _OTHER_SCHEME.match(name) and not Path(name).exists():
        raise ReaderError(name, "only http and https addresses are opened (no such file either)")
    from reader.core.loading import read_source

    data = read_source(name)
    html = name.lower().endswith(HTML_EXTENSIONS) or _sniff(data)
    location = str(Path(name).expanduser().resolve())
    inode = None
    try:
        st = os.stat(name)
        size, mtime = st.st_size, st.st_mtime_ns
        inode = (st.st_dev, st.st_ino) if st.st_ino else None
    except OSError:
        size, mtime = len(data), 0
    page: SourceKind = "html" if html else "text"
    return RawSource(name, data, page, None, None, location, size, mtime, inode)


def _refuse_repeats(raws: list[RawSource]) -> None:
    """Each source is one page: the same file (or address) named twice would be two pages of the
    same text, and every suggestion and search hit twice."""
    seen: set[object] = set()
    for raw in raws:
        if raw.location in seen or (raw.inode is not None and raw.inode in seen):
            raise ReaderError(raw.name, "is named twice: each page of an article is its own file")
        seen.add(raw.location)
        if raw.inode is not None:
            seen.add(raw.inode)  # another name of the same file (a hard link)


def read_all(
    names: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    all_pages: bool = False,
    progress: Progress | None = None,
) -> list[RawSource]:
    """The sources named, in order, and with `all_pages` the article's next pages after them
    (at most MAX_FOLLOWED_PAGES, each fetched under the same limits, none read twice)."""
    raws = [read_named(n, timeout=timeout, progress=progress) for n in names]
    if not raws:
        raise ReaderError(None, "no article file given")
    _refuse_repeats(raws)
    if all_pages and _web_pages_only(raws):
        seen: set[str] = set()
        following: str | None = None
        for raw in raws:
            known, following = _links(raw)
            seen |= known
        for _ in range(MAX_FOLLOWED_PAGES):
            if following is None or following in seen:
                break
            raws.append(_fetch_following(following, raws[-1], timeout, progress))
            known, following = _links(raws[-1])
            seen |= known
    return raws


def _web_pages_only(raws: list[RawSource]) -> bool:
    return all(r.kind == "html" for r in raws)


def _links(raw: RawSource) -> tuple[frozenset[str], str | None]:
    from reader.core.html import page_links

    return page_links(raw.data, raw.name, url=raw.url, http_charset=raw.charset)


def _fetch_following(
    url: str, previous: RawSource, timeout: float, progress: Progress | None
) -> RawSource:
    try:
        return read_named(url, timeout=timeout, progress=progress)
    except ReaderError as exc:
        raise ReaderError(exc.path, f"{exc.reason} (the next page of {previous.name})") from None


def fetch_next(
    raws: list[RawSource], *, timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None
) -> RawSource | None:
    """The page after the last of `raws`, fetched, when the last page names one not yet read
    (the app's key that appends the next page; `Article.next_page_url` says whether there is
    one); None otherwise."""
    if not _web_pages_only(raws):
        return None
    seen: set[str] = set()
    following: str | None = None
    for raw in raws:
        known, following = _links(raw)
        seen |= known
    if following is None or following in seen:
        return None
    return _fetch_following(following, raws[-1], timeout, progress)


def _web_pages(raws: list[RawSource]) -> list[WebPage] | None:
    """Each source as a web page, or None when they are text files; a mix is refused."""
    kinds = {r.kind for r in raws}
    if kinds == {"text"}:
        return None
    if len(kinds) > 1:
        text = next(r for r in raws if r.kind == "text")
        raise ReaderError(
            text.name, "is a text file, and the other pages are web pages: open them apart"
        )
    from reader.core.html import extract_page

    return [extract_page(r.data, r.name, url=r.url, http_charset=r.charset) for r in raws]


def article_from(raws: list[RawSource]) -> Article:
    """One article from its raw sources: text files as `reader.core.parsing` reads them, web
    pages through `reader.core.html`; each source a new page. The language is not settled
    here (`reader.core.opening` does that, with the page's declared language first)."""
    pages = _web_pages(raws)
    if pages is not None:
        from reader.core.html import article_from_pages

        return article_from_pages(pages)
    from reader.core.loading import text_of
    from reader.core.parsing import parse_texts

    return parse_texts([text_of(r.data, r.name) for r in raws])


def open_sources(
    names: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    all_pages: bool = False,
    progress: Progress | None = None,
) -> Article:
    """The article the user named (files and/or addresses), language not yet settled."""
    return article_from(read_all(names, timeout=timeout, all_pages=all_pages, progress=progress))


def read_files(names: Iterable[str], **kwargs: object) -> list[RawSource]:
    """The sources named, read (see `read_all`)."""
    return read_all(names, **kwargs)  # type: ignore[arg-type]


def parse_raw(raws: list[RawSource]) -> tuple[Article, list[RawSource]]:
    """The article of these sources, and the sources in the article's page order (text files
    given out of order are put in order by their markers)."""
    article = article_from(raws)
    remaining = list(raws)
    ordered = []
    for source in article.sources:
        match = next((r for r in remaining if r.name == source), None)
        if match is None:  # (a web page may be named by its address)
            match = remaining[0]
        remaining.remove(match)
        ordered.append(match)
    return article, ordered + remaining


def stored_source(
    location: str, data: bytes, kind: str, url: str | None, charset: str | None
) -> RawSource:
    """A source rebuilt from the library's copy (no file, no network)."""
    return RawSource(
        location, data, "html" if kind == "html" else "text", url, charset, location, len(data)
    )
