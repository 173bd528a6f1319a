"""Where things live and what the user chose: the database path, the keymap, the settings file.

- database: `--db PATH`, else `$READER_DB`, else `reader.json` in the user data folder;
- settings: `settings.json` in the user config folder (`$READER_CONFIG` names another folder), a
  JSON object such as `{"theme": "nord"}`; the app writes it when the theme changes;
- keymap: `$READER_KEYMAP`, else `keymap.json` in the config folder: binding id → keys.

A settings or keymap file that cannot be read is reported (one line) and the defaults are used;
it is never overwritten by a default.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from reader.errors import ReaderError

SETTINGS_FILE = "settings.json"
KEYMAP_FILE = "keymap.json"


def database_path(given: str | None = None) -> Path:
    """The database the user means: `given` (--db), else $READER_DB, else the data folder's."""
    if given == "":
        raise ReaderError(None, "--db: the database path is empty")
    if given:
        return Path(given).expanduser()
    env = os.environ.get("READER_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no path was given: not on the way to the first pane

    return platformdirs.user_data_path("reader") / "reader.json"


def config_dir() -> Path:
    env = os.environ.get("READER_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path("reader")


def _read_object(path: Path) -> tuple[dict[str, Any], str]:
    """A JSON object from `path`: ({}, "") when there is no file, ({}, problem) when it is bad
    (a FIFO or a device there is refused, never waited on: the app reads this at start)."""
    from reader.core.loading import read_source

    try:
        raw = read_source(path, limit=1 << 20, expected="a settings file", fifo=False)
    except ReaderError as exc:
        if exc.reason == "no such file":
            return {}, ""
        return {}, f"{exc.line()}; the defaults are in use"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        why = "nested too deeply" if isinstance(exc, RecursionError) else exc
        return {}, f"{path}: not read ({why}); the defaults are in use"
    if not isinstance(data, dict):
        return {}, f"{path}: expected a JSON object; the defaults are in use"
    return data, ""


def keymap_path() -> Path:
    return Path(os.environ.get("READER_KEYMAP") or config_dir() / KEYMAP_FILE)


def load_keymap(known_ids: set[str]) -> tuple[dict[str, str], str]:
    """Remapped keys (binding id → keys) and a problem to tell the user about ("" if none)."""
    path = keymap_path()
    data, problem = _read_object(path)
    if problem:
        return {}, problem
    unknown = sorted(str(k) for k in data if k not in known_ids)
    bad = sorted(str(k) for k, v in data.items() if k in known_ids and not isinstance(v, str))
    problems = []
    if unknown:
        problems.append(f"unknown binding id(s) {', '.join(unknown)} (? shows the ids)")
    if bad:
        problems.append(f'keys must be a string such as "j,down" for {", ".join(bad)}')
    keymap = {str(k): v for k, v in data.items() if k in known_ids and isinstance(v, str)}
    return keymap, f"{path}: {'; '.join(problems)}" if problems else ""


class Settings:
    """The user's settings file, read once; `set()` writes it back atomically."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / SETTINGS_FILE
        self.data, self.problem = _read_object(self.path)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Remember `key` (atomically). A settings file that could not be read is left alone;
        one that is a symlink is written where it points (the link stays a link); a read-only
        one is refused (ReaderError), even for root, whose writes ignore the mode."""
        if self.problem or self.data.get(key) == value:
            return
        from reader.core.files import write_atomic

        target = self.path.resolve() if self.path.is_symlink() else self.path
        if target.exists() and not os.stat(target).st_mode & 0o222:
            raise ReaderError(self.path, "is read-only: not changed")
        self.data[key] = value
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomic(target, text.encode("utf-8"))
        except OSError as exc:
            raise ReaderError(self.path, f"cannot be written: {exc.strerror or exc}") from None


AUTHOR_KEY = "author"


def author_name(settings: Settings | None = None) -> str:
    """Who makes annotations here: the settings' "author" (set once, see `reader whoami`), else
    the login name, else "". A team tells its members' annotations apart by it."""
    data = settings if settings is not None else Settings()
    name = data.get(AUTHOR_KEY)
    if isinstance(name, str) and name.strip():
        return " ".join(name.split())
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
