"""Files the user names, and files the reader writes: the one place for both rules.

Reading: know what a path is before opening it: the reader opens regular files, and opens them
so that nothing can block.

A character or block device, a FIFO or a socket named where a file is expected is refused without
being opened (opening some devices has effects of its own; reading /dev/zero never ends; opening a
FIFO with no writer blocks forever). Files are opened with O_NONBLOCK and checked again with fstat,
so a path swapped for something else between the check and the open is caught too. FIFOs given as
articles are the one exception, read without blocking in `reader.core.loading`.

Writing: a temp file in the same folder, fsync, rename, folder fsync (`write_atomic`): a reader of
the target sees the old content or the new, never half of either, and after a crash (power cut
included) the rename is on disk. Used for the database's snapshots, exports, settings and the
library's stored copies.
"""

from __future__ import annotations

import os
import secrets
import stat
import tempfile
import time
from contextlib import suppress
from pathlib import Path

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


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # e.g. Windows, where folders cannot be opened (nor need to be synced)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    # Read, not set-and-restore: os.umask() would change it for every thread for a moment.
    with suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def mode_for(existing: str | os.PathLike[str] | None) -> int:
    """Permissions for a new file: those of the file it replaces, else what the umask gives."""
    if existing is not None:
        with suppress(OSError):
            return stat.S_IMODE(os.stat(existing).st_mode)
    return 0o666 & ~_umask()


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view) :]


def write_atomic(
    target: str | os.PathLike[str],
    data: bytes,
    *,
    replace: bool = True,
    mode: int | None = None,
    temp_prefix: str | None = None,
) -> None:
    """Give `target` the contents `data` atomically and durably.

    `replace=False` refuses (FileExistsError) to replace a file that exists or appears meanwhile
    (the new file is put in place with a hard link, which fails rather than replace). The new file
    gets `mode`, else the permissions of the file it replaces, else the umask's. `temp_prefix`
    names the temp file (the database's are `PATH.tmp-*`, so a crash's leftovers can be found).
    Raises OSError on failure; no temp file is ever left behind.
    """
    target = os.fspath(target)
    folder = os.path.dirname(os.path.abspath(target))
    if mode is None:
        mode = mode_for(target if os.path.exists(target) else None)
    if temp_prefix is None:
        name = os.path.basename(target)[:64]
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    else:
        tmp = f"{temp_prefix}{secrets.token_hex(6)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_CLOEXEC | O_BINARY, 0o666)
    try:
        try:
            with suppress(OSError, AttributeError):
                os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            _replace(tmp, target)
        else:
            _place_new(tmp, target)
        fsync_folder(folder)
    finally:  # gone already after a rename; after a hard link (or a failure) still ours to remove
        with suppress(OSError):
            os.unlink(tmp)


def _replace(tmp: str, target: str) -> None:
    for attempt in range(5):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:  # Windows: a virus scanner or indexer has the target open
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))


def _place_new(tmp: str, target: str) -> None:
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(tmp, target)
