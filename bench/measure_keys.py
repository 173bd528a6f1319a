"""Key press to screen updated, with Textual's Pilot (`run_test(size=(120, 40))`).

Each app runs in a child process of its own (`python -m bench.measure_keys reader FILE DB ROUNDS`
or `... trivial ROUNDS`, one JSON line out) that holds nothing but the app: a full garbage
collection walks every object of the process, so the benchmark's own data (50,000 generated
annotations, export documents) would otherwise make the app's collections look slower than they
are.

Each press is measured two ways at once:

- **key → frame** (the number compared with the 16 ms target): from the moment the Key event is
  handed to the driver (`driver.send_message`, wrapped) to the end of the last compositor refresh
  that painted something (a refresh with no dirty region puts nothing on the screen) it caused (`Screen._compositor_refresh`, wrapped: it renders the dirty widgets into the frame;
  headless, only the encoding of that frame into escape sequences is skipped). Before each press
  the app is idle, so Textual's 60 Hz update timer fires at once and adds no frame wait.
- **Pilot round trip**: `await pilot.press(key)` + `await pilot.pause()`, wall time. This is
  mostly Pilot's own waiting (`wait_for_idle` sleeps in 20 ms steps until the CPU is idle), so it
  is also measured on a trivial app (one Static that changes on every key) in the same run.

The time spent inside the action handler (`App._dispatch_action`, wrapped), in the compositor
refresh, and in Python's garbage collector (`gc.callbacks`) during the press are recorded too, to
say where the time goes.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from bench.stats import child_json

SIZE = (120, 40)
KEYS = {"next_sentence": "j", "tag": "1", "undo": "u", "next_pane": "space"}
ORDER = ("next_sentence", "tag", "undo", "next_pane")  # one round: j, 1, u, space


@dataclass
class _Recorder:
    active: bool = False
    key_at: float | None = None
    frames: list[tuple[float, float]] = field(default_factory=list)
    actions: list[tuple[float, float]] = field(default_factory=list)
    gc_ms: float = 0.0  # garbage collection (any generation) during the press
    _gc_start: float = 0.0

    def reset(self) -> None:
        self.key_at = None
        self.frames.clear()
        self.actions.clear()
        self.gc_ms = 0.0

    def on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif self.active:
            self.gc_ms += (time.perf_counter() - self._gc_start) * 1000


REC = _Recorder()
_installed = False


def _install() -> None:
    """Wrap (in this process only) the compositor refresh and action dispatch to time them."""
    global _installed
    if _installed:
        return
    _installed = True
    refresh = Screen._compositor_refresh
    dispatch = App._dispatch_action

    def compositor_refresh(self) -> None:
        # a refresh with nothing to paint (no dirty region) puts nothing on the screen: no frame
        painted = bool(self._compositor._dirty_regions or self._dirty_widgets)
        start = time.perf_counter()
        refresh(self)
        if REC.active and painted:
            REC.frames.append((start, time.perf_counter()))

    async def dispatch_action(self, namespace, action_name, params):
        start = time.perf_counter()
        try:
            return await dispatch(self, namespace, action_name, params)
        finally:
            if REC.active:
                REC.actions.append((start, time.perf_counter()))

    Screen._compositor_refresh = compositor_refresh
    App._dispatch_action = dispatch_action
    gc.callbacks.append(REC.on_gc)


def _watch_driver(app: App) -> None:
    driver = app._driver
    send = driver.send_message

    def send_message(message) -> None:
        if REC.active and isinstance(message, events.Key) and REC.key_at is None:
            REC.key_at = time.perf_counter()
        send(message)

    driver.send_message = send_message


def _blank() -> dict[str, list[float]]:
    return {"frame": [], "pilot": [], "action": [], "render": [], "gc": []}


async def press_rounds(
    app: App, rounds: int, ready: Callable | None = None, check: Callable | None = None
) -> dict[str, dict[str, list[float]]]:
    """Press j, 1, u, space `rounds` times; per action name, samples in ms."""
    _install()
    out = {name: _blank() for name in ORDER}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if ready is not None:
            await ready(app, pilot)
        _watch_driver(app)
        for _ in range(rounds):
            for name in ORDER:
                before = check(app) if check else None
                REC.reset()
                REC.active = True
                start = time.perf_counter()
                await pilot.press(KEYS[name])
                await pilot.pause()
                end = time.perf_counter()
                REC.active = False
                if check:
                    check(app, name, before)
                if REC.key_at is None or not REC.frames:
                    raise RuntimeError(f"{name}: no key event or no frame was seen")
                frames = [f for f in REC.frames if f[1] >= REC.key_at]
                sample = out[name]
                sample["frame"].append((frames[-1][1] - REC.key_at) * 1000)
                sample["pilot"].append((end - start) * 1000)
                sample["action"].append(sum(b - a for a, b in REC.actions) * 1000)
                sample["render"].append(sum(b - a for a, b in frames) * 1000)
                sample["gc"].append(REC.gc_ms)
        await pilot.pause()
    return out


class Trivial(App):
    """The baseline: one Static, changed by each of the same four keys."""

    BINDINGS = [("j", "bump", "j"), ("1", "bump", "1"), ("u", "bump", "u")]
    BINDINGS += [("space", "bump", "space")]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static("0", id="count")

    def action_bump(self) -> None:
        self.count += 1
        self.query_one("#count", Static).update(f"{self.count} key presses")


async def trivial(rounds: int) -> dict[str, dict[str, list[float]]]:
    return await press_rounds(Trivial(), rounds)


PANE_WIDTH, PANE_HEIGHT = 76, SIZE[1] - 4  # the reader's pane at 120x40 (bars, footer, padding)


class Repaint(App):
    """The real limit: a bare app that repaints the same pane text (the long article's first
    pane, wrapped as the reader wraps it) on each key, with a reverse-video span moved by one
    sentence as the reader's cursor is. Each key re-renders the whole pane, as a Static does."""

    BINDINGS = [("j", "bump", "j"), ("1", "bump", "1"), ("u", "bump", "u")]
    BINDINGS += [("space", "bump", "space")]
    CSS = f"#pane {{ width: {PANE_WIDTH}; height: {PANE_HEIGHT}; }}"

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        super().__init__()
        self.text, self.sentences, self.count = text, sentences, 0

    def compose(self) -> ComposeResult:
        yield Static(self._content(), id="pane")

    def _content(self):
        from textual.content import Content, Span

        start, end = self.sentences[self.count % len(self.sentences)]
        return Content(self.text, [Span(start, end, "reverse")])

    def action_bump(self) -> None:
        self.count += 1
        self.query_one("#pane", Static).update(self._content())


async def repaint(file: str, rounds: int) -> dict[str, dict[str, list[float]]]:
    from reader.core.display import visible
    from reader.core.pagination import Pagination
    from reader.core.parsing import parse_files

    article = parse_files([file])
    pane = Pagination(article, PANE_WIDTH, PANE_HEIGHT).pane(0)
    rows, starts, at = [], [], 0
    for line in pane.lines:
        rows.append(visible(article.text[line.start : line.end]))
        starts.append((line.start, at))
        at += len(rows[-1]) + 1
    text = "\n".join(rows)

    def local(offset: int) -> int:  # article offset -> offset in the pane text
        line_start, at = max((s for s in starts if s[0] <= offset), default=starts[0])
        return at + min(offset - line_start, len(text))

    blocks = range(article.block_index_at(pane.start), article.block_index_at(pane.end) + 1)
    spans = [
        (local(s.start), local(min(s.end, pane.end)))
        for b in blocks
        for s in article.block_sentences(b)
        if pane.start <= s.start < pane.end
    ]
    return await press_rounds(Repaint(text, spans or [(0, 1)]), rounds)


async def reader(files: list[str], db: str, rounds: int) -> tuple[dict, dict]:
    """The reader on `files` with database `db`; also reports what each key did."""
    from reader.ui.launch import build_app

    app, store = build_app(files, db=db, width=76)
    info = {"tags_added": 0, "undos": 0, "annotations": 0, "pane_moves": 0, "language": ""}

    async def ready(app, pilot) -> None:
        # background work (language detection, then whatever it starts) finishes first
        for _ in range(100):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if all(w.is_finished for w in app.workers):
                break
        info["annotations"] = len(app.reader_screen.state.session)
        info["language"] = app.reader_screen.state.article.lang

    def check(app, name: str | None = None, before=None):
        screen = app.reader_screen
        now = (len(screen.state.session), screen.state.reading.pane.index)
        if name is None:
            return now
        if name == "tag":
            info["tags_added"] += now[0] - before[0]
        elif name == "undo":
            info["undos"] += before[0] - now[0]
        elif name == "next_pane":
            info["pane_moves"] += now[1] - before[1]
        return None

    try:
        samples = await press_rounds(app, rounds, ready, check)
    finally:
        store.close()
    return samples, info


def in_child(args: list[str], env: dict[str, str], cwd) -> dict:
    """Run one measurement in a fresh process (see the module docstring); returns its JSON."""
    return child_json("bench.measure_keys", args, env, cwd, timeout=600)


def main(argv: list[str]) -> None:
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    if argv[0] == "trivial":
        result = {"samples": asyncio.run(trivial(int(argv[1]))), "info": {}}
    elif argv[0] == "repaint":
        result = {"samples": asyncio.run(repaint(argv[1], int(argv[2]))), "info": {}}
    else:
        samples, info = asyncio.run(reader([argv[1]], argv[2], int(argv[3])))
        result = {"samples": samples, "info": info}
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
