"""The reader app: holds the reading screen, the theme (remembered), the keymap and the palette."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from reader.core.reader_state import ReaderState
from reader.ui.reading_screen import ReaderScreen


def styles_path() -> Path:
    """styles/ ships inside the wheel as reader/styles; in a source checkout it sits at the top."""
    packaged = Path(__file__).resolve().parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "styles"


class ReaderApp(App):
    """Holds the reading screen; every one of its actions is also in the command palette."""

    CSS_PATH = [styles_path() / "reader.tcss"]
    TITLE = "reader"

    def __init__(
        self, state: ReaderState, *, settings=None, width: int = 76, language_known: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings
        self.reader_screen = ReaderScreen(state, width=width, language_known=language_known)
        theme = settings.get("theme") if settings is not None else None
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.heap_settler = None  # the launcher's garbage-collector tuning, called when loaded

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
                self.notify(f"The theme could not be remembered: {exc}", severity="warning")

    def on_mount(self) -> None:
        self._apply_keymap()
        self.push_screen(self.reader_screen)
        if not self.is_headless:
            self.set_interval(1.0, self._check_terminal)
            self._catch_signals()

    def _catch_signals(self) -> None:
        """SIGTERM (a shutdown, `kill`) and SIGHUP (the terminal closed) end the app the way q
        does: the reading position is saved first, whenever the last move was."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                try:
                    loop.add_signal_handler(getattr(signal, name), self.reader_screen.action_quit)
                except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                    pass

    def _apply_keymap(self) -> None:
        from reader.core.settings import load_keymap
        from reader.ui.bindings import BINDING_IDS

        keymap, problem = load_keymap(BINDING_IDS)
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Keymap", severity="warning", timeout=10)

    def settle_heap(self) -> None:
        if self.heap_settler is not None:
            self.heap_settler()

    def _check_terminal(self) -> None:
        """Quit (saving the position) when the terminal is gone: a closed window under `make run`
        delivers no hangup to us, and Textual would spin on the dead terminal forever."""
        try:
            os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, ValueError, AttributeError):
            self.reader_screen.action_quit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self.reader_screen:
            return
        from reader.ui.bindings import PALETTE_ONLY, binding_rows

        for keys, title, binding_id, action in binding_rows(screen):
            yield SystemCommand(
                title, f"key: {keys} · id: {binding_id}", partial(screen.run_action, action)
            )
        for title, help, action in PALETTE_ONLY:
            yield SystemCommand(title, help, partial(screen.run_action, action))
        layer = screen.state.layer
        if layer is not None:
            for rule, count in sorted(layer.open_by_rule().items()):
                yield SystemCommand(
                    f"Accept all suggestions of {rule} ({count})",
                    "make every open suggestion of this rule an annotation (one undo step)",
                    partial(screen.accept_rule, rule),
                )
