"""What `reader suggest` prints: the JSON contract, and a listing for people."""

from __future__ import annotations

from typing import Any

from reader.core.annotation import TAGS
from reader.core.article import Article
from reader.core.display import visible
from reader.core.suggest.engine import analyse


def suggest_json(article: Article) -> dict[str, list[dict[str, Any]]]:
    """`{"suggestions": [{tag, rule, start, end, text, attribution}], "sources": [{name, count,
    mentions: [{start, end}], aliases, suggestions}]}`, offsets into the canonical text; a
    source's `suggestions` are indexes into the `suggestions` list (those attributed to it)."""
    result = analyse(article)
    return {
        "suggestions": [s.to_json() for s in result.suggestions],
        "sources": [s.to_json() for s in result.sources],
    }


def _one_line(text: str) -> str:
    return visible(" ".join(text.split()))


def suggest_listing(article: Article) -> str:
    """Every suggestion (tag, rule, offsets, attribution, the passage, why), then the sources."""
    result = analyse(article)
    counts = {t: sum(s.tag == t for s in result.suggestions) for t in TAGS}
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    lines = [
        f"Language: {visible(article.lang)} · {len(result.suggestions)} suggestions ({summary})"
        f" · {len(result.sources)} source{'' if len(result.sources) == 1 else 's'}",
        "",
    ]
    for s in result.suggestions:
        who = f" — {_one_line(s.attribution)}" if s.attribution else ""
        page = article.page_label(article.page_at(s.start))
        lines.append(f"{visible(s.tag):<11} {visible(s.rule):<24} {s.start}-{s.end} ({page}){who}")
        lines.append(f"    {_one_line(s.text)}")
        lines.append(f"    why: {_one_line(s.why)}")
    lines.append("")
    lines.append("Sources:" if result.sources else "Sources: none found")
    for src in result.sources:
        where = ", ".join(str(start) for start, _ in src.mentions)
        lines.append(f"  {_one_line(src.name)} ({src.count}×): at {where}")
    return "\n".join(lines)
