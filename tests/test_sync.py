"""Team sync (`reader sync URL`) against a real CouchDB-protocol server on 127.0.0.1.

Each test has its own databases on a shared in-memory PouchDB Server (see tests/couchserver.py);
the failure cases (a server killed mid-sync, a server with an admin) get servers of their own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid as uuidlib
from dataclasses import replace

import pytest

from reader.cli import main
from reader.core.annotation import make_annotation
from reader.core.parsing import parse_files
from reader.core.store import Store
from tests.conftest import ROOT, SEED
from tests.couchserver import CouchServer

pytestmark = pytest.mark.sync


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = CouchServer(tmp_path_factory.mktemp("couch"))
    yield s
    s.stop()


@pytest.fixture
def remote(server):
    """A fresh database on the shared server (the sync creates it)."""
    name = "team-" + uuidlib.uuid4().hex[:12]
    return server.url(name), name


@pytest.fixture(scope="module")
def seed():
    return parse_files([SEED], lang="de")


def annotate(db, seed, count=1, *, author="ann", first=0, step=40):
    """`count` new claims on the seed article in database `db`; their uuids."""
    made = []
    for n in range(first, first + count):
        start = (n * step) % (len(seed.text) - 30)
        made.append(
            make_annotation(
                seed.text,
                article=seed.key,
                version=seed.id,
                tag="claim",
                start=start,
                end=start + 20,
                page=1,
                note=f"note {n}",
                author=author,
            )
        )
    with Store(db) as store:
        store.put_many(made)
    return [a.uuid for a in made]


def stored(db):
    with Store(db, read_only=True) as store:
        return {a.uuid: a for a in store.all_annotations()}


def sync(db, url, *extra):
    return main(["sync", url, "--db", str(db), *extra])


def shared(tmp_path, url, seed, count):
    """Two databases a and b holding the same `count` claims, made in a and synced through url."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    made = annotate(a, seed, count)
    sync(a, url)
    sync(b, url)
    return a, b, made


def test_two_databases_converge(tmp_path, remote, seed, capsys):
    url, _ = remote
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    mine = annotate(a, seed, 3, author="ann")
    theirs = annotate(b, seed, 2, author="bob", first=10)
    assert sync(a, url) == 0
    assert "pushed 3" in capsys.readouterr().out
    assert sync(b, url) == 0
    assert "pulled 3" in capsys.readouterr().out
    assert sync(a, url) == 0
    assert "pulled 2" in capsys.readouterr().out
    left, right = stored(a), stored(b)
    assert set(left) == set(right) == set(mine) | set(theirs)
    assert left == right
    assert {left[u].author for u in theirs} == {"bob"}
    # nothing new: a second sync moves nothing
    assert sync(b, url) == 0
    assert "pushed 0; pulled 0" in capsys.readouterr().out


def test_three_databases_converge_with_edits(tmp_path, remote, seed):
    url, _ = remote
    dbs = [tmp_path / f"{n}.json" for n in "abc"]
    made = {db: annotate(db, seed, 4, author=db.stem, first=i * 10) for i, db in enumerate(dbs)}
    for db in dbs + dbs:
        assert sync(db, url) == 0
    with Store(dbs[2]) as store:  # c edits one of a's
        a0 = store.get(made[dbs[0]][0])
        store.put(a0.edited(note="c says: check the date"))
    for db in dbs + dbs:
        assert sync(db, url) == 0
    views = [stored(db) for db in dbs]
    assert len(views[0]) == 12
    assert views[0] == views[1] == views[2]
    assert views[1][made[dbs[0]][0]].note == "c says: check the date"


def test_same_annotation_edited_on_both_sides_keeps_both(tmp_path, remote, seed, capsys):
    url, name = remote
    a, b, (uuid,) = shared(tmp_path, url, seed, 1)
    with Store(a) as store:
        store.put(store.get(uuid).edited(note="Ann's reading"))
    with Store(b) as store:
        store.put(store.get(uuid).edited(note="Bob's reading", tag="speculation"))
    sync(a, url)
    sync(b, url)
    out = capsys.readouterr().out
    assert "1 conflict(s) kept" in out
    sync(a, url)
    # both versions survive in both databases: one as the annotation, the other beside it
    for db in (a, b):
        with Store(db, read_only=True) as store:
            shown = store.get(uuid)
            kept = store.conflict(uuid)
            assert uuid in store.conflicted()
        notes = {shown.note} | {v["doc"]["note"] for v in kept["versions"]}
        assert notes == {"Ann's reading", "Bob's reading"}
    # the server holds them as CouchDB conflict revisions
    doc = server_doc(url, name, uuid)
    assert len(doc["_conflicts"]) == 1
    # `reader list` marks it
    main(["list", str(SEED), "--db", str(a)])
    assert "CONFLICT" in capsys.readouterr().out
    # Bob picks Ann's version, merged with his tag: after a sync everyone has it, no conflict
    with Store(b) as store:
        versions = [store.get(uuid).to_dict()] + [
            v["doc"] for v in store.conflict(uuid)["versions"]
        ]
        ann = next(v for v in versions if v["note"] == "Ann's reading")
        picked = replace(store.get(uuid), note=ann["note"] + " / Bob's reading", tag="speculation")
        store.resolve_conflict(picked.edited())
        assert uuid not in store.conflicted()
    sync(b, url)
    sync(a, url)
    for db in (a, b):
        with Store(db, read_only=True) as store:
            assert store.get(uuid).note == "Ann's reading / Bob's reading"
            assert store.get(uuid).tag == "speculation"
            assert store.conflict(uuid) is None
    assert "_conflicts" not in server_doc(url, name, uuid)


def server_doc(url, name, doc_id):
    import urllib.request

    base = url.rsplit("/", 1)[0]
    with urllib.request.urlopen(f"{base}/{name}/{doc_id}?conflicts=true") as answer:
        return json.loads(answer.read())


def test_delete_travels_and_undo_after_sync_is_a_change(tmp_path, remote, seed, server):
    url, name = remote
    a, b, uuids = shared(tmp_path, url, seed, 3)
    with Store(b) as store:
        gone = store.get(uuids[1])
        store.delete(uuids[1])
    sync(b, url)
    assert uuids[1] not in server.docs(name)  # a tombstone on the server
    sync(a, url)
    assert set(stored(a)) == {uuids[0], uuids[2]}
    with Store(b) as store:  # undo the delete, after the sync
        store.put(gone)
    sync(b, url)
    sync(a, url)
    assert set(stored(a)) == set(uuids)
    assert stored(a)[uuids[1]] == gone


def run_sync_process(db, url, env_extra=None):
    env = {**os.environ, "READER_SYNC_BATCH": "20", **(env_extra or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "sync", url, "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition, timeout=60.0, interval=0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False


def test_sync_killed_halfway_and_rerun_loses_and_duplicates_nothing(tmp_path, remote, seed, server):
    url, name = remote
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    made = set(annotate(a, seed, 1500, step=7))
    proc = run_sync_process(a, url)
    assert wait_for(lambda: server.doc_count(name) >= 300)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < server.doc_count(name) < 1500  # halfway
    assert sync(a, url) == 0  # rerun
    assert server.doc_count(name) == 1500  # each once
    assert set(stored(a)) == made
    # pulling, killed halfway too
    proc = run_sync_process(b, url)
    assert wait_for(lambda: b.exists() and len(journal_lines(b)) > 5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert sync(b, url) == 0
    assert set(stored(b)) == made
    assert stored(b) == stored(a)


def journal_lines(db):
    journal = db.with_name(db.name + ".journal")
    return journal.read_bytes().splitlines() if journal.exists() else []


def test_server_stopping_mid_sync_is_one_line_and_local_data_untouched(tmp_path, seed):
    own = CouchServer(tmp_path / "couch")
    try:
        url = own.url("team")
        a = tmp_path / "a.json"
        made = set(annotate(a, seed, 1500, step=7))
        before = stored(a)
        proc = run_sync_process(a, url)
        assert wait_for(lambda: own.doc_count("team") >= 100)
        own.stop()
        _, err = proc.communicate(timeout=60)
    finally:
        own.stop()
    assert proc.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"reader: {url}: cannot be reached")
    assert set(stored(a)) == made
    assert stored(a) == before


def test_wrong_password_is_refused_and_no_credential_is_kept(tmp_path, seed, capsys):
    own = CouchServer(tmp_path / "couch", admin=("alice", "s3cret-pw"))
    try:
        own.request("PUT", "team")
        a = tmp_path / "a.json"
        annotate(a, seed, 2)
        assert sync(a, own.url("team", user="alice", password="wrong-pw")) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"reader: {own.url('team')}: the name or password was refused" in err
        assert "wrong-pw" not in err and "alice" not in err
        assert sync(a, own.url("team", user="alice", password="s3cret-pw")) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"{own.url('team')}: pushed 2")
        assert "s3cret-pw" not in out and "alice" not in out
        assert len(own.docs("team")) == 2
        # from the environment too
        os.environ["READER_SYNC_USER"], os.environ["READER_SYNC_PASSWORD"] = "alice", "nope-pw"
        try:
            assert sync(a, own.url("team")) == 2
        finally:
            del os.environ["READER_SYNC_USER"], os.environ["READER_SYNC_PASSWORD"]
        assert "nope-pw" not in capsys.readouterr().err
    finally:
        own.stop()
    for path in tmp_path.glob("a.json*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"s3cret-pw" not in data and b"alice" not in data, path


def test_documents_that_are_not_the_readers_are_ignored_and_reported(
    tmp_path, remote, seed, server, capsys
):
    url, name = remote
    a = tmp_path / "a.json"
    server.request("PUT", name)
    server.request("PUT", f"{name}/shopping-list", json.dumps({"items": ["milk"]}))
    bad = {"reader": "annotation", "doc": {"uuid": "not-this-id", "tag": "claim"}}
    server.request("PUT", f"{name}/damaged", json.dumps(bad))
    annotate(tmp_path / "b.json", seed, 1)
    sync(tmp_path / "b.json", url)
    capsys.readouterr()
    assert sync(a, url) == 0
    out = capsys.readouterr().out
    assert "pulled 1 document(s);" in out
    assert "ignored 2 document(s) that are not the reader's (" in out
    assert "shopping-list" in out and "damaged" in out
    assert len(stored(a)) == 1
    assert "shopping-list" in server.docs(name)  # left alone


def test_author_is_stamped_shown_and_exported(tmp_path, capsys):
    a = tmp_path / "a.json"
    assert main(["whoami", "--set", "Ann Example"]) == 0
    assert capsys.readouterr().out.strip() == "Ann Example"
    assert main(["annotate", str(SEED), "--db", str(a), "--match", "OpenAI", "--occurrence", "1",
                 "--tag", "claim"]) == 0  # fmt: skip
    (ann,) = stored(a).values()
    assert ann.author == "Ann Example"
    capsys.readouterr()
    main(["list", str(SEED), "--db", str(a)])
    assert "[by Ann Example]" in capsys.readouterr().out
    main(["export", str(SEED), "--db", str(a), "--format", "w3c"])
    w3c = json.loads(capsys.readouterr().out)
    assert w3c["first"]["items"][0]["creator"] == {"type": "Person", "name": "Ann Example"}
    main(["export", str(SEED), "--db", str(a), "--format", "md"])
    assert "By: Ann Example" in capsys.readouterr().out
    main(["export", str(SEED), "--db", str(a), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["annotations"][0]["author"] == "Ann Example"
    # W3C import reads the creator back
    w3c_file = tmp_path / "ann.w3c.json"
    w3c_file.write_text(json.dumps(w3c))
    other = tmp_path / "other.json"
    assert main(["import", str(SEED), "--db", str(other), "--from", str(w3c_file)]) == 0
    assert [a.author for a in stored(other).values()] == ["Ann Example"]


def test_article_text_goes_only_with_with_text(tmp_path, remote, server, capsys):
    url, name = remote
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    main(["annotate", str(SEED), "--db", str(a), "--match", "OpenAI", "--occurrence", "1",
          "--tag", "claim"])  # fmt: skip
    sync(a, url)
    assert not [d for d in server.docs(name) if d.startswith("copy:")]
    sync(a, url, "--with-text")
    copies = [d for d in server.docs(name) if d.startswith("copy:")]
    assert len(copies) == 1
    sync(b, url)
    sha = copies[0].removeprefix("copy:")
    assert (tmp_path / "b.json.library" / f"{sha}.gz").is_file()


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_watch_keeps_syncing_and_says_so(tmp_path, seed):
    own = CouchServer(tmp_path / "couch")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    url = own.url("team")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reader",
            "sync",
            url,
            "--db",
            str(a),
            "--watch",
            "--interval",
            "0.5",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as in a terminal: a suite started in the background (`make test &`) hands its
        # children SIGINT ignored, and the watch then rightly ignores it too (seen: a 30 s hang)
        preexec_fn=_interruptible,
    )

    def step(what, condition):
        # asked five times a second, not fifty: the single-threaded server also serves the
        # watch, and on a loaded machine (two test suites at once) a round of the watch took
        # 30 s while this loop asked it fifty times a second (seen twice; not proven the cause)
        if not wait_for(condition, 60, interval=0.2):
            status = a.with_name(a.name + ".sync.json")
            told = mark(a)  # before the kill: the mark needs the watch alive
            proc.kill()
            out, err = proc.communicate(timeout=30)
            raise AssertionError(
                f"{what}: not within 60 s; mark {told!r}; status "
                f"{status.read_text() if status.exists() else None}; watch said {out!r} {err!r}"
            )

    try:
        step("first sync", lambda: mark(a) == "sync: synced")
        (mine,) = annotate(a, seed, 1)  # a change here goes out by itself
        step("pushed", lambda: mine in own.docs("team"))
        (theirs,) = annotate(b, seed, 1, author="bob", first=5)
        assert sync(b, url) == 0  # and one there comes in
        step("pulled", lambda: theirs in stored(a))
        own.stop()  # the server goes away: offline, and the watch keeps trying
        step("offline", lambda: mark(a) == "sync: offline")
        assert proc.poll() is None
    finally:
        own.stop()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert "pushed 1" in out and "pulled 1" in out
    assert "cannot be reached" in err and "trying again" in err
    assert err.count("cannot be reached") == 1  # said once, not at every retry
    assert mark(a) == ""  # the watch has ended: no mark


def mark(db):
    """The app's sync mark for `db` now (not the one cached for a second)."""
    from reader.core import team

    team._marks.clear()
    return team.sync_mark(db)


def test_sync_mark_says_pending_after_a_local_change(tmp_path, seed):
    from reader.core import team
    from reader.core.watch import write_status

    a = tmp_path / "a.json"
    annotate(a, seed, 1)
    write_status(a, "http://127.0.0.1:1/team", "synced")
    team._marks.clear()
    assert team.sync_mark(a) == "sync: synced"
    time.sleep(0.05)  # (file times are coarse on some file systems)
    annotate(a, seed, 1, first=3)
    team._marks.clear()
    assert team.sync_mark(a) == "sync: pending"


def test_forgetting_an_article_is_local_and_deletes_nothing_for_the_team(tmp_path, remote, seed):
    url, _ = remote
    a, b, uuids = shared(tmp_path, url, seed, 3)
    made = set(uuids)
    with Store(b) as store:  # as `reader forget` does, after its export
        store.forget(seed.key)
    assert stored(b) == {}
    assert sync(b, url) == 0
    assert sync(a, url) == 0
    assert set(stored(a)) == made


def test_a_large_sync_reports_its_progress(tmp_path, remote, seed, monkeypatch):
    from reader.core import sync as sync_module
    from reader.core.couch import Remote
    from reader.core.sync import Sync

    url, _ = remote
    monkeypatch.setattr(sync_module, "PUSH_BATCH", 100)
    monkeypatch.setattr(sync_module, "PULL_BATCH", 100)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    annotate(a, seed, 250)
    seen = []
    with Store(a) as store:
        Sync(store, Remote(url), me="ann", progress=lambda *p: seen.append(p)).run()
    assert [p for p in seen if p[0] == "push"] == [("push", 100, 250), ("push", 200, 250),
                                                    ("push", 250, 250)]  # fmt: skip
    with Store(b) as store:
        Sync(store, Remote(url), me="bob", progress=lambda *p: seen.append(p)).run()
    pulled = [p[1] for p in seen if p[0] == "pull"]
    assert pulled[-1] == 250 and len(pulled) >= 3


def test_credentials_come_from_the_url_the_environment_or_netrc(tmp_path, monkeypatch):
    from reader.core.couch import Credentials, Remote, credentials_for

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("READER_SYNC_USER", raising=False)
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine couch.example.org login carla password from-netrc\n")
    netrc.chmod(0o600)
    assert credentials_for("https://couch.example.org/team") == Credentials("carla", "from-netrc")
    monkeypatch.setenv("READER_SYNC_USER", "bob")
    monkeypatch.setenv("READER_SYNC_PASSWORD", "from-env")
    assert credentials_for("https://couch.example.org/team") == Credentials("bob", "from-env")
    url = "https://ann:p%40ss@couch.example.org:6984/team/"
    assert credentials_for(url) == Credentials("ann", "p@ss")
    remote = Remote(url)
    assert remote.url == "https://couch.example.org:6984/team"  # the address, never the secret
    assert main(["sync", "https://ann:pw@couch.example.org/"]) == 2  # a server, not a database


def test_a_recreated_remote_database_gets_everything_again(tmp_path, remote, seed, server, capsys):
    url, name = remote
    a = tmp_path / "a.json"
    made = set(annotate(a, seed, 3))
    sync(a, url)
    server.request("DELETE", name)
    server.request("PUT", name)
    capsys.readouterr()
    assert sync(a, url) == 0
    assert "was recreated: everything was sent again; pushed 3" in capsys.readouterr().out
    assert set(server.docs(name)) == made
    # recreated with others' work in it already (its sequence is past our checkpoint): the same
    server.request("DELETE", name)
    (theirs,) = annotate(tmp_path / "b.json", seed, 1, author="bob", first=9)
    for n in range(8):
        server.request("PUT", f"{name}/filler-{n}", "{}") if n else server.request("PUT", name)
    sync(tmp_path / "b.json", url)
    capsys.readouterr()
    assert sync(a, url) == 0
    assert "everything was sent again; pushed 3; pulled 1 document(s)" in capsys.readouterr().out
    assert made | {theirs} <= set(server.docs(name))


def test_an_edit_made_in_the_app_during_a_pull_is_not_overwritten(tmp_path, remote, seed):
    from reader.core.couch import Remote
    from reader.core.sync import Sync

    url, _ = remote
    a, b, (uuid,) = shared(tmp_path, url, seed, 1)
    with Store(a) as store:
        store.put(store.get(uuid).edited(note="Ann's edit, pulled by b"))
    sync(a, url)
    with Store(b) as store:
        write = store.apply_changes
        calls = []

        def app_writes_first(*args, **kwargs):  # the app saves between the pull's read and write
            if not calls:
                with Store(b) as app:
                    app.put(app.get(uuid).edited(note="Bob typed this meanwhile"))
            calls.append(1)
            return write(*args, **kwargs)

        store.apply_changes = app_writes_first
        report = Sync(store, Remote(url), me="bob").run(push=False)
    assert report.kept_local == 1 and report.pulled == 0
    assert stored(b)[uuid].note == "Bob typed this meanwhile"
    sync(b, url)  # and Bob's edit goes out beside Ann's: a conflict, both kept
    sync(a, url)
    with Store(a, read_only=True) as store:
        notes = {store.get(uuid).note} | {
            v["doc"]["note"] for v in store.conflict(uuid)["versions"]
        }
    assert notes == {"Ann's edit, pulled by b", "Bob typed this meanwhile"}


def test_a_change_made_while_a_watched_sync_runs_is_pushed_in_a_later_round(
    tmp_path, seed, monkeypatch
):
    """The watch stamped the database after each sync, so an annotation written while a sync ran
    (after it had read the database) counted as seen and stayed on this machine until the next
    local change (found by a fresh-clone run under load). A write during a sync now makes the
    next round push."""
    from reader.core.couch import Remote
    from reader.core.sync import Sync
    from reader.core.watch import watch

    own = CouchServer(tmp_path / "couch")
    a = tmp_path / "a.json"
    real_run = Sync.run
    made: list[str] = []

    def run(self, push=True):
        report = real_run(self, push=push)
        if not made:  # another reader writes just as the first sync ends
            made.extend(annotate(a, seed, 1))
        return report

    monkeypatch.setattr(Sync, "run", run)
    try:
        with Store(a) as store:
            watch(store, Remote(own.url("team")), me="ann", interval=0.0, rounds=3)
        assert made and made[0] in own.docs("team")
    finally:
        own.stop()
