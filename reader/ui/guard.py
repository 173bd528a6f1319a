"""Saving from the UI: a failed save is said loudly, and the app keeps running."""

from __future__ import annotations

from reader.errors import ReaderError


def guarded(screen, call, *args):
    """Run `call(*args)`, which may save; if the save fails (disk full, read-only, damaged
    meanwhile) say so loudly and keep running: the change was not applied, and the user must know."""
    try:
        return call(*args)
    except (ReaderError, OSError) as exc:
        line = (
            exc.line()
            if isinstance(exc, ReaderError)
            else f"{exc.filename or ''} {exc.strerror or exc}".strip()
        )
        screen.say(f"NOT SAVED: {line}")
        screen.notify(line, title="Could not save", severity="error", timeout=15)
        return None
