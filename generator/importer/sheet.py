"""A spreadsheet as a grid of cells: XLSX through openpyxl, or CSV in UTF-8 (BOM optional) or cp874.

Agencies keep แบบ สขร.1 in Excel, or export it as CSV from Excel on Thai Windows, which writes the
Windows Thai code page (cp874) unless told otherwise. Merged cells are remembered so that a heading
merged across several columns labels each of them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from generator.diagnostics import Diagnostic, Position, error

MAX_BYTES = 20 * 1024 * 1024
Cell = tuple[int, int]
"""(row, column), both 1-based as a spreadsheet shows them."""


@dataclass
class Sheet:
    name: str
    """The file's name, used in cell references (``10.xlsx!F7``)."""
    rows: list[list[Any]]
    merged: dict[Cell, Cell] = field(default_factory=dict)
    """Every cell inside a merged range → the range's top-left cell."""

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def value(self, row: int, column: int) -> Any:
        if 1 <= row <= len(self.rows) and 1 <= column <= len(self.rows[row - 1]):
            return self.rows[row - 1][column - 1]
        return None

    def label(self, row: int, column: int) -> str:
        """A heading: the merged range's value, as text without spaces or line breaks."""
        origin = self.merged.get((row, column), (row, column))
        value = self.value(*origin)
        return "".join(str(value).split()) if value is not None else ""

    def position(self, row: int, column: int) -> Position:
        return Position(self.name, row, column)


def read_sheet(path: Path) -> tuple[Sheet | None, list[Diagnostic]]:
    """Read the first (active) worksheet of an XLSX file, or a CSV file in UTF-8 or cp874."""
    name = path.name
    if not path.is_file():
        return None, [error("missing-file", Position(name), "", f"{path} does not exist", f"ไม่พบไฟล์ {path}")]
    if path.stat().st_size > MAX_BYTES:
        return None, [error("file-too-large", Position(name), "",
                            f"{name} is larger than {MAX_BYTES:,} bytes",
                            f"ไฟล์ {name} มีขนาดเกิน {MAX_BYTES:,} ไบต์")]
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    return None, [error(
        "unsupported-file", Position(name), "",
        "only .xlsx and .csv files can be imported; save an old .xls file as .xlsx (Excel: Save As)",
        "นำเข้าได้เฉพาะไฟล์ .xlsx และ .csv หากเป็นไฟล์ .xls ให้บันทึกเป็น .xlsx ก่อน (Excel: บันทึกเป็น)",
    )]


def _read_xlsx(path: Path) -> tuple[Sheet | None, list[Diagnostic]]:
    try:
        workbook = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        return None, [error("unreadable-file", Position(path.name), "", f"cannot read {path.name}: {exc}",
                            f"อ่านไฟล์ {path.name} ไม่ได้ (ไฟล์เสียหรือไม่ใช่ไฟล์ Excel)")]
    sheet = workbook.active or workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    merged: dict[Cell, Cell] = {}
    for span in sheet.merged_cells.ranges:
        for row in range(span.min_row, span.max_row + 1):
            for column in range(span.min_col, span.max_col + 1):
                merged[(row, column)] = (span.min_row, span.min_col)
    workbook.close()
    return Sheet(path.name, rows, merged), []


def _read_csv(path: Path) -> tuple[Sheet | None, list[Diagnostic]]:
    raw = path.read_bytes()
    # a BOM says UTF-8; otherwise UTF-8 if it decodes, else the Windows Thai code page
    encodings = ("utf-8-sig",) if raw.startswith(b"\xef\xbb\xbf") else ("utf-8", "cp874")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None, [error("unknown-encoding", Position(path.name), "",
                            f"{path.name} is neither UTF-8 nor Windows Thai (cp874) text",
                            f"ไฟล์ {path.name} ไม่ได้เข้ารหัสเป็น UTF-8 หรือ Windows Thai (cp874)")]
    try:
        rows = [[cell if cell.strip() else None for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        return None, [error("csv-syntax", Position(path.name), "", f"CSV error: {exc}",
                            "รูปแบบ CSV ไม่ถูกต้อง (ตรวจสอบเครื่องหมายคำพูด)")]
    return Sheet(path.name, rows), []
