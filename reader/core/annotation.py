"""The annotation model: a tagged span of one article version, anchored by position and by quote.

An annotation keeps both W3C selectors: `start`/`end` (TextPositionSelector, code points into the
canonical text) and `exact` with `prefix`/`suffix` (TextQuoteSelector), so it can be re-attached when
the article's text changes. `version` is the article id the offsets currently refer to.
"""

from __future__ import annotations

import itertools
import operator
import uuid as uuidlib
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from reader.errors import UnsavableText

TAGS = ("claim", "quote", "speculation")
CONTEXT_CHARS = 32


# Every field's JSON type: the store and the importer check documents against this one table.
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "uuid": (str,),
    "article": (str,),
    "version": (str,),
    "tag": (str,),
    "start": (int,),
    "end": (int,),
    "exact": (str,),
    "prefix": (str,),
    "suffix": (str,),
    "page": (int,),
    "note": (str,),
    "created": (str,),
    "modified": (str,),
    "rule": (str, type(None)),
    "orphaned": (bool,),
    "previous_exact": (str, type(None)),
    "author": (str,),
    "verdict": (str, type(None)),
    "evidence": (list,),
    "speaker": (str, type(None)),
}
REQUIRED_FIELDS = (
    "uuid",
    "article",
    "version",
    "tag",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "page",
)
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false"}


_MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of evidence behind a verdict: a web address or a file path, and a short note.
    Stored as {"source": ..., "note": ...}."""

    source: str
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "note": self.note}


def _evidence(value: list[Any]) -> tuple[Evidence, ...]:
    """The stored evidence list as Evidence items; ValueError names what is wrong."""
    items = []
    for n, item in enumerate(value):
        if type(item) is not dict or type(item.get("source")) is not str or not item["source"]:
            raise ValueError(f"evidence item {n + 1} must have a source (a web address or a file)")
        note = item.get("note", "")
        if type(note) is not str:
            raise ValueError(f"evidence item {n + 1}: its note must be a string")
        items.append(Evidence(item["source"], note))
    return tuple(items)


# (field, the exact types allowed, the default or _MISSING when required), in the dataclass's order
_CHECKS: tuple[tuple[str, frozenset[type], Any], ...] = ()  # filled in below the dataclass


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# Not frozen (nothing changes an annotation: edits make a new one, see `edited`): a frozen
# dataclass's __init__ sets each field through object.__setattr__, 4 µs an annotation, 0.9 s of
# reading 200,000 of them; this one takes 0.4 µs. `unsafe_hash` keeps it usable as a key.
@dataclass(slots=True, unsafe_hash=True)
class Annotation:
    uuid: str
    article: str  # Article.key: the source file(s) it belongs to
    version: str  # Article.id the offsets refer to
    tag: str  # one of TAGS
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    page: int
    note: str = ""
    created: str = ""
    modified: str = ""
    rule: str | None = None  # id of the suggestion rule that proposed it, if any
    orphaned: bool = False  # could not be re-attached to the current version
    previous_exact: str | None = (
        None  # the wording it was made on, when a re-anchor found it reworded
    )
    author: str = ""  # who made it (the name in the settings): a team reads together
    verdict: str | None = None  # a claim's rating, by name, on the settings' rating scale
    evidence: tuple[Evidence, ...] = ()  # what the verdict rests on
    speaker: str | None = None  # who made the claim in the article (ClaimReview's Claim author)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (fields in order). Not `dataclasses.asdict`, which deep-copies every
        field: 100 µs an annotation, 19 s of `reader list --all` for 200,000."""
        doc = dict(zip(_FIELD_NAMES, _ALL_VALUES(self), strict=True))
        doc["evidence"] = [e.to_dict() for e in self.evidence]
        return doc

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Rebuild a stored or imported annotation; ValueError names the first thing wrong.

        The usual case (a good document) is one pass of exact type lookups: reading 200,000
        annotations is on the way of `reader list --all`."""
        if type(data) is not dict:
            if not isinstance(data, dict):
                raise ValueError("not an object")
            data = dict(data)
        if not _LATER_KEYS <= data.keys():
            data = with_later_fields(data)
        try:  # every field present, every type right: two C-level lookups
            values = _ALL_FIELDS(data)
            if tuple(map(type, values)) in _GOOD_TYPES and values[3] in TAGS:
                if 0 <= values[4] < values[5]:
                    args = list(values)
                    args[_EVIDENCE] = _evidence(args[_EVIDENCE]) if args[_EVIDENCE] else ()
                    return cls(*args)
        except KeyError:
            pass
        get = data.get
        values = []
        for name, types, default in _CHECKS:
            value = get(name, _MISSING)
            if value is _MISSING:
                if default is _MISSING:
                    raise ValueError(f"missing field {name!r}")
                value = default
            elif type(value) not in types:
                expected = " or ".join(_TYPE_NAMES.get(t, "null") for t in FIELD_TYPES[name])
                raise ValueError(f"field {name!r} must be {expected}")
            values.append(value)
        if values[3] not in TAGS:
            raise ValueError(f"unknown tag {values[3]!r} (expected one of {', '.join(TAGS)})")
        start, end = values[4], values[5]
        if not 0 <= start < end:
            raise ValueError(f"bad offsets start={start}, end={end} (need 0 <= start < end)")
        values[_EVIDENCE] = _evidence(values[_EVIDENCE])
        return cls(*values)

    @staticmethod
    def is_valid_doc(data: object) -> bool:
        """Whether `data` is a good stored annotation (what `from_dict` would accept without
        building it: `reader list --all` reads 200,000 as they are)."""
        if type(data) is not dict:
            return False
        if not _LATER_KEYS <= data.keys():
            data = with_later_fields(data)
        try:
            values = _ALL_FIELDS(data)
        except KeyError:
            return False
        if not (
            tuple(map(type, values)) in _GOOD_TYPES
            and values[3] in TAGS
            and 0 <= values[4] < values[5]
        ):
            return False
        if values[_EVIDENCE]:
            try:
                _evidence(values[_EVIDENCE])
            except ValueError:
                return False
        return True

    def edited(self, **changes: Any) -> Annotation:
        return replace(self, modified=now_iso(), **changes)


# Fields added after the first schema, with the value a document made before them means.
LATER_FIELDS: dict[str, Any] = {"author": "", "verdict": None, "evidence": [], "speaker": None}
_LATER_KEYS = LATER_FIELDS.keys()


def with_later_fields(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` (made before schema 3) with the fields added since, at their defaults: a new dict,
    so every listing and export has the same keys (the stored document is left as it is)."""
    return {
        **doc,
        **{k: ([] if k == "evidence" else v) for k, v in LATER_FIELDS.items() if k not in doc},
    }


_CHECKS = tuple(
    (
        f.name,
        frozenset(FIELD_TYPES[f.name]),
        _MISSING if f.name in REQUIRED_FIELDS else ([] if f.name == "evidence" else f.default),
    )
    for f in fields(Annotation)
)


_FIELD_NAMES = tuple(name for name, _, _ in _CHECKS)
_ALL_FIELDS = operator.itemgetter(*_FIELD_NAMES)
_ALL_VALUES = operator.attrgetter(*_FIELD_NAMES)
_EVIDENCE = _FIELD_NAMES.index("evidence")
_GOOD_TYPES = frozenset(itertools.product(*(FIELD_TYPES[name] for name, _, _ in _CHECKS)))


def text_problem(value: str) -> str | None:
    """Why UTF-8 cannot carry `value` ("holds a lone surrogate (U+D800) ..."), or None.

    Python strings can hold lone surrogates (U+D800-U+DFFF) that no UTF-8 file can: a byte that is
    not UTF-8 in a command-line argument arrives as one (U+DC80-U+DCFF), and JSON can spell one
    (\\ud800). Stored, such text breaks every later export; so it is refused at the door.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        code = ord(value[e.start])
        if (
            0xDC80 <= code <= 0xDCFF
        ):  # surrogateescape: how Python hands on a byte that is not UTF-8
            return f"holds a byte that is not UTF-8 text (0x{code - 0xDC00:02X})"
        return f"holds a lone surrogate (U+{code:04X}), which is not a character"
    return None


def check_text(value: str, what: str) -> str:
    """`value` itself if it can be saved and written back out; else UnsavableText (a ReaderError
    and a ValueError) saying what is wrong with `what` ("the note", "--note", "field 'note'")."""
    problem = text_problem(value)
    if problem:
        raise UnsavableText(None, f"{what} {problem}; it cannot be saved")
    return value


def unsavable_field(annotation: Annotation) -> tuple[str, str] | None:
    """(field name, problem) of the first text field of `annotation` UTF-8 cannot carry, or None."""
    for name in FIELD_TYPES:
        value = getattr(annotation, name)
        if isinstance(value, str) and (problem := text_problem(value)):
            return name, problem
    for n, item in enumerate(annotation.evidence, 1):
        for part in ("source", "note"):
            if problem := text_problem(getattr(item, part)):
                return f"evidence {n} {part}", problem
    return None


def quote_selector(text: str, start: int, end: int) -> dict[str, str]:
    """The W3C TextQuoteSelector of `text[start:end]`: the passage and its context on both sides."""
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def make_annotation(
    text: str,
    *,
    article: str,
    version: str,
    tag: str,
    start: int,
    end: int,
    page: int,
    note: str = "",
    rule: str | None = None,
    author: str = "",
    speaker: str | None = None,
) -> Annotation:
    """A new annotation on `text[start:end]`, with its quote context captured."""
    if tag not in TAGS:
        raise ValueError(f"unknown tag {tag!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span [{start}, {end})")
    stamp = now_iso()
    quote = quote_selector(text, start, end)
    return Annotation(
        uuid=str(uuidlib.uuid4()),
        article=article,
        version=version,
        tag=tag,
        start=start,
        end=end,
        exact=quote["exact"],
        prefix=quote["prefix"],
        suffix=quote["suffix"],
        page=page,
        note=note,
        created=stamp,
        modified=stamp,
        rule=rule,
        author=author,
        speaker=speaker,
    )
