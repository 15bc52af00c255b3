"""``sitemap.xml`` and ``robots.txt`` for the configured base URL (``site.url``), written into the
staged site after MkDocs (WEB-STANDARDS: the DGA standard's findable, machine-readable site).

MkDocs writes a sitemap only for pages it knows with a canonical URL and dates each by the build
day; ours is made from what the staged site really publishes — every ``index.html`` (each page's
folder URL), the home page first — so no page is left out and none is invented. A sitemap needs
absolute addresses: without ``site.url`` no sitemap is published (an empty one would mislead) and
``robots.txt`` only allows crawling. The gzip copy MkDocs writes beside it is removed, so there is
one sitemap to trust.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"


def page_paths(site_dir: Path) -> list[str]:
    """Each published page as a path under the site root ("" for the home page, else "a/b/")."""
    found = {page.parent.relative_to(site_dir).as_posix() for page in site_dir.rglob("index.html")}
    return sorted(("" if path == "." else f"{path}/" for path in found), key=lambda p: (p != "", p))


def sitemap_xml(base_url: str, paths: list[str]) -> str:
    """The sitemap protocol's ``urlset`` with one absolute ``<loc>`` per page."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    locs = "".join(f"  <url><loc>{escape(base + quote(path, safe='/-_.~'))}</loc></url>\n" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + locs + "</urlset>\n")


def robots_txt(base_url: str | None) -> str:
    """Everything may be crawled; the sitemap is named when there is one."""
    lines = ["User-agent: *", "Allow: /"]
    if base_url:
        lines.append(f"Sitemap: {base_url.rstrip('/')}/{SITEMAP}")
    return "\n".join(lines) + "\n"


def write_sitemap(site_dir: Path, base_url: str | None) -> None:
    """Write ``sitemap.xml`` (when the base URL is known) and ``robots.txt`` into ``site_dir``."""
    (site_dir / f"{SITEMAP}.gz").unlink(missing_ok=True)
    sitemap = site_dir / SITEMAP
    if base_url:
        sitemap.write_text(sitemap_xml(base_url, page_paths(site_dir)), encoding="utf-8")
    else:
        sitemap.unlink(missing_ok=True)
    (site_dir / ROBOTS).write_text(robots_txt(base_url), encoding="utf-8")
