"""The NACC procurement list form: exactly its sixteen columns, one row per record of the period
(ต.ค.–มี.ค.), a month without procurement stated, valid e-GP numbers; a wrong number is positioned."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator import pipeline
from generator.models.procurement import ProcurementRecord
from generator.opendata import nacc_form
from tests.conftest import edit_file, page_html

DOCUMENTED_HEADER = [   # shared/OIT.md, "The NACC procurement list form (2568, O12)"
    "ที่", "ปีงบประมาณ", "ชื่อหน่วยงาน", "อำเภอ", "จังหวัด", "กระทรวง", "ประเภทหน่วยงาน",
    "ชื่อรายการของงานที่ซื้อหรือจ้าง", "วงเงินงบประมาณที่ได้รับจัดสรร (บาท)", "แหล่งที่มาของงบประมาณ",
    "สถานะการจัดซื้อจัดจ้าง", "วิธีการจัดซื้อจัดจ้าง", "ราคากลาง (บาท)", "ราคาที่ตกลงซื้อหรือจ้าง (บาท)",
    "รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก", "เลขที่โครงการในระบบ e-GP",
]
PERIOD_FILES = ("10", "11", "12", "01", "02", "03")


def _data_rows(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8-sig").splitlines()[1:] if line.strip())


def test_xlsx_has_the_documented_header_and_one_row_per_record_of_the_period(demo_site: Path) -> None:
    folder = demo_site / "content/procurement/2569"
    records = sum(_data_rows(folder / f"{m}.csv") for m in PERIOD_FILES if (folder / f"{m}.csv").is_file())
    assert records > 0 and _data_rows(folder / "01.csv") == 0   # ม.ค. 2569: no procurement, stated
    book = load_workbook(demo_site / "site/budget/procurement/2569/nacc-procurement-list-2569.xlsx")
    rows = list(book.active.iter_rows(values_only=True))
    assert list(rows[0]) == DOCUMENTED_HEADER
    record_rows = [r for r in rows[1:] if r[0] != "-"]
    statements = [r for r in rows[1:] if r[0] == "-"]
    assert [r[0] for r in record_rows] == list(range(1, records + 1))
    assert [r[7] for r in statements] == ["ไม่มีการจัดซื้อจัดจ้างในเดือนมกราคม 2569"]
    for row in record_rows:
        assert row[1] == 2569 and row[2] == "องค์การบริหารส่วนตำบลตัวอย่างสาธิต"
        assert row[5:7] == ("กระทรวงมหาดไทย", "องค์กรปกครองส่วนท้องถิ่น")
        egp = row[15]
        assert re.fullmatch(r"\d{11}", egp), egp
        assert egp[:2] in ("68", "69") and 1 <= int(egp[2:4]) <= 12
        assert isinstance(row[8], float | int) and isinstance(row[13], float | int)


def test_csv_has_the_same_layout_and_rows(demo_site: Path) -> None:
    raw = (demo_site / "site/budget/procurement/2569/nacc-procurement-list-2569.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    book = load_workbook(demo_site / "site/budget/procurement/2569/nacc-procurement-list-2569.xlsx")
    assert rows[0] == DOCUMENTED_HEADER
    assert len(rows) == book.active.max_row


def test_the_oit_item_links_to_the_form_page_and_the_page_links_the_files(demo_site: Path) -> None:
    o11 = page_html(demo_site, "oit/2569/o11/index.html")
    assert "nacc-procurement-list/" in o11
    html = page_html(demo_site, "budget/procurement/2569/nacc-procurement-list/index.html")
    assert 'href="nacc-procurement-list-2569.xlsx"' in html or "nacc-procurement-list-2569.xlsx" in html
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนมกราคม 2569" in html


@pytest.mark.parametrize(("value", "ok"), [
    ("69089649017", True), ("๖๙๐๘๙๖๔๙๐๑๗", True), ("6913964901", False), ("69139649017", False),
    ("6908964901X", False), ("690896490171", False),
])
def test_egp_number_is_11_digits_starting_with_year_and_month(value: str, ok: bool) -> None:
    base = {"no": "1", "title": "t", "budget": "1", "method": "m", "bidders": "a — 1",
            "winner": {"name": "a", "price": "1"}}
    try:
        record = ProcurementRecord.model_validate({**base, "egp_project": value})
    except ValueError:
        assert not ok
    else:
        assert ok and record.egp_project == "69089649017"


def test_a_wrong_egp_number_is_a_positioned_error(demo_copy: Path) -> None:
    path = demo_copy / "content/procurement/2569/10.csv"
    text = path.read_text(encoding="utf-8-sig")
    number = text.splitlines()[2].rsplit(",", 1)[1]
    edit_file(path, number, "69139649017", count=1)
    errors = [d for d in pipeline.check(demo_copy).diagnostics if d.code == "bad-egp-number"]
    assert [(d.position.file, d.position.line, d.position.column, d.field) for d in errors] == [
        ("content/procurement/2569/10.csv", 3, 15, "rows[1].egp_project")]


def test_unknown_agency_columns_say_so_never_blank(demo_copy: Path) -> None:
    edit_file(demo_copy / "site_config.yml", "  ministry: กระทรวงมหาดไทย\n", "")
    checked = pipeline.check(demo_copy)
    assert checked.agency is not None
    form = next(f for f in nacc_form.form_lists(checked.agency) if f.fiscal_year == 2569)
    assert {row[5] for row in form.rows} == {"ไม่ระบุ"}


AWKWARD_MONTH = (  # ไม่ระบุ where the document says nothing; text that looks like a formula or a number
    "\ufeffno,title,budget,reference_price,method,bidders,winner,agreed_price,winner_tax_id,reason,"
    "contract_no,contract_date,budget_source,status,egp_project\n"
    '1,"=SUM(A1:A9) จ้างซ่อม <ถนน> & ""ท่อ""",1234567.89,"๑,๒๓๔,๕๖๗.๘๙",เฉพาะเจาะจง,'
    '"+ร้าน <เอ> & บี — 1234567.80",+ร้าน <เอ> & บี,1234567.80,0105561000001,เหตุผล,1/2569,2025-11-03,'
    "@งบกลาง,-ลงนามแล้ว,68119649017\n"
    '2,0123456789012,0.10,,เฉพาะเจาะจง,ร้าน ข — 0.10,ร้าน ข,0.10,,,,,,,\n'
)


def test_xlsx_reads_back_cell_for_cell_with_awkward_text_as_text(demo_copy: Path) -> None:
    (demo_copy / "content/procurement/2569/11.csv").write_text(AWKWARD_MONTH, encoding="utf-8")
    checked = pipeline.check(demo_copy)
    assert checked.agency is not None
    form = next(f for f in nacc_form.form_lists(checked.agency) if f.fiscal_year == 2569)
    path = demo_copy / "list.xlsx"
    path.write_bytes(nacc_form.xlsx_bytes(form))
    sheet = load_workbook(path)["ปีงบประมาณ 2569"]
    cells = list(sheet.iter_rows())
    assert [c.value for c in cells[0]] == DOCUMENTED_HEADER
    assert len(cells) == 1 + len(form.rows)
    for written, read in zip(form.rows, cells[1:], strict=True):   # every cell, its type kept
        for value, cell in zip(written, read, strict=True):
            if isinstance(value, str):
                assert (cell.data_type, cell.value) == ("s", value)
            else:
                assert cell.data_type == "n" and Decimal(str(cell.value)) == value
                assert cell.number_format == ("#,##0.00" if isinstance(value, Decimal) else "General")
    awkward = [[c.value for c in row] for row in cells[1:] if row[14].value in ("+ร้าน <เอ> & บี", "ร้าน ข")]
    assert [row[7:] for row in awkward] == [
        ['=SUM(A1:A9) จ้างซ่อม <ถนน> & "ท่อ"', 1234567.89, "@งบกลาง", "-ลงนามแล้ว", "เฉพาะเจาะจง",
         1234567.89, 1234567.8, "+ร้าน <เอ> & บี", "68119649017"],
        ["0123456789012", 0.1, "ไม่ระบุ", "ไม่ระบุ", "เฉพาะเจาะจง", "ไม่ระบุ", 0.1, "ร้าน ข", "ไม่ระบุ"],
    ]
    assert [sheet.column_dimensions[letter].width for letter in "AHO"] == [12, 33, 41]


def test_xlsx_is_the_same_bytes_on_every_build(demo_copy: Path) -> None:
    first, again = pipeline.check(demo_copy).agency, pipeline.check(demo_copy).agency
    assert first is not None and again is not None
    built = nacc_form.files(first)
    assert [p for p in built if p.endswith(".xlsx")] and built == nacc_form.files(again)
