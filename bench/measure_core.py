"""In-process measurements of the core: saving one annotation, exporting, re-anchoring."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from pathlib import Path

from reader.core.anchoring import reanchor
from reader.core.annotation import Annotation, now_iso
from reader.core.export import to_json, to_w3c


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def save(db: Path, template: Annotation, reps: int, warmup: int = 3) -> list[float]:
    """ms per `Store.put` of a new annotation (durable when it returns), on an open database."""
    from reader.core.store import Store

    samples = []
    with Store(db) as store:
        for i in range(warmup + reps):
            stamp = now_iso()
            a = replace(template, uuid=str(uuid.uuid4()), created=stamp, modified=stamp)
            start = time.perf_counter()
            store.put(a)
            if i >= warmup:
                samples.append(_ms(start))
    return samples


def export(article, annotations: list[Annotation], reps: int) -> dict[str, list[float]]:
    """s per export, as the app and the CLI do it (build the document, then json.dumps with
    ensure_ascii=False, indent=2); and the baseline: json.dumps alone of the same document."""
    out: dict[str, list[float]] = {
        "json": [],
        "w3c": [],
        "json_dumps_only": [],
        "w3c_dumps_only": [],
    }
    for _ in range(reps):
        for name, build in (("json", to_json), ("w3c", to_w3c)):
            start = time.perf_counter()
            doc = build(article, annotations)
            json.dumps(doc, ensure_ascii=False, indent=2)
            out[name].append(_ms(start) / 1000)
            start = time.perf_counter()
            json.dumps(doc, ensure_ascii=False, indent=2)
            out[f"{name}_dumps_only"].append(_ms(start) / 1000)
    return out


def reanchoring(
    annotations: list[Annotation], shifted, edited, reps: int
) -> tuple[dict[str, list[float]], dict]:
    """s to re-attach `annotations` to `edited` (an insertion near the start, so every offset
    shifts, plus a few reworded passages); baseline: the same with the insertion only."""
    out: dict[str, list[float]] = {"edited": [], "shift_only": []}
    result: list[Annotation] = []
    for _ in range(reps):
        for name, article in (("edited", edited), ("shift_only", shifted)):
            start = time.perf_counter()
            moved = reanchor(annotations, article.text, article.id, page_at=article.page_at)
            out[name].append(_ms(start) / 1000)
            if name == "edited":
                result = moved
    text = edited.text
    info = {
        "annotations": len(annotations),
        "orphaned": sum(a.orphaned for a in result),
        "exact_after_shift": sum(
            not a.orphaned and a.exact == b.exact for a, b in zip(result, annotations, strict=True)
        ),
        "changed_quote": sum(
            not a.orphaned and a.exact != b.exact for a, b in zip(result, annotations, strict=True)
        ),
        "consistent": all(a.orphaned or text[a.start : a.end] == a.exact for a in result),
    }
    return out, info
