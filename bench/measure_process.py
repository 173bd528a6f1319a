"""Whole-process measurements: cold start to the first painted pane, and peak memory.

Every sample is a fresh child process (`python -m bench.firstpaint`, see there), timed from just
before the spawn to the first paint the child reports (absolute CLOCK_MONOTONIC times, so the
pipe's latency and the child's exit are not counted). Sides that are compared are interleaved.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PYCACHE = ROOT / "bench" / "inputs" / "pycache"


def bytecode_env() -> dict[str, str]:
    """This process's environment with bytecode caching on, as for any installed app: with
    PYTHONDONTWRITEBYTECODE (set in some environments) the reader, an editable install, would
    recompile every module of its own in every fresh process while Textual's site-packages come
    precompiled. A private cache folder (git-ignored) keeps __pycache__ folders out of the
    checkout; the first (warm-up) child of each series fills it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def child_env(tmp: Path) -> dict[str, str]:
    env = bytecode_env()
    env["TEXTUAL_ANIMATIONS"] = "none"
    env["READER_KEYMAP"] = str(tmp / "no-keymap.json")  # never the user's keymap
    env["READER_DB"] = str(tmp / "never-used.json")  # never the user's database
    return env


def first_paint(args: list[str], env: dict[str, str], timeout: float = 120.0) -> dict:
    """Spawn one child; returns ms to first paint, phases (ms from spawn) and peak RSS (MiB)."""
    cmd = [sys.executable, "-m", "bench.firstpaint", *args]
    spawned = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    events = {}
    for line in out.splitlines():
        if line.startswith("{"):
            obj = json.loads(line)
            events[obj["event"]] = obj
    paint = events.get("paint")
    if paint is None:
        raise RuntimeError(f"no first paint from {' '.join(cmd)}:\n{err[-2000:]}")
    marks = paint["marks"]

    def ms(t: float) -> float:
        return (t - spawned) * 1000

    settled = events.get("settled", paint)
    return {
        "ms": ms(paint["at"]),
        "phases": {
            "python": ms(marks["start"]),
            "textual_import": ms(marks["textual_imported"]) - ms(marks["start"]),
            "app_import": ms(marks["build_start"]) - ms(marks["textual_imported"]),
            "build": ms(marks["build_end"]) - ms(marks["build_start"]),
            "to_paint": ms(paint["at"]) - ms(marks["build_end"]),
        },
        "rss_paint_mib": paint["maxrss_kib"] / 1024,
        "rss_settled_mib": settled["maxrss_kib"] / 1024,
    }


def copy_db(source: Path, target: Path) -> None:
    """Copy a database: the snapshot and, if there is one, its journal."""
    shutil.copyfile(source, target)
    journal = source.with_name(source.name + ".journal")
    if journal.exists():
        shutil.copyfile(journal, target.with_name(target.name + ".journal"))


def reader(files: list[Path], db: Path, *extra: str) -> list[str]:
    return ["reader", *map(str, files), "--db", str(db), *extra]


def startup(seed: Path, tmp: Path, reps: int, warm: bool = True) -> dict:
    """Reader vs bare app on the seed, interleaved; also the reader with --lang (no detection)."""
    env = child_env(tmp)
    runs: dict[str, list[dict]] = {"reader": [], "bare": [], "reader_lang": []}
    first = 0 if warm else 1
    for i in range(first, reps + 1):  # round 0 warms the page cache and .pyc files
        for side in runs:
            db = tmp / f"startup-{side}-{i}.json"  # a fresh database every time
            if side == "bare":
                args = ["bare", str(seed)]
            elif side == "reader":
                args = reader([seed], db)
            else:
                args = reader([seed], db, "--lang", "de")
            result = first_paint(args, env)
            if i:
                runs[side].append(result)
    return runs


def open_long(
    seed: Path,
    long: Path,
    long_db: Path,
    big: Path,
    tmp: Path,
    reps: int,
    reps_big: int,
    warm: bool = True,
) -> dict[str, list[dict]]:
    """The long article (with its annotations, and with a fresh database) and the big one (also
    with --lang, which leaves language detection and its memory out); interleaved with starts on
    the seed, the baseline, so a change in the machine's load moves both."""
    env = child_env(tmp)
    runs: dict[str, list[dict]] = {
        "seed": [],
        "long": [],
        "long_fresh_db": [],
        "big": [],
        "big_lang": [],
    }
    if warm:
        first_paint(reader([long], tmp / "warm.json"), env)  # warm the page cache
    for i in range(max(reps, reps_big)):
        runs["seed"].append(first_paint(reader([seed], tmp / f"seed-{i}.json"), env))
        if i < reps:
            db = tmp / f"long-{i}.json"
            copy_db(long_db, db)  # opening writes (article record, language): a fresh copy
            runs["long"].append(first_paint(reader([long], db), env))
        if i < max(1, reps // 2):
            fresh = tmp / f"long-fresh-{i}.json"
            runs["long_fresh_db"].append(first_paint(reader([long], fresh), env))
        if i < reps_big:
            big_db = tmp / f"big-{i}.json"
            runs["big"].append(first_paint(reader([big], big_db, "--settle"), env))
        if i < max(1, reps_big // 2):  # without language detection: the article's own share
            db = tmp / f"big-lang-{i}.json"
            runs["big_lang"].append(first_paint(reader([big], db, "--lang", "de", "--settle"), env))
    return runs
