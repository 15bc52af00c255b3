"""``oitgen import procurement``: agencies' แบบ สขร.1 spreadsheets (XLSX, CSV in UTF-8 and cp874).

The fixtures are built by ``tests/fixtures/procurement/make_fixtures.py``, whose docstring lists the
layout features each reproduces.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from generator.importer.procurement import cell_text, import_procurement
from generator.load.agency import load_agency
from generator.models.procurement import ProcurementMonth, _parse_month_year
from generator.registry import KINDS
from generator.values.errors import ValueParseError
from generator.values.procurement_text import split_bid, split_bidders, split_contract
from generator.values.tax_id import check_digit, is_valid_id, parse_juristic_tax_id
from tests.conftest import FIXTURES, REPO, run_cli

SHEETS = FIXTURES / "procurement"


def _month(root: Path, fiscal_year: int, month: int) -> ProcurementMonth:
    agency, diagnostics = load_agency(root, KINDS)
    assert agency is not None and diagnostics == []
    return next(m.model for m in agency.procurement_months
                if m.model.fiscal_year == fiscal_year and m.model.month == month)


def test_xlsx_in_the_sukhor1_layout_is_imported_record_by_record(agency_dir: Path) -> None:
    result = import_procurement(agency_dir, SHEETS / "10.xlsx", 2568, 10)
    # the total row and the signature line under the table are named and ignored
    assert [cell_text(d).split(": ")[:3] for d in result.diagnostics] == [
        ["10.xlsx!A12", "info", "row-after-table"], ["10.xlsx!B14", "info", "row-after-table"]]
    assert result.written == Path("content/procurement/2568/10.csv") and result.records == 3

    month = _month(agency_dir, 2568, 10)
    first, second, third = month.rows
    # row 8: Thai digits in text cells, numeric cells, numbered "name ราคา … บาท" bidder lines
    assert first.no == "1" and first.title == "จัดซื้อวัสดุสำนักงาน (กระดาษ แฟ้ม ปากกา)"
    assert first.budget.value == Decimal("12000.00") and first.reference_price.value == Decimal("12000.00")
    assert first.method == "เฉพาะเจาะจง"
    assert [(b.name, b.price.value) for b in first.bidders] == [
        ("ร้านตัวอย่างเครื่องเขียน", Decimal("11500.00")), ("หจก.สาธิตพาณิชย์", Decimal("11900.00"))]
    assert (first.winner.name, first.winner.price.value) == ("ร้านตัวอย่างเครื่องเขียน", Decimal("11500.00"))
    assert first.reason == "เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วน"
    # ใบสั่งซื้อเลขที่ ๑/๒๕๖๘ ลงวันที่ ๓ ต.ค. ๖๗
    assert (first.contract_no, first.contract_date) == ("ใบสั่งซื้อเลขที่ 1/2568", dt.date(2024, 10, 3))
    # row 9: "name — price" lines, a Thai-digit budget, "ลว." with a four-digit BE year
    assert second.budget.value == Decimal("495000.00")
    assert [b.name for b in second.bidders] == ["หจก.ตัวอย่างการช่าง", "หจก.สมมติก่อสร้าง", "บริษัท ทดสอบโยธา จำกัด"]
    assert second.winner.price.value == Decimal("489000.00")
    assert (second.contract_no, second.contract_date) == ("สัญญาจ้างเลขที่ 2/2568", dt.date(2024, 10, 15))
    # rows 10–11: one record over two merged rows, its second bidder on the second row
    assert [(b.name, b.price.value) for b in third.bidders] == [
        ("ร้านตัวอย่างการไฟฟ้า", Decimal("8400.50")), ("ร้านทดลองไฟฟ้า", Decimal("8650.00"))]
    assert third.winner.price.value == Decimal("8400.50")  # a float cell, kept exact
    assert (third.contract_no, third.contract_date) == ("ใบสั่งซื้อเลขที่ 3/2568", dt.date(2024, 10, 28))
    # the total row (รวม) and the signature line are not records
    assert len(month.rows) == 3


def test_csv_in_utf8_with_bom_and_in_cp874_give_the_same_records(agency_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(agency_dir, other)
    utf8 = import_procurement(agency_dir, SHEETS / "11-utf8.csv", 2568, 11)
    thai = import_procurement(other, SHEETS / "11-cp874.csv", 2568, 11)
    assert utf8.written is not None and thai.written is not None
    assert (agency_dir / utf8.written).read_bytes() == (other / thai.written).read_bytes()

    cleaning, fuel = _month(agency_dir, 2568, 11).rows
    assert cleaning.title == "จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน"
    assert cleaning.budget.value == Decimal("60000.00")
    assert [(b.name, b.price.value) for b in cleaning.bidders] == [
        ("หจก.ทดลองบริการ", Decimal("58000.00")), ("ร้านสมมติคลีนนิ่ง", Decimal("59500.00"))]
    # the winner cell "name — price" is split into name and agreed price
    assert (cleaning.winner.name, cleaning.winner.price.value) == ("หจก.ทดลองบริการ", Decimal("58000.00"))
    assert cleaning.winner_tax_id == "0000000000019"
    assert (cleaning.contract_no, cleaning.contract_date) == ("สัญญาจ้างเลขที่ 4/2568", dt.date(2024, 11, 1))
    assert fuel.budget.value == Decimal("25000.00")  # ๒๕,๐๐๐
    assert fuel.reference_price is not None and fuel.reference_price.value is None  # "-"
    assert (fuel.winner.name, fuel.winner.price.value) == ("บริษัท สาธิตปิโตรเลียม จำกัด", Decimal("24800.00"))
    assert (fuel.contract_no, fuel.contract_date) == ("ใบสั่งซื้อเลขที่ 5/2568", dt.date(2024, 11, 3))
    # the missing reference price is reported at its cell, but does not stop the import
    assert [cell_text(d).split(": ")[:3] for d in utf8.diagnostics] == [
        ["11-utf8.csv!B9", "info", "row-after-table"],
        ["11-utf8.csv!D7", "warning", "missing-reference-price"]]


def test_a_bad_cell_is_named_spreadsheet_style_and_nothing_is_written(agency_dir: Path) -> None:
    result = import_procurement(agency_dir, SHEETS / "bad.xlsx", 2568, 10)
    assert result.written is None
    errors = [d for d in result.diagnostics if d.is_error]
    assert [(d.code, d.field) for d in errors] == [("bad-amount", "rows[1].reference_price")]
    line = cell_text(errors[0])
    assert line.startswith('bad.xlsx!D9: error: bad-amount: rows[1].reference_price: "20,0000"')
    assert "ไม่ใช่จำนวนเงิน" in line
    assert not (agency_dir / "content").exists()


def test_the_month_printed_above_the_table_must_match(agency_dir: Path) -> None:
    result = import_procurement(agency_dir, SHEETS / "10.xlsx", 2568, 11)
    assert [(d.code, cell_text(d).split(":")[0]) for d in result.diagnostics if d.is_error] == [
        ("header-month-mismatch", "10.xlsx!A2")]
    assert "ตุลาคม 2567" in result.diagnostics[0].message_th
    assert "พฤศจิกายน 2567" in result.diagnostics[0].message_th
    assert result.written is None


def test_cli_import_exits_1_on_errors_and_0_with_the_file_written(agency_dir: Path) -> None:
    bad = run_cli("--root", agency_dir, "import", "procurement", SHEETS / "bad.xlsx", "--year", "2568",
                  "--month", "10")
    assert bad.code == 1 and "bad.xlsx!D9" in bad.err and "nothing written" in bad.err
    good = run_cli("--root", agency_dir, "import", "procurement", SHEETS / "10.xlsx", "--year", "2568",
                   "--month", "10")
    assert good.code == 0, good.err
    assert "content/procurement/2568/10.csv" in good.out and "3 record" in good.out
    check = run_cli("--root", agency_dir, "check", "--strict")
    assert check.code == 0, check.err
    usage = run_cli("--root", agency_dir, "import", "procurement", SHEETS / "10.xlsx", "--year", "2568",
                    "--month", "13")
    assert usage.code == 2


def test_fixture_builder_output_is_committed() -> None:
    for name in ("10.xlsx", "bad.xlsx", "11-utf8.csv", "11-cp874.csv"):
        assert (SHEETS / name).is_file(), name
    assert (SHEETS / "11-utf8.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    (SHEETS / "11-cp874.csv").read_bytes().decode("cp874")
    assert REPO in SHEETS.parents


@pytest.mark.parametrize(("text", "expected"), [
    ("หจก.ตัวอย่าง — 10,000.00", ("หจก.ตัวอย่าง", "10,000.00")),
    ("หจก.ตัวอย่าง - 10,000 บาท", ("หจก.ตัวอย่าง", "10,000")),
    ("หจก.ตัวอย่าง ราคาที่ตกลงซื้อหรือจ้าง 9,500.00 บาท", ("หจก.ตัวอย่าง", "9,500.00")),
    ("บริษัท เอ-บี จำกัด – ๕๐๐", ("บริษัท เอ-บี จำกัด", "๕๐๐")),
    ("๒. ร้าน 7/11 - 500", ("ร้าน 7/11", "500")),
])
def test_a_bid_is_split_into_name_and_price(text: str, expected: tuple[str, str]) -> None:
    assert split_bid(text) == expected


def test_bidders_are_split_on_lines_and_semicolons_and_a_price_line_joins_its_name() -> None:
    assert split_bidders("1. หจก.ก\n   ราคา 10,000 บาท\n2. หจก.ข\n   ราคา 11,000 บาท") == [
        ("หจก.ก", "10,000"), ("หจก.ข", "11,000")]
    assert split_bidders("ร้าน ก — 1; ร้าน ข - 2") == [("ร้าน ก", "1"), ("ร้าน ข", "2")]
    with pytest.raises(ValueParseError) as caught:
        split_bidders("ร้าน ก — 1; ร้านที่ไม่มีราคา")
    assert caught.value.code == "bad-bidder"


@pytest.mark.parametrize(("text", "expected"), [
    ("สัญญาเลขที่ 12/2567 ลงวันที่ 1 ต.ค. 67", ("สัญญาเลขที่ 12/2567", "1 ต.ค. 67")),
    ("ใบสั่งซื้อเลขที่ 5/2568 ลว. 3 ต.ค. 2567", ("ใบสั่งซื้อเลขที่ 5/2568", "3 ต.ค. 2567")),
    ("ใบสั่งซื้อเลขที่\n 5/2568,  ลว. 3 ต.ค. 2567", ("ใบสั่งซื้อเลขที่ 5/2568", "3 ต.ค. 2567")),
    ("12/2567\n1 ต.ค. 67", ("12/2567", "1 ต.ค. 67")),
    ("12/2567", ("12/2567", None)),
    ("-", (None, None)),
])
def test_a_contract_cell_is_split_into_number_and_date(text: str, expected: tuple) -> None:
    assert split_contract(text) == expected


def test_only_a_juristic_tax_id_is_accepted() -> None:
    assert parse_juristic_tax_id("0-0000-00000-01-9") == "0000000000019"
    person = "100000000000" + str(check_digit("100000000000"))  # made up: checksum-valid, first digit 1
    assert is_valid_id(person)
    for raw, code in ((person, "personal-id"), ("0000000000018", "bad-tax-id"), ("12345", "bad-tax-id")):
        with pytest.raises(ValueParseError) as caught:
            parse_juristic_tax_id(raw)
        assert caught.value.code == code


def test_split_sub_columns_and_excel_date_cells_are_read(agency_dir: Path, tmp_path: Path) -> None:
    """Another common layout: bidders, winner and contract each split into two sub-columns, one bidder
    per row with the record's other cells merged down, and the contract date as an Excel date whose
    year is the BE year (Thai Excel)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2568"
    top = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง"]
    for column, text in enumerate(top, 1):
        sheet.cell(3, column, text)
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    for column, text, subs in ((6, "รายชื่อผู้เสนอราคาและราคาที่เสนอ", ("ผู้เสนอราคา", "ราคาที่เสนอ")),
                               (8, "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", ("ชื่อ", "ราคา")),
                               (11, "เลขที่และวันที่ของสัญญาหรือข้อตกลง", ("เลขที่", "วันที่"))):
        sheet.cell(3, column, text)
        sheet.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + 1)
        sheet.cell(4, column, subs[0])
        sheet.cell(4, column + 1, subs[1])
    sheet.cell(3, 10, "เหตุผลที่คัดเลือกโดยสรุป")
    sheet.merge_cells(start_row=3, start_column=10, end_row=4, end_column=10)
    sheet.append([1, "จัดซื้อวัสดุเชื้อเพลิง", 30000, 30000, "เฉพาะเจาะจง", "หจก.ทดลองพลังงาน", 28000,
                  "หจก.ทดลองพลังงาน", 28000, "ราคาต่ำสุด", "7/2568", dt.datetime(2568, 1, 9)])
    sheet.append([None, None, None, None, None, "ร้านสมมติน้ำมัน", 29500])
    for column in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12):
        sheet.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    path = tmp_path / "01.xlsx"
    book.save(path)

    result = import_procurement(agency_dir, path, 2568, 1)
    assert [cell_text(d) for d in result.diagnostics] == []
    [record] = _month(agency_dir, 2568, 1).rows
    assert [(b.name, b.price.value) for b in record.bidders] == [
        ("หจก.ทดลองพลังงาน", Decimal("28000.00")), ("ร้านสมมติน้ำมัน", Decimal("29500.00"))]
    assert (record.winner.name, record.winner.price.value) == ("หจก.ทดลองพลังงาน", Decimal("28000.00"))
    assert (record.contract_no, record.contract_date) == ("7/2568", dt.date(2025, 1, 9))


@pytest.mark.parametrize(("old", "new", "cell"), [
    ('"60,000.00"', '"٦٠,٠٠٠.٠٠"', "C6"),    # Arabic-Indic digits in an imported sheet
    ('"60,000.00"', '"６0,000.00"', "C6"),    # one full-width digit
    ('"๒๕,๐๐๐"', '"๒๕ ๐๐๐"', "C7"),          # sheet row 7 (row 6 holds a two-line cell)
])
def test_an_imported_number_in_another_script_or_with_a_space_is_refused_at_its_cell(
        agency_dir: Path, tmp_path: Path, old: str, new: str, cell: str) -> None:
    sheet = tmp_path / "11-utf8.csv"
    text = (SHEETS / "11-utf8.csv").read_text(encoding="utf-8-sig")
    assert old in text
    sheet.write_text(text.replace(old, new, 1), encoding="utf-8-sig")
    result = import_procurement(agency_dir, sheet, 2568, 11)
    assert result.written is None
    errors = [cell_text(d) for d in result.diagnostics if d.is_error]
    assert len(errors) == 1 and errors[0].startswith(f"11-utf8.csv!{cell}: error: bad-amount:")
    assert not (agency_dir / "content").exists()


def test_number_arguments_take_only_ascii_or_thai_digits(agency_dir: Path) -> None:
    args = ("--root", agency_dir, "import", "procurement", SHEETS / "10.xlsx")
    assert run_cli(*args, "--year", "٢٥٦٨", "--month", "10").code == 2
    assert run_cli(*args, "--year", "2568", "--month", "１０").code == 2
    assert run_cli(*args, "--year", "2_568", "--month", "10").code == 2
    assert run_cli(*args, "--year", "๒๕๖๘", "--month", "๑๐").code == 0


@pytest.mark.parametrize("raw", ["ธ.ค. ٢٥٦٧", "١٢/2567", "ธ.ค. 2024", "ธ.ค. 2300", "12/2800"])
def test_a_month_and_year_needs_ascii_or_thai_digits_and_a_plausible_be_year(raw: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        _parse_month_year(raw)
    assert caught.value.code == "bad-month"


def test_a_month_and_year_in_thai_digits_is_read() -> None:
    assert _parse_month_year("ธันวาคม ๒๕๖๗") == dt.date(2024, 12, 1)
    assert _parse_month_year("12/67") == dt.date(2024, 12, 1)


def test_a_signature_block_and_notes_below_the_total_row_are_named_and_ignored(agency_dir: Path) -> None:
    """The issue's sheet: the signature sits under the bidders column, below the total row."""
    result = import_procurement(agency_dir, SHEETS / "10-signed.xlsx", 2568, 10)
    assert result.written is not None and result.records == 3
    ignored = {cell_text(d).split(": ")[0]: d for d in result.diagnostics}
    assert set(ignored) == {"10-signed.xlsx!A12", "10-signed.xlsx!A13", "10-signed.xlsx!B14",
                            "10-signed.xlsx!F15", "10-signed.xlsx!F16", "10-signed.xlsx!F17",
                            "10-signed.xlsx!F19"}
    assert all(d.code == "row-after-table" and d.severity == "info" for d in ignored.values())
    assert "ผู้รายงาน" in ignored["10-signed.xlsx!F15"].message
    assert "ณ วันที่ ๕ พฤศจิกายน ๒๕๖๗" in ignored["10-signed.xlsx!F19"].message_th
    # the last record keeps exactly its own two bidders, not the signature
    last = _month(agency_dir, 2568, 10).rows[-1]
    assert [b.name for b in last.bidders] == ["ร้านตัวอย่างการไฟฟ้า", "ร้านทดลองไฟฟ้า"]


def test_a_bad_cell_above_a_signature_block_is_named_by_its_own_address(agency_dir: Path) -> None:
    result = import_procurement(agency_dir, SHEETS / "10-signed-bad.xlsx", 2568, 10)
    assert result.written is None
    errors = [cell_text(d) for d in result.diagnostics if d.is_error]
    assert len(errors) == 1 and errors[0].startswith(
        '10-signed-bad.xlsx!D10: error: bad-amount: rows[2].reference_price: "8,7OO"')


def test_a_contract_reference_is_the_same_from_one_cell_or_two_columns(agency_dir: Path,
                                                                         tmp_path: Path) -> None:
    """ใบสั่งซื้อเลขที่ 9/2568 ลว. 4 พ.ย. 2567 in one cell, or split in two columns: same record."""
    from openpyxl import Workbook

    heads = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
             "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
             "เหตุผลที่คัดเลือกโดยสรุป"]
    record = [1, "จัดซื้อวัสดุ", 900, 900, "เฉพาะเจาะจง", "ร้านตัวอย่าง — 900", "ร้านตัวอย่าง — 900", "ต่ำสุด"]
    one, two = Workbook(), Workbook()
    one.active.append([*heads, "เลขที่และวันที่ของสัญญาหรือข้อตกลง"])
    one.active.append([*record, "ใบสั่งซื้อเลขที่ 9/2568 ลว. 4 พ.ย. 2567"])
    two.active.append([*heads, "เลขที่และวันที่ของสัญญาหรือข้อตกลง"])
    two.active.merge_cells("I1:J1")  # the heading over two sub-columns, labelled in the row below
    two.active.append([None] * 8 + ["เลขที่", "วันที่"])
    two.active.append([*record, "ใบสั่งซื้อเลขที่  9/2568", "4 พ.ย. 2567"])
    found = []
    for name, book in (("one", one), ("two", two)):
        root = agency_dir if name == "one" else Path(shutil.copytree(agency_dir, tmp_path / "other"))
        book.save(tmp_path / f"{name}.xlsx")
        result = import_procurement(root, tmp_path / f"{name}.xlsx", 2568, 11)
        assert result.written is not None, [cell_text(d) for d in result.diagnostics]
        [row] = _month(root, 2568, 11).rows
        found.append((row.contract_no, row.contract_date))
    assert found[0] == found[1] == ("ใบสั่งซื้อเลขที่ 9/2568", dt.date(2024, 11, 4))


def test_a_bad_bidder_on_a_record_s_second_row_is_named_by_that_row(agency_dir: Path, tmp_path: Path) -> None:
    """Record 3 spans rows 10–11, one bidder per row: a price missing in F11 is reported at F11."""
    from openpyxl import load_workbook

    book = load_workbook(SHEETS / "10.xlsx")
    book.active["F11"] = "ร้านทดลองไฟฟ้า"  # no price
    book.save(tmp_path / "10.xlsx")
    result = import_procurement(agency_dir, tmp_path / "10.xlsx", 2568, 10)
    assert result.written is None
    errors = [cell_text(d) for d in result.diagnostics if d.is_error]
    assert len(errors) == 1 and errors[0].startswith("10.xlsx!F11: error: bad-bidder: rows[2].bidders:")
