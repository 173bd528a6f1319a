"""Re-attach annotations to a new version of their article's text.

An annotation remembers its passage twice (see `reader.core.annotation`): by position (`start`,
`end`) and by quote (`exact` with up to 32 characters of `prefix` and `suffix`). When the text
changes (an edited or re-scraped file, a better parser) `reanchor` looks for each passage again:

1. **Shift.** The passage, with its exact context, at the old position or at the old position plus
   the shift the previous annotation of the same old version needed. An edit near the start moves
   every later offset by the same amount, so after the first hit the rest cost a few string
   comparisons each.
2. **Exact quote.** Every verbatim occurrence of `exact` (a `str.find` loop), ranked like
   Hypothesis's quote matcher: quote 50, prefix 20, suffix 20, nearness to the expected
   position 2 (prefix and suffix by edit-distance similarity).
3. **Fuzzy.** `rapidfuzz.fuzz.partial_ratio_alignment` in a bounded window around the expected
   position, then in the whole text; the hit's boundaries are found by aligning the old
   `prefix + exact + suffix` with the new text around it, then snapped to word edges.

Unlike Hypothesis (which has no minimum, hence "Linus" anchored to "chines", h#2634) a candidate
must pass explicit thresholds. Similarities are normalised Levenshtein similarities in [0, 1]
(`1 - distance / longer length`); context similarity is the mean of the prefix and suffix
similarities, each measured against the full 32 characters now around the candidate:

- A verbatim quote of `DISTINCTIVE_CHARS` (24) or more characters is trusted on its own. A
  shorter one also needs context similarity >= `MIN_CONTEXT` (0.5): the same words elsewhere, in
  another passage, are not this passage (h#2798: a note moved to an earlier "Robin"). Measured on
  the seed article, unrelated 32-character contexts score 0.12 (median), 0.31 (99th percentile)
  and 0.41 (99.9th) per side, while one side kept intact already brings the mean to 0.5.
- A fuzzy match needs quote similarity >= `MIN_FUZZY_QUOTE` (0.75) and context similarity
  >= `MIN_CONTEXT`; a long passage (>= `LONG_CHARS`, 64) may instead pass on quote similarity
  >= `MIN_FUZZY_QUOTE_ALONE` (0.8) alone (unrelated 64-character stretches score at most 0.38).
  "Linus" against "chines" scores 0.5 and stays an orphan.

Anything else becomes an orphan (`orphaned=True`, every other field as it was), never dropped.
Offsets are code points (Python `str` indices), as everywhere in the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reader.core.annotation import CONTEXT_CHARS, Annotation, quote_selector

# Hypothesis's quote-matcher weights (client src/annotator/anchoring/match-quote.ts).
QUOTE_WEIGHT = 50
PREFIX_WEIGHT = 20
SUFFIX_WEIGHT = 20
POSITION_WEIGHT = 2

DISTINCTIVE_CHARS = 24  # a verbatim quote this long needs no context to be trusted
MIN_CONTEXT = 0.5  # mean prefix/suffix similarity a shorter or fuzzy match needs
MIN_FUZZY_QUOTE = 0.75  # quote similarity a fuzzy match needs (with context)
LONG_CHARS = 64  # a passage this long may be trusted on its quote alone ...
MIN_FUZZY_QUOTE_ALONE = 0.8  # ... when it is at least this similar
LOCATE_CUTOFF = 60  # partial_ratio score (0-100) below which a fuzzy search gives up early
WINDOW_CHARS = 2000  # the first fuzzy search looks this far (plus 2x the quote) either side
MAX_SLACK = 256  # how much longer or shorter a reworded passage may have become, at most
SNAP_CHARS = 24  # how far a fuzzy boundary may move to reach a word edge


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int


def reanchor(
    annotations: list[Annotation],
    text: str,
    version: str,
    *,
    page_at: Callable[[int], int] | None = None,
) -> list[Annotation]:
    """Re-attach `annotations` to `text` (article version `version`), in the order given.

    Annotations already on `version` whose passage is where they say are returned unchanged (an
    orphan among them is simply un-orphaned). The others are searched for: found ones get new
    `start`/`end`, `exact`/`prefix`/`suffix` from `text`, `version`, `orphaned=False` (and a new
    `page` when `page_at(offset)` is given), and when the words differ, `previous_exact` keeps the
    wording the annotation was made on; `modified` is left alone, since the user changed nothing. Lost ones come back with `orphaned=True` and everything else as it was.
    Re-anchoring a result again returns it unchanged.
    """
    out: list[Annotation | None] = [None] * len(annotations)
    todo: list[int] = []
    for i, a in enumerate(annotations):
        if a.version == version and _at(text, a.start, a.exact):
            out[i] = replace(a, orphaned=False) if a.orphaned else a
        else:
            todo.append(i)
    # Walk each old version's annotations in text order, so one annotation's shift predicts the next.
    todo.sort(key=lambda i: (annotations[i].version, annotations[i].start, annotations[i].end))
    shifts: dict[str, int] = {}
    for i in todo:
        a = annotations[i]
        delta = shifts.get(a.version, 0)
        match = _find(a, text, delta)
        if match is None:
            out[i] = a if a.orphaned else replace(a, orphaned=True)
            continue
        shifts[a.version] = match.start - a.start
        s, e = match.start, match.end
        reworded = text[s:e] != a.exact  # keep the wording the user checked, never lose it
        selector = quote_selector(text, s, e)
        out[i] = replace(
            a,
            previous_exact=(a.previous_exact or a.exact) if reworded else a.previous_exact,
            start=s,
            end=e,
            exact=selector["exact"],
            prefix=selector["prefix"],
            suffix=selector["suffix"],
            version=version,
            orphaned=False,
            page=page_at(s) if page_at is not None else a.page,
        )
    return out  # type: ignore[return-value]


# --- the three steps -------------------------------------------------------------------------


def _find(a: Annotation, text: str, delta: int) -> _Match | None:
    if not a.exact or not text:
        return None
    length = len(a.exact)
    # 1. the passage with its exact context, where the last shift (or no shift) puts it
    for pos in dict.fromkeys((a.start + delta, a.start)):
        if (
            _at(text, pos, a.exact)
            and text.startswith(a.suffix, pos + length)
            and text[max(0, pos - len(a.prefix)) : pos] == a.prefix
        ):
            return _Match(pos, pos + length)
    expected = min(max(0, a.start + delta), len(text))
    # 2. verbatim occurrences, best context first
    best = _best_exact(a, text, expected)
    if best is not None:
        return best
    # 3. fuzzy: near the expected position first, then anywhere
    return _fuzzy(a, text, expected)


def _best_exact(a: Annotation, text: str, expected: int) -> _Match | None:
    length = len(a.exact)
    best: tuple[float, int] | None = None
    for pos in _occurrences(text, a.exact):
        p, s = _context(a, text, pos, pos + length)
        if length < DISTINCTIVE_CHARS and (p + s) / 2 < MIN_CONTEXT:
            continue  # a short quote in a foreign context: another passage that says the same
        score = _score(1.0, p, s, pos, expected, len(text))
        if best is None or score > best[0]:
            best = (score, pos)
    return None if best is None else _Match(best[1], best[1] + length)


def _fuzzy(a: Annotation, text: str, expected: int) -> _Match | None:
    length = len(a.exact)
    reach = WINDOW_CHARS + 2 * length
    lo, hi = max(0, expected - reach), min(len(text), expected + length + reach)
    windows = [(lo, hi)]
    if lo > 0 or hi < len(text):
        windows.append((0, len(text)))
    tried: set[tuple[int, int]] = set()
    for w_lo, w_hi in windows:
        hit = fuzz.partial_ratio_alignment(a.exact, text[w_lo:w_hi], score_cutoff=LOCATE_CUTOFF)
        if hit is None:
            continue
        if len(a.exact) <= w_hi - w_lo:
            h_start, h_end = w_lo + hit.dest_start, w_lo + hit.dest_end
        else:  # the needle was longer than the haystack: rapidfuzz aligned the other way round
            h_start, h_end = w_lo + hit.src_start, w_lo + hit.src_end
        match = _refine(a, text, h_start, h_end)
        if match is None or (match.start, match.end) in tried:
            continue
        tried.add((match.start, match.end))
        if _fuzzy_accepted(a, text, match):
            return match
    return None


def _fuzzy_accepted(a: Annotation, text: str, m: _Match) -> bool:
    quote = Levenshtein.normalized_similarity(a.exact, text[m.start : m.end])
    if len(a.exact) >= LONG_CHARS and quote >= MIN_FUZZY_QUOTE_ALONE:
        return True
    p, s = _context(a, text, m.start, m.end)
    return quote >= MIN_FUZZY_QUOTE and (p + s) / 2 >= MIN_CONTEXT


# --- fuzzy boundaries ------------------------------------------------------------------------


def _refine(a: Annotation, text: str, h_start: int, h_end: int) -> _Match | None:
    """Exact boundaries for a rough hit: align the old context with the new text around it."""
    length = len(a.exact)
    slack = min(MAX_SLACK, max(64, length))
    r0 = max(0, h_start - len(a.prefix) - slack)
    r1 = min(len(text), h_end + len(a.suffix) + slack)
    old = a.prefix + a.exact + a.suffix
    runs = _runs(Levenshtein.opcodes(old, text[r0:r1]))
    first, last = len(a.prefix), len(a.prefix) + length - 1  # the quote's first and last char
    start = end = None
    for equal, i1, i2, j1, j2 in runs:
        if start is None and i1 <= first < i2:
            start = j1 + (first - i1) if equal else j1 + min(first - i1, j2 - j1)
        if i1 <= last < i2:
            if equal:
                end = j1 + (last - i1) + 1
            else:
                end = j2 if last + 1 == i2 else min(j2, j1 + (last + 1 - i1))
            break
    if start is None or end is None:
        return None
    start, end = r0 + start, r0 + end
    start = _snap_start(a, text, start)
    end = _snap_end(a, text, end)
    if end <= start:
        return None
    return _Match(start, end)


def _runs(opcodes: Iterable[Any]) -> list[tuple[bool, int, int, int, int]]:
    """Opcodes with each stretch of consecutive edits merged into one replaced run."""
    runs: list[tuple[bool, int, int, int, int]] = []
    for op in opcodes:
        equal = op.tag == "equal"
        if runs and not equal and not runs[-1][0]:
            _, i1, _, j1, _ = runs[-1]
            runs[-1] = (False, i1, op.src_end, j1, op.dest_end)
        else:
            runs.append((equal, op.src_start, op.src_end, op.dest_start, op.dest_end))
    return runs


def _snap_start(a: Annotation, text: str, pos: int) -> int:
    """Keep a passage that began at a word's first letter beginning at one."""
    if not (a.exact[0].isalnum() and (not a.prefix or not a.prefix[-1].isalnum())):
        return pos
    limit = min(len(text), pos + SNAP_CHARS)
    while pos < limit and text[pos].isspace():
        pos += 1
    floor = max(0, pos - SNAP_CHARS)
    while pos > floor and pos < len(text) and text[pos].isalnum() and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _snap_end(a: Annotation, text: str, pos: int) -> int:
    """Keep a passage that ended at a word's last letter ending at one."""
    if not (a.exact[-1].isalnum() and (not a.suffix or not a.suffix[0].isalnum())):
        return pos
    floor = max(0, pos - SNAP_CHARS)
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    limit = min(len(text), pos + SNAP_CHARS)
    while pos < limit and pos > 0 and text[pos - 1].isalnum() and text[pos].isalnum():
        pos += 1
    return pos


# --- small helpers ---------------------------------------------------------------------------


def _at(text: str, pos: int, exact: str) -> bool:
    return 0 <= pos and text.startswith(exact, pos)


def _occurrences(text: str, exact: str) -> Iterable[int]:
    pos = text.find(exact)
    while pos != -1:
        yield pos
        pos = text.find(exact, pos + 1)


def _context(a: Annotation, text: str, start: int, end: int) -> tuple[float, float]:
    """Similarity of the old prefix and suffix to the new ones (full length, so a passage that
    was at the very start or end of the text only matches one that still is)."""
    prefix = text[max(0, start - CONTEXT_CHARS) : start]
    suffix = text[end : end + CONTEXT_CHARS]
    return (
        Levenshtein.normalized_similarity(a.prefix, prefix),
        Levenshtein.normalized_similarity(a.suffix, suffix),
    )


def _score(quote: float, prefix: float, suffix: float, pos: int, expected: int, size: int) -> float:
    position = 1.0 - min(1.0, abs(pos - expected) / max(1, size))
    return (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * position
    ) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
