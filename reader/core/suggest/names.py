"""Who is speaking: the subject noun phrase of a reporting clause, and the source a phrase names.

Heuristics only, driven by the lexicon of the article's rule set. A subject is read back from its
verb over comma-separated appositives ("Swim South, the regional swimming body, said"; "Its chair,
retired engineer Colin Marsh, 71, said"), parentheses ("(MWU)", "(CSU)") and auxiliaries ("would
only say"); of its segments the first that holds a name wins, else a descriptive phrase ("Analysts",
"A source close to the couple", "Ein Sprecher der Verkehrsbetriebe"). A name is a run of
capitalised words without its titles and roles ("Prof. Matthias Ebeling"), cut before "of / in /
aus …" tails unless the head is an institution ("Institut für Verkehrsökonomie", "Bund der
Steuerzahler"). In English a capitalised word that opens a sentence counts as a name only when the
article also writes it capitalised inside a sentence, or another name word follows; German
capitalises every noun, so there a run is a name and persons are told apart by first names, titles,
roles and ages. Every name returned is an exact substring of the text, so its offsets point at it.
"""

from __future__ import annotations

import re

from reader.core.suggest.lexicon import Lexicon
from reader.core.suggest.ruleset import QUOTE_CHARS
from reader.core.suggest.tokens import (
    ACRONYM,
    ADJECTIVE,
    CAPITALS,
    PARTS_OF_MONTH,
    POSSESSIVE,
    NameHit,
    Tok,
    attributive,
    tokens,
)

_AGE = re.compile(r"\d+-(?:[Jj]ährige[rn]?|year-old)$")  # "die 48-Jährige", "the 44-year-old"
# a barrister's part in a case, set between commas after the name ("Julian Marsh, defending,")
_COURT_ROLES = frozenset({"prosecuting", "defending", "mitigating", "representing"})
# „Mitte kommender Woche“, „Ende des Jahres“: a time after „Mitte / Anfang / Ende“
_TIME_AFTER_PART = re.compile(
    r"\s+(?:der|des|nächste[nrs]?|kommende[nrs]?|diese[nrs]?|vergangene[nrs]?|letzte[nrs]?)\b"
)
_AGE_WORD = re.compile(r"^\d{1,3}$")
_HAS_DIGIT = re.compile(r"\d")
# a web address named as a source ("laut de.qz.com"), not a figure („118.000“)
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
# "one of them", „einer von ihnen“: one of a group named before ("two people familiar with …")
_PARTITIVE = (
    r"(?:one|two|some|several|both|each|neither|none|einer|eine|eines|zwei|beide|keiner)"
    r"\s+(?:of\s+them|of\s+those|von\s+ihnen)"
)
_PARTITIVE_BEFORE = re.compile(rf"(?<![\w-])(?P<p>{_PARTITIVE})\s*$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(rf"\s*(?P<p>{_PARTITIVE})\b", re.IGNORECASE)
_PARTITIVE_GROUP = re.compile(
    r"\s*(?P<p>(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens|"
    r"[Hh]undreds)\s+of\s+(?:the|his|her|their|its|our|them)\s+(?:[\w\-’']+\s+){0,2}?(?P<group>[\w\-]+))"
    r"(?:\s+(?:have|had|has|also|later|then))?\s*"
)
_VERB_PARTICLES = frozenset(
    {"ein", "an", "aus", "zu", "vor", "mit", "zurück", "hinzu", "fest", "ab", "auf", "hin", "dar"}
)
_TIME_WORD = re.compile(
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}|spring|summer|autumn|winter|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"  # „ein Sprecher am Mittwoch“: when
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|"
    r"frühjahr|frühling|sommer|herbst|nacht|vormittag|nachmittag"  # „ein Gutachter im Sommer“
)
# English plurals of people by what they do: "stallholders", "breeders", "farmers", "residents"
_PEOPLE_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|holders)\Z")
_COUNTED_GROUP = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:Mehrere|Einige|Viele|Manche)\s+\Z")
_IMPERSONAL = frozenset({"man", "es", "one", "wir", "we", "ich", "i", "you", "du"})
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,5}s$")
# what makes a vague source a source: "… familiar with the matter", "… briefed on the sale",
# "… with knowledge of the talks", "… who spoke on condition of anonymity"
# a time that may end a source's phrase ("… by the council last week")
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "recently"})
_PERIODS = frozenset(
    {"week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "winter"}
)

_ANONYMOUS_TAIL = re.compile(
    r"\s+(?:not\s+)?(?:(?:directly\s+|closely\s+)?familiar\s+with|close\s+to|briefed\s+on|involved\s+in"
    r"|working\s+(?:in|at|for|on)|based\s+(?:in|at)"
    r"|(?:with|who\s+ha(?:ve|s|d))\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|knowledgeable"
    r"\s+about|aware\s+of)"
    r"(?:\s+(?!said\b|say\b|says\b|told\b|tell\b|added\b)[\w'’\-]+){1,5}?"
    r"(?=\s*[,.;:!?]|\s+(?:said|say|says|told|tell|added|who|that)\b)"
    r"|\s+who\s+(?:spoke|asked|requested|declined|were\s+not|was\s+not|are\s+not|is\s+not)"
    r"[^,.;:!?]{0,50}?(?:anonymity|named|identified|authori[sz]ed\s+to\s+speak(?:\s+publicly)?)"
)
_GENITIVE_AFTER = re.compile(
    r"\s+(?:der|des)\s+[" + CAPITALS + r"][\wäöüß\-]+(?:\s+[" + CAPITALS + r"][\wäöüß\-]+)?"
)
# an English past-tense verb ends a descriptive phrase's tail ("Analysts at X raised …")
_VERB_FORM = re.compile(r"[a-z]{3,}ed")
_BRANCHES = frozenset({"branch", "branches", "chapter", "section"})
# when or how after a reporting verb that ends its sentence: "said.", "said on Thursday.",
# "said in a statement."
CLOSING_TAIL = (
    r"(?:[^\S\n]+(?:on[^\S\n]+\w+day|(?:last|this|earlier[^\S\n]+this)[^\S\n]+\w+|yesterday|"
    r"today|tonight|in[^\S\n]+a[^\S\n]+(?:statement|letter|post|email|report)))?"
)
_SENTENCE_FINAL_VERB = re.compile(r"[\w’']+" + CLOSING_TAIL + r"[.!?]")
# what opens the object of a verb in the past tense ("started the race", "raised £2m")
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "more"})
# a possessive determiner after "für" / "of" opens an object, never a body's name
_POSSESSIVE_DETERMINERS = frozenset(
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere "
    "unseren unserem unserer his her its their our".split()
)
# endings of German nouns that are masculine and singular only: after „der“ such a noun is a
# subject („nach Angaben des Kreises der Umgang mit …“), never a genitive („des Umgangs“)
MASCULINE_ONLY_ENDINGS = ("gang", "zug", "kreis", "schluss", "trag", "schlag", "streit", "schutz")


def masculine_only(word: str) -> bool:
    """Whether a German noun is masculine and singular by its ending: „der Rückzug“ is then a
    subject, not a body's owner."""
    return word.casefold().endswith(MASCULINE_ONLY_ENDINGS)


# the ending of an English agent's noun: "stickler", "harbourmaster", "collector", "florist"
_AGENT_ENDING = re.compile(r"(?:ler|tor|ist|master|keeper|monger|wright)$")
_FIRM_KIN = frozenset({"brothers", "bros", "sons", "daughters", "partners", "associates"})
# words that open an outlet's name after a person's, which the person spoke to
# a paper after a German speaker, in the dative: whom it was said to („sagte ein Sprecher der
# Stadt dieser Zeitung“, „sagte eine Sprecherin der DORFTROMMEL“, a paper's name in capitals)
# or a name that ends like a paper's or a station's („der Kaufmannspost“, „der Kreiswelle“)
_OUTLET = (
    r"(?:Zeitung|[A-ZÄÖÜ]{5,}"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:zeitung|blatt|bote|kurier|anzeiger|rundschau|post|welle|funk|echo))"
)
_TOLD_TO_PAPER = re.compile(rf"(?:der|dem|dieser|unserer)\s+{_OUTLET}")
# the same after a body's name: „sagte eine Sprecherin der Stadt der Kreiswelle“
_TOLD_TO_PAPER_TAIL = re.compile(rf"[^\S\n]+(?:der|dem)[^\S\n]+{_OUTLET}\.?$")


def before_paper_told(text: str, lo: int, end: int) -> int:
    """Where a German body's name from `lo` to `end` ends when a paper or a station it told
    follows it („der Stadt der Kreiswelle“: before „der Kreiswelle“); `end` when none does."""
    told = _TOLD_TO_PAPER_TAIL.search(text, lo, end)
    return told.start() if told is not None and told.start() > lo else end


_GERMAN_POSSESSIVES = frozenset(
    {"ihrer", "ihrem", "ihren", "ihre", "seiner", "seinem", "seinen", "seine", "deren", "dessen"}
)
_OUTLET_WORDS = frozenset({"Radio", "TV", "Sender", "Zeitung", "Rundfunk", "Magazin"})
# common nouns no body's own name ends in („im Verkehrsministerium Überlegungen“, „sammelt der
# Verein Spenden“)
_PLURAL_THINGS = ("kosten", "ungen", "preise", "gebühren", "zahlen", "spenden", "unterschriften")
# endings of German nouns that are things, never a body's own name after its kind: „der
# Stadtwerke Mehrkosten von 38 Euro“
COMMON_NOUN_ENDINGS = ("ung", "heit", "keit", *_PLURAL_THINGS)
_PLURAL_KINDS = ("werke", "betriebe")


def thing_after_body(kind: str, word: str) -> bool:
    """Whether `word` after a German body's `kind` (both casefolded) is a thing of the body's,
    not the body's own name: „der Stadtwerke Mehrkosten“, „des Verbands Einbußen“, „im
    Verkehrsministerium Überlegungen“ (where „Fachverband Glasgestaltung“ is a name). A thing
    ends like a common noun, and either the kind is in the genitive or the plural or the word
    is a plural thing."""
    if word.endswith("ung") and not kind.endswith(_PLURAL_KINDS):
        # a singular „-ung“ takes an article after a genitive („des Verbands Förderung“ is no
        # German): „des Wasserverbands Ellernniederung“ is the body's own name
        return False
    return word.endswith(COMMON_NOUN_ENDINGS) and (
        kind.endswith(("s", *_PLURAL_KINDS)) or word.endswith(_PLURAL_THINGS)
    )


# the words that take a common noun, never a town's name: „das Geld“, „keine Flächen“
_NOUN_TAKERS = (
    r"(?<!,[^\S\n])(?:[Dd](?:ie|er|en|em|as|es)|[Ee]in(?:e[mnrs]?)?|[Kk]ein(?:e[mnrs]?)?|"
    r"viel|wenig|solche[mnrs]?)"
)  # (not a relative pronoun after its comma: „…, der Hollenstaig mit Wasser versorgt“)


def noun_not_town(text: str, word: str) -> bool:
    """Whether `word` after „die Stadt“ or „die Gemeinde“ is the object the sentence goes on
    to (a common noun: „nennt die Stadt Sauerstoffmangel“, „verlangt die Stadt Geld“), not the
    town's name: a town the article is about stands elsewhere in it too (in its dateline, „in
    Kattenbrück“, „Kattenbrücker“), never after an article."""
    if word.endswith("-"):
        return True  # „der Stadt Getränke- und Imbissstände“: half of a pair of nouns
    stem = re.escape(word)
    elsewhere = opening = 0
    for m in re.finditer(rf"(?<![\w\-])(?i:{stem})(?:er|s)?(?![\w\-])", text):
        before = text[max(0, m.start() - 20) : m.start()]
        if m.group() == word and re.search(rf"(?<![\w\-]){_NOUN_TAKERS}[^\S\n]+$", before):
            return True  # (not „der Kressenbrücker Leineweber“: the town's adjective)
        if not re.search(r"(?:Stadt|Gemeinde)[^\S\n]+$", before):
            elsewhere += 1
        elif _TOWN_OPENS.search(before) or not _OBJECT_ENDS.match(text, m.end()):
            # „Die Gemeinde Hollenstaig schätzt …“, „Eine Sprecherin der Stadt Ostermöhlen
            # teilte … mit“: named once, and no object's end or preposition after it
            opening += 1
    return elsewhere == opening == 0


def object_after_town(text: str, town: str, word: str) -> bool:
    """Whether capitalised `word` after „Stadt“ / „Gemeinde“ `town` is the sentence's object
    („will die Stadt Eickenbrügge Vertragsstrafen verhängen“), not the second half of the
    name: a town's name is one word (two after „Bad“, „Sankt“ …) that stands elsewhere in the
    article without `word` after it."""
    if not (town[:1].isupper() and word[:1].isupper()) or town.casefold() in _TOWN_NAME_OPENERS:
        return False
    alone = rf"(?<![\w\-]){re.escape(town)}(?![\w\-])(?![^\S\n]+{re.escape(word)})"
    return re.search(alone, text) is not None


def town_without_object(text: str, found: str) -> str:
    """„Stadt Eickenbrügge“ of „die Stadt Eickenbrügge Vertragsstrafen“: a third word after
    „Stadt“ / „Gemeinde“ and the town is its name only after „Bad“, „Sankt“ … (the cut
    `object_after_town` makes, for a name found by a pattern rather than by the name events)."""
    words = found.split()
    if len(words) > 2 and object_after_town(text, words[1], words[2]):
        return " ".join(words[:2])
    return found


# where an object ends: a stop, or the preposition of what follows it („verlangt die Stadt
# Geld für den Platz“)
_OBJECT_ENDS = re.compile(
    r"[^\S\n]*[.,;:!?]|[^\S\n]+(?:für|von|vom|zu|zum|zur|aus|an|am|auf|in|im|mit|nach|bei|"
    r"beim|über|unter|jenseits|gegen|um|durch|ohne|seit|bis|pro|und|oder|als|wie)\b"
)
# the words a two-word town's name opens with („Stadt Bad Lindwerth“, „Gemeinde Sankt Ulrich“)
_TOWN_NAME_OPENERS = frozenset(
    {"bad", "sankt", "st.", "hohen", "groß", "klein", "neu", "alt", "markt", "ostseebad",
     "nordseebad", "seebad", "lutherstadt", "hansestadt"}
)  # fmt: skip
# a sentence that opens with the town: „Die Stadt Kressenbrück prüft …“
_TOWN_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Die|Der)\s+(?:Stadt|Gemeinde)[^\S\n]+$")


def _object_after_name(text: str, surname: Tok, word: Tok) -> bool:
    """Whether `word` after a German person's „First Surname“ is the sentence's object, not a
    third part of the name: the surname stands elsewhere without it, and the word stands
    nowhere else or elsewhere after an article („Weißasbest“, „die Geräte“)."""
    alone = False
    for m in re.finditer(rf"(?<![\w\-]){re.escape(surname.text)}(?![\w\-])", text):
        if m.start() != surname.start and not text.startswith(word.text, m.end() + 1):
            alone = True
            break
    if not alone:
        return False
    for m in re.finditer(rf"(?<![\w\-]){re.escape(word.text)}(?![\w\-])", text):
        if m.start() == word.start:
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if not re.search(rf"(?<![\w\-]){_NOUN_TAKERS}[^\S\n]+$", before):
            return False  # „Anna Maria Schmidt“ … „Schmidt sagte“: her name's last part
    return True


# what a figure measures: after one, the figure is an amount, not part of a name („Linie 9“)
_UNITS = frozenset(
    "euro cent prozent prozentpunkte meter kilometer quadratmeter hektar liter tonnen grad "
    "millionen milliarden stunden minuten tage wochen monate jahre mal per percent pounds "
    "pence metres miles hours days weeks years".split()
)

_COUNT_NOUNS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions"})
# a German aside between a subject and its verb opens with a preposition of time or place
_GERMAN_ASIDE_OPENERS = frozenset({"seit", "im", "aus", "bei", "beim", "vom"})

# "People living on Ferry Parade", "Solicitors acting for six households", "Passengers
# contacted by the Sentinel": a participle and its preposition say which people
_PARTICIPLE_TAIL = frozenset(
    {"living", "acting", "working", "staying", "based", "contacted", "interviewed", "surveyed"}
)
_BODY_PARTS = frozenset(
    {"office", "department", "team", "unit", "press", "spokesperson", "service", "services"}
)
_ONE_PERSON = frozenset({"a", "an", "one", "another"})  # "one senior adjuster", "a mother of two"
_FEMININE_PAIR = re.compile(r"\b([" + CAPITALS + r"][\wäöüß]+)innen\s+und\s+$")
_ABOUT = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "just"})
GERMAN_INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
_LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "monopoly", "supply"})
_ANONYMOUS_OPENERS = frozenset(
    {
        "briefed",
        "familiar",
        "close",
        "involved",
        "knowledgeable",
        "aware",
        "directly",
        "closely",
        "working",
        "based",
    }
)


# how far from its cue a name is looked for (a subject before its verb, a speaker after a quote,
# the source after "laut"): further than any real sentence puts one, and a bound that keeps a
# pathological "sentence" (thousands of words and no full stop) linear to read
REACH = 600

# the words that open a German relative clause: „der …“, „die …“, „deren …“
_GERMAN_RELATIVES = frozenset(
    {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche", "welches"}
)
# "Driving instructor Maureen Oakenshaw, who has taught …, said": the clause is hers ("that"
# opens reported speech as often as a relative clause, so it is not one of them)
_ENGLISH_RELATIVES = frozenset({"who", "whose", "which"})


# what opens a list item that a text extractor kept: "- Police believe …", "• Die Stadt prüft …"
_BULLETS = frozenset({"-", "•", "*", "–", "·", "▪"})

# a segment opening with one of these starts a clause of its own, with its own subject
_CONTRAST = frozenset({"but", "yet", "whereas", "aber", "doch", "sondern", "jedoch"})


# the people a club is named after, last in its name: "Smoochley Footpath Friends"
_CLUB_PLURALS = frozenset(
    {"friends", "ramblers", "walkers", "volunteers", "users", "watchers", "keepers", "singers",
     "ringers", "swimmers", "riders", "runners", "traders", "supporters", "wardens", "anglers"}
)  # fmt: skip
# possessives of plurals without an s, which open or continue institutions' names ("Women's
# Tennis Circuit", "Whelkhaven Inshore Fishermen's Association", "Children's Society")
_PLURAL_POSSESSIVE = re.compile(r"(?:\w*men|children|people)['’]s")


# capitalised inside a sentence, a preposition goes on with a name: „Kleingartenverein Am Rehgraben“
_NAME_PREPOSITIONS = frozenset({"Am", "An", "Im", "Zum", "Zur", "Auf", "Unter", "Vor"})
# a capitalised adjective before a role is part of the role: „der Ärztliche Direktor“
_ROLE_ADJECTIVE_ENDINGS = ("liche", "ische", "ende", "ierte", "tive")

# the people around someone, who speak as that circle: „Freunde der Familie“
_CIRCLES = frozenset({"Freunde", "Kollegen", "Kameraden", "Weggefährten", "Bekannte", "Verwandte"})


class Namer(Lexicon):
    """Name extraction with one rule set's word lists (and, per article, its proper words)."""

    def _name_word(self, tok: Tok, following: Tok | None = None) -> bool:
        """A capitalised word that can be part of a name."""
        if not tok.cap or tok.fold in self.not_names or tok.fold in self.determiners:
            return False
        if _ACRONYM_PLURAL.match(tok.text):
            return False  # "MPs", "GPs": a group of people, not a name
        if len(tok.text) > 6 and tok.text.isupper():
            return False  # "CAMBERFORD", "TAXPAYERS": a dateline or a shouted kicker, no name
        if tok.fold in self.pronouns or tok.fold in self.subordinators:
            return False
        if self.lang == "en" and tok.initial and not ACRONYM.match(tok.text):
            bare = POSSESSIVE.sub("", tok.text)
            if bare in self.proper or bare in self.first:
                return True
            return following is not None and (
                (following.cap and not following.initial and following.fold not in self.not_names)
                or following.text == "&"  # "Marks & Spencer said"; "X and Y Trust" is checked
            )
        return True

    # noun phrases ------------------------------------------------------------------------------
    def _plural_possessive_name(self, tok: Tok, nxt: Tok | None) -> bool:
        """ "Taxpayers' Alliance", "Farmers' Union": a plural possessive that is the first word
        of an institution's name, not the owner of what follows. A plural without an s before
        a capitalised word is one too: "Women's Tennis Circuit", "Children's Society"."""
        if nxt is None or not (tok.cap and nxt.cap):
            return False
        if _PLURAL_POSSESSIVE.fullmatch(tok.fold):
            return True
        return tok.text.endswith(("s'", "s’")) and (
            self.is_org_head(nxt.text)
            # "Commuters' Voice": a capitalised word after the plural is no thing of theirs
            or (self.lang == "en" and nxt.text.isalpha() and nxt.fold not in self.not_names)
        )

    def _two_plural_possessives(self, toks: list[Tok], i: int) -> bool:
        """ "The Shipwrights' and Fitters' Union": two plural possessives joined by "and" open
        one institution's name."""
        return (
            i + 3 < len(toks)
            and toks[i].cap
            and toks[i].text.endswith(("s'", "s’"))
            and toks[i + 1].fold in ("and", "und")
            and self._plural_possessive_name(toks[i + 2], toks[i + 3])
        )

    def _common_word_in_name(self, tok: Tok, nxt: Tok | None, inside: bool = False) -> bool:
        """A capitalised common word that is no name on its own ("Users", "Residents",
        "Friends") but is one inside an institution's name: "Library Users Association",
        "Residents Association", "Police Federation"; `inside` a name already begun, an English
        plural before any name word too: "Bus Users Tarnshire"; a club's plural ends one begun
        ("the Smoochley Footpath Friends", "Wadbeck Valley Ramblers")."""
        if (
            inside
            and self.lang == "en"
            and tok.kind == "word"
            and tok.cap
            and not tok.initial
            and tok.fold in _CLUB_PLURALS
            and (nxt is None or not nxt.cap)
        ):
            return True
        if not (
            tok.kind == "word"
            and tok.cap
            and tok.fold in self.not_names
            and tok.text.isalpha()
            and nxt is not None
            and nxt.kind == "word"
            and nxt.cap
        ):
            return False
        if (
            len(tok.text) >= 4
            and tok.fold not in self.determiners
            and tok.fold not in self.prepositions
            and tok.fold not in self.subordinators
            and tok.fold not in self.pronouns
            and self.is_org_head(nxt.text)
        ):
            return True
        return (
            inside
            and self.lang == "en"
            and not tok.initial
            and tok.fold.endswith("s")
            and self._name_word(nxt)
        )

    def _and_in_name(self, toks: list[Tok], j: int) -> bool:
        """Whether the "and" at toks[j] joins two parts of one institution's name: the
        capitalised words after it end in an institution's head ("… and Drink Federation"), past
        another "and" of the name ("Harlestow and District Fire and Rescue Service")."""
        k = j + 1
        while k < len(toks) and k - j <= 7 and toks[k].kind == "word":
            word = toks[k].text
            if not toks[k].cap:
                if word != "and" or k == j + 1 or k + 1 == len(toks) or not toks[k + 1].cap:
                    return False
            elif self.is_org_head(word) or word.casefold() in self.org_nouns:
                return True
            k += 1
        return False

    def _name_run(self, toks: list[Tok], i: int) -> int:
        """The end index of the run of name words starting at toks[i] (i itself when none)."""
        j = i
        while j < len(toks):
            t = toks[j]
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if self._common_word_in_name(t, nxt, inside=j > i):
                j += 1  # "Library Users Association"; "Bus Users Tarnshire"
                continue
            after = toks[j + 2] if j + 2 < len(toks) else None
            if (
                j > i
                and nxt is not None
                and after is not None
                and self._common_word_in_name(t, after, inside=False)
                and self._name_word(nxt, after)
            ):
                j += 2  # "Hallowby Local History Society": a common word, a name word, the head
                continue
            if (
                self.lang == "de"
                and j > i
                and thing_after_body(toks[j - 1].fold, t.fold)
                and self.is_org_head(toks[j - 1].text)
            ):
                # „der Stadtwerke Mehrkosten“, „des Verbands Einbußen“: a thing after the body,
                # not its name (as „Fachverband Glasgestaltung“ or „Initiative Pflegebildung“ is)
                break
            if (
                self.lang == "de"
                and j > i
                and t.text in ("Unser", "Unsere")
                and nxt is not None
                and nxt.cap
                and self.is_org_head(toks[j - 1].text)
            ):
                j += 2  # „Die Fraktion Unser Ebbinghusen“: a voters' list named so
                continue
            if t.kind == "word" and self._name_word(t, nxt):
                j += 1
                if POSSESSIVE.search(t.text) and not (
                    (t.text.endswith(("s'", "s’")) or _PLURAL_POSSESSIVE.fullmatch(t.fold))
                    and (
                        self._plural_possessive_name(t, nxt)
                        or self._two_plural_possessives(toks, j - 1)
                    )
                ):
                    return j if nxt is None else -j  # "Harmon's said": the name itself
                continue
            if self.lang == "de" and j > i and (t.fold == "vom" or j - i >= 2 and t.fold == "von"):
                break  # "Frank Wessel vom Landesamt": an affiliation, not "von der Leyen"
            if (
                j > i
                and t.fold in ("for", "to")
                and self.lang == "en"
                and nxt is not None
                and nxt.kind == "word"
                and nxt.cap
                and self._name_word(nxt)
                and not self.is_person(" ".join(x.text for x in toks[i:j]))
                and not self.is_org_head(toks[j - 1].text)  # "Department for …": its tail's
            ):
                j += 1  # "Justice for Hearty Harvest Dogs", "Return to Ambari": one name
                continue
            if j > i and t.fold == "and" and self.lang == "en" and self._and_in_name(toks, j):
                j += 1  # "Food and Drink Federation", "Devon and Cornwall Police"
                continue
            if (
                self.lang == "de"
                and j - i >= 2
                and t.fold == "und"
                and self.is_org_head(toks[i].text)
                and nxt is not None
                and nxt.cap
                and (j + 2 >= len(toks) or not toks[j + 2].cap)
            ):
                j += 2  # „Landesbetrieb Straßen und Brücken“: the name of one body
                break
            if j > i and ((t.kind == "word" and t.fold in self.particles) or t.text == "&"):
                after = toks[j + 2] if j + 2 < len(toks) else None
                if nxt is not None and self._name_word(nxt):
                    j += 1
                    continue
                if (
                    nxt is not None
                    and nxt.fold in ("der", "den", "la", "de")
                    and after
                    and self._name_word(after)
                    and not (self.lang == "de" and self.is_org_head(toks[j - 1].text))
                ):
                    j += 2  # "von der Leyen"; not „die Stadtverwaltung von den Veranstaltern“
                    continue
            if (
                self.lang == "de"
                and j > i
                and t.text == "-"
                and nxt is not None
                and nxt.fold in ("und", "oder")
                and j + 2 < len(toks)
                and self._name_word(toks[j + 2])
            ):
                j += 2  # „Industrie- und Handelskammer“
                continue
            if (
                j > i
                and t.kind == "word"
                and t.text[0].isdigit()
                and len(t.text) <= 4
                # not „Polizeipräsidium Fennhagen 214 Glätteunfälle“ (a count of something),
                # nor a recent year („hat der Landkreis Gröpelheide 2025 … gezählt“)
                and not (  # „hatte die Verwaltung 18 Euro … vorgeschlagen“: an amount
                    nxt is not None
                    and nxt.fold in _UNITS
                    and (
                        self.is_org_head(toks[j - 1].text) or toks[j - 1].fold in self.generic_orgs
                    )
                )
                and not (
                    j - i >= 2  # after a name of two words („Etwa 40 Betriebe“ is a count)
                    and (
                        (nxt is not None and nxt.kind == "word" and nxt.cap)
                        or (t.text.isdigit() and len(t.text) == 4 and int(t.text) >= 2000)
                    )
                )
            ):
                j += 1  # "Linie 9", "Schalke 04", „TSV Eichwiese 1921“
                continue
            break
        return j

    def _org_tail(self, toks: list[Tok], j: int) -> int:
        """After an institution's head: "for Animal Behaviour", "der Steuerzahler", "kommunaler
        Unternehmen" (German genitive plural)."""
        if (
            j < len(toks)
            and toks[j].kind == "word"
            and toks[j].fold in self.org_links
            and not (j + 1 < len(toks) and toks[j + 1].fold in _POSSESSIVE_DETERMINERS)
        ):  # „schätzt der Verband für seine Mitglieder“: whose members, no name's part
            k = j + 1
            while k < len(toks) and toks[k].fold in self.determiners:
                k += 1
            end = abs(self._name_run(toks, k))
            if (
                self.lang == "de"
                and toks[j].fold == "der"
                and end == k + 1
                and toks[k].text.endswith("in")
                and self.is_role(toks[k].text)
                and j > 0
                and self.is_org_head(toks[j - 1].text)
            ):
                return j  # „hat der Kreis der Schäferin … angeboten“: to whom, no body's name
            if (
                self.lang == "de"
                and toks[j].fold == "der"
                and end == k + 1
                and masculine_only(toks[k].text)
            ):
                return j  # „nach Angaben der Kammer der Rückzug zweier Praxen“: the subject
            if (
                end == k
                and self.lang == "en"
                and k + 1 < len(toks)
                and toks[k].kind == "word"
                and toks[k].cap
                and toks[k].text.isalpha()
                and toks[k].fold not in self.determiners
                and self._name_word(toks[k + 1])
            ):
                # "for Later Life": a capitalised common word opens the tail
                end = abs(self._name_run(toks, k + 1))
            if (
                end == k
                and self.lang == "de"
                and toks[j].fold in ("der", "des")
                and k + 1 < len(toks)
                and toks[k].kind == "word"
                and not toks[k].cap
                and toks[k].fold.endswith(("en", "er"))
                and toks[k + 1].kind == "word"
                and toks[k + 1].cap
            ):
                # „Landesverband der privaten Pflegeanbieter“: an adjective opens the genitive
                end = abs(self._name_run(toks, k + 1))
            while (  # "Department of Health and Social Care", „für Geologie und Bergbau“
                end > k
                and end + 1 < len(toks)
                and toks[end].fold in ("and", "und")
                and toks[end + 1].cap
                and toks[end + 1].kind == "word"
            ):
                more = abs(self._name_run(toks, end + 1))
                if more <= end + 1:
                    break
                end = more
            if (
                end > k
                and self.lang == "de"
                and toks[j].fold == "für"
                and k > j + 1
                and self.is_org_head(toks[end - 1].text)
            ):
                return j  # „eine Vorlage der Verwaltung für den Marktausschuss“: for whom
            if self.lang == "de" and toks[j].fold == "für" and k > j + 1 and end == k + 1:
                return j  # „als die Stadt für das Feuerwehrhaus … ausheben ließ“: for what
            if end > k:
                return end
        if (
            self.lang == "de"
            and j + 1 < len(toks)
            and toks[j].kind == "word"
            and not toks[j].cap
            and toks[j].text.endswith(("er", "en"))
            and toks[j].fold not in self.determiners  # „der Verlag seinen Abonnenten“: an object
            and toks[j + 1].cap
        ):
            return j + 2
        if (  # „Kleingartenverein Am Rehgraben“, „Kita Zum Regenbogen“: a capitalised
            self.lang == "de"  # preposition inside a sentence goes on with the name
            and j + 1 < len(toks)
            and toks[j].kind == "word"
            and toks[j].text in _NAME_PREPOSITIONS
            and self._name_word(toks[j + 1])
        ):
            end = abs(self._name_run(toks, j + 1))
            if end > j + 1:
                return end
        return j

    def _branch_of(self, toks: list[Tok], end: int) -> int:
        """ "the Calverdon branch of the Hill Growers' Union": a place's branch is named with its
        body, not by the place alone; where the name run [·, end) goes on to, if so."""
        if end + 1 < len(toks) and toks[end].fold in _BRANCHES and toks[end + 1].fold == "of":
            k = end + 2
            if k < len(toks) and toks[k].fold == "the":
                k += 1
            named = abs(self._name_run(toks, k))
            if named > k:
                return named
        return end

    def _circle_of(self, text: str, toks: list[Tok], i: int) -> NameHit | None:
        """„Freunde des Paares“, „Freunde von Gitta Brandhövel“: a person's circle speaks as
        that circle, its owner part of who it is (not „Freunde“ alone, whom no reader can
        tell apart from another article's friends)."""
        if not (
            self.lang == "de"
            and i + 2 < len(toks)
            and toks[i].text in _CIRCLES
            and toks[i + 1].fold in ("des", "der", "von")
            and toks[i + 2].kind == "word"
            and toks[i + 2].cap
        ):
            return None
        end = max(abs(self._name_run(toks, i + 2)), i + 3)
        return NameHit(
            text[toks[i].start : toks[end - 1].end], toks[i].start, toks[end - 1].end, "name"
        )

    def _phrase(self, text: str, toks: list[Tok], allow_descriptive: bool = True) -> NameHit | None:
        """The source one noun-phrase segment names: its name, else its descriptive head."""
        toks = [t for t in toks if t.kind != "punct" or t.text in "&-"]
        while toks and toks[0].kind == "word" and toks[0].text.isdigit():
            toks = toks[1:]  # a live blog's time stamp, "14:10 Energy secretary …"
        while toks and toks[-1].kind == "word" and toks[-1].text.isdigit():
            toks = toks[:-1]  # an age in parentheses after the name, „Georg Brandl (67)“
        if not toks:
            return None
        if len(toks) > 1 and self._shouted(toks[0], toks[1]):
            toks = toks[1:]  # "FUMING ice cream sellers", „WÜTENDE Anwohner“: a tabloid's shout
        i = 0
        while i < len(toks) - 1 and (
            toks[i].fold in self.determiners
            or toks[i].fold in self.quantifiers  # "Zwei frühere Mitarbeiter", "Some residents"
            or (  # „der Ärztliche Direktor“, „die Leitende Oberärztin“: a role's adjective
                self.lang == "de"
                and toks[i].cap
                and toks[i].fold.endswith(_ROLE_ADJECTIVE_ENDINGS)
                and self.is_role(toks[i + 1].text)
            )
            or (
                toks[i].kind == "word"
                and POSSESSIVE.search(toks[i].text)
                and not self._plural_possessive_name(toks[i], toks[i + 1])
                and not self._two_plural_possessives(toks, i)
            )
        ):
            i += 1
        for j in range(i + 2, len(toks)):
            if toks[j].text in _OUTLET_WORDS and toks[j - 2].text.split("-")[0] in self.first:
                toks = toks[:j]  # „sagte Volkan Schmedding Radio Brockland“: told the radio
                break
        circle = self._circle_of(text, toks, i)
        if circle is not None:
            return circle
        if (
            self.lang == "de"
            and i + 1 < len(toks)
            and toks[i].fold in ("stadt", "gemeinde")
            and toks[i + 1].kind == "word"
            and toks[i + 1].cap
            and noun_not_town(text, toks[i + 1].text)
        ):
            toks = toks[: i + 1]  # „nennt die Stadt Sauerstoffmangel“: the town, then its object
        elif (
            self.lang == "de"
            and i + 2 < len(toks)
            and toks[i].fold in ("stadt", "gemeinde")
            and toks[i + 2].kind == "word"
            and object_after_town(text, toks[i + 1].text, toks[i + 2].text)
        ):
            toks = toks[: i + 2]  # „will die Stadt Eickenbrügge Vertragsstrafen verhängen“
        for j in range(i, len(toks) - 1):
            if toks[j].text in PARTS_OF_MONTH and (
                toks[j + 1].fold in self.months or _TIME_AFTER_PART.match(text, toks[j].end)
            ):
                if j == i:
                    return None  # „Mitte November“: a time, no one
                toks = toks[:j]  # „erwartet der Verlag Mitte Januar“: the name ends before it
                break
        if (
            self.lang == "de"
            and i + 3 < len(toks)
            and toks[i].text.isdigit()
            and toks[i + 1].fold == "jahre"
            and toks[i + 2].fold.startswith("alt")
        ):
            i += 3  # „Der 39 Jahre alte Kfz-Mechatroniker Marek S.“: what follows the age
        # an age apposition stands for the person: "die 48-Jährige", "The 44-year-old chef"
        for k in range(i, min(len(toks), i + 2)):
            if _AGE.search(toks[k].text):
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                second = toks[k + 2] if k + 2 < len(toks) else None
                if nxt is not None and (
                    nxt.text.split("-")[0] in self.first
                    or (self.lang == "en" and self._name_word(nxt))
                    or (  # „die 84-jährige Jolanthe Brüggenkötter“: a first name no list knows
                        self.lang == "de"
                        and nxt.kind == "word"
                        and nxt.cap
                        and second is not None
                        and second.kind == "word"
                        and second.cap
                        and not self.is_role(nxt.text)
                        and not nxt.fold.endswith(("in", "er", "ung", "schaft", "ent"))
                    )
                ):
                    i = k + 1  # "81-year-old Arthur Penhallow"
                    break
                end = k + 1
                if (
                    end < len(toks)
                    and toks[end].kind == "word"
                    and (
                        toks[end].cap
                        if self.lang == "de"
                        else not toks[end].cap and toks[end].fold not in self.prepositions
                    )
                ):
                    end += 1  # "the 44-year-old chef", "der 52-jährige Unternehmer"
                    name_tok = toks[end] if end < len(toks) else None
                    if (
                        self.lang == "de"
                        and name_tok is not None
                        and name_tok.kind == "word"
                        and name_tok.text.split("-")[0] in self.first
                    ):
                        i = end  # „der 52-jährige Unternehmer Hans Kramer“: the name after
                        break
                first = toks[0]
                last = toks[end - 1]
                return NameHit(text[first.start : last.end], first.start, last.end, "age", True)
        # descriptors before a name: "lead author Dr", "retired engineer", "Market researcher"
        k = i
        while (
            k < len(toks)
            and k - i < 3
            and toks[k].kind == "word"
            and (
                not toks[k].cap
                or (
                    k == i
                    and not self._name_word(toks[k], toks[k + 1] if k + 1 < len(toks) else None)
                )
            )
        ):
            k += 1
        titled = False
        if (
            k > i
            and k < len(toks)
            and self._name_word(toks[k], toks[k + 1] if k + 1 < len(toks) else None)
        ):
            if not any(t.fold in self.prepositions or t.fold in self.relatives for t in toks[i:k]):
                titled = any(self.is_role(t.text) for t in toks[i:k])
                i = k
        # titles and roles before a name ("Verkehrsministerin Dr. Sabine Adler")
        role_at = None
        while (
            i < len(toks) - 1
            and toks[i].kind == "word"
            and (
                self.is_role(toks[i].text)
                or self.compound_role(toks[i].text)
                or self._agent_opening(toks, i)
            )
        ):
            nxt = toks[i + 1]
            if not (
                self._name_word(nxt, toks[i + 2] if i + 2 < len(toks) else None)
                or self.is_role(nxt.text)
            ):
                break
            if (
                self.lang == "en"
                and self.role_by_ending_only(toks[i].text)
                and not (i + 2 < len(toks) and toks[i + 2].kind == "word" and toks[i + 2].cap)
            ):
                break  # "Flurrymaker Hire": a firm's made-up word, not "Toolmaker Dana Ruiz"
            role_at = i if role_at is None else role_at
            titled = True
            i += 1
        end = self._name_run(toks, i)
        cut_possessive = end < 0
        end = abs(end)
        if self.lang == "en" and end > i and not cut_possessive:
            end = self._branch_of(toks, end)
        if end - i >= 2 and self._kind_of_firm(toks[i]):
            i += 1  # „Stromanbieter Flinkstrom“, „Möbelkonzern Norvik Interi“: the firm's name
        anonymous = self._one_of_a_kind(text, toks, i, end)
        if anonymous is not None:
            return anonymous
        if (
            self.lang == "de"
            and end - i == 1
            and end + 1 < len(toks)
            and toks[end].fold in ("vom", "von")
            and toks[i].text.split("-")[0] not in self.first
            and not self.is_role(toks[i].text)
        ):
            # „Die Umweltschützer vom Bündnis Elbaue“: the members of a named body speak for it
            k = end + 1
            while k < len(toks) and toks[k].fold in self.determiners:
                k += 1
            named = abs(self._name_run(toks, k))
            if named > k and (
                named - k >= 2 or self.is_org_head(toks[k].text) or not self.is_group(toks[i].text)
            ):  # (not „Freundinnen vom Wochenmarkt“: a group from a place, no body)
                i, end = k, named
        role = end + 1 if self._lower_then_role(toks, end + 1) else end  # "ward councillor"
        if (
            end > i
            and role + 1 < len(toks)
            and toks[end].kind == "word"
            and not toks[end].cap
            and (self.is_role(toks[role].text) or toks[role].fold in self.media_nouns)
        ):
            # "Rovers manager Gary Pennock", "Energy secretary Ruth Akande", "Tamblewick ward
            # councillor Sue Ridsdale": a role, then the name; "Spanish newspaper Diario
            # Oriolano": a kind of outlet, then its name
            named = abs(self._name_run(toks, role + 1))
            if named - (role + 1) >= 2 or (
                named > role + 1 and toks[role + 1].text.split("-")[0] in self.first
            ):
                titled = self.is_role(toks[role].text)  # an outlet's name is no person's
                i, end, cut_possessive = role + 1, named, False
        if end > i and not cut_possessive:
            # a first name inside a run starts the name: "Schlagerstar Tanja Lorenz"
            for n in range(i + 1, end - 1):
                if toks[n].text.split("-")[0] in self.first:
                    i, titled = n, True
                    break
            genitive_role = (
                i > 0 and toks[i - 1].fold.endswith("s") and self.is_role(toks[i - 1].text)
            )
            if self.lang == "de" and genitive_role and end - i == 1:
                if toks[i].text.split("-")[0] not in self.first:
                    # "eines Polizeisprechers Bargeld": a role, then no name
                    return self._descriptive(text, toks[:i]) if allow_descriptive else None
        if (
            self.lang == "en"
            and end - i == 1
            and not cut_possessive
            and end < len(toks)
            and toks[end].kind == "word"
            and not toks[end].cap
            and toks[end].fold not in self.prepositions
            and toks[end].fold not in self.particles
            and self.source_noun(" ".join(t.text for t in toks[end : end + 3]))
        ):
            return (
                self._descriptive(text, toks) if allow_descriptive else None
            )  # "the Danish group"
        if end > i and not cut_possessive:
            if self.is_role(toks[i].text) and end - i == 1:
                return self._descriptive(text, toks) if allow_descriptive else None
            if (
                self.lang == "de"
                and end - i == 1
                and toks[i].fold in self.group_nouns
                and end < len(toks)
                and toks[end].fold in self.group_links
                and toks[end].fold not in self.org_links
            ):
                return self._descriptive(text, toks) if allow_descriptive else None
            head = toks[end - 1]
            if self.is_org_head(head.text) or (self.lang == "de" and head.fold in self.group_nouns):
                end = self._org_tail(toks, end)
                if (
                    self.lang == "en"
                    and end < len(toks)
                    and toks[end - 1].text.endswith(("'s", "’s"))
                ):
                    # "The University of Gracebridge's director of estates, Wangari Stobie,
                    # said": the body owns the role, as "Gracebridge University's" would
                    owned = " ".join(t.text for t in toks[end:])
                    if allow_descriptive and self.source_noun(owned):
                        span = text[toks[0].start : toks[-1].end]
                        return NameHit(span, toks[0].start, toks[-1].end, "descriptive")
                    return self._owning_body(text, toks, i, end)
            if end < len(toks) and toks[end].kind == "word" and toks[end].fold in self.org_nouns:
                end += 1  # "Kestrel County" + "council"
            if end - i == 1 and toks[i].fold.rstrip(".") in self.titles:
                return None
            while end - i > 2 and toks[end - 1].text in self.postnominals:
                end -= 1
            if (
                self.lang == "de"
                and end - i == 3
                and toks[i].text.split("-")[0] in self.first
                and all(t.cap and not self.is_org_head(t.text) for t in toks[i:end])
                and (
                    _object_after_name(text, toks[i + 1], toks[i + 2])
                    # „nach Angaben von Amtsärztin Birte Kahlcke Antikörper“: a forename, one
                    # surname, then a third word no list knows is a noun, not a second surname
                    or not (
                        toks[i + 1].text.split("-")[0] in self.first
                        or toks[i + 2].text.split("-")[0] in self.first
                        or toks[i + 2].fold in self.company_nouns
                        or toks[i + 2].fold in self.particles
                    )
                )
            ):
                end -= 1  # „ergab nach Angaben von Tanja Eichweber Weißasbest“: her, then what
            name = text[toks[i].start : toks[end - 1].end]
            institution = any(self.is_org_head(t.text) for t in toks[i:end])
            person = not institution and (  # „Robert-Berger-Institut“ is no Robert
                toks[i].text.split("-")[0] in self.first or (titled and end - i >= 2)
            )
            return NameHit(name, toks[i].start, toks[end - 1].end, "name", person)
        if cut_possessive:
            # "Bluewake's manager": the possessor names no speaker, the phrase may
            # ("the Prime Minister's spokesman")
            whole = self._descriptive(text, toks) if allow_descriptive else None
            if whole is not None and self.source_noun(whole.text):
                return whole
            return self._owning_body(text, toks, i, end)
        if not allow_descriptive:
            return None
        return self._descriptive(text, toks)

    def role_by_ending_only(self, word: str) -> bool:
        """A word that is a role only by its ending ("Flurrymaker", "Cakeologist"), not one
        the lists hold."""
        f = word.casefold()
        return f not in self.roles and f not in self.titles and f.endswith(self.role_suffixes)

    def _shouted(self, word: Tok, nxt: Tok) -> bool:
        """Whether `word` is a tabloid's capitalised adjective before the noun it describes (no
        acronym: those are short, and the word after a German one is capitalised too)."""
        if word.kind != "word" or nxt.kind != "word" or len(word.text) < 6:
            return False
        if not word.text.isalpha() or not word.text.isupper() or nxt.text.isupper():
            return False
        if self.lang == "en":
            return nxt.text.islower()
        return word.fold.endswith(("e", "en", "er", "es"))

    def _descriptive(self, text: str, toks: list[Tok]) -> NameHit | None:
        """ "the council", "Analysts", "A spokesman for the company", "A source close to the
        couple", "Personen aus dem Unternehmensumfeld": up to the head noun, and a short tail for
        a role or a vague group."""
        words: list[Tok] = []
        while (
            toks
            and toks[0].kind == "word"
            and (toks[0].fold in self.adverbs or toks[0].fold in self.conjunctions)
        ):
            toks = toks[1:]  # "but boss warns": the boss
        said = [
            n
            for n, t in enumerate(toks[:-1])
            if n and t.fold in self.reporting and not t.cap and toks[n + 1].fold in self.determiners
        ]
        if said:
            toks = toks[said[-1] + 1 :]  # "He said the company believed": the company
        elif toks and toks[0].kind == "word" and toks[0].fold in self.reporting and not toks[0].cap:
            return None  # "…, said staff had warned": what was said, not who says it
        for t in toks:
            if t.kind != "word":
                break
            if (
                words
                and self.is_document(words[-1].text)
                and words[-1].fold not in self.determiners
                and not self.is_role(t.text)  # "the alliance's policy director": a person
            ):
                break
            if t.fold in self.relatives and words and t.fold not in self.determiners:
                break
            if words and (
                t.fold in self.prepositions or t.fold in self.relatives or t.fold == "familiar"
            ):
                break
            if (
                self.lang == "en"
                and words
                and not t.cap
                and t.fold in self.phrase_verbs
                and words[-1].fold not in self.determiners  # "the show's organisers"
            ):
                break  # "Engineers found that …", "members felt": the verb ends the phrase
            if (
                self.lang == "en"
                and words
                and words[-1].fold not in self.determiners  # "The working group"
                and t.fold in _PARTICIPLE_TAIL
            ):
                break  # "People living on …": the people, then which (below)
            if (
                self.lang == "de"
                and len(words) >= 2
                and words[-1].cap
                and words[-2].fold in self.determiners
                and not t.cap
                and (t.fold.endswith(("e", "en")) or t.fold in self.adverbs)
                and t.fold not in self.determiners
            ):
                # „nennen die Forscher längere Öffnungszeiten“: an object starts (not the
                # genitive of „Verband kommunaler Entsorger“); „schlug die Richterin nun einen
                # Vergleich vor“: an adverb ends the subject
                break
            words.append(t)
        for i, t in enumerate(words):
            if i and t.fold == "not" and _ANONYMOUS_TAIL.match(text, words[i - 1].end):
                words = words[:i]  # "Scientists not involved in the report"
                break
            if i and t.fold in _ANONYMOUS_OPENERS and _ANONYMOUS_TAIL.match(text, words[i - 1].end):
                words = words[:i]  # "two people briefed on the sale": the tail comes below
                break
        content = [t for t in words if t.fold not in self.determiners]
        longest = 5 if words and words[0].fold in _ONE_PERSON else 4  # "a former Nimbra site …"
        if content and self.lang == "en" and self.is_role(content[-1].text):
            longest = 6  # "The local police community support officer said": one role's words
        if (
            not content
            or len(content) > longest
            or any(t.fold in self.auxiliaries for t in content)
        ):
            return None
        if all(t.fold in _IMPERSONAL for t in content):
            return None  # „Man sei zuversichtlich“: the speaker is the one before, not "man"
        head = content[-1]
        if len(content) == 1 and head.fold in self.quantifiers:
            return None  # "Some fear that …": nobody in particular
        if (
            head.fold in self.pronouns
            or _HAS_DIGIT.search(head.text)
            and not _AGE.search(head.text)
        ):
            return None
        if self.lang == "en" and len(head.text) < 3:
            return None
        if self.lang == "de" and not any(t.cap for t in content):
            return None  # „die sich gegenseitig unterstützen“: a German source has a noun
        if self.lang == "en" and len(content) == 1 and not head.cap and head.fold.endswith("ing"):
            return None  # "according (to …)", "speaking": a participle names nobody
        end = words[-1].end
        n = len(words)
        if (
            self.lang == "en"
            and head.fold in _COUNT_NOUNS
            and n + 1 < len(toks)
            and toks[n].fold == "of"
            and toks[n + 1].kind == "word"
        ):
            # "hundreds of drivers", "dozens of the residents": the people counted
            k = n + 1
            while k < len(toks) - 1 and toks[k].fold in self.determiners:
                k += 1
            words, head = [*words, *toks[n : k + 1]], toks[k]
            end, n = head.end, k + 1
        base = head.fold.rstrip("s") if self.lang == "en" else head.fold
        group = head.fold in self.group_nouns or base in self.group_nouns
        if not group and self.lang == "en" and _PEOPLE_PLURAL.search(head.fold):
            group = not self.is_document(head.text)  # "Stallholders at the market said"
        role = self.is_role(head.text)
        # one anonymous person, "a mother of two on Church Lane", "another skipper at the
        # harbour": where they are from says who they are
        indefinite = words[0].fold in _ONE_PERSON
        someone = (
            self.lang == "en"
            and indefinite
            and not self.is_document(head.text)
            and head.fold not in ("photo", "picture", "video", "image")
        )
        # „Ein Landwirt aus Hesterbeck“, „Rentner aus dem Ortskern“: a German role that names
        # no one in particular is told apart by where the person is from, as a group is
        anyone = (
            self.lang == "de"
            and role
            and (
                words[0].fold in GERMAN_INDEFINITE
                or words[0].fold in self.quantifiers
                or words[0].fold not in self.determiners
            )
        )
        if (group or role or someone) and n < len(toks) and toks[n].kind == "word":
            tail_word = toks[n].fold
            allowed = self.role_links | (
                self.group_links if group or someone or anyone else frozenset()
            )
            # a German genitive goes on („ein Sprecher einer Bürgerinitiative“; „des“, „der“
            # are role links), a dative is whom it was told to („sagte eine Sprecherin dem
            # Magazin“)
            genitive = self.lang == "de" and tail_word in ("eines", "einer")
            participle = (
                tail_word in _PARTICIPLE_TAIL
                and n + 1 < len(toks)
                and toks[n + 1].fold in self.prepositions
            )
            if (
                self.lang == "de"
                and n + 1 < len(toks)
                and toks[n + 1].fold in _GERMAN_POSSESSIVES
                and tail_word not in ("der", "des")
            ):
                allowed = frozenset()  # „sagte Tegtbauer in ihrer Begründung“: how, not who
            if tail_word in allowed or genitive or participle:
                k = n + 2 if participle else n + 1  # past "living on"
                if (
                    tail_word in ("close", "familiar")
                    and k < len(toks)
                    and toks[k].fold in ("to", "with")
                ):
                    k += 1
                stop = min(len(toks), k + 4)
                while k < stop and toks[k].kind == "word" and toks[k].fold in self.determiners:
                    k += 1
                if k < len(toks) and _TIME_WORD.fullmatch(toks[k].fold):
                    stop = k  # "managers in October": when, not which managers
                run_end = k
                while (
                    run_end < stop
                    and toks[run_end].kind == "word"
                    and (
                        toks[run_end].fold not in self.prepositions
                        or (  # "in the School of Chemistry": a name goes on
                            toks[run_end].fold == "of"
                            and toks[run_end - 1].cap
                            and run_end + 1 < len(toks)
                            and toks[run_end + 1].cap
                        )
                    )
                    and toks[run_end].fold not in self.reporting  # "… ambulance service said"
                    and toks[run_end].fold not in self.auxiliaries
                    and toks[run_end].fold not in ("that", "who", "which", "dass")
                    and not _VERB_FORM.fullmatch(toks[run_end].fold)
                ):
                    run_end += 1
                    if toks[run_end - 1].cap or self.lang == "en":
                        end = toks[run_end - 1].end
                        if toks[run_end - 1].cap and self.lang == "de":
                            nxt = toks[run_end] if run_end < len(toks) else None
                            if nxt is None or not (nxt.cap and nxt.kind == "word"):
                                break  # a name's further words: "der Deutschen Presse-Agentur"
                while (
                    self.lang == "en"
                    and run_end < len(toks)
                    and end == toks[run_end - 1].end
                    and toks[run_end - 1].cap
                    and toks[run_end].cap
                    and toks[run_end].kind == "word"
                ):
                    run_end += 1  # "… households on Longstop Close": not half a street's name
                    end = toks[run_end - 1].end
                if (group or anyone) and end == toks[run_end - 1].end:
                    end = self._second_place(toks, run_end, end)
                if someone:
                    whole = self._person_description(toks, k)
                    if whole is not None and whole > end:
                        end = whole  # "a mother of two on Church Lane, who …"
                tail = text[words[-1].end : end]
                if any(c in tail for c in self.carriers):
                    end = words[-1].end  # "sagte ein Sprecher der Deutschen Presse-Agentur": told
                elif self.lang == "de" and group and end > words[-1].end:
                    owner = _GENITIVE_AFTER.match(text, end)
                    if owner is not None:  # „ein Insider aus dem Umfeld der Verhandlungen“
                        end = owner.end()
                if self.lang == "de":  # a body, then the paper told: „der Stadt der Kreiswelle“
                    end = before_paper_told(text, words[-1].end, end)
        if (group or role or indefinite or base in ("source", "person", "official")) and (
            self.lang == "en"
        ):
            anonymous = _ANONYMOUS_TAIL.match(text, words[-1].end)
            if anonymous is not None and anonymous.end() > end:
                end = anonymous.end()  # "two people briefed on the sale"
        start = words[0].start
        if len(words) > 1 and self._shouted(words[0], words[1]):
            start = words[1].start  # "FURIOUS families on an estate": a tabloid's shout
        if self.lang == "de":
            pair = _FEMININE_PAIR.search(text, max(0, start - 40), start)
            if pair is not None and words[0].text.startswith(pair.group(1)):
                start = pair.start()  # „Bewohnerinnen und Bewohner der Weststadt“: both named
        return NameHit(text[start:end], start, end, "descriptive")

    def _second_place(self, toks: list[Tok], at: int, end: int) -> int:
        """„Betriebe im Gewerbegebiet am Tunnelportal“, "Families on an estate in Fidderton": a
        group placed twice is placed by both."""
        if at + 1 >= len(toks) or toks[at].fold not in self.group_links - self.role_links:
            return end
        k = at + 1
        while k < len(toks) - 1 and toks[k].fold in self.determiners:
            k += 1
        word = toks[k]
        if word.kind == "word" and word.cap and not _TIME_WORD.fullmatch(word.fold):
            while k + 1 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].cap:
                k += 1  # "on Longstop Close": the whole name of the place
            return toks[k].end
        return end

    def _owning_body(self, text: str, toks: list[Tok], i: int, end: int) -> NameHit | None:
        """ "Fenmarsh District Council's elections office": a body's own office or department
        speaks for the body."""
        owner = toks[i:end]
        rest = [t for t in toks[end : end + 3] if t.kind == "word"]
        if (
            self.lang != "en"
            or len(owner) < 2
            or not self.is_org_head(POSSESSIVE.sub("", owner[-1].text))
            or not any(t.fold in _BODY_PARTS for t in rest)
        ):
            return None
        last = owner[-1]
        bare = POSSESSIVE.sub("", last.text)
        return NameHit(
            text[owner[0].start : last.start + len(bare)],
            owner[0].start,
            last.start + len(bare),
            "name",
        )

    def _anonymity_aside(self, seg: list[Tok]) -> bool:
        """ "speaking on condition of anonymity", "speaking anonymously", "seen by the Courier":
        an aside between the subject and its verb, no clause with a subject of its own."""
        words = [t.fold for t in seg if t.kind == "word"]
        if (
            self.lang == "en"
            and len(words) >= 3
            and words[:2] in (["seen", "by"], ["obtained", "by"])
        ):
            return True  # "The letter, seen by the Courier, says": who saw it, not who wrote it
        return (
            self.lang == "en"
            and len(words) >= 2
            and words[0] == "speaking"
            and words[-1] in ("anonymity", "anonymously", "privately", "named", "identified")
        )

    def _lower_then_role(self, toks: list[Tok], n: int) -> bool:
        """Whether toks[n] is a lower-case role after one lower-case word ("ward councillor",
        "head coach")."""
        return (
            0 < n < len(toks)
            and toks[n - 1].kind == "word"
            and not toks[n - 1].cap
            and toks[n - 1].fold not in self.prepositions
            and toks[n - 1].fold not in self.determiners
            and toks[n].kind == "word"
            and not toks[n].cap
            and self.is_role(toks[n].text)
        )

    def _person_description(self, toks: list[Tok], k: int) -> int | None:
        """Where one unnamed person's description ends when it runs on through a second phrase
        to its segment's end or its verb ("a mother of two on Church Lane", "a hardware engineer
        with eight years at the company"); None when it runs into anything else."""
        stop = min(len(toks), k + 7)
        n = k
        while n < stop and toks[n].kind == "word":
            fold = toks[n].fold
            if fold in self.reporting or fold in self.auxiliaries or fold in self.relatives:
                break
            n += 1
        ends = n == len(toks) or toks[n].kind == "word" and toks[n].fold in self.reporting
        return toks[n - 1].end if n > k and ends else None

    # segments ------------------------------------------------------------------------------------
    def _ing_title(self, words: list[Tok]) -> bool:
        """ "Driving instructor Maureen Oakenshaw", "Managing director Ann Lowe": an -ing word
        that names a trade with the noun after it, before a name, or with a role after it in an
        appositive (", buying manager at the garden centre group,"); not "Sentencing him",
        "Visiting Ostlebury" or "Speaking to reporters"."""
        return (
            len(words) >= 3
            and not words[1].cap
            and words[1].fold not in self.pronouns
            and words[1].fold not in self.determiners
            and words[1].fold not in self.prepositions
            and (words[-1].cap or self.is_role(words[1].text))
        )

    def _ing_aside(self, seg: list[Tok]) -> bool:
        """ "chairing the bench", "sitting with two magistrates": a short -ing phrase between
        a person's name and the verb says what the person was doing, as "prosecuting" does."""
        words = [t for t in seg if t.kind == "word"]
        return (
            0 < len(words) <= 6
            and not words[0].cap
            and words[0].fold.endswith("ing")
            and len(words[0].fold) > 5
        )

    def _predicate_with_relative(self, seg: list[Tok]) -> bool:
        """Whether the segment before an English verb opens with a verb of its own and holds
        a relative "that" after it ("smashed a conker with a nut that the boy's father"): the
        verb's subject is inside it, after the "that", not in the segments before."""
        words = [t for t in seg if t.kind == "word"]
        return (
            self.lang == "en"
            and len(words) > 2
            and not words[0].cap
            and words[0].fold.endswith("ed")
            and any(t.fold == "that" for t in words[2:])
        )

    def _is_clause(self, seg: list[Tok]) -> bool:
        """A comma segment that is a clause of its own, not an appositive of the subject."""
        words = [t for t in seg if t.kind == "word"]
        if not words:
            return False
        if (
            words[0].fold in self.relatives
            and not words[0].initial
            and (
                self.lang == "en"
                or (len(words) > 1 and not words[1].cap)
                or words[0].fold in ("deren", "dessen")  # never an article: „deren Sohn …“
            )
        ):
            return False  # "who advised Ember …", "der anonym bleiben wollte"
        if words[0].fold in self.subordinators or words[0].fold in self.conjunctions:
            return True
        if self.lang == "en" and (
            words[0].fold.endswith("ing")
            and len(words[0].fold) > 5
            and not self._ing_title(words)  # "Driving instructor Maureen Oakenshaw"
            and not (len(words) > 1 and all(w.cap for w in words))  # "Xiuying Gurr": a name
            or words[0].fold == "asked"
        ):
            return True  # "Prosecuting, Amelia Stone said", "Sentencing him, Judge Helen Carr"
        if words[0].fold in self.prepositions and not (self.lang == "en" and words[0].fold == "of"):
            return True  # "In March", "On Monday", "Nach der Sitzung"; ", of the University …,"

        if self.lang == "de":
            return any(
                not t.cap
                and not t.text[0].isdigit()
                and t.fold not in self.determiners
                and t.fold not in self.prepositions
                and t.fold not in self.particles
                and t.fold not in self.org_links
                and t.fold not in self.quantifiers  # „Mutter von zwei Kindern“: no verb
                and not attributive(t, words[n + 1] if n + 1 < len(words) else None)
                and not (  # „Landesamt für Geologie und Bergbau“: one name, no clause
                    t.fold == "und"
                    and 0 < n < len(words) - 1
                    and words[n - 1].cap
                    and words[n + 1].cap
                    and any(self.is_org_head(x.text) for x in words[:n])
                )
                for n, t in enumerate(words)
            )
        count = 0
        for n, t in enumerate(words):
            if t.fold in self.relatives and t is not words[0]:
                break
            if (
                0 < n < len(words) - 1
                and _VERB_FORM.fullmatch(t.fold)
                and words[n - 1].fold not in self.determiners
                and (words[n + 1].fold in _OBJECT_OPENERS or words[n + 1].text[0].isdigit())
            ):
                return True  # "A record 11,200 runners started the race, the organisers said"
            if (
                t.fold in self.auxiliaries
                and not (
                    t.fold == "not"
                    and n + 1 < len(words)
                    and words[n + 1].fold in _ANONYMOUS_OPENERS
                )  # "Scientists not involved in the report": no clause
                # "Claudette Huckabone, the only paid member of staff, said": an adjective
                and not (t.fold == "only" and n > 0 and words[n - 1].fold in self.determiners)
            ):
                return True
            if n == 0 or not t.cap:
                count += 1  # a name's words make no clause longer ("of St Columba's University …")
        # "a former head of the National Crime Bureau's art and antiques unit": a noun phrase
        # that opens with an article runs longer than a clause would before its verb
        return count > (14 if words[0].fold in ("a", "an") else 9)

    def _agent_opening(self, toks: list[Tok], i: int) -> bool:
        """ "Stickler Rhiain Dower, who has judged the bouts, said", "Harbourmaster Nitin
        Hornabrook said": an English sentence that opens with an agent's noun no list knows
        (capitalised only there), then a forename and a surname, and nothing after them."""
        if self.lang != "en" or len(toks) - i != 3 or not toks[i].initial:
            return False
        word, fore, last = toks[i : i + 3]
        return (
            word.kind == "word"
            and word.text.isalpha()
            and _AGENT_ENDING.search(word.fold) is not None
            and word.text not in self.first
            and word.fold not in self.not_names
            and all(t.kind == "word" and t.cap and t.text.isalpha() for t in (fore, last))
            and not any(
                self.is_org_head(t.text) or t.fold in self.company_nouns or t.fold in _FIRM_KIN
                for t in (fore, last)
            )
            and fore.fold not in self.not_names
        )

    def _segments(self, toks: list[Tok]) -> list[list[Tok]]:
        out: list[list[Tok]] = [[]]
        depth = 0
        for t in toks:
            if t.kind == "punct" and t.text == "(":
                depth += 1
                continue
            if t.kind == "punct" and t.text == ")":
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            if t.kind == "punct" and t.text in ",;:–—":
                out.append([])
            else:
                out[-1].append(t)
        return out

    def _choose(self, text: str, segments: list[list[Tok]]) -> NameHit | None:
        """Of the subject's segments, the first that names someone; a role alone ("Its chair",
        "the company's chief executive") gives way to the name in its appositive."""
        fallback: NameHit | None = None
        for n, seg in enumerate(segments):
            words = [t for t in seg if t.kind == "word"]
            if not words or (len(words) == 1 and _AGE_WORD.match(words[0].text)):
                continue
            if words[0].fold in self.relatives and n > 0:
                continue
            if n > 0 and fallback is not None and self.is_document(fallback.text):
                for m, t in enumerate(seg):  # "The report, published by Milford Borough Council,"
                    if t.fold in ("by", "von", "vom") and m + 1 < len(seg):
                        hit = self._phrase(text, seg[m + 1 :], allow_descriptive=False)
                        if hit is not None:
                            return hit
                continue
            if n > 0 and words[0].fold in self.prepositions:
                continue
            if (
                n == 0
                and len(segments) > 1
                and len(words) == 1
                and words[0].initial
                and self.lang == "en"
                and words[0].text not in self.proper
                and not self.source_noun(words[0].text)
                and any(
                    (later := self._phrase(text, other, allow_descriptive=False)) is not None
                    and later.kind == "name"
                    for other in segments[2:]
                )
            ):
                continue  # "Backstage, the band's manager, …": an opening adverb, not a name
            hit = self._phrase(text, seg)
            if hit is None:
                continue
            if (
                n == 0
                and hit.kind == "descriptive"
                and self._named_by_apposition(text, hit, segments)
            ):
                return NameHit(hit.text, hit.start, hit.end, "name")
            if (
                hit.kind == "name"
                and n + 1 < len(segments)
                and self._modifies_role(seg, hit)
                and self._names_person(text, segments[n + 1])
            ):
                continue  # "The Liberal Democrat group leader, Cllr Maureen Okereke-Vance, said"
            if hit.kind == "age" and fallback is not None and self._role_phrase(fallback.text):
                return fallback  # „Der Fahrer, ein 34-jähriger Mann, gab an“: the role says more
            if hit.kind in ("name", "quoted", "age"):
                if (
                    fallback is not None
                    and fallback.kind == "descriptive"
                    and not self._role_phrase(fallback.text)
                    and not self._singular_title(fallback.text)
                    and (self.source_noun(fallback.text) or self.is_document(fallback.text))
                    and not self._kind_then_name(fallback, hit, n)
                ):
                    return fallback
                return hit
            if fallback is None:
                fallback = hit
        return fallback

    def _kind_then_name(self, kind: NameHit, name: NameHit, n: int) -> bool:
        """ "The charity, Tarn Valley Community Transport, confirmed": the segment right after a
        body's kind names that body (English; "Analysts, …" stays a group of its own)."""
        words = kind.text.split()
        return (
            self.lang == "en"
            and n == 1
            and name.kind == "name"
            and not name.person
            and not self.is_person(name.text)
            and len(words) >= 2
            and words[0].casefold() in ("the", "a", "an")
        )

    def _modifies_role(self, seg: list[Tok], hit: NameHit) -> bool:
        """The name only qualifies a role after it, in lower case ("the Liberal Democrat group
        leader", "the Labour MP"): the phrase is a description of the person named next."""
        if self.lang != "en":
            return False  # German capitalises the role too: „Der CDU-Fraktionschef Jan Roth“
        after = [t for t in seg if t.start >= hit.end and t.kind == "word"]
        return bool(after) and all(not t.cap for t in after) and self.is_role(after[-1].text)

    def _named_by_apposition(self, text: str, hit: NameHit, segments: list[list[Tok]]) -> bool:
        """ "Ofgem, the energy watchdog, blamed …": one capitalised word that opens the sentence
        (so it could be any word) is a name when an appositive says what body or person it is."""
        words = hit.text.split()
        if len(words) != 1 or not words[0][0].isupper() or len(segments) < 2:
            return False
        fold = words[0].casefold()
        if fold in self.not_names or fold in self.determiners or fold in self.pronouns:
            return False
        if self.source_noun(words[0]) or self.is_document(words[0]):
            return False  # "Analysts, the …": a group by its kind
        second = [t for t in segments[1] if t.kind == "word"]
        if not second or second[0].fold not in self.determiners:
            return False
        if len(segments) > 2:
            third = self._phrase(text, segments[2], allow_descriptive=False)
            if third is not None and third.kind == "name":
                return False  # "Backstage, the band's manager, Declan Ashby, said": his name
        described = self._phrase(text, segments[1])
        return (
            described is not None
            and described.kind == "descriptive"
            and self.source_noun(described.text)
        )

    def is_appositive(self, text: str, lo: int, hi: int) -> bool:
        """Whether [lo, hi) is a noun phrase set between commas, no clause of its own („Der
        Importeur, die Kynex Tyres Deutschland GmbH in Hanau, wies …“)."""
        toks = [t for t in tokens(text, lo, hi) if t.kind == "word"]
        if not toks or (  # „, der … hatte,“ is a relative clause; „, die Kynex GmbH,“ is not
            toks[0].fold in self.relatives
            and (len(toks) < 2 or not toks[1].cap)
            and not self._described_name(toks)
        ):
            return False
        return not self._is_clause(toks)

    def described_name(self, text: str, lo: int, hi: int) -> bool:
        """Whether [lo, hi) is an article, an adjective and a name (see `_described_name`)."""
        return self._described_name([t for t in tokens(text, lo, hi) if t.kind == "word"])

    def _described_name(self, toks: list[Tok]) -> bool:
        """„, der 67-jährige Elektromeister Friedemar Tölckner,“: an article, an adjective and
        capitalised words only — a described name; a German relative clause ends in its verb."""
        return (
            self.lang == "de"
            and len(toks) >= 3
            and bool(ADJECTIVE.search(toks[1].fold))
            and all(t.cap for t in toks[2:])  # „der tatsächliche Aufwand liege bei …“: a clause
        )

    def _one_of_a_kind(self, text: str, toks: list[Tok], i: int, end: int) -> NameHit | None:
        """„Ein Putenhalter aus der Überwachungszone“, „Ein Mitglied der Alten Herren“: one
        unnamed person of a kind, named with where they are from — a German noun after „ein“ is
        no name."""
        if not (self.lang == "de" and end - i == 1 and 0 < i and end < len(toks)):
            return None
        article, noun = toks[i - 1], toks[i]
        if article.fold not in ("ein", "eine", "einer") or noun.text.split("-")[0] in self.first:
            return None
        if self.is_document(noun.text) or noun.fold.endswith(("sprecher", "sprecherin")):
            return None  # a study is its authors', a spokesperson speaks for a body
        if toks[end].fold not in ("aus", "der", "des", "vom", "von"):
            return None
        k = end + 1
        while (
            k < len(toks)
            and k - end <= 5
            and toks[k].kind == "word"
            and (toks[k].cap or toks[k].fold in self.determiners or ADJECTIVE.search(toks[k].fold))
        ):
            k += 1
        if k == end + 1 or not toks[k - 1].cap:
            return None
        return NameHit(  # a person, though the name is a description
            text[article.start : toks[k - 1].end], article.start, toks[k - 1].end, "name", True
        )

    def _names_person(self, text: str, seg: list[Tok]) -> bool:
        hit = self._phrase(text, seg, allow_descriptive=False)
        return hit is not None and (hit.person or self.is_person(hit.text))

    # public ----------------------------------------------------------------------------------
    def before(self, text: str, pos: int, lo: int) -> NameHit | None:
        """The subject right before a reporting verb at `pos` (not looking back past `lo`); a
        role with its name at the end is the name („Der Fachanwalt für IT-Recht Bastian
        Oyelaran hält …“, „Der Sprecher des Verbands Jan Roth sagte“)."""
        lo = max(lo, pos - REACH)
        part = _PARTITIVE_BEFORE.search(text, max(lo, pos - 30), pos)
        if part is not None:
            return NameHit(part.group("p"), part.start("p"), part.end("p"), "partitive")
        hit = self._before(text, pos, lo)
        if (
            hit is not None
            and self.lang == "de"  # (English lists groups there: "Pals", "Analysts")
            and hit.kind in ("name", "descriptive")
            and " " not in hit.text
            and hit.text.casefold() in self.not_names
        ):
            return None  # „Darin heißt es“, „Mir hat er das nicht gesagt“: no one named
        if hit is None or hit.kind not in ("name", "descriptive") or hit.person:
            return hit
        counted = _COUNTED_GROUP.search(text, max(lo, hit.start - 12), hit.start)
        if counted is not None and " " not in hit.text and self.lang == "de":
            # „Mehrere Eigentümer warfen der Stadt vor“: the group as the article counts it
            name = text[counted.start() : hit.end]
            name = name[:1].lower() + name[1:]  # as a counted group reads inside a sentence
            return NameHit(name, counted.start(), hit.end, hit.kind)
        if not self._role_phrase(hit.text):
            return hit
        return self._name_ending(text, hit, pos) or hit

    def _name_ending(self, text: str, hit: NameHit, pos: int) -> NameHit | None:
        """The person's name that ends a role's phrase before `pos`, if it ends with one."""
        words = [t for t in tokens(text, hit.start, pos) if t.kind == "word"]
        while words and words[-1].text.isdigit():
            words.pop()  # „Lehrer Georg Brandl (67)“: the age after the name
        for n in (3, 2):
            if len(words) <= n + 1:
                continue
            before_name = words[-n - 1]
            if not before_name.cap or before_name.fold in self.determiners:
                continue  # „Der Anwalt von Jan Roth“: the owner; "Food and Drink Federation"
            if self.lang == "en" and self._one_name_after_the(words, len(words) - n):
                continue  # "for the Women's Tennis Circuit": one body's name after "the"
            named = self._phrase(text, words[-n:], allow_descriptive=False)
            if named is None or named.kind != "name" or named.end != words[-1].end:
                continue
            if named.start != words[-n].start:
                continue  # "for the Food and Drink Federation": part of a longer name
            parts = named.text.split()
            if self.is_org_head(parts[-1]) and not named.person:
                continue  # "for the Charities Oversight Board": a body's name, not a person's
            if (
                named.person
                or self.is_person(named.text)
                or (
                    len(parts) >= 2
                    and parts[0].casefold() not in self.not_names
                    and not any(self.is_role(w) or self.is_org_head(w) for w in parts)
                )
            ):
                return named
        return None

    def _ends_in_aside(self, toks: list[Tok]) -> bool:
        """Whether the words before a verb's comma are a relative clause or an apposition set
        off after the subject ("The trust, which runs it, said"; "The association, known to
        members as “the County”, said"): then its last word, a pronoun or a quoted name, is
        not who speaks."""
        segments = self._segments(toks)
        if len(segments) < 2 or len(segments[-1]) < 2 or not segments[-2]:
            return False
        opening = segments[-1][0]
        relatives = _GERMAN_RELATIVES if self.lang == "de" else _ENGLISH_RELATIVES
        return opening.kind == "word" and (
            opening.fold in relatives or (self.lang == "en" and opening.fold == "known")
        )

    def _one_name_after_the(self, words: list[Tok], at: int) -> bool:
        """Whether the capitalised words before `words[at]` run back to a "the" with no
        institution's head among them: then they and the words from `at` are one name ("the
        Women's Tennis Circuit"), not a body and the person after it ("the Ramblers
        Association John Smith")."""
        j = at - 1
        while j >= 0 and words[j].cap:
            if self.is_org_head(words[j].text):
                return False
            j -= 1
        return j >= 0 and j < at - 1 and words[j].fold == "the"

    def _before(self, text: str, pos: int, lo: int) -> NameHit | None:
        part = _PARTITIVE_GROUP.fullmatch(text, lo, pos) if self.lang == "en" else None
        if part is not None and (
            self.is_group(part.group("group")) or part.group("group").endswith("s")
        ):
            # "Several of his supporters said …": the group, as the article counts it out
            return NameHit(part.group("p"), part.start("p"), part.end("p"), "descriptive")
        toks = tokens(text, lo, pos)
        while toks and toks[0].kind == "punct" and toks[0].text in _BULLETS:
            toks = toks[1:]  # "- Police believe …": a list item's bullet
        colons = [n for n, t in enumerate(toks) if t.kind == "punct" and t.text in ":;"]
        if colons and colons[-1] < len(toks) - 1:
            # "Stadtanzeiger: Kulturdezernent X hat gesagt"; "… days before Christmas; council
            # says": a semicolon ends a clause, never an appositive the subject stands in
            toks = toks[colons[-1] + 1 :]
        comma = False
        while toks:
            t = toks[-1]
            if t.kind == "punct" and t.text == ",":
                comma = True
            elif not (
                t.kind == "word"
                and (
                    t.fold in self.adverbs
                    or t.fold in self.auxiliaries
                    or (
                        self.lang == "en"
                        and t.fold.endswith("ly")
                        and not t.cap
                        and t.fold not in self.group_nouns  # "Mrs Dunmore's family said"
                        and t.fold not in _LY_NOUNS
                    )
                )
            ):
                break
            toks.pop()
        if not toks:
            return None
        last = toks[-1]
        if last.kind == "punct" and last.text in QUOTE_CHARS:
            return None  # "„…“, sagte X": the speaker follows the verb
        aside = comma and self._ends_in_aside(toks)
        if last.kind == "quoted" and not aside:  # "Die Zeitung „Bild“ berichtete"
            inner = last.text.strip("„“”\"»«‚‘’' ")
            if comma or len(last.text.split()) > 3 or not inner or inner[-1] in ",.!?":
                return None  # (an empty pair of marks names nobody; "“We were poor,” said")
            if len(toks) > 1 and toks[-2].fold in ("als", "as"):
                return None  # „als „Goldgrube“ bezeichnet“: what it is called, not who calls it
            return NameHit(
                text[last.start + 1 : last.end - 1], last.start + 1, last.end - 1, "quoted"
            )
        if last.kind == "word" and last.fold in self.pronouns and not aside:
            return NameHit(last.text, last.start, last.end, "pronoun")
        if last.fold in ("selbst", "himself", "herself") and len(toks) > 1:
            pronoun = toks[-2]  # „Er selbst nannte den Verkauf einen Fehler“: he
            if pronoun.kind == "word" and pronoun.fold in self.pronouns:
                return NameHit(pronoun.text, pronoun.start, pronoun.end, "pronoun")
        if last.kind == "word" and last.fold in self.conjunctions and len(toks) > 1:
            return self.clause_subject(text, toks[:-1])
        segments = [s for s in self._segments(toks) if not self._anonymity_aside(s)]
        if comma:
            segments.append([])
        # walk back over appositives to the subject's first segment
        k = len(segments) - 1
        if not segments[k]:
            k -= 1
            while (
                k > 0
                and segments[k]
                and (
                    segments[k][0].fold
                    in (_GERMAN_RELATIVES if self.lang == "de" else _ENGLISH_RELATIVES)
                    # "One woman, in a statement read to the court, said": an aside; "…, who
                    # lives on Sluicewell Road with her two sons, aged four and six, said"
                    or (
                        self.lang == "en"
                        and segments[k][0].fold in ("in", "on", "at", "from", "of", "aged")
                    )
                    # „Trainer Dennis Uphoff, seit dem Sommer im Amt, sprach …“: when and where
                    or (self.lang == "de" and segments[k][0].fold in _GERMAN_ASIDE_OPENERS)
                    # "Reader Posy Westaway, 44, from Weddicombe, said": her age and her town
                    or (
                        self.lang == "en"
                        and len(segments[k]) == 1
                        and segments[k][0].text.isdigit()
                    )
                    # "Flaxwell Rowing Club, about 11 miles downstream, said": where it is
                    or (
                        self.lang == "en"
                        and len(segments[k]) > 2
                        and segments[k][0].fold in _ABOUT
                        and (
                            segments[k][1].text.isdigit() or segments[k][1].fold in self.quantifiers
                        )
                    )
                )
                and segments[k - 1]
            ):
                k -= 1  # „Ein Feuerwehrmann, der … Dienst tut und … will, begrüßt“: its subject
                if len(segments[k]) > 1 and segments[k][0].fold in _CONTRAST:
                    segments[k] = segments[k][1:]  # "But the Skyline Group, which …, says"
            if (
                self.lang == "en"
                and k > 0
                and segments[k]
                and (
                    segments[k][0].fold in _COURT_ROLES
                    or segments[k][0].fold == "for"
                    or self._ing_aside(segments[k])
                )
                and self._names_person(text, segments[k - 1])
            ):
                # "Priya Rahman, prosecuting, said", "Rudo Surtees, for the commissioners, told
                # the court", "Elenoa Wiersma, chairing the bench, said": her part, no clause
                k -= 1
            if k < 0 or self._is_clause(segments[k]):
                return None  # ", schätzt das Institut": the subject follows the verb
        first = k
        own = self._phrase(text, segments[k]) if segments[k] else None
        speaks = (
            own is not None
            and own.kind == "descriptive"
            and self.source_noun(own.text)
            and segments[k][0].fold not in self.relatives  # ", who left the company,"
        )
        # "Almost a third of customers paid by transfer, the administrators said.": a verb that
        # ends the sentence has its words before it, so a whole speaker right before it
        # ends them (a name, or a description with its article) — unless a role names it
        closing = (
            self.lang == "en"
            and own is not None
            and own.end == segments[k][-1].end
            and len(segments[k]) <= 6
            and (own.kind == "name" or segments[k][0].fold in ("the", "a", "an"))
            and _SENTENCE_FINAL_VERB.match(text, pos) is not None
        )
        while first > 0:
            prev = segments[first - 1]
            if not prev or self._is_clause(prev):
                break
            if first == k and not comma and self._predicate_with_relative(segments[k]):
                break  # "…, 58, smashed a conker with a nut that the boy's father said": his
            opening = prev[0]
            if (
                self.lang == "en"
                and opening.kind == "word"
                and not opening.cap
                and not opening.text[0].isdigit()
                and opening.fold not in self.determiners
                and opening.fold not in self.quantifiers
                and opening.fold not in self.prepositions  # "of Orchard Rise"
                and not self.is_role(opening.text)
                and not self._names_person(text, prev)  # "retired engineer Colin Marsh"
            ):
                break  # "…, stood at 31% last year, the inspectorate says": a predicate

            if closing and first == k:
                said = [t for t in prev if t.kind == "word"]
                # (not "…, the trust's head of estates, Ravi Mehta, said.": a role before a name)
                if sum(not t.cap for t in said) >= 3 and (
                    len(said) > 6 or not self._role_phrase(" ".join(t.text for t in said))
                ):
                    break
            if speaks and first == k:
                # "The couple split in June, a source close to the couple told …": the segment
                # before a speaking phrase is its appositive's name, or a clause of its own
                prev_hit = self._phrase(text, prev)
                plain = [t for t in prev if t.kind == "word" and not t.cap]
                if len(plain) >= 2 and (
                    prev_hit is None
                    or (prev_hit.kind == "descriptive" and not self.source_noun(prev_hit.text))
                ):
                    break
            first -= 1
        while first < k and [t.fold for t in segments[first] if t.kind == "word"] in (
            [w] for w in self.adverbs
        ):
            first += 1  # "Today, founder and chief executive Leo Varga told …"
        if first < k and segments[first] and segments[first][0].fold in _COURT_ROLES:
            first += 1  # "Defending Carrodus, Fitzroy Elphinstone said": whose part he takes
        chosen = [s for s in segments[first : k + 1] if s]
        for j in range(len(chosen) - 1, 0, -1):
            if chosen[j][0].fold in _CONTRAST and len(chosen[j]) > 1:
                # "Councillors back renaming – but traders warn": the clause after "but"
                chosen = [chosen[j][1:], *chosen[j + 1 :]]
                break
        if not chosen:
            return None
        if chosen[0][0].fold in _CONTRAST and len(chosen[0]) > 1:
            chosen[0] = chosen[0][1:]  # "But 31 readers who asked for a refund say": the readers
        head = chosen[0]
        if self.lang == "de" and first == 0 and head[0].fold == "als" and len(head) <= 7:
            return None  # „Als Grund nennt Geschäftsführer X …“: the subject follows the verb
        if head[0].kind == "word" and head[0].fold in self.prepositions and first == 0:
            if self.lang == "de":
                return None  # "Für das Frühjahr erwartet der Verband …"
            rest = head[2:]  # "On Monday the council said"
            if not rest or rest[0].fold not in self.determiners and not rest[0].cap:
                return None
            chosen[0] = head = rest
        # inside the first segment, the subject starts after a clause-opening word ("which Moss
        # later described"); a relative pronoun right before the verb is the segments before it
        cut = 0
        for n, t in enumerate(head):
            if n > 0 and head[n - 1].cap and t.fold == "and" and self._and_in_name(head, n):
                continue  # "the Food and Drink Federation said": one name
            if (
                n > 0
                and t.fold in ("und", "and")
                and (head[n - 1].cap or head[n - 1].text == "-")  # „Tabak- und Dampfwaren“
                and n + 1 < len(head)
                and head[n + 1].cap
                and any(self.is_org_head(x.text) for x in head[:n])
            ):
                continue  # „die Gewerkschaft Holz und Kunststoff kritisierte“: one name
            if n > 0 and t.fold in self.relatives and _ANONYMOUS_TAIL.match(text, head[n - 1].end):
                break  # "officials who spoke on condition of anonymity said": who they are
            if (
                self.lang == "en"
                and n > 0
                and t.fold in ("who", "that")
                and n + 1 < len(head)
                and head[n + 1].kind == "word"
                and not head[n + 1].cap
                and head[n + 1].fold not in self.determiners
                and head[n - 1].kind == "word"
                and not cut
            ):
                if head[0].fold in _ONE_PERSON and n <= 3 and len(head) <= 10:
                    # "One councillor who voted against the scheme": who says which one
                    return NameHit(
                        text[head[0].start : head[-1].end],
                        head[0].start,
                        head[-1].end,
                        "descriptive",
                    )
                if head[0].fold in self.prepositions:
                    # "…, in a move that debt charities say could …": who says is after "that"
                    chosen[0] = head[n + 1 :]
                    break
                chosen[0] = head[:n]  # "Inspectors who made a visit found": the inspectors
                break
            if t.kind == "word" and (
                t.fold in self.subordinators
                or t.fold in self.conjunctions
                or (
                    t.fold in self.relatives
                    and (self.lang == "en" or n > 0 and head[n - 1].kind == "punct")
                )
            ):
                cut = n + 1
        if cut:
            if cut == len(head) and head[-1].fold in self.relatives and first > 0:
                before = [s for s in segments[:first] if s]
                antecedent = self._last_name(text, before[-1]) if before else None
                return antecedent or self._choose(text, before[-3:])
            chosen[0] = head[cut:]
        return self._choose(text, chosen)

    def _last_name(self, text: str, seg: list[Tok]) -> NameHit | None:
        """The name that ends a segment: the antecedent of "which" / "who" after it ("it was the
        turn of the Federation of Enterprise, which warned …")."""
        words = [t for t in seg if t.kind == "word"]
        for j in range(max(0, len(words) - 8), len(words)):
            if not words[j].cap:
                continue
            hit = self._phrase(text, words[j:], allow_descriptive=False)
            if hit is not None and hit.end == words[-1].end:
                return hit
        return None

    def clause_subject(self, text: str, toks: list[Tok]) -> NameHit | None:
        """The subject of a clause whose verbs are joined by "and": its first pronoun or name
        ("In June she appeared … and told host Megan Doyle …"); after an inverted reporting
        clause, the speaker it names („…, sagte Verbandssprecher Ronny Gerlach-Sturm und sprach
        von …“)."""
        for t in toks[:8]:
            if t.kind == "punct" and t.text in ",;:":
                continue
            if t.kind == "word" and t.fold in self.pronouns:
                return NameHit(t.text, t.start, t.end, "pronoun")
        segs = self._segments(toks)
        last = [t for t in segs[-1] if t.kind == "word"] if segs else []
        if len(segs) > 1 and last and last[0].fold in self.reporting and not last[0].cap:
            inverted = self.after(text, last[0].end, toks[-1].end)
            if inverted is not None and inverted.kind in ("name", "descriptive", "pronoun"):
                return inverted
        segs = self._segments(toks[:12])
        for seg in segs:
            words = [t for t in seg if t.kind == "word"]
            if words and words[0].fold in self.prepositions:
                continue
            whole = self._phrase(text, seg, allow_descriptive=False)
            if whole is not None:
                return whole
            described: NameHit | None = None
            for n in range(1, min(len(seg), 5) + 1):
                hit = self._phrase(text, seg[:n], allow_descriptive=True)
                if hit is not None and hit.kind != "descriptive":
                    return hit  # "Supermarket chain Harmon's": the name, not "Supermarket"
                if hit is not None and described is None and self.source_noun(hit.text):
                    described = hit
            if described is not None and self._role_phrase(described.text):
                # "The judge, Recorder Paul Amis, adjourned … and warned": the appositive's name
                k = segs.index(seg) + 1
                if k < len(segs) and segs[k]:
                    named = self._phrase(text, segs[k], allow_descriptive=False)
                    if named is not None and named.kind == "name":
                        return named
            return described
        return None

    def after(self, text: str, pos: int, hi: int) -> NameHit | None:
        """The speaker named right after a reporting verb ending at `pos` (up to `hi`)."""
        part = _PARTITIVE_AFTER.match(text, pos, hi)
        if part is not None:
            return NameHit(part.group("p"), part.start("p"), part.end("p"), "partitive")
        hi = min(hi, pos + REACH)
        toks = tokens(text, pos, hi)
        segment: list[Tok] = []
        rest: list[Tok] = []
        for n, t in enumerate(toks):
            if t.kind == "quoted" or (t.kind == "punct" and t.text not in "&-()"):
                if t.text == ",":
                    rest = toks[n + 1 :]
                break
            segment.append(t)
        segment = [t for seg in self._segments(segment) for t in seg]
        if segment and segment[0].fold == "sich" and self.lang == "de":
            segment = segment[1:]  # „äußerte sich der Epidemiologe …“
        if len(segment) > 1 and segment[0].fold in ("uns", "mir") and self.lang == "de":
            segment = segment[1:]  # „sagte uns der Bürgermeister“: to whom, then who
            while len(segment) > 1 and segment[-1].kind == "word" and not segment[-1].cap:
                segment = segment[:-1]  # „hat uns der Vorstand schriftlich zugesagt“
        while len(segment) > 1 and self.lang == "de" and segment[-1].fold in _VERB_PARTICLES:
            segment = segment[:-1]  # „räumte eine Ministeriumssprecherin ein“: the verb's part
        if (
            self.lang == "de"
            and len(segment) > 3
            and _TOLD_TO_PAPER.fullmatch(" ".join(t.text for t in segment[-2:]))
        ):
            segment = segment[:-2]  # „sagte eine Sprecherin der ZACKPOST“: the paper told
        if segment and self.lang == "de" and segment[0].fold == "als":
            return None  # „sagte als Zeuge aus“: in what role, not who
        if segment and segment[0].fold in ("es", "it", "there"):
            segment = segment[1:]
            if segment and segment[0].fold in self.prepositions:
                segment = segment[1:]  # "hieß es in einer Mitteilung der Ermittler"
            words = [t for t in segment if t.kind == "word"]
            for n, t in enumerate(words[:-1]):  # the body behind a statement or document
                if self.is_document(t.text) and words[n + 1].fold in self.org_links:
                    found = self._phrase(text, words[n + 2 :], allow_descriptive=True)
                    if found is not None:
                        return found
        if segment and segment[0].fold in self.pronouns:
            return NameHit(segment[0].text, segment[0].start, segment[0].end, "pronoun")
        words = [t for t in segment if t.kind == "word"]
        for n, t in enumerate(words[:4]):
            # „zeigt eine neue Studie der Universität Leipzig“, "said a report by the Audit
            # Office": the body behind the document that heads the phrase
            if t.cap and t.fold not in self.determiners and not self.is_document(t.text):
                break
            if (
                self.is_document(t.text)
                and n + 1 < len(words)
                and words[n + 1].fold in self.org_links | {"by", "from", "von", "vom"}
            ):
                k = n + 2
                while k < len(words) and words[k].fold in self.determiners:
                    k += 1
                found = self._phrase(text, words[k:], allow_descriptive=False)
                if found is not None and not self.is_document(found.text):
                    return found
                break
        hit = self._phrase(text, segment)
        if hit is not None and hit.kind == "descriptive" and not self.source_noun(hit.text):
            named = [t for t in rest if t.kind == "word"][:4]
            if (
                named
                and segment[0].fold in self.determiners
                and len([t for t in segment if t.kind == "word"]) <= 3
            ):
                better = self._phrase(text, named, allow_descriptive=False)
                if better is not None and (better.person or self.is_person(better.text)):
                    return (
                        better  # "said the auctioneer, Felix Danbury-Hart": the work, then the name
                    )
            hit = None  # "said further cuts were …": no speaker; "said one senior adjuster" is one
        if hit is not None and hit.text.split()[0].casefold() in self.prepositions:
            hit = None  # „räumte über seinen Anwalt ein“: how it was said, not who said it
        if rest and rest[0].fold in self.relatives:
            rest = []  # "eine Sprecherin der Regionalbahn, die den Verkehr organisiert"
        if hit is not None and hit.kind == "descriptive" and rest:
            apposed: list[Tok] = []  # the appositive up to its own comma, not „…, 51, vom …“
            for t in rest:
                if t.kind == "quoted" or (t.kind == "punct" and t.text not in "&-()"):
                    break
                apposed.append(t)
            better = self._phrase(text, apposed, allow_descriptive=False)
            if (
                better is not None
                and self._role_phrase(hit.text)
                and self._role_ends_at_comma(text, hit.end, rest[0].start)
                and self._appositive_name(apposed)
            ):
                return better  # "said Bluewake's manager, Tom Hargreaves"
        if hit is None and rest and segment and POSSESSIVE.search(segment[-1].text):
            return self._phrase(
                text, [t for t in rest if t.kind == "word"][:6], allow_descriptive=False
            )
        return hit

    def _role_ends_at_comma(self, text: str, end: int, comma: int) -> bool:
        """Whether a role's phrase ending at `end` runs on only to the comma before `comma`,
        so that a name after it is its appositive: „die Vizepräsidentin für Lehre, Gertrude
        Rackebrandt“; not „hält der Geschäftsführer für wenig aussagekräftig, Teststreifen
        seien …“ (a predicate closes the clause; what follows is what was said)."""
        words = [t for t in tokens(text, end, comma) if t.kind == "word"]
        for n, t in enumerate(words):
            if t.cap or t.fold in self.determiners:
                continue
            nxt = words[n + 1] if n + 1 < len(words) else None
            if t.fold in self.prepositions and (
                nxt is None or nxt.cap or nxt.fold in self.determiners
            ):
                continue  # „für Lehre“, „des Vereins“; „sagte … aus,“: the verb's particle
            return False
        return True

    def _appositive_name(self, apposed: list[Tok]) -> bool:
        """Whether the words after a role's comma can be its appositive: not a clause joined
        by „und“ („…, und eine Schubkarre sei ein Fahrzeug“) nor one that ends in a verb
        („kündigte die Verteidigerin an, Berufung einzulegen“)."""
        words = [t for t in apposed if t.kind == "word"]
        return (
            bool(words)
            and words[0].fold not in self.conjunctions
            and (words[-1].cap or words[-1].text.isdigit())
        )

    def _named_in_apposition(
        self, text: str, hit: NameHit, segments: list[list[Tok]]
    ) -> NameHit | None:
        """The name in the appositive after a role: "the trust's chair, Helen Achterberg,"."""
        if hit.kind != "descriptive" or len(segments) < 2 or not self._role_phrase(hit.text):
            return None
        return self._phrase(text, segments[1], allow_descriptive=False)

    def _without_time_tail(self, toks: list[Tok]) -> list[Tok]:
        """The phrase without the time that ends it: "figures published by the council last
        week" names the council."""
        words = [t.fold for t in toks]
        if self.lang != "en" or len(words) < 2:
            return toks
        if words[-1] in _TIME_WORDS:
            return toks[:-1]
        if len(words) >= 3 and words[-2] in ("last", "this", "next") and words[-1] in _PERIODS:
            return toks[:-2]
        return toks

    def from_phrase(self, text: str, start: int, end: int) -> NameHit | None:
        """The source named by a phrase after "laut", "according to", before "zufolge", ..."""
        toks = tokens(text, start, min(end, start + REACH))
        for t in toks:
            if t.kind == "quoted" and len(t.text.split()) <= 8:
                return NameHit(text[t.start + 1 : t.end - 1], t.start + 1, t.end - 1, "quoted")
        for t in toks:
            if t.kind == "word" and _DOMAIN.fullmatch(t.text):
                return NameHit(t.text, t.start, t.end, "quoted")  # a domain: de.qz.com
        words = [t for t in toks if t.kind == "word"]
        if len(words) == 1 and words[0].fold in self.pronouns:
            return NameHit(words[0].text, words[0].start, words[0].end, "pronoun")
        segments = self._segments(toks)
        first = segments[0] = self._without_time_tail(segments[0])
        # "figures from the X", "a report published by X": the body behind the document
        for n, t in enumerate(first):
            if (
                t.fold in ("by", "from", "von", "vom", "des", "der", "eines", "einer")
                and n > 0
                and any(
                    x.fold.rstrip("s").endswith(tuple(d.rstrip("s") for d in self.documents))
                    for x in first[:n]
                )
            ):
                k = n + 1
                while k < len(first) and first[k].fold in self.determiners:
                    k += 1
                hit = self._phrase(text, first[n + 1 :], allow_descriptive=True)
                if hit is not None:
                    return self._named_in_apposition(text, hit, segments) or hit
        hit = self._phrase(text, first)
        if hit is not None:
            better = self._named_in_apposition(text, hit, segments)
            if better is not None:
                return better
        if hit is None and len(segments) > 1:
            return self._phrase(text, segments[1], allow_descriptive=False)
        return hit
