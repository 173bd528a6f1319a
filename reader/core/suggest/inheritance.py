"""After resolution, speakers carried to what names none: an interview's answers, a quote that
goes on from the one before, the person a paragraph is about, a headline quote whose words recur,
reported speech running on (German in the Konjunktiv, English backshifted)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.article import NON_ARTICLE_KINDS, Block
from reader.core.suggest.bodies import TEASER_BLOCKS, the_prosecution
from reader.core.suggest.context import INTERVIEW_CREDIT, SPEAKER_PREFIX, Pass
from reader.core.suggest.cues import document_author
from reader.core.suggest.forms import HEARSAY_PLACE, WORD, genitive_base, without_role
from reader.core.suggest.mentions import KIN_OF_SOMEONE
from reader.core.suggest.names import Namer
from reader.core.suggest.records import Attr, FoundQuote, Spans
from reader.core.suggest.ruleset import QUOTE_CHARS
from reader.core.suggest.tokens import CAPITALS, NameHit

# the commonest verbs of German reported speech (Konjunktiv I, and II standing in for it)
_REPORTED = re.compile(
    r"\b(?:sei|seien|habe|hätten|werde|würden|müsse|müssten|könne|könnten|dürfe|dürften|solle"
    r"|wolle|gebe|gäbe|liege|lägen|bleibe|fehle|fehlten|stehe|gehe|komme|kämen|brauche"
    r"|bräuchten|lasse|ließen|verliere|gelte|reiche|treffe|zahle|koste)\b"
)

# reportative „sollen“ with a past infinitive: „Er soll sich die Räume angesehen haben“, „Das
# Angebot soll bei 20 Millionen Euro gelegen haben“, „soll … gerast sein“ — what someone says
# happened, told as hearsay (not a plan: „Die Kita soll im März öffnen“)
_HEARSAY = re.compile(
    r"\b(?:soll|sollen)\b[^.;:!?]*?(?:\b\w+(?:t|en)\s+haben|\bge\w+(?:t|en)\s+sein)\b"
)
# where a paragraph says whose account it gives, besides a verb of saying: „Laut Anklage“,
# „Zeugen zufolge“, „nach ihrer Schilderung“, „Nach einem Bericht des …“
_ACCOUNT = re.compile(
    r"\b(?:[Ll]aut|zufolge|[Aa]ngaben|[Ii]nformationen|[Ss]childerung|[Dd]arstellung|[Ee]rzählungen"
    r"|[Bb]ericht|[Aa]nklage|[Ss]icht)\b"
)


# English reported speech runs on in the past perfect or with "would" in the same paragraph
_BACKSHIFTED = re.compile(
    r"\b(?:had(?:\s+\w+ly)?\s+(?:been|[a-z]+(?:ed|en|wn|ne|ght|id|ld|ok))|would)\b"
)
# … or with the speaker as "He" / "She" and a verb: "She advised parents to …"
_SUBJECT_PRONOUN = re.compile(r"(?:He|She)\s+(?:also\s+)?[a-z]+(?:ed|s)\b")
# what someone is said to have done, with nobody named: no one's words go on there
_HEARSAY_EN = re.compile(r"\b(?:reportedly|allegedly|(?:is|are|was|were)\s+said\s+to|understood)\b")


def _unresolved_pronoun(a: Attr) -> bool:
    return a.hit.kind == "pronoun" and (a.resolved is None or a.resolved == a.hit.text)


HEADS = ("title", "heading")


def _addressed_by_title(ctx: Pass, name: str, blocks: Sequence[Block]) -> bool:
    """Whether the questions address `name` by title and surname („Frau Holmgren, …?“)."""
    title = re.compile(rf"\b(?:Frau|Herr|Mr|Mrs|Ms|Dr)\.?\s+{re.escape(name.split()[-1])}\b")
    return any(title.search(ctx.text, b.start, b.end) for b in blocks[:6])


# the interviewee in her own answer: "told us", "Our lease says", „hat mir gesagt“
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|ich|mir|mich|wir|uns|unser\w*)\b")


def attribute_interview(ctx: Pass) -> None:
    """A question-and-answer interview: paragraphs that ask (end in "?") alternate with the
    interviewee's answers, which carry no quotation marks and no "she said". A claim in an
    answer, and a quotation in the headline with no speaker, is the interviewee's: the person
    the introduction names and the questions address (most often; the first of equals)."""
    blocks = ctx.article.blocks
    namer = ctx.namers[ctx.rulesets[0].lang]
    questions = ctx.questions()
    if sum(1 for _, answer in questions if answer) < 3:
        return
    asks = [bi for bi, _ in questions]
    first_question = asks[0]
    counts: dict[str, int] = {}
    order: list[str] = []
    starts: dict[str, tuple[int, int]] = {}
    for bi in range(first_question):
        if " | " in blocks[bi].text or blocks[bi].kind in NON_ARTICLE_KINDS:
            continue  # "Sonntagsblatt Nordmark | 29.11.2026", a byline: the paper's, no person's
        if INTERVIEW_CREDIT.match(blocks[bi].text):
            continue  # „Interview: Anatolij Eikmeier“: who asks, not who answers
        for m in ctx.people.mentions_in(blocks[bi].start, blocks[bi].end):
            name = m[2]
            if not (
                name in ctx.people.gender
                or namer.is_person(name)
                or name in ctx.people.ages  # „Svantje Holmgren, 41, ist …“: a person by her age
                or _addressed_by_title(ctx, name, blocks[first_question:])
            ):
                continue  # a firm in a FAQ's headline („Stromanbieter Flinkstrom ist pleite“)
            if name not in counts:
                order.append(name)
                starts[name] = (m[0], m[1])
            counts[name] = counts.get(name, 0) + 1
    prefixed = _answer_prefix(ctx, questions, first_question)
    surname = prefixed[0].split()[-1] if prefixed is not None else None
    if prefixed is not None and not order:  # „Fussell: …“ answers; the intro named no person
        name, s, e = prefixed
        order.append(name)
        starts[name] = (s, e)
        counts[name] = 0
    if not order:
        return
    addressed: dict[str, int] = {}
    heading = first_question - 1  # „Drei Fragen an Landrat Gerd Pohlmann“
    introduced = [heading] if heading >= 0 and blocks[heading].kind == "heading" else []
    for bi in asks + introduced:  # the questions address the interviewee: „Herr Dornbusch, …?“
        for m in ctx.people.mentions_in(blocks[bi].start, blocks[bi].end):
            if m[0] == blocks[bi].start and ctx.text[m[1] : m[1] + 1] == ":":
                continue  # „Eikmeier: Frau Diekjobst, …?“: the asker's prefix addresses no one
            if m[2] in counts:
                addressed[m[2]] = addressed.get(m[2], 0) + 1
    # a report that ends in a short interview names many people before it: the one the
    # questions address is the interviewee
    # questions first, then the introduction's sure signs of a person (an age, a gender) over a
    # pair of capitalised words („Cauldhope Water“ before „Tovah Gilpatrick, 63, …“)
    person = max(
        order,
        key=lambda n: (
            n.split()[-1] == surname,  # the answers' own prefix says who
            addressed.get(n, 0),
            # a name over a role the standfirst gives ("The chairman of the club … tells us")
            n.split()[0].casefold() not in namer.determiners,
            n in ctx.people.ages or n in ctx.people.gender,
            counts[n],
            -order.index(n),
        ),
    )
    s, e = starts[person]
    attr = Attr(NameHit(ctx.text[s:e], s, e, "name", True), ctx.article.block_index_at(s), namer)
    attr.resolved = person
    attr.note = f"the answer of an interview with {person}"
    ctx.attrs.append(attr)
    answers = [
        (blocks[ai].start, blocks[ai].end)
        for _, answer in questions
        for ai in answer
        if blocks[ai].kind not in NON_ARTICLE_KINDS and not INTERVIEW_CREDIT.match(blocks[ai].text)
    ]
    spans = Spans(answers)
    for c in ctx.candidates:
        if c.rule.tag != "claim" or not spans.holding(c.start):
            continue
        if (
            c.attr is None
            or not (
                # a verb of saying, or one in two parts that `says` cannot see („teilte … mit“)
                ctx.says(c.start, c.end, c.rule.lang) or c.rule.params.get("reporting_clause")
            )
            # "They said they would think about it": whom the interviewee does not name, she
            # reports; the claim is hers
            or (c.attr.hit.kind == "pronoun" and c.attr.resolved == c.attr.hit.text)
            # "The council has told us it will decide in January": what was said to her, she
            # reports
            or (c.attr.hit.kind != "name" and _reported_to_her(ctx, c.start, c.end))
        ):
            # the interviewee's words, whatever the sentence's subject („Das Orchester hat
            # den Entwurf gesehen“), unless the answer reports someone else's saying
            c.attr = attr
            c.why += "; an answer in the interview"
    for q in ctx.quotes:  # the headline, or a heading under a kicker taken as the title
        if (
            q.attr is None
            and q.block < first_question
            and (blocks[q.block].kind in HEADS or _quoted_subheading(ctx, q))
        ):
            q.attr = attr
            q.how = f"a headline quotation in an interview with {person}"


def _reported_to_her(ctx: Pass, start: int, end: int) -> bool:
    """Whether the interviewee is in the sentence [start, end) in the first person, outside
    any quotation: "The council has told us …", "Our lease says …"."""
    return any(
        not ctx.inside_quote(m.start()) for m in _FIRST_PERSON.finditer(ctx.text, start, end)
    )


def _hearsay_of_places(ctx: Pass) -> None:
    """„Im Dorf wird erzählt, …“, „Im Hafen heißt es, …“: what a place says is hearsay, no
    one's words, so no speaker carries over into it from the sentences before."""
    for c in ctx.candidates:
        if c.rule.tag != "claim" or c.attr is None or c.rule.lang != "de":
            continue
        lo, hi = ctx.sentence(c.start)
        if HEARSAY_PLACE.search(ctx.text, lo, hi) and not lo <= c.attr.hit.start < hi:
            c.attr = None


def _answer_prefix(
    ctx: Pass, questions: Sequence[tuple[int, range]], first_question: int
) -> tuple[str, int, int] | None:
    """The interviewee a prefix names when most answers open with the same one („Fussell: …“,
    at least three, not the asker's): the fullest name ending in it before the first question
    ("Absalom Fussell"), with where it stands, or the prefix itself."""
    blocks = ctx.article.blocks
    opening = [
        m.group("who")
        for _, answer in questions
        for ai in answer[:1]
        if (m := SPEAKER_PREFIX.match(blocks[ai].text))
    ]
    asked = {m.group("who") for bi, _ in questions if (m := SPEAKER_PREFIX.match(blocks[bi].text))}
    who = max(set(opening), key=opening.count, default=None)
    if (
        who is None
        or who in asked
        or opening.count(who) < 3
        or opening.count(who) * 2 < len(questions)
        or len(who.split()[-1]) < 3  # "A: …", "Q: …": the turn, not the person
    ):
        return None
    last = who.split()[-1]
    full = re.compile(rf"(?:[{CAPITALS}][\w’'\-]+\s+){{1,2}}{re.escape(last)}\b")
    intro_end = blocks[first_question].start
    found = full.search(ctx.text, 0, intro_end)
    if found is not None:
        words = found.group().split()
        start = found.start()
        if ctx.namers[ctx.rulesets[0].lang].is_title(words[0]):  # "Dr Wenjing Cockroft"
            start += len(words[0]) + 1
        return ctx.text[start : found.end()], start, found.end()
    at = blocks[first_question + 1].start if first_question + 1 < len(blocks) else intro_end
    named = ctx.people.fullname(last)  # "Zur Person: Franz Riedlsperger (67) …" after the answers
    return (named if named != last else who), at, at + len(who)


def inherit_speakers(ctx: Pass) -> None:
    """A quote with no speaker continues the one before it (same block, or opening the next)."""
    last: FoundQuote | None = None
    for q in sorted(ctx.quotes, key=lambda q: q.pair.start):
        if q.attr is None and (said := _said_after(ctx, q)) is not None:
            q.attr = said
            q.how = f"the next paragraph says whose words they are ({said.resolved})"
        if q.attr is None:
            q.attr = _lead_in_speaker(ctx, q)
            if q.attr is not None:
                q.how = f"the paragraph before introduces {q.attr.resolved}'s words"
        if q.attr is None:
            q.attr = _sign_owner(ctx, q)
            if q.attr is not None:
                q.how = f"the sign or banner it is written on is {q.attr.resolved}'s"
        if q.attr is None and last is not None and last.block == q.block:
            introduced = _person_just_before(ctx, q, last)
            if introduced is not None:
                q.attr = introduced
                q.how = f"the sentence before is about {introduced.resolved}"
            elif (led := _pronoun_lead_in(ctx, q, last)) is not None:
                q.attr = led
                q.how = f"“{led.hit.text}” leading in to it stands for {led.resolved}"
        if q.attr is None and last is not None:
            _carry_over(ctx, last, q)
        last = q
    _paragraph_speakers(ctx)
    last = None
    for q in sorted(ctx.quotes, key=lambda q: q.pair.start):
        if q.attr is None and last is not None:  # after a speaker the paragraph gave
            _carry_over(ctx, last, q)
        last = q
    _headline_quotes(ctx)
    _headline_labels(ctx)
    _reported_speech_chains(ctx)
    _stances_otherwise(ctx)
    _stances_before_a_colon(ctx)
    _indictment_claims(ctx)
    _hearsay_of_places(ctx)


_QUOTE_IN = re.compile(r"[„“”\"»«]")


def _person_just_before(ctx: Pass, q: FoundQuote, last: FoundQuote) -> Attr | None:
    """ "„…“, sagt Jugendtrainer Jaron Klingebiel. … Die 16-jährige Wanja Ihmels klettert seit
    sechs Jahren an der Wand. „Ohne den Felsen …“": a quotation after a sentence whose subject
    is another person than the last quote's speaker, with no quotation of its own, is hers."""
    lo = ctx.sentence(q.pair.start)[0]
    if lo != q.pair.start or lo <= ctx.article.blocks[q.block].start:
        return None
    previous = ctx.article.sentence_before(ctx.sentence_obj(lo))
    if previous is None:
        return None
    before = (previous.start, previous.end)
    if before[0] < last.pair.end or ctx.article.block_index_at(before[0]) != q.block:
        return None  # the last quote is in that sentence, or it is another paragraph's
    if _QUOTE_IN.search(ctx.text, before[0], before[1]):
        return None
    namer = ctx.namers[ctx.rulesets[0].lang]
    hit = namer.after(ctx.text, before[0], before[1])
    if hit is None or hit.kind != "name" or len(ctx.text[before[0] : hit.start].split()) > 3:
        return None  # the subject: the sentence's first words („Die 16-jährige …“)
    words = hit.text.split()
    if len(words) < 2 or not ctx.forename_test(namer)(words[0]) or namer.is_org_head(words[-1]):
        return None  # a person by forename and surname, not „Landkreis Wessenau“
    person = ctx.people.fullname(hit.text) if ctx.people.known(hit.text) else hit.text
    if last.attr is None or person == last.attr.resolved:
        return None
    attr = Attr(hit, q.block, namer)
    attr.resolved = person
    ctx.attrs.append(attr)
    return attr


# „Sie fürchtet, dass der Zug auseinanderfällt: „…““: a pronoun opens the quotation's own
# sentence, which runs up to it and a colon
_PRONOUN_LEAD_IN = re.compile(r"(?P<pronoun>Sie|Er|She|He)\s[^„“”\"»«:]*:\s*")


def _pronoun_lead_in(ctx: Pass, q: FoundQuote, last: FoundQuote) -> Attr | None:
    """ "„…“, sagt sie. Ihre Mutter Mandy Pietschke spielt selbst Fanfare. Sie fürchtet, dass
    …: „…“": a quotation led in by a pronoun that stands for another person than the last
    quote's speaker (no verb of saying in the lead-in to give it) is that person's."""
    lo = ctx.sentence(q.pair.start)[0]
    lead = _PRONOUN_LEAD_IN.fullmatch(ctx.text, lo, q.pair.start)
    if lead is None or lo < last.pair.end or last.attr is None:
        return None
    person = ctx.people.person_at(lead.start("pronoun"))
    if person is None or person == last.attr.resolved:
        return None
    hit = NameHit(lead.group("pronoun"), lead.start("pronoun"), lead.end("pronoun"), "pronoun")
    attr = ctx.attr(hit, q.block, ctx.namers[ctx.rulesets[0].lang])
    if attr is not None:
        attr.resolved = person
    return attr


def _carry_over(ctx: Pass, last: FoundQuote, q: FoundQuote) -> None:
    """`q` goes on with the quote before it, in the same paragraph or opening the next one
    after a quotation left open (a speech over several paragraphs): its speaker too."""
    if not (last.attr and last.attr.resolved):
        return
    same_block = last.block == q.block
    opens_next = (
        last.block == q.block - 1
        and q.pair.start == ctx.article.blocks[q.block].start
        and last.pair.end >= ctx.article.blocks[last.block].end - 2
    )
    if same_block or (opens_next and not _quoted_subheading(ctx, q)):
        q.attr = last.attr
        q.how = f"speaker carried over from the quote before ({last.attr.resolved})"


# a paragraph that says whose the quotation before it was: "So says Canon Ruth Ingleby, …",
# „Das sagt Gemeinderätin …“
_SAYS_WHO = re.compile(
    r"\s*(?:(?:So|Thus|Or\s+so)\s+(?:says|said|writes|wrote)|(?:So|Das)\s+(?:sagt|sagte|schreibt|schrieb))\b"
)


def _said_after(ctx: Pass, q: FoundQuote) -> Attr | None:
    """The speaker of the paragraph after a quotation that is a paragraph of its own, when that
    paragraph opens by saying whose words they were."""
    blocks = ctx.article.blocks
    block = blocks[q.block]
    if q.block + 1 >= len(blocks) or q.pair.start > block.start + 1:
        return None
    if ctx.text[q.pair.end : block.end].strip():
        return None
    after = blocks[q.block + 1]
    if _SAYS_WHO.match(ctx.text, after.start) is None:
        return None
    spoke = [a for a in ctx.attrs if a.block == q.block + 1 and a.resolved]
    spoke = [a for a in spoke if not _unresolved_pronoun(a)]
    return min(spoke, key=lambda a: a.hit.start) if spoke else None


# what a German quotation can be written on: „Daran hängt ein Schild der Stadt: „…““, „Auf
# seinem Transparent steht „…““ (the words run up to the quotation within its sentence)
_SIGN_BEFORE = re.compile(
    r"\b(?:Schild|Schilder|Transparent|Transparente|Transparenten|Plakat|Plakate|Plakaten|"
    r"Zettel|Aushang|Banner|Aufschrift)\b[^.!?„“»«\n]{0,80}$"
)


# the people holding it, as written: „Schülerinnen und Schüler der Oberschule“, „Demonstranten“
_HOLDERS = re.compile(
    r"[" + CAPITALS + r"]\w+(?:\s+und\s+[" + CAPITALS + r"]\w+)?"
    r"(?:\s+(?:der|des)\s+[" + CAPITALS + r"][\w\-]+)?"
)


def _sign_owner(ctx: Pass, q: FoundQuote) -> Attr | None:
    """A German quotation on a sign, banner or notice is the words of the body named in its
    sentence or the sentence before („ein Schild der Stadt“, „Mitglieder des Wandervereins
    halten ein Transparent hoch“, „Aufgerufen hat der Förderverein …. Auf seinem Transparent
    steht …“), by its name in full where the article gives one („der Stadt“: the „Stadt …“ it
    names; of several, the shortest)."""
    namer = ctx.namers.get("de")
    block = ctx.article.blocks[q.block]
    lo = max(block.start, q.pair.start - 240)
    orgs = ctx.orgs or []
    if namer is None or not _SIGN_BEFORE.search(ctx.text[lo : q.pair.start]):
        return None
    own = max(ctx.text.rfind(". ", lo, q.pair.start) + 2, lo)
    start = max(ctx.text.rfind(". ", lo, own - 2), lo)  # and the sentence before
    near = [o for o in orgs if own <= o[0] < q.pair.start]
    if not near:
        # „Die Demonstranten tragen Transparente, auf einem steht …“: the people who hold it
        for m in WORD.finditer(ctx.text, own, q.pair.start):
            if m.group()[:1].isupper() and namer.is_group(m.group()):
                group = _HOLDERS.match(ctx.text, m.start())
                if group is not None:
                    hit = NameHit(group.group(), group.start(), group.end(), "descriptive")
                    return Attr(hit, q.block, namer, resolved=group.group())
        near = [o for o in orgs if start <= o[0] < q.pair.start]
    if not near:
        return None
    at, _, word = max(near, key=lambda o: (o[0], len(o[2])))
    base = genitive_base(word)
    name = base
    if " " not in base:  # „der Stadt“: the „Stadt Tegelriede“ the article names
        names = [n for _, _, n in orgs if n.split()[0] == base and " " in n]
        if names:
            name = min(names, key=len)
        elif named := re.search(rf"\b{re.escape(base)}\s+[{CAPITALS}][\w\-]+", ctx.text):
            name = named.group()
    hit = NameHit(word, at, at + len(word), "name")
    return Attr(hit, q.block, namer, resolved=name)


def _lead_in_speaker(ctx: Pass, q: FoundQuote) -> Attr | None:
    """A quotation that opens its paragraph after one ending in a colon ("The club said in a
    statement on its website:") is the words of that paragraph's last speaker."""
    blocks = ctx.article.blocks
    if q.block == 0 or q.pair.start > blocks[q.block].start + 1:
        return None
    before = blocks[q.block - 1]
    introduces = ctx.text[before.start : before.end].rstrip().endswith(":")
    if before.kind in NON_ARTICLE_KINDS or not introduces:
        return None
    spoke = [
        a for a in ctx.attrs if a.block == q.block - 1 and a.resolved and not _unresolved_pronoun(a)
    ]
    return max(spoke, key=lambda a: a.hit.start) if spoke else None


# „Studie: Zwei Stunden draußen könnten …“, „Landessozialgericht: Jobcenter muss …“: a
# headline's label before a colon, one or two words
_HEAD_LABEL = re.compile(
    r"\s*(?P<label>[" + CAPITALS + r"][\w\-]+(?:\s[" + CAPITALS + r"][\w\-]+)?):\s"
)


def _headline_labels(ctx: Pass) -> None:
    """A claim in a headline or subheading that opens with a label and a colon, and names no
    speaker, is the words of the body, person or document the label names, as the article
    goes on to name it: „Umfrage:“ is the poll's author, „Landessozialgericht:“ the court in
    full. A label the article never resolves says nothing."""
    blocks = ctx.article.blocks
    resolved = [a for a in ctx.attrs if a.resolved and a.resolved != a.hit.text]
    named = [a for a in ctx.attrs if a.resolved and a.hit.kind in ("name", "quoted")]
    for c in ctx.candidates:
        if c.rule.tag != "claim":
            continue
        bi = ctx.article.block_index_at(c.start)
        if blocks[bi].kind not in ("title", "heading"):
            continue
        line = max(blocks[bi].start, ctx.text.rfind("\n", 0, c.start) + 1)
        m = _HEAD_LABEL.match(ctx.text, line)
        if m is None or c.start > m.end() or m.end() > c.end:
            continue
        if c.attr is not None and c.attr.resolved and c.attr.hit.start != m.start("label"):
            continue  # a speaker of its own; the label taken as the speaker as it stands is not
        label = m.group("label").casefold()
        namer = ctx.namers.get(c.rule.lang)
        if namer is None or not (
            namer.is_document(label) or namer.source_noun(label) or namer.is_org_head(label)
        ):
            continue
        # the attribution that names it or stands for it: „die Umfrage“ resolved to its author,
        # „Das Landessozialgericht Weserland“ by its own name
        found = (
            next(
                (a for a in resolved if a.hit.start > m.end() and label in a.hit.text.casefold()),
                None,
            )
            or next(
                (a for a in named if a.hit.start > m.end() and label in a.phrase.casefold()),
                None,
            )
            or _label_named_later(ctx, namer, label, m.end())
        )
        if found is None or not found.resolved:
            continue
        c.attr = found
        c.why += f"; the headline's label “{m.group('label')}” is {found.resolved}"


def _label_named_later(ctx: Pass, namer: Namer, label: str, after: int) -> Attr | None:
    """A headline label the article names in full later with no attribution of its own: a
    body whose name holds it („Das hat das Landessozialgericht Weserland entschieden“), or the
    author of the document it is („eine Umfrage des Instituts Meinungsbild Nord“)."""
    for start, block, name in ctx.orgs or ():
        if start > after and label in name.casefold() and " " in name:
            body = NameHit(name, start, start + len(name), "name")
            return Attr(body, block, namer, resolved=name)
    if namer.is_document(label):
        pattern = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
        for m in pattern.finditer(ctx.text, after):
            author = document_author(ctx, namer, m.start(), min(len(ctx.text), m.end() + 120))
            if author is not None and author.kind == "name":
                name = genitive_base(author.text) if namer.lang == "de" else author.text
                block = ctx.article.block_index_at(author.start)
                return Attr(author, block, namer, resolved=name)
    return None


# reportative „soll“: what someone is said to have done („Sie sollen … verkauft haben“, „Der
# Schaden soll sich auf … belaufen“)
_REPORTATIVE_SOLL = re.compile(
    r"\b(?:soll|sollen)\b(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,160}?"  # (a thousands' point: „310.000“)
    r"\b(?:haben|gewesen\s+sein|worden\s+sein|belaufen)"
    r"\s*(?:[.,;:]|$)"  # (a claim's span ends before its full stop)
)
_COURT_CASE = re.compile(
    r"\b(?:Anklage|[Aa]ngeklagte?[nr]?|Prozess|Strafbefehl|Strafkammer|Landgericht|Amtsgericht"
    r"|Schöffengericht|vor\s+Gericht)\b"
)


def _indictment_claims(ctx: Pass) -> None:
    """A court report's „Sie sollen … verkauft haben“ with no speaker: what the prosecution
    charges, when the article names one prosecution service (the labelling decisions: a
    reportative „soll“ is the indictment's, when the context names it)."""
    if ctx.rulesets[0].lang != "de":
        return
    name = the_prosecution(ctx.text)
    if name is None or not _COURT_CASE.search(ctx.text):
        return  # (a prosecution that only investigates has charged nothing yet)
    namer = ctx.namers["de"]
    attr: Attr | None = None
    for c in ctx.candidates:
        if c.rule.tag != "claim" or c.attr is not None:
            continue
        if not _REPORTATIVE_SOLL.search(ctx.text, c.start, c.end):
            continue
        if attr is None:
            at = ctx.text.find(name)
            attr = Attr(
                NameHit(name, at, at + len(name), "name"), ctx.article.block_index_at(at), namer
            )
            attr.resolved = name
            attr.note = f"what {name} charges"
            ctx.attrs.append(attr)
        c.attr = attr
        c.why += f"; reportative „soll“ in a court report: {name}"


def _reported_speech_chains(ctx: Pass) -> None:
    """Reported speech runs on for sentences with no verb of saying: a German claim in the
    Konjunktiv („Größere Einheiten seien belastbarer, und sie ließen sich …“, „Vertretungen
    müssten dann …“) that names nobody, or only a pronoun nothing resolves, is the words of
    the speaker of the claim or quotation before it in its paragraph or the one before („„…“,
    sagte Haslinger. Das Landratsamt habe … verlangt.“); an English claim in the past perfect or
    with "would", that names no subject of its own and reports no hearsay, is so in its
    paragraph only ("… said the licence had lapsed. Staff had offered to drive pupils …")."""
    claims = sorted((c for c in ctx.candidates if c.rule.tag == "claim"), key=lambda c: c.start)
    spoken = sorted(
        [(c.start, c.end, c.attr) for c in claims if c.attr is not None]
        + [(q.pair.start, q.pair.end, q.attr) for q in ctx.quotes if q.attr is not None]
        + [(at, at, attr) for at, attr in _sees_it_otherwise(ctx)],
        key=lambda x: x[0],
    )
    last: tuple[int, int, Attr] | None = None
    k = 0
    for c in claims:
        while k < len(spoken) and spoken[k][0] < c.start:
            start, end, attr = spoken[k]
            if attr.resolved and not _unresolved_pronoun(attr):
                last = (start, end, attr)
            k += 1
        named = c.attr is not None and c.attr.resolved and not _unresolved_pronoun(c.attr)
        if named or last is None:
            continue
        gap = ctx.article.block_index_at(c.start) - ctx.article.block_index_at(last[0])
        if c.rule.lang == "de":
            if gap > 1:
                continue
            if HEARSAY_PLACE.search(ctx.text, c.start, c.end):
                continue
            reported = _REPORTED.search(ctx.text, c.start, c.end)
            hearsay_de = None if reported else _HEARSAY.search(ctx.text, c.start, c.end)
            if hearsay_de:
                # „Ein Jäger soll … gesehen haben.“ is the paper's hearsay from nobody named,
                # unless its paragraph says whose account it goes on with
                lo = ctx.article.blocks[ctx.article.block_index_at(c.start)].start
                told = ctx.says(lo, c.end) or _ACCOUNT.search(ctx.text, lo, c.end) is not None
                if told or any(lo <= q.pair.start < c.start for q in ctx.quotes):
                    reported = hearsay_de
        else:  # "…, the headteacher said. Staff had offered to drive pupils …": backshifted
            own = c.attr is not None  # "Many astronomers had …", "It said …": a subject of its own
            hearsay = c.rule.params.get("hearsay") or _HEARSAY_EN.search(ctx.text, c.start, c.end)
            if gap or own or hearsay:
                continue
            opening = _SUBJECT_PRONOUN.match(ctx.text, c.start)
            if opening is not None and ctx.people.person_at(c.start) == last[2].resolved:
                # "…, Dr Nomvula Etherington, said …. She advised parents to …": she goes on
                reported = opening
            else:
                reported = _BACKSHIFTED.search(ctx.text, c.start, c.end)
        if not reported or ctx.inside_quote(c.start):
            continue
        if c.attr is not None and ctx.says(c.start, c.end):
            continue  # „…, ließ sie über ihre Anwältin erklären“: she is the speaker
        speaker = last[2]
        between = _subject_between(ctx, speaker.namer, last[1], c.start)
        if between is not None and between != speaker.resolved:
            # „„…“, sagte Danzer. Maren Fuchs kann beide Seiten verstehen. Sie habe …“: hers
            hit = NameHit(between, c.start, c.start, "name", person=True)
            speaker = Attr(
                hit, ctx.article.block_index_at(c.start), speaker.namer, resolved=between
            )
        c.attr = speaker
        c.inherited = True
        c.why += f"; reported speech going on from {speaker.resolved}"


def _subject_between(ctx: Pass, namer: Namer, lo: int, hi: int) -> str | None:
    """A person named by name as the subject of a sentence of her own in [lo, hi), one that
    reports nobody's words: the one whose words the reported speech after it are."""
    found = ctx.people.subject_at_since(lo, hi)
    if found is None or found[1].split()[0].casefold() in namer.determiners:
        return None  # „Der Angeklagte“: a role, not a name
    s, e = ctx.sentence(found[0])
    if _REPORTED.search(ctx.text, s, e) or _HEARSAY.search(ctx.text, s, e):
        return None  # „Der Angeklagte habe …“: itself reported speech
    return found[1]


# „X sieht das anders.“: X's stance, and the reported speech after it is X's too („Ihr
# Mandant sei … nie abgemahnt worden.“)
_SEES_IT_OTHERWISE = re.compile(
    r"\s(?:sieht|sehen|sah|sahen)\s+(?:das|es|dies)\s+(?:\w+\s+)?anders\s*\.", re.IGNORECASE
)


def _sees_it_otherwise(ctx: Pass) -> list[tuple[int, Attr]]:
    """The subjects of „… sieht das anders.“ sentences, as speakers the reported speech after
    them continues."""
    if not any(rs.lang == "de" for rs in ctx.rulesets):
        return []
    namer = ctx.namers["de"]
    found: list[tuple[int, Attr]] = []
    for m in _SEES_IT_OTHERWISE.finditer(ctx.text):
        lo = ctx.sentence(m.start())[0]
        hit = namer.before(ctx.text, m.start(), lo)
        if hit is None or hit.kind != "name":
            continue
        name = without_role(hit.text, namer)
        if " " not in name:
            name = ctx.people.fullname(name)
        attr = Attr(hit, ctx.article.block_index_at(lo), namer, resolved=name)
        found.append((m.end() - 1, attr))
    return found


def _stances_otherwise(ctx: Pass) -> None:
    """A claim on „Die Kreisjägerschaft Grevenau sieht das anders.“ itself is its subject's
    stance (14 of the 23 such sentences on dev are labelled so), when no cue named a speaker."""
    for at, attr in _sees_it_otherwise(ctx):
        for c in ctx.candidates:
            if c.rule.tag == "claim" and c.attr is None and c.start <= at < c.end:
                c.attr = attr
                c.why += f"; „… sieht das anders“: {attr.resolved}'s stance"


_LEAD_IN_WORDS = 12  # „Zumbrink stellte die Methode infrage:“ is short; longer is a sentence


def _stances_before_a_colon(ctx: Pass) -> None:
    """„Heidemöller winkt ab: Die Wiese sei zu klein …“: reported speech after a colon is the
    person's the words before it name, whatever their verb; a speaker only the sentences
    before lent it gives way, a cue of its own does not."""
    if not any(rs.lang == "de" for rs in ctx.rulesets):
        return
    namer = ctx.namers["de"]
    for c in ctx.candidates:
        if c.rule.tag != "claim" or c.rule.lang != "de" or (c.attr is not None and not c.inherited):
            continue
        colon = ctx.text.find(":", c.start, c.end)
        if colon < 0 or not _REPORTED.search(ctx.text, colon, c.end):
            continue
        lead = ctx.text[c.start : colon]
        if len(lead.split()) > _LEAD_IN_WORDS or any(ch in QUOTE_CHARS for ch in lead):
            continue
        mentions = ctx.people.mentions_in(c.start, colon)
        if len({n for _, _, n in mentions}) != 1:
            continue
        start, _, name = mentions[0]
        attr = ctx.attr(
            NameHit(name, start, start, "name", person=True),
            ctx.article.block_index_at(c.start),
            namer,
        )
        if attr is None:
            continue
        attr.resolved = name
        c.attr, c.inherited = attr, False
        c.why += f"; what follows the colon is {name}'s"


def _paragraph_speakers(ctx: Pass) -> None:
    """A quotation no verb attributes is the words of the person its paragraph is about: the
    speaker of a later quote in the paragraph („„…“ Dann: „…“, sagt Wernecke“), else the person
    the paragraph names last before it ("Ashworth remembers the lowest moment. "March
    2022 …""), else, for a paragraph that opens with it, the person named as the subject
    just before."""
    quotes = sorted(ctx.quotes, key=lambda q: q.pair.start)
    namer = ctx.namers[ctx.rulesets[0].lang]
    for i, q in enumerate(quotes):
        block = ctx.article.blocks[q.block]
        if q.attr is not None or q.words < 4 or block.kind in ("title", "heading"):
            continue
        opening = ctx.text[ctx.sentence(q.pair.start)[0] : q.pair.start].strip()
        if opening and not opening.endswith(":"):
            continue  # a fragment inside someone's sentence, not their own words
        if _quoted_subheading(ctx, q):
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
        named = [  # „Ihre Tochter Mia …“: the daughter is whom the paragraph's person speaks of
            m
            for m in ctx.people.mentions_in(block.start, q.pair.start)
            if m[2] != "" and not KIN_OF_SOMEONE.match(m[2])
        ]
        person = named[-1][2] if named else _speaker_named_before(ctx, namer, block.start, q)
        if person is None and q.pair.start <= block.start + 2:
            person = ctx.people.person_before(q.pair.start, q.block - 1)
        if person is None:
            spokesperson = _spokesperson_before(ctx, namer, block.start, q)
            if spokesperson is not None:
                q.attr = spokesperson
                q.how = f"the spokesperson who spoke just before ({spokesperson.resolved})"
            continue
        hit = NameHit(person, q.pair.start, q.pair.start, "name", person=True)
        q.attr = Attr(hit, q.block, namer, resolved=person)
        q.how = f"no verb names the speaker; the paragraph is about {person}"


def _spokesperson_before(ctx: Pass, namer: Namer, lo: int, q: FoundQuote) -> Attr | None:
    """The spokesperson whose words the paragraph reports last before the quotation, when no
    one else speaks in between („Eine Sprecherin des Versorgers sagte, man sperre erst nach
    zwei Mahnungen. „Niemand wird … abgeklemmt.““)."""
    last = max(
        (c for c in ctx.candidates if c.attr is not None and lo <= c.start < q.pair.start),
        key=lambda c: c.start,
        default=None,
    )
    if last is None or last.attr is None or not last.attr.resolved:
        return None
    words = last.attr.hit.text.casefold().split()
    if last.attr.hit.kind != "descriptive" or not any(w in namer.spokespersons for w in words[:2]):
        return None
    return last.attr


def _speaker_named_before(ctx: Pass, namer: Namer, lo: int, q: FoundQuote) -> str | None:
    """The person a verb of saying named last in the paragraph before the quotation, by a name
    no first-name list knows („…, sagt Hella Tiedtke. »Es geht ums Prinzip.«“)."""
    found = None
    for c in ctx.candidates:
        a = c.attr
        if a is None or not a.resolved or not lo <= c.start < q.pair.start:
            continue
        words = a.resolved.split()
        if (
            a.hit.kind == "name"
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not any(namer.is_org_head(w) or w.casefold() in namer.org_markers for w in words)
        ):
            found = a.resolved
    return found


_SPEAKER_LABEL = re.compile(r"[\w\-]+(?:\s[\w\-]+){0,2}:\s*")


def _person_labelled(ctx: Pass, q: FoundQuote) -> Attr | None:
    """The person a quoted subheading's label names by surname or in full, when the article
    names that person in full: „Dreesbrock: „Es lag nicht am Geld““ is Birgitt Dreesbrock's."""
    block = ctx.article.blocks[q.block]
    if ctx.people is None or not _SPEAKER_LABEL.fullmatch(ctx.text, block.start, q.pair.start):
        return None
    words = ctx.text[block.start : q.pair.start].rstrip().removesuffix(":").split()
    if not words or len(words) > 2 or not all(w[:1].isupper() for w in words):
        return None
    label, full = " ".join(words), ctx.people.full.get(words[-1])
    if full is None or (len(words) == 2 and full != label):
        return None  # a person the article names, not a kind („Mutter:“) or a body
    hit = NameHit(label, block.start, block.start + len(label), "name")
    return Attr(hit, q.block, ctx.namers[ctx.rulesets[0].lang], resolved=full)


def _quoted_subheading(ctx: Pass, q: FoundQuote) -> bool:
    """A quotation alone on its line with no sentence mark inside its closing quote: a
    subheading („'I trusted him with everything'“), not a paragraph of someone's words."""
    block = ctx.article.blocks[q.block]
    label = _SPEAKER_LABEL.fullmatch(ctx.text, block.start, q.pair.start)  # „Tierschützer: „…““
    opens = q.pair.start <= block.start + 1 or label is not None
    alone = opens and not ctx.text[q.pair.end : block.end].strip()
    closed = ctx.text[q.pair.end - 1] in (*QUOTE_CHARS, "'", "’", "‘")  # not running on
    # the last mark inside, past a quotation closing within it („… on a Tuesday night.'“)
    inner = ctx.text[q.pair.start : q.pair.end - 1].rstrip("'’‘\"“”»«„")
    return alone and closed and inner[-1:] not in (".", "!", "?", ",", "…")


def _kind_in_teaser(attr: Attr) -> bool:
    """A headline's or standfirst's speaker by its kind in small letters ("federation warns
    …", "parish council says …"): the article names who spoke for it further down."""
    text = attr.hit.text
    return (
        attr.namer.lang == "en"
        and attr.block < TEASER_BLOCKS
        and attr.hit.kind == "descriptive"
        and text[:1].islower()
        and not attr.namer.is_person(text)
    )


def _claims_of_kind_to(ctx: Pass, kind: Attr, q: FoundQuote, speaker: Attr) -> None:
    """The claim holding a headline quote that went from a kind to its speaker goes too."""
    for c in ctx.candidates:
        same = c.attr is not None and c.attr.hit.start == kind.hit.start
        if c.rule.tag == "claim" and same and c.start <= q.pair.start < c.end:
            c.attr = speaker
            c.why += f"; the headline quotes {speaker.resolved} (the words recur)"


# short words every sentence has, no echo of anyone's
_SMALL_WORDS = frozenset(
    "the and for was are but our you his her its who has had all one can not they them their "
    "this that with from have will what der die das und ist ein eine den dem des sie wir ich "
    "mit von auf für nicht sich auch aus bei war wie was man noch nur".split()
)


def _echoed_in_section(ctx: Pass, q: FoundQuote, later: list[FoundQuote]) -> Attr | None:
    """The speaker of the sentence in a quoted subheading's section (up to the next heading)
    that shares most of its longer words, in a quotation or a claim: "'They never asked us'"
    over "… Wekesa Balaam … claimed the committee had "never once asked" the village"; the
    section's first such sentence where two share as many."""
    words = {w.casefold() for w in WORD.findall(ctx.text, q.pair.start, q.pair.end)}
    words = {w for w in words if len(w) > 2 and w not in _SMALL_WORDS}
    if not words:
        return None
    blocks = ctx.article.blocks
    end = next((b.start for b in blocks[q.block + 1 :] if b.kind in HEADS), len(ctx.text))
    for o in ctx.quotes:
        if o.block > q.block and o.pair.start < end and _quoted_subheading(ctx, o):
            end = min(end, blocks[o.block].start)
    spoken = [(o.pair.start, o.pair.end, o.attr) for o in later]
    spoken += [(c.start, c.end, c.attr) for c in ctx.candidates if c.rule.tag == "claim"]
    best: tuple[int, int] | None = None
    found: Attr | None = None
    for start, stop, attr in spoken:
        if attr is None or not attr.resolved or not blocks[q.block].end <= start < end:
            continue
        shared = len(words & {w.casefold() for w in WORD.findall(ctx.text, start, stop)})
        if shared and (best is None or (-shared, start) < best):
            best, found = (-shared, start), attr
    return found


def _headline_quotes(ctx: Pass) -> None:
    """A quotation with no speaker whose words recur in a later one is the words of whoever
    says them there ("'He treated the pension fund as his own'" … told jurors he had "treated
    the pension fund as his own private bank account"): the first later quote that holds most
    of its words. Headlines and pull quotes are the usual case, wherever the parser put them (a
    masthead over the headline makes the headline a paragraph). So does one an English headline
    gives a kind in small letters ("federation warns tours '…'"), whose words a person says for
    it further down. A quoted subheading too short for that takes the speaker of the section it
    heads."""
    blocks = ctx.article.blocks
    ordered = sorted(ctx.quotes, key=lambda o: o.pair.start)
    for q in ctx.quotes:
        block = blocks[q.block]
        heading = block.kind == "title" or _quoted_subheading(ctx, q)
        named = _person_labelled(ctx, q) if heading and block.kind != "title" else None
        if named is not None:  # „Dreesbrock: „Es lag nicht am Geld““: the label says who
            q.attr = named
            q.how = f"the subheading's label names {named.resolved}"
            continue
        kind = q.attr if q.attr is not None and _kind_in_teaser(q.attr) else None
        if q.attr is not None and kind is None:
            continue
        words = {w.casefold() for w in WORD.findall(ctx.text, q.pair.start, q.pair.end)}
        words = {w for w in words if len(w) > 2}
        later = [o for o in ordered if o.block > q.block and o.attr and o.attr.resolved]
        for other in later if len(words) >= 3 else ():
            found = {w.casefold() for w in WORD.findall(ctx.text, other.pair.start, other.pair.end)}
            if len(words & found) * 10 >= len(words) * 7 and other.attr is not None:
                q.attr = other.attr
                q.how = f"the headline quotes {other.attr.resolved} (the words recur)"
                if kind is not None:  # "federation warns tours '…'": who says it for it
                    _claims_of_kind_to(ctx, kind, q, other.attr)
                break
        if kind is not None:
            continue  # the kind keeps its words unless they recur
        echoed = (
            _echoed_in_section(ctx, q, later)
            if heading and q.attr is None and block.kind != "title"
            else None
        )
        if echoed is not None:
            q.attr = echoed
            q.how = f"a quoted subheading whose words {echoed.resolved} says in its section"
            continue
        if q.attr is None and heading and block.kind != "title" and later:
            # a quoted subheading: the words of whoever speaks in the section it heads
            nearest = later[0]
            if nearest.block <= q.block + 3 and nearest.attr is not None:
                q.attr = nearest.attr
                q.how = f"a quoted subheading over {nearest.attr.resolved}'s section"
