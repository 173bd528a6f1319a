"""The `reader` command: open articles in the terminal UI, or work on them headless from scripts.

Every refusal is one line on stderr naming the file and the problem, with exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reader.errors import ReaderError

SUBCOMMANDS = ("open", "parse", "annotate", "list", "export", "import", "suggest", "stats")
TOP_LEVEL_OPTIONS = ("-h", "--help", "--version")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(None, f"{message} (see {self.prog} --help)")


def _files(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="the article, or its pages in order")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", metavar="PATH", help="database file (default: $READER_DB or the user data folder)"
    )


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="CODE", help="the article's language (skips detection)")


def build_parser() -> argparse.ArgumentParser:
    from reader import __version__

    parser = _Parser(prog="reader", description="A terminal reader for news articles.")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("open", help="read and annotate articles in the terminal (the default)")
    _files(p)
    _db(p)
    _lang(p)
    p.add_argument(
        "--width", type=int, default=76, metavar="N", help="reading column width (default 76)"
    )

    p = sub.add_parser("parse", help="print the parsed article (or its JSON with --json)")
    _files(p)
    _lang(p)
    p.add_argument("--json", action="store_true", help="print the article model as JSON")

    p = sub.add_parser("suggest", help="suggested quotes, claims, speculation, and the sources")
    _files(p)
    _lang(p)
    p.add_argument("--json", action="store_true", help="print suggestions and sources as JSON")

    from reader.headless import add_commands

    add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in SUBCOMMANDS and args_list[0] not in TOP_LEVEL_OPTIONS:
        args_list.insert(0, "open")
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            build_parser().print_help()
            return 0
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


def load_article(files: list[str], lang: str | None, store=None, *, cache: bool = True):
    """Parse the files and settle the language: --lang, else the store's cache, else detection.
    A detected language is cached in the store when `cache` (and the store can be written)."""
    from reader.core.language import detect_language
    from reader.core.parsing import parse_files

    article = parse_files(files)
    if lang:
        return article.with_language(lang, 1.0)
    cached = store.cached_language(article.id) if store is not None else None
    if cached:
        return article.with_language(*cached)
    detected = detect_language(article.text)
    if store is not None and cache and not store.read_only:
        store.cache_language(article.id, *detected)
    return article.with_language(*detected)


def _stdout_speaks_unicode() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding.startswith(("utf-8", "utf8", "utf-16", "utf-32"))


def cmd_parse(args: argparse.Namespace) -> int:
    from reader.core.display import json_text, visible

    article = load_article(args.files, args.lang)
    utf = _stdout_speaks_unicode()
    if args.json:
        # On a stream that cannot carry every character, \u escapes keep the JSON exact; so do
        # they for C1 controls and for a source path's bytes that are not UTF-8.
        print(json_text(article.to_json(), ensure_ascii=not utf, escape_surrogates=True))
        return 0
    if not utf and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a summary for eyes: "?" beats a traceback
    kinds: dict[str, int] = {}
    for b in article.blocks:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    missing = article.missing_pages()
    print(f"Title:     {visible(article.title) or '(none)'}")
    print(f"Kicker:    {visible(article.kicker) if article.kicker else '(none)'}")
    print(f"Language:  {visible(article.lang)} (probability {article.lang_probability:.2f})")
    pages = f"{len(article.pages_present)} of {article.pages_known} present"
    print(
        f"Pages:     {pages}" + (f" (missing: {', '.join(map(str, missing))})" if missing else "")
    )
    counts = ", ".join(f"{n} {k}" for k, n in kinds.items())
    print(f"Blocks:    {len(article.blocks)} ({counts}); {len(article.sentences)} sentences")
    print(
        f"Sources:   {visible(', '.join(f'{s} ({e})' for s, e in zip(article.sources, article.encodings, strict=True)))}"
    )
    print(f"Id:        {article.id}")
    print()
    for b in article.blocks:
        print(f"[{article.page_label(b.page)} · {b.kind}] {visible(b.text)}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from reader.ui.launch import run_app

    return run_app(args)


def cmd_suggest(args: argparse.Namespace) -> int:
    from reader.core.display import json_text
    from reader.core.suggest.output import suggest_json, suggest_listing

    article = load_article(args.files, args.lang)
    utf = _stdout_speaks_unicode()
    if args.json:
        print(json_text(suggest_json(article), ensure_ascii=not utf, escape_surrogates=True))
        return 0
    if not utf and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    print(suggest_listing(article))
    return 0


def _headless(name: str):
    def run(args: argparse.Namespace) -> int:
        from reader.headless import COMMANDS as HEADLESS

        return HEADLESS[name](args)

    return run


COMMANDS = {
    "parse": cmd_parse,
    "open": cmd_open,
    "suggest": cmd_suggest,
    **{name: _headless(name) for name in ("annotate", "list", "export", "import", "stats")},
}
