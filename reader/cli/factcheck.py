"""`reader verdict`, and the fact-check options of `annotate`, `list` and `export`.

Everything a command is given (verdict name, evidence sources and notes, speaker) is checked
before the database is opened: bad input stores nothing. A verdict or evidence is refused on a
quote or speculation annotation with one line.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from reader.cli import args as common
from reader.core.display import visible
from reader.errors import ReaderError


def add_options(p: argparse.ArgumentParser) -> None:
    """--verdict, --evidence (repeatable), --evidence-note, --speaker."""
    p.add_argument("--verdict", metavar="NAME", help="a verdict from the rating scale (claims)")
    p.add_argument(
        "--evidence",
        action="append",
        default=[],
        metavar="URL",
        help="evidence: an http(s) address or an existing file (repeatable; claims)",
    )
    p.add_argument(
        "--evidence-note",
        action="append",
        default=[],
        metavar="TEXT",
        help="a short note on the --evidence before it (in the same order)",
    )
    p.add_argument("--speaker", metavar="NAME", help="who makes the claim in the article")


def filter_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--verdict", metavar="NAME", help="only claims with this verdict")
    group.add_argument(
        "--no-verdict", action="store_true", help="only claims without a verdict yet (to do)"
    )


class VerdictParser(common.Parser):
    """`reader verdict FILE --match TEXT NAME`: argparse takes the positionals before --match
    at once, so a NAME after it comes back unrecognised; it is the verdict. Given before
    --match (`reader verdict FILE NAME --match TEXT`), it comes as a last "file" that is neither
    a path nor a web address: it is the verdict too."""

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        import os

        from reader.core.sources import is_url

        ns, extras = super().parse_known_args(args, namespace)
        if getattr(ns, "name", None) is None and len(extras) == 1 and extras[0][:1] != "-":
            ns.name, extras = extras[0], []
        files = getattr(ns, "files", None) or []
        if getattr(ns, "name", None) is None and len(files) > 1:
            last = files[-1]
            if not is_url(last) and not os.path.lexists(last):
                ns.name, ns.files = last, files[:-1]
        return ns, extras


def add(sub) -> None:
    p = sub.add_parser("verdict", help="rate a claim on the rating scale, with its evidence")
    p.__class__ = VerdictParser
    common.files(p)
    common.db(p)
    common.lang(p)
    p.add_argument("name", nargs="?", metavar="NAME", help="the verdict (see --scale)")
    p.add_argument("--match", required=True, metavar="TEXT", help="the claim's passage")
    p.add_argument("--occurrence", type=int, metavar="N", help="which one, if it is repeated")
    p.add_argument("--clear", action="store_true", help="remove the claim's verdict")
    p.add_argument(
        "--remove-evidence",
        action="append",
        default=[],
        metavar="SOURCE",
        help="remove this evidence item (as listed)",
    )
    add_options(p)


@dataclass
class FactCheck:
    """What a command was asked to set, checked."""

    verdict: str | None = None
    clear: bool = False
    evidence: tuple = ()
    remove: tuple[str, ...] = ()
    speaker: str | None = None

    def __bool__(self) -> bool:
        return bool(self.verdict or self.clear or self.evidence or self.remove or self.speaker)

    @property
    def claim_only(self) -> bool:
        return bool(self.verdict or self.clear or self.evidence or self.remove)


def checked(args) -> FactCheck:
    """The fact-check options of `args`, checked before any database is opened (ReaderError)."""
    from reader.core.settings import Settings
    from reader.core.verdicts import check_evidence, check_line, load_fact_check_settings

    out = FactCheck()
    name = getattr(args, "name", None) or None
    if args.verdict and name:
        raise ReaderError(None, "give the verdict once (NAME or --verdict)")
    given_as = "--verdict" if args.verdict else "NAME"  # the message names what the user typed
    name = name or args.verdict
    if name is not None:
        scale, _ = load_fact_check_settings(Settings())
        try:
            out.verdict = scale.check(name)
        except ValueError as exc:
            raise ReaderError(None, f"{given_as}: {exc}") from None
    out.clear = bool(getattr(args, "clear", False))
    if out.clear and out.verdict:
        raise ReaderError(None, "--clear removes the verdict: give no verdict with it")
    if len(args.evidence_note) > len(args.evidence):
        raise ReaderError(None, "--evidence-note: each note follows its --evidence")
    items = []
    for n, source in enumerate(args.evidence):
        note = args.evidence_note[n] if n < len(args.evidence_note) else ""
        try:
            items.append(check_evidence(source))
        except ValueError as exc:
            raise ReaderError(None, f"--evidence: {exc}") from None
        try:
            items[-1] = check_evidence(source, note)
        except ValueError as exc:
            raise ReaderError(None, f"--evidence-note: {exc}") from None
    out.evidence = tuple(items)
    out.remove = tuple(getattr(args, "remove_evidence", ()))
    if args.speaker is not None:
        try:
            out.speaker = check_line(args.speaker, "--speaker") or None
        except ValueError as exc:
            raise ReaderError(None, str(exc)) from None
    return out


def apply(session, annotation, wanted: FactCheck, where: str):
    """Set what `wanted` asks on `annotation`, as one undoable step; returns it as it is now."""
    from reader.core.verdicts import claim_only

    if wanted.claim_only:
        try:
            claim_only(annotation, "a verdict or evidence")
        except ValueError as exc:
            raise ReaderError(where, str(exc).replace(" (t changes its tag)", "")) from None
    changes: dict = {}
    if wanted.verdict or wanted.clear:
        changes["verdict"] = wanted.verdict
    evidence = list(annotation.evidence)
    for source in wanted.remove:
        found = [e for e in evidence if e.source == source]
        if not found:
            raise ReaderError(where, f"--remove-evidence: {source!r} is not listed on this claim")
        evidence.remove(found[0])
    evidence += [e for e in wanted.evidence if e not in evidence]
    if tuple(evidence) != annotation.evidence:
        changes["evidence"] = tuple(evidence)
    if wanted.speaker:
        changes["speaker"] = wanted.speaker
    return session.revise(annotation.uuid, "fact-check", **changes)


def cmd_verdict(args) -> int:
    """Rate (or re-rate) an annotated claim found by --match; add or remove its evidence."""
    from reader.cli.annotating import _open, find_span

    wanted = checked(args)
    if not wanted:
        raise ReaderError(None, "verdict: give a verdict NAME, --clear, --evidence or --speaker")
    article, store, session = _open(args)
    with store:
        start, end = find_span(article, args)
        where = args.files[0]
        found = session.same("claim", start, end)
        covering = [a for a in session.overlapping(start, end) if a.start <= start and a.end >= end]
        if found is None:  # the one claim that holds the text quoted
            claims = [a for a in covering if a.tag == "claim"]
            if len(claims) > 1:
                raise ReaderError(
                    where, f"the text is inside {len(claims)} claims; quote one whole"
                )
            found = claims[0] if claims else None
        if found is None:
            if covering:
                raise ReaderError(
                    where,
                    f"a verdict goes on a claim; this passage is annotated as {covering[0].tag}",
                )
            raise ReaderError(where, "this passage is not annotated as a claim (reader annotate)")
        now = apply(session, found, wanted, where)
        print(describe(now))
    return 0


def describe(a) -> str:
    """One line for people: the claim's verdict, evidence count and speaker."""
    verdict = visible(a.verdict) if a.verdict else "no verdict"
    speaker = f", said by {visible(a.speaker)}" if a.speaker else ""
    return f"{a.uuid} {a.tag}: {verdict}, {len(a.evidence)} evidence{speaker}"


def imported(items: list, source: str) -> list:
    """Imported annotations (or W3C items) with their verdicts spelled as the scale spells them;
    ReaderError naming the import file for a verdict not on the scale or a control character in
    an evidence source or note. (A claim re-tagged as a quote keeps its verdict, so an export may
    hold one on a quote: it is read back as it is, never dropped.)"""
    from dataclasses import replace

    from reader.core.settings import Settings
    from reader.core.verdicts import (
        check_imported_source,
        control_problem,
        load_fact_check_settings,
    )

    scale = None
    out = []
    for n, item in enumerate(items, 1):
        where = f"annotation {n} of {len(items)}"
        for e in item.evidence:
            for what, text in (("evidence source", e.source), ("evidence note", e.note)):
                if problem := control_problem(text):
                    raise ReaderError(source, f"{where}: the {what} {problem}")
            try:  # what `annotate --evidence` refuses is refused here too
                check_imported_source(e.source)
            except ValueError as exc:
                raise ReaderError(source, f"{where}: {exc}") from None
        if item.speaker if hasattr(item, "speaker") else None:
            if problem := control_problem(item.speaker):
                raise ReaderError(source, f"{where}: the speaker {problem}")
        if item.verdict is not None:
            if scale is None:
                scale, _ = load_fact_check_settings(Settings())
            try:
                item = replace(item, verdict=scale.check(item.verdict))
            except ValueError as exc:
                raise ReaderError(source, f"{where}: {exc}") from None
        out.append(item)
    return out


def export_claimreview(args, pairs) -> bytes:
    """The ClaimReview JSON-LD of the (article, annotations) pairs, one list; what was left out
    is counted on stderr."""
    from reader.core.claimreview import claim_reviews
    from reader.core.display import json_text
    from reader.core.settings import Settings
    from reader.core.verdicts import load_fact_check_settings

    scale, organisation = load_fact_check_settings(Settings())
    url = args.url
    if url is not None:
        from reader.core.verdicts import check_line, is_web_source

        if not is_web_source(url):
            raise ReaderError(None, f"--url {url!r}: give the fact check's http(s) address")
        check_line(url, "--url")
    from reader.core.claimreview import ClaimReviews

    out = ClaimReviews()
    for article, marks in pairs:
        one = claim_reviews(article, marks, scale, organisation, url=url)
        out.reviews += one.reviews
        out.without_verdict += one.without_verdict
        out.off_scale += one.off_scale
    if out.without_verdict:
        print(f"{out.without_verdict} claim(s) without a verdict left out", file=sys.stderr)
    if out.off_scale:
        names = ", ".join(sorted({visible(n) for n in out.off_scale}))
        print(
            f"{len(out.off_scale)} claim(s) left out: verdict not on the rating scale ({names})",
            file=sys.stderr,
        )
    if organisation is None:
        print(
            "no organisation in the settings: ClaimReview's author is left out"
            ' (settings.json: "organisation": {"name": ..., "url": ...})',
            file=sys.stderr,
        )
    if url is None:
        print("no --url: ClaimReview's url (the fact check's page) is left out", file=sys.stderr)
    return (json_text(out.reviews) + "\n").encode("utf-8")


COMMANDS = {"verdict": cmd_verdict}
