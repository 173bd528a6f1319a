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


def suggest_ms(seed: Path, long: Path, reps: int = 5, warmup: int = 1) -> dict[str, list[float]]:
    """Samples (ms) of the whole suggestion pass for the seed and the long article."""
    out: dict[str, list[float]] = {"seed": [], "long": []}
    for name, path in (("seed", seed), ("long", long)):
        for i in range(warmup + reps):
            ms = once(path)
            if i >= warmup:
                out[name].append(ms)
    return out


if __name__ == "__main__":  # python -m bench.measure_suggest: a quick look, no table
    from bench import inputs

    files = inputs.article_files(inputs.FULL, inputs.INPUTS / "full")
    for name, samples in suggest_ms(files.seed, files.long, reps=3).items():
        print(f"suggest_ms {name}: " + ", ".join(f"{s:.0f}" for s in samples))
