"""Find quoted text in the article: the one place that decides what "the same passage" means.

A quote is typed by a person or copied from the file, not from the canonical text, so:

* it is normalised the way the article text was (`reader.core.loading.normalise`: NFC, odd
  spaces, invisible characters), so a query in decomposed Unicode (NFD) still matches;
* any run of whitespace matches any run (the parser joined hard-wrapped lines with one space);
* a hyphen at a line break as the file writes it ("prom-⏎ised", "prom- ised", "KI- Machtkampf")
  matches the joined canonical text ("promised", "KI-Machtkampf"): the parser drops a line-end
  hyphen before a lower-case continuation unless the article spells the word with it.

`reader annotate --match` uses `find_quote`; the app's `/` search builds the same pattern over
case- and accent-folded text (`reader.core.search`).
"""

from __future__ import annotations

import re

from reader.core.loading import normalise

# Between a word that ends in a hyphen and the next one: the hyphen with any whitespace after
# it, or nothing at all (the parser joined "prom-\nised" into "promised").
_LINE_END_HYPHEN = r"(?:-\s*)?"


def normalise_query(query: str) -> str:
    """The query in the form the article text is in (see `reader.core.loading.normalise`)."""
    return normalise(query)


def quote_pattern(query: str) -> re.Pattern[str] | None:
    """The regex that finds `query` (already normalised, and folded for search), or None if blank.

    Words are matched literally; whitespace between them matches any whitespace, and a word
    ending in a hyphen after a letter or digit may also be joined to the next one.
    """
    words = query.split()
    if not words:
        return None
    parts: list[str] = []
    for word, following in zip(words, [*words[1:], None], strict=True):
        if following is None:
            parts.append(re.escape(word))
        elif len(word) >= 2 and word[-1] == "-" and word[-2].isalnum():
            parts.append(re.escape(word[:-1]) + _LINE_END_HYPHEN)
        else:
            parts.append(re.escape(word) + r"\s+")
    return re.compile("".join(parts))


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every non-overlapping place `quote` occurs in `text`, as `[start, end)` offsets."""
    pattern = quote_pattern(normalise_query(quote))
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]
