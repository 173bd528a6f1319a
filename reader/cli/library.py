"""`reader library` (the library, or its rows as JSON) and `reader forget` (an article, asked first)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.cli import args as common
from reader.core.display import visible
from reader.errors import ReaderError


def add(sub) -> None:
    p = sub.add_parser("library", help="every article you opened (the default with no arguments)")
    common.db(p)
    p.add_argument("--json", action="store_true", help="the library's rows as JSON for scripts")

    p = sub.add_parser("forget", help="remove an article from the library (exported first)")
    p.add_argument("targets", nargs="+", metavar="FILE|ID", help="its files, or its library id")
    common.db(p)
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    p.add_argument("-o", "--output", metavar="OUT", help="where its annotations are exported first")


def cmd_library(args: argparse.Namespace) -> int:
    if not args.json:
        from reader.ui.launch import run_library

        return run_library(args)
    from reader.core.files import regular_or_missing
    from reader.core.library import check_files, copy_store, library_rows, read_summary
    from reader.core.settings import database_path
    from reader.core.store import Store

    path = database_path(args.db)
    # know what the path is first: a folder on the way that is a file, a device, a FIFO are said
    # (not an empty library, with status 0)
    regular_or_missing(str(path), str(path), "a database file; pass --db FILE")
    rows = read_summary(path) if path.exists() else []
    if rows is None:
        with Store(path, read_only=True) as store:
            rows = library_rows(store)
            copies = copy_store(store)
    else:
        from reader.core.copies import CopyStore
        from reader.core.library import library_folder

        copies = CopyStore(library_folder(path))
    check_files(rows, copies)
    common.print_json({"articles": [row.to_json() for row in rows]})
    return 0


def _key_of(store, targets: list[str]) -> str:
    """The library key the user means: an id (or its unique beginning), or the article's files."""
    if len(targets) == 1 and not os.path.exists(targets[0]):
        wanted = targets[0]
        keys = [str(r.get("key")) for r in store.articles()]
        found = [k for k in keys if k == wanted] or [k for k in keys if k.startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if found:
            raise ReaderError(wanted, f"matches {len(found)} articles; give more of the id")
        raise ReaderError(wanted, "is neither a file nor the id of an article in the library")
    from reader.core.opening import open_files

    key = open_files(targets, "und", store, cache=False).article.key
    if store.article(key) is None and not store.annotations(key) and not store.position(key):
        raise ReaderError(targets[0], "is not in the library")
    return key


def cmd_forget(args: argparse.Namespace) -> int:
    from reader.core.library import forget, forget_export_path
    from reader.core.settings import database_path
    from reader.core.store import Store

    if args.output is not None and not args.output.strip():
        raise ReaderError(None, "the output path (-o) is empty; nothing forgotten")
    with Store(database_path(args.db)) as store:
        if store.read_only:
            raise ReaderError(
                store.path, f"is read-only ({store.read_only_reason}); nothing forgotten"
            )
        key = _key_of(store, args.targets)
        rec = store.article(key) or {"key": key}
        title = str(rec.get("title") or ", ".join(rec.get("sources") or ()) or key)
        out = Path(args.output) if args.output else forget_export_path(Path.cwd(), title, key)
        if os.path.lexists(out):  # forget has no --force: its export never replaces a file
            raise ReaderError(out, "already exists: name another file with -o; nothing forgotten")
        count = len(store.annotations(key))
        if not args.yes:
            if not sys.stdin.isatty():
                raise ReaderError(None, "forget: confirm with --yes (no terminal to ask)")
            print(
                f"Forget “{visible(title)}”: {count} annotation(s), the reading position and the"
                f" stored copy? They are exported to {visible(str(out))} first. [y/N] ",
                end="",
                file=sys.stderr,
                flush=True,
            )
            if sys.stdin.readline().strip().casefold() not in ("y", "yes"):
                print("nothing forgotten", file=sys.stderr)
                return 1
        exported = forget(store, key, out)
    print(
        f"forgot {visible(title)}: {exported} annotation(s) exported to {visible(str(out))} first",
        file=sys.stderr,
    )
    return 0


COMMANDS = {"library": cmd_library, "forget": cmd_forget}
