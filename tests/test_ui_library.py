"""The library screen and the screen of every annotation, driven by key presses."""

from __future__ import annotations

import shutil

from conftest import SAMPLES, SEED
from uihelpers import screen_lines, status

from reader.cli import main
from reader.core.library import library_folder, read_summary
from reader.core.store import Store
from reader.ui.launch import build_library


def annotate(db, path, match, tag, lang):
    code = main(["annotate", str(path), "--db", str(db), "--lang", lang, "--match", match,
                 "--tag", tag])  # fmt: skip
    assert code == 0


def library_text(app) -> str:
    return "\n".join(screen_lines(app.screen.query_one("#library-table")))


def setup(tmp_path):
    db = tmp_path / "db.json"
    seed, harbour = tmp_path / "seed.txt", tmp_path / "harbour.txt"
    shutil.copy(SEED, seed)
    shutil.copy(SAMPLES / "harbour-bridge-en.txt", harbour)
    annotate(db, seed, "Elon Musk versuchte heimlich", "claim", "de")
    annotate(db, seed, "OpenAI steht nicht zum Verkauf", "quote", "de")
    annotate(db, harbour, "Engineers found corrosion", "claim", "en")
    return db, seed, harbour


async def test_filter_open_and_come_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db, seed, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(110, 24)) as pilot:
        await pilot.pause()
        shown = library_text(app)
        assert "Musk & Zuckerberg" in shown and "Harbour Bridge" in shown
        assert "C1 Q1 S0" in shown and "C1 Q0 S0" in shown
        await pilot.press(*"harbour")
        assert "Musk" not in library_text(app) and "Harbour Bridge" in library_text(app)
        await pilot.press("escape", *"zuckerberg", "enter")
        await pilot.pause()
        screen = app.reader_screen
        assert screen is app.screen and screen.state.article.title.startswith("Musk")
        assert len(screen.state.session) == 2
        await pilot.press("G", "L")  # to the end, then back to the library
        await pilot.pause()
        assert app.screen.id == "library"
        import re

        row = next(r for r in library_text(app).split("\n") if "Musk" in r)
        assert re.search(r"\d+%", row)  # the position was saved on the way out


async def test_a_deleted_file_opens_from_its_copy(tmp_path):
    db, seed, _ = setup(tmp_path)
    seed.unlink()
    app = build_library(str(db))
    async with app.run_test(size=(110, 24)) as pilot:
        await pilot.pause()
        assert "file gone" in library_text(app)
        await pilot.press(*"musk", "enter")
        await pilot.pause()
        assert app.screen is app.reader_screen
        assert "library's copy" in status(app)
        assert len(app.reader_screen.state.session) == 2


async def test_the_library_names_the_page_that_is_gone_not_the_first(tmp_path):
    """Two pages read, page 2 moved away: the status line named page 1 as gone (fresh-eyes
    review). It names page 2, first on the line, so a narrow screen keeps it."""
    db = tmp_path / "db.json"
    one, two = tmp_path / "windpark-1.txt", tmp_path / "windpark-2.txt"
    shutil.copy(SAMPLES / "moorfeld-windpark-1.txt", one)
    shutil.copy(SAMPLES / "moorfeld-windpark-2.txt", two)
    assert main(["annotate", str(one), str(two), "--db", str(db), "--lang", "de", "--match",
                 "Geld für die Gemeinde", "--tag", "claim"]) == 0  # fmt: skip
    two.rename(tmp_path / "moved.txt")
    app = build_library(str(db))
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.pause()
        line = " ".join(screen_lines(app.screen.query_one("#library-status"))).strip()
        assert line.startswith("1/1 · gone from here: ")  # what fits of the path at 50 columns
        await pilot.resize_terminal(160, 24)
        await pilot.pause()
        line = " ".join(screen_lines(app.screen.query_one("#library-status"))).strip()
        assert line.startswith(f"1/1 · gone from here: {two} (opens from the library's copy)")


async def test_forget_from_the_library_asks_and_exports_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db, _, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(110, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"harbour", "ctrl+r")
        await pilot.pause()
        await pilot.press("n")  # changed my mind: nothing happens
        assert "Harbour Bridge" in library_text(app)
        await pilot.press("ctrl+r", "y")
        await pilot.pause()
        await pilot.press("escape")
        assert "Harbour Bridge" not in library_text(app) and "Musk" in library_text(app)
    [export] = list(tmp_path.glob("forgotten-*.annotations.json"))
    assert "Engineers found corrosion" in export.read_text(encoding="utf-8")
    with Store(db) as store:
        assert len(store.all_annotations()) == 2


async def test_every_annotation_filtered_and_followed(tmp_path):
    db, _, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(110, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        table = "\n".join(screen_lines(app.screen.query_one("#annotations-table")))
        assert table.count("claim") == 2 and "quote" in table
        await pilot.press("ctrl+t")  # claims only
        await pilot.press(*"corrosion", "enter")
        await pilot.pause()
        state = app.reader_screen.state
        assert state.article.title.startswith("Harbour Bridge")
        cursor = state.article.text[state.reading.cursor.start : state.reading.cursor.end]
        assert "Engineers found corrosion" in cursor


async def test_the_library_paints_from_its_summary_then_loads_the_database(tmp_path):
    db, _, _ = setup(tmp_path)
    with Store(db) as store:
        from reader.core.library import refresh_summary

        refresh_summary(store)
    assert read_summary(db) is not None and (library_folder(db) / "summary.json").exists()
    app = build_library(str(db))
    assert app.store is None  # the database is not loaded before the first paint
    async with app.run_test(size=(110, 24)) as pilot:
        assert "Harbour Bridge" in library_text(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store is not None
        await pilot.press(*"harbour", "enter")
        await pilot.pause()
        assert app.screen is app.reader_screen


async def test_the_library_says_how_to_open_and_quit_and_the_palette_names_every_key(tmp_path):
    """Fresh-eyes review: the footer showed only ^s ^l ^r (the filter box answers enter, the app
    ctrl+q), and the palette listed Open, Down and Quit as "(unbound)" though they work. The
    filter box's placeholder says it, at 50 columns too."""
    db, _, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(110, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(50, 14)  # where the header is cut, the hint still shows
        await pilot.pause()
        box = app.screen.query_one("#library-filter")
        assert box.placeholder.endswith("enter opens · ^q quits")
        assert box.content_size.width > len(box.placeholder)  # shown whole, the cursor beside it
        helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert helps["Open"].startswith("key: ⏎") and helps["Quit"].startswith("key: ^q")
        assert not any("(unbound)" in (h or "") for h in helps.values())


async def test_escape_goes_back_to_the_article_and_f1_shows_the_librarys_keys(tmp_path):
    """Fresh-eyes review: the library had no help and no key back to the article one came from."""
    db, _, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # started here: nothing to go back to, and it says so
        shown = " ".join(screen_lines(app.screen.query_one("#library-status")))
        assert app.screen.id == "library" and "No article to go back to" in shown
        await pilot.press(*"zuckerberg", "enter")
        await pilot.pause()
        await pilot.press("j", "j", "j")
        cursor = app.reader_screen.state.reading.cursor
        await pilot.press("L")
        await pilot.pause()
        assert app.screen.id == "library"
        await pilot.press(*"harbour", "escape")  # the first escape clears the filter
        assert app.screen.id == "library" and "Musk" in library_text(app)
        await pilot.press("f1")
        await pilot.pause()
        help_text = app.screen.text(200)  # the whole help (the screen shows what fits)
        assert "back to the article you came from" in help_text and "^r" in help_text
        await pilot.press("escape")  # closes the help, nothing else
        assert app.screen.id == "library"
        await pilot.press("escape")  # the second: back to the article, where the cursor was
        await pilot.pause()
        screen = app.reader_screen
        assert app.screen is screen and screen.state.article.title.startswith("Musk")
        assert screen.state.reading.cursor.start == cursor.start
        await pilot.press("L", "ctrl+l")  # every annotation, then F1 there too
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert "annotations-tag" in app.screen.text(200)


async def test_work_that_ends_after_the_article_was_left_for_the_library_is_harmless(tmp_path):
    """tui-drive: L pressed while the suggestions were still being found crashed the app with
    "NoMatches: No nodes match '#pane'" — their callback drew on the screen already left."""
    from reader.core.suggest import analyse

    db, seed, _ = setup(tmp_path)
    app = build_library(str(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"zuckerberg", "enter")
        await pilot.pause()
        left = app.reader_screen
        await pilot.press("L")
        await pilot.pause()
        assert app.screen.id == "library" and not left.is_attached
        # what a worker, a timer or an after-refresh callback may still deliver to it
        left._suggestions_ready(left.state.article, analyse(left.state.article))
        left._fit()
        left.say("Not fetched: offline")
        left._prepare_next()
        left._language_confirmed("en", 0.99)
        await pilot.pause()
        assert app.screen.id == "library" and app.return_code is None


def test_the_column_names_stand_over_their_columns_at_every_width():
    """New-user review: without names "1/2" and "C0 Q0 S1" said nothing, and two rows with one
    title looked the same."""
    from reader.core.library import LibraryRow
    from reader.ui.library_screen import format_header, format_row

    def row(title: str, when: str, status: str = "") -> LibraryRow:
        return LibraryRow("k", title, "Tech & Trends", None, "de", 1, 2, 9, 3, 1, 0, 0, 19,
                          when, ["a.txt"], file_status=status)  # fmt: skip

    rows = [row("Musk & Zuckerberg: Feinde im Ring, Partner beim Deal", "2026-12-02T00:00:00Z"),
            row("Kurz", "", "missing")]  # fmt: skip
    for width in (50, 80, 120, 160):
        for status_width in (0, 10):  # as the screen sets it: the longest status and a blank
            header = format_header(width, status_width)
            for r in rows:
                line = format_row(r, width, status_width)
                assert line.index("  de ") + 2 == header.index("lng"), (width, header, line)
                assert line.index("C3 Q1 S0") == header.index("C/Q/S"), (width, header, line)


async def test_two_rows_with_one_title_show_their_files(tmp_path):
    """New-user review: two copies of one story (two files) gave two identical rows."""
    db, seed, _ = setup(tmp_path)
    copy = tmp_path / "zweite-fassung.txt"
    copy.write_text(seed.read_text(encoding="utf-8") + "\nEin Nachtrag.\n", encoding="utf-8")
    annotate(db, copy, "Elon Musk versuchte heimlich", "claim", "de")
    app = build_library(str(db))
    async with app.run_test(size=(140, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = [r for r in library_text(app).split("\n") if "Musk" in r]
        assert len(rows) == 2 and rows[0] != rows[1]
        assert any("zweite-fassung.txt" in r for r in rows) and any("seed.txt" in r for r in rows)
        assert all(
            "Harbour Bridge" not in r or "harbour.txt" not in r
            for r in library_text(app).split("\n")
        )
