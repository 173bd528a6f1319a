"""Scraped news text to article structure: kicker, title, lede, headings, paragraphs, source pages.

Scrapes carry the website around the article: the kicker glued before a repeated title, the site's
pagination ("Seite 1 / 2", "Nächste Seite"), lines hard-wrapped at 70-80 columns. This module keeps
the article and drops the site. Everything here is linear in the text size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.article import BLOCK_SEPARATOR, Article, Block
from reader.core.loading import LoadedText, load_text

# "Seite 1 / 2", "Seite 1 von 2", "Page 1 of 2", "Page 1/2", "S. 1/2"
PAGE_MARKER = re.compile(
    r"^\W*(?:seite|page|s\.)\s*(\d{1,4})\s*(?:/|von|of|aus)\s*(\d{1,4})\W*$", re.IGNORECASE
)
NAVIGATION = frozenset(
    s.casefold()
    for s in (
        "Nächste Seite",
        "Vorherige Seite",
        "Weiter",
        "Zurück",
        "Weiterlesen",
        "Mehr lesen",
        "Zur nächsten Seite",
        "Zur vorherigen Seite",
        "Seite weiter",
        "Seite zurück",
        "Next page",
        "Previous page",
        "Next",
        "Previous",
        "Read more",
        "Continue reading",
    )
)
_TRIM_NAV = re.compile(r"^[\W_]+|[\W_]+$")
_HYPHEN_BREAK = re.compile(r"\w-$")
LONG_LINE = 100  # lines longer than this were not hard-wrapped by a tool
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
TITLE_MAX_CHARS = 200


@dataclass
class _Paragraph:
    text: str
    page: int
    source: int  # index of the file it came from


def is_navigation(line: str) -> bool:
    return _TRIM_NAV.sub("", line).casefold() in NAVIGATION


def _join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines: a space between, none after a hyphen that follows a letter."""
    out = lines[0]
    for line in lines[1:]:
        if _HYPHEN_BREAK.search(out) and out[-2].isalpha():
            out += line
        else:
            out += " " + line
    return out


def _file_paragraphs(
    loaded: LoadedText, source: int, first_page: int
) -> tuple[list[_Paragraph], int, int]:
    """Split one file into paragraphs with their source page; return them, the next page, pages known."""
    raw_lines = [line.strip() for line in loaded.text.split("\n")]
    filled = [i for i, line in enumerate(raw_lines) if line]
    inner = raw_lines[filled[0] : filled[-1] + 1] if filled else []
    # No blank line anywhere and long lines: each line is a paragraph (nothing was hard-wrapped).
    one_per_line = "" not in inner and any(len(line) > LONG_LINE for line in inner)

    paragraphs: list[_Paragraph] = []
    pending: list[_Paragraph] = []  # paragraphs of the page being read, until a marker names it
    group: list[str] = []
    page = first_page
    pages_known = 0
    seen_content = False

    def flush_group() -> None:
        if group:
            pending.append(_Paragraph(_join_wrapped(group), page, source))
            group.clear()

    for line in raw_lines:
        marker = PAGE_MARKER.match(line) if line else None
        if marker:
            flush_group()
            number, total = int(marker.group(1)), int(marker.group(2))
            pages_known = max(pages_known, total, number)
            if not seen_content:
                page = number  # a marker at the very top names the page that follows it
            else:
                for p in pending:  # a marker closes the page it names
                    p.page = number
                paragraphs.extend(pending)
                pending.clear()
                page = number + 1
            continue
        if not line or is_navigation(line):
            flush_group()
            continue
        seen_content = True
        group.append(line)
        if one_per_line:
            flush_group()
    flush_group()
    if pending:
        paragraphs.extend(pending)
        page = max(page, pending[-1].page) + 1
    return paragraphs, page, pages_known


def _looks_like_heading(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and text[-1] not in ".:;,!…\"'“”„«»‘’)"
        and not text[0].islower()
    )


def _looks_like_title(text: str) -> bool:
    return len(text) <= TITLE_MAX_CHARS and text[-1] not in ".,;:" and not text[0].islower()


def _split_kicker(first: str, second: str | None) -> tuple[str | None, str, bool]:
    """(kicker, title, title_repeated): a scrape often prints 'Kicker Title' and then 'Title' again."""
    if second and first != second and first.endswith(second):
        kicker = first[: -len(second)].strip(" :|–—-·•")
        if kicker:
            return kicker, second, True
    if second and first == second:
        return None, first, True
    return None, first, False


def build_blocks(paragraphs: list[_Paragraph]) -> tuple[list[Block], str | None]:
    """Assign kinds (title, lede, heading, paragraph), kicker, and canonical offsets."""
    kicker: str | None = None
    kinds: list[tuple[str, _Paragraph]] = []
    body = paragraphs
    if paragraphs:
        first = paragraphs[0]
        second = paragraphs[1].text if len(paragraphs) > 1 else None
        kicker, title, repeated = _split_kicker(first.text, second)
        if repeated:
            kinds.append(("title", _Paragraph(title, paragraphs[1].page, first.source)))
            body = paragraphs[2:]
        elif second is not None and _looks_like_title(first.text):
            kinds.append(("title", first))
            body = paragraphs[1:]
    for i, para in enumerate(body):
        followed = i + 1 < len(body) and body[i + 1].page == para.page
        if followed and _looks_like_heading(para.text):
            kinds.append(("heading", para))
        elif i == 0 and kinds:
            kinds.append(("lede", para))  # the first paragraph under a title is the teaser
        else:
            kinds.append(("paragraph", para))

    blocks: list[Block] = []
    offset = 0
    for kind, para in kinds:
        blocks.append(Block(kind, para.page, offset, offset + len(para.text), para.text))
        offset += len(para.text) + len(BLOCK_SEPARATOR)
    return blocks, kicker


def parse_texts(
    loaded: Iterable[LoadedText], lang: str = "und", lang_probability: float = 0.0
) -> Article:
    """Build the article from already-loaded files (one article, in order, each file a new page)."""
    files = list(loaded)
    paragraphs: list[_Paragraph] = []
    page, pages_known = 1, 0
    for index, item in enumerate(files):
        got, page, known = _file_paragraphs(item, index, page)
        paragraphs.extend(got)
        pages_known = max(pages_known, known)
    blocks, kicker = build_blocks(paragraphs)
    present = sorted({b.page for b in blocks})
    return Article(
        blocks=blocks,
        kicker=kicker,
        sources=[f.path for f in files],
        pages_known=max([pages_known, *present]) if present else max(pages_known, 1),
        pages_present=present,
        lang=lang,
        lang_probability=lang_probability,
        encodings=[f.encoding for f in files],
    )


def parse_files(paths: Iterable[str], lang: str = "und", lang_probability: float = 0.0) -> Article:
    """Load and parse one article from its file(s); ReaderError names the first bad file."""
    return parse_texts([load_text(p) for p in paths], lang, lang_probability)
