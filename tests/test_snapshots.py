"""What a person sees, as pictures (pytest-textual-snapshot): they complement the Pilot tests.

A changed picture fails the test and writes snapshot_report.html; when the change is meant,
`pytest tests/test_snapshots.py --snapshot-update` records the new pictures (look at them first).
"""

from __future__ import annotations

import pytest
from conftest import SEED

from reader.ui.launch import build_app


def seed_app(db):
    app, _store = build_app([str(SEED)], db=str(db), lang="de")
    return app


async def settled(pilot) -> None:
    """Wait for the background work (suggestions) so the picture is the same every time."""
    await pilot.pause()  # the background work starts once the first pane is painted
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", [(50, 14), (80, 24), (160, 45)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_pane_of_the_seed(snap_compare, private_database, size):
    assert snap_compare(seed_app(private_database), terminal_size=size, run_before=settled)


def test_a_selection(snap_compare, private_database):
    async def select(pilot):
        await settled(pilot)
        await pilot.press("j", "v", "j", "w", "w")

    assert snap_compare(seed_app(private_database), terminal_size=(80, 24), run_before=select)


def test_the_annotation_list(snap_compare, private_database):
    async def tag_and_list(pilot):
        await settled(pilot)
        await pilot.press("j", "1", "j", "2", "j", "j", "3", "a")
        await pilot.pause()

    assert snap_compare(
        seed_app(private_database), terminal_size=(100, 30), run_before=tag_and_list
    )


def test_help(snap_compare, private_database):
    async def help(pilot):
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app(private_database), terminal_size=(120, 50), run_before=help)


def test_the_sources_panel(snap_compare, private_database):
    async def sources(pilot):
        await settled(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(seed_app(private_database), terminal_size=(100, 30), run_before=sources)


def test_a_light_theme(snap_compare, private_database):
    async def light(pilot):
        pilot.app.theme = "textual-light"
        await settled(pilot)
        await pilot.press("j", "1", "j", "2", "j", "3", "slash", *list("Musk"), "enter")
        await pilot.pause()

    assert snap_compare(seed_app(private_database), terminal_size=(80, 24), run_before=light)
