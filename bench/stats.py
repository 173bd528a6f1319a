"""Small helpers: percentiles, a summary of samples, the machine's description, and a
measurement run in a fresh process."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
from importlib import metadata
from pathlib import Path


def percentile(samples: list[float], q: float) -> float:
    """The q-quantile (0..1) with linear interpolation between the closest ranks."""
    s = sorted(samples)
    if not s:
        return math.nan
    k = (len(s) - 1) * q
    lo = math.floor(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summary(samples: list[float]) -> dict:
    return {
        "median": statistics.median(samples) if samples else math.nan,
        "p95": percentile(samples, 0.95),
        "n": len(samples),
    }


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        textual = metadata.version("textual")
    except metadata.PackageNotFoundError:
        textual = "?"
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()},"
        f" Python {platform.python_version()}, Textual {textual}"
    )


def child_json(module: str, args: list[str], env: dict[str, str], cwd: Path, timeout: int) -> dict:
    """Run `python -m module args` in a fresh process and return the last JSON line it prints
    (the measurement); a failure raises with the end of its stderr."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])
