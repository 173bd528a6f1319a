"""Web pages and web addresses: extraction, fetching and its failures, next pages, exports.

Every address is served by a local HTTP server on 127.0.0.1 (tests/webpages.py), a `.invalid`
host, or a closed port: nothing here reaches the internet.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
import webpages
from conftest import ROOT, SEED
from test_export import run_validator

from reader.cli import main
from reader.core.anchoring import reanchor
from reader.core.annotation import make_annotation
from reader.core.export import context_prefix, context_suffix, to_w3c
from reader.core.fetch import fetch
from reader.core.html import decode_page, extract_page
from reader.core.nextpage import find_next_page
from reader.core.opening import open_article
from reader.core.sources import article_from, read_all
from reader.errors import ReaderError


@pytest.fixture(scope="module")
def site():
    with webpages.serve() as base:
        yield base


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy set in the environment must not carry the tests' loopback requests."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def parse_json(capsys, *argv: str) -> dict:
    assert main(["parse", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def refusal(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reader: ") and "\n" not in err and "Traceback" not in err
    return err


# --- a saved page -------------------------------------------------------------------------------


def test_a_saved_page_opens_as_the_article_with_its_metadata(tmp_path, capsys):
    page = tmp_path / "faehre.html"
    page.write_text(webpages.FERRY, encoding="utf-8")
    data = parse_json(capsys, str(page))
    kinds = [(b["kind"], b["text"][:30]) for b in data["blocks"]]
    assert kinds[:3] == [
        ("title", "Neue Fähre für den Hafen von L"),
        ("lede", "Der Kreis Lindholm bestellt ei"),
        ("paragraph", "Der Kreistag stimmte am Dienst"),
    ]
    assert ("heading", "Was sich für Fahrgäste ändert") in kinds
    assert ("blockquote", "„Wir haben jede Sorge der Insu") in kinds
    assert [t for k, t in kinds if k == "item"] == [
        "ein eigener Bereich für Fahrrä",
        "ein barrierefreier Zugang auf ",
        "eine Ladestation im Hafen von ",
    ]
    assert data["kicker"] == "Verkehr"
    assert data["lang"] == "de" and data["lang_probability"] == 1.0  # <html lang="de-DE">
    assert data["meta"] == {
        "url": None,
        "canonical_url": "https://kurier.example/lokales/neue-faehre-lindholm",
        "site": "Nordküsten-Kurier",
        "authors": ["Jana Feldkamp"],
        "date": "2026-03-12",
        "lang": "de",
    }
    # the site around the article is not the article: menu, cookies, caption, boxes, footer
    for chrome in ("Akzeptieren", "Foto: Werft", "Hafengebühren", "Newsletter", "Impressum"):
        assert chrome not in data["text"]
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]
        assert "\n" not in block["text"] and "  " not in block["text"]


def test_a_page_is_known_by_its_first_bytes_whatever_its_name(tmp_path, capsys):
    page = tmp_path / "saved-page.txt"
    page.write_text(webpages.GARDEN, encoding="utf-8")
    data = parse_json(capsys, str(page))
    assert data["title"] == "Rooftop garden opens above the old tram depot"
    assert "<p>" not in data["text"] and data["lang"] == "en"


def test_a_windows_1252_page_comes_out_right(tmp_path, capsys):
    page = tmp_path / "kiosk.html"
    page.write_bytes(webpages.CP1252)
    assert b"\x84" in webpages.CP1252 and b"\x80" in webpages.CP1252  # „ and € in cp1252
    data = parse_json(capsys, str(page))
    assert "kostet am Hafenkiosk künftig 4,50 €. „Wir müssen die höheren Kosten" in data["text"]
    assert "Jörg Brüggemann" in data["text"] and "\ufffd" not in data["text"]


def test_decoding_order_bom_then_http_then_meta():
    utf8 = "<html><head><meta charset='windows-1252'></head><p>Grüße</p></html>".encode()
    assert decode_page(utf8, "x", "utf-8")[0].endswith("<p>Grüße</p></html>")  # HTTP wins
    assert decode_page(b"\xef\xbb\xbf" + utf8, "x", "latin-1")[1] == "utf-8"  # the BOM wins
    assert "GrÃ¼ÃŸe" in decode_page(utf8, "x")[0]  # the page's own (wrong) word is taken
    latin = "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>ä€"
    assert decode_page(latin.encode("cp1252"), "x") == (latin, "cp1252")


def test_a_web_page_without_a_loadable_trafilatura_is_one_line_not_a_traceback(
    tmp_path, capsys, monkeypatch
):
    """A fresh install where pip could not build lxml_html_clean crashed on every .html file
    with an ImportError traceback (found by the adversarial review)."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>Der Rat tagte.</p></article></body></html>")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura raises ImportError
    err = refusal(capsys, "parse", str(page))
    assert err.startswith(f"reader: {page}: cannot be read: web pages need trafilatura")


def test_a_page_without_an_article_is_refused_a_short_item_is_not(tmp_path, capsys):
    """A login page opened as an article reading "Home Password" (fresh-eyes review)."""
    login = tmp_path / "login.html"
    login.write_text(
        "<!doctype html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "</nav><form><label>User</label><input name='u'><label>Password</label>"
        "<input type='password' name='p'><button>Log in</button></form></body></html>"
    )
    err = refusal(capsys, "parse", str(login))
    assert err.endswith("no sentence: a login form or a menu?)")
    brief = tmp_path / "brief.html"
    brief.write_text(
        "<!doctype html><html><head><title>Road closed</title></head><body><article>"
        "<h1>Road closed</h1><p>The bridge road is closed until Monday.</p></article></body></html>"
    )
    assert "The bridge road is closed until Monday." in parse_json(capsys, str(brief))["text"]


def test_text_files_do_not_load_trafilatura_or_lxml():
    code = (
        "import sys\n"
        "from reader.core.parsing import parse_files\n"
        "from reader.core.sources import open_sources\n"
        "from reader.cli import main\n"
        f"open_sources([{str(SEED)!r}])\n"
        f"main(['parse', {str(SEED)!r}, '--lang', 'de'])\n"
        "heavy = ('trafilatura', 'lxml', 'htmldate', 'justext', 'courlan', 'urllib.request')\n"
        "bad = sorted(n for n in sys.modules if n.startswith(heavy))\n"
        "sys.stderr.write(repr(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_text_file_and_a_web_page_are_not_one_article(tmp_path, capsys):
    page = tmp_path / "p1.html"
    page.write_text(webpages.GARDEN, encoding="utf-8")
    err = refusal(capsys, "parse", str(page), str(SEED))
    assert str(SEED) in err and "web pages" in err


# --- fetching -----------------------------------------------------------------------------------


def test_an_address_opens_like_its_saved_page(site, tmp_path, capsys):
    fetched = parse_json(capsys, f"{site}/ferry.html")
    saved = tmp_path / "ferry.html"
    saved.write_text(webpages.FERRY, encoding="utf-8")
    from_file = parse_json(capsys, str(saved))
    assert fetched["text"] == from_file["text"] and fetched["blocks"] == from_file["blocks"]
    assert fetched["id"] == from_file["id"] and fetched["kicker"] == from_file["kicker"]
    assert fetched["sources"] == [f"{site}/ferry.html"]
    assert fetched["meta"] == {**from_file["meta"], "url": f"{site}/ferry.html"}


def test_a_page_without_canonical_is_known_by_where_it_was_found(site, capsys):
    data = parse_json(capsys, f"{site}/moved")  # a 301 to /garden
    assert data["meta"]["url"] == f"{site}/garden" and data["meta"]["canonical_url"] is None
    assert data["meta"]["site"] == "Harbour Evening Post"


def test_a_plain_text_address_is_read_as_text(site, capsys):
    data = parse_json(capsys, f"{site}/plain.txt")
    assert [b["kind"] for b in data["blocks"]] == ["title", "lede"]


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/missing", "was not found (HTTP 404 Not Found)"),
        ("/broken", "the site failed to answer (HTTP 500 Internal Server Error); try again later"),
        ("/report.pdf", "is a PDF, not a web page"),
        ("/loop/a", "redirect loop ("),
        ("/huge", "is too large (40.0 MiB; the limit is 32 MiB)"),
        ("/huge-stream", "is too large (the limit is 32 MiB)"),
    ],
)
def test_every_failure_is_one_line(site, capsys, path, reason):
    err = refusal(capsys, "parse", f"{site}{path}")
    assert err.startswith(f"reader: {site}{path}: {reason}"), err


def test_a_redirect_loop_names_its_steps(site, capsys):
    err = refusal(capsys, "parse", f"{site}/loop/a")
    assert f"({site}/loop/a → {site}/loop/b → {site}/loop/a)" in err


def test_a_slow_server_is_given_up_after_the_timeout(site, capsys):
    started = time.monotonic()
    err = refusal(capsys, "parse", f"{site}/slow", "--timeout", "0.5")
    assert "no answer within 0.5 s (see --timeout)" in err
    assert time.monotonic() - started < 2.5  # not the server's 3 s


def test_a_trickling_body_is_given_up_after_the_timeout(site):
    started = time.monotonic()
    with pytest.raises(ReaderError, match=r"not received within 0.5 s"):
        fetch(f"{site}/trickle", timeout=0.5)
    assert time.monotonic() - started < 2.5  # not the 10 s the body takes


def test_an_unknown_host_and_a_closed_port(capsys):
    err = refusal(capsys, "parse", "http://no-such-host.invalid/article")
    assert "cannot find the host no-such-host.invalid" in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = refusal(capsys, "parse", f"http://127.0.0.1:{port}/article")
    assert f"the connection to 127.0.0.1:{port} was refused" in err


@pytest.mark.parametrize(
    "address, reason",
    [
        ("ftp://example.org/a.html", "only http and https addresses are opened"),
        ("http://", "is not a valid web address (it names no host)"),
        ("http://127.0.0.1:99999/", "is not a valid web address"),
    ],
)
def test_addresses_that_cannot_be_fetched(capsys, address, reason):
    assert reason in refusal(capsys, "parse", address)


def test_a_bad_timeout_is_a_usage_error(capsys):
    assert "--timeout" in refusal(capsys, "parse", "x.html", "--timeout", "soon")
    assert "--timeout" in refusal(capsys, "parse", "x.html", "--timeout", "0")


def test_progress_is_reported_while_fetching(site):
    seen: list[tuple[str, int, int | None]] = []
    got = fetch(f"{site}/ferry.html", progress=lambda *a: seen.append(a))
    assert seen[0] == (f"{site}/ferry.html", 0, None)
    assert seen[-1] == (f"{site}/ferry.html", len(got.data), len(got.data))


def test_no_progress_line_when_stderr_is_not_a_terminal(site):
    done = subprocess.run(
        [sys.executable, "-m", "reader", "parse", f"{site}/garden"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "no_proxy": "127.0.0.1"},
        timeout=60,
    )
    assert done.returncode == 0 and done.stderr == ""


# --- next pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second", [("/wind/seite-1.html", "/wind/seite-2.html"), ("/markt/1", "/markt/2")]
)
def test_without_all_pages_the_article_knows_its_next_page(site, first, second):
    article, _ = open_article([f"{site}{first}"])
    assert article.next_page_url == f"{site}{second}"
    assert article.pages_present == (1,)
    notice = article.missing_notice(1, 1)
    assert notice is not None and "can be fetched" in notice
    assert article.header_kicker == "Stadtanzeiger Moorfeld"  # no kicker: the site's name


@pytest.mark.parametrize(
    "first, second", [("/wind/seite-1.html", "/wind/seite-2.html"), ("/markt/1", "/markt/2")]
)
def test_all_pages_appends_the_next_page(site, tmp_path, capsys, first, second):
    data = parse_json(capsys, f"{site}{first}", "--all-pages")
    assert data["sources"] == [f"{site}{first}", f"{site}{second}"]
    assert data["pages_present"] == [1, 2] and data["next_page_url"] is None
    assert [b["page"] for b in data["blocks"]][-1] == 2
    assert sum(b["kind"] == "title" for b in data["blocks"]) == 1  # page 2's headline dropped
    # the saved pages, given as files, make the same article
    pages = {"/wind/seite-1.html": webpages.WIND_REL_1, "/wind/seite-2.html": webpages.WIND_REL_2}
    pages |= {"/markt/1": webpages.MARKET_NAV_1, "/markt/2": webpages.MARKET_NAV_2}
    files = []
    for n, path in enumerate((first, second)):
        files.append(tmp_path / f"page-{n}.html")
        files[-1].write_text(pages[path], encoding="utf-8")
    saved = parse_json(capsys, *map(str, files))
    assert saved["text"] == data["text"] and saved["blocks"] == data["blocks"]


def test_page_one_keeps_its_text_and_annotations_when_page_two_comes(site):
    one, _ = open_article([f"{site}/wind/seite-1.html"])
    both, _ = open_article([f"{site}/wind/seite-1.html"], all_pages=True)
    assert both.text.startswith(one.text + "\n\n")
    anns = []
    for quote, tag in (
        ("Der Gemeinderat von Moorfeld", "claim"),
        ("rund 180.000 Euro aus der Pacht", "claim"),
        ("so wie es das Land als Untergrenze verlangt.", "claim"),  # the end of page 1
    ):
        start = one.text.index(quote)
        anns.append(
            make_annotation(
                one.text,
                article=one.key,
                version=one.id,
                tag=tag,
                start=start,
                end=start + len(quote),
                page=1,
            )
        )
    placed = reanchor(anns, both.text, both.id, page_at=both.page_at)
    assert [(a.start, a.end, a.page, a.orphaned) for a in placed] == [
        (a.start, a.end, 1, False) for a in anns
    ]


def test_an_address_reopened_alone_brings_back_the_page_fetched_after_it(site, tmp_path, capsys):
    """The fresh-eyes review: page 2 fetched (here --all-pages, in the app F), annotated, then
    `reader ADDRESS` again: page 2's annotation came back orphaned and the library went from 2/2
    pages to 1/1. The library's copy of page 2 now comes with page 1 (nothing fetched for it)."""
    db = tmp_path / "db.json"
    first = f"{site}/wind/seite-1.html"
    both, _ = open_article([first], all_pages=True)
    last = both.text.strip().splitlines()[-1][:40]  # a passage on page 2
    assert (
        main(["annotate", first, "--all-pages", "--db", str(db), "--match", last, "--tag", "claim"])
        == 0
    )
    capsys.readouterr()
    assert main(["list", first, "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert last in out and "ORPHANED" not in out and "seite-2.html" in err
    assert main(["library", "--db", str(db), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["articles"]
    assert (row["pages_present"], row["pages_known"]) == (2, 2)


def test_all_pages_follows_no_page_twice_and_reports_a_missing_one(site, tmp_path, capsys):
    raws = read_all([f"{site}/markt/1", f"{site}/markt/2"], all_pages=True)
    assert len(raws) == 2  # page 2 links back to page 1: already read
    broken = tmp_path / "p1.html"
    broken.write_text(
        webpages.WIND_REL_1.replace("/wind/seite-2.html", f"{site}/missing"), encoding="utf-8"
    )
    err = refusal(capsys, "parse", str(broken), "--all-pages")
    assert f"{site}/missing: was not found" in err and f"(the next page of {broken})" in err


def test_find_next_page_rules():
    base = "https://site.example/story/1"
    assert find_next_page('<html><head><link rel="next" href="2"></head></html>', base) == (
        "https://site.example/story/2"
    )
    anywhere = '<html><body><p>x</p><a href="/s?p=2">Nächste Seite</a></body></html>'
    assert find_next_page(anywhere, base) == "https://site.example/s?p=2"
    # "Weiter" counts only inside a pagination block; elsewhere it may be the next story
    loose = '<html><body><p>x</p><a href="/other">Weiter</a></body></html>'
    assert find_next_page(loose, base) is None
    block = '<html><body><div class="pager"><a href="/story/1">1</a> <a href="/story/2">2</a></div></body></html>'
    assert find_next_page(block, base) == "https://site.example/story/2"
    third = '<html><body><ul id="pagination"><li><a href="/story/1">1</a></li><li aria-current="page"><span>2</span></li><li><a href="/story/3">3</a></li></ul></body></html>'
    assert find_next_page(third, "https://site.example/story/2") == "https://site.example/story/3"
    itself = '<html><head><link rel="next" href="https://site.example/story/1#top"></head></html>'
    assert find_next_page(itself, base) is None  # never the page itself
    relative = '<html><head><link rel="next" href="2"></head></html>'
    assert find_next_page(relative, None) is None  # a saved page without an address: unknown
    assert find_next_page('<html><a rel="next" href="javascript:go()">x</a></html>', base) is None


def test_markers_in_a_page_close_pages_like_in_text_files():
    page = webpages._page(
        webpages.WIND_TITLE, webpages.WIND_1 + "<p>Seite 1 / 2</p><p>Nächste Seite</p>"
    )
    web = extract_page(page.encode(), "p1.html")
    article = article_from_pages_of([web])
    assert article.pages_known == 2 and article.missing_pages() == [2]
    assert "Nächste Seite" not in article.text and "Seite 1 / 2" not in article.text


def article_from_pages_of(pages):
    from reader.core.html import article_from_pages

    return article_from_pages(pages)


# --- exports ------------------------------------------------------------------------------------


def test_w3c_export_of_a_fetched_article_points_at_its_address(site, tmp_path, capsys):
    url = f"{site}/garden"
    assert main(["annotate", url, "--match", "1,200 square metres", "--tag", "claim"]) == 0
    assert main(["annotate", url, "--match", "We wanted a place", "--tag", "quote"]) == 0
    capsys.readouterr()
    assert main(["export", url, "--format", "w3c"]) == 0
    doc = json.loads(capsys.readouterr().out)
    article, _ = open_article([url])
    for item in doc["first"]["items"]:
        target = item["target"]
        assert target["source"] == url
        assert target["dcterms:isPartOf"] == f"urn:sha256:{article.id}"
        quote, position = target["selector"]
        assert article.text[position["start"] : position["end"]] == quote["exact"]
    assert doc["dcterms:source"] == [url]
    result = run_validator(tmp_path, doc)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed, 0 failed" in result.stdout


def test_json_and_markdown_exports_show_the_pages_metadata(tmp_path, capsys):
    page = tmp_path / "faehre.html"
    page.write_text(webpages.FERRY, encoding="utf-8")
    assert main(["annotate", str(page), "--match", "23,4 Millionen Euro", "--tag", "claim"]) == 0
    capsys.readouterr()
    assert main(["export", str(page)]) == 0
    meta = json.loads(capsys.readouterr().out)["article"]["meta"]
    assert meta["site"] == "Nordküsten-Kurier" and meta["authors"] == ["Jana Feldkamp"]
    assert main(["export", str(page), "--format", "md"]) == 0
    report = capsys.readouterr().out
    assert "- URL: https://kurier.example/lokales/neue-faehre-lindholm\n" in report
    assert "- Site: Nordküsten-Kurier\n- By: Jana Feldkamp\n- Date: 2026-03-12\n" in report


def test_context_is_cut_to_32_utf16_units_at_code_point_boundaries():
    emoji = "😀" * 20  # 20 code points, 40 UTF-16 units
    assert context_prefix(emoji) == "😀" * 16
    assert context_suffix("a" + emoji) == "a" + "😀" * 15  # 31 units: a 16th would make 33
    plain = "x" * 32
    assert context_prefix(plain) == plain and context_suffix(plain) == plain
    for cut in (context_prefix("ab😀" * 12), context_suffix("ab😀" * 12)):
        assert len(cut.encode("utf-16-le")) // 2 <= 32


def test_w3c_positions_stay_code_points(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        webpages.GARDEN.replace("opened on Saturday", "opened 🌱🌱 on Saturday"), encoding="utf-8"
    )
    article = article_from(read_all([str(page)]))
    start = article.text.index("after three years")
    a = make_annotation(
        article.text,
        article=article.key,
        version=article.id,
        tag="claim",
        start=start,
        end=start + 17,
        page=1,
    )
    selectors = to_w3c(article, [a])["first"]["items"][0]["target"]["selector"]
    assert selectors[1] == {"type": "TextPositionSelector", "start": start, "end": start + 17}
    assert article.text[start : start + 17] == "after three years"
    assert len(selectors[0]["prefix"].encode("utf-16-le")) // 2 <= 32
