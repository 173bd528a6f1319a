"""Pass 3: German reported speech: a Konjunktiv I (or II standing in for it) with a reporting
verb in its sentence or the ones before it in its paragraph."""

from __future__ import annotations

import re

from reader.core.article import NON_ARTICLE_KINDS, Sentence
from reader.core.suggest.context import Pass
from reader.core.suggest.cues import speaker_of, subject, vetoed
from reader.core.suggest.forms import governed_infinitive
from reader.core.suggest.records import Candidate
from reader.core.suggest.ruleset import Rule
from reader.core.suggest.tokens import SMALL, NameHit, tokens

_PRONOUN_SUBJECT = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Hh]e|[Ss]he)\b")

# a speech act its subject performs: „… mit einer Zusage:“, „mit der Begründung, …“
_WITH_SPEECH_ACT = re.compile(
    r"\bmit\s+(?:einer|der|dem|einem)\s+(?:[" + SMALL + r"]+\s+)?"
    r"(?:Begründung|Zusage|Ankündigung|Warnung|Versprechen|Erklärung|Behauptung)\b"
)

_INFINITIVE_BEFORE = re.compile(r"\b(?:nicht|zu|kein|nichts)\s+$")

# the Konjunktiv II forms reported speech takes where the I would read as the indicative
# („würde“, „wären“, „hätten“): named as such in the why
_KONJUNKTIV_II = re.compile(
    r"(?:würd|wär|hätt|könnt|müsst|dürft|käm|gäb|stünd|bräucht|wüsst)e(?:n|st|t)?$"
)

_NOT_KONJUNKTIV_ENDINGS = ("ete", "liche", "ische", "ige", "ene", "ste", "nde", "ale", "ive")


# an article and perhaps one adjective or ordinal right before a participle form: „der erste
# bestätigte Wolfsriss“, „die gemeldete Zahl“ (the form is an adjective there)
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+(?:["
    + SMALL
    + r"]+e[nrms]?\s+)?$"
)


def _konjunktiv_form(form: str, not_forms: frozenset[str]) -> bool:
    """A lower-case word in -e after a subject that can be a Konjunktiv I ("reagiere"), not an
    adjective, a determiner or a Präteritum ("zeigte")."""
    if form in not_forms or (
        form.endswith(_NOT_KONJUNKTIV_ENDINGS) and not form.endswith("eige")  # „verschweige“
    ):
        return False
    return not (form.endswith("te") and form[-3] not in "t")


def find_konjunktiv(ctx: Pass) -> None:
    text = ctx.text
    for _, namer, rule, pattern in ctx.rules_of("konjunktiv"):
        window = int(rule.params.get("window", 1))
        generic = re.compile(rule.params["generic"]) if "generic" in rule.params else None
        not_forms = frozenset(rule.params.get("not_forms", ()))
        done: set[int] = set()
        for bi, block in enumerate(ctx.article.blocks):
            if block.kind in NON_ARTICLE_KINDS:
                continue
            found = [m.span("cue") for m in pattern.finditer(text, block.start, block.end)]
            if generic is not None:
                found += [
                    m.span("form")
                    for m in generic.finditer(text, block.start, block.end)
                    if _konjunktiv_form(m.group("form"), not_forms)
                    and m.group("subj").casefold() not in namer.determiners
                    and (
                        # „Man denke …“, „…, sagte er, er bedauere …“: pronouns are no names
                        m.group("subj").casefold() in ("man", "er", "sie", "es")
                        or m.group("subj").casefold() in namer.adverbs  # „Inzwischen mache …“
                        or m.group("subj").casefold() not in namer.not_names
                    )
                ]
            for cs, ce in sorted(found):
                if ctx.inside_quote(cs):
                    continue  # first person in a direct quote, not reported speech
                sentence = ctx.sentence_obj(cs)
                if sentence.start in done:
                    continue
                if vetoed(ctx, rule, sentence.start, sentence.end, cs, ce):
                    continue
                context = _context(ctx, rule, sentence, window, done)
                if context is None:
                    continue
                done.add(sentence.start)
                vm, (lo, hi) = context
                attr = None
                if lo < sentence.start:  # it goes on with the speaker of that sentence
                    attr = speaker_of(ctx, lo, hi)
                inherited = attr is not None
                hit = None
                if attr is None and "verb" in vm.re.groupindex and vm.group("verb"):
                    vs, ve = vm.span("verb")
                    hit = subject(ctx, namer, vs, ve, lo, hi, vs, ve)
                elif attr is None:  # "verklagt er OpenAI mit der Begründung, …"
                    pm = _PRONOUN_SUBJECT.search(text, lo, vm.start())
                    if pm:
                        hit = NameHit(pm.group(), pm.start(), pm.end(), "pronoun")
                    elif _WITH_SPEECH_ACT.search(text, lo, vm.end()):
                        # „Ministerin Britta Claussen eröffnete die Messe mit einer Zusage: …“
                        opening = namer.clause_subject(text, tokens(text, lo, vm.start()))
                        if opening is not None and opening.kind == "name":
                            hit = opening
                if attr is None:
                    attr = ctx.attr(hit, bi, namer)
                mood = "II" if _KONJUNKTIV_II.match(text[cs:ce].casefold()) else "I"
                why = f"Konjunktiv {mood} “{text[cs:ce]}” after “{vm.group()}”"
                # the sentence's own reporting verb is its cue: „X sagte, der Verein rechne mit
                # …“ is X's, whoever the reported clause's verb names
                cue = vm.start() if sentence.start <= vm.start() < cs else cs
                ctx.candidates.append(
                    Candidate(rule, sentence.start, sentence.end, cue, ce, why, attr, inherited)
                )


def _context(
    ctx: Pass, rule: Rule, sentence: Sentence, window: int, reported: set[int]
) -> tuple[re.Match[str], tuple[int, int]] | None:
    """The reporting verb (or noun) this sentence's indirect speech depends on, if any, with
    the span of the sentence it is in. A sentence of reported speech before (in `reported`)
    does not count against the window: the report goes on as long as its Konjunktiv does."""
    current = sentence
    steps = 0
    while steps <= window:
        if current.start not in reported or current is sentence:
            steps += 1
        key = (rule.id, current.start)
        if key not in ctx.contexts:
            ctx.contexts[key] = _first_context(ctx, rule, current)
        found = ctx.contexts[key]
        if found is not None:
            return found, (current.start, current.end)
        before = ctx.article.sentence_before(current)
        if before is None or before.block != sentence.block:
            return None
        current = before
    return None


def _first_context(ctx: Pass, rule: Rule, sentence: Sentence) -> re.Match[str] | None:
    """The first reporting verb of the sentence (the context patterns in order: verbs before
    nouns such as „Aussage“), not an infinitive that is no report („nicht sagen“, „zu
    erklären“), nor one inside a quotation."""
    for pattern in rule.patterns.get("context", ()):
        for vm in pattern.finditer(ctx.text, sentence.start, sentence.end):
            if ctx.inside_quote(vm.start()):
                continue
            if _INFINITIVE_BEFORE.search(ctx.text, max(sentence.start, vm.start() - 8), vm.start()):
                continue
            if governed_infinitive(ctx.text, sentence.start, vm.start(), vm.end()):
                continue  # „könne ein Restaurant nicht den vollen Preis verlangen“: no report
            if vm.group()[:1].islower() and _ATTRIBUTIVE_BEFORE.search(
                ctx.text, max(sentence.start, vm.start() - 30), vm.start()
            ):
                continue  # „der erste bestätigte Wolfsriss“: an adjective, no verb
            return vm
    return None
