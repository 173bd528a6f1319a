"""A team in the app: whose annotations are shown (P), and picking a version of a conflict (C)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import SEED
from uihelpers import make_app, screen_lines, status

from reader.core.store import CONFLICTS, Store


def as_ann():
    folder = Path(os.environ["READER_CONFIG"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"author": "Ann"}))


async def tag_two_sentences(db):
    """Ann tags sentences 1 and 2; the second is then made Bob's (as a sync would bring it)."""
    app = make_app([SEED], db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "1", "j", "1")
        key = app.reader_screen.state.article.key
    with Store(db) as store:
        first, second = store.annotations(key)
        bob = second.edited(author="Bob", note="Bob's note")
        store.put(bob)
    return key, first, bob


async def test_person_key_filters_the_view_and_the_list(private_database):
    as_ann()
    key, ann, bob = await tag_two_sentences(private_database)
    assert ann.author == "Ann"  # stamped from the settings
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        state = app.reader_screen.state
        assert {a.uuid for a in state.view().annotations} == {ann.uuid, bob.uuid}
        await pilot.press("P")
        assert "Showing only Ann's annotations (1)" in status(app)
        assert [a.uuid for a in state.view().annotations] == [ann.uuid]
        await pilot.press("a")
        listed = " ".join(screen_lines(app.reader_screen.query_one("#panel")))
        assert "Ann" in listed and "Bob" not in listed
        await pilot.press("escape", "P")
        assert "Showing only Bob's annotations (1)" in status(app)
        assert [a.uuid for a in state.view().annotations] == [bob.uuid]
        await pilot.press("tab")
        assert "“Bob's note” by Bob" in app.reader_screen.state.status()
        await pilot.press("P")
        assert "Showing everyone's annotations (2 people)" in status(app)
        assert len(state.view().annotations) == 2


def keep_conflict(store: Store, theirs) -> None:
    """What a sync keeps when two people changed one annotation: their version beside it."""
    entry = {
        "uuid": theirs.uuid,
        "remote": "http://127.0.0.1:5984/team",
        "versions": [{"rev": "2-abc", "doc": theirs.to_dict()}],
        "resolved": False,
    }
    store.apply_changes({CONFLICTS: [(theirs.uuid, entry)]})


async def test_conflict_is_marked_and_a_version_picked(private_database):
    as_ann()
    key, ann, bob = await tag_two_sentences(private_database)
    theirs = ann.edited(note="Carla's reading", tag="speculation", author="Carla")
    with Store(private_database) as store:  # what a sync keeps when two people changed it
        keep_conflict(store, theirs)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        assert "CONFLICT: C picks a version" in status(app)
        await pilot.press("C")
        rows = " ".join(screen_lines(app.screen.query_one("#conflict-versions")))
        assert (
            "shown now: claim by Ann" in rows and "kept by the sync: speculation by Carla" in rows
        )
        await pilot.press("down", "enter")
        assert "CONFLICT" not in status(app)
        assert "[speculation] “Carla's reading” by Carla" in app.reader_screen.state.status()
    with Store(private_database) as store:
        kept = store.get(ann.uuid)
        assert (kept.tag, kept.note) == ("speculation", "Carla's reading")
        assert store.conflict(ann.uuid)["resolved"] is True
        assert ann.uuid not in store.conflicted()


async def test_a_pick_is_undone_and_redone_like_any_decision(private_database):
    as_ann()
    key, ann, bob = await tag_two_sentences(private_database)
    theirs = ann.edited(note="Carla's reading", tag="speculation", author="Carla")
    with Store(private_database) as store:
        keep_conflict(store, theirs)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "C", "down", "enter")
        assert "CONFLICT" not in status(app)
        await pilot.press("u")
        assert "Undid: pick a version" in status(app) and "CONFLICT" in status(app)
        with Store(private_database) as store:
            assert store.get(ann.uuid).tag == "claim" and ann.uuid in store.conflicted()
        await pilot.press("ctrl+r")
        assert "CONFLICT" not in status(app)
    with Store(private_database) as store:
        assert store.get(ann.uuid).tag == "speculation" and ann.uuid not in store.conflicted()


async def test_what_a_watching_sync_brings_shows_up_in_the_open_app(private_database):
    from reader.core import team
    from reader.core.watch import write_status

    as_ann()
    key, ann, bob = await tag_two_sentences(private_database)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        state = app.reader_screen.state
        write_status(private_database, "http://127.0.0.1:5984/team", "synced")  # (this pid: alive)
        with Store(private_database) as store:  # what the watch pulled meanwhile
            store.put(bob.edited(note="Bob changed his mind"))
            store.delete(ann.uuid)
        team._marks.clear()
        app.reader_screen._team_tick()
        await pilot.pause()
        assert [(a.uuid, a.note) for a in state.session.all()] == [
            (bob.uuid, "Bob changed his mind")
        ]
        assert "sync: pending" in state.status()  # written after the watch's last sync


async def test_merging_the_notes_keeps_one_line_and_says_so(private_database):
    as_ann()
    key, ann, bob = await tag_two_sentences(private_database)
    theirs = ann.edited(note="Carla's reading", author="Carla")
    with Store(private_database) as store:
        store.put(ann.edited(note="Ann's first reading"))
        keep_conflict(store, theirs)
    app = make_app([SEED], private_database)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "C")
        rows = screen_lines(app.screen.query_one("#conflict-versions"))
        assert not any("␊" in row for row in rows)  # the option's own line break, not a glyph
        assert any("merge the notes" in row for row in rows)
        await pilot.press("down", "down", "enter")
        assert "Merged the notes" in status(app)
    with Store(private_database) as store:
        assert store.get(ann.uuid).note == "Ann's first reading / Carla's reading"
