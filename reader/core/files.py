"""Know what a path is before opening it: the reader opens regular files, and opens them so that
nothing can block.

A character or block device, a FIFO or a socket named where a file is expected is refused without
being opened (opening some devices has effects of its own; reading /dev/zero never ends; opening a
FIFO with no writer blocks forever). Files are opened with O_NONBLOCK and checked again with fstat,
so a path swapped for something else between the check and the open is caught too. FIFOs given as
articles are the one exception, read without blocking in `reader.core.loading`.
"""

from __future__ import annotations

import os
import stat

from reader.errors import ReaderError

O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # (Windows has neither, nor FIFOs to block on)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation on os.open descriptors

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
}


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is ("a character device"); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def why(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def regular_or_missing(path: str, shown: str, expected: str) -> os.stat_result | None:
    """The stat of `path` (following links) if it is a regular file, None if it does not exist.

    Anything else is a one-line ReaderError naming `shown`: "is a FIFO (named pipe), not
    {expected}", or why the path cannot be reached (a folder on the way without search permission).
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise ReaderError(
            shown, "cannot be reached (a part of its path is a file, not a folder)"
        ) from None
    except PermissionError as e:
        raise ReaderError(
            shown, f"cannot be reached ({why(e)}: a folder on its path cannot be searched)"
        ) from None
    except OSError as e:
        raise ReaderError(shown, f"cannot be reached ({why(e)})") from None
    kind = kind_of(st.st_mode)
    if kind is not None:
        raise ReaderError(shown, f"is {kind}, not {expected}")
    return st


def open_regular(path: str, shown: str, expected: str, flags: int, mode: int = 0o666) -> int:
    """`os.open` of a regular file (or one `flags` creates), never of anything that could block.

    Raises ReaderError for a path that is not a regular file (checked before and after opening),
    and lets the OSError of the open itself through for the caller to word.
    """
    regular_or_missing(path, shown, expected)
    fd = os.open(path, flags | O_NONBLOCK | O_CLOEXEC | O_BINARY, mode)
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:  # swapped between the check and the open
            raise ReaderError(shown, f"is {kind}, not {expected}")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_all(fd: int) -> bytes:
    """Everything from `fd` (a regular file) to its end."""
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)
