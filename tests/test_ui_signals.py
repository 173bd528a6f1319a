"""The reading position survives the terminal closing or a kill within a second of moving.

The real command runs in a pseudo-terminal, the keys are typed into it, and the signal arrives
before the position's one-second settle timer would have saved it.
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest
from conftest import SEED

from reader.core.opening import open_files
from reader.core.store import Store


def read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def drain(fd: int, seconds: float) -> None:
    read_until(fd, b"\x00never\x00", seconds)


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_position_is_saved_when_the_reader_is_signalled(signame, private_database, tmp_path):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", str(SEED), "--db", str(private_database), "--lang", "de"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    try:
        assert b"Seite 1 / 2" in read_until(master, b"Seite 1 / 2", 20), "the reader did not start"
        drain(master, 0.5)
        for _ in range(5):
            os.write(master, b"j")
            drain(master, 0.1)
        proc.send_signal(getattr(signal, signame))  # well before the 1 s settle timer
        deadline = time.monotonic() + 15
        while proc.poll() is None and time.monotonic() < deadline:
            drain(master, 0.1)
        assert proc.poll() is not None, "the reader did not end on the signal"
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    with Store(private_database) as store:
        article = open_files([str(SEED)], "de", store).article  # the library's key for it
        saved = store.position(article.key)
    assert saved is not None and saved["offset"] == article.sentences[5].start
