"""Fact-checking in the app: the verdict picker (V) and the evidence form (E), keyboard only.

Both act on the claim under the cursor through the reader state, so every change is saved when
made and undoable with u like any other. Verdict names, sources, notes and speakers are data:
they go into `Content` through `visible`, never into markup.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.display import excerpt, visible
from reader.errors import ReaderError
from reader.ui.guard import guarded

NO_VERDICT = "\x00none"  # the picker's row for "no verdict" (no verdict name can hold NUL)


class VerdictScreen(ModalScreen[str | None]):
    """Pick a verdict from the rating scale: ↑ ↓ and enter; escape leaves it as it was.
    Dismissed with the name, NO_VERDICT, or None (cancelled)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-verdict")]
    DEFAULT_CSS = """
    VerdictScreen { align: center middle; }
    #verdict-box { width: 60; max-width: 90%; height: auto; max-height: 100%;
                   border: round $primary; background: $surface; padding: 0 1; }
    #verdict-passage { max-height: 3; }
    #verdict-list { height: auto; max-height: 16; }
    """

    def on_resize(self) -> None:
        # a low terminal (50x14): the list shrinks, so the box keeps its border and every verdict
        # can be scrolled to, instead of running off the bottom of the screen
        listing = self.query_one("#verdict-list", OptionList)
        listing.styles.max_height = max(3, min(16, self.size.height - 6))

    def __init__(self, passage: str, names: list[str], current: str | None) -> None:
        super().__init__()
        self.passage = passage
        self.names = names
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Content(visible(n)), id=n) for n in self.names]
        options.append(Option(Content("(no verdict)"), id=NO_VERDICT))
        with Vertical(id="verdict-box"):
            yield Static(
                Content(f"Verdict on: {excerpt(self.passage, 160, paragraphs=True)}"),
                id="verdict-passage",
            )
            yield OptionList(*options, id="verdict-list")

    def on_mount(self) -> None:
        listing = self.query_one("#verdict-list", OptionList)
        ids = [*self.names, NO_VERDICT]
        listing.highlighted = ids.index(self.current) if self.current in ids else 0
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EvidenceScreen(ModalScreen[None]):
    """The claim's speaker and evidence: tab moves between the fields; enter in the source or
    note field adds an item, x (or delete) in the list removes the highlighted one, enter in
    the speaker field saves it; escape closes. Each change is saved at once (u undoes it)."""

    BINDINGS = [Binding("escape", "close", "Close", id="close-evidence")]
    DEFAULT_CSS = """
    EvidenceScreen { align: center middle; }
    #evidence-box { width: 80; max-width: 95%; height: auto; max-height: 100%;
                    border: round $primary; background: $surface; padding: 0 1; }
    #evidence-passage { max-height: 3; }
    #evidence-list { height: auto; max-height: 8; }
    #evidence-message { color: $text-warning; }
    /* one-row fields on a low terminal have no box: a bar at their left says which has the
       cursor (new-user review, 50x14) */
    #evidence-box Input.-textual-compact { border-left: outer $panel !important; }
    #evidence-box Input.-textual-compact:focus { border-left: outer $accent !important; }
    """

    def on_resize(self) -> None:
        # a low terminal (50x14): one-row fields and a shorter list, so the whole form fits
        low = self.size.height < 24
        for field in self.query(Input):
            field.compact = low
        listing = self.query_one("#evidence-list", EvidenceList)
        listing.compact = low
        listing.styles.max_height = max(2, min(8, self.size.height - (10 if low else 18)))

    def __init__(self, reading_screen, uuid: str) -> None:
        super().__init__()
        self.reading_screen = reading_screen
        self.uuid = uuid

    @property
    def annotation(self):
        return self.reading_screen.state.session.get(self.uuid)

    def compose(self) -> ComposeResult:
        a = self.annotation
        with Vertical(id="evidence-box"):
            # in the order tab visits them, the first one focused: what this form is for first
            yield Static(
                Content(f"Evidence for: {excerpt(a.exact, 160, paragraphs=True)}"),
                id="evidence-passage",
            )
            yield Input(placeholder="https://… or a file path (enter adds)", id="evidence-source")
            yield Input(placeholder="A short note on it (enter adds)", id="evidence-note")
            yield EvidenceList(id="evidence-list")
            yield Input(
                value=a.speaker or "",
                placeholder="Who makes the claim (enter saves)",
                id="evidence-speaker",
                select_on_focus=False,
            )
            yield Static(Content(""), id="evidence-message")

    def on_mount(self) -> None:
        self.fill()
        self.query_one("#evidence-source", Input).focus()

    def fill(self) -> None:
        a = self.annotation
        listing = self.query_one("#evidence-list", EvidenceList)
        was = listing.highlighted or 0
        listing.clear_options()
        if a is None or not a.evidence:
            listing.add_option(Option(Content("No evidence yet."), disabled=True))
            return
        for n, item in enumerate(a.evidence):
            note = f" — {excerpt(item.note, 60)}" if item.note else ""
            listing.add_option(
                Option(Content(f"{n + 1}. {excerpt(item.source, 70)}{note}"), id=str(n))
            )
        listing.highlighted = min(was, len(a.evidence) - 1)

    def say(self, text: str) -> None:
        self.query_one("#evidence-message", Static).update(Content(visible(text)))

    def _act(self, call, *args) -> object:
        """One change through the reader state; its answer shown here and in the status line."""
        state = self.reading_screen.state
        try:
            result = call(*args)
        except ReaderError as exc:
            result = None
            state.message = f"NOT SAVED: {exc.line()}"
        self.say(state.message)
        self.reading_screen.redraw()
        self.fill()
        return result

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        state = self.reading_screen.state
        if event.input.id == "evidence-speaker":
            self._act(state.set_speaker, self.uuid, event.value)
            return
        source = self.query_one("#evidence-source", Input)
        note = self.query_one("#evidence-note", Input)
        if not source.value.strip():
            self.say("Give a web address or a file first")
            source.focus()
            return
        base = getattr(self.reading_screen, "export_dir", None)
        if self._act(state.add_evidence, self.uuid, source.value, note.value, base):
            source.value = note.value = ""
            source.focus()

    def on_evidence_list_remove(self, event: EvidenceList.Remove) -> None:
        self._act(self.reading_screen.state.remove_evidence, self.uuid, event.index)

    def action_close(self) -> None:
        self.dismiss(None)


class EvidenceList(OptionList):
    """The claim's evidence items; x or delete removes the highlighted one."""

    BINDINGS = [Binding("x,delete", "remove", "Remove it", id="evidence-remove")]

    class Remove(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def action_remove(self) -> None:
        if self.highlighted is None or not self.option_count:
            return
        option = self.get_option_at_index(self.highlighted)
        if option.id is not None:
            self.post_message(self.Remove(int(option.id)))


def open_verdict(screen) -> None:
    """V: the verdict picker for the claim under the cursor (or why there is none)."""
    state = screen.state
    claim = state.verdict_target()
    if claim is None:
        screen.redraw()
        return
    try:
        scale = state.rating_scale()
    except ReaderError as exc:  # a bad rating_scale in the settings: said, nothing changes
        screen.say(exc.line())
        screen.notify(exc.line(), title="Rating scale", severity="error", timeout=15)
        return

    def done(choice: str | None) -> None:
        if choice is not None:
            guarded(screen, state.set_verdict, claim.uuid, None if choice == NO_VERDICT else choice)
            screen.redraw()

    screen.app.push_screen(VerdictScreen(claim.exact, scale.names(), claim.verdict), done)


def open_evidence(screen) -> None:
    """E: the evidence form for the claim under the cursor (or why there is none)."""
    claim = screen.state.evidence_target()
    if claim is None:
        screen.redraw()
        return
    screen.app.push_screen(EvidenceScreen(screen, claim.uuid), lambda _: screen.redraw())
