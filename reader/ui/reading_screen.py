"""The reading screen: keys become one call on the reader state, then the screen is drawn.

Rules (what is under the cursor, where tab goes, what the status line says) live in
`reader.core.reader_state`; this module lays out the widgets, opens the UI's own things (help,
search box, panels, note editor) and draws the state after every key.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from reader.core.reader_state import ReaderState
from reader.errors import ReaderError
from reader.ui.bindings import READER_BINDINGS
from reader.ui.guard import guarded
from reader.ui.pane import MARGIN, PaneView
from reader.ui.panels import AnnotationList, Panel, RejectionList, SourcesList
from reader.ui.screens import NoteScreen, show_help
from reader.ui.widgets import TextLine

SAVE_DELAY = 1.0  # seconds after the last move before the reading position is saved
PREPARE_DELAY = 0.04  # seconds after a redraw before the next pane is rendered ahead
MIN_TEXT_COLUMNS = 44  # a panel beside the text must leave it this wide, else it covers the text
PANELS = {"annotations": "panel", "sources": "sources", "rejections": "rejections"}


class ReaderScreen(Screen):
    """The reading screen: its bindings sit above Textual's default tab / shift+tab focus keys."""

    BINDINGS = READER_BINDINGS

    def __init__(self, state: ReaderState, *, width: int = 76, language_known: bool = True) -> None:
        super().__init__(id="reader")
        self.state = state
        self.column_width = width
        self.language_known = language_known
        self._rest_mounted = False
        self._layout_timer = None
        self._save_timer = None
        self._suggestions_started = False
        self._panel_revision = -1
        self._sources_revision = -1
        self._prepare_timer = None
        self._prepared = None  # the next pane's view, rendered ahead
        self._pane: PaneView | None = None  # kept, so no key press searches the DOM for it twice
        self._status: TextLine | None = None  # the same for the status line redraw writes
        self.export_dir = Path.cwd()

    # layout -------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield TextLine(id="header")
        with Horizontal(id="body"):
            with Horizontal(id="column"):
                self._pane = PaneView(id="pane")
                yield self._pane
        self._status = TextLine(id="status")
        yield self._status
        # The footer, the panels and the search box are mounted after the first pane is painted
        # (see _mount_rest): the first pane is what the user waits for.

    def on_mount(self) -> None:
        self.state.settings = getattr(self.app, "settings", None)  # its rating scale
        pane = self.reading_pane
        pane.styles.max_width = self.column_width + MARGIN
        pane.focus()
        self.query_one("#header", TextLine).set_text(self.state.header())
        self.call_after_refresh(self._first_paint)
        self.set_interval(2.0, self._team_tick)  # a sync --watch beside the app: its changes

    def _team_tick(self) -> None:
        from reader.core.team import tick

        if guarded(self, tick, self.state):
            self.redraw()

    def _first_paint(self) -> None:
        """The pane's size is known after the first layout: draw it (the rest waits for it)."""
        self._fit()

    @on(PaneView.Painted)
    def _after_first_paint(self) -> None:
        self._save(self.state.remember_article)
        self._mount_rest()
        self._layout_timer = self.set_interval(
            0.02, self._layout_more, pause=self.state.reading.pagination.complete
        )
        if not self.language_known:
            self.confirm_language()
        self.start_suggestions()
        self.app.settle_heap()

    def _mount_rest(self) -> None:
        """Mount what the first pane does not need; idempotent, so any action can ask for it."""
        body = self.query_one("#body")
        if self._rest_mounted or not body.is_attached:  # (not while the app is closing)
            return
        self._rest_mounted = True
        from textual.widgets import Footer

        annotations = AnnotationList(id="panel", classes="panel")
        annotations.border_title = "Annotations (x delete, t tag, enter go)"
        sources = SourcesList(id="sources", classes="panel")
        sources.border_title = "Who says so? (sources)"
        rejections = RejectionList(id="rejections", classes="panel")
        rejections.border_title = "Rejected suggestions (enter restores)"
        body.mount(annotations, sources, rejections)
        search = Input(placeholder="Search (enter: find, escape: close)", id="search")
        self.mount(search, before=self._status)
        self.mount(Footer())
        # once mounted: a footer that arrives after focus was set shows no keys until told, and it
        # takes a row from the pane, so re-fit
        self.call_after_refresh(self.refresh_bindings)
        self._place_panels()

    def widget(self, id: str) -> Widget:
        """A widget of this screen by id, mounting the deferred ones first if need be."""
        self._mount_rest()
        return self.query_one(f"#{id}")

    def on_resize(self) -> None:
        self._place_panels()

    def _fit(self) -> None:
        """Give the reading its pane size (after a layout: a resize, a panel shown or hidden)."""
        if self._gone:
            return  # left for the library before this callback ran: its widgets are gone
        pane = self.reading_pane
        size = pane.content_size
        if size.width > MARGIN and size.height > 0:
            self.state.reading.resize(size.width - MARGIN, size.height)
        if self._layout_timer is not None and not self.state.reading.pagination.complete:
            self._layout_timer.resume()
        self.redraw()

    def _place_panels(self) -> None:
        """A panel sits beside the text when the text keeps MIN_TEXT_COLUMNS, else covers it;
        then the pane is measured again once the layout is done."""
        if self._rest_mounted:
            open_panel = next((p for p in self.query(Panel) if p.display), None)
            column = self.query_one("#column")
            if open_panel is None:
                column.display = True
            else:
                beside = self.size.width - 50 >= MIN_TEXT_COLUMNS  # panels are up to 50 wide
                open_panel.set_class(not beside, "-cover")
                column.display = beside
                self.call_after_refresh(self._refill_if_resized, open_panel)
        self.call_after_refresh(self._fit)

    def _layout_more(self) -> None:
        """Lay out the rest of a long article a little at a time, between key presses."""
        pagination = self.state.reading.pagination
        if pagination.complete:
            self._layout_timer.pause()
            return
        page = self.state.reading.pane.page
        known = pagination.panes_in_page(page)
        pagination.extend(16)
        if pagination.panes_in_page(page) != known:
            self.redraw()  # the status line can now say "pane 3/812" instead of "3/…"

    # drawing ------------------------------------------------------------------------------------
    @property
    def reading_pane(self) -> PaneView:
        """The pane, kept from `compose`: a key press never searches the DOM for it."""
        assert self._pane is not None, "composed before any use"
        return self._pane

    @property
    def _gone(self) -> bool:
        """Late work (suggestions, a fetched page, a timer) for a screen already left, or one
        whose widgets a closing app has removed before the screen itself (in any order: the
        status line may go before the pane)."""
        return not self.is_attached or not all(
            widget is not None and widget.is_attached for widget in (self._pane, self._status)
        )

    def redraw(self) -> None:
        if self._gone:
            return
        state = self.state
        model = state.view()
        self.reading_pane.show(state.article.text, model)
        # the next pane, rendered ahead once this frame is on screen (a frame follows an action
        # within one 60 Hz tick; PREPARE_DELAY is well past it, and well before a reader turns)
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
        self._prepare_timer = self.set_timer(PREPARE_DELAY, self._prepare_next)
        assert self._status is not None  # not gone, so composed
        self._status.set_text(state.status())
        if self._rest_mounted:
            panel = self.query_one("#panel", AnnotationList)
            if panel.display and self._panel_revision != state.session.revision:
                self._panel_revision = state.session.revision
                panel.fill(state)  # only when annotations changed: not on every move
            rejections = self.query_one("#rejections", RejectionList)
            if rejections.display:
                rejections.fill(state)
            sources = self.query_one("#sources", SourcesList)
            if sources.display and self._sources_revision != state.session.revision:
                self._sources_revision = state.session.revision  # accepted or rejected: its marks
                sources.fill(state, waiting=state.layer is None)

    def _prepare_next(self) -> None:
        """Render the next pane ahead (after the frame, never between a key and its frame)."""
        model = None if self._gone else self.state.next_view()
        if model is not None and model != self._prepared:
            self._prepared = model
            self.reading_pane.prepare(self.state.article.text, model)

    def say(self, message: str) -> None:
        self.state.message = message
        self.redraw()

    # keys ---------------------------------------------------------------------------------------
    def _save(self, call, *args) -> None:
        guarded(self, call, *args)

    def action_state(self, method: str) -> None:
        """Most keys: one call on the reader state, then draw (a failed save is said loudly)."""
        moved_from = self.state.reading.cursor
        guarded(self, getattr(self.state, method))
        if self.state.reading.cursor != moved_from:
            self._schedule_save()
        self.redraw()

    def action_tag(self, tag: str) -> None:
        pane = self.reading_pane
        mouse = self.selections.get(pane)
        offsets = pane.offsets_for(mouse) if mouse is not None else None
        guarded(self, self.state.tag, tag, offsets)
        self.clear_selection()
        self.redraw()

    def action_cancel(self) -> None:
        search = self.widget("search")
        panels = [p for p in self.query(Panel) if p.display]
        if search.display:
            search.display = False
            self.reading_pane.focus()
        elif panels:
            for p in panels:
                p.display = False
            self.reading_pane.focus()
            self._place_panels()
        else:
            self.state.cancel()
        self.clear_selection()
        self.redraw()

    def action_step_suggestion(self, forward: bool) -> None:
        if not self.state.step_suggestion(forward):
            self.start_suggestions(asked=True)
        self._schedule_save()
        self.redraw()

    def action_toggle_suggestions(self) -> None:
        self.start_suggestions(asked=True)
        self.state.toggle_suggestions()
        self.redraw()

    def action_export(self, fmt: str) -> None:
        guarded(self, self.state.export, fmt, self.export_dir)
        self.redraw()

    def accept_rule(self, rule: str) -> None:
        guarded(self, self.state.accept_rule, rule)
        self.redraw()

    def action_note(self) -> None:
        current = self.state.annotation_at_cursor()
        if current is None:
            self.say("No annotation here — tag a passage first (1/2/3)")
            return

        def done(note: str | None) -> None:
            if note is not None:
                guarded(self, self.state.set_note, current.uuid, note)
                self.redraw()

        self.app.push_screen(NoteScreen(current.exact, current.note), done)

    def action_verdict(self) -> None:
        from reader.ui.factcheck import open_verdict

        open_verdict(self)

    def action_evidence(self) -> None:
        from reader.ui.factcheck import open_evidence

        open_evidence(self)

    def action_pick_version(self) -> None:
        from reader.ui.team_screens import pick_version

        pick_version(self)

    def action_help(self) -> None:
        show_help(self)

    def _leave(self) -> None:
        """Before the screen goes: the position, and what the library shows of this article."""
        self._save(self.state.save_position)
        self._save(self.state.remember_for_library)

    def action_quit(self) -> None:
        self._leave()
        self.app.exit()

    def action_library(self) -> None:
        self._leave()
        self.app.show_library()

    # search -------------------------------------------------------------------------------------
    def action_search(self) -> None:
        search = self.widget("search")
        search.display = True
        search.value = self.state.reading.query
        search.focus()

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.reading_pane.focus()
        self.state.search(event.value)
        self._schedule_save()
        self.redraw()

    # panels -------------------------------------------------------------------------------------
    def action_toggle_panel(self, name: str) -> None:
        target = self.widget(PANELS[name])
        was_open = target.display
        for panel in self.query(Panel):
            panel.display = False
        if not was_open:
            target.display = True
            if name == "sources":
                waiting = self.state.layer is None
                if waiting:
                    self.start_suggestions(asked=True)
                target.fill(self.state, waiting=waiting)
                self._sources_revision = self.state.session.revision
            else:
                target.fill(self.state)
                self._panel_revision = self.state.session.revision
            target.focus()
            self.call_after_refresh(self._refill, target)  # its width is known after the layout
        else:
            self.reading_pane.focus()
        self._place_panels()

    def _refill_if_resized(self, panel: Panel) -> None:
        """Its rows wrap to its width: refill when the layout changed that width (a resize),
        not on every placement (opening it, going back to the text)."""
        if panel.row_width() != panel.filled_width:
            self._refill(panel)

    def _refill(self, panel: Panel) -> None:
        if not panel.display or not self.is_attached:
            return
        if isinstance(panel, SourcesList):
            panel.fill(self.state, waiting=self.state.layer is None)
        else:
            panel.fill(self.state)

    def _back_to_text(self) -> None:
        for panel in self.query(Panel):
            if panel.has_class("-cover"):
                panel.display = False
        self.reading_pane.focus()
        self._place_panels()

    @on(AnnotationList.Jump)
    def jump_to_annotation(self, event: AnnotationList.Jump) -> None:
        a = self.state.session.get(event.uuid)
        if a is None:
            return
        self.state.jump_to_annotation(a)
        if not a.orphaned:
            self._back_to_text()
        self._schedule_save()
        self.redraw()

    @on(AnnotationList.Act)
    def act_on_annotation(self, event: AnnotationList.Act) -> None:
        guarded(self, getattr(self.state, event.action), event.uuid)
        self.redraw()

    @on(SourcesList.Jump)
    def jump_to_source(self, event: SourcesList.Jump) -> None:
        self.state.next_mention(event.index)
        self._back_to_text()
        self._schedule_save()
        self.redraw()

    @on(SourcesList.Said)
    def jump_to_said(self, event: SourcesList.Said) -> None:
        self.state.go_to_said(event.index, event.which)
        self._back_to_text()
        self._schedule_save()
        self.redraw()

    @on(RejectionList.Restore)
    def restore_rejection(self, event: RejectionList.Restore) -> None:
        rejections = self.state.session.rejections()
        if 0 <= event.index < len(rejections):
            guarded(self, self.state.restore, rejections[event.index])
        self.redraw()

    # the reading position -----------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_position)

    def save_position(self) -> None:
        self._save(self.state.save_position)

    # the next page from the web ----------------------------------------------------------------
    def action_fetch_next_page(self) -> None:
        if self.state.article.next_page_url is None:
            self.say("This article names no next page to fetch")
            return
        self.say(f"Fetching {self.state.article.next_page_url} …")
        self.fetch_next_page()

    @work(thread=True, exclusive=True, group="fetch")
    def fetch_next_page(self) -> None:
        try:
            raw = self.state.fetch_next_page()
        except ReaderError as exc:
            self.app.call_from_thread(self.say, f"Not fetched: {exc.line()}")
            return
        self.app.call_from_thread(self._page_fetched, raw)

    def _page_fetched(self, raw) -> None:
        if raw is None:
            self.say("No next page found")
            return
        guarded(self, self.state.append_page, raw)
        if not self.is_attached:
            return  # the page is kept; the screen it was fetched for is gone
        self._suggestions_started = False
        self.start_suggestions()
        self._fit()

    # background work ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="language")
    def confirm_language(self) -> None:
        from reader.core.language import detect_language_isolated

        lang, probability = detect_language_isolated(self.state.article.text)
        self.app.call_from_thread(self._language_confirmed, lang, probability)

    def _language_confirmed(self, lang: str, probability: float) -> None:
        changed = False

        def switch() -> None:
            nonlocal changed
            changed = self.state.switch_language(lang, probability)

        guarded(self, switch)
        if changed and self.is_attached:
            self._fit()
            if self._suggestions_started:
                self.find_suggestions()  # the rules follow the language
            self.query_one("#header", TextLine).set_text(self.state.header())
            self.redraw()

    def start_suggestions(self, asked: bool = False) -> None:
        """Find suggestions in the background (for a very long article only when asked)."""
        if not self._suggestions_started and self.state.wants_suggestions(asked):
            self._suggestions_started = True
            self.find_suggestions()

    @work(thread=True, exclusive=True, group="suggestions")
    def find_suggestions(self) -> None:
        from reader.core.suggest import analyse  # imported here: not on the way to the first pane

        article = self.state.article
        analysis = analyse(article)
        self.app.call_from_thread(self._suggestions_ready, article, analysis)

    def _suggestions_ready(self, article, analysis) -> None:
        if self.state.suggestions_ready(article, analysis) and self.is_attached:
            sources = self.query("#sources")
            if sources and sources.first().display:
                sources.first().fill(self.state)
            self.redraw()
            self.app.settle_heap()  # the suggestions are loaded for good now
