"""The reader app: the library and the reading screen, the theme (remembered), keymap and palette.

It starts on an article (`reader FILE`) or on the library (`reader`): the library paints from its
summary while the database loads in the background, and opening an article from it, or going back
to it (`L`), replaces the screen.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen

from reader.core.display import visible
from reader.core.reader_state import ReaderState
from reader.errors import ReaderError
from reader.ui.reading_screen import ReaderScreen

if TYPE_CHECKING:
    from reader.core.library import LibraryRow
    from reader.core.store import Store


def styles_path() -> Path:
    """styles/ ships inside the wheel as reader/styles; in a source checkout it sits at the top."""
    packaged = Path(__file__).resolve().parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "styles"


ENDING_GRACE = 5.0  # seconds for the app to end by itself once asked from outside


def end_process_soon(grace: float) -> None:
    """End the process `grace` seconds from now unless it ended first (a daemon thread does
    not keep it alive)."""

    def end() -> None:
        time.sleep(grace)
        with suppress(Exception):
            sys.stderr.flush()
        os._exit(0)

    threading.Thread(target=end, name="end-process-soon", daemon=True).start()


class ReaderApp(App):
    """Holds the reading screen or the library; every action is also in the command palette."""

    CSS_PATH = [styles_path() / "reader.tcss"]
    TITLE = "reader"

    def __init__(
        self,
        state: ReaderState | None = None,
        *,
        store: Store | None = None,
        db_path: Path | None = None,
        library_rows: list[LibraryRow] | None = None,
        settings=None,
        width: int = 76,
        language_known: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.store: Store | None = state.store if state is not None else store
        self.db_path = db_path or (self.store.path if self.store is not None else None)
        self.column_width = width
        self.error: ReaderError | None = None  # a database that failed to load in the background
        self._first = (
            ReaderScreen(state, width=width, language_known=language_known)
            if state is not None
            else None
        )
        self._library_rows = library_rows
        theme = settings.get("theme") if settings is not None else None
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.heap_settler = None  # the launcher's garbage-collector tuning, called when loaded
        #: the article the library was opened from (escape on its empty filter goes back there)
        self.came_from: str | None = None

    @property
    def reader_screen(self) -> ReaderScreen | None:
        """The reading screen on show (or the one the app started with, before it mounts)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return self._first

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables plus the reader's own colours, computed for readable contrast."""
        from reader.ui.theme import reader_variables

        variables = super().get_css_variables()
        variables.update(reader_variables(variables, self.ansi_theme))
        self.theme_variables = variables
        return variables

    def watch_theme(self, theme: str) -> None:
        if self.settings is not None:
            try:
                self.settings.set("theme", theme)
            except Exception as exc:  # never fatal: the theme works, it is just not remembered
                reason = visible(exc.line() if isinstance(exc, ReaderError) else str(exc))
                self.notify(
                    f"The theme could not be remembered: {reason}",
                    severity="warning",
                    markup=False,
                )

    def on_mount(self) -> None:
        self._apply_keymap()
        if self._first is not None:
            self.push_screen(self._first)
        else:
            from reader.ui.library_screen import LibraryScreen

            self.push_screen(LibraryScreen(self._library_rows))
            if self.store is None:
                # after the first paint: a thread loading 200,000 annotations holds the GIL
                # most of the time, and the rows from the summary would wait for it
                self.call_after_refresh(self.load_store)
        if not self.is_headless:
            self.set_interval(1.0, self._check_terminal)
            self._catch_signals()

    # the database, loaded in the background for the library -----------------------------------
    @work(thread=True, exclusive=True, group="store")
    def load_store(self) -> None:
        from reader.core.store import Store

        try:
            store = Store(self.db_path)
        except ReaderError as exc:
            self.call_from_thread(self._store_failed, exc)
            return
        self.call_from_thread(self._store_ready, store)

    def _store_failed(self, exc: ReaderError) -> None:
        self.error = exc
        self.exit(return_code=2)

    def _store_ready(self, store: Store) -> None:
        self.store = store
        from reader.ui.library_screen import LibraryScreen

        if isinstance(self.screen, LibraryScreen):
            self.screen.set_rows(self.library_rows())
        self.settle_heap()

    def library_rows(self) -> list[LibraryRow]:
        from reader.core.library import check_files, copy_store, library_rows

        assert self.store is not None
        rows = library_rows(self.store)
        check_files(rows, copy_store(self.store))
        return rows

    # moving between the library and articles --------------------------------------------------
    def _replace(self, screen: Screen) -> None:
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_library(self) -> None:
        from reader.ui.library_screen import LibraryScreen

        if isinstance(self.screen, ReaderScreen):
            self.came_from = self.screen.state.article.key
        rows = self.library_rows() if self.store is not None else self._library_rows
        self._replace(LibraryScreen(rows))

    def show_all_annotations(self) -> None:
        if self.store is None:
            self.notify("The library is still loading…", timeout=3)
            return
        from reader.core.collection import articles_with_annotations
        from reader.ui.library_screen import AnnotationsScreen

        self._replace(AnnotationsScreen(articles_with_annotations(self.store)))

    def open_from_library(self, key: str, at: str | None = None) -> None:
        """Open the article `key` (and go to annotation `at`), from its file or its copy."""
        if self.store is None:
            self.notify("The library is still loading… (a moment)", timeout=3)
            return
        from reader.core.opening import open_from_library

        try:
            opened = open_from_library(self.store, key, provisional=True)
        except ReaderError as exc:
            self.notify(exc.line(), title="Cannot open", severity="error", timeout=10)
            return
        state = ReaderState(
            opened.article,
            self.store,
            width=self.column_width,
            raw=opened.raw,
            notice=opened.notice,
        )
        target = state.session.get(at) if at else None
        if target is not None:
            state.jump_to_annotation(target)
        screen = ReaderScreen(state, width=self.column_width, language_known=opened.language_known)
        self._replace(screen)

    def forget(self, key: str, title: str) -> None:
        from reader.core.library import forget, forget_export_path

        if self.store is None:
            return
        try:
            out = forget_export_path(Path.cwd(), title, key)
            count = forget(self.store, key, out)
            if self.came_from == key:
                self.came_from = None
        except (ReaderError, OSError) as exc:
            message = exc.line() if isinstance(exc, ReaderError) else str(exc)
            self.notify(message, title="Nothing forgotten", severity="error", timeout=10)
            return
        from reader.ui.library_screen import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.set_rows(self.library_rows())
        self.notify(f"Forgotten: {count} annotation(s) exported to {out.name} first", timeout=8)

    # keys, signals, the terminal ---------------------------------------------------------------
    def _catch_signals(self) -> None:
        """SIGTERM (a shutdown, `kill`) and SIGHUP (the terminal closed) end the app the way q
        does: the reading position is saved first, whenever the last move was."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                try:
                    loop.add_signal_handler(
                        getattr(signal, name), partial(self.quit_saving, from_outside=True)
                    )
                except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                    pass

    def quit_saving(self, from_outside: bool = False) -> None:
        """Quit the way q does (the reading position saved first). Asked from outside (a hangup,
        a kill, the terminal gone), the process also ends by itself a little later, whatever
        Textual's shutdown does: on a dead terminal its writer or input thread can hang the exit
        forever (processes were found spinning an hour after tmux closed). Every write is
        durable the moment it is made, so ending then loses nothing."""
        if from_outside:
            end_process_soon(ENDING_GRACE)
        if isinstance(self.screen, ReaderScreen):
            self.screen.action_quit()
        else:
            self.exit()

    def _apply_keymap(self) -> None:
        from reader.core.settings import keymap_path, load_keymap
        from reader.ui.bindings import all_binding_ids, check_keymap

        keymap, problem = load_keymap(all_binding_ids())
        keymap, wrong = check_keymap(keymap)
        if wrong:
            where = problem or str(keymap_path())
            problem = f"{where}{'; ' if problem else ': '}{'; '.join(wrong)}"
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(
                visible(problem), title="Keymap", severity="warning", timeout=10, markup=False
            )
        if self.settings is not None and self.settings.problem:
            # a settings file that cannot be read: said now, not first when V needs its scale
            # (the theme it holds is not used, and a theme picked now is not saved over it)
            self.notify(
                visible(self.settings.problem),
                title="Settings",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def settle_heap(self) -> None:
        if self.heap_settler is not None:
            self.heap_settler()

    def _check_terminal(self) -> None:
        """Quit (saving the position) when the terminal is gone: a closed window under `make run`
        delivers no hangup to us, and Textual would spin on the dead terminal forever."""
        try:
            os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, ValueError, AttributeError):
            self.quit_saving(from_outside=True)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from reader.ui.bindings import PALETTE_ONLY, binding_rows

        for keys, title, binding_id, action in binding_rows(screen):
            yield SystemCommand(
                title, f"key: {keys} · id: {binding_id}", partial(screen.run_action, action)
            )
        if not isinstance(screen, ReaderScreen):
            return
        for title, help, action in PALETTE_ONLY:
            yield SystemCommand(title, help, partial(screen.run_action, action))
        layer = screen.state.layer
        if layer is not None:
            from reader.core.suggest import all_rules

            described = {r.id: r for r in all_rules()}
            for rule, count in sorted(layer.open_by_rule().items()):
                # said as a person reads it: what the rule finds, its id only in the help line
                known = described.get(rule)
                what = known.description.split(":")[0] if known else rule
                tag = known.tag if known else "suggestion"
                yield SystemCommand(
                    visible(f"Suggestions: accept all {count} open {tag} — {what[:60]}"),
                    visible(
                        f"rule {rule}: every open suggestion of it becomes an annotation"
                        " (one undo step)"
                    ),
                    partial(screen.accept_rule, rule),
                )
