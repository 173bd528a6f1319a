"""Pass 5, the output: suggestions merged per tag and span (a quote lent the source of the claim
that holds it), and the cited sources grouped with their aliases and suggestions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from reader.core.annotation import TAGS
from reader.core.article import Article
from reader.core.suggest.bodies import (
    ANY_FIRM,
    COMPANY_MARKS,
    FIRM_MARKS,
    FIRMS_LEADERSHIP,
    FOUNDED_IN,
)
from reader.core.suggest.context import Pass
from reader.core.suggest.forms import genitive_base, head_matches, strong_form_in, thing_word
from reader.core.suggest.names import CLOSING_TAIL, Namer
from reader.core.suggest.records import Attr, Candidate, Source, Suggestion
from reader.core.suggest.tokens import ADJECTIVE, CAPITALS, singular

_TAG_ORDER = {t: i for i, t in enumerate(TAGS)}


# "Motor Workers' Union (MWU)", „Verband der Spielwarenindustrie (VdS)“: an acronym has a
# capital first and one more among its first three letters, so "(Berlin)" is none
_ACRONYM_AFTER = re.compile(
    r"(?P<name>(?:[" + CAPITALS + r"][\w’'\-]*\s+(?:(?:für|der|des|of|for|and|und)\s+)?){1,5})"
    r"\((?P<acr>["
    + CAPITALS
    + r"](?:["
    + CAPITALS
    + r"]|[a-zäöü]["
    + CAPITALS
    + r"])["
    + CAPITALS
    + r"a-zäöü]{0,4})\)"
)


_DATELINE = re.compile(
    r"^[" + CAPITALS + r"][\w .,'’\-]{0,40}?\((?P<name>[A-Za-z][\w .\-]{0,24})\)\s*[-–—]"
)


_COPYRIGHT = re.compile(
    r"(?:©|\([Cc]\))\s*(?:\d{4}\s+)?(?P<name>[" + CAPITALS + r"][\w .&\-]{1,40})"
)


_READ_MORE = re.compile(
    r"\b(?:lesen Sie|Read more)\b[^.\n]{0,40}?\b(?:im|in der|bei|at|in|on)\s+(?P<name>["
    + CAPITALS
    + r"][\w\-]+(?:\s+["
    + CAPITALS
    + r"][\w\-]+)?)"
)


# a broadcaster's footer, „Dieses Thema im Programm: Radio Ostgau | Regionalnachrichten“, and a
# paper's scoop, "…, the Klaxon can reveal": the outlet names itself
_OWN_PROGRAMME = re.compile(
    r"Dieses Thema im Programm:\s*(?P<name>[" + CAPITALS + r"][\w .\-]{1,40}?)(?=\s*[|,;]|\s*$)",
    re.MULTILINE,
)
_CAN_REVEAL = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>["
    + CAPITALS
    + r"][\w’'&\-]+(?:\s+["
    + CAPITALS
    + r"][\w’'&\-]+){0,3})"
    r"\s+can\s+(?:today\s+|now\s+|exclusively\s+)?reveal\b"
)


_PRESS_RELEASE = re.compile(
    r"(?:Pressemitteilung|Press release|Medienmitteilung)[^|\n]{0,40}\|\s*(?P<name>[^|\n]{3,80})"
)


# a release's contact line names who issued it: "Media enquiries: Lanthorne Water press office",
# „Pressekontakt: Stadtwerke Brennfeld, …“, „Kontakt: Feuerwehr Kesselbrunn, Pressestelle“
_MEDIA_ENQUIRIES = re.compile(
    r"(?:Media|Press)\s+(?:enquiries|inquiries|contact)\s*:\s*(?P<name>["
    + CAPITALS
    + r"][\w&'’\- ]{2,60}?)"
    r"(?=\s+(?:press\s+office|media\s+(?:team|office|relations))|\s*[,;\n]|\s*$)"
    r"|Pressekontakt\s*:\s*(?P<name2>["
    + CAPITALS
    + r"][\w&'’\- ]{2,60}?)(?=\s*[,;\n]|\s+Pressestelle|\s*$)"
    r"|Kontakt\s*:\s*(?P<name3>[" + CAPITALS + r"][\w&'’\- ]{2,60}?)(?=\s*,?\s+Pressestelle)"
)


def _publishers(article: Article) -> set[str]:
    """Source keys of the article's own publisher, from the few places it names itself."""
    found: set[str] = set()
    text = article.text
    kicker = (article.kicker or "").strip()  # kept apart from the text
    trail = (
        _NEWSROOM_TRAIL.match(kicker)
        or _RELEASE_KICKER.match(kicker)
        or _ISSUER_KICKER.fullmatch(kicker)
        or _RELEASE_FIRST.match(kicker)
        or _BREADCRUMB.match(kicker)
    )
    body = _BODY_KICKER.fullmatch(kicker) if trail is None else None
    if body is not None and _RELEASE_WORD.search(" ".join(b.text[:40] for b in article.blocks[:3])):
        trail = body  # „Landkreis Dreesbüttel“ over „Pressemitteilung vom …“
    if trail:
        found.add(trail.group("name").strip().casefold())
    for block in article.blocks[:4]:
        m = _DATELINE.match(block.text)
        if m:
            found.add(m.group("name").strip().casefold())
        m = _PRESS_RELEASE.search(block.text)
        if m:
            found.add(m.group("name").strip().casefold())
    for pattern in (_COPYRIGHT, _READ_MORE, _MEDIA_ENQUIRIES, _OWN_PROGRAMME, _CAN_REVEAL):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            name = groups.get("name") or groups.get("name2") or groups.get("name3") or ""
            found.add(name.strip().rstrip(".").casefold())
    return {genitive_base(f) for f in found if f}


def source_key(name: str, namer: Namer) -> str:
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


# a body's own web page, in the kicker: "Wealdmarsh Constabulary › News › Rural crime"
_NEWSROOM_TRAIL = re.compile(
    r"(?P<name>[" + CAPITALS + r"][^›>\n]{2,80}?)\s*[›>]\s*(?:News|Newsroom|Press|Presse|Aktuelles|"
    r"Pressemitteilungen|Neuigkeiten|Media\s+centre|Media\s+center)\b"
)
# "Fairbuy › Home › Beds and bedding": a site's breadcrumb starts with the site's own name
_BREADCRUMB = re.compile(r"(?P<name>[" + CAPITALS + r"][^›\n]{1,60}?)\s*›")
# „Presseinformation · Klinikum Effelsmoor · 4. Dezember 2026“: the release word first
_RELEASE_FIRST = re.compile(
    r"(?:Pressemitteilung|Presseinformation|Press release|News release)\s*[·|–]\s*"
    r"(?P<name>[" + CAPITALS + r"][^·|–\n]{2,80}?)\s*(?:[·|–]|$)"
)

# a release's header in the kicker: „Stadt Brunsholm · Presse und Kommunikation“,
# „Polizeiinspektion Gelmersdorf · Pressestelle“, "Marrowfield County Council | Newsroom"
_RELEASE_WORD = re.compile(
    r"\b(?:Pressemitteilung|Pressestelle|Pressemeldung|Presse und Kommunikation|"
    r"Medienmitteilung|Newsroom|Press office|Press release|News release)\b"
)
_RELEASE_KICKER = re.compile(
    r"(?P<name>[" + CAPITALS + r"][^·|–\n]{2,80}?)\s*[·|–]\s*(?:[^\n]*?)" + _RELEASE_WORD.pattern
)
# a kicker that is a body's name alone; a police or customs office heads only its releases
_BODY_KICKER = re.compile(
    r"(?P<name>(?:Landkreis|Stadt|Gemeinde|Kreis)\s+[" + CAPITALS + r"][\w\- ]{2,40})"
)
_ISSUER_KICKER = re.compile(
    r"(?P<name>(?:Polizeiinspektion|Polizeipräsidium|Polizeidirektion|Hauptzollamt|"
    r"Feuerwehr)\s+[" + CAPITALS + r"][\w\- ]{2,40})"
)
# a publisher's bare kind: „die Polizei“ in the Polizeiinspektion's release, „der Kreis“ in
# the Landkreis's
_OWN_KINDS = {
    "polizeiinspektion": frozenset({"polizei"}),
    "polizeipräsidium": frozenset({"polizei"}),
    "polizeidirektion": frozenset({"polizei"}),
    "landkreis": frozenset({"kreis", "kreisverwaltung", "landkreis", "verwaltung"}),
    "stadt": frozenset({"stadt", "stadtverwaltung", "verwaltung", "rathaus"}),
    "gemeinde": frozenset({"gemeinde", "gemeindeverwaltung", "verwaltung", "rathaus"}),
}

# offices of a county, the state or the tax authority, not of the town that publishes
_NOT_TOWN_OFFICES = ("landrat", "kreis", "land", "finanz", "gesundheit", "bundes", "veterinär")

# the staff of a publisher that is a force or a council speak as the publisher
_OWN_STAFF = frozenset(
    {"officer", "officers", "council officer", "police officer", "beamte", "einsatzkräfte", "force"}
)
_STAFFED = frozenset(
    {
        "police",
        "constabulary",
        "council",
        "polizei",
        "polizeiinspektion",
        "polizeidirektion",
        "polizeipräsidium",
        "feuerwehr",
    }
)

# "An earlier version of this article said …": the publisher's own page, no cited source
_OWN_PAGE = re.compile(
    r"\b(?:this|our) (?:article|story|report|page)\b|\b(?:dieses|unseres) (?:Artikels|Beitrags|Textes)\b",
    re.IGNORECASE,
)

_OURS = re.compile(r"(?:our|my|unser(?:e|er|es|em|en)?|mein(?:e|er|es|em|en)?)\s", re.IGNORECASE)

_SOURCE_IN_WHY = re.compile(r", source “[^”]*”")


def _unresolved(a: Attr) -> bool:
    """A pronoun, an age, „eigenen“ or "its" that no person or body was found for."""
    return a.resolved == a.hit.text and a.hit.kind in ("pronoun", "age", "own", "possessive")


def _split_two_speakers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "Der Eigentümer hält eine Sanierung für unbezahlbar, Denkmalschützer sprechen von …":
    one sentence, two clauses, two speakers. Two claims of one sentence whose sources differ,
    the second named right after a comma (or semicolon) and before its own verb, are cut
    there: each clause is its speaker's claim."""
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        if c.rule.tag == "claim" and c.attr is not None and c.attr.resolved:
            by_span.setdefault((c.start, c.end), []).append(c)
    cut: dict[int, tuple[int, int]] = {}  # id(candidate) -> its clause
    for (start, end), group in by_span.items():
        group.sort(key=lambda c: c.cue_start)
        first, second = group[0], group[-1]
        assert first.attr is not None and second.attr is not None
        if (first.attr.resolved or "").casefold() == (second.attr.resolved or "").casefold():
            continue
        hit = second.attr.hit
        if not (first.cue_end <= hit.start < second.cue_start <= end):
            continue  # the second speaker is named before its own verb, after the first cue
        if not any(ch.isalnum() for ch in text[second.cue_end : end]):
            continue  # "The network plans to …, she said.": she tells the whole of it
        comma = max(  # "Council says …; civic society fears …": a semicolon cuts as well
            text.rfind(", ", first.cue_end, hit.start), text.rfind("; ", first.cue_end, hit.start)
        )
        if comma < 0 or text[comma + 2 : hit.start].strip(" ") not in ("", "und", "and"):
            continue  # the comma is right before the second subject ("…, und Y sagt")
        for c in group:
            cut[id(c)] = (start, comma) if c.cue_start < comma else (comma + 2, end)
    if not cut:
        return cands
    return [
        replace(c, start=cut[id(c)][0], end=cut[id(c)][1]) if id(c) in cut else c for c in cands
    ]


def _subject_before_document(named: list[Candidate]) -> list[Candidate]:
    """ "Librarians expect …, according to a briefing note": the people whose verb opens the
    sentence say it; the document the cue names after it is where it is written down."""
    if len(named) < 2 or named[0].rule.source != "group" or named[0].attr is None:
        return named
    cue = named[0].attr
    words = cue.hit.text.split()
    if cue.hit.kind != "descriptive" or not any(
        cue.namer.is_document(" ".join(words[:n])) for n in range(1, min(len(words), 4) + 1)
    ):  # "a briefing note prepared for the cabinet", "a consensus compiled by the company"
        return named
    for c in named[1:]:
        a = c.attr
        if (
            a is not None
            and c.cue_start < named[0].cue_start
            and a.hit.kind in ("name", "descriptive")
            and not a.namer.is_document(a.hit.text)
        ):
            return [c, *(x for x in named if x is not c)]
    return named


_CLOSING_TAIL = re.compile(CLOSING_TAIL + r"[.!?]?[\"”’]?\s*")


def _reports_verb_first(text: str, c: Candidate) -> bool:
    """„Andere Städte verlangten 60 Euro, teilte die Kammer mit.“: a German reporting clause
    (a rule with "reporting_clause") whose verb comes right after the comma and names someone;
    subject first („…, die Kammer schlug … vor“) it is a clause of its own."""
    return (
        bool(c.rule.params.get("reporting_clause"))
        and text[: c.cue_start].rstrip().endswith(",")
        and c.attr is not None
        and c.attr.hit.kind != "pronoun"  # „…, teilte er mit“: most often the subject again
    )


def _closing_speaker_first(text: str, named: list[Candidate], end: int) -> list[Candidate]:
    """ "Engineers found that cables had been damaged, the company said.": the speaker of the
    reporting clause that closes the sentence stands behind all of it, the verb inside it
    ("found") included."""
    if len(named) < 2 or named[0].rule.source not in ("subject", "group"):
        return named
    for c in named[1:]:
        a = c.attr
        if (
            a is not None
            and c.rule.source == "subject"
            # „Nach Berechnungen des Bauamts würde das … kosten, sagte Baudezernentin X“: a
            # person's closing clause stands behind the figures she cites, a body's does not
            and (
                named[0].rule.source == "subject"
                or (a.namer.lang == "de" and (a.person or a.hit.kind == "pronoun"))
            )
            and not c.inherited
            and c.cue_start > named[0].cue_start
            and not a.namer.is_document(a.hit.text)  # "…, the report said": its authors
            and not _unresolved(a)
            and (
                _reports_verb_first(text, c)
                if a.namer.lang == "de"
                else _CLOSING_TAIL.fullmatch(text, c.cue_end, end) is not None
                and _said_after(text, c, end)
            )
        ):
            return [c, *(x for x in named if x is not c)]
    return named


# a clause of its own after the comma: "…, although she never confirmed it"
_CONJUNCTION_OPENS = re.compile(
    r"\s*(?:and|but|or|although|though|while|as|because|since|when|after|before|if|so)\b",
    re.IGNORECASE,
)


def _said_after(text: str, named: Candidate, end: int) -> bool:
    """ "The riders are believed to have entered …, the force said.": a speaker named in a
    reporting clause after a comma at the sentence's end stands behind all of it, the
    hearsay inside included."""
    comma = text.rfind(",", max(0, named.cue_start - 60), named.cue_start)
    return (
        comma >= 0
        and end - comma <= 70
        and not re.search(r"[,;:]", text[comma + 1 : end].rstrip(" .!?\n"))
        and not _CONJUNCTION_OPENS.match(text, comma + 1)
    )


def suggestions(ctx: Pass, only: frozenset[str] | None = None) -> tuple[Suggestion, ...]:
    text = ctx.text
    cands = list(ctx.candidates)
    for q in ctx.quotes:
        s, e = q.pair.start, q.pair.end
        why = f"{q.words} words between {text[s]}…{text[e - 1]}"
        if q.how:
            why += f"; {q.how}"
        cands.append(Candidate(q.rule, s, e, s, e, why, q.attr))
    cands = _split_two_speakers(text, cands)
    merged: dict[tuple[str, int, int], list[Candidate]] = {}
    for c in cands:
        if only is None or c.rule.id in only:
            merged.setdefault((c.rule.tag, c.start, c.end), []).append(c)
    # claims that cite a source lend it to a quote of theirs that names no speaker
    cited = [c for c in cands if c.rule.tag == "claim" and c.attr is not None and c.attr.resolved]
    # and a quote whose speaker the claim's own words name lends that speaker to the claim:
    # 'Repairs "could run into thousands", he said, and …'
    spoken = sorted(
        (
            c
            for c in cands
            if c.rule.tag == "quote"
            and c.attr is not None
            and c.attr.resolved
            and not _unresolved(c.attr)
            and _is_source(ctx, c.attr)
        ),
        key=lambda c: c.start,
    )
    spoken_starts = [c.start for c in spoken]  # a claim looks only at the quotes inside it
    out: list[Suggestion] = []
    for (tag, start, end), group in merged.items():
        group.sort(key=lambda c: (c.cue_start, c.rule.id))
        first = group[0]
        named = [c for c in group if c.attr is not None and c.attr.resolved]
        named.sort(key=Candidate.rank)
        named = _subject_before_document(named)
        named = _closing_speaker_first(text, named, end)
        attr = named[0].attr if named else None
        # each part once: two rules' whys both say "reported speech going on from X"
        whys = list(dict.fromkeys(part for c in group for part in c.why.split("; ")))
        hearsay = [c for c in group if c.rule.params.get("hearsay")]
        if (
            hearsay
            and attr is not None
            and hearsay[0].cue_start < named[0].cue_start
            and not _said_after(text, named[0], end)
        ):
            attr = None  # "It is understood that the regulator has asked …": nobody named says so
            whys = [_SOURCE_IN_WHY.sub("", w) for w in whys]  # the why names no source either
            whys.append("no one named says so")
        if attr is not None and attr.note:
            whys.append(attr.note)
        attribution = attr.resolved if attr is not None else None
        if attr is not None and _unresolved(attr) and attr.hit.kind != "age":
            # "suggests claim (it)": a pronoun nothing resolved names no one ("the 83-year-old
            # passenger" at least describes someone)
            attribution = None
        if tag == "quote" and attribution is None:
            for c in cited:
                if c.start <= start and end <= c.end:
                    attribution = c.attr.resolved if c.attr else None
                    whys.append(f"no speaker named; the sentence cites {attribution}")
                    break
        if tag == "claim" and attribution is None and not hearsay:
            i = bisect_left(spoken_starts, start)
            for c in spoken[i : bisect_left(spoken_starts, end, i)]:
                hit = c.attr.hit if c.attr else None
                if hit and c.end <= end and start <= hit.start < end:
                    attribution = c.attr.resolved if c.attr else None
                    whys.append(f"the quote it holds is {attribution}'s")
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


# „Ringreiterverein Toftholm von 1887“, „Schützenverein Quellbrunn von 1889 e. V.“
_FOUNDED = re.compile(r"\S\s+" + FOUNDED_IN + r"(?:\s+e\.\s?V\.)?$")


def _is_source(ctx: Pass, a: Attr) -> bool:
    """A person or body the article attributes something to: not an unresolved pronoun, a
    document, the article's own publisher, nor a phrase whose head cannot speak."""
    name = a.resolved
    if not name or _unresolved(a):
        return False
    if a.namer.is_document(name) or _publisher(ctx, name, a.namer) or _OWN_PAGE.search(name):
        return False
    if _OURS.match(name):
        return False  # "our investigators", „Meine Tochter“: the writer's own, or the speaker's
    quoted = a.hit.kind == "quoted" or any(q in name for q in '„“»«"')  # „Ostring 30“
    if any(c.isdigit() for c in name) and not quoted and not _FOUNDED.search(name):
        return False  # „Werk 2“, „1.500 Menschen“; a club's year of founding is its name's
    words = name.split()
    if len(words) == 1 and words[0].casefold() in a.namer.not_names:
        if not a.namer.source_noun(name):
            return False
    if len(words) == 1 and thing_word(name, a.namer):
        return False  # „Frühwarnsystem“, „Fördermittel“, „Ausbildungsbilanz“: no speaker
    if len(words) == 1 and a.namer.lang == "de" and _written_small(ctx, name):
        return False  # „Schon heute …“, „Ehrlich gesagt …“: no noun, only a sentence's start
    if name == a.hit.text and a.hit.kind == "descriptive" and not a.namer.source_noun(name):
        return False
    content = [w for w in words if w.casefold() not in a.namer.determiners]
    if (
        len(content) == 1
        and (
            a.namer.is_role(content[0])
            or content[0].casefold().rstrip("s") in a.namer.spokespersons
        )
        and not a.namer.is_group(content[0])
        and (name == a.hit.text or len(words) == 1)
    ):
        return False  # "boss", „eines Sprechers“ left unresolved: a role, not someone named
    return True


def _written_small(ctx: Pass, word: str) -> bool:
    """A German word the article also writes in small letters: no noun (nouns are always
    capitalised), only a word that opened a sentence („Schon“, „Selbst“, „Zugesagt“); not an
    adjective's ending, which may stand for people („die Ehrenamtliche“)."""
    if ADJECTIVE.search(word):
        return False  # „Ehrenamtliche“, „Angehörige“: adjectives as nouns for people
    small = word[:1].lower() + word[1:]
    if small == word:
        return False
    if ctx.small_words is None:  # one pass over the text, not one per entry
        ctx.small_words = frozenset(_SMALL_WORD.findall(ctx.text))
    return small in ctx.small_words


# a word of the text as it stands between other words (not part of a hyphenated compound)
_SMALL_WORD = re.compile(r"(?<![\w\-])\w+(?![\w\-])")


def _publisher(ctx: Pass, name: str, namer: Namer) -> bool:
    """The article's own publisher: the agency of a dateline, the name after "©", the body
    of a press release's header, the paper in "lesen Sie … im EXPRESS"."""
    found = ctx.publisher_keys
    if found is None:
        found = ctx.publisher_keys = _publishers(ctx.article)
    if not found:
        return False
    key = genitive_base(source_key(name, namer))
    head = key.split()[0] if key else ""
    if key in _OWN_STAFF and any(w in _STAFFED for p in found for w in p.split()):
        return True  # "Officers believe …" in a police release: the force's own
    heads = {p.split()[0] for p in found}
    if " " not in key and any(key in _OWN_KINDS.get(h, ()) for h in heads):
        return True
    if key in found or (" " not in key and head in heads):
        return True
    if (
        " " not in key
        and key.endswith("amt")
        and not key.startswith(_NOT_TOWN_OFFICES)
        and heads & {"stadt", "gemeinde"}
    ):
        return True  # „das Hochbauamt“ in a town's own release: one of its offices
    # „die Feuerwehr“ in a release of the „Freiwillige Feuerwehr Hollmersbrück“, "the trust" on
    # the pages of the "Ottervale Leisure Trust": the publisher by its kind
    return (
        " " not in key
        and len(key) > 3
        and not namer.gender(key)
        and any(key in p.split()[1:] for p in found)
    )


def _acronyms(ctx: Pass) -> dict[str, str]:
    """ "Motor Workers' Union (MWU)": the acronym's source key → the full name's."""
    out: dict[str, str] = {}
    for m in _ACRONYM_AFTER.finditer(ctx.text):
        name = m.group("name").split()
        namer = ctx.namers[ctx.rulesets[0].lang]
        while name and (
            name[0].casefold() in namer.determiners or name[0].casefold() in namer.prepositions
        ):
            name = name[1:]
        acr = m.group("acr")
        # the run may start before the name („nach Angaben des Verbands der Spielwarenindustrie
        # (VdS)“): the longest tail whose initials spell the acronym is the name, if one does
        fitting = [name[i:] for i in range(len(name)) if name[i][:1].isupper()]
        name = next((tail for tail in fitting if _spells(acr, tail)), None) or next(
            (tail for tail in fitting if _nearly_spells(acr, tail)), name
        )
        if name:
            out[acr.casefold()] = genitive_base(source_key(" ".join(name), namer))
    return out


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the words' initials (all of them, or the capitalised ones) spell the acronym."""
    letters = acronym.casefold()
    every = "".join(w[0] for w in words).casefold()
    capitals = "".join(w[0] for w in words if w[:1].isupper()).casefold()
    return letters in (every, capitals)


def _nearly_spells(acronym: str, words: list[str]) -> bool:
    """Whether the capitalised words' initials spell all of the acronym but its last letter,
    which a compound hides: „Institut für Tierseuchenforschung (ITF)“."""
    capitals = "".join(w[0] for w in words if w[:1].isupper()).casefold()
    return len(capitals) >= 2 and capitals == acronym.casefold()[:-1]


@dataclass
class _Group:
    """One source while the list is built: the names it goes by (with how often), its mentions,
    and the names not to show while it has another: a title or role before the plain name, or a
    body's name without its tail."""

    names: dict[str, int] = field(default_factory=dict)
    mentions: set[tuple[int, int]] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)

    def absorb(self, other: _Group, titled: bool = False) -> None:
        for n, c in other.names.items():
            self.names[n] = self.names.get(n, 0) + c
        self.mentions |= other.mentions
        self.titled |= other.titled | (set(other.names) if titled else set())


def sources(ctx: Pass, suggestions: tuple[Suggestion, ...]) -> tuple[Source, ...]:
    """The cited sources, one per person or body: a surname merged into the full name (in
    `resolve`), "the council" into the one named source ending in "council"; documents
    ("the report", "Gerichtsdokumente") are no person or body and stay attributions only.
    Each source knows the suggestions attributed to it, so a panel can list them."""
    groups: dict[str, _Group] = {}
    acronyms = _acronyms(ctx)
    for a in sorted(ctx.attrs, key=lambda a: (a.hit.start, a.hit.end)):
        name = a.resolved
        if name is None or not _is_source(ctx, a):
            continue
        key = source_key(name, a.namer)
        key = acronyms.get(key, key)
        g = groups.setdefault(key, _Group())
        g.names[name] = g.names.get(name, 0) + 1
        if a.called is not None:  # "the council" before the council's name: an alias
            g.names.setdefault(a.called, 0)
        g.mentions.add((a.hit.start, a.hit.end))
    dets = frozenset().union(*(n.determiners for n in ctx.namers.values()))
    _merge_genitives(groups)
    _merge_kinds(ctx, groups)
    _merge_titled(ctx, groups, dets)
    _merge_shortened(ctx, groups)
    _merge_spokespeople(ctx, groups, acronyms)
    _merge_described(ctx, groups, dets)
    _merge_team(ctx, groups, dets)
    _merge_introduced(ctx, groups)
    _merge_nicknames(ctx, groups)
    _merge_roles(ctx, groups)
    out = []
    for g in groups.values():
        mentions = tuple(sorted(g.mentions))
        plain = [n for n in g.names if n not in g.titled] or list(g.names)
        name = max(plain, key=lambda n: (len(n.split()) > 1, _proper(n, dets), g.names[n], len(n)))
        aliases = tuple(n for n in g.names if n != name)
        wanted = {name, *aliases}
        mine = tuple(i for i, s in enumerate(suggestions) if s.attribution in wanted)
        out.append(Source(name, len(mentions), mentions, aliases, mine))
    out.sort(key=lambda s: (-s.count, s.mentions[0] if s.mentions else (0, 0)))
    return tuple(out)


def _proper(name: str, determiners: frozenset[str]) -> bool:
    """A name as the article writes a name, every longer word capitalised ("Porthkellan Harbour
    Commissioners", „Verband der Steuerzahler“), not a body by its kind ("harbour commissioners",
    "Exam board") nor a description opening a sentence ("A representative"): what the panel
    shows when it has both."""
    words = name.split()
    return (
        bool(words)
        and words[0].casefold() not in determiners
        and all(w[:1].isupper() for w in words if len(w) > 3)
    )


def _merge_genitives(groups: dict[str, _Group]) -> None:
    """ "Bundes der Steuerzahler" is "Bund der Steuerzahler"; „Allgemeine
    Studierendenausschuss“ (the weak form after „Der“, as an acronym's name was cut from „Der
    Allgemeine Studierendenausschuss (AStA)“) is „Allgemeiner Studierendenausschuss“."""
    for key in list(groups):
        base = genitive_base(key)
        if base != key and base in groups:
            groups[base].absorb(groups.pop(key))
            continue
        strong = strong_form_in(key, groups)
        if strong is not None:
            groups[strong].absorb(groups.pop(key))


_SPOKESPERSON_OF = re.compile(
    r"(?P<owner>.+?)(?:['’]s)?[\s\-](?:spokes(?:person|man|woman)|sprecher(?:in)?|pressesprecher(?:in)?)$"
)


def _merge_spokespeople(ctx: Pass, groups: dict[str, _Group], acronyms: dict[str, str]) -> None:
    """ "a NEAC spokeswoman", "Mr Stroud's spokesman", „ein LKA-Sprecher“ speak for the body or
    person before the noun: one source with it, when the list has it already (by its key, its
    acronym, or a full name ending in it)."""
    for key in list(groups):
        m = _SPOKESPERSON_OF.fullmatch(key)
        if m is None:
            continue
        words = m.group("owner").split()
        while len(words) > 1 and any(n.is_title(words[0]) for n in ctx.namers.values()):
            words = words[1:]  # "Mr Stroud's spokesman": Stroud's
        owner = acronyms.get(" ".join(words), " ".join(words))
        fuller = [k for k in groups if k != key and k.startswith(owner + " ")]
        if len(fuller) == 1 and not any(n.is_person(fuller[0]) for n in ctx.namers.values()):
            # "a Crannock spokeswoman" (and "Crannock" itself) speak for "Crannock Foods"
            if owner in groups:
                groups[fuller[0]].absorb(groups.pop(owner))
            groups[fuller[0]].absorb(groups.pop(key))
            continue
        if owner in groups and owner != key:
            groups[owner].absorb(groups.pop(key))
            continue
        ending = [k for k in groups if k != key and k.endswith(" " + owner)]
        if not ending:  # "a Vantry spokesman": Vantry Rail; "a force spokesperson": the police
            heads = _KIND_NAMES.get(owner, ())
            ending = [
                k
                for k in groups
                if k != key
                and (k in fuller or any(head_matches(w, h) for w in k.split() for h in heads))
            ]
        if len(ending) == 1:
            groups[ending[0]].absorb(groups.pop(key))


# a body called by its kind with a word its name does not end in: "the force" is Wyvern
# Constabulary, "the regulator" the Medicines Safety Agency, „Rathaus“ the Stadt Bad Herzfurt
_KIND_NAMES = {
    "force": ("police", "constabulary"),
    "regulator": ("regulator", "agency", "authority", "commission"),
    "watchdog": ("watchdog", "agency", "authority", "commission", "ombudsman"),
    "rathaus": ("stadt", "gemeinde", "stadtverwaltung", "gemeindeverwaltung", "rathaus"),
    "kreishaus": ("landkreis", "kreisverwaltung", "landratsamt", "kreishaus", "kreis"),
    "kreisverwaltung": ("landkreis", "kreisverwaltung", "landratsamt", "kreis"),
    "zoll": ("zoll", "zollamt"),
    # a town's administration and its offices speak as the town: „die Stadtverwaltung“,
    # „die Bauverwaltung“, „die Friedhofsverwaltung“ of the Stadt Ebbinghöfen
    "stadtverwaltung": ("stadt", "stadtverwaltung", "rathaus"),
    "gemeindeverwaltung": ("gemeinde", "gemeindeverwaltung", "rathaus"),
    "verwaltung": ("stadt", "gemeinde", "stadtverwaltung", "gemeindeverwaltung"),
    "bauverwaltung": ("stadt", "gemeinde"),
    "friedhofsverwaltung": ("stadt", "gemeinde"),
    "marktverwaltung": ("stadt", "gemeinde"),
    "bauamt": ("stadt", "gemeinde"),
    # a court's chamber or senate speaks as the court: „Die Kammer wies die Klage ab“
    "kammer": ("kammer", "gericht"),
    "zivilkammer": ("zivilkammer", "gericht"),
    "strafkammer": ("strafkammer", "gericht"),
    "senat": ("senat", "gericht", "gerichtshof"),
    "einsatzleitung": ("einsatzleitung", "feuerwehr", "polizei"),
    "kripo": ("polizei", "polizeipräsidium", "polizeidirektion", "polizeiinspektion"),
    "ermittler": ("polizei", "polizeipräsidium", "polizeidirektion", "polizeiinspektion"),
    "prüfer": ("rechnungshof", "landesrechnungshof", "prüfungsamt", "prüfamt"),
    "klinikleitung": ("klinik", "klinikum", "krankenhaus"),
    "hochschule": ("hochschule", "universität"),
    "forecaster": ("weather", "meteorological"),
}


_TOWN_OFFICES = frozenset(
    {"stadtverwaltung", "gemeindeverwaltung", "verwaltung", "bauverwaltung",
     "friedhofsverwaltung", "marktverwaltung", "bauamt"}
)  # fmt: skip


_COUNTY_OFFICES = frozenset({"kreisverwaltung", "kreishaus"})


def _merge_kinds(ctx: Pass, groups: dict[str, _Group]) -> None:
    """A body by its kind is the one named body of that kind: "the council" → "Kestrel County
    council", „Stiftung“ → „Stiftung X“, „die Polizei“ → „Polizeiinspektion Ebersfelde“."""
    generic_de = ctx.namers["de"].generic_orgs if "de" in ctx.namers else frozenset()
    for key in list(groups):
        if " " in key:
            continue
        base = genitive_base(key)
        heads = _KIND_NAMES.get(base, (base,))
        longer = [
            k
            for k in groups
            if k != key and any(head_matches(w, h) for w in k.split() for h in heads)
        ]
        if base in _TOWN_OFFICES:  # „Stadt Ebbinghöfen“ by name, not „Stadt“ or „Stadtwerke“
            bare = [k for k in longer if k in heads]
            longer = [
                k
                for k in longer
                if " " in k and any(head_matches(k.split()[0], h, whole=True) for h in heads)
            ]
            if not longer and len(bare) == 1:
                longer = bare  # „die Verwaltung“ and „die Stadt“ of a town never named whole
        if base in _COUNTY_OFFICES:  # „Kreis Uhlenbrake“, not „Arbeitskreis“
            longer = [k for k in longer if _kind_as_own_word(k.split(), heads)]
        if not longer and base in generic_de:
            longer = [
                k
                for k in groups
                if k != key
                and k.split()[0].startswith(base)
                and k.split()[0].isalpha()
                and not k.split()[0].endswith(("kreise", "kreisen", "quellen", "umfeld"))
                # „Stadtbaurätin Kristjana Mersmannshof“: a person with a role, no body
                and not any(n.is_role(k.split()[0]) for n in ctx.namers.values())
                # „die Stadt“ is its Stadtverwaltung, not the Stadtwerke or the Stadtelternrat
                and (
                    base not in ("stadt", "gemeinde")
                    or genitive_base(k.split()[0]) in _TOWN_OFFICES
                )
            ]
        if len(longer) > 1:
            # of several, only a name with the kind as a word of its own: a word that ends in
            # it may be a surname („Hovestadt“ is no „Stadt“)
            bodies = [
                k
                for k in longer
                if any(head_matches(w, h, whole=True) for w in k.split() for h in heads)
            ]
            longer = _named_last_before(ctx, groups, key, bodies)
        if (
            not longer
            and base != "group"
            # „Die Geschäftsführung teilte mit …“: a firm's management speaks as the firm
            and (
                base in FIRMS_LEADERSHIP
                or any(base in n.company_nouns for n in ctx.namers.values())
            )
        ):
            firms = [k for k in groups if k != key and _firm_name(ctx, groups[k])]
            if not firms and _firm_by_kind(key):
                # „das Unternehmen“ and „die Firma“ of a firm the list never names
                firms = [k for k in groups if k != key and _firm_by_kind(k)]
            if len(firms) > 1:
                # of several firms, "the company" is the one named last before it, as for
                # bodies; in a lede before every name the list does not guess
                firms = _named_last_before(ctx, groups, key, firms, after=False)
            longer = firms if len(firms) == 1 else []
        if len(longer) == 1:
            groups[longer[0]].absorb(groups.pop(key))


# words that place a body and are no part of its name: "the local council", "the area's health
# board", "the county's fire service" (a tier without "'s" is: "the county council")
_PLACING = frozenset({"local", "regional", "national", "area"})
_PLACING_OWNERS = _PLACING | {"county", "city", "town", "borough", "district", "region", "state"}
_STAFF = frozenset({"officers", "staff"})  # "council officers"; "health officials" are a group


def _merge_described(ctx: Pass, groups: dict[str, _Group], dets: frozenset[str]) -> None:
    """A body described in small letters is the one listed body whose name has its words: "the
    hospital's trust" is "Harnleigh Hospitals Trust", "a fire service spokesman" and "the
    county's fire service" are "Hobsdale Fire and Rescue Service", "the water regulator" is
    the "Water Resources Agency" (a kind's other heads, as for one word)."""
    namers = list(ctx.namers.values())
    for key in list(groups):
        if key not in groups:
            continue
        words = key.split()
        if len(words) < 2 or any(
            any(w[:1].isupper() for w in n.split() if w.casefold() not in dets)
            for n in groups[key].names
        ):
            continue  # (one word is `_merge_kinds`'; a capital word makes a name of its own)
        if any(words[-1] in n.spokespersons for n in namers):  # "a coastguard spokeswoman"
            words = words[:-1]
        elif words[-1] in _STAFF:
            # "council officers", "the district council's officers", "the council's planning
            # officers": the staff of the body they are named after ("council planning
            # officers" may be another council's, the planning authority's)
            bodies_at = [
                i
                for i, w in enumerate(words[:-1])
                if (i == len(words) - 2 or w.endswith(("'s", "’s")))
                and any(n.is_org_head(w.removesuffix("'s").removesuffix("’s")) for n in namers)
            ]
            if bodies_at:
                words = words[: bodies_at[-1] + 1]
                words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
        head = words[-1]
        if any(n.is_role(head) or n.is_group(head) for n in namers):
            continue  # "the event director", "local residents": people
        wanted: list[str] = []
        for w in words[:-1]:
            owner = w.removesuffix("'s").removesuffix("’s")
            if w in _PLACING or (owner != w and owner in _PLACING_OWNERS):
                continue
            wanted.append(owner.rstrip("'’"))
        heads = _KIND_NAMES.get(head, (head,))
        # "the water company", "the rail operator": a firm's name seldom holds its kind, so
        # the words before the kind must name it
        firm = bool(wanted) and any(head in n.company_nouns for n in namers)
        bodies = [
            k
            for k in groups
            if k != key
            and any(_proper(n, dets) for n in groups[k].names)
            and not any(n.is_person(k) for n in namers)
            and (firm or any(head_matches(w, h, whole=True) for w in k.split() for h in heads))
            and all(any(head_matches(w, m, whole=True) for w in k.split()) for m in wanted)
        ]
        if len(bodies) == 1:
            groups[bodies[0]].absorb(groups.pop(key))


def _kind_as_own_word(words: list[str], heads: tuple[str, ...]) -> bool:
    """A name with its kind as a word of its own, not after „des“: „Landkreis Ossenwedde“, „Kreis
    Uhlenbrake“, but not „Arbeitskreis Natur“ or „Seniorenbeirat des Kreises“."""
    return any(
        head_matches(w, h, whole=True)
        for i, w in enumerate(words)
        if i == 0 or words[i - 1] not in ("der", "des")
        for h in heads
    )


def _firm_by_kind(key: str) -> bool:
    """A firm called by a word for a firm or its management: „Unternehmen“, „Firma“,
    „Geschäftsführung“, "the company"."""
    return " " not in key and (genitive_base(key) in FIRMS_LEADERSHIP | ANY_FIRM)


def _firm_name(ctx: Pass, group: _Group) -> bool:
    """A source that is surely a firm, by a word of its name: "Marrowcurrent Energy", "Ellerdyke
    Bricks Ltd", "Brockbank & Tyldesley", „Kieswerk Torfbrügge GmbH“."""
    for name in group.names:
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        if any(
            n.is_org_head(w) and w.casefold() not in n.org_markers
            for w in words
            for n in ctx.namers.values()
        ):
            continue  # „Gewerkschaft Gastro & Versorgung“ is no firm
        if "&" in words or words[-1] in COMPANY_MARKS or words[-1] in FIRM_MARKS:
            return True
        if any(words[-1] in n.firm_words for n in ctx.namers.values()):
            return True
    return False


def _named_last_before(
    ctx: Pass, groups: dict[str, _Group], key: str, bodies: list[str], after: bool = True
) -> list[str]:
    """Of several bodies of one kind, the one the text names last before the kind is first
    used ("Scarlby Borough Council … the council said"), as a reader takes the nearest; in a
    lede that comes before every name, the one named first after it, if `after` allows."""
    first = min(groups[key].mentions)[0]
    before: dict[str, int] = {}
    later: dict[str, int] = {}
    for body in bodies:
        for name in groups[body].names:
            at = ctx.text.rfind(name, 0, first)
            if at >= 0:
                before[body] = max(before.get(body, -1), at)
            at = ctx.text.find(name, first)
            if at >= 0:
                later[body] = min(later.get(body, len(ctx.text)), at)
    if before:
        return [max(before, key=lambda b: before[b])]
    if later and after:
        return [min(later, key=lambda b: later[b])]
    return bodies


def _merge_titled(ctx: Pass, groups: dict[str, _Group], determiners: frozenset[str]) -> None:
    """A name with a title or role before it is the plain name ("Tamarack County Sheriff Ruben
    Alcott" → "Ruben Alcott"), which the list then shows."""
    namers = ctx.namers.values()
    for key in list(groups):
        shorter = [k for k in groups if " " in k and k != key and key.endswith(" " + k)]
        if len(shorter) == 1:
            # a body by its kind ("harbour commissioners") takes its name in full as the one to
            # show ("Porthkellan Harbour Commissioners"); a person keeps the name without title,
            # but a body's kind before its name is no title („Bürgerinitiative Ortsdurchfahrt
            # Rotthalde“ is shown in full)
            named = any(_proper(n, determiners) for n in groups[shorter[0]].names)
            kind = key[: -len(shorter[0])].split()
            body = any(n.is_org_head(w) for w in kind for n in namers)
            # a body's own name is no plain name with a title: "Eastern Residential Property
            # Tribunal" is shown in full, not as "Property Tribunal"
            of_body = any(n.is_org_head(w) for w in shorter[0].split() for n in namers)
            groups[shorter[0]].absorb(groups.pop(key), titled=named and not body and not of_body)


def _merge_shortened(ctx: Pass, groups: dict[str, _Group]) -> None:
    """A body's name without its tail is that body: "Counter Services" is "Counter Services Ltd",
    "Nimbra" is "Nimbra Cloud", when one listed body opens with it (a person's first name is
    not shortened this way: "Maria" may be any Maria). A tail naming people who own the body is
    another body: "Sallowby Town Supporters' Trust" is not the club "Sallowby Town"."""
    namers = ctx.namers.values()
    for key in list(groups):
        longer = [k for k in groups if k != key and k.startswith(key + " ")]
        if len(longer) != 1 or any(n.is_person(longer[0]) for n in namers):
            continue
        tail = longer[0][len(key) :].split()
        if any(w.endswith(("'", "’")) or n.is_group(w) for w in tail for n in namers):
            continue
        groups[longer[0]].absorb(groups.pop(key), titled=True)  # the panel shows the full name


_NAME_AFTER = re.compile(
    r"[^\S\n]+(?P<name>[" + CAPITALS + r"][\w\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w\-]+)*)"
)


def _merge_introduced(ctx: Pass, groups: dict[str, _Group]) -> None:
    """„der Koch“ after „TV-Koch Rocco Behrendt“: a one-word description is the one listed
    person or body the article introduced with a word ending in it, right before the name."""
    text = ctx.text
    for key in list(groups):
        if " " in key or len(key) < 4 or not key.isalpha():
            continue
        named = [k for k in groups if k != key and " " in k]
        found: set[str] = set()
        # the noun is searched as a literal (fast even in a 50,000-word article); the name is
        # matched only where it ends a word before a capital
        for m in re.finditer(
            rf"(?i:{re.escape(key)})(?=[^\S\n]+[{CAPITALS}])",
            text,
        ):
            name = _NAME_AFTER.match(text, m.end())
            if name is not None:
                after = name.group("name").casefold()
                found.update(k for k in named if after.startswith(k))
        if len(found) == 1:
            groups[found.pop()].absorb(groups.pop(key))


# an aside after a name that gives the name it goes by: "…, known to members simply as “the
# County”,", "…, which patients call simply “the Valley Trust”,", „…, im Ort nur „DoLa“ genannt,“
_NICKNAME = re.compile(
    r",(?P<aside>[^,.;:!?\n]{0,80}?\b(?:known|calls?|called|dubbed|nicknamed|heißt|genannt|nennen|"
    r"nennt)\b[^,.;:!?\n]{0,40}?|[^,.;:!?\n]{0,60}?)[„“\"»‚‘'](?P<nick>[^„“”\"«»‚‘’'\n]{2,40})[“”\"«‘’']"
    r"(?P<after>[^,.;:!?\n]{0,30})"
)
_NICKNAME_VERB = re.compile(
    r"\b(?:known|calls?|called|dubbed|nicknamed|heißt|genannt|nennen|nennt)\b"
)


def _merge_nicknames(ctx: Pass, groups: dict[str, _Group]) -> None:
    """A source the article names with the name it goes by, both listed: one source ("Wyvern
    County Bowls Association, known to members simply as “the County”"; „Winzergenossenschaft
    Saalberg, die im Ort nur „die Saalberger Winzer“ heißt“)."""
    namer = ctx.namers[ctx.rulesets[0].lang]
    for m in _NICKNAME.finditer(ctx.text):
        if not (_NICKNAME_VERB.search(m.group("aside")) or _NICKNAME_VERB.search(m.group("after"))):
            continue
        nick = source_key(m.group("nick"), namer)
        before = ctx.text[max(0, m.start() - 80) : m.start()].casefold()
        named = [k for k in groups if k != nick and before.endswith(k)]
        if nick in groups and named:
            groups[max(named, key=len)].absorb(groups.pop(nick))


_OWNING = frozenset({"its", "their", "his", "her", "the", "ihr", "ihre", "sein", "seine"})
_PERSON_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?(?P<name>["
    + CAPITALS
    + r"][\w\-]+\s+["
    + CAPITALS
    + r"][\w'’\-]+)"
)


def _merge_roles(ctx: Pass, groups: dict[str, _Group]) -> None:
    """ "its chief executive has warned" and "Helena Varga, 47, became chief executive" or
    "Chief executive Gareth Trefusis said": a role the article gives one listed person is that
    person, when just one."""
    namer = ctx.namers[ctx.rulesets[0].lang]
    for key in list(groups):
        words = key.split()
        while words and words[0] in _OWNING:
            words = words[1:]
        if (
            not words
            or not all(namer.is_role(w) for w in words)
            or namer.is_group(words[-1])
            or singular(words[-1]) != words[-1]
        ):
            continue  # "chief executive", "its chair": one person's role and nothing else
        role = re.escape(" ".join(words))
        found: set[str] = set()
        for pattern in (
            rf"(?i:{role}),?\s+{_PERSON_NAME}",
            rf"{_PERSON_NAME},[^.\n]{{0,60}}\b(?i:{role})\b",
        ):
            for m in re.finditer(pattern, ctx.text):
                name = m.group("name").casefold()
                if name in groups and name != key:
                    found.add(name)
        if len(found) == 1:
            groups[found.pop()].absorb(groups.pop(key))


def _merge_team(ctx: Pass, groups: dict[str, _Group], dets: frozenset[str]) -> None:
    """A study's team is one source however the article calls it ("the researchers", "the
    authors", "the team", „die Autoren“, „die Erstautorin“ …): its groups merge into the one
    cited most."""
    team = frozenset().union(*(n.team_nouns for n in ctx.namers.values()))

    def of_team(key: str) -> bool:
        words = [w for w in key.split() if w not in dets]
        return bool(words) and (" ".join(words) in team or all(w in team for w in words))

    keys = [k for k in groups if of_team(k)]
    if len(keys) < 2:
        return
    keys.sort(key=lambda k: -len(groups[k].mentions))
    for key in keys[1:]:
        groups[keys[0]].absorb(groups.pop(key))
