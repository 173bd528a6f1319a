"""A list of one-line rows drawn line by line (the Line API): thousands of rows, one cursor.

Only the rows on screen are rendered, and a rendered row is cached by its text, so filtering
5,000 articles or 200,000 annotations redraws a screenful. The table keeps its own first row
shown (`top`) rather than being a ScrollView: a scroll view's virtual size is a layout property,
and a filter key changing the number of rows re-laid out the whole screen (15 ms a key); the
owning screen's status line says where the cursor is ("12/5000"). Text is data: it goes into
the strip as plain segments (never markup), through `visible()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, overload

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget

from reader.core.display import visible

T = TypeVar("T")


class LazyRows(Sequence[str], Generic[T]):
    """Items formatted into row text only when a row is drawn: a filter key over 5,000 articles
    formats the screenful it shows, not every match (that was 50 ms a key)."""

    def __init__(self, items: Sequence[T], format_item: Callable[[T], str]) -> None:
        self.items = items
        self._format = format_item
        self._done: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        text = self._done.get(index)
        if text is None:
            text = self._done[index] = self._format(self.items[index])
        return text


class RowTable(Widget, can_focus=False):
    """Rows of text with a highlighted cursor row; the screen owning it moves the cursor."""

    COMPONENT_CLASSES = {"row-table--cursor", "row-table--dim"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: Sequence[str] = []
        self.dim: set[int] = set()  # rows shown dimmed (e.g. a missing file)
        self.cursor = 0
        self.top = 0  # the first row on screen
        self._cache: dict[tuple[str, int, bool, bool], Strip] = {}

    def show(self, rows: Sequence[str], dim: set[int] | None = None, cursor: int = 0) -> None:
        self.rows, self.dim = rows, dim or set()
        self.cursor = max(0, min(cursor, len(rows) - 1))
        self.top = max(0, min(self.top, len(rows) - self.size.height))
        self._keep_cursor_visible()
        self.refresh()

    def move(self, step: int) -> None:
        if not self.rows:
            return
        self.cursor = max(0, min(self.cursor + step, len(self.rows) - 1))
        self._keep_cursor_visible()
        self.refresh()

    def page(self) -> int:
        return max(1, self.size.height - 1)

    def _keep_cursor_visible(self) -> None:
        height = max(1, self.size.height)
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + height:
            self.top = self.cursor - height + 1

    def on_resize(self) -> None:
        self._keep_cursor_visible()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll(3)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll(-3)
        event.stop()

    def _scroll(self, rows: int) -> None:
        """The wheel moves the view, and the cursor with it when it would leave the screen."""
        height = max(1, self.size.height)
        self.top = max(0, min(self.top + rows, len(self.rows) - height))
        self.cursor = max(self.top, min(self.cursor, self.top + height - 1, len(self.rows) - 1))
        self.refresh()

    def _rich(self, name: str) -> RichStyle:
        """A component class's own colours and text style (its pair is checked for contrast)."""
        rules = self.get_component_styles(name)
        text = rules.text_style
        return VisualStyle(
            background=rules.background if rules.has_rule("background") else None,
            foreground=rules.color if rules.has_rule("color") else None,
            bold=text.bold or None,
            reverse=text.reverse or None,
        ).rich_style

    def notify_style_update(self) -> None:
        self._cache.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        index = self.top + y
        width = self.size.width
        base = self.visual_style.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        key = (self.rows[index], width, index == self.cursor, index in self.dim)
        strip = self._cache.get(key)
        if strip is None:
            text = visible(self.rows[index])
            style = base
            if index in self.dim:
                style += self._rich("row-table--dim")
            if index == self.cursor:
                style += self._rich("row-table--cursor")
            cells = cell_len(text)
            strip = Strip([Segment(text, style)], cells).crop(0, width)
            if cells < width:
                strip = strip.extend_cell_length(width, style)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = strip
        return strip
