"""Team sync at scale: three databases of N annotations each, made offline, converge through one
PouchDB Server (in memory, on 127.0.0.1); then one of them makes 100 changes (edits, new ones,
deletions) and the others pick them up. Every sync is a `reader sync` process, timed from spawn to
exit, as a user runs it. Afterwards every database and the server are checked: annotations lost
(expected but missing or not at their last version anywhere) and duplicated (more documents than
uuids, here or on the server).

`python -m bench.sync_bench [--per-db N]` runs it alone and prints the figures; `python -m bench`
runs it with N = 10,000 (smoke: 200) and writes them into results.json as `sync_s`. Without
pouchdb-server (`make sync-server` installs it with npm) it is skipped, saying so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "pouchdb-server"


def server_binary() -> str | None:
    named = os.environ.get("READER_POUCHDB_SERVER")
    found = named or (str(SERVER) if SERVER.exists() else None)
    return found if found and shutil.which("node") else None


class Server:
    def __init__(self, folder: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        folder.mkdir(parents=True, exist_ok=True)
        self.log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed in stop())
        binary = server_binary()
        assert binary is not None
        self.process = subprocess.Popen(
            [binary, "--in-memory", "--port", str(self.port), "-n"],
            cwd=folder,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/", timeout=1).read()
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("pouchdb-server did not start") from None
                time.sleep(0.1)

    def url(self, db: str) -> str:
        return f"http://127.0.0.1:{self.port}/{db}"

    def doc_count(self, db: str) -> int:
        with urllib.request.urlopen(self.url(db), timeout=30) as answer:
            return int(json.loads(answer.read())["doc_count"])

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.log.close()


def timed_sync(db: Path, url: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "sync", url, "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"reader sync failed: {done.stderr.strip()}")
    return took


def contents(db: Path) -> tuple[dict[str, dict], int]:
    """The annotations of `db` by uuid, and how many annotation documents it holds."""
    from reader.core.store import ANNOTATIONS, Store

    with Store(db, read_only=True) as store:
        raw = len(store.storage.table(ANNOTATIONS))
        return {a.uuid: a.to_dict() for a in store.all_annotations()}, raw


def measure(tmp: Path, per_db: int, changes: int = 100, log=print) -> dict | None:
    """The figures (see the module docstring), or None without a pouchdb-server."""
    from bench import inputs
    from reader.core.store import Store

    if server_binary() is None:
        log("sync: skipped (no pouchdb-server: make sync-server installs it with npm)")
        return None
    server = Server(tmp / "couch")
    env = {**os.environ, "READER_CONFIG": str(tmp / "config")}
    try:
        url = server.url("team")
        dbs = [tmp / f"sync-{name}.json" for name in "abc"]
        expected: dict[str, dict] = {}
        for n, db in enumerate(dbs):
            made = inputs.synthetic_annotations(per_db, 50, seed=100 + n)
            made = [replace(a, author=db.stem) for a in made]
            inputs.build_db(db, made)
            expected.update((a.uuid, a.to_dict()) for a in made)
        log(f"sync: 3 databases of {per_db} annotations: first full sync (a, b, c, a, b)")
        steps = [timed_sync(db, url, env) for db in (*dbs, *dbs[:2])]
        first = check(dbs, expected, server)

        log(f"sync: {changes} changes in a, then a, b and c sync")
        with Store(dbs[0]) as store:
            current = sorted(store.all_annotations(), key=lambda a: a.uuid)
            edits = current[: changes * 6 // 10]
            gone = current[len(edits) : len(edits) + changes * 2 // 10]
            new_ones = inputs.synthetic_annotations(changes - len(edits) - len(gone), 5, seed=999)
            edited = [a.edited(note=f"checked again ({i})") for i, a in enumerate(edits)]
            store.put_many(edited + new_ones)
            for a in gone:
                store.delete(a.uuid)
        expected.update((a.uuid, a.to_dict()) for a in edited + new_ones)
        for a in gone:
            del expected[a.uuid]
        push = timed_sync(dbs[0], url, env)
        pulls = [timed_sync(db, url, env) for db in dbs[1:]]
        after = check(dbs, expected, server)
    finally:
        server.stop()
    return {
        "per_db": per_db,
        "first_full": round(sum(steps), 3),
        "first_full_steps": [round(s, 3) for s in steps],
        "incremental_changes": changes,
        "incremental_push": round(push, 3),
        "incremental_pull": [round(p, 3) for p in pulls],
        "lost": first["lost"] + after["lost"],
        "duplicated": first["duplicated"] + after["duplicated"],
    }


def check(dbs: list[Path], expected: dict[str, dict], server: Server) -> dict[str, int]:
    lost, duplicated = set(), 0
    for db in dbs:
        found, raw = contents(db)
        duplicated += raw - len(found)
        lost |= {u for u, doc in expected.items() if found.get(u) != doc}
    duplicated += max(0, server.doc_count("team") - len(expected))
    return {"lost": len(lost), "duplicated": duplicated}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-db", type=int, default=1000)
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-sync-bench-") as tmp:
        figures = measure(Path(tmp), args.per_db, args.changes)
    print(json.dumps(figures, indent=2))
    return 0 if figures is not None else 1


if __name__ == "__main__":
    sys.exit(main())
