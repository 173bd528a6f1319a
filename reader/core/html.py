"""Web pages to articles: decode the bytes, let trafilatura find the article, map it into blocks.

trafilatura (the best-scoring open-source main-text extractor in published comparisons) drops the
site around the article (navigation, cookie banners, related-links boxes, captions, footers) and
gives the page's metadata. Its XML tree (`bare_extraction`'s body) maps onto the block kinds: `<head>` → heading, `<p>` →
paragraph, `<quote>` → blockquote, `<list><item>` → item; the title comes from the metadata, and
the first paragraph under it is the lede, as in text files. What it leaves of the site's pagination
is handled as in text files (`reader.core.parsing`): "Seite 1 / 2" closes a page, "Nächste Seite"
is dropped, bylines and asides it let through become blocks of their own kind.

trafilatura and lxml are imported here, and this module is imported only when a web page is
opened: a text article never pays for them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.core.article import Article, ArticleMeta
from reader.core.loading import decode, normalise
from reader.core.nextpage import next_page_in, page_urls, resolve
from reader.core.parsing import (
    Paragraph,
    blocks_of,
    is_navigation,
    looks_like_kicker,
    page_marker,
    place_on_pages,
)
from reader.core.sitelines import site_kind
from reader.errors import ReaderError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

PRESCAN_BYTES = 4096  # where a page's <meta charset> must be (the HTML standard says 1024)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.IGNORECASE)
# Labels the web uses for Windows-1252 (WHATWG Encoding Standard), and meta declarations of
# UTF-16, which a page decoded from bytes cannot truthfully make (the standard reads them as UTF-8).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp819"}
_UTF16 = {"utf-16", "utf-16le", "utf-16be", "utf16"}
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")
_NOT_LANGUAGES = {"und", "mul", "zxx", "mis"}
_TITLE_EDGE = " :|–—-·•/"


@dataclass(frozen=True)
class WebPage:
    """One page of a web article: what trafilatura found, ready to be placed on pages."""

    name: str  # the file or address it came from
    entries: tuple[tuple[str, str], ...]  # (kind, text); kind "marker" for "Seite 1 / 2"
    title: str | None
    kicker: str | None
    meta: ArticleMeta
    next_url: str | None  # the page after this one, as this page names it
    urls: frozenset[str]  # the addresses this page is known by (fetched, canonical)
    encoding: str


# --- decoding ----------------------------------------------------------------------------------


def _codec(label: bytes | str | None) -> str | None:
    """The Python codec for a charset label the web uses, or None for an unknown label."""
    if not label:
        return None
    name = (label.decode("ascii", "replace") if isinstance(label, bytes) else label).strip()
    name = name.strip("\"'").lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    if name in _UTF16:
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>`, the http-equiv form, or
    an XML declaration), as a Python codec name; None when it declares none it can be read in."""
    head = data[:PRESCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _codec(match.group(1)) if match else None


def decode_page(data: bytes, name: str, http_charset: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page's bytes: a byte-order mark first, then the HTTP charset, then
    the page's own declaration, as browsers do; a page that declares nothing is read like a text
    file (strict UTF-8, else Windows-1252). A declared charset is decoded as a browser does,
    with U+FFFD for a byte it cannot map, so the text is the one a browser shows."""
    if data[:3] == codecs.BOM_UTF8 or data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return decode(data, name)
    encoding = _codec(http_charset) or declared_charset(data)
    if encoding is None:
        try:
            return decode(data, name)
        except ReaderError:
            encoding = "cp1252"
    return data.decode(encoding, "replace"), encoding


# --- the page's own statements -----------------------------------------------------------------


def declared_language(tree: HtmlElement) -> str | None:
    """The language a page declares (`<html lang>`, `xml:lang`, or a content-language meta) as a
    primary language subtag ("de" for "de-DE"), or None."""
    root = tree.getroottree().getroot()
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in root.iter("meta"):
        what = (meta.get("http-equiv") or meta.get("name") or "").lower()
        if what in ("content-language", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        match = _LANG.match((value or "").strip().split(",")[0].strip())
        if match and match.group(1).lower() not in _NOT_LANGUAGES:
            return match.group(1).lower()
    return None


def canonical_url(tree: HtmlElement, base: str | None) -> str | None:
    """The address a page names as its own: `<link rel="canonical">`, else og:url."""
    root = tree.getroottree().getroot()
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            found = resolve(link.get("href"), base)
            if found:
                return found
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            found = resolve(meta.get("content"), base)
            if found:
                return found
    return None


def _base_url(tree: HtmlElement, url: str | None) -> str | None:
    root = tree.getroottree().getroot()
    for base in root.iter("base"):
        found = resolve(base.get("href"), url)
        if found:
            return found
    return url


def page_links(
    data: bytes, name: str, *, url: str | None = None, http_charset: str | None = None
) -> tuple[frozenset[str], str | None]:
    """(the addresses a page is known by, the next page it names): what following an article's
    pages needs, without extracting its text."""
    from trafilatura.utils import load_html

    tree = load_html(decode_page(data, name, http_charset)[0])
    if tree is None:
        return page_urls(url), None
    base = _base_url(tree, url)
    canonical = canonical_url(tree, base)
    return page_urls(url, canonical), next_page_in(tree, base or canonical)


# --- extraction --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text as the article model keeps it: normalised like a text file, one line, single spaces."""
    return " ".join(normalise(text).split())


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _text_without_lists(el: Any) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _elements(el: Any, out: list[tuple[str, str, str]]) -> None:
    """(kind, text, rendition) for each block of trafilatura's XML under `el`, in order."""
    for child in el:
        tag = child.tag
        if tag == "p":
            out.append(("paragraph", "".join(child.itertext()), ""))
        elif tag == "head":
            out.append(("heading", "".join(child.itertext()), child.get("rend") or ""))
        elif tag == "quote":
            paragraphs = [c for c in child if c.tag == "p"]
            if paragraphs:
                out.extend(("blockquote", "".join(p.itertext()), "") for p in paragraphs)
            else:
                out.append(("blockquote", "".join(child.itertext()), ""))
        elif tag == "list":
            for item in child:
                if item.tag != "item":
                    continue
                out.append(("item", _text_without_lists(item), ""))
                nested: list[tuple[str, str, str]] = []
                _elements([c for c in item if c.tag == "list"], nested)
                out.extend(nested)
        elif tag == "table":
            for row in child.iter("row"):
                cells = [" ".join("".join(c.itertext()).split()) for c in row.iter("cell")]
                out.append(("paragraph", " · ".join(c for c in cells if c), ""))
        elif tag in ("graphic", "lb", "ref") and not (child.text or "").strip():
            continue
        elif len(child):
            _elements(child, out)
        else:
            out.append(("paragraph", "".join(child.itertext()), ""))


def _split_head(
    found: list[tuple[str, str, str]], title: str | None
) -> tuple[str | None, str | None, list[tuple[str, str, str]]]:
    """(title, kicker, the rest): the page's own headline repeated in the body goes, and a kicker
    is the short line before it ("Verkehr" over the headline) or glued before it in the same
    heading ("Verkehr Neue Fähre …" when the title says "Neue Fähre …")."""
    body = list(found)
    if title is None and body and body[0][0] == "heading" and body[0][2] in ("", "h1"):
        title = body.pop(0)[1]
        return title, None, body
    if title is None:
        return None, None, body
    want = _squash(title)
    kicker = None
    if (
        len(body) >= 2
        and body[0][0] == "paragraph"
        and body[1][0] == "heading"
        and _squash(body[1][1]) == want
        and looks_like_kicker(body[0][1])
    ):
        kicker = body[0][1]
        del body[:2]
    elif body and body[0][0] == "heading":
        first = _squash(body[0][1])
        if first == want:
            del body[0]
        elif first.endswith(want) and len(first) > len(want):
            rest = body[0][1][: len(body[0][1]) - len(title)].strip(_TITLE_EDGE)
            if rest and looks_like_kicker(rest) and _squash(rest + " " + title).endswith(want):
                kicker = rest
                del body[0]
    return title, kicker, body


def extract_page(
    data: bytes, name: str, *, url: str | None = None, http_charset: str | None = None
) -> WebPage:
    """One web page's article (a ReaderError naming `name` when there is none to be found).

    `url` is the address the page was fetched from (after redirects): relative links and the
    next page resolve against it; a saved file has none, and then the page's canonical URL is
    the base."""
    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as exc:  # an install that could not build lxml or lxml_html_clean
        raise ReaderError(
            name,
            f"cannot be read: web pages need trafilatura, which did not load ({exc});"
            " reinstall the reader (pip install --force-reinstall reader)",
        ) from None

    text, encoding = decode_page(data, name, http_charset)
    tree = load_html(text)
    if tree is None:
        raise ReaderError(name, "is not a web page that can be read (no HTML found in it)")
    # What trafilatura does not give, read first: its extraction prunes the tree.
    lang = declared_language(tree)
    base = _base_url(tree, url)
    canonical = canonical_url(tree, base)
    base = base or canonical
    next_url = next_page_in(tree, base)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # Only a date the page states (meta tags, <time>): the wider search guesses one from
        # any year in the page ("© 2026" in a footer became "2026-01-01").
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = document.body if isinstance(document, trafilatura.settings.Document) else None
    if document is None or body is None or not "".join(body.itertext()).strip():
        raise ReaderError(name, "has no article text that could be found (is it a web page?)")
    found: list[tuple[str, str, str]] = []
    _elements(body, found)
    cleaned = [(kind, _clean(t), rend) for kind, t, rend in found]
    cleaned = [item for item in cleaned if item[1]]
    assert isinstance(document, trafilatura.settings.Document)
    title, kicker, rest = _split_head(cleaned, _clean(document.title or "") or None)
    entries: list[tuple[str, str]] = []
    for kind, line, _rend in rest:
        if kind in ("paragraph", "heading"):
            if page_marker(line) is not None:
                entries.append(("marker", line))
                continue
            if is_navigation(line):
                continue
            kind = site_kind(line) or kind
        entries.append((kind, line))
    _refuse_a_page_without_prose(name, title, entries)
    authors = tuple(a.strip() for a in _clean(document.author or "").split(";") if a.strip())
    meta = ArticleMeta(
        url=url,
        canonical_url=canonical,
        site=_clean(document.sitename or "") or None,
        authors=authors,
        date=document.date or None,
        lang=lang,
    )
    return WebPage(
        name=name,
        entries=tuple(entries),
        title=title,
        kicker=kicker,
        meta=meta,
        next_url=next_url,
        urls=page_urls(url, canonical),
        encoding=encoding,
    )


_SENTENCE_END = (".", "!", "?", "…", ":", '"', "“", "”", "»", "«", "'", "’", ")")


def _refuse_a_page_without_prose(
    name: str, title: str | None, entries: list[tuple[str, str]]
) -> None:
    """A login form or a bare menu comes out of extraction as a few labels ("Home Password"):
    no sentence anywhere and under a dozen words is no article, and opening it as one would only
    puzzle (a short news item has at least one sentence)."""
    lines = [line for kind, line in entries if kind in ("paragraph", "heading", "item")]
    words = sum(len(line.split()) for line in [*lines, title or ""])
    if words < 12 and not any(line.rstrip().endswith(_SENTENCE_END) for line in lines):
        raise ReaderError(
            name,
            f"has no article text that could be found (only {words} word(s) and no sentence:"
            " a login form or a menu?)",
        )


# --- pages to one article ----------------------------------------------------------------------


def article_from_pages(pages: list[WebPage]) -> Article:
    """One article from its web pages, in order, each a new page (like several text files).

    The title, kicker and metadata are the first page's; later pages add their text only (their
    repeated headline was dropped with their head), so the text of pages 1..n stays a prefix of
    the text of pages 1..n+1 and annotations on earlier pages keep their offsets."""
    if not pages:
        raise ReaderError(None, "no web page given")
    first = pages[0]
    paragraphs: list[Paragraph] = []
    page, pages_known = 1, 0
    for index, web in enumerate(pages):
        entries: list[Paragraph | tuple[int, int]] = []
        for kind, line in web.entries:
            marker = page_marker(line) if kind == "marker" else None
            if marker is not None:
                entries.append(marker)
            elif kind != "marker":
                entries.append(Paragraph(line, 0, index, kind))
        if not any(isinstance(e, Paragraph) for e in entries):
            raise ReaderError(web.name, "has no article text that could be found")
        got, page, known = place_on_pages(entries, page)
        paragraphs.extend(got)
        pages_known = max(pages_known, known)
    kinds: list[tuple[str, Paragraph]] = []
    if first.title:
        kinds.append(("title", Paragraph(first.title, paragraphs[0].page, 0, "title")))
    text_before = False
    for para in paragraphs:
        kind = para.hint or "paragraph"
        if kind == "paragraph" and not text_before and first.title:
            kind = "lede"  # the first paragraph under the title is the teaser, as in text files
        if kind not in ("byline", "aside"):
            text_before = True
        kinds.append((kind, para))
    blocks = blocks_of(kinds)
    present = sorted({b.page for b in blocks})
    seen = frozenset().union(*(p.urls for p in pages))
    last = pages[-1].next_url
    return Article(
        blocks=blocks,
        kicker=first.kicker,
        sources=[p.name for p in pages],
        pages_known=max(pages_known, *present),
        pages_present=present,
        encodings=[p.encoding for p in pages],
        meta=first.meta,
        next_page_url=last if last is not None and last not in seen else None,
    )
