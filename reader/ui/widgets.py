"""Small widgets: the margin and the one-line bars. They draw what the core says.

Text always goes into `Content(...)` objects, never into markup strings, and through `visible()`,
so `[bold]x[/]` shows as those characters and an ESC never reaches the terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from textual.content import Content, Span
from textual.widget import Widget
from textual.widgets import Static

from reader.core.annotation import TAGS, Annotation
from reader.core.display import visible
from reader.core.pagination import Pane

TAG_LETTERS = {"claim": "C", "quote": "Q", "speculation": "S"}


class Gutter(Widget):
    """A margin mark per line, a cue that is not colour: C / Q / S where an annotation of that tag
    touches the line, c / q / s where only a suggestion does."""

    COMPONENT_CLASSES = {
        "gutter--claim",
        "gutter--quote",
        "gutter--speculation",
        "gutter--suggestion",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pane: Pane | None = None
        self.annotations: list[Annotation] = []
        self.suggestions: list = []

    def show(self, pane: Pane, annotations: list[Annotation], suggestions: list = ()) -> None:
        suggestions = list(suggestions)
        if (pane, annotations, suggestions) == (self.pane, self.annotations, self.suggestions):
            return  # moving the cursor inside a pane changes no mark: skip the redraw
        self.pane, self.annotations, self.suggestions = pane, annotations, suggestions
        self.refresh()

    def render(self) -> Content:
        if self.pane is None:
            return Content("")
        lines = self.pane.lines
        starts = [line.start for line in lines]
        marks = [[" ", " ", " "] for _ in lines]

        def mark(start: int, end: int, tag: str, letter: str) -> None:
            # the lines a span touches, by bisect: O(annotations x log lines), not lines x annotations
            first = max(0, bisect_right(starts, start) - 1)
            for row in range(first, bisect_left(starts, end)):
                line = lines[row]
                if line.kind != "blank" and line.start < end and line.end > start:
                    marks[row][TAGS.index(tag)] = letter

        for sg in self.suggestions:
            mark(sg.start, sg.end, sg.tag, TAG_LETTERS[sg.tag].lower())
        for a in self.annotations:
            mark(a.start, a.end, a.tag, TAG_LETTERS[a.tag])
        spans: list[Span] = []
        for row, row_marks in enumerate(marks):
            for i, letter in enumerate(row_marks):
                if letter != " ":
                    cls = f"gutter--{TAGS[i]}" if letter.isupper() else "gutter--suggestion"
                    at = row * 4 + i  # each row is three marks and a newline
                    spans.append(Span(at, at + 1, self.get_visual_style(cls)))
        return Content("\n".join("".join(m) for m in marks), spans)


class TextLine(Static):
    """A one-line label whose text is data: always a Content, never parsed as markup."""

    _shown: str | None = None

    def set_text(self, text: str) -> None:
        if text != self._shown:  # an unchanged line is not redrawn
            self._shown = text
            self.update(Content(visible(text)), layout=False)  # one fixed row: no re-layout
