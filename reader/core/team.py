"""What the reading screen shows of a team: whose annotations are in view, which annotation has
versions from a sync to pick from, and whether `reader sync --watch` is keeping up.

Kept apart from `reader_state` (which calls in here) so the team's rules live in one place.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotation import Annotation

if TYPE_CHECKING:
    from reader.core.reader_state import ReaderState


MERGE = "merge the notes"


def person(name: str) -> str:
    return name or "(no name)"


def next_author(state: ReaderState) -> None:
    """The person filter: everyone → each person who annotated this article → everyone."""
    session = state.session
    names: list[str | None] = [None, *session.authors()]
    at = names.index(session.only_author) if session.only_author in names else 0
    session.only_author = names[(at + 1) % len(names)]
    session.revision += 1  # the view is another one now
    current = state.current_annotation and session.get(state.current_annotation)
    if current and session.only_author is not None and current.author != session.only_author:
        state.current_annotation = None
    if session.only_author is None:
        state.message = f"Showing everyone's annotations ({len(session.authors())} people)"
    else:
        count = len(session.shown())
        state.message = f"Showing only {person(session.only_author)}'s annotations ({count})"


@dataclass(frozen=True)
class Version:
    """One version of a conflicted annotation, as the pick list shows it."""

    label: str
    annotation: Annotation


def versions(state: ReaderState, uuid: str) -> list[Version]:
    """The versions to pick from for `uuid` (the one shown first, then the ones a sync kept, then
    a merge: the shown one's tag and span with every distinct note); [] if there is no conflict."""
    current = state.session.get(uuid)
    kept = state.store.conflict(uuid)
    if current is None or kept is None or kept.get("resolved"):
        return []
    found = [Version("shown now", current)]
    for v in kept.get("versions") or ():
        try:
            found.append(Version("kept by the sync", Annotation.from_dict(v["doc"])))
        except (TypeError, ValueError, KeyError):
            continue
    notes: list[str] = []
    for v in found:
        if v.annotation.note and v.annotation.note not in notes:
            notes.append(v.annotation.note)
    if len(found) > 1 and len(notes) > 1:
        merged = " / ".join(" ".join(n.split()) for n in notes)  # a note is one line
        found.append(Version(MERGE, current.edited(note=merged)))
    return found


def pick(state: ReaderState, chosen: Version) -> None:
    """Settle the conflict with `chosen` (saved now; the next sync removes the other versions)."""
    state.session.resolve(chosen.annotation.edited())
    what = "Merged the notes" if chosen.label == MERGE else f"Kept the version {chosen.label}"
    state.message = f"{what}; the others go at the next sync (u undoes)"


def tick(state: ReaderState) -> bool:
    """Every few seconds in the app: while a `reader sync --watch` runs for this database, take
    in what it brought (True: the screen must be drawn again, the mark may have changed too)."""
    before = _marks.get(state.store.path, (0.0, ""))[1]
    mark = sync_mark(state.store.path)
    if not mark:
        return bool(before)
    return state.session.reload() or mark != before


def status_parts(state: ReaderState, current: Annotation | None) -> list[str]:
    """The status line's team parts: the person filter, the conflict under the cursor, the
    sync mark."""
    parts = []
    if state.session.only_author is not None:
        parts.append(f"only {person(state.session.only_author)}")
    if current is not None and versions_waiting(state, current.uuid):
        parts.append("CONFLICT: C picks a version")
    mark = sync_mark(state.store.path)
    if mark:
        parts.append(mark)
    return parts


def versions_waiting(state: ReaderState, uuid: str) -> bool:
    kept = state.store.conflict(uuid)
    return kept is not None and not kept.get("resolved")


_marks: dict[Path, tuple[float, str]] = {}


def sync_mark(db_path: Path) -> str:
    """ "sync: synced / pending / offline" while a `reader sync --watch` runs for this database,
    else "" (read at most once a second)."""
    now = time.monotonic()
    cached = _marks.get(db_path)
    if cached and now - cached[0] < 1.0:
        return cached[1]
    from reader.core.watch import read_status

    mark = ""
    status = read_status(db_path)
    if status and _alive(status.get("pid")):
        state = str(status["state"])
        if state == "synced" and _changed_since(db_path, status.get("at_ns")):
            state = "pending"
        mark = f"sync: {state}" if state in ("synced", "pending", "offline") else ""
    _marks[db_path] = (now, mark)
    return mark


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _changed_since(db_path: Path, at_ns: object) -> bool:
    """Whether the database was written after the watch's last sync."""
    if not isinstance(at_ns, int):
        return False
    journal = db_path.with_name(db_path.name + ".journal")
    try:
        return max(os.stat(p).st_mtime_ns for p in (db_path, journal) if p.exists()) > at_ns
    except (OSError, ValueError):
        return False
