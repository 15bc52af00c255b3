"""Where things are on an agency's แบบ สขร.1 sheet: the header row, each column's role, the month.

The official form puts title rows and the agency/month line above a table whose header holds the nine
Thai column headings. Agencies vary it: a heading may be merged across two sub-columns with their own
labels in the row below (ผู้ได้รับการคัดเลือก | ราคาที่ตกลง, เลขที่ | วันที่), and a row of column
numbers ``(1) … (9)`` may follow. The header is found by its Thai labels, not by its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.diagnostics import Diagnostic, Position, error
from generator.importer.sheet import Cell, Sheet
from generator.values.dates import MONTHS_ABBR, MONTHS_FULL
from generator.values.numbers import to_arabic_digits

SEARCH_ROWS = 40
# (role, label fragments): a heading whose text (spaces removed) contains a fragment has that role.
_TOP_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("no", ("ลำดับ",)),
    ("reference_price", ("ราคากลาง",)),
    ("budget", ("วงเงิน", "งบประมาณ")),
    ("method", ("วิธีซื้อ", "วิธีจัดซื้อ", "วิธีการจัดซื้อ", "วิธีจ้าง", "วิธีการซื้อ")),
    ("bidders", ("ผู้เสนอราคา",)),
    ("winner", ("ผู้ได้รับการคัดเลือก", "ผู้ได้รับคัดเลือก", "ผู้ชนะ")),
    ("reason", ("เหตุผล",)),
    ("contract", ("เลขที่และวันที่", "สัญญา", "ข้อตกลง")),
    ("winner_tax_id", ("เลขประจำตัวผู้เสียภาษี",)),
    ("title", ("งานที่จัดซื้อ", "งานจัดซื้อ", "งานที่จัดจ้าง", "ชื่อโครงการ", "รายการ")),
)
LABELS_TH = {
    "no": "ลำดับที่", "title": "งานที่จัดซื้อหรือจัดจ้าง", "budget": "วงเงินที่จะซื้อหรือจ้าง",
    "method": "วิธีซื้อหรือจ้าง", "bidders": "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "winner": "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
}
_GROUPS = ("bidders", "winner", "contract")
_NUMBER_ROW = re.compile(r"^\(?[0-9๐-๙]{1,2}\)?$")


@dataclass(frozen=True)
class Layout:
    header_row: int
    data_start: int
    """First row that may hold a record."""
    columns: dict[str, int]
    """Role → column. Roles: no, title, budget, reference_price, method, reason, winner_tax_id, and
    either bidders or bidder_name + bidder_price, winner or winner_name + agreed_price, contract or
    contract_no + contract_date."""


def _role(label: str) -> str | None:
    for role, fragments in _TOP_ROLES:
        if any(fragment in label for fragment in fragments):
            return role
    return None


def _is_price(label: str) -> bool:
    """``ราคาที่เสนอ``, ``ราคา (บาท)``, ``จำนวนเงิน`` — but not ``ผู้เสนอราคา`` (a name column)."""
    return label.startswith(("ราคา", "จำนวนเงิน", "เป็นเงิน")) or "ราคาที่" in label


def _sub_role(group: str, label: str) -> str:
    if group == "bidders":
        return "bidder_price" if _is_price(label) else "bidder_name"
    if group == "winner":
        if "ภาษี" in label:
            return "winner_tax_id"
        return "agreed_price" if _is_price(label) else "winner_name"
    return "contract_date" if "วันที่" in label and "เลขที่" not in label else "contract_no"


def _roles_of_row(sheet: Sheet, row: int) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for column in range(1, sheet.width + 1):
        if (role := _role(sheet.label(row, column))) is not None:
            found.setdefault(role, []).append(column)
    return found


def locate(sheet: Sheet) -> tuple[Layout | None, list[Diagnostic]]:
    """Find the header row and each column's role; an error when the sheet has no สขร.1 header."""
    candidates = [(row, _roles_of_row(sheet, row)) for row in range(1, min(sheet.height, SEARCH_ROWS) + 1)]
    row, roles = max(candidates, key=lambda item: len(item[1]), default=(0, {}))
    missing = [role for role in ("no", "title", "budget", "method", "bidders", "winner") if role not in roles]
    if len(roles) < 6 or missing:
        names = ", ".join(LABELS_TH[role] for role in missing) or "-"
        return None, [error(
            "no-header", Position(sheet.name), "",
            f"no แบบ สขร.1 header row found in the first {SEARCH_ROWS} rows (missing: {names})",
            f"ไม่พบแถวหัวตารางแบบ สขร.1 ใน {SEARCH_ROWS} แถวแรก (ไม่พบหัวคอลัมน์: {names})",
        )]
    columns: dict[str, int] = {}
    has_sub_row = _continues_below(sheet, row, roles["no"][0])
    for role, cols in roles.items():
        if role in _GROUPS and len(cols) > 1:
            has_sub_row = True
            for column in cols:
                columns.setdefault(_sub_role(role, sheet.label(row + 1, column)), column)
        else:
            columns.setdefault(role, cols[0])
    data_start = row + (2 if has_sub_row else 1)
    if _is_number_row(sheet, data_start):
        data_start += 1
    return Layout(row, data_start, columns), []


def _continues_below(sheet: Sheet, row: int, column: int) -> bool:
    """True when the header cell is merged down into the next row (a two-row header)."""
    origin = sheet.merged.get((row + 1, column))
    return origin is not None and origin[0] <= row


def _is_number_row(sheet: Sheet, row: int) -> bool:
    """The ``(1) (2) … (9)`` row some forms print under the header."""
    texts = [str(v).strip() for c in range(1, sheet.width + 1) if (v := sheet.value(row, c)) is not None
             and str(v).strip()]
    return len(texts) >= 5 and all(_NUMBER_ROW.match(text) for text in texts)


def _month_pattern() -> re.Pattern[str]:
    names = sorted((re.escape(n.replace(" ", "")) for n in (*MONTHS_FULL, *MONTHS_ABBR)),
                   key=len, reverse=True)
    return re.compile(rf"เดือน\s*({'|'.join(names)})\s*(?:พ\.?\s*ศ\.?)?\s*([0-9]{{4}}|[0-9]{{2}})?")


_MONTH_IN_TITLE = _month_pattern()


def header_month(sheet: Sheet, before_row: int) -> tuple[Cell, int, int | None] | None:
    """The month printed above the table (``ประจำเดือน ตุลาคม พ.ศ. ๒๕๖๗``): cell, month, BE year."""
    lookup = {n.replace(" ", ""): i % 12 + 1 for i, n in enumerate((*MONTHS_FULL, *MONTHS_ABBR))}
    for row in range(1, before_row):
        for column in range(1, sheet.width + 1):
            value = sheet.value(row, column)
            if not isinstance(value, str):
                continue
            if match := _MONTH_IN_TITLE.search(to_arabic_digits(value)):
                year = match[2]
                be = None if year is None else (2500 + int(year) if len(year) == 2 else int(year))
                return (row, column), lookup[match[1]], be
    return None
