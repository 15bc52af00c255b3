"""Procurement checks and the month-file reader: each mistake yields exactly its diagnostic, at its cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from tests.conftest import FIXTURES, copy_agency

AGENCY = FIXTURES / "procurement/agency"
OCT = "content/procurement/2568/10.csv"


def _edit(root: Path, relpath: str, old: str, new: str) -> None:
    path = root / relpath
    text = path.read_text(encoding="utf-8-sig")
    assert text.count(old) == 1, f"{old!r} in {relpath}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _found(root: Path) -> list[tuple[str, str, str]]:
    return [(d.code, d.field, str(d.position)) for d in pipeline.check(root).diagnostics]


@pytest.fixture
def agency(tmp_path: Path) -> Path:
    return copy_agency(AGENCY, tmp_path / "agency")


def test_the_fixture_agency_is_clean() -> None:
    checked = pipeline.check(AGENCY)
    assert checked.diagnostics == [] and checked.passes(strict=True)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # row 1 is on line 2 of 10.csv; columns: 4 reference_price, 7 winner, 8 agreed_price, 12 contract_date
    (",ร้าน ก,9500,", ",ร้าน ก,10500,", ("price-over-budget", "rows[0].winner.price", f"{OCT}:2:8")),
    (",ร้าน ก,9500,", ",ร้าน ฮ,9500,", ("winner-not-bidder", "rows[0].winner.name", f"{OCT}:2:7")),
    ('"10,000",10000,', '"10,000",,', ("missing-reference-price", "rows[0].reference_price", f"{OCT}:2:4")),
    ("5 ต.ค. 67", "5 ต.ค. 66", ("date-outside-fiscal-year", "rows[0].contract_date", f"{OCT}:2:12")),
    # row 2 starts on line 3 (its bidders cell then runs over three lines)
    ("\n2,จ้างซ่อมถนน", "\n1,จ้างซ่อมถนน", ("duplicate-number", "rows[1].no", f"{OCT}:3:1")),
])
def test_each_check_yields_exactly_its_warning_at_the_cell(agency: Path, old: str, new: str,
                                                            expected: tuple[str, str, str]) -> None:
    _edit(agency, OCT, old, new)
    assert _found(agency) == [expected]
    checked = pipeline.check(agency)
    assert checked.passes(strict=False) and not checked.passes(strict=True)


def test_winner_names_match_bidders_whatever_the_spacing(agency: Path) -> None:
    _edit(agency, OCT, ",ร้าน ก,9500,", ",ร้านก ,9500,")
    assert _found(agency) == []


def test_a_month_file_not_named_01_to_12_is_an_error(agency: Path) -> None:
    (agency / "content/procurement/2568/12.csv").rename(agency / "content/procurement/2568/ธ.ค.csv")
    assert _found(agency) == [("bad-month-file", "", "content/procurement/2568/ธ.ค.csv:1:1")]
    assert not pipeline.check(agency).ok


def test_a_spreadsheet_left_in_the_folder_is_pointed_at_the_importer(agency: Path) -> None:
    (agency / "content/procurement/2568/10.xlsx").write_bytes(b"PK")
    [(code, _, where)] = _found(agency)
    assert (code, where) == ("unrecognised-file", "content/procurement/2568/10.xlsx")
    assert "oitgen import procurement" in pipeline.check(agency).diagnostics[0].message


def test_plan_fiscal_year_must_match_its_folder(agency: Path) -> None:
    _edit(agency, "content/procurement/2568/plan.yml", "fiscal_year: 2568", "fiscal_year: 2567")
    assert _found(agency) == [
        ("fiscal-year-mismatch", "fiscal_year", "content/procurement/2568/plan.yml:3:14")]


def test_a_month_warning_is_acknowledged_in_plan_yml(agency: Path) -> None:
    _edit(agency, OCT, '"10,000",10000,', '"10,000",,')
    _edit(agency, "content/procurement/2568/plan.yml", "  12:\n", (
        "  10:\n    acknowledged:\n      - code: missing-reference-price\n"
        "        at: rows[0].reference_price\n        reason: แบบ สขร.1 ที่ลงนามไม่ได้ระบุราคากลาง\n  12:\n"))
    checked = pipeline.check(agency)
    [warning] = checked.diagnostics
    assert warning.acknowledged_reason == "แบบ สขร.1 ที่ลงนามไม่ได้ระบุราคากลาง"
    assert checked.passes(strict=True)


def test_an_unused_month_acknowledgement_points_into_plan_yml(agency: Path) -> None:
    _edit(agency, "content/procurement/2568/plan.yml", "  12:\n", (
        "  10:\n    acknowledged:\n      - code: duplicate-number\n        at: rows[1].no\n"
        "        reason: ตามต้นฉบับ\n  12:\n"))
    [(code, _, where)] = _found(agency)
    assert code == "unused-acknowledgement" and where.startswith("content/procurement/2568/plan.yml:")


def test_month_file_errors_name_line_column_and_field(agency: Path) -> None:
    # a third row after the multi-line bidders cell of row 2 (lines 3–5) starts on line 6
    path = agency / OCT
    path.write_bytes(path.read_bytes() + "3,จัดซื้อ,\"20,0000\",1,เฉพาะเจาะจง,ร้าน ก,ร้าน ก,1,1234,,,\n"
                     .encode())
    found = _found(agency)
    assert ("bad-amount", "rows[2].budget", f"{OCT}:6:3") in found
    assert ("bad-bidder", "rows[2].bidders", f"{OCT}:6:6") in found
    assert ("bad-tax-id", "rows[2].winner_tax_id", f"{OCT}:6:9") in found
    assert not pipeline.check(agency).ok


def test_a_person_id_as_tax_id_is_refused(agency: Path) -> None:
    from generator.values.tax_id import check_digit
    person = "310000000000" + str(check_digit("310000000000"))
    _edit(agency, OCT, ",0000000000019,", f",{person},")
    assert _found(agency) == [("personal-id", "rows[1].winner_tax_id", f"{OCT}:3:9")]


def test_header_mistakes_are_reported_at_line_1(agency: Path) -> None:
    _edit(agency, OCT, "reference_price,", "referenceprice,")
    found = _found(agency)
    assert ("unknown-column", "", f"{OCT}:1:4") in found
    assert ("missing-column", "", f"{OCT}:1:1") in found
