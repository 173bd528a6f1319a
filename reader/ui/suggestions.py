"""The suggestion layer and the sources panel of the reading screen (a mixin of ReaderScreen).

Suggestions are computed in a worker thread (cached per article version by the engine), so
neither the first pane nor any key press waits for them.
"""

from __future__ import annotations

from textual import work
from textual.binding import Binding
from textual.content import Content

from reader.core.display import visible

AUTO_SUGGEST_LIMIT = (
    1_000_000  # characters; longer articles get suggestions when asked ({, }, S, s)
)

SUGGESTION_BINDINGS = [
    Binding("y", "accept_suggestion", "Accept suggestion", id="accept-suggestion", show=False),
    Binding(
        "n",
        "next_match_or_reject",
        "Next match / reject suggestion",
        id="next-match-or-reject",
        show=False,
    ),
    Binding("S", "toggle_suggestions", "Suggestions on/off", id="toggle-suggestions", show=False),
    Binding(
        "right_curly_bracket",
        "next_suggestion",
        "Next suggestion",
        id="next-suggestion",
        show=False,
    ),
    Binding(
        "left_curly_bracket",
        "previous_suggestion",
        "Previous suggestion",
        id="previous-suggestion",
        show=False,
    ),
    Binding("s", "toggle_sources", "Sources", id="toggle-sources", show=False),
]


class SuggestionActions:
    """Accept (y), reject (n), jump ({ / }), show or hide (S) suggestions; the sources panel (s)."""

    layer = None  # a SuggestionLayer once the worker is done
    _suggestions_started = False
    current_suggestion = None  # the one `}` / `{` went to, while the cursor stays on it
    show_suggestions: bool = True
    sources: tuple = ()
    _mention_index: dict[str, int]

    # computing ------------------------------------------------------------------------------
    def start_suggestions(self, asked: bool = False) -> None:
        """Find suggestions in the background; for a very long article only when asked (the rules
        take seconds there and would compete with the key presses for the interpreter)."""
        if len(self.article.text) > AUTO_SUGGEST_LIMIT and not asked:
            return
        if not self._suggestions_started:
            self._suggestions_started = True
            self.find_suggestions()

    @work(thread=True, exclusive=True, group="suggestions")
    def find_suggestions(self) -> None:
        from reader.core.suggest import analyse  # imported here: not on the way to the first pane

        article = self.article
        analysis = analyse(article)
        self.app.call_from_thread(self._suggestions_ready, article, analysis)

    def _suggestions_ready(self, article, analysis) -> None:
        if article is not self.article:  # the language changed meanwhile: a newer run is coming
            return
        from reader.core.suggest.layer import SuggestionLayer

        self.layer = SuggestionLayer(analysis.suggestions, self.session, self.store)
        self.sources = analysis.sources
        self._mention_index = {}
        self.redraw()
        from reader.ui.app import settle_heap

        settle_heap()  # the suggestions are loaded for good now

    def open_suggestions_in(self, start: int, end: int) -> list:
        if self.layer is None or not self.show_suggestions:
            return []
        return self.layer.overlapping(start, end)

    def suggestion_under_cursor(self):
        c = self.reading.cursor
        under = self.open_suggestions_in(c.start, c.end)
        if self.current_suggestion in under:
            return self.current_suggestion
        return under[0] if under else None

    def suggestion_count(self) -> list[str]:
        if self.layer is None or not self.show_suggestions:
            return []
        return [f"{len(self.layer.open())} sugg."]

    def suggestion_label(self) -> list[str]:
        s = self.suggestion_under_cursor() if self.layer is not None else None
        if s is None:
            return []
        who = f" ({visible(s.attribution)})" if s.attribution else ""
        return [f"suggests {s.tag}{who} [{s.rule}] y/n"]

    # actions --------------------------------------------------------------------------------
    def action_accept_suggestion(self) -> None:
        s = self.suggestion_under_cursor()
        if s is None:
            self.say("No suggestion here")
            return
        added = self.layer.accept(s)
        if added is not None:
            self.current_annotation = added.uuid
        self.say(f"Accepted {s.tag}")
        self.current_suggestion = s  # `}` goes on from here, to the next one in this sentence too

    def action_next_match_or_reject(self) -> None:
        """`n`: next search match while a search is on (escape ends it), else reject a suggestion."""
        if self.reading.matches:
            self.action_next_match()
            return
        s = self.suggestion_under_cursor()
        if s is None:
            self._say_match()
            return
        self.layer.reject(s)
        self.say(f"Rejected {s.tag} (not suggested here again)")
        self.current_suggestion = s

    def action_toggle_suggestions(self) -> None:
        self.start_suggestions(asked=True)
        self.show_suggestions = not self.show_suggestions
        self.say(
            "Suggestions shown" if self.show_suggestions else "Suggestions hidden (S shows them)"
        )

    def _jump_to_suggestion(self, forward: bool) -> None:
        if self.layer is None:
            self.start_suggestions(asked=True)
            self.say("Looking for suggestions… (a moment)")
            return
        if not self.show_suggestions:
            self.show_suggestions = True
        here = self.current_suggestion or self.suggestion_under_cursor()
        s = self.layer.step(here, self.reading.cursor.start, forward)
        if s is None:
            self.say("No more suggestions" + (" after this" if forward else " before this"))
            return
        self.reading.cancel_selection()
        self.reading.move_to(s.start)
        self._after_move(suggestion=s)

    def action_next_suggestion(self) -> None:
        self._jump_to_suggestion(True)

    def action_previous_suggestion(self) -> None:
        self._jump_to_suggestion(False)

    def accept_rule(self, rule: str) -> None:
        if self.layer is None:
            return
        count = self.layer.accept_rule(rule)
        self.say(f"Accepted {count} suggestion(s) of {rule}")

    # sources panel --------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        from textual.widgets.option_list import Option

        panel = self.widget("sources")
        panel.clear_options()
        if not self.sources:
            self.start_suggestions(asked=True)
            wait = "Still looking for sources…" if self.layer is None else "No cited sources found."
            panel.add_options([Option(Content(wait), disabled=True)])
            return
        panel.add_options(
            Option(Content(f"{visible(src.name)} — {src.count}×"), id=f"source:{i}")
            for i, src in enumerate(self.sources)
        )
        panel.highlighted = 0

    def action_toggle_sources(self) -> None:
        panel = self.widget("sources")
        self.widget("panel").display = False
        panel.display = not panel.display
        if panel.display:
            self._fill_sources()
            panel.focus()
        else:
            self.query_one("#pane").focus()
        self.call_after_refresh(self._fit)

    def jump_to_source(self, option_id: str) -> None:
        """Enter on a source: the next place the article cites it (cycling)."""
        src = self.sources[int(option_id.split(":", 1)[1])]
        i = self._mention_index.get(src.name, -1) + 1
        i %= len(src.mentions)
        self._mention_index[src.name] = i
        self.reading.cancel_selection()
        self.reading.move_to(src.mentions[i][0])
        self._after_move()
        self.say(f"{visible(src.name)}: mention {i + 1}/{len(src.mentions)}")
