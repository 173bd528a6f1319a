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
