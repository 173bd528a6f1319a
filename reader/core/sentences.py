"""Sentence and word boundaries inside one block (placeholder: being replaced by the real segmenter)."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+[“”„\"'»«)]*(?=\s|$)|$)", re.S)
_WORD = re.compile(r"\w[\w'’\-]*", re.U)


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def split_words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]
