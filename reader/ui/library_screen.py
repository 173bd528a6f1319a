"""The library screen and the screen of every annotation across the library.

Typing filters (the filter box has the focus); the arrows, page keys and enter act on the list.
Rows are built by the core (`reader.core.library`, `reader.core.collection`); these screens only
format, filter and sort them, and ask the app to open what the reader picks.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Static

from reader.core.library import LibraryRow
from reader.core.search import fold
from reader.ui.bindings import ANNOTATIONS_BINDINGS, LIBRARY_BINDINGS
from reader.ui.screens import show_help
from reader.ui.table import LazyRows, RowTable
from reader.ui.widgets import TextLine

if TYPE_CHECKING:
    from reader.core.annotation import Annotation
    from reader.core.collection import RecordArticle

SORTS = ("last opened", "title", "most annotated")
TAG_FILTERS = (None, "claim", "quote", "speculation", "orphaned")
STATUS_WORDS = {"here": "", "web": "web", "changed": "changed", "missing": "file gone"}


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d")
    except ValueError:
        return ""


def file_status(row: LibraryRow) -> str:
    """The last column: where the file is ("" when it is where it was)."""
    status = STATUS_WORDS.get(row.file_status, row.file_status)
    if row.copy_status in ("missing", "damaged"):
        status = f"{status + ', ' if status else ''}copy {row.copy_status}"
    return status


def format_row(
    row: LibraryRow, width: int, status_width: int = 20, twins: frozenset[str] = frozenset()
) -> str:
    """One article on one line: the title gets what the fixed columns leave (the last column as
    wide as the longest status shown, none when every file is where it was). A title another
    row has too (`twins`) is followed by its file's name, not its section: two copies of one
    story looked the same (new-user review)."""
    progress = f"{row.progress:>3}%" if row.progress is not None else "   –"
    counts = f"C{row.claims} Q{row.quotes} S{row.speculation}"
    sugg = f"{row.open_suggestions} sugg." if row.open_suggestions is not None else ""
    right = f"  {row.lang:<3} {row.pages_present}/{row.pages_known} {progress} {counts:<14}"
    right += f"{sugg:<10}{_when(row.last_opened):<11}"
    if status_width:
        right += f"{file_status(row):<{status_width}}"
    # the room before trailing blanks are cut: every row's columns (and the header's) line up
    room = max(12, width - len(right))
    right = right.rstrip() if not status_width else right
    where = row.kicker or row.site or ""
    title = row.title or (row.sources[0] if row.sources else row.key)
    if row.title in twins and row.sources:
        # the file tells the twins apart: it keeps its place, the title is cut instead
        where = os.path.basename(row.sources[0].rstrip("/")) or row.sources[0]
        keep = room - len(where) - 3
        if len(title) > keep > 4:
            title = title[: keep - 1] + "…"
    left = f"{title} · {where}" if where else title
    left = left if len(left) <= room else left[: room - 1] + "…"
    return f"{left:<{room}}{right}"


def format_header(width: int, status_width: int = 20) -> str:
    """The columns' names over `format_row`'s columns (new-user review: "1/2" and "C0 Q0 S1"
    said nothing without them)."""
    right = f"  {'lng':<3} {'pg':<3} {'read':>4} {'C/Q/S tags':<14}"
    right += f"{'to check':<10}{'opened':<11}"
    if status_width:
        right += f"{'file':<{status_width}}"
    room = max(12, width - len(right))
    label = "title · section or site" if room > 24 else "title"
    return f"{label:<{room}}{right}".rstrip()


def format_annotation_row(entry: tuple[RecordArticle, Annotation], width: int) -> str:
    """One annotation on one line: tag, article, page, passage and note."""
    art, a = entry
    where = "orphan" if a.orphaned else art.page_label(a.page)
    room = max(8, min(28, (width - 26) // 3))  # narrow screens keep room for the passage
    title = (art.title or art.key)[:room]
    passage = " ".join(a.exact.split())
    note = f" — {' '.join(a.note.split())}" if a.note else ""
    note += f" · by {' '.join(a.author.split())}" if a.author else ""
    line = f"{a.tag:<12}{title:<{room + 1}} {where:<13} {passage}{note}"
    return line if len(line) <= width else line[: width - 1] + "…"


class FilterInput(Input):
    """The filter box. Its screen refilters as the value changes, in the same frame as the
    keystroke shows: through `Input.Changed` (a message, handled after that frame was drawn) the
    list followed one frame later, and Textual draws at most 60 frames a second."""

    def watch_value(self, value: str) -> None:
        refilter = getattr(self.screen, "refilter", None)
        if refilter is not None and self.is_mounted:
            refilter()


class LibraryScreen(Screen):
    """Every article read: title, where, language, pages, progress, counts, last opened, file."""

    BINDINGS = LIBRARY_BINDINGS

    def __init__(self, rows: list[LibraryRow] | None) -> None:
        super().__init__(id="library")
        self.all_rows: list[LibraryRow] = rows or []
        self.loading = rows is None
        self.shown: list[LibraryRow] = []
        self.sort = 0
        self._haystacks: list[str] | None = None
        self._status_width: int | None = None
        self._twins: frozenset[str] | None = None  # titles more than one row has

    def compose(self) -> ComposeResult:
        yield TextLine(id="library-header")
        # what to do first, where a 50-column screen still shows it (the header is cut there)
        yield FilterInput(
            placeholder="Type to filter · enter opens · ^q quits", id="library-filter"
        )
        yield TextLine(id="library-columns")
        yield RowTable(id="library-table")
        yield TextLine(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#library-filter", Input).focus()
        self.refilter()

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.all_rows, self.loading = rows, False
        self._haystacks = self._status_width = self._twins = None
        self.refilter()

    def on_resize(self) -> None:
        self.refilter()

    def _haystacks_of_rows(self) -> list[str]:
        """Each row's folded title, kicker, site and files, in the order of `all_rows`."""
        if self._haystacks is None:
            self._haystacks = [
                fold(" ".join([r.title, r.kicker or "", r.site or "", *r.sources]))
                for r in self.all_rows
            ]
        return self._haystacks

    def refilter(self) -> None:
        words = fold(self.query_one("#library-filter", Input).value).split()
        pairs = zip(self.all_rows, self._haystacks_of_rows(), strict=True)
        rows = (
            [r for r, hay in pairs if all(w in hay for w in words)] if words else self.all_rows[:]
        )
        if SORTS[self.sort] == "title":
            rows.sort(key=lambda r: fold(r.title))
        elif SORTS[self.sort] == "most annotated":
            rows.sort(key=lambda r: r.annotations, reverse=True)
        self.shown = rows
        table = self.query_one("#library-table", RowTable)
        width = max(20, table.size.width or self.size.width)
        dim = {i for i, r in enumerate(rows) if r.file_status == "missing"}
        if self._status_width is None:  # of the whole library: columns stay put while filtering
            longest = max((len(file_status(r)) for r in self.all_rows), default=0)
            self._status_width = longest + 1 if longest else 0
        status_width = self._status_width
        if self._twins is None:  # of the whole library, as the status column
            counts = Counter(r.title for r in self.all_rows if r.title)
            self._twins = frozenset(title for title, n in counts.items() if n > 1)
        rows_text = LazyRows(
            rows,
            partial(format_row, width=width, status_width=status_width, twins=self._twins),
        )
        self.query_one("#library-columns", TextLine).set_text(format_header(width, status_width))
        table.show(rows_text, dim, table.cursor)
        total = len(self.all_rows)
        what = "Loading the library…" if self.loading else f"{len(rows)} of {total} article(s)"
        if not self.loading and not total:
            what = "No articles yet: `reader FILE` opens one, and it is kept here."
        self.query_one("#library-header", TextLine).set_text(
            f"Library · {what} · sorted by {SORTS[self.sort]} (ctrl+s)"
        )
        self.say("")

    def say(self, message: str) -> None:
        row = self.current()
        detail = ""
        if row is not None:
            at = self.query_one("#library-table", RowTable).cursor + 1
            detail = f"{at}/{len(self.shown)} · "  # where in the list (the table has no scrollbar)
            if row.file_status == "missing" and row.missing:
                # the file that is gone (page 2 of two, say), said first: a narrow screen cuts
                # the end of the line
                detail += f"gone from here: {row.missing} (opens from the library's copy)"
            else:
                detail += row.sources[0] if row.sources else row.key
        self.query_one("#library-status", TextLine).set_text(
            " · ".join(p for p in (message, detail) if p)
        )

    def current(self) -> LibraryRow | None:
        table = self.query_one("#library-table", RowTable)
        return self.shown[table.cursor] if 0 <= table.cursor < len(self.shown) else None

    @on(Input.Submitted, "#library-filter")
    def _submitted(self) -> None:
        self.action_open()

    def action_move(self, step: int) -> None:
        self.query_one("#library-table", RowTable).move(step)
        self.say("")

    def action_page(self, direction: int) -> None:
        table = self.query_one("#library-table", RowTable)
        table.move(direction * table.page())
        self.say("")

    def action_sort(self) -> None:
        self.sort = (self.sort + 1) % len(SORTS)
        self.refilter()

    def action_back(self) -> None:
        """Escape: clear the filter first; on an empty one, back to the article left for here."""
        box = self.query_one("#library-filter", Input)
        if box.value:
            box.value = ""
        elif self.app.came_from is not None:
            self.app.open_from_library(self.app.came_from)
        else:
            self.say("No article to go back to: enter opens the one highlighted")

    def action_help(self) -> None:
        show_help(self)

    def action_open(self) -> None:
        row = self.current()
        if row is not None:
            self.app.open_from_library(row.key)

    def action_all_annotations(self) -> None:
        self.app.show_all_annotations()

    def action_forget(self) -> None:
        row = self.current()
        if row is None:
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.app.forget(row.key, row.title)

        question = (
            f"Forget “{row.title or row.key}”? Its {row.annotations} annotation(s) are exported"
            " into this folder first; then its annotations, reading position and stored copy are"
            " removed from the library.\n\ny: forget · n or escape: keep it"
        )
        self.app.push_screen(ConfirmScreen(question), done)

    def action_quit(self) -> None:
        self.app.exit()


class AnnotationsScreen(Screen):
    """Every annotation of every article, filtered by tag and by words; enter goes there."""

    BINDINGS = ANNOTATIONS_BINDINGS

    def __init__(self, items) -> None:
        super().__init__(id="annotations")
        self.entries = [(art, a) for art, anns in items for a in anns]
        self.tag = 0
        self.shown: list = []
        self._folded: list[str] | None = None

    def compose(self) -> ComposeResult:
        yield TextLine(id="annotations-header")
        yield FilterInput(
            placeholder="Type words of the passage, the note or the author", id="annotations-filter"
        )
        yield RowTable(id="annotations-table")
        yield TextLine(id="annotations-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#annotations-filter", Input).focus()
        self.refilter()

    def on_resize(self) -> None:
        self.refilter()

    def refilter(self) -> None:
        if self._folded is None:
            # (typing a person's name finds their annotations too)
            self._folded = [fold(f"{a.exact} {a.note} {a.author}") for _, a in self.entries]
        words = fold(self.query_one("#annotations-filter", Input).value).split()
        tag = TAG_FILTERS[self.tag]
        shown = []
        for (art, a), folded in zip(self.entries, self._folded, strict=True):
            if (
                tag == "orphaned"
                and not a.orphaned
                or tag not in (None, "orphaned")
                and a.tag != tag
            ):
                continue
            if all(w in folded for w in words):
                shown.append((art, a))
        self.shown = shown
        table = self.query_one("#annotations-table", RowTable)
        width = max(20, table.size.width or self.size.width)
        rows = LazyRows(shown, partial(format_annotation_row, width=width))
        table.show(rows, {i for i, (_, a) in enumerate(shown) if a.orphaned}, table.cursor)
        label = tag or "every tag"
        self.query_one("#annotations-header", TextLine).set_text(
            f"All annotations · {len(shown)} of {len(self.entries)} · {label} (ctrl+t)"
        )
        self._where()

    def _where(self) -> None:
        """Where the cursor is in the list (the table has no scrollbar)."""
        table = self.query_one("#annotations-table", RowTable)
        at = f"{table.cursor + 1}/{len(self.shown)}" if self.shown else ""
        self.query_one("#annotations-status", TextLine).set_text(at)

    @on(Input.Submitted, "#annotations-filter")
    def _submitted(self) -> None:
        self.action_open()

    def action_move(self, step: int) -> None:
        self.query_one("#annotations-table", RowTable).move(step)
        self._where()

    def action_page(self, direction: int) -> None:
        table = self.query_one("#annotations-table", RowTable)
        table.move(direction * table.page())
        self._where()

    def action_tag(self) -> None:
        self.tag = (self.tag + 1) % len(TAG_FILTERS)
        self.refilter()

    def action_open(self) -> None:
        table = self.query_one("#annotations-table", RowTable)
        if 0 <= table.cursor < len(self.shown):
            art, a = self.shown[table.cursor]
            self.app.open_from_library(art.key, at=a.uuid)

    def action_help(self) -> None:
        show_help(self)

    def action_back(self) -> None:
        self.app.show_library()


class ConfirmScreen(ModalScreen[bool]):
    """A yes / no question; nothing happens until the reader answers."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        from textual.content import Content

        yield Static(Content(self.question), id="confirm-box")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
