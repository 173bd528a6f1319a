"""Opening a saved web page: bytes on disk to the Article, the parse step the app waits for.

`open_html_ms` writes a generated ~1 MB page (realistic article markup inside site chrome: menus,
cookie banner, teasers, related-links boxes, footer; generated, no copied page) and times
`reader.core.sources.open_sources` on it, in this process, after one warm-up run (so trafilatura's
import, ~0.2 s, is not in the samples; `import_ms` reports it from a fresh process).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from html import escape
from pathlib import Path

from bench.inputs import HEADINGS, TOPICS, paragraph

TARGET_MS = 1000.0


def page_html(target_bytes: int, seed: int, title: str) -> str:
    """A news page of at least `target_bytes` bytes: the article's paragraphs, subheadings,
    quotes and lists, with the site around it repeated as sites do (teasers between sections)."""
    rnd = random.Random(seed)
    topic = rnd.choice(TOPICS)
    menu = "".join(f'<li><a href="/{t.lower()}">{t}</a></li>' for t in TOPICS)
    head = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{escape(title)} | Generated Gazette</title>
<link rel="canonical" href="https://gazette.example/{topic.lower()}/{seed}">
<meta property="og:site_name" content="Generated Gazette">
<meta name="author" content="Anna Keller">
<meta property="article:published_time" content="2026-03-12T09:30:00+01:00">
<link rel="stylesheet" href="/static/site.css"><script src="/static/app.js" defer></script>
</head><body>
<header class="site-header"><a class="logo" href="/">Generated Gazette</a>
<nav class="main-nav"><ul>{menu}</ul></nav>
<form class="search" action="/suche"><input name="q"><button>Suchen</button></form></header>
<div class="cookie-banner">Wir verwenden Cookies. <button>Alle akzeptieren</button></div>
<main><article class="story">
<header><p class="kicker">{topic}</p><h1>{escape(title)}</h1>
<p class="byline">Von Anna Keller · <time datetime="2026-03-12">12. März 2026</time></p></header>
<p class="lead">{escape(paragraph(rnd))}</p>
"""
    parts = [head]
    size = len(head.encode())
    section = 0
    while size < target_bytes:
        section += 1
        chunk = [f"<h2>{escape(rnd.choice(HEADINGS))}</h2>"]
        for _ in range(rnd.randint(4, 9)):
            kind = rnd.randrange(10)
            if kind == 0:
                chunk.append(f"<blockquote><p>{escape(paragraph(rnd))}</p></blockquote>")
            elif kind == 1:
                items = "".join(f"<li>{escape(paragraph(rnd)[:120])}</li>" for _ in range(3))
                chunk.append(f"<ul>{items}</ul>")
            else:
                chunk.append(f"<p>{escape(paragraph(rnd))}</p>")
        chunk.append(
            f'<figure><img src="/img/{section}.jpg" alt=""><figcaption>Foto: Agentur '
            f"{section}</figcaption></figure>"
            f'<aside class="related"><h3>Lesen Sie auch</h3><ul>'
            f'<li><a href="/a/{section}">{escape(rnd.choice(HEADINGS))}</a></li>'
            f'<li><a href="/b/{section}">{escape(rnd.choice(HEADINGS))}</a></li></ul></aside>'
            f'<div class="ad-slot" data-slot="{section}"></div>'
        )
        text = "\n".join(chunk) + "\n"
        parts.append(text)
        size += len(text.encode())
    parts.append(
        """</article></main>
<aside class="most-read"><h3>Meistgelesen</h3><ol><li><a href="/1">Eins</a></li>
<li><a href="/2">Zwei</a></li></ol></aside>
<footer><p>© 2026 Generated Gazette · <a href="/impressum">Impressum</a></p></footer>
</body></html>
"""
    )
    return "".join(parts)


def write_page(folder: Path, target_bytes: int = 1024 * 1024) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"saved-page-{target_bytes}.html"
    if not path.exists():
        title = "Netzausbau: Wer zahlt für die Energiewende vor Ort?"
        path.write_text(page_html(target_bytes, 7, title), encoding="utf-8")
    return path


def open_html_ms(folder: Path, reps: int = 5, target_bytes: int = 1024 * 1024) -> dict:
    """ms to open a ~1 MB saved page to its Article (after one warm-up), and what it made."""
    from reader.core.sources import open_sources

    page = write_page(folder, target_bytes)
    article = open_sources([str(page)])  # warm-up: imports, caches
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        article = open_sources([str(page)])
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "samples": samples,
        "target_ms": TARGET_MS,
        "page_bytes": page.stat().st_size,
        "blocks": len(article.blocks),
        "text_chars": len(article.text),
        "import_ms": import_ms(),
    }


def import_ms() -> float:
    """ms a fresh process spends importing trafilatura (paid once, by the first page opened)."""
    code = (
        "import time; t = time.perf_counter(); import trafilatura; "
        "print((time.perf_counter() - t) * 1000)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


if __name__ == "__main__":  # python -m bench.measure_html: the figure alone
    import statistics
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        got = open_html_ms(Path(tmp), reps=int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    print(
        f"open_html_ms: median {statistics.median(got['samples']):.0f} ms, "
        f"max {max(got['samples']):.0f} ms over {len(got['samples'])} runs "
        f"(page {got['page_bytes'] / 1e6:.2f} MB, {got['blocks']} blocks, "
        f"{got['text_chars']} characters; trafilatura import {got['import_ms']:.0f} ms)"
    )
