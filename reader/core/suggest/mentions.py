"""Who a pronoun, an age or a surname stands for: the people an article names, in text order.

One pass over the article collects every person it names — a first name and a surname ("Nadia
Okafor is late"), a title or role and a name ("Cllr Susan Pryce", "Landrat Georg Eibl"), a speaker
the rules found — and every later use of such a surname ("Okafor shrugs"). Pronouns (he / she, er
/ sie with a singular verb) and age appositions ("the 44-year-old chef", "die 48-Jährige") then
stand for the last person named as a subject (at the start of a sentence) whose gender fits, within
a few paragraphs; each resolved pronoun is itself a mention, so a chain of "she"s keeps its person.
Mentions inside direct quotations are skipped: there "he" and "she" are the speaker's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from reader.core.article import NON_ARTICLE_KINDS, Article, Block
from reader.core.suggest.forms import role_gender
from reader.core.suggest.names import CLOSING_TAIL
from reader.core.suggest.tokens import CAPITALS, FORENAME, LOWER, SMALL

_SURNAME = rf"(?:[{CAPITALS}]\.|[{CAPITALS}][\w'’\-]*{LOWER})"
POSSESSIVE_S = re.compile(r"['’]s$")  # "Penhale's": the name without its possessive
_PARTICLES = r"(?:(?:von|van|de|der|den|zu|ten|di|da|le|la|al|bin)\s+){0,2}"
# a particle after a forename begins a surname ("von der Leyen"); a bare "der" does not
_FORE_PARTICLES = r"(?:(?:von|van|zu|ten|de|di|da|le|la|al|bin)\s+(?:der\s+|den\s+)?)?"
_WORD = re.compile(r"(?<!\w)[^\W\d_]+")  # a first name is one such word; the set decides
_JOINED_FIRST = re.compile(rf"(?<![\w\-])[{CAPITALS}]{LOWER}+-$")
_AFTER_FIRST_NAME = re.compile(  # "-Lena Schmidt", " von der Heyde", " Feldkamp"
    rf"(?:-[{CAPITALS}]{LOWER}+)?\s+{_PARTICLES}(?P<last>{_SURNAME})"
)
_FORE_SURNAME = re.compile(  # overlapping: "Bürgermeister Onno Feldhaus" tries "Onno Feldhaus"
    rf"(?=(?P<pair>\b(?P<first>{FORENAME})(?:\s+[{CAPITALS}]\.)?\s+"
    rf"{_FORE_PARTICLES}(?P<last>[{CAPITALS}][\w'’\-]*{LOWER})\b(?!-)))"
)
# a capitalised word right after a word: a surname after a forename, in English
_SURNAME_AFTER = re.compile(rf"[^\S\n]+{_SURNAME}\b")
# an age in brackets right after a name: „Kuno von Krähenstein (68)“ is a person
_AGE_AFTER = re.compile(r"[^\S\n]*\(\d{1,3}\)")
# a capitalised word that may be a forename, alone („Lea-Marie“): an age after it is looked for
# with AGE_AFTER_NAME
_LONE_FORENAME = re.compile(rf"(?<![\w\-.’'])[{CAPITALS}]{LOWER}+(?:-[{CAPITALS}]{LOWER}+)?\b")
# „Ihre Tochter Ella (6)“: a young child named as someone's kin is talked about, not heard
_KIN_NOUNS = frozenset(
    "tochter sohn enkelin enkel kind nichte neffe daughter son granddaughter grandson".split()
)
# „seiner Arbeit“, „eines Bekannten“: the word after a possessive or an indefinite article is a
# noun (not after „der“ / „den“, which may be relative: „den Armine Wöstenbrink … legt“), and so
# is the word after „im“ or after an article and an adjective („im Frühjahr Bärlauch“, „für den
# eigenen Bedarf Bärlauch“)
_DETERMINER_BEFORE = re.compile(
    r"(?<!\w)(?:des|ein|eine|einer|einem|eines|seine[rnms]?|ihre[rnms]?|im|vom|zum|beim"
    r"|(?:der|die|das|den|dem|des)[^\S\n]+[a-zäöüß]+e[nmrs]?)[^\S\n]+$"
)
# the capitalised word right before a surname written alone („Zuzka“ of „Zuzka H.“)
_CAPITAL_WORD_BEFORE = re.compile(rf"(?<![\w\-])[{CAPITALS}][\w\-]*[^\S\n]+$")
# a German plural after its article is a noun, never a surname: „die Schnecken“
_NOUN_AFTER_ARTICLE = re.compile(r"\b(?:die|den)[^\S\n]+([" + CAPITALS + r"]\w+en)\b")
# „Jarno R.“: a name that ends in an initial keeps its full stop
_ENDS_IN_INITIAL = re.compile(r"\s[" + CAPITALS + r"]\.$")
# a sentence that opens with two capitalised words and a lower-case verb, the next opening with a
# gendered pronoun: "Vaidas Kazlauskas has worked nights there for 11 years. He said …"
_OPENING_PAIR = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<pair>(?P<first>[" + CAPITALS + r"][a-z\u00e0-\u024f]+)[^\S\n]+"
    r"(?P<last>["
    + CAPITALS
    + r"][a-z\u00e0-\u024f'’\-]+)),?[^\S\n]+[a-z][^.!?\n]{0,200}[.!?][^\S\n]+"
    r"(?P<pronoun>She|He)\b"
)
# what a German article calls a person it has just named: „Der 67-Jährige“, „„…“, sagt sie“,
# „…, sagt er.“, a sentence that opens „Er hat …“
_PERSON_REFERENCE = re.compile(
    r"\b(?P<det>[Dd]er|[Dd]ie)\s+\d{1,3}-[Jj]ährige\b"
    r"|(?<=[“«»\"],\s)[" + SMALL + r"]+\s+(?P<pro>sie|er)\b"
    r"|(?<=,\s)[" + SMALL + r"]+\s+(?P<said>sie|er)(?=\s*[.;])"  # „…, sagt er.“
    r"|(?:(?<=\n)|(?<=[.!?]\s))(?P<opening>Sie|Er)\s+[" + SMALL + r"]"
)
# an English person named with a forename no list knows, as only a person is: with "who", an
# age or a home town after her ("Padmini Hammill, who has surveyed …", "Tomomi Cheesman, 71,",
# "Koldobika Feavearyear, from Fitchley,") or a description ("Sainabou Meadowcroft, a doctoral
# student"); the next "she" or "he" then tells her gender. Not a place's first word: "St Aelwen's"
_PLACE_FIRST_WORDS = frozenset({"St", "Saint", "Mount", "Lake", "Port", "Fort", "Castle", "Old"})
_EN_PAIR_PLACED = re.compile(
    r",\s+(?:who\b|whose\b|aged\s+\d|\d{1,3}[,\s]|from\s+[A-Z]|(?:a|an|the)\s+[a-z])"
)
# the noun an English name is set off after, by a comma: "Its chair, ", "head professional, "
_EN_APPOSITION_BEFORE = re.compile(r"(?<![\w\-])([a-z]{3,}),[^\S\n]+$")
_EN_PERSON_REFERENCE = re.compile(
    r"(?<=[,?!][”\"’']\s)(?P<pro>she|he)\b"  # ""…," she said"
    r"|(?<=,\s)(?P<said>she|he)(?=\s+(?:said|says|added|adds|told|explained|recalled)\b)"
    r"|(?:(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s))(?P<opening>She|He)\s+[a-z]"
)
# after a person who opens her sentence: a comma, a full stop or a singular verb („lernt“, not
# the plural „dürften“ of „Solche Ausfälle dürften …“)
_SUBJECT_PAIR_AFTER = re.compile(r"[,.]|[^\S\n]+[" + SMALL + r"]+(?<!en)\b")
# „Für Audronė Westendarp kommt der Neubau spät.“: a sentence that opens with whom it is for;
# „Auch Femmy Wiemelkamp bedauert …“: with a focus word before its subject
_FOR_OPENING = re.compile(r"(?:Auch[^\S\n]+)?(?:Für|Bei)[^\S\n]+|(?:Auch|Selbst|Sogar)[^\S\n]+")
# the sentence after a name opens with the person's age as a noun: „… mit Jomar Aumannsiek
# gesprochen. Der 34-Jährige fährt …“
_AGE_OPENS_NEXT = re.compile(r"[^.!?\n]{0,80}[.!?][^\S\n]+(?:Der|Die)[^\S\n]+\d{1,3}-Jährige\b")
# „Eine von ihnen ist Bathilde Böckenhoff aus Grubenhain.“: a person by where she lives
_FROM_PLACE_AFTER = re.compile(
    r"[^\S\n]+aus[^\S\n]+(?:(?:dem|der)[^\S\n]+["
    + CAPITALS
    + r"][\w\-]+[^\S\n]+)?["
    + CAPITALS
    + r"][\w\-]+[^\S\n]*[.,]"
)
# „Jarno R.“: a forename and the initial a court report gives for the surname
_INITIALLED = re.compile(
    rf"\b(?P<pair>(?P<first>{FORENAME})[^\S\n]+(?P<last>[{CAPITALS}])\.)(?!\w)"
)
# a photographer's credit is no mention of a person in the story
_CREDIT_BEFORE = re.compile(
    r"(?:Photograph|Photo|Picture|Image|Credit|Foto|Bild)s?\s*:\s*$", re.IGNORECASE
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|with|from|for|to|of|against|about|von|mit|für|gegen|bei|an|zu|über|um|ohne)\s*$",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b(?P<det>[Dd]er|[Dd]ie|[Tt]he)\s+(?P<age>\d{1,3})-(?P<w>[Jj]ährige[rn]?|year-old)\b"
)
# what ends a clause between a name and a pronoun: punctuation, a conjunction, a dash
_CLAUSE_BREAK = re.compile(r"[,;:.!?–—„“\"\n]|\b(?:und|oder|aber|denn|sondern)\b")
# an age the article gives with a name: „Rehse (41)“, "Holt, 67,", „die 18 Jahre alte Emmi Tebbe“,
# „der 41-jährige Rehse“, "the 44-year-old Holt"
AGE_AFTER_NAME = re.compile(r"\s*(?:\((\d{1,3})\)|,\s*(\d{1,3}),)")
_AGE_BEFORE_NAME = re.compile(
    r"(\d{1,3})(?:-jährige[rn]?|-year-old|\s+Jahre\s+alte[rn]?)\s+(?:["
    + CAPITALS
    + r"][\w\-]+\s+)?$"
)
# „die 81-jährige Hinrika Hassenpflug“, „der Vorsitzende Arne Kolbe“: the gender a German
# article gives a name whose first name no list knows
_GENDERED_BEFORE = re.compile(
    r"\b(?P<det>[Dd]ie|[Dd]er)\s+(?:\d{1,3}-[Jj]ährige|["
    + CAPITALS
    + r"]["
    + SMALL
    + r"]*(?:nde|te|ige))\s+$"
)
# the capitalised word right before a name: „Spielleiterin Weertje Kramprich“
_CAPITAL_BEFORE = re.compile(r"(?<![\w\-])([" + CAPITALS + r"][\w\-]+)[^\S\n]+$")
_DESCRIBING = frozenset({"ein", "eine", "der", "die", "a", "an", "the"})
_WORD_BEFORE = re.compile(r"([\w’'\-]+)\W*$")
# words before a German „sie“ that are no verb of hers: „dass sie“, „wie sie“, „für sie“
_NO_VERBS = frozenset(
    {
        "dass",
        "dabei",
        "damit",
        "denn",
        "doch",
        "obwohl",
        "sodass",
        "weil",
        "wenn",
        "als",
        "aber",
        "oder",
        "und",
        "über",
        "ohne",
        "gegen",
        "nach",
        "durch",
        "bevor",
        "nachdem",
        "seit",
        "während",
        "auch",
        "noch",
        "schon",
        "nicht",
        "zudem",
        "jedoch",
        "allerdings",
        "sich",
        "etwas",
        "alles",
        "nichts",
        "viele",
        "beide",
        "alle",
        "diese",
        "jene",
        "ihre",
        "seine",
        "deren",
        "dessen",
        "welche",
        "solange",
        "sobald",
        "falls",
        "zwar",
        "also",
        "daher",
    }
)
# not past the end of its sentence: „sagte sie. „Wir sorgen …““ has no verb of hers after it
_WORD_AFTER = re.compile(r"^[^\w.!?;:„“\"»«]*?([\w’'\-]+)")
# words after a German „sie“ that are no verb: its verb stands before it („Organisiert werden
# sie vom Förderverein“: plural; „…, sagte sie am Montag“: hers)
_NO_VERBS_AFTER = frozenset(
    {
        *("vom", "von", "mit", "für", "auf", "im", "in", "an", "am", "zu", "zum", "zur", "bei"),
        *("aus", "nach", "bis", "seit", "über", "unter", "vor", "gegen", "ohne", "durch", "um"),
        *("die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"),
        *("nicht", "auch", "noch", "schon", "bereits", "jetzt", "nun", "dann", "doch", "aber"),
        *("und", "oder", "sehr", "nur", "immer", "nie", "gern", "heute"),
    }
)
_VERB_BEFORE = re.compile(
    r"\b(?:sagte|sagt|erklärte|erklärt|hatte|hat|war|ist|musste|wollte|said|says)\s*$"
)
# a name after "said" that a verb follows is the subject of what was said: "said Dawtrey had"
_CLAUSE_GOES_ON = re.compile(
    r"["
    + CAPITALS
    + r"][\w'’\-]*(?:[^\S\n]+["
    + CAPITALS
    + r"][\w'’\-]*)*[^\S\n]+(?:had|has|have|was|were|is|are|"
    r"would|could|will|should|might|must|did|does|do|can|[a-z]+ed)\b"
)
# a German name's genitive -s right before the noun it owns („Lieselotte Dammeyers Balkon“)
_GERMAN_GENITIVE = re.compile(
    r"(?<=[" + SMALL + r"]s)[^\S\n]+[" + CAPITALS + r"][" + SMALL + r"]{3,}(?:[^\S\n]|[.,;:!?])"
)
_LINE_PREFIX = re.compile(r"^([" + CAPITALS + r"][\w\-]+):", re.M)  # „Harbers: …“
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau)\.?\s+([" + CAPITALS + r"][\w'’\-]+)")
# the titles that tell the person's gender ("Miss Shakeshaft" is a she, „Herr Brandl“ a he)
_TITLE_GENDER = {"mr": "m", "herr": "m", "mrs": "f", "ms": "f", "miss": "f", "frau": "f"}
_TITLES = frozenset({*_TITLE_GENDER, "mx", "dr"})
# two forenames before one surname: "Xabat and Olesia Tankardby", „Ilse und Kurt Haverkamp“
_COUPLE = re.compile(
    rf"(?<![\w\-])[{CAPITALS}][a-z\u00e0-\u024f]+[^\S\n]+(?:and|und|&)[^\S\n]+"
    rf"(?P<second>[{CAPITALS}][a-z\u00e0-\u024f]+)[^\S\n]+(?P<last>[{CAPITALS}][\w'’\-]+)"
)
_TITLE_JUST_BEFORE = re.compile(  # the gendered titles, right before a surname
    r"\b(" + "|".join(t.capitalize() for t in _TITLE_GENDER) + r")\.?\s+\Z"
)
# a verb of saying right before a pronoun set off by commas: „…, sagt er, …“, "…, he said, …"
_ASIDE_VERB = re.compile(
    r",\s*(?:sagt|sagte|meint|meinte|erzählt|erzählte|glaubt|says|said|thinks|believes)\s+$"
)
# an English aside with its pronoun first: "His partner, he said, would …"
_COMMA_BEFORE = re.compile(r",\s*$")
_ASIDE_AFTER = re.compile(r"\s+(?:said|says|added|thinks|thought|believes|believed)\s*,")
# an English closing tag with its pronoun first: "A member of staff had reported it, she said."
_CLOSING_AFTER = re.compile(r"\s+(?:said|says|added|adds)" + CLOSING_TAIL + r"\s*[.!?]")
# what may follow the pronoun of a closing „…, sagte er“: the sentence's end, a comma, or a
# phrase of place or time („…, sagte er in seinem Plädoyer.“), not a clause of its own
# ("Wayan Sclater, 41, said she had found out …": she is Wayan Sclater)
_CLAUSE_CLOSES = re.compile(
    r"\s*(?:[.,;!?]|(?:in|im|am|an|auf|bei|beim|vor|nach|gegenüber|dazu|dann|noch|on|at)\s+[^.;!?]{0,60}[.;!?])"
)
# a role's tail up to the comma before the name in apposition: " des Altmetallhandels, "
_APPOSITION_AFTER = re.compile(r"[^,.;:!?\n„“\"]{0,60},[^\S\n]+")
_NAME_WORDS = re.compile(r"[" + CAPITALS + r"][\w\-]+(?:[^\S\n]+[" + CAPITALS + r"][\w\-]+)+")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "er", "sie", "es"})
MAX_BLOCKS = 3  # how many paragraphs back a pronoun may reach for its person
_AGE_REACH = 10  # and „der 58-Jährige“ for the one given that age: so sure a sign reaches further


class _Covered:
    """Spans, and "does one of them hold this offset?" by bisect (the spans may overlap)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.spans = merged
        self.starts = [s for s, _ in merged]

    def holding(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # the fullest form the article gives
    gender: str  # "f", "m" or "" when unknown


# a possessive determiner, and a person named only as someone's relative or neighbour with it:
# „Ihre Tochter“, "Her mother"
POSSESSIVE_OPENING = r"(?:Seine?|Ihre?|Deren|Dessen|His|Her|Their)"
KIN_OF_SOMEONE = re.compile(POSSESSIVE_OPENING + r"\s")


@dataclass(slots=True)
class _Event:
    start: int
    end: int
    block: int
    kind: str  # "name", "pronoun", "age"
    name: str = ""  # for names: the full name
    gender: str = ""  # for pronouns and ages: the gender they need
    subject: bool = False
    aside: int = -1  # for a pronoun in „X, sagt er, …“: where its sentence starts (X is not he)
    age: int = -1  # for ages: the age they give („der 41-Jährige“)


# the endings that mark a forename the list does not know as a woman's or a man's
# („Isentraut“, "Augustina", „Dobroslava“, "Yordanka"; „Wernfried“; "Hadrian" and "Peregrine"
# stay unknown)
_FEMALE_ENDINGS = (
    *("ina", "eline", "trud", "traut", "gard", "hild", "linde", "ette", "elle", "lie"),
    *("slava", "ava", "ova", "eva", "ija", "iya", "anka", "enka", "inka", "ica"),
)
_MALE_ENDINGS = ("bert", "fried", "mund", "wald", "helm", "hold", "wulf", "ulf")


def _gender_by_ending(forename: str) -> str:
    """A guess from the forename's ending, only for a name the list lacks."""
    fold = forename.casefold()
    if len(fold) < 4:
        return ""
    if fold.endswith(_FEMALE_ENDINGS):
        return "f"
    if fold.endswith(_MALE_ENDINGS):
        return "m"
    return ""


_SAYS_BETWEEN = re.compile(r"\b(?:said|says|told|tells|added|argued|claimed)\b")
_HER = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HIS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


class People:
    """Persons named in one article, and what its pronouns and ages resolve to."""

    def __init__(
        self,
        article: Article,
        lang: str,
        first_names: dict[str, str],
        speakers: list[tuple[int, int, str, bool]],
        quoted: list[tuple[int, int]],
        sentence_start: Callable[[int], int],
        roles: tuple[tuple[int, int, str, str], ...] = (),
        bodies: tuple[tuple[int, int, str, str], ...] = (),
        surnames: tuple[str, ...] = (),
        forename: Callable[[str], bool] = lambda word: False,
        introduced: tuple[tuple[int, int, str], ...] = (),
        reporting: Collection[str] = (),
        spokespersons: Collection[str] = (),
        body_nouns: Collection[str] = (),
    ) -> None:
        self.article = article
        self._body_nouns = frozenset(body_nouns)  # "insurer", "company": a body's, no person's
        # the lexicon's reporting verbs ("fumed Zorka") and its words for a spokesperson (a he
        # or she after one no name is given for may be theirs), as patterns
        self._reporting = "|".join(sorted(map(re.escape, reporting), key=len, reverse=True))
        self._spokesperson = (
            re.compile(
                rf"(?i:\b\w*(?:{'|'.join(sorted(map(re.escape, spokespersons), key=len, reverse=True))})\b)"
            )
            if spokespersons
            else None
        )
        self.text = article.text
        self.lang = lang
        self.first = first_names
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self._sentence_start = sentence_start
        self.full: dict[str, str] = {}  # surname -> full name (when only one person has it)
        self.shared: dict[str, list[str]] = {}  # a surname several people share -> their names
        # a surname two forenames share: "Xabat and Olesia Tankardby"
        self.couples: set[str] = set()
        self._first_named: dict[str, int] = {}  # where each of those is first named in full
        self.gender: dict[str, str] = {}
        self.ages: dict[str, int] = {}  # full name -> the age the article gives
        self.resolved: dict[int, str] = {}  # pronoun / age offset -> full name
        self._lone = surnames
        self._forename = forename
        self._introduced = introduced  # "Sportdirektor Till Reinartz": a role before a name
        events = self._names(speakers)
        events += self._roles(roles, {e.start: e.name for e in events if e.kind == "name"})
        self.body_gender: dict[str, str] = {}
        for start, end, name, gender in bodies:
            if not self._in_quote(start):
                self.body_gender.setdefault(name, gender)
                bi = self.article.block_index_at(start)
                events.append(_Event(start, end, bi, "body", name, gender, True))
        events += self._pronouns()
        events.sort(key=lambda e: (e.start, e.kind not in ("name", "body")))
        self._subjects: list[tuple[int, int, str]] = []  # (start, block, name) of subjects
        self._named = sorted((e.start, e.end, e.name) for e in events if e.kind == "name")
        self._walk(events)
        self._subject_starts = [s for s, _, _ in self._subjects]

    # helpers -------------------------------------------------------------------------------------
    def _in_quote(self, offset: int) -> bool:
        i = bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and self._quoted[i][0] <= offset < self._quoted[i][1]

    def _blocks(self) -> Iterator[tuple[int, Block]]:
        for bi, block in enumerate(self.article.blocks):
            if block.kind not in NON_ARTICLE_KINDS:
                yield bi, block

    def _subject(self, start: int) -> bool:
        """At the start of its sentence (after at most three words: "In March she", "Bürger-
        meisterin Jana Feldkamp"), not after a preposition."""
        lo = self._sentence_start(start)
        before = self.text[lo:start]
        said = _VERB_BEFORE.search(before)
        if said and said.group().strip() in ("said", "says") and before[: said.start()].strip():
            # "Keir Stannage said Dawtrey had sold …": the subject of what he said, not the
            # speaker ("…, said Dawtrey." inverts)
            return not _CLAUSE_GOES_ON.match(self.text, start)
        if said:
            return True  # "sagte sie", "hatte Wendland"
        if _AFTER_PREPOSITION.search(before):
            return False  # "Under cross-examination by Julian Marsh, she …"
        words = re.findall(r"[\w’'\-]+", before)
        if any(w.casefold() in _SUBJECT_PRONOUNS for w in words):
            return False  # "She told host Megan Doyle": the subject came first
        return len(words) <= 3

    # persons ---------------------------------------------------------------------------------------
    def _names(self, speakers: list[tuple[int, int, str, bool]]) -> list[_Event]:
        """Persons by first name, and the speakers; a speaker whose name has neither a first
        name nor a title ("Southern Water") is a mention, but its last word is no surname."""
        found: list[tuple[int, int, str]] = []
        titles = [(m.group(1).casefold(), m.group(2)) for m in _TITLED.finditer(self.text)]
        titled = {surname for _, surname in titles}
        # surnames written alone, so a final s is theirs: „Frau Harbers“, an answer's „Harbers:“
        written_alone = titled | {m.group(1) for m in _LINE_PREFIX.finditer(self.text)}
        for _, block in self._blocks():
            for start, end in self._first_last(block.start, block.end):
                if not _CREDIT_BEFORE.search(self.text, max(block.start, start - 20), start):
                    # not "Photograph: Kevin Lister"; "Rosa Penhale's voice" names Rosa Penhale
                    name = POSSESSIVE_S.sub("", self.text[start:end])
                    if (
                        self.lang == "de"
                        and _GERMAN_GENITIVE.match(self.text, start + len(name))
                        and name.split()[-1] not in written_alone  # „Frauke Harbers Gäste“
                    ):
                        name = name[:-1]  # „an Lieselotte Dammeyers Balkongeländer“
                    found.append((start, start + len(name), name))
        found += [n for n in self._introduced if not self._in_quote(n[0])]
        found += self._forenamed(
            titled | set(self._lone), {n.split()[-1] for _, _, n in found}, titled
        )
        found += self._told_by_pronoun({n for _, _, n in found})
        found += self._told_by_reference(found)
        found += self._initialled(found)
        found += self._forename_with_age()
        strict = list(found) + [
            (s, e, n)
            for s, e, n, sure in speakers
            if sure or n.split()[-1] in titled  # "Rhys Evans" … "Mr Evans said"
        ]
        found += [(s, e, n) for s, e, n, _ in speakers]
        surnames: dict[str, dict[str, int]] = {}  # surname -> full name -> first offset
        guessed: set[str] = set()  # genders guessed from a forename's ending only
        for start, _, name in sorted(strict):
            name = name if _ENDS_IN_INITIAL.search(name) else name.rstrip(".")
            words = name.split()
            if len(words) >= 2:
                surnames.setdefault(re.sub(r"['’]s$", "", words[-1]), {}).setdefault(name, start)
                forename = words[0].split("-")[0]
                # „Wolf-Rüdiger“: the part a list knows tells the gender
                g = next((self.first[p] for p in words[0].split("-") if p in self.first), "")
                if not g and _gender_by_ending(forename):
                    g = _gender_by_ending(forename)
                    if name not in self.gender:
                        guessed.add(name)
                told = self.lang == "de" and _GENDERED_BEFORE.search(
                    self.text, max(0, start - 40), start
                )
                if not g and told:
                    g = "f" if told.group("det").casefold() == "die" else "m"
                role = (
                    _CAPITAL_BEFORE.search(self.text, max(0, start - 40), start)
                    if self.lang == "de" and not g
                    else None
                )
                if role is not None and role_gender(role.group(1), "", "de") == "f":
                    g = "f"  # „Spielleiterin Weertje Kramprich“: the role tells
                if g:
                    self.gender.setdefault(name, g)
        for _, _, name in found:
            words = name.split()
            if len(words) >= 2 and words[0].casefold() in _DESCRIBING and words[1][:1].isupper():
                # „Eine Mutter aus Mellinghusen“ is a she: no „der 58-Jährige“ after her
                g = role_gender(words[1], name, self.lang)
                if g:
                    self.gender.setdefault(name, g)
        self._speaker_genders(speakers, sorted(s for s, _, _ in found))
        introduced = {n for _, _, n in self._introduced}
        for last, names in surnames.items():
            # one surname, several people ("Edith Harrowby", her father "Arthur Harrowby"): the
            # surname alone is the one the article named first, its subject; a person whose
            # forename tells her gender before a firm named for the family („Marktkorb
            # Frohmeyer“ … „Geschäftsführer Gottwin Frohmeyer“ … „sagte Frohmeyer“)
            self.full[last] = min(
                names,
                key=lambda n: (n not in self.gender and n not in introduced, names[n], -len(n)),
            )
            people = [n for n in names if n.split()[0].rstrip(".").casefold() not in _TITLES]
            if len(people) > 1:  # "Velichka Hiemstra" and "Miss Hiemstra" are one
                self.shared[last] = people
                self._first_named.update((n, names[n]) for n in people)
        for m in _COUPLE.finditer(self.text):
            if f"{m.group('second')} {m.group('last')}" in surnames.get(m.group("last"), ()):
                self.couples.add(m.group("last"))
        forenames: dict[str, set[str]] = {}
        for named in surnames.values():
            for name in named:
                words = name.split()
                first = words[0]
                if (
                    len(words) <= 3
                    and all(w[:1].isupper() for w in words)
                    and (
                        any(part in self.first for part in first.split("-"))
                        # a forename the list lacks, of someone whose sex a title, a role
                        # or the forename's ending tells ("Pandora Muttock" … "Pandora said")
                        or (len(words) == 2 and name in self.gender)
                        or (len(words) == 2 and self._forename_used_alone(first, words[1]))
                    )
                ):  # a forename the list knows: not „Eine Frau aus …“, „Herbst Rübenkraut“
                    forenames.setdefault(first, set()).add(name)
        for first, bearers in forenames.items():
            if len(bearers) == 1 and first not in surnames:
                # „Erna Pietsch (91) …“ then „sagt Oma Erna“: a forename alone, when only one
                # person the article names has it, is that person
                self.full.setdefault(first, next(iter(bearers)))
        for title, surname in titles:  # "Jacinda Shakeshaft" … "Miss Shakeshaft"
            full = self.full.get(surname)
            if (
                full is not None
                and surname not in self.shared  # "Mr Wolfenden" says nothing of Aminata
                and surname not in self.couples
                and title in _TITLE_GENDER
                and (full not in self.gender or full in guessed)
            ):  # "Vegard Youatt" … "Mr Youatt": the title, not the ending "-gard", tells
                self.gender[full] = _TITLE_GENDER[title]
        events: list[_Event] = []
        seen: set[int] = set()
        speaker_set = {(s, e, n) for s, e, n, _ in speakers}
        for start, end, name in found:
            if start in seen or self._in_quote(start):
                continue
            seen.add(start)
            bi = self.article.block_index_at(start)
            subject = (start, end, name) in speaker_set or self._subject(start)
            events.append(_Event(start, end, bi, "name", self.fullname(name), "", subject))
            self._note_age(self.fullname(name), start, end)
        if self.full:
            covered = _Covered([(s, e) for s, e, _ in found])
            lasts = "|".join(sorted(map(re.escape, self.full), key=len, reverse=True))
            # „K.“ of „Dennis K.“ ends in its full stop, where no word boundary follows
            alone = re.compile(rf"(?<![\w\-])(?:{lasts})(?:(?<=\.)|(?=['’]s\b|\b))")
            for bi, block in self._blocks():
                for m in alone.finditer(self.text, block.start, block.end):
                    if m.start() in seen or self._in_quote(m.start()):
                        continue
                    if covered.holding(m.start()):
                        continue
                    name = self.fullname_at(m.group(), m.start())
                    fore = _CAPITAL_WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
                    if m.group().endswith(".") and fore and f"{fore.group()}{m.group()}" != name:
                        continue  # „Zuzka H.“ is not „Dritan H.“: an initial after a forename
                    events.append(
                        _Event(
                            m.start(),
                            m.end(),
                            bi,
                            "name",
                            name,
                            "",
                            self._subject(m.start()),
                        )
                    )
        return events

    def _first_last(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """Spans of "first name [-Second] [von] Surname" in text[lo:hi], left to right and not
        overlapping. A capitalised word is looked up in the first-name set: one set lookup per
        word, where an alternation of 1,200 names was tried at every word boundary."""
        resume = lo
        for word in _WORD.finditer(self.text, lo, hi):
            if word.start() < resume or word.group() not in self.first:
                continue
            m = _AFTER_FIRST_NAME.match(self.text, word.end(), hi)
            if m:
                resume = m.end()
                # „Wolf-Rüdiger Thiemeyer“: a first part no list knows joins the known second
                joined = _JOINED_FIRST.search(self.text, max(lo, word.start() - 20), word.start())
                yield (joined.start() if joined else word.start()), m.end()

    def _told_by_pronoun(self, known: set[str]) -> list[tuple[int, int, str]]:
        """An English sentence that opens with a forename no list knows and a surname, whose
        next sentence opens with "She" or "He" ("Meritxell Wainhouse bought her maisonette in
        2009. She said …", "Wulan Ibbetson, who is writing a book, found … She said"): a person
        of that gender, whom the pronoun then resolves to."""
        if self.lang != "en":
            return []
        found: list[tuple[int, int, str]] = []
        for _, block in self._blocks():
            for m in _OPENING_PAIR.finditer(self.text, block.start, block.end):
                if m.group("last").endswith(("'s", "’s")):
                    continue  # "Eastmoor Rail’s chief executive … He said": someone else
                pair, fore = m.group("pair"), m.group("first")
                if pair in known or self._in_quote(m.start("pair")) or not self._forename(fore):
                    continue
                if not self._forename(m.group("last")):
                    continue  # "Marlcote Depot": a common word, no surname
                self.gender.setdefault(pair, "f" if m.group("pronoun") == "She" else "m")
                found.append((m.start("pair"), m.start("pair") + len(pair), pair))
        return found

    def _speaker_genders(
        self, speakers: list[tuple[int, int, str, bool]], starts: list[int]
    ) -> None:
        """A speaker named in full whose forename no list knows ("Her solicitor, Farai
        Hollingworth, said …"), when the next person reference within three sentences is a he
        or she and no one is named between ("He said she had relied on …"): of that gender."""
        for _, end, name, _ in speakers:
            if name in self.gender or len(name.split()) < 2 or self._in_quote(end):
                continue
            ref = self._own_reference_after(end, starts)
            if ref is not None:
                self.gender[name] = ref[1]

    def _initialled(self, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A court report's „Jarno R.“ whose forename no list knows, when the article later
        calls him by the initial alone („sagte R.“), or opens a sentence with him and then goes
        on with „sie“ or „der 24-Jährige“ (`_own_reference_after`): a person, whom that
        initial names."""
        names = {n for _, _, n in known}
        starts = sorted(s for s, _, _ in known)
        found: dict[str, tuple[int, int, str]] = {}
        for m in _INITIALLED.finditer(self.text):
            pair, last = m.group("pair"), m.group("last")
            if pair in names or last in found or self._in_quote(m.start()):
                continue
            if not self._forename(m.group("first")):
                continue
            alone = re.compile(rf"(?<![\w.\-])(?<!{re.escape(m.group('first'))} ){last}\.")
            if alone.search(self.text, m.end()) is None:
                # „Dilan K. will im April erneut antreten. … arbeitet sie …“
                ref = (
                    self._own_reference_after(m.end(), starts)
                    if self._sentence_start(m.start()) == m.start()
                    else None
                )
                if ref is None:
                    continue  # the initial alone nowhere after: perhaps no person's name
                self.gender.setdefault(pair, ref[1])
            found[last] = (m.start(), m.end(), pair)
        return list(found.values())

    def _told_by_reference(self, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A German forename no list knows and a surname, which the article goes on to call „der
        67-Jährige“ or „sie“ within the next three sentences, with no one named between („Im
        Zuschauerraum saß auch Jaak Stienemeier. Der 67-Jährige führt …“): a person of the
        gender the reference gives, whom it then resolves to. In English, such a name with
        "who" or an age after it, and "she said" or "He …" to follow ("… by Padmini Hammill,
        who has surveyed crayfish … "…," she said")."""
        if self.lang not in ("de", "en"):
            return []
        names = {n for _, _, n in known}
        surnames = {n.split()[-1] for n in names}
        starts = sorted(s for s, _, _ in known)
        found: list[tuple[int, int, str]] = []
        for _, block in self._blocks():
            for m in _FORE_SURNAME.finditer(self.text, block.start, block.end):
                pair, fore, last = m.group("pair"), m.group("first"), m.group("last")
                start, end = m.start("pair"), m.start("pair") + len(pair)
                if (
                    pair in names
                    or self._in_quote(start)
                    or fore in self.first
                    or last != pair[len(fore) :].strip()
                ):
                    continue  # a forename a list knows is found already; „von“ needs one
                if fore in surnames or fore.rstrip("s") in surnames:
                    continue  # „Dammeyers Balkongeländer“: a surname, no forename
                opening = self._sentence_start(start)
                if self.lang == "en":
                    if fore in _PLACE_FIRST_WORDS:
                        continue  # "the Friends of St Aelwen's, a volunteer group": a church
                    if _EN_PAIR_PLACED.match(self.text, end) is None and not (
                        self.text[end : end + 1] == "," and self._apposed_to_person(start)
                    ):
                        continue  # "Moldwick Aggregates" is no person; "Padmini Hammill, who …"
                elif not (
                    _SUBJECT_PAIR_AFTER.match(self.text, end)
                    and (
                        start == opening
                        or self.text[end : end + 1] == "."
                        or _FOR_OPENING.fullmatch(self.text, opening, start) is not None
                    )
                    or _FROM_PLACE_AFTER.match(self.text, end)
                    or _AGE_OPENS_NEXT.match(self.text, end)
                ):
                    continue  # a person opens her sentence („Vaida Lütkemeier lernt …“) or ends it
                if not (self._forename(fore) and self._forename(last)):
                    continue  # „Reisebüro Fernweh“, „Im Zuschauerraum“: a common word
                if _CREDIT_BEFORE.search(self.text, max(block.start, start - 20), start):
                    continue
                ref = self._own_reference_after(end, starts)
                if ref is None:
                    continue
                names.add(pair)
                self.gender.setdefault(pair, ref[1])
                found.append((start, end, pair))
        return found

    def _apposed_to_person(self, start: int) -> bool:
        """ "The club's head professional, Soultana Martindale, has taught …": a name set off by
        a comma right after a noun for one person; not "Its administrators, Brisworth
        Restructuring," (many) nor "The ride's insurer, Cormorel Leisure," (a body's noun)."""
        noun = _EN_APPOSITION_BEFORE.search(self.text, max(0, start - 40), start)
        if noun is None:
            return False
        word = noun.group(1)
        return word not in self._body_nouns and not (word.endswith("s") and not word.endswith("ss"))

    def _own_reference_after(self, end: int, starts: list[int]) -> tuple[int, str] | None:
        """The first person reference after `end` (`_reference_after`), unless someone else is
        named between (a start in the sorted `starts`): then the reference may be theirs."""
        ref = self._reference_after(end)
        if ref is None:
            return None
        between = bisect_right(starts, end)
        return None if between < len(starts) and starts[between] < ref[0] else ref

    def _reference_after(self, end: int) -> tuple[int, str] | None:
        """Where and of which gender the first person reference after `end` is, if it lies in
        the sentence of `end` or one of the three after it (two took one source fewer on dev)."""
        sentence = self._sentence_start(end)
        reference = _PERSON_REFERENCE if self.lang == "de" else _EN_PERSON_REFERENCE
        for m in reference.finditer(self.text, end, end + 600):
            if self._in_quote(m.start()):
                continue
            lo, hops = self._sentence_start(m.start()), 0
            while lo > sentence and hops < 3:
                gap = max(0, lo - 40)  # the last character before it
                before = gap + len(self.text[gap:lo].rstrip()) - 1
                lo, hops = self._sentence_start(max(before, 0)), hops + 1
            if lo > sentence:
                return None
            if m.groupdict().get("det"):
                return m.start(), "f" if m.group("det").casefold() == "die" else "m"
            word = "pro" if m.group("pro") else "said" if m.group("said") else "opening"
            gender = self.pronoun_gender(m.start(word), m.end(word))
            return None if gender is None else (m.start(), gender)
        return None

    def _forenamed(
        self, lone: set[str], known: set[str], titled: set[str]
    ) -> list[tuple[int, int, str]]:
        """Full names of people the article later calls by surname alone ("Mr Marsh", "Feldhaus
        kündigte an"), found where the surname follows a capitalised word that can be a forename
        ("by Julian Marsh", "Bürgermeister Onno Feldhaus"), though no list knows the forename.
        One pass over the text: the first such pair for each surname."""
        wanted = {w for w in lone if len(w) >= 3 and re.fullmatch(_SURNAME, w)}
        if self.lang == "de":  # „die Schnecken“: a noun, though „Lebende Schnecken“ opens one
            wanted -= {m.group(1) for m in _NOUN_AFTER_ARTICLE.finditer(self.text)}
        if not wanted:
            return []
        surnames = known | wanted
        first: dict[str, tuple[int, int, str]] = {}
        for _, block in self._blocks():
            for m in _FORE_SURNAME.finditer(self.text, block.start, block.end):
                last = m.group("last")
                if POSSESSIVE_S.sub("", last) in titled:
                    last = POSSESSIVE_S.sub("", last)  # "Hyunwoo Scrase's father", "Mr Scrase"
                if last not in wanted or last in first or self._in_quote(m.start("pair")):
                    continue
                if _CREDIT_BEFORE.search(self.text, max(block.start, m.start() - 20), m.start()):
                    continue
                if self.text[max(0, m.start("pair") - 1) : m.start("pair")] == "(":
                    continue  # „Rüdiger Vossberg (Freie Wähler)“: his party, no person
                fore = m.group("first")
                if fore not in self.first and _DETERMINER_BEFORE.search(
                    self.text, max(block.start, m.start("pair") - 24), m.start("pair")
                ):
                    continue  # „nach dem Verlust seiner Arbeit Schulden“: a noun after „seiner“
                particle = m.group("pair")[len(fore) : m.start("last") - m.start("pair")]
                if (
                    particle.strip()
                    and particle.strip()[-1] != "."
                    and fore not in self.first
                    and not _AGE_AFTER.match(self.text, m.end("last"))
                ):
                    continue  # „um Ärger zu Hause“: a particle needs a forename a list knows, or
                    # an age after the name („Kuno von Krähenstein (68)“)
                if fore.endswith(("s", "’", "'")) and fore.rstrip("s’'") in surnames:
                    continue  # „Nach Hertlings Angaben“: a surname's genitive, no forename
                if self.lang == "en" and _SURNAME_AFTER.match(self.text, m.end("last")):
                    continue  # "Scaffolder Florentino Maskrey" … "Florentino said": a forename
                if self._forename(fore):
                    pair = POSSESSIVE_S.sub("", m.group("pair"))  # "in Bernadette Quaye's play"
                    first[last] = (m.start("pair"), m.start("pair") + len(pair), pair)
        return sorted(first.values())

    def _forename_with_age(self) -> list[tuple[int, int, str]]:
        """ "Lea-Marie (11) trommelt erst seit einem Jahr", "Gwenna, 9, said": a forename a list
        knows, alone before an age, is a person (a child, a nun) the article never gives a
        surname; the list tells the gender a later „sie“ needs."""
        found: list[tuple[int, int, str]] = []
        for _, block in self._blocks():
            for m in _LONE_FORENAME.finditer(self.text, block.start, block.end):
                aged = AGE_AFTER_NAME.match(self.text, m.end(), block.end)
                if aged is None:
                    continue
                name = m.group()
                genders = {self.first.get(p, "") for p in name.split("-")}
                if "" in genders or len(genders) > 1 or self._in_quote(m.start()):
                    continue
                before = self.text[block.start : m.start()].split()
                if before and (before[-1] in self.first or before[-1][-1:] == "-"):
                    continue  # „Hans Peter (45)“: a forename and a surname
                age = int(aged.group(1) or aged.group(2))
                if before and before[-1].casefold() in _KIN_NOUNS and age < 14:
                    continue  # „mit Tochter Mia (5)“: the mother's „sie“ is not hers
                found.append((m.start(), m.end(), name))
                self.gender.setdefault(name, genders.pop())
        return found

    def _roles(
        self, roles: tuple[tuple[int, int, str, str], ...], named_at: dict[int, str]
    ) -> list[_Event]:
        """Persons the article names by a role only ("Ihr Sohn", "Der Angeklagte", "A
        spokeswoman for Northwire"): a pronoun can stand for them as for a name. One role noun
        is one person: a later "der Angeklagte" is the first one's phrase. A role whose name
        follows as an apposition („Der Inhaber des Altmetallhandels, Sveinung Ellerbrockhaus
        (58), erinnerte sich …“) is that person, who is then the sentence's subject."""
        events: list[_Event] = []
        first: dict[str, str] = {}
        for start, end, phrase, gender in roles:
            if self._in_quote(start):
                continue
            key = phrase.split()[-1].casefold() if phrase.split() else phrase.casefold()
            apposed = _APPOSITION_AFTER.match(self.text, end)
            if apposed is not None and key not in first:
                words = _NAME_WORDS.match(self.text, apposed.end())  # a name, not „ein …“
                if words is not None and apposed.end() in named_at:
                    first[key] = named_at[apposed.end()]
                elif words is not None and AGE_AFTER_NAME.match(self.text, words.end()):
                    first[key] = words.group()  # a name the first-name list lacks, with an age
            name = first.setdefault(key, phrase)
            if gender:
                self.gender.setdefault(name, gender)
            bi = self.article.block_index_at(start)
            events.append(_Event(start, end, bi, "name", name, "", self._subject(start)))
        return events

    def _forename_used_alone(self, first: str, surname: str) -> bool:
        """A forename no list knows that the article gives a speaker by itself ("Zorka
        Musksby, 41, …" then "fumed Zorka", "Zorka said"): a tabloid's way of naming her. Only
        a word never written in lower case anywhere (not "Will", "Rose"), never the surname."""
        if len(first) < 3 or not first.isalpha() or first == surname or not self._reporting:
            return False
        name = re.escape(first)
        spoke = re.compile(
            rf"\b(?:{self._reporting})\s+{name}\b(?!\s+{re.escape(surname)})"
            rf"|(?<![\w\-]){name}\s+(?:{self._reporting})\b"
        )
        if spoke.search(self.text) is None:
            return False
        if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Frau|Herr)\.?\s+{name}\b", self.text):
            return False  # "Ms Nguyen said": a family name written first, not a forename
        return re.search(rf"(?<![\w\-]){re.escape(first.lower())}(?![\w\-])", self.text) is None

    def fullname(self, name: str) -> str:
        words = name.split()
        if len(words) == 1:
            found = self.full.get(words[0])
            if found is None and len(words[0]) == 1:  # „…“, sagte R.“: the dot ended it
                found = self.full.get(words[0] + ".")  # Jarno R.
            if found is None and self.lang == "de" and name.endswith("s"):
                found = self.full.get(name[:-1])  # „nach Angaben Reinkes“: Thomas Reinke's
            return found or name
        return name

    def _as_titled(self, title: str, surname: str) -> str:
        """ "Mrs Sansom" as a person's name, of the sex her title gives (a "she" after her)."""
        name = f"{title} {surname}"
        self.gender.setdefault(name, _TITLE_GENDER[title.casefold()])
        return name

    def title_tells(self, name: str) -> bool:
        """Whether `name` is a title and a surname two people share ("Mrs Tankardby" of
        "Xabat and Olesia Tankardby"): the title is what tells them apart, and stays."""
        title, _, surname = name.partition(" ")
        return title.casefold() in _TITLE_GENDER and (
            surname in self.couples or surname in self.shared
        )

    def fullname_at(self, name: str, start: int) -> str:
        """`fullname`, but a surname a couple shares goes to the one its title names: "Mrs
        Wolfenden" is Aminata, "Mr Wolfenden" Siôn; when no known sex tells which, the title
        and surname as written ("Mr Tankardby" of "Xabat and Olesia Tankardby")."""
        sharing = self.shared.get(name)
        if not sharing and name not in self.couples:
            return self.fullname(name)  # most names: one person has the surname
        title = _TITLE_JUST_BEFORE.search(self.text, max(0, start - 8), start)
        if title is not None and not sharing:
            full = self.full.get(name)
            if (
                full is not None
                and self.gender.get(full) == _TITLE_GENDER[title.group(1).casefold()]
            ):
                return full
            return self._as_titled(title.group(1), name)
        if sharing:
            if title is not None:
                gender = _TITLE_GENDER[title.group(1).casefold()]
                fitting = [n for n in sharing if self.gender.get(n) == gender]
                before = [n for n in sharing if self._first_named.get(n, start) < start]
                if len(fitting) == 1 and not (
                    len(before) == 1
                    and before[0] != fitting[0]
                    and self.gender.get(before[0], gender) == gender
                ):
                    return fitting[0]  # (not "Mrs Brackenthwaite" for the daughter named later)
            named = [n for n in sharing if self._first_named.get(n, start) < start]
            if title is not None and len({" ".join(n.split()[-2:]) for n in named}) > 1:
                return self._as_titled(title.group(1), name)  # "Aminata and … Siôn Wolfenden"
            if len(named) == 1:
                if title is not None:  # "Mr Feenstra" tells Rienk Feenstra's sex
                    self.gender.setdefault(named[0], _TITLE_GENDER[title.group(1).casefold()])
                return named[0]  # "Mrs Omenby" before her granddaughter Étaín Omenby is named
        return self.fullname(name)

    # pronouns --------------------------------------------------------------------------------------
    def _pronouns(self) -> list[_Event]:
        if self.lang == "de":
            pattern = re.compile(r"\b(?:er|Er|sie|Sie)\b")
        else:
            pattern = re.compile(r"\b(?:he|He|she|She)\b")
        events: list[_Event] = []
        for bi, block in self._blocks():
            for m in pattern.finditer(self.text, block.start, block.end):
                if self._in_quote(m.start()):
                    continue
                gender = self.pronoun_gender(m.start(), m.end())
                if gender is None:
                    continue
                event = _Event(m.start(), m.end(), bi, "pronoun", "", gender, True)
                if _ASIDE_VERB.search(
                    self.text, max(block.start, m.start() - 20), m.start()
                ) and _CLAUSE_CLOSES.match(self.text, m.end()):
                    # „Kleebach hofft auf Geld: Der Landkreis prüfe …, sagte sie“: she is who
                    # opened the sentence before its colon, not one named after it
                    lo = self._sentence_start(m.start())
                    event.aside = max(lo, self.text.rfind(":", lo, m.start()) + 1)
                elif _COMMA_BEFORE.search(
                    self.text, max(block.start, m.start() - 3), m.start()
                ) and (
                    _ASIDE_AFTER.match(self.text, m.end())
                    or (self.lang == "en" and _CLOSING_AFTER.match(self.text, m.end()))
                ):
                    # "His partner, he said, would stay at home": he is not his partner; nor
                    # is she the member of staff of "A member of staff had reported it, she said."
                    event.aside = self._sentence_start(m.start())
                events.append(event)
            for m in _AGE.finditer(self.text, block.start, block.end):
                if self._in_quote(m.start()):
                    continue
                w = m.group("w")
                gender = "f" if w.lower() == "jährige" and m.group("det").lower() == "die" else ""
                if w.lower() == "jähriger" or (
                    w.lower() == "jährige" and m.group("det").lower() == "der"
                ):
                    gender = "m"
                events.append(
                    _Event(
                        m.start(),
                        m.end(),
                        bi,
                        "age",
                        "",
                        gender,
                        self._subject(m.start()),
                        age=int(m.group("age")),
                    )
                )
        return events

    def pronoun_gender(self, start: int, end: int) -> str | None:
        """ "m" for he / er, "f" for she and for a German "sie" with a singular verb; None for a
        plural "sie" ("Sie werfen dem Bürgermeister vor") or one that cannot be told."""
        word = self.text[start:end].casefold()
        if word in ("he", "er"):
            return "m"
        if word == "she":
            return "f"
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        after = _WORD_AFTER.search(self.text[end : end + 30])
        for m in (after, before):
            if m is None:
                continue
            verb = m.group(1)
            if verb[0].isupper() or (m is after and verb in _NO_VERBS_AFTER):
                continue
            if verb.endswith("en") or verb in ("sind", "seien", "hätten", "wären", "waren"):
                return None  # plural
            if verb.endswith(("te", "t", "e")) and len(verb) > 2:
                return "f"
            if m is after and len(verb) > 2 and not verb.endswith("n"):
                return "f"  # a strong past tense: „Sie verwies auf …“ (plural: „verwiesen“)
            if (
                m is before
                and len(verb) > 2
                and not verb.endswith("n")
                and self.text[end : end + 1] in (",", ".", ";", ":", "!", "?")
            ):
                return "f"  # „…, versprach sie.“: the verb before it is singular
            if (
                m is before
                and len(verb) > 3
                and not verb.endswith("n")
                and verb.casefold() not in _NO_VERBS
            ):
                return "f"  # „In ihrer Begründung sprach sie von …“: an inverted singular verb
        return None

    def _in_own_clause(self, name: str, e: _Event, last_any: list[tuple[int, str, int]]) -> bool:
        """„Sein Sprecher Yunus Harrenkamp (23) will sie … übergeben“: a German pronoun in the
        clause its subject's name opens is not that person (who would be „sich“), so it tells
        nothing of the person's gender."""
        if self.lang != "de":
            return False
        at = next((start for _, n, start in reversed(last_any) if n == name), None)
        return at is not None and not _CLAUSE_BREAK.search(self.text, at, e.start)

    def person_before(self, offset: int, block: int) -> str | None:
        """The person named last as a subject before `offset`, within two paragraphs ("The
        retired nurse, …, said" after "Margaret Holt, 67, bought …")."""
        i = bisect_left(self._subject_starts, offset) - 1  # named before it, not itself
        if i >= 0 and self._subjects[i][1] >= block - 2:
            return self._subjects[i][2]
        return None

    def subject_since(self, lo: int, offset: int) -> str | None:
        """The person named last as a subject in [lo, offset): a possessive right after her
        sentence („Bis dahin dürften nach seiner Einschätzung …“) is hers before any body's."""
        found = self.subject_at_since(lo, offset)
        return None if found is None else found[1]

    def subject_at_since(self, lo: int, offset: int) -> tuple[int, str] | None:
        """Where and who: the person named last as a subject in [lo, offset)."""
        i = bisect_left(self._subject_starts, offset) - 1
        if i >= 0 and self._subjects[i][0] >= lo:
            return self._subjects[i][0], self._subjects[i][2]
        return None

    def _walk(self, events: list[_Event]) -> None:
        last_subject: list[tuple[int, str, int]] = []  # (block, name, start)
        last_any: list[tuple[int, str, int]] = []
        for e in events:
            if e.kind == "body":  # „die Kammer … Sie rechnet damit“: a feminine body for „sie“
                last_subject.append((e.block, e.name, e.start))
                continue
            if e.kind == "name":
                last_any.append((e.block, e.name, e.start))
                if e.subject:
                    last_subject.append((e.block, e.name, e.start))
                    self._subjects.append((e.start, e.block, e.name))
                continue
            found = (
                self._pick(last_subject, e, blocks=0)
                # „Einer von ihnen ist Gerd Kallweit … „…“, sagt er“: a person named in this
                # paragraph is nearer than a subject of paragraphs before
                or self._pick(last_any, e, blocks=0)
                or self._pick(last_subject, e)
                or self._pick(last_any, e, blocks=1)
            )
            if found is None or self._spokesperson_between(found, e.start, last_any):
                continue
            self.resolved[e.start] = found
            if found in self.body_gender and found not in self.gender:
                last_subject.append((e.block, found, e.start))
                continue
            if (
                e.gender
                and not self.gender.get(found)
                and not self._reported_about(found, e)
                and not self._in_own_clause(found, e, last_any)
            ):
                self.gender[found] = e.gender
            if e.subject:
                last_subject.append((e.block, found, e.start))
                self._subjects.append((e.start, e.block, found))
            last_any.append((e.block, found, e.start))

    def _reported_about(self, name: str, e: _Event) -> bool:
        """ "Ornella Corbridge said her client … and that he was ashamed": an English "he"
        after its sentence's "X said", with a pronoun of the other gender between, may be whom
        X speaks of, so it tells no gender of X ("Hal Brisk said he would miss it" does)."""
        if self.lang != "en":
            return False  # „sagte Kerstin Mahler, sie habe …“: the German one is hers
        lo = self._sentence_start(e.start)
        other = _HER if e.gender == "m" else _HIS
        named = [s for s, _, n in self._named if n == name or self.fullname(n) == name]
        return any(
            lo <= s < e.start
            and _SAYS_BETWEEN.search(self.text, s, e.start) is not None
            and other.search(self.text, s, e.start) is not None
            for s in named
        )

    def _pick(
        self, stack: list[tuple[int, str, int]], e: _Event, blocks: int = MAX_BLOCKS
    ) -> str | None:
        if e.age >= 0:  # „der 51-Jährige“: the one given that age, though another was nearer
            for block, name, start in reversed(stack):
                if block < e.block - _AGE_REACH:
                    break
                if self.ages.get(name) == e.age and not (0 <= e.aside <= start):
                    return name
        for block, name, start in reversed(stack[-12:]):
            if block < e.block - blocks:
                return None
            if 0 <= e.aside <= start:
                continue  # „Sein Sohn, sagt er, werde …“: the son is whom he speaks of
            if e.kind == "pronoun" and KIN_OF_SOMEONE.match(name):
                continue  # „Ihre Tochter Mia … „…“, fragt sie“: the mother, whose daughter it is
            if name in self.body_gender and name not in self.gender:
                if e.kind == "pronoun" and e.gender and self.body_gender[name] == e.gender:
                    return name
                continue
            if e.age >= 0 and self.ages.get(name, e.age) != e.age:
                continue  # „kündigte der 41-Jährige an“: not the 18-year-old named last
            g = self.gender.get(name, "")
            if not e.gender or not g or g == e.gender:
                return name
        return None

    def _spokesperson_between(
        self, name: str, at: int, mentions: list[tuple[int, str, int]]
    ) -> bool:
        """A spokesperson no name is given for, in a sentence after the one that last named
        `name` ("… wrote to Hadassah Swayby … A council spokesman said … He said"): the he or
        she at `at` may be the spokesperson's, so it is no one's here (nor tells her sex)."""
        last = max((start for _, n, start in mentions if n == name), default=-1)
        if last < 0 or self._spokesperson is None:
            return False
        return any(
            self._sentence_start(m.start()) > last
            for m in self._spokesperson.finditer(self.text, last, at)
        )

    def _note_age(self, name: str, start: int, end: int) -> None:
        """The age the article gives with a name, right after it or right before it."""
        after = AGE_AFTER_NAME.match(self.text, end)
        before = _AGE_BEFORE_NAME.search(self.text, max(0, start - 40), start)
        found = after.group(1) or after.group(2) if after else before.group(1) if before else None
        if found is not None:
            self.ages.setdefault(name, int(found))

    def mentions_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The persons named in [lo, hi) by name (start, end, full name), in text order."""
        return [(s, e, n) for s, e, n in self._named if lo <= s < hi]

    def known(self, name: str) -> bool:
        """A person the article names (with a first name, a title or a role)."""
        return name in self.gender or name in self.full.values()

    def person_at(self, offset: int) -> str | None:
        """The person a pronoun or age apposition starting at `offset` stands for."""
        return self.resolved.get(offset)
