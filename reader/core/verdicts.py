"""Fact-checking a claim: the rating scale, the reviewing organisation, and the checks on what a
reader types (a verdict name, an evidence source, a note, a speaker) before anything is stored.

The scale is the settings' `rating_scale` (else the common seven-step one): verdicts by name, each
with a number for ClaimReview's `ratingValue`, between `worst` and `best`. A verdict is stored by
its name as the scale spells it; names are matched without regard to case. Everything here is
data from the user: it is checked for control characters, never interpreted as markup.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader.core.annotation import Annotation, Evidence, text_problem

# The common seven-step scale, best first; the value is the step's place on it (7 = best).
DEFAULT_STEPS = (
    ("True", 7),
    ("Mostly true", 6),
    ("Half true", 5),
    ("Mostly false", 4),
    ("False", 3),
    ("Misleading", 2),
    ("Unproven", 1),
)
NOTE_LIMIT = 500  # characters of an evidence note ("a short note")
NAME_LIMIT = 200  # characters of a verdict name, a speaker, an organisation's name
SOURCE_LIMIT = 4096  # characters of an evidence source (a URL or a path)


@dataclass(frozen=True, slots=True)
class Verdict:
    """One step of the rating scale."""

    name: str
    value: float | int


@dataclass(frozen=True, slots=True)
class RatingScale:
    steps: tuple[Verdict, ...]
    best: float | int
    worst: float | int

    def find(self, name: str) -> Verdict | None:
        """The step called `name` (any case, surrounding spaces ignored), or None."""
        wanted = name.strip().casefold()
        return next((s for s in self.steps if s.name.casefold() == wanted), None)

    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def check(self, name: str) -> str:
        """The scale's own spelling of `name`; ValueError naming the scale when it is not on it."""
        found = self.find(name)
        if found is None:
            raise ValueError(
                f"unknown verdict {name.strip()!r} (the rating scale has: {', '.join(self.names())})"
            )
        return found.name


DEFAULT_SCALE = RatingScale(tuple(Verdict(n, v) for n, v in DEFAULT_STEPS), best=7, worst=1)


@dataclass(frozen=True, slots=True)
class Organisation:
    """Who publishes the fact check (ClaimReview's `author`)."""

    name: str
    url: str | None = None


def control_problem(text: str) -> str | None:
    """Why `text` cannot be a one-line name or note (a control character, a line break, text
    UTF-8 cannot carry), or None."""
    if problem := text_problem(text):
        return problem
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            return f"holds a control character (U+{ord(ch):04X})"
    return None


def check_line(text: str, what: str, limit: int = NAME_LIMIT) -> str:
    """`text` stripped, if it is one short line of plain text; else ValueError naming `what`."""
    if problem := control_problem(text):
        raise ValueError(f"{what} {problem}")
    text = text.strip()
    if len(text) > limit:
        raise ValueError(f"{what} is longer than {limit} characters")
    return text


def is_web_source(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def check_source(source: str, base: Path | None = None) -> str:
    """An evidence source as it is stored: an http(s) address with a host, as given; or an existing
    regular file, as an absolute path (so it means the same file wherever the reader is started).
    A device, FIFO or socket is refused without being opened. ValueError says what is wrong."""
    source = check_line(source, "the evidence source", SOURCE_LIMIT)
    if not source:
        raise ValueError("the evidence source is empty (give a web address or a file)")
    parts = urlsplit(source)
    if parts.scheme.lower() in ("http", "https"):
        if not parts.hostname or any(ch.isspace() for ch in source):
            raise ValueError(f"the evidence address {source!r} is not a valid web address")
        return source
    if "://" in source or parts.scheme.lower() in ("file", "ftp", "mailto", "javascript", "data"):
        raise ValueError(
            f"the evidence {source!r} is neither an http(s) address nor an existing file"
        )
    path = Path(source).expanduser()
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    try:
        info = os.stat(path)
    except OSError:
        raise ValueError(
            f"the evidence {source!r} is neither an http(s) address nor an existing file"
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f"the evidence {source!r} is not a regular file")
    return os.path.normpath(os.path.abspath(path))


def check_imported_source(source: str) -> str:
    """An evidence source read from an export, held to `check_source`'s rules except that a
    file may be one on the machine it was exported from (absent here): a web address must be
    http(s) with a host, no other scheme passes ("javascript:", "data:", "file://"), and a path
    must be absolute and, when it exists here, a regular file — never a device, FIFO or socket.
    ValueError says what is wrong."""
    if urlsplit(source).scheme.lower() in ("http", "https") or "://" in source:
        return check_source(source)
    path = Path(source)
    if not path.is_absolute():
        return check_source(source)  # "javascript:…", "mailto:…", or a relative path
    try:
        info = os.stat(path)
    except OSError:
        return check_line(source, "the evidence source", SOURCE_LIMIT)  # elsewhere's file
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f"the evidence {source!r} is not a regular file")
    return source


def check_evidence(source: str, note: str = "", base: Path | None = None) -> Evidence:
    """One evidence item, checked (see `check_source`); ValueError says what is wrong."""
    return Evidence(check_source(source, base), check_line(note, "the evidence note", NOTE_LIMIT))


def claim_only(annotation: Annotation, what: str = "a verdict") -> None:
    """ValueError when `annotation` is not a claim: verdicts and evidence belong to claims."""
    if annotation.tag != "claim":
        raise ValueError(
            f"{what} goes on a claim; this annotation is a {annotation.tag} (t changes its tag)"
        )


# --- the settings ------------------------------------------------------------------------------


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def scale_from_settings(data: dict[str, Any]) -> RatingScale:
    """The settings' `rating_scale`, else the default; ValueError says what is wrong with it.

    `"rating_scale": {"verdicts": [{"name": "Correct", "value": 3}, ...], "best": 3, "worst": 1}`;
    best and worst default to the highest and lowest value (best may be the lower number)."""
    raw = data.get("rating_scale")
    if raw is None:
        return DEFAULT_SCALE
    if not isinstance(raw, dict) or not isinstance(raw.get("verdicts"), list):
        raise ValueError('"rating_scale" must be an object with a list "verdicts"')
    steps: list[Verdict] = []
    for n, item in enumerate(raw["verdicts"], 1):
        where = f'"rating_scale" verdict {n}'
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError(f'{where} needs a "name" (text) and a "value" (a number)')
        name = check_line(item["name"], f"{where}: the name")
        if not name:
            raise ValueError(f"{where}: the name is empty")
        if not _number(item.get("value")):
            raise ValueError(f'{where} ({name}) needs a "value" (a number)')
        if any(s.name.casefold() == name.casefold() for s in steps):
            raise ValueError(f"{where}: {name!r} is on the scale twice")
        steps.append(Verdict(name, item["value"]))
    if not steps:
        raise ValueError('"rating_scale" has no verdicts')
    values = [s.value for s in steps]
    best = raw.get("best", max(values))
    worst = raw.get("worst", min(values))
    if not _number(best) or not _number(worst) or best == worst:
        raise ValueError('"rating_scale": "best" and "worst" must be two different numbers')
    low, high = min(best, worst), max(best, worst)
    for s in steps:
        if not low <= s.value <= high:
            raise ValueError(
                f'"rating_scale": {s.name!r} ({s.value}) is not between worst and best'
            )
    return RatingScale(tuple(steps), best=best, worst=worst)


def organisation_from_settings(data: dict[str, Any]) -> Organisation | None:
    """The settings' `organisation` ({"name": ..., "url": ...}), or None when there is none;
    ValueError says what is wrong with it."""
    raw = data.get("organisation")
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ValueError('"organisation" must be an object with a "name" (and a "url")')
    name = check_line(raw["name"], '"organisation": the name')
    if not name:
        raise ValueError('"organisation": the name is empty')
    url = raw.get("url")
    if url is not None:
        if not isinstance(url, str) or not is_web_source(url) or not urlsplit(url).hostname:
            raise ValueError('"organisation": the "url" must be an http(s) address')
        url = check_line(url, '"organisation": the url', SOURCE_LIMIT)
    return Organisation(name, url)


def load_fact_check_settings(settings: Any) -> tuple[RatingScale, Organisation | None]:
    """The scale and organisation from a `reader.core.settings.Settings`; ReaderError naming the
    settings file when it cannot be read or holds a bad scale or organisation."""
    from reader.errors import ReaderError

    if settings.problem:
        raise ReaderError(None, settings.problem)
    try:
        return scale_from_settings(settings.data), organisation_from_settings(settings.data)
    except ValueError as exc:
        raise ReaderError(settings.path, str(exc)) from None


# --- filtering -----------------------------------------------------------------------------------

NO_VERDICT = None  # the filter value for "claims without a verdict yet"


def verdict_filter(annotation: Annotation, wanted: str | None) -> bool:
    """Whether `annotation` is a claim with the verdict `wanted` (a name on the scale, any case),
    or, for `wanted` None, a claim without a verdict yet: the fact-checker's to-do list."""
    if annotation.tag != "claim":
        return False
    if wanted is None:
        return annotation.verdict is None
    return annotation.verdict is not None and annotation.verdict.casefold() == wanted.casefold()
