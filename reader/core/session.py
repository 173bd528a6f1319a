"""The reader's decisions on one article: annotations and rejected suggestions, saved when made, undoable.

Every edit goes to the store before it is shown (the store makes it durable, one journal line per
step), and every edit is a reversible step, so u / ctrl+r undo and redo any decision: a tag, a note,
a delete, an accepted or rejected suggestion, a bulk accept (one step for all of it), a verdict,
evidence added or removed, a speaker. A note that
could not be written back out (a lone surrogate) is refused before anything is saved. On a
read-only store, re-anchoring a changed article happens in memory only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.core.annotation import TAGS, Annotation, check_text, make_annotation, now_iso
from reader.core.article import Article

if TYPE_CHECKING:  # (the store imports this module)
    from reader.core.store import Store


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """What opening a changed article did to its annotations (said to the user, never silent)."""

    moved: int = 0
    reworded: int = 0
    orphaned: int = 0

    def __bool__(self) -> bool:
        return bool(self.moved or self.reworded or self.orphaned)

    def sentence(self) -> str:
        """ "The article changed: 1 annotation moved, 2 reworded, 1 could not be placed" """
        counts = [
            (self.moved, "moved"),
            (self.reworded, "reworded"),
            (self.orphaned, "could not be placed (orphaned)"),
        ]
        parts: list[str] = []
        for n, what in counts:
            if n:  # the noun with the first count only: "1 annotation moved, 2 reworded"
                noun = "" if parts else (" annotation" if n == 1 else " annotations")
                parts.append(f"{n}{noun} {what}")
        return "The article changed: " + ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A suggestion the reader turned down. It is recognised again by (rule, exact), which
    survives edits that move the passage."""

    rule: str
    start: int
    end: int
    exact: str
    rejected: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.rule, self.exact)

    def to_dict(self, article_key: str) -> dict[str, Any]:
        return {
            "article": article_key,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "rejected": self.rejected,
        }

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Rejection:
        return cls(
            str(doc.get("rule")),
            int(doc.get("start") or 0),
            int(doc.get("end") or 0),
            str(doc.get("exact") or ""),
            str(doc.get("rejected") or ""),
        )


Record = Annotation | Rejection

_TOUCHED_KEPT = 4096  # recent changes whose keys `touched_since` can give
TouchedKey = tuple[object, ...]  # ("span", tag, start, end) or ("rejection", rule, exact)


@dataclass(frozen=True, slots=True)
class Change:
    """One record before and after: None before is an addition, None after a removal."""

    before: Record | None
    after: Record | None

    def inverse(self) -> Change:
        return Change(self.after, self.before)


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable decision, made of one or more changes saved together."""

    changes: tuple[Change, ...]
    label: str
    settles: str | None = None  # the uuid whose sync-kept versions this step settles (a pick)

    def inverse(self) -> tuple[Change, ...]:
        return tuple(c.inverse() for c in reversed(self.changes))


class AnnotationSession:
    """The annotations and rejections of one article version, in memory and in the store."""

    def __init__(self, store: Store, article: Article, *, author: str | None = None) -> None:
        self.store = store
        self.article = article
        #: who new annotations are by: given, else the settings' name (reader.core.settings)
        self.author = author if author is not None else _author()
        #: the view shows only this person's annotations (None: everyone's); edits see them all
        self.only_author: str | None = None
        self._by_uuid: dict[str, Annotation] = {}
        self._keys: list[tuple[int, int, str]] = []  # (start, end, uuid), sorted
        self._spans: dict[tuple[str, int, int], int] = {}  # (tag, start, end) -> how many
        self._longest = 0
        self._rejections: dict[tuple[str, str], Rejection] = {}
        self.revision = 0  # bumped by every change, so views can tell when to rebuild
        # what recent changes touched — ("span", tag, start, end) or ("rejection", rule, exact) —
        # by revision, so a view can update itself instead of rebuilding (`touched_since`)
        self._touched: list[tuple[int, TouchedKey]] = []
        self._touched_floor = 0  # changes up to this revision may be missing from _touched
        self.report = ReanchorReport()
        self.undo_stack: list[Step] = []
        self.redo_stack: list[Step] = []
        self._load()

    def reload(self) -> bool:
        """Pick up what another process changed in this article's annotations (`reader sync
        --watch` beside the app): annotations and rejected suggestions alike; True when something
        did. The undo history stays: an undo after a sync is an ordinary change."""
        self.store.refresh()
        key = self.article.key
        rejections = (Rejection.from_dict(doc) for doc in self.store.rejections(key))
        if {a.uuid: a for a in self.store.annotations(key)} == self._by_uuid and {
            r.key: r for r in rejections
        } == self._rejections:
            return False
        self._by_uuid.clear()
        self._keys.clear()
        self._spans.clear()
        self._rejections.clear()
        self._longest = 0
        self._load()
        self.revision += 1
        self._touched.clear()
        self._touched_floor = self.revision  # everything may have changed
        return True

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
        for doc in self.store.rejections(self.article.key):
            r = Rejection.from_dict(doc)
            self._rejections[r.key] = r

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

    def _shown(self, a: Annotation) -> bool:
        return self.only_author is None or a.author == self.only_author

    def shown(self) -> list[Annotation]:
        """`all()` as the view filters it (see `only_author`)."""
        return [a for a in self.all() if self._shown(a)]

    def authors(self) -> list[str]:
        """Everyone who made an annotation here, by name ("" for annotations without one)."""
        return sorted({a.author for a in self._by_uuid.values()}, key=str.casefold)

    def overlapping(self, start: int, end: int, *, every: bool = False) -> list[Annotation]:
        """Placed annotations that overlap `[start, end)`, by start (only the shown ones, unless
        `every`)."""
        lo = bisect_left(self._keys, (start - self._longest,))
        hi = bisect_left(self._keys, (end,))
        found = [self._by_uuid[u] for s, e, u in self._keys[lo:hi] if e > start and s < end]
        return found if every or self.only_author is None else [a for a in found if self._shown(a)]

    def next_after(self, offset: int) -> Annotation | None:
        """The first shown placed annotation starting after `offset` (ties: by end, then id)."""
        for i in range(bisect_left(self._keys, (offset + 1,)), len(self._keys)):
            if self._shown(a := self._by_uuid[self._keys[i][2]]):
                return a
        return None

    def previous_before(self, offset: int) -> Annotation | None:
        """The last shown placed annotation starting before `offset`."""
        for i in range(bisect_left(self._keys, (offset,)) - 1, -1, -1):
            if self._shown(a := self._by_uuid[self._keys[i][2]]):
                return a
        return None

    def starting_at(self, offset: int) -> list[Annotation]:
        """Shown placed annotations that start exactly at `offset`, in index order."""
        lo = bisect_left(self._keys, (offset,))
        hi = bisect_left(self._keys, (offset + 1,))
        return [a for _, _, u in self._keys[lo:hi] if self._shown(a := self._by_uuid[u])]

    def resolve(self, picked: Annotation) -> None:
        """A conflict settled: `picked` (one of the versions a team sync kept, or a merge of them)
        replaces the annotation, and the other versions go (on the server at the next sync).
        An ordinary step: undone before that sync, the versions are there to pick from again."""
        old = self._by_uuid.get(picked.uuid)
        if old is None:
            self.store.resolve_conflict(picked)  # not in this view: settle it all the same
            return
        self._record([Change(old, picked)], "pick a version", settles=picked.uuid)

    def has_span(self, tag: str, start: int, end: int) -> bool:
        """Is there an annotation with exactly this tag and span? (O(1): suggestions ask a lot.)"""
        return (tag, start, end) in self._spans

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def same(self, tag: str, start: int, end: int) -> Annotation | None:
        """The annotation with exactly this tag and span, if there is one (after trimming)."""
        start, end = self._trim(start, end)
        found = [
            a
            for a in self.overlapping(start, end, every=True)
            if (a.tag, a.start, a.end) == (tag, start, end)
        ]
        return found[0] if found else None

    # rejections ---------------------------------------------------------------------------------
    def is_rejected(self, rule: str, exact: str) -> bool:
        return (rule, exact) in self._rejections

    def rejections(self) -> list[Rejection]:
        return sorted(self._rejections.values(), key=lambda r: (r.start, r.end, r.rule))

    # saving and undo -----------------------------------------------------------------------------
    def _apply(self, changes: Iterable[Change], settle: dict[str, bool] | None = None) -> None:
        """Save the changes as one durable write, then show them (nothing is shown unsaved)."""
        changes = tuple(changes)
        puts = [c.after for c in changes if isinstance(c.after, Annotation)]
        deletes = [
            c.before.uuid for c in changes if isinstance(c.before, Annotation) and c.after is None
        ]
        rejects = [c.after for c in changes if isinstance(c.after, Rejection)]
        unrejects = [c.before for c in changes if isinstance(c.before, Rejection) and not c.after]
        self.store.commit(
            self.article.key,
            put=puts,
            delete=deletes,
            reject=[r.to_dict(self.article.key) for r in rejects],
            unreject=[r.to_dict(self.article.key) for r in unrejects],
            settle=settle,
        )
        self.revision += 1
        self._note_touched(changes)
        for c in changes:
            if isinstance(c.before, Annotation):
                self._unindex(c.before.uuid)
            elif isinstance(c.before, Rejection):
                self._rejections.pop(c.before.key, None)
            if isinstance(c.after, Annotation):
                self._index(c.after)
            elif isinstance(c.after, Rejection):
                self._rejections[c.after.key] = c.after

    def _note_touched(self, changes: tuple[Change, ...]) -> None:
        for c in changes:
            for rec in (c.before, c.after):
                if isinstance(rec, Annotation):
                    self._touched.append((self.revision, ("span", rec.tag, rec.start, rec.end)))
                elif isinstance(rec, Rejection):
                    self._touched.append((self.revision, ("rejection", *rec.key)))
        if len(self._touched) > _TOUCHED_KEPT:  # a bulk step: keep the newest half
            half = len(self._touched) // 2
            self._touched_floor = self._touched[half - 1][0]
            del self._touched[:half]

    def touched_since(self, revision: int) -> list[TouchedKey] | None:
        """The spans and rejections changes after `revision` touched (each as ("span", tag,
        start, end) or ("rejection", rule, exact)); None when that is no longer known (a reload,
        or more changes since than are kept): then rebuild."""
        if revision < self._touched_floor or revision > self.revision:
            return None
        # revisions only grow along the list: the changes after `revision` are its tail
        first = bisect_right(self._touched, revision, key=lambda entry: entry[0])
        return [key for _, key in self._touched[first:]]

    def _record(self, changes: list[Change], label: str, settles: str | None = None) -> Step | None:
        if not changes:
            return None
        self._apply(changes, {settles: True} if settles else None)
        step = Step(tuple(changes), label, settles)
        self.undo_stack.append(step)
        self.redo_stack.clear()
        return step

    def undo(self) -> Step | None:
        if not self.undo_stack:
            return None
        step = self.undo_stack[-1]
        unsettle = {step.settles: False} if step.settles else None  # the versions come back
        self._apply(step.inverse(), unsettle)  # if the save fails, the step stays undoable
        self.redo_stack.append(self.undo_stack.pop())
        return step

    def redo(self) -> Step | None:
        if not self.redo_stack:
            return None
        step = self.redo_stack[-1]
        self._apply(step.changes, {step.settles: True} if step.settles else None)
        self.undo_stack.append(self.redo_stack.pop())
        return step

    # edits --------------------------------------------------------------------------------------
    def _new(
        self,
        tag: str,
        start: int,
        end: int,
        note: str,
        rule: str | None,
        speaker: str | None = None,
    ) -> Annotation:
        return make_annotation(
            self.article.text,
            article=self.article.key,
            version=self.article.id,
            tag=tag,
            start=start,
            end=end,
            page=self.article.page_at(start),
            note=note,
            rule=rule,
            speaker=speaker,
            author=self.author,
        )

    def add(
        self,
        tag: str,
        start: int,
        end: int,
        *,
        note: str = "",
        rule: str | None = None,
        speaker: str | None = None,
        label: str = "",
    ) -> Annotation | None:
        """Tag `[start, end)`; returns the annotation, or None when that exact one already exists.
        `label` names the step for undo ("accept claim suggestion"; else "tag claim")."""
        added = self.add_many([(tag, start, end, rule, speaker)], label or f"tag {tag}", note=note)
        return added[0] if added else None

    def add_many(
        self, spans: Iterable[tuple[Any, ...]], label: str, *, note: str = ""
    ) -> list[Annotation]:
        """Tag several spans (tag, start, end, rule[, speaker]) as ONE undoable step; spans already
        annotated exactly so (or empty after trimming) are skipped. Returns what was added."""
        check_text(note, "the note")
        added: list[Annotation] = []
        seen: set[tuple[str, int, int]] = set()
        for tag, start, end, rule, *speaker in spans:
            start, end = self._trim(start, end)
            if start >= end or (tag, start, end) in seen or self.has_span(tag, start, end):
                continue
            seen.add((tag, start, end))
            added.append(self._new(tag, start, end, note, rule, *speaker))
        self._record([Change(None, a) for a in added], label)
        return added

    def cycle_tag(self, uuid: str) -> Annotation | None:
        old = self._by_uuid.get(uuid)
        if old is None:
            return None
        new = old.edited(tag=TAGS[(TAGS.index(old.tag) + 1) % len(TAGS)])
        self._record([Change(old, new)], f"tag → {new.tag}")
        return new

    def set_note(self, uuid: str, note: str) -> Annotation | None:
        check_text(note, "the note")
        old = self._by_uuid.get(uuid)
        if old is None or old.note == note:
            return old
        new = old.edited(note=note)
        self._record([Change(old, new)], "note")
        return new

    def revise(self, uuid: str, label: str, **changes: Any) -> Annotation | None:
        """Change fields of one annotation (a verdict, its evidence, its speaker) as one ordinary,
        undoable step; nothing is saved when nothing changes. Returns the annotation as it is now."""
        old = self._by_uuid.get(uuid)
        if old is None or all(getattr(old, k) == v for k, v in changes.items()):
            return old
        new = old.edited(**changes)
        self._record([Change(old, new)], label)
        return new

    def delete(self, uuid: str) -> Annotation | None:
        old = self._by_uuid.get(uuid)
        if old is not None:
            self._record([Change(old, None)], f"delete {old.tag}")
        return old

    def reject(self, rule: str, start: int, end: int, exact: str) -> Rejection | None:
        """Turn a suggestion down (remembered for this article); None if it already was."""
        if self.is_rejected(rule, exact):
            return None
        rejection = Rejection(rule, start, end, exact, now_iso())
        self._record([Change(None, rejection)], "reject suggestion")
        return rejection

    def restore(self, rejection: Rejection) -> bool:
        """Suggest a rejected passage again (an ordinary, undoable change)."""
        current = self._rejections.get(rejection.key)
        if current is None:
            return False
        self._record([Change(current, None)], "restore suggestion")
        return True


def _author() -> str:
    from reader.core.settings import author_name

    return author_name()
