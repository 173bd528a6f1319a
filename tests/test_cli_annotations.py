"""Headless annotation commands, run as a script would run them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import SAMPLES, SEED


def reader(*args, check=True):
    result = subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)], capture_output=True, text=True
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_annotate_list_export_import_round_trip(tmp_path):
    db, other = tmp_path / "a.json", tmp_path / "b.json"
    reader(
        "annotate",
        SEED,
        "--db",
        db,
        "--lang",
        "de",
        "--match",
        "OpenAI steht nicht zum Verkauf",
        "--tag",
        "quote",
        "--note",
        "Altman",
    )
    reader(
        "annotate",
        SEED,
        "--db",
        db,
        "--lang",
        "de",
        "--match",
        "Die Enthüllung könnte",
        "--tag",
        "speculation",
    )
    listing = reader("list", SEED, "--db", db, "--lang", "de").stdout
    assert "quote" in listing and "Altman" in listing and "speculation" in listing
    out = tmp_path / "export.json"
    reader("export", SEED, "--db", db, "--lang", "de", "-o", out)
    assert (
        "imported 2" in reader("import", SEED, "--db", other, "--lang", "de", "--from", out).stdout
    )
    again = tmp_path / "again.json"
    reader("export", SEED, "--db", other, "--lang", "de", "-o", again)
    first, second = (json.loads(p.read_text(encoding="utf-8"))["annotations"] for p in (out, again))
    assert first == second
    assert (
        "skipped 2" in reader("import", SEED, "--db", other, "--lang", "de", "--from", out).stdout
    )


def test_importing_into_another_article_copies_never_moves(tmp_path):
    db = tmp_path / "a.json"
    reader(
        "annotate",
        SEED,
        "--db",
        db,
        "--lang",
        "de",
        "--match",
        "OpenAI steht nicht zum Verkauf",
        "--tag",
        "quote",
    )
    out = tmp_path / "export.json"
    reader("export", SEED, "--db", db, "--lang", "de", "-o", out)
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    assert "imported 1" in reader("import", copy, "--db", db, "--lang", "de", "--from", out).stdout
    assert "OpenAI steht" in reader("list", SEED, "--db", db, "--lang", "de").stdout  # still there
    assert "OpenAI steht" in reader("list", copy, "--db", db, "--lang", "de").stdout
    wrong = SAMPLES / "harbour-bridge-en.txt"
    result = reader("import", wrong, "--db", db, "--lang", "en", "--from", out).stdout
    assert "1 orphaned" in result  # not found in that article: kept, marked, never dropped
    assert "ORPHANED" in reader("list", wrong, "--db", db, "--lang", "en").stdout
