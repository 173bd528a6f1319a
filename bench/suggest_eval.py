"""Measure the suggestion rules against the hand-labelled sets: `python -m bench.suggest_eval`.

Two splits, each a folder of labelled articles (`NAME.json`, the project's own export format, plus
the extra keys described in `tests/labelled/README.md`):

- `tests/labelled/dev/`: the development set, read while the rules were written;
- `tests/labelled/untouched/`: written by someone else and never read while rules were written;
  the honest measure. Reported only when the folder holds labelled files.

Each article is parsed again from its source files; if its text changed since labelling, the
labels are re-anchored (`reader.core.anchoring.reanchor`) and any that cannot be placed are
reported and left out.

Matching: a suggestion and a label match when they have the same tag and overlap by at least half
of the shorter span. Per tag: precision = suggestions matching some label / suggestions, recall =
labels matched by some suggestion / labels. Claims are also reported by `scope` (attributed or
unattributed). Attribution: of the matched quotes and attributed claims, the share whose best
matching suggestion (the largest overlap) names the label's `speaker` or one of the aliases of
the cited source of that name (casefolded, a leading determiner stripped); a label whose speaker
is null wants no attribution. Sources: the share of `cited_sources` that some entry of
`sources(article)` names, and the share of entries that name no cited source (a second entry
for a source already named counts as not-a-source).

This lives in bench/, not in the installed package: it measures the product, it is not part of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotation import TAGS, Annotation
from reader.core.article import Article
from reader.core.suggest.engine import Source, Suggestion, analyse
from reader.core.suggest.ruleset import all_rules, load_ruleset

MIN_OVERLAP = 0.5  # of the shorter span
ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "labelled"
SPLITS = ("dev", "untouched")


@dataclass
class Score:
    suggestions: int = 0
    correct: int = 0
    labels: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.suggestions if self.suggestions else None

    @property
    def recall(self) -> float | None:
        return self.found / self.labels if self.labels else None

    def row(self) -> dict:
        return {
            "suggestions": self.suggestions,
            "correct": self.correct,
            "labels": self.labels,
            "found": self.found,
            "precision": self.precision,
            "recall": self.recall,
        }


@dataclass
class Share:
    """`hits` of `total` (attribution right, sources named, entries not sources)."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def row(self) -> dict:
        return {"hits": self.hits, "total": self.total, "share": self.value}


@dataclass
class ArticleResult:
    name: str
    article: Article
    labels: list[Annotation]
    suggestions: list[Suggestion]
    sources: list[Source]
    extra: dict[str, dict] = field(default_factory=dict)  # label uuid -> scope, speaker
    cited: list[dict] = field(default_factory=list)
    orphans: list[Annotation] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)  # (suggestion i, label j)
    wrong_attribution: list[tuple[Annotation, str | None, str | None]] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # cited sources no entry names
    not_sources: list[str] = field(default_factory=list)  # entries naming no cited source

    def false_positives(self) -> list[Suggestion]:
        hit = {i for i, _ in self.matches}
        return [s for i, s in enumerate(self.suggestions) if i not in hit]

    def misses(self) -> list[Annotation]:
        hit = {j for _, j in self.matches}
        return [a for j, a in enumerate(self.labels) if j not in hit]


@dataclass
class Report:
    split: str
    articles: list[ArticleResult]
    by_tag: dict[str, Score]
    by_scope: dict[str, Score]  # claim labels by scope (labels and found only)
    by_rule: dict[str, Score]
    total: Score
    attribution: Share
    named: Share  # cited sources named by an entry
    not_sources: Share  # entries that are no cited source

    def to_json(self) -> dict:
        return {
            "split": self.split,
            "articles": [a.name for a in self.articles],
            "min_overlap": MIN_OVERLAP,
            "total": self.total.row(),
            "tags": {t: s.row() for t, s in self.by_tag.items()},
            "claim_scopes": {t: s.row() for t, s in self.by_scope.items()},
            "rules": {r: s.row() for r, s in self.by_rule.items()},
            "attribution": self.attribution.row(),
            "sources_named": self.named.row(),
            "entries_not_sources": self.not_sources.row(),
        }


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the spans overlap by at least MIN_OVERLAP of the shorter one."""
    shared = overlap(a_start, a_end, b_start, b_end)
    shorter = min(a_end - a_start, b_end - b_start)
    return shared > 0 and shared >= MIN_OVERLAP * shorter


def match(suggestions: Sequence[Suggestion], labels: Sequence[Annotation]) -> list[tuple[int, int]]:
    """Every (suggestion index, label index) pair with the same tag and enough overlap."""
    pairs = []
    for i, s in enumerate(suggestions):
        for j, a in enumerate(labels):
            if s.tag == a.tag and overlaps(s.start, s.end, a.start, a.end):
                pairs.append((i, j))
    return pairs


def _determiners() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("de", "en"):
        words |= load_ruleset(lang).words("determiners")
    return frozenset(words)


def normal_name(name: str | None) -> str | None:
    """Casefolded, whitespace collapsed, one leading determiner stripped ("The council" → "council")."""
    if name is None:
        return None
    words = name.casefold().split()
    if len(words) > 1 and words[0] in _determiners():
        words = words[1:]
    return " ".join(words)


def _names_of(cited: list[dict]) -> list[set[str]]:
    return [
        {normal_name(n) for n in [c["name"], *c.get("aliases", ())] if n is not None} for c in cited
    ]


def _root_for(path: Path, sources: list[str]) -> Path:
    """The nearest folder above the export from which its (relative) source paths exist."""
    for folder in path.resolve().parents:
        if sources and all((folder / p).exists() for p in sources):
            return folder
    return Path.cwd()


def load_labelled(path: Path, root: Path | None = None) -> ArticleResult:
    """One labelled article: parsed from its sources (relative to `root`), labels re-anchored."""
    from reader.core.anchoring import reanchor
    from reader.core.export import from_json
    from reader.core.parsing import parse_files

    data = json.loads(path.read_text("utf-8"))
    labels = from_json(data, str(path))
    extra = {
        a["uuid"]: {k: a[k] for k in ("scope", "speaker") if k in a} for a in data["annotations"]
    }
    meta = data["article"]
    base = root if root is not None else _root_for(path, meta["sources"])
    files = [str(p if Path(p).is_absolute() else base / p) for p in meta["sources"]]
    article = parse_files(files).with_language(meta["lang"], 1.0)
    orphans: list[Annotation] = []
    if article.id != meta["id"]:
        placed = reanchor(labels, article.text, article.id, page_at=article.page_at)
        orphans = [a for a in placed if a.orphaned]
        labels = [a for a in placed if not a.orphaned]
    result = analyse(article)
    return ArticleResult(
        path.stem,
        article,
        labels,
        list(result.suggestions),
        list(result.sources),
        extra,
        list(data.get("cited_sources", [])),
        orphans,
    )


def _attribution(res: ArticleResult, share: Share) -> None:
    names = _names_of(res.cited)
    for j, a in enumerate(res.labels):
        info = res.extra.get(a.uuid, {})
        if a.tag != "quote" and info.get("scope") != "attributed":
            continue
        matched = [res.suggestions[i] for i, jj in res.matches if jj == j]
        if not matched:
            continue
        best = max(matched, key=lambda s: overlap(s.start, s.end, a.start, a.end))
        speaker = normal_name(info.get("speaker"))
        got = normal_name(best.attribution)
        if speaker is None:
            right = got is None
        else:
            allowed = {speaker}
            for group in names:
                if speaker in group:
                    allowed |= group
            right = got in allowed
        share.total += 1
        share.hits += right
        if not right:
            res.wrong_attribution.append((a, info.get("speaker"), best.attribution))


def _sources(res: ArticleResult, named: Share, not_sources: Share) -> None:
    names = _names_of(res.cited)
    taken: set[int] = set()
    for src in res.sources:
        key = normal_name(src.name)
        which = next((k for k, group in enumerate(names) if key in group), None)
        not_sources.total += 1
        if which is None or which in taken:
            not_sources.hits += 1
            res.not_sources.append(src.name)
        else:
            taken.add(which)
    named.total += len(names)
    named.hits += len(taken)
    res.unnamed = [c["name"] for k, c in enumerate(res.cited) if k not in taken]


def evaluate(folder: Path, root: Path | None = None, split: str | None = None) -> Report:
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no labelled articles (*.json) in {folder}")
    rules = all_rules()
    by_tag = {t: Score() for t in TAGS}
    by_scope = {"attributed": Score(), "unattributed": Score()}
    by_rule = {r.id: Score() for r in rules}
    tag_of = {r.id: r.tag for r in rules}
    lang_of = {r.id: r.lang for r in rules}
    attribution, named, not_sources = Share(), Share(), Share()
    results = []
    for path in paths:
        res = load_labelled(path, root)
        res.matches = match(res.suggestions, res.labels)
        results.append(res)
        correct = {i for i, _ in res.matches}
        for i, s in enumerate(res.suggestions):
            by_tag[s.tag].suggestions += 1
            by_tag[s.tag].correct += i in correct
            rule = by_rule.setdefault(s.rule, Score())
            rule.suggestions += 1
            rule.correct += i in correct
        for j, a in enumerate(res.labels):
            by_tag[a.tag].labels += 1
            found_by = {res.suggestions[i].rule for i, jj in res.matches if jj == j}
            by_tag[a.tag].found += bool(found_by)
            scope = res.extra.get(a.uuid, {}).get("scope")
            if a.tag == "claim" and scope in by_scope:
                by_scope[scope].labels += 1
                by_scope[scope].found += bool(found_by)
            for rid, score in by_rule.items():
                if tag_of.get(rid) == a.tag and lang_of.get(rid) in (res.article.lang, "und"):
                    score.labels += 1
                    score.found += rid in found_by
        _attribution(res, attribution)
        _sources(res, named, not_sources)
    total = Score(
        suggestions=sum(s.suggestions for s in by_tag.values()),
        correct=sum(s.correct for s in by_tag.values()),
        labels=sum(s.labels for s in by_tag.values()),
        found=sum(s.found for s in by_tag.values()),
    )
    return Report(
        split or folder.name,
        results,
        by_tag,
        by_scope,
        by_rule,
        total,
        attribution,
        named,
        not_sources,
    )


def _pct(value: float | None) -> str:
    return "   –" if value is None else f"{value * 100:4.0f}%"


def _score_line(name: str, s: Score, suggestions: bool = True) -> str:
    left = (
        f"{s.suggestions:5} {s.correct:4} {_pct(s.precision):>6}"
        if suggestions
        else f"{'':5} {'':4} {'':>6}"
    )
    return f"{name:28} {left}   {s.labels:6} {s.found:5} {_pct(s.recall):>6}"


def format_table(report: Report, rules: bool = True) -> str:
    head = f"{'':28} {'sugg':>5} {'ok':>4} {'prec':>6}   {'labels':>6} {'found':>5} {'recall':>6}"
    labels = sum(len(a.labels) for a in report.articles)
    lines = [
        f"Split '{report.split}': {len(report.articles)} articles, {labels} hand labels;"
        f" match = same tag, overlap >= {MIN_OVERLAP:.0%} of the shorter span.",
        "",
        "per tag" + head[7:],
    ]
    for tag, s in report.by_tag.items():
        lines.append(_score_line(tag, s))
    for scope, s in report.by_scope.items():
        lines.append(_score_line(f"  claim, {scope}", s, suggestions=False))
    lines.append(_score_line("all", report.total))
    lines.append("")
    for name, share in (
        ("attribution right (quotes + attributed claims)", report.attribution),
        ("cited sources named by the sources list", report.named),
        ("sources list entries that are not sources", report.not_sources),
    ):
        lines.append(f"{name:48} {share.hits:4} / {share.total:<4} {_pct(share.value):>6}")
    if rules:
        lines.append("")
        lines.append("per rule" + head[8:])
        for rid, s in report.by_rule.items():
            lines.append(_score_line(rid, s))
        lines.append("")
        lines.append(
            "A rule's recall: the share of its tag's labels, in articles of its language, it finds."
        )
    for a in report.articles:
        for o in a.orphans:
            lines.append(f"warning: {a.name}: label {o.tag} “{o.exact[:50]}” no longer found")
    return "\n".join(lines)


def format_details(report: Report) -> str:
    lines = []
    for res in report.articles:
        lines.append(f"\n== {res.name} ({res.article.lang})")
        for s in res.false_positives():
            lines.append(f"  extra  {s.tag:11} {s.rule:26} “{_short(s.text)}”")
        for a in res.misses():
            note = f"  [{a.note}]" if a.note else ""
            lines.append(f"  missed {a.tag:11} {'':26} “{_short(a.exact)}”{note}")
        for a, want, got in res.wrong_attribution:
            lines.append(
                f"  who    {a.tag:11} want {want!s:24} got {got!s:24} “{_short(a.exact, 40)}”"
            )
        for name in res.unnamed:
            lines.append(f"  source not listed: {name}")
        for name in res.not_sources:
            lines.append(f"  source list extra: {name}")
    return "\n".join(lines)


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.suggest_eval",
        description="Precision and recall of the suggestion rules on the hand-labelled splits.",
    )
    parser.add_argument("--labelled", metavar="DIR", type=Path, help="one labelled folder only")
    parser.add_argument("--root", metavar="DIR", type=Path, help="where article sources resolve")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    folders = (
        [(args.labelled.name, args.labelled)]
        if args.labelled
        else [(name, LABELLED / name) for name in SPLITS]
    )
    reports, absent = [], []
    for name, folder in folders:
        if not (folder.is_dir() and any(folder.glob("*.json"))):
            if args.labelled:
                print(f"suggest_eval: {folder}: no labelled articles (*.json)", file=sys.stderr)
                return 2
            absent.append(name)
            continue
        try:
            reports.append(evaluate(folder, args.root, name))
        except (OSError, ValueError, KeyError) as exc:
            print(f"suggest_eval: {folder}: {exc}", file=sys.stderr)
            return 2
    if args.json:
        out = {r.split: r.to_json() for r in reports}
        out.update({name: None for name in absent})
        print(json.dumps(out, indent=2))
        return 0
    for n, report in enumerate(reports):
        if n:
            print()
        print(format_table(report, rules=args.verbose or report.split == "dev"))
        if args.verbose:
            print(format_details(report))
    for name in absent:
        print(f"\nSplit '{name}': no {name} split present (tests/labelled/{name}/ has no labels).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
