"""Measure the suggestion rules against the hand-labelled set: `python -m reader.core.suggest.evaluate`.

The labelled set (`tests/labelled/*.json`) is one export per article in the project's own format
(`reader.core.export.to_json`): the article's source files and language, and the passages a
careful reader marked as claim / quote / speculation. Each article is parsed again from its
source files; if its text changed since labelling, the labels are re-anchored
(`reader.core.anchoring.reanchor`) and any that cannot be placed are reported and left out.

Matching: a suggestion and a label match when they have the same tag and overlap by at least half
of the shorter of the two spans (so a clause-level suggestion matches a sentence-level label and
the other way round, but a quote does not match the sentence around it unless it is most of it).
A suggestion is correct when it matches any label; a label is found when any suggestion matches
it. Per tag: precision = correct suggestions / suggestions, recall = found labels / labels. Per
rule: precision of its own suggestions, and recall = the share of its tag's labels, in articles of
its language, that it finds (a label found by several rules counts for each).

Claim labels carry a `scope` (an extra key, which the importer ignores): "attributed" when the
text names who says so (laut X, according to X, X said, indirect speech), "unattributed" for a
check-worthy statement of fact the article makes itself. The rules only look for the first kind,
so the table also shows the claim recall over attributed claims alone.
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
from reader.core.suggest.engine import Suggestion, suggest
from reader.core.suggest.ruleset import all_rules

MIN_OVERLAP = 0.5  # of the shorter span


@dataclass
class ArticleResult:
    name: str
    article: Article
    labels: list[Annotation]
    suggestions: list[Suggestion]
    orphans: list[Annotation] = field(default_factory=list)
    scopes: dict[str, str] = field(default_factory=dict)  # label uuid -> claim scope
    matches: list[tuple[int, int]] = field(default_factory=list)  # (suggestion i, label j)

    def false_positives(self) -> list[Suggestion]:
        hit = {i for i, _ in self.matches}
        return [s for i, s in enumerate(self.suggestions) if i not in hit]

    def misses(self) -> list[Annotation]:
        hit = {j for _, j in self.matches}
        return [a for j, a in enumerate(self.labels) if j not in hit]


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

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


@dataclass
class Report:
    articles: list[ArticleResult]
    by_tag: dict[str, Score]
    by_rule: dict[str, Score]
    total: Score
    attributed: Score  # claim labels with scope "attributed" (suggestion columns: all claims)

    def to_json(self) -> dict:
        def row(s: Score) -> dict:
            return {
                "suggestions": s.suggestions,
                "correct": s.correct,
                "labels": s.labels,
                "found": s.found,
                "precision": s.precision,
                "recall": s.recall,
            }

        return {
            "articles": [a.name for a in self.articles],
            "min_overlap": MIN_OVERLAP,
            "total": row(self.total),
            "claim_attributed": row(self.attributed),
            "tags": {t: row(s) for t, s in self.by_tag.items()},
            "rules": {r: row(s) for r, s in self.by_rule.items()},
        }


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the spans overlap by at least MIN_OVERLAP of the shorter one."""
    shared = min(a_end, b_end) - max(a_start, b_start)
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


def default_labelled_dir() -> Path:
    here = Path.cwd() / "tests" / "labelled"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[3] / "tests" / "labelled"


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
    scopes = {a["uuid"]: a["scope"] for a in data["annotations"] if "scope" in a}
    meta = data["article"]
    base = root if root is not None else _root_for(path, meta["sources"])
    files = [str(p if Path(p).is_absolute() else base / p) for p in meta["sources"]]
    article = parse_files(files).with_language(meta["lang"], 1.0)
    orphans: list[Annotation] = []
    if article.id != meta["id"]:
        placed = reanchor(labels, article.text, article.id, page_at=article.page_at)
        orphans = [a for a in placed if a.orphaned]
        labels = [a for a in placed if not a.orphaned]
    return ArticleResult(path.stem, article, labels, suggest(article), orphans, scopes)


def evaluate(folder: Path | None = None, root: Path | None = None) -> Report:
    folder = folder or default_labelled_dir()
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no labelled articles (*.json) in {folder}")
    rules = all_rules()
    by_tag = {t: Score() for t in TAGS}
    by_rule = {r.id: Score() for r in rules}
    tag_of = {r.id: r.tag for r in rules}
    lang_of = {r.id: r.lang for r in rules}
    attributed = Score()
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
            if res.scopes.get(a.uuid) == "attributed":
                attributed.labels += 1
                attributed.found += bool(found_by)
            for rid, score in by_rule.items():
                if tag_of.get(rid) == a.tag and lang_of.get(rid) in (res.article.lang, "und"):
                    score.labels += 1
                    score.found += rid in found_by
    total = Score(
        suggestions=sum(s.suggestions for s in by_tag.values()),
        correct=sum(s.correct for s in by_tag.values()),
        labels=sum(s.labels for s in by_tag.values()),
        found=sum(s.found for s in by_tag.values()),
    )
    attributed.suggestions = by_tag["claim"].suggestions
    attributed.correct = by_tag["claim"].correct
    return Report(results, by_tag, by_rule, total, attributed)


def _pct(value: float | None) -> str:
    return "   –" if value is None else f"{value * 100:4.0f}%"


def format_table(report: Report) -> str:
    lines = []
    head = f"{'':28} {'sugg':>5} {'ok':>4} {'prec':>6}   {'labels':>6} {'found':>5} {'recall':>6}"
    names = ", ".join(a.name for a in report.articles)
    lines.append(f"Suggestions against {sum(len(a.labels) for a in report.articles)} hand labels")
    lines.append(f"({names}); match = same tag, overlap >= {MIN_OVERLAP:.0%} of the shorter span.")
    lines.append("")
    lines.append("per tag" + head[7:])
    for tag, s in report.by_tag.items():
        lines.append(
            f"{tag:28} {s.suggestions:5} {s.correct:4} {_pct(s.precision):>6}   "
            f"{s.labels:6} {s.found:5} {_pct(s.recall):>6}"
        )
    t = report.total
    c = report.attributed
    lines.append(
        f"{'  claim, attributed only':28} {'':5} {'':4} {'':>6}   "
        f"{c.labels:6} {c.found:5} {_pct(c.recall):>6}"
    )
    lines.append(
        f"{'all':28} {t.suggestions:5} {t.correct:4} {_pct(t.precision):>6}   "
        f"{t.labels:6} {t.found:5} {_pct(t.recall):>6}"
    )
    lines.append("")
    lines.append("per rule" + head[8:])
    for rid, s in report.by_rule.items():
        lines.append(
            f"{rid:28} {s.suggestions:5} {s.correct:4} {_pct(s.precision):>6}   "
            f"{s.labels:6} {s.found:5} {_pct(s.recall):>6}"
        )
    lines.append("")
    lines.append(
        "A rule's recall: the share of its tag's labels, in articles of its language, it finds."
    )
    orphans = [(a.name, o) for a in report.articles for o in a.orphans]
    for name, o in orphans:
        lines.append(f"warning: {name}: label {o.tag} “{o.exact[:50]}” no longer found; left out")
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
    return "\n".join(lines)


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.core.suggest.evaluate",
        description="Precision and recall of the suggestion rules on the hand-labelled set.",
    )
    parser.add_argument("--labelled", metavar="DIR", type=Path, help="labelled exports folder")
    parser.add_argument("--root", metavar="DIR", type=Path, help="where article sources resolve")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.labelled, args.root)
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
        return 0
    print(format_table(report))
    if args.verbose:
        print(format_details(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
