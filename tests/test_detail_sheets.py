"""Detail sheets, totals with unknowns and values recorded as printed: each new code fails on a
broken figure and stays silent on the consistent plan and on near-misses (tests/fixtures/sheets_plan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from tests.conftest import (
    EXAMPLES,
    FIXTURES,
    build,
    copy_agency,
    edit_file,
    generated_page,
    page_html,
    problems,
    run_cli,
    visible_text,
)

PLAN = "content/plans/2566.yml"
ITEM_2 = '    mission: "2.1"\n    budget: "5,000"\n'
ITEM_3 = "  - title: มาตรการแสดงเจตจำนงสุจริตของผู้บริหาร\n"
MISSIONS = 'missions: {{"1.1": การสร้างจิตสำนึก, "2.1": {}}}\nitems:\n'


def _codes(tmp_path: Path, *edits: tuple[str, str]) -> list[tuple[str, str]]:
    root = copy_agency(FIXTURES / "sheets_plan", tmp_path / "agency")
    for old, new in edits:
        edit_file(root / PLAN, old, new, 1)
    return [(d.code, d.field) for d in pipeline.check(root).diagnostics]


def test_the_consistent_plan_gives_no_diagnostic(tmp_path: Path) -> None:
    assert _codes(tmp_path) == []


# Each case: one edit of the consistent plan and the one diagnostic it must give.
FAILING = {
    # 6 ชั่วโมง × 600 = 3,600; printed 3,000 (and the lines then add up to 12,500, not 13,100)
    "sheet-line-product": ([('amount: "3,600"', 'amount: "3,000"')],
                           [("sheet-line-product", "items[0].details.lines[2].amount"),
                            ("sheet-lines-total", "items[0].details.total")]),
    # the lines add up to 6,000 + 3,500 + 3,600 = 13,100; the sheet prints 13,000
    "sheet-lines-total": ([('total: "13,100"', 'total: "13,000"')],
                          [("sheet-lines-total", "items[0].details.total")]),
    # the plan table gives 5,000 for item 2, its sheet 8,000
    "sheet-budget-mismatch": ([('      budget: "5,000"', '      budget: "8,000"')],
                              [("sheet-budget-mismatch", "items[1].details.budget")]),
    "sheet-title-differs": ([('"โครงการอบรมคุณธรรมจริยธรรม แก่บุคลากร"', "โครงการอบรมจริยธรรมแก่พนักงาน")],
                            [("sheet-title-differs", "items[0].details.title")]),
    "sheet-type-differs": ([("      type: มาตรการ", "      type: กิจกรรม")],
                           [("sheet-type-differs", "items[2].details.type")]),
    # item 3's sheet becomes a copy of item 2's
    "duplicate-sheet": ([("      type: มาตรการ\n      budget: ไม่ใช้งบประมาณ", '      budget: "5,000"'),
                         ("    budget: ไม่ใช้งบประมาณ\n", '    budget: "5,000"\n'),
                         ('budget: {2566: "18,100"}', 'budget: {2566: "23,100"}'),
                         ('2: {items: 2, budget: {2566: "5,000"}}',
                          '2: {items: 2, budget: {2566: "10,000"}}')],
                        [("duplicate-sheet", "items[2].details")]),
    "item-without-sheet": ([("    details:\n      budget: \"5,000\"\n", "")],
                           [("item-without-sheet", "items[1]")]),
    "sheet-without-item": ([("stated:", "unmatched_sheets:\n  - {title: โครงการที่ไม่มีในตาราง}\nstated:")],
                           [("sheet-without-item", "unmatched_sheets[0]")]),
    # grand total 18,100; the printed subtotals 13,100 + 5,000 are fine, so print 12,100 for dimension 1
    "subtotals-mismatch": ([('1: {items: 1, budget: {2566: "13,100"}}',
                             '1: {items: 1, budget: {2566: "12,100"}}')],
                           [("total-mismatch", "stated.dimensions.1.budget.2566"),
                            ("subtotals-mismatch", "stated.budget.2566")]),
    # a malformed amount: an error, and the printed totals that include it say they cannot be checked
    "total-includes-unknown": ([('    budget: "13,100"', '    budget: "13,1000"')],
                               [("bad-amount", "items[0].budget"),
                                ("total-includes-unknown", "stated.budget.2566"),
                                ("total-includes-unknown", "stated.dimensions.1.budget.2566")]),
    "bad-correction": ([('    budget: "13,100"', '    budget: {printed: "13,1000", value: "13,100"}')],
                       [("bad-correction", "items[0].budget")]),
    # item 2 prints 5,000 and, in its หมายเหตุ column, ไม่ใช้งบประมาณ
    "remark-contradicts-budget": ([(ITEM_2, ITEM_2 + "    remark: ไม่ใช้ งบประมาณ\n")],
                                  [("remark-contradicts-budget", "items[1].remark")]),
    "item-without-type": ([("    type: มาตรการ\n", "")], [("item-without-type", "items[2]")]),
    # items 2 and 3 (both mission 2.1) print the number ๑
    "duplicate-item-no": ([(ITEM_2, ITEM_2 + '    no: "๑"\n'), (ITEM_3, ITEM_3 + '    no: "1."\n')],
                          [("duplicate-item-no", "items[2].no")]),
    "mission-title-differs": ([("items:\n", MISSIONS.format('การแสดงเจตจำนงทางการเมือง')),
                               ("  dimensions:\n", '  missions: {"2.1": {title: มาตรการสร้างความโปร่งใส}}\n'
                                                   "  dimensions:\n")],
                              [("mission-title-differs", "stated.missions.2.1.title")]),
    # the summary count table prints 3 items for mission 2.1, which has 2
    "stated-missions": ([("  dimensions:\n", '  missions: {"2.1": {items: 3, budget: {2566: "5,000"}}}\n'
                                             "  dimensions:\n")],
                        [("total-mismatch", "stated.missions.2.1.items")]),
    # dimension 2 printed with 1 item: wrong against its items, and 1 + 1 ≠ the printed 3 items
    "subtotals-mismatch-items": ([("2: {items: 2,", "2: {items: 1,")],
                                 [("total-mismatch", "stated.dimensions.2.items"),
                                  ("subtotals-mismatch", "stated.items")]),
}

# Near-misses that must stay silent.
PASSING = {
    "sheet-title-differs": [('"โครงการอบรมคุณธรรมจริยธรรม แก่บุคลากร"', "“โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร”")],
    "sheet-line-product": [("quantities: [50, 2], unit_price: 35", "quantities: [๕๐, ๒], unit_price: ๓๕")],
    "sheet-budget-mismatch": [('      budget: "5,000"', "      budget: {2566: 5000}")],
    "sheet-type-differs": [("      type: มาตรการ", "      type: \" มาตรการ \"")],
    "bad-correction": [('    budget: "13,100"',
                        '    budget: {printed: "13,1000", value: "13,100", reason: พิมพ์เลขศูนย์เกิน}')],
    "remark-contradicts-budget": [(ITEM_2, ITEM_2 + "    remark: งบประมาณของหน่วยงานอื่น\n"),
                                  ("    budget: ไม่ใช้งบประมาณ\n",
                                   "    budget: ไม่ใช้งบประมาณ\n    remark: ไม่ใช้งบประมาณ\n")],
    "duplicate-item-no": [("    budget: \"13,100\"\n", '    budget: "13,100"\n    no: "1"\n'),
                          (ITEM_2, ITEM_2 + '    no: "1"\n'), (ITEM_3, ITEM_3 + '    no: "2"\n')],
    "mission-title-differs": [("items:\n", MISSIONS.format('การแสดงเจตจำนง "ทางการเมือง"')),
                              ("  dimensions:\n", '  missions: {"2.1": {title: การแสดงเจตจำนงทางการเมือง, '
                                                  'items: 2}}\n  dimensions:\n')],
    "total-includes-unknown": [('    budget: "13,100"',
                                '    budget: {printed: "13,1000", value: "13,100", reason: เกิน}')],
}


@pytest.mark.parametrize("code", sorted(FAILING))
def test_each_new_code_reports_its_broken_figure(code: str, tmp_path: Path) -> None:
    edits, expected = FAILING[code]
    assert sorted(_codes(tmp_path, *edits)) == sorted(expected)


@pytest.mark.parametrize("code", sorted(PASSING))
def test_near_misses_stay_silent(code: str, tmp_path: Path) -> None:
    assert _codes(tmp_path, *PASSING[code]) == []


def test_a_correction_to_null_is_unknown_not_zero(tmp_path: Path) -> None:
    # value: null records "unknown" without an error; the totals that include it cannot be checked
    found = _codes(tmp_path, ('    budget: "13,100"', '    budget: {printed: "13,1000", value: null, '
                                                       'reason: อ่านไม่ออก}'))
    assert sorted(found) == [("total-includes-unknown", "stated.budget.2566"),
                             ("total-includes-unknown", "stated.dimensions.1.budget.2566")]


# --- acceptance of issue 10: tests/fixtures/printed_plan -----------------------------------------

CORRECTED = """    budget:
      printed: "20,0000"
      value: "20,000"
      reason: พิมพ์เลขศูนย์เกินหนึ่งตัว แบบรายละเอียดและยอดรวมระบุ 20,000"""
ACKNOWLEDGED = """acknowledged:
  - code: total-mismatch
    at: stated.dimensions.2.budget.2566
    reason: เอกสารพิมพ์ยอดมิติที่ 2 เป็น 6,000 บาท
  - code: subtotals-mismatch
    at: stated.budget.2566
    reason: ยอดรายมิติที่พิมพ์รวมกันไม่เท่ายอดรวมทั้งสิ้น
  - code: sheet-line-product
    at: items[0].details.lines[2].amount
    reason: แบบรายละเอียดพิมพ์ค่าวิทยากร 3,000 บาท
  - code: sheet-budget-mismatch
    at: items[1].details.budget
    reason: แบบรายละเอียดพิมพ์ 8,000 บาท ตารางแผนพิมพ์ 5,000 บาท
"""


def test_one_check_run_reports_all_four_problems_positioned() -> None:
    result = run_cli("--root", FIXTURES / "printed_plan", "check")
    assert result.code == 1
    lines = result.err.splitlines()
    # line numbers counted in tests/fixtures/printed_plan/content/plans/2566.yml
    for expected in (
        f"{PLAN}:18:13: error: bad-amount: items[0].budget:",
        f"{PLAN}:59:34: warning: total-mismatch: stated.dimensions.2.budget.2566:",
        f"{PLAN}:30:85: warning: sheet-line-product: items[0].details.lines[2].amount:",
        f"{PLAN}:43:15: warning: sheet-budget-mismatch: items[1].details.budget:",
    ):
        assert any(line.startswith(expected) for line in lines), (expected, result.err)
    # the totals that include the malformed amount say so rather than comparing with 0.00
    assert any("total-includes-unknown: stated.budget.2566" in line for line in lines)


def test_corrected_and_acknowledged_plan_builds_strictly_and_shows_what_was_printed(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "printed_plan", tmp_path / "agency")
    edit_file(root / PLAN, '    budget: "20,0000"', CORRECTED)
    edit_file(root / PLAN, "stated:\n", ACKNOWLEDGED + "stated:\n")
    assert build(root, "--strict") == 0
    plan = visible_text(page_html(root, "anti-corruption/plans/2566/index.html"))
    assert "เอกสารพิมพ์ว่า “20,0000” — พิมพ์เลขศูนย์เกินหนึ่งตัว" in plan
    assert "20,000.00" in plan
    assert "เอกสารพิมพ์ยอดมิติที่ 2 เป็น 6,000 บาท" in plan  # acknowledged, with its reason
    item = visible_text(page_html(root, "anti-corruption/plans/2566/1/index.html"))
    assert "เอกสารพิมพ์ว่า 20,0000 บันทึกเป็น 20,000" in item
    assert "แบบรายละเอียดพิมพ์ค่าวิทยากร 3,000 บาท" in item


def test_a_dimension_whose_items_print_no_budget_shows_no_total(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "sheets_plan", tmp_path / "agency")
    # items 2 and 3 (dimension 2) and their sheets print no budget; the stated figures go too
    edit_file(root / PLAN, '      budget: "5,000"\n', "      period: ตลอดปี\n")
    edit_file(root / PLAN, "      budget: ไม่ใช้งบประมาณ\n", "")
    edit_file(root / PLAN, '    budget: "5,000"\n', "")
    edit_file(root / PLAN, "    budget: ไม่ใช้งบประมาณ\n", "")
    edit_file(root / PLAN, '  budget: {2566: "18,100"}\n', "")
    edit_file(root / PLAN, '    2: {items: 2, budget: {2566: "5,000"}}\n', "")
    checked = pipeline.check(root)
    assert checked.diagnostics == []
    pipeline.generate(checked, root / "build")
    page = generated_page(root, "anti-corruption/plans/2566.md")
    summary = page.split("<tbody>", 1)[1].split("</tfoot>", 1)[0]
    assert '<th scope="row">มิติที่ 2</th><td class="num">2</td><td class="num">ไม่ระบุ</td>' in summary
    # the grand total leaves the two unknown items out, and says so
    assert "13,100.00<br><small class=\"oit-note\">ไม่รวม 2 รายการที่ไม่ระบุงบประมาณ</small>" in summary
    assert "0.00</td>" not in summary.replace("13,100.00</td>", "")
    data = (root / "build/docs/data/action-plan-items.csv").read_text(encoding="utf-8")
    header, *rows = data.splitlines()
    unknown = header.split(",").index("budget_unknown")
    assert [row.split(",")[unknown] for row in rows] == ["false", "true", "true"]


def test_an_item_without_type_is_info_and_never_fails_strict(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "sheets_plan", tmp_path / "agency")
    edit_file(root / PLAN, "    type: มาตรการ\n", "")
    checked = pipeline.check(root)
    assert [(d.code, str(d.severity)) for d in checked.diagnostics] == [("item-without-type", "info")]
    assert checked.passes(strict=True)


def test_a_correction_on_a_page_that_cannot_show_it_is_reported(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "complaint_totals", tmp_path / "agency")
    # 2568.yml prints received 5 (its deliberate total-mismatch stays); record it as printed "๕๕"
    edit_file(root / "content/complaints/2568.yml", "received: 5",
              'received: {printed: "๕๕", value: 5, reason: พิมพ์ซ้ำ}')
    found = [(d.code, d.field) for d in pipeline.check(root).diagnostics]
    assert ("correction-not-shown", "received") in found


def test_corrections_are_listed_on_the_no_gift_and_risk_pages(tmp_path: Path) -> None:
    root = copy_agency(EXAMPLES / "bantom-phayao", tmp_path / "agency")
    edit_file(root / "content/risk/2566.yml", "stated_score: 4",
              "stated_score: {printed: \"๔๔\", value: 4, reason: พิมพ์เลขซ้ำ}")
    checked = pipeline.check(root)
    assert problems(checked.diagnostics) == []
    pipeline.generate(checked, root / "build")
    page = generated_page(root, "anti-corruption/risk/2566.md")
    assert "เอกสารพิมพ์ว่า <strong>๔๔</strong> บันทึกเป็น <strong>4</strong>" in page


def test_adoption_record_with_a_blank_day_and_the_remark_are_shown(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "sheets_plan", tmp_path / "agency")
    edit_file(root / PLAN, "items:\n", "adoption:\n  number: \"๑๒/๒๕๖๖\"\n"
              "  date_printed: \"ประกาศ ณ วันที่      มีนาคม พ.ศ. ๒๕๖๖\"\n"
              "  position: นายกองค์การบริหารส่วนตำบลตัวอย่าง\nitems:\n")
    edit_file(root / PLAN, ITEM_2, ITEM_2 + "    remark: งบประมาณของหน่วยงานอื่น\n")
    checked = pipeline.check(root)
    assert problems(checked.diagnostics) == []
    pipeline.generate(checked, root / "build")
    page = generated_page(root, "anti-corruption/plans/2566.md")
    assert "ประกาศเลขที่ ๑๒/๒๕๖๖ ประกาศ ณ วันที่      มีนาคม พ.ศ. ๒๕๖๖ (ตามที่พิมพ์)" in page
    assert "หมายเหตุ: งบประมาณของหน่วยงานอื่น" in page


def test_integrity_status_shows_the_memo_that_states_it(tmp_path: Path) -> None:
    root = copy_agency(EXAMPLES / "phasing-nan", tmp_path / "agency")
    path = root / "content/integrity/2566.yml"
    text = path.read_text(encoding="utf-8")
    first = text.index("    outcome:")
    path.write_text(text[:first] + "    status: done\n    status_source: บันทึกข้อความ ลงวันที่ ๓ เมษายน ๒๕๖๖\n"
                    + text[first:], encoding="utf-8")
    checked = pipeline.check(root)
    assert checked.passes(strict=True)
    pipeline.generate(checked, root / "build")
    page = generated_page(root, "anti-corruption/integrity/2566.md")
    assert "ดำเนินการแล้ว<br><small class=\"oit-note\">ตามบันทึกข้อความ ลงวันที่ ๓ เมษายน ๒๕๖๖</small>" in page
