"""Keyboard annotation, driven by key presses and checked in the database on disk."""

from __future__ import annotations

import inspect
import json

from conftest import SEED
from textual.geometry import Offset, Region
from textual.selection import Selection as TextSelection
from uihelpers import make_app, margin_lines, screen_lines, status, styles_at

from reader.core.store import Store


def stored(db, app):
    """What a second process reading the database file sees right now."""
    with Store(db) as store:
        return store.annotations(app.reader_screen.state.article.key)


async def test_tag_the_cursor_sentence(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1")
        screen = app.reader_screen
        sentence = screen.state.article.sentences[1]
        [a] = stored(private_database, app)
        assert (a.tag, a.start, a.end) == ("claim", sentence.start, sentence.end)
        assert a.exact == screen.state.article.text[sentence.start : sentence.end]
        assert a.prefix == screen.state.article.text[max(0, sentence.start - 32) : sentence.start]
        assert a.page == 1 and a.version == screen.state.article.id
        assert "Tagged claim" in status(app) and "[claim]" in status(app)


async def test_multi_sentence_selection(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "v", "j", "j", "2")
        s = app.reader_screen.state.article.sentences
        [a] = stored(private_database, app)
        assert (a.tag, a.start, a.end) == ("quote", s[1].start, s[3].end)
        assert app.reader_screen.state.reading.selection is None  # tagging ends the selection


async def test_word_refined_selection(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        # sentence 1: "Elon Musk versuchte heimlich, seinen öffentlichen Rivalen ..."
        await pilot.press("j", "v", "W", "W", "w", "3")
        [a] = stored(private_database, app)
        text = app.reader_screen.state.article.sentences[1]
        full = app.reader_screen.state.article.text[text.start : text.end]
        assert a.start == text.start and a.end < text.end
        assert full.startswith(a.exact) and a.exact.endswith("OpenAI zu")
        # o swaps the active end: now w moves the start ("Die Enthüllung wirft ein ...")
        await pilot.press("j", "v", "o", "w", "w", "1")
        second = [x for x in stored(private_database, app) if x.tag == "claim"][0]
        assert second.exact.startswith("wirft ein neues")


async def test_selection_across_panes(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = app.reader_screen
        first_pane = screen.state.reading.pane.index
        await pilot.press("j", "v")
        for _ in range(6):
            await pilot.press("j")
        assert screen.state.reading.pane.index > first_pane
        await pilot.press("1")
        [a] = stored(private_database, app)
        s = screen.state.article.sentences
        assert (a.start, a.end) == (s[1].start, s[7].end)
        assert "\n\n" in a.exact  # it crosses paragraphs too


async def test_same_tag_same_span_adds_nothing_but_another_tag_does(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1", "1")
        assert "Already tagged claim" in status(app)
        await pilot.press("2")
        tags = sorted(a.tag for a in stored(private_database, app))
        assert tags == ["claim", "quote"]


async def test_change_tag_note_delete_undo_redo(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1")
        await pilot.press("t")
        [a] = stored(private_database, app)
        assert a.tag == "quote"
        await pilot.press("enter")
        await pilot.press(*list("Quelle?"), "enter")
        [a] = stored(private_database, app)
        assert a.note == "Quelle?"
        assert "Quelle?" in status(app)
        await pilot.press("x")
        assert stored(private_database, app) == []
        await pilot.press("u")  # undo the delete
        [a] = stored(private_database, app)
        assert (a.tag, a.note) == ("quote", "Quelle?")
        await pilot.press("u")  # undo the note
        assert stored(private_database, app)[0].note == ""
        await pilot.press("u", "u")  # undo the tag change, then the tagging itself
        assert stored(private_database, app) == []
        await pilot.press("ctrl+r")
        assert [x.tag for x in stored(private_database, app)] == ["claim"]
        await pilot.press("ctrl+r", "ctrl+r")
        [a] = stored(private_database, app)
        assert (a.tag, a.note) == ("quote", "Quelle?")


async def test_escape_in_note_editor_keeps_the_note(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1", "enter", *list("abc"), "escape")
        assert stored(private_database, app)[0].note == ""


async def test_the_note_editor_shows_a_paragraph_break_as_a_pilcrow(private_database):
    """New-user review: a passage over two paragraphs read „Tech-Giganten.␊␊Im Silicon Valley“."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("v", "j", "1", "enter")  # the title and the lede's first sentence
        await pilot.pause()
        shown = " ".join(screen_lines(app.screen.query_one("#note-passage")))
        assert "OpenAI Deal ¶ Elon Musk" in shown and "␊" not in shown
        await pilot.press("escape", "E")  # the evidence form quotes it the same way
        await pilot.pause()
        shown = " ".join(screen_lines(app.screen.query_one("#evidence-passage")))
        assert "OpenAI Deal ¶ Elon Musk" in shown


async def test_tab_jumps_between_annotations(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = app.reader_screen
        s = screen.state.article.sentences
        await pilot.press("j", "1")
        for _ in range(10):
            await pilot.press("j")
        await pilot.press("3", "g")
        assert screen.state.reading.cursor == s[0]
        await pilot.press("tab")
        assert screen.state.reading.cursor == s[1]
        await pilot.press("tab")
        assert screen.state.reading.cursor == s[11]
        assert screen.state.reading.pane.start <= s[11].start < screen.state.reading.pane.end
        await pilot.press("shift+tab")
        assert screen.state.reading.cursor == s[1]


async def test_panel_lists_and_jumps(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.reader_screen
        for _ in range(12):
            await pilot.press("j")
        await pilot.press("2", "g", "a")
        panel = screen.query_one("#panel")
        assert panel.display and panel.option_count == 1
        await pilot.press("enter")
        target = screen.state.article.sentences[12]
        assert screen.state.reading.cursor == target
        await pilot.press("a")
        assert not panel.display


async def test_mouse_selection_then_tag_key(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the whole screen is up (a layout after this would clear it)
        screen = app.reader_screen
        pane_view = screen.query_one("#pane")
        line = screen.state.reading.pane.lines[3]  # a lede line
        screen.selections = {pane_view: TextSelection(Offset(5, 3), Offset(20, 3))}
        await pilot.press("2")
        [a] = stored(private_database, app)
        assert (a.start, a.end) == (line.start + 5, line.start + 20)


async def test_highlights_survive_a_restart(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1", "j", "2", "j", "3", "q")
    again = make_app([SEED], private_database)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = again.reader_screen
        gutter = margin_lines(screen.query_one("#pane"))
        assert any("C" in row for row in gutter)
        assert any("Q" in row for row in gutter)
        assert any("S" in row for row in gutter)
        pane_view = screen.query_one("#pane")
        claim = next(a for a in screen.state.session.all() if a.tag == "claim")
        assert any(getattr(s, "underline", False) for s in styles_at(pane_view, claim.start + 1))
        assert "3 ann." in status(again)


async def test_export_key_writes_json_and_says_where(private_database, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("j", "1", "e")
        out = tmp_path / "musk-zuckerberg-openai.annotations.json"
        data = json.loads(out.read_text(encoding="utf-8"))
        assert [a["tag"] for a in data["annotations"]] == ["claim"]
        # the file name comes first: a narrow status line cuts the end, not the name
        assert status(app).startswith(
            " musk-zuckerberg-openai.annotations.json: exported 1 annotation(s)"
        )
        # and where it went (new-user review: after `make run` the folder was not obvious)
        assert app.reader_screen.state.message.endswith(f"into {tmp_path}")


async def test_a_failed_save_is_said_and_nothing_pretends_to_be_saved(
    private_database, monkeypatch
):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 24)) as pilot:
        store = app.reader_screen.state.store

        def disk_full(*_args, **_kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store, "commit", disk_full)
        await pilot.press("j", "1")
        assert "NOT SAVED" in status(app) and "No space left on device" in status(app)
        assert len(app.reader_screen.state.session) == 0  # not shown as if it were saved
        monkeypatch.undo()
        await pilot.press("1")  # the app is still running and works again
        assert len(stored(private_database, app)) == 1


async def test_tag_colours_follow_the_theme_and_cues_are_not_colour_alone(private_database):
    """Every theme gives the tags visible, distinct backgrounds taken from the theme; the text style
    and the margin letter do not depend on colour, so NO_COLOR loses no information."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "1", "j", "2", "j", "3")
        await app.workers.wait_for_complete()  # annotations are drawn over the suggestion layer
        await pilot.pause()
        screen = app.reader_screen
        pane_view = screen.query_one("#pane")
        sentences = dict(
            zip(("claim", "quote", "speculation"), screen.state.article.sentences[1:4], strict=True)
        )

        found = {}
        for theme in ("textual-dark", "textual-light", "nord"):
            app.theme = theme
            await pilot.pause()
            for tag, sentence in sentences.items():
                styles = styles_at(pane_view, sentence.start + 1)  # +1: off the cursor's edge
                backgrounds = [s.background for s in styles if s.background and s.background.a > 0]
                assert backgrounds, (theme, tag)
                found[theme, tag] = backgrounds[-1]  # the last one drawn is what shows
                if tag == "claim":
                    assert any(s.underline for s in styles)
                if tag == "quote":
                    assert any(s.italic for s in styles)
            assert len({found[theme, t] for t in sentences}) == 3
        assert found["textual-dark", "claim"] != found["nord", "claim"]  # from the theme, not fixed
        gutter = "".join(margin_lines(screen.query_one("#pane")))
        assert {"C", "Q", "S"} <= set(gutter)


async def test_a_changed_article_says_what_happened_and_keeps_the_old_wording(
    private_database, tmp_path
):
    import shutil

    article = tmp_path / "harbour.txt"
    shutil.copy(SEED.parent / "harbour-bridge-en.txt", article)
    app = make_app([article], private_database, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        target = next(
            s
            for s in app.reader_screen.state.article.sentences
            if "Engineers found" in app.reader_screen.state.article.text[s.start : s.end]
        )
        app.reader_screen.state.reading.move_to(target.start)
        await pilot.press("1", "q")
    text = article.read_text(encoding="utf-8")
    article.write_text(
        "A new first paragraph was added.\n\n"
        + text.replace("Engineers found", "Engineers discovered"),
        encoding="utf-8",
    )
    again = make_app([article], private_database, lang="en")
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "The article changed: 1 annotation moved, 1 reworded" in status(again)
        [a] = stored(private_database, again)
        assert a.exact.startswith("Engineers discovered") and a.previous_exact.startswith(
            "Engineers found"
        )
        await pilot.press("a")
        panel = "\n".join(screen_lines(again.reader_screen.query_one("#panel")))
        assert "was: Engineers found" in panel


async def test_export_key_never_overwrites_a_file_it_did_not_write(
    private_database, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    precious = tmp_path / "musk-zuckerberg-openai.annotations.json"
    precious.write_text("precious", encoding="utf-8")
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("j", "1", "e")
        assert precious.read_text(encoding="utf-8") == "precious"
        numbered = tmp_path / "musk-zuckerberg-openai.annotations-2.json"
        assert json.loads(numbered.read_text(encoding="utf-8"))["annotations"][0]["tag"] == "claim"
        await pilot.press("j", "2", "e")  # our own earlier export is brought up to date
        assert len(json.loads(numbered.read_text(encoding="utf-8"))["annotations"]) == 2
        assert not (tmp_path / "musk-zuckerberg-openai.annotations-3.json").exists()


async def test_e_never_overwrites_an_export_written_from_another_database(tmp_path, monkeypatch):
    """Same article, same folder, two databases: each keeps its own export file."""
    monkeypatch.chdir(tmp_path)
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    app = make_app([SEED], first)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("j", "1", "e")
    out = tmp_path / "musk-zuckerberg-openai.annotations.json"
    before = out.read_bytes()
    app = make_app([SEED], second)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("j", "j", "2", "e")
        assert status(app).startswith(" musk-zuckerberg-openai.annotations-2.json: exported")
    assert out.read_bytes() == before
    numbered = json.loads((tmp_path / "musk-zuckerberg-openai.annotations-2.json").read_text())
    assert [a["tag"] for a in numbered["annotations"]] == ["quote"]


async def test_the_file_name_leads_the_export_message_at_50_columns(
    private_database, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.press("j", "1", "e")
        assert "musk-zuckerberg-openai.annotations.json" in status(app)


async def test_w3c_and_markdown_exports_from_the_palette(private_database, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("j", "1")
        commands = {c.title: c for c in app.get_system_commands(app.reader_screen)}
        for title in ("Export as W3C Web Annotations", "Export as a Markdown report"):
            done = commands[title].callback()
            if inspect.isawaitable(done):
                await done
        await pilot.pause()
    w3c = json.loads((tmp_path / "musk-zuckerberg-openai.w3c.json").read_text(encoding="utf-8"))
    assert w3c["type"] == "AnnotationCollection" and w3c["total"] == 1
    md = (tmp_path / "musk-zuckerberg-openai.annotations.md").read_text(encoding="utf-8")
    assert "## Claims (1)" in md


async def test_v_on_a_search_match_selects_the_match(private_database):
    """Marking a phrase: / words enter v (w to grow) 1 — not fifteen keys."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *list("Mark Zuckerberg"), "enter", "v", "1")
        [a] = stored(private_database, app)
        assert a.exact == "Mark Zuckerberg"
        await pilot.press("slash", *list("heimlich"), "enter", "v", "w", "w", "2")
        quote = next(x for x in stored(private_database, app) if x.tag == "quote")
        assert quote.exact == "heimlich, seinen öffentlichen"


async def test_a_word_selection_starts_at_a_word(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        # sentence 1 starts "Elon Musk versuchte heimlich, ..."
        await pilot.press("j", "shift+right")
        sel = app.reader_screen.state.reading.selection
        text = app.reader_screen.state.article.text
        assert text[sel.start : sel.end] == "Elon"
        await pilot.press("shift+right", "3")
        [a] = stored(private_database, app)
        assert a.exact == "Elon Musk"


async def test_list_keys_act_on_the_highlighted_row(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "1", "j", "j", "2", "g", "a")  # the cursor is far from both
        panel = app.reader_screen.query_one("#panel")
        panel.highlighted = 1  # the quote
        await pilot.press("t")  # quote -> speculation, on the row, not under the cursor
        assert sorted(a.tag for a in stored(private_database, app)) == ["claim", "speculation"]
        panel.highlighted = 0
        await pilot.press("x")
        assert [a.tag for a in stored(private_database, app)] == ["speculation"]
        await pilot.press("escape", "u")
        assert sorted(a.tag for a in stored(private_database, app)) == ["claim", "speculation"]


async def test_the_list_covers_the_text_rather_than_squeezing_it(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.press("j", "1", "a")
        await pilot.pause()
        screen = app.reader_screen
        assert not screen.query_one("#column").display  # no 16-cell text column beside it
        panel = screen.query_one("#panel")
        assert panel.size.width >= 45
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#pane").content_size.width >= 40


async def test_list_excerpts_use_the_width_they_have(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "v", "j", "j", "1", "a")
        await pilot.pause()
        panel = app.reader_screen.query_one("#panel")
        whole = Region(0, 0, panel.outer_size.width, panel.outer_size.height)  # with its border
        rows = ["".join(seg.text for seg in strip) for strip in panel.render_lines(whole)]
        shown = " ".join(" ".join(row.strip("│ ") for row in rows).split())
        [a] = stored(private_database, app)
        assert " ".join(a.exact.split())[:90] in shown  # far more than the old 60 characters


async def test_a_note_that_cannot_be_saved_is_refused(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("j", "1")
        screen = app.reader_screen
        [a] = stored(private_database, app)
        screen.action_note()
        await pilot.pause()
        app.screen.dismiss("bad \udcff byte")
        await pilot.pause()
        assert "NOT SAVED" in status(app)
        assert stored(private_database, app)[0].note == ""


async def test_list_rows_wrap_beside_the_scrollbar_never_to_the_left_edge(private_database):
    """With enough annotations for a scrollbar, rows wrapped for the panel's full width were
    wrapped again by the list in the two columns left, and a word ("root", "the") stood at
    the left edge where each entry's tag letter is (fresh-eyes review). Every row of an entry
    after its first is indented."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press(*"j1j2j3j1j2j3j1j2", "a")
        await pilot.pause()
        panel = app.reader_screen.query_one("#panel")
        assert panel.scrollable_content_region.width < panel.content_size.width  # a scrollbar
        whole = Region(0, 1, panel.outer_size.width, panel.outer_size.height - 2)
        rows = ["".join(seg.text for seg in strip)[2:] for strip in panel.render_lines(whole)]
        heads = [r for r in rows if not r.startswith("  ")]
        assert heads and all(r[:2] in ("C ", "Q ", "S ") for r in heads), rows
