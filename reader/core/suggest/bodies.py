"""Bodies and roles by name, for the resolution pass: the body a description, a spokesperson or
an inflected German word stands for; a body's name in full and in the nominative; the person a role
introduced („Wirtschaftsminister Martin Dulig“ for „der Minister“)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from reader.core.article import NON_ARTICLE_KINDS
from reader.core.suggest.context import Pass
from reader.core.suggest.forms import (
    DATELINE_START,
    DOCUMENT_BY,
    LINKING_FORMS,
    NOT_A_TIME,
    OWNER_AFTER,
    WORD,
    genitive_base,
    head_matches,
    listed_as_other,
)
from reader.core.suggest.names import (
    Namer,
    before_paper_told,
    noun_not_town,
    thing_after_body,
    town_without_object,
)
from reader.core.suggest.records import Attr, Orgs
from reader.core.suggest.tokens import CAPITALS, PARTS_OF_MONTH, SMALL, NameHit

# "a spokeswoman for …", „ein Sprecher des …“: the role and the word that links it to its body
_SPOKESPERSON_FOR = re.compile(
    r"(?i:an?|the|ein(?:e[mnrs]?)?|der|die|dem|den)\s+(?P<noun>[\wÄÖÜäöüß]+)\s+"
    r"(?i:for|of|at|des|der|vom|von|beim)\s+"
)

_KIND_AFTER = re.compile(
    r"(?i:the|its|des|der|dem|vom|beim)?\s*(?P<kind>[\w\-]+)\b(?!\s+[" + CAPITALS + r"])"
)

GENITIVE_LINK = re.compile(r"\b(?:des|eines)\s+$")
# … and a feminine one, where a spokesperson's body follows: „ein Sprecher der Brauerei“
_FEMININE_LINK = re.compile(r"\b(?:der|einer)\s+$")

# the name of a body that follows: capitalised words, joined by "and", "of", "für", "&", …,
# within its paragraph (the space between words is never the line break between two blocks)
_BODY_RUN = re.compile(
    r"(?:(?:the|der|des|die|dem|den)[^\S\n]+)?[" + CAPITALS + r"][\w'’&.\-]*"
    r"(?:[^\S\n]+(?:(?:and|of|for|und|für|&|der|des|the)[^\S\n]+)?[" + CAPITALS + r"][\w'’&.\-]*)*"
)
# a full stop after a word of four letters or more ends the sentence, not an abbreviation
# („St. Johannis“, "Co.")
_SENTENCE_END_IN_RUN = re.compile(r"\b(?P<word>\w{4,})\.(?=[^\S\n])")

# the space between a name's words: a hard-wrapped line's end, never a blank line
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"

# the name that opens a sentence: "Streamly will …", "Calder, which …", "Harmon's said"
_OPENING_NAME = re.compile(
    rf"[\s\"“‘'(]*(?:The\s+)?(?P<name>(?!The\b)[{CAPITALS}][\w’'&\-]*(?:{_GAP}(?:(?:and|of|&){_GAP})?[{CAPITALS}][\w’'&\-]*){{0,3}})"
    r"(?=\s+[a-z]|,|['’]s\b)"
)

COMPANY_MARKS = frozenset({"Inc", "Ltd", "LLC", "PLC", "plc", "Corp", "Co", "Group", "Holdings"})

_ANONYMOUS = frozenset({"kreise", "kreisen", "quellen", "umfeld", "insider", "sources", "circles"})

_BODY_OWNER = re.compile(
    r"\s+(?:des|der|eines|einer|of\s+the|of|at\s+the|at|from\s+the|from)\s+"
    r"(?P<body>["
    + CAPITALS
    + r"][\w\-]*(?:\s+(?:für|der|des|of|for|and|und|&)?\s*["
    + CAPITALS
    + r"][\w\-]*){0,4})"
)

# „im Auftrag“, „im Vorfeld“: what follows the name, not part of it
_AFTER_IM = (
    r"(?!(?:Auftrag|Rahmen|Namen|Vorfeld|Vergleich|Gespräch|Interview|Zuge|Fall|Jahr|Laufe"
    # „das Amt für Küstenschutz Sundmark im Frühjahr“: when, not part of the name
    r"|Frühjahr|Frühling|Sommer|Herbst|Winter|Vorjahr|Januar|Februar|März|April|Mai|Juni|Juli"
    r"|August|September|Oktober|November|Dezember)\b)"
)
# what a body's name can end in after „im“ / „in der“: „Fraktion der Grünen im Stadtrat“
_SEATS = ("rat", "tag", "kreis", "bezirk", "landkreis", "verband", "region", "land")
_NAME_TAIL = re.compile(
    rf"-?\s+(und|&|im(?=\s+{_AFTER_IM})|in\s+der|in\s+den)\s+[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+)?"
)

_ADJECTIVE_BEFORE = re.compile(rf"\b([{CAPITALS}][{SMALL}]{{3,}}(?:e|er|es|en)){_GAP}\Z")

_ELIDED_HEAD = re.compile(r"\b[" + CAPITALS + r"][\w]*-\s+(?:und|oder)\s+$")


# „aus dem Bedarfsplan hervor, den die Kreisverwaltung im November vorgelegt hat“ (who wrote
# it; „…, das die Gemeinde in Auftrag gegeben hat“ names who paid for it)
_AUTHOR_AFTER = re.compile(
    r"[^,.;:!?\n]{0,60}?,\s+(?:den|die|das)\s+(?P<src>(?:der|die|das)\s+)?["
    + CAPITALS
    + r"][^\s,.;:!?]*"
    r"(?:\s+["
    + CAPITALS
    + r"(][^\s,.;:!?]*)*(?:\s+[^\s,.;:!?]+){0,4}?\s+(?:vorgelegt|veröffentlicht|erstellt|"
    r"vorgestellt|herausgegeben|verfasst)\s+(?:hat|haben|hatte|hatten)\b"
)


def _german_document_author(ctx: Pass, a: Attr, word: str, depth: int = 0) -> str | None:
    """„laut Entwurf“, „heißt es in der Begründung“: the body whose document the article
    named before with the same head („ein Referentenentwurf des Bundesumweltministeriums“),
    or right after it in a relative clause („…, den die Kreisverwaltung vorgelegt hat“)."""
    after = _AUTHOR_AFTER.match(ctx.text, a.hit.end) if depth == 0 else None
    if after is not None:
        hit = a.namer.from_phrase(ctx.text, after.start("src"), after.end())
        if hit is not None and not a.namer.is_document(hit.text):
            return body_in_full(ctx, hit.text, a.namer)
    head = word.casefold()
    head = head[:-1] if head.endswith("s") and len(head) > 5 else head
    for bi in range(a.block, max(-1, a.block - 6), -1):
        block = ctx.article.blocks[bi]
        found = None
        for hit in _document_authors(ctx, a, head, block.start, min(block.end, a.hit.start)):
            if a.namer.is_document(hit.text) and hit.text.casefold() != word.casefold():
                # „in der Begründung des Entwurfs“: the draft's author
                if depth < 2:
                    found = _german_document_author(ctx, a, hit.text, depth + 1) or found
            elif not a.namer.is_document(hit.text):
                found = body_in_full(ctx, hit.text, a.namer)
        if found is not None:
            return found
    if depth == 0 and (a.block <= TEASER_BLOCKS or ctx.article.blocks[a.block].kind == "heading"):
        # „Gutachten sieht keine Gefahr“ in a headline, a teaser or a subheading: the author
        # the article gives the same document below it („ein Gutachten des Ingenieurbüros …“)
        hi = ctx.article.blocks[min(len(ctx.article.blocks) - 1, a.block + 6)].end
        for hit in _document_authors(ctx, a, head, a.hit.end, hi):
            if not a.namer.is_document(hit.text):
                return body_in_full(ctx, hit.text, a.namer)
    return None


def _document_authors(ctx: Pass, a: Attr, head: str, lo: int, hi: int) -> Iterator[NameHit]:
    """The names given as authors of the documents in [lo, hi) whose word ends in `head`:
    „ein Gutachten des Ingenieurbüros Haberlandt & Wiese“ → Ingenieurbüro Haberlandt & Wiese,
    „eine Studie, die das Digitalministerium am Montag vorgelegt hat“ → Digitalministerium."""
    for m in DOCUMENT_BY.finditer(ctx.text, lo, hi):
        if not m.group("doc").casefold().rstrip("s").endswith(head.rstrip("s")):
            continue
        hit = a.namer.from_phrase(ctx.text, m.start("src"), min(hi, m.start("src") + 80))
        if hit is not None and hit.kind == "name":
            yield hit
    for m in re.finditer(rf"(?i:\b[\w\-]*{re.escape(head)}s?)\b", ctx.text[lo:hi]):
        after = _AUTHOR_AFTER.match(ctx.text, lo + m.end())
        if after is not None:
            hit = a.namer.from_phrase(ctx.text, after.start("src"), after.end())
            if hit is not None and hit.kind == "name":
                yield hit


def one_word(ctx: Pass, a: Attr) -> bool:
    words = [w for w in a.hit.text.split() if w.casefold() not in a.namer.determiners]
    return len(words) == 1 and not ctx.is_person(a)


_COMPOUND_ANGABEN = re.compile(r"([" + CAPITALS + r"][" + SMALL + r"]{2,}?)s?angaben")


# the people who run a firm, who speak for it: „die Geschäftsführung“ is the firm's voice
FIRMS_LEADERSHIP = frozenset(
    {
        "geschäftsführung",
        "unternehmensleitung",
        "unternehmensführung",
        "konzernleitung",
        "konzernspitze",
        "firmenleitung",
    }
)


# the street, place or body whose people a group is: „Anwohnern der Platanenallee“
_GROUP_GENITIVE = re.compile(r"[^\S\n]+(?:der|des)[^\S\n]+[" + CAPITALS + r"][\w\-]+(?![\w\-])")

# „nach Schätzungen von Wildbiologen“: no article before a plural of a role
_PLURAL_OF_ROLE = re.compile(r"\bvon\s+$")
# a plural verb of saying or expecting right after a bare noun: „Meteorologen erwarten …“
_PLURAL_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:erwarten|rechnen|gehen|sagen|warnen|fürchten|befürchten|schätzen|halten|"
    r"sehen|raten|vermuten|berichten|meinen|glauben)\b"
)


# who writes a council's papers: „Gemeinde Tewesbrink“, „Stadtverwaltung Bad Rabenquell“
_TOWN_KINDS = frozenset({"gemeinde", "stadt", "gemeindeverwaltung", "stadtverwaltung", "markt"})


def _town_named(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """The town or municipality the article names, as „die Gemeinde“ or „die Verwaltung“
    would find it; not a „Kirchengemeinde“ or a „Kurverwaltung“."""
    for kind in ("gemeinde", "stadt", "verwaltung"):
        found = named_body(ctx, a, kind, orgs)
        if found is not None and found.split()[0].casefold() in _TOWN_KINDS:
            return found
    return None


def german_word_source(ctx: Pass, a: Attr, orgs: Orgs) -> str:
    """One inflected German word as the source it names: „des Vereinsarztes“ → Vereinsarzt,
    „des Sachwalters“ → the Sachwalter named before (Florian Kessel), „von Klimaforschern“ →
    Klimaforscher, „aus Fraktionskreisen“ → Fraktionskreise, „des Unternehmens“ → the company
    named before; anything else stays as written."""
    namer = a.namer
    word = next(w for w in a.hit.text.split() if w.casefold() not in namer.determiners)
    compound = _COMPOUND_ANGABEN.fullmatch(word)
    if compound is not None:  # „laut Vereinsangaben“: the club, as „nach Angaben des Vereins“
        first = compound.group(1).casefold()
        word = LINKING_FORMS.get(first, first).capitalize()
    forms = [word]
    if len(word) > 5 and word.endswith("es"):
        forms.append(word[:-2])
    if len(word) > 4 and word.endswith(("s", "n")) and not word.endswith(("ss", "us")):
        forms.append(word[:-1])
    if namer.is_group(word):
        return word  # „Experten“ as written: a group, not one „Experte“
    if (
        _PLURAL_OF_ROLE.search(ctx.text, max(0, a.hit.start - 5), a.hit.start)
        or (a.hit.text == word and _PLURAL_VERB_AFTER.match(ctx.text, a.hit.end))
    ) and (word.endswith("en") and namer.is_role(word[:-1])):
        # „von Wildbiologen“, „Meteorologen erwarten …“: people of that trade, not one
        return word
    if word.casefold() in FIRMS_LEADERSHIP:  # „nannte die Geschäftsführung“: the firm's
        its_firm = only_firm(ctx, a) or firm_before(a, orgs)
        if its_firm is not None:
            a.called = a.called or word  # (listed beside the firm, as its alias)
        return its_firm or word
    if namer.is_document(word):
        author = _german_document_author(ctx, a, word)
        if author is None and word.casefold().endswith("vorlage"):
            # „laut Sitzungsvorlage“: a council's papers are its administration's
            author = _town_named(ctx, a, orgs)
        return author or a.resolved or word
    for base in sorted(forms, key=len):  # the shortest base first: „Vereins“ is „Verein“
        fold = base.casefold()
        if fold.endswith(("kreise", "quellen")) and base != word:
            return base  # „aus Fraktionskreisen“: anonymous, by the circle's name
        firm = fold in namer.company_nouns or fold in namer.kind_heads
        if fold in namer.generic_orgs or namer.is_org_head(base) or firm:
            found = named_body(ctx, a, fold, orgs)
            if found is None and fold in ANY_FIRM:  # „teilte das Unternehmen mit“
                found = only_firm(ctx, a) or firm_before(a, orgs)
            elif found is None and firm:  # „der Versorger“: „der Versorger Stadtwerke Brennfeld“
                found = body_with_noun(ctx, a, base)
            if found is not None or not firm or fold in namer.generic_orgs:
                return nominative(ctx, found or base, namer)
        if namer.is_group(base):
            owner = _GROUP_GENITIVE.match(ctx.text, a.hit.end)
            # „Kritik kommt von Anwohnern der Platanenallee“: which residents, as written
            return base + owner.group() if owner is not None and base != word else base
        if namer.is_role(base):
            return person_with_role(ctx, a, base) or base
    if a.resolved == a.hit.text and GENITIVE_LINK.search(
        ctx.text, max(0, a.hit.start - 7), a.hit.start
    ):
        return genitive_base(word)  # „nach Angaben des Versorgers“: der Versorger
    return a.resolved or word


def group_of_body(ctx: Pass, a: Attr) -> str | None:
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
    if a.namer.lang == "en" and words[0] == "Friends":
        return None  # "the Friends of Stencilby School": a charity's own name, not the school
    group_end = ctx.text.find(words[0], a.hit.start, a.hit.end) + len(words[0])
    # the phrase runs on: „Prüfer des Landesrechnungshofs“, and the body's name may run on
    # past where the phrase was cut: „Eine Referentin des Landesamts“ für Denkmalpflege
    m = _BODY_OWNER.match(ctx.text, group_end if len(words) > 1 else a.hit.end)
    if m is None:
        return None
    hit = a.namer.from_phrase(ctx.text, m.start("body"), m.end("body"))
    if hit is None or hit.kind != "name" or a.namer.is_person(hit.text):
        return None
    if not any(
        a.namer.is_org_head(w) or w.casefold() in a.namer.generic_orgs for w in hit.text.split()
    ):
        return None
    return body_in_full(ctx, hit.text, a.namer)


def body_in_full(ctx: Pass, name: str, namer: Namer) -> str:
    """A body's name as the article writes it in full, in the nominative: „des Landesamts für
    Schifffahrt“ → „Landesamt für Schifffahrt“, „Gemeindebund“ in „Der Städte- und
    Gemeindebund“ → „Städte- und Gemeindebund“, „Ministerium für Digitales“ → „… und
    Infrastruktur“, "Hartwig" → "Hartwig & Sohn". A person's name is never passed here.
    Once per name: every mention of a body asks again, and each answer scans the text."""
    key = (name, namer.lang)
    if key not in ctx.in_full:
        ctx.in_full[key] = _find_body_in_full(ctx, name, namer)
    return ctx.in_full[key]


def _find_body_in_full(ctx: Pass, name: str, namer: Namer) -> str:
    words = name.split()
    if not words or words[0].casefold() in namer.determiners:
        return name
    at = ctx.text.find(name)
    if at >= 0:
        name = _name_before(ctx, at, namer) + name + _name_after(ctx, at + len(name), words, namer)
    if namer.lang == "de":
        name = nominative(ctx, name, namer)
    return name


_MINISTRY_SEAT = re.compile(
    rf"[^\S\n]+in[^\S\n]+[{CAPITALS}][\w\-]+\b(?![^\S\n]+[{CAPITALS}])"  # one word, then no name
)
_OF_THE_STATE = re.compile(r"[^\S\n]+des[^\S\n]+Landes\b")


def _name_after(ctx: Pass, end: int, words: list[str], namer: Namer) -> str:
    """What the text goes on with inside the name: "& Sohn", and in German „und
    Infrastruktur“ after „für …“, „und Kunststoff“ after „Gewerkschaft Holz“."""
    state = _OF_THE_STATE.match(ctx.text, end)
    if state is not None and namer.lang == "de" and namer.is_org_head(words[-1]):
        return state.group()  # „das Umweltministerium des Landes“: the state's, by its name
    seat = _MINISTRY_SEAT.match(ctx.text, end)
    if (
        seat is not None
        and namer.lang == "de"
        and len(words) == 1
        and words[0].casefold().endswith("ministerium")
    ):
        return seat.group()  # „Das Umweltministerium in Grauenfels“: a state's, by its capital
    tail = _NAME_TAIL.match(ctx.text, end)
    if tail is None:
        return ""
    if tail.group(1) == "&":
        return tail.group()
    place = next(w for w in tail.group().split() if w[:1].isupper())  # the word after the link
    last = tail.group().split()[-1]  # „im Fehrlinger Land“: the seat is its last word
    if tail.group(1) != "und" and not (
        namer.is_org_head(place)
        or place.casefold().endswith(_SEATS)
        or last.casefold().endswith(_SEATS)
        or "für" in words
    ):
        return ""  # „Stiftung … im Foyer des Stadttheaters“: where, not part of the name
    if namer.lang == "de" and (
        any(w in namer.org_links for w in words[1:]) or any(map(namer.is_org_head, words))
    ):
        return tail.group()
    return ""


def _name_before(ctx: Pass, at: int, namer: Namer) -> str:
    """What opens the name before where it was found, in German: „Städte- und “ of „Städte-
    und Gemeindebund“, the capitalised adjective of „Der Kommunale Arbeitgeberverband“."""
    if namer.lang != "de":
        return ""
    head = _ELIDED_HEAD.search(ctx.text, max(0, at - 40), at)
    if head is not None and head.end() == at:
        return head.group().strip() + " "
    adjective = _ADJECTIVE_BEFORE.search(ctx.text, max(0, at - 30), at)
    if (
        adjective is not None
        and not listed_as_other(adjective.group(1), namer)
        and not adjective.group(1).casefold().endswith(namer.kind_heads)  # „Automobilzulieferer“
    ):
        return adjective.group(1) + " "
    return ""


def nominative(ctx: Pass, name: str, namer: Namer) -> str:
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
    if len(first) > 5 and first.endswith("e") and first + "s" in ctx.written_words():
        forms.append(first[:-1])  # an ending already cut to „Landkreise“
    words = ctx.written_words()
    for base in forms:
        institution = namer.is_org_head(base) or base.casefold() in namer.generic_orgs
        written = base in words
        if institution and (base.casefold().endswith(namer.org_heads) or written):
            return base + sep + rest
    if rest and len(first) > 5 and first.endswith("en") and first[:1].isupper():
        # „der Unteren Wasserbehörde“: the adjective as the article writes the name elsewhere
        for base in (first[:-1], first[:-2] + "er", first[:-2] + "es"):
            if f"{base} {rest}" in ctx.text:
                return f"{base} {rest}"
    return name


_ANOTHER_ONE = ("nachbar", "partner")  # „Nachbarkreis“, „Partnerstadt“: some other one


# the first half of a pair that shares the second's ending, right before it: „Heimat- und
# Verkehrsverein“, „Industrie- und Handelskammer“ (one body's name, not two)
_SHARED_HALF_BEFORE = re.compile(rf"\b[{CAPITALS}][\w]*-[^\S\n]+(?:und|oder)[^\S\n]+$")


# a club's year of founding, part of its name: „Ringreiterverein Toftholm von 1887“
FOUNDED_IN = r"von\s+1[5-9]\d\d(?!\d)"

# a body's owner that is only the town or district it belongs to
_TOWN_OWNER = re.compile(r"\s+(?:des|der)\s+(?:Kreises|Landkreises|Stadt|Gemeinde|Landes|Bezirks)")


# „die Stadt Elmswede“: a town by its name is a body, though „Stadt“ is no institution's head
# (as a head it would make every „Innenstadt“ one)
_TOWN_BY_NAME = re.compile(
    rf"(?<![\w\-])Stadt[^\S\n]+{NOT_A_TIME}(?P<own>[{CAPITALS}][\w\-]+)"
    rf"(?=[^\S\n]+[{SMALL}]|[^\S\n]*[,.;:])"
)


def org_mentions(ctx: Pass) -> Orgs:
    """Bodies the article names (start, block, name): the speakers that are no persons, and
    capitalised words or names that end in an institution's head ("Landratsamt",
    "Kassenärztliche Vereinigung", "Milford Borough Council")."""
    found: list[tuple[int, int, str]] = [
        (a.hit.start, a.block, a.hit.text)
        for a in ctx.attrs
        if a.hit.kind in ("name", "quoted")
        and not a.hit.person
        and not a.namer.gender(a.hit.text)
        and not ctx.people.known(ctx.people.fullname(a.hit.text))
    ]
    heads: set[str] = set()
    markers: set[str] = set()
    for rs in ctx.rulesets:
        heads |= set(rs.words("org_heads"))
        markers |= {m for m in rs.lexicon.get("org_markers", ()) if len(m) > 2}
    markers |= FIRM_MARKS  # „der Fennwick Biologics AG“: a legal form, however short
    if heads:
        alternation = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
        marks = "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) or "(?!)"
        pattern = re.compile(
            rf"(?:\b[{CAPITALS}][\w]*-\s+(?:und|oder)\s+)?(?:\b[{CAPITALS}][\w\-’']*\s+(?:and\s+)?){{0,5}}"
            rf"(?:\b[{CAPITALS}][\w\-]*?(?i:{alternation})(?:e?s)?\b|\b(?:{marks})\b)"
            r"(?:\s+(?:of|for|für)\s+(?:the\s+)?[" + CAPITALS + r"][\w\-]*"
            r"(?:\s+(?:and\s+|und\s+)?[" + CAPITALS + r"][\w\-]*){0,3})?"  # "Department of Health"
        )
        # German puts the proper name after the kind: „Stiftung Marktcheck“, „Verband Nord“
        named_after = re.compile(
            rf"\b(?P<kind>(?=[{CAPITALS}])[\w\-]*?(?i:{alternation}))(?P<gen>e?s)?\s+{NOT_A_TIME}(?P<own>(?:St\.\s+|Sankt\s+)?[{CAPITALS}][\w\-]*[\wäöüß]\b"
            r"(?:\s+und\s+["
            + CAPITALS
            + r"][\w\-]*[\wäöüß]\b(?=\s+["
            + SMALL
            + r"]|\s*[(,.;:]))?"  # „… und Brücken“
            r"(?:\s+&\s+[" + CAPITALS + r"][\w\-]*[\wäöüß]\b)?"  # „Werft Brakel & Lüders“
            r"(?:\s+"
            + NOT_A_TIME
            + r"(?P<more>["
            + CAPITALS
            + r"][\w\-]*[\wäöüß](?:\s+["
            + CAPITALS
            + r"][\w\-]*[\wäöüß])?)\b"
            r"(?=\s+[" + SMALL + r"]|\s*[(,.;:]))?"  # „Förderverein Botanischer Garten Havenstedt“
            r"(?:\s+" + FOUNDED_IN + r")?"
            r"(?:\s+(?:eG|e\.\s?V\.)(?![\w]))?)"  # „Wohnungsgenossenschaft Velmerode eG“
            r"(?!\s+[" + CAPITALS + r"][" + SMALL + r"]+\s+[" + SMALL + r"])"
        )  # „Stiftung Marktcheck“, „Wasserverband Oberes Elbtal hat …“
        # a kind with no name but its owner: „der Förderverein des Museums“, „dem
        # Landesverband der Schausteller“ (a long compound, not „die Stadt der Zukunft“)
        owned = re.compile(
            r"\b(?i:der|die|das|des|dem|den|beim|vom|zum|zur)\s+"
            rf"(?P<kind>[{CAPITALS}][\w\-]{{5,}}?(?i:{alternation}))"
            rf"(?P<gen>e?s)?(?P<owner>{OWNER_AFTER})"
        )
        namer = ctx.namers[ctx.rulesets[0].lang]
        # the bare kind before a name („Klinikum Merzenbrück“, „Reederei Skarvholm“) is that
        # body's name only where the article names one such: „der Kreis“ after „Kreis
        # Auwerda“ and „Kreis Lindtal“ could be either
        bare: dict[str, list[tuple[int, int, str]]] = {}
        for bi, block in enumerate(ctx.article.blocks):
            if block.kind in NON_ARTICLE_KINDS:
                continue
            if namer.lang == "de":
                owners = []
                for m in owned.finditer(ctx.text, block.start, block.end):
                    if namer.false_head(m.group("kind")):
                        continue  # „das Konzentrat des Verbands“: a thing, no body
                    if m.group()[:3].casefold() in ("bei", "vom", "zum", "zur") and (
                        _TOWN_OWNER.fullmatch(m.group("owner"))
                    ):
                        continue  # „beim Veterinäramt des Kreises“: the Landkreis's office
                    found.append((m.start("kind"), bi, m.group("kind") + m.group("owner")))
                    owners.append(m.span("owner"))
                for m in _TOWN_BY_NAME.finditer(ctx.text, block.start, block.end):
                    own = m.group("own")
                    if (
                        own.casefold() in namer.not_names
                        or thing_after_body("stadt", own.casefold())
                        or noun_not_town(ctx.text, own)
                        or any(lo <= m.start() < hi for lo, hi in owners)  # „… der Stadt X“
                        or re.search(
                            rf"\b(?i:die|der|den|dem|das|ein|eine|keine)\s+{re.escape(own)}",
                            ctx.text,
                        )
                    ):
                        continue  # „der Stadt Beschwerde eingelegt“: a thing, no town's name
                    found.append((m.start(), bi, m.group()))
                for m in named_after.finditer(ctx.text, block.start, block.end):
                    name, own, more = m.group(), m.group("own"), m.group("more")
                    if more:
                        own = own.split()[0]
                        kept = m.start("more")
                        for w in re.finditer(r"\S+", more):
                            if (
                                w.group().casefold() in namer.not_names
                                or namer.is_org_head(w.group())
                                or w.group() in _LEGAL_STEPS  # „beim Gericht X Klage eingereicht“
                            ):
                                break  # „… Montag“
                            kept = m.start("more") + w.end()
                        name = name[: kept - m.start()].rstrip()
                    if own.casefold() in namer.not_names or own.casefold() in namer.determiners:
                        continue
                    if own in _LEGAL_STEPS:
                        continue  # „ob die Staatsanwaltschaft Rechtsmittel einlegt“
                    joined = re.search(r"\s+und\s+(\S+)$", name)
                    if joined is not None and namer.is_role(joined.group(1)):
                        name = name[: joined.start()]  # „… Wendelsbrok und Inhaber eines …“
                    if thing_after_body(
                        (m.group("kind") + (m.group("gen") or "")).casefold(), own.casefold()
                    ):
                        continue  # „der Stadtwerke Mehrkosten von 38 Euro“: a thing, no name
                    if m.group("gen"):  # „des Kreisklinikums Eschenwalde“: the nominative
                        name = m.group("kind") + name[m.end("gen") - m.start() :]
                    start = m.start()
                    shared = _SHARED_HALF_BEFORE.search(
                        ctx.text, max(block.start, start - 60), start
                    )
                    if shared is not None:  # „des Heimat- und Verkehrsvereins Gießelrode“
                        name, start = shared.group() + name, shared.start()
                    if m.group("kind").casefold() in heads:
                        if any(lo <= m.start() < hi for lo, hi in owners):
                            continue  # „Veterinäramt des Kreises Sülzenbrink“: its owner
                        if not _introduces_name(ctx.text, m.start(), namer):
                            continue  # „ob betroffene Betriebe Geld bekommen“: any such
                        bare.setdefault(m.group("kind").casefold(), []).append((start, bi, name))
                    else:
                        found.append((start, bi, name))
            for m in pattern.finditer(ctx.text, block.start, block.end):
                words = m.group().split()
                while len(words) > 1 and (
                    words[0].casefold() in namer.determiners
                    or words[0].casefold() in namer.not_names
                    or words[0].casefold() in namer.prepositions
                ):
                    words = words[1:]
                name = " ".join(words)
                if namer.false_head(words[-1]):
                    continue  # „Das Konzentrat enthalte …“: it ends in „rat“, names no council
                if len(words) == 1 and name.casefold().startswith(_ANOTHER_ONE):
                    continue  # „ein Wagen aus dem Nachbarkreis“: some other district, unnamed
                found.append((m.end() - len(name), bi, name))
        for named in bare.values():
            if len({name for _, _, name in named}) == 1:
                found.extend(named)
        if namer.lang == "de":  # „der Stadt der Kreiswelle“: the town, and the paper it told
            found = [(s, b, n[: before_paper_told(n, 0, len(n))]) for s, b, n in found]
    found.sort()
    return found


_WORD_BEFORE_KIND = re.compile(r"(?:^|(?<=\s))(\S+)[^\S\n]+\Z")


def _introduces_name(text: str, at: int, namer: Namer) -> bool:
    """Whether the bare kind at `at` can open a body's name: after an article or a
    preposition („des Klinikums Merzenbrück“, „im Klinikum Fennhagen“) or opening a sentence,
    not after an adjective („betroffene Betriebe Geld“)."""
    before = _WORD_BEFORE_KIND.search(text, max(0, at - 20), at)
    if before is None:
        return True  # the line opens with it
    word = before.group(1)
    return (
        word.casefold() in namer.determiners
        or word.casefold() in namer.prepositions
        or word[-1:] in ".:!?"
    )


def _orgs_of(ctx: Pass) -> Orgs:
    """The bodies the article names: those the resolution pass keeps in `ctx.orgs`, or found
    now when asked before that pass has run."""
    return ctx.orgs if ctx.orgs is not None else org_mentions(ctx)


def spokesperson_for(ctx: Pass, a: Attr) -> str | None:
    """ "a spokeswoman for Northwire", "a spokesman for the Food and Drink Federation",
    „ein Sprecher des Landesamts für Umwelt“: the body the spokesperson speaks for, named in
    the phrase (the descriptive phrase itself stops after a few words)."""
    m = _SPOKESPERSON_FOR.match(ctx.text, a.hit.start, a.hit.end)
    if m is None or m.group("noun").casefold() not in a.namer.spokespersons:
        return None
    run = _BODY_RUN.match(ctx.text, m.end())
    if run is None:
        return None
    end = run.end()
    stop = _SENTENCE_END_IN_RUN.search(ctx.text, m.end(), end)
    if stop is not None:  # „einer Sprecherin des Amtes. Angeblich …“: the sentence ended
        end = stop.start() + 1 + len(stop.group("word"))
    if a.namer.lang == "de":  # „eine Sprecherin der Stadt der Kreiswelle“: the paper was told
        end = before_paper_told(ctx.text, m.end(), end)
    hit = a.namer.from_phrase(ctx.text, m.end(), end)
    kind = _KIND_AFTER.match(ctx.text, m.end())
    noun = kind.group("kind").casefold() if kind is not None else ""
    if a.namer.lang == "de":
        noun = genitive_base(noun)
    by_kind = hit is not None and " " not in hit.text and genitive_base(hit.text.casefold()) == noun
    if noun in a.namer.generic_orgs and (hit is None or hit.kind != "name" or by_kind):
        # "a spokesperson for the utility", „ein Sprecher des Unternehmens“: the one named
        orgs = _orgs_of(ctx)
        found = named_body(ctx, a, noun, orgs)
        if found is None and a.namer.lang == "de" and noun in a.namer.company_nouns:
            found = firm_before(a, orgs)  # „die Handelskette Frischmarkt“ … „des Unternehmens“
        return found
    if hit is None or hit.kind != "name" or hit.person or a.namer.is_person(hit.text):
        return None
    if " " not in hit.text and genitive_base(hit.text.casefold()) in a.namer.generic_orgs:
        return None  # „eines Sprechers des Verbands“: a body by its kind, named before
    if a.namer.lang == "de" and _FEMININE_LINK.search(m.group()) and " " not in hit.text:
        # „ein Sprecher der Brauerei“ after „die Privatbrauerei Sülzhorn“: the one so named
        orgs = _orgs_of(ctx)
        return _the_one_named(a, hit.text, orgs) or hit.text
    if a.namer.lang == "de" and GENITIVE_LINK.search(m.group()):
        base = genitive_base(hit.text)
        if " " not in base:  # „ein Sprecher des Verbunds“: the „Verkehrsverbund Kelmtal“
            if hit.text in GENITIVE_KINDS:  # „ein Sprecher des Hauses“: the hospital named
                named = named_as_kind(ctx, a, GENITIVE_KINDS[hit.text])
                if named is not None:
                    return named
            orgs = _orgs_of(ctx)
            return named_body(ctx, a, base.casefold(), orgs) or base
        return base  # „des Regierungspräsidiums Tübingen“
    return hit.text


# the words for a firm of any kind, which a name introduced as a chain, an airline or a GmbH
# answers to: not "the operator", „der Sender“, which only the same kind answers to
ANY_FIRM = frozenset({"company", "firm", "business", "unternehmen", "firma", "konzern"})

# the heads of German names that are firms: „Handelskette Frischmarkt“, „Kessler Gruppe“
_FIRM_HEADS = ("kette", "konzern", "gruppe", "werke")
FIRM_MARKS = frozenset({"GmbH", "AG", "SE", "KG", "KGaA"})


_PROSECUTOR = re.compile(r"\bStaatsanwaltschaft(?:[^\S\n]+(?P<place>[" + CAPITALS + r"][\w\-]+))?")
# what a prosecution files, no place: „Ob die Staatsanwaltschaft Berufung einlegt“
_LEGAL_STEPS = frozenset(
    {
        *("Berufung", "Revision", "Rechtsmittel", "Anklage", "Einspruch", "Beschwerde"),
        *("Haftbefehl", "Klage", "Widerspruch", "Eilantrag", "Strafanzeige", "Anzeige"),
    }
)


def the_prosecution(text: str) -> str | None:
    """The one prosecution service a German article names, by its place if it gives one
    („Staatsanwaltschaft Velbrück“): whose the indictment and a court report's reportative
    „soll“ are. None when it names none, or two places."""
    found = {
        m.group() if m.group("place") not in _LEGAL_STEPS else "Staatsanwaltschaft"
        for m in _PROSECUTOR.finditer(text)
    }
    if not found or len({f for f in found if " " in f}) > 1:
        return None
    return max(found, key=len)


def firm_before(a: Attr, orgs: Orgs) -> str | None:
    """The firm named last before `a`, in its paragraph or the one before: what a German „das
    Unternehmen“ stands for when no name ends in „Unternehmen“."""
    i = bisect_right(orgs, (a.hit.start, -1, "")) - 1
    while i >= 0 and orgs[i][1] >= a.block - 1:
        name = orgs[i][2]
        words = name.split()
        if len(words) > 1 and (
            words[-1] in FIRM_MARKS or any(w.casefold().endswith(_FIRM_HEADS) for w in words)
        ):
            return name
        i -= 1
    return None


def company_before(ctx: Pass, a: Attr) -> str | None:
    """ "the company", "the London-based firm": the name that opens the nearest sentence
    before it (or its own) in this paragraph or the three before, the headline included
    ("Streamly will start charging …, the company announced"); not a person, a public body
    or a word the article does not write as a name inside a sentence."""
    namer = a.namer
    pos = a.hit.start
    while pos > 0:
        lo, hi = ctx.sentence(pos)
        if ctx.article.block_index_at(lo) < a.block - 3:
            return None
        # "KILVERCOTE, England, Dec 3 (Northmark Press) - Ellerdyke Bricks will …": past the dateline
        dateline = DATELINE_START.match(ctx.text, lo, a.hit.start)
        opening = dateline.end() if dateline is not None else lo
        end = min(a.hit.start, hi)  # not into the next sentence: a byline is no sentence's subject
        m = _OPENING_NAME.match(ctx.text, opening, end)
        if m is None or m.group("name").split()[0].casefold() in namer.not_names:
            # "According to its privacy policy, Streamly shares …": the main clause's subject
            comma = ctx.text.find(", ", opening, min(end, opening + 60))
            m = _OPENING_NAME.match(ctx.text, comma + 2, end) if comma > 0 else None
            role = WORD.search(ctx.text, max(opening, comma - 30), comma) if m is not None else None
            if role is not None and namer.is_role(ctx.text[role.start() : comma].split()[-1]):
                m = None  # "Its regional officer, Folasade Dunsmore, said": a person
        if m is not None and m.group("name").endswith(("'s", "’s")):
            m = None  # "Pollenford District Council's planning committee is due …": its own
        if m is not None and m.start("name") < a.hit.start:
            name = m.group("name")
            words = name.split()
            following = WORD.match(ctx.text, m.end() + 1)
            if following is not None and following.group().casefold() in namer.generic_orgs:
                words = []  # "The London-based firm …": a description, not a name
            if len(words) == 1 and words[0].casefold() in ctx.lower_words():
                words = []  # "Staff would move to …": a word the article writes in lower case
            if words and (
                (
                    words[0] in namer.proper
                    # "Harlowe Generics stopped …" opens every sentence it is in: the word
                    # after it, written as a name inside sentences, makes it one
                    or (
                        len(words) == 2
                        and words[1] in namer.proper
                        and words[1].endswith("s")
                        and not words[1].endswith("ss")  # "Google Glass": a product
                        and words[0].casefold() not in ctx.lower_words()
                    )
                )
                and words[0] not in namer.first
                and words[0].casefold() not in namer.not_names
                and not ctx.people.known(ctx.people.fullname(name))
                and not namer.is_role(words[0])
                and (words[-1] in COMPANY_MARKS or not any(map(namer.is_org_head, words)))
            ):
                # "Harlow shares rose …" after "Harlow Motors": the name as given in full
                full = re.search(
                    rf"\b{re.escape(name)}(?:{_GAP}[{CAPITALS}][\w’'&\-]*){{1,2}}\b(?!['’]s)",
                    ctx.text[: a.hit.start],
                )
                if full is not None and not ctx.people.known(full.group()):
                    # "Swithinby reservoir supplies …" after "on Swithinby Moor": a place's thing
                    # opens the sentence; "Harlow shares" are a firm's once the firm has spoken
                    owned = (
                        len(words) == 1 and following is not None and following.group().islower()
                    )
                    if owned and not _spoke(ctx, (full.group(), name)):
                        return None
                    return full.group()
                return name
        if lo >= pos:  # between blocks: step back over the gap
            lo = pos
        pos = lo - 1
    return None


def _spoke(ctx: Pass, names: tuple[str, ...]) -> bool:
    """Whether the article attributes anything to one of `names`, under it or resolved to it."""
    return any(a.hit.text in names or a.resolved in names for a in ctx.attrs)


TEASER_BLOCKS = 4  # a headline, standfirst or first paragraph may name a role before its person


def person_with_role(ctx: Pass, a: Attr, role: str, compounds: bool = True) -> str | None:
    """ "der Minister", "the mayor", „der Betreiber“: the person or body named last before it
    right after a title ending in that role ("Wirtschaftsminister Martin Dulig", "Mayor Dennis
    Kowalczyk", „dem Betreiber Nordwind Moorfeld GmbH“): a role introduced with its name
    keeps it through the article. Without `compounds`, only the role itself introduces: a
    „Staatsanwalt Jobst Kranewitt“ is no „Anwalt“."""
    stem = re.escape(
        role.casefold().removesuffix("in") if role.casefold().endswith("erin") else role.casefold()
    )
    opening = r"[\w\-]*" if compounds else r"(?<![\w\-])"
    # „Bäckermeisterin Frauke Pelkmöller“ is „die Bäckerin“ (but no „Bürgermeister“ a „Bürger“)
    master = "" if stem.endswith("bürger") else "(?:meister)?"
    found = _last_introduced(
        ctx,
        rf"(?i:{opening}{stem}{master}(?:in)?)[^\S\n]+(?:(?:Dr|Prof)\.?[^\S\n]+)?"
        rf"(?P<name>[{CAPITALS}][\w\-]+(?:[^\S\n]+[{CAPITALS}][\w\-]+)+)",
        a.hit.start,
        lambda name: not name.isupper(),  # „MINISTER BILLED TAXPAYERS“: a shouted headline
        ahead=ctx.article.block_index_at(a.hit.start) <= TEASER_BLOCKS,
    )
    return ctx.people.fullname(found) if found is not None else None


def introductions(
    ctx: Pass, expression: str, keep: Callable[[str], bool] | None = None
) -> tuple[list[int], list[str]]:
    """Every `name` group of `expression` in the text (starts, names), found once per article."""
    found = ctx.introduced.get(expression)
    if found is None:
        matches = [
            (m.start(), m.group("name"))
            for m in re.finditer(expression, ctx.text)
            if keep is None or keep(m.group("name"))
        ]
        found = ctx.introduced[expression] = ([s for s, _ in matches], [n for _, n in matches])
    return found


def _last_introduced(
    ctx: Pass,
    expression: str,
    before: int,
    keep: Callable[[str], bool] | None = None,
    ahead: bool = False,
) -> str | None:
    """The last `name` group of `expression` that starts before `before` (or, with `ahead`
    and none before, the first after it): every match is found once per article and
    expression (the names a role or a noun introduces), then each question is a bisect.
    The expressions run over the whole text, so a space in them is no line break: no name runs on
    from a heading into the paragraph under it („DIE STADT⏎⏎Stadtbaurat Jens Poggemann“)."""
    found = introductions(ctx, expression, keep)
    i = bisect_right(found[0], before - 1) - 1
    if i < 0 and ahead and found[1]:
        return found[1][0]  # a teaser's „Die Amtsärztin …“ before „Amtsärztin Dr. Henrike Vossberg“
    return found[1][i] if i >= 0 else None


# a German club whose name does not say „Verein“: „Tierhilfe Hohenlaubach“, „Saunafreunde
# Eddelstorf“, „Eissportclub Brakenwolde“ (the kind's word, then a place's or the club's own)
_CLUB_NAME = (
    rf"\b(?P<name>[{CAPITALS}][\w\-]*(?:freunden?|hilfe|clubs?|klubs?)"
    rf"(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[{CAPITALS}][\w\-]*[\wäöüß]){{1,2}})\b"
)


def club_before(ctx: Pass, a: Attr) -> str | None:
    """„Der Verein“, „nach Angaben des Vereins“ where no name ends in „verein“: the club named
    last before it by a word for a club (the friends, the help, the club of something), in the
    nominative („des Eissportclubs Brakenwolde“, „den Saunafreunden Eddelstorf“)."""
    name = _last_introduced(ctx, _CLUB_NAME, a.hit.start)
    if name is None:
        return None
    first, *rest = name.split()
    first = first[:-1] if first.endswith("freunden") else genitive_base(first)
    return " ".join([first, *rest])


_TIME_OF_MONTH = frozenset(w.casefold() for w in PARTS_OF_MONTH)


def body_with_noun(ctx: Pass, a: Attr, noun: str) -> str | None:
    """The body the article introduced with this noun before `a` ("Supermarket chain
    Harmon's", "Ferry operator Bluewake", „dem Betreiber Nordwind GmbH“): what "the chain"
    and „der Betreiber“ stand for."""
    stem = re.escape(noun.casefold().rstrip("s"))
    namer = a.namer
    if namer.lang == "de" and namer.is_org_head(noun):
        # „Wasserverband Oberes Elbtal“: the head is part of the name, not a description
        found = _last_introduced(
            ctx,
            rf"(?P<name>(?i:\b[\w\-]*{stem}s?)(?:[^\S\n]+(?:&[^\S\n]+)?[{CAPITALS}][\w'’&\-]+)+)",
            a.hit.start,
            # „Verlag Kestner & Roth“, not „erwartet der Verlag Mitte Januar“ (a date) nor a
            # heading in capitals („STADT LÄSST NACHMESSEN“)
            lambda name: (
                len(name.split()) > 1
                and name.split()[1].casefold() not in namer.not_names | _TIME_OF_MONTH
                and not name.isupper()
                # „sammelt der Verein Spenden“: the club's object, not its name
                and not thing_after_body(name.split()[0].casefold(), name.split()[1].casefold())
                and not (  # „nennt die Stadt Sauerstoffmangel“: the town's object
                    name.split()[0].casefold() in ("stadt", "gemeinde")
                    and noun_not_town(ctx.text, name.split()[1])
                )
                # „in der Innenstadt Parkscheine“: a part of town, or a parish, is no town
                and not (
                    stem in ("stadt", "gemeinde")
                    and genitive_base(name.split()[0].casefold()) != stem
                )
            ),
        )
        if found is not None and stem in ("stadt", "gemeinde"):
            return town_without_object(ctx.text, found)  # not „… Eickenbrügge Vertragsstrafen“
        return found
    return _last_introduced(
        ctx,
        rf"(?i:\b[\w\-]*{stem}s?)[^\S\n]+(?P<name>[{CAPITALS}][\w'’&\-]+(?:[^\S\n]+[{CAPITALS}][\w'’&\-]+)*)",
        a.hit.start,
        lambda name: (
            not namer.is_person(name)
            and name.split()[0].casefold() not in namer.not_names
            # a heading in capitals ("CHARITY STEPS IN"), not "Food bank FOODSHARE"
            and not (name.isupper() and " " in name)
        ),
    )


_FIRM_NAME = r"[" + CAPITALS + r"][\w'’&\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w'’&\-]+)*"

# the words an English article introduces a firm with ("tour operator Sunvista Holidays", "the
# launch start-up Arclight Orbital"): any of them is what "the company" later stands for
_FIRM_KINDS = (
    "operator|maker|retailer|chain|start-up|startup|supplier|manufacturer|provider|developer|"
    "wholesaler|distributor|airline|housebuilder|brewer|builder|firm|company"
)
# … and those that also end a compound that is a firm's kind ("Papermaker Tesselund"), unlike
# "confirm" or "accompany"
_FIRM_COMPOUNDS = "maker|builder|brewer"
_FIRM_BY_KIND = (
    rf"(?i:\b(?:{_FIRM_KINDS}|[a-z]+(?:{_FIRM_COMPOUNDS})))[^\S\n]+(?P<name>{_FIRM_NAME})"
)


def firm_by_kind(ctx: Pass, a: Attr) -> str | None:
    """ "the company" after "tour operator Sunvista Holidays": the one firm introduced before it
    by a word for its kind (with two, "the company" could be either)."""
    namer = a.namer
    starts, names = introductions(
        ctx,
        _FIRM_BY_KIND,
        # a firm's name looks like a person's in English: only a known forename tells them apart
        lambda name: (
            name.split()[0] not in namer.first and name.split()[0].casefold() not in namer.not_names
        ),
    )
    before = {n for s, n in zip(starts, names, strict=True) if s < a.hit.start}
    return before.pop() if len(before) == 1 else None


_NAME_NEXT = re.compile(rf"[^\S\n]+(?P<name>{_FIRM_NAME})")
_WORD_BEFORE_CAPITAL = re.compile(r"[\w\-]+(?=[^\S\n]+[" + CAPITALS + r"])")


# what a firm is named after: the one that runs, owns or operates a place ("a care home run by
# Amberlight Care"); a council or trust doing so is a public body or a charity, no firm
_RUN_BY = re.compile(r"\b(?:run|owned|operated|managed)[^\S\n]+by[^\S\n]")


_GERMAN_FIRM_AFTER_ARTICLE = re.compile(
    rf"\b(?:[Dd]ie|[Dd]er)[^\S\n]+(?P<name>{_FIRM_NAME}[^\S\n]+"
    rf"(?:GmbH[^\S\n]+&[^\S\n]+Co\.[^\S\n]+KG|{'|'.join(sorted(FIRM_MARKS))}))(?![\w\-])"
)


def _firms_introduced(text: str, namer: Namer) -> tuple[list[int], list[str]]:
    """Where the article introduces a firm, and its name, in text order: a word ending in a kind
    of firm right before a name, and (in English) a name with its legal form. One pass over the
    words before a capital, each tested for a kind's ending: quick on a 50,000-word article."""
    kinds = tuple({*namer.company_nouns, *namer.kind_heads})
    matches = []
    for m in _WORD_BEFORE_CAPITAL.finditer(text):
        if m.group().casefold().endswith(kinds):
            name = _NAME_NEXT.match(text, m.end())
            if name is not None:
                matches.append((m.start(), name.group("name")))
    if namer.lang == "en":  # a German noun before the name is capitalised like it
        marks = "|".join(sorted(COMPANY_MARKS | FIRM_MARKS | set(namer.firm_words)))
        for m in re.finditer(rf"{_FIRM_NAME}[^\S\n]+(?:{marks})\b", text):
            matches.append((m.start(), m.group()))
    else:  # so only right after an article: „hat die Ahlenbruch Netz GmbH den Turm …“
        for m in _GERMAN_FIRM_AFTER_ARTICLE.finditer(text):
            first, second = m.group("name").split()[:2]
            common = (
                rf"\b(?i:die|der|den|dem|das|des)[^\S\n]+{re.escape(first)}\b"
                rf"(?![^\S\n]+{re.escape(second)})"
            )
            if re.search(common, text) is None:  # not „die Messe GmbH“ of „die Messe“
                matches.append((m.start("name"), m.group("name")))
    kept = [
        (at, firm)
        for at, firm in matches
        if not namer.is_person(firm) and firm.split()[0].casefold() not in namer.not_names
    ]
    if namer.lang == "en":
        kept += _firms_running_places(text, namer)
    kept.sort()
    return [at for at, _ in kept], [firm for _, firm in kept]


def _firms_running_places(text: str, namer: Namer) -> list[tuple[int, str]]:
    """ "Gostelow House, which is run by Amberlight Care": a name after "run / owned / operated
    / managed by" that opens with no forename or word the lexicon says is no name, and holds no
    public body's word."""
    found = []
    for m in _RUN_BY.finditer(text):
        name = _NAME_NEXT.match(text, m.end() - 1)
        if name is None:
            continue
        words = name.group("name").split()
        if words[0] in namer.first or words[0].casefold() in namer.not_names:
            continue  # "run by Mary Ellcott": a person
        if any(
            namer.is_org_head(w) or w.casefold() in namer.generic_orgs | namer.org_nouns
            for w in words
        ):
            continue  # "owned by Harwold District Council": a public body, no firm
        found.append((name.start("name"), name.group("name")))
    return found


def only_firm(ctx: Pass, a: Attr) -> str | None:
    """ "the company", „das Unternehmen“ where nothing nearer names it: the one firm the article
    introduced before `a` by a word for its kind ("Supermarket chain Harmon's", „die
    Fitnessstudiokette Vitalform“), by its legal form ("Counter Services Ltd") or by a word only
    firms end in ("Norhaven Foods"), if it introduced one and only one."""
    namer = a.namer
    key = f"only_firm:{namer.lang}"
    found = ctx.introduced.get(key)
    if found is None:
        found = ctx.introduced[key] = _firms_introduced(ctx.text, namer)
    firms = set(found[1][: bisect_right(found[0], a.hit.start - 1)])
    # "Zulieferer Brehmer" in the headline, "Automobilzulieferer Brehmer Lenktechnik" after it
    firms = {f for f in firms if not any(o.startswith(f + " ") for o in firms)}
    if len(firms) != 1:
        return None
    return next(iter(firms))


_GENITIVE_LINKS = frozenset({"der", "des"})


def _names_kind(name: str, head: str) -> bool:
    """Whether a word of the name ends in `head`, not one after „der“ / „des“ („Rund 240
    Beschäftigte der Kreisverwaltung“ are people of the Kreisverwaltung, not it)."""
    words = name.casefold().split()
    return any(
        (head_matches(w, head) and not (head == "kreis" and _circle(w)))
        or (head == "amt" and _is_office(w))
        or (head == "insurer" and n and w in _INSURERS_NAMES)  # "Wayline Insurance"
        for n, w in enumerate(words)
        if not n or words[n - 1] not in _GENITIVE_LINKS
    )


# the last word of an insurer's name, which "the insurer" stands for
_INSURERS_NAMES = frozenset({"insurance", "mutual", "assurance"})


def _circle(word: str) -> bool:
    """„Wildbienenkreis“, „Arbeitskreis“, „Freundeskreis“: a circle of people, no county; only
    „Kreis“ and „Landkreis“ are one."""
    base = word.removesuffix("es")
    return not base.endswith("landkreis") and base != "kreis"


def _is_office(word: str) -> bool:
    """„Gesundheitsamt“, „Landratsamt“: „eine Sprecherin des Amtes“ speaks for one, though
    „amt“ is too short for `head_matches` to look for at a compound's end („Insgesamt“ is none)."""
    return word.endswith("amt") and len(word) > 5 and word != "insgesamt"


_MINOR_COUNCILS = frozenset({"parish", "town", "community"})
_COUNCIL_TIERS = _MINOR_COUNCILS | {"county", "city", "borough", "district"}


def _councils_meant(
    phrase: list[str], holding: list[tuple[int, str]], before: int
) -> list[tuple[int, str]]:
    """ "the parish council": a council with "Parish" in its name; a bare "the council": the
    local authority (a county, city, borough or district council) over a parish, town or
    community council, when the article has named both before it."""
    tiers = _COUNCIL_TIERS.intersection(phrase)
    if tiers:
        return [(s, n) for s, n in holding if tiers & set(n.casefold().split())]
    named = [(s, n) for s, n in holding if s < before]
    major = [(s, n) for s, n in named if not _MINOR_COUNCILS & set(n.casefold().split())]
    return major if major and len(major) < len(named) else holding


# bodies a German article calls „das Haus“ or „der Betrieb“ once it has named them, by the end
# of their first word: „Landestheater Gerwinsfelde“, „Obsthof Bärwinkel“
_ENDINGS_OF_KIND = {
    "haus": "museum|theater|haus|klinik|klinikum|hotel|bibliothek|oper|galerie",
    "betrieb": "hof|erei|manufaktur|werk|betrieb|mühle|gärtnerei",
}
_NAMED_AS_KIND = {
    kind: re.compile(
        rf"(?P<head>\b[{CAPITALS}][\w\-]*(?:{ends}))(?:e?s)?(?P<name>(?:[^\S\n]+[{CAPITALS}][\w\-]+)+)"
    )
    for kind, ends in _ENDINGS_OF_KIND.items()
}
# the genitives read as such a kind
GENITIVE_KINDS = {"Hauses": "haus", "Betriebs": "betrieb", "Betriebes": "betrieb"}


def named_as_kind(ctx: Pass, a: Attr, kind: str) -> str | None:
    """The museum or theatre („haus“), the farm or works („betrieb“) named last before `a`, no
    person: what „nach Angaben des Hauses“ or „des Betriebs“ means."""
    found = None
    for m in _NAMED_AS_KIND[kind].finditer(ctx.text, 0, a.hit.start):
        if not ctx.people.known(m.group()):
            found = m.group("head") + m.group("name")  # „des Obsthofs Bärwinkel“: Obsthof …
    return found


_HIGHER = ("Ober", "Bundes")  # courts an appeal goes to


def _the_one_named(a: Attr, kind: str, orgs: Orgs) -> str | None:
    """The one body named before `a` as `kind` („Brauerei Altenstrunk“ for „die Brauerei“), or
    else the one named with a compound of it („Privatbrauerei Sülzhorn“), if the article named
    only one so (with two, „die Polizeidirektion“ could be either)."""
    head = kind.casefold()
    named = [name for start, _, name in orgs if start < a.hit.start and " " in name]
    for kinds in (
        {n for n in named if n.split()[0].casefold() == head},
        {n for n in named if _names_kind(n.split()[0], head)},
    ):
        # „Brauerei Altenstrunk“ and „Brauerei Altenstrunk AG“ are one: the longest
        kinds = {n for n in kinds if not any(o.startswith(n + " ") for o in kinds)}
        if kinds:
            return kinds.pop() if len(kinds) == 1 else None
    return None


def named_body(ctx: Pass, a: Attr, head: str, orgs: Orgs) -> str | None:
    """The body named before `a` with a word that ends in `head` ("Kestrel County council" for
    "the council"): the latest, or the longest."""
    cache = ctx.bodies_by_head
    holding = cache.get((head, id(orgs)))
    if holding is None:
        holding = cache[(head, id(orgs))] = [
            (start, name)
            for start, _, name in orgs
            if len(name) > len(head)
            and genitive_base(name.casefold()) != head  # „des Unternehmens“ is no name of one
            and _names_kind(name, head)
        ]
    best = None
    resolved = (a.resolved or "").casefold()
    if head == "council" and a.namer.lang == "en":
        holding = _councils_meant(a.phrase.casefold().split(), holding, a.hit.start)
    if head == "gericht" and a.namer.lang == "de":
        # „nach Angaben des Gerichts“: the court the article is about, not the higher court an
        # appeal would go to, named after it („Beschwerde beim Oberverwaltungsgericht“)
        lower = [n for start, n in holding if start < a.hit.start and not n.startswith(_HIGHER)]
        holding = [(start, n) for start, n in holding if not lower or not n.startswith(_HIGHER)]
    for start, name in holding:
        if start >= a.hit.start:
            break
        if best is not None and genitive_base(name.casefold()) == best[1].split()[0].casefold():
            continue  # „Landkreis Moorbrügge“, then „eine Sprecherin des Landkreises“: that one
        if name.casefold() != resolved:
            if best is None or start > best[0] or len(name) > len(best[1]):
                best = (start, name)
    return best[1] if best else None
