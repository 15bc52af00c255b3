"""The command line: exit codes and messages a webmaster and CI rely on."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DEMO, edit_file, run_cli


def _edit(path: Path, old: str, new: str) -> None:
    edit_file(path, old, new, 1)


def test_check_on_demo_prints_the_acknowledged_note_and_exits_0() -> None:
    result = run_cli("--root", DEMO, "check")
    assert result.code == 0
    assert "total-mismatch" in result.err and "ตามเอกสารต้นฉบับ" in result.err
    assert "acknowledged" in result.err


def test_malformed_amount_exits_1_naming_file_line_column_field(demo_copy: Path) -> None:
    plan = demo_copy / "content/plans/2568.yml"
    _edit(plan, 'budget: "10,000"', 'budget: "20,0000"')
    lines = plan.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "20,0000" in text)
    result = run_cli("--root", demo_copy, "check")
    assert result.code == 1
    assert f"content/plans/2568.yml:{line}:13: error: bad-amount: items[0].budget:" in result.err
    assert "จำนวนเงินไม่ถูกต้อง" in result.err or "ไม่ใช่จำนวนเงิน" in result.err
    assert "Traceback" not in result.err


def test_unacknowledged_wrong_total_passes_but_fails_strict(demo_copy: Path) -> None:
    plan = demo_copy / "content/plans/2568.yml"
    _edit(plan, "  items: 11\n", "  items: 12\n")
    normal = run_cli("--root", demo_copy, "check")
    assert normal.code == 0
    assert "warning: total-mismatch: stated.items" in normal.err
    assert "12" in normal.err and "11" in normal.err
    strict = run_cli("--root", demo_copy, "check", "--strict")
    assert strict.code == 1
    assert "--strict" in strict.err


def test_build_refuses_bad_data_and_keeps_no_partial_output(demo_copy: Path) -> None:
    _edit(demo_copy / "content/no-gift/2568.yml", "announced: 1 ต.ค. 2567", "announced: 31 ก.พ. 2567")
    result = run_cli("--root", demo_copy, "build")
    assert result.code == 1
    assert "bad-date" in result.err and "announced" in result.err
    assert not (demo_copy / "site").exists()


def test_json_format_is_a_stable_list(demo_copy: Path) -> None:
    result = run_cli("--root", demo_copy, "check", "--format", "json")
    assert result.code == 0
    items = json.loads(result.out)
    keys = ["acknowledged", "code", "column", "field", "file", "line", "message", "message_th", "severity"]
    assert items and all(sorted(item) == keys for item in items)
    plan = [i for i in items if i["file"] == "content/plans/2568.yml"]
    assert [(i["code"], i["field"], i["severity"]) for i in plan] == [
        ("total-mismatch", "stated.budget.2568", "warning")]
    assert plan[0]["acknowledged"].startswith("ตามเอกสารต้นฉบับ")


def test_github_format_prints_annotations(demo_copy: Path) -> None:
    _edit(demo_copy / "content/plans/2568.yml", "  items: 11\n", "  items: 12\n")
    result = run_cli("--root", demo_copy, "check", "--format", "github")
    assert "::warning file=content/plans/2568.yml,line=" in result.err
    assert "::notice file=content/plans/2568.yml" in result.err  # the acknowledged one


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("frobnicate").code == 2
    missing = run_cli("--root", tmp_path, "check")
    assert missing.code == 2 and "site_config.yml" in missing.err


def test_python_m_generator_and_help_work() -> None:
    result = run_cli("--help")
    assert result.code == 0 and "build" in result.out and "check" in result.out
