"""`reader sync URL --watch`: sync again whenever this database changes, and every few seconds for
the others' changes, until interrupted; the state goes to a status file the app shows.

The status file is `PATH.sync.json` beside the database: {"remote", "state", "at", "detail"} with
state "synced", "pending" (a sync is running) or "offline" (the server cannot be reached; retried).
A refusal (wrong password, not a CouchDB) ends the watch with its one line. The file also
holds the watch's pid (the app shows no mark once it has ended) and the time of the newest
database write the sync covered (a later write is "pending").
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.annotation import now_iso

if TYPE_CHECKING:  # the app reads the status file on its first pane: no HTTP or sync code then
    from reader.core.couch import Remote
    from reader.core.store import Store

STATUS_SUFFIX = ".sync.json"


def status_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + STATUS_SUFFIX)


def write_status(
    db_path: Path, remote: str, state: str, detail: str = "", covered: int | None = None
) -> None:
    from reader.core.files import write_atomic

    doc = {"remote": remote, "state": state, "at": now_iso(), "detail": detail, "pid": os.getpid()}
    # what "synced" covers (the newest write the sync read): the app says "pending" after it
    doc["at_ns"] = _newest_write(db_path) if covered is None else covered
    write_atomic(status_path(db_path), json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def _newest_write(db_path: Path) -> int:
    """The newest write to the database or its journal (0 when neither exists)."""
    return max(mtime for mtime, _ in _stamp(db_path))


def read_status(db_path: Path) -> dict[str, Any] | None:
    """The watch's last status, or None (no watch ever ran, or an unreadable file)."""
    path = status_path(db_path)
    try:
        if not path.is_file() or path.stat().st_size > 65536:
            return None
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("state"), str) else None


def _stamp(path: Path) -> tuple[tuple[int, int], ...]:
    """The database's files' identity (a change here changes it)."""
    found = []
    for p in (path, path.with_name(path.name + ".journal")):
        try:
            st = os.stat(p)
            found.append((st.st_mtime_ns, st.st_size))
        except OSError:
            found.append((0, 0))
    return tuple(found)


def watch(
    store: Store,
    remote: Remote,
    *,
    me: str,
    with_text: bool = False,
    interval: float = 5.0,
    rounds: int | None = None,
) -> int:
    """Sync now, then on every local change and every `interval` s; prints one line per sync
    that moved anything. `rounds` limits the syncs (tests)."""
    import sys

    from reader.core.couch import SyncError
    from reader.core.display import visible
    from reader.core.sync import Sync

    done, delay = 0, interval
    seen: tuple[tuple[int, int], ...] | None = None
    unsent = True  # local changes may not be on the server yet (a failed sync leaves this set)
    last_sync = 0.0
    said = ""  # the offline line last printed
    while rounds is None or done < rounds:
        stamp = _stamp(store.path)
        due = time.monotonic() - last_sync >= delay
        if stamp != seen or due:
            push = unsent or stamp != seen  # else only the others' changes are to be fetched
            if push:
                write_status(store.path, remote.url, "pending")
            try:
                store.refresh()  # reads the database as `stamp` found it (a later write: below)
                report = Sync(store, remote, me=me, with_text=with_text).run(push=push)
            except SyncError as e:
                if e.offline and e.line() != said:  # said once, not at every retry; and said
                    # before the mark shows it (a test, or the app, stopping the watch on seeing
                    # "offline" found nothing said on a loaded machine)
                    said = e.line()
                    print(f"reader: {visible(said)}; trying again", file=sys.stderr, flush=True)
                write_status(store.path, remote.url, "offline", e.line())
                if not e.offline:
                    raise
                delay = min(delay * 2, 60.0)
                unsent = unsent or push
            else:
                if said:
                    print(f"{visible(remote.url)}: reached again", file=sys.stderr, flush=True)
                    said = ""
                delay, unsent = interval, False
                if _stamp(store.path) != stamp:
                    # written while it ran: its own pulls, or an annotation made meanwhile that it
                    # may not have read. The next round pushes again to be sure; a round that
                    # writes nothing ends it.
                    unsent = True
                covered = max(mtime for mtime, _ in stamp)  # what this round's sync read
                write_status(store.path, remote.url, "synced", covered=covered)
                if report.pushed or report.pulled or report.deleted or report.conflicts:
                    print(visible(report.line()), flush=True)
            done += 1
            last_sync = time.monotonic()
            seen = _stamp(store.path)
        time.sleep(0.5)
    return 0
