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


def annotate_seed(db, match, tag, *extra):
    return reader(
        "annotate", SEED, "--db", db, "--lang", "de", "--match", match, "--tag", tag, *extra
    )


def test_annotate_list_export_import_round_trip(tmp_path):
    db, other = tmp_path / "a.json", tmp_path / "b.json"
    annotate_seed(db, "OpenAI steht nicht zum Verkauf", "quote", "--note", "Altman")
    annotate_seed(db, "Die Enthüllung könnte", "speculation")
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
    annotate_seed(db, "OpenAI steht nicht zum Verkauf", "quote")
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


def test_refusals_are_one_line_with_exit_2(tmp_path):
    db = tmp_path / "a.json"
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text('{"annotations": {"1": ', encoding="utf-8")
    cases = [
        (["list", SEED, "--db", ""], "the database path is empty"),
        (["export", SEED, "--db", db, "-o", ""], "the output path is empty"),
        (["export", SEED, "--db", db, "-o", "/dev/null"], "not a regular file"),
        (["export", SEED, "--db", db, "-o", tmp_path / "missing" / "x.json"], "does not exist"),
        (
            ["annotate", SEED, "--db", db, "--match", "Käfigkampf", "--tag", "claim"],
            "appears 2 times",
        ),
        (
            ["annotate", SEED, "--db", db, "--match", "nirgends zu finden", "--tag", "claim"],
            "is not in the article",
        ),
        (["annotate", SEED, "--db", db, "--match", "Musk", "--tag", "opinion"], "invalid choice"),
        (["open", SEED, "--db", db, "--width", "5"], "at least 20 cells"),
        (["open", SEED, "--db", corrupt], "left untouched"),  # before the terminal is taken
        (["list", SEED, "--db", corrupt], "left untouched"),
        (["import", SEED, "--db", db, "--from", tmp_path / "none.json"], "no such file"),
    ]
    for args, message in cases:
        result = reader(*args, "--lang", "de", check=False)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr and "reader: reader" not in result.stderr
    assert not (tmp_path / "missing").exists()
    assert corrupt.read_text(encoding="utf-8") == '{"annotations": {"1": '


def test_export_dash_prints_and_markdown_keeps_escapes_visible(tmp_path):
    db = tmp_path / "a.json"
    article = tmp_path / "escape.txt"
    article.write_text(
        "A title\n\nThis paragraph has \x1b[31mred\x1b[0m text in it. Another sentence.\n",
        encoding="utf-8",
    )
    reader(
        "annotate",
        article,
        "--db",
        db,
        "--lang",
        "en",
        "--match",
        "This paragraph has",
        "--tag",
        "claim",
        "--note",
        "bad \x1b[2J note",
    )
    md = reader("export", article, "--db", db, "--lang", "en", "--format", "md", "-o", "-").stdout
    assert "\x1b" not in md and "␛[2J" in md
    data = json.loads(reader("export", article, "--db", db, "--lang", "en").stdout)
    assert data["annotations"][0]["note"] == "bad \x1b[2J note"  # JSON keeps the data exact
