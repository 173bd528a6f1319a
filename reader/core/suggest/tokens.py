"""The words of a phrase as the name finders read them: tokens with offsets (quoted strings,
words, punctuation; whether a word opens its sentence), the `NameHit` a finder returns, and the
few word forms every finder asks about (an English plural's singular, a German adjective)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# the capital and the small letters names are written with, for character classes
# ("[" + CAPITALS + "]"): A–Z, a–z and ß, Latin-1's letters and Latin Extended-A's, listed one by
# one because that block alternates the cases (a range "Ā-Ž" holds both): „Ástríður“, „Şenay“
CAPITALS = "A-ZÄÖÜÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
SMALL = "a-zäöüßà-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"

_TOKEN = re.compile(
    r"(?P<quoted>[„“”\"»«‚‘][^„“”\"»«‚‘’\n]{1,60}[“”\"«»‘’])"
    r"|(?P<word>(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Sgt|Capt|Hr|Fr|St|Cllr|Jr|Sr)\.|["
    + CAPITALS
    + r"]\.(?=[\s,;)])"
    r"|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\w[\w'’.&\-]*\w(?:(?<=s)['’](?!\w))?|\w)"
    r"|(?P<punct>[^\w\s])"
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\n])[\s\"“„»«‘'(\-–—]*$")
POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# a part of a month, before the month's name: „Mitte Januar“ is a time, not part of a name
PARTS_OF_MONTH = frozenset({"Mitte", "Anfang", "Ende"})
ACRONYM = re.compile(f"^[{CAPITALS}][{CAPITALS}0-9&\\-]{{1,7}}$")
ADJECTIVE = re.compile(r"(?:e|er|en|es|em)$")  # a German adjective's ending: „benachbarten“


@dataclass(frozen=True, slots=True)
class NameHit:
    text: str
    start: int  # offsets into the text the caller passed (plus its `base`)
    end: int
    kind: str  # "name", "quoted", "descriptive", "pronoun", "age" or "partitive"
    person: bool = False  # introduced as a person: a first name, a title, a role, an age


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str  # "quoted", "word", "punct"
    initial: bool = False  # opens its sentence

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()

    @property
    def fold(self) -> str:
        return self.text.casefold()


def singular(word: str) -> str:
    """An English plural's singular, roughly: "companies" → "company", "officials" → "official"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def attributive(tok: Tok, nxt: Tok | None) -> bool:
    """A German adjective before its noun („Ein langjähriger Tierpfleger“): no verb, so no
    clause of its own."""
    return nxt is not None and nxt.cap and bool(ADJECTIVE.search(tok.fold))


def tokens(text: str, start: int, end: int) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        initial = kind == "word" and bool(
            _SENTENCE_OPEN.search(text, max(0, m.start() - 6), m.start())
        )
        out.append(Tok(m.group(), m.start(), m.end(), kind, initial))
    return out


# a lower-case letter of any alphabet (the last letter of „Demirtaş“), and a forename of such
# letters, perhaps double („Klaus-Dieter“): the pieces every name pattern is built from
LOWER = rf"[^\W\d_{CAPITALS}]"
# a Korean or Chinese given name's second syllable, romanised in lower case: „Ha-eun“, „Dong-hyun“,
# „Siu-ming“ (never "owner" of „Co-owner“ or "half" of „Fly-half“)
_SYLLABLE = r"[bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|[nmklpt])?"
FORENAME = rf"[{CAPITALS}]{LOWER}+(?:-[{CAPITALS}]{LOWER}+|-{_SYLLABLE}(?![\w\-]))?"


@cache
def first_names() -> dict[str, str]:
    """First name → "f", "m" or "" (either), from `rules/first_names.json`."""
    folder = resources.files("reader.core.suggest").joinpath("rules")
    data = json.loads(folder.joinpath("first_names.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for key, gender in (("either", ""), ("female", "f"), ("male", "m")):
        for name in data.get(key, ()):
            out[name] = gender
    return out
