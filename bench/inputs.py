"""The benchmark's inputs, generated (deterministically, from a seed) rather than checked in.

- Article files (kept in bench/inputs/, git-ignored, regenerated when GENERATOR changes): German
  news copy with English quotes, abbreviations, numbers, dates, headings; a kicker glued before a
  repeated title, like the seed scrape; source pages separated by "Seite n / N" markers and the
  site's navigation lines.
- Databases (built fresh in a temporary folder every run, through the store's own API, so they
  always match the current storage format): one holding 10,000 annotations of the long article,
  and three holding 100 / 10,000 / 50,000 annotations spread over 200 articles.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotation import TAGS, Annotation, make_annotation, now_iso

HERE = Path(__file__).resolve().parent
INPUTS = HERE / "inputs"
GENERATOR = 4  # bump when the text generator changes: cached files are then rebuilt

# --- vocabulary ------------------------------------------------------------------------------

PEOPLE = [
    "Ministerin Anna Keller",
    "Dr. Jürgen Albers",
    "Prof. Dr. Miriam Okafor",
    "Bürgermeister Timo Gruber",
    "Konzernchef Markus Lindqvist",
    "Analystin Sabine Hoffmann",
    "Betriebsratschef Kemal Yilmaz",
    "Staatssekretär Henrik Vogt",
    "Ökonomin Lea Brandstätter",
    "Verbandssprecher Uwe Maaß",
]
ENGLISH_PEOPLE = [
    "CEO Sarah Whitfield",
    "Mr. Daniel O'Connor",
    "analyst Priya Raman",
    "Sen. Laura Mitchell",
    "Dr. Ethan Brooks",
]
ACTORS = [
    "Die Bundesregierung",
    "Der Konzern",
    "Die Stadtwerke München",
    "Die Europäische Kommission",
    "Der Aufsichtsrat",
    "Die Gewerkschaft Verdi",
    "Das Landesamt für Statistik",
    "Die Deutsche Bahn",
    "Der Mittelständler aus Ulm",
    "Die Bundesnetzagentur",
    "Das Start-up Voltwerk",
    "Die Verbraucherzentrale",
]
VERBS = [  # (verb, particle at the end of the clause)
    ("kündigte", "an"),
    ("bestätigte", ""),
    ("wies", "zurück"),
    ("legte", "vor"),
    ("verschob", ""),
    ("prüft derzeit", ""),
    ("genehmigte", ""),
    ("will", "ausweiten"),
    ("stellte", "infrage"),
    ("plant bis 2027", ""),
]
OBJECTS = [
    "einen Umbau der Netzentgelte",
    "die Übernahme des Wettbewerbers",
    "neue Regeln für den Datenschutz",
    "ein Sparprogramm im Vertrieb",
    "die Förderung von Wärmepumpen",
    "den Ausbau der Ladeinfrastruktur",
    "eine Klage gegen den Bescheid",
    "die Verlagerung der Produktion nach Polen",
    "ein Pilotprojekt mit künstlicher Intelligenz",
    "die Sanierung von 1.200 Schulgebäuden",
]
CLAUSES = [
    "obwohl die Zahlen im dritten Quartal schwächer ausfielen",
    "nachdem der Bundesrat Änderungen verlangt hatte",
    "weil die Kosten für Energie und Personal weiter steigen",
    "während Kritiker vor höheren Preisen warnen",
    "wie aus einem internen Papier hervorgeht",
    "das seit Monaten in Brüssel verhandelt wird",
    "sofern die Finanzierung bis Jahresende steht",
    "auch wenn Details bisher offen sind",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September"]
MONTHS += ["Oktober", "November", "Dezember"]
TOPICS = ["Energie", "Verkehr", "Digitales", "Arbeit", "Wohnen", "Gesundheit", "Industrie"]
HEADINGS = [
    "Was die Pläne für Verbraucher bedeuten",
    "Kritik aus der Opposition",
    "Ein Blick auf die Zahlen",
    "Wie es jetzt weitergeht",
    "Die Rolle der Länder",
    "Streit um die Finanzierung",
    "Erfahrungen aus dem Ausland",
    "Was Fachleute erwarten",
]
ENGLISH_QUOTES = [
    "We are not going to cut corners on safety.",
    "This deal was never about the money, it was about control.",
    "Frankly, the numbers speak for themselves.",
    "We expect regulators in the U.S. and Europe to look closely at this.",
    "Nobody wins a price war, e.g. not the customers either.",
]
GERMAN_QUOTES = [
    "Wir haben jede Sorge angehört, und wir haben die Pläne dreimal geändert.",
    "Das ist ein schwieriger, aber richtiger Schritt.",
    "Ohne verlässliche Förderung wird kein Betrieb investieren.",
    "Die Zahlen sind eindeutig: Wir müssen jetzt handeln!",
    "Ob das reicht? Das wird sich erst im Winter zeigen.",
]


def _number(rnd: random.Random) -> str:
    kind = rnd.randrange(5)
    if kind == 0:
        return f"{rnd.randint(2, 98)},{rnd.randint(1, 9)} Millionen Euro"
    if kind == 1:
        return f"rund {rnd.randint(3, 95)} Prozent"
    if kind == 2:
        return f"ca. {rnd.randint(1, 40)}.{rnd.randint(100, 999)} Beschäftigte"
    if kind == 3:
        return f"{rnd.randint(1, 9)},{rnd.randint(1, 9)} Mrd. Euro"
    return f"{rnd.randint(120, 990)} Anlagen"


def _date(rnd: random.Random) -> str:
    return f"{rnd.randint(1, 28)}. {rnd.choice(MONTHS)} {rnd.randint(2019, 2026)}"


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def sentence(rnd: random.Random) -> str:
    """One sentence of news copy (German, sometimes quoting English)."""
    kind = rnd.randrange(11)
    actor, obj = rnd.choice(ACTORS), rnd.choice(OBJECTS)
    verb, particle = rnd.choice(VERBS)
    end = f" {particle}" if particle else ""
    if kind == 0:
        return f"{actor} {verb} am {_date(rnd)} {obj}{end}."
    if kind == 1:
        return f"{actor} {verb} {obj}{end}, {rnd.choice(CLAUSES)}."
    if kind == 2:
        quote = rnd.choice(GERMAN_QUOTES).removesuffix(".")
        return f"„{quote}“, sagte {rnd.choice(PEOPLE)} am {_date(rnd)}."
    if kind == 3:
        quote = rnd.choice(ENGLISH_QUOTES).removesuffix(".")
        return f"“{quote},” {rnd.choice(ENGLISH_PEOPLE)} said in an interview."
    if kind == 4:
        return f"Insgesamt geht es um {_number(rnd)}, z. B. für {obj}."
    if kind == 5:
        return f"Laut {rnd.choice(PEOPLE)} betrifft das {_number(rnd)} bzw. mehr als im Vorjahr."
    if kind == 6:
        return f"Ob {_lower_first(actor)} damit durchkommt, ist offen."
    if kind == 7:
        return (
            f"Seit dem {_date(rnd)} liegen {_number(rnd)} auf Eis, u. a. wegen fehlender Gutachten."
        )
    if kind == 8:
        return (
            f"Warum gerade jetzt? {actor} verweist auf Nr. {rnd.randint(2, 40)} der Vereinbarung."
        )
    if kind == 9:
        return f"{rnd.choice(ENGLISH_QUOTES)} That is how {rnd.choice(ENGLISH_PEOPLE)} put it."
    return f"{actor} {verb} {obj} ({_number(rnd)}){end}, {rnd.choice(CLAUSES)}."


def paragraph(rnd: random.Random) -> str:
    return " ".join(sentence(rnd) for _ in range(rnd.randint(3, 8)))


def article_text(words: int, pages: int, seed: int, title: str) -> str:
    """A scraped article of at least `words` words, across `pages` source pages (1: no markers)."""
    rnd = random.Random(seed)
    topic = rnd.choice(TOPICS)
    lede = paragraph(rnd)
    head = [f"{topic} {title}", title, lede]
    count = sum(len(p.split()) for p in head)
    body: list[str] = []
    since_heading = 0
    while count < words:
        if since_heading >= rnd.randint(5, 11):
            body.append(rnd.choice(HEADINGS))
            since_heading = 0
        else:
            body.append(paragraph(rnd))
            since_heading += 1
        count += len(body[-1].split())
    per_page = -(-len(body) // pages)
    out = list(head)
    for page in range(pages):
        out.extend(body[page * per_page : (page + 1) * per_page])
        if pages > 1:
            nav = "Nächste Seite" if page + 1 < pages else "« Zurück"
            out.append(f"Seite {page + 1} / {pages}\n{nav}")
    return "\n\n".join(out) + "\n"


def size_text(target_bytes: int, seed: int, title: str) -> str:
    """An article of at least `target_bytes` bytes of UTF-8, one source page."""
    words = target_bytes // 7  # about 7 bytes a word in this copy; topped up below
    text = article_text(words, 1, seed, title)
    extra = seed + 1
    while len(text.encode()) < target_bytes:
        text = text.rstrip("\n") + "\n\n" + article_text(words // 20, 1, extra, title) + "\n"
        extra += 1
    return text


# --- the input files -------------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    long_words: int  # the long article (3 source pages)
    big_bytes: int  # the big article (1 source page)
    ann_long: int  # annotations of the long article (keypress, export, reanchor)
    save_sizes: tuple[int, ...]  # annotations in the save-benchmark databases
    save_articles: int


FULL = Sizes(50_000, 5 * 1024 * 1024, 10_000, (100, 10_000, 50_000), 200)
SMOKE = Sizes(2_000, 50_000, 200, (10, 100, 300), 20)


@dataclass(frozen=True)
class Files:
    seed: Path  # the seed sample (startup)
    long: Path  # 50,000 words, 3 source pages
    long_shifted: Path  # the same with a paragraph inserted near the start (written per run)
    long_edited: Path  # ... and a few annotated passages reworded (written per run)
    big: Path  # 5 MB, one source page


def article_files(sizes: Sizes, folder: Path) -> Files:
    """Write (or reuse) the generated articles."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / "manifest.json"
    manifest = {"generator": GENERATOR, "sizes": [sizes.long_words, sizes.big_bytes]}
    files = Files(
        seed=HERE.parent / "sample_articles" / "musk-zuckerberg-openai.txt",
        long=folder / "long-3-pages.txt",
        long_shifted=folder / "long-3-pages-shifted.txt",
        long_edited=folder / "long-3-pages-edited.txt",
        big=folder / "big-one-page.txt",
    )
    fresh = stamp.exists() and json.loads(stamp.read_text()) == manifest
    if not (fresh and files.long.exists() and files.big.exists()):
        long_title = "Netzausbau: Wer zahlt für die Energiewende vor Ort?"
        files.long.write_text(article_text(sizes.long_words, 3, 50, long_title), encoding="utf-8")
        big_title = "Der große Report: Deutschlands Infrastruktur im Stresstest"
        files.big.write_text(size_text(sizes.big_bytes, 5, big_title), encoding="utf-8")
        stamp.write_text(json.dumps(manifest))
    return files


# --- annotations -----------------------------------------------------------------------------


def annotations_of(article, count: int, seed: int) -> list[Annotation]:
    """`count` annotations of `article` (its current version): word-aligned spans of 2-40 words
    inside one block, all three tags, some with notes."""
    rnd = random.Random(seed)
    text = article.text
    blocks = [i for i, b in enumerate(article.blocks) if b.kind in ("paragraph", "lede")]
    weights = [len(article.blocks[i].text) for i in blocks]
    words_of: dict[int, list[tuple[int, int]]] = {}
    out = []
    for n in range(count):
        bi = rnd.choices(blocks, weights)[0]
        words = words_of.get(bi)
        if words is None:
            b = article.blocks[bi]
            words = words_of[bi] = article.words(b.start, b.end)
        first = rnd.randrange(len(words))
        last = min(len(words) - 1, first + rnd.randint(1, 39))
        start, end = words[first][0], words[last][1]
        out.append(
            make_annotation(
                text,
                article=article.key,
                version=article.id,
                tag=TAGS[n % 3],
                start=start,
                end=end,
                page=article.page_at(start),
                note="Quelle prüfen" if n % 7 == 0 else "",
            )
        )
    return out


def synthetic_annotations(count: int, articles: int, seed: int) -> list[Annotation]:
    """`count` annotations spread over `articles` made-up articles (for the save benchmark)."""
    rnd = random.Random(seed)
    text = article_text(3000, 1, seed, "Synthetisch")
    keys = [f"src:{hashlib.sha256(f'a{i}'.encode()).hexdigest()[:20]}" for i in range(articles)]
    stamp = now_iso()
    out = []
    for n in range(count):
        a = n % articles
        start = rnd.randrange(40, len(text) - 300)
        end = start + rnd.randint(20, 240)
        out.append(
            Annotation(
                uuid=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                article=keys[a],
                version=hashlib.sha256(keys[a].encode()).hexdigest(),
                tag=TAGS[n % 3],
                start=start,
                end=end,
                exact=text[start:end],
                prefix=text[start - 32 : start],
                suffix=text[end : end + 32],
                page=1 + n % 3,
                note="Quelle prüfen" if n % 7 == 0 else "",
                created=stamp,
                modified=stamp,
            )
        )
    return out


def build_db(path: Path, annotations: list[Annotation], chunk: int = 5000) -> None:
    """A database holding `annotations`, written through the store and compacted into one snapshot."""
    from reader.core.store import Store

    with Store(path) as store:
        for i in range(0, len(annotations), chunk):
            store.put_many(annotations[i : i + chunk])
        store.compact()


# --- the edit for the re-anchoring benchmark -------------------------------------------------

INSERTED = (
    "Nachtrag der Redaktion: In einer früheren Fassung dieses Artikels hieß es, die Entscheidung"
    " sei bereits gefallen. Das ist nicht der Fall; wir haben die Stelle korrigiert."
)


def edited_copy(source: Path, target: Path, annotations: list[Annotation], rewordings: int) -> int:
    """Write `source` with a paragraph inserted after the lede (every later offset shifts) and
    `rewordings` annotated passages reworded (one word replaced). Returns how many were reworded."""
    raw = source.read_text(encoding="utf-8")
    parts = raw.split("\n\n")
    parts.insert(3, INSERTED)  # kicker+title, title, lede, then the insertion
    raw = "\n\n".join(parts)
    done = 0
    step = max(1, len(annotations) // max(1, rewordings))
    spread = annotations[step // 2 :: step] + annotations  # evenly spread first, then any
    for a in spread if rewordings else ():
        words = a.exact.split(" ")
        if len(words) < 6 or raw.count(a.exact) != 1:
            continue
        mid = len(words) // 2
        words[mid] = "ausdrücklich" if words[mid] != "ausdrücklich" else "nachweislich"
        raw = raw.replace(a.exact, " ".join(words), 1)
        done += 1
        if done == rewordings:
            break
    target.write_text(raw, encoding="utf-8")
    return done
