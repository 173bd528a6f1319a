"""Bytes to clean text: decode, normalise once (before any offset exists), refuse what is not an article.

Decoding order (measured in the design notes): a BOM first, then strict UTF-8, then strict
Windows-1252 (what "Latin-1" labels mean on the web). Anything else is refused, not guessed: a guess
that picks cp1250 for a French file silently corrupts the text every annotation would point into.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError

MAX_BYTES = (
    32 * 1024 * 1024
)  # 32 MiB: far above any article (a 5 MB one must open), below a mistake
BINARY_THRESHOLD = 0.05  # share of control/unassigned characters that makes a file binary

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # checked before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\x1b")
# Invisible characters that scrapes carry but readers never mean: soft hyphen, zero-width space,
# word joiner, BOM. Zero-width (non-)joiners stay: they shape emoji and some scripts.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f\t]")


@dataclass(frozen=True)
class LoadedText:
    path: str
    text: str
    encoding: str


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode by BOM, else strict UTF-8, else strict Windows-1252; refuse anything else."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReaderError(
                    path, f"has a {encoding} byte-order mark but is not {encoding}: {exc.reason}"
                ) from None
            return text.lstrip("\ufeff"), encoding.replace("-sig", "")
    if b"\x00" in data:
        raise ReaderError(path, "is a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise ReaderError(
            path,
            "has an unknown text encoding (not UTF-8, UTF-16 or Windows-1252); convert it to UTF-8",
        ) from None


def normalise(text: str) -> str:
    """Line ends to \\n, odd spaces to spaces, invisible characters out, then Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    odd = sum(
        1
        for ch in sample
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cn")
    )
    return odd > BINARY_THRESHOLD * len(sample)


def load_text(path: str | Path) -> LoadedText:
    """Read one article file, or raise ReaderError with one line saying what is wrong with it."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReaderError(path, "is a directory, not an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReaderError(
                path,
                f"is too large ({size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB)",
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReaderError(path, "no such file") from None
    except PermissionError:
        raise ReaderError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise ReaderError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:  # a file that grew between stat and read
        raise ReaderError(path, f"is too large (the limit is {MAX_BYTES // 1048576} MiB)")
    text, encoding = decode(data, path)
    if looks_binary(text):
        raise ReaderError(path, "is a binary file, not a text article")
    text = normalise(text)
    if not text.strip():
        raise ReaderError(
            path, "is empty" if not data else "holds only whitespace, no article text"
        )
    return LoadedText(str(path), text, encoding)
