"""`python -m bench [--smoke]`: run every measurement, print the table, write the results.

Full mode writes bench/results.json (the shape issue 5 asks for) and puts the table into
bench/README.md; `--smoke` runs the same code on tiny inputs once and writes only
bench/results-smoke.json (it asserts nothing about time: CI runs it so the benchmark never rots).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")  # as in the Makefile: no smooth scrolling

from bench import (  # noqa: E402
    inputs,
    measure_core,
    measure_html,
    measure_keys,
    measure_library,
    measure_process,
    measure_suggest,
    sync_bench,
)
from bench.stats import machine, percentile, summary  # noqa: E402

HERE = Path(__file__).resolve().parent
KEY_NAMES = {"next_sentence": "j", "next_pane": "space", "tag": "1", "undo": "u"}


class Plan:
    def __init__(self, smoke: bool) -> None:
        self.smoke = smoke
        self.sizes = inputs.SMOKE if smoke else inputs.FULL
        self.folder = inputs.INPUTS / ("smoke" if smoke else "full")
        self.startup_reps = 1 if smoke else 7
        self.open_reps = 1 if smoke else 5
        self.big_reps = 1 if smoke else 4
        self.key_rounds = 1 if smoke else 40
        self.save_reps = 1 if smoke else 40
        self.core_reps = 1 if smoke else 5
        self.rewordings = 3 if smoke else 12
        self.library = (50, 2_000) if smoke else (5_000, 200_000)  # articles, annotations
        self.library_reps = 1 if smoke else 5
        self.filter_rounds = 1 if smoke else 10
        self.sync_per_db = 200 if smoke else 10_000  # three databases of this many annotations


def log(message: str) -> None:
    print(f"  … {message}", file=sys.stderr, flush=True)


def run(plan: Plan) -> tuple[dict, list[list[str]], dict]:
    """All measurements; returns (results.json content, table rows, details)."""
    from reader.core.parsing import parse_files

    sizes = plan.sizes
    files = inputs.article_files(sizes, plan.folder)
    details: dict = {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp_name:
        tmp = Path(tmp_name)

        log("inputs: parsing the long article, generating its annotations and databases")
        long_article = parse_files([str(files.long)])
        long_anns = inputs.annotations_of(long_article, sizes.ann_long, seed=1)
        long_db = tmp / "long.json"
        inputs.build_db(long_db, long_anns)
        synthetic = inputs.synthetic_annotations(max(sizes.save_sizes), sizes.save_articles, 2)
        save_dbs = {}
        for n in sizes.save_sizes:
            save_dbs[n] = tmp / f"save-{n}.json"
            inputs.build_db(save_dbs[n], synthetic[:n])
        template = synthetic[0]
        del synthetic  # in-process measurements should not pay for it in garbage collections
        gc.collect()

        log("startup: reader vs bare Textual app, separate processes, interleaved")
        warm = not plan.smoke
        startup = measure_process.startup(files.seed, tmp, plan.startup_reps, warm=warm)

        log("keypress: Pilot on the long article with its annotations, and on a trivial app")
        env = measure_process.child_env(tmp)
        rounds = str(plan.key_rounds)
        trivial = measure_keys.in_child(["trivial", rounds], env, HERE.parent)["samples"]
        repaint = measure_keys.in_child(["repaint", str(files.long), rounds], env, HERE.parent)[
            "samples"
        ]
        details["repaint_baseline"] = repaint
        key_db = tmp / "keys.json"
        measure_process.copy_db(long_db, key_db)
        got = measure_keys.in_child(
            ["reader", str(files.long), str(key_db), rounds], env, HERE.parent
        )
        keys, key_info = got["samples"], got["info"]
        details["keypress_check"] = key_info

        log("open: the long article and the big one, separate processes")
        opened = measure_process.open_long(
            files.seed, files.long, long_db, files.big, tmp, plan.open_reps, plan.big_reps, warm
        )

        log("save: Store.put on databases of different sizes")
        saves = {n: measure_core.save(save_dbs[n], template, plan.save_reps) for n in save_dbs}

        log("export and re-anchoring")
        exports = measure_core.export(long_article, long_anns, plan.core_reps)
        inputs.edited_copy(files.long, files.long_shifted, long_anns, 0)
        reworded = inputs.edited_copy(files.long, files.long_edited, long_anns, plan.rewordings)
        shifted = parse_files([str(files.long_shifted)])
        edited = parse_files([str(files.long_edited)])
        reanchor, reanchor_info = measure_core.reanchoring(
            long_anns, shifted, edited, plan.core_reps
        )
        reanchor_info["reworded_passages"] = reworded
        details["reanchor_check"] = reanchor_info

        log("suggestions: the seed's first (fresh process), the long article's pass")
        details["suggest"] = measure_suggest.suggest_ms(files.seed, files.long, plan.core_reps)

        log("web page: a saved 1 MB page to its article")
        details["html"] = measure_html.open_html_ms(plan.folder, plan.core_reps)

        articles, annotations = plan.library
        log(f"library: {articles} articles, {annotations} annotations (building the database)")
        lib_db, real = measure_library.build(tmp / "library", articles, annotations)
        reps = plan.library_reps
        log("library: first paint vs bare app, filter keys, list/export --all, opening one")
        details["library"] = {
            "paint": measure_library.first_paint(lib_db, files.seed, tmp, reps),
            "filter": measure_library.filter_keys(lib_db, plan.filter_rounds, env),
            "list_all": measure_library.list_all(lib_db, max(1, reps // 2), env),
            "export_all": measure_library.export_all(lib_db, tmp, max(1, reps // 2), env),
            "open": measure_library.open_one(lib_db, real, tmp / "library" / "seed.txt", reps),
            "size": {"articles": articles, "annotations": annotations},
        }

        log(f"team sync: 3 databases of {plan.sync_per_db} annotations through pouchdb-server")
        details["sync"] = sync_bench.measure(tmp / "sync", plan.sync_per_db, log=log)

    return assemble(plan, files, startup, trivial, keys, opened, saves, exports, reanchor, details)


def _med(xs: list[float]) -> float:
    return summary(xs)["median"]


def _ms_of(runs: list[dict]) -> list[float]:
    return [r["ms"] for r in runs]


def assemble(plan, files, startup, trivial, keys, opened, saves, exports, reanchor, details):
    sizes = plan.sizes
    rows: list[list[str]] = []
    smoke = plan.smoke

    def row(name, samples, base, target="", met=None, unit="ms", ratio=None, p95=None):
        med = _med(samples) if isinstance(samples, list) else samples
        p = (
            p95
            if p95 is not None
            else (percentile(samples, 0.95) if isinstance(samples, list) else None)
        )
        if ratio is None and base not in (None, 0) and not math.isnan(base):
            ratio = med / base
        verdict = "" if met is None else ("n/a" if smoke else ("yes" if met else "NO"))
        rows.append(
            [
                name,
                _fmt(med, unit),
                _fmt(p, unit) if p is not None else "",
                _fmt(base, unit) if base is not None else "",
                f"{ratio:.2f}" if ratio is not None else "",
                target,
                verdict,
            ]
        )

    # startup
    reader_ms, bare_ms = _ms_of(startup["reader"]), _ms_of(startup["bare"])
    lang_ms = _ms_of(startup["reader_lang"])
    startup_ratio = _med(reader_ms) / _med(bare_ms)
    row(
        "startup: seed, cold process to 1st pane",
        reader_ms,
        _med(bare_ms),
        "ratio <= 1.3",
        startup_ratio <= 1.3,
    )
    row("  same, with --lang de (no detection)", lang_ms, _med(bare_ms))
    details["startup_phases_ms"] = {
        side: {k: round(_med([r["phases"][k] for r in runs]), 1) for k in runs[0]["phases"]}
        for side, runs in startup.items()
    }

    # keypress: against a bare app that repaints the same pane text on each key (the real limit)
    keypress, keypress_ratio = {}, {}
    repaint = details.pop("repaint_baseline")
    for name, key in KEY_NAMES.items():
        frame = keys[name]["frame"]
        p50, p95 = percentile(frame, 0.5), percentile(frame, 0.95)
        base_p95 = percentile(repaint[name]["frame"], 0.95)
        ratio = p95 / base_p95 if base_p95 else float("nan")
        keypress[name] = {"p50": round(p50, 2), "p95": round(p95, 2)}
        keypress_ratio[name] = round(ratio, 2)
        row(
            f"key {key!r} {name}: key -> frame (p95 ratio)",
            frame,
            base_p95,
            "p95<16, ratio<=1",
            p95 < 16 and ratio <= 1.0,
            ratio=ratio,
        )
    row("  bare app repainting the pane: p95 (baseline)", repaint["next_sentence"]["frame"], None)
    row("  trivial app (one short Static)", trivial["next_sentence"]["frame"], None)
    for name, key in KEY_NAMES.items():
        row(
            f"  {key!r} Pilot round trip (vs trivial app)",
            keys[name]["pilot"],
            _med(trivial[name]["pilot"]),
        )
    details["keypress_split_ms"] = {
        name: {
            part: {
                "p50": round(percentile(keys[name][part], 0.5), 2),
                "p95": round(percentile(keys[name][part], 0.95), 2),
            }
            for part in ("frame", "action", "render", "gc", "pilot")
        }
        for name in KEY_NAMES
    }
    details["trivial_split_ms"] = {
        name: {
            part: {
                "p50": round(percentile(trivial[name][part], 0.5), 2),
                "p95": round(percentile(trivial[name][part], 0.95), 2),
            }
            for part in ("frame", "action", "render", "gc", "pilot")
        }
        for name in KEY_NAMES
    }

    # open
    seed_ms = _med(_ms_of(opened["seed"]))  # the seed's start, interleaved with these
    long_ms, big_ms = _ms_of(opened["long"]), _ms_of(opened["big"])
    words = f"{sizes.long_words // 1000}k words"
    big_mb = files.big.stat().st_size / 1e6
    row(f"open {words} + {sizes.ann_long} ann. to 1st pane", long_ms, seed_ms)
    row("  same, fresh database", _ms_of(opened["long_fresh_db"]), seed_ms)
    row(
        f"open {big_mb:.1f} MB (1 page) to 1st pane",
        big_ms,
        seed_ms,
        "< 1000 ms",
        _med(big_ms) < 1000,
    )
    row("  same, --lang de (no detection)", _ms_of(opened["big_lang"]), seed_ms)
    details["open_phases_ms"] = {
        which: {k: round(_med([r["phases"][k] for r in runs]), 1) for k in runs[0]["phases"]}
        for which, runs in opened.items()
    }

    # save
    smallest = min(saves)
    base = _med(saves[smallest])
    save_ms = {}
    for n, samples in saves.items():
        s = summary(samples)
        save_ms[str(n)] = {"median": round(s["median"], 3), "p95": round(s["p95"], 3)}
        if n == max(saves):
            ok = s["median"] < 10 and s["median"] <= 2 * base
            row(f"save: Store.put with {n} stored", samples, base, "< 10 ms, <= 2x", ok)
        else:
            row(f"save: Store.put with {n} stored", samples, base)

    # export
    export_s = {}
    for name in ("json", "w3c"):
        export_s[name] = round(_med(exports[name]), 4)
        base = _med(exports[f"{name}_dumps_only"])
        row(
            f"export {name.upper()}, {sizes.ann_long} ann.",
            exports[name],
            base,
            "< 1 s",
            _med(exports[name]) < 1,
            unit="s",
        )

    # reanchor
    reanchor_s = _med(reanchor["edited"])
    row(
        f"re-anchor {sizes.ann_long} ann. after edit",
        reanchor["edited"],
        _med(reanchor["shift_only"]),
        "< 1 s",
        reanchor_s < 1,
        unit="s",
    )

    # suggestions (computed in a worker after the first pane)
    suggest = details.pop("suggest")
    row(
        "suggestions: seed, fresh process",
        suggest["seed"],
        None,
        "< 300 ms",
        _med(suggest["seed"]) < 300,
    )
    row(
        f"suggestions: {sizes.long_words}-word article",
        suggest["long"],
        None,
        "< 3000 ms",
        _med(suggest["long"]) < 3000,
    )

    # a saved web page
    html = details.pop("html")
    row(
        "open a 1 MB saved web page",
        html["samples"],
        None,
        "< 1000 ms",
        _med(html["samples"]) < 1000,
    )
    details["html_page"] = {k: v for k, v in html.items() if k != "samples"}

    # the library
    lib = details.pop("library")
    n_art, n_ann = lib["size"]["articles"], lib["size"]["annotations"]
    lib_ms, lib_bare = _ms_of(lib["paint"]["library"]), _ms_of(lib["paint"]["bare"])
    lib_ratio = _med(lib_ms) / _med(lib_bare)
    row(
        f"library ({n_art} art., {n_ann} ann.): 1st paint",
        lib_ms,
        _med(lib_bare),
        "ratio <= 1.3",
        lib_ratio <= 1.3,
    )
    filter_p95 = percentile(lib["filter"], 0.95)
    row("  filter key press: key -> frame", lib["filter"], None, "p95 < 16 ms", filter_p95 < 16)
    row(
        "  reader list --all --json",
        lib["list_all"],
        None,
        "< 2 s",
        _med(lib["list_all"]) < 2,
        unit="s",
    )
    row(
        "  reader export --all --format w3c",
        lib["export_all"],
        None,
        "< 5 s",
        _med(lib["export_all"]) < 5,
        unit="s",
    )
    open_ratio = _med(lib["open"]["library"]) / _med(lib["open"]["file"])
    row(
        "  open one article: from the library",
        lib["open"]["library"],
        _med(lib["open"]["file"]),
        "<= its file",
        open_ratio <= 1.0,
    )
    lib_rss = [r["rss_settled_mib"] for r in lib["paint"]["library"]]
    lib_paint_rss = [r["rss_paint_mib"] for r in lib["paint"]["library"]]
    bare_lib_rss = _med([r["rss_paint_mib"] for r in lib["paint"]["bare"]])
    row(
        "  peak RSS, library screen, database loaded",
        lib_rss,
        bare_lib_rss,
        "diff < 100 MiB",
        _med(lib_rss) - bare_lib_rss < 100,
        unit="MiB",
        ratio=_med(lib_rss) / bare_lib_rss,
    )
    row(
        "  peak RSS at the library's 1st paint",
        lib_paint_rss,
        bare_lib_rss,
        unit="MiB",
        ratio=_med(lib_paint_rss) / bare_lib_rss,
    )

    # team sync (None: no pouchdb-server here)
    sync = details.pop("sync", None)
    if sync is not None:
        n = sync["per_db"]
        row(f"team sync, 3 x {n} ann.: first full (5 syncs)", [sync["first_full"]], None, unit="s")
        sound = sync["lost"] == 0 and sync["duplicated"] == 0
        lost = float(sync["lost"] + sync["duplicated"])
        row("  annotations lost or duplicated", [lost], None, "0", sound, unit="n")
        row(
            f"  incremental, {sync['incremental_changes']} changes: push",
            [sync["incremental_push"]],
            None,
            "< 1 s",
            sync["incremental_push"] < 1,
            unit="s",
        )
        row(
            "  incremental: pull (the two others)",
            sync["incremental_pull"],
            None,
            "< 1 s",
            max(sync["incremental_pull"]) < 1,
            unit="s",
        )

    # memory
    bare_rss = _med([r["rss_paint_mib"] for r in startup["bare"]])
    big_rss = [r["rss_settled_mib"] for r in opened["big"]]
    big_paint_rss = [r["rss_paint_mib"] for r in opened["big"]]
    limit = 10 * files.big.stat().st_size / 2**20
    diff = _med(big_rss) - bare_rss
    row(
        f"peak RSS, {big_mb:.1f} MB open (settled)",
        big_rss,
        bare_rss,
        f"diff < {limit:.3g} MiB",
        diff < limit,
        unit="MiB",
        ratio=_med(big_rss) / bare_rss,
    )
    row("  peak RSS at the 1st pane", big_paint_rss, bare_rss, unit="MiB")
    big_lang_rss = [r["rss_settled_mib"] for r in opened["big_lang"]]
    row("  same article, --lang de (no detection)", big_lang_rss, bare_rss, unit="MiB")
    details["peak_rss_diff_mib"] = round(diff, 1)

    results = {
        "machine": machine(),
        "startup_ratio": round(startup_ratio, 3),
        "keypress_ms": keypress,
        "keypress_ratio": keypress_ratio,
        "open_long_ms": {"50k_words": round(_med(long_ms), 1), "5mb": round(_med(big_ms), 1)},
        "save_ms": save_ms,
        "export_s": export_s,
        "reanchor_s": round(reanchor_s, 4),
        "suggest_ms": {k: round(_med(v), 1) for k, v in suggest.items()},
        "open_html_ms": round(_med(html["samples"]), 1),
        "library_first_paint_ratio": round(lib_ratio, 3),
        "library_first_paint_ms": {
            "library": round(_med(lib_ms), 1),
            "bare": round(_med(lib_bare), 1),
        },
        "library_filter_key_ms": {
            "p50": round(percentile(lib["filter"], 0.5), 2),
            "p95": round(filter_p95, 2),
        },
        "library_list_all_s": round(_med(lib["list_all"]), 3),
        "library_export_all_w3c_s": round(_med(lib["export_all"]), 3),
        "library_open_ms": {k: round(_med(v), 1) for k, v in lib["open"].items()},
        "library_peak_mib": {
            "library": round(_med(lib_rss), 1),
            "library_at_first_paint": round(_med(lib_paint_rss), 1),
            "bare": round(bare_lib_rss, 1),
        },
        "library_size": lib["size"],
        "peak_mib": {"reader_5mb": round(_med(big_rss), 1), "bare": round(bare_rss, 1)},
    }
    if sync is not None:
        results["sync_s"] = sync
    return results, rows, details


def _fmt(value: float, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "n":
        return f"{value:.0f}"
    return f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"


HEADER = ["measurement", "median", "p95", "baseline", "ratio", "target", "met"]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    lines = []
    for r in [HEADER, ["-" * w for w in widths], *rows]:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:-2], widths[1:-2], strict=True)
        ]
        cells += [r[-2].ljust(widths[-2]), r[-1].ljust(widths[-1])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def where_time_goes(details: dict) -> str:
    """The details, for reading: phases of the process runs, the split of a key press, checks."""
    out = ["Where the time goes (medians, ms):"]
    phases = ("python", "textual_import", "app_import", "build", "to_paint")
    out.append(
        "  process phases from spawn: "
        + " | ".join(phases)
        + "  (python: interpreter start; app_import: the app's own modules and CLI;"
        + " build: parse, open the database, load annotations; to_paint: mount, layout, render)"
    )
    for group in ("startup_phases_ms", "open_phases_ms"):
        for name, ph in details.get(group, {}).items():
            out.append(f"    {name:<14} " + " | ".join(f"{ph[k]:7.1f}" for k in phases))
    out.append(
        "  key press, p50/p95: frame (key->frame) = dispatch + action (handler) + render (compositor"
        " refresh); gc = garbage collection inside the press (part of the others)"
    )
    for who in ("keypress_split_ms", "trivial_split_ms"):
        label = "reader" if who.startswith("keypress") else "trivial"
        for name, parts in details.get(who, {}).items():
            cells = [
                f"{part} {v['p50']:.2f}/{v['p95']:.2f}"
                for part, v in parts.items()
                if part != "pilot"
            ]
            out.append(f"    {label:<8}{name:<14} " + ", ".join(cells))
    for check in ("keypress_check", "reanchor_check"):
        if check in details:
            out.append(f"  {check}: {json.dumps(details[check])}")
    if "peak_rss_diff_mib" in details:
        out.append(
            f"  peak RSS difference (reader with the big article - bare): {details['peak_rss_diff_mib']} MiB"
        )
    return "\n".join(out)


def code_version() -> str:
    """The commit measured, and whether the checkout had changes (other people work in it)."""
    import subprocess

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=HERE.parent, capture_output=True, text=True)
        except OSError:
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no", "--", "reader", "styles")
    return f"{commit}{' + uncommitted changes in reader/' if changed else ''}"


def update_readme(text: str) -> None:
    """Put the latest table between the markers of bench/README.md."""
    readme = HERE / "README.md"
    if not readme.exists():
        return
    content = readme.read_text(encoding="utf-8")
    begin, end = "<!-- bench:table -->", "<!-- /bench:table -->"
    if begin not in content or end not in content:
        return
    head, rest = content.split(begin, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{begin}\n{text}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny inputs, one repetition (CI)")
    args = parser.parse_args(argv)
    plan = Plan(args.smoke)
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    results, rows, details = run(plan)
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()[0]
    details["load_average_1min"] = {"before": load_before, "after": load_after}
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    details["code"] = code_version()
    title = "SMOKE RUN: tiny inputs, one repetition; the times mean nothing" if plan.smoke else ""
    text = "\n".join(
        line
        for line in (
            title,
            f"{when}, code {details['code']}, {results['machine']}",
            table(rows),
            f"(took {elapsed:.0f} s; 1-minute load average {load_before:.2f} before,"
            f" {load_after:.2f} after: other work on the machine makes every number noisier)",
        )
        if line
    )
    print(text)
    print()
    print(where_time_goes(details))
    out = HERE / ("results-smoke.json" if plan.smoke else "results.json")
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    if not plan.smoke:
        (HERE / "details.json").write_text(json.dumps(details, indent=2) + "\n", encoding="utf-8")
        update_readme(f"```\n{text}\n\n{where_time_goes(details)}\n```")
    print(f"wrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
