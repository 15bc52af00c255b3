"""News (ข่าวประชาสัมพันธ์): Markdown files with front matter, sanitised bodies, pages and the Atom feed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest

from generator import pipeline
from generator.diagnostics import Diagnostic
from generator.render import render_site
from generator.render.markdown_text import render_markdown
from tests.conftest import visible_text as _text

ATOM = "{http://www.w3.org/2005/Atom}"
NEWS = "content/news"
DEMO_TITLES_NEWEST_FIRST = [
    "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
    "ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569",
    "ประกาศงดจ่ายน้ำประปาหมู่บ้านชั่วคราว หมู่ที่ 3",
    "ประกาศ กำหนดเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
    "หน่วยบริการเคลื่อนที่ รับชำระภาษีและลงทะเบียนเบี้ยยังชีพ",
    "งานประเพณีลอยกระทง ประจำปี 2567",
    "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2568",
    "กิจกรรมวันแม่แห่งชาติ ประจำปี 2567",
]
HOSTILE_BODY = """ย่อหน้าแรก

<script>alert('x')</script>

[คลิก](javascript:alert(1)) และ <img src=x onerror=alert(1)> และ [ลิงก์ภายใน](../../site_config.yml)

<a href="https://www.example.org/ok" onclick="alert(1)">ปลอดภัย</a>
"""


def _news(root: Path, name: str, text: str) -> str:
    relpath = f"{NEWS}/{name}"
    (root / relpath).write_text(text, encoding="utf-8")
    return relpath


def _item(title: str = "ข่าวทดสอบ", date: str = "2025-02-01", body: str = "เนื้อหา", extra: str = "") -> str:
    return f"---\ntitle: {title}\ndate: {date}\nsummary: สรุปข่าว\n{extra}---\n{body}\n"


def _errors(root: Path) -> list[Diagnostic]:
    return [d for d in pipeline.check(root).diagnostics if d.is_error or not d.is_acknowledged]


def _files(root: Path) -> dict[str, bytes]:
    checked = pipeline.check(root)
    assert checked.ok, [d.text() for d in checked.diagnostics if d.is_error]
    return render_site(checked.agency, checked.diagnostics)


def _feed_entries(feed: bytes) -> list[ET.Element]:
    root = ET.fromstring(feed)
    assert root.tag == f"{ATOM}feed"
    return root.findall(f"{ATOM}entry")


# --- loading ------------------------------------------------------------------------------------

def test_demo_news_loads_with_body_and_category(demo_copy: Path) -> None:
    agency = pipeline.check(demo_copy).agency
    assert agency is not None and len(agency.news) == 8
    item = next(n for n in agency.news if n.slug == "2024-12-05-mobile-service")
    assert item.model.category.value == "ข่าวประชาสัมพันธ์" and item.model.example
    assert "| วันที่ | สถานที่ | เวลา |" in item.model.body


def test_front_matter_error_names_the_line_in_the_markdown_file(demo_copy: Path) -> None:
    relpath = _news(demo_copy, "2025-02-01-bad-date.md", _item(date="31 ก.พ. 2568"))
    (found,) = _errors(demo_copy)
    assert (found.code, found.field, str(found.position)) == ("bad-date", "date", f"{relpath}:3:7")


def test_yaml_syntax_error_in_front_matter_is_positioned_in_the_file(demo_copy: Path) -> None:
    relpath = _news(demo_copy, "2025-02-01-bad-yaml.md",
                    '---\ntitle: ข่าว\ndate: 2025-02-01\nsummary: "ไม่ปิดเครื่องหมายคำพูด\n---\nเนื้อหา\n')
    (found,) = _errors(demo_copy)
    assert found.code == "yaml-syntax" and found.position.file == relpath and found.position.line >= 4


def test_unknown_front_matter_key_is_an_error_at_its_line(demo_copy: Path) -> None:
    relpath = _news(demo_copy, "2025-02-01-typo.md", _item(extra="sumary: พิมพ์ผิด\n"))
    (found,) = _errors(demo_copy)
    assert (found.code, str(found.position)) == ("unknown-key", f"{relpath}:5:9")
    assert found.details["suggestion"] == "summary"


def test_file_without_front_matter_is_an_error(demo_copy: Path) -> None:
    relpath = _news(demo_copy, "2025-02-01-plain.md", "# ข่าว\n\nไม่มีส่วนหัว\n")
    (found,) = _errors(demo_copy)
    assert (found.code, str(found.position)) == ("missing-front-matter", f"{relpath}:1:1")


def test_body_is_not_a_front_matter_key(demo_copy: Path) -> None:
    _news(demo_copy, "2025-02-01-body.md", _item(extra="body: ซ่อนไว้\n"))
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("unknown-key", "body")


@pytest.mark.parametrize("name", ["news.md", "2025-02-01 ข่าว.md", "2025-02-01-Road_Repair.md"])
def test_news_file_name_is_date_then_ascii_slug(demo_copy: Path, name: str) -> None:
    _news(demo_copy, name, _item())
    (found,) = _errors(demo_copy)
    assert found.code == "bad-file-name"


def test_date_must_match_the_file_name(demo_copy: Path) -> None:
    relpath = _news(demo_copy, "2025-02-01-mismatch.md", _item(date="2 ก.พ. 2568"))
    (found,) = _errors(demo_copy)
    assert (found.code, str(found.position)) == ("news-date-mismatch", f"{relpath}:3:7")


def test_unknown_category_is_refused(demo_copy: Path) -> None:
    _news(demo_copy, "2025-02-01-category.md", _item(extra="category: ข่าวลือ\n"))
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("bad-choice", "category")


# --- Markdown bodies ----------------------------------------------------------------------------

def test_markdown_body_is_rendered_then_sanitised() -> None:
    html = str(render_markdown(HOSTILE_BODY))
    assert "<script" not in html and "alert('x')" not in html
    assert "javascript:" not in html and "onerror" not in html
    assert "<img" not in html and "onclick" not in html
    assert "site_config" not in html  # relative links are dropped: MkDocs would not check them
    assert '<a href="https://www.example.org/ok" rel="noopener noreferrer">ปลอดภัย</a>' in html
    assert "<p>ย่อหน้าแรก</p>" in html


def test_markdown_keeps_tables_admonitions_and_shifts_headings() -> None:
    source = '# หัวข้อ\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n!!! note "หมายเหตุ"\n    ข้อความ\n'
    html = str(render_markdown(source, heading_level=3, id_prefix="n-"))
    assert re.search(r'<h3 id="n-[^"]+">หัวข้อ</h3>', html)
    assert "<table>" in html and "<td>1</td>" in html
    assert '<div class="admonition note">' in html and '<p class="admonition-title">หมายเหตุ</p>' in html


def test_attribute_syntax_and_raw_html_attributes_do_nothing() -> None:
    source = 'ข้อความ\n{: onclick="alert(1)" }\n\n<p style="position:fixed" class="x" id="top">y</p>\n'
    html = str(render_markdown(source))
    tags = re.findall(r"<[a-z][^>]*>", html)
    assert tags == ["<p>", "<p>"]  # attr_list is off: the braces stay text; raw attributes are dropped


def test_hostile_news_renders_inert_on_the_page_and_in_the_feed(demo_copy: Path) -> None:
    _news(demo_copy, "2025-02-01-hostile.md",
          _item(title='"<script>alert(1)</script> [x](javascript:alert(1))"', body=HOSTILE_BODY))
    files = _files(demo_copy)
    page = files["docs/basic/news/2568.md"].decode()
    assert "<script" not in page and "javascript:" not in page and "](javascript" not in page
    assert "onerror" not in page and "<img" not in page and "onclick" not in page
    assert "## &#60;script&#62;alert&#40;1&#41;&#60;/script&#62; &#91;x&#93;" in page  # the title is text
    entries = _feed_entries(files["docs/news/feed.xml"])
    (entry,) = [e for e in entries if "hostile" in e.find(f"{ATOM}link").get("href")]
    assert entry.find(f"{ATOM}title").text == "<script>alert(1)</script> [x](javascript:alert(1))"
    content = entry.find(f"{ATOM}content").text
    assert "<script" not in content and "javascript:" not in content and "onerror" not in content


# --- pages and feed -----------------------------------------------------------------------------

def test_news_pages_group_items_by_fiscal_year_newest_first(demo_copy: Path) -> None:
    from generator.render.site_pages import build_pages
    checked = pipeline.check(demo_copy)
    pages = {p.path: p for p in build_pages(checked.agency, checked.diagnostics)}
    year = pages["basic/news/2568.md"]
    assert (year.fiscal_year, year.topics, year.in_nav) == (2568, ("news",), False)
    assert year.updated.isoformat() == "2025-03-20"
    assert pages["basic/news/2567.md"].fiscal_year == 2567  # 12 Aug 2024 is in fiscal year 2567
    assert [i["title"] for i in year.context["items"]] == DEMO_TITLES_NEWEST_FIRST[2:7]
    index = pages["basic/news/index.md"]
    assert index.topics == ("news",) and index.in_nav and index.section == "basic"


def test_feed_is_valid_atom_with_entries_newest_first(demo_copy: Path) -> None:
    feed = _files(demo_copy)["docs/news/feed.xml"]
    assert feed.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(feed)
    for tag in ("title", "id", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    entries = _feed_entries(feed)
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles == ["[ข้อมูลสาธิต] " + title for title in DEMO_TITLES_NEWEST_FIRST]
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True) and updated[0] == "2026-01-20T00:00:00+07:00"
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)
    # no site.url: links are relative to the feed at /news/feed.xml
    assert entries[0].find(f"{ATOM}link").get("href") == \
        "../basic/news/2569/#2026-01-20-land-tax-2569"
    assert root.find(f"{ATOM}link[@rel='self']") is None


def test_feed_links_are_absolute_when_the_site_url_is_known(demo_copy: Path) -> None:
    config = demo_copy / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site:\n", "site:\n  url: https://www.example.go.th/oit\n"), encoding="utf-8")
    feed = _files(demo_copy)["docs/news/feed.xml"]
    root = ET.fromstring(feed)
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "https://www.example.go.th/oit/news/feed.xml"
    last = _feed_entries(feed)[-1].find(f"{ATOM}link").get("href")
    assert last == "https://www.example.go.th/oit/basic/news/2567/#2024-08-12-mothers-day"


def test_site_without_news_has_no_news_pages_feed_or_home_section(demo_copy: Path) -> None:
    for path in (demo_copy / NEWS).iterdir():
        path.unlink()
    files = _files(demo_copy)
    assert "docs/news/feed.xml" not in files and "docs/basic/news/index.md" not in files
    assert "ข่าวประชาสัมพันธ์ล่าสุด" not in files["docs/index.md"].decode()
    assert "news_feed: null" in files["mkdocs.yml"].decode()
    assert "<li>ข่าวประชาสัมพันธ์</li>" in files["docs/basic/index.md"].decode()


# --- the demo built with real MkDocs ------------------------------------------------------------

def test_home_page_shows_the_three_latest_news(demo_site: Path) -> None:
    html = (demo_site / "site/index.html").read_text(encoding="utf-8")
    news = html[html.index('id="news"'):]
    links = re.findall(r'<a href="(basic/news/[^"]+)">([^<]+)</a>', news)
    assert [unescape(title) for _, title in links[:3]] == DEMO_TITLES_NEWEST_FIRST[:3]
    assert links[0][0] == "basic/news/2569/#2026-01-20-land-tax-2569"
    assert DEMO_TITLES_NEWEST_FIRST[3] not in _text(news[: news.index("</ul>")])
    assert '<link rel="alternate feed" type="application/atom+xml"' in html and 'href="news/feed.xml"' in html


def test_built_news_pages_and_feed(demo_site: Path) -> None:
    site = demo_site / "site"
    index = _text((site / "basic/news/index.html").read_text(encoding="utf-8"))
    assert all(title in index for title in DEMO_TITLES_NEWEST_FIRST)
    assert index.index(DEMO_TITLES_NEWEST_FIRST[0]) < index.index(DEMO_TITLES_NEWEST_FIRST[-1])
    year = (site / "basic/news/2568/index.html").read_text(encoding="utf-8")
    assert 'id="2024-12-05-mobile-service"' in year and "<table>" in year
    assert '<div class="admonition note">' in year
    ET.fromstring((site / "news/feed.xml").read_bytes())
    feed_link = re.search(r'<a href="([^"]+)">ฟีดข่าว \(Atom\)</a>',
                          (site / "basic/news/index.html").read_text(encoding="utf-8"))
    assert feed_link and feed_link[1] == "../../news/feed.xml"
