"""The Atom 1.0 feed of news (``/news/feed.xml``), so people and aggregators can follow the agency.

Built with ElementTree, so every value is XML-escaped. Links are absolute when ``site.url`` is
set, otherwise relative to the feed (readers resolve them against the feed's own URL). Entry ids
are ``urn:uuid`` values derived from the agency's name and the file name: they stay the same when
the site moves to another address. The output depends only on the data (no build time), so an
unchanged rebuild leaves the file untouched.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

from generator.load.agency import Agency, Loaded
from generator.models.news import NewsItem
from generator.render.markdown_text import render_markdown
from generator.render.news_pages import FEED, INDEX, newest_first, year_path
from generator.render.urls import site_url
from generator.values.fiscal import fiscal_year_of

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
THAI_TIME = dt.timezone(dt.timedelta(hours=7))
MAX_ENTRIES = 50
DEMO_MARK = "[ข้อมูลสาธิต] "


def feed_files(agency: Agency) -> dict[str, bytes]:
    items = newest_first(agency)
    return {f"docs/{FEED}": atom_feed(agency, items)} if items else {}


def _timestamp(date: dt.date) -> str:
    return dt.datetime(date.year, date.month, date.day, tzinfo=THAI_TIME).isoformat()


def _urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'oitgen:' + ':'.join(parts))}"


def _href(base: str | None, page_path: str, anchor: str = "") -> str:
    target = site_url(page_path)
    if base:
        return urljoin(base, target) + anchor
    relative = posixpath.relpath(target or ".", posixpath.dirname(FEED)) + "/"
    return relative + anchor


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def atom_feed(agency: Agency, items: list[Loaded[NewsItem]]) -> bytes:
    """The feed document: newest entries first, at most ``MAX_ENTRIES``."""
    org = agency.config.organisation
    base = agency.config.site.url  # ends with "/" (values.site_url.parse_site_url)
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: "th"})
    _add(feed, "title", f"ข่าวประชาสัมพันธ์ {org.name}")
    _add(feed, "id", _urn(org.name, "news"))
    _add(feed, "updated", _timestamp(items[0].model.date))
    _add(feed, "link", rel="alternate", type="text/html", href=_href(base, INDEX))
    if base:
        _add(feed, "link", rel="self", type="application/atom+xml", href=urljoin(base, FEED))
    _add(_add(feed, "author"), "name", org.name)
    _add(feed, "generator", "oitgen")
    for loaded in items[:MAX_ENTRIES]:
        _entry(feed, loaded, org.name, base)
    out = io.BytesIO()
    ET.ElementTree(feed).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue() + b"\n"


def _entry(feed: ET.Element, loaded: Loaded[NewsItem], org_name: str, base: str | None) -> None:
    item = loaded.model
    entry = _add(feed, "entry")
    _add(entry, "title", (DEMO_MARK if item.example else "") + item.title)
    page = year_path(fiscal_year_of(item.date))
    _add(entry, "link", rel="alternate", type="text/html", href=_href(base, page, f"#{loaded.slug}"))
    _add(entry, "id", _urn(org_name, "news", loaded.slug))
    _add(entry, "published", _timestamp(item.date))
    _add(entry, "updated", _timestamp(item.date))
    _add(entry, "category", term=item.category.value)
    _add(entry, "summary", item.summary, type="text")
    _add(entry, "content", str(render_markdown(item.body, heading_level=2, id_prefix=f"{loaded.slug}-")),
         type="html")
