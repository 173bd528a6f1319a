"""The one way files are written: a temp file in the same folder, fsync, rename, folder fsync.

A reader of the target sees the old content or the new, never half of either, and after a crash
(power cut included) the rename is on disk. Used for the database's snapshots, exports, settings
and the library's stored copies.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from contextlib import suppress
from pathlib import Path


def fsync_folder(folder: str | os.PathLike) -> None:
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


def mode_for(existing: str | os.PathLike | None) -> int:
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
    target: str | os.PathLike, data: bytes, *, replace: bool = True, mode: int | None = None
) -> None:
    """Give `target` the contents `data` atomically and durably.

    `replace=False` refuses (FileExistsError) to replace a file that exists or appears meanwhile
    (the new file is put in place with a hard link, which fails rather than replace). Raises
    OSError on failure; no temp file is ever left behind.
    """
    target = os.fspath(target)
    folder = os.path.dirname(os.path.abspath(target))
    if mode is None:
        mode = mode_for(target if os.path.exists(target) else None)
    fd, tmp = tempfile.mkstemp(
        dir=folder, prefix=f".{os.path.basename(target)[:64]}.", suffix=".tmp"
    )
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
            with suppress(OSError, AttributeError):
                os.fchmod(fd, mode)
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
