"""The `reader` command: open articles in the terminal UI, or work on them from scripts.

Every refusal is one line on stderr naming the file and the problem, with exit status 2. Each
group of subcommands lives in a module of its own (`articles`, `annotating`, `library`) that adds its
arguments and names its handlers; the handlers import what they need when they run.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import io
import os
import sys
from collections.abc import Sequence

from reader.cli import annotating, articles, factcheck, library, team
from reader.cli.args import Parser
from reader.errors import ReaderError

GROUPS = (articles, annotating, factcheck, library, team)
COMMANDS = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}
TOP_LEVEL_OPTIONS = ("-h", "--help", "--version")


def build_parser() -> argparse.ArgumentParser:
    from reader import __version__

    parser = Parser(prog="reader", description="A terminal reader for news articles.")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for group in GROUPS:
        group.add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _db_first(list(sys.argv[1:] if argv is None else argv))
    if not args_list:
        args_list = ["library"]  # `reader` alone: the library
    elif args_list[0] not in COMMANDS and args_list[0] not in TOP_LEVEL_OPTIONS:
        if (meant := _mistyped_command(args_list[0])) is not None:
            from reader.core.display import visible

            print(
                f"reader: {visible(args_list[0])}: no such file or command (did you mean"
                f" `reader {meant}`?)",
                file=sys.stderr,
            )
            return 2
        args_list.insert(0, "open")
    if sys.stdout is None:  # `reader suggest x >&-`: whatever it printed would be lost
        print("reader: standard output is closed: nothing could be printed", file=sys.stderr)
        return 2
    try:
        said = io.StringIO()  # argparse prints --help and --version ignoring a failed write
        try:
            with contextlib.redirect_stdout(said):
                args = build_parser().parse_args(args_list)
        except SystemExit as done:  # --help, --version, or a usage error argparse has printed
            sys.stdout.write(said.getvalue())
            sys.stdout.flush()  # `reader --help > /dev/full`: said below, not lost
            return done.code if isinstance(done.code, int) else 0 if done.code is None else 2
        if args.command not in ("open", "library"):
            # A command runs once and ends: the garbage collector's passes over a loaded database
            # (a million objects) cost more than they free (cycles are rare here). The app tunes
            # it differently (reader.ui.launch.settle_heap).
            gc.disable()
        status = COMMANDS[args.command](args)
        sys.stdout.flush()  # a full disk shows here, not after the exit status is chosen
        return status
    except ReaderError as exc:
        from reader.core.display import visible

        # One line, whatever the file name holds (a newline or an ESC in a name stays visible).
        print(f"reader: {visible(exc.line())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `reader parse x | head`: not an error the user made
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        if not _stdout_fails(exc):
            raise
        # `reader suggest x > /dev/full`: one line, and nothing left to flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"reader: cannot write to standard output: {exc.strerror}", file=sys.stderr)
        return 2


def _mistyped_command(word: str) -> str | None:
    """The command `word` is a slip for ("lsit" → list), when it names no file either."""
    import difflib

    if not word.isalpha() or os.path.lexists(word):
        return None
    close = difflib.get_close_matches(word.casefold(), COMMANDS, n=1, cutoff=0.75)
    return close[0] if close else None


def _db_first(args: list[str]) -> list[str]:
    """`reader --db X` (the library of that database) and `reader --db X list FILE`: a --db
    given before the command goes after it, where each command takes it."""
    if not args or not (args[0] == "--db" or args[0].startswith("--db=")):
        return args
    n = 2 if args[0] == "--db" else 1
    db, rest = args[:n], args[n:]
    if not rest:
        return ["library", *db]
    if rest[0] in COMMANDS:
        return [rest[0], *db, *rest[1:]]
    return ["open", *db, *rest]


# what a write to a full disk, a broken device or a file past its size limit raises
_WRITE_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EIO", "EFBIG", "EDQUOT") if hasattr(errno, name)
)


def _stdout_fails(exc: OSError) -> bool:
    """Whether the error is a failed write to standard output: a write error that names no file
    (every file a command opens itself is named in a ReaderError)."""
    return exc.filename is None and exc.errno in _WRITE_ERRORS
