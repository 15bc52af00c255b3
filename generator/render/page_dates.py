"""Each page's "last updated" date and links to the history of the data it is made from.

A page's date is the newest of what its data says (``Page.updated``: an ``updated:`` field or the
latest dated record) and, where full git history is present, the date of the last commit touching
one of its source files (``Page.sources``). The history is the one ``git log`` pass of the whole
build (``generator.history.git_log``), read once for the history page and reused here: no page
costs a process. A page with neither shows no date rather than a wrong one.

Both go into the page's front matter (``oit_updated``, ``oit_history``), which the theme prints
below the content of every page (``theme/overrides/main.html``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from generator.history.git_log import History
from generator.render.escape import theme_text
from generator.render.pages import Page
from generator.render.urls import site_url
from generator.values.dates import format_thai_date


def last_commits(history: History) -> dict[str, dt.date]:
    """Each data file's last commit date (its newest version), from the build's one history pass."""
    return {path: versions[0].date for path, versions in history.files.items() if versions}


def page_updated(page: Page, commits: dict[str, dt.date]) -> dt.date | None:
    """The newest of the page's own data date and its sources' last commits; None if none is known."""
    dates = [date for date in (page.updated, *(commits.get(source) for source in page.sources)) if date]
    return max(dates, default=None)


def page_dates(pages: list[Page], commits: dict[str, dt.date]) -> dict[str, dt.date | None]:
    """Each page's date; an index page (home, a section) with none of its own takes the newest of
    the pages under it, whose list and summaries it shows."""
    dates = {page.path: page_updated(page, commits) for page in pages}
    for page in pages:
        if dates[page.path] is None and (page.path == "index.md" or page.path.endswith("/index.md")):
            folder = page.path.removesuffix("index.md")
            dates[page.path] = max((date for path, date in dates.items()
                                    if date and path.startswith(folder) and path != page.path), default=None)
    return dates


def page_meta(page: Page, updated: dt.date | None, sections: dict[str, str]) -> dict[str, Any]:
    """The front-matter keys the theme reads: the BE date and the address of each source's history
    section (``sections``: ``history_pages.locations``, e.g. ``history/2.md#content-plans-2568-yml``)."""
    meta: dict[str, Any] = {}
    if updated is not None:
        meta["oit_updated"] = theme_text(format_thai_date(updated))
    history = [{"href": theme_text(_url(sections[source])),
                "file": theme_text(source.removeprefix("content/"))}
               for source in page.sources if source in sections]
    if history:
        meta["oit_history"] = history
    return meta


def with_front_matter(markdown: str, meta: dict[str, Any]) -> str:
    """``markdown`` (which starts with its front matter) with ``meta``'s keys added to it."""
    if not meta or not markdown.startswith("---\n"):
        return markdown
    lines = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    return "---\n" + lines + markdown.removeprefix("---\n")



def _url(section: str) -> str:
    """``history/2.md#a`` → ``history/2/#a``: the address MkDocs gives the page (the theme's links
    are not rewritten by it)."""
    page, _, fragment = section.partition("#")
    return f"{site_url(page)}#{fragment}"
