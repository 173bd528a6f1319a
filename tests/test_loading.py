"""Loading (issue 2, section 3): decoding, normalisation once before any offset, and refusals.

Refusals are checked through the real command in a subprocess: one line on stderr naming the file,
exit status 2, no traceback.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from reader.core.loading import MAX_BYTES, decode, load_text, looks_binary, normalise
from reader.core.parsing import parse_files
from reader.errors import ReaderError

ROOT = Path(__file__).resolve().parent.parent
GERMAN = "Grüße aus Köln – „Zitat“ für 5 €, sagte Frau Müller. Das Café öffnet."
ARTICLE = (
    "Köln: Straßenbahn fährt wieder\n\n"
    "Die Linie 7 fährt ab Montag wieder über die Brücke, teilten die Stadtwerke mit.\n\n"
    "Fahrgäste müssen sich trotzdem auf Verspätungen einstellen.\n"
)


def run_reader(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# decoding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252"],
)
def test_decodes_every_supported_encoding_to_the_same_text(tmp_path, data, encoding):
    loaded = load_text(write(tmp_path, "a.txt", data))
    assert loaded.text == ARTICLE
    assert loaded.encoding == encoding
    assert not loaded.text.startswith("\ufeff")  # the BOM is not text (offset 0 stays the title)


def test_windows_1252_quotes_and_dashes_come_out_as_their_characters(tmp_path):
    data = GERMAN.encode("cp1252")
    assert b"\x84" in data and b"\x93" in data and b"\x96" in data  # „ “ – in cp1252
    loaded = load_text(write(tmp_path, "cp.txt", data))
    assert loaded.text == GERMAN
    assert loaded.encoding == "cp1252"
    assert "\x84" not in loaded.text and "\x93" not in loaded.text  # not latin-1 controls


def test_french_cp1252_is_not_guessed_as_cp1250(tmp_path):
    text = "Le cœur de l’été, déjà naïveté, 20 €.\n"
    assert load_text(write(tmp_path, "fr.txt", text.encode("cp1252"))).text == text


def test_utf8_wins_over_cp1252_when_both_would_decode(tmp_path):
    # "Ã¼" is valid cp1252 too; strict UTF-8 comes first, so this is "ü".
    assert load_text(write(tmp_path, "u.txt", "Grüße".encode())).text == "Grüße"


@pytest.mark.parametrize(
    "good, bad",
    [
        ("Der Bürgermeister sagte.\n\nEin kaputtes Byte: ".encode(), b"\xff\n"),
        ("Grüße aus Köln.\n\n".encode(), "Grüße aus Köln.\n".encode("cp1252")),
        (b"Ein Surrogat: ", b"\xed\xa0\x80" + " und ein ü.\n".encode()),
    ],
    ids=["one-bad-byte", "utf8-and-cp1252-mixed", "lone-surrogate"],
)
def test_utf8_with_bytes_that_are_not_utf8_is_refused_not_read_as_cp1252(tmp_path, good, bad):
    """One bad byte in a UTF-8 file once turned every „ü“ into „Ã¼“ (read as Windows-1252),
    silently: a file with UTF-8 characters in it is UTF-8, and the rest is damage."""
    with pytest.raises(ReaderError) as err:
        load_text(write(tmp_path, "bad.txt", good + bad))
    at = len(good) + next(i for i, byte in enumerate(bad) if byte >= 0x80)
    said = f"is UTF-8 text with bytes that are not UTF-8 (the first at byte {at}:"
    assert said in err.value.line()


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_line_ends_become_newlines(tmp_path, ending):
    data = ARTICLE.replace("\n", ending).encode("utf-8")
    loaded = load_text(write(tmp_path, "le.txt", data))
    assert loaded.text == ARTICLE
    assert "\r" not in loaded.text


def test_crlf_article_parses_like_the_lf_one(tmp_path):
    lf = parse_files([write(tmp_path, "lf.txt", ARTICLE.encode())])
    crlf = parse_files([write(tmp_path, "crlf.txt", ARTICLE.replace("\n", "\r\n").encode())])
    assert crlf.text == lf.text
    assert [b.kind for b in crlf.blocks] == [b.kind for b in lf.blocks]


def test_nbsp_soft_hyphen_and_zero_width_space_are_normalised(tmp_path):
    raw = "Die\u00a0Stadt\u202fzahlt 5\u00a0€ für Straßen\u00adbahn\u200bhaltestellen.\n"
    loaded = load_text(write(tmp_path, "n.txt", raw.encode("utf-8")))
    assert loaded.text == "Die Stadt zahlt 5 € für Straßenbahnhaltestellen.\n"


def test_zero_width_joiner_in_emoji_is_kept():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalise(f"Familie {family} heute") == f"Familie {family} heute"


def test_nfd_input_comes_out_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Bürgermeisterin Müller öffnet das Café.\n")
    assert nfd != unicodedata.normalize("NFC", nfd)
    loaded = load_text(write(tmp_path, "nfd.txt", nfd.encode("utf-8")))
    assert loaded.text == "Bürgermeisterin Müller öffnet das Café.\n"
    assert unicodedata.is_normalized("NFC", loaded.text)


def test_cp1252_file_with_crlf_and_nbsp_is_fully_normalised(tmp_path):
    raw = "Grüße\u00a0aus Köln\r\n\r\n„Zitat“ – Ende.\r\n"
    loaded = load_text(write(tmp_path, "w.txt", raw.encode("cp1252")))
    assert loaded.text == "Grüße aus Köln\n\n„Zitat“ – Ende.\n"


def test_esc_and_tab_are_text_not_binary():
    assert not looks_binary("\x1b[31mrot\x1b[0m und\tblau, " * 20)


def test_binary_threshold_is_five_percent_of_control_characters():
    text = "a" * 95
    assert not looks_binary(text + "\x01" * 5)  # exactly 5 %: still text
    assert looks_binary(text + "\x01" * 6)


def test_control_characters_in_the_middle_of_a_long_file_are_counted():
    text = "a" * 150_000 + "\x01" * 30_000 + "a" * 150_000  # 9 %, none near either end
    assert looks_binary(text)


def test_unassigned_code_points_count_as_binary():
    unassigned = "\U000e0080"  # in the tags block, but unassigned
    assert unicodedata.category(unassigned) == "Cn"
    assert looks_binary("abc " + unassigned * 10)


def test_utf16_with_a_nul_character_is_binary(tmp_path):
    data = codecs.BOM_UTF16_LE + ("text\x00" * 10).encode("utf-16-le")
    with pytest.raises(ReaderError, match="binary"):
        load_text(write(tmp_path, "nul16.txt", data))


def test_bom_that_lies_is_refused():
    with pytest.raises(ReaderError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"caf\xe9", "x.txt")


# refusals through the real command --------------------------------------------------------------


def assert_refused(result: subprocess.CompletedProcess[str], name: str, reason: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert reason in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_file_is_refused(tmp_path):
    assert_refused(run_reader("parse", tmp_path / "nope.txt"), "nope.txt", "no such file")


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_refused(run_reader("parse", folder), "folder", "directory")


def test_empty_file_is_refused(tmp_path):
    assert_refused(run_reader("parse", write(tmp_path, "empty.txt", b"")), "empty.txt", "empty")


def test_bom_only_file_is_refused(tmp_path):
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8)
    assert_refused(run_reader("parse", path), "bom.txt", "whitespace")


@pytest.mark.parametrize(
    "data",
    [
        b" \n\t\r\n  \n",
        "\u00a0\n\u200b\n\u3000".encode(),
        codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
        b" \x0c \n\x0b\n",  # form feed and vertical tab are whitespace, not a binary file's controls
    ],
    ids=["ascii", "unicode-spaces", "utf16", "form-feed"],
)
def test_whitespace_only_file_is_refused(tmp_path, data):
    path = write(tmp_path, "blank.txt", data)
    assert_refused(run_reader("parse", path), "blank.txt", "only whitespace")


def test_file_with_nul_bytes_is_refused_as_binary(tmp_path):
    path = write(tmp_path, "data.bin", b"\x7fELF\x02\x01\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_refused(run_reader("parse", path), "data.bin", "binary")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("report.pdf", b"%PDF-1.4 %\xe2\xe3\xcf\xd3 1 0 obj << >> endobj", "a PDF document"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00", "a Word document"),
        ("story.odt", b"PK\x03\x04\x14\x00", "an OpenDocument text"),
        ("story.rtf", b"{\\rtf1\\ansi Hello}", "an RTF document"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ],
)
def test_a_document_or_image_is_named_and_told_what_to_do(tmp_path, name, data, kind):
    """New-user review: a PDF was "a binary file … (UTF-16 text needs a byte-order mark)", and a
    short one without NUL bytes opened as an article of PDF syntax."""
    path = write(tmp_path, name, data)
    assert_refused(run_reader("parse", path), name, f"is {kind}, not a text article: save")


def test_file_with_too_many_control_characters_is_refused_as_binary(tmp_path):
    body = ("Ein ganz normaler Satz. " * 10).encode()
    data = body + bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0E, 0x0F] * 4)
    assert b"\x00" not in data
    assert_refused(run_reader("parse", write(tmp_path, "ctl.bin", data)), "ctl.bin", "binary")


def test_text_with_a_few_control_characters_opens(tmp_path):
    data = ("Ein ganz normaler Satz mit Inhalt.\n\n" * 20).encode() + b"\x0c\x07 und Schluss.\n"
    result = run_reader("parse", write(tmp_path, "ok.txt", data), "--lang", "de")
    assert result.returncode == 0, result.stderr


def test_unknown_encoding_is_refused(tmp_path):
    # 0x81, 0x8D and 0x90 are undefined in cp1252 and invalid as UTF-8 lead bytes.
    data = "Grüße aus Köln ".encode("cp1252") + b"\x81\x8d\x90" + b" und mehr Text.\n"
    assert_refused(run_reader("parse", write(tmp_path, "enc.txt", data)), "enc.txt", "encoding")


def test_file_over_the_size_limit_is_refused(tmp_path):
    assert MAX_BYTES >= 20 * 1024 * 1024
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"Title\n\nText.\n")
        f.truncate(MAX_BYTES + 1)  # sparse: fast, and takes no disk space
    assert_refused(run_reader("parse", path), "huge.txt", "too large")


def test_file_at_the_size_limit_is_not_refused_for_size(tmp_path):
    path = tmp_path / "limit.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES)  # all NUL bytes: refused, but as binary, not as too large
    with pytest.raises(ReaderError, match="binary"):
        load_text(path)


def test_the_first_bad_file_of_several_is_named(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE.encode())
    result = run_reader("parse", good, tmp_path / "missing-2.txt")
    assert_refused(result, "missing-2.txt", "no such file")


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path):
    assert_refused(run_reader("parse", tmp_path / "bad\nname.txt"), "bad", "no such file")


def test_five_megabyte_article_opens(tmp_path):
    paragraph = (
        "Der Gemeinderat von Moorfeld hat am Dienstag über den Haushalt beraten, "
        "und die Bürgermeisterin sprach von einem „schwierigen, aber richtigen Schritt“. "
        "Die Opposition kündigte an, gegen den Beschluss vorzugehen.\n\n"
    )
    count = 5_000_000 // len(paragraph.encode()) + 1
    data = ("Ein langer Haushalt\n\n" + paragraph * count).encode()
    assert 5_000_000 <= len(data) < MAX_BYTES
    path = write(tmp_path, "big.txt", data)
    article = parse_files([str(path)])
    assert article.title == "Ein langer Haushalt"
    assert len(article.blocks) == count + 1
    last = article.blocks[-1]
    assert article.text[last.start : last.end] == paragraph.strip()
    assert len(article.text) == len(data.decode()) - 2  # only the final "\n\n" is not text


def test_utf16_bom_with_a_truncated_body_is_refused(tmp_path):
    data = codecs.BOM_UTF16_LE + "Text".encode("utf-16-le") + b"\x00"  # odd length
    result = run_reader("parse", write(tmp_path, "odd16.txt", data))
    assert_refused(result, "odd16.txt", "byte-order mark")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_refused(tmp_path):
    path = write(tmp_path, "secret.txt", ARTICLE.encode())
    path.chmod(0)
    try:
        assert_refused(run_reader("parse", path), "secret.txt", "permission denied")
    finally:
        path.chmod(0o600)


def test_read_source_refuses_a_fifo_when_the_caller_must_not_wait(tmp_path):
    """The app reads its keymap inside its event loop: a FIFO there is refused, never waited on."""
    from reader.core.loading import read_source

    fifo = tmp_path / "keymap.json"
    os.mkfifo(fifo)
    with pytest.raises(ReaderError, match="is a FIFO .named pipe., not a keymap file"):
        read_source(fifo, limit=1 << 20, expected="a keymap file", fifo=False)


def test_utf16_without_a_byte_order_mark_is_refused_saying_what_it_needs(tmp_path):
    """Its NUL bytes make it look binary; the message says what would make it readable."""
    data = "Der Rat tagte am Montag.\n".encode("utf-16-le")
    with pytest.raises(ReaderError) as err:
        load_text(write(tmp_path, "u16.txt", data))
    assert err.value.line().endswith(
        "is a binary file (it contains NUL bytes), not a text article (UTF-16 text needs a"
        " byte-order mark)"
    )
