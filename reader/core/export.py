"""Exports of an article's annotations (our JSON, W3C Web Annotation, a Markdown report), the
import of our JSON, and the one safe way to write any of them to disk.

Every position here is a code-point offset into the article's *canonical* text (the blocks joined
by a blank line), never into a source file: the parser drops markers and joins lines, so file
offsets would be wrong. The W3C export therefore names that text, `urn:sha256:<Article.id>`, as
its target source, and lists the source files separately, as `dcterms:source` of the collection
(the `dcterms` prefix is defined by the anno.jsonld context, and the W3C suite's collection
assertions allow further keys). When the article's web address is known, the target's source is
that address, so W3C clients can anchor the annotations on the live page, and the canonical text
stays named as `dcterms:isPartOf` of the target (see `_w3c_target`).
"""

from __future__ import annotations

import os
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.annotation import TAGS, Annotation, now_iso, text_problem, unsavable_field
from reader.core.article import MAX_PAGES, Article, is_web_address
from reader.errors import ReaderError, UnsavableText

if TYPE_CHECKING:  # (the store imports this module)
    from reader.core.store import Store

FORMAT = "reader-annotations"
FORMAT_VERSION = 1
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TAG_HEADINGS = {"claim": "Claims", "quote": "Quotes", "speculation": "Speculation"}


def _in_order(annotations: Iterable[Annotation]) -> list[Annotation]:
    return sorted(annotations, key=lambda a: (a.start, a.end, a.created, a.uuid))


# --- our own format ---------------------------------------------------------------------------


def to_json(
    article: Article, annotations: Iterable[Annotation], *, exported: str | None = None
) -> dict[str, Any]:
    """The project's own export: stable keys, annotations sorted by (start, end, created).

    `exported` defaults to now (ISO 8601, UTC). Orphans are included as they are (`orphaned`
    true, offsets of the version named by their `version`), so nothing the user made is lost.
    """
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported": exported or now_iso(),
        "article": {
            "id": article.id,
            "key": article.key,
            "title": article.title,
            "kicker": article.kicker,
            "lang": article.lang,
            "sources": [_path_text(s) for s in article.sources],
            "pages_known": article.pages_known,
            "pages_present": list(article.pages_present),
            "meta": article.meta.to_json(),
        },
        "annotations": [a.to_dict() for a in _in_order(annotations)],
    }


_ARTICLE_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "key": (str,),
    "title": (str,),
    "kicker": (str, type(None)),
    "lang": (str,),
    "sources": (list,),
    "pages_known": (int,),
    "pages_present": (list,),
}
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list"}


def _type_ok(value: object, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:  # JSON true is no offset
        return False
    return isinstance(value, types)


def _expected(types: tuple[type, ...]) -> str:
    names = [_TYPE_NAMES.get(t, "null") for t in types]
    return " or ".join(names)


def from_json(data: object, source_name: str) -> list[Annotation]:
    """The annotations of an export made by `to_json`, checked field by field.

    Anything that is not exactly our format is refused with a `ReaderError(source_name, reason)`
    naming the first problem: another format, another format version, a missing or mistyped
    field, an unknown tag, offsets that cannot be a span of `exact`, a repeated annotation id.
    Unknown extra keys are ignored.
    """

    def refuse(reason: str) -> ReaderError:
        return ReaderError(source_name, reason)

    if not isinstance(data, dict):
        raise refuse("not a reader annotations export (expected a JSON object)")
    if data.get("format") != FORMAT:
        found = data.get("format")
        raise refuse(
            f"not a reader annotations export (format is {found!r}, expected {FORMAT!r})"
            if "format" in data
            else "not a reader annotations export (no 'format' field)"
        )
    if "format_version" not in data:
        raise refuse("missing field 'format_version'")
    version = data["format_version"]
    if not _type_ok(version, (int,)) or version != FORMAT_VERSION:
        raise refuse(f"unsupported format_version {version!r} (this reader reads {FORMAT_VERSION})")
    if not isinstance(data.get("exported"), str):
        raise refuse("missing field 'exported' (the export time)")
    art = data.get("article")
    if not isinstance(art, dict):
        raise refuse("missing field 'article' (an object describing the article)")
    for name, types in _ARTICLE_FIELDS.items():
        if name not in art:
            raise refuse(f"article: missing field {name!r}")
        if not _type_ok(art[name], types):
            raise refuse(f"article: field {name!r} must be {_expected(types)}")
    if not all(isinstance(s, str) for s in art["sources"]):
        raise refuse("article: field 'sources' must be a list of strings")
    if not all(_type_ok(p, (int,)) for p in art["pages_present"]):
        raise refuse("article: field 'pages_present' must be a list of page numbers")
    for name, pages in (
        ("pages_known", [art["pages_known"]]),
        ("pages_present", art["pages_present"]),
    ):
        if any(p > MAX_PAGES for p in pages):
            raise refuse(f"article: field {name!r} is beyond {MAX_PAGES} pages")
    items = data.get("annotations")
    if not isinstance(items, list):
        raise refuse("missing field 'annotations' (a list)")

    out: list[Annotation] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"annotation {i + 1} of {len(items)}"
        if not isinstance(item, dict):
            raise refuse(f"{where}: not an object")
        try:  # field types, tag and offsets: the same check the store makes
            annotation = Annotation.from_dict(item)
        except ValueError as e:
            raise refuse(f"{where}: {e}") from None
        if unsavable := unsavable_field(annotation):  # never store what cannot be written out
            raise refuse(f"{where}: field {unsavable[0]!r} {unsavable[1]}")
        uuid = canonical_uuid(item["uuid"])
        if uuid is None:
            raise refuse(f"{where}: uuid {item['uuid']!r} is not a UUID")
        if uuid in seen:
            raise refuse(f"{where}: uuid {uuid} appears twice")
        seen.add(uuid)
        annotation = replace(annotation, uuid=uuid)
        if (problem := imported_problem(annotation)) is not None:
            raise refuse(f"{where}: {problem}")
        out.append(annotation)
    return out


def imported_problem(a: Annotation) -> str | None:
    """What makes an annotation from elsewhere (an import, a teammate's pull) unfit to store,
    beyond its fields' types: offsets that do not span its text, a page no article has."""
    if a.end - a.start != len(a.exact):
        return (
            f"offsets {a.start}-{a.end} span {a.end - a.start} characters "
            f"but the quoted text has {len(a.exact)}"
        )
    if a.page < 1:
        return f"bad page {a.page} (pages count from 1)"
    if a.page > MAX_PAGES:  # (an orphan may keep a page its article no longer has)
        return f"page {a.page} is beyond any article ({MAX_PAGES} pages)"
    from reader.core.verdicts import control_problem

    for name in ("author", "rule", "speaker"):  # one-line names, shown on every list
        value = getattr(a, name)
        if value and (problem := control_problem(value)):
            return f"field {name!r} {problem}"
    for name in ("created", "modified"):
        value = getattr(a, name)
        if value and not _is_timestamp(value):
            return f"field {name!r} is not a date and time (ISO 8601): {value[:40]!r}"
    return None


def _is_timestamp(value: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def canonical_uuid(value: str) -> str | None:
    """The canonical spelling of a UUID (lower case, hyphens, no "urn:uuid:" or braces), or None.

    So an id imported as "urn:uuid:…" is not exported as "urn:uuid:urn:uuid:…", and one id in two
    letter cases is one annotation, not two."""
    text = value.strip()
    if text[:9].lower() == "urn:uuid:":
        text = text[9:]
    try:
        return str(uuidlib.UUID(text))
    except ValueError:
        return None


# --- W3C Web Annotation -----------------------------------------------------------------------


def to_w3c(article: Article, annotations: Iterable[Annotation]) -> dict[str, Any]:
    """A W3C Web Annotation `AnnotationCollection` (JSON-LD) holding every annotation.

    Each annotation classifies its passage (`motivation: classifying`) with a tagging body (the
    tag) and, when there is a note, a commenting body; a claim's verdict is an assessing body,
    each evidence item a linking body (a SpecificResource, its note as `dcterms:description`). Its target source is the canonical text,
    `urn:sha256:<Article.id>`, selected by a TextQuoteSelector and a TextPositionSelector.

    Orphans (and any annotation whose offsets do not address its quote in this version) are
    *included*, with the TextQuoteSelector only: their positions are stale, but the quote and its
    context are what another tool needs to find the passage, and leaving them out would lose the
    user's work. The collection's id is derived from the article (key and version), so exporting
    the same article twice gives the same id.
    """
    collection = uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"reader:{article.key}:{article.id}")
    page = uuidlib.uuid5(collection, "page/0")
    items = [_w3c_annotation(article, a) for a in _in_order(annotations)]
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{collection}",
        "type": "AnnotationCollection",
        "label": article.title or _fallback_label(article),
        "total": len(items),
        "dcterms:source": [_file_uri(s) for s in article.sources],
        "first": {
            "id": f"urn:uuid:{page}",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def _w3c_annotation(article: Article, a: Annotation) -> dict[str, Any]:
    body: list[dict[str, Any]] = [{"type": "TextualBody", "value": a.tag, "purpose": "tagging"}]
    if a.note:
        body.append(
            {
                "type": "TextualBody",
                "value": a.note,
                "purpose": "commenting",
                "format": "text/plain",
            }
        )
    if a.verdict is not None:  # a fact-checker's rating of the claim: an assessment
        body.append(
            {
                "type": "TextualBody",
                "value": a.verdict,
                "purpose": "assessing",
                "format": "text/plain",
            }
        )
    for item in a.evidence:  # what the verdict rests on: links to it
        linked: dict[str, Any] = {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": evidence_uri(item.source),
        }
        if item.note:
            linked["dcterms:description"] = item.note
        body.append(linked)
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": a.exact,
            "prefix": context_prefix(a.prefix),
            "suffix": context_suffix(a.suffix),
        }
    ]
    positioned = (  # (an article known only by its library record has no text: trust its id)
        not a.orphaned
        and a.version == article.id
        and (article.text is None or article.text[a.start : a.end] == a.exact)
    )
    if positioned:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    out: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{a.uuid}",
        "type": "Annotation",
        "motivation": "classifying",
    }
    if a.created:
        out["created"] = a.created
    if a.modified:
        out["modified"] = a.modified
    if a.author:
        out["creator"] = {"type": "Person", "name": a.author}
    out["body"] = body
    out["target"] = _w3c_target(article, selectors)
    return out


def _w3c_target(article: Article, selectors: list[dict[str, Any]]) -> dict[str, Any]:
    """The target: the article's web address when known, else its canonical text.

    Positions count code points in the canonical text, `urn:sha256:<Article.id>`. With a web
    address as the source, that text is kept as `dcterms:isPartOf` of the target: the selected
    passage *is* part of it, which is exactly what a reader of the positions needs to know. The
    alternatives fit worse: `scope` is the context a resource was seen in (the page around an
    image), the wrong direction; a second target would say the annotation is about two things;
    a TimeState's `cached` needs a date the text was valid at, which a saved page does not have.
    """
    text = f"urn:sha256:{article.id}"
    url = article.web_url
    if url is None:
        return {"source": text, "selector": selectors}
    return {"source": url, "dcterms:isPartOf": text, "selector": selectors}


# dom-anchor-text-quote (the library Hypothesis's client used) accepts at most 32 UTF-16 code
# units of prefix and suffix; the W3C export cuts them to that, at code-point boundaries.
W3C_CONTEXT_UTF16 = 32


def _utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _bmp_only(text: str) -> bool:
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def context_prefix(prefix: str, units: int = W3C_CONTEXT_UTF16) -> str:
    """The end of `prefix` that fits in `units` UTF-16 code units, whole code points only."""
    tail = prefix[-units:] if units else ""
    if _bmp_only(tail):  # the common case: one code unit per character
        return tail
    used = 0
    cut = len(prefix)
    while cut > 0 and used + _utf16_units(prefix[cut - 1]) <= units:
        cut -= 1
        used += _utf16_units(prefix[cut])
    return prefix[cut:]


def context_suffix(suffix: str, units: int = W3C_CONTEXT_UTF16) -> str:
    """The start of `suffix` that fits in `units` UTF-16 code units, whole code points only."""
    head = suffix[:units]
    if _bmp_only(head):
        return head
    used = 0
    cut = 0
    while cut < len(suffix) and used + _utf16_units(suffix[cut]) <= units:
        used += _utf16_units(suffix[cut])
        cut += 1
    return suffix[:cut]


def evidence_uri(source: str) -> str:
    """An evidence source as a URI: a web address as it is, a file path as a file: URI."""
    if is_web_address(source) or not os.path.isabs(source):
        return source
    return Path(source).as_uri()


def _file_uri(source: str) -> str:
    if is_web_address(source):
        return source
    return Path(source).expanduser().resolve().as_uri()


def _fallback_label(article: Article) -> str:
    names = ", ".join(_path_text(Path(s).name) for s in article.sources)
    return f"Annotations on {names}" if names else "Annotations"


# --- Markdown report --------------------------------------------------------------------------


def to_markdown(article: Article, annotations: Iterable[Annotation]) -> str:
    """A report for people: the article's title, kicker and sources, then one section per tag
    (Claims, Quotes, Speculation) and a last one for orphans.

    Article text is data and is never escaped or rewritten: each passage is a blockquote with every
    line quoted (a blank line inside it too), so a passage spanning paragraphs, or holding `#`,
    `*` or `>`, stays one quotation under its own entry.
    """
    anns = _in_order(annotations)
    lines: list[str] = [f"# {_one_line(article.title) or _fallback_label(article)}", ""]
    if article.kicker:
        lines += [f"Kicker: {_one_line(article.kicker)}", ""]
    meta = article.meta
    about = [
        ("URL", article.web_url),
        ("Site", meta.site),
        ("By", ", ".join(meta.authors)),
        ("Date", meta.date),
    ]
    if any(value for _, value in about):
        lines += [f"- {label}: {_one_line(value)}" for label, value in about if value]
        lines.append("")
    if article.sources:
        lines += ["Sources:", ""]
        lines += [f"- {_code(_path_text(s))}" for s in article.sources]
        lines.append("")
    missing = article.missing_pages()
    if missing:
        labels = ", ".join(article.page_label(p) for p in missing)
        lines += [f"Not in the files read: {labels}", ""]
    for tag in TAGS:
        found = [a for a in anns if a.tag == tag and not a.orphaned]
        lines += [f"## {TAG_HEADINGS.get(tag, tag)} ({len(found)})", ""]
        if tag == "claim" and found:
            lines += [_verdict_summary(found), ""]
        if not found:
            lines += ["None.", ""]
        for n, a in enumerate(found, 1):
            lines += _entry(a, f"{n}. {article.page_label(a.page)}")
    orphans = [a for a in anns if a.orphaned]
    if orphans:
        lines += [
            f"## Orphans ({len(orphans)})",
            "",
            "These passages were not found again in this version of the text.",
            "",
        ]
        for n, a in enumerate(orphans, 1):
            lines += _entry(a, f"{n}. {a.tag}, formerly {article.page_label(a.page)}")
    return "\n".join(lines).rstrip("\n") + "\n"


def _verdict_summary(claims: list[Annotation]) -> str:
    """The fact-check worksheet's tally: "Verdicts: False 1, True 2; 3 without a verdict yet"."""
    counts: dict[str, int] = {}
    for a in claims:
        if a.verdict:
            counts[a.verdict] = counts.get(a.verdict, 0) + 1
    rated = ", ".join(f"{_one_line(name)} {n}" for name, n in counts.items()) or "none yet"
    todo = sum(a.verdict is None for a in claims)
    return f"Verdicts: {rated}; {todo} without a verdict yet."


def _entry(a: Annotation, heading: str) -> list[str]:
    out = [f"### {heading}", ""]
    out += [f"> {line}" if line else ">" for line in a.exact.split("\n")]
    out.append("")
    if a.previous_exact:
        out += [f"Reworded since it was annotated; it read: “{_one_line(a.previous_exact)}”", ""]
    if a.note:
        out += [f"Note: {_one_line(a.note)}", ""]
    if a.author:
        out += [f"By: {_one_line(a.author)}", ""]
    if a.speaker:
        out += [f"Speaker: {_one_line(a.speaker)}", ""]
    if a.tag == "claim" or a.verdict or a.evidence:
        out += [f"Verdict: {_one_line(a.verdict) if a.verdict else '(none yet)'}", ""]
    if a.evidence:
        out += ["Evidence:", ""]
        for item in a.evidence:
            note = f" — {_one_line(item.note)}" if item.note else ""
            out.append(f"- {_code(_path_text(item.source))}{note}")
        out.append("")
    return out


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _code(text: str) -> str:
    """`text` as an inline code span, whatever backticks it holds."""
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# --- rendering, as every command and the app do it ---------------------------------------------

FORMATS = ("json", "w3c", "md")


def export_bytes(fmt: str, article: Article, annotations: Iterable[Annotation]) -> bytes:
    """The export in `fmt` ("json", "w3c" or "md") as UTF-8 bytes, for a file or for stdout.

    The JSON escapes DEL and the C1 controls too (see `display.json_text`); the Markdown report
    is for people, so control characters in it are made visible. Text that UTF-8 cannot carry (a
    lone surrogate stored before such text was refused at the door) is never written as invalid
    UTF-8: UnsavableText names the annotation. The check costs nothing extra: it is the encoding.
    """
    from reader.core.display import json_text, visible

    annotations = list(annotations)
    try:
        if fmt == "md":
            report = to_markdown(article, annotations)
            report.encode("utf-8")  # (visible() would hide a lone surrogate as U+FFFD)
            return "\n".join(visible(line) for line in report.split("\n")).encode("utf-8")
        data = to_json(article, annotations) if fmt == "json" else to_w3c(article, annotations)
        return (json_text(data) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        check_exportable(annotations)
        raise UnsavableText(None, "the export holds text UTF-8 cannot carry") from None


def check_exportable(annotations: Iterable[Annotation]) -> None:
    """UnsavableText naming the first annotation holding text that UTF-8 cannot carry."""
    for a in annotations:
        if unsavable := unsavable_field(a):
            name, problem = unsavable
            raise UnsavableText(
                None,
                f"annotation {a.uuid} ({a.tag}): field {name!r} {problem}; nothing was exported"
                " — edit or delete it in the reader",
            )


def _path_text(source: str) -> str:
    """A source path as text: a file name that is not UTF-8 gets U+FFFD for its odd bytes."""
    if text_problem(source) is None:
        return source
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --- the app's exports: into a folder, never over a file it did not write ----------------------

APP_SUFFIXES = {"json": ".annotations", "w3c": ".w3c", "md": ".annotations"}
APP_EXTENSIONS = {"json": ".json", "w3c": ".json", "md": ".md"}


def _stem(source: str) -> str:
    """A file-name stem for exports of an article from `source` (a path, or a web address's last
    path segment, or its host)."""
    if not is_web_address(source):
        return Path(source).stem
    from urllib.parse import urlsplit

    parts = urlsplit(source)
    name = Path(parts.path.rstrip("/")).stem or (parts.hostname or "article")
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).strip("-.")
    return safe or "article"


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def export_into(
    folder: Path, fmt: str, article: Article, annotations: Iterable[Annotation], store: Store
) -> Path:
    """Write the export for the app's export keys: `STEM.annotations.json` (w3c: `STEM.w3c.json`,
    md: `STEM.annotations.md`) in `folder`, or `STEM.annotations-2.json` and so on.

    A file that exists is replaced only if this database wrote it, for this article, and nobody
    changed it since (the store remembers the path and the hash of what was written); any other
    file of that name is left alone and the next free number is used. Returns the path written.
    """
    content = export_bytes(fmt, article, annotations)
    stem = _stem(article.sources[0]) if article.sources else "article"
    suffix, ext = APP_SUFFIXES[fmt], APP_EXTENSIONS[fmt]
    for n in range(1, 1000):
        path = folder / f"{stem}{suffix}{'' if n == 1 else f'-{n}'}{ext}"
        resolved = str(path.resolve())
        if os.path.lexists(path):
            record = store.export_record(resolved)
            try:
                ours = (
                    record is not None
                    and record.get("article") == article.key
                    and path.is_file()
                    and _sha256(path.read_bytes()) == record.get("sha256")
                )
            except OSError:
                ours = False
            if not ours:
                continue
        write_export(path, content.decode("utf-8"), force=os.path.lexists(path))
        if not getattr(store, "read_only", False):  # unrecorded: never replaced later
            store.remember_export(
                resolved, article=article.key, format=fmt, sha256=_sha256(content)
            )
        return path
    raise ReaderError(folder, "too many exports of this article here; move some away")


# --- writing ----------------------------------------------------------------------------------


def write_export(
    path: str | Path,
    content: str | bytes,
    force: bool = False,
    keep: Iterable[tuple[Path, str]] = (),
) -> None:
    """Write `content` (UTF-8) to `path` atomically: a temporary file in the same folder, fsync,
    then a rename over the target, so a reader never sees half a file.

    Refuses with `ReaderError(path, "already exists (use --force to overwrite)")` unless `force`,
    and with `ReaderError(path, "cannot write: <reason>")` when the folder is missing or not
    writable, the path is a folder, or the write fails. Without `force` the file is put in place
    with a hard link, which fails rather than replace a file that appeared meanwhile. An existing
    file is left untouched by any refusal, and no temporary file is ever left behind.
    """
    target = check_export_target(path, force, keep)
    try:
        data = content if isinstance(content, bytes) else content.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ReaderError(
            path, f"cannot write: the export {text_problem(str(content))}; nothing was written"
        ) from err
    from reader.core.files import write_atomic

    try:
        write_atomic(target, data, replace=force)
    except FileExistsError:
        raise ReaderError(path, "already exists (use --force to overwrite)") from None
    except OSError as err:
        raise ReaderError(path, f"cannot write: {_reason(err)}") from err


def check_export_target(
    path: str | Path, force: bool = False, keep: Iterable[tuple[Path, str]] = ()
) -> Path:
    """The file an export to `path` would write (a symlink's target), or the `ReaderError`
    `write_export` would raise: asked before the work, so a refusal comes at once.

    `keep`: (path, what it is) of files no export may replace, even with --force — the
    database, its journal, lock and stored copies, the article exported from. A read-only file
    is never replaced either (root's writes ignore the mode bits: this check does not)."""
    if not str(path):
        raise ReaderError(None, "the output path is empty")
    target = Path(path)
    if target.is_symlink():  # write the file the link points to; never replace the link itself
        target = target.resolve()
    if target.is_dir():
        raise ReaderError(path, "cannot write: is a directory")
    if target.exists() and not target.is_file():
        raise ReaderError(
            path, "cannot write: not a regular file (leave out -o to print to stdout)"
        )
    if os.path.lexists(target):
        for own, what in keep:
            if _same_or_inside(target, own):
                raise ReaderError(
                    path, f"is {what}: an export never replaces it; name another file"
                )
        if not os.stat(target).st_mode & 0o222:
            raise ReaderError(path, "is read-only: not replaced")
    if os.path.lexists(target) and not force:
        raise ReaderError(path, "already exists (use --force to overwrite)")
    folder = target.parent
    if not folder.exists():
        raise ReaderError(path, f"cannot write: folder {folder} does not exist")
    if not folder.is_dir():
        raise ReaderError(path, f"cannot write: {folder} is not a folder")
    return target


def _same_or_inside(target: Path, own: Path) -> bool:
    """`target` is the file `own` names (by inode: a hard link or another spelling of the path
    counts), or lies inside the folder `own`."""
    try:
        if own.is_dir():
            return target.resolve().is_relative_to(own.resolve())
        return own.exists() and os.path.samefile(target, own)
    except OSError:
        return False


def _reason(err: OSError) -> str:
    reason = err.strerror or str(err) or type(err).__name__
    return reason[:1].lower() + reason[1:]
