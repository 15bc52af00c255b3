"""Procurement pages and open data: the annual summary is computed from the months; the month page
shows the แบบ สขร.1 table; the data files are what data.go.th asks for."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from html import unescape
from pathlib import Path

import jsonschema

from generator import pipeline
from generator.models.procurement_figures import annual_summary
from generator.render import render_site
from generator.render.site_pages import build_pages
from tests.conftest import FIXTURES
from tests.conftest import visible_text as _text
from tests.tiny_pdf import make_pdf

AGENCY = FIXTURES / "procurement/agency"


def _checked() -> pipeline.Checked:
    checked = pipeline.check(AGENCY)
    assert checked.ok and checked.agency is not None
    return checked


def test_annual_summary_is_computed_from_the_month_files() -> None:
    agency = _checked().agency
    assert agency is not None
    summary = annual_summary(2568, [m.model for m in agency.procurement_months])
    # by hand from tests/fixtures/procurement/agency: October 10,000 + 500,000 (agreed 9,500 + 480,000),
    # November 20,000.50 + 3,000 (agreed 19,999.50 + 2,900), December: a file with no records
    assert summary.totals.count == 4
    assert summary.totals.budget == Decimal("533000.50")
    assert summary.totals.agreed == Decimal("512399.50")
    assert [(m.method, m.totals.count, m.totals.budget, m.totals.agreed) for m in summary.methods] == [
        ("เฉพาะเจาะจง", 3, Decimal("33000.50"), Decimal("32399.50")),
        ("e-bidding", 1, Decimal("500000.00"), Decimal("480000.00")),
    ]
    months = {m.month: (m.has_file, m.totals.count, m.totals.agreed) for m in summary.months}
    assert months[10] == (True, 2, Decimal("489500.00"))
    assert months[11] == (True, 2, Decimal("22899.50"))
    assert months[12] == (True, 0, Decimal("0.00"))
    assert months[1] == (False, 0, Decimal("0.00"))
    assert summary.months_with_files == {10, 11, 12} and not summary.complete


def test_pages_declare_their_oit_topics_fiscal_year_and_months() -> None:
    checked = _checked()
    assert checked.agency is not None
    pages = {p.path: p for p in build_pages(checked.agency, checked.diagnostics)
             if p.path.startswith("budget/procurement/")}
    annual = pages["budget/procurement/2568/index.md"]
    # three months only: year to date, not yet the annual report
    assert (annual.topics, annual.fiscal_year) == (("procurement_monthly",), 2568)
    assert annual.months == {10, 11, 12}
    october = pages["budget/procurement/2568/10.md"]
    assert (october.topics, october.months, october.in_nav) == (("procurement_monthly",), {10}, False)
    assert pages["budget/procurement/2568/plan.md"].topics == ("procurement_plan",)
    announcements = pages["budget/procurement/2568/announcements.md"]
    assert announcements.topics == ("procurement_announcements",)
    assert str(announcements.updated) == "2024-10-15"


def test_annual_page_shows_the_computed_figures_and_links_the_months() -> None:
    checked = _checked()
    assert checked.agency is not None
    page = render_site(checked.agency, checked.diagnostics)["docs/budget/procurement/2568/index.md"]
    text = _text(page.decode("utf-8"))
    assert "จำนวนรายการจัดซื้อจัดจ้าง 4 รายการ" in text
    assert "วงเงินรวม 533,000.50 บาท" in text
    assert "ราคาที่ตกลงซื้อหรือจ้างรวม 512,399.50 บาท" in text
    assert "เฉพาะเจาะจง 3 33,000.50 32,399.50" in text
    assert "3 จาก 12 เดือน" in text and "ยังไม่ครบปีงบประมาณ" in text
    html = page.decode("utf-8")
    assert '<a href="10/">ตุลาคม 2567</a>' in html  # raw HTML: the built page's final URL
    assert "มกราคม 2568 ยังไม่มีข้อมูล" in text
    assert "(../../../data/procurement-2568.csv)" in html  # Markdown link: MkDocs checks it


def test_open_data_csv_has_english_columns_bom_and_one_row_per_record() -> None:
    checked = _checked()
    assert checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    raw = files["docs/data/procurement-2568.csv"]
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == ["fiscal_year", "month", "no", "title", "budget", "reference_price", "method",
                             "bidders", "winner", "agreed_price", "winner_tax_id", "reason", "contract_no",
                             "contract_date", "budget_source", "status", "egp_project"]
    assert all(" " not in name for name in rows[0])
    assert len(rows) == 4
    road = rows[1]
    assert road["bidders"] == "หจก. ค — 480000.00; หจก. ง — 490000.00; บริษัท จ จำกัด — 492000.00"
    assert (road["month"], road["agreed_price"], road["contract_date"]) == ("10", "480000.00", "2024-10-20")
    schema = json.loads(files["docs/data/procurement-2568.schema.json"])
    data = json.loads(files["docs/data/procurement-2568.json"])
    jsonschema.Draft202012Validator(schema).validate(data)
    assert schema["items"]["properties"]["winner"]["title"] == "ผู้ได้รับการคัดเลือก"
    assert all(prop["title"] for prop in schema["items"]["properties"].values())


def _site(root: Path, page: str) -> str:
    return (root / "site" / page).read_text(encoding="utf-8")


def test_demo_month_page_shows_the_sukhor1_table(demo_site: Path) -> None:
    html = _site(demo_site, "budget/procurement/2568/10/index.html")
    table = html[html.index('<table class="oit-table oit-procurement">'):html.index("</table>")]
    assert "<caption>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567" in unescape(table)
    headers = re.findall(r'<th scope="col">([^<]+)</th>', table)
    assert headers == ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
                       "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ (บาท)",
                       "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง (บาท)", "เหตุผลที่คัดเลือกโดยสรุป",
                       "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
    assert table.count('<th scope="row">') >= 5
    assert re.search(r'<td class="num">\d{1,3}(,\d{3})*\.\d\d</td>', table)  # 10,000.00
    assert re.search(r"ลงวันที่ \d{1,2} ตุลาคม 2567", _text(table))  # Buddhist era
    assert "ข้อมูลสาธิต" in html
    # the tables of data-heavy month pages stay out of the search index (DESIGN §8), their titles
    # stay findable (issue 13: one title-only entry); the year page is in it whole
    index = json.loads((demo_site / "site/search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "budget/procurement/2568/" in locations
    month = [doc for doc in index["docs"] if doc["location"].startswith("budget/procurement/2568/10/")]
    assert [doc["text"] for doc in month] == [""]


def test_demo_annual_page_links_resolve_in_the_built_site(demo_site: Path) -> None:
    base = demo_site / "site/budget/procurement/2568"
    html = _site(demo_site, "budget/procurement/2568/index.html")
    content = html[html.index('<article'):html.index("</article>")]
    links = set(re.findall(r'href="([^"#]+)"', content))
    months = [link for link in links if re.fullmatch(r"\d\d/", link)]
    assert len(months) == 12
    for link in links:
        if link.startswith(("http", "mailto:")):
            continue
        target = (base / link).resolve()
        assert (target / "index.html").is_file() if link.endswith("/") else target.is_file(), link
    assert any(link.endswith("procurement-2568-ocds.json") for link in links)


def test_a_month_attachment_from_plan_yml_is_checked_and_published(tmp_path: Path) -> None:
    from tests.conftest import copy_agency
    root = copy_agency(AGENCY, tmp_path / "agency")
    (root / "content/documents/files").mkdir(parents=True)
    (root / "content/documents/files/sukhor1-2567-10.pdf").write_bytes(make_pdf(["signed form"]))
    plan = root / "content/procurement/2568/plan.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("  12:\n", (
        "  10:\n    attachments:\n      - title: แบบ สขร.1 เดือนตุลาคม 2567 (ฉบับลงนาม)\n"
        "        path: documents/files/sukhor1-2567-10.pdf\n  12:\n")), encoding="utf-8")
    checked = pipeline.check(root)
    assert checked.diagnostics == [] and checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    page = files["docs/budget/procurement/2568/10.md"].decode("utf-8")
    assert "แบบ สขร.1 เดือนตุลาคม 2567 (ฉบับลงนาม)" in unescape(page)
    assert any(path.endswith("sukhor1-2567-10.pdf") for path in files)

    (root / "content/documents/files/sukhor1-2567-10.pdf").write_bytes(b"not a pdf")
    found = [(d.code, d.position.file) for d in pipeline.check(root).diagnostics]
    assert found == [("bad-file-type", "content/procurement/2568/plan.yml")]
