"""The NACC procurement list form (แบบรายการการจัดซื้อจัดจ้าง "ITA-o"), in exactly its layout.

Agencies must publish, for the first six months of the assessed fiscal year (ต.ค.–มี.ค.), the list
of their procurement in the NACC's form without changing it, in more than one file format; a month
without procurement says so (shared/OIT.md, from the police station's and the school's ITA pages).
This module lays the month records out in the form's sixteen columns; the agency-level columns
come from ``site_config.yml``. The site publishes the list as XLSX, CSV and an HTML table
(``generator.render.nacc_form_pages``). A value the data does not give is ไม่ระบุ, never 0.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from generator.load.agency import Agency
from generator.models.procurement import ProcurementMonth
from generator.opendata.procurement import months_by_year
from generator.opendata.xlsx import workbook_bytes
from generator.values.csv_cells import FORMULA_START, csv_cell
from generator.values.dates import MONTHS_FULL
from generator.values.fiscal import FISCAL_MONTH_ORDER
from generator.values.numbers import Amount

HEADER: tuple[str, ...] = (
    "ที่", "ปีงบประมาณ", "ชื่อหน่วยงาน", "อำเภอ", "จังหวัด", "กระทรวง", "ประเภทหน่วยงาน",
    "ชื่อรายการของงานที่ซื้อหรือจ้าง", "วงเงินงบประมาณที่ได้รับจัดสรร (บาท)", "แหล่งที่มาของงบประมาณ",
    "สถานะการจัดซื้อจัดจ้าง", "วิธีการจัดซื้อจัดจ้าง", "ราคากลาง (บาท)", "ราคาที่ตกลงซื้อหรือจ้าง (บาท)",
    "รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก", "เลขที่โครงการในระบบ e-GP",
)
"""The form's columns, in its order and wording (the police station's ITA 2568 page)."""

PERIOD = FISCAL_MONTH_ORDER[:6]
"""The months the form covers: the first six of the fiscal year (ต.ค.–มี.ค.)."""
UNKNOWN = "ไม่ระบุ"
NONE_TEXT = "-"

Cell = str | int | Decimal


@dataclass(frozen=True)
class FormList:
    """The form's rows for one fiscal year's period."""

    fiscal_year: int
    rows: tuple[tuple[Cell, ...], ...]
    records: int
    """Rows that are records (the others state a month without procurement)."""
    months: frozenset[int]
    """Months of the period that are published (records, or the statement that there were none)."""


def _money(amount: Amount | None) -> Cell:
    if amount is None or amount.value is None:
        return "ไม่ใช้งบประมาณ" if amount is not None and amount.no_budget else UNKNOWN
    return amount.value


def _month_label(fiscal_year: int, month: int) -> str:
    return f"{MONTHS_FULL[month - 1]} {fiscal_year - 1 if month >= 10 else fiscal_year}"


def form_list(agency: Agency, fiscal_year: int, months: list[ProcurementMonth]) -> FormList:
    org = agency.config.organisation
    agency_cells = (fiscal_year, org.name, org.district, org.province, org.ministry or UNKNOWN,
                    org.agency_type or org.type)
    by_month = {m.month: m for m in months if m.month in PERIOD}
    rows: list[tuple[Cell, ...]] = []
    records = 0
    for month in (m for m in PERIOD if m in by_month):
        data = by_month[month]
        if data.no_procurement:
            statement = f"ไม่มีการจัดซื้อจัดจ้างในเดือน{_month_label(fiscal_year, month)}"
            rows.append((NONE_TEXT, *agency_cells, statement, *(NONE_TEXT,) * 8))
            continue
        for r in data.rows:
            records += 1
            rows.append((records, *agency_cells, r.title, _money(r.budget), r.budget_source or UNKNOWN,
                         r.status or UNKNOWN, r.method, _money(r.reference_price), _money(r.winner.price),
                         r.winner.name, r.egp_project or UNKNOWN))
    published = frozenset(m for m, data in by_month.items() if data.published)
    return FormList(fiscal_year, tuple(rows), records, published)


def form_lists(agency: Agency) -> list[FormList]:
    """One list per fiscal year that has a month file in its first six months."""
    found = [form_list(agency, year, months) for year, months in months_by_year(agency).items()]
    return [lst for lst in found if lst.months or lst.records]


def file_stem(fiscal_year: int) -> str:
    return f"budget/procurement/{fiscal_year}/nacc-procurement-list-{fiscal_year}"


def csv_bytes(form: FormList) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in form.rows:  # plain text (most cells) is written as it is, without a call
        writer.writerow([c if type(c) is str and not c.startswith(FORMULA_START)
                         else f"{c:.2f}" if isinstance(c, Decimal) else csv_cell(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(form: FormList) -> bytes:
    """The list as a workbook of one sheet: the header, then the rows; text cells are always text,
    never a formula, whatever they start with; amounts are numbers shown as 1,234.50."""
    widths = [max(12, len(title) + 2) for title in HEADER]
    return workbook_bytes(f"ปีงบประมาณ {form.fiscal_year}", widths, (HEADER, *form.rows))


def files(agency: Agency) -> dict[str, bytes]:
    """Each fiscal year's list as XLSX and CSV, beside its HTML page."""
    found: dict[str, bytes] = {}
    for form in form_lists(agency):
        stem = f"docs/{file_stem(form.fiscal_year)}"
        found[f"{stem}.xlsx"] = xlsx_bytes(form)
        found[f"{stem}.csv"] = csv_bytes(form)
    return found
