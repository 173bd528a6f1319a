"""The library at scale: 5,000 articles and 200,000 annotations (issue 11's figures).

- `build(folder, articles, annotations)`: a library database made through the store's own API:
  article records (one of them a real article with its stored copy, the seed), annotations spread
  over the articles, a reading position for every tenth, compacted, with its summary written (as
  the app leaves it).
- `first_paint`: `reader library --db DB` in fresh processes to the first painted list, against
  the bare app in the same series (`bench.measure_process.first_paint`).
- `filter_keys`: key press to frame for typing into the library's filter (5,000 rows filtered on
  every key), in a child process of its own (`python -m bench.measure_library filter DB ROUNDS`).
- `list_all` / `export_all`: `reader list --all --json` and `reader export --all --format w3c` as
  whole processes (loading the 125 MB database included).
- `open_one`: opening one article from the library vs opening its file, in one process with the
  database loaded, as the app does either way.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import inputs
from bench.stats import child_json

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sample_articles" / "musk-zuckerberg-openai.txt"


def build(folder: Path, articles: int, annotations: int) -> tuple[Path, str]:
    """The library database (returned with the key of the real article among them)."""
    from reader.core.annotation import Annotation
    from reader.core.library import record, refresh_summary
    from reader.core.opening import open_files
    from reader.core.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "library.json"
    for p in folder.glob("library.json*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    seed = folder / "seed.txt"
    shutil.copy(SEED, seed)
    rnd = random.Random(11)
    with Store(db) as store:
        opened = open_files([str(seed)], "de", store)
        record(store, opened.article.key, opened.article, opened.raw)
        real = opened.article.key
        keys = [real]
        keys += [
            f"art:{hashlib.sha256(f'a{n}'.encode()).hexdigest()[:24]}" for n in range(1, articles)
        ]
        _records_in_one_line(store, keys, folder, rnd)
        synthetic = inputs.synthetic_annotations(annotations, articles, 5)
        batch: list[Annotation] = []
        for i, a in enumerate(synthetic):
            a.article = keys[i % articles]
            batch.append(a)
            if len(batch) == 5000:
                store.put_many(batch)
                batch = []
        if batch:
            store.put_many(batch)
        for n, key in enumerate(keys):
            if n % 10 == 0:
                store.save_position(key, "v", 10_000)
        store.compact()
        refresh_summary(store)
    return db, real


def _records_in_one_line(store, keys: list[str], folder: Path, rnd: random.Random) -> None:
    """Article records for the keys that have none yet, as one journal line (fast to build)."""
    from reader.core.annotation import now_iso
    from reader.core.store import ARTICLES

    stamp = now_iso()
    items = []
    for n, key in enumerate(keys):
        if n == 0:
            continue  # the real article has its own record
        items.append(
            (
                key,
                {
                    "key": key,
                    "title": f"Artikel {n}: {rnd.choice(inputs.TOPICS)} und die Folgen",
                    "kicker": rnd.choice(inputs.TOPICS),
                    "lang": "de",
                    "sources": [str(folder / f"artikel-{n}.txt")],
                    "version": hashlib.sha256(f"v{n}".encode()).hexdigest(),
                    "files": [],
                    "length": 20_000,
                    "pages_known": 1,
                    "pages_present": [1],
                    "first_seen": stamp,
                    "last_seen": stamp,
                },
            )
        )
    store._write({ARTICLES: items})


def first_paint(db: Path, seed: Path, tmp: Path, reps: int) -> dict[str, list[dict]]:
    """The library screen vs the bare app, fresh processes, interleaved."""
    from bench.measure_process import child_env
    from bench.measure_process import first_paint as paint

    env = child_env(tmp)
    runs: dict[str, list[dict]] = {"library": [], "bare": []}
    for i in range(reps + 1):  # round 0 warms the page cache and .pyc files
        # --settle: also the peak once the database has loaded (it loads after the first paint)
        lib = paint(["library", "library", "--db", str(db), "--settle"], env)
        bare = paint(["bare", str(seed)], env)
        if i:
            runs["library"].append(lib)
            runs["bare"].append(bare)
    return runs


def whole_command(args: list[str], reps: int, env: dict[str, str]) -> list[float]:
    """Seconds for a whole `reader` process (output to /dev/null or a temp file)."""
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "reader", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            check=True,
            cwd=ROOT,
        )
        samples.append(time.perf_counter() - start)
    return samples


def list_all(db: Path, reps: int, env: dict[str, str]) -> list[float]:
    return whole_command(["list", "--all", "--json", "--db", str(db)], reps, env)


def export_all(db: Path, tmp: Path, reps: int, env: dict[str, str]) -> list[float]:
    samples = []
    for i in range(reps):
        out = tmp / f"all-{i}.w3c.json"
        args = ["export", "--all", "--format", "w3c", "--db", str(db), "-o", str(out)]
        samples += whole_command(args, 1, env)
        out.unlink(missing_ok=True)
    return samples


def open_one(db: Path, key: str, seed: Path, reps: int) -> dict[str, list[float]]:
    """ms to open the real article from the library, and from its file, with the database loaded
    (the reading state built, as the app builds it, in both cases)."""
    from reader.core.opening import open_files, open_from_library
    from reader.core.reader_state import ReaderState
    from reader.core.store import Store

    out: dict[str, list[float]] = {"library": [], "file": []}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "db.json"
        shutil.copy(db, copy)
        with Store(copy) as store:
            for _ in range(reps + 1):
                start = time.perf_counter()
                opened = open_from_library(store, key, "de")
                ReaderState(opened.article, store)
                mid = time.perf_counter()
                opened = open_files([str(seed)], "de", store)
                ReaderState(opened.article, store)
                end = time.perf_counter()
                out["library"].append((mid - start) * 1000)
                out["file"].append((end - mid) * 1000)
    return {k: v[1:] for k, v in out.items()}


# --- the filter key, in a child process ------------------------------------------------------


async def _filter(db: str, rounds: int) -> dict[str, list[float]]:
    from bench.measure_keys import REC, SIZE, _install, _watch_driver
    from reader.ui.launch import build_library

    _install()
    app = build_library(db)
    frames: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        _watch_driver(app)
        for _ in range(rounds):
            for key in ("a", "r", "t", "backspace", "backspace", "backspace"):
                REC.reset()
                REC.active = True
                await pilot.press(key)
                await pilot.pause()
                REC.active = False
                seen = [f for f in REC.frames if REC.key_at is not None and f[1] >= REC.key_at]
                if seen:
                    frames.append((seen[-1][1] - REC.key_at) * 1000)
    if app.store is not None:
        app.store.close()
    return {"frame": frames}


def filter_keys(db: Path, rounds: int, env: dict[str, str]) -> list[float]:
    args = ["filter", str(db), str(rounds)]
    return child_json("bench.measure_library", args, env, ROOT, timeout=900)["frame"]


if __name__ == "__main__":
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    if sys.argv[1] == "filter":
        print(json.dumps(asyncio.run(_filter(sys.argv[2], int(sys.argv[3])))))
