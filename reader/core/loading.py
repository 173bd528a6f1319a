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
# C0 and C1 control characters except tab, line feed, carriage return and ESC (ESC is common in
# terminal captures; it is shown as a visible stand-in, never sent to the terminal).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
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


def control_share(text: str) -> float:
    """The share of `text` that is control or unassigned characters (tab, line ends and ESC aside).

    Exact and linear: C0/C1 controls are counted with one regex pass, unassigned code points by
    looking up each *distinct* character once (a text has few distinct characters).
    """
    if not text:
        return 0.0
    odd = sum(1 for _ in _CONTROLS.finditer(text))
    odd += sum(text.count(ch) for ch in set(text) if unicodedata.category(ch) == "Cn")
    return odd / len(text)


def looks_binary(text: str) -> bool:
    return "\x00" in text or control_share(text) > BINARY_THRESHOLD


def load_text(path: str | Path) -> LoadedText:
    """Read one article file, or raise ReaderError with one line saying what is wrong with it."""
    p = Path(path)
    too_large = f"is too large (the limit is {MAX_BYTES // 1048576} MiB)"
    try:
        if p.is_dir():
            raise ReaderError(path, "is a directory, not an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReaderError(
                path,
                f"is too large ({size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB)",
            )
        with p.open("rb") as f:  # bounded: a pipe or a device has no size to check first
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReaderError(path, "no such file") from None
    except PermissionError:
        raise ReaderError(path, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise ReaderError(path, "is a directory, not an article file") from None
    except OSError as exc:
        raise ReaderError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:  # a file that grew between stat and read, or a stream
        raise ReaderError(path, too_large)
    if not data:
        raise ReaderError(path, "is empty")
    text, encoding = decode(data, path)
    if looks_binary(text):
        raise ReaderError(path, "is a binary file, not a text article")
    text = normalise(text)
    if not text.strip():
        raise ReaderError(path, "holds only whitespace, no article text")
    return LoadedText(str(path), text, encoding)
