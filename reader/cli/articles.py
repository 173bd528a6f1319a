"""`reader open`, `reader parse`, `reader suggest`: an article read, shown, or analysed."""

from __future__ import annotations

import argparse
import sys

from reader.cli import args as common
from reader.errors import ReaderError


def add(sub) -> None:
    p = sub.add_parser("open", help="read and annotate articles in the terminal (the default)")
    common.files(p)
    common.db(p)
    common.lang(p)
    p.add_argument(
        "--width", type=int, default=76, metavar="N", help="reading column width (default 76)"
    )

    p = sub.add_parser("parse", help="print the parsed article (or its JSON with --json)")
    common.files(p)
    common.lang(p)
    p.add_argument("--json", action="store_true", help="print the article model as JSON")

    p = sub.add_parser("suggest", help="suggested quotes, claims, speculation, and the sources")
    common.files(p)
    common.lang(p)
    p.add_argument("--json", action="store_true", help="print suggestions and sources as JSON")


def cmd_open(args: argparse.Namespace) -> int:
    from reader.ui.launch import run_app

    return run_app(args)


def cmd_parse(args: argparse.Namespace) -> int:
    from reader.core.display import visible

    article = common.open_named(args).article
    if args.json:
        common.print_json(article.to_json())
        return 0
    common.for_eyes()
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
    sources = ", ".join(
        f"{s} ({e})" for s, e in zip(article.sources, article.encodings, strict=True)
    )
    print(f"Sources:   {visible(sources)}")
    meta = article.meta
    for label, value in (
        ("URL", article.web_url),
        ("Site", meta.site),
        ("Authors", ", ".join(meta.authors)),
        ("Date", meta.date),
        ("Next page", article.next_page_url),
    ):
        if value:
            print(f"{label + ':':<10} {visible(value)}")
    print(f"Id:        {article.id}")
    print()
    for b in article.blocks:
        print(f"[{article.page_label(b.page)} · {b.kind}] {visible(b.text)}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from reader.core.suggest.output import no_rules_line, suggest_json, suggest_listing

    if args.lang and (missing := no_rules_line(args.lang)):
        raise ReaderError(None, f"--lang {args.lang}: {missing}")
    article = common.open_named(args).article
    _say_when_it_takes_long(article)
    if args.json:
        common.print_json(suggest_json(article))
        return 0
    common.for_eyes()
    print(suggest_listing(article))
    return 0


# characters the rules take about a second for (the 50,000-word article: 2.6 s for 330,000; a
# 2 MB scrape of short paragraphs and quotes: 24.6 s for 2,006,800)
_CHARS_A_SECOND = 100_000


def _say_when_it_takes_long(article) -> None:
    """A very long article takes the rules minutes (a 30 MB file about four): say so on a
    terminal before they start, instead of what looks like a hang."""
    from reader.core.reader_state import AUTO_SUGGEST_LIMIT

    size = len(article.text)
    if size > AUTO_SUGGEST_LIMIT and sys.stderr.isatty():
        minutes = max(1, round(size / _CHARS_A_SECOND / 60))
        print(
            f"reader: finding suggestions in {size / 1e6:.1f} million characters takes about"
            f" {minutes} minute(s) here (ctrl+c stops it)",
            file=sys.stderr,
            flush=True,
        )


COMMANDS = {"open": cmd_open, "parse": cmd_parse, "suggest": cmd_suggest}
