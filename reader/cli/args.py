"""What every command shares: one-line usage errors, the common arguments, printing for people."""

from __future__ import annotations

import argparse
import sys

from reader.errors import ReaderError


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(None, f"{message} (see {self.prog} --help)")


def files(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="the article, or its pages in order")


def db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", metavar="PATH", help="database file (default: $READER_DB or the user data folder)"
    )


def lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="CODE", help="the article's language (skips detection)")


def stdout_speaks_unicode() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding.startswith(("utf-8", "utf8", "utf-16", "utf-32"))


def print_json(data: object) -> None:
    """JSON for scripts: exact on any stream (\\u escapes where the stream cannot carry a
    character), with C1 controls and a source path's non-UTF-8 bytes escaped."""
    from reader.core.display import json_text

    utf = stdout_speaks_unicode()
    print(json_text(data, ensure_ascii=not utf, escape_surrogates=True))


def for_eyes() -> None:
    """Output for people on a stream that cannot carry every character: "?" beats a traceback."""
    if not stdout_speaks_unicode() and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
