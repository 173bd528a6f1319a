"""Panes: the article cut into screenfuls, as a pure function of (article, width, height).

Every line of a pane is a `[start, end)` range of the canonical text, wrapped here (not by the
widget), so what the screen shows and what the offsets say can never disagree. Panes never mix
source pages, break only between wrapped lines, never leave a heading alone at their bottom, and are
computed lazily (a 5 MB article shows its first pane before the rest is wrapped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len

from reader.core.article import Article
from reader.core.display import visible

_TOKEN = re.compile(r"\S+")
_HEADLINE_KINDS = ("title", "heading")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the line's first character in article.text
    end: int  # offset after its last non-space character
    block: int  # index into article.blocks; -1 for a blank separator line
    kind: str  # the block's kind, or "blank"


@dataclass(frozen=True, slots=True)
class Pane:
    index: int  # position among all panes of the article
    page: int  # the source page it belongs to
    index_in_page: int  # 0-based position among the page's panes
    lines: tuple[Line, ...]
    notice: str | None = None  # e.g. "Seite 2 / 2 is not in this file" on a page's last pane

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return max(line.end for line in self.lines)

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end or offset == self.end == self.lines[-1].end


def wrap_block(text: str, base: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one block into `width` cells: `[start, end)` ranges offset by `base`.

    Words wider than the line are split by characters. Spaces at a break belong to no line.
    """
    shown = visible(text)
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    used = 0
    for match in _TOKEN.finditer(shown):
        start, end = match.span()
        word = match.group()
        w = len(word) if word.isascii() else cell_len(word)
        if line_start >= 0:
            gap = start - line_end  # spaces between words are one cell each
            if used + gap + w <= width:
                line_end, used = end, used + gap + w
                continue
            lines.append((line_start, line_end))
        if w <= width:
            line_start, line_end, used = start, end, w
            continue
        pos = start  # a word wider than the line: cut it into line-sized pieces
        while pos < end:
            piece_end, cells = pos, 0
            while piece_end < end:
                c = cell_len(shown[piece_end])
                if cells + c > width and piece_end > pos:
                    break
                cells += c
                piece_end += 1
            if piece_end < end:
                lines.append((pos, piece_end))
            else:
                line_start, line_end, used = pos, piece_end, cells
            pos = piece_end
    if line_start >= 0:
        lines.append((line_start, line_end))
    return [(base + s, base + e) for s, e in lines]


@dataclass
class Pagination:
    """The panes of one article at one size, built on demand and kept."""

    article: Article
    width: int
    height: int
    panes: list[Pane] = field(default_factory=list)
    _next_block: int = 0  # first block not yet laid out
    _page_counts: dict[int, int] = field(default_factory=dict)  # pages fully laid out

    def __post_init__(self) -> None:
        self.width = max(1, self.width)
        self.height = max(1, self.height)

    @property
    def complete(self) -> bool:
        return self._next_block >= len(self.article.blocks)

    def extend(self, max_blocks: int = 64) -> None:
        """Lay out the next source page (in steps of at most `max_blocks` blocks of work)."""
        blocks = self.article.blocks
        if self.complete:
            return
        page = blocks[self._next_block].page
        first = self._next_block
        last = first
        while last < len(blocks) and blocks[last].page == page:
            last += 1
        self._layout_page(page, first, last)
        self._next_block = last

    def _layout_page(self, page: int, first: int, last: int) -> None:
        blocks = self.article.blocks
        notice = self._missing_notice(page)
        stream: list[Line] = []
        for bi in range(first, last):
            b = blocks[bi]
            if bi > first:
                stream.append(Line(b.start, b.start, -1, "blank"))
            stream.extend(
                Line(s, e, bi, b.kind) for s, e in wrap_block(b.text, b.start, self.width)
            )
        height = self.height
        reserve = 2 if notice and height > 4 else 0
        in_page = 0
        i = 0
        while i < len(stream):
            while i < len(stream) and stream[i].kind == "blank":
                i += 1  # no blank line at the top of a pane
            if i >= len(stream):
                break
            remaining = len(stream) - i
            # the last pane of the page needs room for the notice; others may use the whole height
            room = height - reserve if remaining <= height - reserve else height
            take = min(room, remaining)
            take = self._keep_headings_with_text(stream, i, take)
            lines = stream[i : i + take]
            while lines and lines[-1].kind == "blank":
                lines.pop()
            is_last = i + take >= len(stream) or all(x.kind == "blank" for x in stream[i + take :])
            self.panes.append(
                Pane(len(self.panes), page, in_page, tuple(lines), notice if is_last else None)
            )
            in_page += 1
            i += take
        self._page_counts[page] = in_page

    @staticmethod
    def _keep_headings_with_text(stream: list[Line], i: int, take: int) -> int:
        """Shorten a pane so a title or heading does not sit alone at its bottom."""
        end = i + take
        if end >= len(stream):
            return take
        cut = end
        while cut > i and stream[cut - 1].kind == "blank":
            cut -= 1
        if cut <= i or stream[cut - 1].kind not in _HEADLINE_KINDS:
            return take
        block = stream[cut - 1].block
        head = cut - 1
        while head > i and stream[head - 1].block == block:
            head -= 1  # the first line of that heading
        while head > i and stream[head - 1].kind == "blank":
            head -= 1
        return head - i if head > i else take  # too small a pane to avoid it: keep it

    def _missing_notice(self, page: int) -> str | None:
        """Say plainly when the next page of the article is not in the files given."""
        a = self.article
        later_present = [p for p in a.pages_present if p > page]
        nxt = page + 1
        if nxt > a.pages_known or nxt in a.pages_present:
            return None
        if later_present and later_present[0] == nxt:
            return None
        return f"{a.page_label(nxt)} is not in this file"

    # queries ------------------------------------------------------------------------------------
    def ensure(self, pane_index: int) -> None:
        while len(self.panes) <= pane_index and not self.complete:
            self.extend()

    def pane(self, index: int) -> Pane:
        self.ensure(index)
        return self.panes[max(0, min(index, len(self.panes) - 1))]

    def pane_at(self, offset: int) -> Pane:
        """The pane showing `offset` (or the next pane when `offset` is in a gap between them)."""
        while not self.complete and (not self.panes or self.panes[-1].end < offset):
            self.extend()
        lo, hi = 0, len(self.panes) - 1
        while lo < hi:  # first pane whose end is beyond the offset
            mid = (lo + hi) // 2
            if self.panes[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return self.panes[lo]

    def count(self) -> int:
        while not self.complete:
            self.extend()
        return len(self.panes)

    def panes_in_page(self, page: int) -> int | None:
        """How many panes the page has, or None while it is still being laid out."""
        return self._page_counts.get(page)

    def first_pane_of_page(self, page: int) -> Pane | None:
        while not self.complete and page not in self._page_counts:
            self.extend()
        return next((p for p in self.panes if p.page == page and p.index_in_page == 0), None)


@lru_cache(maxsize=8)
def paginate(article: Article, width: int, height: int) -> Pagination:
    """The (lazily built) panes of `article` at a reading column of `width` x `height` cells."""
    return Pagination(article, width, height)
