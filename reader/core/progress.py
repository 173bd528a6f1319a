"""How far through an article a position is: one measure for the status line and the library."""

from __future__ import annotations


def percent_read(offset: int, length: int) -> int:
    """The share of an article before `offset`, in percent: the reader's status line and the
    library's row both say this (they disagreed: the end of the displayed pane against the saved
    cursor)."""
    return min(100, round(100 * offset / max(1, length)))
