"""Crash and concurrency tests of the store, with real child processes (tests/crash_writer.py).

Promise 1: a process killed at any instant leaves a database that loads and holds every change
whose call returned. Promise 3: two processes on one database never lose each other's changes.
Set READER_CRASH_SEED to replay a failing run of the random test.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

import pytest

from reader.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
WRITER = str(Path(__file__).resolve().parent / "crash_writer.py")
_spec = spec_from_file_location("crash_writer", WRITER)
crash_writer = module_from_spec(_spec)
_spec.loader.exec_module(crash_writer)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def spawn(*args: str, stdin: int | None = None) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, WRITER, *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def finish(child: subprocess.Popen, timeout: float = 60) -> tuple[str, str]:
    """All the child's output. (Not communicate(): it would skip what readline() buffered.)"""
    if child.stdin:
        child.stdin.close()
    out, err = child.stdout.read(), child.stderr.read()
    child.wait(timeout)
    return out, err


class Acks:
    """What a child acknowledged: what must be there, and what must not."""

    def __init__(self) -> None:
        self.present: set[str] = set()
        self.deleted: set[str] = set()
        self.lines = 0

    def read(self, out: str) -> None:
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # the child died while printing it: not an acknowledgement we rely on
            word, *uuids = line.split()
            self.lines += 1
            if word in ("put", "batch"):
                self.present.update(uuids)
            elif word == "deleting":  # may or may not be gone now
                self.present.difference_update(uuids)
            elif word == "del":
                self.deleted.update(uuids)

    def check(self, db: Path, context: str) -> None:
        with Store(db) as store:
            found = {a.uuid for a in store.all_annotations()}
        missing = self.present - found
        back = self.deleted & found
        assert not missing, f"{context}: {len(missing)} acknowledged puts lost, e.g. {min(missing)}"
        assert not back, f"{context}: {len(back)} acknowledged deletes undone"
        if db.exists():  # (a kill before the first write leaves none)
            json.loads(db.read_text(encoding="utf-8"))  # the main file stays plain JSON


def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    seed = int(os.environ.get("READER_CRASH_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    db = tmp_path / "reader.json"
    acks = Acks()
    rounds = 25
    for round_no in range(rounds):
        context = f"seed={seed} (READER_CRASH_SEED) round={round_no}"
        child = spawn("chaos", str(db), str(rng.randrange(2**32)))
        ready = child.stdout.readline()
        if ready != "ready\n":
            child.kill()
            _, err = finish(child)
            pytest.fail(f"{context}: the child did not start: {ready!r}\n{err}")
        time.sleep(rng.uniform(0, 0.3))
        child.send_signal(signal.SIGKILL)
        out, err = finish(child)
        assert child.returncode == -signal.SIGKILL, f"{context}: the child failed first:\n{err}"
        acks.read(out)
        acks.check(db, context)
    print(f"\ncrash test: seed {seed}, {rounds} kills, {acks.lines} acknowledgements")
    assert len(acks.present) > 100, f"seed={seed}: too few writes to mean anything"


def forked(fn, *args) -> tuple[int, str]:
    """Run fn(*args) in a forked child (cheap: no interpreter start); (exit status, its stdout)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(read_end)
            sys.stdout = open(write_end, "w", encoding="utf-8")  # noqa: SIM115
            fn(*args)
            sys.stdout.flush()
            status = 0
        except BaseException:
            traceback.print_exc(file=sys.stdout)
            sys.stdout.flush()
        finally:
            os._exit(status)
    os.close(write_end)
    with open(read_end, encoding="utf-8") as pipe:
        out = pipe.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_exit_at_every_fsync_and_rename_loses_nothing(tmp_path):
    """Deterministic kill points: just before and just after each fsync and os.replace."""
    status, out = forked(crash_writer.inject, str(tmp_path / "probe.json"), 0, "never")
    assert status == 0, out
    calls = int(out.splitlines()[-1].split()[1])
    assert calls > 15  # the script does make that many fsyncs and renames
    for when in ("before", "after"):
        for n in range(1, calls + 1):
            context = f"exit {when} call {n} of {calls}"
            db = tmp_path / f"{when}-{n}" / "reader.json"
            db.parent.mkdir()
            status, out = forked(crash_writer.inject, str(db), n, when)
            assert status == 99, f"{context}: the child did not stop there:\n{out}"
            acks = Acks()
            acks.read(out)
            acks.check(db, context)
            with Store(db) as store:  # and the survivor can go on writing and compacting
                victim = min(acks.present, default="none")
                store.delete(victim)
                store.compact()
            acks.present.discard(victim)
            acks.deleted.add(victim)
            acks.check(db, context + ", then written again")


def test_two_writers_keep_each_others_changes(tmp_path):
    db = tmp_path / "shared.json"
    children = [spawn("writer", str(db), label, "300", stdin=subprocess.PIPE) for label in "AB"]
    for child in children:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
    for child in children:  # start both at once
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        line = child.stdout.readline()
        assert line == "wrote\n", line + child.stderr.read()
    results = [finish(child) for child in children]  # closing stdin lets them count
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert out.splitlines()[-1] == "count 600", out  # its final view has the other's too
    with Store(db) as store:
        assert len(store.all_annotations()) == 600
        assert len(store.annotations("A")) == 300
        assert len(store.annotations("B")) == 300
        assert len({a.uuid for a in store.all_annotations()}) == 600
