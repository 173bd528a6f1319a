"""The library: every article the reader has opened, known by its text rather than its path.

An article is recognised, in this order, by its text (any version it ever had), by the set of its
files' contents (the same files in another order or at other paths), by its paths (an edited file
at the same path: its annotations are re-attached), by paths that grew (a page added after the
ones already read), and, for a database written before the library existed, by the key the old
version derived from the paths. Only then is it new.

Each record keeps the article's title, kicker, language, pages, its text's length (for the
progress), every version's text id, and its files: where they were, their size and time, and the
hash of their bytes, which names the stored copy (`reader.core.copies`). Copies are written, and
made durable, before the record that names them.

`library_rows()` is what the library screen and `reader library --json` show; it is derived data,
so it is also kept in `summary.json` beside the copies, stamped with the database files' identity:
the library screen of 5,000 articles and 200,000 annotations paints from it without loading the
database (a 125 MB document), and rebuilds it when the database changed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.copies import CopyStore
from reader.core.progress import percent_read
from reader.core.sources import RawFile, is_url, parse_raw, read_files
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.article import Article
    from reader.core.store import Store

NEW_KEY_PREFIX = "art:"
VERSIONS_KEPT = 20  # text ids remembered per article (each edit of a file makes one)
SUMMARY_FILE = "summary.json"
SUMMARY_FORMAT = "reader-library-summary/1"


def library_folder(db_path: Path) -> Path:
    """Where the stored copies and the summary live: `PATH.library/` beside the database — the
    real one, as its journal and lock are (a --db that is a symlink made a second folder beside
    the link)."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".library")


def copy_store(store: Store) -> CopyStore:
    return CopyStore(library_folder(store.path))


def files_digest(raw: Iterable[RawFile]) -> str:
    """The identity of a set of files' contents, whatever their names and order."""
    return hashlib.sha256("\0".join(sorted(r.sha256 for r in raw)).encode()).hexdigest()


# --- identity ------------------------------------------------------------------------------------


def identify(store: Store, article: Article, raw: list[RawFile]) -> str:
    """The key of the article these files are, in the library (see the module docstring)."""
    from reader.core.article import article_key

    records = sorted(store.articles(), key=lambda r: str(r.get("last_seen", "")), reverse=True)
    locations = [r.location or r.name for r in raw]
    version = article.id
    for rec in records:
        if version == rec.get("version") or version in (rec.get("versions") or ()):
            return str(rec["key"])
    wanted = files_digest(raw)
    for rec in records:
        if rec.get("digest") == wanted:
            return str(rec["key"])
    for rec in records:
        if rec.get("sources") == locations:
            return str(rec["key"])
    for rec in records:
        sources = rec.get("sources") or []
        if sources and len(sources) < len(locations) and locations[: len(sources)] == sources:
            return str(rec["key"])  # pages appended to the ones already read
        if sources and len(locations) < len(sources) and sources[: len(locations)] == locations:
            return str(rec["key"])  # its first pages alone (`opening` adds the rest from copies)
    legacy = article_key(locations)  # what the version before the library called it
    if store.article(legacy) or store.position(legacy) or store.annotations(legacy):
        return legacy
    return NEW_KEY_PREFIX + version[:24]


def record(store: Store, key: str, article: Article, raw: list[RawFile]) -> None:
    """Remember the article as opened now: copies of its files first (durable), then its record."""
    copies = copy_store(store)
    files = []
    for r in raw:
        sha = copies.put(r.data)
        stored = copies.path_of(sha).stat().st_size
        files.append(
            {
                "location": r.location or r.name,
                "sha256": sha,
                "size": r.size or len(r.data),
                "mtime_ns": r.mtime_ns,
                "stored": stored,
                "kind": r.kind,
                "url": r.url,
                "charset": r.charset,
            }
        )
    old = store.article(key) or {}
    versions = [v for v in (old.get("versions") or []) if v != article.id] + [article.id]
    meta = getattr(article, "meta", None)
    store.put_article(
        {
            "key": key,
            "title": article.title,
            "kicker": article.kicker,
            "site": getattr(meta, "site", None),
            "meta": meta.to_json() if meta is not None else None,
            "lang": article.lang,
            "sources": [r.location or r.name for r in raw],
            "version": article.id,
            "versions": versions[-VERSIONS_KEPT:],
            "files": files,
            "digest": files_digest(raw),
            "length": len(article.text),
            "pages_known": article.pages_known,
            "pages_present": list(article.pages_present),
        }
    )


def remember_suggestions(store: Store, key: str, version: str, open_count: int) -> None:
    """Keep how many suggestions were open (the library shows it without running the rules)."""
    old = store.article(key)
    cached = {"version": version, "open": open_count}
    if old is not None and old.get("suggestions") != cached:
        store.put_article({"key": key, "suggestions": cached})


# --- the rows of the library -----------------------------------------------------------------


@dataclass
class LibraryRow:
    key: str
    title: str
    kicker: str | None
    site: str | None
    lang: str
    pages_present: int
    pages_known: int
    progress: int | None  # percent, None when never read or the length is unknown
    claims: int
    quotes: int
    speculation: int
    orphaned: int
    open_suggestions: int | None
    last_opened: str
    sources: list[str]
    files: list[dict[str, Any]] = field(default_factory=list)
    file_status: str = ""  # filled by `check_files`
    copy_status: str = ""
    missing: str = ""  # the first of its files that is gone (filled by `check_files`)

    @property
    def annotations(self) -> int:
        return self.claims + self.quotes + self.speculation + self.orphaned

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("files")
        return out


def library_rows(store: Store) -> list[LibraryRow]:
    """One row per article, most recently opened first; file and copy status not yet checked."""
    counts = store.annotation_counts()
    rows = []
    for rec in store.articles():
        key = str(rec.get("key"))
        tally = counts.get(key, {})
        position = store.position(key)
        length = rec.get("length")
        progress = None
        if position and isinstance(length, int) and length > 0:
            progress = percent_read(int(position.get("offset") or 0), length)
        cached = rec.get("suggestions") or {}
        rows.append(
            LibraryRow(
                key=key,
                title=str(rec.get("title") or ""),
                kicker=rec.get("kicker"),
                site=rec.get("site"),
                lang=str(rec.get("lang") or "und"),
                pages_present=len(rec.get("pages_present") or []) or 1,
                pages_known=int(rec.get("pages_known") or 1),
                progress=progress,
                claims=tally.get("claim", 0),
                quotes=tally.get("quote", 0),
                speculation=tally.get("speculation", 0),
                orphaned=tally.get("orphaned", 0),
                open_suggestions=(
                    cached.get("open") if cached.get("version") == rec.get("version") else None
                ),
                last_opened=str(rec.get("last_seen") or ""),
                sources=[str(s) for s in rec.get("sources") or []],
                files=list(rec.get("files") or []),
            )
        )
    rows.sort(key=lambda r: r.last_opened, reverse=True)
    return rows


def check_files(rows: Iterable[LibraryRow], copies: CopyStore) -> None:
    """Say for each row whether its files are still where they were (a stat each, no reading),
    and whether its stored copies are there at the size they were written (a full check, which
    reads and hashes them, happens when the article is opened)."""
    for row in rows:
        file_status, copy_status, missing = "here", "ok", ""
        if not row.files:
            missing = next((s for s in row.sources if not _exists(s)), "")
            file_status = "missing" if missing else "here"
            copy_status = "none (opened before the library)"
        for f in row.files:
            location = str(f.get("location", ""))
            if not is_url(location):
                try:
                    st = os.stat(location)
                    if st.st_size != f.get("size") or st.st_mtime_ns != f.get("mtime_ns"):
                        file_status = "changed" if file_status == "here" else file_status
                except OSError:
                    file_status = "missing"
                    missing = missing or location  # the page that is gone, not the first page
            else:
                file_status = "web" if file_status == "here" else file_status
            try:
                stored = copies.path_of(str(f.get("sha256"))).stat().st_size
                if f.get("stored") is not None and stored != f.get("stored"):
                    copy_status = "damaged"
            except (OSError, ValueError):
                copy_status = "missing"
        row.file_status, row.copy_status, row.missing = file_status, copy_status, missing


def _exists(location: str) -> bool:
    return is_url(location) or os.path.exists(location)


# --- the summary: the rows, kept beside the copies --------------------------------------------


def database_stamp(db_path: Path) -> list[int]:
    """What changes whenever the database does: identity, size and time of its two files."""
    stamp: list[int] = []
    for path in (db_path, db_path.with_name(db_path.name + ".journal")):
        try:
            st = os.stat(path)
            stamp += [st.st_ino, st.st_size, st.st_mtime_ns]
        except OSError:
            stamp += [0, 0, 0]
    return stamp


def read_summary(db_path: Path) -> list[LibraryRow] | None:
    """The rows kept in the summary, if it belongs to the database as it is now; else None."""
    from reader.core import jsonio

    path = library_folder(db_path) / SUMMARY_FILE
    try:
        data = jsonio.loads(path.read_bytes())
        if data.get("format") != SUMMARY_FORMAT or data.get("stamp") != database_stamp(db_path):
            return None
        return [LibraryRow(**row) for row in data["rows"]]
    except (OSError, ValueError, RecursionError, TypeError, KeyError, AttributeError):
        return None  # derived data: a bad one is rebuilt, never trusted


def write_summary(store: Store, rows: list[LibraryRow]) -> None:
    """Keep the rows for the next library screen (best effort: it is derived data)."""
    from reader.core import jsonio
    from reader.core.files import write_atomic

    if store.read_only:
        return
    folder = library_folder(store.path)
    data = {
        "format": SUMMARY_FORMAT,
        "stamp": database_stamp(store.path),
        "rows": [asdict(r) | {"file_status": "", "copy_status": ""} for r in rows],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / SUMMARY_FILE, jsonio.dumps(data))
    except OSError:
        pass


def migrate(store: Store) -> int:
    """Bring the records of a database written before the library up to it: each article whose
    files are still where they were is read once (copies stored, length and pages recorded).
    Returns how many were brought up; the others keep what they had."""
    done = 0
    for rec in store.articles():
        if rec.get("files") is not None or not rec.get("sources"):
            continue
        try:
            article, raw = parse_raw(read_files([str(s) for s in rec["sources"]]))
        except ReaderError:
            continue  # gone or unreadable: the row says so; nothing is lost
        article.key = str(rec["key"])
        record(store, article.key, article.with_language(str(rec.get("lang") or "und"), 0.0), raw)
        done += 1
    return done


def refresh_summary(store: Store) -> list[LibraryRow]:
    """Rows from the open store (records from before the library brought up to it first),
    written to the summary for the next library screen. Under the database's lock, so the stamp
    is that of the state the rows were computed from."""
    if store.read_only:
        return library_rows(store)
    migrate(store)
    with store.storage.locked():
        rows = library_rows(store)
        write_summary(store, rows)
    return rows


# --- forgetting ----------------------------------------------------------------------------------


def forget(store: Store, key: str, export_to: Path) -> int:
    """Export the article's annotations to `export_to` (never over an existing file), then remove
    its annotations, rejections, position, record and the stored copies no other article uses.
    Returns how many annotations were exported."""
    from reader.core.collection import RecordArticle
    from reader.core.export import export_bytes, write_export

    rec = store.article(key) or {"key": key}
    annotations = store.annotations(key)
    write_export(export_to, export_bytes("json", RecordArticle.of(rec), annotations))  # type: ignore[arg-type]
    store.forget(key)
    still_used = {f.get("sha256") for r in store.articles() for f in r.get("files") or ()}
    copies = copy_store(store)
    for f in rec.get("files") or ():
        if f.get("sha256") not in still_used:
            copies.remove(str(f.get("sha256")))
    refresh_summary(store)
    return len(annotations)


def forget_export_path(folder: Path, title: str, key: str) -> Path:
    """A new file name for a forgotten article's export: forgotten-SLUG.annotations.json."""
    import re

    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:40] or key.split(":")[-1][:12]
    for n in range(1, 1000):
        path = folder / f"forgotten-{slug}{'' if n == 1 else f'-{n}'}.annotations.json"
        if not os.path.lexists(path):
            return path
    raise ReaderError(folder, "too many forgotten exports here")
