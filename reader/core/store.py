"""The repository: annotations, reading positions, articles, language cache and rejected suggestions.

One database file (see `reader.core.storage` for the format and its guarantees). Every write is
durable when the call returns and costs the same at any database size: it goes to the journal
through `JournaledStorage.append`, never through TinyDB's `Table` writes (which rewrite the whole
table). Reads are served from in-memory indexes kept in step with every change, ours or another
process's (picked up by `refresh()` and before every write).

Tables and their keys: "annotations" (uuid, grouped by article), "positions" (article key),
"articles" (key), "languages" (article version), "rejections" (article, rule, start, end, exact;
grouped by article), "exports" (the resolved path of a file the app exported, so it only ever
replaces its own files), "sync" (remote, remote doc id: what `reader sync` last exchanged, see
`reader.core.sync`) and "conflicts" (uuid: the other versions of an annotation two people changed). New doc ids are allocated under the lock after a refresh, so two processes
never pick the same one. If two documents ever share a key (a hand-edited file), the highest doc id
wins and the next write of that key removes the others.

`Store(path, read_only=True)` is for commands that only read (`reader list`, `export`): it writes
nothing at all, not even a lock file or the folder. A database that cannot be written (see
`reader.core.storage`) is read-only too; `read_only` says so, and every write raises ReaderError.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Hashable, Iterable
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from reader.core.annotation import LATER_FIELDS, Annotation, now_iso, with_later_fields
from reader.core.storage import JournaledStorage, del_op, put_op
from reader.errors import CorruptDatabase, ReaderError

ANNOTATIONS = "annotations"
POSITIONS = "positions"
ARTICLES = "articles"
LANGUAGES = "languages"
REJECTIONS = "rejections"
EXPORTS = "exports"
SYNC = "sync"  # per remote (URL without credentials) and remote doc id: the revision last synced
CONFLICTS = "conflicts"  # per annotation uuid: the other versions a team sync kept


def _rejection_key(doc: dict[str, Any]) -> tuple[Any, ...]:
    return (doc.get("article"), doc.get("rule"), doc.get("start"), doc.get("end"), doc.get("exact"))


# table -> the key of a document (None: not indexed)
_KEYS: dict[str, Callable[[dict[str, Any]], Hashable]] = {
    ANNOTATIONS: lambda doc: doc.get("uuid"),
    POSITIONS: lambda doc: doc.get("article"),
    ARTICLES: lambda doc: doc.get("key"),
    LANGUAGES: lambda doc: doc.get("version"),
    REJECTIONS: _rejection_key,
    EXPORTS: lambda doc: doc.get("path"),
    SYNC: lambda doc: (doc.get("remote"), doc.get("id")),
    CONFLICTS: lambda doc: doc.get("uuid"),
}
_GROUPED = (ANNOTATIONS, REJECTIONS)  # also indexed by doc["article"]
_INDEXED_FIELDS = ("uuid", "article")  # what the indexes need of every annotation


def _damaged(table: str, doc: dict[str, Any]) -> str | None:
    """What makes a document unusable for the indexes (checked as it is loaded: cheap, unlike a
    full check of every field, which happens when an annotation is read)."""
    if table != ANNOTATIONS:
        return None
    for field in _INDEXED_FIELDS:
        value = doc.get(field)
        if field not in doc:
            problem = f"missing field {field!r}"
        elif not isinstance(value, str):
            problem = f"field {field!r} must be a string"
        elif not value:
            problem = f"field {field!r} is empty"
        else:
            continue
        uuid = doc.get("uuid")
        named = f" {uuid!r}" if isinstance(uuid, str) and uuid else ""
        return f"annotation{named} cannot be read ({problem})"
    return None


def _all_sound(table: str, docs: dict[str, dict[str, Any]]) -> bool:
    """Whether no document of `table` is `_damaged`, asked of them all at once."""
    if table != ANNOTATIONS:
        return True
    for field in _INDEXED_FIELDS:
        try:
            values = {doc.get(field) for doc in docs.values()}
        except TypeError:  # a list or object where a string belongs
            return False
        if set(map(type, values)) != {str} or "" in values:
            return False
    return True


def own_files(db: Path) -> list[tuple[Path, str]]:
    """The files a database at `db` is made of, each with what it is: what no export may
    replace (`reader.core.export.check_export_target`)."""
    return [
        (db, "the reader's database"),
        (Path(f"{db}.journal"), "the reader's database journal"),
        (Path(f"{db}.lock"), "the reader's database lock"),
        (Path(f"{db}.library"), "in the reader's stored copies of articles"),
    ]


def default_db_path() -> Path:
    """$READER_DB if set, else the per-user data folder's reader.json (see reader.core.settings)."""
    from reader.core.settings import database_path

    return database_path()


class _TinyDB(TinyDB):
    """TinyDB whose tables never cache queries (another process may have changed the data)."""

    def table(self, name: str, **kwargs: Any) -> Table:
        kwargs.setdefault("cache_size", 0)
        table = super().table(name, **kwargs)
        table._next_id = None  # recomputed from the data, which may have grown meanwhile
        return table


class Store:
    """`Store(path)` opens (or starts) the database; raises CorruptDatabase or ReaderError.

    `read_only=True` opens it for reading only (nothing is created or written)."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser()
        if not read_only:
            self._make_folder()
        self._ids: dict[str, dict[Hashable, set[str]]] = {t: {} for t in _KEYS}
        self._groups: dict[str, dict[Hashable, set[str]]] = {t: {} for t in _GROUPED}
        self.storage = JournaledStorage(
            self.path, read_only=read_only, check=_damaged, check_all=_all_sound
        )
        self.storage.listen(self._rebuild, self._changed)
        #: TinyDB over the same storage, for ad-hoc queries. Its writes are O(n) full rewrites.
        self.db = _TinyDB(storage=lambda: self.storage)

    # annotations -------------------------------------------------------------------------------
    def annotations(self, article_key: str) -> list[Annotation]:
        """The article's annotations, sorted by (start, end, created, uuid)."""
        with self.storage.mutex:
            docs = self._group(ANNOTATIONS, article_key)
            found = [self._annotation(doc) for doc in docs]
        return sorted(found, key=lambda a: (a.start, a.end, a.created, a.uuid))

    def all_annotations(self) -> list[Annotation]:
        with self.storage.mutex:
            docs = self._indexed(ANNOTATIONS)
            found = [self._annotation(doc) for doc in docs]
        return sorted(found, key=attrgetter("article", "start", "end", "created", "uuid"))

    def annotation_docs(self) -> list[dict[str, Any]]:
        """Every annotation as its stored document (checked, not built into objects: the fast way
        to list 200,000), by (article, start, end, created, uuid). Do not change them."""
        with self.storage.mutex:
            docs = self._indexed(ANNOTATIONS)
        later = LATER_FIELDS.keys()
        docs = [doc if later <= doc.keys() else with_later_fields(doc) for doc in docs]
        for doc in docs:
            if not Annotation.is_valid_doc(doc):
                self._annotation(doc)  # raises CorruptDatabase naming what is wrong
        return sorted(docs, key=itemgetter("article", "start", "end", "created", "uuid"))

    def get(self, uuid: str) -> Annotation | None:
        with self.storage.mutex:
            doc = self._doc(ANNOTATIONS, uuid)
            return self._annotation(doc) if doc is not None else None

    def put(self, annotation: Annotation) -> None:
        """Insert or replace (by uuid); durable when it returns."""
        self.put_many([annotation])

    def put_many(self, annotations: Iterable[Annotation]) -> None:
        """Insert or replace many, all or nothing, with one fsync."""
        self.commit("", put=annotations)

    def delete(self, uuid: str) -> None:
        """Remove the annotation (no-op if there is none); durable when it returns."""
        self.commit("", delete=[uuid])

    def commit(
        self,
        article_key: str,
        *,
        put: Iterable[Annotation] = (),
        delete: Iterable[str] = (),
        reject: Iterable[dict[str, Any]] = (),
        unreject: Iterable[dict[str, Any]] = (),
        settle: dict[str, bool] | None = None,
    ) -> None:
        """One decision of the reader, all or nothing, as ONE durable journal line: annotations put
        (by uuid) and deleted, rejected suggestions added and removed (see `reject`), and the
        versions a sync kept of an annotation marked settled or (an undone pick) not (`settle`)."""
        docs: dict[str, dict[str, Any]] = {}
        for a in put:
            if not isinstance(a.uuid, str) or not a.uuid:
                raise ValueError(f"annotation without a uuid: {a!r}")
            docs[a.uuid] = a.to_dict()  # the last one of a uuid wins
        rejections: list[tuple[Hashable, dict[str, Any]]] = [
            (_rejection_key(doc), doc) for doc in reject
        ]
        with self.storage.locked():
            ops = self._put_ops({ANNOTATIONS: list(docs.items()), REJECTIONS: rejections})
            for uuid in delete:
                ops += self._del_ops(ANNOTATIONS, uuid)
            for doc in unreject:
                ops += self._del_ops(REJECTIONS, _rejection_key(doc))
            for uuid, settled in (settle or {}).items():
                kept = self._doc(CONFLICTS, uuid)
                if kept is not None and bool(kept.get("resolved")) != settled:
                    ops += self._put_ops({CONFLICTS: [(uuid, {**kept, "resolved": settled})]})
            if ops:
                self.storage.append(ops)

    # reading positions -------------------------------------------------------------------------
    def position(self, article_key: str) -> dict[str, Any] | None:
        """{"version", "offset", "saved"} of the last saved position, or None."""
        with self.storage.mutex:
            doc = self._doc(POSITIONS, article_key)
            if doc is None:
                return None
            return {k: doc.get(k) for k in ("version", "offset", "saved")}

    def save_position(self, article_key: str, version: str, offset: int) -> None:
        with self.storage.locked():
            old = self._doc(POSITIONS, article_key)
            if old is not None and old.get("version") == version and old.get("offset") == offset:
                return  # nothing new to make durable
            doc = {"article": article_key, "version": version, "offset": int(offset)}
            doc["saved"] = now_iso()
            self._write({POSITIONS: [(article_key, doc)]})

    # articles ----------------------------------------------------------------------------------
    def article(self, key: str) -> dict[str, Any] | None:
        """{"key", "sources", "version", "title", "first_seen", "last_seen"}, or None."""
        with self.storage.mutex:
            doc = self._doc(ARTICLES, key)
            return _copy(doc) if doc is not None else None

    def remember_article(self, key: str, *, sources: list[str], version: str, title: str) -> None:
        """Record the article as opened now (the library keeps more: see reader.core.library)."""
        self.put_article({"key": key, "sources": list(sources), "version": version, "title": title})

    def put_article(self, doc: dict[str, Any]) -> None:
        """Insert or update the record `doc["key"]`: fields given replace the stored ones, the
        others stay; `first_seen` is kept and `last_seen` is now. Durable when it returns."""
        with self.storage.locked():
            old = self._doc(ARTICLES, doc["key"])
            stamp = now_iso()
            merged = {**(old or {}), **doc, "last_seen": stamp}
            merged["first_seen"] = (old or {}).get("first_seen", stamp)
            self._write({ARTICLES: [(doc["key"], merged)]})

    def articles(self) -> list[dict[str, Any]]:
        """Every article record (copies), in no particular order."""
        with self.storage.mutex:
            return [_copy(doc) for doc in self._indexed(ARTICLES)]

    def annotation_counts(self) -> dict[str, dict[str, int]]:
        """Per article key: how many annotations of each tag (and "orphaned"), from the indexes
        and the raw documents, without building Annotation objects."""
        counts: dict[str, dict[str, int]] = {}
        with self.storage.mutex:
            docs = self.storage.table(ANNOTATIONS)
            for key, ids in self._groups[ANNOTATIONS].items():
                tally: dict[str, int] = {}
                for doc_id in ids:
                    doc = docs.get(doc_id)
                    if doc is None:
                        continue
                    name = "orphaned" if doc.get("orphaned") else str(doc.get("tag"))
                    tally[name] = tally.get(name, 0) + 1
                counts[str(key)] = tally
        return counts

    def forget(self, key: str) -> None:
        """Remove the article's annotations, rejections, position and record, as ONE durable
        change (the caller has exported them first: see `reader forget`). Forgetting is local:
        what team sync knew of them goes too, so no sync deletes them for the others."""
        with self.storage.locked():
            ops: list[dict[str, Any]] = []
            uuids: set[Any] = set()
            for table in (ANNOTATIONS, REJECTIONS):
                for doc_id in sorted(self._groups[table].get(key, ()), key=int):
                    ops.append(del_op(table, doc_id))
                    if table == ANNOTATIONS:
                        uuids.add(self.storage.table(table)[doc_id].get("uuid"))
            ops += self._del_ops(POSITIONS, key)
            ops += self._del_ops(ARTICLES, key)
            for doc_id, doc in self.storage.table(SYNC).items():
                synced = doc.get("key")
                if isinstance(synced, list):  # a rejection's key: [article, rule, ...]
                    synced = synced[0] if synced else None
                if synced == key or (isinstance(synced, str) and synced in uuids):
                    ops.append(del_op(SYNC, doc_id))
            for uuid in sorted(u for u in uuids if isinstance(u, str)):
                ops += self._del_ops(CONFLICTS, uuid)
            if ops:
                self.storage.append(ops)

    # language cache ----------------------------------------------------------------------------
    def cached_language(self, version: str) -> tuple[str, float] | None:
        with self.storage.mutex:
            doc = self._doc(LANGUAGES, version)
            if doc is None:
                return None
            lang, probability = doc.get("lang"), doc.get("probability")
            if not isinstance(lang, str) or not isinstance(probability, int | float):
                return None  # a hand-damaged cache entry: detect again
            return lang, float(probability)

    def cache_language(self, version: str, lang: str, probability: float) -> None:
        doc = {"version": version, "lang": lang, "probability": float(probability)}
        with self.storage.locked():
            old = self._doc(LANGUAGES, version)
            if old == doc:
                return
            self._write({LANGUAGES: [(version, doc)]})

    # rejected suggestions ----------------------------------------------------------------------
    def rejections(self, article_key: str) -> list[dict[str, Any]]:
        """The article's rejected suggestions: {"article", "rule", "start", "end", "exact",
        "rejected"}, sorted by (start, end, rule)."""
        with self.storage.mutex:
            docs = [_copy(doc) for doc in self._group(REJECTIONS, article_key)]
        return sorted(docs, key=lambda d: (d.get("start"), d.get("end"), str(d.get("rule"))))

    def all_rejections(self) -> list[dict[str, Any]]:
        """Every rejected suggestion in the database (for `reader stats --rules`)."""
        with self.storage.mutex:
            return [_copy(doc) for doc in self._indexed(REJECTIONS)]

    def reject(self, article_key: str, *, rule: str, start: int, end: int, exact: str) -> None:
        """Remember a rejected suggestion (once: rejecting it again changes nothing)."""
        doc = {"article": article_key, "rule": rule, "start": start, "end": end, "exact": exact}
        key = _rejection_key(doc)
        with self.storage.locked():
            if self._doc(REJECTIONS, key) is not None:
                return
            doc["rejected"] = now_iso()
            self._write({REJECTIONS: [(key, doc)]})

    # files the app exported --------------------------------------------------------------------
    def export_record(self, path: str) -> dict[str, Any] | None:
        """{"path", "article", "format", "sha256", "written"} of the last export the app wrote to
        `path` (resolved) from this database, or None."""
        with self.storage.mutex:
            doc = self._doc(EXPORTS, path)
            return _copy(doc) if doc is not None else None

    def remember_export(self, path: str, *, article: str, format: str, sha256: str) -> None:
        doc = {"path": path, "article": article, "format": format, "sha256": sha256}
        doc["written"] = now_iso()
        self._write({EXPORTS: [(path, doc)]})

    # team sync (reader.core.sync) --------------------------------------------------------------
    def table_docs(self, table: str) -> list[dict[str, Any]]:
        """Every document of `table` (one per key), as stored: do not change them."""
        with self.storage.mutex:
            return self._indexed(table)

    def table_doc(self, table: str, key: Hashable) -> dict[str, Any] | None:
        """The document of `key` in `table` (a copy), or None."""
        with self.storage.mutex:
            doc = self._doc(table, key)
            return _copy(doc) if doc is not None else None

    def apply_changes(
        self,
        put: dict[str, list[tuple[Hashable, dict[str, Any]]]],
        delete: dict[str, list[Hashable]] | None = None,
        *,
        check: Callable[[], None] | None = None,
    ) -> None:
        """Put documents by key and delete keys, across tables, as ONE durable journal line.
        `check` runs under the lock after the refresh (it may raise to write nothing)."""
        with self.storage.locked():
            if check is not None:
                check()
            ops = self._put_ops(put)
            for table, keys in (delete or {}).items():
                for key in keys:
                    ops += self._del_ops(table, key)
            if ops:
                self.storage.append(ops)

    def conflict(self, uuid: str) -> dict[str, Any] | None:
        """{"uuid", "remote", "versions": [{"rev", "doc"}], "resolved"} the sync kept beside the
        annotation: the versions of it other than the stored one, or None."""
        return self.table_doc(CONFLICTS, uuid)

    def conflicted(self) -> set[str]:
        """The uuids of annotations with versions still to pick from."""
        with self.storage.mutex:
            return {
                str(doc.get("uuid")) for doc in self._indexed(CONFLICTS) if not doc.get("resolved")
            }

    def resolve_conflict(self, annotation: Annotation) -> None:
        """The user's pick (or merge): `annotation` replaces the stored one and the other versions
        are marked resolved, as one change (the next sync deletes them on the server, then here)."""
        with self.storage.locked():
            ops = self._put_ops({ANNOTATIONS: [(annotation.uuid, annotation.to_dict())]})
            old = self._doc(CONFLICTS, annotation.uuid)
            if old is not None:
                ops += self._put_ops({CONFLICTS: [(annotation.uuid, {**old, "resolved": True})]})
            if ops:
                self.storage.append(ops)

    # the database ------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Nothing can be written: every write raises ReaderError (see `read_only_reason`)."""
        return self.storage.read_only

    @property
    def read_only_reason(self) -> str | None:
        """Why the database is read-only ("no write permission", ...), or None."""
        return self.storage.read_only_reason

    @property
    def database_id(self) -> str | None:
        """A stable random id of this database (made at its first write), or None if never written."""
        return self.storage.database_id

    def refresh(self) -> None:
        """Pick up changes other processes made."""
        self.storage.refresh()

    def compact(self) -> None:
        """Fold the journal into the database file (also done on close and open when it is long)."""
        self.storage.compact()

    def close(self) -> None:
        self.db.close()  # closes the storage, which compacts a long journal

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # internals ---------------------------------------------------------------------------------
    def _make_folder(self) -> None:
        parent = self.path.parent
        try:
            is_dir = stat.S_ISDIR(os.stat(parent).st_mode)
        except PermissionError as e:
            raise ReaderError(
                self.path,
                f"cannot be reached ({e.strerror}: a folder on its path cannot be searched)",
            ) from None
        except OSError:
            is_dir = False
        if not is_dir:
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise ReaderError(self.path, f"cannot create folder {parent} ({e.strerror})") from e

    def _annotation(self, doc: dict[str, Any]) -> Annotation:
        """A stored document as an Annotation; a hand-damaged one is reported, never rewritten."""
        try:
            return Annotation.from_dict(doc)
        except (TypeError, ValueError) as e:
            uuid = doc.get("uuid") if isinstance(doc, dict) else None
            raise CorruptDatabase(
                self.path,
                f"annotation {uuid!r} cannot be read ({e}); the file was left untouched — "
                "fix it, or move it aside or pass --db OTHER to start a new database",
            ) from None

    def _write(self, changes: dict[str, list[tuple[Hashable, dict[str, Any]]]]) -> None:
        """Insert or replace documents by key, as one durable journal line."""
        with self.storage.locked():  # refreshed: the indexes and next ids are current
            ops = self._put_ops(changes)
            if ops:
                self.storage.append(ops)

    def _put_ops(
        self, changes: dict[str, list[tuple[Hashable, dict[str, Any]]]]
    ) -> list[dict[str, Any]]:
        """The journal ops that insert or replace documents by key (call under the lock)."""
        ops = []
        for table, items in changes.items():
            next_id = self.storage.next_id(table)
            for key, doc in items:
                ids = self._ids[table].get(key)
                if not ids:
                    ops.append(put_op(table, next_id, doc))
                    next_id += 1
                    continue
                keep = max(ids, key=int)
                if len(ids) == 1 and self.storage.table(table).get(keep) == doc:
                    continue  # already stored exactly so
                ops.append(put_op(table, keep, doc))
                ops.extend(del_op(table, i) for i in sorted(ids, key=int) if i != keep)
        return ops

    def _del_ops(self, table: str, key: Hashable) -> list[dict[str, Any]]:
        """The journal ops that remove every document of `key` (call under the lock)."""
        return [del_op(table, i) for i in sorted(self._ids[table].get(key, ()), key=int)]

    def _doc(self, table: str, key: Hashable) -> dict[str, Any] | None:
        try:
            ids = self._ids[table].get(key)
        except TypeError:  # unhashable
            return None
        if not ids:
            return None
        return self.storage.table(table).get(max(ids, key=int))

    def _group(self, table: str, article_key: str) -> list[dict[str, Any]]:
        docs, ids, keyf = self.storage.table(table), self._ids[table], _KEYS[table]
        found = []
        for doc_id in self._groups[table].get(article_key, ()):
            doc = docs.get(doc_id)
            if doc is not None and max(ids[keyf(doc)], key=int) == doc_id:  # not shadowed
                found.append(doc)
        return found

    def _indexed(self, table: str) -> list[dict[str, Any]]:
        docs = self.storage.table(table)
        return [
            docs[next(iter(ids)) if len(ids) == 1 else max(ids, key=int)]
            for ids in self._ids[table].values()
        ]

    def _rebuild(self) -> None:
        for index in (*self._ids.values(), *self._groups.values()):
            index.clear()
        for table, keyf in _KEYS.items():
            ids = self._ids[table]
            groups = self._groups.get(table)
            for doc_id, doc in self.storage.table(table).items():
                try:
                    key = keyf(doc)
                    if key is None:
                        continue
                    if key in ids:
                        ids[key].add(doc_id)
                    else:
                        ids[key] = {doc_id}
                    if groups is not None:
                        groups.setdefault(doc.get("article"), set()).add(doc_id)
                except TypeError:  # an unhashable key in a hand-edited file: not indexed
                    continue

    def _changed(
        self, table: str, doc_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None
    ) -> None:
        if table not in _KEYS:
            return
        if old is not None:
            self._unindex(table, doc_id, old)
        if new is not None:
            self._index(table, doc_id, new)

    def _index(self, table: str, doc_id: str, doc: dict[str, Any]) -> None:
        try:
            key = _KEYS[table](doc)
            if key is None:
                return
            self._ids[table].setdefault(key, set()).add(doc_id)
            if table in self._groups:
                self._groups[table].setdefault(doc.get("article"), set()).add(doc_id)
        except TypeError:  # an unhashable key in a hand-edited file: not indexed
            pass

    def _unindex(self, table: str, doc_id: str, doc: dict[str, Any]) -> None:
        pairs = [(self._ids[table], _KEYS[table])]
        if table in self._groups:
            pairs.append((self._groups[table], lambda d: d.get("article")))
        for index, keyf in pairs:
            try:
                ids = index.get(keyf(doc))
            except TypeError:
                continue
            if ids is not None:
                ids.discard(doc_id)
                if not ids:
                    del index[keyf(doc)]


def _copy(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, list) else v) for k, v in doc.items()}
