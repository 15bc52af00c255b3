"""News pages (ข่าวประชาสัมพันธ์): the news index and one page per fiscal year with every item in full.

No page per item (DESIGN §8: pages cost build time and size quadratically): a fiscal year's page
holds its items newest first, each under a heading whose id is the file's name, so every item
still has a stable link (``basic/news/2568/#2024-11-05-road-repair``) for the index, the home
page and the Atom feed. The year pages are the OIT evidence of "news of the assessed year".
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.news import NewsItem
from generator.render.markdown_text import render_markdown
from generator.render.pages import Page
from generator.values.fiscal import fiscal_year_of

SECTION = "basic"
INDEX = "basic/news/index.md"
FEED = "news/feed.xml"
"""The Atom feed, relative to the docs tree (served at ``/news/feed.xml``)."""
LATEST_ON_INDEX = 20
TOPIC = "news"


def year_path(fiscal_year: int) -> str:
    return f"basic/news/{fiscal_year}.md"


def newest_first(agency: Agency) -> list[Loaded[NewsItem]]:
    return sorted(agency.news, key=lambda loaded: (loaded.model.date, loaded.slug), reverse=True)


def item_link(loaded: Loaded[NewsItem], from_path: str) -> Markup:
    """Markdown link (checked by MkDocs, anchor included) from a page to the item on its year's page."""
    target = year_path(fiscal_year_of(loaded.model.date))
    relative = posixpath.relpath(target, posixpath.dirname(from_path) or ".")
    return Markup(f"{relative}#{loaded.slug}")  # generated path + file-name slug ([a-z0-9-] only)


def summary_view(loaded: Loaded[NewsItem], from_path: str) -> dict[str, Any]:
    item = loaded.model
    return {"title": item.title, "date": item.date, "category": item.category.value, "summary": item.summary,
            "example": item.example, "link": item_link(loaded, from_path)}


def latest(agency: Agency, from_path: str, count: int = 3) -> list[dict[str, Any]]:
    """The newest items as list entries linked from ``from_path`` (the home page shows three)."""
    return [summary_view(loaded, from_path) for loaded in newest_first(agency)[:count]]


def by_fiscal_year(items: list[Loaded[NewsItem]]) -> dict[int, list[Loaded[NewsItem]]]:
    groups: dict[int, list[Loaded[NewsItem]]] = defaultdict(list)
    for loaded in items:
        groups[fiscal_year_of(loaded.model.date)].append(loaded)
    return dict(sorted(groups.items(), reverse=True))


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    items = newest_first(agency)
    if not items:
        return []
    years = by_fiscal_year(items)
    index = Page(INDEX, "ข่าวประชาสัมพันธ์", "news_index.md.j2", {
        "page_title": "ข่าวประชาสัมพันธ์",
        "latest": [summary_view(loaded, INDEX) for loaded in items[:LATEST_ON_INDEX]],
        "more": len(items) > LATEST_ON_INDEX,
        "years": [{"year": year, "count": len(group), "link": Markup(posixpath.basename(year_path(year)))}
                  for year, group in years.items()],
        "feed_link": Markup(posixpath.relpath(FEED, posixpath.dirname(INDEX))),
    }, section=SECTION, topics=(TOPIC,), summary=f"ข่าวและประกาศ {len(items)} เรื่อง",
        updated=items[0].model.date, sources=tuple(loaded.source.path for loaded in items))
    return [index] + [_year_page(year, group) for year, group in years.items()]


def _full_view(loaded: Loaded[NewsItem]) -> dict[str, Any]:
    view = summary_view(loaded, year_path(fiscal_year_of(loaded.model.date)))
    view["model"] = loaded.model  # for its attachments
    view["anchor"] = Markup(loaded.slug)  # [a-z0-9-] only, checked by the news reader
    view["body"] = render_markdown(loaded.model.body, heading_level=3, id_prefix=f"{loaded.slug}-")
    return view


def _year_page(year: int, group: list[Loaded[NewsItem]]) -> Page:
    title = f"ข่าวประชาสัมพันธ์ ปีงบประมาณ {year}"
    return Page(year_path(year), title, "news_year.md.j2", {
        "page_title": title, "year": year, "items": [_full_view(loaded) for loaded in group],
        "index_link": Markup("index.md"),
    }, section=SECTION, topics=(TOPIC,), in_nav=False, fiscal_year=year,
        summary=f"{len(group)} เรื่อง", updated=group[0].model.date,
        sources=tuple(loaded.source.path for loaded in group))
