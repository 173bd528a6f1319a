"""Search over the article text (not rendered lines), ignoring case and accents.

Folding maps every character to exactly one character (é→e, Ä→a, case folded), so the folded text
has the same length as the original and a match's offsets are the original's offsets. What a query
matches besides that (any whitespace, a hyphen at a line break, Unicode normalisation) is the same
as for `--match`: the pattern comes from `reader.core.matching`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.core.matching import normalise_query, quote_pattern


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    folded = (base or ch).lower()
    return folded[0] if folded else ch


def fold(text: str) -> str:
    """`text` lower-cased and without accents, one character for one."""
    table = {ord(ch): _fold_char(ch) for ch in set(text) if _fold_char(ch) != ch}
    return text.translate(table)


class TextSearch:
    """Find all matches of a query in one text; the folded text is built once and reused."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def find_all(self, query: str) -> list[tuple[int, int]]:
        # normalised first: folding an NFD query would keep its combining accents
        pattern = quote_pattern(fold(normalise_query(query)))
        return [] if pattern is None else [m.span() for m in pattern.finditer(self.folded)]
