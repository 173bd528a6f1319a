"""Headless annotation commands, run as a script would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest
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
    copy = tmp_path / "copy.txt"  # another article (another text) holding the same passage
    copy.write_text(SEED.read_text(encoding="utf-8") + "\nEin Nachtrag.\n", encoding="utf-8")
    assert "imported 1" in reader("import", copy, "--db", db, "--lang", "de", "--from", out).stdout
    assert "OpenAI steht" in reader("list", SEED, "--db", db, "--lang", "de").stdout  # still there
    assert "OpenAI steht" in reader("list", copy, "--db", db, "--lang", "de").stdout
    wrong = SAMPLES / "harbour-bridge-en.txt"
    result = reader("import", wrong, "--db", db, "--lang", "en", "--from", out)
    assert "1 orphaned" in result.stdout  # not found in that article: kept, marked, never dropped
    assert result.stderr == (  # and said: a new user took it for a silent success
        f"reader: warning: {out} was exported from “Musk & Zuckerberg: Feinde im Ring, Partner"
        " beim 100-Milliar…”, not this article; 1 annotation(s) could not be placed here"
        " (`reader list` shows them orphaned)\n"
    )
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
    # a file that is no database leaves no lock file beside it (a new user's `--db notes.txt`)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    for command in ("annotate", "list"):
        extra = ["--match", "Musk", "--tag", "claim"] if command == "annotate" else []
        result = reader(command, SEED, "--db", notes, "--lang", "de", *extra, check=False)
        assert result.returncode == 2 and "left untouched" in result.stderr
        assert sorted(p.name for p in tmp_path.glob("notes.txt*")) == ["notes.txt"]
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


# issue 9 ---------------------------------------------------------------------------------------


def refused(result, *needles):
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    return result.stderr


def test_a_note_with_a_byte_that_is_not_utf8_is_refused_and_nothing_stored(tmp_path):
    db = tmp_path / "a.json"
    command = [sys.executable, "-m", "reader", "annotate", str(SEED), "--db", str(db)]
    command += ["--lang", "de", "--match", "Das Angebot", "--tag", "claim", "--note", b"x\xff"]
    result = subprocess.run(command, capture_output=True, text=True)
    refused(result, "--note", "not UTF-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _export_with(tmp_path, db, **changes):
    annotate_seed(db, "Das Angebot", "claim")
    out = tmp_path / "export.json"
    reader("export", SEED, "--db", db, "--lang", "de", "-o", out, "--force")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["annotations"][0].update(changes)
    text = json.dumps(data)  # ASCII with \u escapes: a lone surrogate is written as \ud800
    out.write_text(text, encoding="utf-8")
    return out


def state(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_import_with_a_lone_surrogate_is_refused_and_nothing_stored(tmp_path):
    db, other = tmp_path / "a.json", tmp_path / "data" / "b.json"
    other.parent.mkdir()
    for changes in ({"note": "a\ud800"}, {"exact": "\ud800" * len("Das Angebot")}):
        source = _export_with(tmp_path, db, **changes)
        result = reader(
            "import", SEED, "--db", other, "--lang", "de", "--from", source, check=False
        )
        refused(result, str(source), "lone surrogate (U+D800)")
        assert state(other.parent) == {}


def test_import_normalises_uuids_so_w3c_ids_are_not_doubled(tmp_path):
    db, other = tmp_path / "a.json", tmp_path / "b.json"
    source = _export_with(tmp_path, db)
    data = json.loads(source.read_text(encoding="utf-8"))
    bare = data["annotations"][0]["uuid"]
    data["annotations"][0]["uuid"] = "urn:uuid:" + bare.upper()
    source.write_text(json.dumps(data), encoding="utf-8")
    reader("import", SEED, "--db", other, "--lang", "de", "--from", source)
    w3c = json.loads(
        reader("export", SEED, "--db", other, "--lang", "de", "--format", "w3c").stdout
    )
    assert w3c["first"]["items"][0]["id"] == f"urn:uuid:{bare}"
    again = reader("import", SEED, "--db", other, "--lang", "de", "--from", source).stdout
    assert "skipped 1" in again  # the same annotation, whatever the spelling of its id


def test_import_refuses_an_absurd_page(tmp_path):
    db, other = tmp_path / "a.json", tmp_path / "b.json"
    source = _export_with(tmp_path, db, page=10**12)
    result = reader("import", SEED, "--db", other, "--lang", "de", "--from", source, check=False)
    refused(result, str(source), "page 1000000000000 is beyond")
    assert not other.exists()


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("created", "not a date", "field 'created' is not a date and time"),
        ("modified", "9999-99-99", "field 'modified' is not a date and time"),
        ("author", "\u001b]0;pwned\u0007Eve", "field 'author' holds a control character"),
        ("rule", "evil\u001b[2J", "field 'rule' holds a control character"),
    ],
)
def test_import_refuses_what_could_not_be_shown_or_exported_as_it_claims(
    tmp_path, field, value, said
):
    """Adversarial review: "created": "not a date" went out as an xsd:dateTime in the W3C export,
    and an author with an OSC sequence was stored (a speaker with one was refused)."""
    db, other = tmp_path / "a.json", tmp_path / "b.json"
    source = _export_with(tmp_path, db, **{field: value})
    result = reader("import", SEED, "--db", other, "--lang", "de", "--from", source, check=False)
    refused(result, str(source), said)
    assert not other.exists()


def test_import_of_deeply_nested_json_is_one_line(tmp_path):
    source = tmp_path / "deep.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    db = tmp_path / "a.json"
    result = reader("import", SEED, "--db", db, "--lang", "de", "--from", source, check=False)
    refused(result, str(source), "nested too deeply")
    assert not db.exists()


def _stored_with_a_lone_surrogate(tmp_path):
    """A database holding text UTF-8 cannot carry (as an older reader could store it)."""
    from reader.core.store import Store

    db = tmp_path / "a.json"
    annotate_seed(db, "Das Angebot", "claim", "--note", "fine")
    with Store(db) as store:
        [a] = store.all_annotations()
        store.compact()
    data = json.loads(db.read_text(encoding="utf-8"))
    [doc] = data["annotations"].values()
    doc["note"] = "x\udcff"
    db.write_text(json.dumps(data), encoding="utf-8")
    return db, a.uuid


def test_exporting_stored_text_that_utf8_cannot_carry_is_one_line_naming_it(tmp_path):
    db, uuid = _stored_with_a_lone_surrogate(tmp_path)
    base = ["export", SEED, "--db", db, "--lang", "de"]
    for extra in ([], ["--format", "w3c"], ["--format", "md"], ["-o", tmp_path / "out.json"]):
        result = subprocess.run(
            [sys.executable, "-m", "reader", *map(str, base), *map(str, extra)],
            capture_output=True,
        )
        assert result.returncode == 2 and result.stdout == b"", result
        line = result.stderr.decode("utf-8")  # valid UTF-8, one line
        assert line.count("\n") == 1 and uuid in line and "Traceback" not in line
    assert not (tmp_path / "out.json").exists()
    listing = reader("list", SEED, "--db", db, "--lang", "de").stdout
    assert "x\ufffd" in listing  # shown, one stand-in for the character that is not one


def test_a_snapshot_refused_as_damaged_gets_no_journal_line(tmp_path):
    from reader.core.store import Store

    db = tmp_path / "a.json"
    annotate_seed(db, "Das Angebot", "claim")
    with Store(db) as store:
        store.compact()
    data = json.loads(db.read_text(encoding="utf-8"))
    [doc] = data["annotations"].values()
    doc["start"] = "twelve"
    db.write_text(json.dumps(data), encoding="utf-8")
    before = state(tmp_path)
    for command in (["annotate", "--match", "Zuckerberg", "--tag", "claim"], ["list"]):
        result = reader(command[0], SEED, "--db", db, "--lang", "de", *command[1:], check=False)
        refused(result, str(db), "'start' must be an integer", "left untouched")
        assert state(tmp_path) == before


def test_rule_names_and_output_paths_reach_the_terminal_as_visible_characters(tmp_path):
    from reader.core.store import Store

    db = tmp_path / "a.json"
    annotate_seed(db, "Das Angebot", "claim")
    with Store(db) as store:
        [a] = store.all_annotations()
        store.put(replace(a, rule="evil\x1b[31mrule"))
        store.reject(a.article, rule="\x1b]0;title\x07", start=0, end=3, exact="Mus")
    stats = reader("stats", "--rules", "--db", db)
    assert "\x1b" not in stats.stdout and "\x07" not in stats.stdout
    assert "evil␛[31mrule" in stats.stdout
    out = tmp_path / "red\x1b[31m.json"
    result = reader("export", SEED, "--db", db, "--lang", "de", "-o", out)
    assert "\x1b" not in result.stderr and "red␛[31m.json" in result.stderr


def test_json_on_stdout_carries_no_raw_c1_control_characters(tmp_path):
    db = tmp_path / "a.json"
    annotate_seed(db, "Das Angebot", "claim", "--note", "8-bit CSI \x9b31m here")
    result = reader("export", SEED, "--db", db, "--lang", "de")
    assert "\x9b" not in result.stdout and "\\u009b" in result.stdout
    assert json.loads(result.stdout)["annotations"][0]["note"] == "8-bit CSI \x9b31m here"


def test_export_never_replaces_the_database_its_journal_lock_copies_or_the_article(tmp_path):
    """`-o` naming one of the reader's own files, or the article exported from (by another
    spelling or a hard link too), is refused in one line even with --force, and the file is
    unchanged; so is a read-only file (root's writes would ignore its mode)."""
    import os

    article = tmp_path / "seed.txt"
    article.write_bytes(SEED.read_bytes())
    db = tmp_path / "r.json"
    reader("annotate", article, "--db", db, "--lang", "de",
           "--match", "OpenAI steht nicht zum Verkauf", "--tag", "claim")  # fmt: skip
    linked = tmp_path / "hard-link.txt"
    os.link(article, linked)
    copies = next(tmp_path.glob("r.json.library"))
    stored = next(p for p in copies.rglob("*") if p.is_file())
    targets = {
        db: "is the reader's database",
        tmp_path / "r.json.journal": "is the reader's database journal",
        tmp_path / "r.json.lock": "is the reader's database lock",
        stored: "is in the reader's stored copies of articles",
        article: "is the article exported from",
        tmp_path / "." / "seed.txt": "is the article exported from",
        linked: "is the article exported from",
    }
    for target, said in targets.items():
        if not target.exists():
            target.write_text("")  # the lock appears with the first writer; make sure
        before = target.read_bytes()
        result = reader(
            "export", article, "--db", db, "--lang", "de", "-o", target, "--force", check=False
        )
        assert result.returncode == 2, target
        assert result.stderr.strip().endswith(
            f"{said}: an export never replaces it; name another file"
        )
        assert len(result.stderr.strip().splitlines()) == 1 and target.read_bytes() == before
    assert "OpenAI steht" in reader("list", article, "--db", db, "--lang", "de").stdout
    locked = tmp_path / "locked.json"
    locked.write_text("keep me")
    locked.chmod(0o444)
    result = reader("export", article, "--db", db, "-o", locked, "--force", check=False)
    assert result.returncode == 2 and result.stderr.strip().endswith("is read-only: not replaced")
    assert locked.read_text() == "keep me"
