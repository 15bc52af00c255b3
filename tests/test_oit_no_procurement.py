"""A month without procurement counts for the OIT only when the agency says so (ไม่มีการจัดซื้อจัดจ้าง);
monthly items are judged per month (first_half) or per quarter (quarterly) on the demo data."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from generator.oit.coverage import Status
from tests.conftest import edit_file

HEADER = ("no,title,budget,reference_price,method,bidders,winner,agreed_price,winner_tax_id,reason,"
          "contract_no,contract_date\n")


def _o12_2568(root: Path) -> tuple[Status, tuple[str, ...], list[str]]:
    checked = pipeline.check(root)
    row = next(r for r in pipeline.coverage(checked)[2568] if r.item.code == "O12")
    codes = [d.code for d in checked.diagnostics if d.position.file.endswith("2568/02.csv")]
    return row.status, row.reasons, codes


def test_an_empty_month_without_statement_is_a_gap(demo_copy: Path) -> None:
    (demo_copy / "content/procurement/2568/02.csv").write_text("\ufeff" + HEADER, encoding="utf-8")
    status, reasons, codes = _o12_2568(demo_copy)
    assert status is Status.INCOMPLETE
    assert reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ยังไม่มีข้อมูลรายเดือนของ ก.พ.",)
    assert codes == ["empty-month"]


def test_an_empty_month_that_says_no_procurement_counts(demo_copy: Path) -> None:
    (demo_copy / "content/procurement/2568/02.csv").write_text("\ufeff" + HEADER, encoding="utf-8")
    edit_file(demo_copy / "content/procurement/2568/plan.yml", "\nannouncements:",
              "\nmonths:\n  2:\n    no_procurement: true\nannouncements:", count=1)
    status, reasons, codes = _o12_2568(demo_copy)
    assert (status, reasons, codes) == (Status.PUBLISHED, (), [])


def test_a_statement_contradicted_by_records_is_a_positioned_error(demo_copy: Path) -> None:
    plan = demo_copy / "content/procurement/2568/plan.yml"
    edit_file(plan, "\nannouncements:", "\nmonths:\n  2:\n    no_procurement: true\nannouncements:", count=1)
    checked = pipeline.check(demo_copy)
    errors = [d for d in checked.diagnostics if d.code == "no-procurement-with-rows"]
    assert len(errors) == 1
    line = plan.read_text(encoding="utf-8").splitlines().index("    no_procurement: true") + 1
    assert (errors[0].position.file, errors[0].position.line) == ("content/procurement/2568/plan.yml", line)


def test_2569_quarterly_item_names_the_quarter_and_month_missing(demo_copy: Path) -> None:
    (demo_copy / "content/procurement/2569/02.csv").unlink()
    row = next(r for r in pipeline.coverage(pipeline.check(demo_copy))[2569] if r.item.code == "O11")
    assert row.status is Status.INCOMPLETE
    assert row.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ไตรมาสที่ 2 ยังไม่ครบ (ขาด ก.พ.)",)


def test_2569_january_without_procurement_counts_because_the_demo_says_so(demo_copy: Path) -> None:
    row = next(r for r in pipeline.coverage(pipeline.check(demo_copy))[2569] if r.item.code == "O11")
    assert row.status is Status.PUBLISHED
    edit_file(demo_copy / "content/procurement/2569/plan.yml", "    no_procurement: true\n", "")
    row = next(r for r in pipeline.coverage(pipeline.check(demo_copy))[2569] if r.item.code == "O11")
    assert row.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ไตรมาสที่ 2 ยังไม่ครบ (ขาด ม.ค.)",)
