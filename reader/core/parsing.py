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
from reader.errors import ReaderError

NAVIGATION_PHRASES = (
    "Nächste Seite",
    "Vorherige Seite",
    "Weiter",
    "Zurück",
    "Weiterlesen",
    "Weiter lesen",
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
NAVIGATION = frozenset(s.casefold() for s in NAVIGATION_PHRASES)
_NAV = "(?:{})".format(
    "|".join(re.escape(s) for s in sorted(NAVIGATION_PHRASES, key=len, reverse=True))
)
# Decoration around pagination: "»", "|", "–", "…". Possessive: every phrase starts with a letter,
# so giving characters back can never help, and a long run of punctuation stays linear.
_EDGE = r"[\W_]*+"
_GAP = r"[\W_]++"
# "Seite 1 / 2", "Seite 1 von 2", "Page 1 of 2", "Page 1/2", "S. 1/2", alone on a line or with the
# site's navigation links beside it ("« Zurück | Seite 2 von 2").
_MARKER_CORE = r"(?:seite|page|s\.)\s*(\d{1,4})\s*(?:/|von|of|aus)\s*(\d{1,4})"
PAGE_MARKER = re.compile(
    rf"^{_EDGE}(?:{_NAV}{_GAP})*{_MARKER_CORE}(?:{_GAP}{_NAV})*{_EDGE}$", re.IGNORECASE
)
_NAV_LINE = re.compile(rf"^{_EDGE}{_NAV}(?:{_GAP}{_NAV})*{_EDGE}$", re.IGNORECASE)
_CLOSERS = "\"'“”„«»‘’‚‹›)]"
LONG_LINE = 100  # lines longer than this were not hard-wrapped by a tool
SITE_LINE_MAX = 120  # markers and navigation lines are short; longer lines are never tested
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
KICKER_MAX_CHARS = 60


@dataclass
class _Paragraph:
    text: str
    page: int
    source: int  # index of the file it came from


def is_navigation(line: str) -> bool:
    """A line that is only the site's navigation ("Nächste Seite", "« Zurück | Weiter »")."""
    return len(line) <= SITE_LINE_MAX and _NAV_LINE.match(line.strip()) is not None


def page_marker(line: str) -> tuple[int, int] | None:
    """(page, pages) when the line is a page marker such as "Seite 1 / 2", else None."""
    line = line.strip()
    if not line or len(line) > SITE_LINE_MAX:
        return None
    match = PAGE_MARKER.match(line)
    if not match:
        return None
    number, total = int(match.group(1)), int(match.group(2))
    if not 1 <= number <= total:  # "Seite 0 / 2", "Page 3 of 2": not pagination
        return None
    return number, total


def _join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines: a space between, none after a hyphen that follows a letter."""
    parts = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        if len(previous) >= 2 and previous[-1] == "-" and previous[-2].isalpha():
            parts.append(line)
        else:
            parts.append(" ")
            parts.append(line)
    return "".join(parts)


def _unwrapped(group: list[str]) -> bool:
    """A run of lines that no tool hard-wrapped: most of them are longer than a wrap width."""
    return len(group) > 1 and 2 * sum(len(line) > LONG_LINE for line in group) >= len(group)


def _file_paragraphs(
    loaded: LoadedText, source: int, first_page: int
) -> tuple[list[_Paragraph], int, int]:
    """Split one file into paragraphs with their source page; return them, the next page, pages known.

    Markers are page boundaries. Sites print them at the bottom of a page (the seed does), so a
    marker names the page before it; a file whose first marker comes before any text prints them at
    the top, so there every marker names the page after it.
    """
    # One pass to classify lines: text runs ("groups"), markers, and what separates the runs.
    items: list[tuple[int, int] | list[str]] = []  # a marker (page, pages) or a group of lines
    group: list[str] = []
    blank_breaks = False  # a blank line (not a marker or navigation) between two runs of text
    gap_is_blank = False  # since the last text line: only blank lines
    for raw in loaded.text.split("\n"):
        line = raw.strip()
        if line:
            marker = page_marker(line)
            if marker is None and not is_navigation(line):
                if not group and gap_is_blank:
                    blank_breaks = True
                group.append(line)
                gap_is_blank = False
                continue
            if group:
                items.append(group)
                group = []
            gap_is_blank = False  # markers and navigation are page breaks, not paragraph breaks
            if marker is not None:
                items.append(marker)
        else:
            if group:
                items.append(group)
                group = []
                gap_is_blank = True
    if group:
        items.append(group)
    if not any(isinstance(item, list) for item in items):
        raise ReaderError(
            loaded.path, "has no article text (only page markers and navigation lines)"
        )

    paragraphs: list[_Paragraph] = []
    pending: list[_Paragraph] = []  # paragraphs since the last marker
    page = first_page
    pages_known = 0
    header_style: bool | None = None  # decided by the file's first marker
    for item in items:
        if isinstance(item, list):
            # A file with no blank lines at all and long lines is one paragraph per line; so is a
            # run of mostly long lines anywhere. A run of short lines was hard-wrapped, even there.
            if _unwrapped(item) or (not blank_breaks and any(len(x) > LONG_LINE for x in item)):
                pending.extend(_Paragraph(line, page, source) for line in item)
            else:
                pending.append(_Paragraph(_join_wrapped(item), page, source))
            continue
        number, total = item
        pages_known = max(pages_known, total)
        if header_style is None:
            header_style = not paragraphs and not pending
        if not header_style:
            for p in pending:  # a marker at the bottom closes the page it names
                p.page = number
        paragraphs.extend(pending)
        pending.clear()
        page = number if header_style else number + 1
    paragraphs.extend(pending)
    next_page = max(p.page for p in paragraphs) + 1
    if header_style is False:
        next_page = max(next_page, page)
    return paragraphs, next_page, pages_known


def _squash(text: str) -> str:
    return " ".join(text.split())


def _ends_a_sentence(text: str, marks: str) -> bool:
    """Whether `text` ends in one of `marks`, looking through closing quotes and brackets."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in marks


def _looks_like_heading(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and text[-1] not in ".:;,!…" + _CLOSERS
        and not text[0].islower()
    )


def _looks_like_title(text: str) -> bool:
    return (
        len(text) <= TITLE_MAX_CHARS
        and len(text.split()) <= TITLE_MAX_WORDS
        and not _ends_a_sentence(text, ".,;:")
        and not text[0].islower()
        and any(ch.isalpha() for ch in text)
    )


def _looks_like_kicker(text: str) -> bool:
    return len(text) <= KICKER_MAX_CHARS and not _ends_a_sentence(text, ".,;!?…")


def _split_title(paragraphs: list[_Paragraph]) -> tuple[str | None, _Paragraph | None, int]:
    """(kicker, title, paragraphs used): find the title, and the kicker scrapes glue before it.

    Scrapes print the page's teaser line "Kicker Title" and then the title again; the kicker may
    also stand on a line of its own before the repeated title. Without a repetition, a short first
    line that does not end like a sentence is the title. Only a repeated title is ever dropped.
    """
    texts = [_squash(p.text) for p in paragraphs[:3]]
    if len(texts) >= 2 and _looks_like_title(texts[1]):
        first, second = texts[0], texts[1]
        if first == second:
            return None, paragraphs[1], 2
        if first.endswith(second):
            kicker = first[: -len(second)].strip(" :|–—-·•/")
            if len(kicker) <= KICKER_MAX_CHARS:
                return kicker or None, paragraphs[1], 2
    if (
        len(texts) >= 3
        and texts[1] == texts[2]
        and _looks_like_title(texts[1])
        and _looks_like_kicker(texts[0])
    ):
        return paragraphs[0].text, paragraphs[1], 3
    if len(texts) >= 2 and _looks_like_title(texts[0]):
        return None, paragraphs[0], 1
    return None, None, 0


def _drop_page_headers(body: list[_Paragraph], header: set[str]) -> list[_Paragraph]:
    """Drop the repeated title (and kicker line) a scrape of page 2, 3 ... starts with again."""
    kept: list[_Paragraph] = []
    source = body[0].source if body else 0
    at_start = False
    for para in body:
        if para.source != source:
            source, at_start = para.source, True
        if at_start and _squash(para.text) in header:
            continue
        at_start = False
        kept.append(para)
    return kept


def build_blocks(paragraphs: list[_Paragraph]) -> tuple[list[Block], str | None]:
    """Assign kinds (title, lede, heading, paragraph), kicker, and canonical offsets."""
    kicker, title, used = _split_title(paragraphs)
    kinds: list[tuple[str, _Paragraph]] = [("title", title)] if title is not None else []
    body = paragraphs[used:]
    if title is not None and used >= 2:
        body = _drop_page_headers(body, {_squash(p.text) for p in paragraphs[:used]})
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
    if not files:
        raise ReaderError(None, "no article file given")
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
        pages_known=max(pages_known, *present),
        pages_present=present,
        lang=lang,
        lang_probability=lang_probability,
        encodings=[f.encoding for f in files],
    )


def parse_files(paths: Iterable[str], lang: str = "und", lang_probability: float = 0.0) -> Article:
    """Load and parse one article from its file(s); ReaderError names the first bad file."""
    return parse_texts([load_text(p) for p in paths], lang, lang_probability)
