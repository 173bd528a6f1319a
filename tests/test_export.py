"""Exports, import and safe writing (reader.core.export)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import export
from reader.core.annotation import Annotation, make_annotation
from reader.core.article import Article, Block
from reader.core.export import from_json, to_json, to_markdown, to_w3c, write_export
from reader.errors import ReaderError

SHARED = Path(__file__).resolve().parents[2] / "shared"

PARAGRAPHS = [
    "Musk & Zuckerberg: Feinde im Ring",
    "Elon Musk versuchte heimlich, Mark Zuckerberg für die Übernahme zu gewinnen 🚀.",
    "„OpenAI steht nicht zum Verkauf“, erklärte CEO Sam Altman.",
    "Die Enthüllung könnte für Musk auch juristisch problematisch werden.",
    "# Keine Überschrift\n* kein Listenpunkt, sondern *Text* mit > und `Zeichen`",
]


def make_article(paragraphs=PARAGRAPHS, *, pages=(1, 1, 1, 2, 2)) -> Article:
    blocks, pos = [], 0
    for i, text in enumerate(paragraphs):
        kind = "title" if i == 0 else "paragraph"
        blocks.append(Block(kind, pages[i], pos, pos + len(text), text))
        pos += len(text) + 2
    return Article(
        blocks=blocks,
        kicker="Tech & Trends",
        sources=["/data/articles/musk-1.txt", "/data/articles/musk-2.txt"],
        pages_known=3,
        pages_present=[1, 2],
        lang="de",
    )


def annotate(art: Article, quote: str, tag: str, note: str = "") -> Annotation:
    start = art.text.index(quote)
    return make_annotation(
        art.text,
        article=art.key,
        version=art.id,
        tag=tag,
        start=start,
        end=start + len(quote),
        page=art.page_at(start),
        note=note,
    )


@pytest.fixture
def art() -> Article:
    return make_article()


@pytest.fixture
def anns(art: Article) -> list[Annotation]:
    return [
        annotate(art, "Sam Altman", "claim"),
        annotate(art, "„OpenAI steht nicht zum Verkauf“", "quote", note="Quelle? „t3n“ 🤔"),
        annotate(art, "Mark Zuckerberg für die Übernahme zu gewinnen 🚀", "speculation"),
        annotate(art, "juristisch problematisch", "speculation", note="Warum?\nZweite Zeile"),
    ]


# --- our JSON -----------------------------------------------------------------------------------


def test_json_export_has_the_documented_shape(art, anns):
    data = to_json(art, anns, exported="2025-01-02T03:04:05.000Z")
    assert list(data) == ["format", "format_version", "exported", "article", "annotations"]
    assert (data["format"], data["format_version"]) == ("reader-annotations", 1)
    assert data["article"] == {
        "id": art.id,
        "key": art.key,
        "title": "Musk & Zuckerberg: Feinde im Ring",
        "kicker": "Tech & Trends",
        "lang": "de",
        "sources": ["/data/articles/musk-1.txt", "/data/articles/musk-2.txt"],
        "pages_known": 3,
        "pages_present": [1, 2],
        "meta": {
            "url": None,
            "canonical_url": None,
            "site": None,
            "authors": [],
            "date": None,
            "lang": None,
        },
    }
    starts = [(a["start"], a["end"]) for a in data["annotations"]]
    assert starts == sorted(starts)
    assert data["annotations"][0] == anns[2].to_dict()  # the earliest passage comes first
    json.dumps(data)  # plain JSON all the way down


def test_json_export_time_defaults_to_now_in_utc(art, anns):
    assert to_json(art, anns)["exported"].endswith("Z")


def test_json_round_trip_keeps_every_annotation(art, anns):
    anns = [*anns, replace(anns[0], uuid="6d0c2a6e-1f7b-4bd7-9c58-7a4c0a1b9e11", orphaned=True)]
    first = to_json(art, anns, exported="2025-01-02T03:04:05.000Z")
    text = json.dumps(first, ensure_ascii=False)
    back = from_json(json.loads(text), "export.json")
    assert sorted(back, key=lambda a: a.uuid) == sorted(anns, key=lambda a: a.uuid)
    assert to_json(art, back, exported="2025-01-02T03:04:05.000Z") == first


def _valid(art, anns) -> dict:
    return to_json(art, anns, exported="2025-01-02T03:04:05.000Z")


def _without(d: dict, key: str) -> dict:
    d = dict(d)
    del d[key]
    return d


REFUSALS = [
    ("not an object", lambda d: [d], "not a reader annotations export"),
    ("other format", lambda d: {**d, "format": "doccano"}, "format is 'doccano'"),
    ("no format", lambda d: _without(d, "format"), "no 'format' field"),
    ("newer version", lambda d: {**d, "format_version": 2}, "unsupported format_version 2"),
    ("version as text", lambda d: {**d, "format_version": "1"}, "unsupported format_version '1'"),
    ("no version", lambda d: _without(d, "format_version"), "missing field 'format_version'"),
    ("no export time", lambda d: _without(d, "exported"), "missing field 'exported'"),
    ("no article", lambda d: _without(d, "article"), "missing field 'article'"),
    (
        "article without id",
        lambda d: {**d, "article": _without(d["article"], "id")},
        "article: missing field 'id'",
    ),
    (
        "article pages as text",
        lambda d: {**d, "article": {**d["article"], "pages_known": "3"}},
        "article: field 'pages_known' must be an integer",
    ),
    (
        "article sources not strings",
        lambda d: {**d, "article": {**d["article"], "sources": [1]}},
        "'sources' must be a list of strings",
    ),
    ("no annotations", lambda d: _without(d, "annotations"), "missing field 'annotations'"),
    ("annotations not a list", lambda d: {**d, "annotations": {}}, "missing field 'annotations'"),
]


def _edit_annotation(index: int, **changes):
    def edit(d: dict) -> dict:
        d = copy.deepcopy(d)
        for key, value in changes.items():
            if value is KeyError:
                del d["annotations"][index][key]
            else:
                d["annotations"][index][key] = value
        return d

    return edit


REFUSALS += [
    ("annotation not an object", lambda d: {**d, "annotations": [1]}, "annotation 1 of 1: not an"),
    ("missing tag", _edit_annotation(1, tag=KeyError), "annotation 2 of 4: missing field 'tag'"),
    ("missing exact", _edit_annotation(0, exact=KeyError), "missing field 'exact'"),
    ("bad tag", _edit_annotation(0, tag="opinion"), "unknown tag 'opinion'"),
    ("start as text", _edit_annotation(0, start="3"), "field 'start' must be an integer"),
    ("start as bool", _edit_annotation(0, start=True), "field 'start' must be an integer"),
    ("negative start", _edit_annotation(0, start=-1), "bad offsets start=-1"),
    ("end before start", _edit_annotation(0, end=0), "need 0 <= start < end"),
    ("span not the quote", _edit_annotation(0, exact="Elon"), "but the quoted text has 4"),
    ("page zero", _edit_annotation(0, page=0), "bad page 0"),
    ("orphaned as text", _edit_annotation(0, orphaned="no"), "'orphaned' must be true or false"),
    ("note as null", _edit_annotation(0, note=None), "field 'note' must be a string"),
    ("uuid not a uuid", _edit_annotation(0, uuid="abc"), "uuid 'abc' is not a UUID"),
    ("absurd page", _edit_annotation(0, page=10**12), "page 1000000000000 is beyond"),
    ("page past 9999", _edit_annotation(0, page=10_000), "page 10000 is beyond"),
    (
        "absurd page count",
        lambda d: {**d, "article": {**d["article"], "pages_known": 10**12}},
        "article: field 'pages_known' is beyond",
    ),
    (
        "lone surrogate in a note",
        _edit_annotation(0, note="a\ud800b"),
        "annotation 1 of 4: field 'note' holds a lone surrogate (U+D800)",
    ),
    (
        "lone surrogate in the quote",
        lambda d: _edit_annotation(0, exact="\udcff" * len(d["annotations"][0]["exact"]))(d),
        "field 'exact' holds a byte that is not UTF-8 text (0xFF)",
    ),
]


@pytest.mark.parametrize(("case", "breaks", "reason"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_from_json_refuses_with_one_clear_reason(art, anns, case, breaks, reason):
    with pytest.raises(ReaderError) as err:
        from_json(breaks(_valid(art, anns)), "in.json")
    assert err.value.path == "in.json"
    assert reason in err.value.reason
    assert "\n" not in err.value.line()


def test_from_json_refuses_a_repeated_annotation(art, anns):
    data = _valid(art, anns)
    data["annotations"].append(dict(data["annotations"][0]))
    with pytest.raises(ReaderError, match="appears twice"):
        from_json(data, "in.json")


def test_from_json_normalises_uuids(art, anns):
    data = _valid(art, anns[:2])
    bare = data["annotations"][0]["uuid"]
    data["annotations"][0]["uuid"] = "urn:uuid:" + bare.upper()
    data["annotations"][1]["uuid"] = "{" + data["annotations"][1]["uuid"].replace("-", "") + "}"
    back = from_json(data, "in.json")
    assert sorted(a.uuid for a in back) == sorted(a.uuid for a in anns[:2])
    assert f"urn:uuid:{bare}" in [item["id"] for item in to_w3c(art, back)["first"]["items"]]


def test_from_json_sees_one_uuid_in_two_letter_cases_as_a_repeat(art, anns):
    data = _valid(art, anns[:1])
    data["annotations"].append({**data["annotations"][0], "uuid": anns[0].uuid.upper()})
    with pytest.raises(ReaderError, match="appears twice"):
        from_json(data, "in.json")


def test_exports_refuse_text_that_utf8_cannot_carry_naming_the_annotation(art, anns):
    """Stored before it was refused at the door: never invalid UTF-8, never a traceback."""
    bad = replace(anns[1], note="x\udcff")
    for export_format in ("json", "w3c", "md"):
        with pytest.raises(ReaderError) as err:
            export.export_bytes(export_format, art, [anns[0], bad])
        assert bad.uuid in str(err.value) and "'note'" in str(err.value)
    assert json.loads(export.export_bytes("json", art, anns))["annotations"]


def test_from_json_accepts_an_empty_export_and_ignores_unknown_keys(art, anns):
    data = _valid(art, [])
    assert from_json(data, "in.json") == []
    data = _valid(art, anns[:1])
    data["annotations"][0]["future_field"] = 1
    data["comment"] = "by hand"
    assert from_json(data, "in.json") == anns[:1]


# --- W3C ----------------------------------------------------------------------------------------


def validator() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is missing (the W3C validator lives there)")
    tool = SHARED / "tools" / "w3c-validate"
    assert tool.is_file(), f"{tool} is missing"
    return tool


def run_validator(tmp_path: Path, doc, *suite: str) -> subprocess.CompletedProcess:
    tool = validator()
    file = tmp_path / "annotations.jsonld"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(tool), *suite, str(file)], capture_output=True, text=True, timeout=120
    )


def test_w3c_export_passes_the_w3c_validator(tmp_path, art, anns):
    doc = to_w3c(art, anns)
    result = run_validator(tmp_path, doc)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(anns)} passed, 0 failed" in result.stdout


def test_w3c_collection_itself_passes_the_collection_and_page_assertions(tmp_path, art, anns):
    doc = to_w3c(art, anns)
    for suite in ("collections/collectionMusts.test", "collections/pages/pageMusts.test"):
        # a list makes the validator check its element (the collection) against `suite`
        result = run_validator(tmp_path, [doc], "--suite", suite)
        assert result.returncode == 0, suite + result.stdout + result.stderr


def test_the_validator_rejects_a_broken_annotation(tmp_path, art, anns):
    doc = to_w3c(art, anns)
    broken = doc["first"]["items"][0]
    del broken["target"]
    broken["bodyValue"] = "both body and bodyValue"
    result = run_validator(tmp_path, doc)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed" in result.stdout


def test_w3c_annotation_shape(art, anns):
    doc = to_w3c(art, anns)
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection"
    assert doc["id"].startswith("urn:uuid:") and doc["id"] == to_w3c(art, anns)["id"]
    assert doc["label"] == art.title
    assert doc["total"] == len(anns) == len(doc["first"]["items"])
    assert doc["first"]["type"] == "AnnotationPage" and doc["first"]["startIndex"] == 0
    assert doc["dcterms:source"] == [
        "file:///data/articles/musk-1.txt",
        "file:///data/articles/musk-2.txt",
    ]
    by_id = {item["id"]: item for item in doc["first"]["items"]}
    quote = by_id[f"urn:uuid:{anns[1].uuid}"]
    assert quote["motivation"] == "classifying"
    assert quote["created"] == anns[1].created and quote["modified"] == anns[1].modified
    assert quote["body"] == [
        {"type": "TextualBody", "value": "quote", "purpose": "tagging"},
        {
            "type": "TextualBody",
            "value": "Quelle? „t3n“ 🤔",
            "purpose": "commenting",
            "format": "text/plain",
        },
    ]
    target = quote["target"]
    assert target["source"] == f"urn:sha256:{art.id}"
    quote_sel, position = target["selector"]
    assert quote_sel == {
        "type": "TextQuoteSelector",
        "exact": "„OpenAI steht nicht zum Verkauf“",
        # 32 code points before it hold the emoji (two UTF-16 units): one character less fits
        "prefix": " die Übernahme zu gewinnen 🚀.\n\n",
        "suffix": anns[1].suffix,
    }
    assert anns[1].prefix == "r" + quote_sel["prefix"]
    assert position["type"] == "TextPositionSelector"
    assert art.text[position["start"] : position["end"]] == quote_sel["exact"]
    # no note, no commenting body
    assert len(by_id[f"urn:uuid:{anns[0].uuid}"]["body"]) == 1


def test_w3c_positions_are_code_points_past_an_emoji(art, anns):
    item = next(
        i
        for i in to_w3c(art, anns)["first"]["items"]
        if i["id"] == f"urn:uuid:{anns[3].uuid}"  # after the 🚀
    )
    position = item["target"]["selector"][1]
    assert art.text[position["start"] : position["end"]] == "juristisch problematisch"


def test_w3c_orphans_keep_only_their_quote(tmp_path, art, anns):
    orphan = replace(anns[0], orphaned=True, version="an-older-version")
    doc = to_w3c(art, [orphan, anns[1]])
    items = {i["id"]: i for i in doc["first"]["items"]}
    assert doc["total"] == 2
    assert [s["type"] for s in items[f"urn:uuid:{orphan.uuid}"]["target"]["selector"]] == [
        "TextQuoteSelector"
    ]
    assert run_validator(tmp_path, doc).returncode == 0


def test_w3c_export_of_nothing_is_still_valid(tmp_path, art):
    doc = to_w3c(art, [])
    assert doc["total"] == 0 and doc["first"]["items"] == []
    result = run_validator(tmp_path, [doc], "--suite", "collections/collectionMusts.test")
    assert result.returncode == 0, result.stdout


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_report(art, anns):
    orphan = replace(
        annotate(art, "Elon Musk versuchte heimlich", "claim"), orphaned=True, note="weg"
    )
    md = to_markdown(art, [*anns, orphan])
    lines = md.splitlines()
    assert lines[0] == "# Musk & Zuckerberg: Feinde im Ring"
    assert "Kicker: Tech & Trends" in lines
    assert "- `/data/articles/musk-1.txt`" in lines
    assert any(line.startswith("Not in the files read: ") and "3" in line for line in lines)
    sections = [line for line in lines if line.startswith("## ")]
    assert sections == ["## Claims (1)", "## Quotes (1)", "## Speculation (2)", "## Orphans (1)"]
    assert "> „OpenAI steht nicht zum Verkauf“" in lines
    assert "### 1. Seite 1 / 3" in lines  # the article's own page label
    assert "### 2. Seite 2 / 3" in lines  # "juristisch problematisch" is on page 2
    assert "Note: Quelle? „t3n“ 🤔" in lines
    assert "Note: Warum? Zweite Zeile" in lines
    orphans = md[md.index("## Orphans") :]
    assert "> Elon Musk versuchte heimlich" in orphans and "Note: weg" in orphans
    assert "> Sam Altman" not in orphans
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_quotes_every_line_of_a_passage_and_changes_no_character(art):
    passage = (
        "Die Enthüllung könnte für Musk auch juristisch problematisch werden.\n\n" + PARAGRAPHS[4]
    )
    a = annotate(art, passage, "claim")
    md = to_markdown(art, [a])
    lines = md.splitlines()
    first = lines.index("> " + passage.split("\n")[0])
    quoted = lines[first : first + passage.count("\n") + 1]
    assert all(line == ">" or line.startswith("> ") for line in quoted)
    assert "\n".join(line[2:] for line in quoted) == passage  # the text, unescaped
    assert "> # Keine Überschrift" in lines and "# Keine Überschrift" not in lines


def test_markdown_of_nothing(art):
    md = to_markdown(art, [])
    assert "## Claims (0)" in md and "None." in md and "Orphans" not in md


# --- writing ------------------------------------------------------------------------------------


def test_write_export_writes_atomically_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "out.json"
    write_export(target, '{"ä": "🚀"}\n')
    assert target.read_bytes() == '{"ä": "🚀"}\n'.encode()
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_export_gives_a_new_file_ordinary_permissions(tmp_path):
    target = tmp_path / "out.md"
    old = os.umask(0o022)
    try:
        write_export(target, "x")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_write_export_refuses_an_existing_file_and_leaves_it_untouched(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("precious")
    with pytest.raises(ReaderError) as err:
        write_export(target, "new")
    assert err.value.line() == f"{target}: already exists (use --force to overwrite)"
    assert target.read_text() == "precious"
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_export_with_force_replaces_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o600)
    write_export(target, "new", force=True)
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_export_refuses_a_missing_folder(tmp_path):
    target = tmp_path / "nowhere" / "out.json"
    with pytest.raises(ReaderError) as err:
        write_export(target, "x", force=True)
    assert err.value.path == str(target)
    assert err.value.reason.startswith("cannot write: ")
    assert "does not exist" in err.value.reason
    assert os.listdir(tmp_path) == []


def test_write_export_refuses_a_directory(tmp_path):
    (tmp_path / "dir").mkdir()
    for force in (False, True):
        with pytest.raises(ReaderError, match="cannot write: is a directory"):
            write_export(tmp_path / "dir", "x", force=force)
    assert os.listdir(tmp_path / "dir") == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_write_export_refuses_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReaderError, match="cannot write: permission denied"):
            write_export(folder / "out.json", "x")
    finally:
        folder.chmod(0o700)
    assert os.listdir(folder) == []


def test_write_export_reports_an_unwritable_folder(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    from reader.core import files

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(ReaderError) as err:
        write_export(tmp_path / "out.json", "x")
    assert err.value.reason == "cannot write: permission denied"


@pytest.mark.parametrize("fails", ["fsync", "replace"])
def test_a_failed_write_leaves_no_temp_file_and_the_old_file_intact(tmp_path, monkeypatch, fails):
    target = tmp_path / "out.json"
    target.write_text("precious")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    from reader.core import files

    monkeypatch.setattr(files.os, fails, broken)
    with pytest.raises(ReaderError, match="cannot write: no space left on device"):
        write_export(target, "new", force=True)
    monkeypatch.undo()
    assert target.read_text() == "precious"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_file_appearing_during_the_write_is_not_replaced(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    real_fsync = os.fsync

    def sneaky(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_text("someone else's")

    monkeypatch.setattr(export.os, "fsync", sneaky)
    with pytest.raises(ReaderError, match="already exists"):
        write_export(target, "mine")
    assert target.read_text() == "someone else's"
    assert os.listdir(tmp_path) == ["out.json"]
