"""Suggestions: quotes, attributed claims and hedges found by rules, and the sources an article cites.

`suggest(article)` returns `Suggestion`s, `sources(article)` returns `Source`s; both come from one
pass (`analyse`) that is cached per article version and language. The pass:

1. finds paired quotations block by block, and the speaker of each from its reporting clause;
2. runs every cue rule of the article's rule sets block by block (`pattern.finditer` bounded to the
   block), mapping each cue to the sentence (or clause) it governs through the Article's own
   sentence API, and finds the cited source;
3. finds Konjunktiv I forms with a reporting verb in the sentence or the one before;
4. resolves speaker pronouns ("sagte sie", "she said") to the last person named as a source in
   the same or the previous block, and surnames to the one full name that ends with them;
5. merges suggestions with the same tag and span, and groups the sources.

Everything is offsets into `article.text`. Sentences are only segmented for blocks that hold a
cue, and no step is worse than linear in the text, so a 50,000-word article takes a fraction of a
second.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Any

from reader.core.annotation import TAGS
from reader.core.article import NON_ARTICLE_KINDS, Article, Sentence
from reader.core.suggest.mentions import People
from reader.core.suggest.names import NameHit, Namer
from reader.core.suggest.quotes import QuotePair, find_quotes
from reader.core.suggest.ruleset import Rule, RuleSet, rulesets_for

_WORD = re.compile(r"\w+")
# the end of a reporting clause: a sentence mark (not the dot of "Dr.", "Prof.", an initial or a
# date), or a quotation mark
_CLAUSE_END = re.compile(
    r"(?<!\bDr)(?<!\bProf)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\s[A-ZÄÖÜ])(?<!\d)\."
    r"|[!?;]|[„“”\"»«]"
)
# a sentence that attributes the one before it: "Das teilte die Stadtverwaltung mit.", "This was
# confirmed by the council.", „Zu diesem Ergebnis kommt das Institut …“
_POINTS_BACK = re.compile(
    r"\s*(?:Das|Dies|That|This|Zu\s+diese[mr]\s+(?:Ergebnis|Schlu(?:ss|ß)|Einschätzung|Befund))\s+$"
)
# a hedge that qualifies a noun, not the sentence: "mutmaßlichen Abrechnungsbetrug", "alleged fraud"
_ATTRIBUTIVE = re.compile(r"(?:mutmaßlich|angeblich|vermeintlich)e[mnrs]?$|alleged$|suspected$")
_DATELINE_ONLY = re.compile(
    r"\s*[A-ZÄÖÜ][\w\-]+(?:\s[A-ZÄÖÜ][\w\-]+)?,\s+(?:\d{1,2}\.?\s+[A-ZÄÖÜ]\w+|[A-Z]\w+\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\.?\s*"
)
_DOCUMENT_BY = re.compile(
    r"\b(?P<doc>[A-Za-zÄÖÜäöüß\-]+)\b,?\s+(?:(?:published|commissioned|written|released|produced|"
    r"veröffentlicht\w*)\s+)?(?:on\s+\w+\s+)?(?:by|from|des|der|vom|von)\s+(?P<src>\S)"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:er|sie|he|she)\b")
_INTERVIEW_CREDIT = re.compile(
    r"(?:Das\s+Gespräch\s+führte|Das\s+Interview\s+führte|Interview:|Interview\s+by)\b"
)
# "a spokeswoman for …", „ein Sprecher des …“: the role and the word that links it to its body
_SPOKESPERSON_FOR = re.compile(
    r"(?i:an?|the|ein(?:e[mnrs]?)?|der|die|dem|den)\s+(?P<noun>[\wÄÖÜäöüß]+)\s+"
    r"(?i:for|of|at|des|der|vom|von|beim)\s+"
)
# a reporting clause that holds more of the sentence before its comma: the quote sat inside it
_RUNS_ON_AFTER_QUOTE = re.compile(r"\s+(?P<first>[a-zäöüß][\w’'\-]*)(?:\s+[\w’'\-]+)+?\s*,")
_APPOSITION_NAME = re.compile(r",\s+(?P<name>[A-ZÄÖÜ][\w\-]+\s+[A-ZÄÖÜ][\w'’\-]+),\s*$")
_OBJECT_BEFORE = re.compile(r"\b(?:den|einen|dem|einem)\s+$", re.IGNORECASE)
_OBJECT_CASE = re.compile(r"(?:den|einen|dem|einem|ihn|ihm|ihnen)\b", re.IGNORECASE)
_KIND_AFTER = re.compile(r"(?i:the|its|des|der|dem|vom|beim)?\s*(?P<kind>[\w\-]+)\b(?!\s+[A-ZÄÖÜ])")
_EMPHASIS = frozenset(
    {"selbst", "himself", "herself", "itself", "allein", "auch", "jedoch", "aber"}
)
_GENITIVE_LINK = re.compile(r"\b(?:des|eines)\s+$")
# the name of a body that follows: capitalised words, joined by "and", "of", "für", "&", …
_BODY_RUN = re.compile(
    r"(?:(?:the|der|des|die|dem|den)\s+)?[A-ZÄÖÜ][\w'’&.\-]*"
    r"(?:\s+(?:(?:and|of|for|und|für|&|der|des|the)\s+)?[A-ZÄÖÜ][\w'’&.\-]*)*"
)
# the end of a sentence before a position in its block
_SENTENCE_BEFORE = re.compile(r"[.!?:]\s*$")
# the name that opens a sentence: "Streamly will …", "Calder, which …", "Harmon's said"
_OPENING_NAME = re.compile(
    r"[\s\"“‘'(]*(?:The\s+)?(?P<name>(?!The\b)[A-Z][\w’'&\-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'&\-]*){0,3})"
    r"(?=\s+[a-z]|,|['’]s\b)"
)
# bodies whose names hold their kind ("Department for Transport", "Kestrel County Council")
_NAMED_BY_KIND = frozenset(
    {"government", "council", "ministry", "department", "regierung", "ministerium", "gemeinde"}
)
# the sentence that opens with a name near "the channel" is often about one of its shows
_MEDIA_NOUNS = frozenset({"channel", "broadcaster", "network", "publisher"})
_COMPANY_MARKS = frozenset({"Inc", "Ltd", "LLC", "PLC", "plc", "Corp", "Co", "Group", "Holdings"})
# a sentence that opens with a person by role: „Ihr Sohn verfolgte …“, "The defendant …"
_ROLE_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:Der|Die|Ihr|Ihre|Sein|Seine|The|His|Her|Their)\s+(?P<noun>[\wÄÖÜäöüß]+)\b"
)
_FEMININE = (
    "frau",
    "mutter",
    "tochter",
    "schwester",
    "witwe",
    "oma",
    "woman",
    "mother",
    "daughter",
    "wife",
    "sister",
    "widow",
    "grandmother",
    "girlfriend",
    "fiancée",
    "actress",
)
_MASCULINE = (
    "mann",
    "vater",
    "sohn",
    "bruder",
    "opa",
    "man",
    "father",
    "son",
    "husband",
    "brother",
    "widower",
    "grandfather",
    "boyfriend",
    "fiancé",
    "actor",
)
_NEW_SENTENCE = re.compile(r"\s+[A-ZÄÖÜ]")
_INFINITIVE_BEFORE = re.compile(r"\b(?:nicht|zu|kein|nichts)\s+$")
_PRONOUN_AFTER = re.compile(r"\s+(?:er|sie|es|man)\b")  # „lehnte er ab“: the subject follows
_OWN = re.compile(r"\beigene[nr]?\b")
# "nach ihren Berechnungen", "its figures": the person or body named before
_POSSESSIVE_DET = re.compile(
    r"\b(?:[Ii]hren|[Ii]hrer|[Ii]hres|[Ss]einen|[Ss]einer|[Ss]eines|deren|dessen|[Ii]ts|[Tt]heir)\b"
)
_COMPOUND_SPOKESPERSON = re.compile(
    r"(?P<body>[a-zäöüß]{4,}?)(?:pressesprecher|sprecher)(?:in)?(?:s|nen)?$"
)
_POSSESSIVE_AFTER = re.compile(r"\s+(?P<det>ihres|ihrer|seines|seiner|its|their)\b")
# a sentence that opens with a body by its kind: "The council …", „Die Stadt …“
_BODY_OPENING = re.compile(r"\s*(?:The|Die|Der|Das)\s+(?P<head>[A-Za-zÄÖÜäöüß\-]+)")
_COMPOUND_SOURCE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,}?)s?(?:angaben|informationen|kreisen)\b")
_PROPER = re.compile(r"(?<=[\w,;)] )[A-Z][\w'’\-]*")  # capitalised inside a sentence
_THAT = re.compile(r"\b(?:that|dass)$")
_GAP = re.compile(r"[,]?\s*[,–—]?\s*")  # between a closing mark and its reporting clause
# bodies the article names: (start, block, name), in text order
_Orgs = list[tuple[int, int, str]]
_GAP_WORD = re.compile(r"[^\s.;:!?„“”\"»«]+\s+")
_TAG_ORDER = {t: i for i, t in enumerate(TAGS)}
_OPENERS = "„“»«‚‘\"'"
WINDOW = 400  # how far a clause boundary is looked for on either side of a cue
VETO_WINDOW = 120  # how far an `unless` expression may reach around its cue


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span a rule proposes for an annotation; `why` and the cue show why it fired."""

    tag: str  # claim / quote / speculation
    rule: str  # the rule id, e.g. "de.claim.laut"
    start: int  # [start, end) in article.text
    end: int
    text: str  # article.text[start:end]
    attribution: str | None  # who the passage is attributed to, when the text says so
    cue_start: int  # the words that made the rule fire (for a quote: its marks)
    cue_end: int
    why: str  # a one-line explanation: the cue, the source, how the speaker was found

    def to_json(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "attribution": self.attribution,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Someone (or something) the article cites, with every place it is cited."""

    name: str
    count: int
    mentions: tuple[tuple[int, int], ...]  # [start, end) of each citing mention
    aliases: tuple[
        str, ...
    ] = ()  # the other names merged into this one ("Feldkamp", "the council")
    suggestions: tuple[int, ...] = ()  # indexes into the analysis' suggestions attributed to it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "count": self.count,
            "mentions": [{"start": s, "end": e} for s, e in self.mentions],
            "aliases": list(self.aliases),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    suggestions: tuple[Suggestion, ...]
    sources: tuple[Source, ...]


# --- internal records ------------------------------------------------------------------------


@dataclass(eq=False)
class _Attr:
    """A name or pronoun the text attributes something to, at absolute offsets."""

    hit: NameHit
    block: int
    namer: Namer
    resolved: str | None = None
    note: str = ""

    @property
    def phrase(self) -> str:
        """Who it stands for so far: its resolution, else its own words."""
        return self.hit.text if self.resolved is None else self.resolved

    @property
    def person(self) -> bool:
        return self.hit.kind in ("name", "age") and (
            self.hit.person or self.namer.is_person(self.hit.text)
        )


@dataclass(eq=False)
class _Quote:
    pair: QuotePair  # absolute offsets
    block: int
    rule: Rule
    words: int
    attr: _Attr | None = None
    clause: tuple[int, int] | None = None  # the reporting clause, when it is one
    how: str = ""


@dataclass(eq=False)
class _Candidate:
    rule: Rule
    start: int
    end: int
    cue_start: int
    cue_end: int
    why: str
    attr: _Attr | None = None
    inherited: bool = False  # the source is the previous sentence's speaker


class _Spans:
    """Sorted, non-overlapping spans with a fast "which one holds this offset?"."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start

    def holding(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None


# --- the pass ----------------------------------------------------------------------------------


class _Pass:
    def __init__(self, article: Article, rulesets: tuple[RuleSet, ...]) -> None:
        self.article = article
        self.text = article.text
        self.rulesets = rulesets
        proper = frozenset(
            m.group().removesuffix("'s").removesuffix("’s") for m in _PROPER.finditer(self.text)
        )
        self.namers = {rs.lang: Namer(rs, proper) for rs in rulesets}
        self.quotes: list[_Quote] = []
        self.pairs: dict[int, list[QuotePair]] = {}  # block -> all quote pairs (absolute)
        self.candidates: list[_Candidate] = []
        self.attrs: list[_Attr] = []
        self._starts: dict[int, list[int]] = {}
        self._contexts: dict[tuple[str, int], re.Match[str] | None] = {}
        self._pointers: set[int] = set()  # starts of "Das teilte X mit." sentences
        self._lower: set[str] | None = None  # the words the article writes in lower case
        self._words: set[str] | None = None
        self._saying: dict[str, re.Pattern[str]] = {}
        self._orgs: _Orgs | None = None  # the bodies the article names, once resolve() has run
        self._in_full: dict[tuple[str, str], str] = {}  # _body_in_full's answers
        self._forename_tests: dict[str, Callable[[str], bool]] = {}

    # helpers -----------------------------------------------------------------------------------
    def _sentence_obj(self, offset: int) -> Sentence:
        """The Article's sentence holding `offset` (bisect over the block's cached sentences)."""
        bi = self.article.block_index_at(offset)
        starts = self._starts.get(bi)
        if starts is None:
            starts = self._starts[bi] = [x.start for x in self.article.block_sentences(bi)]
        sentences = self.article.block_sentences(bi)
        i = max(0, bisect_right(starts, offset) - 1)
        if offset >= sentences[i].end and i + 1 < len(sentences):
            i += 1
        return sentences[i]

    def _sentence(self, offset: int) -> tuple[int, int]:
        s = self._sentence_obj(offset)
        return s.start, s.end

    def _attr(self, hit: NameHit | None, block: int, namer: Namer) -> _Attr | None:
        if hit is None:
            return None
        attr = _Attr(hit, block, namer)
        self.attrs.append(attr)
        return attr

    def _in_question_or_quotation(self, rule: Rule, offset: int) -> bool:
        """A cue in a question asserts nothing; a hedge inside a quotation that opens its sentence
        is the speaker's (the quote is the suggestion), unlike a quoted fragment in reported
        speech ("the schedule “may slip”")."""
        lo, hi = self._sentence(offset)
        if self.text[lo:hi].rstrip(" \"“”»«’'").endswith("?"):
            return True
        if rule.tag != "speculation":
            return False
        pair = self._quote_spans.holding(offset)
        if pair is None:
            return False
        block = self.article.blocks[self.article.block_index_at(offset)]
        return pair[0] == block.start or any(
            pair[0] == s.start
            for s in self.article.block_sentences(self.article.block_index_at(block.start))
        )

    def _inside_quote(self, offset: int) -> bool:
        return self._quote_spans.holding(offset) is not None

    def _clause(self, rs: RuleSet, lo: int, hi: int, cue: int) -> tuple[int, int]:
        """The clause of sentence [lo, hi) holding `cue`: split at ";", dashes and ", and"."""
        splitter = _splitter(rs)
        start, end = lo, hi
        for m in splitter.finditer(self.text, max(lo, cue - WINDOW), cue):
            if not self._inside_quote(m.start()):
                start = m.end()
        for m in splitter.finditer(self.text, cue, min(hi, cue + WINDOW)):
            if not self._inside_quote(m.start()):
                end = m.start()
                break
        if len(_WORD.findall(self.text, start, end)) < 4:
            return lo, hi
        return start, end

    # 1. quotes ---------------------------------------------------------------------------------
    def find_quotes(self) -> None:
        all_pairs: list[tuple[int, int]] = []
        quote_rules = [(rs, r) for rs in self.rulesets for r in rs.rules if r.kind == "quote"]
        pairs_option = quote_rules[0][1].params.get("pairs") if quote_rules else None
        for bi, block in enumerate(self.article.blocks):
            if block.kind in NON_ARTICLE_KINDS:
                self.pairs[bi] = []
                continue
            after = self.article.blocks[bi + 1] if bi + 1 < len(self.article.blocks) else None
            runs_on = after is not None and after.text[:1] in _OPENERS
            found = [
                QuotePair(block.start + p.start, block.start + p.end)
                for p in find_quotes(block.text, pairs_option, runs_on)
            ]
            self.pairs[bi] = found
            all_pairs.extend((p.start, p.end) for p in found)
        self._quote_spans = _Spans(all_pairs)
        clauses: list[tuple[int, int]] = []
        for bi, found in self.pairs.items():
            previous_end = self.article.blocks[bi].start
            for p in found:
                words = len(_WORD.findall(self.text, p.start + 1, p.end - 1))
                if self._is_title(p, quote_rules[0][0] if quote_rules else None):
                    continue  # a film, a book, a song: no quotation
                chosen: _Quote | None = None
                for rs, rule in quote_rules:
                    q = _Quote(p, bi, rule, words)
                    self._speaker(q, rs, self.namers[rs.lang], previous_end)
                    if chosen is None or (chosen.attr is None and q.attr is not None):
                        chosen = q
                if chosen is not None:
                    embedded = (
                        _RUNS_ON_AFTER_QUOTE.match(self.text, chosen.clause[0], chosen.clause[1])
                        if chosen.clause
                        else None
                    )
                    if embedded is not None and embedded.group("first").casefold() in (
                        self.rulesets[0].words("reporting_verbs")
                    ):
                        embedded = None  # '"…," said BillCheck's head of telecoms, Martin Leary'
                    if chosen.clause and embedded is None:
                        # even a short quote's "he said" is no reported speech — unless the
                        # sentence runs on after the quote ('He had "genuinely intended" to
                        # finish the work, Rhys Evans told the court'): then it is the claim's
                        clauses.append(chosen.clause)
                    # a short quotation is a statement when it is a sentence of its own with
                    # a reporting clause („Dazu fehlen Langzeitdaten“, so Voss.), not a phrase
                    # inside a sentence (scare quotes, „schwarzen Tag“)
                    before = self.text[self.article.blocks[bi].start : p.start]
                    standalone = (
                        words >= 3
                        and chosen.attr is not None
                        and chosen.clause is not None
                        and (not before.strip() or _SENTENCE_BEFORE.search(before) is not None)
                    )
                    if standalone or words >= int(chosen.rule.params.get("min_words", 4)):
                        if chosen.attr is not None:
                            self.attrs.append(chosen.attr)
                        self.quotes.append(chosen)
                        previous_end = p.end
        self._clauses = clauses

    def _is_title(self, p: QuotePair, rs: RuleSet | None) -> bool:
        """A title in quotation marks: after "the film", "sein Buch", "album" (within three
        words, no colon between), in parentheses after a name, or, in English, in title case."""
        if rs is None:
            return False
        text = self.text
        inner = text[p.start + 1 : p.end - 1].strip()
        if not inner or inner[-1] in ".,!?;:…":
            return False
        before = text[max(0, p.start - 40) : p.start]
        if before.rstrip().endswith("("):
            return True
        if ":" not in before[-25:]:
            nouns = self._title_nouns(rs)
            words_before = re.findall(r"\w+", before)[-4:]
            for n, w in enumerate(words_before):
                if n == 0 and len(words_before) == 4:
                    continue  # only there to see what comes before the first of the last three
                if w.casefold() in nouns and not (
                    n > 0 and words_before[n - 1].casefold() in _VERB_MARKERS
                ):
                    return True  # "the show", not "would show"
        words = inner.split()
        if "en" in {r.lang for r in self.rulesets} and len(words) >= 2:
            long = [w for w in words if len(w.strip(",:;")) >= 4]
            return bool(long) and words[0][0].isupper() and all(w[0].isupper() for w in long)
        return False

    def _title_nouns(self, rs: RuleSet) -> frozenset[str]:
        found = getattr(self, "_titles_cache", None)
        if found is None:
            found = frozenset().union(*(r.words("title_nouns") for r in self.rulesets))
            self._titles_cache = found
        return found

    def _speaker(self, q: _Quote, rs: RuleSet, namer: Namer, previous_end: int) -> None:
        text = self.text
        block = self.article.blocks[q.block]
        s, e = q.pair.start, q.pair.end
        # after the quote: „…“, sagte X / “…,” said X / “…,” she said — unless the quotation
        # closed its sentence and a new one begins ("… yet." He said further cuts …)
        stop = _CLAUSE_END.search(text, e, block.end)
        hi = stop.start() if stop else block.end
        if text[e - 2 : e - 1] in (".", "!", "?") and _NEW_SENTENCE.match(text, e):
            hi = e
        gap = _GAP.match(text, e, hi)  # (every part of it is optional)
        at = gap.end() if gap else e
        for pattern in q.rule.patterns.get("clause", ()):
            vm = pattern.match(text, at, hi)
            if vm:  # the verb comes first: "said X", "erklärte CEO X", "so X"
                hit = namer.after(text, vm.end("verb"), hi)
                if hit:
                    q.attr = _Attr(hit, q.block, namer)
                    q.clause = (e, hit.end)
                    q.how = f"speaker from “{text[vm.start('verb') : hit.end]}”"
                    return
                continue
            words = at
            for _ in range(7):  # the subject comes first: "she said", "a spokesman for X said"
                wm = _GAP_WORD.match(text, words, hi)
                if not wm:
                    break
                words = wm.end()
                vm = pattern.match(text, words, hi)
                if vm:
                    hit = namer.before(text, vm.start("verb"), at)
                    if hit:
                        q.attr = _Attr(hit, q.block, namer)
                        q.clause = (e, vm.end("verb"))
                        q.how = f"speaker from “{text[at : vm.end('verb')]}”"
                        return
                    break
        # before the quote, in its sentence: "X sagte: „…“", "X sprach von einem „…“"
        lo = max(self._sentence(s)[0], previous_end, block.start)
        before = text[lo:s]
        intro: re.Match[str] | None = None
        for pattern in q.rule.patterns.get("intro", ()):
            for im in pattern.finditer(text, lo, s):
                if intro is None or im.start("verb") > intro.start("verb"):
                    intro = im
        if intro is None:
            return
        vs, ve = intro.span("verb")
        colon = before.rstrip().endswith(":") or not text[ve:s].strip(" ,:")
        hit = namer.before(text, vs, lo) or namer.after(text, ve, s)
        if hit:
            q.attr = _Attr(hit, q.block, namer)
            if colon:
                q.clause = (min(hit.start, vs), s)
            q.how = f"speaker from “{text[min(hit.start, vs) : max(hit.end, ve)]}”"

    # 2. cue rules ------------------------------------------------------------------------------
    def find_cues(self) -> None:
        clauses = _Spans(self._clauses)
        text = self.text
        for rs in self.rulesets:
            namer = self.namers[rs.lang]
            for rule in rs.rules:
                if rule.kind != "cue" or rule.pattern is None:
                    continue
                has_cue = "cue" in rule.pattern.groupindex
                has_src = "src" in rule.pattern.groupindex
                verbs = sorted(g for g in rule.pattern.groupindex if g.startswith("verb"))
                has_cue2 = "cue2" in rule.pattern.groupindex
                for bi, block in enumerate(self.article.blocks):
                    if block.kind in NON_ARTICLE_KINDS or self._subheading(bi):
                        continue
                    for m in _matches(rule, rule.pattern, text, block.start, block.end):
                        cs, ce = m.span("cue") if has_cue and m.group("cue") else m.span()
                        if has_cue2 and m.group("cue2"):
                            cs, ce = m.span("cue2")  # the alternative that names its cue second
                        if rule.outside_quotes and self._inside_quote(cs):
                            continue
                        if rule.tag != "quote" and self._in_question_or_quotation(rule, cs):
                            continue
                        if rule.skip_quote_clause and clauses.holding(cs):
                            continue
                        lo, hi = self._sentence(cs)
                        if self._vetoed(rule, lo, hi, cs, ce):
                            continue
                        start, end = (
                            self._clause(rs, lo, hi, cs) if rule.span == "clause" else (lo, hi)
                        )
                        hit = None
                        own = _own_source(text, cs, ce) if rule.source == "group" else None
                        if own is None and rule.source == "group":
                            follows = _POSSESSIVE_AFTER.match(text, ce)  # „nach Angaben ihres …“
                            if follows:
                                s, e = follows.span("det")
                                own = NameHit(text[s:e], s, e, "possessive")
                        if own is not None and own.kind in ("own", "possessive"):
                            hit = own  # "nach eigenen / ihren Angaben": not the words after it
                        elif rule.source == "group" and has_src and m.group("src"):
                            hit = namer.from_phrase(text, *m.span("src"))
                        elif rule.source == "group":
                            hit = own
                        elif rule.source == "previous":  # "Demnach …": the sentence before's source
                            prev = self.article.sentence_before(self._sentence_obj(lo))
                            if prev is not None:
                                hit = self._document_author(namer, prev.start, prev.end)
                                if hit is None:
                                    carried = self._speaker_of(prev.start, prev.end)
                                    hit = carried.hit if carried is not None else None
                        elif rule.source == "subject":
                            vs, ve = (cs, ce)
                            verb = next((g for g in verbs if m.group(g)), None)
                            if verb is not None:  # "verb", "verb2", …: whichever took part
                                vs, ve = m.span(verb)
                            hit = self._subject(namer, vs, ve, lo, hi, cs, ce)
                        attr = self._attr(hit, bi, namer)
                        why = f"“{text[cs:ce]}”"
                        if hit is not None and hit.kind != "pronoun":
                            why += f", source “{hit.text}”"
                        points_back = (
                            rule.tag == "claim"
                            and _POINTS_BACK.match(text, lo, cs) is not None
                            and self.article.sentence_before(self._sentence_obj(lo)) is not None
                        )
                        if not points_back:  # "Das teilte X mit." says whose the sentence before is
                            self.candidates.append(_Candidate(rule, start, end, cs, ce, why, attr))
                        else:
                            self._pointers.add(lo)
                        if points_back:
                            # "Das teilte die Stadtverwaltung mit.": the sentence before is hers,
                            # and the one before that in the same paragraph, unless a quotation
                            before = self.article.sentence_before(self._sentence_obj(lo))
                            for n in range(int(rule.params.get("points_back", 1))):
                                if before is None or before.block < bi - (1 - n):
                                    break
                                if n and self._inside_quote(before.start + 1):
                                    break
                                self.candidates.append(
                                    _Candidate(
                                        rule,
                                        before.start,
                                        before.end,
                                        cs,
                                        ce,
                                        why + " (in a sentence after it)",
                                        attr,
                                    )
                                )
                                before = self.article.sentence_before(before)

    def _subject(
        self, namer: Namer, vs: int, ve: int, lo: int, hi: int, cs: int, ce: int
    ) -> NameHit | None:
        """The subject of the reporting verb [vs, ve) in sentence [lo, hi): before it ("Die
        Gewerkschaft erklärte"), or after it when the verb comes first ("erklärte der Minister").
        German puts the subject after the finite verb when a clause or an object stands before it
        („…, sagte sie“, „Eine Monatskarte lehnte er ab“, „Für das Jahr rechnet die Leitung mit
        …“), so there a comma or a pronoun right after the verb decides; the subject follows the
        finite verb, the first word of a verb group that runs on („rechnet die Leitung mit“)."""
        text = self.text
        first = _WORD.match(text, vs)
        finite_end = first.end() if first is not None else ve
        if namer.lang == "de":
            after_first = text[lo:vs].rstrip().endswith(",") or bool(
                _PRONOUN_AFTER.match(text, finite_end)
            )
            closing = _APPOSITION_NAME.search(text, lo, vs)
            if after_first and closing is not None:
                named = namer.from_phrase(text, closing.start("name"), closing.end("name"))
                if named is not None and named.kind == "name":
                    return named  # „Die Verhandlungsführerin …, Sabine Terhorst, wies … zurück“
            if after_first:
                found = namer.after(text, finite_end, hi)
                object_case = found is not None and (
                    _OBJECT_CASE.match(found.text)
                    or _OBJECT_BEFORE.search(text, max(lo, found.start - 8), found.start)
                )
                if found is not None and not object_case:
                    return found  # „…, sagte sie“; not „…, Jens Overkamp, kritisierte den Plan“
        hit = namer.before(text, vs, lo)
        if (
            namer.lang == "de"
            and hit is not None
            and hit.kind == "descriptive"
            and hit.start == lo
            and not namer.source_noun(hit.text)
        ):
            hit = None  # „Kritischer äußerte sich der Epidemiologe …“: the subject follows
        addressee = text[vs:ve].casefold() in ("told", "tells", "tell")
        if hit is None and not addressee and not _THAT.search(text, cs, ce):
            end = finite_end if namer.lang == "de" else ve
            hit = namer.after(text, end, hi)  # inverted: "erklärte der Minister"
        if hit is not None and hit.kind == "descriptive" and namer.is_document(hit.text):
            owner = _POSSESSIVE_DET.match(text, hit.start)
            if owner:  # "Its figures show …": the body that owns them
                return NameHit(owner.group(), owner.start(), owner.end(), "possessive")
        return hit

    def _subheading(self, bi: int) -> bool:
        """A heading inside the article ("Was die Gegner sagen"): a label for what follows, not a
        statement; the one right under the title is a standfirst and is read."""
        blocks = self.article.blocks
        return blocks[bi].kind == "heading" and not (bi > 0 and blocks[bi - 1].kind == "title")

    def _vetoed(self, rule: Rule, lo: int, hi: int, cs: int, ce: int) -> bool:
        lo, hi = max(lo, cs - VETO_WINDOW), min(hi, ce + VETO_WINDOW)
        for pattern in rule.unless:
            for um in pattern.finditer(self.text, lo, hi):
                if um.start() <= cs and um.end() >= ce:
                    return True
        return False

    # 3. Konjunktiv I after a reporting verb --------------------------------------------------------
    def find_konjunktiv(self) -> None:
        text = self.text
        for rs in self.rulesets:
            namer = self.namers[rs.lang]
            for rule in rs.rules:
                if rule.kind != "konjunktiv" or rule.pattern is None:
                    continue
                window = int(rule.params.get("window", 1))
                generic = re.compile(rule.params["generic"]) if "generic" in rule.params else None
                not_forms = frozenset(rule.params.get("not_forms", ()))
                done: set[int] = set()
                for bi, block in enumerate(self.article.blocks):
                    if block.kind in NON_ARTICLE_KINDS:
                        continue
                    found = [
                        m.span("cue") for m in rule.pattern.finditer(text, block.start, block.end)
                    ]
                    if generic is not None:
                        found += [
                            m.span("form")
                            for m in generic.finditer(text, block.start, block.end)
                            if _konjunktiv_form(m.group("form"), not_forms)
                            and m.group("subj").casefold() not in namer.determiners
                            and (
                                m.group("subj").casefold() == "man"  # „Man denke …“
                                or m.group("subj").casefold() not in namer.not_names
                            )
                        ]
                    for cs, ce in sorted(found):
                        if self._inside_quote(cs):
                            continue  # first person in a direct quote, not reported speech
                        sentence = self._sentence_obj(cs)
                        if sentence.start in done:
                            continue
                        if self._vetoed(rule, sentence.start, sentence.end, cs, ce):
                            continue
                        context = self._context(rule, sentence, window)
                        if context is None:
                            continue
                        done.add(sentence.start)
                        vm, (lo, hi) = context
                        attr = None
                        if lo < sentence.start:  # it goes on with the speaker of that sentence
                            attr = self._speaker_of(lo, hi)
                        inherited = attr is not None
                        hit = None
                        if attr is None and "verb" in vm.re.groupindex and vm.group("verb"):
                            vs, ve = vm.span("verb")
                            hit = self._subject(namer, vs, ve, lo, hi, vs, ve)
                        elif attr is None:  # "verklagt er OpenAI mit der Begründung, …"
                            pm = _PRONOUN_SUBJECT.search(text, lo, vm.start())
                            if pm:
                                hit = NameHit(pm.group(), pm.start(), pm.end(), "pronoun")
                        if attr is None:
                            attr = self._attr(hit, bi, namer)
                        why = f"Konjunktiv I “{text[cs:ce]}” after “{vm.group()}”"
                        self.candidates.append(
                            _Candidate(
                                rule, sentence.start, sentence.end, cs, ce, why, attr, inherited
                            )
                        )

    def _document_author(self, namer: Namer, lo: int, hi: int) -> NameHit | None:
        """The body behind a document named in [lo, hi): "Ein Gutachten des Landesamts für
        Naturschutz", "a report published by the Kestrel County council"."""
        for m in _DOCUMENT_BY.finditer(self.text, lo, hi):
            if namer.is_document(m.group("doc")):
                hit = namer.from_phrase(self.text, m.start("src"), min(hi, m.start("src") + 80))
                if (
                    hit is not None
                    and hit.kind != "descriptive"
                    or (hit is not None and namer.source_noun(hit.text))
                ):
                    return hit
        return None

    def _speaker_of(self, lo: int, hi: int) -> _Attr | None:
        """Who speaks in sentence [lo, hi): its quote's speaker, else its claim's source."""
        for q in self.quotes:
            if lo <= q.pair.start < hi and q.attr is not None:
                return q.attr
        for c in self.candidates:
            if c.rule.tag == "claim" and c.attr is not None and lo <= c.cue_start < hi:
                return c.attr
        return None

    def _context(
        self, rule: Rule, sentence: Sentence, window: int
    ) -> tuple[re.Match[str], tuple[int, int]] | None:
        """The reporting verb (or noun) this sentence's indirect speech depends on, if any, with
        the span of the sentence it is in."""
        current = sentence
        for _ in range(window + 1):
            key = (rule.id, current.start)
            if key not in self._contexts:
                self._contexts[key] = self._first_context(rule, current)
            found = self._contexts[key]
            if found is not None:
                return found, (current.start, current.end)
            before = self.article.sentence_before(current)
            if before is None or before.block != sentence.block:
                return None
            current = before
        return None

    def _first_context(self, rule: Rule, sentence: Sentence) -> re.Match[str] | None:
        """The first reporting verb of the sentence (the context patterns in order: verbs before
        nouns such as „Aussage“), not an infinitive that is no report („nicht sagen“, „zu
        erklären“), nor one inside a quotation."""
        for pattern in rule.patterns.get("context", ()):
            for vm in pattern.finditer(self.text, sentence.start, sentence.end):
                if self._inside_quote(vm.start()):
                    continue
                if _INFINITIVE_BEFORE.search(
                    self.text, max(sentence.start, vm.start() - 8), vm.start()
                ):
                    continue
                return vm
        return None

    # 3b. check-worthy statements the article makes itself ------------------------------------------
    def find_checkworthy(self) -> None:
        """ClaimBuster's heuristic as a rule: a declarative sentence of the article's own text, long
        enough, not a question, not mostly a direct quotation, not hedged, with something to
        check (a number, a date, a name) — unless another claim rule already covers it."""
        rules = [r for rs in self.rulesets for r in rs.rules if r.kind == "checkworthy"]
        if not rules:
            return
        claims = _Spans(
            _merge([(c.start, c.end) for c in self.candidates if c.rule.tag == "claim"])
        )
        self._quoted = _Spans([(q.pair.start, q.pair.end) for q in self.quotes])
        hedges = [
            (c.start, c.end)
            for c in self.candidates
            if c.rule.tag == "speculation"
            and not c.rule.params.get("keeps_claim")
            and not _ATTRIBUTIVE.match(self.text, c.cue_start, c.cue_end)
        ]
        hedges.sort()
        hedge_starts = [s for s, _ in hedges]
        previous_kind = None
        for bi, block in enumerate(self.article.blocks):
            kind = block.kind
            if kind == "heading" and previous_kind == "title":
                kind = "standfirst"  # right under the title: a headline if it has a verb
            previous_kind = block.kind
            if block.kind in NON_ARTICLE_KINDS or kind == "heading":
                continue
            for sentence in self.article.block_sentences(bi):
                lo, hi = sentence.start, sentence.end
                if claims.overlapping(lo, hi) or lo in self._pointers:
                    continue
                for rule in rules:
                    found = self._checkworthy(rule, kind, lo, hi, hedges, hedge_starts)
                    if found:
                        why, (start, end) = found
                        self.candidates.append(_Candidate(rule, start, end, start, start, why))
                        break

    def _checkworthy(
        self,
        rule: Rule,
        kind: str,
        lo: int,
        hi: int,
        hedges: list[tuple[int, int]],
        hedge_starts: list[int],
    ) -> tuple[str, tuple[int, int]] | None:
        """(why, span) when sentence [lo, hi) — or, when a hedge covers most of it, one of its
        plain clauses — is a check-worthy statement; None otherwise."""
        text = self.text
        words = _WORD.findall(text, lo, hi)
        title = kind in ("title", "standfirst")
        if len(words) < int(rule.params.get("min_words", 5)) - title:
            return None
        tail = text[lo:hi].rstrip(" \n\"“”»«‘’'")
        if tail.endswith(("?", "!")) and not (title and "!" in tail[:-1]):
            return None  # a question or an exclamation asserts nothing to check
        if not title and not tail.endswith((".", "!", ":", ";")):
            return None  # a caption, a credit line, a contact line
        if _DATELINE_ONLY.fullmatch(text, lo, hi):
            return None  # "Mainz, 18. Februar 2026."
        if self._quote_share(lo, hi) * 2 >= hi - lo:
            return None  # a quotation and its reporting clause: the quote is the suggestion
        for pattern in rule.unless:
            if pattern.search(text, lo, hi):
                return None
        if title:
            letters = [c for c in text[lo:hi] if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) * 10 >= len(letters) * 8:
                return None  # a shouted kicker: "SOAP STAR'S SECRET SPLIT"
            verbs = rule.params.get("headline_verbs")
            m = re.search(verbs, text[lo:hi]) if verbs else None
            if m:
                return f"headline with a verb: “{m.group()}”", (lo, hi)
            if kind == "standfirst":
                return None  # a byline or a press-release header under the title
        if self._quote_sentence(lo, hi):
            return None  # "X sprach von einem „…“.": the quote and its reporting clause
        spans = [(lo, hi)]
        if self._hedged(lo, hi, hedges, hedge_starts) * 10 >= (hi - lo) * 6 and not (
            _AMOUNT.search(text, lo, hi)
        ):
            # a hedged statement is speculation; a plain clause beside the hedge is a claim
            rs = next((r for r in self.rulesets if r.lang == rule.lang), self.rulesets[0])
            spans = [
                (s, e)
                for s, e in self._clauses_of(rs, lo, hi)
                if (s, e) != (lo, hi)
                and self._hedged(s, e, hedges, hedge_starts) == 0
                and len(_WORD.findall(text, s, e)) >= 4
            ]
        for s, e in spans:
            for pattern in rule.patterns.get("signal", ()):
                m = pattern.search(text, s, e)
                if m:
                    return f"check-worthy: “{m.group()}”", (s, e)
        return None

    def _quote_sentence(self, lo: int, hi: int) -> bool:
        """A quotation that ends its sentence and whose speaker this sentence names ("Ihr Arzt, …
        Dr. Frank Oberle, sagte damals: „…“", "X sprach von einem „…“")."""
        end = self.text[lo:hi].rstrip(" .!?\n")
        for q in self._quotes_in(lo, hi):
            if not (lo <= q.pair.start < hi and q.pair.end >= lo + len(end)):
                continue
            if q.how.startswith("speaker from") and q.attr is not None:
                if len(_WORD.findall(self.text, lo, q.attr.hit.start)) <= 8:
                    return True  # the speaker opens the sentence: it is the reporting clause
        return False

    def _quotes_in(self, lo: int, hi: int) -> list[_Quote]:
        """The quotes that start before `hi` and end after `lo` (bisect over their starts)."""
        ordered = getattr(self, "_ordered_quotes", None)
        if ordered is None:
            ordered = self._ordered_quotes = sorted(self.quotes, key=lambda q: q.pair.start)
            self._quote_starts = [q.pair.start for q in ordered]
            self._longest_quote = max((q.pair.end - q.pair.start for q in ordered), default=0)
        first = bisect_right(self._quote_starts, lo - self._longest_quote - 1)
        last = bisect_right(self._quote_starts, hi)
        return [q for q in ordered[first:last] if q.pair.end > lo]

    def _quote_share(self, lo: int, hi: int) -> int:
        """How many characters of [lo, hi) are inside quotations (a quote that opens the
        sentence counts whole: "„…“, sagte sie")."""
        opening = self._quote_spans.holding(lo) or self._quote_spans.holding(lo + 1)
        if opening is not None and opening[0] <= lo + 2:
            return hi - lo  # even a short quote opening its sentence: '"Consumers deserve …," she'
        total = 0
        for q in self._quotes_in(lo, hi):
            s, e = q.pair.start, q.pair.end
            if e <= lo or s >= hi:
                continue
            if s <= lo + 2:
                return hi - lo
            total += min(e, hi) - max(s, lo)
        return total

    def _hedged(
        self, lo: int, hi: int, hedges: list[tuple[int, int]], hedge_starts: list[int]
    ) -> int:
        i = bisect_right(hedge_starts, hi) - 1
        hedged = 0
        while i >= 0 and hedges[i][1] > lo:
            hedged = max(hedged, min(hedges[i][1], hi) - max(hedges[i][0], lo))
            i -= 1
        return hedged

    def _clauses_of(self, rs: RuleSet, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sentence [lo, hi) cut where clauses meet (";", a dash, ", and", ": ")."""
        out, start = [], lo
        for m in _splitter(rs).finditer(self.text, lo, hi):
            if self._inside_quote(m.start()):
                continue
            out.append((start, m.start()))
            start = m.end()
        out.append((start, hi))
        return [(s, e) for s, e in out if e > s]

    # 4. pronouns and surnames ---------------------------------------------------------------------
    def resolve(self) -> None:
        """Each speaker as the article names it most fully: a surname as the full name ending in
        it; he / she / er / sie and "die 48-Jährige" as the person they stand for (`People`); "it",
        "they" and a plural "sie" as the body or group that spoke last; "a spokesperson" as the
        body named last; "the council" as the one named body whose name ends in "council"."""
        for a in self.attrs:
            a.resolved = a.hit.text
            first, _, rest = a.hit.text.partition(" ")
            if a.hit.kind == "descriptive" and rest and first.casefold() in a.namer.determiners:
                a.resolved = f"{first.lower()} {rest}"  # "The council says" → "the council"
        self.attrs.sort(key=lambda a: a.hit.start)
        namer = self.namers[self.rulesets[0].lang]
        speakers = [
            (a.hit.start, a.hit.end, a.hit.text, a.hit.person or bool(namer.gender(a.hit.text)))
            for a in self.attrs
            if a.hit.kind == "name" and a.person and " " in a.hit.text
        ]
        people = People(
            self.article,
            self.rulesets[0].lang,
            namer.first,
            speakers,
            [(q.pair.start, q.pair.end) for q in self.quotes],
            lambda offset: self._sentence(offset)[0],
            self._role_persons(namer),
            self._bodies(namer),
            tuple(
                a.hit.text
                for a in self.attrs
                if a.hit.kind == "name"
                and " " not in a.hit.text
                and a.hit.text.casefold() not in a.namer.generic_orgs
                and not a.namer.is_org_head(a.hit.text)
            )
            + self._lone_capitals(namer),
            self._forename_test(namer),
            self._titled_by_role(namer),
        )
        self.people = people
        orgs = self._orgs = self._org_mentions()
        for a in self.attrs:
            kind = a.hit.kind
            if (
                kind == "name"
                and " " not in a.hit.text
                and (
                    a.hit.text.casefold() in a.namer.generic_orgs
                    or a.hit.text.casefold() in a.namer.spokespersons
                    or (  # „nach Überzeugung des Gerichts“
                        a.namer.lang == "de"
                        and _genitive_base(a.hit.text.casefold()) in a.namer.generic_orgs
                    )
                )
            ):
                kind = "descriptive"  # "Ministerium", "Konzernzentrale": a body by its kind
            if kind == "name" and " " not in a.hit.text:
                a.resolved = people.fullname(a.hit.text)
            elif kind in ("pronoun", "age"):
                person = people.person_at(a.hit.start)
                if person is not None:
                    a.resolved = person
                    a.note = f"“{a.hit.text}” taken as {person} (the person named before)"
                elif kind == "pronoun" and (
                    a.namer.lang != "en" or a.hit.text.casefold() in ("it", "they")
                ):
                    # a body is an "it" or "they" in English; German „sie“ / „er“ can be one,
                    # but not a neuter one („das Gericht“ is an „es“)
                    body = self._body_before(a, orgs, speakers_only=True)
                    if body is not None and a.namer.lang == "de" and _neuter(body):
                        body = None
                    if body is not None:
                        a.resolved = body
                        a.note = f"“{a.hit.text}” taken as {body} (the body that spoke before)"
            elif kind == "descriptive" and a.namer.is_document(a.phrase):
                author = self._author_of(a, orgs)
                if author is not None:
                    a.note = f"“{a.hit.text}” taken as the work of {author}"
                    a.resolved = author
            elif kind == "descriptive":
                a.resolved = self._descriptive_source(a, orgs) or a.resolved
            elif kind == "possessive":
                found = (
                    self._subject_body(a, orgs)
                    or self._body_before(a, orgs, speakers_only=True)
                    or people.person_before(a.hit.start, a.block)
                    or self._body_later_in_sentence(a, orgs)
                )
                if found is not None:
                    a.resolved = found
                    a.note = f"“{a.hit.text}” taken as {found} (named before)"
            elif kind == "own":
                a.resolved = self._own(a, orgs)
                if a.resolved:
                    a.note = f"“nach eigenen Angaben” taken as {a.resolved}"
        for a in self.attrs:
            if not a.resolved or a.hit.kind not in ("name", "descriptive"):
                continue
            owner = self._group_of_body(a)
            if owner is not None:
                a.resolved = owner
                a.note = f"“{a.hit.text}” speak for {owner}"
                continue
            person = _without_role(a.resolved, a.namer)
            if person != a.resolved and (" " in person or self._is_person(a)):
                a.resolved = person
            elif a.namer.lang == "de" and a.resolved == a.hit.text and self._one_word(a):
                a.resolved = self._german_word_source(a, orgs)
            elif not self._is_person(a):
                a.resolved = self._body_in_full(a.resolved, a.namer)

    def _titled_by_role(self, namer: Namer) -> tuple[tuple[int, int, str], ...]:
        """People the article introduces with their role before the name ("Sportdirektor Till
        Reinartz", "Trainer Ömer Kaplan", "chief executive Leo Varga"), though no list knows the
        forename: so "der 41-Jährige" and "he" can find them."""
        test = self._forename_test(namer)
        found = []
        for block in self.article.blocks:
            if block.kind in NON_ARTICLE_KINDS:
                continue
            for m in _ROLE_NAME.finditer(self.text, block.start, block.end):
                if namer._is_role(m.group("role")) and test(m.group("first")):
                    found.append((m.start("name"), m.end("name"), m.group("name")))
        return tuple(found)

    def _lone_capitals(self, namer: Namer) -> tuple[str, ...]:
        """Capitalised words the article also uses alone, as surnames are ("Ashworth remembers",
        „sagte Feldhaus“): not next to another capitalised word, never after a determiner, never
        in lower case, no word a list knows. `People` keeps those that follow a forename."""
        lower = self._lower_words()
        found: set[str] = set()
        known: dict[str, bool] = {}  # each word's verdict from the lists, asked once per word

        def listed(word: str) -> bool:
            if word not in known:
                known[word] = (
                    len(word) < 3
                    or word.casefold() in lower
                    or word in namer.first
                    or _listed_as_other(word, namer)
                )
            return known[word]

        for block in self.article.blocks:
            if block.kind in NON_ARTICLE_KINDS:
                continue
            for m in _CAPITAL.finditer(self.text, block.start, block.end):
                word = m.group("w")
                if word in found or listed(word):
                    continue
                prev = _WORD_BEFORE.search(self.text, max(block.start, m.start() - 30), m.start())
                nxt = _WORD_AFTER.match(self.text, m.end(), min(block.end, m.end() + 30))
                if (prev and prev.group(1)[:1].isupper()) or (nxt and nxt.group(1)[:1].isupper()):
                    continue
                if prev and prev.group(1).casefold() in namer.determiners:
                    continue
                found.add(word)
        return tuple(sorted(found))

    def _written_words(self) -> set[str]:
        """Every word of the article as written (not as the first part of „Städte- und …“)."""
        if self._words is None:
            self._words = set(re.findall(r"\b\w+\b(?!-)", self.text))
        return self._words

    def _lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = set(re.findall(r"\b[a-zäöüß]+\b", self.text))
        return self._lower

    def _forename_test(self, namer: Namer) -> Callable[[str], bool]:
        """Whether a capitalised word before a surname can be a forename: a known one, or a word
        no list calls something else (a title, role, determiner, institution, common word) and the
        article never writes in lower case („Auch Feldhaus“ is no name: „auch“ is a word)."""
        made = self._forename_tests.get(namer.lang)
        if made is None:
            made = self._forename_tests[namer.lang] = self._make_forename_test(namer)
        return made

    def _make_forename_test(self, namer: Namer) -> Callable[[str], bool]:
        lower = self._lower_words()
        after_determiner = {
            m.group(1)
            for m in re.finditer(
                r"\b(?i:der|die|das|den|dem|des|the|a|an|ein|eine|einen|einem|einer)\s+"
                r"([A-ZÄÖÜ][\w\-]+)",
                self.text,
            )
        }

        def test(word: str) -> bool:
            fold = word.casefold()
            if word in namer.first:
                return True
            return not (
                fold in lower
                or word in after_determiner
                or _listed_as_other(word, namer)
                or (namer.lang == "de" and fold.endswith(_NOUN_ENDINGS))
            )

        return test

    def _says(self, lo: int, hi: int, lang: str = "de") -> bool:
        """Whether [lo, hi) holds a verb of saying (its own speaker is in it)."""
        saying = self._saying.get(lang)
        if saying is None:
            rs = next((r for r in self.rulesets if r.lang == lang), None)
            verbs = sorted(rs.words("reporting_verbs"), key=len, reverse=True) if rs else []
            alternation = "|".join(map(re.escape, verbs)) or "(?!)"
            saying = self._saying[lang] = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
        return saying.search(self.text, lo, hi) is not None

    def _body_later_in_sentence(self, a: _Attr, orgs: _Orgs) -> str | None:
        """ "According to its privacy policy, Pulsewise shares …": "its" points ahead, to the body
        the main clause names after the comma."""
        lo, hi = self._sentence(a.hit.start)
        comma = self.text.find(", ", a.hit.end, hi)
        if comma < 0:
            return None
        for start, _, name in orgs:
            if comma < start < min(hi, comma + 40):
                return name
        hit = a.namer.from_phrase(self.text, comma + 2, min(hi, comma + 60))
        if hit is not None and hit.kind == "name" and not a.namer.is_person(hit.text):
            return hit.text
        return None

    def _german_document_author(self, a: _Attr, word: str, depth: int = 0) -> str | None:
        """„laut Entwurf“, „heißt es in der Begründung“: the body whose document the article
        named before with the same head („ein Referentenentwurf des Bundesumweltministeriums“)."""
        head = word.casefold()
        head = head[:-1] if head.endswith("s") and len(head) > 5 else head
        for bi in range(a.block, max(-1, a.block - 6), -1):
            block = self.article.blocks[bi]
            hi = min(block.end, a.hit.start)
            found = None
            for m in _DOCUMENT_BY.finditer(self.text, block.start, hi):
                if not m.group("doc").casefold().rstrip("s").endswith(head.rstrip("s")):
                    continue
                hit = a.namer.from_phrase(self.text, m.start("src"), min(hi, m.start("src") + 80))
                if hit is None or hit.kind != "name":
                    continue
                if a.namer.is_document(hit.text) and hit.text.casefold() != word.casefold():
                    # „in der Begründung des Entwurfs“: the draft's author
                    if depth < 2:
                        found = self._german_document_author(a, hit.text, depth + 1) or found
                elif not a.namer.is_document(hit.text):
                    found = self._body_in_full(hit.text, a.namer)
            if found is not None:
                return found
        return None

    def _one_word(self, a: _Attr) -> bool:
        words = [w for w in a.hit.text.split() if w.casefold() not in a.namer.determiners]
        return len(words) == 1 and not self._is_person(a)

    def _german_word_source(self, a: _Attr, orgs: _Orgs) -> str:
        """One inflected German word as the source it names: „des Vereinsarztes“ → Vereinsarzt,
        „des Sachwalters“ → the Sachwalter named before (Florian Kessel), „von Klimaforschern“ →
        Klimaforscher, „aus Fraktionskreisen“ → Fraktionskreise, „des Unternehmens“ → the company
        named before; anything else stays as written."""
        namer = a.namer
        word = next(w for w in a.hit.text.split() if w.casefold() not in namer.determiners)
        forms = [word]
        if len(word) > 5 and word.endswith("es"):
            forms.append(word[:-2])
        if len(word) > 4 and word.endswith(("s", "n")) and not word.endswith(("ss", "us")):
            forms.append(word[:-1])
        if namer.is_group(word):
            return word  # „Experten“ as written: a group, not one „Experte“
        if namer.is_document(word):
            return self._german_document_author(a, word) or a.resolved or word
        for base in reversed(forms):  # the shortest base first: „Vereins“ is „Verein“
            fold = base.casefold()
            if fold.endswith(("kreise", "quellen")) and base != word:
                return base  # „aus Fraktionskreisen“: anonymous, by the circle's name
            if fold in namer.generic_orgs or namer.is_org_head(base):
                return self._nominative(self._named_body(a, fold, orgs) or base, namer)
            if namer.is_group(base):
                return base
            if namer._is_role(base):
                return self._person_with_role(a, base) or base
        return a.resolved or word

    def _group_of_body(self, a: _Attr) -> str | None:
        """People of a body speak for it: „die Prüfer des Landesrechnungshofs“ → Landesrechnungshof,
        „Fachleute des Landessportbundes“ → Landessportbund, "researchers at the University of
        Eastmoor" → University of Eastmoor."""
        if a.hit.kind not in ("descriptive", "name"):
            return None
        words = [w for w in a.hit.text.split() if w.casefold() not in a.namer.determiners]
        if not words or not (a.namer.is_group(words[0]) or a.namer.person_noun(words[0])):
            return None
        if words[0].casefold() in a.namer.spokespersons or words[0].casefold() in _ANONYMOUS:
            return None  # a spokesperson is resolved apart; „Kreise der …“ stay anonymous
        group_end = self.text.find(words[0], a.hit.start, a.hit.end) + len(words[0])
        if len(words) > 1:  # the phrase runs on: „Prüfer des Landesrechnungshofs“
            m = _BODY_OWNER.match(self.text, group_end, a.hit.end)
        else:
            m = _BODY_OWNER.match(self.text, a.hit.end)
        if m is None:
            return None
        hit = a.namer.from_phrase(self.text, m.start("body"), m.end("body"))
        if hit is None or hit.kind != "name" or a.namer.is_person(hit.text):
            return None
        if not any(
            a.namer.is_org_head(w) or w.casefold() in a.namer.generic_orgs for w in hit.text.split()
        ):
            return None
        return self._body_in_full(hit.text, a.namer)

    def _body_in_full(self, name: str, namer: Namer) -> str:
        """A body's name as the article writes it in full, in the nominative: „des Landesamts für
        Schifffahrt“ → „Landesamt für Schifffahrt“, „Gemeindebund“ in „Der Städte- und
        Gemeindebund“ → „Städte- und Gemeindebund“, „Ministerium für Digitales“ → „… und
        Infrastruktur“, "Hartwig" → "Hartwig & Sohn". A person's name is never passed here.
        Once per name: every mention of a body asks again, and each answer scans the text."""
        key = (name, namer.lang)
        if key not in self._in_full:
            self._in_full[key] = self._find_body_in_full(name, namer)
        return self._in_full[key]

    def _find_body_in_full(self, name: str, namer: Namer) -> str:
        words = name.split()
        if not words or words[0].casefold() in namer.determiners:
            return name
        at = self.text.find(name)
        if at >= 0:
            name = (
                self._name_before(at, namer) + name + self._name_after(at + len(name), words, namer)
            )
        if namer.lang == "de":
            name = self._nominative(name, namer)
        return name

    def _name_after(self, end: int, words: list[str], namer: Namer) -> str:
        """What the text goes on with inside the name: "& Sohn", and in German „und
        Infrastruktur“ after „für …“, „und Kunststoff“ after „Gewerkschaft Holz“."""
        tail = _NAME_TAIL.match(self.text, end)
        if tail is None:
            return ""
        if tail.group(1) == "&":
            return tail.group()
        if namer.lang == "de" and (
            any(w in namer.org_links for w in words[1:]) or any(map(namer.is_org_head, words))
        ):
            return tail.group()
        return ""

    def _name_before(self, at: int, namer: Namer) -> str:
        """What opens the name before where it was found, in German: „Städte- und “ of „Städte-
        und Gemeindebund“, the capitalised adjective of „Der Kommunale Arbeitgeberverband“."""
        if namer.lang != "de":
            return ""
        head = _ELIDED_HEAD.search(self.text, max(0, at - 40), at)
        if head is not None and head.end() == at:
            return head.group().strip() + " "
        adjective = _ADJECTIVE_BEFORE.search(self.text, max(0, at - 30), at)
        if adjective is not None and not _listed_as_other(adjective.group(1), namer):
            return adjective.group(1) + " "
        return ""

    def _nominative(self, name: str, namer: Namer) -> str:
        """A German body's first word without its genitive ending („Ministeriums“ → „Ministerium“,
        „Landkreises“ → „Landkreis“), when the base is an institution's word or is written
        elsewhere in the article; surnames never come here."""
        first, sep, rest = name.partition(" ")
        if "-" in first and first.endswith("-"):
            return name  # „Städte- und Gemeindebund“
        forms = []
        if len(first) > 5 and first.endswith("es"):
            forms.append(first[:-2])
        if len(first) > 4 and first.endswith("s") and not first.endswith(("ss", "us", "is")):
            forms.append(first[:-1])  # „Ingenieurbüros“ too: the base must be an institution's
        if len(first) > 5 and first.endswith("e") and first + "s" in self._written_words():
            forms.append(first[:-1])  # an ending already cut to „Landkreise“
        words = self._written_words()
        for base in forms:
            institution = namer.is_org_head(base) or base.casefold() in namer.generic_orgs
            written = base in words
            if institution and (base.casefold().endswith(namer.org_heads) or written):
                return base + sep + rest
        return name

    def _role_persons(self, namer: Namer) -> tuple[tuple[int, int, str, str], ...]:
        """Persons named by a role only, as (start, end, phrase, gender): speakers such as "a
        spokeswoman for Northwire", „Ihr Anwalt“, and a sentence's subject such as „Ihr Sohn
        verfolgte …“, "The defendant …" (so "he" and „er“ can stand for them)."""
        found: dict[int, tuple[int, int, str, str]] = {}
        for a in self.attrs:
            if a.hit.kind != "descriptive":
                continue
            words = [w for w in a.hit.text.split() if w.casefold() not in namer.determiners]
            if words and namer._is_role(words[0]) and not namer.is_group(words[0]):
                named = _ROLE_THEN_NAME.match(self.text, a.hit.end)
                phrase = a.hit.text
                if named is not None and self._forename_test(namer)(named.group("first")):
                    phrase = named.group("name")  # „Der Bürgermeister …, Onno Feldhaus, …“
                    a.resolved = phrase
                found[a.hit.start] = (
                    a.hit.start,
                    a.hit.end,
                    phrase,
                    _role_gender(words[0], a.hit.text, namer.lang),
                )
        for block in self.article.blocks:
            if block.kind in NON_ARTICLE_KINDS:
                continue
            for m in _ROLE_SUBJECT.finditer(self.text, block.start, block.end):
                noun = m.group("noun")
                if m.start() in found or not namer._is_role(noun) or namer.is_group(noun):
                    continue
                if namer.lang == "de" and not noun[0].isupper():
                    continue
                if namer.lang == "en" and noun[0].isupper():
                    continue
                phrase = m.group().strip()
                named = _ROLE_THEN_NAME.match(self.text, m.end())
                if named is not None and self._forename_test(namer)(named.group("first")):
                    phrase = named.group("name")  # „Der Bürgermeister …, Onno Feldhaus, …“
                found[m.start()] = (
                    m.start(),
                    m.end(),
                    phrase,
                    _role_gender(noun, phrase, namer.lang),
                )
        return tuple(sorted(found.values()))

    def _bodies(self, namer: Namer) -> tuple[tuple[int, int, str, str], ...]:
        """German bodies that spoke, with their grammatical gender (start, end, name, gender):
        „die Kammer“ is a „sie“, „der Verband“ an „er“. English "it" and "they" are read apart."""
        if namer.lang != "de":
            return ()
        found = []
        for a in self.attrs:
            if a.hit.kind not in ("name", "descriptive") or a.person or a.hit.person:
                continue
            words = [w for w in a.hit.text.split() if w.casefold() not in namer.determiners]
            if not words or namer.gender(a.hit.text) or namer._is_role(words[0]):
                continue
            head = next(
                (w for w in words if namer.is_org_head(w) or w.casefold() in namer.generic_orgs),
                None,
            )
            gender = _noun_gender(head) if head else ""
            if gender:
                found.append((a.hit.start, a.hit.end, a.resolved or a.hit.text, gender))
        return tuple(sorted(found))

    def _org_mentions(self) -> _Orgs:
        """Bodies the article names (start, block, name): the speakers that are no persons, and
        capitalised words or names that end in an institution's head ("Landratsamt",
        "Kassenärztliche Vereinigung", "Milford Borough Council")."""
        found: list[tuple[int, int, str]] = [
            (a.hit.start, a.block, a.hit.text)
            for a in self.attrs
            if a.hit.kind in ("name", "quoted")
            and not a.hit.person
            and not a.namer.gender(a.hit.text)
            and not self.people.known(self.people.fullname(a.hit.text))
        ]
        heads: set[str] = set()
        markers: set[str] = set()
        for rs in self.rulesets:
            heads |= set(rs.words("org_heads"))
            markers |= {m for m in rs.lexicon.get("org_markers", ()) if len(m) > 2}
        if heads:
            alternation = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
            marks = "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) or "(?!)"
            pattern = re.compile(
                rf"(?:\b[A-ZÄÖÜ][\w]*-\s+(?:und|oder)\s+)?(?:\b[A-ZÄÖÜ][\w\-’']*\s+(?:and\s+)?){{0,2}}"
                rf"(?:\b[A-ZÄÖÜ][\w\-]*?(?i:{alternation})(?:e?s)?\b|\b(?:{marks})\b)"
                r"(?:\s+(?:of|for|für)\s+(?:the\s+)?[A-ZÄÖÜ][\w\-]*"
                r"(?:\s+(?:and\s+|und\s+)?[A-ZÄÖÜ][\w\-]*){0,3})?"  # "Department of Health"
            )
            # German puts the proper name after the kind: „Stiftung Marktcheck“, „Verband Nord“
            named_after = re.compile(
                rf"\b[A-ZÄÖÜ][\w\-]*?(?i:{alternation})\s+(?P<own>[A-ZÄÖÜ][\w\-]*[\wäöüß])"
                r"(?!\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß])"
            )
            namer = self.namers[self.rulesets[0].lang]
            for bi, block in enumerate(self.article.blocks):
                if block.kind in NON_ARTICLE_KINDS:
                    continue
                if namer.lang == "de":
                    for m in named_after.finditer(self.text, block.start, block.end):
                        own = m.group("own")
                        if own.casefold() in namer.not_names or own.casefold() in namer.determiners:
                            continue
                        found.append((m.start(), bi, m.group()))
                for m in pattern.finditer(self.text, block.start, block.end):
                    words = m.group().split()
                    while len(words) > 1 and (
                        words[0].casefold() in namer.determiners
                        or words[0].casefold() in namer.not_names
                        or words[0].casefold() in namer.prepositions
                    ):
                        words = words[1:]
                    name = " ".join(words)
                    found.append((m.end() - len(name), bi, name))
        found.sort()
        return found

    def _author_of(self, a: _Attr, orgs: _Orgs) -> str | None:
        """ "the report" → the body that wrote the report named before it ("The report, published
        by Milford Borough Council, …", "a council report")."""
        words = a.phrase.split()
        if len(words) != 2 or words[0].casefold() not in a.namer.determiners:
            return None
        if words[0].casefold() in ("a", "an", "ein", "eine", "einer", "einem", "einen"):
            return None  # a new document, not the one named before
        head = words[1]
        lo = self.article.blocks[max(0, a.block - 3)].start
        best = None
        for m in re.finditer(rf"\b{re.escape(head)}\b", self.text[lo : a.hit.start], re.I):
            at = lo + m.start()
            hit = self._document_author(a.namer, at, min(a.hit.start, at + 120))
            if hit is not None:
                best = hit.text
            before = re.search(r"(\w+)\s+$", self.text[max(0, at - 30) : at])
            if before and before.group(1).casefold() in a.namer.generic_orgs:
                fake = _Attr(NameHit(before.group(1), at - 1, at, "descriptive"), a.block, a.namer)
                fake.resolved = "the " + before.group(1)
                best = self._named_body(fake, before.group(1).casefold(), orgs) or best
        return best

    def _own(self, a: _Attr, orgs: _Orgs) -> str | None:
        """ "nach eigenen Angaben": the body named last before it in its sentence."""
        lo = self._sentence(a.hit.start)[0]
        best: tuple[int, str] | None = None
        for start, _, name in orgs:
            if lo <= start < a.hit.start:
                best = (start, name)
        known = {
            b.resolved
            for b in self.attrs
            if b.resolved and b.hit.kind in ("name", "quoted") and not self._is_person(b)
        }
        for name in known:
            at = self.text.rfind(name, lo, a.hit.start)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, name)
        return best[1] if best else None

    def _is_person(self, a: _Attr) -> bool:
        return a.person or self.people.known(a.resolved or "")

    def _subject_body(self, a: _Attr, orgs: _Orgs) -> str | None:
        """The body that opens the sentence of `a`, before it: the owner of „nach Angaben ihres
        Bürgermeisters“ in „Die Gemeinde Hallstein prüft nach Angaben ihres Bürgermeisters …“, the
        body of "a spokeswoman said" in "The council is setting up …, a spokeswoman said"."""
        lo = self._sentence(a.hit.start)[0]
        opening_name = a.namer.from_phrase(self.text, lo, min(a.hit.start, lo + 80))
        if (
            opening_name is not None
            and opening_name.kind == "name"
            and opening_name.start - lo <= 12
            and opening_name.end <= a.hit.start
            and not a.namer.is_person(opening_name.text)
            and any(
                a.namer.is_org_head(w) or w.casefold() in a.namer.generic_orgs
                for w in opening_name.text.split()
            )
        ):
            return opening_name.text
        i = bisect_right(orgs, (lo, -1, ""))
        if i < len(orgs) and orgs[i][0] < a.hit.start and orgs[i][0] - lo <= 12:
            return orgs[i][2]
        opening = _BODY_OPENING.match(self.text, lo, a.hit.start)
        if opening is not None:
            word = opening.group("head")
            if word.casefold() in a.namer.generic_orgs or a.namer.is_org_head(word):
                fake = _Attr(
                    NameHit(word, opening.start("head"), opening.end("head"), "descriptive"),
                    a.block,
                    a.namer,
                )
                fake.resolved = opening.group().strip()
                return self._named_body(fake, word.casefold(), orgs) or opening.group().strip()
        return None

    def _body_before(
        self,
        a: _Attr,
        orgs: _Orgs,
        speakers_only: bool = False,
        groups: bool = True,
        named: bool = False,
    ) -> str | None:
        """The body (or, with `groups`, the group) named last before `a`, in its block or the one
        before: a speaker that is no person, or (unless `speakers_only`) any body the article
        names."""
        best: tuple[int, str] | None = None
        for b in reversed(self.attrs):
            if b.hit.start >= a.hit.start or b.block < a.block - 1:
                continue
            if b.hit.kind in ("name", "quoted", "descriptive") and b.resolved:
                strict = b.hit.person or b.namer.gender(b.resolved) != ""
                if (
                    strict
                    or b.namer.is_document(b.resolved)
                    or b.resolved == b.hit.text
                    and (b.hit.kind == "descriptive" and not b.namer.source_noun(b.resolved))
                ):
                    continue
                if b.hit.kind == "descriptive" and b.resolved.split()[-1].casefold() in (
                    b.namer.spokespersons
                ):
                    continue
                if named and b.hit.kind == "descriptive":
                    continue
                if " " not in b.resolved and b.namer.source_noun(b.resolved):
                    continue  # "Nutzerin", "Sprecher": a person by role
                if b.hit.kind == "descriptive" and b.resolved.casefold() == b.hit.text.casefold():
                    last = b.resolved.split()[-1]
                    if b.namer._is_role(last):
                        continue  # "sein Verteidiger": a person
                    if not groups and not (
                        b.namer.is_org_head(last) or last.casefold() in b.namer.generic_orgs
                    ):
                        continue
                best = (b.hit.start, b.resolved)
                break
        if not speakers_only:
            i = bisect_right(orgs, (a.hit.start, -1, "")) - 1
            while i >= 0:
                start, block, name = orgs[i]
                if block < a.block - 1:
                    break
                if start < a.hit.start:
                    if best is None or start > best[0]:
                        best = (start, name)
                    break
                i -= 1
        return best[1] if best else None

    def _descriptive_source(self, a: _Attr, orgs: _Orgs) -> str | None:
        """ "a spokesperson" → the body named last; "the council" → the one named body whose name
        ends in "council" (the last of several)."""
        namer = a.namer
        words = a.phrase.split()
        if not words:
            return None
        head = words[-1].casefold()
        compound = _COMPOUND_SPOKESPERSON.match(head) if namer.lang == "de" else None
        if len(words) <= 2 and compound:  # „eines Polizeisprechers“: the police
            body = compound.group("body")
            body = body[:-1] if body.endswith("s") and len(body) > 5 else body
            return self._named_body(a, body, orgs) or body.capitalize()
        body = self._spokesperson_for(a)
        if body is not None:
            return body
        if len(words) <= 2 and (head in namer.spokespersons or head[:-1] in namer.spokespersons):
            return self._subject_body(a, orgs) or self._body_before(a, orgs, groups=False)
        if (
            len(words) == 3
            and head in namer.spokespersons
            and words[1].casefold() in namer.generic_orgs
        ):  # "a council spokesperson": the council named before
            return self._named_body(a, words[1].casefold(), orgs)
        if len(words) >= 2 and words[-1].casefold() in _EMPHASIS:
            a.resolved = " ".join(words[:-1])  # „die Ministerin selbst“ is „die Ministerin“
            return self._descriptive_source(a, orgs)
        if len(words) <= 4 and namer._is_role(words[-1]) and not namer.person_noun_group(head):
            found = self._person_with_role(a, words[-1])
            if found is None and words[0].casefold() == "the":
                found = self.people.person_before(a.hit.start, a.block)  # "The retired nurse"
            return found
        content = [w for w in words if w.casefold() not in namer.determiners]
        if len(content) <= 3 and (
            head in namer.generic_orgs or head.rstrip("s") in namer.generic_orgs
        ):
            company = head in namer.company_nouns or head.removesuffix("s") in namer.company_nouns
            # a body that spoke in the paragraph can be "the charity" or "the firm"; "the
            # government" or "the council" is one whose name says so (found by _named_body)
            found = self._named_body(a, head, orgs) or (
                None if head in _NAMED_BY_KIND else self._speaker_in_block(a)
            )
            if found is None:
                found = self._body_with_noun(a, words[-1])  # "the chain": "Supermarket chain X"
            if found is None and company and namer.lang == "en":
                found = self._described_before(a) or (
                    None if head in _MEDIA_NOUNS else self._company_before(a)
                )
            return found
        return (
            self._named_body(a, head, orgs)
            if len(words) == 2 and words[0].casefold() in (namer.determiners)
            else None
        )

    def _spokesperson_for(self, a: _Attr) -> str | None:
        """ "a spokeswoman for Northwire", "a spokesman for the Food and Drink Federation",
        „ein Sprecher des Landesamts für Umwelt“: the body the spokesperson speaks for, named in
        the phrase (the descriptive phrase itself stops after a few words)."""
        m = _SPOKESPERSON_FOR.match(self.text, a.hit.start, a.hit.end)
        if m is None or m.group("noun").casefold() not in a.namer.spokespersons:
            return None
        run = _BODY_RUN.match(self.text, m.end())
        if run is None:
            return None
        hit = a.namer.from_phrase(self.text, m.end(), run.end())
        kind = _KIND_AFTER.match(self.text, m.end())
        noun = kind.group("kind").casefold() if kind is not None else ""
        if a.namer.lang == "de":
            noun = _genitive_base(noun)
        if noun in a.namer.generic_orgs and (hit is None or hit.kind != "name"):
            # "a spokesperson for the utility", „ein Sprecher des Unternehmens“: the one named
            orgs = self._orgs if self._orgs is not None else self._org_mentions()
            return self._named_body(a, noun, orgs)
        if hit is None or hit.kind != "name" or hit.person or a.namer.is_person(hit.text):
            return None
        if " " not in hit.text and _genitive_base(hit.text.casefold()) in a.namer.generic_orgs:
            return None  # „eines Sprechers des Verbands“: a body by its kind, named before
        if a.namer.lang == "de" and _GENITIVE_LINK.search(m.group()):
            return _genitive_base(hit.text)  # „des Regierungspräsidiums Tübingen“
        return hit.text

    def _described_before(self, a: _Attr) -> str | None:
        """What the same description stood for the last time it was resolved ("A spokesman for
        the company" → Greystone Homes, so "the company" later is Greystone Homes too)."""
        phrase = a.phrase.casefold()
        for b in reversed(self.attrs):
            if b.hit.start >= a.hit.start or b.resolved is None or b.resolved == b.hit.text:
                continue
            if phrase in b.hit.text.casefold() and b.resolved.casefold() != phrase:
                return b.resolved
        return None

    def _company_before(self, a: _Attr) -> str | None:
        """ "the company", "the London-based firm": the name that opens the nearest sentence
        before it (or its own) in this paragraph or the three before, the headline included
        ("Streamly will start charging …, the company announced"); not a person, a public body
        or a word the article does not write as a name inside a sentence."""
        namer = a.namer
        pos = a.hit.start
        while pos > 0:
            lo = self._sentence(pos)[0]
            if self.article.block_index_at(lo) < a.block - 3:
                return None
            m = _OPENING_NAME.match(self.text, lo, a.hit.start)
            if m is None or m.group("name").split()[0].casefold() in namer.not_names:
                # "According to its privacy policy, Streamly shares …": the main clause's subject
                comma = self.text.find(", ", lo, min(a.hit.start, lo + 60))
                m = _OPENING_NAME.match(self.text, comma + 2, a.hit.start) if comma > 0 else None
            if m is not None and m.start("name") < a.hit.start:
                name = m.group("name")
                words = name.split()
                following = _WORD.match(self.text, m.end() + 1)
                if following is not None and following.group().casefold() in namer.generic_orgs:
                    words = []  # "The London-based firm …": a description, not a name
                if words and (
                    words[0] in namer.proper
                    and words[0] not in namer.first
                    and words[0].casefold() not in namer.not_names
                    and not self.people.known(self.people.fullname(name))
                    and not namer._is_role(words[0])
                    and (words[-1] in _COMPANY_MARKS or not any(map(namer.is_org_head, words)))
                ):
                    # "Harlow shares rose …" after "Harlow Motors": the name as given in full
                    full = re.search(
                        rf"\b{re.escape(name)}(?:\s+[A-Z][\w’'&\-]*){{1,2}}\b(?!['’]s)",
                        self.text[: a.hit.start],
                    )
                    if full is not None and not self.people.known(full.group()):
                        return full.group()
                    return name
            if lo >= pos:  # between blocks: step back over the gap
                lo = pos
            pos = lo - 1
        return None

    def _person_with_role(self, a: _Attr, role: str) -> str | None:
        """ "der Minister", "the mayor", „der Betreiber“: the person or body named last before it
        right after a title ending in that role ("Wirtschaftsminister Martin Dulig", "Mayor Dennis
        Kowalczyk", „dem Betreiber Nordwind Moorfeld GmbH“): a role introduced with its name
        keeps it through the article."""
        stem = re.escape(
            role.casefold().removesuffix("in")
            if role.casefold().endswith("erin")
            else role.casefold()
        )
        found = self._last_introduced(
            rf"(?i:[\w\-]*{stem}(?:in)?)\s+(?:(?:Dr|Prof)\.?\s+)?"
            rf"(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)+)",
            a.hit.start,
        )
        return self.people.fullname(found) if found is not None else None

    def _last_introduced(
        self, expression: str, before: int, keep: Callable[[str], bool] | None = None
    ) -> str | None:
        """The last `name` group of `expression` that starts before `before`: every match is
        found once per article and expression (the names a role or a noun introduces), then each
        question is a bisect."""
        cache = self.__dict__.setdefault("_introduced", {})
        found = cache.get(expression)
        if found is None:
            matches = [
                (m.start(), m.group("name"))
                for m in re.finditer(expression, self.text)
                if keep is None or keep(m.group("name"))
            ]
            found = cache[expression] = ([s for s, _ in matches], [n for _, n in matches])
        i = bisect_right(found[0], before - 1) - 1
        return found[1][i] if i >= 0 else None

    def _body_with_noun(self, a: _Attr, noun: str) -> str | None:
        """The body the article introduced with this noun before `a` ("Supermarket chain
        Harmon's", "Ferry operator Bluewake", „dem Betreiber Nordwind GmbH“): what "the chain"
        and „der Betreiber“ stand for."""
        stem = re.escape(noun.casefold().rstrip("s"))
        namer = a.namer
        if namer.lang == "de" and namer.is_org_head(noun):
            # „Wasserverband Oberes Elbtal“: the head is part of the name, not a description
            return self._last_introduced(
                rf"(?P<name>(?i:\b[\w\-]*{stem}s?)(?:\s+[A-ZÄÖÜ][\w'’&\-]+)+)",
                a.hit.start,
                lambda name: len(name.split()) > 1,
            )
        return self._last_introduced(
            rf"(?i:\b[\w\-]*{stem}s?)\s+(?P<name>[A-ZÄÖÜ][\w'’&\-]+(?:\s+[A-ZÄÖÜ][\w'’&\-]+)*)",
            a.hit.start,
            lambda name: (
                not namer.is_person(name) and name.split()[0].casefold() not in namer.not_names
            ),
        )

    def _speaker_in_block(self, a: _Attr) -> str | None:
        """The body named as a speaker last before `a` in its own paragraph ("The firm expects"
        after "Market researcher Telemetrix estimates")."""
        for b in reversed(self.attrs):
            if b.block != a.block or b.hit.start >= a.hit.start:
                continue
            if b.hit.kind not in ("name", "quoted") or not b.resolved:
                continue
            if b.hit.person or b.namer.gender(b.resolved) or self.people.known(b.resolved):
                continue
            if b.namer.is_document(b.resolved) or (
                " " not in b.resolved and b.namer.person_noun(b.resolved)
            ):
                continue
            return b.resolved
        return None

    def _named_body(self, a: _Attr, head: str, orgs: _Orgs) -> str | None:
        """The body named before `a` with a word that ends in `head` ("Kestrel County council" for
        "the council"): the latest, or the longest."""
        cache = self.__dict__.setdefault("_bodies_by_head", {})
        holding = cache.get((head, id(orgs)))
        if holding is None:
            holding = cache[(head, id(orgs))] = [
                (start, name)
                for start, _, name in orgs
                if len(name) > len(head)
                and any(_head_matches(w.casefold(), head) for w in name.split())
            ]
        best = None
        resolved = (a.resolved or "").casefold()
        for start, name in holding:
            if start >= a.hit.start:
                break
            if name.casefold() != resolved:
                if best is None or start > best[0] or len(name) > len(best[1]):
                    best = (start, name)
        return best[1] if best else None

    def attribute_interview(self) -> None:
        """A question-and-answer interview: paragraphs that ask (end in "?") alternate with the
        interviewee's answers, which carry no quotation marks and no "she said". A claim in an
        answer, and a quotation in the headline with no speaker, is the interviewee's: the person
        the introduction names (most often; the first of equals)."""
        blocks = self.article.blocks
        asks = [
            bi
            for bi, b in enumerate(blocks)
            if b.kind in ("paragraph", "heading") and b.text.rstrip(' "“”»«').endswith("?")
        ]
        answered = [bi for bi in asks if bi + 1 < len(blocks) and bi + 1 not in asks]
        if len(answered) < 3:
            return
        first_question = asks[0]
        counts: dict[str, int] = {}
        order: list[str] = []
        starts: dict[str, tuple[int, int]] = {}
        for bi in range(first_question):
            for m in self.people.mentions_in(blocks[bi].start, blocks[bi].end):
                name = m[2]
                if name not in counts:
                    order.append(name)
                    starts[name] = (m[0], m[1])
                counts[name] = counts.get(name, 0) + 1
        if not order:
            return
        person = max(order, key=lambda n: (counts[n], -order.index(n)))
        s, e = starts[person]
        namer = self.namers[self.rulesets[0].lang]
        attr = _Attr(
            NameHit(self.text[s:e], s, e, "name", True), self.article.block_index_at(s), namer
        )
        attr.resolved = person
        attr.note = f"the answer of an interview with {person}"
        self.attrs.append(attr)
        answers: list[tuple[int, int]] = []
        for n, bi in enumerate(asks):
            stop = asks[n + 1] if n + 1 < len(asks) else len(blocks)
            for ai in range(bi + 1, stop):
                block = blocks[ai]
                if block.kind in NON_ARTICLE_KINDS or _INTERVIEW_CREDIT.match(block.text):
                    continue
                answers.append((block.start, block.end))
        spans = _Spans(answers)
        for c in self.candidates:
            if c.rule.tag != "claim" or not spans.holding(c.start):
                continue
            if c.attr is None or not self._says(c.start, c.end, c.rule.lang):
                # the interviewee's words, whatever the sentence's subject („Das Orchester hat
                # den Entwurf gesehen“), unless the answer reports someone else's saying
                c.attr = attr
                c.why += "; an answer in the interview"
        title = blocks[0]
        for q in self.quotes:
            if q.attr is None and q.block == 0 and title.kind == "title":
                q.attr = attr
                q.how = f"a headline quotation in an interview with {person}"

    def inherit_speakers(self) -> None:
        """A quote with no speaker continues the one before it (same block, or opening the next)."""
        last: _Quote | None = None
        for q in sorted(self.quotes, key=lambda q: q.pair.start):
            if q.attr is None and last is not None and last.attr and last.attr.resolved:
                same_block = last.block == q.block
                opens_next = (
                    last.block == q.block - 1
                    and q.pair.start == self.article.blocks[q.block].start
                    and last.pair.end >= self.article.blocks[last.block].end - 2
                )
                if same_block or opens_next:
                    q.attr = last.attr
                    q.how = f"speaker carried over from the quote before ({last.attr.resolved})"
            last = q
        self._paragraph_speakers()
        self._headline_quotes()
        self._reported_speech_chains()

    def _reported_speech_chains(self) -> None:
        """German reported speech runs on for sentences with no verb of saying: a claim in the
        Konjunktiv („Größere Einheiten seien belastbarer, und sie ließen sich …“, „Vertretungen
        müssten dann …“) that names nobody, or only a pronoun nothing resolves, is the words of
        the speaker of the claim before it in its paragraph or the one before."""
        claims = sorted(
            (c for c in self.candidates if c.rule.tag == "claim"), key=lambda c: c.start
        )
        last: _Candidate | None = None
        for c in claims:
            named = c.attr is not None and c.attr.resolved and not _unresolved_pronoun(c.attr)
            if named:
                last = c
                continue
            if last is None or last.attr is None or c.rule.lang != "de":
                continue
            if self.article.block_index_at(c.start) - self.article.block_index_at(last.start) > 1:
                last = None
                continue
            if not _REPORTED.search(self.text, c.start, c.end) or self._inside_quote(c.start):
                continue
            if c.attr is not None and self._says(c.start, c.end):
                continue  # „…, ließ sie über ihre Anwältin erklären“: she is the speaker
            speaker = last.attr
            if speaker is None:
                continue
            c.attr = speaker
            c.inherited = True
            c.why += f"; reported speech going on from {speaker.resolved}"

    def _paragraph_speakers(self) -> None:
        """A quotation no verb attributes is the words of the person its paragraph is about: the
        speaker of a later quote in the paragraph („„…“ Dann: „…“, sagt Wernecke“), else the person
        the paragraph names last before it ("Ashworth remembers the lowest moment. "March
        2022 …""), else, for a paragraph that opens with it, the person named as the subject
        just before."""
        quotes = sorted(self.quotes, key=lambda q: q.pair.start)
        namer = self.namers[self.rulesets[0].lang]
        for i, q in enumerate(quotes):
            block = self.article.blocks[q.block]
            if q.attr is not None or q.words < 4 or block.kind in ("title", "heading"):
                continue
            opening = self.text[self._sentence(q.pair.start)[0] : q.pair.start].strip()
            if opening and not opening.endswith(":"):
                continue  # a fragment inside someone's sentence, not their own words
            if self._quoted_subheading(q):
                continue  # its section's speaker is found by _headline_quotes
            later = next(
                (
                    o
                    for o in quotes[i + 1 :]
                    if o.block == q.block and o.attr is not None and o.attr.resolved
                ),
                None,
            )
            if later is not None and later.attr is not None:
                q.attr = later.attr
                q.how = f"speaker of the paragraph's next quote ({later.attr.resolved})"
                continue
            named = [m for m in self.people.mentions_in(block.start, q.pair.start) if m[2] != ""]
            person = named[-1][2] if named else None
            if person is None and q.pair.start <= block.start + 2:
                person = self.people.person_before(q.pair.start, q.block - 1)
            if person is None:
                continue
            hit = NameHit(person, q.pair.start, q.pair.start, "name", person=True)
            q.attr = _Attr(hit, q.block, namer, resolved=person)
            q.how = f"no verb names the speaker; the paragraph is about {person}"

    def _quoted_subheading(self, q: _Quote) -> bool:
        """A quotation alone on its line with no sentence mark inside its closing quote: a
        subheading („'I trusted him with everything'“), not a paragraph of someone's words."""
        block = self.article.blocks[q.block]
        alone = q.pair.start <= block.start + 1 and not self.text[q.pair.end : block.end].strip()
        return alone and self.text[q.pair.end - 2] not in ".!?,…"

    def _headline_quotes(self) -> None:
        """A quotation in the headline with no speaker is the words of whoever says them in the
        article ("'He treated the pension fund as his own'" … told jurors he had "treated the
        pension fund as his own private bank account"): the first later quote that holds most of
        its words."""
        blocks = self.article.blocks
        ordered = sorted(self.quotes, key=lambda o: o.pair.start)
        for q in self.quotes:
            block = blocks[q.block]
            if q.attr is not None or not (block.kind == "title" or self._quoted_subheading(q)):
                continue
            words = {w.casefold() for w in _WORD.findall(self.text, q.pair.start, q.pair.end)}
            words = {w for w in words if len(w) > 2}
            if len(words) < 3:
                continue
            later = [o for o in ordered if o.block > q.block and o.attr and o.attr.resolved]
            for other in later:
                found = {
                    w.casefold() for w in _WORD.findall(self.text, other.pair.start, other.pair.end)
                }
                if len(words & found) * 10 >= len(words) * 7 and other.attr is not None:
                    q.attr = other.attr
                    q.how = f"the headline quotes {other.attr.resolved} (the words recur)"
                    break
            if q.attr is None and block.kind != "title" and later:
                # a quoted subheading: the words of whoever speaks in the section it heads
                nearest = later[0]
                if nearest.block <= q.block + 3 and nearest.attr is not None:
                    q.attr = nearest.attr
                    q.how = f"a quoted subheading over {nearest.attr.resolved}'s section"

    # 5. output ------------------------------------------------------------------------------------
    def suggestions(self, only: frozenset[str] | None = None) -> tuple[Suggestion, ...]:
        text = self.text
        cands = list(self.candidates)
        for q in self.quotes:
            s, e = q.pair.start, q.pair.end
            why = f"{q.words} words between {text[s]}…{text[e - 1]}"
            if q.how:
                why += f"; {q.how}"
            cands.append(_Candidate(q.rule, s, e, s, e, why, q.attr))
        merged: dict[tuple[str, int, int], list[_Candidate]] = {}
        for c in cands:
            if only is None or c.rule.id in only:
                merged.setdefault((c.rule.tag, c.start, c.end), []).append(c)
        # claims that cite a source lend it to a quote of theirs that names no speaker
        cited = [
            c for c in cands if c.rule.tag == "claim" and c.attr is not None and c.attr.resolved
        ]
        out: list[Suggestion] = []
        for (tag, start, end), group in merged.items():
            group.sort(key=lambda c: (c.cue_start, c.rule.id))
            first = group[0]
            named = [c for c in group if c.attr is not None and c.attr.resolved]
            named.sort(key=lambda c: (-_rank(c), c.cue_start))
            attr = named[0].attr if named else None
            whys = list(dict.fromkeys(c.why for c in group))
            if attr is not None and attr.note:
                whys.append(attr.note)
            attribution = attr.resolved if attr is not None else None
            if tag == "quote" and attribution is None:
                for c in cited:
                    if c.start <= start and end <= c.end:
                        attribution = c.attr.resolved if c.attr else None
                        whys.append(f"no speaker named; the sentence cites {attribution}")
                        break
            out.append(
                Suggestion(
                    tag=tag,
                    rule=first.rule.id,
                    start=start,
                    end=end,
                    text=text[start:end],
                    attribution=attribution,
                    cue_start=first.cue_start,
                    cue_end=first.cue_end,
                    why="; ".join(whys),
                )
            )
        out.sort(key=lambda s: (s.start, s.end, _TAG_ORDER.get(s.tag, 9), s.rule))
        return tuple(out)

    def _is_source(self, a: _Attr) -> bool:
        """A person or body the article attributes something to: not an unresolved pronoun, a
        document, the article's own publisher, nor a phrase whose head cannot speak."""
        name = a.resolved
        if not name or name == a.hit.text and a.hit.kind in ("pronoun", "age", "own", "possessive"):
            return False
        if _is_document(name, a.namer) or self._publisher(name, a.namer):
            return False
        if any(c.isdigit() for c in name) and a.hit.kind != "quoted":
            return False
        words = name.split()
        if len(words) == 1 and words[0].casefold() in a.namer.not_names:
            if not a.namer.source_noun(name):
                return False
        if name == a.hit.text and a.hit.kind == "descriptive" and not a.namer.source_noun(name):
            return False
        content = [w for w in words if w.casefold() not in a.namer.determiners]
        if (
            len(content) == 1
            and (
                a.namer._is_role(content[0])
                or content[0].casefold().rstrip("s") in a.namer.spokespersons
            )
            and not a.namer.is_group(content[0])
            and (name == a.hit.text or len(words) == 1)
        ):
            return False  # "boss", „eines Sprechers“ left unresolved: a role, not someone named
        return True

    def _publisher(self, name: str, namer: Namer) -> bool:
        """The article's own publisher: the agency of a dateline, the name after "©", the body
        of a press release's header, the paper in "lesen Sie … im EXPRESS"."""
        found = getattr(self, "_publishers", None)
        if found is None:
            found = self._publishers = _publishers(self.article)
        if not found:
            return False
        key = _genitive_base(_source_key(name, namer))
        head = key.split()[0] if key else ""
        return key in found or (" " not in key and head in {p.split()[0] for p in found})

    def _acronyms(self) -> dict[str, str]:
        """ "Motor Workers' Union (MWU)": the acronym's source key → the full name's."""
        out: dict[str, str] = {}
        for m in _ACRONYM_AFTER.finditer(self.text):
            name = m.group("name").split()
            namer = self.namers[self.rulesets[0].lang]
            while name and (
                name[0].casefold() in namer.determiners or name[0].casefold() in namer.prepositions
            ):
                name = name[1:]
            if name:
                out[m.group("acr").casefold()] = _genitive_base(_source_key(" ".join(name), namer))
        return out

    def sources(self, suggestions: tuple[Suggestion, ...]) -> tuple[Source, ...]:
        """The cited sources, one per person or body: a surname merged into the full name (in
        `resolve`), "the council" into the one named source ending in "council"; documents
        ("the report", "Gerichtsdokumente") are no person or body and stay attributions only.
        Each source knows the suggestions attributed to it, so a panel can list them."""
        groups: OrderedDict[str, dict[str, Any]] = OrderedDict()
        acronyms = self._acronyms()
        for a in sorted(self.attrs, key=lambda a: (a.hit.start, a.hit.end)):
            name = a.resolved
            if name is None or not self._is_source(a):
                continue
            key = _source_key(name, a.namer)
            key = acronyms.get(key, key)
            g = groups.setdefault(key, {"names": {}, "mentions": set()})
            g["names"][name] = g["names"].get(name, 0) + 1
            g["mentions"].add((a.hit.start, a.hit.end))
        for key in list(groups):  # "Bundes der Steuerzahler" → "Bund der Steuerzahler"
            base = _genitive_base(key)
            if base != key and base in groups:
                into, merged = groups[base], groups.pop(key)
                for n, c in merged["names"].items():
                    into["names"][n] = into["names"].get(n, 0) + c
                into["mentions"] |= merged["mentions"]
        for key in list(
            groups
        ):  # "the council" → "Kestrel County council", „Stiftung“ → „Stiftung X“
            if " " in key:
                continue
            base = _genitive_base(key)
            longer = [
                k for k in groups if k != key and any(_head_matches(w, base) for w in k.split())
            ]
            if len(longer) == 1:
                into, merged = groups[longer[0]], groups.pop(key)
                for n, c in merged["names"].items():
                    into["names"][n] = into["names"].get(n, 0) + c
                into["mentions"] |= merged["mentions"]
        out = []
        for g in groups.values():
            mentions = tuple(sorted(g["mentions"]))
            name = max(g["names"], key=lambda n: (len(n.split()) > 1, g["names"][n], len(n)))
            aliases = tuple(n for n in g["names"] if n != name)
            wanted = {name, *aliases}
            mine = tuple(i for i, s in enumerate(suggestions) if s.attribution in wanted)
            out.append(Source(name, len(mentions), mentions, aliases, mine))
        out.sort(key=lambda s: (-s.count, s.mentions[0] if s.mentions else (0, 0)))
        return tuple(out)


_SPLITTERS: dict[str, re.Pattern[str]] = {}


def _splitter(rs: RuleSet) -> re.Pattern[str]:
    """Where clauses meet: ";", ": ", a spaced dash, a comma before a conjunction or before a
    participle that reports (", warning that …")."""
    found = _SPLITTERS.get(rs.lang)
    if found is None:
        conj = "|".join(re.escape(w) for w in rs.lexicon.get("clause_conjunctions", ()))
        participles = "|".join(re.escape(w) for w in rs.lexicon.get("clause_participles", ()))
        found = re.compile(
            rf";\s+|:\s+|\s+[–—]\s+|,\s+(?:{conj})\b\s*"
            + (rf"|,\s+(?=(?:{participles})\b)" if participles else "")
        )
        _SPLITTERS[rs.lang] = found
    return found


_NOT_KONJUNKTIV_ENDINGS = ("ete", "liche", "ische", "ige", "ene", "ste", "nde", "ale", "ive")
# a word before a title noun that makes it a verb: "would show", "to play", "will film"
_VERB_MARKERS = frozenset(
    {"would", "will", "to", "can", "could", "may", "might", "should", "must", "does", "did", "do"}
)


_FEMININE_NOUNS = (
    "ung",
    "kammer",
    "schaft",
    "ei",
    "ion",
    "tät",
    "stelle",
    "kasse",
    "bank",
    "behörde",
    "partei",
    "stadt",
    "gemeinde",
    "bahn",
    "klinik",
    "stiftung",
    "initiative",
    "agentur",
    "kommission",
    "leitung",
    "direktion",
    "firma",
    "gruppe",
    "vereinigung",
    "gewerkschaft",
    "zentrale",
)
_MASCULINE_NOUNS = (
    "verband",
    "verein",
    "konzern",
    "rat",
    "bund",
    "dienst",
    "kreis",
    "betreiber",
    "veranstalter",
    "hersteller",
    "sender",
    "club",
    "klub",
    "senat",
    "ausschuss",
    "beirat",
)


_NEUTER_NOUNS = (
    "amt",
    "gericht",
    "ministerium",
    "institut",
    "unternehmen",
    "rathaus",
    "krankenhaus",
    "büro",
    "werk",
    "zentrum",
    "bündnis",
    "präsidium",
    "kommando",
)


def _neuter(name: str) -> bool:
    """A German body whose head noun is neuter („Amtsgericht Görlitz“, „das Landratsamt“): an
    „es“, never a „sie“ or an „er“."""
    words = name.split()
    head = next((w for w in words if w.casefold().rstrip("s").endswith(_NEUTER_NOUNS)), None)
    return head is not None and not _noun_gender(words[-1]) and words[0] == head


def _noun_gender(noun: str) -> str:
    """A German body's grammatical gender from its head noun's ending: „Kammer“ f, „Verband“ m,
    „Amt“ n (""): what „sie“ and „er“ can stand for."""
    f = noun.casefold().rstrip("s") if noun.casefold().endswith(("ts", "es")) else noun.casefold()
    if f.endswith(_FEMININE_NOUNS):
        return "f"
    if f.endswith(_MASCULINE_NOUNS):
        return "m"
    return ""


def _role_gender(noun: str, phrase: str, lang: str) -> str:
    """ "f", "m" or "" for a person named by role: „Richterin“, "spokeswoman", „Die Angeklagte“."""
    f = noun.casefold()
    if lang == "de" and f.endswith("in") and len(f) > 4:
        return "f"
    if f.endswith(_FEMININE) and not f.endswith(("mann", "man")):
        return "f"
    if f.endswith(_MASCULINE):
        return "m"
    first = phrase.split()[0].casefold() if phrase.split() else ""
    if first == "die":
        return "f"
    if first == "der":
        return "m"
    return ""


def _head_matches(word: str, head: str) -> bool:
    """ "council" names "Council", "Handelsverband" ends in "verband", "Bundes" is "Bund"."""
    word = word.strip("'’")
    if word == head or _genitive_base(word) == head or word.rstrip("s") == head:
        return True
    return len(head) >= 5 and (word.endswith(head) or _genitive_base(word).endswith(head))


def _matches(
    rule: Rule, pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The rule's matches (of its `pattern`) in [start, end). A rule whose pattern opens with a name phrase gives an
    `anchor` (a word it must contain, "zufolge"): the pattern then runs only in the 160
    characters before each anchor, not from every position of the text."""
    anchor = rule.params.get("anchor")
    if not anchor:
        yield from pattern.finditer(text, start, end)
        return
    seen: set[tuple[int, int]] = set()
    for a in _anchor(anchor).finditer(text, start, end):
        for m in pattern.finditer(text, max(start, a.start() - 160), min(end, a.end() + 160)):
            if m.span() not in seen and m.start() <= a.start() < m.end() + 1:
                seen.add(m.span())
                yield m


_ANCHORS: dict[str, re.Pattern[str]] = {}


def _anchor(expression: str) -> re.Pattern[str]:
    found = _ANCHORS.get(expression)
    if found is None:
        found = _ANCHORS[expression] = re.compile(expression)
    return found


def _rank(c: _Candidate) -> int:
    """How sure a candidate's source is: named by its own cue or the subject of its own verb (3),
    a pronoun resolved (2), carried over from the sentence before (1)."""
    if c.inherited:
        return 1
    if c.attr is not None and c.attr.hit.kind in ("pronoun", "age", "own", "possessive"):
        return 2
    return 3


# the commonest verbs of German reported speech (Konjunktiv I, and II standing in for it)
_REPORTED = re.compile(
    r"\b(?:sei|seien|habe|hätten|werde|würden|müsse|müssten|könne|könnten|dürfe|dürften|solle"
    r"|wolle|gebe|gäbe|liege|lägen|bleibe|fehle|fehlten|stehe|gehe|komme|kämen|brauche"
    r"|bräuchten|lasse|ließen|verliere|gelte|reiche|treffe|zahle|koste)\b"
)


def _unresolved_pronoun(a: _Attr) -> bool:
    return a.hit.kind == "pronoun" and (a.resolved is None or a.resolved == a.hit.text)


def _konjunktiv_form(form: str, not_forms: frozenset[str]) -> bool:
    """A lower-case word in -e after a subject that can be a Konjunktiv I ("reagiere"), not an
    adjective, a determiner or a Präteritum ("zeigte")."""
    if form in not_forms or (
        form.endswith(_NOT_KONJUNKTIV_ENDINGS) and not form.endswith("eige")  # „verschweige“
    ):
        return False
    return not (form.endswith("te") and form[-3] not in "t")


def _own_source(text: str, cs: int, ce: int) -> NameHit | None:
    """ "nach eigenen Angaben" (the subject, resolved later) or "nach Senderangaben" (the
    broadcaster): the source a cue names inside itself."""
    own = _OWN.search(text, cs, ce)
    if own:
        return NameHit(own.group(), own.start(), own.end(), "own")
    owner = _POSSESSIVE_DET.search(text, cs, ce)
    if owner:
        return NameHit(owner.group(), owner.start(), owner.end(), "possessive")
    compound = _COMPOUND_SOURCE.search(text, cs, ce)
    if compound:
        return NameHit(compound.group(1), compound.start(1), compound.end(1), "descriptive")
    return None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined (for a `_Spans` lookup)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_ACRONYM_AFTER = re.compile(
    r"(?P<name>(?:[A-ZÄÖÜ][\w’'\-]*\s+(?:(?:für|der|des|of|for|and|und)\s+)?){1,5})\((?P<acr>[A-ZÄÖÜ]{2,6})\)"
)
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .,'’\-]{0,40}?\((?P<name>[A-Za-z][\w .\-]{0,24})\)\s*[-–—]")
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\))\s*(?:\d{4}\s+)?(?P<name>[A-ZÄÖÜ][\w .&\-]{1,40})")
_READ_MORE = re.compile(
    r"\b(?:lesen Sie|Read more)\b[^.\n]{0,40}?\b(?:im|in der|bei|at|in|on)\s+(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)"
)
_PRESS_RELEASE = re.compile(
    r"(?:Pressemitteilung|Press release|Medienmitteilung)[^|\n]{0,40}\|\s*(?P<name>[^|\n]{3,80})"
)


def _publishers(article: Article) -> set[str]:
    """Source keys of the article's own publisher, from the few places it names itself."""
    found: set[str] = set()
    text = article.text
    for block in article.blocks[:4]:
        m = _DATELINE.match(block.text)
        if m:
            found.add(m.group("name").strip().casefold())
        m = _PRESS_RELEASE.search(block.text)
        if m:
            found.add(m.group("name").strip().casefold())
    for pattern in (_COPYRIGHT, _READ_MORE):
        for m in pattern.finditer(text):
            found.add(m.group("name").strip().rstrip(".").casefold())
    return {_genitive_base(f) for f in found if f}


_CAPITAL = re.compile(r"\b(?P<w>[A-ZÄÖÜ][a-zäöüß][\w\-’']*[a-zäöüß])\b")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+(\S+)")
# a figure with its unit: a hedged sentence that states one is checkable as well ("faces up to
# ten years", „droht ein Bußgeld von bis zu 10.000 Euro“, "expects profit of £180m")
_AMOUNT = re.compile(
    r"(?:[£$€]\s?\d|\b\d[\d.,]*\s?(?:%|Prozent|per\s?cent|Euro|Millionen|Milliarden|million|"
    r"billion|bn|m\b|p\b)|\b(?:bis\s+zu|up\s+to)\s+(?:\w+\s+)?(?:Jahre|years|Euro|\d))"
)
# a role, perhaps its owner, then the person's name in apposition: "…, Onno Feldhaus, …"
_ROLE_THEN_NAME = re.compile(
    r"(?:\s+(?:der|des|von|vom|of|of\s+the|at|for)\s+[\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)?,\s+"
    r"(?P<name>(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+[A-ZÄÖÜ][\w'’\-]+)(?=\s*[,(])"
)
_ROLE_NAME = re.compile(
    r"\b(?P<role>[A-Za-zÄÖÜäöüß\-]+)\s+(?P<name>(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"\s+[A-ZÄÖÜ][\w'’\-]*[a-zäöüß])\b"
)
_ANONYMOUS = frozenset({"kreise", "kreisen", "quellen", "umfeld", "insider", "sources", "circles"})
_BODY_OWNER = re.compile(
    r"\s+(?:des|der|eines|einer|of\s+the|of|at\s+the|at|from\s+the|from)\s+"
    r"(?P<body>[A-ZÄÖÜ][\w\-]*(?:\s+(?:für|der|des|of|for|and|und|&)?\s*[A-ZÄÖÜ][\w\-]*){0,4})"
)
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "ismus", "ität", "chen", "lein",
    # adjectives that open a body's name: „Philharmonisches Orchester“, „Statistisches Landesamt“
    "ische", "isches", "ischen", "ischer", "liche", "liches", "lichen", "licher", "ige", "iges",
    "igen", "iger", "ale", "ales", "alen", "aler",
)  # fmt: skip
_NAME_TAIL = re.compile(r"\s+(und|&|im|in\s+der|in\s+den)\s+[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?")
_ADJECTIVE_BEFORE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{3,}(?:e|er|es|en))\s+$")
_ELIDED_HEAD = re.compile(r"\b[A-ZÄÖÜ][\w]*-\s+(?:und|oder)\s+$")


def _listed_as_other(word: str, namer: Namer) -> bool:
    """A word the lists know as something other than a name: a function word, a role, a kind of
    body ("Auch", „Trainer“, „Verband“, "company")."""
    fold = word.casefold()
    return (
        fold in namer.not_names
        or fold in namer.determiners
        or fold in namer.prepositions
        or fold in namer.pronouns
        or fold in namer.subordinators
        or fold in namer.generic_orgs
        or fold in namer.company_nouns
        or namer._is_role(word)
        or namer.is_org_head(word)
    )


def _without_role(name: str, namer: Namer) -> str:
    """A person's name without the role and owner before it: „Talheims Trainer Marek Nowak“ →
    „Marek Nowak“, "Chief Executive Dana Ruiz" → "Dana Ruiz"."""
    words = name.split()
    cut = max((i for i, w in enumerate(words[:-1]) if namer._is_role(w)), default=-1)
    rest = words[cut + 1 :]
    if cut < 0 or not rest or not all(w[:1].isupper() for w in rest):
        return name
    return " ".join(rest)


def _genitive_base(key: str) -> str:
    """A German name's first word without its genitive ending: "bundes der steuerzahler" →
    "bund der steuerzahler", "nordinstituts für …" → "nordinstitut für …", "ministeriums" →
    "ministerium"."""
    first, _, rest = key.partition(" ")
    if len(first) > 4 and first.endswith("es") and first[-3] in "dt":
        first = first[:-2]
    elif len(first) > 4 and first.endswith("s") and not first.endswith(("ss", "us", "is", "os")):
        first = first[:-1]
    return f"{first} {rest}".strip()


def _is_document(name: str, namer: Namer) -> bool:
    """A document or a figure, not a person or body: "the report", "Gerichtsdokumenten"."""
    words = name.casefold().split()
    return bool(words) and any(words[-1].endswith(d) for d in namer.documents)


def _source_key(name: str, namer: Namer) -> str:
    words = name.split()
    for n, w in enumerate(words[:3]):
        if w.casefold() in namer.spokespersons and n + 1 < len(words):
            link = words[n + 1].casefold()
            if link in ("for", "of", "at", "des", "der", "von", "vom") and n + 2 < len(words):
                words = words[n + 2 :]  # "a spokesman for Northern Television": the body
                break
    while len(words) > 1 and words[0].casefold() in namer.determiners:
        words = words[1:]
    return " ".join(words).casefold()


# --- public API ----------------------------------------------------------------------------------

_CACHE: OrderedDict[tuple[str, str, frozenset[str] | None], Analysis] = OrderedDict()
_CACHE_SIZE = 16
_lock = threading.Lock()


def analyse(article: Article, rules: Collection[str] | None = None) -> Analysis:
    """Suggestions and sources of one article version (cached by text id and language).

    `rules`, if given, keeps only the suggestions of those rule ids (the sources stay whole).
    """
    only = frozenset(rules) if rules is not None else None
    key = (article.id, article.lang, only)
    with _lock:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    rulesets = rulesets_for(article.lang)
    if not rulesets or not article.text:
        result = Analysis((), ())
    else:
        p = _Pass(article, rulesets)
        p.find_quotes()
        p.find_cues()
        p.find_konjunktiv()
        p.find_checkworthy()
        p.resolve()
        p.attribute_interview()
        p.inherit_speakers()
        found = p.suggestions(only)
        result = Analysis(found, p.sources(found))
    with _lock:
        _CACHE[key] = result
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


def suggest(article: Article, rules: Collection[str] | None = None) -> list[Suggestion]:
    """Every suggestion for `article` (or those of the `rules` ids), in text order."""
    return list(analyse(article, rules).suggestions)


def sources(article: Article) -> list[Source]:
    """Who `article` cites, most-cited first (ties: first cited first)."""
    return list(analyse(article).sources)
