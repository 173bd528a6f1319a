"""Web pages written for the tests (fictional; no copied news pages), and a local server for them.

`serve()` starts `http.server` on 127.0.0.1 at a free port in a thread; every address the tests
fetch is on it (or is a `.invalid` host, or a closed port): the tests never touch the internet.
"""

from __future__ import annotations

import http.server
import threading
import time
from contextlib import contextmanager

CHROME_TOP = """<header class="site-header"><a href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/politik">Politik</a></li><li><a href="/lokales">Lokales</a>
</li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<div class="cookie-banner">Wir verwenden Cookies, um unser Angebot zu verbessern.
<button>Akzeptieren</button></div>"""
CHROME_BOTTOM = """<footer><p>© 2026 {site} · <a href="/impressum">Impressum</a> ·
<a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p></footer>"""

# A German article with kicker, byline, date, a caption, a related-links box and a newsletter
# prompt around the text, a subheading, a block quote and a list.
FERRY = (
    """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Neue Fähre für den Hafen von Lindholm | Nordküsten-Kurier</title>
<link rel="canonical" href="https://kurier.example/lokales/neue-faehre-lindholm">
<meta property="og:site_name" content="Nordküsten-Kurier">
<meta property="og:title" content="Neue Fähre für den Hafen von Lindholm">
<meta name="author" content="Jana Feldkamp">
<meta property="article:published_time" content="2026-03-12T09:30:00+01:00">
</head>
<body>
"""
    + CHROME_TOP.format(site="Nordküsten-Kurier")
    + """
<main><article>
<header>
<p class="kicker">Verkehr</p>
<h1>Neue Fähre für den Hafen von Lindholm</h1>
<p class="byline">Von <span class="author">Jana Feldkamp</span> ·
<time datetime="2026-03-12T09:30:00+01:00">12. März 2026, 09:30 Uhr</time></p>
</header>
<p class="lead">Der Kreis Lindholm bestellt eine elektrische Fähre für die Linie zur Insel
Sandwarder. Sie soll ab dem Frühjahr 2028 fahren und die beiden alten Dieselschiffe ersetzen.</p>
<figure><img src="faehre.jpg" alt=""><figcaption>So soll die neue Fähre aussehen.
Foto: Werft Haselund</figcaption></figure>
<p>Der Kreistag stimmte am Dienstag mit 41 zu 6 Stimmen für den Kauf. Das Schiff kostet nach
Angaben der Verwaltung 23,4 Millionen Euro, von denen das Land knapp die Hälfte übernimmt.</p>
<p>Landrätin Mareike Ostendorf sprach von einem wichtigen Tag für die Insel. Die Verbindung sei
für viele Familien die einzige Möglichkeit, zur Arbeit und zur Schule zu kommen.</p>
<h2>Was sich für Fahrgäste ändert</h2>
<p>Die neue Fähre bietet Platz für 400 Fahrgäste und 60 Autos. Sie wird im Hafen in rund 40
Minuten geladen, während ein Umlauf zur Insel etwa eine Stunde dauert.</p>
<blockquote><p>„Wir haben jede Sorge der Insulaner angehört und die Pläne dreimal geändert“,
sagte Ostendorf.</p></blockquote>
<p>Zu den wichtigsten Änderungen gehören:</p>
<ul><li>ein eigener Bereich für Fahrräder,</li><li>ein barrierefreier Zugang auf beiden
Decks,</li><li>eine Ladestation im Hafen von Lindholm.</li></ul>
<aside class="related"><h3>Lesen Sie auch</h3><ul>
<li><a href="/a">Streit um die Hafengebühren geht weiter</a></li>
<li><a href="/b">Inselschule bekommt neuen Anbau</a></li></ul></aside>
<p>Kritik kam von der Opposition. Die Kosten seien zu knapp kalkuliert, sagte der Fraktionschef
der Freien Wähler, Bernd Asmussen. Er rechnet mit Mehrkosten von mindestens fünf Millionen
Euro.</p>
<div class="newsletter">Jetzt den Newsletter abonnieren und nichts verpassen!
<a href="/nl">Anmelden</a></div>
</article></main>
"""
    + CHROME_BOTTOM.format(site="Nordküsten-Kurier")
    + """
</body>
</html>
"""
)

# A plain English one-page article, no canonical link: its address is the one it was fetched from.
GARDEN = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Rooftop garden opens above the old tram depot</title>
<meta property="og:site_name" content="Harbour Evening Post"></head>
<body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Rooftop garden opens above the old tram depot</h1>
<p>A community garden of 1,200 square metres opened on Saturday on the roof of the former tram
depot in Eastwick, after three years of planning and a crowdfunding campaign.</p>
<p>Volunteers planted 40 fruit trees and built raised beds for the primary school next door.
The council paid for the stairs and the lift, which cost about £310,000.</p>
<p>"We wanted a place where neighbours meet without having to buy anything," said Priya Raman,
who chairs the residents' association. The garden is open every day from 8am to dusk.</p>
<p>Some residents worry about noise in the evenings. The association says it will close the
roof at 9pm in summer and review the rule after the first season.</p>
</article>
<footer>Harbour Evening Post · <a href="/terms">Terms</a></footer>
</body></html>
"""


def _page(title: str, body: str, *, head: str = "", pagination: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Stadtanzeiger Moorfeld</title>
<meta property="og:site_name" content="Stadtanzeiger Moorfeld">{head}</head>
<body>{CHROME_TOP.format(site="Stadtanzeiger Moorfeld")}
<article><h1>{title}</h1>
{body}
{pagination}
</article>
<aside class="teaser"><h3>Meistgelesen</h3><ul><li><a href="/x">Wochenmarkt zieht um</a></li>
<li><a href="/y">Freibad öffnet früher</a></li></ul></aside>
{CHROME_BOTTOM.format(site="Stadtanzeiger Moorfeld")}</body></html>
"""


WIND_TITLE = "Windpark Moorfeld: Gemeinderat stimmt knapp zu"
WIND_1 = """<p>Der Gemeinderat von Moorfeld hat am Donnerstagabend mit elf zu neun Stimmen den Weg
für sechs Windräder am Waldrand frei gemacht. Die Sitzung dauerte fast vier Stunden.</p>
<p>Bürgermeisterin Petra Lohse sagte, die Gemeinde erhalte jährlich rund 180.000 Euro aus der
Pacht. Das Geld solle in die Grundschule und den Radweg nach Hollstedt fließen.</p>
<h2>Streit um die Abstände</h2>
<p>Gegner der Anlagen hatten einen Abstand von 1.500 Metern zu den Häusern gefordert. Der Plan
sieht nun 1.000 Meter vor, so wie es das Land als Untergrenze verlangt.</p>"""
WIND_2 = """<p>Die Bürgerinitiative „Gegenwind Moorfeld“ kündigte an, rechtliche Schritte zu
prüfen. Ihr Sprecher Malte Janssen sagte, man habe bereits einen Anwalt beauftragt.</p>
<p>Der Betreiber will im Herbst 2027 mit dem Bau beginnen. Bis dahin müssen noch Gutachten zum
Vogelschutz vorliegen, die das Landesamt prüfen wird.</p>"""

# Two pages linked by <link rel="next"> (relative address) ...
WIND_REL_1 = _page(WIND_TITLE, WIND_1, head='<link rel="next" href="/wind/seite-2.html">')
WIND_REL_2 = _page(WIND_TITLE, WIND_2, head='<link rel="prev" href="/wind/seite-1.html">')
# ... and two linked only by a "Nächste Seite" link in the pagination block.
PAGINATION_1 = """<nav class="article-pagination" aria-label="Seiten"><span class="current">1</span>
<a href="/markt/2">2</a> <a href="/markt/2">Nächste Seite »</a></nav>"""
PAGINATION_2 = """<nav class="article-pagination" aria-label="Seiten"><a href="/markt/1">« Vorherige
Seite</a> <a href="/markt/1">1</a> <span class="current">2</span></nav>"""
MARKET_TITLE = "Wochenmarkt zieht auf den Rathausplatz"
MARKET_1 = """<p>Der Moorfelder Wochenmarkt zieht im April vom Kirchplatz auf den Rathausplatz. Dort
gibt es mehr Platz für die 34 Stände und eine öffentliche Toilette.</p>
<p>Die Händler hatten den Umzug seit Jahren verlangt. Am Kirchplatz fehlen Stromanschlüsse,
und bei Regen steht das Wasser zwischen den Ständen.</p>"""
MARKET_2 = """<p>Für Anwohner des Rathausplatzes ändert sich wenig: Der Markt beginnt wie bisher
um sieben Uhr und endet um 13 Uhr. Parkplätze fallen an Markttagen weg.</p>
<p>Die Stadt rechnet mit Kosten von etwa 60.000 Euro für neue Anschlüsse. Das Geld steht im
Haushalt bereit, sagte ein Sprecher.</p>"""
MARKET_NAV_1 = _page(MARKET_TITLE, MARKET_1, pagination=PAGINATION_1)
MARKET_NAV_2 = _page(MARKET_TITLE, MARKET_2, pagination=PAGINATION_2)

# A page in Windows-1252, saying so in a <meta charset>: „ “ € ü are single bytes there.
CP1252_TEXT = """<!DOCTYPE html>
<html lang="de"><head><meta charset="windows-1252"><title>Preise am Hafenkiosk steigen</title>
</head><body><article><h1>Preise am Hafenkiosk steigen</h1>
<p>Ein Fischbrötchen kostet am Hafenkiosk künftig 4,50 €. „Wir müssen die höheren Kosten
weitergeben“, sagte Inhaber Jörg Brüggemann am Montag.</p>
<p>Die Stammkunden nähmen es gelassen, sagte er. Nur die Touristen wunderten sich über die
Preise für Kaffee, der nun 2,80 € kostet.</p>
<p>Der Kiosk öffnet in der Saison täglich um acht Uhr und schließt, wenn die letzte Fähre
angelegt hat, meist gegen 21 Uhr.</p>
</article></body></html>
"""
CP1252 = CP1252_TEXT.encode("cp1252")

HUGE_BYTES = 40 * 1024 * 1024

# path -> (status, content type, body bytes, extra headers)
PAGES: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/ferry.html": (200, "text/html; charset=utf-8", FERRY.encode(), {}),
    "/garden": (200, "text/html", GARDEN.encode(), {}),
    "/wind/seite-1.html": (200, "text/html; charset=utf-8", WIND_REL_1.encode(), {}),
    "/wind/seite-2.html": (200, "text/html; charset=utf-8", WIND_REL_2.encode(), {}),
    "/markt/1": (200, "text/html; charset=utf-8", MARKET_NAV_1.encode(), {}),
    "/markt/2": (200, "text/html; charset=utf-8", MARKET_NAV_2.encode(), {}),
    "/kiosk.html": (200, "text/html", CP1252, {}),
    "/missing": (404, "text/html", b"<html><body><h1>Not found</h1></body></html>", {}),
    "/broken": (500, "text/html", b"<html><body><h1>Oops</h1></body></html>", {}),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", {}),
    "/loop/a": (302, "text/html", b"", {"Location": "/loop/b"}),
    "/loop/b": (302, "text/html", b"", {"Location": "/loop/a"}),
    "/moved": (301, "text/html", b"", {"Location": "/garden"}),
    "/plain.txt": (200, "text/plain; charset=utf-8", b"Ein Titel\n\nEin Absatz mit Text.\n", {}),
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    requests: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        Handler.requests.append(self.path)
        if self.path == "/slow":
            time.sleep(3)
        if self.path in ("/huge", "/huge-stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if self.path == "/huge":
                self.send_header("Content-Length", str(HUGE_BYTES))
            self.send_header("Connection", "close")
            self.end_headers()
            block = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
            try:
                for _ in range(HUGE_BYTES // len(block)):
                    self.wfile.write(block)
            except OSError:
                pass  # the reader stopped reading: as it should
            self.close_connection = True
            return
        if self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>a</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
            return
        status, kind, body, headers = PAGES.get(
            self.path if self.path != "/slow" else "/garden", (404, "text/html", b"", {})
        )
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the reader refused the page before reading its body (a PDF)


@contextmanager
def serve():
    """A local HTTP server for PAGES; yields its base address (http://127.0.0.1:PORT)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
