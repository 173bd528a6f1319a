"""Who is speaking: names in reporting clauses, cited sources, and pronouns to resolve.

Heuristics only, driven by the lexicon of the article's rule set: a name is a run of capitalised
words ("Sam Altman", "Nordwind Moorfeld GmbH"), a quoted name („t3n“ → t3n), a domain-like word
(de.qz.com), or, failing those, a short descriptive phrase ("the council"). Leading determiners and
titles are dropped ("CEO Sam Altman" → "Sam Altman", "Ihr Sprecher Ole Brandes" → "Ole Brandes").
Every name returned is an exact substring of the text, so its offsets point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.suggest.ruleset import QUOTE_CHARS, RuleSet

_TOKEN = re.compile(
    r"(?P<quoted>[„“”\"»«‚‘][^„“”\"»«‚‘’\n]{1,60}[“”\"«»‘’])"
    r"|(?P<word>(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Sgt|Capt|Hr|Fr|St)\.|\w[\w'’.&\-]*\w|\w)"
    r"|(?P<punct>[^\w\s])"
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_AGE = re.compile(r"\d+-(?:[Jj]ährige[rn]?|year-old)$")  # "die 48-Jährige", "the 44-year-old"
_HAS_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class NameHit:
    text: str
    start: int  # offsets into the text the caller passed (plus its `base`)
    end: int
    kind: str  # "name", "quoted", "descriptive" or "pronoun"


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # "quoted", "word", "punct"

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [
        _Tok(m.group(), m.start(), m.end(), m.lastgroup or "punct")
        for m in _TOKEN.finditer(text, start, end)
    ]


class Namer:
    """Name extraction with one rule set's word lists."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.determiners = ruleset.words("determiners")
        self.roles = ruleset.words("roles")
        self.role_suffixes = tuple(s.casefold() for s in ruleset.lexicon.get("role_suffixes", ()))
        self.pronouns = ruleset.words("pronouns")
        self.particles = ruleset.words("name_particles")
        self.not_names = ruleset.words("not_names")
        self.org_nouns = ruleset.words("org_nouns")
        self.org_markers = ruleset.words("org_markers")
        self.adverbs = ruleset.words("skip_adverbs")
        self.documents = tuple(ruleset.words("documents"))
        dets = "|".join(re.escape(d) for d in sorted(self.determiners, key=len, reverse=True))
        noun = r"[^\W\d_][\w\-]*"
        # determiner, one or two lower-case words, and perhaps "for/of/at the …": at the end
        self._descriptive = (
            re.compile(
                rf"(?:^|(?<=[\s,(]))((?i:{dets})\s+(?-i:(?=[^\W\d_])[^\W\d_A-ZÀ-ÖØ-Þ][\w\-]*)"
                rf"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-Þ][\w\-]*))?"
                rf"(?:\s+(?:for|of|at|from|von|der|des)\s+(?:(?i:{dets})\s+)?{noun}(?:\s+{noun})?)?)$"
            )
            if dets
            else re.compile(r"(?!)")
        )

    # word classes ------------------------------------------------------------------------------
    def _is_role(self, word: str) -> bool:
        w = word.casefold().rstrip(".")
        return w in self.roles or (len(w) > 4 and w.endswith(self.role_suffixes))

    def _name_word(self, tok: _Tok) -> bool:
        return tok.cap and tok.text.casefold() not in self.not_names

    def is_person(self, name: str) -> bool:
        """Looks like a person: two or more capitalised words, no digits, dots or firm suffixes."""
        words = name.split()
        return (
            len(words) >= 2
            and all(w[0].isupper() for w in words if w.casefold() not in self.particles)
            and not any(c.isdigit() or c in ".@/" for c in name)
            and not any(w.casefold() in self.org_markers for w in words)
            and not any(w[0] in QUOTE_CHARS for w in words)
        )

    # runs of capitalised words -----------------------------------------------------------------
    def _clean(self, text: str, run: list[_Tok], kind: str = "name") -> NameHit | None:
        """Drop leading determiners and titles; None when nothing name-like is left."""
        i = 0
        while i < len(run) and run[i].text.casefold() in self.determiners:
            i += 1
        j = i
        while j < len(run) - 1 and self._is_role(run[j].text) and self._name_word(run[j + 1]):
            j += 1
        rest = run[j:]
        if not rest:
            return None
        if len(rest) == 1 and self._is_role(rest[0].text):
            # only a title ("der Sprecher"): a descriptive source, with its determiner
            first = run[i - 1] if i > 0 else rest[0]
            return NameHit(
                text[first.start : rest[-1].end], first.start, rest[-1].end, "descriptive"
            )
        return NameHit(text[rest[0].start : rest[-1].end], rest[0].start, rest[-1].end, kind)

    def _runs(self, toks: list[_Tok]) -> list[list[_Tok]]:
        """Maximal runs of name words (particles allowed between them), possessives cut out."""
        runs: list[list[_Tok]] = []
        cur: list[_Tok] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if self._name_word(t) or (t.kind == "word" and _HAS_DIGIT.search(t.text) and cur):
                cur.append(t)
                if _POSSESSIVE.search(t.text):
                    cur = []  # "Bluewake's manager": the possessor names no speaker
            elif (
                cur
                and t.kind == "word"
                and t.text.casefold() in self.particles
                and i + 1 < len(toks)
                and self._name_word(toks[i + 1])
            ):
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = []
            i += 1
        if cur:
            runs.append(cur)
        return runs

    def _extend_org(self, text: str, hit: NameHit, toks: list[_Tok]) -> NameHit:
        """ "Kestrel County" + "council" → "Kestrel County council"."""
        for t in toks:
            if t.start == hit.end + 1 or (
                t.start > hit.end and not text[hit.end : t.start].strip()
            ):
                if t.kind == "word" and t.text.casefold() in self.org_nouns:
                    return NameHit(text[hit.start : t.end], hit.start, t.end, hit.kind)
                break
        return hit

    # public ----------------------------------------------------------------------------------
    def from_phrase(self, text: str, start: int, end: int) -> NameHit | None:
        """The source named by a phrase after "laut", "according to", before "zufolge", ..."""
        toks = _tokens(text, start, end)
        for t in toks:
            if t.kind == "quoted" and len(t.text.split()) <= 8:
                return NameHit(text[t.start + 1 : t.end - 1], t.start + 1, t.end - 1, "quoted")
        for t in toks:
            if t.kind == "word" and "." in t.text and not t.text[0].isupper() and t.text[-1] != ".":
                return NameHit(t.text, t.start, t.end, "quoted")  # a domain: de.qz.com
        segments: list[list[_Tok]] = [[]]
        for t in toks:
            if t.kind == "punct" and t.text in ",;:()–—":
                segments.append([])
            else:
                segments[-1].append(t)
        first = segments[0]
        words = [t for t in first if t.kind == "word"]
        if words and words[0].text.casefold() in self.pronouns and len(words) == 1:
            return NameHit(words[0].text, words[0].start, words[0].end, "pronoun")
        for run in self._runs(first):
            hit = self._clean(text, run)
            if hit is not None:
                return self._extend_org(text, hit, first)
        if len(segments) > 1:
            second = [t for t in segments[1] if t.kind == "word"]
            runs = self._runs(second)
            if second and runs and runs[0][0] is second[0] and len(runs[0]) == len(second):
                hit = self._clean(text, runs[0])
                if hit is not None:
                    return hit  # an appositive: "the trust's chair, Helen Achterberg,"
        if words and len(words) <= 4:
            return NameHit(
                text[words[0].start : words[-1].end], words[0].start, words[-1].end, "descriptive"
            )
        return None

    def before(self, text: str, pos: int, lo: int) -> NameHit | None:
        """The subject right before a reporting verb at `pos` (not looking back past `lo`)."""
        toks = [t for t in _tokens(text, lo, pos)]
        comma = False
        while toks and toks[-1].kind == "punct" and toks[-1].text in ",":
            toks.pop()
            comma = True
        while (
            toks
            and toks[-1].kind == "word"
            and (toks[-1].text.casefold() in self.adverbs or toks[-1].text.endswith("ly"))
        ):
            toks.pop()
        if not toks or toks[-1].kind != "word" and toks[-1].kind != "quoted":
            return None
        last = toks[-1]
        if last.kind == "quoted":  # "Die Zeitung „Bild“ berichtete", not "„…“, sagte sie"
            if comma or len(last.text.split()) > 3:
                return None
            return NameHit(
                text[last.start + 1 : last.end - 1], last.start + 1, last.end - 1, "quoted"
            )
        if last.text.casefold() in self.pronouns:
            return NameHit(last.text, last.start, last.end, "pronoun")
        i = len(toks)
        while i > 0:
            t = toks[i - 1]
            if self._name_word(t) or (
                t.kind == "word"
                and t.text.casefold() in self.particles
                and i < len(toks)
                and i - 2 >= 0
                and self._name_word(toks[i - 2])
            ):
                i -= 1
            else:
                break
        run = toks[i:]
        if run and not any(_POSSESSIVE.search(t.text) for t in run[:-1]):
            hit = self._clean(text, run)
            if hit is not None:
                return hit
        # "the council said", "a spokesman for the company said", ", officials said"
        end = toks[-1].end
        m = self._descriptive.search(text, max(lo, end - 80), end)
        if m:
            return NameHit(m.group(1), m.start(1), m.end(1), "descriptive")
        words = [t for t in toks if t.kind == "word"]
        if toks and toks[-1].kind == "word" and len(words) == len(toks) and len(words) <= 2:
            first = words[
                0
            ]  # the whole subject, at the start of its sentence: "Planning documents"
            if first.text.casefold() not in self.not_names and len(toks[-1].text) >= 4:
                return NameHit(text[first.start : end], first.start, end, "descriptive")
        if len(toks) >= 2 and toks[-2].text == "," and not last.cap and len(last.text) >= 4:
            return NameHit(last.text, last.start, last.end, "descriptive")  # ", officials said"
        return None

    def after(self, text: str, pos: int, hi: int) -> NameHit | None:
        """The speaker named right after a reporting verb ending at `pos` (up to `hi`)."""
        toks = _tokens(text, pos, hi)
        segment: list[_Tok] = []
        rest: list[_Tok] = []
        for n, t in enumerate(toks):
            if t.kind == "punct" or t.kind == "quoted":
                if t.text == ",":
                    rest = toks[n + 1 :]
                break
            segment.append(t)
        if segment and segment[0].text.casefold() in self.pronouns:
            return NameHit(segment[0].text, segment[0].start, segment[0].end, "pronoun")
        for k, t in enumerate(segment[:3]):  # "sagte die 48-Jährige (dem EXPRESS)"
            named_next = k + 1 < len(segment) and self._name_word(segment[k + 1])
            if (
                _AGE.search(t.text)
                and not named_next  # "said 81-year-old Arthur Penhallow" names him
                and all(x.text.casefold() in self.determiners for x in segment[:k])
            ):
                first = segment[0]
                return NameHit(text[first.start : t.end], first.start, t.end, "pronoun")
        lead: list[_Tok] = []
        k = 0
        while k < len(segment):
            t = segment[k]
            if t.text.casefold() in self.determiners or _HAS_DIGIT.search(t.text):
                lead.append(t)
                k += 1
            elif t.cap and _POSSESSIVE.search(t.text):
                lead.append(t)
                k += 1
            else:
                break
        skip = k
        while skip < len(segment) and skip - k < 3 and segment[skip].kind == "word":
            if segment[skip].cap:
                break
            skip += 1
        if skip > k and skip < len(segment) and self._name_word(segment[skip]):
            if all(not _HAS_DIGIT.search(x.text) for x in segment[k:skip]):
                k = skip  # "lead author", "retired engineer", "sous chef"
        run: list[_Tok] = []
        while k < len(segment):
            t = segment[k]
            if self._name_word(t) or (
                run
                and t.text.casefold() in self.particles
                and k + 1 < len(segment)
                and self._name_word(segment[k + 1])
            ):
                run.append(t)
                k += 1
            else:
                break
        role_only = None
        if run:
            dets = [t for t in lead if t.text.casefold() in self.determiners]
            hit = self._clean(text, dets[-1:] + run)
            if hit is not None and not (hit.kind == "descriptive" and rest):
                return hit
            role_only = hit
        if rest:
            words: list[_Tok] = []
            for t in rest:
                if t.kind != "word":
                    break
                words.append(t)
            runs = self._runs(words)
            if words and runs and runs[0][0] is words[0]:
                hit = self._clean(text, runs[0])
                if hit is not None:
                    return hit  # "said Bluewake's manager, Tom Hargreaves"
        if role_only is not None:
            return role_only
        if not run and lead and lead[-1].text.casefold() in self.determiners:
            tail = segment[len(lead) : len(lead) + 2]
            if tail and all(t.kind == "word" and not t.cap for t in tail):
                return NameHit(
                    text[lead[-1].start : tail[0].end], lead[-1].start, tail[0].end, "descriptive"
                )
        return None
