"""Structure (issue 2, sections 4 and 7): title, kicker, lede, headings, paragraphs, pages, offsets.

Sentence boundaries belong to the segmenter's tests; here sentences are only checked against the
contract every consumer relies on: they lie inside their block and `text[start:end]` is their text.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.article import BLOCK_SEPARATOR, Article
from reader.core.loading import LoadedText, normalise
from reader.core.parsing import (
    _file_paragraphs,
    is_navigation,
    page_marker,
    parse_files,
    parse_texts,
)
from reader.core.sitelines import is_aside, is_byline
from reader.errors import ReaderError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"


def parse(*texts: str) -> Article:
    return parse_texts(
        LoadedText(f"page-{i + 1}.txt", normalise(t), "utf-8") for i, t in enumerate(texts)
    )


def kinds(article: Article) -> list[str]:
    return [b.kind for b in article.blocks]


def texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks]


def pages(article: Article) -> list[int]:
    return [b.page for b in article.blocks]


def assert_offsets(article: Article) -> None:
    assert article.text == BLOCK_SEPARATOR.join(b.text for b in article.blocks)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    for s in article.sentences:
        block = article.blocks[s.block]
        assert block.start <= s.start < s.end <= block.end
        assert article.text[s.start : s.end].strip()


TITLE = "Windpark im Moorfelder Land: Gemeinde stimmt knapp zu"
LEDE = "Nach zwei Jahren Streit hat der Gemeinderat zugestimmt. Die Gegner wollen klagen."
BODY = "Der Windpark soll am Rand des Hollerbruchs entstehen, sagte Bürgermeisterin Feldkamp."
MORE = "Die Bürgerinitiative „Freies Moor“ sieht das anders und hat einen Anwalt beauftragt."


# the sample articles ------------------------------------------------------------------------------


def test_seed_structure():
    article = parse_files([str(SAMPLES / "musk-zuckerberg-openai.txt")])
    assert article.kicker == "Tech & Trends"
    title = "Musk & Zuckerberg: Feinde im Ring, Partner beim 100-Milliarden-OpenAI Deal"
    assert article.title == title
    assert article.blocks[0].kind == "title" and article.blocks[0].start == 0
    assert article.text.count(title) == 1
    assert "Tech & Trends" not in article.text  # the kicker is metadata, not body
    assert kinds(article).count("title") == 1
    assert article.blocks[1].kind == "lede"
    assert article.blocks[1].text.startswith("Elon Musk versuchte heimlich")
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == [
        "Strategisches Pokern im KI-Wettlauf",
        "Widersprüchliche Narrative im KI-Machtkampf",
    ]
    assert article.pages_known == 2 and article.pages_present == (1,)
    assert article.missing_pages() == [2]
    assert set(pages(article)) == {1}
    for block in article.blocks:
        assert "Seite 1 / 2" not in block.text and "Nächste Seite" not in block.text
    assert article.blocks[-1].text.endswith("wie „de.qz.com“ analysiert.")
    assert_offsets(article)


def test_english_sample_is_hard_wrapped_and_joined_back():
    article = parse_files([str(SAMPLES / "harbour-bridge-en.txt")])
    assert article.kicker == "City & Region"
    assert article.title == "Harbour Bridge in Port Elmsworth to close two lanes until spring"
    assert article.blocks[1].text == (
        "Repairs to the 60-year-old crossing will start in November, the council said on "
        "Tuesday. Commuters should expect delays of up to 25 minutes, and the works could run "
        "longer if the winter is wet."
    )
    assert "the long-term forecast" in article.text  # "long-\nterm" joined, hyphen kept
    assert "\n" not in "".join(texts(article))
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "What changes for drivers",
        "A question of money",
    ]
    assert article.pages_known == 1 and article.pages_present == (1,)
    assert_offsets(article)


def test_article_split_over_two_files():
    files = [str(SAMPLES / "moorfeld-windpark-1.txt"), str(SAMPLES / "moorfeld-windpark-2.txt")]
    article = parse_files(files)
    assert article.kicker == "Energie"
    assert article.title == TITLE
    assert article.pages_known == 2 and article.pages_present == (1, 2)
    assert article.missing_pages() == []
    second = [b for b in article.blocks if b.page == 2]
    assert second[0].text.startswith("Ein Gutachten des Landesamts")
    assert [b.text for b in second if b.kind == "heading"] == ["Geld für die Gemeinde"]
    assert all(b.page == 1 for b in article.blocks[: article.blocks.index(second[0])])
    assert "Vorherige Seite" not in article.text and "Seite 2 / 2" not in article.text
    assert article.sources == tuple(files)
    assert_offsets(article)


def test_article_with_two_pages_in_one_file():
    article = parse_files([str(SAMPLES / "glasshouse-library-en.txt")])
    assert article.kicker == "Culture"
    assert article.pages_known == 2 and article.pages_present == (1, 2)
    by_page = {p: [b.text for b in article.blocks if b.page == p] for p in (1, 2)}
    assert by_page[1][-1].startswith("The new glass is laminated")
    assert by_page[2][0].startswith("Not everyone is convinced")
    assert by_page[2][-1].startswith("For now, visitors")
    assert "Page 1 of 2" not in article.text and "Page 2 of 2" not in article.text
    assert_offsets(article)


# title, kicker, lede, headings ------------------------------------------------------------------


def test_kicker_glued_before_a_repeated_title():
    article = parse(f"Energie {TITLE}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}\n")
    assert article.kicker == "Energie"
    assert kinds(article) == ["title", "lede", "paragraph"]
    assert texts(article) == [TITLE, LEDE, BODY]


def test_kicker_glued_without_a_space_or_with_a_separator():
    assert parse(f"Energie{TITLE}\n\n{TITLE}\n\n{LEDE}").kicker == "Energie"
    assert parse(f"Energie | {TITLE}\n\n{TITLE}\n\n{LEDE}").kicker == "Energie"
    assert parse(f"Energie: {TITLE}\n\n{TITLE}\n\n{LEDE}").kicker == "Energie"


def test_kicker_on_its_own_line_before_a_repeated_title():
    article = parse(f"Energie\n\n{TITLE}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker == "Energie"
    assert texts(article) == [TITLE, LEDE, BODY]
    assert kinds(article) == ["title", "lede", "paragraph"]


def test_a_section_label_over_a_headline_is_its_kicker():
    """ "Culture" on a line of its own over the headline (a web page's section) is no title."""
    article = parse(f"Culture\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker == "Culture"
    assert texts(article) == [TITLE, LEDE, BODY]
    assert kinds(article)[0] == "title"
    short = parse(f"Stadtrat tagt\n\nDer Rat hat gestern lange beraten.\n\n{BODY}")
    assert short.kicker is None and short.title == "Stadtrat tagt"  # a short title stays one


@pytest.mark.parametrize("label", ["Lokales – Kreis Marschhagen", "Politics", "News: Ensley"])
def test_a_section_label_with_a_place_or_over_a_short_headline_is_its_kicker(label):
    """A site's section, alone or with its region after a dash („Lokales – Kreis Marschhagen“
    over „Weserfähre „Adele“ stellt den Betrieb ein“, from blind batch s), is the kicker even
    over a headline of three words; a headline with a dash in it stays the title."""
    article = parse(f"{label}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker == label and article.title == TITLE
    short = parse(f"{label}\n\nCouncil approves budget\n\n{LEDE}\n\n{BODY}")
    assert short.kicker == label and short.title == "Council approves budget"
    dashed = parse(f"Hagel im Weinort – Winzer bangen\n\nDie Ernte ist in Gefahr\n\n{BODY}")
    assert dashed.kicker is None and dashed.title == "Hagel im Weinort – Winzer bangen"


@pytest.mark.parametrize(
    "crumbs",
    [
        "Startseite › Lokales › Brennfeld",
        "NEWS | Ensley | Council",
        "Home / Tournaments / Fair play",
        "Wirtschaft · Mittelstand",
        "Startseite > Region > Kreis Waldbrück",
    ],
)
def test_a_breadcrumb_over_the_headline_is_its_kicker(crumbs):
    """The site's path over the headline (78 of the 232 labelled scrapes open with one) is
    neither the title nor the article's text; a section label under it is the kicker."""
    article = parse(f"{crumbs}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker == crumbs and article.title == TITLE
    assert texts(article) == [TITLE, LEDE, BODY]
    labelled = parse(f"{crumbs}\n\nTrinkwasser\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert labelled.kicker == "Trinkwasser" and labelled.title == TITLE


@pytest.mark.parametrize(
    "first",
    [
        "Porthkellan Voice | Community news for Porthkellan and the Kellan valley",
        "Stadtrat tagt | Haushalt 2027 beschlossen",
    ],
)
def test_a_title_with_a_bar_stays_the_title_before_a_lede(first):
    article = parse(f"{first}\n\nDer Rat hat gestern lange beraten.\n\n{BODY}")
    assert article.kicker is None and article.title == first


def test_repeated_title_without_a_kicker_is_kept_once():
    article = parse(f"{TITLE}\n\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker is None
    assert texts(article) == [TITLE, LEDE, BODY]


@pytest.mark.parametrize("prefix", ["| ", "– ", "–\n", "•"])
def test_repeated_title_with_a_prefix_of_only_punctuation_is_not_kept_twice(prefix):
    article = parse(f"{prefix}{TITLE}\n\n{TITLE}\n\n{LEDE}")
    assert article.kicker is None
    assert texts(article) == [TITLE, LEDE]
    assert article.text.count(TITLE) == 1


def test_repeated_title_that_differs_only_in_spacing_or_wrapping():
    wrapped = TITLE.replace(": ", ":\n")
    article = parse(f"Energie  {TITLE}\n\n{wrapped}\n\n{LEDE}")
    assert article.kicker == "Energie"
    assert texts(article) == [TITLE, LEDE]


def test_title_without_kicker_or_repetition():
    article = parse(f"{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker is None
    assert kinds(article) == ["title", "lede", "paragraph"]
    assert article.title == TITLE


def test_question_title_without_repetition():
    article = parse(f"Was bedeutet der Windpark für Moorfeld?\n\n{LEDE}\n\n{BODY}")
    assert article.title == "Was bedeutet der Windpark für Moorfeld?"


def test_title_ending_in_a_quote_is_a_title():
    title = "Brandes: „Wir geben nicht auf“"
    assert parse(f"{title}\n\n{LEDE}\n\n{BODY}").title == title


def test_article_starting_with_a_sentence_has_no_title():
    article = parse(f"{LEDE}\n\n{BODY}\n\n{MORE}")
    assert article.title == ""
    assert article.kicker is None
    assert kinds(article) == ["paragraph", "paragraph", "paragraph"]
    assert texts(article) == [LEDE, BODY, MORE]


def test_first_paragraph_ending_in_a_quoted_sentence_is_not_a_title():
    first = 'The council said "the bridge is safe."'
    article = parse(f"{first}\n\nEngineers disagree with that.")
    assert article.title == ""
    assert texts(article) == [first, "Engineers disagree with that."]


def test_one_paragraph_file_is_one_paragraph():
    article = parse(LEDE + "\n")
    assert kinds(article) == ["paragraph"]
    assert article.title == "" and article.kicker is None
    assert article.text == LEDE
    assert article.pages_known == 1 and article.pages_present == (1,)
    assert_offsets(article)


def test_one_short_line_file_is_a_paragraph_not_a_title():
    article = parse("Moorfeld stimmt zu")
    assert kinds(article) == ["paragraph"]
    assert article.title == ""


def test_title_only_file_with_its_repetition():
    article = parse(f"Energie {TITLE}\n\n{TITLE}\n")
    assert kinds(article) == ["title"]
    assert article.kicker == "Energie"


def test_headings_are_short_unpunctuated_lines_followed_by_text():
    article = parse(
        f"{TITLE}\n\n{LEDE}\n\nWas die Gegner sagen\n\n{BODY}\n\n"
        f"Was kostet das?\n\n{MORE}\n\n„Nie wieder“, sagte sie.\n\nEin Satz mit Punkt.\n\n{BODY}"
    )
    assert kinds(article) == [
        "title",
        "lede",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
    ]


def test_short_last_line_is_not_a_heading():
    article = parse(f"{TITLE}\n\n{LEDE}\n\n{BODY}\n\nArchiv Moorfeld")
    assert kinds(article)[-1] == "paragraph"


def test_short_line_before_a_page_marker_is_not_a_heading():
    article = parse(f"{TITLE}\n\n{LEDE}\n\nWas die Gegner sagen\n\nSeite 1 / 2\n\n{BODY}")
    assert kinds(article)[2] == "paragraph"


# hard wraps -----------------------------------------------------------------------------------


def test_hard_wrapped_paragraph_joined_with_spaces():
    wrapped = (
        "Repairs to the 60-year-old crossing will\nstart in November, the council said on\nTuesday."
    )
    article = parse(f"{wrapped}\n\nSecond paragraph here.")
    assert article.blocks[0].text == (
        "Repairs to the 60-year-old crossing will start in November, the council said on Tuesday."
    )


def test_hyphen_at_the_end_of_a_line_after_a_letter_joins_without_space():
    # "grant-holders" is the article's own spelling (written so inside a line); "long-" is a
    # prefix that keeps its hyphen; "KI-" before a capital always does.
    article = parse(
        "The grant-holders met.\n\nThe money goes to the grant-\nholders of the fund, the long-\n"
        "term way of the KI-\nMachtkampf."
    )
    assert article.blocks[1].text == (
        "The money goes to the grant-holders of the fund, the long-term way of the KI-Machtkampf."
    )


def test_hyphen_after_a_digit_or_a_lone_dash_keeps_the_space():
    article = parse("Die Jahre 2020-\n2021 waren schwer -\nsagt sie.")
    assert article.text == "Die Jahre 2020- 2021 waren schwer - sagt sie."


def test_indented_and_trailing_space_lines_are_stripped():
    article = parse("   Erste Zeile  \n\tzweite Zeile\t\n\n  Noch ein Absatz. ")
    assert texts(article) == ["Erste Zeile zweite Zeile", "Noch ein Absatz."]


def test_several_blank_lines_are_one_paragraph_break():
    article = parse(f"{LEDE}\n\n\n\n   \n{BODY}")
    assert texts(article) == [LEDE, BODY]


def test_no_blank_lines_and_long_lines_is_one_paragraph_per_line():
    long_body = BODY + " " + MORE
    assert len(long_body) > 100
    article = parse(f"{TITLE}\n{LEDE} {LEDE}\nWas die Gegner sagen\n{long_body}\n{long_body}\n")
    assert texts(article) == [TITLE, f"{LEDE} {LEDE}", "Was die Gegner sagen", long_body, long_body]
    assert kinds(article) == ["title", "lede", "heading", "paragraph", "paragraph"]


def test_no_blank_lines_between_paragraphs_but_blank_before_the_marker():
    # The blank line sits only between the text and the site's pagination: still one per line.
    long_body = BODY + " " + MORE
    article = parse(f"{TITLE}\n{long_body}\n{long_body}\n\nSeite 1 / 2\nNächste Seite\n")
    assert texts(article) == [TITLE, long_body, long_body]
    assert article.pages_known == 2


def test_no_blank_lines_and_short_lines_is_one_hard_wrapped_paragraph():
    article = parse("Eine kurze Zeile\nund noch eine\nund die letzte.")
    assert texts(article) == ["Eine kurze Zeile und noch eine und die letzte."]


def test_run_of_long_lines_in_a_file_with_blank_lines_is_one_paragraph_per_line():
    long_body = BODY + " " + MORE
    article = parse(f"{TITLE}\n\n{long_body}\n{long_body}\n\n{LEDE}")
    assert texts(article) == [TITLE, long_body, long_body, LEDE]


def test_wrapped_paragraph_with_one_long_unbreakable_line_is_still_joined():
    url = "https://example.org/" + "a" * 110
    article = parse(f"{TITLE}\n\nDer Bericht steht unter\n{url}\nim Netz.\n\n{LEDE}")
    assert texts(article)[1] == f"Der Bericht steht unter {url} im Netz."


# page markers and navigation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Seite 1 / 2",
        "Seite 1/2",
        "seite 1 von 2",
        "SEITE 1 VON 2",
        "Seite  1  von  2",
        "Page 1 of 2",
        "page 1 of 2",
        "PAGE 1/2",
        "Page 1 / 2",
        "S. 1/2",
        "– Seite 1 / 2 –",
        "Seite 1 / 2 »",
        "Seite 1 / 2 Nächste Seite »",
        "« Zurück | Page 1 of 2 | Next »",
    ],
)
def test_page_marker_variants(line):
    assert page_marker(line) == (1, 2)
    article = parse(f"{LEDE}\n\n{line}\n\n{BODY}")
    assert texts(article) == [LEDE, BODY]
    assert pages(article) == [1, 2]
    assert article.pages_known == 2


@pytest.mark.parametrize(
    "line",
    [
        "Seite 0 / 2",
        "Page 3 of 2",
        "Seite 1 von 2 Kapiteln lesen",
        "Auf Seite 1 von 2 steht es",
        "Page one of two",
    ],
)
def test_not_page_markers(line):
    assert page_marker(line) is None
    article = parse(f"{LEDE}\n\n{line}\n\n{BODY}")
    assert line in texts(article)
    assert article.pages_known == 1


@pytest.mark.parametrize(
    "line",
    [
        "Nächste Seite",
        "Vorherige Seite",
        "Weiter",
        "Zurück",
        "Weiterlesen",
        "Weiter lesen",
        "Next page",
        "Previous page",
        "Read more",
        "Continue reading",
        "nächste seite »",
        "» Weiterlesen",
        "« Zurück | Weiter »",
        "< Previous | Next >",
        "READ MORE",
    ],
)
def test_navigation_lines_are_dropped(line):
    assert is_navigation(line)
    article = parse(f"{LEDE}\n\n{line}\n\n{BODY}\n{line}\n")
    assert texts(article) == [LEDE, BODY]


@pytest.mark.parametrize(
    "line",
    ["Weiter geht es am Montag.", "Read more about the bridge here.", "Zurück zum Thema"],
)
def test_sentences_that_start_like_navigation_are_text(line):
    assert not is_navigation(line)
    assert line in texts(parse(f"{LEDE}\n\n{line}\n\n{BODY}"))


def test_marker_closes_the_page_it_names():
    article = parse(f"{LEDE}\n\n{BODY}\n\nSeite 2 / 3\n\n{MORE}\n\nSeite 3 / 3")
    assert pages(article) == [2, 2, 3]
    assert article.pages_known == 3
    assert article.pages_present == (2, 3)
    assert article.missing_pages() == [1]


def test_text_after_the_last_marker_is_the_next_page():
    article = parse(f"{LEDE}\n\nSeite 1 / 2\n\n{BODY}\n\n{MORE}")
    assert pages(article) == [1, 2, 2]


def test_marker_at_the_very_top_names_the_page_that_follows():
    article = parse(f"Seite 2 / 2\n\n{BODY}\n\n{MORE}")
    assert pages(article) == [2, 2]
    assert article.pages_known == 2
    assert article.pages_present == (2,)
    assert article.missing_pages() == [1]


def test_marker_at_the_top_after_blank_lines_and_navigation_still_names_the_next_page():
    article = parse(f"\n\n« Zurück\nPage 2 of 2\n\n{BODY}")
    assert pages(article) == [2]


def test_markers_printed_at_the_top_of_every_page():
    # A file whose first marker comes before any text prints markers above each page.
    article = parse(f"Page 1 of 2\n\n{LEDE}\n\n{BODY}\n\nPage 2 of 2\n\n{MORE}")
    assert pages(article) == [1, 1, 2]
    assert article.pages_known == 2
    assert article.pages_present == (1, 2)


def test_markers_printed_at_the_top_and_the_bottom_of_every_page():
    article = parse(
        f"Seite 1 / 2\n\n{LEDE}\n\nSeite 1 / 2\nNächste Seite\n\n"
        f"Seite 2 / 2\n\n{BODY}\n\nSeite 2 / 2\nVorherige Seite"
    )
    assert pages(article) == [1, 2]
    assert article.pages_known == 2


def test_page_count_comes_from_the_markers():
    article = parse(f"{TITLE}\n\n{LEDE}\n\nSeite 1 von 4\nNächste Seite")
    assert article.pages_known == 4
    assert article.pages_present == (1,)
    assert article.missing_pages() == [2, 3, 4]


def test_two_files_each_start_a_new_page():
    article = parse(f"{TITLE}\n\n{LEDE}", f"{BODY}\n\n{MORE}")
    assert pages(article) == [1, 1, 2, 2]
    assert article.pages_known == 2 and article.pages_present == (1, 2)


def test_three_files_without_markers():
    article = parse(LEDE, BODY, MORE)
    assert pages(article) == [1, 2, 3]
    assert article.pages_known == 3


def test_second_file_after_a_file_ending_in_markers():
    first = f"{TITLE}\n\n{LEDE}\n\nSeite 1 / 3\n\nNächste Seite\n\n\n"
    article = parse(first, f"{BODY}\n\nSeite 2 / 3", f"{MORE}\n")
    assert pages(article) == [1, 1, 2, 3]
    assert article.pages_known == 3


def test_second_file_with_its_marker_at_the_top():
    article = parse(f"{TITLE}\n\n{LEDE}", f"Page 2 of 2\n\n{BODY}")
    assert pages(article) == [1, 1, 2]


def test_file_paragraphs_of_a_file_ending_in_markers():
    loaded = LoadedText("a.txt", f"{LEDE}\n\n{BODY}\nSeite 1 / 2\nNächste Seite\n\n", "utf-8")
    paragraphs, next_page, known = _file_paragraphs(loaded, 0, 1)
    assert [p.text for p in paragraphs] == [LEDE, BODY]
    assert [p.page for p in paragraphs] == [1, 1]
    assert (next_page, known) == (2, 2)


def test_a_file_of_only_markers_and_navigation_is_refused():
    with pytest.raises(ReaderError, match="no article text") as info:
        parse("Seite 1 / 2\nNächste Seite\n")
    assert info.value.path == "page-1.txt"


def test_a_page_file_of_only_navigation_is_refused_by_name():
    with pytest.raises(ReaderError, match="no article text") as info:
        parse(f"{TITLE}\n\n{LEDE}", "\n« Zurück | Weiter »\n")
    assert info.value.path == "page-2.txt"


def test_no_files_is_refused():
    with pytest.raises(ReaderError):
        parse_texts([])


# canonical text, literal markup, identity ----------------------------------------------------------


def test_canonical_text_is_the_blocks_joined_by_a_blank_line():
    article = parse(f"Energie {TITLE}\n\n{TITLE}\n\n{LEDE}\n\nWas die Gegner sagen\n\n{BODY}")
    assert article.text == f"{TITLE}\n\n{LEDE}\n\nWas die Gegner sagen\n\n{BODY}"
    starts = [b.start for b in article.blocks]
    assert starts == [0, len(TITLE) + 2, len(TITLE) + len(LEDE) + 4, article.text.index(BODY)]
    assert_offsets(article)


def test_offsets_are_code_points_with_emoji_and_combining_text():
    first = "Der Gipfel 🏔️ war schön 👍🏽 – sagt Zoë."
    article = parse(f"{first}\n\n{BODY}")
    assert article.blocks[1].start == len(first) + 2
    assert_offsets(article)


def test_markup_and_ansi_sequences_are_kept_as_literal_text():
    odd = "Er schrieb [bold red]x[/] und [/] sowie [link=http://x]y[/link] und \x1b[31mred\x1b[0m."
    article = parse(f"{TITLE}\n\n{LEDE}\n\n{odd}\n\n{BODY}")
    assert odd in texts(article)
    assert odd in article.text
    assert article.to_json()["blocks"][2]["text"] == odd
    assert_offsets(article)


def test_markup_as_a_whole_paragraph_is_kept():
    article = parse(f"{TITLE}\n\n[/]\n\n[bold]Fett[/bold]\n\n{BODY}")
    assert "[/]" in texts(article) and "[bold]Fett[/bold]" in texts(article)


def test_same_text_gives_the_same_id():
    one = parse(f"{TITLE}\n\n{LEDE}")
    two = parse_texts([LoadedText("elsewhere.txt", f"{TITLE}\n\n{LEDE}\n", "cp1252")])
    assert one.id == two.id
    assert len(one.id) == 64


def test_id_changes_when_the_text_changes():
    assert parse(f"{TITLE}\n\n{LEDE}").id != parse(f"{TITLE}\n\n{LEDE} Nachtrag.").id


def test_id_ignores_wrapping_and_line_ends_that_do_not_change_the_canonical_text():
    assert (
        parse(f"{TITLE}\r\n\r\n{LEDE}").id
        == parse(f"{TITLE}\n\n{LEDE.replace(' ', chr(10), 1)}").id
    )


def test_key_depends_on_the_source_paths_not_the_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(f"{TITLE}\n\n{LEDE}", encoding="utf-8")
    before = parse_files([str(path)])
    path.write_text(f"{TITLE}\n\n{LEDE} Mit einer Korrektur.", encoding="utf-8")
    after = parse_files([str(path)])
    assert after.id != before.id
    assert after.key == before.key
    other = tmp_path / "copy.txt"
    other.write_text(f"{TITLE}\n\n{LEDE} Mit einer Korrektur.", encoding="utf-8")
    copy = parse_files([str(other)])
    assert copy.id == after.id
    assert copy.key != after.key
    both = parse_files([str(path), str(other)])
    assert both.key not in (after.key, copy.key)


# property: offsets are exact and no body text is lost or duplicated ---------------------------------


WORDS = (
    "Musk Zuckerberg OpenAI Milliarden Übernahme öffentlich Gemeinderat Bürgerinitiative Kräne "
    "Straße fließt größer the council said bridge repairs will start commuters delays Tuesday "
    "z. B. Dr. u. a. Mr. U.S. e.g. 97,4 24. Februar 2025 100-Milliarden-Deal „Zitat“ "
    "“quoted” 'single' (Klammer) Ende. Frage? Ausruf! café naïve Zoë 👍🏽 🏔️ 👨\u200d👩\u200d👧 "
    "[bold] [/] [bold red]x[/] [link=http://x]y[/link] \x1b[31mrot\x1b[0m – — … & § % €"
).split()
HYPHENATED = ["KI-Machtkampf", "grant-holders", "long-term", "Meta-CEO", "Tech-Giganten"]
MARKERS = [
    "Seite {k} / {n}",
    "Seite {k} von {n}",
    "Page {k} of {n}",
    "Page {k}/{n}",
    "PAGE {k} OF {n}",
]
NAVIGATION_LINES = [
    "Nächste Seite",
    "Vorherige Seite",
    "Weiter »",
    "« Zurück",
    "Next page",
    "Read more",
]

SITE_LINES = [
    "By Jane Smith, Science Correspondent",
    "Von Anna Müller und Jan Roth, Berlin",
    "Published 12 March 2026",
    "Stand: 12.03.2026 14:05 Uhr",
    "Foto: dpa",
    "Read more: Musk & Zuckerberg",
    "Lesen Sie auch",
    "Sign up for our newsletter",
]

word = st.sampled_from(WORDS + HYPHENATED)
paragraph = st.lists(word, min_size=1, max_size=25)


@st.composite
def render_paragraph(draw, words: list[str], one_line: bool) -> list[str]:
    """Lines of one paragraph: one line, or hard-wrapped, sometimes after a word's own hyphen."""
    if one_line or draw(st.booleans()):
        return [" ".join(words)]
    width = draw(st.integers(min_value=15, max_value=80))
    lines: list[str] = []
    current = ""
    for w in words:
        breaks = [i for i in range(1, len(w) - 1) if w[i] == "-" and w[i - 1].isalpha()]
        if breaks and current and draw(st.booleans()):  # "grant-\nholders", never "100-\nDeal"
            cut = draw(st.sampled_from(breaks)) + 1
            lines.append(f"{current} {w[:cut]}")
            current = w[cut:]
            continue
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        else:
            current = f"{current} {w}" if current else w
    lines.append(current)
    return lines


@st.composite
def scraped_article(draw):
    """(files, body words): a scrape with kicker/title, paragraphs, markers, navigation, wraps."""
    one_line = draw(st.booleans()) and draw(st.booleans())  # a quarter: no blank lines at all
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=8))
    for _ in range(draw(st.integers(0, 2))):  # bylines, dates and asides among the paragraphs
        at = draw(st.integers(0, len(paragraphs)))
        paragraphs.insert(at, draw(st.sampled_from(SITE_LINES)).split())
    title = draw(paragraph.filter(lambda ws: len(ws) <= 12))
    head: list[list[str]] = []
    style = draw(st.sampled_from(["none", "title", "repeated", "kicker", "kicker-line"]))
    kicker = ["Tech", "&", "Trends"]
    if style == "title":
        head = [title]
    elif style == "repeated":
        head = [title, title]
    elif style == "kicker":
        head = [kicker + title, title]
    elif style == "kicker-line":
        head = [kicker, title, title]
    all_paragraphs = head + paragraphs
    body = Counter(w for p in all_paragraphs for w in p)
    n_files = draw(st.integers(min_value=1, max_value=min(3, len(all_paragraphs))))
    cuts = (
        sorted(
            draw(
                st.sets(
                    st.integers(1, len(all_paragraphs) - 1),
                    min_size=n_files - 1,
                    max_size=n_files - 1,
                )
            )
        )
        if n_files > 1
        else []
    )
    bounds = [0, *cuts, len(all_paragraphs)]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    files = []
    site: set[str] = set()  # the marker and navigation lines put in
    for a, b in zip(bounds, bounds[1:], strict=False):
        lines: list[str] = []
        if draw(st.booleans()) and draw(st.booleans()):
            lines += [draw(st.sampled_from(MARKERS)).format(k=1, n=2), ""]
            site.add(lines[-2])
        for p in all_paragraphs[a:b]:
            lines += draw(render_paragraph(p, one_line))
            if not one_line:
                lines += [""] * draw(st.integers(1, 2))
            extra = draw(st.sampled_from(["", "", "", "marker", "nav"]))
            if extra == "marker":
                n = draw(st.integers(1, 4))
                lines.append(draw(st.sampled_from(MARKERS)).format(k=draw(st.integers(1, n)), n=n))
                site.add(lines[-1])
            elif extra == "nav":
                lines.append(draw(st.sampled_from(NAVIGATION_LINES)))
                site.add(lines[-1])
            if extra and not one_line and draw(st.booleans()):
                lines.append("")
        files.append(newline.join(lines))
    return files, body, site


def file_body_words(files: list[str], site: set[str]) -> Counter[str]:
    """Words of the files without their marker and navigation lines, line-end hyphens joined as
    the parser must: "KI-\nMachtkampf" and "long-\nterm" (a prefix) keep the hyphen, "grant-\nholders"
    keeps it only when the article writes "grant-holders" inside a line somewhere, else is one word."""
    unbroken = set(re.findall(r"\S+", "\n".join(files)))

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        keep = right[0].isupper() or left == "long" or f"{left}-{right}" in unbroken
        return f"{left}-{right}" if keep else f"{left}{right}"

    words: Counter[str] = Counter()
    for text in files:
        kept = "\n".join(line for line in text.split("\n") if line.strip() not in site)
        words.update(re.sub(r"([^\W\d_]+)-\r?\n(\w+)", join, kept).split())
    return words


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_article())
def test_offsets_are_exact_and_no_body_text_is_lost_or_duplicated(case):
    files, words, site = case
    body = file_body_words(files, site)  # the model is what the files say
    unhyphenated = Counter(w.replace("-", "") for w in words.elements())
    assert Counter(w.replace("-", "") for w in body.elements()) == unhyphenated
    article = parse(*files)
    assert article.blocks
    assert_offsets(article)
    assert all(
        b.kind in ("title", "lede", "heading", "paragraph")
        or (b.kind == "byline" and is_byline(b.text))  # "24. Februar 2025" alone is a date line
        or (b.kind == "aside" and is_aside(b.text))
        or (b.kind == "item" and re.match(r"(?:[-•*·▪◦–—]|\d{1,2}[.)])\s+\S", b.text))
        for b in article.blocks
    )
    # one title at most, and only the page's furniture (asides) over it
    titles = [i for i, b in enumerate(article.blocks) if b.kind == "title"]
    assert len(titles) <= 1
    assert all(b.kind == "aside" for b in article.blocks[: titles[0] if titles else 0])
    assert all(1 <= b.page <= article.pages_known for b in article.blocks)
    assert list(article.pages_present) == sorted({b.page for b in article.blocks})
    for b in article.blocks:
        assert b.text and b.text == b.text.strip() and "\n" not in b.text
    got = Counter(article.kicker.split() if article.kicker else [])
    for b in article.blocks:
        got.update(b.text.split())
    if got != body:
        # Only a repeated title may have been dropped: once after the first copy (with the
        # punctuation that separated it from an empty kicker, "| Title" then "Title"), and at
        # the top of each later file (a page scrape repeats the page header, the title alone or
        # glued to the kicker, or the kicker line alone, maybe more than once).
        assert article.title
        title = Counter(article.title.split())
        header = title + Counter(article.kicker.split() if article.kicker else [])
        kicker = Counter(article.kicker.split() if article.kicker else [])
        while True:
            if article.kicker and not header - (body - got):
                got.update(header)
            elif not title - (body - got):
                got.update(title)
            elif article.kicker and not kicker - (body - got):
                got.update(kicker)  # a later page's file that starts with the kicker line alone
            else:
                break
        assert not got - body
        assert all(not any(ch.isalnum() for ch in w) for w in body - got)


def test_later_page_files_that_repeat_the_title_header_keep_it_once():
    article = parse(
        f"Energie {TITLE}\n\n{TITLE}\n\n{LEDE}\n\nSeite 1 / 2",
        f"Energie {TITLE}\n\n{TITLE}\n\n{BODY}\n\nSeite 2 / 2",
    )
    assert article.kicker == "Energie"
    assert texts(article) == [TITLE, LEDE, BODY]
    assert pages(article) == [1, 1, 2]
    assert article.text.count(TITLE) == 1


def test_title_quoted_later_in_the_body_is_kept():
    article = parse(
        f"{TITLE}\n\n{TITLE}\n\n{LEDE}\n\n{TITLE}\n\n{BODY}", f"{BODY}\n\n{TITLE}\n\n{MORE}"
    )
    assert texts(article) == [TITLE, LEDE, TITLE, BODY, BODY, TITLE, MORE]


def test_hard_wrapped_run_in_a_file_without_paragraph_blank_lines_is_still_joined():
    # Hypothesis found it: the wrapped paragraph has no long line, so a tool wrapped it, even in
    # a file whose other paragraphs are long lines with no blank line between them.
    long_body = BODY + " " + MORE
    wrapped = "Der Streit um den KI-\nMachtkampf geht weiter."
    article = parse(f"{wrapped}\n\nSeite 1 / 2\n{long_body}\n{long_body}")
    assert texts(article) == ["Der Streit um den KI-Machtkampf geht weiter.", long_body, long_body]
    assert pages(article) == [1, 2, 2]


def test_bulleted_lines_are_list_items_not_one_run_on_paragraph():
    """A scrape's bullet list ("Key points:" and three lines) was joined into one paragraph, so
    "Tuesday night - The borough council, which owns the pier, says" read as one sentence."""
    article = parse(
        f"{TITLE}\n\nKey points:\n\n"
        "- The pier's seaward end was badly damaged on Tuesday night\n"
        "- The borough council, which owns the pier, says it will stay shut\n"
        "- Repairs could cost more than £2m\n\n"
        "Die offizielle Umleitung führt über die B 58.\n"
        "• Lkw aus Richtung Wellerfeld fahren ab der Anschlussstelle Rellingen-Nord über\n"
        "Kornheide.\n"
        "• Linienbusse dürfen die Brücke weiter nutzen.\n\n"
        f"{BODY}"
    )
    assert kinds(article) == [
        "title",
        "lede",
        "item",
        "item",
        "item",
        "paragraph",
        "item",
        "item",
        "paragraph",
    ]
    assert texts(article)[2] == "- The pier's seaward end was badly damaged on Tuesday night"
    assert texts(article)[6] == (  # a wrapped item goes on on its next line
        "• Lkw aus Richtung Wellerfeld fahren ab der Anschlussstelle Rellingen-Nord über Kornheide."
    )


def test_a_dash_at_a_wrapped_line_start_is_no_list():
    """One dash, or dashes that continue a sentence across wrapped lines, make no list."""
    one = parse(f"{TITLE}\n\nDer Rat stimmte zu\n- und zwar einstimmig.\n\n{BODY}")
    assert "item" not in kinds(one)
    wrapped = parse(
        f"{TITLE}\n\nDer Rat stimmte nach langer Debatte zu\n– und zwar einstimmig, wie\n"
        f"der Vorsitzende betonte, der schon\n– wie immer – zufrieden war.\n\n{BODY}"
    )
    assert "item" not in kinds(wrapped)


def test_a_shouted_overline_over_the_headline_is_its_kicker():
    """A tabloid's Dachzeile in capitals over the headline was the title, and the headline a
    heading under it."""
    article = parse(
        "HERBSTKIRMES IN BRAKELSIEK\n\nGondel reißt ab! Vier Verletzte bei Karussell-Unfall\n\n"
        f"{LEDE}\n\n{BODY}"
    )
    assert article.kicker == "HERBSTKIRMES IN BRAKELSIEK"
    assert article.title == "Gondel reißt ab! Vier Verletzte bei Karussell-Unfall"
    shouted_both = parse(
        f"MINISTER QUITS AT DAWN\n\nCABINET IN CRISIS AFTER VOTE\n\n{LEDE}\n\n{BODY}"
    )
    assert shouted_both.title == "MINISTER QUITS AT DAWN"  # two shouted lines: the first leads


def test_wrapped_numbered_and_spaced_list_items():
    """Found by a fresh-eyes review: an item's short last wrapped line split off as a paragraph;
    items with a blank line between them were headings; numbered items were one paragraph."""
    wrapped = parse(
        f"{TITLE}\n\nThe plan includes:\n"
        "* new funding for road repairs, which councillors said\n"
        "  had been delayed for more than three years\n"
        "* cuts to library opening hours\n\n"
        f"{BODY}"
    )
    assert texts(wrapped)[2] == (
        "* new funding for road repairs, which councillors said had been delayed for more "
        "than three years"
    )
    assert kinds(wrapped)[2:5] == ["item", "item", "paragraph"]
    apart = parse(f"{TITLE}\n\nThe plan includes:\n\n- a 4.5% rise\n\n- new funding\n\n{BODY}")
    assert kinds(apart) == ["title", "lede", "item", "item", "paragraph"]
    numbered = parse(
        f"{TITLE}\n\nThree causes:\n1. Inflation data came in high.\n2. Retail sales were weak."
        f"\n\n{BODY}"
    )
    assert kinds(numbered) == ["title", "lede", "item", "item", "paragraph"]
    # a date wrapped to a line start is no numbered list
    dates = parse(
        f"{TITLE}\n\nEr kam am\n3. Oktober zurück und sagte\n12. Mal sei zu viel.\n\n{BODY}"
    )
    assert "item" not in kinds(dates)


def test_kicker_glued_before_a_title_repeated_on_the_next_line_without_a_blank():
    """The teaser line and the title it repeats on the very next line were joined into one
    doubled title (fresh-eyes review); with a blank line between them they always worked."""
    article = parse(f"Tech & Trends {TITLE}\n{TITLE}\n\n{LEDE}\n\n{BODY}")
    assert article.kicker == "Tech & Trends"
    assert article.title == TITLE
    assert texts(article)[:2] == [TITLE, LEDE]
