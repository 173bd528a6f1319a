"""The library: identity by content, stored copies, the library's rows, lists and exports across
articles, forgetting, and a database written before the library existed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, SEED

from reader.cli import main
from reader.core.article import article_key
from reader.core.library import library_folder, refresh_summary
from reader.core.opening import open_files
from reader.core.storage import SCHEMA
from reader.core.store import Store
from reader.errors import ReaderError

W3C_VALIDATE = ROOT.parent / "shared" / "tools" / "w3c-validate"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def annotate(capsys, db, files, match, tag, lang="de", *extra):
    code, out, err = run(
        capsys, "annotate", *files, "--db", db, "--lang", lang, "--match", match, "--tag", tag,
        *extra,
    )  # fmt: skip
    assert code == 0, err
    return out


def library_json(capsys, db) -> list[dict]:
    code, out, err = run(capsys, "library", "--db", db, "--json")
    assert code == 0, err
    return json.loads(out)["articles"]


# identity ------------------------------------------------------------------------------------


def test_a_moved_file_keeps_its_annotations(capsys, tmp_path):
    db = tmp_path / "db.json"
    here = tmp_path / "here" / "article.txt"
    here.parent.mkdir()
    shutil.copy(SEED, here)
    annotate(capsys, db, [here], "OpenAI steht nicht zum Verkauf", "quote")
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    shutil.move(here, moved)
    code, out, _ = run(capsys, "list", moved, "--db", db, "--lang", "de")
    assert code == 0 and "OpenAI steht nicht zum Verkauf" in out
    [row] = library_json(capsys, db)  # one article, not two
    assert row["claims"] + row["quotes"] == 1


def test_page_one_alone_reopens_with_the_page_two_read_before_and_its_annotations(capsys, tmp_path):
    """A fresh-eyes review fetched page 2 with F, annotated it, and reopened the article by its
    first address: the annotation came back orphaned ("the article changed"). The library read
    that page with it before, so it opens with it again, from its copy, and says so."""
    from reader.core.reader_state import ReaderState

    db = tmp_path / "db.json"
    one, two = tmp_path / "windpark-1.txt", tmp_path / "windpark-2.txt"
    shutil.copy(SAMPLES / "moorfeld-windpark-1.txt", one)
    shutil.copy(SAMPLES / "moorfeld-windpark-2.txt", two)
    annotate(capsys, db, [one, two], "Geld für die Gemeinde", "claim")
    code, out, err = run(capsys, "list", one, "--db", db, "--lang", "de")
    assert code == 0 and "Geld für die Gemeinde" in out and "ORPHANED" not in out
    assert (
        err
        == "reader: Also opened from the library's copy, as you read it before: windpark-2.txt\n"
    )
    two.unlink()  # the copy serves when the file is gone as well
    with Store(db) as store:
        opened = open_files([str(one)], "de", store)
        assert opened.article.pages_present == (1, 2)
        state = ReaderState(opened.article, store, notice=opened.notice)
        assert [a.orphaned for a in state.session.all()] == [False]
        assert state.message.startswith("Also opened from the library's copy")
    code, out, _ = run(capsys, "parse", one, "--lang", "de")  # no library: what was named
    assert "1 of 2 present (missing: 2)" in out
    assert len(library_json(capsys, db)) == 1


def test_pages_in_the_wrong_order_are_the_same_article_in_their_own_order(capsys, tmp_path):
    db = tmp_path / "db.json"
    one, two = SAMPLES / "moorfeld-windpark-1.txt", SAMPLES / "moorfeld-windpark-2.txt"
    annotate(capsys, db, [one, two], "Windpark", "claim", "de", "--occurrence", "1")
    code, out, _ = run(capsys, "parse", two, one, "--lang", "de")
    assert code == 0 and out.startswith("Title:     Windpark im Moorfelder Land")
    code, out, _ = run(capsys, "list", two, one, "--db", db, "--lang", "de")
    assert "claim" in out  # the same article, found with its annotation
    assert len(library_json(capsys, db)) == 1


def test_an_edited_file_at_the_same_path_is_the_same_article(capsys, tmp_path):
    db = tmp_path / "db.json"
    article = tmp_path / "a.txt"
    shutil.copy(SAMPLES / "harbour-bridge-en.txt", article)
    annotate(capsys, db, [article], "Engineers found corrosion", "claim", "en")
    article.write_text("A new first paragraph.\n\n" + article.read_text(encoding="utf-8"))
    code, out, _ = run(capsys, "list", article, "--db", db, "--lang", "en")
    assert "Engineers found corrosion" in out and "ORPHANED" not in out


def test_a_deleted_file_opens_from_the_stored_copy(capsys, tmp_path):
    from reader.core.opening import open_from_library

    db = tmp_path / "db.json"
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    annotate(capsys, db, [article], "Elon Musk versuchte heimlich", "claim")
    article.unlink()
    [row] = library_json(capsys, db)
    assert row["file_status"] == "missing" and row["copy_status"] == "ok"
    with Store(db) as store:
        opened = open_from_library(store, row["key"], "de")
        assert opened.article.text.startswith("Musk & Zuckerberg")
        assert "library's copy" in opened.notice
        assert len(store.annotations(row["key"])) == 1


def test_a_missing_or_damaged_copy_is_said_and_nothing_else_breaks(capsys, tmp_path):
    db = tmp_path / "db.json"
    annotate(capsys, db, [SEED], "Elon Musk versuchte heimlich", "claim")
    annotate(capsys, db, [SAMPLES / "harbour-bridge-en.txt"], "Engineers found", "claim", "en")
    copies = sorted(library_folder(db).glob("*.gz"))
    assert len(copies) == 2
    copies[0].write_bytes(b"not gzip")
    copies[1].unlink()
    rows = library_json(capsys, db)
    assert sorted(r["copy_status"] for r in rows) == ["damaged", "missing"]
    assert all(r["file_status"] == "here" for r in rows)
    code, out, _ = run(capsys, "list", "--all", "--db", db)
    assert code == 0 and out.count("claim") == 2  # the annotations are all still there


def test_two_writers_adding_articles_at_once_lose_nothing(tmp_path):
    db = tmp_path / "db.json"
    files = []
    for n in range(12):
        f = tmp_path / f"article-{n}.txt"
        f.write_text(f"Title number {n}\n\nParagraph {n} says something checkable.\n")
        files.append(f)
    script = (
        "import sys; from reader.cli import main\n"
        "for f in sys.argv[2:]: main(['annotate', f, '--db', sys.argv[1], '--lang', 'en',"
        " '--match', 'says', '--tag', 'claim'])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(db), *map(str, files[i::2])])
        for i in range(2)
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    with Store(db) as store:
        assert len(store.articles()) == 12
        assert len(store.all_annotations()) == 12


# the library's rows ---------------------------------------------------------------------------


def test_the_library_lists_progress_counts_and_files(capsys, tmp_path):
    db = tmp_path / "db.json"
    annotate(capsys, db, [SEED], "Elon Musk versuchte heimlich", "claim")
    annotate(capsys, db, [SEED], "OpenAI steht nicht zum Verkauf", "quote")
    with Store(db) as store:
        article = open_files([str(SEED)], "de", store).article
        store.save_position(article.key, article.id, len(article.text) // 2)
    [row] = library_json(capsys, db)
    assert row["title"].startswith("Musk & Zuckerberg") and row["kicker"] == "Tech & Trends"
    assert (row["claims"], row["quotes"], row["speculation"]) == (1, 1, 0)
    assert row["progress"] == 50 and row["pages_present"] == 1 and row["pages_known"] == 2
    assert row["lang"] == "de" and row["file_status"] == "here"


def test_reader_with_no_arguments_opens_the_library(monkeypatch, capsys, tmp_path):
    import reader.ui.launch as launch

    called = []
    monkeypatch.setattr(launch, "run_library", lambda args: called.append(args.db) or 0)
    assert main([]) == 0 and called == [None]


# across the library ---------------------------------------------------------------------------


@pytest.fixture
def two_articles(capsys, tmp_path):
    db = tmp_path / "db.json"
    annotate(capsys, db, [SEED], "Elon Musk versuchte heimlich", "claim", "de", "--note", "prüfen")
    annotate(capsys, db, [SEED], "OpenAI steht nicht zum Verkauf", "quote")
    annotate(capsys, db, [SAMPLES / "harbour-bridge-en.txt"], "Engineers found", "claim", "en")
    return db


def test_list_all_with_filters(capsys, two_articles):
    db = two_articles
    code, out, _ = run(capsys, "list", "--all", "--db", db)
    assert "Musk & Zuckerberg" in out and "Harbour Bridge" in out and out.count("“") == 3
    code, out, _ = run(capsys, "list", "--all", "--db", db, "--tag", "claim", "--json")
    rows = json.loads(out)["annotations"]
    assert sorted(r["exact"][:10] for r in rows) == ["Elon Musk ", "Engineers "]
    assert all(r["article_title"] for r in rows)
    code, out, _ = run(capsys, "list", "--all", "--db", db, "--search", "PRUFEN", "--json")
    [row] = json.loads(out)["annotations"]  # words in the note count; case and accents folded
    assert row["note"] == "prüfen"


def test_export_all_in_every_format(capsys, tmp_path, two_articles):
    db = two_articles
    out = tmp_path / "all.json"
    assert run(capsys, "export", "--all", "--db", db, "-o", out)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "reader-library"
    assert sorted(len(a["annotations"]) for a in data["articles"]) == [1, 2]
    w3c = tmp_path / "all.w3c.json"
    assert run(capsys, "export", "--all", "--format", "w3c", "--db", db, "-o", w3c)[0] == 0
    coll = json.loads(w3c.read_text(encoding="utf-8"))
    pages = [coll["first"], *coll["dcterms:hasPart"]]
    assert coll["type"] == "AnnotationCollection" and coll["total"] == 3
    assert [p["type"] for p in pages] == ["AnnotationPage"] * 2
    assert pages[0]["next"] == pages[1]["id"] and pages[1]["prev"] == pages[0]["id"]
    assert all(p["partOf"] == coll["id"] for p in pages)
    if W3C_VALIDATE.exists():
        second = tmp_path / "second-page.json"
        second.write_text(json.dumps(pages[1]["items"]), encoding="utf-8")
        for path in (w3c, second):
            done = subprocess.run([sys.executable, W3C_VALIDATE, path], capture_output=True)
            assert done.returncode == 0, done.stdout + done.stderr
    md = tmp_path / "all.md"
    assert run(capsys, "export", "--all", "--format", "md", "--db", db, "-o", md)[0] == 0
    report = md.read_text(encoding="utf-8")
    assert report.count("## Claims") == 2


def test_list_and_export_all_write_nothing(capsys, tmp_path, two_articles):
    db = two_articles
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    run(capsys, "list", "--all", "--db", db, "--json")
    run(capsys, "library", "--db", db, "--json")
    after = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert before == after


def test_files_and_all_are_refused_together_with_one_line(capsys, two_articles):
    code, _, err = run(capsys, "list", SEED, "--all", "--db", two_articles)
    assert code == 2 and err.count("\n") == 1 and "not both" in err
    code, _, err = run(capsys, "export", "--db", two_articles)
    assert code == 2 and "--all" in err


# forgetting ------------------------------------------------------------------------------------


def test_forget_exports_first_then_removes(capsys, tmp_path, monkeypatch, two_articles):
    db = two_articles
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "forget", SEED, "--db", db)  # no terminal to ask: refused
    assert code == 2 and "--yes" in err
    taken = tmp_path / "taken.json"
    taken.write_text("mine")
    code, _, err = run(capsys, "forget", SEED, "--db", db, "--yes", "-o", str(taken))
    assert code == 2 and "--force" not in err  # forget has no --force to suggest
    assert err.strip().endswith("already exists: name another file with -o; nothing forgotten")
    assert taken.read_text() == "mine" and len(library_json(capsys, db)) == 2
    code, _, err = run(capsys, "forget", SEED, "--db", db, "--yes", "-o", "")
    assert code == 2 and "-o) is empty" in err  # not taken as no -o (adversarial review)
    assert len(library_json(capsys, db)) == 2 and not list(tmp_path.glob("forgotten-*"))
    code, _, err = run(capsys, "forget", SEED, "--db", db, "--yes")
    assert code == 0
    [out] = list(tmp_path.glob("forgotten-*.annotations.json"))
    assert str(out.name) in err
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["annotations"]) == 2
    rows = library_json(capsys, db)
    assert [r["title"][:7] for r in rows] == ["Harbour"]
    assert len(list(library_folder(db).glob("*.gz"))) == 1  # its copy went with it
    code, out, _ = run(capsys, "list", "--all", "--db", db)
    assert "Elon Musk" not in out and "Engineers found" in out


def test_forget_by_id(capsys, tmp_path, monkeypatch, two_articles):
    monkeypatch.chdir(tmp_path)
    key = next(r["key"] for r in library_json(capsys, two_articles) if "Harbour" in r["title"])
    assert run(capsys, "forget", key[:10], "--db", two_articles, "--yes")[0] == 0
    assert [r["title"][:4] for r in library_json(capsys, two_articles)] == ["Musk"]
    code, _, err = run(capsys, "forget", "art:nothing", "--db", two_articles, "--yes")
    assert code == 2 and "nor the id of an article" in err


# a database from before the library ----------------------------------------------------------


def old_database(tmp_path) -> tuple[Path, Path]:
    """The fixture: a database the version before the library wrote (two annotations, a note, a
    reading position, a rejection, a language), for a seed at a path of this test's choosing."""
    article = tmp_path / "seed.txt"
    shutil.copy(SEED, article)
    text = (ROOT / "tests" / "fixtures" / "db-before-library.json").read_text(encoding="utf-8")
    text = text.replace("@KEY@", article_key([str(article)])).replace("@PATH@", str(article))
    db = tmp_path / "old.json"
    db.write_text(text, encoding="utf-8")
    return db, article


def test_a_database_from_before_the_library_is_carried_over(capsys, tmp_path):
    db, article = old_database(tmp_path)
    code, out, _ = run(capsys, "list", article, "--db", db, "--lang", "de")
    assert "Elon Musk versuchte heimlich" in out and "aus dem alten Reader" in out
    assert "OpenAI steht nicht zum Verkauf" in out
    [row] = library_json(capsys, db)
    assert row["claims"] == 1 and row["quotes"] == 1 and row["copy_status"].startswith("none")
    with Store(db) as store:
        refresh_summary(store)  # what the library does when it first opens the database
    [row] = library_json(capsys, db)
    assert row["progress"] is not None and row["copy_status"] == "ok"
    with Store(db) as store:
        key = open_files([str(article)], "de", store).article.key
        assert store.position(key) is not None and store.rejections(key)
        store.save_position(key, "v", 1)  # the first write marks the database as the new schema
    meta = json.loads(db.read_text(encoding="utf-8"))["_reader"]["1"]
    assert meta["schema"] == SCHEMA and isinstance(meta["folded"], list)


def test_an_older_reader_refuses_the_new_database_and_a_newer_one_is_refused_here(tmp_path):
    db, article = old_database(tmp_path)
    with Store(db) as store:
        store.save_position("k", "v", 1)
    meta = json.loads(db.read_text(encoding="utf-8"))["_reader"]["1"]
    # the check the version before the library makes of this document (storage.py, schema 1):
    old_reader_accepts = isinstance(meta.get("epoch"), str) and isinstance(
        meta.get("folded"), str | None
    )
    assert not old_reader_accepts  # it says "damaged _reader table", and writes nothing
    data = json.loads(db.read_text(encoding="utf-8"))
    data["_reader"]["1"]["schema"] = SCHEMA + 1
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    with pytest.raises(ReaderError, match="newer version of reader"):
        Store(db)
    assert db.read_bytes() == before


def test_annotations_made_before_authors_and_verdicts_list_with_those_fields_empty(
    capsys, tmp_path
):
    """Schema 3 added author, verdict, evidence and speaker: an older annotation has none of them
    on disk, and every listing shows them at their defaults (the same keys on every row)."""
    db, article = old_database(tmp_path)
    stored = json.loads(db.read_text(encoding="utf-8"))["annotations"]
    assert all("author" not in doc and "evidence" not in doc for doc in stored.values())
    code, out, _ = run(capsys, "list", "--all", "--json", "--db", db)
    rows = json.loads(out)["annotations"]
    assert code == 0 and len(rows) == 2
    for row in rows:
        assert row["author"] == "" and row["verdict"] is None
        assert row["evidence"] == [] and row["speaker"] is None
    with Store(db) as store:
        assert {(a.author, a.evidence) for a in store.all_annotations()} == {("", ())}


def test_library_json_says_when_the_database_path_cannot_be_a_database(capsys, tmp_path):
    """`library --json --db FILE/x.json` printed an empty library with status 0, where
    `list --all` with the same --db said the path cannot be reached (adversarial review)."""
    blocker = tmp_path / "afile"
    blocker.write_text("")
    for db, said in (
        (blocker / "x.json", "cannot be reached (a part of its path is a file, not a folder)"),
        (Path("/dev/null"), "is a character device, not a database file; pass --db FILE"),
    ):
        code, out, err = run(capsys, "library", "--json", "--db", db)
        assert code == 2 and out == "" and err == f"reader: {db}: {said}\n"


def test_a_symlinked_database_keeps_one_library_folder_beside_the_real_file(capsys, tmp_path):
    """The database, journal and lock went through a symlinked --db, but the stored copies got
    a second folder beside the link (adversarial review)."""
    real = tmp_path / "real" / "db.json"
    real.parent.mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(real)
    annotate(capsys, link, [SEED], "OpenAI steht nicht zum Verkauf", "quote")
    annotate(capsys, real, [SEED], "Elon Musk versuchte heimlich", "claim")
    assert not (tmp_path / "link.json.library").exists()
    assert len(list(library_folder(real).glob("*.gz"))) == 1
    [row] = library_json(capsys, link)
    assert row["quotes"] == 1 and row["claims"] == 1 and row["copy_status"] == "ok"


def test_a_moved_file_opened_by_its_old_path_says_the_library_has_it(capsys, tmp_path):
    """ "no such file" was all a new user got for the path they had always used (fresh-eyes
    review); the library read it and keeps a copy."""
    db = tmp_path / "db.json"
    here = tmp_path / "article.txt"
    shutil.copy(SEED, here)
    annotate(capsys, db, [here], "OpenAI steht nicht zum Verkauf", "quote")
    here.rename(tmp_path / "moved.txt")
    code, _, err = run(capsys, "list", here, "--db", db, "--lang", "de")
    assert code == 2 and err == (
        f"reader: {here}: no such file, but the library has a copy of it: `reader library`"
        " opens “Musk & Zuckerberg: Feinde im Ring, Partner beim 1…”\n"
    )
    code, _, err = run(capsys, "list", tmp_path / "never.txt", "--db", db)
    assert code == 2 and err.endswith("never.txt: no such file\n")
