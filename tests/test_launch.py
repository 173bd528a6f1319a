"""Quitting the app leaves one self-contained database file."""

from __future__ import annotations

import argparse

from conftest import SEED
from tinydb import TinyDB

from reader.ui import launch
from reader.ui.app import ReaderApp


def test_after_the_app_quits_plain_tinydb_reads_every_annotation(private_database, monkeypatch):
    def a_short_session(self):  # stands in for the user: tags two sentences, then quits
        session = self.reader_screen.state.session
        for sentence in self.reader_screen.state.article.sentences[1:3]:
            session.add("claim", sentence.start, sentence.end)

    monkeypatch.setattr(ReaderApp, "run", a_short_session)
    monkeypatch.setattr(launch, "require_terminal", lambda: None)  # the test is the terminal
    args = argparse.Namespace(
        files=[str(SEED)],
        db=str(private_database),
        lang="de",
        width=76,
        timeout=10.0,
        all_pages=False,
    )
    assert launch.run_app(args) == 0
    assert len(TinyDB(private_database).table("annotations")) == 2


def test_without_a_terminal_the_app_is_refused_and_nothing_is_written(capsys, tmp_path):
    """`reader FILE > out` would fill `out` with escape sequences: one line, exit 2, and nothing
    written (the input is checked first, so its problems are the ones reported)."""
    from reader.cli import main

    db = tmp_path / "db.json"
    assert main([str(SEED), "--db", str(db)]) == 2  # pytest's stdout is no terminal
    err = capsys.readouterr().err
    assert err.startswith("reader: the reader needs a terminal") and err.count("\n") == 1
    assert main(["library", "--db", str(db)]) == 2
    assert not db.exists() and not db.with_name("db.json.journal").exists()
    assert main([str(SEED), "--db", str(db), "--width", "5"]) == 2  # bad input: said first
    assert "at least 20 cells" in capsys.readouterr().err
