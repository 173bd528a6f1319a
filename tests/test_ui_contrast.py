"""Every text the reader draws is readable in every theme Textual ships: WCAG AA, 4.5:1.

The screen is rendered for real (Textual's own render of each widget), with one passage of every
kind the reader styles on it: title, lede, heading, blockquote, list item, dimmed byline and aside,
each tag, each suggestion, the cursor, a selection, search matches, the missing-page notice, the
margin letters, the header and status bars. Every visible character's colours are measured; ANSI
colours are measured as Textual's reference palette for the theme renders them.
"""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from textual.app import App
from textual.color import Color
from textual.geometry import Region

from reader.core.article import BLOCK_SEPARATOR, Article, Block
from reader.core.reader_state import ReaderState
from reader.core.store import Store
from reader.core.suggest.engine import Analysis, Suggestion
from reader.ui.app import ReaderApp
from reader.ui.theme import AA, contrast

THEMES = sorted(App().available_themes)
KINDS = [
    ("title", "A headline that names the event"),
    ("byline", "By Jane Reporter, Science Correspondent"),
    ("lede", "The lede says what happened. It has a second sentence."),
    ("heading", "A subheading"),
    ("paragraph", "A claim is made here. A quote is here. Perhaps this is speculation."),
    ("blockquote", "A quoted block of text from a web page."),
    ("item", "A list item with some words"),
    ("aside", "Read more: another story entirely"),
    ("paragraph", "Suggested claim here. Suggested quote here. Suggested hedge here. Musk."),
]


def article_with_every_kind() -> Article:
    blocks, offset = [], 0
    for kind, text in KINDS:
        blocks.append(Block(kind, 1, offset, offset + len(text), text))
        offset += len(text) + len(BLOCK_SEPARATOR)
    return Article(
        blocks=blocks, kicker="Kicker", sources=["every-kind.txt"], pages_known=2,
        pages_present=[1], lang="en", lang_probability=1.0,
    )  # fmt: skip


def find(article: Article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def rgb(color: RichColor | None, app: App, foreground: bool) -> Color:
    if color is None:
        color = RichColor.default()
    r, g, b = color.get_truecolor(app.ansi_theme, foreground=foreground)
    return Color(r, g, b)


def low_contrast(app: App, widget) -> list[str]:
    """Every visible character of `widget` whose colours are below AA, described."""
    size = widget.outer_size
    problems = []
    for y, strip in enumerate(widget.render_lines(Region(0, 0, size.width, size.height))):
        for segment in strip:
            text, style = segment.text, segment.style
            if not text.strip() or style is None:
                continue
            fg, bg = rgb(style.color, app, True), rgb(style.bgcolor, app, False)
            if style.reverse:
                fg, bg = bg, fg
            ratio = contrast(fg, bg)
            if ratio < AA:
                problems.append(f"{widget.id} row {y} {text.strip()[:20]!r}: {ratio:.2f}:1")
    return problems


@pytest.fixture
def state(tmp_path):
    article = article_with_every_kind()
    store = Store(tmp_path / "db.json")
    state = ReaderState(article, store, width=60, height=30)
    session = state.session
    for tag, phrase in (
        ("claim", "A claim is made here."),
        ("quote", "A quote is here."),
        ("speculation", "Perhaps this is speculation."),
    ):
        session.add(tag, *find(article, phrase))
    suggestions = []
    for tag, phrase in (
        ("claim", "Suggested claim here."),
        ("quote", "Suggested quote here."),
        ("speculation", "Suggested hedge here."),
    ):
        start, end = find(article, phrase)
        suggestions.append(
            Suggestion(tag, f"en.{tag}.test", start, end, phrase, None, start, end, "test")
        )
    state.suggestions_ready(article, Analysis(tuple(suggestions), ()))
    yield state
    store.close()


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_the_reader_draws_reaches_aa_contrast(theme, state):
    app = ReaderApp(state, width=60)
    async with app.run_test(size=(100, 40)) as pilot:
        app.theme = theme
        await pilot.pause()
        screen = app.reader_screen
        problems: list[str] = []
        # a search with two matches (the current one and another), the cursor elsewhere
        state.search("here")
        state.move_to(find(state.article, "The lede says")[0])
        screen.redraw()
        await pilot.pause()
        for name in ("#pane", "#header", "#status"):
            problems += low_contrast(app, screen.query_one(name))
        # a selection instead of the cursor
        state.select()
        screen.redraw()
        await pilot.pause()
        problems += low_contrast(app, screen.query_one("#pane"))
        assert not problems, f"{theme}: " + "; ".join(problems[:12])


async def test_the_check_catches_unreadable_text(state):
    """The measurement is real: grey on grey fails it."""
    app = ReaderApp(state, width=60)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        pane = app.reader_screen.query_one("#pane")
        pane.styles.color = "#777777"
        pane.styles.background = "#666666"
        pane.notify_style_update()
        pane.refresh()
        await pilot.pause()
        assert low_contrast(app, pane)


async def test_the_theme_is_remembered_across_restarts(tmp_path, monkeypatch, private_database):
    from conftest import SEED
    from uihelpers import make_app

    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "cfg"))
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "solarized-light"
        await pilot.pause()
    again = make_app([SEED], private_database)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "solarized-light"
