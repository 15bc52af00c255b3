"""``oitgen import procurement`` reads the NACC procurement list form as well as แบบ สขร.1: the
form's own layout, written by oitgen from the demo's October 2568 records, imports back to them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openpyxl import load_workbook

from generator import pipeline
from generator.importer.procurement import import_procurement
from generator.load.procurement_csv import read_month_csv
from generator.opendata import nacc_form


def _october_form(root: Path, target: Path) -> Path:
    checked = pipeline.check(root)
    assert checked.agency is not None
    form = next(f for f in nacc_form.form_lists(checked.agency) if f.fiscal_year == 2569)
    october = _rows_of_month(root)
    only = dataclasses.replace(form, rows=form.rows[:october], records=october)
    target.write_bytes(nacc_form.xlsx_bytes(only))
    return target


def _rows_of_month(root: Path) -> int:
    text = (root / "content/procurement/2569/10.csv").read_text(encoding="utf-8-sig")
    return sum(1 for line in text.splitlines()[1:] if line.strip())


def test_the_nacc_form_imports_as_a_month_file(demo_copy: Path, tmp_path: Path) -> None:
    sheet = _october_form(demo_copy, tmp_path / "nacc-10.xlsx")
    original, _ = read_month_csv(demo_copy / "content/procurement/2569/10.csv", "10.csv")
    assert original is not None
    (demo_copy / "content/procurement/2569/10.csv").unlink()
    result = import_procurement(demo_copy, sheet, 2569, 10)
    assert result.written is not None and result.records == len(original.data["rows"])
    imported, problems = read_month_csv(demo_copy / "content/procurement/2569/10.csv", "10.csv")
    assert problems == [] and imported is not None
    for before, after in zip(original.data["rows"], imported.data["rows"], strict=True):
        for key in ("title", "method", "budget_source", "status", "egp_project"):
            assert after[key] == before[key], key
        assert after["winner"] == before["winner"]
        assert "bidders" not in after          # the form has no bidders column: unknown, not invented
    warnings = {d.code for d in result.diagnostics}
    assert "missing-bidders" in warnings


def test_the_no_procurement_line_of_the_form_is_not_a_record(demo_copy: Path, tmp_path: Path) -> None:
    sheet = _october_form(demo_copy, tmp_path / "nacc.xlsx")
    book = load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    book.active.delete_rows(2, len(rows))
    book.active.append(["-", 2569, "x", "x", "x", "x", "x", "ไม่มีการจัดซื้อจัดจ้างในเดือนตุลาคม 2568",
                        *["-"] * 8])
    book.save(sheet)
    result = import_procurement(demo_copy, sheet, 2569, 10)
    assert result.written is not None and result.records == 0


def test_a_row_of_another_fiscal_year_is_refused_at_its_cell(demo_copy: Path, tmp_path: Path) -> None:
    sheet = _october_form(demo_copy, tmp_path / "nacc.xlsx")
    book = load_workbook(sheet)
    book.active["B3"] = 2568
    book.save(sheet)
    result = import_procurement(demo_copy, sheet, 2569, 10)
    assert result.written is None
    assert [(d.code, d.position.line, d.position.column) for d in result.diagnostics] == [
        ("form-year-mismatch", 3, 2)]
