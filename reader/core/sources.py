"""Where an article's text comes from: the files the user names, read as bytes (kept for the
library's stored copy) and parsed into one Article in the article's own page order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reader.core.article import Article
from reader.core.copies import digest


@dataclass(frozen=True)
class RawFile:
    """One file of an article as read: its name as given, where it is (an absolute path, or a
    URL), its bytes, and the file's size and time when it was read."""

    name: str
    location: str
    data: bytes
    size: int = 0
    mtime_ns: int = 0

    @property
    def sha256(self) -> str:
        return digest(self.data)


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def read_files(names: list[str]) -> list[RawFile]:
    """The bytes of each named file (regular files and FIFOs; devices refused), with where it is."""
    from reader.core.loading import read_source

    raw = []
    for name in names:
        data = read_source(name)
        location = str(Path(name).expanduser().resolve())
        try:
            st = os.stat(name)
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = len(data), 0
        raw.append(RawFile(str(name), location, data, size, mtime))
    return raw


def parse_raw(raw: list[RawFile]) -> tuple[Article, list[RawFile]]:
    """The article of these files, and the files in the article's page order."""
    from reader.core.loading import text_of
    from reader.core.parsing import parse_texts

    article = parse_texts([text_of(r.data, r.name) for r in raw])
    remaining = list(raw)
    ordered = []
    for source in article.sources:
        match = next(r for r in remaining if r.name == source)
        remaining.remove(match)
        ordered.append(match)
    return article, ordered
