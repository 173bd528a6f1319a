"""The annotations of the article being read: overlap queries, edits that are saved when made, undo.

Every edit goes to the store before it is shown (the store makes it durable), and every edit is
recorded as a reversible step, so u / ctrl+r undo and redo any annotation change, also durably.
A note that could not be written back out (a lone surrogate) is refused before anything is saved.
On a read-only store, re-anchoring a changed article happens in memory only.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

from reader.core.annotation import TAGS, Annotation, check_text, make_annotation
from reader.core.article import Article


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """What opening a changed article did to its annotations (said to the user, never silent)."""

    moved: int = 0
    reworded: int = 0
    orphaned: int = 0

    def __bool__(self) -> bool:
        return bool(self.moved or self.reworded or self.orphaned)

    def sentence(self) -> str:
        parts = [
            f"{self.moved} moved" if self.moved else "",
            f"{self.reworded} reworded" if self.reworded else "",
            f"{self.orphaned} could not be placed (orphaned)" if self.orphaned else "",
        ]
        return "The article changed: annotations " + ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Step:
    """One reversible change: `before` and `after` are None for an addition / a deletion."""

    before: Annotation | None
    after: Annotation | None
    label: str


class AnnotationSession:
    """The annotations of one article version, in memory and in the store."""

    def __init__(self, store, article: Article) -> None:
        self.store = store
        self.article = article
        self._by_uuid: dict[str, Annotation] = {}
        self._keys: list[tuple[int, int, str]] = []  # (start, end, uuid), sorted
        self._spans: dict[tuple[str, int, int], int] = {}  # (tag, start, end) -> how many
        self._longest = 0
        self.revision = 0  # bumped by every change, so views can tell when to rebuild
        self.report = ReanchorReport()
        self.undo_stack: list[Step] = []
        self.redo_stack: list[Step] = []
        self._load()

    def _load(self) -> None:
        stored = self.store.annotations(self.article.key)
        stale = [a for a in stored if a.version != self.article.id or a.orphaned]
        if stale:
            # fuzzy matching (rapidfuzz) is imported only when something needs re-anchoring
            from reader.core.anchoring import reanchor

            moved = reanchor(
                stale, self.article.text, self.article.id, page_at=self.article.page_at
            )
            changed = [new for old, new in zip(stale, moved, strict=True) if new != old]
            pairs = list(zip(stale, moved, strict=True))
            self.report = ReanchorReport(
                moved=sum(o.start != n.start and not n.orphaned for o, n in pairs),
                reworded=sum(o.exact != n.exact and not n.orphaned for o, n in pairs),
                orphaned=sum(n.orphaned and not o.orphaned for o, n in pairs),
            )
            if changed and not getattr(self.store, "read_only", False):
                self.store.put_many(changed)
            fresh = {a.uuid: a for a in moved}
            stored = [fresh.get(a.uuid, a) for a in stored]
        for a in stored:
            self._index(a)

    # index --------------------------------------------------------------------------------------
    def _index(self, a: Annotation) -> None:
        self._by_uuid[a.uuid] = a
        if not a.orphaned:
            span = (a.tag, a.start, a.end)
            self._spans[span] = self._spans.get(span, 0) + 1
            insort(self._keys, (a.start, a.end, a.uuid))
            self._longest = max(self._longest, a.end - a.start)

    def _unindex(self, uuid: str) -> Annotation | None:
        a = self._by_uuid.pop(uuid, None)
        if a is not None and not a.orphaned:
            span = (a.tag, a.start, a.end)
            if self._spans.get(span, 0) > 1:
                self._spans[span] -= 1
            else:
                self._spans.pop(span, None)
            i = bisect_left(self._keys, (a.start, a.end, a.uuid))
            if i < len(self._keys) and self._keys[i][2] == uuid:
                del self._keys[i]
        return a

    def __len__(self) -> int:
        return len(self._by_uuid)

    def get(self, uuid: str) -> Annotation | None:
        return self._by_uuid.get(uuid)

    def all(self) -> list[Annotation]:
        return sorted(self._by_uuid.values(), key=lambda a: (a.orphaned, a.start, a.end, a.created))

    @property
    def orphan_count(self) -> int:
        return len(self._by_uuid) - len(self._keys)

    def orphans(self) -> list[Annotation]:
        return [a for a in self.all() if a.orphaned]

    def overlapping(self, start: int, end: int) -> list[Annotation]:
        """Placed annotations that overlap `[start, end)`, by start."""
        lo = bisect_left(self._keys, (start - self._longest,))
        hi = bisect_left(self._keys, (end,))
        return [self._by_uuid[u] for s, e, u in self._keys[lo:hi] if e > start and s < end]

    def next_after(self, offset: int) -> Annotation | None:
        i = bisect_left(self._keys, (offset + 1,))
        return self._by_uuid[self._keys[i][2]] if i < len(self._keys) else None

    def previous_before(self, offset: int) -> Annotation | None:
        i = bisect_left(self._keys, (offset,)) - 1
        return self._by_uuid[self._keys[i][2]] if i >= 0 else None

    # edits --------------------------------------------------------------------------------------
    def _apply(self, before: Annotation | None, after: Annotation | None) -> None:
        self.revision += 1
        if after is not None:
            self.store.put(after)
            if before is not None:
                self._unindex(before.uuid)
            self._index(after)
        elif before is not None:
            self.store.delete(before.uuid)
            self._unindex(before.uuid)

    def _record(self, before: Annotation | None, after: Annotation | None, label: str) -> None:
        self._apply(before, after)
        self.undo_stack.append(Step(before, after, label))
        self.redo_stack.clear()

    def has_span(self, tag: str, start: int, end: int) -> bool:
        """Is there an annotation with exactly this tag and span? (O(1): suggestions ask a lot.)"""
        return (tag, start, end) in self._spans

    def same(self, tag: str, start: int, end: int) -> Annotation | None:
        """The annotation with exactly this tag and span, if there is one (after trimming)."""
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        found = [
            a for a in self.overlapping(start, end) if (a.tag, a.start, a.end) == (tag, start, end)
        ]
        return found[0] if found else None

    def add(self, tag: str, start: int, end: int, *, note: str = "", rule: str | None = None):
        """Tag `[start, end)`; returns the annotation, or None when that exact one already exists."""
        check_text(note, "the note")
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        if self.same(tag, start, end) is not None:
            return None
        annotation = make_annotation(
            text,
            article=self.article.key,
            version=self.article.id,
            tag=tag,
            start=start,
            end=end,
            page=self.article.page_at(start),
            note=note,
            rule=rule,
        )
        self._record(None, annotation, f"tag {tag}")
        return annotation

    def cycle_tag(self, uuid: str) -> Annotation | None:
        old = self._by_uuid.get(uuid)
        if old is None:
            return None
        new = old.edited(tag=TAGS[(TAGS.index(old.tag) + 1) % len(TAGS)])
        self._record(old, new, f"tag → {new.tag}")
        return new

    def set_note(self, uuid: str, note: str) -> Annotation | None:
        check_text(note, "the note")
        old = self._by_uuid.get(uuid)
        if old is None or old.note == note:
            return old
        new = old.edited(note=note)
        self._record(old, new, "note")
        return new

    def delete(self, uuid: str) -> Annotation | None:
        old = self._by_uuid.get(uuid)
        if old is not None:
            self._record(old, None, f"delete {old.tag}")
        return old

    def undo(self) -> Step | None:
        if not self.undo_stack:
            return None
        step = self.undo_stack[-1]
        self._apply(step.after, step.before)  # if the save fails, the step stays undoable
        self.redo_stack.append(self.undo_stack.pop())
        return step

    def redo(self) -> Step | None:
        if not self.redo_stack:
            return None
        step = self.redo_stack[-1]
        self._apply(step.before, step.after)
        self.undo_stack.append(self.redo_stack.pop())
        return step
