"""How long the suggestions take once the article is parsed: `suggest_ms` for the seed and for
the 50,000-word long article (bench/inputs.py). The app computes them in a worker thread after
the first pane, so this is the wait between the first paint and the suggestion layer appearing.

    from bench import measure_suggest
    measure_suggest.suggest_ms(files.seed, files.long, reps=5)
    # {"seed": [ms, ...], "long": [ms, ...]}

Each repetition parses the file afresh (as the app does before the worker starts, not timed) and
clears the engine's cache, so the rules run in full every time; sentence segmentation of the
blocks the rules visit is included, as it is in the worker.
"""

from __future__ import annotations

import time
from pathlib import Path


def once(path: Path, lang: str = "de") -> float:
    """ms for `analyse` of one freshly parsed article, cache cleared."""
    from reader.core.parsing import parse_files
    from reader.core.suggest import engine

    article = parse_files([str(path)]).with_language(lang, 1.0)
    with engine._lock:
        engine._CACHE.clear()
    start = time.perf_counter()
    engine.analyse(article)
    return (time.perf_counter() - start) * 1000


def cold(path: Path, env: dict[str, str] | None = None) -> float:
    """ms for the first suggestions of a fresh process, as the app's worker pays them: importing
    the engine, compiling the rules, then `analyse` (the article is parsed before, untimed)."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "bench.measure_suggest", "--cold", str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def _cold_child(path: str) -> None:
    import json

    from reader.core.parsing import parse_files

    article = parse_files([path]).with_language("de", 1.0)
    start = time.perf_counter()
    from reader.core.suggest import analyse

    analyse(article)
    print(json.dumps((time.perf_counter() - start) * 1000))


def suggest_ms(seed: Path, long: Path, reps: int = 5, warmup: int = 1) -> dict[str, list[float]]:
    """Samples (ms): the seed's first suggestions in a fresh process (imports and rule compilation
    included: what the reader waits for after the first pane; bytecode cached, as an installed
    reader has it after its first start), and the long article's pass."""
    from bench.measure_process import bytecode_env

    out: dict[str, list[float]] = {"seed": [], "long": []}
    env = bytecode_env()  # the warm-up child compiles the bytecode the others load
    for i in range(warmup + reps):
        ms = cold(seed, env)
        if i >= warmup:
            out["seed"].append(ms)
    for i in range(warmup + reps):
        ms = once(long)
        if i >= warmup:
            out["long"].append(ms)
    return out


if __name__ == "__main__":  # python -m bench.measure_suggest: a quick look, no table
    import sys

    if sys.argv[1:2] == ["--cold"]:
        _cold_child(sys.argv[2])
        raise SystemExit(0)
    from bench import inputs

    files = inputs.article_files(inputs.FULL, inputs.INPUTS / "full")
    for name, samples in suggest_ms(files.seed, files.long, reps=3).items():
        print(f"suggest_ms {name}: " + ", ".join(f"{s:.0f}" for s in samples))
