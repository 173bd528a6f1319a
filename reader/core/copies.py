"""The library's stored copies: every article file's bytes, compressed and named by their hash.

They live in a folder beside the database (`PATH.library/`), one file per distinct content:
`<sha256 of the original bytes>.gz`. A copy is written like the database (temp file, fsync,
rename, folder fsync) before the article record that names it is saved, so a record never names a
copy that is not on disk; a copy is never changed once written (the name is its content), so two
readers storing the same file at once write the same bytes. Reading checks the hash: a damaged or
missing copy is reported, never used.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from contextlib import suppress
from pathlib import Path

from reader.errors import ReaderError

_NAME = re.compile(r"^[0-9a-f]{64}\.gz$")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CopyStore:
    """Content-addressed, compressed copies of article files, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_of(self, sha: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ValueError(f"not a sha256: {sha!r}")
        return self.folder / f"{sha}.gz"

    def has(self, sha: str) -> bool:
        return self.path_of(sha).is_file()

    def put(self, data: bytes) -> str:
        """Store `data` (durable when this returns); its sha256, which names it."""
        sha = digest(data)
        target = self.path_of(sha)
        if target.is_file():
            return sha
        from reader.core.files import fsync_folder, write_atomic

        created = not self.folder.exists()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if created:
                fsync_folder(self.folder.parent)
            write_atomic(target, gzip.compress(data, compresslevel=6, mtime=0), replace=True)
        except OSError as e:
            raise ReaderError(
                target, f"the stored copy cannot be written ({e.strerror or e})"
            ) from None
        return sha

    def get(self, sha: str) -> bytes:
        """The bytes of copy `sha`; ReaderError if it is missing or damaged."""
        path = self.path_of(sha)
        try:
            data = gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise ReaderError(path, "the stored copy is missing") from None
        except (OSError, EOFError, gzip.BadGzipFile, ValueError) as e:
            raise ReaderError(path, f"the stored copy is damaged ({e})") from None
        if digest(data) != sha:
            raise ReaderError(
                path, "the stored copy is damaged (its content does not match its name)"
            )
        return data

    def check(self, sha: str) -> str:
        """ "ok", "missing" or "damaged" (reads and hashes the copy)."""
        try:
            self.get(sha)
        except ReaderError as e:
            return "missing" if "missing" in e.reason else "damaged"
        return "ok"

    def remove(self, sha: str) -> None:
        with suppress(FileNotFoundError):
            self.path_of(sha).unlink()

    def all(self) -> list[str]:
        try:
            return sorted(p.name[:-3] for p in self.folder.iterdir() if _NAME.match(p.name))
        except OSError:
            return []
