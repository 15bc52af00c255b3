"""``sitemap.xml`` lists every published page under the configured ``site.url``; ``robots.txt``
points at it; without a base URL there is no sitemap (it needs absolute addresses)."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

from generator import pipeline
from generator.build.sitemap import robots_txt, sitemap_xml
from tests.conftest import DEMO, build, copy_agency, edit_file, page_html, run_cli

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


FOOTER = {"ประกาศความเป็นส่วนตัวของเว็บไซต์": "about/privacy/", "การเข้าถึงเว็บไซต์": "about/accessibility/",
          "นโยบายเว็บไซต์": "about/website-policy/", "ติดต่อหน่วยงาน": "about/contact/",
          "แผนผังเว็บไซต์": "about/sitemap/"}


def _footer_links(html: str) -> list[tuple[str, str]]:
    footer = html[html.index('class="oit-site-footer__links"'):]
    footer = footer[:footer.index("</nav>")]
    return [(unescape(title), href) for href, title in re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer)]


def test_the_demo_footer_links_the_standard_pages_and_its_sitemap_lists_every_page(tmp_path: Path) -> None:
    """Issue 14's acceptance: the committed demo, built as CI deploys it (GitHub Pages' address
    passed with --site-url), links privacy, accessibility, policy and sitemap pages from every
    page's footer, and sitemap.xml lists every built page (404.html is not a page)."""
    root = copy_agency(DEMO, tmp_path / "agency")
    assert build(root, "--strict", "--site-url", BASE.removesuffix("/")) == 0
    site = root / "site"
    pages = {page.parent.relative_to(site).as_posix() for page in site.rglob("index.html")}
    assert len(pages) > 100  # the demo publishes every category, year and item
    for page in pages:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        links = _footer_links(html)
        assert [title for title, _ in links] == list(FOOTER), page
        for title, href in links:
            target = posixpath.normpath(posixpath.join(page, href))
            assert target == FOOTER[title].rstrip("/") and (site / target / "index.html").is_file(), page
    expected = {BASE + ("" if page == "." else f"{page}/") for page in pages}
    locs = _locs((site / "sitemap.xml").read_text(encoding="utf-8"))
    assert len(locs) == len(set(locs)) and set(locs) == expected
    assert locs[0] == BASE
    shown = {loc.removeprefix(BASE) for loc in locs}
    assert {"basic/", "anti-corruption/no-gift/2568/", "oit/2569/o1/", *FOOTER.values()} <= shown
    assert "404.html" not in " ".join(locs) and (site / "404.html").is_file()
    assert (site / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {BASE}sitemap.xml\n")
    assert not (site / "sitemap.xml.gz").exists()
    # the address given at build time is the site's: canonical links name it
    privacy = page_html(root, "about/privacy/index.html")
    assert f'<link rel="canonical" href="{BASE}about/privacy/">' in privacy
    # another address is another site: the incremental build must not call it up to date
    other = "https://moved.example.go.th/"
    assert build(root, "--strict", "--site-url", other) == 0
    assert _locs((site / "sitemap.xml").read_text(encoding="utf-8"))[0] == other


def test_the_site_url_option_never_overrides_the_agency_s_own_address(demo_copy: Path) -> None:
    checked = pipeline.check(demo_copy)
    assert pipeline.published_at(checked, BASE).agency.config.site.url == BASE  # type: ignore[union-attr]
    edit_file(demo_copy / "site_config.yml", "site:\n", "site:\n  url: https://oit.demo.go.th/\n", 1)
    own = pipeline.check(demo_copy)
    assert pipeline.published_at(own, BASE).agency.config.site.url == "https://oit.demo.go.th/"  # type: ignore[union-attr]


def test_a_bad_site_url_option_is_refused_in_english_and_thai(demo_copy: Path) -> None:
    result = run_cli("--root", demo_copy, "build", "--site-url", "https://x.go.th/\"><svg>")
    assert result.code == 2 and "ใช้เป็นที่อยู่เว็บไซต์ไม่ได้" in result.err
    assert not (demo_copy / "site").exists()


def test_without_a_base_url_there_is_no_sitemap(demo_site: Path) -> None:
    assert not (demo_site / "site/sitemap.xml").exists()
    assert (demo_site / "site/robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
