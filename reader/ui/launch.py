"""Open the app: everything that can fail is checked before the terminal is taken over."""

from __future__ import annotations

import argparse
from pathlib import Path


def build_app(files: list[str], *, db: str | None = None, lang: str | None = None, width: int = 76):
    """Parse the article, open the database and make the app (not yet running); returns (app, store).

    The language comes from --lang, else the database's cache for this version, else a cheap guess
    that the app confirms with langdetect in the background: the first pane never waits for it.
    """
    from reader.core.language import guess_language
    from reader.core.parsing import parse_files
    from reader.core.store import Store, default_db_path
    from reader.errors import ReaderError

    if db == "":
        raise ReaderError(None, "--db: the database path is empty")
    if width < 20:
        raise ReaderError(None, f"--width {width}: the reading column needs at least 20 cells")
    article = parse_files(files)
    store = Store(Path(db) if db else default_db_path())
    language_known = True
    if lang:
        article = article.with_language(lang, 1.0)
    elif cached := store.cached_language(article.id):
        article = article.with_language(*cached)
    else:
        article = article.with_language(guess_language(article.text), 0.0)
        language_known = False
    from reader.ui.app import ReaderApp

    app = ReaderApp(article, store, width=width, language_known=language_known)
    return app, store


def run_app(args: argparse.Namespace) -> int:
    app, store = build_app(args.files, db=args.db, lang=args.lang, width=args.width)
    try:
        app.run()
        store.compact()  # after quitting, the main file holds everything (TinyDB can read it)
        return app.return_code or 0
    finally:
        store.close()
