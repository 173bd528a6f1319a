"""Article text is data: make control characters visible, one character for one, before any output.

An ESC from a scraped page must never reach the terminal as an escape sequence. Mapping each control
character to its Unicode "control picture" keeps the text the same length, so offsets still line up.
"""

from __future__ import annotations

_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({i: "\ufffd" for i in range(0x80, 0xA0)})
_PICTURES[0x09] = " "  # a tab is whitespace, shown as one space so cells stay predictable
_TABLE = str.maketrans(_PICTURES)


def visible(text: str) -> str:
    """`text` with every C0/C1 control character replaced by a visible stand-in (same length)."""
    return text.translate(_TABLE)
