"""Open the app: everything that can fail is checked before the terminal is taken over."""

from __future__ import annotations

import argparse
import gc


def settle_heap() -> None:
    """Move what is loaded now (article, annotations, database) out of the garbage collector's
    sight: a full collection walks every live object, which with thousands of annotations took
    ~100 ms in the middle of a key press. Garbage made later is collected as usual, with full
    collections rarer (they were the slowest key presses; cycles are rare in what a frame makes)."""
    gc.freeze()
    gc.set_threshold(5_000, 20, 100)


def build_app(files: list[str], *, db: str | None = None, lang: str | None = None, width: int = 76):
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
        opened = open_files(files, lang, store, provisional=True)
        state = ReaderState(opened.article, store, width=width, raw=opened.raw)
        language_known = opened.language_known
    except BaseException:
        store.close()
        raise
    from reader.ui.app import ReaderApp

    app = ReaderApp(state, settings=Settings(), width=width, language_known=language_known)
    app.heap_settler = settle_heap
    return app, store


def run_app(args: argparse.Namespace) -> int:
    app, store = build_app(args.files, db=args.db, lang=args.lang, width=args.width)
    try:
        app.run()
        store.compact()  # after quitting, the main file holds everything (TinyDB can read it)
        return app.return_code or 0
    finally:
        store.close()
