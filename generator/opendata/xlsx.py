"""A one-sheet XLSX workbook written directly: a zip of a few XML parts, the sheet's rows as text.

An .xlsx is a zip of XML parts (ECMA-376). The open-data lists need one sheet of text, whole numbers
and amounts, so this writes exactly that: strings inline (``t="inlineStr"``, so text is never read
as a formula or a number, whatever it starts with), numbers as ``<v>``, amounts in the built-in
format ``#,##0.00`` (style 1 of ``xlsx_parts/styles.xml``). openpyxl's write-only mode built a cell
object and an XML element per cell: 4.2 s for the 4,900 rows of the benchmark's agency; this writes
the same parts, byte for byte but for the application's name (oitgen), in 0.35 s.

The fixed parts in ``xlsx_parts/`` are those openpyxl 3.1 (MIT) writes, its theme included. Entries
and document dates are fixed, so an unchanged list is written with the same bytes.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape
from pathlib import Path

PARTS = Path(__file__).resolve().parent / "xlsx_parts"
SHEET = "xl/worksheets/sheet1.xml"
WORKBOOK = "xl/workbook.xml"
ARCHIVE = (  # archive entry, and its file in PARTS (None: written per workbook), in openpyxl's order
    ("docProps/app.xml", "app.xml"), ("docProps/core.xml", "core.xml"), ("xl/theme/theme1.xml", "theme1.xml"),
    (SHEET, None), ("xl/styles.xml", "styles.xml"), ("_rels/.rels", "package_rels.xml"),
    (WORKBOOK, None), ("xl/_rels/workbook.xml.rels", "workbook_rels.xml"),
    ("[Content_Types].xml", "content_types.xml"),
)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MAX_TEXT = 32767
"""Excel's limit of characters in a cell; longer text is cut (as openpyxl cut it)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold at all (not even escaped); the models already drop them."""

Cell = str | int | Decimal

_SHEET_HEAD = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr>'
    '<outlinePr summaryBelow="1" summaryRight="1" /><pageSetUpPr /></sheetPr><sheetViews>'
    '<sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1" /></sheetView></sheetViews>'
    '<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />'
)
_SHEET_TAIL = ('</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5"'
               ' footer="0.5" /></worksheet>')
_WORKBOOK = (
    '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><workbookPr /><workbookProtection />'
    '<bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" '
    'showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" '
    'autoFilterDateGrouping="1" /></bookViews><sheets><sheet name="{name}" sheetId="1" state="visible" '
    'r:id="rId1" /></sheets><definedNames /><calcPr calcId="124519" fullCalcOnLoad="1" /></workbook>'
)


@functools.cache
def _part(name: str) -> bytes:
    return (PARTS / name).read_bytes()


def column_letter(index: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA``."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    """A text cell's ``<is>``: escaped; ``xml:space`` kept where spaces start or end it."""
    value = _NOT_XML.sub("", value[:MAX_TEXT])
    if not value:
        return ""
    space = ' xml:space="preserve"' if value != value.strip() and value.strip() else ""
    return f"<is><t{space}>{escape(value, quote=False)}</t></is>"


def _row(number: int, letters: Sequence[str], values: Sequence[Cell], texts: dict[str, str]) -> str:
    """One ``<row>``; ``texts`` remembers the written form of each text (the agency's columns, the
    statuses and methods repeat on every row)."""
    cells = []
    for letter, value in zip(letters, values, strict=False):
        if isinstance(value, str):
            text = texts.get(value)
            if text is None:
                text = texts[value] = _text(value)
            cells.append(f'<c r="{letter}{number}" t="inlineStr">{text}</c>' if text
                         else f'<c r="{letter}{number}" t="inlineStr" />')
        elif isinstance(value, Decimal):  # a double in the file: exact to the satang below 2^53 satang
            cells.append(f'<c r="{letter}{number}" s="1" t="n"><v>{float(value):.16g}</v></c>')
        else:
            cells.append(f'<c r="{letter}{number}" t="n"><v>{value}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def sheet_xml(widths: Sequence[int], rows: Iterable[Sequence[Cell]]) -> bytes:
    """The worksheet: its columns' widths, then one ``<row>`` per row from row 1."""
    letters = [column_letter(i) for i in range(1, len(widths) + 1)]
    cols = "".join(f'<col width="{width}" customWidth="1" min="{i}" max="{i}" />'
                   for i, width in enumerate(widths, 1))
    texts: dict[str, str] = {}
    body = "".join(_row(number, letters, values, texts) for number, values in enumerate(rows, 1))
    return f"{_SHEET_HEAD}<cols>{cols}</cols><sheetData>{body}{_SHEET_TAIL}".encode()


def workbook_bytes(sheet_name: str, widths: Sequence[int], rows: Iterable[Sequence[Cell]]) -> bytes:
    """A workbook of one sheet named ``sheet_name`` holding ``rows`` (the header is the first)."""
    written = {SHEET: sheet_xml(widths, rows),
               WORKBOOK: _WORKBOOK.replace("{name}", escape(sheet_name)).encode()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, part in ARCHIVE:
            data = written[entry] if part is None else _part(part)
            archive.writestr(zipfile.ZipInfo(entry, date_time=_ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()
