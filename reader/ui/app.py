"""The reader app: key presses become calls on the core (Reading, AnnotationSession), then a redraw."""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget

if TYPE_CHECKING:  # these widgets are imported when mounted, after the first pane
    from textual.widgets import Input

from reader.core.article import Article
from reader.core.reading import Reading
from reader.core.session import AnnotationSession
from reader.ui.annotating import AnnotationActions
from reader.ui.guard import guarded
from reader.ui.screens import HelpScreen
from reader.ui.suggestions import SUGGESTION_BINDINGS, SuggestionActions
from reader.ui.widgets import Gutter, PaneView, TextLine

SAVE_DELAY = 1.0  # seconds after the last move before the reading position is saved


def styles_path() -> Path:
    """styles/ ships inside the wheel as reader/styles; in a source checkout it sits at the top."""
    packaged = Path(__file__).resolve().parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "styles"


def settle_heap() -> None:
    """Move what is loaded now (article, annotations, database) out of the garbage collector's
    sight: a full collection walks every live object, which with thousands of annotations took
    ~100 ms in the middle of a key press. Garbage made later is collected as usual, with full
    collections rarer (they were the slowest key presses; cycles are rare in what a frame makes)."""
    gc.freeze()
    gc.set_threshold(5_000, 20, 100)


def B(
    keys: str, action: str, description: str, id: str, show: bool = False, tooltip: str = ""
) -> Binding:
    """A binding with an id (remappable); `description` is the footer's word, `tooltip` the help's."""
    return Binding(keys, action, description, show=show, id=id, tooltip=tooltip)


class ReaderScreen(AnnotationActions, SuggestionActions, Screen):
    """The reading screen: its bindings sit above Textual's default tab / shift+tab focus keys."""

    BINDINGS = [
        B("question_mark", "help", "Help", "help", show=True, tooltip="Help: every key"),
        B("space,pagedown,right", "next_pane", "Pane", "next-pane", show=True, tooltip="Next pane"),
        B("pageup,left", "previous_pane", "Previous pane", "previous-pane"),
        B("b", "back", "Previous pane (word back in a selection)", "back"),
        B("right_square_bracket", "next_page", "Next source page", "next-page"),
        B("left_square_bracket", "previous_page", "Previous source page", "previous-page"),
        B("g,home", "first_pane", "First pane", "first-pane"),
        B("G,end", "last_pane", "Last pane", "last-pane"),
        B(
            "j,down",
            "next_sentence",
            "Sentence",
            "next-sentence",
            show=True,
            tooltip="Next sentence",
        ),
        B("k,up", "previous_sentence", "Previous sentence", "previous-sentence"),
        B("v", "select", "Select", "select", show=True, tooltip="Start (or end) a selection"),
        B("w", "word_forward", "Selection end: next word", "word-forward"),
        B("shift+right", "select_word_forward", "Select by words: next", "select-word-forward"),
        B("shift+left", "select_word_back", "Select by words: previous", "select-word-back"),
        B("o", "swap_ends", "Selection: swap ends", "swap-ends"),
        B("escape", "cancel", "Cancel selection / search", "cancel"),
        B("1", "tag('claim')", "Claim", "tag-claim", show=True, tooltip="Tag as claim"),
        B("2", "tag('quote')", "Quote", "tag-quote", show=True, tooltip="Tag as quote"),
        B(
            "3",
            "tag('speculation')",
            "Spec.",
            "tag-speculation",
            show=True,
            tooltip="Tag as speculation",
        ),
        B("t", "cycle_tag", "Change the tag", "cycle-tag"),
        B("enter", "note", "Write a note", "note"),
        B("x,delete", "delete", "Delete the annotation", "delete"),
        B("u", "undo", "Undo", "undo", tooltip="Undo an annotation change"),
        B("ctrl+r", "redo", "Redo", "redo"),
        B("tab", "next_annotation", "Next annotation", "next-annotation"),
        B("shift+tab", "previous_annotation", "Previous annotation", "previous-annotation"),
        B("a", "toggle_panel", "List", "toggle-panel", show=True, tooltip="Annotation list"),
        B("e", "export", "Export JSON", "export"),
        B("slash", "search", "Search", "search", show=True, tooltip="Search the article"),
        B("N", "previous_match", "Previous match", "previous-match"),
        B("q,ctrl+q", "quit", "Quit", "quit", show=True),
        *SUGGESTION_BINDINGS,
    ]

    def __init__(
        self,
        article: Article,
        store,
        *,
        width: int = 76,
        export_dir: Path | None = None,
        language_known: bool = True,
    ) -> None:
        super().__init__(id="reader")
        self.article = article
        self.store = store
        self.column_width = width
        self.export_dir = export_dir or Path.cwd()
        self.language_known = language_known
        self.session = AnnotationSession(store, article)
        saved = store.position(article.key)
        self.reading = Reading(article, width, 20, saved["offset"] if saved else 0)
        self.current_annotation: str | None = None
        self._panel_revision = -1
        self._rest_mounted = False
        self._layout_timer = None
        self.message = ""
        self._save_timer = None
        self._saved_offset = saved["offset"] if saved else None

    # layout -------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield TextLine(id="header")
        with Horizontal(id="body"):
            with Horizontal(id="column"):
                yield Gutter(id="gutter")
                yield PaneView(id="pane")
        yield TextLine(id="status")
        # The footer, the panels and the search box are mounted after the first pane is painted
        # (see _mount_rest): the first pane is what the user waits for.

    @guarded
    def on_mount(self) -> None:
        self.query_one("#pane", PaneView).styles.max_width = self.column_width
        self.query_one("#pane", PaneView).focus()
        self._show_header()
        self.call_after_refresh(self._after_first_paint)
        if self.session.report:
            self.say(self.session.report.sentence() + " — press a for the list")
        elif self.article.pages_present and (
            notice := self.article.missing_notice(self.article.pages_present[0], -1)
        ):
            self.say(notice)

    def _after_first_paint(self) -> None:
        self._remember_article()
        keymap, problem = load_keymap()
        if keymap:
            self.app.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Keymap", severity="warning", timeout=10)
        self._mount_rest()
        self._layout_timer = self.set_interval(
            0.02, self._layout_more, pause=self.reading.pagination.complete
        )
        if not self.language_known:
            self.confirm_language()
        self.start_suggestions()
        settle_heap()

    @guarded
    def _remember_article(self) -> None:
        """Record the article's sources and version (a write, so not on the way to the first pane)."""
        self.store.remember_article(
            self.article.key,
            sources=list(self.article.sources),
            version=self.article.id,
            title=self.article.title,
        )

    def _mount_rest(self) -> None:
        """Mount what the first pane does not need; idempotent, so any action can ask for it."""
        body = self.query_one("#body")
        if self._rest_mounted or not body.is_attached:  # (not while the app is closing)
            return
        self._rest_mounted = True
        from textual.widgets import Footer, Input, OptionList

        panel = OptionList(id="panel")
        panel.border_title = "Annotations"
        sources = OptionList(id="sources")
        sources.border_title = "Who says so? (sources)"
        body.mount(panel, sources)
        search = Input(placeholder="Search (enter: find, escape: close)", id="search")
        self.mount(search, before=self.query_one("#status"))
        self.mount(Footer())
        # once mounted: a footer that arrives after focus was set shows no keys until told, and it
        # takes a row from the pane, so re-fit
        self.call_after_refresh(self.refresh_bindings)
        self.call_after_refresh(self._fit)

    def widget(self, id: str) -> Widget:
        """A widget of this screen by id, mounting the deferred ones first if need be."""
        self._mount_rest()
        return self.query_one(f"#{id}")

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        pane = self.query_one("#pane", PaneView)
        size = pane.content_size
        if size.width > 0 and size.height > 0:
            self.reading.resize(size.width, size.height)
        if self._layout_timer is not None and not self.reading.pagination.complete:
            self._layout_timer.resume()
        self.redraw()

    def _layout_more(self) -> None:
        """Lay out the rest of a long article a little at a time, between key presses."""
        pagination = self.reading.pagination
        if pagination.complete:
            self._layout_timer.pause()
            return
        known = pagination.panes_in_page(self.reading.pane.page)
        pagination.extend(16)
        if pagination.panes_in_page(self.reading.pane.page) != known:
            self.redraw()  # the status line can now say "pane 3/812" instead of "3/…"

    # drawing ------------------------------------------------------------------------------------
    def _show_header(self) -> None:
        a = self.article
        lang = a.lang if a.lang != "und" else "language undetermined"
        title = a.title or Path(a.sources[0]).name
        parts = [lang, a.kicker, title] if a.kicker else [lang, title]
        self.query_one("#header", TextLine).set_text(" · ".join(parts))

    def redraw(self) -> None:
        r = self.reading
        pane = r.pane
        visible_annotations = self.session.overlapping(pane.start, pane.end + 1)
        suggestions = self.open_suggestions_in(pane.start, pane.end + 1)
        if self.current_annotation and self.session.get(self.current_annotation) is None:
            self.current_annotation = None
        matches = [m for m in r.matches if m[0] < pane.end and m[1] > pane.start]
        current_match = r.matches[r.match_index] if 0 <= r.match_index < len(r.matches) else None
        self.query_one("#pane", PaneView).show(
            self.article.text,
            pane,
            cursor=(r.cursor.start, r.cursor.end),
            selection=(r.selection.start, r.selection.end) if r.selection else None,
            annotations=visible_annotations,
            current_annotation=self.current_annotation,
            matches=matches,
            current_match=current_match,
            suggestions=suggestions,
        )
        self.query_one("#gutter", Gutter).show(pane, visible_annotations, suggestions)
        self.query_one("#status", TextLine).set_text(self.status_text())
        panel = self.query("#panel").first() if self._rest_mounted else None
        if panel is not None and panel.display and self._panel_revision != self.session.revision:
            self._fill_panel()  # only when annotations changed: not on every move

    def status_text(self) -> str:
        r = self.reading
        pane = r.pane
        count = r.pagination.panes_in_page(pane.page)
        parts = [
            self.article.page_label(pane.page),
            f"{pane.index_in_page + 1}/{count if count is not None else '…'}",  # the pane in the page
            f"{round(r.progress() * 100)}%",
            f"{len(self.session)} ann."
            + (f" ({orphans} orphaned)" if (orphans := self.session.orphan_count) else ""),
            *self.suggestion_count(),
        ]
        if r.selection:
            parts.append("SELECT")
        current = self._annotation_under_cursor()
        if current:
            label = f"[{current.tag}]"
            if current.note:
                label += f" “{current.note}”"
            parts.append(label)
        parts += self.suggestion_label()
        if self.message:  # the answer to the last key comes first: narrow terminals cut the end
            parts.insert(0, self.message)
        return " · ".join(parts)

    def say(self, message: str) -> None:
        self.message = message
        self.redraw()

    # the annotation under the cursor ---------------------------------------------------------
    def _annotation_under_cursor(self):
        c = self.reading.cursor
        if self.current_annotation:
            a = self.session.get(self.current_annotation)
            if a is not None and a.start < c.end and a.end > c.start:
                return a
        under = self.session.overlapping(c.start, c.end)
        return under[0] if under else None

    def _after_move(self, annotation=None, suggestion=None) -> None:
        """After any move: the annotation / suggestion it went to (or the first under the cursor)
        becomes current, the position save is scheduled, and the screen is drawn once."""
        self.message = ""
        self.current_suggestion = suggestion
        current = annotation or self._annotation_under_cursor()
        self.current_annotation = current.uuid if current else None
        self._schedule_save()
        self.redraw()

    # reading position ------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_position)

    @guarded
    def save_position(self) -> None:
        offset = self.reading.cursor.start
        if offset != self._saved_offset:
            self.store.save_position(self.article.key, self.article.id, offset)
            self._saved_offset = offset

    def action_quit(self) -> None:
        self.save_position()
        self.app.exit()

    # language --------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="language")
    def confirm_language(self) -> None:
        from reader.core.language import detect_language_isolated

        lang, probability = detect_language_isolated(self.article.text)
        self.app.call_from_thread(self._language_confirmed, lang, probability)

    @guarded
    def _language_confirmed(self, lang: str, probability: float) -> None:
        self.store.cache_language(self.article.id, lang, probability)
        if lang != self.article.lang:
            self.article = self.article.with_language(lang, probability)
            offset = self.reading.cursor.start
            old = self.reading
            self.reading = Reading(
                self.article, old.pagination.width, old.pagination.height, offset
            )
            self.session.article = self.article
            self.layer = None
            if self._suggestions_started:
                self.find_suggestions()  # the rules follow the language
            self._show_header()
            self.redraw()

    # movement --------------------------------------------------------------------------------
    def _move(self, moved: bool, at_edge: str = "") -> None:
        self._after_move()
        if not moved and at_edge:
            self.say(at_edge)

    def _end_notice(self) -> str:
        page = self.reading.pane.page
        return self.article.missing_notice(page, 1) or "End of the article"

    def action_next_pane(self) -> None:
        self._move(self.reading.next_pane(), self._end_notice())

    def _start_notice(self) -> str:
        page = self.reading.pane.page
        return self.article.missing_notice(page, -1) or "Start of the article"

    def action_previous_pane(self) -> None:
        self._move(self.reading.previous_pane(), self._start_notice())

    def action_back(self) -> None:
        if self.reading.selection is not None:
            self.action_word_back()
        else:
            self.action_previous_pane()

    def action_next_page(self) -> None:
        self._move(self.reading.next_page(), self._end_notice())

    def action_previous_page(self) -> None:
        self._move(self.reading.previous_page(), self._start_notice())

    def action_first_pane(self) -> None:
        self.reading.first_pane()
        self._after_move()

    def action_last_pane(self) -> None:
        self.reading.last_pane()
        self._after_move()

    def action_next_sentence(self) -> None:
        self._move(self.reading.next_sentence(), self._end_notice())

    def action_previous_sentence(self) -> None:
        self._move(self.reading.previous_sentence(), self._start_notice())

    # selection ---------------------------------------------------------------------------------
    def action_select(self) -> None:
        if self.reading.selection is None:
            self.reading.start_selection()
            self.say("Selecting: j/k sentences, w/b words, o other end, 1/2/3 tag, escape cancel")
        else:
            self.reading.cancel_selection()
            self._after_move()

    def action_word_forward(self) -> None:
        if self.reading.selection is None:
            self.say("w moves the end of a selection: press v to start one")
            return
        self.reading.move_selection_by_word(True)
        self._after_move()

    def action_word_back(self) -> None:
        self.reading.move_selection_by_word(False)
        self._after_move()

    def action_select_word_forward(self) -> None:
        if self.reading.selection is None:
            self.reading.start_selection()
        self.action_word_forward()

    def action_select_word_back(self) -> None:
        if self.reading.selection is None:
            self.reading.start_selection()
        self.action_word_back()

    def action_swap_ends(self) -> None:
        self.reading.swap_selection_ends()
        self._after_move()

    def action_cancel(self) -> None:
        search = self.widget("search")
        panels = [self.widget(name) for name in ("panel", "sources")]
        if search.display:
            search.display = False
            self.query_one("#pane", PaneView).focus()
        elif any(p.display for p in panels):
            for p in panels:
                p.display = False
            self.query_one("#pane", PaneView).focus()
            self.call_after_refresh(self._fit)
        elif self.reading.selection is None and self.reading.matches:
            self.reading.search("")  # escape ends a search, so n rejects suggestions again
        self.reading.cancel_selection()
        self.clear_selection()
        self._after_move()

    # search --------------------------------------------------------------------------------------
    def action_search(self) -> None:
        search = self.widget("search")
        search.display = True
        search.value = self.reading.query
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        event.input.display = False
        self.query_one("#pane", PaneView).focus()
        count = self.reading.search(event.value)
        self._after_move()
        if event.value.strip():
            self.say(
                f"{count} match{'es' if count != 1 else ''} for “{event.value}”"
                if count
                else f"Not found: “{event.value}”"
            )

    def action_next_match(self) -> None:
        self._move(self.reading.next_match(True))
        self._say_match()

    def action_previous_match(self) -> None:
        self._move(self.reading.next_match(False))
        self._say_match()

    def _say_match(self) -> None:
        r = self.reading
        if r.matches:
            self.say(f"match {r.match_index + 1}/{len(r.matches)}")
        else:
            self.say("No search (press / to search)")

    # help ----------------------------------------------------------------------------
    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.binding_rows()))

    def binding_rows(self) -> list[tuple[str, str]]:
        """(keys, description) for every binding, with the keys the keymap gives them now."""
        rows: dict[str, list[str]] = {}
        ours = {b.id for b in self.BINDINGS}  # not the keys of whatever widget has focus
        for active in self.active_bindings.values():
            if active.binding.id in ours:
                label = active.binding.tooltip or active.binding.description
                rows.setdefault(label, []).append(self.app.get_key_display(active.binding))
        return [(", ".join(keys), description) for description, keys in rows.items()]


class ReaderApp(App):
    """Holds the reading screen; every one of its actions is also in the command palette."""

    CSS_PATH = [styles_path() / "reader.tcss"]
    TITLE = "reader"

    def __init__(self, article: Article, store, **options) -> None:
        super().__init__()
        self.reader_screen = ReaderScreen(article, store, **options)

    def on_mount(self) -> None:
        self.push_screen(self.reader_screen)
        if not self.is_headless:
            self.set_interval(1.0, self._check_terminal)

    def _check_terminal(self) -> None:
        """Quit (saving the position) when the terminal is gone: a closed window under `make run`
        delivers no hangup to us, and Textual would spin on the dead terminal forever."""
        try:
            os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, ValueError, AttributeError):
            self.reader_screen.action_quit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is self.reader_screen:
            for binding in ReaderScreen.BINDINGS:
                run = partial(screen.run_action, binding.action)
                title = binding.tooltip or binding.description
                yield SystemCommand(title, f"key: {binding.key}", run)
            if screen.layer is not None:
                for rule, count in sorted(screen.layer.open_by_rule().items()):
                    yield SystemCommand(
                        f"Accept all suggestions of {rule} ({count})",
                        "make every open suggestion of this rule an annotation",
                        partial(screen.accept_rule, rule),
                    )


def load_keymap() -> tuple[dict[str, str], str]:
    """Remapped keys: a JSON object of binding id → keys, from $READER_KEYMAP or the config folder.
    Returns the keymap and a problem to tell the user about ("" when there is none)."""
    from platformdirs import user_config_path

    path = Path(os.environ.get("READER_KEYMAP") or user_config_path("reader") / "keymap.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, ""
    except (OSError, ValueError) as exc:
        return {}, f"{path}: not read ({exc}); the default keys are in use"
    if not isinstance(data, dict):
        return {}, f"{path}: expected an object of binding id to keys; the default keys are in use"
    known = {b.id for b in ReaderScreen.BINDINGS}
    unknown = sorted(str(k) for k in data if k not in known)
    problem = (
        f"{path}: unknown binding id(s) {', '.join(unknown)} (see ? for the ids)" if unknown else ""
    )
    return {str(k): str(v) for k, v in data.items() if k in known}, problem
