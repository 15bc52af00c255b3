"""The rows an agency prints below the แบบ สขร.1 table, which are not records.

Under the last record the form carries a total row (``รวม``), notes (``หมายเหตุ …``), the signature
block (``(ลงชื่อ)......ผู้รายงาน``, the name in brackets, ``ตำแหน่ง …``), the date of the report
(``ณ วันที่ 5 พ.ย. 2567``) and blank lines; these sit in any column (a signature often under the
bidders column). The first such row ends the table: every later row without a record number is
ignored with an info naming it, so a signature is never read as one more bidder of the last record.
"""

from __future__ import annotations

import re

from generator.diagnostics import Diagnostic, info
from generator.importer.sheet import Sheet

_ENDS_TABLE = re.compile(
    r"^[\s(\[]*(?:รวม|ยอดรวม|หมายเหตุ|ลงชื่อ|ลงนาม|ผู้รายงาน|ผู้จัดทำ|ผู้ตรวจ|ผู้รับรอง|ผู้อนุมัติ|ตำแหน่ง"
    r"|ไม่มีการ|ไม่มีรายการ|ข้อมูล\s*ณ|ณ\s*วันที่|รายงาน\s*ณ|วันที่รายงาน|\.{3,}|…)")
_SHOWN = 80


def ends_table(texts: list[str]) -> bool:
    """True for a total, a note, a signature line or a report date, in whichever cell it is."""
    return any(_ENDS_TABLE.match(text) for text in texts if text)


def ignored_row(sheet: Sheet, row: int, texts: list[str]) -> Diagnostic:
    """An info at the row's first filled cell, quoting what the row says."""
    column = next(i for i, text in enumerate(texts, 1) if text)
    said = " | ".join(" ".join(t.split()) for t in texts if t)
    said = said if len(said) <= _SHOWN else said[: _SHOWN - 1] + "…"
    return info(
        "row-after-table", sheet.position(row, column), "",
        f'row {row} is below the table (a total, note, signature or date), not a record: ignored: "{said}"',
        f'แถว {row} อยู่ใต้ตาราง (ยอดรวม หมายเหตุ ลายมือชื่อ หรือวันที่) ไม่ใช่รายการ จึงไม่นำเข้า: "{said}"',
    )
