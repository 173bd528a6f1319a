"""The article's own next page, as the page names it (`rel="next"`, or the site's pagination).

Only links that say "the next page of this article" count: a `rel="next"` link, a link whose text
is "Nächste Seite" / "Next page", or inside a pagination block (an element whose class, id or
aria-label says pagination / pager / paging) a link "Weiter", "Next", or the number of the page
after the current one ("2", "Seite 2"). A "Weiter" elsewhere on a page is often "read the next
story", so it does not count. The address is resolved against the page's own and never names a
page already read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Link texts that name the next page anywhere on the page, and those that do so only inside a
# pagination block (compared case-folded, without arrows and other decoration).
NEXT_ANYWHERE = frozenset({"nächste seite", "zur nächsten seite", "next page"})
NEXT_IN_PAGINATION = NEXT_ANYWHERE | {"weiter", "next", "nächste", "vor", "seite weiter"}
_PAGINATION = re.compile(r"pagination|pager|paging", re.IGNORECASE)
_CURRENT = re.compile(r"\b(?:current|active|selected|is-current|is-active)\b", re.IGNORECASE)
_DECORATION = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"^(?:(?:seite|page|s\.)\s*)?(\d{1,4})$", re.IGNORECASE)


def resolve(href: str | None, base: str | None) -> str | None:
    """`href` as an absolute http(s) address without its fragment, or None (a relative link on
    a page whose address is unknown, javascript:, mailto:, an empty or fragment-only link)."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    absolute = urljoin(base, href) if base else href
    parts = urlsplit(absolute)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urldefrag(absolute)[0]


def page_urls(*urls: str | None) -> frozenset[str]:
    """The addresses a page is known by, without fragments: never offered as its next page."""
    return frozenset(urldefrag(u)[0] for u in urls if u)


def _words(text: str) -> str:
    return " ".join(_DECORATION.sub(" ", text).split()).casefold()


def _says_pagination(el: HtmlElement) -> bool:
    for attr in ("class", "id", "aria-label", "role"):
        if _PAGINATION.search(el.get(attr) or ""):
            return True
    return False


def _current_page(block: HtmlElement) -> int:
    """The number the pagination block marks as the page shown (1 when it marks none)."""
    for el in block.iter():
        if not isinstance(el.tag, str):
            continue
        marked = el.get("aria-current") or _CURRENT.search(el.get("class") or "")
        plain = el.tag != "a" and el.getparent() is not None and el.getparent().tag != "a"
        text = _words(el.text_content())
        match = _NUMBER.match(text)
        if match and (marked or (plain and el.tag in ("span", "strong", "b", "em", "li"))):
            if el.tag == "li" and el.find(".//a") is not None and not marked:
                continue
            return int(match.group(1))
    return 1


def next_page_in(tree: HtmlElement, base: str | None) -> str | None:
    """The next page of the article in a parsed page, or None. `base` is the page's address."""
    own = page_urls(base)

    def usable(href: str | None) -> str | None:
        found = resolve(href, base)
        return found if found is not None and found not in own else None

    root = tree.getroottree().getroot()
    for el in root.iter("link", "a"):
        if "next" in (el.get("rel") or "").lower().split() and (found := usable(el.get("href"))):
            return found
    for a in root.iter("a"):
        if _words(a.text_content()) in NEXT_ANYWHERE and (found := usable(a.get("href"))):
            return found
    for block in root.iter():
        if not isinstance(block.tag, str) or not _says_pagination(block):
            continue
        links = list(block.iter("a"))
        for a in links:
            text = _words(a.text_content()) or _words(a.get("aria-label") or a.get("title") or "")
            if text in NEXT_IN_PAGINATION and (found := usable(a.get("href"))):
                return found
        wanted = _current_page(block) + 1
        for a in links:
            match = _NUMBER.match(_words(a.text_content()))
            if match and int(match.group(1)) == wanted and (found := usable(a.get("href"))):
                return found
    return None


def find_next_page(html: bytes | str, base_url: str | None) -> str | None:
    """The address of the article's next page as the page names it, resolved against
    `base_url`; None when it names none (or only itself)."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    return None if tree is None else next_page_in(tree, base_url)
