"""The `reader` command: open articles in the terminal UI, or work on them from scripts.

Every refusal is one line on stderr naming the file and the problem, with exit status 2. Each
group of subcommands lives in a module of its own (`articles`, `annotating`, `library`) that adds its
arguments and names its handlers; the handlers import what they need when they run.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from reader.cli import annotating, articles, factcheck, library
from reader.cli.args import Parser
from reader.errors import ReaderError

GROUPS = (articles, annotating, factcheck, library)
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
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["library"]  # `reader` alone: the library
    elif args_list[0] not in COMMANDS and args_list[0] not in TOP_LEVEL_OPTIONS:
        args_list.insert(0, "open")
    try:
        args = build_parser().parse_args(args_list)
        if args.command not in ("open", "library"):
            # A command runs once and ends: the garbage collector's passes over a loaded database
            # (a million objects) cost more than they free (cycles are rare here). The app tunes
            # it differently (reader.ui.launch.settle_heap).
            gc.disable()
        return COMMANDS[args.command](args)
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
