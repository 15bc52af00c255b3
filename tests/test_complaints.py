"""Complaint statistics (aggregates only) and complaint channels: models, checks, pages, open data."""

from __future__ import annotations

import csv
import io
from html import unescape
from pathlib import Path

import pytest

from generator import pipeline
from generator.models.complaints import ComplaintChannel, ComplaintStatistics
from generator.opendata import statistics as opendata
from generator.opendata.tables import csv_bytes
from generator.render.site_pages import build_pages
from tests.conftest import FIXTURES, copy_agency, edit_file
from tests.conftest import page_html as _html
from tests.conftest import visible_text as _text

STATS = "content/complaints/2568.yml"
CHANNELS = "content/complaints/channels.yml"


def _fixture(tmp_path: Path, file: str = STATS, old: str = "", new: str = "") -> Path:
    root = copy_agency(FIXTURES / "complaint_totals", tmp_path / "agency")
    if old:
        edit_file(root / file, old, new)
    return root


def _diagnostics(root: Path) -> list[tuple[str, str, int]]:
    return [(d.code, d.field, d.position.line) for d in pipeline.check(root).diagnostics]


def test_received_not_equal_to_completed_plus_in_progress_yields_exactly_that_warning() -> None:
    checked = pipeline.check(FIXTURES / "complaint_totals")
    assert checked.ok
    assert [(d.code, d.field, str(d.position)) for d in checked.diagnostics] == [
        ("total-mismatch", "received", f"{STATS}:3:11"),
    ]
    found = checked.diagnostics[0]
    assert "5" in found.message and "4" in found.message
    assert "ดำเนินการแล้วเสร็จ (3)" in found.message_th and "อยู่ระหว่างดำเนินการ (1)" in found.message_th
    assert (found.details["printed"], found.details["recomputed"]) == ("5", "4")


def test_by_type_sum_is_compared_with_received(tmp_path: Path) -> None:
    root = _fixture(tmp_path, old="in_progress: 1\nby_type:\n  การจัดซื้อจัดจ้าง: 3",
                    new="in_progress: 2\nby_type:\n  การจัดซื้อจัดจ้าง: 1")
    checked = pipeline.check(root)
    assert [(d.code, d.field) for d in checked.diagnostics] == [("total-mismatch", "by_type")]
    details = checked.diagnostics[0].details
    assert (details["printed"], details["recomputed"]) == ("5", "3")


def test_stated_by_type_total_is_recomputed(tmp_path: Path) -> None:
    root = _fixture(tmp_path, old="in_progress: 1\n", new="in_progress: 2\nstated: {by_type_total: 6}\n")
    assert _diagnostics(root) == [("total-mismatch", "stated.by_type_total", 6)]


def test_none_received_with_counts_is_an_error(tmp_path: Path) -> None:
    root = _fixture(tmp_path, "content/complaints/2567.yml", "none_received: true",
                    "none_received: true\nreceived: 2")
    checked = pipeline.check(root)
    # every check runs despite the error: 2568's deliberate total (5 ≠ 3 + 1) is reported as well
    assert [(d.code, d.position.file) for d in checked.diagnostics] == [
        ("inconsistent", "content/complaints/2567.yml"), ("total-mismatch", "content/complaints/2568.yml")]
    assert "none_received" in checked.diagnostics[0].message_th


def test_zero_received_must_be_stated_as_none_received(tmp_path: Path) -> None:
    root = _fixture(tmp_path, "content/complaints/2567.yml", "none_received: true", "received: 0")
    checked = pipeline.check(root)
    assert [d.code for d in checked.diagnostics] == ["inconsistent", "total-mismatch"]  # 2568's, as above
    assert "none_received: true" in checked.diagnostics[0].message


def test_no_model_can_hold_a_complainant(tmp_path: Path) -> None:
    fields = set(ComplaintStatistics.model_fields) | set(ComplaintChannel.model_fields)
    assert not fields & {"complainant", "name_of_complainant", "id_card", "national_id", "signature"}
    assert {"name", "phone", "email", "address"} <= set(ComplaintChannel.model_fields)  # the channel's own
    root = _fixture(tmp_path, old="received: 5", new="received: 5\ncomplainant: นาย ก")
    assert _diagnostics(root)[0] == ("unknown-key", "complainant", 4)


def test_file_name_and_fiscal_year_must_agree(tmp_path: Path) -> None:
    root = _fixture(tmp_path, old="fiscal_year: 2568", new="fiscal_year: 2569")
    assert ("fiscal-year-mismatch", "fiscal_year", 2) in _diagnostics(root)


@pytest.mark.parametrize(("old", "new", "code", "field"), [
    ("    phone: 0 5300 0000 ต่อ 12", "    detail: ไม่มีช่องทางติดต่อ", "inconsistent", "channels[0]"),
    ("    email: complaint@example.org", "    url: javascript:alert(1)", "bad-url", "channels[1].url"),
    ("    email: complaint@example.org", "    email: not-an-address", "bad-email", "channels[1].email"),
])
def test_channel_errors_are_positioned(tmp_path: Path, old: str, new: str, code: str, field: str) -> None:
    root = _fixture(tmp_path, CHANNELS, old, new)
    errors = [d for d in pipeline.check(root).diagnostics if d.is_error]
    assert [(d.code, d.field, d.position.file) for d in errors] == [(code, field, CHANNELS)]
    assert errors[0].position.line > 1


def test_pages_carry_topics_and_fiscal_years() -> None:
    checked = pipeline.check(FIXTURES / "complaint_totals")
    assert checked.agency is not None
    pages = {p.path: p for p in build_pages(checked.agency, checked.diagnostics)}
    statistics = pages["transparency/complaints/2568.md"]
    assert (statistics.topics, statistics.fiscal_year) == (("complaint_statistics",), 2568)
    assert pages["transparency/complaint-channels.md"].topics == ("complaint_channels",)


def test_open_data_lists_each_year_and_each_type() -> None:
    agency = pipeline.check(FIXTURES / "complaint_totals").agency
    assert agency is not None
    rows = list(csv.reader(io.StringIO(csv_bytes(opendata.complaints(agency)).decode("utf-8-sig"))))
    assert rows == [["fiscal_year", "none_received", "received", "completed", "in_progress", "as_of"],
                    ["2567", "true", "0", "0", "0", ""], ["2568", "false", "5", "3", "1", ""]]
    types = list(csv.reader(io.StringIO(csv_bytes(opendata.complaint_types(agency)).decode("utf-8-sig"))))
    assert types[1:] == [["2568", "การจัดซื้อจัดจ้าง", "3"], ["2568", "การปฏิบัติหน้าที่โดยมิชอบ", "2"]]


# --- the demo, built with real MkDocs: content/complaints/2568.yml has 5 received, 3 done, 2 open ---

def test_demo_complaint_page_shows_hand_computed_figures(demo_site: Path) -> None:
    html = _html(demo_site, "transparency/complaints/2568/index.html")
    text = _text(html)
    # shares of 5 received: 3 / 5 = 60.00 %, 2 / 5 = 40.00 %
    assert "เรื่องที่ได้รับ 5 100.00" in text
    assert "ดำเนินการแล้วเสร็จ 3 60.00" in text
    assert "อยู่ระหว่างดำเนินการ 2 40.00" in text
    assert "การจัดซื้อจัดจ้าง 2 การปฏิบัติหน้าที่โดยมิชอบ 2 การเรียกรับผลประโยชน์ 1 รวม 5" in text
    assert 'role="img"' in html and "data/complaint-statistics.csv" in html


def test_demo_year_without_complaints_says_so(demo_site: Path) -> None:
    text = _text(_html(demo_site, "transparency/complaints/2567/index.html"))
    assert "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ในปีงบประมาณ 2567" in text


def test_demo_channels_page_links_phone_mail_and_web(demo_site: Path) -> None:
    html = unescape(_html(demo_site, "transparency/complaint-channels/index.html"))
    # "0 0000 0000 ต่อ 101": the dialable part only
    assert 'href="tel:000000000"' in html
    assert 'href="mailto:complaint@example.org"' in html
    assert 'href="https://example.org/complaint"' in html
