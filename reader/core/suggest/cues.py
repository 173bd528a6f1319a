"""Pass 2: the cue rules (laut, according to, reporting verbs, hedges) block by block, each cue
mapped to the sentence or clause it governs, and the source it names: the subject of a reporting
verb, the owner of „nach eigenen Angaben“, the speaker of the sentence before."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from reader.core.article import NON_ARTICLE_KINDS
from reader.core.suggest.bodies import ANY_FIRM, introductions
from reader.core.suggest.context import Pass
from reader.core.suggest.forms import (
    DATELINE_START,
    DOCUMENT_BY,
    HEARSAY_PLACE,
    WORD,
    audience_only,
    governed_infinitive,
    noun_gender,
    thing_word,
)
from reader.core.suggest.lexicon import stems
from reader.core.suggest.names import GERMAN_INDEFINITE, Namer
from reader.core.suggest.records import Attr, Candidate, Spans
from reader.core.suggest.ruleset import QUOTE_CHARS, Rule
from reader.core.suggest.tokens import CAPITALS, SMALL, NameHit

# a sentence that attributes the one before it: "Das teilte die Stadtverwaltung mit.", "This was
# confirmed by the council.", „Zu diesem Ergebnis kommt das Institut …“
_POINTS_BACK = re.compile(
    r"\s*(?:Das|Dies|That|This|Zu\s+diese[mr]\s+(?:Ergebnis|Schlu(?:ss|ß)|Einschätzung|Befund))\s+"
    r"(?:(?:is|was)\s+)?$"  # "That is according to the Crop Statistics Unit."
)

# „Das bestreitet die Klägerin.“, „Das weist die Stadt zurück.“: the sentence before is what
# they deny, someone else's word (or a rumour's), not theirs
_DENIES = re.compile(
    r"(?:bestreitet|bestreiten|bestritt|bestritten|dementiert|dementierte|dementierten|"
    r"widerspricht|widersprechen|widersprach|widersprachen|denies|denied|disputes|disputed|"
    r"rejects|rejected|(?:weist|weisen|wies|wiesen)\b.*\bzurück)",
    re.DOTALL,
)

# „Der Bürgermeister von Wittsiel, Hauke Tönjes (parteilos), fordert …“: the name, and a party
# or an age in brackets after it
_APPOSITION_NAME = re.compile(
    r",\s+(?P<name>["
    + CAPITALS
    + r"][\w\-]+\s+["
    + CAPITALS
    + r"][\w'’\-]+)(?:\s+\([^()\n]{1,30}\))?,\s*$"
)

OBJECT_BEFORE = re.compile(r"\b(?:den|einen|dem|einem|unserer|unserem|unseren)\s+$", re.IGNORECASE)

# an accusative or dative article opening a German sentence: its noun is the object
_OBJECT_OPENING = re.compile(r"\s*(?:Den|Dem|Einen|Einem)\s+(?:[" + SMALL + r"]+\s+){0,2}")

# a thing that opens a German sentence before its verb: „Eine Kamera …“, „Genaue Laborergebnisse“
_THING_OPENING = re.compile(
    rf"\s*(?:Eine?|(?!(?:Die|Diese|Jede|Keine|Manche|Solche|Welche|Alle|Beide|Einige|Viele|Andere|"
    rf"Meine|Seine|Ihre|Unsere|Deine|Eure)\s)[{CAPITALS}][{SMALL}]+e)\s+(?:[{SMALL}]+e[nrs]?\s+)?$"
)
# a German noun for a woman in a role: „Jurorin“, „Anwohnerin“ (no thing)
_WOMAN = re.compile(r"\w+(?:erin|orin|istin|antin|entin|eurin)(?:nen)?")


# a group's place right before its plural verb: „(Die Rettungsschwimmer) am See begrüßen“
_GERMAN_PLACE = re.compile(
    r"(?P<where>[^\S\n]+(?:am|im|vom|aus[^\S\n]+(?:dem|der)|von[^\S\n]+der|in[^\S\n]+der|"
    rf"an[^\S\n]+der|auf[^\S\n]+dem)[^\S\n]+[{CAPITALS}][\w\-]+)[^\S\n]*"
)
_GROUP_OPENING = re.compile(r"\s*(?:(?:Die|Mehrere|Einige|Viele|Manche|Andere)\s+)?$")


def _german_group_with_place(text: str, namer: Namer, hit: NameHit, lo: int, vs: int) -> NameHit:
    """„Die Rettungsschwimmer am See begrüßen …“, „Die Wanderfreunde aus dem Ort fordern …“: a
    plural noun that opens the sentence, with where its people are, right before a plural verb
    is the group with its place (as „Anwohner am Lokschuppenweg“ is), not the noun alone."""
    place = _GERMAN_PLACE.fullmatch(text, hit.end, vs)
    verb = WORD.match(text, vs)  # (not a slice of the text after it: a long article's tail)
    if (
        place is None
        or " " in hit.text
        or verb is None
        or not verb.group().endswith("en")
        or not _GROUP_OPENING.fullmatch(text, lo, hit.start)
        or namer.is_org_head(hit.text)
        or namer.is_person(hit.text)
        or hit.text.casefold() in namer.not_names
    ):
        return hit
    end = place.end("where")
    return NameHit(text[hit.start : end], hit.start, end, "descriptive")


def _thing_opens(text: str, namer: Namer, hit: NameHit, lo: int) -> bool:
    """Whether the phrase that opens the sentence names a thing: after „Ein(e)“ or an
    adjective, one capitalised word that is no body, person, group or role."""
    words = hit.text.split()
    if hit.kind != "name" or namer.is_person(hit.text):
        return False
    opening = text[lo : hit.start]
    if len(words) == 2 and not opening.strip():
        opening, words = words[0] + " ", words[1:]  # „Genaue Laborergebnisse“: one phrase
    return (
        len(words) == 1
        and _THING_OPENING.fullmatch(opening) is not None
        and not _names_someone_alone(namer, words[0])
    )


def _names_someone_alone(namer: Namer, word: str) -> bool:
    """Whether a German noun names a speaker on its own: a body, a person's noun, a title or
    a woman's role („Verband“, „Anwohner“, „Jurorin“), so it cannot be a thing."""
    return bool(
        namer.is_org_head(word)
        or namer.person_noun(word)
        or namer.is_title(word)
        or _WOMAN.fullmatch(word)
    )


def _thing_opening(text: str, namer: Namer, word: str, article: bool, vs: int) -> bool:
    """Whether the one word opening a German sentence before its verb and „sie“ is a thing, so
    the object, and „sie“ the one who speaks: after an article any word that names no one on
    its own („Die Absage bedauert sie“), without one a plural thing before a singular verb
    („Kosten schätzt sie auf …“)."""
    if " " in word or _names_someone_alone(namer, word) or namer.is_person(word):
        return False
    if article:
        return True
    verb = WORD.match(text, vs)
    return verb is not None and verb.group().endswith("t") and word.endswith("en")


# „Die Werte“, „Das Urteil“: a phrase that may be a subject or an object
_DIE_DAS_OPENING = re.compile(r"\s*(?:Die|Das|Diese|Dieses)\s+")


def _masculine_subject_after(
    text: str, namer: Namer, hit: NameHit, later: NameHit, lo: int, finite_end: int
) -> bool:
    """Whether „der“ + a masculine body or role right after the verb is its subject, so that
    the „die“ or „das“ noun opening the sentence is its object („Die Werte hält der
    Geschäftsführer für zu ungenau“, „Das Urteil hält der Verband für falsch“)."""
    if (
        hit.kind != "name"
        or " " in hit.text
        or _DIE_DAS_OPENING.fullmatch(text, lo, hit.start) is None
        or _names_someone_alone(namer, hit.text)
        or namer.is_group(hit.text)
        or namer.is_person(hit.text)
    ):
        return False
    words = later.text.split()
    article = text[finite_end : later.start].strip()
    if words[0] == "der" and len(words) > 1:
        article, words = "der", words[1:]  # „der Geschäftsführer“ as one phrase
    head = words[-1]
    masculine = noun_gender(head) == "m" or (
        namer.is_role(head) and not head.endswith("in") and not _WOMAN.fullmatch(head)
    )
    return (
        article == "der"
        and masculine
        and (namer.source_noun(later.text) or namer.is_org_head(head) or namer.is_role(head))
    )


_OBJECT_CASE = re.compile(
    r"(?:den|einen|dem|einem|ihn|ihm|ihnen|unserer|unserem|unseren)\b", re.IGNORECASE
)  # „sagte unserer Zeitung“: whom it was said to

# a relative clause (its verb last) closed by the comma before the verb: the verb is the main
# clause's, and its subject comes before („Bürgermeister X, der das Projekt vorangetrieben
# hatte, gestand …“)
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:(?:in|mit|bei|von|für|an|auf|aus|unter|über|zu|nach|durch|gegen|um|seit)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rnms]?)\s(?:[^,]|(?<=\d),(?=\d)){3,120}"
    r"\s[" + SMALL + r"]+,\s*$"
)
_ARTICLE_THEN_NOUN = re.compile(r",\s+(?:\w+\s+)?(?:der|die|das|dem|den)\s+[" + CAPITALS + r"]")
# a comma segment that is a relative clause: „dessen Firma …“, „die seit 1990 …“ (an article
# before a capitalised noun opens an apposition instead: „die Kynex Tyres GmbH“)
_RELATIVE_OPENING = re.compile(
    r"\s*(?:dessen|deren|welche[rsmn]?|(?:der|die|das|den|dem|denen)\s+(?![" + CAPITALS + r"]))\b"
)
# „Beim SV Kettwich hält man …“, „Bei der Stadt Gelmersdorf sieht man …“: where „man“ speaks
_AT_BODY = re.compile(
    r"\s*(?:Beim|Bei\s+der|Bei\s+den|Im|In\s+der)\s+"
    r"(?P<body>["
    + CAPITALS
    + r"][\w\-]*(?:[^\S\n]+(?:für\s+|&\s+)?["
    + CAPITALS
    + r"][\w\-]*){0,4})"
    r"(?:[^\S\n]+(?:in|aus)[^\S\n]+["
    + CAPITALS
    + r"][\w\-]*)?\s*$"  # „Beim Handelshaus X & Söhne in Y“
)
# „Nach einer Erhebung, die der Einzelhandelsverband X im Oktober veröffentlicht hat, …“: the
# document's maker, named in the relative clause right after it
_MAKER_AFTER = re.compile(
    r",\s+(?:die|den|das)\s+(?P<who>(?:der|die|das)\s+["
    + CAPITALS
    + r"][\w\-]+(?:[^\S\n]+["
    + CAPITALS
    + r"][\w\-]+){0,3})\s+[^,.;:!?]{0,80}?\b(?:veröffentlicht|vorgelegt|gemacht|erstellt|"
    r"in\s+Auftrag\s+gegeben|durchgeführt|erhoben|verschickt|beauftragt)\s+"
    r"(?:hat|hatte|haben|hatten)\s*,"
)
_PRONOUN_AFTER = re.compile(r"\s+(?:er|sie|es|man)\b")  # „lehnte er ab“: the subject follows

# a finite auxiliary, and a participle that ends its clause: „… habe … verlangt.“
_AUXILIARY = re.compile(
    r"\b(?:hat|hatte|haben|hatten|habe|hätte|hätten|ist|sind|war|waren|sei|seien|wäre|wären)\b"
)
# a comma that ends a clause, not the one inside a figure („2,6 Millionen Euro“)
_CLAUSE_COMMA = re.compile(r",(?!\d)")
# the prepositions that open a German sentence with a phrase: its subject follows the finite
# verb („In Berlin sagte der Minister“, „Für die Sanierung hat ein Gutachter … veranschlagt“)
_OPENING_PREPOSITIONS = (
    "Entlang|In|Im|An|Am|Auf|Bei|Beim|Vor|Mit|Für|Über|Unter|Aus|Zu|Zum|Zur|Seit|"
    "Wegen|Trotz|Neben|Zwischen|Hinter|Gegen|Ohne|Durch"
)
_FRONTED_PREPOSITION = re.compile(rf"\s*(?:{_OPENING_PREPOSITIONS})\s")
_STATE = frozenset({"ist", "sind", "war", "waren"})  # with a participle: what is, not who says
_REPORTING_MOOD = frozenset({"habe", "hätte", "hätten", "sei", "seien", "wäre", "wären"})
_CLAUSE_FINAL = re.compile(r"\s*(?:[.,;:!?]|$)")

_ZU_BEFORE = re.compile(r"\bzu\s+$")
_SPACES = re.compile(r"\s*")
# one to three capitalised words and nothing else (a name right before its verb)
_NAME_ONLY = re.compile(
    rf"[^\S\n]*[{CAPITALS}][\w\-]+(?:[^\S\n]+[{CAPITALS}][\w\-]+){{0,2}}[^\S\n]*"
)

# a German sentence opened by its accusative object: the subject follows the verb
_FRONTED_OBJECT = re.compile(
    r"\s*(?:(?:Den|Einen|Diesen|Ihren|Seinen|Unseren)\s+[" + CAPITALS + r"]"
    # „Eine Ursache sieht Marwede in …“: what someone sees a cause in is no speaker
    r"|(?:Eine|Die|Einen|Den)\s+(?:[" + SMALL + r"]+\s+)?(?:Ursache|Grund|Gründe)\b)"
)

_FRONTED_PHRASE = re.compile(rf"\s*(?:{_OPENING_PREPOSITIONS})\s+(?:[^\s,]+\s+){{0,4}}?$")

# a plural noun phrase opening the sentence before a singular verb is its object, not its
# subject: „Die Investitionen beziffert Kaltwasser auf …“, „Die Kosten … beziffert der Kreis“
# what a fronted plural object goes on with before a noun of its own: „für Neudruck und “
_PLURAL_TAIL = re.compile(r"\s+(?:für|von|vom|aus|im|in|bei|der|des|mit|an|am)\s+[^,.;:!?]*")

_PLURAL_OPENING = re.compile(
    r"\s*(?:[Dd]ie|[Dd]iese|[Aa]lle|[Bb]eide)\s+(?:["
    + SMALL
    + r"]+\s+)?["
    + CAPITALS
    + r"][\wäöüß\-]*en\b"
)

_PLURAL_AFTER_COMMA = re.compile(
    r"\s*(?:die|diese|alle|beide)\s+[" + CAPITALS + r"][\wäöüß\-]*en\b"
)

_OWN = re.compile(r"\beigene[nr]?\b")

# "nach ihren Berechnungen", "its figures": the person or body named before
_POSSESSIVE_DET = re.compile(
    r"\b(?:[Ii]hren|[Ii]hrer|[Ii]hres|[Ii]hrem|[Ss]einen|[Ss]einer|[Ss]eines|[Ss]einem|deren|dessen|[Ii]ts|[Tt]heir)\b"
)

_POSSESSIVE_AFTER = re.compile(r"\s+(?P<det>ihres|ihrer|seines|seiner|its|their)\b")
# „…, so ihre Erklärung, …“: a view or an account whose owner the possessive names
_POSSESSIVE_VIEW = re.compile(
    r"\s+(?P<det>ihre|seine|deren|dessen)\s+(?:Erklärung|Einschätzung|Ansicht|Meinung|Rechnung|"
    r"Vermutung|Auffassung|Darstellung|Schätzung|Überzeugung|Erfahrung|Beobachtung|Erinnerung|"
    r"Prognose|Deutung|Lesart|These|Diagnose|Begründung)\s*[,.;]"
)

# "according to a letter seen by the Advertiser": the outlet that saw it is not the source
_SEEN_BY = re.compile(r",?\s+seen\s+by\b")

# "according to a survey the parish council carried out", "a note the company sent": the
# document, then who made it
_DOCUMENT_MADE_BY = re.compile(
    r"(?:(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,2}?|(?=[a-z]+\s+(?:it|they)\s))(?P<doc>[a-z]+)\s+"
    r"(?:(?:of|to|for)\s+(?:the\s+)?[a-z][\w’'\-]*\s+(?=that\s|which\s))?"  # "a note to readers that"
    r"(?:that\s+|which\s+)?"
    r"(?P<who>(?:the|its|their|her|his)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?|it|they"
    r"|[" + CAPITALS + r"][\w’'&\-]*(?:\s+[" + CAPITALS + r"][\w’'&\-]*)*)"
    r"\s+(?:published|carried\s+out|conducted|compiled|produced|released|issued|sent|shared|ran|"
    r"commissioned|gave|provided|supplied|made|kept|prepared|drew\s+up|wrote|did|took)\b"
)

# "according to a valuation prepared for the council by Quance Auctions", "according to an
# assessment by the consultancy Lambrick Transport Planning": the document, and by whom
_DOCUMENT_BY = re.compile(
    r"(?:a|an|the|its|their)\s+(?:[\w’'\-]+\s+){0,2}?(?P<doc>[a-z]+)\s+"
    r"(?:(?:prepared|commissioned|carried\s+out|written|drawn\s+up|compiled|produced|"
    r"published|conducted|made|kept|printed|sent)\s+)?(?:for\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?\s+)?"
    r"(?:by|from)\s+(?:the\s+(?:[a-z]+\s+){0,2})?(?P<who>[" + CAPITALS + r"][\w’'&\-]*"
    r"(?:\s+(?:(?:of|and|&)\s+)?[" + CAPITALS + r"][\w’'&\-]*)*"
    r"(?:\s+(?:council|trust|board|authority|agency|society|association)\b)?)"
)

# „nach Angaben der Initiatorin, der Kurgästin Hannelore Wellenkamp (81), …“: a role, then
# the person it is, named in an apposition
_ROLE_THEN_NAME_DE = re.compile(
    r"[^\S\n]+(?:der|des|ihrer|seiner)[^\S\n]+[" + CAPITALS + r"][\w\-]*,[^\S\n]+"
    r"(?:der|des|dem)[^\S\n]+(?:[" + CAPITALS + r"][\w\-]*[^\S\n]+)??"
    r"(?P<name>[" + CAPITALS + r"][\w\-]+[^\S\n]+[" + CAPITALS + r"][\w\-]+)"
    r"(?:[^\S\n]*\(\d{1,3}\))?,"
)
# "according to its operator, Daleways", "According to the operator, Ebbsworth Coaches, …": a
# kind, then the name it is set beside
_KIND_THEN_NAME = re.compile(
    r"(?:the|its|their|his|her)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3},\s*"
    # "…, retired postman Swithun Pickstock": a trade before him (not "published in the Journal")
    r"(?:(?!(?:in|by|at|on|of|to|for|with|from|the|an?|and|or|which|who|that)\s)"
    r"[a-z][\w\-]*\s+){0,3}?"
    r"(?P<name>[" + CAPITALS + r"][\w’'&\-]*(?:\s+(?:[" + CAPITALS + r"][\w’'&\-]*|of|and|&))*)"
    r"\s*(?:[,.;:!?]|$)"
)

# a subheading that asks or introduces („Wie das System funktionieren soll“, "What the tribunal
# will decide") or captions a picture („Bildunterschrift: …“, "Image caption, …")
_HEADING_NO_ASSERTION = re.compile(
    r"\s*(?:(?:Hintergrund|Background)\s*:\s*)?(?:Was|Wie|Warum|Wieso|Weshalb|Wer|Wann|Wo|Welche[rsmn]?|"
    r"What|How|Why|When|Who|Where|Which|Listen\b|Bildunterschrift|Image\s+caption|Caption|"
    r"Foto|Photo)\b"
)

# „nach Senderangaben“, „nach Polizeischätzung“, „nach GES-Angaben“, „nach ITF-Zählung“
_COMPOUND_SOURCE = re.compile(
    r"\b(["
    + CAPITALS
    + r"]["
    + CAPITALS
    + r"\d]{1,6}(?=-)|["
    + CAPITALS
    + r"]["
    + SMALL
    + r"]{3,}?)s?-?"
    r"(?:[Aa]ngaben|[Ii]nformationen|kreisen|[Zz]ählung(?:en)?|[Ss]chätzung(?:en)?)\b"
)

_THAT = re.compile(r"\b(?:that|dass)$")

VETO_WINDOW = 120  # how far an `unless` expression may reach around its cue

# an adverb that inverts the reporting clause: "So says Canon Ruth Ingleby, who …"
_SO_SAYS = re.compile(r"\s*(?:So|Thus|Or so)\s+")
# what may follow the subject of an inverted speech tag: its apposition's comma or the sentence end
_TAG_END = re.compile(r"[^\S\n]*(?:[,.;!?]|$)")


def _matches(
    rule: Rule, pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The rule's matches (of its `pattern`) in [start, end). A rule whose pattern opens with a name phrase gives an
    `anchor` (a word it must contain, "zufolge"): the pattern then runs only within 160
    characters of an anchor, not from every position of the text."""
    anchor = rule.params.get("anchor")
    if not anchor:
        yield from pattern.finditer(text, start, end)
        return
    found = [a.span() for a in _anchor(anchor).finditer(text, start, end)]
    starts = [a for a, _ in found]
    for lo, hi, first, last in _windows(found, start, end):
        for m in pattern.finditer(text, lo, hi):
            i = bisect_left(starts, m.start(), first, last)
            if i < last and starts[i] <= m.end():
                yield m  # it holds one of the window's anchors


def _windows(
    anchors: list[tuple[int, int]], start: int, end: int, reach: int = 160
) -> Iterator[tuple[int, int, int, int]]:
    """[lo, hi) spans `reach` characters around the anchors, overlapping ones merged (so a text
    dense with anchors is scanned once, not once per anchor: linear, not quadratic), each with
    the index range [first, last) of its anchors."""
    first = 0
    while first < len(anchors):
        last = first + 1
        while last < len(anchors) and anchors[last][0] - reach <= anchors[last - 1][1] + reach:
            last += 1
        yield (
            max(start, anchors[first][0] - reach),
            min(end, anchors[last - 1][1] + reach),
            first,
            last,
        )
        first = last


_ANCHORS: dict[str, re.Pattern[str]] = {}


def _anchor(expression: str) -> re.Pattern[str]:
    found = _ANCHORS.get(expression)
    if found is None:
        found = _ANCHORS[expression] = re.compile(expression)
    return found


def _own_source(text: str, cs: int, ce: int, namer: Namer) -> NameHit | None:
    """ "nach eigenen Angaben" (the subject, resolved later) or "nach Senderangaben" (the
    broadcaster): the source a cue names inside itself — or the person its possessive's role
    names right after it („nach Angaben ihres Vorsitzenden Claas Wiedenroth“)."""
    own = _OWN.search(text, cs, ce)
    if own:
        return NameHit(own.group(), own.start(), own.end(), "own")
    owner = _POSSESSIVE_DET.search(text, cs, ce)
    if owner:
        named = _role_named_after(text, namer, owner.end())
        return named or NameHit(owner.group(), owner.start(), owner.end(), "possessive")
    compound = _COMPOUND_SOURCE.search(text, cs, ce)
    if compound:
        kind = "name" if compound.group(1).isupper() else "descriptive"  # an acronym names
        end = compound.end(1)
        if text[end : end + 1] == "s" and (compound.group(1) + "s").casefold() in (
            *namer.org_heads,
            *namer.generic_orgs,
        ):
            end += 1  # „nach Kreisangaben“: the „Kreis“, whose s is no linking s
        return NameHit(text[compound.start(1) : end], compound.start(1), end, kind)
    return None


# a plural noun in the dative after „unter“: „Unter Lehrern“, „unter Sammlern“
_DATIVE_PLURAL = re.compile(r"^[" + CAPITALS + r"][\w\-]*(?:ern|eln)$")
# and whose they are: „Unter den Imkern des Vereins“, „Unter Nutzern des Verleihs“
_GENITIVE_TAIL = re.compile(r"\s+(?:des|der)\s+[" + CAPITALS + r"][\w\-]*")


def find_cues(ctx: Pass) -> None:
    clauses = Spans(ctx.clauses)
    text = ctx.text
    for rs, namer, rule, pattern in ctx.rules_of("cue"):
        has_cue = "cue" in pattern.groupindex
        # the source's group: "src", or "src_before" where it may also stand before the cue
        srcs = [g for g in ("src", "src_before", "src_at") if g in pattern.groupindex]
        verbs = sorted(g for g in pattern.groupindex if g.startswith("verb"))
        has_cue2 = "cue2" in pattern.groupindex
        for bi, block in enumerate(ctx.article.blocks):
            if block.kind in NON_ARTICLE_KINDS or (
                ctx.subheading(bi)
                and (
                    rule.tag == "quote"
                    or not rule.params.get("in_subheadings", True)
                    or _HEADING_NO_ASSERTION.match(text, block.start)
                )
            ):
                # a subheading that says who said what is a claim („Handel warnt vor …“), one
                # that says what is feared or planned a hedge („Händler fürchten Einbußen“);
                # one that asks („Was die VHS jetzt plant“) or captions a picture neither; a
                # rule that reads subheadings wrongly says so ("in_subheadings": false)
                continue
            for m in _matches(rule, pattern, text, block.start, block.end):
                cs, ce = m.span("cue") if has_cue and m.group("cue") else m.span()
                if has_cue2 and m.group("cue2"):
                    cs, ce = m.span("cue2")  # the alternative that names its cue second
                if rule.outside_quotes and ctx.inside_quote(cs):
                    continue
                if rule.source == "subject" and _ZU_BEFORE.search(text, max(0, cs - 4), cs):
                    continue  # „…, Schadenersatz zu fordern“: an infinitive, no subject
                if (
                    rule.source == "subject"
                    and rule.lang == "de"
                    and governed_infinitive(text, ctx.sentence(cs)[0], cs, ce)
                ):
                    continue  # „… könne ein Restaurant nicht den vollen Preis verlangen.“
                if rule.tag != "quote" and ctx.in_question_or_quotation(rule, cs):
                    continue
                if rule.skip_quote_clause and clauses.holding(cs):
                    continue
                lo, hi = ctx.sentence(cs)
                if vetoed(ctx, rule, lo, hi, cs, ce):
                    continue
                start, end = ctx.clause(rs, lo, hi, cs) if rule.span == "clause" else (lo, hi)
                if rule.tag == "claim":
                    start, end = ctx.headline_part(start, end, cs)
                hit = None
                own = _own_source(text, cs, ce, namer) if rule.source == "group" else None
                if own is None and rule.source == "group":
                    follows = _POSSESSIVE_AFTER.match(text, ce) or _POSSESSIVE_VIEW.match(
                        text, ce
                    )  # „nach Angaben ihres …“, „so ihre Erklärung“
                    if follows:
                        s, e = follows.span("det")
                        own = _role_named_after(text, namer, e) or NameHit(
                            text[s:e], s, e, "possessive"
                        )
                owner = m.group("owner") if "owner" in pattern.groupindex else None
                if own is None and owner:  # „Nach Hertlings Angaben“: the name, written as
                    s, e = m.start("owner"), m.end("owner") - 1  # a genitive
                    own = NameHit(text[s:e], s, e, "name")
                maker = None
                if rule.source == "group":
                    own = _apposed_name(text, namer, ce) or own
                if rule.source == "group" and namer.lang == "en":
                    made = _DOCUMENT_MADE_BY.match(text, ce + 1) or _DOCUMENT_BY.match(text, ce + 1)
                    if (
                        made is not None
                        and namer.is_document(made.group("doc"))
                        and not made.group("who").endswith(("'", "’"))  # "the Rooms' trustees"
                    ):
                        maker = namer.from_phrase(text, *made.span("who"))  # as "by X" says
                        if made.group("who") in ("it", "they"):
                            # "according to figures it gave Waveform": the body "it" is,
                            # not the outlet it gave them to
                            maker = NameHit(made.group("who"), *made.span("who"), "pronoun")
                if maker is not None and maker.kind in (
                    "name",
                    "descriptive",
                    "possessive",
                    "pronoun",
                ):
                    hit = maker  # "according to a survey the parish council carried out"
                elif own is not None and own.kind in ("own", "possessive", "name"):
                    hit = own  # "nach eigenen / ihren Angaben": not the words after it
                elif rule.source == "group" and any(m.group(g) for g in srcs):
                    src = next(g for g in srcs if m.group(g))
                    s0, e0 = m.span(src)
                    seen = _SEEN_BY.search(text, s0, e0)
                    if seen is not None:
                        e0 = seen.start()  # "a letter seen by the Advertiser": not the paper's
                    hit = namer.from_phrase(text, s0, e0)
                    hit = _possessed_document(text, namer, hit, s0) or hit
                    if src in ("src_at", "src_before") and HEARSAY_PLACE.match(text, m.start()):
                        # „Im Hafen (von Knarrensiel) heißt es“: a place's hearsay names no one
                        hit = None
                    if hit is not None and hit.text.startswith("Gerücht"):
                        hit = None  # „Gerüchten zufolge“: a rumour names no one
                    if (
                        src == "src_at"
                        and hit is not None
                        and text.startswith("Unter", m.start())
                        and _DATIVE_PLURAL.search(hit.text)
                        and not hit.text.casefold().endswith("eltern")  # „Eltern“ are no „Elter“
                    ):  # „Unter Wattführern heißt es“: the Wattführer
                        # „Unter den Imkern des Vereins“: whose Imker they are goes with them
                        owner = _GENITIVE_TAIL.match(text, hit.end, e0)
                        tail, stop = (owner.group(), owner.end()) if owner else ("", hit.end - 1)
                        hit = NameHit(hit.text[:-1] + tail, hit.start, stop, hit.kind, hit.person)
                    if rule.params.get("person") and not (
                        hit is not None and (hit.person or namer.is_person(hit.text))
                    ):
                        continue  # „Für Erlenbach ist der Aufstieg …“: no one's view
                    if rule.params.get("speaker_noun") and not (
                        hit is not None and namer.source_noun(hit.text)
                    ):
                        continue  # „Windkraft: Entscheidung vertagt“: a topic, no speaker
                elif rule.source == "group":
                    hit = own or _maker_after(text, ce, hi, namer)
                elif rule.source == "previous":  # "Demnach …": the sentence before's source
                    prev = ctx.article.sentence_before(ctx.sentence_obj(lo))
                    if prev is not None:
                        hit = document_author(ctx, namer, prev.start, prev.end) or (
                            made_by_relative(ctx, namer, prev.start, prev.end)
                        )
                        if hit is None:
                            carried = speaker_of(ctx, prev.start, prev.end)
                            hit = carried.hit if carried is not None else None
                        if hit is None:
                            hit = _measurer(ctx, namer, prev.start, prev.end)
                elif rule.source == "subject":
                    vs, ve = (cs, ce)
                    verb = next((g for g in verbs if m.group(g)), None)
                    if verb is not None:  # "verb", "verb2", …: whichever took part
                        vs, ve = m.span(verb)
                    hit = (
                        None
                        if audience_only(text, vs, ve, hi)
                        else subject(
                            ctx,
                            namer,
                            vs,
                            ve,
                            lo,
                            hi,
                            cs,
                            ce,
                            opening_name=bool(rule.params.get("opening_subject")),
                        )
                    )
                    if rule.params.get("named") and not (
                        _names_someone(hit, namer, ctx)
                        or _kind_named_before(ctx, hit, namer)
                        or _the_firm(hit, namer)
                    ):
                        continue  # "The group plans to …": whose plan, a name must say
                attr = ctx.attr(hit, bi, namer)
                why = f"“{text[cs:ce]}”"
                if hit is not None and hit.kind not in ("pronoun", "own", "possessive"):
                    why += f", source “{hit.text}”"  # (what „eigenen“ stands for is said later)
                pointer = rule.params.get("pointer")  # the rule says, or the opening does
                if isinstance(pointer, str):  # a group of the pattern says: it took part
                    pointer = m.group(pointer) is not None
                points_back = (
                    rule.tag == "claim"
                    and bool(pointer if pointer is not None else _POINTS_BACK.match(text, lo, cs))
                    and not _DENIES.fullmatch(text, cs, ce)
                )
                # the sentence before, looked up only for a rule that may give it a source
                before = (
                    ctx.article.sentence_before(ctx.sentence_obj(lo))
                    if points_back or rule.params.get("also_before")
                    else None
                )
                points_back = points_back and before is not None
                # the sentences before that this one gives a source: "Das teilte die
                # Stadtverwaltung mit." is no claim of its own, the sentence before is hers (and
                # the one before that in the paragraph, unless a quotation); "Those figures come
                # from X" is X's claim, and so are the figures just given ("also_before")
                pointed = []
                if points_back:
                    ctx.pointers.add(lo)
                    for n in range(int(rule.params.get("points_back", 1))):
                        if before is None or before.block < bi - (1 - n):
                            break
                        if n and ctx.inside_quote(before.start + 1):
                            break
                        pointed.append(before)
                        before = ctx.article.sentence_before(before)
                else:
                    ctx.candidates.append(Candidate(rule, start, end, cs, ce, why, attr))
                    if (
                        rule.params.get("also_before")
                        and before is not None
                        and before.block >= bi - 1
                        and not ctx.inside_quote(before.start + 1)
                    ):
                        pointed.append(before)
                why_before = why + " (in a sentence after it)"
                for sent in pointed:
                    ctx.candidates.append(
                        Candidate(rule, sent.start, sent.end, cs, ce, why_before, attr)
                    )


# German verbs that put a figure or an outcome on something, whose object often opens the
# sentence: „Die Bauzeit veranschlagt die Behörde …“, „Ein Ergebnis erwartet der Verlag …“
_ESTIMATE = re.compile(r"(?:schätz|beziffer|veranschlag|erwart)\w*\b")
# an aside between the subject and its verb: a relative clause ("Sunvista, which sells …,
# said"), or one on how the words were got ("One official, speaking on condition of anonymity
# …, said", "A council officer, asked about the delay, said")
_EN_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|where|speaking|asked|when asked|writing|responding|commenting|"
    r"talking|interviewed|contacted|approached|pressed|reached)\b"
)
# a participle clause that opens an English sentence before its subject: "Giving evidence on
# Wednesday, …", "Speaking after the hearing, …"
_PARTICIPLE_OPENING = re.compile(
    r"(?!(?:Managing|Acting|Presiding|Leading|Founding|Visiting|Consulting|Driving|Serving|"
    r"Retiring|Outgoing|Sitting|Ruling|Reigning|Commanding|Campaigning|Fundraising|Training|"
    r"Nursing|Teaching|Marketing|Housing|Planning|Parking|Licensing|Building|Shipping|Mining|"
    r"Farming|Fishing|Banking|Accounting|Engineering|Lending|Opening|Closing|Running|Sporting)\b)"
    r"[A-Z][a-z]+ing\s+[a-z][^,.;:!?\n]{0,80},\s+"
)  # not a role's first word: "Managing director Aveline Harkwell, 52, said"
# "In a statement the insurer said …": a phrase naming where the words were given, before the
# subject without a comma
_STATEMENT_OPENING = re.compile(
    r"In\s+(?:a|an|its|their|his|her)\s+(?:[a-z]+\s+)?(?:statement|letter|email|e-mail|post|"
    r"report|submission|response|reply|interview)\s+(?=(?:the|a|an|its)\b|[A-Z])"
)
_WHOSE_BEFORE = re.compile(r"\bwhose\s+$")
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me"})
# a possessive and its noun ending a longer phrase, not after "of" ("one of its governors")
_INNER_POSSESSIVE = re.compile(
    r"(?<=[a-z][^\S\n])(?<!\bof[^\S\n])(?:its|their)[^\S\n]+[a-z][\w'’\-]*$"
)
_WORD_THEN_SPACE = re.compile(r"\w[^\S\n]+$")


# "…, according to the council, which says …": a relative pronoun as the verb's subject, and
# the preposition whose object the pronoun stands for
_WHICH_SUBJECT = re.compile(r",[^\S\n]+(?:which|who)[^\S\n]+(?:also[^\S\n]+)?$")
_LAST_PREPOSITION = re.compile(r"\b(?:according[^\S\n]+to|from|by|with)[^\S\n]+")


# „laut seinem Gutachten“, „heißt es in ihrem Schreiben“: whose document it is
_GERMAN_POSSESSIVE_END = re.compile(r"(?<![\w\-])(?:[Ss]ein|ihr)(?:em|er|es|en|e)?[^\S\n]+$")


def _possessed_document(text: str, namer: Namer, hit: NameHit | None, lo: int) -> NameHit | None:
    """The possessive before a German document a cue names („Laut seinem Gutachten“): its
    owner (the person or body named before) speaks, not the document."""
    if hit is None or namer.lang != "de" or hit.kind not in ("name", "descriptive"):
        return None
    if " " in hit.text or not namer.is_document(hit.text):
        return None
    owner = _GERMAN_POSSESSIVE_END.search(text, lo, hit.start)
    if owner is None:
        return None
    return NameHit(
        owner.group().rstrip(),
        owner.start(),
        owner.start() + len(owner.group().rstrip()),
        "possessive",
    )


def _antecedent_of_which(text: str, namer: Namer, lo: int, vs: int) -> NameHit | None:
    """The noun a "which" or "who" right before the reporting verb at `vs` stands for, where
    it is a preposition's object ("That is according to the union, which says …", "The money
    came from the Harbour Trust, which says …"); the main clause's subject is someone else."""
    which = _WHICH_SUBJECT.search(text, lo, vs)
    if which is None:
        return None
    last = next(reversed(list(_LAST_PREPOSITION.finditer(text, lo, which.start()))), None)
    if last is None or "," in text[last.end() : which.start()]:
        return None
    found = namer.from_phrase(text, last.end(), which.start())
    if found is None or found.kind == "pronoun" or namer.is_document(found.text.split()[-1]):
        return None
    return found


def _object_before_tag(text: str, hit: NameHit, vs: int) -> bool:
    """Whether `hit` is a pronoun a verb or preposition took just before the comma of the
    reporting verb at `vs` ("…, the agent handling it, said"): an object, no subject."""
    return (
        hit.kind == "pronoun"
        and hit.text.casefold() in _OBJECT_PRONOUNS
        and text[hit.end : vs].strip() == ","
        and _WORD_THEN_SPACE.search(text, max(0, hit.start - 40), hit.start) is not None
    )


# between a second clause's subject and its verb: nothing, or one short apposition (", 64,")
_CLAUSE_SUBJECT_GAP = re.compile(r"\s*(?:,[^,.;:!?\n]{1,40},\s*)?")


def _english_subject_before(text: str, namer: Namer, hit: NameHit, lo: int, vs: int) -> NameHit:
    """The phrase `namer.before` found for the English reporting verb at `vs`, cut or replaced
    where part of it is no subject: the object of an apposition's verb, or a noun a possessive
    role's clause is about."""
    maker = _maker_of_study(text, namer, hit, vs)
    if maker is not None:
        return maker
    inner = _INNER_POSSESSIVE.search(hit.text) if hit.kind == "descriptive" else None
    if inner is not None:
        # "a condition its owner says no band can meet", "in a trial its head says is
        # needed": the clause's subject is the possessive's role, the noun before is its object
        return NameHit(hit.text[inner.start() :], hit.start + inner.start(), hit.end, hit.kind)
    place = _GROUP_PLACE.fullmatch(text, hit.end, vs)
    head = hit.text.split()[-1]
    if (
        place is not None
        and hit.kind == "descriptive"
        and head.endswith("s")
        and not namer.is_org_head(head)
        and not namer.is_document(hit.text)  # "Figures from the trust's fish market"
        and not text[lo : hit.start].strip()
    ):
        # "Several stallholders on the Saturday market said", "Regulars at the pub opposite
        # say": the group with where it is, not an organisation it works for ("Analysts at
        # Brantwick Securities" stays the firm's)
        end = place.end("where")
        return NameHit(text[hit.start : end], hit.start, end, hit.kind)
    if hit.start > lo and text[hit.end : vs].strip() == ",":
        opener = _name_before_who(text, namer, lo, hit.start)
        if opener is not None:
            return opener
    if not _object_before_tag(text, hit, vs):
        return hit
    # "Dr Kanimozhi Palaniappan, the sedimentologist who led it, said": "it" is what the
    # apposition's verb took, the name that opens the sentence says it
    opener = namer.after(text, lo, hit.start)
    if (
        opener is not None
        and opener.kind == "name"
        and text.startswith(",", opener.end)
        and all(
            w.casefold() in namer.determiners or namer.is_title(w.rstrip("."))
            for w in text[lo : opener.start].split()
        )
    ):
        return opener
    return hit


_GROUP_PLACE = re.compile(
    r"(?P<where>[^\S\n]+(?:on|at|in|of|behind|near|along|around|outside|across|from)[^\S\n]+"
    r"(?:the|a|an)[^\S\n]+[^,;:.!?\"“”()]{1,60}?)"
    r"(?:[^\S\n]+(?:have|has|had|are|were|will|would|can|could|may|might))?[^\S\n]*"
)
_STUDY_NOUNS = frozenset(
    {"survey", "surveys", "study", "inspection", "audit", "review", "analysis", "tests",
     "count", "census", "investigation", "assessment"}
)  # fmt: skip
# what a study's subject phrase says after its noun: "of 640 parents by the school's
# parent-teacher association", "carried out for the council by Pellarden Testing Services"
_STUDY_BY = re.compile(
    r"[^.;:!?\n]{0,60}?\bby[^\S\n]+(?P<by>[^,;:\n]{1,70}?)[^\S\n]*(?=,|[^\S\n]+(?:in|on|last|"
    r"this|earlier|between|during|over)[^\S\n]+[a-z0-9A-Z]|$)"
)


_PAID_BY = re.compile(r"\b(?:paid[^\S\n]+for|funded|commissioned|ordered|requested)[^\S\n]+by\b")
_ACCORDING_LATER = re.compile(r"[^.!?\n]*\baccording[^\S\n]+to\b")
_OWNER_BEFORE = re.compile(r"the[^\S\n]+[a-z][\w\-]*['’]s[^\S\n]+(?=[a-z])")


def _maker_of_study(text: str, namer: Namer, hit: NameHit, vs: int) -> NameHit | None:
    """ "A survey of 640 parents by the school's parent-teacher association found that …":
    what a survey, inspection or tests found is the claim of whoever the subject phrase says
    made them (the rule survey_by takes such sentences only with a name after "by")."""
    words = hit.text.casefold().split()
    if hit.kind != "descriptive" or not any(w in _STUDY_NOUNS for w in words[:3]):
        return None
    end = vs
    while end > hit.end and text[end - 1].isspace():
        end -= 1  # the phrase ends before the verb's space (no copy of the text up to it)
    by = _STUDY_BY.match(text, hit.end, end)
    if by is None or _PAID_BY.search(text, hit.end, by.start("by")):
        return None  # "A noise survey paid for by the town council": who paid, not who made it
    if _ACCORDING_LATER.match(text, vs):
        return None  # "…, according to its chair, Ranulf Ellwand": the sentence names its source
    start = by.start("by")
    owner = _OWNER_BEFORE.match(text, start, by.end("by"))
    if owner is not None:
        start = owner.end()  # "by the school's parent-teacher association": the association
    maker = namer.from_phrase(text, start, by.end("by"))
    return maker if maker is not None and maker.kind in ("name", "descriptive") else None


# the comma after a name, an age perhaps, and the "who" that opens a clause about the person
_WHO_AFTER_NAME = re.compile(r",(?:[^\S\n]+\d{1,3},)?[^\S\n]+who\b")


def _name_before_who(text: str, namer: Namer, lo: int, hi: int) -> NameHit | None:
    """ "Prosper Lambrigg, who founded the Dawn Dippers, a swimming club, said": the name that
    opens the sentence when a "who" clause about it runs up to the verb's comma; what the
    clause ends on (its object's apposition, "her husband, Nahuel") says nothing. A clause
    that closed before ("Venner, who works as a plasterer, was taken …, his trainer, X, said")
    leaves the phrase before the verb its own."""
    opener = namer.after(text, lo, hi)
    who = None if opener is None else _WHO_AFTER_NAME.match(text, opener.end, hi)
    if (
        opener is None
        or opener.kind != "name"
        or who is None
        or text.count(",", who.end(), hi) != 1  # the clause's own apposition, none after it
        or not text[who.end() : hi].rstrip().endswith(",")
        or not all(
            w.casefold() in namer.determiners or namer.is_title(w.rstrip("."))
            for w in text[lo : opener.start].split()
        )
    ):
        return None
    return opener


_CLAUSE_END_AUX = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "may", "might", "could",
     "can", "should", "must", "been"}
)  # fmt: skip
# a person's name in apposition after a description, before the verb: ", Csaba Nelstrop of
# Gowthorpe Vets, said"
_APPOSED_NAME = re.compile(
    r",[^\S\n]+(?P<name>[" + CAPITALS + r"][\w'’\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w'’\-]+)+)"
    r"(?:[^\S\n]+(?:of|at|from)[^\S\n]+[^,;:\n]{1,60})?,[^\S\n]*"
)
# "A fruit farm consultant instructed by the company, Zuwaira Tiffin, estimated": who engaged
# the person the description ends on, then the person's name
_AGENT_THEN_APPOSED = re.compile(
    r"[^\S\n]+(?:by|for)[^\S\n]+[^,;:\n]{1,50}?" + _APPOSED_NAME.pattern
)
# a sentence that opens with a role, the name set beside it and more about the person before the
# verb: "Its owner, Richolda Cubbon, 57, the fourth generation of her family to run it, said"
_OPENING_APPOSED = re.compile(
    r"(?:(?:Its|His|Her|Their|The|A|An)[^\S\n]+)?[a-z][\w'’\-]*(?:[^\S\n]+[a-z][\w'’\-]*){0,4},"
    r"[^\S\n]+(?P<name>[" + CAPITALS + r"][\w'’\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w'’\-]+)+),"
    r"(?:[^\S\n]+\d{1,3},)?[^\S\n]+(?:the|a|an|who)\b[^;:\"“”\n]{0,120},[^\S\n]*"
)
# a defining "who" clause between a group and its verb says which of them speak ("Several
# runners who took part said"), unless it only says why they are not named
_DEFINING_WHO = re.compile(
    r"[^\S\n]+who[^\S\n]+(?!asked\b|spoke\s+on\s+condition|spoke\s+anonymously|cannot\b|"
    r"could\s+not\b|did\s+not\s+want|declined\b|would\s+not\b|wished\b|requested\b)"
    r"[^,;:\"“”‘’()\n]+?[^\S\n]*"
)
# the article of a subject right after the verb, and one that makes the opener a subject too
_NOMINATIVE_ARTICLE = re.compile(r"[^\S\n]+(?:der|das|die)[^\S\n]+")
_DETERMINER_BEFORE = re.compile(r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+$")
# a possessive's role and the name after it: „ihres Vorsitzenden Claas Wiedenroth“
_ROLE_AND_NAME_AFTER = re.compile(
    r"[^\S\n]+(?P<role>[" + CAPITALS + r"a-z][\w\-]+),?[^\S\n]+(?=[" + CAPITALS + r"])"
)


# "its chief executive, Jane Doe", "its director of public health, Dr Anindita Cradduck": a
# role of a few words, then the name after its comma
_ROLE_PHRASE_AND_NAME_AFTER = re.compile(
    r"[^\S\n]+(?P<role>(?:[a-z][\w\-]*[^\S\n]+){0,4}[a-z][\w\-]*),[^\S\n]+(?=[" + CAPITALS + r"])"
)


def _role_named_after(text: str, namer: Namer, at: int) -> NameHit | None:
    """„nach Angaben ihres Vorsitzenden Claas Wiedenroth“, "according to its chief executive,
    Jane Doe", "its director of public health, Dr Anindita Cradduck": the person the
    possessive's role names, not the owner it points back to."""
    m = _ROLE_AND_NAME_AFTER.match(text, at)
    if m is None or not namer.is_role(m.group("role")):  # („Vorsitzenden“ is a role too)
        m = _ROLE_PHRASE_AND_NAME_AFTER.match(text, at) if namer.lang == "en" else None
        if m is None or not any(map(namer.is_role, m.group("role").split())):
            return None
    hit = namer.from_phrase(text, m.end(), min(len(text), m.end() + 60))
    title = text[m.end() : hit.start].strip().rstrip(".").casefold() if hit else ""
    if hit is None or hit.kind != "name" or (title and title not in namer.titles):
        return None  # (a title before the name is no part of it: "Dr Anindita Cradduck")
    # after a person's role, two capitalised words are a name, known forename or not
    return hit if hit.person or namer.is_person(hit.text) or len(hit.text.split()) == 2 else None


_SOMEONE_NAMED = frozenset({"he", "she", "er", "sie"})


def _names_someone(hit: NameHit | None, namer: Namer, ctx: Pass) -> bool:
    """A name, or a phrase written as one ("Tillpoint", "The Friends of Quarnby Libraries"):
    not "the group", "the consortium", "she"."""
    if hit is not None and hit.kind == "pronoun" and hit.text.casefold() in _SOMEONE_NAMED:
        return True  # "She hopes to hit £11,000", „Er hat … angeboten“: the one named before
    if hit is None or hit.kind not in ("name", "descriptive"):
        return False
    if namer.lang == "de":
        # every German noun is capitalised: a name is one, not „ein Landwirt aus Kattenbrock“
        # nor „das Museum“ (a body by its kind)
        words = hit.text.split()
        if hit.kind != "name" or words[0].casefold() in GERMAN_INDEFINITE:
            return False
        if len(words) > 1:
            return True
        if namer.is_org_head(words[0]) or words[0].casefold() in namer.generic_orgs:
            return _german_kind_named_before(ctx, words[0], hit.start, namer)
        # one word is a name when the article gives it a forename too („Petar Ölkerbrink“),
        # not „Eltern“ or „Betriebe“
        return surname_named_before(ctx, namer, words[0], len(ctx.text))
    words = [w for w in hit.text.split() if w.casefold() not in namer.determiners]
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


# what an English article calls the one firm it is about: "The company plans to close …"
_FIRM_WORDS = ANY_FIRM | {"housebuilder", "developer"}


def _the_firm(hit: NameHit | None, namer: Namer) -> bool:
    """ "The company plans to …", "The housebuilder wants to …": the firm the article is about,
    whose name the resolver finds (a firm's plan is its claim, as a named one's is)."""
    if hit is None or hit.kind != "descriptive" or namer.lang != "en":
        return False
    words = hit.text.casefold().split()
    return len(words) == 2 and words[0] == "the" and words[1] in _FIRM_WORDS


def _kind_named_before(ctx: Pass, hit: NameHit | None, namer: Namer) -> bool:
    """ "The trust hopes to …" after "Tresk Valley Wildlife Trust runs the reserve", "The
    university plans to …" after "the University of Selkby", "the hospice" after "Hollybank
    Hospice", "the parish council" after "Osgarth Parish Council": a body by its kind (any word
    a name ends in) when the article named one body, and only one, of that kind before it
    ("Hall Trust" and "Heritage Trust" leave "the trust" open)."""
    if hit is None or hit.kind != "descriptive":
        return False
    words = hit.text.split()
    if namer.lang == "de":
        if len(words) != 2 or words[0].casefold() not in ("der", "die", "das"):
            return False
        return _german_kind_named_before(ctx, words[1], hit.start, namer)
    if len(words) not in (2, 3) or words[0].casefold() != "the":
        return False
    if not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    kind = " ".join(w.capitalize() for w in words[1:])  # "the parish council": "Parish Council"
    spaced = kind.replace(" ", r"[^\S\n]+")
    return _one_named_before(
        ctx,
        rf"(?P<name>\b[{CAPITALS}][\w’'\-]+[^\S\n]+{spaced}\b"
        rf"|\b{spaced}[^\S\n]+of[^\S\n]+[{CAPITALS}][\w’'\-]+)",
        hit.start,
    )


def _german_kind_named_before(ctx: Pass, kind: str, start: int, namer: Namer) -> bool:
    """„Die Gemeinde hat … angeboten“ after „Gemeinde Altenmöllen“ (or „die Genossenschaft“
    after „Wohnungsgenossenschaft Pöhlenbeck-Süd“): a body by its kind when the article named
    one body, and only one, by that kind, or a compound ending in it, and a name after it
    before."""
    if not (namer.is_org_head(kind) or kind.casefold() in namer.generic_orgs):
        return False
    return _one_named_before(
        ctx,
        rf"(?P<name>\b(?:{re.escape(kind)}|[{CAPITALS}][\w\-]*{re.escape(kind.casefold())})"
        rf"[^\S\n]+[{CAPITALS}][\w\-]+)",
        start,
        lambda name: name.split()[1].casefold() not in namer.not_names,
    )


def _apposed_name(text: str, namer: Namer, ce: int) -> NameHit | None:
    """The name set beside the kind or role a group cue's source opens with: "according to its
    owner, Scarlholme Port Holdings", „nach Angaben der Initiatorin, der Kurgästin X (81),“ (in
    German only a person's name: „der Stadt, der Gemeinde X“ is no apposition of this kind)."""
    german = namer.lang == "de"
    apposed = _ROLE_THEN_NAME_DE.match(text, ce) if german else _KIND_THEN_NAME.match(text, ce + 1)
    named = namer.from_phrase(text, *apposed.span("name")) if apposed else None
    if named is None or named.kind != "name" or (german and not named.person):
        return None
    return named


def _one_named_before(
    ctx: Pass, expression: str, start: int, keep: Callable[[str], bool] | None = None
) -> bool:
    """Whether the names `expression` finds before `start` are one name (however often
    written): every match is found once per article (bodies.introductions), then a bisect."""
    starts, names = introductions(ctx, expression, keep)
    return len(set(names[: bisect_left(starts, start)])) == 1


# „ein Zusammenschluss von 112 Betrieben“: an apposition that describes, never names
_INDEFINITE_OPENING = re.compile(r"\s*(?:ein|eine|einer|eines|einem)\s")


def _apposition_before(text: str, namer: Namer, lo: int, vs: int) -> tuple[int, int] | None:
    """The noun phrase between the sentence's first two commas right before the verb, if it is
    one: an apposition of the subject before it, not a clause the inverted subject follows."""
    end = text.rfind(",", lo, vs)
    start = text.rfind(",", lo, end)
    if start > lo and text[start - 1].isdigit() and text[start + 1 : start + 2].isdigit():
        return None  # „rund 1,3 Millionen Euro im Jahr, sagte …“: a decimal comma, no clause
    if start < 0 or text[lo:start].count(",") or not text[lo:start].strip():
        return None
    opening = text[lo:start].split()
    if opening[0].casefold() in namer.subordinators and opening[-1][:1].islower():
        return None  # „Wer mitmache, nehme Stürze in Kauf, sagte sie“: a clause ends in its verb
    if _AUXILIARY.search(text, lo, start):
        return None  # „Meist seien Krankheiten, Milben oder Hunger die Ursache, sagte …“
    if _RELATIVE_OPENING.match(text, start + 1, end) and not namer.described_name(
        text, start + 1, end
    ):
        return None  # „X, dessen Firma 60 Lastwagen betreibt, rechnet“: a relative clause
    return (start + 1, end) if namer.is_appositive(text, start + 1, end) else None


def _named_before_description(text: str, namer: Namer, lo: int, vs: int) -> NameHit | None:
    """The name that opens a German sentence when a description of it stands between commas
    before the verb („Landrat Michael Treuberg (CSU), zugleich Vorsitzender des
    Verwaltungsrats, verteidigte …“): a noun phrase between them, not a clause (which would
    end in its verb)."""
    end = text.rfind(",", lo, vs)
    start = text.rfind(",", lo, end)
    if start <= lo or text[lo:start].count(",") or text[end + 1 : vs].strip():
        return None
    inner = text[start + 1 : end].split()
    if (
        not inner
        or not (inner[-1][:1].isupper() or inner[-1][:1].isdigit() or inner[-1].endswith(")"))
        or inner[0].casefold() in namer.subordinators
        or _RELATIVE_OPENING.match(text, start + 1, end)
    ):
        return None  # „X, der seit 1991 die Praxis führt, sagt“: a clause, ending in its verb
    head = text[lo:start].rstrip()
    if head.endswith(")"):  # „Michael Treuberg (CSU)“: the party after the name
        head = head[: head.rfind("(")].rstrip() if "(" in head else head
    if any(
        not (w[:1].isupper() or w.casefold() in namer.determiners or w in namer.particles)
        for w in head.split()
    ):
        return None  # „Das Problem sei nicht das Geld, sondern die Zeit, sagt X“: a clause
    hit = namer.before(text, lo + len(head), lo)
    if hit is None or hit.kind != "name" or hit.end != lo + len(head):
        return None
    return hit


_ADVERB_ENDINGS = ("fristig", "weise", "ig", "lich", "isch", "bar", "sam", "haft")


def _adverb_opening(word: str, namer: Namer) -> bool:
    """„Mittelfristig erwartet sie …“: an adverb opens the sentence, capitalised only there
    (not a name the article writes inside a sentence, as „Fröhlich“ would be)."""
    return (
        " " not in word
        and len(word) > 5
        and word.casefold().endswith(_ADVERB_ENDINGS)
        and word not in namer.proper
        and word not in namer.first
    )


def surname_named_before(ctx: Pass, namer: Namer, word: str, lo: int) -> bool:
    """Whether `word` is the surname of someone named in full before `lo` („Azad Nienkötter
    leitet … Ergebnisse erwartet Nienkötter Ende Januar“): a forename stands before it there.
    Where that first happens is looked up once per word (`ctx.surname_seen`)."""
    if " " in word or not word[:1].isupper():
        return False
    key = (namer.lang, word)
    if key not in ctx.surname_seen:
        forename = ctx.forename_test(namer)
        ctx.surname_seen[key] = next(
            (
                m.start()
                for m in re.finditer(r"\b(\w+)[^\S\n]+" + re.escape(word) + r"\b", ctx.text)
                if forename(m.group(1))
            ),
            None,
        )
    first = ctx.surname_seen[key]
    return first is not None and first < lo


# „Der Hydrologe X von der Universität Y, der …“: the words a description of a name links with
_LINKS_IN_A_DESCRIPTION = frozenset(
    "von vom aus am im an in bei beim für zum zur und der die das des dem den".split()
)


def _relative_after_subject(text: str, namer: Namer, lo: int, vs: int) -> bool:
    """„Bürgermeister X, der das Projekt vorangetrieben hatte, gestand …“: a relative clause
    closed by the comma before the verb, after the name that opens the sentence, is that
    subject's; after a clause of its own („Gleichzeitig fehlten Ärzte, die die Dienste
    übernehmen, sagte …“) the verb opens a reporting clause, its subject after it."""
    relative = _RELATIVE_BEFORE.search(text, lo, vs)
    if relative is None:
        return False
    described = namer.before(text, relative.start() + 1, lo)
    if described is not None and any(
        w[:1].islower() and w not in _LINKS_IN_A_DESCRIPTION
        for w in re.sub(r"\([^)]*\)", "", text[described.end : relative.start()]).split()
    ):
        return False  # „Vorrang sollten Schulen haben, deren …, sagte“: a clause of its own
    return described is None or all(
        w[:1].isupper() or w.casefold() in namer.determiners
        for w in text[lo : described.start].split()
    )  # only the subject's article and role before it, no verb


def subject(
    ctx: Pass,
    namer: Namer,
    vs: int,
    ve: int,
    lo: int,
    hi: int,
    cs: int,
    ce: int,
    opening_name: bool = False,
) -> NameHit | None:
    """The subject of the reporting verb [vs, ve) in sentence [lo, hi): before it ("Die
    Gewerkschaft erklärte"), or after it when the verb comes first ("erklärte der Minister").
    German puts the subject after the finite verb when a clause or an object stands before it
    („…, sagte sie“, „Eine Monatskarte lehnte er ab“, „Für das Jahr rechnet die Leitung mit
    …“), so there a comma or a pronoun right after the verb decides; the subject follows the
    finite verb, the first word of a verb group that runs on („rechnet die Leitung mit“)."""
    text = ctx.text
    dateline = DATELINE_START.match(text, lo, vs)
    if dateline is not None:
        lo = dateline.end()  # "CAMBERFORD, Nov 30 (Halyard News) - Farrowgate said …"
    clause_break = text.rfind(";", lo, vs)
    colon = text.rfind(":", lo, vs) if namer.lang == "de" else -1
    if colon > clause_break and _NAME_ONLY.fullmatch(text, colon + 1, vs):
        # „Einen Kostenvoranschlag gibt es schon: Trutzhagen schätzt …“: a name alone between
        # a colon and the verb opens a clause of its own
        clause_break = colon
    if clause_break >= 0:  # „Derzeit laufe die Ausschreibung; die Kosten schätzt die …“
        spaces = _SPACES.match(text, clause_break + 1, vs)
        lo = spaces.end() if spaces is not None else clause_break + 1
    first = WORD.match(text, vs)
    finite_end = first.end() if first is not None else ve
    if namer.lang == "de":
        comma_before = text[lo:vs].rstrip().endswith(",")
        closing = _APPOSITION_NAME.search(text, lo, vs)
        if comma_before and closing is not None:
            named = namer.from_phrase(text, closing.start("name"), closing.end("name"))
            if named is not None and named.kind == "name":
                return named  # „Die Verhandlungsführerin …, Sabine Terhorst, wies … zurück“
        apposed = _apposition_before(text, namer, lo, vs) if comma_before else None
        if apposed is not None and _INDEFINITE_OPENING.match(text, *apposed):
            head = namer.from_phrase(text, lo, apposed[0] - 1)
            if (
                head is not None
                and head.kind == "name"
                and " " in head.text  # not „Die neuen Eigentümer, ein Ehepaar …, haben“
            ):
                # „Die Arbeitsgemeinschaft X, ein Zusammenschluss von …, hält“: the name
                # speaks, the description after it does not (but „Die Eigentümerin, eine
                # Bäckerei, …“ is named by it)
                apposed = None
        if apposed is not None:  # „Der Importeur …, die Kynex Tyres Deutschland GmbH, wies …“
            named = namer.from_phrase(text, *apposed)
            if named is not None and named.kind == "age":
                # „…, der 24-jährige Steinmetzgeselle Arben Zirngibl, bedauert …“: the name
                # that the age and the trade describe
                after = namer.from_phrase(text, named.end, apposed[1])
                named = after if after is not None and after.kind == "name" else named
            if named is not None and named.kind == "name" and namer.is_role(named.text.split()[0]):
                # „Ottokar Tebbelmann, Geschäftsführer von Mörsbach Turmtechnik, sagt“: a role
                # and its firm describe the name before, which speaks
                named = _named_before_description(text, namer, lo, vs) or named
            if named is not None and named.kind == "name":
                return named
        described = (
            _named_before_description(text, namer, lo, vs)
            if comma_before and apposed is None
            else None
        )
        if (
            described is not None
            and " " not in described.text
            and described.text not in namer.first
            and not surname_named_before(ctx, namer, described.text, lo)
        ):
            described = None  # „Kalte, nasse Winter schadeten …, sagte X“: no one named
        if described is not None:  # „Gemeinderat Jenő Wißmann, selbst Bauingenieur, rechnet …“
            return described
        after_first = (
            comma_before
            and not _relative_after_subject(text, namer, lo, vs)  # „X, der … hatte, gestand“
            and apposed is None
        ) or bool(_PRONOUN_AFTER.match(text, finite_end))
        pronoun = _PRONOUN_AFTER.match(text, finite_end)
        man = pronoun is not None and pronoun.group().strip() == "man"
        # („Im Hafen erzählt man sich, …“ is what a place says: hearsay, no body's view)
        told = man and HEARSAY_PLACE.search(text, lo, hi) is not None
        at_body = _AT_BODY.match(text, lo, vs) if man and not told else None
        if at_body is not None:
            # „Beim SV Schwarz-Gelb Kettwich hält man das Urteil für falsch“: the club's view
            body = namer.from_phrase(text, at_body.start("body"), at_body.end("body"))
            if body is not None and body.kind == "name" and not body.person:
                return body
        if pronoun is not None and not comma_before:
            opener = namer.before(text, vs, lo)
            if (
                opener is not None
                and opener.kind == "name"
                and (
                    not text[lo : opener.start].strip()
                    or (  # „er“ is never the object: „Die Kosten schätzt er auf …“
                        text[lo : opener.start].strip().casefold() in ("der", "die", "das")
                        and pronoun.group().strip() in ("sie", "es")
                    )
                )
                and not text[opener.end : vs].strip()
                and not _adverb_opening(opener.text, namer)
                and not _thing_opening(
                    text, namer, opener.text, bool(text[lo : opener.start].strip()), vs
                )
            ):
                # „Rakelmann beziffert sie auf …“, „Der Landkreis Lütjenwalde hält sie für …“:
                # the name opens, „sie“ is the object
                return opener
        if after_first:
            found = namer.after(text, finite_end, hi)
            object_case = found is not None and (
                _OBJECT_CASE.match(found.text)
                or OBJECT_BEFORE.search(text, max(lo, found.start - 8), found.start)
            )
            if pronoun is not None and found is not None and found.start >= pronoun.end():
                return None  # „Zugleich verweist es auf Fortschritte“: „es“ says it, no one named
            if found is not None and not object_case:
                return found  # „…, sagte sie“; not „…, Jens Overkamp, kritisierte den Plan“
            if (
                comma_before
                and found is None
                and pronoun is not None
                and pronoun.group().strip() in ("es", "man")
                and _TAG_END.match(text, pronoun.end()) is not None
            ):
                return None  # „Kontrollen seien Sache der Polizei, hieß es“: no one named
        aux = _AUXILIARY.search(text, lo, vs) if _CLAUSE_FINAL.match(text, ve) else None
        if aux is not None and not _CLAUSE_COMMA.search(text, aux.end(), vs):
            if aux.group() in _REPORTING_MOOD:
                return None  # „Das Amt habe … verlangt“: reported speech, someone else's words
            if aux.group() in _STATE:
                return None  # „Ein Anbau ist im Haushalt mit 9,2 Millionen Euro veranschlagt“
            # „Das Landratsamt hat eine zweite Treppe verlangt“: the subject is the finite
            # auxiliary's, not the object before the participle; after a phrase that opens the
            # sentence it follows the auxiliary („Für die Sanierung hat ein Gutachter …“)
            if _FRONTED_PREPOSITION.match(text, lo, aux.start()):
                return namer.after(text, aux.end(), vs) or namer.before(text, aux.start(), lo)
            return namer.before(text, aux.start(), lo) or namer.after(text, aux.end(), vs)
    opening = _PARTICIPLE_OPENING.match(text, lo) if namer.lang == "en" else None
    if opening is not None and opening.end() < vs:
        lo = opening.end()  # "Giving evidence on Wednesday, the hospice's chief executive … said"
    statement = _STATEMENT_OPENING.match(text, lo) if namer.lang == "en" else None
    if statement is not None and statement.end() < vs and "," not in text[statement.end() : vs]:
        lo = statement.end()  # "In a statement the insurer said"
    if opening_name:
        # the rule's "opening_subject": "Wrayburn Ales shut the inn in September, saying …":
        # the sentence's subject gave the reason, whatever it did to whom in between (a proper
        # name only: "The bench refused, saying …" is left to the sentences around)
        opener = namer.after(text, lo, vs)
        if opener is None or opener.kind != "name" or text[lo : opener.start].strip():
            return None
        return opener
    antecedent = _antecedent_of_which(text, namer, lo, vs) if namer.lang == "en" else None
    if antecedent is not None:
        return antecedent
    hit = namer.before(text, vs, lo)
    if namer.lang == "en":
        joined = max(text.rfind(", and ", lo, vs), text.rfind(", but ", lo, vs))
        second = (
            namer.before(text, vs, joined + 6)
            if joined >= 0 and (hit is None or hit.start < joined)
            else None
        )
        if (
            second is not None
            and second.kind == "name"
            and _CLAUSE_SUBJECT_GAP.fullmatch(text, second.end, vs) is not None
        ):
            # "The council voted …, and chairman Khachik Reedswaithe, 64, said": the second
            # clause's own subject, not the first one's
            hit = second
    if namer.lang == "de" and hit is not None and _OBJECT_OPENING.fullmatch(text, lo, hit.start):
        after_verb = namer.after(text, ve, hi)
        if after_verb is not None:
            return after_verb  # „Den genauen Wirkstoff nennt die Stelle nicht“: the object opens
    if namer.lang == "de" and hit is not None:
        hit = _german_group_with_place(text, namer, hit, lo, vs)
    if namer.lang == "en" and hit is not None:
        hit = _english_subject_before(text, namer, hit, lo, vs)
    addressee = text[vs:ve].casefold() in ("told", "tells", "tell")
    if (
        namer.lang == "en"
        and hit is not None
        and hit.kind != "name"  # "Priit Coupe, who …, said his wife, …": the name before
        and text[lo:vs].rstrip().endswith(",")
        and not addressee
        and _EN_RELATIVE.search(text, lo, vs) is None
        and not _THAT.search(text, cs, ce)
    ):
        inverted_subject = namer.after(text, ve, hi)
        if (
            inverted_subject is not None
            and inverted_subject.start - ve <= 40
            and _TAG_END.match(text, inverted_subject.end)
        ):
            # "The trouble, said the show's secretary, Mojisola Gurnett, is …", "Grass …
            # recovers, said Ingibjörg Challenor": the name after the verb, not the clause's
            return inverted_subject
    beside = _OPENING_APPOSED.fullmatch(text, lo, vs) if namer.lang == "en" else None
    if beside is not None:  # "Its owner, Richolda Cubbon, 57, the fourth generation …, said"
        named = namer.from_phrase(text, beside.start("name"), beside.end("name"))
        if named is not None and named.kind == "name":
            return named
    whose = _WHOSE_BEFORE.search(text, lo, hit.start) if namer.lang == "en" and hit else None
    if (
        hit is not None
        and whose is not None
        and not text[lo : whose.start()].rstrip().endswith(",")
    ):
        described = namer.before(text, whose.start(), lo)
        if described is not None and described.end <= whose.start():
            # "A farmer whose land runs along the stream said": the farmer, as the clause
            # describes him, not his land
            hit = NameHit(text[described.start : hit.end], described.start, hit.end, "descriptive")
    if namer.lang == "en" and hit is not None and hit.kind == "descriptive":
        apposition = _APPOSED_NAME.fullmatch(text, hit.end, vs) or _AGENT_THEN_APPOSED.fullmatch(
            text, hit.end, vs
        )
        if apposition is not None:  # "A vet who examined the horses, Csaba Nelstrop of …, said"
            named = namer.from_phrase(text, apposition.start("name"), apposition.end("name"))
            if named is not None and named.kind == "name" and " " in named.text:
                return named
    if namer.lang == "en" and hit is not None and hit.kind == "descriptive":
        defining = _DEFINING_WHO.fullmatch(text, hit.end, vs)
        clause = defining.group().split() if defining is not None else []
        if (
            defining is not None
            and len(clause) <= 12
            and "and" not in clause  # "who worked there until 2023 and asked not to be named"
            and clause[-1].casefold() not in _CLAUSE_END_AUX  # "who received letters have told"
        ):
            end = hit.end + len(text[hit.end : vs].rstrip())
            hit = NameHit(text[hit.start : end], hit.start, end, "descriptive")
    relative_de = _RELATIVE_BEFORE.search(text, lo, vs) if namer.lang == "de" else None
    if relative_de is not None and not _ARTICLE_THEN_NOUN.match(text, relative_de.start()):
        # „Der Verband X, in dem sich die Firmen zusammengeschlossen haben, sieht …“: the name
        # before the relative clause (not „…, die Sammlung abzugeben“: an article and its noun)
        hit = namer.before(text, relative_de.start() + 1, lo) or hit
    relative = _EN_RELATIVE.search(text, lo, vs) if namer.lang == "en" else None
    if relative is not None and text[lo:vs].rstrip().endswith(","):
        # "Sunvista, which sells … to Spain and the Canary Islands, said": the name before
        # the relative clause, not the last one inside it; not "…, said its secretary X",
        # nor "…, his trainer, Curtis Mallender, said"
        follows = namer.after(text, ve, hi)
        # (a title or role before the name may stand after the comma: "…, its leader,
        # Councillor Elchin Cockbill, said")
        lead = text[lo : hit.start].split() if hit is not None else []
        while lead and (namer.is_title(lead[-1].rstrip(".")) or namer.is_role(lead[-1])):
            lead.pop()
        apposed_name = (
            hit is not None and hit.kind == "name" and bool(lead) and lead[-1].endswith(",")
        )
        if not apposed_name and (follows is None or follows.start > ve + 30):
            hit = namer.before(text, relative.start(), lo) or hit
    if (
        namer.lang == "de"
        and hit is not None
        and hit.kind == "descriptive"
        and hit.start == lo
        and not namer.source_noun(hit.text)
    ):
        hit = None  # „Kritischer äußerte sich der Epidemiologe …“: the subject follows
    if namer.lang == "de" and hit is not None and _FRONTED_OBJECT.match(text, lo, vs):
        hit = None  # „Den Sachschaden schätzt die Kreisverwaltung …“: an object opens it
    if (
        namer.lang == "de"
        and hit is not None
        and _FRONTED_PHRASE.match(text, lo, hit.start)
        and "," not in text[lo:vs]
    ):
        # „Entlang des Weges befürchten Gastgeber …“, „In Berlin sagte der Minister“: a
        # prepositional phrase opens it, the subject follows the verb
        hit = namer.after(text, finite_end, hi)
    if (
        namer.lang == "de"
        and hit is not None
        and hit.kind != "pronoun"  # „Er hat Lambertshövel angeboten, …“: he, not whom
        and (" " not in hit.text or _thing_opens(text, namer, hit, lo))
        and not hit.person
        and (thing_word(hit.text, namer) or not namer.source_noun(hit.text))
        and not namer.is_person(hit.text)
        # „Osthushenrich hält die 14 Mark für …“: a surname opens it, no thing
        and not surname_named_before(ctx, namer, hit.text, lo)
    ):
        later = namer.after(text, finite_end, hi)
        if later is not None and (
            later.person
            or namer.is_person(later.text)
            or (
                surname_named_before(ctx, namer, later.text, lo)
                and not namer.is_document(hit.text)  # „Umfrage sieht Rautenberg vorn“
            )
        ):
            # „Die Masche schilderte Staatsanwältin Ingeborg Obermeit so: …“: a thing opens
            # the sentence, the person after the verb tells it
            hit = later
        elif (
            later is not None
            and later.start - finite_end < 8
            and hit.kind == "name"
            and (
                _ESTIMATE.match(text, vs, finite_end)
                or (
                    _NOMINATIVE_ARTICLE.match(text, finite_end)
                    # „Eine Kamera am Küsterplatz lehnt die Stadt ab“: an indefinite thing too
                    and (
                        not _DETERMINER_BEFORE.search(text, lo, hit.start)
                        or _thing_opens(text, namer, hit, lo)
                    )
                )
            )
            and (
                namer.source_noun(later.text)
                or any(namer.is_org_head(w) for w in later.text.split())
            )
            and not (  # „Evershoff sagte der Agentur, …“: a feminine „der“ is to whom
                text[finite_end : later.start].strip() == "der"
                and noun_gender(later.text.split()[-1]) == "f"
            )
        ):
            # „Die Bauzeit veranschlagt die Behörde auf vier Jahre“: what is put at a figure
            # opens the sentence, the body that puts it there follows the verb; so with any
            # cue when a bare noun opens it („Steinschüttungen hält der Verband für zu teuer“),
            # not „Die Opposition wirft der Stadt vor“, whose „der Stadt“ is no subject
            hit = later
        elif later is not None and _masculine_subject_after(
            text, namer, hit, later, lo, finite_end
        ):
            hit = later  # „Die Werte hält der Geschäftsführer für zu ungenau“: his view
    if namer.lang == "de" and hit is not None and not text[vs:finite_end].endswith("n"):
        comma = text.rfind(",", lo, vs)  # „…, die Gesamtkosten schätzt die Geowärme …“
        plural = _PLURAL_OPENING.match(text, lo, vs) or (
            _PLURAL_AFTER_COMMA.match(text, comma + 1, vs) if comma >= 0 else None
        )
        if plural is not None and (
            hit.start < plural.end()
            or _PLURAL_TAIL.fullmatch(text, plural.end(), hit.start) is not None
        ):
            # „Die Kosten … beziffert der Kreis“: no plural subject of a singular verb, nor a
            # noun in its tail („Die Kosten für Neudruck und Porto schätzt der Landkreis …“)
            hit = None
    inverted = (
        namer.lang == "de"
        or text[lo:vs].rstrip()[-1:] in ("", ",", *QUOTE_CHARS)
        or _SO_SAYS.fullmatch(text, lo, vs) is not None  # "So says Canon Ruth Ingleby"
    )
    if hit is None and not addressee and inverted and not _THAT.search(text, cs, ce):
        end = finite_end if namer.lang == "de" else ve
        hit = namer.after(text, end, hi)  # inverted: "erklärte der Minister"
        if (
            hit is not None
            and namer.lang == "de"
            and (
                _OBJECT_CASE.match(hit.text)
                or OBJECT_BEFORE.search(text, max(lo, hit.start - 8), hit.start)
            )
        ):
            hit = None  # „Er nannte den Verkauf …“: whom or what it is about, not who says it
    if (
        hit is not None
        and (hit.kind == "descriptive" or (hit.kind == "name" and " " not in hit.text))
        and namer.is_document(hit.text)
    ):  # „Umfrage sieht Rautenberg vorn“: a German noun alone reads as a name
        owner = _POSSESSIVE_DET.match(text, hit.start)
        if owner:  # "Its figures show …": the body that owns them
            return NameHit(owner.group(), owner.start(), owner.end(), "possessive")
        author = document_author(ctx, namer, hit.start, vs)
        if author is not None:  # "a report by the state auditor's office last year found"
            return author
    return hit


def vetoed(ctx: Pass, rule: Rule, lo: int, hi: int, cs: int, ce: int) -> bool:
    """Whether one of the rule's `unless` expressions holds the cue's first word: "is asked" in
    "is asked to call", "should expect" in "should expect delays of up to 25 minutes" (a
    cue that runs on past what the exception names is still the excepted one)."""
    lo, hi = max(lo, cs - VETO_WINDOW), min(hi, ce + VETO_WINDOW)
    first = WORD.match(ctx.text, cs, ce)
    head_end = first.end() if first is not None else ce
    for pattern in rule.unless:
        for um in pattern.finditer(ctx.text, lo, hi):
            if um.start() <= cs and um.end() >= head_end:
                return True
    return False


# „…, das das Forstamt Kiebitzhude Mitte November vorgelegt hat“: a relative clause after a
# German document that names who made or issued it (not who received it: „erhalten“)
_MADE_IT = re.compile(
    r"[^.;:!?]*?\b(?:erteilt|erstellt|vorgelegt|verschickt|geschickt|veröffentlicht|erlassen|"
    r"verfasst|geschrieben|herausgegeben|übergeben|zugestellt|in\s+Auftrag\s+gegeben|"
    r"beauftragt|ausgestellt)\b"
)
_DOCUMENT_THEN_RELATIVE = re.compile(
    r"\b(?P<doc>[" + CAPITALS + r"][\w\-]*),[^\S\n]+(?:den|die|das)[^\S\n]+"
)


def made_by_relative(
    ctx: Pass, namer: Namer, lo: int, hi: int, word: str | None = None
) -> NameHit | None:
    """Who a German relative clause after a document in [lo, hi) says made it („ein Gutachten,
    das das Planungsbüro Steinkamp & Vehrs im Sommer vorgelegt hat“); with `word`, only a
    document ending in that word („Baugenehmigung“ for „Genehmigung“)."""
    if namer.lang != "de":
        return None
    for m in _DOCUMENT_THEN_RELATIVE.finditer(ctx.text, lo, hi):
        doc = m.group("doc").casefold()
        if word is not None and not any(s.endswith(word.casefold()) for s in stems(doc)):
            continue
        if not namer.is_document(doc):
            continue
        made = _MADE_IT.match(ctx.text, m.end(), ctx.sentence(m.start())[1])
        if made is None:
            continue
        hit = namer.after(ctx.text, m.end(), made.end())
        if hit is not None and hit.kind in ("name", "descriptive") and hit.start <= m.end() + 40:
            return hit
    return None


# capitalised words going on right after where a phrase was cut
_NAME_GOES_ON = re.compile(rf"(?:[^\S\n]+[{CAPITALS}][\w'’&\-]*)+")


def document_author(ctx: Pass, namer: Namer, lo: int, hi: int) -> NameHit | None:
    """The body behind a document named in [lo, hi): "Ein Gutachten des Landesamts für
    Naturschutz", "a report published by the Kestrel County council"."""
    for m in DOCUMENT_BY.finditer(ctx.text, lo, hi):
        if namer.is_document(m.group("doc")):
            stop = min(hi, m.start("src") + 80)
            if ctx.text[stop - 1 : stop + 1].isalnum():  # cut by length inside a word
                while stop < len(ctx.text) and (ctx.text[stop].isalnum() or ctx.text[stop] in "'’"):
                    stop += 1  # not inside a word: "Scarrowsea Assembly Ro|oms Trust"
                more = _NAME_GOES_ON.match(ctx.text, stop)
                stop = more.end() if more is not None else stop  # nor a name: "… Rooms| Trust"
            comma = ctx.text.find(",", m.start("src"), stop)  # not a quotation further on
            hit = namer.from_phrase(ctx.text, m.start("src"), stop if comma == -1 else comma)
            if (
                hit is not None
                and hit.kind != "descriptive"
                or (hit is not None and namer.source_noun(hit.text))
            ):
                return hit
    return None


def speaker_of(ctx: Pass, lo: int, hi: int) -> Attr | None:
    """Who speaks in sentence [lo, hi): its quote's speaker, else its claim's source."""
    for q in ctx.quotes:
        if lo <= q.pair.start < hi and q.attr is not None:
            return q.attr
    claims = [
        c
        for c in ctx.candidates
        if c.rule.tag == "claim" and c.attr is not None and lo <= c.cue_start < hi
    ]
    if not claims:
        return None
    return min(claims, key=Candidate.rank).attr  # as the output ranks them


# a German sentence that tells of a measurement or a survey: „Im November hat der Landkreis an
# zwei Samstagen gemessen.“, „Ein Gutachter untersuchte die Raumluft.“ (the auxiliary or the
# simple past is the finite verb whose subject made it)
_MEASURED = re.compile(
    r"\b(?P<aux>hat|haben|hatte|hatten)\b[^.;:!?]*?\b(?:gemessen|untersucht|ausgewertet|"
    r"verglichen|befragt|gezählt|erhoben|analysiert|geprüft|getestet|ermittelt|berechnet)\b"
    r"|\b(?P<past>maß|maßen|untersuchte|untersuchten|zählte|zählten|befragte|befragten|testete|"
    r"testeten|prüfte|prüften|ermittelte|ermittelten|analysierte|analysierten|berechnete|"
    r"berechneten)\b"
)


def _measurer(ctx: Pass, namer: Namer, lo: int, hi: int) -> NameHit | None:
    """Who made the measurement or survey sentence [lo, hi) tells of, which a „Demnach …“
    after it reports: the subject of its finite verb."""
    if namer.lang != "de":
        return None
    m = _MEASURED.search(ctx.text, lo, hi)
    if m is None:
        return None
    vs, ve = m.span("aux") if m.group("aux") else m.span("past")
    return subject(ctx, namer, vs, ve, lo, hi, vs, ve)


def _maker_after(text: str, end: int, hi: int, namer: Namer) -> NameHit | None:
    """Who made the document a German cue names without its owner („nach einer Umfrage, die
    der Verband … gemacht hat“), from the relative clause after it."""
    if namer.lang != "de":
        return None
    m = _MAKER_AFTER.match(text, end, hi)
    return namer.from_phrase(text, *m.span("who")) if m is not None else None
