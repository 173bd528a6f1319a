"""Fact-checking in the app: V sets a verdict, E adds and removes evidence, the list filters by
verdict; driven by key presses, checked on screen and in the database on disk."""

from __future__ import annotations

from conftest import SEED
from uihelpers import make_app, status

from reader.core.store import Store
from reader.ui.panels import AnnotationList


def stored(db, app):
    """What a second process reading the database file sees right now."""
    with Store(db) as store:
        return store.annotations(app.reader_screen.state.article.key)


def shown(widget) -> str:
    """Every row the widget draws, its border included."""
    from textual.geometry import Region

    size = widget.region.size
    strips = widget.render_lines(Region(0, 0, size.width, size.height))
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


async def test_set_change_and_undo_a_verdict(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "1", "V")  # the verdict picker opens on the scale, True first
        await pilot.pause()
        picker = app.screen.query_one("#verdict-list")
        assert "Mostly false" in shown(picker) and "(no verdict)" in shown(picker)
        await pilot.press("down", "down", "down", "down", "enter")  # True → … → False
        [a] = stored(private_database, app)
        assert a.verdict == "False"
        assert "Verdict: False" in status(app) and "[claim] False" in status(app)
        await pilot.press("V", "up", "enter")  # opens on False: up is Mostly false
        assert stored(private_database, app)[0].verdict == "Mostly false"
        await pilot.press("u")
        assert stored(private_database, app)[0].verdict == "False"
        assert "Undid: verdict → Mostly false" in status(app)
        await pilot.press("u")
        assert stored(private_database, app)[0].verdict is None
        await pilot.press("ctrl+r")
        assert stored(private_database, app)[0].verdict == "False"
        await pilot.press("V", "escape")  # escape leaves it as it was
        assert stored(private_database, app)[0].verdict == "False"
        await pilot.press("V", "end", "enter")  # (no verdict) takes it off
        assert stored(private_database, app)[0].verdict is None


async def test_verdict_and_evidence_are_in_the_palette_with_their_keys(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)):
        commands = {c.title: c.help for c in app.get_system_commands(app.reader_screen)}
        assert commands["Set the claim's verdict (rating scale)"] == "key: V · id: verdict"
        assert commands["The claim's evidence and speaker"] == "key: E · id: evidence"


async def test_a_bad_rating_scale_in_the_settings_is_said_and_nothing_changes(
    private_database, tmp_path, monkeypatch
):
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text('{"rating_scale": {"verdicts": []}}', encoding="utf-8")
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "1", "V")
        assert app.screen is app.reader_screen
        assert "settings.json" in status(app)  # (the line is cut at the terminal's width)
        assert app.reader_screen.state.message.endswith('"rating_scale" has no verdicts')
        assert stored(private_database, app)[0].verdict is None


async def test_a_verdict_on_a_quote_is_refused_with_a_clear_line(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "V")
        # (once the suggestions are in, the lede is a suggested claim, and the line says so)
        said = status(app)
        assert "No annotation here" in said or "not yet an annotation — y accepts it" in said
        await pilot.press("2", "V")
        assert app.screen is app.reader_screen  # no picker opened
        assert "A verdict goes on a claim; this annotation is a quote" in status(app)
        assert stored(private_database, app)[0].verdict is None


async def test_add_and_remove_evidence_and_type_the_speaker(private_database, tmp_path):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "1", "E")
        await pilot.press(*"https://example.org/filing", "tab", *"court [b]filing[/b]", "enter")
        [a] = stored(private_database, app)
        assert [(e.source, e.note) for e in a.evidence] == [
            ("https://example.org/filing", "court [b]filing[/b]")
        ]
        listing = app.screen.query_one("#evidence-list")
        assert "court [b]filing[/b]" in shown(listing)  # a note is data, never markup
        # a source that is neither http(s) nor a file: said in the form, nothing stored
        await pilot.press(*"ftp://example.org/x", "enter")
        message = " ".join(shown(app.screen.query_one("#evidence-message")).split())
        assert "neither an http(s) address nor an existing file" in message
        assert len(stored(private_database, app)[0].evidence) == 1
        # the speaker field, then remove the evidence from the list
        app.screen.query_one("#evidence-speaker").focus()
        await pilot.press(*"Elon Musk", "enter")
        assert stored(private_database, app)[0].speaker == "Elon Musk"
        app.screen.query_one("#evidence-list").focus()
        await pilot.press("x")
        assert stored(private_database, app)[0].evidence == ()
        await pilot.press("escape")
        assert app.screen is app.reader_screen
        assert "Evidence removed" in status(app) and "Elon Musk" in status(app)
        await pilot.press("u")  # removing evidence is undone like any change
        assert len(stored(private_database, app)[0].evidence) == 1


async def test_the_list_shows_verdicts_and_filters_the_claims_still_to_check(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("j", "1", "V", "enter")  # True
        await pilot.press("j", "1")  # a claim without a verdict
        await pilot.press("j", "2")  # a quote
        await pilot.press("a")
        panel = app.reader_screen.query_one("#panel", AnnotationList)
        await pilot.pause()
        text = shown(panel)
        assert "claim · Seite 1 / 2 · True" in text and "no verdict" in text and "quote" in text
        await pilot.press("f")  # claims without a verdict yet
        await pilot.pause()
        text = shown(panel)
        assert panel.option_count == 1 and "no verdict" in text and "True" not in text
        await pilot.press("f")  # verdict True
        await pilot.pause()
        assert panel.option_count == 1 and "· True" in shown(panel)
        await pilot.press("f")  # Mostly true: none
        await pilot.pause()
        assert "No claims match the verdict filter" in shown(panel)


async def test_the_verdict_picker_and_evidence_form_fit_a_small_terminal(private_database):
    """At 50x14 both ran off the bottom of the screen, the evidence list and the speaker field
    out of reach (fresh-eyes review): the boxes stay inside the screen, the fields go one row
    high, the verdict list scrolls, and typing still lands where it should."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.press("j", "1", "V")
        await pilot.pause()
        box = app.screen.query_one("#verdict-box")
        assert box.region.y >= 0 and box.region.bottom <= 14
        await pilot.press("end", "up", "enter")  # the last verdict above "(no verdict)"
        await pilot.pause()
        [a] = stored(private_database, app)
        assert a.verdict is not None
        await pilot.press("E")
        await pilot.pause()
        box = app.screen.query_one("#evidence-box")
        assert box.region.y >= 0 and box.region.bottom <= 14
        for field in ("#evidence-source", "#evidence-note", "#evidence-speaker", "#evidence-list"):
            region = app.screen.query_one(field).region
            assert region.height >= 1 and box.region.contains_region(region), field
        # one-row fields show which has the cursor: a bar at their left in the accent colour
        bars = {f: app.screen.query_one(f).styles.border_left for f in ("#evidence-source",
                "#evidence-note", "#evidence-speaker")}  # fmt: skip
        focused = app.screen.focused
        assert all(bar[0] == "outer" for bar in bars.values())
        assert bars[f"#{focused.id}"][1] != bars["#evidence-speaker"][1]
        await pilot.press("tab", "tab", "tab", *"Sam Altman", "enter")
        await pilot.pause()
        assert stored(private_database, app)[0].speaker == "Sam Altman"
