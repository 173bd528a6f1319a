"""`reader parse FILE... [--json]` (issue 2, section 8 and "Done when"), through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.display import json_text, visible

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SEED = "sample_articles/musk-zuckerberg-openai.txt"
CONTRACT = {
    "id",
    "title",
    "kicker",
    "lang",
    "lang_probability",
    "pages_known",
    "pages_present",
    "text",
    "blocks",
    "sentences",
}
ODD = "Er schrieb [bold red]x[/] und [/] sowie [link=http://x]y[/link] und \x1b[31mred\x1b[0m."
ODD_ARTICLE = (
    "Literal markup im Text\n\n"
    "Der Gemeinderat hat am Dienstag über den Haushalt beraten und zugestimmt.\n\n"
    f"{ODD}\n\n"
    "Die Opposition will gegen den Beschluss vorgehen, sagte ihr Sprecher.\n"
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


def parse_json(*args: str | Path) -> dict:
    result = run_reader("parse", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def assert_contract(data: dict) -> None:
    assert CONTRACT <= set(data)
    text = data["text"]
    assert isinstance(data["id"], str) and data["id"]
    assert data["blocks"] and data["blocks"][0]["start"] == 0
    previous_end = -2
    for block in data["blocks"]:
        assert set(block) == {"kind", "page", "start", "end", "text"}
        assert block["kind"] in ("title", "lede", "heading", "paragraph")
        assert block["page"] >= 1
        assert text[block["start"] : block["end"]] == block["text"]
        assert block["start"] == previous_end + 2  # joined by one blank line
        previous_end = block["end"]
    assert previous_end == len(text)
    spans = [(b["start"], b["end"]) for b in data["blocks"]]
    for sentence in data["sentences"]:
        assert set(sentence) == {"start", "end"}
        assert any(s <= sentence["start"] < sentence["end"] <= e for s, e in spans)
        assert text[sentence["start"] : sentence["end"]].strip()
    assert data["title"] == (
        data["blocks"][0]["text"] if data["blocks"][0]["kind"] == "title" else ""
    )


def test_seed_json_is_what_issue_2_is_done_with():
    data = parse_json(SEED)
    assert_contract(data)
    title = "Musk & Zuckerberg: Feinde im Ring, Partner beim 100-Milliarden-OpenAI Deal"
    assert data["kicker"] == "Tech & Trends"
    assert data["title"] == title
    assert data["blocks"][0] == {
        "kind": "title",
        "page": 1,
        "start": 0,
        "end": len(title),
        "text": title,
    }
    assert data["text"].count(title) == 1
    assert [b["kind"] for b in data["blocks"]].count("title") == 1
    assert data["lang"] == "de"
    assert 0.9 <= data["lang_probability"] <= 1.0
    assert data["pages_known"] == 2
    assert data["pages_present"] == [1]
    for block in data["blocks"]:
        assert "Seite 1 / 2" not in block["text"]
        assert "Nächste Seite" not in block["text"]
    assert "Seite 1 / 2" not in data["text"] and "Nächste Seite" not in data["text"]
    assert [b["text"] for b in data["blocks"] if b["kind"] == "heading"] == [
        "Strategisches Pokern im KI-Wettlauf",
        "Widersprüchliche Narrative im KI-Machtkampf",
    ]
    assert len(data["sentences"]) >= len(data["blocks"])


def test_parse_and_export_agree_on_pages_present(tmp_path):
    """Both are the list of page numbers present (parse --json once gave a count)."""
    exported = json.loads(run_reader("export", SEED, "--db", tmp_path / "db.json").stdout)
    assert parse_json(SEED)["pages_present"] == exported["article"]["pages_present"] == [1]


def test_version():
    from reader import __version__

    result = run_reader("--version")
    assert result.returncode == 0 and result.stdout == f"reader {__version__}\n"
    assert __version__ == "0.1.0"


def test_seed_json_is_the_same_every_run():
    assert parse_json(SEED) == parse_json(SEED)


def test_json_from_another_folder(tmp_path):
    result = run_reader("parse", ROOT / SEED, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kicker"] == "Tech & Trends"


@pytest.mark.parametrize(
    ("files", "lang", "pages"),
    [
        (["harbour-bridge-en.txt"], "en", (1, 1)),
        (["glasshouse-library-en.txt"], "en", (2, 2)),
        (["moorfeld-windpark-1.txt", "moorfeld-windpark-2.txt"], "de", (2, 2)),
    ],
)
def test_every_sample_parses(files, lang, pages):
    data = parse_json(*(SAMPLES / f for f in files))
    assert_contract(data)
    assert data["lang"] == lang
    assert (data["pages_known"], data["pages_present"]) == (pages[0], list(range(1, pages[1] + 1)))
    assert data["kicker"] and data["title"]
    page_of = sorted({b["page"] for b in data["blocks"]})
    assert page_of == list(range(1, pages[1] + 1))


def test_two_files_given_together_are_pages_one_and_two():
    data = parse_json(SAMPLES / "moorfeld-windpark-1.txt", SAMPLES / "moorfeld-windpark-2.txt")
    first_of_page_two = next(b for b in data["blocks"] if b["page"] == 2)
    assert first_of_page_two["text"].startswith("Ein Gutachten des Landesamts")


def test_lang_option_overrides_detection():
    data = parse_json(SEED, "--lang", "xx")
    assert data["lang"] == "xx"
    assert data["lang_probability"] == 1.0
    assert parse_json(SEED, "--lang", "en")["id"] == parse_json(SEED)["id"]  # language is not text


def test_markup_and_ansi_are_literal_in_the_json(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(ODD_ARTICLE, encoding="utf-8")
    data = parse_json(path, "--lang", "de")
    assert_contract(data)
    assert ODD in [b["text"] for b in data["blocks"]]
    assert ODD in data["text"]


def test_human_summary_prints_markup_literally_and_no_raw_escape(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(ODD_ARTICLE, encoding="utf-8")
    result = run_reader("parse", path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "[bold red]x[/]" in result.stdout and "[link=http://x]y[/link]" in result.stdout
    assert "␛[31mred␛[0m" in result.stdout  # shown, one visible character per ESC


def test_human_summary_of_the_seed():
    result = run_reader("parse", SEED)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Musk & Zuckerberg: Feinde im Ring" in out
    assert "Tech & Trends" in out
    assert "de (probability" in out
    assert "1 of 2 present (missing: 2)" in out
    assert "[Seite 1 / 2 · heading] Strategisches Pokern im KI-Wettlauf" in out
    assert "Nächste Seite" not in out


def test_human_summary_hides_escapes_in_file_names(tmp_path):
    path = tmp_path / "odd\x1b[2Jname.txt"
    path.write_text(ODD_ARTICLE, encoding="utf-8")
    result = run_reader("parse", path, "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout


def test_a_file_name_that_is_not_utf8_is_refused_at_the_door(tmp_path):
    """Its byte would be a lone surrogate in the library's record and in `library --json`
    (the adversarial review found `bad\\udcffname.txt` there)."""
    name = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(name, "wb") as f:
        f.write(b"Der Rat tagte am Montag in der Stadt.\n")
    db = tmp_path / "db.json"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "annotate", name, "--db", str(db), "--match", "Rat",
         "--tag", "claim"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.endswith(
        "bad\ufffdname.txt: has a name that is not UTF-8 text; rename the file\n"
    )
    assert not db.exists()


def test_article_without_kicker_has_null_kicker(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(
        "Der Gemeinderat hat am Dienstag über den Haushalt beraten.\n\nDie Opposition ist dagegen.\n",
        encoding="utf-8",
    )
    data = parse_json(path)
    assert data["kicker"] is None
    assert data["title"] == ""
    assert [b["kind"] for b in data["blocks"]] == ["paragraph", "paragraph"]


def test_cp1252_crlf_file_gives_the_same_json_text(tmp_path):
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(ODD_ARTICLE.replace("\x1b", ""), encoding="utf-8")
    win = tmp_path / "win.txt"
    win.write_bytes(ODD_ARTICLE.replace("\x1b", "").replace("\n", "\r\n").encode("cp1252"))
    one, two = parse_json(utf8, "--lang", "de"), parse_json(win, "--lang", "de")
    assert one["text"] == two["text"] and one["id"] == two["id"]


# refusals ---------------------------------------------------------------------------------------


def assert_refused(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.mark.parametrize(
    "content",
    ["Seite 1 / 2\nNächste Seite\n", "\n\n« Zurück | Weiter »\n\nPage 2 of 2\n"],
    ids=["marker-and-nav", "nav-and-marker"],
)
def test_file_of_only_markers_and_navigation_is_refused(tmp_path, content):
    path = tmp_path / "only-nav.txt"
    path.write_text(content, encoding="utf-8")
    assert_refused(run_reader("parse", path), "only-nav.txt", "no article text")
    assert_refused(run_reader("parse", path, "--json"), "only-nav.txt", "no article text")


def test_parse_without_files_is_a_one_line_usage_error():
    assert_refused(run_reader("parse"), "reader parse")
    assert_refused(run_reader("parse", "--json"), "reader parse")


def test_unknown_option_is_a_one_line_usage_error():
    assert_refused(run_reader("parse", SEED, "--frobnicate"), "--frobnicate")


def test_main_returns_2_and_writes_one_line(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"reader: {tmp_path / 'missing.txt'}: no such file\n"


def test_main_parse_json_in_process(capsys):
    assert main(["parse", str(ROOT / SEED), "--json", "--lang", "de"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kicker"] == "Tech & Trends" and data["lang"] == "de"


def test_output_closed_early_is_not_an_error(tmp_path):
    # More output than a pipe buffer holds, so the reader really writes into a closed pipe.
    path = tmp_path / "long.txt"
    path.write_text("Ein langer Haushalt\n\n" + (ODD_ARTICLE.split("\n\n")[1] + "\n\n") * 1500)
    command = f'"{sys.executable}" -m reader parse "{path}" --lang de | head -n 1'
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Title:")
    assert result.stderr == ""


def test_output_to_a_stream_that_cannot_carry_unicode(tmp_path):
    # A redirected Windows console, LANG=C with an old Python, PYTHONIOENCODING=ascii ...
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    command = [sys.executable, "-m", "reader", "parse", SEED, "--lang", "de"]
    result = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    assert json.loads(result.stdout) == parse_json(SEED, "--lang", "de")
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Tech & Trends" in result.stdout


# display.visible ----------------------------------------------------------------------------------


def test_visible_replaces_every_control_character_one_for_one():
    text = "a\x1b[31mb\x07c\x7fd\x9be\x85f\tg\nh"
    shown = visible(text)
    assert len(shown) == len(text)
    assert shown == "a␛[31mb␇c␡d\ufffde\ufffdf g␊h"
    assert all(ord(ch) >= 0x20 and not 0x7F <= ord(ch) < 0xA0 for ch in shown)


def test_visible_neutralises_bidirectional_overrides_and_isolates():
    """A right-to-left override in a scraped sentence (or a file name) would print the rest of
    the line reversed on a bidi-aware terminal; each becomes U+FFFD, one for one. Marks that
    only hint a direction (U+200E/F) and joiners in emoji stay."""
    text = "officials\u202e it could\u202c be \u2066delayed\u2069 \u200f."
    assert visible(text) == "officials\ufffd it could\ufffd be \ufffddelayed\ufffd \u200f."
    path_line = run_reader("parse", "no\u202esuch.txt")
    assert path_line.returncode == 2 and "\u202e" not in path_line.stderr
    assert "no\ufffdsuch.txt" in path_line.stderr
    assert json_text({"t": "a\u202eb"}) == '{\n  "t": "a\\u202eb"\n}'  # the same JSON, escaped


def test_visible_leaves_ordinary_text_and_markup_alone():
    text = "Grüße „Zitat“ [bold red]x[/] 👨\u200d👩\u200d👧 – ok"
    assert visible(text) == text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "command",
    [
        ["suggest", "--json", "harbour-bridge-en.txt"],
        ["suggest", "harbour-bridge-en.txt"],
        ["parse", "--json", "harbour-bridge-en.txt"],
        ["--version"],  # argparse prints these itself and ignores a failed write: exit 0, silent
        ["--help"],
        ["suggest", "--help"],
    ],
)
def test_output_that_cannot_be_written_is_one_line_not_a_traceback(command):
    command = [str(ROOT / "sample_articles" / c) if c.endswith(".txt") else c for c in command]
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reader", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert result.returncode == 2
    assert result.stderr == "reader: cannot write to standard output: No space left on device\n"


def test_closed_output_is_refused_not_silently_lost():
    sample = ROOT / "sample_articles" / "harbour-bridge-en.txt"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "suggest", str(sample)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 2
    assert result.stderr == "reader: standard output is closed: nothing could be printed\n"


def test_the_same_file_named_twice_is_refused_not_read_as_two_pages(tmp_path):
    sample = ROOT / "sample_articles" / "harbour-bridge-en.txt"
    copy, linked = tmp_path / "bridge.txt", tmp_path / "hard-link.txt"
    copy.write_bytes(sample.read_bytes())
    os.link(copy, linked)  # another name of the same file
    pairs = [
        (sample, sample),
        (sample, ROOT / "sample_articles" / ".." / "sample_articles" / sample.name),
    ]
    for first, second in pairs + [(copy, linked)]:
        result = run_reader("suggest", first, second)
        assert result.returncode == 2
        assert result.stderr.endswith("is named twice: each page of an article is its own file\n")
        assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_suggest_says_when_no_rules_read_the_language(tmp_path):
    """ "0 suggestions" for a French article read as "nothing to check" (fresh-eyes review)."""
    sample = ROOT / "sample_articles" / "harbour-bridge-en.txt"
    asked = run_reader("suggest", "--lang", "fr", sample)
    assert asked.returncode == 2 and asked.stdout == ""
    assert asked.stderr == (
        "reader: --lang fr: no suggestion rules for this language (there are for de and en)\n"
    )
    not_a_code = run_reader("suggest", "--lang", "x y", sample)
    assert not_a_code.returncode == 2 and "is not a language code" in not_a_code.stderr
    french = tmp_path / "piscine.txt"
    french.write_text(
        "La piscine ferme\n\nLe conseil municipal a voté mardi soir la fermeture de la piscine, "
        "a déclaré le maire Jean Dupont devant la presse locale.\n\nLa décision a été prise à "
        "une large majorité des élus présents lors de la séance publique du conseil.\n",
        "utf-8",
    )
    detected = run_reader("suggest", french)
    assert detected.returncode == 0
    assert detected.stdout.splitlines()[0] == (
        "Language: fr · no suggestion rules for this language (there are for de and en)"
    )


def test_a_db_given_before_the_command_goes_to_it():
    """`reader --db X list FILE` said "list: no such file", and `reader --db X` asked for a
    FILE instead of opening that database's library (fresh-eyes review)."""
    from reader.cli import _db_first

    assert _db_first(["--db", "x.json"]) == ["library", "--db", "x.json"]
    assert _db_first(["--db=x.json", "list", "a.txt"]) == ["list", "--db=x.json", "a.txt"]
    assert _db_first(["--db", "x.json", "a.txt"]) == ["open", "--db", "x.json", "a.txt"]
    assert _db_first(["list", "a.txt", "--db", "x.json"]) == ["list", "a.txt", "--db", "x.json"]


def test_list_with_the_db_first_runs_the_list(tmp_path):
    db = tmp_path / "db.json"
    sample = ROOT / "sample_articles" / "harbour-bridge-en.txt"
    done = run_reader(
        "annotate", sample, "--db", db, "--match", "Engineers found", "--tag", "claim"
    )
    assert done.returncode == 0, done.stderr
    result = run_reader("--db", db, "list", sample)
    assert result.returncode == 0 and "Engineers found" in result.stdout


def test_suggest_on_a_very_long_article_says_first_how_long_it_takes(monkeypatch):
    """A 30 MiB file looked like a hang under `reader suggest` (adversarial review): on a
    terminal, a line says how long the rules will take before they start."""
    import io
    from types import SimpleNamespace

    from reader.cli import articles

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    said = Terminal()
    monkeypatch.setattr(articles.sys, "stderr", said)
    articles._say_when_it_takes_long(SimpleNamespace(text="x" * 30_000_000))
    assert said.getvalue() == (
        "reader: finding suggestions in 30.0 million characters takes about 5 minute(s) here"
        " (ctrl+c stops it)\n"
    )
    said.truncate(0)
    articles._say_when_it_takes_long(SimpleNamespace(text="x" * 300_000))
    assert said.getvalue() == ""  # an ordinary article: nothing to say


def test_a_mistyped_command_is_named_and_a_missing_file_is_not_taken_for_one(tmp_path, monkeypatch):
    """New-user review: `reader lsit file.txt` said "lsit: no such file"."""
    result = run_reader("lsit", "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "reader: lsit: no such file or command (did you mean `reader list`?)"
    )
    assert "did you mean" not in run_reader("artikel.txt", cwd=tmp_path).stderr
    from reader.cli import _mistyped_command

    monkeypatch.chdir(tmp_path)
    assert _mistyped_command("lsit") == "list"
    (tmp_path / "lsit").write_text("Ein Satz. Noch ein Satz.", encoding="utf-8")
    assert _mistyped_command("lsit") is None  # a file of that name is opened, as ever


def test_stats_alone_counts_the_rules(tmp_path):
    db = tmp_path / "db.json"
    result = run_reader("stats", "--db", db)
    assert result.returncode == 0 and "No suggestion has been accepted" in result.stdout
    assert not db.exists()  # a read-only command writes nothing
