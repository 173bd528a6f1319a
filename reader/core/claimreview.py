"""schema.org ClaimReview (JSON-LD) for the claims of an article that carry a verdict.

Follows the required and recommended properties of Google's Fact Check structured data: on the
ClaimReview `claimReviewed`, `reviewRating` and `url` (required; `url` only when the fact check's
page is given), `author`, `datePublished`, `itemReviewed` (recommended); on the Claim its `author`
(the speaker, when known), `appearance` (the article, with its address when known) and
`datePublished` (the article's date, when known); on the Rating `alternateName` (required),
`ratingValue`, `bestRating`, `worstRating`. Web evidence goes into `citation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reader.core.annotation import Annotation
from reader.core.article import Article
from reader.core.verdicts import Organisation, RatingScale, is_web_source

SCHEMA_CONTEXT = "https://schema.org"
# a speaker named like a body rather than a person ("the Federal Network Agency", "Meta")
_ORGANISATION_WORDS = re.compile(
    r"\b(agency|authority|bureau|council|court|ministry|department|office|government|"
    r"commission|committee|company|corporation|inc|ltd|gmbh|ag|party|police|institute|"
    r"university|association|union|bank|group|board|parliament|senate|newspaper|"
    r"behörde|ministerium|amt|rat|regierung|gericht|verband|partei|polizei|stadt|gemeinde)\b",
    re.IGNORECASE,
)


@dataclass
class ClaimReviews:
    """The ClaimReview objects, and what was left out (counted for stderr)."""

    reviews: list[dict[str, Any]] = field(default_factory=list)
    without_verdict: int = 0
    off_scale: list[str] = field(default_factory=list)  # verdict names the scale lacks


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _party(name: str) -> dict[str, Any]:
    kind = "Organization" if _ORGANISATION_WORDS.search(name) else "Person"
    return {"@type": kind, "name": name}


def _appearance(article: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article.title:
        work["headline"] = _one_line(article.title)
    if article.web_url:
        work["url"] = article.web_url
    if article.meta.authors:
        work["author"] = [{"@type": "Person", "name": a} for a in article.meta.authors]
    if article.meta.site:
        work["publisher"] = {"@type": "Organization", "name": article.meta.site}
    if article.meta.date:
        work["datePublished"] = article.meta.date
    return work


def claim_reviews(
    article: Article,
    annotations: Iterable[Annotation],
    scale: RatingScale,
    organisation: Organisation | None,
    *,
    url: str | None = None,
    published: str | None = None,
) -> ClaimReviews:
    """One ClaimReview per claim with a verdict, in text order; `url` is the fact check's own page,
    `published` its date (default: today, UTC)."""
    out = ClaimReviews()
    date = published or datetime.now(UTC).date().isoformat()
    for a in sorted(annotations, key=lambda a: (a.start, a.end, a.created, a.uuid)):
        if a.tag != "claim":
            continue
        if a.verdict is None:
            out.without_verdict += 1
            continue
        step = scale.find(a.verdict)
        if step is None:
            out.off_scale.append(a.verdict)
            continue
        claim: dict[str, Any] = {"@type": "Claim"}
        if a.speaker:
            claim["author"] = _party(a.speaker)
        claim["appearance"] = _appearance(article)
        if article.meta.date:
            claim["datePublished"] = article.meta.date
        review: dict[str, Any] = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": _one_line(a.exact),
            "itemReviewed": claim,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": step.value,
                "bestRating": scale.best,
                "worstRating": scale.worst,
                "alternateName": step.name,
            },
            "datePublished": date,
        }
        if organisation is not None:
            author: dict[str, Any] = {"@type": "Organization", "name": organisation.name}
            if organisation.url:
                author["url"] = organisation.url
            review["author"] = author
        if url:
            review["url"] = url
        cited = [e for e in a.evidence if is_web_source(e.source)]
        if cited:
            review["citation"] = [
                {"@type": "CreativeWork", "url": e.source, **({"name": e.note} if e.note else {})}
                for e in cited
            ]
        out.reviews.append(review)
    return out
