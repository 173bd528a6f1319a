"""Team sync: this database's annotations, rejections, positions and article records, exchanged
with a CouchDB database the way CouchDB replicates, so nothing anyone made is lost.

Remote documents (made and checked in `reader.core.sync_docs`) are ``{"_id", "_rev", "reader":
KIND, "doc": <the local document>}``:

- ``annotation``: id = the annotation's uuid, shared by everyone;
- ``rejection``: id ``rejection:<hash of its key>``, shared (a rejected suggestion, for the team);
- ``position`` and ``article``: id ``position:`` / ``article:<hash of author and key>``, with an
  ``author`` field: each person's own reading position and library record. Yours (from another
  machine, same name) are applied; another person's article record is taken only for an article you
  do not have (so their annotations appear in your library); their positions stay theirs;
- ``copy`` (only with ``--with-text``): id ``copy:<sha256>``, a stored copy of an article file,
  base64 of its gzip bytes; taken in when its hash checks.

Anything else in the remote database (another application's documents, a damaged annotation) is
ignored and counted, never applied.

**Revisions** are made here, as replication does (``_bulk_docs`` with ``new_edits: false``): a
document changed locally gets the revision ``N+1-<md5 of its content and parent>`` on top of the one
last synced. Two people changing the same annotation therefore make two branches, which CouchDB keeps
as a conflict; revision ids are deterministic, so a push repeated after a crash changes nothing.
The local ``sync`` table keeps, per remote (its URL without credentials) and document, the revision
last exchanged and a hash of the content then; a change is what differs from that hash. A document
gone locally whose state says it was synced is pushed as a tombstone (``_deleted``); an undo after
that is an ordinary change on top of the tombstone.

**Pulling** reads ``_changes?since=<checkpoint>`` in batches; each batch, its sync states and the new
checkpoint are one durable journal line. A remote change is applied only where the local document
has not changed since the last sync (else the local one stays, and the next push makes it a
branch). An annotation with conflicting revisions keeps CouchDB's winner as the annotation and the
other versions in the ``conflicts`` table (the app marks it and lets the user pick); a pick is an
ordinary change plus tombstones for the other revisions. Conflicts of other kinds (positions,
records, rejections) keep the winner and drop the rest.

Order of a sync: push, then pull: a local change made since the last sync is on the server (as a
branch if need be) before anything remote is applied.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any

from reader.core.couch import Remote, SyncError
from reader.core.store import ARTICLES, CONFLICTS, SYNC, Store
from reader.core.sync_docs import (
    KINDS,
    PERSONAL,
    TABLES,
    body_of,
    check_remote,
    content_hash,
    key_json,
    key_local,
    local_documents,
    local_key,
    next_rev,
    seq_number,
)

# Documents per request (`$READER_SYNC_BATCH` sets both: the tests use small batches to stop a
# sync half-way).
PUSH_BATCH = PULL_BATCH = int(os.environ.get("READER_SYNC_BATCH") or 1000)
LOCAL_ID = "_local/reader-database"  # holds the remote database's random identity
CHECKPOINT = "_checkpoint"  # the sync table's id for a remote's `since` (no document id begins "_")


class _ChangedMeanwhile(Exception):
    """A local document changed between reading it and writing the batch that rests on it."""


Progress = Callable[[str, int, int], None]  # (phase "push" / "pull", done, total or 0)


@dataclass
class SyncReport:
    """What one sync did (printed by `reader sync`)."""

    remote: str
    pushed: int = 0
    pulled: int = 0
    deleted: int = 0  # removed here because someone deleted them
    conflicts: int = 0  # annotations with versions to pick from (new in this sync)
    resolved: int = 0  # picks pushed
    kept_local: int = 0  # remote changes not applied because the local document changed too
    ignored: int = 0  # remote documents that are not the reader's
    ignored_ids: list[str] = field(default_factory=list)
    restarted: bool = False  # the remote database was new or recreated: everything went again

    def line(self) -> str:
        # documents, not annotations: reading positions, library records and rejections travel too
        parts = [f"pushed {self.pushed}", f"pulled {self.pulled} document(s)"]
        if self.restarted:
            parts.insert(0, "the database is new or was recreated: everything was sent again")
        if self.deleted:
            parts.append(f"deleted {self.deleted}")
        if self.conflicts:
            parts.append(
                f"{self.conflicts} conflict(s) kept: both versions are in the database, "
                "marked in the app (pick one there)"
            )
        if self.resolved:
            parts.append(f"{self.resolved} conflict pick(s) sent")
        if self.kept_local:
            parts.append(f"{self.kept_local} changed here and there: kept here, sent as a conflict")
        if self.ignored:
            sample = ", ".join(self.ignored_ids[:3]) + (", …" if self.ignored > 3 else "")
            parts.append(f"ignored {self.ignored} document(s) that are not the reader's ({sample})")
        return f"{self.remote}: " + "; ".join(parts)


# --- the sync -------------------------------------------------------------------------------------


class Sync:
    """One database and one remote: `run()` pushes, then pulls; see the module docstring."""

    def __init__(
        self,
        store: Store,
        remote: Remote,
        *,
        me: str,
        with_text: bool = False,
        progress: Progress | None = None,
    ) -> None:
        self.store, self.remote, self.me = store, remote, me
        self.with_text = with_text
        self.progress = progress or (lambda phase, done, total: None)
        self.report = SyncReport(remote.url)
        self.instance = ""  # the remote database's identity (see `_instance`)
        self._expected: list[tuple[str, Hashable, dict[str, Any] | None]] = []

    # state ---------------------------------------------------------------------------------------
    def _states(self) -> dict[str, dict[str, Any]]:
        r = self.remote.url
        return {
            str(d.get("id")): d
            for d in self.store.table_docs(SYNC)
            if d.get("remote") == r and d.get("id") != CHECKPOINT
        }

    def _state(
        self, doc_id: str, kind: str, key: Hashable, rev: str, h: str | None
    ) -> tuple[Hashable, dict[str, Any]]:
        doc = {"remote": self.remote.url, "id": doc_id, "kind": kind, "key": key_json(key)}
        doc.update(rev=rev, hash=h)
        return ((self.remote.url, doc_id), doc)

    def _since(self) -> Any:
        doc = self.store.table_doc(SYNC, (self.remote.url, CHECKPOINT))
        return doc.get("since", 0) if doc else 0

    # the whole -----------------------------------------------------------------------------------
    def run(self, *, push: bool = True) -> SyncReport:
        """Push (unless nothing here changed since the last run: `push=False`), then pull."""
        if self.store.read_only:
            raise SyncError(
                str(self.store.path),
                f"is read-only ({self.store.read_only_reason}); nothing synced",
            )
        self.open_remote()
        if push or self.report.restarted:
            self.push()
        self.pull()
        return self.report

    def open_remote(self) -> None:
        """Check the remote database answers (and create it when missing and we may)."""
        try:
            info = self.remote.request("GET")
        except SyncError as e:
            if e.status != 404:
                raise
            self.remote.request("PUT")
            info = self.remote.request("GET")
        if not isinstance(info, dict) or "db_name" not in info:
            raise SyncError(self.remote.url, "is not a CouchDB database (no db_name in its answer)")
        self.instance = self._instance()
        checkpoint = self.store.table_doc(SYNC, (self.remote.url, CHECKPOINT)) or {}
        since = seq_number(checkpoint.get("since", 0))
        known = checkpoint.get("instance")
        if (known and known != self.instance) or (
            since and seq_number(info.get("update_seq")) < since
        ):
            self._forget_remote()  # a new database at that address: it gets everything again
            self.report.restarted = True

    def _instance(self) -> str:
        """The remote database's identity: a random id in a `_local` document (never replicated,
        gone with the database), made at the first sync."""
        try:
            doc = self.remote.request("GET", LOCAL_ID)
        except SyncError as e:
            if e.status != 404:
                raise
            doc = {"_id": LOCAL_ID, "instance": secrets.token_hex(16)}
            self.remote.request("PUT", LOCAL_ID, body=doc)
        return str(doc.get("instance") or "") if isinstance(doc, dict) else ""

    def _forget_remote(self) -> None:
        r = self.remote.url
        keys: list[Hashable] = [
            (r, d.get("id")) for d in self.store.table_docs(SYNC) if d.get("remote") == r
        ]
        self.store.apply_changes({}, {SYNC: keys})

    # push ----------------------------------------------------------------------------------------
    def push(self) -> None:
        states = self._states()
        local = local_documents(self.store, self.me, with_text=self.with_text)
        outgoing: list[tuple[dict[str, Any], tuple[Hashable, dict[str, Any]]]] = []
        for doc_id, (kind, key, body) in local.items():
            st = states.get(doc_id)
            h = body["sha256"] if kind == "copy" else content_hash(body)
            if st is not None and st.get("hash") == h:
                continue
            if kind == "copy":
                copy = self._copy_body(str(key))
                if copy is None:
                    continue
                body = copy
            rev, revisions = next_rev(st.get("rev") if st else None, body)
            doc = {"_id": doc_id, "_rev": rev, "_revisions": revisions, **body}
            outgoing.append((doc, self._state(doc_id, kind, key, rev, h)))
        for doc_id, st in states.items():
            if doc_id in local or st.get("hash") is None or st.get("kind") == "copy":
                continue
            if st.get("kind") in PERSONAL and not doc_id.startswith(str(st.get("kind")) + ":"):
                continue
            rev, revisions = next_rev(str(st["rev"]), None)
            doc = {"_id": doc_id, "_rev": rev, "_revisions": revisions, "_deleted": True}
            key = key_local(st.get("key"))
            outgoing.append((doc, self._state(doc_id, str(st["kind"]), key, rev, None)))
        resolved = [
            c
            for c in self.store.table_docs(CONFLICTS)
            if c.get("resolved") and c.get("remote") == self.remote.url
        ]
        total = len(outgoing) + len(resolved)
        for at in range(0, len(outgoing), PUSH_BATCH):
            batch = outgoing[at : at + PUSH_BATCH]
            self._bulk([doc for doc, _ in batch])
            self.store.apply_changes({SYNC: [state for _, state in batch]})
            self.report.pushed += len(batch)
            self.progress("push", self.report.pushed, total)
        for c in resolved:
            tombstones = []
            for version in c.get("versions") or ():
                rev, revisions = next_rev(str(version.get("rev")), None)
                tombstones.append(
                    {"_id": c["uuid"], "_rev": rev, "_revisions": revisions, "_deleted": True}
                )
            self._bulk(tombstones)
            self.store.apply_changes({}, {CONFLICTS: [c["uuid"]]})
            self.report.resolved += 1

    def _copy_body(self, sha: str) -> dict[str, Any] | None:
        from reader.core.library import copy_store

        try:
            data = copy_store(self.store).path_of(sha).read_bytes()
        except OSError:
            return None
        return {"reader": "copy", "sha256": sha, "data": base64.b64encode(data).decode("ascii")}

    def _bulk(self, docs: list[dict[str, Any]]) -> None:
        if not docs:
            return
        answer = self.remote.request("POST", "_bulk_docs", body={"docs": docs, "new_edits": False})
        errors = [a for a in answer or () if isinstance(a, dict) and a.get("error")]
        if errors:
            first = errors[0]
            raise SyncError(
                self.remote.url,
                f"refused {len(errors)} document(s) ({first.get('error')}: {first.get('reason')})",
            )

    # pull ----------------------------------------------------------------------------------------
    def pull(self) -> None:
        since = self._since()
        states = self._states()
        while True:
            answer = self.remote.request(
                "GET",
                "_changes",
                query={
                    "since": since if isinstance(since, str) else json.dumps(since),
                    "include_docs": "true",
                    "conflicts": "true",
                    "style": "all_docs",
                    "limit": PULL_BATCH,
                },
            )
            if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
                raise SyncError(self.remote.url, "answered _changes with something unexpected")
            results = [c for c in answer["results"] if isinstance(c, dict)]
            self.report.ignored += len(answer["results"]) - len(results)
            since = answer.get("last_seq", since)
            checkpoint = {"remote": self.remote.url, "id": CHECKPOINT, "since": since}
            checkpoint["instance"] = self.instance
            for _attempt in range(5):
                before = replace(self.report, ignored_ids=list(self.report.ignored_ids))
                puts: dict[str, list[tuple[Hashable, dict[str, Any]]]] = {}
                deletes: dict[str, list[Hashable]] = {}
                self._expected = []
                for change in results:
                    self._pulled(change, states, puts, deletes)
                puts.setdefault(SYNC, []).append(((self.remote.url, CHECKPOINT), checkpoint))
                try:
                    self.store.apply_changes(puts, deletes, check=self._still_as_read)
                    break
                except _ChangedMeanwhile:
                    self.report = before  # the app wrote meanwhile: decide again on what is there
            else:
                raise SyncError(
                    self.remote.url, "this database kept changing during the sync; run it again"
                )
            for _, doc in puts.get(SYNC, ()):
                states[str(doc["id"])] = doc
            pending = answer.get("pending")
            self.progress("pull", self.report.pulled, pending if type(pending) is int else 0)
            if len(answer["results"]) < PULL_BATCH:
                return

    def _local(self, kind: str, key: Hashable) -> dict[str, Any] | None:
        """The local document the decision rests on (checked again under the lock before the
        batch is written: see `_still_as_read`)."""
        doc = self.store.table_doc(TABLES[kind], key)
        self._expected.append((TABLES[kind], key, doc))
        return doc

    def _conflict(self, uuid: str) -> dict[str, Any] | None:
        doc = self.store.conflict(uuid)
        self._expected.append((CONFLICTS, uuid, doc))
        return doc

    def _still_as_read(self) -> None:
        """Under the write lock: every local document a decision read is still as it was (else
        another process, the app, changed it meanwhile, and the batch is decided again)."""
        for table, key, seen in self._expected:
            if self.store.table_doc(table, key) != seen:
                raise _ChangedMeanwhile

    def _pulled(
        self,
        change: dict[str, Any],
        states: dict[str, dict[str, Any]],
        puts: dict[str, list[tuple[Hashable, dict[str, Any]]]],
        deletes: dict[str, list[Hashable]],
    ) -> None:
        doc_id = str(change.get("id"))
        if doc_id.startswith("_"):
            return  # design documents and the like: CouchDB's own
        doc = change.get("doc") or {}
        if not isinstance(doc, dict):
            doc = {}  # (then no kind of ours: ignored, counted)
        rev = str(doc.get("_rev") or "")
        st = states.get(doc_id)
        if change.get("deleted") or doc.get("_deleted"):
            if st is None or st.get("rev") == rev or st.get("hash") is None:
                return
            kind, key = str(st.get("kind")), key_local(st.get("key"))
            if kind == "copy":
                return
            current = self._local(kind, key)
            if current is not None and content_hash(body_of(kind, current, self.me)) != st.get(
                "hash"
            ):
                self.report.kept_local += 1  # changed here: it stays, and goes out as a branch
                return
            if current is not None:
                deletes.setdefault(TABLES[kind], []).append(key)
                if kind == "annotation" and self._conflict(str(key)) is not None:
                    deletes.setdefault(CONFLICTS, []).append(key)
                self.report.deleted += 1
            puts.setdefault(SYNC, []).append(self._state(doc_id, kind, key, rev, None))
            return
        named = doc.get("reader")
        checked = check_remote(str(named), doc, doc_id) if named in KINDS else None
        if checked is None:
            self.report.ignored += 1
            if len(self.report.ignored_ids) < 3:
                self.report.ignored_ids.append(doc_id)
            return
        kind = str(named)
        listed = doc.get("_conflicts") or []
        conflicts = [str(r) for r in listed] if isinstance(listed, list) else []
        if st is not None and st.get("rev") == rev and not conflicts:
            return  # what we sent
        if kind == "copy":
            self._take_copy(doc_id, doc, rev, puts)
            return
        if kind in PERSONAL and doc.get("author") != self.me:
            if kind == "article" and self._local(kind, checked["key"]) is None:
                puts.setdefault(ARTICLES, []).append((checked["key"], checked))
                self.report.pulled += 1
            return
        key = local_key(kind, checked)
        current = self._local(kind, key)
        if conflicts and kind != "annotation":
            self._drop_revisions(doc_id, conflicts)
            conflicts = []
        if current is not None:
            unchanged = st is not None and content_hash(body_of(kind, current, self.me)) == st.get(
                "hash"
            )
            if not unchanged and current != checked:
                if conflicts or st is None:
                    # never synced, or changed here meanwhile: the remote versions are kept beside
                    self._keep_conflict(checked, doc_id, rev, conflicts, puts, keep_local=current)
                    return
                self.report.kept_local += 1
                return
        elif st is not None and st.get("hash") is not None:
            return  # deleted here since the last sync: the tombstone goes out with the next push
        if current != checked:
            puts.setdefault(TABLES[kind], []).append((key, checked))
            self.report.pulled += 1
        h = content_hash(body_of(kind, checked, self.me))
        puts.setdefault(SYNC, []).append(self._state(doc_id, kind, key, rev, h))
        if conflicts:
            self._keep_conflict(checked, doc_id, rev, conflicts, puts)
        elif kind == "annotation" and self._conflict(doc_id) is not None:
            deletes.setdefault(CONFLICTS, []).append(doc_id)  # someone picked: settled

    def _keep_conflict(
        self,
        winner: dict[str, Any],
        doc_id: str,
        rev: str,
        losers: list[str],
        puts: dict[str, list[tuple[Hashable, dict[str, Any]]]],
        keep_local: dict[str, Any] | None = None,
    ) -> None:
        """Keep the versions other than the one stored as the annotation, for the user to pick."""
        versions = [{"rev": rev, "doc": winner}] if keep_local is not None else []
        if losers:
            answer = self.remote.request(
                "GET", doc_id, query={"open_revs": json.dumps(losers), "revs": "false"}
            )
            for item in answer or ():
                ok = item.get("ok") if isinstance(item, dict) else None
                if not isinstance(ok, dict) or ok.get("_deleted"):
                    continue
                checked = check_remote("annotation", ok, doc_id)
                if checked is not None:
                    versions.append({"rev": str(ok.get("_rev")), "doc": checked})
        stored = keep_local if keep_local is not None else winner
        versions = [v for v in versions if v["doc"] != stored]
        if not versions:
            return
        old = self._conflict(doc_id)
        if old is None or old.get("versions") != versions:
            self.report.conflicts += 1
        entry = {"uuid": doc_id, "remote": self.remote.url, "versions": versions, "resolved": False}
        puts.setdefault(CONFLICTS, []).append((doc_id, entry))

    def _drop_revisions(self, doc_id: str, revs: list[str]) -> None:
        tombstones = []
        for r in revs:
            rev, revisions = next_rev(r, None)
            tombstones.append(
                {"_id": doc_id, "_rev": rev, "_revisions": revisions, "_deleted": True}
            )
        self._bulk(tombstones)

    def _take_copy(
        self,
        doc_id: str,
        doc: dict[str, Any],
        rev: str,
        puts: dict[str, list[tuple[Hashable, dict[str, Any]]]],
    ) -> None:
        from reader.core.copies import digest
        from reader.core.library import copy_store

        sha = doc_id.removeprefix("copy:")
        try:
            data = gzip.decompress(base64.b64decode(doc["data"], validate=True))
        except (ValueError, OSError, EOFError):
            data = b""
        if not data or digest(data) != sha:
            self.report.ignored += 1
            if len(self.report.ignored_ids) < 3:
                self.report.ignored_ids.append(doc_id)
            return
        copy_store(self.store).put(data)
        puts.setdefault(SYNC, []).append(self._state(doc_id, "copy", sha, rev, sha))
        self.report.pulled += 1
