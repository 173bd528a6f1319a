"""The conflict picker: the versions of one annotation a team sync kept, to keep one (or merge)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.display import visible
from reader.core.team import Version, person


def _row(n: int, v: Version) -> str:
    a = v.annotation
    note = " ".join(a.note.split()) or "(no note)"
    if len(note) > 160:
        note = note[:159] + "…"
    when = a.modified[:16].replace("T", " ")
    head = visible(f"{n}. {v.label}: {a.tag} by {person(a.author)}, {when}")
    return f"{head}\n   {visible(note)}"  # two lines: the line break is ours, not the note's


class ConflictScreen(ModalScreen[Version | None]):
    """enter keeps the highlighted version; escape decides nothing."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-conflict")]

    def __init__(self, passage: str, versions: list[Version]) -> None:
        super().__init__()
        self.passage = passage
        self.versions = versions

    def compose(self) -> ComposeResult:
        excerpt = self.passage if len(self.passage) <= 160 else self.passage[:159] + "…"
        with Vertical(id="note-box"):
            yield Static(
                Content(visible(f"Two people changed “{excerpt}”. Keep which? (enter)")),
                id="conflict-title",
            )
            yield OptionList(
                *(Option(Content(_row(n, v)), id=str(n)) for n, v in enumerate(self.versions, 1)),
                id="conflict-versions",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.versions[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


def pick_version(screen) -> None:
    """C on the reading screen: the picker for the annotation under the cursor."""
    from reader.core import team
    from reader.ui.guard import guarded

    state = screen.state
    current = state.annotation_at_cursor()
    found = team.versions(state, current.uuid) if current is not None else []
    if current is None or not found:
        screen.say("No conflict here: C picks a version where a sync kept two")
        return

    def done(chosen: Version | None) -> None:
        if chosen is not None:
            guarded(screen, team.pick, state, chosen)
            screen.redraw()

    screen.app.push_screen(ConflictScreen(current.exact, found), done)
