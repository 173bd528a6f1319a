"""Suggestion rules as data: one JSON file per language in `rules/`, loaded and compiled once.

A rules file holds a `lexicon` (word lists: reporting verbs, titles, pronouns, ...) and a list of
`rules`. Each rule has an `id` ("de.claim.laut"), a `tag` (claim / quote / speculation), a `kind`
that names the engine's matcher, a one-line `description`, and `examples` (positive and negative)
that the tests run. Cue rules give either `cues` (a word list, matched on word boundaries, the
first letter in either case unless `"case": "exact"`) or a `pattern`: a regular expression whose
`(?P<cue>...)` group marks the cue (else the whole match does) and whose `(?P<src>...)` group, if
any, holds the cited source. Patterns may use these placeholders, filled from the lexicon:

    {RV}        a reporting verb (lexicon "reporting_verbs")
    {RV_THAT}   a verb that reports only when "that" follows (lexicon "reporting_verbs_that")
    {WIE_VERBS} a verb after "wie X ..." (lexicon "wie_verbs")
    {NP}        a name phrase: optional determiner, then a quoted name or capitalised words
    {START}     the start of a sentence (of a block, of a line, or after ". ", "! ", "? ")
    {PRON}      a speaker pronoun (lexicon "pronouns")
    {L:name}    any word or phrase of the lexicon list `name` ("future_time", "event_verbs")
    {CAP}       inside a character class, the capital letters of names (`tokens.CAPITALS`);
    {SMALL}     likewise the small letters: "[{CAP}][{SMALL}]+" is a capitalised word

A pattern that opens with a name phrase may give `params.anchor`, a word it must contain
("zufolge", or a lexicon list: "\\b{L:event_verbs}\\b"); it then runs only around that word,
which keeps a long article fast.
Cue rules for quotes and speculation never read a subheading (a heading that is not right under
the title); claim rules do ("Union calls for review", „Handel warnt vor Bürokratie“).
`params.keeps_claim` marks a speculation rule whose sentences stay claims as well (a plan, a
schedule, an announced act: "Eine Entscheidung soll im Herbst fallen." is both), so the check-worthy
rule does not take them for hedged statements.
`params.points_back` (default 1): how many sentences before "Das geht aus … hervor" the pointer
sentence attributes (it is no claim of its own). `params.pointer` says whether a claim rule's
sentence only points back like that, where its opening does not show it („So steht es …“):
true, false, or the name of a pattern group that marks it when it takes part.
`params.also_before` gives the sentence before the same source while the rule's own sentence
stays a claim ("Those figures come from X": the figures just given are X's). A subject rule's
verb is its `verb` group (or `verb2`, `verb3`, … in other alternatives); an alternative may name
its cue `cue2`.
`params.hearsay` marks a rule whose cue says nobody named stands behind the sentence ("it is
understood", "reportedly"): when it opens the sentence, a source a later cue names is not its.
`params.reporting_clause` marks a cue that is a verb of saying, in one piece or two („…, sagte
die Kammer“, „teilte … mit“): after a comma, verb first, its speaker stands behind the whole
sentence, and inside an interview's answer it keeps its own speaker.
`params.opening_subject` marks a subject rule whose speaker is the proper name that opens the
sentence, whatever stands between it and the cue ("Wrayburn Ales shut the inn …, saying …").
`unless` patterns veto a cue when one of their matches (in the cue's sentence) covers the cue.
`patterns` holds further named lists of expressions a matcher needs (a quote rule's reporting
clauses, the Konjunktiv rule's context), with the same placeholders.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from reader.core.annotation import TAGS
from reader.core.suggest.tokens import CAPITALS, PARTS_OF_MONTH, SMALL

KINDS = ("quote", "cue", "konjunktiv", "checkworthy")
LANGUAGES = ("de", "en")

# A capitalised word (Latin letters with their accented capitals), a domain-like word ("t3n",
# "de.qz.com"), or a quoted name of at most eight words.
CAP_WORD = r"(?:Dr|Prof|Dipl)\.|[" + CAPITALS + r"][\w&'’.\-]*\w|[" + CAPITALS + "]"
# „Wasserstraßen- und Schifffahrtsamt“: two words sharing the head of the second
ELIDED_WORDS = r"[" + CAPITALS + r"][\w\-]*-\s+(?:und|oder)\s+[" + CAPITALS + r"][\w&'’.\-]*\w"
# (not a number with a thousands' point or a date: „nach Angaben des Festwirts 1.500 Menschen“)
DOMAIN_WORD = r"(?![\d.]+\b)\w[\w\-]*(?:\.[\w\-]+)+"
QUOTED_NAME = r"[„“”\"»«‚‘][^„“”\"»«‚‘’\n]{1,60}[“”\"«»‘’]"
QUOTE_CHARS = '„“”"»«‚‘’'


@dataclass(frozen=True)
class Example:
    text: str
    span: str | None = None  # the suggestion's text, when the example pins it
    attribution: str | None = None  # the expected attribution, when pinned


@dataclass(frozen=True)
class Rule:
    id: str
    lang: str
    tag: str
    kind: str
    description: str
    pattern: re.Pattern[str] | None = None
    unless: tuple[re.Pattern[str], ...] = ()
    span: str = "sentence"  # "sentence" or "clause" (the clause the cue governs)
    source: str = "none"  # "group" (the src group), "subject" (the reporting verb's), "none"
    outside_quotes: bool = False  # ignore cues inside a direct quotation
    skip_quote_clause: bool = False  # ignore a cue that is the reporting clause of a quote
    params: dict[str, Any] = field(default_factory=dict)
    patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    positive: tuple[Example, ...] = ()
    negative: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    lang: str
    lexicon: dict[str, tuple[str, ...]]
    rules: tuple[Rule, ...]
    _sets: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def words(self, name: str) -> frozenset[str]:
        """A lexicon list as a casefolded set (made once: passes ask per quote and per clause)."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(w.casefold() for w in self.lexicon.get(name, ()))
        return found


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words/phrases, longest first (spaces match any whitespace)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _either_case(word: str) -> str:
    first = word[0]
    if first.lower() != first.upper():
        return f"[{first.upper()}{first.lower()}]" + re.escape(word[1:]).replace(r"\ ", r"\s+")
    return re.escape(word).replace(r"\ ", r"\s+")


def _placeholders(lexicon: dict[str, tuple[str, ...]]) -> dict[str, str]:
    determiners = _alternation(lexicon.get("determiners", ()))
    # words that join a name's parts: particles ("von"), and in an institution's name "der",
    # "für" ("Bund der Steuerzahler", "Landesamt für Naturschutz")
    particles = _alternation(
        tuple(lexicon.get("name_particles", ()) or ("von",)) + tuple(lexicon.get("org_links", ()))
    )
    name = rf"(?:{QUOTED_NAME}|{DOMAIN_WORD}|{ELIDED_WORDS}|{CAP_WORD})"
    # German puts adjectives between the article and a body's kind and name: „des privaten
    # Wetterdienstes Meteo Nordwest“, „der belgischen Zeitung „Het Koersblad““ (not „der
    # zuständigen Behörde“ alone: a kind is no name)
    endings = _alternation(lexicon.get("adjective_endings", ()))
    adjectives = rf"(?:[{SMALL}]{{3,}}(?:{endings})\s+){{0,2}}" if endings else ""
    # a time after a name is no part of it: „des Landkreises Wiebenhagen Anfang der 1960er-Jahre“
    months = _alternation(lexicon.get("months", ()))
    after = rf"(?:der|des{f'|{months}' if months else ''})\b|\d"  # „Anfang 2027“ too
    time = rf"(?!(?:{'|'.join(sorted(PARTS_OF_MONTH))})\s+(?:{after}))"
    np = (
        rf"(?:(?:{determiners})\s+{adjectives}(?={name}\s+{name})|(?:{determiners})\s+)?{name}"
        rf"(?:\s+(?:(?:{particles})\s+)?{time}{name})*"
    )
    lists = {f"L:{name}": _alternation(words) or "(?!)" for name, words in lexicon.items()}
    return lists | {
        "RV": _alternation(lexicon.get("reporting_verbs", ())) or "(?!)",
        "RV_THAT": _alternation(lexicon.get("reporting_verbs_that", ())) or "(?!)",
        "WIE_VERBS": _alternation(lexicon.get("wie_verbs", ())) or "(?!)",
        "PRON": _alternation(lexicon.get("pronouns", ())) or "(?!)",
        "NP": np,
        # a sentence's start: the block's (a rule runs over one block at a time, where "^" alone
        # matches only at the article's first character), a line's, or after a full stop
        "START": r"^|(?<=\n)|(?<=[.!?]\s)",
    }


# placeholders that stand inside a character class, so are put in without a group around them
_LETTERS = {"CAP": CAPITALS, "SMALL": SMALL}


def _fill(pattern: str, values: dict[str, str]) -> str:
    return re.sub(
        r"\{([A-Z_]+|L:[a-z_]+)\}",
        lambda m: _LETTERS.get(m.group(1)) or f"(?:{values[m.group(1)]})",
        pattern,
    )


def _example(item: str | dict[str, Any]) -> Example:
    if isinstance(item, str):
        return Example(item)
    return Example(item["text"], item.get("span"), item.get("attribution"))


def _rule(lang: str, data: dict[str, Any], values: dict[str, str]) -> Rule:
    rid = data["id"]
    if not rid.startswith(f"{lang}."):
        raise ValueError(f"rule {rid!r} is in the {lang!r} rules file")
    if data["tag"] not in TAGS:
        raise ValueError(f"rule {rid!r}: unknown tag {data['tag']!r}")
    if data["kind"] not in KINDS:
        raise ValueError(f"rule {rid!r}: unknown kind {data['kind']!r}")
    pattern: re.Pattern[str] | None = None
    if "pattern" in data:
        pattern = re.compile(_fill(data["pattern"], values))
    elif "cues" in data:
        cues = data["cues"]
        body = (
            _alternation(cues)
            if data.get("case") == "exact"
            else "|".join(_either_case(c) for c in sorted(set(cues), key=lambda w: (-len(w), w)))
        )
        pattern = re.compile(rf"\b(?P<cue>{body})\b")
    elif data["kind"] == "cue":
        raise ValueError(f"rule {rid!r}: a cue rule needs 'cues' or 'pattern'")
    examples = data.get("examples", {})
    known = {
        "id",
        "tag",
        "kind",
        "description",
        "pattern",
        "cues",
        "case",
        "unless",
        "span",
        "source",
        "outside_quotes",
        "skip_quote_clause",
        "params",
        "patterns",
        "examples",
    }
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"rule {rid!r}: unknown keys {sorted(unknown)}")
    return Rule(
        id=rid,
        lang=lang,
        tag=data["tag"],
        kind=data["kind"],
        description=data["description"],
        pattern=pattern,
        unless=tuple(re.compile(_fill(u, values)) for u in data.get("unless", ())),
        span=data.get("span", "sentence"),
        source=data.get("source", "none"),
        outside_quotes=bool(data.get("outside_quotes", False)),
        skip_quote_clause=bool(data.get("skip_quote_clause", False)),
        params={  # an anchor may name a lexicon list too: {L:event_verbs}
            k: _fill(v, values) if isinstance(v, str) else v
            for k, v in data.get("params", {}).items()
        },
        patterns={
            name: tuple(re.compile(_fill(p, values)) for p in items)
            for name, items in data.get("patterns", {}).items()
        },
        positive=tuple(_example(e) for e in examples.get("positive", ())),
        negative=tuple(examples.get("negative", ())),
    )


@cache
def load_ruleset(lang: str) -> RuleSet:
    """The shipped rules for `lang` ("de" or "en"), compiled; KeyError for other languages."""
    if lang not in LANGUAGES:
        raise KeyError(lang)
    folder = resources.files("reader.core.suggest").joinpath("rules")
    data = json.loads(folder.joinpath(f"{lang}.json").read_text("utf-8"))
    if data.get("lang") != lang:
        raise ValueError(f"rules/{lang}.json says its language is {data.get('lang')!r}")
    lexicon = {k: tuple(v) for k, v in data.get("lexicon", {}).items()}
    values = _placeholders(lexicon)
    rules = tuple(_rule(lang, r, values) for r in data["rules"])
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{lang}: duplicate rule ids")
    return RuleSet(lang=lang, lexicon=lexicon, rules=rules)


def rulesets_for(lang: str | None) -> tuple[RuleSet, ...]:
    """The rule sets an article in `lang` uses: its own, both for "und", none for others."""
    code = (lang or "und").split("-")[0].split("_")[0].casefold()
    if code in LANGUAGES:
        return (load_ruleset(code),)
    if code in ("und", ""):
        return tuple(load_ruleset(code) for code in LANGUAGES)
    return ()


def all_rules() -> tuple[Rule, ...]:
    return tuple(r for code in LANGUAGES for r in load_ruleset(code).rules)
