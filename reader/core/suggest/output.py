"""What `reader suggest` prints: the JSON contract, and a listing for people."""

from __future__ import annotations

from typing import Any

from reader.core.annotation import TAGS
from reader.core.article import Article
from reader.core.display import visible
from reader.core.suggest.engine import analyse
from reader.core.suggest.ruleset import LANGUAGES, rulesets_for


def suggest_json(article: Article) -> dict[str, Any]:
    """`{"lang", "suggestions": [{tag, rule, start, end, text, attribution, source, page, why}],
    "sources": [{name, count, mentions: [{start, end}], aliases, suggestions}]}`, offsets into
    the canonical text; a source's `suggestions` are indexes into the `suggestions` list (those
    attributed to it), and a suggestion's `source` the index of that source (or null): the
    link a script needs, since `attribution` is the name as this passage gives it ("the
    council") and the source's `name` the fullest ("Kestrel County council")."""
    result = analyse(article)
    source_of = result.source_of()
    return {
        "lang": article.lang,
        "suggestions": [
            {
                **s.to_json(),
                "source": source_of.get(i),
                "page": article.page_label(article.page_at(s.start)),
                "why": s.why,
            }
            for i, s in enumerate(result.suggestions)
        ],
        "sources": [s.to_json() for s in result.sources],
    }


def no_rules_line(lang: str) -> str | None:
    """What to say when no rule set reads `lang` ("fr"), or None when one does."""
    if rulesets_for(lang):
        return None
    return f"no suggestion rules for this language (there are for {' and '.join(LANGUAGES)})"


def _one_line(text: str) -> str:
    return visible(" ".join(text.split()))


def suggest_listing(article: Article) -> str:
    """Every suggestion (tag, rule, offsets, attribution, the passage, why), then the sources."""
    missing = no_rules_line(article.lang)
    if missing:  # "0 suggestions" would read as "nothing to check"
        return f"Language: {visible(article.lang)} · {missing}"
    result = analyse(article)
    counts = {t: sum(s.tag == t for s in result.suggestions) for t in TAGS}
    summary = ", ".join(_count(n, t) for t, n in counts.items())
    lines = [
        f"Language: {visible(article.lang)} · {_count(len(result.suggestions), 'suggestion')}"
        f" ({summary}) · {_count(len(result.sources), 'source')}",
    ]
    for s in result.suggestions:
        lines.append("")
        who = f" — {_one_line(s.attribution)}" if s.attribution else ""
        page = article.page_label(article.page_at(s.start))
        lines.append(f"{visible(s.tag):<11} {visible(s.rule):<24} {s.start}-{s.end} ({page}){who}")
        lines.append(f"    {_one_line(s.text)}")
        lines.append(f"    why: {_one_line(s.why)}")
    lines.append("")
    lines.append("Sources:" if result.sources else "Sources: none found")
    for src in result.sources:
        said = [result.suggestions[i] for i in src.suggestions]
        given = ", ".join(_count(n, t) for t in TAGS if (n := sum(s.tag == t for s in said)))
        also = f"; also “{'”, “'.join(map(_one_line, src.aliases))}”" if src.aliases else ""
        lines.append(
            f"  {_one_line(src.name)} (cited {src.count}×{also}): {given or 'no quote or claim'}"
        )
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
