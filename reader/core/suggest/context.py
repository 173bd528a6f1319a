"""The state one analysis shares between its passes: the article, its rule sets and namers, what
each pass has found so far, and the lookups every pass asks (the sentence at an offset, whether an
offset is quoted, the clause a cue governs). Each pass is a module of functions taking it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from reader.core.article import Article, Sentence
from reader.core.suggest.forms import WORD, listed_as_other, splitter
from reader.core.suggest.mentions import People
from reader.core.suggest.names import Namer
from reader.core.suggest.quotes import QuotePair
from reader.core.suggest.records import Attr, Candidate, FoundQuote, Orgs, Spans
from reader.core.suggest.ruleset import Rule, RuleSet
from reader.core.suggest.tokens import CAPITALS, SMALL, NameHit

# where a headline's second claim begins: "… as minister says …", "… after grandmaster alleges …"
_HEADLINE_JOIN = re.compile(r"\s+(?P<word>as|after|while|saying)\s+|;\s+")

_PROPER = re.compile(r"(?<=[\w,;)] )[" + CAPITALS + r"][\w'’\-]*")  # capitalised inside a sentence

_STANDFIRST_BLOCKS = 5  # how far down the page a line can still stand under the headline

WINDOW = 400  # how far a clause boundary is looked for on either side of a cue

_COUNTED_NOUN = re.compile(
    r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|einige|viele|weitere|"
    r"beide|manche|wenige|etliche|zahlreiche)[^\S\n]+([" + CAPITALS + r"][\w\-]+)"
)
# a building's or an estate's kind before its name, never a forename: „durch Schloss
# Krähenstein“ names no person, though „ein echter Krähenstein“ is one
_BUILDING_KINDS = frozenset(
    {"schloss", "burg", "kloster", "gut", "stift", "villa", "zeche", "festung", "gasthof",
     "gasthaus", "hotel", "hof", "mühle", "kirche", "kapelle", "hütte"}
)  # fmt: skip

_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "ismus", "ität", "chen", "lein",
    # their plurals: „Nach Informationen von Velo-Handel“ names no person „Informationen“
    "ungen", "heiten", "keiten", "schaften", "ionen", "itäten",
    # adjectives that open a body's name: „Philharmonisches Orchester“, „Statistisches Landesamt“
    "ische", "isches", "ischen", "ischer", "liche", "liches", "lichen", "licher", "ige", "iges",
    "igen", "iger", "ale", "ales", "alen", "aler",
)  # fmt: skip

# ordinals and superlatives that open a headline: „Letzte Apotheke im Tal schliesst“
_ORDINALS = frozenset(
    {"erste", "zweite", "dritte", "letzte", "beste", "größte", "neueste", "jüngste",
     "älteste", "höchste", "nächste", "meiste", "einzige"}
)  # fmt: skip


# a participle used as a noun or an adjective: „Betroffene Mitglieder“, „Studierende“,
# „Verstorbenen“ — no forename, though capitalised and never written in lower case
_PARTICIPLE_NOUN = re.compile(
    r"(?:(?:be|ge|ver|er|ent|zer|an|auf|aus|vor|ab|ein|fest|über|unter)\w{3,}en[e]?[nr]?)"
    r"|\w{4,}end(?:e|en|er|es)"
    # an adjective opening a headline: „Manipulierte Waage: Geldstrafe …“, „Städtische …“
    r"|\w{3,}(?:ierte|ische|liche)[nrs]?"
    # „Entwässerte Moore“, „Verwahrloste Schweine“, „Vollgelaufene Keller“
    r"|(?:ge|ver|ent|be|er|zer)\w{3,}(?:t|et)e[nrs]?|\w{3,}gelaufene[nrs]?"
    # „Schwere Unfälle“, „Weitere Reihen“, „Gemeinsame Kurse“, „Einzelne Häuser“
    r"|\w{3,}(?:ere|eren|erer|same|samen|samer|lne|lnen|lner)"
    r"|kein|keine|keinen|keinem|keiner|jede|jeder|jedes|jeden|welche|welcher|welches|welchen"
    r"|pro|hohe|hoher|hohes|hohen|meine|meinen|meinem|seine|seinen|ihre|ihren|unsere|unseren"
)


# the credit line only an interview carries: who asked, not who answers
# (a colon ends its word: no \b after „Interview:“, where a space follows)
_CREDIT = r"Interview\s*:|(?:Interview\s+by|Das\s+(?:Gespräch|Interview)\s+führte)\b"
INTERVIEW_CREDIT = re.compile(rf"\s*(?:{_CREDIT})")
AFTER_INTERVIEW = re.compile(
    r"\s*(?:(?:Zur\s+Person|Über\s+(?:die|den)\s+(?:Autorin|Autor|Person|Gesprächspartner(?:in)?)|"
    rf"About\s+the\s+(?:author|interviewee|writer)|This\s+interview\s+has\s+been)\b|{_CREDIT})"
)
# an interview's speaker prefix: „Heideblatt: “, "Q: ", "Ms Rowe: " (one to three words)
SPEAKER_PREFIX = re.compile(
    r"(?P<who>[" + CAPITALS + r"][\w.\-]*(?:\s+[" + CAPITALS + r"][\w.\-]*){0,2}):\s"
)
_YOU = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[nmrs]?|you|your)\b")
# the prefixes that mark a question as the interviewer's turn: „Frage: …“, "Q: …"
_QUESTION_TURNS = frozenset({"Frage", "F", "Q", "Question"})


def _asked(text: str) -> bool:
    """A question opened by the interviewer's turn, the speaker prefix „Frage:“ or "Q:"."""
    m = SPEAKER_PREFIX.match(text)
    return m is not None and m.group("who") in _QUESTION_TURNS


# a question someone would not answer: the hedge in it is what was not said
_UNANSWERED = re.compile(
    r"\b(?:would\s+not|wouldn['’]t|declined\s+to|refused\s+to|did\s+not|didn['’]t)\s+"
    r"(?:say|confirm|disclose|reveal)\s+(?:whether|if|how|when|what|why|where|which)\b"
)


# a German relative pronoun after its comma, and the clause going on in small letters after the
# name it holds (not an apposition: „der Vermieterin, der Heimstatt Nordwohnen GmbH“)
_RELATIVE_BEFORE = re.compile(r",[^\S\n]+(?:der|die|das|den|dem)\b")
_RELATIVE_GOES_ON = re.compile(r"[^\S\n]+(?!gGmbH|gUG|e\.[^\S\n]?V\.)[a-zäöüß]")  # („die X gGmbH“)


class Pass:
    """One analysis of one article: what the passes have found, and the lookups they share."""

    people: People  # who the article names, set by the resolution pass

    def __init__(self, article: Article, rulesets: tuple[RuleSet, ...]) -> None:
        self.article = article
        self.text = article.text
        self.rulesets = rulesets
        proper = frozenset(
            m.group().removesuffix("'s").removesuffix("’s") for m in _PROPER.finditer(self.text)
        )
        self.namers = {rs.lang: Namer(rs, proper) for rs in rulesets}
        self.quotes: list[FoundQuote] = []
        self.pairs: dict[int, list[QuotePair]] = {}  # block -> all quote pairs (absolute)
        self.candidates: list[Candidate] = []
        self.attrs: list[Attr] = []
        self._starts: dict[int, list[int]] = {}
        self.contexts: dict[tuple[str, int], re.Match[str] | None] = {}
        self.pointers: set[int] = set()  # starts of "Das teilte X mit." sentences
        self._lower: set[str] | None = None  # the words the article writes in lower case
        self._words: set[str] | None = None
        self._saying: dict[str, re.Pattern[str]] = {}
        self.orgs: Orgs | None = None  # the bodies the article names, once resolve() has run
        self.in_full: dict[tuple[str, str], str] = {}  # _body_in_full's answers
        self._forename_tests: dict[str, Callable[[str], bool]] = {}
        self._titles: frozenset[str] | None = None
        self._ordered_quotes: list[FoundQuote] | None = None  # by start, for quotes_in
        self._quote_starts: list[int] = []
        self._longest_quote = 0
        self.quote_spans = Spans([])  # every quotation's marks, once find_quotes has run
        self.clauses: list[tuple[int, int]] = []  # the quotes' reporting clauses
        self.publisher_keys: set[str] | None = None  # the article's own publisher, once asked
        self.small_words: frozenset[str] | None = None  # the text's words as written, once
        # the names a role or noun introduces, per expression: (starts, names)
        self.introduced: dict[str, tuple[list[int], list[str]]] = {}
        self.bodies_by_head: dict[tuple[str, int], list[tuple[int, str]]] = {}
        # where a word first stands after a forename („Azad Nienkötter“), per language, once asked
        self.surname_seen: dict[tuple[str, str], int | None] = {}
        self._answers: frozenset[int] | None = None  # an interview's answer blocks, once asked
        self._questions: list[tuple[int, range]] | None = None  # questions and their answers

    # helpers -----------------------------------------------------------------------------------
    def rules_of(self, kind: str) -> Iterator[tuple[RuleSet, Namer, Rule, re.Pattern[str]]]:
        """Every rule of one kind with a pattern: its rule set, that language's namer, the rule
        and its pattern."""
        for rs in self.rulesets:
            for rule in rs.rules:
                if rule.kind == kind and rule.pattern is not None:
                    yield rs, self.namers[rs.lang], rule, rule.pattern

    def sentence_obj(self, offset: int) -> Sentence:
        """The Article's sentence holding `offset` (bisect over the block's cached sentences)."""
        bi = self.article.block_index_at(offset)
        starts = self._starts.get(bi)
        if starts is None:
            starts = self._starts[bi] = [x.start for x in self.article.block_sentences(bi)]
        sentences = self.article.block_sentences(bi)
        i = max(0, bisect_right(starts, offset) - 1)
        if offset >= sentences[i].end and i + 1 < len(sentences):
            i += 1
        return sentences[i]

    def sentence(self, offset: int) -> tuple[int, int]:
        s = self.sentence_obj(offset)
        return s.start, s.end

    def attr(self, hit: NameHit | None, block: int, namer: Namer) -> Attr | None:
        if hit is None or not hit.text.strip():
            return None  # „laut „ ““: an empty pair of marks names nobody
        attr = Attr(hit, block, namer)
        self.attrs.append(attr)
        return attr

    def in_question_or_quotation(self, rule: Rule, offset: int) -> bool:
        """A cue in a question asserts nothing, nor one in a question someone would not answer
        ("declined to say how much it might fetch"); a hedge inside a quotation that opens its sentence
        is the speaker's (the quote is the suggestion), unlike a quoted fragment in reported
        speech ("the schedule “may slip”")."""
        lo, hi = self.sentence(offset)
        if self.text[lo:hi].rstrip(" \"“”»«’'").endswith("?"):
            return True
        if rule.tag != "speculation":
            return False
        if rule.lang == "en" and _UNANSWERED.search(self.text, lo, offset) is not None:
            return True  # "She would not say whether the service could be funded again."
        pair = self.quote_spans.holding(offset)
        if pair is None:
            return False
        block = self.article.blocks[self.article.block_index_at(offset)]
        return pair[0] == block.start or any(
            pair[0] == s.start
            for s in self.article.block_sentences(self.article.block_index_at(block.start))
        )

    def inside_quote(self, offset: int) -> bool:
        return self.quote_spans.holding(offset) is not None

    def clause(self, rs: RuleSet, lo: int, hi: int, cue: int) -> tuple[int, int]:
        """The clause of sentence [lo, hi) holding `cue`: split at ";", dashes and ", and"."""
        where = splitter(rs)
        start, end = lo, hi
        for m in where.finditer(self.text, max(lo, cue - WINDOW), cue):
            if not self.inside_quote(m.start()):
                start = m.end()
        for m in where.finditer(self.text, cue, min(hi, cue + WINDOW)):
            if not self.inside_quote(m.start()):
                end = m.start()
                break
        if len(WORD.findall(self.text, start, end)) < 4:
            return lo, hi
        return start, end

    def headline_parts(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """An English headline or standfirst [lo, hi) as the claims it makes: two when a second
        one, someone saying something, joins it ("Hexley Advertiser to close after 145 years" |
        "as BRM chief blames 'economics of print'"; "Police say …" | "club vows to play on");
        else the whole line."""
        bi = self.article.block_index_at(lo)
        if not self._headline_like(bi) or self.rulesets[0].lang != "en":
            return [(lo, hi)]
        for m in _HEADLINE_JOIN.finditer(self.text, lo, hi):
            if self.inside_quote(m.start()) or not self.says(m.end(), hi, "en"):
                continue
            if len(WORD.findall(self.text, lo, m.start())) < 3:
                continue
            return [(lo, m.start()), (m.start("word") if m.group("word") else m.end(), hi)]
        return [(lo, hi)]

    def _headline_like(self, bi: int) -> bool:
        """A headline, or a lede or standfirst under it written like one: no full stop at its
        end ("Police say fire … was started deliberately; club vows to play on"); a wire's
        lede that is a full sentence is read as one."""
        block = self.article.blocks[bi]
        if block.kind == "title":
            return True
        return (
            block.kind == "lede"
            or block.kind in ("heading", "paragraph")
            and bi <= _STANDFIRST_BLOCKS
        ) and not block.text.rstrip().rstrip("\"“”’'»«)").endswith((".", "!", "?", "…", ":"))

    def headline_part(self, lo: int, hi: int, at: int) -> tuple[int, int]:
        """The claim of headline [lo, hi) that holds `at` (see `headline_parts`)."""
        parts = self.headline_parts(lo, hi)
        return next((p for p in reversed(parts) if p[0] <= at), parts[0])

    def title_nouns(self, rs: RuleSet) -> frozenset[str]:
        found = self._titles
        if found is None:
            found = frozenset().union(*(r.words("title_nouns") for r in self.rulesets))
            self._titles = found
        return found

    def questions(self) -> list[tuple[int, range]]:
        """Each block that asks (a paragraph or heading ending in "?", not a quotation that ends
        in one) with the blocks that answer it: up to the next question, or to the paper's own
        closing („Zur Person: …“, "Interview by …"). Computed once; two rules read it."""
        if self._questions is None:
            blocks = self.article.blocks
            asks = [
                bi
                for bi, b in enumerate(blocks)
                if b.kind in ("paragraph", "heading") and b.text.rstrip().endswith("?")
            ]
            asks = sorted(asks + self._put_by_the_asker(asks))
            self._questions = []
            for n, bi in enumerate(asks):
                stop = asks[n + 1] if n + 1 < len(asks) else len(blocks)
                end = next(
                    (ai for ai in range(bi + 1, stop) if AFTER_INTERVIEW.match(blocks[ai].text)),
                    stop,
                )
                self._questions.append((bi, range(bi + 1, end)))
        return self._questions

    def _put_by_the_asker(self, asks: list[int]) -> list[int]:
        """The paragraphs an interview's asker opens with the prefix of the questions but ends
        with a full stop: a statement put to the interviewee („Heideblatt: Die Schulleiter
        sagen, …“) is the asker's turn, not an answer."""
        blocks = self.article.blocks
        prefixes = [m.group() for bi in asks if (m := SPEAKER_PREFIX.match(blocks[bi].text))]
        asker = max(set(prefixes), key=prefixes.count, default=None)
        if asker is None or prefixes.count(asker) < 3:
            return []
        return [
            bi
            for bi, b in enumerate(blocks)
            if bi not in asks and b.kind == "paragraph" and b.text.startswith(asker)
        ]

    def interview_answers(self) -> frozenset[int]:
        """The blocks that answer a question-and-answer interview's questions, when the article
        asks at least three (the answers carry no quotation marks and no "she said")."""
        if self._answers is None:
            questions = self.questions()
            # an interview asks someone („Wie erklären Sie sich …?“, "Why did you …?") or is
            # credited as one ("Interview by …"); a reader's guide asks for the reader („Was
            # passiert mit meinem Guthaben?“)
            addressed = [
                bi
                for bi, _ in questions
                if _YOU.search(self.article.blocks[bi].text)
                or _asked(self.article.blocks[bi].text)  # „Frage: Wie viele …?“
            ]
            found: set[int] = set()
            credited = any(INTERVIEW_CREDIT.match(b.text) for b in self.article.blocks)
            if sum(1 for _, a in questions if a) >= 3 and (
                credited or len(addressed) * 2 >= len(questions)
            ):
                for _, answer in questions:
                    found.update(answer)
            self._answers = frozenset(found)
        return self._answers

    def subheading(self, bi: int) -> bool:
        """A heading inside the article: a label for what follows ("Was die Gegner sagen"), read
        by no rule, or a short statement, read by claim and speculation rules (who said what:
        "Union calls for review"; what is planned: „Versandapotheke will einspringen“), never by
        quote rules; the one right under the title is a standfirst and is read by all."""
        blocks = self.article.blocks
        return blocks[bi].kind == "heading" and not (bi > 0 and blocks[bi - 1].kind == "title")

    def quotes_in(self, lo: int, hi: int) -> list[FoundQuote]:
        """The quotes that start before `hi` and end after `lo` (bisect over their starts)."""
        ordered = self._ordered_quotes
        if ordered is None:
            ordered = self._ordered_quotes = sorted(self.quotes, key=lambda q: q.pair.start)
            self._quote_starts = [q.pair.start for q in ordered]
            self._longest_quote = max((q.pair.end - q.pair.start for q in ordered), default=0)
        first = bisect_right(self._quote_starts, lo - self._longest_quote - 1)
        last = bisect_right(self._quote_starts, hi)
        return [q for q in ordered[first:last] if q.pair.end > lo]

    def written_words(self) -> set[str]:
        """Every word of the article as written (not as the first part of „Städte- und …“)."""
        if self._words is None:
            self._words = set(re.findall(r"\b\w+\b(?!-)", self.text))
        return self._words

    def lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = set(
                re.findall(
                    r"\b[" + SMALL + r"]+\b",
                    self.text,
                )
            )
        return self._lower

    def forename_test(self, namer: Namer) -> Callable[[str], bool]:
        """Whether a capitalised word before a surname can be a forename: a known one, or a word
        no list calls something else (a title, role, determiner, institution, common word) and the
        article never writes in lower case („Auch Feldhaus“ is no name: „auch“ is a word)."""
        made = self._forename_tests.get(namer.lang)
        if made is None:
            made = self._forename_tests[namer.lang] = self.make_forename_test(namer)
        return made

    def make_forename_test(self, namer: Namer) -> Callable[[str], bool]:
        lower = self.lower_words()
        after_determiner: set[str] = set()
        for m in re.finditer(
            r"\b(?i:der|die|das|den|dem|des|the|a|an|ein|eine|einen|einem|einer|im|am|vom|zum|"
            r"zur|beim)\s+([" + CAPITALS + r"][\w\-]+)(?:[^\S\n]+([" + CAPITALS + r"][\w\-]+))?",
            self.text,
        ):
            if _RELATIVE_BEFORE.search(self.text, max(0, m.start() - 2), m.start() + 3) and (
                _RELATIVE_GOES_ON.match(self.text, m.end())
            ):
                continue  # „den Tee, den Hedwine Kleeberghof jedes Jahr verkauft“: a relative
            after_determiner.add(m.group(1))
            if (
                namer.lang == "de"
                and m.group(2)
                and m.group(1).endswith("er")
                and not namer.is_role(m.group(1))
            ):
                # „Im Wendhausener Ortsteil Kesselbruch“: a place's adjective, then the noun (not
                # „der Bürgermeister Onno Feldhaus“: a role, then a forename)
                after_determiner.add(m.group(2))

        # „60.000 Kubikmeter Grundwasser“: a word after a number is a unit or a noun it counts
        after_number = set(
            re.findall(
                r"\d[^\S\n]+([" + CAPITALS + r"][\w\-]+)",
                self.text,
            )
        )
        if namer.lang == "de":  # „zwei weitere Familien Kirchenasyl“: counted, a noun
            after_number |= set(re.findall(_COUNTED_NOUN, self.text))

        def test(word: str) -> bool:
            fold = word.casefold()
            if word in namer.first:
                return True
            return not (
                fold in lower
                or word in after_determiner
                or word in after_number
                or listed_as_other(word, namer)
                or (namer.lang == "de" and fold.endswith(_NOUN_ENDINGS))
                or (namer.lang == "de" and fold in _BUILDING_KINDS)
                or (namer.lang == "de" and fold.rstrip("nrs") in _ORDINALS)
                or (namer.lang == "de" and _PARTICIPLE_NOUN.fullmatch(fold) is not None)
            )

        return test

    def says(self, lo: int, hi: int, lang: str = "de") -> bool:
        """Whether [lo, hi) holds a verb of saying (its own speaker is in it)."""
        saying = self._saying.get(lang)
        if saying is None:
            rs = next((r for r in self.rulesets if r.lang == lang), None)
            verbs = sorted(rs.words("reporting_verbs"), key=len, reverse=True) if rs else []
            alternation = "|".join(map(re.escape, verbs)) or "(?!)"
            saying = self._saying[lang] = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
        return saying.search(self.text, lo, hi) is not None

    def is_person(self, a: Attr) -> bool:
        return a.person or self.people.known(a.resolved or "")
