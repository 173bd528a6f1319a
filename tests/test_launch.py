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
