"""The OIT index in the built demo: stable item URLs that resolve, the assessors' CSV, the report."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.conftest import DEMO, run_cli


def _resolves(site: Path, page_url: str, href: str) -> bool:
    target = urljoin(page_url, href).split("#")[0]
    path = site / target
    return (path / "index.html").is_file() if target.endswith("/") or not target else path.is_file()


@pytest.mark.parametrize(("year", "count"), [(2569, 26), (2568, 26)])
def test_every_item_has_a_stable_url_that_resolves(demo_site: Path, year: int, count: int) -> None:
    site = demo_site / "site"
    index = (site / f"oit/{year}/index.html").read_text(encoding="utf-8")
    start = index.index('<table class="oit-table oit-index">')
    table = index[start:index.index("</table>", start)]
    hrefs = re.findall(r'href="([^"]+)"', table)
    item_links = [h for h in hrefs if re.fullmatch(r"o\d+/", h)]
    assert len(item_links) == count
    for n in range(1, count + 1):
        assert (site / f"oit/{year}/o{n}/index.html").is_file()
    for href in hrefs:
        assert _resolves(site, f"oit/{year}/", href), href


def test_item_page_shows_criterion_or_says_there_is_none(demo_site: Path) -> None:
    site = demo_site / "site"
    o1 = (site / "oit/2568/o1/index.html").read_text(encoding="utf-8")
    assert "เกณฑ์" in o1
    o8 = (site / "oit/2568/o8/index.html").read_text(encoding="utf-8")
    assert "ไม่มีข้อมูลเกณฑ์" in o8


def test_csv_is_laid_out_like_the_assessors_form(demo_site: Path) -> None:
    raw = (demo_site / "site/oit/2568/oit-2568.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())   # Excel opens Thai correctly
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["ข้อ", "URL", "คำอธิบาย"]
    assert [r[0] for r in rows[1:]] == [f"O{n}" for n in range(1, 27)]
    assert rows[12][1].endswith("oit/2568/o12/")


def test_report_prints_coverage_and_exits_0() -> None:
    result = run_cli("--root", DEMO, "report", "--year", "2568")
    assert result.code == 0
    assert result.out.startswith("OIT 2568:")
    assert re.search(r"^O22\s+\w+\s+oit/2568/o22/", result.out, re.M)
    assert "O6   unconfirmed" in result.out


def test_report_for_an_unconfigured_year_is_a_usage_error() -> None:
    result = run_cli("--root", DEMO, "report", "--year", "2500")
    assert result.code == 2 and "2500" in result.err


def test_demo_publishes_every_confirmed_item_of_2569_and_2568() -> None:
    from generator import pipeline
    from generator.oit.coverage import Status

    coverage = pipeline.coverage(pipeline.check(DEMO))
    assert list(coverage) == [2569, 2568]
    for year in (2569, 2568):
        statuses = {row.item.code: row.status for row in coverage[year]}
        assert {code for code, status in statuses.items() if status is not Status.PUBLISHED} == {"O6", "O7"}
        assert statuses["O6"] is Status.UNCONFIRMED
    rows = {row.item.code: row for row in coverage[2569]}
    assert (rows["O11"].rule.key, rows["O11"].fiscal_year) == ("quarterly", 2569)
    # previous-year items of 2569 are fed from the FY 2568 data
    assert (rows["O12"].fiscal_year, rows["O14"].fiscal_year, rows["O24"].fiscal_year) == (2568, 2568, 2568)
    assert any(page.path == "budget/procurement/2568/index.md" for page in rows["O12"].evidence)


def test_report_shows_each_item_s_rule() -> None:
    result = run_cli("--root", DEMO, "report", "--year", "2569")
    assert result.code == 0
    lines = result.out.splitlines()
    o11 = lines.index(next(line for line in lines if line.startswith("O11 ")))
    assert lines[o11 + 1].strip() == ("rule: quarterly, current fiscal year (Q1 and Q2) (FY 2569) / "
                                      "รายไตรมาสของปีงบประมาณที่ประเมิน (ไตรมาส 1 และ 2) (ปีงบประมาณ 2569)")
    o12 = lines.index(next(line for line in lines if line.startswith("O12 ")))
    assert "previous fiscal year (FY 2568)" in lines[o12 + 1]
    o1 = lines.index(next(line for line in lines if line.startswith("O1 ")))
    assert lines[o1 + 1].strip() == "rule: no year / ไม่ผูกกับปีงบประมาณ"


def test_year_index_shows_sources_with_addresses_and_the_confirmation_state(demo_site: Path) -> None:
    html = (demo_site / "site/oit/2569/index.html").read_text(encoding="utf-8")
    assert "shared/OIT.md" not in html and "OIT.md" not in html
    assert "github.com/rtrdasmartrailway/web" in html
    text = re.sub(r"<[^>]+>", " ", html)
    assert "ยืนยันหัวข้อแล้ว 24 ข้อ ยังไม่ได้ยืนยัน 2 ข้อ" in text
    for year in (2569, 2568):
        for n in range(1, 27):
            page = (demo_site / f"site/oit/{year}/o{n}/index.html").read_text(encoding="utf-8")
            assert "OIT.md" not in page, (year, n)
