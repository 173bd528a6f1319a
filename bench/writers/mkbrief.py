#!/usr/bin/env python3
"""Fill brief_template.md for each blind writer of a wave.

Reconstruction of 2026-12-06 (the original script was lost with the old machine); see RECONSTRUCTION.md.

    python3 /work/prompts/mkbrief.py SPEC.json [--template PATH] [--outdir DIR] [--force] [--dry-run]

SPEC.json is an object:

    {
      "date":  "2026-12-06",                       # batch date: BATCH-<date><name>.md, stamps <date>T12:00:00.000Z
      "base":  "<40 hex digits>",                  # commit of main the worktrees are made from
      "count": 166,                                # writers before this wave: an int (spelt out) or a phrase
      "writers": [
        {"name": "lj-en", "prefix": "QE",
         "beats": ["...", "...", "...", "...", "..."],          # exactly five
         "models": ["tests/labelled/dev/BATCH-2026-12-05lh-en.md", ...],   # two or four, same language
         "extra_others": ["lc-de"]                # optional: writers of an earlier wave still at work
        },
        ...
      ]
    }

A bare list of writer objects is accepted too, with --date, --base and --count given on the command line. Each
writer's {OTHERS} are the other writers of the spec plus its "extra_others" (or "others", which replaces the
computed list; an empty list gives `none`). One brief is written per writer, /work/prompts/brief-<name>.md unless
--outdir says otherwise. Nothing is written unless every brief fills without a placeholder left over.
"""

import argparse
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "/work/main"
LANGUAGES = {"en": "English", "de": "German"}
PLACEHOLDERS = (
    "NAME",
    "LANG",
    "LANGUAGE",
    "BASE",
    "BASE_SHORT",
    "DATE",
    "PREFIX",
    "BEATS",
    "MODELS",
    "COUNT",
    "OTHERS",
)

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n):
    """British English words for 0 <= n < 1,000,000: 166 -> 'one hundred and sixty-six'."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"count out of range: {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")
    rest = n % 1000
    head = spell(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + spell(rest)


def fail(msg):
    sys.exit(f"mkbrief: {msg}")


def claim_once(value, pattern, seen, bad, twice):
    """`value` if it has the form `pattern` and no other writer has it yet (then it is taken)."""
    if not re.fullmatch(pattern, value):
        fail(bad)
    if value in seen:
        fail(twice)
    seen.add(value)
    return value


def check_writer(w, seen_names, seen_prefixes):
    for key in ("name", "prefix", "beats", "models"):
        if key not in w:
            fail(f"writer {w.get('name', '?')}: missing {key!r}")
    name = claim_once(
        w["name"],
        r"[a-z]{2}-(en|de)",
        seen_names,
        f"bad writer name {w['name']!r} (two letters, a hyphen, en or de)",
        f"writer {w['name']} given twice",
    )
    lang = name[-2:]
    claim_once(
        w["prefix"],
        r"[A-Z]{2}",
        seen_prefixes,
        f"{name}: bad prefix {w['prefix']!r} (two capital letters)",
        f"{name}: prefix {w['prefix']} given to two writers",
    )
    beats = w["beats"]
    if not (
        isinstance(beats, list)
        and len(beats) == 5
        and all(isinstance(b, str) and b.strip() for b in beats)
    ):
        fail(f"{name}: 'beats' must be a list of exactly five non-empty strings")
    if len({b.strip().lower() for b in beats}) != 5:
        fail(f"{name}: two beats are the same")
    models = w["models"]
    if not (isinstance(models, list) and len(models) in (2, 4)):
        fail(f"{name}: 'models' must list two or four notes files")
    for m in models:
        if not re.fullmatch(
            r"tests/labelled/dev/BATCH-[0-9]{4}-[0-9]{2}-[0-9]{2}[a-z0-9]*-" + lang + r"\.md", m
        ):
            fail(
                f"{name}: model {m!r} is not a {LANGUAGES[lang]} notes file under tests/labelled/dev/"
            )
        if os.path.isdir(REPO) and not os.path.isfile(os.path.join(REPO, m)):
            print(f"mkbrief: warning: {name}: model {m} not found in {REPO}", file=sys.stderr)
    return name, lang


def bullets(items, indent=""):
    return "\n".join(f"{indent}- {item.strip()}" for item in items)


def fill(template, values):
    def sub(m):
        key = m.group(1)
        return values[key] if key in values else m.group(0)

    # longest names first is not needed: {BASE} and {BASE_SHORT} are distinct tokens
    text = re.sub(r"\{([A-Z_]+)\}", sub, template)
    left = sorted(set(re.findall(r"\{[^{}\n]*\}", text)))
    return text, left


def main():
    ap = argparse.ArgumentParser(description="Fill brief_template.md for each writer of a wave.")
    ap.add_argument("spec")
    ap.add_argument("--template", default=os.path.join(HERE, "brief_template.md"))
    ap.add_argument("--outdir", default="/work/prompts")
    ap.add_argument("--date")
    ap.add_argument("--base")
    ap.add_argument("--count")
    ap.add_argument("--force", action="store_true", help="overwrite existing briefs")
    ap.add_argument("--dry-run", action="store_true", help="fill and check, write nothing")
    args = ap.parse_args()

    with open(args.spec, encoding="utf-8") as f:
        spec = json.load(f)
    if isinstance(spec, list):
        spec = {"writers": spec}
    for key in ("date", "base", "count"):
        if getattr(args, key) is not None:
            spec[key] = getattr(args, key)
        if key not in spec:
            fail(f"missing {key!r} (in the spec or as --{key})")
    writers = spec.get("writers")
    if not isinstance(writers, list) or not writers:
        fail("no writers")

    try:
        datetime.date.fromisoformat(spec["date"])
    except (TypeError, ValueError):
        fail(f"bad date {spec['date']!r} (YYYY-MM-DD)")
    base = str(spec["base"]).lower()
    if not re.fullmatch(r"[0-9a-f]{40}", base):
        fail(f"bad base {spec['base']!r} (the full 40-hex commit)")
    count = spec["count"]
    if isinstance(count, str) and count.strip().isdigit():
        count = int(count.strip())
    count_words = spell(count) if isinstance(count, int) else str(count).strip()
    if not count_words:
        fail("empty count")

    with open(args.template, encoding="utf-8") as f:
        template = f.read()
    # the template's leading HTML comment (its provenance) is for the maintainer, not for the writer: rule 1 forbids
    # the writer to open anything else in /work/prompts, so the brief must not point there
    body = re.sub(r"\A\s*<!--.*?-->\s*\n", "", template, count=1, flags=re.S)
    unknown = sorted(set(re.findall(r"\{([A-Z_]+)\}", body)) - set(PLACEHOLDERS))
    if unknown:
        fail(f"template has unknown placeholders: {', '.join(unknown)}")

    seen_names, seen_prefixes = set(), set()
    checked = [check_writer(w, seen_names, seen_prefixes) for w in writers]
    wave = [name for name, _ in checked]

    out = []
    for w, (name, lang) in zip(writers, checked, strict=True):
        if "others" in w:
            others = list(w["others"])
        else:
            others = [n for n in wave if n != name] + list(w.get("extra_others", []))
        for o in others:
            if not re.fullmatch(r"[a-z]{2}-(en|de)", o) or o == name:
                fail(f"{name}: bad other writer {o!r}")
        others_text = ", ".join(f"`/work/wt-{o}`" for o in others) if others else "`none`"
        values = {
            "NAME": name,
            "LANG": lang,
            "LANGUAGE": LANGUAGES[lang],
            "BASE": base,
            "BASE_SHORT": base[:8],
            "DATE": spec["date"],
            "PREFIX": w["prefix"],
            "BEATS": bullets(w["beats"]),
            "MODELS": bullets([f"`{m}`" for m in w["models"]], indent="  "),
            "COUNT": str(w.get("count", count_words)),
            "OTHERS": others_text,
        }
        text, left = fill(body, values)
        if left:
            fail(f"{name}: placeholders left after filling: {', '.join(left)}")
        # the first command must name this writer's own brief
        if f"`cat /work/prompts/brief-{name}.md`" not in text:
            fail(f"{name}: the filled brief does not name its own path in rule 0")
        path = os.path.join(args.outdir, f"brief-{name}.md")
        if os.path.exists(path) and not args.force and not args.dry_run:
            fail(f"{path} exists (use --force to overwrite)")
        out.append((path, text))

    os.makedirs(args.outdir, exist_ok=True)
    for path, text in out:
        if args.dry_run:
            print(f"would write {path} ({text.count(chr(10))} lines)")
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {path} ({text.count(chr(10))} lines)")


if __name__ == "__main__":
    main()
