"""Change history of published data from git: one pass for the whole build, dates in the Buddhist
era, each version's change in a sentence (records added/removed, amounts changed); a shallow clone
or a folder outside git says there is no history."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from generator import pipeline
from generator.history import git_log
from generator.history.changes import describe
from generator.history.git_log import read_history
from generator.render import render_site
from tests.conftest import edit_file, visible_text

BASE = Path(__file__).resolve().parent / "bad_inputs" / "base"
PLAN = "content/plans/2566.yml"
ITEM = "  - title: โครงการสาม\n    mission: \"1.2\"\n    budget: \"3,500\"\n"


def _git(root: Path, *args: str, date: str = "2024-01-01T10:00:00+07:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root)}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def _three_commits(tmp_path: Path) -> Path:
    """The plan published (5 Jan 2024), its first budget corrected 10,000 → 12,500 (20 Feb 2024),
    an item added (3 Mar 2024)."""
    root = tmp_path / "agency"
    shutil.copytree(BASE, root)
    (root / "content/documents").mkdir()
    (root / "content/documents/signed.pdf").write_bytes(b"%PDF-1.4\n")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "publish", date="2024-01-05T09:00:00+07:00")
    edit_file(root / PLAN, 'budget: "10,000"', 'budget: "12,500"')
    _git(root, "commit", "-qam", "correct the budget", date="2024-02-20T16:30:00+07:00")
    edit_file(root / PLAN, "  - title: โครงการสอง\n", ITEM + "  - title: โครงการสอง\n")
    _git(root, "commit", "-qam", "add an item", date="2024-03-03T08:00:00+07:00")
    return root


def test_one_dataset_history_names_dates_and_the_amount_change(tmp_path: Path, monkeypatch) -> None:
    root = _three_commits(tmp_path)
    calls: list[tuple[str, ...]] = []
    real = git_log._git
    monkeypatch.setattr(git_log, "_git", lambda r, *a, **k: calls.append(a) or real(r, *a, **k))
    history = read_history(root)
    assert [call[0] for call in calls] == ["rev-parse", "log", "cat-file"]  # one pass, whole build
    versions = history.files[PLAN]
    assert [v.date.isoformat() for v in versions] == ["2024-03-03", "2024-02-20", "2024-01-05"]
    assert describe(PLAN, versions[1].text, versions[0].text) == "เพิ่ม 1 รายการ"
    assert describe(PLAN, versions[2].text, versions[1].text) == \
        "แก้ไขจำนวนเงิน items[0].budget จาก 10,000 เป็น 12,500"
    assert describe(PLAN, None, versions[2].text) == "เผยแพร่ครั้งแรก"

    checked = pipeline.check(root)
    assert checked.agency is not None
    page = visible_text(render_site(checked.agency, checked.diagnostics)["docs/history/index.md"].decode())
    section = page[page.index(PLAN):]
    # Buddhist era: 2024 + 543 = 2567; newest first
    assert section.index("3 มีนาคม 2567") < section.index("20 กุมภาพันธ์ 2567") < section.index("5 มกราคม 2567")
    assert "แก้ไขจำนวนเงิน items[0].budget จาก 10,000 เป็น 12,500" in section


def test_a_shallow_clone_says_there_is_no_history(tmp_path: Path) -> None:
    source = _three_commits(tmp_path)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{source}", str(clone)], check=True,
                   capture_output=True)
    history = read_history(clone)
    assert history.files == {} and history.absent is not None and "shallow" in history.absent
    checked = pipeline.check(clone)
    assert checked.agency is not None
    page = visible_text(render_site(checked.agency, checked.diagnostics)["docs/history/index.md"].decode())
    assert "ไม่มีประวัติการแก้ไข: สำเนาข้อมูลเป็นแบบ shallow clone" in page


def test_outside_git_the_page_says_so(tmp_path: Path) -> None:
    root = tmp_path / "agency"
    shutil.copytree(BASE, root)
    assert read_history(root).absent == "not a git repository"


def test_every_file_of_a_long_history_has_its_section_where_its_links_point() -> None:
    """An agency of years has hundreds of data files: the history runs over pages of
    ``FILES_PER_PAGE``, and each file's section must be a heading of its own on the page its links
    name (a heading glued to the list of pages loses its anchor, and the strict build fails)."""
    import datetime as dt
    import re

    from generator.render import history_pages
    from generator.render.environment import make_environment
    from generator.render.pages import yaml_str

    version = git_log.Version("0123456789abcdef", dt.date(2024, 1, 5), "publish", "a: 1\n")
    count = 2 * history_pages.FILES_PER_PAGE + 7
    files = {f"content/news/2024-01-{n:03d}.md": [version] for n in range(count)}
    history = git_log.History(files=files)
    env = make_environment()
    env.filters["yaml_str"] = yaml_str
    pages = {page.path: env.get_template(page.template).render({"page_path": page.path, **page.context})
             for page in history_pages.history(history)}
    assert sorted(pages) == ["history/2.md", "history/3.md", "history/index.md"]
    sections = history_pages.locations(history)
    assert set(sections) == set(files)
    for section in sections.values():
        page, anchor = section.split("#")
        assert re.search(rf"\n\n## [^\n]+ {{ #{anchor} }}\n", pages[page]), section
