"""Where things are on the NACC procurement list form (แบบรายการการจัดซื้อจัดจ้าง "ITA-o").

The form's sixteen headings are fixed (agencies must not change the form), so a sheet is this form
when its header row holds the form's own headings: ``เลขที่โครงการในระบบ e-GP`` and
``สถานะการจัดซื้อจัดจ้าง`` among them. The agency-level columns (ชื่อหน่วยงาน … ประเภทหน่วยงาน)
come from ``site_config.yml`` and are not read; the form has no bidders column, so the imported
records say nothing about bidders (shown ไม่ระบุ).
"""

from __future__ import annotations

from generator.diagnostics import Diagnostic, error
from generator.importer.sheet import Sheet
from generator.importer.sukhor1_layout import SEARCH_ROWS, Layout
from generator.values.numbers import to_arabic_digits

# role → the form's heading (spaces removed), as in generator.opendata.nacc_form.HEADER
_HEADINGS = {
    "no": "ที่",
    "fiscal_year": "ปีงบประมาณ",
    "title": "ชื่อรายการของงานที่ซื้อหรือจ้าง",
    "budget": "วงเงินงบประมาณที่ได้รับจัดสรร(บาท)",
    "budget_source": "แหล่งที่มาของงบประมาณ",
    "status": "สถานะการจัดซื้อจัดจ้าง",
    "method": "วิธีการจัดซื้อจัดจ้าง",
    "reference_price": "ราคากลาง(บาท)",
    "agreed_price": "ราคาที่ตกลงซื้อหรือจ้าง(บาท)",
    "winner_name": "รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก",
    "egp_project": "เลขที่โครงการในระบบe-GP",
}
_MARKERS = ("status", "egp_project")


def _normal(label: str) -> str:
    return label.replace(" ", "").replace("\n", "").strip()


def locate_nacc(sheet: Sheet) -> Layout | None:
    """The form's header row and columns, or ``None`` when the sheet is not the NACC form."""
    wanted = {heading.casefold(): role for role, heading in _HEADINGS.items()}
    for row in range(1, min(sheet.height, SEARCH_ROWS) + 1):
        columns: dict[str, int] = {}
        for column in range(1, sheet.width + 1):
            role = wanted.get(_normal(str(sheet.value(row, column) or "")).casefold())
            if role is not None:
                columns.setdefault(role, column)
        if all(marker in columns for marker in _MARKERS) and {"no", "title", "budget"} <= set(columns):
            return Layout(row, row + 1, columns)
    return None


def year_mismatches(sheet: Sheet, layout: Layout, fiscal_year: int) -> list[Diagnostic]:
    """Each row whose ปีงบประมาณ cell is not the fiscal year asked for (``--year``)."""
    column = layout.columns.get("fiscal_year")
    found: list[Diagnostic] = []
    if column is None:
        return found
    for row in range(layout.data_start, sheet.height + 1):
        value = sheet.value(row, column)
        text = to_arabic_digits(str(int(value) if isinstance(value, float) else value)).strip() \
            if value is not None else ""
        if text and text != "-" and text != str(fiscal_year):
            found.append(error(
                "form-year-mismatch", sheet.position(row, column), "",
                f"the row is for fiscal year {text} but --year is {fiscal_year}",
                f"แถวนี้เป็นของปีงบประมาณ {text} แต่ระบุ --year {fiscal_year}",
            ))
    return found
