"""`reader import --from` with W3C Web Annotations: the reader's own export and other shapes."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import SEED

from reader.cli import main
from reader.core.opening import open_article

ARTICLE = str(SEED)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def export_w3c(capsys) -> dict:
    for quote, tag, note in (
        ("Elon Musk", "claim", "Wer?"),
        ("OpenAI", "quote", ""),
        ("Zuckerberg", "speculation", "eher nicht 🤔"),
    ):
        assert (
            main(
                [
                    "annotate",
                    ARTICLE,
                    "--match",
                    quote,
                    "--occurrence",
                    "1",
                    "--tag",
                    tag,
                    "--note",
                    note,
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main(["export", ARTICLE, "--format", "w3c"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def exported(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DB", str(tmp_path / "first.json"))
    doc = export_w3c(capsys)
    monkeypatch.setenv("READER_DB", str(tmp_path / "second.json"))
    return doc


def write(tmp_path, doc) -> str:
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_w3c_export_import_export_is_a_round_trip(capsys, tmp_path, exported):
    code, out, _ = run(capsys, "import", ARTICLE, "--from", write(tmp_path, exported))
    assert code == 0 and out.startswith("imported 3 annotation(s), skipped 0")
    code, out, _ = run(capsys, "export", ARTICLE, "--format", "w3c")
    assert json.loads(out) == exported
    code, out, _ = run(capsys, "import", ARTICLE, "--from", write(tmp_path, exported))
    assert out.startswith("imported 0 annotation(s), skipped 3 already there")


def _items(doc):
    return doc["first"]["items"]


@pytest.mark.parametrize(
    "shape",
    ["list", "single", "page", "collection with embedded next pages"],
)
def test_every_w3c_shape_is_read(capsys, tmp_path, exported, shape):
    items = _items(exported)
    if shape == "list":
        doc = items
    elif shape == "single":
        doc = items[0]
    elif shape == "page":
        doc = {"type": "AnnotationPage", "items": items}
    else:
        doc = {
            "type": "AnnotationCollection",
            "first": {
                "type": "AnnotationPage",
                "items": items[:1],
                "next": {
                    "type": "AnnotationPage",
                    "items": items[1:2],
                    "next": {"type": "AnnotationPage", "items": items[2:]},
                },
            },
        }
    code, out, err = run(capsys, "import", ARTICLE, "--from", write(tmp_path, doc))
    assert code == 0, err
    expected = 1 if shape == "single" else 3
    assert out.startswith(f"imported {expected} annotation(s)")
    code, out, _ = run(capsys, "export", ARTICLE)
    got = json.loads(out)["annotations"]
    assert {a["uuid"] for a in got} == {i["id"].removeprefix("urn:uuid:") for i in items[:expected]}
    notes = {a["tag"]: a["note"] for a in got}
    if shape != "single":
        assert notes == {"claim": "Wer?", "quote": "", "speculation": "eher nicht 🤔"}


def test_a_position_that_does_not_hold_the_quote_is_not_trusted(capsys, tmp_path, exported):
    article, _ = open_article([ARTICLE], "de")
    doc = copy.deepcopy(_items(exported)[:1])
    quote, position = doc[0]["target"]["selector"]
    right = (position["start"], position["end"])
    position["start"], position["end"] = 3, 3 + len(quote["exact"])  # a UTF-16 tool's, say
    del quote["prefix"]  # missing context is allowed
    quote["suffix"] = ""
    doc[0]["id"] = "http://example.org/annotations/1"  # not a UUID: made into one
    code, out, err = run(capsys, "import", ARTICLE, "--from", write(tmp_path, doc))
    assert code == 0, err
    _, out, _ = run(capsys, "export", ARTICLE)
    (a,) = json.loads(out)["annotations"]
    assert (a["start"], a["end"]) == right and not a["orphaned"]
    assert article.text[a["start"] : a["end"]] == quote["exact"]
    assert len(a["uuid"]) == 36


def test_a_quote_not_in_the_article_is_kept_as_an_orphan(capsys, tmp_path, exported):
    doc = copy.deepcopy(_items(exported)[:1])
    doc[0]["target"] = {
        "source": "https://other.example/",
        "selector": {
            "type": "TextQuoteSelector",
            "exact": "Dieser Satz steht nirgends im Artikel und nirgendwo sonst.",
        },
    }
    code, out, _ = run(capsys, "import", ARTICLE, "--from", write(tmp_path, doc))
    assert code == 0 and out.endswith("1 orphaned\n")


@pytest.mark.parametrize(
    "breaks, reason",
    [
        (
            lambda d: d["first"]["items"][1]["body"][0].update(value="politics"),
            "tag 'politics' is not one of claim, quote, speculation",
        ),
        (lambda d: d["first"]["items"][1].update(body=[]), "has no tag"),
        (
            lambda d: d["first"]["items"][1]["target"].update(selector=[]),
            "has no TextQuoteSelector",
        ),
        (
            lambda d: d["first"]["items"][1].update(target="https://example.org/page"),
            "has no TextQuoteSelector",
        ),
        (lambda d: d.update(first="https://example.org/page1"), "only linked, not embedded"),
        (
            lambda d: d["first"]["items"][1]["target"]["selector"][1].update(start="3"),
            "whole-number",
        ),
        (
            lambda d: d["first"]["items"][2].update(id=d["first"]["items"][0]["id"].upper()),
            "id appears twice",
        ),
    ],
)
def test_bad_w3c_input_is_one_line_and_stores_nothing(capsys, tmp_path, exported, breaks, reason):
    doc = copy.deepcopy(exported)
    breaks(doc)
    source = write(tmp_path, doc)
    code, out, err = run(capsys, "import", ARTICLE, "--from", source)
    assert code == 2 and out == ""
    assert err.startswith(f"reader: {source}: ") and err.count("\n") == 1, err
    assert reason in err
    if "annotation" in reason or "tag" in reason:
        assert "annotation 2 of 3 (urn:uuid:" in err
    assert not (tmp_path / "second.json").exists()  # the database was never even created
