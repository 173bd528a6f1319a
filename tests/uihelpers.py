"""Helpers for Pilot tests: build the app as `reader FILE` does, and read what the screen shows."""

from __future__ import annotations

from textual.geometry import Region

from reader.ui.launch import build_app


def make_app(files, db, lang: str | None = "de", width: int = 76):
    app, _store = build_app([str(f) for f in files], db=str(db), lang=lang, width=width)
    return app


def screen_lines(widget) -> list[str]:
    """The text of each row the widget shows on screen right now (trailing spaces stripped)."""
    size = widget.content_size
    strips = widget.render_lines(Region(0, 0, size.width, size.height))
    return ["".join(seg.text for seg in strip).rstrip() for strip in strips]


def status(app) -> str:
    return " ".join(screen_lines(app.reader_screen.query_one("#status")))


def header(app) -> str:
    return " ".join(screen_lines(app.reader_screen.query_one("#header")))


def styles_at(pane_view, offset: int) -> list:
    """The styles the pane draws at article `offset` (it must be on the pane)."""
    for y, line in enumerate(pane_view.pane.lines):
        if line.start <= offset < line.end:
            content = pane_view.row_content(y)
            at = offset - line.start
            return [sp.style for sp in content.spans if sp.start <= at < sp.end]
    raise AssertionError(f"offset {offset} is not on the pane")


def text_lines(pane_view) -> list[str]:
    """What the pane shows of the article on each row (its margin of marks cut off)."""
    from reader.ui.pane import MARGIN

    return [row[MARGIN:] for row in screen_lines(pane_view)]


def margin_lines(pane_view) -> list[str]:
    """The margin marks of each row of the pane (C / Q / S, c / q / s)."""
    from reader.ui.pane import MARGIN

    return [row[:MARGIN] for row in screen_lines(pane_view)]
