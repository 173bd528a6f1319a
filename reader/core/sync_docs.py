"""Team sync's documents: how local ones look on the server, how server ones are checked before
they are taken in, and the revisions and hashes that tell what changed (see `reader.core.sync`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Hashable
from typing import Any

from reader.core.annotation import Annotation, unsavable_field
from reader.core.export import imported_problem
from reader.core.store import ANNOTATIONS, ARTICLES, POSITIONS, REJECTIONS, Store

KINDS = ("annotation", "rejection", "position", "article", "copy")
TABLES = {
    "annotation": ANNOTATIONS,
    "rejection": REJECTIONS,
    "position": POSITIONS,
    "article": ARTICLES,
}
PERSONAL = ("position", "article")  # one document per person


def seq_number(seq: Any) -> int:
    """The count at the front of an update sequence (PouchDB: 17; CouchDB 2+: "17-g1AAAA…")."""
    if isinstance(seq, int):
        return seq
    head = str(seq or "0").split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def content_hash(body: Any) -> str:
    """What a document's content was when synced (every local document is hashed at each push:
    orjson, 30,000 in 0.1 s)."""
    try:
        raw = _orjson_sorted(body)
    except TypeError:  # no orjson, or text orjson refuses (a lone surrogate)
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        raw = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _orjson_sorted(body: Any) -> bytes:
    try:
        import orjson
    except ImportError:
        raise TypeError("no orjson") from None
    return bytes(orjson.dumps(body, option=orjson.OPT_SORT_KEYS))


def _short(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:40]


def next_rev(parent: str | None, body: Any) -> tuple[str, dict[str, Any]]:
    """The revision on top of `parent` for `body` (None: a tombstone), and its `_revisions`."""
    gen, parent_id = (0, None) if parent is None else (int(parent.split("-", 1)[0]), parent)
    digest = hashlib.md5(
        (str(parent) + "\0" + json.dumps(body, sort_keys=True)).encode("utf-8", "surrogatepass"),
        usedforsecurity=False,
    ).hexdigest()
    ids = [digest] + ([parent_id.split("-", 1)[1]] if parent_id else [])
    return f"{gen + 1}-{digest}", {"start": gen + 1, "ids": ids}


def key_json(key: Hashable) -> Any:
    return list(key) if isinstance(key, tuple) else key


def key_local(key: Any) -> Hashable:
    return tuple(key) if isinstance(key, list) else key


def remote_id(kind: str, key: Hashable, me: str) -> str:
    if kind == "annotation":
        return str(key)
    if kind == "rejection":
        return "rejection:" + _short(json.dumps(key_json(key), ensure_ascii=False))
    return f"{kind}:" + _short(me, str(key))


def body_of(kind: str, doc: dict[str, Any], me: str) -> dict[str, Any]:
    body: dict[str, Any] = {"reader": kind, "doc": doc}
    if kind in PERSONAL:
        body["author"] = me
    return body


def local_key(kind: str, doc: dict[str, Any]) -> Hashable:
    if kind == "annotation":
        return doc.get("uuid")
    if kind == "rejection":
        return (
            doc.get("article"),
            doc.get("rule"),
            doc.get("start"),
            doc.get("end"),
            doc.get("exact"),
        )
    if kind == "position":
        return doc.get("article")
    return doc.get("key")


def local_documents(
    store: Store, me: str, *, with_text: bool = False
) -> dict[str, tuple[str, Hashable, dict[str, Any]]]:
    """remote id -> (kind, local key, remote body) for everything this database shares."""
    found: dict[str, tuple[str, Hashable, dict[str, Any]]] = {}
    for kind, table in TABLES.items():
        for doc in store.table_docs(table):
            key = local_key(kind, doc)
            if key is None:
                continue
            found[remote_id(kind, key, me)] = (kind, key, body_of(kind, doc, me))
    if with_text:
        from reader.core.library import copy_store

        copies = copy_store(store)
        for rec in store.table_docs(ARTICLES):
            for f in rec.get("files") or ():
                sha = f.get("sha256") if isinstance(f, dict) else None
                if isinstance(sha, str) and ("copy:" + sha) not in found and copies.has(sha):
                    found["copy:" + sha] = ("copy", sha, {"reader": "copy", "sha256": sha})
    return found


def check_remote(kind: str, body: dict[str, Any], doc_id: str) -> dict[str, Any] | None:
    """The local document a remote one stands for, checked; None if it is not a sound one."""
    doc = body.get("doc")
    if kind == "copy":
        return body if isinstance(body.get("data"), str) else None
    if not isinstance(doc, dict):
        return None
    if kind == "annotation":
        try:
            a = Annotation.from_dict(doc)
        except (TypeError, ValueError):
            return None
        if a.uuid != doc_id or unsavable_field(a) or imported_problem(a) is not None:
            return None  # what `reader import` refuses, a pull refuses too
        return a.to_dict()
    if kind in PERSONAL and not isinstance(body.get("author"), str):
        return None
    if kind == "rejection":
        from reader.core.verdicts import control_problem

        ok = isinstance(doc.get("article"), str) and isinstance(doc.get("rule"), str)
        ok = ok and all(type(doc.get(k)) is int for k in ("start", "end"))
        ok = ok and 0 <= doc["start"] <= doc["end"] and not control_problem(doc["rule"])
        return doc if ok and isinstance(doc.get("exact"), str) else None
    if kind == "position":
        ok = isinstance(doc.get("article"), str) and type(doc.get("offset")) is int
        return doc if ok and isinstance(doc.get("version"), str) else None
    if kind == "article":
        return doc if sound_record(doc) else None
    return doc if isinstance(doc.get("key"), str) and doc["key"] else None


_RECORD_TEXTS = ("title", "kicker", "site", "lang", "version", "digest")
_RECORD_NUMBERS = ("length", "pages_known")


def sound_record(doc: dict[str, Any]) -> bool:
    """Whether a library record pulled from a teammate has the shape the library reads: a title
    that is an object crashed everyone's library screen (adversarial review)."""
    if not (isinstance(doc.get("key"), str) and doc["key"]):
        return False
    if any(doc.get(k) is not None and not isinstance(doc[k], str) for k in _RECORD_TEXTS):
        return False
    if any(doc.get(k) is not None and type(doc[k]) is not int for k in _RECORD_NUMBERS):
        return False
    lists = {"sources": str, "versions": str, "pages_present": int, "files": dict}
    for field, kind in lists.items():
        value = doc.get(field)
        if value is not None and not (
            isinstance(value, list) and all(type(v) is kind for v in value)
        ):
            return False
    return all(
        all(f.get(k) is None or isinstance(f[k], str) for k in ("location", "sha256", "kind"))
        for f in doc.get("files") or ()
    )
