"""Saving from the UI: a failed save is said loudly, and the app keeps running."""

from __future__ import annotations

from functools import wraps

from reader.errors import ReaderError


def guarded(method):
    """Run a method that saves; if the save fails (disk full, database damaged meanwhile), say so
    loudly and keep running: the change was not applied, and the user must know it."""

    @wraps(method)
    def run(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (ReaderError, OSError) as exc:
            line = (
                exc.line()
                if isinstance(exc, ReaderError)
                else f"{exc.filename or ''} {exc.strerror or exc}"
            )
            self.say(f"NOT SAVED: {line}")
            self.notify(line, title="Could not save", severity="error", timeout=15)

    return run
