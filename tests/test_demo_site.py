"""The demo agency built with real MkDocs: read the HTML a citizen gets."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from tests.conftest import page_html as _html
from tests.conftest import visible_text as _text

SECTIONS = ["ข้อมูลพื้นฐาน", "การบริหารงาน", "การบริหารเงินงบประมาณ", "การบริหารและพัฒนาทรัพยากรบุคคล",
            "การส่งเสริมความโปร่งใส", "การป้องกันการทุจริต"]


def test_site_is_thai_and_has_the_six_sections_in_the_nav(demo_site: Path) -> None:
    html = _html(demo_site, "index.html")
    assert '<html lang="th"' in html
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):]
    for section in SECTIONS:
        assert section in nav
    for slug in ["basic", "administration", "budget", "hr", "transparency", "anti-corruption"]:
        assert (demo_site / "site" / slug / "index.html").is_file()


def test_demo_banner_on_every_page(demo_site: Path) -> None:
    pages = list((demo_site / "site").rglob("index.html"))
    assert len(pages) >= 9
    for page in pages:
        assert "ข้อมูลสาธิต" in page.read_text(encoding="utf-8"), page


def test_plan_totals_are_recomputed_from_items(demo_site: Path) -> None:
    text = _text(_html(demo_site, "anti-corruption/plans/2568/index.html"))
    # content/plans/2568.yml: 10,000 + 25,000 (dim 1) ; 30,000 (dim 3) ; 20,000 (dim 4)
    assert "มิติที่ 1 4 35,000.00" in text
    assert "มิติที่ 2 3 0.00" in text
    assert "รวม 11 85,000.00" in text


def test_plan_tables_are_accessible(demo_site: Path) -> None:
    html = _html(demo_site, "anti-corruption/plans/2568/index.html")
    assert html.count("<caption>") == 1 + 6  # summary + one table per mission
    assert 'scope="col"' in html and 'scope="row"' in html
    assert 'id="dimension-1"' in html and 'id="mission-2-1"' in html


def test_acknowledged_discrepancy_is_shown_as_a_note(demo_site: Path) -> None:
    text = _text(_html(demo_site, "anti-corruption/plans/2568/index.html"))
    assert "ข้อสังเกตจากการตรวจสอบตัวเลข" in text
    assert "ตัวเลขที่พิมพ์ไว้ 95,000.00 ยอดที่คำนวณได้ 85,000.00" in text
    assert "ตามเอกสารต้นฉบับ (ยอดรวมที่พิมพ์ในแผนฉบับลงนาม)" in text


def test_no_gift_page_has_full_text_signer_and_buddhist_era_date(demo_site: Path) -> None:
    text = _text(_html(demo_site, "anti-corruption/no-gift/2568/index.html"))
    assert "ข้าพเจ้า นายสาธิต ตัวอย่าง นายกองค์การบริหารส่วนตำบลตัวอย่างสาธิต ขอประกาศนโยบาย" in text
    assert "นอกเหนือจากทรัพย์สินหรือประโยชน์อันควรได้ตามกฎหมาย" in text
    assert "ประกาศ ณ วันที่ 1 ตุลาคม 2567" in text
    assert "(นายสาธิต ตัวอย่าง)" in text
    assert "10 เมษายน 2568" in text  # report date, BE


@pytest.mark.parametrize("page", ["index.html", "anti-corruption/plans/2568/index.html"])
def test_no_request_leaves_the_site(demo_site: Path, page: str) -> None:
    html = _html(demo_site, page)
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == []
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_sections_without_data_say_so_honestly(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES, build, copy_agency
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")  # holds one plan, nothing else
    assert build(root) == 0
    text = _text(_html(root, "budget/index.html"))
    assert "ส่วนที่ยังไม่มีข้อมูล" in text
    assert "สรุปผลการจัดซื้อจัดจ้างรายเดือน" in text
    anti = _html(root, "anti-corruption/index.html")
    assert "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566" in _text(anti)   # published, so listed ...
    planned = re.findall(r"<li>(.*?)</li>", anti[anti.index('<ul class="oit-planned">'):].split("</ul>")[0])
    assert "แผนปฏิบัติการป้องกันการทุจริต" not in [unescape(p) for p in planned]  # ... not as missing
    assert "ประกาศเจตนารมณ์นโยบาย No Gift Policy" in [unescape(p) for p in planned]


def test_unchanged_rebuild_rewrites_no_generated_file(demo_site: Path) -> None:
    from tests.conftest import build
    docs = demo_site / "build"
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    assert build(demo_site) == 0
    after = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    assert before == after
