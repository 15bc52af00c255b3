"""The site's standard pages (content/about/*.md, issue 14): a kind declared in the registry alone
— model, one line, template — with the demo's editable Thai text, linked from every page's footer."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import yaml

from generator import pipeline
from generator.render import render_site
from generator.render.standard_pages import STANDARD, default_page
from tests.conftest import copy_agency, edit_file, page_html, visible_text


def test_demo_contact_page_shows_the_contact_of_site_config(demo_site: Path) -> None:
    text = visible_text(page_html(demo_site, "about/contact/index.html"))
    # site_config.yml: organisation.address / phone / email
    assert "ที่อยู่: เลขที่ 1 หมู่ที่ 1 ตำบลตัวอย่างสาธิต" in text
    assert "โทรศัพท์: 0 0000 0000" in text and "อีเมล: saraban@example.org" in text
    assert "ติดต่อสอบถาม ขอรับบริการ" in text  # content/about/contact.md


def test_every_page_s_footer_links_the_standard_pages(demo_site: Path) -> None:
    for page, base in (("index.html", "."), ("budget/procurement/2568/index.html", "../../..")):
        html = page_html(demo_site, page)
        footer = html[html.index('class="oit-site-footer__links"'):]
        for slug, title in (("accessibility", "การเข้าถึงเว็บไซต์"), ("contact", "ติดต่อหน่วยงาน"),
                            ("website-policy", "นโยบายเว็บไซต์")):
            assert f'<a href="{base}/about/{slug}/">{title}</a>' in footer
            assert (demo_site / "site/about" / slug / "index.html").is_file()


def test_the_agency_s_own_text_and_a_new_page_are_published(demo_copy: Path) -> None:
    edit_file(demo_copy / "content/about/accessibility.md", "WCAG 2.1 ระดับ AA", "WCAG 2.2 ระดับ AA")
    (demo_copy / "content/about/privacy.md").write_text(
        "---\ntitle: ประกาศความเป็นส่วนตัว\n---\nเว็บไซต์ไม่เก็บข้อมูลส่วนบุคคลของผู้เข้าชม <script>x</script>\n",
        encoding="utf-8")
    checked = pipeline.check(demo_copy)
    assert checked.ok and checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    assert "WCAG 2.2 ระดับ AA" in files["docs/about/accessibility.md"].decode()
    privacy = files["docs/about/privacy.md"].decode()
    assert "# ประกาศความเป็นส่วนตัว" in privacy and "<script>" not in privacy
    links = yaml.safe_load(files["mkdocs.yml"])["extra"]["footer_links"]
    assert {"title": "ประกาศความเป็นส่วนตัว", "url": "about/privacy/"} in links


def test_a_standard_page_without_a_title_is_a_positioned_error(tmp_path: Path, demo_copy: Path) -> None:
    root = copy_agency(demo_copy, tmp_path / "copy")
    (root / "content/about/privacy.md").write_text("---\ncontact: true\n---\ntext\n", encoding="utf-8")
    found = [(d.code, d.position.file, d.field) for d in pipeline.check(root).diagnostics]
    assert ("missing-field", "content/about/privacy.md", "title") in found


def test_an_agency_without_content_about_gets_the_thai_default_standard_pages(demo_copy: Path) -> None:
    shutil.rmtree(demo_copy / "content/about")
    checked = pipeline.check(demo_copy)
    assert checked.ok and checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    privacy = visible_text(files["docs/about/privacy.md"].decode())
    assert "เว็บไซต์ไม่เก็บข้อมูลส่วนบุคคลของผู้เข้าชม" in privacy and "ไม่ใช้คุกกี้" in privacy
    assert "WCAG 2.1 ระดับ AA" in files["docs/about/accessibility.md"].decode()
    contact = visible_text(files["docs/about/contact.md"].decode())
    assert "โทรศัพท์: 0 0000 0000" in contact  # the default contact page still shows site_config's contact
    links = yaml.safe_load(files["mkdocs.yml"])["extra"]["footer_links"]
    assert [link["url"] for link in links] == ["about/privacy/", "about/accessibility/",
                                               "about/website-policy/", "about/contact/", "about/sitemap/"]


def test_every_default_standard_page_is_a_valid_thai_page() -> None:
    for slug in STANDARD:
        page = default_page(slug)
        assert re.search("[ก-๙]", page.title) and re.search("[ก-๙]", page.body), slug
        assert page.contact == (slug == "contact") and not page.example


def test_the_sitemap_page_lists_every_page_of_the_site_once(demo_copy: Path) -> None:
    checked = pipeline.check(demo_copy)
    assert checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    sitemap = files["docs/about/sitemap.md"].decode()
    links = re.findall(r"^- \[[^\]]+\]\(([^)]+)\)$", sitemap, flags=re.M)
    pages = {path.removeprefix("docs/") for path in files
             if path.startswith("docs/") and path.endswith(".md")}
    assert len(links) == len(set(links)) and len(links) > 100
    assert {posixpath.normpath(posixpath.join("about", link)) for link in links} == pages
    grouped = sitemap[sitemap.index("## การป้องกันการทุจริต"):sitemap.index("## ดัชนีข้อมูลตามเกณฑ์ OIT")]
    assert "(../anti-corruption/no-gift/2568.md)" in grouped  # a page under its own section
