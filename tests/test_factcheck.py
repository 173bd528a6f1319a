"""Fact-checking: verdicts on a rating scale, evidence, speakers, and what every export makes of
them (ClaimReview, W3C, JSON, Markdown), from the command line and in the reader state."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SEED

from reader.cli import main
from reader.core.parsing import parse_files
from reader.core.reader_state import ReaderState
from reader.core.store import Store
from reader.core.suggest import analyse
from reader.core.verdicts import DEFAULT_SCALE, scale_from_settings

ARTICLE = str(SEED)
REJECTED = "Das Übernahmeangebot wurde von OpenAI umgehend zurückgewiesen."
OFFER = "Das Angebot: satte 97,4 Milliarden Dollar"
UNRATED = "Im Silicon Valley verschwimmen die Grenzen"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    """A command on the seed (German, the test's own database)."""
    command, *rest = argv
    return run(capsys, command, ARTICLE, "--lang", "de", *rest)


def stored(db: Path) -> list[dict]:
    """The annotations as the database holds them (snapshot plus journal)."""
    with Store(db, read_only=True) as store:
        return sorted((a.to_dict() for a in store.all_annotations()), key=lambda d: d["start"])


def settings(tmp_path: Path, **data) -> None:
    folder = Path(os.environ["READER_CONFIG"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(data), encoding="utf-8")


def fact_checked_seed(capsys, tmp_path) -> Path:
    """Three claims on the seed: two rated (with evidence, one with a speaker), one to do."""
    evidence = tmp_path / "filing.pdf"
    evidence.write_bytes(b"%PDF court filing")
    code, out, err = cli(
        capsys,
        "annotate",
        "--match",
        REJECTED,
        "--tag",
        "claim",
        "--verdict",
        "true",  # any case: stored as the scale spells it
        "--evidence",
        "https://example.org/openai-statement",
        "--evidence-note",
        "OpenAI's statement",
        "--speaker",
        "Sam Altman",
    )
    assert code == 0, err
    assert "claim: True, 1 evidence, said by Sam Altman" in out
    assert cli(capsys, "annotate", "--match", OFFER, "--tag", "claim")[0] == 0
    code, out, err = cli(
        capsys, "verdict", "--match", OFFER, "Mostly false", "--evidence", str(evidence)
    )
    assert code == 0, err
    assert "claim: Mostly false, 1 evidence" in out
    assert cli(capsys, "annotate", "--match", UNRATED, "--tag", "claim")[0] == 0
    return evidence


# --- the scale ---------------------------------------------------------------------------------


def test_the_default_scale_is_the_seven_step_one_best_first():
    assert DEFAULT_SCALE.names() == [
        "True",
        "Mostly true",
        "Half true",
        "Mostly false",
        "False",
        "Misleading",
        "Unproven",
    ]
    assert (DEFAULT_SCALE.best, DEFAULT_SCALE.worst) == (7, 1)
    assert DEFAULT_SCALE.check(" mostly FALSE ") == "Mostly false"
    with pytest.raises(ValueError, match="unknown verdict 'Pants on fire'"):
        DEFAULT_SCALE.check("Pants on fire")


def test_a_scale_of_ones_own_from_the_settings():
    scale = scale_from_settings(
        {
            "rating_scale": {
                "verdicts": [{"name": "Correct", "value": 0}, {"name": "Wrong", "value": 2}],
                "best": 0,
                "worst": 2,
            }
        }
    )
    assert scale.names() == ["Correct", "Wrong"] and (scale.best, scale.worst) == (0, 2)
    for bad, reason in (
        ({"verdicts": []}, "no verdicts"),
        ({"verdicts": [{"name": "A", "value": "1"}]}, 'needs a "value"'),
        ({"verdicts": [{"name": "A", "value": 1}, {"name": "a", "value": 2}]}, "twice"),
        ({"verdicts": [{"name": "A\x1b[31m", "value": 1}]}, "control character"),
        ({"verdicts": [{"name": "A", "value": 9}], "best": 5, "worst": 1}, "not between"),
    ):
        with pytest.raises(ValueError, match=reason):
            scale_from_settings({"rating_scale": bad})


def test_the_cli_uses_the_settings_scale_and_refuses_a_bad_one(capsys, tmp_path):
    own = [{"name": "Stimmt", "value": 1}, {"name": "Stimmt nicht", "value": 0}]
    settings(tmp_path, rating_scale={"verdicts": own})
    assert cli(capsys, "annotate", "--match", OFFER, "--tag", "claim")[0] == 0
    code, _, err = cli(capsys, "verdict", "--match", OFFER, "True")
    assert (
        code == 2 and "unknown verdict 'True' (the rating scale has: Stimmt, Stimmt nicht)" in err
    )
    assert cli(capsys, "verdict", "--match", OFFER, "stimmt")[0] == 0
    settings(tmp_path, rating_scale={"verdicts": "True"})
    code, _, err = cli(capsys, "verdict", "--match", OFFER, "Stimmt")
    assert code == 2 and "settings.json" in err and "rating_scale" in err
    assert len(err.strip().splitlines()) == 1


# --- setting, changing, evidence (command line) -------------------------------------------------


def test_annotate_and_verdict_store_verdict_evidence_and_speaker(capsys, tmp_path):
    evidence = fact_checked_seed(capsys, tmp_path)
    docs = stored(Path(os.environ["READER_DB"]))
    by_text = {d["exact"]: d for d in docs}
    rejected = by_text[REJECTED]
    assert rejected["verdict"] == "True" and rejected["speaker"] == "Sam Altman"
    assert rejected["evidence"] == [
        {"source": "https://example.org/openai-statement", "note": "OpenAI's statement"}
    ]
    offer = by_text[OFFER]
    assert offer["verdict"] == "Mostly false"
    assert offer["evidence"] == [{"source": str(evidence), "note": ""}]  # an absolute path
    assert by_text[UNRATED]["verdict"] is None

    # changing it, then removing evidence and the verdict
    assert cli(capsys, "verdict", "--match", OFFER, "False")[0] == 0
    code, out, _ = cli(capsys, "verdict", "--match", OFFER, "--remove-evidence", str(evidence))
    assert code == 0 and "False, 0 evidence" in out
    code, out, _ = cli(capsys, "verdict", "--match", "Das Angebot", "--clear")  # inside the claim
    assert code == 0 and "no verdict" in out
    offer = {d["exact"]: d for d in stored(Path(os.environ["READER_DB"]))}[OFFER]
    assert offer["verdict"] is None and offer["evidence"] == []


def test_the_verdict_name_may_come_before_match(capsys, tmp_path):
    """`reader verdict FILE NAME --match TEXT` reads as the user means it: NAME is no file."""
    fact_checked_seed(capsys, tmp_path)
    code, out, err = run(capsys, "verdict", ARTICLE, "Misleading", "--match", OFFER, "--lang", "de")
    assert code == 0 and "Misleading" in out, err
    offer = {d["exact"]: d for d in stored(Path(os.environ["READER_DB"]))}[OFFER]
    assert offer["verdict"] == "Misleading"
    code, _, err = run(capsys, "verdict", ARTICLE, "Falsch", "--match", OFFER, "--lang", "de")
    assert code == 2 and "unknown verdict 'Falsch'" in err and "\n" not in err.strip()


def _fifo(tmp_path: Path) -> str:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return str(path)


@pytest.mark.parametrize(
    "extra, reason",
    [
        (["Pants on fire"], "unknown verdict 'Pants on fire'"),
        (["False", "--evidence", "ftp://example.org/x"], "neither an http(s) address nor"),
        (["False", "--evidence", "no-such-file.pdf"], "neither an http(s) address nor"),
        (["False", "--evidence", "https://"], "not a valid web address"),
        (["False", "--evidence", "FIFO"], "not a regular file"),
        (
            ["False", "--evidence", "https://example.org", "--evidence-note", "a\x1b[2Jb"],
            "control character (U+001B)",
        ),
        (["False", "--evidence-note", "a note without evidence"], "each note follows"),
        (["False", "--speaker", "Musk\nand more"], "control character"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_stored(capsys, tmp_path, extra, reason):
    assert cli(capsys, "annotate", "--match", OFFER, "--tag", "claim")[0] == 0
    db = Path(os.environ["READER_DB"])
    before = {
        p.name: p.read_bytes()
        for p in db.parent.iterdir()
        if p.is_file() and p.name.startswith(db.name)
    }
    extra = [_fifo(tmp_path) if e == "FIFO" else e for e in extra]
    code, out, err = cli(capsys, "verdict", "--match", OFFER, *extra)
    assert code == 2 and out == ""
    assert reason in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    after = {
        p.name: p.read_bytes()
        for p in db.parent.iterdir()
        if p.is_file() and p.name.startswith(db.name)
    }
    assert after == before
    # the same through annotate: nothing stored at all, not even the annotation
    code, _, err = cli(
        capsys, "annotate", "--match", REJECTED, "--tag", "claim", "--verdict", *extra
    )
    assert code == 2 and reason in err
    assert all(d["exact"] != REJECTED for d in stored(db))


def test_a_verdict_on_a_quote_or_speculation_is_refused(capsys):
    assert cli(capsys, "annotate", "--match", OFFER, "--tag", "quote")[0] == 0
    code, _, err = cli(capsys, "verdict", "--match", OFFER, "False")
    assert code == 2 and "a verdict goes on a claim; this passage is annotated as quote" in err
    code, _, err = cli(
        capsys, "annotate", "--match", REJECTED, "--tag", "speculation", "--verdict", "False"
    )
    assert code == 2 and "go on a claim, not on a speculation" in err
    code, _, err = cli(capsys, "verdict", "--match", REJECTED, "False")
    assert code == 2 and "not annotated as a claim" in err


# --- filtering ---------------------------------------------------------------------------------


def test_list_filters_by_verdict_and_lists_the_claims_still_to_check(capsys, tmp_path):
    fact_checked_seed(capsys, tmp_path)
    assert cli(capsys, "annotate", "--match", "Erst 2024 forderte Musk", "--tag", "quote")[0] == 0
    code, out, _ = cli(capsys, "list")
    assert code == 0 and "[True; 1 evidence; Sam Altman]" in out and "[no verdict]" in out
    code, out, _ = cli(capsys, "list", "--no-verdict")
    assert code == 0 and out.count("\n") == 1 and "Im Silicon Valley" in out  # not the quote
    code, out, _ = cli(capsys, "list", "--verdict", "MOSTLY FALSE")
    assert code == 0 and out.count("\n") == 1 and "Das Angebot" in out
    code, out, err = cli(capsys, "list", "--verdict", "Half true")
    assert code == 0 and out == "" and "no claims match" in err
    code, _, err = cli(capsys, "list", "--verdict", "Nope")
    assert code == 2 and "unknown verdict 'Nope'" in err
    code, out, _ = run(capsys, "list", "--all", "--no-verdict")
    assert code == 0 and "Im Silicon Valley" in out and "Das Angebot" not in out
    code, out, _ = run(capsys, "list", "--all", "--json", "--verdict", "true")
    rows = json.loads(out)["annotations"]
    assert [r["exact"] for r in rows] == [REJECTED] and rows[0]["verdict"] == "True"


# --- exports -----------------------------------------------------------------------------------


def test_claimreview_export_of_the_seed_property_by_property(capsys, tmp_path):
    settings(tmp_path, organisation={"name": "Faktencheck Nord", "url": "https://fcn.example"})
    fact_checked_seed(capsys, tmp_path)
    code, out, err = cli(
        capsys, "export", "--format", "claimreview", "--url", "https://fcn.example/musk-openai"
    )
    assert code == 0
    assert "1 claim(s) without a verdict left out" in err
    reviews = json.loads(out)
    assert len(reviews) == 2  # the claim without a verdict is left out
    today = datetime.now(UTC).date().isoformat()
    title = "Musk & Zuckerberg: Feinde im Ring, Partner beim 100-Milliarden-OpenAI Deal"
    offer, rejected = reviews  # in text order
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["url"] == "https://fcn.example/musk-openai"  # required
        assert review["author"] == {
            "@type": "Organization",
            "name": "Faktencheck Nord",
            "url": "https://fcn.example",
        }
        assert review["datePublished"] == today
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["appearance"] == {"@type": "CreativeWork", "headline": title}
        assert "datePublished" not in claim  # a text file states no date
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert (rating["bestRating"], rating["worstRating"]) == (7, 1)
    assert offer["claimReviewed"] == OFFER
    assert offer["reviewRating"]["alternateName"] == "Mostly false"
    assert offer["reviewRating"]["ratingValue"] == 4
    assert "author" not in offer["itemReviewed"]  # no speaker known
    assert "citation" not in offer  # a file on this machine is no public citation
    assert rejected["claimReviewed"] == REJECTED
    assert rejected["reviewRating"]["alternateName"] == "True"
    assert rejected["reviewRating"]["ratingValue"] == 7
    assert rejected["itemReviewed"]["author"] == {"@type": "Person", "name": "Sam Altman"}
    assert rejected["citation"] == [
        {
            "@type": "CreativeWork",
            "url": "https://example.org/openai-statement",
            "name": "OpenAI's statement",
        }
    ]


def test_claimreview_without_url_or_organisation_says_what_is_missing(capsys, tmp_path):
    fact_checked_seed(capsys, tmp_path)
    code, out, err = cli(capsys, "export", "--format", "claimreview")
    assert code == 0 and len(json.loads(out)) == 2
    assert "no --url" in err and "no organisation" in err
    assert all("url" not in r and "author" not in r for r in json.loads(out))
    code, _, err = cli(capsys, "export", "--format", "claimreview", "--url", "javascript:x")
    assert code == 2 and "http(s)" in err
    code, _, err = cli(capsys, "export", "--url", "https://fcn.example")
    assert code == 2 and "--url goes with --format claimreview" in err


def test_claimreview_of_a_web_page_names_its_address_and_date():
    from reader.core.article import ArticleMeta
    from reader.core.claimreview import claim_reviews
    from reader.core.session import AnnotationSession

    article = parse_files([ARTICLE]).with_language("de", 1.0)
    article.meta = ArticleMeta(
        url="https://t3n.example/musk", site="t3n", authors=("A. Autorin",), date="2025-02-20"
    )
    with Store(Path(os.environ["READER_DB"])) as store:
        session = AnnotationSession(store, article)
        start = article.text.index(OFFER)
        a = session.add("claim", start, start + len(OFFER), speaker="Bundesnetzagentur Behörde")
        session.revise(a.uuid, "verdict", verdict="False")
        (review,) = claim_reviews(article, session.all(), DEFAULT_SCALE, None).reviews
    claim = review["itemReviewed"]
    assert claim["datePublished"] == "2025-02-20"
    assert claim["appearance"]["url"] == "https://t3n.example/musk"
    assert claim["appearance"]["author"] == [{"@type": "Person", "name": "A. Autorin"}]
    assert claim["author"]["@type"] == "Organization"


def _validator() -> Path:
    tool = SHARED / "tools" / "w3c-validate"
    if not tool.is_file():
        pytest.skip(f"{tool} is missing")
    return tool


def test_w3c_export_carries_verdict_and_evidence_validates_and_imports_back(
    capsys, tmp_path, monkeypatch
):
    evidence = fact_checked_seed(capsys, tmp_path)
    code, out, _ = cli(capsys, "export", "--format", "w3c")
    doc = json.loads(out)
    items = {i["target"]["selector"][0]["exact"]: i for i in doc["first"]["items"]}
    bodies = items[REJECTED]["body"]
    assert {
        "type": "TextualBody",
        "value": "True",
        "purpose": "assessing",
        "format": "text/plain",
    } in bodies
    assert {
        "type": "SpecificResource",
        "purpose": "linking",
        "source": "https://example.org/openai-statement",
        "dcterms:description": "OpenAI's statement",
    } in bodies
    linked = [b for b in items[OFFER]["body"] if b.get("purpose") == "linking"]
    assert linked == [
        {"type": "SpecificResource", "purpose": "linking", "source": evidence.as_uri()}
    ]
    file = tmp_path / "w3c.jsonld"
    file.write_text(out, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(_validator()), str(file)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # import into another database, export again: the same document
    monkeypatch.setenv("READER_DB", str(tmp_path / "other.json"))
    assert cli(capsys, "import", "--from", str(file))[0] == 0
    code, again, _ = cli(capsys, "export", "--format", "w3c")
    assert json.loads(again) == doc


def test_json_export_import_export_round_trips_the_fact_check(capsys, tmp_path, monkeypatch):
    fact_checked_seed(capsys, tmp_path)
    first = tmp_path / "first.json"
    assert cli(capsys, "export", "-o", str(first))[0] == 0
    monkeypatch.setenv("READER_DB", str(tmp_path / "other.json"))
    code, out, _ = cli(capsys, "import", "--from", str(first))
    assert code == 0 and out.startswith("imported 3")
    code, again, _ = cli(capsys, "export")
    before = json.loads(first.read_text(encoding="utf-8"))["annotations"]
    after = json.loads(again)["annotations"]
    assert after == before
    assert {a["verdict"] for a in after} == {"True", "Mostly false", None}
    assert any(a["speaker"] == "Sam Altman" and a["evidence"] for a in after)


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"verdict": "Pants on fire"}, "unknown verdict 'Pants on fire'"),
        ({"evidence": [{"source": "https://x.example", "note": "\x9b2J"}]}, "control character"),
        # what `annotate --evidence` refuses (an adversarial review stored these by import, and
        # the W3C and ClaimReview exports then published them)
        ({"evidence": [{"source": "javascript:alert(1)", "note": ""}]}, "neither an http(s)"),
        ({"evidence": [{"source": "/dev/zero", "note": ""}]}, "is not a regular file"),
        ({"evidence": [{"source": 'http://x y/"<img>', "note": ""}]}, "not a valid web address"),
        ({"evidence": [{"source": "data:text/html,<b>", "note": ""}]}, "neither an http(s)"),
    ],
)
def test_an_import_with_a_bad_fact_check_is_refused_whole(
    capsys, tmp_path, monkeypatch, change, reason
):
    fact_checked_seed(capsys, tmp_path)
    code, out, _ = cli(capsys, "export")
    data = json.loads(out)
    rated = next(a for a in data["annotations"] if a["verdict"] == "True")
    rated.update(change)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    db = tmp_path / "other.json"
    monkeypatch.setenv("READER_DB", str(db))
    code, _, err = cli(capsys, "import", "--from", str(file))
    assert code == 2 and reason in err and str(file) in err
    assert not db.exists()


def test_a_claim_retagged_as_a_quote_keeps_its_verdict_through_export_and_import(
    capsys, tmp_path, monkeypatch
):
    fact_checked_seed(capsys, tmp_path)
    with Store(Path(os.environ["READER_DB"])) as store:  # t in the app: claim → quote
        rated = next(a for a in store.all_annotations() if a.verdict == "True")
        store.put_many([rated.edited(tag="quote")])
    for fmt in ("json", "w3c"):
        code, out, _ = cli(capsys, "export", "--format", fmt)
        file = tmp_path / f"export.{fmt}"
        file.write_text(out, encoding="utf-8")
        monkeypatch.setenv("READER_DB", str(tmp_path / f"other-{fmt}.json"))
        code, _, err = cli(capsys, "import", "--from", str(file))
        assert code == 0, err
        (quote,) = [d for d in stored(tmp_path / f"other-{fmt}.json") if d["tag"] == "quote"]
        assert quote["verdict"] == "True" and len(quote["evidence"]) == 1


def test_the_markdown_report_is_a_fact_check_worksheet(capsys, tmp_path):
    evidence = fact_checked_seed(capsys, tmp_path)
    code, out, _ = cli(capsys, "export", "--format", "md")
    assert code == 0
    assert "Verdicts: Mostly false 1, True 1; 1 without a verdict yet." in out
    entry = out[out.index(f"> {REJECTED}") :]
    entry = entry[: entry.index("\n#")]
    assert "Speaker: Sam Altman" in entry and "Verdict: True" in entry
    assert "- `https://example.org/openai-statement` — OpenAI's statement" in entry
    assert f"- `{evidence}`" in out
    unrated = out[out.index("> Im Silicon Valley") :]
    assert "Verdict: (none yet)" in unrated[: unrated.index("\n#")]


# --- the reader state: undoable, claim-only, speakers from suggestions --------------------------


@pytest.fixture
def state(tmp_path):
    with Store(tmp_path / "state.json") as store:
        yield ReaderState(parse_files([ARTICLE]).with_language("de", 1.0), store)


def test_a_verdict_is_an_ordinary_undoable_change(state, tmp_path):
    start = state.article.text.index(OFFER)
    claim = state.session.add("claim", start, start + len(OFFER))
    state.set_verdict(claim.uuid, "false")
    assert state.session.get(claim.uuid).verdict == "False"
    state.set_verdict(claim.uuid, "Mostly true")
    assert state.add_evidence(claim.uuid, "https://example.org/a", "first source")
    assert not state.add_evidence(claim.uuid, "gopher://x")
    assert "neither an http(s) address nor" in state.message
    assert len(state.session.get(claim.uuid).evidence) == 1
    state.undo()
    assert state.session.get(claim.uuid).evidence == ()
    state.undo()
    assert state.session.get(claim.uuid).verdict == "False"
    state.redo()
    assert state.session.get(claim.uuid).verdict == "Mostly true"
    state.store.close()
    with Store(tmp_path / "state.json", read_only=True) as again:  # saved as it was made
        (doc,) = [a for a in again.all_annotations()]
        assert doc.verdict == "Mostly true"


def test_a_verdict_on_a_quote_is_refused_in_the_state(state):
    start = state.article.text.index(OFFER)
    quote = state.session.add("quote", start, start + len(OFFER))
    state.set_verdict(quote.uuid, "False")
    assert state.session.get(quote.uuid).verdict is None
    assert state.message.startswith("A verdict goes on a claim; this annotation is a quote")


def test_an_accepted_suggestion_keeps_its_attribution_as_the_speaker(state):
    state.suggestions_ready(state.article, analyse(state.article))
    suggestion = next(s for s in state.layer.open() if s.tag == "claim" and s.attribution)
    state.move_to(suggestion.start)
    state.current_suggestion = suggestion
    state.accept_suggestion()
    added = state.session.same("claim", suggestion.start, suggestion.end)
    assert added is not None and added.speaker == suggestion.attribution


def test_annotate_again_with_a_verdict_rates_the_claim_already_there(capsys):
    assert cli(capsys, "annotate", "--match", OFFER, "--tag", "claim")[0] == 0
    code, out, _ = cli(capsys, "annotate", "--match", OFFER, "--tag", "claim", "--verdict", "False")
    assert code == 0 and "claim: False, 0 evidence" in out
    (doc,) = stored(Path(os.environ["READER_DB"]))
    assert doc["verdict"] == "False"


def test_claimreview_across_the_library(capsys, tmp_path):
    fact_checked_seed(capsys, tmp_path)
    code, out, err = run(capsys, "export", "--all", "--format", "claimreview")
    assert code == 0 and "1 claim(s) without a verdict left out" in err
    assert [r["reviewRating"]["alternateName"] for r in json.loads(out)] == ["Mostly false", "True"]


def test_messages_name_what_the_user_typed_and_say_reader_once(capsys, tmp_path):
    fact_checked_seed(capsys, tmp_path)
    code, _, err = cli(capsys, "verdict", "--match", OFFER, "Bogus")
    assert code == 2 and err.startswith("reader: NAME: unknown verdict 'Bogus'")
    code, _, err = cli(capsys, "annotate", "--match", OFFER, "--tag", "claim", "--verdict", "Bogus")
    assert code == 2 and err.startswith("reader: --verdict: unknown verdict 'Bogus'")
    code, _, err = cli(
        capsys, "verdict", "--match", OFFER, "--evidence", "https://x.example/a",
        "--evidence-note", "bad\x07note",
    )  # fmt: skip
    assert code == 2 and err.startswith("reader: --evidence-note: ") and "U+0007" in err
    code, _, err = cli(capsys, "verdict", "--match", OFFER)
    assert code == 2 and err.count("reader") == 1, err


def test_whoami_writes_through_a_symlinked_settings_file_and_refuses_a_read_only_one(
    capsys, tmp_path
):
    """`whoami --set` replaced a symlinked settings.json with a file of its own (the shared
    file it pointed to never changed), and wrote a chmod 444 one when run as root."""
    import json

    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    shared = tmp_path / "shared-settings.json"
    shared.write_text('{"theme": "nord"}\n', encoding="utf-8")
    (folder / "settings.json").symlink_to(shared)
    assert run(capsys, "whoami", "--set", "Bob")[0] == 0
    assert (folder / "settings.json").is_symlink()
    assert json.loads(shared.read_text(encoding="utf-8")) == {"theme": "nord", "author": "Bob"}
    shared.chmod(0o444)
    code, _, err = run(capsys, "whoami", "--set", "Carol")
    assert code == 2 and err.strip().endswith("settings.json: is read-only: not changed")
    assert json.loads(shared.read_text(encoding="utf-8"))["author"] == "Bob"


def test_whoami_refuses_a_name_with_control_characters(capsys, tmp_path):
    code, _, err = run(capsys, "whoami", "--set", "Bo\x1bb")
    assert code == 2 and "U+001B" in err and "\x1b" not in err
    code, out, _ = run(capsys, "whoami")
    assert code == 0 and "\x1b" not in out
