"""One exception type for every refusal the user must see as a single line (exit status 2)."""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A problem with the user's input or environment, reported as `path: reason`."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        super().__init__(self.line())

    def line(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class CorruptDatabase(ReaderError):
    """The database file exists but cannot be read; it must never be overwritten."""


class UnsavableText(ReaderError, ValueError):
    """Text that cannot be written back out as UTF-8 (a lone surrogate, or a byte that was not
    UTF-8 on the command line): refused before it is stored."""
