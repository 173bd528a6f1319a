"""Shared test setup: no animations, and never the user's own database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["TEXTUAL_ANIMATIONS"] = "none"  # Pilot waits out smooth scrolling otherwise (8x slower)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
SEED = SAMPLES / "musk-zuckerberg-openai.txt"
SAMPLE_ARTICLES = {
    "seed": [SEED],
    "harbour": [SAMPLES / "harbour-bridge-en.txt"],
    "moorfeld": [SAMPLES / "moorfeld-windpark-1.txt", SAMPLES / "moorfeld-windpark-2.txt"],
    "glasshouse": [SAMPLES / "glasshouse-library-en.txt"],
}


@pytest.fixture(autouse=True)
def private_database(tmp_path, monkeypatch):
    """Every test gets its own database ($READER_DB) and settings folder ($READER_CONFIG), and
    one login name."""
    db = tmp_path / "reader-db.json"
    monkeypatch.setenv("READER_DB", str(db))
    monkeypatch.setenv("READER_KEYMAP", str(tmp_path / "no-keymap.json"))
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "config"))
    # the author of new annotations, without a name in the settings: the login name (getpass
    # reads $LOGNAME first), the same on every machine so snapshots match
    monkeypatch.setenv("LOGNAME", "tester")
    return db
