"""The store and its journaled TinyDB storage: API, durability on reopen, refusals, concurrency."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import time
from dataclasses import replace
from pathlib import Path

import filelock
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from reader.core.annotation import Annotation, make_annotation
from reader.core.storage import JournaledStorage
from reader.core.store import Store, default_db_path
from reader.errors import CorruptDatabase, ReaderError

TEXT = "Grüße aus Köln — «Zitat» <b>not markup</b> & 🎉👩‍💻 said the mayor. " * 2


def ann(start: int = 0, end: int = 5, *, article: str = "art", note: str = "") -> Annotation:
    return make_annotation(
        TEXT, article=article, version="v1", tag="claim", start=start, end=end, page=1, note=note
    )


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "data" / "reader.json"


def journal(db: Path) -> Path:
    return db.with_name(db.name + ".journal")


def snapshot_of(db: Path) -> tuple[bytes | None, bytes | None]:
    j = journal(db)
    return (
        db.read_bytes() if db.exists() else None,
        j.read_bytes() if j.exists() else None,
    )


# the API ----------------------------------------------------------------------------------------


def test_annotations_round_trip_and_survive_reopening(db):
    a, b, c = ann(10, 15), ann(0, 5), ann(0, 3, article="other")
    with Store(db) as store:  # creates the folder
        assert store.annotations("art") == [] and store.get(a.uuid) is None
        store.put(a)
        store.put(b)
        store.put(c)
        assert store.annotations("art") == [b, a]  # sorted by start
        assert store.annotations("other") == [c]
        assert store.get(a.uuid) == a
        assert sorted(store.all_annotations(), key=lambda x: x.uuid) == sorted(
            [a, b, c], key=lambda x: x.uuid
        )
    with Store(db) as store:
        assert store.annotations("art") == [b, a]
        assert store.get(c.uuid) == c


def test_put_replaces_by_uuid_and_delete_removes(db):
    a = ann()
    with Store(db) as store:
        store.put(a)
        edited = a.edited(note="second thoughts", tag="quote")
        store.put(edited)
        assert store.annotations("art") == [edited]
        moved = replace(edited, article="elsewhere")  # a change of article moves it
        store.put(moved)
        assert store.annotations("art") == [] and store.annotations("elsewhere") == [moved]
        store.delete(a.uuid)
        store.delete(a.uuid)  # a second delete is a no-op
        store.delete("no-such-uuid")
        assert store.get(a.uuid) is None and store.all_annotations() == []
    with Store(db) as store:
        assert store.all_annotations() == []


def test_annotations_sort_by_start_end_created(db):
    first = replace(ann(0, 5), created="2026-01-01T00:00:00.000Z")
    second = replace(ann(0, 5), created="2026-01-02T00:00:00.000Z")
    shorter = ann(0, 3)
    with Store(db) as store:
        store.put_many([second, first, shorter])
        assert store.annotations("art") == [shorter, first, second]


def test_put_many_is_one_journal_line_and_the_last_of_a_uuid_wins(db):
    a, b = ann(0, 5), ann(5, 9)
    with Store(db) as store:
        store.put(ann(1, 2))
        lines = len(journal(db).read_bytes().splitlines())
        store.put_many([a, b, a.edited(note="later")])
        assert len(journal(db).read_bytes().splitlines()) == lines + 1
        store.put_many([])
        assert len(journal(db).read_bytes().splitlines()) == lines + 1
    with Store(db) as store:
        assert store.get(a.uuid).note == "later"
        assert store.get(b.uuid) == b


def test_unchanged_puts_write_nothing(db):
    a = ann()
    with Store(db) as store:
        store.put(a)
        store.save_position("art", "v1", 120)
        store.cache_language("v1", "de", 0.99)
        before = snapshot_of(db)
        store.put(a)
        store.save_position("art", "v1", 120)
        store.cache_language("v1", "de", 0.99)
        assert snapshot_of(db) == before


def test_positions(db):
    with Store(db) as store:
        assert store.position("art") is None
        store.save_position("art", "v1", 120)
        store.save_position("art", "v2", 7)
        store.save_position("other", "v9", 3)
    with Store(db) as store:
        pos = store.position("art")
        assert set(pos) == {"version", "offset", "saved"}
        assert (pos["version"], pos["offset"]) == ("v2", 7)
        assert store.position("other")["offset"] == 3


def test_articles_keep_first_seen(db):
    with Store(db) as store:
        assert store.article("k") is None
        store.remember_article("k", sources=["a.txt", "b.txt"], version="v1", title="Title")
        first = store.article("k")
        time.sleep(0.002)
        store.remember_article("k", sources=["a.txt"], version="v2", title="New title")
    with Store(db) as store:
        now = store.article("k")
    assert now["first_seen"] == first["first_seen"]
    assert now["last_seen"] > first["last_seen"]
    assert (now["key"], now["sources"], now["version"], now["title"]) == (
        "k",
        ["a.txt"],
        "v2",
        "New title",
    )
    now["sources"].append("mutated")  # a copy: the store is not changed through it
    with Store(db) as store:
        assert store.article("k")["sources"] == ["a.txt"]


def test_language_cache(db):
    with Store(db) as store:
        assert store.cached_language("v1") is None
        store.cache_language("v1", "de", 0.97)
        store.cache_language("v1", "en", 0.5)
        store.cache_language("v2", "fr", 1)
    with Store(db) as store:
        assert store.cached_language("v1") == ("en", 0.5)
        assert store.cached_language("v2") == ("fr", 1.0)


def test_rejections_are_per_article_and_remembered_once(db):
    with Store(db) as store:
        assert store.rejections("art") == []
        store.reject("art", rule="hedge", start=10, end=20, exact="maybe so")
        store.reject("art", rule="hedge", start=10, end=20, exact="maybe so")
        store.reject("art", rule="quote", start=1, end=4, exact="«Z»")
        store.reject("other", rule="hedge", start=10, end=20, exact="maybe so")
    with Store(db) as store:
        found = store.rejections("art")
        assert [(r["rule"], r["start"], r["end"], r["exact"]) for r in found] == [
            ("quote", 1, 4, "«Z»"),
            ("hedge", 10, 20, "maybe so"),
        ]
        assert all(r["article"] == "art" and r["rejected"] for r in found)
        assert len(store.rejections("other")) == 1


def test_text_is_stored_exactly_and_as_utf8(db):
    tricky = "Grüße «Zitat» <b>&amp;</b> 🎉👩‍💻 \u200b\ttab\nnewline \\ \" ' \x00 \ud800 end"
    a = replace(ann(0, 20, note=tricky), prefix="<i>", suffix="🎉")
    with Store(db) as store:
        store.put(a)
    with Store(db) as store:
        assert store.get(a.uuid) == a
        store.compact()
    with Store(db) as store:
        assert store.get(a.uuid) == a
    raw = db.read_bytes()
    assert "Grüße aus Köln".encode() in raw and "🎉".encode() in raw  # not \\u escapes
    raw.decode("utf-8")


def test_plain_tinydb_reads_a_compacted_file(db):
    a, b = ann(0, 5), ann(5, 9, article="x")
    with Store(db) as store:
        store.put_many([a, b])
        store.save_position("art", "v1", 3)
        store.compact()
        assert journal(db).read_bytes().count(b"\n") == 1  # only the header is left
    plain = TinyDB(db, encoding="utf-8")
    try:
        docs = plain.table("annotations").all()
        assert sorted(d["uuid"] for d in docs) == sorted([a.uuid, b.uuid])
        assert Annotation.from_dict(next(d for d in docs if d["uuid"] == a.uuid)) == a
        assert plain.table("positions").all()[0]["offset"] == 3
    finally:
        plain.close()


def test_tinydb_queries_through_store_db(db):
    from tinydb import Query

    with Store(db) as store:
        store.put_many([ann(0, 5), ann(5, 9, article="x")])
        found = store.db.table("annotations").search(Query().article == "x")
        assert [d["start"] for d in found] == [5]
        # TinyDB's own writes work too (full rewrite) and the indexes follow
        store.db.table("annotations").remove(Query().article == "x")
        assert store.annotations("x") == []
    with Store(db) as store:
        assert store.annotations("x") == [] and len(store.annotations("art")) == 1


def test_only_side_files_named_after_the_database(db):
    with Store(db) as store:
        store.put(ann())
        store.compact()
        store.put(ann(1, 3))
    names = sorted(p.name for p in db.parent.iterdir())
    assert names == ["reader.json", "reader.json.journal", "reader.json.lock"]


def test_default_db_path(monkeypatch, tmp_path):
    monkeypatch.setenv("READER_DB", str(tmp_path / "x.json"))
    assert default_db_path() == tmp_path / "x.json"
    monkeypatch.delenv("READER_DB")
    path = default_db_path()
    assert path.name == "reader.json" and "reader" in path.parent.parts[-1].lower()


# torn tails and corruption ----------------------------------------------------------------------


def test_torn_journal_tail_is_ignored_then_cut(db):
    a, b = ann(0, 5), ann(5, 9)
    with Store(db) as store:
        store.put(a)
    good = journal(db).read_bytes()
    torn = b'{"op": "put", "table": "annotations", "id": "9", "doc": {"uuid": "x'
    journal(db).write_bytes(good + torn)
    with Store(db) as store:
        assert store.all_annotations() == [a]
        assert journal(db).read_bytes() == good + torn  # opening changes nothing
        store.put(b)
        assert b'uuid": "x' not in journal(db).read_bytes()
        assert journal(db).read_bytes().startswith(good)
    with Store(db) as store:
        assert {x.uuid for x in store.all_annotations()} == {a.uuid, b.uuid}
    for line in journal(db).read_bytes().splitlines():
        json.loads(line)


def test_unparsable_last_line_with_newline_is_a_torn_tail(db):
    a = ann()
    with Store(db) as store:
        store.put(a)
    journal(db).write_bytes(journal(db).read_bytes() + b"\x00\x00\x00garbage\n")
    with Store(db) as store:
        assert store.all_annotations() == [a]
        store.put(ann(1, 2))
    with Store(db) as store:
        assert len(store.all_annotations()) == 2


def test_a_bad_line_in_the_middle_is_corruption(db):
    with Store(db) as store:
        store.put(ann(0, 5))
        store.put(ann(5, 9))
    lines = journal(db).read_bytes().splitlines(keepends=True)
    lines[1] = lines[1][:20] + b"#" + lines[1][21:]
    journal(db).write_bytes(b"".join(lines))
    before = snapshot_of(db)
    with pytest.raises(CorruptDatabase) as err:
        Store(db)
    assert "line 2" in str(err.value) and "untouched" in str(err.value)
    assert snapshot_of(db) == before


def test_a_valid_json_line_that_is_not_a_change_is_corruption(db):
    with Store(db) as store:
        store.put(ann())
    journal(db).write_bytes(journal(db).read_bytes() + b'{"op": "explode"}\n')
    with pytest.raises(CorruptDatabase, match="not a valid change"):
        Store(db)


@pytest.mark.parametrize(
    "content, why",
    [
        (b"{not json", "cannot be read (Expecting property name"),
        (b'{"annotations": {"1": {"uuid": "a"}}}xyz', "cannot be read (Extra data"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[]", "top level is a list"),
        (b'{"annotations": [1, 2]}', "table 'annotations' is not an object"),
        (b'{"annotations": {"one": {}}}', "entry 'one' is not a document"),
        (b'{"annotations": {"1": "text"}}', "entry '1' is not a document"),
        (b'{"_reader": {"1": {"epoch": 5}}}', "damaged '_reader'"),
    ],
)
def test_a_corrupt_database_is_refused_and_never_written(db, content, why):
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    with pytest.raises(CorruptDatabase) as err:
        Store(db)
    message = str(err.value)
    assert why in message, message
    assert message.startswith(str(db)) and "left untouched" in message and "--db" in message
    assert "\n" not in message
    assert db.read_bytes() == content
    assert not journal(db).exists()


def test_a_database_corrupted_while_open_is_not_overwritten(db):
    a = ann()
    store = Store(db)
    store.put(a)
    store.compact()
    store.put(ann(1, 2))
    damaged = db.read_bytes()[:-40]  # e.g. another program truncated it
    db.write_bytes(damaged)
    journal_before = journal(db).read_bytes()
    for attempt in (
        lambda: store.put(ann(2, 3)),
        lambda: store.put_many([ann(2, 3), ann(3, 4)]),
        lambda: store.delete(a.uuid),
        lambda: store.save_position("art", "v1", 1),
        store.compact,
        store.refresh,
    ):
        with pytest.raises(CorruptDatabase):
            attempt()
        assert db.read_bytes() == damaged
        assert journal(db).read_bytes() == journal_before
    store.close()  # closing does not compact over it either
    assert db.read_bytes() == damaged and journal(db).read_bytes() == journal_before


def test_empty_file_is_a_new_database(db):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    with Store(db) as store:
        assert store.all_annotations() == []
        store.put(ann())
    with Store(db) as store:
        assert len(store.all_annotations()) == 1


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ReaderError, match="is a folder"):
        Store(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_journals_place_is_refused(db):
    db.parent.mkdir(parents=True)
    journal(db).mkdir()
    with pytest.raises(ReaderError, match="folder"):
        Store(db)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_refused(db):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"{}")
    db.chmod(0)
    try:
        with pytest.raises(ReaderError, match="cannot be read"):
            Store(db)
    finally:
        db.chmod(0o600)


def test_a_parent_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReaderError, match="cannot create folder"):
        Store(tmp_path / "file" / "reader.json")


def test_a_journal_without_its_database_is_refused(db):
    """The user moved the database aside (as we advise) but not its journal."""
    with Store(db) as store:
        store.put(ann())
    db.rename(db.with_name("moved-aside.json"))
    before = snapshot_of(db)
    with pytest.raises(CorruptDatabase, match=r"holds changes made to .*, which is missing"):
        Store(db)
    assert snapshot_of(db) == before


def test_a_journal_beside_an_emptied_database_says_the_database_is_empty(db):
    """Not "another version": the user sees an empty file and must be told that is the problem."""
    with Store(db) as store:
        store.put(ann())
    db.write_bytes(b"")
    before = snapshot_of(db)
    with pytest.raises(CorruptDatabase, match=r"which is empty \(was it emptied\?\)"):
        Store(db)
    assert snapshot_of(db) == before


def test_a_journal_of_another_version_of_the_database_is_refused(db):
    """A backup put back in place must not get a newer journal replayed onto it by doc id."""
    with Store(db) as store:
        store.put(ann())
        store.compact()
        shutil.copy(db, db.with_name("backup.json"))
        store.put(ann(1, 2))
        store.compact()
        store.put(ann(2, 3))  # in the journal only
    shutil.copy(db.with_name("backup.json"), db)
    with pytest.raises(CorruptDatabase, match="belongs to another version"):
        Store(db)


def test_a_stray_header_without_changes_is_harmless(db):
    with Store(db) as store:
        store.put(ann())
        store.compact()  # the journal is now only a header
    db.rename(db.with_name("moved-aside.json"))
    with Store(db) as store:
        assert store.all_annotations() == []
        store.put(ann(1, 2))
    with Store(db) as store:
        assert len(store.all_annotations()) == 1


def test_crash_between_the_two_renames_of_a_compaction(db, monkeypatch):
    a, b, c = ann(0, 1), ann(1, 2), ann(2, 3)
    store = Store(db)
    store.put_many([a, b])
    store.delete(a.uuid)
    real = os.replace

    def replace_snapshot_only(src, dst):
        if str(dst).endswith(".journal"):
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace_snapshot_only)
    with pytest.raises(ReaderError, match="No space left"):
        store.compact()
    monkeypatch.setattr(os, "replace", real)
    # the new snapshot already holds the old journal's changes; replaying them again is harmless
    with Store(db) as other:
        assert other.all_annotations() == [b]
        other.put(c)  # appended to the old journal, which the snapshot says it folded
    store.put(a)  # the first store carries on too
    with Store(db) as again:
        assert {x.uuid for x in again.all_annotations()} == {a.uuid, b.uuid, c.uuid}
        again.compact()
    with Store(db) as again:
        assert {x.uuid for x in again.all_annotations()} == {a.uuid, b.uuid, c.uuid}
    store.close()


def test_compaction_removes_temp_files_a_crash_left(db):
    with Store(db) as store:
        store.put(ann())
        stale = db.with_name(db.name + ".tmp-deadbeef")
        stale.write_bytes(b"half a snapshot")
        store.compact()
        assert not stale.exists()


def test_long_journals_are_compacted_on_open_and_close(db):
    with Store(db) as store:
        store.storage.compact_at_close = 10**9
        for i in range(12):
            store.put(ann(i, i + 1))
    assert journal(db).read_bytes().count(b"\n") == 13
    storage = JournaledStorage(db, compact_at_open=10)
    assert journal(db).read_bytes().count(b"\n") == 1
    storage.close()
    with Store(db) as store:
        assert len(store.all_annotations()) == 12
        for i in range(5):
            store.put(ann(i, i + 2))
        store.storage.compact_at_close = 3
    assert journal(db).read_bytes().count(b"\n") == 1
    with Store(db) as store:
        assert len(store.all_annotations()) == 17


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")
def test_compaction_keeps_permissions_and_symlinks(tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with Store(link) as store:
        store.put(ann())
        store.compact()
        real.chmod(0o600)
        store.put(ann(1, 2))
        store.compact()
    assert link.is_symlink() and real.stat().st_mode & 0o777 == 0o600
    with Store(real) as store:
        assert len(store.all_annotations()) == 2


# two stores on one database (in one process; the cross-process test is in test_store_crash) ------


def test_two_stores_see_each_others_changes(db):
    one, two = Store(db), Store(db)
    a, b = ann(0, 5), ann(5, 9)
    one.put(a)
    two.put(b)  # no explicit refresh: the write refreshes under the lock and picks a fresh id
    assert {x.uuid for x in two.all_annotations()} == {a.uuid, b.uuid}
    assert one.get(b.uuid) is None  # reads are from memory...
    one.refresh()  # ...until a refresh
    assert one.annotations("art") == [a, b]
    two.delete(a.uuid)
    one.compact()  # one has not seen two's delete; compaction refreshes first, so it keeps it
    assert one.get(a.uuid) is None
    two.put(a.edited(note="back"))  # two must notice one's compaction and reload
    one.refresh()
    assert one.get(a.uuid).note == "back"
    assert sorted(x.uuid for x in one.annotations("art")) == sorted([a.uuid, b.uuid])
    one.close()
    two.close()
    with Store(db) as store:
        assert len(store.all_annotations()) == 2


def test_a_replaced_journal_is_noticed_even_if_the_snapshot_looks_unchanged(db, monkeypatch):
    """Inode numbers are reused and mtimes are coarse: the journal header (an epoch) decides."""
    one, two = Store(db), Store(db)
    two.put_many([ann(i, i + 1) for i in range(5)])
    one.refresh()
    key = one.storage._snap_key
    two.compact()
    two.put_many([ann(i, i + 2) for i in range(10)])  # the new journal outgrows the old offset
    monkeypatch.setattr(one.storage, "_stat_snapshot", lambda: key)  # as if nothing changed
    one.put(ann(0, 9))
    monkeypatch.undo()
    two.refresh()
    assert len(one.all_annotations()) == len(two.all_annotations()) == 16
    one.close()
    two.close()
    with Store(db) as store:
        assert len(store.all_annotations()) == 16


def test_same_uuid_from_two_stores_is_one_annotation(db):
    one, two = Store(db), Store(db)
    a = ann()
    one.put(a)
    two.put(a.edited(note="from two"))
    one.refresh()
    assert len(one.all_annotations()) == 1 and one.get(a.uuid).note == "from two"
    one.close()
    two.close()


def test_tinydb_write_refuses_to_overwrite_another_process_change(db):
    one, two = Store(db), Store(db)
    notes = one.db.table("notes")
    notes.insert({"text": "first"})
    two.put(ann())
    with pytest.raises(ReaderError, match="changed by another process"):
        notes.insert({"text": "second"})
    assert len(one.all_annotations()) == 1  # what two wrote is kept, and now seen
    notes.insert({"text": "second"})  # a retry works
    one.close()
    two.close()
    with Store(db) as store:
        assert len(store.db.table("notes")) == 2 and len(store.all_annotations()) == 1


def test_a_held_lock_times_out_with_a_one_line_error(db):
    db.parent.mkdir(parents=True)
    lock = filelock.FileLock(str(db) + ".lock")
    with lock, pytest.raises(ReaderError) as err:
        JournaledStorage(db, lock_timeout=0.1)
    assert "locked by another process" in str(err.value) and "\n" not in str(err.value)


# a model-based check ----------------------------------------------------------------------------

UUIDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(6)]
actions = st.lists(
    st.one_of(
        st.tuples(st.just("put"), st.sampled_from(UUIDS), st.sampled_from(["a", "b"])),
        st.tuples(st.just("many"), st.lists(st.sampled_from(UUIDS), max_size=4), st.just("a")),
        st.tuples(st.just("delete"), st.sampled_from(UUIDS), st.just("")),
        st.tuples(st.sampled_from(["reopen", "compact", "other"]), st.just(""), st.just("")),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=actions)
def test_matches_a_dict_model_through_reopens_and_compactions(tmp_path_factory, steps):
    db = tmp_path_factory.mktemp("model") / "reader.json"
    model: dict[str, Annotation] = {}
    store = Store(db)
    for n, (kind, arg, article) in enumerate(steps):
        if kind == "put":
            a = replace(ann(n % 20, n % 20 + 1, article=article), uuid=arg)
            store.put(a)
            model[arg] = a
        elif kind == "many":
            batch = [replace(ann(1, 2), uuid=u, note=str(n)) for u in arg]
            store.put_many(batch)
            model.update((a.uuid, a) for a in batch)
        elif kind == "delete":
            store.delete(arg)
            model.pop(arg, None)
        elif kind == "reopen":
            store.close()
            store = Store(db)
        elif kind == "compact":
            store.compact()
        else:  # another store writes the same annotations
            with Store(db) as other:
                other.put_many(model.values())
            store.refresh()
        assert {a.uuid: a for a in store.all_annotations()} == model
        for article in ("a", "b", "art"):
            expected = sorted(
                (a for a in model.values() if a.article == article),
                key=lambda a: (a.start, a.end, a.created, a.uuid),
            )
            assert store.annotations(article) == expected
    store.close()
    with Store(db) as store:
        assert {a.uuid: a for a in store.all_annotations()} == model


# measurement (not an assertion) -----------------------------------------------------------------


def build_database(path: Path, count: int) -> None:
    """A snapshot with `count` annotations, written directly (not by `count` puts)."""
    docs = {
        str(i + 1): replace(
            ann(i % 50, i % 50 + 5, article=f"art{i % 200}"), note="n" * 40
        ).to_dict()
        for i in range(count)
    }
    path.write_text(json.dumps({"annotations": docs}, ensure_ascii=False), encoding="utf-8")


def median_put_ms(path: Path, count: int, puts: int = 100) -> tuple[float, float, float]:
    """(median put ms, median put ms without its fsync, open + first write ms)."""
    build_database(path, count)
    start = time.perf_counter()
    store = Store(path)
    store.put(ann())  # the first write of a plain TinyDB file adds the _reader table (a compaction)
    opened = (time.perf_counter() - start) * 1000
    if hasattr(os, "sync"):
        os.sync()  # let the writeback of the big files settle first: it slows every fsync
    real_fsync, synced = os.fsync, []

    def timed_fsync(fd):
        t = time.perf_counter()
        real_fsync(fd)
        synced.append(time.perf_counter() - t)

    times, cpu = [], []
    os.fsync = timed_fsync
    try:
        for i in range(puts):
            a = ann(i % 50, i % 50 + 3)
            synced.clear()
            t = time.perf_counter()
            store.put(a)
            took = time.perf_counter() - t
            times.append(took * 1000)
            cpu.append((took - sum(synced)) * 1000)
    finally:
        os.fsync = real_fsync
    store.close()
    return statistics.median(times), statistics.median(cpu), opened


@pytest.mark.skipif(not os.environ.get("READER_MEASURE"), reason="set READER_MEASURE=1 to measure")
def test_measure_put_cost(tmp_path):
    """READER_MEASURE=1 .venv/bin/python -m pytest tests/test_storage.py -s -k measure"""
    print()
    for n, count in enumerate((100, 10_000, 50_000, 100)):
        put, cpu, opened = median_put_ms(tmp_path / f"m{n}.json", count)
        print(
            f"{count:>6} annotations: median put {put:.3f} ms, of which not fsync {cpu:.3f} ms"
            f" (open + first write {opened:.0f} ms)"
        )


def test_a_hand_damaged_annotation_is_reported_not_crashed_on(tmp_path):
    """A document with a missing or mistyped field: one clear line, exit 2, file untouched."""
    import subprocess
    import sys

    from reader.core.store import Store as _Store

    db = tmp_path / "db.json"
    article = Path(__file__).resolve().parents[1] / "sample_articles" / "musk-zuckerberg-openai.txt"
    run = [
        sys.executable,
        "-m",
        "reader",
        "annotate",
        str(article),
        "--db",
        str(db),
        "--lang",
        "de",
    ]
    subprocess.run(
        [*run, "--match", "Das Angebot", "--tag", "claim"], check=True, capture_output=True
    )
    with _Store(db) as store:
        store.compact()
    data = json.loads(db.read_text(encoding="utf-8"))
    [doc] = data["annotations"].values()
    doc["start"] = "twelve"
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", str(article), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(db) in result.stderr and "'start' must be an integer" in result.stderr
    assert db.read_bytes() == before


# issue 9: damaged files give one line and stay untouched ----------------------------------------


def _damaged_snapshot(db: Path, content: bytes) -> bytes:
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(content)
    return content


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (DEEP, "nested too deeply"),
        (b'{"annotations": {"' + b"7" * 5000 + b'": {}}}', "is not a document"),
        (b'{"annotations": {"1": {"article": "a", "tag": "claim"}}}', "missing field 'uuid'"),
        (b'{"annotations": {"1": {"uuid": 7, "article": "a"}}}', "field 'uuid' must be a string"),
        (b'{"annotations": {"1": {"uuid": "u-1"}}}', "missing field 'article'"),
        (b'{"annotations": {"1": {"uuid": "u-1", "article": []}}}', "'article' must be a string"),
    ],
    ids=["deeply-nested", "5000-digit-id", "no-uuid", "uuid-number", "no-article", "article-list"],
)
def test_a_damaged_snapshot_is_reported_in_one_line_and_left_untouched(db, content, why):
    _damaged_snapshot(db, content)
    with pytest.raises(CorruptDatabase) as err:
        Store(db)
    message = str(err.value)
    assert why in message and "left untouched" in message and "\n" not in message
    assert db.read_bytes() == content and not journal(db).exists()


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (DEEP, "nested too deeply"),
        (b'{"op": "put", "table": "t", "id": "' + b"9" * 5000 + b'", "doc": {}}', "not a valid"),
        (b'{"op": "del", "table": "t", "id": "' + b"9" * 5000 + b'"}', "not a valid change"),
        (b'{"op": "put", "table": "annotations", "id": "3", "doc": {}}', "missing field 'uuid'"),
    ],
    ids=["deeply-nested", "5000-digit-put", "5000-digit-del", "annotation-without-uuid"],
)
def test_a_damaged_journal_line_is_reported_in_one_line_and_left_untouched(db, line, why):
    with Store(db) as store:
        store.put(ann())
    good = json.dumps({"op": "put", "table": "t", "id": "1", "doc": {}}).encode()
    journal(db).write_bytes(journal(db).read_bytes() + line + b"\n" + good + b"\n")
    before = snapshot_of(db)
    with pytest.raises(CorruptDatabase) as err:
        Store(db)
    assert why in str(err.value) and "line 3" in str(err.value) and "\n" not in str(err.value)
    assert snapshot_of(db) == before


def test_a_damaged_line_written_by_another_process_is_never_written_over(db):
    store = Store(db)
    store.put(ann())
    bad = b'{"op": "put", "table": "annotations", "id": "9", "doc": {"uuid": "x"}}\n'
    journal(db).write_bytes(journal(db).read_bytes() + bad)
    before = snapshot_of(db)
    for attempt in (lambda: store.put(ann(1, 2)), store.refresh, lambda: store.put(ann(2, 3))):
        with pytest.raises(CorruptDatabase, match="missing field 'article'"):
            attempt()
        assert snapshot_of(db) == before
    store.close()
    assert snapshot_of(db) == before


# issue 9: read-only databases ------------------------------------------------------------------


def files_of(folder: Path) -> dict[str, tuple]:
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.iterdir())
    }


def test_a_database_without_write_permission_is_read_only_and_never_written(db):
    a = ann()
    with Store(db) as store:
        store.put(a)
        store.put(ann(1, 2))  # the journal holds a line: close would not compact, compact() would
    for path in db.parent.iterdir():
        path.chmod(0o444)  # root could write it; chmod a-w says "leave it alone" all the same
    before = files_of(db.parent)
    store = Store(db)
    assert store.read_only and len(store.all_annotations()) == 2
    assert store.database_id is not None
    writes = [
        lambda: store.put(ann(3, 4)),
        lambda: store.put_many([ann(3, 4)]),
        lambda: store.delete(a.uuid),
        lambda: store.save_position("art", "v1", 3),
        lambda: store.remember_article("art", sources=["x"], version="v1", title="T"),
        lambda: store.cache_language("v1", "de", 0.99),
        lambda: store.reject("art", rule="r", start=0, end=1, exact="G"),
        lambda: store.db.table("notes").insert({"x": 1}),
    ]
    for write in writes:
        with pytest.raises(ReaderError) as err:
            write()
        assert "is read-only" in str(err.value) and "not saved" in str(err.value)
        assert str(db) in str(err.value)
    store.compact()  # the app's quit path: nothing to do, nothing written
    store.close()
    assert files_of(db.parent) == before


def test_opening_read_only_writes_nothing_not_even_a_lock_file(db):
    with Store(db) as store:
        store.put(ann())
    (db.parent / "reader.json.lock").unlink()
    before = files_of(db.parent)
    with Store(db, read_only=True) as store:
        assert store.read_only and len(store.all_annotations()) == 1
        with pytest.raises(ReaderError, match="is read-only"):
            store.put(ann(1, 2))
    assert files_of(db.parent) == before
    missing = db.parent / "new" / "reader.json"
    with Store(missing, read_only=True) as store:
        assert store.all_annotations() == [] and store.database_id is None
    assert not missing.parent.exists()


def test_a_read_only_store_still_sees_what_a_writer_adds(db):
    writer = Store(db)
    writer.put(ann())
    reader_ = Store(db, read_only=True)
    writer.put(ann(1, 2))
    writer.compact()
    writer.put(ann(2, 3))
    reader_.refresh()
    assert len(reader_.all_annotations()) == 3
    writer.close()
    reader_.close()


# issue 9: the database's own id ------------------------------------------------------------------


def test_database_id_is_made_at_the_first_write_and_kept(db, tmp_path):
    with Store(db) as store:
        assert store.database_id is None
        store.put(ann())
        made = store.database_id
        assert isinstance(made, str) and len(made) >= 16
        store.compact()
        assert store.database_id == made
    with Store(db) as store:
        store.put(ann(1, 2))
        store.compact()
        assert store.database_id == made
    with Store(tmp_path / "other.json") as other:
        other.put(ann())
        assert other.database_id not in (None, made)


def test_database_id_comes_to_a_database_written_before_ids_existed(db):
    with Store(db) as store:
        store.put(ann())
        store.compact()
    data = json.loads(db.read_text(encoding="utf-8"))
    data["_reader"]["1"].pop("id", None)  # as an older reader wrote it
    db.write_text(json.dumps(data), encoding="utf-8")
    journal(db).unlink()
    with Store(db) as store:
        assert store.database_id is None
        store.put(ann(1, 2))
        assert store.database_id is not None and len(store.all_annotations()) == 2
    with Store(db) as store:
        assert len(store.all_annotations()) == 2


def test_closing_folds_a_journal_of_few_but_large_lines(tmp_path):
    """A sync writes a few journal lines of thousands of changes each; reading them back at the
    next open cost more than the snapshot, so closing folds them in as it does many lines."""
    from reader.core.storage import (
        COMPACT_AT_CLOSE,
        COMPACT_AT_CLOSE_BYTES,
        JournaledStorage,
        put_op,
    )

    path = tmp_path / "db.json"
    storage = JournaledStorage(path)
    note = "x" * 1000
    batch = 0
    journal = path.with_name("db.json.journal")
    while not journal.exists() or journal.stat().st_size <= COMPACT_AT_CLOSE_BYTES:
        storage.append([put_op("notes", batch * 500 + i + 1, {"note": note}) for i in range(500)])
        batch += 1
    assert batch < COMPACT_AT_CLOSE  # few lines: the line count alone would not compact
    storage.close()
    assert journal.read_bytes().count(b"\n") <= 1  # only the header is left
    again = JournaledStorage(path)
    assert len(again.read()["notes"]) == batch * 500
    again.close()
