"""A hyphen at the end of a hard-wrapped line: the word's own hyphen, or a typesetter's break?

"prom-⏎ised" is one word broken by a typesetter ("promised"); "KI-⏎Machtkampf" and "long-⏎term"
keep their hyphen; "Kinder-⏎und Jugendhilfe" is a suspended compound ("Kinder- und"). The article
itself is the best witness: a hyphenated form written elsewhere in it ("prom-ised" inside a line)
keeps the hyphen, a joined form written elsewhere ("cooperate") drops it. Without a witness:

* an upper-case continuation, a one-letter or all-capitals first part ("e-⏎mail", "US-⏎amerikanisch")
  or a continuation that is not a letter ("COVID-⏎19") keeps the hyphen: typesetters do not break
  there;
* a first part from `KEEP_PREFIXES` (self-, well-, non-, co-, anti-, long- ...) keeps it, unless
  the continuation is a plain suffix ("self-⏎ish", "long-⏎er"): these prefixes are hyphenated in
  news copy far more often than they are syllables;
* everything else joins ("prom-⏎ised" -> "promised"), including ex-, pre-, pro-, re- and post-,
  which begin many unhyphenated words ("ex-⏎pected", "pre-⏎vious", "re-⏎ceived").

Witnesses are read lazily, once per article, so the cost stays linear in the text size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

KEEP_PREFIXES = frozenset(
    """
    self well ill non co anti half semi quasi pseudo cross long short high low full left right far
    """.split()
)
# a continuation that only makes the prefix a longer word: "self-ish", "long-er", "well-ness"
PLAIN_SUFFIXES = frozenset("er ers est ly ish ness less ing ings ed es s age ful ment hood".split())
# "Kinder-⏎und Jugendhilfe", "pre-⏎and post-war": the hyphen stands for a word's second part
SUSPENDING = frozenset(("und", "oder", "bzw", "sowie", "and"))

_LETTERS = r"[^\W\d_]+"
_INNER_HYPHEN = re.compile(r"-(?=[^\W\d_])")  # "long-term" inside a line, not "long-\nterm"
_LETTERS_BEFORE = re.compile(rf"{_LETTERS}\Z")
_WORD = re.compile(_LETTERS)
_LAST_PART = re.compile(rf"(?<![^\W\d_])({_LETTERS})-\Z")
_FIRST_PART = re.compile(_LETTERS)
_WINDOW = 64  # letters looked at before a hyphen: longer runs are not words


class Spelling:
    """What an article writes itself: hyphenated word pairs and whole words, casefolded."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = list(texts)

    @cached_property
    def hyphenated(self) -> frozenset[tuple[str, str]]:
        """("long", "term") for every "long-term" written inside a line (not at a line end)."""
        pairs: set[tuple[str, str]] = set()
        for text in self._texts:  # find the hyphens first: a letter-by-letter scan costs 50x more
            for m in _INNER_HYPHEN.finditer(text):
                at = m.start()
                left = _LETTERS_BEFORE.search(text, max(0, at - _WINDOW), at)
                right = _FIRST_PART.match(text, at + 1)
                if left is not None and right is not None:
                    pairs.add((left.group().casefold(), right.group().casefold()))
        return frozenset(pairs)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word, casefolded; built only when a prefix's hyphen needs a witness."""
        return frozenset(w for text in self._texts for w in _WORD.findall(text.casefold()))


def line_end_join(line: str, following: str, spelling: Spelling | None) -> str:
    """What joins `line` (ending in a hyphen after a letter) to the next line of its paragraph.

    "-" keeps the hyphen, "" drops it (one word), "- " keeps it and a space (suspended compound).
    """
    last = _LAST_PART.search(line, max(0, len(line) - _WINDOW))
    first = _FIRST_PART.match(following)
    if last is None or first is None:  # "x2-⏎…", "COVID-⏎19": nothing to decide
        return "-"
    left, right = last.group(1), first.group()
    if right[0].isupper():
        return "-"
    if right.casefold() in SUSPENDING:
        return "- "
    if len(left) == 1 or left.isupper():
        return "-"
    pair = (left.casefold(), right.casefold())
    if spelling is not None:
        if pair in spelling.hyphenated:
            return "-"
        if pair[0] in KEEP_PREFIXES and pair[0] + pair[1] in spelling.words:
            return ""
    if pair[0] in KEEP_PREFIXES and pair[1] not in PLAIN_SUFFIXES:
        return "-"
    return ""
