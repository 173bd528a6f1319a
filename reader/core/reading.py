"""Where the reader is: the displayed pane, the sentence cursor, a keyboard selection, search matches.

Pure state and rules (no Textual): the UI turns key presses into these calls and draws the result.
Positions are character offsets, so they survive resizes; the pane is derived from the cursor.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.core.article import Article, Sentence
from reader.core.pagination import Pagination, Pane
from reader.core.progress import percent_read
from reader.core.search import TextSearch


@dataclass(frozen=True, slots=True)
class Selection:
    """A keyboard selection between an anchor span and a head span (sentences or words)."""

    anchor: tuple[int, int]
    head: tuple[int, int]

    @property
    def start(self) -> int:
        return min(self.anchor[0], self.head[0])

    @property
    def end(self) -> int:
        return max(self.anchor[1], self.head[1])


class Reading:
    """The reading position of one article at one screen size."""

    def __init__(
        self, article: Article, width: int = 76, height: int = 20, offset: int = 0
    ) -> None:
        self.article = article
        # The panes of each size met, kept with this reading (a resize back is free); a few only.
        self._paginations: dict[tuple[int, int], Pagination] = {}
        self.pagination: Pagination = self._paginated(width, height)
        self.cursor: Sentence = article.sentence_at(max(0, min(offset, len(article.text) - 1)))
        self.pane: Pane = self.pagination.pane_at(self.cursor.start)
        self.selection: Selection | None = None
        self._search = TextSearch(article.text)
        self.query = ""
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1

    # size ---------------------------------------------------------------------------------------
    def _paginated(self, width: int, height: int) -> Pagination:
        key = (max(1, width), max(1, height))
        found = self._paginations.pop(key, None) or Pagination(self.article, *key)
        self._paginations[key] = found  # most recent last
        while len(self._paginations) > 4:
            del self._paginations[next(iter(self._paginations))]
        return found

    def resize(self, width: int, height: int) -> None:
        """Re-paginate for a new size; the cursor sentence stays on screen."""
        if (width, height) != (self.pagination.width, self.pagination.height):
            self.pagination = self._paginated(width, height)
            self.pane = self.pagination.pane_at(self.cursor.start)

    # cursor -------------------------------------------------------------------------------------
    def _show_cursor(self) -> None:
        if not self._overlaps_pane(self.cursor.start, self.cursor.end, self.pane):
            self.pane = self.pagination.pane_at(self.cursor.start)

    @staticmethod
    def _overlaps_pane(start: int, end: int, pane: Pane) -> bool:
        return start < pane.end and end > pane.start or start == pane.start

    def move_to(self, offset: int) -> None:
        self.cursor = self.article.sentence_at(offset)
        if self.selection is None:
            self.pane = self.pagination.pane_at(self.cursor.start)
        else:
            self._show_cursor()

    def next_sentence(self) -> bool:
        nxt = self.article.sentence_after(self.cursor)
        if nxt is None:
            return False
        self.cursor = nxt
        if self.selection is not None:
            self.selection = Selection(self.selection.anchor, (nxt.start, nxt.end))
        if nxt.start >= self.pane.end:
            self.pane = self.pagination.pane_at(nxt.start)
        return True

    def previous_sentence(self) -> bool:
        prev = self.article.sentence_before(self.cursor)
        if prev is None:
            return False
        self.cursor = prev
        if self.selection is not None:
            self.selection = Selection(self.selection.anchor, (prev.start, prev.end))
        self._show_cursor()
        if prev.start < self.pane.start:
            self.pane = self.pagination.pane_at(prev.start)
        return True

    # panes and pages ----------------------------------------------------------------------------
    def cursor_on(self, pane: Pane) -> Sentence:
        """Where the cursor is once `pane` is shown: where it was if it is on that pane (or a
        selection is being made), else the pane's first sentence (one carried over from the pane
        before only when nothing else starts on this one)."""
        cursor = self.cursor
        if self.selection is not None:
            return cursor
        if self._overlaps_pane(cursor.start, cursor.end, pane) and cursor.start >= pane.start:
            return cursor
        first = self.article.sentence_at(pane.start)
        if first.start < pane.start:  # a sentence carried over from the last pane
            after = self.article.sentence_after(first)
            if after is not None and after.start < pane.end:
                first = after
        return first

    def _show_pane(self, pane: Pane) -> None:
        self.cursor = self.cursor_on(pane)
        self.pane = pane

    def pane_after(self) -> Pane | None:
        """The pane `next_pane` would show (laid out if need be), or None at the end."""
        self.pagination.ensure(self.pane.index + 1)
        if self.pane.index + 1 >= len(self.pagination.panes):
            return None
        return self.pagination.pane(self.pane.index + 1)

    def next_pane(self) -> bool:
        pane = self.pane_after()
        if pane is None:
            return False
        self._show_pane(pane)
        return True

    def previous_pane(self) -> bool:
        if self.pane.index == 0:
            return False
        self._show_pane(self.pagination.pane(self.pane.index - 1))
        return True

    def next_page(self) -> bool:
        later = [p for p in self.article.pages_present if p > self.pane.page]
        if not later:
            return False
        pane = self.pagination.first_pane_of_page(later[0])
        if pane is None:
            return False
        self._show_pane(pane)
        return True

    def previous_page(self) -> bool:
        if self.pane.index_in_page > 0:
            self._show_pane(self.pagination.pane(self.pane.index - self.pane.index_in_page))
            return True
        earlier = [p for p in self.article.pages_present if p < self.pane.page]
        if not earlier:
            return False
        pane = self.pagination.first_pane_of_page(earlier[-1])
        if pane is None:
            return False
        self._show_pane(pane)
        return True

    def first_pane(self) -> None:
        self._show_pane(self.pagination.pane(0))

    def last_pane(self) -> None:
        self._show_pane(self.pagination.pane(self.pagination.count() - 1))

    # status -------------------------------------------------------------------------------------
    def progress(self) -> int:
        """How far through the article the cursor is, in percent: the position the reader saves,
        measured as the library measures it (`percent_read`), so the two never disagree (the end
        of the displayed pane said 37 % on opening and 100 % on a first page of two)."""
        return percent_read(self.cursor.start, len(self.article.text))

    # selection ----------------------------------------------------------------------------------
    def current_match(self) -> tuple[int, int] | None:
        """The search match the cursor is on, if a search is on and the cursor has not left it."""
        if not 0 <= self.match_index < len(self.matches):
            return None
        start, end = self.matches[self.match_index]
        return (start, end) if start < self.cursor.end and end > self.cursor.start else None

    def start_selection(self) -> None:
        """Select the search match under the cursor, else the cursor sentence."""
        span = self.current_match() or (self.cursor.start, self.cursor.end)
        self.selection = Selection(span, span)

    def start_word_selection(self, forward: bool) -> None:
        """Select one word to grow from: the search match's first word, else the cursor
        sentence's first word (forward) or last word (backward)."""
        match = self.current_match()
        words = self.article.words(self.cursor.start, self.cursor.end)
        inside = [w for w in words if self.cursor.start <= w[0] < self.cursor.end]
        if match is not None:
            inside = [w for w in inside if w[0] >= match[0]] or inside
            word = inside[0] if inside else match
        elif inside:
            word = inside[0] if forward else inside[-1]
        else:
            word = (self.cursor.start, self.cursor.end)
        self.selection = Selection(word, word)

    def cancel_selection(self) -> None:
        self.selection = None

    def swap_selection_ends(self) -> None:
        if self.selection is not None:
            sel = self.selection
            if sel.anchor == sel.head:  # one span: keep it, and make its start the active end
                self.selection = Selection((sel.end, sel.end), (sel.start, sel.start))
            else:
                self.selection = Selection(sel.head, sel.anchor)
            self.cursor = self.article.sentence_at(self.selection.head[0])
            self._show_cursor()

    def move_selection_by_word(self, forward: bool) -> None:
        """Move the selection's active end by one word (w / b, shift+arrows); the other end stays."""
        sel = self.selection
        if sel is None:
            return
        text_len = len(self.article.text)
        words = self.article.words(max(0, sel.start - 400), min(text_len, sel.end + 400))
        starts = [w[0] for w in words]
        ends = [w[1] for w in words]
        end_side = sel.head[0] >= sel.anchor[0]
        if end_side:  # the active end is the selection's end
            fixed, edge = sel.start, sel.end
            i = bisect_right(ends, edge) if forward else bisect_left(starts, edge) - 2
        else:
            fixed, edge = sel.end, sel.start
            i = bisect_right(ends, edge) + 1 if forward else bisect_left(starts, edge) - 1
        if not 0 <= i < len(words):
            return
        self.selection = Selection((fixed, fixed), words[i])
        self.cursor = self.article.sentence_at(words[i][0])
        self._show_cursor()

    def end_search(self) -> None:
        self.query, self.matches, self.match_index = "", [], -1

    def target(self) -> tuple[int, int]:
        """What a tag key applies to: the selection, or else the cursor sentence."""
        if self.selection is not None:
            return self.selection.start, self.selection.end
        return self.cursor.start, self.cursor.end

    # search -------------------------------------------------------------------------------------
    def search(self, query: str) -> int:
        """Find every match; go to the first one at or after the cursor. Returns the match count."""
        self.query = query
        self.matches = self._search.find_all(query)
        self.match_index = -1
        if self.matches:
            starts = [m[0] for m in self.matches]
            i = bisect_left(starts, self.cursor.start)
            self._go_to_match(i % len(self.matches))
        return len(self.matches)

    def next_match(self, forward: bool = True) -> bool:
        if not self.matches:
            return False
        step = 1 if forward else -1
        self._go_to_match((self.match_index + step) % len(self.matches))
        return True

    def _go_to_match(self, index: int) -> None:
        self.match_index = index
        start, _ = self.matches[index]
        self.cursor = self.article.sentence_at(start)
        self.pane = self.pagination.pane_at(start)
