"""Finding quoted text (`reader annotate --match`, the app's `/` search): one rule, one module.

A quote may be typed (any whitespace, decomposed Unicode) or copied from the file (its line breaks
and line-end hyphens), and must still find the canonical text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest
from conftest import SEED

from reader.core.matching import find_quote
from reader.core.search import TextSearch

TEXT = (
    "The council promised repairs to the KI-Machtkampf bridge, the long-term plan says. "
    "Die Jahre 2020- 2021 waren schwer. Zoë Müller said so."
)


def spans(quote: str) -> list[str]:
    return [TEXT[s:e] for s, e in find_quote(TEXT, quote)]


def test_any_whitespace_matches_any_whitespace():
    assert spans("council\n  promised\trepairs") == ["council promised repairs"]


@pytest.mark.parametrize("quote", ["prom-\nised repairs", "prom- ised repairs", "prom-\n ised"])
def test_a_hyphen_at_a_line_break_in_the_file_matches_the_joined_word(quote):
    assert spans(quote) and spans(quote)[0].startswith("promised")


@pytest.mark.parametrize("quote", ["KI- Machtkampf", "KI-\nMachtkampf", "KI-Machtkampf"])
def test_a_kept_hyphen_matches_as_written_in_the_file(quote):
    assert spans(quote) == ["KI-Machtkampf"]


def test_a_hyphen_followed_by_a_space_in_the_text_still_matches():
    assert spans("2020- 2021") == ["2020- 2021"]
    assert spans("long- term plan") == ["long-term plan"]


def test_a_hyphen_inside_a_word_is_literal():
    assert spans("prom-ised") == []
    assert spans("longterm") == []


def test_a_decomposed_query_matches_the_composed_text():
    nfd = unicodedata.normalize("NFD", "Zoë Müller said")
    assert nfd != "Zoë Müller said"
    assert spans(nfd) == ["Zoë Müller said"]


def test_invisible_characters_and_odd_spaces_in_the_query_are_ignored():
    assert spans("pro\u00admised\u00a0repairs") == ["promised repairs"]


def test_blank_query_finds_nothing():
    assert find_quote(TEXT, " \n ") == []


def test_search_shares_the_rules_and_keeps_its_folding():
    search = TextSearch(TEXT)
    for query in ("ZOE MULLER", unicodedata.normalize("NFD", "zoë müller"), "zoe\nmuller"):
        assert [TEXT[s:e] for s, e in search.find_all(query)] == ["Zoë Müller"], query
    assert [TEXT[s:e] for s, e in search.find_all("PROM- ISED")] == ["promised"]
    assert [TEXT[s:e] for s, e in search.find_all("ki-\nmachtkampf")] == ["KI-Machtkampf"]


def reader(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def annotations(db) -> list[dict]:
    return json.loads(db.read_text(encoding="utf-8"))["annotations"].values()


def test_cli_match_typed_in_decomposed_unicode(tmp_path):
    db = tmp_path / "db.json"
    quote = "Übernahmeangebot wurde von OpenAI umgehend zurückgewiesen"
    nfd = unicodedata.normalize("NFD", quote)
    result = reader("annotate", SEED, "--db", db, "--lang", "de", "--match", nfd, "--tag", "claim")
    assert result.returncode == 0, result.stderr
    listing = reader("list", SEED, "--db", db, "--lang", "de")
    assert quote in listing.stdout


def test_cli_match_as_written_in_a_hard_wrapped_file(tmp_path):
    article = tmp_path / "wrapped.txt"
    article.write_text(
        "Bridge repairs delayed\n\n"
        "The council had prom-\nised that the repairs would start in May, when the\n"
        "KI-\nMachtkampf ended. Nobody believed it.\n",
        encoding="utf-8",
    )
    db = tmp_path / "db.json"
    for quote, tag in (
        ("had prom-\nised that", "claim"),
        ("had prom- ised that", "quote"),
        ("the KI-\nMachtkampf ended", "speculation"),
        ("the KI- Machtkampf ended", "claim"),
    ):
        result = reader(
            "annotate", article, "--db", db, "--lang", "en", "--match", quote, "--tag", tag
        )
        assert result.returncode == 0, (quote, result.stderr)
    export = json.loads(reader("export", article, "--db", db, "--lang", "en").stdout)
    exact = sorted((a["tag"], a["exact"]) for a in export["annotations"])
    assert exact == [
        ("claim", "had promised that"),
        ("claim", "the KI-Machtkampf ended"),
        ("quote", "had promised that"),
        ("speculation", "the KI-Machtkampf ended"),
    ]
