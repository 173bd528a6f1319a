"""Paired quotation marks inside one block: „…“ “…” »…« «…» ‚…‘ ‘…’ "…", nested or not.

One pass over the quote characters only (found by a regex, so the cost is the number of marks, not
of characters). A stack pairs each closing mark with the nearest opener it can close; openers left
unclosed at the end of the block are dropped (a scrape's stray mark must not swallow a paragraph,
nor hide the quotes after it). Only outermost pairs are returned: a quotation inside a quotation
is part of it. The stack is kept to MAX_DEPTH marks (the oldest unclosed one is dropped), so a
block full of stray marks still costs one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> the marks that close it
DEFAULT_PAIRS: dict[str, str] = {
    "„": "“”",
    "“": "”",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
}
_MARKS = re.compile('[„“”"»«‚‘’]')
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class QuotePair:
    start: int  # the opening mark
    end: int  # one past the closing mark


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def find_quotes(
    text: str, pairs: dict[str, str] | None = None, runs_on: bool = False
) -> list[QuotePair]:
    """The outermost paired quotations in `text` (one block), in order.

    `runs_on`: the next block opens with a quotation mark, so an opener left unclosed here is a
    quotation running on over paragraphs (writers close only its last paragraph): it ends at the
    end of this block."""
    pairs = pairs or DEFAULT_PAIRS
    stack: list[tuple[str, int]] = []
    found: list[QuotePair] = []
    for m in _MARKS.finditer(text):
        c, i = m.group(), m.start()
        if c in "’‘" and _between_letters(text, i):
            continue  # an apostrophe: don't, Musk’s
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            opener, at = stack[depth]
            if c in pairs.get(opener, ""):
                del stack[depth:]
                found.append(QuotePair(at, i + 1))
                closed = True
                break
        if closed:
            continue
        if c in pairs:
            if c == '"' and i + 1 < len(text) and text[i + 1].isspace() and i > 0:
                continue  # a straight quote before a space opens nothing
            stack.append((c, i))
            if len(stack) > MAX_DEPTH:
                del stack[0]
    if runs_on and stack:
        found.append(QuotePair(stack[0][1], len(text.rstrip())))
    # keep the outermost closed pairs: a quote inside a quote is part of it, but one inside a
    # stray, never-closed mark is still a quote
    outer: list[QuotePair] = []
    for p in sorted(found, key=lambda p: (p.start, -p.end)):
        if not outer or p.start >= outer[-1].end:
            outer.append(p)
    return outer
