"""The whole library at once: every annotation, filtered, listed and exported in one file.

Exports across articles reuse the one-article exports with each article as its library record
describes it (`RecordArticle`: no text is parsed, so 5,000 articles export in seconds):

- json: `{"format": "reader-library", "format_version": 1, "exported", "articles": [<one
  article's reader-annotations export>, ...]}`;
- w3c: one `AnnotationCollection` whose AnnotationPages are the articles, in order: the first
  page embedded under `first` (what W3C readers start from), the pages after it under
  `dcterms:hasPart` (Dublin Core's "included in this resource"; the prefix is defined by the
  anno.jsonld context), each page linked to the next and previous by `next` / `prev`, all `partOf`
  the collection;
- md: the one-article reports, one after the other.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.core.annotation import Annotation, now_iso
from reader.core.article import NO_META, ArticleMeta
from reader.core.article import page_label as label_for_page
from reader.core.search import fold

if TYPE_CHECKING:
    from reader.core.store import Store

LIBRARY_FORMAT = "reader-library"
LIBRARY_FORMAT_VERSION = 1


@dataclass
class RecordArticle:
    """An article as its library record knows it: enough for exports and lists, no text."""

    id: str
    key: str
    title: str
    kicker: str | None
    lang: str
    sources: tuple[str, ...]
    pages_known: int
    pages_present: tuple[int, ...]
    text: None = None
    meta: ArticleMeta = NO_META

    @property
    def web_url(self) -> str | None:
        return self.meta.canonical_url or self.meta.url

    @classmethod
    def of(cls, rec: dict[str, Any]) -> RecordArticle:
        present = tuple(int(p) for p in rec.get("pages_present") or () if isinstance(p, int))
        return cls(
            id=str(rec.get("version") or ""),
            key=str(rec.get("key")),
            title=str(rec.get("title") or ""),
            kicker=rec.get("kicker"),
            lang=str(rec.get("lang") or "und"),
            sources=tuple(str(s) for s in rec.get("sources") or ()),
            pages_known=int(rec.get("pages_known") or max(present, default=1)),
            pages_present=present or (1,),
            meta=_meta(rec.get("meta")),
        )

    def page_label(self, page: int) -> str:
        return label_for_page(self.lang, page, max(self.pages_known, page))

    def missing_pages(self) -> list[int]:
        return [p for p in range(1, self.pages_known + 1) if p not in self.pages_present]


def articles_with_annotations(
    store: Store,
    *,
    tag: str | None = None,
    words: str | None = None,
    verdict: str | None = None,
    unrated: bool = False,
) -> list[tuple[RecordArticle, list[Annotation]]]:
    """Every article of the library with its annotations that pass the filters (a tag, or
    "orphaned"; words that must all occur in the passage or the note, case and accents
    ignored; claims with the verdict named, or with none yet when `unrated`), most recently
    opened first; articles with none left out."""
    return [
        (art, [Annotation.from_dict(d) for d in docs])
        for art, docs in articles_with_docs(
            store, tag=tag, words=words, verdict=verdict, unrated=unrated
        )
    ]


def articles_with_docs(
    store: Store,
    *,
    tag: str | None = None,
    words: str | None = None,
    verdict: str | None = None,
    unrated: bool = False,
) -> list[tuple[RecordArticle, list[dict[str, Any]]]]:
    """`articles_with_annotations` with the annotations as their stored documents (checked, not
    built: what `reader list --all` prints)."""
    wanted = fold(words).split() if words else []
    by_key: dict[str, list[dict[str, Any]]] = {}
    for doc in store.annotation_docs():
        orphaned = doc.get("orphaned", False)
        if tag == "orphaned":
            if not orphaned:
                continue
        elif tag is not None and (doc["tag"] != tag or orphaned):
            continue
        if verdict is not None or unrated:
            given = doc.get("verdict")
            if doc["tag"] != "claim" or (
                given is not None if unrated else not _same_name(given, verdict)
            ):
                continue
        if wanted:
            haystack = fold(f"{doc['exact']} {doc.get('note', '')}")
            if not all(w in haystack for w in wanted):
                continue
        by_key.setdefault(doc["article"], []).append(doc)
    records = {str(r.get("key")): r for r in store.articles()}
    out = []
    for key, marks in by_key.items():
        rec = records.get(key) or {"key": key, "title": "", "sources": []}
        out.append((RecordArticle.of(rec), marks))
    out.sort(key=lambda item: str(records.get(item[0].key, {}).get("last_seen", "")), reverse=True)
    return out


def _same_name(given: object, wanted: str | None) -> bool:
    return isinstance(given, str) and wanted is not None and given.casefold() == wanted.casefold()


def to_library_json(items: Iterable[tuple[RecordArticle, list[Annotation]]]) -> dict[str, Any]:
    from reader.core.export import to_json

    stamp = now_iso()
    return {
        "format": LIBRARY_FORMAT,
        "format_version": LIBRARY_FORMAT_VERSION,
        "exported": stamp,
        "articles": [to_json(art, anns, exported=stamp) for art, anns in items],  # type: ignore[arg-type]
    }


def to_library_w3c(items: list[tuple[RecordArticle, list[Annotation]]]) -> dict[str, Any]:
    from reader.core.export import W3C_CONTEXT, to_w3c

    keys = "\0".join(art.key for art, _ in items)
    collection = f"urn:uuid:{uuidlib.uuid5(uuidlib.NAMESPACE_URL, 'reader-library:' + keys)}"
    pages: list[dict[str, Any]] = []
    start = 0
    for n, (art, anns) in enumerate(items):
        page = to_w3c(art, anns)["first"]  # type: ignore[arg-type]
        page["id"] = f"{collection}/page/{n}"
        page["partOf"] = collection
        page["startIndex"] = start
        page["label"] = art.title or ", ".join(art.sources) or art.key
        start += len(page["items"])
        pages.append(page)
    for n, page in enumerate(pages):
        if n:
            page["prev"] = pages[n - 1]["id"]
        if n + 1 < len(pages):
            page["next"] = pages[n + 1]["id"]
    out: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": f"Annotations of {len(pages)} article(s)",
        "total": start,
    }
    if pages:
        out["first"] = pages[0]
        out["last"] = pages[-1]["id"]
        out["dcterms:hasPart"] = pages[1:]
    return out


def to_library_markdown(items: Iterable[tuple[RecordArticle, list[Annotation]]]) -> str:
    from reader.core.export import to_markdown

    return "\n".join(to_markdown(art, anns) for art, anns in items)  # type: ignore[arg-type]


def library_export_bytes(
    fmt: str, items: list[tuple[RecordArticle, list[Annotation]]], *, for_terminal: bool = True
) -> bytes:
    """The export of many articles in `fmt` as UTF-8 bytes (fast JSON: 200,000 annotations);
    JSON bound for a file or pipe skips the scan for terminal controls (see `json_bytes`)."""
    from reader.core.display import json_bytes, visible

    if fmt == "md":
        report = to_library_markdown(items)
        return "\n".join(visible(line) for line in report.split("\n")).encode("utf-8")
    data = to_library_json(items) if fmt == "json" else to_library_w3c(items)
    return json_bytes(data, for_terminal=for_terminal)


def listing_rows(
    items: Iterable[tuple[RecordArticle, list[dict[str, Any]]]],
) -> list[dict[str, Any]]:
    """`reader list --all --json`: each annotation (its document) with the article it belongs to."""
    rows = []
    for art, docs in items:
        title, sources = art.title, list(art.sources)
        for doc in docs:
            rows.append({**doc, "article_title": title, "article_sources": sources})
    return rows


def _meta(data: object) -> ArticleMeta:
    """An article's web metadata as its record keeps it (anything odd in it is left out)."""
    if not isinstance(data, dict):
        return NO_META

    def text(name: str) -> str | None:
        value = data.get(name)
        return value if isinstance(value, str) else None

    authors = data.get("authors")
    return ArticleMeta(
        url=text("url"),
        canonical_url=text("canonical_url"),
        site=text("site"),
        authors=tuple(a for a in authors if isinstance(a, str))
        if isinstance(authors, list)
        else (),
        date=text("date"),
        lang=text("lang"),
    )
