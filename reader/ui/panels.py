"""Side panels: the annotation list, the sources, the rejected suggestions.

Each is a widget of its own that fills itself from the reader state and posts a message when the
reader picks a row; the screen handles the messages (`@on`) with one call on the state. Keys on a
row act on that row: in the annotation list, x deletes the highlighted annotation, t changes its tag, and f
filters by verdict (the claims without one yet, then each verdict of the rating scale).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.display import excerpt, visible
from reader.errors import ReaderError
from reader.ui.pane import TAG_LETTERS
from reader.ui.widgets import hanging

TO_CHECK = "\x00to-check"  # the annotation list's filter for claims without a verdict


class Panel(OptionList):
    """A list panel: `fill(state)` shows the rows; its excerpts use the width it has."""

    empty = "Nothing here."

    def row_width(self) -> int:
        """The columns a row's text has: beside the scrollbar and inside the options' padding
        (wrapped wider, Textual wraps it again and a word lands at the left edge)."""
        padding = self.get_component_styles("option-list--option").padding
        return max(1, self.scrollable_content_region.width - padding.left - padding.right)

    def excerpt_limit(self) -> int:
        """Characters of an excerpt: three rows of the panel's width."""
        return max(24, 3 * (self.row_width() - 2))

    def indented(self, text: str) -> str:
        """`text` wrapped to the panel's width with every row indented: a wrapped excerpt
        that went on at the left edge read as the next entry's head."""
        return hanging("  ", text, self.row_width())

    filled_width = -1  # the width its rows were last wrapped to

    def show_rows(self, options: list[Option]) -> None:
        self.filled_width = self.row_width()
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(options or [Option(Content(self.empty), disabled=True)])
        if options:
            self.highlighted = min(highlighted or 0, len(options) - 1)


class AnnotationList(Panel):
    """Every annotation of the article: tag, page, excerpt, old wording, note."""

    BINDINGS = [
        Binding("x,delete", "act('delete')", "Delete it", id="list-delete"),
        Binding("t", "act('cycle_tag')", "Change its tag", id="list-cycle-tag"),
        Binding("f", "verdict_filter", "Filter by verdict", id="list-verdict-filter"),
    ]
    # the verdict filter: None shows all; TO_CHECK the claims without a verdict; else a name
    verdict_filter: str | None = None
    empty = "No annotations yet: select (v) and tag (1/2/3)."

    class Jump(Message):
        """Go to this annotation in the text."""

        def __init__(self, uuid: str) -> None:
            super().__init__()
            self.uuid = uuid

    class Act(Message):
        """Apply a state action (delete, cycle_tag) to this annotation."""

        def __init__(self, uuid: str, action: str) -> None:
            super().__init__()
            self.uuid = uuid
            self.action = action

    def fill(self, state) -> None:
        from reader.core.verdicts import verdict_filter

        self.state = state
        self.empty = (
            "No claims match the verdict filter (f: the next one)."
            if self.verdict_filter is not None
            else type(self).empty
        )
        limit = self.excerpt_limit()
        options = []
        wanted = self.verdict_filter
        conflicted = state.store.conflicted()
        for a in state.session.shown():  # P: one person's, or everyone's
            if wanted is not None and not verdict_filter(a, None if wanted == TO_CHECK else wanted):
                continue
            where = "orphan" if a.orphaned else state.article.page_label(a.page)
            head = f"{a.tag} · {where}"
            if a.tag == "claim" or a.verdict:
                head += f" · {excerpt(a.verdict, 30) if a.verdict else 'no verdict'}"
            if a.evidence:
                head += f" · {len(a.evidence)} evidence"
            head += f" — {excerpt(a.speaker, 30)}" if a.speaker else ""
            head += f" · {excerpt(a.author, 24)}" if a.author else ""
            head += " · CONFLICT (C)" if a.uuid in conflicted else ""
            # the head wraps under itself, not under the tag's letter (at 100 columns the
            # author went to the left edge)
            rows = [hanging(f"{TAG_LETTERS[a.tag]} ", head, self.row_width())]
            rows.append(self.indented(excerpt(a.exact, limit)))
            if a.previous_exact:
                rows.append(self.indented(f"was: {excerpt(a.previous_exact, limit)}"))
            if a.note:
                rows.append(self.indented(f"✎ {excerpt(a.note, limit)}"))
            options.append(Option(Content("\n".join(rows)), id=a.uuid))
        self.show_rows(options)

    def action_verdict_filter(self) -> None:
        """f: all → claims without a verdict yet → each verdict of the scale → all."""
        state = getattr(self, "state", None)
        if state is None:
            return
        try:
            names = state.rating_scale().names()
        except ReaderError:
            names = []
        steps: list[str | None] = [None, TO_CHECK, *names]
        at = steps.index(self.verdict_filter) if self.verdict_filter in steps else 0
        self.verdict_filter = steps[(at + 1) % len(steps)]
        shown = {None: "", TO_CHECK: "claims without a verdict"}
        label = shown.get(self.verdict_filter, f"verdict {self.verdict_filter}")
        self.border_subtitle = Content(visible(f"{label} (f)")) if label else None
        self.fill(state)

    def _highlighted_id(self) -> str | None:
        if self.highlighted is None or not self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id

    def action_act(self, action: str) -> None:
        uuid = self._highlighted_id()
        if uuid:
            self.post_message(self.Act(uuid, action))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Jump(event.option.id))


class SourcesList(Panel):
    """Who the article cites, most cited first, each with the quotes and claims it is given:
    enter on a source goes to its next mention, enter on a quote or claim goes to it."""

    empty = "No cited sources found."

    class Jump(Message):
        """Go to the next mention of the source at `index`."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Said(Message):
        """Go to the `which`-th quote or claim of the source at `index`."""

        def __init__(self, index: int, which: int) -> None:
            super().__init__()
            self.index = index
            self.which = which

    def fill(self, state, waiting: bool = False) -> None:
        if waiting:
            self.show_rows([Option(Content("Still looking for sources…"), disabled=True)])
            return
        limit = max(16, self.row_width() - 4)  # one row each: the list stays scannable
        rows = []
        for i, src in enumerate(state.sources):
            said = state.said_by(i)
            rows.append(Option(Content(_source_head(src, said)), id=f"source:{i}"))
            for j, s in enumerate(said):
                status = state.suggestion_status(s)
                mark = {"open": TAG_LETTERS[s.tag].lower(), "accepted": TAG_LETTERS[s.tag]}
                rows.append(
                    Option(
                        Content(f"  {mark.get(status, '×')} {excerpt(s.text, limit)}"),
                        id=f"said:{i}:{j}",
                    )
                )
        self.show_rows(rows)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, where = (event.option.id or "").partition(":")
        if kind == "source":
            self.post_message(self.Jump(int(where)))
        elif kind == "said":
            index, which = where.split(":")
            self.post_message(self.Said(int(index), int(which)))


def _source_head(src, said: list) -> str:
    """ "Sam Altman — 2 quotes, 1 claim · cited 3×": what the source is given, and how often
    the article names it as a source."""
    counts: dict[str, int] = {}
    for s in said:
        counts[s.tag] = counts.get(s.tag, 0) + 1
    given = ", ".join(
        f"{n} {tag if n == 1 else tag + 's'}"
        for tag in ("quote", "claim", "speculation")
        if (n := counts.get(tag, 0))
    )
    return visible(f"{src.name} — {given + ' · ' if given else ''}cited {src.count}×")


class RejectionList(Panel):
    """The suggestions rejected in this article; enter suggests one again."""

    empty = "No rejected suggestions."

    class Restore(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def fill(self, state) -> None:
        limit = self.excerpt_limit()
        self.show_rows(
            [
                Option(
                    Content(f"{visible(r.rule)}\n{self.indented(excerpt(r.exact, limit))}"),
                    id=f"rejection:{i}",
                )
                for i, r in enumerate(state.session.rejections())
            ]
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Restore(int(event.option.id.split(":", 1)[1])))
