"""Bytes to clean text: decode, normalise once (before any offset exists), refuse what is not an article.

Decoding order (measured in the design notes): a BOM first, then strict UTF-8, then strict
Windows-1252 (what "Latin-1" labels mean on the web). Anything else is refused, not guessed: a guess
that picks cp1250 for a French file silently corrupts the text every annotation would point into.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.core import files
from reader.errors import ReaderError

MAX_BYTES = (
    32 * 1024 * 1024
)  # 32 MiB: far above any article (a 5 MB one must open), below a mistake
# A FIFO (`reader <(cmd)` is a pipe too) is read without blocking: after FIFO_NOTICE_AFTER seconds
# without data the reader says it is waiting; after FIFO_WAIT_LIMIT seconds without data it gives up.
FIFO_NOTICE_AFTER = 1.0
FIFO_WAIT_LIMIT = 30.0
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


# a character of two to four bytes as UTF-8 writes it: Windows-1252 text ("f\xfcr") has none
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


# Documents people save articles as, by the bytes they open with: named, with what to do instead
# of "a binary file" (a short PDF without NUL bytes would otherwise open as text)
_DOCUMENTS = (
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_ZIPPED = {".docx": "a Word document", ".odt": "an OpenDocument text", ".epub": "an e-book (EPUB)",
           ".pages": "a Pages document"}  # fmt: skip


def _document_kind(data: bytes, path: str | Path) -> str | None:
    for magic, kind in _DOCUMENTS:
        if data.startswith(magic):
            return kind
    if data.startswith(b"PK\x03\x04"):
        return _ZIPPED.get(Path(str(path)).suffix.casefold(), "a ZIP archive")
    return None


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode by BOM, else strict UTF-8, else strict Windows-1252; refuse anything else."""
    kind = _document_kind(data, path)
    if kind is not None:
        raise ReaderError(
            path,
            f"is {kind}, not a text article: save the article as text (.txt) or as a web page"
            " (.html) and open that",
        )
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
        raise ReaderError(
            path,
            "is a binary file (it contains NUL bytes), not a text article (UTF-16 text needs a"
            " byte-order mark)",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            # UTF-8 elsewhere in the file: read as Windows-1252 every "ü" would become "Ã¼"
            raise ReaderError(
                path,
                f"is UTF-8 text with bytes that are not UTF-8 (the first at byte {exc.start}:"
                f" 0x{data[exc.start]:02X}): damaged or two encodings mixed; convert it to UTF-8",
            ) from None
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


def read_source(
    path: str | Path,
    *,
    limit: int | None = None,
    expected: str = "an article file",
    fifo: bool = True,
) -> bytes:
    """The bytes of a file the user named: a regular file, or a FIFO / pipe read without blocking.

    Devices and sockets are refused before they are opened, FIFOs too unless `fifo` (a caller
    that must not wait, such as the app reading its keymap); a directory, a missing or unreadable
    file, and more than `limit` bytes (default MAX_BYTES) are refused with one line.
    """
    limit = MAX_BYTES if limit is None else limit
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise ReaderError(path, "no such file") from None
    except PermissionError:
        raise ReaderError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise ReaderError(path, f"cannot be read ({files.why(exc)})") from None
    _check_kind(path, st.st_mode, expected)
    if stat.S_ISFIFO(st.st_mode) and not fifo:
        raise ReaderError(path, f"is a FIFO (named pipe), not {expected}")
    if st.st_size > limit and stat.S_ISREG(st.st_mode):
        raise ReaderError(
            path,
            f"is too large ({st.st_size / 1048576:.1f} MiB; the limit is {limit // 1048576} MiB)",
        )
    try:
        fd = os.open(name, os.O_RDONLY | files.O_NONBLOCK | files.O_CLOEXEC | files.O_BINARY)
    except FileNotFoundError:
        raise ReaderError(path, "no such file") from None
    except PermissionError:
        raise ReaderError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise ReaderError(path, f"cannot be read ({files.why(exc)})") from None
    try:
        mode = os.fstat(fd).st_mode
        _check_kind(path, mode, expected)  # swapped for something else since the stat
        if stat.S_ISFIFO(mode):
            data = _read_fifo(fd, path, limit)
        else:
            with open(fd, "rb", closefd=False) as f:  # bounded: it may have grown since the stat
                data = f.read(limit + 1)
    except OSError as exc:
        raise ReaderError(path, f"cannot be read ({files.why(exc)})") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # a file that grew between stat and read, or a stream
        raise ReaderError(path, f"is too large (the limit is {limit // 1048576} MiB)")
    return data


def _check_kind(path: str | Path, mode: int, expected: str) -> None:
    if stat.S_ISDIR(mode):
        raise ReaderError(path, f"is a directory, not {expected}")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise ReaderError(path, f"is {files.kind_of(mode)}, not {expected}")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise ReaderError(path, f"is not a regular file, not {expected}")


def _read_fifo(fd: int, path: str | Path, limit: int) -> bytes:
    """Read a FIFO opened with O_NONBLOCK to its end, waiting for data with poll.

    Opening never blocks; poll returns once a writer has written (or connected and closed). After
    FIFO_NOTICE_AFTER seconds without data one line says what the reader is waiting for; after
    FIFO_WAIT_LIMIT seconds without data it gives up. ctrl+c stops the wait at any time.
    """
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN)
    chunks: list[bytes] = []
    total = 0
    idle_since = time.monotonic()
    told = False
    while True:
        idle = time.monotonic() - idle_since
        if idle >= FIFO_WAIT_LIMIT:
            raise ReaderError(
                path,
                f"is a FIFO (named pipe) and no data came for {FIFO_WAIT_LIMIT:g} s;"
                " start the program that writes to it, then try again",
            )
        if not told and idle >= FIFO_NOTICE_AFTER:
            from reader.core.display import visible

            print(
                f"reader: waiting for data on FIFO {visible(str(path))} (ctrl+c to stop)",
                file=sys.stderr,
                flush=True,
            )
            told = True
        until = FIFO_WAIT_LIMIT if told else min(FIFO_NOTICE_AFTER, FIFO_WAIT_LIMIT)
        if not poller.poll(max(0.0, until - idle) * 1000):
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:  # a writer is there but has not written yet
            continue
        if not chunk:  # every writer closed its end
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return b"".join(chunks)
        idle_since = time.monotonic()


def load_text(path: str | Path) -> LoadedText:
    """Read one article file, or raise ReaderError with one line saying what is wrong with it."""
    return text_of(read_source(path), path)


def text_of(data: bytes, path: str | Path) -> LoadedText:
    """An article file's bytes as clean text (the file read, or its stored copy), or a refusal."""
    if not data:
        raise ReaderError(path, "is empty")
    text, encoding = decode(data, path)
    if not text.strip():  # before the binary test: a form feed or vertical tab is a control too
        raise ReaderError(path, "holds only whitespace, no article text")
    if looks_binary(text):
        raise ReaderError(path, "is a binary file, not a text article")
    text = normalise(text)
    if not text.strip():
        raise ReaderError(path, "holds only whitespace, no article text")
    return LoadedText(str(path), text, encoding)
