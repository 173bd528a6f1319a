"""Modal screens: every key (help) and the note editor."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.core.display import excerpt
from reader.ui.widgets import hanging


def show_help(screen) -> None:
    """The help of `screen`: its own bindings, with the keys the keymap gives them now."""
    from reader.ui.bindings import binding_rows

    screen.app.push_screen(HelpScreen(binding_rows(screen)))


class HelpScreen(ModalScreen[None]):
    """Every binding with the keys it has now (after any remapping)."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help", id="close-help")]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content(self.text(100)), id="help-text")

    def text(self, width: int) -> str:
        """Keys, id, then what it does — the one column of any length last, so a long
        description wraps at the end of its own row. Where the three do not fit on a row
        (`width` columns inside the box) the ids are left out: keys and what they do first."""
        keys_width = max((len(keys) for keys, *_ in self.rows), default=10)
        id_width = max((len(binding_id) for _, _, binding_id, _ in self.rows), default=10)
        with_ids = keys_width + id_width + 4 + 24 <= width
        lines = [
            hanging(
                f"{keys.ljust(keys_width)}  {binding_id.ljust(id_width)}  "
                if with_ids
                else f"{keys.ljust(keys_width)}  ",
                text,
                width,
            )
            for keys, text, binding_id, _ in self.rows
        ]
        lines += [
            "",
            "The middle column is each key's id: remap keys in keymap.json by id (see the README)."
            if with_ids
            else "Each key's id, for keymap.json, shows here in a wider terminal (see the README).",
            "ctrl+p opens the command palette: every action is there too.",
            "escape closes this help.",
        ]
        return "Keys\n\n" + "\n".join(lines)

    def on_resize(self) -> None:
        box = self.query_one("#help-box")
        # the width left beside the scrollbar: a row as wide as the box wrapped again, its last
        # word at the left edge, under the keys ("keep", "the")
        width = box.scrollable_content_region.width
        self.query_one("#help-text", Static).update(Content(self.text(width)))

    def action_dismiss(self) -> None:
        self.dismiss(None)


class NoteScreen(ModalScreen[str | None]):
    """Write or edit the note on one annotation; enter saves, escape leaves it unchanged."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-note")]

    def __init__(self, passage: str, note: str) -> None:
        super().__init__()
        self.passage = passage
        self.note = note

    def compose(self) -> ComposeResult:
        # a paragraph break as a pilcrow, not the "␊␊" `visible` makes of it (new-user review)
        passage = excerpt(self.passage, 200, paragraphs=True)
        with Vertical(id="note-box"):
            yield Static(Content(f"Note on: {passage}"), id="note-passage")
            yield Input(
                value=self.note,
                placeholder="Note: enter saves, esc cancels",
                id="note-input",
                select_on_focus=False,  # typing adds to the note; it does not replace it
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
