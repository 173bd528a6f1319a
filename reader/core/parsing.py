"""Scraped news text to article structure: kicker, title, lede, headings, paragraphs, source pages.

Scrapes carry the website around the article: the kicker glued before a repeated title or alone on
the first line, the site's pagination ("Seite 1 / 2", "Nächste Seite"), bylines, dates and asides
("Lesen Sie auch: …", "Foto: dpa"), lines hard-wrapped at 70-80 columns. This module drops the
pagination, keeps bylines and asides as blocks of their own kind, and keeps the article. Everything
here is linear in the text size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.article import BLOCK_SEPARATOR, NON_ARTICLE_KINDS, Article, Block
from reader.core.hyphens import Spelling, line_end_join
from reader.core.loading import LoadedText, load_text
from reader.core.sitelines import ASIDE_MAX_CHARS, is_aside_lead, may_be_site_line, site_kind
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
KICKER_MAX_WORDS = 6
# A line break is deliberate (not a tool's wrap) when the next word would have fit on the line;
# the wrap width is the file's longest line. A kicker, recognised by little more than its
# shortness, needs the word to fit with a quarter of the width to spare.
KICKER_BREAK_SHARE = 0.75
# One quotation as a whole subheading: „Wir sind bereit“, "A historic day", »Nie wieder«
_QUOTE_CLOSERS = {"„": "“", "“": "”", '"': '"', "»": "«", "«": "»", "‚": "‘", "‘": "’", "›": "‹"}
# A list item set on its own line: "- CDU (17 Sitze): dafür", "• Lkw aus Richtung Ostrup …",
# "2. Weak retail sales" (numbered items count when they go 1, 2, 3 …)
_BULLET = re.compile(r"([-•*·▪◦–—]|(?P<number>\d{1,2})[.)])\s+\S")
_DASHES = "–—"  # also a sentence's dash, so a line it opens is an item only after a full stop


@dataclass
class Paragraph:
    text: str
    page: int
    source: int  # index of the file it came from
    hint: str | None = None  # "kicker", "byline", "aside" or "item" when the lines said so


def is_navigation(line: str) -> bool:
    """A line that is only the site's navigation ("Nächste Seite", "« Zurück | Weiter »").

    "Read more:" with a colon announces headlines (an aside), so it is not navigation.
    """
    line = line.strip()
    return (
        len(line) <= SITE_LINE_MAX and not line.endswith(":") and _NAV_LINE.match(line) is not None
    )


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


def _join_wrapped(lines: list[str], spelling: Spelling | None = None) -> str:
    """Join hard-wrapped lines with a space; a hyphen after a letter at a line end is decided by
    `reader.core.hyphens.line_end_join` ("prom-⏎ised" -> "promised", "KI-⏎Machtkampf" kept)."""
    parts = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        if len(previous) >= 2 and previous[-1] == "-" and previous[-2].isalpha():
            parts[-1] = previous[:-1]
            parts.append(line_end_join(previous, line, spelling))
        else:
            parts.append(" ")
        parts.append(line)
    return "".join(parts)


def _deliberate_break(line: str, following: str, width: float) -> bool:
    """Whether the break after `line` was written, not made by a wrapping tool."""
    if len(line) >= 2 and line[-1] == "-" and line[-2].isalpha():
        return False  # a word goes on: "KI-⏎Machtkampf", "prom-⏎ised"
    room = width - len(line) - 1
    if room <= 0:
        return False
    space = following.find(" ")
    return (len(following) if space < 0 else space) <= room


def _kicker_line(line: str) -> bool:
    return (
        len(line) <= KICKER_MAX_CHARS
        and len(line.split()) <= KICKER_MAX_WORDS
        and any(ch.isalpha() for ch in line)
        and not line.endswith("-")
        and not _ends_a_sentence(line, ".,;:!?…")
        and site_kind(line) is None
    )


def _mark(line: str) -> str:
    """The bullet a line opens with ("-", "•", …; "1." for any number), or ""."""
    m = _BULLET.match(line)
    if m is None:
        return ""
    return "1." if m.group("number") else m.group(1)


def _number(line: str) -> int | None:
    m = _BULLET.match(line)
    return int(m.group("number")) if m is not None and m.group("number") else None


def _counting(lines: list[str]) -> set[int]:
    """The numbered lines whose number follows the one before or leads to the one after, among
    the numbered lines of `lines` ("1.", "2." …; not "am⏎3. Oktober … ⏎12. Mal"). One pass."""
    numbered = [(k, n) for k, line in enumerate(lines) if (n := _number(line)) is not None]
    counting: set[int] = set()
    for at in range(1, len(numbered)):
        (k0, n0), (k1, n1) = numbered[at - 1], numbered[at]
        if n1 == n0 + 1:
            counting |= {k0, k1}
    return counting


def _list_items(group: list[str]) -> set[int]:
    """The lines of a run that open a list item: a bullet mark that opens two lines or more of
    the run (one dash at a line start is a wrapped sentence's: "er sagte⏎– und ging"), numbers
    that count on. A dash opens an item only where the line before ended a sentence or was an
    item itself. Linear: a pasted list of thousands of lines is one run."""
    marks = [_mark(line) for line in group]
    times = Counter(marks)
    counting = _counting(group) if times["1."] >= 2 else set()
    items: set[int] = set()
    for i, mark in enumerate(marks):
        if not mark or times[mark] < 2:
            continue
        if mark == "1." and i not in counting:
            continue  # "am⏎3. Oktober": a date wrapped to a line start, no numbered list
        if (
            mark in _DASHES
            and i > 0
            and marks[i - 1] != mark
            and not _ends_a_sentence(group[i - 1], ".:!?…")
        ):
            continue
        items.add(i)
    return items


def _items_apart(entries: list[Paragraph | tuple[int, int]]) -> None:
    """A list whose items stand apart, a blank line between each ("- a 4.5% rise⏎⏎- new
    funding⏎⏎- cuts …"): each is a paragraph of its own, so no run holds two of them; one that
    opens with the bullet of the paragraph before or after it (numbers: the next one) is an item,
    not a heading."""
    paras = [e for e in entries if isinstance(e, Paragraph)]
    texts = [p.text for p in paras]
    marks = [_mark(t) for t in texts]
    for i, para in enumerate(paras):
        mark = marks[i]
        if not mark or para.hint is not None:
            continue
        near = [k for k in (i - 1, i + 1) if 0 <= k < len(paras) and marks[k] == mark]
        if mark == "1.":
            near = [k for k in near if _counting([texts[min(i, k)], texts[max(i, k)]])]
        if near:
            para.hint = "item"


def _group_paragraphs(
    group: list[str], width: int, spelling: Spelling | None, first_of_article: bool
) -> list[tuple[str, str | None]]:
    """One run of lines as paragraphs with hints: usually one paragraph, but a byline, date or
    aside set on lines of their own is split off, and so is the kicker on the article's first line.

    The run is cut into units at deliberate breaks (`_deliberate_break`); a unit is classified
    whole, and units that are plain text are joined back into one paragraph as before.
    """
    if (
        first_of_article
        and len(group) >= 2
        and len(group[1]) < len(group[0])
        and _squash(group[0]).endswith(_squash(group[1]))
        and _looks_like_title(_squash(group[1]))
    ):
        # "Tech & Trends Musk kauft neue Firma⏎Musk kauft neue Firma": the teaser line and the
        # title it repeats, each a paragraph (`_split_title` then finds the kicker)
        rest = _group_paragraphs(group[1:], width, spelling, False)
        return [(group[0], None), *rest]
    items = _list_items(group)
    units: list[list[str]] = [[group[0]]]
    sizes = [len(group[0])]  # characters in each unit, to skip the long ones fast
    listed = [0 in items]  # whether each unit is a list item
    for i, (previous, line) in enumerate(zip(group, group[1:], strict=False), start=1):
        # a wrapped item goes on on the next line until the item ends a sentence: its own
        # short last lines are no deliberate break ("* new funding …, which councillors
        # said⏎had been delayed for more than three years")
        goes_on = listed[-1] and not _ends_a_sentence(previous, ".!?…")
        if i in items or (not goes_on and _deliberate_break(previous, line, width)):
            units.append([line])
            sizes.append(len(line))
            listed.append(i in items)
        else:
            units[-1].append(line)
            sizes[-1] += len(line) + 1
    out: list[tuple[str, str | None]] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            out.append((_join_wrapped(plain, spelling), None))
            plain.clear()

    k = 0
    if (
        first_of_article
        and len(units) >= 2
        and len(units[0]) == 1
        and _kicker_line(units[0][0])
        and _deliberate_break(units[0][0], units[1][0], width * KICKER_BREAK_SHARE)
    ):
        title = _join_wrapped(units[1], spelling)
        if _looks_like_title(title) and site_kind(title) is None:
            # the title stays a paragraph of its own, even if a plain unit follows in the run
            out += [(units[0][0], "kicker"), (title, None)]
            k = 2
    while k < len(units):
        unit = units[k]
        k += 1
        if listed[k - 1]:
            flush()
            out.append((_join_wrapped(unit, spelling), "item"))
            continue
        if sizes[k - 1] > ASIDE_MAX_CHARS or not may_be_site_line(unit[0]):  # article text
            plain.extend(unit)
            continue
        text = _join_wrapped(unit, spelling)
        kind = site_kind(text)
        if kind == "byline" and len(unit) > 1:
            kind = None  # a byline is one line; two lines are a sentence that starts like one
        if kind is None:
            plain.extend(unit)
            continue
        flush()
        if kind == "aside" and is_aside_lead(text) and k < len(units):
            # "Read more:" alone, then the headline(s) it announces, to the end of the run
            whole = _join_wrapped(unit + [line for u in units[k:] for line in u], spelling)
            if len(whole) <= ASIDE_MAX_CHARS:
                text, k = whole, len(units)
        out.append((text, kind))
    flush()
    return out


def _unwrapped(group: list[str]) -> bool:
    """A run of lines that no tool hard-wrapped: most of them are longer than a wrap width."""
    return len(group) > 1 and 2 * sum(len(line) > LONG_LINE for line in group) >= len(group)


def _file_paragraphs(
    loaded: LoadedText, source: int, first_page: int, spelling: Spelling | None = None
) -> tuple[list[Paragraph], int, int]:
    """Split one file into paragraphs with their source page; return them, the next page, pages
    known (pages: `place_on_pages`)."""
    # One pass to classify lines: text runs ("groups"), markers, and what separates the runs.
    items: list[tuple[int, int] | list[str]] = []  # a marker (page, pages) or a group of lines
    group: list[str] = []
    blank_breaks = False  # a blank line (not a marker or navigation) between two runs of text
    gap_is_blank = False  # since the last text line: only blank lines
    width = 0  # the longest wrapped text line: the wrap width, if a tool wrapped the file
    for raw in loaded.text.split("\n"):
        line = raw.strip()
        if line:
            marker = page_marker(line)
            if marker is None and not is_navigation(line):
                if not group and gap_is_blank:
                    blank_breaks = True
                group.append(line)
                if len(line) <= LONG_LINE:  # a long line was not wrapped: no measure of it
                    width = max(width, len(line))
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

    entries: list[Paragraph | tuple[int, int]] = []
    for item in items:
        if not isinstance(item, list):
            entries.append(item)
            continue
        # A file with no blank lines at all and long lines is one paragraph per line; so is a
        # run of mostly long lines anywhere. A run of short lines was hard-wrapped, even there.
        first = source == 0 and not any(isinstance(e, Paragraph) for e in entries)
        if _unwrapped(item) or (not blank_breaks and any(len(x) > LONG_LINE for x in item)):
            listed = _list_items(item)
            entries.extend(
                Paragraph(line, 0, source, "item" if n in listed else site_kind(line))
                for n, line in enumerate(item)
            )
        else:
            entries.extend(
                Paragraph(text, 0, source, hint)
                for text, hint in _group_paragraphs(item, width, spelling, first)
            )
    _items_apart(entries)
    return place_on_pages(entries, first_page)


def place_on_pages(
    entries: list[Paragraph | tuple[int, int]], first_page: int
) -> tuple[list[Paragraph], int, int]:
    """Give each paragraph of one source its page; return them, the next page, pages known.

    `entries` are the source's paragraphs in order with its page markers, (page, pages), between
    them. Markers are page boundaries. Sites print them at the bottom of a page (the seed does), so
    a marker names the page before it; a source whose first marker comes before any text prints
    them at the top, so there every marker names the page after it. Text files and web pages
    (reader.core.html) share this rule.
    """
    paragraphs: list[Paragraph] = []
    pending: list[Paragraph] = []  # paragraphs since the last marker
    page = first_page
    pages_known = 0
    header_style: bool | None = None  # decided by the source's first marker
    for entry in entries:
        if isinstance(entry, Paragraph):
            entry.page = page
            pending.append(entry)
            continue
        number, total = entry
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
    if len(text) > HEADING_MAX_CHARS or len(text.split()) > HEADING_MAX_WORDS:
        return False
    close = _QUOTE_CLOSERS.get(text[0])
    if close is not None and len(text) > 2 and text[-1] == close:  # one quotation as a heading
        text = text[1:-1].strip()
        if not text or text[0] in _QUOTE_CLOSERS or any(ch in _CLOSERS for ch in text):
            return False  # „A“ und „B“: two quotations, or an odd one
    return text[-1] not in ".:;,!…" + _CLOSERS and not text[0].islower()


def _looks_like_title(text: str) -> bool:
    return (
        len(text) <= TITLE_MAX_CHARS
        and len(text.split()) <= TITLE_MAX_WORDS
        and not _ends_a_sentence(text, ".,;:")
        and not text[0].islower()
        and any(ch.isalpha() for ch in text)
    )


# a site's breadcrumb or section path over the headline: "Startseite › Lokales › Brennfeld",
# "NEWS | Ensley | Council", "Home / Tournaments / Fair play", "Wirtschaft · Mittelstand"
_CRUMB_SEPARATOR = re.compile(r"\s+(?:›|>|»|/|\||·|•)\s+")
BREADCRUMB_MAX_CHARS = 100
BREADCRUMB_PART_MAX_WORDS = 6


def looks_like_breadcrumb(text: str) -> bool:
    """Short parts (a section, a place, a date) joined by a path separator, none a sentence."""
    if len(text) > BREADCRUMB_MAX_CHARS:
        return False
    parts = _CRUMB_SEPARATOR.split(text.strip())
    return len(parts) >= 2 and all(
        0 < len(part.split()) <= BREADCRUMB_PART_MAX_WORDS and not _ends_a_sentence(part, ".,;:!?…")
        for part in parts
    )


# the sections a news site files its articles under, which a scrape prints over the headline,
# alone ("Politics") or with a region or place after a dash („Lokales – Kreis Marschhagen“)
_SECTIONS = frozenset(
    "lokales lokal region regional regionales politik wirtschaft sport kultur panorama nachrichten"
    " aktuelles aktuell meinung wissen gesellschaft leben vermischtes startseite news local"
    " politics business sports culture world uk opinion science technology tech health education"
    " money lifestyle entertainment home".split()
)
_SECTION_SEPARATOR = re.compile(r"\s+[–—-]\s+|:\s+")


def looks_like_section(text: str) -> bool:
    """A site's section label: "Politics", „Lokales – Kreis Marschhagen“, "News: Ensley"."""
    parts = _SECTION_SEPARATOR.split(text.strip(), maxsplit=1)
    return (
        parts[0].casefold() in _SECTIONS
        and len(text.split()) <= BREADCRUMB_PART_MAX_WORDS
        and not _ends_a_sentence(text, ".,;:!?…")
    )


def shouted(text: str, min_letters: int = 6) -> bool:
    """Set in capitals: four letters in five or more are upper case ("SOAP STAR'S SECRET
    SPLIT"); fewer than `min_letters` letters say nothing."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= max(1, min_letters)
        and sum(c.isupper() for c in letters) * 5 >= len(letters) * 4
    )


def looks_like_kicker(text: str) -> bool:
    return len(text) <= KICKER_MAX_CHARS and not _ends_a_sentence(text, ".,;!?…")


def _split_title(paragraphs: list[Paragraph]) -> tuple[str | None, Paragraph | None, int]:
    """(kicker, title, paragraphs used): find the title, and the kicker scrapes glue before it.

    Scrapes print the page's teaser line "Kicker Title" and then the title again; the kicker may
    also stand on a line of its own before the repeated title, or on the first line of the title's
    run of lines (then `_group_paragraphs` hinted it). Without a repetition, a short first line that
    does not end like a sentence is the title. Only a repeated title is ever dropped.
    """
    if paragraphs and paragraphs[0].hint == "kicker" and len(paragraphs) >= 2:
        repeated = len(paragraphs) >= 3 and _squash(paragraphs[2].text) == _squash(
            paragraphs[1].text
        )
        return paragraphs[0].text, paragraphs[1], 3 if repeated else 2
    if paragraphs and paragraphs[0].hint in NON_ARTICLE_KINDS:
        return None, None, 0  # a byline or an aside first: no title to find
    texts = [_squash(p.text) for p in paragraphs[:3]]
    if (
        len(texts) >= 2
        and paragraphs[0].hint is None
        and (looks_like_breadcrumb(texts[0]) or looks_like_section(texts[0]))
    ):
        # the site's path over the headline; a section label may stand between them
        label, title, used = _split_title(paragraphs[1:])
        if title is not None and "\n" not in title.text.strip():
            return label or paragraphs[0].text, title, used + 1
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
        and looks_like_kicker(texts[0])
    ):
        return paragraphs[0].text, paragraphs[1], 3
    if (
        len(texts) >= 2
        and (len(texts[0].split()) <= 2 or (shouted(texts[0]) and not shouted(texts[1])))
        and looks_like_kicker(texts[0])
        and _looks_like_title(texts[1])
        and len(texts[1].split()) >= 4
        and paragraphs[1].hint is None
        and "\n" not in paragraphs[1].text.strip()  # a headline is a line of its own
        and site_kind(texts[1]) is None  # "By Jane Smith, …" under it is a byline, no headline
    ):
        # a section label over the headline ("Culture"), or a shouted overline („HERBSTKIRMES IN
        # BRAKELSIEK“ over „Gondel reißt ab! …“, a tabloid's Dachzeile)
        return paragraphs[0].text, paragraphs[1], 2
    if len(texts) >= 2 and _looks_like_title(texts[0]):
        return None, paragraphs[0], 1
    return None, None, 0


def _drop_page_headers(body: list[Paragraph], header: set[str]) -> list[Paragraph]:
    """Drop the repeated title (and kicker line) a scrape of page 2, 3 ... starts with again."""
    kept: list[Paragraph] = []
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


def build_blocks(paragraphs: list[Paragraph]) -> tuple[list[Block], str | None]:
    """Assign kinds (title, lede, heading, paragraph, byline, aside), kicker, canonical offsets."""
    # the title is looked for past the page's furniture a copy from the browser keeps over it
    # ("Skip to main content", "Menu", "Advertisement"): those stay, as asides, where they are
    others = [p for p in paragraphs if p.hint != "aside"]
    kicker, title, used = _split_title(others)
    # (by identity: a repeated title is a Paragraph equal to the title)
    head = next(i for i, p in enumerate(paragraphs) if p is others[used - 1]) + 1 if used else 0
    taken = {id(p) for p in others[:used]}
    kinds: list[tuple[str, Paragraph]] = [
        ("title" if p is title else "aside", p)
        for p in paragraphs[:head]
        if p is title or id(p) not in taken
    ]
    body = paragraphs[head:]
    if title is not None and used >= 2:
        header = {_squash(p.text) for p in others[:used]}
        if kicker:
            header.add(_squash(f"{kicker} {title.text}"))  # a later page's "Kicker⏎Title" run
        body = _drop_page_headers(body, header)
    text_before = False  # an article paragraph or heading since the title
    for i, para in enumerate(body):
        followed = i + 1 < len(body) and body[i + 1].page == para.page
        if para.hint in NON_ARTICLE_KINDS:
            kinds.append((para.hint, para))
            continue
        if para.hint == "item":
            kinds.append(("item", para))
            text_before = True
            continue
        if followed and _looks_like_heading(para.text):
            kinds.append(("heading", para))
        elif not text_before and title is not None:
            kinds.append(("lede", para))  # the first paragraph under a title is the teaser
        else:
            kinds.append(("paragraph", para))
        text_before = True

    return blocks_of(kinds), kicker


def blocks_of(kinds: list[tuple[str, Paragraph]]) -> list[Block]:
    """Blocks with their canonical offsets: the texts in order, joined by BLOCK_SEPARATOR."""
    blocks: list[Block] = []
    offset = 0
    for kind, para in kinds:
        blocks.append(Block(kind, para.page, offset, offset + len(para.text), para.text))
        offset += len(para.text) + len(BLOCK_SEPARATOR)
    return blocks


def first_marked_page(text: str) -> int | None:
    """The page a file's text begins on, by its first marker: a marker at the bottom ("Seite 2 /
    3" after the text) closes the page it names, one at the top names the page that follows; in
    both cases the file begins on the page the first marker names. None without a marker."""
    for raw in text.split("\n"):
        line = raw.strip()
        if line and len(line) <= SITE_LINE_MAX and (marker := page_marker(line)) is not None:
            return marker[0]
    return None


def in_page_order(files: list[LoadedText]) -> list[LoadedText]:
    """`files` sorted by the page each begins on, when every file says it (stable otherwise):
    page 2 given first no longer shows page 2 first and loses the title."""
    if len(files) < 2:
        return files
    pages = [first_marked_page(f.text) for f in files]
    if any(p is None for p in pages):
        return files
    order = sorted(range(len(files)), key=lambda i: pages[i])  # type: ignore[arg-type, return-value]
    return [files[i] for i in order]


def parse_texts(
    loaded: Iterable[LoadedText], lang: str = "und", lang_probability: float = 0.0
) -> Article:
    """Build the article from already-loaded files (one article, each file a new page). Files
    given out of order are put in their own order when every one names its page in a marker."""
    files = in_page_order(list(loaded))
    if not files:
        raise ReaderError(None, "no article file given")
    paragraphs: list[Paragraph] = []
    page, pages_known = 1, 0
    spelling = Spelling(f.text for f in files)  # read lazily, only if a line ends in a hyphen
    for index, item in enumerate(files):
        got, page, known = _file_paragraphs(item, index, page, spelling)
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
