"""What an analysis finds and returns: the public `Suggestion`, `Source` and `Analysis`, and
the records the passes keep while they work (an attribution, a quote, a candidate span)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from reader.core.suggest.names import Namer
from reader.core.suggest.quotes import QuotePair
from reader.core.suggest.ruleset import Rule
from reader.core.suggest.tokens import NameHit

# bodies the article names: (start, block, name), in text order
Orgs = list[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span a rule proposes for an annotation; `why` and the cue show why it fired."""

    tag: str  # claim / quote / speculation
    rule: str  # the rule id, e.g. "de.claim.laut"
    start: int  # [start, end) in article.text
    end: int
    text: str  # article.text[start:end]
    attribution: str | None  # who the passage is attributed to, when the text says so
    cue_start: int  # the words that made the rule fire (for a quote: its marks)
    cue_end: int
    why: str  # a one-line explanation: the cue, the source, how the speaker was found

    def to_json(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "attribution": self.attribution,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Someone (or something) the article cites, with every place it is cited."""

    name: str
    count: int
    mentions: tuple[tuple[int, int], ...]  # [start, end) of each citing mention
    aliases: tuple[
        str, ...
    ] = ()  # the other names merged into this one ("Feldkamp", "the council")
    suggestions: tuple[int, ...] = ()  # indexes into the analysis' suggestions attributed to it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "count": self.count,
            "mentions": [{"start": s, "end": e} for s, e in self.mentions],
            "aliases": list(self.aliases),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    suggestions: tuple[Suggestion, ...]
    sources: tuple[Source, ...]

    def source_of(self) -> dict[int, int]:
        """Suggestion index → the index of the source it is attributed to (the inverse of each
        source's `suggestions`), for those that have one."""
        return {i: k for k, src in enumerate(self.sources) for i in src.suggestions}


@dataclass(eq=False)
class Attr:
    """A name or pronoun the text attributes something to, at absolute offsets."""

    hit: NameHit
    block: int
    namer: Namer
    resolved: str | None = None
    note: str = ""
    called: str | None = None  # the article's word for a body resolved to one named later

    @property
    def phrase(self) -> str:
        """Who it stands for so far: its resolution, else its own words."""
        return self.hit.text if self.resolved is None else self.resolved

    @property
    def person(self) -> bool:
        return self.hit.kind in ("name", "age") and (
            self.hit.person or self.namer.is_person(self.hit.text)
        )


@dataclass(eq=False)
class FoundQuote:
    pair: QuotePair  # absolute offsets
    block: int
    rule: Rule
    words: int
    attr: Attr | None = None
    clause: tuple[int, int] | None = None  # the reporting clause, when it is one
    how: str = ""


@dataclass(eq=False)
class Candidate:
    rule: Rule
    start: int
    end: int
    cue_start: int
    cue_end: int
    why: str
    attr: Attr | None = None
    inherited: bool = False  # the source is the previous sentence's speaker

    def rank(self) -> tuple[bool, bool, bool, int]:
        """Which candidate's source a sentence's suggestion takes (lowest first): the source a
        cue names ("Zeugen zufolge", "according to X"), then the sentence's first reporting
        verb ("He said the company believed …": he), a subject's own plan after both ("The
        network plans to survey its members, he said": he); a speaker carried from the sentence
        before, or a pronoun nothing resolved, last."""
        a = self.attr
        weak = self.inherited or (
            a is not None and a.hit.kind == "pronoun" and a.resolved == a.hit.text
        )
        own_plan = bool(self.rule.params.get("named"))
        return weak, self.rule.source != "group", own_plan, self.cue_start


class Spans:
    """Sorted, non-overlapping spans with a fast "which one holds this offset?"."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start

    def holding(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined (for a `Spans` lookup)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
