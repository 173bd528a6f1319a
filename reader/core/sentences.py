"""Sentence and word boundaries inside one block, for German and English news text.

Rule-based and linear-time by design: one regex pass finds *candidate* boundaries (a run of
terminal punctuation, optional closing quotes/brackets, then whitespace), and each candidate is
decided by looking at a bounded window around it: the token before the punctuation (is it an
abbreviation, an initial, an ordinal number?) and the first word after it (lower case, capital,
digit, a common sentence opener?). No regex here can backtrack over more than a few characters
and no step slices more than a bounded window, so a 300,000-character block costs one pass.

Decisions, in short:

* A lower-case word after the punctuation never starts a new sentence ("z. B. der", "Inc. said",
  "„Warum?“ fragte er").
* ``!``, ``?`` (and ``‽``) end a sentence before anything that is not lower case.
* A ``.`` after an ordinary word ends a sentence before anything that is not lower case.
* After a title-like or never-final abbreviation (``Dr.``, ``Mr.``, ``bzw.``, ``z. B.``, ``e.g.``)
  the sentence goes on. After ``etc.``/``usw.`` it ends before a capital. After an ambiguous one
  (``Inc.``, ``U.S.``, ``Jan.``, an initial ``J.``, a German ordinal ``24.``) it ends only before a
  word that typically opens a sentence ("The", "He", "Die", "Er", ...).
* Quotes: terminal punctuation followed by closing quotes ends the sentence after the quotes when
  a capitalised word follows (``Er sagte: „Das ist falsch.“ Dann ging er.`` is two sentences), and
  a quote holding two sentences is split inside (``„A ist so. B ist anders.“`` is two), exactly like
  unquoted text.
* A blank line (two newlines) always separates sentences; a single newline is plain whitespace.
* A piece without any letter or digit (an emoji, a lone dash, "…") is glued to its neighbour
  instead of becoming a sentence of its own.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Abbreviation lists: written by hand from the abbreviations common in German and English news
# copy (titles and forms of address, months, company suffixes, units and amounts, Latin and
# German adverbial abbreviations such as "z. B.", "bzw.", "e.g."); no external list was copied.
# Keys are written without the final period; multi-part ones ("z. B.", "U.S.") are written
# compact and lower case ("z.b", "u.s"). Three kinds:
#   *_TITLES, *_NEVER_FINAL: the sentence goes on after them, whatever follows.
#   *_FINAL: list enders ("etc.", "usw."): a capitalised word after them starts a new sentence.
#   *_AMBIGUOUS: may or may not end a sentence: it ends only when a typical sentence opener
#       (see SENTENCE_STARTERS) follows.
# --------------------------------------------------------------------------------------------


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Titles and forms of address: never final, and used for both languages (an English text quotes
# "Dr. Müller", a German one "Mr. Smith").
GERMAN_TITLES = _words(
    "Dr Prof Dipl Ing Mag Hr Hrn Fr Frl Präs Abg Bgm Pfr Kard med rer nat phil jur habil dent vet"
)
ENGLISH_TITLES = _words(
    """
    Mr Mrs Ms Mx Dr Prof Messrs Mmes Msgr Rev Hon Gov Sen Rep Lt Col Capt Cmdr Cpl Sgt Maj Adm
    Pres Supt Insp Det Atty Fr Sra Srta Mme Mlle
    """
)
# prepositional/adverbial abbreviations that never close a sentence
GERMAN_NEVER_FINAL = _words(
    """
    bzw ca vgl sog ggf evtl inkl exkl zzgl abzgl bspw lt bez betr insb insbes allg ehem jew
    rd geb gest verh urspr eigtl sinngem Anm Abk dt engl frz ital griech russ amerik österr
    schweiz Nr Abs Bd Kap Ziff Tab Abb Tel Fa Hl
    """
)
GERMAN_NEVER_FINAL_MULTI = _words("z.b d.h v.a z.t i.d.r u.u o.g m.e i.a i.v z.h z.hd h.c i.h.v")
GERMAN_FINAL = _words("usw usf etc u.v.m u.s.w etc.pp")
GERMAN_AMBIGUOUS = _words(
    """
    Mio Mrd Tsd Std Min Sek Jh Jhd Jahrh Chr Str Pl Hbf Bsp Hrsg Aufl Jg Art ff St Gebr Co Cie
    max min bzgl Red Sr mind gem span lat
    Jan Feb Febr Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez
    """
)  # (weekday abbreviations such as "Mo.", "So." clash with words and are left out)
GERMAN_AMBIGUOUS_MULTI = _words("u.a u.ä o.ä s.o s.u a.d e.v v.chr n.chr u.z m.b.h")

ENGLISH_NEVER_FINAL = _words("Mt Ft vs cf viz approx Nr Vol vol pp Fig fig Eq eq Ch ch Sec Nos")
ENGLISH_NEVER_FINAL_MULTI = _words("e.g i.e n.b")
ENGLISH_FINAL = _words("etc")
ENGLISH_AMBIGUOUS = _words(
    """
    Inc Corp Ltd Co Bros Jr Sr Esq Plc Cos LLC No St Ste Ave Blvd Rd Hwy ft al ed eds est
    Gov't Int'l max min mins hrs yrs sec Dept dept Univ Assn Gen
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    """
)
ENGLISH_AMBIGUOUS_MULTI = _words("u.s u.k u.n e.u d.c a.m p.m ph.d u.s.a l.a n.y b.c")

# Words that typically open a sentence in German or English news. After an ambiguous
# abbreviation, an initial or a German ordinal, a sentence ends only if one of these follows:
# "in the U.S. The …" ends, "U.S. President …" does not; "am 3. Oktober" does not, "stieg auf
# 120. Die Polizei …" does.
SENTENCE_STARTERS = _words(
    """
    The A An He She It They We I You This That These Those There Here But And Or So Yet Still
    Then Now In On At For After Before When While As If Since Although Though Because His Her
    Their Its Our My Your Some Many Most Other Others Both Each Every All Such More Only Even
    Just To From With By Under Over Despite During Without Instead However Meanwhile Moreover
    Also According Last Next Earlier Later What Why How Who Where Which Not No Do Does Did Is
    Are Was Were Has Have Had Will Would Can Could Should Must Nevertheless Consequently Thus
    Indeed Yes One Two Three Several Few Another Among Between Through Until Unless Whether
    Once Neither Nor Either Perhaps Maybe Further Furthermore Overall Finally First Second Third
    Today Yesterday Tomorrow Afterwards Otherwise Nonetheless Likewise Similarly

    Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ich Ihr Man Dies Diese
    Dieser Dieses Diesem Doch Aber Und Oder Auch Dann Danach Damit Dabei Dafür Dazu Deshalb
    Daher Darum Trotzdem Jedoch Zudem Außerdem Allerdings Nun Jetzt Heute Gestern Im Am Um Auf
    Aus Bei Beim Mit Nach Seit Von Vom Vor Zu Zum Zur Für Gegen Ohne Über Unter Laut Wie Wer Wo
    Wann Warum Weil Wenn Als Ob Dass Noch Nur Schon Erst Bereits Zwar Sein Seine Ihre Unser
    Kein Keine Alle Viele Mehr Bis Da Hier Dort Damals Später Zuvor Inzwischen Mittlerweile
    Schließlich Letztlich Insgesamt Zunächst Erstmals Bislang Bisher Vielleicht Immerhin
    Offenbar Tatsächlich Gleichzeitig Stattdessen Ebenso Ebenfalls Hat Ist Sind War Waren Wird
    Werden Wurde Wurden Kann Können Soll Sollen Muss Müssen Ja Nein Beide Jeder Jede Jedes
    Manche Einige Andere Mehrere Solche Welche Wieder Weiter Weitere Dennoch Gleichwohl Somit
    Sonst Anschließend Zuletzt Hinzu Besonders Gerade Etwa Kaum Neben Während Nachdem Obwohl
    Seitdem Sobald Bevor Trotz Wegen Dank Angesichts Einst Ihm Ihn Ihnen Uns Mir Mich
    """
)


_NEVER, _FINAL, _AMBIGUOUS = "never", "final", "ambiguous"
_CAUTION = {_NEVER: 3, _AMBIGUOUS: 2, _FINAL: 1}


def _table(*groups: tuple[frozenset[str], str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for words, kind in groups:
        for word in words:
            # a word in several lists keeps the most cautious kind (never > ambiguous > final)
            old = table.get(word)
            if old is None or _CAUTION[kind] > _CAUTION[old]:
                table[word] = kind
    return table


_DE = (
    (GERMAN_TITLES, _NEVER),
    (ENGLISH_TITLES, _NEVER),
    (GERMAN_NEVER_FINAL, _NEVER),
    (GERMAN_NEVER_FINAL_MULTI, _NEVER),
    (GERMAN_FINAL, _FINAL),
    (GERMAN_AMBIGUOUS, _AMBIGUOUS),
    (GERMAN_AMBIGUOUS_MULTI, _AMBIGUOUS),
)
_EN = (
    (ENGLISH_TITLES, _NEVER),
    (GERMAN_TITLES, _NEVER),
    (ENGLISH_NEVER_FINAL, _NEVER),
    (ENGLISH_NEVER_FINAL_MULTI, _NEVER),
    (ENGLISH_FINAL, _FINAL),
    (ENGLISH_AMBIGUOUS, _AMBIGUOUS),
    (ENGLISH_AMBIGUOUS_MULTI, _AMBIGUOUS),
)
_TABLES = {"de": _table(*_DE), "en": _table(*_EN)}
_UNION = _table(*_DE, *_EN)

# --------------------------------------------------------------------------------------------
# Patterns. All are anchored, possessive or bounded, so none can backtrack over the text.
# --------------------------------------------------------------------------------------------

_TERMINALS = ".!?…‽⁇⁈⁉"
_CLOSERS = "\"'“”‘’»«›‹)]}"
_OPENERS = "\"'„“”‚‘’»«›‹([{¿¡"
# A candidate: the start of a run of terminal punctuation, closers, then whitespace or the end;
# or a blank line (a hard break).
_CANDIDATE = re.compile(
    rf"(?<![{_TERMINALS}])([{_TERMINALS}]++)([{re.escape(_CLOSERS)}]*+)(?=\s|\Z)"
    r"|\n[^\S\n]*+\n\s*+"
)
# What follows a candidate: whitespace, up to four opening quotes/brackets, maybe a dash, then the
# first word ("„Geschafft!“ – und dann" goes on: the word after the dash is lower case).
_NEXT = re.compile(rf"\s*+([{re.escape(_OPENERS)}]{{0,4}}+)(?:[–—-]\s?)?(\w{{0,24}})")
# The whitespace-delimited token before a candidate (bounded: longer tokens are plain words).
_TOKEN = re.compile(r"(?<!\S)\S{1,48}\Z")
# The abbreviation-like tail of a token: letters/digits with internal dots and apostrophes.
_CORE = re.compile(r"(?<![\w.'’])[\w'’]+(?:\.[\w'’]+)*+\Z")
# Up to three "x. " right before a token, for spaced abbreviations like "z. B." or "i. d. R.".
_SPACED_PARTS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.\s){1,3}\Z")
_COMPACT = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})++\Z")
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}\Z")
_NONSPACE = re.compile(r"\S")
_ALNUM = re.compile(r"[^\W_]")

_BREAK, _KEEP = True, False


def _lang_key(lang: str | None) -> str:
    if not lang:
        return ""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def _lookup(core: str, table: dict[str, str]) -> str | None:
    kind = table.get(core)
    if kind is None and core[:1].isupper():  # capitalised at a sentence start: "Vgl.", "Ca."
        kind = table.get(core[:1].lower() + core[1:])
    return kind


# German words after which a number with a period is an ordinal („am 3.“, „zum 41.“, „seine
# 12.“, „bis 31.“); after anything else („heute sind es 41.“, „mit 264.“) it is a figure that
# ends its sentence, unless a month follows („einschließlich 16. Dezember“)
_ORDINAL_BEFORE = _words(
    """
    der die das den dem des ein eine einer einem eines am im zum zur vom beim ins bis ab seit
    vor sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere
    unserem unseren unserer dieser diese dieses diesem diesen jeder jede jedes jedem jeden
    """
)
_GERMAN_MONTHS = _words(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"
)
_WORD_BEFORE = re.compile(r"(\w+)([\s(,]*)\Z")
_WORD_AFTER = re.compile(r"\.\s*(\w+)")


def _ordinal_context(text: str, start: int, p: int) -> bool:
    """Whether the number in text[start:p] reads as an ordinal: after an article, a preposition
    of dates or a possessive, after a comma or a bracket („Dienstag, 3. Dezember“), at the start
    of the text, or before a month's name."""
    after = _WORD_AFTER.match(text, p)
    if after is not None and after.group(1) in _GERMAN_MONTHS:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return True
    return before.group(1).lower() in _ORDINAL_BEFORE or any(c in ",(" for c in before.group(2))


def _classify(text: str, p: int, sent_first: int, table: dict[str, str], ordinals: bool) -> str:
    """What the token ending at `p` (just before a single '.') is.

    Returns one of "word", "never", "final", "ambiguous", "ordinal", "number", "first".
    """
    tm = _TOKEN.search(text, max(0, p - 48), p)
    if tm is None:
        return "word"  # a very long token, or nothing before the period
    token = tm.group().rstrip(_CLOSERS)
    if token.isalnum():  # the common case, no need to peel anything off
        core = token
    else:
        cm = _CORE.search(token)
        if cm is None:
            return "word"
        core = cm.group().lstrip("'’")
        if not core:
            return "word"
    if core.isdigit():
        if len(core) <= 3 and tm.start() == sent_first:
            return "first"  # list numbering: "1. Einleitung"
        if ordinals and len(core) <= 3 and _ordinal_context(text, tm.start(), p):
            return "ordinal"
        return "number"
    if _DAY_MONTH.match(core):  # "am 24.02. fand …"
        return "ordinal" if ordinals else "number"
    if "." in core:
        kind = table.get(core.lower())
        if kind is None:
            return "ambiguous" if _COMPACT.match(core) else "word"
    elif len(core) == 1 and core.isalpha():
        # an initial, or the last part of a spaced abbreviation: build "z.b", "i.d.r", ...
        kind = None
        q = tm.start()
        sm = _SPACED_PARTS.search(text, max(0, q - 9), q) if text[q - 2 : q - 1] == "." else None
        if sm is not None:
            letters = sm.group()[0::3].lower()  # each part is exactly "x. "
            low = core.lower()
            for i in range(len(letters)):  # the longest known spaced abbreviation wins
                kind = table.get(".".join(letters[i:]) + "." + low)
                if kind is not None:
                    break
        if kind is None:
            kind = _lookup(core, table) or _AMBIGUOUS
    else:
        kind = _lookup(core, table)
        if kind is None:
            return "word"
    return kind


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans `[start, end)` of one block, trimmed, in order, covering all non-space text."""
    key = _lang_key(lang)
    table = _TABLES.get(key, _UNION)
    ordinals = key != "en"
    n = len(text)

    cuts: list[tuple[int, int, bool]] = []  # (end of a sentence, start of the rest, hard?)
    first = _NONSPACE.search(text)
    if first is None:
        return []
    sent_first = first.start()  # first non-space character of the current sentence

    for m in _CANDIDATE.finditer(text):
        punct = m.group(1)
        if punct is None:  # a blank line
            cuts.append((m.start(), m.end(), True))
            sent_first = m.end()
            continue
        p, q = m.start(), m.end()
        if q >= n:
            break
        nm = _NEXT.match(text, q)
        assert nm is not None  # _NEXT matches at any position (every part is optional)
        word = nm.group(2)
        head = word[:1]
        if head.islower():
            continue  # "z. B. der", "Inc. said", "„Warum?“ fragte er"
        starter = word in SENTENCE_STARTERS
        closed = bool(m.group(2))
        if not head or head == "_":
            nxt = "other"
        elif head.isdigit():
            nxt = "digit"
        else:
            nxt = "upper"  # capitals, and letters without case

        if punct.strip(".…"):  # "!", "?", "?!", "…?" and the like
            decision = _BREAK
        elif "…" in punct or len(punct) > 1:  # an ellipsis
            before = text[p - 1] if p else " "
            if before in "([":
                decision = _KEEP  # an elision: "[…]", "(...)"
            elif before.isspace():
                decision = starter  # a spaced ellipsis is often a pause: "Und dann … Peng!"
            else:
                decision = _BREAK
        else:
            kind = _classify(text, p, sent_first, table, ordinals)
            if kind == "word" or kind == "number" or kind == "final":
                decision = _BREAK
            elif kind == "never" or kind == "first":
                decision = _KEEP
            elif nxt == "digit":  # "No. 5", "S. 12", "Jan. 5", "3. 10. 2025"
                decision = _KEEP
            else:  # ambiguous, ordinal, initial
                decision = starter or (closed and nxt == "upper")
        if decision:
            cuts.append((q, q, False))
            sent_first = nm.start(1)  # the first non-space character after the cut

    return _spans(text, cuts)


def _spans(text: str, cuts: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Trim the pieces between cuts, and glue pieces without letters or digits to a neighbour."""
    spans: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None  # a leading piece without letters, waiting for the next
    pos = 0
    hard_before = True
    for end, nxt, hard in [*cuts, (len(text), len(text), True)]:
        fm = _NONSPACE.search(text, pos, end)
        if fm is not None:
            s = fm.start()
            e = end
            while text[e - 1].isspace():
                e -= 1
            if _ALNUM.search(text, s, e) is None:
                if hard_before or not (spans or pending):
                    if pending is not None:  # a blank line separates two such pieces
                        spans.append(pending)
                    pending = (s, e)
                elif pending is not None:
                    pending = (pending[0], e)
                else:
                    spans[-1] = (spans[-1][0], e)
            else:
                if pending is not None:
                    if hard_before:
                        spans.append(pending)
                    else:
                        s = pending[0]
                    pending = None
                spans.append((s, e))
            hard_before = hard
        elif hard:
            hard_before = True
        pos = nxt
    if pending is not None:
        spans.append(pending)
    return spans


# Words: letters/digits (plus combining marks), joined by internal hyphens, apostrophes and soft
# hyphens, and by "." "," ":" between digits ("97,4", "3.5", "24.02.2025", "14:30") or "." between
# letters ("U.S", "de.qz.com").
_MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PIECE = rf"[^\W_](?:[^\W_]|[{_MARKS}])*+"  # starts with a letter or digit; "_" is no letter
_JOIN = r"(?:[-'’‐‑\u00ad]|(?<=\d)[.,:](?=\d)|(?<=[^\W\d_])\.(?=[^\W\d_]))"
_WORD = re.compile(rf"{_PIECE}(?:{_JOIN}{_PIECE})*+")


def split_words(text: str) -> list[tuple[int, int]]:
    """Word spans `[start, end)` in order: "100-Milliarden-OpenAI", "don't", "97,4" are one each."""
    return [m.span() for m in _WORD.finditer(text)]
