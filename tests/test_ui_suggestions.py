"""Suggestions in the app: accepted and rejected by key, and remembered in the database."""

from __future__ import annotations

from conftest import SEED
from uihelpers import make_app, margin_lines, screen_lines, status

from reader.core.store import Store


async def ready(app, pilot):
    await pilot.pause()  # the suggestions start once the first pane is painted
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.reader_screen.state.layer is not None
    return app.reader_screen


async def test_next_suggestion_visits_each_one_in_order(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        here = screen.state.suggestion_at_cursor()  # the title's own, shown already: `}` goes on
        expected = [(s.tag, s.start) for s in screen.state.layer.open() if s != here]
        seen = []
        for _ in expected:
            await pilot.press("right_curly_bracket")
            s = screen.state.suggestion_at_cursor()
            seen.append((s.tag, s.start))
        assert seen == expected  # two suggestions in one sentence are both visited
        await pilot.press("left_curly_bracket")
        assert (screen.state.suggestion_at_cursor().start) == expected[-2][1]


async def test_accept_makes_an_annotation_with_the_rule(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        before = len(screen.state.layer.open())
        await pilot.press("right_curly_bracket")
        target = screen.state.suggestion_at_cursor()
        assert f"suggests {target.tag}" in status(app)
        await pilot.press("y")
        with Store(private_database) as store:
            [a] = store.annotations(screen.state.article.key)
        assert (a.tag, a.start, a.end, a.rule) == (
            target.tag,
            target.start,
            target.end,
            target.rule,
        )
        assert len(screen.state.layer.open()) == before - 1
        assert f"{before - 1} sugg." in status(app)


async def test_reject_is_remembered_after_reopening(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("right_curly_bracket")
        target = screen.state.suggestion_at_cursor()
        await pilot.press("r")
        assert target not in screen.state.layer.open()
        assert "Rejected" in status(app)
        await pilot.press("q")
    with Store(private_database) as store:
        [r] = store.rejections(app.reader_screen.state.article.key)
        assert (r["rule"], r["start"], r["exact"]) == (target.rule, target.start, target.text)
    again = make_app([SEED], private_database)
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await ready(again, pilot)
        assert target not in screen.state.layer.open()
        assert all(
            (s.rule, s.start) != (target.rule, target.start) for s in screen.state.layer.open()
        )


async def test_n_is_next_match_during_a_search(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *list("Musk"), "enter")
        first = screen.state.reading.match_index
        await pilot.press("n")
        assert screen.state.reading.match_index == first + 1
        assert not screen.state.store.rejections(screen.state.article.key)
        await pilot.press("escape")  # ends the search: n rejects again
        assert not screen.state.reading.matches


async def test_layer_toggles_and_shows_lower_case_marks(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await ready(app, pilot)
        pane = screen.query_one("#pane")
        assert any("c" in row for row in margin_lines(pane))
        await pilot.press("S")
        assert not any(ch in row for row in margin_lines(pane) for ch in "cqs")
        assert "sugg." not in status(app)
        await pilot.press("S")
        assert "sugg." in status(app)


async def test_accept_all_of_one_rule_from_the_palette(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        commands = {c.help: c for c in app.get_system_commands(screen)}
        laut = next(c for h, c in commands.items() if h.startswith("rule de.claim.laut:"))
        # said as a person reads it: what the rule finds (the id only in the help line)
        assert laut.title == "Suggestions: accept all 2 open claim — „laut X“"
        laut.callback()
        await pilot.pause()
        with Store(private_database) as store:
            rules = [a.rule for a in store.annotations(screen.state.article.key)]
        assert rules == ["de.claim.laut", "de.claim.laut"]


async def test_sources_panel_names_them_and_jumps(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("s")
        panel = screen.query_one("#sources")
        shown = "\n".join(screen_lines(panel))
        for name in ("t3n", "cryptopolitan.com", "de.qz.com", "Sam Altman"):
            assert name in shown
        index = [s.name for s in screen.state.sources].index("de.qz.com")
        panel.highlighted = panel.get_option_index(f"source:{index}")
        await pilot.press("enter")
        mention = screen.state.sources[index].mentions[0][0]
        assert screen.state.reading.cursor.start <= mention < screen.state.reading.cursor.end


async def test_sources_panel_lists_what_each_source_is_given_and_goes_to_it(private_database):
    """Issue 13: the panel shows, for each source, its quotes and claims; enter on one puts the
    cursor on it as `}` would, so y / r act on it."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        panel = screen.query_one("#sources")
        shown = "\n".join(screen_lines(panel))
        assert "t3n — 1 quote, 1 claim · cited 1×" in shown, shown
        assert "Sam Altman — 1 quote · cited 1×" in shown, shown
        assert "│   q „OpenAI steht nicht zum" in shown, shown
        index = [s.name for s in screen.state.sources].index("Sam Altman")
        panel.highlighted = panel.get_option_index(f"said:{index}:0")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "pane"  # back in the text
        here = screen.state.suggestion_at_cursor()
        assert (here.tag, here.attribution) == ("quote", "Sam Altman")
        assert status(app).strip().startswith("suggests quote (Sam Altman) y/r"), status(app)
        await pilot.press("y")  # accepted from there: the open panel marks it as an annotation
        await pilot.pause()
        assert "│   Q „OpenAI steht nicht zum" in "\n".join(screen_lines(panel))
        panel.focus()
        panel.highlighted = panel.get_option_index(f"said:{index}:0")
        await pilot.press("enter")  # to it again: decided, so no keys offered
        assert "quote (Sam Altman): accepted, now an annotation" in status(app), status(app)


async def test_stats_reads_rule_precision_off_the_database(private_database):
    import subprocess
    import sys

    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        laut = [s for s in screen.state.layer.open() if s.rule == "de.claim.laut"]
        screen.state.reading.move_to(laut[0].start)
        screen.state.current_suggestion = laut[0]
        await pilot.press("y")
        screen.state.reading.move_to(laut[1].start)
        screen.state.current_suggestion = laut[1]
        await pilot.press("r")
    out = subprocess.run(
        [sys.executable, "-m", "reader", "stats", "--rules", "--db", str(private_database)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "de.claim.laut" in out and "50%" in out


async def test_after_a_reject_next_suggestion_is_the_one_after_it(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(app, pilot)
        here = screen.state.suggestion_at_cursor()  # the title's own, shown already: `}` goes on
        order = [s for s in screen.state.layer.open() if s != here]
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert screen.state.suggestion_at_cursor() == order[1]
        await pilot.press("r", "right_curly_bracket")
        assert screen.state.suggestion_at_cursor() == order[2]  # none skipped


async def test_n_never_rejects_and_a_rejection_is_undoable_and_listed(private_database):
    """One key, one meaning: n is the next match (or says there is no search), r rejects; u undoes
    a rejection like any other decision, and R lists rejections with enter restoring one."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(app, pilot)
        key = screen.state.article.key
        await pilot.press("right_curly_bracket")
        target = screen.state.suggestion_at_cursor()
        await pilot.press("n")  # no search: nothing is rejected
        with Store(private_database) as store:
            assert store.rejections(key) == []
        assert "No search" in status(app)
        await pilot.press("r")
        with Store(private_database) as store:
            assert [r["exact"] for r in store.rejections(key)] == [target.text]
        await pilot.press("u")
        with Store(private_database) as store:
            assert store.rejections(key) == []
        assert target in screen.state.layer.open()
        await pilot.press("r", "R")
        panel = screen.query_one("#rejections")
        assert panel.display and target.rule in "\n".join(screen_lines(panel))
        await pilot.press("enter")  # restores it
        with Store(private_database) as store:
            assert store.rejections(key) == []
        assert target in screen.state.layer.open()


async def test_accepting_all_of_a_rule_is_one_undo_step(private_database):
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        commands = {c.help: c for c in app.get_system_commands(screen)}
        next(c for h, c in commands.items() if h.startswith("rule de.claim.laut:")).callback()
        await pilot.pause()
        assert len(screen.state.session) == 2
        await pilot.press("u")
        with Store(private_database) as store:
            assert store.annotations(screen.state.article.key) == []
        await pilot.press("ctrl+r")
        with Store(private_database) as store:
            assert len(store.annotations(screen.state.article.key)) == 2


async def test_a_narrow_status_line_shows_the_suggestion_and_its_speaker_first(private_database):
    """At 50 columns the status line is cut: after `}` the suggestion, whom it names and the
    keys come first, where the reader is after them."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(50, 14)) as pilot:
        screen = await ready(app, pilot)
        for _ in range(40):
            await pilot.press("right_curly_bracket")
            here = screen.state.suggestion_at_cursor()
            if here is not None and here.attribution == "Sam Altman":
                break
        line = status(app).strip()
        assert line.startswith("suggests quote (Sam Altman) y/r"), line
        await pilot.press("j")  # an ordinary move: where the reader is comes first again
        assert status(app).strip().startswith("Seite 1 / 2"), status(app)


async def test_an_article_without_suggestions_says_so(private_database, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("Ein Titel\n\nDas Wetter war schön.\n", encoding="utf-8")
    app = make_app([plain], private_database)
    async with app.run_test(size=(60, 14)) as pilot:
        screen = await ready(app, pilot)
        assert screen.state.suggested == ()
        await pilot.press("right_curly_bracket")
        assert "The rules suggest nothing in this article" in status(app)


async def test_an_accepted_quote_shows_its_speaker_in_the_list_and_on_the_command_line(
    private_database,
):
    import subprocess
    import sys

    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        quote = next(s for s in screen.state.layer.open() if s.attribution == "Sam Altman")
        screen.state.reading.move_to(quote.start)
        screen.state.current_suggestion = quote
        await pilot.press("y")
        await pilot.press("a")
        await pilot.pause()
        shown = "\n".join(screen_lines(screen.query_one("#panel")))
        assert "Q quote · Seite 1 / 2 — Sam Altman" in shown, shown
    out = subprocess.run(
        [sys.executable, "-m", "reader", "list", str(SEED), "--db", str(private_database)],
        capture_output=True,
        text=True,
    ).stdout
    assert "„OpenAI steht nicht zum Verkauf“” [Sam Altman]" in out, out


async def test_the_status_line_names_a_suggestions_source_as_the_panel_does(private_database):
    """ "the council said" is Kestrel County council's: the status line says so, as the sources
    panel does, not "the council"."""
    from conftest import ROOT

    app = make_app([ROOT / "sample_articles" / "harbour-bridge-en.txt"], private_database, "en")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(app, pilot)
        council = next(
            s
            for s in screen.state.layer.open()
            if s.attribution in ("the council", "Kestrel County council")
        )
        screen.state.go_to_said(
            next(i for i, src in enumerate(screen.state.sources) if src.name.startswith("Kestrel")),
            0,
        )
        here = screen.state.suggestion_at_cursor()
        assert here.attribution in ("the council", "Kestrel County council"), council
        screen.redraw()
        line = status(app).strip()
        assert line.startswith(f"suggests {here.tag} (Kestrel County council) y/r"), line
        assert "(the council)" not in line


async def test_hidden_suggestions_say_so_and_undo_names_the_accept(private_database):
    """With the layer hidden, y said "No suggestion here" on a suggestion, and `}` showed the
    layer again without a word; undoing an accept said "Undid: tag claim" (fresh-eyes review)."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("right_curly_bracket")
        target = screen.state.suggestion_at_cursor()
        await pilot.press("S", "y")
        assert "Suggestions are hidden (S shows them)" in status(app), status(app)
        with Store(private_database) as store:
            assert store.annotations(screen.state.article.key) == []  # nothing was accepted
        await pilot.press("right_curly_bracket")
        assert "suggestions shown again (S hides them)" in status(app), status(app)
        target = screen.state.suggestion_at_cursor()
        await pilot.press("y", "u")
        assert f"Undid: accept {target.tag} suggestion" in status(app), status(app)


async def test_a_rejected_passage_that_wraps_stays_indented_under_its_rule(private_database):
    """At 80 columns the second row of a rejected passage began at the panel's edge, level with
    the rule names, and read as a new entry (fresh-eyes review)."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("right_curly_bracket", "r", "right_curly_bracket", "r", "R")
        await pilot.pause()
        await pilot.pause()
        shown = screen_lines(app.reader_screen.query_one("#rejections"))
        rows = [r[2:].rstrip("│ ") for r in shown if r.startswith("│ ") and r[2:].strip("│ ")]
        heads = [r for r in rows if not r.startswith("  ")]
        assert len(heads) == 2 and all(h.startswith("de.") for h in heads), rows
        assert len(rows) > 4  # the passages wrapped, and each row of them is indented


def test_hanging_rows_sit_under_the_first_and_a_long_word_is_cut():
    from reader.ui.widgets import hanging

    # rows of `width` columns exactly, never more
    assert hanging("1  ", "one two three four five", 16) == "1  one two three\n   four five"
    assert hanging("1  ", "one two three four five", 15) == "1  one two\n   three four\n   five"
    assert hanging("  ", "x" * 30, 15) == "  " + "x" * 13 + "\n  " + "x" * 13 + "\n  " + "x" * 4
    assert hanging("- ", "", 20) == "- "


async def test_v_on_a_suggested_claim_says_to_accept_it_first(private_database):
    """New-user review: V on a suggested claim said "No annotation here — tag a claim first"."""
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        while (s := screen.state.suggestion_at_cursor()) is None or s.tag != "claim":
            await pilot.press("right_curly_bracket")
        await pilot.press("V")
        assert "y accepts it, then V" in status(app)
        await pilot.press("y", "V")  # accepted: now the verdict picker opens
        await pilot.pause()
        assert app.screen is not screen
