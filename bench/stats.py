"""Small helpers: percentiles, a summary of samples, and the machine's description."""

from __future__ import annotations

import math
import os
import platform
import statistics
from importlib import metadata


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
