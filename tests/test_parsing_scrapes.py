"""Scraped text around the article (issue 9): a kicker on its own first line, bylines and dates,
asides, line-end hyphens, quotations as subheadings. Each case is what `reader parse` shows."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from reader.core.article import BLOCK_SEPARATOR, Article
from reader.core.loading import LoadedText, normalise
from reader.core.parsing import parse_texts
from reader.core.sitelines import is_aside, is_byline

LEDE = "Nach zwei Jahren Streit hat der Gemeinderat zugestimmt. Die Gegner wollen klagen."
BODY = "Der Windpark soll am Rand des Hollerbruchs entstehen, sagte Bürgermeisterin Feldkamp."
EN_LEDE = "Repairs to the crossing will start in November, the council said on Tuesday."
EN_BODY = "Commuters should expect delays of up to 25 minutes, and the works could run longer."

# A hard-wrapped English scrape (72 columns), as a text-mode browser or a mail client saves it.
ENGLISH_SCRAPE = """\
Science
Kestrel Bay seagrass meadow has doubled in five years, a survey by the
university finds
By Jane Smith, Science Correspondent
Published 12 March 2026
Updated 13 March 2026, 10:02

A seagrass meadow off the coast of Kestrel Bay has doubled in size since
2021, according to a survey published on Tuesday. Researchers had prom-
ised a full count for years, but the storms of 2024 delayed the work.

Photo: Reuters

"A historic day"

The survey team mapped the meadow with drones and divers. The project
was led by the university's marine self-
driving boat unit and by volunteers who dived every weekend, the
council's co-
ordinator said.

Read more: Kestrel Bay fishermen fear new limits on anchoring

"We were surprised by how fast it grew," said Dr Amal Reyes, who led
the survey. "It is a sign that the water is cleaner than it was a
decade ago."

Read more

Sign up for our newsletter for the week's best science stories

The council has promised to protect the meadow from anchors, and the
harbour master has ex-
pected the new rules to take effect in May.
"""

GERMAN_SCRAPE = """\
Politik
Regierung und Opposition streiten über den KI-Machtkampf
Von Anna Müller und Jan Roth, Berlin
Stand: 12.03.2026 14:05 Uhr

Die Regierung will die Förderung für Start-ups um mehrere Milliar-
den Euro erhöhen. Die Kinder-
und Jugendhilfe soll davon nicht betroffen sein, der KI-
Machtkampf mit den USA aber schon.

(Foto: dpa)

„Wir sind bereit“

Die Ministerin sagte am Dienstag, man habe lange genug gewartet.

Lesen Sie auch: Was die neue Förderung für Gründer bedeutet

»Nie wieder«

Die Opposition erinnert an die Pleite von 2019.

Mehr zum Thema

Newsletter abonnieren

Seite 1 / 2
Nächste Seite
"""


def parse(*texts: str) -> Article:
    return parse_texts(
        LoadedText(f"page-{i + 1}.txt", normalise(t), "utf-8") for i, t in enumerate(texts)
    )


def blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


def reader_parse_json(tmp_path, text: str, lang: str) -> dict:
    path = tmp_path / "scrape.txt"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(path), "--json", "--lang", lang],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# a whole scrape, through the command ----------------------------------------------------------


def test_hard_wrapped_english_scrape(tmp_path):
    data = reader_parse_json(tmp_path, ENGLISH_SCRAPE, "en")
    assert data["kicker"] == "Science"
    title = (
        "Kestrel Bay seagrass meadow has doubled in five years, a survey by the university finds"
    )
    assert data["title"] == title
    assert [(b["kind"], b["text"]) for b in data["blocks"]] == [
        ("title", title),
        ("byline", "By Jane Smith, Science Correspondent"),
        ("byline", "Published 12 March 2026"),
        ("byline", "Updated 13 March 2026, 10:02"),
        (
            "lede",
            "A seagrass meadow off the coast of Kestrel Bay has doubled in size since 2021, "
            "according to a survey published on Tuesday. Researchers had promised a full count "
            "for years, but the storms of 2024 delayed the work.",
        ),
        ("aside", "Photo: Reuters"),
        ("heading", '"A historic day"'),
        (
            "paragraph",
            "The survey team mapped the meadow with drones and divers. The project was led by "
            "the university's marine self-driving boat unit and by volunteers who dived every "
            "weekend, the council's co-ordinator said.",
        ),
        ("aside", "Read more: Kestrel Bay fishermen fear new limits on anchoring"),
        (
            "paragraph",
            '"We were surprised by how fast it grew," said Dr Amal Reyes, who led the survey. '
            '"It is a sign that the water is cleaner than it was a decade ago."',
        ),
        ("aside", "Sign up for our newsletter for the week's best science stories"),
        (
            "paragraph",
            "The council has promised to protect the meadow from anchors, and the harbour "
            "master has expected the new rules to take effect in May.",
        ),
    ]
    text = data["text"]
    assert text == BLOCK_SEPARATOR.join(b["text"] for b in data["blocks"])  # nothing dropped
    assert "Read more\n" not in text and not text.endswith("Read more")  # navigation is


def test_hard_wrapped_german_scrape(tmp_path):
    data = reader_parse_json(tmp_path, GERMAN_SCRAPE, "de")
    assert data["kicker"] == "Politik"
    assert [(b["kind"], b["text"]) for b in data["blocks"]] == [
        ("title", "Regierung und Opposition streiten über den KI-Machtkampf"),
        ("byline", "Von Anna Müller und Jan Roth, Berlin"),
        ("byline", "Stand: 12.03.2026 14:05 Uhr"),
        (
            "lede",
            "Die Regierung will die Förderung für Start-ups um mehrere Milliarden Euro erhöhen. "
            "Die Kinder- und Jugendhilfe soll davon nicht betroffen sein, der KI-Machtkampf mit "
            "den USA aber schon.",
        ),
        ("aside", "(Foto: dpa)"),
        ("heading", "„Wir sind bereit“"),
        ("paragraph", "Die Ministerin sagte am Dienstag, man habe lange genug gewartet."),
        ("aside", "Lesen Sie auch: Was die neue Förderung für Gründer bedeutet"),
        ("heading", "»Nie wieder«"),
        ("paragraph", "Die Opposition erinnert an die Pleite von 2019."),
        ("aside", "Mehr zum Thema"),
        ("aside", "Newsletter abonnieren"),
    ]
    assert data["pages_known"] == 2


# kicker ---------------------------------------------------------------------------------------


def test_kicker_alone_on_the_first_line_of_the_title_run():
    article = parse(f"Science\nBridge repairs begin in November\n\n{EN_LEDE}\n\n{EN_BODY}")
    assert article.kicker == "Science"
    assert blocks(article)[:2] == [
        ("title", "Bridge repairs begin in November"),
        ("lede", EN_LEDE),
    ]
    assert "Science" not in article.text


def test_kicker_alone_before_a_title_wrapped_over_two_lines_and_repeated():
    title = "Harbour Bridge in Port Elmsworth to close two lanes until spring"
    wrapped = textwrap.fill(title, 40)
    assert wrapped.count("\n") == 1
    article = parse(f"City & Region\n{wrapped}\n\n{wrapped}\n\n{textwrap.fill(EN_LEDE, 40)}")
    assert article.kicker == "City & Region"
    assert article.title == title
    assert article.text.count(title) == 1


def test_a_wrapped_title_is_not_taken_for_a_kicker():
    # the first line is as long as the wrap width: the tool broke it, nobody set a kicker there
    title = "Harbour Bridge in Port Elmsworth to close two lanes until spring and"
    article = parse(f"{title}\nsummer\n\n{EN_LEDE} {EN_BODY} {EN_LEDE} {EN_BODY}")
    assert article.kicker is None
    assert article.title == f"{title} summer"


def test_a_line_ending_in_a_hyphen_is_never_cut_from_the_next():
    # Hypothesis found it: "Musk KI-" looked like a title after a kicker line
    article = parse("Musk Musk Musk\nMusk KI-\nMachtkampf\n\nMusk Musk Musk Musk Musk Musk")
    assert "KI-Machtkampf" in article.text


def test_a_short_first_line_before_a_sentence_is_not_a_kicker():
    article = parse(f"Bridge closes\n{EN_LEDE}\n\n{EN_BODY}")
    assert article.kicker is None
    assert article.blocks[0].text == f"Bridge closes {EN_LEDE}"


# bylines and dates ------------------------------------------------------------------------------


BYLINES = [
    "By Jane Smith, Science Correspondent",
    "By Jane Smith and Tom Lee",
    "Published 12 March 2026",
    "Updated 13 March 2026, 10:02",
    "Von Anna Müller",
    "Von Anna Müller und Jan Roth, Berlin",
    "Text: Marlene Ehrenkamp und Jonas Feldhügel, Klasse 9c",
    "Stand: 12.03.2026 14:05 Uhr",
    "12. März 2026, 14:05 Uhr",
    "By Ursula von der Leyen and J. R. Smith in Washington",
    "March 12, 2026",
    "Thursday 12 March 2026 10.02 GMT",
]


@pytest.mark.parametrize("line", BYLINES)
def test_byline_and_date_lines_are_bylines_not_headings(line):
    assert is_byline(line)
    article = parse(f"Bridge repairs begin in November\n\n{line}\n\n{EN_LEDE}\n\n{EN_BODY}")
    assert blocks(article) == [
        ("title", "Bridge repairs begin in November"),
        ("byline", line),
        ("lede", EN_LEDE),
        ("paragraph", EN_BODY),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the bridge will reopen.",
        "By Tuesday, Harbour Bridge",
        "By Monday Morning",
        "Von Anna Müller stammt der Plan, die Brücke zu sperren.",
        "Von Berlin nach Hamburg",
        "Von Anfang an war klar, dass es teuer wird.",
        "Text: Die Stadt prüft den Boden",
        "By Jane Smith said",
        "Published in 2026",
        "12 March",
        "Updated on Tuesday with new figures from the council",
    ],
)
def test_sentences_that_start_like_bylines_are_text(line):
    assert not is_byline(line)
    article = parse(f"{EN_LEDE}\n\n{line}")
    assert all(b.kind != "byline" for b in article.blocks)


def test_a_byline_word_inside_a_hard_wrapped_paragraph_is_text():
    wrapped = (
        "The repairs were first proposed in a report written for the council\n"
        "By Jane Smith\n"
        "and her colleagues at the university, who studied the bearings."
    )
    article = parse(f"Bridge repairs begin in November\n\n{wrapped}")
    assert [b.kind for b in article.blocks] == ["title", "lede"]
    assert "council By Jane Smith and her" in article.text


# asides -------------------------------------------------------------------------------------------


ASIDES = [
    "Lesen Sie auch: Was die Gegner sagen",
    "Lesen Sie auch",
    "Mehr zum Thema",
    "Read more: Ferry operator adds crossings",
    "Related: Harbour Bridge to close two lanes",
    "Sign up for our newsletter…",
    "Newsletter abonnieren",
    "Foto: dpa",
    "Photo: Reuters",
    "Bild: picture alliance / dpa | Michael Kappeler",
    "(Foto: Archiv Moorfeld)",
    # the newsroom's notes and credits around the story
    "This story has been updated to include the sheriff's confirmation of two deaths.",
    "This article was amended on 30 November 2026 to correct the year the mill reopened.",
    "CP writer Tom Ellison in Denver contributed to this report.",
    "(Reporting by Ann Lee in London; Editing by Tom Brown)",
    "Copyright 2026 The Ledger. All rights reserved.",
    "Filed under: Business",
    "Editor's note: An earlier version misnamed the council leader.",
    "Dieser Artikel wurde am 3. März aktualisiert.",
    "Mitarbeit: Jana Roth",
    "Photographs by Jun Park for The Meridian Review",
    # a broadcaster's picture lines
    "Image source, Family handout",
    "Image caption, Gostelow House has 34 beds on two floors",
    "Media caption, Residents describe eleven weeks upstairs",
]


@pytest.mark.parametrize("line", ASIDES)
def test_aside_lines_are_kept_as_asides(line):
    assert is_aside(line)
    article = parse(f"{LEDE}\n\n{line}\n\n{BODY}")
    assert blocks(article) == [("paragraph", LEDE), ("aside", line), ("paragraph", BODY)]
    assert line in article.text


def test_an_aside_lead_takes_the_headline_on_the_next_line():
    article = parse(f"{LEDE}\n\nRead more:\nFerry operator adds two crossings\n\n{BODY}")
    assert blocks(article)[1] == ("aside", "Read more: Ferry operator adds two crossings")


def test_read_more_alone_is_navigation_and_dropped():
    article = parse(f"{LEDE}\n\nRead more\n\n{BODY}")
    assert blocks(article) == [("paragraph", LEDE), ("paragraph", BODY)]


@pytest.mark.parametrize(
    "line",
    [
        "Lesen ist gesund, sagt die Ministerin.",
        "Read more books, the council said.",
        "Subscribers of the newsletter grew by a tenth.",
        "Foto und Film sind in der Ausstellung zu sehen.",
        "Photo: " + " ".join(["word"] * 20),
        "Mehr zum Thema Windkraft steht im Bericht des Landesamts.",
        "Reporting by the council showed that costs rose by a tenth.",
        "The update to the plan was approved on Monday.",
        "Correction of the figures took the statistics office two weeks.",
        "Image sources are disputed, the council said.",
    ],
)
def test_sentences_that_start_like_asides_are_text(line):
    assert not is_aside(line)
    assert ("paragraph", line) in blocks(parse(f"{LEDE}\n\n{line}\n\n{BODY}"))


def test_a_photo_credit_after_a_caption_on_its_own_line_is_split_off():
    article = parse(f"{LEDE}\n\nDie Baustelle am Hollerbruch im März.\nFoto: dpa\n\n{BODY}")
    assert blocks(article)[1:3] == [
        ("paragraph", "Die Baustelle am Hollerbruch im März."),
        ("aside", "Foto: dpa"),
    ]


# line-end hyphens ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        ("they had prom-\nised it", "they had promised it"),  # a typesetter's break
        ("the KI-\nMachtkampf", "the KI-Machtkampf"),  # a capital after it: the word's own
        ("an e-\nmail", "an e-mail"),  # one letter before it: never a syllable break
        ("die US-\namerikanische Seite", "die US-amerikanische Seite"),  # an acronym
        ("the self-\ndriving boat", "the self-driving boat"),  # a prefix that keeps its hyphen
        ("a non-\nprofit trust", "a non-profit trust"),
        ("the co-\nfounder", "the co-founder"),
        ("a long-\nterm plan", "a long-term plan"),
        ("it was self-\nish", "it was selfish"),  # the prefix only grew a suffix
        ("as ex-\npected", "as expected"),  # ex-, pre-, re- begin too many plain words
        ("the pre-\nvious one", "the previous one"),
        ("Kinder-\nund Jugendhilfe", "Kinder- und Jugendhilfe"),  # a suspended compound
        ("pre-\nand post-war", "pre- and post-war"),
        ("COVID-\n19 cases", "COVID-19 cases"),
        ("die Jahre 2020-\n2021", "die Jahre 2020- 2021"),  # after a digit: a space, as before
    ],
)
def test_line_end_hyphen(wrapped, joined):
    assert parse(f"It is so: {wrapped}.").text == f"It is so: {joined}."


def test_line_end_hyphen_keeps_the_articles_own_spelling():
    article = parse("They had prom-\nised it.\n\nThe prom-ised land was far.")
    assert article.blocks[0].text == "They had prom-ised it."


def test_the_articles_own_spelling_counts_across_page_files():
    article = parse("They had prom-\nised it.", "The prom-ised land was far.")
    assert article.blocks[0].text == "They had prom-ised it."


def test_a_joined_spelling_elsewhere_drops_a_prefix_hyphen():
    article = parse("They co-\noperate now.\n\nThey cooperate well.")
    assert article.blocks[0].text == "They cooperate now."


def test_a_hyphenated_spelling_elsewhere_wins_over_the_rules():
    article = parse("The grant-\nholders met.\n\nAll grant-holders agreed. Then the ex-\nwife.")
    assert article.blocks[0].text == "The grant-holders met."


# quotations as subheadings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote", ["„Wir sind bereit“", '"A historic day"', "»Nie wieder«", "“Never again”", "«Jamais»"]
)
def test_a_quotation_as_a_subheading_is_a_heading(quote):
    article = parse(f"{LEDE}\n\n{quote}\n\n{BODY}")
    assert blocks(article) == [("paragraph", LEDE), ("heading", quote), ("paragraph", BODY)]


@pytest.mark.parametrize(
    "quote",
    [
        "„Wir sind bereit.“",  # a quoted sentence is a paragraph
        "„Wir sind bereit!“",
        "„Wir“ und „Ihr“",  # two quotations
        "„" + " ".join(["Wort"] * 13) + "“",  # longer than a heading may be
        "„wir sind bereit“",
    ],
)
def test_quotations_that_are_not_subheadings(quote):
    assert ("paragraph", quote) in blocks(parse(f"{LEDE}\n\n{quote}\n\n{BODY}"))


def test_a_quotation_at_the_end_of_a_page_is_not_a_heading():
    article = parse(f"{LEDE}\n\n„Wir sind bereit“\n\nSeite 1 / 2\n\n{BODY}")
    assert blocks(article)[1] == ("paragraph", "„Wir sind bereit“")


@pytest.mark.parametrize(
    "line",
    ["Artikel anhören (4:05)", "Video abspielen (1:58)", "Listen to this article (6 min)"],
)
def test_a_page_players_line_is_no_lede(line):
    article = parse(f"Bridge repairs begin in November\n\n{line}\n\n{EN_LEDE}\n\n{EN_BODY}")
    assert blocks(article)[:3] == [
        ("title", "Bridge repairs begin in November"),
        ("aside", line),
        ("lede", EN_LEDE),
    ]


@pytest.mark.parametrize(
    "line", ["Watch this space, the mayor said.", "Video shows the moment the wall fell"]
)
def test_sentences_that_start_like_a_player_are_text(line):
    assert not is_aside(line)


# A page copied from a browser with its furniture (new-user review): the title was "Menu", the
# kicker "Skip to main content", a "Published … | Updated …" line the lede.
BROWSER_COPY = """\
Skip to main content
Menu
Search
World | Politics | Business | Tech

Advertisement

Tech giant accused of misleading regulators over data breach

Exclusive: Internal emails seen by this newspaper suggest executives knew of the breach weeks earlier

Published 3 February 2025, 06:00 GMT | Updated 3 February 2025, 14:05 GMT

A major technology company allegedly misled regulators about the scale of a data breach affecting 2.3 million customers, according to internal emails.

Advertisement

A company spokesperson said: "We reject these allegations entirely."

Share this article: Facebook | Twitter | Email

Explore more on these topics
Data protection
Privacy
Share
Reuse this content
Most viewed
"""


def test_a_browser_copy_keeps_its_furniture_as_asides_and_finds_the_headline_under_it():
    article = parse(BROWSER_COPY)
    assert article.title == "Tech giant accused of misleading regulators over data breach"
    assert article.kicker == "World | Politics | Business | Tech"
    got = blocks(article)
    assert got[:4] == [("aside", "Skip to main content"), ("aside", "Menu"), ("aside", "Search"),
                       ("aside", "Advertisement")]  # fmt: skip
    assert got[4][0] == "title" and got[5][0] == "lede"
    assert (
        "byline",
        "Published 3 February 2025, 06:00 GMT | Updated 3 February 2025, 14:05 GMT",
    ) in got
    assert ("aside", "Advertisement") in got[6:]
    assert ("aside", "Share this article: Facebook | Twitter | Email") in got
    assert got[-1][0] == "aside" and got[-1][1].startswith("Explore more on these topics")
    assert all(kind != "paragraph" or "Advertisement" not in text for kind, text in got)
    # nothing is dropped: every word of the copy is in the text (a repeated title aside)
    assert article.text.count("Advertisement") == 2 and "Most viewed" in article.text


@pytest.mark.parametrize(
    "line", ["Menu", "Advertisement", "Anzeige", "Share", "Skip to main content", "Zum Inhalt springen",
             "Teilen auf: Facebook | WhatsApp | E-Mail", "Most viewed", "Meistgelesen"],
)  # fmt: skip
def test_a_sites_furniture_alone_on_a_line_is_an_aside(line):
    assert is_aside(line)


@pytest.mark.parametrize(
    "line", ["Share prices fell.", "Menu prices rose by 12 per cent", "Search teams found the boat.",
             "Advertisement spending is down, the agency said."],
)  # fmt: skip
def test_a_sentence_that_opens_with_a_furniture_word_is_text(line):
    assert not is_aside(line)
