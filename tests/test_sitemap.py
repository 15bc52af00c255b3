"""``sitemap.xml`` lists every published page under the configured ``site.url``; ``robots.txt``
points at it; without a base URL there is no sitemap (it needs absolute addresses)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from generator.build.sitemap import robots_txt, sitemap_xml
from tests.conftest import DEMO, build, copy_agency, edit_file

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BASE = "https://www.demo-tambon.go.th/ita/"


def _locs(text: str) -> list[str]:
    return [loc.text or "" for loc in ET.fromstring(text).findall("sm:url/sm:loc", NS)]


def test_locations_are_absolute_percent_encoded_and_escaped() -> None:
    locs = _locs(sitemap_xml("https://x.go.th", ["", "ข่าว/", "a&b/"]))
    assert locs == ["https://x.go.th/", "https://x.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/",
                    "https://x.go.th/a%26b/"]


def test_robots_names_the_sitemap_only_when_there_is_one() -> None:
    assert robots_txt(BASE) == f"User-agent: *\nAllow: /\nSitemap: {BASE}sitemap.xml\n"
    assert robots_txt(None) == "User-agent: *\nAllow: /\n"


def test_the_demo_sitemap_lists_every_page(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "site:\n", f"site:\n  url: {BASE}\n", 1)
    assert build(root, "--strict") == 0
    site = root / "site"
    pages = {page.parent.relative_to(site).as_posix() for page in site.rglob("index.html")}
    expected = {BASE + ("" if page == "." else f"{page}/") for page in pages}
    locs = _locs((site / "sitemap.xml").read_text(encoding="utf-8"))
    assert len(pages) > 100  # the demo publishes every category, year and item
    assert len(locs) == len(set(locs)) and set(locs) == expected
    assert locs[0] == BASE
    shown = {loc.removeprefix(BASE) for loc in locs}
    assert {"basic/", "anti-corruption/no-gift/2568/", "oit/2569/o1/"} <= shown
    assert (site / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {BASE}sitemap.xml\n")
    assert not (site / "sitemap.xml.gz").exists()


def test_without_a_base_url_there_is_no_sitemap(demo_site: Path) -> None:
    assert not (demo_site / "site/sitemap.xml").exists()
    assert (demo_site / "site/robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
