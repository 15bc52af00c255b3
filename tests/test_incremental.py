"""Incremental builds (issue 16): an unchanged rebuild writes nothing and runs no MkDocs; one month
edited redoes only what depends on it and publishes the very site a build from scratch publishes;
a site changed by hand is rebuilt in full.

Every file is compared by inode, modification time and bytes: "not touched" means not replaced,
not rewritten, not even rewritten with the same bytes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import generator.build.mkdocs_build as mkdocs_build
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

    err = _build(demo_copy)
    assert "is up to date" in err and "เว็บไซต์เป็นปัจจุบันแล้ว" in err
    assert "4 acknowledged" in err  # the last build's diagnostics are reported again, not dropped
    assert engine_runs == [False]
    assert snapshot(demo_copy / "build") == build_before  # the caches included
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
