"""A child process of the benchmark: start an app headless, report the moment its first pane is painted.

    python -m bench.firstpaint reader FILE... --db PATH [--lang CODE] [--settle]
    python -m bench.firstpaint library --db PATH [--settle]
    python -m bench.firstpaint bare FILE [--settle]

`reader` runs the real command line (`reader.cli.main`, as the `reader` script does) with one
change made from outside: `App.run` is wrapped to run headless at 120x40, so no terminal is needed
and both sides skip only the same thing (encoding the frame into escape sequences); with it goes
the CLI's refusal to run the app without a terminal (`launch.require_terminal`). `bare` is a
plain Textual app showing the file's text in one `Static`.

"Painted" is the end of the first compositor refresh (`Screen._compositor_refresh`, which renders
the dirty widgets into the frame) in which the pane widget (the reader's PaneView, the bare app's
Static) rendered its text. At that moment one JSON line goes to stdout: the absolute
`time.perf_counter()` (CLOCK_MONOTONIC, comparable with the parent's), the phases, and peak RSS
(VmHWM, the kernel's ru_maxrss of this process image). Then the process leaves with `os._exit(0)` (no teardown is measured), or with
`--settle` first waits for the app's background workers (language detection) and reports the peak
RSS again.
"""

import time

T0 = time.perf_counter()

import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

SIZE = (120, 40)
_marks: dict[str, float] = {"start": T0}
_state = {"pane_rendered": False, "painted": False}


def _peak_rss_kib() -> int:
    """Peak RSS of this process image. VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so
    a child forked from a big parent would report the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _report(event: str, **fields) -> None:
    line = {"event": event, "at": time.perf_counter(), "maxrss_kib": _peak_rss_kib(), **fields}
    os.write(1, (json.dumps(line) + "\n").encode())


async def _settle(app) -> None:
    """Wait for the background workers (and any they start), then a little longer."""
    for _ in range(100):
        await app.workers.wait_for_complete()
        await asyncio.sleep(0.2)
        if all(w.is_finished for w in app.workers):
            break
    _report("settled")
    os._exit(0)


def _install(settle: bool, is_target) -> None:
    """Wrap App.run (headless, fixed size) and the compositor refresh (detect the first paint)."""
    from textual.app import App
    from textual.screen import Screen

    _marks["textual_imported"] = time.perf_counter()
    run = App.run

    def headless_run(self, **kwargs):
        kwargs.update(headless=True, size=SIZE)
        return run(self, **kwargs)

    App.run = headless_run
    refresh = Screen._compositor_refresh

    def compositor_refresh(self) -> None:
        refresh(self)
        if not _state["painted"] and _state["pane_rendered"] and is_target(self):
            _state["painted"] = True
            _report("paint", marks=_marks)
            if settle:
                asyncio.get_running_loop().create_task(_settle(self.app))
            else:
                os._exit(0)

    Screen._compositor_refresh = compositor_refresh


def _headless_needs_no_terminal() -> None:
    """The CLI refuses to draw the app into a pipe; headless, it draws nowhere (stdout is ours)."""


def run_reader(argv: list[str], settle: bool) -> None:
    import reader.ui.launch as launch

    _install(settle, lambda screen: getattr(screen.app, "reader_screen", None) is screen)
    launch.require_terminal = _headless_needs_no_terminal
    build = launch.build_app

    def build_app(*args, **kwargs):
        _marks["build_start"] = time.perf_counter()
        app, store = build(*args, **kwargs)
        _marks["build_end"] = time.perf_counter()
        from reader.ui.pane import PaneView

        render_line = PaneView.render_line

        def pane_render_line(self, y):
            strip = render_line(self, y)
            if self.rows:
                _state["pane_rendered"] = True
            return strip

        PaneView.render_line = pane_render_line
        return app, store

    launch.build_app = build_app
    from reader.cli import main

    main(argv)


def run_library(argv: list[str], settle: bool) -> None:
    """`reader library --db DB` (the library screen): painted when its list shows rows."""
    import reader.ui.launch as launch

    _install(settle, lambda screen: getattr(screen, "id", None) == "library")
    launch.require_terminal = _headless_needs_no_terminal
    from reader.ui.table import RowTable

    render_line = RowTable.render_line

    def table_render_line(self, y):
        strip = render_line(self, y)
        if self.rows:
            _state["pane_rendered"] = True
        return strip

    RowTable.render_line = table_render_line
    _marks["build_start"] = _marks["build_end"] = time.perf_counter()
    from reader.cli import main

    main(argv)


def run_bare(path: str, settle: bool) -> None:
    _install(settle, lambda screen: True)
    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import Static

    _marks["build_start"] = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        text = f.read()

    class Text(Static):
        def render(self):
            content = super().render()
            _state["pane_rendered"] = True
            return content

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Text(Content(text))

    app = Bare()
    _marks["build_end"] = time.perf_counter()
    app.run()


def main() -> None:
    mode, *args = sys.argv[1:]
    settle = "--settle" in args
    args = [a for a in args if a != "--settle"]
    if mode == "reader":
        run_reader(args, settle)
    elif mode == "library":
        run_library(args, settle)
    elif mode == "bare":
        run_bare(args[0], settle)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    raise SystemExit("the app exited before its first paint")


if __name__ == "__main__":
    main()
