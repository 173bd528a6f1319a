"""The pane: one screenful of the article, drawn line by line (Textual's Line API).

The core wraps the text (reader.core.pagination), so each row of the widget is one `Line` of the
pane, a `[start, end)` range of the article text, after a margin of MARGIN cells: C / Q / S where
an annotation of that tag touches the line, c / q / s where only a suggestion does (a cue that is
not colour). `show()` works out, for every row, its text and
the styled spans on it (kind, suggestions, annotations, matches, cursor or selection) and refreshes
only the rows whose spans changed: a cursor move repaints two sentences, not the screen. Rendered
rows are cached by what is on them.

Article text always goes into `Content` objects (never markup) through `visible()`, so `[bold]x[/]`
shows as those characters and an ESC never reaches the terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content, Span
from textual.geometry import Region
from textual.message import Message
from textual.selection import Selection as TextSelection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget

from reader.core.annotation import TAGS
from reader.core.display import visible
from reader.core.pagination import Line, Pane
from reader.core.reader_state import PaneView as PaneModel

KIND_CLASSES = {
    "title": "pane--title",
    "heading": "pane--heading",
    "lede": "pane--lede",
    "blockquote": "pane--blockquote",
    "item": "pane--item",
    "byline": "pane--dim",
    "aside": "pane--dim",
}

MARGIN = 4  # three marks (claim, quote, speculation) and a space before the text
TAG_LETTERS = {"claim": "C", "quote": "Q", "speculation": "S"}
# a row: its margin marks, its text, and the (start, end, class) spans on the text
Row = tuple[str, str, tuple[tuple[int, int, str], ...]]


class PaneView(Widget, can_focus=True):
    """One pane of the article with cursor, selection, annotations, suggestions and matches."""

    COMPONENT_CLASSES = {
        "pane--title",
        "pane--heading",
        "pane--lede",
        "pane--blockquote",
        "pane--item",
        "pane--dim",
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
        "pane--mark-claim",
        "pane--mark-quote",
        "pane--mark-speculation",
        "pane--mark-suggestion",
    }

    class Painted(Message):
        """The pane's first text is on the screen (what the reader waited for): start the rest."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.painted = False
        self.pane: Pane | None = None
        self.rows: list[Row] = []
        self._styles: dict[str, VisualStyle] = {}
        self._rich_styles: dict[tuple[str, ...], RichStyle] = {}
        self._strips: dict[tuple[int, int, Row], Strip] = {}
        self._margins: dict[str, Strip] = {}
        self._prepared: tuple[PaneModel | None, list[Row]] = (None, [])  # see prepare()

    # what is shown ----------------------------------------------------------------------------
    def show(self, text: str, model: PaneModel) -> None:
        """Show `model` (a pane and everything on it); repaint only the rows that changed."""
        pane = model.pane
        prepared_model, prepared_rows = self._prepared
        rows = prepared_rows if model == prepared_model else self._rows(text, model)
        old = self.rows
        self.pane, self.rows = pane, rows
        width = self.size.width
        changed = [
            y
            for y in range(max(len(rows), len(old)))
            if y >= len(old) or y >= len(rows) or old[y] != rows[y]
        ]
        if len(changed) > len(rows) // 2 or not width:
            self.refresh()
        else:
            for y in changed:
                self.refresh(Region(0, y, width, 1))
        if len(self._strips) > 6 * max(1, len(rows)) + 64:  # drop rows of panes long gone
            self._strips.clear()

    def _rows(self, text: str, model: PaneModel) -> list[Row]:
        pane = model.pane
        lines = pane.lines
        starts = [line.start for line in lines]
        spans: list[list[tuple[int, int, str]]] = [[] for _ in lines]

        def add(start: int, end: int, cls: str) -> None:
            for row in range(max(0, bisect_right(starts, start) - 1), bisect_left(starts, end)):
                line = lines[row]
                if line.kind == "blank" or line.end <= start or line.start >= end:
                    continue
                s, e = max(start, line.start) - line.start, min(end, line.end) - line.start
                if e > s:
                    spans[row].append((s, e, cls))

        for row, line in enumerate(lines):
            cls = KIND_CLASSES.get(line.kind)
            if cls:
                spans[row].append((0, line.end - line.start, cls))
        for sg in model.suggestions:  # the faint layer first: annotations paint over it
            add(sg.start, sg.end, f"pane--suggest-{sg.tag}")
        for a in model.annotations:
            add(a.start, a.end, f"pane--{a.tag}")
            if a.uuid == model.current_annotation:
                add(a.start, a.end, "pane--current-annotation")
        for m in model.matches:
            add(m[0], m[1], "pane--match-current" if m == model.current_match else "pane--match")
        if model.selection:
            add(*model.selection, "pane--selection")
        elif model.cursor:
            add(*model.cursor, "pane--cursor")
        marks = _marks(lines, starts, model)
        rows: list[Row] = [
            (mark, visible(text[line.start : line.end]), tuple(row_spans))
            for mark, line, row_spans in zip(marks, lines, spans, strict=True)
        ]
        if pane.notice:
            rows += [("", "", ()), ("", pane.notice, ((0, len(pane.notice), "pane--notice"),))]
        return rows

    # drawing ----------------------------------------------------------------------------------
    def _style(self, name: str) -> VisualStyle:
        """A component class's own style: the colours and text styles its rules set, nothing
        inherited (each highlight sets its background and its text colour together, so they are a
        pair checked for contrast); cached until the styles change (a theme switch)."""
        style = self._styles.get(name)
        if style is None:
            rules = self.get_component_styles(name)
            text = rules.text_style
            style = VisualStyle(
                background=rules.background if rules.has_rule("background") else None,
                foreground=rules.color if rules.has_rule("color") else None,
                bold=text.bold or None,
                italic=text.italic or None,
                underline=text.underline or None,
                reverse=text.reverse or None,
            )
            self._styles[name] = style
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._rich_styles.clear()
        self._strips.clear()
        self._margins.clear()
        super().notify_style_update()

    def row_content(self, y: int) -> Content:
        """Row `y`'s text as styled content (what `render_line` draws after the margin)."""
        if y >= len(self.rows):
            return Content("")
        _, plain, spans = self.rows[y]
        return Content(
            plain, [Span(s, e, self._style(cls)) for s, e, cls in spans], strip_control_codes=False
        )

    def _rich(self, classes: tuple[str, ...]) -> RichStyle:
        """The rich style of text under `classes` (drawn in that order over the widget's own)."""
        style = self._rich_styles.get(classes)
        if style is None:
            style = self.visual_style.rich_style
            for cls in classes:
                style += self._style(cls).rich_style
            self._rich_styles[classes] = style
        return style

    def _margin_strip(self, marks: str) -> Strip:
        strip = self._margins.get(marks)
        if strip is None:
            segments = [
                Segment(letter, self._rich(("pane--mark-" + _mark_class(i, letter),)))
                if letter != " "
                else Segment(" ", self._rich(()))
                for i, letter in enumerate(marks.ljust(MARGIN))
            ]
            strip = self._margins[marks] = Strip(segments, MARGIN)
        return strip

    def _text_strip(self, plain: str, spans: tuple[tuple[int, int, str], ...], width: int) -> Strip:
        """The text as segments: cut where spans begin and end, each piece in the style of the
        spans over it (the same result as Content, without its general machinery: a key press
        repaints up to a pane of these)."""
        cuts = sorted({0, len(plain), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        segments = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a < b:
                classes = tuple(cls for s, e, cls in spans if s <= a and b <= e)
                segments.append(Segment(plain[a:b], self._rich(classes)))
        cells = len(plain) if plain.isascii() else cell_len(plain)
        if cells < width:
            segments.append(Segment(" " * (width - cells), self._rich(())))
        strip = Strip(segments, max(cells, width))
        return strip.crop(0, width) if cells > width else strip

    def _line(self, y: int, row: Row, width: int) -> Strip:
        """Row `y` as drawn: margin, then the text with the offsets a mouse selection reads."""
        key = (y, width, row)
        strip = self._strips.get(key)
        if strip is None:
            marks, plain, spans = row
            text = self._text_strip(plain, spans, max(0, width - MARGIN))
            # the margin carries no offsets: a mouse selection maps to the text only
            strip = Strip.join([self._margin_strip(marks), text.apply_offsets(0, y)])
            self._strips[key] = strip
        return strip

    def prepare(self, text: str, model: PaneModel) -> None:
        """Render the rows of a pane about to be shown (the next one), so turning to it only
        composes strips that are ready. Called when the app is idle."""
        width = self.size.width
        if width:
            rows = self._rows(text, model)
            self._prepared = (model, rows)
            for y, row in enumerate(rows):
                self._line(y, row, width)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if self.rows and not self.painted:
            self.painted = True
            self.post_message(self.Painted())
        row = self.rows[y] if y < len(self.rows) else ("", "", ())
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(y)) is not None:
            start, end = span  # a mouse selection on this row: drawn over it, not cached
            content = self.row_content(y)
            end = len(content.plain) if end == -1 else end
            content = content.stylize(self.screen.get_visual_style("screen--selection"), start, end)
            text_width = max(0, width - MARGIN)
            text = Strip(content.render_segments(self.visual_style))
            text = text.extend_cell_length(text_width, self.visual_style.rich_style).crop(
                0, text_width
            )
            return Strip.join([self._margin_strip(row[0]), text.apply_offsets(0, y)])
        return self._line(y, row, width)

    # the mouse selection ----------------------------------------------------------------------
    def get_selection(self, selection: TextSelection) -> tuple[str, str] | None:
        return selection.extract("\n".join(plain for _, plain, _ in self.rows)), "\n"

    def selection_updated(self, selection: TextSelection | None) -> None:
        self.refresh()

    def offsets_for(self, selection: TextSelection) -> tuple[int, int] | None:
        """Map Textual's mouse selection (row, character in the row) to article offsets."""
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


def _mark_class(index: int, letter: str) -> str:
    return TAGS[index] if letter.isupper() else "suggestion"


def _marks(lines, starts: list[int], model: PaneModel) -> list[str]:
    """Each line's margin: C / Q / S where an annotation of that tag touches it, else c / q / s
    where a suggestion does (found by bisect: annotations x log lines, not lines x annotations)."""
    marks = [[" ", " ", " "] for _ in lines]

    def mark(start: int, end: int, tag: str, letter: str) -> None:
        for row in range(max(0, bisect_right(starts, start) - 1), bisect_left(starts, end)):
            line = lines[row]
            if line.kind != "blank" and line.start < end and line.end > start:
                marks[row][TAGS.index(tag)] = letter

    for sg in model.suggestions:
        mark(sg.start, sg.end, sg.tag, TAG_LETTERS[sg.tag].lower())
    for a in model.annotations:
        mark(a.start, a.end, a.tag, TAG_LETTERS[a.tag])
    return ["".join(m) for m in marks]
