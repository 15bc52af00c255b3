"""Procurement checks: what a reader of แบบ สขร.1 would question, positioned at the cell.

Codes: ``price-over-budget`` (warning: agreed price above วงเงิน), ``winner-not-bidder`` (warning:
the winner is not among the bidders), ``missing-bidders`` (warning: no bidders given),
``missing-reference-price`` (warning: no ราคากลาง),
``date-outside-fiscal-year`` (warning: contract date outside the file's fiscal year),
``duplicate-number`` (warning: the same ลำดับที่ twice in a month), ``empty-month`` (warning: a month
file with no records and no statement that there was no procurement), ``bad-month-file`` (error: a
month file not named 01.csv … 12.csv), ``fiscal-year-mismatch`` (error: plan.yml's fiscal year is
not its folder's), ``unrecognised-file`` (warning: a file under content/procurement/ nothing reads).

``month_warnings`` is also run by ``oitgen import procurement`` on the spreadsheet it imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path, warning
from generator.load.agency import CONTENT_DIR, Agency, Loaded
from generator.load.yaml_source import SourceFile
from generator.models.procurement import ProcurementMonth, ProcurementPlan
from generator.values.dates import format_thai_date
from generator.values.fiscal import fiscal_year_bounds
from generator.values.numbers import format_baht, to_arabic_digits

FOLDER = "procurement"


def check(agency: Agency) -> Iterator[Diagnostic]:
    for plan in agency.procurement_plans:
        yield from _plan_year(plan)
    for month in agency.procurement_months:
        yield from _month_name(month)
        yield from month_warnings(month.model, month.source)
    yield from _stray_files(agency.root)


def _name(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def month_warnings(month: ProcurementMonth, source: SourceFile) -> Iterator[Diagnostic]:
    """Per-record warnings of one month's records; ``source`` positions each at its cell."""
    first, last = fiscal_year_bounds(month.fiscal_year)
    seen: dict[str, int] = {}

    def at(index: int, *field: str | int) -> tuple[Position, str]:
        path: FieldPath = ("rows", index, *field)
        return source.position_of(path), format_path(path)

    if not month.published and month.month is not None:  # a misnamed file is reported as such
        yield warning("empty-month", source.position_of(()), "rows",
                      "the month has no records and plan.yml does not say there was no procurement "
                      "(months: {MM: {no_procurement: true}}); it does not count as published",
                      "เดือนนี้ไม่มีรายการ และ plan.yml ไม่ได้ระบุว่าไม่มีการจัดซื้อจัดจ้าง "
                      "(months: {เดือน: {no_procurement: true}}) จึงยังไม่นับว่าเผยแพร่แล้ว")
    for index, record in enumerate(month.rows):
        budget, agreed = record.budget.value, record.winner.price.value
        if budget is not None and agreed is not None and agreed > budget:
            yield warning("price-over-budget", *at(index, "winner", "price"),
                          f"agreed price {format_baht(agreed)} is above the budget {format_baht(budget)}",
                          f"ราคาที่ตกลง {format_baht(agreed)} บาท สูงกว่าวงเงิน {format_baht(budget)} บาท")
        if not record.bidders:
            yield warning("missing-bidders", *at(index, "bidders"), "no bidders (ผู้เสนอราคา) are given",
                          "ไม่ได้ระบุรายชื่อผู้เสนอราคาและราคาที่เสนอ")
        elif _name(record.winner.name) not in {_name(bid.name) for bid in record.bidders}:
            yield warning("winner-not-bidder", *at(index, "winner", "name"),
                          f"the winner '{record.winner.name}' is not among the bidders",
                          f"ผู้ได้รับการคัดเลือก '{record.winner.name}' ไม่อยู่ในรายชื่อผู้เสนอราคา")
        if record.reference_price is None or record.reference_price.value is None:
            yield warning("missing-reference-price", *at(index, "reference_price"),
                          "no reference price (ราคากลาง) is given",
                          "ไม่ได้ระบุราคากลาง")
        if record.contract_date and not first <= record.contract_date <= last:
            yield warning(
                "date-outside-fiscal-year", *at(index, "contract_date"),
                f"contract date {record.contract_date.isoformat()} is outside fiscal year "
                f"{month.fiscal_year}",
                f"วันที่ของสัญญา {format_thai_date(record.contract_date)} อยู่นอกปีงบประมาณ {month.fiscal_year} "
                f"({format_thai_date(first)} – {format_thai_date(last)})",
            )
        number = to_arabic_digits(record.no).strip()
        if number in seen:
            yield warning("duplicate-number", *at(index, "no"),
                          f"number {number} is also used by rows[{seen[number]}]",
                          f"ลำดับที่ {number} ซ้ำกับแถว rows[{seen[number]}]")
        else:
            seen[number] = index


def _month_name(loaded: Loaded[ProcurementMonth]) -> Iterator[Diagnostic]:
    if loaded.model.month is None:
        yield error("bad-month-file", loaded.source.position_of(()), "",
                    f"'{loaded.model.file_name}' is not a month file name: name it after the calendar month, "
                    "01.csv (January) … 12.csv (December); October of the fiscal year is 10.csv",
                    f"ชื่อไฟล์ '{loaded.model.file_name}' ไม่ถูกต้อง ให้ตั้งชื่อตามเดือน 01.csv (มกราคม) … "
                    "12.csv (ธันวาคม) เช่น เดือนตุลาคมของปีงบประมาณคือ 10.csv")


def _plan_year(loaded: Loaded[ProcurementPlan]) -> Iterator[Diagnostic]:
    folder = to_arabic_digits(loaded.slug)
    if str(loaded.model.fiscal_year) != folder:
        yield error("fiscal-year-mismatch", loaded.source.position_of(("fiscal_year",)), "fiscal_year",
                    f"fiscal_year {loaded.model.fiscal_year} does not match the folder {folder}",
                    f"ปีงบประมาณ {loaded.model.fiscal_year} ไม่ตรงกับชื่อโฟลเดอร์ {folder}")


def _stray_files(root: Path) -> Iterator[Diagnostic]:
    """Files under content/procurement/ that are neither <fy>/plan.yml nor <fy>/<MM>.csv."""
    folder = root / CONTENT_DIR / FOLDER
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or path.suffix in (".yml", ".yaml") or path.name.startswith("."):
            continue  # YAML files are reported by the loader when nothing reads them
        if path.suffix == ".csv" and len(rel.parts) == 2:
            continue
        hint_en, hint_th = (
            ("convert it with: oitgen import procurement FILE --year <fiscal year> --month <1-12>",
             "แปลงไฟล์ด้วยคำสั่ง oitgen import procurement FILE --year <ปีงบประมาณ> --month <1-12>")
            if path.suffix.lower() in (".xlsx", ".xls", ".csv") else
            ("only <fiscal year>/plan.yml and <fiscal year>/<MM>.csv are read here",
             "โฟลเดอร์นี้อ่านเฉพาะ <ปีงบประมาณ>/plan.yml และ <ปีงบประมาณ>/<เดือน>.csv")
        )
        yield warning("unrecognised-file", Position(path.relative_to(root).as_posix()), "",
                      f"nothing reads this file; {hint_en}", f"ไม่มีข้อมูลประเภทใดอ่านไฟล์นี้ {hint_th}")

