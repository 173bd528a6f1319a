"""Pass 1: paired quotations block by block (titles of films and books set apart), and each
quote's speaker from its reporting clause, after the quote or before it."""

from __future__ import annotations

import re

from reader.core.article import NON_ARTICLE_KINDS
from reader.core.suggest.context import Pass
from reader.core.suggest.cues import surname_named_before
from reader.core.suggest.forms import WORD, audience_only
from reader.core.suggest.mentions import AGE_AFTER_NAME, POSSESSIVE_OPENING
from reader.core.suggest.names import REACH, Namer
from reader.core.suggest.quotes import QuotePair
from reader.core.suggest.quotes import find_quotes as quote_pairs
from reader.core.suggest.records import Attr, FoundQuote, Spans
from reader.core.suggest.ruleset import RuleSet
from reader.core.suggest.tokens import CAPITALS, SMALL

# the end of a reporting clause: a sentence mark (not the dot of "Dr.", "Prof.", an initial or a
# date), or a quotation mark
_CLAUSE_END = re.compile(
    r"(?<!\bDr)(?<!\bProf)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\s["
    + CAPITALS
    + r"])(?<!\d)\."
    r"|[!?;]|[„“”\"»«]"
)

# a reporting clause that holds more of the sentence before its comma: the quote sat inside it
_RUNS_ON_AFTER_QUOTE = re.compile(r"\s+(?P<first>[" + SMALL + r"][\w’'\-]*)(?:\s+[\w’'\-]+)+?\s*,")

_NEW_SENTENCE = re.compile(r"\s+[" + CAPITALS + r"]")

_RUNS_ON = re.compile(r"[^\S\n]+[" + SMALL + r"]")  # a lower-case word after the closing mark

_GAP = re.compile(r"[,]?\s*[,–—]?\s*")  # between a closing mark and its reporting clause

_GAP_WORD = re.compile(r"[^\s.;:!?„“”\"»«]+\s+")

_OPENERS = "„“»«‚‘\"'"

# a word before a title noun that makes it a verb: "would show", "to play", "will film"
_VERB_MARKERS = frozenset(
    {"would", "will", "to", "can", "could", "may", "might", "should", "must", "does", "did", "do"}
)


def find_quotes(ctx: Pass) -> None:
    all_pairs: list[tuple[int, int]] = []
    quote_rules = [(rs, r) for rs in ctx.rulesets for r in rs.rules if r.kind == "quote"]
    pairs_option = quote_rules[0][1].params.get("pairs") if quote_rules else None
    for bi, block in enumerate(ctx.article.blocks):
        if block.kind in NON_ARTICLE_KINDS:
            ctx.pairs[bi] = []
            continue
        after = ctx.article.blocks[bi + 1] if bi + 1 < len(ctx.article.blocks) else None
        runs_on = after is not None and after.text[:1] in _OPENERS
        found = [
            QuotePair(block.start + p.start, block.start + p.end)
            for p in quote_pairs(block.text, pairs_option, runs_on)
        ]
        ctx.pairs[bi] = found
        all_pairs.extend((p.start, p.end) for p in found)
    ctx.quote_spans = Spans(all_pairs)
    clauses: list[tuple[int, int]] = []
    for bi, found in ctx.pairs.items():
        previous_end = ctx.article.blocks[bi].start
        for p in found:
            words = len(WORD.findall(ctx.text, p.start + 1, p.end - 1))
            if _is_title(ctx, p, quote_rules[0][0] if quote_rules else None):
                continue  # a film, a book, a song: no quotation
            chosen: FoundQuote | None = None
            for rs, rule in quote_rules:
                q = FoundQuote(p, bi, rule, words)
                _speaker(ctx, q, rs, ctx.namers[rs.lang], previous_end)
                if chosen is None or (chosen.attr is None and q.attr is not None):
                    chosen = q
            if chosen is not None:
                embedded = (
                    _RUNS_ON_AFTER_QUOTE.match(ctx.text, chosen.clause[0], chosen.clause[1])
                    if chosen.clause
                    else None
                )
                if embedded is not None and embedded.group("first").casefold() in (
                    ctx.rulesets[0].words("reporting_verbs")
                ):
                    embedded = None  # '"…," said BillCheck's head of telecoms, Martin Leary'
                if embedded is None and chosen.clause and chosen.clause[1] <= p.start:
                    # 'X said members had reported "at least a dozen" appointments cancelled':
                    # the reported words run on after the quote, which is a phrase of theirs
                    embedded = _RUNS_ON.match(ctx.text, p.end)
                # a short quotation is a statement when it is a sentence of its own with
                # a reporting clause („Dazu fehlen Langzeitdaten“, so Voss.), not a phrase
                # inside a sentence (scare quotes, „schwarzen Tag“)
                before = _char_before(ctx.text, ctx.article.blocks[bi].start, p.start)
                opens = before in ("", ".", "!", "?", ":")
                standalone = (
                    words >= 3 and chosen.attr is not None and chosen.clause is not None and opens
                )
                kept = standalone or words >= int(chosen.rule.params.get("min_words", 4))
                if chosen.clause and embedded is None and (kept or opens):
                    # even a short quote's "he said" is no reported speech — unless the
                    # sentence runs on after the quote ('He had "genuinely intended" to
                    # finish the work, Rhys Evans told the court'), or the quote is a phrase
                    # the reported words end with ('X said the case showed "the system
                    # works"'): then it is the claim's
                    clauses.append(chosen.clause)
                if kept:
                    if chosen.attr is not None:
                        ctx.attrs.append(chosen.attr)
                    ctx.quotes.append(chosen)
                    previous_end = p.end
    ctx.clauses = clauses


def _intro(text: str, q: FoundQuote, lo: int, s: int) -> re.Match[str] | None:
    """The reporting clause in [lo, s) that introduces the quotation at `s`, the last one if
    several: "X sagte:", "X sprach von einem", "Y told the BBC:"."""
    intro: re.Match[str] | None = None
    for pattern in q.rule.patterns.get("intro", ()):
        for im in pattern.finditer(text, lo, s):
            if intro is None or im.start("verb") > intro.start("verb"):
                intro = im
    return intro


# the first lower-case word of a sentence that opens with a name: „Vahlbrock winkt ab:“
_FIRST_SMALL = re.compile(r"[^\S\n]+[" + SMALL + r"]")

# a kin or role noun after a possessive before the name: „Seine Frau Silke (44) ist fassungslos:“
_POSSESSIVE_NOUN = re.compile(POSSESSIVE_OPENING + r"\s+[" + CAPITALS + r"][\w-]*\s+")


def _colon_subject(ctx: Pass, q: FoundQuote, namer: Namer, lo: int, s: int) -> None:
    """A quotation after a colon that ends a sentence opened by its subject, with no reporting
    verb: „Vahlbrock winkt ab: „Da gibt es kein Bier.““ is Vahlbrock's."""
    text = ctx.text
    if _char_before(text, lo, s) != ":":
        return
    colon = text.rindex(":", lo, s)
    while lo < colon and text[lo].isspace():
        lo += 1
    verb = _FIRST_SMALL.search(text, lo, colon)
    if verb is None:
        return
    hit = namer.before(text, verb.start() + 1, lo)
    if hit is None or hit.start != lo and not _POSSESSIVE_NOUN.fullmatch(text, lo, hit.start):
        return
    if (
        not hit.person
        and not surname_named_before(ctx, namer, hit.text, lo)
        and not AGE_AFTER_NAME.match(text, hit.end)  # „Placido (9) versteht die Welt nicht mehr:“
    ):
        return  # „Hinten stehen Schüler …:“, „Übrig sind … ein Schild:“: no one's name
    q.attr = Attr(hit, q.block, namer)
    q.how = f"speaker from “{text[lo : colon + 1]}”"


def _char_before(text: str, lo: int, pos: int) -> str:
    """The last character before `pos` that is not white space (not looking back past `lo`),
    read backwards so that many quotations in one long paragraph stay linear; "" if none."""
    i = pos - 1
    while i >= lo and text[i].isspace():
        i -= 1
    return text[i] if i >= lo else ""


# a German title named by its kind right after it: „…“, einem Heimatfilm / eine Ausstellung
_TITLE_AFTER = re.compile(
    r"\s*,\s+(?:einem|einer|ein|eine|der|die|das|dem|den)\s+(?:["
    + SMALL
    + r"]+\s+)?(?P<noun>["
    + CAPITALS
    + r"]\w+)"
)


def _compound_of(word: str, nouns: frozenset[str]) -> bool:
    """„Förderprogramm“, „Fernsehdokumentation“, „Gedichtband“: a German compound whose last
    part is a kind of title (the part at least four letters, the word longer)."""
    fold = word.casefold()
    return any(len(n) >= 4 and len(fold) > len(n) and fold.endswith(n) for n in nouns)


def _is_title(ctx: Pass, p: QuotePair, rs: RuleSet | None) -> bool:
    """A title in quotation marks: after "the film", "sein Buch", "album" (within three
    words, no colon between), in parentheses after a name, or, in English, in title case."""
    if rs is None:
        return False
    text = ctx.text
    inner = text[p.start + 1 : p.end - 1].strip()
    if not inner or inner[-1] in ".,!?;:…":
        return False
    before = text[max(0, p.start - 40) : p.start]
    if before.rstrip().endswith("("):
        return True
    if ":" not in before[-25:]:
        nouns = ctx.title_nouns(rs)
        # the words of its own sentence („… sieht das Programm skeptisch. „Mit …“ is a quote)
        own = re.split(r"[.!?]\s", before)[-1] if rs.lang == "de" else before
        words_before = re.findall(r"\w+", own)[-4:]
        for n, w in enumerate(words_before):
            if n == 0 and len(words_before) == 4:
                continue  # only there to see what comes before the first of the last three
            if (w.casefold() in nouns or (rs.lang == "de" and _compound_of(w, nouns))) and not (
                n > 0 and words_before[n - 1].casefold() in _VERB_MARKERS
            ):
                return True  # "the show", not "would show"; „das Förderprogramm“, „Gedichtband“
    if rs.lang == "de":
        after = _TITLE_AFTER.match(text, p.end)  # „mit „…“, einem Heimatfilm“
        if after is not None and _compound_of(after.group("noun"), ctx.title_nouns(rs)):
            return True
    words = inner.split()
    if "en" in {r.lang for r in ctx.rulesets} and len(words) >= 2:
        long = [w for w in words if len(w.strip(",:;")) >= 4]
        return bool(long) and words[0][0].isupper() and all(w[0].isupper() for w in long)
    return False


_OPENING_WORD = re.compile(r"[^\W\d_]+")
_TAG_OPENERS = frozenset({"as", "wie"})  # "“…”, as the minister said": a tag all the same


def _new_clause(text: str, at: int, hi: int, namer: Namer) -> bool:
    """Whether what follows a quotation opens a clause of its own with a conjunction
    ("because", "but", „weil“), so that a reporting verb in it is not the quotation's."""
    word = _OPENING_WORD.match(text, at, hi)
    if word is None:
        return False
    fold = word.group().casefold()
    return fold not in _TAG_OPENERS and (fold in namer.subordinators or fold in namer.conjunctions)


def _speaker(ctx: Pass, q: FoundQuote, rs: RuleSet, namer: Namer, previous_end: int) -> None:
    text = ctx.text
    block = ctx.article.blocks[q.block]
    s, e = q.pair.start, q.pair.end
    # after the quote: „…“, sagte X / “…,” said X / “…,” she said — unless the quotation
    # closed its sentence and a new one begins ("… yet." He said further cuts …)
    reach = min(block.end, e + REACH)  # a speaker is named near the quote, never a page on
    stop = _CLAUSE_END.search(text, e, reach)
    hi = stop.start() if stop else reach
    if text[e - 2 : e - 1] in (".", "!", "?") and _NEW_SENTENCE.match(text, e):
        hi = e
    gap = _GAP.match(text, e, hi)  # (every part of it is optional)
    at = gap.end() if gap else e
    for pattern in q.rule.patterns.get("clause", ()):
        vm = pattern.match(text, at, hi)
        if vm:  # the verb comes first: "said X", "erklärte CEO X", "so X"
            hit = namer.after(text, vm.end("verb"), hi)
            if hit:
                q.attr = Attr(hit, q.block, namer)
                q.clause = (e, hit.end)
                q.how = f"speaker from “{text[vm.start('verb') : hit.end]}”"
                return
            continue
        if _new_clause(text, at, hi, namer):
            continue  # "“…”, because the trust had said …": another clause, not the quote's tag
        words = at
        for _ in range(7):  # the subject comes first: "she said", "a spokesman for X said"
            wm = _GAP_WORD.match(text, words, hi)
            if not wm:
                break
            words = wm.end()
            vm = pattern.match(text, words, hi)
            if vm:
                if audience_only(text, *vm.span("verb"), hi):
                    break  # "'…', court told", "'…', the jury heard": who listened, not who spoke
                hit = namer.before(text, vm.start("verb"), at)
                if hit:
                    q.attr = Attr(hit, q.block, namer)
                    q.clause = (e, vm.end("verb"))
                    q.how = f"speaker from “{text[at : vm.end('verb')]}”"
                    return
                break
    # before the quote, in its sentence: "X sagte: „…“", "X sprach von einem „…“"
    lo = max(ctx.sentence(s)[0], previous_end, block.start, s - REACH)
    lo = max(lo, text.rfind(";", lo, s) + 1)  # "…; opposition calls it '…'": that clause only
    intro = _intro(text, q, lo, s)
    if intro is None:
        _colon_subject(ctx, q, namer, lo, s)
        return
    vs, ve = intro.span("verb")
    colon = _char_before(text, lo, s) == ":" or not text[ve:s].strip(" ,:")
    hit = namer.before(text, vs, lo) or namer.after(text, ve, s)
    if hit:
        q.attr = Attr(hit, q.block, namer)
        if colon:
            q.clause = (min(hit.start, vs), s)
        q.how = f"speaker from “{text[min(hit.start, vs) : max(hit.end, ve)]}”"
