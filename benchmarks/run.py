"""The benchmark of issue 16: build a synthetic agency at real scale and measure what it costs.

``python benchmarks/run.py`` (12,000 records, five fiscal years) or ``--small`` (480 records, two
years, under a minute). Per run, on a fresh copy of the agency (a git repository, as a real one):

1. a cold ``oitgen build`` (no ``build/``, no ``site/``, no cache);
2. the same build again with nothing changed: its time and how many files of ``build/`` and
   ``site/`` it rewrote (created, removed, or replaced: another inode or modification time);
3. one cell of one month's สขร.1 file edited, then built again.

Each build runs in its own process (``--one-build``), which reports the time spent inside MkDocs'
``build()`` — b, measured by wrapping ``mkdocs.commands.build.build`` before oitgen is imported —
and its time from ``main()`` to the end; a, oitgen's own work (load, check, render, write,
post-processing and the swap), is that time minus b. Interpreter start and imports (the same at
every scale) are reported apart as ``startup`` and counted only in the total wall time. Peak RSS is
the larger of the build process's own maximum and its children's (git): Linux counts in a child's
maximum the parent's pages it shared between ``fork`` and ``exec``, so a sum would count the build
process twice; git itself stays small.
Three runs; every figure printed is the median. The last line is for machines.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

STAGES = (  # (module, function, label): what the build process times besides MkDocs, where it exists
    ("generator.pipeline", "check", "load+check"),
    ("generator.pipeline", "_generate", "render+write"),
    ("generator.pipeline", "build_site", "mkdocs+post"),
)


def _wrap(owner: Any, name: str, timings: dict[str, float], label: str) -> None:
    original = getattr(owner, name, None)
    if original is None:
        return

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timings[label] = timings.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, name, timed)


def one_build(root: Path) -> dict[str, Any]:
    """Run ``oitgen build`` in this process, MkDocs' ``build()`` and the pipeline's stages timed."""
    import importlib

    timings: dict[str, float] = {}
    import mkdocs.commands.build as engine

    _wrap(engine, "build", timings, "mkdocs")  # before oitgen imports it by name
    from generator.cli import main

    for module, name, label in STAGES:
        _wrap(importlib.import_module(module), name, timings, label)
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        saved, sys.stdout = sys.stdout, quiet
        try:
            code = main(["--root", str(root), "build"])
        finally:
            sys.stdout = saved
    timings["in_process"] = time.perf_counter() - start
    timings["mkdocs"] = timings.get("mkdocs", 0.0)
    return {
        "code": code,
        "timings": timings,
        "rss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def build(root: Path) -> dict[str, Any]:
    """One build in a fresh process; its wall time as the user sees it."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--one-build", str(root)], capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"build failed in {root}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        sys.exit(f"oitgen build exited {result['code']} in {root}: {done.stderr[-3000:]}")
    result["wall"] = wall
    result["own"] = result["timings"]["in_process"] - result["timings"]["mkdocs"]
    result["startup"] = wall - result["timings"]["in_process"]
    result["peak_rss_mb"] = max(result["rss_self_kb"], result["rss_children_kb"]) / 1024
    return result


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file of ``build/`` and ``site/`` → (inode, modification time)."""
    found = {}
    for folder in ("build", "site"):
        for path in (root / folder).rglob("*"):
            if path.is_file():
                stat = path.stat()
                found[path.relative_to(root).as_posix()] = (stat.st_ino, stat.st_mtime_ns)
    return found


def rewritten(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], folder: str) -> int:
    names = {name for name in before.keys() | after.keys() if name.startswith(folder + "/")}
    return sum(1 for name in names if before.get(name) != after.get(name))


def edit_one_month(root: Path) -> Path:
    """Change one cell (the first record's title) of a month in the middle of the agency's years."""
    years = sorted(int(p.name) for p in (root / "content" / "procurement").iterdir() if p.is_dir())
    path = root / "content" / "procurement" / str(years[len(years) // 2]) / "05.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    cells = lines[1].split(",", 2)
    lines[1] = ",".join([cells[0], cells[1] + " (แก้ไข)", cells[2]])
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def site_sizes(root: Path) -> dict[str, float]:
    site = root / "site"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    index = site / "search" / "search_index.json"
    return {
        "output_mb": sum(p.stat().st_size for p in files) / 1e6,
        "files": len(files),
        "pages": len(pages),
        "largest_page_kb": largest.stat().st_size / 1024,
        "largest_page": largest.relative_to(site).as_posix(),
        "search_index_kb": index.stat().st_size / 1024 if index.exists() else 0.0,
    }


def git_commit(root: Path) -> None:
    """Make the agency a git repository with one commit, as a real agency's data is kept."""
    if shutil.which("git") is None:
        return
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@example.org",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@example.org",
        "GIT_AUTHOR_DATE": "2025-10-01T00:00:00+07:00",
        "GIT_COMMITTER_DATE": "2025-10-01T00:00:00+07:00",
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "agency data"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, env=env)


def one_run(template: Path, work: Path) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work, symlinks=True)
    cold = build(work)
    sizes = site_sizes(work)
    before = snapshot(work)
    unchanged = build(work)
    after = snapshot(work)
    edit_one_month(work)
    edit = build(work)
    return {
        "cold": cold,
        "sizes": sizes,
        "unchanged": unchanged,
        "edit": edit,
        "rewrites_build": rewritten(before, after, "build"),
        "rewrites_site": rewritten(before, after, "site"),
    }


def median(runs: list[dict[str, Any]], *keys: str) -> float:
    def get(run: dict[str, Any]) -> float:
        value: Any = run
        for key in keys:
            value = value[key]
        return float(value)

    return statistics.median(get(run) for run in runs)


def report(runs: list[dict[str, Any]], records: int) -> str:
    m = lambda *keys: median(runs, *keys)  # noqa: E731
    own, engine = m("cold", "own"), m("cold", "timings", "mkdocs")
    stages = sorted(runs[0]["cold"]["timings"])
    peak = statistics.median(max(r[k]["peak_rss_mb"] for k in ("cold", "unchanged", "edit")) for r in runs)
    cold_s, unchanged_s, edit_s = m("cold", "wall"), m("unchanged", "wall"), m("edit", "wall")
    rewrites = m("rewrites_build") + m("rewrites_site")
    page_kb, index_kb = m("sizes", "largest_page_kb"), m("sizes", "search_index_kb")
    lines = [
        f"agency: {records} records; {len(runs)} run(s), medians",
        f"cold build: total {cold_s:.2f} s = startup {m('cold', 'startup'):.2f} s"
        f" + oitgen's own work (a) {own:.2f} s + MkDocs (b) {engine:.2f} s; a/b = {own / engine:.3f}",
        "  stages: " + ", ".join(f"{s} {m('cold', 'timings', s):.2f} s" for s in stages),
        f"unchanged rebuild: {unchanged_s:.2f} s (MkDocs {m('unchanged', 'timings', 'mkdocs'):.2f} s);"
        f" files rewritten: build/ {m('rewrites_build'):.0f}, site/ {m('rewrites_site'):.0f}",
        f"one month edited: {edit_s:.2f} s (MkDocs {m('edit', 'timings', 'mkdocs'):.2f} s)",
        f"peak RSS (build process or its children, any of the three builds): {peak:.0f} MB",
        f"output: {m('sizes', 'output_mb'):.1f} MB in {m('sizes', 'files'):.0f} files,"
        f" {m('sizes', 'pages'):.0f} pages; largest page {page_kb:.0f} KB"
        f" ({runs[0]['sizes']['largest_page']}); search index {index_kb:.0f} KB",
        f"ratio={own / engine if engine else float('inf'):.3f} total_s={cold_s:.2f}"
        f" unchanged_rewrites={rewrites:.0f} unchanged_s={unchanged_s:.2f} edit_s={edit_s:.2f}"
        f" peak_rss_mb={peak:.0f} largest_page_kb={page_kb:.0f} search_index_kb={index_kb:.0f}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a small agency (480 records), under a minute")
    parser.add_argument("--records", type=int, default=None, help="records of the agency (default 12,000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one-build", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_build is not None:
        print(json.dumps(one_build(args.one_build)))
        return
    from make_agency import SMALL, Scale, make_agency

    scale = SMALL if args.small else Scale(records=args.records or Scale.records)
    with tempfile.TemporaryDirectory(prefix="oitgen-bench-") as tmp:
        template = make_agency(Path(tmp) / "agency", scale)
        git_commit(template)
        runs = []
        for n in range(args.runs):
            runs.append(one_run(template, Path(tmp) / "run"))
            last = runs[-1]
            walls = ", ".join(f"{key} {last[key]['wall']:.2f} s" for key in ("cold", "unchanged", "edit"))
            print(f"run {n + 1}: {walls}", file=sys.stderr)
    print(report(runs, scale.records))


if __name__ == "__main__":
    main()
