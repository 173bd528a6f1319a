"""What every command shares: one-line usage errors, the common arguments, printing for people."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Self

from reader.errors import ReaderError


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(None, f"{message} (see {self.prog} --help)")


def files(p: argparse.ArgumentParser, *, optional: bool = False) -> None:
    """The article's files or web addresses, and what fetching an address may take."""
    p.add_argument(
        "files",
        nargs="*" if optional else "+",
        metavar="FILE",
        help="the article (a file, a saved web page or an http(s) address), or its pages in order",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=10.0,
        metavar="SECONDS",
        help="how long fetching one web page may take (default 10)",
    )
    p.add_argument(
        "--all-pages",
        action="store_true",
        help="fetch the article's next pages too, as its pages name them (at most 20)",
    )


def _language(value: str) -> str:
    """A language tag as web pages give it ("de", "en-GB", "und"), not any text."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code (like de or en)")
    return value


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(f"{value!r}: give more than 0 and at most 3600 seconds")
    return seconds


def open_named(args: argparse.Namespace, store=None, **kwargs):
    """`open_files` on the command's files or addresses, with its --lang, --timeout and
    --all-pages, showing fetch progress on a terminal; returns what `open_files` opened."""
    from reader.core.opening import open_files

    progress = FetchProgress.for_stderr()
    try:
        return open_files(
            args.files,
            args.lang,
            store,
            timeout=args.timeout,
            all_pages=args.all_pages,
            progress=progress,
            **kwargs,
        )
    finally:
        if progress is not None:
            progress.done()


class ProgressLine:
    """One line on stderr kept up to date while something long runs, only when stderr is a
    terminal (scripts see nothing), cut to the terminal's width, cleared when it is done."""

    def __init__(self) -> None:
        self.shown = False
        self.at = 0.0

    @classmethod
    def for_stderr(cls) -> Self | None:
        return cls() if hasattr(sys.stderr, "isatty") and sys.stderr.isatty() else None

    def due(self, every: float) -> bool:
        """Whether `every` seconds have passed since the last line (and restart the clock)."""
        import time

        now = time.monotonic()
        if now - self.at < every:
            return False
        self.at = now
        return True

    def show(self, line: str) -> None:
        import shutil

        width = shutil.get_terminal_size((80, 24)).columns - 1
        if len(line) > width:
            line = line[: max(0, width - 1)] + "…"
        sys.stderr.write("\r\x1b[K" + line)
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


class FetchProgress(ProgressLine):
    """ "fetching URL … 1.2 MB" while pages are fetched."""

    url = ""

    def __call__(self, url: str, received: int, total: int | None) -> None:
        from reader.core.display import visible

        if not self.due(0.1) and url == self.url and received:
            return  # at most ten updates a second
        self.url = url
        size = f"{received / 1e6:.1f} MB" if received >= 100_000 else f"{received / 1e3:.0f} kB"
        of = f" of {total / 1e6:.1f} MB" if total and total >= 100_000 else ""
        self.show(f"fetching {visible(url)} … {size}{of}")


def db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", metavar="PATH", help="database file (default: $READER_DB or the user data folder)"
    )


def lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang", metavar="CODE", type=_language, help="the article's language (skips detection)"
    )


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
