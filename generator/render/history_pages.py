"""The history page ``/history/``: every published data file's versions from git, newest first.

For each version: its date (Buddhist era), the commit and what it changed in one sentence
(``generator.history.changes``), so a citizen can see when a published disclosure was altered
after the fact. Without usable history (a shallow clone, no git) the page says so plainly.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from generator.history.changes import describe
from generator.history.git_log import History
from generator.render.pages import Page

PATH = "history/index.md"
_ABSENT_TH = {"not a git repository": "โฟลเดอร์ข้อมูลนี้ไม่ได้อยู่ใน git",
              "no commit touches the data yet": "ยังไม่มีการบันทึก (commit) ข้อมูลใน git"}
_SHALLOW_TH = "สำเนาข้อมูลเป็นแบบ shallow clone ซึ่งไม่มีประวัติก่อนการบันทึกครั้งล่าสุด"


def anchor(path: str) -> str:
    """``content/plans/2568.yml`` → ``content-plans-2568-yml``: the file's section on the page."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def files_view(history: History) -> list[dict[str, Any]]:
    """Each file's versions, newest first, each with what it changed from the one before it."""
    view = []
    for path in sorted(history.files):
        versions = history.files[path]
        rows = [{"date": version.date, "commit": Markup(version.commit[:10]),
                 "change": describe(path, versions[i + 1].text if i + 1 < len(versions) else None,
                                    version.text)}
                for i, version in enumerate(versions)]
        view.append({"path": path, "anchor": Markup(anchor(path)), "versions": rows})
    return view


def page(history: History) -> Page:
    """The history page of the build's one pass over git (``git_log.read_history``)."""
    absent = None
    if history.absent is not None:
        absent = _ABSENT_TH.get(history.absent, _SHALLOW_TH)
    newest = max((versions[0].date for versions in history.files.values() if versions), default=None)
    return Page(PATH, "ประวัติการแก้ไขข้อมูลที่เผยแพร่", "history.md.j2",
                {"files": files_view(history), "absent": absent}, in_nav=False, updated=newest)
