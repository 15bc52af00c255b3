"""The history page ``/history/``: every published data file's versions from git, newest first.

For each version: its date (Buddhist era), the commit and what it changed in one sentence
(``generator.history.changes``), so a citizen can see when a published disclosure was altered
after the fact. Without usable history (a shallow clone, no git) the page says so plainly.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from markupsafe import Markup

from generator.history.changes import describe
from generator.history.git_log import History
from generator.render.pages import Page
from generator.render.paging import parts

PATH = "history/index.md"
TITLE = "ประวัติการแก้ไขข้อมูลที่เผยแพร่"
FILES_PER_PAGE = 50
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


def _chunks(files: list[str]) -> list[tuple[str, list[str]]]:
    """The history pages and the files each lists (sorted by path, ``FILES_PER_PAGE`` a page)."""
    return [(PATH if n == 1 else f"history/{n}.md", files[rows.start:rows.stop])
            for n, rows in enumerate(parts(len(files), FILES_PER_PAGE), 1)]


def locations(history: History) -> dict[str, str]:
    """Each data file with versions → its section: ``history/2.md#content-plans-2568-yml``, for the
    links from the pages and datasets it is the source of."""
    return {path: f"{page_path}#{anchor(path)}" for page_path, chunk in _chunks(sorted(history.files))
            for path in chunk if history.files[path]}


def history(history: History) -> list[Page]:
    """The history over pages of at most ``FILES_PER_PAGE`` files (an agency of years has hundreds of
    data files: one page of them all passed 400 KB); ``/history/`` is the first. Each page is as new
    as the newest commit of its files."""
    absent = None
    if history.absent is not None:
        absent = _ABSENT_TH.get(history.absent, _SHALLOW_TH)
    views = {view["path"]: view for view in files_view(history)}
    chunks = _chunks(sorted(views))
    result = []
    for number, (path, chunk) in enumerate(chunks, 1):
        parts = [{"label": f"{part[0]} – {part[-1]}", "current": other == path,
                  "link": Markup(posixpath.relpath(other, posixpath.dirname(path)))}
                 for other, part in chunks] if len(chunks) > 1 else []
        title = TITLE if number == 1 else f"{TITLE} (หน้า {number})"
        newest = max((history.files[file][0].date for file in chunk if history.files[file]), default=None)
        context = {"page_title": title, "files": [views[file] for file in chunk], "absent": absent,
                   "parts": parts}
        result.append(Page(path, title, "history.md.j2", context, in_nav=False, updated=newest))
    return result
