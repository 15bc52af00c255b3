""""Last updated" on every page (issue 14): the newest of the page's own data date and the last
commit touching its sources, from the build's one pass over git; a Buddhist-era date; no date
rather than a wrong one; each data page and dataset links the history of its sources."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from generator import pipeline
from generator.history import git_log
from generator.render import render_site
from tests.conftest import build, page_html, visible_text
from tests.test_history import BASE, _three_commits

PLAN_PAGE, NO_GIFT_PAGE = "docs/anti-corruption/plans/2566.md", "docs/anti-corruption/no-gift/2566.md"


def _front_matter(markdown: bytes) -> dict:
    return yaml.safe_load(markdown.decode().split("---\n")[1])


def _render(root: Path) -> dict[str, bytes]:
    checked = pipeline.check(root)
    assert checked.agency is not None
    return render_site(checked.agency, checked.diagnostics)


def test_pages_are_dated_by_their_last_commit_from_one_pass_over_git(tmp_path: Path, monkeypatch) -> None:
    root = _three_commits(tmp_path)  # plan: 5 Jan, 20 Feb, 3 Mar 2024; no-gift: 5 Jan 2024 only
    calls: list[str] = []
    real = git_log._git
    monkeypatch.setattr(git_log, "_git", lambda r, *a, **k: calls.append(a[0]) or real(r, *a, **k))
    files = _render(root)
    assert calls == ["rev-parse", "log", "cat-file"]  # one pass for every page of the build
    plan = _front_matter(files[PLAN_PAGE])
    assert plan["oit_updated"] == "3 มีนาคม 2567"  # the last commit (2024 + 543); the plan has no date
    assert plan["oit_history"] == [{"href": "history/#content-plans-2566-yml", "file": "plans/2566.yml"}]
    # the policy's newest record is 10 Apr 2566 (2023); its file was last committed on 5 Jan 2024
    assert _front_matter(files[NO_GIFT_PAGE])["oit_updated"] == "5 มกราคม 2567"
    # an index shows the pages under it: it is as new as the newest of them
    # ... and the open-data index and the history page are as new as their newest source's commit
    for index in ("docs/index.md", "docs/anti-corruption/index.md", "docs/data/index.md",
                  "docs/history/index.md"):
        assert _front_matter(files[index])["oit_updated"] == "3 มีนาคม 2567", index
    assert yaml.safe_load(files["mkdocs.yml"])["extra"]["updated"] == "3 มีนาคม 2567"  # the footer's
    # a page made from no data file has no date rather than a wrong one
    assert "oit_updated" not in _front_matter(files["docs/about/sitemap.md"])
    # the dataset made from the plans links its source's history
    data_index = files["docs/data/index.md"].decode()
    assert "[plans/2566.yml](../history/index.md#content-plans-2566-yml)" in data_index


def test_outside_git_the_data_date_is_shown_and_no_history_is_linked(tmp_path: Path) -> None:
    root = Path(shutil.copytree(BASE, tmp_path / "agency"))
    files = _render(root)
    assert _front_matter(files[NO_GIFT_PAGE])["oit_updated"] == "10 เมษายน 2566"  # its newest report
    plan = _front_matter(files[PLAN_PAGE])
    assert "oit_updated" not in plan and "oit_history" not in plan  # the plan itself names no date
    assert "ประวัติการแก้ไขข้อมูล: [" not in files["docs/data/index.md"].decode()


def test_the_built_page_shows_the_date_and_a_working_history_link(tmp_path: Path) -> None:
    root = _three_commits(tmp_path)
    assert build(root) == 0
    html = page_html(root, "anti-corruption/plans/2566/index.html")
    shown = html[html.index('class="oit-page-updated"'):]
    shown = shown[:shown.index("</p>")]
    assert "ข้อมูลในหน้านี้ปรับปรุงล่าสุด: 3 มีนาคม 2567" in visible_text(shown)
    href = re.search(r'<a href="([^"]+)">plans/2566.yml</a>', shown)
    assert href is not None and href.group(1) == "../../../history/#content-plans-2566-yml"
    assert 'id="content-plans-2566-yml"' in page_html(root, "history/index.html")
