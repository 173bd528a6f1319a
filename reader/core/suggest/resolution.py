"""Pass 4: each speaker as the article names it most fully: a surname as the full name, a
pronoun or "die 48-Jährige" as the person it stands for, "the council" or "a spokesperson" as the
body, a document as its author, the people of a body as the body."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import islice

from reader.core.article import NON_ARTICLE_KINDS
from reader.core.suggest.bodies import (
    ANY_FIRM,
    GENITIVE_KINDS,
    GENITIVE_LINK,
    body_in_full,
    body_with_noun,
    club_before,
    company_before,
    firm_before,
    firm_by_kind,
    german_word_source,
    group_of_body,
    named_as_kind,
    named_body,
    nominative,
    one_word,
    only_firm,
    org_mentions,
    person_with_role,
    spokesperson_for,
    the_prosecution,
)
from reader.core.suggest.context import Pass
from reader.core.suggest.cues import OBJECT_BEFORE, document_author, made_by_relative
from reader.core.suggest.forms import (
    DATELINE_START,
    LINKING_FORMS,
    NOT_A_TIME,
    OWNER_AFTER,
    body_gender,
    genitive_base,
    head_matches,
    listed_as_other,
    neuter,
    noun_gender,
    role_gender,
    strong_form_in,
    thing_word,
    without_role,
)
from reader.core.suggest.mentions import AGE_AFTER_NAME, POSSESSIVE_S, People
from reader.core.suggest.names import Namer, noun_not_town, town_without_object
from reader.core.suggest.records import Attr, Orgs
from reader.core.suggest.ruleset import QUOTE_CHARS
from reader.core.suggest.tokens import (
    CAPITALS,
    FORENAME,
    LOWER,
    SMALL,
    NameHit,
    first_names,
    singular,
)

_OWNER = re.compile(r"(?P<w>[\w\-]+)['’]s")  # "commission's", "Orrin's" (not "Farmers’")
_ANOTHER = frozenset({"another", "other", "weitere", "weiterer", "andere", "anderer"})
_INDEFINITE = frozenset({"a", "an", "ein", "eine", "einer", "einem", "einen"})
_DEFINITE = frozenset({"the", "der", "die", "das", "dem", "den", "des"})
# the articles a person's role opens with as a subject („die Leiterin“, "the chair"): not a
# possessive („Ihre Tochter“, a relative) nor a case of no subject
_SUBJECT_ARTICLES = frozenset({"the", "der", "die"})
_PRONOUN_OPENING = re.compile(r"\s*(?P<pronoun>Sie|Er|She|He)\b")
# „Im vergangenen Jahr setzte sie nach eigenen Angaben …“: the subject after the verb
_PRONOUN_BEFORE_OWN = re.compile(r"\b(?P<pronoun>sie|er)\s+nach\s+$")
# „Nach eigenen Angaben hat sie …“: the subject after the verb that follows the cue
_PRONOUN_AFTER_OWN = re.compile(r"\s+(?:Angaben|Worten)\s+\w+\s+(?P<pronoun>sie|er)\b")
# „Der 51-Jährige“, „Der 23-jährige Student“: a person by age
_AGE_OPENING = re.compile(r"\s*(?:Der|Die)\s+\d{1,3}-[Jj]ährige[nr]?\b")

_EMPHASIS = frozenset(
    {"selbst", "himself", "herself", "itself", "allein", "auch", "jedoch", "aber"}
)

# bodies whose names hold their kind ("Department for Transport", "Kestrel County Council")
_NAMED_BY_KIND = frozenset(
    {"government", "council", "ministry", "department", "regierung", "ministerium", "gemeinde"}
    | {"stadt"}  # „die Stadt“ is a city, not whichever body spoke in the paragraph
)

# the sentence that opens with a name near "the channel" is often about one of its shows
_MEDIA_NOUNS = frozenset({"channel", "broadcaster", "network", "publisher"})

# a sentence that opens with a person by role: „Ihr Sohn verfolgte …“, "The defendant …"
_ROLE_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:Der|Die|Ein|Eine|Ihr|Ihre|Sein|Seine|The|A|An|One|His|Her|Their)\s+(?P<noun>[\wÄÖÜäöüß]+)\b"
)

# a plural finite verb right after a German role noun: „Seine Spieler hätten …“
_PLURAL_VERB_NEXT = re.compile(
    r"\s+(?:hätten|haben|hatten|sind|waren|seien|wären|werden|wurden|würden|sollen|sollten|"
    r"wollen|wollten|müssen|mussten|können|konnten|dürfen)\b"
)

_FEMININE_AGENT = ("erin", "eurin", "istin", "antin", "entin", "ärin")

# bodies whose own name ends in s, before „sprecher“: „Kreissprecherin“, „Rathaussprecher“
_OWN_S = ("haus", "kreis")

_COMPOUND_SPOKESPERSON = re.compile(
    r"(?P<body>[" + SMALL + r"]{4,}?)(?:pressesprecher|sprecher)(?:in)?(?:s|nen)?$"
)

# a sentence that opens with a body by its kind: "The council …", „Die Stadt …“
_BODY_OPENING = re.compile(r"\s*(?:The|Die|Der|Das)\s+(?P<head>[A-Za-zÄÖÜäöüß\-]+)")

_CAPITAL = re.compile(rf"\b(?P<w>[{CAPITALS}]{LOWER}[\w\-’']*{LOWER})\b")

_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_INFLECTED = re.compile(r"[a-zäöüß]+(?:e|en|er|es)")


def _counted(text: str, a: Attr) -> str | None:
    """The count before a group, in small letters: „mehrere“ (Mitglieder), and in German with
    up to two inflected adjectives after it: „mehrere ältere“ (Mitglieder)."""
    words = text[max(0, a.hit.start - 50) : a.hit.start].split()
    most = 2 if a.namer.lang == "de" else 0
    for k in range(min(most, len(words) - 1) + 1):
        count, between = words[-1 - k], words[len(words) - k :]
        if count.casefold() in a.namer.quantifiers and all(
            _INFLECTED.fullmatch(w) for w in between
        ):
            return " ".join([count.lower(), *between])
    return None


# German nouns no surname ends like: „Messungen“, „Beteiligung“, „Gesellschaft“
_GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "tion", "ismus", "ität",
    # their plurals: „Geplante Operationen fallen aus“ uses „Operationen“ alone, no surname
    "heiten", "keiten", "schaften", "ionen", "itäten",
)  # fmt: skip

_WORD_AFTER = re.compile(r"(?:['’]s)?\s+(\S+)")

# a role, perhaps its owner, then the person's name in apposition: "…, Onno Feldhaus, …"
_NAME_AFTER_ROLE = re.compile(rf"[^\S\n]+(?P<first>{FORENAME})[^\S\n]+[{CAPITALS}]")
_ROLE_THEN_NAME = re.compile(
    r"(?:\s+(?:der|des|von|vom|of|of\s+the|at|for)\s+[\w\-]+(?:\s+["
    + CAPITALS
    + r"][\w\-]+)?)?,\s+"
    rf"(?P<name>(?P<first>{FORENAME})\s+[{CAPITALS}][\w'’\-]+)(?=\s*[,(])"
)

# a name and the person's age in apposition: "Moira Fenwick, 52,", „Gisela Arndtsen (78)“
_NAME_AGE = re.compile(
    rf"\b(?P<name>(?P<first>{FORENAME})\s+[{CAPITALS}][\w'’\-]*{LOWER})"
    r"(?:,\s+\d{1,3},|\s+\(\d{1,3}\))"
)
# „Engelbert Krumsiek, Chefarzt der Klinik, …“, "Casimir Threave, buying manager at …":
# a name and, after a comma, the role of a person
_NAME_ROLE = re.compile(
    rf"\b(?P<name>(?P<first>{FORENAME})\s+[{CAPITALS}][\w'’\-]*{LOWER}),\s+"
    r"(?:(?:der|die|the|a|an)\s+)?"
    rf"(?:(?:[{CAPITALS}][\w\-]*\s+){{0,3}}[{CAPITALS}][\w\-]*['’]s\s+)?"  # "Water's head …"
    r"(?:[a-z]+\s+(?!of\b))?(?P<role>[A-Za-zÄÖÜäöüß\-]+)\b"  # "head of networks": "head"
)
# "the company's managing director, Yevgenia Brocklebank", „Ihr Vorsitzender, Reimund
# Brarens“: a role and, after a comma, the person's name
_ROLE_COMMA_NAME = re.compile(
    rf"\b(?P<role>[A-Za-zÄÖÜäöüß\-]+),[^\S\n]+(?P<name>(?P<first>{FORENAME})"
    rf"[^\S\n]+[{CAPITALS}][\w'’\-]*{LOWER})\b(?![^\S\n]+[{CAPITALS}])"
)
_ROLE_NAME = re.compile(  # (an academic title may stand between: „Präsident Prof. Dr. …“)
    rf"\b(?P<role>[A-Za-zÄÖÜäöüß\-]+)\s+(?:(?:Prof|Dr)\.\s+){{0,2}}(?P<name>(?P<first>{FORENAME})"
    rf"\s+[{CAPITALS}][\w'’\-]*{LOWER})\b"
)


# a town's or county's administration speaks as the town or county the article names
_ADMINISTERED = {
    "kreisverwaltung": ("landkreis", "kreis"),
    "stadtverwaltung": ("stadt",),
    "gemeindeverwaltung": ("gemeinde",),
}

# a group's kind right before its quoted name: „Bürgerinitiative „Fester Grund Marbelsheim““
_QUOTED_KINDS = (
    "initiative|bündnis|verein|gruppe|netzwerk|aktion|bewegung|kampagne|komitee|forum|"
    "vereinigung|gemeinschaft"
)
_KIND_BEFORE_QUOTE = re.compile(  # „Bürgerinitiative“, and „Initiative“ on its own
    r"\b(?P<kind>(?=["
    + CAPITALS
    + r"])(?:[\w\-]+(?:"
    + _QUOTED_KINDS
    + r")|(?i:"
    + _QUOTED_KINDS
    + r")))[^\S\n]*\Z"
)


def _kind_before_quoted(ctx: Pass, name: str) -> str | None:
    """„Querlinger Bahn“ as the article introduced it: „Bürgerinitiative „Querlinger Bahn““."""
    m = re.search(rf"[„»\"]{re.escape(name)}[“«\"]", ctx.text)
    if m is None:
        return None
    kind = _KIND_BEFORE_QUOTE.search(ctx.text, max(0, m.start() - 40), m.start())
    return f"{kind.group('kind')} {m.group()}" if kind is not None else None


def resolve(ctx: Pass) -> None:
    """Each speaker as the article names it most fully: a surname as the full name ending in
    it; he / she / er / sie and "die 48-Jährige" as the person they stand for (`People`); "it",
    "they" and a plural "sie" as the body or group that spoke last; "a spokesperson" as the
    body named last; "the council" as the one named body whose name ends in "council"."""
    for a in ctx.attrs:
        a.resolved = a.hit.text
        if a.hit.kind == "quoted" and a.namer.lang == "de":
            named_kind = _KIND_BEFORE_QUOTE.search(
                ctx.text, max(0, a.hit.start - 41), a.hit.start - 1
            )
            if named_kind is not None and a.hit.end < len(ctx.text):
                # „Die Bürgerinitiative „Kein Müllberg am Saubach“ fordert …“: kind and name
                a.resolved = ctx.text[named_kind.start("kind") : a.hit.end + 1]
        first, _, rest = a.hit.text.partition(" ")
        if a.hit.kind == "descriptive" and rest and first.casefold() in a.namer.determiners:
            a.resolved = f"{first.lower()} {rest}"  # "The council says" → "the council"
        elif (
            a.hit.kind == "name"
            and rest
            and first[:1].isupper()
            and first.casefold() in _INDEFINITE
        ):
            a.resolved = f"{first.lower()} {rest}"  # „Ein Putenhalter aus der …“, unnamed
        if a.hit.kind == "name" and rest:
            cut = without_role(a.hit.text, a.namer)
            if " " in cut and ctx.forename_test(a.namer)(cut.split()[0]):
                a.resolved = cut  # „Mietrechtlerin Prof. Ulrike Hasselmann“ → Ulrike Hasselmann
        if a.hit.kind == "name" and rest and a.namer.lang == "de":
            a.resolved = _strong_adjective(ctx.text, a.hit.start, a.resolved)
    ctx.attrs.sort(key=lambda a: a.hit.start)
    namer = ctx.namers[ctx.rulesets[0].lang]
    speakers = [  # without a role before the name („Mietrechtlerin Prof. Ulrike Hasselmann“)
        (a.hit.start, a.hit.end, name, a.hit.person or bool(namer.gender(name)))
        for a in ctx.attrs
        if a.hit.kind == "name" and a.person and " " in a.hit.text
        for name in (without_role(a.hit.text, a.namer),)
        if " " in name
    ]
    people = People(
        ctx.article,
        ctx.rulesets[0].lang,
        namer.first,
        speakers,
        [(q.pair.start, q.pair.end) for q in ctx.quotes],
        lambda offset: ctx.sentence(offset)[0],
        _role_persons(ctx, namer),
        _bodies(ctx, namer),
        tuple(
            a.hit.text
            for a in ctx.attrs
            if a.hit.kind == "name"
            and " " not in a.hit.text
            and a.hit.text.casefold() not in a.namer.generic_orgs
            and not a.namer.is_org_head(a.hit.text)
        )
        + _lone_capitals(ctx, namer),
        ctx.forename_test(namer),
        _titled_by_role(ctx, namer),
        namer.reporting,
        tuple(w for w in namer.spokespersons if namer.is_role(w)),  # people, not "a statement"
        namer.generic_orgs | namer.company_nouns,
    )
    ctx.people = people
    orgs = ctx.orgs = org_mentions(ctx)
    for a in ctx.attrs:
        kind = a.hit.kind
        if (
            kind == "name"
            and " " not in a.hit.text
            and (
                a.hit.text.casefold() in a.namer.generic_orgs
                or a.hit.text.casefold() in a.namer.spokespersons
                or (  # „nach Überzeugung des Gerichts“
                    a.namer.lang == "de"
                    and genitive_base(a.hit.text.casefold()) in a.namer.generic_orgs
                )
                or (a.namer.lang == "de" and a.hit.text in GENITIVE_KINDS)  # the museum, the farm
            )
        ):
            kind = "descriptive"  # "Ministerium", "Konzernzentrale": a body by its kind
        if kind == "name" and " " not in a.hit.text:
            a.resolved = people.fullname_at(a.hit.text, a.hit.start)
            quoted = _QUOTED_NAME_AFTER.match(ctx.text, a.hit.end)
            if quoted is not None and _KIND_BEFORE_QUOTE.search(a.hit.text + " "):
                # „Die Bürgerinitiative „Ostring 30“, die …, begrüßte“: its name follows
                a.resolved = a.hit.text + " " + quoted.group("name")
        elif kind in ("pronoun", "age"):
            person = people.person_at(a.hit.start)
            if person is not None and kind == "pronoun":
                body = _her_body_just_before(ctx, a.hit.start, a.namer, orgs)
                if body is not None:  # „Fälle kennt die Verbraucherberatung X. Sie zählte …“
                    a.resolved, a.note = body, f"“{a.hit.text}” taken as {body} (named before)"
                    continue
            described = _described_person_before(ctx, a, sure=True) if kind == "pronoun" else None
            if described is not None:
                # "A lifeguard at the baths … said …. "…," she said": the unnamed speaker
                # just before, not the woman named further back
                person = described
            if person is not None:
                a.resolved = person
                why = "who spoke before" if person == described else "the person named before"
                a.note = f"“{a.hit.text}” taken as {person} ({why})"
            elif kind == "pronoun" and (
                a.namer.lang != "en" or a.hit.text.casefold() in ("it", "they")
            ):
                # a body is an "it" or "they" in English; German „sie“ / „er“ can be one,
                # but not a neuter one („das Gericht“ is an „es“)
                trailing = a.hit.start > ctx.sentence(a.hit.start)[0]
                own = _subject_body(ctx, a, orgs) if trailing else None
                lede = _lede_body_named_next(ctx, a, orgs)
                own = lede or own
                if (
                    own is not None
                    and a.namer.lang == "de"
                    and body_gender(own)
                    in (("m", "n") if a.hit.text.casefold() == "sie" else ("f", "n"))
                ):
                    own = None  # „…, wie sie mitteilte“: a „die“ body's; „er“ a „der“ one's
                body = (  # "The team, a charity run by volunteers, plans …, it said": the team
                    own or _body_before(ctx, a, orgs, speakers_only=True)
                )
                how = "the body that spoke before" if lede is None else "named next"
                if body is None and a.hit.text.casefold() == "it":
                    body = _body_opening_sentence_before(ctx, a, orgs) or _described_body_before(
                        ctx, a, orgs
                    )
                    how = "the body the sentence before is about"
                if body is not None and a.namer.lang == "de" and neuter(body):
                    body = None
                if body is not None:
                    a.resolved = body
                    a.note = f"“{a.hit.text}” taken as {body} ({how})"
            if a.resolved == a.hit.text and a.hit.text.casefold() == "they":
                group = _plural_speaker_before(ctx, a)
                if group is not None:  # "The authors acknowledge … They say …"
                    a.resolved = group
                    a.note = f"“{a.hit.text}” taken as {group} (who spoke before)"
            if a.resolved == a.hit.text and kind == "pronoun":
                described = _described_person_before(ctx, a)
                if described is not None:
                    a.resolved = described
                    a.note = f"“{a.hit.text}” taken as {described} (who spoke before)"
        elif kind == "descriptive" and (author := _published_by(ctx, a, orgs)) is not None:
            a.note = f"“{a.hit.text}” taken as the work of {author}"
            a.resolved = author
        elif kind == "descriptive" and (owner := _owner_of(ctx, a, orgs)) is not None:
            a.note = f"“{a.hit.text}” taken as {owner}'s"
            a.resolved = owner
        elif kind == "descriptive" and a.namer.is_document(a.phrase):
            author = _author_of(ctx, a, orgs) or _issuer_before(ctx, a, orgs)
            if author is not None and _its(a) and ctx.people.known(author):
                author = None  # "Its decision notice": a body's, never a person's who spoke before
            if author is None:
                author = _possessor_of_document(ctx, a, orgs)
            if author is not None:
                a.note = f"“{a.hit.text}” taken as the work of {author}"
                a.resolved = author
        elif kind == "descriptive":
            a.resolved = _descriptive_source(ctx, a, orgs) or a.resolved
        elif kind == "possessive":
            its = a.hit.text.casefold() == "its"  # a body's, never a person's
            fits = _possessive_fits(a)
            found = (
                _role_after_possessive(ctx, a)
                or _opening_name_owns(ctx, a)
                or _body_named_last(ctx, a, orgs)
                or _subject_just_before(ctx, a)
                or fits(_subject_body(ctx, a, orgs))
                or _one_named_just_before(ctx, a, orgs)
                or _speaker_before(ctx, a, orgs, fits, people=not its)
                or fits(_body_later_in_sentence(ctx, a, orgs))
                or _person_mentioned_before(ctx, a)
            )
            a.resolved = found  # "its" that nothing accounts for names nobody
            if found is not None:
                a.note = f"“{a.hit.text}” taken as {found} (named before)"
        elif kind == "partitive":
            a.resolved = _group_before(ctx, a)
            if a.resolved:
                a.note = f"“{a.hit.text}” taken as one of {a.resolved}"
        elif kind == "own":
            a.resolved = _own(ctx, a, orgs)
            if a.resolved:
                a.note = f"“nach eigenen Angaben” taken as {a.resolved}"
    for a in ctx.attrs:
        if not a.resolved or a.hit.kind not in ("name", "descriptive"):
            continue
        counted = _counted(ctx.text, a) if " " not in a.hit.text else None
        if a.resolved == a.hit.text and counted is not None and a.namer.is_group(a.hit.text):
            # „Mehrere Mitglieder“, „Mehrere ältere Mitglieder“
            a.resolved = f"{counted} {a.hit.text}"
            continue
        owner = group_of_body(ctx, a) or _protectors_body(ctx, a, orgs)
        holder = _role_holder_before(ctx, a) if owner is not None else None
        if holder is not None:
            # „Manfried Gößlingshof … „…“, sagt der Vorsitzende des Brunnenvereins“: him
            a.resolved = holder
            a.note = f"“{a.hit.text}” taken as {holder} (named before)"
            continue
        if owner is not None:
            a.resolved = owner
            a.note = f"“{a.hit.text}” speak for {owner}"
            continue
        person = without_role(a.resolved, a.namer)
        words = a.resolved.split()
        tail = " ".join(words[1:])
        if person == a.resolved and len(words) >= 3 and tail in ctx.people.ages:
            person = tail  # "Regular Suad Clinch, 79,": a role or word no list has, then her
        if (
            person != a.resolved
            and (" " in person or ctx.is_person(a))
            and not ctx.people.title_tells(a.resolved)
        ):
            a.resolved = person
        elif a.namer.lang == "de" and a.resolved == a.hit.text and one_word(ctx, a):
            a.resolved = german_word_source(ctx, a, orgs)
            a.resolved = _with_its_owner(ctx, a) or a.resolved
            if a.resolved and a.namer.is_document(a.resolved):
                a.resolved = (
                    _prosecution_of_indictment(ctx, a.resolved)
                    or _plaintiff_of_complaint(ctx, a)
                    or _maker_in_relative(ctx, a, orgs)
                    or _document_holder(ctx, a)
                    or _issuer_before(ctx, a, orgs)
                    or a.resolved
                )
        elif a.namer.lang == "de" and (town := _administered(ctx, a.resolved, orgs)) is not None:
            a.resolved = town  # „eine Sprecherin der Kreisverwaltung“: the Landkreis Ebbenrode
        elif (
            a.namer.lang == "de"
            and " " not in a.resolved
            and a.namer.is_org_head(a.resolved)
            and (full := _named_in_full(ctx, a.resolved, orgs)) is not None
        ):
            a.resolved = full  # „ein Sprecher der Polizeidirektion“: Polizeidirektion Kelbachtal
        elif not ctx.is_person(a):
            a.resolved = body_in_full(ctx, _place_name_genitive(ctx, a), a.namer)
    with_kind: dict[str, str | None] = {}  # a name → its kind and quoted form, looked up once
    for a in ctx.attrs:
        if a.namer.lang == "de" and a.resolved and not any(q in a.resolved for q in '„»"'):
            if " " not in a.resolved and _KIND_BEFORE_QUOTE.search(a.resolved + " "):
                # „Die Initiative fordert …“, „Sie hat nach eigenen Angaben …“ after „die
                # Initiative „Marktplatz für alle““: the one the article named so before
                named = _kind_with_quoted_name(ctx, a.resolved, a.hit.start)
                if named is not None:
                    a.resolved = named
                    continue
            if a.resolved not in with_kind:
                with_kind[a.resolved] = _kind_before_quoted(ctx, a.resolved)
            a.resolved = with_kind[a.resolved] or a.resolved
    _roles_as_named(ctx)
    _headline_kinds_named_below(ctx, orgs)
    _own_kinds_named_below(ctx)
    nominatives: dict[str, str] = {}
    for a in ctx.attrs:
        if a.hit.kind not in ("pronoun", "age") or not ctx.is_person(a):
            a.resolved = _without_kind_of_firm(a.resolved, a.namer)
        if a.resolved and a.namer.lang == "de":
            if a.resolved not in nominatives:  # many mentions share a name: look it up once
                nominatives[a.resolved] = _genitive_head(
                    ctx.text,
                    _kind_then_noun(
                        ctx, _without_noun_after(ctx.text, a.resolved, a.namer), a.namer
                    ),
                    a.namer,
                )
            a.resolved = nominatives[a.resolved]
    _strong_form_everywhere(ctx)
    _chambers_as_their_court(ctx, orgs)
    _town_offices_as_their_town(ctx)
    _district_office_as_its_district(ctx)
    _decisions_as_their_authority(ctx, orgs)


# what only an authority issues: „heißt es in dem Bescheid“ is the authority's
_DECISIONS = frozenset({"Bescheid", "Bußgeldbescheid", "Widerspruchsbescheid", "Verfügung"})
_AUTHORITY = re.compile(
    r"(?:Landkreis|Kreis|Landratsamt|Kreisverwaltung|Gemeinde|Stadt|Amt|Verwaltungsgemeinschaft|"
    r"Bauaufsicht|Behörde|[\w\-]*(?:amt|behörde|verwaltung))\b"
)


def _decisions_as_their_authority(ctx: Pass, orgs: Orgs) -> None:
    """„Laut Bescheid …“, „heißt es in dem Bescheid“: an official decision speaks for the
    authority that issued it, when the article names one authority only."""
    _to_the_only_one(
        ctx,
        _DECISIONS,
        lambda: {
            nominative(ctx, name, ctx.namers["de"])
            for _, _, name in orgs
            if " " in name and _AUTHORITY.match(name)
        },
    )


# a town's own offices, which speak for it: „nach Angaben des Bauamts“, „Im Rathaus …“
_TOWN_OFFICES = frozenset(
    {"Bauamt", "Rathaus", "Stadtverwaltung", "Ordnungsamt", "Stadtbauamt", "Tiefbauamt"}
)
_TOWN = re.compile(
    rf"\b(?:Stadt|Gemeinde)[^\S\n]+[{CAPITALS}][\w\-]+(?:[^\S\n]+[{CAPITALS}][\w\-]+)?"
)


def _town_offices_as_their_town(ctx: Pass) -> None:
    """„Bauamt“, „Rathaus“ alone as the one „Stadt X“ or „Gemeinde X“ the article names: the
    town speaks through its offices, and articles cite it as the town (the office stays listed
    beside it, as its alias)."""
    _to_the_only_one(
        ctx,
        _TOWN_OFFICES,
        lambda: {
            town_without_object(ctx.text, m.group())
            for m in _TOWN.finditer(ctx.text)
            if not noun_not_town(ctx.text, m.group().split()[1])  # „der Stadt Beschwerde“
        },
        alias=True,
    )


_DISTRICT = re.compile(rf"\bLandkreis(?:es)?[^\S\n]+([{CAPITALS}][\w\-]+)")
_DISTRICT_OFFICE_NAMED = re.compile(
    rf"\bLandratsamt(?:e?s)?[^\S\n]+[{CAPITALS}]|\wamt(?:e?s)?[^\S\n]+des[^\S\n]+Landkreises\b"
)


def _district_office_as_its_district(ctx: Pass) -> None:
    """„Landratsamt“ alone, in an article that names one „Landkreis X“ and no „Landratsamt X“:
    the district speaks through its office (which stays listed beside it, as its alias)."""
    _to_the_only_one(
        ctx,
        frozenset({"Landratsamt"}),
        lambda: (
            set()  # named in full, or one of its offices is („das Veterinäramt des Landkreises“)
            if _DISTRICT_OFFICE_NAMED.search(ctx.text)
            else {f"Landkreis {m.group(1)}" for m in _DISTRICT.finditer(ctx.text)}
        ),
        alias=True,
    )


def _to_the_only_one(
    ctx: Pass, words: frozenset[str], candidates: Callable[[], set[str]], alias: bool = False
) -> None:
    """German attributions resolved to one of `words` go to the one body `candidates` finds,
    if it finds exactly one (looked for only when such an attribution exists)."""
    found = [a for a in ctx.attrs if a.namer.lang == "de" and a.resolved in words]
    if not found:
        return
    bodies = candidates()
    if len(bodies) != 1:
        return
    body = bodies.pop()
    for a in found:
        if alias:
            a.called = a.called or a.resolved
        a.resolved = body


# a German court's chamber or senate, and what it writes: the court itself speaks through them
_CHAMBER = re.compile(
    r"(?:\d+\.\s+)?(?:Große\s+|Kleine\s+)?(?:Zivil|Straf|Jugend|Berufungs)?(?:kammer|Kammer)"
)
_SENATE = re.compile(r"(?:\d+\.\s+)?(?:Straf|Zivil)?[Ss]enat")
_COURTS_WRITING = frozenset({"Beschluss", "Urteil", "Urteilsbegründung", "Urteilsgründe"})
# the courts that sit in senates (and any „…gerichtshof“); a chamber sits at the courts below
# them, not at an Amtsgericht
_SENATE_COURTS = ("ober", "bundes", "landessozial", "landesarbeits")


def _chambers_as_their_court(ctx: Pass, orgs: Orgs) -> None:
    """„Die Kammer schlug einen Vergleich vor“, „Nach Überzeugung der Großen Strafkammer“,
    „Laut Beschluss …“: the court, when the article names one court of the kind that has such
    chambers (a senate sits at an Oberlandesgericht, a chamber at a Landgericht or a
    Verwaltungsgericht), and one court in all for what a court writes."""
    named = {
        name
        for _, _, name in orgs
        if len(name.split()) > 1 and name.split()[0].casefold().endswith(("gericht", "gerichtshof"))
    }
    if not named:
        return
    senates = {
        n
        for n in named
        if n.casefold().startswith(_SENATE_COURTS) or n.split()[0].casefold().endswith("hof")
    }
    chambers = {n for n in named - senates if not n.casefold().startswith("amtsgericht")}
    for a in ctx.attrs:
        if a.namer.lang != "de" or not a.resolved:
            continue
        if _CHAMBER.fullmatch(a.resolved):
            courts = chambers
        elif _SENATE.fullmatch(a.resolved):
            courts = senates
        elif a.resolved in _COURTS_WRITING:
            courts = named
        else:
            continue
        if len(courts) == 1:
            court = next(iter(courts))
            a.note = f"“{a.hit.text}” taken as {court} (the court it is part of)"
            a.resolved = court


_AUTHORITIES = ("behörde", "amt", "ministerium")
_PROTECTORS = re.compile(r"(?P<stem>[" + CAPITALS + r"][" + SMALL + r"]+)schützer(?:in|innen|n)?")


def _protectors_body(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """„Tierschützer“, „die Verbraucherschützer“: the one body of that cause the article names
    („Tierschutzverein Heidberg“, „Verbraucherzentrale Ostaue“), whose people they are."""
    if a.namer.lang != "de" or a.resolved != a.hit.text:
        return None
    words = [w for w in a.hit.text.split() if w.casefold() not in a.namer.determiners]
    m = _PROTECTORS.fullmatch(words[-1]) if len(words) == 1 else None
    if m is None:
        return None
    stem = m.group("stem").casefold()
    marks = (
        (f"{stem}schutz", "verbraucherzentrale") if stem == "verbraucher" else (f"{stem}schutz",)
    )
    found = {
        name
        for _, _, name in orgs
        if " " in name
        and any(mark in name.casefold() for mark in marks)
        and not name.casefold().endswith(_AUTHORITIES)  # „Denkmalschützer“ are not the office
    }
    return found.pop() if len(found) == 1 else None


def _administered(ctx: Pass, word: str, orgs: Orgs) -> str | None:
    """„die Kreisverwaltung“ as the one „Kreisverwaltung Wiedenau“ the article names, else as
    the one „Landkreis Ebbenrode“ (or „Kreis …“) it names: an administration speaks for its
    town or county."""
    kinds = _ADMINISTERED.get(genitive_base(word.casefold()))
    if kinds is None:
        return None
    for kind in (word, *kinds):
        found = _named_in_full(ctx, kind, orgs)
        if found is not None:
            return found
    return None


def _named_in_full(ctx: Pass, word: str, orgs: Orgs) -> str | None:
    """A German body by its one-word kind, „ein Sprecher der Polizeidirektion“, as the one
    name the article opens with that word („die Polizeidirektion Kelbachtal“), if just one."""
    base = genitive_base(word.casefold())
    namer = ctx.namers["de"]
    found = {
        nominative(ctx, name, namer)
        for _, _, name in orgs
        if " " in name and genitive_base(name.split()[0].casefold()) == base
    }
    return found.pop() if len(found) == 1 else None


# adjectives that open German bodies' names: „Kommunaler Arbeitgeberverband“, „Statistisches
# Landesamt“, „Deutscher Wetterdienst“
_NAME_ADJECTIVE_ENDINGS = ("ische", "liche", "nale", "unale", "ige", "ive", "elle")
_NAME_ADJECTIVES = frozenset(
    {
        *("Deutsche", "Große", "Neue", "Grüne", "Rote", "Weiße", "Freie", "Alte", "Junge"),
        *("Vereinte", "Allgemeine"),
    }
)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?P<article>[Dd]er|[Dd]as)\s+$")


def _strong_adjective(text: str, start: int, name: str) -> str:
    """A German body's name as it is cited, without its article: „Der Kommunale
    Arbeitgeberverband Elbmarsch“ is „Kommunaler Arbeitgeberverband Elbmarsch“, „Das
    Statistische Landesamt“ „Statistisches Landesamt“ — when the noun's gender says the article
    was a nominative („der Verbraucherzentrale“ is a genitive; „Die Linke“ stays; a noun of
    unknown gender, „Das Deutsche Rote Kreuz“, too)."""
    words = name.split()
    adjectives = 0
    while adjectives < len(words) - 1 and (
        words[adjectives].endswith(_NAME_ADJECTIVE_ENDINGS) or words[adjectives] in _NAME_ADJECTIVES
    ):
        adjectives += 1
    if not adjectives:
        return _oblique_adjective(name)
    if not text.startswith(words[0], start):
        return name
    m = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if m is None:
        return name
    gender = "m" if m.group("article").casefold() == "der" else "n"
    if body_gender(" ".join(words[adjectives:])) != gender:
        return name
    ending = "r" if gender == "m" else "s"
    return " ".join([w + ending for w in words[:adjectives]] + words[adjectives:])


def _strong_form_everywhere(ctx: Pass) -> None:
    """„Der Kommunale Arbeitgeberverband Elbmarsch lehnt ab … teilte der Verband mit“: once one
    mention gives the name as it is cited („Kommunaler Arbeitgeberverband Elbmarsch“), the
    mentions resolved to the article's weak form („Kommunale …“) are the same body."""
    names = {a.resolved for a in ctx.attrs if a.resolved and a.namer.lang == "de"}
    strong = {name: form for name in names if (form := strong_form_in(name, names)) is not None}
    for a in ctx.attrs:
        if a.resolved in strong:
            a.resolved = strong[a.resolved]


def _genitive_head(text: str, name: str, namer: Namer) -> str:
    """„nach Angaben des Netzwerks Lose Ware“: the body is the „Netzwerk Lose Ware“ — its
    first word, a body's head noun, in the nominative, as the article would cite it; a kind
    alone too („des Herstellers“: Hersteller)."""
    first, _, rest = name.partition(" ")
    base = genitive_base(first)
    if base == first:
        return name  # most names: no genitive ending, no search of the text
    kind = rest or base.casefold() in namer.company_nouns or namer.is_org_head(base)
    if not kind or (rest and body_gender(base) == "f"):
        # one word only when it is a kind: „des Herstellers“, not „des Ortes“; a name of
        # unknown gender after „des“ is a „der“ or „das“ („des Kreisjugendrings Fehrenkamp“)
        return name
    if namer.is_person(name) or (f"des {name}" not in text and f"eines {name}" not in text):
        return name
    return f"{base} {rest}".strip()


def _without_noun_after(text: str, name: str, namer: Namer) -> str:
    """„nach Angaben des Unterhaltungsverbands Obere Lünte Nutrias, die …“: a German body's
    name of three capitalised words or more ends before its last word when the article also
    writes that word as a common noun with a plural's ending („die Nutrias“) and writes the
    name without it elsewhere („Obere Lünte lässt …“)."""
    words = name.split()
    if (
        len(words) < 3
        or not all(w[:1].isupper() for w in words)
        or not namer.is_org_head(genitive_base(words[0]))
        or not words[-1].endswith(("s", "n", "e"))  # a plural's ending, not „… Innenstadt“
        or not _written_as_noun(text, words[-1])
    ):
        return name
    shorter = " ".join(words[1:-1])
    if re.search(
        rf"\b{re.escape(shorter)}(?!\s+[{CAPITALS}])(?=\s+[{SMALL}]|\s*[,.;:!?])",
        text,
    ):
        return " ".join(words[:-1])
    return name


def _kind_then_noun(ctx: Pass, name: str, namer: Namer) -> str:
    """„nach Angaben der Gemeinde Flächen jenseits der Gleise“, „der Hochschule Studierende
    mit Kindern“: a body's kind, then a common noun the article writes after an article
    elsewhere („die Flächen“), named together only here, is the one body of that kind the
    article names in full („Gemeinde Tappenbrück“); with none, the name stands (a river or a
    valley takes an article too: „der Orlau“, „das Wieseltal“)."""
    words = name.split()
    if (
        len(words) != 2
        or not words[1][:1].isupper()
        or not namer.is_org_head(genitive_base(words[0]))
        or ctx.text.count(name) > 1
        or not _written_as_noun(ctx.text, words[1], inflected=True)
    ):
        return name
    kind = genitive_base(words[0])
    named = {
        f"{kind} {m.group(1)}"
        for m in re.finditer(
            rf"\b{re.escape(kind)}s?[^\S\n]+{NOT_A_TIME}([{CAPITALS}][\w\-]+)", ctx.text
        )
        if m.group(1) != words[1] and not _written_as_noun(ctx.text, m.group(1), inflected=True)
    }
    return named.pop() if len(named) == 1 else name


def _written_as_noun(text: str, word: str, inflected: bool = False) -> bool:
    """Whether the article writes `word` after an article or a number somewhere („die
    Nutrias“, „eine Klage“), as a common noun; `inflected`: in any case („den Studierenden“)."""
    ending = "(?:n|en|e|s|es)?" if inflected else ""
    return re.search(rf"\b(?i:{_NOUN_OPENERS})\s+{re.escape(word)}{ending}\b", text) is not None


_NOUN_OPENERS = "die|der|den|dem|das|ein|eine|einen|einem|einer|keine|alle|viele|mehrere|\\d+"


def _oblique_adjective(name: str) -> str:
    """„laut Statistischem Landesamt“, „des Kommunalen Arbeitgeberverbands Elbmarsch“, „der
    Kassenärztlichen Vereinigung“: the name in the nominative, as it is cited („Statistisches
    Landesamt“, „Kommunaler Arbeitgeberverband Elbmarsch“), when the noun's gender is known."""
    words = name.split()
    n = 0
    while (
        n < len(words) - 1
        and words[n][-1:] in ("m", "n")
        and (words[n][:-1].endswith(_NAME_ADJECTIVE_ENDINGS) or words[n][:-1] in _NAME_ADJECTIVES)
    ):
        n += 1
    if not n:
        return name
    gender = body_gender(" ".join(words[n:]))
    if not gender:
        return name
    ending = {"m": "r", "n": "s", "f": ""}[gender]
    noun = words[n]
    if gender != "f" and noun.endswith("s") and not noun.endswith(("ss", "us")):
        base = noun[:-2] if noun.endswith("es") and noun[-3] in "dtsßzx" else noun[:-1]
        if body_gender(base) == gender:
            noun = base  # „des Statistischen Landesamts“: Landesamt
    return " ".join([w[:-1] + ending for w in words[:n]] + [noun] + words[n + 1 :])


def _roles_as_named(ctx: Pass) -> None:
    """A pronoun that stood for a role („ihren“ for „die Ministerin“) stands for the person the
    role turned out to be (Carola Weidinger): the role's phrase is a person's mention in
    `People`, its name is only known once the role is resolved."""
    named = {
        a.hit.text.casefold(): a.resolved
        for a in ctx.attrs
        if a.hit.kind == "descriptive" and a.resolved and a.resolved != a.hit.text
    }
    for a in ctx.attrs:
        if a.hit.kind in ("pronoun", "possessive", "age") and a.resolved:
            better = named.get(a.resolved.casefold())
            if better is not None:
                a.resolved = better


def _titled_by_role(ctx: Pass, namer: Namer) -> tuple[tuple[int, int, str], ...]:
    """People the article introduces with their role before the name ("Sportdirektor Till
    Reinartz", "Trainer Ömer Kaplan", "chief executive Leo Varga"), their age after it
    ("Moira Fenwick, 52,", „Gisela Arndtsen (78)“), their role after it („Engelbert
    Krumsiek, Chefarzt der Klinik, …“) or before it and a comma ("the managing director,
    Yevgenia Brocklebank"), though no list knows the forename: so
    "der 41-Jährige" and "she" can find them."""
    test = ctx.forename_test(namer)
    found = []
    for block in ctx.article.blocks:
        if block.kind in NON_ARTICLE_KINDS:
            continue
        at = block.start
        while (m := _ROLE_NAME.search(ctx.text, at, block.end)) is not None:
            if namer.is_role(m.group("role")) and test(m.group("first")):
                name = POSSESSIVE_S.sub("", m.group("name"))  # "Singer Rosa Penhale's voice"
                found.append((m.start("name"), m.start("name") + len(name), name))
                at = m.end()
            else:  # „Grünstadts Sportdirektor Till Reinartz“: try again from the next word
                at = m.start("name")
        for m in _NAME_AGE.finditer(ctx.text, block.start, block.end):
            if test(m.group("first")) and not listed_as_other(m.group("first"), namer):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        for pattern in (_ROLE_COMMA_NAME, _NAME_ROLE):  # the role before the name, or after
            for m in pattern.finditer(ctx.text, block.start, block.end):
                if (
                    namer.is_role(m.group("role"))
                    and test(m.group("first"))
                    and not listed_as_other(m.group("first"), namer)
                ):
                    found.append((m.start("name"), m.end("name"), m.group("name")))
    return tuple(sorted(set(found)))


def _lone_capitals(ctx: Pass, namer: Namer) -> tuple[str, ...]:
    """Capitalised words the article also uses alone, as surnames are ("Ashworth remembers",
    „sagte Feldhaus“): not next to another capitalised word, never after a determiner, never
    in lower case, no word a list knows. `People` keeps those that follow a forename."""
    lower = ctx.lower_words()
    found: set[str] = set()
    common: set[str] = set()  # written after a determiner or a number somewhere: a noun
    known: dict[str, bool] = {}  # each word's verdict from the lists, asked once per word

    def listed(word: str) -> bool:
        if word not in known:
            known[word] = (
                len(word) < 3
                or word.casefold() in lower
                or word in namer.first
                or listed_as_other(word, namer)
                or (namer.lang == "de" and word.casefold().endswith(_GERMAN_NOUN_ENDINGS))
            )
        return known[word]

    for block in ctx.article.blocks:
        if block.kind in NON_ARTICLE_KINDS:
            continue
        for m in _CAPITAL.finditer(ctx.text, block.start, block.end):
            word = m.group("w")
            if word in found or listed(word):
                continue
            prev = _WORD_BEFORE.search(ctx.text, max(block.start, m.start() - 30), m.start())
            nxt = _WORD_AFTER.match(ctx.text, m.end(), min(block.end, m.end() + 30))
            if (prev and prev.group(1)[:1].isupper()) or (nxt and nxt.group(1)[:1].isupper()):
                continue
            if prev and (
                prev.group(1).casefold() in namer.determiners
                or prev.group(1).casefold() in namer.quantifiers
                or prev.group(1)[:1].isdigit()
            ):
                common.add(word)  # „neue Plätze … zwölf Plätze“: a noun, counted or determined
                continue
            found.add(word)
    return tuple(sorted(found - common))


# "Fairway Bet was offering odds …, according to its website": "its" after "according to" is
# the name that opens the sentence
_ACCORDING_TO_ITS = re.compile(r"\baccording\s+to\s+\Z", re.IGNORECASE)
_OPENING_NAME = re.compile(
    r"(?P<name>[" + CAPITALS + r"][\w’'&\-]*"
    r"(?:\s+(?:(?:of|and|&)\s+)?[" + CAPITALS + r"][\w’'&\-]*)*)"
    r"(?=\s+[a-z])"
)


def _opening_name_owns(ctx: Pass, a: Attr) -> str | None:
    """ "Hollingmere Airport handled 412,000 passengers, according to its annual report": the
    sentence's opening name is the "its" of its own report, not a body that spoke before."""
    if a.namer.lang != "en" or a.hit.text.casefold() not in ("its", "their"):
        return None
    if not _ACCORDING_TO_ITS.search(ctx.text, max(0, a.hit.start - 20), a.hit.start):
        return None
    lo, _ = ctx.sentence(a.hit.start)
    m = _OPENING_NAME.match(ctx.text, lo, a.hit.start)
    if m is None:
        return None
    name = m.group("name")
    first = name.split()[0].casefold()
    if first in a.namer.determiners or first in a.namer.not_names or ctx.people.known(name):
        return None
    if " " not in name and not re.search(rf"[a-z,] {re.escape(name)}\b", ctx.text):
        return None  # "Sales fell 4%, according to its accounts": a noun, written as a name
    return name  # nowhere but at a sentence's start


_INDEFINITE_OPENING = re.compile(r"(?:A|An)\s+[a-z]")


def _lede_body_named_next(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "A bus company in northern England will stop running evening buses …, it said on
    Friday." then "Hawkspur Buses, which runs route 9, said …": a wire's lede describes the body
    its "it" is and names it at the start of the next paragraph."""
    described = a.hit.kind == "descriptive" and a.hit.text.casefold().startswith("the ")
    if a.namer.lang != "en" or (a.hit.text.casefold() != "it" and not described) or a.block > 4:
        return None
    lo, _ = ctx.sentence(a.hit.start)
    dateline = DATELINE_START.match(ctx.text, lo, a.hit.start)
    if not _INDEFINITE_OPENING.match(ctx.text, dateline.end() if dateline else lo, a.hit.start):
        return None
    blocks = ctx.article.blocks
    if a.block + 1 >= len(blocks):
        return None
    opening = blocks[a.block + 1].start
    for start, _, name in orgs:
        if opening <= start <= opening + 4 and not ctx.people.known(name):
            return name
    return None


def _body_later_in_sentence(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "According to its privacy policy, Pulsewise shares …": "its" points ahead, to the body
    the main clause names after the comma."""
    lo, hi = ctx.sentence(a.hit.start)
    comma = ctx.text.find(", ", a.hit.end, hi)
    if comma < 0:
        return None
    for start, _, name in orgs:
        if comma < start < min(hi, comma + 40):
            return name
    hit = a.namer.from_phrase(ctx.text, comma + 2, min(hi, comma + 60))
    if hit is not None and hit.kind == "name" and not a.namer.is_person(hit.text):
        return hit.text
    return None


def _role_persons(ctx: Pass, namer: Namer) -> tuple[tuple[int, int, str, str], ...]:
    """Persons named by a role only, as (start, end, phrase, gender): speakers such as "a
    spokeswoman for Northwire", „Ihr Anwalt“, and a sentence's subject such as „Ihr Sohn
    verfolgte …“, "The defendant …" (so "he" and „er“ can stand for them)."""
    found: dict[int, tuple[int, int, str, str]] = {}
    for a in ctx.attrs:
        if a.hit.kind != "descriptive":
            continue
        words = [w for w in a.hit.text.split() if w.casefold() not in namer.determiners]
        if words and namer.is_role(words[0]) and not namer.is_group(words[0]):
            named = _ROLE_THEN_NAME.match(ctx.text, a.hit.end)
            phrase = a.hit.text
            if named is not None and ctx.forename_test(namer)(named.group("first")):
                phrase = named.group("name")  # „Der Bürgermeister …, Onno Feldhaus, …“
                a.resolved = phrase
            elif a.hit.text.split()[0].casefold() in _SUBJECT_ARTICLES:
                # „Spreckels (76) schüttelt den Kopf. „…“, schimpft die Leiterin des …“
                phrase = _named_just_before(ctx, a.hit.start, words[0], phrase, namer.lang)
                if phrase != a.hit.text:
                    a.resolved = phrase
            found[a.hit.start] = (
                a.hit.start,
                a.hit.end,
                phrase,
                role_gender(words[0], a.hit.text, namer.lang),
            )
    for block in ctx.article.blocks:
        if block.kind in NON_ARTICLE_KINDS:
            continue
        for m in _ROLE_SUBJECT.finditer(ctx.text, block.start, block.end):
            noun = m.group("noun")
            # „Eine Verkäuferin …, die …, ist erleichtert“: a feminine agent noun is a person
            agent = (
                namer.lang == "de"
                and m.group().startswith("Eine ")
                and noun.endswith(_FEMININE_AGENT)
                and len(noun) > 6
            )
            if m.start() in found or not (namer.is_role(noun) or agent) or namer.is_group(noun):
                continue
            if namer.lang == "de" and not noun[0].isupper():
                continue
            if namer.lang == "de" and _PLURAL_VERB_NEXT.match(ctx.text, m.end()):
                continue  # „Seine Spieler hätten …“: many, no „er“ or „sie“
            if namer.lang == "en" and (noun[0].isupper() or singular(noun) != noun):
                continue  # "The magistrates accepted …": no "he" or "she"
            direct = _NAME_AFTER_ROLE.match(ctx.text, m.end())
            if direct is not None and ctx.forename_test(namer)(direct.group("first")):
                continue  # „Ihr Vorsitzender Eckhard Marwede sagt“: the name is the mention
            phrase = m.group().strip()
            named = _ROLE_THEN_NAME.match(ctx.text, m.end())
            if named is not None and ctx.forename_test(namer)(named.group("first")):
                phrase = named.group("name")  # „Der Bürgermeister …, Onno Feldhaus, …“
            elif phrase[:1].isupper() and phrase.split()[0].casefold() in _SUBJECT_ARTICLES:
                phrase = _named_just_before(ctx, m.start(), noun, phrase, namer.lang)
            found[m.start()] = (
                m.start(),
                m.end(),
                phrase,
                role_gender(noun, phrase, namer.lang),
            )
    return tuple(sorted(found.values()))


# (after a dateline, if the sentence carries one: „Hüttelstedt – Hannelore Spreckels (76) …“)
_NAME_OPENING = re.compile(
    rf"\s*(?:[{CAPITALS}][\w\-]+[^\S\n]+[–—][^\S\n]+)?"
    rf"(?P<name>(?P<first>{FORENAME})[^\S\n]+[{CAPITALS}][\w'’\-]+)\b"
)


def _named_just_before(ctx: Pass, at: int, noun: str, phrase: str, lang: str) -> str:
    """„Marlene Pfeilsticker kann das nicht nachvollziehen. Die Vorsitzende des Vereins …
    betreut …“: a role that opens the sentence right after one a named person opens, in the
    same paragraph and of her gender, introduces her; else the role is someone new."""
    sentence = ctx.sentence_obj(at)
    before = ctx.article.sentence_before(sentence)
    if before is None or before.block != sentence.block:
        return phrase
    opening = _NAME_OPENING.match(ctx.text, before.start, before.end)
    if opening is None:
        return phrase
    gender = first_names().get(opening.group("first"), "")
    if gender and gender == role_gender(noun, phrase, lang):
        return opening.group("name")
    if (
        not gender
        and AGE_AFTER_NAME.match(ctx.text, opening.end())
        and ctx.forename_test(ctx.namers[lang])(opening.group("first"))
    ):  # „Sigvaldi Brökelmannshof (29) ist … Der Doktorand …“: a forename no list knows, but
        return opening.group("name")  # the age makes her a person, and the role is hers
    return phrase


def _bodies(ctx: Pass, namer: Namer) -> tuple[tuple[int, int, str, str], ...]:
    """German bodies that spoke, with their grammatical gender (start, end, name, gender):
    „die Kammer“ is a „sie“, „der Verband“ an „er“. English "it" and "they" are read apart."""
    if namer.lang != "de":
        return ()
    found = []
    for a in ctx.attrs:
        if a.hit.kind not in ("name", "descriptive") or a.person or a.hit.person:
            continue
        words = [w for w in a.hit.text.split() if w.casefold() not in namer.determiners]
        if not words or namer.gender(a.hit.text) or namer.is_role(words[0]):
            continue
        head = next(
            (w for w in words if namer.is_org_head(w) or w.casefold() in namer.generic_orgs),
            None,
        )
        gender = noun_gender(head) if head else ""
        if gender:
            found.append((a.hit.start, a.hit.end, a.resolved or a.hit.text, gender))
    return tuple(sorted(found))


def _owner_of(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "the commission's own modelling", "Loomhouse's accounts": what a thing of someone's says
    is theirs — the owner resolved as "the commission" or a name would be."""
    words = a.hit.text.split()
    at = next((n for n, w in enumerate(words[:3]) if _OWNER.fullmatch(w)), None)
    if at == 2 and not (words[0].casefold() == "the" and words[1].islower()):
        at = None  # "the parish council's records", not "Diocese of Carnbury's"
    if at is None or at == len(words) - 1:
        return None  # only "the commission's …" or "Orrin's …", not a clause's possessive
    head = words[-1]
    if a.namer.is_group(head) or a.namer.person_noun(head) or a.namer.is_role(head):
        return None  # "Orrin's lawyers", "the club's medical staff": people of their own
    owner = _OWNER.sub(r"\g<w>", words[at])
    if at == 0 and owner[:1].isupper():  # "Loomhouse's", "Orrin's": a name
        return ctx.people.fullname(owner)
    if at == 1 and owner.isupper() and len(owner) > 1:  # "the NDC's prize-money records"
        return ctx.people.fullname(owner)
    if at == 2:
        owner = f"{words[1]} {owner}"
    phrase = " ".join([words[0].lower(), owner]) if at else owner
    fake = Attr(
        NameHit(phrase, a.hit.start, a.hit.start + len(phrase), "descriptive"), a.block, a.namer
    )
    fake.resolved = phrase
    found = _descriptive_source(ctx, fake, orgs)
    if (
        found is None
        and a.namer.is_document(head)
        and (owner.casefold() in a.namer.generic_orgs or words[0].casefold() == "the")
    ):
        # "the club's accounts" with no club named as such, "the line's annual accounts": the
        # club, the line, not the document ("a surveyor's report" stays one: whose, unknown)
        return phrase
    return found


_PUBLISHED_BY = re.compile(
    r"\b(?:published|commissioned|written|released|produced|carried out|conducted|issued|"
    r"compiled|prepared|drawn up|drafted|veröffentlicht|erstellt|herausgegeben|vorgelegt)"
    r"\s+(?:by|von|vom)\s+"
)


# a work and its maker with no verb between: "A survey of 640 parents by the school's
# parent-teacher association found …", „Eine Umfrage von Verdi ergab …“
# (not "Figures obtained by the Evening Post", "records seen by the Courier": who has it)
_BARE_BY = re.compile(
    r"(?<!\bseen)(?<!obtained)(?<!reviewed)(?<!received)(?<!viewed)(?<!leaked)(?<!\bread)"
    r"\s(?:by|von|vom)\s+"
)


# the verb a work's sentence goes on with after its author: "… carried out by the network found"
_REPORTS = re.compile(
    r"\s(?:found|finds|shows?|showed|says?|said|concluded|concludes|suggests?|suggested|"
    r"estimated|estimates|kam|kommt|zeigt|zeigte|ergab|ergibt)\b"
)


def _published_by(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "A review of home closures published by the National Institute for Later Life …
    found": the body named after "published by" in the phrase, whatever the work is called; "a
    survey … carried out by the network" is the network the article named."""
    end = ctx.sentence(a.hit.start)[1]
    by = _PUBLISHED_BY.search(ctx.text, a.hit.start, min(end, a.hit.end + 60))
    if by is None and a.namer.is_document(a.phrase):
        by = _BARE_BY.search(ctx.text, a.hit.end, min(end, a.hit.end + 60))
    if by is None or "," in ctx.text[a.hit.start : by.start()]:
        return None
    stop = _REPORTS.search(ctx.text, by.end(), min(end, by.end() + 80))
    author = a.namer.from_phrase(
        ctx.text, by.end(), stop.start() if stop else min(end, by.end() + 80)
    )
    if author is None:
        return None
    if author.kind == "name":
        return author.text
    if author.kind != "descriptive" or author.text.split()[0].casefold() not in _DEFINITE:
        return None  # "by a charity": someone new, not a body the article named
    body = Attr(author, a.block, a.namer, resolved=author.text)
    found = _descriptive_source(ctx, body, orgs)
    return found if found and found.split()[0].casefold() not in a.namer.determiners else None


def _named_for(ctx: Pass, a: Attr, hit: NameHit, orgs: Orgs) -> str:
    """A document's author as the article names it: "the service" in "Figures published by
    the service" is the Cantleshire Ambulance Service named before."""
    if hit.kind != "descriptive" or hit.text.split()[0].casefold() not in _DEFINITE:
        return hit.text
    body = Attr(hit, a.block, a.namer, resolved=hit.text)
    found = _descriptive_source(ctx, body, orgs)
    return found if found and found.split()[0].casefold() not in a.namer.determiners else hit.text


# a document's maker in the relative clause right after it: "figures the council released to
# the Echo show", "according to a report Greyholt published"
_MADE_BY = re.compile(
    r"[^\S\n]+(?:that[^\S\n]+)?(?P<who>(?:the|its|their)[^\S\n]+[a-z][\w\-]*|it"
    r"|["
    + CAPITALS
    + r"][\w\-’']*(?:[^\S\n]+["
    + CAPITALS
    + r"][\w\-’']*){0,4})[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?"
    r"(?:released|published|compiled|gave|sent|provided|issued|shared|supplied|submitted)\b"
)


def _made_by(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """The body or person who made the document, named in the relative clause after it."""
    m = _MADE_BY.match(ctx.text, a.hit.end)
    if m is None:
        return None
    who = m.group("who")
    if who == "it":  # "… dealt with 2,316 reports, according to figures it published": the
        return _subject_body(ctx, a, orgs)  # body the sentence opens with
    if who[:1].isupper():
        return ctx.people.fullname(who)
    phrase = "the " + who.split()[-1]
    fake = Attr(NameHit(phrase, m.start("who"), m.end("who"), "descriptive"), a.block, a.namer)
    fake.resolved = phrase
    return _descriptive_source(ctx, fake, orgs)


# "published on the council's website", "released by the trust's press office": whose it is
_OWNER_IN_PHRASE = re.compile(
    r"\s+(?:published|posted|released|put)\s+(?:on|by)\s+[Tt]he\s+(?P<kind>[a-z]+)['’]s\b"
)


# "a report to the council's cabinet", "to its markets committee", "to councillors": a report
# that goes to a body's meeting is its officers' work, the body's (as writers label it)
_COUNCIL_LEVEL = r"(?:town|parish|city|county|district|borough)\s+"  # "the town council's"
_REPORT_TO = re.compile(
    rf"\s+to\s+(?:(?P<its>its)\s|(?:the\s+)?(?:{_COUNCIL_LEVEL})?(?P<kind>[a-z]+)['’]s\s"
    rf"|(?:the\s+)?(?:same\s+|{_COUNCIL_LEVEL})?"
    r"(?P<organ>cabinet|councillors|councilors|committee|council|trustees)\b)"
)
# the body an organ that a report goes to belongs to: "a report to the trustees" is the trust's
_ORGAN_OF = {"trustees": "trust"}
# the organs of a council that stand for it before a document: "a cabinet report"
_COUNCIL_ORGANS = frozenset({"cabinet", "councillors", "councilors"})


def _addressed_body(ctx: Pass, a: Attr, end: int, orgs: Orgs, its: bool = True) -> str | None:
    """The body whose meeting the English document ending at `end` was written for."""
    m = _REPORT_TO.match(ctx.text, end) if a.namer.lang == "en" else None
    if m is None:
        return None
    if m.group("its"):
        if not its:
            return None
        found = _subject_body(ctx, a, orgs)
        if found is None:  # "The scheme cost the council £14,600, according to a report to its
            # finance committee": "its" is the body the sentence named before it
            kind = _last_kind(ctx, a, ctx.sentence(a.hit.start)[0])
            if kind is not None:
                found = _source_called(ctx, a, f"the {kind}", orgs)
        return found
    organ = (m.group("organ") or "").casefold()
    kind = (m.group("kind") or _ORGAN_OF.get(organ, "council")).casefold()
    if kind not in a.namer.generic_orgs:
        return None
    found = _source_called(ctx, a, f"the {kind}", orgs)
    first = a.phrase.split()[:1]  # (an empty phrase has no article)
    if found is None and first and first[0].casefold() in _INDEFINITE:
        # "according to a report to the council" where the article names no council in full:
        # the council as the article calls it, as "the council said" would be ("the report to
        # the committee" may be the one an engineer wrote, named before)
        return f"the {kind}"
    return found


def _author_of(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "the report" → the body that wrote the report named before it ("The report, published
    by Milford Borough Council, …", "a council report")."""
    made = _made_by(ctx, a, orgs)
    if made is not None:
        return made
    owner = (
        _OWNER_IN_PHRASE.match(ctx.text, a.hit.end, ctx.sentence(a.hit.start)[1])
        if a.namer.lang == "en"
        else None
    )
    if owner is not None:  # "a report published on the council's website": the council's
        kind = owner.group("kind").casefold()
        if kind in a.namer.generic_orgs:
            found = _source_called(ctx, a, f"the {kind}", orgs)
            if found is not None:
                return found
    addressed = _addressed_body(ctx, a, a.hit.end, orgs)
    if addressed is not None:
        return addressed
    words = a.phrase.split()
    bare = bool(words) and words[0].casefold() not in a.namer.determiners
    kinds = [
        "council" if w.casefold() in _COUNCIL_ORGANS else w
        for w in words[1 - bare : -1]
        if w.casefold() in a.namer.generic_orgs or w.casefold() in _COUNCIL_ORGANS
    ]
    if len(words) <= 4 and kinds and (bare or words[0].casefold() in a.namer.determiners):
        # "council figures" as "a council report": no determiner before the kind
        # "according to a company statement", "a council report": the company's, the council's
        the = "the" if a.namer.lang == "en" else "die"
        found = _source_called(ctx, a, f"{the} {kinds[-1]}", orgs)
        if found is not None:
            return found
    if words and (len(words) == 1 or words[0].casefold() in _INDEFINITE) and len(words) <= 4:
        # a new document ("memo shows", "an internal review seen by …"): its author is who
        # speaks in its sentence, or the one the article names with it further on
        return _speaker_of_sentence(ctx, a.hit.start, a) or _author_later(ctx, a, words[-1])
    if len(words) not in (2, 3) or words[0].casefold() not in a.namer.determiners:
        return None
    if len(words) == 3 and words[1][:1].isupper() and a.namer.lang == "en":
        return None  # "the Kestrel report": a name of its own
    head = words[-1]  # "the report", "the 14-page report", "the preliminary report"
    best = None
    # every mention before it, however far up: the last one with an author wins
    for m in re.finditer(rf"\b{re.escape(head)}\b", ctx.text[: a.hit.start], re.I):
        at = m.start()
        hit = document_author(ctx, a.namer, at, min(a.hit.start, at + 120))
        if hit is not None:
            best = _named_for(ctx, a, hit, orgs)
        before = re.search(r"(\w+)\s+$", ctx.text[max(0, at - 30) : at])
        kind = before.group(1).casefold() if before else ""
        kind = "council" if kind in _COUNCIL_ORGANS else kind
        if kind in a.namer.generic_orgs:
            fake = Attr(NameHit(kind, at - 1, at, "descriptive"), a.block, a.namer)
            fake.resolved = "the " + kind
            best = named_body(ctx, fake, kind, orgs) or best
        if kind not in ("her", "his", "their"):  # "In her report to councillors, the chief
            # finance officer, …": hers, as the sentence says
            best = _addressed_body(ctx, a, at + len(m.group()), orgs, its=False) or best
        if hit is None and best is None:
            best = _speaker_of_sentence(ctx, at)  # "X confirmed … in a statement"
    return best


# „nach Angaben ihres Verteidigers (Xaver Pieplow)“: a German possessive, then a role
_ROLE_AFTER_POSSESSIVE = re.compile(
    r"[^\S\n]+(?P<role>[" + CAPITALS + r"][\w\-]+)(?:[^\S\n]+(?P<name>[" + CAPITALS + r"][\w\-]+"
    r"(?:[^\S\n]+[" + CAPITALS + r"][\w\-]+)+))?"
)


def _role_after_possessive(ctx: Pass, a: Attr) -> str | None:
    """„nach Angaben ihres Geschäftsführers Quirinus Rieskamp“, „nach Angaben seines
    Verteidigers“: who says it is the one in that role — named right after it, or introduced
    with it before („über ihren Verteidiger Xaver Pieplow“) — not the one the possessive is
    of. A spokesperson without a name stays its body's voice."""
    m = _ROLE_AFTER_POSSESSIVE.match(ctx.text, a.hit.end) if a.namer.lang == "de" else None
    if m is None:
        return None
    base = genitive_base(m.group("role"))
    if not a.namer.is_role(base):
        return None
    name = m.group("name")
    if name is not None and ctx.forename_test(a.namer)(name.split()[0]):
        return ctx.people.fullname(name)
    if base.casefold() in a.namer.spokespersons:
        return None
    forms = (base, base[:-1]) if base.endswith("en") else (base,)  # „Vorsitzenden“: -e, -en
    return next((p for f in forms if (p := person_with_role(ctx, a, f, compounds=False))), None)


def _speaker_of_sentence(ctx: Pass, at: int, own: Attr | None = None) -> str | None:
    """Who speaks in the sentence holding `at` ("In a statement read … by their solicitor, Mrs
    Dunmore's family said …"): the document it mentions is theirs."""
    lo, hi = ctx.sentence(at)
    for b in ctx.attrs:
        if b.hit.start >= hi:
            break  # in text order
        if b is own or b.hit.start < lo:
            continue
        if ";" in ctx.text[min(at, b.hit.start) : max(at, b.hit.start)]:
            continue  # "Post-mortem says …; customers say …": another clause's speaker
        if b.resolved and b.hit.kind in ("name", "descriptive"):
            if not b.namer.is_document(b.resolved):
                return b.resolved
    return None


_INDICTMENTS = frozenset({"Anklage", "Anklageschrift"})


_ITS_OWNER = re.compile(OWNER_AFTER)  # „Förderverein des Museums“: whose kind it is


def _with_its_owner(ctx: Pass, a: Attr) -> str | None:
    """A German body by its kind alone, with the owner after it that tells which it is."""
    word = a.resolved or ""
    if " " in word or not a.namer.is_org_head(word) or not a.hit.text.endswith(word):
        return None
    owner = _ITS_OWNER.match(ctx.text, a.hit.end)
    return word + owner.group() if owner is not None else None


# „die Verbraucherberatung Wulfsbrügge“: a „die“ and a kind with its proper name
_FEMININE_BODY = re.compile(
    r"\b(?:die|der)[^\S\n]+(?P<name>(?P<kind>["
    + CAPITALS
    + r"]["
    + SMALL
    + r"]{4,})(?:[^\S\n]+["
    + CAPITALS
    + r"][\w\-]+)+)"
)
# a German „Sie“ opening a sentence with a singular verb (not „Sie haben“, „Sie zählten“)
_SHE_SINGULAR = re.compile(r"Sie[^\S\n]+(?!sind\b)[" + SMALL + r"]+(?<!en)\b")


def _her_body_just_before(ctx: Pass, at: int, namer: Namer, orgs: Orgs) -> str | None:
    """„Fälle wie diesen kennt die Verbraucherberatung Wulfsbrügge. Sie zählte …“: a singular
    „Sie“ opening a sentence stands for the one feminine body the sentence before names, when
    that sentence names no person, rather than for a woman (or a man) named further back."""
    if namer.lang != "de" or not _SHE_SINGULAR.match(ctx.text, at):
        return None
    if ctx.sentence(at)[0] != at:
        return None
    prev = ctx.article.sentence_before(ctx.sentence_obj(at))
    if prev is None or ctx.people.mentions_in(prev.start, prev.end):
        return None
    found = {
        name
        for start, _, name in orgs
        if prev.start <= start < prev.end and " " in name and body_gender(name) == "f"
    } | {
        m.group("name")
        for m in _FEMININE_BODY.finditer(ctx.text, prev.start, prev.end)
        if noun_gender(m.group("kind")) == "f" and not namer.is_person(m.group("name"))
    }
    return found.pop() if len(found) == 1 else None


def _prosecution_of_indictment(ctx: Pass, word: str) -> str | None:
    """„Laut Anklage …“: the indictment is the prosecution's, when the article names one, by
    its place („Die Staatsanwaltschaft Velbrück wirft ihnen … vor“) or without one."""
    return the_prosecution(ctx.text) if word in _INDICTMENTS else None


_COMPLAINTS = frozenset({"Klage", "Klageschrift"})
_NAME_RUN = rf"[{CAPITALS}][\w\-]+(?:[^\S\n]+[{CAPITALS}](?:[\w\-]+|\.)){{0,3}}"  # („Gesa M.“)
# who brings the case: the caption's first party („Az. 4 C 612/26 – Eickhoff gegen Ronnebaum“),
# „klagt Eickhoff nun“, „Kläger Ludwig Reischl“ (or a caption's „Klägerin: Gesa M. (61)“),
# „Roswitha Schwiering (71) verklagt …“, „Sie hat ihren Nachbarn verklagt“
_PLAINTIFF = re.compile(
    rf"(?:Az\.|Aktenzeichen)[^\n–]*–[^\S\n]*(?P<caption>{_NAME_RUN}?)[^\S\n]+gegen[^\S\n]"
    rf"|\b(?:klagt|klagte)[^\S\n]+(?:nun[^\S\n]+|jetzt[^\S\n]+)?(?P<after>{_NAME_RUN})"
    rf"|\bKläger(?:in)?:?[^\S\n]+(?P<titled>{_NAME_RUN})"
    rf"|(?P<before>{_NAME_RUN})(?:[^\S\n]+\(\d+\))?[^\S\n]+verklagt(?:e|en)?\b"
    rf"|\b(?P<pronoun>Sie|Er)[^\S\n]+(?:hat|hatte)[^\S\n]+[^.!?\n]{{0,60}}?\bverklagt\b"
)


def _plaintiff_of_complaint(ctx: Pass, a: Attr) -> str | None:
    """„Laut Klageschrift …“, „heißt es in der Klage“: the complaint speaks for whoever brought
    the case, as the article names them (the last before it, or else the first after it)."""
    if a.resolved not in _COMPLAINTS or a.namer.lang != "de":
        return None
    found = None
    for m in _PLAINTIFF.finditer(ctx.text):
        if m.start() >= a.hit.start and found is not None:
            break
        if m.group("pronoun"):
            who = ctx.people.person_at(m.start("pronoun"))
        else:
            group = m.lastgroup or 0
            hit = a.namer.from_phrase(ctx.text, m.start(group), m.end(group))
            who = None
            if hit is not None and hit.kind == "name" and not a.namer.is_document(hit.text):
                who = ctx.people.fullname(hit.text)
                if len(who.split()[-1]) == 1 and ctx.text.startswith(".", hit.end):
                    who += "."  # „Gesa M.“: the initial's dot, which the phrase took for a stop
                if not ctx.people.known(who) and " " not in who:
                    who = None  # a lone word no person nor body is called
        if who and who[0].isupper():  # (not „die Rentnerin“, a role the pronoun stood for)
            found = who
            if m.start() >= a.hit.start:
                break
    return found


def _document_holder(ctx: Pass, a: Attr) -> str | None:
    """„heißt es in dem Brief“ after „In einem Brief an die Jury … wirft sie … vor“: who speaks
    in the sentence that last named the same document, in this paragraph or the two before."""
    word = a.resolved or a.hit.text
    lo = ctx.article.blocks[max(0, a.block - 2)].start
    last = None
    for m in re.finditer(rf"\b{re.escape(word)}", ctx.text[lo : a.hit.start], re.I):
        last = lo + m.start()
    if last is None or ctx.sentence(last)[0] == ctx.sentence(a.hit.start)[0]:
        return None
    start, end = ctx.sentence(last)
    for b in ctx.attrs:
        if start <= b.hit.start < end and b.resolved and b.resolved != b.hit.text:
            if b.hit.kind == "pronoun" or (b.hit.kind == "name" and ctx.is_person(b)):
                return b.resolved
    return None


_THE_KIND = re.compile(r"\b[Tt]he[^\S\n]+([a-z]+)\b")


def _last_kind(ctx: Pass, a: Attr, lo: int) -> str | None:
    """The last body named by its kind between `lo` and `a` ("the council", "the council's"):
    what an "its" or a "their" after it stands for."""
    kinds = [
        m.group(1).casefold()
        for m in _THE_KIND.finditer(ctx.text, lo, a.hit.start)
        if m.group(1).casefold() in a.namer.generic_orgs
    ]
    return kinds[-1] if kinds else None


def _possessor_of_document(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "Its decision notice says", "Their letter says", "Her report puts …": whose document it
    is, though that one has not spoken yet: the body named before for "its" and "their", the
    person named before for "her" and "his"."""
    first = a.hit.text.split()[0].casefold()
    if a.namer.lang != "en" or first not in ("its", "their", "her", "his"):
        return None
    if first in ("her", "his"):
        person = ctx.people.person_before(a.hit.start, a.block)
        wanted = "f" if first == "her" else "m"
        return person if person and ctx.people.gender.get(person, wanted) == wanted else None
    body = _body_before(ctx, a, orgs, groups=first == "their")
    if body is None or ctx.people.known(body):  # the body the sentence before names
        lo = ctx.sentence(a.hit.start)[0]
        before = ctx.article.sentence_before(ctx.sentence_obj(lo))
        if before is not None and before.block >= a.block - 1:
            lo = before.start
        kind = _last_kind(ctx, a, lo)  # "But the council refused consent. Its decision notice …"
        body = named_body(ctx, a, kind, orgs) if kind is not None else None
    return None if body is None or ctx.people.known(body) else body


def _its(a: Attr) -> bool:
    """ "Its decision notice", "its report": a phrase a body owns, never a person."""
    return a.namer.lang == "en" and a.hit.text.split()[0].casefold() == "its"


def _maker_in_relative(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """„Das geht aus dem Bericht hervor, den Hainzlmeier dem Verein vorgelegt hat“, „Laut der
    Baugenehmigung, die der Landkreis dem Hotel erteilt hat, …“: the subject of a relative
    clause that tells who made the document, where the paragraph (or the one before or after)
    writes one."""
    word = a.resolved or ""
    if a.namer.lang != "de" or " " in word:
        return None
    blocks = ctx.article.blocks
    lo = blocks[max(0, a.block - 1)].start
    hi = blocks[min(len(blocks) - 1, a.block + 1)].end
    hit = made_by_relative(ctx, a.namer, lo, hi, word)
    if hit is None:
        return None
    if hit.kind == "name":
        return ctx.people.fullname(hit.text) if a.namer.is_person(hit.text) else hit.text
    fake = Attr(hit, a.block, a.namer, resolved=hit.text)
    return _descriptive_source(ctx, fake, orgs)


def _issuer_before(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """„…, heißt es in dem Bescheid“ after „Der Landkreis Sibbelhausen hat den Antrag
    abgelehnt“, "…, figures show": a document (as the language's lexicon knows them) that no
    one was named with is the work of the body that spoke last, in this paragraph or the one
    before."""
    words = (a.resolved or "").casefold().split()
    if a.namer.lang == "en" and len(words) == 2 and words[0] in ("the", "its", "their"):
        words = words[1:]  # "the letter said", "its statement says"
    if len(words) != 1 or not a.namer.is_document(words[0]):
        return None
    return _body_before(ctx, a, orgs, speakers_only=True)


def _author_later(ctx: Pass, a: Attr, head: str) -> str | None:
    """The author the article gives the same document further on, within six paragraphs ("…,
    report finds" … "a report published by the Hedgelink Trust")."""
    hi = ctx.article.blocks[min(len(ctx.article.blocks) - 1, a.block + 6)].end
    for m in re.finditer(rf"\b{re.escape(head)}\b", ctx.text[a.hit.end : hi], re.I):
        at = a.hit.end + m.start()
        hit = document_author(ctx, a.namer, at, min(hi, at + 120))
        if hit is not None:
            return hit.text
    return None


def _subject_just_before(ctx: Pass, a: Attr) -> str | None:
    """A German „seiner“ / „ihrer“ in the sentence right after one whose subject is a person of
    that gender („Marktforscher Jonas Ebelhäuser … erwartet …. Bis dahin dürften nach seiner
    Einschätzung …“): that person, though a body spoke earlier in the paragraph."""
    word = a.hit.text.casefold()
    if a.namer.lang != "de" or not word.startswith(("sein", "ihr")):
        return None
    lo = ctx.sentence(a.hit.start)[0]
    end = len(ctx.text[:lo].rstrip())  # the previous sentence's last character, past the gap
    if end == 0:
        return None
    previous = ctx.sentence(end - 1)[0]
    if ctx.article.block_index_at(previous) < a.block - 1:
        return None
    person = ctx.people.subject_since(previous, lo)
    if person is None or not a.namer.is_person(person):
        return None  # „Im Frühjahr hat sie angebaut“: „sie“ was the Kita, a body
    gender = ctx.people.gender.get(person, "")
    return person if gender == ("m" if word.startswith("sein") else "f") else None


def _person_mentioned_before(ctx: Pass, a: Attr) -> str | None:
    """A German „seinen“ that no subject or body accounts for: the man named last in its
    paragraph or the one before, in any part of a sentence („die Bude von Wendelin
    Steinlechner. … kommen nach seinen Angaben bis zu 400 Kinder“). Not „ihren“, which may
    be many's or a body's („Der Schaden lag nach ihren Angaben …“ of a Verbraucherzentrale)."""
    if a.namer.lang != "de" or not a.hit.text.casefold().startswith("sein"):
        return None
    lo = ctx.article.blocks[max(0, a.block - 1)].start
    for _, _, name in reversed(ctx.people.mentions_in(lo, a.hit.start)):
        gender = ctx.people.gender.get(name, "")
        if gender == "m":
            return name
        if not gender:
            return None  # someone whose gender is unknown may be the one meant
    return None


def _role_holder_before(ctx: Pass, a: Attr) -> str | None:
    """One person's role at a body („der Vorsitzende des Brunnenvereins Bornwinkel“, "the
    chairman of the society") is the person named last in its paragraph, when that person's
    gender is the role's; a group of the body's people speaks for the body."""
    opening = a.hit.text.split()[:1]
    if not opening or opening[0].casefold() not in ("der", "die", "the"):
        return None  # „Eine Gebietsreferentin des Landesamts“: someone not named yet
    words = [w for w in a.hit.text.split() if w.casefold() not in a.namer.determiners]
    if len(words) < 2 or not a.namer.is_role(words[0]) or a.namer.is_group(words[0]):
        return None  # („der Stiftungsvorstand“: a board, one word with its body's)
    gender = role_gender(words[0], a.hit.text, a.namer.lang)
    named = ctx.people.mentions_in(ctx.article.blocks[a.block].start, a.hit.start)
    if not gender or not named:
        return None
    start, _, name = named[-1]
    if any(lo <= start < lo + len(body) for lo, _, body in ctx.orgs or ()):
        return None  # „Stiftung Sammlung Fendrich“: a body's name, no person named there
    return name if ctx.people.gender.get(name, "") == gender else None


def _possessive_fits(a: Attr) -> Callable[[str | None], str | None]:
    """A test of a body for a German possessive: „seinen Angaben“ is a „der“'s or a „das“'s,
    never a „die“'s („Flinkstrom GmbH“), „ihrer Einschätzung“ a „die“'s or many's, never a
    „der“'s („Landesverband“); a body whose gender is unknown fits either."""
    word = a.hit.text.casefold()
    if a.namer.lang != "de" or not word.startswith(("sein", "ihr")):
        return lambda body: body
    # („ihren Berechnungen“ after „Die Umweltschützer vom Bündnis Elbaue“ is the members'
    # plural, so a „das“ body may stand behind „ihr“ after all)
    wrong = ("f",) if word.startswith("sein") else ("m",)

    def fits(body: str | None) -> str | None:
        return None if body is None or body_gender(body) in wrong else body

    return fits


_OWNED = re.compile(r"\s(?:des|der)\s")  # „Ehrenamtsagentur des Landkreises Achterbruch“


def _object_case(text: str, at: int, name: str) -> bool:
    """Whether the article before a German body's name makes it an object: „dem“, „den“ (the
    articles cues.OBJECT_BEFORE knows), or „der“ before a feminine one („der Stadt“ is never
    the subject)."""
    if OBJECT_BEFORE.search(text, max(0, at - 8), at):
        return True
    return text[max(0, at - 4) : at].casefold() == "der " and body_gender(name) == "f"


# a sentence's subject, its finite verb and the article of an object right after it: „Ihre
# Fraktion will das “, „Der Verein hat den “ (the body after it is no subject)
_OPENING_THEN_VERB = re.compile(
    r"\s*(?:Der|Die|Das|Ihre|Seine|Unsere)[^\S\n]+"
    rf"(?:[{CAPITALS}][{SMALL}]+[^\S\n]+){{1,2}}[{SMALL}]+[^\S\n]+(?:das|den|einen|ein)[^\S\n]+"
)


def _own(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "nach eigenen Angaben": the body named last before it in its sentence, else the person
    its subject names or stands for."""
    lo = ctx.sentence(a.hit.start)[0]
    named = ctx.people.mentions_in(lo, a.hit.start)

    def in_a_name(at: int) -> bool:  # inside „Klaus-Dieter Wendlandt“: not the family firm
        return any(s < at < e for s, e, _ in named)

    best: tuple[int, str] | None = None
    seen: list[tuple[int, str]] = []  # every body named before, for a subject behind an object
    for start, _, name in orgs:
        if lo <= start < a.hit.start and not in_a_name(start):
            if (
                best is not None
                and best[0] < start < best[0] + len(best[1])
                and _OWNED.search(best[1]) is not None
            ):
                continue  # „Die Ehrenamtsagentur des Landkreises X“: the agency, not its owner
            best = (start, name)
            seen.append(best)
    known = {
        b.resolved
        for b in ctx.attrs
        if b.resolved and b.hit.kind in ("name", "quoted") and not ctx.is_person(b)
    }
    for name in known:
        # the last mention as a word of its own (a genitive „-s“ / „-es“ after it, „des
        # Klinikums“), not „Stadt“ inside „Stadtreinigung“
        word = re.compile(rf"(?<!\w){re.escape(name)}(?:e?s)?(?!\w)")
        at = max((m.start() for m in word.finditer(ctx.text, lo, a.hit.start)), default=-1)
        if at < 0 or in_a_name(at):
            continue
        seen.append((at, name))
        # at one place the longer name („Stadt Ulmenbrück“ over „Stadt“), whatever the set's order
        if best is None or (at, len(name)) > (best[0], len(best[1])):
            best = (at, name)
    if best is not None and _OPENING_THEN_VERB.fullmatch(ctx.text, lo, best[0]):
        best = None  # „Ihre Fraktion will das Leihamt nach eigenen Angaben …“: its object
    if best is not None and named and named[0][0] < best[0] and _object_case(ctx.text, *best):
        # „Der Architekt Breogán Rekersbrink hat der Stadt nach eigenen Angaben …“: the body
        # is whom he wrote to, the person opening the sentence its subject
        return named[0][2]
    if best is not None and _object_case(ctx.text, *best):
        # „Die Stadtwerke haben der Stadt nach eigenen Angaben angeboten“: the body named
        # before the object, as the subject opening the sentence, made the offer
        opening = [
            (at, name)
            for at, name in seen
            if at + len(name) <= best[0]
            and ctx.text[lo:at].strip().casefold() in ("", "der", "die", "das")
        ]
        if opening:
            best = max(opening, key=lambda s: len(s[1]))
    if best is None:  # „Sie zahlt nach eigenen Angaben …“: the person the subject stands for
        after = _OWN_THEN_SUBJECT.match(ctx.text, lo, min(len(ctx.text), lo + 120))
        if after is not None and after.group("name"):
            return ctx.people.fullname(after.group("name"))
        if after is not None:  # „Nach eigenen Angaben ist der Verein der einzige Träger …“
            kind = after.group("kind").casefold()
            return named_body(ctx, a, kind, orgs) or _kind_named(ctx, kind, a.hit.start)
        if named:
            return named[-1][2]
        pronoun = (
            _PRONOUN_OPENING.match(ctx.text, lo, a.hit.start)
            or _PRONOUN_BEFORE_OWN.search(ctx.text, lo, a.hit.start)
            or (_PRONOUN_AFTER_OWN.match(ctx.text, a.hit.end) if a.hit.start - lo < 6 else None)
        )
        if pronoun is not None:
            at = pronoun.start("pronoun")
            her_body = _her_body_just_before(ctx, at, a.namer, orgs)
            if her_body is not None:
                return her_body  # „… die Verbraucherberatung X. Sie zählte nach eigenen …“
            person = ctx.people.person_at(at)
            if person is None and pronoun.group("pronoun").casefold() == "sie":
                # „Die Bürgerinitiative … Sie hat nach eigenen Angaben …“: a body is a „sie“
                body = _body_before(ctx, a, orgs)
                if body is None or neuter(body):
                    return None
                return _kind_with_quoted_name(ctx, body, a.hit.start) or body
            return person
        if _AGE_OPENING.match(ctx.text, lo, a.hit.start):
            # „Der 51-Jährige hat nach eigenen Worten …“: the person named before
            return ctx.people.person_before(lo, a.block)
        inverted = _subject_before_own(ctx, a, lo, orgs)
        if inverted is not None:
            return inverted
        # „Der Verband will nach eigenen Angaben …“: the body the subject names by its kind,
        # when a name accounts for it (not „der Verband“ itself)
        subject = (
            _subject_body(ctx, a, orgs)
            or _kind_named_before(ctx, a, lo)
            or _one_word_subject(ctx, a, lo)
            or _named_subject_before_verb(ctx, a, lo)
        )
        if subject is None or subject.split()[0].casefold() in a.namer.determiners:
            return None
        return subject
    return body_in_full(ctx, best[1], a.namer) if best else None


_VERB_BEFORE_OWN = re.compile(r"[^\S\n]+(?:[" + SMALL + r"]+[^\S\n]+){1,2}$")


def _named_subject_before_verb(ctx: Pass, a: Attr, lo: int) -> str | None:
    """„Der Händlerring Wendelhorst hat nach eigenen Angaben …“, „Regioliner Süd betreibt nach
    eigenen Angaben …“: a name that opens the sentence right before its finite verb."""
    verb = _VERB_BEFORE_OWN.search(ctx.text, lo, a.hit.start)
    if verb is None:
        return None
    hit = a.namer.before(ctx.text, verb.start(), lo)
    if hit is None or hit.kind != "name" or a.namer.is_document(hit.text):
        return None
    if ctx.text[lo : hit.start].strip().casefold() not in ("", "der", "die", "das"):
        return None  # not the sentence's opening phrase
    if (
        _PARTICIPLE.fullmatch(hit.text)
        and _AUXILIARY_THEN_SUBJECT.match(ctx.text, hit.end)
        and not ctx.people.known(ctx.people.fullname(hit.text))  # not „Gerhardt hat die …“
    ):
        return None  # „Beschlossen hatte der Kirchenvorstand …“: a participle, its subject after
    full = ctx.people.fullname(hit.text)
    pronoun = _VERB_THEN_PRONOUN.match(ctx.text, hit.end)
    if pronoun is not None and not ctx.people.known(full):
        # „Geld bekommt er für die Schafe nach eigenen Angaben nicht“: the object opens, the
        # pronoun after the verb is the subject, the person it stands for
        return ctx.people.person_at(pronoun.start("pronoun"))
    return full


# a finite verb, then a personal pronoun as its subject: „(Geld) bekommt er“
_VERB_THEN_PRONOUN = re.compile(rf"[^\S\n]+[{SMALL}]+[^\S\n]+(?P<pronoun>er|sie)\b")


_PARTICIPLE = re.compile(rf"(?:Ge|Be|Ver|Er|Ent|Zer)[{SMALL}]+(?:en|t)")
_AUXILIARY_THEN_SUBJECT = re.compile(
    r"[^\S\n]+(?:hat|hatte|hatten|haben|wurde|wurden|ist|war|waren|sind)[^\S\n]+"
    r"(?:der|die|das|den|dem|ein|eine|einer)\b"
)


# „Als Ausweg verhandelt die Kammer nach eigenen Angaben …“, „… schließt Tappehorn nach
# eigenen Angaben aus“: the subject after the verb, just before the cue; „Das kostet den
# Verband nach eigenen Angaben …“, „… entgehen dem Unternehmen nach eigener Schätzung …“: the
# one it costs, whose own figure it is
_SUBJECT_BEFORE_OWN = re.compile(
    r"(?<![\w\-])(?:(?P<det>der|die|das|den|dem)\s+)?(?P<noun>[" + CAPITALS + r"][\w\-]+)"
    r"\s+nach\s+$"
)


_MEMBERS = frozenset({"mitglieder", "mitarbeiter", "mitarbeiterinnen", "helfer", "helferinnen"})


def _subject_before_own(ctx: Pass, a: Attr, lo: int, orgs: Orgs) -> str | None:
    """The body an inverted subject right before „nach eigenen Angaben“ names: by its kind
    („die Kammer“: the one Kammer named) or by the first word of its name („Tappehorn“:
    „Tappehorn Frischemärkte“)."""
    m = _SUBJECT_BEFORE_OWN.search(ctx.text, lo, a.hit.start)
    if m is None or m.start() == lo:
        return None  # at the sentence's start the subject rules above decide
    before = ctx.text[lo : m.start()].split()
    if before and before[-1].casefold() in a.namer.prepositions:
        return None  # „mit dem Pesto im Frühjahr nach eigenen Angaben“: when, not who
    noun = m.group("noun")
    if m.group("det"):
        kind = noun.casefold()
        if kind in _MEMBERS:  # „… haben die Mitglieder nach eigenen Angaben …“: their club's
            return _body_before(ctx, a, orgs, groups=False)
        return named_body(ctx, a, kind, orgs) or _kind_named(ctx, kind, a.hit.start)
    person = ctx.people.fullname(noun)
    if person != noun:
        return person  # „… schließt Kühn nach eigenen Angaben aus“: Reinhild Kühn
    return _kind_named(ctx, noun.casefold(), a.hit.start)


# „Nach eigenen Angaben ist der Verein …“: the subject after the verb says whose they are
_OWN_THEN_SUBJECT = re.compile(
    r"\s*Nach\s+eigenen\s+(?:Angaben|Worten|Zahlen|Berechnungen|Schätzungen)\s+[" + SMALL + r"]+\s+"
    r"(?:(?:der|die|das)\s+(?P<kind>[" + CAPITALS + r"][\w\-]+)\b"
    r"|(?P<name>[" + CAPITALS + r"][\w\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w\-]+){0,3})\b)"
)

_PLACE_ADJECTIVE_NAME = re.compile(
    r"[" + CAPITALS + r"][\wäöüß]+er [" + CAPITALS + r"][\wäöüß\-]{3,}(?<![su])s"
)


def _place_name_genitive(ctx: Pass, a: Attr) -> str:
    """„nach Recherchen des Falkenmoorer Wochenechos“: a name of a place's adjective and a
    noun takes its genitive ending on the noun, so the name is „Falkenmoorer Wochenecho“."""
    name = a.resolved or ""
    if (
        a.namer.lang == "de"
        and name == a.hit.text
        and _PLACE_ADJECTIVE_NAME.fullmatch(name)
        and GENITIVE_LINK.search(ctx.text, max(0, a.hit.start - 7), a.hit.start)
    ):
        return name[:-1]
    return name


def _body_named_last(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """„dessen“ / „deren“ point to the noun named last, not to the subject: „An der Prüfung war
    auch das Gewerbeaufsichtsamt Hasseldieck beteiligt. Nach dessen Angaben …“."""
    if a.hit.text not in ("dessen", "deren"):
        return None
    lo = ctx.sentence(a.hit.start)[0]
    before = ctx.article.sentence_before(ctx.sentence_obj(lo))
    if before is not None and before.block == a.block:
        lo = before.start
    named = [name for start, _, name in orgs if lo <= start < a.hit.start]
    return body_in_full(ctx, named[-1], a.namer) if named else None


# a lede's "the body" / "the charity" before the body is named: the first fitting one below
_LEDE_BLOCKS = 3
_ANY_BODY = frozenset({"body", "organisation", "organization"})
_KINDS_OF = {"charity": frozenset({"trust", "charity", "foundation", "society"})}


def _own_kinds_named_below(ctx: Pass) -> None:
    """ "…, its health trust has confirmed", "…, its operator said", "…, the body said" (a
    lede's ways): the body that speaks next, in its paragraph or the two after, when its name
    holds that kind ("North Vellmoor Healthcare NHS Trust") or, for a firm's kind, when no
    public body's word is in it ("Nightrail North"); "the body" is any, "the charity" a trust."""
    for i, a in enumerate(ctx.attrs):
        words = a.hit.text.split()
        if a.namer.lang != "en" or a.hit.kind != "descriptive" or a.resolved != a.hit.text:
            continue
        if len(words) < 2 or len(words) > 4:
            continue
        lede = words[0].casefold() == "the" and len(words) == 2 and a.block <= _LEDE_BLOCKS
        if words[0] not in ("its", "their") and not lede:
            continue
        head = singular(words[-1].casefold())
        firm = head in a.namer.company_nouns
        if (not firm and head not in a.namer.generic_orgs) or (firm and lede):
            continue  # (a lede's "the company" is left to the firm rules)
        for b in islice(ctx.attrs, i + 1, None):  # (no copy of the list per phrase)
            if b.block > a.block + 2:
                break
            if b.hit.kind != "name" or not b.resolved or b.hit.person:
                continue
            if ctx.people.known(b.resolved) or a.namer.gender(b.resolved):
                continue  # a person ("Nightrail North" looks like one to a forename test)
            names = {singular(w.casefold()) for w in b.resolved.split()}
            public = names & (a.namer.org_nouns | a.namer.generic_orgs)
            fits = not (public - a.namer.company_nouns) if firm else head in names
            if lede and not fits:
                fits = head in _ANY_BODY or bool(names & _KINDS_OF.get(head, frozenset()))
            if fits:
                a.called, a.resolved = a.hit.text, b.resolved
                a.note = f"“{a.hit.text}” taken as {b.resolved} (named below)"
            break


_HEADLINE_KIND = re.compile(r"(?:(?P<owner>[a-z]+s[’']|[a-z]+)\s+)?(?P<head>[a-z]+)")


def _headline_kinds_named_below(ctx: Pass, orgs: Orgs) -> None:
    """A headline speaks of a body by its kind ("… as club vows to play on", "and drivers'
    group says …", "farmers' union wants …"): the first body named below it whose name holds
    that kind ("Kelsham Cricket Club") or its owner's word ("Electric Drivers' Association")."""
    blocks = ctx.article.blocks
    for a in ctx.attrs:
        if a.namer.lang != "en" or a.hit.kind != "descriptive":
            continue
        if blocks[a.block].kind not in ("title", "heading") or a.block > 3:
            continue
        m = _HEADLINE_KIND.fullmatch(a.hit.text.removeprefix("the ").removeprefix("The "))
        if m is None or m.group("head") not in a.namer.generic_orgs | {"group", "union", "club"}:
            continue
        words = {m.group("head")}
        if m.group("owner") and m.group("owner").endswith(("s'", "s’")):
            words.add(m.group("owner").casefold())
        for start, _, name in orgs:
            if start > a.hit.end and any(w.casefold() in words for w in name.split()):
                a.resolved = name
                a.note = f"“{a.hit.text}” taken as {name} (named below the headline)"
                break


def _without_kind_of_firm(name: str | None, namer: Namer) -> str | None:
    """A German firm's name without the word for its kind set before it: „Bürstenhersteller
    Kallwitz“ → Kallwitz, „Firma Nordkälte Brenner“ → Nordkälte Brenner."""
    if not name or namer.lang != "de" or " " not in name:
        return name
    first, rest = name.split(" ", 1)
    fold = first.casefold()
    kind = fold == "firma" or any(
        fold.endswith(h) and len(fold) > len(h) + 2 for h in (*namer.kind_heads, "tochter")
    )
    return rest if kind and rest[:1].isupper() and "-" not in first else name


_QUOTED_NAME_AFTER = re.compile(r"[^\S\n]+(?P<name>[„»\"][^“«\"\n]{2,60}[“«\"])")


def _kind_with_quoted_name(ctx: Pass, kind: str, end: int) -> str | None:
    """„Bürgerinitiative“ as the article named it before `end`: „Bürgerinitiative „Rettet die
    Lohmühle““ (a group by its kind, then its name in quotation marks)."""
    if " " in kind or _KIND_BEFORE_QUOTE.search(kind + " ") is None:
        return None
    key = f"quoted:{kind}"  # every such name found once per article, then a bisect
    found = ctx.introduced.get(key)
    if found is None:
        named = re.compile(rf"\b{re.escape(kind)}[^\S\n]+[„»\"][^“«\"\n]{{2,60}}[“«\"]")
        matches = list(named.finditer(ctx.text))
        found = ctx.introduced[key] = ([m.end() for m in matches], [m.group() for m in matches])
    i = bisect_right(found[0], end)
    return found[1][i - 1] if i else None


_ONE_WORD_OPENING = re.compile(r"(?P<name>[" + CAPITALS + r"][\w\-]+)[^\S\n]+(?=[" + SMALL + r"])")


def _one_word_subject(ctx: Pass, a: Attr, lo: int) -> str | None:
    """„Kerstholt verschickt nach eigenen Angaben …“: the one capitalised word that opens the
    sentence before its verb, when the article writes it as a name elsewhere too (a person's
    surname is that person)."""
    m = _ONE_WORD_OPENING.match(ctx.text, lo, a.hit.start)
    if m is None:
        return None
    word = m.group("name")
    namer = a.namer
    if word.casefold() in namer.determiners | namer.not_names or namer.is_role(word):
        return None
    if ctx.text.count(word) < 2 or word.casefold() in ctx.lower_words():
        return None  # a noun the article also writes in lower case is no name
    full = ctx.people.fullname(word)
    return full if full != word else word


def _kind_named_before(ctx: Pass, a: Attr, lo: int) -> str | None:
    """„Die Genossenschaft hat nach eigenen Angaben …“: the body named before with a word
    ending in the kind the sentence opens with („Winzergenossenschaft Saalberg“)."""
    opening = _BODY_OPENING.match(ctx.text, lo, a.hit.start)
    if opening is None:
        return None
    word = opening.group("head").casefold()
    if len(word) < 5:
        return None
    start = ctx.article.blocks[max(0, a.block - 6)].start
    named = re.compile(
        rf"\b[{CAPITALS}][\w\-]*(?i:{re.escape(word)})(?:[^\S\n]+[{CAPITALS}][\w\-]+)+"
    )
    found = {m.group() for m in named.finditer(ctx.text, start, lo)}
    return found.pop() if len(found) == 1 else None


def _speaker_before(
    ctx: Pass, a: Attr, orgs: Orgs, fits: Callable[[str | None], str | None], people: bool
) -> str | None:
    """The body that spoke before a possessive, unless a person of the possessive's gender was
    named as a subject after it („…, nach Angaben des Mobilfunkbetreibers Nordfunk …“ then
    „„…“, sagte Kreisbrandmeister Sighard Tessendiek. … nach seiner Einschätzung“: his)."""
    body = _body_before_at(ctx, a, orgs, speakers_only=True)
    if body is not None and fits(body[1]) is None:
        body = None
    if body is not None and not people and ctx.people.known(body[1]):
        body = None  # "Its decision notice": a body's, never a person's who spoke before
    person = ctx.people.subject_at_since(0, a.hit.start) if people else None
    if person is not None and body is not None:
        word = a.hit.text.casefold()
        wanted = "m" if word.startswith("sein") else "f" if word.startswith("ihr") else ""
        gender = ctx.people.gender.get(person[1], "")
        if person[0] > body[0] and wanted and gender in (wanted, ""):
            return person[1]
    if body is not None:
        return body[1]
    return ctx.people.person_before(a.hit.start, a.block) if people else None


def _one_named_just_before(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """A German „seinen“ / „ihrer“ opening its account in the sentence right after the one that
    brings in its owner, who has not spoken yet („Der Landesverband der Campingwirtschaft
    beobachtet …. Nach seinen Angaben …“, „Betroffen ist auch Rentner Horst Wiegmann. Seine …
    steigt nach seinen Angaben …“): the one body or person named there whose gender fits."""
    word = a.hit.text.casefold()
    if a.namer.lang != "de" or not word.startswith(("sein", "ihr")):
        return None
    before = ctx.article.sentence_before(ctx.sentence_obj(a.hit.start))
    if before is None or before.block < a.block - 1:
        return None
    wanted = "m" if word.startswith("sein") else "f"
    wrong = "f" if wanted == "m" else "m"
    found = {
        name
        for _, _, name in ctx.people.mentions_in(before.start, before.end)
        if ctx.people.gender.get(name, "") == wanted
    }
    bodies = {body_in_full(ctx, n, a.namer) for s, _, n in orgs if before.start <= s < before.end}
    found |= {
        name
        for name in bodies
        if " " in name  # a body by its name, not a kind the sentence mentions („die Stadt“)
        and body_gender(name) not in ("", wrong)
    }
    return found.pop() if len(found) == 1 else None


# a sentence that opens with one capitalised word and a verb after it: "Marrowfen employs …"
_ONE_WORD_SUBJECT = re.compile(r"(?P<word>[" + CAPITALS + r"][\w\-]{2,})[^\S\n]+[" + SMALL + r"]")


# a sentence's subject described first, its name after a comma: "The ride's insurer, …"
_DESCRIPTION_THEN_NAME = re.compile(r"(?:The|A|An|Its|Their|Der|Die|Das)\s[^,\n]{1,40},\s+")


def _subject_body(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """The body that opens the sentence of `a`, before it: the owner of „nach Angaben ihres
    Bürgermeisters“ in „Die Gemeinde Hallstein prüft nach Angaben ihres Bürgermeisters …“, the
    body of "a spokeswoman said" in "The council is setting up …, a spokeswoman said"."""
    lo = ctx.sentence(a.hit.start)[0]
    described = _DESCRIPTION_THEN_NAME.match(ctx.text, lo, a.hit.start)
    if described is not None:
        # "The ride's insurer, Cormorel Leisure, has …, a spokesman said": the name after
        # the description, not the "ride" it opens with
        named = a.namer.from_phrase(ctx.text, described.end(), a.hit.start)
        if (
            named is not None
            and named.kind == "name"
            and named.start == described.end()
            and ctx.text.startswith(",", named.end)
            and not named.person
            and not ctx.people.known(ctx.people.fullname(named.text))
        ):
            return named.text
    opening_name = a.namer.from_phrase(ctx.text, lo, min(a.hit.start, lo + 80))
    before = ctx.text[lo : opening_name.start].split() if opening_name is not None else []
    if (
        (a.hit.text.casefold().startswith("sein") or a.hit.kind == "descriptive")
        and before
        and before[-1].casefold() in a.namer.quantifiers
    ):
        # „Drei Betriebe haben nach seinen Angaben …“: many have no „sein“, nor one
        # spokesman („Viele Betriebe fürchteten …, sagte ein Sprecher“)
        return None
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
        if " " not in opening_name.text and _kind_only(opening_name.text, a):
            kind = Attr(opening_name, a.block, a.namer, resolved=opening_name.text)
            found = named_body(ctx, kind, opening_name.text.casefold(), orgs)
            if found is not None and a.namer.lang == "de":
                found = nominative(ctx, found, a.namer)
            return found or opening_name.text  # „Die Kette …“ after „die Fitnesskette Vitalform“
        return opening_name.text
    short = _ONE_WORD_SUBJECT.match(ctx.text, lo, a.hit.start)
    if short is not None and not a.namer.is_person(short.group("word")):
        # "Marrowfen employs about 450 people. It said …": the first word of a body's name
        # the article gave before ("Marrowfen Foods")
        word = short.group("word")
        if word.casefold() not in a.namer.determiners:  # "The …": no body's first word
            full = {name for _, _, name in orgs if name.startswith(word + " ")}
            if len(full) == 1:
                return full.pop()
    i = bisect_right(orgs, (lo, -1, ""))
    first = ctx.text[lo : orgs[i][0]].split()[:1] if i < len(orgs) else []
    if (
        i < len(orgs)
        and orgs[i][0] < a.hit.start
        and orgs[i][0] - lo <= 12
        # „Im Landkreis gebe es nach seiner Schätzung …“: a place the sentence opens in
        and not (first and first[0].casefold() in a.namer.prepositions)
    ):
        return orgs[i][2]
    opening = _BODY_OPENING.match(ctx.text, lo, a.hit.start)
    if opening is None:
        return None
    word = opening.group("head")
    phrase = opening.group().strip()
    head = NameHit(word, opening.start("head"), opening.end("head"), "descriptive")
    fake = Attr(head, a.block, a.namer, resolved=phrase)
    if word.casefold() in a.namer.generic_orgs or a.namer.is_org_head(word):
        return (
            named_body(ctx, fake, word.casefold(), orgs)
            or _name_ending_in(ctx, fake, word)
            or phrase
        )
    # "The airport employs …, according to its annual report": a name the article gave the
    # place or body before, ending in that noun ("Marshfield Airport")
    return _name_ending_in(ctx, fake, word, blocks=len(ctx.article.blocks))


def _body_opening_sentence_before(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """The body that opens the sentence before `a` in its paragraph: "The Porthcarrow Harbour
    Trust … last dredged the channel in 2019. It says …" (it did not speak, but it is "it")."""
    before = ctx.article.sentence_before(ctx.sentence_obj(a.hit.start))
    if before is None or before.block != a.block:
        return None
    end = before.end - 1
    return _subject_body(
        ctx, Attr(NameHit(a.hit.text, end, end + 1, "pronoun"), a.block, a.namer), orgs
    )


# "Kilnside Homes, a housing association.": a body the sentence introduces by its kind
_DESCRIBED_BODY = re.compile(
    rf"(?P<name>[{CAPITALS}][\w&'’\-]*(?:[^\S\n]+[{CAPITALS}][\w&'’\-]*)*),[^\S\n]+an?[^\S\n]+"
    r"[a-z][a-z\- ]{2,40}[.,]"
)


def _described_body_before(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "About 700 of the homes belong to Kilnside Homes, a housing association. It said …": the
    one body the sentence before, in `a`'s paragraph, names and describes by its kind."""
    before = ctx.article.sentence_before(ctx.sentence_obj(a.hit.start))
    if before is None or before.block != a.block:
        return None
    names = {name for start, _, name in orgs if before.start <= start < before.end}
    found = {
        m.group("name")
        for m in _DESCRIBED_BODY.finditer(ctx.text, before.start, before.end)
        if m.group("name") in names
    }
    return found.pop() if len(found) == 1 else None


def _kind_only(word: str, a: Attr) -> bool:
    """A word that is only a kind of body („Kette“, „Verband“), no body's name."""
    fold = word.casefold()
    return fold in a.namer.generic_orgs or genitive_base(fold) in a.namer.org_heads


def _body_before(
    ctx: Pass,
    a: Attr,
    orgs: Orgs,
    speakers_only: bool = False,
    groups: bool = True,
    named: bool = False,
) -> str | None:
    """The body (or, with `groups`, the group) named last before `a`, in its block or the one
    before: a speaker that is no person, or (unless `speakers_only`) any body the article
    names."""
    found = _body_before_at(ctx, a, orgs, speakers_only, groups, named)
    return found[1] if found else None


def _body_before_at(
    ctx: Pass,
    a: Attr,
    orgs: Orgs,
    speakers_only: bool = False,
    groups: bool = True,
    named: bool = False,
) -> tuple[int, str] | None:
    """`_body_before`, with where the body is named."""
    best: tuple[int, str] | None = None
    for b in _attrs_before(ctx, a):
        if b.block < a.block - 1:
            break
        if b.hit.kind in ("name", "quoted", "descriptive") and b.resolved:
            strict = (
                b.hit.person
                or b.namer.gender(b.resolved) != ""
                or (b.hit.kind == "name" and _titled(ctx.text, b))  # "Mr Chivell"
            )
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
                owner = _spokesperson_owner(b.resolved, b.namer)
                if owner is None:
                    continue
                best = (b.hit.start, owner)  # "A FlexForm spokesperson told us …. It said …"
                break
            if named and b.hit.kind == "descriptive":
                continue
            if " " not in b.resolved and b.namer.source_noun(b.resolved):
                continue  # "Nutzerin", "Sprecher": a person by role
            if b.hit.kind == "descriptive" and b.resolved.casefold() == b.hit.text.casefold():
                last = b.resolved.split()[-1]
                if b.namer.is_role(last):
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
    return best


def _titled(text: str, b: Attr) -> bool:
    """A name with a person's title right before it ("Mr Chivell", „Frau Kolksiek“)."""
    before = text[max(0, b.hit.start - 12) : b.hit.start].split()
    return bool(before) and b.namer.is_title(before[-1].rstrip("."))


def _spokesperson_owner(phrase: str, namer: Namer) -> str | None:
    """The body named in a spokesperson's phrase before the noun: "a FlexForm spokesperson" →
    FlexForm (English; a name, not "a council spokesperson")."""
    words = phrase.split()[:-1]
    if namer.lang != "en" or not words or words[0].casefold() not in namer.determiners:
        return None
    owner = words[1:]
    if not owner or not all(w[:1].isupper() for w in owner) or namer.is_person(" ".join(owner)):
        return None
    return " ".join(owner).removesuffix("'s").removesuffix("’s")


def _source_called(ctx: Pass, a: Attr, phrase: str, orgs: Orgs) -> str | None:
    """Who `phrase` ("the company", „das Unternehmen“) would stand for at `a`'s place: a body
    named by its kind inside a longer phrase ("a company spokeswoman", "a council report")
    resolves as that kind alone."""
    kind = Attr(NameHit(phrase, a.hit.start, a.hit.end, "descriptive"), a.block, a.namer)
    return _descriptive_source(ctx, kind, orgs)


# an expert the article names by role only, whose office it names: „nach Berechnung der
# Gutachter“ after „ein Gutachten des Ingenieurbüros Brenkmann“
_EXPERTS = frozenset(
    {"gutachter", "gutachtern", "gutachterin", "gutachterinnen", "sachverständige",
     "sachverständigen", "statiker", "statikern"}
)  # fmt: skip


def _experts_office(orgs: Orgs) -> str | None:
    """The one office („Ingenieurbüro Brenkmann“, „Akustikbüro Temmen & Fricke“) the article
    names, whose experts a role alone stands for; with two or none, no one."""
    offices = {name for _, _, name in orgs if name.split()[0].casefold().endswith("büro")}
    if len(offices) != 1:
        return None
    office = offices.pop()
    return office if " " in office else None  # a bare „Ingenieurbüro“ names no office


def _descriptive_source(ctx: Pass, a: Attr, orgs: Orgs) -> str | None:
    """ "a spokesperson" → the body named last; "the council" → the one named body whose name
    ends in "council" (the last of several)."""
    namer = a.namer
    words = a.phrase.split()
    if not words:
        return None
    head = words[-1].casefold()
    compound = _COMPOUND_SPOKESPERSON.match(head) if namer.lang == "de" else None
    if compound and len(words) == 1:
        full = ctx.people.fullname(words[0])
        if full != words[0] and ctx.people.known(full):
            return full  # „schätzt Breitsprecher“: Johanna Breitsprecher's surname, no spokesman
    if len(words) == 2 and compound and words[0].casefold() in ("der", "die"):
        # „so der Polizeisprecher“ after „sagte Polizeisprecher Dirk Hamacher“: him
        person = person_with_role(ctx, a, words[-1])
        if person is not None:
            return person
    if len(words) <= 2 and compound:  # „eines Polizeisprechers“: the police
        body = compound.group("body")
        if body.endswith("s") and len(body) > 5 and not body.endswith(_OWN_S):
            body = body[:-1]  # the linking s of „Verbandssprecher“, not the s of „Rathaus“
        body = LINKING_FORMS.get(body, body)  # „Firmensprecher“: the firm's
        found = named_body(ctx, a, body, orgs)
        if found is None and body in namer.generic_orgs:
            # „einer Unternehmenssprecherin“: the company's, as „das Unternehmen“ would be
            found = _source_called(ctx, a, f"das {body.capitalize()}", orgs)
        return found or body.capitalize()
    body = spokesperson_for(ctx, a)
    if body is not None:
        return body
    firm = _FOR_THE_FIRM.search(a.phrase) if namer.lang == "en" else None
    if firm is not None and firm.group(1).casefold() in namer.company_nouns:
        # "a spokeswoman for the chain" where no chain is named: the firm "the chain" is
        return _source_called(ctx, a, firm.group(), orgs)
    if len(words) <= 2 and (head in namer.spokespersons or head[:-1] in namer.spokespersons):
        return (
            _spokesperson_introduced(ctx, a, head)
            or _subject_body(ctx, a, orgs)
            or _body_before(ctx, a, orgs, groups=False)
        )
    if (
        len(words) == 3
        and head in namer.spokespersons
        and words[1].casefold() in namer.generic_orgs
    ):  # "a council spokesperson": the council named before
        found = named_body(ctx, a, words[1].casefold(), orgs)
        if found is None and words[1].casefold() in namer.company_nouns:
            # "a company spokeswoman" where no name ends in "company": the firm "the company" is
            found = _source_called(ctx, a, f"the {words[1]}", orgs)
        return found
    if len(words) >= 2 and words[-1].casefold() in _EMPHASIS:
        a.resolved = " ".join(words[:-1])  # „die Ministerin selbst“ is „die Ministerin“
        return _descriptive_source(ctx, a, orgs)
    if len(words) <= 4 and namer.is_role(words[-1]) and not namer.person_noun_group(head):
        if words[0].casefold() in _ANOTHER:
            return None  # "Another analyst": not the one named before
        found = person_with_role(ctx, a, words[-1])
        if found is None and words[0].casefold() == "the":
            found = ctx.people.person_before(a.hit.start, a.block)  # "The retired nurse"
        if found is None and namer.lang == "de" and head in _EXPERTS:
            found = _experts_office(orgs)
        return found
    content = [w for w in words if w.casefold() not in namer.determiners]
    if namer.lang == "de" and len(words) == 1:
        head = LINKING_FORMS.get(head, head)  # „nach Firmenangaben“: the firm's
    if namer.lang == "de" and len(content) == 1 and content[0] in GENITIVE_KINDS:
        # „nach Angaben des Hauses“: the museum named before
        named = named_as_kind(ctx, a, GENITIVE_KINDS[content[0]])
        if named is not None:
            return named
    if namer.lang == "de" and genitive_base(head) in namer.generic_orgs:
        head = genitive_base(head)  # „nach Angaben des Amtes“: the Amt
    if len(content) <= 3 and (head in namer.generic_orgs or head.rstrip("s") in namer.generic_orgs):
        company = head in namer.company_nouns or head.removesuffix("s") in namer.company_nouns
        # a body that spoke in the paragraph can be "the charity" or "the firm"; "the
        # government" or "the council" is one whose name says so (found by _named_body)
        # „nach Einschätzung des Verbands“: the kind in the nominative, or a name ending in the
        # genitive („Landesbauernverbands“) would be taken for it
        noun = (
            genitive_base(head) if namer.lang == "de" and head not in namer.generic_orgs else head
        )
        found = named_body(ctx, a, noun, orgs)
        spoke = None if found or head in _NAMED_BY_KIND else _speaker_in_block(ctx, a)
        if spoke is not None and namer.lang == "de" and not company:
            if not any(head_matches(w, noun) for w in spoke.casefold().split()):
                # „laut Universität“ after the Förderverein spoke: the „Universität
                # Havenstedt“ the article names, when it names one of that kind
                spoke = _kind_named(ctx, noun, a.hit.start) or spoke
        found = found or spoke
        if found is not None and " " not in found:  # „Anwohnerinitiative „Quaas-Straße bleibt““
            found = _kind_with_quoted_name(ctx, found, a.hit.start) or found
        if found is None:
            found = body_with_noun(ctx, a, words[-1])  # "the chain": "Supermarket chain X"
        if found is None and company and namer.lang == "en":
            found = _described_before(ctx, a) or (
                None
                # "the company", not "Parents' groups" or "Many independent retailers"
                if head in _MEDIA_NOUNS or words[0].casefold() not in namer.determiners
                else company_before(ctx, a)
            )
        if found is None and head in ANY_FIRM and namer.lang == "en":
            found = firm_by_kind(ctx, a)  # "tour operator Sunvista Holidays" … "the company"
        if found is None and noun == "verein" and namer.lang == "de":
            found = club_before(ctx, a)  # „Tierhilfe Hohenlaubach“ … „nach Angaben des Vereins“
        if found is None and noun in _ADMINISTRATIONS and namer.lang == "de":
            found = _municipality_named(a, orgs, _ADMINISTRATIONS[noun])
        if found is None and company and namer.lang == "de":
            found = firm_before(a, orgs)  # „Fennwick Biologics AG“ … „teilte das Unternehmen mit“
        if found is None and head in ANY_FIRM:
            found = only_firm(ctx, a)
        if (
            found is None
            and company
            and words[0] == "the"
            and head != "group"
            and namer.lang == "en"
        ):
            found = _firm_that_spoke(ctx, a)  # "the company", not "Parents' groups"
        if (
            found is None
            and head in _VOLUNTARY_KINDS
            and words[0] == "the"
            and len(words) == 2
            and namer.lang == "en"
        ):
            # "Pawprint Companions said …" … "the charity said"
            found = _firm_that_spoke(ctx, a, _VOLUNTARY_HEADS | {head})
        if found is None and words[0] == "the" and len(words) == 2:
            # "A boatyard … has won an order …, the company said." then "Fawcus & Milburn …"
            found = _lede_body_named_next(ctx, a, orgs)
        return found
    if len(words) != 2 or words[0].casefold() not in namer.determiners:
        return None
    return named_body(ctx, a, head, orgs) or _name_ending_in(ctx, a, words[1])


def _kind_named(ctx: Pass, noun: str, before: int) -> str | None:
    """The last body named by this kind and a name after it („Universität Havenstedt“,
    „Bündnis Faire Milch Nord“) before `before`, else the first after it."""
    if not noun.isalpha() or len(noun) < 4:
        return None
    pattern = re.compile(
        rf"\b{re.escape(noun.capitalize())}(?:[^\S\n]+{NOT_A_TIME}[{CAPITALS}][\w\-]+\b){{1,3}}"
    )  # not „dem Verein Ende November“
    named = list(pattern.finditer(ctx.text))
    earlier = [m.group() for m in named if m.start() < before]
    later = [m.group() for m in named if m.start() >= before]
    name = earlier[-1] if earlier else (later[0] if later else None)
    if name is None or ctx.people.known(name):
        return None
    if name.split()[1].casefold() in ctx.namers["de"].not_names:
        return None
    return name


def _name_ending_in(ctx: Pass, a: Attr, noun: str, blocks: int = 6) -> str | None:
    """ "the airport" after "Marshfield Airport has launched …": the last name before it that
    ends in the same noun, capitalised, and names no person (looking `blocks` paragraphs back)."""
    if not noun.isalpha() or len(noun) < 4:
        return None
    lo = ctx.article.blocks[max(0, a.block - blocks)].start
    pattern = re.compile(
        # "Marchdale and District Federation": an "and" between capitalised words
        rf"\b(?:[{CAPITALS}][\w’'\-]+ (?:(?:and|&) (?=[{CAPITALS}]))?){{1,5}}"
        rf"{re.escape(noun.capitalize())}\b"
        # its tail goes with it: "Tenancy Ombudsman Service", "Wenlow Festival of Voices"
        r"(?:[^\S\n]+(?:Service|Office|Trust|Board|Authority)\b"
        r"|[^\S\n]+(?:of|for)[^\S\n]+["
        + CAPITALS
        + r"][\w’'\-]+(?:[^\S\n]+["
        + CAPITALS
        + r"][\w’'\-]+)?)?"
    )
    found = [m.group() for m in pattern.finditer(ctx.text, lo, a.hit.start)]
    for name in reversed(found):
        while (
            " " in name
            and name.split()[0].casefold() in a.namer.determiners | a.namer.not_names
            and name.split()[0].casefold() not in a.namer.org_nouns  # "Police Officers' Guild"
        ):
            name = name.split(" ", 1)[1]  # "The Scarrow Fell Mountain Rescue Team"
        if " " in name and not ctx.people.known(name) and name.split()[0] not in a.namer.first:
            return name
    return None


def _attrs_before(ctx: Pass, a: Attr) -> Iterator[Attr]:
    """The speakers named before `a`, nearest first: found by its offset in `ctx.attrs`, which
    `resolve` keeps in text order, so neither the ones after it (a long article has thousands)
    are walked nor need `a` be in the list (a phrase made on the way, "the chain" of "a
    spokeswoman for the chain", has its place too)."""
    for i in range(bisect_left(ctx.attrs, a.hit.start, key=_start) - 1, -1, -1):
        yield ctx.attrs[i]


def _start(a: Attr) -> int:
    return a.hit.start


_ANONYMOUS_PLURALS = ("kreise", "kreisen", "quellen")
_ONE_OF_THEM = frozenset({"der", "ein", "eine", "einer"})  # a German singular subject's article


def _described_person_before(ctx: Pass, a: Attr, sure: bool = False) -> str | None:
    """ "A hospital spokeswoman said … The older man is stable, she said": a he or she no
    named person accounts for is the person described as a speaker earlier in the paragraph.
    `sure`: only one the description says is a person (a role, a spokesperson, a person's
    noun), which may then stand before a person named further back."""
    if a.hit.text.casefold() not in ("he", "she", "er", "sie"):
        return None
    if a.namer.lang == "de" and ctx.people.pronoun_gender(a.hit.start, a.hit.end) is None:
        return None  # a plural „sie“
    opening = ctx.article.blocks[a.block].start
    lo = ctx.sentence(a.hit.start)[0]
    tag = a.hit.start > lo and ctx.text[lo : a.hit.start].rstrip().endswith(",")
    for b in _attrs_before(ctx, a):
        if tag and b.hit.start >= lo:
            # "A member of staff had reported it …, she said": the he or she of a closing
            # tag is not the subject of the words it reports
            continue
        if b.block < a.block - 1 or (
            b.block < a.block
            and ctx.text[opening] not in QUOTE_CHARS
            and not ((opening == a.hit.start or tag) and _spokesperson(b))
        ):
            # the paragraph before only when this one opens with the words, or with the he
            # or she of a spokesperson who spoke last there ("A council spokeswoman said …
            # ¶ She said the council was unlikely to …"), or ends a sentence with hers
            # ("¶ Anyone who can show … will be able to collect it, she said")
            return None
        if (
            b.hit.kind == "pronoun"
            and b.hit.text.casefold() == a.hit.text.casefold()
            and b.resolved not in (None, b.hit.text)
        ):
            return None if sure else b.resolved  # "The radiographer said …, she said. ¶ …"
        if b.hit.kind != "descriptive":
            return None  # someone else spoke in between
        words = b.hit.text.split()
        ends = next(
            (n for n, w in enumerate(words) if n and w.casefold() in a.namer.prepositions),
            len(words),
        )  # "One lecturer in the School of Chemistry": up to "in"
        head = words[ends - 1].casefold()
        one = not a.namer.is_group(head) and not head.endswith(_ANONYMOUS_PLURALS)
        if a.namer.lang == "en":
            one = one and singular(head) == head  # "Friends", "Relatives": no he or she
        elif head.endswith("in") or words[0].casefold() in _ONE_OF_THEM:
            one = True  # „die Sprecherin“, „der Sprecher“: one, though „die Sprecher“ are many
        anonymous = (b.resolved or b.hit.text).casefold() == b.hit.text.casefold()
        if sure and one and _spokesperson(b) and not anonymous:
            return b.resolved  # "A spokeswoman for the ICB said … She said …": the ICB
        if (sure and not (one and anonymous)) or not (
            head in a.namer.spokespersons or a.namer.is_role(head) or a.namer.person_noun(head)
        ):
            if sure:
                return None  # (a role the article names, „die Juniorchefin“, is that person)
        else:
            return b.resolved or b.hit.text
        if (
            not sure
            and a.namer.lang == "en"
            and words[0].casefold() in ("the", "a", "an")
            and not a.namer.is_org_head(head)
            and head not in a.namer.org_nouns
            and head not in a.namer.generic_orgs
            and not a.namer.is_document(head)
            and singular(head) == head
        ):
            return b.resolved or b.hit.text  # "The radiographer said …, she said": one person
        return None
    return None


def _spokesperson(b: Attr) -> bool:
    """ "A council spokeswoman", "a spokesman for the ICB": an unnamed one who speaks for a body."""
    words = b.hit.text.casefold().split()
    return b.hit.kind == "descriptive" and any(w in b.namer.spokespersons for w in words[:4])


def _plural_speaker_before(ctx: Pass, a: Attr) -> str | None:
    """The group that spoke last, in this paragraph or the one before, when it is named by a
    plural noun ("the authors", "residents"): what an English "they" stands for."""
    for b in _attrs_before(ctx, a):
        if b.block < a.block - 1:
            return None
        if b.hit.kind == "name":
            return None  # a name came between: "they" is not sure to be the group
        if b.hit.kind == "pronoun" or not b.resolved:
            continue
        head = b.hit.text.split()[-1].casefold()
        if (
            b.hit.kind == "descriptive"
            and head.endswith("s")
            and not head.endswith("ss")
            and not a.namer.is_document(b.hit.text)  # "court filings" say, but are no "they"
        ):
            return b.resolved
        return None
    return None


def _group_before(ctx: Pass, a: Attr) -> str | None:
    """The counted group a partitive is one of: "two people familiar with the matter" … "one
    of them said", in this paragraph or the two before; none when no group was named."""
    for b in _attrs_before(ctx, a):
        if b.block < a.block - 2:
            return None
        if b.hit.kind != "descriptive":
            continue
        first = b.hit.text.split()[0].casefold()
        if first in a.namer.quantifiers and first not in ("one", "another", "einer", "eine"):
            return b.phrase
    return None


def _described_before(ctx: Pass, a: Attr) -> str | None:
    """What the same description stood for the last time it was resolved ("A spokesman for
    the company" → Greystone Homes, so "the company" later is Greystone Homes too)."""
    phrase = a.phrase.casefold()
    for b in _attrs_before(ctx, a):
        if b.resolved is None or b.resolved == b.hit.text:
            continue
        if phrase in b.hit.text.casefold() and b.resolved.casefold() != phrase:
            return b.resolved
    return None


_FOR_THE_FIRM = re.compile(r"(?<=\bfor )the (\w+)$")

_APPOSED_ROLE = re.compile(r",[^\S\n]+(?:the|a|an|its|his|her|their)[^\S\n]+[^,.;:\n]{1,60}")


_SPOKESPERSON_REACH = 12  # paragraphs back to "a Kestrelcall spokeswoman" for "the spokeswoman"


# a German administration by its word, and the kinds of municipality it is the office of
_ADMINISTRATIONS = {
    "verwaltung": ("Stadt", "Gemeinde", "Samtgemeinde"),
    "stadtverwaltung": ("Stadt",),
    "gemeindeverwaltung": ("Gemeinde", "Samtgemeinde"),
}


def _municipality_named(a: Attr, orgs: Orgs, kinds: tuple[str, ...]) -> str | None:
    """„nach Angaben der Verwaltung“ in an article that names one town or municipality
    („Gemeinde Hummelgrün“) before it: that municipality's office, so that one."""
    if any(" " in name and name.split()[0].endswith("verwaltung") for _, _, name in orgs):
        return None  # „Gemeindeverwaltung Hollmerstedt“: the article names the office itself
    named = {
        name
        for start, _, name in orgs
        if start < a.hit.start and name.split()[0] in kinds and len(name.split()) == 2
    }
    return named.pop() if len(named) == 1 else None


def _spokesperson_introduced(ctx: Pass, a: Attr, noun: str) -> str | None:
    """ "the spokesman" after "a spokesman for Harbeck police" in its paragraph or the one
    before: the body that spokesperson was introduced with („Ein Sprecher der
    Polizeiinspektion Harbeck bestätigte … , sagte der Sprecher“); after "a Kestrelcall
    spokeswoman" some paragraphs before, Kestrelcall."""
    definite = a.hit.text.split()[0].casefold() in _DEFINITE
    for b in _attrs_before(ctx, a):
        if b.block < a.block - _SPOKESPERSON_REACH:
            return None
        words = b.hit.text.casefold().split()
        if b.hit.kind == "descriptive" and len(words) > 2 and words[-1] == noun:
            # "a Kestrelcall spokeswoman" however far before: the only one introduced
            return _spokesperson_owner(b.hit.text, b.namer)
        far = b.block < a.block - 1
        if far and not definite:
            continue  # „nach Angaben einer Sprecherin“: a new one, not the one before
        if b.hit.kind == "descriptive" and len(words) > 2 and noun in words[:2]:
            # „eine Sprecherin des Versorgers“ paragraphs before „teilte die Sprecherin mit“
            resolved = b.resolved
            if not resolved or resolved.casefold() == b.hit.text.casefold():
                return None
            if far and _another_spokesperson(ctx, a, noun, resolved):
                return None  # a town's and a firm's spokesman both spoke: which is unsure
            return resolved
    return None


def _another_spokesperson(ctx: Pass, a: Attr, noun: str, owner: str) -> bool:
    """Whether a spokesperson of another body than `owner` was introduced before `a` within
    reach („ein Stadtsprecher“, „Ein Sprecher der Polizeiinspektion“)."""
    for b in _attrs_before(ctx, a):
        if b.block < a.block - _SPOKESPERSON_REACH:
            return False
        words = b.hit.text.casefold().split()
        if len(words) <= 2 and words[0] in _DEFINITE:
            continue  # „der Sprecher“ again: no one new
        if any(w.endswith(noun) for w in words) and b.resolved and b.resolved != owner:
            return True
    return False


_VOLUNTARY_KINDS = frozenset({"charity", "group", "union", "campaign"})
_VOLUNTARY_HEADS = frozenset(
    {"trust", "foundation", "society", "association", "guild", "alliance", "coalition", "forum"}
)


def _firm_that_spoke(ctx: Pass, a: Attr, kinds: frozenset[str] = frozenset()) -> str | None:
    """ "the company" when nothing nearer names it: the body that spoke last before it, if its
    name is two or three capitalised words and none of them a public body's ("Eastway Rail said
    …" … "the company said"; not after "Mid Wales Police said"). `kinds`: the other words
    its name may hold ("the charity" after "Brackenford Hospice Trust said")."""
    namer = a.namer
    for b in _attrs_before(ctx, a):
        if b.hit.kind != "name" or not b.resolved or b.hit.person:
            continue
        name = b.resolved
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        if ctx.people.known(name) or namer.gender(name) or namer.is_document(name):
            continue
        apposed = _APPOSED_ROLE.match(ctx.text, b.hit.end)
        before = ctx.text[max(0, b.hit.start - 40) : b.hit.start].rstrip(", ").split()
        if (apposed is not None and any(map(namer.is_role, apposed.group().split()))) or (
            before and namer.is_role(before[-1])
        ):
            continue  # "said Sibyl Quarshaw, the company's managing director": a person
        heads = {singular(w.casefold()) for w in words if namer.is_org_head(w)}
        public = {w.casefold() for w in words} & (namer.org_nouns | namer.generic_orgs)
        if kinds and words[-1] in namer.firm_words:
            return None  # "Granite Peak Energy said": a firm, not "the group" of volunteers
        if (heads | public) - namer.company_nouns - kinds or "Constabulary" in words:
            return None  # a public body or a centre spoke last: not sure to be a firm
        return name
    return None


def _speaker_in_block(ctx: Pass, a: Attr) -> str | None:
    """The body named as a speaker last before `a` in its own paragraph ("The firm expects"
    after "Market researcher Telemetrix estimates")."""
    for b in _attrs_before(ctx, a):
        if b.block != a.block:
            break
        if b.hit.kind not in ("name", "quoted") or not b.resolved:
            continue
        if b.hit.person or b.namer.gender(b.resolved) or ctx.people.known(b.resolved):
            continue
        if b.namer.is_document(b.resolved) or (
            " " not in b.resolved
            and (b.namer.person_noun(b.resolved) or thing_word(b.resolved, b.namer))
        ):
            continue  # „Das Frühwarnsystem meldet …“: no body that could be „die Stadt“
        return b.resolved
    return None
