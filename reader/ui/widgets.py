"""The one-line bars (header, status). They draw what the core says.

Text always goes into `Content(...)` objects, never into markup strings, and through `visible()`,
so `[bold]x[/]` shows as those characters and an ESC never reaches the terminal.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.core.display import visible


class TextLine(Static):
    """A one-line label whose text is data: always a Content, never parsed as markup."""

    _shown: str | None = None

    def set_text(self, text: str) -> None:
        if text != self._shown:  # an unchanged line is not redrawn
            self._shown = text
            self.update(Content(visible(text)), layout=False)  # one fixed row: no re-layout


def hanging(lead: str, text: str, width: int) -> str:
    """`lead`, then `text` wrapped to `width` columns with its later rows under its first, not at
    the edge (a list's excerpt, a key's description in the help). Greedy on spaces, a word longer
    than a row cut: plain and linear, since a list of 10,000 annotations wraps each of its
    excerpts whenever it refills (textwrap took 45 µs an excerpt)."""
    room = max(12, width - len(lead))
    rows: list[str] = []
    row = ""
    for word in text.split():
        while len(word) > room:
            if row:
                rows.append(row)
                row = ""
            rows.append(word[:room])
            word = word[room:]
        if row and len(row) + 1 + len(word) > room:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    rows.append(row)
    pad = " " * len(lead)
    return "\n".join([lead + rows[0], *(pad + r for r in rows[1:])])
