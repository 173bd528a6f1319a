"""Pass 3b: check-worthy statements the article makes itself (ClaimBuster's heuristic as a rule):
declarative, long enough, not a question, not mostly a quotation, not hedged, something to check."""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.article import NON_ARTICLE_KINDS
from reader.core.parsing import shouted
from reader.core.suggest.context import Pass
from reader.core.suggest.forms import WORD, splitter
from reader.core.suggest.records import Candidate, Spans, merge_spans
from reader.core.suggest.ruleset import Rule, RuleSet
from reader.core.suggest.tokens import CAPITALS

# a hedge that qualifies a noun, not the sentence: "mutmaßlichen Abrechnungsbetrug", "alleged fraud"
_ATTRIBUTIVE = re.compile(r"(?:mutmaßlich|angeblich|vermeintlich)e[mnrs]?$|alleged$|suspected$")

_DATELINE_ONLY = re.compile(
    r"\s*["
    + CAPITALS
    + r"][\w\-]+(?:\s["
    + CAPITALS
    + r"][\w\-]+)?,\s+(?:\d{1,2}\.?\s+["
    + CAPITALS
    + r"]\w+|[A-Z]\w+\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\.?\s*"
)

# a list item that is a label and its value, not a sentence: "- Pegel Ansbeck: 4,12 m, steigend",
# "- 1948: Gründung der Volkshochschule" (a sentence in a list needs no full stop: "- 17:58
# Service is fully restored")
_FACT_BOX_LINE = re.compile(r"\W*(?:[^\s:]+\s+){0,3}[^\s:]+:\s")

# a figure with its unit: a hedged sentence that states one is checkable as well ("faces up to
# ten years", „droht ein Bußgeld von bis zu 10.000 Euro“, "expects profit of £180m")
_AMOUNT = re.compile(
    r"(?:[£$€]\s?\d|\b\d[\d.,]*\s?(?:%|Prozent|per\s?cent|Euro|Millionen|Milliarden|million|"
    r"billion|bn|m\b|p\b)|\b(?:bis\s+zu|up\s+to)\s+(?:\w+\s+)?(?:Jahre|years|Euro|\d))"
)


def find_checkworthy(ctx: Pass) -> None:
    """ClaimBuster's heuristic as a rule: a declarative sentence of the article's own text, long
    enough, not a question, not mostly a direct quotation, not hedged, with something to
    check (a number, a date, a name) — unless another claim rule already covers it."""
    rules = [r for rs in ctx.rulesets for r in rs.rules if r.kind == "checkworthy"]
    if not rules:
        return
    claims = Spans(merge_spans([(c.start, c.end) for c in ctx.candidates if c.rule.tag == "claim"]))
    hedges = [
        (c.start, c.end)
        for c in ctx.candidates
        if c.rule.tag == "speculation"
        and not c.rule.params.get("keeps_claim")
        and not _ATTRIBUTIVE.match(ctx.text, c.cue_start, c.cue_end)
    ]
    hedges.sort()
    hedge_starts = [s for s, _ in hedges]
    previous_kind = None
    answers = ctx.interview_answers()
    for bi, block in enumerate(ctx.article.blocks):
        kind = block.kind
        if kind == "heading" and previous_kind == "title":
            kind = "standfirst"  # right under the title: a headline if it has a verb
        previous_kind = block.kind
        if block.kind in NON_ARTICLE_KINDS or kind == "heading":
            continue
        for sentence in ctx.article.block_sentences(bi):
            if sentence.start in ctx.pointers:
                continue
            parts = ctx.headline_parts(sentence.start, sentence.end)
            # a standfirst split in two ("Pothole backlog hits 14,000" | "as council blames …")
            # is read as a headline: its first part has no full stop of its own
            part_kind = "standfirst" if len(parts) > 1 and kind != "title" else kind
            for lo, hi in parts:
                if claims.overlapping(lo, hi):
                    continue
                for rule in rules:
                    found = _checkworthy(ctx, rule, part_kind, lo, hi, hedges, hedge_starts)
                    if found is None and bi in answers:
                        found = _answer(ctx, rule, lo, hi, hedges, hedge_starts)
                    if found:
                        why, (start, end) = found
                        ctx.candidates.append(Candidate(rule, start, end, start, start, why))
                        break


def _checkworthy(
    ctx: Pass,
    rule: Rule,
    kind: str,
    lo: int,
    hi: int,
    hedges: list[tuple[int, int]],
    hedge_starts: list[int],
) -> tuple[str, tuple[int, int]] | None:
    """(why, span) when sentence [lo, hi) — or, when a hedge covers most of it, one of its
    plain clauses — is a check-worthy statement; None otherwise."""
    text = ctx.text
    words = WORD.findall(text, lo, hi)
    title = kind in ("title", "standfirst")
    if len(words) < int(rule.params.get("min_words", 5)) - title:
        return None
    tail = text[lo:hi].rstrip(" \n\"“”»«‘’'")
    if tail.endswith(("?", "!")) and not (title and "!" in tail[:-1]):
        return None  # a question or an exclamation asserts nothing to check
    if not tail.endswith((".", "!", ":", ";")) and not title:
        if kind != "item" or _FACT_BOX_LINE.match(text, lo, hi):
            return None  # a caption, a credit line; a fact box's "Besucher: 118.000 (2024: …)"
    if _DATELINE_ONLY.fullmatch(text, lo, hi):
        return None  # "Mainz, 18. Februar 2026."
    if _quote_share(ctx, lo, hi) * 2 >= hi - lo:
        return None  # a quotation and its reporting clause: the quote is the suggestion
    for pattern in rule.unless:
        if pattern.search(text, lo, hi):
            return None
    if title:
        if shouted(text[lo:hi], min_letters=1):
            return None  # a shouted kicker: "SOAP STAR'S SECRET SPLIT"
        verbs = rule.params.get("headline_verbs")
        m = re.search(verbs, text[lo:hi]) if verbs else None
        if m:
            return f"headline with a verb: “{m.group()}”", (lo, hi)
        if kind == "standfirst":
            return None  # a byline or a press-release header under the title
    if _quote_sentence(ctx, lo, hi):
        return None  # "X sprach von einem „…“.": the quote and its reporting clause
    spans = [(lo, hi)]
    if _hedged(ctx, lo, hi, hedges, hedge_starts) * 10 >= (hi - lo) * 6 and not (
        _AMOUNT.search(text, lo, hi)
    ):
        # a hedged statement is speculation; a plain clause beside the hedge is a claim
        rs = next((r for r in ctx.rulesets if r.lang == rule.lang), ctx.rulesets[0])
        spans = [
            (s, e)
            for s, e in _clauses_of(ctx, rs, lo, hi)
            if (s, e) != (lo, hi)
            and _hedged(ctx, s, e, hedges, hedge_starts) == 0
            and len(WORD.findall(text, s, e)) >= 4
        ]
    for s, e in spans:
        for pattern in rule.patterns.get("signal", ()):
            m = pattern.search(text, s, e)
            if m:
                return f"check-worthy: {_signal(ctx, rule, m)}", (s, e)
    return None


_SPEAKER_LABEL = re.compile(r"[" + CAPITALS + r"][\w\-]+(?:\s[" + CAPITALS + r"][\w\-]+)?:\s")
_WISH = re.compile(r"\b(?:würde|würden|wäre|wären|would|'d|’d)\b", re.IGNORECASE)


def _answer(
    ctx: Pass,
    rule: Rule,
    lo: int,
    hi: int,
    hedges: list[tuple[int, int]],
    hedge_starts: list[int],
) -> tuple[str, tuple[int, int]] | None:
    """An interviewee's answer states what she holds true, figure or not („Das hat vor allem
    mit dem Brennholz zu tun.“): a claim when it is a plain declarative sentence of some length,
    no question, no quotation, not hedged."""
    text = ctx.text
    label = _SPEAKER_LABEL.match(text, lo, hi)  # "Brasselmann-Quaschning: Ein bisschen."
    words = WORD.findall(text, label.end() if label else lo, hi)
    if len(words) < int(rule.params.get("min_words", 5)) + 1:
        return None  # "Of course it is.", „Ein bisschen.“: no statement to check
    if _WISH.search(text, lo, hi):
        return None  # „Das würde uns viel Zeit sparen.“, "I'd rather …": a wish, no fact
    tail = text[lo:hi].rstrip(" \n\"“”»«‘’'")
    if not tail.endswith((".", ":", ";")):
        return None
    if _quote_share(ctx, lo, hi) * 2 >= hi - lo:
        return None
    if _hedged(ctx, lo, hi, hedges, hedge_starts) * 10 >= (hi - lo) * 6:
        return None
    for pattern in rule.unless:
        if pattern.search(text, lo, hi):
            return None
    return "an interviewee's answer", (lo, hi)


# the whole figure a digit belongs to: "25", "4.99%", "£1.8m", "26/118304", „1.850“
_FIGURE = re.compile(r"[£$€]?\d(?:[\d.,:/]*\d)?(?:\s?%|[mk]\b|bn\b)?")


def _signal(ctx: Pass, rule: Rule, m: re.Match[str]) -> str:
    """What made the sentence check-worthy, for a person: "a figure, “25”", "a date, “März”",
    "a name, “Sandra Koller”" — not a lone digit of a longer number."""
    found = m.group()
    if found[:1].isdigit():
        start = m.start()
        while start > 0 and (ctx.text[start - 1].isdigit() or ctx.text[start - 1] in "£$€.,"):
            start -= 1  # back to the figure's start ("2" of "25" was matched)
        figure = _FIGURE.match(ctx.text, start)
        return f"a figure, “{figure.group() if figure else found}”"
    rs = next((r for r in ctx.rulesets if r.lang == rule.lang), ctx.rulesets[0])
    if found.casefold() in rs.words("months") or found.casefold() in rs.words("weekdays"):
        return f"a date, “{found}”"
    words = found.split()
    if rule.lang == "en" and len(words) >= 2 and all(w[:1].isupper() for w in words[1:]):
        return f"a name, “{found}”"  # (German capitalises every noun: no such tell there)
    return f"“{found}”"


def _quote_sentence(ctx: Pass, lo: int, hi: int) -> bool:
    """A quotation that ends its sentence and whose speaker this sentence names ("Ihr Arzt, …
    Dr. Frank Oberle, sagte damals: „…“", "X sprach von einem „…“")."""
    end = ctx.text[lo:hi].rstrip(" .!?\n")
    for q in ctx.quotes_in(lo, hi):
        if not (lo <= q.pair.start < hi and q.pair.end >= lo + len(end)):
            continue
        if q.how.startswith("speaker from") and q.attr is not None:
            if len(WORD.findall(ctx.text, lo, q.attr.hit.start)) <= 8:
                return True  # the speaker opens the sentence: it is the reporting clause
    return False


def _quote_share(ctx: Pass, lo: int, hi: int) -> int:
    """How many characters of [lo, hi) are inside quotations (a quote that opens the
    sentence counts whole: "„…“, sagte sie")."""
    opening = ctx.quote_spans.holding(lo) or ctx.quote_spans.holding(lo + 1)
    if opening is not None and opening[0] <= lo + 2:
        return hi - lo  # even a short quote opening its sentence: '"Consumers deserve …," she'
    total = 0
    for q in ctx.quotes_in(lo, hi):
        s, e = q.pair.start, q.pair.end
        if e <= lo or s >= hi:
            continue
        if s <= lo + 2:
            return hi - lo
        total += min(e, hi) - max(s, lo)
    return total


def _hedged(
    ctx: Pass, lo: int, hi: int, hedges: list[tuple[int, int]], hedge_starts: list[int]
) -> int:
    i = bisect_right(hedge_starts, hi) - 1
    hedged = 0
    while i >= 0 and hedges[i][1] > lo:
        hedged = max(hedged, min(hedges[i][1], hi) - max(hedges[i][0], lo))
        i -= 1
    return hedged


def _clauses_of(ctx: Pass, rs: RuleSet, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentence [lo, hi) cut where clauses meet (";", a dash, ", and", ": ")."""
    out, start = [], lo
    for m in splitter(rs).finditer(ctx.text, lo, hi):
        if ctx.inside_quote(m.start()):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return [(s, e) for s, e in out if e > s]
