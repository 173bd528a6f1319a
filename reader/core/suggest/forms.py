"""Word forms the passes share: German genitive endings and the genders of bodies, the heads of
names, where clauses meet, what the lists know a word as. Pure functions of strings."""

from __future__ import annotations

import re
from collections.abc import Container

from reader.core.suggest.names import MASCULINE_ONLY_ENDINGS, Namer
from reader.core.suggest.ruleset import RuleSet
from reader.core.suggest.tokens import CAPITALS, PARTS_OF_MONTH, SMALL

WORD = re.compile(r"\w+")

# a German compound's first part in its linking form, as the word it is: „Firmen-“ in
# „Firmensprecher“ and „Firmenangaben“ is „Firma“
LINKING_FORMS = {"firmen": "firma", "kliniken": "klinik"}

# the genitive owner that tells a German body's kind apart when it has no name: „(Förderverein)
# des Museums“, „(Gesamtelternbeirat) der drei Kitas“, „(Kommunalaufsicht) des Landkreises Nordwarfen“;
# not „der“ before a masculine noun, a subject („nach Angaben der Kammer der Rückzug …“)
_NOT_A_SUBJECT = r"(?![^\S\n]+\w*(?i:" + "|".join(MASCULINE_ONLY_ENDINGS) + r")\b)"
OWNER_AFTER = (
    r"[^\S\n]+(?:des|der"
    + _NOT_A_SUBJECT
    + r")[^\S\n]+(?:(?:["
    + SMALL
    + r"]+|\d+)[^\S\n]+)?["
    + CAPITALS
    + r"][\w\-]+"
    r"(?:[^\S\n]+[" + CAPITALS + r"][\w\-]+(?=[^\S\n]+[" + SMALL + r"]|\s*[,.;:]))?"
)

# „Ende November“, „Anfang 2024“: a time after a body's kind, where its name would stand
# („hat der Heimatverein Pöttinghusen Ende November erhalten“)
NOT_A_TIME = rf"(?!(?:{'|'.join(sorted(PARTS_OF_MONTH))})\b)"

# a wire dateline that opens a sentence: a place in capitals, perhaps a date and the agency
DATELINE_START = re.compile(
    r"(?:["
    + CAPITALS
    + r"]["
    + CAPITALS
    + r" .'\-]{2,30}(?:,\s*[\w .]{1,25}){0,2}(?:\s*\([^()\n]{1,30}\))?|"
    # a German wire's place in title case, then its agency: „Ossenwedde (lmd) – …“
    r"["
    + CAPITALS
    + r"][\w\-]+(?:[^\S\n]+["
    + CAPITALS
    + r"][\w\-]+){0,2}\s*\([^()\n]{1,30}\))\s+[-–—]\s+"
)

DOCUMENT_BY = re.compile(
    r"\b(?P<doc>[A-Za-zÄÖÜäöüß\-]+)\b,?\s+(?:(?:published|commissioned|written|released|produced|"
    r"veröffentlicht\w*)\s+)?(?:on\s+\w+\s+)?(?:by|from|des|der|vom|von)\s+(?P<src>\S)"
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

_SPLITTERS: dict[str, re.Pattern[str]] = {}


# what a place says, with no one named in it: „Im Dorf heißt es, …“, „In Ohmsiel heißt es …“,
# „Im Ort erzählt man sich, …“, „In Wehlburg wird erzählt, …“ — hearsay: no speaker's words go
# on there, and „Im Hafen … man“ names no body (not „Im Rathaus heißt es“ nor „In der Mitteilung
# heißt es“: a body, a document)
HEARSAY_PLACE = re.compile(
    r"(?:\b(?:Im|In)\s+(?:Dorf|Ort|Viertel|Stadtteil|Quartier|Kiez|Flecken|Saal|Publikum|"
    r"Ortsteil|Umland|Nachbarort|Nachbardorf|Hafen|Tal|(?:Neu)?[Bb]augebiet|Wohngebiet|"
    r"Lehrerzimmer|Schulhaus|Gerichtsflur|Bauhof|(?:Kur|Stadt)?[Pp]ark|Freibad|Stadion|"
    r"der\s+(?:(?:Alt)?[Ss]tadt|Nachbarschaft|Siedlung|Passage))"
    # „Im Hafen von Knarrensiel heißt es“: the place, and where it lies
    r"(?:\s+von\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)?|"
    r"\bIn\s+(?:(?:Bad|Sankt)\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|"
    r"\bAm\s+(?:Kai|Hafen|Stammtisch|Tresen|Deich|Strand|See|Markt)|"
    r"\bAuf\s+dem\s+(?:[\w\-]*[Mm]arkt|Campus|Schulhof|Gerichtsflur|Bauhof|(?:Fest)?[Pp]latz))"
    r"\s+(?:heißt|hieß)\s+es\b"
    r"|\b(?:heißt|hieß)\s+es\s+(?:seitdem\s+|inzwischen\s+)?(?:im|in\s+der)\s+(?:Dorf|Ort|Viertel|"
    r"Stadtteil|Nachbarschaft)\b|\berzählt\s+man\s+sich\b"
    r"|\b(?:wird|wurde)\s+(?:[a-zäöüß]+\s+)?erzählt\b"  # „Im Dorf wird unterdessen erzählt“
)


def splitter(rs: RuleSet) -> re.Pattern[str]:
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
    "betrieb",
    "versorger",
    "anbieter",
    "träger",
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
    "klinikum",
    "museum",
    "archiv",
    "theater",
)


def neuter(name: str) -> bool:
    """A German body whose head noun is neuter („Amtsgericht Görlitz“, „das Landratsamt“): an
    „es“, never a „sie“ or an „er“."""
    words = name.split()
    head = next((w for w in words if w.casefold().rstrip("s").endswith(_NEUTER_NOUNS)), None)
    return head is not None and not noun_gender(words[-1]) and words[0] == head


def noun_gender(noun: str) -> str:
    """A German body's grammatical gender from its head noun's ending: „Kammer“ f, „Verband“ m,
    „Amt“ n (""): what „sie“ and „er“ can stand for."""
    f = noun.casefold().rstrip("s") if noun.casefold().endswith(("ts", "es")) else noun.casefold()
    if f.endswith(_FEMININE_NOUNS):
        return "f"
    if f.endswith(_MASCULINE_NOUNS):
        return "m"
    return ""


_LEGAL_FORMS = {"gmbh": "f", "ag": "f", "se": "f", "kg": "f", "ohg": "f", "e.v.": "m"}


def body_gender(name: str) -> str:
    """A German body's grammatical gender, "f", "m", "n" or "" (unknown): from its legal form
    („Flinkstrom GmbH“ is a „die“) or its first word whose ending says („Landesverband der
    Geflügelwirtschaft“ is a „der“, „Amtsgericht Görlitz“ a „das“)."""
    words = name.split()
    if words and words[-1].casefold() in _LEGAL_FORMS:
        return _LEGAL_FORMS[words[-1].casefold()]
    for word in words:
        base = genitive_base(word.casefold())  # „des Landesverbands“
        gender = noun_gender(word) or noun_gender(base)
        if gender:
            return gender
        if base.endswith(_NEUTER_NOUNS):
            return "n"
    return ""


def role_gender(noun: str, phrase: str, lang: str) -> str:
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
    if (
        lang == "de"
        and first in _POSSESSIVES
        and len(phrase.split()) == 2
        and not f.endswith(("e", *_NEUTER_PEOPLE))
    ):
        return "m"  # „Ihr Anwalt“: a role without „-in“ (or the „-e“ of „ihre Angestellte“)
    return ""


_POSSESSIVES = frozenset({"sein", "seine", "ihr", "ihre", "dessen", "deren", "unser", "unsere"})
# people a German „es“ stands for: „sein Kind“ is neither a he nor a she
_NEUTER_PEOPLE = ("kind", "mitglied", "mädchen", "team", "personal", "paar")


def head_matches(word: str, head: str, whole: bool = False) -> bool:
    """ "council" names "Council", "Handelsverband" ends in "verband" (unless the `whole` word
    must be the head), "Bundes" is "Bund"."""
    word = word.strip("'’")
    if word == head or genitive_base(word) == head or word.rstrip("s") == head:
        return True
    return (
        not whole and len(head) >= 5 and (word.endswith(head) or genitive_base(word).endswith(head))
    )


def listed_as_other(word: str, namer: Namer) -> bool:
    """A word the lists know as something other than a name: a function word, a role, a kind of
    body ("Auch", „Trainer“, „Verband“, "company")."""
    fold = word.casefold()
    return (
        fold in namer.not_names
        or fold in namer.determiners
        or fold in namer.quantifiers  # „Zwei Messungen“: a number, no forename
        or fold in namer.prepositions
        or fold in namer.pronouns
        or fold in namer.subordinators
        or fold in namer.generic_orgs
        or fold in namer.company_nouns
        or namer.is_role(word)
        or namer.is_org_head(word)
    )


# words that make a role more exact ("District Judge Skelhorn"), and determiners: no part of
# a firm's name
_ROLE_MODIFIERS = frozenset(
    {"district", "deputy", "senior", "chief", "acting", "assistant", "circuit", "crown", "high"}
    | {"principal", "head", "lead", "interim", "former", "vice", "new", "the", "a", "an"}
)


def without_role(name: str, namer: Namer) -> str:
    """A person's name without the role and owner before it: „Talheims Trainer Marek Nowak“ →
    „Marek Nowak“, "Chief Executive Dana Ruiz" → "Dana Ruiz"."""
    words = name.split()
    cut = max((i for i, w in enumerate(words[:-1]) if namer.is_role(w)), default=-1)
    rest = words[cut + 1 :]
    if cut < 0 or not rest or not all(w[:1].isupper() for w in rest):
        return name
    if namer.is_org_head(rest[-1]):
        return name  # "Touring Coach Operators' Federation": a body, whose name has a role word
    if namer.lang == "en" and len(rest) == 1 and namer.role_by_ending_only(words[cut]):
        return name  # "Flurrymaker Hire": a firm named with a word that only ends like a role
    before = words[:cut]
    if (
        len(rest) == 1
        and before
        and namer.lang == "en"
        and not any(
            namer.is_role(w) or w.endswith(("s", "'", "’")) or w.casefold() in _ROLE_MODIFIERS
            for w in before
        )
    ):
        return name  # "Lambstow Executive Travel": a firm whose name has a role word in it
    return " ".join(rest)


def strong_form_in(name: str, known: Container[str]) -> str | None:
    """The strong form of a German name in the weak one („Allgemeine Studierendenausschuss“ →
    „Allgemeiner …“, „Statistische Landesamt“ → „Statistisches …“), if `known` holds it: the
    same body, as it is cited where an article's „Der“ or „Das“ did not stand before it."""
    first, _, rest = name.partition(" ")
    if not rest or not first.endswith("e"):
        return None
    return next((f"{first}{e} {rest}" for e in "rs" if f"{first}{e} {rest}" in known), None)


def genitive_base(key: str) -> str:
    """A German name's first word without its genitive ending: "bundes der steuerzahler" →
    "bund der steuerzahler", "nordinstituts für …" → "nordinstitut für …", "ministeriums" →
    "ministerium"."""
    first, _, rest = key.partition(" ")
    if (
        len(first) > 4
        and first.endswith("es")
        and (first[-3] in "dtsßzxfgkb" or first.endswith("ches"))
    ):
        first = first[:-2]  # „Amtes“, „Bundes“, „Hauses“, „Kreises“, „Hofes“, „Verlages“, „Buches“
    elif (
        (len(first) > 4 or first.endswith("ts"))  # „des Amts“, „des Rats“: short, but a -ts
        and first.endswith("s")
        and not first.endswith(("ss", "us", "is", "os", "fonds"))  # „Landesforschungsfonds“
    ):
        first = first[:-1]
    return f"{first} {rest}".strip()


# a verb whose subject heard the words when nothing follows it ("court told", "inquest hears")
_AUDIENCE_VERB = re.compile(r"told|hears?|heard", re.IGNORECASE)


def audience_only(text: str, vs: int, ve: int, hi: int) -> bool:
    """ "'…', court told", "…, the jury heard.": the subject of the verb [vs, ve) listened to the
    words; with nothing after the verb (up to `hi`) it names no speaker."""
    return bool(_AUDIENCE_VERB.fullmatch(text, vs, ve)) and not text[ve:hi].strip(" .,;!?\n")


# German nouns that name things and events, never who speaks
_THING_ENDINGS = (
    "ung", "ungen", "heit", "keit", "tion", "bilanz", "system", "mittel", "fälle", "fällen",
    "bilder", "kosten", "preise", "zahlen",
)  # fmt: skip
# … unless the word is one for people who act together: „Geschäftsführung“, „Opposition“
_BODY_ENDINGS = (
    "leitung", "führung", "verteidigung", "opposition", "organisation", "koalition",
    "vertretung", "verwaltung", "vereinigung", "stiftung", "innung", "direktion", "redaktion",
    "fraktion", "institution", "kommission", "delegation", "gewerkschaft", "versammlung",
)  # fmt: skip


def thing_word(word: str, namer: Namer) -> bool:
    """A German noun for a thing or an event („Frühwarnsystem“, „Entscheidung“), which never
    speaks, unlike a word for people acting together („Geschäftsführung“, „Opposition“)."""
    fold = word.casefold()
    return (
        namer.lang == "de"
        and fold.endswith(_THING_ENDINGS)
        and not fold.endswith(_BODY_ENDINGS)
        and not namer.source_noun(word)
        and not namer.is_org_head(word)
    )


# an infinitive closing a clause a modal verb governs: „… könne ein Restaurant … verlangen.“
_CLAUSE_END = re.compile(r"\s*[.,;:!?]")
_MODAL = re.compile(
    r"\b(?:kann|könne|können|könnte|könnten|darf|dürfe|dürfen|dürfte|muss|müsse|müssen|"
    r"soll|solle|sollen|sollte|will|wolle|wollen|wollte|werde|wird|würde|würden)\b"
)


def governed_infinitive(text: str, lo: int, vs: int, ve: int) -> bool:
    """A verb in the infinitive closing a clause a modal governs („… könne ein Restaurant
    nicht den vollen Preis verlangen.“): what may be done, not what someone says."""
    if not text[vs:ve].endswith("en") or not _CLAUSE_END.match(text, ve):
        return False
    clause = max(lo, text.rfind(",", lo, vs) + 1)
    return _MODAL.search(text, clause, vs) is not None
