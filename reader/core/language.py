"""Language of an article: langdetect, made deterministic, honest about short text, and off the hot path.

langdetect is random unless seeded, loads its profiles for ~0.5 s on first use (not thread-safe while
it does), and is confidently wrong on tiny inputs ("ok" is Slovak at 0.99999). So: seed it, warm it
under a lock, say `und` below 20 letters or 0.90 probability, and vote over slices of long text.
`guess_language` is the instant provisional answer the UI paints with before the real one arrives.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

UNDETERMINED = "und"
MIN_LETTERS = 20
MIN_PROBABILITY = 0.90
SLICE_CHARS = 1500

# Addresses and e-mail addresses say nothing about the language. No alternative gives back what it
# took, and an e-mail address is tried only where a run of non-spaces starts: "\S+@\S+" tried from
# every position of a 200,000-character word without an "@" took minutes (quadratic backtracking).
_URL = re.compile(r"https?://\S++|www\.\S++|(?<!\S)[^\s@]++@\S++")
_WORD = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()
_ready = False

_STOP_WORDS = {
    "de": frozenset(
        "der die das und ist nicht ein eine einen dem den des mit von für auf sich auch als wie "
        "im zu bei nach aus wird wurde sind hat haben oder aber noch über dass werden".split()
    ),
    "en": frozenset(
        "the and is are was were of to in that it for on with as by at from this be have has "
        "not or but an which their they he she said will would".split()
    ),
}


def warm_up() -> None:
    """Load langdetect's profiles once, under a lock (its lazy init is not thread-safe)."""
    global _ready
    from langdetect import DetectorFactory, detector_factory

    with _lock:
        if not _ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _ready = True


def _slices(text: str) -> list[str]:
    if len(text) <= 2 * SLICE_CHARS:
        return [text]
    middle = len(text) // 2
    starts = (0, middle - SLICE_CHARS // 2, len(text) - SLICE_CHARS)
    return [text[s : s + SLICE_CHARS] for s in starts]


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability), or ("und", p) when there is too little text or no clear winner."""
    cleaned = _URL.sub(" ", text)
    if sum(len(w) for w in _WORD.findall(cleaned[:20_000])) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    warm_up()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    votes: Counter[str] = Counter()
    probabilities: dict[str, list[float]] = {}
    answered = 0  # slices langdetect could read (a slice of digits or URLs has "no features")
    for piece in _slices(cleaned):
        try:
            ranked = detect_langs(piece)
        except LangDetectException:
            continue
        if ranked:
            answered += 1
            votes[ranked[0].lang] += 1
            for item in ranked:
                probabilities.setdefault(item.lang, []).append(item.prob)
    if not votes:
        return UNDETERMINED, 0.0
    # Most votes wins; a tie goes to the higher total probability, never to dict order.
    lang = max(votes, key=lambda code: (votes[code], sum(probabilities[code]), code))
    probability = sum(probabilities[lang]) / answered
    if probability < MIN_PROBABILITY:
        return UNDETERMINED, probability
    return lang, probability


def guess_language(text: str) -> str:
    """A cheap stop-word guess for the first paint (de / en / und); detect_language confirms it."""
    words = [w.casefold() for w in _WORD.findall(text[:4000])]
    hits = {lang: sum(w in stop for w in words) for lang, stop in _STOP_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    others = max(v for k, v in hits.items() if k != best)
    return best if hits[best] >= 5 and hits[best] >= 2 * others else UNDETERMINED


def detect_language_isolated(text: str, timeout: float = 120.0) -> tuple[str, float]:
    """detect_language in a child process: langdetect's profiles (~57 MiB, ~90,000 objects) then
    never live in the reader's own process, where they cost memory and slowed every full garbage
    collection. Falls back to detecting here if the child cannot run."""
    import json
    import subprocess
    import sys

    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader.core.language"],
            input=text.encode("utf-8", "surrogatepass"),
            capture_output=True,
            timeout=timeout,
            check=True,
        )
        lang, probability = json.loads(done.stdout)
        return str(lang), float(probability)
    except (OSError, subprocess.SubprocessError, ValueError, TypeError):
        return detect_language(text)


if __name__ == "__main__":  # the child of detect_language_isolated: text on stdin, JSON on stdout
    import json
    import sys

    print(json.dumps(detect_language(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))))
