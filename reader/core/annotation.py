"""The annotation model: a tagged span of one article version, anchored by position and by quote.

An annotation keeps both W3C selectors: `start`/`end` (TextPositionSelector, code points into the
canonical text) and `exact` with `prefix`/`suffix` (TextQuoteSelector), so it can be re-attached when
the article's text changes. `version` is the article id the offsets currently refer to.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime

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


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
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

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Annotation:
        """Rebuild a stored or imported annotation; ValueError names the first thing wrong."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        for name, types in FIELD_TYPES.items():
            if name not in data:
                if name in REQUIRED_FIELDS:
                    raise ValueError(f"missing field {name!r}")
                continue
            value = data[name]
            if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                expected = " or ".join(_TYPE_NAMES.get(t, "null") for t in types)
                raise ValueError(f"field {name!r} must be {expected}")
        if data["tag"] not in TAGS:
            raise ValueError(f"unknown tag {data['tag']!r} (expected one of {', '.join(TAGS)})")
        start, end = data["start"], data["end"]
        if not 0 <= start < end:
            raise ValueError(f"bad offsets start={start}, end={end} (need 0 <= start < end)")
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def edited(self, **changes) -> Annotation:
        return replace(self, modified=now_iso(), **changes)


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
) -> Annotation:
    """A new annotation on `text[start:end]`, with its quote context captured."""
    if tag not in TAGS:
        raise ValueError(f"unknown tag {tag!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span [{start}, {end})")
    stamp = now_iso()
    return Annotation(
        uuid=str(uuidlib.uuid4()),
        article=article,
        version=version,
        tag=tag,
        start=start,
        end=end,
        **quote_selector(text, start, end),
        page=page,
        note=note,
        created=stamp,
        modified=stamp,
        rule=rule,
    )
