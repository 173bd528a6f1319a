"""Where panes break (issue 9): whole sentences, no widows or orphans, never mixed pages.

The pane sizes the app gets come from the UI (the terminal minus header, status, footer, gutter and
padding): 80x24 gives a 76x20 pane, 120x40 a 76x36 one; the Pilot tests check that derivation and
what the reader then sees, the property tests check the rules at every size on every sample.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLE_ARTICLES, SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from uihelpers import make_app
from uihelpers import text_lines as shown_rows

from reader.core.article import Article
from reader.core.loading import LoadedText, normalise
from reader.core.pagination import Line, Pagination, Pane, wrap_block
from reader.core.parsing import parse_files, parse_texts
from reader.core.reading import Reading

LANGS = {"seed": "de", "moorfeld": "de", "harbour": "en", "glasshouse": "en"}
ARTICLES = {
    name: parse_files([str(f) for f in files], lang=LANGS[name])
    for name, files in SAMPLE_ARTICLES.items()
}


def all_panes(article: Article, width: int, height: int) -> list[Pane]:
    pagination = Pagination(article, width, height)
    pagination.count()
    return pagination.panes


def text_lines(pane: Pane) -> list[Line]:
    return [ln for ln in pane.lines if ln.kind != "blank"]


def sentence_lines(article: Article, line: Line, width: int) -> tuple[int, int, int]:
    """(sentence start, index of its first wrapped line, number of wrapped lines) for the
    sentence holding the start of `line`."""
    sentence = article.sentence_at(line.start)
    block = article.blocks[line.block]
    wrapped = wrap_block(block.text, block.start, width)
    first = max(i for i, (s, _) in enumerate(wrapped) if s <= sentence.start)
    last = min(i for i, (_, e) in enumerate(wrapped) if e >= sentence.end)
    return sentence.start, first, last - first + 1


def page_stream(article: Article, page: int, width: int) -> list[Line]:
    """The lines of one source page as panes are cut from: blocks wrapped, a blank between."""
    stream: list[Line] = []
    for i, b in enumerate(article.blocks):
        if b.page == page:
            if stream:
                stream.append(Line(b.start, b.start, -1, "blank"))
            stream += [Line(s, e, i, b.kind) for s, e in wrap_block(b.text, b.start, width)]
    return stream


def last_line_starts_a_fitting_sentence(article, stream, c, width, height) -> bool:
    """Whether a pane ending before stream[c] ends on the first line of a sentence that goes on
    past the cut and would fit on one pane."""
    last, first = stream[c - 1], stream[c]
    if last.kind == "blank" or first.kind == "blank" or last.block != first.block:
        return False
    start, _, span = sentence_lines(article, first, width)
    return last.start <= start < first.start and span <= height


def fine_cut_exists(article, stream, p, width, height) -> bool:
    """Brute force: could a pane starting at stream[p] end at least half full with no heading at
    its bottom, no widow or orphan, and no sentence begun on its last line split?"""
    rest = stream[p:]
    for c in range((height + 1) // 2, min(height, len(rest) - 1) + 1):
        texts = [ln for ln in rest[:c] if ln.kind != "blank"]
        if texts[-1].kind in ("title", "heading"):
            continue
        a, b = rest[c - 1], rest[c]
        if a.kind != "blank" and b.kind != "blank" and a.block == b.block:
            if c < 2 or rest[c - 2].block != a.block:
                continue
            if c + 1 >= len(rest) or rest[c + 1].block != b.block:
                continue
        if not last_line_starts_a_fitting_sentence(article, rest, c, width, height):
            return True
    return False


def problems(article: Article, width: int, height: int) -> list[str]:
    """Every broken rule, named, for all panes of `article` at one size."""
    panes = all_panes(article, width, height)
    found = []
    # tiling: every wrapped line of the article in exactly one pane, in order
    expected = [(s, e) for b in article.blocks for s, e in wrap_block(b.text, b.start, width)]
    shown = [(ln.start, ln.end) for p in panes for ln in text_lines(p)]
    if shown != expected:
        found.append("the panes do not tile the article's lines")
    for pane in panes:
        if len(pane.lines) > height:
            found.append(f"pane {pane.index} is higher than {height}")
        if {article.blocks[ln.block].page for ln in text_lines(pane)} != {pane.page}:
            found.append(f"pane {pane.index} mixes source pages")
    for a, b in zip(panes, panes[1:], strict=False):
        if a.page != b.page:
            continue
        last, first = text_lines(a)[-1], text_lines(b)[0]
        if last.kind in ("title", "heading"):
            found.append(f"pane {a.index} ends with a heading")
        if last.block != first.block:
            continue
        on_a = sum(ln.block == last.block for ln in a.lines)
        on_b = sum(ln.block == first.block for ln in b.lines)
        if on_a < 2:
            found.append(f"pane {a.index} ends with the first line of a paragraph")
        if on_b < 2:
            found.append(f"pane {b.index} starts with the last line of a paragraph")
        stream = page_stream(article, a.page, width)
        p = stream.index(text_lines(a)[0])
        c = stream.index(first)
        if last_line_starts_a_fitting_sentence(article, stream, c, width, height):
            # allowed only where every other cut is worse: less than half a pane, or a broken rule
            if fine_cut_exists(article, stream, p, width, height):
                found.append(f"pane {a.index}'s last line begins a sentence that fits on the next")
    return found


# what the reader sees at 80x24 and 120x40 ------------------------------------------------------


async def test_pane_sizes_the_app_gets(private_database):
    for terminal, pane in (((80, 24), (76, 20)), ((120, 40), (76, 36))):
        app = make_app([SEED], private_database)
        async with app.run_test(size=terminal) as pilot:
            await pilot.pause()
            pagination = app.reader_screen.state.reading.pagination
            assert (pagination.width, pagination.height) == pane


async def test_at_80x24_every_sentence_begun_on_a_pane_is_seen_whole(private_database):
    """Walking the sentences of the seed with j: while the pane stays, the cursor sentence is
    entirely on it (before, the first pane ended on "Laut „t3n“ sprach" and 2 tagged it)."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reading = app.reader_screen.state.reading
        for _ in range(len(reading.article.sentences)):
            pane, cursor = reading.pane, reading.cursor
            assert pane.start <= cursor.start and cursor.end <= pane.end, reading.article.text[
                cursor.start : cursor.end
            ]
            await pilot.press("j")
        assert problems(reading.article, 76, 20) == []


async def test_at_120x40_no_pane_holds_a_paragraphs_last_word_alone(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.reader_screen
        pane_view = screen.query_one("#pane")
        firsts = []
        while True:
            firsts.append(shown_rows(pane_view)[0])
            before = screen.state.reading.pane.index
            await pilot.press("space")
            if screen.state.reading.pane.index == before:
                break
        assert "lancierte." not in firsts
        assert problems(screen.state.article, 76, 36) == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("size", [(76, 20), (76, 36), (36, 8), (76, 46)])
def test_rules_hold_on_the_samples_at_the_apps_pane_sizes(name, size):
    assert problems(ARTICLES[name], *size) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(ARTICLES)),
    width=st.integers(min_value=20, max_value=120),
    height=st.integers(min_value=8, max_value=60),  # 8: the pane of a 40x12 terminal
)
def test_rules_hold_on_the_samples_at_any_size(name, width, height):
    assert problems(ARTICLES[name], width, height) == []


# limits ---------------------------------------------------------------------------------------


def parse(text: str, lang: str = "en") -> Article:
    return parse_texts([LoadedText("a.txt", normalise(text), "utf-8")], lang=lang)


def test_long_sentences_never_leave_a_pane_less_than_half_full():
    # each sentence wraps to about six lines at width 40: moving one whole would empty a pane
    sentence = (
        "The council said that the repairs to the bridge, which carries about forty thousand "
        "vehicles a day between the old town and the port, would start in November."
    )
    article = parse(" ".join([sentence] * 40))
    panes = all_panes(article, 40, 10)
    assert len(panes) > 10
    assert all(len(p.lines) >= 5 for p in panes[:-1])
    assert problems(article, 40, 10) == []


def test_a_sentence_longer_than_a_pane_is_split_where_the_pane_is_full():
    sentence = " ".join(["word"] * 200) + "."
    panes = all_panes(parse(f"{sentence} {sentence}"), 40, 8)
    assert all(len(p.lines) == 8 for p in panes[:-1])


def test_a_paragraph_longer_than_a_pane_keeps_two_lines_on_each_side():
    paragraph = " ".join(f"Sentence number {i} is short." for i in range(60))
    article = parse(f"A title\n\n{paragraph}\n\n{paragraph}")
    for height in range(6, 30):
        assert problems(article, 30, height) == [], height


def test_panes_never_mix_source_pages_even_when_the_rules_would_prefer_it():
    first = " ".join(["One sentence on the first page."] * 9)
    second = " ".join(["Another on the second page."] * 9)
    article = parse(f"{first}\n\nPage 1 of 2\n\n{second}")
    for height in range(6, 20):
        panes = all_panes(article, 30, height)
        assert all(
            {article.blocks[ln.block].page for ln in text_lines(p)} == {p.page} for p in panes
        )
        assert problems(article, 30, height) == []


def test_the_first_pane_of_a_long_article_is_cut_without_laying_out_the_rest():
    paragraph = " ".join(["Ein Satz über den Windpark im Moorfelder Land."] * 8)
    article = parse("\n\n".join([paragraph] * 3000), lang="de")
    pagination = Pagination(article, 76, 20)
    assert pagination.pane(0).lines
    assert not pagination.complete
    assert pagination.panes_in_page(1) is None


# the reading cursor still follows the panes ------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("size", [(76, 20), (76, 36), (36, 8)])
def test_paging_puts_the_cursor_on_the_first_sentence_that_starts_on_the_pane(name, size):
    article = ARTICLES[name]
    reading = Reading(article, *size)

    def first_sentence_on(pane: Pane):
        first = article.sentence_at(pane.start)
        after = article.sentence_after(first) if first.start < pane.start else None
        return after if after is not None and after.start < pane.end else first

    while reading.next_pane():
        assert reading.cursor == first_sentence_on(reading.pane)
        assert reading.cursor.start < reading.pane.end and reading.cursor.end > reading.pane.start
    while reading.previous_pane():  # a cursor sentence that starts on the pane stays
        pane, cursor = reading.pane, reading.cursor
        assert pane.start <= cursor.start < pane.end
