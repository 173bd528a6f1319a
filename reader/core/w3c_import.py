"""Import W3C Web Annotations: the reader's own W3C export, and what other W3C clients write.

Accepted: one Annotation, a JSON list of them, an AnnotationPage (`items`, and further pages
embedded as `next`), an AnnotationCollection whose `first` page (and the pages after it) are
embedded. Pages that are only linked are refused: nothing is fetched.

Each annotation needs a tag — a tagging (or classifying) TextualBody whose value is claim, quote
or speculation; any other tag is refused, naming the annotation — and a TextQuoteSelector on its
target. A commenting body is the note, an assessing body the verdict, each linking body an item
of evidence (its `source`, a `file:` URI read back as a path; its `dcterms:description` the
note); ids lose their `urn:uuid:` prefix (an id that is no UUID is turned into one, the same
every time, so importing twice adds nothing).

Placing is two steps, because positions from another tool may count in another text (a live web
page, UTF-16 units): `parse_w3c` checks everything without the article (so bad input is refused
before the database is touched), `place` then trusts a TextPositionSelector only where
`text[start:end] == exact` and otherwise anchors the quote like any re-anchoring
(`reader.core.anchoring`); a missing or empty prefix or suffix is allowed.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reader.core.anchoring import reanchor
from reader.core.annotation import TAGS, Annotation, Evidence, quote_selector, text_problem
from reader.core.export import canonical_uuid
from reader.errors import ReaderError

W3C_TYPES = ("Annotation", "AnnotationCollection", "AnnotationPage")
TAG_PURPOSES = ("tagging", "classifying")
NOT_PLACED = "w3c-import"  # the version an imported annotation has before it is placed
NEAR_CHARS = 256  # how far a given position may be from the one occurrence of its quote taken
MAX_PAGES = 10_000  # embedded pages followed by `next`, at most (a loop is refused sooner)


@dataclass(frozen=True, slots=True)
class W3CItem:
    """One imported annotation, checked, not yet placed in an article."""

    uuid: str
    tag: str
    note: str
    exact: str
    prefix: str | None  # None: the selector gave none
    suffix: str | None
    start: int | None  # from a TextPositionSelector, if any
    end: int | None
    created: str
    modified: str
    verdict: str | None = None  # an assessing body
    evidence: tuple[Evidence, ...] = ()  # linking bodies


def is_w3c(data: object) -> bool:
    """Whether parsed JSON looks like W3C Web Annotation data (rather than our own export)."""
    if isinstance(data, list):
        return all(isinstance(d, dict) and _typed(d, "Annotation") for d in data)
    return isinstance(data, dict) and any(_typed(data, t) for t in W3C_TYPES)


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("type", obj.get("@type"))
    values = value if isinstance(value, list) else [value]
    return [v.rsplit(":", 1)[-1] for v in values if isinstance(v, str)]


def _typed(obj: dict[str, Any], name: str) -> bool:
    return name in _types(obj)


def _annotations(data: object, refuse: Callable[[str], ReaderError]) -> list[object]:
    """The annotations of a list, a page, a collection, or a single annotation."""
    if isinstance(data, list):
        return list(data)
    if not isinstance(data, dict):
        raise refuse("not W3C Web Annotation data (expected a JSON object or list)")
    if _typed(data, "Annotation"):
        return [data]
    if _typed(data, "AnnotationCollection"):
        first = data.get("first")
        if first is None:
            if data.get("total", 0) in (0, None):
                return []
            raise refuse("the AnnotationCollection has no 'first' page")
        if not isinstance(first, dict):
            raise refuse(
                "the AnnotationCollection's pages are only linked, not embedded; nothing is "
                "fetched: save the pages into one file first"
            )
        return _page_items(first, refuse)
    if _typed(data, "AnnotationPage"):
        return _page_items(data, refuse)
    raise refuse("not W3C Web Annotation data (no Annotation, AnnotationPage or collection)")


def _page_items(page: dict[str, Any], refuse: Callable[[str], ReaderError]) -> list[object]:
    items: list[object] = []
    seen: set[int] = set()
    current: object = page
    while current is not None:
        if not isinstance(current, dict):
            raise refuse("a page's 'next' page is only linked, not embedded; nothing is fetched")
        if id(current) in seen or len(seen) >= MAX_PAGES:
            raise refuse("the pages' 'next' links go round in a loop")
        seen.add(id(current))
        page_items = current.get("items", [])
        if not isinstance(page_items, list):
            raise refuse("an AnnotationPage's 'items' is not a list")
        items.extend(page_items)
        current = current.get("next")
    return items


def _listed(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_w3c(data: object, source_name: str) -> list[W3CItem]:
    """Every annotation in W3C data, checked; ReaderError(source_name, …) names the first bad one."""

    def refuse(reason: str) -> ReaderError:
        return ReaderError(source_name, reason)

    found = _annotations(data, refuse)
    out: list[W3CItem] = []
    seen: set[str] = set()
    for i, item in enumerate(found):
        where = f"annotation {i + 1} of {len(found)}"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where += f" ({item['id']})"
        if not isinstance(item, dict) or not _typed(item, "Annotation"):
            raise refuse(f"{where}: not an Annotation")

        def refuse_item(reason: str, where: str = where) -> ReaderError:
            return refuse(f"{where}: {reason}")

        parsed = _item(item, refuse_item)
        if parsed.uuid in seen:
            raise refuse(f"{where}: id appears twice")
        seen.add(parsed.uuid)
        out.append(parsed)
    return out


def _text(value: object, what: str, refuse: Callable[[str], ReaderError]) -> str:
    if not isinstance(value, str):
        raise refuse(f"{what} must be a string")
    problem = text_problem(value)
    if problem:
        raise refuse(f"{what} {problem}; it cannot be saved")
    return value


def _item(item: dict[str, Any], refuse: Callable[[str], ReaderError]) -> W3CItem:
    raw_id = item.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        raise refuse("'id' must be a string")
    if raw_id:
        uuid = canonical_uuid(raw_id) or str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, raw_id))
    else:  # no id: the same annotation imported twice still gets one id
        dump = json.dumps(item, sort_keys=True, ensure_ascii=False)
        uuid = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "w3c-annotation:" + dump))
    tags: list[str] = []
    notes: list[str] = []
    verdicts: list[str] = []
    evidence: list[Evidence] = []
    motivations = [m for m in _listed(item.get("motivation")) if isinstance(m, str)]
    for body in _listed(item.get("body")):
        if isinstance(body, str):  # a body that is a link: not something the reader shows
            continue
        if not isinstance(body, dict):
            raise refuse("a body must be an object")
        value = body.get("value")
        purposes = [p for p in _listed(body.get("purpose")) if isinstance(p, str)]
        if not purposes and set(motivations) & set(TAG_PURPOSES):
            purposes = motivations
        if set(purposes) & set(TAG_PURPOSES):
            tag = _text(value, "the tag", refuse)
            if tag not in TAGS:
                raise refuse(f"tag {tag!r} is not one of {', '.join(TAGS)}")
            tags.append(tag)
        elif "assessing" in purposes and value is not None:
            verdicts.append(_text(value, "the verdict", refuse))
        elif "linking" in purposes and value is None:
            evidence.append(_evidence(body, refuse))
        elif value is not None and (not purposes or "commenting" in purposes):
            notes.append(_text(value, "the comment", refuse))
    if "bodyValue" in item:
        notes.append(_text(item["bodyValue"], "'bodyValue'", refuse))
    tags = list(dict.fromkeys(tags))
    if not tags:
        raise refuse(f"has no tag (a tagging body whose value is {', '.join(TAGS)})")
    if len(tags) > 1:
        raise refuse(f"has {len(tags)} tags ({', '.join(tags)}); the reader keeps one")
    verdicts = list(dict.fromkeys(verdicts))
    if len(verdicts) > 1:
        raise refuse(f"has {len(verdicts)} verdicts ({', '.join(verdicts)}); a claim has one")
    quote, position = _selectors(item.get("target"), refuse)
    exact = _text(quote.get("exact"), "the quote ('exact')", refuse)
    if not exact:
        raise refuse("the quote ('exact') is empty")
    prefix = quote.get("prefix")
    suffix = quote.get("suffix")
    start = end = None
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise refuse("a TextPositionSelector needs whole-number 'start' and 'end'")
    return W3CItem(
        uuid=uuid,
        tag=tags[0],
        note="\n\n".join(notes),
        exact=exact,
        prefix=None if prefix is None else _text(prefix, "the prefix", refuse),
        suffix=None if suffix is None else _text(suffix, "the suffix", refuse),
        start=start,
        end=end,
        created=item["created"] if isinstance(item.get("created"), str) else "",
        modified=item["modified"] if isinstance(item.get("modified"), str) else "",
        verdict=verdicts[0] if verdicts else None,
        evidence=tuple(evidence),
    )


def _evidence(body: dict[str, Any], refuse: Callable[[str], ReaderError]) -> Evidence:
    """A linking body (the reader's: a SpecificResource whose `source` is the link, the note as
    `dcterms:description`; or the linked resource itself, by `id`) as an evidence item."""
    source = body.get("source", body.get("id"))
    if isinstance(source, dict):
        source = source.get("id")
    source = _text(source, "a linking body's source", refuse)
    if source[:7].lower() == "file://":
        from urllib.parse import unquote, urlsplit

        source = unquote(urlsplit(source).path)
    if not source:
        raise refuse("a linking body has an empty source")
    note = body.get("dcterms:description", "")
    return Evidence(source, _text(note, "a linking body's description", refuse))


def _selectors(
    target: object, refuse: Callable[[str], ReaderError]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(TextQuoteSelector, TextPositionSelector or None) of the first target that has a quote."""
    targets = _listed(target)
    if not targets:
        raise refuse("has no target")
    for t in targets:
        if not isinstance(t, dict):
            continue
        selectors = [s for s in _listed(t.get("selector")) if isinstance(s, dict)]
        quotes = [s for s in selectors if _typed(s, "TextQuoteSelector")]
        positions = [s for s in selectors if _typed(s, "TextPositionSelector")]
        if quotes:
            return quotes[0], positions[0] if positions else None
    raise refuse("its target has no TextQuoteSelector (the passage's text is needed to find it)")


def place(
    items: list[W3CItem], text: str, article_key: str, version: str, page_at: Callable[[int], int]
) -> list[Annotation]:
    """The imported annotations in `text` (article version `version`): at their position when
    it holds exactly their quote, else at the one occurrence of the quote that fits the context
    given (or, of several, the one clearly nearest the position given), else wherever
    re-anchoring finds them; what cannot be placed is kept as an orphan."""
    out: list[Annotation] = []
    for it in items:
        found = _placed(it, text)
        if found is not None:
            start, end = found
            context = quote_selector(text, start, end)
        else:  # placed by re-anchoring below; the position given is its hint
            start = max(0, it.start or 0)
            end = start + len(it.exact)
            context = {"exact": it.exact, "prefix": it.prefix or "", "suffix": it.suffix or ""}
        out.append(
            Annotation(
                uuid=it.uuid,
                article=article_key,
                version=version if found is not None else NOT_PLACED,
                tag=it.tag,
                start=start,
                end=end,
                exact=context["exact"],
                prefix=context["prefix"],
                suffix=context["suffix"],
                page=page_at(start) if found is not None else 1,
                note=it.note,
                created=it.created,
                modified=it.modified,
                verdict=it.verdict,
                evidence=it.evidence,
            )
        )
    placed = reanchor(out, text, version, page_at=page_at)
    return [a if a.version == version else replace(a, orphaned=True) for a in placed]


def _placed(it: W3CItem, text: str) -> tuple[int, int] | None:
    if it.start is not None and it.end is not None and 0 <= it.start < it.end <= len(text):
        if text[it.start : it.end] == it.exact:
            return it.start, it.end
    hits = []
    pos = text.find(it.exact)
    while pos != -1:
        before_ok = not it.prefix or text[max(0, pos - len(it.prefix)) : pos] == it.prefix
        after = pos + len(it.exact)
        after_ok = not it.suffix or text.startswith(it.suffix, after)
        if before_ok and after_ok:
            hits.append(pos)
        pos = text.find(it.exact, pos + 1)
    given = it.start
    if len(hits) > 1 and given is not None:
        # Several places fit: the one next to the position given, if only one is that close (a
        # tool counting UTF-16 units, or another text of the same page, is off by a little).
        by_distance = sorted(hits, key=lambda h: abs(h - given))
        nearest = abs(by_distance[0] - given)
        if nearest <= NEAR_CHARS and abs(by_distance[1] - given) > nearest:
            hits = by_distance[:1]
    if len(hits) == 1:
        return hits[0], hits[0] + len(it.exact)
    return None
