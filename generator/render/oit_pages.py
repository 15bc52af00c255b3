"""The OIT index: per assessment year, every catalogue item with its status and a stable URL.

``/oit/<year>/`` lists the items; ``/oit/<year>/<code>/`` (e.g. ``/oit/2568/o12/``) is the URL an
assessor pastes into the assessment system: it shows the criterion, the status and links straight
to the evidence. ``/oit/<year>/oit-<year>.csv`` is laid out like the assessors' form.
"""

from __future__ import annotations

import csv
import io
import posixpath
from typing import Any

from markupsafe import Markup

from generator.load.agency import Agency
from generator.models.catalogue import Catalogue
from generator.oit.coverage import STATUS_TH, ItemCoverage, Status
from generator.opendata.tables import csv_cell
from generator.render.pages import Page
from generator.render.urls import relative_url, site_url

INDEX = "oit/index.md"


def year_path(year: int) -> str:
    return f"oit/{year}/index.md"


def item_path(year: int, code: str) -> str:
    return f"oit/{year}/{code.lower()}.md"


def pages(agency: Agency, coverage: dict[int, list[ItemCoverage]]) -> list[Page]:
    """The OIT index, a page per assessment year and one per item, from the build's coverage."""
    years = sorted(agency.catalogues.items(), reverse=True)
    if not years:
        return []
    result = [Page(INDEX, "ดัชนีข้อมูลตามเกณฑ์ OIT", "oit_index.md.j2", {
        "years": [{"year": year, "title": cat.title, "link": Markup(f"{year}/index.md"),
                   "confirmed": sum(not item.unconfirmed for item in cat.items), "total": len(cat.items)}
                  for year, cat in years],
    }, section="oit")]
    for year, catalogue in years:
        result.append(_year_page(year, catalogue, coverage[year]))
        result += [_item_page(year, catalogue, row) for row in coverage[year]]
    return result


def status_counts(coverage: list[ItemCoverage]) -> list[dict[str, Any]]:
    return [{"label": STATUS_TH[status], "count": sum(c.status is status for c in coverage)}
            for status in Status]


def _year_page(year: int, catalogue: Catalogue, coverage: list[ItemCoverage]) -> Page:
    here = year_path(year)
    rows = [{
        "code": row.item.code, "title": row.item.title, "status": row.status,
        "sub_indicator": _sub_indicator(catalogue, row), "rule_th": row.rule.label_th,
        "fiscal_year": row.fiscal_year,
        "status_th": STATUS_TH[row.status], "reasons": row.reasons,
        "link": Markup(relative_url(here, item_path(year, row.item.code))),
        "evidence": [{"title": p.title, "link": Markup(relative_url(here, p.path))} for p in row.evidence],
        "updated": _updated(row),
    } for row in coverage]
    unconfirmed = sum(row.status is Status.UNCONFIRMED for row in coverage)
    return Page(here, f"ดัชนี OIT ปี {year}", "oit_year.md.j2", {
        "year": year, "catalogue": catalogue, "rows": rows, "counts": status_counts(coverage),
        "confirmed": len(coverage) - unconfirmed, "unconfirmed": unconfirmed,
        "csv_link": Markup(f"oit-{year}.csv"),
    }, section="oit")


def _sub_indicator(catalogue: Catalogue, row: ItemCoverage) -> str | None:
    """``9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ``: the code with this year's name."""
    code = row.item.sub_indicator
    name = catalogue.sub_indicator_name(code)
    return f"{code} {name}" if code and name else code


def _updated(row: ItemCoverage) -> Any:
    dates = [p.updated for p in row.evidence if p.updated is not None]
    return max(dates) if dates else None


def _item_page(year: int, catalogue: Catalogue, row: ItemCoverage) -> Page:
    here = item_path(year, row.item.code)
    folder = posixpath.dirname(here)
    criterion_source = catalogue.sources.get(row.item.criterion_source or "")
    return Page(here, f"{row.item.code} {row.item.title}", "oit_item.md.j2", {
        "year": year, "row": row, "status_th": STATUS_TH[row.status],
        "sub_indicator": _sub_indicator(catalogue, row), "sources": catalogue.sources_of(row.item),
        "criterion_source": criterion_source,
        "evidence": [{"title": p.title, "link": Markup(posixpath.relpath(p.path, folder))}
                     for p in row.evidence],
        "index_link": Markup("index.md"), "updated": _updated(row),
    }, section="oit", in_nav=False, updated=_updated(row))


def csv_files(agency: Agency, coverage: dict[int, list[ItemCoverage]]) -> dict[str, bytes]:
    """One CSV per assessment year in the assessors' form layout: ข้อ | URL | คำอธิบาย."""
    base = agency.config.site.url or ""  # ends with "/" (values.site_url.parse_site_url)
    files = {}
    for year, rows in coverage.items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["ข้อ", "URL", "คำอธิบาย"])
        for row in rows:
            url = base + site_url(item_path(year, row.item.code))
            where = "; ".join(p.title for p in row.evidence) or STATUS_TH[row.status]
            writer.writerow([csv_cell(row.item.code), csv_cell(url), csv_cell(f"{row.item.title} — {where}")])
        files[f"docs/oit/{year}/oit-{year}.csv"] = ("\ufeff" + out.getvalue()).encode("utf-8")
    return files
