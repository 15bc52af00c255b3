"""Incremental builds (issue 16): an unchanged rebuild writes nothing and runs no MkDocs; one month
edited redoes only what depends on it and publishes the very site a build from scratch publishes;
a site changed by hand is rebuilt in full.

Every file is compared by inode, modification time and bytes: "not touched" means not replaced,
not rewritten, not even rewritten with the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import generator.build.mkdocs_build as mkdocs_build
from generator.build import incremental
from generator.build.site_state import SiteState, manifest, title_key
from generator.diagnostics import Diagnostic
from generator.load.agency import load_agency
from generator.load.cache import LoadCache
from generator.registry import KINDS
from tests.conftest import copy_agency, edit_file, run_cli

Snapshot = dict[str, tuple[int, int, bytes]]


def snapshot(folder: Path) -> Snapshot:
    """Every file under ``folder``: (inode, modification time in ns, bytes)."""
    return {path.relative_to(folder).as_posix(): (stat.st_ino, stat.st_mtime_ns, path.read_bytes())
            for path in sorted(folder.rglob("*")) if path.is_file() and (stat := path.stat())}


def contents(folder: Path) -> dict[str, bytes]:
    return {name: data for name, (_, _, data) in snapshot(folder).items()}


@pytest.fixture
def engine_runs(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each MkDocs run of the build, as its ``dirty`` flag."""
    runs: list[bool] = []
    real = mkdocs_build.mkdocs_build

    def counted(config: Any, **kwargs: Any) -> None:
        runs.append(bool(kwargs.get("dirty")))
        real(config, **kwargs)

    monkeypatch.setattr(mkdocs_build, "mkdocs_build", counted)
    return runs


def _build(root: Path) -> str:
    result = run_cli("--root", root, "build", "--strict")
    assert result.code == 0, result.err
    return result.err


def test_an_unchanged_rebuild_writes_nothing_and_runs_no_mkdocs(demo_copy: Path,
                                                                 engine_runs: list[bool]) -> None:
    _build(demo_copy)
    assert engine_runs == [False]
    build_before, site_before = snapshot(demo_copy / "build"), snapshot(demo_copy / "site")
    assert run_cli("--root", demo_copy, "check").code == 0  # reads the load cache, writes nothing
    assert snapshot(demo_copy / "build") == build_before

    err = _build(demo_copy)
    assert "is up to date" in err and "เว็บไซต์เป็นปัจจุบันแล้ว" in err
    assert "4 acknowledged" in err  # the last build's diagnostics are reported again, not dropped
    assert engine_runs == [False]
    assert snapshot(demo_copy / "build") == build_before  # the caches included
    assert snapshot(demo_copy / "site") == site_before

    # a site and build tree restored from a cache (a CI job's): new inodes and times, same bytes
    for folder in ("site", "build"):
        shutil.copytree(demo_copy / folder, demo_copy / "restored", copy_function=shutil.copyfile)
        shutil.rmtree(demo_copy / folder)
        (demo_copy / "restored").rename(demo_copy / folder)
    build_before, site_before = snapshot(demo_copy / "build"), snapshot(demo_copy / "site")
    assert "is up to date" in _build(demo_copy) and engine_runs == [False]
    assert snapshot(demo_copy / "site") == site_before

    # a comment is an input but changes no page: everything is generated again, nothing written
    plan = demo_copy / "content/plans/2568.yml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    err = _build(demo_copy)
    assert "0 generated file(s) written" in err and "MkDocs was not run" in err
    assert engine_runs == [False]
    assert snapshot(demo_copy / "site") == site_before
    assert {k: v for k, v in snapshot(demo_copy / "build").items() if not k.startswith(".cache/")} == \
        {k: v for k, v in build_before.items() if not k.startswith(".cache/")}


def test_one_month_edited_redoes_its_pages_and_publishes_what_a_full_build_does(
        demo_copy: Path, tmp_path: Path, engine_runs: list[bool]) -> None:
    _build(demo_copy)
    build_before, site_before = snapshot(demo_copy / "build"), snapshot(demo_copy / "site")
    edit_file(demo_copy / "content/procurement/2568/03.csv", "จัดซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์ แฟ้มเอกสาร)",
              "จัดซื้อวัสดุสำนักงาน (กระดาษและหมึกพิมพ์)")

    err = _build(demo_copy)
    assert "MkDocs rebuilt only the changed pages" in err
    assert engine_runs == [False, True]
    build_after = snapshot(demo_copy / "build")
    rewritten = {name for name, entry in build_after.items()
                 if build_before.get(name, (0, 0, b""))[:2] != entry[:2] and not name.startswith(".cache/")}
    assert "docs/budget/procurement/2568/03.md" in rewritten
    assert all(build_before[name][2] != build_after[name][2] for name in rewritten)  # each really changed
    assert len(rewritten) < len(build_after) // 10
    site_after = snapshot(demo_copy / "site")
    assert "กระดาษและหมึกพิมพ์".encode() in site_after["budget/procurement/2568/03/index.html"][2]
    assert site_after["about/contact/index.html"][2] == site_before["about/contact/index.html"][2]

    scratch = copy_agency(demo_copy, tmp_path / "scratch")
    _build(scratch)
    assert contents(demo_copy / "site") == contents(scratch / "site")

    # a page deleted and another altered by hand: the record no longer matches, all is rebuilt
    (demo_copy / "site/about/contact/index.html").unlink()
    (demo_copy / "site/index.html").write_text("defaced", encoding="utf-8")
    err = _build(demo_copy)
    assert "MkDocs rebuilt every page" in err
    assert engine_runs[-1] is False
    assert contents(demo_copy / "site") == contents(scratch / "site")


def test_a_dirty_build_that_mkdocs_refuses_is_redone_in_full(demo_copy: Path, engine_runs: list[bool],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _build(demo_copy)

    def refused(*args: Any) -> bytes:
        raise mkdocs_build.incremental.NotIncremental("test")

    monkeypatch.setattr(mkdocs_build.incremental, "merge_search", refused)
    edit_file(demo_copy / "content/procurement/2568/03.csv", "จัดซื้อวัสดุงานบ้านงานครัว", "จัดซื้อวัสดุงานบ้าน")
    _build(demo_copy)
    assert engine_runs == [False, True, False]
    assert b"\xe0" in (demo_copy / "site/search/search_index.json").read_bytes()  # the Thai index is there
    assert not list(demo_copy.glob("site.new-*"))


def test_a_cache_that_cannot_be_read_is_ignored(demo_copy: Path, engine_runs: list[bool]) -> None:
    _build(demo_copy)
    site_before = contents(demo_copy / "site")
    for entry in (demo_copy / "build/.cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    _build(demo_copy)
    assert engine_runs == [False, False]
    assert contents(demo_copy / "site") == site_before


def test_build_folders_of_other_sites_are_not_shared(demo_copy: Path, tmp_path: Path,
                                                     engine_runs: list[bool]) -> None:
    _build(demo_copy)
    out = tmp_path / "www"
    assert run_cli("--root", demo_copy, "build", "--out", out).code == 0
    assert engine_runs == [False, False]  # another site folder: its own record, built in full
    assert contents(out) == contents(demo_copy / "site")
    shutil.rmtree(out)
    assert run_cli("--root", demo_copy, "build", "--out", out).code == 0
    assert engine_runs == [False, False, False] and (out / "index.html").is_file()


# --- the plan, the search index merge and the load cache, without MkDocs ---------------------------

def _state(site: Path, files: dict[str, bytes]) -> SiteState:
    generated = incremental.describe(files)
    return SiteState("inputs", generated.digests, generated.titles, b"", [], {}, manifest(site))


def _plan(site: Path, before: dict[str, bytes], after: dict[str, bytes]) -> incremental.Plan:
    return incremental.plan(_state(site, before), incremental.describe(after), site)


PAGES = {"mkdocs.yml": b"nav: []\n", "docs/index.md": b"# Home\n\ntext\n",
         "docs/a.md": b"# A\n\n<!--oitgen-fragment:a/table.1-->\n", "docs/data/a.csv": b"x\n1\n",
         "fragments/a/table.1.html": b"<table></table>"}


def test_the_plan_redoes_changed_pages_and_falls_back_to_full_on_any_doubt(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("home", encoding="utf-8")
    assert _plan(site, PAGES, PAGES).mode == "skip"
    body = _plan(site, PAGES, {**PAGES, "docs/a.md": b"# A\n\nnew text <!--oitgen-fragment:a/table.1-->\n"})
    assert (body.mode, body.pages) == ("dirty", {"a.md"})
    data = _plan(site, PAGES, {**PAGES, "docs/data/a.csv": b"x\n2\n"})
    assert (data.mode, data.pages) == ("dirty", {"data/a.csv"})
    table = _plan(site, PAGES, {**PAGES, "fragments/a/table.1.html": b"<table><tr></tr></table>"})
    assert (table.mode, table.pages) == ("dirty", {"a.md"})
    full = {"title": {**PAGES, "docs/a.md": b"# B\n\n<!--oitgen-fragment:a/table.1-->\n"},
            "front matter": {**PAGES, "docs/a.md": b"---\ntitle: B\n---\n" + PAGES["docs/a.md"]},
            "new page": {**PAGES, "docs/b.md": b"# B\n"},
            "page removed": {k: v for k, v in PAGES.items() if k != "docs/data/a.csv"},
            "config": {**PAGES, "mkdocs.yml": b"nav: [index.md]\n"},
            "theme": {**PAGES, "theme/main.html": b"{% extends 'base.html' %}"}}
    assert {name: _plan(site, PAGES, files).mode for name, files in full.items()} == \
        dict.fromkeys(full, "full")
    recorded = _state(site, PAGES)
    (site / "index.html").write_text("defaced", encoding="utf-8")  # the site no longer matches its record
    assert incremental.plan(recorded, incremental.describe(PAGES), site).mode == "full"
    assert incremental.plan(None, incremental.describe(PAGES), site).mode == "full"


def _index(*docs: tuple[str, str]) -> bytes:
    return json.dumps({"config": {"lang": ["th"]}, "docs": [{"location": loc, "title": title, "text": ""}
                                                           for loc, title in docs]}).encode()


def test_the_search_index_keeps_every_page_in_its_place() -> None:
    previous = _index(("", "home"), ("#intro", "intro"), ("a/", "A"), ("a/#x", "A x"), ("b/", "B"))
    rebuilt = _index(("a/", "A2"), ("a/#y", "A y"))
    merged = json.loads(incremental.merge_search(previous, rebuilt, {"a/", "c/"}))
    assert [(d["location"], d["title"]) for d in merged["docs"]] == [
        ("", "home"), ("#intro", "intro"), ("a/", "A2"), ("a/#y", "A y"), ("b/", "B")]
    assert merged["config"] == {"lang": ["th"]}
    dropped = json.loads(incremental.merge_search(previous, _index(), {"b/"}))  # now kept out of the index
    assert [d["location"] for d in dropped["docs"]] == ["", "#intro", "a/", "a/#x"]
    with pytest.raises(incremental.NotIncremental):  # a page with no place in the previous index
        incremental.merge_search(previous, _index(("d/", "D")), {"d/"})
    with pytest.raises(incremental.NotIncremental):
        incremental.merge_search(previous, b"{", {"a/"})


def test_title_lines_are_what_the_navigation_may_show() -> None:
    assert title_key(b"# A\n\ntext\n") == title_key(b"# A\n\nother text\n## another section\n")
    changed = [b"# B\n\ntext\n", b"A\n===\n", b"---\ntitle: A\n---\n# A\n\ntext\n", b"# A\n<h1>x</h1>\n"]
    assert title_key(b"# A\n\ntext\n") not in {title_key(text) for text in changed}


def _load(root: Path, cache: LoadCache | None) -> tuple[Any, list[Diagnostic]]:
    agency, diagnostics = load_agency(root, KINDS, cache)
    return (agency.datasets if agency else None), diagnostics


def test_the_load_cache_gives_what_loading_gives(demo_copy: Path, tmp_path: Path) -> None:
    edit_file(demo_copy / "content/plans/2568.yml", 'budget: "10,000"', 'budget: "20,0000"', 1)  # an error
    edit_file(demo_copy / "content/procurement/2568/03.csv", ",18000.00,", ",18000.0x,")  # and another
    folder = tmp_path / "cache"
    plain = _load(demo_copy, None)
    assert any(d.code == "bad-amount" and d.position.file.endswith("03.csv") for d in plain[1])
    cold, warm = LoadCache(folder), LoadCache(folder)
    assert _load(demo_copy, cold) == plain and cold.hits == 0 and cold.misses > 50
    assert _load(demo_copy, warm) == plain and warm.misses == 0

    # what a month's file reads beside it (plan.yml's notes for the month) is part of its key
    plan = demo_copy / "content/procurement/2568/plan.yml"
    assert "\nmonths:" not in plan.read_text(encoding="utf-8")
    plan.write_text(plan.read_text(encoding="utf-8") + "months:\n  3:\n    note: ตรวจแล้ว\n", encoding="utf-8")
    after, again = _load(demo_copy, LoadCache(folder)), _load(demo_copy, None)
    assert after == again and after != plain
    march = next(m for m in after[0]["procurement_months"] if m.source.path.endswith("2568/03.csv"))
    assert march.model.note == "ตรวจแล้ว"

    for entry in folder.iterdir():  # unreadable entries are no entries
        entry.write_bytes(entry.read_bytes()[:40])
    corrupt = LoadCache(folder)
    assert _load(demo_copy, corrupt) == again and corrupt.hits == 0
    read_only = LoadCache(tmp_path / "unwritten", writable=False)
    assert _load(demo_copy, read_only) == again and not (tmp_path / "unwritten").exists()


def test_anchors_a_dirty_build_cannot_check_are_checked_on_the_pages(tmp_path: Path) -> None:
    site, staging = tmp_path / "site", tmp_path / "staging"
    page = '<h2 id="may">May</h2><a href="../b/#x">b</a><a href="#may">here</a><a href="https://e.org/#y">e</a>'
    for folder in (site, staging):
        for name, text in {"a/index.html": page, "b/index.html": '<p id="x">x</p>',
                           "index.html": '<a href="a/#may">a</a>'}.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
    incremental.check_anchors(staging, site, {"a/"})
    (staging / "a/index.html").write_text(page.replace("#x", "#gone"), encoding="utf-8")
    with pytest.raises(incremental.NotIncremental, match="gone"):  # a link to a page not redone
        incremental.check_anchors(staging, site, {"a/"})
    incremental.check_anchors(staging, site, {"a/", "b/"})  # redone too: MkDocs checked it
    (staging / "a/index.html").write_text(page.replace('id="may"', 'id="june"'), encoding="utf-8")
    with pytest.raises(incremental.NotIncremental):  # the home page, not redone, links to #may
        incremental.check_anchors(staging, site, {"a/"})


def test_a_commit_of_an_edit_already_built_rebuilds_the_history_it_changes(
        demo_copy: Path, engine_runs: list[bool]) -> None:
    (demo_copy / ".gitignore").write_text("/build/\n/site/\n", encoding="utf-8")
    _git(demo_copy, "init", "-q", "-b", "main")
    _git(demo_copy, "add", "-A")
    _git(demo_copy, "commit", "-qm", "publish")
    _build(demo_copy)
    edit_file(demo_copy / "content/procurement/2568/03.csv", "จัดซื้อวัสดุงานบ้านงานครัว", "จัดซื้อวัสดุงานครัว")
    _build(demo_copy)  # the edit is published; the history page does not know it yet
    (page,) = [page for page in (demo_copy / "site/history").rglob("index.html")  # 50 files a page
               if 'id="content-procurement-2568-03-csv"' in page.read_text(encoding="utf-8")]
    history = page.read_bytes()
    _git(demo_copy, "commit", "-qam", "correct March")  # not one byte of content/ changes
    err = _build(demo_copy)
    assert "is up to date" not in err and engine_runs == [False, True, True]
    assert page.read_bytes() != history
    assert "is up to date" in _build(demo_copy)


def _git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(root)}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)
