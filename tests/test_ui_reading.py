"""The reading UI, driven as a user would: key presses, then what the screen shows."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SAMPLE_ARTICLES, SEED
from uihelpers import make_app, screen_lines, status, styles_at, text_lines

from reader.core.display import visible
from reader.core.pagination import wrap_block
from reader.core.store import Store

SIZES = [(40, 12), (80, 24), (160, 50)]


def pane_text_lines(article, pane, width):
    """What a pane must show: each line's text, wrapped as the core wrapped it."""
    rows = [visible(article.text[ln.start : ln.end]) for ln in pane.lines]
    if pane.notice:
        rows += ["", pane.notice]
    return rows


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", sorted(SAMPLE_ARTICLES))
async def test_walk_every_pane(name, size, private_database):
    files = SAMPLE_ARTICLES[name]
    lang = "de" if name in ("seed", "moorfeld") else "en"
    app = make_app(files, private_database, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.reader_screen
        article = screen.state.article
        pane_view = screen.query_one("#pane")
        seen = []
        while True:
            reading = screen.state.reading
            pane = reading.pane
            seen.append(pane)
            # what the screen shows is the pane's range, wrapped
            shown = text_lines(pane_view)
            expected = pane_text_lines(article, pane, pane_view.content_size.width)
            assert shown[: len(expected)] == [row.rstrip() for row in expected]
            assert all(not row for row in shown[len(expected) :])
            assert len(expected) <= pane_view.content_size.height
            # a pane never mixes source pages
            pages = {article.blocks[ln.block].page for ln in pane.lines if ln.block >= 0}
            assert pages == {pane.page}
            # the status line names the right source page and pane
            count = reading.pagination.panes_in_page(pane.page)
            line = status(app)
            assert article.page_label(pane.page) in line
            assert f"{article.page_label(pane.page)} · {pane.index_in_page + 1}/{count} · " in line
            before = pane.index
            await pilot.press("space")
            if screen.state.reading.pane.index == before:
                break
        # the panes tile the canonical text in order: no gap but whitespace, no overlap
        text = article.text
        assert seen[0].start == 0
        assert seen[-1].end == len(text)
        for a, b in zip(seen, seen[1:], strict=False):
            assert b.index == a.index + 1
            assert a.end <= b.start
            assert text[a.end : b.start].strip() == ""
        if name == "seed":  # the missing page is said plainly, not pretended away
            assert seen[-1].notice == "Seite 2 / 2 is not in this file"
            assert "Seite 2 / 2 is not in this file" in "\n".join(text_lines(pane_view))
            assert "Seite 2 / 2 is not in this file" in status(app)


async def test_wrapping_matches_what_textual_would_fit(private_database):
    """Every wrapped line fits its column: no line is wider than the pane."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        pane_view = app.reader_screen.query_one("#pane")
        width = pane_view.content_size.width
        article = app.reader_screen.state.article
        for block in article.blocks:
            for s, e in wrap_block(block.text, block.start, width):
                assert len(article.text[s:e]) <= width


async def test_heading_never_alone_at_the_bottom(private_database):
    for size in [(40, 12), (50, 14), (60, 18), (80, 24)]:
        app = make_app([SEED], private_database)
        async with app.run_test(size=size):
            pagination = app.reader_screen.state.reading.pagination
            pagination.count()
            for pane in pagination.panes:
                last = [ln for ln in pane.lines if ln.kind != "blank"][-1]
                assert last.kind not in ("heading", "title") or len(pane.lines) <= 2


async def test_cursor_moves_by_sentence_and_turns_the_pane(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = app.reader_screen
        article = screen.state.article
        visited = [screen.state.reading.cursor]
        for _ in range(len(article.sentences) + 2):
            await pilot.press("j")
            cursor = screen.state.reading.cursor
            pane = screen.state.reading.pane
            assert pane.start <= cursor.start < pane.end  # the cursor is always on screen
            if cursor != visited[-1]:
                visited.append(cursor)
        assert visited == article.sentences
        await pilot.press("k")
        assert screen.state.reading.cursor == article.sentences[-2]
        await pilot.press("g")
        assert screen.state.reading.pane.index == 0
        await pilot.press("G")
        assert screen.state.reading.pane.index == screen.state.reading.pagination.count() - 1


async def test_cursor_is_shown_without_colour(private_database):
    """The cursor sentence is drawn reverse (a cue that survives NO_COLOR)."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        pane_view = app.reader_screen.query_one("#pane")
        cursor = app.reader_screen.state.reading.cursor
        styles = styles_at(pane_view, cursor.start + 1)
        assert any(getattr(s, "reverse", False) for s in styles)


@pytest.mark.parametrize("new_size", [(40, 12), (160, 50), (55, 17)])
async def test_resize_keeps_the_cursor_sentence_on_screen(new_size, private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(9):
            await pilot.press("j")
        screen = app.reader_screen
        cursor = screen.state.reading.cursor
        await pilot.resize_terminal(*new_size)
        await pilot.pause()
        await pilot.pause()
        pane = screen.state.reading.pane
        assert screen.state.reading.cursor == cursor
        from reader.ui.pane import MARGIN

        pane_width = screen.query_one("#pane").content_size.width - MARGIN
        assert screen.state.reading.pagination.width == pane_width
        assert pane.start <= cursor.start < pane.end
        first_words = " ".join(screen.state.article.text[cursor.start : cursor.end].split()[:2])
        shown = " ".join(" ".join(text_lines(screen.query_one("#pane"))).split())
        assert first_words in shown


async def test_reopening_restores_the_position(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(60, 18)) as pilot:
        for _ in range(12):
            await pilot.press("j")
        offset = app.reader_screen.state.reading.cursor.start
        await pilot.press("q")
    assert offset > 0
    again = make_app([SEED], private_database)
    async with again.run_test(size=(60, 18)) as pilot:
        await pilot.pause()
        assert again.reader_screen.state.reading.cursor.start == offset
        pane = again.reader_screen.state.reading.pane
        assert pane.start <= offset < pane.end


async def test_position_is_saved_on_quit_not_on_every_key(private_database, monkeypatch):
    import reader.ui.reading_screen as app_module

    monkeypatch.setattr(app_module, "SAVE_DELAY", 60.0)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(60, 18)) as pilot:
        store = app.reader_screen.state.store
        calls = []
        original = store.save_position
        monkeypatch.setattr(store, "save_position", lambda *a: (calls.append(a), original(*a)))
        for _ in range(5):
            await pilot.press("j")
        assert calls == []  # not on every key press
        offset = app.reader_screen.state.reading.cursor.start
        await pilot.press("q")
    assert [c[2] for c in calls] == [offset]


async def test_position_is_saved_when_it_settles(private_database, monkeypatch):
    import reader.ui.reading_screen as app_module

    monkeypatch.setattr(app_module, "SAVE_DELAY", 0.05)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.press("j", "j")
        await pilot.pause(0.5)
        offset = app.reader_screen.state.reading.cursor.start
        with Store(private_database) as other:  # another process would see it now
            assert other.position(app.reader_screen.state.article.key)["offset"] == offset


async def test_search_finds_a_phrase_wrapped_over_two_lines(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = app.reader_screen
        article = screen.state.article
        pagination = screen.state.reading.pagination
        pagination.count()
        # find two screen lines of one paragraph: the last word of one and the first of the next
        for pane in pagination.panes[1:]:
            rows = [ln for ln in pane.lines if ln.kind == "paragraph"]
            pairs = [(a, b) for a, b in zip(rows, rows[1:], strict=False) if a.block == b.block]
            if pairs:
                a, b = pairs[0]
                phrase = (
                    article.text[a.start : a.end].split()[-1]
                    + " "
                    + article.text[b.start : b.end].split()[0]
                )
                break
        query = phrase.upper()  # case-insensitive
        await pilot.press("slash")
        await pilot.press(*list(query))
        await pilot.press("enter")
        await pilot.pause()
        reading = screen.state.reading
        assert reading.matches, f"no match for {query!r}"
        start, end = reading.matches[reading.match_index]
        assert article.text[start:end].replace("\n", " ").casefold() == phrase.casefold()
        assert reading.pane.start <= start < reading.pane.end
        assert "match" in status(app)


async def test_search_ignores_accents_and_n_cycles(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *list("kafigkampf"), "enter")
        reading = app.reader_screen.state.reading
        assert len(reading.matches) == 2
        first = reading.match_index
        await pilot.press("n")
        assert reading.match_index == (first + 1) % 2
        await pilot.press("N")
        assert reading.match_index == first
        text = app.reader_screen.state.article.text
        assert all(text[s:e] == "Käfigkampf" for s, e in reading.matches)


async def test_source_pages_with_brackets(private_database):
    files = SAMPLE_ARTICLES["moorfeld"]
    app = make_app(files, private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.reader_screen
        assert screen.state.reading.pane.page == 1
        await pilot.press("right_square_bracket")
        assert screen.state.reading.pane.page == 2
        assert screen.state.reading.pane.index_in_page == 0
        assert "Seite 2 / 2" in status(app)
        await pilot.press("left_square_bracket")
        assert screen.state.reading.pane.page == 1


async def test_english_page_label_and_missing_page_message(private_database, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "A headline about nothing\n\n"
        + "\n\n".join(["Some sentence here. " * 12] * 3)
        + "\n\nPage 1 of 3\nNext page\n",
        encoding="utf-8",
    )
    app = make_app([article], private_database, lang="en")
    async with app.run_test(size=(60, 18)) as pilot:
        assert "Page 1 of 3" in status(app)
        await pilot.press("G")
        await pilot.press("right_square_bracket")
        assert "Page 2 of 3 is not in this file" in status(app)


async def test_markup_in_the_title_shows_literally(private_database, tmp_path):
    article = tmp_path / "markup.txt"
    title = "[bold red]x[/] and [link=http://evil]y[/link] \x1b[31mred\x1b[0m"
    article.write_text(
        f"{title}\n\nThe first paragraph [b]is[/b] plain text. It has two sentences.\n",
        encoding="utf-8",
    )
    app = make_app([article], private_database, lang="en")
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        shown = "\n".join(text_lines(app.reader_screen.query_one("#pane")))
        assert "[bold red]x[/] and [link=http://evil]y[/link]" in shown
        assert "[b]is[/b]" in shown
        assert "\x1b" not in shown and "␛[31mred␛[0m" in shown
        assert "[bold red]x[/]" in " ".join(screen_lines(app.reader_screen.query_one("#header")))


async def test_help_lists_every_binding_and_palette_has_every_action(private_database):
    from reader.ui.bindings import binding_rows
    from reader.ui.reading_screen import ReaderScreen

    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 40)) as pilot:
        rows = binding_rows(app.reader_screen)
        descriptions = {d for _, d, _, _ in rows}
        for binding in ReaderScreen.BINDINGS:
            assert binding.id, binding
            assert (binding.tooltip or binding.description) in descriptions
        titles = {c.title for c in app.get_system_commands(app.reader_screen)}
        assert {b.tooltip or b.description for b in ReaderScreen.BINDINGS} <= titles
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape")
        assert app.screen is app.reader_screen


async def test_keys_can_be_remapped_by_binding_id(private_database, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text('{"next-sentence": "l"}', encoding="utf-8")
    monkeypatch.setenv("READER_KEYMAP", str(keymap))
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        first = app.reader_screen.state.reading.cursor
        await pilot.press("l")
        assert app.reader_screen.state.reading.cursor != first


async def test_language_is_confirmed_in_the_background(private_database):
    app = make_app([SEED], private_database, lang=None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.reader_screen
        assert screen.state.article.lang == "de"  # the provisional guess paints the first pane
        await pilot.pause()  # detection starts once the first pane is painted
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.state.store.cached_language(screen.state.article.id)[0] == "de"
        assert " ".join(screen_lines(screen.query_one("#header"))).startswith(" de · Tech & Trends")


def app_with_keymap(text: str, database, tmp_path, monkeypatch):
    """The app with `text` as its keymap.json, and the list of what it notifies."""
    keymap = tmp_path / "keymap.json"
    keymap.write_text(text, encoding="utf-8")
    monkeypatch.setenv("READER_KEYMAP", str(keymap))
    app = make_app([SEED], database)
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
    return app, told


async def test_a_broken_keymap_is_reported_and_the_defaults_stay(
    private_database, tmp_path, monkeypatch
):
    app, told = app_with_keymap(
        '{"next-sentence": "l", "no-such-binding": "x"', private_database, tmp_path, monkeypatch
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = app.reader_screen.state.reading.cursor
        await pilot.press("j")  # the default key still works
        assert app.reader_screen.state.reading.cursor != first
        assert any("keymap.json: not read" in m for m in told)


async def test_a_keymap_giving_one_key_two_meanings_or_naming_no_key_is_not_used(
    private_database, tmp_path, monkeypatch
):
    """Adversarial review: {"quit": "j", "next-sentence": "j"} was taken without a word (and q
    no longer quit), and a key named "[bold]x[/]" made the Claim key vanish from the footer."""
    app, told = app_with_keymap(
        '{"quit": "j", "next-sentence": "j", "tag-claim": "[bold]x[/]", "help": "f2"}',
        private_database,
        tmp_path,
        monkeypatch,
    )
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        said = " ".join(told)
        assert "j would be both" in said and "is no key name" in said, told
        first = app.reader_screen.state.reading.cursor
        await pilot.press("j")  # still the next sentence, and the app still runs
        assert app.reader_screen.state.reading.cursor != first and app.return_code is None
        await pilot.press("1")  # the claim key kept its own key
        assert len(app.reader_screen.state.session) == 1
        await pilot.press("f2")  # the sound entry is used
        await pilot.pause()
        assert app.screen is not app.reader_screen  # the help


async def test_a_broken_settings_file_is_reported_when_the_app_starts(
    private_database, tmp_path, monkeypatch
):
    """A new user's hand-edited settings.json with a missing brace: its theme was silently not
    used, a theme picked was silently not saved, and the problem showed first under "Rating
    scale" when V was pressed. Now it is said as the app starts (the file left as it was)."""
    folder = tmp_path / "config"
    folder.mkdir()
    broken = '{"theme": "nord", "author": "[bold]Ann[/]"'
    (folder / "settings.json").write_text(broken, encoding="utf-8")
    app = make_app([SEED], private_database)
    told = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: told.append((message, kw)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "gruvbox"  # not saved over the file it could not read
    said = [(m, kw) for m, kw in told if kw.get("title") == "Settings"]
    assert len(said) == 1 and said[0][0].startswith(f"{folder / 'settings.json'}: not read")
    assert said[0][1]["markup"] is False  # a path is data, never markup
    assert (folder / "settings.json").read_text(encoding="utf-8") == broken


async def test_the_footer_arrives_after_the_first_pane_and_shows_the_main_keys(private_database):
    from textual.widgets import Footer

    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        footer = app.reader_screen.query_one(Footer)
        shown = {getattr(key, "description", "") for key in footer.walk_children()}
        assert {"Help", "Pane", "Claim"} <= shown
        assert not shown & {
            "Accept suggestion",
            "Next match / reject suggestion",
            "Previous suggestion",
        }


async def test_a_missing_first_page_is_said_at_the_start(private_database):
    from conftest import SAMPLES

    app = make_app([SAMPLES / "moorfeld-windpark-2.txt"], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Seite 1 / 2 is not in this file" in status(app)
        await pilot.press("j", "b")
        assert status(app).startswith(" Seite 1 / 2 is not in this file")


async def test_help_shows_binding_ids(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = " ".join(screen_lines(app.screen.query_one("#help-text")))
        for binding_id in ("next-sentence", "tag-claim", "reject-suggestion", "toggle-panel"):
            assert binding_id in text


async def test_help_in_a_narrow_terminal_puts_each_key_beside_what_it_does(private_database):
    """At 50x14 the three columns do not fit: the ids go (the footnote says where they are),
    so no description wraps under its key, and the box takes the terminal's width."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        lines = screen_lines(app.screen.query_one("#help-text"))
        assert any(line.startswith("space, pgdn, →  Next pane") for line in lines), lines
        assert not any("next-pane" in line for line in lines), lines
        assert app.screen.query_one("#help-box").size.width >= 44  # 80% was 40 columns


@pytest.mark.parametrize("size", [(80, 24), (50, 14), (120, 40)])
async def test_no_help_row_wraps_again_beside_the_scrollbar(private_database, size):
    """The help wraps each description under itself; at 80x24 its rows were cut for the box's
    full width, and Textual wrapped them again beside the scrollbar, leaving "keep" and "the"
    at the left edge, under the keys (fresh-eyes review). Every row shown is a row written."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = app.screen.query_one("#help-text")
        written = str(help_text.visual).split("\n")
        rows = written[: written.index("", 2)]  # the key rows (the footnotes are prose)
        assert [line.rstrip() for line in rows] == screen_lines(help_text)[: len(rows)]


async def test_the_palette_shows_the_keys_in_effect_after_a_remap(
    private_database, tmp_path, monkeypatch
):
    keymap = tmp_path / "keymap.json"
    keymap.write_text('{"next-sentence": "l"}', encoding="utf-8")
    monkeypatch.setenv("READER_KEYMAP", str(keymap))
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.reader_screen)}
        assert "key: l" in commands["Next sentence"]
        assert "j" not in commands["Next sentence"].split("·")[0]


def test_the_selection_hint_names_the_keys_that_do_it():
    """New-user review: the hint said "w/b words", but b turns to the previous pane."""
    from reader.core.reader_state import ReaderState
    from reader.ui.bindings import READER_BINDINGS

    keys = {b.id: set(b.key.split(",")) for b in READER_BINDINGS}
    state = ReaderState.__new__(ReaderState)  # only its message is read

    class Reading:
        selection = None

        def start_selection(self):
            pass

    state.reading = Reading()
    state.select()
    hint = state.message
    for pair, forward, back in [("j/k", "next-sentence", "previous-sentence"),
                                ("w/W", "select-word-forward", "select-word-back")]:  # fmt: skip
        assert pair in hint
        first, second = pair.split("/")
        assert first in keys[forward] and second in keys[back], (pair, keys[forward], keys[back])
    assert "o" in keys["swap-ends"] and "o other end" in hint


def test_a_process_asked_to_end_from_outside_ends_even_if_a_thread_hangs():
    """Orphans were found spinning an hour after tmux closed their terminal: Textual's input or
    writer thread hung the exit on the dead terminal. The process now ends by itself."""
    code = (
        "import threading\n"
        "from reader.ui.app import end_process_soon\n"
        "threading.Thread(target=threading.Event().wait).start()  # a thread that never ends\n"
        "end_process_soon(0.2)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert done.returncode == 0


async def test_a_lost_terminal_quits_saving_and_arms_the_end(private_database, monkeypatch):
    import reader.ui.app as app_module

    armed = []
    monkeypatch.setattr(app_module, "end_process_soon", armed.append)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "j")
        at = app.reader_screen.state.reading.cursor.start

        def gone(fd):
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(app_module.os, "get_terminal_size", gone)
        app._check_terminal()
        await pilot.pause()
    assert armed == [app_module.ENDING_GRACE]
    with Store(private_database) as store:
        assert store.position(app.reader_screen.state.article.key)["offset"] == at


async def test_late_work_after_the_closing_app_removed_the_status_line_is_dropped(
    private_database,
):
    """The closing app may remove the status line before the pane (a CI run at b07b341b:
    suggestions found in that moment raised NoMatches('#status') from redraw)."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(60, 18)) as pilot:
        screen = app.reader_screen
        await screen.query_one("#status").remove()
        await pilot.pause()
        assert screen.is_attached and screen.query_one("#pane").is_attached
        screen.redraw()  # raised NoMatches('#status')
        screen.say("late")


async def test_late_work_after_the_closing_app_removed_the_pane_is_dropped(private_database):
    """A closing app removes a screen's widgets before the screen: suggestions found in that
    moment (seen in a fresh-clone run) must not look for the pane that is already gone."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(60, 18)) as pilot:
        screen = app.reader_screen
        await screen.query_one("#pane").remove()
        await pilot.pause()
        assert screen.is_attached
        screen.redraw()  # raised NoMatches('#pane')
        screen._prepare_next()
