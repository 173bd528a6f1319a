"""Paired quotation marks inside one block: „…“ “…” »…« «…» ‚…‘ ‘…’ "…", nested or not.

A straight double quote may be closed by a curly one (`"…“`, as German writers on an English
keyboard type it), and a German „ by a straight one („…"), when nothing but punctuation or space
follows; a straight single quote opens at a word's start and closes at a word's end ('We will
not let it close'), never between letters.

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
    "'": "'",
}
_MARKS = re.compile("[„“”\"»«‚‘’']")
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class QuotePair:
    start: int  # the opening mark
    end: int  # one past the closing mark


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _ends_word(text: str, i: int) -> bool:
    """Nothing but space or punctuation follows the mark at `i`."""
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _single_opens(text: str, i: int) -> bool:
    """A straight single quote opens a quotation at a word's start ("'We will…"), not in "'90s"."""
    before = text[i - 1] if i > 0 else " "
    return (before.isspace() or before in "([:—–-") and i + 1 < len(text) and text[i + 1].isalpha()


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
        if c in "’‘'" and _between_letters(text, i):
            continue  # an apostrophe: don't, Musk’s
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            opener, at = stack[depth]
            closes = c in pairs.get(opener, "")
            if not closes and opener == '"' and c in "“”" and _ends_word(text, i):
                closes = True  # "Wir haben … bekommen“, sagte er
            if not closes and (opener, c) in (("„", '"'), ("‚", "'")) and _ends_word(text, i):
                closes = True  # „Wir sind noch nicht am Ende", sagte sie
            if closes and c == "'" and not _ends_word(text, i):
                closes = False
            if closes:
                del stack[depth:]
                found.append(QuotePair(at, i + 1))
                closed = True
                break
        if closed:
            continue
        if c in pairs:
            if c == "'" and not _single_opens(text, i):
                continue  # a possessive ("Makers' Association") or a stray mark
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
