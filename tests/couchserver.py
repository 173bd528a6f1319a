"""A real CouchDB-protocol server for the team sync tests: PouchDB Server, in memory, on 127.0.0.1.

`make test` installs it into .venv/node when npm is there ($READER_POUCHDB_SERVER names another
binary). Without it the sync tests are skipped, saying why, unless $READER_REQUIRE_SYNC_TESTS is
set (CI), where a missing server fails them.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCAL_BINARY = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "pouchdb-server"


def server_binary() -> str:
    """The pouchdb-server to run, or skip (fail under $READER_REQUIRE_SYNC_TESTS) saying why."""
    named = os.environ.get("READER_POUCHDB_SERVER")
    found = named or (str(LOCAL_BINARY) if LOCAL_BINARY.exists() else None)
    why = ""
    if not found:
        why = "pouchdb-server is not installed (make test installs it into .venv/node with npm)"
    elif not Path(found).exists():
        why = f"$READER_POUCHDB_SERVER names {found}, which does not exist"
    elif not shutil.which("node"):
        why = "node is not on PATH (pouchdb-server needs it)"
    if why:
        if os.environ.get("READER_REQUIRE_SYNC_TESTS"):
            pytest.fail(f"team sync tests required but {why}")
        pytest.skip(why)
    return str(found)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class CouchServer:
    """One pouchdb-server process; `url(db)` is a database address on it."""

    def __init__(self, folder: Path, admin: tuple[str, str] | None = None) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        self.admin = admin
        self.log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [server_binary(), "--in-memory", "--port", str(self.port), "-n"],
            cwd=folder,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait()
        if admin:
            self.request("PUT", f"_config/admins/{admin[0]}", json.dumps(admin[1]), auth=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, db: str, *, user: str | None = None, password: str | None = None) -> str:
        who = f"{user}:{password}@" if user is not None else ""
        return f"http://{who}127.0.0.1:{self.port}/{db}"

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"pouchdb-server ended: {(self.folder / 'server.log').read_text()}"
                )
            try:
                urllib.request.urlopen(self.base + "/", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("pouchdb-server did not start within 30 s")

    def request(self, method: str, path: str, body: str | None = None, *, auth: bool = True):
        req = urllib.request.Request(
            f"{self.base}/{path}",
            data=body.encode() if body is not None else None,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        if auth and self.admin:
            pair = f"{self.admin[0]}:{self.admin[1]}".encode()
            req.add_header("Authorization", "Basic " + base64.b64encode(pair).decode())
        with urllib.request.urlopen(req, timeout=30) as answer:
            return json.loads(answer.read() or b"null")

    def docs(self, db: str) -> dict[str, dict]:
        """Every live document of `db`, by id."""
        rows = self.request("GET", f"{db}/_all_docs?include_docs=true")["rows"]
        return {r["id"]: r["doc"] for r in rows}

    def doc_count(self, db: str) -> int:
        try:
            return int(self.request("GET", db)["doc_count"])
        except urllib.error.HTTPError:
            return 0

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.log.close()
