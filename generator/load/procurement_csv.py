"""The month file ``content/procurement/<fiscal year>/<MM>.csv``: read it with positions, write it.

One row per record of แบบ สขร.1, under a header of English, space-free names (``COLUMNS``). Every
cell's position (CSV line of its row, column number) is kept under the model's field path, so a bad
amount reads ``content/procurement/2568/10.csv:4:3: … rows[2].budget``. The month and fiscal year
come from the file's name and folder; what a CSV cannot say (example data, provenance, acknowledged
warnings) comes from ``plan.yml`` beside it (``months: {10: …}``).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path, has_errors, warning
from generator.load.row_positions import RowPositions
from generator.load.yaml_source import SourceFile, empty_file, read_yaml_file
from generator.models.procurement import ProcurementRecord
from generator.values.csv_cells import csv_cell, looks_like_formula, read_cell
from generator.values.numbers import Amount, to_arabic_digits

MAX_BYTES = 8 * 1024 * 1024
PLAN_FILE = "plan.yml"
MONTH_NAME = re.compile(r"^(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Column:
    name: str
    """Header name in the CSV."""
    path: FieldPath
    """Where the cell goes in the record (``winner.price`` for ``agreed_price``)."""
    label_th: str
    """The column's heading on แบบ สขร.1 (also the open-data schema title)."""
    required: bool = True
    """Whether the header must have this column (a cell may still be empty where the model allows)."""

    @property
    def key(self) -> str:
        """The record's key the cell goes under (``winner`` for ``agreed_price``)."""
        return str(self.path[0])


COLUMNS: tuple[Column, ...] = (
    Column("no", ("no",), "ลำดับที่"),
    Column("title", ("title",), "งานที่จัดซื้อหรือจัดจ้าง"),
    Column("budget", ("budget",), "วงเงินที่จะซื้อหรือจ้าง (บาท)"),
    Column("reference_price", ("reference_price",), "ราคากลาง (บาท)"),
    Column("method", ("method",), "วิธีซื้อหรือจ้าง"),
    Column("bidders", ("bidders",), "รายชื่อผู้เสนอราคาและราคาที่เสนอ"),
    Column("winner", ("winner", "name"), "ผู้ได้รับการคัดเลือก"),
    Column("agreed_price", ("winner", "price"), "ราคาที่ตกลงซื้อหรือจ้าง (บาท)"),
    Column("winner_tax_id", ("winner_tax_id",), "เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก", required=False),
    Column("reason", ("reason",), "เหตุผลที่คัดเลือกโดยสรุป"),
    Column("contract_no", ("contract_no",), "เลขที่สัญญาหรือข้อตกลง"),
    Column("contract_date", ("contract_date",), "วันที่ของสัญญาหรือข้อตกลง"),
    # the NACC procurement list form (ITA-o), optional so that older month files stay valid
    Column("budget_source", ("budget_source",), "แหล่งที่มาของงบประมาณ", required=False),
    Column("status", ("status",), "สถานะการจัดซื้อจัดจ้าง", required=False),
    Column("egp_project", ("egp_project",), "เลขที่โครงการในระบบ e-GP", required=False),
)
COLUMN_BY_NAME = {column.name: column for column in COLUMNS}
AMOUNT_COLUMNS = ("budget", "reference_price", "agreed_price")
"""Read as amounts: a formula there is already a ``bad-amount`` error."""


def month_of(file_name: str) -> int | None:
    """``10.csv`` → 10; ``None`` for any other name (the check reports it)."""
    stem = Path(file_name).stem
    return int(stem) if MONTH_NAME.match(stem) else None


def read_month_csv(path: Path, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """The ``Kind`` reader of month files: values and positions, or errors when unreadable."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        return None, [error("file-too-large", Position(relpath), "",
                            f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,} bytes",
                            f"ไฟล์มีขนาด {len(raw):,} ไบต์ เกินขีดจำกัด {MAX_BYTES:,} ไบต์")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [error("not-utf8", Position(relpath, line, 1), "",
                            "file is not UTF-8 text; save it as CSV UTF-8 (or use oitgen import procurement)",
                            "ไฟล์ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกเป็น CSV UTF-8 "
                            "(หรือใช้คำสั่ง oitgen import procurement)")]
    if not text.strip():
        return None, [empty_file(relpath)]
    columns, rows, problems = _rows(text, relpath)
    if has_errors(problems):
        return None, problems
    data: dict[str, Any] = {"fiscal_year": path.parent.name, "month": month_of(path.name),
                            "file_name": path.name, "rows": [record for record, _ in rows]}
    source = SourceFile(relpath, data, _positions(relpath, columns, rows))
    _add_plan_notes(path, source)
    return source, problems


def _positions(relpath: str, header: list[Column | None], rows: list[tuple[dict[str, Any], int]],
               ) -> RowPositions:
    """Every cell's position from the header's columns and each row's first line: each field is
    in its column on every row; a row's ``winner`` is where its winner's name is, when the row has
    a winner or an agreed price."""
    columns = {column.path: number for number, column in enumerate(header, 1) if column is not None}
    if ("winner", "name") in columns:
        columns[("winner",)] = columns[("winner", "name")]
    absent = {index: _NO_WINNER for index, (record, _) in enumerate(rows) if "winner" not in record}
    return RowPositions(relpath, [line for _, line in rows], columns, absent,
                        {(): Position(relpath, 1, 1)})


_NO_WINNER: frozenset[FieldPath] = frozenset({("winner",)})


def _rows(text: str, relpath: str) -> tuple[list[Column | None], list[tuple[dict[str, Any], int]],
                                           list[Diagnostic]]:
    """The header's columns, each data row as a record dict with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        columns, problems = _header(header, relpath)
        rows: list[tuple[dict[str, Any], int]] = []
        texts: dict[str, str] = {}
        line = reader.line_num + 1
        for cells in reader:
            first_line, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                problems.append(error(
                    "extra-cells", Position(relpath, first_line, len(header) + 1), "",
                    f"the row has {len(cells)} cells but the header has {len(header)} columns",
                    f"แถวนี้มี {len(cells)} ช่อง แต่หัวตารางมี {len(header)} คอลัมน์"))
                continue
            problems += _formula_cells(cells, columns, Position(relpath, first_line), len(rows))
            rows.append((_record(cells, columns, texts), first_line))
    except csv.Error as exc:
        return [], [], [error("csv-syntax", Position(relpath, reader.line_num, 1), "", f"CSV error: {exc}",
                              "รูปแบบ CSV ไม่ถูกต้อง (ตรวจสอบเครื่องหมายคำพูด)")]
    return columns, rows, problems


def _formula_cells(cells: list[str], columns: list[Column | None], row: Position,
                   index: int) -> list[Diagnostic]:
    """A cell a spreadsheet would run as a formula (``=HYPERLINK(…)``): whoever opens this month
    file in Excel runs it. ``oitgen import procurement`` writes such text as ``'=…``; so should a
    hand-edited file."""
    found = []
    for number, (column, cell) in enumerate(zip(columns, cells, strict=False), 1):
        if column is None or column.name in AMOUNT_COLUMNS or not looks_like_formula(cell.strip()):
            continue
        shown = cell.strip()[:40] + ("…" if len(cell.strip()) > 40 else "")
        found.append(warning(
            "formula-cell", Position(row.file, row.line, number), format_path(("rows", index, *column.path)),
            f'"{shown}" would run as a formula when the file is opened in a spreadsheet; '
            "write it with a leading apostrophe ('=…) if it is meant as text",
            f'"{shown}" จะกลายเป็นสูตรเมื่อเปิดไฟล์ด้วยโปรแกรมตารางคำนวณ '
            "หากเป็นข้อความให้ขึ้นต้นด้วยเครื่องหมาย ' (เช่น '=…)"))
    return found


def _header(header: list[str], relpath: str) -> tuple[list[Column | None], list[Diagnostic]]:
    names = [cell.strip().lower() for cell in header]
    problems = []
    for index, name in enumerate(names, 1):
        if name not in COLUMN_BY_NAME:
            hint = difflib.get_close_matches(name, COLUMN_BY_NAME, n=1, cutoff=0.6)
            problems.append(error(
                "unknown-column", Position(relpath, 1, index), "",
                f"unknown column '{name}'" + (f"; did you mean '{hint[0]}'?" if hint else ""),
                f"ไม่รู้จักคอลัมน์ '{name}'" + (f" หมายถึง '{hint[0]}' หรือไม่" if hint else ""),
            ))
        elif names.index(name) != index - 1:
            problems.append(error("duplicate-column", Position(relpath, 1, index), "",
                                  f"column '{name}' appears twice", f"คอลัมน์ '{name}' ซ้ำกัน"))
    for column in COLUMNS:
        if column.required and column.name not in names:
            problems.append(error(
                "missing-column", Position(relpath, 1, 1), "",
                f"the header has no '{column.name}' column ({column.label_th}); see docs/procurement.md",
                f"หัวตารางไม่มีคอลัมน์ '{column.name}' ({column.label_th}) ดู docs/procurement.md",
            ))
    return [COLUMN_BY_NAME.get(name) for name in names], problems


def _record(cells: list[str], columns: list[Column | None], texts: dict[str, str]) -> dict[str, Any]:
    """A row's cells under their field paths (a row may end before the header does). A text that
    recurs in the file (a method, a status, a supplier, a date) is kept once, in ``texts``."""
    record: dict[str, Any] = {}
    for column, cell in zip(columns, chain(cells, repeat("")), strict=False):
        if column is None:
            continue
        value = texts.setdefault(text := read_cell(cell.strip()), text)
        if value or column.name in AMOUNT_COLUMNS:  # an empty amount is "no amount", not a missing field
            if len(column.path) == 1:
                record[column.key] = value
            else:
                record.setdefault(column.key, {})[str(column.path[1])] = value
    return record


def _add_plan_notes(path: Path, source: SourceFile) -> None:
    """Copy ``example`` and this month's notes from ``plan.yml`` beside the file (if it parses)."""
    plan_path = path.parent / PLAN_FILE
    if not plan_path.is_file():
        return
    plan, problems = read_yaml_file(plan_path, source.path.rsplit("/", 1)[0] + "/" + PLAN_FILE)
    if plan is None or problems or not isinstance(plan.data, dict):
        return  # the plan's own loading reports its problems
    if plan.data.get("example") is True:
        source.data["example"] = True
    months = plan.data.get("months")
    month = source.data["month"]
    if not isinstance(months, dict) or month is None:
        return
    for key, notes in months.items():
        if to_arabic_digits(str(key)).strip().lstrip("0") == str(month) and isinstance(notes, dict):
            for field in ("source", "note", "acknowledged", "attachments", "no_procurement"):
                if field in notes:
                    source.data[field] = notes[field]
            source.positions.update(_moved(plan.positions, ("months", key)))
            return


def _moved(positions: Mapping[FieldPath, Position], prefix: FieldPath) -> dict[FieldPath, Position]:
    """Positions under ``prefix`` re-keyed without it (they keep pointing into plan.yml)."""
    size = len(prefix)
    return {path[size:]: where for path, where in positions.items()
            if path[:size] == prefix and len(path) > size}


def _cell(value: Amount | str | None) -> str:
    if isinstance(value, Amount):
        if value.no_budget:
            return "ไม่ใช้งบประมาณ"
        return "" if value.value is None else f"{value.value:.2f}"
    return "" if value is None else str(value)


def month_csv(records: Iterable[ProcurementRecord]) -> bytes:
    """The month file for ``records`` (UTF-8 with BOM so Excel shows Thai; one line per record)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.name for column in COLUMNS])
    for r in records:
        bidders = "; ".join(f"{bid.name} — {_cell(bid.price)}" for bid in r.bidders)
        writer.writerow(csv_cell(cell) for cell in [  # a formula-like text gets its ' mark
            r.no, r.title, _cell(r.budget), _cell(r.reference_price), r.method, bidders, r.winner.name,
            _cell(r.winner.price), _cell(r.winner_tax_id), _cell(r.reason), _cell(r.contract_no),
            r.contract_date.isoformat() if r.contract_date else "",
            _cell(r.budget_source), _cell(r.status), _cell(r.egp_project),
        ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
