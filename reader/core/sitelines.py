"""Lines a news site prints around the article: bylines and dates, and asides.

A byline names the authors ("By Jane Smith, Science Correspondent", "Von Anna Müller und Jan Roth,
Berlin"); a date line says when ("Published 12 March 2026", "Stand: 12.03.2026 14:05 Uhr"). An
aside is a box or credit: "Lesen Sie auch: …", "Read more: …", "Sign up for our newsletter",
"Foto: dpa". Both are kept in the canonical text (block kinds "byline" and "aside").

Recognition is conservative, because a false hit takes a sentence out of the article: the whole
line must match, names are short runs of capitalised words with no sentence verb, and a date line
holds a date and nothing else. "By the end of May, the bridge …" and "Von Anna Müller stammt der
Plan." stay text. "Read more" alone is the site's navigation (dropped by the parser), while
"Read more: <headline>" is an aside.
"""

from __future__ import annotations

import re

SITE_LINE_MAX_CHARS = 160  # a byline or date line is short
ASIDE_MAX_CHARS = 300  # an aside with its headline(s)

_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Januar Jänner Februar März Mai Juni Juli Oktober Dezember Mär Okt Dez"
).split()
_WEEKDAYS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri "
    "Sat Sun Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Mo Di Mi Do Fr "
    "Sa So"
).split()
_MONTH = "(?:{})\\.?".format("|".join(sorted(_MONTHS, key=len, reverse=True)))
_WEEKDAY = "(?:{})\\.?".format("|".join(sorted(_WEEKDAYS, key=len, reverse=True)))
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    r"(?:"
    rf"\d{{1,2}}\.?\s*{_MONTH},?\s+\d{{4}}"  # 12 March 2026, 12. März 2026
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 12, 2026
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"  # 12.03.2026
    r"|\d{4}-\d{2}-\d{2}"  # 2026-03-12
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"  # 03/12/2026
    r")"
)
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT))?"
)
_DATE_LABEL = (
    r"(?:(?:First\s+|Last\s+)?(?:Published|Updated|Posted|Modified)(?:\s+(?:on|at))?"
    r"|(?:Zuletzt\s+)?(?:Veröffentlicht|Aktualisiert|Erschienen|Erstellt|Geändert)(?:\s+am)?"
    r"|Stand|Datum|Date)\s*:?"
)
_SEP = r"\s*(?:,|\||–|—|-|at|um)?\s*"
_DATE_LINE = re.compile(
    rf"(?:{_DATE_LABEL}\s*)?{_DATE}(?:{_SEP}{_TIME})?"
    rf"|{_DATE_LABEL}\s*{_TIME}(?:{_SEP}{_DATE})?",
    re.IGNORECASE,
)

# "Text: Marlene Ehrenkamp und Jonas Feldhügel, Klasse 9c": a school paper's credit line
_BY = re.compile(r"(?:By|BY|Von|VON|Text:|TEXT:|Words:)\s+(?P<rest>\S.*)")
_NAME_JOIN = re.compile(r"\s+(?:and|und|&)\s+")
_PLACE = re.compile(r"\s+(?:in|aus)\s+(?=[A-ZÄÖÜ])")
# lower-case words inside names ("Ursula von der Leyen", "Vincent van Gogh")
_PARTICLES = frozenset(
    "von van der den de del della di da du dos la le al bin ibn ten ter zu".split()
)
# capitalised words that begin sentences, not names: "By The Way", "By Monday Morning" (months
# are left out: "Jan", "May" and "April" are first names)
_NOT_NAMES = frozenset(
    s.casefold()
    for s in (
        "The This That These Those Then There Their Its Our Your His Her A An All Some Every "
        "Der Die Das Den Dem Des Ein Eine Einer Einem Diese Dieser Dieses Jetzt Heute Morgen "
        "Gestern Anfang Ende Mitte Seit Bis Monday Tuesday Wednesday Thursday Friday Saturday "
        "Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag"
    ).split()
)
# lower-case words a byline's role or place may hold: "Correspondent in Washington"
_TAIL_SMALL = frozenset("in for of and at on the für aus und im am bei der des de".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*\Z")

_ASIDE = re.compile(
    r"(?:"
    r"Lesen\s+Sie\s+(?:auch|dazu|mehr|hier)\b.*"
    r"|(?:Mehr\s+zum\s+Thema|Mehr\s+dazu|Auch\s+interessant|Das\s+könnte\s+Sie\s+auch\s+"
    r"interessieren)\s*(?::.*)?"
    r"|(?:Read\s+more|Read\s+also|Also\s+read|Related|See\s+also|More\s+on\s+this\s+"
    r"(?:story|topic)|Related\s+(?:articles?|stories|content|coverage))\s*:.*"
    r"|More\s+on\s+this\s+(?:story|topic)"
    r"|(?:Explore\s+more\s+on\s+these\s+topics|Most\s+(?:viewed|read|popular)"
    r"|Meistgelesen(?:e\s+Artikel)?|Trending)\s*(?::.*)?"
    r"|(?:Jetzt\s+)?(?:kostenlos\s+)?(?:den\s+|unseren\s+)?Newsletter\s+abonnieren\b.*"
    r"|(?:Sign\s+up|Subscribe)\b.*\bnewsletters?\b.*"
    r"|\(?(?:Fotos?|Photos?|Photograph|Bild|Bilder|Image|Picture|Grafik|Graphic|Illustration"
    r"|Credit)\s*:\s*[^\s():][^():]*\)?"
    # a broadcaster's picture lines: "Image source, Family handout", "Image caption, …"
    r"|(?:Image|Video|Media)\s+(?:source|caption),\s+.{1,200}"
    # the newsroom's notes and credits, not the story: corrections, contributors, copyright
    r"|(?:Editor['’]s\s+note|Correction|Clarification|Update|Anmerkung\s+der\s+Redaktion"
    r"|Korrektur|Hinweis\s+der\s+Redaktion)\s*:.*"
    r"|This\s+(?:story|article|report|post|piece|page)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:updated|amended|corrected|changed|edited)\b.*"
    r"|(?:Dieser|Der)\s+(?:Artikel|Beitrag|Text)\s+wurde\s+.*\b(?:aktualisiert|korrigiert"
    r"|geändert|ergänzt)\b.*"
    r"|[^.!?]{0,80}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?"
    r"|\(?(?:(?:Additional\s+)?[Rr]eporting|Editing|Writing)\s+by\s+"
    r"(?-i:(?:[A-ZÄÖÜ][\w.'’\-]*|and|in|by|Editing|Writing|[;,&]|\s)+)\)?\.?"
    r"|A\s+version\s+of\s+this\s+article\s+(?:appears|appeared)\s+in\s+print\b.*"
    r"|(?:Copyright|©)\s.{1,120}|.{0,80}\bAll\s+rights\s+reserved\.?"
    r"|(?:Filed\s+under|Tags|Topics|Themen|Schlagworte|Schlagwörter)\s*:.*"
    r"|(?:Mitarbeit|Mit\s+Material\s+von)\s*:?\s+[^.!?]{1,80}"
    r"|(?:Words|Text|Photographs|Photography|Pictures|Fotos)\s+(?:by|von)\s+[^.!?]{1,120}"
    # the page's players: „Artikel anhören (4:05)“, „Video abspielen (1:58)“, "Listen to this
    # article (6 min)"
    r"|(?:(?:Artikel|Beitrag)\s+(?:anhören|vorlesen(?:\s+lassen)?)|(?:Video|Audio)\s+"
    r"(?:abspielen|ansehen|anhören)|(?:Listen\s+to|Play|Watch)\s+(?:this\s+)?(?:article|story"
    r"|video|audio))(?:\s*\(\s*(?:\d{1,2}:\d\d|\d{1,3}\s*min\.?)\s*\))?"
    # the page's own furniture, kept by a copy from the browser: its menus, adverts, share bars
    r"|Skip\s+to\s+(?:main\s+)?(?:content|navigation|search)|(?:Direkt\s+)?[Zz]um\s+Inhalt"
    r"(?:\s+springen)?|Menu|Menü|Search|Suche|Advertisement|Advert|Anzeige|Werbung|Sponsored"
    r"|Share|Teilen|Artikel\s+teilen|Reuse\s+this\s+content|Print|Drucken"
    r"|(?:Share|Teilen)\s+(?:this\s+(?:article|story|page)\s*)?(?:(?:on|via|auf)\s*:?\s*|:\s*)"
    r"(?:Facebook|Twitter|X|WhatsApp|Email|E-Mail|LinkedIn|Bluesky|Threads|Reddit|Mail|Copy\s+link"
    r"|Link\s+kopieren|[|,/·\s])+"
    r")",
    re.IGNORECASE,
)
_CREDIT_MAX_WORDS = 12
_CREDIT_LABELS = frozenset(
    "foto fotos photo photos photograph bild bilder image picture grafik graphic illustration "
    "credit".split()
)
# An aside lead with nothing after it: the headline(s) it announces follow on the next lines.
_ASIDE_LEAD_ALONE = re.compile(
    r"(?:Lesen\s+Sie\s+(?:auch|dazu)|Mehr\s+zum\s+Thema|Mehr\s+dazu|Auch\s+interessant"
    r"|Read\s+more|Read\s+also|Also\s+read|Related|See\s+also|More\s+on\s+this\s+(?:story|topic)"
    r"|Related\s+(?:articles?|stories|content|coverage)|Explore\s+more\s+on\s+these\s+topics"
    r"|Most\s+(?:viewed|read|popular)|Meistgelesen(?:e\s+Artikel)?|Trending)\s*:?",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    """A date (and time) alone on a line, with a label such as "Published" or "Stand:" at most;
    or two of them, "Published … | Updated …"."""
    line = line.strip()
    if len(line) > SITE_LINE_MAX_CHARS:
        return False
    stamps = _STAMP_SEPARATOR.split(line)
    return len(stamps) <= 2 and all(_DATE_LINE.fullmatch(part) is not None for part in stamps)


_STAMP_SEPARATOR = re.compile(r"\s+[|·]\s+")


def _is_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    if len(words) == 1 and not words[0].isupper():  # "By Reuters" is rare, "By Tuesday" is not
        return False
    for w in words:
        if w in _PARTICLES:
            continue
        if not (w[0].isupper() and _NAME_WORD.match(w)) or w.casefold() in _NOT_NAMES:
            return False
        if w.endswith(".") and len(w) > 2:  # "J." is an initial; "said." ends a sentence
            return False
    return True


def _is_tail(text: str) -> bool:
    """A byline's role, place or date after a comma: "Science Correspondent", "Berlin"."""
    if is_date_line(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 6 or text[-1] in ".!?;:":
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w in _TAIL_SMALL for w in words
    )  # "Klasse 9c"


def is_byline(line: str) -> bool:
    """A line naming the authors ("By Jane Smith and Tom Lee"), or a date line."""
    line = line.strip()
    if not line or len(line) > SITE_LINE_MAX_CHARS:
        return False
    if is_date_line(line):
        return True
    match = _BY.fullmatch(line)
    if match is None:
        return False
    names, *tails = (part.strip() for part in match.group("rest").split(","))
    if len(tails) > 2 or not all(tails) or not all(_is_tail(t) for t in tails):
        return False
    names, *place = _PLACE.split(names, maxsplit=1)
    if place and not _is_tail(place[0]):
        return False
    people = _NAME_JOIN.split(names)
    return len(people) <= 4 and all(_is_name(p) for p in people)


def is_aside(text: str) -> bool:
    """A "Read more: …" / "Lesen Sie auch" box, a newsletter prompt, or a photo credit."""
    text = text.strip()
    if not text or len(text) > ASIDE_MAX_CHARS or _ASIDE.fullmatch(text) is None:
        return False
    if ":" in text and text.lstrip("(").split(":", 1)[0].strip().casefold() in _CREDIT_LABELS:
        return len(text.split(":", 1)[1].split()) <= _CREDIT_MAX_WORDS
    return True


def is_aside_lead(text: str) -> bool:
    """An aside's lead with nothing after it ("Read more:", "Mehr zum Thema"): what follows on
    the next lines, up to the paragraph's end, is the box's content."""
    return _ASIDE_LEAD_ALONE.fullmatch(text.strip()) is not None


# How every byline, date line and aside can begin: a cheap test before the full ones.
_SITE_START = re.compile(
    rf"\(|\d|{_DATE_LABEL}|{_WEEKDAY}|{_MONTH}|By\s|Von\s|Lesen\s|Mehr\s|Auch\s|Das\s|Read\s"
    r"|Also\s|Related|See\s|More\s|Jetzt\s|Kostenlos\s|Den\s|Unseren\s|Newsletter|Sign\s"
    r"|Subscribe|Fotos?\s*:|Photos?\s*:|Photograph|Bild|Image|Picture|Grafik|Graphic|Illustration"
    r"|Credit|This\s|Dieser\s|Der\s|Editor|Correction|Clarification|Update|Anmerkung|Korrektur"
    r"|Hinweis|Additional|Reporting|Editing|Writing|A\s+version|Copyright|©|Filed|Tags|Topics"
    r"|Themen|Schlagw|Mitarbeit|Mit\s+Material|Words|Text[\s:]|Artikel\s|Beitrag\s|Video\s"
    r"|Audio\s|Listen\s|Play\s|Watch\s|Skip\s|Zum\s|Direkt\s|Menu|Menü|Search|Suche|Advert"
    r"|Anzeige|Werbung|Sponsored|Share|Teilen|Artikel\s|Reuse|Print|Drucken|Explore|Most\s"
    r"|Meistgelesen|Trending|Media\s",
    re.IGNORECASE,
)
# credits that do not open with a word of their own ("CP writer … contributed to this report.",
# "2026 The Ledger. All rights reserved."): a substring test, not a scan of every paragraph
_SITE_INSIDE = ("contributed", "rights reserved")


def may_be_site_line(text: str) -> bool:
    """False for text that cannot be a byline, date line or aside (most of an article)."""
    if _SITE_START.match(text) is not None:
        return True
    if len(text) > ASIDE_MAX_CHARS:
        return False
    lowered = text.casefold()
    return any(word in lowered for word in _SITE_INSIDE)


def site_kind(text: str) -> str | None:
    """The block kind a line of the site asks for ("byline", "aside"), or None for article text."""
    if not may_be_site_line(text):
        return None
    if is_byline(text):
        return "byline"
    if is_aside(text):
        return "aside"
    return None
