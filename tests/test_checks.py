"""Checks: printed totals recomputed and compared, duplicates, acknowledgements."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from tests.conftest import FIXTURES, copy_agency, edit_file


def _check(root: Path) -> pipeline.Checked:
    return pipeline.check(root)


def test_wrong_stated_total_yields_exactly_that_warning() -> None:
    checked = _check(FIXTURES / "wrong_total")
    assert checked.ok
    assert [(d.code, d.field, str(d.position)) for d in checked.diagnostics] == [
        ("total-mismatch", "stated.budget.2566", "content/plans/2566.yml:23:18"),
    ]
    warning = checked.diagnostics[0]
    # both numbers are named: printed 16,000 and recomputed 10,000 + 5,000 + no budget = 15,000
    assert "16,000.00" in warning.message and "15,000.00" in warning.message
    assert "16,000.00" in warning.message_th and "15,000.00" in warning.message_th
    assert checked.passes(strict=False) and not checked.passes(strict=True)


def _with_plan_edit(tmp_path: Path, old: str, new: str) -> Path:
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")
    edit_file(root / "content/plans/2566.yml", old, new)
    return root


def test_correct_totals_give_no_warning(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, '"16,000"', '"15,000"')
    assert _check(root).diagnostics == []


def test_item_count_and_quarter_counts_are_recomputed(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, "items: 3\n  budget: {2566: \"16,000\"}\n  quarter_counts: {1: 2, 2: 2}",
                           "items: 4\n  quarter_counts: {1: 2, 2: 3}")
    found = {(d.code, d.field, d.details["printed"], d.details["recomputed"])
             for d in _check(root).diagnostics}
    assert found == {("total-mismatch", "stated.items", "4", "3"),
                     ("total-mismatch", "stated.quarter_counts.2", "3", "2")}


def test_dimension_totals_are_recomputed(tmp_path: Path) -> None:
    # dimension 2 holds items 2 and 3 (mission 2.1 and dimension: 2): 2 items, 5,000 + no budget
    dimensions = "  dimensions: {2: {items: 3, budget: {2566: 5000}}, 1: {budget: {2566: 9000}}}\n"
    root = _with_plan_edit(tmp_path, "stated:\n", "stated:\n" + dimensions)
    found = {(d.field, d.details["printed"], d.details["recomputed"])
             for d in _check(root).diagnostics if d.field.startswith("stated.dimensions")}
    assert found == {("stated.dimensions.2.items", "3", "2"),
                     ("stated.dimensions.1.budget.2566", "9,000.00", "10,000.00")}


def test_duplicate_title_in_same_dimension_warns(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, "title: โครงการสอง", "title: โครงการหนึ่ง")
    # same title but dimension 2 vs dimension 1: not a duplicate
    assert [d.code for d in _check(root).diagnostics] == ["total-mismatch"]
    root2 = _with_plan_edit(tmp_path / "b", "title: มาตรการสาม", "title: โครงการ สอง")
    dupes = [d for d in _check(root2).diagnostics if d.code == "duplicate-item"]
    assert [(d.field, d.position.line) for d in dupes] == [("items[2].title", 16)]


def test_acknowledged_warning_passes_strict_and_keeps_reason(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, "stated:\n", "acknowledged:\n  - code: total-mismatch\n"
                           "    at: stated.budget.๒๕๖๖\n    reason: ตามเอกสารต้นฉบับ\nstated:\n")
    checked = _check(root)
    assert [d.acknowledged_reason for d in checked.diagnostics] == ["ตามเอกสารต้นฉบับ"]
    assert checked.passes(strict=True)


def test_stale_acknowledgement_is_itself_a_warning(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, "stated:\n", "acknowledged:\n  - code: total-mismatch\n"
                           "    at: stated.items\n    reason: x\nstated:\n")
    codes = sorted(d.code for d in _check(root).diagnostics)
    assert codes == ["total-mismatch", "unused-acknowledgement"]


def test_single_amount_in_multi_year_plan_is_an_error(tmp_path: Path) -> None:
    root = _with_plan_edit(tmp_path, "fiscal_years: [2566]", "fiscal_years: [2566, 2567]")
    checked = _check(root)
    errors = [(d.code, d.field) for d in checked.diagnostics if d.is_error]
    # ไม่ใช้งบประมาณ alone is fine for every year; amounts must say which year
    assert errors == [("budget-year-needed", "items[0].budget"), ("budget-year-needed", "items[1].budget")]
    assert not checked.ok


def test_every_kind_needs_a_file_name_that_makes_a_clean_url(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")
    (root / "content/plans/2566.yml").rename(root / "content/plans/แผน 2566.yml")
    checked = _check(root)
    assert [(d.code, d.position.file) for d in checked.diagnostics if d.is_error] == [
        ("bad-file-name", "content/plans/แผน 2566.yml")]
    assert not checked.ok
