"""What a word is, by one rule set's word lists: a role or a title, a person's name, an
institution's head („Landesamt“, "Trust"), a document, a group of people, a noun that can
speak. The name finders (`names.Namer`) build on these answers."""

from __future__ import annotations

import re

from reader.core.suggest.ruleset import QUOTE_CHARS, RuleSet
from reader.core.suggest.tokens import ACRONYM, POSSESSIVE, Tok, first_names, singular

ANONYMOUS_PERSON = re.compile(r"(?:one|another)\s+[a-z]")  # "one senior adjuster …"


# kinds of firm that stand before a firm's name on their own: „der Hersteller Tellvia“ (not
# „Bauer“, a surname as often as a farmer)
_BARE_KINDS = frozenset({"hersteller", "anbieter", "betreiber", "händler", "versorger"})


# "mum-of-two", "father-of-three", "grandmother-of-five": a person by the children they have
_KIN_COUNT = re.compile(r"[a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)")


def stems(word: str) -> tuple[str, ...]:
    """A casefolded noun without its genitive ending, and as it stands: „verbandes“ →
    „verband“, „verbands“, „verbandes“."""
    return tuple(
        word[: len(word) - len(suffix)] if suffix and word.endswith(suffix) else word
        for suffix in ("es", "s", "")
    )


class Lexicon:
    """One rule set's word lists and what they say about a word or a short phrase."""

    def __init__(self, ruleset: RuleSet, proper: frozenset[str] = frozenset()) -> None:
        self.lang = ruleset.lang
        self.determiners = ruleset.words("determiners")
        self.roles = ruleset.words("roles")
        self.titles = ruleset.words("titles")
        self.role_suffixes = tuple(s.casefold() for s in ruleset.lexicon.get("role_suffixes", ()))
        self.pronouns = ruleset.words("pronouns")
        self.particles = ruleset.words("name_particles")
        self.not_names = ruleset.words("not_names")
        self.org_nouns = ruleset.words("org_nouns")
        self.org_markers = ruleset.words("org_markers")
        self.org_heads = tuple(ruleset.words("org_heads"))
        # words that end in a body's head and name none („Konzentrat“, „Vorrat“ end in „rat“)
        self.not_org_endings = tuple(ruleset.words("not_org_endings"))
        # a German compound that says what kind of firm the name after it is („Stromanbieter“)
        self.kind_heads = tuple(ruleset.words("kind_heads"))
        self.group_nouns = ruleset.words("group_nouns")
        self.adverbs = ruleset.words("skip_adverbs")
        self.auxiliaries = ruleset.words("auxiliaries")
        self.relatives = ruleset.words("relative_pronouns")
        self.subordinators = ruleset.words("subordinators")
        self.conjunctions = ruleset.words("conjunctions")
        self.prepositions = ruleset.words("prepositions")
        self.org_links = ruleset.words("org_links")
        self.documents = tuple(ruleset.words("documents"))
        self.role_links = ruleset.words("role_links")
        self.group_links = ruleset.words("group_links")
        self.quantifiers = ruleset.words("quantifiers")
        self.reporting = ruleset.words("reporting_verbs")
        # verbs that end the noun phrase before them: "Engineers found that …", "members felt"
        self.phrase_verbs = ruleset.words("verbs_ending_a_phrase")
        self.team_nouns = ruleset.words("team_nouns")  # a study's team, however it is called
        self.media_nouns = ruleset.words("media_nouns")  # "Spanish newspaper Diario Oriolano"
        self.spokespersons = ruleset.words("spokespersons")
        self.generic_orgs = ruleset.words("generic_orgs")
        self.months = ruleset.words("months")
        self.company_nouns = ruleset.words("company_nouns")
        # the last word of a firm's name: "Norhaven Foods", "Hartmoor Water", "Caerlan Mutual"
        self.firm_words = tuple(ruleset.lexicon.get("firm_words", ()))
        self.carriers = tuple(ruleset.lexicon.get("carriers", ()))
        # letters after a name, not part of it: "Anjali Desai KC", "Jo Stevens MP"
        self.postnominals = frozenset(ruleset.lexicon.get("postnominals", ()))
        self.definite = frozenset({"the", "der", "die", "das", "dem", "den", "des"})
        self.first = first_names()
        self.proper = proper  # words the article capitalises inside a sentence (English)

    # word classes ------------------------------------------------------------------------------
    def is_role(self, word: str) -> bool:
        w = word.casefold().rstrip(".")
        # „Vorsitzenden“, „Beauftragten“: a German weak noun's other cases drop to the -e form
        weak = w[:-1] if self.lang == "de" and w.endswith("en") else w
        if _KIN_COUNT.fullmatch(w):
            return True  # "Mum-of-two Kayleigh Thrower": a tabloid's description, no name
        # „Rektorin“ when the list has only „Rektor“
        feminine = w[:-2] if self.lang == "de" and w.endswith("in") and len(w) > 6 else w
        for form in (
            w,
            w[:-1] if w.endswith("s") else w,
            w[:-2] if w.endswith("en") else w,
            weak,
            feminine,
        ):
            if form in self.roles or form in self.titles:
                return True
            if len(form) > 4 and form.endswith(self.role_suffixes):
                return True
        return False

    def compound_role(self, word: str) -> bool:
        """A German compound ending in a role of six letters or more: „Mathematikprofessorin“,
        „Kreisbrandmeister“ (only where a name follows it, so no body's name is cut)."""
        w = word.casefold()
        return self.lang == "de" and any(w[-k:] in self.roles for k in range(6, len(w) - 2))

    def is_title(self, word: str) -> bool:
        return word.casefold().rstrip(".") in self.titles

    def is_person(self, name: str) -> bool:
        """Looks like a person: a first name, or two or three capitalised words with no firm marks."""
        words = name.split()
        if not words:
            return False
        if words[0] in self.first and len(words) >= 2:
            return not any(w.casefold() in self.org_markers for w in words)
        return (
            2 <= len(words) <= 3
            and self.lang == "en"
            and all(w[0].isupper() for w in words if w.casefold() not in self.particles)
            and not any(c.isdigit() or c in "@/&" for c in name)
            and not any(w.casefold() in self.org_markers for w in words)
            and not self.is_org_head(words[-1])  # "Land Stewardship Board", "Land Registry"
            and not any(w[0] in QUOTE_CHARS for w in words)
            and not any(ACRONYM.match(w) for w in words)
        )

    def gender(self, name: str) -> str:
        words = name.split()
        return self.first.get(words[0], "") if words else ""

    def _kind_of_firm(self, tok: Tok) -> bool:
        """A German compound naming a kind of firm, set before the firm's own name:
        „Stromanbieter“, „Fitnesskette“, „Maschinenbauer“ — no part of the name, unlike the
        „Sparkasse“ or „Mieterverein“ that open one."""
        fold = tok.fold
        stems = (fold, fold[:-1]) if fold.endswith("s") else (fold,)  # „des Herstellers X“
        return (
            self.lang == "de"
            and tok.kind == "word"
            and tok.cap
            and "-" not in tok.text.strip("-")[:-1]
            and any(
                stem.endswith(h) and (len(stem) > len(h) + 2 or stem == h in _BARE_KINDS)
                for stem in stems
                for h in self.kind_heads
            )
        )

    def is_org_head(self, word: str) -> bool:
        w = word.casefold().rstrip("'’")
        if w in self.not_names:
            return False  # „Insgesamt“ ends in „amt“ but is no office
        return any(
            stem in self.org_markers
            or (stem.endswith(self.org_heads) and not stem.endswith(self.not_org_endings))
            for stem in stems(w)
        )

    def false_head(self, word: str) -> bool:
        """Whether `word` ends in a body's head but names a thing („Nitrats“, „Vorrat“)."""
        return bool(self.not_org_endings) and any(
            stem.endswith(self.not_org_endings) for stem in stems(word.casefold())
        )

    def is_document(self, name: str) -> bool:
        """A document or a figure, not a person or body: "the report", "Gerichtsdokumenten"."""
        words = name.casefold().split()
        if not words:
            return False
        if self.lang == "en":  # "head of policy" is a head, "the report of the panel" a report
            words = next(
                (words[:n] for n, w in enumerate(words) if n and w in self.prepositions),
                words,
            )
        elif len(words) > 2 and self.is_org_head(words[0]):
            # „Landesamt für Statistik“: a body whose name ends in a document's word
            words = next(
                (words[:n] for n, w in enumerate(words) if n and w in ("für", "der", "des")), words
            )
        last = words[-1]
        forms = (last, last[:-1], last[:-2]) if self.lang == "de" else (last,)  # „des Entwurfs“
        return any(f.endswith(d) for f in forms for d in self.documents if len(f) >= len(d))

    def person_noun_group(self, word: str) -> bool:
        """A group of people or a spokesperson ("Analysts", "Sprecher"), not one titled person."""
        f = word.casefold()
        if f in self.spokespersons or f in ("source", "official", "insider", "person"):
            return True
        if self.lang == "en":
            return singular(f) != f and singular(f) in self.group_nouns
        return f in self.group_nouns and not self.is_role(word)

    def is_group(self, word: str) -> bool:
        """A plural of people ("Analysts", „Ökonomen“, "MPs"), which can be a source by itself."""
        f = word.casefold()
        if self.lang == "en":
            return singular(f) != f and singular(f) in self.group_nouns
        return f in self.group_nouns

    def person_noun(self, word: str) -> bool:
        """A role or a group of people ("Nutzerin", "Sprecher", "Analysts"), not a body."""
        f = word.casefold()
        base = f[:-1] if self.lang == "en" and f.endswith("s") else f
        return self.is_role(word) or f in self.group_nouns or base in self.group_nouns

    def source_noun(self, phrase: str) -> bool:
        """A descriptive phrase whose head can speak: a role, a group, a body ("the council",
        "officials", "a spokesman for the company")."""
        words = [w.strip(",.;:") for w in phrase.split()]
        if not words:
            return False
        if self.lang == "en" and ANONYMOUS_PERSON.match(phrase):
            return True  # "one senior adjuster working in the region": one unnamed person
        for w in words[:4]:
            f = w.casefold()
            base = singular(f) if self.lang == "en" else f
            if (
                self.is_role(w)
                or f in self.group_nouns
                or base in self.group_nouns
                or f in self.org_nouns
                or base in self.org_nouns
                or f in self.spokespersons
                or f in self.generic_orgs
                or base in self.generic_orgs
                or self.is_org_head(w)
            ):
                return True
        return False

    def _singular_title(self, phrase: str) -> bool:
        """ "the club's commodore", "its founder", "her husband": one person by what they are to
        someone, in English (a lower-case singular head after an owner), whose name follows in
        the appositive; a body ("the regulator") or a group ("Analysts") is not one."""
        words = phrase.split()
        if self.lang != "en" or len(words) < 2 or len(words) > 4:
            return False
        head = words[-1]
        owner = words[0].casefold() in ("its", "his", "her", "their", "our") or any(
            POSSESSIVE.search(w) for w in words[:-1]
        )
        return (
            owner
            and head.islower()
            and head.isalpha()
            and singular(head) == head
            and head not in self.generic_orgs
            and head not in self.org_nouns
            and not self.is_org_head(head)
            and not self.is_document(head)
        )

    def _role_phrase(self, phrase: str) -> bool:
        every = [w for w in phrase.split() if w.casefold() not in self.determiners]
        words = [w for w in every if not POSSESSIVE.search(w)]
        # the word after an owner: "Brenbury County Council's head of trading standards"
        owned = [every[i + 1] for i, w in enumerate(every[:-1]) if POSSESSIVE.search(w)]
        # "chief executive …", or a role at its head: "the trust's area lifesaving manager"
        return any(self.is_role(w) for w in [*words[:2], *words[-1:], *owned])
