"""Service statistics and satisfaction surveys: models, recomputed totals, pages, open data."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from generator import pipeline
from generator.models.statistics_figures import month_totals, months_covered
from generator.opendata import statistics as opendata
from generator.opendata.tables import csv_bytes, schema
from generator.render.site_pages import build_pages
from tests.conftest import FIXTURES, copy_agency, edit_file, page_html, visible_text

SERVICES = "content/statistics/2568/services.yml"
SATISFACTION = "content/statistics/2568/satisfaction.yml"


def _fixture(tmp_path: Path, file: str | None = None, old: str = "", new: str = "") -> Path:
    root = copy_agency(FIXTURES / "service_totals", tmp_path / "agency")
    if file is not None:
        edit_file(root / file, old, new)
    return root


def _found(root: Path) -> list[tuple[str, str, str]]:
    return [(d.code, d.field, str(d.position)) for d in pipeline.check(root).diagnostics]


def test_wrong_stated_type_total_yields_exactly_that_warning() -> None:
    checked = pipeline.check(FIXTURES / "service_totals")
    assert checked.ok
    assert [(d.code, d.field, str(d.position)) for d in checked.diagnostics] == [
        ("total-mismatch", "services[1].stated_total", f"{SERVICES}:9:19"),
    ]
    found = checked.diagnostics[0]
    assert (found.details["printed"], found.details["recomputed"]) == ("9", "8")
    assert "9" in found.message_th and "8" in found.message_th and "จดทะเบียนพาณิชย์" in found.message_th


def test_month_and_grand_totals_are_recomputed(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SERVICES, "months: {10: 5, 11: 11, 12: 2}\n  total: 18",
                    "months: {10: 5, 11: 12, 12: 2}\n  total: 20")
    found = {(d.field, d.details["printed"], d.details["recomputed"])
             for d in pipeline.check(root).diagnostics if d.code == "total-mismatch"}
    assert found == {("services[1].stated_total", "9", "8"), ("stated.months.11", "12", "11"),
                     ("stated.total", "20", "18")}


def test_duplicate_service_type_is_a_warning(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SERVICES, "type: จดทะเบียนพาณิชย์", "type: ขออนุญาต ก่อสร้างอาคาร")
    assert ("duplicate-item", "services[1].type", f"{SERVICES}:7:11") in _found(root)


def test_folder_and_fiscal_year_must_agree(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SATISFACTION, "fiscal_year: 2568", "fiscal_year: 2567")
    assert ("fiscal-year-mismatch", "fiscal_year", f"{SATISFACTION}:1:14") in _found(root)


def test_month_number_outside_1_to_12_is_an_error_at_its_line(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SERVICES, "{10: 3, 11: 5, 12: 2}", "{10: 3, 13: 5, 12: 2}")
    errors = [d for d in pipeline.check(root).diagnostics if d.is_error]
    assert [(d.code, d.field, d.position.line) for d in errors] == [("bad-month", "services[0].counts.13", 5)]
    assert "ตุลาคม" in errors[0].message_th


def test_negative_count_is_an_error(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SERVICES, "12: 0}", "12: -1}")
    assert [(d.code, d.field) for d in pipeline.check(root).diagnostics if d.is_error] == [
        ("bad-number", "services[1].counts.12")]


def test_satisfaction_score_above_the_full_score_is_an_error(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SATISFACTION, 'score: "4.30"', 'score: "5.30"')
    errors = [d for d in pipeline.check(root).diagnostics if d.is_error]
    assert [(d.code, d.position.file) for d in errors] == [("inconsistent", SATISFACTION)]
    assert "คะแนนเต็ม 5" in errors[0].message_th


def test_percentage_above_100_is_an_error_at_its_line(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SATISFACTION, 'percentage: "84.00"', 'percentage: "184"')
    # every check runs despite the error: the fixture's deliberate services total is reported too
    assert [(d.code, d.field, d.position.line) for d in pipeline.check(root).diagnostics] == [
        ("bad-number", "percentage", 5), ("total-mismatch", "services[1].stated_total", 9)]


def test_figures_and_months_covered_come_from_the_counts() -> None:
    checked = pipeline.check(FIXTURES / "service_totals")
    assert checked.agency is not None
    stats = checked.agency.service_statistics[0].model
    assert month_totals(stats) == {10: 5, 11: 11, 12: 2}  # 12 reported as 0 still counts as covered
    assert months_covered(stats) == frozenset({10, 11, 12})
    pages = {p.path: p for p in build_pages(checked.agency, checked.diagnostics)}
    page = pages["administration/statistics/2568.md"]
    assert (page.topics, page.fiscal_year, page.months) == (("service_statistics",), 2568,
                                                            frozenset({10, 11, 12}))
    assert pages["administration/satisfaction/2568.md"].topics == ("satisfaction",)


def test_open_data_csv_has_bom_english_headers_and_no_formula_cells(tmp_path: Path) -> None:
    root = _fixture(tmp_path, SERVICES, "type: จดทะเบียนพาณิชย์", 'type: "=HYPERLINK(1)"')
    agency = pipeline.check(root).agency
    assert agency is not None
    data = csv_bytes(opendata.services(agency))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["fiscal_year", "year", "month", "service_type", "count", "unit"]
    assert all(" " not in name for name in rows[0])
    assert rows[1] == ["2568", "2567", "10", "ขออนุญาตก่อสร้างอาคาร", "3", "ครั้ง"]
    assert ["2568", "2567", "10", "'=HYPERLINK(1)", "2", "ครั้ง"] in rows
    properties = schema(opendata.services(agency))["items"]["properties"]
    titles = {name: prop["title"] for name, prop in properties.items()}
    assert titles["service_type"] == "ประเภทการให้บริการ" and titles["count"] == "จำนวน"


# --- the demo, built with real MkDocs: figures computed by hand from content/statistics/2568 ---

def _text(root: Path, page: str) -> str:
    return visible_text(page_html(root, page))


def test_demo_statistics_table_shows_hand_computed_totals(demo_site: Path) -> None:
    text = _text(demo_site, "administration/statistics/2568/index.html")
    # October 2567: 3 + 2 + 4 + 12 = 21; April 2568: 2 + 4 + 35 + 14 = 55
    assert "ต.ค. 2567 3 2 4 12 21" in text
    assert "เม.ย. 2568 2 4 35 14 55" in text
    # per type: 40, 24, 150, 120; all: 334 (the source printed 336: acknowledged, shown as a note)
    assert "รวมทั้งปี 40 24 150 120 334" in text
    assert "ตัวเลขที่พิมพ์ไว้ 336 ยอดที่คำนวณได้ 334" in text


def test_demo_statistics_page_has_accessible_inline_charts_and_open_data_links(demo_site: Path) -> None:
    html = (demo_site / "site/administration/statistics/2568/index.html").read_text(encoding="utf-8")
    assert html.count('role="img"') >= 2 and '<title id="chart-months-title">' in html
    assert "<caption>" in html and 'scope="row"' in html and 'scope="col"' in html
    links = re.findall(r'href="([^"]*data/service-statistics\.(?:csv|json|schema\.json))"', html)
    assert len(links) == 3
    data = demo_site / "site/data"
    assert (data / "service-statistics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = json.loads((data / "service-statistics.json").read_text(encoding="utf-8"))
    assert sum(row["count"] for row in rows if row["fiscal_year"] == 2568) == 334
    schema_doc = json.loads((data / "service-statistics.schema.json").read_text(encoding="utf-8"))
    assert schema_doc["items"]["properties"]["month"]["title"] == "เดือน"


def test_demo_satisfaction_page_shows_aspects_and_overall(demo_site: Path) -> None:
    text = _text(demo_site, "administration/satisfaction/2568/index.html")
    assert "ด้านเจ้าหน้าที่ผู้ให้บริการ 4.61 92.20" in text
    assert "ภาพรวม 4.52 90.40" in text
    assert "400 คน" in text


def test_misplaced_statistics_files_are_reported_not_ignored(tmp_path: Path) -> None:
    root = _fixture(tmp_path)
    (root / "content/statistics/2568/service.yml").write_text("fiscal_year: 2568\n", encoding="utf-8")
    (root / "content/statistics/services.yml").write_text("fiscal_year: 2568\n", encoding="utf-8")
    found = {(code, where) for code, _, where in _found(root) if code == "unrecognised-file"}
    assert found == {("unrecognised-file", "content/statistics/2568/service.yml"),
                     ("unrecognised-file", "content/statistics/services.yml")}


def test_a_total_recomputed_around_a_malformed_count_says_it_may_be_incomplete(tmp_path: Path) -> None:
    # counts of the second type become {10: 2, 11: "๖ครั้ง", 12: 0}: the 6 is unreadable, so unknown
    root = _fixture(tmp_path, SERVICES, "{10: 2, 11: 6, 12: 0}", '{10: 2, 11: "๖ครั้ง", 12: 0}')
    found = pipeline.check(root).diagnostics
    assert ("bad-number", "services[1].counts.11") in [(d.code, d.field) for d in found if d.is_error]
    mismatches = [d for d in found if d.code == "total-mismatch" and d.position.file == SERVICES]
    assert mismatches and all("malformed value(s), counted as unknown" in d.message
                              and "ยอดที่คำนวณได้จึงอาจไม่ครบ" in d.message_th for d in mismatches)
