"""Panes: the article cut into screenfuls, as a pure function of (article, width, height).

Every line of a pane is a `[start, end)` range of the canonical text, wrapped here (not by the
widget), so what the screen shows and what the offsets say can never disagree. Panes never mix
source pages and break only between wrapped lines. Where a pane ends is chosen by these rules, most
important first:

* no heading or title alone at a pane's bottom;
* widows and orphans: no pane starts or ends with a single line of a paragraph (a paragraph longer
  than a pane is split with at least two lines on each side);
* a sentence is not split so that as much of it or more lies on the next pane as on this one (the
  pane would end on its first words): it moves whole to the next pane when it fits there; where
  short sentences chain from line to line so that no cut avoids that, at least no sentence that
  begins on the pane's last line is split;
* but the sentence rule never leaves a pane less than half full; only the first two may, and
  where a pane is too small for both (a long title at 36x8), the heading rule wins.

Panes are computed lazily (a 5 MB article shows its first pane before the rest is wrapped).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

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
    """The panes of one article at one size, built on demand and kept.

    Layout is incremental, a few blocks at a time (`extend`), so the first pane of a 5 MB page is
    ready after wrapping a screenful, not the whole page; the UI finishes the rest in idle time.
    """

    article: Article
    width: int
    height: int
    panes: list[Pane] = field(default_factory=list)
    _next_block: int = 0  # first block not yet wrapped
    _page_counts: dict[int, int] = field(default_factory=dict)  # pages fully laid out
    _pending: list[Line] = field(default_factory=list)  # wrapped lines not yet in a pane
    _in_page: int = 0  # panes of the page in progress so far

    def __post_init__(self) -> None:
        self.width = max(1, self.width)
        self.height = max(1, self.height)

    @property
    def complete(self) -> bool:
        return self._next_block >= len(self.article.blocks) and not self._pending

    def extend(self, max_blocks: int = 48) -> None:
        """Wrap up to `max_blocks` more blocks of the current source page and cut the panes they
        fill; at the end of a page, cut the rest (the last pane gets the missing-page notice)."""
        blocks = self.article.blocks
        if self.complete:
            return
        start = self._next_block
        page = blocks[start].page
        stop = start
        while stop < len(blocks) and stop - start < max_blocks and blocks[stop].page == page:
            b = blocks[stop]
            if self._pending or self._in_page:  # blocks are separated by one blank line
                self._pending.append(Line(b.start, b.start, -1, "blank"))
            self._pending.extend(
                Line(s, e, stop, b.kind) for s, e in wrap_block(b.text, b.start, self.width)
            )
            stop += 1
        self._next_block = stop
        page_done = stop >= len(blocks) or blocks[stop].page != page
        self._cut_panes(page, final=page_done)
        if page_done:
            self._page_counts[page] = self._in_page
            self._in_page = 0

    def _cut_panes(self, page: int, final: bool) -> None:
        notice = self.article.missing_notice(page, 1)
        height = self.height
        reserve = 2 if notice and height > 4 else 0
        pending = self._pending
        while True:
            while pending and pending[0].kind == "blank":
                pending.pop(0)  # no blank line at the top of a pane
            n = len(pending)
            if not n or (not final and n <= height + 1):  # wait: a cut needs the next line
                break
            if final and n <= height - reserve:
                take = n  # the last pane of the page, with room for the notice
            else:
                take = self._cut(pending, min(height, n - 1) if final and n <= height else height)
            lines = pending[:take]
            del pending[:take]
            while lines and lines[-1].kind == "blank":
                lines.pop()
            last = final and all(x.kind == "blank" for x in pending)
            self.panes.append(
                Pane(len(self.panes), page, self._in_page, tuple(lines), notice if last else None)
            )
            self._in_page += 1
            if last:
                pending.clear()
                break

    def _cut(self, stream: list[Line], most: int) -> int:
        """How many lines of `stream` (which starts a pane) the pane takes: at most `most`, and
        fewer when the rules in the module docstring ask for it, relaxed one by one when no cut
        can keep them all. `stream` always holds whole blocks, so every rule can see its block."""
        half = (self.height + 1) // 2
        full, short = range(most, half - 1, -1), range(min(most, half - 1), 0, -1)

        def clean(c: int) -> bool:
            return not _heading_at_bottom(stream, c) and not _widow_or_orphan(stream, c)

        def whole(c: int) -> bool:  # no sentence ends up mostly on the next pane
            split = self._split_sentence(stream, c)
            return split is None or split[0] > split[1]

        def started(c: int) -> bool:  # at least no sentence begins on the last line
            split = self._split_sentence(stream, c)
            return split is None or split[0] > 1

        for cuts, rule in (
            (full, lambda c: clean(c) and whole(c)),
            (full, lambda c: clean(c) and started(c)),  # short sentences chained line to line
            (full, clean),
            (short, clean),
            (range(most, 0, -1), lambda c: not _heading_at_bottom(stream, c)),
            (range(most, 0, -1), lambda c: not _widow_or_orphan(stream, c)),
        ):
            for c in cuts:
                if rule(c):
                    return c
        return most

    def _split_sentence(self, stream: list[Line], c: int) -> tuple[int, int] | None:
        """(lines on this pane, lines on the next) of the sentence a cut before line `c` splits,
        or None when it splits none or one that cannot move whole to the next pane: one that
        began on an earlier pane, or is longer than a pane."""
        before, after = stream[c - 1], stream[c]
        if before.kind == "blank" or after.kind == "blank" or before.block != after.block:
            return None
        sentences = self.article.block_sentences(after.block)
        i = bisect_right(sentences, after.start, key=lambda s: s.start) - 1
        if i < 0 or not sentences[i].start < after.start < sentences[i].end:
            return None  # the next pane starts with a sentence
        sentence = sentences[i]
        first = c - 1  # the line the sentence starts on
        while first > 0 and stream[first].start > sentence.start:
            first -= 1
        if stream[first].start > sentence.start:
            return None
        last = c  # the line it ends on, looked for no further than a pane's height
        while last - first < self.height and stream[last].end < sentence.end:
            last += 1
        if last - first >= self.height:
            return None
        return c - first, last - c + 1

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
        while not self.complete and not (self.panes and self.panes[-1].page >= page):
            self.extend()
        return next((p for p in self.panes if p.page == page and p.index_in_page == 0), None)


def _heading_at_bottom(stream: list[Line], c: int) -> bool:
    """Whether the last text line before `c` is a title or heading with more text after it."""
    if c >= len(stream):
        return False
    j = c - 1
    while j > 0 and stream[j].kind == "blank":
        j -= 1
    return stream[j].kind in _HEADLINE_KINDS


def _widow_or_orphan(stream: list[Line], c: int) -> bool:
    """Whether cutting before line `c` leaves one line of a block alone on either side."""
    before, after = stream[c - 1], stream[c] if c < len(stream) else None
    if after is None or before.kind == "blank" or after.kind == "blank":
        return False
    if before.block != after.block:
        return False
    alone_before = c < 2 or stream[c - 2].block != before.block
    alone_after = c + 1 >= len(stream) or stream[c + 1].block != after.block
    return alone_before or alone_after
