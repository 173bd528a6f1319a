"""Widgets: they draw what the core says. No parsing, no storage here.

Article text always goes into `Content(...)` objects, never into markup strings, and through
`visible()`, so `[bold]x[/]` shows as those characters and an ESC never reaches the terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from textual.content import Content, Span
from textual.selection import Selection as TextSelection
from textual.style import Style as VisualStyle
from textual.widget import Widget
from textual.widgets import Static

from reader.core.annotation import TAGS, Annotation
from reader.core.display import visible
from reader.core.pagination import Line, Pane

TAG_LETTERS = {"claim": "C", "quote": "Q", "speculation": "S"}
KIND_CLASSES = {"title": "pane--title", "heading": "pane--heading", "lede": "pane--lede"}


class PaneView(Widget, can_focus=True):
    """One pane of the article: pre-wrapped lines, with cursor, selection, annotations, matches."""

    COMPONENT_CLASSES = {
        "pane--title",
        "pane--heading",
        "pane--lede",
        "pane--cursor",
        "pane--selection",
        "pane--claim",
        "pane--quote",
        "pane--speculation",
        "pane--match",
        "pane--match-current",
        "pane--notice",
        "pane--current-annotation",
        "pane--suggest-claim",
        "pane--suggest-quote",
        "pane--suggest-speculation",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.pane: Pane | None = None
        self.cursor: tuple[int, int] | None = None
        self.selection: tuple[int, int] | None = None
        self.annotations: list[Annotation] = []
        self.current_annotation: str | None = None
        self.matches: list[tuple[int, int]] = []
        self.current_match: tuple[int, int] | None = None
        self.suggestions: list = []
        self._offsets: list[int] = []
        self._styles: dict[str, VisualStyle] = {}

    def show(
        self,
        text: str,
        pane: Pane,
        *,
        cursor: tuple[int, int] | None,
        selection: tuple[int, int] | None,
        annotations: list[Annotation],
        current_annotation: str | None,
        matches: list[tuple[int, int]],
        current_match: tuple[int, int] | None,
        suggestions: list = (),
    ) -> None:
        self.suggestions = list(suggestions)
        self.text, self.pane = text, pane
        self.cursor, self.selection = cursor, selection
        self.annotations, self.current_annotation = annotations, current_annotation
        self.matches, self.current_match = matches, current_match
        self._offsets = [line.start for line in pane.lines]  # for bisecting spans onto lines
        self.refresh()

    # offsets <-> content positions ---------------------------------------------------------------
    def _line_starts(self) -> list[int]:
        starts, pos = [], 0
        for line in self.pane.lines if self.pane else ():
            starts.append(pos)
            pos += (line.end - line.start) + 1
        return starts

    def _spans_for(self, start: int, end: int, style, line_starts: list[int]) -> list[Span]:
        """The span `[start, end)` cut into one Span per line it touches (found by bisect)."""
        lines = self.pane.lines
        offsets = self._offsets
        spans = []
        for row in range(max(0, bisect_right(offsets, start) - 1), bisect_left(offsets, end)):
            line, at = lines[row], line_starts[row]
            if line.kind == "blank" or line.end <= start or line.start >= end:
                continue
            s = max(start, line.start) - line.start
            e = min(end, line.end) - line.start
            if e > s:
                spans.append(Span(at + s, at + e, style))
        return spans

    def offsets_for(self, selection: TextSelection) -> tuple[int, int] | None:
        """Map Textual's mouse selection (line index, character index) to article offsets."""
        if self.pane is None:
            return None
        lines = self.pane.lines

        def to_offset(point, default: int) -> int:
            if point is None:
                return default
            y = min(max(point.y, 0), len(lines) - 1)
            line: Line = lines[y]
            return line.start + min(max(point.x, 0), line.end - line.start)

        start = to_offset(selection.start, self.pane.start)
        end = to_offset(selection.end, self.pane.end)
        return (start, end) if end > start else None

    def _style(self, name: str) -> VisualStyle:
        """A component class's style, reverse included (get_visual_style leaves `reverse` out);
        cached until the styles change (a theme switch), since every frame asks for dozens."""
        style = self._styles.get(name)
        if style is None:
            style = self.get_visual_style(name, partial=True)
            if self.get_component_styles(name).text_style.reverse:
                style = style + VisualStyle(reverse=True)
            self._styles[name] = style
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    def render(self) -> Content:
        if self.pane is None:
            return Content("")
        style = self._style
        lines = self.pane.lines
        plain = "\n".join(visible(self.text[ln.start : ln.end]) for ln in lines)
        starts = self._line_starts()
        spans: list[Span] = []
        for line, at in zip(lines, starts, strict=True):
            cls = KIND_CLASSES.get(line.kind)
            if cls:
                spans.append(Span(at, at + line.end - line.start, style(cls)))
        for sg in self.suggestions:  # the faint layer goes first: annotations paint over it
            spans += self._spans_for(sg.start, sg.end, style(f"pane--suggest-{sg.tag}"), starts)
        for a in self.annotations:
            spans += self._spans_for(a.start, a.end, style(f"pane--{a.tag}"), starts)
        if self.current_annotation:
            for a in self.annotations:
                if a.uuid == self.current_annotation:
                    current = style("pane--current-annotation")
                    spans += self._spans_for(a.start, a.end, current, starts)
        for m in self.matches:
            cls = "pane--match-current" if m == self.current_match else "pane--match"
            spans += self._spans_for(m[0], m[1], style(cls), starts)
        if self.selection:
            spans += self._spans_for(*self.selection, style("pane--selection"), starts)
        elif self.cursor:
            spans += self._spans_for(*self.cursor, style("pane--cursor"), starts)
        if self.pane.notice:
            at = len(plain) + 2
            plain += "\n\n" + self.pane.notice
            spans.append(Span(at, len(plain), style("pane--notice")))
        return Content(plain, spans, strip_control_codes=False)


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
