"""Article text is data: make control characters visible, one character for one, before any output.

An ESC from a scraped page must never reach the terminal as an escape sequence. Mapping each control
character to its Unicode "control picture" keeps the text the same length, so offsets still line up.
"""

from __future__ import annotations

import json
import re

_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({i: "\ufffd" for i in range(0x80, 0xA0)})
# A lone surrogate (a byte that was not UTF-8 in a file name or argument) cannot be printed at all.
_PICTURES.update({i: "\ufffd" for i in range(0xD800, 0xE000)})
_PICTURES[0x09] = " "  # a tab is whitespace, shown as one space so cells stay predictable
# Bidirectional embeddings, overrides and isolates reorder everything after them on a bidi-aware
# terminal ("Trojan Source"): "officials\u202e it could be delayed" would print reversed.
_PICTURES.update({i: "\ufffd" for i in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE = str.maketrans(_PICTURES)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    """`text` with every C0/C1 control character, bidirectional override or isolate (and lone
    surrogate) replaced by a visible stand-in (same length)."""
    return text.translate(_TABLE)


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def excerpt(text: str, limit: int, *, paragraphs: bool = False) -> str:
    """`text` on one line, cut to `limit` characters with "…", and made `visible`: every run of
    whitespace one space, or with `paragraphs` a line break a pilcrow (a dialog quoting a
    passage over two paragraphs read „Tech-Giganten.␊␊Im Silicon Valley“)."""
    if paragraphs:
        text = _LINE_BREAK.sub(" ¶ ", text)
    one_line = " ".join(text.split())
    return visible(one_line if len(one_line) <= limit else one_line[: max(1, limit - 1)] + "…")


def json_text(data: object, *, ensure_ascii: bool = False, escape_surrogates: bool = False) -> str:
    """JSON (indented) that is safe on a terminal. json escapes the C0 controls itself; here DEL,
    the C1 controls (an 8-bit CSI is U+009B) and the bidirectional overrides are escaped too, and with `escape_surrogates` lone
    surrogates as well. They only occur inside strings, so the JSON means exactly the same."""
    text = json.dumps(data, ensure_ascii=ensure_ascii, indent=2)
    text = _UNSAFE_IN_JSON.sub(_escape, text)
    return _SURROGATES.sub(_escape, text) if escape_surrogates else text


_UNSAFE_IN_JSON_BYTES = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def json_bytes(data: object, *, for_terminal: bool = True, indent: bool = True) -> bytes:
    """`json_text` for large documents, as UTF-8 bytes, written by the fast JSON encoder (an
    export of 200,000 annotations): the same escapes of DEL and the C1 controls when the bytes
    are printed on a terminal (a scan of the whole output: 0.7 s for 170 MB; a file or pipe is
    data, and what shows it decides: jq would print the decoded control anyway)."""
    from reader.core import jsonio

    raw = jsonio.dumps(data, indent=indent, newline=True)
    if not for_terminal:
        return raw
    return _UNSAFE_IN_JSON_BYTES.sub(
        lambda m: f"\\u{ord(m.group().decode('utf-8')):04x}".encode(), raw
    )


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
