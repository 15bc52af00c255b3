"""The site's public address: GitHub project pages (a sub-path) and a custom domain (``CNAME``)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from generator.pipeline import check
from tests.conftest import DEMO, REPO, build, copy_agency, edit_file

PROJECT_PAGES = "https://agency-owner.github.io/oit-site/"


def test_a_project_pages_sub_path_reaches_links_feed_sitemap_and_the_assessors_csv(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "site:\n", f"site:\n  url: {PROJECT_PAGES}\n")
    assert build(root, "--strict") == 0
    site = root / "site"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    assert locations and all(loc.startswith(PROJECT_PAGES) for loc in locations)
    assert f"{PROJECT_PAGES}anti-corruption/" in locations
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{PROJECT_PAGES}">' in home
    feed = (site / "news/feed.xml").read_text(encoding="utf-8")
    assert f'href="{PROJECT_PAGES}news/feed.xml"' in feed
    hrefs = re.findall(r'<link [^>]*href="([^"]+)"', feed)
    assert hrefs and all(h.startswith(PROJECT_PAGES) for h in hrefs)
    table = (site / "oit/2568/oit-2568.csv").read_text(encoding="utf-8-sig")
    urls = [row[1] for row in csv.reader(io.StringIO(table))][1:]
    assert urls and all(url.startswith(f"{PROJECT_PAGES}oit/2568/") for url in urls)
    assert not (site / "CNAME").exists()  # project pages take no CNAME


def test_a_custom_domain_writes_the_cname_file(tmp_path: Path) -> None:
    root = copy_agency(REPO / "tests/bad_inputs/base", tmp_path / "agency")
    (root / "content/no-gift/2566.yml").unlink()
    edit_file(root / "site_config.yml", "site:\n", "site:\n  url: https://oit.ตัวอย่าง.go.th/\n  cname: true\n")
    assert build(root) == 0
    # the Thai domain in its IDNA form ("oit.ตัวอย่าง.go.th".encode("idna")), one line
    assert (root / "site/CNAME").read_text(encoding="ascii") == "oit.xn--72c1a1bt4awk9o.go.th\n"


def test_cname_without_a_root_domain_is_an_error_at_its_place(tmp_path: Path) -> None:
    root = copy_agency(REPO / "tests/bad_inputs/base", tmp_path / "agency")
    for site in ("  cname: true\n", f"  url: {PROJECT_PAGES}\n  cname: true\n"):
        edit_file(root / "site_config.yml", "site:\n", "site:\n" + site, count=1)
        found = [(d.code, d.position.file, d.field) for d in check(root).diagnostics if d.is_error
                 and d.position.file == "site_config.yml"]
        assert found == [("inconsistent", "site_config.yml", "site")]
        edit_file(root / "site_config.yml", "site:\n" + site, "site:\n")
