"""The suggestions still open for the reader: not rejected, not already accepted as annotations.

Pure rules over the engine's output and the annotation session (which holds the rejections, so a
rejection is an ordinary, undoable decision like a tag). A rejection is remembered by (rule, quoted
text), which survives edits that move the passage; accepting makes an ordinary annotation that keeps
the rule id.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from reader.core.annotation import Annotation
from reader.core.session import AnnotationSession, Rejection, TouchedKey
from reader.core.suggest.engine import Suggestion


class SuggestionLayer:
    """Open suggestions of one article, with the accept / reject actions on them."""

    def __init__(self, suggestions: Iterable[Suggestion], session: AnnotationSession) -> None:
        self.session = session
        self._all: tuple[Suggestion, ...] = tuple(
            sorted(suggestions, key=lambda s: (s.start, s.end, s.tag, s.rule))
        )
        self._starts = [s.start for s in self._all]
        self._longest = max((s.end - s.start for s in self._all), default=0)
        # which suggestions a change can open or close: by the span an annotation takes and by
        # the (rule, text) a rejection names
        self._by_key: dict[TouchedKey, list[int]] = {}
        for i, s in enumerate(self._all):
            self._by_key.setdefault(("span", s.tag, s.start, s.end), []).append(i)
            self._by_key.setdefault(("rejection", s.rule, s.text), []).append(i)
        self._closed: set[int] | None = None  # indexes of decided suggestions, at _closed_revision
        self._closed_revision = -1

    def is_open(self, s: Suggestion) -> bool:
        return not self.session.is_rejected(s.rule, s.text) and not self.session.has_span(
            s.tag, s.start, s.end
        )

    def status(self, s: Suggestion) -> str:
        """ "open", "accepted" (an annotation of its tag and span exists) or "rejected"."""
        if self.session.has_span(s.tag, s.start, s.end):
            return "accepted"
        return "rejected" if self.session.is_rejected(s.rule, s.text) else "open"

    def open(self) -> list[Suggestion]:
        decided = self._decided()
        return [s for i, s in enumerate(self._all) if i not in decided]

    def open_count(self) -> int:
        """How many are open: asked on every key (the status line)."""
        return len(self._all) - len(self._decided())

    def _decided(self) -> set[int]:
        """The indexes of the accepted or rejected suggestions, kept up to date from what each
        change touched: a tag re-checks the suggestions of its own span, not the thousands of
        a long article; a reload (or a step too big to keep) rebuilds."""
        revision = self.session.revision
        if self._closed is not None and self._closed_revision == revision:
            return self._closed
        touched = (
            self.session.touched_since(self._closed_revision) if self._closed is not None else None
        )
        if self._closed is None or touched is None:
            self._closed = {i for i, s in enumerate(self._all) if not self.is_open(s)}
        else:
            for key in touched:
                for i in self._by_key.get(key, ()):
                    if self.is_open(self._all[i]):
                        self._closed.discard(i)
                    else:
                        self._closed.add(i)
        self._closed_revision = revision
        return self._closed

    def overlapping(self, start: int, end: int) -> list[Suggestion]:
        """Open suggestions overlapping `[start, end)`."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [s for s in self._all[lo:hi] if s.end > start and self.is_open(s)]

    def step(self, current: Suggestion | None, offset: int, forward: bool) -> Suggestion | None:
        """The next (or previous) open suggestion: after `current` when there is one, else after
        (before) `offset`. Several suggestions can start in one sentence; this visits each."""
        order = self._all
        if current is not None and current in order:
            i = order.index(current)
            candidates = order[i + 1 :] if forward else order[:i][::-1]
        else:
            i = bisect_left(self._starts, offset + 1 if forward else offset)
            candidates = order[i:] if forward else order[:i][::-1]
        return next((s for s in candidates if self.is_open(s)), None)

    def accept(self, s: Suggestion) -> Annotation | None:
        """Make it an annotation (remembering the rule, and whom the article attributes it to as
        its speaker); None when that annotation already exists."""
        return self.session.add(
            s.tag,
            s.start,
            s.end,
            rule=s.rule,
            speaker=s.attribution,
            label=f"accept {s.tag} suggestion",  # "Undid: accept claim suggestion"
        )

    def reject(self, s: Suggestion) -> Rejection | None:
        """Never show it again for this article (saved; undoable like any decision)."""
        return self.session.reject(s.rule, s.start, s.end, s.text)

    def accept_rule(self, rule: str) -> int:
        """Accept every open suggestion of one rule as ONE undoable step; returns how many."""
        spans = [
            (s.tag, s.start, s.end, s.rule, s.attribution) for s in self.open() if s.rule == rule
        ]
        return len(self.session.add_many(spans, f"accept all of {rule}"))

    def open_by_rule(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.open():
            counts[s.rule] = counts.get(s.rule, 0) + 1
        return counts
