"""Open the app: everything that can fail is checked before the terminal is taken over."""

from __future__ import annotations

import argparse
import gc
from contextlib import suppress

from reader.errors import ReaderError


def settle_heap() -> None:
    """Move what is loaded now (article, annotations, database) out of the garbage collector's
    sight: a full collection walks every live object, which with thousands of annotations took
    ~100 ms in the middle of a key press. Garbage made later is collected as usual, with full
    collections rarer (they were the slowest key presses; cycles are rare in what a frame makes)."""
    gc.freeze()
    gc.set_threshold(5_000, 20, 100)


def build_app(
    files: list[str],
    *,
    db: str | None = None,
    lang: str | None = None,
    width: int = 76,
    timeout: float = 10.0,
    all_pages: bool = False,
):
    """Parse the article, open the database and make the app (not yet running); returns (app, store).

    The language comes from --lang, else the database's cache for this version, else a cheap guess
    that the app confirms with langdetect in the background: the first pane never waits for it.
    """
    from reader.core.opening import open_files
    from reader.core.reader_state import ReaderState
    from reader.core.settings import Settings, database_path
    from reader.core.store import Store
    from reader.errors import ReaderError

    if width < 20:
        raise ReaderError(None, f"--width {width}: the reading column needs at least 20 cells")
    path = database_path(db)
    store = Store(path)
    try:
        from reader.cli.args import FetchProgress

        progress = FetchProgress.for_stderr()  # fetching happens before the terminal is taken
        try:
            opened = open_files(
                files,
                lang,
                store,
                provisional=True,
                timeout=timeout,
                all_pages=all_pages,
                progress=progress,
            )
        finally:
            if progress is not None:
                progress.done()
        state = ReaderState(
            opened.article,
            store,
            width=width,
            raw=opened.raw,
            timeout=timeout,
            notice=opened.notice,
        )
        language_known = opened.language_known
    except BaseException:
        store.close()
        raise
    from reader.ui.app import ReaderApp

    app = ReaderApp(state, settings=Settings(), width=width, language_known=language_known)
    app.heap_settler = settle_heap
    return app, store


def require_terminal() -> None:
    """Refuse to draw the app into a pipe or a file (`reader FILE > out` would fill `out` with
    escape sequences) or to read its keys from one; nothing has been written by then."""
    import sys

    for name, stream in (("output", sys.stdout), ("input", sys.stdin)):
        if stream is None or not stream.isatty():
            raise ReaderError(
                None,
                f"the reader needs a terminal, and its {name} is not one"
                " (for scripts: reader parse, list, export; reader library --json)",
            )


def run_app(args: argparse.Namespace) -> int:
    app, store = build_app(
        args.files,
        db=args.db,
        lang=args.lang,
        width=args.width,
        timeout=args.timeout,
        all_pages=args.all_pages,
    )
    return _run(app)


def build_library(db: str | None = None):
    """The app on the library. With a fresh summary it paints from it and loads the database in
    the background; otherwise the database is loaded (and checked) before the terminal is taken."""
    from reader.core.library import read_summary
    from reader.core.settings import Settings, database_path
    from reader.core.store import Store
    from reader.ui.app import ReaderApp

    path = database_path(db)
    rows = read_summary(path) if path.exists() else []
    store = None
    if rows is None:
        store = Store(path)
    app = ReaderApp(store=store, db_path=path, library_rows=rows, settings=Settings())
    app.heap_settler = settle_heap
    if store is not None:
        app._library_rows = app.library_rows()
    return app


def run_library(args: argparse.Namespace) -> int:
    return _run(build_library(args.db))


def _run(app) -> int:
    """Run the app; then fold the journal into the database file (TinyDB can read it) and keep
    the library's summary for the next start."""
    try:
        require_terminal()  # after the input was checked: its problems are the ones to hear first
        app.run()
        if app.error is not None:
            raise app.error
        if app.store is not None and not app.store.read_only:
            from reader.core.library import refresh_summary

            with suppress(ReaderError, OSError):  # derived data: the next start rebuilds it
                refresh_summary(app.store)
            app.store.compact()
        return app.return_code or 0
    finally:
        if app.store is not None:
            app.store.close()
