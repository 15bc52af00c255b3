"""The NACC procurement list form as a page: the HTML table and links to its XLSX and CSV.

The page declares the topic ``procurement_monthly`` for the months of the period it publishes, so
the OIT item that asks for the list (ITA 2568 O12, ITA 2569 O11) links straight to it.
"""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.opendata.nacc_form import HEADER, PERIOD, FormList, file_stem, form_lists
from generator.render.pages import Page
from generator.render.paging import pager, part_path, parts
from generator.values.dates import MONTHS_ABBR


def page_path(fiscal_year: int) -> str:
    return f"budget/procurement/{fiscal_year}/nacc-procurement-list.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    """One page per fiscal year's list; a long list continues on further pages (``paging``), the
    first keeps the URL and the OIT evidence. The XLSX and CSV always hold the whole list."""
    result = []
    for form in form_lists(agency):
        sources = tuple(m.source.path for m in agency.procurement_months
                        if m.model.fiscal_year == form.fiscal_year and m.model.month in form.months)
        split = parts(len(form.rows))
        result += [_page(form, number, rows, len(split), sources) for number, rows in enumerate(split, 1)]
    return result


def _page(form: FormList, number: int, rows: range, count: int, sources: tuple[str, ...]) -> Page:
    year, first = form.fiscal_year, number == 1
    title = f"รายการการจัดซื้อจัดจ้างตามแบบของสำนักงาน ป.ป.ช. ปีงบประมาณ พ.ศ. {year} (ต.ค.–มี.ค.)"
    path = part_path(page_path(year), number)
    stem = posixpath.relpath(file_stem(year), posixpath.dirname(path))
    caption = f"{title} ({form.records} รายการ)"
    if count > 1:
        caption += f" หน้า {number} จาก {count}: แถวที่ {rows.start + 1}–{rows.stop}"
    page_title = title if first else f"{title} (หน้า {number})"
    return Page(path, page_title, "nacc_form.md.j2", {
        "page_title": page_title, "fiscal_year": year, "header": HEADER, "caption": caption,
        "rows": [form.rows[i] for i in rows], "pager": pager(page_path(year), number, count),
        "missing": [MONTHS_ABBR[m - 1] for m in PERIOD if m not in form.months],
        "xlsx": Markup(f"{stem}.xlsx"), "csv": Markup(f"{stem}.csv"),
    }, section="budget" if first else None, topics=("procurement_monthly",) if first else (), in_nav=False,
        fiscal_year=year if first else None, months=form.months if first else frozenset(),
        summary=f"{form.records} รายการ", sources=sources)
