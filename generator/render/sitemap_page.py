"""The human-readable sitemap (แผนผังเว็บไซต์, ``/about/sitemap/``): every page of the site, grouped
by section in the navigation's order, linked from the footer (WEB-STANDARDS: the DGA standard).

Made from the same page list as the navigation and ``mkdocs.yml``, after every other page exists,
so a page added anywhere is listed without being registered twice. Record-level pages (a plan's
items) are listed under their section too: the sitemap is where every page can be found.
"""

from __future__ import annotations

import posixpath
from typing import Any

from markupsafe import Markup

from generator.render.pages import Page
from generator.render.sections import SECTIONS

PATH = "about/sitemap.md"
TITLE = "แผนผังเว็บไซต์"
_GROUPS = (("", "หน้าแรก"), *((s.slug, s.title) for s in SECTIONS), ("oit", "ดัชนีข้อมูลตามเกณฑ์ OIT"),
           ("data", "ข้อมูลเปิด (Open Data)"), ("about", "เกี่ยวกับเว็บไซต์"), ("history", "เกี่ยวกับเว็บไซต์"))


def page(pages: list[Page]) -> Page:
    """The sitemap page of ``pages`` (which it lists, itself included)."""
    here = Page(PATH, TITLE, "sitemap.md.j2", in_nav=False, footer=True)
    here.context = {"page_title": TITLE, "groups": groups([*pages, here])}
    return here


def groups(pages: list[Page]) -> list[dict[str, Any]]:
    """Each group's title and its pages (title, Markdown link from the sitemap), in page order."""
    titles = dict(_GROUPS)
    anchors = {title: slug or "home" for slug, title in reversed(_GROUPS)}
    found: dict[str, list[dict[str, Any]]] = {title: [] for _, title in _GROUPS}
    for listed in pages:
        first = listed.path.split("/")[0] if "/" in listed.path else ""
        title = titles.get(first, titles["about"])
        link = Markup(posixpath.relpath(listed.path, posixpath.dirname(PATH)))
        found[title].append({"title": listed.title, "link": link})
    return [{"title": title, "anchor": Markup(anchors[title]), "pages": entries}
            for title, entries in found.items() if entries]
