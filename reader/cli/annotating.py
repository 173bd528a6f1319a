"""`reader annotate`, `list`, `export`, `import`, `stats`: annotations from scripts.

They share the app's database and rules (AnnotationSession), so an annotation made from a script
is the same as one made with the keyboard, and re-anchoring happens the same way on open.
`list`, `export` and `stats` only read: they open the database read-only and write nothing at all
(re-anchoring happens in memory). Every line printed for a person goes through `visible`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli import args as common
from reader.cli import factcheck
from reader.core.annotation import TAGS
from reader.core.display import excerpt, visible
from reader.core.export import FORMATS
from reader.core.matching import find_quote
from reader.errors import ReaderError

IMPORT_LIMIT = 256 * 1024 * 1024  # bytes of an export to import (10,000 annotations are ~5 MB)


def add(sub) -> None:
    """Add annotate, list, export, import and stats to the `reader` argument parser."""

    def common_args(p: argparse.ArgumentParser) -> None:
        common.files(p)
        common.db(p)
        common.lang(p)

    p = sub.add_parser("annotate", help="add an annotation by quoting the passage")
    common_args(p)
    p.add_argument(
        "--match", required=True, metavar="TEXT", help="the passage, as it appears in the article"
    )
    p.add_argument("--tag", required=True, choices=TAGS)
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which occurrence, when the text appears more than once",
    )
    factcheck.add_options(p)

    def across_the_library(p: argparse.ArgumentParser) -> None:
        common.files(p, optional=True)
        common.db(p)
        common.lang(p)
        p.add_argument("--all", action="store_true", help="every article of the library")
        p.add_argument(
            "--tag", choices=(*TAGS, "orphaned"), help="with --all: only annotations of this tag"
        )
        p.add_argument(
            "--search",
            metavar="WORDS",
            help="with --all: only those whose passage or note has them",
        )

    p = sub.add_parser("list", help="list annotations, one per line (an article's, or --all)")
    across_the_library(p)
    factcheck.filter_options(p)
    p.add_argument("--json", action="store_true", help="with --all: JSON for scripts")

    p = sub.add_parser(
        "export", help="export annotations (json, w3c, md or claimreview; --all: the library)"
    )
    across_the_library(p)
    factcheck.filter_options(p)
    p.add_argument("--format", choices=(*FORMATS, "claimreview"), default="json")
    p.add_argument(
        "--url", metavar="URL", help="claimreview: the fact check's own page (ClaimReview url)"
    )
    p.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of stdout"
    )
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    p = sub.add_parser(
        "import", help="merge annotations from an export (the reader's JSON, or W3C annotations)"
    )
    common_args(p)
    p.add_argument("--from", dest="source", required=True, metavar="EXPORT.json")

    p = sub.add_parser("stats", help="what your database says about the suggestion rules")
    common.db(p)
    p.add_argument(
        "--rules",
        action="store_true",
        help="precision of each suggestion rule in real use (the default, and the one count)",
    )


def _open(args, *, read_only: bool = False):
    """The article (language settled), the store, and the session over both.

    `read_only` (list, export): nothing is written, not even the language cache. Otherwise the
    store must be writable, and every annotation of the article is read (a damaged one refused)
    before anything is written.
    """
    from reader.core.library import record
    from reader.core.session import AnnotationSession
    from reader.core.settings import database_path
    from reader.core.store import Store

    store = Store(database_path(args.db), read_only=read_only)
    try:
        if not read_only and store.read_only:
            change = "annotation" if args.command == "annotate" else args.command
            raise ReaderError(
                store.path, f"is read-only ({store.read_only_reason}); the {change} was not saved"
            )
        opened = common.open_named(args, store, cache=False)
        article = opened.article
        if opened.notice:  # pages added from the library's copies: say which
            print(f"reader: {visible(opened.notice)}", file=sys.stderr)
        session = AnnotationSession(store, article)  # reads (and checks) before any write
        if not store.read_only:
            if not args.lang and store.cached_language(article.id) is None:
                store.cache_language(article.id, article.lang, article.lang_probability)
            record(store, article.key, article, opened.raw)
        return article, store, session
    except BaseException:
        store.close()
        raise


def cmd_annotate(args) -> int:
    from reader.core.annotation import check_text

    check_text(args.note, "--note")  # before anything is opened: such a note is never stored
    wanted = factcheck.checked(args)
    if wanted.claim_only and args.tag != "claim":
        raise ReaderError(None, f"--verdict and --evidence go on a claim, not on a {args.tag}")
    article, store, session = _open(args)
    with store:
        start, end = find_span(article, args)
        added = session.add(args.tag, start, end, note=args.note)
        if added is None:
            existing = session.same(args.tag, start, end)
            if args.note and existing is not None and existing.note != args.note:
                session.set_note(existing.uuid, args.note)
                print(f"already annotated as {args.tag}: its note is now {visible(args.note)!r}")
            elif not wanted:
                print(f"already annotated as {args.tag}: nothing added")
            if wanted and existing is not None:
                print(factcheck.describe(factcheck.apply(session, existing, wanted, args.files[0])))
            return 0
        print(
            f"{added.uuid} {added.tag} {article.page_label(added.page)} [{added.start}, {added.end})"
        )
        if wanted:
            print(factcheck.describe(factcheck.apply(session, added, wanted, args.files[0])))
    return 0


def find_span(article, args) -> tuple[int, int]:
    """The span `--match` (and `--occurrence`) name in the article; ReaderError if none or
    ambiguous."""
    spans = find_quote(article.text, args.match)
    where = args.files[0]
    if not spans:
        raise ReaderError(where, f"the text {args.match!r} is not in the article")
    if args.occurrence is not None:
        if not 1 <= args.occurrence <= len(spans):
            raise ReaderError(
                where, f"--occurrence {args.occurrence}: the text appears {len(spans)} time(s)"
            )
        return spans[args.occurrence - 1]
    if len(spans) > 1:
        raise ReaderError(
            where,
            f"the text appears {len(spans)} times; choose one with --occurrence 1..{len(spans)}",
        )
    return spans[0]


def _check_scope(args) -> None:
    if args.all and args.files:
        raise ReaderError(None, f"{args.command}: give files or --all, not both")
    if not args.all and not args.files:
        raise ReaderError(None, f"{args.command}: give the article's files, or --all")
    if not args.all and (args.tag or args.search):
        raise ReaderError(None, f"{args.command}: --tag and --search go with --all")
    if args.verdict is not None:  # a name on the scale: a typo is said, not an empty list
        from reader.core.settings import Settings
        from reader.core.verdicts import load_fact_check_settings

        scale, _ = load_fact_check_settings(Settings())
        try:
            args.verdict = scale.check(args.verdict)
        except ValueError as exc:
            raise ReaderError(None, f"--verdict: {exc}") from None


def _verdict_wanted(args, a) -> bool:
    from reader.core.verdicts import verdict_filter

    if args.verdict is None and not args.no_verdict:
        return True
    return verdict_filter(a, None if args.no_verdict else args.verdict)


def _library_items(args, *, docs: bool = False):
    """Every article of the library with its annotations (read-only), filtered as asked; with
    `docs`, the annotations as their stored documents (the fast way to list 200,000)."""
    from reader.core.collection import articles_with_annotations, articles_with_docs
    from reader.core.settings import database_path
    from reader.core.store import Store

    find = articles_with_docs if docs else articles_with_annotations
    with Store(database_path(args.db), read_only=True) as store:
        return find(
            store,
            tag=args.tag,
            words=args.search,
            verdict=args.verdict,
            unrated=args.no_verdict,
        )


def cmd_list(args) -> int:
    _check_scope(args)
    if args.all:
        return _list_all(args)
    if args.json:
        raise ReaderError(None, "list: --json goes with --all")
    article, store, session = _open(args, read_only=True)
    with store:
        conflicted = store.conflicted()
        if not len(session):
            print(f"no annotations yet on {visible(args.files[0])}", file=sys.stderr)
        shown = [a for a in session.all() if _verdict_wanted(args, a)]
        if len(session) and not shown:
            print("no claims match the verdict filter", file=sys.stderr)
        for a in shown:
            where = "ORPHANED" if a.orphaned else article.page_label(a.page)
            note = f" — {excerpt(a.note, 60)}" if a.note else ""
            was = f" (reworded; was “{excerpt(a.previous_exact, 50)}”)" if a.previous_exact else ""
            print(
                f"{a.tag:<11} {where:<13} “{excerpt(a.exact, 70)}”{was}{_rating(a)}{note}{_by(a, conflicted)}"
            )
    return 0


def _rating(a) -> str:
    """ " [False; 2 evidence; Elon Musk]": the fact-check of a claim, for `reader list`; a
    quote's speaker too (" [Sam Altman]")."""
    if a.tag != "claim" and not a.verdict and not a.evidence:
        return f" [{excerpt(a.speaker, 40)}]" if a.speaker else ""
    parts = [excerpt(a.verdict, 40) if a.verdict else "no verdict"]
    if a.evidence:
        parts.append(f"{len(a.evidence)} evidence")
    if a.speaker:
        parts.append(excerpt(a.speaker, 40))
    return f" [{'; '.join(parts)}]"


def _list_all(args) -> int:
    from reader.core.collection import listing_rows
    from reader.core.display import json_bytes

    if args.json:
        items = _library_items(args, docs=True)
        data = {"annotations": listing_rows(items)}
        sys.stdout.flush()
        sys.stdout.buffer.write(json_bytes(data, for_terminal=sys.stdout.isatty()))
        return 0
    items = _library_items(args)
    common.for_eyes()
    if not items:
        print("no annotations in the library match", file=sys.stderr)
    for art, marks in items:
        title = excerpt(art.title or ", ".join(art.sources) or art.key, 60)
        print(f"{title} ({len(marks)})")
        for a in marks:
            where = "ORPHANED" if a.orphaned else art.page_label(a.page)
            note = f" — {excerpt(a.note, 50)}" if a.note else ""
            print(f"  {a.tag:<11} {where:<13} “{excerpt(a.exact, 64)}”{_rating(a)}{note}{_by(a)}")
    return 0


def _by(a, conflicted: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """Who made it, and whether a team sync kept another version of it to pick from."""
    by = f" [by {excerpt(a.author, 30)}]" if a.author else ""
    return by + (
        " [CONFLICT: another version kept; pick in the app]" if a.uuid in conflicted else ""
    )


def cmd_export(args) -> int:
    from reader.core.export import check_export_target, export_bytes

    _check_scope(args)
    if args.output not in (None, "-"):
        # refuse before the work, not after it
        check_export_target(args.output, args.force, _kept_from_export(args))
    if args.url is not None and args.format != "claimreview":
        raise ReaderError(None, "export: --url goes with --format claimreview")
    if args.all:
        from reader.core.collection import library_export_bytes

        items = _library_items(args)
        if args.format == "claimreview":
            content = factcheck.export_claimreview(args, items)
            return _write_out(args, content, sum(len(anns) for _, anns in items))
        to_terminal = args.output in (None, "-") and sys.stdout.isatty()
        content = library_export_bytes(args.format, items, for_terminal=to_terminal)
        count = sum(len(anns) for _, anns in items)
        return _write_out(args, content, count)
    article, store, session = _open(args, read_only=True)
    with store:
        chosen = [a for a in session.all() if _verdict_wanted(args, a)]
        if args.format == "claimreview":
            content = factcheck.export_claimreview(args, [(article, chosen)])
            return _write_out(args, content, len(chosen))
        try:
            content = export_bytes(args.format, article, chosen)
        except ReaderError as exc:  # text UTF-8 cannot carry: name the database it is in
            raise ReaderError(store.path, exc.reason) from None
    return _write_out(args, content, len(chosen))


def _kept_from_export(args) -> list[tuple[Path, str]]:
    """What `export -o` must never replace, even with --force: the database's own files and
    the article's (`reader export a.txt -o a.txt --force` would put JSON where the text was)."""
    from reader.core.settings import database_path
    from reader.core.store import own_files

    keep = own_files(database_path(args.db))
    keep += [(Path(f), "the article exported from") for f in getattr(args, "files", None) or ()]
    return keep


def _write_out(args, content: bytes, count: int) -> int:
    from reader.core.export import write_export

    if args.output == "-":
        args.output = None
    if args.output is not None:
        write_export(args.output, content, force=args.force, keep=_kept_from_export(args))
        print(f"wrote {count} annotations to {visible(args.output)}", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)  # UTF-8, whatever the terminal's encoding
    return 0


def cmd_import(args) -> int:
    import uuid as uuidlib
    from dataclasses import replace

    from reader.core.anchoring import reanchor
    from reader.core.export import from_json
    from reader.core.loading import read_source
    from reader.core.w3c_import import is_w3c, parse_w3c, place

    raw = read_source(args.source, limit=IMPORT_LIMIT, expected="an export file")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ReaderError(
            args.source, f"cannot be read (not UTF-8 text: byte {exc.start})"
        ) from None
    except ValueError as exc:
        raise ReaderError(args.source, f"is not JSON ({exc})") from None
    except RecursionError:
        raise ReaderError(args.source, "is not an export (its JSON is nested too deeply)") from None
    w3c = is_w3c(data)
    if w3c:  # checked whole before the database is opened: bad input stores nothing
        items = factcheck.imported(parse_w3c(data, args.source), args.source)
    else:
        incoming = factcheck.imported(from_json(data, args.source), args.source)
    article, store, session = _open(args)
    with store:
        if w3c:
            incoming = place(items, article.text, article.key, article.id, article.page_at)
        new = []
        for a in incoming:
            existing = store.get(a.uuid)
            if existing is not None and existing.article == article.key:
                continue  # already here: importing twice adds nothing
            if existing is not None:  # the same id on another article: a copy, never a move
                a = replace(a, uuid=str(uuidlib.uuid4()))
            # it belongs to this article now, whatever paths it was made under
            new.append(replace(a, article=article.key))
        placed = reanchor(new, article.text, article.id, page_at=article.page_at)
        store.put_many(placed)
        orphans = sum(a.orphaned for a in placed)
    skipped = len(incoming) - len(new)
    print(
        f"imported {len(placed)} annotation(s), skipped {skipped} already there, {orphans} orphaned"
    )
    if orphans and not w3c:
        _warn_other_article(args.source, data.get("article"), article, orphans)
    return 0


def _warn_other_article(source: str, exported: object, article, orphans: int) -> None:
    """An export of another article imported here keeps its annotations (orphaned, listed, never
    dropped); say so, naming that article, instead of leaving the user to wonder."""
    if not isinstance(exported, dict) or exported.get("id") in (None, article.id):
        return
    if exported.get("key") == article.key:
        return  # an older version of this article: re-anchoring said what moved
    title = exported.get("title") if isinstance(exported.get("title"), str) else None
    name = f"“{excerpt(title, 60)}”" if title else "another article"
    print(
        f"reader: warning: {visible(source)} was exported from {name}, not this article;"
        f" {orphans} annotation(s) could not be placed here (`reader list` shows them orphaned)",
        file=sys.stderr,
    )


def cmd_stats(args) -> int:
    """Per rule: suggestions accepted (annotations that keep the rule id) and rejected."""
    from reader.core.settings import database_path
    from reader.core.store import Store

    # --rules is the one count there is: `reader stats` alone shows it too (new-user review)
    with Store(database_path(args.db), read_only=True) as store:
        accepted: dict[str, int] = {}
        for a in store.all_annotations():
            if a.rule:
                accepted[a.rule] = accepted.get(a.rule, 0) + 1
        rejected: dict[str, int] = {}
        for r in store.all_rejections():
            rejected[str(r.get("rule"))] = rejected.get(str(r.get("rule")), 0) + 1
    rules = sorted(set(accepted) | set(rejected))
    if not rules:
        print("No suggestion has been accepted or rejected yet.")
        return 0
    print(f"{'rule':<28} {'accepted':>8} {'rejected':>8} {'precision':>9}")
    for rule in rules:  # rule ids come from the database (an import): data, shown visibly
        yes, no = accepted.get(rule, 0), rejected.get(rule, 0)
        print(f"{visible(rule):<28} {yes:>8} {no:>8} {yes / (yes + no):>9.0%}")
    return 0


COMMANDS = {
    "stats": cmd_stats,
    "annotate": cmd_annotate,
    "list": cmd_list,
    "export": cmd_export,
    "import": cmd_import,
}
