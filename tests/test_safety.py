"""Issue 9, "Harm and hangs": a path the user names is handled, never harmed.

Every case runs the real command in a child process with a time limit (a regression must fail,
not hang the suite) and a memory limit (reading a /dev/zero look-alike must fail, not eat the
machine). Device nodes are made with mknod in a temporary folder: the real /dev is never touched.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from reader.core.annotation import make_annotation
from reader.core.store import Store

ARTICLE = (
    "Ein Titel für den Test\n\n"
    "Der Gemeinderat hat am Dienstag über den Haushalt beraten und ihm zugestimmt.\n\n"
    "Die Opposition will gegen den Beschluss vorgehen, sagte ihr Sprecher am Abend.\n"
)
MEMORY_LIMIT = 1024**3  # bytes of address space for each child


def _limited() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def reader(*args, timeout: float = 60, preexec=None, env=None, code=None, python=None):
    """`python -m reader ARGS` (or `python -c CODE ARGS`), bytes arguments allowed."""
    python = python or sys.executable
    command = [python, "-c", code] if code else [python, "-m", "reader"]
    argv = [a if isinstance(a, bytes) else str(a) for a in args]

    def setup() -> None:
        _limited()
        if preexec:
            preexec()

    return subprocess.run(
        [*command, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=setup,
        env=env,
    )


def assert_refused(result, *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def listing(folder: Path) -> dict[str, tuple]:
    """What a folder holds, as lstat sees it (type, inode, device numbers, size, mtime), plus the
    bytes of every regular file: equal before and after means nothing there was changed."""
    out = {}
    for entry in sorted(os.listdir(folder)):
        st = os.lstat(folder / entry)
        content = (folder / entry).read_bytes() if stat.S_ISREG(st.st_mode) else None
        out[entry] = (stat.S_IFMT(st.st_mode), st.st_ino, st.st_rdev, st.st_size, st.st_mtime_ns)
        out[entry] += (content,)
    return out


# device nodes, FIFOs and sockets ------------------------------------------------------------------

DEVICES = {
    "null": (stat.S_IFCHR, (1, 3)),  # reads as empty: the old code replaced it with a JSON file
    "zero": (stat.S_IFCHR, (1, 5)),  # reads forever: the old code ran out of memory
    "block": (stat.S_IFBLK, (241, 7)),  # a major number for local use: no driver behind it
}
KIND_WORDS = {
    "null": "character device",
    "zero": "character device",
    "block": "block device",
    "fifo": "FIFO",
    "socket": "socket",
}


def make_node(path: Path, kind: str) -> None:
    """A device node, FIFO or listening-then-closed Unix socket at `path` (skips if not allowed)."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        if len(os.fsencode(path)) > 100:
            pytest.skip("the temporary folder's path is too long for a Unix socket")
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(os.fspath(path))
    else:
        mode, (major, minor) = DEVICES[kind]
        try:
            os.mknod(path, mode | 0o666, os.makedev(major, minor))
        except PermissionError:
            pytest.skip("making device nodes (mknod) is not permitted here")


@pytest.fixture
def short_tmp():
    """A temporary folder with a short path (a Unix socket's path is limited to ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="rs-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


SIDES = {"database": "", "journal": ".journal", "lock": ".lock"}


CASES = [("annotate", side) for side in SIDES] + [("list", "database")]


@pytest.mark.parametrize(("command", "side"), CASES)
@pytest.mark.parametrize("kind", list(KIND_WORDS))
def test_a_database_file_that_is_a_device_fifo_or_socket_is_refused_untouched(
    short_tmp, command, side, kind
):
    db = short_tmp / "db.json"
    node = short_tmp / f"db.json{SIDES[side]}"
    make_node(node, kind)
    before = listing(short_tmp)
    extra = ["--match", "Das Angebot", "--tag", "claim"] if command == "annotate" else []
    result = reader(command, SEED, "--db", db, "--lang", "de", *extra, timeout=30)
    line = assert_refused(result, str(node), KIND_WORDS[kind])
    expected = {"database": "database file; pass --db FILE"}.get(
        side, f"{side} file; move it aside"
    )
    assert f", not a {expected}" in line, line
    assert listing(short_tmp) == before  # the node is still there, nothing was created beside it


@pytest.mark.parametrize("kind", ["null", "fifo"])
def test_a_database_that_is_a_link_to_a_device_is_refused_untouched(short_tmp, kind, monkeypatch):
    node = short_tmp / "node"
    make_node(node, kind)
    link = short_tmp / "reader.json"
    link.symlink_to(node)
    before = listing(short_tmp)
    args = ["annotate", SEED, "--lang", "de", "--match", "Das Angebot", "--tag", "claim"]
    env = {**os.environ, "READER_DB": str(link)}  # $READER_DB is checked the same way as --db
    result = reader(*args, timeout=30, env=env)
    assert_refused(result, str(link), KIND_WORDS[kind])
    assert listing(short_tmp) == before


# articles ------------------------------------------------------------------------------------------

WAIT_FAST = (  # the reader's main with the FIFO limits lowered (module constants)
    "import sys, reader.core.loading as loading; loading.FIFO_WAIT_LIMIT = 2.5;"
    " loading.FIFO_NOTICE_AFTER = 0.5; from reader.cli import main; sys.exit(main(sys.argv[1:]))"
)


def test_a_fifo_article_without_a_writer_is_waited_for_then_refused(tmp_path):
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    result = reader("parse", fifo, "--lang", "de", code=WAIT_FAST, timeout=30)
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    assert lines[0] == f"reader: waiting for data on FIFO {fifo} (ctrl+c to stop)"
    assert len(lines) == 2 and str(fifo) in lines[1] and "no data" in lines[1]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_fifo_article_whose_writer_starts_late_is_read(tmp_path):
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    source = tmp_path / "source.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    writer = subprocess.Popen(["sh", "-c", f"sleep 1.2; cat '{source}' > '{fifo}'"])
    try:
        result = reader("parse", fifo, "--lang", "de", "--json", code=WAIT_FAST, timeout=30)
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"reader: waiting for data on FIFO {fifo} (ctrl+c to stop)\n"
    assert '"title": "Ein Titel für den Test"' in result.stdout


def test_process_substitution_still_works():
    """`reader <(cmd)`: a pipe reached through /dev/fd."""
    body = ARTICLE.replace("\n", "\\n")
    command = f"'{sys.executable}' -m reader parse <(printf '{body}') --lang de"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Title:     Ein Titel für den Test" in result.stdout


def test_an_article_that_is_a_pipe_is_read_up_to_the_size_limit(tmp_path):
    """A stream has no size to check first: reading stops just past the limit."""
    limited = (
        "import sys, reader.core.loading as loading; loading.MAX_BYTES = 100_000;"
        " from reader.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    command = f"yes 'Ein Satz.' | '{sys.executable}' -c \"{limited}\" parse /dev/stdin --lang de"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 2, result
    assert "/dev/stdin: is too large" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["null", "zero", "block", "socket"])
def test_an_article_that_is_a_device_or_socket_is_refused(short_tmp, kind):
    node = short_tmp / "article.txt"
    make_node(node, kind)
    before = listing(short_tmp)
    result = reader("parse", node, "--lang", "de", timeout=30)
    word = "socket" if kind == "socket" else "device"
    assert_refused(result, str(node), f"is a {KIND_WORDS[kind]}", f"{word}, not an article file")
    assert listing(short_tmp) == before


def test_an_import_file_that_is_a_fifo_is_not_waited_for_forever(tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    db = tmp_path / "db.json"
    result = reader(
        "import", SEED, "--db", db, "--lang", "de", "--from", fifo, code=WAIT_FAST, timeout=30
    )
    assert result.returncode == 2 and "no data" in result.stderr.splitlines()[-1], result
    assert sorted(os.listdir(tmp_path)) == ["export.json"]


# permissions (run as an unprivileged user when the tests run as root) ------------------------------


def _drop_privileges() -> None:
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def unprivileged(home: Path) -> dict:
    """How to run the reader as an unprivileged user: keyword arguments for `reader()`.

    When the tests do not run as root they are unprivileged already. As root the child becomes
    user 65534 (nobody); if the venv's interpreter lives where nobody may not go (a pyenv under
    /root), another interpreter of the same Python version runs it, with the venv's packages and
    this checkout on PYTHONPATH. Skips, saying why, if neither works.
    """
    env = {**os.environ, "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    if os.geteuid() != 0:
        return {"env": env}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]])
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, shutil.which(f"python{version}"), f"/usr/bin/python{version}"]
    problems = []
    for python in dict.fromkeys(c for c in candidates if c):
        try:
            probe = subprocess.run(
                [python, "-c", "import reader.core.store, reader.cli"],
                preexec_fn=_drop_privileges,
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
        except OSError as e:
            problems.append(f"{python}: {e.strerror}")
            continue
        if probe.returncode == 0:
            return {"env": env, "preexec": _drop_privileges, "python": python}
        problems.append(f"{python}: {probe.stderr.strip().splitlines()[-1:]}")
    pytest.skip(f"cannot run the reader as an unprivileged user ({'; '.join(problems)})")


@pytest.fixture
def open_tmp():
    """A temporary folder every user can enter and write (the unprivileged child works in it)."""
    folder = Path(tempfile.mkdtemp(prefix="reader-safety-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o777)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("below", ["db.json", "sub/db.json"])
def test_a_database_under_a_folder_without_search_permission_is_refused(open_tmp, below):
    as_nobody = unprivileged(open_tmp)
    locked = open_tmp / "locked"
    locked.mkdir()
    (locked / "sub").mkdir()
    locked.chmod(0o600)  # readable listing, but no search (x) permission
    db = locked / below
    args = ["--db", db, "--lang", "de", "--match", "Das Angebot", "--tag", "claim"]
    result = reader("annotate", SEED, *args, timeout=60, **as_nobody)
    assert_refused(result, str(db), "ermission denied")
    locked.chmod(0o700)
    assert sorted(p.name for p in locked.rglob("*")) == ["sub"]


def test_an_unwritable_database_is_read_only_for_an_unprivileged_user(open_tmp):
    as_nobody = unprivileged(open_tmp)
    db = open_tmp / "db.json"
    annotate = ["annotate", SEED, "--db", db, "--lang", "de", "--tag", "claim"]
    assert reader(*annotate, "--match", "Das Angebot").returncode == 0
    with Store(db) as store:
        store.compact()
    for path in open_tmp.iterdir():  # the user may read, not write; the folder stays writable
        path.chmod(0o644 if "preexec" in as_nobody else 0o444)
    before = listing(open_tmp)
    shown = reader("list", SEED, "--db", db, "--lang", "de", **as_nobody)
    assert shown.returncode == 0 and "Das Angebot" in shown.stdout, shown.stderr
    refused = reader(*annotate, "--match", "Zuckerberg", **as_nobody)
    assert_refused(refused, str(db), "is read-only", "not saved")
    assert listing(open_tmp) == before


# read-only databases --------------------------------------------------------------------------


def seeded_database(folder: Path) -> Path:
    db = folder / "db.json"
    base = ["annotate", SEED, "--db", db, "--lang", "de", "--tag"]
    assert reader(*base, "claim", "--match", "Das Angebot").returncode == 0
    assert reader(*base, "quote", "--match", "OpenAI steht nicht zum Verkauf").returncode == 0
    return db


def test_a_database_without_write_permission_is_opened_read_only(tmp_path):
    db = seeded_database(tmp_path)
    for path in tmp_path.iterdir():
        path.chmod(0o444)  # even root must not write it: chmod a-w means "leave this alone"
    before = listing(tmp_path)
    shown = reader("list", SEED, "--db", db, "--lang", "de")
    assert shown.returncode == 0 and "Das Angebot" in shown.stdout, shown.stderr
    exported = reader("export", SEED, "--db", db, "--lang", "de")
    assert exported.returncode == 0 and '"tag": "quote"' in exported.stdout
    base = ["--db", db, "--lang", "de"]
    assert_refused(
        reader("annotate", SEED, *base, "--match", "Zuckerberg", "--tag", "claim"),
        str(db),
        "is read-only",
        "not saved",
    )
    export = tmp_path.parent / f"{tmp_path.name}-export.json"
    assert reader("export", SEED, *base, "-o", export).returncode == 0
    assert_refused(reader("import", SEED, *base, "--from", export), str(db), "is read-only")
    assert listing(tmp_path) == before


def test_a_database_in_a_folder_that_cannot_be_written_is_read_only(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = seeded_database(folder)
    folder.chmod(0o555)
    try:
        before = listing(folder)
        shown = reader("list", SEED, "--db", db, "--lang", "de")
        assert shown.returncode == 0 and "Das Angebot" in shown.stdout
        refused = reader(
            "annotate", SEED, "--db", db, "--lang", "de", "--match", "Zuckerberg", "--tag", "claim"
        )
        assert_refused(refused, str(db), "is read-only", "cannot be written", "not saved")
        assert listing(folder) == before
    finally:
        folder.chmod(0o755)


def test_quitting_the_app_leaves_a_read_only_database_as_it_was(tmp_path, monkeypatch):
    """The app's quit path (launch.run_app compacts after app.run) must not replace the files."""
    import argparse

    from reader.ui import launch
    from reader.ui.app import ReaderApp

    db = seeded_database(tmp_path)
    for path in tmp_path.iterdir():
        path.chmod(0o444)
    before = listing(tmp_path)
    monkeypatch.setattr(ReaderApp, "run", lambda self: None)  # opened, then quit at once
    monkeypatch.setattr(launch, "require_terminal", lambda: None)
    args = argparse.Namespace(
        files=[str(SEED)], db=str(db), lang="de", width=76, timeout=10.0, all_pages=False
    )
    assert launch.run_app(args) == 0
    assert listing(tmp_path) == before


# read-only commands write nothing -------------------------------------------------------------


def test_list_and_export_write_nothing(tmp_path):
    db = seeded_database(tmp_path)
    with Store(db) as store:
        store.compact()
    before = listing(tmp_path)
    time.sleep(0.01)  # so a rewrite would show in the mtimes as well as in the bytes
    for _ in range(2):
        for command in (["list"], ["export"]):
            result = reader(*command, SEED, "--db", db)  # no --lang: detection is not cached
            assert result.returncode == 0, result.stderr
    assert listing(tmp_path) == before


def test_list_of_a_database_that_does_not_exist_creates_nothing(tmp_path):
    db = tmp_path / "new" / "db.json"
    result = reader("list", SEED, "--db", db, "--lang", "de")
    assert result.returncode == 0 and "no annotations yet" in result.stderr
    assert os.listdir(tmp_path) == []


def test_list_reanchors_in_memory_only(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "db.json"
    base = ["--db", db, "--lang", "de"]
    made = reader("annotate", article, *base, "--match", "Die Opposition will", "--tag", "claim")
    assert made.returncode == 0, made.stderr
    article.write_text(ARTICLE.replace("Der Gemeinderat", "Am Ende: Der Gemeinderat"))
    with Store(db) as store:
        store.compact()
        [made_on] = store.all_annotations()
    before = listing(folder)
    shown = reader("list", article, *base)
    assert shown.returncode == 0 and "Die Opposition will" in shown.stdout
    assert "ORPHANED" not in shown.stdout
    assert listing(folder) == before
    with Store(db) as store:  # the offsets of the old version: it moved in memory only
        assert store.all_annotations() == [made_on]


# what is really wrong with a path ---------------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs /proc/version")
@pytest.mark.parametrize("command", ["list", "annotate"])
def test_proc_version_as_the_database_says_what_is_wrong(command):
    extra = ["--match", "Das Angebot", "--tag", "claim"] if command == "annotate" else []
    before = Path("/proc/version").read_bytes()
    result = reader(command, SEED, "--db", "/proc/version", "--lang", "de", *extra, timeout=30)
    line = assert_refused(result, "/proc/version")
    assert "locked" not in line and "waited" not in line
    assert "cannot be read" in line or "read-only" in line
    assert Path("/proc/version").read_bytes() == before


def test_a_lock_file_that_cannot_be_created_is_said_at_once(tmp_path, monkeypatch):
    """Where a lock file cannot be made (creating files in /proc says "no such file"), the reader
    once waited out its timeout and blamed another process."""
    from reader.core import storage
    from reader.errors import ReaderError

    db = tmp_path / "db.json"
    real_open = os.open

    def no_lock_files(path, flags, *args, **kwargs):
        if os.fspath(path).endswith(".lock"):
            raise FileNotFoundError(2, "No such file or directory")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(storage.os, "open", no_lock_files)
    with pytest.raises(ReaderError) as err:
        storage.JournaledStorage(db, lock_timeout=5)  # a wait would end in "locked by ..."
    message = str(err.value)
    assert "cannot create its lock file" in message and "No such file" in message, message
    assert "locked by another process" not in message


def test_a_read_only_file_system_is_detected(tmp_path, monkeypatch):
    from reader.core import storage
    from reader.errors import ReaderError

    db = tmp_path / "db.json"
    with Store(db) as store:
        store.put(make_annotation("Some text here.", article="a", version="v", tag="claim",
                                  start=0, end=4, page=1))  # fmt: skip
    before = listing(tmp_path)
    real = os.statvfs

    class ReadOnly:
        def __init__(self, result):
            self.f_flag = result.f_flag | os.ST_RDONLY

    monkeypatch.setattr(storage.os, "statvfs", lambda path: ReadOnly(real(path)))
    store = Store(db)
    assert store.read_only and len(store.all_annotations()) == 1
    with pytest.raises(ReaderError, match="read-only file system"):
        store.save_position("a", "v", 3)
    store.compact()
    store.close()
    assert listing(tmp_path) == before
