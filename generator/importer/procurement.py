"""``oitgen import procurement``: an agency's แบบ สขร.1 spreadsheet → ``content/procurement/<fy>/<MM>.csv``.

The sheet is validated exactly as content is (the same ``ProcurementRecord`` model and the same
record checks), but every problem names its spreadsheet cell (``10.xlsx!F7``). Nothing is written
unless every row is valid, and then the month file is written atomically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.atomic_file import write_atomic
from generator.checks.procurement import month_warnings
from generator.diagnostics import Diagnostic, FieldPath, Position, error, has_errors
from generator.importer.after_table import ends_table, ignored_row
from generator.importer.nacc_layout import locate_nacc, year_mismatches
from generator.importer.sheet import Sheet, read_sheet
from generator.importer.sukhor1_layout import Layout, header_month, locate
from generator.load.agency import CONTENT_DIR
from generator.load.procurement_csv import month_csv
from generator.load.validation import validate
from generator.load.yaml_source import SourceFile
from generator.models.procurement import ProcurementMonth
from generator.opendata.xlsx import column_letter
from generator.values.dates import BE_OFFSET, BE_YEAR_MAX, BE_YEAR_MIN, MONTHS_FULL
from generator.values.errors import ValueParseError
from generator.values.numbers import is_ascii_number, to_arabic_digits
from generator.values.procurement_text import contract_number, split_bid, split_bidders, split_contract


@dataclass
class ImportResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: Path | None = None
    """The content file written (relative to the agency directory), or None when nothing was."""
    records: int = 0
    replaced: bool = False


def cell_text(diagnostic: Diagnostic) -> str:
    """A diagnostic naming its cell the spreadsheet way: ``10.xlsx!F7: error: bad-amount: …``."""
    where = diagnostic.position.file
    if diagnostic.position.line:
        where += f"!{column_letter(diagnostic.position.column)}{diagnostic.position.line}"
    field_part = f"{diagnostic.field}: " if diagnostic.field else ""
    return (f"{where}: {diagnostic.severity}: {diagnostic.code}: {field_part}"
            f"{diagnostic.message} / {diagnostic.message_th}")


def import_procurement(root: Path, file: Path, fiscal_year: int, month: int) -> ImportResult:
    """Validate ``file`` as the month ``month`` (1–12) of ``fiscal_year`` (BE); write it if valid."""
    if not BE_YEAR_MIN <= fiscal_year <= BE_YEAR_MAX or not 1 <= month <= 12:
        return ImportResult([error("bad-argument", Position(file.name), "",
                                   "--year must be a Buddhist-era fiscal year (e.g. 2568) and --month 1–12",
                                   "--year ต้องเป็นปีงบประมาณ พ.ศ. (เช่น 2568) และ --month ต้องเป็น 1–12")])
    sheet, problems = read_sheet(file)
    if sheet is None:
        return ImportResult(problems)
    layout = locate_nacc(sheet)  # the NACC procurement list form, or else แบบ สขร.1
    if layout is None:
        layout, problems = locate(sheet)
    if layout is None:
        return ImportResult(problems)
    diagnostics = _month_mismatch(sheet, layout, fiscal_year, month)
    diagnostics += year_mismatches(sheet, layout, fiscal_year)
    source, split_problems = _source(sheet, layout, fiscal_year, month)
    diagnostics += split_problems
    model, problems = validate(source, ProcurementMonth)
    diagnostics += problems
    if model is None or has_errors(diagnostics):
        return ImportResult(diagnostics)
    diagnostics += month_warnings(model, source)
    target = Path(CONTENT_DIR, "procurement", str(fiscal_year), f"{month:02d}.csv")
    replaced = (root / target).is_file()
    write_atomic(root / target, month_csv(model.rows))
    return ImportResult(diagnostics, target, len(model.rows), replaced)


def _month_mismatch(sheet: Sheet, layout: Layout, fiscal_year: int, month: int) -> list[Diagnostic]:
    """The month printed above the table must be the month asked for (if one is printed)."""
    found = header_month(sheet, layout.header_row)
    if found is None:
        return []
    (row, column), printed_month, printed_year = found
    year = fiscal_year - 1 if month >= 10 else fiscal_year
    if printed_month == month and printed_year in (None, year):
        return []
    printed = MONTHS_FULL[printed_month - 1] + (f" {printed_year}" if printed_year else "")
    asked = f"{MONTHS_FULL[month - 1]} {year}"
    return [error(
        "header-month-mismatch", sheet.position(row, column), "",
        f"the sheet is headed {printed} but --year {fiscal_year} --month {month} means {asked}",
        f"หัวเอกสารระบุเดือน {printed} แต่ --year {fiscal_year} --month {month} หมายถึงเดือน {asked}",
    )]


def _text(value: Any) -> str:
    """A cell as text; whole numbers stored as floats lose their ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(Decimal(repr(value)))
    if isinstance(value, dt.datetime | dt.date):
        return _date(value).isoformat()
    return str(value).strip()


def _date(value: dt.date) -> dt.date:
    """A date cell; Thai Excel often stores the BE year as the year itself (2567-10-01)."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return day.replace(year=day.year - BE_OFFSET) if day.year > 2400 else day


class _Rows:
    """Collects record dicts and the cell of every field while walking the table."""

    def __init__(self, sheet: Sheet, layout: Layout) -> None:
        self.sheet, self.columns = sheet, layout.columns
        self.records: list[dict[str, Any]] = []
        self.positions: dict[FieldPath, Position] = {(): Position(sheet.name, layout.header_row, 1)}
        self.problems: list[Diagnostic] = []

    def get(self, row: int, role: str) -> str:
        column = self.columns.get(role)
        return _text(self.sheet.value(row, column)) if column else ""

    def at(self, index: int, path: FieldPath, row: int, role: str) -> None:
        column = self.columns.get(role, 1)
        self.positions[("rows", index, *path)] = self.sheet.position(row, column)

    def add(self, row: int) -> None:
        index, record = len(self.records), dict[str, Any]()
        self.positions[("rows", index)] = self.sheet.position(row, self.columns["no"])
        for role in ("no", "title", "budget", "reference_price", "method", "reason", "winner_tax_id",
                     "budget_source", "status", "egp_project"):
            self.at(index, (role,), row, role)
            value = self.get(row, role)
            if value:
                record[role] = value
        for role in ("budget", "reference_price"):
            record.setdefault(role, "")  # an empty amount cell is "no amount"
        if bidders := self._bidders(row):
            record["bidders"] = bidders
        self.at(index, ("bidders",), row, "bidders" if "bidders" in self.columns else "bidder_name")
        if "bidders" not in self.columns and "bidder_name" not in self.columns:
            self.positions[("rows", index, "bidders")] = self.positions[("rows", index)]
        record["winner"] = self._winner(index, row)
        record.update(self._contract(index, row))
        self.records.append(record)

    def continue_bidders(self, row: int) -> None:
        """A row holding only another bidder of the record above (cells merged down). Its text is
        checked here, so a mistake in it is named by its own cell, not the record's first row."""
        record, text = self.records[-1], self._bidders(row)
        column = self.columns.get("bidders", self.columns.get("bidder_name", 1))
        try:
            split_bidders(text)
        except ValueParseError as exc:
            self.problems.append(error(exc.code, self.sheet.position(row, column),
                                       f"rows[{len(self.records) - 1}].bidders", exc.message, exc.message_th))
            return
        record["bidders"] = f"{record.get('bidders', '')}\n{text}".strip()

    def _bidders(self, row: int) -> str:
        if "bidders" in self.columns:
            return self.get(row, "bidders")
        name, price = self.get(row, "bidder_name"), self.get(row, "bidder_price")
        if "\n" in name and "\n" in price:  # one name and one price per line, side by side
            pairs = zip(name.splitlines(), price.splitlines(), strict=False)
            return "\n".join(f"{n} — {p}" for n, p in pairs)
        return f"{name} — {price}" if name and price else name

    def _winner(self, index: int, row: int) -> dict[str, str]:
        if "winner" not in self.columns:
            self.at(index, ("winner", "name"), row, "winner_name")
            self.at(index, ("winner", "price"), row, "agreed_price")
            return {"name": self.get(row, "winner_name"), "price": self.get(row, "agreed_price")}
        self.at(index, ("winner", "name"), row, "winner")
        self.at(index, ("winner", "price"), row, "winner")
        text = self.get(row, "winner")
        if not text:
            return {}
        try:
            name, price = split_bid(text)
        except ValueParseError as exc:
            self.problems.append(error(exc.code, self.sheet.position(row, self.columns["winner"]),
                                       f"rows[{index}].winner", exc.message, exc.message_th))
            return {"name": text, "price": ""}
        return {"name": name, "price": price}

    def _contract(self, index: int, row: int) -> dict[str, str]:
        if "contract" in self.columns:
            self.at(index, ("contract_no",), row, "contract")
            self.at(index, ("contract_date",), row, "contract")
            number, date = split_contract(self.get(row, "contract"))
        else:
            self.at(index, ("contract_no",), row, "contract_no")
            self.at(index, ("contract_date",), row, "contract_date")
            number = contract_number(self.get(row, "contract_no"))
            date = self.get(row, "contract_date") or None
        found = {"contract_no": number, "contract_date": date}
        return {key: value for key, value in found.items() if value}


def _source(sheet: Sheet, layout: Layout, fiscal_year: int,
            month: int) -> tuple[SourceFile, list[Diagnostic]]:
    rows = _Rows(sheet, layout)
    ended = False
    for row in range(layout.data_start, sheet.height + 1):
        texts = [_text(sheet.value(row, c)) for c in range(1, sheet.width + 1)]
        if not any(texts):
            continue  # a blank line
        is_record = is_ascii_number(to_arabic_digits(rows.get(row, "no")))
        if not is_record and (ended or ends_table(texts)):
            ended = True  # a total, note, signature or date: the table is over
            rows.problems.append(ignored_row(sheet, row, texts))
        elif not is_record and not (rows.get(row, "title") or rows.get(row, "budget")) and rows.records \
                and (rows.get(row, "bidders") or rows.get(row, "bidder_name")):
            rows.continue_bidders(row)
        else:
            rows.add(row)
    data = {"fiscal_year": fiscal_year, "month": month, "file_name": f"{month:02d}.csv", "rows": rows.records}
    return SourceFile(sheet.name, data, rows.positions), rows.problems
