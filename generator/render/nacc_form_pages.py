"""The NACC procurement list form as a page: the HTML table and links to its XLSX and CSV.

The page declares the topic ``procurement_monthly`` for the months of the period it publishes, so
the OIT item that asks for the list (ITA 2568 O12, ITA 2569 O11) links straight to it.
"""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.opendata.nacc_form import HEADER, PERIOD, file_stem, form_lists
from generator.render.pages import Page
from generator.values.dates import MONTHS_ABBR


def page_path(fiscal_year: int) -> str:
    return f"budget/procurement/{fiscal_year}/nacc-procurement-list.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    result = []
    for form in form_lists(agency):
        year = form.fiscal_year
        stem = posixpath.basename(file_stem(year))
        title = f"รายการการจัดซื้อจัดจ้างตามแบบของสำนักงาน ป.ป.ช. ปีงบประมาณ พ.ศ. {year} (ต.ค.–มี.ค.)"
        missing = [MONTHS_ABBR[m - 1] for m in PERIOD if m not in form.months]
        result.append(Page(page_path(year), title, "nacc_form.md.j2", {
            "page_title": title, "fiscal_year": year, "header": HEADER, "rows": form.rows,
            "records": form.records, "missing": missing,
            "xlsx": Markup(f"{stem}.xlsx"), "csv": Markup(f"{stem}.csv"),
        }, section="budget", topics=("procurement_monthly",), in_nav=False, fiscal_year=year,
            months=form.months, summary=f"{form.records} รายการ",
            sources=tuple(m.source.path for m in agency.procurement_months
                          if m.model.fiscal_year == year and m.model.month in form.months)))
    return result
