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
